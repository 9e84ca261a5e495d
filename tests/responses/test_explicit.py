"""Explicit responses on political news: a response cue whose object, or the statement's content, names the target
(responses/objects.py and the cue lexicon)."""

from __future__ import annotations

import pytest

import quotetrack


HALE = "Senator Tom Hale said on Monday that the farm bill would cut rural jobs. "


@pytest.mark.parametrize("text", [
    pytest.param("Senator Tom Hale toured farms in Iowa on Monday. Republican Senator Jim Cole said the farm bill was "
                 "fair. Governor Lisa Hart on Tuesday accused Republican Tom Hale of misleading farmers.",
                 id="party-before-the-name"),
    pytest.param("Senator Tom Hale toured farms in Iowa on Monday. The Republican National Committee said the farm "
                 "bill was fair. Governor Lisa Hart attacked GOP front-runner Tom Hale for his votes on the bill.",
                 id="party-and-title-before-the-name"),
])
def test_a_party_name_before_a_name_modifies_it(text, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(text)


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart tore into Hale on Tuesday, saying the bill would help farmers.", id="tore-into"),
    pytest.param("Governor Lisa Hart has taken a swipe at Hale's stance on farm subsidies, saying it would cost jobs.",
                 id="taken-a-swipe-at"),
    pytest.param("Governor Lisa Hart chastised Hale for his remarks on farm subsidies.", id="chastised"),
])
def test_a_cue_naming_the_party_answers_it(said, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart hit back in a CNN interview with Hale's former aide.", id="an-interview"),
    pytest.param("Governor Lisa Hart praised the Senate Farm Committee for its work.", id="a-body-named"),
])
def test_a_name_that_modifies_another_word_is_no_target(said, ends):
    assert ("Lisa Hart", "Tom Hale") not in ends(HALE + said)


@pytest.mark.parametrize("text", [
    pytest.param(HALE + 'Governor Lisa Hart called Hale a "petulant child" on Tuesday.', id="called-a-name"),
    pytest.param("Senator Tom Hale announced the merger of two farm agencies on Monday. Governor Lisa Hart called the "
                 'merger "a terrible deal" for farmers.', id="called-an-act"),
    pytest.param(HALE + "Governor Lisa Hart branded his claims baseless.", id="branded-claims"),
    pytest.param(HALE + "Governor Lisa Hart deemed those statements false.", id="deemed-false"),
])
def test_a_naming_verb_that_judges_answers_the_one_judged(text, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(text)


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart called Hale on Tuesday to discuss the bill.", id="called-by-phone"),
    pytest.param('Governor Lisa Hart called for a vote on the farm bill, which she said was "overdue."',
                 id="called-for"),
])
def test_a_naming_verb_that_does_not_judge_answers_nobody(said, ends):
    assert ("Lisa Hart", "Tom Hale") not in ends(HALE + said)


@pytest.mark.parametrize("said", [
    pytest.param('Governor Lisa Hart sniped that Hale, a first-term senator, was "learning on the job."',
                 id="sniped-that"),
    pytest.param("Governor Lisa Hart complained Hale had misled farmers about the bill.", id="complained"),
])
def test_a_complaint_naming_the_party_answers_it(said, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("Senator Tom Hale spoke in Ohio. Governor Lisa Hart condemned North Korea's claim to have tested a "
                 "new missile.", "North Korea", id="a-country's-claim"),
    pytest.param("Senator Tom Hale spoke in Ohio. Governor Lisa Hart dismissed Moscow's denials as absurd.", "Russia",
                 id="a-capital-for-its-country"),
])
def test_a_country_named_by_a_cue_is_answered(text, country, ends):
    assert any(source == "Lisa Hart" and country in target for source, target in ends(text))


def test_a_country_named_in_passing_is_no_target(ends):
    text = "Senator Tom Hale spoke in Ohio. Governor Lisa Hart praised Georgia voters for their turnout."
    assert not any(target == "Georgia" for _, target in ends(text))


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart is slamming Hale for his votes on the farm bill.", id="is-slamming"),
    pytest.param("Governor Lisa Hart has been criticizing Hale's plan for weeks.", id="has-been-criticizing"),
])
def test_a_cue_in_the_progressive_is_the_subjects_response(said, ends):
    assert ("Lisa Hart", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart is challenging Hale for his Senate seat.", id="for-a-seat"),
    pytest.param("Governor Lisa Hart, who is challenging Hale and two others for the Republican nomination, spoke "
                 "in Iowa.", id="for-a-nomination"),
])
def test_a_challenge_for_an_office_is_a_race(said, ends):
    assert ("Lisa Hart", "Tom Hale") not in ends(HALE + said)


@pytest.mark.parametrize("said", [
    pytest.param("Senator Jim Reid responded, ripping into Hale for his record on farm subsidies.",
                 id="a-participle-after-a-reply"),
    pytest.param("Governor Lisa Hart hit back, criticizing Hale for his record.", id="hit-back-criticizing"),
    pytest.param("Senator Jim Reid responded first, ripping into Hale late on Tuesday.", id="responded-first-ripping"),
    pytest.param("Governor Lisa Hart hit back at Hale on Wednesday.", id="hit-back-at"),
    pytest.param("Governor Lisa Hart lashed out at Hale over the bill.", id="lashed-out-at"),
    pytest.param("Governor Lisa Hart responded to Hale's remarks on Tuesday.", id="responded-to"),
])
def test_a_narrated_reaction_with_its_object_after_a_preposition_answers_it(said, ends):
    assert any(target == "Tom Hale" and source in ("Lisa Hart", "Jim Reid") for source, target in ends(HALE + said))


def test_a_place_after_a_speech_cue_is_no_statement():
    article = quotetrack.read(HALE + "Governor Lisa Hart said at a rally in Ames that the bill was fair.", id="x")
    assert not any(s.text.startswith("a rally") for s in article.statements)


@pytest.mark.parametrize("said", [
    pytest.param("The Farm Coalition issued a paper welcoming the Hale administration's plans for rural banks.",
                 id="administration"),
    pytest.param("Governor Lisa Hart accused the Hale campaign of misleading farmers.", id="campaign"),
])
def test_a_party_named_before_its_own_voice_is_answered(said, ends):
    assert any(target == "Tom Hale" for _, target in ends(HALE + said))


def test_a_welcome_for_plans_to_act_is_no_greeting(ends):
    said = "The Farm Coalition welcomed Hale's plans to increase funding for rural banks."
    assert ("Farm Coalition", "Tom Hale") in ends(HALE + said)


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Mayor Jim Cole called for Hale to step down.", True, id="called-for-to-step-down"),
    pytest.param("Senator Ann Wu urged Hale to apologize to farmers.", True, id="urged-to-apologize"),
    pytest.param("Senator Ann Wu urged Hale to vote for the bill.", False, id="urged-to-vote"),
])
def test_a_demand_that_the_party_quit_answers_it(said, answers, ends):
    assert any(target == "Tom Hale" for _, target in ends(HALE + said)) is answers


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Governor Lisa Hart reaffirmed her opposition to Hale's farm bill on Tuesday.", True,
                 id="her-opposition-to"),
    pytest.param("Governor Lisa Hart recalled his criticism of Hale's farm bill.", False, id="another's-criticism"),
])
def test_the_speakers_own_stance_noun_answers_what_follows_it(said, answers, ends):
    assert (("Lisa Hart", "Tom Hale") in ends(HALE + said)) is answers


@pytest.mark.parametrize(("text", "answers"), [
    pytest.param("Governor Lisa Hart described Senator Tom Hale as unfit and accused him of misleading farmers.",
                 True, id="named-in-the-sentence"),
    pytest.param("Senator Tom Hale toured farms in Iowa on Monday. Governor Lisa Hart mocked him for his record.",
                 True, id="named-in-the-sentence-before"),
    pytest.param("Senator Tom Hale toured farms in Iowa on Monday. Governor Lisa Hart praised his rivals.", False,
                 id="a-possessive"),
])
def test_an_object_pronoun_stands_for_a_party_named_just_before(text, answers, ends):
    assert (("Lisa Hart", "Tom Hale") in ends(text)) is answers


def test_a_quotation_after_a_narrated_reaction_and_a_colon_stays_direct():
    text = HALE + 'Governor Lisa Hart swiped at Hale in a series of posts: "Tom Hale is always against farmers!"'
    article = quotetrack.read(text, id="x")
    assert any(s.kind == "direct" and s.text.startswith("Tom Hale is always") for s in article.statements)
