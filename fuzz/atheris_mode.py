"""The coverage-guided mode: atheris (libFuzzer) in a child process, driven from here.

Why a parent and a child: libFuzzer ends the process with ``exit()`` when its time is up
or when an input fails, so no Python code runs after :func:`atheris.Fuzz` (not even
``atexit`` handlers), and it stops at the first failure. The parent therefore runs
``python -m fuzz.atheris_target`` for the time left, reads the counts the child keeps in
a stats file, and starts a new child after each new failure, telling it the failures
already found so that it only counts them. The corpus (``fuzz/corpus/`` by default,
git-ignored) is kept between children and runs, and is seeded with generated texts
encoded the way :meth:`atheris.FuzzedDataProvider.ConsumeUnicodeNoSurrogates` decodes.

Hangs: atheris implements libFuzzer's ``-timeout=N`` with a Python ``SIGALRM`` handler
on libFuzzer's interval timer: when it fires it prints the Python stack, writes a
``timeout-*`` artifact and ends the process, with no chance to minimise. The child's own
budget (:func:`fuzz.check.check`, ``SIGALRM`` too) comes first: it puts atheris' handler
aside while reading and back afterwards, with the timer, and turns a hang into a failure
like a crash. libFuzzer's ``-timeout`` stays as a backstop, set above the budget plus the
minimisation time (a unit includes the minimisation). Should it fire anyway, or should the
child die some other way, the parent reads the artifact, re-checks it and minimises it
itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

import attrs

import quotetrack
from fuzz.check import DEFAULT_BUDGET, check
from fuzz.driver import TWICE_EVERY, Found, Summary, Tally, record_failure
from fuzz.generate import texts
from fuzz.regressions import DEFAULT_DIR

__all__ = ["DEFAULT_CORPUS", "decode", "encode", "run_atheris", "seed_corpus"]

#: The corpus directory, relative to the repository root (git-ignored).
DEFAULT_CORPUS = Path("fuzz") / "corpus"
#: libFuzzer's -max_len: bytes of one input (4 bytes a character at worst).
MAX_LEN = 16384
_ARTIFACT = re.compile(r"^(crash|timeout|oom|leak|slow-unit)-([0-9a-f]{40})$")
_STATUS = re.compile(r"^#(\d+)\s+(?:DONE|pulse|NEW|REDUCE|INITED)\s+cov: (\d+) ft: (\d+)")


def encode(text: str) -> bytes:
    """The bytes that ``ConsumeUnicodeNoSurrogates`` decodes back to ``text``.

    A first byte chooses the width: odd for ASCII, 2 for UTF-16, 0 for UTF-32.

    Examples
    --------
    >>> encode("said"), encode("„x“")[:1], encode("😀")[:1]
    (b'\\x01said', b'\\x02', b'\\x00')
    """
    if text.isascii():
        return b"\x01" + text.encode("ascii")
    if all(ord(ch) < 0x10000 for ch in text):
        return b"\x02" + text.encode("utf-16-le", "surrogatepass")
    return b"\x00" + text.encode("utf-32-le", "surrogatepass")


def decode(data: bytes) -> str:
    """The text the atheris child reads from ``data`` (as ``FuzzedDataProvider`` decodes it)."""
    import atheris

    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING)


def seed_corpus(corpus: Path, seed: int, count: int = 40, max_len: int = MAX_LEN) -> int:
    """Add ``count`` generated texts (those that fit in ``max_len`` bytes) to the corpus.

    Returns
    -------
    int
        How many files the corpus has now.
    """
    corpus.mkdir(parents=True, exist_ok=True)
    added = 0
    for text in itertools.islice(texts(seed), count * 20):
        data = encode(text)
        if len(data) > max_len:
            continue
        path = corpus / hashlib.sha1(data).hexdigest()
        if not path.exists():
            path.write_bytes(data)
        added += 1
        if added >= count:
            break
    return sum(1 for _ in corpus.iterdir())


def _merge(tally: Tally, stats: dict[str, object]) -> None:
    tally.inputs += int(stats.get("inputs", 0))  # type: ignore[call-overload]
    tally.characters += int(stats.get("characters", 0))  # type: ignore[call-overload]
    for kind, n in dict(stats.get("by_kind", {})).items():  # type: ignore[call-overload]
        tally.by_kind[kind] = tally.by_kind.get(kind, 0) + int(n)
    for record in stats.get("found", []):  # type: ignore[union-attr]
        found = Found(**record)
        if found.signature in tally.ignored:
            continue
        known = tally.found.get(found.signature)
        if known is None:
            tally.found[found.signature] = found
        elif found.count:
            tally.found[found.signature] = attrs.evolve(known, count=known.count + found.count)
    tally.notes.extend(str(n) for n in stats.get("notes", []))  # type: ignore[union-attr]


def _verify_outside(tally: Tally, signature: str, budget: float, log: TextIO | None) -> None:
    """Re-check a failure the child found, here, without atheris' instrumentation and hooks.

    One that does not fail here comes from the fuzzing machinery, not from quotetrack: its
    regression file (if the child wrote it) is removed, it no longer counts as a failure,
    and a note says so. Its signature stays known, so that later children only count it.
    """
    found = tally.found[signature]
    if check(found.text, budget) is not None:
        return
    if found.written:
        Path(found.path).unlink(missing_ok=True)
    tally.by_kind[found.kind] -= found.count
    del tally.found[signature]
    tally.ignored[signature] = attrs.evolve(found, path="", written=False)
    note = f"{signature}: {found.text!r} failed only under atheris, not outside it; not kept ({found.detail})"
    tally.notes.append(note)
    if log is not None:
        print(f"fuzz: {note}", file=log)


def _last_status(log_path: Path) -> str | None:
    """libFuzzer's last status line (``#1234 DONE cov: 567 ft: 890 ...``)."""
    last = None
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if _STATUS.match(line):
                last = line.strip()
    return last


def _tail(log_path: Path, lines: int = 15) -> str:
    with open(log_path, encoding="utf-8", errors="replace") as f:
        return "".join(f.readlines()[-lines:])


def run_atheris(
    *,
    seconds: float,
    seed: int = 0,
    budget: float = DEFAULT_BUDGET,
    out: Path | str = DEFAULT_DIR,
    max_inputs: int | None = None,
    minimize_seconds: float = 120.0,
    corpus: Path | str = DEFAULT_CORPUS,
    log: TextIO | None = sys.stderr,
    keep_work: bool = False,
) -> Summary:
    """Fuzz quotetrack with atheris for ``seconds``, restarting libFuzzer after each new failure.

    Parameters
    ----------
    seconds : float
        Total fuzzing time (libFuzzer's ``-max_total_time``, over all children).
    seed : int
        Seeds the corpus's generated texts and libFuzzer (``-seed``, never 0, which is random).
    budget : float
        Seconds one reading may take before it is a hang.
    out : path
        The regression directory.
    max_inputs : int, optional
        Stop after this many inputs (libFuzzer's ``-runs``).
    minimize_seconds : float
        Time limit of each minimisation.
    corpus : path
        libFuzzer's corpus directory, kept between runs.
    log : file, optional
        Where progress goes; None for silence.
    keep_work : bool
        Keep the temporary directory (libFuzzer logs, artifacts, stats).

    Returns
    -------
    Summary
        Counts over all children, the distinct failures and notes (libFuzzer's coverage).
    """
    if importlib.util.find_spec("atheris") is None:
        raise RuntimeError("atheris is not installed: pip install 'quotetrack[fuzz]' (Linux) or pip install atheris")
    out, corpus = Path(out).resolve(), Path(corpus).resolve()
    files = seed_corpus(corpus, seed)
    work = Path(tempfile.mkdtemp(prefix="quotetrack-fuzz-"))
    tally = Tally()
    start = time.monotonic()
    deadline = start + seconds
    if log is not None:
        print(f"fuzz: atheris, corpus {corpus} ({files} files), work directory {work}", file=log)
    # The child imports this fuzz package and the very quotetrack this process has imported.
    library_root = Path(quotetrack.__file__).absolute().parents[1]
    fuzz_root = Path(__file__).absolute().parents[1]
    path = [str(library_root), str(fuzz_root), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}
    backstop = int(2 * budget + minimize_seconds + 60)
    try:
        for run in itertools.count():
            remaining = deadline - time.monotonic()
            left = None if max_inputs is None else max_inputs - tally.inputs
            if remaining < 1 or (left is not None and left <= 0):
                break
            stats_path, log_path, config_path = (work / f"{name}-{run}.{ext}" for name, ext in
                                                 (("stats", "json"), ("libfuzzer", "log"), ("config", "json")))
            config = {
                "out": str(out),
                "budget": budget,
                "minimize_seconds": minimize_seconds,
                "twice_every": TWICE_EVERY,
                "stats": str(stats_path),
                "known": [f.to_json() for f in tally.found.values()],
                "ignored": [f.to_json() for f in tally.ignored.values()],
                "seconds": max(1, int(remaining)),
            }
            config_path.write_text(json.dumps(config), encoding="utf-8")
            command = [sys.executable, "-m", "fuzz.atheris_target", str(config_path), str(corpus),
                       f"-max_total_time={max(1, int(remaining))}", f"-timeout={backstop}",
                       f"-seed={seed * 1000 + run + 1}", f"-max_len={MAX_LEN}", f"-artifact_prefix={work}{os.sep}",
                       "-print_final_stats=1"]
            if left is not None:
                command.append(f"-runs={left}")
            with open(log_path, "w", encoding="utf-8") as child_log:
                returncode = subprocess.run(command, stdout=child_log, stderr=subprocess.STDOUT, env=env,
                                            cwd=library_root, check=False).returncode
            before = len(tally.found)
            seen_before = len(tally.found) + len(tally.ignored)
            handled: set[str] = set()
            if stats_path.exists():
                stats = json.loads(stats_path.read_text(encoding="utf-8"))
                handled = set(stats.get("handled", []))
                _merge(tally, stats)
            for signature in list(tally.found)[before:]:  # what the child found must fail without instrumentation too
                _verify_outside(tally, signature, budget, log)
            status = _last_status(log_path)
            if status and log is not None:
                print(f"fuzz: libFuzzer run {run} ended ({returncode}): {status}", file=log)
            unhandled = False
            for artifact in sorted(work.iterdir()):
                m = _ARTIFACT.match(artifact.name)
                if not m:
                    continue
                artifact = artifact.rename(artifact.with_name(f"seen-{artifact.name}"))
                if m.group(2) in handled:
                    continue
                unhandled = True
                text = decode(artifact.read_bytes())
                failure = check(text, budget)
                if failure is None:
                    tally.notes.append(f"libFuzzer {m.group(1)} artifact did not reproduce outside atheris: "
                                       f"{text[:200]!r} ({len(text)} characters); log: {_tail(log_path, 5)!r}")
                else:  # the child counted the input, not the failure: it died first
                    record_failure(tally, failure, out=out, budget=budget, minimize_seconds=minimize_seconds, log=log)
            if status:
                tally.notes.append(f"libFuzzer run {run} (exit {returncode}): {status}")
            if returncode == 0:
                break
            if len(tally.found) + len(tally.ignored) == seen_before and not unhandled:
                tally.notes.append(f"libFuzzer child {run} exited with {returncode} and no new failure: "
                                   f"{_tail(log_path)!r}")
                break
    finally:
        if keep_work:
            if log is not None:
                print(f"fuzz: work directory kept: {work}", file=log)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return tally.summary("atheris", seed, time.monotonic() - start)
