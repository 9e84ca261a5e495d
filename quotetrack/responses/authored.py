"""A name that writes a piece of words: "denied a Reuters report", "rejected a Fox News proposal".

A name in a cue's object that stands before a noun modifies it and is no target ("in a CNN interview", "the
Clinton deposition request": objects.read_object), except where the noun is a piece of words the name wrote, an
``authored`` noun of ``response_words.tsv`` (a report, a story, a poll, a proposal): the cue answers whoever wrote
it, as "a report by Reuters" would say. News writes the author before the noun without an owner's mark ("a New
York Times story", "an Associated Press poll"), so the mark is not required. A country's adjective before such a
noun names the country as its author the same way ("rejected Saudi concerns", "dismissed Russian claims":
:func:`demonym_author`).
"""

from __future__ import annotations

import functools
import re

from quotetrack.lexicon import Lexicon

from .words import ResponseWords

__all__ = ["authors_next", "demonym_author"]

_NEXT = re.compile(r" ([a-z]+)\b")


def authors_next(text: str, name_end: int, words: ResponseWords) -> bool:
    """Whether the name ending at ``name_end`` is the author of the noun right after it.

    Parameters
    ----------
    text : str
        The article text.
    name_end : int
        Where the name ends.
    words : ResponseWords
        The ``authored`` nouns.

    Returns
    -------
    bool
        True when the next word is an ``authored`` noun.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "denied a Reuters report, gave a Reuters interview"
    >>> authors_next(text, 16, words), authors_next(text, 38, words)
    (True, False)
    """
    found = _NEXT.match(text, name_end)
    return found is not None and found.group(1) in words.classes.get("authored", frozenset())


@functools.cache
def _demonyms(lexicon: Lexicon) -> re.Pattern[str]:
    names = sorted((n for n, (_, kind) in lexicon.places.items() if kind == "demonym"), key=len, reverse=True)
    return re.compile(rf"\s*(?:the\s+|an?\s+)?({'|'.join(map(re.escape, names))})\b")


def demonym_author(text: str, start: int, end: int, lexicon: Lexicon, words: ResponseWords) -> tuple[str, int] | None:
    """The country whose adjective opens the object ``start``-``end`` before an ``authored`` noun, and where it stands.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> words = response_words(lexicon)
    >>> text = "rejected Saudi concerns, praised Mexican workers"
    >>> demonym_author(text, 8, 23, lexicon, words), demonym_author(text, 32, 48, lexicon, words)
    (('Saudi Arabia', 9), None)
    """
    found = _demonyms(lexicon).match(text, start, end)
    if found is None or not authors_next(text[:end], found.end(), words):
        return None
    return lexicon.places[found.group(1)][0], found.start(1)
