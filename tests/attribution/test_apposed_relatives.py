"""Tests of the name an apposition with a relative clause follows (attribution/apposed_relatives.py): "Ann Pike, a
former clerk who accused the mayor of lying" is said by Ann Pike."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the speaker of the relative clause's cue, the cue, id)
APPOSED = [
    ("The panel heard from Ann Pike, a former clerk who accused the mayor of lying.", "Ann Pike", "accused",
     "clerk-after-from"),
    ("They included Tom Marsh, a retired teacher who said the school board had ignored parents.", "Tom Marsh",
     "said", "teacher-after-verb"),
    ("The fund is backed by Lee Rowe, an Arkansas poultry magnate who argued that the tax was unfair.", "Lee Rowe",
     "argued", "magnate-after-by"),
    ("Jo Dunn, the state's former attorney general who criticized the ruling, was not at the hearing.", "Jo Dunn",
     "criticized", "subject-apposition"),
]


@pytest.mark.parametrize("text, speaker, cue", [c[:3] for c in APPOSED], ids=[c[3] for c in APPOSED])
def test_the_apposed_name_speaks(text, speaker, cue):
    """The name before the apposition's comma is the speaker of the cue in its "who" clause."""
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.text == cue]
    assert [s.speaker.name if s.speaker else None for s in found] == [speaker]


@pytest.mark.parametrize("text", [
    "Tom Marsh, who met a clerk who said the plant should stay open, left.",  # a relative clause, no apposition
    "The mayor thanked Tom Marsh and a clerk who said the plant should stay open.",  # "and", no comma
], ids=["relative-not-apposition", "coordinated-not-apposition"])
def test_no_apposition_no_name(text):
    """Without an article right after a comma that follows the name, the name does not speak the "who" clause."""
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.text == "said"]
    assert all(s.speaker is None or s.speaker.name != "Tom Marsh" for s in found)
