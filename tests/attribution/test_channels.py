"""How a statement reached its audience (quotetrack.attribution.channels): medium and addressee."""

from __future__ import annotations

import pytest

import quotetrack

CASES = [
    # (text, medium, addressee)
    ('"We are ready," Jane Brown told reporters at a news conference.', "press conference", "reporters"),
    ("Tom Reid wrote in a letter to the board that the merger would cost jobs.", "letter", "the board"),
    ('"We are ready," the minister said in an interview with the Financial Times.', "interview", "the Financial Times"),
    ('"We are ready," Jane Brown tweeted on Monday.', "Twitter", None),
    ('"Nobody asked us," Jane Brown wrote in a post on Facebook.', "Facebook", None),
    ("In a statement, the ministry said the talks had failed.", "statement", None),
    ("The union said in a joint written statement that the strike would go ahead.", "statement", None),
    ("Jane Brown told a press conference in Lagos that the vote was fair.", "press conference", None),
    ("Zeynep Akar told CNN on Sunday that the plan would fail.", None, "CNN"),
    ('"No," Jane Brown told The New York Times.', None, "The New York Times"),
    ("Jane Brown told her colleagues early on Monday that the plan would fail.", None, "her colleagues"),
    ("Jane Brown told him that the plan would fail.", None, None),
    ('"It is over," said Tom Reid.', None, None),
    ('"We will win," Ann Lee said in a conference call with Ohio reporters.', "conference call", "Ohio reporters"),
    ('"We will win," Ann Lee said in an interview with radio host Tom Reid.', "interview", "radio host Tom Reid"),
    ('"We lost our way," Ann Lee wrote in her 2003 memoir.', "memoir", None),
]


@pytest.mark.parametrize(("text", "medium", "addressee"), CASES)
def test_medium_and_addressee(text: str, medium: str | None, addressee: str | None) -> None:
    statement, = quotetrack.read(text, backend="embedded").statements
    assert statement.medium == medium
    assert (statement.addressee.text if statement.addressee else None) == addressee
    if statement.addressee is not None:
        assert text[statement.addressee.start : statement.addressee.end] == addressee


def test_words_inside_the_statement_are_not_its_medium() -> None:
    text = '"I said in a statement that we would win," Tom Reid said.'
    statement, = quotetrack.read(text, backend="embedded").statements
    assert statement.medium is None


MEDIUM_TAILS = [
    # (text, statement, medium, addressee): a mixed statement ends at its quotation when only its medium follows
    ('Jo Hale called the plan "a disaster" in a tweet on Sunday.', 'the plan "a disaster"', "Twitter", None),
    ('Ted Cruz called the raid "abhorrent" in a tweet Sunday.', 'the raid "abhorrent"', "Twitter", None),
    ('Ann Dale described him as "the best mayor we ever had" in a Facebook post.',
     'him as "the best mayor we ever had"', "post", None),
    ('Tom Reed called the system "rigged" in an interview with the BBC last week.', 'the system "rigged"',
     "interview", "the BBC"),
    ('Tom Reed called the vote "the start of a new era" in his 1969 book The Long Majority.',
     'the vote "the start of a new era"', "book", None),
    # other words after the quotation keep it going
    ('Jo Hale called the plan "a disaster" in the making.', 'the plan "a disaster" in the making', None, None),
    ('Jo Hale called the plan "a disaster" in a statement that angered Ann Dale.',
     'the plan "a disaster" in a statement that angered Ann Dale', None, None),
]


@pytest.mark.parametrize(("text", "content", "medium", "addressee"), MEDIUM_TAILS)
def test_medium_after_a_mixed_statement(text: str, content: str, medium: str | None, addressee: str | None) -> None:
    statement, = quotetrack.read(text, backend="embedded").statements
    assert (statement.kind, statement.text) == ("mixed", content)
    assert statement.medium == medium
    assert (statement.addressee.text if statement.addressee else None) == addressee
