"""A bare surname two people share: a response end read as a relative named in passing, or as a person the text
names in full only later, is re-read (quotetrack/responses/namesakes.py)."""

from collections.abc import Callable

import pytest

from quotetrack.lexicon import load_lexicon
from quotetrack.responses.namesakes import bare_at, full_names, namings

LEXICON = load_lexicon()
KIN = frozenset({"husband", "wife", "son", "daughter", "brother", "sister"})


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Senate race heats up.\n\nRepresentative Ann Okafor launched her Senate bid on Friday. Her brother, businessman "
     "James Okafor, donated to the campaign. \"This state needs a fighter,\" Okafor said.\n\nRival candidate Greg "
     "Halvorsen attacked Okafor over her votes on the budget.",
     ("Greg Halvorsen", "Ann Okafor"), ("Greg Halvorsen", "James Okafor")),
    ("Council vote looms.\n\nCouncilwoman Teresa Lindqvist unveiled a housing plan on Monday. Her son, developer Mark "
     "Lindqvist, was at the announcement. \"We will build homes,\" Lindqvist said.\n\nCity Attorney Frank Obuya "
     "criticized Lindqvist for the plan's cost.",
     ("Frank Obuya", "Teresa Lindqvist"), ("Frank Obuya", "Mark Lindqvist")),
    ("Governor under fire.\n\nGovernor Helen Marsh signed the budget on Thursday, joined by her husband, lawyer Paul "
     "Marsh. \"It is a good budget,\" Marsh told reporters.\n\nState Senator Luis Ortega slammed Marsh over the cuts "
     "to schools.",
     ("Luis Ortega", "Helen Marsh"), ("Luis Ortega", "Paul Marsh")),
])
def test_a_relative_named_in_passing_is_not_the_target(ends: Callable[[str], set[tuple[str, str]]], text: str,
                                                       expected: tuple[str, str],
                                                       not_expected: tuple[str, str]) -> None:
    found = ends(text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize("text", [
    "Emails show campaign strain.\n\nStrategist Dana Ruiz, a former adviser to the president, called out Hale for "
    "her secrecy on Sunday.\n\nIn another email, aides worried that she could not speak in the round like Tom Hale "
    "does.",
    "Emails show campaign strain.\n\nPollster Victor Amani criticized Whitcombe over the delays in a memo to "
    "donors.\n\nA second memo said the senator would not campaign the way Robert Whitcombe had in 2008.",
])
def test_a_person_named_in_full_only_later_is_not_the_target(ends: Callable[[str], set[tuple[str, str]]],
                                                             text: str) -> None:
    assert ends(text) == set()


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Tom Ellis spoke. Ruth Ellis spoke. Ellis said ...", 35, "Tom Ellis"),  # a namesake since: no reason to doubt
    ("Ruth Ellis spoke. Her husband, Tom Ellis, agreed. Ellis said ...", 50, "Ruth Ellis"),
    ("Ruth Ellis spoke. Ellis said ... Tom Ellis said", 18, "Ruth Ellis"),
    ("Ellis said ... Tom Ellis said", 0, None),
])
def test_namings(text: str, at: int, expected: str | None) -> None:
    own = [i for i in range(len(text)) if text.startswith("Tom Ellis", i)]
    assert namings(text, "Tom Ellis", own, LEXICON, KIN, at) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Senator Ruth Ellis met Tom Ellis.", "Ruth Ellis", {"Tom Ellis": [23]}),
    ("Thomas Ellis and William J. Ellis spoke.", "Tom Ellis", {"William J. Ellis": [17]}),  # Thomas: his
    ("Barack Hussein Obama spoke.", "Barack Obama", {}),  # his middle name
    ("Jean-Marc Ayrault spoke.", "Jean-Marc Ayrault", {}),
])
def test_full_names(text: str, name: str, expected: dict[str, list[int]]) -> None:
    assert full_names(text, name, LEXICON) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ellis said", 0),
    ("Ruth Ellis said", None),
    ("Mrs. Ellis said", None),  # the courtesy title tells which one
])
def test_bare_at(text: str, expected: int | None) -> None:
    assert bare_at(text, 0, len(text), "Ellis", frozenset({"mrs"})) == expected
