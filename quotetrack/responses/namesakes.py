"""Namesakes: a bare surname read as a person named only after it, or as a relative named in passing.

News writing names a person in full before it calls them by the surname alone, and names a relative of the
story's figure as one ("her husband, former President Tom Ellis"): a bare surname they share goes on naming the
figure. A response end the reading took from a bare surname is re-read so: read as a person the text names in
full only after it, or only as someone's relative, it is the namesake named in full last before it (not as a
relative); where no one of that surname was named in full before it, the surname named someone the text does
not introduce, and the end is unknown.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence

import attrs

from quotetrack.lexicon import Lexicon
from quotetrack.model import Mention, Response, Statement

from .parties import Candidate
from .words import ResponseWords

__all__ = ["bare_at", "full_names", "namings", "reread_ends"]

_REACH = 200  # characters after a cue where its object's name is looked for
_WORD_CHAR = re.compile(r"\w")
_GIVEN = re.compile(r"(?<![\w.-])([A-Z]\w+)")  # a given name (the whole word: a space must follow it)
_MIDDLE = re.compile(r"\s[A-Z]\.|\s[A-Z][a-z]+")  # a middle initial or name
_SPACE = re.compile(r"\s")
_BOUNDARY = re.compile(r"\b")


def _plain(word: str) -> str:
    """A word without its accents ("François": "Francois")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def full_names(text: str, name: str, lexicon: Lexicon) -> dict[str, list[int]]:
    """The people ``text`` names in full with the surname of ``name`` but another given name, and where each is
    named so ("Ruth Ellis" for "Tom Ellis"; not "Tommy Ellis" nor "Thomas J. Ellis", forms of his).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Senator Ruth Ellis met Tom Ellis, her brother. Thomas Ellis said ... Ellis said."
    >>> full_names(text, "Ruth Ellis", load_lexicon())
    {'Tom Ellis': [23], 'Thomas Ellis': [47]}
    >>> full_names(text, "Thomas Ellis", load_lexicon())
    {'Ruth Ellis': [8]}
    """
    words = name.split()
    own = {_plain(w).lower() for w in words[:-1]}
    familiar = own.union(*(lexicon.nicknames.get(w, frozenset()) for w in own))
    found: dict[str, list[int]] = {}
    for at, given, middle in _named_in_full(text, words[-1], lexicon):
        if _plain(given).lower() not in familiar:
            found.setdefault(f"{given}{middle} {words[-1]}", []).append(at)
    return found


@functools.lru_cache(maxsize=8)  # asked again for each response end of that surname in the text
def _named_in_full(text: str, surname: str, lexicon: Lexicon) -> tuple[tuple[int, str, str], ...]:
    """Where ``text`` names someone in full by a given name and ``surname``: each place, the given name, and the
    middle initial or name after it (or "")."""
    found = []
    for at in _given_starts(text, surname):
        named = _given_at(text, at, surname)
        if named is None:
            continue
        earlier = re.search(r"(\w+)\s+$", text[max(0, at - 20):at])
        if earlier is not None and earlier.group(1) in lexicon.given_names:
            continue  # "Barack Hussein Obama": his middle name
        if named[0] in lexicon.given_names:
            found.append((at, *named))
    return tuple(found)


def _given_at(text: str, at: int, surname: str) -> tuple[str, str] | None:
    """The capitalised word at ``at`` and the middle initial or name after it (or ""), where ``surname`` follows them
    as a whole word ("Ruth J. Ellis"); patterns made once, not one for each surname."""
    given = _GIVEN.match(text, at)
    if given is None:
        return None
    middle = _MIDDLE.match(text, given.end())
    for end in (middle.end(), given.end()) if middle is not None else (given.end(),):
        if _SPACE.match(text, end) and text.startswith(surname, end + 1) \
                and _BOUNDARY.match(text, end + 1 + len(surname)):
            return given.group(1), text[given.end():end]
    return None


def _given_starts(text: str, surname: str) -> list[int]:
    """Where a given name before ``surname`` may start: each capital letter in the two words before each of its
    occurrences after a space (where :func:`full_names` tries its pattern, not at every letter of the text)."""
    starts: set[int] = set()
    at = text.find(surname)
    while at >= 0:
        if at > 0 and text[at - 1].isspace():  # (``str.isspace`` is the ``\s`` of a ``str`` pattern)
            spaces, low = 0, at - 1
            while low >= 0 and not (text[low].isspace() and (spaces := spaces + 1) == 3):
                low -= 1  # a given name and a middle name or initial hold two spaces at most
            starts.update(i for i in range(low + 1, at) if "A" <= text[i] <= "Z")
        at = text.find(surname, at + 1)
    return sorted(starts)


def bare_at(text: str, start: int, end: int, surname: str, courtesy: frozenset[str]) -> int | None:
    """Where ``text[start:end]`` names someone by ``surname`` alone: no given name and no courtesy title
    before it ("Mrs. Clinton" tells which one), else none.

    Examples
    --------
    >>> text = "Ellis said. Ruth Ellis said. Mrs. Ellis said."
    >>> bare_at(text, 0, 11, "Ellis", frozenset({"mrs"})), bare_at(text, 12, 27, "Ellis", frozenset())
    (0, None)
    >>> bare_at(text, 29, 45, "Ellis", frozenset({"mrs"}))
    """
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text[start:end]):
        at = start + match.start()
        before = re.search(r"([A-Z][\w.-]*)\s+$", text[max(0, at - 30):at])
        if before is None:
            return at
        if before.group(1).rstrip(".").lower() in courtesy:
            return None
    return None


def _own_namings(text: str, candidate: Candidate) -> list[int]:
    """Where the text names a person in full (a name or alias of two words or more)."""
    forms = [n for n in (candidate.speaker.name, *candidate.speaker.aliases) if len(n.split()) > 1]
    found = []
    for name in forms:  # (``str.find`` for the name, then the word bounds: no pattern tried at every letter)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                found.append(at)
                at = text.find(name, end)  # matches do not overlap
            else:
                at = text.find(name, at + 1)
    return sorted(found)


def _as_kin(text: str, at: int, kin: frozenset[str]) -> bool:
    """Whether the name at ``at`` follows a family tie within its phrase ("his wife, Senator ...", "daughter")."""
    phrase = re.split(r"[.;:!?\"“”()]", text[max(0, at - 45):at])[-1]
    return any(w in kin for w in re.findall(r"[\w-]+", phrase.lower())[-5:])


def namings(text: str, name: str, own: Sequence[int], lexicon: Lexicon, kin: frozenset[str], at: int
            ) -> str | None:
    """The person a bare surname at ``at`` names, read as ``name`` (named in full at ``own``): ``name`` where it was
    named in full before, not as someone's relative; else the namesake named in full last before it, not as a
    relative, if any; none where no one of that surname was named in full before it.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Ruth Ellis spoke. Her husband, Tom Ellis, agreed. Ellis said ... Tom Ellis left. Ellis said ..."
    >>> kin = frozenset({"husband"})
    >>> [namings(text, "Tom Ellis", [31, 67], load_lexicon(), kin, at) for at in (50, 82, 0)]
    ['Ruth Ellis', 'Ruth Ellis', None]
    >>> namings("Tom Ellis spoke. Ruth Ellis spoke. Ellis said ...", "Tom Ellis", [0], load_lexicon(), kin, 35)
    'Tom Ellis'
    >>> namings("Ruth Ellis spoke. Ellis said ... Tom Ellis said", "Tom Ellis", [33], load_lexicon(), kin, 18)
    'Ruth Ellis'
    """
    everyone = {name: list(own), **full_names(text, name, lexicon)}
    latest = {n: max(i for i in found if i < at) for n, found in everyone.items() if any(i < at for i in found)}
    relatives = {n for n in latest if any(_as_kin(text, i, kin) for i in everyone[n])}
    if name in latest and name not in relatives:
        return name  # the reading's person, named before: a namesake named since is no reason to doubt it
    others = [n for n in latest if n not in relatives]
    if not others:
        return name if latest else None
    return max(others, key=latest.__getitem__)


def _mention_at(text: str, name: str, mention: Mention | None, courtesy: frozenset[str]) -> int | None:
    """Where a speaker's mention names them by surname alone, if it does."""
    if mention is None:
        return None
    return bare_at(text, mention.start, mention.end, name.split()[-1], courtesy)


def _target_at(text: str, response: Response, statements: Sequence[Statement], courtesy: frozenset[str]
               ) -> int | None:
    """Where the words that name a response's target name it by surname alone, if they do: the mention of the
    target statement's speaker, else the words from the evidence to the end of the responding statement."""
    name = response.target
    if response.target_statement is not None:
        said = statements[response.target_statement]
        if said.speaker is not None and said.speaker.name == name:
            return _mention_at(text, name, said.speaker_mention, courtesy)
    span, statement = response.evidence_span, statements[response.statement]
    if span is None:
        return None
    start = min(span.start, statement.start)
    end = max(statement.end, span.end)
    end = min(end, start + _REACH) if span.start > statement.end else end
    if name in text[start:end]:
        return None
    return bare_at(text, start, end, name.split()[-1], courtesy)


def _reread(name: str, at: int | None, text: str, by_name: Mapping[str, Candidate], lexicon: Lexicon,
            kin: frozenset[str]) -> str | None:
    """The person a bare surname at ``at`` read as ``name`` stands for (:func:`namings`), by the name the reading
    gave them; none where no one of that surname was named in full before it, but ``name`` is after it (a headline
    names people by their surnames before its story names them in full: its ends stay)."""
    candidate = by_name.get(name)
    if at is None or at < text.find("\n") or candidate is None or candidate.speaker.kind != "person" \
            or len(name.split()) < 2:
        return name
    own = _own_namings(text, candidate)
    if not own:
        return name  # never named in full: the reading's own canonical name ("Obama" as Barack Obama)
    found = namings(text, name, own, lexicon, kin, at)
    if found is None or found == name:
        return found
    return next((c for c in by_name if c.endswith(" " + found)), found)  # "Senator Ruth Ellis"


def reread_ends(response: Response, statements: Sequence[Statement], text: str, by_name: Mapping[str, Candidate],
                lexicon: Lexicon, words: ResponseWords) -> Response | None:
    """The response with an end read from a bare surname re-read as :func:`namings` tells; none if an end is then
    unknown or both ends are one.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> text = ("Senator Ruth Ellis opened her campaign. Her brother, Tom Ellis, was there. "
    ...         "Mayor Ann Cole criticised Ellis over her plan.")
    >>> people = {n: Candidate(speaker=Speaker(name=n, kind="person", aliases=(n, n.split()[-1])), names=(n,),
    ...                        first=0, side=None) for n in ("Tom Ellis", "Ann Cole")}
    >>> cole = Statement(start=107, end=120, text="over her plan", kind="indirect",
    ...                  speaker=people["Ann Cole"].speaker, cue=Mention(start=90, end=100, text="criticised"))
    >>> said = Response(source="Ann Cole", target="Tom Ellis", statement=0, evidence="cue",
    ...                 evidence_span=Mention(start=90, end=100, text="criticised"))
    >>> from quotetrack.responses.words import response_words
    >>> reread_ends(said, [cole], text, people, load_lexicon(), response_words(load_lexicon())).target
    'Ruth Ellis'
    """
    courtesy = frozenset(t.lower() for t in lexicon.courtesy_titles)
    kin = words.classes.get("kin", frozenset())
    statement = statements[response.statement]
    source: str | None = response.source
    if statement.speaker is not None and statement.speaker.name == source:
        source = _reread(response.source, _mention_at(text, response.source, statement.speaker_mention, courtesy),
                         text, by_name, lexicon, kin)
    target = _reread(response.target, _target_at(text, response, statements, courtesy), text, by_name, lexicon, kin)
    if source is None or target is None or source == target:
        return None
    if (source, target) == (response.source, response.target):
        return response
    return attrs.evolve(response, source=source, target=target)
