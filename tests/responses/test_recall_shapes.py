"""Response shapes on political news a cue's object reads: a pronoun of the other gender than the speaker's
(never the speaker's own), 'the media' as a group answered, and a body whose name opens with a title word."""

from __future__ import annotations

import pytest



LEE = "Governor Ann Lee unveiled her budget plan on Monday.\n\n"


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Senator Mark Cole called her handling of the budget \"extremely careless.\"", True,
                 id="her-handling-called"),
    pytest.param("Senator Mark Cole criticized her handling of the budget.", True, id="her-handling-criticized"),
    pytest.param("Senator Mark Cole criticized his own handling of the budget.", False, id="his-own-handling"),
])
def test_a_possessive_of_the_other_gender_is_a_party_named_before(said, answers, ends):
    assert (("Mark Cole", "Ann Lee") in ends(LEE + said)) is answers


def test_a_pronoun_of_the_other_gender_reaches_back_a_paragraph(ends):
    text = (LEE + "The plan drew a large crowd to the capitol. Few expected the statement Senator Mark Cole gave "
            "on Tuesday. He called her handling of the budget \"extremely careless.\"")
    assert ("Mark Cole", "Ann Lee") in ends(text)


def test_a_pronoun_of_the_speakers_own_gender_stays_theirs(ends):
    text = LEE + "Senator Mark Cole criticized his handling of the budget."
    assert not any(source == "Mark Cole" for source, _ in ends(text))


@pytest.mark.parametrize("media", ["the media", "the national media"])
def test_the_media_a_cue_is_aimed_at_is_answered(media, ends):
    text = f"Governor Tom Barker spoke in Denver on Monday. Barker slammed {media} for asking about the loan again."
    assert any(source == "Tom Barker" and "media" in target for source, target in ends(text))


@pytest.mark.parametrize(("body", "name"), [
    pytest.param("the Justice Department", "Justice Department", id="justice-department"),  # as the text names it
    pytest.param("the State Department", "State Department", id="state-department"),
])
def test_a_body_opening_with_a_title_word_is_answered_whole(body, name, ends):
    text = f"Governor Tom Barker spoke in Denver on Monday. Barker accused {body} of ignoring the warnings."
    assert ("Tom Barker", name) in ends(text)


ORTIZ = "Governor Ann Ortiz unveiled a farm plan on Monday. "


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Senator Tom Hale went on to criticize Ortiz for the cost.", True, id="went-on-to"),
    pytest.param("Senator Tom Hale tried to rebuke Ortiz on Tuesday.", True, id="tried-to"),
    pytest.param("Senator Tom Hale was quick to condemn Ortiz's farm plan.", True, id="was-quick-to"),
    pytest.param("Senator Tom Hale declined to criticize Ortiz.", False, id="declined-to"),
    pytest.param("Senator Tom Hale refused to condemn Ortiz.", False, id="refused-to"),
    pytest.param("Senator Tom Hale has chosen not to attack Ortiz.", False, id="not-to"),
])
def test_a_response_cue_after_a_verb_and_to_is_its_subjects(said, answers, ends):
    assert (("Tom Hale", "Ann Ortiz") in ends(ORTIZ + said)) is answers


@pytest.mark.parametrize("said", [
    "Senator Tom Hale disavowed Ortiz's remarks on Tuesday.",
    "Senator Tom Hale panned Ortiz's farm plan as a giveaway.",
    "Senator Tom Hale needled Ortiz over the cost of the plan.",
    "Senator Tom Hale jabbed Ortiz over the cost of the plan.",
])
def test_verbs_of_mockery_and_disavowal_are_response_cues(said, ends):
    assert ("Tom Hale", "Ann Ortiz") in ends(ORTIZ + said)


def test_a_body_known_by_its_initials_is_answered(ends):
    text = "Governor Tom Barker spoke in Denver on Monday. Barker quickly disavowed the KKK and its former leader."
    assert ("Tom Barker", "Ku Klux Klan") in ends(text)


def test_a_cue_nouns_agent_after_by_owns_it_whoever_is_named_before(ends):
    text = ("Governor Ann Ortiz spoke on Monday. As evidence, talk host Dan Reyes seemed to rely on a sharp attack "
            "against Ortiz by Senator Tom Hale.")
    assert ("Tom Hale", "Ann Ortiz") in ends(text)


@pytest.mark.parametrize(("said", "target"), [
    pytest.param("Barker blamed local officials for the losses.", "local officials", id="local-officials"),
    pytest.param("Barker blamed officials for the losses.", None, id="bare-officials"),
])
def test_officials_are_answered_only_with_a_modifier(said, target, ends):
    text = "Governor Tom Barker spoke in Denver on Monday. " + said
    assert {t for s, t in ends(text) if s == "Tom Barker"} == ({target} if target else set())
