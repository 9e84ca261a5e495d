"""Group head nouns of response_words.tsv: a group so named speaks and is answered as one party."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Governor Tom Hale said he would close three rural hospitals. Republican leaders rebuked Hale, "
                 "saying the plan would hurt families.", ("Republican leaders", "Tom Hale"),
                 id="leaders-as-the-source"),
    pytest.param("Business leaders said the tax would cost jobs. Governor Tom Hale hit back at business leaders, "
                 "saying the tax was fair.", ("Tom Hale", "Business leaders"), id="leaders-as-the-target"),
])
def test_leaders_speak_as_one(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The fans' group met on Monday. Its chair, Tom Reid, said ticket prices were too high and blamed "
                 "the biggest clubs for \"pricing out families\".", ("Tom Reid", "biggest clubs"),
                 id="clubs-as-the-target"),
    pytest.param("League chief Ann Pike accused the top teams of hoarding players.", ("Ann Pike", "top teams"),
                 id="teams-as-the-target"),
])
def test_clubs_and_teams_are_answered_as_one(text, pair, ends):
    assert pair in ends(text)
