"""Tests of the people named together as one subject across party marks and titles (attribution/resolve.py,
``partners``): "Sen. Jo Hale (R-Utah) and Rep. Tom Marsh (D-Ohio) said" has both as its speakers."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the statement's speakers, id)
PARTNERS = [
    ("Sen. Ann Pike (R-Utah) and Rep. Tom Marsh (D-Ohio) said the agency had failed to answer.",
     ["Tom Marsh", "Ann Pike"], "marks-before-cue"),
    ("Sen. Ann Pike (R-Utah) and Rep. Tom Marsh (D-Ohio) sent a letter to the agency, asking it to explain the "
     "delay.", ["Ann Pike", "Tom Marsh"], "participle-after-marks"),
    ("Oversight Committee Chairman Ann Pike (R-Utah) and Judiciary Committee Chairman Tom Marsh (R-Va.) wrote to "
     "the attorney general, urging him to reopen the inquiry.", ["Ann Pike", "Tom Marsh"], "titles-after-and"),
    ("Sen. Ann Pike (R-Utah), Rep. Lee Rowe (D-Ohio) and Rep. Tom Marsh (D-Ohio) said the rule was unlawful.",
     ["Tom Marsh", "Ann Pike", "Lee Rowe"], "three-with-marks"),
    ("Tom Marsh and Ann Pike said the plan would fail.", ["Ann Pike", "Tom Marsh"], "no-marks"),
]


@pytest.mark.parametrize("text, speakers", [c[:2] for c in PARTNERS], ids=[c[2] for c in PARTNERS])
def test_partners_across_marks_and_titles(text, speakers):
    """Every person of the coordinated subject is among the statement's speakers, the one read first first."""
    (statement,) = [s for s in quotetrack.read(text).statements if s.speaker is not None]
    assert [s.name for s in statement.speakers] == speakers


def test_a_name_in_the_sentence_before_is_no_partner():
    """Title words are stepped over only up to the comma or "and" of the subject, not into the sentence before."""
    text = "The letter reached Rep. Lee Rowe. Sen. Ann Pike (R-Utah) and Rep. Tom Marsh (D-Ohio) said it was late."
    (statement,) = [s for s in quotetrack.read(text).statements if s.speaker is not None]
    assert "Lee Rowe" not in [s.name for s in statement.speakers]
