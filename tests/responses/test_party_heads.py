"""A party's name before its own head noun is the party a cue answers ("accused the ruling Fidesz party of ..."):
"ruling" there is an adjective of the party, not the act noun."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Tom Reid blamed the ruling Fidesz party for the deficit.", ("Tom Reid", "Fidesz"),
                 id="the-ruling-party"),
    pytest.param("Union leaders on Monday condemned the governing Likud party over the strike law.",
                 ("Union leaders", "Likud"), id="a-group-source"),
    pytest.param("Union leader Ann Pike criticised the ruling Labour party's budget as cruel.",
                 ("Ann Pike", "Labour Party"), id="the-party's-act"),
])
def test_a_party_before_its_head_noun_is_answered(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Mayor Tom Reid said the plant would close. Governor Ann Pike condemned the ruling, saying Reid had "
                 "been told.", ("Ann Pike", "Fidesz"), id="a-ruling-names-no-party"),
    pytest.param("Senator Tom Reid welcomed the Fidesz delegation to the capital.", ("Tom Reid", "Fidesz"),
                 id="a-name-before-another-noun-modifies-it"),
])
def test_no_party_without_its_head_noun(text, pair, ends):
    assert pair not in ends(text)
