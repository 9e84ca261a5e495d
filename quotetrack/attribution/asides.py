"""A subject set off from its cue by a pair of dashes: "Ann Dale -- who lost the race to him -- said ...".

News writing puts an aside between a subject and its verb with dashes as often as with commas. The aside is
either about the subject (a relative clause, a description) or names it ("A former governor -- Ann Dale --
said"): in the first case the subject is the words before the opening dash, in the second the name in the aside.
"""

from __future__ import annotations

from quotetrack.attribution.index import DASHES, NAME_LABELS, SOURCE_LABELS, Frame, Source, TextIndex

__all__ = ["dash_aside", "named_in_aside", "subject_before_aside"]

MAX_ASIDE = 30  # tokens between the two dashes, at most


def dash_aside(index: TextIndex, k: int, frame: Frame) -> tuple[int, int, int] | None:
    """The aside whose closing dash ends at token ``k``: (the opening dash's first token, the aside's first token,
    the closing dash's first token), or None when ``k`` closes none: no dash before it in the frame (within
    ``MAX_ASIDE`` tokens), or quoted words or a sentence stop between them. A dash written "--" may be two
    tokens."""
    words = index.words
    if words[k] not in DASHES or index.quote_of[k] >= 0:
        return None
    closing = k - 1 if k - 1 > frame.first and words[k - 1] == "-" == words[k] else k
    for j in range(closing - 1, max(frame.first, closing - MAX_ASIDE) - 1, -1):
        if index.quote_of[j] >= 0 or words[j] in {";", ":"}:
            return None
        if words[j] in DASHES:
            opening = j - 1 if j - 1 > frame.first and words[j - 1] == "-" == words[j] else j
            return (opening, j + 1, closing) if opening - 1 >= frame.first and closing - j >= 2 else None
    return None


def named_in_aside(index: TextIndex, aside: tuple[int, int, int]) -> Source | None:
    """The person or body the aside between two dashes names, when it names the subject before it: the aside is
    the name, perhaps after a determiner and capitalised titles ("A former governor -- the Democrat Ann Dale --
    said"), or opens with it and a comma ("-- Ann Dale, who lost in 2010 --"). Not a list of names."""
    _, first, closing = aside
    named = index.entity_at.get(closing - 1)
    if named is not None and index.entity_at.get(first) is not named:
        a, b = index.token_range(named.start, named.end)
        titled = a > first and b == closing and all(
            index.words[t] in index.fw.determiners or index.tokens[t].text[:1].isupper() for t in range(first, a))
        if titled and named.label in NAME_LABELS:
            return Source(first=a, last=b, kind="entity", entity=named, outer=first)
    named = index.entity_from.get(first)
    if named is None or named.label not in NAME_LABELS | {"ORG"}:
        return None
    a, b = index.token_range(named.start, named.end)
    if b != closing and (index.words[b] != "," or any(index.words[t] == "and" for t in range(b, closing))):
        return None
    return Source(first=a, last=b, kind="entity", entity=named, outer=a)


def subject_before_aside(index: TextIndex, aside: tuple[int, int, int]) -> bool:
    """Whether the words before an aside end with its subject: a name or a pronoun, or any phrase when the aside
    is a relative clause ("Ann Dale -- who lost in 2010 -- said", "the union -- which represents nurses --")."""
    before = aside[0] - 1
    named = index.entity_at.get(before)
    return named is not None and named.label in SOURCE_LABELS or index.words[before] in index.fw.subject_pronouns \
        or index.words[aside[1]] in index.fw.relative_pronouns
