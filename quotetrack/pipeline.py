"""Read an article: text -> document -> quotations -> attributed statements.

:func:`read` runs the stages in order; each stage is a pure function of the
output of the ones before it.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

import attrs

from quotetrack import backends
from quotetrack.document import Document
from quotetrack.budget import check_budget, time_budget
from quotetrack.errors import InputError, QuotetrackError
from quotetrack.lexicon import Lexicon, load_lexicon
from quotetrack.model import Article, Organisation, Speaker, Statement, Term
from quotetrack.attribution.quotations import find_quotations
from quotetrack.attribution.unclosed_ends import end_unclosed_at_cues
from quotetrack.responses import DEFAULT_COMBINATION, Combination, PairRow, find_responses, response_pairs
from quotetrack.attribution.people import People, find_people, place_counts
from quotetrack.attribution.resolve import resolve_statements, speaker_of_person
from quotetrack.attribution.statements import attribute
from quotetrack.windows import WINDOW, Assembly, split_windows

__all__ = ["Backend", "ReadOptions", "read", "read_document", "read_many", "response_rows"]

Backend = str  # "auto", "embedded", "stanza", or any registered backend's name (quotetrack.backends)
DEFAULT_MAX_LENGTH = 20_000_000  # characters; a longer "article" is almost certainly not one
MIN_WINDOW = 20  # characters: the smallest window read (0 or a negative one read windows of 2, losing every statement)
_SURROGATE = re.compile("[\ud800-\udfff]")
MOST_JOBS = 4  # worker processes per CPU at most: reading is CPU-bound, more only share the CPUs and memory
CHUNK = 8  # documents sent to a worker process at a time
T = TypeVar("T")


@attrs.frozen(kw_only=True)
class ReadOptions:
    """How to read: the settings of :func:`read` and :func:`read_many`, typed and picklable.

    Parameters
    ----------
    backend : str
        ``auto`` or a registered backend's name (:func:`quotetrack.backends.backend_names`).
    stanza_dir : str, optional
        Where the backend's models are (stanza's resource folder).
    max_length : int or None
        The longest text read, in characters; None for no limit.
    max_seconds : float or None
        The time budget of one document; None for no limit.
    window : int or None
        The most characters read at once: a longer text is read window by window (:mod:`quotetrack.windows`),
        so that memory does not grow with it; None to read every text whole.
    combination : {"rules", "learned"}
        How the signs of a response combine (:func:`quotetrack.responses.find_responses`).
    lexicon : Lexicon, optional
        Word lists; the packaged ones by default (and in worker processes, which load their own).

    Examples
    --------
    >>> ReadOptions(backend="embedded", max_seconds=5.0).max_length
    20000000
    """

    backend: Backend = "auto"
    stanza_dir: str | None = None
    max_length: int | None = DEFAULT_MAX_LENGTH
    max_seconds: float | None = None
    window: int | None = WINDOW
    combination: Combination = DEFAULT_COMBINATION
    lexicon: Lexicon | None = attrs.field(default=None, eq=False, repr=False)

    def __getstate__(self) -> dict[str, object]:  # a worker loads its own lexicon rather than receive one
        return {"backend": self.backend, "stanza_dir": self.stanza_dir, "max_length": self.max_length,
                "max_seconds": self.max_seconds, "window": self.window, "combination": self.combination}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in {**state, "lexicon": None}.items():
            object.__setattr__(self, name, value)

    def with_lexicon(self) -> ReadOptions:
        """These options with a lexicon loaded (the packaged one if none was given)."""
        return self if self.lexicon is not None else attrs.evolve(self, lexicon=load_lexicon())

def read_document(
    document: Document, *, id: str | None = None, metadata: Mapping[str, object] | None = None,
    lexicon: Lexicon | None = None, combination: Combination = DEFAULT_COMBINATION,
) -> Article:
    """Read an already annotated document (from any backend) into an :class:`Article`.

    Parameters
    ----------
    document : Document
        Tokens, sentences, paragraphs and entities of the text.
    id : str, optional
        The article's identifier; a hash of the text by default.
    metadata : mapping, optional
        Title, outlet, date, url...
    lexicon : Lexicon, optional
        Word lists; the packaged ones by default.
    combination : {"rules", "learned"}
        How the signs of a response combine (:func:`quotetrack.responses.find_responses`).

    Returns
    -------
    Article
        The article with its statements, terms, speakers and organisations.

    Examples
    --------
    >>> from quotetrack.backends import embedded
    >>> document = embedded.parse('"Yes," Jane Smith said.')
    >>> read_document(document, id="a").statements[0].speaker.name
    'Jane Smith'
    """
    return _reading(document, lexicon or load_lexicon(), id=id, metadata=metadata, combination=combination)[0]


def _reading(document: Document, lexicon: Lexicon, *, id: str | None = None,
             metadata: Mapping[str, object] | None = None,
             places: Mapping[str, int] | None = None, combination: Combination = DEFAULT_COMBINATION
             ) -> tuple[Article, People]:
    """:func:`read_document`, and the people the article names (``places``: as for :func:`find_people`)."""
    text = document.text
    quotations = end_unclosed_at_cues(text, find_quotations(text, document.paragraphs), lexicon)
    check_budget()
    people = find_people(document, lexicon, places)
    check_budget()
    attributions, term_spans = attribute(document, quotations, lexicon, people)
    check_budget()
    quoted = [(q.open_mark, q.close_mark) for q in quotations if q.depth == 0]
    del quotations
    statements = resolve_statements(document, attributions, people, lexicon, quoted)
    check_budget()
    article = _article(id if id is not None else _default_id(text), text, metadata, statements,
                       tuple(Term(start=s, end=e, text=text[s:e]) for s, e in term_spans))
    return attrs.evolve(article, responses=find_responses(article, lexicon, _named(article, people), document,
                                                          combination)), people


def _named(article: Article, people: People) -> list[Speaker]:
    """The people the article names, as speakers (the speaker itself where they speak)."""
    speakers = {s.name: s for s in article.speakers}
    return [speakers.get(p.name) or speaker_of_person(p) for p in people.people if p.named]


def response_rows(text: str, *, backend: Backend = "auto", lexicon: Lexicon | None = None) -> list[PairRow]:
    """The pairs of a statement of ``text`` and an earlier party it may answer, with their features
    (:func:`quotetrack.responses.response_pairs`; ``scripts/train_responses.py`` trains on them), the text read whole.

    Examples
    --------
    >>> [row[:3] for row in response_rows('Ann Lee said the tax would rise. "It is a disgrace," Tom Hale said.')]
    [(1, 'Tom Hale', 'Ann Lee')]
    """
    lexicon = lexicon or load_lexicon()
    document = backends.parse(text, backend=backend, lexicon=lexicon)
    article, people = _reading(document, lexicon)
    return response_pairs(article, lexicon, _named(article, people), document)


def _article(id: str, text: str, metadata: Mapping[str, object] | None, statements: Sequence[Statement],
             terms: tuple[Term, ...]) -> Article:
    """An article of these statements and terms, with their speakers and organisations (no responses yet)."""
    speakers: dict[str, Speaker] = {}
    organisations: dict[str, Organisation] = {}
    for speaker in (speaker for st in statements for speaker in st.speakers):
        speakers.setdefault(speaker.name, speaker)
        if speaker.organisation is not None:
            organisations.setdefault(speaker.organisation.name, speaker.organisation)
    return Article(id=id, text=text, metadata=dict(metadata or {}), statements=tuple(statements), terms=terms,
                   speakers=tuple(speakers.values()), organisations=tuple(organisations.values()))


def _read_windows(text: str, options: ReadOptions, id: str, metadata: Mapping[str, object] | None) -> Article:
    """Read a text longer than ``options.window`` window by window (:mod:`quotetrack.windows`): each window's
    tokens and rule indexes are dropped once it is read, only its statements, terms and responses are kept."""
    lexicon = options.lexicon
    assert lexicon is not None and options.window is not None
    pronouns = {w: {"he": "m", "him": "m", "she": "f", "her": "f"}.get(w)
                for w in lexicon.function_words.personal_pronouns}
    assembly = Assembly(pronouns=pronouns)
    for window in split_windows(text, options.window):
        document = backends.parse(text[window.lead : window.end], backend=options.backend, lexicon=lexicon,
                                  model_dir=options.stanza_dir)
        places = place_counts([e for e in document.entities if e.start >= window.start - window.lead], lexicon,
                              assembly.places)  # the lead's places were counted with the window before
        article, people = _reading(document, lexicon, id=id, places=assembly.places, combination=options.combination)
        del document
        assembly.add(window, article.statements, article.terms, article.responses, people, places)
    terms = tuple(assembly.terms)
    return attrs.evolve(_article(id, text, metadata, assembly.final_statements(), terms),
                        responses=tuple(assembly.responses))


def _default_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def read(
    text: str,
    *,
    id: str | None = None,
    metadata: Mapping[str, object] | None = None,
    backend: Backend = "auto",
    lexicon: Lexicon | None = None,
    stanza_dir: str | None = None,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    max_seconds: float | None = None,
    window: int | None = WINDOW,
    combination: Combination = DEFAULT_COMBINATION,
) -> Article:
    """Read an article: find its statements, their speakers and organisations.

    Parameters
    ----------
    text : str
        The article text.
    id : str, optional
        The article's identifier; a hash of the text by default.
    metadata : mapping, optional
        Title, outlet, date, url and the like, kept on the article.
    backend : {"auto", "embedded", "stanza"}
        The NLP backend; ``auto`` takes stanza when its models are installed,
        the embedded backend otherwise.
    lexicon : Lexicon, optional
        Word lists; the packaged ones by default.
    stanza_dir : str, optional
        Where stanza's models are, for the stanza backend.
    max_length : int or None
        The longest text read, in characters; None for no limit.
    max_seconds : float or None
        The time budget of this article in seconds; None (the default) for no limit.
    window : int or None
        The most characters read at once: a longer text is read paragraph window by paragraph window, with
        document offsets and the speakers heard carried from window to window, so that memory does not
        grow with the text beyond its reading (:mod:`quotetrack.windows`); None to read it whole. At least
        ``MIN_WINDOW`` (20); a window shorter than a sentence cuts the statements it should read.
    combination : {"rules", "learned"}
        How the signs of a response combine: the hand-set confidences (the default) or the learned model
        (:func:`quotetrack.responses.find_responses`).

    Returns
    -------
    Article
        The article with its statements, terms, speakers, organisations and responses.

    Raises
    ------
    InputError
        If ``text`` is not a string (or holds an unpaired surrogate) or is longer than ``max_length``, if
        ``metadata`` is not a mapping, or ``window`` is under ``MIN_WINDOW``.
    BackendError
        If the backend is unknown or cannot run.
    ReadTimeout
        If reading takes longer than ``max_seconds``.

    Examples
    --------
    >>> article = read('"We will win," Senator Jane Smith said on Tuesday.')
    >>> [(s.kind, s.text, s.speaker.name) for s in article.statements]
    [('direct', 'We will win,', 'Jane Smith')]
    """
    options = ReadOptions(backend=backend, stanza_dir=stanza_dir, max_length=max_length, max_seconds=max_seconds,
                          window=window, combination=combination, lexicon=lexicon)
    if isinstance(text, str) and len(text) < 1024 and "\n" not in text and os.path.isfile(text):
        warnings.warn(f"read() reads the text it is given, and {text!r} is the name of a file: to read the file, "
                      f"read(open({text!r}, encoding='utf-8').read())", stacklevel=2)
    return _read_text(text, options.with_lexicon(), id=id, metadata=metadata)


def _read_text(text: str, options: ReadOptions, *, id: str | None = None,
               metadata: Mapping[str, object] | None = None) -> Article:
    """:func:`read` with its settings as :class:`ReadOptions` (a lexicon loaded)."""
    assert options.lexicon is not None
    if not isinstance(text, str):
        opened = " (an open file: give its text, file.read())" if hasattr(text, "read") else ""
        raise InputError(f"text must be a str, got {type(text).__name__}{opened}")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise InputError(f"metadata must be a mapping (title, outlet, date...), got {type(metadata).__name__}")
    if options.window is not None and (not isinstance(options.window, int) or options.window < MIN_WINDOW):
        raise InputError(f"window {options.window!r}: at least {MIN_WINDOW:,} characters, or None to read each text "
                         "whole (a window shorter than a sentence cuts the statements it should read)")
    unpaired = _SURROGATE.search(text)
    if unpaired is not None:  # no encoding can write it: its reading could not be exported
        raise InputError(f"article {id or _default_id(text)!r}: an unpaired surrogate (U+{ord(unpaired.group()):04X}) "
                         f"at character {unpaired.start():,} is not a character; replace it (by U+FFFD) first")
    if options.max_length is not None and len(text) > options.max_length:
        raise InputError(
            f"article {id or _default_id(text)!r} is {len(text):,} characters long, over the limit of "
            f"{options.max_length:,}; raise max_length (--max-length) to read it"
        )
    named = id or _default_id(text)  # (the text's hash made once: it names the article and its time budget)
    with time_budget(options.max_seconds, f"article {named!r}"):
        if options.window is not None and len(text) > options.window:
            return _read_windows(text, options, id if id is not None else named, metadata)
        document = backends.parse(text, backend=options.backend, lexicon=options.lexicon, model_dir=options.stanza_dir)
        return read_document(document, id=id if id is not None else named, metadata=metadata, lexicon=options.lexicon,
                             combination=options.combination)


def _read_one(n: int, doc: object, options: ReadOptions) -> Article:
    """Read the ``n``-th input of :func:`read_many` (a text or a mapping)."""
    if isinstance(doc, str):
        return _read_text(doc, options)
    if not isinstance(doc, Mapping) or not isinstance(doc.get("text"), str):
        raise InputError(f"document {n}: expected a str or a mapping with a 'text' string")
    metadata = {k: v for k, v in doc.items() if k not in ("id", "text")}
    doc_id = doc.get("id")
    return _read_text(doc["text"], options, id=None if doc_id is None else str(doc_id), metadata=metadata)


def _read_job(job: tuple[int, object, ReadOptions, bool, Callable[[Article], Any] | None]) -> Any:
    """Read one input in a worker (and apply ``then`` to the article there); with ``skip`` an error comes back as a
    value, for the caller to report."""
    n, doc, options, skip, then = job
    try:
        article = _read_one(n, doc, options.with_lexicon())
        return article if then is None else then(article)
    except QuotetrackError as exc:
        if not skip:
            raise
        return exc


def _read_batch(documents: Iterable[object], options: ReadOptions, where: str = "") -> list[Article]:
    """Read a batch of inputs of :func:`read_many` in this process (a Dask task, say); ``where`` prefixes errors."""
    options = options.with_lexicon()
    try:
        return [_read_one(n, doc, options) for n, doc in enumerate(documents, 1)]
    except InputError as exc:
        if not where:
            raise
        raise InputError(f"{where}: {exc}") from exc


@overload
def read_many(
    documents: Iterable[str | Mapping[str, object]], *, backend: Backend = ..., lexicon: Lexicon | None = ...,
    stanza_dir: str | None = ..., max_length: int | None = ..., max_seconds: float | None = ..., jobs: int = ...,
    on_error: Callable[[QuotetrackError], None] | None = ..., then: None = ..., combination: Combination = ...,
) -> Iterator[Article]: ...


@overload
def read_many(
    documents: Iterable[str | Mapping[str, object]], *, backend: Backend = ..., lexicon: Lexicon | None = ...,
    stanza_dir: str | None = ..., max_length: int | None = ..., max_seconds: float | None = ..., jobs: int = ...,
    on_error: Callable[[QuotetrackError], None] | None = ..., then: Callable[[Article], T],
    combination: Combination = ...,
) -> Iterator[T]: ...


def read_many(
    documents: Iterable[str | Mapping[str, object]],
    *,
    backend: Backend = "auto",
    lexicon: Lexicon | None = None,
    stanza_dir: str | None = None,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    max_seconds: float | None = None,
    jobs: int = 1,
    on_error: Callable[[QuotetrackError], None] | None = None,
    then: Callable[[Article], Any] | None = None,
    combination: Combination = DEFAULT_COMBINATION,
) -> Iterator[Any]:
    """Read many articles, lazily, in order.

    Parameters
    ----------
    documents : iterable of str or mapping
        Texts, or mappings with ``text`` and optionally ``id`` and any
        metadata fields (``title``, ``outlet``, ``date``, ``url``, ``meta``).
    backend : {"auto", "embedded", "stanza"}
        As for :func:`read`.
    lexicon : Lexicon, optional
        Word lists; the packaged ones by default (worker processes load their own).
    stanza_dir : str, optional
        Where stanza's models are, for the stanza backend.
    max_length : int or None
        As for :func:`read`.
    max_seconds : float or None
        The time budget of each document, as for :func:`read`.
    jobs : int
        Worker processes reading in parallel (1: read here, in this process;
        0 or negative: one per CPU; at most ``MOST_JOBS`` (4) per CPU). Articles still come out in input order.
    on_error : callable, optional
        Called with the error of a document that cannot be read (malformed, too long,
        over its time budget), which is then skipped; by default the error is raised.
    then : callable, optional
        Applied to each article in the process that read it (a worker, with ``jobs``
        other than 1), so that per-article work runs in parallel too; what it returns is
        yielded instead of the article. With ``jobs`` other than 1 it must pickle (a
        function defined at the top level of a module).
    combination : {"rules", "learned"}
        As for :func:`read`.

    Yields
    ------
    Article
        One per input document read, in order (or what ``then`` made of it).

    Examples
    --------
    >>> [a.id for a in read_many([{"id": "a", "text": "Hi."}, {"id": "b", "text": "Bye."}])]
    ['a', 'b']
    """
    if isinstance(documents, (str, bytes)) or not isinstance(documents, Iterable):  # not one document a character
        raise InputError(f"read_many takes an iterable of texts or of mappings with a 'text', not a "
                         f"{type(documents).__name__}; read(text) reads one text")
    options = ReadOptions(backend=backend, stanza_dir=stanza_dir, max_length=max_length, max_seconds=max_seconds,
                          combination=combination, lexicon=lexicon)
    skip = on_error is not None
    if jobs == 1:
        options = options.with_lexicon()
        results: Iterator[Any] = (_read_job((n, doc, options, skip, then)) for n, doc in enumerate(documents, 1))
        yield from _reported(results, on_error)
        return
    import multiprocessing

    cpus = os.cpu_count() or 1
    workers = min(jobs, MOST_JOBS * cpus) if jobs > 0 else cpus  # --jobs 100000 forked until the machine stalled
    with multiprocessing.get_context("spawn" if backend == "stanza" else None).Pool(workers, _worker_start) as pool:
        # imap keeps input order; a chunk of CHUNK documents a transfer amortises it over tens of milliseconds of
        # reading each.
        jobs_in = ((n, doc, options, skip, then) for n, doc in enumerate(documents, 1))
        yield from _reported(pool.imap(_read_job, jobs_in, chunksize=CHUNK), on_error)


def _worker_start() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the pool: no traceback from each worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _reported(results: Iterable[Any], on_error: Callable[[QuotetrackError], None] | None) -> Iterator[Any]:
    """The articles among ``results``; each error goes to ``on_error``."""
    for result in results:
        if isinstance(result, QuotetrackError):
            assert on_error is not None  # errors come back as values only when there is someone to tell
            on_error(result)
        else:
            yield result
