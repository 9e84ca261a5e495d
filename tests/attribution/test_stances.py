"""Tests of adjectives of belief and stance as cues (attribution/stances.py, ``stance`` in cue_phrases.tsv): "Hale is
convinced that ...", "the mayor was critical of the plan": the subject before "be" holds what follows."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the holder, what is held, id)
STANCES = [
    ("Mayor Ann Dale is convinced that the bridge will open on time.", "Ann Dale", "the bridge will open on time",
     "is-convinced-that"),
    ("Democrats remain hopeful that the bill will pass before the recess.", "Democrats",
     "the bill will pass before the recess", "remain-hopeful-that"),
    ("Senator Tom Hale was sharply critical of the plan to close the base.", "Tom Hale", "the plan to close the base",
     "adverb-critical-of"),
    ("The governor has long been skeptical of the merger.", "The governor", "the merger", "has-long-been-skeptical"),
    ("Farmers in the valley are worried about the price of water.", "Farmers in the valley", "the price of water",
     "are-worried-about"),
]


@pytest.mark.parametrize("text, holder, held", [c[:3] for c in STANCES], ids=[c[3] for c in STANCES])
def test_the_subject_holds_the_stance(text, holder, held):
    """The adjective after "be" is a cue, its subject the speaker, its clause or object the statement."""
    read = [(s.speaker.name if s.speaker else None, s.text) for s in quotetrack.read(text).statements]
    assert (holder, held) in read


NO_STANCES = [
    ("It is certain that the plan will fail in the Senate.", "it-is-certain"),
    ("There was nobody else in the room, and it was certain that the vote would fail.", "it-after-and"),
    ("What is certain that anyone can see is the cost.", "what-subject"),
]


@pytest.mark.parametrize("text", [c[0] for c in NO_STANCES], ids=[c[1] for c in NO_STANCES])
def test_no_stance_without_a_holder(text):
    """No "be" before the adjective, or a subject that holds no view ("it", "there", "what"): no statement."""
    assert not quotetrack.read(text).statements
