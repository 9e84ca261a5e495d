"""Cues that name a party and still answer nobody, replies to a question put in an aside, and the readings that
keep the right one (responses/pledges.py, placement.asked_by_reporter, the structure guess, the object's infinitive,
the speaker's apposition and co-subjects)."""

from __future__ import annotations

import attrs
import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.model import Speaker
from quotetrack.responses import find_responses


HALE = "Senator Tom Hale said on Monday that the farm bill would cut rural jobs. "


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart endorsed him on Tuesday, saying he would win the state.", id="endorsed-him"),
    pytest.param("Governor Lisa Hart backed Hale for the nomination in 2020.", id="backed-a-candidate"),
    pytest.param("Friends of Farms, a super PAC supporting Hale's campaign, said it would spend $2m on ads.",
                 id="supporting-a-campaign"),
    pytest.param("The Rural Action Fund, a group that supports Hale in the Senate, said it would run ads urging "
                 "voters to support Hale again.", id="a-relative-clause-on-a-body"),
    pytest.param("Governor Lisa Hart, answering questions about her own record, said she had cut taxes twice.",
                 id="answering-questions"),
    pytest.param("Rural voters, who have typically backed his candidacy in high numbers, are worried.",
                 id="backed-his-candidacy"),
    pytest.param("Governor Lisa Hart backed his reelection bid on Tuesday.", id="backed-his-bid"),
    pytest.param("Hale's farm bill drew fire from donors who have backed the other Senate candidates.",
                 id="backed-other-candidates"),
    pytest.param("At a town hall, Governor Lisa Hart answered an early question about his bill by listing the "
                 "state's debts.", id="answered-a-question-about-his-bill"),
])
def test_a_pledge_of_support_or_an_answer_to_a_question_answers_nobody(said, ends):
    assert not any(target == "Tom Hale" for _, target in ends(HALE + said))


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart backed Hale's call for more farm subsidies.", id="backed-a-call"),
    pytest.param("Governor Lisa Hart praised Hale for his candour.", id="praised-him"),
])
def test_support_for_what_a_party_said_answers_it(said, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Governor Lisa Hart blamed her hesitancy to condemn Hale on a bad phone line.", False,
                 id="hesitancy-to-condemn"),
    pytest.param("Governor Lisa Hart was reluctant to criticise Hale, saying the bill was still in committee.", False,
                 id="reluctant-to-criticise"),
    pytest.param("Governor Lisa Hart was quick to criticise Hale, saying the bill would help farmers.", True,
                 id="quick-to-criticise"),
])
def test_a_cue_withheld_answers_nobody(said, answers, ends):
    assert (("Lisa Hart", "Tom Hale") in ends(HALE + said)) is answers


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("New visa rules for Chinese students, unveiled on Wednesday by Secretary of State Mike Pompeo, will "
                 "take effect in May.\n\n"
                 "Chinese Foreign Ministry spokesperson Hua Chunying hit back on Thursday, tweeting: \"Rules for "
                 "others, none for themselves.\"", ("Hua Chunying", "Mike Pompeo"), id="hit-back-by-the-speaker"),
])
def test_a_reply_with_no_object_answers_the_story_s_initiator(text, pair, pairs):
    assert (*pair, "structure") in pairs(text)


VISAS = ("New visa rules for Chinese students, unveiled on Wednesday by Secretary of State Mike Pompeo, will take "
         "effect in May.\n\n")


@pytest.mark.parametrize("said", [
    pytest.param("Speaking to students in Beijing, Chinese Foreign Ministry spokesperson Hua Chunying warned against "
                 "hackers from several countries.", id="an-object-naming-no-party"),
    pytest.param("Asked whether China would respond, Chinese Foreign Ministry spokesperson Hua Chunying shot back: "
                 "\"We will see.\"", id="a-reply-to-a-reporter"),
])
def test_a_cue_with_no_target_in_sight_is_no_guess(said, pairs):
    assert not any(evidence == "structure" for _, _, evidence in pairs(VISAS + said))


def test_a_name_past_an_infinitive_in_the_object_is_no_target(ends):
    text = ("Governor Sam Ortiz praised the outgoing president on Monday. His spokesman Dan Roe questioned the need "
            "to be so generous to Ortiz in public.")
    assert not any(target == "Sam Ortiz" for _, target in ends(text))


def test_a_cue_in_the_speaker_s_apposition_is_not_the_statement_s(ends):
    text = ("President Joe Biden said the climate deal would create jobs. John Reed, a former adviser who supported "
            "the deal, said Biden \"understood the politics better than anyone.\"")
    assert ("John Reed", "Joe Biden") not in ends(text)


def test_a_co_subject_of_the_speaker_is_not_answered(ends):
    text = ("Senator Tom Hale's team said the Democratic National Committee was secretly favouring Governor Lisa "
            "Hart's campaign. Hart and the Democratic National Committee rejected the allegation.")
    assert ("Democratic National Committee", "Lisa Hart") not in ends(text)


def test_accusing_it_of_names_the_body(pairs):
    text = ("The Acme Corporation said it had signed a deal to sell its broking arm. Attorney General Ruth Ellis sued "
            "the firm, accusing it of rigging bids for years.")
    assert ("Ruth Ellis", "Acme Corporation", "pronoun") in pairs(text)


@pytest.mark.parametrize(("text", "answers"), [
    pytest.param("Some users said the new search tool sent them to paid sites. The Acme Corporation said the tool was "
                 "on trial and that the company welcomed feedback from users. It said: \"Nobody has to use it.\"", True,
                 id="users-heard-before"),
    pytest.param("The Acme Corporation said the tool was on trial and that the company welcomed feedback from users. "
                 "It said: \"Nobody has to use it.\"", False, id="no-users-before"),
])
def test_feedback_from_a_group_heard_before_answers_it(text, answers, ends):
    assert any(target.lower().endswith("users") for _, target in ends(text)) is answers


def test_a_claim_past_the_object_of_a_narrated_cue_is_no_owner(pairs):
    text = ("Senator Tom Hale said the mayor had founded the gang. Governor Mike Dale on Thursday blamed the media for "
            "making an issue out of Hale's claim that the mayor founded the gang.")
    assert ("Mike Dale", "Tom Hale", "owner") not in pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Tom Hale said on Monday that the farm bill would cut rural jobs. Senator Ann Pike said the "
                 "bill would save the state money. Governor Mark Dale dismissed her plan as a gimmick, saying it would "
                 "fail.", ("Mark Dale", "Ann Pike"), id="her-past-a-man"),
    pytest.param("Senator Ann Pike said the bill would save the state money. Senator Tom Hale said on Monday that the "
                 "farm bill would cut rural jobs. Governor Mark Dale dismissed her plan as a gimmick, saying it would "
                 "fail.", ("Mark Dale", "Ann Pike"), id="her-the-latest-woman"),
])
def test_a_pronoun_stands_for_a_party_of_its_gender(text, pair, pairs):
    assert (*pair, "pronoun") in pairs(text)


@pytest.mark.parametrize(("speaker", "answers"), [
    pytest.param(Speaker(name="Ann Pike"), False, id="he-read-as-a-woman"),
    pytest.param(Speaker(name="Sam Pike"), True, id="he-read-as-a-man"),
])
def test_a_speaker_read_against_the_gender_of_the_pronoun_answers_nobody(speaker, answers):
    text = ("Senator Tom Hale said on Sunday that the Pike family had been unfair to him. Ann Pike stood beside her "
            "husband, Sam Pike. On Monday, he accused Hale of running a campaign of hatred.")
    article = quotetrack.read(text, id="p")
    statements = [attrs.evolve(s, speaker=speaker) if s.speaker_mention is not None
                  and s.speaker_mention.text == "he" else s for s in article.statements]
    found = find_responses(attrs.evolve(article, statements=tuple(statements)), load_lexicon())
    assert (any((r.source, r.target) == (speaker.name, "Tom Hale") for r in found)) is answers


@pytest.mark.parametrize(("said", "pledge"), [
    pytest.param("Super PACs supporting presidential candidates spent $40m on ads in Iowa.", True,
                 id="supporting-presidential-candidates"),
    pytest.param("Voters who backed the mainstream candidates are now uniting.", True, id="backed-the-candidates"),
    pytest.param("Donors challenging both candidates on trade have sent letters.", True, id="challenging-candidates"),
    pytest.param("Hart backed the candidates' plan to cut farm subsidies.", False, id="backed-the-candidates-plan"),
    pytest.param("Hart backed the plan to cut farm subsidies.", False, id="backed-a-plan"),
])
def test_a_cue_on_candidates_named_by_a_common_noun_pledges_or_runs(said, pledge):
    from quotetrack.responses.pledges import pledged
    from quotetrack.responses.senses import other_sense
    from quotetrack.responses.words import response_words
    words = response_words(load_lexicon())
    cue = next(w for w in said.split() if w.startswith(("back", "support", "challeng")))
    at = said.index(cue)
    assert (pledged(said, cue, at + len(cue), words) or other_sense(said, cue, at, words)) is pledge


@pytest.mark.parametrize(("said", "cue", "asked"), [
    pytest.param("The banks, which gave short answers to detailed Reuters questions, said they broke no rules.",
                 "answers to", True, id="a-paper-s-questions"),
    pytest.param("The firms replied to several CBS News questions by email.", "replied to", True,
                 id="a-broadcaster-s-questions"),
    pytest.param("Hart replied to criticism from Hale over questions about the budget.", "replied to", False,
                 id="criticism-from-a-party"),
])
def test_a_cue_whose_object_is_questions_a_named_asker_put_answers_no_party(said, cue, asked):
    from quotetrack.responses.pledges import answers_questions
    from quotetrack.responses.words import response_words
    assert answers_questions(said, cue, said.index(cue), response_words(load_lexicon())) is asked


@pytest.mark.parametrize(("said", "turn"), [
    pytest.param("Governor Lisa Hart, when asked what was wrong with the state budget, responded that it spent too "
                 "much on roads.", False, id="when-asked-an-aside"),
    pytest.param("Governor Lisa Hart, asked by Hale about the state budget, responded that it spent too much on "
                 "roads.", True, id="asked-by-the-party"),
    pytest.param("Governor Lisa Hart responded that it spent too much on roads.", True, id="a-plain-turn"),
])
def test_a_reply_to_a_question_put_in_an_aside_takes_no_turn(said, turn, ends):
    assert (("Lisa Hart", "Tom Hale") in ends(HALE + said)) is turn
