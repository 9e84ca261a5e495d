"""The features and transition system of the embedded tagger and parser (see :mod:`.parser`).

Word normalisation and shapes, the tagger's feature templates, the parser's feature atoms and
templates, the batched arc-hybrid transition system, and the hashed sparse weights: what the
runtime parser and ``scripts/train_parser.py`` share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs
import numpy as np

__all__ = ["Batch", "FeatureIndex", "Templates", "Weights", "normalise", "shape", "tagger_features"]

MODEL_PATH = Path(__file__).with_name("data") / "en_ewt_parser.npz"
MODEL_FORMAT = 1

# Quotation marks and dashes come in many forms; the treebank mostly has the ASCII ones.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛‹›′`´", "'"),
        **dict.fromkeys("–—‒―", "—"),
        **dict.fromkeys("0123456789", "0"),
    }
)
START, END = "<s>", "</s>"  # the words padding a sentence for the tagger's context features
ROOT_TAG = "<root>"  # the tag history before the first word

# Parser word ids below the vocabulary, tag ids below the tagger's tags.
UNKNOWN_WORD, NO_WORD, ROOT_WORD = 0, 1, 2
FIRST_WORD_ID = 3
NO_TAG, ROOT_TAG_ID = 0, 1
FIRST_TAG_ID = 2


def normalise(word: str) -> str:
    """Lower-case ``word``, write every digit as ``0`` and fold quote and dash variants.

    Examples
    --------
    >>> normalise("“"), normalise("’s"), normalise("--"), normalise("Mid-1990s")
    ('"', "'s", '—', 'mid-0000s')
    """
    folded = word.translate(_FOLD).lower()
    if folded in ("''", "``"):
        return '"'
    if len(folded) > 1 and not folded.strip("-—"):
        return "—"
    return folded


def shape(word: str) -> str:
    """Describe the characters of ``word``: ``X`` upper case, ``x`` lower case, ``d`` digit.

    Runs of one kind are cut to two characters, so the shape of a long word stays short.

    Examples
    --------
    >>> shape("McCain"), shape("U.S."), shape("1,200"), shape("e-mail")
    ('XxXxx', 'X.X.', 'd,dd', 'x-xx')
    """
    out: list[str] = []
    for char in word[:24]:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if len(out) < 2 or out[-1] != kind or out[-2] != kind:
            out.append(kind)
    return "".join(out)


# How many tagger features a word has in each place: tagged, one before, one after, two before, two after.
TAGGER_PLACES = (11, 3, 3, 1, 1)


def tagger_features(word: str) -> tuple[tuple[str, ...], ...]:
    """Return the tagger's features of ``word`` in each of the five places it can stand.

    Returns
    -------
    tuple of tuple of str
        Features firing when the word is the one tagged, the word before it,
        the word after it, two words before it and two words after it
        (as many as :data:`TAGGER_PLACES` says).

    Examples
    --------
    >>> tagger_features("Said")[2]
    ('w+1|said', 's+1|aid', 'h+1|Xxx')
    """
    norm = normalise(word)
    form = shape(word)
    return (
        (
            "bias",
            f"w|{norm}",
            f"s1|{norm[-1:]}",
            f"s2|{norm[-2:]}",
            f"s3|{norm[-3:]}",
            f"s4|{norm[-4:]}",
            f"p1|{norm[:1]}",
            f"p2|{norm[:2]}",
            f"p3|{norm[:3]}",
            f"h|{form}",
            f"c|{word[:1].isupper()}|{norm[-2:]}",
        ),
        (f"w-1|{norm}", f"s-1|{norm[-3:]}", f"h-1|{form}"),
        (f"w+1|{norm}", f"s+1|{norm[-3:]}", f"h+1|{form}"),
        (f"w-2|{norm}",),
        (f"w+2|{norm}",),
    )


def history_features(before_previous: str, previous: str) -> tuple[str, str, str]:
    """Return the tagger's features of the two tags (classes, see :func:`universal`) before a word."""
    return f"t-1|{previous}", f"t-2|{before_previous}", f"t-2,t-1|{before_previous}|{previous}"


def lexical_history_feature(previous: str, norm: str) -> str:
    """Return the tagger's feature joining the previous word's Universal tag and the normalised word tagged."""
    return f"t-1,w|{previous}|{norm}"


def universal(tag_class: str) -> str:
    """Return the Universal tag of a tagger class.

    The tagger tells apart the treebank's pairs of Universal and English
    tags (``"VERB VBD"``, ``"VERB VBN"``), which tell the parser more than the
    Universal tag alone.

    Examples
    --------
    >>> universal("VERB VBN"), universal(ROOT_TAG)
    ('VERB', '<root>')
    """
    return tag_class.split(" ", 1)[0]


# A configuration is described by 14 positions (the top three of the stack, the first
# three of the buffer, outermost dependents), the relation of each dependent among
# them, two distances and four counts of dependents.
POSITIONS = ("s0", "s1", "s2", "b0", "b1", "b2", "s0l", "s0l2", "s0r", "s0r2", "b0l", "b0l2", "s1l", "s1r")
COUNTS = ("d", "d1", "s0vl", "s0vr", "b0vl", "s1vr")
ATOMS = (
    *(f"{p}w" for p in POSITIONS),
    *(f"{p}t" for p in POSITIONS),
    *(f"{p}l" for p in POSITIONS[6:]),
    *COUNTS,
)
# Features of the configuration, scoring SHIFT, LEFT and RIGHT.
MOVE_TEMPLATES = (
    "s0w", "s0t", "s0w s0t", "b0w", "b0t", "b0w b0t", "b1w", "b1t", "b1w b1t", "b2w", "b2t",
    "s1w", "s1t", "s1w s1t", "s2t",
    "s0w b0w s0t b0t", "s0w b0w s0t", "s0w b0w b0t", "s0w s0t b0t", "b0w s0t b0t", "s0w b0w", "s0t b0t", "b0t b1t",
    "s1w s0w s1t s0t", "s1w s0w", "s1t s0t", "s1w s0t", "s0w s1t", "s0w s1t s0t", "s1w s1t s0t",
    "b0t b1t b2t", "s0t b0t b1t", "s1t s0t b0t", "s2t s1t s0t", "s0t s0lt b0t", "s0t s0rt b0t", "s0t b0t b0lt",
    "s1t s1lt s0t", "s1t s1rt s0t",
    "s0w d", "s0t d", "b0w d", "b0t d", "s0w b0w d", "s0t b0t d", "s1t s0t d1",
    "s0w s0vr", "s0t s0vr", "s0w s0vl", "s0t s0vl", "b0w b0vl", "b0t b0vl", "s1t s1vr",
    "s0lw", "s0lt", "s0ll", "s0rw", "s0rt", "s0rl", "b0lw", "b0lt", "b0ll",
    "s1lt s1ll", "s1rt s1rl", "s0l2t s0l2l", "s0r2t s0r2l", "b0l2t b0l2l",
    "s0t s0lt s0l2t", "s0t s0rt s0r2t", "b0t b0lt b0l2t", "s0t s0ll s0rl", "s0w s0ll s0rl",
)  # fmt: skip
# Features of the arc a LEFT move makes (b0 heads s0), scoring its label.
LEFT_LABEL_TEMPLATES = (
    "s0w", "s0t", "s0w s0t", "b0w", "b0t", "b0w b0t", "s0t b0t", "s0w b0t", "s0t b0w", "s0w b0w",
    "s0t b0t d", "s0t s0ll s0rl", "s0t s0lt", "s0t b0t b0ll", "s0t b0t b1t", "s1t s0t b0t",
    "s0lw s0t b0t", "s0ll s0t b0w", "b0lw s0t b0t", "s0t s0rt s0rl",
)  # fmt: skip
# Features of the arc a RIGHT move makes (s1 heads s0), scoring its label.
RIGHT_LABEL_TEMPLATES = (
    "s0w", "s0t", "s0w s0t", "s1w", "s1t", "s1w s1t", "s1t s0t", "s1t s0w", "s1w s0t", "s1w s0w",
    "s1t s0t d1", "s0t s0ll s0rl", "s0t s0rt", "s1t s0t s1rl", "s1t s0t b0t", "s2t s1t s0t",
    "s0lw s0t s1t", "s0ll s0t s1w", "s0lw s0ll s1t", "s1t s1rt s1rl s0t",
)  # fmt: skip


@attrs.frozen(slots=True, eq=False)
class Templates:
    """Feature templates compiled to array operations.

    A feature key is the template number (bits 0 to 7) plus the ids of its
    atoms, a word id taking 16 bits and every other atom 8.

    Parameters
    ----------
    columns : numpy.ndarray
        ``(templates, 4)``: the column of each atom in the array of
        :meth:`Batch.atoms` (the last column, all zeros, for unused slots).
    shifts : numpy.ndarray
        ``(templates, 4)``: the bit offset of each atom in the key.
    ids : numpy.ndarray
        The number of each template.
    """

    columns: np.ndarray
    shifts: np.ndarray
    ids: np.ndarray

    @classmethod
    def compile(cls, templates: Sequence[str], first_id: int = 1) -> Templates:
        """Compile ``templates`` (atom names separated by spaces), numbering them from ``first_id``.

        Examples
        --------
        >>> Templates.compile(["s0w b0t"]).keys(np.array([[5] + [0] * 16 + [7] + [0] * 25]))
        array([[117441793]])
        """
        width = max(len(t.split()) for t in templates)
        columns = np.full((len(templates), width), len(ATOMS), dtype=np.intp)
        shifts = np.zeros((len(templates), width), dtype=np.int64)
        for i, template in enumerate(templates):
            shift = 8
            for j, atom in enumerate(template.split()):
                columns[i, j], shifts[i, j] = ATOMS.index(atom), shift
                shift += 16 if atom.endswith("w") else 8
            if shift > 63:
                raise ValueError(f"template {template!r} does not fit in 63 bits")
        return cls(columns=columns, shifts=shifts, ids=np.arange(first_id, first_id + len(templates), dtype=np.int64))

    def keys(self, atoms: np.ndarray) -> np.ndarray:
        """Return the ``(configurations, templates)`` feature keys of :meth:`Batch.atoms` output."""
        return (atoms[:, self.columns] << self.shifts).sum(axis=2) + self.ids


MOVES = Templates.compile(MOVE_TEMPLATES)
LABELS_LEFT = Templates.compile(LEFT_LABEL_TEMPLATES)
LABELS_RIGHT = Templates.compile(RIGHT_LABEL_TEMPLATES, first_id=1 + len(LEFT_LABEL_TEMPLATES))


class Batch:
    """Configurations of the arc-hybrid transition system for several sentences, as arrays.

    The words of all sentences are laid end to end; after the ``n`` words of a
    sentence come its root and a "no word" position. The root sits at the
    bottom of the stack and takes its one dependent last, when the buffer is
    empty, so every finished sentence is a tree with exactly one root word.
    Arrays over rows hold the configuration of each unfinished sentence;
    arrays over positions hold the partial tree.

    Parameters
    ----------
    lengths : sequence of int
        Number of words of each sentence.

    Attributes
    ----------
    offsets : numpy.ndarray
        Position of the first word of each sentence, and one past the end.
    stack : numpy.ndarray
        ``(rows, longest + 1)`` positions on each stack, bottom first; ``depth`` of them are used.
    b, root : numpy.ndarray
        Per row: position of the first word of the buffer (``root`` when it is empty) and of the root.
    heads, relations : numpy.ndarray
        Per position: the head (-1 until attached) and label index + 1 (0 until attached).
    left, left2, right, right2 : numpy.ndarray
        Per position: the outermost and second outermost dependent on each
        side (the sentence's "no word" position while there is none).
    n_left, n_right : numpy.ndarray
        Per position: the number of dependents on each side.
    s0, s1, b0 : numpy.ndarray
        Per row, set by :meth:`atoms`: the top two positions of the stack and the first of the buffer.
    """

    def __init__(self, lengths: Sequence[int]) -> None:
        sizes = np.asarray(lengths, dtype=np.int64) + 2
        self.offsets = np.concatenate([[0], np.cumsum(sizes)])
        starts = self.offsets[:-1]
        self.root = starts + sizes - 2
        self.b = starts.copy()
        self.stack = np.zeros((len(sizes), int(sizes.max(initial=2)) - 1), dtype=np.int64)
        self.stack[:, 0] = self.root
        self.depth = np.ones(len(sizes), dtype=np.int64)
        none = np.repeat(self.root + 1, sizes)  # each position's own "no word"
        self.heads = np.full(len(none), -1, dtype=np.int64)
        self.relations = np.zeros(len(none), dtype=np.int64)
        self.left, self.left2, self.right, self.right2 = none.copy(), none.copy(), none.copy(), none.copy()
        self.n_left = np.zeros(len(none), dtype=np.int64)
        self.n_right = np.zeros(len(none), dtype=np.int64)
        self.drop(self.b == self.root)  # nothing to do for empty sentences

    def __len__(self) -> int:
        """Return the number of unfinished sentences."""
        return len(self.b)

    def atoms(self, words: np.ndarray, tags: np.ndarray) -> np.ndarray:
        """Return the :data:`ATOMS` of each row (then a zero), noting the positions :meth:`apply` needs.

        Parameters
        ----------
        words, tags : numpy.ndarray
            Word and tag id of every position.
        """
        rows = np.arange(len(self.b))
        depth, b, root = self.depth, self.b, self.root
        none = root + 1
        self.s0 = s0 = self.stack[rows, depth - 1]
        self.s1 = s1 = np.where(depth > 1, self.stack[rows, depth - 2], none)
        s2 = np.where(depth > 2, self.stack[rows, depth - 3], none)
        self.b0 = b0 = np.where(b < root, b, none)
        b1 = np.where(b + 1 < root, b + 1, none)
        b2 = np.where(b + 2 < root, b + 2, none)
        left, right = self.left, self.right
        positions = np.stack(
            [s0, s1, s2, b0, b1, b2, left[s0], self.left2[s0], right[s0], self.right2[s0], left[b0], self.left2[b0]]
            + [left[s1], right[s1]],
            axis=1,
        )
        word_s0 = s0 < root
        counts = np.stack(
            [
                np.where(word_s0 & (b0 < root), b0 - s0, 0),
                np.where(word_s0 & (s1 < root), s0 - s1, 0),
                self.n_left[s0],
                self.n_right[s0],
                self.n_left[b0],
                self.n_right[s1],
            ],
            axis=1,
        )
        return np.concatenate(
            [
                words[positions],
                tags[positions],
                self.relations[positions[:, 6:]],
                np.minimum(counts, 15),
                np.zeros((len(rows), 1), dtype=np.int64),
            ],
            axis=1,
        )

    def valid(self) -> np.ndarray:
        """Return, per row, the row of :func:`move_masks` allowing the moves valid now (after :meth:`atoms`)."""
        can_shift = self.b < self.root
        can_left = can_shift & (self.depth > 1)
        right = np.where(self.depth < 2, 0, np.where(self.s1 != self.root, 1, np.where(can_shift, 0, 2)))
        return 3 * (2 * can_shift + can_left) + right

    def apply(self, moves: np.ndarray, n_labels: int) -> None:
        """Make one move per row: 0 SHIFT, ``1 + label`` LEFT-label, ``1 + n_labels + label`` RIGHT-label."""
        shift = moves == 0
        left = (moves > 0) & (moves <= n_labels)
        right = moves > n_labels
        rows = np.flatnonzero(shift)
        self.stack[rows, self.depth[rows]] = self.b[rows]
        for arcs, head, first_label, first, second, count in (
            (left, self.b0, 1, self.left, self.left2, self.n_left),
            (right, self.s1, 1 + n_labels, self.right, self.right2, self.n_right),
        ):
            dependent, head = self.s0[arcs], head[arcs]
            self.heads[dependent] = head
            self.relations[dependent] = moves[arcs] - first_label + 1
            second[head] = first[head]
            first[head] = dependent  # the new dependent is the outermost on its side
            count[head] += 1
        self.depth += np.where(shift, 1, -1)
        self.b += shift
        self.drop((self.depth == 1) & (self.b == self.root))

    def drop(self, finished: np.ndarray) -> None:
        """Forget the rows of finished sentences."""
        if finished.any():
            keep = ~finished
            self.stack, self.depth = self.stack[keep], self.depth[keep]
            self.b, self.root = self.b[keep], self.root[keep]


def move_masks(labels: Sequence[str]) -> np.ndarray:
    """Return a ``(12, 1 + 2 * len(labels))`` array: 0 for a valid move, minus infinity otherwise.

    Row ``3 * (2 * can_shift + can_left) + right`` holds the moves valid when
    SHIFT and LEFT are allowed or not, and RIGHT is not allowed (``right`` 0),
    allowed onto a word (1, any label but ``root``) or onto the root (2, only ``root``).
    """
    n_labels = len(labels)
    is_root = np.array([label == "root" for label in labels])
    masks = np.full((12, 1 + 2 * n_labels), -np.inf, dtype=np.float32)
    for can_shift in (0, 1):
        for can_left in (0, 1):
            for right in (0, 1, 2):
                row = masks[3 * (2 * can_shift + can_left) + right]
                if can_shift:
                    row[0] = 0
                if can_left:
                    row[1 : 1 + n_labels][~is_root] = 0
                if right == 1:
                    row[1 + n_labels :][~is_root] = 0
                elif right == 2:
                    row[1 + n_labels :][is_root] = 0
    return masks


def joint_scores(moves: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Combine scores of move kinds ``(rows, 3)`` and labels ``(rows, labels)`` into scores of every move."""
    return np.concatenate([moves[:, :1], moves[:, 1:2] + left, moves[:, 2:] + right], axis=1)


_HASH_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


def buckets(keys: np.ndarray, bits: int) -> np.ndarray:
    """Return the hash bucket of each key: the top ``bits`` bits of its Fibonacci hash."""
    return ((keys.astype(np.uint64) * _HASH_MULTIPLIER) >> np.uint64(64 - bits)).astype(np.intp)


def bucket_ranks(keys: np.ndarray) -> np.ndarray:
    """Return each key's place in its bucket of a :class:`FeatureIndex` of ``keys``, earlier keys first."""
    hashed = buckets(keys, FeatureIndex.bits_for(len(keys)))
    order = np.argsort(hashed, kind="stable")
    ranks = np.empty(len(keys), dtype=np.intp)
    ranks[order] = np.arange(len(keys)) - np.searchsorted(hashed[order], hashed[order])
    return ranks


@attrs.frozen(slots=True, eq=False)
class FeatureIndex:
    """Integer feature keys to rows of a weight matrix: a hash table searched with array operations.

    Parameters
    ----------
    keys : numpy.ndarray
        ``(2 ** bits, width)``: the keys in each bucket (``width`` is the most
        any bucket holds), -1 in empty slots.
    rows : numpy.ndarray
        The row of each key.
    missing : int
        The row given for a key not in the table.
    """

    keys: np.ndarray
    rows: np.ndarray
    missing: int

    @staticmethod
    def bits_for(n_keys: int) -> int:
        """Return the number of bits of the bucket index for ``n_keys`` keys: one bucket or more per two keys."""
        return max(1, (n_keys // 2).bit_length())

    @classmethod
    def build(cls, keys: np.ndarray) -> FeatureIndex:
        """Index distinct positive ``keys``: key ``keys[i]`` gets row ``i``, others row ``len(keys)``.

        Examples
        --------
        >>> FeatureIndex.build(np.array([7, 3, 9])).lookup(np.array([[9, 4, 7]]))
        array([[2, 3, 0]], dtype=int32)
        """
        bits = cls.bits_for(len(keys))
        ranks = bucket_ranks(keys)
        table = np.full((1 << bits, int(ranks.max(initial=0)) + 1), -1, dtype=np.int64)
        rows = np.zeros(table.shape, dtype=np.int32)
        hashed = buckets(keys, bits)
        table[hashed, ranks] = keys
        rows[hashed, ranks] = np.arange(len(keys))
        return cls(keys=table, rows=rows, missing=len(keys))

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Return the row of each of ``keys`` (any shape)."""
        hashed = buckets(keys.ravel(), len(self.keys).bit_length() - 1)
        # Flat indices into (keys, slots) of the slots holding the keys; the index divided by the width is the key's.
        found = np.flatnonzero(np.take(self.keys, hashed, axis=0) == keys.reshape(-1, 1))
        rows = np.full(keys.size, self.missing, dtype=np.int32)
        rows[found // self.keys.shape[1]] = np.take(self.rows, hashed, axis=0).ravel()[found]
        return rows.reshape(keys.shape)


@attrs.frozen(slots=True, eq=False)
class Weights:
    """A weight matrix with a row per feature and a column per class, as 16-bit integers.

    The last row, all zeros, is for unknown features. A model file stores
    only the nonzero weights.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(features + 1, classes)`` weights in units of ``scale``; for three
        classes or fewer it is stored transposed, as NumPy sums short rows slowly.
    scale : float
        The weight of one unit.
    """

    matrix: np.ndarray
    scale: float

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], name: str, width: int) -> Weights:
        """Read ``{name}_counts`` (weights per feature), ``{name}_columns`` and ``{name}_values`` of a model file.

        Examples
        --------
        >>> arrays = {"w_counts": np.array([2, 0, 1]), "w_columns": np.array([0, 3, 1]),
        ...           "w_values": np.array([0.5, -1.0, 2.0])}
        >>> Weights.from_arrays(arrays, "w", width=4).scores(np.array([[0, 2], [1, 3]])).round(3)
        array([[ 0.5,  2. ,  0. , -1. ],
               [ 0. ,  0. ,  0. ,  0. ]], dtype=float32)
        """
        counts = arrays[f"{name}_counts"].astype(np.intp)
        values = arrays[f"{name}_values"].astype(np.float32)
        scale = float(np.abs(values).max(initial=0)) / np.iinfo(np.int16).max or 1.0
        matrix = np.zeros((len(counts) + 1, width), dtype=np.int16)
        matrix[np.repeat(np.arange(len(counts)), counts), arrays[f"{name}_columns"]] = np.round(values / scale)
        return cls(matrix=np.ascontiguousarray(matrix.T) if width <= 3 else matrix, scale=scale)

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """Return ``(len(rows), classes)``: for each line of ``rows`` (feature rows), the sum of their weights."""
        if self.matrix.shape[0] <= 3:
            units = np.take(self.matrix, rows, axis=1).sum(axis=2, dtype=np.int32).T
        else:
            units = np.take(self.matrix, rows, axis=0).sum(axis=1, dtype=np.int32)
        return units.astype(np.float32) * np.float32(self.scale)
