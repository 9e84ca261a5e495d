"""Response cues of another sense answer nobody (responses/senses.py): a cue with two objects ("denied Ortiz a
hearing"), a cue whose object is a standing ("maintains a wide lead"), a cue after "nor"; and the readings that keep
the response."""

from __future__ import annotations

import pytest

import quotetrack

HALE = "Senator Tom Hale said on Monday that the farm bill would cut rural jobs. "


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart denied Hale a seat on the panel, citing the rules of the chamber.",
                 id="denied-a-name-a-seat"),
    pytest.param("Governor Lisa Hart moved to deny him even that small victory by calling a recess.",
                 id="deny-him-even-that"),
    pytest.param("Governor Lisa Hart denied his allies the chairmanship they had sought for months.",
                 id="denied-his-allies-the-post"),
    pytest.param("Governor Lisa Hart still maintains a wide lead over Hale in the latest state polls.",
                 id="maintains-a-lead"),
    pytest.param("Governor Lisa Hart has echoed Hale's success online, raising $2m from small donors.",
                 id="echoed-a-success"),
    pytest.param("Mayor Ann Cole spoke next. But neither she nor Governor Lisa Hart echoed the tone of Hale, who "
                 "has called the plan a disaster.", id="neither-nor-echoed"),
    pytest.param("Lisa Hart, the former governor who is challenging Hale and two state senators from the north for "
                 "the party's nomination, said the bill was flawed.", id="challenging-for-a-nomination-far-on"),
    pytest.param("Farm groups will stay neutral unless Governor Lisa Hart condemns Hale for the bill.",
                 id="unless-condemns"),
    pytest.param("Governor Lisa Hart challenged him when he ran for a second term in 2010.",
                 id="challenged-a-candidate"),
    pytest.param("One candidate to watch is Lisa Hart, the Ohio law professor who is challenging Rep. Tom Hale, the "
                 "party's national chair, in the state's Aug. 30 primary.", id="challenging-past-an-apposition"),
    pytest.param("Governor Lisa Hart, facing a stiff reelection challenge from Hale, said the state budget was "
                 "balanced.", id="a-reelection-challenge"),
])
def test_a_cue_of_another_sense_answers_nobody(said, ends):
    assert not any(target == "Tom Hale" for _, target in ends(HALE + said))


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart denied Hale's claim that the bill would cut jobs.", id="denied-a-claim"),
    pytest.param("Governor Lisa Hart echoed Hale's warning, saying rural jobs were at risk.", id="echoed-a-warning"),
    pytest.param("Governor Lisa Hart rejected Hale's claim, saying the bill would create jobs.", id="rejected"),
    pytest.param("Governor Lisa Hart challenged Hale's figures on rural jobs, calling them misleading.",
                 id="challenged-figures"),
])
def test_a_cue_of_its_own_sense_still_answers(said, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize(("news", "answers"), [
    pytest.param("She also called for a new vote on the state budget.", False, id="also-called-for"),
    pytest.param("She also urged the legislature to pass a new budget.", False, id="also-urged"),
    pytest.param("\"The bill will only create jobs in the cities,\" she said.", True, id="her-words-on-it"),
])
def test_a_phrasal_proposal_after_a_cue_is_the_speakers_own_news(news, answers):
    text = HALE + "Governor Lisa Hart criticized Hale for the bill. " + news
    read = quotetrack.read(text, id="s")
    last = len(read.statements) - 1
    assert read.statements[last].text in text[text.index(news):]
    assert any(r.statement == last and r.target == "Tom Hale" for r in read.responses) is answers


@pytest.mark.parametrize("said", [
    pytest.param("Lisa Hart, the editor who profiled Hale, shared Ortiz's praise of Hale in a tweet on Monday, "
                 "writing: \"Ortiz calls him a very good senator.\"", id="shared-anothers-praise"),
    pytest.param("Editor Lisa Hart shared Ortiz's praise of Hale on Monday. \"Ortiz calls him a very good senator,\" "
                 "Hart wrote.", id="anothers-praise-then-her-words"),
])
def test_a_cue_noun_a_name_owns_is_that_partys_act(said, ends):
    assert ("Lisa Hart", "Tom Hale") not in ends("Senator Tom Hale said the farm bill would cut rural jobs. " + said)


def test_a_cue_noun_aimed_at_the_speaker_is_answered(ends):
    said = "Governor Lisa Hart said Hale's attacks on her came from a place of insecurity."
    assert ("Lisa Hart", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Governor Lisa Hart tried to provide an answer to calm the farmers, saying the state would cover the "
                 "losses.", False, id="an-answer-to-calm"),
    pytest.param("Governor Lisa Hart answered that the state would cover the losses.", True, id="answered"),
])
def test_a_turn_cue_after_an_article_is_a_noun_no_turn(said, answers, ends):
    assert (("Lisa Hart", "Tom Hale") in ends(HALE + said)) is answers


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Mayor Ann Cole gave a non-answer, saying only that the bill was still being drafted.", False,
                 id="a-non-answer"),
    pytest.param("Mayor Ann Cole answered that the bill was still being drafted.", True, id="answered"),
])
def test_a_cue_after_non_is_denied(said, answers, ends):
    assert (("Ann Cole", "Tom Hale") in ends(HALE + said)) is answers


@pytest.mark.parametrize(("said", "offer"), [
    pytest.param("Hale said he would welcome Japan's participation in a regional pact.", True, id="would-welcome"),
    pytest.param("Hale said the region might welcome a larger Japanese role.", True, id="might-welcome"),
    pytest.param("Hale said he welcomed Japan's decision to join the pact.", False, id="welcomed-a-decision"),
])
def test_a_welcome_after_a_modal_is_an_offer(said, offer):
    from quotetrack.lexicon import load_lexicon
    from quotetrack.responses.senses import other_sense
    from quotetrack.responses.words import response_words
    cue = next(w for w in said.split() if w.startswith("welcome"))
    assert other_sense(said, cue, said.index(cue), response_words(load_lexicon())) is offer
