"""A naming verb's judgement of a fact: "called it "dangerous" that Y "has no strategy"".

A judging verb ("call", "deem") whose object is an "it" standing for a clause after its judgement ("called it
outrageous that the governor had vetoed the bill", "called it a disgrace that Y blocked the vote") judges what that
clause says: the party the clause opens with, its subject, is the one judged. Read as the cue's object, the clause
names the target as "called Y's veto outrageous" would.
"""

from __future__ import annotations

import re

__all__ = ["extraposed_clause"]

# "it", then the judgement (quoted words, or up to three words), then "that" and the clause
_EXTRAPOSED = re.compile(r"\s*it\s+(?:[\"“][^\"”]{1,60}[\"”]|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+that\s+")
_CLAUSE_END = re.compile(r"[,;:.!?\"“”()]|\s(?:who|which|that)\s")
_REACH = 60  # characters of the clause read for its subject


def extraposed_clause(text: str, object_start: int) -> tuple[int, int] | None:
    """The span of the clause an object "it" at ``object_start`` stands for, read up to its first punctuation.

    Examples
    --------
    >>> text = 'Lee called it "dangerous" that Hale "has no plan."'
    >>> start, end = extraposed_clause(text, 10)
    >>> text[start:end]
    'Hale '
    >>> text = "Lee called it outrageous that Hale had vetoed the bill."
    >>> start, end = extraposed_clause(text, 10)
    >>> text[start:end]
    'Hale had vetoed the bill'
    >>> extraposed_clause("Lee called it a night.", 10) is None
    True
    """
    found = _EXTRAPOSED.match(text, object_start)
    if found is None:
        return None
    stop = _CLAUSE_END.search(text, found.end(), found.end() + _REACH)
    return found.end(), stop.start() if stop is not None else min(len(text), found.end() + _REACH)
