"""Relative clauses naming the body a speaker is in: "X, who drives for Y", "who runs the emergency department at
Y", "who chairs the Y council" / "the BMA's council" (a body owning a unit of itself), "who heads Y"; not a
person's campaign ("who runs Tom Hale's campaign") nor a phrase that only mentions a body ("who leads in polls of
Y voters")."""

from __future__ import annotations

import pytest

from quotetrack.attribution.affiliations import read_affiliation
from quotetrack.lexicon import load_lexicon

LEXICON = load_lexicon()


def body_of(text: str, name: str) -> str | None:
    start = text.index(name)
    found = read_affiliation(text, start, start + len(name), LEXICON)
    return found.body if found is not None else None


@pytest.mark.parametrize(("text", "name", "body"), [
    pytest.param('"We were quicker," said Pia Lund, who drives for Valmont Racing.', "Pia Lund", "Valmont Racing",
                 id="drives-for"),
    pytest.param('"Beds are full," said Dr Ana Ruiz, who runs the emergency department at St Agnes Hospital.',
                 "Ana Ruiz", "St Agnes Hospital", id="runs-a-unit-at"),
    pytest.param('"We will ballot," said Dr Ken Ade, who chairs the NMA\'s council.', "Ken Ade", "NMA",
                 id="chairs-an-acronym-s-council"),
    pytest.param('"We will appeal," said Mia Holt, who chairs the Velto Group\'s board.', "Mia Holt", "Velto Group",
                 id="chairs-a-group-s-board"),
    pytest.param('"The data are clear," said Dr Omar Said, who heads research at the Lister Institute.', "Omar Said",
                 "Lister Institute", id="heads-a-field-at"),
    pytest.param('"Trust us," said Tom Vale, who works as a nurse at Eastfield Hospital.', "Tom Vale",
                 "Eastfield Hospital", id="works-as-a-role-at"),
])
def test_a_relative_clause_names_the_body(text, name, body):
    assert body_of(text, name) == body


@pytest.mark.parametrize(("text", "name"), [
    pytest.param('"We will win," said Ann Vell, who runs Tom Hale\'s campaign.', "Ann Vell", id="a-person-s-campaign"),
    pytest.param('"I am ahead," said Jo Marr, who leads in opinion polls of Labour voters.', "Jo Marr",
                 id="a-preposition-before-the-body"),
])
def test_a_relative_clause_naming_no_body_of_the_speaker(text, name):
    assert body_of(text, name) is None
