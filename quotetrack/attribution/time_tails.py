"""A time phrase closing a source's noun phrase after a cue: "according to a report on Wednesday", "according to
a Gallup poll last week".

The time says when the record came out; it is the writer's, not part of the source's name, so the source ends
before it. The subject rules step back over a time between a subject and its cue (:mod:`times`); a phrase read
forward after ``according to`` or another cue would otherwise keep it. After a participle the time is the
participle's and stays ("a poll released Monday"); the annotation keeps it there.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.attribution.index import TextIndex

__all__ = ["time_tail_start"]


def time_tail_start(index: TextIndex, first: int, last: int) -> int:
    """The token where a time phrase closing tokens ``[first, last)`` opens ("last month", "late last week",
    "on Wednesday", "in April", "this week"), else ``last``. At least one word stays before it; not after a
    participle ("a poll released Monday", "a poll taken last week", "a poll out Monday": the participle's time).

    Examples
    --------
    >>> import quotetrack
    >>> text = "Turnout fell by a third, according to a state report on Wednesday."
    >>> [s.speaker.name for s in quotetrack.read(text).statements]
    ['a state report']
    """
    for j in range(first + 1, last):
        if _time_to(index, j, last):
            before = index.words[j - 1]
            participle = before.endswith(("ed", "en")) or before == "out"
            return last if participle else j  # "a poll released Monday", "taken last week" keep their time
    return last


def _time_to(index: TextIndex, k: int, last: int) -> bool:
    """Whether tokens ``[k, last)`` are one time phrase only."""
    words, fw = index.words, index.fw
    if k < last and words[k] == "in":
        return k + 1 < last and _dated(index, k + 1) and (k + 2 == last or k + 3 == last and _year(words, k + 2))
    if k < last and words[k] == "on":
        k += 1
        if k >= last or words[k] not in fw.weekdays:
            return False
    if k < last and words[k] in fw.time_modifiers and k + 1 < last:
        k += 1  # "late Tuesday", "earlier this month"
    if k < last and words[k] in fw.weekdays:
        k += 1
        return k == last or k + 1 == last and words[k] in fw.periods  # "Tuesday night"
    return k + 2 == last and words[k] in fw.period_determiners and words[k + 1] in fw.periods


def _dated(index: TextIndex, k: int) -> bool:
    """A month (capitalised: "may" is a verb) or a year at ``k``."""
    return index.words[k] in index.fw.months and index.tokens[k].text[:1].isupper() or _year(index.words, k)


def _year(words: Sequence[str], k: int) -> bool:
    return len(words[k]) == 4 and words[k].isdigit() and words[k][:2] in {"19", "20"}
