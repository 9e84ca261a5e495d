"""Tests of content clauses after nouns of saying or believing (attribution/nouns.py)."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    article = quotetrack.read(text)
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in article.statements]


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Tom Brown spoke in Dayton on Friday. The crowd cheered his argument that the plant could reopen.",
        [("indirect", "that the plant could reopen", "Tom Brown")],
        id="a-possessive-pronoun-owns-the-claim",
    ),
    pytest.param(
        "Few economists accept Jane Smith's claim that the budget was balanced.",
        [("indirect", "that the budget was balanced", "Jane Smith")],
        id="a-name-owns-the-claim",
    ),
    pytest.param(
        "The union was cheered by the judges’ finding that the strike was lawful.",
        [("indirect", "that the strike was lawful", "the judges")],
        id="a-described-owner",
    ),
    pytest.param(
        "Shares fell sharply on the news, and the bank’s warning that its profits would halve spread quickly.",
        [("indirect", "that its profits would halve spread quickly", "the bank")],
        id="an-owner-before-the-possessive-mark",
    ),
    pytest.param(
        "Few voters believed Jane Smith's claim that the budget was balanced.",
        [("indirect", "that the budget was balanced", "Jane Smith")],
        id="a-cue-verb-before-the-noun",
        marks=pytest.mark.xfail(reason="the verb's complement takes the clause: 'believed ... that'", strict=True),
    ),
    pytest.param(
        "The claim that was made on Monday turned out to be false.",
        [],
        id="a-relative-that-is-no-content-clause",
    ),
    pytest.param(
        "Many people share the hope that the war will end soon.",
        [],
        id="a-claim-nobody-owns-is-not-reported",
    ),
])
def test_noun_content_clause(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jane Smith spoke for an hour. Her attacks on the governor were loud and frequent.",
                 ("indirect", "the governor", "Jane Smith"), id="a-possessive-owns-the-attacks"),
    pytest.param("The governor's endorsement of Reyes, announced on Friday, surprised the party.",
                 ("indirect", "Reyes", "The governor"), id="a-described-owner-endorses"),
    pytest.param("Jane Smith spoke for an hour. Her attacks on the governor drew loud applause.",
                 ("indirect", "the governor", "Jane Smith"), id="a-verb-in-the-past-ends-the-object",
                 marks=pytest.mark.xfail(reason="without a parse an irregular verb does not end the phrase",
                                         strict=True)),
    pytest.param("Jane Smith repeated her promise to cut property taxes in the first year.",
                 ("indirect", "her promise to cut property taxes in the first year", "Jane Smith"),
                 id="a-verb-cue-takes-the-object-first"),
    pytest.param("Few were moved by Tom Brown's pledge to close the plant's old wing.",
                 ("indirect", "to close the plant's old wing", "Tom Brown"), id="an-infinitive-keeps-its-to"),
])
def test_noun_object(text: str, expected: tuple[str, str, str | None]) -> None:
    """An owned noun of saying or judging reports its object: 'her attacks on X', "Smith's pledge to ..."."""
    assert expected in reading(text)


@pytest.mark.parametrize("text", [
    pytest.param("The attacks on the embassy killed four people.", id="attacks-nobody-owns"),
    pytest.param("The agency's report on the fire was released Monday.", id="a-noun-not-of-stance"),
    pytest.param("Jane Smith renewed her calls for a \"full and open\" inquiry.", id="quoted-words-are-read-as-quotes"),
    pytest.param("An Attack On The Poor, Smith Says", id="a-title-case-headline"),
])
def test_no_noun_object(text: str) -> None:
    """Nouns nobody owns, nouns of no stance, and quoted objects give no noun-object statement."""
    assert not any(kind == "indirect" and text.startswith(("the embassy", "the fire", "a \"full", "The Poor"))
                   for kind, text, _ in reading(text))


@pytest.mark.parametrize("text, expected", [
    pytest.param("The dispute began with a blistering attack on Ortiz by Republican Sen. Tom Hale of Ohio.",
                 ("indirect", "Ortiz", "Tom Hale"), id="the-agent-after-the-object"),
    pytest.param("The week opened with sharp criticism of the budget by Jane Smith.",
                 ("indirect", "the budget", "Jane Smith"), id="criticism-by-a-name"),
])
def test_noun_object_agent(text: str, expected: tuple[str, str, str | None]) -> None:
    """A noun nobody owns before it takes the named agent after its object: 'an attack on X by Y'."""
    assert expected in reading(text)


@pytest.mark.parametrize("text", [
    pytest.param("The attacks on the embassy by gunmen killed four people.", id="an-agent-no-name"),
    pytest.param("The attacks on the embassy, condemned by Jane Smith, killed four people.", id="by-after-a-comma"),
])
def test_no_noun_object_agent(text: str) -> None:
    """An agent that is no name, or a "by" outside the noun's phrase, owns nothing."""
    assert not any(kind == "indirect" and text.startswith("the embassy") for kind, text, _ in reading(text))
