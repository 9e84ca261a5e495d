#!/usr/bin/env python3
"""``quotetrack ingest`` (or ``extract``) at 1, 2, ... jobs: wall time, and the CPU time of the parent and workers.

Usage::

    python bench/bench_jobs.py [--data PATH] [--jobs 1,2] [--command ingest|extract] [--repeat N]

Each run is a fresh child process running the command on ``--data`` (default: the dev set next to
the repository) with ``--backend embedded --quiet``, into a new temporary corpus for ``ingest``
(output to /dev/null for ``extract``). The child reports its wall time and, from ``getrusage``,
its own CPU time (the parent: reading with one job, storing) and that of its reaped workers.
On a machine shared with other work, wall time depends on the load; the CPU times do much less,
and ``max(parent, (parent + workers) / cores)`` is what the run would take on idle cores.
Runs are interleaved (1, 2, 1, 2, ...). Every figure printed is measured in that run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"

CHILD = r"""
import contextlib, json, os, resource, sys, time
from quotetrack.cli import main
command, data, jobs, target = sys.argv[1:5]
args = [command, data, "--backend", "embedded", "--jobs", jobs, "--quiet"]
t = time.perf_counter()
if command == "ingest":
    main(args + ["--db", target])
else:
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        main(args + ["--format", "jsonl"])
wall = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "parent": me.ru_utime + me.ru_stime, "workers": kids.ru_utime + kids.ru_stime,
                  "load": os.getloadavg()[0]}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="JSONL of {id, text} (default: the dev set)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts (default 1,2)")
    parser.add_argument("--command", choices=("ingest", "extract"), default="ingest")
    parser.add_argument("--repeat", type=int, default=1, help="rounds, interleaved")
    args = parser.parse_args(argv)
    if not Path(args.data).is_file():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    cores = os.cpu_count() or 1
    print(f"quotetrack {args.command} {args.data}; {cores} CPUs")
    print(f"{'jobs':>4} {'wall s':>8} {'parent CPU s':>13} {'workers CPU s':>14} {'on idle cores s':>16} {'load':>5}")
    for _ in range(args.repeat):
        for jobs in [int(j) for j in args.jobs.split(",")]:
            with tempfile.TemporaryDirectory() as folder:
                out = subprocess.run([sys.executable, "-c", CHILD, args.command, args.data, str(jobs),
                                      str(Path(folder, "corpus.db"))], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            idle = max(r["parent"], (r["parent"] + r["workers"]) / min(cores, max(jobs, 1)))
            print(f"{jobs:>4} {r['wall']:>8.1f} {r['parent']:>13.1f} {r['workers']:>14.1f} {idle:>16.1f} "
                  f"{r['load']:>5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
