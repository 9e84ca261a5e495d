#!/usr/bin/env python3
"""Time and peak memory of ``quotetrack extract`` on each hostile 1 MB text, next to 1 MB of news.

Usage::

    python bench/bench_hostile.py [--size CHARS] [--cases a,b,...] [--repeat N] [--jobs-arg ARGS]

Each case of ``tests/adversarial_texts.py`` (and ``news_like``, the yardstick) is written
to a temporary ``.txt`` file of exactly ``--size`` characters (default 1,000,000) and read
by the command line, as a user would, in a child process::

    quotetrack extract FILE --format jsonl --backend embedded --quiet > /dev/null

For each case it prints the wall seconds, the CPU seconds of the child (user + system,
less disturbed by other processes on a shared machine than wall time), the peak resident
memory of the child (``ru_maxrss`` from ``os.wait4``: the whole process, interpreter and
lexicons included), and the ratio of the CPU time to that of ``news_like``. With
``--repeat N`` each case runs N times, interleaved, and the best run is printed.
Every figure printed is measured in that run. POSIX only (``os.wait4``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from adversarial_texts import GENERATORS  # noqa: E402

BASELINE = "news_like"


def _command() -> list[str]:
    exe = shutil.which("quotetrack")
    return [exe] if exe else [sys.executable, "-m", "quotetrack.cli"]


def run_once(path: Path) -> tuple[float, float, int, int]:
    """Run ``extract`` on ``path``; return wall s, CPU s, peak RSS in bytes and the exit status."""
    command = _command() + ["extract", str(path), "--format", "jsonl", "--backend", "embedded", "--quiet"]
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale, proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per text (default 1,000,000)")
    parser.add_argument("--cases", default=None, help=f"comma-separated cases (default: all); {BASELINE} always runs")
    parser.add_argument("--repeat", type=int, default=1, help="runs per case, interleaved; the best is shown")
    args = parser.parse_args(argv)
    cases = list(GENERATORS) if args.cases is None else [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in cases if c not in GENERATORS]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; choose from {', '.join(GENERATORS)}")
    cases = [BASELINE] + [c for c in cases if c != BASELINE]
    print(f"quotetrack extract on {args.size:,}-character texts; command: {' '.join(_command())}")
    best: dict[str, tuple[float, float, int, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for case in cases:
            paths[case] = Path(folder, f"{case}.txt")
            paths[case].write_text(GENERATORS[case](args.size), encoding="utf-8")
        for _ in range(args.repeat):
            for case in cases:
                result = run_once(paths[case])
                if case not in best or result[1] < best[case][1]:
                    best[case] = result
    print(f"{'case':18} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>13} {'CPU / news':>11} {'exit':>5}")
    failed = False
    for case in cases:
        wall, cpu, rss, code = best[case]
        failed |= code != 0
        ratio = cpu / best[BASELINE][1] if best[BASELINE][1] else float("nan")
        print(f"{case:18} {wall:>8.2f} {cpu:>8.2f} {rss / 2**20:>13.1f} {ratio:>11.2f} {code:>5}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
