"""A subordinate clause opening a sentence: "While Democrats plot to win, Republicans are looking to ..., hoping".

A participle after the main clause ("..., hoping that ...") has the main clause's subject as its own. When the
sentence opens with a subordinate clause ("While ...", "Although ...", "Because ...", "If ..."), the first name
read from the sentence's start is the subordinate clause's subject, not the main clause's; the main clause
starts after the comma that closes the subordinate one.
"""

from __future__ import annotations

import attrs

from quotetrack.attribution.index import NAME_LABELS, Frame, TextIndex

__all__ = ["opening_clause_end", "opening_setting_end", "opening_setting_skipped"]

_REACH = 30  # tokens of a subordinate clause at most


def opening_clause_end(index: TextIndex, start: int, before: int) -> int:
    """The first token after the first comma (within thirty tokens, no quotation before it) of a sentence that
    opens at ``start`` with a capitalised clause opener other than "that" ("While", "Although", "Because",
    "If", "Since"), before ``before``; else ``start``. A phrase ("Since the convention, ...") is stepped over too:
    its words name no subject either.

    Examples
    --------
    >>> from quotetrack import read
    >>> article = read("Although Tom Hale lost, Ann Dale kept fighting, arguing that it was unfair.")
    >>> article.statements[0].speaker.name
    'Ann Dale'
    """
    words = index.words
    if start >= before or words[start] == "that" or words[start] not in index.fw.clause_openers \
            or not index.tokens[start].text[:1].isupper():
        return start
    for j in range(start + 2, min(before, start + _REACH)):
        if index.quote_of[j] >= 0:
            return start
        if words[j] == ",":
            return j + 1 if j + 1 < before else start
    return start


def opening_setting_end(index: TextIndex, frame: Frame, place: int, before: int) -> int:
    """Where the subject after an opening setting starts: the first token after the first comma past ``place`` (a
    place named in the setting) that a name or a title follows, when the frame opens with a capitalised
    preposition ("At a speech in Gettysburg, Pa., over the weekend that was billed as a "closing argument," Tom
    Hale lit into ..."); else -1. The setting may run past the twelve words a place is given otherwise.

    Examples
    --------
    >>> from quotetrack import read
    >>> article = read("At a rally in Dayton, Ohio, on a cold night that his aides had billed as the last big push "
    ...                "of the race, Tom Hale lit into his rival, vowing to sue him.")
    >>> [s.speaker.name for s in article.statements]
    ['Tom Hale']
    """
    words = index.words
    if words[frame.first] not in index.fw.prepositions or not index.tokens[frame.first].text[:1].isupper():
        return -1
    for j in range(place + 1, min(before, place + _REACH)):
        if words[j] != "," or index.quote_of[j] >= 0 or j + 1 >= before:
            continue
        named = index.entity_from.get(j + 1)
        if named is not None and (named.label in NAME_LABELS or named.label == "TITLE"):
            return j + 1
    return -1


_SETTING_WORDS = 5  # words of a short opening setting at most ("On Sunday,", "In a radio interview,")


def opening_setting_skipped(index: TextIndex, frame: Frame, before: int) -> Frame:
    """``frame`` without a short setting that opens it: a capitalised preposition, at most five words without
    quotation marks, and a comma ("On Sunday, Tom Hale ...", "On television, Ann Dale ..."); ``frame`` itself when
    none opens it or the comma is not before token ``before``.

    Examples
    --------
    >>> from quotetrack import read
    >>> article = read('Tom Hale spoke first. During the debate, Ann Dale coached the mayor to "slow down, slow '
    ...                'down."')
    >>> [s.speaker.name for s in article.statements]
    ['Ann Dale']
    """
    words, first = index.words, frame.first
    if words[first] not in index.fw.prepositions or not index.tokens[first].text[:1].isupper():
        return frame
    for j in range(first + 1, min(before, first + _SETTING_WORDS + 1)):
        if index.quote_of[j] >= 0:
            return frame
        if words[j] == ",":
            return attrs.evolve(frame, first=j + 1) if j + 1 < before else frame
    return frame
