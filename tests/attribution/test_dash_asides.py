"""Tests of a reported clause that ends where a dash closes an aside before a later cue's subject
(attribution/clauses.py ``reported_clause_end``): "When Ann Pike noted that ... ― as was true then ― Tom Hale
boasted, "..."" gives Pike the clause and Hale the quotation."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the first statement's words, the later speaker, id)
ASIDES = [
    ("When Ann Pike noted that Tom Hale had paid no income tax ― as was true for a few years ― Hale boasted, "
     "\u201cThat makes me smart.\u201d", "that Tom Hale had paid no income tax ― as was true for a few years",
     "Tom Hale", "horizontal-bar"),
    ("Ann Pike said the board would back the merger — the third in two years — Tom Hale argued that it would not.",
     "the board would back the merger — the third in two years", "Tom Hale", "em-dash"),
]


@pytest.mark.parametrize("text, words, later", [c[:3] for c in ASIDES], ids=[c[3] for c in ASIDES])
def test_the_clause_ends_at_the_closing_dash(text, words, later):
    """The first clause ends with its aside; the subject after the closing dash speaks the later cue."""
    statements = quotetrack.read(text).statements
    assert statements[0].text == words
    assert later in [s.speaker.name for s in statements[1:] if s.speaker is not None]


def test_an_aside_inside_the_clause_stays():
    """A dash aside with no cue after it stays inside the reported clause."""
    (statement,) = quotetrack.read("Ann Pike said the vote ― a close one ― was fair.").statements
    assert statement.text == "the vote ― a close one ― was fair"
