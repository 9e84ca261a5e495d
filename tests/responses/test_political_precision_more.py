"""Wrong response edges on political news removed by general rules (words read as names, ...)."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize("adjective", ["Blistering", "Fierce", "Scathing", "Angry"])
def test_a_headline_adjective_before_a_cue_noun_is_no_speaker(adjective, ends):
    text = (f"{adjective} attacks upend Warren's tax plan.\n\nSenator Paula Warren on Monday unveiled a plan to raise "
            "the tax on fuel. Governor Tom Reyes criticized the plan, saying it would hurt drivers.")
    pairs = ends(text)
    assert not any(source == adjective for source, _ in pairs)
    assert ("Tom Reyes", "Paula Warren") in pairs


def test_a_cue_in_a_relative_clause_of_another_name_is_not_the_speakers(ends):
    text = ("Senator Paula Warren unveiled a fuel tax plan on Monday.\n\nGovernor Tom Reyes was asked by radio host "
            "Dan Pike, who backs Reyes but has criticized Warren's plan, whether the plan would pass. \"It will not,\" "
            "Reyes said.")
    assert ("Tom Reyes", "Paula Warren") not in ends(text)


@pytest.mark.parametrize(("text", "cue", "noun"), [
    ("But the ultimate answer to Warren's woes may come from history.", "answer", True),
    ("The simple reply to the governor's plan is that it costs too much.", "reply", True),
    ("Reyes quickly answered Warren's charge on Monday.", "answered", False),
])
def test_a_turn_cue_after_an_article_and_a_modifier_is_a_noun(text, cue, noun):
    from quotetrack.lexicon import load_lexicon
    from quotetrack.responses.senses import no_stance
    from quotetrack.responses.words import response_words
    lexicon = load_lexicon()
    assert no_stance(text, cue, text.index(cue), response_words(lexicon), lexicon) is noun


def test_a_cue_noun_with_the_speaker_as_agent_is_the_speakers(ends):
    text = ("Senator Paula Warren unveiled a fuel tax plan on Monday.\n\nAnalyst Tom Reyes seemed to rely on a "
            "sharp attack against Warren by Republican Gov. Dan Pike, who said the plan would hurt drivers.")
    assert ("Dan Pike", "Paula Warren") in ends(text)


def test_a_name_after_support_for_is_named_in_passing():
    text = ("Senator Paula Warren won the teachers union endorsement on Monday. \u201cI am honoured,\u201d Warren "
            "said.\n\n"
            "But throughout the summer, members within the union criticized the decision. They said the endorsement "
            "was rushed, and support for Warren would have been lower had they taken more time.")
    evidence = [r.evidence for r in quotetrack.read(text, id="p").responses if r.target == "Paula Warren"]
    assert "mention" not in evidence


@pytest.mark.parametrize("group", ["All the Democrats", "All of the Democrats", "Both candidates"])
def test_a_whole_group_answers_none_of_its_members_by_its_turn(group):
    text = ("Senator Paula Warren and Governor Tom Reyes met in a debate on Monday. Reyes suggested that Warren would "
            f"be too quick to use force overseas.\n\n{group} insisted that cooperation abroad will be necessary.")
    evidence = [r.evidence for r in quotetrack.read(text, id="p").responses if r.target == "Tom Reyes"]
    assert "turn" not in evidence
