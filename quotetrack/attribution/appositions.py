"""Names and the phrases written beside them: titles before a name, and appositions after it.

:class:`Appositions` finds where a source phrase starts once the titles, bodies and demonyms
before its name are counted ("Cruz spokesman Rick Tyler"), and the name an apposition follows
when the apposition has commas of its own, lacks its closing comma, or gives an age ("Jo
Reyes, 29, of Dayton, Ohio, said"). :class:`~quotetrack.attribution.sources.SourceFinder`
builds on it.
"""

from __future__ import annotations

from quotetrack.attribution.index import NAME_LABELS, Frame, IndexView, Source

__all__ = ["Appositions"]


class Appositions(IndexView):
    """Titles and appositions around the names of one document's sources."""

    def title_chain_start(self, first: int, frame_first: int) -> int:
        """Extend a name leftwards over the titles, organisations and demonyms written before it."""
        k = first
        while k - 1 >= frame_first:
            e = self.entity_at.get(k - 1)
            if e is not None and (e.label in {"TITLE", "ORG", "NORP", "GPE"} or (
                e.label in NAME_LABELS and k < first and (
                    self.words[k] in {"'s", "’s"}
                    or self.entity_from.get(k) is not None and self.entity_from[k].label == "TITLE"
                )
            )):  # "Cruz spokesman Rick Tyler", "Ms. Merkel's spokesman": the name modifies the title
                k = min(k - 1, self.index.token_range(e.start, e.end)[0])  # an entity starting mid-token: still a step
            elif self.words[k - 1] in {"'s", "’s"} or (self.words[k - 1] in self.fw.determiners and k < first):
                k -= 1
            else:
                break
        return max(k, frame_first)

    def preposed_start(self, comma: int, first: int) -> int:
        """Start of the phrase a name is apposed to, ending at ``comma``: its titles ("the White House
        spokesman"), or a body's role ("Velto's finance chief") that no title entity covers."""
        start = self.title_chain_start(comma, first)
        if start < comma:
            return start
        p, role = comma - 1, False
        while p >= first and self.quote_of[p] < 0 and comma - p <= 8 and (
            self.words[p] in self.lexicon.role_words or self.words[p] in {"'s", "’s"}
            or self.tokens[p].text[:1].isalpha() and self.words[p] not in self.fw.prepositions
            and self.words[p] not in self.lexicon.cue_forms
        ):
            role = role or self.words[p] in self.lexicon.role_words
            p -= 1
        return p + 1 if role and (p < first or not self.words[p][:1].isalnum()) else comma

    def apposed_name(self, comma: int, frame: Frame) -> Source | None:
        """The name an apposition with commas of its own follows: 'X, lecturer at the Centre for A, B and C at
        the University of Y, said' (``comma`` is a comma inside the apposition)."""
        for c in range(comma, max(frame.first - 1, comma - 40), -1):
            if self.quote_of[c] >= 0:
                return None
            if c != frame.first and self.words[c] != ",":
                continue
            e = self.entity_from.get(c if c == frame.first else c + 1)
            if e is None or e.label not in NAME_LABELS:
                continue
            a, b = self.index.token_range(e.start, e.end)
            if b + 1 < comma and self.words[b] == "," and self.tokens[b + 1].text.islower():
                return Source(first=a, last=b, kind="entity", entity=e, outer=self.title_chain_start(a, frame.first))
        return None

    def unclosed_apposition(self, first: int, last: int, frame: Frame) -> Source | None:
        """'X, a spokesman for the Y campaign said': the name before an apposition whose closing comma is missing
        (a role heads the apposition ``[c + 1, last)``)."""
        for c in range(first - 1, max(frame.first, first - 12), -1):
            if self.quote_of[c] >= 0 or self.words[c] in self.lexicon.cue_forms:
                return None
            if self.words[c] != ",":
                continue
            named = self.entity_at.get(c - 1)
            if named is None or named.label not in NAME_LABELS or self.words[c + 1] not in self.fw.determiners \
                    or not any(self.words[t] in self.lexicon.role_words for t in range(c + 1, last)):
                return None
            a, b = self.index.token_range(named.start, named.end)
            outer = self.title_chain_start(a, frame.first)
            if b == c and (outer == frame.first or self.words[outer - 1] in self.clause_openers):
                return Source(first=a, last=b, kind="entity", entity=named, outer=outer)
            return None
        return None

    def aged_name(self, comma: int, frame: Frame) -> Source | None:
        """'Jo Reyes, 29, of Dayton, Ohio, said': the name an age follows, its apposition closed by ``comma``."""
        for c in range(comma - 3, max(frame.first, comma - 20), -1):
            if self.quote_of[c] >= 0 or c in self.cue_set:
                return None
            if self.words[c] == "," and self.words[c + 1].isdigit() and self.words[c + 2] == ",":
                named = self.entity_at.get(c - 1)
                if named is None or named.label not in NAME_LABELS:
                    return None
                a, b = self.index.token_range(named.start, named.end)
                outer = self.title_chain_start(a, frame.first)
                if outer == frame.first or self.words[outer - 1] in self.clause_openers:
                    return Source(first=a, last=b, kind="entity", entity=named, outer=outer)
                return None
        return None
