"""Speakers of issue 14, fourth round (branch spk7): the group a demonym or body modifies."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


MODIFIED_GROUPS = [  # "The Democratic nominee outlined ... and vowed ...": the group speaks, not "Democratic"
    pytest.param('The union is angry. The Democratic nominee also outlined her housing plan and vowed to punish '
                 '"those who cheat tenants."', "The Democratic nominee", id="demonym-nominee-mixed"),
    pytest.param("The union is angry. The Democratic nominee has offered warm words about the union, but has denied "
                 "any formal tie to it.", "The Democratic nominee", id="demonym-nominee-but"),
    pytest.param("The strike goes on. Republican leaders met on Monday and vowed to block the bill.",
                 "Republican leaders", id="demonym-leaders"),
    pytest.param("The strike goes on. Senate Republicans met on Monday and vowed to block the bill.",
                 "Senate Republicans", id="body-alone-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIED_GROUPS)
def test_a_demonym_before_a_source_noun_modifies_the_group(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected
