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
