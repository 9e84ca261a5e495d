#!/usr/bin/env python3
"""Train the embedded backend's tagger and parser on UD English-EWT and write the package data.

Usage::

    python scripts/train_parser.py [--treebank DIR] [--epochs N] [--tagger-epochs N] [--out FILE]

Reads ``train.conllu``, ``dev.conllu`` and ``test.conllu`` from the treebank
directory (by default ``../shared/treebank/en_ewt`` next to the repository) and

1. trains the part-of-speech tagger (greedy averaged perceptron) five times on
   four fifths of the training set, each time tagging the fifth left out, then
   once on all of it;
2. trains the parser (greedy arc-hybrid, averaged perceptron, the dynamic
   oracle of Goldberg and Nivre with error exploration) on the training set
   with the tags of step 1, so that it learns from tags as good as it will
   see; it parses a few dozen sentences side by side and updates the weights
   after each step, and reports dev scores after each epoch;
3. writes both into one ``.npz`` file (by default the packaged model) with the
   treebank licence next to it, loads that file as the runtime does and prints
   UPOS accuracy, UAS and LAS (punctuation included) on the dev and test sets
   and the speed of tagging and parsing the test set.

Training sentences are changed in two ways: in half of them (chosen with the
fixed seed), multiword tokens (``don't``, ``I'm``, ``Bush's``) are joined back
into one word, as some tokenizers leave them; and non-projective trees are made
projective by attaching each crossing dependent to its head's head until no
arcs cross. The run is deterministic.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from quotetrack.backends.embedded.features import (  # noqa: E402
    END,
    FIRST_TAG_ID,
    FIRST_WORD_ID,
    LABELS_LEFT,
    LABELS_RIGHT,
    MODEL_FORMAT,
    MODEL_PATH,
    MOVES,
    NO_TAG,
    NO_WORD,
    ROOT_TAG,
    ROOT_TAG_ID,
    ROOT_WORD,
    START,
    UNKNOWN_WORD,
    Batch,
    FeatureIndex,
    bucket_ranks,
    history_features,
    joint_scores,
    lexical_history_feature,
    move_masks,
    normalise,
    tagger_features,
    universal,
)
from quotetrack.backends.embedded.parser import Parser  # noqa: E402

DEFAULT_TREEBANK = REPO.parent / "shared" / "treebank" / "en_ewt"
STARTED = time.perf_counter()
SEED = 13
FOLDS = 5
MERGE_SHARE = 0.5  # share of training sentences whose multiword tokens are joined into one word
BATCH = 32  # sentences the parser reads side by side while training
EXPLORE_FROM_EPOCH = 1  # the parser follows its own mistakes from the second epoch on
EXPLORE_PROBABILITY = 0.9
MIN_WORD_COUNT = 2  # parser vocabulary: normalised words seen at least this often
# Averaged weights (in units of one update) below these are dropped from the shipped model. Label features
# are many and individually weak: dropping those below 1 halves them and costs under 0.1 point of LAS on dev.
MIN_WEIGHT = {"tagger": 0.05, "move": 0.05, "label": 1.0}
BUCKET_WIDTH = 4  # keys kept per hash bucket of the shipped model, so that a lookup reads one cache line
LICENSE_NOTE = """\
The model in en_ewt_parser.npz (part-of-speech tagger and dependency parser
weights, word lists, tag and relation names) is derived from the Universal
Dependencies English Web Treebank, UD_English-EWT
(https://github.com/UniversalDependencies/UD_English-EWT), licensed under
CC BY-SA 4.0, whose licence follows. It was made by scripts/train_parser.py:
averaged perceptrons trained on train.conllu, in which half of the sentences
had their multiword tokens joined into one word and non-projective trees were
made projective; rare features were dropped and weights rounded to 16-bit
floats. The model is distributed under the same licence, CC BY-SA 4.0.

"""


@attrs.frozen(slots=True)
class Sentence:
    """One treebank sentence.

    Parameters
    ----------
    words, tags, xtags : tuple of str
        Word forms, Universal and English (Penn Treebank) part-of-speech tags.
    heads : tuple of int
        0-based head of each word, -1 for the root.
    relations : tuple of str
        Basic dependency relation of each word.
    multiword : tuple of (int, int, str)
        First and last word (0-based, inclusive) and surface form of each multiword token.
    """

    words: tuple[str, ...]
    tags: tuple[str, ...]
    xtags: tuple[str, ...]
    heads: tuple[int, ...]
    relations: tuple[str, ...]
    multiword: tuple[tuple[int, int, str], ...] = ()

    @property
    def classes(self) -> tuple[str, ...]:
        """The tagger's class of each word: its Universal and English tags (see :func:`universal`)."""
        return tuple(f"{u} {x}" for u, x in zip(self.tags, self.xtags))


def read_conllu(path: Path) -> list[Sentence]:
    """Read the sentences of a CoNLL-U file, skipping empty nodes."""
    sentences = []
    rows: list[list[str]] = []
    multiword: list[tuple[int, int, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line:
            if rows:
                sentences.append(
                    Sentence(
                        words=tuple(r[1] for r in rows),
                        tags=tuple(r[3] for r in rows),
                        xtags=tuple(r[4] for r in rows),
                        heads=tuple(int(r[6]) - 1 for r in rows),
                        relations=tuple(r[7] for r in rows),
                        multiword=tuple(multiword),
                    )
                )
            rows, multiword = [], []
        elif not line.startswith("#"):
            fields = line.split("\t")
            if "-" in fields[0]:
                first, last = fields[0].split("-")
                multiword.append((int(first) - 1, int(last) - 1, fields[1]))
            elif "." not in fields[0]:
                rows.append(fields)
    return sentences


def join_multiword(sentence: Sentence) -> Sentence:
    """Write each multiword token as one word.

    The joined word keeps the tag, head and relation of its first part attached
    outside the token (``do`` of ``don't``, ``Bush`` of ``Bush's``); words
    attached to any part attach to it.
    """
    new_index: dict[int, int] = {}
    kept: list[int] = []
    surface: dict[int, str] = {}
    spans = {first: (last, form) for first, last, form in sentence.multiword}
    i = 0
    while i < len(sentence.words):
        last, form = spans.get(i, (i, sentence.words[i]))
        parts = range(i, last + 1)
        keep = next(p for p in parts if not i <= sentence.heads[p] <= last)
        for p in parts:
            new_index[p] = len(kept)
        kept.append(keep)
        surface[keep] = form
        i = last + 1
    return Sentence(
        words=tuple(surface[k] for k in kept),
        tags=tuple(sentence.tags[k] for k in kept),
        xtags=tuple(sentence.xtags[k] for k in kept),
        heads=tuple(-1 if sentence.heads[k] < 0 else new_index[sentence.heads[k]] for k in kept),
        relations=tuple(sentence.relations[k] for k in kept),
    )


def projectivise(heads: Sequence[int]) -> tuple[int, ...]:
    """Lift crossing arcs, shortest first, to the head's head until the tree is projective.

    Examples
    --------
    >>> projectivise([-1, 3, 0, 0])  # 0 -> 2 crosses 3 -> 1
    (-1, 0, 0, 0)
    """
    heads = list(heads)
    while True:
        crossing = [d for d in range(len(heads)) if heads[d] >= 0 and not _projective_arc(heads, d)]
        if not crossing:
            return tuple(heads)
        dependent = min(crossing, key=lambda d: abs(heads[d] - d))
        heads[dependent] = heads[heads[dependent]]


def _projective_arc(heads: Sequence[int], dependent: int) -> bool:
    """Whether the head of ``dependent`` dominates every word between the two."""
    head = heads[dependent]
    for k in range(min(head, dependent) + 1, max(head, dependent)):
        while k >= 0 and k != head:
            k = heads[k]
        if k != head:
            return False
    return True


def log(message: str) -> None:
    """Print ``message`` after the minutes and seconds since the script started."""
    minutes, seconds = divmod(int(time.perf_counter() - STARTED), 60)
    print(f"[{minutes:2d}:{seconds:02d}] {message}", flush=True)


class Perceptron:
    """Weights of an averaged perceptron, one row per feature and one column per class.

    Averaging keeps, next to each weight, the sum of its updates multiplied by
    the step they were made at, so the average over all steps is
    ``weights - totals / step`` and never has to be accumulated step by step.
    The last row stands for unknown features and is never updated.

    Parameters
    ----------
    rows, n_classes : int
        Number of features and of classes.
    """

    def __init__(self, rows: int, n_classes: int) -> None:
        self.weights = np.zeros((rows + 1, n_classes), dtype=np.float32)
        self.totals = np.zeros((rows + 1, n_classes), dtype=np.float64)
        self.step = 1

    def grow(self, rows: int) -> None:
        """Make room for at least ``rows`` features (doubling, so growth costs linear time overall)."""
        if rows >= len(self.weights):
            extra = max(rows + 1, 2 * len(self.weights)) - len(self.weights)
            self.weights = np.vstack([self.weights, np.zeros((extra, self.weights.shape[1]), np.float32)])
            self.totals = np.vstack([self.totals, np.zeros((extra, self.totals.shape[1]), np.float64)])

    def update(self, rows: np.ndarray, classes: np.ndarray, sign: int) -> None:
        """Add ``sign`` to the weight of ``classes[i]`` for each feature in ``rows[i]`` (unknown ones skipped)."""
        classes = np.broadcast_to(classes[:, None], rows.shape)
        known = rows < len(self.weights) - 1
        at = (rows[known], classes[known])
        np.add.at(self.weights, at, sign)
        np.add.at(self.totals, at, sign * self.step)

    def averaged(self, rows: int) -> np.ndarray:
        """Return the averaged weights of the first ``rows`` features."""
        return (self.weights[:rows] - self.totals[:rows] / self.step).astype(np.float32)


class TaggerTrainer:
    """Trains the greedy tagger (features from :func:`tagger_features` and the tag history).

    Parameters
    ----------
    classes : sequence of str
        The tagger's classes, in column order.
    """

    def __init__(self, classes: Sequence[str]) -> None:
        self.classes = tuple(classes)
        self.class_ids = {c: i for i, c in enumerate(self.classes)}
        self.rows: dict[str, int] = {}
        self.model = Perceptron(1 << 16, len(self.classes))
        self._features: dict[str, tuple[tuple[str, ...], ...]] = {}

    def train(self, sentences: Sequence[Sentence], epochs: int, rng: random.Random) -> None:
        """Train for ``epochs`` passes over ``sentences`` in a fresh random order each pass."""
        order = list(range(len(sentences)))
        for epoch in range(epochs):
            rng.shuffle(order)
            right = total = 0
            for i in order:
                gold = sentences[i].classes
                guesses = self._tag(sentences[i].words, None, self._row, gold)
                right += sum(g == t for g, t in zip(guesses, gold))
                total += len(guesses)
            log(f"  tagger epoch {epoch + 1}: {right / total:.4f} of training tags right")

    def arrays(self) -> dict[str, np.ndarray]:
        """Return the averaged weights, without tiny ones, as arrays of a model file (see ``Parser.from_arrays``)."""
        weights = self.model.averaged(len(self.rows))
        weights = np.where(np.abs(weights) >= MIN_WEIGHT["tagger"], weights, 0)
        keep = weights.any(axis=1)
        return {
            "tags": np.array(self.classes),
            "tagger_features": np.array([f for f, k in zip(self.rows, keep) if k]),
            **sparse_arrays("tagger", weights[keep], np.float16),
        }

    def tagger(self) -> Callable[[Sequence[str]], list[str]]:
        """Return a function tagging words with the averaged weights as they are now."""
        averaged = np.vstack([self.model.averaged(len(self.rows)), np.zeros((1, len(self.classes)), np.float32)])
        missing = len(self.rows)
        return functools.partial(self._tag, weights=averaged, row_of=lambda f: self.rows.get(f, missing), gold=None)

    def _row(self, feature: str) -> int:
        """Return the row of ``feature``, adding one for a new feature."""
        row = self.rows.get(feature)
        if row is None:
            row = self.rows[feature] = len(self.rows)
            self.model.grow(row + 1)
        return row

    def _word_features(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Return :func:`tagger_features` of ``word``, cached."""
        features = self._features.get(word)
        if features is None:
            features = self._features[word] = tagger_features(word)
        return features

    def _tag(
        self,
        words: Sequence[str],
        weights: np.ndarray | None,
        row_of: Callable[[str], int],
        gold: Sequence[str] | None,
    ) -> list[str]:
        """Tag greedily with ``weights``, or the current weights if None, updating them at each mistake."""
        padded = [self._word_features(w) for w in (START, START, *words, END, END)]
        before_previous = previous = ROOT_TAG
        guesses = []
        for i, word in enumerate(words):
            features = [
                *padded[i + 2][0],
                *padded[i + 1][1],
                *padded[i + 3][2],
                *padded[i][3],
                *padded[i + 4][4],
                *history_features(before_previous, previous),
                lexical_history_feature(universal(previous), normalise(word)),
            ]
            rows = np.fromiter(map(row_of, features), dtype=np.intp, count=len(features))
            current = self.model.weights if weights is None else weights
            guess = self.classes[int(current[rows].sum(axis=0).argmax())]
            if gold is not None:
                if guess != gold[i]:
                    self.model.update(rows[None], np.array([self.class_ids[gold[i]]]), 1)
                    self.model.update(rows[None], np.array([self.class_ids[guess]]), -1)
                self.model.step += 1
            guesses.append(guess)
            before_previous, previous = previous, guess
        return guesses


@attrs.frozen(slots=True)
class Example:
    """A training sentence as the parser sees it.

    Parameters
    ----------
    words, tags : numpy.ndarray
        Parser word and tag ids of the words, the root and "no word".
    heads : numpy.ndarray
        Gold head of each word (``n`` for the root; projective).
    relations : numpy.ndarray
        Gold label index of each word.
    """

    words: np.ndarray
    tags: np.ndarray
    heads: np.ndarray
    relations: np.ndarray


class OracleBatch(Batch):
    """A :class:`Batch` that knows the gold trees and what each move would cost.

    The cost of a move is the number of gold arcs it makes unreachable (one
    more for a wrong label on a gold arc). For the arc-hybrid system these are
    counted from the gold head of ``s0`` and ``b0`` and, per word, how many of
    its gold dependents are still in the buffer or on the stack.

    Parameters
    ----------
    examples : sequence of Example
        The sentences.
    masks : numpy.ndarray
        From :func:`move_masks`.
    """

    def __init__(self, examples: Sequence[Example], masks: np.ndarray) -> None:
        super().__init__([len(e.heads) for e in examples])
        starts = self.offsets[:-1]
        self.words = np.concatenate([e.words for e in examples]).astype(np.int64)
        self.tags = np.concatenate([e.tags for e in examples]).astype(np.int64)
        none = np.repeat(starts + [len(e.heads) + 1 for e in examples], [len(e.heads) + 2 for e in examples])
        self.gold_heads = none.copy()  # the root and "no word" point nowhere
        self.gold_relations = np.zeros(len(none), dtype=np.int64)
        for start, example in zip(starts, examples):
            self.gold_heads[start : start + len(example.heads)] = start + example.heads
            self.gold_relations[start : start + len(example.heads)] = example.relations
        is_word = self.gold_heads < none
        self.in_buffer = np.bincount(self.gold_heads[is_word], minlength=len(none))  # gold dependents in the buffer
        self.on_stack = np.zeros(len(none), dtype=np.int64)  # gold dependents on the stack
        self.stacked = np.zeros(len(none), dtype=bool)
        self.stacked[self.root] = True
        self.masks = masks
        self.mismatch = 1 - np.eye(masks.shape[1] // 2, dtype=np.float32)  # [gold label, label]

    def costs(self) -> np.ndarray:
        """Return the cost of every move of every row (infinite when invalid); call after :meth:`atoms`."""
        s0, s1, b0, root = self.s0, self.s1, self.b0, self.root
        head_s0, head_b0 = self.gold_heads[s0], self.gold_heads[b0]
        shift = (self.stacked[head_b0] & (head_b0 != s0)) + self.on_stack[b0]
        left = self.in_buffer[s0] + ((head_s0 != b0) & ((head_s0 == s1) | ((head_s0 > b0) & (head_s0 < root))))
        right = self.in_buffer[s0] + ((head_s0 >= b0) & (head_s0 < root))
        wrong_label = self.mismatch[self.gold_relations[s0]]
        costs = np.concatenate(
            [
                shift[:, None],
                left[:, None] + np.where((head_s0 == b0)[:, None], wrong_label, 0),
                right[:, None] + np.where((head_s0 == s1)[:, None], wrong_label, 0),
            ],
            axis=1,
        )
        return costs - self.masks[self.valid()]

    def apply(self, moves: np.ndarray, n_labels: int) -> None:
        """Make the moves, keeping count of gold dependents in the buffer and on the stack."""
        shifted = self.b0[moves == 0]
        self.stacked[shifted] = True
        self.in_buffer[self.gold_heads[shifted]] -= 1
        self.on_stack[self.gold_heads[shifted]] += 1
        popped = self.s0[moves > 0]
        self.stacked[popped] = False
        self.on_stack[self.gold_heads[popped]] -= 1
        super().apply(moves, n_labels)


class ParserTrainer:
    """Trains the arc-hybrid parser with a dynamic oracle (Goldberg and Nivre, 2013).

    A move's score is the score of its kind (SHIFT, LEFT, RIGHT) plus, for
    LEFT and RIGHT, the score of its label; both are averaged perceptrons.

    Parameters
    ----------
    labels : sequence of str
        Dependency relations.
    classes : sequence of str
        The tagger's classes, in the tagger's order.
    vocabulary : sequence of str
        Normalised words the parser knows by name.
    """

    def __init__(self, labels: Sequence[str], classes: Sequence[str], vocabulary: Sequence[str]) -> None:
        self.labels = tuple(labels)
        self.label_ids = {label: i for i, label in enumerate(self.labels)}
        self.tag_ids = {c: FIRST_TAG_ID + i for i, c in enumerate(classes)}
        self.word_ids = {word: FIRST_WORD_ID + i for i, word in enumerate(vocabulary)}
        self.masks = move_masks(self.labels)
        self.move_keys = self.label_keys = np.zeros(0, dtype=np.int64)

    def example(self, sentence: Sentence, tags: Sequence[str]) -> Example:
        """Turn a projective sentence with predicted tagger classes ``tags`` into an :class:`Example`."""
        n = len(sentence.words)
        words = [self.word_ids.get(normalise(w), UNKNOWN_WORD) for w in sentence.words]
        return Example(
            words=np.array([*words, ROOT_WORD, NO_WORD]),
            tags=np.array([*(self.tag_ids[t] for t in tags), ROOT_TAG_ID, NO_TAG]),
            heads=np.array([n if h < 0 else h for h in sentence.heads]),
            relations=np.array([self.label_ids[r] for r in sentence.relations]),
        )

    def collect_features(self, examples: Sequence[Example]) -> None:
        """Keep every feature met on the oracle's path through ``examples`` (label features on its arcs)."""
        moves, labels = [], []
        n_labels = len(self.labels)
        for start in range(0, len(examples), 1024):
            batch = OracleBatch(examples[start : start + 1024], self.masks)
            while len(batch):
                atoms = batch.atoms(batch.words, batch.tags)
                gold = batch.costs().argmin(axis=1)
                moves.append(MOVES.keys(atoms).ravel())
                labels.append(LABELS_LEFT.keys(atoms[(gold > 0) & (gold <= n_labels)]).ravel())
                labels.append(LABELS_RIGHT.keys(atoms[gold > n_labels]).ravel())
                batch.apply(gold, n_labels)
        self.move_keys = np.unique(np.concatenate(moves))
        self.label_keys = np.unique(np.concatenate(labels))
        self.move_model = Perceptron(len(self.move_keys), 3)
        self.label_model = Perceptron(len(self.label_keys), len(self.labels))

    def train(
        self, examples: Sequence[Example], epochs: int, rng: np.random.Generator, report: Callable[[], str]
    ) -> None:
        """Train for ``epochs`` passes over ``examples``, in a fresh random order each pass.

        ``report`` is called after each pass; what it returns is printed.
        """
        move_index, label_index = FeatureIndex.build(self.move_keys), FeatureIndex.build(self.label_keys)
        n_labels = len(self.labels)
        for epoch in range(epochs):
            order = rng.permutation(len(examples))
            right = total = 0
            for start in range(0, len(examples), BATCH):
                batch = OracleBatch([examples[i] for i in order[start : start + BATCH]], self.masks)
                while len(batch):
                    atoms = batch.atoms(batch.words, batch.tags)
                    move_rows = move_index.lookup(MOVES.keys(atoms))
                    left_rows = label_index.lookup(LABELS_LEFT.keys(atoms))
                    right_rows = label_index.lookup(LABELS_RIGHT.keys(atoms))
                    scores = joint_scores(
                        self.move_model.weights[move_rows].sum(axis=1),
                        self.label_model.weights[left_rows].sum(axis=1),
                        self.label_model.weights[right_rows].sum(axis=1),
                    )
                    scores += self.masks[batch.valid()]
                    guess = scores.argmax(axis=1)
                    costs = batch.costs()
                    least = costs.min(axis=1, keepdims=True)
                    best = np.where(costs == least, scores, -np.inf).argmax(axis=1)
                    wrong = np.take_along_axis(costs, guess[:, None], axis=1)[:, 0] > least[:, 0]
                    self._update(wrong, best, guess, move_rows, (left_rows, right_rows))
                    explore = wrong & (rng.random(len(wrong)) < EXPLORE_PROBABILITY) & (epoch >= EXPLORE_FROM_EPOCH)
                    batch.apply(np.where(wrong & ~explore, best, guess), n_labels)
                    self.move_model.step += 1
                    self.label_model.step += 1
                    right += len(wrong) - int(wrong.sum())
                    total += len(wrong)
            log(f"  parser epoch {epoch + 1}: {right / total:.4f} of moves right; {report()}")

    def _update(
        self,
        wrong: np.ndarray,
        best: np.ndarray,
        guess: np.ndarray,
        move_rows: np.ndarray,
        label_rows: tuple[np.ndarray, np.ndarray],
    ) -> None:
        """Reward the best move and penalise the guess in the rows where the guess was ``wrong``."""
        n_labels = len(self.labels)
        best, guess, move_rows = best[wrong], guess[wrong], move_rows[wrong]
        best_kind, guess_kind = np.minimum(best, 1) + (best > n_labels), np.minimum(guess, 1) + (guess > n_labels)
        differ = best_kind != guess_kind
        self.move_model.update(move_rows[differ], best_kind[differ], 1)
        self.move_model.update(move_rows[differ], guess_kind[differ], -1)
        for kind, rows in zip((1, 2), label_rows):
            rows = rows[wrong]
            self.label_model.update(rows[best_kind == kind], (best[best_kind == kind] - 1) % n_labels, 1)
            self.label_model.update(rows[guess_kind == kind], (guess[guess_kind == kind] - 1) % n_labels, -1)

    def arrays(self, shipped: bool) -> dict[str, np.ndarray]:
        """Return the averaged weights as arrays of a model file (see :meth:`Parser.from_arrays`).

        Shipped weights are pruned (see :func:`prune`) and rounded to 16 bits.
        """
        arrays = {"labels": np.array(self.labels)}
        models = (("move", self.move_keys, self.move_model), ("label", self.label_keys, self.label_model))
        for name, keys, model in models:
            weights = model.averaged(len(keys))
            if shipped:
                keys, weights = prune(keys, weights, MIN_WEIGHT[name])
                ascending = np.argsort(keys)  # sorted keys compress to two thirds of the size of shuffled ones
                keys, weights = keys[ascending], weights[ascending]
            arrays[f"{name}_keys"] = keys
            arrays.update(sparse_arrays(name, weights, np.float16 if shipped else np.float32))
        return arrays


def prune(keys: np.ndarray, weights: np.ndarray, min_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Drop weights below ``min_weight``, features left without weights, and the weakest of any overfull bucket.

    A bucket of the feature index is overfull with more than :data:`BUCKET_WIDTH` keys.
    """
    weights = np.where(np.abs(weights) >= min_weight, weights, 0)
    strength = np.abs(weights).max(axis=1)
    order = np.argsort(-strength, kind="stable")[: np.count_nonzero(strength)]
    keys, weights = keys[order], weights[order]
    while True:
        fits = bucket_ranks(keys) < BUCKET_WIDTH
        if fits.all():
            return keys, weights
        keys, weights = keys[fits], weights[fits]


def sparse_arrays(name: str, weights: np.ndarray, dtype: type[np.floating]) -> dict[str, np.ndarray]:
    """Return the nonzero entries of ``weights`` as :meth:`SparseWeights.from_arrays` reads them."""
    rows, columns = np.nonzero(weights)
    return {
        f"{name}_counts": np.bincount(rows, minlength=len(weights)).astype(np.uint16),
        f"{name}_columns": columns.astype(np.uint8),
        f"{name}_values": weights[rows, columns].astype(dtype),
    }


def jackknife_tags(sentences: Sequence[Sentence], classes: Sequence[str], epochs: int) -> list[list[str]]:
    """Tag each sentence with a tagger trained on the folds that do not contain it."""
    predicted: list[list[str]] = [[] for _ in sentences]
    for fold in range(FOLDS):
        log(f"tagger for fold {fold + 1} of {FOLDS}")
        trainer = TaggerTrainer(classes)
        trainer.train([s for i, s in enumerate(sentences) if i % FOLDS != fold], epochs, random.Random(SEED + fold))
        tag = trainer.tagger()
        for i in range(fold, len(sentences), FOLDS):
            predicted[i] = tag(sentences[i].words)
    right = sum(p == g for s, tags in zip(sentences, predicted) for p, g in zip(tags, s.classes))
    log(f"jackknifed tags: {right / sum(len(s.words) for s in sentences):.4f} right")
    return predicted


def vocabulary(sentences: Iterable[Sentence]) -> list[str]:
    """Normalised words seen at least :data:`MIN_WORD_COUNT` times, most frequent first."""
    counts = Counter(normalise(w) for s in sentences for w in s.words)
    frequent = sorted((w for w, c in counts.items() if c >= MIN_WORD_COUNT), key=lambda w: (-counts[w], w))
    return frequent[: (1 << 16) - FIRST_WORD_ID]


def training_sentences(path: Path, rng: random.Random) -> list[Sentence]:
    """Read the training set, join multiword tokens in some sentences, make every tree projective."""
    sentences = []
    for sentence in read_conllu(path):
        if sentence.multiword and rng.random() < MERGE_SHARE:
            sentence = join_multiword(sentence)
        sentences.append(attrs.evolve(sentence, heads=projectivise(sentence.heads), multiword=()))
    return sentences


def evaluate(parser: Parser, sentences: Sequence[Sentence]) -> tuple[float, float, float, float]:
    """Return UPOS accuracy, UAS, LAS (punctuation included) and tokens tagged and parsed per second of CPU time."""
    start = time.process_time()
    parses = parser.parse_many([s.words for s in sentences])
    seconds = time.process_time() - start
    tokens = sum(len(s.words) for s in sentences)
    tags = heads = labelled = 0
    for sentence, parse in zip(sentences, parses):
        for i in range(len(sentence.words)):
            tags += parse.tags[i] == sentence.tags[i]
            if parse.heads[i] == sentence.heads[i]:
                heads += 1
                labelled += parse.relations[i] == sentence.relations[i]
    return tags / tokens, heads / tokens, labelled / tokens, tokens / seconds


def main(argv: Sequence[str] | None = None) -> None:
    """Train, write and evaluate the model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--treebank", type=Path, default=DEFAULT_TREEBANK, help="UD_English-EWT directory")
    parser.add_argument("--epochs", type=int, default=12, help="passes over the training set for the parser")
    parser.add_argument("--tagger-epochs", type=int, default=8, help="passes over the training set for the tagger")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    args = parser.parse_args(argv)

    rng = random.Random(SEED)
    train = training_sentences(args.treebank / "train.conllu", rng)
    dev = read_conllu(args.treebank / "dev.conllu")
    classes = sorted({c for s in train for c in s.classes})
    labels = sorted({r for s in train for r in s.relations})
    predicted = jackknife_tags(train, classes, args.tagger_epochs)

    log("tagger on the whole training set")
    tagger = TaggerTrainer(classes)
    tagger.train(train, args.tagger_epochs, random.Random(SEED))
    tagger_arrays = tagger.arrays()

    words = vocabulary(train)
    trainer = ParserTrainer(labels, classes, words)
    examples = [trainer.example(s, tags) for s, tags in zip(train, predicted)]
    trainer.collect_features(examples)
    log(f"parser: {len(trainer.move_keys)} move and {len(trainer.label_keys)} label features")

    def report() -> str:
        model = Parser.from_arrays({**tagger_arrays, "vocabulary": np.array(words), **trainer.arrays(shipped=False)})
        _, uas, las, _ = evaluate(model, dev)
        return f"dev UAS {100 * uas:.2f} LAS {100 * las:.2f}"

    trainer.train(examples, args.epochs, np.random.default_rng(SEED), report)

    arrays = {
        "format": np.array(MODEL_FORMAT),
        "vocabulary": np.array(words),
        **tagger_arrays,
        **trainer.arrays(shipped=True),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    (args.out.parent / "LICENSE-en_ewt.txt").write_text(
        LICENSE_NOTE + (args.treebank / "LICENSE.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    log(
        f"wrote {args.out}: {args.out.stat().st_size / 1e6:.1f} MB; {len(arrays['tagger_features'])} tagger, "
        f"{len(arrays['move_keys'])} move and {len(arrays['label_keys'])} label features"
    )

    model = Parser.load(args.out)
    for split in ("dev", "test"):
        upos, uas, las, speed = evaluate(model, read_conllu(args.treebank / f"{split}.conllu"))
        log(
            f"{split}: UPOS {100 * upos:.2f}  UAS {100 * uas:.2f}  LAS {100 * las:.2f} "
            f"(punctuation included); tagged and parsed {speed:,.0f} tokens per CPU second"
        )


if __name__ == "__main__":
    main()
