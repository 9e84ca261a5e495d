"""Tests of issue 14's indirect statements, third round (branch ind7): where contents start and end."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


# "In his speech, the governor argued for ...": a prepositional phrase opening the sentence before a cue whose clause
# goes on is the writer's setting, not a fragment of the statement; before a parenthetical cue it still is one.
FRONTED = {
    "spoke-as-if": ("In both cases, the mayor spoke as if the money had come from her own pocket.", []),
    "believe-in": ("In a changing economy, younger voters still believe in hard work.", []),
    "argued-against": ("In his speech, the governor argued emphatically against the new levy.",
                       [("indirect", "the new levy", "the governor")]),
    "a-parenthetical-cue-keeps-it": ("In both cases, the mayor said, the money came from the city.",
                                     [("indirect", "In both cases", "the mayor"),
                                      ("indirect", "the money came from the city", "the mayor")]),
    "a-clause-is-no-setting": ("Under the plan, fares will rise by a third, the mayor said on Tuesday.",
                               [("indirect", "Under the plan, fares will rise by a third", "the mayor")]),
}


@pytest.mark.parametrize("text, expected", FRONTED.values(), ids=FRONTED.keys())
def test_fronted_setting(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


def test_fronted_setting_keeps_the_source_for_a_participle() -> None:
    text = "In three interviews, the senator sounded off on the mayor, saying she did not \"want to imagine\" a loss."
    assert [(k, n) for k, _, n in reading(text)] == [("mixed", "the senator")]
