"""Tests of a reported clause after a cue's medium without "that" (settings.medium_after, read in
ClauseFinder.complement_start): "said in a statement the plant would close"."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the speaker, the statement, its medium, id)
AFTER_MEDIUM = [
    ("Ann Dale said in a statement the deal was dead.", "Ann Dale", "the deal was dead", "statement", "statement"),
    ("Tom Hale said in an interview on Tuesday he would not run again.", "Tom Hale", "he would not run again",
     "interview", "interview-and-time"),
    ("The governor wrote in an op-ed the tax would hurt small farms.", "The governor",
     "the tax would hurt small farms", "op-ed", "op-ed"),
]


@pytest.mark.parametrize("text, speaker, content, medium", [c[:4] for c in AFTER_MEDIUM],
                         ids=[c[4] for c in AFTER_MEDIUM])
def test_the_clause_after_the_medium_is_read(text, speaker, content, medium):
    """The clause after "in a statement" is the statement, and the medium is recorded."""
    read = [(s.speaker.name if s.speaker else None, s.text, s.medium) for s in quotetrack.read(text).statements]
    assert (speaker, content, medium) in read


NOT_AFTER_MEDIUM = [
    ("Tom Hale spoke at a rally the union organized in Dayton.", "speak-contact-relative"),
    ("Ann Dale said so in a statement.", "medium-at-the-end"),
]


@pytest.mark.parametrize("text", [c[0] for c in NOT_AFTER_MEDIUM], ids=[c[1] for c in NOT_AFTER_MEDIUM])
def test_no_clause_after_the_medium(text):
    """A cue that takes no clause ("spoke at a rally the union organized") reads no statement after its medium."""
    assert not [s for s in quotetrack.read(text).statements if "union" in s.text or "statement" in s.text]
