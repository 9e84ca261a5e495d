"""Part-of-speech tags and Universal Dependencies trees for the embedded backend.

Two averaged perceptrons, trained on the UD English Web Treebank by
``scripts/train_parser.py`` and shipped as package data (derived from
UD_English-EWT, CC BY-SA 4.0; see ``data/LICENSE-en_ewt.txt``):

* a tagger that reads a sentence left to right and gives each word the
  pair of Universal and English part-of-speech tags scoring best on features
  of the word, its neighbours and the two tags before it;
* a greedy arc-hybrid transition parser: a stack, a buffer, and the moves
  SHIFT, LEFT-*label* (the top of the stack becomes a dependent of the first
  word of the buffer) and RIGHT-*label* (it becomes a dependent of the word
  below it). A move's score is the score of its kind, from features of the
  words, tags and dependents near the top of the stack and the front of the
  buffer, plus the score of its label, from features of the two words it joins.

A score is a sum of rows of a weight matrix, one row per feature that fires.
Sentences are processed side by side, so that every step is a handful of array
operations over all of them; the features of a word form are found once and cached.

Examples
--------
>>> parse = default_parser().parse(["Officials", "said", "prices", "rose", "."])
>>> parse.tags
('NOUN', 'VERB', 'NOUN', 'VERB', 'PUNCT')
>>> parse.heads
(1, -1, 3, 1, 1)
>>> parse.relations
('nsubj', 'root', 'nsubj', 'ccomp', 'punct')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs
import numpy as np

from quotetrack.backends.embedded.features import (
    Batch,
    END,
    FIRST_TAG_ID,
    FIRST_WORD_ID,
    FeatureIndex,
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
    TAGGER_PLACES,
    UNKNOWN_WORD,
    Weights,
    history_features,
    joint_scores,
    lexical_history_feature,
    move_masks,
    normalise,
    tagger_features,
    universal,
)

__all__ = ["Parse", "Parser", "default_parser"]

_FORM_LIMIT = 100_000  # word forms whose features are cached per parser
_BATCH = 512  # sentences processed side by side


@attrs.frozen(slots=True)
class Parse:
    """The tags and dependency tree of one sentence.

    Parameters
    ----------
    tags : tuple of str
        Universal part-of-speech tag of each word.
    heads : tuple of int
        Index of each word's head; -1 for the root.
    relations : tuple of str
        Universal Dependencies relation of each word to its head (``"root"`` for the root).
    """

    tags: tuple[str, ...]
    heads: tuple[int, ...]
    relations: tuple[str, ...]


@attrs.define(slots=True)
class _Forms:
    """The word forms a parser has seen: for each, its tagger feature rows and parser word id.

    ``rows`` and ``words`` are filled up to ``len(index)`` and grow by doubling.
    """

    index: dict[str, int] = attrs.field(factory=dict)
    rows: np.ndarray = attrs.field(factory=lambda: np.zeros((0, 0), dtype=np.int32))
    words: np.ndarray = attrs.field(factory=lambda: np.zeros(0, dtype=np.int64))


@attrs.frozen(slots=True, eq=False)
class Parser:
    """A part-of-speech tagger and dependency parser loaded from a model file.

    Use :meth:`load` (or :func:`default_parser` for the packaged model) rather
    than building one by hand.

    Parameters
    ----------
    tag_classes : tuple of str
        The tagger's classes (see :func:`universal`), in the order of its weight columns.
    universal_tags : tuple of str
        The Universal tags of the classes, then :data:`ROOT_TAG`.
    universal_ids : numpy.ndarray
        The index in ``universal_tags`` of each class, then of :data:`ROOT_TAG`.
    labels : tuple of str
        The dependency relations; move ``1 + i`` is LEFT-``labels[i]`` and
        ``1 + len(labels) + i`` RIGHT-``labels[i]``.
    tagger_rows : dict of str to int
        Tagger feature to its row in ``tagger_weights``.
    tagger_weights : Weights
        Tagger features by classes.
    history : numpy.ndarray
        ``(classes + 1, classes + 1, classes)``: the score of the tag-history
        features for the classes two before and one before a word (index
        ``classes`` before the first word).
    vocabulary : dict of str to int
        Normalised word to parser word id.
    move_index, label_index : FeatureIndex
        Parser feature keys to rows of ``move_weights`` and ``label_weights``.
    move_weights : Weights
        Parser features by SHIFT, LEFT and RIGHT.
    label_weights : Weights
        Parser features by labels.
    masks : numpy.ndarray
        Valid moves, from :func:`move_masks`.
    """

    tag_classes: tuple[str, ...]
    universal_tags: tuple[str, ...]
    universal_ids: np.ndarray
    labels: tuple[str, ...]
    tagger_rows: dict[str, int]
    tagger_weights: Weights
    history: np.ndarray
    vocabulary: dict[str, int]
    move_index: FeatureIndex
    move_weights: Weights
    label_index: FeatureIndex
    label_weights: Weights
    masks: np.ndarray
    _forms: _Forms = attrs.field(factory=_Forms, init=False, repr=False)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Parser:
        """Read a model written by ``scripts/train_parser.py``.

        Parameters
        ----------
        path : str or Path, optional
            The ``.npz`` file; by default the packaged model (loaded once, see :func:`default_parser`).

        Examples
        --------
        >>> parser = Parser.load()
        >>> "VERB VBN" in parser.tag_classes, "nsubj:pass" in parser.labels
        (True, True)
        """
        if path is None:
            return default_parser()
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"]) != MODEL_FORMAT:
                raise ValueError(f"{path}: model format {int(data['format'])}, expected {MODEL_FORMAT}")
            return cls.from_arrays(data)

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> Parser:
        """Build a parser from the arrays of a model file.

        Parameters
        ----------
        arrays : mapping of str to numpy.ndarray
            Strings: ``tags`` (the tagger's classes), ``labels``,
            ``tagger_features`` and ``vocabulary``; integer keys: ``move_keys``
            and ``label_keys``; the weights of ``tagger``, ``move`` and
            ``label`` features as :meth:`Weights.from_arrays` reads them.
        """
        tag_classes = tuple(arrays["tags"].tolist())
        universal_tags = (*sorted({universal(c) for c in tag_classes}), ROOT_TAG)
        labels = tuple(arrays["labels"].tolist())
        tagger_rows = {feature: row for row, feature in enumerate(arrays["tagger_features"].tolist())}
        tagger_weights = Weights.from_arrays(arrays, "tagger", len(tag_classes))
        names = (*tag_classes, ROOT_TAG)
        history_rows = np.array(
            [[[tagger_rows.get(f, len(tagger_rows)) for f in history_features(a, b)] for b in names] for a in names]
        )
        return cls(
            tag_classes=tag_classes,
            universal_tags=universal_tags,
            universal_ids=np.array([universal_tags.index(universal(c)) for c in names]),
            labels=labels,
            tagger_rows=tagger_rows,
            tagger_weights=tagger_weights,
            history=tagger_weights.scores(history_rows.reshape(-1, 3)).reshape(history_rows.shape[:2] + (-1,)),
            vocabulary={word: FIRST_WORD_ID + i for i, word in enumerate(arrays["vocabulary"].tolist())},
            move_index=FeatureIndex.build(arrays["move_keys"]),
            move_weights=Weights.from_arrays(arrays, "move", 3),
            label_index=FeatureIndex.build(arrays["label_keys"]),
            label_weights=Weights.from_arrays(arrays, "label", len(labels)),
            masks=move_masks(labels),
        )

    def parse(self, words: Sequence[str]) -> Parse:
        """Tag and parse one sentence.

        Parameters
        ----------
        words : sequence of str
            The words, as a tokenizer splits them.

        Returns
        -------
        Parse
            Tags, heads and relations; always a tree with one root (empty for no words).

        Examples
        --------
        >>> p = default_parser().parse(["He", "left", "."])
        >>> p.heads, p.relations
        ((1, -1, 1), ('nsubj', 'root', 'punct'))
        """
        return self.parse_many([words])[0]

    def parse_many(self, sentences: Iterable[Sequence[str]]) -> list[Parse]:
        """Tag and parse each sentence of ``sentences``.

        Sentences are processed side by side, which is much faster than
        calling :meth:`parse` on each.

        Examples
        --------
        >>> [p.heads for p in default_parser().parse_many([["Hi", "!"], []])]
        [(-1, 0), ()]
        """
        sentences = [list(words) for words in sentences]
        parses: list[Parse] = [Parse(tags=(), heads=(), relations=())] * len(sentences)
        universal_tags = [universal(c) for c in self.tag_classes]
        # Sentences of similar length finish together, so batches of them waste fewer steps.
        by_length = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        for start in range(0, len(sentences), _BATCH):
            batch = by_length[start : start + _BATCH]
            forms = [[self._form(word) for word in (START, START, *sentences[i], END, END)] for i in batch]
            lengths = [len(sentences[i]) for i in batch]
            tags = self._tag(forms, lengths).tolist()
            heads, relations = self._parse(forms, tags, lengths)
            first = 0
            for i, n, sentence_heads, sentence_relations in zip(batch, lengths, heads, relations):
                parses[i] = Parse(
                    tags=tuple(universal_tags[t] for t in tags[first : first + n]),
                    heads=tuple(sentence_heads),
                    relations=tuple(self.labels[r - 1] for r in sentence_relations),
                )
                first += n
        return parses

    def _form(self, word: str) -> int:
        """Return the index of ``word`` among the cached forms, finding its features if it is new."""
        forms = self._forms
        index = forms.index.get(word)
        if index is None:
            if len(forms.index) >= _FORM_LIMIT:
                forms.index.clear()
            index = forms.index[word] = len(forms.index)
            if index == len(forms.words):
                rows = np.zeros((max(1024, 2 * index), sum(TAGGER_PLACES) + len(self.universal_tags)), np.int32)
                if index:
                    rows[:index] = forms.rows[:index]
                forms.rows = rows
                forms.words = np.concatenate([forms.words, np.zeros(len(rows) - index, np.int64)])
            known, missing = self.tagger_rows, len(self.tagger_rows)
            norm = normalise(word)
            forms.rows[index, : sum(TAGGER_PLACES)] = [known.get(f, missing) for p in tagger_features(word) for f in p]
            forms.rows[index, sum(TAGGER_PLACES) :] = [
                known.get(lexical_history_feature(tag, norm), missing) for tag in self.universal_tags
            ]
            forms.words[index] = self.vocabulary.get(norm, UNKNOWN_WORD)
        return index

    def _tag(self, forms: list[list[int]], lengths: list[int]) -> np.ndarray:
        """Tag sentences side by side, given their padded :meth:`_form` indices; return all tags end to end."""
        rows = self._forms.rows[[f for sentence in forms for f in sentence]]
        # Each word's index in ``rows``: past the two words padding each sentence's start and its predecessors' ends.
        words = np.arange(len(rows) - 4 * len(lengths)) + np.repeat(2 + 4 * np.arange(len(lengths)), lengths)
        own, before, after, before2, after2 = np.cumsum(TAGGER_PLACES)
        scores = self.tagger_weights.scores(
            np.concatenate(
                [
                    rows[words, :own],
                    rows[words - 1, own:before],
                    rows[words + 1, before:after],
                    rows[words - 2, after:before2],
                    rows[words + 2, before2:after2],
                ],
                axis=1,
            )
        )
        lexical = rows[words, after2:]
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.intp)
        order = np.argsort(lengths, kind="stable")[::-1]  # longest first: the sentences still going are a prefix
        starts, remaining = starts[order], np.asarray(lengths)[order]
        tags = np.empty(len(words), dtype=np.intp)
        before_previous = np.full(len(lengths), len(self.tag_classes))
        previous = before_previous.copy()
        for i in range(int(remaining.max(initial=0))):
            going = int(np.count_nonzero(remaining > i))
            at, p1 = starts[:going] + i, previous[:going]
            word = self.tagger_weights.scores(lexical[at, self.universal_ids[p1]][:, None])
            best = (scores[at] + self.history[before_previous[:going], p1] + word).argmax(axis=1)
            tags[at] = best
            before_previous[:going] = p1
            previous[:going] = best
        return tags

    def _parse(
        self, forms: list[list[int]], tags: list[int], lengths: list[int]
    ) -> tuple[list[list[int]], list[list[int]]]:
        """Parse sentences side by side; return each sentence's heads (-1 for the root) and label indices + 1."""
        ends = np.repeat(np.cumsum(lengths), 2)  # where each sentence's root and "no word" go
        word_ids = self._forms.words[[f for sentence in forms for f in sentence[2:-2]]]
        words = np.insert(word_ids, ends, [ROOT_WORD, NO_WORD] * len(forms))
        tag_ids = np.insert(np.add(tags, FIRST_TAG_ID), ends, [ROOT_TAG_ID, NO_TAG] * len(forms)).astype(np.int64)
        batch = Batch(lengths)
        n_labels = len(self.labels)
        while len(batch):
            atoms = batch.atoms(words, tag_ids)
            scores = joint_scores(
                self.move_weights.scores(self.move_index.lookup(MOVES.keys(atoms))),
                self.label_weights.scores(self.label_index.lookup(LABELS_LEFT.keys(atoms))),
                self.label_weights.scores(self.label_index.lookup(LABELS_RIGHT.keys(atoms))),
            )
            batch.apply((scores + self.masks[batch.valid()]).argmax(axis=1), n_labels)
        starts = batch.offsets[:-1]
        heads = batch.heads - np.repeat(starts, np.asarray(lengths) + 2)
        heads[batch.heads == np.repeat(starts + lengths, np.asarray(lengths) + 2)] = -1
        return (
            [heads[s : s + n].tolist() for s, n in zip(starts, lengths)],
            [batch.relations[s : s + n].tolist() for s, n in zip(starts, lengths)],
        )


@functools.lru_cache(maxsize=1)
def default_parser() -> Parser:
    """Return the packaged model, loaded on first use.

    Examples
    --------
    >>> default_parser() is default_parser()
    True
    """
    return Parser.load(MODEL_PATH)
