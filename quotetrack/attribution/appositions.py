"""Names and the phrases written beside them: titles before a name, and appositions after it.

:class:`Appositions` finds where a source phrase starts once the titles, bodies and demonyms
before its name are counted ("Cruz spokesman Rick Tyler"), and the name an apposition follows
when the apposition has commas of its own, lacks its closing comma, or gives an age ("Jo
Reyes, 29, of Dayton, Ohio, said"), the person a title chain or an owner's role leads to ("said
Smith's aide, Jane Doe"), the person named before "of" ("Jane Smith of Ohio"), the name a description opening a
sentence is apposed to ("The union's president, Tom Reyes, met ..."), and the subject of an absolute participle
(", with the governor calling ...").
:class:`~quotetrack.attribution.sources.SourceFinder` builds on it.
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import NAME_LABELS, SOURCE_LABELS, Frame, IndexView, Source
from quotetrack.attribution.subordinate import opening_setting_skipped

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

    def coordinated_start(self, first: int, frame_first: int) -> int:
        """Start of the names coordinated before a subject starting at ``first``: '"...," experts Tom Hale and Ann
        Dale wrote' (the subject is Ann Dale; the phrase before her starts at Tom Hale's titles)."""
        while first - 2 >= frame_first and self.words[first - 1] == "and":
            e = self.entity_at.get(first - 2)
            if e is None or e.label != "PERSON":
                break
            first = self.title_chain_start(self.index.token_range(e.start, e.end)[0], frame_first)
        return first

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

    def named_after_description(self, position: int, frame: Frame, source: Source | None) -> Source | None:
        """The person named after a description that ends at a comma ("said its director of research, Dr Ann
        Kohl", "said the firm's chief executive, Tom Bell"): the name, past its titles, up to the clause's end."""
        if source is None or source.kind != "description" or source.first != position \
                or source.last + 1 >= frame.last or self.words[source.last] != ",":
            return source
        head = next((t - 1 for t in range(source.first + 1, source.last) if self.words[t] in self.fw.prepositions),
                    source.last - 1)  # "director" of "its director of research"
        if self.words[head] not in self.lexicon.title_words or not self.tokens[head].text.islower():
            return source  # "according to a police summary of the inquiry, X sent ...": no role's holder
        named = self.entity_from.get(source.last + 1)
        while named is not None and named.label == "TITLE":  # "Dr", "Dame", "Professor"
            named = self.entity_from.get(self.index.token_range(named.start, named.end)[1])
        if named is None or named.label != "PERSON":
            return source
        a, b = self.index.token_range(named.start, named.end)
        return Source(first=a, last=b, kind="entity", entity=named, outer=position) \
            if b >= frame.last or self.words[b] in {".", ",", ";"} else source

    def apposed_name(self, comma: int, frame: Frame) -> Source | None:
        """The name an apposition with commas of its own follows: 'X, lecturer at the Centre for A, B and C at
        the University of Y, said' (``comma`` is a comma inside the apposition)."""
        for c in range(comma, max(frame.first - 1, comma - 40), -1):
            quoted = self.quote_of[c] >= 0  # '"...," Jo Hale, the mayor of X, a city of 9,000, said'
            if c != frame.first and self.words[c] != "," and not quoted:
                continue
            e = self.entity_from.get(c if c == frame.first and not quoted else c + 1)
            if e is not None and e.label == "TITLE":  # "Senator Tom Hale, the Ohio Republican who ..., which ..., said"
                e = self.entity_from.get(self.index.token_range(e.start, e.end)[1])
            if e is None or e.label not in NAME_LABELS:
                continue
            a, b = self.index.token_range(e.start, e.end)
            if b + 1 < comma and self.words[b] == "," and self.tokens[b + 1].text.islower():
                return Source(first=a, last=b, kind="entity", entity=e, outer=self.title_chain_start(a, frame.first))
            if quoted:
                return None
        return None

    def unclosed_apposition(self, first: int, last: int, frame: Frame, reach: int = 12) -> Source | None:
        """'X, a spokesman for the Y campaign said': the name before an apposition whose closing comma is missing
        (a role heads the apposition ``[c + 1, last)``), within ``reach`` words."""
        for c in range(first - 1, max(frame.first, first - reach), -1):
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

    def unclosed_relative(self, cue: CueMatch, frame: Frame, reach: int = 15) -> Source | None:
        """'"...," Ann Dale, who is chairman of the Harbor Fund said': the name before a relative clause whose closing
        comma is missing speaks (the clause has a finite verb of its own before the cue, within ``reach`` words)."""
        for c in range(cue.first - 1, max(frame.first, cue.first - reach), -1):
            if self.quote_of[c] >= 0 or self.words[c] in self.lexicon.cue_forms:
                return None
            if self.words[c] != ",":
                continue
            named = self.entity_at.get(c - 1)
            if named is None or named.label != "PERSON" or self.words[c + 1] != "who" or c + 3 >= cue.first \
                    or self.words[c + 2] not in self.fw.finite_verbs:
                return None
            a, b = self.index.token_range(named.start, named.end)
            outer = self.title_chain_start(a, frame.first)
            if b == c and (outer == frame.first or self.words[outer - 1] in self.clause_openers
                           or self.quote_of[outer - 1] >= 0):
                return Source(first=a, last=b, kind="entity", entity=named, outer=outer)
            return None
        return None

    def preposed_description(self, k: int, frame: Frame, before: int) -> Source | None:
        """'The party's presumed nominee, Reyes has won ... by echoing', 'The union's president, Tom Reyes, met ...,
        saying': the name after a description that opens the frame and ends at a comma is the subject, when a verb
        follows the name (or its closing comma)."""
        comma = next((j for j in range(k, min(before, k + 6)) if self.words[j] == ","), None)
        if comma is None or any(self.quote_of[j] >= 0 for j in range(frame.first, comma)):
            return None
        named = self.entity_from.get(comma + 1)
        if named is None or named.label not in NAME_LABELS:
            return None
        a, b = self.index.token_range(named.start, named.end)
        verb = b + 1 if b + 1 < before and self.words[b] == "," else b  # "The union's president, Tom Reyes, met"
        if verb >= before or not self.tokens[verb].text.islower() or self.words[verb] in self.fw.conjunctions:
            return None
        return Source(first=a, last=b, kind="entity", entity=named, outer=frame.first)

    def owned_head(self, first: int, head: int) -> bool:
        """Whether the source noun at ``head`` closes a longer description opened by an owner at ``first`` and
        set off by a comma: 'The Harbor Party's presumed White House nominee, Reyes ...'."""
        return head + 1 < len(self.words) and self.words[head + 1] == "," \
            and any(w in {"'s", "’s"} for w in self.words[first:head])

    def absolute_subject(self, source: Source) -> bool:
        """Whether a source is the subject of an absolute participle after ", with": '..., with the governor calling
        the move "troubling"', ', with spokesman Jo Hale saying' (a source noun or a person's name heads it)."""
        p = source.phrase_first - 1
        return p > 0 and self.words[p] == "with" and self.words[p - 1] == "," and (
            self.words[source.last - 1] in self.lexicon.source_nouns - self.lexicon.body_nouns  # not "the company"
            or source.entity is not None and source.entity.label == "PERSON")

    def participle_aside(self, comma: int, inner: list[str], cue: CueMatch, frame: Frame) -> bool:
        """Whether the words between ``comma`` and a cue are a participle phrase ending a clause, not an apposition
        of a subject, when the subject follows the cue: '... the vote, forcing her to fight on, said Tom Hale' (but
        'Jo Hale, speaking at a rally, said' and 'The senator, speaking ..., said': a subject before)."""
        if not inner or not inner[0].endswith("ing") or not self.tokens[comma + 1].text.islower() \
                or comma - frame.first < 6:  # "De Blasio, speaking on the radio, called Trump ...": a subject
            return False
        before = self.entity_at.get(comma - 1)
        if before is not None and before.label in NAME_LABELS or comma - 1 >= frame.first \
                and self.words[comma - 1] in self.lexicon.source_nouns:
            return False
        after = self.entity_from.get(cue.last) if cue.last < frame.last else None
        return after is not None and after.label in NAME_LABELS

    def opening_person(self, frame: Frame, before: int) -> Source | None:
        """The person named at the start of a frame, before token ``before``, whose sentence quotes words no cue
        claims: 'Hale used the debate to demand that the rich "pay their fair share"' (Hale's words, not the last
        speaker's). A short setting may open the sentence: 'On Sunday, Pastor Tom Hale stood at his pulpit and,
        citing Exodus ("..."), ...'."""
        frame = opening_setting_skipped(self.index, frame, before)
        e = self.entity_from.get(frame.first)
        if e is None or e.label not in NAME_LABELS:  # "Former secretary of state Mary Pike stirred ..."
            ranked = frame.first + (self.words[frame.first] in self.fw.rank_modifiers)
            e = next((n for t in range(frame.first + 1, min(before, frame.first + 8))
                      if (n := self.entity_from.get(t)) is not None and n.label == "PERSON"
                      and self.title_chain_start(t, frame.first) in {frame.first, ranked}), None)
        if e is None or e.label not in NAME_LABELS:
            return None
        a, b = self.index.token_range(e.start, e.end)
        known = self.people.at(e.start)
        verb = b
        if b < before and self.words[b] == ",":  # "Mary Pike, a Dale supporter, stirred ...": a closed apposition
            verb = next((t + 1 for t in range(b + 1, min(before, b + 8)) if self.words[t] == ","), before)
        if verb >= before or known is None or not known.named or known.kind != "person" \
                or not self.tokens[verb].text.islower():
            return None
        return Source(first=a, last=b, kind="entity", entity=e, outer=frame.first)

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

    def _entity_ending_at(self, k: int, first: int) -> Source | None:
        e = self.entity_at.get(k)
        if e is None or e.label not in SOURCE_LABELS:
            return None
        a, b = self.index.token_range(e.start, e.end)
        if a < first:
            return None
        return Source(first=a, last=b, kind="entity", entity=e)

    def _before_parenthesis(self, k: int, frame: Frame) -> int:
        """The token before a short parenthesis ending at ``k`` ("Bryant (R)"), else ``k``; below the frame if the
        parenthesis opens it."""
        if self.words[k] != ")":
            return k
        j = k
        while j > frame.first and self.words[j] != "(" and k - j < 8:
            j -= 1
        return j - 1

    def _person_of(self, place: Source, frame: Frame) -> Source | None:
        """The person named right before "of" and a place, a body or a description: "Senator Jane Smith of Ohio",
        "Ana Ruiz of the Brookings Institution" (the person speaks, not the state or the body), or None."""
        of = place.first - 1
        if of - 1 >= frame.first and self.words[of] in self.fw.determiners:
            of -= 1
        if of - 1 < frame.first or self.words[of] != "of":
            return None
        person = self._entity_ending_at(of - 1, frame.first)
        if person is None or person.entity is None or person.entity.label not in NAME_LABELS:
            return None
        known = self.people.at(person.entity.start)
        state = place.entity is not None and place.entity.label == "GPE"
        if person.entity.label == "NAME" and not state and (known is None or not known.named):
            return None  # "Opponents of the runway said": a capitalised word, no person
        return person

    def _person_before_body(self, k: int, frame: Frame) -> Source | None:
        """The person before "of" and a body's name no entity covers, ending at ``k``: "Jo Hale of the Center
        for Policy Studies (wrote)", or None. The name is capitalised words and the small words of titles."""
        if not self.tokens[k].text[:1].isupper():
            return None
        for p in range(k - 1, max(frame.first, k - 9), -1):
            if self.words[p] == "of":
                return self._person_of(Source(first=p + 1, last=k + 1, kind="description"), frame)
            if self.quote_of[p] >= 0 or not (self.tokens[p].text[:1].isupper()
                                             or self.words[p] in self.fw.minor_title_words
                                             or self.words[p] in {"'s", "’s"}):  # "of Boston's Institute for ..."
                return None
        return None

    def _owned_role(self, k: int, frame: Frame) -> int:
        """End of the role owned by the "'s" at ``k`` ("Smith's lawyer", but not "Smith's lawyer, Jane Doe"), or -1."""
        if k >= frame.last or self.words[k] not in {"'s", "’s"} or self._person_ahead(k, frame) is not None:
            return -1
        j = k + 1
        while j < frame.last and j < k + 5 and self.tokens[j].text.islower() and self.quote_of[j] < 0:
            e = self.entity_from.get(j)
            if e is not None and e.label == "TITLE" or self.words[j] in self.lexicon.role_words \
                    or self.words[j] in self.lexicon.body_nouns:
                return self.index.token_range(e.start, e.end)[1] if e is not None else j + 1
            j += 1
        return -1

    def person_after_titles(self, k: int, frame: Frame, reach: int = 7) -> Source | None:
        """'said former Ohio Gov. and party Chairman Tom Hale': the person after two titles joined by "and", each
        title with its own modifiers (the search starts again after the "and")."""
        for j in range(k + 1, min(frame.last - 1, k + reach)):
            if self.words[j] != "and":
                continue
            title = self.entity_at.get(j - 1)  # (a title's abbreviation point ends its entity: "Gov.")
            return self._person_ahead(j + 1, frame, reach=reach) if title is not None and title.label == "TITLE" \
                else None
        return None

    def titled_word(self, k: int) -> bool:
        """Whether token ``k`` is a word of a title before a name: in a title or a party's adjective the reading
        found, or a title word or a role's modifier ("The plan's architect, Labour MP Ann Cole, said")."""
        e = self.entity_at.get(k)
        if e is not None and e.label == "ORG":  # "Democratic Senator", "Labour MP": a party before a title
            after = self.entity_from.get(self.index.token_range(e.start, e.end)[1])
            return after is not None and after.label == "TITLE"
        return e is not None and e.label in {"TITLE", "NORP"} or self.words[k] in self.lexicon.title_words \
            or self.words[k] in self.lexicon.role_modifiers

    def _person_ahead(self, k: int, frame: Frame, reach: int = 4) -> Source | None:
        """A full name within the next few words, none of them punctuation: the head of a title chain. After
        an owner's "'s" the name may follow a comma: "said Smith's chief of staff, Jane Doe"."""
        owned = k < frame.last and self.words[k] in {"'s", "’s"}
        for j in range(k + owned, min(frame.last, k + reach + 4 * owned)):
            title = self.entity_at.get(j)
            if self.words[j] == "." and title is not None and title.label == "TITLE":
                continue  # "said former Gov. Jim Doyle": the title's abbreviation point
            if j == k and not owned and self.words[j] in self.fw.prepositions:
                return None  # "said Smith of the Teachers Union": the name after "of" is no head of a title chain
            if self.quote_of[j] >= 0 or not self.words[j][:1].isalnum() and not (
                owned and self.words[j] == "," and (e := self.entity_from.get(j + 1)) is not None
                and e.label == "PERSON"
            ):
                return None
            e = self.entity_from.get(j)
            if e is not None and e.label == "PERSON":
                a, b = self.index.token_range(e.start, e.end)
                return Source(first=a, last=b, kind="entity", entity=e)
        return None
