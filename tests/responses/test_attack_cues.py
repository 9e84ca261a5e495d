"""Attack verbs of political news as response cues: "savaged", "bashed", "hammered", "went after", "took a shot at"."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]

_BEFORE = "Governor Ruth Baxter unveiled a plan to cut school funding on Monday. "


@pytest.mark.parametrize("sentence", [
    "Senator Tom Hale savaged Baxter at a town hall in Dayton.",
    "On Wednesday, Senator Tom Hale bashed Baxter's plan in a speech to teachers, saying it would close schools.",
    'Senator Tom Hale has repeatedly hammered Baxter over the cuts. "It is a disgrace," he said on Friday.',
    "Senator Tom Hale went after Baxter on Tuesday over the cuts, calling them reckless.",
    'Senator Tom Hale also took a shot at Baxter, without naming her. "Some people never learn," he said.',
    'Senator Tom Hale has taken shots at Baxter for months. "The schools deserve better," Hale said on Friday.',
    "Senator Tom Hale called out Baxter for the cuts, saying they would close rural schools.",
    'Senator Tom Hale trashed Baxter on a radio show. "She has no idea what schools need," he said.',
    'Senator Tom Hale lit into Baxter at the rally. "She has never set foot in a rural school," he said.',
    "Senator Tom Hale skewered Baxter in an op-ed, arguing that the cuts would cost more than they save.",
])
def test_an_attack_verb_answers_its_object(ends: Ends, sentence: str) -> None:
    assert ("Tom Hale", "Ruth Baxter") in ends(_BEFORE + sentence)


@pytest.mark.parametrize("sentence", [
    # an intention, not an attack made: only the past forms of "go after" are cues
    'Senator Tom Hale said his plan was "to go after them" if he wins.',
    # a hammer is no attack
    "Senator Tom Hale posed with a hammer at a building site while Baxter toured a school.",
])
def test_no_attack_without_an_attack_made(ends: Ends, sentence: str) -> None:
    assert ("Tom Hale", "Ruth Baxter") not in ends(_BEFORE + sentence)
