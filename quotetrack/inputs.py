"""Reading the inputs of a command: text files, folders, JSONL files and standard input.

Each input becomes a document, a dict with ``id`` and ``text`` and whatever
metadata a JSONL line carries. A JSONL line holding a reading (what ``quotetrack
extract --format jsonl`` writes: it has ``statements``) is passed on as it is,
with or without its ``text``; :func:`is_record` tells it apart.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from quotetrack.errors import InputError
from quotetrack.webpages import looks_like_html, page_text

__all__ = ["is_record", "iter_inputs", "said_twice"]


def is_record(document: Mapping[str, Any]) -> bool:
    """Whether an input document is a reading record (a line of ``extract --format jsonl``), not a text to read.

    Examples
    --------
    >>> is_record({"id": "a", "statements": [], "terms": []}), is_record({"id": "a", "text": "Hi."})
    (True, False)
    """
    return isinstance(document.get("statements"), list)


_LINE_END = re.compile(r"\r\n?|\n")


def _read_text(path: Path, encoding_errors: str, encoding: str = "utf-8") -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return _decode(data, str(path), encoding_errors, encoding)


# A file that opens with the byte-order mark of UTF-32 or UTF-16 is in that encoding (UTF-32's first: FF FE 00 00
# also opens UTF-16 LE).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(data: bytes, name: str, encoding_errors: str, given: str = "utf-8") -> str:
    """The text of a file's bytes: UTF-8, else the ``given`` encoding, or UTF-16/32 after their byte-order mark (a
    mark dropped); a binary file or bytes the encoding does not allow are an error.

    Examples
    --------
    >>> _decode("\ufeff“Yes,” she said.".encode("utf-16-le"), "a.txt", "strict")
    '“Yes,” she said.'
    >>> [_decode(text.encode(codec), "a.txt", "strict", "cp1252") for text, codec in [("“Oui”", "cp1252"),
    ...                                                                                  ("“Oui”", "utf-8")]]
    ['“Oui”', '“Oui”']
    """
    bom = next((codec for mark, codec in (*_BOMS, (codecs.BOM_UTF8, "utf-8-sig")) if data.startswith(mark)), None)
    encoding = bom or "utf-8-sig"
    if encoding == "utf-8-sig" and b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    if not bom and codecs.lookup(given).name != "utf-8":
        # UTF-8 first: a folder mixes files, and UTF-8 text read as a one-byte encoding would pass unnoticed, garbled.
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8")
        encoding = given
    try:
        return data.decode(encoding, errors=encoding_errors)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8-sig":
            said = (f"starts with the byte-order mark of {encoding.upper()} but is not valid {encoding.upper()}" if bom
                    else f"not valid {encoding}")
            raise InputError(f"{name}: {said} (byte {exc.start}); use --encoding-errors replace to read it anyway"
                             ) from exc
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}: 0x{data[exc.start]:02x}); {_other_encoding(data)}"
        ) from exc


def _other_encoding(data: bytes) -> str:
    """What to do with bytes that are not UTF-8: name the encoding to give when they read as Windows-1252 (Word and
    Windows editors write curly quotation marks as the bytes 0x91-0x94, which ``--encoding-errors replace`` would
    lose, and every statement they mark with them).

    Examples
    --------
    >>> _other_encoding("“No,” he said.".encode("cp1252"))[:40]
    'looks like Windows-1252 (curly quotation'
    """
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "give its encoding (--encoding NAME), or use --encoding-errors replace to read it anyway"
    return ("looks like Windows-1252 (curly quotation marks as single bytes): read it with --encoding cp1252 "
            "(--encoding-errors replace would lose those characters)")


def _jsonl_lines(text: str) -> Iterator[str]:
    r"""The lines of a JSONL text, split at line feeds and carriage returns only (a JSON string never holds them
    raw), not at every break ``str.splitlines`` knows: U+2028, U+2029, NEL and \x1c-\x1e are characters of a
    string, which ``json.dumps(..., ensure_ascii=False)`` writes raw.

    Examples
    --------
    >>> list(_jsonl_lines('{"text": "a\u2028b"}\r\n{}'))
    ['{"text": "a\u2028b"}', '{}']
    """
    return iter(_LINE_END.split(text))


def _file_lines(path: Path, encoding_errors: str) -> Iterator[str | ValueError]:
    """The lines of a JSONL file as :func:`_jsonl_lines` splits them, read a line at a time: a corpus file need not
    fit in memory (read whole, it was held three times over: its bytes, its text, its lines). A line that is not
    UTF-8 comes as the ValueError saying so. The file is checked (readable, not binary) before this returns."""
    try:
        file = path.open("rb")
        head = file.read(8192)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if head.startswith(tuple(bom for bom, _ in _BOMS)):  # UTF-16 or UTF-32: no line feed byte to split at
        with file:
            return _jsonl_lines(_decode(head + file.read(), str(path), encoding_errors))
    if b"\x00" in head:
        file.close()
        raise InputError(f"{path}: looks like a binary file, not text")
    file.seek(0)
    return _lines_of(file, encoding_errors)


def _lines_of(file: BinaryIO, encoding_errors: str) -> Iterator[str | ValueError]:
    with file:
        offset = 0
        for raw in file:  # split at line feeds, then carriage returns: a UTF-8 sequence never holds either byte
            line = raw[:-1] if raw.endswith(b"\n") else raw
            line = line[:-1] if line.endswith(b"\r") and line is not raw else line
            for piece in line.split(b"\r"):
                skip = 3 if offset == 0 and piece.startswith(codecs.BOM_UTF8) else 0
                try:
                    yield piece[skip:].decode("utf-8", errors=encoding_errors)
                except UnicodeDecodeError as exc:
                    at = skip + exc.start
                    yield ValueError(f"not valid UTF-8 (byte {offset + at}: 0x{piece[at]:02x}); use --encoding-errors "
                                     "replace to read it anyway, or convert it to UTF-8 first (from Windows-1252: "
                                     "iconv -f cp1252 -t utf-8)")
                offset += len(piece) + 1
            offset += len(raw) - len(line) - 1


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _unpaired(value: Any, encoding_errors: str) -> Any:
    r"""``value`` (from ``json.loads``) with each string's unpaired surrogates replaced or dropped, as
    ``encoding_errors`` says, or a ValueError (``strict``): such a string is not text and cannot be written as UTF-8.

    Examples
    --------
    >>> _unpaired({"id": "a", "text": "x\ud800y"}, "replace") == {"id": "a", "text": "x\ufffdy"}
    True
    """
    if isinstance(value, str):
        found = _SURROGATE.search(value)
        if found is None:
            return value
        if encoding_errors == "strict":
            raise ValueError(f"an unpaired surrogate (\\u{ord(found.group()):04x}) is not a character; use "
                             "--encoding-errors replace to read it anyway")
        return _SURROGATE.sub("\ufffd" if encoding_errors == "replace" else "", value)
    if isinstance(value, list):
        return [_unpaired(item, encoding_errors) for item in value]
    if isinstance(value, dict):
        return {_unpaired(key, encoding_errors): _unpaired(item, encoding_errors) for key, item in value.items()}
    return value


def _jsonl_documents(lines: Iterator[str | ValueError], name: str, skip_errors: bool,
                     warn: Any, encoding_errors: str = "strict") -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, 1):
        if not isinstance(line, ValueError) and not line.strip():
            continue
        try:
            if isinstance(line, ValueError):
                raise line
            record = json.loads(line, parse_constant=_refuse_constant)
            if not isinstance(record, dict):
                raise ValueError("expected an object with a 'text' string")
            if not isinstance(record.get("text"), str) and not (is_record(record) and "text" not in record):
                raise ValueError("expected an object with a 'text' string, or a reading record ('statements')")
            if _SURROGATE_ESCAPE.search(line):  # only an escape gives json.loads a lone surrogate
                record = _unpaired(record, encoding_errors)
        except (ValueError, RecursionError) as exc:
            if isinstance(exc, RecursionError):
                exc = ValueError("nested too deeply")
            message = f"{name}, line {number}: malformed JSONL: {exc}"
            if skip_errors:
                warn(message)
                continue
            raise InputError(message) from None
        record.setdefault("id", f"{Path(name).stem}-{number}")
        record["id"] = str(record["id"])
        yield record


_FOLDER_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


def _folder_files(folder: Path, recursive: bool, glob: str | None) -> tuple[list[tuple[str, Path]], str | None]:
    """The files of a folder to read, with the id prefix of each, and what is left out (None: nothing)."""
    entries = sorted(folder.rglob("*") if recursive else folder.iterdir())
    chosen, skipped_files, skipped_folders = [], [], []
    for entry in entries:
        relative = entry.relative_to(folder)
        if entry.is_dir():
            if not recursive:
                skipped_folders.append(f"{relative}/")
            continue
        matched = relative.match(glob) or entry.match(glob) if glob else entry.suffix in _FOLDER_SUFFIXES
        if matched:
            prefix = relative.parent.as_posix()
            chosen.append(("" if prefix == "." else prefix + "/", entry))
        else:
            skipped_files.append(str(relative))
    if not skipped_files and not skipped_folders:
        return chosen, None
    parts = []
    if skipped_files:
        rule = f"match no --glob {glob!r}" if glob else "are not .txt, .jsonl or .html"
        parts.append(f"{len(skipped_files)} file(s) that {rule} ({_some(skipped_files)})")
    if skipped_folders:
        parts.append(f"{len(skipped_folders)} subfolder(s) ({_some(skipped_folders)}); --recursive reads them")
    return chosen, "skipped " + " and ".join(parts)


def _some(names: list[str], most: int = 3) -> str:
    return ", ".join(names[:most]) + (f", and {len(names) - most} more" if len(names) > most else "")


def iter_inputs(
    paths: list[str], *, skip_errors: bool = False, encoding_errors: str = "strict",
    stdin: Any = None, warn: Any = None, recursive: bool = False, glob: str | None = None, encoding: str = "utf-8",
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "text", ...}`` documents from text files, folders, JSONL files or ``-``.

    Parameters
    ----------
    paths : list of str
        Text files (id: the file's stem), folders of them (``*.txt``, ``*.jsonl``),
        JSONL files of ``{"id", "text", ...}`` lines or of reading records (see
        :func:`is_record`; their ``text`` is optional), or ``-`` for standard
        input (JSONL when its first line is a JSON object, text otherwise).
    skip_errors : bool
        Skip malformed JSONL lines, and files that cannot be read or decoded (a binary file among texts), with a
        warning instead of raising.
    encoding_errors : str
        How to treat invalid UTF-8, and unpaired surrogates escaped in JSONL (``"\\ud800"``): ``strict`` (an
        error), ``replace`` (by U+FFFD) or ``ignore`` (dropped).
    stdin : file, optional
        Standard input.
    warn : callable, optional
        Called with a message for each skipped line, and for the files and subfolders
        of a folder that are not read.
    recursive : bool
        Read the subfolders of a folder too (ids then keep the subfolder: ``sub/a``).
    glob : str, optional
        The files of a folder to read (``"*.md"``); by default ``*.txt`` and ``*.jsonl``.
        A file matching it is read as JSONL when it ends in ``.jsonl``, as text otherwise.
    encoding : str
        The encoding of text files and of standard input that are not valid UTF-8 (``"cp1252"`` for files from
        Windows editors); a byte-order mark overrides it, and JSONL files are always UTF-8.

    Raises
    ------
    InputError
        For an unreadable path, a binary or undecodable file, or a malformed
        JSONL line (unless ``skip_errors``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Hi."), (folder / "notes.md").write_text("x")
    >>> [d["id"] for d in iter_inputs([str(folder)], warn=print)]
    /...: skipped 1 file(s) that are not .txt, .jsonl or .html (notes.md)
    ['a']
    """
    warn = warn or (lambda message: None)
    for raw in paths:
        if raw == "-":
            if stdin is None:
                raise InputError("standard input is not available")
            # The bytes, when there are any, so that standard input is checked as a file is (binary, UTF-8).
            buffer = getattr(stdin, "buffer", None)
            text = stdin.read() if buffer is None else _decode(buffer.read(), "<stdin>", encoding_errors, encoding)
            if text.lstrip().startswith("{"):
                yield from _jsonl_documents(_jsonl_lines(text), "<stdin>", skip_errors, warn, encoding_errors)
            else:
                yield {"id": "stdin", "text": text}
            continue
        path = Path(raw)
        if path.is_dir():
            files, skipped = _folder_files(path, recursive, glob)
            if not files:
                wanted = f"files matching {glob!r}" if glob else ".txt, .jsonl or .html files"
                raise InputError(f"{path}: folder holds no {wanted}" + (f"; {skipped}" if skipped else ""))
            if skipped:
                warn(f"{path}: {skipped}")
            for prefix, file in files:
                for document in iter_inputs([os.fspath(file)], skip_errors=skip_errors,
                                            encoding_errors=encoding_errors, warn=warn, encoding=encoding):
                    if prefix and file.suffix != ".jsonl":
                        document["id"] = prefix + document["id"]
                    yield document
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        elif path.suffix == ".jsonl":
            try:
                lines = _file_lines(path, encoding_errors)
            except InputError as error:  # a binary file among texts
                if not skip_errors:
                    raise
                warn(f"skipped: {error}")
                continue
            written: list[bool] = []  # whether a line holds anything: a file of blank lines says so
            yield from _jsonl_documents(_noting(lines, written), raw, skip_errors, warn, encoding_errors)
            if not written:
                warn(f"{path}: empty file, no documents in it")
        else:
            try:
                documents = list(_other_file(path, raw, skip_errors, encoding_errors, warn, encoding))
            except InputError as error:  # a binary file among texts, a PDF
                if not skip_errors:
                    raise
                warn(f"skipped: {error}")
                continue
            yield from documents


def _noting(lines: Iterator[str | ValueError], written: list[bool]) -> Iterator[str | ValueError]:
    """``lines``, appending to ``written`` at the first that is not blank."""
    for line in lines:
        if not written and (isinstance(line, ValueError) or line.strip()):
            written.append(True)
        yield line


def said_twice(documents: Iterator[dict[str, Any]], warn: Any) -> Iterator[dict[str, Any]]:
    """``documents``, with a warning for each whose id an earlier one had (stored, it replaces that one).

    Examples
    --------
    >>> [d["text"] for d in said_twice(iter([{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]), print)]
    id 'a' given again: its article replaces the one read before under that id
    ['x', 'y']
    """
    seen: set[str] = set()
    for document in documents:
        if document["id"] in seen:
            warn(f"id {document['id']!r} given again: its article replaces the one read before under that id")
        seen.add(document["id"])
        yield document


#: Formats of documents that are not plain text, by file suffix: read as text they would give nothing or garbage.
_NOT_TEXT = {".pdf": "a PDF file", ".doc": "a Word document", ".docx": "a Word document",
             ".odt": "an OpenDocument text", ".rtf": "an RTF document", ".xls": "a spreadsheet",
             ".xlsx": "a spreadsheet", ".ods": "a spreadsheet", ".pptx": "a presentation", ".epub": "an e-book"}
_TABLES = (".csv", ".tsv")
_PAGES = (".html", ".htm", ".xhtml")
_AS_JSONL = 'quotetrack reads text files and JSONL files of {"id", "text"} objects, one a line'


#: Header names of a table's column of article texts, and of its column of ids (case ignored), first found first.
_TEXT_COLUMNS = ("text", "body", "content", "full_text", "fulltext", "article_text", "article", "story")
_ID_COLUMNS = ("id", "doc_id", "document_id", "article_id", "docid", "uid", "guid")


def _table_rows(text: str, delimiter: str) -> list[dict[str, str]] | None:
    """The rows of a CSV or TSV export whose header names a column of article texts (:data:`_TEXT_COLUMNS`), else
    None.

    Examples
    --------
    >>> _table_rows('doc_id,Headline,Body\\n7,Row,"Jane Smith said, ""No.""\\n', ",")
    [{'doc_id': '7', 'Headline': 'Row', 'Body': 'Jane Smith said, "No."\\n'}]
    >>> _table_rows("Jane Smith said no, and left.", ",") is None
    True
    """
    limit = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)  # an article may be longer than the module's 131,072 characters
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = [name.strip().lower() for name in reader.fieldnames or []]
        if not any(name in header for name in _TEXT_COLUMNS):
            return None
        return list(reader)
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(limit)


def _table_document(row: dict[str, str], default_id: str) -> dict[str, Any]:
    """The document of a table's row: its text column's text, its id column's id (else ``default_id``), and every
    other column as metadata (``outlet``, ``date``, ``title`` are found there by name)."""
    by_name = {(name or "").strip().lower(): name for name in row}
    text_key = by_name[next(name for name in _TEXT_COLUMNS if name in by_name)]
    id_key = next((by_name[name] for name in _ID_COLUMNS if name in by_name), None)
    others = {(name or "").strip(): value for name, value in row.items() if name not in (text_key, id_key) and name}
    given = (row[id_key] or "").strip() if id_key else ""
    return {**others, "id": given or default_id, "text": row[text_key] or ""}


def _other_file(path: Path, raw: str, skip_errors: bool, encoding_errors: str, warn: Any,
                encoding: str = "utf-8") -> Iterator[dict[str, Any]]:
    """The documents of a file named on the command line that is not ``.jsonl``: one text, or a ``.json`` file's
    JSONL lines; a document format that is not text is an error, a table a warning (it is read as one text)."""
    suffix = path.suffix.lower()
    if suffix in _NOT_TEXT:
        raise InputError(f"{path}: {_NOT_TEXT[suffix]}, not plain text; {_AS_JSONL}: convert it to text first "
                         "(pdftotext, or save it as .txt)")
    text = _read_text(path, encoding_errors, encoding)
    if suffix == ".json":
        if text.lstrip().startswith("["):
            raise InputError(f"{path}: a JSON array; {_AS_JSONL} (extract --format jsonl writes them; "
                             f"jq -c '.[]' {path} > {path.stem}.jsonl converts an array)")
        if text.lstrip().startswith("{"):  # JSONL under another name, as standard input is told
            yield from _jsonl_documents(_jsonl_lines(text), raw, skip_errors, warn, encoding_errors)
            return
    if not text.strip():
        warn(f"{path}: empty file, read as an article with no text")
    if suffix in _TABLES:
        rows = _table_rows(text, "\t" if suffix == ".tsv" else ",")
        if rows is not None:  # a table of articles: one a row
            for number, row in enumerate(rows, start=1):
                yield _table_document(row, f"{path.stem}-{number}")
            return
        warn(f"{path}: read as one plain-text article: it has no column {' or '.join(_TEXT_COLUMNS[:3])}; for a "
             f"table of articles, name the articles' column so, or {_AS_JSONL} "
             "(pandas: frame.to_json('articles.jsonl', orient='records', lines=True))")
    if suffix in _PAGES or looks_like_html(text):  # a page saved from a browser: the text a reader sees
        text, title = page_text(text)
        yield {"id": path.stem, "text": text, **({"title": title} if title else {})}
        return
    yield {"id": path.stem, "text": text}
