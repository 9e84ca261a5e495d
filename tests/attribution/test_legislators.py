"""Members of a legislature: a senator, an MP or a representative sits in the legislature of the story's country
(not the United States Senate in a Chilean or Australian story that never names the US), speaks for the party the
text gives them, and two members of one house are no one side of a response; a body read before a title stops at
a sentence's end ("on Monday. Sen. X")."""

from __future__ import annotations

import pytest

import quotetrack


def body_of(text: str, name: str) -> str | None:
    """The organisation's name of the first statement ``name`` speaks."""
    for statement in quotetrack.read(text).statements:
        if statement.speaker is not None and statement.speaker.name == name:
            return statement.speaker.organisation.name if statement.speaker.organisation is not None else None
    raise AssertionError(f"no statement by {name}")


@pytest.mark.parametrize(("text", "name", "body"), [
    pytest.param('Brazil\'s government wants to sell the port. "The sale is a mistake," said Senator Rui Tavares.',
                 "Rui Tavares", "National Congress of Brazil", id="senator-in-a-brazilian-story"),
    pytest.param('Canberra will ban the pesticide, Australia\'s farm minister said. "Growers have been betrayed," said '
                 'Senator Kate Orr.', "Kate Orr", "Australian Parliament", id="senator-in-an-australian-story"),
    pytest.param('Canada\'s budget was tabled in Ottawa on Tuesday. "It is a tax on families," said MP Glen Rowe.',
                 "Glen Rowe", "Parliament of Canada", id="mp-in-a-canadian-story"),
    pytest.param('Poland raised fuel duty. "Nobody can pay this," said Senator Ewa Lis of the Civic Platform.',
                 "Ewa Lis", "Civic Platform", id="a-party-of-after-title"),
    pytest.param('Mexico\'s president met farmers. Senator Lupe Arce, who leads Morena in the upper house, said: "We '
                 'will back them."', "Lupe Arce", "Morena", id="a-party-before-the-house"),
    pytest.param('North Korea fired a missile on Sunday, the U.S. military said. "This is a provocation," said Sen. '
                 'Dana Whit.', "Dana Whit", "United States Senate", id="us-senator-in-a-story-about-korea"),
    pytest.param('"The bill is dead," Sen. Ray Moss said in Washington.', "Ray Moss", "United States Senate",
                 id="us-senator-at-home"),
])
def test_a_legislator_sits_in_the_story_s_legislature(text, name, body):
    assert body_of(text, name) == body


@pytest.mark.parametrize("text", [
    pytest.param('Ortiz Mining fined the driver on Monday. Sen. Tom Hale said: "It was fair."', id="sen-after-a-stop"),
    pytest.param('The vote was held in Leeds. MP Ann Carr said: "We lost."', id="mp-after-a-stop"),
])
def test_a_body_before_a_title_does_not_cross_a_sentence_end(text):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.organisation is not None
    assert "." not in statement.speaker.organisation.name


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Sen. Ann Ortiz unveiled a farm plan on Monday. Sen. Tom Hale pooh-poohed the plan.",
                 ("Tom Hale", "Ann Ortiz"), id="two-senators"),
    pytest.param("Rep. Lee Gault unveiled a tax plan on Friday. Rep. Joan Tull dismissed the plan.",
                 ("Joan Tull", "Lee Gault"), id="two-representatives"),
])
def test_two_members_of_one_house_are_no_one_side(text, pair):
    graph = quotetrack.read(text)
    assert pair in {(r.source, r.target) for r in graph.responses}
