"""A cue noun's agent after its object answers the object: "an attack on X by Y" (attribution/nouns.py)."""

from __future__ import annotations

import pytest

import quotetrack

LEAD = "Sen. Ann Ortiz unveiled a plan to cut farm subsidies on Monday. "


@pytest.mark.parametrize(("sentence", "pair"), [
    pytest.param("The dispute began with a blistering attack on Ortiz by Republican Sen. Tom Hale of Ohio.",
                 ("Tom Hale", "Ann Ortiz"), id="an-attack-by"),
    pytest.param("The week closed with fresh criticism of Ortiz by Gov. Sam Reyes.", ("Sam Reyes", "Ann Ortiz"),
                 id="criticism-by"),
])
def test_the_agent_answers_the_object(sentence, pair):
    pairs = {(r.source, r.target) for r in quotetrack.read(LEAD + sentence, id="p").responses}
    assert pair in pairs


def test_an_agent_after_a_comma_answers_no_one():
    text = LEAD + "The dispute began with a blistering attack on Ortiz, reported by Tom Hale of the Ledger."
    assert not [r for r in quotetrack.read(text, id="p").responses if r.source == "Tom Hale"]


@pytest.mark.parametrize(("sentence", "answers"), [
    pytest.param("Gov. Sam Reyes renewed his criticism of Ortiz on Tuesday.", True, id="an-owned-stance-noun"),
    pytest.param("Gov. Sam Reyes renewed his support for Ortiz on Tuesday.", False, id="a-noun-of-no-stance"),
])
def test_a_stance_noun_is_a_cue(sentence, answers):
    pairs = {(r.source, r.target, r.cue) for r in quotetrack.read(LEAD + sentence, id="p").responses}
    assert (("Sam Reyes", "Ann Ortiz", "criticism of") in pairs) is answers


def test_a_party_word_and_three_title_words_modify_the_name():
    text = "Republicans slammed Democratic vice presidential nominee Ann Ortiz for her past work."
    assert ("Republicans", "Ann Ortiz") in {(r.source, r.target) for r in quotetrack.read(text, id="p").responses}
