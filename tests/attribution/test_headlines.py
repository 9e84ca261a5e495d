"""Tests of quoted words in a headline (attribution/headlines.py): single marks over a body in double marks."""

from __future__ import annotations

import pytest

import quotetrack

_BODY = '\n\nThe council met on Monday. "We will vote in March," the chairwoman said.'

# (text, the headline statement's words, its kind, id)
HEADLINES = [
    ("Governor calls tax plan 'a reckless gamble'" + _BODY, "tax plan 'a reckless gamble'", "indirect",
     "mixed-in-single-marks"),
    ("Senator says ruling was 'a mistake'" + _BODY, "ruling was 'a mistake'",
     "indirect", "mixed-ending-in-marks"),
    ("Port workers’ union says strike is ‘the last resort’" + _BODY, "strike is ‘the last resort’", "indirect",
     "curly-single-marks"),
    # Double marks in a headline are a quotation still.
    ('Governor calls tax plan "a reckless gamble"' + _BODY, 'tax plan "a reckless gamble"', "mixed",
     "double-marks-kept"),
    # A paper quoting in single marks throughout: the headline's marks are its quotation marks.
    ("Governor calls tax plan 'a reckless gamble'\n\n'We will vote in March,' the chairwoman said.",
     "tax plan 'a reckless gamble'", "mixed", "single-marks-throughout"),
    # Single marks below the first line are the body's: not a headline.
    ("The council met.\n\nThe governor called the tax plan 'a reckless gamble'." + _BODY,
     "the tax plan 'a reckless gamble'", "mixed", "single-marks-in-the-body"),
]


@pytest.mark.parametrize("text, words, kind", [case[:3] for case in HEADLINES], ids=[case[3] for case in HEADLINES])
def test_headline_quotes_in_single_marks(text, words, kind):
    """A headline statement quoting only in single marks, over a body quoting in double marks, is indirect."""
    found = {s.text: s.kind for s in quotetrack.read(text).statements}
    assert found.get(words) == kind


def test_the_body_keeps_its_kinds():
    """The body's direct statement stays direct when the headline's is made indirect."""
    kinds = [s.kind for s in quotetrack.read("Governor calls tax plan 'a reckless gamble'" + _BODY).statements]
    assert kinds == ["indirect", "direct"]


_NAMED = '\n\nMayor Ann Dale spoke on Monday. "We did it," she said.'


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ann Dale: City Budget Is ‘In Good Shape’ After Cuts" + _NAMED, "City Budget Is ‘In Good Shape’ After Cuts"),
        ("Ann Dale: Audit the Port, ‘Stop the Waste’" + _NAMED, "Audit the Port, ‘Stop the Waste’"),
        ("Ann Dale: the council's plan is 'dead on arrival'" + _NAMED, "the council's plan is 'dead on arrival'"),
    ],
    ids=["title-case", "ending-in-marks", "lower-case"],
)
def test_headline_colon_quoting_in_single_marks(text, words):
    """'Name: ... 'words' ...' as a headline over a body quoting in double marks reports the rest, indirect."""
    found = [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]
    assert ("indirect", words, "Ann Dale") in found


def test_headline_colon_in_double_marks_is_not_read():
    """The same headline quoting in double marks holds a quotation, which the colon does not report."""
    text = 'Ann Dale: City Budget Is "In Good Shape" After Cuts' + _NAMED
    assert not [s for s in quotetrack.read(text).statements if s.end <= text.index("\n")]
