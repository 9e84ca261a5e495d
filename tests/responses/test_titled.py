"""A speaker named again by their title ("the senator", "The Ohio governor") answers as the person it names
(``responses.titled``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text", [
    'Governor Ruth Baxter unveiled a plan to cut school funding. Sen. Tom Hale of Ohio spoke on Monday. '
    'The Ohio senator criticized Baxter.',
    'Governor Ruth Baxter said on Monday that the schools had wasted millions. Sen. Tom Hale toured a school in Dayton '
    'the next day. "She has it backwards," the senator replied.',
    "Senator Ruth Baxter said the budget was balanced. Gov. Tom Hale spoke in Boston on Friday. The Ohio governor "
    "rejected Baxter's claim.",
])
def test_a_title_description_speaks_as_the_person(ends: Ends, text: str) -> None:
    assert ("Tom Hale", "Ruth Baxter") in ends(text)


@pytest.mark.parametrize("text", [
    # no one of that title named before: the description stays an unnamed voice
    'Governor Ruth Baxter unveiled a plan to cut school funding. Tom Hale spoke on Monday. '
    'The senator criticized Baxter.',
    # a head noun that is no title
    'Governor Ruth Baxter unveiled a plan to cut school funding. Sen. Tom Hale spoke on Monday. '
    "The ad's narrator criticized Baxter.",
])
def test_no_person_for_a_description_without_its_title(ends: Ends, text: str) -> None:
    assert ("Tom Hale", "Ruth Baxter") not in ends(text)
