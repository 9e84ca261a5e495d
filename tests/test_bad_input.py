"""Bad input at the edges: the CLI answers with one line and status 2, and loses no output.

Every case goes through ``quotetrack.cli.main([...], out=, err=)`` with string buffers.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotetrack
from quotetrack.cli import main

GOOD = '"We will win," Senator Jane Smith said on Tuesday.'


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def assert_one_line_error(status: int, err: str, *needles: str) -> None:
    assert status == 2
    assert err.endswith("\n")
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("quotetrack: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, err)
    assert "Traceback" not in err


def jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def doc(id: str, text: str = GOOD) -> str:
    return json.dumps({"id": id, "text": text})


# --------------------------------------------------------------------------- text files


def test_empty_text_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert status == 0, err
    got = records(out)
    assert len(got) == 1
    assert got[0]["id"] == "empty"
    assert got[0]["statements"] == []
    assert got[0]["terms"] == []


def test_whitespace_only_text_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t \n", encoding="utf-8")
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert status == 0, err
    assert [r["statements"] for r in records(out)] == [[]]


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, str(path), "binary")
    assert out == ""


def test_invalid_utf8_is_an_error_by_default(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes('"Caf\u00e9 au lait," Jane Smith said.'.encode("latin-1"))
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, str(path), "UTF-8", "--encoding-errors")
    assert out == ""


@pytest.mark.parametrize("mode", ["replace", "ignore"])
def test_invalid_utf8_can_be_read_anyway(tmp_path, mode):
    path = tmp_path / "latin1.txt"
    path.write_bytes('"Caf\u00e9 au lait," Jane Smith said.'.encode("latin-1"))
    status, out, err = run("extract", str(path), "--format", "jsonl", "--encoding-errors", mode)
    assert status == 0, err
    assert err == ""
    got = records(out)
    assert len(got) == 1 and got[0]["id"] == "latin1"
    assert got[0]["statements"][0]["speaker"]["name"] == "Jane Smith"


def test_invalid_utf8_in_jsonl(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(doc("a").encode() + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n')
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, "UTF-8")
    status, out, err = run("extract", str(path), "--format", "jsonl", "--encoding-errors", "replace")
    assert status == 0, err
    assert [r["id"] for r in records(out)] == ["a", "b"]


# --------------------------------------------------------------------------- JSONL


def test_malformed_line_3_is_an_error_naming_it(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", doc("a"), doc("b"), '{"id": "c", "text": ', doc("d"))
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, "line 3")
    # What was printed before the bad line is kept.
    assert [r["id"] for r in records(out)] == ["a", "b"]


def test_malformed_line_3_skipped_with_skip_errors(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", doc("a"), doc("b"), '{"id": "c", "text": ', doc("d"), doc("e"))
    status, out, err = run("extract", str(path), "--format", "jsonl", "--skip-errors")
    assert status == 0, err
    assert [r["id"] for r in records(out)] == ["a", "b", "d", "e"]
    warnings = err.splitlines()
    assert len(warnings) == 1, err
    assert warnings[0].startswith("quotetrack: warning: ")
    assert "line 3" in warnings[0]
    assert "quotetrack: error" not in err


def test_skip_errors_warns_for_every_bad_line(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", "nope", doc("b"), "[1, 2]", '{"id": "x"}', doc("e"))
    status, out, err = run("extract", str(path), "--format", "jsonl", "--skip-errors")
    assert status == 0, err
    assert [r["id"] for r in records(out)] == ["b", "e"]
    warnings = err.splitlines()
    assert len(warnings) == 3
    for number, warning in zip((1, 3, 4), warnings):
        assert f"line {number}:" in warning


@pytest.mark.parametrize(
    "bad",
    ["[1, 2, 3]", '"just a string"', "42", "null", "true", '{"id": "x"}', '{"id": "x", "text": 5}',
     '{"id": "x", "text": null}', '{"id": "x", "text": ["a"]}'],
    ids=["list", "string", "number", "null", "bool", "no-text", "text-int", "text-null", "text-list"],
)
def test_valid_json_that_is_not_a_document(tmp_path, bad):
    path = jsonl(tmp_path / "docs.jsonl", doc("a"), bad)
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, "line 2")
    assert [r["id"] for r in records(out)] == ["a"]


def test_good_line_1_bad_line_2_keeps_line_1(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", doc("first"), "{oops")
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, "line 2")
    got = records(out)
    assert [r["id"] for r in got] == ["first"]
    assert got[0]["statements"][0]["speaker"]["name"] == "Jane Smith"
    assert out.endswith("\n")  # the record is whole, not cut


def test_good_line_1_bad_line_2_keeps_line_1_in_csv(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", doc("first"), "{oops")
    status, out, err = run("extract", str(path), "--format", "csv")
    assert_one_line_error(status, err, "line 2")
    lines = out.splitlines()
    assert lines[0].startswith("id,start,end")
    assert any(line.startswith("first,") for line in lines[1:])


def test_blank_lines_in_jsonl_are_not_errors(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", doc("a"), "", "   ", doc("b"))
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert status == 0, err
    assert [r["id"] for r in records(out)] == ["a", "b"]


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_bytes(b"")
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert status == 0, err
    assert out == ""


# --------------------------------------------------------------------------- paths


def test_missing_path(tmp_path):
    path = tmp_path / "no" / "such.txt"
    status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, str(path))
    assert out == ""


def test_missing_second_path_keeps_first_output(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    status, out, err = run("extract", str(good), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert_one_line_error(status, err, "missing.txt")
    assert [r["id"] for r in records(out)] == ["good"]


def test_folder_without_inputs(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text("# not an article\n", encoding="utf-8")
    (folder / "data.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "sub.txt").mkdir()  # a folder named like a text file is not a text file
    status, out, err = run("extract", str(folder), "--format", "jsonl")
    assert_one_line_error(status, err, str(folder))
    assert out == ""


def test_empty_folder(tmp_path):
    status, out, err = run("extract", str(tmp_path), "--format", "jsonl")
    assert_one_line_error(status, err, str(tmp_path))


@contextlib.contextmanager
def unreadable(path: Path) -> Iterator[None]:
    """Make ``path`` unreadable for the block (skip the test where that cannot be: running as root)."""
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root (or similar): a mode-000 file is still readable")
        yield
    finally:
        path.chmod(0o644)


def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    with unreadable(path):
        status, out, err = run("extract", str(path), "--format", "jsonl")
    assert_one_line_error(status, err, str(path))
    assert out == ""


def test_unreadable_file_in_folder(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "b.txt"
    locked.write_text(GOOD, encoding="utf-8")
    with unreadable(locked):
        status, out, err = run("extract", str(tmp_path), "--format", "jsonl")
    assert_one_line_error(status, err, "b.txt")
    assert [r["id"] for r in records(out)] == ["a"]


def test_directory_given_as_file_suffix(tmp_path):
    # A folder named docs.jsonl holding nothing readable.
    folder = tmp_path / "docs.jsonl"
    folder.mkdir()
    status, out, err = run("extract", str(folder), "--format", "jsonl")
    assert_one_line_error(status, err, str(folder))


# --------------------------------------------------------------------------- the API


@pytest.mark.parametrize("value", [b"bytes", bytearray(b"bytes"), None, 42, ["a list"]],
                         ids=["bytes", "bytearray", "None", "int", "list"])
def test_read_rejects_non_text(value):
    with pytest.raises(quotetrack.InputError) as info:
        quotetrack.read(value)
    assert isinstance(info.value, quotetrack.QuotetrackError)
    assert isinstance(info.value, ValueError)


def test_read_bytes_message_names_the_type():
    with pytest.raises(quotetrack.InputError, match="bytes"):
        quotetrack.read(b"bytes")


def test_input_error_hierarchy():
    assert issubclass(quotetrack.InputError, quotetrack.QuotetrackError)
    assert issubclass(quotetrack.InputError, ValueError)


def test_read_many_rejects_a_bad_document_after_yielding_the_good_ones():
    articles = quotetrack.read_many([{"id": "a", "text": GOOD}, {"id": "b"}])
    assert next(articles).id == "a"
    with pytest.raises(quotetrack.InputError, match="document 2"):
        next(articles)


# --------------------------------------------------------------------------- graph


def test_graph_into_a_missing_folder(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    target = tmp_path / "no" / "such" / "folder" / "graph.graphml"
    status, out, err = run("graph", str(source), "-o", str(target))
    assert_one_line_error(status, err, "does not exist")
    assert not target.parent.exists()
    assert out == ""


def test_graph_with_unknown_suffix(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    status, out, err = run("graph", str(source), "-o", str(tmp_path / "graph.xyz"))
    assert_one_line_error(status, err, ".xyz")
    assert not (tmp_path / "graph.xyz").exists()


def test_graph_with_bad_input(tmp_path):
    path = jsonl(tmp_path / "docs.jsonl", doc("a"), "{oops")
    target = tmp_path / "graph.json"
    status, out, err = run("graph", str(path), "-o", str(target))
    assert_one_line_error(status, err, "line 2")
    assert not target.exists()
    assert not list(tmp_path.glob(".quotetrack-*"))  # no temporary file left behind
