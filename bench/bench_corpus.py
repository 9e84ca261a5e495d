#!/usr/bin/env python3
"""Measure corpus ingest (reading, storing, claim matching) at growing multiples of a corpus.

Usage::

    python bench/bench_corpus.py [--data PATH] [--scales 1,4,16] [--jobs N] [--max-seconds S]

For each scale ``k`` the documents of the JSONL file (by default
``../shared/eval/dev.jsonl`` next to the repository) are replicated ``k``
times with changed ids (``{id}-r0`` ... ``{id}-r{k-1}``, the same texts), so
that every replicated statement meets the claim of its first copy: the claim
index and the candidate comparisons are exercised at every scale. They are
ingested with ``Corpus.add(read_many(...))`` into a fresh temporary SQLite file.

Reported per scale: articles, characters, wall time, articles/s, characters/s,
the time spent waiting for read articles (``read``) and the rest (``store``:
storing and claim matching), candidate comparisons, claims, statements and the
size of the database file; then the growth of each time from one scale to the
next (4.0 for a linear cost when the scale grows fourfold).

Every figure printed is measured in this run; nothing is estimated.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench_data import load_documents

import quotetrack
from quotetrack.corpus.store import Corpus
from quotetrack.lexicon import load_lexicon

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/dev.jsonl"


class TooSlow(Exception):
    """The ingest ran past --max-seconds."""


def replicate(docs: list[dict[str, object]], scale: int) -> Iterator[dict[str, object]]:
    """The documents ``scale`` times over, one copy after another, ids suffixed ``-r0``, ``-r1``, ..."""
    for k in range(scale):
        for doc in docs:
            yield {**doc, "id": f"{doc['id']}-r{k}"}


def run_scale(docs: list[dict[str, object]], scale: int, jobs: int, max_seconds: float) -> dict[str, float]:
    n_articles = len(docs) * scale
    n_chars = sum(len(str(d["text"])) for d in docs) * scale
    read_seconds = 0.0

    def timed_reading() -> Iterator[quotetrack.Article]:
        nonlocal read_seconds
        articles = quotetrack.read_many(replicate(docs, scale), backend="embedded", jobs=jobs)
        while True:
            t = time.perf_counter()
            try:
                article = next(articles)
            except StopIteration:
                read_seconds += time.perf_counter() - t
                return
            read_seconds += time.perf_counter() - t
            yield article

    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        path = Path(tmp) / "corpus.sqlite"
        with Corpus(path) as corpus:
            t0 = time.perf_counter()

            def watch(counts: object) -> None:
                if time.perf_counter() - t0 > max_seconds:
                    raise TooSlow

            try:
                corpus.add(timed_reading(), progress=watch)
            except TooSlow:
                return {"scale": scale, "too_slow": 1.0, "done": float(len(corpus)), "articles": n_articles}
            wall = time.perf_counter() - t0
            stats = corpus.stats()
            comparisons = corpus.candidate_comparisons
        size = sum(p.stat().st_size for p in Path(tmp).iterdir() if p.name.startswith("corpus.sqlite"))
    return {"scale": scale, "articles": n_articles, "chars": n_chars, "wall": wall, "read": read_seconds,
            "store": wall - read_seconds, "comparisons": comparisons, "claims": stats["claims"],
            "statements": stats["statements"], "db_mib": size / (1024 * 1024)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark corpus ingest at multiples of a JSONL corpus.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"JSONL file of {{\"id\", \"text\", ...}} lines (default: {DEFAULT_DATA})")
    parser.add_argument("--scales", default="1,4,16", help="comma-separated multiples of the corpus (default 1,4,16)")
    parser.add_argument("--jobs", type=int, default=1, help="reading processes, as for read_many (default 1)")
    parser.add_argument("--max-seconds", type=float, default=600.0,
                        help="give up on a scale whose ingest runs longer than this (default 600)")
    args = parser.parse_args(argv)
    try:
        scales = [int(s) for s in args.scales.split(",") if s.strip()]
    except ValueError:
        parser.error("--scales takes comma-separated whole numbers")
    if not scales or min(scales) < 1:
        parser.error("--scales takes whole numbers of at least 1")

    docs = load_documents(args.data, "bench_corpus")
    load_lexicon()  # once per process, outside the timings
    print(f"quotetrack {quotetrack.__version__}, Python {platform.python_version()} on {platform.machine()} "
          f"{platform.system()}, {os.cpu_count()} CPUs; backend embedded, --jobs {args.jobs}")
    print(f"data: {args.data} ({len(docs)} documents), replicated with ids {{id}}-r0..r{{k-1}}")
    header = (f"{'scale':>5} {'articles':>8} {'wall s':>8} {'art/s':>7} {'chars/s':>9} {'read s':>8} "
              f"{'store s':>8} {'comparisons':>11} {'claims':>7} {'statements':>10} {'DB MiB':>7}")
    print(header)
    results = []
    for scale in scales:
        if results:  # say so rather than start a run that cannot finish in time
            last = results[-1]
            projected = last["wall"] * scale / last["scale"]
            if projected > args.max_seconds:
                print(f"{scale:>5} not run: at least {projected:.0f} s projected linearly from scale "
                      f"{last['scale']}, over --max-seconds {args.max_seconds:.0f}")
                break
        r = run_scale(docs, scale, args.jobs, args.max_seconds)
        if r.get("too_slow"):
            print(f"{scale:>5} stopped after {args.max_seconds:.0f} s (--max-seconds) with {int(r['done'])} of "
                  f"{int(r['articles'])} articles stored")
            break
        results.append(r)
        print(f"{scale:>5} {r['articles']:>8} {r['wall']:>8.1f} {r['articles'] / r['wall']:>7.1f} "
              f"{r['chars'] / r['wall']:>9.0f} {r['read']:>8.1f} {r['store']:>8.1f} {r['comparisons']:>11} "
              f"{r['claims']:>7} {r['statements']:>10} {r['db_mib']:>7.1f}", flush=True)
    if len(results) > 1:
        print("growth from one scale to the next (a linear cost grows as the scale):")
        for a, b in zip(results, results[1:]):
            print(f"  x{b['scale'] / a['scale']:g} ({a['scale']} -> {b['scale']}): wall {b['wall'] / a['wall']:.2f}, "
                  f"read {b['read'] / a['read']:.2f}, store {b['store'] / a['store']:.2f}, "
                  f"comparisons {b['comparisons'] / max(1, a['comparisons']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
