"""Attribute statements: link quotations and reported clauses to cues and speakers.

The stage works on *frames*: sentences joined where a quotation runs across
them, so that ``"A. B," he said.`` is one frame. In each frame every cue looks
for its source (the subject before it, the inverted subject after it, the
source after ``according to``, the clause subject for a participle) and for its
content:

- a quotation next to the cue and its source is a **direct** statement
  (``"A," he said, "B."``, ``X said: "A"``, ``"A," said X``);
- otherwise the reported clause after the cue (``said that ...``) or before
  it (``..., X said.``) is the content, **mixed** when it holds quoted words,
  **indirect** when not.

Quotations left over are continuation quotes (the previous speaker's), quoted
fragments of a speaker's words in a frame with a cue (mixed), or terms: names,
labels and scare quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotetrack.budget import check_budget
from quotetrack.attribution.cues import CueMatch, find_cues
from quotetrack.document import Document, Entity
from quotetrack.lexicon import Lexicon
from quotetrack.attribution.quotations import Quotation
from quotetrack.attribution.people import People

__all__ = ["Attribution", "Frame", "Source", "attribute"]

# Words that may stand between a subject and its cue: "Wang has also said", "he later told".
_BETWEEN = frozenset(
    "has have had also later then would will again previously once repeatedly publicly further recently "
    "quickly simply just not never did does do is was were are been had already earlier often privately "
    "separately initially ultimately reportedly subsequently flatly angrily immediately may might could "
    "should can must first often still long now even since".split()
)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_PERIODS = frozenset({"week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"})
_CLAUSE_OPENERS = frozenset({",", ";", "-", "—", "–", "that"} | set(
    "when after before because since while although though if once until as".split()))
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_PREPOSITIONS = frozenset(
    "in on at for to from with about by of into over after before during since under against among "
    "between through via per upon without within toward towards as like".split()
)
_DETERMINERS = frozenset("the a an this that these those his her their its our my your some many several "
                         "one two three four five most all both each another other no".split())
_CLAUSE_STARTERS = _DETERMINERS | _SUBJECT_PRONOUNS | frozenset(
    "there here if whether what why how when where who which nobody everyone everybody nothing "
    "something anyone none one any we".split()
)
# Cues whose content may be an infinitive: "vowed to fight", "urged Congress to act".
_TO_COMPLEMENTS = frozenset("promise vow pledge threaten urge ask tell warn offer refuse decline agree demand "
                            "call plan encourage advise caution instruct order claim".split())
_CONJUNCTIONS = frozenset("and or but nor yet so then than".split())
_MAX_CLAUSE = 120  # tokens: a reported clause longer than this is not one clause
_OF_SOURCE = frozenset("for of at from to with in".split())  # "a spokesman for X", "people close to X"
_PLURAL_DETERMINERS = frozenset("several many these those two three four five some both few".split())
_DANGLING = frozenset("to about of out up for against that into upon over back by".split())
# "Some believe", "Others say", "Someone called it ..."
_QUANTIFIERS = frozenset("some others many most few several both someone somebody everyone everybody nobody".split())
# Cues whose object is the person addressed, not the words: "told reporters (that) ...".
_ADDRESSED = frozenset("tell assure inform remind brief notify".split())
_NAMING = frozenset("call name dub title label term nickname brand".split())
_QUOTED_ONLY = frozenset({"refer to"})  # cues that report words only when they quote them
_AUXILIARIES = frozenset("will would can could should may might must did does do to shall".split())
_FINITE = frozenset("has have had is are was were".split())
_PARTICLES = frozenset("up off down away out".split())  # "show up", "show off": no longer verbs of saying
_DASHES = frozenset({"—", "–", "-", "--"})
_CLAUSE_JOINTS = _DASHES | frozenset({",", "and", "but", "or", "while", "whereas", "("})  # where a clause may end
_WH = frozenset("which who whom whose".split())  # relative pronouns
_RELATIVES = _WH | frozenset("where when while whereas because if".split())  # words that open a clause
_CLAUSE_BREAKS = frozenset("but while although though whereas which".split())  # after a comma, a new clause
_NAME_LABELS = frozenset({"PERSON", "NAME"})
_SOURCE_LABELS = frozenset({"PERSON", "NAME", "ORG", "GPE", "NORP"})
_QUOTE_CHARS = frozenset("\"“”„«»‘’'`‚‹›")
_CLOSING_MARKS = "\"”’'»,; "


@attrs.frozen(kw_only=True)
class Frame:
    """Sentences joined by a quotation running across them: ``[first, last)`` tokens."""

    first: int
    last: int
    paragraph: int


@attrs.frozen(kw_only=True)
class Source:
    """The words naming a statement's source, as a token range ``[first, last)``.

    ``kind`` is ``entity`` (a name), ``pronoun``, ``description`` (``"Chinese
    officials"``) or ``inherited`` (the subject of the frame, for a participle).
    """

    first: int
    last: int
    kind: str
    entity: Entity | None = None
    outer: int = -1  # first token of the whole subject phrase, titles included ("Foreign Minister Wang Yi")

    @property
    def phrase_first(self) -> int:
        """First token of the subject phrase, titles included."""
        return self.first if self.outer < 0 else self.outer


@attrs.frozen(kw_only=True)
class Attribution:
    """A statement before speakers are resolved.

    ``continues`` is the index of the attribution whose speaker a continuation
    quote takes; ``source`` is None for those.
    """

    start: int
    end: int
    kind: str
    cue: CueMatch | None
    source: Source | None
    quoted: tuple[tuple[int, int], ...] = ()
    continues: int | None = None
    paragraph: int = 0


class _Reader:
    """The state of one attribution pass over one document (private helper)."""

    def __init__(self, document: Document, quotations: Sequence[Quotation], lexicon: Lexicon, people: People) -> None:
        self.document = document
        self.people = people
        self.text = document.text
        self.tokens = document.tokens
        self.lexicon = lexicon
        self.words = [t.text.lower() for t in self.tokens]
        self.starts = [t.start for t in self.tokens]
        self.quotes = [q for q in quotations if q.depth == 0]
        self.nested = [q for q in quotations if q.depth > 0]
        self.quote_opens = [q.open_mark for q in self.quotes]
        self.quote_of = self._quote_membership()
        self.entity_at = self._entity_index()
        self.entity_from = {self.token_range(e.start, e.end)[0]: e for e in document.entities}
        self.paragraph_starts = [p[0] for p in document.paragraphs]
        self.has_parse = document.has_parse
        self.cue_starts: set[int] = set()  # filled by attribute() once the cues are found
        self.children: dict[int, list[int]] = {}
        if self.has_parse:
            for k, token in enumerate(self.tokens):
                if token.head is not None:
                    self.children.setdefault(token.head, []).append(k)

    # -- indexing ---------------------------------------------------------------------------
    def _quote_membership(self) -> list[int]:
        """For each token, the index of the depth-0 quotation containing it (marks included), or -1."""
        member = [-1] * len(self.tokens)
        tokens = self.tokens
        for qi, q in enumerate(self.quotes):
            a = bisect.bisect_left(self.starts, q.open_mark)
            b = bisect.bisect_left(self.starts, q.close_mark)
            # A nested quotation closing with its parent leaves a stray mark token glued to the close.
            for _ in range(2):  # at most the marks of one nested closing quotation
                if b < len(tokens) and tokens[b].start == tokens[b - 1].end and all(
                    c in _QUOTE_CHARS for c in tokens[b].text
                ):
                    b += 1
            for i in range(a, b):
                member[i] = qi
        return member

    def _entity_index(self) -> dict[int, Entity]:
        """Token index of the last token of each entity -> the entity."""
        index: dict[int, Entity] = {}
        for e in self.document.entities:
            k = bisect.bisect_left(self.starts, e.end) - 1
            if k >= 0:
                index[k] = e
        return index

    def after_comma(self, k: int) -> bool:
        """Whether token ``k`` follows a comma or dash, perhaps inside a closing quotation mark."""
        before = self.text[max(0, self.tokens[k].start - 4) : self.tokens[k].start].rstrip()
        before = before.rstrip("\"”’'»")
        return before.endswith((",", "—", "–"))

    def title_chain_start(self, first: int, frame_first: int) -> int:
        """Extend a name leftwards over the titles, organisations and demonyms written before it."""
        k = first
        while k - 1 >= frame_first:
            e = self.entity_at.get(k - 1)
            if e is not None and (e.label in {"TITLE", "ORG", "NORP", "GPE"} or (
                e.label in _NAME_LABELS and k < first and (
                    self.words[k] in {"'s", "’s"}
                    or self.entity_from.get(k) is not None and self.entity_from[k].label == "TITLE"
                )
            )):  # "Cruz spokesman Rick Tyler", "Ms. Merkel's spokesman": the name modifies the title
                k = min(k - 1, self.token_range(e.start, e.end)[0])  # an entity starting mid-token: still a step
            elif self.words[k - 1] in {"'s", "’s"} or (self.words[k - 1] in _DETERMINERS and k < first):
                k -= 1
            else:
                break
        return max(k, frame_first)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)

    def frames(self, cue_set: set[int]) -> list[Frame]:
        """Join sentences that a closed quotation runs across, and ``"Q?" X asked.`` pairs."""
        frames: list[Frame] = []
        for s in self.document.sentences:
            if s.last_token <= s.first_token:
                continue
            if frames:
                prev = frames[-1]
                q = self.quote_of[s.first_token]
                if q >= 0 and q == self.quote_of[prev.last - 1] and self.quotes[q].closed:
                    frames[-1] = attrs.evolve(prev, last=s.last_token)
                    continue
                closing = self.quote_of[prev.last - 1]
                # The cue may follow a subject with an apposition: '"Q?" Miller, a retired worker, said.'
                window = 14 if "," in self.words[s.first_token : s.first_token + 4] else 6
                if (
                    closing >= 0 and self.tokens[prev.last - 1].end == self.quotes[closing].close_mark
                    and self.quote_of[prev.first] >= 0  # the previous frame opens with a quotation
                    and self.paragraph_of(s.start) == prev.paragraph
                    and any(t in cue_set for t in range(s.first_token, min(s.last_token, s.first_token + window)))
                    and all(self.quote_of[t] < 0
                            for t in range(s.first_token, min(s.last_token, s.first_token + window)))
                ):
                    frames[-1] = attrs.evolve(prev, last=s.last_token)
                    continue
            frames.append(Frame(first=s.first_token, last=s.last_token, paragraph=self.paragraph_of(s.start)))
        return frames

    # -- sources ----------------------------------------------------------------------------
    def _entity_ending_at(self, k: int, first: int) -> Source | None:
        e = self.entity_at.get(k)
        if e is None or e.label not in _SOURCE_LABELS:
            return None
        a, b = self.token_range(e.start, e.end)
        if a < first:
            return None
        return Source(first=a, last=b, kind="entity", entity=e)

    def _description_ending_at(self, k: int, first: int) -> Source | None:
        """A described source: "Chinese officials", "a senior official", "the airline", "Sanders' team"."""
        word = self.words[k]
        known = word in self.lexicon.source_nouns
        if not word.replace("-", "").isalpha() or word in _BETWEEN or word in _PREPOSITIONS or word in _DETERMINERS \
                or word in self.lexicon.pronouns or word in _CONJUNCTIONS:
            return None
        if not self.tokens[k].text.islower() and k != first and not (  # "Officials said" opens a sentence
            known and self.words[k - 1] == ","  # "Moreover, Democrats say"
        ) and not (
            k - 1 >= first and self.words[k - 1] in _DETERMINERS | {"senior", "top", "former"}
            and self.entity_at.get(k) is None or known and k - 2 >= first and self.words[k - 2] in _DETERMINERS
        ):  # "one senior Democrat said"
            return None
        a = k
        determined = False
        while a - 1 >= first and a > k - 6:
            w = self.tokens[a - 1].text
            if w.lower() in _DETERMINERS or w in {"'s", "’s", "'", "’"}:
                determined = True
                a -= 1
                if w.lower() in _DETERMINERS:
                    break
                continue
            if not w[:1].isalpha() or w.lower() in _PREPOSITIONS or w.lower() in _BETWEEN or self.quote_of[a - 1] >= 0 \
                    or w.lower() in self.lexicon.cue_forms or w.lower() in _RELATIVES:
                break
            a -= 1
        if not known and not determined:
            return None
        if determined and self.words[a] in {"'s", "’s", "'", "’"}:  # "Sanders' team": take the owner's name too
            owner = self.entity_at.get(a - 1)
            if owner is not None:
                a = self.token_range(owner.start, owner.end)[0]
        return Source(first=max(a, first), last=k + 1, kind="description")

    def _skip_time_phrase(self, k: int, first: int) -> int:
        """Step back over a time phrase ending at ``k``: "on Tuesday", "Tuesday", "last week"."""
        if k >= first and self.words[k] in _WEEKDAYS:
            k -= 1
            if k >= first and self.words[k] == "on":
                k -= 1
        elif k - 1 >= first and self.words[k] in _PERIODS and self.words[k - 1] in {"last", "this", "earlier"}:
            k -= 2
        return k

    def source_before(self, cue: CueMatch, frame: Frame) -> Source | None:
        """The subject written before the cue, skipping auxiliaries and an appositive."""
        k = cue.first - 1
        while k >= frame.first and (self.words[k] in _BETWEEN or (
            self.words[k].endswith("ly") and self.tokens[k].text.islower() and cue.first - k <= 3
        ) or self.words[k] in {"'s", "’s"} and k > frame.first and self.words[k - 1] in _SUBJECT_PRONOUNS):
            k -= 1  # "he has also said", "she's said"
        k = self._skip_time_phrase(k, frame.first)
        titled = k >= frame.first and self.quote_of[k] >= 0 and self.quoted_text(self.quote_of[k]).endswith(",") \
            and len(self.quoted_text(self.quote_of[k]).split()) <= 4  # 'X, host of "Morning Talk," said'
        if k < frame.first or self.quote_of[k] >= 0 and not titled:
            return None
        if self.words[k] == "and" and k > frame.first and self.tokens[cue.first].text.islower() \
                and not self.words[cue.first].endswith("ing"):
            # "McConnell embraced the mogul and said ...": the coordinated verb shares the clause's subject
            return self.clause_subject(frame, k)
        if self.words[k] == ")":  # "Gov. Phil Bryant (R) said"
            j = k
            while j > frame.first and self.words[j] != "(" and k - j < 8:
                j -= 1
            k = j - 1
            if k < frame.first:
                return None
        if self.words[k] == "," or titled:  # "Hua, a spokeswoman for the ministry, said"
            j = k - 1
            while j > frame.first and k - j < 25 and (
                self.quote_of[j] < 0 and self.words[j] != ","
                or self.quote_of[j] >= 0 and len(self.quoted_text(self.quote_of[j]).split()) <= 4
            ):
                j -= 1
            if j <= frame.first or self.words[j] != "," or self.quote_of[j] >= 0:
                return None
            inner = self.words[j + 1 : k]
            if inner[:1] != ["who"] and any(w in self.lexicon.cue_forms and w not in self.lexicon.source_nouns
                                            for w in inner[1:2]):
                return None  # "Trump, she said, is ..." is no apposition; "Brown, who calls him ..., said" is
            named = self.entity_at.get(k - 1)
            a, b = self.token_range(named.start, named.end) if named is not None else (-1, -1)
            if named is not None and named.label in _NAME_LABELS and a == j + 1:
                # "the White House spokesman, Josh Earnest, said": the name in the apposition
                return Source(first=a, last=b, kind="entity", entity=named,
                              outer=self.title_chain_start(j, frame.first))
            k = j - 1
            if k - 2 >= frame.first and self.words[k][:1].isdigit() and self.words[k - 1] == ",":
                k -= 2  # "Ramil Carr, 31, a Philadelphia photographer, said"
        if self.words[k] in _SUBJECT_PRONOUNS:
            return Source(first=k, last=k + 1, kind="pronoun")
        if self.words[k] in _QUANTIFIERS and (k == frame.first or not self.words[k - 1].isalpha()):
            return Source(first=k, last=k + 1, kind="description")
        source = self._entity_ending_at(k, frame.first) or self._description_ending_at(k, frame.first)
        if source is not None and source.kind == "entity" and source.entity is not None \
                and source.entity.label == "GPE" and source.first - 2 >= frame.first \
                and self.words[source.first - 1] == "of":
            person = self._entity_ending_at(source.first - 2, frame.first)
            if person is not None and person.entity is not None and person.entity.label in _NAME_LABELS:
                source = person  # "Senator Jane Smith of Ohio said": the senator speaks, not the state
        if source is not None and source.kind == "entity":
            source = attrs.evolve(source, outer=self.title_chain_start(source.first, frame.first))
        if source is not None and source.kind == "entity" and source.entity is not None \
                and source.first - 1 > frame.first and self.words[source.first - 1] in _OF_SOURCE:
            # "a spokesman for the State Department said", "people close to Clinton say": the head speaks.
            h = source.first - 2
            if h > frame.first and self.words[h] in {"close", "familiar", "loyal", "near", "allied", "tied"}:
                h -= 1
            head = self._description_ending_at(h, frame.first) if h >= frame.first else None
            if head is not None and self.words[h] in self.lexicon.source_nouns:
                organisation = source.entity if source.entity.label in {"ORG", "GPE"} else None
                return Source(first=head.first, last=source.last, kind="description", entity=organisation)
        return source

    def source_after(self, position: int, frame: Frame) -> Source | None:
        """The subject written right after a cue: "said Wang", "said Chinese Foreign Minister Wang Yi",
        "said one Republican involved in the planning"."""
        source = self._source_after(position, frame)
        if position >= frame.last or self.words[position] not in _DETERMINERS:
            return source
        end = self._phrase_end(position, frame)
        if source is not None and source.kind == "entity" and source.entity is not None \
                and source.entity.label in _NAME_LABELS and not any(
                    self.words[t] in _PREPOSITIONS for t in range(position, source.first)):
            return source  # "said the former president, Bill Clinton"
        if end - position < 2:
            return source
        organisation = source.entity if source is not None and source.entity is not None \
            and source.entity.label in {"ORG", "GPE"} else None
        return Source(first=position, last=end, kind="description", entity=organisation)

    def _phrase_end(self, k: int, frame: Frame) -> int:
        """End of a noun phrase with its modifiers: "one Republican involved in the planning"."""
        j = k + 1
        while j < frame.last and j < k + 14 and self.quote_of[j] < 0:
            w = self.words[j]
            initial = w == "." and len(self.words[j - 1]) == 1 and self.tokens[j - 1].text.isupper()  # "George W."
            if not initial and w in {",", ".", ";", ":", "(", "—", "–", "-", "which", "and"} \
                    or (w in self.lexicon.cue_forms and self.tokens[j].text.islower()
                        and w not in self.lexicon.source_nouns):
                break
            j += 1
        return j

    def _source_after(self, position: int, frame: Frame) -> Source | None:
        k = position
        if k < frame.last and self.words[k] in _SUBJECT_PRONOUNS:
            return Source(first=k, last=k + 1, kind="pronoun")
        if k < frame.last and self.tokens[k].text.islower() and self.words[k].replace("-", "").isalpha() \
                and self.words[k] not in _PREPOSITIONS and self.words[k] not in _DETERMINERS:
            ahead = self._person_ahead(k, frame, reach=7)  # "said former South Carolina Gov. Jim Hodges"
            if ahead is not None:
                return attrs.evolve(ahead, outer=k)
        best: Source | None = None
        j = k
        while j < frame.last and j < k + 10 and self.quote_of[j] < 0:
            e = self.entity_from.get(j)
            if e is not None:
                a, b = self.token_range(e.start, e.end)
                nxt = self.entity_from.get(b)
                if e.label in _NAME_LABELS and a > k and self.words[k] in _DETERMINERS and b < frame.last \
                        and self.tokens[b].text.islower() and self.words[b] in self.lexicon.source_nouns:
                    return Source(first=k, last=b + 1, kind="description")  # "according to the Trump campaign"
                if e.label in _NAME_LABELS and not (nxt is not None and nxt.label == "TITLE"):
                    ahead = self._person_ahead(b, frame) if e.label == "NAME" else None
                    if ahead is not None:  # "said Judicial Watch President Tom Fitton"
                        return attrs.evolve(ahead, outer=k)
                    return Source(first=a, last=b, kind="entity", entity=e, outer=k)
                if e.label in _SOURCE_LABELS:
                    ahead = self._person_ahead(b, frame) if e.label in {"GPE", "NORP", "ORG"} else None
                    if ahead is not None:  # "said Idaho billionaire Frank VanderSloot"
                        return attrs.evolve(ahead, outer=k)
                    best = Source(first=a, last=b, kind="entity", entity=e, outer=k)
                elif e.label != "TITLE":
                    break
                elif b + 1 < frame.last and self.words[b] == "and" and self.entity_from.get(b + 1) is not None:
                    j = b + 1  # "said lobbyist and GOP strategist Charlie Black"
                    continue
                elif self.tokens[a].text.islower() and self.words[k] in _DETERMINERS and not (
                    b < frame.last and self.entity_from.get(b) is not None
                ):  # "said a longtime adviser to both Clintons"
                    return Source(first=k, last=b, kind="description", entity=best.entity if best else None)
                j = max(j + 1, b)
                continue
            w = self.words[j]
            determined = self.words[k] in _DETERMINERS
            if w in self.lexicon.source_nouns and self.tokens[j].text.islower() and (determined or j == k):
                while j + 1 < frame.last and self.tokens[j + 1].text.islower() and (
                    self.words[j + 1] in self.lexicon.source_nouns or self.words[j + 1] in self.lexicon.title_words
                ):  # "one former senior agency official"
                    j += 1
                named = self.entity_from.get(j + 2) if j + 2 < frame.last and self.words[j + 1] == "," else None
                if named is not None and named.label in _NAME_LABELS:  # "said the bureau's director, James Comey"
                    a, b = self.token_range(named.start, named.end)
                    return Source(first=a, last=b, kind="entity", entity=named, outer=k)
                return Source(first=k, last=j + 1, kind="description", entity=best.entity if best else None)
            adjective = determined and self.tokens[j].text.islower() and w.replace("-", "").isalpha() \
                and w not in _PREPOSITIONS
            if adjective and j > k and (j + 1 >= frame.last or self.words[j + 1] in {",", ".", "who", ";"}):
                # the head noun of "the New York businessman, who ..."
                return Source(first=k, last=j + 1, kind="description", entity=best.entity if best else None)
            ordinal = w[:1].isdigit() and w[-2:] in {"st", "nd", "rd", "th"}  # "1st Lt."
            if w not in _DETERMINERS and w not in {"'s", "’s"} and not adjective and not ordinal:
                break
            j += 1
        return best

    def _person_ahead(self, k: int, frame: Frame, reach: int = 4) -> Source | None:
        """A full name within the next few words, none of them punctuation: the head of a title chain."""
        for j in range(k, min(frame.last, k + reach)):
            if not self.words[j][:1].isalnum() or self.quote_of[j] >= 0:
                return None
            e = self.entity_from.get(j)
            if e is not None and e.label == "PERSON":
                a, b = self.token_range(e.start, e.end)
                return Source(first=a, last=b, kind="entity", entity=e)
        return None

    def parse_subject(self, cue: CueMatch, frame: Frame) -> Source | None:
        """The subject of the cue verb in the dependency parse, when the backend gave one."""
        if not self.has_parse:
            return None
        tokens = self.tokens
        subject = next((k for k in self.children.get(cue.first, ())
                        if frame.first <= k < frame.last and (tokens[k].deprel or "").split(":")[0] == "nsubj"
                        and tokens[k].deprel != "nsubj:pass" and self.quote_of[k] < 0), None)
        if subject is None:
            return None
        if self.words[subject] in _SUBJECT_PRONOUNS:
            return Source(first=subject, last=subject + 1, kind="pronoun")
        for e in self.document.entities:  # a name covering the subject's head word
            a, b = self.token_range(e.start, e.end)
            if a <= subject < b and e.label in _SOURCE_LABELS:
                return Source(first=a, last=b, kind="entity", entity=e, outer=self.title_chain_start(a, frame.first))
        # A described subject: its head word and the words depending on it that precede it ("the senator").
        first = subject
        while first - 1 >= frame.first:
            head = tokens[first - 1].head
            if head is None or not (head == subject or tokens[head].head == subject):
                break
            first -= 1
        return Source(first=first, last=subject + 1, kind="description")

    def clause_subject(self, frame: Frame, before: int) -> Source | None:
        """The nearest name or pronoun before ``before`` that opens a clause (at the frame's start, or after a
        comma, dash or "that"): the subject a coordinated verb shares."""
        for p in range(before - 1, frame.first - 1, -1):
            if self.quote_of[p] >= 0:
                continue
            e = self.entity_from.get(p)
            if e is not None and e.label in _SOURCE_LABELS:
                a, b = self.token_range(e.start, e.end)
                outer = self.title_chain_start(a, frame.first)
                if outer == frame.first or self.words[outer - 1] in _CLAUSE_OPENERS:
                    return Source(first=a, last=b, kind="entity", entity=e, outer=outer)
            elif self.words[p] in _SUBJECT_PRONOUNS and (p == frame.first or self.words[p - 1] in _CLAUSE_OPENERS):
                return Source(first=p, last=p + 1, kind="pronoun")
        return None

    def frame_subject(self, frame: Frame, before: int) -> Source | None:
        """The frame's subject, standing for a participle's: its first name, else pronoun or other source."""
        fallback: Source | None = None
        head = next((j for j in range(frame.first, min(frame.last, frame.first + 4))
                     if self.words[j] in self.lexicon.source_nouns and self.tokens[j].text.islower()), None)
        if head is not None and self.words[frame.first] in _DETERMINERS and head < before:
            # "A spokeswoman for the House Armed Services Committee emailed ..., arguing"
            last = head + 1
            nouns = self.lexicon.source_nouns
            while last < frame.last and self.tokens[last].text.islower() and self.words[last] in nouns \
                    or last + 1 < frame.last and self.words[last] in {"'s", "’s"} and self.words[last + 1] in nouns:
                last += 1  # "a campaign spokeswoman", "the governor's office"
            if last + 1 < frame.last and self.words[last] in _OF_SOURCE:
                named = self.entity_from.get(last + 1) or self.entity_from.get(last + 2)
                if named is not None and named.label in _SOURCE_LABELS:
                    last = self.token_range(named.start, named.end)[1]
            return Source(first=frame.first, last=last, kind="description")
        for k in range(frame.first, min(before, frame.first + 12)):
            if self.quote_of[k] >= 0:
                continue
            e = self.entity_from.get(k)
            if e is not None and e.label in _SOURCE_LABELS:
                a, b = self.token_range(e.start, e.end)
                if e.label in {"NORP", "GPE"} and b < frame.last and self.tokens[b].text.islower() \
                        and self.words[b] in self.lexicon.source_nouns:
                    return Source(first=a, last=b + 1, kind="description")  # "Chinese officials rebuffed ..."
                source = Source(first=a, last=b, kind="entity", entity=e, outer=self.title_chain_start(a, frame.first))
                known = self.people.at(e.start)
                if e.label == "PERSON" or e.label == "NAME" and (k > frame.first or known is not None and known.named):
                    return source
                fallback = fallback or source
            elif self.words[k] in _SUBJECT_PRONOUNS and fallback is None:
                return Source(first=k, last=k + 1, kind="pronoun")
            elif e is None and k in self.cue_starts and fallback is not None:
                break  # the frame's verb: its subject came before
        return fallback

    # -- content ----------------------------------------------------------------------------
    def quoted_text(self, qi: int) -> str:
        """The words of quotation ``qi``, without its marks."""
        return self.text[self.quotes[qi].start : self.quotes[qi].end]

    def quote_starting_at(self, k: int) -> int:
        """Index of the quotation whose opening mark is token ``k``, or -1."""
        q = self.quote_of[k] if 0 <= k < len(self.tokens) else -1
        return q if q >= 0 and self.tokens[k].start == self.quotes[q].open_mark else -1

    def complement_start(self, k: int, frame: Frame, cue: CueMatch, cue_set: set[int]) -> int | None:
        """Where the reported clause after a cue begins, or None when the cue has none."""
        limit = min(frame.last, k + (24 if k < frame.last and self.words[k] in _PREPOSITIONS else 10))
        j = k
        while j < limit and not self.verb_cue(j, cue_set):  # "said in a statement that ...": a noun
            q = self.quote_of[j]
            if q >= 0:  # a programme's or a book's title on the way: 'said on ABC's "This Week" that'
                if not _is_name_like(self.quoted_text(q)):
                    break
                # Jump past the closing mark, but always forward: a mark paired out of order may lie behind j.
                j = max(j + 1, bisect.bisect_left(self.starts, self.quotes[q].close_mark))
                continue
            w = self.words[j]
            if w == "that":
                return j
            if w == ":":
                return j + 1
            if w in {".", ";", "?", "!"}:
                break
            j += 1
        while k < frame.last and self.words[k].endswith("ly") and self.tokens[k].text.islower():
            k += 1  # "said pleasantly into the phone"
        k = self._skip_time_ahead(k, frame.last)
        if cue.lemma in _ADDRESSED and k < frame.last and self.quote_of[k] < 0:
            # "told reporters the vote would fail", "told supporters Tuesday night that ..."
            k = self._skip_time_ahead(self._skip_addressee(k, frame), frame.last)
            if k + 1 < frame.last and self.words[k] == "," and self.quote_of[k + 1] < 0 \
                    and self.words[k + 1] in _SUBJECT_PRONOUNS | _DETERMINERS:
                return k + 1  # "Trump told CNN, his policy would be ..."
            if k >= frame.last or self.words[k] in {",", ".", ";", "in", "on", "at", "during", "after", "before"}:
                return None  # "told The New York Times in 2013."
        if k >= frame.last:
            return None
        w = self.words[k]
        if w == "by" or (k + 1 < frame.last and self.words[k + 1] == "by"):
            return None  # passive: "announced Wednesday by X"
        if self.quote_of[k] >= 0:
            return k
        if w in _PREPOSITIONS and w != "to" or w in {",", ".", ";", ")", "and", "or", "but"}:
            return None
        if w == "to" and cue.lemma not in _TO_COMPLEMENTS:
            return None
        if _opens_clause(w) or w == "to" or self.tokens[k].text[:1].isupper() or w[:1].isdigit():
            return k
        if w in _PARTICLES:
            return None  # "showed up in ...", "pushing out a video"
        if w in {"himself", "herself", "itself", "themselves", "myself", "ourselves"}:
            return None  # "found himself embroiled"
        if w.replace("-", "").isalpha() and self.tokens[k].text.islower() and cue.cls in {"speech", "belief"}:
            return k
        return None

    def _skip_time_ahead(self, k: int, last: int) -> int:
        """Step over a time phrase starting at ``k``: "Tuesday night", "on Monday", "this week", "yesterday"."""
        words = self.words
        if k + 1 < last and words[k] == "on" and words[k + 1] in _WEEKDAYS:
            k += 1
        if k < last and words[k] in _WEEKDAYS:
            k += 1
            return k + 1 if k < last and words[k] in _PERIODS else k
        if k + 1 < last and words[k] in {"this", "last"} and words[k + 1] in _PERIODS:
            return k + 2
        if k < last and words[k] in {"yesterday", "today", "tonight"}:
            return k + 1
        return k

    def _skip_addressee(self, k: int, frame: Frame) -> int:
        """The token after the addressee of "told", "asked", "assured": a name, pronoun or short phrase."""
        if self.words[k] in {"him", "her", "them", "us", "me", "you", "it"}:
            return k + 1
        e = self.entity_from.get(k)
        if e is not None and e.label in _SOURCE_LABELS | {"TITLE"}:
            return self.token_range(e.start, e.end)[1]
        j = k
        if self.words[j] in _DETERMINERS:
            j += 1
        while j < frame.last and j < k + 4 and self.tokens[j].text.islower() and self.words[j].isalpha() \
                and self.words[j] not in _CLAUSE_STARTERS and self.words[j] not in _PREPOSITIONS \
                and self.words[j] not in _AUXILIARIES and self.words[j] != "that":
            if self.words[j] in self.lexicon.source_nouns:  # "reporters", "the audience"
                return j + 1
            j += 1
        return k

    def clause_end(self, start: int, frame: Frame, stop_cues: Sequence[CueMatch]) -> int:
        """The end (exclusive token index) of a reported clause starting at ``start``."""
        end = min(frame.last, start + _MAX_CLAUSE)
        for cue in stop_cues:
            if cue.first >= end:
                break
            if cue.first <= start:
                continue
            if (cue.participle or cue.cls in {"source_after", "speech"}) and self.after_comma(cue.first):
                end = min(end, cue.first)  # "..., saying", "..., according to X", "..., said X"
            elif self.words[cue.first - 1] == "and" and cue.first - 1 > start and self.quote_of[cue.first - 1] < 0 \
                    and cue.cls in {"speech", "response"} and self.tokens[cue.first].text.islower() \
                    and not self.words[cue.first].endswith("ing"):
                end = min(end, cue.first - 1)  # "said it was opposed to the test and warned ...": a verb of its own
        for j in range(start + 1, end):
            if self.quote_of[j] >= 0:
                continue
            w = self.words[j]
            if w == ";" or w == "," and j + 1 < end and self.words[j + 1] in _CLAUSE_BREAKS:
                end = j  # "described it as X, but stopped short of ..."
                break
        while end > start and self.quote_of[end - 1] < 0 and not self.words[end - 1][:1].isalnum():
            end -= 1
        return end

    def quotes_in_object(self, k: int, frame: Frame, cue_set: set[int], reach: int = 16) -> bool:
        """Whether the words after a verb, up to the clause's end, quote words that are not a name."""
        if k >= frame.last or self.words[k] in {",", "—", "–", "-", "(", ")"} or self.words[k] in _PARTICLES:
            return False  # "whose heroism Trump belittled, with ...", "showed up": the verb has no object
        for j in range(k, min(frame.last, k + reach)):
            q = self.quote_starting_at(j)
            if q >= 0:
                return not _is_name_like(self.quoted_text(q))
            if self.quote_of[j] < 0 and (self.words[j] in {".", ";", ":", "?", "!"} or self.verb_cue(j, cue_set)):
                return False
        return False

    def quoting_predicate(self, frame: Frame, before: int) -> tuple[int, Source] | None:
        """The cue verb of a frame whose subject opens it, when the verb comes before token ``before``:
        the predicate a quoted fragment may belong to ('Manafort dismissed the kerfuffle as "absurd"')."""
        k = frame.first
        subject: Source | None = None
        if self.words[k] in _SUBJECT_PRONOUNS:
            subject = Source(first=k, last=k + 1, kind="pronoun")
        else:
            for j in range(k, min(before, k + 8)):
                e = self.entity_from.get(j)
                if e is not None and e.label in _SOURCE_LABELS:
                    a, b = self.token_range(e.start, e.end)
                    if self.title_chain_start(a, frame.first) == frame.first:
                        subject = Source(first=a, last=b, kind="entity", entity=e, outer=frame.first)
                    break
        if subject is None:
            return None
        v = subject.last
        if v < before and self.words[v] == ",":  # "Christie, who has campaigned ..., blasted"
            close = next((j for j in range(v + 1, min(before, v + 30)) if self.words[j] == ","), None)
            if close is None:
                return None
            v = close + 1
        while v < before and (self.words[v] in _BETWEEN
                              or self.words[v].endswith("ly") and self.tokens[v].text.islower()):
            v += 1
        if v >= before or self.quote_of[v] >= 0:
            return None
        if not self.tokens[v].text.islower() or self.words[v] not in self.lexicon.cue_forms:
            return None
        return v, subject

    def opens_clause_at(self, k: int, frame: Frame) -> bool:
        """Whether token ``k`` may open a clause: the frame's start, or after a comma, conjunction or "that"."""
        return k == frame.first or self.words[k - 1] in _CLAUSE_OPENERS or self.words[k - 1] in _CONJUNCTIONS

    def verb_cue(self, k: int, cue_set: set[int]) -> bool:
        """Whether a cue starts at token ``k`` and is a verb: not "the remarks" or "the state's"."""
        before = self.words[k - 1] if k > 0 else ""
        return k in cue_set and before not in _DETERMINERS and before not in {"'s", "’s"}

    def object_end(self, start: int, end: int) -> int:
        """Where a verb's quoting object ends: at its last quotation when a time, a dash or a subordinate
        clause follows ('blasted Clinton as a "disgrace" Wednesday on ...')."""
        last_close = -1
        for j in range(start, end):
            q = self.quote_of[j]
            if q >= 0:
                last_close = j
                continue
            w = self.words[j]
            if last_close >= 0 and j == last_close + 1 and (
                w in {"—", "–", "-", "during", "while", "when", "after", "before", "yesterday", "today"}
                or w in _WEEKDAYS or self._skip_time_ahead(j, end) > j
            ):
                return j
        return end

    def quotes_within(self, start: int, end: int) -> list[int]:
        """Indices of the quotations lying wholly in ``[start, end)``."""
        found = []
        for qi in range(bisect.bisect_left(self.quote_opens, start), len(self.quotes)):
            if self.quotes[qi].open_mark >= end:
                break
            if self.quotes[qi].close_mark <= end:
                found.append(qi)
        return found

    def content_span(self, first: int, last: int) -> tuple[int, int, tuple[tuple[int, int], ...]]:
        """Character span of tokens ``[first, last)`` and the quotations inside it."""
        last = self._quoted_clause_end(first, last)
        while last - 1 > first and self.quote_of[last - 1] < 0 and self.words[last - 1] in {"and", "but", "or", ","}:
            last -= 1  # a clause cut before "and he vowed ..." keeps neither the "and" nor its comma
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        inside = [self.quotes[qi] for qi in self.quotes_within(start, end)]
        quoted = tuple((q.start, q.end) for q in inside)
        return start, end, quoted

    def _quoted_clause_end(self, first: int, last: int) -> int:
        """Where a reported clause that has quoted words ends: before a new clause after them ('that the
        election is "rigged," angering ...', 'called it "unpatriotic," and his aides ...', '"a con" and
        encouraged ...', '"encouraged" by the plan — a modest boost')."""
        quoted = False
        dashes: int | None = None
        for j in range(first, last):
            if self.quote_of[j] >= 0:
                quoted = True
                continue
            if not quoted:
                continue
            w = self.words[j]
            k = j + 1
            q = self.quote_of[j - 1]
            if q >= 0 and self.quoted_text(q).rstrip().endswith(","):
                w, k = ",", j  # '"a terrible mistake," although ...': the comma is inside the marks
            if w not in _CLAUSE_JOINTS:
                continue
            if w in _DASHES:
                if dashes is None:
                    dashes = sum(self.words[t] in _DASHES for t in range(first, last))
                if dashes == 1:
                    return j  # a pair of dashes sets off an aside inside the clause
                continue
            if w in _CLAUSE_BREAKS or w == "(":  # 'called them "rapists" (although ...)'
                return j
            if w == "," and k < last and self.words[k] in {"and", "but", "or"}:
                k += 1
            while k < last and self.words[k].endswith("ly") and self.tokens[k].text.islower():
                k += 1  # ", implicitly putting his name on the line"
            if k >= last or self.quote_of[k] >= 0:
                continue
            nw = self.words[k]
            if w == "," and (nw in _RELATIVES
                             or nw in _PREPOSITIONS and k + 1 < last and self.words[k + 1] in _RELATIVES):
                return j  # ", with whom he argued ...": a relative clause
            if nw.endswith("ing") and self.tokens[k].text.islower() or nw in _SUBJECT_PRONOUNS \
                    or nw in _AUXILIARIES or nw in _FINITE or nw in _CLAUSE_BREAKS \
                    or (w == "," or k > j + 1) and nw in _DETERMINERS:
                return j
        return last


def _reported_clause_end(r: _Reader, start: int, frame: Frame, later: Sequence[CueMatch]) -> int:
    """The end of a reported clause starting at ``start``, before the subject of a later cue that opens a
    clause of its own ("said the plan was dead, and Smith agreed")."""
    end = r.clause_end(start, frame, later)
    for nxt in later:
        nsrc = r.source_before(nxt, frame)
        if nsrc is not None and start < nsrc.phrase_first < end and (
            r.words[nsrc.phrase_first - 1] in {",", ";", "and", "but", "while", "whereas"}
            or r.quote_of[nsrc.phrase_first - 1] >= 0  # '... "a moral stain," Tom Brown told the crowd'
        ):
            end = nsrc.phrase_first
            while end > start and not r.words[end - 1][:1].isalnum() and r.quote_of[end - 1] < 0:
                end -= 1
            break
    return end


def _opens_clause(word: str) -> bool:
    """Whether a lower-case word may open a reported clause: "the", "she", "there", "he'd", "there's"."""
    return word in _CLAUSE_STARTERS or word.replace("’", "'").split("'")[0] in _CLAUSE_STARTERS


def _cues_within(cues: Sequence[CueMatch], begin: int, limit: int) -> list[CueMatch]:
    """The cues from index ``begin`` on that start before token ``limit`` (cues are in text order)."""
    found = []
    for k in range(begin, len(cues)):
        if cues[k].first >= limit:
            break
        found.append(cues[k])
    return found


def _all_quoted(r: _Reader, att: Attribution) -> Attribution:
    """A mixed statement whose reported clause is all quotation is direct: its span is the quoted words."""
    if att.kind != "mixed" or len(att.quoted) != 1:
        return att
    (start, end), = att.quoted
    if any(c.isalnum() for c in r.text[att.start : start] + r.text[end : att.end]):
        return att
    return attrs.evolve(att, start=start, end=end, kind="direct", quoted=())


def _drop_nested(statements: list[Attribution]) -> list[Attribution]:
    """Drop a reported clause lying inside a longer one ("X said [the campaign planned [to ...]]"):
    the outer statement carries those words, the inner attribution is the outer speaker's report."""
    kept: list[Attribution] = []
    cover_end, cover_start = -1, -1  # the longest non-direct span seen so far (statements sorted by start)
    for att in statements:
        inside = att.kind != "direct" and cover_start <= att.start and att.end <= cover_end \
            and (cover_end - cover_start) > (att.end - att.start)
        if not inside:
            kept.append(att)
        if att.kind != "direct" and att.end > cover_end:
            cover_start, cover_end = att.start, att.end
    return kept


def _join_fragments(r: _Reader, statements: list[Attribution]) -> list[Attribution]:
    """Join quoted fragments of one clause ('"ugly," "a shock" and "a fight"') into one mixed statement."""
    joined: list[Attribution] = []
    for att in statements:
        prev = joined[-1] if joined else None
        if prev is not None and att.kind == "mixed" and prev.kind == "mixed" and att.cue is None \
                and prev.end <= att.start and prev.paragraph == att.paragraph:
            gap = r.text[prev.end : att.start]
            words = [w for w in gap.split() if any(c.isalnum() for c in w)]
            if "." not in gap.strip(_CLOSING_MARKS) and len(words) <= 1 \
                    and all(w in {"and", "or", "but"} for w in words):
                joined[-1] = attrs.evolve(prev, end=att.end, quoted=prev.quoted + att.quoted)
                continue
        joined.append(att)
    return joined


def _clause_start(r: _Reader, frame: Frame, k: int, cue_set: set[int], commas: bool = True,
                  relatives: bool = False) -> int:
    """First token of the clause holding token ``k``: after a colon or semicolon; unless ``commas`` is false
    (the whole sentence), after a comma, verb cue or quotation; and after a relative pronoun if ``relatives``."""
    stops = ({",", ";", ":", "—", "("} if commas else {";", ":", "("}) | (_WH if relatives else set())
    j = k
    while j > max(frame.first, k - 60):
        w = r.words[j - 1]
        if w in stops or commas and (r.quote_of[j - 1] >= 0 or r.verb_cue(j - 1, cue_set)):
            break
        j -= 1
    return j


def _fragment_clause(
    r: _Reader, frame: Frame, q: Quotation, cues: Sequence[CueMatch], cue_starts: Sequence[int], cue_set: set[int]
) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """The clause around a quoted fragment: from the clause's start (after a comma, cue, relative pronoun or
    another quotation) to its end. Falls back on the fragment alone when the clause would not hold it."""
    a = bisect.bisect_left(r.starts, q.open_mark)
    first = _clause_start(r, frame, a, cue_set, relatives=True)
    later = _cues_within(cues, bisect.bisect_left(cue_starts, a), a + _MAX_CLAUSE)
    end = max(_reported_clause_end(r, a, frame, later), bisect.bisect_left(r.starts, q.close_mark))
    start, end, quoted = r.content_span(first, end)
    if (q.start, q.end) not in quoted:
        return q.start, q.end, ((q.start, q.end),)
    return start, end, quoted


def _predicate_span(
    r: _Reader, frame: Frame, q: Quotation, cues: Sequence[CueMatch], cue_starts: Sequence[int]
) -> tuple[int, int, tuple[tuple[int, int], ...], CueMatch, Source] | None:
    """The object of the frame's verb when it holds quotation ``q`` (see :meth:`_Reader.quoting_predicate`):
    its character span, the quotations inside, the verb and the frame's subject."""
    found = r.quoting_predicate(frame, bisect.bisect_left(r.starts, q.open_mark))
    if found is None:
        return None
    v, source = found
    first = v + 1
    later = _cues_within(cues, bisect.bisect_left(cue_starts, first), first + _MAX_CLAUSE)
    start, end, quoted = r.content_span(first, r.object_end(first, r.clause_end(first, frame, later)))
    if (q.start, q.end) not in quoted:
        return None
    lemma, cls = r.lexicon.cue_forms[r.words[v]]
    verb = CueMatch(first=v, last=v + 1, lemma=lemma, cls=cls, participle=r.words[v].endswith("ing"))
    return start, end, quoted, verb, source


def _colon_source(r: _Reader, q: Quotation, frame: Frame) -> Source | None:
    """The speaker of a quotation introduced by a colon: 'Clinton: "..."', 'X gave it a whirl: "..."'."""
    k = bisect.bisect_left(r.starts, q.open_mark) - 1
    if k < frame.first or r.words[k] != ":" or r.quote_of[k] >= 0:
        return None
    named = r.entity_at.get(k - 1)
    if named is not None and named.label in _SOURCE_LABELS:  # "Clinton: ..."
        a, b = r.token_range(named.start, named.end)
        if a == frame.first or r.quote_of[a - 1] >= 0 or not r.words[a - 1][:1].isalnum():
            return Source(first=a, last=b, kind="entity", entity=named)
    return r.frame_subject(frame, k)


def _noun_cue(r: _Reader, cue: CueMatch, source: Source) -> bool:
    """Whether a cue word is a noun heading the described "source" ("a phone call", "the report")."""
    word = r.words[cue.first]
    head = r.words[source.last - 1]
    if word != cue.lemma and word.endswith("s") and r.words[source.first] in _PLURAL_DETERMINERS:
        return True  # "several battleground states could be": a plural subject would take "state"
    return word == cue.lemma and r.words[source.first] in _DETERMINERS and not head.endswith("s")


def _is_name_like(text: str) -> bool:
    words = [w for w in text.replace("-", " ").split() if w[:1].isalnum()]
    if not words or len(words) > 6:
        return False
    small = {"of", "the", "and", "for", "a", "an", "in", "on", "to", "at", "de", "with", "from", "by", "vs", "or"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def _is_statement_like(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if _is_name_like(text) and len(words) <= 8:  # "13 Hours: The Secret Soldiers of Benghazi"
        return False
    stripped = text.rstrip("\"'”’ ")
    if len(words) >= 8:
        return True
    return len(words) >= 3 and stripped[-1:] in {".", "!", "?", "…"} or (len(words) >= 5 and stripped[-1:] == ",")


def attribute(
    document: Document, quotations: Sequence[Quotation], lexicon: Lexicon, people: People
) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """Find the statements of a document, before speakers are resolved.

    Parameters
    ----------
    document : Document
        The annotated article.
    quotations : sequence of Quotation
        Its quotations (:func:`quotetrack.attribution.quotations.find_quotations`).
    lexicon : Lexicon
        Cue verbs and phrases, source nouns.
    people : People
        The article's people (used to tell a name's mention from an outlet's).

    Returns
    -------
    attributions : list of Attribution
        Statements in text order.
    terms : list of (int, int)
        Spans of quoted names and labels that are not statements.
    """
    return _Attributor(_Reader(document, quotations, lexicon, people)).run()


class _Attributor:
    """One attribution pass: the cues of each frame, then the quotations no cue claimed (private helper)."""

    def __init__(self, r: _Reader) -> None:
        self.r = r
        self.cues = find_cues(r.document, [q >= 0 for q in r.quote_of], r.lexicon)
        self.cue_starts = [c.first for c in self.cues]
        self.cue_set = set(self.cue_starts)
        r.cue_starts = self.cue_set
        self.frames = r.frames(self.cue_set)
        self.out: list[Attribution] = []
        self.used: set[int] = set()  # quotations a statement took
        self.described: set[int] = set()  # quotations inside a subject's apposition
        self.frame_sources: dict[int, Source] = {}  # frame -> the source of its first statement
        self.first_free: list[int] = []  # per frame: its first word outside quotations
        self.pending_colon: tuple[CueMatch, Source] | None = None  # 'X said:' ending a frame

    def run(self) -> tuple[list[Attribution], list[tuple[int, int]]]:
        for fi, frame in enumerate(self.frames):
            check_budget()
            self.read_frame(fi, frame)
        self.out.sort(key=lambda s: s.start)
        extra, terms = self.unclaimed()
        r = self.r
        merged = [_all_quoted(r, a) for a in _drop_nested(_join_fragments(r, sorted(self.out + extra,
                                                                                     key=lambda s: s.start)))]
        # Continuation quotes take the speaker of a neighbouring statement.
        result: list[Attribution] = []
        for i, att in enumerate(merged):
            if att.source is None and att.continues is None:
                att = attrs.evolve(att, continues=_continued(merged, i))
            result.append(att)
        return result, sorted(terms)

    def add(self, fi: int, start: int, end: int, kind: str, cue: CueMatch | None, source: Source | None,
            quoted: tuple[tuple[int, int], ...] = ()) -> None:
        """Record a statement of frame ``fi``."""
        if kind == "indirect" and cue is not None and cue.lemma in _QUOTED_ONLY:
            return  # "referred to the committee": such a cue reports words only when it quotes them
        if source is not None:
            self.frame_sources.setdefault(fi, source)
        self.out.append(Attribution(start=start, end=end, kind=kind, cue=cue, source=source, quoted=quoted,
                                    paragraph=self.r.paragraph_of(start)))

    def add_clause(self, fi: int, first: int, end: int, cue: CueMatch, source: Source) -> None:
        """Record the reported clause of tokens ``[first, end)``: mixed if it quotes words, else indirect."""
        s, e, quoted = self.r.content_span(first, end)
        self.used.update(self.r.quotes_within(s, e))
        self.add(fi, s, e, "mixed" if quoted else "indirect", cue, source, quoted)

    # -- one frame ----------------------------------------------------------------------------
    def read_frame(self, fi: int, frame: Frame) -> None:
        r = self.r
        a, b = bisect.bisect_left(self.cue_starts, frame.first), bisect.bisect_left(self.cue_starts, frame.last)
        frame_cues = self.cues[a:b]
        frame_out = len(self.out)  # the statements of this frame start here
        frame_quotes = sorted({r.quote_of[k] for k in range(frame.first, frame.last) if r.quote_of[k] >= 0})
        self.first_free.append(next((t for t in range(frame.first, frame.last)
                                     if r.quote_of[t] < 0 and r.words[t][:1].isalnum()), frame.last))
        if self.pending_colon is not None:
            colon_cue, colon_source = self.pending_colon
            self.pending_colon = None
            if r.quote_starting_at(frame.first) >= 0:
                for qi in frame_quotes:
                    self.add(fi, r.quotes[qi].start, r.quotes[qi].end, "direct", colon_cue, colon_source)
                    self.used.add(qi)
        for ci, cue in enumerate(frame_cues):
            if cue.cls != "source_after":
                self.read_cue(fi, frame, frame_cues, ci, frame_quotes)
        for cue in frame_cues:
            if cue.cls == "source_after" and cue.lemma.startswith(("according", "as ")):
                self.according_to(fi, frame, cue, frame_out)

    def according_to(self, fi: int, frame: Frame, cue: CueMatch, frame_out: int) -> None:
        """'according to X': the statement is the rest of the frame, unless a verb cue already took it."""
        r = self.r
        source = r.source_after(cue.last, frame)
        if source is None:
            return
        if cue.first > frame.first + 1:
            first, end = frame.first, cue.first - (1 if r.words[cue.first - 1] == "," else 0)
        else:
            first = source.last
            while first < frame.last and r.words[first] == ",":
                first += 1
            end = r.clause_end(first, frame, ())
        if end - first < 3:
            return
        s, e, _ = r.content_span(first, end)
        if any(a.start < e and s < a.end for a in self.out[frame_out:]):  # a verb cue of this frame took it
            return
        self.add_clause(fi, first, end, cue, source)

    # -- one cue ------------------------------------------------------------------------------
    def read_cue(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, frame_quotes: list[int]) -> None:
        r = self.r
        cue = frame_cues[ci]
        found = self.cue_source(fi, frame, frame_cues, ci)
        if found is None:
            return
        source, right_subject = found
        after = source.last if right_subject else cue.last
        if not right_subject and not any(r.verb_cue(t, self.cue_set) for t in range(source.last, cue.first)):
            # 'Jane Smith, a strategist for a "super PAC," said': a label in the subject's apposition
            self.described.update(r.quote_of[t] for t in range(source.last, cue.first) if r.quote_of[t] >= 0)
        left_direct = self.quotation_before(fi, frame, cue, source, right_subject)
        found_direct = left_direct is not None
        if self.quotations_after(fi, frame, cue, source, after, found_direct, frame_quotes):
            found_direct, left_direct = True, False
        # '"Q." Reid said both men are ...': a sentence of its own may report a clause too
        clause_only = bool(left_direct) and not right_subject and after < frame.last and r.quote_of[after] < 0 \
            and (_opens_clause(r.words[after]) or cue.lemma in _ADDRESSED)
        if found_direct and not clause_only:
            return
        if not clause_only and r.words[frame.last - 1] == ":" and frame.last - cue.last <= 8 and not any(
            t in self.cue_set for t in range(cue.last, frame.last)
        ):
            self.pending_colon = (cue, source)
            return
        if cue.cls == "response" and not (after < frame.last and r.words[after] in {"that", ":"}):
            self.quoting_object(fi, frame, frame_cues, ci, source, after)
            return
        # The reported clause after the cue: X said (that) ...
        complement = r.complement_start(after, frame, cue, self.cue_set)
        if complement is not None:
            end = _reported_clause_end(r, complement, frame, _cues_within(frame_cues, ci + 1, complement + _MAX_CLAUSE))
            if end - complement >= 2:
                self.add_clause(fi, complement, end, cue, source)
                return
        elif not right_subject and self.quoting_object(fi, frame, frame_cues, ci, source, after):
            return  # 'described them as "closing arguments"'
        if not clause_only:
            self.clause_before(fi, frame, frame_cues, ci, source, right_subject, after)

    def cue_source(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int) -> tuple[Source, bool] | None:
        """The source of a cue and whether it is written after the cue ('said X'); None when the cue
        reports nothing here (a noun, a name, a passive) or was dealt with ('Asked whether ..., X said')."""
        r = self.r
        cue = frame_cues[ci]
        parsed = r.parse_subject(cue, frame)  # the backend's parse knows the subject of the cue verb
        participle_clause = parsed is None and cue.participle and cue.first > frame.first and (
            r.after_comma(cue.first) or r.words[cue.first - 1] in {"by", "while", "after", "before", "when"}
        )
        source = parsed or (None if participle_clause else r.source_before(cue, frame))
        if source is not None and cue.participle and source.kind == "description":
            participle_clause = True  # "issued a statement saying": the statement's issuer speaks
            source = None
        if source is not None and source.kind == "description" and _noun_cue(r, cue, source):
            return None
        if source is not None and source.kind == "description" and cue.lemma in _NAMING and (
            r.quote_starting_at(cue.last) >= 0 or not r.opens_clause_at(source.phrase_first, frame)
        ):  # 'a phenomenon called "differential nonresponse"', 'slammed the loophole called ...' name things
            return None
        if source is not None and source.kind == "entity" and r.words[cue.first] == cue.lemma and not any(
            r.words[t] in _AUXILIARIES for t in range(source.last, cue.first)
        ) and not r.words[source.last - 1].endswith("s"):
            return None  # "the Hillary Clinton email scandal": a singular name takes "emails", not "email"
        right_subject = parsed is not None and parsed.first > cue.first
        before = r.quote_of[cue.first - 1] if cue.first > 0 else -1
        if source is None and not cue.participle and (
            cue.first == frame.first or (r.after_comma(cue.first) or before >= 0)
            and not (before >= 0 and _is_name_like(r.quoted_text(before)))
        ):  # '"Q," said X' but not 'host of "Morning Joe," suggested'
            source = r.source_after(cue.last, frame)
            # Not a passive ("announced Wednesday by X"), nor a pronoun opening the next clause
            # ('Humphrey, who calls him "a fraud," said he doubts ...').
            if source is not None and (source.kind == "pronoun" and cue.first > frame.first or any(
                r.words[t] == "by" for t in range(cue.last, source.first)
            )):
                source = None
            right_subject = source is not None
        if source is None and participle_clause:
            source = self.frame_sources.get(fi) or r.frame_subject(frame, cue.first)
        if source is None and cue.lemma == "ask" and (
            cue.first == frame.first or cue.first - 1 == frame.first
            and r.words[cue.first - 1] in {"when", "after", "once", "if"}
        ):
            self.asked(fi, frame, frame_cues, ci)
            return None
        return None if source is None else (source, right_subject)

    def asked(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int) -> None:
        """'Asked whether he would resign, Priebus said ...': the question was put to the next cue's subject."""
        r = self.r
        cue = frame_cues[ci]
        source = next((src for nxt in frame_cues[ci + 1 :] if (src := r.source_before(nxt, frame))), None)
        if source is None:
            return
        start = r.complement_start(cue.last, frame, cue, self.cue_set)
        end = source.phrase_first - (1 if r.words[source.phrase_first - 1] == "," else 0)
        if start is not None and end - start >= 2:
            s, e, quoted = r.content_span(start, end)
            self.add(fi, s, e, "mixed" if quoted else "indirect", cue, source, quoted)

    def quotation_before(
        self, fi: int, frame: Frame, cue: CueMatch, source: Source, right_subject: bool
    ) -> bool | None:
        """A quotation closing right before the subject ('"Q," X said'), or before the cue ('"Q," said X').

        Returns None when there is none, else whether it ends a sentence of its own ('"Q." X said ...').
        """
        r = self.r
        left_edge = cue.first if right_subject else source.phrase_first
        k = left_edge - 1
        skipped = False
        while k >= frame.first and (r.words[k] in {",", "—"} or (  # "former", "super PAC", "Judicial Watch"
            not right_subject and left_edge - k <= 3 and r.quote_of[k] < 0 and r.words[k].isalpha()
        )):
            skipped = skipped or r.words[k].isalpha()
            k -= 1
        if k < frame.first or r.quote_of[k] < 0 or r.quote_of[k] in self.used:
            return None
        qi = r.quote_of[k]
        q = r.quotes[qi]
        opens_frame = self.first_free[fi] >= k
        words = r.quoted_text(qi)
        if not (r.tokens[k].end >= q.close_mark and (
            opens_frame or _is_statement_like(words) and not right_subject
            or not _is_name_like(words) and (right_subject or words[:1].islower() and not skipped)
        )):
            return None
        if not opens_frame and words[:1].islower():
            # 'With thousands of systems, "there is no single point of failure," he said': the sentence is the
            # reported clause.
            start = r.tokens[_clause_start(r, frame, bisect.bisect_left(r.starts, q.open_mark), self.cue_set,
                                           commas=False)].start
            within = r.quotes_within(start, r.tokens[k].end)
            self.used.update(within)
            self.add(fi, start, r.tokens[k].end, "mixed", cue, source,
                     tuple((r.quotes[qj].start, r.quotes[qj].end) for qj in within))
        else:
            self.add(fi, q.start, q.end, "direct", cue, source)
        self.used.add(qi)
        return words.rstrip("\"'”’ ")[-1:] in {".", "?", "!"}

    def quotations_after(self, fi: int, frame: Frame, cue: CueMatch, source: Source, after: int,
                         found_direct: bool, frame_quotes: list[int]) -> bool:
        """Quotations after the cue: 'X said: "Q"', 'X said, "Q"', '"Q1," X said, "Q2."'. Whether one was found."""
        r = self.r
        j = after
        while j < frame.last and j < after + 16 and r.quote_of[j] < 0 and r.words[j] not in {".", ";"}:
            if j > after and j in self.cue_set:
                break
            j += 1
        qi = r.quote_starting_at(j) if j < frame.last else -1
        if qi < 0 or qi in self.used:
            return False
        q = r.quotes[qi]
        before = r.words[j - 1] if j > after else ""
        ends_frame = all(not r.words[t][:1].isalnum()
                         for t in range(bisect.bisect_left(r.starts, q.close_mark), frame.last))
        capital = r.text[q.start : q.start + 1].isupper()
        if not (before == ":" or before == "," and (capital or found_direct or j == after + 1)
                or j == after and ends_frame and not found_direct):
            return False
        self.add(fi, q.start, q.end, "direct", cue, source)
        self.used.add(qi)
        for qj in frame_quotes if before == ":" else ():  # further quotations after a colon: the same cue's
            if qj > qi and qj not in self.used:
                self.add(fi, r.quotes[qj].start, r.quotes[qj].end, "direct", cue, source)
                self.used.add(qj)
        return True

    def quoting_object(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, source: Source,
                       after: int) -> bool:
        """'Manafort dismissed the whole kerfuffle as "absurd"', 'described them as "closing arguments"': the
        verb's object quotes its speaker. Whether the object quotes words (the cue is then dealt with)."""
        r = self.r
        if not r.quotes_in_object(after, frame, self.cue_set):
            return False
        end = r.object_end(after, r.clause_end(after, frame, _cues_within(frame_cues, ci + 1, after + _MAX_CLAUSE)))
        if end > after:
            s, e, quoted = r.content_span(after, end)
            if quoted:
                self.used.update(r.quotes_within(s, e))
                self.add(fi, s, e, "mixed", frame_cues[ci], source, quoted)
        return True

    def clause_before(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, source: Source,
                      right_subject: bool, after: int) -> None:
        """The reported clause before the subject ('..., X said'), or after a parenthetical cue
        ('But, he said, it is a risky strategy', 'As the Herald reported, ...')."""
        r = self.r
        cue = frame_cues[ci]
        edge = cue.first if right_subject else source.phrase_first
        edge_comma = edge - 1 > frame.first and r.words[edge - 1] == ","
        as_cue = r.words[frame.first] == "as" and (  # "As the Herald reported, ..."
            edge - 1 == frame.first or edge - 2 == frame.first and r.words[edge - 1] in _DETERMINERS)
        if not right_subject and (edge_comma or as_cue) and after < frame.last and r.words[after] == "," \
                and sum(r.words[t][:1].isalnum() for t in range(frame.first, edge - 1)) < 5:
            first = after + 1  # the clause follows the parenthesis
            end = r.clause_end(first, frame, _cues_within(frame_cues, ci + 1, first + _MAX_CLAUSE))
            if end - first >= 3:
                self.add_clause(fi, first, end, cue, source)
            return
        tail = range(cue.last if right_subject else after, frame.last)
        if not right_subject and edge_comma and any(  # (", noting ..." adds a statement, it ends none)
            r.words[t] == "," and r.quote_of[t] < 0 and not r.words[min(t + 1, frame.last - 1)].endswith("ing")
            for t in tail
        ) and not (
            after < frame.last and r.words[after] == "," and (
                source.kind != "description" or r.words[source.first] in _DETERMINERS | _QUANTIFIERS)
        ):  # a list ("papers, government reports, books") is no parenthesis ("older, she said, and")
            return
        if after < frame.last and r.words[after] in _DANGLING:
            return  # "Trump continued to ...", "she joked about ...": the cue's words follow it
        closing = r.quote_of[edge - 1] if edge - 1 > frame.first else -1
        if edge - 1 > frame.first and r.words[edge - 1] in {",", "—"} or (
            closing >= 0 and closing not in self.used and r.tokens[edge - 1].end == r.quotes[closing].close_mark
        ):  # a quotation another cue took is not this cue's
            end = edge - 1 if r.words[edge - 1] in {",", "—"} else edge
            if end - frame.first >= 3:
                self.add_clause(fi, frame.first, end, cue, source)

    # -- quotations no cue claimed --------------------------------------------------------------
    def unclaimed(self) -> tuple[list[Attribution], list[tuple[int, int]]]:
        """Continuation quotes, fragments of a speaker's words, and terms."""
        r = self.r
        terms: list[tuple[int, int]] = []
        frame_of_quote: dict[int, int] = {}
        for index, each in enumerate(self.frames):
            for k in range(each.first, each.last):
                if r.quote_of[k] >= 0:
                    frame_of_quote.setdefault(r.quote_of[k], index)
        extra: list[Attribution] = []
        mixed_quoted = {span for a in self.out if a.kind == "mixed" for span in a.quoted}
        for qi, q in enumerate(r.quotes):
            words = r.quoted_text(qi)
            if qi in self.used:
                if _is_name_like(words) and (q.start, q.end) in mixed_quoted:
                    terms.append((q.start, q.end))
                continue
            if q.end <= q.start:
                continue
            fi = frame_of_quote.get(qi)
            frame = self.frames[fi] if fi is not None else None
            byline = r.text[q.close_mark : q.close_mark + 6].lstrip(" ,").startswith("by ")
            if _is_statement_like(words) and not byline:  # '"Met accused ...," by Post's X' is a title
                extra.append(self.unclaimed_statement(q, frame, fi))
            elif qi in self.described:
                terms.append((q.start, q.end))
            elif fi is not None and frame is not None and fi in self.frame_sources and not _is_name_like(words) \
                    and words[:1].islower():
                # 'he sought to rally "freedom-loving nations" against ...': the speaker of the sentence quoted
                s, e, quoted = _fragment_clause(r, frame, q, self.cues, self.cue_starts, self.cue_set)
                self.used.update(r.quotes_within(s, e))
                extra.append(Attribution(start=s, end=e, kind="mixed", cue=None, source=self.frame_sources[fi],
                                         quoted=quoted, paragraph=r.paragraph_of(q.start)))
            elif frame is not None and not _is_name_like(words) and (
                found := _predicate_span(r, frame, q, self.cues, self.cue_starts)
            ) is not None:
                # 'Campaign chair Paul Manafort dismissed the whole kerfuffle as "absurd."': the subject's words.
                s, e, quoted, verb, source = found
                self.used.update(r.quotes_within(s, e))
                extra.append(Attribution(start=s, end=e, kind="mixed", cue=verb, source=source, quoted=quoted,
                                         paragraph=r.paragraph_of(s)))
            else:
                terms.append((q.start, q.end))
        for q in r.nested:
            if _is_name_like(r.text[q.start : q.end]) or len(r.text[q.start : q.end].split()) <= 4:
                terms.append((q.start, q.end))
        return extra, terms

    def unclaimed_statement(self, q: Quotation, frame: Frame | None, fi: int | None) -> Attribution:
        """A statement-like quotation no cue claimed: a continuation quote, or (lower case, inside a
        sentence: 'He has directed "a very ambitious reorganization"') the writer's clause quoting words."""
        r = self.r
        a = bisect.bisect_left(r.starts, q.open_mark)
        inside = frame is not None and fi is not None and r.text[q.start : q.start + 1].islower() \
            and self.first_free[fi] < a
        start = r.tokens[_clause_start(r, frame, a, self.cue_set)].start if frame is not None and inside else q.start
        return Attribution(start=start, end=q.end, kind="mixed" if inside else "direct", cue=None,
                           source=_colon_source(r, q, frame) if frame is not None else None,
                           quoted=((q.start, q.end),) if inside else (), paragraph=r.paragraph_of(q.start))


def _continued(statements: Sequence[Attribution], i: int) -> int | None:
    """Index of the statement whose speaker the unattributed statement ``i`` continues."""
    here = statements[i]
    for j in range(i - 1, -1, -1):
        if statements[j].paragraph != here.paragraph:
            break
        if statements[j].source is not None:
            return j
    for j in range(i + 1, len(statements)):
        if statements[j].paragraph != here.paragraph:
            break
        if statements[j].source is not None and statements[j].kind == "direct":
            return j
    for j in range(i - 1, -1, -1):
        if here.paragraph - statements[j].paragraph > 2:
            break
        if statements[j].source is not None or statements[j].continues is not None:
            return j
    return None
