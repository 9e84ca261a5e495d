"""Command line: ``python -m fuzz --seconds N [--mode generate|atheris] [--seed S] [--budget SECONDS] ...``.

Prints each distinct failure (the minimised text escaped with ``repr``) and a summary
line, or with ``--json`` one JSON object; exits with status 1 if any input failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fuzz.check import DEFAULT_BUDGET
from fuzz.regressions import DEFAULT_DIR

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m fuzz``."""
    p = argparse.ArgumentParser(prog="python -m fuzz", description="Fuzz quotetrack.read for crashes, hangs and "
                                "bad offsets; minimise what fails into tests/regressions/.")
    p.add_argument("--seconds", type=float, required=True, help="how long to fuzz")
    p.add_argument("--mode", choices=("generate", "atheris"), default="generate",
                   help="generated news-like text (default), or coverage-guided atheris/libFuzzer")
    p.add_argument("--seed", type=int, default=0, help="seed of the generator (and of libFuzzer, plus one)")
    p.add_argument("--budget", type=float, default=DEFAULT_BUDGET, metavar="SECONDS",
                   help=f"seconds one reading may take before it counts as a hang (default {DEFAULT_BUDGET:g})")
    p.add_argument("--out", type=Path, default=DEFAULT_DIR, help=f"regression directory (default {DEFAULT_DIR})")
    p.add_argument("--max-inputs", type=int, default=None, metavar="K", help="stop after K inputs")
    p.add_argument("--minimize-seconds", type=float, default=120.0, metavar="SECONDS",
                   help="time limit of each minimisation (default 120)")
    p.add_argument("--corpus", type=Path, default=None, help="atheris corpus directory (default fuzz/corpus)")
    p.add_argument("--keep-work", action="store_true", help="atheris: keep libFuzzer's logs and artifacts")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; return the exit status (1 if anything failed)."""
    args = parser().parse_args(argv)
    if args.mode == "atheris":
        from fuzz.atheris_mode import DEFAULT_CORPUS, run_atheris

        summary = run_atheris(seconds=args.seconds, seed=args.seed, budget=args.budget, out=args.out,
                              max_inputs=args.max_inputs, minimize_seconds=args.minimize_seconds,
                              corpus=args.corpus or DEFAULT_CORPUS, keep_work=args.keep_work)
    else:
        from fuzz.driver import run_generate

        summary = run_generate(seconds=args.seconds, seed=args.seed, budget=args.budget, out=args.out,
                               max_inputs=args.max_inputs, minimize_seconds=args.minimize_seconds)
    from fuzz.driver import print_summary

    print_summary(summary, as_json=args.json)
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
