"""Speakers of issue 14, fourth round (branch spk7): the group a demonym or body modifies."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


MODIFIED_GROUPS = [  # "The Democratic nominee outlined ... and vowed ...": the group speaks, not "Democratic"
    pytest.param('The union is angry. The Democratic nominee also outlined her housing plan and vowed to punish '
                 '"those who cheat tenants."', "The Democratic nominee", id="demonym-nominee-mixed"),
    pytest.param("The union is angry. The Democratic nominee has offered warm words about the union, but has denied "
                 "any formal tie to it.", "The Democratic nominee", id="demonym-nominee-but"),
    pytest.param("The strike goes on. Republican leaders met on Monday and vowed to block the bill.",
                 "Republican leaders", id="demonym-leaders"),
    pytest.param("The strike goes on. Senate Republicans met on Monday and vowed to block the bill.",
                 "Senate Republicans", id="body-alone-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIED_GROUPS)
def test_a_demonym_before_a_source_noun_modifies_the_group(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


RECORDS_OF_A_BODY = [  # "according to Federal Election Commission filings": the body's records, not the body
    pytest.param("The senator spent $5 million on ads last year, according to Federal Election Commission filings.",
                 "Federal Election Commission filings", id="filings"),
    pytest.param("The base will close in May, according to Pentagon officials.", "Pentagon officials",
                 id="officials"),
    pytest.param("The station paid $300 for the spot, according to Federal Communications Commission records.",
                 "Federal Communications Commission records", id="records"),
    pytest.param("The base will close in May, said Pentagon spokesman Jeff Davis.", "Jeff Davis",
                 id="title-before-name-unchanged"),
    pytest.param("The base will close in May, according to the Pentagon.", "Pentagon", id="body-alone-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS_OF_A_BODY)
def test_a_body_before_a_source_noun_after_the_cue_modifies_it(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


SPOKESPEOPLE_OF_A_BODY = [  # "A spokesman for Harbor Networks declined ... but said": the body stays with its speaker
    pytest.param('The firm was paid $2 million. A spokesman for Harbor Networks declined to comment on the audit but '
                 'said in a statement that "the firm followed every rule."', "A spokesman for Harbor Networks",
                 id="capitalised-run-after-entity"),
    pytest.param("The school was closed for a week. A reporter for the Daily Ledger asked about the delay and said "
                 "the board had ignored the parents.", "A reporter for the Daily Ledger", id="the-body"),
    pytest.param("The firm was paid $2 million. A spokesman for the company declined to comment on the audit but "
                 "said the firm followed every rule.", "A spokesman", id="no-name-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), SPOKESPEOPLE_OF_A_BODY)
def test_a_described_subject_of_a_coordinated_cue_keeps_its_body(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


TIMES_AFTER_A_SOURCE = [  # "according to a report on Wednesday": the time is the writer's, not the source's name
    pytest.param("The state has paid $2 million so far, according to a legislative report on Monday.",
                 "a legislative report", id="on-weekday"),
    pytest.param("Some 40 percent of voters view her unfavorably, according to a Gallup poll last week.",
                 "a Gallup poll", id="last-week"),
    pytest.param("The fund lost $3 million, according to an audit in March.", "an audit", id="in-month"),
    pytest.param("Some 40 percent of voters view her unfavorably, according to a Gallup poll released last week.",
                 "a Gallup poll released last week", id="participle-keeps-its-time"),
    pytest.param("The state has paid $2 million so far, according to the Bank of England.", "Bank of England",
                 id="no-time-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), TIMES_AFTER_A_SOURCE)
def test_a_time_closing_a_source_after_its_cue_is_left_out(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


OPENING_SUBORDINATE_CLAUSES = [  # "While X plots ..., Y is looking ..., hoping": Y is the participle's subject
    pytest.param("While Democrats plot to exploit the rift, Republicans are looking to do the same, hoping to win "
                 "over moderate Democrats.", "Republicans", id="while"),
    pytest.param("Although Tom Hale lost the vote, Ann Dale kept fighting, arguing that the plan was unfair.",
                 "Ann Dale", id="although"),
    pytest.param("Because the council stalled, Mayor Ann Dale went to the state, insisting that the money was owed.",
                 "Ann Dale", id="because"),
    pytest.param("After the vote, Ann Dale kept fighting, arguing that the plan was unfair.", "Ann Dale",
                 id="opening-phrase"),
    pytest.param("Ann Dale kept fighting after Tom Hale won the vote, arguing that the plan was unfair.", "Ann Dale",
                 id="no-opener-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_SUBORDINATE_CLAUSES)
def test_a_participle_after_an_opening_subordinate_clause_has_the_main_subject(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected
