"""The parties of a response: named people, organisations and groups that speak as one.

A response's ends are parties on the speakers' own canonical names. A person or an
organisation is one as soon as it is named; a group ("critics", "business groups",
"the unions") only when its head noun is a group noun of ``response_words.tsv`` and it
does not stand for a country ("Chinese officials" summarise their side and stay at the
level of countries).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import attrs

from quotetrack.document import Document
from quotetrack.lexicon import Lexicon
from quotetrack.model import Article, Organisation, Speaker, Statement

from .heads import body_head
from .words import ResponseWords

__all__ = ["PRONOUN_KINDS", "Candidate", "Names", "bodies", "candidates", "canonical_name", "colleagues",
           "co_subjects", "different_sides", "gender_of", "head_noun", "is_party", "latest_named", "misread_name",
           "named_as_own", "named_by_head", "partisan_voice",
           "same_side", "side"]


_HEAD_ENDS = frozenset({"of", "in", "at", "on", "from"})  # prepositions closing a group's head noun
_SERVED = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\w+\s+)?(\w+)\s+(?:for|to)\s+(?:[\w.]+\s+){0,2}([A-Z]\w+)")
_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][\w.]*$")  # "R-Texas", "D-N.Y.": a member's party and state


def is_party(speaker: Speaker | None, words: ResponseWords) -> bool:
    """Whether a speaker can be an end of a response.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> is_party(Speaker(name="Critics", kind="group"), words)
    True
    >>> is_party(Speaker(name="Chinese officials", kind="group", country="China"), words)
    False
    >>> is_party(Speaker(name="his supporters", kind="group"), words), is_party(Speaker(name="though critics",
    ...     kind="group"), words)
    (False, False)
    >>> is_party(Speaker(name="Senator Ruth Ellis's office", kind="group"), words), is_party(
    ...     Speaker(name="the office", kind="group"), words)
    (True, False)
    >>> is_party(Speaker(name="A Republican aide", kind="unnamed"), words), is_party(
    ...     Speaker(name="an aide", kind="unnamed"), words)
    (True, False)
    """
    return speaker is not None and _is_party(speaker.name, speaker.kind, speaker.country, words) or (
        speaker is not None and speaker.kind == "unnamed" and speaker.organisation is not None
        and body_head(speaker.name, words))  # "The FBI director chastised X"


# a possessive ("Sam Ortiz's office"), or a name right before the head ("Trump aides"), not a determiner or a count
_VOICED_BY = re.compile(r"[A-Z]\w*['’]s? |(?<![\w'’])(?!(?:The|A|An|Some|Several|Many|Two|Three|Top|Senior)\s)"
                        r"[A-Z]\w+ \w+$")


@functools.lru_cache(maxsize=4096)  # asked for each statement by several rules: a text has few speakers
def _is_party(name: str, kind: str, country: str | None, words: ResponseWords) -> bool:
    """:func:`is_party` on the fields of the speaker it reads."""
    if _misread(name, kind, words):
        return False
    if kind in {"person", "organisation"}:
        return True
    if kind == "unnamed":
        return partisan_voice(name, words)
    if kind != "group" or country is not None:
        return False
    if name.split()[0].lower() in words.classes.get("not_group_start", frozenset()):
        return False  # "his supporters", "though critics": no group of its own
    head = head_noun(name)
    return head in words.classes.get("group", frozenset()) or head in words.classes.get("voice", frozenset()) and bool(
        _VOICED_BY.search(name))  # "Governor Sam Ortiz's office", "Trump aides"; not "the office", "The aides"


def named_by_head(speaker: Speaker, head: str, words: ResponseWords) -> bool:
    """Whether "the <head>" may stand for an earlier speaker: a group by its own head noun ("the firms"), a political
    party only by a ``party_noun`` ("the party", not "the panel": Democrats are no committee), another body by any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> dems, firms = Speaker(name="Democrats", kind="organisation"), Speaker(name="the firms", kind="group")
    >>> [named_by_head(s, h, words) for s, h in ((dems, "panel"), (dems, "party"), (firms, "firms"), (firms, "unions"))]
    [False, True, True, False]
    >>> [named_by_head(Speaker(name="Steel Union", kind="organisation"), h, words) for h in ("club", "union", "body")]
    [False, True, True]
    """
    if speaker.kind == "group":
        return head_noun(speaker.name) == head
    kinds = words.classes.get("body_kind", frozenset())
    named = {w.removesuffix("s") for w in speaker.name.lower().split()} & kinds
    if head.removesuffix("s") in kinds and named and head.removesuffix("s") not in named:  # "the club": no union
        return False
    party = speaker.name.lower().removeprefix("the ") in words.classes.get("party_word", frozenset())
    return not party or head in words.classes.get("party_noun", frozenset())


def partisan_voice(name: str, words: ResponseWords) -> bool:
    """Whether an unnamed speaker is a party's voice: a ``partisan_voice`` noun marked by a party's name ("A
    Democratic aide", "one GOP source on the panel", "a Labour spokesman"), named by the annotation by that phrase.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> [partisan_voice(n, words) for n in ("one GOP source on the panel", "a former Republican committee staffer",
    ...     "a republican source", "a Democratic fundraiser", "a source close to the Labour leader",
    ...     "a spokesman for committee Democrats", "an aide to the Democratic leader")]
    [True, True, False, False, False, True, False]
    """
    head = name.split()
    parties = words.classes.get("party_word", frozenset())
    served = _SERVED.fullmatch(name)  # "a spokesman for committee Democrats", "an aide to House Republicans"
    if served is not None and served.group(1).lower() in words.classes.get("partisan_voice", frozenset()) \
            and served.group(2).lower() in parties:
        return True
    cut = next((i for i, w in enumerate(head) if i and w in ("on", "in", "at", "from", "with", "who", "close")),
               len(head))
    head = head[:cut]
    if not head or head[-1].lower() not in words.classes.get("partisan_voice", frozenset()):
        return False
    return any(w[:1].isupper() and w.lower() in parties for w in head[:-1])


def misread_name(speaker: Speaker, words: ResponseWords) -> bool:
    """Whether a speaker's name is words read as a name: a party-and-state tag ("R-Texas", "D-N.Y."), a headline's
    words holding a reflexive pronoun ("Associate Herself"), or a person named by a claim or question noun ("Claim
    Clinton", "Questions"; ``not_name`` words, ``claim`` and ``asked`` nouns).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> [misread_name(Speaker(name=n, kind=k), words) for n, k in (("R-Texas", "organisation"),
    ...     ("Associate Herself", "person"), ("Questions", "person"), ("Ann Ortiz", "person"), ("Claims Bureau",
    ...     "organisation"))]
    [True, True, True, False, False]
    """
    return _misread(speaker.name, speaker.kind, words)


def _misread(name: str, kind: str, words: ResponseWords) -> bool:
    """:func:`misread_name` on the fields of the speaker it reads."""
    parts = name.lower().split()
    nouns = words.classes.get("claim", frozenset()) | words.classes.get("asked", frozenset())
    return _PARTY_TAG.match(name) is not None or any(p in words.classes.get("not_name", ()) for p in parts) \
        or kind == "person" and bool(parts) and parts[0] in nouns


def head_noun(name: str) -> str:
    """The head noun of a group's name, lower-cased: its last word before any "of", "in", "at", "on" or "from"
    ("opponents of the plan", "candidates in both parties").

    Examples
    --------
    >>> head_noun("Opponents of the draft directive"), head_noun("Many residents"), head_noun("Critics in both parties")
    ('opponents', 'residents', 'critics')
    """
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    words = words[:cut]
    return words[-1] if words else ""


@attrs.frozen(kw_only=True)
class Candidate:
    """A party who may be responded to: the names that point at it, and its side."""

    speaker: Speaker
    names: tuple[str, ...]
    first: int
    side: str | None
    body: bool = False  # a body the text names without its speaking: a target, never an initiator


_SPANS_KEPT = 256  # texts whose names a Names keeps found (a document's statements and sentences)


def _wordy(ch: str) -> bool:
    """Whether ``ch`` would continue a name (a word character or a hyphen)."""
    return ch.isalnum() or ch in "_-"


_RUN = re.compile(r"[\w-]+")  # a run of the characters that continue a name (_wordy)
_MANY_NAMES = 40  # above this many names, a text's words are looked up among them rather than each name searched for


@attrs.frozen(kw_only=True, eq=False)  # (compared by identity: its cache is no part of what it is)
class Names:
    """Finds the candidates named in a text, in one pass over it."""

    owner: dict[str, Candidate]
    spans: dict[str, list[tuple[int, int, str]]]
    """The names found in each text asked of, with their spans (the stages ask of the same statement text often);
    a plain field, not an attrs default, so that the mypyc build compiles the class."""
    by_run: dict[str, list[str]]
    """The names by their first run of word characters (those of a name starting with one), for many names."""

    @classmethod
    def of(cls, found: Sequence[Candidate]) -> Names:
        owner = {name: c for c in found for name in c.names}
        by_run: dict[str, list[str]] = {}
        if len(owner) > _MANY_NAMES:
            for name in owner:
                run = _RUN.match(name)
                by_run.setdefault(run.group() if run is not None else "", []).append(name)
        return cls(owner=owner, spans={}, by_run=by_run)

    def finditer(self, text: str) -> Iterator[tuple[Candidate, int, int]]:
        """Each candidate named in ``text`` as a whole word, with the name's span, in text order; where names
        overlap, the leftmost and then the longest (as a longest-first alternation of the names would find them:
        a document's few names are found faster by ``str.find`` than by compiling that pattern)."""
        spans = self.spans.get(text)
        if spans is None:
            if len(self.spans) >= _SPANS_KEPT:
                self.spans.clear()
            spans = self.spans[text] = self._find(text)
        for start, end, name in spans:
            yield self.owner[name], start, end

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        """The spans ``finditer`` yields, with the names found there."""
        found = []
        # A name starting with a word character starts where a run of them does: with many names (a text naming
        # thousands of people), each run is looked up among them, not each name searched for through the text.
        searched = self.by_run.get("", ()) if self.by_run else self.owner
        for name in searched:
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                if (i == 0 or not _wordy(text[i - 1])) and (j == len(text) or not _wordy(text[j])):
                    found.append((i, -len(name), name))
                i = text.find(name, i + 1)
        if self.by_run:
            for run in _RUN.finditer(text):
                for name in self.by_run.get(run.group(), ()):
                    i = run.start()
                    j = i + len(name)
                    if text.startswith(name, i) and (j == len(text) or not _wordy(text[j])):
                        found.append((i, -len(name), name))
        found.sort()
        spans = []
        reached = 0
        for start, negative_length, name in found:
            if start >= reached:
                reached = start - negative_length
                spans.append((start, reached, name))
        return spans

    def first_in(self, text: str, exclude: str) -> Candidate | None:
        """The first candidate named in ``text``, other than the speaker ``exclude``."""
        found = self.first_match(text, exclude)
        return found[0] if found else None

    def first_match(self, text: str, exclude: str) -> tuple[Candidate, int] | None:
        """The first candidate named in ``text`` other than ``exclude``, and where its name starts."""
        for candidate, start, _ in self.finditer(text):
            if candidate.speaker.name != exclude:
                return candidate, start
        return None


def side(speaker: Speaker) -> str | None:
    """The side a speaker is on: their country, else their organisation."""
    if speaker.country:
        return speaker.country
    return speaker.organisation.name if speaker.organisation else None


def different_sides(a: Speaker, b: Candidate) -> bool:
    """Whether two parties are known to be on different sides."""
    mine = side(a)
    return mine is not None and b.side is not None and mine != b.side


def own_voice(source: str, target: str, words: ResponseWords) -> bool:
    """Whether ``source`` is a voice of ``target`` by its name: the party's name, or its last word, owning or
    before a ``voice`` noun ("Clinton's campaign" for Hillary Clinton, "the Hale campaign", "Governor Ann Lee's
    office"): one side, which does not answer itself.

    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> [own_voice(s, "Hillary Clinton", words) for s in ("Clinton's campaign", "the Clinton campaign",
    ...                                                  "Trump's campaign", "Clinton")]
    [True, True, False, False]
    """
    voiced = _VOICED.fullmatch(source)
    return voiced is not None and voiced.group(2).lower() in words.classes.get("voice", frozenset()) \
        and voiced.group(1).split()[-1] == target.split()[-1]


_VOICED = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*)(?:['’]s?)?\s+(\w+)")


def same_side(a: Speaker, b: Candidate, words: ResponseWords) -> bool:
    """Whether two parties are known to speak for the same organisation (a country holds rivals: its parties; so
    does a legislature: two senators are no one side), or ``b`` is ``a``'s own (:func:`named_as_own`)."""
    theirs = b.speaker.organisation
    if a.organisation is not None and theirs is not None and a.organisation.name == theirs.name \
            and a.organisation.name not in words.classes.get("legislature", frozenset()):
        return True
    return named_as_own(a, b)


def named_as_own(a: Speaker, b: Candidate) -> bool:
    """Whether ``b`` is named as ``a``'s own body ("Trump's campaign", "Hale's office" for Tom Hale): no party
    ``a`` answers.

    Examples
    --------
    >>> hale = Speaker(name="Tom Hale", kind="person")
    >>> office = Candidate(speaker=Speaker(name="Hale’s office", kind="group"), names=(), first=0, side=None)
    >>> named_as_own(hale, office), named_as_own(Speaker(name="Ann Dale", kind="person"), office)
    (True, False)
    """
    name = b.speaker.name
    return any(name.startswith((f"{form}'s ", f"{form}’s ")) for form in (a.name, a.name.split()[-1], *a.aliases))


def bodies(article: Article, document: Document | None, lexicon: Lexicon) -> list[Speaker]:
    """The organisations an article names without their speaking: its speakers' bodies and its named bodies.

    A body is a party a response can answer ("the EU's new rules", "accused the European
    Commission of ..."); it goes by its canonical name when the lexicon knows it, with the
    forms the text used as aliases.

    Examples
    --------
    >>> from quotetrack import read
    >>> from quotetrack.backends import embedded
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "The European Commission proposed new rules. The EC said the rules were fair."
    >>> [(b.name, b.aliases) for b in bodies(read(text), embedded.parse(text), load_lexicon())]
    [('European Commission', ('EC', 'European Commission'))]
    """
    forms: dict[str, set[str]] = {}
    for statement in article.statements:
        organisation = statement.speaker.organisation if statement.speaker is not None else None
        if organisation is not None and _NAME_SHAPED.fullmatch(organisation.name):
            forms.setdefault(organisation.name, set()).update((organisation.name, *organisation.aliases))
    text = article.text
    seen: set[str] = set()
    entities = document.entities if document is not None else ()
    for entity in entities:
        written = entity.text.removeprefix("the ").removeprefix("The ")
        if entity.label != "ORG" or written in seen:
            continue
        seen.add(written)
        known = lexicon.organisations.get(written.lower())
        if known is None and not any(not _opens_sentence(text, e.start) for e in entities
                                     if e.text.endswith(written)):
            continue  # an unknown run of capitals seen only where every word is capitalised ("Former Acme")
        forms.setdefault(known[0] if known else written, set()).add(written)
    return [Speaker(name=name, aliases=tuple(sorted(f for f in found if f in article.text)),
                    organisation=Organisation(name=name), kind="organisation")
            for name, found in forms.items()]


def canonical_name(speaker: Speaker, lexicon: Lexicon, text: str = "") -> str:
    """The name a party goes by as an end of a response: a body that speaks under a short form goes by the full
    name the reading resolved for it; a body the text names only by a name of two or more words other than the
    lexicon's goes by the text's name ("the State Department").

    An organisation speaking under initials the lexicon knows ("the EC"), under the initials of the
    organisation it speaks for ("AK" for Athletics Kenya) or of a name the text spells out, or under a
    common noun ("the organisation") is that organisation.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> body = Organisation(name="Marlow Rowing Club")
    >>> canonical_name(Speaker(name="MRC", organisation=body, kind="organisation"), lexicon)
    'Marlow Rowing Club'
    >>> canonical_name(Speaker(name="the club", organisation=body, kind="organisation"), lexicon)
    'Marlow Rowing Club'
    >>> canonical_name(Speaker(name="EC", kind="organisation"), lexicon)
    'European Commission'
    >>> canonical_name(Speaker(name="NRF", kind="organisation"), lexicon, "On Monday the Northern Rowing Federation "
    ...                "banned two rowers. The NRF said ...")
    'Northern Rowing Federation'
    >>> canonical_name(Speaker(name="Rowing Club", organisation=body, kind="person"), lexicon)
    'Rowing Club'
    >>> state = Speaker(name="U.S. Department of State", aliases=("State Department",), kind="organisation")
    >>> canonical_name(state, lexicon, "He criticized the State Department."), canonical_name(state, lexicon,
    ...     "He criticized the U.S. Department of State, the State Department said.")
    ('State Department', 'U.S. Department of State')
    """
    name = speaker.name
    if speaker.kind != "organisation":
        return name
    own = speaker.organisation.name if speaker.organisation is not None else None
    words = name.split()
    if own is not None and own != name and len(words) == 2 and words[0].lower() == "the" and words[1].islower():
        return own  # "the organisation said"
    written = [a for a in speaker.aliases if " " in a and a in text and re.compile(  # (searched from where it is)
        rf"(?<!\w){re.escape(a)}(?!\w|\s+(?:of\s+)?[A-Z])").search(text, text.find(a))
               ] if text and name not in text else []
    if written:  # "the Justice Department", never written as the lexicon's name: the text's ("American Congress of
        return max(written, key=len)  # Obstetricians" names no Congress)
    acronym = name.replace(".", "")
    if len(acronym) < 2 or not acronym.isupper() or not acronym.isalpha():
        return name  # a name written out stays as the reading wrote it
    known = lexicon.organisations.get(name.lower())
    if known is not None:
        return known[0]
    if own is not None and own != name and _NAME_SHAPED.fullmatch(own) and acronym == _initials(own):
        return own
    for run in _CAPITALISED_RUN.finditer(text):  # "On Monday the Northern Rowing Federation": its tail
        capitals = list(_CAPITALISED_WORD.finditer(run.group()))
        if len(capitals) >= len(acronym) and "".join(w.group()[0] for w in capitals[-len(acronym):]) == acronym:
            tail = run.group()[capitals[-len(acronym)].start():]
            if tail != name:
                return tail
    return name


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:(?:\s+(?:of|for|and|the|&))*\s+[A-Z][\w'’-]*)*")


def _initials(name: str) -> str:
    """The capitals opening a name's words ("Athletics Kenya": "AK"), if at least two."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))
    return initials if len(initials) >= 2 else ""


_NAME_SHAPED = re.compile(r"[\w&'’. -]*[\w)]")  # a name, not a phrase caught with its full stop


def _holds_word(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name`` as a whole word: no word character (``\\w``) just before or after it (found
    by ``str.find``: a pattern compiled for each new name cost more than the whole search)."""
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            return True
        i = text.find(name, i + 1)
    return False


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is a word character as ``\\w`` reads one."""
    return ch.isalnum() or ch == "_"


def _spelt_out(speaker: Speaker, initials: str) -> bool:
    """Whether a body speaking under two-letter initials ("the EU decided") is one the reading knows by a full name
    (European Union): only then are the initials its name ("HP directors" names nobody the reading resolved)."""
    body = speaker.organisation
    return speaker.kind == "organisation" and body is not None and body.name != initials


def _opens_sentence(text: str, offset: int) -> bool:
    before = text[max(0, offset - 3):offset].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n"


def candidates(article: Article, people: Sequence[Speaker], words: ResponseWords,
               found_bodies: Sequence[Speaker] = ()) -> list[Candidate]:
    """Named people, organisations and groups, with the names that name only them; then the bodies named
    (:func:`bodies`) that are none of them."""
    pool: dict[str, Speaker] = {}
    for speaker in [*(s.speaker for s in article.statements if s.speaker is not None), *people]:
        if is_party(speaker, words) and speaker.name not in pool:
            pool[speaker.name] = speaker
    parties = [n for s in pool.values() for n in (s.name, *s.aliases)
               if len(n) > 2 or (n.isupper() and _spelt_out(s, n))]
    named_bodies = set()
    for body in found_bodies:  # a body one of whose names holds a party's name is that party ("Acme" in "Acme Inc")
        if body.name not in pool and not any(p in n and _holds_word(n, p) for n in (body.name, *body.aliases)
                                             for p in parties):
            pool[body.name] = body
            named_bodies.add(body.name)
    owners: Counter[str] = Counter()
    for speaker in pool.values():
        for name in {speaker.name, *speaker.aliases}:
            owners[name] += 1
    found = []
    for speaker in pool.values():
        if speaker.kind == "group":  # a group is named by its words only where it speaks
            names: tuple[str, ...] = ()
        else:
            names = tuple(sorted({n for n in (speaker.name, *speaker.aliases) if owners[n] == 1 and (
                len(n) > 2 or (n.isupper() and (speaker.name in named_bodies or _spelt_out(speaker, n))))},
                                 key=len, reverse=True))
        written = [i for i in (article.text.find(n) for n in names) if i >= 0] if speaker.name in named_bodies else []
        first = min((m.start for m in speaker.mentions), default=min(written, default=len(article.text)))
        if names or speaker.kind == "group":
            found.append(Candidate(speaker=speaker, names=names, first=first, side=side(speaker),
                                   body=speaker.name in named_bodies))
    return sorted(found, key=lambda c: c.first)


def colleagues(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers speak for one body: the same organisation, or one is the body the other speaks for."""
    mine = a.organisation.name if a.organisation is not None else None
    theirs = b.organisation.name if b.organisation is not None else None
    return a.name != b.name and (mine is not None and mine == theirs or b.name == mine or a.name == theirs)


#: The kinds of party a pronoun may stand for, by its number ("her": a person; "their": a group or a body).
PRONOUN_KINDS = {"singular": frozenset({"person"}), "plural": frozenset({"group", "organisation"}),
                 "neuter": frozenset({"organisation", "group"})}


def latest_named(names: Names, text: str, start: int, end: int, kinds: frozenset[str], exclude: str,
                 gendered: Callable[[Candidate], bool] | None = None) -> Candidate | None:
    """The latest party of ``kinds`` other than ``exclude`` named in ``text[start:end]`` (and ``gendered``, if given).

    A pronoun object stands for the party named last before it more often than for the latest speaker, where
    the two differ ("Ms Cole pointed to Ellis's record and praised her": Ellis, not whoever spoke last).
    """
    found = [c for c, _, _ in names.finditer(text[start:end])
             if c.speaker.kind in kinds and c.speaker.name not in exclude  # "Ortiz's office": not Ortiz
             and (gendered is None or gendered(c))]
    return found[-1] if found else None


_CONJUNCT_BEFORE = re.compile(r"([^.,;:!?\"“”\n]{2,80})\s+and\s+(?:the\s+)?$")
_CONJUNCT_AFTER = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][^.,;:!?\"“”\n]{1,60}?)\s+$")


def co_subjects(text: str, statement: Statement, names: Names, exclude: str) -> frozenset[str]:
    """The parties named with the speaker as one subject ("Clinton and the DNC rejected the allegation"): on the
    speaker's side, never answered by the statement.

    Examples
    --------
    >>> from quotetrack.model import Mention
    >>> senator = Candidate(speaker=Speaker(name="Ruth Ellis", kind="person"), names=("Ellis",), first=0, side=None)
    >>> text = "Ellis and the party rejected the claim."
    >>> said = Statement(start=29, end=38, text="the claim", kind="indirect",
    ...                  speaker_mention=Mention(start=14, end=19, text="party"), cue=Mention(start=20, end=28,
    ...                  text="rejected"))
    >>> sorted(co_subjects(text, said, Names.of([senator]), "party"))
    ['Ruth Ellis']
    """
    mention = statement.speaker_mention
    if mention is None:
        return frozenset()
    window = max(0, mention.start - 90)
    # the pattern ends in "and" or "and the", then a space: tried only where the text does, not at 90 offsets
    ends = text[window:mention.start].rstrip().endswith(("and", "the"))
    before = _CONJUNCT_BEFORE.search(text, window, mention.start) if ends else None
    cue = statement.cue.start if statement.cue is not None and statement.cue.start >= mention.end else None
    after = _CONJUNCT_AFTER.fullmatch(text, mention.end, cue) if cue is not None and cue - mention.end < 70 else None
    return frozenset(c.speaker.name for m in (before, after) if m is not None for c, _, _ in names.finditer(m.group(1))
                     if c.speaker.name != exclude)


_COURTESY = re.compile(r"\b([A-Z][a-z]{1,3})\.?\s+$")  # "Mr. " or "Ms " right before a mention


def gender_of(speaker: Speaker, lexicon: Lexicon, text: str) -> str | None:
    """A person's gender (``m``/``f``) where the text tells it: a courtesy title before a mention ("Mr. Khan"), a
    title ("spokeswoman") or a given name the lexicon knows; else none.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> lexicon = load_lexicon()
    >>> gender_of(Speaker(name="Ruth Ellis"), lexicon, ""), gender_of(Speaker(name="Ellis"), lexicon, "")
    ('f', None)
    >>> gender_of(Speaker(name="Khan", mentions=(Mention(start=4, end=8, text="Khan"),)), lexicon, "Mr. Khan said")
    'm'
    """
    if speaker.kind != "person":
        return None
    words = speaker.name.split()
    if len(words) > 1 and words[0] not in lexicon.family_name_first and words[0] in lexicon.genders:
        return lexicon.genders[words[0]]
    for mention in speaker.mentions:
        courtesy = _COURTESY.search(text, max(0, mention.start - 6), mention.start)
        if courtesy is not None and courtesy.group(1) in lexicon.genders:
            return lexicon.genders[courtesy.group(1)]
    role = (speaker.title or "").lower().split()[-1:]
    if role and role[0].endswith(("woman", "man")):
        return "f" if role[0].endswith("woman") else "m"
    return None
