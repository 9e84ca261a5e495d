"""The parties of a response: named people, organisations and groups that speak as one.

A response's ends are parties on the speakers' own canonical names. A person or an
organisation is one as soon as it is named; a group ("critics", "business groups",
"the unions") only when its head noun is a group noun of ``response_words.tsv`` and it
does not stand for a country ("Chinese officials" summarise their side and stay at the
level of countries).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from quotetrack.lexicon import phrase_alternation
from quotetrack.model import Article, Speaker

from .words import ResponseWords

__all__ = ["Candidate", "Names", "candidates", "different_sides", "is_party", "same_side", "side"]


def is_party(speaker: Speaker | None, words: ResponseWords) -> bool:
    """Whether a speaker can be an end of a response.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> is_party(Speaker(name="Critics", kind="group"), words)
    True
    >>> is_party(Speaker(name="Chinese officials", kind="group", country="China"), words)
    False
    """
    if speaker is None:
        return False
    if speaker.kind in {"person", "organisation"}:
        return True
    if speaker.kind != "group" or speaker.country is not None:
        return False
    head = speaker.name.lower().split()[-1] if speaker.name.split() else ""
    return head in words.classes.get("group", frozenset())


@attrs.frozen(kw_only=True)
class Candidate:
    """A party who may be responded to: the names that point at it, and its side."""

    speaker: Speaker
    names: tuple[str, ...]
    first: int
    side: str | None


@attrs.frozen(kw_only=True)
class Names:
    """Finds the candidates named in a text, in one pass over it."""

    pattern: re.Pattern[str] | None
    owner: dict[str, Candidate]

    @classmethod
    def of(cls, found: Sequence[Candidate]) -> Names:
        owner = {name: c for c in found for name in c.names}
        if not owner:
            return cls(pattern=None, owner={})
        alternation = phrase_alternation(owner)
        return cls(pattern=re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), owner=owner)

    def first_in(self, text: str, exclude: str) -> Candidate | None:
        """The first candidate named in ``text``, other than the speaker ``exclude``."""
        found = self.first_match(text, exclude)
        return found[0] if found else None

    def first_match(self, text: str, exclude: str) -> tuple[Candidate, int] | None:
        """The first candidate named in ``text`` other than ``exclude``, and where its name starts."""
        if self.pattern is None:
            return None
        for m in self.pattern.finditer(text):
            candidate = self.owner[m.group()]
            if candidate.speaker.name != exclude:
                return candidate, m.start()
        return None


def side(speaker: Speaker) -> str | None:
    """The side a speaker is on: their country, else their organisation."""
    if speaker.country:
        return speaker.country
    return speaker.organisation.name if speaker.organisation else None


def different_sides(a: Speaker, b: Candidate) -> bool:
    """Whether two parties are known to be on different sides."""
    mine = side(a)
    return mine is not None and b.side is not None and mine != b.side


def same_side(a: Speaker, b: Candidate) -> bool:
    """Whether two parties are known to speak for the same organisation (a country holds rivals: its parties)."""
    theirs = b.speaker.organisation
    return a.organisation is not None and theirs is not None and a.organisation.name == theirs.name


def candidates(article: Article, people: Sequence[Speaker], words: ResponseWords) -> list[Candidate]:
    """Named people, organisations and groups, with the names that name only them."""
    pool: dict[str, Speaker] = {}
    for speaker in [*(s.speaker for s in article.statements if s.speaker is not None), *people]:
        if is_party(speaker, words) and speaker.name not in pool:
            pool[speaker.name] = speaker
    owners: Counter[str] = Counter()
    for speaker in pool.values():
        for name in {speaker.name, *speaker.aliases}:
            owners[name] += 1
    found = []
    for speaker in pool.values():
        if speaker.kind == "group":  # a group is named by its words only where it speaks
            names: tuple[str, ...] = ()
        else:
            names = tuple(sorted({n for n in (speaker.name, *speaker.aliases) if owners[n] == 1 and len(n) > 2},
                                 key=len, reverse=True))
        first = min((m.start for m in speaker.mentions), default=len(article.text))
        if names or speaker.kind == "group":
            found.append(Candidate(speaker=speaker, names=names, first=first, side=side(speaker)))
    return sorted(found, key=lambda c: c.first)
