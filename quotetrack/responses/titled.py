"""Speakers named again by their title: "the senator", "The Florida senator", "the former president".

News names a person in full once ("Sen. Ann Pike", "Republican presidential nominee Sam Ortiz") and then often by a
definite description of their title: '"We will win," the senator said', "The GOP nominee dismissed the claim". The
attribution keeps the description as the speaker (the PolNeAR annotation names such a speaker by its words), so
the response pass would see an unnamed voice that answers no one and no one answers. For that pass only,
:func:`titled_speakers` gives such a statement to the person named last before it whose title holds the
description's head noun, a ``title_words`` word of the lexicon (an abbreviated title counts for the word it
shortens: "Sen." for "senator", "Gov." for "governor"). A description with a person's name in it ("the Hale aide")
or a head that is no title ("the ad's narrator") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotetrack.lexicon import Lexicon
from quotetrack.model import Article, Speaker

__all__ = ["titled_speakers"]

_DESCRIPTION = re.compile(r"[Tt]he((?:\s+[\w-]+){1,4})")  # "the" and at most three modifiers before the title
_REACH = 3000  # characters back to the person's last mention


def _holds(title: str, head: str) -> bool:
    """Whether a person's ``title`` holds the noun ``head``, written out or shortened ("Sen." for "senator")."""
    return any(word == head or word.endswith(".") and len(word) > 3 and head.startswith(word[:-1])
               for word in title.lower().split())


def titled_speakers(article: Article, people: Sequence[Speaker], lexicon: Lexicon) -> Article:
    """``article`` with each statement whose speaker is a title's description speaking as the person it names.

    Examples
    --------
    >>> import quotetrack
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> article = quotetrack.read('Sen. Ann Pike spoke in Ohio on Monday. "We will win," the senator said.')
    >>> article.statements[0].speaker.name
    'the senator'
    >>> named = (Mention(start=5, end=13, text="Ann Pike"),)
    >>> pike = Speaker(name="Ann Pike", title="Sen.", kind="person", mentions=named)
    >>> titled_speakers(article, [pike], load_lexicon()).statements[0].speaker.name
    'Ann Pike'
    """
    persons = {p.name: p for p in (*people, *(s.speaker for s in article.statements if s.speaker is not None))
               if p.kind == "person" and p.title and p.mentions}
    if not persons:
        return article
    named = {w for p in persons.values() for n in (p.name, *p.aliases) for w in n.split()}
    statements = []
    for statement in article.statements:
        speaker = statement.speaker
        match = _DESCRIPTION.fullmatch(speaker.name) if speaker is not None and speaker.kind != "person" else None
        words = match.group(1).split() if match is not None else []
        head = words[-1].lower() if words else ""
        if head not in lexicon.title_words or any(w.removesuffix("'s").removesuffix("’s") in named for w in words):
            statements.append(statement)  # no title, or a person's name in the phrase: "the Hale aide"
            continue
        at = statement.speaker_mention.start if statement.speaker_mention is not None else statement.start
        found = max(((m.start, p) for p in persons.values() if _holds(p.title or "", head)
                     for m in p.mentions if at - _REACH <= m.start < at), default=None, key=lambda f: f[0])
        statements.append(attrs.evolve(statement, speaker=found[1]) if found is not None else statement)
    return attrs.evolve(article, statements=tuple(statements))

