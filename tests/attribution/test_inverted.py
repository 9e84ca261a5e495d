"""Tests of speakers named after a cue that follows a comma (attribution/inverted.py)."""

from __future__ import annotations

import pytest

import quotetrack

# (text, (kind, words, speaker) of each statement, id)
INVERTED = [
    ("The race will be decided by voters like Ms. Dale, who lives in a county that has picked the winner in nine of "
     "the past ten elections, says Tom Hale, the party's former state director.",
     [("indirect", "The race will be decided by voters like Ms. Dale, who lives in a county that has picked the "
       "winner in nine of the past ten elections", "Tom Hale")], "relative-clause-before-the-cue"),
    ("Behind the scenes, the pastor is ''calling every church in the county,'' said Ana Ruiz, the campaign's state "
     "director.",
     [("mixed", "Behind the scenes, the pastor is ''calling every church in the county,''", "Ana Ruiz")],
     "quotation-before-the-cue"),
    ("The firm lobbied on behalf of the casino owner on gaming, taxes and other issues, at both the federal and "
     "state levels in Ohio and Texas, said lobbyist and party strategist Tom Black, the founder's former partner.",
     [("indirect", "The firm lobbied on behalf of the casino owner on gaming, taxes and other issues, at both the "
       "federal and state levels in Ohio and Texas", "Tom Black")], "titles-before-the-name"),
    ("The senator also lacks support from his colleagues in Congress, whom he has alienated with his rhetoric, said "
     "Ann Dale, a professor at Ohio State University.",
     [("indirect", "The senator also lacks support from his colleagues in Congress, whom he has alienated with his "
       "rhetoric", "Ann Dale")], "object-relative-clause-before-the-cue"),
    # The name opens the reported clause: it is no speaker.
    ("Ms. Dale, a lawyer, said Tom Hale, the director, was wrong.",
     [("indirect", "Tom Hale, the director, was wrong", "Dale")], "name-opening-a-clause"),
    # A subject opening the sentence keeps the cue.
    ("The board, which met Monday, praised Tom Hale, the director.", [("indirect", "Tom Hale", "The board")],
     "subject-opening-the-sentence"),
]


@pytest.mark.parametrize("text, expected", [case[:2] for case in INVERTED], ids=[case[2] for case in INVERTED])
def test_speaker_after_a_cue_after_a_comma(text, expected):
    """The name after a cue that follows a comma, with only an apposition after it, speaks the words before."""
    found = [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]
    assert found == expected
