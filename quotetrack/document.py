"""The linguistic layer a backend produces: tokens, sentences, paragraphs, entities.

A :class:`Document` is what every later stage reads. Backends (the embedded one,
stanza) fill in what they can; optional layers (dependency heads, coreference)
are empty tuples when a backend has none.
"""

from __future__ import annotations

import bisect
import operator
import sys
from collections.abc import Iterable, Sequence

import attrs

__all__ = ["CorefChain", "Document", "Entity", "Sentence", "Token", "lower_case"]

_LAST = sys.maxsize  # past any offset


@attrs.frozen(kw_only=True, weakref_slot=False)  # no weak references: 8 bytes less on each of a million tokens
class Token:
    """A token with exact character offsets into the original text.

    Parameters
    ----------
    start, end : int
        Offsets into ``Document.text``.
    text : str
        ``Document.text[start:end]``.
    head : int or None
        Index (into ``Document.tokens``) of the syntactic head; None for the
        root or when the backend gives no parse.
    deprel : str or None
        Universal Dependencies relation to the head (``"nsubj"``).
    upos : str or None
        Universal part-of-speech tag, when the backend gives one.
    lemma : str or None
        Lemma, when the backend gives one.
    """

    start: int
    end: int
    text: str
    head: int | None = None
    deprel: str | None = None
    upos: str | None = None
    lemma: str | None = None


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence: character offsets and the half-open range of its tokens."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@attrs.frozen(kw_only=True)
class Entity:
    """A named entity.

    Parameters
    ----------
    start, end : int
        Offsets into ``Document.text``.
    text : str
        ``Document.text[start:end]``.
    label : str
        OntoNotes-style type: ``PERSON``, ``ORG``, ``GPE``, ``NORP``, or
        ``TITLE`` for a role preceding a name.
    """

    start: int
    end: int
    text: str
    label: str


@attrs.frozen(kw_only=True)
class CorefChain:
    """Mentions (as character spans) that refer to the same entity."""

    mentions: tuple[tuple[int, int], ...]
    representative: tuple[int, int]


_TEXT, _START, _END, _DEPREL = map(operator.attrgetter, ("text", "start", "end", "deprel"))


def texts_of(spans: Iterable[Token] | Iterable[Entity]) -> list[str]:
    """The ``text`` of each token or entity, in order (one map, no Python step an item)."""
    return list(map(_TEXT, spans))


def starts_of(spans: Iterable[Token] | Iterable[Entity] | Iterable[Sentence]) -> list[int]:
    """The ``start`` of each token, entity or sentence, in order (one map, no Python step an item)."""
    return list(map(_START, spans))


def ends_of(spans: Iterable[Token] | Iterable[Entity] | Iterable[Sentence]) -> list[int]:
    """The ``end`` of each token, entity or sentence, in order (one map, no Python step an item)."""
    return list(map(_END, spans))


def lower_case(words: Iterable[str]) -> dict[str, str]:
    """Each distinct word of ``words`` and its lower case (a text repeats its words: each is lowered once).

    Examples
    --------
    >>> lower_case(["The", "the", "U.S."])
    {'The': 'the', 'the': 'the', 'U.S.': 'u.s.'}
    """
    return {word: word.lower() for word in dict.fromkeys(words)}


@attrs.frozen(kw_only=True)
class Document:
    """The text of an article with its linguistic annotation.

    Parameters
    ----------
    text : str
        The original text.
    tokens : tuple of Token
        All tokens in text order.
    sentences : tuple of Sentence
        Sentences in text order.
    paragraphs : tuple of tuple of int
        ``(start, end)`` of each paragraph (text between blank or line breaks).
    entities : tuple of Entity
        Named entities in text order.
    coref : tuple of CorefChain
        Coreference chains, when the backend resolves them.
    backend : str
        Name of the backend that produced the document.
    lowered : dict of str to str, optional
        Each distinct token text and its lower case (:func:`lower_case`), when the backend has it already.
    given_starts, given_texts : sequence, optional
        Each token's start and text (:func:`starts_of`, :func:`texts_of`), when the backend has them already.
    """

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]
    entities: tuple[Entity, ...] = ()
    coref: tuple[CorefChain, ...] = ()
    backend: str = "embedded"
    lowered: dict[str, str] | None = attrs.field(default=None, eq=False, repr=False)
    given_starts: Sequence[int] | None = attrs.field(default=None, eq=False, repr=False)
    given_texts: Sequence[str] | None = attrs.field(default=None, eq=False, repr=False)

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding character ``offset`` (the one before it, between paragraphs).

        Examples
        --------
        >>> Document(text="A. B.", tokens=(), sentences=(), paragraphs=((0, 2), (3, 5))).paragraph_of(4)
        1
        """
        # (start, end) <= (offset, _LAST) exactly when start <= offset: a tuple comparison, no key function to call.
        return max(0, bisect.bisect_right(self.paragraphs, (offset, _LAST)) - 1)

    has_parse: bool = attrs.field(init=False, eq=False, repr=False)
    """Whether the tokens carry dependency relations (found once: stages ask it often)."""

    words: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    """Each token's text in lower case, one string per distinct word (found once: the stages that read words
    in any case share it)."""

    sentence_starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    """Where each sentence starts (found once: the stages find a sentence by its start often)."""

    token_starts: Sequence[int] = attrs.field(init=False, eq=False, repr=False)
    """Where each token starts (found once, or given by the backend that found them: the stages bisect it)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "has_parse", list(map(_DEPREL, self.tokens)).count(None) != len(self.tokens))
        texts = self.given_texts if self.given_texts is not None else texts_of(self.tokens)
        object.__setattr__(self, "token_starts", self.given_starts if self.given_starts is not None
                           else starts_of(self.tokens))
        lowered = self.lowered if self.lowered is not None else lower_case(texts)
        object.__setattr__(self, "lowered", lowered)
        object.__setattr__(self, "words", tuple(map(lowered.__getitem__, texts)))
        object.__setattr__(self, "sentence_starts", tuple(map(_START, self.sentences)))
