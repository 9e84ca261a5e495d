"""Tests of the record shape of article_record and of reading inputs with iter_inputs."""

from __future__ import annotations

import io
import json

import pytest

import quotetrack
from quotetrack import InputError, article_record
from quotetrack.inputs import iter_inputs
from quotetrack.records import article_fields, statement_record

TEXT = '"We will win," Senator Jane Smith said on Tuesday. The agency launched the "Clean Network" program.'


def test_article_record_shape():
    """article_record has exactly the documented keys, with the documented statement and speaker fields."""
    record = article_record(quotetrack.read(TEXT, id="a1"))
    assert set(record) >= {"id", "statements", "terms", "responses"}
    assert record["id"] == "a1"
    (st,) = record["statements"]
    assert {"start", "end", "text", "kind", "cue", "speaker"} <= set(st)
    assert (st["start"], st["end"], st["text"], st["kind"], st["cue"]) == (1, 13, "We will win,", "direct", "said")
    assert set(st["speaker"]) >= {"name", "title", "organisation", "country", "start", "end"}
    assert st["speaker"]["name"] == "Jane Smith"
    assert st["speaker"]["title"] == "Senator"
    assert st["speaker"]["organisation"] == "United States Senate"
    assert st["speaker"]["country"] == "United States"
    assert TEXT[st["speaker"]["start"] : st["speaker"]["end"]] == "Jane Smith"
    (term,) = record["terms"]
    assert term == {"start": TEXT.index("Clean"), "end": TEXT.index("Clean") + 13, "text": "Clean Network"}
    assert record["responses"] == []


def test_article_record_is_json_ready():
    """The record round-trips through JSON unchanged."""
    record = article_record(quotetrack.read(TEXT, id="a1"))
    assert json.loads(json.dumps(record)) == record


def test_statement_without_speaker_has_null_speaker():
    """A statement with no resolved speaker records speaker as None."""
    article = quotetrack.read('"We will prevail in the end," he said.')
    assert statement_record(article.statements[0])["speaker"] is None


def test_continuation_statement_records_null_cue():
    """A continuation quote records cue as None."""
    text = '"We will not back down," Senator Jane Smith said.\n\n"This fight is far from over and we intend to win."'
    record = article_record(quotetrack.read(text))
    assert record["statements"][1]["cue"] is None
    assert record["statements"][1]["speaker"]["name"] == "Jane Smith"


def test_article_fields_defaults_and_overrides():
    meta = {"meta": {"publisher": "breitbart", "publication_date": "2016-09-20", "title": "T"}, "outlet": " "}
    assert article_fields(meta) == {"outlet": "breitbart", "date": "2016-09-20", "title": "T", "url": None}
    assert article_fields({"source": {"name": "AP"}}, {"outlet": "source.name"})["outlet"] == "AP"
    assert article_fields({"date": 20240501})["date"] == "20240501"


def test_metadata_aliases_of_frames_and_graph_resolve_alike():
    """outlet and date are found under every name the frames and the graph looked under before."""
    assert article_fields({"meta": {"outlet": "AP", "date": "2024"}})["outlet"] == "AP"
    assert article_fields({"publication_date": "2024-01-02"})["date"] == "2024-01-02"
    assert article_fields({"published": "2024-01-03"})["date"] == "2024-01-03"


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
    with pytest.raises(InputError, match="no .txt or .jsonl"):
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
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 3\).*encoding-errors replace"):
        docs([path])


@pytest.mark.parametrize("mode, expected", [("replace", "Caf\ufffd said no."), ("ignore", "Caf said no.")])
def test_invalid_utf8_readable_when_asked(tmp_path, mode, expected):
    """encoding_errors='replace'/'ignore' reads invalid UTF-8 anyway."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café said no.".encode("latin-1"))
    assert docs([path], encoding_errors=mode)[0]["text"] == expected


def test_missing_path_is_an_error(tmp_path):
    """A missing path raises InputError naming it."""
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file"):
        docs([missing])
