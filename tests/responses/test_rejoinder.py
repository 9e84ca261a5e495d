"""The party just answered speaks next and answers back (responses/rejoinder.py); a denial answers the claim it takes
up (responses/denial.py)."""

from __future__ import annotations

import pytest


ASKED = ("Ann Pike, a nurse from Dover, said she earns $38,000 a year and questioned how she would be helped by "
         "Senator Tom Hale's plan to raise taxes.\n\n")
AFTER = ('"I never said that," Senator Tom Hale said, after moderator Ann Pike said he had called the plan a '
         'disaster.\n\n')


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param(ASKED + "Hale said the tax rise would be more than offset by lower insurance premiums.",
                 ("Tom Hale", "Ann Pike"), id="an-answer-to-a-question"),
    pytest.param(AFTER + '"My apologies, I am sorry," Pike said after a back-and-forth.',
                 ("Ann Pike", "Tom Hale"), id="an-apology-after-a-denial"),
    pytest.param(AFTER + '"My apologies," moderator Ann Pike said.', ("Ann Pike", "Tom Hale"),
                 id="a-title-before-the-name"),
])
def test_the_one_answered_answers_back(text, pair, pairs):
    assert (*pair, "rejoinder") in pairs(text)


@pytest.mark.parametrize("text", [
    pytest.param(ASKED + "On Tuesday, Hale said the tax rise would be offset by lower premiums.",
                 id="a-time-opens-the-sentence"),
    pytest.param(ASKED + "Hale has said the tax rise would be offset by lower premiums.", id="a-perfect"),
    pytest.param(ASKED + "Hale said the tax rise would be offset by lower premiums, a claim Pike doubted.",
                 id="the-one-answered-named-in-the-narration"),
    pytest.param(ASKED + '"Have you read the plan?" Hale asked.', id="a-question"),
    pytest.param(ASKED + "Governor Lisa Hart said the plan would help families. Hale said the rise would be offset.",
                 id="another-voice-between"),
    pytest.param('"I never said that," Senator Tom Hale said, after moderator Ann Pike said he had called the plan a '
                 'disaster.', id="the-earlier-words-inside-the-answer-s-sentence"),
])
def test_no_rejoinder(text, pairs):
    assert not any(kind == "rejoinder" for _, _, kind in pairs(text))


CLAIM = "Senator Tom Hale said on Monday that Governor Lisa Hart had taken money from the gas lobby. "


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Hart denied that she had taken any money from the lobby.", True, id="the-claim-denied"),
    pytest.param("Hart disputed that she had ever taken money from the gas lobby.", True, id="disputed"),
    pytest.param("Hart denied that she would run for the Senate next year.", False, id="another-claim"),
    pytest.param("Hart said that she had taken no money from the lobby.", False, id="no-rebuttal-cue"),
])
def test_a_denial_answers_the_claim_it_takes_up(said, answers, pairs):
    assert (("Lisa Hart", "Tom Hale", "denial") in pairs(CLAIM + said)) is answers
