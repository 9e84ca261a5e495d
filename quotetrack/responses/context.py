"""An article's parties, acts and statements, and what came before a statement.

:class:`ArticleContext` gathers, once per article, who can be an end of a response (people, bodies, groups; their
names, genders and canonical names), the acts the text names, its passive cues and quoted terms; and answers the
questions the evidence of :mod:`~.reader` asks of what came before a statement: the latest other party heard, the
previous turn, the author of an act, the holder of a role, whom an object or a pronoun points at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence


from quotetrack.document import Document
from quotetrack.lexicon import Lexicon
from quotetrack.model import Article, Response, Speaker, Statement

from .acts import find_acts, names_act
from .asked import asker
from .bare import UNRESOLVED, bare_body
from .described import described_bodies
from .firms import other_than_firm, story_firm
from .given import given_name_holder, given_names
from .headline import headline_end
from .descriptions import described_holder
from .retinue import Retinue
from .passive import find_passives, subject_number
from .objects import ObjectReading, pronoun_reach
from .parties import (Candidate, Names, bodies, candidates, canonical_name, gender_of, latest_named, named_by_head,
                      PRONOUN_KINDS, same_side)
from .references import PASSIVE_AFTER, heard_stating, narrated_author, owned_act
from .placement import paragraphs_between, reported_by, sentence_bounds
from .words import ResponseWords, response_words

__all__ = ["REACH", "WORD", "ArticleContext"]

_WINDOW = 300  # characters before a statement searched for its response cue
_NARRATED = 1500  # characters of narration searched back for the author of a statement a noun names
REACH = 2
"""Paragraph breaks a placement rule looks back over."""
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
"""A word of a statement, for comparing statements' words."""


def lowered_words(text: str) -> list[str]:
    """The words (``WORD``) of ``text``, lowered: the text lowered in one operation, then its words found.

    Lowering keeps a word a word, and a non-word a non-word, except for the two characters whose lower case holds
    an ASCII letter (the Kelvin sign, a dotted capital I): a text with one has its words lowered one by one.
    """
    if "\u0130" in text or "\u212a" in text:
        return [w.lower() for w in WORD.findall(text)]
    return WORD.findall(text.lower())


def terms_written(said: str, terms: Iterable[str]) -> list[str]:
    """The ``terms`` (lower case) written in ``said`` in any case, leftmost first and, where two start together,
    the longer: as an alternation of the terms, longest first, finds them (a document's few terms are found faster
    by ``str.find`` than by compiling that pattern for each new document).

    Examples
    --------
    >>> terms_written("The Death Tax and the death taxes", ["death tax", "tax and", "death taxes"])
    ['death tax', 'death taxes']
    """
    lowered = said.lower()
    found = []
    for term in terms:
        i = lowered.find(term)
        while i >= 0:
            found.append((i, -len(term), term))
            i = lowered.find(term, i + 1)
    found.sort()
    written, reached = [], 0
    for start, negative_length, term in found:
        if start >= reached:
            reached = start - negative_length
            written.append(term)
    return written


def _rare_words(text: str, statements: Sequence[Statement], stop_words: frozenset[str]) -> list[set[str]]:
    """Each statement's words, lowered, but stop words and words the text uses more than three times."""
    said, found = [lowered_words(s.text) for s in statements], lowered_words(text)
    counts = Counter(found)
    quoted = {w: w.rstrip("'’") for w in set(found).union(*said) if w[-1] in "'’"}  # (a word opens with a letter)
    for word, bare in quoted.items():  # "workers'" counts as "workers"
        counts[bare] += counts.pop(word, 0)
    common = stop_words.union(w for w, n in counts.items() if n > 3)
    words_of = []
    for words in said:  # (set operations, no test a word)
        distinct = set(words)
        if not quoted.keys().isdisjoint(distinct):
            held = distinct.intersection(quoted)
            distinct = (distinct - held).union(map(quoted.__getitem__, held))
        words_of.append(distinct - common)
    return words_of



class ArticleContext:
    """One article's parties and statements, and lookups of what came before a statement.

    Parameters
    ----------
    article : Article
        The article, read: its text, statements and terms.
    lexicon : Lexicon
        The word lists.
    people : sequence of Speaker
        The people the reading found (speakers and people named).
    document : Document or None
        The document, where the backend's parse can help read a cue's object.
    """

    def __init__(self, article: Article, lexicon: Lexicon, people: Sequence[Speaker] = (),
                 document: Document | None = None) -> None:
        self.text = article.text
        self.statements = article.statements
        self.lexicon = lexicon
        self.document = document
        self.words: ResponseWords = response_words(lexicon)
        described = described_bodies(self.text, self.words, lexicon.function_words.stop_words)
        self.described = {b.name for b in described}
        agreements = self.words.classes.get("agreement", frozenset())  # "praised the Trans-Pacific Partnership"
        self.candidates = [c for c in candidates(article, people, self.words, [*bodies(article, document, lexicon),
                                                                               *described])
                           if c.speaker.name.split()[-1].lower() not in agreements or any(
                               s.speaker is not None and s.speaker.name == c.speaker.name for s in self.statements)]
        self.names = Names.of(self.candidates)
        self.voices = Names.of([c for c in self.candidates if not c.body])  # who can be quoted, coin or be named
        self.by_name = {c.speaker.name: c for c in self.candidates}
        self.parties = Names.of(list(self.by_name.values()))  # each party once, by its canonical name
        self.genders = {c.speaker.name: gender_of(c.speaker, lexicon, self.text) for c in self.candidates}
        self.retinue = Retinue(self.text, self.names, self.words, lexicon, self.genders)
        speakers = [*(c.speaker for c in self.candidates), *(s.speaker for s in article.statements if s.speaker)]
        self.canonical = {s.name: canonical_name(s, lexicon, self.text) for s in reversed(speakers)}
        persons = given_names(c.speaker.name for c in self.candidates if c.speaker.kind == "person")
        for name in list(self.canonical):  # "We thank Tomas": Tomas Varga, named in full
            if (holder := given_name_holder(name, persons, self.text)) is not None:
                self.canonical[name] = self.canonical.get(holder, holder)
        self.acts = find_acts(self.text, self.names, self.words)
        self.passives = find_passives(self.text, self.words)
        adverbs = "|".join(sorted(self.words.classes.get("cue_adverb", frozenset())))
        self.first_person = re.compile(rf"\W*(?:I|We)\s+(?:(?:{adverbs})\s+)?")
        self.words_of = _rare_words(self.text, self.statements, lexicon.function_words.stop_words)
        self.postings: dict[str, list[int]] = {}
        self.last_by_speaker: dict[str, int] = {}
        self.run_start: dict[str, int] = {}
        self.latest_speaker: str | None = None
        self.last_response: dict[str, tuple[str, int, float]] = {}
        self.response_at: dict[int, Response] = {}  # each statement's response, by index
        self.terms: dict[str, list[tuple[int, int, str]]] = {}
        for term in article.terms:
            label = term.text.lower().strip(" ,.")
            if len(label) >= 4:
                s_start, s_end = sentence_bounds(self.text, term.start, term.end, _WINDOW)
                self.terms.setdefault(label, []).append((term.start, term.end, self.text[s_start:s_end]))

    def terms_in(self, said: str) -> list[str]:
        """The terms of the article written in ``said`` (in any case): see :func:`terms_written`."""
        return terms_written(said, self.terms) if self.terms else []

    def _latest_other(self, index: int, source: str, before: int, kinds: frozenset[str] | None = None,
                      lemmas: frozenset[str] | None = None, head: str | None = None, gender: str | None = None
                      ) -> tuple[Candidate, int] | None:
        """The latest earlier statement by another party (of ``kinds``; cue of ``lemmas``; group headed by ``head``;
        of no gender but ``gender``)."""
        for j in range(index - 1, -1, -1):
            earlier = self.statements[j]
            if paragraphs_between(self.text, earlier.end, before) > REACH:
                return None
            speaker = earlier.speaker
            if speaker is None or speaker.name == source or speaker.name not in self.by_name:
                continue
            if kinds is not None and speaker.kind not in kinds:
                continue
            if gender is not None and self.genders.get(speaker.name) not in (None, gender):
                continue
            if head is not None and (not named_by_head(speaker, head, self.words)
                                     or other_than_firm(speaker, head, self.words)):
                continue  # "accused the firms": not the lawyers who spoke last; "the panel": no party
            if lemmas is not None and (earlier.cue is None or earlier.cue.lemma not in lemmas
                                       or PASSIVE_AFTER.match(self.text, earlier.cue.end)):
                continue  # no act of theirs: "the firms accused were ..." names who was accused
            return self.by_name[speaker.name], j
        return None

    def _previous_turn(self, index: int, source: str, before: int) -> Candidate | None:
        """The speaker of the latest earlier statement not by ``source``, if a party and near; first, one who put a
        question to ``source`` just before, whoever spoke between (:mod:`~.asked`)."""
        replier = self.by_name.get(source)
        questioner = asker(self.text, self.statements, index, before, replier.names if replier else (source,),
                           self.words.classes.get("question", frozenset())) if replier is not None else None
        if questioner is not None and questioner.name in self.by_name:
            return self.by_name[questioner.name]
        for j in range(index - 1, -1, -1):
            earlier = self.statements[j]
            if paragraphs_between(self.text, earlier.end, before) > 1 or earlier.end <= headline_end(self.text):
                return None  # far back, or the headline's summary of the story
            speaker = earlier.speaker
            if speaker is None or speaker.name == source or reported_by(self.text, earlier):
                continue  # "According to Variety, ...": the report's source, no turn
            return self.by_name.get(speaker.name)
        return None

    def _stated(self, index: int, speaker: Speaker, noun: str, before: int) -> Candidate | None:
        """The latest other party, near, whose statement the act noun names by its cue or words ("the reports" /
        "reported"), or whom the narration names making it ("the FT has reported"; :mod:`~.references`)."""
        heard = heard_stating(self.text, self.statements, index, self.by_name, self.words, noun, before, REACH)
        told = self._near_other(speaker, before, narrated_author(self.text, self.names, self.words, noun,
                                                                 max(0, before - _NARRATED), before))
        if told is not None and (heard is None or told[1] > heard[1]):
            return told[0]
        return heard[0] if heard else None

    def _near_other(self, speaker: Speaker, before: int, found: tuple[Candidate, int] | None
                    ) -> tuple[Candidate, int] | None:
        """``found`` if it is a party on another side, within the placement reach before ``before``."""
        own = speaker.organisation.name if speaker.organisation is not None else None
        if found is None or found[0].speaker.name in (speaker.name, own) or same_side(speaker, found[0], self.words) \
                or paragraphs_between(self.text, found[1], before) > REACH:
            return None
        return found

    def _author(self, index: int, speaker: Speaker, before: int, near: bool = False, described: bool = False,
                noun: str | None = None) -> tuple[Candidate, int] | None:
        """The latest party on another side named doing an act before ``before`` (``near``: within the placement
        reach; ``described``: a body named by a description counts; ``noun``: an act that noun can name), and
        where."""
        own = speaker.organisation.name if speaker.organisation is not None else None
        for act in reversed(self.acts):
            if near and paragraphs_between(self.text, act.start, before) > REACH:
                return None
            if not described and act.candidate.speaker.name in self.described:
                continue  # only a cue naming its act answers it: "welcomed the decision", not a placement
            if noun is not None and not names_act(self.text, self.words, noun, act.start, act.end):
                continue  # "support this merger": not the Macintosh someone unveiled
            if act.start < before and act.candidate.speaker.name not in (speaker.name, own) \
                    and not same_side(speaker, act.candidate, self.words):
                return act.candidate, act.start
        return None

    def _latest_actor(self, index: int, speaker: Speaker, before: int, kinds: frozenset[str] | None = None,
                      lemmas: frozenset[str] | None = None) -> Candidate | None:
        """The latest other party heard (of ``kinds``; with a cue of ``lemmas``) or named doing an act, near."""
        heard = self._latest_other(index, speaker.name, before, kinds, lemmas)
        acted = self._author(index, speaker, before, near=True)
        if acted is not None and (heard is None or acted[1] > self.statements[heard[1]].start):
            return acted[0]
        return heard[0] if heard else None

    def _resolve(self, index: int, speaker: Speaker, reading: ObjectReading, offset: int
                 ) -> tuple[Candidate, str] | None:
        if reading.kind == "name":
            return (reading.candidate, "cue") if reading.candidate is not None else None
        if reading.kind == "act":  # its author: named doing an act, or proposing; else the latest other party
            classes = self.words.classes
            stated = self._stated(index, speaker, reading.noun or "", offset)
            if stated is not None:
                return stated, "author"
            claim = reading.noun in classes.get("claim", frozenset())
            proposer = self._latest_other(index, speaker.name, offset, lemmas=classes.get(
                "claim_verb" if claim else "proposal", frozenset()))
            if claim and proposer is not None:
                return proposer[0], "author"
            instrument = reading.noun in classes.get("instrument", frozenset())
            owned = owned_act(self.text, self.names, self.words, max(0, offset - _NARRATED), offset) if (
                instrument) else None  # an instrument ("the draft law") is a lawmaker's, not a described body's
            author = self._author(index, speaker, offset, near=True, described=not instrument,
                                  noun=reading.noun) or self._near_other(speaker, offset, owned)
            if author is not None and (proposer is None or author[1] > self.statements[proposer[1]].start):
                return author[0], "author"
            latest = proposer or self._latest_other(index, speaker.name, offset)
            return (latest[0], "act") if latest else None
        if reading.kind == "group":  # the group the cue names: one that spoke, or one answered without speaking
            name = self.text[reading.start:reading.end]
            named = bare_body(self.text, name, speaker, self.candidates, offset, self.words)
            if isinstance(named, Candidate) or named == UNRESOLVED:  # "the unions": the union the story names
                return (named, "cue") if isinstance(named, Candidate) else None
            group = next((c for c in self.candidates if c.speaker.kind == "group"
                          and c.speaker.name.lower() == name.lower()), None)
            return group or Candidate(speaker=Speaker(name=name, kind="group"), names=(), first=reading.start,
                                      side=None), "cue"
        if reading.kind == "role":  # "the minister's plan": the latest other party whose title has that role
            holder = described_holder(self.text, reading.start, reading.noun or "", speaker.name, self.candidates,
                                      self.words, self.lexicon)
            if holder is None and self.text[reading.end:reading.end + 2] in ("'s", "’s"):
                holder = self._role_holder(index, speaker, reading.noun or "")
            return (holder, "role") if holder is not None else None
        if reading.kind == "pronoun":  # the latest other party heard, unless another is named after their words
            kinds = PRONOUN_KINDS.get(reading.number or "", PRONOUN_KINDS["neuter"])
            gender = self._gender(self.text[reading.start:reading.end])  # "her plan": not Tom Hale's
            found = self._latest_other(index, speaker.name, offset, kinds, gender=gender)
            foreign = gender is not None and self.genders.get(speaker.name) not in (None, gender)  # not theirs
            reach = self.statements[found[1]].end if found else pronoun_reach(
                self.text, reading, offset, self.words.classes.get("conduct", frozenset()) if foreign else frozenset())
            named = latest_named(self.names, self.text, reach, offset, kinds, speaker.name, (
                lambda c: self.genders.get(c.speaker.name) == gender) if foreign and not found else None)
            agrees = named is not None and self.genders.get(named.speaker.name) in (None, gender)
            found = (named, 0) if named is not None and agrees else found
        else:
            noun = self.text[reading.start:reading.end].split()[-1].lower()
            found = self._latest_other(index, speaker.name, offset, frozenset({"organisation", "group"}), head=noun)
            subject = None if found is not None else story_firm(self.text, self.candidates, speaker.name, noun, offset,
                                                                self.words)
            found = (subject, index) if subject is not None else found  # "the company's": the story's firm
        return (found[0], reading.kind) if found else None

    def _role_holder(self, index: int, speaker: Speaker, role: str) -> Candidate | None:
        """The latest other speaker before statement ``index`` whose title holds ``role`` ("the chancellor's")."""
        return next((self.by_name[s.name] for s in (self.statements[j].speaker for j in range(index - 1, -1, -1))
                     if s is not None and s.name != speaker.name and s.name in self.by_name
                     and role in (s.title or "").lower().split()), None)

    def _is_subject(self, index: int, speaker: Speaker, subject: str, before: int) -> bool:
        """Whether a passive cue's subject is the speaker: named, or a pronoun for the latest speaker before it."""
        if any(n in subject for n in (speaker.name, *speaker.aliases) if len(n) > 2):
            return True
        if subject_number(subject) != "singular" or speaker.kind != "person":
            return False
        earlier = [j for j in range(index) if self.statements[j].end <= before]
        return bool(earlier) and self.statements[earlier[-1]].speaker == speaker

    def _gender(self, pronoun: str) -> str | None:
        """The gender a pronoun tells (``m``/``f``), if it tells one."""
        gender = self.lexicon.pronouns.get(pronoun.lower(), ("x", ""))[0]
        return gender if gender in ("m", "f") else None
