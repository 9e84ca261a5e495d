"""Speaker resolution: which person a pronoun source stands for."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Tom Reeve was in a row with Britain's Dan Cole last year. The American had doubted Cole's injury. "
                 'And the American remains critical. "Nobody here is hungry," he claimed.', "Tom Reeve",
                 id="described-subject-passes-over-its-object"),
    pytest.param('Jim Hale met Ann Roe. The minister of trade, Mr Tom Dace, argues there is no need to act. '
                 '"We must not overreact," he said.', "Tom Dace", id="described-subject-with-its-name"),
    pytest.param('Tom Reeve met Dan Cole. Cole said it went well. "It was fine," he said.', "Dan Cole",
                 id="named-subject-nearest"),
    pytest.param('Tom Reeve met Dan Cole on Monday. "It was fine," he said.', "Tom Reeve", id="subject-over-object"),
    pytest.param('Speaking in court, Mr Tom Ebbers denied he pressured Scott Sullivan. Mr Sullivan "made the '
                 'accounting decisions," he told the court.', "Tom Ebbers", id="not-whom-the-words-talk-of"),
    pytest.param('Ann Roe ran the firm for years. But Roe, then new to the job, poured "cold water on the idea," she '
                 'wrote in her memoir.', "Ann Roe", id="talked-of-is-the-only-one-of-that-gender"),
    pytest.param("Senator Laura Quinn and Governor Mark Dillon clashed on Monday. Quinn repeatedly invoked Mayor "
                 "Okafor "
                 "and said that Dillon's attacks on her were attacks on Okafor. In response to Dillon's charge that "
                 "she was soft on crime, she said she and Okafor had cut crime.", "Laura Quinn",
                 id="known-gender-over-unknown"),
    pytest.param("Dan Cole met voters. On Monday, Mr. Cole's campaign chairman, Tom Reeve, dismissed the criticism. "
                 "He attempted to calm the party, arguing that Mr. Cole was now focused on jobs.", "Tom Reeve",
                 id="a-name-owning-the-role-of-the-next-name-is-not-the-subject"),
    pytest.param("Dan Cole met voters. Mr. Cole's speech was long. He argued that taxes were too high.", "Dan Cole",
                 id="a-possessive-with-no-named-holder-still-counts"),
])
def test_pronoun_stands_for_the_subject(text, speaker):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Tom Reeve was in a row with Britain's Dan Cole last year. The American had cast doubt on Cole's "
                 "claims he was injured.", "Tom Reeve", id="the-american-is-the-subject-before"),
    pytest.param("Ann Roe lost to Jo Park in the final on Sunday. The Kenyan said the track had been too wet.",
                 "Ann Roe", id="the-kenyan-is-the-subject-before"),
    pytest.param("Senator Ruth Ellis spoke on Monday. The Americans said the deal was unfair.", "Americans",
                 id="a-plural-demonym-is-a-group"),
])
def test_a_demonym_subject_stands_for_a_person(text, speaker):
    """'The American', a singular demonym as a subject, stands for the person named first just before."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Harris campaign said on Friday that the advert would run in three states.", "Harris campaign",
                 id="campaign-of-a-named-candidate"),
    pytest.param("The Biden administration says the new rules will take effect in March.", "Biden administration",
                 id="administration-of-a-named-president"),
    pytest.param("The campaign said on Friday that the advert would run in three states.", "The campaign",
                 id="no-name-keeps-the-article"),
    pytest.param("The Bank said on Thursday that rates would stay on hold.", "The Bank",
                 id="short-name-keeps-the-article"),
])
def test_described_body_is_called_by_its_name(text, speaker):
    """A described body naming someone is called without its article, as named bodies are."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker", "others"), [
    pytest.param("Tom Reid and his attorneys have said the company would reopen next year.", "Tom Reid",
                 ["his attorneys"], id="name-and-his-lawyers"),
    pytest.param("Ann Lee and other security experts acknowledge that such an attack would be new.", "Ann Lee",
                 ["other security experts"], id="name-and-other-experts"),
])
def test_named_person_before_a_described_group_speaks_first(text, speaker, others):
    """'X and his attorneys have said ...': X is the speaker, the group a co-speaker."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert [s.name for s in statement.speakers[1:]] == others


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The report published Thursday found that two of the contracts were never tendered.",
                 "The report published Thursday", id="participle-and-weekday"),
    pytest.param("A statewide poll released last month showed that rents rose faster than wages.",
                 "A statewide poll released last month", id="participle-and-period"),
    pytest.param("The report found that two of the contracts were never tendered.", "The report", id="no-participle"),
])
def test_a_described_document_keeps_its_date(text, speaker):
    """'The report published Thursday found ...': the participle and date name which report speaks."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Mayor Tom Reeve spoke first. Dan Cole said the deal was fair. Even as he accused the council of "
                 "wasting money, Reeve would not say how he would vote.", "Tom Reeve", id="even-as"),
    pytest.param("Dan Cole said the deal was fair. While he criticized the council for wasting money, Mayor Tom "
                 "Reeve has not voted against it.", "Tom Reeve", id="while"),
])
def test_a_pronoun_of_a_fronted_clause_stands_for_the_main_subject(text, speaker):
    statement = next(s for s in quotetrack.read(text).statements if "council" in s.text)
    assert statement.speaker is not None and statement.speaker.name == speaker
