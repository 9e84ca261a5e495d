"""Tests of participles of saying joined by "and" (attribution/participles.py)."""

from __future__ import annotations

import pytest

import quotetrack

# (text, [(cue, statement, speaker)] expected among the reading's statements, id)
COORDINATED = [
    ("Mayor Tom Hale spent the day touting his record and saying the rival lacks judgment.",
     [("touting", "his record", "Tom Hale"), ("saying", "the rival lacks judgment", "Tom Hale")], "touting-and-saying"),
    ("Senator Ann Dale gave a long speech praising the port workers and warning that the strike could spread.",
     [("praising", "the port workers", "Ann Dale"), ("warning", "that the strike could spread", "Ann Dale")],
     "praising-and-warning"),
]


@pytest.mark.parametrize("text, expected", [c[:2] for c in COORDINATED], ids=[c[2] for c in COORDINATED])
def test_coordinated_participles_each_report(text, expected):
    """Each of two participle cues joined by "and" reports its own words, with the first one's subject."""
    found = [(s.cue.text if s.cue else None, s.text, s.speaker.name if s.speaker else None)
             for s in quotetrack.read(text).statements]
    assert all(e in found for e in expected)


def test_a_participle_after_and_without_an_earlier_one_is_left_alone():
    """'and saying' after a finite verb is no coordinated participle: the clause before it is not cut there."""
    text = "Mayor Tom Hale said the port would reopen in May and saying so cost him votes."
    found = [s.text for s in quotetrack.read(text).statements if s.cue is not None and s.cue.text == "said"]
    assert found and found[0].startswith("the port would reopen in May and saying")


def test_a_noun_phrase_after_a_second_verb_of_saying_stays_in_the_first_clause():
    """'arguing that ... and highlighting surveillance programs': "highlighting" names no words of its own."""
    text = ("Spokeswoman Ann Dale hit back, arguing that no firms had been linked to the leaks and highlighting "
            "surveillance programs such as the ones run by other countries.")
    found = [(s.cue.text if s.cue else None, s.text) for s in quotetrack.read(text).statements]
    assert not any(cue == "highlighting" for cue, _ in found)
