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
