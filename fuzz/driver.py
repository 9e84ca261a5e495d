"""The generator-mode loop, what it found, and the summary of a run.

A run reads generated texts until its time is up (or it has read ``max_inputs``).
Every failure is counted; the first failure of each :attr:`~fuzz.check.Failure.signature`
is minimised and written to the regression directory. Later failures with a signature
already seen are only counted: a run spends its time finding new bugs, not shrinking
the same one again.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

import attrs

from fuzz.check import DEFAULT_BUDGET, KINDS, Failure, check
from fuzz.generate import texts
from fuzz.minimize import minimize
from fuzz.regressions import DEFAULT_DIR, write_regression

__all__ = ["Found", "Summary", "Tally", "record_failure", "run_generate"]

#: Every how many inputs reading is done twice and compared (the determinism check).
TWICE_EVERY = 25


@attrs.frozen(kw_only=True)
class Found:
    """A distinct failure a run found.

    Parameters
    ----------
    kind : str
        The failure's kind.
    signature : str
        What tells it from other failures (:attr:`fuzz.check.Failure.signature`).
    location : str or None
        ``file:function:line`` in quotetrack.
    text : str
        The minimised input.
    original_length : int
        Characters of the input as found.
    detail : str
        What went wrong, for the minimised input.
    path : str
        The regression file.
    written : bool
        Whether the file was written by this run (False: it was there already).
    count : int
        How many inputs of the run failed with this signature.
    """

    kind: str
    signature: str
    location: str | None
    text: str
    original_length: int
    detail: str
    path: str
    written: bool
    count: int = 1

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return attrs.asdict(self)


@attrs.frozen(kw_only=True)
class Summary:
    """What a run did and found.

    Parameters
    ----------
    mode : str
        ``generate`` or ``atheris``.
    seed : int
        The seed.
    seconds : float
        Wall-clock time of the run.
    inputs, characters : int
        How many texts were read, and their total length.
    crashes, hangs, bad_offsets, nondeterministic : int
        How many inputs failed each way (not distinct bugs: see ``found``).
    found : tuple of Found
        The distinct failures, in the order found.
    notes : tuple of str
        Anything else worth saying (a libFuzzer artifact that did not reproduce, say).
    """

    mode: str
    seed: int
    seconds: float
    inputs: int
    characters: int
    crashes: int = 0
    hangs: int = 0
    bad_offsets: int = 0
    nondeterministic: int = 0
    found: tuple[Found, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def failures(self) -> int:
        """Inputs that failed, every way."""
        return self.crashes + self.hangs + self.bad_offsets + self.nondeterministic

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        return (
            f"fuzz summary: inputs={self.inputs} characters={self.characters} crashes={self.crashes} "
            f"hangs={self.hangs} bad_offsets={self.bad_offsets} nondeterministic={self.nondeterministic} "
            f"distinct={len(self.found)} seconds={self.seconds:.1f} seed={self.seed} mode={self.mode}"
        )

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict, with the summary line."""
        out = attrs.asdict(self)
        out["failures"] = self.failures
        out["line"] = self.line()
        return out

    def report(self, out: TextIO) -> None:
        """Print the distinct failures (texts escaped with ``repr``), then the summary line."""
        for f in self.found:
            state = "new" if f.written else "known"
            print(f"  {f.signature}: {f.text!r} ({len(f.text)} of {f.original_length} characters, "
                  f"{f.count} input(s), {state} file {f.path})", file=out)
            print(f"    at {f.location}: {f.detail}", file=out)
        for note in self.notes:
            print(f"  note: {note}", file=out)
        print(self.line(), file=out)


_FIELD = {"crash": "crashes", "hang": "hangs", "offset": "bad_offsets", "nondeterministic": "nondeterministic"}


@attrs.define
class Tally:
    """Running counts of a run (mutable), turned into a :class:`Summary` at the end."""

    inputs: int = 0
    characters: int = 0
    by_kind: dict[str, int] = attrs.Factory(lambda: dict.fromkeys(KINDS, 0))
    found: dict[str, Found] = attrs.Factory(dict)
    notes: list[str] = attrs.Factory(list)
    #: Failures set aside (atheris: seen only under instrumentation), still known so as not to be chased again.
    ignored: dict[str, Found] = attrs.Factory(dict)

    def summary(self, mode: str, seed: int, seconds: float) -> Summary:
        """The summary of the counts so far."""
        counts = {_FIELD[k]: n for k, n in self.by_kind.items()}
        return Summary(mode=mode, seed=seed, seconds=seconds, inputs=self.inputs, characters=self.characters,
                       found=tuple(self.found.values()), notes=tuple(self.notes), **counts)


def record_failure(
    tally: Tally,
    failure: Failure,
    *,
    out: Path,
    budget: float,
    minimize_seconds: float,
    log: TextIO | None = sys.stderr,
    checker: Callable[[str, float], Failure | None] | None = None,
) -> Found | None:
    """Count a failure; if its signature is new, minimise it and write its regression file.

    Parameters
    ----------
    tally : Tally
        The run's counts, updated.
    failure : Failure
        The failure as found.
    out : Path
        The regression directory.
    budget : float
        The time budget of a reading.
    minimize_seconds : float
        Time limit of the minimisation.
    log : file, optional
        Where to say what was found.
    checker : callable, optional
        The oracle for minimisation (:func:`fuzz.check.check` by default).

    Returns
    -------
    Found or None
        The new distinct failure, or None if its signature was known (its count is raised).
    """
    if failure.signature in tally.ignored:
        return None
    tally.by_kind[failure.kind] += 1
    known = tally.found.get(failure.signature)
    if known is not None:
        tally.found[failure.signature] = attrs.evolve(known, count=known.count + 1)
        return None
    if log is not None:
        print(f"fuzz: {failure.signature} ({len(failure.text)} characters): {failure.detail}; minimising", file=log)
    small = minimize(failure, seconds=minimize_seconds, budget=budget, checker=checker)
    path, written = write_regression(small, out)
    found = Found(kind=small.kind, signature=failure.signature, location=small.location or failure.location,
                  text=small.text, original_length=len(failure.text), detail=small.detail, path=str(path),
                  written=written)
    tally.found[failure.signature] = found
    if log is not None:
        print(f"fuzz: minimised to {small.text!r} -> {path}" + ("" if written else " (already there)"), file=log)
        if small.stack:
            print("fuzz:   quotetrack stack: " + " > ".join(small.stack), file=log)
    return found


def run_generate(
    *,
    seconds: float,
    seed: int = 0,
    budget: float = DEFAULT_BUDGET,
    out: Path | str = DEFAULT_DIR,
    max_inputs: int | None = None,
    minimize_seconds: float = 120.0,
    inputs: Iterable[str] | None = None,
    log: TextIO | None = sys.stderr,
    progress_every: float = 60.0,
) -> Summary:
    """Read generated texts for ``seconds`` (or ``max_inputs`` texts) and say what failed.

    Parameters
    ----------
    seconds : float
        How long to generate and read (minimising a failure found near the end may run over).
    seed : int
        The generator's seed.
    budget : float
        Seconds one reading may take.
    out : path
        The regression directory.
    max_inputs : int, optional
        Stop after this many texts.
    minimize_seconds : float
        Time limit of each minimisation.
    inputs : iterable of str, optional
        The texts to read instead of the generator's (for tests).
    log : file, optional
        Where to report failures and progress; None for silence.
    progress_every : float
        Seconds between progress lines.

    Returns
    -------
    Summary
        Counts and the distinct failures.
    """
    out = Path(out)
    tally = Tally()
    source = iter(inputs) if inputs is not None else texts(seed)
    start = time.monotonic()
    deadline = start + seconds
    next_progress = start + progress_every
    for text in source:
        now = time.monotonic()
        if now >= deadline or (max_inputs is not None and tally.inputs >= max_inputs):
            break
        if log is not None and now >= next_progress:
            print(f"fuzz: {now - start:.0f} s, {tally.inputs} inputs, {tally.characters} characters, "
                  f"{sum(tally.by_kind.values())} failures", file=log)
            next_progress += progress_every
        tally.inputs += 1
        tally.characters += len(text)
        failure = check(text, budget, twice=tally.inputs % TWICE_EVERY == 0)
        if failure is not None:
            record_failure(tally, failure, out=out, budget=budget, minimize_seconds=minimize_seconds, log=log)
    return tally.summary("generate", seed, time.monotonic() - start)


def print_summary(summary: Summary, *, as_json: bool, out: TextIO = sys.stdout) -> None:
    """Print a summary: the failures and the summary line, or the JSON object."""
    if as_json:
        print(json.dumps(summary.to_json(), ensure_ascii=True, indent=2), file=out)
    else:
        summary.report(out)
