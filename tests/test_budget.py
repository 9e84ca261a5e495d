"""Tests of the per-document time budget (quotetrack.budget, read(max_seconds=), --max-seconds)."""

from __future__ import annotations

import io
import json
import threading
import time

import pytest

import quotetrack
from quotetrack.budget import check_budget, time_budget
from quotetrack.cli import main
from quotetrack.corpus.store import Corpus
from quotetrack.errors import ReadTimeout


def test_budget_interrupts_a_loop_that_never_ends():
    """In the main thread the timer stops even a loop that checks nothing."""
    started = time.monotonic()
    with pytest.raises(ReadTimeout, match="article 'x'"):
        with time_budget(0.2, "article 'x'"):
            while True:
                pass
    assert time.monotonic() - started < 5


def test_budget_in_a_thread_is_checked_cooperatively():
    """Outside the main thread no signal can be used: check_budget() raises once the time is up."""
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with time_budget(0.05, "article 'y'"):
                time.sleep(0.1)
                check_budget()
        except ReadTimeout as exc:
            caught.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert len(caught) == 1 and "article 'y'" in str(caught[0])


def test_budget_leaves_fast_work_and_signal_state_alone():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_budget(5.0):
        check_budget()
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize("seconds", [0, -1.5])
def test_budget_must_be_positive(seconds):
    with pytest.raises(ValueError):
        with time_budget(seconds):
            pass


def test_read_with_a_budget_reads_news_as_before():
    text = '"We will win," Senator Jane Smith said on Tuesday.'
    assert quotetrack.read(text, max_seconds=30) == quotetrack.read(text)


@pytest.fixture
def slow_stage(monkeypatch):
    """A reading stage that stalls on any text holding the word STALL (a stand-in for a hang)."""
    from quotetrack import pipeline as reading

    original = reading.find_people

    def find_people(document, lexicon, places=None):
        if "STALL" in document.text:
            time.sleep(30)
        return original(document, lexicon, places)

    monkeypatch.setattr(reading, "find_people", find_people)


def test_read_over_its_budget_names_the_article(slow_stage):
    started = time.monotonic()
    with pytest.raises(ReadTimeout, match="article 'stuck' took longer than its time budget of 0.3 s"):
        quotetrack.read("STALL here.", id="stuck", max_seconds=0.3)
    assert time.monotonic() - started < 10


def test_read_many_reports_the_slow_document_and_goes_on(slow_stage):
    errors: list[Exception] = []
    docs = [{"id": "a", "text": '"Yes," Jane Smith said.'}, {"id": "b", "text": "STALL."}, {"id": "c", "text": "Hi."}]
    ids = [a.id for a in quotetrack.read_many(docs, max_seconds=0.3, on_error=errors.append)]
    assert ids == ["a", "c"]
    assert len(errors) == 1 and isinstance(errors[0], ReadTimeout) and "'b'" in str(errors[0])


def test_ingest_max_seconds_skips_the_pathological_document(slow_stage, tmp_path):
    """ingest --max-seconds with --skip-errors finishes, names the document, and stores all the others."""
    source = tmp_path / "in.jsonl"
    lines = [{"id": f"ok{i}", "text": f'"We will act," Jane Smith said on day {i}.'} for i in range(4)]
    lines.insert(2, {"id": "pathological", "text": "STALL " * 50})
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = tmp_path / "c.db"
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    status = main(["ingest", str(source), "--db", str(db), "--max-seconds", "0.5", "--skip-errors"], out=out, err=err)
    assert status == 0, err.getvalue()
    assert time.monotonic() - started < 20
    assert "pathological" in err.getvalue() and "time budget" in err.getvalue()
    with Corpus(db) as corpus:
        assert sorted(a.id for a in corpus.articles()) == ["ok0", "ok1", "ok2", "ok3"]


def test_extract_over_budget_without_skip_is_a_clear_error(slow_stage, tmp_path):
    source = tmp_path / "stuck.txt"
    source.write_text("STALL.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = main(["extract", str(source), "--max-seconds", "0.3"], out=out, err=err)
    assert status == 2
    assert err.getvalue().startswith("quotetrack: error: article 'stuck' took longer than its time budget")
    assert "--max-seconds SECONDS" in err.getvalue() and "--skip-errors" in err.getvalue()  # what to do about it
    assert "Traceback" not in err.getvalue()


@pytest.mark.parametrize("seconds", [0, -1, -0.5])
def test_a_budget_that_is_not_positive_is_an_input_error(seconds):
    """read(max_seconds=-1) is an InputError (a QuotetrackError, also a ValueError), which the command line prints."""
    with pytest.raises(quotetrack.InputError, match="a time budget must be positive"):
        quotetrack.read('"We will appeal," said lawyer Anna Berg.', max_seconds=seconds)
