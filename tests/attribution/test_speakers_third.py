"""Speakers of issue 14, third round (branch spk6): light verbs, owned descriptions, particles, modified bodies."""

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



OWNED_DESCRIPTIONS = [  # 'The Harbor Party's presumed White House nominee, Reyes has won ... by echoing "..."'
    pytest.param('The Harbor Party’s presumed White House nominee, Reyes has won the support of millions by echoing '
                 'many themes of “angry voters” in the state.', "Reyes", id="long-owned-description"),
    pytest.param("The city council's longest-serving Democratic member, Ann Dale has spent years fighting the plan, "
                 'calling it "a giveaway to developers."', "Ann Dale", id="participle-after-clause"),
]



PARTICLE_NAMES = [  # a family name written with its particle and a hyphen is part of the name
    pytest.param('"We will not leave our homes," said Anwar al-Hakim, a cleric in the old city.', "Anwar al-Hakim",
                 id="al-after-cue"),
    pytest.param('Ahmed el-Tayeb, the head of the council, said the vote was "a betrayal of the people."',
                 "Ahmed el-Tayeb", id="el-before-apposition"),
]



MODIFIED_BODIES = [  # 'a spokesman for committee Democrats said': the role before the modified body speaks
    pytest.param('Republican aides noted that the panel met twice. "The facts have not changed," a spokesman for '
                 'committee Democrats said.', "a spokesman for committee Democrats", id="committee"),
    pytest.param('Republican aides noted that the panel met twice. "We expect a vote soon," a spokeswoman for state '
                 'Republicans said.', "a spokeswoman for state Republicans", id="state"),
]

RECORDS = [  # '..., lobbying disclosures show': a record of filings is a described source
    pytest.param('Hale Partners lobbied the agency for the bank on "issues relating to banking rules," lobbying '
                 'disclosures show.', "lobbying disclosures", id="disclosures"),
]


@pytest.mark.parametrize(("text", "speaker"),
                         LIGHT_VERBS + OWNED_DESCRIPTIONS + PARTICLE_NAMES + MODIFIED_BODIES + RECORDS)
def test_the_speaker_of_the_last_statement(text, speaker):
    """Light verbs, long owned descriptions, hyphened particles, bodies with a noun modifier, records."""
    assert speakers(text)[-1] == speaker
