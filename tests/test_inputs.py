"""Tests of reading inputs with iter_inputs: text files, folders, JSONL documents and records, stdin."""

from __future__ import annotations

import io
import json

import pytest

from quotetrack import InputError
from quotetrack.inputs import is_record, iter_inputs

TEXT = '"We will win," Senator Jane Smith said on Tuesday. The agency launched the "Clean Network" program.'


def docs(paths, **kwargs):
    return list(iter_inputs([str(p) for p in paths], **kwargs))


def test_text_file_id_is_stem(tmp_path):
    """A text file is one document whose id is the file's stem."""
    path = tmp_path / "story-42.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert docs([path]) == [{"id": "story-42", "text": TEXT}]


def test_text_file_bom_is_stripped(tmp_path):
    """A UTF-8 byte-order mark is not part of the text."""
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHello.".encode("utf-8"))
    assert docs([path])[0]["text"] == "Hello."


def test_folder_reads_txt_and_jsonl_sorted(tmp_path):
    """A folder yields its .txt and .jsonl files in name order and ignores other files."""
    (tmp_path / "b.txt").write_text("Bee.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "j1", "text": "Jay."}\n', encoding="utf-8")
    (tmp_path / "c.md").write_text("ignored", encoding="utf-8")
    assert [(d["id"], d["text"]) for d in docs([tmp_path])] == [("j1", "Jay."), ("b", "Bee.")]


def test_empty_folder_is_an_error(tmp_path):
    """A folder with no readable files raises InputError."""
    with pytest.raises(InputError, match="no .txt, .jsonl or .html"):
        docs([tmp_path])


def test_jsonl_documents(tmp_path):
    """JSONL lines give documents; ids are strings, missing ids are derived from file and line; blank lines skipped."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": 1, "text": "One.", "title": "T"}\n\n{"text": "Three."}\n', encoding="utf-8")
    assert docs([path]) == [{"id": "1", "text": "One.", "title": "T"}, {"id": "batch-3", "text": "Three."}]


@pytest.mark.parametrize("bad", ["{not json", '["a list"]', '{"id": "x"}', '{"text": 5}'])
def test_malformed_jsonl_names_line(tmp_path, bad):
    """A malformed JSONL line raises InputError naming the file and the line number."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n' + bad + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2"):
        docs([path])


def test_malformed_jsonl_skipped_with_warning(tmp_path):
    """With skip_errors, malformed lines are skipped with a warning and other documents kept."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n{oops\n{"id": "c", "text": "C."}\n', encoding="utf-8")
    warnings: list[str] = []
    got = docs([path], skip_errors=True, warn=warnings.append)
    assert [d["id"] for d in got] == ["a", "c"]
    assert len(warnings) == 1 and "line 2" in warnings[0]


def test_stdin_text():
    """'-' reads plain text from stdin as one document with id 'stdin'."""
    assert list(iter_inputs(["-"], stdin=io.StringIO(TEXT))) == [{"id": "stdin", "text": TEXT}]


def test_stdin_jsonl():
    """'-' reads JSONL from stdin when it starts with a JSON object."""
    stdin = io.StringIO('{"id": "x", "text": "X."}\n{"text": "Y."}\n')
    assert [(d["id"], d["text"]) for d in iter_inputs(["-"], stdin=stdin)] == [("x", "X."), ("<stdin>-2", "Y.")]


def test_stdin_unavailable():
    """'-' without a stdin raises InputError."""
    with pytest.raises(InputError, match="standard input"):
        list(iter_inputs(["-"]))


def test_binary_file_is_a_clear_error(tmp_path):
    """A file with NUL bytes raises InputError saying it is binary."""
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        docs([path])


def test_invalid_utf8_is_an_error_by_default(tmp_path):
    """Invalid UTF-8 raises InputError naming the byte and the way out."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café said no.".encode("latin-1"))
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 3: 0xe9\).*--encoding cp1252.*errors replace"):
        docs([path])


def test_windows_file_is_named_with_the_way_to_read_it(tmp_path):
    """A file of Windows curly quotes is told to be read with --encoding cp1252: replace would lose every quote mark."""
    path = tmp_path / "memo.txt"
    path.write_bytes("\u201cWe will appeal,\u201d the union said.".encode("cp1252"))
    with pytest.raises(InputError, match=r"0x93\).*looks like Windows-1252.*--encoding cp1252"):
        docs([path])


def test_encoding_reads_what_is_not_utf8_and_leaves_utf8_alone(tmp_path):
    """With encoding='cp1252' a Windows file keeps its quotation marks, and a UTF-8 file of the same folder is still
    read as UTF-8 (not garbled into 'â€œ')."""
    text = "\u201cNo deal,\u201d said Ana Ruiz of the Caf\u00e9 Workers\u2019 Union."
    (tmp_path / "a_windows.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b_utf8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "c_bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert [d["text"] for d in docs([tmp_path], encoding="cp1252")] == [text, text, text]


def test_bytes_the_given_encoding_does_not_allow_are_an_error(tmp_path):
    """A file neither UTF-8 nor the given encoding is an error naming that encoding."""
    path = tmp_path / "odd.txt"
    path.write_bytes(b"caf\xe9 \x81")
    with pytest.raises(InputError, match=r"odd.txt: not valid cp1252 \(byte 5\)"):
        docs([path], encoding="cp1252")


@pytest.mark.parametrize("mode, expected", [("replace", "Caf\ufffd said no."), ("ignore", "Caf said no.")])
def test_invalid_utf8_readable_when_asked(tmp_path, mode, expected):
    """encoding_errors='replace'/'ignore' reads invalid UTF-8 anyway."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café said no.".encode("latin-1"))
    assert docs([path], encoding_errors=mode)[0]["text"] == expected


class _Stdin(io.StringIO):
    """Standard input as a terminal or pipe gives it: text, with the bytes under it in ``buffer``."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("data, message", [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00 said", "<stdin>: looks like a binary file"),
    ("Caf\u00e9 owner Ana Ruiz said no.".encode("latin-1"), r"<stdin>: not valid UTF-8 \(byte 3: 0xe9\)"),
])
def test_stdin_is_checked_as_a_file_is(data, message):
    """Bytes on standard input are checked like a file's: binary data and invalid UTF-8 are errors, not text."""
    with pytest.raises(InputError, match=message):
        list(iter_inputs(["-"], stdin=_Stdin(data)))


@pytest.mark.parametrize("mode, expected", [
    ("replace", "Caf\ufffd owner said no."), ("ignore", "Caf owner said no."), ("strict", "Caf\u00e9 owner said no."),
])
def test_stdin_bytes_decoded_with_the_encoding_option(mode, expected):
    """Standard input is UTF-8 (a byte-order mark dropped); --encoding-errors applies to it as to files."""
    data = expected.encode("utf-8") if mode == "strict" else "Caf\u00e9 owner said no.".encode("latin-1")
    assert list(iter_inputs(["-"], stdin=_Stdin(b"\xef\xbb\xbf" + data), encoding_errors=mode)) == [
        {"id": "stdin", "text": expected}]


def test_missing_path_is_an_error(tmp_path):
    """A missing path raises InputError naming it."""
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file"):
        docs([missing])


def test_jsonl_records_pass_with_or_without_text(tmp_path):
    """A line with "statements" is a reading record: it needs no text; a line with neither is malformed."""
    path = tmp_path / "readings.jsonl"
    path.write_text('{"id": "r", "statements": [], "record_version": 2}\n{"id": "t", "text": "T."}\n',
                    encoding="utf-8")
    got = docs([path])
    assert [is_record(d) for d in got] == [True, False]
    path.write_text('{"id": "r", "statements": "not a list"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        docs([path])


SEPARATED = [f'"We will win,{mark}" Senator Jane Smith said.{mark}Next line.' for mark in
             ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"]]


def test_jsonl_strings_keep_the_line_breaks_json_writes_raw(tmp_path):
    """U+2028, U+2029, NEL, \\x1c-\\x1e, \\x0b and \\x0c inside a string (json.dumps(..., ensure_ascii=False) writes
    them raw) break no line; CRLF and CR end lines."""
    lines = [json.dumps({"id": str(i), "text": text}, ensure_ascii=False) for i, text in enumerate(SEPARATED)]
    path = tmp_path / "batch.jsonl"
    path.write_text("\r\n".join(lines[:4]) + "\r" + "\n".join(lines[4:]) + "\n", encoding="utf-8")
    assert [d["text"] for d in docs([path])] == SEPARATED
    stdin = io.StringIO("\n".join(lines))
    assert [d["text"] for d in iter_inputs(["-"], stdin=stdin)] == SEPARATED


@pytest.mark.parametrize("name, kind", [("ruling.pdf", "a PDF file"), ("Statement.DOCX", "a Word document")])
def test_document_formats_that_are_not_text_are_a_clear_error(tmp_path, name, kind):
    """A PDF or Word file named on the command line says what it is and to convert it, before any UTF-8 advice."""
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(InputError, match=f"{name}: {kind}, not plain text;.*convert it to text") as raised:
        docs([path])
    assert "encoding-errors" not in str(raised.value)


def test_json_file_of_lines_reads_as_jsonl(tmp_path):
    """A .json file holding JSONL lines is read as JSONL, as standard input starting with '{' is."""
    path = tmp_path / "wire.json"
    path.write_text('{"id": "a", "text": "The minister said the talks had failed."}\n{"text": "No comment."}\n')
    assert [(d["id"], d["text"][:3]) for d in docs([path])] == [("a", "The"), ("wire-2", "No ")]


def test_json_array_is_a_clear_error(tmp_path):
    """A JSON array (what extract --format json writes) is an error pointing to JSONL, not one garbled article."""
    path = tmp_path / "readings.json"
    path.write_text(json.dumps([{"id": "a", "text": "The minister said the talks had failed."}]))
    with pytest.raises(InputError, match=r"readings.json: a JSON array; .*JSONL.*jq -c"):
        docs([path])


def test_csv_file_without_a_text_column_is_read_as_text_with_a_warning(tmp_path):
    """A CSV with no column of texts is one text, as before, with a warning saying how to give a table."""
    path = tmp_path / "articles.csv"
    path.write_text('id,quote\na1,"Jane Smith said the plan would fail."\n')
    warnings: list[str] = []
    documents = list(iter_inputs([str(path)], warn=warnings.append))
    assert [d["id"] for d in documents] == ["articles"]
    assert len(warnings) == 1 and "articles.csv: read as one plain-text article" in warnings[0]
    assert "no column text or body or content" in warnings[0] and "orient='records', lines=True" in warnings[0]


LONG = "The minister said no. " * 7000  # longer than the csv module's default field limit


@pytest.mark.parametrize("name, table, expected", [
    ("export.csv", 'Doc_ID,Date,Source,Headline,Body\nw1,2026-01-02,Wire,Row,"Jane Smith said, ""No.""\nShe left."\n'
     ',2026-01-03,Wire,Empty id,Tom Reid said yes.\n',
     [{"Date": "2026-01-02", "Source": "Wire", "Headline": "Row", "id": "w1",
       "text": 'Jane Smith said, "No."\nShe left.'},
      {"Date": "2026-01-03", "Source": "Wire", "Headline": "Empty id", "id": "export-2",
       "text": "Tom Reid said yes."}]),
    ("wire.tsv", "outlet\ttext\nAP\tTom Reid said yes.\n",
     [{"outlet": "AP", "id": "wire-1", "text": "Tom Reid said yes."}]),
    ("long.csv", f"text\n{LONG}\n", [{"id": "long-1", "text": LONG}]),
])
def test_a_table_with_a_text_column_is_one_article_a_row(tmp_path, name, table, expected):
    """A CSV or TSV export (a news database's) whose header names a text column (text, body, content...) is read
    one article a row: the id column's id (else file-row), the other columns as metadata; it was one article."""
    path = tmp_path / name
    path.write_text(table, encoding="utf-8")
    warnings: list[str] = []
    assert docs([path], warn=warnings.append) == expected
    assert not warnings


@pytest.mark.parametrize("name, count, message", [("notes.txt", 1, "read as an article with no text"),
                                                  ("wire.jsonl", 0, "no documents in it")])
def test_empty_file_is_read_with_a_warning(tmp_path, name, count, message):
    """An empty file (or one of blank lines) is not an error, but says so: a silent empty result looks like a bug."""
    path = tmp_path / name
    path.write_text("\n  \n")
    warnings: list[str] = []
    assert len(list(iter_inputs([str(path)], warn=warnings.append))) == count
    assert warnings == [f"{path}: empty file, {message}"]
