"""The writer's words that finish the clause of a quotation no cue claimed: '"... whether to go after" the leader'.

A sentence may open with a quotation that stops mid-clause and finish it in the writer's words ('"I have concluded
that Reed lacks the temperament to hold the office" or to control the budget.'). The statement is then mixed, the
quotation and the words after it, as after a cue ('said, "We have three weeks to go" until the caucuses':
:meth:`~quotetrack.attribution.clauses.ClauseFinder.goes_on_after`). The words must open with a conjunction, a
clause opener or a preposition ("or", "that", "until", "for"): a noun after a quoted label is the label's
('"Make the State Great Again" hats').
"""

from __future__ import annotations

import bisect

from quotetrack.attribution.clauses import ClauseFinder
from quotetrack.attribution.index import Frame, IndexView
from quotetrack.attribution.quotations import Quotation

__all__ = ["carried_on"]


def carried_on(view: IndexView, clauses: ClauseFinder, q: Quotation, frame: Frame | None, start: int,
               inside: bool) -> tuple[int, int, bool]:
    """The span of the statement quotation ``q`` makes, ``start`` where it opens (before its marks when ``inside``
    a sentence, the writer's clause quoting it), and whether it is mixed: from the opening mark to the end of the
    writer's words that finish the clause ``q`` opens, when it is a sentence's start and they do (see the module's
    docstring), else ``(start, q.end, inside)``."""
    if frame is None or inside:
        return start, q.end, inside
    k = bisect.bisect_left(view.starts, q.close_mark)
    fw = view.fw
    if k >= frame.last or view.words[k] not in fw.conjunctions | fw.clause_openers | fw.prepositions:
        return start, q.end, inside
    end = clauses.goes_on_after(q, frame)
    return (q.open_mark, view.tokens[end - 1].end, True) if end is not None else (start, q.end, inside)
