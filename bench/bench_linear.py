#!/usr/bin/env python3
"""Check that ``quotetrack.read`` takes time linear in the size of adversarial inputs.

Usage::

    python bench/bench_linear.py [--sizes 100000,1000000,10000000] [--cases a,b,...] [--quick]
                                 [--timeout SECONDS] [--list]

For each generator of hostile text (only quotation marks, only apostrophes, unclosed
quotes, one endless sentence, a hundred thousand tiny paragraphs, repeated cue verbs,
deeply nested quotes, and ordinary news-like text) the script builds a text of each
size, times one ``quotetrack.read(text)`` on it and prints a table: case, size (chars),
seconds, chars/s, and the growth ratio time(size) / time(previous size). With sizes that
grow tenfold a linear reading gives a ratio near 10; a quadratic one near 100.

Every reading runs in a fresh child process with a timeout (``--timeout``, 120 s by
default). A case that times out at a size is reported as "too slow" there and not run
at the larger sizes. Every figure printed is measured in this run; nothing is
estimated.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import sys
import time
from pathlib import Path

# The generators live beside the tests that read the same texts at small sizes.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from adversarial_texts import GENERATORS as CASES  # noqa: E402

# --------------------------------------------------------------------------- timing


def _child(case: str, size: int, conn) -> None:  # pragma: no cover - runs in a child process
    try:
        import quotetrack
        from quotetrack.lexicon import load_lexicon

        lexicon = load_lexicon()  # loaded before timing: not part of the measured reading
        text = CASES[case](size)
        t0 = time.perf_counter()
        article = quotetrack.read(text, lexicon=lexicon)
        elapsed = time.perf_counter() - t0
        conn.send(("ok", elapsed, len(text), len(article.statements), len(article.terms)))
    except BaseException as exc:  # report, don't hang the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def measure(case: str, size: int, timeout: float) -> tuple:
    """Read one generated text in a child process; ``("ok", s, chars, stmts, terms)``,
    ``("timeout",)`` or ``("error", message)``."""
    ctx = mp.get_context("spawn" if sys.platform == "win32" else "fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(case, size, child), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            try:
                result = parent.recv()
            except EOFError:
                result = ("error", f"child process died (exit code {proc.exitcode})")
        else:
            result = ("timeout",)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000,10000000",
                        help="comma-separated text sizes in characters (default: %(default)s)")
    parser.add_argument("--cases", default=None,
                        help="comma-separated subset of cases (default: all); see --list")
    parser.add_argument("--quick", action="store_true",
                        help="sizes 10000,100000 only (overrides --sizes), for a fast smoke run")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds allowed for one reading before the case is 'too slow' (default: 120)")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)

    if args.list:
        for name, fn in CASES.items():
            print(f"{name:18} {(fn.__doc__ or '').strip().splitlines()[0]}")
        return 0
    try:
        sizes = [int(s.replace("_", "")) for s in ("10000,100000" if args.quick else args.sizes).split(",") if s]
    except ValueError:
        parser.error(f"--sizes must be comma-separated integers, got {args.sizes!r}")
    if not sizes or any(s <= 0 for s in sizes):
        parser.error("--sizes must be positive")
    sizes.sort()
    cases = list(CASES) if args.cases is None else [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; choose from {', '.join(CASES)}")

    print(f"python {platform.python_version()} on {platform.machine()} ({platform.system()}), "
          f"{os.cpu_count()} CPUs; one fresh process per reading, timeout {args.timeout:g} s")
    print("growth = time(size) / time(previous size); linear gives about size / previous size")
    header = f"{'case':18} {'size (chars)':>13} {'seconds':>10} {'chars/s':>12} {'growth':>8} {'stmts':>8} {'terms':>8}"
    print(header)
    print("-" * len(header))
    sys.stdout.flush()
    status = 0
    for case in cases:
        previous: float | None = None
        for size in sizes:
            result = measure(case, size, args.timeout)
            if result[0] == "timeout":
                print(f"{case:18} {size:>13,} {'too slow':>10}  (over {args.timeout:g} s; larger sizes skipped)")
                sys.stdout.flush()
                status = 1
                break
            if result[0] == "error":
                print(f"{case:18} {size:>13,} {'error':>10}  {result[1]}")
                sys.stdout.flush()
                status = 1
                break
            _, seconds, chars, statements, terms = result
            rate = chars / seconds if seconds > 0 else float("inf")
            growth = f"{seconds / previous:8.1f}" if previous else f"{'':8}"
            print(f"{case:18} {chars:>13,} {seconds:>10.3f} {rate:>12,.0f} {growth} {statements:>8,} {terms:>8,}")
            sys.stdout.flush()
            previous = seconds
    return status


if __name__ == "__main__":
    sys.exit(main())
