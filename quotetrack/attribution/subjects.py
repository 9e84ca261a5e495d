"""Subjects of particular shapes before a cue: shares of a group, the verbs before an infinitive, and the
group a restrictive relative clause speaks for.

:class:`SubjectShapes` tells where such a subject starts ("About one in five say", "47% said", "a third
say"), which verbs stand between a subject and an infinitive cue ("X went on to explain", "is likely to
stress"), whether the word before a restrictive "who" names a group that speaks ("others who want"), and
where the subject of a participle opening a sentence stands ("Noting that ..., Allen said").
:class:`~quotetrack.attribution.sources.SourceFinder` builds on it.
"""

from __future__ import annotations

from quotetrack.attribution.appositions import Appositions
from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame, Source

__all__ = ["SubjectShapes"]


class SubjectShapes(Appositions):
    """Shapes of subjects before the cues of one document."""

    def restricted_group(self, k: int, frame: Frame) -> bool:
        """Whether the word at ``k``, before a restrictive "who" inside a clause, names a group that can speak:
        "(angering) voters who", "others who", "partisans and thinkers who" (a plural noun)."""
        w = self.words[k]
        if k - frame.first < 3:
            return False  # "Republicans who agree that ... were irritated": the main clause follows the relative one
        if self.entity_at.get(k) is not None:
            return False  # "Clinton who", "Seattle who": a name before a restrictive "who" is seldom its antecedent
        return w in self.fw.quantifiers or w == "those" or self.tokens[k].text.islower() and w.isalpha() \
            and w.endswith("s") and not w.endswith("ss") and w not in self.lexicon.cue_forms \
            and w not in self.fw.between and w not in self.fw.prepositions

    def is_number(self, k: int) -> bool:
        """Whether the word at ``k`` is a number: "five", "10", "1,200"."""
        return self.words[k] in self.fw.cardinals or self.words[k].replace(",", "").isdigit()

    def share_ending_at(self, k: int, frame: Frame) -> Source | None:
        """A share of a group opening its clause and ending at ``k``: "one in five", "nearly nine out of 10", "47%",
        "a third", "two-thirds". None when the phrase does not open a clause."""
        words = self.words
        w = words[k]
        a = -1
        if w == "%" and k - 1 >= frame.first and self.is_number(k - 1):
            a = k - 1  # "47%"
        elif self.is_number(k) and k - 2 >= frame.first and words[k - 1] == "in" and self.is_number(k - 2):
            a = k - 2  # "one in five"
        elif self.is_number(k) and k - 3 >= frame.first and words[k - 2 : k] == ["out", "of"] and self.is_number(k - 3):
            a = k - 3  # "nine out of 10"
        elif w.rsplit("-", 1)[-1] in self.fw.share_nouns and w != "percent" and k - 1 >= frame.first and (
            words[k - 1] in self.fw.singular_determiners or self.is_number(k - 1)
        ) and self.tokens[k].text.islower():
            a = k - 1  # "a third", "two thirds"
        elif "-" in w and w.split("-", 1)[0] in self.fw.cardinals and w.rsplit("-", 1)[-1] in self.fw.share_nouns:
            a = k  # "two-thirds"
        if a < 0:
            return None
        # "About one in five", "Nearly a third", "Another 12%": one word before the share belongs to it
        if a - 1 >= frame.first and self.tokens[a - 1].text.isalpha() and words[a - 1] not in self.fw.conjunctions \
                and (a - 1 == frame.first or not self.words[a - 2][:1].isalnum()):
            a -= 1
        if a > frame.first and self.words[a - 1][:1].isalnum() and self.words[a - 1] not in self.fw.conjunctions \
                and self.words[a - 1] != "that":
            return None  # "the support of one in five": not a subject
        return Source(first=a, last=k + 1, kind="description")

    def catenative_start(self, to: int, frame: Frame) -> int | None:
        """The first word of the verbs before the infinitive marker at ``to`` ("went on", "has often sought", "is
        likely", "would hesitate"), whose subject is the infinitive's: at most two words besides auxiliaries and
        adverbs. None when a noun phrase or a question word ends there ("urged voters to", "for him to", "used a
        luncheon to", "how to"): the infinitive's subject is not the clause's."""
        j = to - 1
        fw = self.fw
        verbs = 0
        while j >= frame.first and to - j <= 5 and self.quote_of[j] < 0 and self.tokens[j].text.isalpha() \
                and self.tokens[j].text.islower():
            w = self.words[j]
            if w in fw.subject_pronouns or w in fw.relative_pronouns or w in self.lexicon.source_nouns \
                    or w in fw.conjunctions and w != "yet":
                break  # the subject, or the clause's start
            if w in fw.determiners or w in fw.prepositions and w != "on" or w in fw.object_pronouns \
                    or w in fw.clause_starters:
                return None
            if w not in fw.between and not w.endswith("ly") and w != "on":
                verbs += 1
            j -= 1
        else:
            if j >= frame.first and self.tokens[j].text[:1].islower():
                return None  # "used a closed-door luncheon to": a word of a noun phrase
        return j + 1 if j + 1 < to and verbs <= 2 else None

    def after_opening_clause(self, cue: CueMatch, frame: Frame) -> int | None:
        """Where the subject of a participle opening the frame stands: after the participle's clause and the
        comma ending it ('Noting that he studied law, Allen said ...'), and after a one-word aside ('..., though,
        Allen did suggest'); None when no comma ends the clause, or the clause is no reported one ("Speaking to
        reporters, X said": only "that" or a quotation opens one here)."""
        if not cue.participle or cue.first != frame.first or cue.last >= frame.last \
                or self.words[cue.last] != "that" and self.quote_of[cue.last] < 0:
            return None
        k = cue.last
        while k < frame.last and self.words[k] != ",":
            k += 1
        j = k + 1
        while j < frame.last and not self.words[j][:1].isalnum():
            j += 1  # the closing marks of a quotation ending the clause
        if j + 1 < frame.last and self.words[j + 1] == "," and self.tokens[j].text.islower():
            j += 2
        return j if j < frame.last else None

    def verb_after(self, subject: Source, first: int, frame: Frame) -> bool:
        """Whether ``subject`` starts at ``first`` (its titles there) and a verb, in lower case, follows it
        ("Senator Jo Hale said")."""
        return self.title_chain_start(subject.first, first) == first and subject.last < frame.last \
            and self.tokens[subject.last].text.islower() and self.words[subject.last] not in self.fw.prepositions
