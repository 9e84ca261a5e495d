"""A question a named party put is theirs, and its answer answers them (responses/pledges.asks); a platform named
before a participle is no speaker ("responded on Facebook writing", attribution/constructions.py); a party's words told
back in a quotation answer them (responses/recounted.py)."""

from __future__ import annotations

import pytest

import quotetrack

ASKED = '"Will you stop using the word?" activist Tom Hale wrote on Twitter on Monday.\n\n'


def _read(text):
    return quotetrack.read(text, id="q")


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param('Governor Lisa Hart responded to Hale\'s question on Facebook writing, "Yes, I will."', True,
                 id="a-named-asker-s-question"),
    pytest.param('Governor Lisa Hart responded to Hales\' question on Facebook writing, "Yes, I will."', False,
                 id="a-possessive-of-nobody-in-the-text"),
    pytest.param('Governor Lisa Hart answered CNN\'s questions on Monday, saying, "Yes, I will."', False,
                 id="a-broadcaster-s-questions"),
])
def test_the_answer_to_a_named_party_s_question_answers_them(said, answers):
    pairs = {(r.source, r.target) for r in _read(ASKED + said).responses}
    assert (("Lisa Hart", "Tom Hale") in pairs) is answers


@pytest.mark.parametrize(("said", "speaker"), [
    pytest.param('Governor Lisa Hart responded on Facebook writing, "Yes, I will."', "Lisa Hart", id="facebook"),
    pytest.param('Governor Lisa Hart replied on Twitter saying, "Yes, I will."', "Lisa Hart", id="twitter"),
])
def test_a_platform_before_a_participle_is_no_speaker(said, speaker):
    assert [s.speaker.name for s in _read(said).statements if s.speaker is not None] == [speaker]


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param('"Ann Pike told me I was mistaken, that the tape does not exist," Senator Tom Hale told the crowd.',
                 True, id="told-me"),
    pytest.param('"Ann Pike accused us of lying about the budget," Senator Tom Hale said on Monday.', True,
                 id="accused-us"),
    pytest.param('"Ann Pike told the board that the tape does not exist," Senator Tom Hale said on Monday.', False,
                 id="told-another"),
    pytest.param('"I know that Ann Pike told me the tape does not exist," Senator Tom Hale said on Monday.', False,
                 id="named-further-in"),
])
def test_a_party_s_words_told_back_answer_them(said, answers):
    text = "Moderator Ann Pike said on Sunday that the tape had been faked. " + said
    pairs = {(r.source, r.target, r.evidence) for r in _read(text).responses}
    assert (("Tom Hale", "Ann Pike", "recounted") in pairs) is answers
