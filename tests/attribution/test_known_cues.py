"""Tests of constructions around cues the lexicon knows (issue 14): where their clauses end, who their subject is."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("While Mayor Ana Ruiz says the levy will fall, the council expects a rise.",
                 [("indirect", "the levy will fall", "Ana Ruiz"), ("indirect", "a rise", "the council")],
                 id="while-clause"),
    pytest.param("Although the agency found the bridge safe, its report was never published.",
                 [("indirect", "the bridge safe", "the agency")], id="although-clause"),
    pytest.param("The levy will rise, but while Ana Ruiz says the rise is small, it is the third this year.",
                 [("indirect", "the rise is small", "Ana Ruiz")], id="while-after-but"),
    pytest.param("While the agency says costs will fall, critics doubt it.",
                 [("indirect", "costs will fall", "the agency")], id="the-main-clause-reports-no-fronted-clause"),
    pytest.param("Ana Ruiz said that while costs will fall, the levy will rise.",
                 [("indirect", "that while costs will fall, the levy will rise", "Ana Ruiz")],
                 id="a-subordinate-clause-inside-the-report"),
    pytest.param("Ana Ruiz said costs will fall, the levy will rise and rents will stay flat.",
                 [("indirect", "costs will fall, the levy will rise and rents will stay flat", "Ana Ruiz")],
                 id="no-subordinate-clause"),
])
def test_a_fronted_subordinate_clause_ends_its_report(text, expected):
    """'While X says A, B': A is X's, B is the writer's main clause."""
    assert reading(text) == expected
