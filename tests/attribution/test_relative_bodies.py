"""Relative clauses naming the body a speaker is in: "X, who drives for Y", "who runs the emergency department at
Y", "who chairs the Y council" / "the BMA's council" (a body owning a unit of itself), "who heads Y"; not a
person's campaign ("who runs Tom Hale's campaign") nor a phrase that only mentions a body ("who leads in polls of
Y voters"). A role owned by a body noun ("the union's general secretary, X", "who heads the consortium's policy
team") speaks for the body the text just named by that noun; a minister of a portfolio for the story's government."""

from __future__ import annotations

import pytest

import quotetrack
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


def organisation_of(text: str, name: str) -> str | None:
    for statement in quotetrack.read(text).statements:
        speaker = statement.speaker
        if speaker is not None and speaker.name == name:
            return speaker.organisation.name if speaker.organisation is not None else None
    raise AssertionError(f"no statement by {name}")


@pytest.mark.parametrize(("text", "name", "body"), [
    pytest.param('Members of the TSSA union will strike in May. "We have no choice," the union\'s general secretary, '
                 'Ruth Vane, said.', "Ruth Vane", "TSSA", id="the-union-s-role-before-the-name"),
    pytest.param('The Northern Grocers Consortium warned prices would rise. "Costs are soaring," said Ella Ward, who '
                 'heads the consortium\'s policy team.', "Ella Ward", "Northern Grocers Consortium",
                 id="a-relative-clause-owning-by-a-noun"),
    pytest.param('South Africa faces more power cuts this winter. "We will add capacity," Electricity Minister Thandi '
                 'Mokoena said.', "Thandi Mokoena", "South African government", id="a-portfolio-minister"),
])
def test_a_body_named_by_its_noun_or_portfolio(text, name, body):
    assert organisation_of(text, name) == body


@pytest.mark.parametrize(("text", "name", "body"), [
    pytest.param('"We cannot compete," said Velto\'s director general in Mexico, Jorge Ruiz.', "Jorge Ruiz", "Velto",
                 id="a-body-s-role-in-a-country"),
    pytest.param('"Rates will fall," said Marlow Bank\'s chief economist in South Africa, Pieter Botha.',
                 "Pieter Botha", "Marlow Bank", id="a-role-in-a-two-word-country"),
])
def test_a_body_s_role_in_a_place(text, name, body):
    assert body_of(text, name) == body
