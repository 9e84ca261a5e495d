"""Tests of relative "that" after a cue's noun-phrase object (attribution/relatives.py)."""

from __future__ import annotations

import pytest

import quotetrack

# id: (text, the words of its indirect statements)
RELATIVES = {
    "object-with-relative-clause": ("The mayor cited problems in the port that she blamed on the previous council.",
                                    ["problems in the port that she blamed on the previous council"]),
    "relative-with-its-own-subject": ("The ruling threatens the extensive work that economists did last decade.",
                                      ["the extensive work that economists did last decade"]),
    "bare-plural-object": ("The senator shrugged off limits that the party had set on its donors.",
                           ["limits that the party had set on its donors"]),
    "relative-with-a-verb-first": ("She pointed to a survey that shows the bill is popular.",
                                   ["a survey that shows the bill is popular"]),
    # "that" opens the reported clause after settings, addressees and nouns of content.
    "after-a-weekday": ("The governor said Monday that the port will reopen.", ["that the port will reopen"]),
    "after-a-medium": ("The union said in a statement that the port will reopen.", ["that the port will reopen"]),
    "after-an-addressee": ("The mayor told reporters that the port will reopen.", ["that the port will reopen"]),
    "after-a-cue-noun": ("He reiterated his belief that the port will reopen.", ["that the port will reopen"]),
    "after-a-content-noun": ("She pressed the case that the port must reopen.", ["that the port must reopen"]),
}


@pytest.mark.parametrize("case", RELATIVES)
def test_relative_that_after_an_object(case):
    """After a plain noun-phrase object, "that" opens the object's relative clause, not a reported clause."""
    text, expected = RELATIVES[case]
    assert [s.text for s in quotetrack.read(text).statements if s.kind == "indirect"] == expected


def test_quoted_words_after_that_keep_the_reported_clause():
    """Quoted words after "that" keep it the opening of a reported clause."""
    statement, = quotetrack.read('He praised a teacher that said "every child can read."').statements
    assert statement.text == 'that said "every child can read."'
