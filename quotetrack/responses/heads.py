"""A body's head named by the office alone: "The FBI director chastised X", "the Fed chairman warned ...".

A speaker the attribution leaves unnamed is no party ("an aide", "a source": nobody can be said to answer them),
save a party's voice (:func:`~.parties.partisan_voice`). The head of a named body written with "the" is one person
all the same: "the FBI director", "the Fed chair", "the NAACP president" (a ``body_head`` noun after the body's
name, which the attribution has read as the speaker's organisation). The annotation names such a speaker by the
phrase. A head without the body ("the director") or a member of it ("an FBI agent", "the Pentagon spokesman": one of
several) stays no party.
"""

from __future__ import annotations

import re

from .words import ResponseWords

__all__ = ["body_head"]

_THE_BODY = re.compile(r"[Tt]he\s+(?:[A-Z][\w.&'’-]*\s+){1,4}([a-z]+)")


def body_head(name: str, words: ResponseWords) -> bool:
    """Whether an unnamed speaker's ``name`` is "the" + a body's name + a ``body_head`` noun.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> [body_head(n, words) for n in ("The FBI director", "the Fed chairman", "the director", "an FBI agent",
    ...                                "The Pentagon spokesman", "The FBI director's aide")]
    [True, True, False, False, False, False]
    """
    found = _THE_BODY.fullmatch(name)
    return found is not None and found.group(1) in words.classes.get("body_head", frozenset())
