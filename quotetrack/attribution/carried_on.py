"""The writer's words that finish the clause of a quotation no cue claimed: '"... whether to go after" the leader'.

A sentence may open with a quotation that stops mid-clause and finish it in the writer's words ('"I have concluded
that Reed lacks the temperament to hold the office" or to control the budget.'). The statement is then mixed, the
quotation and the words after it, as after a cue ('said, "We have three weeks to go" until the caucuses':
:meth:`~quotetrack.attribution.clauses.ClauseFinder.goes_on_after`). The words must open with a conjunction, a
clause opener or a preposition ("or", "that", "until", "for"): a noun after a quoted label is the label's
('"Make America Great Again" hats').
"""

from __future__ import annotations

import bisect

from quotetrack.attribution.clauses import ClauseFinder
from quotetrack.attribution.index import Frame, IndexView
from quotetrack.attribution.quotations import Quotation

__all__ = ["carried_on"]


def carried_on(view: IndexView, clauses: ClauseFinder, q: Quotation, frame: Frame) -> int | None:
    """The character offset where the writer's words finishing the clause quotation ``q`` opens end, or None (see
    the module's docstring)."""
    k = bisect.bisect_left(view.starts, q.close_mark)
    fw = view.fw
    if k >= frame.last or view.words[k] not in fw.conjunctions | fw.clause_openers | fw.prepositions:
        return None
    end = clauses.goes_on_after(q, frame)
    return view.tokens[end - 1].end if end is not None else None
