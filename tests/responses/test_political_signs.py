"""Signs that were wrong more often than right on US political news, and what still counts (responses/reader.py,
acts.names_act, objects.past_object, pledges.no_verb): owners in passing, acts no noun names, agreements, cues that
are no verb of the speaker's, names in passing, new proposals, guests, and the tail of a longer name."""

from __future__ import annotations

import pytest

import quotetrack

HALE = "Senator Tom Hale said the farm bill would cut rural jobs. "


def _pairs(text):
    return {(r.source, r.target, r.evidence) for r in quotetrack.read(text, id="p").responses}


def _answers_hale(text):
    return any(target == "Tom Hale" for _, target, _ in _pairs(text))


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Hale's new plan for subsidies is vague about who would qualify, farm experts say.", True,
                 id="opens-with-the-act"),
    pytest.param("Governor Lisa Hart said on Monday that farmers had told her in Iowa that they were worried about "
                 "Hale's plan for subsidies.", False, id="the-act-in-passing"),
    pytest.param("Governor Lisa Hart said her staff had sent the figures to Hale's campaign last week.", False,
                 id="a-candidacy-is-no-act"),
])
def test_an_owner_counts_where_the_statement_opens_with_the_act(said, answers):
    assert _answers_hale(HALE + said) is answers


@pytest.mark.parametrize("said", [
    pytest.param("Governor Lisa Hart opposed the Hale deposition request, saying it was a stunt.",
                 id="a-name-after-the-modifies-a-noun"),
    pytest.param("Governor Lisa Hart said the deal was a blow, and questioned the need to be so generous to Hale's "
                 "donors.", id="a-name-past-an-infinitive"),
])
def test_a_party_named_in_passing_is_not_answered(said):
    assert not _answers_hale(HALE + said)


@pytest.mark.parametrize("text", [
    pytest.param(HALE + "There is also a mock children's book by the comedian Ed Marsh titled ''A First Book of "
                 "Farms,'' and a collection from the cartoonist Ann Pike called ''Farm Days.''",
                 id="a-cue-after-an-article"),
    pytest.param(HALE + "Governor Lisa Hart welcomed farmers to the Hale Center for a town hall.",
                 id="guests-welcomed-to"),
])
def test_a_cue_that_is_no_answer_makes_no_response(text):
    assert {source for source, _, _ in _pairs(text)} <= {"Tom Hale"}


def test_a_cue_in_the_passive_is_no_statement_of_its_subject():
    text = ("Senator Tom Hale said the primary was over. Governor Lisa Hart was also endorsed the day before by "
            "former rival Ann Pike.")
    assert not any(source == "Lisa Hart" for source, _, _ in _pairs(text))


def test_a_new_proposal_takes_no_cue_from_the_sentence_before():
    text = ("Senator Tom Hale said on Monday the farm bill would cut rural jobs. Governor Lisa Hart criticised Hale's "
            "bill, saying it would fail. She pledged to visit every county in the state this year.")
    statements = {r.statement for r in quotetrack.read(text, id="p").responses}
    assert len(statements) == 1


@pytest.mark.parametrize(("act", "noun", "answers"), [
    pytest.param("unveiled a new logo", "merger", False, id="an-act-the-noun-cannot-name"),
    pytest.param("banned garden hosepipes", "ban", True, id="the-verb-names-it"),
    pytest.param("raised its charges by 12%", "move", True, id="a-noun-for-any-act"),
])
def test_an_act_noun_s_author_is_named_doing_an_act_it_can_name(act, noun, answers):
    text = (f"The Marlow Water Company {act} on Monday. Consumer campaigner Jill Ray condemned the {noun}, saying "
            "families would pay more.")
    assert (("Jill Ray", "Marlow Water Company", "author") in _pairs(text)) is answers


def test_an_agreement_is_no_party():
    text = ("The Trans-Pacific Partnership would cut tariffs on beef, officials said. Governor Lisa Hart praised the "
            "Trans-Pacific Partnership, saying it would help farmers.")
    assert not any("Partnership" in target for _, target, _ in _pairs(text))


def test_the_tail_of_a_longer_name_is_no_speaker():
    text = ("Governor Lisa Hart said the trade deal would create jobs. While groups like the American Farm Bureau and "
            "the National Association of Family Farm Lawyers praised Hart's deal, others said it would hurt growers.")
    assert {source for source, _, _ in _pairs(text) if source.endswith("Lawyers")} <= {
        "National Association of Family Farm Lawyers"}  # the whole body's name, or none of it


def test_a_statement_given_in_response_to_a_newspaper_s_questions_names_nobody():
    text = ("Governor Lisa Hart said the trade deal would create jobs. The Times said Hale provided a written "
            "statement in response to the newspaper's inquiries about Hart.")
    assert not any(source == "Times" for source, _, _ in _pairs(text))


JENSEN = ("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Senator Mark Jensen hit back at "
          "Hart, saying the cut would drain the schools budget.\n\n")


@pytest.mark.parametrize(("quote", "continues"), [
    pytest.param('"She has no plan for the schools," Jensen said.', True, id="of-a-third-person"),
    pytest.param('"We will fight this cut in the Senate," Jensen said.', True, id="of-the-speaker-s-side"),
    pytest.param('"You have to go out and vote on Tuesday," Jensen said.', False, id="of-no-side"),
])
def test_a_continuation_still_speaks_of_a_side(quote, continues):
    pairs = _pairs(JENSEN + quote)
    assert (("Mark Jensen", "Lisa Hart", "continuation") in pairs) is continues


@pytest.mark.parametrize("group", ["His supporters", "That irritates Hart supporters, and critics"])
def test_a_group_named_by_a_possessive_or_a_clause_is_no_party(group):
    text = f"Governor Lisa Hart said on Monday that she would stay in the race. {group} said the party should unite."
    assert not any(target == "Lisa Hart" for _, target, _ in _pairs(text))


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Governor Lisa Hart reacted to the news on Tuesday, saying the state would appeal.", False,
                 id="reacted-to-the-news"),
    pytest.param("Governor Lisa Hart replied that the state would appeal.", True, id="replied"),
])
def test_a_turn_to_a_thing_is_no_answer_to_the_last_voice(said, answers):
    assert _answers_hale(HALE + said) is answers



LEE = 'Senator Ann Lee proposed a carbon tax on Monday. "It is a tax on families," Lee said.\n\n'


@pytest.mark.parametrize(("answer", "target"), [
    pytest.param('Governor Tom Hale responded on Twitter, calling the tax "a disaster for families."', "Ann Lee",
                 id="a-platform-after-on"),
    pytest.param('Governor Tom Hale hit back in an interview on CBS, saying the tax "will hurt families."', "Ann Lee",
                 id="a-broadcaster-after-a-medium"),
    pytest.param('Governor Tom Hale responded to Lee on Twitter, calling the tax "a disaster for families."',
                 "Ann Lee", id="the-target-before-the-platform"),
])
def test_where_an_answer_went_is_not_whom_it_answers(answer, target):
    targets = {t for _, t, _ in _pairs(LEE + answer)}
    assert targets == {target}


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Senator Tom Hale said those statements were false during a hearing last week.", True,
                 id="the-statements-testified"),
    pytest.param("Senator Tom Hale said the testimony was misleading.", True, id="the-testimony"),
    pytest.param("Senator Tom Hale said the hearing would resume on Monday.", False, id="no-noun-names-it"),
])
def test_a_noun_names_what_a_witness_testified(said, answers):
    text = "Governor Lisa Hart testified on Tuesday that she had never seen the memo. " + said
    assert any(s == "Tom Hale" and t == "Lisa Hart" for s, t, _ in _pairs(text)) is answers
