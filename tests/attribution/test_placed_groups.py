"""A group described by where it is ("Some delegates at the convention in Philadelphia said"): the group speaks, not
the place that closes its phrase (attribution/sources._placed_group)."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Some delegates at the convention in Philadelphia said they welcomed the debate.",
                 "Some delegates at the convention in Philadelphia", id="delegates-at-in"),
    pytest.param("Some voters at the rally in Des Moines said they liked the plan.",
                 "Some voters at the rally in Des Moines", id="voters-at-in"),
])
def test_a_group_placed_by_a_phrase_speaks_not_the_place(text, speaker):
    assert [s.speaker.name for s in quotetrack.read(text).statements if s.speaker] == [speaker]


def test_a_name_before_a_place_still_speaks():
    text = "Senator Tom Hale in Ohio said the plan was sound."
    assert [s.speaker.name for s in quotetrack.read(text).statements if s.speaker] == ["Tom Hale"]
