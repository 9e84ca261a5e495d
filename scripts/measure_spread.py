"""The headline reading figures with their sampling spread: on the whole set, on two random halves, and as
bootstrap intervals over articles.

    python scripts/measure_spread.py --pred pred.jsonl [--gold ../shared/eval/dev.jsonl]
                                     [--scorer ../shared/eval/score.py] [--resamples 200] [--seed 0]

The scorer is the evaluation's own ``score.py`` (imported from where it is, never copied): its ``score(gold,
pred, types=None)`` is called on the whole set, on each half of a seeded random split of the articles, and on
``--resamples`` bootstrap samples (articles drawn with replacement, as many as there are). Figures: direct,
mixed and indirect F1 (lenient), speaker right on the direct and mixed statements found, and end-to-end
attribution F1. The interval printed is the 2.5th to 97.5th percentile of the bootstrap figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import statistics
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_EVAL = os.path.join(HERE, os.pardir, os.pardir, "shared", "eval")
FIGURES = ("direct F1", "mixed F1", "indirect F1", "speaker (direct+mixed)", "end-to-end F1")


def load_scorer(path: str) -> ModuleType:
    """The evaluation's score.py, imported from ``path``."""
    spec = importlib.util.spec_from_file_location("quotetrack_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import a scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures(scorer: ModuleType, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, float]:
    """The headline figures of one scoring."""
    everything = scorer.score(gold, pred)
    quoted = scorer.score(gold, pred, types={"direct", "mixed"})
    by_type = everything["by_type_lenient"]
    return {
        "direct F1": by_type["direct"]["f1"], "mixed F1": by_type["mixed"]["f1"],
        "indirect F1": by_type["indirect"]["f1"], "speaker (direct+mixed)": quoted["speaker_name_accuracy"],
        "end-to-end F1": everything["attribution_end_to_end"]["f1"],
    }


def resample(gold: Mapping[str, Any], pred: Mapping[str, Any], ids: list[str],
             rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """A bootstrap sample: articles drawn with replacement, each draw under its own id."""
    drawn = [rng.choice(ids) for _ in ids]
    return ({f"{i}#{n}": gold[i] for n, i in enumerate(drawn)},
            {f"{i}#{n}": pred[i] for n, i in enumerate(drawn) if i in pred})


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None, out: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pred", required=True, help="the reading, as quotetrack extract --format jsonl writes it")
    parser.add_argument("--gold", default=os.path.join(SHARED_EVAL, "dev.jsonl"))
    parser.add_argument("--scorer", default=os.path.join(SHARED_EVAL, "score.py"))
    parser.add_argument("--resamples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for path in (args.pred, args.gold, args.scorer):
        if not os.path.exists(path):
            out(f"measure_spread: no such file: {path}")
            return 2
    scorer = load_scorer(args.scorer)
    gold, pred = scorer.load(args.gold), scorer.load(args.pred)
    ids = sorted(gold)
    rng = random.Random(args.seed)
    shuffled = rng.sample(ids, len(ids))
    halves = [sorted(shuffled[: len(ids) // 2]), sorted(shuffled[len(ids) // 2 :])]
    rows = {"all": figures(scorer, gold, pred)}
    for name, half in zip(("half 1", "half 2"), halves):
        rows[name] = figures(scorer, {i: gold[i] for i in half}, {i: pred[i] for i in half if i in pred})
    samples = [figures(scorer, *resample(gold, pred, ids, rng)) for _ in range(args.resamples)]
    out(f"{len(ids)} articles; halves of {len(halves[0])} and {len(halves[1])} (seed {args.seed}); "
        f"{args.resamples} bootstrap resamples")
    out("| figure | all | 95% interval | sd | half 1 | half 2 |")
    out("|---|---|---|---|---|---|")
    for figure in FIGURES:
        values = [s[figure] for s in samples]
        spread = ("–", "–")
        if len(values) > 1:
            low, high = percentile(values, 0.025), percentile(values, 0.975)
            spread = (f"{low:.3f}–{high:.3f}", f"{statistics.stdev(values):.3f}")
        out(f"| {figure} | {rows['all'][figure]:.3f} | {spread[0]} | {spread[1]} | {rows['half 1'][figure]:.3f} "
            f"| {rows['half 2'][figure]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
