"""Explicit cues read where their statement does not carry them: a judging verb whose "it" stands for a clause
("called it "dangerous" that Y ...", ``responses.extraposed``), a lead-in paragraph's last sentence or a lead-in
opening with a phrase of its own ("In response to ..., X has returned to critiquing Y", ``responses.leadin``), and
"critique" as a response cue."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, pair", [
    pytest.param('Governor Ruth Baxter toured the coast on Monday. After the storm, Senator Tom Hale released an ad '
                 'calling it "dangerous" that Baxter "has no plan to fix the bridges."', ("Tom Hale", "Ruth Baxter"),
                 id="quoted-judgement"),
    pytest.param("Governor Ruth Baxter vetoed the school bill on Friday. Senator Tom Hale called it outrageous that "
                 "Baxter had blocked the funding.", ("Tom Hale", "Ruth Baxter"), id="evaluation-word"),
    pytest.param("Senator Tom Hale on Monday called it a disgrace that Governor Ruth Baxter had refused to meet the "
                 "families.", ("Tom Hale", "Ruth Baxter"), id="a-noun-judgement"),
])
def test_a_judged_clause_names_its_subject(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text, pair", [
    pytest.param("Governor Ruth Baxter left the hearing early. Senator Tom Hale called it a day after the vote.",
                 ("Tom Hale", "Ruth Baxter"), id="no-clause-after-it"),
    pytest.param("Governor Ruth Baxter spoke on Monday. Senator Tom Hale called it a good start and said the talks "
                 "would go on.", ("Tom Hale", "Ruth Baxter"), id="no-that-clause"),
])
def test_an_it_with_no_clause_judges_no_party(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair not in ends(text)


@pytest.mark.parametrize("text, pair", [
    pytest.param("Governor Ruth Baxter unveiled her budget on Monday. Polls show the race tightening. In response to "
                 "the growing pressure, Senator Tom Hale has returned to criticizing Baxter over her tax record.\n\n"
                 '"She has raised taxes three times," Hale said in Dayton.', ("Tom Hale", "Ruth Baxter"),
                 id="last-sentence-with-an-opening-phrase"),
    pytest.param("Governor Ruth Baxter unveiled her budget on Monday.\n\n"
                 "The vote is set for Friday. Senator Tom Hale went out of his way to attack Baxter on Tuesday.\n\n"
                 '"She has failed our children for years," Hale said.', ("Tom Hale", "Ruth Baxter"),
                 id="last-sentence"),
    pytest.param("Governor Ruth Baxter unveiled her budget on Monday.\n\n"
                 "At a town hall meeting in the state capital on Tuesday night, Senator Tom Hale sided with Baxter.\n\n"
                 '"She is doing the right thing," Hale said.', ("Tom Hale", "Ruth Baxter"), id="a-long-opening-phrase"),
])
def test_a_lead_in_sentence_gives_the_quotation_its_cue(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text, pair", [
    pytest.param("Governor Ruth Baxter unveiled her budget on Monday. Senator Tom Hale praised the mayor.\n\n"
                 "The vote is set for Friday. Senator Tom Hale went out of his way to attack him on Tuesday.\n\n"
                 '"He has failed our children for years," Hale said.', ("Tom Hale", "Ruth Baxter"),
                 id="a-pronoun-object-stays-unread"),
    pytest.param("Governor Ruth Baxter unveiled her budget on Monday.\n\n"
                 "Critics who attacked Baxter met on Tuesday, and Senator Tom Hale spoke first.\n\n"
                 '"We need more time," Hale said.', ("Tom Hale", "Ruth Baxter"), id="the-cue-before-the-speaker"),
])
def test_a_lead_in_sentence_gives_no_cue_it_does_not_hold(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair not in ends(text)


@pytest.mark.parametrize("text, pair", [
    pytest.param("Governor Ruth Baxter unveiled her budget on Monday. Senator Tom Hale critiqued Baxter's budget in a "
                 "speech on Tuesday.", ("Tom Hale", "Ruth Baxter"), id="critiqued-a-possessive"),
    pytest.param("Senator Tom Hale on Wednesday delivered a sharp critique of Governor Ruth Baxter's housing plan. "
                 '"It will not build a single home," Hale said.', ("Tom Hale", "Ruth Baxter"), id="a-critique-of"),
    pytest.param("Governor Ruth Baxter defended the new tariffs. Senator Tom Hale, critiquing Baxter's trade policy, "
                 "said farmers would pay the price.", ("Tom Hale", "Ruth Baxter"), id="critiquing-participle"),
])
def test_critique_is_a_response_cue(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)
