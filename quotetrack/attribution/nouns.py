"""Reported content after a noun of saying or believing: "the claim that ...", "his argument that ...".

:class:`NounClauses` finds a noun of ``cue_nouns.txt`` followed by a content clause ("that" and a
subject) and the noun's owner, who holds the claim: a possessive ("his promise that", "Trump's
claim that"), a name before the noun ("a New York Times report that") or the noun itself when it
names a source ("published reports that"). It also finds a noun of ``cue_noun_objects.tsv`` and the
phrase after its preposition, which the noun's owner takes a stance on ("her attacks on the plan",
"Smith's decision to resign").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from quotetrack.attribution.among import holders_among
from quotetrack.attribution.clause_rule import ClauseRule
from quotetrack.attribution.clauses import ClauseFinder
from quotetrack.attribution.cues import CueMatch, cues_within
from quotetrack.attribution.group_subjects import opening_group
from quotetrack.attribution.index import MAX_CLAUSE, SOURCE_LABELS, Frame, TextIndex
from quotetrack.attribution.sources import Source, SourceFinder

__all__ = ["NounClauses"]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_AGENT_REACH = 8  # tokens from a noun's object to the "by" of its agent


class NounClauses(ClauseRule):
    """Find content clauses of cue nouns in one document (see the module's docstring).

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Reads a described owner ("published reports").
    clauses : ClauseFinder
        Finds where the content clause ends.
    """

    def __init__(self, index: TextIndex, sources: SourceFinder, clauses: ClauseFinder) -> None:
        super().__init__(index, sources, clauses)
        self.possessives = frozenset(p for p, (_, kind) in self.lexicon.pronouns.items() if kind == "possessive") \
            | {"her"}

    def read(self, frame: Frame) -> Iterator[tuple[int, int, CueMatch, Source]]:
        """``(first, end, cue, source)`` of each content clause in the frame: tokens ``[first, end)`` from "that"."""
        for t in range(frame.first + 1, frame.last - 3):
            if self.words[t] not in self.lexicon.cue_nouns or self.quote_of[t] >= 0 or self.words[t - 1] == "to" \
                    and self.lexicon.cue_forms.get(self.words[t], ("",))[0] == self.words[t]:
                continue  # "to report that ...": an infinitive, not the noun ("responded to reports that")
            held = holders_among(self.index, t, frame)  # "fears among investors that ..."
            that = held[0] if held is not None else self._after_copula(t, frame)
            if self.words[that] != "that" or self.quote_of[that] >= 0 or that + 1 >= frame.last \
                    or not self._opens_content(that + 1):
                continue
            source = held[1] if held is not None else self.owner(t, frame)
            if source is None:
                continue
            later = cues_within(self.cues, bisect.bisect_left(self.cue_starts, that + 1), that + 1 + MAX_CLAUSE)
            end = self.clauses.reported_clause_end(that, frame, later)
            if end - that >= 3:
                yield that, end, CueMatch(first=t, last=t + 1, lemma=self.words[t], cls="speech", kind="noun"), source

    def read_objects(self, frame: Frame) -> Iterator[tuple[int, int, CueMatch, Source]]:
        """``(first, end, cue, source)`` of each owned noun's object in the frame ("his criticism of [the court]",
        "her decision [to resign]"): the phrase ends at a comma, a verb or a cue."""
        objects = self.lexicon.cue_noun_objects
        for t in range(frame.first + 1, frame.last - 2):
            prepositions = objects.get(self.words[t])
            if prepositions is None or self.words[t + 1] not in prepositions or self.quote_of[t] >= 0 \
                    or self.quote_of[t + 1] >= 0 or not self.tokens[t].text.islower():
                continue
            source = self.owner(t, frame)
            by = -1
            if source is None:  # "an attack on Ortiz by Senator Hale": the agent after the object owns the noun
                by, source = self.agent_after(t + 2, frame)
            if source is None or source.last == t + 1 or source.kind == "entity" and source.last == t \
                    and self.words[t] in self.lexicon.cue_forms:
                continue  # "a report on": the noun is no owner; "Smith calls for": a verb
            first = t + 2
            if self.words[t + 1] == "to" and self.tokens[first].text.isalpha() and self.tokens[first].text.islower() \
                    and self.words[first] not in self.fw.determiners and self.words[first] not in self.possessives:
                first = t + 1  # "his decision to resign": the infinitive keeps its "to"
            end = first + 1
            stop = by if by > 0 else frame.last
            subject = source.first == frame.first  # "The mayor's remarks about the levy angered ...": its verb ends it
            while end < min(stop, first + MAX_CLAUSE) and (self.quote_of[end] >= 0 or not (
                self.words[end] in {",", ";", ":", "(", "—", "–"} or end in self.cue_set
                or self.words[end] in self.fw.auxiliaries or self.words[end] in self.fw.finite_verbs
                or subject and self.words[end].endswith("ed") and self.tokens[end].text.islower()
            )):
                end += 1
            while end - first > 1 and self.words[end - 1] in {".", "?", "!"}:
                end -= 1  # the sentence's end is not the object's
            if end - first > (first == t + 1) and self.words[first][:1].isalnum() \
                    and all(self.quote_of[k] < 0 for k in range(first, end)):  # (quoted words are read as quotes)
                cue = CueMatch(first=t, last=t + 2, lemma=self.words[t], cls="speech", kind="noun_object")
                yield first, end, cue, source

    def agent_after(self, k: int, frame: Frame) -> tuple[int, Source | None]:
        """The "by" and the named agent after a noun's object that starts at token ``k`` ("an attack on Ortiz by
        Senator Hale"): a name (an entity of a source label) within a few words, before any comma, verb or cue;
        ``(-1, None)`` when there is none."""
        for by in range(k + 1, min(frame.last - 1, k + _AGENT_REACH)):
            w = self.words[by]
            if self.quote_of[by] >= 0 or w in {",", ";", ":", "(", "—", "–", "."} or by in self.cue_set \
                    or w in self.fw.auxiliaries or w in self.fw.finite_verbs:
                break
            if w == "by":
                source = self.sources.source_after(by + 1, frame)
                if source is not None and source.kind == "entity":
                    return by, source
                break
        return -1, None

    def _after_copula(self, t: int, frame: Frame) -> int:
        """The token after the noun at ``t``, or after a form of "be" that follows it ("her argument is that",
        "his message has long been that": the clause is the noun's content, as after "his argument that")."""
        k = t + 1
        while k < frame.last and k - t <= 4 and self.words[k] in self.fw.between and self.quote_of[k] < 0:
            k += 1
        return k if k > t + 1 and self.words[k - 1] in self.fw.copulas else t + 1

    def _opens_content(self, k: int) -> bool:
        """Whether token ``k`` opens a clause's subject, so that "that" before it is a conjunction, not a relative
        pronoun ("the claim that taxes ..." is content; "the claim that was made" is not)."""
        if self.index.quote_starting_at(k) >= 0 and k + 1 < len(self.words) \
                and self.quote_of[k + 1] == self.quote_of[k]:
            k += 1  # 'his claim that "thousands" of people ...': the quoted words open the clause
        elif self.quote_of[k] >= 0:
            return False
        w = self.words[k]
        if w in self.fw.auxiliaries or w in self.fw.finite_verbs:
            return False
        return w in self.fw.subject_pronouns or w in self.fw.determiners or w in self.fw.quantifiers \
            or w == "there" or w[:1].isdigit() or self.tokens[k].text[:1].isupper()  # ("her belief that none of")

    def owner(self, t: int, frame: Frame) -> Source | None:
        """Who holds the claim the noun at ``t`` names, or None when the text does not say."""
        k = t - 1
        while k > frame.first and t - k <= 3 and self.tokens[k].text.islower() and self.words[k].isalpha() \
                and self.words[k] not in self.possessives and self.words[k] not in self.fw.determiners \
                and self.words[k] not in self.fw.prepositions and self.words[k] not in self.lexicon.cue_forms:
            k -= 1  # "his latest", "Trump's firmest public": adjectives before the noun
        if k < frame.first or self.quote_of[k] >= 0:
            return None
        if self.words[k] in self.possessives:  # ("Both parents stiffened their denunciation": the parents')
            return opening_group(self.sources, frame, k) or Source(first=k, last=k + 1, kind="pronoun")
        possessed = self.words[k] in _POSSESSIVE
        named = self.entity_at.get(k - 1 if possessed else k)
        if named is not None and named.label in SOURCE_LABELS:
            a, b = self.index.token_range(named.start, named.end)
            return Source(first=a, last=b, kind="entity", entity=named)
        if possessed and k - 1 >= frame.first:  # "the judges' statement that": the judges
            return self.sources.description_ending_at(k - 1, frame.first)
        if self.words[t] in self.lexicon.source_nouns:  # "published reports that", "a report that"
            return self.sources.description_ending_at(t, frame.first)
        return None
