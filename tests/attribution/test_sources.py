"""Tests of the sources the rules read before a cue (attribution/sources.py): described speakers."""

from __future__ import annotations

import pytest

import quotetrack


def speaker_of(text: str) -> tuple[str | None, str]:
    """The speaker and text of the one statement read from ``text``."""
    (statement,) = quotetrack.read(text).statements
    return (statement.speaker.name if statement.speaker else None), statement.text


@pytest.mark.parametrize("text, expected", [
    pytest.param("Despite his denials, authorities say he never had access to the servers.",
                 ("authorities", "he never had access to the servers"), id="authorities"),
    pytest.param("Several historians said the comparison was misleading.",
                 ("Several historians", "the comparison was misleading"), id="historians"),
    pytest.param("The panel said the rule was unfair to small farms.",
                 ("The panel", "the rule was unfair to small farms"), id="a-panel"),
    pytest.param("Friends and former rivals say that the new chairman is the right man for the job.",
                 ("Friends and former rivals", "that the new chairman is the right man for the job"),
                 id="coordinated-nouns"),
    pytest.param("Most investors expect the bank will cut rates in June.",
                 ("Most investors", "the bank will cut rates in June"), id="investors-expect"),
    pytest.param("Residents of the flooded towns say the aid came too late.",
                 ("Residents of the flooded towns", "the aid came too late"), id="a-noun-and-its-phrase"),
    pytest.param("But critics of the two stadiums say they will cost the city millions.",
                 ("critics of the two stadiums", "they will cost the city millions"),
                 id="a-noun-and-its-phrase-after-but"),
    pytest.param("Specialists on Russian and Chinese hacking said the attack bore familiar marks.",
                 ("Specialists on Russian and Chinese hacking", "the attack bore familiar marks"),
                 id="a-noun-and-a-coordinated-phrase"),
    pytest.param("But officials say the road will reopen in May.",
                 ("officials", "the road will reopen in May"), id="the-conjunction-names-no-one"),
])
def test_described_source(text: str, expected: tuple[str, str]) -> None:
    assert speaker_of(text) == expected
