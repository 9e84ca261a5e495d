"""Tests of a quotation resuming its speaker's sentence after the writer's phrase (attribution/resumed.py)."""

from __future__ import annotations

import pytest

import quotetrack

RESUMED = {
    "speaking-of": (
        '"These lawmakers know how to use words," said Ann Dale, speaking of the council, '
        '"and leave themselves room to back out later."',
        [("direct", "These lawmakers know how to use words,"),
         ("direct", "and leave themselves room to back out later.")]),
    "explaining-why": (
        '"Most people are unsure this year," Tom Hale wrote in a letter to the board explaining why he would attend, '
        '"but nearly everyone agrees the town is on the wrong track."',
        [("direct", "Most people are unsure this year,"),
         ("direct", "but nearly everyone agrees the town is on the wrong track.")]),
    "pointing-to-curly-marks": (
        "“We will fight this plan,” the mayor said, pointing to the new budget, “or we will lose the depot for good.”",
        [("direct", "We will fight this plan,"), ("direct", "or we will lose the depot for good.")]),
    "doubled-single-marks": (
        "''The vote was close,'' Ms. Ortiz said, looking back on the night, ''but we never doubted the outcome.''",
        [("direct", "The vote was close,"), ("direct", "but we never doubted the outcome.")]),
}

KEPT_MIXED = {
    "a-reported-clause-before-the-quotation": (
        '"We will fight this plan," the mayor said, arguing that the budget was unfair, "and we will win."',
        ("mixed", 'that the budget was unfair, "and we will win."')),
    "no-quotation-before": (
        'The mayor said, speaking of the budget, "and we will win."',
        ("mixed", 'the budget, "and we will win."')),
    "a-new-sentence-after-the-first-quotation": (
        '"We stand by the plan." She said, speaking of the council, "and we will win."',
        ("mixed", 'the council, "and we will win."')),
    "quoted-words-in-the-phrase": (
        '"We will fight this plan," the mayor said, calling the budget "a disgrace," "and we will win."',
        None),
}


@pytest.mark.parametrize("text, expected", list(RESUMED.values()), ids=list(RESUMED))
def test_a_quotation_resuming_the_sentence_is_direct(text, expected):
    """'"A," X said, speaking of Y, "and B."': B carries on X's sentence, the phrase before it is the writer's."""
    assert [(s.kind, s.text) for s in quotetrack.read(text).statements] == expected


@pytest.mark.parametrize("text, kept", list(KEPT_MIXED.values()), ids=list(KEPT_MIXED))
def test_other_phrases_keep_their_statement(text, kept):
    """A reported clause, quoted words in the phrase, or no quotation before it: no resumed quotation is read."""
    statements = [(s.kind, s.text) for s in quotetrack.read(text).statements]
    assert ("direct", "and we will win.") not in statements
    if kept is not None:
        assert kept in statements
