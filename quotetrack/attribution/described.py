"""Sources described by a noun and its phrase: "Chinese officials", "Residents of the flooded towns", "Republican
activists clamoring to block the nominee", "Some delegates at the convention in Philadelphia".

:class:`DescribedSources` finds where such a subject starts when it ends right before a cue;
:class:`~quotetrack.attribution.sources.SourceFinder` builds on it.
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame, Source
from quotetrack.attribution.prepositional_subjects import plural_head_before
from quotetrack.attribution.subjects import SubjectShapes

__all__ = ["DescribedSources"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # a place closing a group's phrase: "delegates in Philadelphia"


class DescribedSources(SubjectShapes):
    """Described sources before the cues of one document."""

    def description_ending_at(self, k: int, first: int) -> Source | None:
        """A described source: "Chinese officials", "a senior official", "the airline", "Sanders' team"."""
        word = self.words[k]
        fw = self.fw
        if word in fw.light_verbs and k > first and self.tokens[k].text.islower():
            return self.description_ending_at(k - 1, first)  # "his friends make (jokes)": the verb is no noun
        known = word in self.lexicon.source_nouns
        if not word.replace("-", "").isalpha() or word in fw.between or word in fw.prepositions or word in \
                fw.determiners or word in self.lexicon.pronouns or word in fw.conjunctions or word in fw.clause_openers:
            return None
        if not self.tokens[k].text.islower() and k != first and not (  # "Officials said" opens a sentence
            known and self.words[k - 1] == ","  # "Moreover, Democrats say"
        ) and not (
            k - 1 >= first and self.words[k - 1] in self.fw.determiners | self.fw.rank_modifiers
            and self.entity_at.get(k) is None or known and k - 2 >= first and self.words[k - 2] in self.fw.determiners
        ):  # "one senior Democrat said"
            return None
        a = k
        determined = False
        while a - 1 >= first and a > k - 6:
            w = self.tokens[a - 1].text
            if w.lower() in self.fw.determiners or w in {"'s", "’s", "'", "’"}:
                determined = True
                a -= 1
                if w.lower() in self.fw.determiners:
                    break
                continue
            low = w.lower()
            if w.replace(",", "").replace(".", "").isdigit() and self.words[a] not in self.fw.conjunctions:
                a -= 1  # "19 percent", "another 19 percent said"
                if a - 1 >= first and self.words[a - 1] in self.fw.determiners | self.fw.quantifiers:
                    a -= 1
                break
            if not w[:1].isalpha() or low in self.fw.prepositions or low in self.fw.between \
                    or self.quote_of[a - 1] >= 0 or low in self.lexicon.cue_forms or low in self.fw.relatives \
                    or low in self.fw.conjunctions and a == k and not (  # "... in 2002 and prosecutors claim"
                        a - 2 >= first and self.words[a - 2] in self.lexicon.source_nouns):  # ("critics and aides")
                break
            a -= 1
        if not known and not determined:
            return None
        if a < k and self.words[a] in self.fw.conjunctions:
            a += 1  # "But officials say": the conjunction joins the clause, it names no one
        if determined and self.words[a] in {"'s", "’s", "'", "’"}:  # "Sanders' team": take the owner's name too
            owner = self.entity_at.get(a - 1)
            if owner is not None:
                a = self.index.token_range(owner.start, owner.end)[0]
        return Source(first=max(a, first), last=k + 1, kind="description")

    def modified_group(self, b: int, before: int, first: int) -> Source | None:
        """The described group a demonym, body or place ending at ``b`` modifies: "The Democratic nominee" (the
        name ``Democratic`` ends before ``nominee``), "the Ohio union leaders"; a lower-case source noun within two
        words, before ``before``. None when no such noun follows."""
        for h in range(b, min(b + 2, before)):
            if not (self.tokens[h].text.isalpha() and self.tokens[h].text.islower()) or self.quote_of[h] >= 0 \
                    or self.words[h] in self.fw.stop_words or self.words[h] in self.lexicon.cue_forms \
                    and self.words[h] not in self.lexicon.source_nouns:
                return None
            if self.words[h] in self.lexicon.source_nouns and (
                    h + 1 >= before or self.words[h + 1] not in self.lexicon.source_nouns):
                return self.description_ending_at(h, first)
        return None

    def with_body(self, found: Source, before: int) -> Source:
        """``found`` with the body or person it speaks for after a source preposition: "A spokesman for Harbor
        Networks (declined ... but said)"; ``found`` itself when no name follows the preposition."""
        p = found.last + 1
        if p >= before or self.words[found.last] not in self.fw.source_prepositions:
            return found
        q = p + (self.words[p] == "the")
        named = self.entity_from.get(q)
        if named is not None and named.label not in {"ORG", "GPE", "PERSON", "NAME"}:
            return found
        last = self.index.token_range(named.start, named.end)[1] if named is not None else q
        while last < before and self.tokens[last].text[:1].isupper() and self.tokens[last].text.isalpha():
            last += 1  # the rest of a name the entity missed: "Harbor Networks"
        return Source(first=found.first, last=last, kind="description", entity=named if named is not None and
                      named.label in {"ORG", "GPE"} else None) if q < last <= before else found

    def _placed_group(self, k: int, frame: Frame) -> Source | None:
        """A source noun whose phrase ends in a place at ``k``: "Some delegates at the convention in Philadelphia"."""
        place = self.entity_at.get(k)
        first = self.index.token_range(place.start, place.end)[0] if place and place.label in _PLACE_LABELS else 0
        return self._head_before_phrase(k, frame) if first - 1 > frame.first and self.words[first - 1] in (
            "in", "at") else None

    def _head_before_phrase(self, k: int, frame: Frame) -> Source | None:
        """A source noun and the phrase after it that ends at ``k``: "Experts on North Korea and nuclear arms
        (said)", "Residents of the flooded towns (say)". The noun must open the subject: the frame's start, or
        after a comma or a conjunction."""
        for p in range(k, max(frame.first, k - 9), -1):
            w = self.words[p]
            if self.quote_of[p] >= 0 or not w[:1].isalnum() or w in self.fw.auxiliaries or w in self.fw.finite_verbs \
                    or w in self.fw.relatives or w in self.lexicon.cue_forms and self.tokens[p].text.islower():
                return None
            if w not in self.fw.source_prepositions and w != "on" or p - 1 < frame.first:
                continue
            head = self.description_ending_at(p - 1, frame.first)
            if head is not None and self.words[p - 1] not in self.lexicon.source_nouns \
                    and self.tokens[p - 1].text.islower() and self.words[p] in ("in", "at"):
                continue  # "Some delegates at the convention in Philadelphia (said)": a place in a phrase
            if head is None or self.words[p - 1] not in self.lexicon.source_nouns:
                return None
            first = head.first + (self.words[head.first] in self.fw.conjunctions)  # "But residents of ..."
            if first == frame.first or self.words[first - 1] in self.clause_openers \
                    or self.words[first - 1] in self.fw.conjunctions:
                return Source(first=first, last=k + 1, kind="description")
            return None
        return None

    def _head_before_modifier(self, k: int, frame: Frame) -> Source | None:
        """A group opening its clause and the participle phrase after it, ending at ``k``: "Republican activists
        clamoring to block the nominee (say)", "those surveyed (say)"; a past participle only next to the cue ("The
        documents included 44 emails" has a verb of its own). The whole phrase is the source; no comma, quotation
        or cue of speech may stand inside it."""
        for h in range(k - 1, max(frame.first - 1, k - 14), -1):
            w = self.words[h + 1]
            if self.quote_of[h + 1] >= 0 or not w[:1].isalnum() or self.index.verb_cue(h + 1) \
                    and self.lexicon.cue_forms.get(w, ("", ""))[1] == "speech":
                return None
            lower = self.tokens[h + 1].text.islower()
            near = h + 1 == k or h + 2 == k and self.words[k] in self.index.time_words
            if not (lower and (w.endswith("ing") or w.endswith("ed") and near)):  # "those surveyed", "released Monday"
                continue
            head = self.words[h]
            e = self.entity_at.get(h)
            e = e if e is not None and e.label in {"ORG", "NORP"} and head.endswith("s") else None  # "Democrats"
            if not (e is not None or head == "those" or head in self.lexicon.source_nouns
                    and self.tokens[h].text.islower()):
                continue
            found = self.description_ending_at(h, frame.first) if e is None else Source(
                first=self.index.token_range(e.start, e.end)[0], last=h + 1, kind="entity", entity=e)
            first = found.first if found is not None else h
            first += first < h and self.words[first] in self.fw.conjunctions  # "But voters polled ..."
            if self.index.opens_clause_at(first, frame):
                return Source(first=first, last=k + 1, kind="description")
            return None
        return None

    def noun_cue(self, cue: CueMatch, source: Source) -> bool:
        """Whether a cue word is a noun heading the described "source" ("a phone call", "the report")."""
        word = self.words[cue.first]
        head = self.words[source.last - 1]
        if cue.first > 0 and self.words[cue.first - 1] == "to" or head == "%" or self.is_number(source.last - 1) \
                or word in self.lexicon.verb_forms.get(cue.lemma, ()):
            return False  # "the mayor is likely to stress": an infinitive; "Some 47% say": a share; "the memo read"
        if plural_head_before(self.index, source):
            return False  # "Opponents of the tax say": the plural source noun before the phrase is the subject
        if word == cue.lemma and source.last == cue.first and source.last - source.first >= 2 \
                and self.words[source.first] in self.fw.singular_determiners:
            return True  # "A news report published Wednesday said": after "a" and a noun the base form is a noun too
        if word != cue.lemma and word.endswith("s") and self.words[source.first] in self.fw.plural_determiners:
            return True  # "several battleground states could be": a plural subject would take "state"
        return word == cue.lemma and self.words[source.first] in self.index.non_plural_determiners \
            and not head.endswith("s")  # ("those surveyed say": a plural subject)
