"""Train the learned combination of response evidence (quotetrack/responses/learned.py) on annotated responses, and
cross-validate it by article (docs/responses.md, "The learned combination").

    python scripts/train_responses.py [CORPUS.jsonl ...] [--out FILE] [--folds 5] [--seed 13] [--l2 1.0]
                                      [--precision 0.8] [--rows ROWS.json]

CORPUS lines have the gold shape of the evaluation's reading check: ``id``, ``text`` and ``responses`` (``source``,
``target``, ``target_alternatives``); by default the corpus written for the purpose
(quotetrack/datasets/data/written_responses.jsonl). Each text is read by quotetrack; every pair of a statement and an
earlier party it may answer (:func:`quotetrack.pipeline.response_rows`) is a row, positive when its source and target
are the ends of an annotated response, names compared as the reading check compares them (the same words, or the
shorter name's words within the longer's and its last word the longer's first or last; courtesy titles and
honorifics aside). The model is a logistic regression with an L2 penalty (the bias unpenalised), fitted by Newton's
method: the same rows give the same weights. Cross-validation holds out whole articles (folds drawn with ``--seed``):
each statement's likeliest party by its held-out probability gets the model's sign when the probability reaches a
threshold and the hand-set signs report no other party, combined with the party's hand-set confidence as the reader
combines them (:func:`edge_scores`); the reported pairs are scored as the reading check scores edges (per article: a
gold response is found when some reported pair has its ends; a reported pair is right when some gold response has
its ends). The threshold written is the lowest of the grid at which the pairs the model's sign adds (those the
hand-set combination alone does not report) reach ``--precision`` in pooled cross-validation; the weights are fitted
on every row.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from quotetrack.datasets import WRITTEN_RESPONSES_FILES
from quotetrack.lexicon import load_lexicon
from quotetrack.pipeline import response_rows
from quotetrack.responses import MIN_CONFIDENCE
from quotetrack.responses.learned import FEATURES, eligible

ROOT = Path(__file__).resolve().parents[1]
CORPUS = tuple(str(ROOT / "quotetrack" / "datasets" / "data" / name) for name in WRITTEN_RESPONSES_FILES)
MODEL = ROOT / "quotetrack" / "responses" / "data" / "response_model.json"
GRID = tuple(round(0.05 * k, 2) for k in range(8, 20))  # under 0.4 the sign never reaches the floor alone
MARGINS = (0.0, 0.1, 0.2, 0.3)  # how far the likeliest party stands above the next

Row = tuple[str, int, str, str, tuple[float, ...]]  # article, statement, source, target, features


class Names:
    """Names compared as the reading check compares them, on the lexicon's courtesy titles and pronouns."""

    def __init__(self) -> None:
        lexicon = load_lexicon()
        self.dropped = frozenset(lexicon.courtesy_titles) | frozenset(lexicon.honorifics)
        self.pronouns = frozenset(lexicon.pronouns)

    def words(self, name: str | None) -> list[str]:
        if not name:
            return []
        name = unicodedata.normalize("NFKD", str(name))
        name = "".join(c for c in name if not unicodedata.combining(c)).lower().replace("’", "'")
        name = "".join(c if c.isalnum() or c == "'" else " " for c in name)
        words = (w[:-2] if w.endswith("'s") else w.strip("'") for w in name.split())
        return [w for w in words if w and w not in self.dropped]

    def same(self, a: str | None, b: str | None) -> bool:
        p, g = self.words(a), self.words(b)
        if not p or not g or set(p) <= self.pronouns:
            return False
        if p == g:
            return True
        shorter, longer = (p, g) if len(p) <= len(g) else (g, p)
        return set(shorter) <= set(longer) and shorter[-1] in (longer[-1], longer[0])


def gold_edges(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """An annotated article's responses: source, and target with its alternatives."""
    return [(e["source"], [e["target"], *(e.get("target_alternatives") or [])]) for e in record.get("responses", [])]


def label(names: Names, source: str, target: str, edges: Sequence[tuple[str, list[str]]]) -> bool:
    """Whether a pair's ends are an annotated response's."""
    return any(names.same(source, s) and any(names.same(target, t) for t in targets) for s, targets in edges)


def read_rows(records: Iterable[dict[str, Any]]) -> list[Row]:
    """Every candidate pair of every article, read by quotetrack."""
    return [(r["id"], i, source, target, vector) for r in records
            for i, source, target, vector in response_rows(r["text"])]


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50) -> np.ndarray:
    """Logistic regression weights (the bias last) by Newton's method, an L2 penalty on all but the bias."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -30, 30)))
        gradient = a.T @ (p - y) + penalty * w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(a.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def probabilities(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ w[:-1] + w[-1], -30, 30)))


def edge_scores(rows: Sequence[Row], scores: np.ndarray, threshold: float, gold: dict[str, list[tuple[str, list[str]]]],
                names: Names, margin: float = 0.0) -> tuple[int, int, int, int, int, int]:
    """Gold responses found, gold responses, reported pairs right, reported pairs, and of these the right and all
    that the model's sign added (pairs the hand-set combination alone does not report), as the reader combines the
    model's sign with the hand-set ones: each statement's likeliest party by the model (among the :func:`eligible`)
    gets a sign at its probability when it reaches ``threshold``, stands ``margin`` above the next likeliest, and
    the hand-set signs report no other party, combined (noisy-or) with the party's hand-set confidence (the
    ``rules`` feature); the party of the highest combined confidence is reported when it reaches 0.5. Scored per
    article as the reading check scores edges (the reading's other passes aside)."""
    rules = FEATURES.index("rules")
    top: dict[tuple[str, int], int] = {}
    runner_up: dict[tuple[str, int], float] = {}
    for n, row in enumerate(rows):
        key = (row[0], row[1])
        if not eligible(row[4]):
            continue
        if key not in top or scores[n] > scores[top[key]]:
            if key in top:
                runner_up[key] = max(runner_up.get(key, 0.0), float(scores[top[key]]))
            top[key] = n
        else:
            runner_up[key] = max(runner_up.get(key, 0.0), float(scores[n]))
    top = {key: n for key, n in top.items() if scores[n] - runner_up.get(key, 0.0) >= margin - 1e-12}
    ruled = FEATURES.index("rules_chosen")
    chosen = {(row[0], row[1]) for row in rows if row[4][ruled]}
    best: dict[tuple[str, int], tuple[float, str, str, bool]] = {}
    for n, (doc, i, source, target, vector) in enumerate(rows):
        confidence = vector[rules]
        if top.get((doc, i)) == n and scores[n] >= threshold and ((doc, i) not in chosen or vector[ruled]):
            confidence = 1 - (1 - confidence) * (1 - scores[n])
        if confidence >= MIN_CONFIDENCE and confidence > best.get((doc, i), (-1.0, "", "", False))[0]:
            best[doc, i] = (float(confidence), source, target, (doc, i) not in chosen)
    reported: dict[str, list[tuple[str, str, bool]]] = {}
    for (doc, _), (_, source, target, added) in best.items():
        reported.setdefault(doc, []).append((source, target, added))
    hit = right = pred = total = added_right = added = 0
    for doc, edges in gold.items():
        pairs = reported.get(doc, [])
        total += len(edges)
        pred += len(pairs)
        hit += sum(any(label(names, s, t, [edge]) for s, t, _ in pairs) for edge in edges)
        right += sum(label(names, s, t, edges) for s, t, _ in pairs)
        added += sum(new for _, _, new in pairs)
        added_right += sum(new and label(names, s, t, edges) for s, t, new in pairs)
    return hit, total, right, pred, added_right, added


def article_folds(rows: Sequence[Row], folds: int, seed: int) -> dict[str, int]:
    """Each article's fold: whole articles drawn into ``folds`` folds with ``seed``."""
    docs = sorted({r[0] for r in rows})
    order = np.random.default_rng(seed).permutation(len(docs))
    return {docs[k]: n % folds for n, k in enumerate(order)}


def writer_of(record: dict[str, Any]) -> str:
    """Who wrote an article: its ``meta`` ``writer``, else the prefix of its id (``written/001``: ``written``)."""
    return str((record.get("meta") or {}).get("writer") or str(record["id"]).split("/")[0])


def cross_validate(rows: Sequence[Row], y: np.ndarray, fold_of: dict[str, int], l2: float) -> np.ndarray:
    """Each row's log-odds from a model fitted without its fold (``fold_of``: an article's fold)."""
    x = np.array([r[4] for r in rows])
    held = np.array([fold_of[r[0]] for r in rows])
    out = np.zeros(len(rows))
    for f in sorted(set(fold_of.values())):
        w = fit(x[held != f], y[held != f], l2)
        out[held == f] = x[held == f] @ w[:-1] + w[-1]
    return out


def top_pairs(rows: Sequence[Row], scores: np.ndarray) -> list[int]:
    """The row of each statement's likeliest :func:`eligible` party: the pairs the model's sign may go to."""
    top: dict[tuple[str, int], int] = {}
    for n, row in enumerate(rows):
        key = (row[0], row[1])
        if eligible(row[4]) and (key not in top or scores[n] > scores[top[key]]):
            top[key] = n
    return sorted(top.values())


def calibrate(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt's calibration: the scale and shift of log-odds ``z`` that fit outcomes ``y`` (a logistic regression on
    one feature, unpenalised); the scale is kept positive, so the calibration is monotone."""
    scale, shift = fit(z[:, None], y, 0.0)
    return max(float(scale), 1e-6), float(shift)


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 10) -> list[tuple[float, float, int, float, float]]:
    """Bins of predicted probability: low and high ends, the pairs, their mean probability and the share right."""
    table = []
    for k in range(bins):
        low, high = k / bins, (k + 1) / bins
        inside = (p >= low) & ((p < high) if k < bins - 1 else (p <= high))
        if inside.any():
            table.append((low, high, int(inside.sum()), float(p[inside].mean()), float(y[inside].mean())))
    return table


def sweep(title: str, rows: Sequence[Row], held: np.ndarray, gold: dict[str, list[tuple[str, list[str]]]],
          names: Names, precision: float, least: int) -> tuple[float, float] | None:
    """Print recall and precision at each threshold and margin of the grid; the pair at which the pairs the model's
    sign adds reach ``precision``, at least ``least`` of them, with the most of them right (the lowest threshold and
    margin on a tie)."""
    hit, total, right, pred, _, _ = edge_scores(rows, held, 2.0, gold, names)
    print(f"{title}\nrules (combination only): R {hit / max(total, 1):.3f} P {right / max(pred, 1):.3f} "
          f"({right}/{pred})")
    chosen, most = None, -1
    print("margin  threshold  recall  precision  (reported)  added by the model: precision (right/added)")
    for margin in MARGINS:
        for threshold in GRID:
            hit, total, right, pred, added_right, added = edge_scores(rows, held, threshold, gold, names, margin)
            print(f"{margin:6.2f}  {threshold:9.2f}  {hit / max(total, 1):6.3f}  {right / pred if pred else 1.0:9.3f}  "
                  f"({right}/{pred})  {added_right / max(added, 1):.3f} ({added_right}/{added})")
            if added >= least and added_right / added >= precision and added_right > most:
                chosen, most = (threshold, margin), added_right
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=list(CORPUS))
    parser.add_argument("--out", default=str(MODEL), help="the model file written (package data by default)")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds of whole articles")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--precision", type=float, default=0.75, help="the cross-validated precision to reach")
    parser.add_argument("--least", type=int, default=20, help="the fewest pairs added that a precision is read on")
    parser.add_argument("--rows", help="read (or, if missing, write) the rows here, to skip reading the texts")
    args = parser.parse_args(argv)
    records = [json.loads(line) for path in args.corpus for line in open(path, encoding="utf-8") if line.strip()]
    names = Names()
    if args.rows and Path(args.rows).exists():
        rows = [(d, i, s, t, tuple(v)) for d, i, s, t, v in json.loads(Path(args.rows).read_text())]
    else:
        rows = read_rows(records)
        if args.rows:
            Path(args.rows).write_text(json.dumps(rows))
    gold = {r["id"]: gold_edges(r) for r in records}
    writers = sorted({writer_of(r) for r in records})
    y = np.array([label(names, s, t, gold[d]) for d, _, s, t, _ in rows], dtype=float)
    print(f"{len(records)} articles by {len(writers)} writers, {sum(len(e) for e in gold.values())} responses; "
          f"{len(rows)} pairs, {int(y.sum())} positive")
    by_article = cross_validate(rows, y, article_folds(rows, args.folds, args.seed), args.l2)
    by_writer = cross_validate(rows, y, {r["id"]: writers.index(writer_of(r)) for r in records}, args.l2) \
        if len(writers) > 1 else by_article
    top = top_pairs(rows, by_writer)  # calibrated where the sign goes: each statement's likeliest party
    scale, shift = calibrate(by_writer[top], y[top])
    article_p, writer_p = (1 / (1 + np.exp(-np.clip(scale * z + shift, -30, 30))) for z in (by_article, by_writer))
    print(f"calibration (Platt, on the likeliest party of each statement, cross-validated by "
          f"{'writer' if len(writers) > 1 else 'article'}): scale {scale:.3f} shift {shift:+.3f}")
    chosen = sweep(f"cross-validated by article ({args.folds} folds, seed {args.seed}), calibrated", rows, article_p,
                   gold, names, args.precision, args.least)
    if len(writers) > 1:  # the threshold holds across writers
        chosen = sweep("cross-validated by writer (trained on the others, tested on one), calibrated", rows, writer_p,
                       gold, names, args.precision, args.least)
    threshold, margin = chosen if chosen is not None else (1.0, 0.0)  # none holds: the sign is never given
    for title, p in (("by article", article_p), ("by writer", writer_p)):
        print(f"reliability, cross-validated {title} (the likeliest party of each statement): "
              "predicted | pairs | mean predicted | right")
        for low, high, count, mean, share in reliability(p[top_pairs(rows, p)], y[top_pairs(rows, p)]):
            print(f"  {low:.1f}-{high:.1f} | {count:4d} | {mean:.3f} | {share:.3f}")
    w = fit(np.array([r[4] for r in rows]), y, args.l2)
    model = {"features": list(FEATURES), "weights": [round(float(v), 6) for v in w[:-1]],
             "bias": round(float(w[-1]), 6), "threshold": threshold, "margin": margin,
             "calibration": {"scale": round(scale, 6), "shift": round(shift, 6)},
             "trained_on": f"{len(records)} articles by {len(writers)} writers, {len(rows)} pairs, {int(y.sum())} "
                           "positive",
             "l2": args.l2, "folds": args.folds, "seed": args.seed}
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"threshold {threshold} margin {margin} (pairs added at cross-validated precision >= {args.precision}, by "
          f"{'writer' if len(writers) > 1 else 'article'}); weights written to {args.out}")
    for name, weight in sorted(zip(FEATURES, w[:-1]), key=lambda p: -abs(p[1]))[:12]:
        print(f"  {name:18} {weight:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
