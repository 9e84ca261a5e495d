"""Tests of the quoted names of works (attribution/titles.py): terms, never statements."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the words of its direct statements, id)
WORKS = [
    ('The former chief executive wrote in her memoir, "Hard Roads Home." The board disagreed.', [],
     "memoir-after-a-cue"),
    ('Mr. Okafor, whose 2011 book "Rising Tides: The Fight for the Delta," sold well, backs the plan.', [],
     "book-with-subtitle"),
    ("A comic book called ''Ballot Box Blues: Ten Years of Campaigns,'' went on sale.", [], "noun-then-called"),
    ('The campaign premiered a documentary, "The Long Road," on Tuesday, Ms. Lund said.', [],
     "documentary-after-a-comma"),
    ('He starred in the reality show "Build It Big." His ratings fell later.', [], "show"),
    ('She wrote in her memoir, "I never once thought about quitting."', ["I never once thought about quitting."],
     "a-sentence-in-a-memoir-is-quoted"),
    ('The senator said, "We Will Not Move." The vote failed.', ["We Will Not Move."],
     "title-case-after-a-cue-alone-is-quoted"),
    ('"This book is a gift to every reader," the critic said.', ["This book is a gift to every reader,"],
     "work-noun-inside-a-quotation"),
]


@pytest.mark.parametrize("text, expected", [case[:2] for case in WORKS], ids=[case[2] for case in WORKS])
def test_quoted_names_of_works(text, expected):
    """A quotation in title case after a noun of a work names it: no direct statement, whatever cue is near."""
    assert [s.text for s in quotetrack.read(text).statements if s.kind == "direct"] == expected
