#!/usr/bin/env python3
"""Compare the reading speed of two checkouts of quotetrack, A and B, in alternating short rounds.

Usage::

    python bench/bench_ab.py [A] [B] [--data PATH] [--limit N] [--chunk N] [--rounds N]
                             [--hostile CASE,... --size CHARS] [--cpu N] [--no-check]

A and B are each a git ref of this repository (exported with ``git archive`` to a temporary
folder) or a folder holding a ``quotetrack`` package; by default A is ``HEAD`` and B the
working tree this script is in. Each is imported in its own child process, kept alive for
the whole run, with the lexicons loaded and one untimed warm-up pass made before the clock
starts. The documents (by default the first 100 dev articles) are cut into chunks of
``--chunk`` articles; each round reads one chunk with A and with B, one after the other,
the order alternating from round to round (ABBA...), and the rounds cycle through the chunks.
On a shared machine the load changes over seconds, so two readings a fraction of a second
apart see about the same machine: the ratio B / A of each round is far steadier than the
ratio of two whole runs made a minute apart.

Printed: the median over the rounds of B's time over A's (CPU seconds of the child,
``time.process_time``, and wall seconds), the interquartile range of the rounds' ratios,
a 95% bootstrap interval of the median, and the total seconds of each. A ratio under 1
means B is faster. With ``--hostile`` the texts are the generated hostile cases of
``tests/adversarial_texts.py`` (one text a case, ``--size`` characters), one text a chunk.
Unless ``--no-check``, both children first read every text once more and the script says
whether their readings (the JSONL records) are identical. Every figure printed is measured
in that run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]
DEFAULT_DATA = HERE.parents[2] / "shared/eval/dev.jsonl"


def worker(root: str, cpu: int | None) -> int:
    """The child: import quotetrack from ``root``, then answer the parent's requests on stdin, a JSON line each."""
    sys.path.insert(0, root)
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    import gc

    import quotetrack
    from quotetrack.lexicon import load_lexicon
    from quotetrack.records import article_record

    where = Path(quotetrack.__file__).resolve().parents[1]
    if where != Path(root).resolve():
        print(json.dumps({"error": f"quotetrack imported from {where}, not {root}"}), flush=True)
        return 1
    load_lexicon()
    docs: list[tuple[str, str]] = []
    print(json.dumps({"ready": str(where)}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "docs":
            docs = [(d[0], d[1]) for d in request["docs"]]
            answer: dict[str, object] = {"n": len(docs)}
        elif request["op"] == "read":
            chunk = [docs[i] for i in request["indices"]]
            gc.collect()
            c0, t0 = time.process_time(), time.perf_counter()
            found = sum(len(quotetrack.read(text, id=doc_id, backend="embedded").statements) for doc_id, text in chunk)
            answer = {"cpu": time.process_time() - c0, "wall": time.perf_counter() - t0, "statements": found}
        elif request["op"] == "digest":
            digest = hashlib.sha256()
            for doc_id, text in docs:
                record = article_record(quotetrack.read(text, id=doc_id, backend="embedded"))
                digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode() + b"\n")
            answer = {"digest": digest.hexdigest()}
        else:
            answer = {"error": f"unknown op {request['op']!r}"}
        print(json.dumps(answer), flush=True)
    return 0


class Child:
    """One checkout's worker process."""

    def __init__(self, name: str, root: Path, cpu: int | None) -> None:
        command = [sys.executable, str(HERE), "--worker", str(root)]
        if cpu is not None:
            command += ["--cpu", str(cpu)]
        env = dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0")
        self.name = name
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        hello = self._answer()
        if "error" in hello:
            raise SystemExit(f"bench_ab: {name}: {hello['error']}")

    def _answer(self) -> dict:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"bench_ab: the child of {self.name} ended (status {self.proc.wait()})")
        return json.loads(line)

    def ask(self, **request: object) -> dict:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        answer = self._answer()
        if "error" in answer:
            raise SystemExit(f"bench_ab: {self.name}: {answer['error']}")
        return answer

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def checkout(spec: str, tmp: Path, label: str) -> tuple[Path, str]:
    """The folder holding the ``quotetrack`` package of ``spec`` (a folder, or a git ref exported into ``tmp``)."""
    folder = Path(spec)
    if (folder / "quotetrack" / "__init__.py").is_file():
        return folder.resolve(), f"folder {folder.resolve()}"
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", spec], check=True,
                                capture_output=True, text=True).stdout.strip()
    except subprocess.CalledProcessError:
        raise SystemExit(f"bench_ab: {spec!r} is neither a folder with a quotetrack package nor a git ref")
    target = tmp / label
    target.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", spec, "quotetrack"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target, f"git {spec} ({commit})"


def load_texts(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The texts to read: the first ``--limit`` documents of ``--data``, or the hostile cases."""
    if args.hostile:
        sys.path.insert(0, str(REPO / "tests"))
        from adversarial_texts import GENERATORS

        cases = [c.strip() for c in args.hostile.split(",") if c.strip()]
        unknown = [c for c in cases if c not in GENERATORS]
        if unknown:
            raise SystemExit(f"bench_ab: unknown case(s) {', '.join(unknown)}; choose from {', '.join(GENERATORS)}")
        return [(case, GENERATORS[case](args.size)) for case in cases]
    if not args.data.is_file():
        raise SystemExit(f"bench_ab: no data file at {args.data} (pass --data PATH)")
    docs = []
    with args.data.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                doc = json.loads(line)
                docs.append((str(doc["id"]), str(doc["text"])))
            if args.limit is not None and len(docs) >= args.limit:
                break
    return docs


def summary(ratios: list[float], seed: int = 0) -> str:
    """Median, interquartile range and a 95% bootstrap interval of the median of ``ratios``."""
    rng = random.Random(seed)
    medians = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(1000))
    q1, _, q3 = statistics.quantiles(ratios, n=4)
    return (f"median {statistics.median(ratios):.3f}  IQR {q1:.3f}-{q3:.3f}  "
            f"95% CI of the median {medians[25]:.3f}-{medians[974]:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", nargs="?", default="HEAD", help="git ref or folder of checkout A (default: HEAD)")
    parser.add_argument("b", nargs="?", default=str(REPO), help="git ref or folder of checkout B (default: this tree)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"JSONL of texts (default: {DEFAULT_DATA})")
    parser.add_argument("--limit", type=int, default=100, help="read the first N documents (default 100)")
    parser.add_argument("--chunk", type=int, default=10, help="documents a round (default 10)")
    parser.add_argument("--rounds", type=int, default=60, help="rounds, each reading a chunk with A and B (default 60)")
    parser.add_argument("--hostile", default=None, metavar="CASE,...", help="read these hostile cases instead")
    parser.add_argument("--size", type=int, default=200_000, help="characters of a hostile text (default 200,000)")
    parser.add_argument("--cpu", type=int, default=None, help="pin both children to this CPU (default: not pinned)")
    parser.add_argument("--no-check", action="store_true", help="do not compare the two checkouts' readings")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        return worker(args.worker, args.cpu)

    texts = load_texts(args)
    step = 1 if args.hostile else max(1, args.chunk)
    chunks = [list(range(i, min(i + step, len(texts)))) for i in range(0, len(texts), step)]
    with tempfile.TemporaryDirectory(prefix="bench_ab.") as folder:
        (root_a, about_a), (root_b, about_b) = (checkout(args.a, Path(folder), "a"),
                                                checkout(args.b, Path(folder), "b"))
        children = [Child("A", root_a, args.cpu), Child("B", root_b, args.cpu)]
        try:
            for child in children:
                child.ask(op="docs", docs=texts)
            print(f"A: {about_a}\nB: {about_b}")
            pinned = f"pinned to {args.cpu}" if args.cpu is not None else "not pinned"
            print(f"{len(texts)} texts, {sum(len(t) for _, t in texts):,} characters, {len(chunks)} chunk(s), "
                  f"{args.rounds} rounds; CPU {pinned}; "
                  f"load average at start {os.getloadavg()[0]:.2f}")
            if not args.no_check:
                digests = [child.ask(op="digest")["digest"] for child in children]
                print("readings:", "identical" if digests[0] == digests[1] else "DIFFERENT", flush=True)
            for child in children:  # warm-up: every chunk once, untimed
                for chunk in chunks:
                    child.ask(op="read", indices=chunk)
            cpu_ratios, wall_ratios, per_chunk = [], [], {}
            totals = {"A": [0.0, 0.0], "B": [0.0, 0.0]}
            for r in range(args.rounds):
                chunk = chunks[r % len(chunks)]
                order = children if r % 4 in (0, 3) else children[::-1]
                got = {child.name: child.ask(op="read", indices=chunk) for child in order}
                for name in "AB":
                    totals[name][0] += got[name]["cpu"]
                    totals[name][1] += got[name]["wall"]
                cpu_ratios.append(got["B"]["cpu"] / max(got["A"]["cpu"], 1e-9))
                wall_ratios.append(got["B"]["wall"] / max(got["A"]["wall"], 1e-9))
                per_chunk.setdefault(r % len(chunks), []).append(cpu_ratios[-1])
        finally:
            for child in children:
                child.close()
    print(f"load average at end {os.getloadavg()[0]:.2f}")
    if args.hostile:
        for i, ratios in per_chunk.items():
            print(f"  {texts[i][0]:<18} CPU B/A median {statistics.median(ratios):.3f} over {len(ratios)} rounds")
    print(f"CPU  B/A  {summary(cpu_ratios)}")
    print(f"wall B/A  {summary(wall_ratios)}")
    print(f"total CPU s  A {totals['A'][0]:.2f}  B {totals['B'][0]:.2f}  (B/A {totals['B'][0] / totals['A'][0]:.3f}); "
          f"total wall s  A {totals['A'][1]:.2f}  B {totals['B'][1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
