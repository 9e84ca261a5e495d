"""A noun of saying whose content clause opens with a quantifier ("her belief that none of it was fair")."""

from __future__ import annotations

import pytest

import quotetrack

CASES = [  # (id, text, the noun cue, speaker, the content's first word)
    ('belief-that-none',
     'Jane Smith shared her belief that none of the cuts were fair.',
     'belief', 'Jane Smith', 'none'),
    ('concern-that-nothing',
     'The mayor, Tom Reyes, voiced his concern that nothing in the bill would help farmers.',
     'concern', 'Tom Reyes', 'nothing'),
    ('view-that-everyone',
     'In a letter to donors, Senator Ann Dale shared her view that everyone on the board should resign.',
     'view', 'Ann Dale', 'everyone'),
]


@pytest.mark.parametrize(('text', 'cue', 'speaker', 'first'), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_quantifier_opens_the_content(text: str, cue: str, speaker: str, first: str) -> None:
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement with the cue {cue!r}"
    assert found[0].speaker is not None and speaker in found[0].speaker.name
    assert found[0].text.split()[:2] == ["that", first]
