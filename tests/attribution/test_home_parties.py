"""A party named like another country's ("the opposition Republican Party" in a Chilean story) is the story's
country's (home_parties.py); a body after "of the" and lower-case words of its kind ("the actors' union Y")."""

from __future__ import annotations

import pytest

import quotetrack


def _speaker(text: str, words: str):
    statement = next(s for s in quotetrack.read(text).statements if words in s.text)
    assert statement.speaker is not None
    return statement.speaker


@pytest.mark.parametrize(("text", "words", "name", "country"), [
    ("Chile's Congress in Valparaiso debated the film fund on Tuesday. Senator Tomas Ruiz, of the opposition "
     "Republican Party, said the fund should be audited. \"Taxpayers deserve to know,\" he said.", "Taxpayers",
     "Republican Party", "Chile"),
    ("Albania's parliament passed the media law in Tirana. \"This law will silence us,\" said Drita Kola, an MP for "
     "the opposition Democratic Party.", "silence", "Democratic Party", "Albania"),
    ("\"Taxpayers deserve to know,\" said Senator Tom Ruiz of the Republican Party. The US Senate votes on "
     "Monday in Washington.", "Taxpayers", "Republican Party", "United States"),
])
def test_party_is_the_story_countrys(text, words, name, country):
    speaker = _speaker(text, words)
    assert speaker.organisation is not None
    assert (speaker.organisation.name, speaker.organisation.country) == (name, country)


@pytest.mark.parametrize(("text", "words", "body"), [
    ("\"Actors were paid properly,\" said Rosa Lima, president of the actors' union Escena.", "Actors", "Escena"),
    ("\"The audit is overdue,\" said Pedro Alves, of the consumer group Defesa, on Monday.", "audit", "Defesa"),
])
def test_body_after_its_kind(text, words, body):
    speaker = _speaker(text, words)
    assert speaker.organisation is not None and speaker.organisation.name == body


@pytest.mark.parametrize(("text", "words", "body"), [
    ("Eva Lind, a criminologist at Malmo University, said: \"The evidence is weak.\"", "evidence", "Malmo University"),
    ("\"Turnout will be low,\" said Tom Reyes, a pollster at Harlow Research.", "Turnout", "Harlow Research"),
    ("\"Turnout will be low,\" said Tom Reyes, an Austin-based pollster.", "Turnout", None),  # a place of work
])
def test_profession_at_a_body(text, words, body):
    speaker = _speaker(text, words)
    assert (speaker.organisation.name if speaker.organisation else None) == body


@pytest.mark.parametrize(("text", "body"), [
    ("Kyiv is cold.\n\nVeltrenergo, the state grid operator, said repairs were under way. Its chief executive, "
     "Dmytro Savchuk, said: \"Every hryvnia will go into the network.\"", "Veltrenergo"),
    ("Prices rose again.\n\nMarlec, a small regional lender, said it would cut rates. Its chief executive, "
     "Dmytro Savchuk, said: \"Every borrower will gain.\"", "Marlec"),
])
def test_one_word_body_named_by_its_kind(text, body):
    speaker = _speaker(text, "Every")
    assert speaker.organisation is not None and speaker.organisation.name == body
