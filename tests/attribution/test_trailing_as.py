"""Tests of a sentence closed by an as-clause of speech (attribution/trailing_as.py): "The plan is a scare tactic,
as Tom Hale noted in a column." is Tom Hale's statement."""

from __future__ import annotations

import pytest

import quotetrack

# (text, speaker, statement, id)
CLOSED = [
    ("The levy is little more than a scare tactic, as Tom Hale noted in a column for the Ledger.", "Tom Hale",
     "The levy is little more than a scare tactic", "noted-in-outlet"),
    ("Cutting the budget again carries real risks, as union leaders point out.", "union leaders",
     "Cutting the budget again carries real risks", "point-out"),
    ("A loss in Iowa would not end the campaign, as some have speculated.", "some",
     "A loss in Iowa would not end the campaign", "have-speculated"),
    ("The fund lost money for a third year, as the company reported on Tuesday.", "the company",
     "The fund lost money for a third year", "reported-on-day"),
]


@pytest.mark.parametrize("text, speaker, words", [c[:3] for c in CLOSED], ids=[c[3] for c in CLOSED])
def test_the_main_clause_is_the_as_clause_speakers(text, speaker, words):
    """The clause before ", as X noted" is X's statement."""
    found = [(s.speaker.name if s.speaker else None, s.text) for s in quotetrack.read(text).statements]
    assert (speaker, words) in found


@pytest.mark.parametrize("text", [
    "The new age of rates will begin this week, as Ann Pike speaks to the Economic Club on Wednesday.",
    "The group took a new name, the Bloc, as it was called.",
    "The plan will pass in May, as Tom Hale said it would.",
], ids=["as-of-time", "as-it-was-called", "clause-after-cue"])
def test_no_statement_before_other_as_clauses(text):
    """An "as" of time, a name given in the passive, or a clause after the cue: the main clause is no one's words."""
    first_words = text.split(",")[0]
    assert all(not first_words.startswith(s.text) for s in quotetrack.read(text).statements)
