"""The fuzzer: a bounded generator-mode run finds nothing, and its parts work.

The run lasts 60 s on CI (the ``CI`` variable set), else ``QUOTETRACK_FUZZ_SECONDS`` seconds
(5 by default). Whatever it finds is minimised and written to tests/regressions/ as it
would be by ``python -m fuzz``, so that a failure here leaves its regression file behind.
"""

from __future__ import annotations

import itertools
import os
import random
import re
import signal
import sys
import time
from pathlib import Path

import attrs
import pytest

from fuzz.check import Failure, bad_offsets, check, run_with_budget, same_bug
from fuzz.driver import run_generate
from fuzz.generate import QUOTE_MARKS, generate, mutate, texts
from fuzz.minimize import ddmin, minimize, minimize_text
from fuzz.regressions import digest, read_regression, regression_files, write_regression

import quotetrack

REGRESSIONS = Path(__file__).resolve().parent / "regressions"


def fuzz_seconds() -> float:
    """60 s on CI, else QUOTETRACK_FUZZ_SECONDS or 5 s."""
    if os.environ.get("CI"):
        return 60.0
    return float(os.environ.get("QUOTETRACK_FUZZ_SECONDS", "5"))


def test_generated_texts_read_without_failure(capsys):
    """Generated news-like text with hostile punctuation: no crash, no hang, no bad offset."""
    seed = int(os.environ.get("QUOTETRACK_FUZZ_SEED", "0"))
    summary = run_generate(seconds=fuzz_seconds(), seed=seed, out=REGRESSIONS, minimize_seconds=60, log=None)
    with capsys.disabled():
        print()
        summary.report(sys.stdout)
    assert summary.inputs > 0
    assert summary.failures == 0, "\n".join(f"{f.signature}: {f.text!r} -> {f.path}" for f in summary.found)


# --------------------------------------------------------------------------- generator


def test_generator_is_deterministic():
    first = list(itertools.islice(texts(123), 200))
    assert first == list(itertools.islice(texts(123), 200))
    assert first != list(itertools.islice(texts(124), 200))
    assert generate(random.Random(5)) == generate(random.Random(5))


def test_generator_makes_hostile_news():
    sample = "".join(itertools.islice(texts(1), 300))
    assert any(mark in sample for mark in QUOTE_MARKS if mark not in "\"'")
    for needle in ("said", "\u200b", "\u202e", "\x00", "\r\n", "\u2028", "\u201e", "\u300c"):
        assert needle in sample, needle
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in sample)


def test_mutation_is_deterministic_and_changes_the_text():
    text = '"We will win," Senator Jane Smith said.'
    a = mutate(random.Random(3), text, 5)
    assert a == mutate(random.Random(3), text, 5)
    assert a != text


# --------------------------------------------------------------------------- minimiser


def test_ddmin_finds_the_one_minimal_subset():
    assert ddmin(list(range(100)), lambda xs: {7, 42, 93} <= set(xs)) == [7, 42, 93]
    assert ddmin(list("abc"), lambda xs: True) == []


def test_minimize_text_on_a_fake_predicate():
    calls = []

    def has_open_and_close(text: str) -> bool:
        calls.append(text)
        return re.search("said.*\u201e.*\u201c", text, re.DOTALL) is not None

    noisy = 'Officials said on Tuesday, in Beijing, that \u201eWe will not\u201c back down, "ever".' * 3
    assert minimize_text(noisy, has_open_and_close, seconds=10) == "said\u201e\u201c"
    assert len(calls) < 2000


def test_minimize_text_stops_at_its_time_limit():
    start = time.monotonic()
    out = minimize_text("x" * 5000, lambda t: time.sleep(0.01) is None and "x" in t, seconds=0.3)
    assert time.monotonic() - start < 2
    assert "x" in out


def test_minimize_keeps_the_failure_kind():
    """A fake oracle: a bidi override 'hangs', else a NUL 'crashes'; shrinking a hang must not end on a crash."""

    def fake_check(text: str, budget: float) -> Failure | None:
        if "\u202e" in text:
            return Failure(kind="hang", text=text, detail="", location="q.py:loop:1", stack=("q.py:loop:1",))
        if "\x00" in text:
            return Failure(kind="crash", text=text, detail="", key="ValueError", location="q.py:f:1")
        return None

    original = fake_check("abc\x00def\u202eghi", 1.0)
    small = minimize(original, seconds=5, checker=fake_check)
    assert small.text == "\u202e" and small.kind == "hang"


# --------------------------------------------------------------------------- oracle


def test_run_with_budget_interrupts_a_loop_and_restores_the_handler():
    def previous(signum, frame):  # pragma: no cover - never called
        raise AssertionError

    old = signal.signal(signal.SIGALRM, previous)
    try:
        def loop_forever() -> None:
            while True:
                pass

        timed = run_with_budget(loop_forever, 0.2, samples=3, interval=0.02)
        assert timed.expired and timed.error is None and 0.2 <= timed.seconds < 2
        assert len(timed.samples) == 3
        assert timed.samples[0][timed.loop].name == "loop_forever"
        assert signal.getsignal(signal.SIGALRM) is previous
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, old)


def test_run_with_budget_reports_exceptions_and_values():
    assert run_with_budget(lambda: 1 / 0, 1.0).error.__class__ is ZeroDivisionError
    assert run_with_budget(lambda: "ok", 1.0).value == "ok"
    with pytest.raises(ValueError):
        run_with_budget(lambda: None, 0)


def test_check_passes_a_plain_article_and_names_bad_offsets():
    text = '"We will win," Senator Jane Smith said on Tuesday.'
    assert check(text, 5.0, twice=True) is None
    article = quotetrack.read(text)
    assert bad_offsets(article, text) == []
    assert [what for what, _ in bad_offsets(article, text + "!")] == ["article.text"]
    assert bad_offsets(article, "x" * len(text))


def test_bad_offsets_names_statements_out_of_text_order():
    text = '"Yes," she said. "No," he said.'
    article = quotetrack.read(text)
    assert len(article.statements) == 2 and bad_offsets(article, text) == []
    swapped = attrs.evolve(article, statements=article.statements[::-1])
    assert [what for what, _ in bad_offsets(swapped, text)] == ["statement.order"]


def test_same_bug():
    hang = Failure(kind="hang", text="", detail="", location="a.py:loop:3", stack=("a.py:read:1", "a.py:loop:3"))
    assert same_bug(hang, Failure(kind="hang", text="", detail="", location="a.py:g:9", stack=("a.py:loop:5",)))
    assert not same_bug(hang, Failure(kind="hang", text="", detail="", location="a.py:g:9", stack=("a.py:g:9",)))
    assert not same_bug(hang, Failure(kind="crash", text="", detail="", location="a.py:loop:3"))


# --------------------------------------------------------------------------- regression files


def test_regression_files_round_trip(tmp_path):
    text = "a\r\nb\rc\u2028\ufeff\x00\U0001f600 \u201e\u201c"
    path, written = write_regression(Failure(kind="offset", text=text, detail=""), tmp_path)
    assert written and path.name == f"offset-{digest(text)}.txt"
    assert read_regression(path) == text
    again, written = write_regression(Failure(kind="crash", text=text, detail=""), tmp_path)
    assert again == path and not written
    assert regression_files(tmp_path) == [path]


def test_atheris_encoding_round_trips():
    """Seeds of the atheris corpus decode, as the child decodes its inputs, to the texts they were made from."""
    pytest.importorskip("atheris")
    from fuzz.atheris_mode import decode, encode

    for text in ["", "said", "„L“ — «x»", "a\U0001f600\u200d\U0010ffff\x00", *itertools.islice(texts(9), 50)]:
        assert decode(encode(text)) == text
