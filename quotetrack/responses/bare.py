"""A bare group word for a body: "hit back at the unions", "criticised ministers", "attacked the opposition".

A cue's object that is a bare common noun of a group (``objects.read_object`` reads "the unions" as a group) names,
for a reader, the party or body the story names for it: "the unions" the one union the parties include (the
``union_group`` words of ``response_words.tsv``; a body whose name holds a ``union_name`` word and no
``employer_name`` word), "ministers" the one government among the parties that is not the speaker's own
(``bare_government``), "the opposition" the party the text calls the opposition (``bare_opposition``: "the opposition
Green Party"). Where none or several fit, "the unions" stays the bare group, as the annotation names bare plural groups
("critics", "unions"); "ministers" and "the opposition" then name no end (:data:`UNRESOLVED`), which no annotation
takes for a party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotetrack.model import Speaker

from .parties import Candidate, same_side
from .words import ResponseWords

__all__ = ["UNRESOLVED", "bare_body"]

UNRESOLVED = "unresolved"  # a bare word that must name a body and named none: no end


def _distinct(found: list[Candidate]) -> Candidate | None:
    """The one party of ``found`` (by name), if there is exactly one."""
    return found[0] if len({c.speaker.name for c in found}) == 1 else None


_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*"
                   r"[A-Z][\w'’-]*)?")


def _written_union(text: str, people: tuple[str, ...], words: ResponseWords) -> Candidate | None:
    """The one union ``text`` names in capitals ("The General Confederation of Labour (CGT) called ..."), though no
    party: a name of two words or more holding a ``union_name`` word and no ``employer_name`` word, nor the name of one
    of ``people`` ("Labour Secretary Ann Olsen").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "The General Confederation of Labour said. Steel Industrial Union and Labour Secretary Ann Olsen did."
    >>> _written_union(text, ("Ann Olsen",), words).speaker.name
    'General Confederation of Labour'
    """
    union, employer = words.classes.get("union_name", frozenset()), words.classes.get("employer_name", frozenset())
    found: dict[str, int] = {}
    for m in _NAME.finditer(text):
        name = re.sub(r"^(?:The|A|An|Its|Their)\s+", "", m.group())
        tokens = {w.lower().strip("'’") for w in name.split()}
        if len(name.split()) > 1 and not union.isdisjoint(tokens) and employer.isdisjoint(tokens) \
                and not any(person in name for person in people):
            found.setdefault(name, m.start())
    if len(found) != 1:
        return None
    name, at = next(iter(found.items()))
    return Candidate(speaker=Speaker(name=name, kind="organisation"), names=(name,), first=at, side=None, body=True)


def bare_body(text: str, name: str, speaker: Speaker, candidates: Sequence[Candidate], before: int,
              words: ResponseWords) -> Candidate | str | None:
    """The body a bare group ``name`` ("the unions", "ministers") names for ``speaker``'s cue at ``before``:
    a candidate, :data:`UNRESOLVED` where the word needs a body and none fits, or None where the group stays bare.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Organisation
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> def body(name, first):
    ...     return Candidate(speaker=Speaker(name=name, kind="organisation"), names=(name,), first=first, side=None)
    >>> text = ("The Metal Workers Union, the Steel Industrial Union and the Utopian government spoke. The opposition "
    ...         "Green Party spoke.")
    >>> parties = [body("Metal Workers Union", 4), body("Steel Industrial Union", 32), body("Green Party", 80),
    ...            body("Utopian government", 5)]
    >>> olsen = Speaker(name="Ann Olsen", kind="person")
    >>> bare_body(text, "the unions", olsen, parties, 120, words).speaker.name
    'Metal Workers Union'
    >>> bare_body(text, "the opposition", olsen, parties, 120, words).speaker.name
    'Green Party'
    >>> bare_body(text, "ministers", olsen, parties, 120, words).speaker.name
    'Utopian government'
    >>> minister = Speaker(name="Ann Olsen", kind="person", organisation=Organisation(name="Utopian government"))
    >>> bare_body(text, "ministers", minister, parties, 120, words)
    'unresolved'
    >>> bare_body(text, "critics", olsen, parties, 120, words) is None
    True
    """
    words_of = name.lower().split()
    if len(words_of) > 2 or (len(words_of) == 2 and words_of[0] != "the"):
        return None  # "French unions", "the big unions": a group of its own
    head, classes = words_of[-1], words.classes
    others = [c for c in candidates if c.speaker.kind == "organisation"
              and (any(n and text.find(n, 0, before) >= 0 for n in c.names) or not c.names and c.first < before)
              and c.speaker.name != speaker.name and not same_side(speaker, c, words)]
    if head in classes.get("union_group", frozenset()):
        unions = [c for c in others if not classes.get("union_name", frozenset()).isdisjoint(
            c.speaker.name.lower().split()) and classes.get("employer_name", frozenset()).isdisjoint(
            c.speaker.name.lower().split())]
        people = tuple(n for c in candidates if c.speaker.kind == "person" for n in c.names if " " in n)
        return _distinct(unions) or _written_union(text[:before], people, words)
    if head in classes.get("bare_government", frozenset()):
        own = speaker.organisation.name if speaker.organisation is not None else None
        found = _distinct([c for c in others if c.speaker.name.lower().endswith(" government")
                           and c.speaker.name != own])
        return found if found is not None else UNRESOLVED
    if head in classes.get("bare_opposition", frozenset()):
        found = _distinct([c for c in others if any(re.search(
            rf"\bopposition\s+(?:(?:party|parties)\s+)?(?:the\s+)?{re.escape(n)}|{re.escape(n)},\s+the\s+(?:main\s+)?"
            rf"opposition\b", text[:before]) for n in c.names if n)])
        return found if found is not None else UNRESOLVED
    return None
