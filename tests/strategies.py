"""Hypothesis strategies shared by the property tests: news-like text with messy quotation marks."""

from __future__ import annotations

import random

from hypothesis import strategies as st

FRAGMENTS = [
    "Secretary of State Mike Pompeo",
    "Chinese Foreign Ministry spokesperson Hua Chunying",
    "Wang",
    "he",
    "she",
    "officials",
    "said",
    "told reporters",
    "hit back",
    "pointed out",
    "according to",
    "added",
    "tweeting:",
    "that",
    "the U.S.",
    "Sen.",
    "Mr.",
    "Dr.",
    "D.C.",
    "the \"Clean Network\" program",
    "citizens' data",
    "nations' security",
    "don't",
    "it's",
    "O'Connor",
    "We urge the U.S. to rectify its wrongdoing",
    "It turns a blind eye",
    "How ironic!",
    "preposterous",
    "on Wednesday",
    "in Beijing",
    "3.5",
    "...",
    "…",
    "—",
    "-",
    "(R)",
    "🎙️",
]
MARKS = ['"', "“", "”", "‘", "’", "'", "``", "''", "«", "»", "„", "‹", "›", "‚", "`"]
PUNCT = [",", ".", ":", ";", "?", "!", " ", " ", " ", "\n", "\n\n", "\t", "  "]

piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=3),
)

#: Text assembled from news-like fragments, quotation marks, apostrophes and line breaks.
news_text = st.lists(piece, max_size=40).map("".join)

#: Any text whatsoever, including surrogates-free unicode, control characters and marks.
any_text = st.text(max_size=200)

#: Either kind of text.
texts = st.one_of(any_text, news_text)


def gibberish(rng: random.Random, n: int) -> str:
    """``n`` made-up words of three syllables: statements that share no shingle by chance."""
    syllables = ["ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "de", "po", "gu", "fe"]
    return " ".join("".join(rng.choice(syllables) for _ in range(3)) for _ in range(n))
