"""A cue's object that describes a named person by their role ("the Republican nominee", "the president") is that
person, when the article titles exactly one person so (``responses.descriptions``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text", [
    'Republican presidential nominee Sam Ortiz spoke in Ohio on Monday. Later, Senator Ann Pike criticized the '
    'Republican nominee, saying his tax plan "would cost jobs."',
    'Republican presidential nominee Sam Ortiz spoke in Ohio on Monday. Senator Ann Pike lashed out at the GOP '
    'nominee, saying his tax plan "would cost jobs."',
    'Sam Ortiz, the Republican nominee, held a rally in Ohio. Senator Ann Pike denounced the presumptive Republican '
    'nominee, saying "He has no plan."',
])
def test_a_description_of_a_named_person_is_the_target(ends: Ends, text: str) -> None:
    assert ("Ann Pike", "Sam Ortiz") in ends(text)


@pytest.mark.parametrize("text", [
    # the description names the other party's nominee, whom the article never names
    'Republican presidential nominee Sam Ortiz spoke in Ohio on Monday. Later, Senator Ann Pike criticized the '
    'Democratic nominee, saying her tax plan "would cost jobs."',
    # two people titled so: the description is left unread
    'Republican nominee Sam Ortiz and Republican nominee Ray Dunn spoke in Ohio on Monday. Senator Ann Pike criticized '
    'the Republican nominee, saying his tax plan "would cost jobs."',
    # a vice president is no "president"
    'Vice President Sam Ortiz spoke in Ohio on Monday. Senator Ann Pike criticized the president, saying his plan '
    '"would cost jobs."',
])
def test_no_target_for_a_description_of_no_one_or_of_several(ends: Ends, text: str) -> None:
    assert ("Ann Pike", "Sam Ortiz") not in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Energy and Mines Minister Tom Reid said the ban had failed. Union leader Ann Pike said the rivers "
                 "were dirty. She accused the minister of listening to miners.", ("Ann Pike", "Tom Reid"),
                 id="fields-joined"),
    pytest.param("Lands and Natural Resources Minister Tom Reid said the bill was fair. Ann Pike, a campaigner, "
                 "accused the minister of ignoring farmers.", ("Ann Pike", "Tom Reid"), id="portfolio-words"),
])
def test_the_minister_of_joined_fields(text, pair, ends):
    assert pair in ends(text)
