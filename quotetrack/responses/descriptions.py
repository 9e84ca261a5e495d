"""A person answered under a description of their role: "criticized the Republican nominee", "the front-runner".

Political news names a candidate in full once ("Republican presidential nominee Sam Ortiz", "Ann Pike, the
Democratic nominee") and then often by the role alone: "Pike attacked the presumptive Republican nominee",
"groups hailed the Democratic nominee's speech". A cue's object that is such a description (``the``, modifiers of
a role or a party, a title word or a ``description_head`` of ``response_words.tsv``) is read as a ``role``
(:func:`description_reading`), and :func:`described_holder` gives it to the one person the article titles with that
head noun and every party word of the description. Two such people (two senators) leave it unread. A bare
description ("the minister", "the coach") also names a person whose title adds the role's field (an ``office_field``
word: "environment minister", "head coach"), not its rank ("deputy minister", "shadow chancellor").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from quotetrack.lexicon import Lexicon

from .parties import Candidate
from .words import ResponseWords

__all__ = ["description_reading", "described_holder"]

_MAX_MODIFIERS = 3  # "the presumptive Democratic presidential nominee"


@functools.cache
def _heads(lexicon: Lexicon, words: ResponseWords) -> frozenset[str]:
    """Title words that name a person ("nominee", "president"), not a body ("the company", "the board")."""
    return (lexicon.title_words | words.classes.get("description_head", frozenset())) \
        - words.classes.get("organisation", frozenset()) - lexicon.body_nouns


def description_reading(tokens: Sequence[tuple[str, int, int]], text: str, lexicon: Lexicon, words: ResponseWords
                        ) -> tuple[int, int, str] | None:
    """The span and head noun of a description opening an object's ``tokens``, if they open with one.

    Parameters
    ----------
    tokens : sequence of (str, int, int)
        The object's first words, lower-cased, with their offsets in ``text``.
    text : str
        The article text.
    lexicon : Lexicon
        Title words.
    words : ResponseWords
        Description heads and modifiers, party words.

    Returns
    -------
    tuple of (int, int, str) or None
        Where the head noun starts and ends (without a possessive "'s"), and the noun.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> text = "the presumptive Republican nominee for his plan"
    >>> tokens = [(w.lower(), text.index(w), text.index(w) + len(w)) for w in text.split()]
    >>> description_reading(tokens, text, lexicon, response_words(lexicon))
    (27, 34, 'nominee')
    >>> tokens = [("the", 0, 3), ("tax", 4, 7), ("plan", 8, 12)]
    >>> description_reading(tokens, "the tax plan", lexicon, response_words(lexicon)) is None
    True
    """
    if len(tokens) < 2 or tokens[0][0] != "the":
        return None
    heads = _heads(lexicon, words)
    modifiers = _modifiers(words)
    for k, (word, start, _end) in enumerate(tokens[1:_MAX_MODIFIERS + 2], start=1):
        base = word.removesuffix("'s").removesuffix("’s")
        if base in heads and k + 1 < len(tokens) and base == word \
                and tokens[k + 1][0] not in lexicon.function_words.stop_words:
            return None  # a title word modifying a noun: "the nominee process"
        if base in heads:
            return start, start + len(base), base
        if word not in modifiers:
            return None
    return None


@functools.cache
def _modifiers(words: ResponseWords) -> frozenset[str]:
    return words.classes.get("description_modifier", frozenset()) | words.classes.get("party_word", frozenset())


def _party(word: str, lexicon: Lexicon) -> str:
    """The party a word names ("GOP", "Republican": the Republican Party), else the word itself, lower-cased."""
    word = word.lower()
    return lexicon.parties[word][0] if word in lexicon.parties else word


def described_holder(text: str, start: int, head: str, source: str, candidates: Sequence[Candidate],
                     words: ResponseWords, lexicon: Lexicon) -> Candidate | None:
    """The one person other than ``source`` titled by the description at ``start`` (its head ``head``).

    The person's title must be a description of the same kind, ``head`` with modifiers and party words only
    ("Republican presidential nominee", not "SEIU president" or "vice president"), and hold every party word of
    the description ("the Republican nominee": not the Democratic one).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> ortiz = Candidate(speaker=Speaker(name="Sam Ortiz", title="Republican nominee", kind="person"),
    ...                   names=("Sam Ortiz",), first=0, side=None)
    >>> text = "Pike criticized the Republican nominee."
    >>> described_holder(text, 31, "nominee", "Ann Pike", [ortiz], response_words(lexicon), lexicon).speaker.name
    'Sam Ortiz'
    >>> text = "Pike criticized the Democratic nominee."
    >>> described_holder(text, 31, "nominee", "Ann Pike", [ortiz], response_words(lexicon), lexicon) is None
    True
    >>> duarte = Candidate(speaker=Speaker(name="Rosa Duarte", title="Health minister", kind="person"),
    ...                    names=("Rosa Duarte",), first=0, side=None)
    >>> text = "Pike accused the minister of lying."
    >>> described_holder(text, 17, "minister", "Ann Pike", [duarte], response_words(lexicon), lexicon).speaker.name
    'Rosa Duarte'
    """
    opening = text.lower().rfind("the", 0, start)
    marks = [_party(w, lexicon) for w in text[opening + 3:start].split() if w[:1].isupper()]  # "Republican", "GOP"
    modifiers = _modifiers(words)
    if not text[opening + 3:start].strip():  # a bare "the minister": an environment minister's field is no rank
        modifiers |= words.classes.get("office_field", frozenset()) | lexicon.portfolio_words \
            | lexicon.function_words.conjunctions  # "Lands and Natural Resources Minister": fields joined
    holders = []
    for candidate in candidates:
        title = (candidate.speaker.title or "").lower().split()
        parties = {_party(w, lexicon) for w in title}
        if candidate.speaker.kind == "person" and candidate.speaker.name != source and title and title[-1] == head \
                and all(w in modifiers for w in title[:-1]) and all(m in parties for m in marks):
            holders.append(candidate)
    return holders[0] if len(holders) == 1 else None
