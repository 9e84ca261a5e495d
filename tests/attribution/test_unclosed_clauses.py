"""Speakers of issue 14 (branch spk5): subjects whose relative clause or title chain is left open, continuations."""

from __future__ import annotations

import pytest

import quotetrack


def readings(text: str) -> list[tuple[str, str | None]]:
    """(statement text, speaker name) of each statement read in ``text``."""
    return [(s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


def test_an_unclosed_relative_after_another_speakers_quotation():
    """'"...," said Tom Hale. "...," Ann Dale, who has led X since 2010 said': Dale, not the speaker before."""
    text = ('"It is a bad deal," said Tom Hale. "We will fight it," Ann Dale, who has led the Harbor Fund since 2010 '
            'said.')
    assert [name for _, name in readings(text)] == ["Tom Hale", "Ann Dale"]


def test_a_cue_inside_the_relative_clause_keeps_its_own_subject():
    """'Ann Dale, who critics said was unfit, ...': the critics said it; no unclosed clause."""
    text = 'Ann Dale, who critics said was unfit for the job, has called the plan "a bad deal."'
    assert readings(text)[0][1] == "critics"


JOINED_TITLES = [  # '"...," said TITLE and TITLE NAME': the person after both titles speaks
    pytest.param('"It is a bad deal for workers," said former Ohio Gov. and party Chairman Tom Hale.', "Tom Hale",
                 id="abbreviated-title-and-title"),
    pytest.param('"We will win this seat back," said former senator and longtime Harbor Party National Committee '
                 'Chairman Ann Dale.', "Ann Dale", id="title-and-long-title"),
]


@pytest.mark.parametrize(("text", "speaker"), JOINED_TITLES)
def test_the_person_after_two_joined_titles_speaks(text, speaker):
    assert [name for _, name in readings(text)] == [speaker]


def test_a_second_person_joined_by_and_is_no_title_chain():
    """'said former Gov. Ann Dale and her husband, Tom Hale': Dale is named first and speaks."""
    assert readings('"It is a bad deal," said former Gov. Ann Dale and her husband, Tom Hale.')[0][1] == "Ann Dale"


LAST_SPEAKERS = [
    # '"Q1," X said after Y argued that ... "Q2."': Q2 carries on X's direct quotation, not Y's report
    pytest.param('The host spoke first. "Your show is amazing," Hale told Dale, after Dale assured Hale that most of '
                 'his listeners backed him. "I will not let you down."', "Hale", id="continued-after-a-report"),
    pytest.param('"We will fight this in court," Ann Dale said on Monday, as her rivals argued that the ruling was '
                 'final. "It is not over."', "Ann Dale", id="continued-as-others-argued"),
    # a quotation no cue claims, in a sentence opening with a titled person or one with an apposition
    pytest.param('Ann Dale has many famous backers. Former secretary of state Mary Pike stirred anger this year over '
                 'her remark that “there is a special place in hell for people who do not vote.”', "Mary Pike",
                 id="opening-person-with-a-title"),
    pytest.param('Ann Dale has many famous backers. Mary Pike, a Dale backer, stirred anger this year over her remark '
                 'that “there is a special place in hell for people who do not vote.”', "Mary Pike",
                 id="opening-person-with-a-closed-apposition"),
    # a participle cue after a thing that shows words: the thing, not its holder, quotes
    pytest.param('About 200 people marched downtown. Ann Dale held up a sign saying “Jobs, not cuts, for this city.”',
                 "a sign", id="a-sign-saying"),
    pytest.param('The march ended at city hall. Tom Hale and his sons waved a banner saying “No more cuts to our '
                 'schools.”', "a banner", id="a-banner-saying"),
]


@pytest.mark.parametrize(("text", "speaker"), LAST_SPEAKERS)
def test_the_last_statements_speaker(text, speaker):
    assert readings(text)[-1][1] == speaker


def test_a_continuation_after_a_sentence_of_its_own_carries_the_last_report():
    """'"Q1," Dale said. Hale argued that ... "Q2."': the indirect report stands in a sentence of its own."""
    text = ('"We will fight this in court," Ann Dale said on Monday. Tom Hale argued that the ruling was final. "It is '
            'over."')
    assert readings(text)[-1][1] == "Tom Hale"


def test_a_statement_issued_is_still_its_issuers():
    """'The mayor issued a statement saying "..."': the issuer speaks, as before."""
    assert readings('The mayor issued a statement saying “the bridge will not open before May.”')[-1][1] == "The mayor"
