"""The data model of a reading: articles, speakers, organisations, statements and terms.

Every value is a frozen, slotted attrs class. Every span is a pair of character
offsets ``[start, end)`` into the article's original text, so that
``article.text[s.start:s.end] == s.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from quotetrack.errors import QuotetrackError

__all__ = [
    "Article",
    "Cue",
    "Mention",
    "Organisation",
    "Response",
    "Speaker",
    "Statement",
    "StatementKind",
    "Term",
    "register_view",
    "render_view",
]

StatementKind = Literal["direct", "mixed", "indirect"]


def _check_start(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"'{attribute.name}' must be non-negative (got {value})")


def _check_end(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    # ``start`` was checked first (attrs validates in field order), so ``end >= start`` implies ``end >= 0``.
    start = instance.start  # type: ignore[attr-defined]
    if value < start:
        raise ValueError(f"'end' must not precede 'start' (got start={start}, end={value})")


@attrs.frozen(kw_only=True)
class Mention:
    """A stretch of text naming or referring to someone.

    Parameters
    ----------
    start, end : int
        Character offsets into the article text.
    text : str
        ``article.text[start:end]``.
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)
    text: str


@attrs.frozen(kw_only=True)
class Cue:
    """The words that signal a statement: a speech verb, ``according to``, a colon.

    Parameters
    ----------
    start, end : int
        Character offsets of the cue in the article text.
    text : str
        The cue as written (``"told"``, ``"hit back"``, ``"according to"``).
    lemma : str
        Its dictionary form (``"tell"``); equal to ``text`` for phrases.
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)
    text: str
    lemma: str


@attrs.frozen(kw_only=True)
class Organisation:
    """An organisation a speaker speaks for.

    Parameters
    ----------
    name : str
        Canonical name (``"Ministry of Foreign Affairs of China"``).
    country : str or None
        Canonical country name, when known.
    aliases : tuple of str
        Other names the article used for it.
    """

    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Speaker:
    """A person, organisation or group whose words are reported.

    Parameters
    ----------
    name : str
        Canonical full name (``"Wang Wenbin"``), or the words the article used
        for an unnamed source (``"Chinese officials"``).
    aliases : tuple of str
        Every form the article used for the speaker (``"Wang"``).
    title : str or None
        Title or role as written (``"Chinese Foreign Ministry spokesperson"``).
    organisation : Organisation or None
        The organisation the speaker speaks for.
    country : str or None
        Canonical country name.
    kind : str
        ``"person"``, ``"organisation"`` (a body that speaks: "the Tories", "the ministry"),
        ``"unnamed"`` (a person the text does not name: "a spokeswoman for Y"), ``"country"`` or ``"group"``.
    mentions : tuple of Mention
        Every mention of the speaker the reading resolved, in text order.
    party : str or None
        The speaker's political party, when the text gives it (canonical name).
    """

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    organisation: Organisation | None = None
    country: str | None = None
    kind: str = "person"
    mentions: tuple[Mention, ...] = ()
    party: str | None = None


@attrs.frozen(kw_only=True)
class Statement:
    """Words reported as said (or written, tweeted, claimed) by a speaker.

    Parameters
    ----------
    start, end : int
        The statement's span: for a ``direct`` statement the quoted words
        without their quotation marks; for ``mixed`` and ``indirect`` ones the
        whole reported clause.
    text : str
        ``article.text[start:end]``.
    kind : {"direct", "mixed", "indirect"}
        ``direct``: wholly quoted; ``mixed``: a reported clause containing
        quoted words; ``indirect``: reported speech without quotation marks.
    cue : Cue or None
        The cue the attribution rests on; None for a continuation quote.
    speaker : Speaker or None
        Who made the statement, when the reading found out.
    speaker_mention : Mention or None
        The mention the attribution rests on (``"he"``, ``"Wang"``).
    quoted : tuple of tuple of int
        The quoted sub-spans of a mixed statement (without quotation marks).
    medium : str or None
        How the statement was made public, when the text says: ``"statement"``,
        ``"interview"``, ``"letter"``, ``"press conference"``, ``"Twitter"`` ... (canonical
        forms from the lexicon's ``channels.tsv``).
    addressee : Mention or None
        Who the statement was addressed to, when the text says ("told *the BBC*",
        "in a letter *to the board*").
    co_speakers : tuple of Speaker
        The other speakers of a statement made by several ("Smith and Jones said");
        :attr:`speakers` is all of them, ``speaker`` first.
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)
    text: str
    kind: StatementKind
    cue: Cue | None = None
    speaker: Speaker | None = None
    speaker_mention: Mention | None = None
    quoted: tuple[tuple[int, int], ...] = ()
    medium: str | None = None
    addressee: Mention | None = None
    co_speakers: tuple[Speaker, ...] = ()

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Every speaker of the statement: ``speaker`` (the one the cue's source names), then the others in
        text order; ``()`` when the speaker is unknown.

        Examples
        --------
        >>> import quotetrack
        >>> statement = quotetrack.read('"We disagree," said Tom Smith and Mary Jones.').statements[0]
        >>> [s.name for s in statement.speakers]
        ['Tom Smith', 'Mary Jones']
        """
        return () if self.speaker is None else (self.speaker, *self.co_speakers)


_NEW = object.__new__
_MENTION_SLOTS = tuple(getattr(Mention, f.name).__set__ for f in attrs.fields(Mention))
_CUE_SLOTS = tuple(getattr(Cue, f.name).__set__ for f in attrs.fields(Cue))
_STATEMENT_SLOTS = tuple(getattr(Statement, f.name).__set__ for f in attrs.fields(Statement))


def new_mention(start: int, end: int, text: str) -> Mention:
    """``Mention(start=..., end=..., text=...)`` set slot by slot: the same object, built faster where a text
    holds tens of thousands of statements; a span the validators refuse goes through them and raises."""
    if start < 0 or end < start:
        return Mention(start=start, end=end, text=text)
    mention = _NEW(Mention)
    put_start, put_end, put_text = _MENTION_SLOTS
    put_start(mention, start)
    put_end(mention, end)
    put_text(mention, text)
    return mention


def new_cue(start: int, end: int, text: str, lemma: str) -> Cue:
    """``Cue(...)``, its fields in order, set as :func:`new_mention` sets a mention's."""
    if start < 0 or end < start:
        return Cue(start=start, end=end, text=text, lemma=lemma)
    cue = _NEW(Cue)
    put_start, put_end, put_text, put_lemma = _CUE_SLOTS
    put_start(cue, start)
    put_end(cue, end)
    put_text(cue, text)
    put_lemma(cue, lemma)
    return cue


def new_statement(start: int, end: int, text: str, kind: StatementKind, cue: Cue | None, speaker: Speaker | None,
                  speaker_mention: Mention | None, quoted: tuple[tuple[int, int], ...], medium: str | None,
                  addressee: Mention | None, co_speakers: tuple[Speaker, ...]) -> Statement:
    """``Statement(...)``, its fields in order, set as :func:`new_mention` sets a mention's.

    Examples
    --------
    >>> new_statement(0, 3, "Yes", "direct", None, None, None, (), None, None, ()) == Statement(
    ...     start=0, end=3, text="Yes", kind="direct")
    True
    """
    if start < 0 or end < start:
        return Statement(start=start, end=end, text=text, kind=kind, cue=cue, speaker=speaker,
                         speaker_mention=speaker_mention, quoted=quoted, medium=medium, addressee=addressee,
                         co_speakers=co_speakers)
    statement = _NEW(Statement)
    s_start, s_end, s_text, s_kind, s_cue, s_speaker, s_mention, s_quoted, s_medium, s_addressee, s_others = (
        _STATEMENT_SLOTS)  # one call a slot, unrolled: a loop over them costs most of the gain
    s_start(statement, start)
    s_end(statement, end)
    s_text(statement, text)
    s_kind(statement, kind)
    s_cue(statement, cue)
    s_speaker(statement, speaker)
    s_mention(statement, speaker_mention)
    s_quoted(statement, quoted)
    s_medium(statement, medium)
    s_addressee(statement, addressee)
    s_others(statement, co_speakers)
    return statement


@attrs.frozen(kw_only=True)
class Term:
    """Words in quotation marks that are a name, label or scare quote, not a statement.

    Parameters
    ----------
    start, end : int
        Offsets of the quoted words without their quotation marks.
    text : str
        ``article.text[start:end]``.
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)
    text: str


@attrs.frozen(kw_only=True)
class Response:
    """A statement answering an earlier statement or act of another speaker.

    Parameters
    ----------
    source : str
        Canonical name of the responding speaker.
    target : str
        Canonical name of the speaker responded to.
    statement : int
        Index of the responding statement in ``Article.statements``.
    target_statement : int or None
        Index of the statement responded to, when one is identifiable.
    cue : str or None
        The response cue (``"hit back"``), when the text has one.
    evidence : str or None
        What shows the response: ``cue`` (a cue naming the target), ``pronoun``,
        ``act`` or ``organisation`` (the cue's object points at the target), ``turn``
        (a reply to the previous speaker), ``mention`` (the statement names the
        target), ``term`` (it takes up the target's label), ``restatement`` (it
        restates the target's words), ``contrast`` ("But X said" after the target),
        ``reaction`` (critics answering a proposal), ``structure`` (a cue answering
        the story's initiator) or ``continuation``.
    evidence_span : Mention or None
        The words the evidence rests on.
    stance : str or None
        ``rejects``, ``rebuts``, ``defends``, ``supports``, ``questions`` or
        ``neutral`` when a cue tells.
    confidence : float
        How sure the reading is, from 0 to 1: the evidence kinds' confidences
        combined (docs/responses.md says how to read it).
    supporting : tuple of str
        Other kinds of evidence pointing at the same target.
    """

    source: str
    target: str
    statement: int
    target_statement: int | None = None
    cue: str | None = None
    evidence: str | None = None
    evidence_span: Mention | None = None
    stance: str | None = None
    confidence: float = 1.0
    supporting: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Article:
    """A read article: its text and everything the reading found in it.

    Parameters
    ----------
    id : str
        The article's identifier.
    text : str
        The original text; every offset in the reading points into it.
    metadata : Mapping of str to object
        Title, outlet, date, url and anything else the caller supplied.
    statements : tuple of Statement
        Statements in text order.
    terms : tuple of Term
        Quoted names and labels that are not statements.
    speakers : tuple of Speaker
        Every speaker of a statement, once each.
    organisations : tuple of Organisation
        Every organisation of a speaker, once each.
    responses : tuple of Response
        Who responded to whom (filled by the response stage).
    """

    id: str
    text: str
    metadata: Mapping[str, object] = attrs.field(factory=dict)
    statements: tuple[Statement, ...] = ()
    terms: tuple[Term, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    responses: tuple[Response, ...] = ()

    def _repr_html_(self) -> str:
        """The article highlighted by speaker, for Jupyter (:func:`quotetrack.article_html`; all text escaped)."""
        return render_view(self, "html")  # type: ignore[no-any-return]

    def statements_frame(self) -> Any:
        """One row per statement, as a pandas DataFrame (:func:`quotetrack.statements_frame`)."""
        return render_view(self, "statements_frame")


# Views of model values that need the higher layers (HTML, pandas) are looked up here at call time and
# registered by those layers (quotetrack.notebook): the model itself imports nothing above it.
_VIEWS: dict[tuple[type, str], Callable[[Any], Any]] = {}


def register_view(kind: type, name: str, view: Callable[[Any], Any]) -> None:
    """Make ``view(value)`` the ``name`` view of values of ``kind`` (``"html"``, ``"statements_frame"``).

    :mod:`quotetrack.notebook` registers the views of :class:`Article` and
    :class:`quotetrack.Corpus` when it is imported (``import quotetrack`` imports it).

    Examples
    --------
    >>> @attrs.frozen
    ... class Note:
    ...     text: str
    >>> register_view(Note, "html", lambda note: f"<p>{note.text}</p>")
    >>> render_view(Note("hi"), "html")
    '<p>hi</p>'
    """
    _VIEWS[(kind, name)] = view


def render_view(value: object, name: str) -> Any:
    """The ``name`` view of ``value``, from the view registered for its class (or a base class).

    Raises
    ------
    QuotetrackError
        If no such view is registered.

    Examples
    --------
    >>> import quotetrack
    >>> render_view(Article(id="a", text="Hi."), "html").startswith('<div class="quotetrack-article"')
    True
    """
    for kind in type(value).__mro__:
        view = _VIEWS.get((kind, name))
        if view is not None:
            return view(value)
    raise QuotetrackError(f"no {name!r} view of {type(value).__name__} is registered: import quotetrack.notebook")
