"""A cue with a particle that makes it another verb answers nobody ("blasted out", "backed off"; ``particle_sense``
of response_words.tsv, senses.other_sense)."""

from collections.abc import Callable

import pytest


@pytest.mark.parametrize("text", [
    "Senator Tom Hale announced a tour of the state on Monday.\n\nMayor Ann Pike blasted out Hale's schedule to local "
    "reporters, saying the senator would visit four towns.",
    "Senator Tom Hale proposed a cap on rents.\n\nGovernor Ann Pike backed off Hale's cap on Friday, saying it needed "
    "more study.",
    "Senator Tom Hale proposed a cap on rents.\n\nGovernor Ann Pike backed away from Hale's cap on Friday, saying it "
    "needed more study.",
])
def test_a_cue_of_another_sense_answers_nobody(ends: Callable[[str], set[tuple[str, str]]], text: str) -> None:
    assert ("Ann Pike", "Tom Hale") not in ends(text)


@pytest.mark.parametrize("text", [
    "Senator Tom Hale announced a tax plan on Monday.\n\nMayor Ann Pike blasted Hale's plan on Tuesday.",
    "Senator Tom Hale proposed a cap on rents.\n\nGovernor Ann Pike backed Hale's cap on Friday.",
])
def test_the_cue_itself_still_answers(ends: Callable[[str], set[tuple[str, str]]], text: str) -> None:
    assert ("Ann Pike", "Tom Hale") in ends(text)
