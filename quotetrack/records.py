"""Readings as plain records, and back: the one place an :class:`~quotetrack.Article` is flattened.

:func:`article_record` is what ``quotetrack extract --format jsonl`` prints and
:func:`article_from_record` (or :func:`load`, for a file) rebuilds the very
article from it. Users' scripts rely on the record's shape, so fields are only
ever added, never renamed, removed or retyped; ``record_version`` tells which
fields a record has (:data:`RECORD_VERSION`; records without it are version 1
and cannot be read back).

The flat rows (:func:`statement_row`, :func:`statement_rows`,
:func:`speaker_row`, :func:`response_rows`) are what CSV output, the DataFrames,
the graph's nodes and the corpus tables are made of; :func:`article_fields`
resolves where an article's outlet, date, title and url are in its metadata.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from quotetrack.errors import InputError, QuotetrackError
from quotetrack.inputs import is_record, iter_inputs
from quotetrack.model import Article, Cue, Mention, Organisation, Response, Speaker, Statement, Term

__all__ = [
    "DEFAULT_FIELDS",
    "RECORD_VERSION",
    "TERM_COLUMNS",
    "article_fields",
    "article_from_record",
    "article_record",
    "data_frame",
    "load",
    "response_from_record",
    "response_record",
    "response_rows",
    "speaker_from_record",
    "speaker_record",
    "speaker_row",
    "speaker_rows",
    "statement_from_row",
    "statement_record",
    "statement_row",
    "statement_rows",
    "term_rows",
    "write_record",
]

RECORD_VERSION = 3
"""Version of the record shape: 2 added ``record_version``, ``metadata``, ``speakers``, ``organisations``, the
optional ``text``, the statements' ``cue_start``, ``cue_end``, ``cue_lemma``, ``mention_start``,
``mention_end``, ``mention_text`` and the responses' ``evidence_text``; 3 added the statements' ``speakers``,
``medium``, ``addressee``, ``addressee_start`` and ``addressee_end``."""

DEFAULT_FIELDS: Mapping[str, str] = {
    "outlet": "outlet|publisher|meta.outlet|meta.publisher",
    "date": "date|published|publication_date|meta.date|meta.publication_date",
    "title": "title|meta.title",
    "url": "url|meta.url",
}
"""Where each article field is looked for in the metadata: dotted paths, ``|`` between alternatives."""


def _lookup(metadata: Mapping[str, Any], path: str) -> Any:
    value: Any = metadata
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def article_fields(metadata: Mapping[str, Any], fields: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The outlet, date, title and url of an article, looked up in its metadata.

    Parameters
    ----------
    metadata : mapping
        The article's metadata (the input record without ``id`` and ``text``).
    fields : mapping of str to str, optional
        Target field -> dotted path in the metadata, ``|`` between
        alternatives tried in order; overrides :data:`DEFAULT_FIELDS` field
        by field.

    Returns
    -------
    dict
        ``outlet``, ``date``, ``title`` and ``url`` (and any other field asked
        for), each a string or None.

    Examples
    --------
    >>> meta = {"meta": {"publisher": "breitbart", "publication_date": "2016-09-20"}}
    >>> article_fields(meta)
    {'outlet': 'breitbart', 'date': '2016-09-20', 'title': None, 'url': None}
    >>> article_fields({"source": "AP"}, {"outlet": "source"})["outlet"]
    'AP'
    """
    out: dict[str, str | None] = {}
    for field, paths in {**DEFAULT_FIELDS, **(fields or {})}.items():
        value = None
        for path in paths.split("|"):
            value = _lookup(metadata, path.strip())
            if value is not None and str(value).strip():
                break
            value = None
        out[field] = None if value is None else str(value).strip()
    return out


def _mention_record(mention: Mention) -> dict[str, Any]:
    return {"start": mention.start, "end": mention.end, "text": mention.text}


def _organisation_record(organisation: Organisation) -> dict[str, Any]:
    return {"name": organisation.name, "country": organisation.country, "aliases": list(organisation.aliases)}


def _organisation_from_record(record: Mapping[str, Any]) -> Organisation:
    return Organisation(name=record["name"], country=record.get("country"), aliases=tuple(record.get("aliases", ())))


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    """A speaker with everything the reading knows of them, as a JSON-ready dict (an entry of ``speakers``).

    Examples
    --------
    >>> from quotetrack import read
    >>> record = speaker_record(read('"Yes," Senator Jane Smith said.').speakers[0])
    >>> record["name"], record["organisation"]["name"], record["mentions"]
    ('Jane Smith', 'United States Senate', [{'start': 15, 'end': 25, 'text': 'Jane Smith'}])
    """
    organisation = speaker.organisation
    return {
        "name": speaker.name, "aliases": list(speaker.aliases), "title": speaker.title,
        "organisation": None if organisation is None else _organisation_record(organisation),
        "country": speaker.country, "kind": speaker.kind, "mentions": [_mention_record(m) for m in speaker.mentions],
        "party": speaker.party,
    }


def speaker_from_record(record: Mapping[str, Any]) -> Speaker:
    """The speaker a :func:`speaker_record` describes.

    Examples
    --------
    >>> from quotetrack import read
    >>> speaker = read('"Yes," Senator Jane Smith said.').speakers[0]
    >>> speaker_from_record(speaker_record(speaker)) == speaker
    True
    """
    organisation = record.get("organisation")
    return Speaker(
        name=record["name"], aliases=tuple(record.get("aliases", ())), title=record.get("title"),
        organisation=None if organisation is None else _organisation_from_record(organisation),
        country=record.get("country"), kind=record.get("kind") or "person",
        mentions=tuple(Mention(**m) for m in record.get("mentions", ())), party=record.get("party"),
    )


def speaker_row(speaker: Speaker) -> dict[str, Any]:
    """A speaker as a flat row: ``speaker, kind, title, organisation, country`` (the organisation's name).

    Examples
    --------
    >>> from quotetrack import read
    >>> speaker_row(read('"Yes," Senator Jane Smith said.').speakers[0])["organisation"]
    'United States Senate'
    """
    return {"speaker": speaker.name, "kind": speaker.kind, "title": speaker.title,
            "organisation": speaker.organisation.name if speaker.organisation else None, "country": speaker.country,
            "party": speaker.party}


def statement_row(statement: Statement) -> dict[str, Any]:
    """A statement as a flat row: its span, kind, cue, speaker and the mention the attribution rests on.

    Keys: ``start, end, kind, text, cue, cue_start, cue_end, cue_lemma, speaker,
    speaker_kind, title, organisation, country, party, mention_start, mention_end,
    mention_text, quoted`` (a list of ``[start, end]`` pairs), ``speakers`` (the
    names of all the statement's speakers, ``speaker`` first), ``medium``,
    ``addressee``, ``addressee_start`` and ``addressee_end``; ``speaker`` is the
    speaker's name.

    Examples
    --------
    >>> from quotetrack import read
    >>> row = statement_row(read('"Yes," Jane Smith said.').statements[0])
    >>> row["speaker"], row["cue_lemma"], row["mention_text"]
    ('Jane Smith', 'say', 'Jane Smith')
    """
    cue, mention, addressee = statement.cue, statement.speaker_mention, statement.addressee
    speaker = speaker_row(statement.speaker) if statement.speaker is not None else dict.fromkeys(
        ("speaker", "kind", "title", "organisation", "country", "party"))
    return {
        "start": statement.start, "end": statement.end, "kind": statement.kind, "text": statement.text,
        "cue": cue.text if cue else None, "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None, "cue_lemma": cue.lemma if cue else None,
        "speaker": speaker["speaker"], "speaker_kind": speaker["kind"], "title": speaker["title"],
        "organisation": speaker["organisation"], "country": speaker["country"], "party": speaker["party"],
        "mention_start": mention.start if mention else None, "mention_end": mention.end if mention else None,
        "mention_text": mention.text if mention else None, "quoted": [list(span) for span in statement.quoted],
        "speakers": [s.name for s in statement.speakers], "medium": statement.medium,
        "addressee": addressee.text if addressee else None, "addressee_start": addressee.start if addressee else None,
        "addressee_end": addressee.end if addressee else None,
    }


def statement_from_row(row: Mapping[str, Any], speakers: Mapping[str, Speaker]) -> Statement:
    """The statement a :func:`statement_row` (or a statement record) describes.

    Parameters
    ----------
    row : mapping
        A flat statement row; ``speaker`` is the speaker's name.
    speakers : mapping of str to Speaker
        The article's speakers by name. A speaker missing from it is rebuilt
        from the row's ``speaker_kind``, ``title``, ``organisation`` and ``country``.

    Examples
    --------
    >>> from quotetrack import read
    >>> article = read('"Yes," Jane Smith said.')
    >>> speakers = {s.name: s for s in article.speakers}
    >>> statement_from_row(statement_row(article.statements[0]), speakers) == article.statements[0]
    True
    """
    name = row.get("speaker")
    speaker = None
    if name is not None:
        organisation = row.get("organisation")
        speaker = speakers.get(name) or Speaker(
            name=name, title=row.get("title"), country=row.get("country"), kind=row.get("speaker_kind") or "person",
            party=row.get("party"),
            organisation=Organisation(name=organisation) if organisation else None)
    return Statement(
        start=row["start"], end=row["end"], text=row["text"], kind=row["kind"], speaker=speaker,
        cue=None if row.get("cue_start") is None else Cue(
            start=row["cue_start"], end=row["cue_end"], text=row["cue"], lemma=row["cue_lemma"]),
        speaker_mention=None if row.get("mention_start") is None else Mention(
            start=row["mention_start"], end=row["mention_end"], text=row["mention_text"]),
        quoted=tuple((start, end) for start, end in row.get("quoted", ())),
        medium=row.get("medium"),
        addressee=None if row.get("addressee_start") is None else Mention(
            start=row["addressee_start"], end=row["addressee_end"], text=row.get("addressee") or ""),
        co_speakers=tuple(speakers.get(other) or Speaker(name=other) for other in (row.get("speakers") or [])[1:]),
    )


def statement_record(statement: Statement) -> dict[str, Any]:
    """A statement as a JSON-ready dict (an entry of a record's ``statements``).

    ``speaker`` holds the speaker's ``name``, ``title``, ``organisation``,
    ``country``, ``kind``, ``party`` and the ``start`` and ``end`` of the mention the attribution
    rests on; ``speakers`` the names of all its speakers (``speaker`` first); everything
    else :func:`statement_row` has is there too.

    Examples
    --------
    >>> from quotetrack import read
    >>> statement_record(read('"Yes," Jane Smith said.').statements[0])["speaker"]["name"]
    'Jane Smith'
    """
    row = statement_row(statement)
    speaker = None if row["speaker"] is None else {
        "name": row["speaker"], "title": row["title"], "organisation": row["organisation"],
        "country": row["country"], "start": row["mention_start"], "end": row["mention_end"],
        "kind": row["speaker_kind"], "party": row["party"],
    }
    return {
        "start": row["start"], "end": row["end"], "text": row["text"], "kind": row["kind"], "cue": row["cue"],
        "speaker": speaker, "quoted": row["quoted"],
        **{key: row[key] for key in ("cue_start", "cue_end", "cue_lemma", "mention_start", "mention_end",
                                     "mention_text", "speakers", "medium", "addressee", "addressee_start",
                                     "addressee_end")},
    }


def response_record(response: Response) -> dict[str, Any]:
    """A response as a JSON-ready dict (an entry of a record's ``responses``).

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> record = response_record(read(text).responses[0])
    >>> record["source"], record["target"], record["evidence"], record["evidence_text"]
    ('Wang Yi', 'Mike Pompeo', 'mention', 'Pompeo is wrong,')
    """
    span = response.evidence_span
    return {
        "source": response.source, "target": response.target, "statement": response.statement,
        "target_statement": response.target_statement, "cue": response.cue, "evidence": response.evidence,
        "evidence_start": span.start if span else None, "evidence_end": span.end if span else None,
        "stance": response.stance, "evidence_text": span.text if span else None,
        "confidence": response.confidence, "supporting": list(response.supporting),
    }


def response_from_record(record: Mapping[str, Any]) -> Response:
    """The response a :func:`response_record` describes.

    Examples
    --------
    >>> response_from_record({"source": "A", "target": "B", "statement": 1}).target_statement is None
    True
    """
    start = record.get("evidence_start")
    return Response(
        source=record["source"], target=record["target"], statement=record["statement"],
        target_statement=record.get("target_statement"), cue=record.get("cue"), evidence=record.get("evidence"),
        evidence_span=None if start is None else Mention(
            start=start, end=record["evidence_end"], text=record.get("evidence_text") or ""),
        stance=record.get("stance"), confidence=float(record.get("confidence", 1.0)),
        supporting=tuple(record.get("supporting") or ()),
    )


def _statement_row_of_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A statement record flattened back into a :func:`statement_row` (the speaker's ``start``/``end`` are
    the mention's, which the row has as ``mention_start``/``mention_end``)."""
    speaker = record.get("speaker") or {}
    return {**record, "speaker": speaker.get("name"), "title": speaker.get("title"),
            "organisation": speaker.get("organisation"), "country": speaker.get("country"),
            "speaker_kind": speaker.get("kind"), "party": speaker.get("party")}


def article_record(article: Article, *, with_text: bool = False) -> dict[str, Any]:
    """An article's reading as a JSON-ready dict (one ``extract --format jsonl`` line).

    Parameters
    ----------
    article : Article
        A read article.
    with_text : bool
        Add the article's ``text`` (what ``extract --with-text`` does), so that
        :func:`article_from_record` gives back the whole article.

    Returns
    -------
    dict
        ``id``, ``statements`` (:func:`statement_record`), ``terms``,
        ``responses`` (:func:`response_record`), ``record_version``,
        ``metadata`` (as given to :func:`quotetrack.read`), ``speakers``
        (:func:`speaker_record`), ``organisations`` and, with ``with_text``, ``text``.

    Examples
    --------
    >>> from quotetrack import read
    >>> record = article_record(read('"Yes," Jane Smith said.', id="a"))
    >>> list(record), record["statements"][0]["kind"]
    (['id', 'statements', 'terms', 'responses', 'record_version', 'metadata', 'speakers', 'organisations'], 'direct')
    """
    return {key: list(value) if isinstance(value, Iterator) else value
            for key, value in _record_fields(article, with_text).items()}


def _record_fields(article: Article, with_text: bool) -> dict[str, Any]:
    """The fields of :func:`article_record`, each list as an iterator of its items (made as they are written)."""
    record = {
        "id": article.id,
        "statements": (statement_record(s) for s in article.statements),
        "terms": ({"start": t.start, "end": t.end, "text": t.text} for t in article.terms),
        "responses": (response_record(r) for r in article.responses),
        "record_version": RECORD_VERSION,
        "metadata": dict(article.metadata),
        "speakers": (speaker_record(s) for s in article.speakers),
        "organisations": (_organisation_record(o) for o in article.organisations),
    }
    if with_text:
        record["text"] = article.text
    return record


# What json.dumps(..., ensure_ascii=False) uses, made once: json.dumps builds a new encoder at each call that
# passes an argument, and a record is written an item at a time (tens of thousands for a long text).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write_record(article: Article, out: TextIO, *, with_text: bool = False) -> None:
    """Write :func:`article_record` as one JSON line, the text ``json.dumps(record, ensure_ascii=False)`` is, an
    item at a time: the record of a long article is never whole in memory, nor its JSON text.

    Examples
    --------
    >>> import io
    >>> from quotetrack import read
    >>> article, out = read('"Yes," Jane Smith said.', id="a"), io.StringIO()
    >>> write_record(article, out)
    >>> out.getvalue() == json.dumps(article_record(article), ensure_ascii=False) + "\\n"
    True
    """
    encode = _ENCODER.encode
    out.write("{")
    for n, (key, value) in enumerate(_record_fields(article, with_text).items()):
        out.write(f"{', ' if n else ''}{encode(key)}: ")
        if not isinstance(value, Iterator):
            out.write(encode(value))
            continue
        out.write("[")
        for i, item in enumerate(value):
            out.write(f"{', ' if i else ''}{encode(item)}")
        out.write("]")
    out.write("}\n")


def article_from_record(record: Mapping[str, Any]) -> Article:
    """The article an :func:`article_record` describes (its ``text`` empty when the record has none).

    Raises
    ------
    InputError
        For a record of version 1 (it lacks what an article needs) or one that is malformed.

    Examples
    --------
    >>> from quotetrack import read
    >>> article = read('"Yes," Jane Smith said.', id="a", metadata={"outlet": "AP"})
    >>> article_from_record(article_record(article, with_text=True)) == article
    True
    >>> article_from_record(article_record(article)).text
    ''
    """
    name = f"record {record.get('id')!r}" if isinstance(record, Mapping) else "record"
    version = record.get("record_version") if isinstance(record, Mapping) else None
    if not isinstance(version, int) or version < 2:
        raise InputError(f"{name}: not a reading record of version 2 or later (no record_version); write it again "
                         "with quotetrack extract --format jsonl")
    try:
        speakers = tuple(speaker_from_record(s) for s in record.get("speakers", ()))
        by_name = {s.name: s for s in speakers}
        statements = tuple(statement_from_row(_statement_row_of_record(s), by_name) for s in record["statements"])
        return Article(
            id=str(record["id"]), text=record.get("text") or "", metadata=dict(record.get("metadata") or {}),
            statements=statements, terms=tuple(Term(**t) for t in record.get("terms", ())), speakers=speakers,
            organisations=tuple(_organisation_from_record(o) for o in record.get("organisations", ())),
            responses=tuple(response_from_record(r) for r in record.get("responses", ())),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"{name}: malformed reading record: {type(exc).__name__}: {exc}") from None


def load(path: str | os.PathLike[str], *, skip_errors: bool = False, warn: Any = None) -> Iterator[Article]:
    """Read back the articles ``quotetrack extract --format jsonl`` wrote: a JSONL file (or a folder) of records.

    Written with ``--with-text``, each article equals the one :func:`quotetrack.read`
    returned; without it, its ``text`` is empty (offsets still point into the
    original text).

    Parameters
    ----------
    path : str or path-like
        A ``.jsonl`` file of records, or a folder of them.
    skip_errors : bool
        Skip malformed lines with a warning instead of raising.
    warn : callable, optional
        Called with a message for each skipped line.

    Raises
    ------
    InputError
        For an unreadable file or a line that is not a reading record (unless ``skip_errors``).

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> from quotetrack import read
    >>> article = read('"Yes," Jane Smith said.', id="a")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "readings.jsonl"
    >>> _ = path.write_text(json.dumps(article_record(article, with_text=True)) + "\\n", encoding="utf-8")
    >>> list(load(path)) == [article]
    True
    """
    warn = warn or (lambda message: None)
    for document in iter_inputs([os.fspath(path)], skip_errors=skip_errors, warn=warn):
        try:
            if not is_record(document):
                raise InputError(f"{path}: {document['id']!r} is a text, not a reading record (write records with "
                                 "quotetrack extract --format jsonl)")
            yield article_from_record(document)
        except InputError as exc:
            if not skip_errors:
                raise
            warn(str(exc))


def statement_rows(article: Article) -> list[dict[str, Any]]:
    """One flat row per statement (:func:`statement_row`) with ``article``, ``statement`` (its index) and the
    article's fields (``article_title``, ``outlet``, ``date``, ``url``: :func:`article_fields`).

    Examples
    --------
    >>> from quotetrack import read
    >>> [(row["article"], row["speaker"], row["outlet"])
    ...  for row in statement_rows(read('"Yes," Jane Smith said.', id="a", metadata={"publisher": "AP"}))]
    [('a', 'Jane Smith', 'AP')]
    """
    fields = _article_columns(article)
    return [{"article": article.id, "statement": index, **statement_row(s), **fields}
            for index, s in enumerate(article.statements)]


def speaker_rows(article: Article) -> list[dict[str, Any]]:
    """One flat row per speaker of an article (:func:`speaker_row`), with ``article`` and ``statements`` (how many).

    Examples
    --------
    >>> from quotetrack import read
    >>> [(row["speaker"], row["statements"]) for row in speaker_rows(read('"Yes," Jane Smith said.'))]
    [('Jane Smith', 1)]
    """
    counts: dict[str, int] = {}
    for s in article.statements:
        if s.speaker is not None:
            counts[s.speaker.name] = counts.get(s.speaker.name, 0) + 1
    return [{"article": article.id, **speaker_row(s), "statements": counts.get(s.name, 0)} for s in article.speakers]


def response_rows(article: Article) -> list[dict[str, Any]]:
    """One flat row per response (:func:`response_record`) with ``article``, the two statements' ``text`` and
    ``target_text``, and the article's fields.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> [(row["source"], row["text"]) for row in response_rows(read(text))]
    [('Wang Yi', 'Pompeo is wrong,')]
    """
    fields = _article_columns(article)
    rows = []
    for r in article.responses:
        target = article.statements[r.target_statement].text if r.target_statement is not None else None
        rows.append({"article": article.id, **response_record(r), "text": article.statements[r.statement].text,
                     "target_text": target, **fields})
    return rows


TERM_COLUMNS = ["article", "term", "start", "end", "text", "article_title", "outlet", "date", "url"]
"""The columns of :func:`term_rows`."""


def term_rows(article: Article) -> list[dict[str, Any]]:
    """One flat row per term (words quoted with no speaker) with ``article``, ``term`` (its index) and the
    article's fields.

    Examples
    --------
    >>> from quotetrack.model import Term
    >>> article = Article(id="a", text='a "so-called" deal', terms=(Term(start=3, end=12, text="so-called"),))
    >>> [(row["article"], row["term"], row["text"]) for row in term_rows(article)]
    [('a', 0, 'so-called')]
    """
    fields = _article_columns(article)
    return [{"article": article.id, "term": index, "start": t.start, "end": t.end, "text": t.text, **fields}
            for index, t in enumerate(article.terms)]


def _article_columns(article: Article) -> dict[str, str | None]:
    fields = article_fields(article.metadata)
    return {"article_title": fields["title"], "outlet": fields["outlet"], "date": fields["date"], "url": fields["url"]}


def data_frame(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> Any:
    """Rows as a pandas DataFrame of these columns (pandas is the optional ``pandas`` extra, imported here).

    Raises
    ------
    QuotetrackError
        If pandas is not installed.

    Examples
    --------
    >>> data_frame([{"a": 1, "b": 2}], ["b"]).values.tolist()
    [[2]]
    """
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise QuotetrackError('DataFrames need pandas: pip install "quotetrack[pandas]"') from exc
    return pandas.DataFrame(list(rows), columns=columns)
