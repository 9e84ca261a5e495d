"""Who each statement's source is: names, pronouns and descriptions resolved to speakers.

:func:`resolve_statements` walks the attributions in text order. A name is the person it
names (with every mention, title and organisation gathered for them); a pronoun is the
person the backend's coreference links it to, or the last agreeing person named or heard;
"the spokesman" is the last spokesman named; anything else speaks as a group or body.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from quotetrack.attribution.affiliations import body_after
from quotetrack.attribution.countries import story_countries
from quotetrack.attribution.ministers import every_countrys, home_body
from quotetrack.attribution.owners import sentence_subject_body
from quotetrack.attribution.story_body import story_company, story_lede
from quotetrack.attribution.referred import (in_dateline, named_with, noun_of_description, noun_of_role_for,
                                             referred_body, role_of_body_noun)
from quotetrack.attribution.people import People, Person, body_organisation, organisation_named, party_named
from quotetrack.attribution.people import place_country
from quotetrack.attribution.sources import Source
from quotetrack.attribution.unnamed import read_unnamed
from quotetrack.attribution.statements import Attribution
from quotetrack.attribution.index import NAME_LABELS
from quotetrack.document import Document, Entity, Token
from quotetrack.lexicon import Lexicon
from quotetrack.model import Mention, Organisation, Speaker, Statement, new_cue, new_mention, new_statement

__all__ = ["resolve_statements", "speaker_of_person"]

_GROUP_AT = re.compile(r"(?:[Tt]he )?([A-Za-z]+s) (?:at|of|from) ")  # "Analysts at Y": people in a role at Y
_MARK = 6  # tokens of a party mark in parentheses after a name: "(R-Utah)", "(D-N.Y.)"
_ANSWERING = re.compile(r"(?:(?:But|And|So),? )?(\w+) to ([^,.;]{1,80}), ", re.IGNORECASE)  # "Responding to X, "
# "'s campaign chairman, " after a name: the name owns a role whose holder is named next (the apposition)
_OWNED_ROLE = re.compile(r"['’]s (?:[a-z\-]+ ){0,3}[a-z\-]+, ")
_UNNAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) ((?:[a-z\-]+ ){0,2}[a-z\-]+) (?:for|of|at|from) (?:the )?$")




def speaker_of_person(person: Person) -> Speaker:
    return Speaker(
        name=person.name,
        aliases=person.aliases,
        title=person.title,
        organisation=person.organisation if person.kind == "person" else (
            person.organisation or Organisation(name=person.name)),
        country=person.country or (person.organisation.country if person.organisation else None),
        kind=person.kind,
        party=person.party.name if person.party else None,
        mentions=person.mentions,
    )


def _speaker_of_entity(text: str, label: str, lexicon: Lexicon, document_text: str = "") -> Speaker:
    name = " ".join(text.split())
    for prefix in ("the ", "The "):
        name = name.removeprefix(prefix)
    organisation = organisation_named(name, lexicon)
    country = place_country(name, lexicon) or (organisation.country if organisation else None)
    # "Washington", "Beijing": a place speaking stands for its government, at the level of countries.
    kind = "country" if label == "GPE" or name in lexicon.places else {"NORP": "group"}.get(label, "organisation")
    if kind == "organisation":  # a body that speaks speaks for itself ("the Tories said": the Conservative Party)
        organisation = body_organisation(name, document_text, lexicon)
        country = country or organisation.country
    return Speaker(name=name, aliases=(name,), organisation=organisation, country=country, kind=kind)


def _without_article(text: str) -> str:
    """A described body by its name, without "the" ("Obama administration" for "The Obama
    administration"), as named bodies are called; "the campaign", naming none, and "the Bank", a short
    name of its own, keep it."""
    words = text.split()
    if len(words) > 2 and words[0].lower() == "the" and any(w[:1].isupper() for w in words[1:]) \
            and words[-1].islower():
        return text[len(words[0]) :].lstrip()
    return text


def _after_mark(tokens: Sequence[Token], k: int) -> int:
    """The token after a short parenthesis opening at ``k`` ("(R-Utah)", "(D)"), else ``k``."""
    if k < len(tokens) and tokens[k].text == "(":
        close = next((j for j in range(k + 1, min(len(tokens), k + _MARK)) if tokens[j].text == ")"), None)
        if close is not None:
            return close + 1
    return k


def _before_mark(tokens: Sequence[Token], k: int) -> int:
    """The token before a short parenthesis closing at ``k`` ("Jo Hale (R-Utah)"), else ``k``."""
    if k >= 0 and tokens[k].text == ")":
        opening = next((j for j in range(k - 1, max(-1, k - _MARK), -1) if tokens[j].text == "("), None)
        if opening is not None and opening > 0:
            return opening - 1
    return k


def _titling(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` can be a word of a title before a name: a capitalised word, or the period of "Sen."."""
    return tokens[k].text[:1].isupper() and tokens[k].text != "And" \
        or tokens[k].text == "." and k > 0 and tokens[k - 1].text[:1].isupper()


def _before_title(tokens: Sequence[Token], k: int) -> int:
    """The token before the words of a title ending at ``k`` ("Sen. Jo Hale": the token before "Sen.")."""
    j = k
    while j >= 1 and k - j < _MARK and _titling(tokens, j):
        j -= 1
    return j


def _dated(source: Source, cue: int, document: Document, lexicon: Lexicon) -> Source:
    """A described source with the participle and date between it and its cue: "The report published
    Tuesday (showed)", "A new poll released last week (found)"."""
    if source.kind != "description" or not 2 <= cue - source.last <= 4:
        return source  # (before the words are listed: the source may be far back in a long sentence)
    fw, words = lexicon.function_words, [t.text for t in document.tokens[source.last : cue]]
    if not words[0].islower() \
            or not words[0].endswith("ed") or words[0] in lexicon.cue_forms:
        return source
    dates = fw.weekdays | fw.periods | fw.period_determiners | {"on"}
    return attrs.evolve(source, last=cue) if all(w.lower() in dates for w in words[1:]) else source


class _Resolver:
    """Resolve sources to speakers in text order, remembering the last speakers (private)."""

    def __init__(self, document: Document, people: People, lexicon: Lexicon,
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.document = document
        self.people = people
        self.lexicon = lexicon
        self.by_person: dict[str, Speaker] = {}
        self.last: Speaker | None = None
        self.last_person: Person | None = None
        self.last_paragraph = -10
        self.last_end = -1
        self.resolved_person: Person | None = None
        self.heard: set[str] = set()  # who spoke as a cue's subject: a person, even if no lexicon knows the name
        self.sentence_starts = document.sentence_starts
        self.chain_of = {mention: chain for chain in document.coref for mention in chain.mentions}
        # Person mentions outside quotations, in text order: the candidates for a sentence's subject.
        starts = [q[0] for q in quoted]
        self.mentions = [
            (start, index) for start, index in sorted(people.by_mention.items())
            if not (bisect.bisect_right(starts, start) and start < quoted[bisect.bisect_right(starts, start) - 1][1])
        ]
        self.mention_starts = [m[0] for m in self.mentions]
        self.unquoted_mentions = frozenset(self.mention_starts)
        names = [e for e in document.entities if e.label in NAME_LABELS]
        self.name_ending = {e.end: e for e in names}
        self.name_starting = {e.start: e for e in names}
        self.modifiers = frozenset(start for start in self.mention_starts if self._modifies_noun(start))
        self.token_starts = document.token_starts

    def _modifies_noun(self, start: int) -> bool:
        """Whether the name mentioned at ``start`` modifies the noun after it ("a Jo Hale supporter", "the Hale
        campaign"), or owns a role whose holder is named right after it ("Mr. Cole's campaign chairman, Tom
        Reeve,"): it names no one a pronoun could stand for."""
        e = self.name_starting.get(start)
        after = self.document.text[e.end : e.end + 30].split(None, 1)[:1] if e is not None else []
        if bool(after) and after[0].islower() and after[0].rstrip(".,;:") in self.lexicon.source_nouns:
            return True
        owned = _OWNED_ROLE.match(self.document.text, e.end) if e is not None else None
        return owned is not None and owned.end() in self.name_starting

    def agrees(self, person: Person, gender: str | None) -> bool:
        """Whether a pronoun of ``gender`` can stand for ``person``: a person known to be one (by name, title or
        gender) or heard speaking ("Marlow explained ... he said"), of no other gender."""
        return (person.named or person.name in self.heard) and (gender is None or person.gender in (None, gender))

    def coreferent(self, start: int, end: int) -> Person | None:
        """The person a coreference chain links the mention ``[start, end)`` to, if the backend gave chains."""
        chain = self.chain_of.get((start, end))
        if chain is not None:
            for s, e in sorted(chain.mentions, key=lambda m: (m != chain.representative, m[0])):
                person = next((self.people.at(m) for m in range(s, e) if self.people.at(m) is not None), None)
                if person is not None:
                    return person
        return None

    def named_just_before(self, offset: int, paragraph: int) -> tuple[Person, Mention] | None:
        """The person last named outside quotations before ``offset``, in this paragraph or the one before."""
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        if k < 0:
            return None
        start, index = self.mentions[k]
        if paragraph - self.document.paragraph_of(start) > 1:
            return None
        person = self.people.people[index]
        if not person.named:
            return None
        mention = next((m for m in person.mentions if m.start == start), None)
        return (person, mention) if mention is not None else None

    def answering_opener(self, source: Source) -> tuple[int, int] | None:
        """The span of a participle of answering that opens the pronoun ``source``'s sentence ("Responding to
        Hale, he said ..."), or None.

        Examples
        --------
        >>> import quotetrack
        >>> text = ("Senator Tom Hale said the plan was a fraud. Governor Ray Cole spoke next. Responding to Hale, "
        ...         "he said the plan would work.")
        >>> [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]
        ['Tom Hale', 'Ray Cole']
        """
        start = self.document.tokens[source.first].start
        sentence = self.sentence_starts[bisect.bisect_right(self.sentence_starts, start) - 1]
        found = _ANSWERING.fullmatch(self.document.text, sentence, start)
        if found is None or found.group(1).lower() not in self.lexicon.function_words.answering_participles:
            return None
        return found.start(2), found.end(2)

    def names_in(self, span: tuple[int, int], speaker: Speaker) -> bool:
        """Whether the text's ``span`` names ``speaker`` (by the full name or the last word of it)."""
        words = set(re.findall(r"[\w'’-]+", self.document.text[span[0]:span[1]]))
        return bool(speaker.name.split()) and speaker.name.split()[-1] in words

    def subject_before(self, offset: int, gender: str | None,
                       talked_of: tuple[int, int] = (0, 0)) -> tuple[Person, int] | None:
        """The first person agreeing with ``gender`` named in the sentence of ``offset`` or the two before; a
        sentence whose subject is a description ("The American had cast doubt on Campbell's claims") names its
        subject's referent only before it, so it is passed over for the one before. A name within ``talked_of``
        (the words before the quotation of a mixed statement: 'Mr Sullivan "made the decisions," he said') is
        whom the speaker talks of, not the speaker."""
        si = bisect.bisect_right(self.sentence_starts, offset) - 1
        reach = 3
        sj = si
        while sj >= 0 and si - sj < reach:
            sentence = self.document.sentences[sj]
            described = sj < si and self.described_subject(sentence.start)
            k = bisect.bisect_left(self.mention_starts, sentence.start)
            while k < len(self.mentions) and self.mentions[k][0] < min(sentence.end, offset):
                if self.mentions[k][0] in self.modifiers:
                    k += 1
                    continue
                person = self.people.people[self.mentions[k][1]]
                opens = self.mentions[k][0] - sentence.start <= 1  # the sentence's subject: "Zeynep Akar told CNN"
                head = self.document.text[sentence.start : self.mentions[k][0]].split()
                if head and head[-1].lower().rstrip(".") in self.lexicon.honorifics:
                    head.pop()  # "..., Mr. X"
                if described and head and head[-1].endswith(",") and len(head) <= 8:
                    opens = True  # "The minister of the economy, X, argues": the description's name
                if described and not opens:
                    reach = 4
                    break
                other = not talked_of[0] <= self.mentions[k][0] < talked_of[1]
                if self.agrees(person, gender) and (gender is None or person.gender == gender or opens and other) \
                        and other:
                    return self.gendered_namesake(person, gender, self.mentions[k][0]), self.mentions[k][0]
                k += 1
            sj -= 1
        return None

    def gendered_namesake(self, person: Person, gender: str | None, start: int) -> Person:
        """The person of ``gender`` a bare family name at ``start`` stands for when the reading gave it to a namesake
        of no known gender: 'Dorothy Woods, whose husband, Navy SEAL Ty Woods, ... Woods said ... she said'."""
        if gender is None or person.gender is not None \
                or " " in next((m.text for m in person.mentions if m.start == start), " "):
            return person
        namesakes = [p for p in self.people.people if p is not person and p.family == person.family
                     and p.gender == gender and p.kind == "person" and p.mentions and p.mentions[0].start < start]
        return namesakes[-1] if len(namesakes) == 1 else person

    def main_subject_ahead(self, offset: int, gender: str | None) -> Person | None:
        """The person named as the main clause's subject right after a clause the sentence opens with, when the
        pronoun at ``offset`` is inside that clause ("Even as he accused the agency of ..., Giuliani said"): a
        pronoun of a fronted clause stands for the subject it comes before."""
        si = bisect.bisect_right(self.sentence_starts, offset) - 1
        if si < 0 or not self.mentions:
            return None
        sentence = self.document.sentences[si]
        text = self.document.text
        if text.find(",", sentence.start, offset) >= 0:
            return None
        # (the first two words only: the sentence may be long, and one pronoun after another reads it)
        words = [w.lower() for w in text[sentence.start : offset].split(None, 2)[:2]]
        openers = self.lexicon.function_words.clause_openers
        if not words or not (words[0] in openers or len(words) > 1 and words[0] == "even" and words[1] in openers):
            return None
        comma = text.find(",", offset, sentence.end)
        if comma < 0:
            return None
        k = bisect.bisect_left(self.mention_starts, comma)
        between = text[comma + 1 : self.mentions[k][0]].split() if k < len(self.mentions) else ["-"]
        if len(between) > 3 or not all(w[:1].isupper() for w in between):
            return None  # the main clause opens with no name (a title before it: "Mayor Tom Reeve")
        person = self.people.people[self.mentions[k][1]]
        return person if self.agrees(person, gender) and person.kind == "person" else None

    def described_subject(self, start: int) -> bool:
        """Whether the sentence at ``start`` opens with a description of a person: "The American", "The
        30-year-old", "The former champion"."""
        words = self.document.text[start : start + 40].split()[:3]
        if len(words) < 2 or words[0] != "The":
            return False
        head = words[2] if words[1].lower() in self.lexicon.role_modifiers and len(words) > 2 else words[1]
        return place_country(head, self.lexicon) is not None or head.lower() in self.lexicon.role_words \
            or head.endswith("-year-old")

    def person(self, person: Person) -> Speaker:
        """The speaker ``person`` is, remembered as the person last resolved."""
        self.resolved_person = person
        return self.speaker(person)

    def speaker(self, person: Person) -> Speaker:
        """The speaker ``person`` is (one object per person)."""
        if person.name not in self.by_person:
            if person.kind == "organisation" and person.organisation is None:  # "the ERAA said": its full name
                person = attrs.evolve(person, organisation=body_organisation(person.name, self.document.text,
                                                                              self.lexicon))
            self.by_person[person.name] = speaker_of_person(person)
        return self.by_person[person.name]

    def resolve(self, source: Source, paragraph: int, talked_of: tuple[int, int] = (0, 0),
                own: tuple[int, int] = (0, 0)) -> Speaker | None:
        """The speaker a source stands for (``own``: the words of the statement, whose names a pronoun of its
        speaker does not stand for: '"No one writes songs for Maria," he said')."""
        doc = self.document
        first, last = doc.tokens[source.first], doc.tokens[source.last - 1]
        text = doc.text[first.start : last.end]
        if source.kind == "pronoun":
            word = text.lower()
            referent = self.coreferent(first.start, first.end)
            if referent is not None:  # the coreference layer knows: "She" is Mary Jones
                return self.person(referent)
            if word in self.lexicon.function_words.personal_pronouns:
                gender = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(word)
                ahead = self.main_subject_ahead(first.start, gender)
                if ahead is not None:
                    return self.person(ahead)
                previous = self.last_person
                subject = None
                if talked_of[1] > talked_of[0] and gender is not None:  # someone else of the pronoun's gender
                    subject = self.subject_before(first.start, gender, talked_of)
                    subject = subject if subject is not None and subject[0].gender == gender else None
                subject = subject or self.subject_before(first.start, gender)
                if subject is not None and (previous is None or subject[1] > self.last_end):
                    return self.person(subject[0])  # someone named since the last speaker spoke
                if previous is not None and paragraph - self.last_paragraph <= 1 and self.agrees(previous, gender):
                    return self.person(previous)
                person = self.people.last_before(first.start, lambda p: self.agrees(p, gender), own)
                if subject is not None and gender is not None and subject[0].gender == gender \
                        and (person is None or person.gender is None):
                    person = subject[0]  # one known to be of the pronoun's gender before one merely not known not to be
                return self.person(person) if person is not None else None
            if word in self.lexicon.function_words.group_pronouns and self.last is not None \
                    and self.last.kind != "person" and paragraph - self.last_paragraph <= 1:
                return self.last
            return None
        if source.kind == "entity" and source.entity is not None:
            e = source.entity
            if e.label == "NORP" and not e.text.endswith("s") and doc.text[max(0, e.start - 4) : e.start] in {
                "The ", "the "
            } and last.end == e.end:  # "The American had cast doubt on ...": a person, named just before
                before = self.subject_before(first.start, None)
                if before is not None:
                    return self.person(before[0])
            unnamed = _UNNAMED_BEFORE.search(doc.text[max(0, e.start - 60) : e.start])
            if unnamed is not None and unnamed.group(1).split()[-1].lower() in self.lexicon.role_words:
                # "a spokeswoman for the Home Office said": the speaker is unnamed; the body is their organisation
                phrase = doc.text[e.start - len(unnamed.group()) : e.end]
                spoken_for = body_organisation(e.text.removeprefix("the "), doc.text, self.lexicon)
                return Speaker(name=phrase, aliases=(phrase,), organisation=spoken_for, country=spoken_for.country,
                               kind="unnamed")
            person = self.people.at(e.start)
            if person is not None:
                return self.person(person)
            speaker = _speaker_of_entity(e.text, e.label, self.lexicon, doc.text)
            if speaker.kind == "organisation" and speaker.name.lower() in self.lexicon.parties:
                article = self.story[0]  # "the Green Party said" in a New Zealand story
                party = party_named(speaker.name, article, self.lexicon) if article else None
                speaker = attrs.evolve(speaker, organisation=party, country=party.country) if party else speaker
            return speaker
        # A description: "the spokesperson" may be the spokesperson last named (or the one coreference links).
        referent = self.coreferent(first.start, last.end)
        if referent is not None:
            return self.person(referent)
        words = text.split()
        head = words[-1].lower()
        if words[0].lower() == "the" and len(words) <= 3 and head in self.lexicon.title_words:
            marks = [w.lower() for w in words[1:-1] if w[:1].isupper()]  # "the CNN host": a host of CNN
            person = self.people.last_before(
                first.start, lambda p: p.title is not None and head in p.title.lower().split() and all(
                    m in p.title.lower() or p.organisation is not None and m in p.organisation.name.lower()
                    for m in marks)
            )
            if person is not None:
                return self.person(person)
        affiliation = read_unnamed(doc.text, first.start, last.end, self.lexicon)
        if affiliation is not None:
            return self.unnamed(text, affiliation.body, affiliation.role)
        if role_of_body_noun(text, self.lexicon):  # "the club's manager": of the club named a few sentences before
            return self.unnamed(text, referred_body(first.start, doc, self.lexicon, noun_of_description(text)), None)
        noun = noun_of_role_for(text, self.lexicon)
        if noun is not None:  # "a spokeswoman for the airline": the airline named before, else the story's
            lede = story_lede(doc.text, doc.paragraphs)
            body = referred_body(first.start, doc, self.lexicon, noun) \
                or sentence_subject_body(doc.text, first.start, self.lexicon) \
                or (story_company(doc.text, doc.entities, lede, first.start, self.lexicon) if lede else None)
            return self.unnamed(text, body, None)
        if words[0].lower() == "the" and len(words) <= 3 and head in self.lexicon.body_nouns:
            body = (named_with(head, first.start, doc.text, self.lexicon) if head in self.lexicon.referring_bodies
                    else None) or self.body_before(first.start)  # "the club said" after "Y, the Cali club": Y
            # "the organisation said", after Reporters Without Borders was named: the words stay the speaker's
            # name (a description is not resolved to a name), the body is what it speaks for
            organisation = body_organisation(body, doc.text, self.lexicon) if body is not None else None
            if organisation is not None and body is not None and every_countrys(body, self.lexicon):
                article, named_countries = self.story  # "the court" of a Spanish story
                if article and organisation.country not in (None, article, *named_countries):
                    organisation = home_body(body, organisation, article, self.lexicon)
            text = _without_article(text)
            return Speaker(name=text, aliases=(text,), organisation=organisation, kind="organisation",
                           country=organisation.country if organisation else None)
        organisation = organisation_named(source.entity.text, self.lexicon) if source.entity else None
        kind = "unnamed" if words[0].lower() in self.lexicon.function_words.singular_determiners else "group"
        named = organisation_named(text, self.lexicon)
        if named is not None:  # "the Chinese foreign ministry": a body the lexicon knows
            organisation, kind = named, "organisation"
        elif organisation is None and kind == "group" and (at := self.group_body(text)) is not None:
            organisation = body_organisation(at, doc.text, self.lexicon)  # "Analysts at Halden Securities"
        elif organisation is None and len(words) > 2 and words[-2].lower() in self.lexicon.function_words.determiners \
                and head in self.lexicon.body_nouns:  # "a source close to the firm": the firm last named
            found = self.body_before(first.start)
            organisation = body_organisation(found, doc.text, self.lexicon) if found is not None else None
        country = next((place_country(w, self.lexicon) for w in words if place_country(w, self.lexicon)), None)
        text = _without_article(text) if kind == "organisation" else text
        return Speaker(name=text, aliases=(text,), organisation=organisation,
                       country=country or (organisation.country if organisation else None), kind=kind)

    @functools.cached_property
    def story(self) -> tuple[str | None, set[str]]:
        """The country the document is about and the countries it names (:func:`story_countries`), read once."""
        return story_countries(self.document, self.lexicon)

    def unnamed(self, text: str, body: str | None, role: str | None) -> Speaker:
        """An unnamed source ("an IAAF spokesman"), speaking for the body its phrase names."""
        organisation = None
        if body is not None:
            organisation = body_organisation(body, self.document.text, self.lexicon)
        elif role is not None:
            key = re.sub(r"^(?:an?|the) ", "", role.lower()).replace("’", "'")
            template, country = self.lexicon.titles.get(key, ("", ""))
            article = self.story[0] if "{country}" in template else None
            template = template.replace("{country}", article) if article else template  # "for the prime minister"
            if template and "{country}" not in template:
                organisation = organisation_named(template, self.lexicon) or Organisation(
                    name=template, country=country or None)
        return Speaker(name=text, aliases=(text,), organisation=organisation,
                       country=organisation.country if organisation else None, kind="unnamed")

    def group_body(self, phrase: str) -> str | None:
        """The body a group of people in a role belong to: "Analysts at Halden Securities", "economists from the
        Velto Bank" (a body the lexicon knows, the tagger tags, or whose name ends with an organisation's head)."""
        m = _GROUP_AT.match(phrase)
        if m is None or m.group(1).lower()[:-1] not in self.lexicon.role_words:
            return None
        found = body_after(phrase, m.end(), self.lexicon)
        if found is None or found[1] < len(phrase.rstrip(",")):
            return None
        body = found[0]
        if body.split()[-1] in self.lexicon.function_words.organisation_heads \
                or organisation_named(body, self.lexicon) is not None \
                or any(e.label == "ORG" and e.text.removeprefix("the ") == body for e in self.document.entities):
            return body
        return None

    def body_before(self, offset: int) -> str | None:
        """The body last named before ``offset``: an organisation entity, or a lone name used as a body."""
        for e in reversed(self.document.entities):
            if e.end > offset:
                continue
            person = self.people.at(e.start) if e.label in {"NAME", "PERSON"} else None
            if (e.label == "ORG" or person is not None and person.kind == "organisation") \
                    and e.text.lower().removeprefix("the ") not in self.lexicon.parties \
                    and not in_dateline(self.document.text, e.start):  # not "ROTTERDAM, Netherlands -"
                return e.text
            if offset - e.end > 3000:
                return None
        return None

    def partners(self, source: Source) -> tuple[list[Speaker], list[Speaker]]:
        """The people named with ``source`` as one subject, before and after it: "[Tom Smith] and Mary Jones said",
        "said Tom Smith, [Ann Lee] and Mary Jones"."""
        tokens = self.document.tokens
        before: list[Speaker] = []
        k = source.phrase_first - 1
        while k >= 1 and (tokens[k].text == "and" or before and tokens[k].text == ","):
            entity = self.name_ending.get(tokens[_before_mark(tokens, k - 1)].end)  # "Jo Hale (R-Utah) and"
            person = self.named_person(entity)
            if person is None or entity is None:
                break
            before.insert(0, self.speaker(person))
            k = _before_title(tokens, bisect.bisect_left(self.token_starts, entity.start) - 1)
        after: list[Speaker] = []
        k, closed = _after_mark(tokens, source.last), False
        while not closed and k + 1 < len(tokens) and tokens[k].text in {"and", ","}:
            closed = tokens[k].text == "and"
            entity = next((e for j in range(k + 1, min(len(tokens), k + 1 + _MARK)) if (
                e := self.name_starting.get(tokens[j].start)) is not None or not _titling(tokens, j)), None)
            person = self.named_person(entity)
            if person is None or entity is None:
                return before, []
            after.append(self.speaker(person))
            k = _after_mark(tokens, bisect.bisect_left(self.token_starts, entity.end))
        return before, after if closed else []

    def named_person(self, entity: Entity | None) -> Person | None:
        """The person an entity outside quotations names, if it surely names a person: one whose given name,
        courtesy title or title tells, or who was heard speaking ("Economic Cooperation" is no one)."""
        if entity is None or entity.start not in self.unquoted_mentions:
            return None
        person = self.people.at(entity.start)
        if person is None or person.kind != "person":
            return None
        return person if person.gender is not None or person.title is not None or person.name in self.heard else None

    def remember(self, speaker: Speaker | None, paragraph: int, end: int) -> None:
        if speaker is not None:
            self.last, self.last_paragraph, self.last_end = speaker, paragraph, end
            self.last_person = self.resolved_person if speaker.kind == "person" else None


def resolve_statements(
    document: Document, attributions: Sequence[Attribution], people: People, lexicon: Lexicon,
    quoted: Sequence[tuple[int, int]],
) -> list[Statement]:
    text = document.text
    resolver = _Resolver(document, people, lexicon, quoted)
    speakers: list[Speaker | None] = []
    mentions: list[Mention | None] = []
    others: list[tuple[Speaker, ...]] = []  # each statement's other speakers ("Tom Smith and Mary Jones said")
    for att in attributions:
        speaker, mention = None, None
        co_speakers: tuple[Speaker, ...] = ()
        if att.source is not None:
            # A mixed statement opening with a name talks of that person: not the speaker's antecedent.
            talked_of = (att.start, att.quoted[0][0]) if att.kind == "mixed" and att.quoted else (0, 0)
            source = _dated(att.source, att.cue.first if att.cue else -1, document, lexicon)
            speaker = resolver.resolve(source, att.paragraph, talked_of, (att.start, att.end))
            opener = resolver.answering_opener(source) if source.kind == "pronoun" and speaker is not None else None
            if opener is not None and speaker is not None and resolver.names_in(opener, speaker):
                # "Responding to Hale, he said": he is not Hale; one named before, else no one the reading knows
                speaker = resolver.resolve(source, att.paragraph, opener, (att.start, att.end))
                last = resolver.last if resolver.last is not None and resolver.last.kind != "person" \
                    and resolver.last_paragraph == att.paragraph else None  # "The premier defended ... Responding"
                speaker = last if speaker is None or resolver.names_in(opener, speaker) else speaker
            if speaker is not None and speaker.kind == "person" and att.source.kind == "entity":
                before, after = resolver.partners(att.source)  # the source first, the others in text order
                co_speakers = tuple(p for p in [*before, *after] if p != speaker)
                if att.cue is not None and att.cue.first in {att.source.last, att.source.first - 1}:
                    resolver.heard.add(speaker.name)  # "Marlow explained", "said Marlow": a person, whatever the name
            elif speaker is not None and att.source.kind == "description":
                before, _ = resolver.partners(att.source)  # "Tom Smith and his lawyers said": Smith first
                if before:
                    speaker, co_speakers = before[0], (*before[1:], speaker)
            s, e = document.tokens[att.source.first].start, document.tokens[att.source.last - 1].end
            mention = new_mention(s, e, text[s:e])
        elif att.continues is not None and att.continues < len(speakers):
            j = att.continues
            speaker, mention, co_speakers = speakers[j], mentions[j], others[j]
        speakers.append(speaker)
        mentions.append(mention)
        others.append(co_speakers)
        resolver.remember(speaker, att.paragraph, att.end)
    # Continuations pointing forward (a quote before its attributed neighbour).
    for i, att in enumerate(attributions):
        if speakers[i] is None and att.continues is not None and att.continues > i:
            j = att.continues
            speakers[i], mentions[i], others[i] = speakers[j], mentions[j], others[j]
    # A quotation nobody is said to have spoken, right after a paragraph about someone
    # ("... Trump spoke only in evasive bromides." / "We have to be a lot tougher."): theirs.
    for i, att in enumerate(attributions):
        if speakers[i] is None and att.source is None:
            found = resolver.named_just_before(att.start, att.paragraph)
            if found is not None:
                speakers[i], mentions[i] = resolver.person(found[0]), found[1]
    out = []
    for att, speaker, mention, co_speakers in zip(attributions, speakers, mentions, others):
        cue = None
        if att.cue is not None:
            s, e = document.tokens[att.cue.first].start, document.tokens[att.cue.last - 1].end
            cue = new_cue(s, e, text[s:e], att.cue.lemma)
        addressee = None if att.addressee is None else new_mention(
            att.addressee[0], att.addressee[1], text[att.addressee[0] : att.addressee[1]])
        out.append(new_statement(att.start, att.end, text[att.start : att.end], att.kind,  # type: ignore[arg-type]
                                 cue, speaker, mention, att.quoted, att.medium, addressee, co_speakers))
    return out
