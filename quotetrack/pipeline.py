"""Read an article: text -> document -> quotations -> attributed statements.

:func:`read` runs the stages in order; each stage is a pure function of the
output of the ones before it.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs

from quotetrack.backends import embedded
from quotetrack.backends import stanza as stanza_backend
from quotetrack.document import Document
from quotetrack.budget import check_budget, time_budget
from quotetrack.errors import BackendError, InputError, QuotetrackError
from quotetrack.lexicon import Lexicon, load_lexicon
from quotetrack.model import Article, Cue, Mention, Organisation, Speaker, Statement, Term
from quotetrack.attribution.quotations import find_quotations
from quotetrack.responses import find_responses
from quotetrack.attribution.people import People, Person, find_people, organisation_named, place_country
from quotetrack.attribution.sources import Source
from quotetrack.attribution.statements import Attribution, attribute

__all__ = ["Backend", "read", "read_document", "read_many"]

Backend = Literal["auto", "embedded", "stanza"]
logger = logging.getLogger(__name__)

_PERSONAL = frozenset({"he", "she", "i", "him", "her"})
_GROUP = frozenset({"they", "we", "it"})


def _speaker_of_person(person: Person) -> Speaker:
    return Speaker(
        name=person.name,
        aliases=person.aliases,
        title=person.title,
        organisation=person.organisation,
        country=person.country or (person.organisation.country if person.organisation else None),
        kind="person",
        mentions=person.mentions,
    )


def _speaker_of_entity(text: str, label: str, lexicon: Lexicon) -> Speaker:
    name = " ".join(text.split())
    for prefix in ("the ", "The "):
        name = name.removeprefix(prefix)
    organisation = organisation_named(name, lexicon)
    country = place_country(name, lexicon) or (organisation.country if organisation else None)
    # "Washington", "Beijing": a place speaking stands for its government, at the level of countries.
    kind = "country" if label == "GPE" or name in lexicon.places else {"NORP": "group"}.get(label, "organisation")
    return Speaker(name=name, aliases=(name,), organisation=organisation, country=country, kind=kind)


def _agrees(person: Person, gender: str | None) -> bool:
    return person.named and (gender is None or person.gender in (None, gender))


class _Resolver:
    """Resolve sources to speakers in text order, remembering the last speakers (private)."""

    def __init__(self, document: Document, people: People, lexicon: Lexicon,
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.document = document
        self.people = people
        self.lexicon = lexicon
        self.by_person: dict[str, Speaker] = {}
        self.last: Speaker | None = None
        self.last_person: Person | None = None
        self.last_paragraph = -10
        self.last_end = -1
        self.resolved_person: Person | None = None
        self.sentence_starts = [s.start for s in document.sentences]
        self.chain_of = {mention: chain for chain in document.coref for mention in chain.mentions}
        self.paragraph_starts = [p[0] for p in document.paragraphs]
        # Person mentions outside quotations, in text order: the candidates for a sentence's subject.
        starts = [q[0] for q in quoted]
        self.mentions = [
            (start, index) for start, index in sorted(people.by_mention.items())
            if not (bisect.bisect_right(starts, start) and start < quoted[bisect.bisect_right(starts, start) - 1][1])
        ]
        self.mention_starts = [m[0] for m in self.mentions]

    def coreferent(self, start: int, end: int) -> Person | None:
        """The person a coreference chain links the mention ``[start, end)`` to, if the backend gave chains."""
        chain = self.chain_of.get((start, end))
        if chain is not None:
            for s, e in sorted(chain.mentions, key=lambda m: (m != chain.representative, m[0])):
                person = next((self.people.at(m) for m in range(s, e) if self.people.at(m) is not None), None)
                if person is not None:
                    return person
        return None

    def named_just_before(self, offset: int, paragraph: int) -> tuple[Person, Mention] | None:
        """The person last named outside quotations before ``offset``, in this paragraph or the one before."""
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        if k < 0:
            return None
        start, index = self.mentions[k]
        if paragraph - self.paragraph_of(start) > 1:
            return None
        person = self.people.people[index]
        if not person.named:
            return None
        mention = next((m for m in person.mentions if m.start == start), None)
        return (person, mention) if mention is not None else None

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)

    def subject_before(self, offset: int, gender: str | None) -> tuple[Person, int] | None:
        """The first person agreeing with ``gender`` named in the sentence of ``offset`` or the two before."""
        si = bisect.bisect_right(self.sentence_starts, offset) - 1
        for sj in range(si, max(-1, si - 3), -1):
            sentence = self.document.sentences[sj]
            k = bisect.bisect_left(self.mention_starts, sentence.start)
            while k < len(self.mentions) and self.mentions[k][0] < min(sentence.end, offset):
                person = self.people.people[self.mentions[k][1]]
                opens = self.mentions[k][0] - sentence.start <= 1  # the sentence's subject: "Zeynep Akar told CNN"
                if _agrees(person, gender) and (gender is None or person.gender == gender or opens):
                    return person, self.mentions[k][0]
                k += 1
        return None

    def person(self, person: Person) -> Speaker:
        self.resolved_person = person
        if person.name not in self.by_person:
            self.by_person[person.name] = _speaker_of_person(person)
        return self.by_person[person.name]

    def resolve(self, source: Source, paragraph: int) -> Speaker | None:
        doc = self.document
        first, last = doc.tokens[source.first], doc.tokens[source.last - 1]
        text = doc.text[first.start : last.end]
        if source.kind == "pronoun":
            word = text.lower()
            referent = self.coreferent(first.start, first.end)
            if referent is not None:  # the coreference layer knows: "She" is Mary Jones
                return self.person(referent)
            if word in _PERSONAL:
                gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(word)
                previous = self.last_person
                subject = self.subject_before(first.start, gender)
                if subject is not None and (previous is None or subject[1] > self.last_end):
                    return self.person(subject[0])  # someone named since the last speaker spoke
                if previous is not None and paragraph - self.last_paragraph <= 1 and _agrees(previous, gender):
                    return self.person(previous)
                person = self.people.last_before(first.start, lambda p: _agrees(p, gender))
                return self.person(person) if person is not None else None
            if word in _GROUP and self.last is not None and self.last.kind != "person" \
                    and paragraph - self.last_paragraph <= 1:
                return self.last
            return None
        if source.kind == "entity" and source.entity is not None:
            e = source.entity
            person = self.people.at(e.start)
            if person is not None:
                return self.person(person)
            return _speaker_of_entity(e.text, e.label, self.lexicon)
        # A description: "the spokesperson" may be the spokesperson last named (or the one coreference links).
        referent = self.coreferent(first.start, last.end)
        if referent is not None:
            return self.person(referent)
        words = text.split()
        head = words[-1].lower()
        if words[0].lower() == "the" and len(words) <= 3 and head in self.lexicon.title_words:
            person = self.people.last_before(
                first.start, lambda p: p.title is not None and head in p.title.lower().split()
            )
            if person is not None:
                return self.person(person)
        organisation = organisation_named(source.entity.text, self.lexicon) if source.entity else None
        country = next((place_country(w, self.lexicon) for w in words if place_country(w, self.lexicon)), None)
        return Speaker(name=text, aliases=(text,), organisation=organisation,
                       country=country or (organisation.country if organisation else None), kind="group")

    def remember(self, speaker: Speaker | None, paragraph: int, end: int) -> None:
        if speaker is not None:
            self.last, self.last_paragraph, self.last_end = speaker, paragraph, end
            self.last_person = self.resolved_person if speaker.kind == "person" else None


def _statements(
    document: Document, attributions: Sequence[Attribution], people: People, lexicon: Lexicon,
    quoted: Sequence[tuple[int, int]],
) -> list[Statement]:
    text = document.text
    resolver = _Resolver(document, people, lexicon, quoted)
    speakers: list[Speaker | None] = []
    mentions: list[Mention | None] = []
    for att in attributions:
        speaker, mention = None, None
        if att.source is not None:
            speaker = resolver.resolve(att.source, att.paragraph)
            s, e = document.tokens[att.source.first].start, document.tokens[att.source.last - 1].end
            mention = Mention(start=s, end=e, text=text[s:e])
        elif att.continues is not None and att.continues < len(speakers):
            speaker, mention = speakers[att.continues], mentions[att.continues]
        speakers.append(speaker)
        mentions.append(mention)
        resolver.remember(speaker, att.paragraph, att.end)
    # Continuations pointing forward (a quote before its attributed neighbour).
    for i, att in enumerate(attributions):
        if speakers[i] is None and att.continues is not None and att.continues > i:
            speakers[i], mentions[i] = speakers[att.continues], mentions[att.continues]
    # A quotation nobody is said to have spoken, right after a paragraph about someone
    # ("... Trump spoke only in evasive bromides." / "We have to be a lot tougher."): theirs.
    for i, att in enumerate(attributions):
        if speakers[i] is None and att.source is None:
            found = resolver.named_just_before(att.start, att.paragraph)
            if found is not None:
                speakers[i], mentions[i] = resolver.person(found[0]), found[1]
    out = []
    for att, speaker, mention in zip(attributions, speakers, mentions):
        cue = None
        if att.cue is not None:
            s, e = document.tokens[att.cue.first].start, document.tokens[att.cue.last - 1].end
            cue = Cue(start=s, end=e, text=text[s:e], lemma=att.cue.lemma)
        out.append(
            Statement(
                start=att.start,
                end=att.end,
                text=text[att.start : att.end],
                kind=att.kind,  # type: ignore[arg-type]
                cue=cue,
                speaker=speaker,
                speaker_mention=mention,
                quoted=att.quoted,
            )
        )
    return out


def read_document(
    document: Document, *, id: str | None = None, metadata: Mapping[str, object] | None = None,
    lexicon: Lexicon | None = None,
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
    lexicon = lexicon or load_lexicon()
    text = document.text
    quotations = find_quotations(text, document.paragraphs)
    check_budget()
    people = find_people(document, lexicon)
    check_budget()
    attributions, term_spans = attribute(document, quotations, lexicon, people)
    check_budget()
    quoted = [(q.open_mark, q.close_mark) for q in quotations if q.depth == 0]
    statements = _statements(document, attributions, people, lexicon, quoted)
    check_budget()
    speakers: dict[str, Speaker] = {}
    organisations: dict[str, Organisation] = {}
    for st in statements:
        if st.speaker is not None:
            speakers.setdefault(st.speaker.name, st.speaker)
            if st.speaker.organisation is not None:
                organisations.setdefault(st.speaker.organisation.name, st.speaker.organisation)
    article = Article(
        id=id if id is not None else _default_id(text),
        text=text,
        metadata=dict(metadata or {}),
        statements=tuple(statements),
        terms=tuple(Term(start=s, end=e, text=text[s:e]) for s, e in term_spans),
        speakers=tuple(speakers.values()),
        organisations=tuple(organisations.values()),
    )
    named = [speakers.get(p.name) or _speaker_of_person(p) for p in people.people if p.named]
    return attrs.evolve(article, responses=find_responses(article, lexicon, named))


def _default_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@functools.lru_cache(maxsize=8)
def _auto_backend(stanza_dir: str | None) -> str:
    """The backend ``auto`` stands for (decided once per folder, and said once in the log)."""
    chosen = "stanza" if stanza_backend.available(stanza_dir) else "embedded"
    logger.info("quotetrack reads with the %s backend", chosen)
    return chosen


def _parse(text: str, backend: Backend, lexicon: Lexicon, stanza_dir: str | None) -> Document:
    if backend not in ("auto", "embedded", "stanza"):
        raise BackendError(f"unknown backend {backend!r}: choose 'auto', 'embedded' or 'stanza'")
    if backend == "auto":
        backend = _auto_backend(stanza_dir)  # type: ignore[assignment]
    if backend == "stanza":
        return stanza_backend.parse(text, stanza_dir=stanza_dir, lexicon=lexicon)
    return embedded.parse(text, lexicon=lexicon)


DEFAULT_MAX_LENGTH = 20_000_000  # characters; a longer "article" is almost certainly not one


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

    Returns
    -------
    Article
        The article with its statements, terms, speakers, organisations and responses.

    Raises
    ------
    InputError
        If ``text`` is not a string or is longer than ``max_length``.
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
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}")
    if max_length is not None and len(text) > max_length:
        raise InputError(
            f"article {id or _default_id(text)!r} is {len(text):,} characters long, over the limit of "
            f"{max_length:,}; raise max_length (--max-length) to read it"
        )
    lexicon = lexicon or load_lexicon()
    with time_budget(max_seconds, f"article {id or _default_id(text)!r}"):
        document = _parse(text, backend, lexicon, stanza_dir)
        return read_document(document, id=id, metadata=metadata, lexicon=lexicon)


def _read_one(n: int, doc: object, options: dict[str, object]) -> Article:
    """Read the ``n``-th input of :func:`read_many` (a text or a mapping)."""
    if isinstance(doc, str):
        return read(doc, **options)  # type: ignore[arg-type]
    if not isinstance(doc, Mapping) or not isinstance(doc.get("text"), str):
        raise InputError(f"document {n}: expected a str or a mapping with a 'text' string")
    metadata = {k: v for k, v in doc.items() if k not in ("id", "text")}
    doc_id = doc.get("id")
    return read(doc["text"], id=None if doc_id is None else str(doc_id), metadata=metadata,  # type: ignore[arg-type]
                **options)  # type: ignore[arg-type]


def _read_job(job: tuple[int, object, dict[str, object], bool]) -> Article | QuotetrackError:
    """Read one input in a worker; with ``skip`` an error comes back as a value, for the caller to report."""
    n, doc, options, skip = job
    try:
        return _read_one(n, doc, options)
    except QuotetrackError as exc:
        if not skip:
            raise
        return exc


def _read_batch(documents: Iterable[object], options: Mapping[str, object], where: str = "") -> list[Article]:
    """Read a batch of inputs of :func:`read_many` in this process (a Dask task, say); ``where`` prefixes errors."""
    opts = {**options, "lexicon": options.get("lexicon") or load_lexicon()}
    try:
        return [_read_one(n, doc, opts) for n, doc in enumerate(documents, 1)]
    except InputError as exc:
        if not where:
            raise
        raise InputError(f"{where}: {exc}") from exc


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
) -> Iterator[Article]:
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
        0: one per CPU). Articles still come out in input order.
    on_error : callable, optional
        Called with the error of a document that cannot be read (malformed, too long,
        over its time budget), which is then skipped; by default the error is raised.

    Yields
    ------
    Article
        One per input document read, in order.

    Examples
    --------
    >>> [a.id for a in read_many([{"id": "a", "text": "Hi."}, {"id": "b", "text": "Bye."}])]
    ['a', 'b']
    """
    options: dict[str, object] = {"backend": backend, "stanza_dir": stanza_dir, "max_length": max_length,
                                  "max_seconds": max_seconds}
    skip = on_error is not None
    if jobs == 1:
        options["lexicon"] = lexicon or load_lexicon()
        results: Iterator[Article | QuotetrackError] = (
            _read_job((n, doc, options, skip)) for n, doc in enumerate(documents, 1)
        )
        yield from _reported(results, on_error)
        return
    import multiprocessing

    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    with multiprocessing.get_context("spawn" if backend == "stanza" else None).Pool(workers) as pool:
        # imap keeps input order and reads ahead only a bounded number of chunks.
        jobs_in = ((n, doc, options, skip) for n, doc in enumerate(documents, 1))
        yield from _reported(pool.imap(_read_job, jobs_in, chunksize=4), on_error)


def _reported(results: Iterable[Article | QuotetrackError],
              on_error: Callable[[QuotetrackError], None] | None) -> Iterator[Article]:
    """The articles among ``results``; each error goes to ``on_error``."""
    for result in results:
        if isinstance(result, QuotetrackError):
            assert on_error is not None  # errors come back as values only when there is someone to tell
            on_error(result)
        else:
            yield result
