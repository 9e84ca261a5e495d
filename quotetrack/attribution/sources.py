"""Who speaks: the source phrase of a cue, written before it or after it.

:class:`SourceFinder` reads the subject before a cue (``Jane Smith, a senator, said``), the inverted subject
after it (``said Jane Smith``), the source after ``according to`` and the subject a coordinated or participle cue
shares; :mod:`quotetrack.attribution.parsed` reads the cue verb's ``nsubj`` where the backend gives a parse.
"""

from __future__ import annotations

import bisect

import attrs

from quotetrack.attribution.described import DescribedSources
from quotetrack.attribution.asides import dash_aside, named_in_aside, subject_before_aside
from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.located_groups import located_group
from quotetrack.attribution.apposed_relatives import apposed_antecedent
from quotetrack.attribution.group_subjects import opening_group
from quotetrack.attribution.index import NAME_LABELS, SOURCE_LABELS, Frame, Source, TextIndex
from quotetrack.attribution.owned_appositions import owner_apposed_name
from quotetrack.attribution.purposes import purpose_verb_start
from quotetrack.attribution.quotations import Quotation
from quotetrack.attribution.time_tails import time_tail_start
from quotetrack.attribution.fronted_clauses import main_clause_start
from quotetrack.attribution.subordinate import opening_clause_end, opening_setting_end
from quotetrack.attribution.times import time_detail_start, time_modifier_start
from quotetrack.attribution.prepositional_subjects import relative_after_object

__all__ = ["Source", "SourceFinder"]

_UNREAD = Source(first=-1, last=-1, kind="unread")  # no subject read yet (None is a subject read: there is none)


class SourceFinder(DescribedSources):
    """Find the source phrase of cues in one document (see the module's docstring)."""

    def __init__(self, index: TextIndex) -> None:
        super().__init__(index)
        self.opening_subjects: dict[tuple[int, int], Source | None] = {}  # see opening_subject
        # source_before of each (cue, frame): a clause's end asks for the sources of up to MAX_CLAUSE later cues
        self.sources_before: dict[tuple[CueMatch, Frame], Source | None] = {}

    # -- sources ----------------------------------------------------------------------------
    def _skip_time_phrase(self, k: int, first: int) -> int:
        """Step back over a time phrase ending at ``k``: "on Tuesday", "Tuesday", "last week", "this past week",
        "less than two weeks ago", and "earlier in the day", "late Tuesday", "on Tuesday night" (:mod:`times`)."""
        k = time_detail_start(self.words, k, first, self.fw)
        if k >= first and self.words[k] in self.fw.weekdays:
            k = time_modifier_start(self.words, k - 1, first, self.fw)
            if k >= first and self.words[k] == "on":
                k -= 1
        elif k - 1 >= first and self.words[k] in self.fw.periods and self.words[k - 1] in self.fw.period_determiners:
            k -= 3 if k - 2 >= first and self.words[k - 2] in self.fw.period_determiners else 2
        elif k - 2 > first and self.words[k] == "ago" and self.words[k - 1].removesuffix("s") in self.fw.periods and (
            self.words[k - 2] in self.fw.cardinals | self.fw.singular_determiners or self.words[k - 2].isdigit()
        ):  # "two weeks ago", "less than a month ago"
            k -= 3
            while k > first and self.words[k] in self.fw.approximators:
                k -= 1
        return k

    def source_before(self, cue: CueMatch, frame: Frame) -> Source | None:
        """The subject written before the cue, skipping auxiliaries and an appositive (or after an opening clause)."""
        key = (cue, frame)  # (looked up once: the key's hash is its attrs fields')
        found = self.sources_before.get(key, _UNREAD)
        if found is _UNREAD:
            found = self.sources_before[key] = self._subject_before(cue, frame)
        return found

    def _subject_before(self, cue: CueMatch, frame: Frame) -> Source | None:
        source = self._source_before(cue, frame)
        if (source is None or source.kind not in {"entity", "pronoun"}) \
                and (relative := self.unclosed_relative(cue, frame)) is not None:
            return relative  # '"...," Ann Dale, who is chairman of the Harbor Fund said'
        if source is None and (j := self.after_opening_clause(cue, frame)) is not None:  # "Noting that ..., X said"
            after = self.source_after(j, frame)
            return after if after is not None and self.verb_after(after, j, frame) else None
        if source is not None and source.kind == "entity" and source.phrase_first > frame.first \
                and self.words[source.phrase_first - 1] in self.fw.prepositions:
            # 'Jo Hale, a former aide to Governor Ann Dale has written': the name before the unclosed apposition
            return self.unclosed_apposition(source.phrase_first, source.last, frame, reach=25) or source
        if source is None or source.kind == "pronoun" or source.kind == "entity" and source.entity is not None \
                and source.entity.label in NAME_LABELS:
            return source
        return self.unclosed_apposition(source.phrase_first, source.last, frame) or source

    def _source_before(self, cue: CueMatch, frame: Frame) -> Source | None:
        k = cue.first - 1
        while k >= frame.first and (self.words[k] in self.fw.between or self.negated_auxiliary(k) or (
            self.words[k].endswith("ly") and self.tokens[k].text.islower() and cue.first - k <= 3
        ) or self.words[k] in {"'s", "’s"} and k > frame.first and self.words[k - 1] in self.fw.subject_pronouns):
            k -= 1  # "he has also said", "she's said", "Smith hasn't said"
        k = self._skip_time_phrase(k, frame.first)
        if k - 1 > frame.first and self.words[k] == "." and self.tokens[k - 1].text in self.fw.name_endings:
            k -= 1 if k - 1 in self.entity_at else 2  # "Acme Inc. on Monday rejected": the name's ending and point
        if k > frame.first and self.words[k] == "to" and self.quote_of[k] < 0 and cue.cls in {"speech", "response"} \
                and not cue.participle:
            if (purpose := purpose_verb_start(self, k, frame)) is not None:  # "X used the speech to attack"
                found = self._source_before(attrs.evolve(cue, first=purpose), frame)
                return None if found is None or self.words[found.first] in {"it", "there"} else found
            chain = self.catenative_start(k, frame)  # "X went on to explain", "X is likely to stress"
            source = self._source_before(attrs.evolve(cue, first=chain), frame) if chain is not None else None
            if source is not None and cue.cls == "response" and (
                source.kind not in {"entity", "pronoun"} or source.entity is not None
                and source.entity.label not in NAME_LABELS or self.words[k - 1] not in self.fw.response_catenatives
                or any(
                    self.words[t] in self.fw.negations for t in range(chain or k, k))
            ):  # "X went on to criticize Y", "she rushed to defend him"; not "a crowd eager to react", "chose not to"
                return None
            return None if source is not None and self.words[source.first] in {"it", "there"} else source
        if k - 1 >= frame.first and k < cue.first - 1 and self.words[k].endswith("ed") \
                and self.tokens[k].text.islower() and self.words[k - 1] in self.lexicon.source_nouns:
            k -= 1  # "The report published Tuesday showed": the noun before the participle and its time
        titled = k >= frame.first and self.quote_of[k] >= 0 and self.index.quoted_text(self.quote_of[k]).endswith(",") \
            and len(self.index.quoted_text(self.quote_of[k]).split()) <= 4  # 'X, host of "Morning Talk," said'
        if k < frame.first or self.quote_of[k] >= 0 and not titled:
            return None
        if (self.words[k] == "and" or self.words[k] == "but" and cue.cls == "speech") and k > frame.first \
                and self.tokens[cue.first].text.islower() and not self.words[cue.first].endswith("ing"):
            # "McConnell embraced the mogul and said ...", "... in a bind, but say ...": the coordinated verb shares
            # the clause's subject
            return self.clause_subject(frame, k)
        if self.words[k] == "," and k - 1 > frame.first and self.words[k - 1] == ")":
            named = self.entity_at.get(self._before_parenthesis(k - 1, frame))
            if named is not None and named.label == "PERSON":
                k -= 1  # "Sen. Jack Reed (D-R.I.), said": a comma after the parenthesis
        k = self._before_parenthesis(k, frame)  # "Gov. Phil Bryant (R) said"
        if k < frame.first:
            return None
        if (aside := dash_aside(self.index, k, frame)) is not None:  # "Ann Dale -- who lost in 2010 -- said"
            apposed = named_in_aside(self.index, aside)  # "A former governor -- Ann Dale -- said": the name
            if apposed is not None:
                return apposed
            if not subject_before_aside(self.index, aside):
                return None
            k = aside[0] - 1
        aged = self.aged_name(k, frame) if self.words[k] == "," else None
        if aged is not None:
            return aged
        if self.words[k] == "," or titled:  # "Hua, a spokeswoman for the ministry, said"
            j = k - 1
            while j > frame.first and k - j < 25 and (
                self.quote_of[j] < 0 and self.words[j] != ","
                or self.quote_of[j] >= 0 and len(self.index.quoted_text(self.quote_of[j]).split()) <= 4
            ):
                j -= 1
            if j <= frame.first or self.words[j] != "," or self.quote_of[j] >= 0:
                return None
            inner = self.words[j + 1 : k]
            if inner[:1] and inner[0] in self.fw.conjunctions:
                return None  # "..., and the talks broke down, said X": a clause, not an apposition
            if self.participle_aside(j, inner, cue, frame):
                return None  # "... the vote, forcing her to fight on, said Tom Hale": the subject follows the cue
            if inner[:1] not in (["who"], ["which"]) and not (inner and inner[0] in self.fw.clause_openers) and any(
                w in self.lexicon.cue_forms and w not in self.lexicon.source_nouns for w in inner[1:2]
            ):
                return None  # "Trump, she said, is ..." is no apposition; "Brown, who calls him ..., said" is
            named = self.entity_at.get(k - 1)
            a, b = self.index.token_range(named.start, named.end) if named is not None else (-1, -1)
            before = self.entity_at.get(j - 1)
            honoured = named is not None and j + 1 < a <= j + (5 if named.label == "PERSON" else 3) and all(
                w in self.lexicon.honorifics or w == "." and t > j + 1 or self.titled_word(t)  # "Its chair, Dame X,"
                for t, w in enumerate(self.words[j + 1 : a], j + 1))  # ", Dr. X, said", ", state Sen. X, said"
            if named is not None and (named.label in NAME_LABELS and (a == j + 1 or honoured)
                                      or named.label == "ORG" and (
                a == j + 1 or a == j + 2 and self.words[j + 1] == "the"
            )) and (before is None or before.label != "PERSON"):  # "The bank's parent, the Harbor Group, said"
                # "the White House spokesman, Josh Earnest, said": the name in the apposition, unless a person's name
                # precedes it ("Rep. Jo Hale, R-Utah, said")
                return Source(first=a, last=b, kind="entity", entity=named,
                              outer=self.preposed_start(j, frame.first))
            apposed = self.apposed_name(j, frame)
            if apposed is not None:
                return apposed
            k = self._before_parenthesis(j - 1, frame)  # "Rep. Jo Hale (R), a leader of ..., said"
            if k < frame.first:
                return None
            if k - 2 >= frame.first and self.words[k][:1].isdigit() and self.words[k - 1] == ",":
                k -= 2  # "Ramil Carr, 31, a Philadelphia photographer, said"
        relative = self.words[k] in {"who", "which"} and k - 2 >= frame.first and self.words[k - 1] == "," \
            and self.tokens[cue.first].text.islower()
        if not relative and self.words[k] == "who" and k - 1 > frame.first and self.tokens[cue.first].text.islower() \
                and self.tokens[k - 1].text.islower() and (apposed := apposed_antecedent(
                    self, Source(first=k - 1, last=k, kind="description"), frame)) is not None:
            return apposed  # "Ann Pike, a former clerk who accused ...": the name the apposition follows
        restrictive = not relative and self.words[k] == "who" and k - 1 >= frame.first \
            and self.tokens[cue.first].text.islower() and (
                self.words[k - 1] in self.lexicon.source_nouns and self.tokens[k - 1].text.islower()
                or self.words[k] == "who" and self.restricted_group(k - 1, frame))
        if restrictive and self.words[k - 1] in self.fw.quantifiers | {"those"}:
            return Source(first=k - 1, last=k, kind="description")  # "others who want", "those who say"
        if relative:
            k -= 2  # "Jane Smith, who said ...", "the agency, which reported ...": the relative's antecedent speaks
            if self.words[k] == ")" and k - 2 >= frame.first and self.words[k - 2] == "(":
                k -= 3  # "the Air Transport Association (ATA), which ...": the name before its initials
            elif self.words[k] == "." and k - 1 >= frame.first and k - 1 in self.entity_at:
                k -= 1  # "Tom Reed Jr., who ...", "Acme Inc., which ...": the name's abbreviation keeps its period
        elif restrictive:
            k -= 1  # "critics who say ...", "lawyers who have argued ...": the noun the clause restricts speaks
        elif self.words[k] in self.fw.subject_pronouns:  # ("they" after a group opening the sentence: the group)
            return opening_group(self, frame, k) or Source(first=k, last=k + 1, kind="pronoun")
        if self.words[k] in self.fw.quantifiers and (k == frame.first or not self.words[k - 1].isalpha() or (
                self.words[k - 1] in self.fw.clause_openers | self.fw.conjunctions)):  # "..., while others said"
            return Source(first=k, last=k + 1, kind="description")
        if self.words[k] == "one" and k - 1 >= frame.first and self.words[k - 1] == "no":
            return Source(first=k - 1, last=k + 1, kind="description")  # "No one expected ...", as "nobody"
        if self.words[k] in self.fw.cardinals and k - 1 >= frame.first and self.words[k - 1] == "the" \
                and (k - 1 == frame.first or not self.words[k - 2].isalpha()):
            return Source(first=k - 1, last=k + 1, kind="description")  # '"Q," the two write'
        share = self.share_ending_at(k, frame)
        if share is not None:
            return share
        source = located_group(self, k, frame, relative) or self._head_before_modifier(k, frame) \
            or self._placed_group(k, frame) \
            or self._entity_ending_at(k, frame.first) or self.description_ending_at(k, frame.first) \
            or self._head_before_phrase(k, frame) or self._person_before_body(k, frame)
        if source is not None and (source.kind == "description" or source.entity is not None
                                   and source.entity.label in {"GPE", "ORG"}):
            source = self._person_of(source, frame) or self._person_before_body(k, frame) or source
        if source is not None and source.kind == "entity":
            source = attrs.evolve(source, outer=self.title_chain_start(source.first, frame.first))
        p = source.first - 1 if source is not None else -1
        if p - 1 > frame.first and self.words[p] in self.fw.determiners:
            p -= 1  # "for the Home Office"
        elif source is not None and source.kind == "entity" and p - 1 > frame.first and self.tokens[p].text.isalpha() \
                and self.tokens[p].text.islower() and self.words[p] not in self.fw.stop_words \
                and self.words[p - 1] in self.fw.source_prepositions:
            p -= 1  # "a spokesman for committee Democrats": a noun modifying the body
        if source is not None and (source.kind == "entity" or source.kind == "description"
                                   and cue.lemma not in self.fw.naming_cues and not self.noun_cue(cue, source)
                                   and self.words[source.last - 1] not in self.fw.periods) \
                and p > frame.first and self.words[p] in self.fw.source_prepositions:
            # "a spokesman for the State Department said", "people close to Clinton say": the head speaks.
            h = p - 1
            if h > frame.first and self.words[h] in self.fw.closeness_adjectives:
                h -= 1
            head = self.description_ending_at(h, frame.first) if h >= frame.first else None
            if head is not None and self.words[h] in self.lexicon.source_nouns \
                    and not (source.kind == "description" and self.words[h] in self.fw.share_nouns):
                organisation = source.entity if source.entity is not None and source.entity.label in {"ORG", "GPE"} \
                    else None
                return Source(first=head.first, last=source.last, kind="description", entity=organisation)
            subject = self._entity_ending_at(p - 1, frame.first) if p - 1 >= frame.first else None
            if not relative and subject is not None and subject.entity is not None \
                    and subject.entity.label in NAME_LABELS:
                # "Trump in the past has called", "Smith at the hearing said": the name before the phrase speaks
                return attrs.evolve(subject, outer=self.title_chain_start(subject.first, frame.first))
        if relative and source is not None and source.phrase_first > frame.first \
                and self.words[source.phrase_first - 1] in self.fw.prepositions and not (
                    self.words[source.phrase_first - 1] in {"from", "by"} and source.entity is not None
                    and source.entity.label in NAME_LABELS | {"ORG"}) \
                and not relative_after_object(self.index, source, self.words[source.last + 1]):
            # ("a letter from the Retail Consortium, which said", "drew praise from Ann Dale, who called it ...",
            # "was endorsed by Jo Hale, who said ...", "came from a young voter, who said")
            return None  # "a backer of Tom Brown, who ...", "Jane Smith of Ohio, who ...": the antecedent is unsure
        if (relative or restrictive) and source is not None and source.kind == "description":
            first = next((t for t in range(source.first, source.last - 1) if not self.words[t].endswith(("ed", "ing"))
                          and self.words[t] not in self.lexicon.cue_forms), source.last - 1)
            source = attrs.evolve(source, first=first)  # "faced vocal critics who say": not the verb before them
        return source

    def source_after(self, position: int, frame: Frame) -> Source | None:
        """The subject written right after a cue: "said Wang", "said Chinese Foreign Minister Wang Yi",
        "said one Republican involved in the planning"."""
        if position < frame.last and self.words[position] in self.fw.clause_openers:
            return None  # "responded that the businessman ...": a clause opens, no subject
        return self.named_after_description(position, frame, self._subject_after(position, frame))

    def _subject_after(self, position: int, frame: Frame) -> Source | None:
        source = self._source_after(position, frame)
        if position >= frame.last or self.words[position] not in self.fw.determiners:
            return source
        end = self._phrase_end(position, frame)
        if source is not None and source.kind == "entity" and source.entity is not None \
                and source.entity.label in NAME_LABELS and (self.words[source.first - 1] == "," or not any(
                    self.words[t] in self.fw.prepositions for t in range(position, source.first))):
            return source  # "said the former president, Bill Clinton", "said the Mayor of London, Sam Kahn"
        if end - position < 2 or source is not None and source.kind == "entity" and source.first == position + 1 \
                and (source.last == end or self.words[source.last] in self.fw.prepositions):
            # "said the Bank of England (on Monday)": the body itself
            return source
        organisation = source.entity if source is not None and source.entity is not None \
            and source.entity.label in {"ORG", "GPE"} else None
        return Source(first=position, last=time_tail_start(self.index, position, end), kind="description",
                      entity=organisation)

    def phrase_after(self, position: int, frame: Frame) -> Source | None:
        """Any noun phrase right after a cue that can only introduce a source ("according to federal
        statistics", "according to exit polls"): a description, or None when no word follows."""
        if position >= frame.last or self.quote_of[position] >= 0 or not self.words[position][:1].isalnum():
            return None
        end = self._phrase_end(position, frame)
        return Source(first=position, last=time_tail_start(self.index, position, end), kind="description")

    def _phrase_end(self, k: int, frame: Frame) -> int:
        """End of a noun phrase with its modifiers: "one Republican involved in the planning"."""
        j = k + 1
        while j < frame.last and j < k + 14 and self.quote_of[j] < 0:
            w = self.words[j]
            initial = w == "." and len(self.words[j - 1]) == 1 and self.tokens[j - 1].text.isupper()  # "George W."
            before = self.words[j - 1]  # a cue word after "the", "who" or "has" is a noun or a relative's verb
            if not initial and w in {",", ".", ";", ":", "(", "—", "–", "-", "which", "and"} \
                    or (w in self.lexicon.cue_forms and self.tokens[j].text.islower()
                        and w not in self.lexicon.source_nouns and before not in self.fw.determiners
                        and before not in self.fw.relatives and before not in self.fw.between
                        and before not in self.fw.auxiliaries):
                break
            j += 1
        return j

    def _source_after(self, position: int, frame: Frame) -> Source | None:
        k = position
        if k < frame.last and self.words[k] in self.fw.subject_pronouns:
            return Source(first=k, last=k + 1, kind="pronoun")
        if k < frame.last and self.tokens[k].text.islower() and self.words[k].replace("-", "").isalpha() \
                and self.words[k] not in self.fw.prepositions and self.words[k] not in self.fw.determiners:
            ahead = self._person_ahead(k, frame, reach=7) or self.person_after_titles(k, frame)
            # "said former South Carolina Gov. Jim Hodges", "said former Ohio Gov. and party Chairman Tom Hale"
            if ahead is not None:
                return attrs.evolve(ahead, outer=k)
        best: Source | None = None
        j = k
        while j < frame.last and j < k + 10 and self.quote_of[j] < 0:
            e = self.entity_from.get(j)
            if e is not None:
                a, b = self.index.token_range(e.start, e.end)
                nxt = self.entity_from.get(b)
                if e.label in NAME_LABELS and a > k and self.words[k] in self.fw.determiners and b < frame.last \
                        and self.tokens[b].text.islower() and self.words[b] in self.lexicon.source_nouns:
                    return Source(first=k, last=b + 1, kind="description")  # "according to the Trump campaign"
                if e.label in NAME_LABELS and not (nxt is not None and nxt.label == "TITLE"):
                    role_next = b < frame.last and self.tokens[b].text.islower() \
                        and self.words[b] in self.lexicon.role_words  # "said Halvern Rovers manager X"
                    owner = b < frame.last and self.words[b] in {"'s", "’s"}  # "said Smith's aide, Jane Doe"
                    ahead = self._person_ahead(b, frame) if e.label == "NAME" or role_next or owner else None
                    if ahead is not None:  # "said Judicial Watch President Tom Fitton"
                        return attrs.evolve(ahead, outer=k)
                    apposed = owner_apposed_name(self.index, b, frame) if owner else None
                    if apposed is not None:  # "exhorted Clinton's introducer, actress Jo Hale": Hale
                        return attrs.evolve(apposed, outer=k)
                    if owner and self._owned_role(b, frame) > b:  # "said Smith's lawyer"
                        return Source(first=k, last=self._owned_role(b, frame), kind="description")
                    return Source(first=a, last=b, kind="entity", entity=e, outer=k)
                if e.label in SOURCE_LABELS:
                    ahead = self._person_ahead(b, frame) if e.label in {"GPE", "NORP", "ORG"} else None
                    if ahead is not None:  # "said Idaho billionaire Frank VanderSloot"
                        return attrs.evolve(ahead, outer=k)
                    group = self.modified_group(b, frame.last, k) if a == k else None
                    if group is not None and group.first == k and (group.last >= frame.last or not self.tokens[
                            group.last].text[:1].isupper()):  # "according to FEC filings"; not "said X aide Jo Hale"
                        return attrs.evolve(group, entity=e)
                    best = Source(first=a, last=b, kind="entity", entity=e, outer=k)
                elif e.label != "TITLE":
                    break
                elif b + 1 < frame.last and self.words[b] == "and" and self.entity_from.get(b + 1) is not None:
                    j = b + 1  # "said lobbyist and GOP strategist Charlie Black"
                    continue
                elif b + 1 < frame.last and self.words[b] == "," and (named := self.entity_from.get(b + 1)) \
                        is not None and named.label in NAME_LABELS and self.words[k] in self.fw.determiners:
                    a, b = self.index.token_range(named.start, named.end)  # "said the Mayor of London, Sam Kahn"
                    return Source(first=a, last=b, kind="entity", entity=named, outer=k)
                elif self.tokens[a].text.islower() and self.words[k] in self.fw.determiners and not (
                    b < frame.last and self.entity_from.get(b) is not None
                ):  # "said a longtime adviser to both Clintons"
                    return Source(first=k, last=b, kind="description", entity=best.entity if best else None)
                j = max(j + 1, b)
                continue
            w = self.words[j]
            determined = self.words[k] in self.fw.determiners
            if w in self.lexicon.source_nouns and self.tokens[j].text.islower() and (determined or j == k):
                while j + 1 < frame.last and self.tokens[j + 1].text.islower() and (
                    self.words[j + 1] in self.lexicon.source_nouns or self.words[j + 1] in self.lexicon.title_words
                ):  # "one former senior agency official"
                    j += 1
                named = self.entity_from.get(j + 2) if j + 2 < frame.last and self.words[j + 1] == "," else None
                if named is not None and named.label in NAME_LABELS:  # "said the bureau's director, James Comey"
                    a, b = self.index.token_range(named.start, named.end)
                    return Source(first=a, last=b, kind="entity", entity=named, outer=k)
                return Source(first=k, last=j + 1, kind="description", entity=best.entity if best else None)
            adjective = determined and self.tokens[j].text.islower() and w.replace("-", "").isalpha() \
                and w not in self.fw.prepositions
            if adjective and j > k and (j + 1 >= frame.last or self.words[j + 1] in {",", ".", "who", ";"}):
                # the head noun of "the New York businessman, who ..."
                return Source(first=k, last=j + 1, kind="description", entity=best.entity if best else None)
            ordinal = w[:1].isdigit() and w[-2:] in {"st", "nd", "rd", "th"}  # "1st Lt."
            if w not in self.fw.determiners and w not in {"'s", "’s"} and not adjective and not ordinal:
                break
            j += 1
        return best

    def _place_of_adverbial(self, k: int, frame: Frame) -> bool:
        """Whether the place or body at token ``k`` is the object of a preposition ("in Gettysburg", "at the
        University") or the state after a town ("Gettysburg, Pa.")."""
        p = k - 1
        if p > frame.first and self.words[p] in self.fw.determiners:
            p -= 1
        if p < frame.first:
            return False
        town = self.entity_at.get(p - 1) if self.words[p] == "," and p - 1 >= frame.first else None
        return self.words[p] in self.fw.prepositions or town is not None and town.label != "PERSON"

    def _verb(self, k: int) -> bool:
        """Whether token ``k`` reads as a finite verb in lower case ("is", "would", "filed")."""
        word = self.words[k]
        return self.tokens[k].text.islower() and (
            word != "to" and word in self.fw.auxiliaries or word in self.fw.finite_verbs or word.endswith("ed"))

    def _reported(self, k: int) -> bool:
        """Whether a subject at ``k`` opens a reported clause ("said that Carson is ..."), not the sentence's."""
        return k - 1 in self.cue_set or k - 2 >= 0 and self.words[k - 1] == "that" and k - 2 in self.cue_set

    def clause_subject(self, frame: Frame, before: int) -> Source | None:
        """The nearest name or pronoun before ``before`` that opens a clause (at the frame's start, or after a
        comma, dash or "that"): the subject a coordinated verb shares."""
        for p in range(before - 1, frame.first - 1, -1):
            if self.quote_of[p] >= 0:
                continue
            e = self.entity_from.get(p)
            if e is not None and e.label in SOURCE_LABELS:
                a, b = self.index.token_range(e.start, e.end)
                group = self.modified_group(b, before, frame.first) if e.label not in NAME_LABELS else None
                if group is not None and (group.first == frame.first or self.words[group.first - 1] in
                                          self.clause_openers) and not self._reported(group.first):
                    return group  # "The Democratic nominee outlined ... and vowed": the group, not "Democratic"
                outer = self.title_chain_start(a, frame.first)
                if outer > frame.first and e.label == "ORG" and self.words[outer - 1] in self.fw.determiners:
                    outer -= 1  # "In June, the American Bar Association completed ... and deemed"
                opener = self.entity_from.get(frame.first)
                if outer - 1 == frame.first and opener is not None and opener.label == "NAME" and e.label == "PERSON":
                    outer = frame.first  # "Presumptive Democratic nominee Jo Hale ... and said": a capital modifier
                elif outer - 1 > frame.first and e.label == "PERSON" and self.words[outer - 1].endswith("-year-old"):
                    outer -= 1  # "In Dayton, 62-year-old Ann Dale railed against ... and explained": her age
                if (outer == frame.first or self.words[outer - 1] in self.clause_openers) and not self._reported(outer):
                    owned = self._owned_role(b, frame) if b < before else -1
                    if b < owned <= before:  # "Trump's campaign expanded its ad buys and announced": the campaign
                        return Source(first=outer, last=owned, kind="description")
                    return Source(first=a, last=b, kind="entity", entity=e, outer=outer)
            elif self.words[p] in self.fw.subject_pronouns and (
                p == frame.first or self.words[p - 1] in self.clause_openers
            ) and not self._reported(p):
                return Source(first=p, last=p + 1, kind="pronoun")
        # "Prosecutors went after the firms ..., and accused them of ...": a described subject opening the frame
        head = next((j for j in range(frame.first, min(before, frame.first + 4))
                     if self.words[j] in self.lexicon.source_nouns), None)
        if head is not None and (head + 1 >= frame.last or self.words[head + 1] not in self.lexicon.source_nouns):
            found = self.description_ending_at(head, frame.first)
            if found is not None and found.first == frame.first:
                return self.with_body(found, before)  # "A spokesman for Harbor Networks declined ... but said"
        return None

    def frame_subject(self, frame: Frame, before: int) -> Source | None:
        """The frame's subject, standing for a participle's: its first name, else pronoun or other source."""
        fallback: Source | None = None
        head = next((j for j in range(frame.first, min(frame.last, frame.first + 8))
                     if self.words[j] in self.lexicon.source_nouns and self.tokens[j].text.islower()), None)
        if head is not None and head >= frame.first + 4 and not self.owned_head(frame.first, head):
            head = None
        if head is not None and self.words[frame.first] in self.fw.determiners and head < before:
            # "A spokeswoman for the House Armed Services Committee emailed ..., arguing"
            last = head + 1
            nouns = self.lexicon.source_nouns
            while last < frame.last and self.tokens[last].text.islower() and self.words[last] in nouns \
                    or last + 1 < frame.last and self.words[last] in {"'s", "’s"} and self.words[last + 1] in nouns:
                last += 1  # "a campaign spokeswoman", "the governor's office"
            named = self.entity_from.get(last)
            if named is not None and named.label in NAME_LABELS:  # "The Republican candidate Jo Hale ..., saying"
                a, b = self.index.token_range(named.start, named.end)
                return Source(first=a, last=b, kind="entity", entity=named, outer=frame.first)
            apposed = self.preposed_description(last, frame, before)
            if apposed is not None:
                return apposed
            if last + 1 < frame.last and self.words[last] in self.fw.source_prepositions:
                named = self.entity_from.get(last + 1) or self.entity_from.get(last + 2)
                if named is not None and named.label in SOURCE_LABELS:
                    last = self.index.token_range(named.start, named.end)[1]
            return Source(first=frame.first, last=last, kind="description")
        start = frame.first
        opener = self.entity_from.get(start)
        once = opener is not None and len(getattr(self.people.at(opener.start), "mentions", ())) <= 1
        if once and opener is not None and opener.label == "NAME" and self.words[start].endswith(("ed", "ing", "ly")):
            # "Chastened by the polls, Smith ...": a participle, not a name the article uses again
            start = next((j + 1 for j in range(start, min(before, start + 25)) if self.words[j] == ","), start)
        main = main_clause_start(self.index, frame)  # 'When X noted Y calls it "a tax," Dale ..., repeating'
        start = main if start < main < before else opening_clause_end(self.index, start, before)  # ("While ...")
        reach = start + 12
        place: Source | None = None
        for k in range(start, min(before, start + 30)):
            if k >= reach:
                break
            if self.quote_of[k] >= 0:
                continue
            e = self.entity_from.get(k)
            if e is not None and e.label != "PERSON" and self._place_of_adverbial(k, frame):
                reach = max(reach, k + 12, opening_setting_end(self.index, frame, k, before) + 4)
                # "At a speech in Gettysburg, Pa., Trump lit into ...": the place is no subject
                a, b = self.index.token_range(e.start, e.end)
                place = place or Source(first=a, last=b, kind="entity", entity=e)  # unless no other is found
                continue
            if e is not None and e.label in SOURCE_LABELS:
                a, b = self.index.token_range(e.start, e.end)
                if e.label in {"NORP", "GPE"} and b < frame.last and self.tokens[b].text.islower() \
                        and self.words[b] in self.lexicon.source_nouns:
                    return Source(first=a, last=b + 1, kind="description")  # "Chinese officials rebuffed ..."
                title = self.entity_from.get(b) if e.label in {"NORP", "GPE", "ORG"} else None
                if title is not None and title.label == "TITLE":  # "The former Republican presidential candidate"
                    last = self.index.token_range(title.start, title.end)[1]
                    named = self.entity_from.get(last)
                    if named is None or named.label not in NAME_LABELS:
                        return Source(first=self.title_chain_start(a, frame.first), last=last, kind="description")
                ahead = self._person_ahead(b, frame) if b < frame.last and self.words[b] in {"'s", "’s"} else None
                if ahead is not None:  # "Jane Smith's campaign manager Tom Brown said ..., arguing": Brown
                    return attrs.evolve(ahead, outer=self.title_chain_start(a, frame.first))
                owned = self._owned_role(b, frame)
                if owned > b:  # "Gary Johnson's doctor is calling ...": the doctor
                    return Source(first=self.title_chain_start(a, frame.first), last=owned, kind="description")
                source = Source(first=a, last=b, kind="entity", entity=e, outer=self.title_chain_start(a, frame.first))
                known = self.people.at(e.start)
                if e.label == "PERSON" or e.label == "NAME" and (k > frame.first or known is not None and known.named):
                    return source
                fallback = fallback or source
            elif self.words[k] in self.fw.subject_pronouns and fallback is None:
                return Source(first=k, last=k + 1, kind="pronoun")
            elif e is None and fallback is not None and (k in self.cue_set or self._verb(k)):
                break  # the frame's verb: its subject came before ("The panel is filing a suit with X's board, saying")
        return fallback or place

    def quoting_predicate(self, frame: Frame, before: int) -> tuple[int, Source] | None:
        """The cue verb of a frame whose subject opens it, when the verb comes before token ``before``:
        the predicate a quoted fragment may belong to ('Manafort dismissed the kerfuffle as "absurd"')."""
        subject = self.opening_subject(frame, min(before, frame.first + 8))
        if subject is None:
            return None
        v = subject.last
        if v < before and self.words[v] == ",":  # "Christie, who has campaigned ..., blasted"
            close = next((j for j in range(v + 1, min(before, v + 30)) if self.words[j] == ","), None)
            if close is None:
                return None
            v = close + 1
        while v < before and (self.words[v] in self.fw.between
                              or self.words[v].endswith("ly") and self.tokens[v].text.islower()):
            v += 1
        if v >= before or self.quote_of[v] >= 0:
            return None
        if not self.tokens[v].text.islower() or self.words[v] not in self.lexicon.cue_forms:
            return None
        return v, subject

    def quoted_as(self, cue: CueMatch, frame: Frame) -> Source | None:
        """The speaker of a participle cue after "as" in "Y quoted X as saying" (X) or "X was quoted as saying" (the
        subject), or None when the words before "as" are neither."""
        k = cue.first - 2
        named = self.entity_at.get(k)
        if named is not None and named.label in NAME_LABELS:
            a, b = self.index.token_range(named.start, named.end)
            outer = self.title_chain_start(a, frame.first)
            if outer - 1 >= frame.first and self.words[outer - 1] == "quoted":
                return Source(first=a, last=b, kind="entity", entity=named, outer=outer)
        if self.words[k] == "quoted" and k - 1 >= frame.first and self.words[k - 1] in self.fw.passive_auxiliaries:
            return self.clause_subject(frame, k - 1)
        return None

    def opening_subject(self, frame: Frame, reach: int) -> Source | None:
        """The subject opening a frame: a pronoun, or a name (titles before it) starting before token ``reach``.
        Found once per frame and reach: a frame may hold many quotations, each asking."""
        key = (frame.first, reach)
        if key in self.opening_subjects:
            return self.opening_subjects[key]
        k = frame.first
        subject: Source | None = None
        if self.words[k] in self.fw.subject_pronouns:
            subject = Source(first=k, last=k + 1, kind="pronoun")
        else:
            for j in range(k, reach):
                e = self.entity_from.get(j)
                if e is not None and e.label in SOURCE_LABELS:
                    a, b = self.index.token_range(e.start, e.end)
                    if self.title_chain_start(a, frame.first) == frame.first:
                        subject = Source(first=a, last=b, kind="entity", entity=e, outer=frame.first)
                    break
        self.opening_subjects[key] = subject
        return subject

    def colon_source(self, q: Quotation, frame: Frame) -> Source | None:
        """The speaker of a quotation introduced by a colon: 'Clinton: "..."', 'X gave it a whirl: "..."'."""
        k = bisect.bisect_left(self.starts, q.open_mark) - 1
        if k < frame.first or self.words[k] != ":" or self.quote_of[k] >= 0:
            return None
        named = self.entity_at.get(k - 1)
        if named is not None and named.label in SOURCE_LABELS:  # "Clinton: ..."
            a, b = self.index.token_range(named.start, named.end)
            if a == frame.first or self.quote_of[a - 1] >= 0 or not self.words[a - 1][:1].isalnum():
                return Source(first=a, last=b, kind="entity", entity=named)
        return self.frame_subject(frame, k)

    def negated_auxiliary(self, k: int) -> bool:
        """Whether token ``k`` is a negative contraction: "hasn't", "can’t" (one token, embedded), "n't" (stanza)."""
        return self.words[k].endswith(("n't", "n’t")) and self.tokens[k].text.islower()
