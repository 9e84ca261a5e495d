"""Speakers of issue 14, third round (branch spk6): descriptions that stop before a light verb."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


LIGHT_VERBS = [  # 'his friends make jokes about "..."': the description ends before the light verb
    pytest.param('Jo Hale left the city years ago. Now his friends make jokes about sending him "a map and a compass."',
                 "his friends", id="make"),
    pytest.param('Residents of the town made jokes about the "endless roadwork" on Main Street.',
                 "Residents of the town", id="made-after-phrase"),
    pytest.param('Her aides make jokes about the "smallest convention in history."', "Her aides", id="possessive"),
]


@pytest.mark.parametrize(("text", "speaker"), LIGHT_VERBS)
def test_a_description_ends_before_a_light_verb(text, speaker):
    assert speakers(text) == [speaker]


OWNED_DESCRIPTIONS = [  # 'The Harbor Party's presumed White House nominee, Reyes has won ... by echoing "..."'
    pytest.param('The Harbor Party’s presumed White House nominee, Reyes has won the support of millions by echoing '
                 'many themes of “angry voters” in the state.', "Reyes", id="long-owned-description"),
    pytest.param("The city council's longest-serving Democratic member, Ann Dale has spent years fighting the plan, "
                 'calling it "a giveaway to developers."', "Ann Dale", id="participle-after-clause"),
]


@pytest.mark.parametrize(("text", "speaker"), OWNED_DESCRIPTIONS)
def test_the_name_after_a_long_owned_description_speaks(text, speaker):
    assert speakers(text) == [speaker]


PARTICLE_NAMES = [  # a family name written with its particle and a hyphen is part of the name
    pytest.param('"We will not leave our homes," said Anwar al-Hakim, a cleric in the old city.', "Anwar al-Hakim",
                 id="al-after-cue"),
    pytest.param('Ahmed el-Tayeb, the head of the council, said the vote was "a betrayal of the people."',
                 "Ahmed el-Tayeb", id="el-before-apposition"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICLE_NAMES)
def test_a_hyphened_particle_joins_the_family_name(text, speaker):
    assert speakers(text) == [speaker]
