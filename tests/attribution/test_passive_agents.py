"""The agent of a passive response verb and its reason (attribution/passives.py)."""

from __future__ import annotations

import pytest

import quotetrack

LEAD = "Sen. Ann Ortiz unveiled a plan to cut farm subsidies on Monday. "


def reading(text: str) -> list[tuple[str, str | None, str | None]]:
    """(statement text, speaker name, cue text) of each statement."""
    return [(s.text, s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in quotetrack.read(text).statements]


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + "Ortiz has been rebuked by opponents for her plan to close rural schools.",
                 ("for her plan to close rural schools", "opponents", "rebuked"), id="a-reason-for"),
    pytest.param("Labour set out its plans, but the scheme was dismissed by the Tories as a costly gimmick.",
                 ("as a costly gimmick", "Tories", "dismissed"), id="a-reason-as"),
    pytest.param(LEAD + "Ortiz was sharply criticized by Gov. Sam Reyes over the cuts to subsidies.",
                 ("over the cuts to subsidies", "Sam Reyes", "criticized"), id="an-adverb-between"),
])
def test_a_passive_agent_gives_its_reason(text, expected):
    assert expected in reading(text)


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "The plan was criticized by farm groups.", id="no-reason"),
    pytest.param(LEAD + "Farm groups criticized the plan for its cost.", id="an-active-verb"),
    pytest.param(LEAD + "The plan was drafted by farm groups for the next session.", id="no-response-verb"),
])
def test_no_passive_agent_statement(text):
    assert not any(cue in {"criticized", "drafted"} and speaker == "farm groups" and said.startswith(("for", "over"))
                   for said, speaker, cue in reading(text))


@pytest.mark.parametrize("text, pair", [
    pytest.param(LEAD + "Ortiz has been rebuked by opponents for her plan to close rural schools.",
                 ("opponents", "Ann Ortiz"), id="the-agent-answers-the-subject"),
    pytest.param("Sen. Tom Hale unveiled a tax plan. Hale was attacked by Gov. Sam Reyes for the cuts to schools.",
                 ("Sam Reyes", "Tom Hale"), id="a-named-agent"),
])
def test_the_agent_answers_the_subject(text, pair):
    assert pair in {(r.source, r.target) for r in quotetrack.read(text, id="p").responses}
