"""Tests of quotations joined by a conjunction (attribution/coordinated.py): one direct statement."""

from __future__ import annotations

import pytest

import quotetrack

JOINED = {
    "two-direct-after-a-cue": (
        "At the rally the governor told supporters, “I am a dealmaker, folks,” and, “Who here doesn’t negotiate?”",
        ["I am a dealmaker, folks,” and, “Who here doesn’t negotiate?"]),
    "term-then-question": (
        'Protesters carried signs such as "Vote early" and "Who pays for this bridge?" outside the hall.',
        ['Vote early" and "Who pays for this bridge?']),
    "or-between": (
        'The posters read "Are you ready for change?" or "Is this the best we can do?" in bold letters.',
        ['Are you ready for change?" or "Is this the best we can do?']),
    "a-new-sentence-stays-apart": (
        '"We won the vote," Ms. Ortiz said. "And we will keep the seat next year."',
        ["We won the vote,", "And we will keep the seat next year."]),
    "a-cue-between-stays-apart": (
        '"We won the vote," Ms. Ortiz said, "and we will keep the seat next year."',
        ["We won the vote,", "and we will keep the seat next year."]),
}


@pytest.mark.parametrize("text, expected", list(JOINED.values()), ids=list(JOINED))
def test_quotations_joined_by_a_conjunction(text, expected):
    """'"A," and "B"': the writer's conjunction lists what was said; the two quotations are one statement."""
    assert [s.text for s in quotetrack.read(text).statements if s.kind == "direct"] == expected
