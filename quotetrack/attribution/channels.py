"""How a statement reached its audience: its medium and its addressee, where the text gives them.

:class:`ChannelFinder` reads the words around a statement's cue, outside the statement and
outside quotations, in the cue's frame:

- the **medium**: a noun after ``in``/``at``/``during``/``on``/``via``/``through`` (``said in
  a statement``, ``told reporters at a news conference``), a platform after ``on`` (``wrote on
  Facebook``), a cue verb that names its medium (``tweeted``), or a medium as the object of
  ``told`` (``told a press conference``); the canonical form comes from ``channels.tsv``;
- the **addressee**: the object of a cue like ``told`` (``told the BBC``, ``assured investors``)
  or the words after ``to``/``with`` following the medium (``in a letter to the board``, ``in an
  interview with the Financial Times``).
"""

from __future__ import annotations

import bisect

from quotetrack.attribution.clauses import ClauseFinder
from quotetrack.attribution.time_tails import time_tail_start
from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import NAME_LABELS, SOURCE_LABELS, Frame, IndexView

__all__ = ["Channel", "ChannelFinder"]

Channel = tuple[str | None, tuple[int, int] | None]
"""A statement's medium (canonical) and the character span of its addressee; either may be None."""

_REACH = 8  # tokens looked at before the cue, and after the cue and its addressee
_MODIFIERS = 2  # words allowed between the determiner and the medium noun: "in a joint written statement"


class ChannelFinder(IndexView):
    """Find the medium and addressee of statements in one document (see the module's docstring).

    Parameters
    ----------
    clauses : ClauseFinder
        The document's clause finder (it knows where an addressee ends).

    Examples
    --------
    >>> import quotetrack
    >>> statement = quotetrack.read('"We are ready," Jane Smith told reporters at a news conference.').statements[0]
    >>> statement.medium, statement.addressee.text
    ('press conference', 'reporters')
    """

    def __init__(self, clauses: ClauseFinder) -> None:
        super().__init__(clauses.index)
        self.clauses = clauses
        self.nouns = self.lexicon.media.get("noun", {})
        self.platforms = self.lexicon.media.get("platform", {})
        self.verbs = self.lexicon.media.get("verb", {})
        self.longest_noun = max((len(n.split()) for n in self.nouns), default=1)
        self.frame_firsts = [f.first for f in self.index.frames]

    def channel(self, cue: CueMatch, start: int, end: int) -> Channel:
        """The medium and addressee of the statement ``[start, end)`` (characters) whose cue is ``cue``."""
        frame = self.index.frames[bisect.bisect_right(self.frame_firsts, cue.first) - 1]
        lo, hi = max(frame.first, cue.first - _REACH), min(frame.last, cue.last + 2 * _REACH)
        medium: str | None = self.verbs.get(cue.lemma)
        addressee: tuple[int, int] | None = None
        if cue.lemma in self.fw.addressed_cues and self._outside(cue.last, lo, hi, start, end):
            told = self._medium_at(cue.last, frame)  # "told a news conference"
            if told is not None:
                medium = medium or told[0]
            else:
                addressee = self._addressee(cue.last, frame)
        for k in range(lo, hi):  # (a preposition is rare: the words are tested first)
            if self.words[k] not in self.fw.medium_prepositions or not self._outside(k, lo, hi, start, end) \
                    or not self._outside(k + 1, lo, hi, start, end):
                continue
            found = self._medium_at(k + 1, frame)
            if found is None:
                continue
            name, after = found
            if name in self.platforms.values() or medium is None:
                medium = name
            if addressee is None and after < frame.last and self.words[after] in self.fw.addressee_prepositions:
                addressee = self._addressee(after + 1, frame)
        return medium, addressee

    def medium_tail(self, quote_end: int, end: int) -> int | None:
        """Where a mixed statement ends when the writer's words after its last quotation (which ends at character
        ``quote_end``) up to its end ``end`` only name the medium, and perhaps a time: 'called the plan "a disaster"
        in a tweet Sunday' ends at the quotation, the medium being the writer's account of the channel (as
        after a direct quotation); None when other words follow the quotation.

        Examples
        --------
        >>> import quotetrack
        >>> statement = quotetrack.read('Jo Hale called the plan "a disaster" in a tweet on Sunday.').statements[0]
        >>> statement.text, statement.medium
        ('the plan "a disaster"', 'Twitter')
        >>> quotetrack.read('Jo Hale called the plan "a disaster" in the making.').statements[0].text
        'the plan "a disaster" in the making'
        """
        k = bisect.bisect_left(self.starts, quote_end)
        while k < len(self.tokens) and self.tokens[k].start < end and not self.tokens[k].text[:1].isalnum():
            k += 1  # the closing mark and the quotation's own comma
        last = bisect.bisect_left(self.starts, end)
        if k + 2 > last or self.words[k] not in self.fw.medium_prepositions or self.quote_of[k] >= 0:
            return None
        frame = self.index.frames[bisect.bisect_right(self.frame_firsts, k) - 1]
        found = self._medium_at(k + 1, frame)
        if found is None or found[1] > last or any(self.quote_of[t] >= 0 for t in range(k, last)):
            return None
        after = found[1]
        while after < last and self.tokens[after].text[:1].isupper():
            after += 1  # a title after the medium: "in his 1969 book The Emerging Majority"
        if after < last and self.words[after] in self.fw.addressee_prepositions:
            heard = self._addressee(after + 1, frame)  # "in an interview with the BBC"
            after = last if heard is None else bisect.bisect_left(self.starts, heard[1])
        if after < last and time_tail_start(self.index, after - 1, last) != after:
            return None
        return self.tokens[k - 1].end

    def _outside(self, k: int, lo: int, hi: int, start: int, end: int) -> bool:
        """Whether token ``k`` lies in ``[lo, hi)``, outside quotations and outside the statement ``[start, end)``."""
        return lo <= k < hi and self.quote_of[k] < 0 and not (start <= self.tokens[k].start < end)

    def _medium_at(self, k: int, frame: Frame) -> tuple[str, int] | None:
        """The medium named by the noun phrase at token ``k`` and the token after it, or None."""
        if k < frame.last and self.tokens[k].text[:1].isupper():
            for size in range(min(self.longest_noun, frame.last - k), 0, -1):
                platform = self.platforms.get(" ".join(self.words[k : k + size]))
                if platform is not None:
                    return platform, k + size
        j = k
        if j < frame.last and (self.words[j] in self.fw.determiners or self.entity_at.get(j) is not None):
            j += 1
        if j < frame.last and self.words[j] in {"'s", "’s"}:
            j += 1  # "in the company's statement"
        for skip in range(_MODIFIERS + 1):
            for size in range(self.longest_noun, 0, -1):
                noun = self.nouns.get(" ".join(self.words[j + skip : j + skip + size]))
                if noun is not None and j + skip + size <= frame.last and self.quote_of[j + skip] < 0:
                    return noun, j + skip + size
            if j + skip >= frame.last or not self._modifier(j + skip):
                break
        return None

    def _modifier(self, k: int) -> bool:
        """Whether token ``k`` can qualify a medium noun: a plain word, not a function word ("joint", "televised"), or a
        year ("his 1969 book")."""
        word = self.words[k]
        return (word.isalpha() or word.isdigit() and len(word) == 4) and self.quote_of[k] < 0 \
            and word not in self.fw.prepositions and word not in self.fw.determiners \
            and word not in self.fw.auxiliaries and word not in self.fw.relatives

    def _appositive_end(self, end: int, frame: Frame) -> int:
        """Extend an addressee over the name or noun that completes it: "conservative host [Greg Garrison]",
        "Iowa [reporters]"."""
        named = self.entity_from.get(end)
        if named is not None and named.label in NAME_LABELS and self.tokens[end - 1].text.isalpha():
            return self.index.token_range(named.start, named.end)[1]
        while end < frame.last and self.words[end] in self.lexicon.source_nouns and self.tokens[end].text.islower():
            end += 1
        return end

    def _addressee(self, k: int, frame: Frame) -> tuple[int, int] | None:
        """The characters of the addressee phrase at token ``k``: a name or a short noun phrase, no pronoun."""
        if k >= frame.last or self.quote_of[k] >= 0:
            return None
        named = self.entity_from.get(k + 1) if self.words[k] in self.fw.determiners else None
        if named is not None and named.label in SOURCE_LABELS:  # "the Financial Times"
            end = self.index.token_range(named.start, named.end)[1]
        else:
            end = self.clauses.addressee_end(k, frame)
        end = self._appositive_end(end, frame)
        if end <= k or end == k + 1 and self.words[k] in self.fw.object_pronouns \
                or not any(self.tokens[t].text[:1].isalnum() for t in range(k, end)):
            return None  # no addressee, or only "him": a pronoun names nobody here
        return self.tokens[k].start, self.tokens[end - 1].end
