"""A body named as the speaker's own ("Hale's campaign") is no party the speaker answers (parties.named_as_own)."""

from __future__ import annotations

import pytest

import quotetrack

SETTING = "Senator Tom Hale had a difficult week. "


@pytest.mark.parametrize(("claim", "owner"), [
    pytest.param("Hale's campaign has spent days putting out fires after a group of former donors emerged, claiming "
                 "Hale had misused campaign funds.", None, id="own-campaign-given-the-claim"),
    pytest.param("Ann Dale's campaign said on Monday that Hale had misused campaign funds.", "Ann Dale's campaign",
                 id="a-rivals-campaign"),
])
def test_a_denial_answers_no_body_named_as_the_speakers_own(claim, owner):
    text = SETTING + claim + "\n\nHale has denied the claims, and said they were invented by his rivals."
    ends = {(r.source, r.target) for r in quotetrack.read(text, id="t").responses}
    assert ("Tom Hale", "Hale's campaign") not in ends
    if owner is not None:
        assert ("Tom Hale", owner) in ends
