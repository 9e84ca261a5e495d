"""The sponsor of a paid message that attacks or praises (attribution/ads.py), and the agent of a reaction a subject
meets (attribution/reactions.py)."""

from __future__ import annotations

import pytest

import quotetrack

LEAD = "Sen. Tom Hale is seeking a third term this fall. "
PLAN = "Sen. Tom Hale unveiled a plan to cut farm subsidies on Monday. "


def reading(text: str) -> list[tuple[str, str | None, str | None]]:
    """(statement text, speaker name, cue text) of each statement."""
    return [(s.text, s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in quotetrack.read(text).statements]


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + "The Club for Growth ran an ad last week attacking Hale for his vote on the budget.",
                 ("Hale for his vote on the budget", "Club for Growth", "attacking"), id="a-time-after-the-noun"),
    pytest.param(LEAD + "Americans for Prosperity has released a web video that accuses Hale of raising taxes.",
                 ("Hale of raising taxes", "Americans for Prosperity", "accuses"), id="a-relative-cue"),
    pytest.param(LEAD + "Meanwhile, the Farm Bureau is airing radio spots slamming Hale over the trade deal.",
                 ("Hale over the trade deal", "Farm Bureau", "slamming"), id="a-progressive-verb"),
    pytest.param(LEAD + "In Ohio, the Labor Council launched a $2 million ad campaign on Monday criticizing Hale for "
                 "the cuts.", ("Hale for the cuts", "the Labor Council", "criticizing"), id="a-sum-and-a-campaign"),
])
def test_the_sponsor_speaks(text, expected):
    assert expected in reading(text)


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "Ads attacking Hale for his vote on the budget aired all week.", id="no-sponsor"),
    pytest.param(LEAD + "The group spent $2 million on ads attacking Hale for his vote on the budget.",
                 id="spent-on-is-no-putting-out"),
    pytest.param(LEAD + "The Club for Growth ran a long story attacking Hale for his vote on the budget.",
                 id="no-message-noun"),
])
def test_no_sponsor_statement(text):
    assert not any(speaker in {"Club for Growth", "group"} and cue == "attacking" for _, speaker, cue in reading(text))


@pytest.mark.parametrize("text, pair", [
    pytest.param(LEAD + "The Club for Growth ran an ad last week attacking Hale for his vote on the budget.",
                 ("Club for Growth", "Tom Hale"), id="an-attack"),
    pytest.param(LEAD + "The Farmers Union released a video on Tuesday praising Hale for his work on drought relief.",
                 ("Farmers Union", "Tom Hale"), id="praise"),
])
def test_the_sponsor_answers_the_object(text, pair):
    assert pair in {(r.source, r.target) for r in quotetrack.read(text, id="p").responses}


@pytest.mark.parametrize("text, expected", [
    pytest.param(PLAN + "The plan has drawn harsh criticism from Republicans.",
                 ("The plan", "Republicans", "criticism"), id="drawn-criticism"),
    pytest.param(PLAN + "Hale came under fire from Gov. Ann Ortiz over his vote on the budget.",
                 ("Hale", "Ann Ortiz", "fire"), id="came-under-fire"),
    pytest.param(PLAN + "The bill, however, is facing stiff resistance from Democrats in the Senate.",
                 ("The bill", "Democrats", "resistance"), id="an-aside-and-a-progressive"),
])
def test_the_agent_speaks_of_the_subject(text, expected):
    assert expected in reading(text)


@pytest.mark.parametrize("text", [
    pytest.param(PLAN + "Facing criticism from Democrats, Hale defended the plan on Tuesday.",
                 id="an-opening-participle"),
    pytest.param(PLAN + "Hale holds a wide lead but faces opposition from Democrats.", id="a-coordinated-predicate"),
    pytest.param(PLAN + "It is clear that Hale faces a backlash from Democrats.", id="a-that-clause"),
    pytest.param(PLAN + "The plan came under fire from Democrats over its claim that \"nobody loses a dime.\"",
                 id="a-quotation-after-the-agent"),
])
def test_no_reaction_statement(text):
    assert not any(cue in {"criticism", "opposition", "backlash", "fire"} for _, _, cue in reading(text))


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD + "Gov. Ann Ortiz was the most forceful figure on stage, mocking Hale as a newcomer who "
                 "memorized talking points.",
                 ("Hale as a newcomer who memorized talking points", "Ann Ortiz", "mocking"),
                 id="after-a-clause-of-no-cue"),
    pytest.param(LEAD + "Ortiz spoke for nearly an hour in Dayton, slamming Hale for his votes on trade.",
                 ("Hale for his votes on trade", "Ann Ortiz", "slamming"), id="after-a-place"),
    pytest.param(LEAD + "Later that day, Ortiz stepped up her campaign against Hale, criticizing him for missed votes.",
                 ("him for missed votes", "Ann Ortiz", "criticizing"), id="after-a-time"),
])
def test_an_attack_participle_carries_the_subject(text, expected):
    assert expected in reading("Gov. Ann Ortiz is his rival. " + text)


@pytest.mark.parametrize("text", [
    pytest.param("Gov. Ann Ortiz won re-election in 2014, defending the seat she has held since 2006.",
                 id="defending-a-seat"),
    pytest.param("Gov. Ann Ortiz won the primary easily, backing away from her earlier plan.", id="backing-away"),
])
def test_no_carried_statement_for_other_participles(text):
    assert not any(speaker == "Ann Ortiz" for _, speaker, _ in reading(LEAD + text))
