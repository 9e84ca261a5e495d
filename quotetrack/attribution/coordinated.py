"""Quotations joined by a conjunction: '“I am a dealmaker,” and, “Who here doesn't negotiate?”' is one statement.

Two quotations with only ``and`` or ``or`` (and commas) between them, the second read as a direct statement, the
first as one or as a quoted term ('signs such as "Vote early" and "Who pays for this?"'), are one direct statement
of the first's speaker: the writer's conjunction lists what was said, it reports nothing of its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotetrack.attribution.index import Attribution

__all__ = ["join_coordinated"]

_CONJUNCTIONS = frozenset({"and", "or"})
_GAP_MARKS = "\"'“”‘’`«» ,\n\t"


def _coordinates(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]``, between two quotations' words, is their marks around one ``and`` or ``or``."""
    gap = text[end:start]
    words = gap.replace(",", " ").split()
    inner = [w.strip(_GAP_MARKS) for w in words]
    return len(gap) <= 16 and [w for w in inner if w] in (["and"], ["or"]) \
        and not any(c in ".?!;:" for c in gap) and gap.strip(_GAP_MARKS)[:1].islower()


def join_coordinated(
    text: str, statements: Sequence[Attribution], terms: Sequence[tuple[int, int]]
) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """Join each direct statement to the direct statement or quoted term right before it across a conjunction.

    Parameters
    ----------
    text : str
        The article text.
    statements : sequence of Attribution
        The statements, sorted by start.
    terms : sequence of (int, int)
        The spans of quoted terms.

    Returns
    -------
    statements : list of Attribution
        The statements, joined ones replaced by one spanning both quotations.
    terms : list of (int, int)
        The terms, less those joined to a statement.

    Examples
    --------
    >>> first = Attribution(start=1, end=8, kind="direct", cue=None, source=None)
    >>> second = Attribution(start=16, end=24, kind="direct", cue=None, source=None)
    >>> text = '"We won," and, "We stay."'
    >>> [text[a.start : a.end] for a in join_coordinated(text, [first, second], [])[0]]
    ['We won," and, "We stay.']
    """
    out: list[Attribution] = []
    by_end = sorted(terms, key=lambda span: span[1])
    ends = [end for _, end in by_end]
    used_terms: set[tuple[int, int]] = set()
    for att in statements:
        prev = out[-1] if out else None
        if att.kind == "direct" and prev is not None and prev.kind == "direct" and prev.paragraph == att.paragraph \
                and _coordinates(text, prev.end, att.start):
            out[-1] = attrs.evolve(prev, end=att.end, cue=prev.cue or att.cue, source=prev.source or att.source)
            continue
        if att.kind == "direct" and att.source is None and att.cue is None:
            i = bisect.bisect_right(ends, att.start) - 1  # the term ending last before the statement
            term = by_end[i] if i >= 0 and att.start - ends[i] <= 16 and _coordinates(text, ends[i], att.start) \
                else None
            if term is not None and (prev is None or prev.end <= term[0]):
                used_terms.add(term)
                att = attrs.evolve(att, start=term[0])
        out.append(att)
    return out, [span for span in terms if span not in used_terms]
