"""Explicit cues whose object the reading used to cut short or miss (issue 13): a full stop inside an abbreviation
or an initial ends no object ("criticized Sen. Ann Lee", "praised George W. Bush"; responses/objects.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("said", "target"), [
    pytest.param("Senator Tom Hale criticized Sen. Ann Lee for her vote on the farm bill.", "Ann Lee", id="title"),
    pytest.param("Senator Tom Hale praised George W. Bush for reaching out to farmers.", "George W. Bush",
                 id="middle-initial"),
    pytest.param("Senator Tom Hale voiced support for U.S. Senate candidate Ann Lee on Wednesday.", "Ann Lee",
                 id="dotted-country"),
    pytest.param("In 2011, Senator Tom Hale all but accused Fed Chair Ben R. Marsh of trying to weaken the dollar.",
                 "Ben R. Marsh", id="initial-after-a-title"),
    pytest.param("Senator Tom Hale attacked the U.S. Chamber of Commerce for backing the tariffs.",
                 "U.S. Chamber of Commerce", id="dotted-body"),
])
def test_a_full_stop_in_an_abbreviation_does_not_end_the_object(said, target, ends):
    text = "Governor Sam Ortiz said on Monday that the tariffs would protect farmers. " + said
    assert ("Tom Hale", target) in ends(text)


def test_a_sentence_end_still_ends_the_object(ends):
    text = ("Governor Sam Ortiz said on Monday that the tariffs would protect farmers. Senator Tom Hale criticized the "
            "plan on Monday. Ann Lee said the plan would pass.")
    assert ("Tom Hale", "Ann Lee") not in ends(text)


def test_support_for_a_candidacy_named_with_a_party_word_is_a_pledge(ends):
    text = ("Governor Sam Ortiz said on Monday that the race was tight. A family of super PACs supporting Texas Sen. "
            "Ann Lee's GOP campaign spent $2 million on ads.")
    assert not any(target == "Ann Lee" for _, target in ends(text))


@pytest.mark.parametrize(("said", "target"), [
    pytest.param("Senator Tom Hale criticized the State Department for its handling of the files.", "State Department",
                 id="text-form"),
    pytest.param("Senator Tom Hale criticized the U.S. Department of State for its handling of the files.",
                 "U.S. Department of State", id="lexicon-form-written"),
    pytest.param("The EC proposed new rules on Monday. Senator Ann Lee attacked the EC for its plan.",
                 "European Commission", id="initials"),
])
def test_a_body_goes_by_its_name_as_the_text_writes_it(said, target, ends):
    text = "Governor Sam Ortiz said on Monday that the files had been lost. " + said
    found = {t for _, t in ends(text)}
    assert target in found


@pytest.mark.parametrize("voice", ["a spokesman for committee Democrats", "a spokeswoman for House Republicans",
                                   "an aide to Senate Democrats"])
def test_a_voice_for_a_party_is_answered_through_its_statement(voice, ends):
    text = (f'"The inquiry has found nothing new," {voice} said on Tuesday. Governor Sam Ortiz blasted the statement, '
            "saying the inquiry had found serious failings.")
    assert ("Sam Ortiz", voice) in ends(text)


def test_a_voice_for_a_person_is_no_partisan_voice(ends):
    text = ('"The inquiry has found nothing new," an aide to the Democratic leader said on Tuesday. Governor Sam Ortiz '
            "blasted the statement, saying the inquiry had found serious failings.")
    assert not any(target == "an aide to the Democratic leader" for _, target in ends(text))


@pytest.mark.parametrize(("said", "target"), [
    pytest.param("The Supreme Court refused on Monday to reinstate the voting law. Governor Sam Ortiz blamed the "
                 "court's liberal justices for the ruling.", "Supreme Court", id="court"),
    pytest.param("The Marlow Water Agency said on Monday that it would raise its charges by 12%. Campaigner Tom Rivers "
                 "denounced the agency's \"reckless\" bosses, saying families would pay.", "Marlow Water Agency",
                 id="agency"),
    pytest.param("The Harbour Planning Commission said on Monday that the stadium plan was dead. Developer Jill Ray "
                 "blasted the commission's timid members for ignoring the town.", "Harbour Planning Commission",
                 id="commission"),
])
def test_a_body_owning_the_object_of_a_cue_is_answered(said, target, ends):
    assert any(t == target for _, t in ends(said))


@pytest.mark.parametrize("frame", ["In response to Sen. Sam Ortiz's remarks,", "Responding to Gov. Sam Ortiz,",
                                   "In response to Mr. Ortiz's claims,"])
def test_a_cue_before_an_abbreviated_title_opens_the_sentence(frame, ends):
    text = f"Governor Sam Ortiz said on Monday that the tariffs would protect farmers. {frame} Senator Ann Lee said " \
           "farmers would suffer."
    assert ("Ann Lee", "Sam Ortiz") in ends(text)


@pytest.mark.parametrize("voice", ["Hale's campaign", "The Hale campaign", "Senator Tom Hale's office"])
def test_a_partys_own_voice_does_not_answer_it(voice, ends):
    text = ("Senator Tom Hale said on Monday that he would stay in the race. In response to the latest onslaught, "
            f"{voice} said in a statement that \"Tom Hale won't be bullied.\"")
    assert not any(target == "Tom Hale" for _, target in ends(text))


@pytest.mark.parametrize("judged", ["called Sam Ortiz a liar", "branded Ortiz a hypocrite", "called Ortiz dishonest",
                                    "labeled Ortiz a demagogue on Tuesday"])
def test_an_epithet_a_naming_verb_pins_on_a_party_judges_it(judged, ends):
    text = f"Governor Sam Ortiz said on Monday that the tariffs would protect farmers. Senator Ann Lee {judged}."
    assert ("Ann Lee", "Sam Ortiz") in ends(text)


def test_a_naming_verb_with_no_judgement_answers_nobody(ends):
    text = ("Governor Sam Ortiz said on Monday that the tariffs would protect farmers. Senator Ann Lee called Ortiz a "
            "friend.")
    assert ("Ann Lee", "Sam Ortiz") not in ends(text)
