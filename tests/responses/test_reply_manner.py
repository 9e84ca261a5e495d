"""How a reply was given ("shot back in a statement", "responded by saying") is no object: the turn answers the
previous speaker."""

from __future__ import annotations

import pytest

CLAIM = "Governor Tim Bright said on Monday that Senator Ray Cole had lied about the state budget. "


@pytest.mark.parametrize("reply", [
    pytest.param("Cole responded by saying that he had told the truth.", id="responded-by-saying"),
    pytest.param("Cole replied by pointing to his record on the budget.", id="replied-by-pointing"),
    pytest.param("Cole shot back in a statement, saying he had \"never misled anyone.\"", id="in-a-statement"),
    pytest.param("Cole hit back in a brief written statement, calling the charge false.", id="modified-medium"),
])
def test_a_reply_told_by_its_manner_answers_the_previous_speaker(reply, ends):
    assert ("Ray Cole", "Tim Bright") in ends(CLAIM + reply)


TOLD = "Mayor Ann Kolb told union workers in Dayton that Tim Bright had hoped for a housing crash. "


@pytest.mark.parametrize("reply", [
    pytest.param("Bright shot back in a statement, saying he had \"made money in down markets.\"", id="in-a-statement"),
    pytest.param("Bright hit back with a tweet, calling the mayor \"a liar.\"", id="with-a-tweet"),
])
def test_a_reply_through_a_medium_answers_the_previous_speaker(reply, ends):
    assert ("Tim Bright", "Ann Kolb") in ends(TOLD + reply)


def test_a_reply_to_someone_named_answers_them(ends):
    text = CLAIM + "Mayor Ann Kolb backed the governor. Cole responded to Kolb by saying she had not read the budget."
    found = ends(text)
    assert ("Ray Cole", "Ann Kolb") in found and ("Ray Cole", "Tim Bright") not in found
