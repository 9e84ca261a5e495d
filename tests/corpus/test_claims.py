"""Tests of claim matching (quotetrack.corpus.claims): shingles, MinHash signatures, the band index."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import quotetrack
from quotetrack.corpus.claims import BANDS, NUM_PERM, shingles, signature
from quotetrack.corpus.store import Corpus
from strategies import gibberish


def read_docs(docs):
    return list(quotetrack.read_many(docs, backend="embedded"))


def test_shingles_are_word_runs_without_case_or_punctuation():
    assert shingles("We will NOT back down!") == shingles("we will not, back down")
    assert shingles("Yes!") == frozenset({"yes"})
    assert shingles("...") == frozenset()


def test_signature_has_one_value_per_permutation_and_bands_divide_it():
    assert len(signature(shingles("we will not back down"))) == NUM_PERM
    assert NUM_PERM % BANDS == 0
    assert signature(frozenset()) == ()


def test_candidate_lookup_goes_through_the_band_index():
    """N unrelated statements by one speaker: each new one is compared with almost no earlier claim."""
    rng = random.Random(5)
    n = 150
    docs = [{"id": f"d{i}", "text": f'"{gibberish(rng, 14)}," Senator Jane Smith said.'} for i in range(n)]
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(docs))
        assert corpus.stats()["claims"] == n
        assert corpus.candidate_comparisons < n // 10  # all pairs would be n * (n - 1) / 2
        plan = " ".join(str(row) for row in corpus._db.execute(
            "EXPLAIN QUERY PLAN SELECT claim_id FROM claim_bands WHERE band = ? AND hash = ?", (0, 0)))
        assert "PRIMARY KEY" in plan or "USING INDEX" in plan, plan
        # and a near-duplicate of one of them still finds its claim
        repeat = docs[77]["text"].replace(",", "!")
        corpus.add(read_docs([{"id": "again", "text": repeat}]))
        assert corpus.stats()["claims"] == n


def test_minhash_is_deterministic_across_processes():
    code = ("from quotetrack.corpus.claims import signature, shingles; "
            "print(list(signature(shingles('We will never accept this budget, she said.'))))")
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    }
    assert outputs == {str(list(signature(shingles("We will never accept this budget, she said.")))) + "\n"}


