"""Speakers of issue 14: who speaks in constructions the surface rules misread."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker's name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('"The budget is balanced at last," said former Gov. Lena Marsh.', "Lena Marsh", id="former-gov"),
    pytest.param('"We will appeal," said former Idaho Gov. Rob Tanner, a lawyer in Boise.', "Rob Tanner",
                 id="former-place-gov"),
    pytest.param('"The rules are clear," said retired Lt. Gen. Mark Oduya.', "Mark Oduya", id="retired-two-titles"),
])
def test_an_abbreviated_title_after_the_cue_leads_to_the_name(text, speaker):
    """'said former Gov. X': the title's abbreviation point does not end the search for the name."""
    assert speakers(text) == [speaker]
