#!/usr/bin/env python3
"""Measure how fast ``quotetrack.read`` reads a corpus, with the embedded backend.

Usage::

    python bench/bench_read.py [--data PATH] [--repeat N] [--limit N] [--peer-model SPACY_MODEL]

Reads a JSONL file of ``{"id", "text", ...}`` documents (by default
``../shared/eval/dev.jsonl`` next to the repository), reads every text with
``quotetrack.read(text, backend="embedded")`` in this one process, and prints
throughput, peak memory and, for comparison, the speed of a plain
regular-expression scan for quotation marks over the same texts. With
``--peer-model`` (a spaCy pipeline's name or folder, where textacy and spaCy are
installed: an optional extra for the benchmark only) it also times textacy's
``direct_quotations`` on that pipeline over the same texts, in the same process, and
prints the ratio.

Every figure printed is measured in this run; nothing is estimated.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]

from bench_data import load_documents

import quotetrack
from quotetrack.lexicon import load_lexicon

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/dev.jsonl"
QUOTE_MARKS = re.compile(r'["“”‘’\'«»]')


def read_all(docs: list[tuple[str, str]]) -> int:
    """Read every document; return the number of statements found (so the work is not idle)."""
    found = 0
    for doc_id, text in docs:
        try:
            article = quotetrack.read(text, id=doc_id, backend="embedded")
        except Exception as exc:  # report which document broke the reading, then stop
            print(f"bench_read: reading document {doc_id!r} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            sys.exit(1)
        found += len(article.statements)
    return found


def scan_all(docs: list[tuple[str, str]]) -> int:
    """Count quotation marks with a plain regular expression: the baseline."""
    return sum(sum(1 for _ in QUOTE_MARKS.finditer(text)) for _, text in docs)


def peer_reader(model: str):
    """A function reading every document with spaCy's pipeline ``model`` and textacy's direct quotations."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model)

    def read_with_textacy(docs: list[tuple[str, str]]) -> int:
        found = 0
        for _, text in docs:
            doc = nlp(text)
            try:
                found += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # textacy gives up on an odd number of quotation marks: the parse was still done
                pass
        return found

    return read_with_textacy, f"textacy + spaCy {nlp.meta.get('name')} {nlp.meta.get('version')}"


def timed(function, docs, repeat: int) -> tuple[list[float], int]:
    """Run ``function(docs)`` ``repeat`` times; return the wall times and its result."""
    times = []
    result = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = function(docs)
        times.append(time.perf_counter() - t0)
    return times, result


def pin_to_one_core() -> str:
    """Pin this process to one CPU where the OS allows it; say what happened."""
    if hasattr(os, "sched_getaffinity") and hasattr(os, "sched_setaffinity"):
        try:
            core = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {core})
            return f"pinned to CPU {core}"
        except OSError as exc:
            return f"not pinned ({exc.strerror}); single process, single thread"
    return "not pinned (no sched_setaffinity here); single process, single thread"


def maxrss_mib() -> float | None:
    """Peak resident set size of this process in MiB, or None where unavailable."""
    if resource is None:
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark quotetrack.read (embedded backend) on a JSONL corpus.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"JSONL file of {{\"id\", \"text\", ...}} lines (default: {DEFAULT_DATA})")
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed passes over the corpus, best and median reported (default: 3)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="read only the first N documents of the file (default: all)")
    parser.add_argument("--peer-model", default=None, metavar="SPACY_MODEL",
                        help="also time textacy's direct quotations with this spaCy pipeline (name or folder)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")

    docs = [(str(doc["id"]), str(doc["text"])) for doc in load_documents(args.data, "bench_read")][: args.limit]
    n_docs = len(docs)
    n_chars = sum(len(text) for _, text in docs)
    pinning = pin_to_one_core()

    # Lexicon loading happens once per process; time it apart from the reading.
    t0 = time.perf_counter()
    load_lexicon()
    lexicon_seconds = time.perf_counter() - t0

    peer = None
    if args.peer_model is not None:
        try:
            peer = peer_reader(args.peer_model)
        except (ImportError, OSError) as exc:
            print(f"bench_read: no peer to compare with: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 2
    read_times, statements = timed(read_all, docs, args.repeat)
    scan_times, marks = timed(scan_all, docs, args.repeat)
    peer_times, peer_quotes = timed(peer[0], docs, args.repeat) if peer is not None else ([], 0)
    rss = maxrss_mib()  # before tracemalloc, whose own bookkeeping would inflate it

    # Memory in a separate, untimed pass: tracemalloc slows Python down a lot.
    tracemalloc.start()
    read_all(docs)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    best_read, best_scan = min(read_times), min(scan_times)
    print(f"quotetrack {quotetrack.__version__} read(backend='embedded'), Python {platform.python_version()} "
          f"on {platform.machine()} {platform.system()}; {pinning}")
    print(f"data                 {args.data}")
    print(f"documents            {n_docs}")
    print(f"characters           {n_chars}")
    print(f"statements found     {statements}")
    print(f"lexicon load         {lexicon_seconds:.3f} s (once per process, not in the figures below)")
    print(f"reading, seconds     best {best_read:.3f}, median {statistics.median(read_times):.3f} "
          f"of {args.repeat} pass(es)")
    print(f"reading, documents/s {n_docs / best_read:.1f}")
    print(f"reading, chars/s     {n_chars / best_read:.0f}")
    print(f"peak memory, reading {traced_peak / (1024 * 1024):.1f} MiB (tracemalloc peak over one pass)")
    if rss is None:
        print("peak memory, process not available (no resource module on this platform)")
    else:
        print(f"peak memory, process {rss:.1f} MiB (getrusage maxrss, whole process, before the tracemalloc pass)")
    print(f"regex scan, seconds  best {best_scan:.4f}, median {statistics.median(scan_times):.4f} "
          f"({marks} quotation marks)")
    print(f"regex scan, chars/s  {n_chars / best_scan:.0f}")
    print(f"ratio                reading takes {best_read / best_scan:.0f}x the time of the regex scan")
    if peer is not None:
        best_peer = min(peer_times)
        print(f"peer                 {peer[1]}: best {best_peer:.3f} s, median {statistics.median(peer_times):.3f} "
              f"({peer_quotes} direct quotations)")
        print(f"peer ratio           reading is {best_peer / best_read:.1f}x as fast as the peer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
