"""Tests of quoted section headings (attribution/headings.py): no statements when the body quotes otherwise."""

from __future__ import annotations

import pytest

import quotetrack

_BODY = 'The council met on Monday. "We will vote in March," the chairwoman said.\n\n'
_AFTER = "\n\nThe second vote came a week later."
# The paragraph after a heading runs on from the one before it, the heading alone between them.
_BEFORE = ("Shoppers have come back. ''This was a hard year,'' he said.\n\n"
           "''Our staff,'' he added, ''builds a lot here.''\n\n")
_FIRED = "In 2009, the board that had once hailed its chief turned on her. She was fired.\n\n"

# (text, the words of its direct statements, id)
HEADINGS = [
    (_BEFORE + "'A quiet recovery.'\n\nLess than an hour north, the mill closed in May.",
     ["This was a hard year,", "Our staff,", "builds a lot here."], "heading-after-a-speaker"),
    (_FIRED + "'A restless builder.'\n\nShe has been asked about the merger since. ''It was right,'' she said.",
     ["It was right,"], "heading-opening-a-section"),
    (_BODY + "'A long night in the chamber.'" + _AFTER, ["We will vote in March,"], "heading-in-single-marks"),
    (_BODY + "'Nobody saw it coming'" + _AFTER, ["We will vote in March,"], "heading-without-a-stop"),
    ("The mayor said, ''The budget is balanced.''\n\n'Roads first.'\n\nCrews began work on Monday.",
     ["The budget is balanced."], "body-in-tex-marks"),
    # A paper that quotes in single marks throughout keeps its one-paragraph quotations.
    ("'We will vote in March,' the chairwoman said.\n\n'Nobody will be left out.'" + _AFTER,
     ["We will vote in March,", "Nobody will be left out."], "single-marks-throughout"),
    # Double marks alone in a paragraph are a quotation the body's marks make, not a heading.
    (_BODY + '"Nobody will be left out."' + _AFTER, ["We will vote in March,", "Nobody will be left out."],
     "double-marks-alone"),
    # Single marks with words around them in the paragraph are no heading.
    (_BODY + "'Nobody will be left out,' she added." + _AFTER,
     ["We will vote in March,", "Nobody will be left out,"], "single-marks-with-a-cue"),
]


@pytest.mark.parametrize("text, expected", [case[:2] for case in HEADINGS], ids=[case[2] for case in HEADINGS])
def test_quoted_section_headings(text, expected):
    """A paragraph of only a quotation in single marks, where the body quotes in double marks, heads a section."""
    assert [s.text for s in quotetrack.read(text).statements if s.kind == "direct"] == expected
