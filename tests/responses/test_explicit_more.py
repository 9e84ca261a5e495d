"""More explicit cues: a country owning the answered act, groups named with a place, "pooh-poohed"."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.model import Speaker
from quotetrack.responses.parties import is_party
from quotetrack.responses.words import response_words


def test_a_country_owning_the_act_is_answered_over_an_earlier_claim(ends):
    text = ("Sen. Tom Hale claimed on Monday that the tests were fake. Candidates in both parties condemned North "
            "Korea's claim to have tested a hydrogen bomb.")
    pairs = ends(text)
    assert ("Candidates in both parties", "North Korea") in pairs
    assert ("Candidates in both parties", "Tom Hale") not in pairs


@pytest.mark.parametrize(("name", "party"), [
    pytest.param("Candidates in both parties", True, id="candidates"),
    pytest.param("Critics at the hearing", True, id="a-group-at-a-place"),
    pytest.param("Visitors in both parties", False, id="no-group-noun"),
])
def test_a_group_s_head_noun_ends_before_a_preposition(name, party):
    assert is_party(Speaker(name=name, kind="group"), response_words(load_lexicon())) is party


def test_pooh_poohed_is_a_response_cue(ends):
    text = "Sen. Ann Ortiz unveiled a farm plan on Monday. Sen. Tom Hale pooh-poohed the plan."
    assert ("Tom Hale", "Ann Ortiz") in ends(text)


@pytest.mark.parametrize(("sentence", "stance"), [
    pytest.param("Gov. Ann Reyes expressed opposition to Hale's plan on Monday.", "rejects", id="express-opposition"),
    pytest.param("Gov. Ann Reyes voiced support for Hale's plan on Monday.", "supports", id="voice-support"),
])
def test_expressed_stances_are_response_cues(sentence, stance):
    text = "Sen. Tom Hale proposed a ban on imports. " + sentence
    found = {(r.source, r.target, r.stance) for r in quotetrack.read(text, id="p").responses}
    assert ("Ann Reyes", "Tom Hale", stance) in found


def test_discounted_claims_answer_their_author(ends):
    text = "Sen. Tom Hale proposed a ban on imports. Analysts discounted the plan as a gimmick."
    assert ("Analysts", "Tom Hale") in ends(text)


def test_discounted_as_an_adjective_is_no_cue():
    assert not quotetrack.read("The airline sold discounted tickets on Monday.", id="p").statements
