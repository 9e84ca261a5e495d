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
from collections.abc import Callable

# --------------------------------------------------------------------------- generators


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def only_marks(size: int) -> str:
    """Nothing but quotation marks of every style, in a fixed pseudo-random order."""
    glyphs = ['"', "“", "”", "'", "‘", "’", "«", "»", "``"]
    # A fixed linear congruential sequence: the same text on every run and machine.
    out, x, n = [], 12345, 0
    while n < size:
        x = (1103515245 * x + 12345) % 2**31
        g = glyphs[(x >> 16) % len(glyphs)]
        out.append(g)
        n += len(g)
    return "".join(out)[:size]


def only_apostrophes(size: int) -> str:
    """One apostrophe after another."""
    return "'" * size


def unclosed_quotes(size: int) -> str:
    """``He said "yes and`` over and over: every quotation opened, none closed."""
    return _fill('He said "yes and ', size)


def no_sentence_end(size: int) -> str:
    """One paragraph of words and commas with no full stop anywhere."""
    words = ["the", "minister", "and", "officials", "in", "Beijing", "Washington", "talks",
             "trade", "Jane", "Smith", "spokesperson", "government", "week", "report"]
    out, n, i = [], 0, 0
    while n < size:
        w = words[(i * 7) % len(words)] + ("," if i % 5 == 4 else "")
        out.append(w)
        n += len(w) + 1
        i += 1
    return " ".join(out)[:size]


def tiny_paragraphs(size: int) -> str:
    """``"A," he said.`` as its own paragraph, again and again."""
    return _fill('"A," he said.\n\n', size)


def cue_verbs(size: int) -> str:
    """Speech verbs and nothing else: ``said said told added ...``."""
    return _fill("said said told added claimed stressed according to warned ", size)


def nested_quotes(size: int) -> str:
    """Double and single marks alternating with no words: ``"'"'"'...``."""
    return _fill("\"'", size)


_NEWS = [
    '"We will not back down," Chinese Foreign Ministry spokesperson Wang Wenbin told reporters on Monday.',
    "Senator Jane Smith said the talks had stalled because of what she called 'bad faith' in Beijing.",
    "According to the Ministry of Foreign Affairs, the measures are \"a necessary response\" to U.S. pressure.",
    "\u201cThis is unacceptable,\u201d she added. \u201cWe expect an answer by Friday.\u201d",
    "Washington hit back, saying the claims were baseless and that the citizens' data was safe.",
    "The White House spokesperson, Karine Jean-Pierre, declined to comment on the report.",
    "'It's a step forward,' Mr. O'Brien said, \u2018but there's a long way to go.\u2019",
    "Officials in Taipei warned that the exercises were \u00abprovocative\u00bb and urged restraint.",
]


def news_like(size: int) -> str:
    """Ordinary news prose: quotes, names, titles, cues, three sentences a paragraph."""
    paragraphs = []
    n, i = 0, 0
    while n < size:
        p = " ".join(_NEWS[(i + j) % len(_NEWS)] for j in range(3))
        paragraphs.append(p)
        n += len(p) + 2
        i += 1
    return "\n\n".join(paragraphs)[:size]


CASES: dict[str, Callable[[int], str]] = {
    "only_marks": only_marks,
    "only_apostrophes": only_apostrophes,
    "unclosed_quotes": unclosed_quotes,
    "no_sentence_end": no_sentence_end,
    "tiny_paragraphs": tiny_paragraphs,
    "cue_verbs": cue_verbs,
    "nested_quotes": nested_quotes,
    "news_like": news_like,
}

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
