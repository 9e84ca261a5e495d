"""Implicit reactions on political news (responses/groups.story_proposal, ...): a group named by its reaction far
from the proposal it answers, and what stays no response."""

from __future__ import annotations

import pytest


PROPOSAL = ("Governor Ann Cole announced a deal with state lawmakers on Monday to raise the minimum wage to $15 an "
            "hour.\n\nThe plan would phase in the rise over six years.\n\n")
FILLER = ("Economists are divided on the effects, said Tom Reid, a labor economist at a think tank.\n\n"
          "Some 2 million workers earn the minimum wage in the state.\n\n")


@pytest.mark.parametrize("said", [
    pytest.param("Supporters say the move will reduce poverty.", id="supporters"),
    pytest.param("But opponents say the rapid increase will push companies out of the state.", id="but-opponents"),
    pytest.param("Critics charged that the deal was rushed through.", id="critics"),
])
def test_a_reaction_group_far_from_the_proposal_answers_it(said, ends):
    pairs = ends(PROPOSAL + FILLER + said)
    assert any(target == "Ann Cole" for _, target in pairs)


@pytest.mark.parametrize("said", [
    pytest.param("Cole supporters say the move will reduce poverty.", id="the-proposers-own-supporters"),
    pytest.param("Her most passionate supporters say the move will reduce poverty.", id="a-possessive"),
    pytest.param("But critics, including Cole, argue that the rules pose conflicts.", id="the-proposer-among-them"),
])
def test_a_group_of_the_proposers_side_does_not_answer_far_back(said, ends):
    assert not any(target == "Ann Cole" for _, target in ends(PROPOSAL + FILLER + said))


def test_no_proposal_no_reaction(ends):
    text = "Tom Reid, a labor economist, said wages were rising.\n\nx\n\ny\n\nCritics say the data are thin."
    assert not any(source == "Critics" for source, _ in ends(text))


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param('"I never said that," Senator Tom Hale said on Tuesday, after moderator Ann Pike said he had called '
                 'the plan a disaster.', ("Tom Hale", "Ann Pike"), id="after-the-other-said"),
    pytest.param('Governor Lisa Hart spoke at the rally. "I liked what I heard," voter Dan Roe said after Hart '
                 'spoke.', ("Dan Roe", "Lisa Hart"), id="after-the-other-spoke"),
    pytest.param('"That is a lie," Hale said, after Senator Ruth Ellis (D-Ore.) earlier in the day accused him of '
                 'taking bribes.', ("Hale", "Ruth Ellis"), id="after-a-parenthesis-and-a-time"),
])
def test_a_statement_placed_after_another_partys_words_answers_them(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param('Senator Ruth Ellis was in Ohio. "I left the party after Ellis said the vote was rigged," Tom Hale '
                 'said.', ("Tom Hale", "Ruth Ellis"), id="inside-the-speakers-own-words"),
    pytest.param('Editor Tom Reid said on Monday that his site had published the emails. "The governor lied," Senator '
                 'Ruth Ellis said, after Reid released an email showing his plans.', ("Ruth Ellis", "Tom Reid"),
                 id="after-an-act"),
    pytest.param("Not long after Senator Ruth Ellis tweeted the quote, reporter Tom Hale asked Ellis about it.",
                 ("Tom Hale", "Ruth Ellis"), id="a-question"),
    pytest.param('Senator Ruth Ellis spoke first. "We won," Tom Hale said after a dinner at which Ellis spoke.',
                 ("Tom Hale", "Ruth Ellis"), id="named-further-on"),
])
def test_no_answer_placed_after_an_act_a_question_or_in_the_speakers_words(text, pair, ends):
    assert pair not in ends(text)
