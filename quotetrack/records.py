"""Serialisation at the edges: articles to plain records, and reading input files.

The record shape of :func:`article_record` is what ``quotetrack extract
--format jsonl`` prints; users' scripts rely on it, so fields are only ever
added, never renamed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotetrack.errors import InputError
from quotetrack.model import Article, Statement

__all__ = ["article_record", "iter_inputs", "statement_record"]


def statement_record(statement: Statement) -> dict[str, Any]:
    """A statement as a JSON-ready dict.

    Examples
    --------
    >>> from quotetrack import read
    >>> statement_record(read('"Yes," Jane Smith said.').statements[0])["speaker"]["name"]
    'Jane Smith'
    """
    speaker = statement.speaker
    mention = statement.speaker_mention
    return {
        "start": statement.start,
        "end": statement.end,
        "text": statement.text,
        "kind": statement.kind,
        "cue": statement.cue.text if statement.cue else None,
        "speaker": None if speaker is None else {
            "name": speaker.name,
            "title": speaker.title,
            "organisation": speaker.organisation.name if speaker.organisation else None,
            "country": speaker.country,
            "start": mention.start if mention else None,
            "end": mention.end if mention else None,
        },
        "quoted": [list(span) for span in statement.quoted],
    }


def article_record(article: Article) -> dict[str, Any]:
    """An article's reading as a JSON-ready dict (one ``extract --format jsonl`` line).

    Examples
    --------
    >>> from quotetrack import read
    >>> record = article_record(read('"Yes," Jane Smith said.', id="a"))
    >>> sorted(record), record["statements"][0]["kind"]
    (['id', 'responses', 'statements', 'terms'], 'direct')
    """
    return {
        "id": article.id,
        "statements": [statement_record(s) for s in article.statements],
        "terms": [{"start": t.start, "end": t.end, "text": t.text} for t in article.terms],
        "responses": [
            {"source": r.source, "target": r.target, "statement": r.statement,
             "target_statement": r.target_statement, "cue": r.cue, "evidence": r.evidence,
             "evidence_start": r.evidence_span.start if r.evidence_span else None,
             "evidence_end": r.evidence_span.end if r.evidence_span else None, "stance": r.stance}
            for r in article.responses
        ],
    }


def _read_text(path: Path, encoding_errors: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig", errors=encoding_errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}); use --encoding-errors replace to read it anyway"
        ) from exc


def _jsonl_documents(lines: Iterator[str], name: str, skip_errors: bool,
                     warn: Any) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("expected an object with a 'text' string")
        except ValueError as exc:
            message = f"{name}, line {number}: malformed JSONL: {exc}"
            if skip_errors:
                warn(message)
                continue
            raise InputError(message) from None
        record.setdefault("id", f"{Path(name).stem}-{number}")
        record["id"] = str(record["id"])
        yield record


def iter_inputs(
    paths: list[str], *, skip_errors: bool = False, encoding_errors: str = "strict",
    stdin: Any = None, warn: Any = None,
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "text", ...}`` documents from text files, folders, JSONL files or ``-``.

    Parameters
    ----------
    paths : list of str
        Text files (id: the file's stem), folders of them (``*.txt``, ``*.jsonl``),
        JSONL files of ``{"id", "text", ...}`` lines, or ``-`` for standard input
        (JSONL when its first line is a JSON object, text otherwise).
    skip_errors : bool
        Skip malformed JSONL lines with a warning instead of raising.
    encoding_errors : str
        How to treat invalid UTF-8: ``strict`` (an error), ``replace`` or ``ignore``.
    stdin : file, optional
        Standard input.
    warn : callable, optional
        Called with a message for each skipped line.

    Raises
    ------
    InputError
        For an unreadable path, a binary or undecodable file, or a malformed
        JSONL line (unless ``skip_errors``).
    """
    warn = warn or (lambda message: None)
    for raw in paths:
        if raw == "-":
            if stdin is None:
                raise InputError("standard input is not available")
            text = stdin.read()
            if text.lstrip().startswith("{"):
                yield from _jsonl_documents(iter(text.splitlines()), "<stdin>", skip_errors, warn)
            else:
                yield {"id": "stdin", "text": text}
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in {".txt", ".jsonl"} and p.is_file())
            if not files:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
            yield from iter_inputs([os.fspath(p) for p in files], skip_errors=skip_errors,
                                   encoding_errors=encoding_errors, warn=warn)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        elif path.suffix == ".jsonl":
            yield from _jsonl_documents(iter(_read_text(path, encoding_errors).splitlines()), raw, skip_errors, warn)
        else:
            yield {"id": path.stem, "text": _read_text(path, encoding_errors)}
