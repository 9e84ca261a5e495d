#!/usr/bin/env python3
"""How a long document read window by window differs from the same document read whole.

Usage::

    python bench/bench_long.py [--data PATH] [--limit N] [--window CHARS] [--out DIR]

The articles of ``--data`` (default: the dev set next to the repository) are joined, a blank line
between two, into one long text. It is read three ways, each in a fresh child process (so that
its peak memory is its own): article by article (``per-article``), as one text read whole
(``whole``: ``window=None``) and as one text read window by window (``windowed``). For each it
prints the time, the child's peak resident memory (``ru_maxrss``) and the statements found; then
how the whole and windowed readings of the long text agree (statements of the same span and
kind, and of those how many have the same speaker and organisation; responses of the same
statement and ends). With ``--out DIR`` each reading is cut back into the articles (offsets
from each article's start) and written as ``DIR/{per-article,whole,windowed}.jsonl``, one
``{"id", "statements": [{"start", "end", "kind", "speaker"}]}`` line an article, for a scorer
(``score.py --gold DATA --pred DIR/windowed.jsonl``). Every figure printed is measured in that run.
"""

from __future__ import annotations

import argparse
import bisect
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
SEPARATOR = "\n\n"


def _statement(statement: Any, shift: int) -> dict[str, Any]:
    speaker = statement.speaker
    return {"start": statement.start - shift, "end": statement.end - shift, "kind": statement.kind,
            "speaker": speaker.name if speaker is not None else None,
            "organisation": speaker.organisation.name if speaker is not None and speaker.organisation else None}


def _read(mode: str, data: str, limit: int | None, window: int) -> dict[str, Any]:
    """Read in this (child) process; return the figures and the statements, offsets into the long text."""
    import quotetrack
    from quotetrack.lexicon import load_lexicon

    lexicon = load_lexicon()
    docs = [json.loads(line) for line in Path(data).read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    starts, text = [], ""
    pieces = []
    offset = 0
    for doc in docs:
        starts.append(offset)
        pieces.append(doc["text"])
        offset += len(doc["text"]) + len(SEPARATOR)
    text = SEPARATOR.join(pieces)
    t0 = time.perf_counter()
    statements: list[dict[str, Any]] = []
    responses: list[tuple[int, str, str]] = []
    if mode == "per-article":
        for start, doc in zip(starts, docs):
            article = quotetrack.read(doc["text"], backend="embedded", lexicon=lexicon)
            statements += [_statement(s, -start) for s in article.statements]
    else:
        article = quotetrack.read(text, backend="embedded", lexicon=lexicon, window=None if mode == "whole" else window)
        statements = [_statement(s, 0) for s in article.statements]
        responses = [(article.statements[r.statement].start, r.source, r.target) for r in article.responses]
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return {"mode": mode, "seconds": seconds, "rss": rss, "chars": len(text), "statements": statements,
            "responses": responses, "starts": starts, "ids": [str(d.get("id")) for d in docs]}


def _write(path: Path, result: dict[str, Any]) -> None:
    """The reading cut back into its articles."""
    starts, ids = result["starts"], result["ids"]
    by_article: list[list[dict[str, Any]]] = [[] for _ in ids]
    for s in result["statements"]:
        k = bisect.bisect_right(starts, s["start"]) - 1
        by_article[k].append({**s, "start": s["start"] - starts[k], "end": s["end"] - starts[k]})
    with path.open("w", encoding="utf-8") as out:
        for doc_id, statements in zip(ids, by_article):
            out.write(json.dumps({"id": doc_id, "statements": statements}) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="JSONL of {id, text} (default: the dev set)")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only")
    parser.add_argument("--window", type=int, default=None, help="window size in characters (default: the library's)")
    parser.add_argument("--out", default=None, help="folder for the predictions cut back into articles")
    args = parser.parse_args(argv)
    if not Path(args.data).is_file():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    from quotetrack.windows import WINDOW

    window = args.window or WINDOW
    results = {}
    context = multiprocessing.get_context("spawn")
    for mode in ("per-article", "whole", "windowed"):
        with context.Pool(1) as pool:
            results[mode] = pool.apply(_read, (mode, args.data, args.limit, window))
    chars = results["whole"]["chars"]
    print(f"{len(results['whole']['ids'])} articles joined into one text of {chars:,} characters; window {window:,}")
    print(f"{'reading':<12} {'seconds':>8} {'peak RSS MiB':>13} {'statements':>11} {'responses':>10}")
    for mode, r in results.items():
        responses = len(r["responses"]) if mode != "per-article" else "-"
        print(f"{mode:<12} {r['seconds']:>8.2f} {r['rss'] / 2**20:>13.1f} {len(r['statements']):>11,} {responses:>10}")
    key = ("start", "end", "kind")
    whole = {tuple(s[k] for k in key): s for s in results["whole"]["statements"]}
    windowed = {tuple(s[k] for k in key): s for s in results["windowed"]["statements"]}
    both = whole.keys() & windowed.keys()
    print(f"whole and windowed: {len(both):,} statements of the same span and kind, {len(whole.keys() - both):,} "
          f"whole only, {len(windowed.keys() - both):,} windowed only; of the shared, "
          f"{sum(whole[k]['speaker'] == windowed[k]['speaker'] for k in both):,} same speaker, "
          f"{sum(whole[k]['organisation'] == windowed[k]['organisation'] for k in both):,} same organisation")
    rw, rv = set(results["whole"]["responses"]), set(results["windowed"]["responses"])
    print(f"responses: {len(rw & rv):,} the same, {len(rw - rv):,} whole only, {len(rv - rw):,} windowed only")
    if args.out:
        folder = Path(args.out)
        folder.mkdir(parents=True, exist_ok=True)
        for mode, r in results.items():
            _write(folder / f"{mode}.jsonl", r)
        print(f"predictions in {folder}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
