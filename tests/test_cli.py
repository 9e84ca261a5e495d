"""Tests of the quotetrack command line through cli.main."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quotetrack.cli import main


def run(argv, stdin_text=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin_text is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin_text))
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_extract_jsonl_seed(seed_path, seed_article):
    """extract --format jsonl prints one record per article equal to article_record of read()."""
    from quotetrack import article_record

    status, out, err = run(["extract", str(seed_path), "--format", "jsonl"])
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == json.loads(json.dumps(article_record(seed_article)))


def test_extract_json_seed(seed_path):
    """extract --format json prints a JSON list of records."""
    status, out, err = run(["extract", str(seed_path), "--format", "json"])
    assert status == 0, err
    records = json.loads(out)
    assert isinstance(records, list) and len(records) == 1
    assert records[0]["id"] == seed_path.stem
    assert records[0]["statements"]


def test_extract_csv_seed(seed_path, seed_article):
    """extract --format csv prints a header and one parsable row per statement."""
    status, out, err = run(["extract", str(seed_path), "--format", "csv"])
    assert status == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(seed_article.statements)
    assert list(rows[0]) == ["id", "start", "end", "kind", "text", "cue", "speaker", "title", "organisation",
                             "country", "speakers", "medium", "addressee"]
    for row, st in zip(rows, seed_article.statements):
        assert (int(row["start"]), int(row["end"]), row["text"], row["kind"]) == (st.start, st.end, st.text, st.kind)


@pytest.mark.parametrize("argv_tail", [[], ["--format", "table"]])
def test_extract_table_seed(seed_path, seed_article, argv_tail):
    """The default table output names the article and counts its statements and terms."""
    status, out, err = run(["extract", str(seed_path), *argv_tail])
    assert status == 0, err
    first = out.splitlines()[0]
    assert first == (f"{seed_path.stem}: {len(seed_article.statements)} statements, "
                     f"{len(seed_article.terms)} terms")
    assert "Hua Chunying" in out


def test_missing_path_exit_2_one_line(tmp_path):
    """A missing path exits with status 2 and a one-line error message."""
    status, out, err = run(["extract", str(tmp_path / "nope.txt")])
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("quotetrack: error:") and "nope.txt" in err


def test_malformed_jsonl_exit_2(tmp_path):
    """A malformed JSONL line exits 2 with the line number."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n{oops\n', encoding="utf-8")
    status, out, err = run(["extract", str(path), "--format", "jsonl"])
    assert status == 2
    assert "line 2" in err


def test_skip_errors_keeps_other_documents(tmp_path):
    """--skip-errors warns about a malformed line and still reads the other documents."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n{oops\n{"id": "c", "text": "\\"Yes,\\" Jane Smith said."}\n',
                    encoding="utf-8")
    status, out, err = run(["extract", str(path), "--format", "jsonl", "--skip-errors"])
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert "warning" in err and "line 2" in err


def test_binary_file_exit_2(tmp_path):
    """A binary file exits 2 with a message saying it is binary."""
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    status, _, err = run(["extract", str(path)])
    assert status == 2 and "binary" in err


def test_invalid_utf8_default_error_and_replace(tmp_path):
    """Invalid UTF-8 is an error by default and readable with --encoding-errors replace."""
    path = tmp_path / "latin1.txt"
    path.write_bytes('"Très bien," Jane Smith said.'.encode("latin-1"))
    status, _, err = run(["extract", str(path)])
    assert status == 2 and "UTF-8" in err
    status, out, err = run(["extract", str(path), "--format", "jsonl", "--encoding-errors", "replace"])
    assert status == 0, err
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["statements"][0]["text"] == "Tr\ufffds bien,"


def test_stdin(monkeypatch):
    """'-' reads the article from standard input."""
    status, out, err = run(["extract", "-", "--format", "jsonl"], '"Yes," Jane Smith said.', monkeypatch)
    assert status == 0, err
    record = json.loads(out)
    assert record["id"] == "stdin"
    assert record["statements"][0]["speaker"]["name"] == "Jane Smith"


def test_unavailable_backend_exit_2(seed_path):
    """The stanza backend, unavailable here, exits 2 with an error rather than a traceback."""
    status, _, err = run(["extract", str(seed_path), "--backend", "stanza"])
    assert status == 2 and "stanza" in err


@pytest.mark.parametrize("argv", [[], ["extract"], ["extract", "x", "--format", "xml"], ["bogus"]])
def test_usage_errors_exit_2(argv, capsys):
    """Bad command lines exit with argparse's status 2."""
    with pytest.raises(SystemExit) as info:
        main(argv, out=io.StringIO(), err=io.StringIO())
    assert info.value.code == 2


@pytest.mark.parametrize("argv", [["extract", "a.txt", "--jobs", "-2"], ["claims", "--db", "c.sqlite", "--limit", "-1"],
                                  ["speakers", "--db", "c.sqlite", "--min-claims", "two"]])
def test_negative_or_wordy_counts_are_usage_errors(argv, capsys):
    """A count below 0 (SQLite read --limit -1 as no limit at all) or not a whole number is a usage error."""
    with pytest.raises(SystemExit) as info:
        main(argv, out=io.StringIO(), err=io.StringIO())
    assert info.value.code == 2
    assert "a whole number, 0 or more" in capsys.readouterr().err


def test_ctrl_c_exits_130_with_one_line(seed_path, monkeypatch):
    """Ctrl-C is no traceback: status 130 and one line saying what stays."""
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("quotetrack.cli._extract", interrupted)
    status, out, err = run(["extract", str(seed_path)])
    assert (status, out) == (130, "")
    assert err == "quotetrack: interrupted; articles stored or printed so far stay, an -o file is not written\n"


def test_choices_any_case_and_us_spelling(seed_path, tmp_path):
    """--format JSONL and --level Organization read as jsonl and organisation: no usage error for a typed case."""
    status, out, err = run(["extract", str(seed_path), "--format", "JSONL"])
    assert status == 0, err
    assert json.loads(out)["id"] == seed_path.stem
    target = tmp_path / "bodies.json"
    status, out, err = run(["graph", str(seed_path), "--level", "Organization", "-o", str(target)])
    assert status == 0, err
    assert "(organisation level)" in out and target.exists()


def test_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"quotetrack {version('quotetrack')}"


@pytest.mark.parametrize("command, says", [
    (["extract", "--help"], ["--backend NAME", "auto (default)", "embedded:", "table (default)", "--recursive"]),
    (["graph", "--help"], ["statement (default)", "organisation"]),
    (["ingest", "--help"], ["--max-seconds", "default 60"]),
])
def test_help_says_choices_and_defaults(command, says, capsys):
    with pytest.raises(SystemExit):
        main(command)
    text = " ".join(capsys.readouterr().out.split())
    for phrase in says:
        assert phrase in text


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text('"We will win," Jane Smith said.', encoding="utf-8")
    (tmp_path / "c.md").write_text('"We lost," John Brown said.', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text('"Maybe," Ann Lee said.', encoding="utf-8")
    return tmp_path


def test_a_folder_names_what_it_skips(folder):
    status, out, err = run(["extract", str(folder), "--format", "jsonl"])
    assert status == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a"]
    assert "skipped 1 file(s) that are not .txt, .jsonl or .html (c.md)" in err
    assert "1 subfolder(s) (sub/); --recursive reads them" in err


def test_recursive_and_glob_choose_the_files(folder):
    status, out, err = run(["extract", str(folder), "--format", "jsonl", "--recursive"])
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "sub/d"]
    status, out, err = run(["extract", str(folder), "--format", "jsonl", "--glob", "*.md"])
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["c"]
    assert "match no --glob '*.md'" in err


class _Terminal(io.StringIO):
    """Standard error as a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("extra, bar", [([], True), (["--quiet"], False)])
def test_progress_bar_on_a_terminal_only(folder, tmp_path, extra, bar):
    err = _Terminal()
    status = main(["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "--format", "jsonl", *extra],
                  out=io.StringIO(), err=err)
    assert status == 0
    assert ("articles" in err.getvalue()) is bar


def test_no_progress_bar_when_standard_error_is_not_a_terminal(folder, tmp_path):
    status, out, err = run(["ingest", str(folder), "--db", str(tmp_path / "c.db")])
    assert status == 0
    assert "\r" not in err and "it/s" not in err and "articles/s" not in err
    assert "1 article: 1 added" in err


def test_counts_are_plural_only_when_more_than_one(tmp_path):
    source = tmp_path / "one.txt"
    source.write_text('"We will win," Jane Smith said.', encoding="utf-8")
    status, out, err = run(["extract", str(source)])
    assert out.splitlines()[0] == "one: 1 statement, 0 terms"


ROW = ("Transport Minister David Orr said on Monday that the new line would open in May.\n\n"
       "Opposition leader Karen Holm hit back at Orr, calling his plan \"a fantasy\".\n\n"
       "\"Nobody believes these dates,\" Holm said. \"They have slipped three times.\"\n")


def _kept(fmt: str, out: str) -> list[float]:
    """The confidences of the responses a run of extract printed, in each format."""
    if fmt == "jsonl":
        return [r["confidence"] for line in out.splitlines() for r in json.loads(line)["responses"]]
    if fmt == "json":
        return [r["confidence"] for record in json.loads(out) for r in record["responses"]]
    if fmt == "csv":
        return [float(row["confidence"]) for row in csv.DictReader(io.StringIO(out))]
    pairs = [line for line in out.splitlines() if line.startswith("responses: ")]
    return [float(n) for line in pairs for n in line.split("(")[1:] for n in [n.split(")")[0]]]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_min_confidence_keeps_the_same_responses_in_every_format(tmp_path, fmt):
    """--min-confidence drops the weaker responses from the records and the CSV rows too, not only the table."""
    path = tmp_path / "row.txt"
    path.write_text(ROW, encoding="utf-8")
    tail = ["--format", fmt] + (["--table", "responses"] if fmt == "csv" else [])
    status, out, err = run(["extract", str(path), *tail])
    assert status == 0, err
    every = _kept(fmt, out)
    confidences = sorted(r["confidence"] for r in json.loads(run(["extract", str(path), "--format", "jsonl"])[1])
                         ["responses"])
    assert len(set(confidences)) >= 2, confidences  # a bar between the two, so that something is dropped
    bar = (confidences[0] + confidences[-1]) / 2
    status, out, err = run(["extract", str(path), *tail, "--min-confidence", str(bar)])
    assert status == 0, err
    kept = _kept(fmt, out)
    if fmt == "table":  # the table counts responses per pair
        assert 0 < sum(kept) < sum(every)
    else:
        assert kept == [c for c in every if c >= bar] and len(kept) < len(every)


_COMMANDS = {"extract": ["extract", "x.txt"], "graph": ["graph", "x.txt", "-o", "x.json"],
             "ingest": ["ingest", "x.txt", "--db", "c.sqlite"]}
_BAD_NUMBERS = [(option, value, says, command) for option, values, says, commands in [
    ("--min-confidence", ["95", "-0.1", "high", "nan"], "a confidence is a number from 0 to 1", ["extract", "graph"]),
    ("--max-seconds", ["-1", "nan"], "a number of seconds, 0 for no limit", ["extract", "graph", "ingest"]),
    ("--max-length", ["-5", "1.5"], "a number of characters, 0 for no limit", ["extract", "graph", "ingest"]),
] for value in values for command in commands]


@pytest.mark.parametrize("option, value, says, command", _BAD_NUMBERS)
def test_out_of_range_numbers_are_usage_errors(option, value, says, command, capsys):
    """A number an option cannot take is a usage error naming it (a negative --max-seconds was a traceback)."""
    with pytest.raises(SystemExit) as exit_:
        main([*_COMMANDS[command], option, value])
    assert exit_.value.code == 2
    assert f"argument {option}: {value!r}: {says}" in capsys.readouterr().err


@pytest.mark.parametrize("output, says", [("", "a folder; -o takes a file name"),
                                          ("no/such/out.jsonl", "does not exist")])
def test_extract_output_that_cannot_be_a_file_is_a_one_line_error(tmp_path, output, says):
    """-o naming a folder (or a file in a missing one) is refused before reading, not an IsADirectoryError after."""
    path = tmp_path / "row.txt"
    path.write_text(ROW, encoding="utf-8")
    status, out, err = run(["extract", str(path), "--format", "jsonl", "-o", str(tmp_path / output)])
    assert status == 2 and out == ""
    assert err.startswith("quotetrack: error: ") and says in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["row.txt"]  # no temporary file left behind


def test_the_guide_lists_the_csv_columns(tmp_path):
    """docs/guide.md names the columns `extract --format csv` writes, in order."""
    import re
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[1] / "docs" / "guide.md").read_text(encoding="utf-8")
    listed = re.search(r"one row per statement: `([^`]*)`", guide).group(1)
    path = tmp_path / "row.txt"
    path.write_text(ROW, encoding="utf-8")
    header = run(["extract", str(path), "--format", "csv"])[1].splitlines()[0]
    assert " ".join(listed.split()) == header.replace(",", ", ")


def test_extract_output_file_has_the_modes_of_a_new_file(tmp_path):
    """-o FILE is readable as any new file is (umask 022: 0644), not 0600 like the temporary file it was written as."""
    import os
    import stat

    path = tmp_path / "row.txt"
    path.write_text(ROW, encoding="utf-8")
    umask = os.umask(0o022)
    try:
        status, _, _ = run(["extract", str(path), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")])
    finally:
        os.umask(umask)
    assert status == 0
    assert stat.S_IMODE((tmp_path / "out.jsonl").stat().st_mode) == 0o644


def test_encoding_option_reads_a_windows_file(tmp_path):
    """extract --encoding cp1252 reads a Windows-1252 file with its curly quotes: the quotation is direct speech."""
    path = tmp_path / "memo.txt"
    path.write_bytes("\u201cWe will appeal,\u201d union leader Ana Ruiz said.".encode("cp1252"))
    assert run(["extract", str(path), "--format", "jsonl"])[0] == 2
    status, out, _ = run(["extract", str(path), "--format", "jsonl", "--encoding", "cp1252"])
    assert status == 0
    [statement] = json.loads(out)["statements"]
    said = (statement["kind"], statement["text"], statement["speaker"]["name"])
    assert said == ("direct", "We will appeal,", "Ana Ruiz")


def test_unknown_encoding_is_a_usage_error(capsys):
    """An encoding Python does not know is refused before anything is read."""
    with pytest.raises(SystemExit):
        main(["extract", "x.txt", "--encoding", "klingon"])
    assert "argument --encoding: 'klingon': no such encoding" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["extract", "x.txt", "--table", "responses"],
                                  ["extract", "x.txt", "--table", "terms", "--format", "jsonl"],
                                  ["claims", "--db", "c.sqlite", "--table", "responses"]])
def test_a_table_without_csv_is_a_usage_error(argv, capsys):
    """--table picks the rows of a CSV: with another format it was ignored without a word."""
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "only with --format csv" in capsys.readouterr().err
