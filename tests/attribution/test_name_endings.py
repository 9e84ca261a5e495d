"""A body's name written with its ending and the ending's point ("Acme Platforms Inc. on Friday rejected ...") is the
subject of the cue after it (`attribution.sources`), and a body never answers itself under two names
(`responses.reader.one_body`)."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Acme Platforms Inc. on Friday rejected the union's call to reopen the plant.", "Acme Platforms Inc",
                 id="the-ending-in-the-name"),
    pytest.param("Harbor Shipping Ltd. said on Monday that profits rose.", "Harbor Shipping Ltd", id="said-after"),
])
def test_the_name_before_its_ending_speaks(text, speaker):
    assert [s.speaker.name for s in quotetrack.read(text).statements] == [speaker]


def test_a_body_answers_nobody_of_its_own():
    text = ("Acme rejects call to reopen plant\n\nDOVER - Acme Platforms Inc. on Friday rejected the "
            "city's plea to reopen its plant.")
    article = quotetrack.read(text)
    own = {s.speaker.name for s in article.statements if s.speaker is not None}
    assert not any(r.source in own and r.target in own for r in article.responses)
