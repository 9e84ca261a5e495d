"""A body named just before a piece of words it wrote ("denied a Reuters report") is the cue's target."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Lisa Moran on Wednesday denied an Associated Press report that her campaign is cutting "
                 "staff.", ("Lisa Moran", "Associated Press"), id="denied-a-wire-report"),
    pytest.param("Governor Dana Whitfield has rejected a Fox News proposal for a final debate with her rival.",
                 ("Dana Whitfield", "Fox News"), id="rejected-a-network-proposal"),
    pytest.param("Mayor Ann Kolb on Monday dismissed a New York Times story that the city had hidden its debts.",
                 ("Ann Kolb", "New York Times"), id="dismissed-a-paper-story"),
    pytest.param("Senator Ray Cole dismissed a CNN poll that showed him trailing by ten points.",
                 ("Ray Cole", "CNN"), id="dismissed-a-poll"),
])
def test_the_author_of_an_answered_piece_is_the_target(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Lisa Moran criticized the tax plan in a CNN interview on Sunday.", ("Lisa Moran", "CNN"),
                 id="an-interview-is-no-piece"),
    pytest.param("Governor Dana Whitfield attacked her rival's record during a Fox News debate.",
                 ("Dana Whitfield", "Fox News"), id="a-debate-is-no-piece"),
])
def test_a_name_before_another_noun_stays_no_target(text, pair, ends):
    assert pair not in ends(text)
