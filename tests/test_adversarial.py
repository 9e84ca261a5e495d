"""Hostile inputs: reading never fails, offsets stay exact, and work grows linearly.

The generators are the ones ``bench/bench_linear.py`` times at 100K-10M characters,
here at small sizes. No test measures time: growth is checked by counting work in a
machine-independent way: the number of statements, terms and quotations found, and
the number of Python lines executed inside the quotetrack package (``sys.settrace``)
when the text grows fourfold.
"""

from __future__ import annotations

import os
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from adversarial_texts import GENERATORS, news_like  # noqa: E402

import quotetrack
from quotetrack import find_quotations

# Size of the text each case is read at.
SIZES = {name: 30_000 for name in GENERATORS}

_CASES = list(GENERATORS)


@pytest.fixture(scope="module")
def readings(lexicon):
    """Each case's text and reading, read once for the module."""
    out = {}
    for name, generate in GENERATORS.items():
        text = generate(SIZES[name])
        out[name] = (text, quotetrack.read(text, lexicon=lexicon))
    return out


def _check_span(text: str, start: int, end: int, value: str | None = None) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if value is not None:
        assert text[start:end] == value


# --------------------------------------------------------------------------- correctness


@pytest.mark.parametrize("case", _CASES)
def test_generator_gives_the_size_asked(case):
    assert len(GENERATORS[case](1234)) == 1234


@pytest.mark.parametrize("case", _CASES)
def test_offsets_are_exact(case, readings):
    text, article = readings[case]
    assert article.text == text
    for s in article.statements:
        _check_span(text, s.start, s.end, s.text)
        assert s.kind in ("direct", "mixed", "indirect")
        if s.cue is not None:
            _check_span(text, s.cue.start, s.cue.end, s.cue.text)
        if s.speaker_mention is not None:
            _check_span(text, s.speaker_mention.start, s.speaker_mention.end, s.speaker_mention.text)
        for a, b in s.quoted:
            _check_span(text, a, b)
    for t in article.terms:
        _check_span(text, t.start, t.end, t.text)
    starts = [s.start for s in article.statements]
    assert starts == sorted(starts)


@pytest.mark.parametrize("case", _CASES)
def test_speaker_mentions_are_in_the_text(case, readings):
    text, article = readings[case]
    speakers = list(article.speakers) + [s.speaker for s in article.statements if s.speaker is not None]
    for speaker in speakers:
        assert speaker.name
        for m in speaker.mentions:
            _check_span(text, m.start, m.end, m.text)
    for r in article.responses:
        assert 0 <= r.statement < len(article.statements)
        if r.target_statement is not None:
            assert 0 <= r.target_statement < len(article.statements)
        if r.evidence_span is not None:
            _check_span(text, r.evidence_span.start, r.evidence_span.end, r.evidence_span.text)


@pytest.mark.parametrize("case", _CASES)
def test_record_is_json_ready(case, readings):
    import json

    _, article = readings[case]
    record = json.loads(json.dumps(quotetrack.article_record(article)))
    assert len(record["statements"]) == len(article.statements)


def test_news_like_finds_statements(readings):
    # A sanity check that the generators exercise the reader, not just its fast paths.
    _, article = readings["news_like"]
    assert len(article.statements) > 100
    assert any(s.speaker is not None for s in article.statements)


# --------------------------------------------------------------------------- growth, counted


_MARKS = re.compile(r"``|''|[\"“”„«»‟`'‘’‚‹›]")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text)] or [(0, 0)]


@pytest.mark.parametrize("case", _CASES)
def test_findings_grow_linearly(case, lexicon):
    n = SIZES[case] // 2
    small = quotetrack.read(GENERATORS[case](n), lexicon=lexicon)
    large = quotetrack.read(GENERATORS[case](2 * n), lexicon=lexicon)
    found_small = len(small.statements) + len(small.terms)
    found_large = len(large.statements) + len(large.terms)
    assert found_large <= 2.5 * found_small + 10


@pytest.mark.parametrize("case", _CASES)
def test_quotations_are_linear_in_marks(case):
    for size in (SIZES[case] // 2, SIZES[case]):
        text = GENERATORS[case](size)
        quotations = find_quotations(text, _paragraphs(text))
        marks = len(_MARKS.findall(text))
        # Every quotation consumes at least one mark of its own (its opening one).
        assert len(quotations) <= marks
        assert len({q.open_mark for q in quotations}) == len(quotations)
        for q in quotations:
            assert 0 <= q.open_mark < q.start <= q.end <= q.close_mark <= len(text)
            assert q.depth in (0, 1)


def _lines_executed(text: str, lexicon) -> int:
    """Python lines executed inside the quotetrack package while reading ``text``."""
    package = os.path.dirname(quotetrack.__file__)
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def outer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(package) else None

    previous = sys.gettrace()
    sys.settrace(outer)
    try:
        quotetrack.read(text, lexicon=lexicon)
    finally:
        sys.settrace(previous)
    return count


# Text sizes n for the work check (the text is read at n and at 4n); tracing every line is slow.
_WORK_SIZES = {name: 8_000 for name in GENERATORS}


@pytest.mark.parametrize("case", _CASES)
def test_work_grows_linearly(case, lexicon):
    """A text four times longer costs at most 5x the lines executed (linear: about 4x; quadratic: up to 16x)."""
    if sys.gettrace() is not None:
        pytest.skip("a tracer (coverage, debugger) is already installed")
    _lines_executed(news_like(3_000), lexicon)  # warm every lazy cache first
    n = _WORK_SIZES[case]
    small = _lines_executed(GENERATORS[case](n), lexicon)
    large = _lines_executed(GENERATORS[case](4 * n), lexicon)
    assert large <= 5.0 * small, f"{case}: {small} lines at {n} chars, {large} at {4 * n} ({large / small:.2f}x)"


# --------------------------------------------------------------------------- bad input at the command line (fuzz6)


def _run(*argv: str) -> tuple[int, str, str]:
    import io

    from quotetrack.cli import main

    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def _one_line_error(status: int, err: str, *needles: str) -> None:
    assert status == 2, err
    assert len(err.splitlines()) == 1 and err.startswith("quotetrack: error: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, (needle, err)


_SAID = '\ufeff"We will appeal the ruling," Ann Bell said on Monday.\n'


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_file_with_the_byte_order_mark_of_utf16_or_utf32_reads_as_its_utf8_twin(tmp_path, encoding):
    (tmp_path / "wide.txt").write_bytes(_SAID.encode(encoding))
    (tmp_path / "narrow.txt").write_text(_SAID[1:], encoding="utf-8")
    status, out, err = _run("extract", str(tmp_path / "wide.txt"), "--format", "csv", "--backend", "embedded")
    assert status == 0, err
    _, twin, _ = _run("extract", str(tmp_path / "narrow.txt"), "--format", "csv", "--backend", "embedded")
    assert out.replace("wide,", "narrow,") == twin and "Ann Bell" in out


def test_a_utf16_mark_before_bytes_that_are_not_utf16_is_a_clear_error(tmp_path):
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfe" + "Ann said.".encode("utf-16-le") + b"\x00\xdc")
    _one_line_error(*_run("extract", str(tmp_path / "odd.txt"))[::2], "UTF-16")


@pytest.mark.parametrize("line, needle", [
    ('{"id": "a", "text": "' + "[" * 50_000 + '"}', "line 1"),  # a string: no nesting, read
    ('{"id": "a", "text": "x", "meta": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
    ('{"id": "a", "text": "x", "score": NaN}', "NaN is not a JSON value"),
    ('{"id": "a", "text": "x", "score": -Infinity}', "-Infinity is not a JSON value"),
    ('{"id": "a", "text": "\\"Hi \\ud800,\\" he said."}', "unpaired surrogate"),
    ('{"id": "a\\udfff", "text": "Hi."}', "unpaired surrogate"),
])
def test_hostile_jsonl_lines_are_read_or_named_in_one_line(tmp_path, line, needle):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    status, out, err = _run("extract", str(path), "--format", "jsonl", "--backend", "embedded")
    if needle == "line 1":
        assert status == 0 and err == "" and out.count("\n") == 1, err
    else:
        _one_line_error(status, err, "in.jsonl, line 1", needle)


@pytest.mark.parametrize("errors, kept", [("replace", "\ufffd"), ("ignore", "")])
def test_an_unpaired_surrogate_is_replaced_or_dropped_on_request(tmp_path, errors, kept):
    import json

    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "\\"We will \\udc80win,\\" Ann Bell said."}\n', encoding="utf-8")
    status, out, err = _run("extract", str(path), "--format", "jsonl", "--with-text", "--encoding-errors", errors,
                            "--backend", "embedded")
    assert status == 0, err
    record = json.loads(out)
    assert record["text"] == f'"We will {kept}win," Ann Bell said.'
    assert record["statements"][0]["speaker"]["name"] == "Ann Bell"


def test_read_refuses_an_unpaired_surrogate_with_its_place(lexicon):
    with pytest.raises(quotetrack.InputError, match="unpaired surrogate .U.D83D. at character 9"):
        quotetrack.read('"We will \ud83d," she said.', lexicon=lexicon)
    assert quotetrack.read('"We will \U0001f600," she said.', lexicon=lexicon).statements  # a pair is a character


def test_a_binary_file_among_texts_is_skipped_with_skip_errors(tmp_path):
    (tmp_path / "a.txt").write_text('"We will win," Ann Bell said.', encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c.txt").write_text('"We will lose," Carl Dunn said.', encoding="utf-8")
    _one_line_error(*_run("extract", str(tmp_path), "--format", "csv")[::2], "b.txt", "binary")
    status, out, err = _run("extract", str(tmp_path), "--format", "csv", "--skip-errors", "--backend", "embedded")
    assert status == 0 and "b.txt: looks like a binary file" in err
    assert [row.split(",")[0] for row in out.splitlines()[1:]] == ["a", "c"]


@settings(deadline=None, max_examples=60)
@given(st.text(st.characters(codec=None, categories=["Cs", "Lu", "Ll", "Zs", "Po", "Pi", "Pf", "Mn", "Cf", "Cc"]),
               max_size=80))
def test_any_string_in_a_jsonl_line_is_read_or_refused_in_one_line(text):
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "in.jsonl")
        with open(path, "w", encoding="utf-8") as file:
            file.write(json.dumps({"id": "x", "text": text}) + "\n")  # ensure_ascii: surrogates as escapes
        status, out, err = _run("extract", path, "--format", "jsonl", "--backend", "embedded")
        if status == 0:
            assert json.loads(out)["id"] == "x"
        else:
            _one_line_error(status, err, "unpaired surrogate")
        status, out, err = _run("extract", path, "--format", "csv", "--encoding-errors", "replace",
                                "--backend", "embedded")
        assert status == 0, err


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_a_graph_of_text_with_control_characters_is_a_file_its_readers_load(tmp_path, suffix):
    import json

    import networkx as nx

    text = ('"We reject the plan,"\x0b Ann Bell said.\x01 "We back it," Carl Dunn replied, rejecting Ann Bell\'s '
            "claim.\x00")
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a\x01b", "text": text, "outlet": "The\x1f Post"}) + "\n", encoding="utf-8")
    target = tmp_path / f"g{suffix}"
    status, _, err = _run("graph", str(path), "-o", str(target), "--backend", "embedded")
    assert status == 0, err
    graph = (nx.read_graphml if suffix == ".graphml" else nx.read_gexf)(target)
    assert graph.number_of_edges() >= 1
    assert {d.get("outlet") for _, d in graph.nodes(data=True)} >= {"The\ufffd Post"}


def test_an_id_given_twice_is_said_by_ingest_and_refused_by_graph(tmp_path):
    import json

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": "x", "text": t}) + "\n" for t in (
        '"We will win," Ann Bell said.', '"We will lose," Carl Dunn said, rejecting what Ann Bell said.')),
        encoding="utf-8")
    status, _, err = _run("ingest", str(path), "--db", str(tmp_path / "c.db"), "--backend", "embedded", "--quiet")
    assert status == 0 and "id 'x' given again" in err, err
    _one_line_error(*_run("graph", str(path), "-o", str(tmp_path / "g.json"), "--backend", "embedded")[::2],
                    "article id 'x' given twice")
    assert not (tmp_path / "g.json").exists()


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_a_jsonl_file_is_read_a_line_at_a_time_and_a_line_not_utf8_is_skipped_alone(tmp_path, end):
    import json

    lines = [json.dumps({"id": i, "text": f'"We will win," Ann Bell said in {place}.'}).encode()
             for i, place in (("a", "Lyon"), ("b", "Caf\xe9"), ("c", "Ghent"))]
    lines[1] = lines[1].replace("\\u00e9".encode(), b"\xe9")  # Latin-1, not UTF-8
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + end.join(lines) + end)
    status, out, err = _run("extract", str(path), "--format", "csv", "--skip-errors", "--backend", "embedded")
    assert status == 0 and "line 2" in err and "not valid UTF-8" in err, err
    assert [row.split(",")[0] for row in out.splitlines()[1:]] == ["a", "c"]
    status, out, err = _run("extract", str(path), "--format", "csv", "--backend", "embedded")
    _one_line_error(status, err, "line 2", "UTF-8")
    assert [row.split(",")[0] for row in out.splitlines()[1:]] == ["a"]  # what came before is kept


def test_a_table_does_not_pass_the_text_s_escape_sequences_to_the_terminal(tmp_path):
    import json

    text = '"Stop\x1b[2J now\x07," Ann Bell said\x9b. "Go\x1b]0;title\x07," Carl Dunn said.'
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a\x1b[31m", "text": text}) + "\n", encoding="utf-8")
    status, out, err = _run("extract", str(path), "--backend", "embedded")
    assert status == 0, err
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", out) and "Ann Bell" in out and "Stop\ufffd[2J" in out
    status, out, _ = _run("extract", str(path), "--format", "jsonl", "--backend", "embedded")
    assert json.loads(out)["statements"][0]["text"].startswith("Stop\x1b[2J")  # the data keeps them


@pytest.mark.parametrize("call, needle", [
    (lambda: quotetrack.read("Hi.", metadata=[("outlet", "x")]), "metadata must be a mapping"),
    (lambda: quotetrack.read('"Hi," Ann Bell said.', window=0), "window 0: at least 20"),
    (lambda: quotetrack.read('"Hi," Ann Bell said.', window=-5), "window -5"),
    (lambda: quotetrack.read('"Hi," Ann Bell said.', window=2.5), "window 2.5"),
    (lambda: quotetrack.response_graph(["a text"]), "takes Article values, got str"),
    (lambda: quotetrack.response_graph(None), "takes an iterable of articles"),
    (lambda: quotetrack.response_graph([], min_confidence="high"), "min_confidence"),
])
def test_bad_arguments_to_the_library_are_input_errors(call, needle):
    with pytest.raises(quotetrack.InputError, match=needle):
        call()


@pytest.mark.parametrize("name", ["#99999999999999999999999", "#²", "١٢", "#0"])
def test_a_speaker_number_out_of_range_names_nobody(tmp_path, name):
    from quotetrack.corpus.store import Corpus

    with Corpus(str(tmp_path / "c.db")) as corpus:
        corpus.add([quotetrack.read('"We will win," Ann Bell said.', id="a", backend="embedded")])
        assert corpus.claim_rows(speaker="#1")
    status, out, err = _run("claims", "--db", str(tmp_path / "c.db"), "--speaker", name)
    assert status == 0 and "Traceback" not in err and "Ann Bell" not in out, err


@pytest.mark.parametrize("seconds", ["1e400", "1e30"])
def test_a_time_budget_past_what_a_timer_holds_is_no_budget(tmp_path, seconds):
    (tmp_path / "a.txt").write_text('"We will win," Ann Bell said.', encoding="utf-8")
    status, out, err = _run("extract", str(tmp_path / "a.txt"), "--max-seconds", seconds, "--format", "csv",
                            "--backend", "embedded")
    assert status == 0 and "Ann Bell" in out, err  # was an OverflowError traceback from setitimer
    assert quotetrack.read("Hi.", max_seconds=float(seconds), backend="embedded").text == "Hi."
    with pytest.raises(quotetrack.InputError, match="positive"):
        quotetrack.read("Hi.", max_seconds=float("nan"))


def test_a_million_jobs_start_a_few_workers_per_cpu(monkeypatch):
    import multiprocessing

    import quotetrack.pipeline as pipeline

    asked = []

    class Pool:  # records the workers asked for, reads in this process
        def __init__(self, workers, initializer=None):
            asked.append(workers)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def imap(self, function, items, chunksize=1):
            return map(function, items)

    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: type("C", (), {"Pool": Pool}))
    texts = ['"We will win," Ann Bell said.', '"We will lose," Carl Dunn said.']
    read = list(quotetrack.read_many(texts, jobs=10**6, backend="embedded"))
    assert [a.statements[0].speaker.name for a in read] == ["Ann Bell", "Carl Dunn"]
    assert asked == [pipeline.MOST_JOBS * (os.cpu_count() or 1)]
