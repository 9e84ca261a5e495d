"""Tests of ``attribution/relative_ends.py``: where a cue's relative clause ends before the main clause resumes."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Tom Hale, who said last month that the count was flawed, released a statement on Friday saying, "
            '"We accept the result."',
            [("indirect", "that the count was flawed", "Tom Hale"), ("direct", "We accept the result.", "Tom Hale")],
            id="a-past-form-and-its-object-then-a-quoting-participle",
        ),
        pytest.param(
            'Jo Reyes, who warned that the bridge was unsafe, closed the road on Monday, calling it "a hazard."',
            [("indirect", "that the bridge was unsafe", "Jo Reyes"), ("mixed", 'it "a hazard."', "Jo Reyes")],
            id="a-past-form-then-a-naming-participle",
        ),
        pytest.param(
            "Ann Dale, who argued that the levy was unfair, signed the bill anyway.",
            [("indirect", "that the levy was unfair", "Ann Dale")],
            id="no-quotation-in-the-sentence",
        ),
    ],
)
def test_a_past_form_and_its_object_after_a_comma_resume_the_main_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """'X, who said ..., released a statement': the main clause is the antecedent's, not the report."""
    found = [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]
    assert found == expected
