"""Tests of quotations that never close: the speaker and cue written after the words are still read."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.quotations import find_quotations
from quotetrack.attribution.unclosed_ends import end_unclosed_at_cues
from quotetrack.backends.embedded import split_paragraphs
from quotetrack.lexicon import load_lexicon


_FRAMED = {  # id: (text, the quoted words, their speaker)
    "titled-name-then-cue": ('"The council has let this town down, Senator Rosa Vidal said on Tuesday.',
                             "The council has let this town down", "Rosa Vidal"),
    "cue-then-name": ('"We are ready for the vote, said Mayor Ian Brock.', "We are ready for the vote", "Ian Brock"),
    "pronoun-then-cue": ('Ann Okafor spoke last. "Nobody asked the nurses, she told the committee.',
                         "Nobody asked the nurses", "Ann Okafor"),
    "comma-inside-the-words": ('"The deal is off, and the talks are over, the minister said.\n\nMarkets fell.',
                               "The deal is off, and the talks are over", "the minister"),
    "sentence-after-the-frame": ('"There is no money left, Tom Reyes said. He left the meeting early.',
                                 "There is no money left", "Tom Reyes"),
}


@pytest.mark.parametrize("text, words, speaker", list(_FRAMED.values()), ids=list(_FRAMED))
def test_unclosed_quotation_keeps_its_speaker(text, words, speaker):
    """An opening mark never closed before the paragraph ends: the quotation ends before the frame of a speech cue
    and its speaker, which are read as after a closed quotation."""
    statements = quotetrack.read(text).statements
    found = [s for s in statements if s.text == words]
    assert found and found[0].speaker is not None and found[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We told them the truth, and they said nothing at all.', id="no-speaker-before-the-cue"),
        pytest.param('"The first part of the plan is simple, and cheap.\n\n"The second is not," Ms Vidal said.',
                     id="quoted-paragraph-continued"),
        pytest.param('"We went to the door, I said guys, we are not going in there.', id="cue-with-a-clause-after"),
        pytest.param('"The plan, Mr Brock said, is dead and buried.', id="cue-mid-sentence"),
    ],
)
def test_unclosed_quotation_without_a_closing_frame_runs_on(text):
    """No frame ending the sentence after a comma: the unclosed quotation still runs to the paragraph's end."""
    paragraphs = split_paragraphs(text)
    found = find_quotations(text, paragraphs)
    assert end_unclosed_at_cues(text, found, load_lexicon()) == found
