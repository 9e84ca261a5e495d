"""Tests of speakers described by a family tie (source_nouns.txt): "His ex-wife agreed, but also contended that
..." is said by his ex-wife, as "The mayor agreed, but argued that ..." is said by the mayor."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize("text, speaker", [
    ("His ex-wife agreed, but also contended that she should not have to give up her privacy.", "His ex-wife"),
    ("Her husband agreed with the ruling, but argued that the court had waited too long.", "Her husband"),
    ("The senator's widow declined to comment but said that the family was grateful.", "The senator's widow"),
], ids=["ex-wife-but-also", "husband-but", "widow-declined-but-said"])
def test_a_relative_shares_the_coordinated_cue(text, speaker):
    """A subject headed by a family tie is the subject a coordinated cue shares."""
    speakers = [s.speaker.name for s in quotetrack.read(text).statements if s.speaker is not None]
    assert speaker in speakers
