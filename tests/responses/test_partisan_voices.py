"""An unnamed speaker who speaks for a party ("A Democratic aide") is a response end (parties.partisan_voice)."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.model import Speaker
from quotetrack.responses.parties import is_party, partisan_voice
from quotetrack.responses.words import response_words

HALE = "Rep. Tom Hale (R-Ohio) unveiled a tax plan on Monday that would cut Medicare. "


def _words():
    return response_words(load_lexicon())


@pytest.mark.parametrize(("name", "voice"), [
    pytest.param("A Democratic aide", True, id="a-party-aide"),
    pytest.param("one GOP source on the committee", True, id="a-source-with-a-place"),
    pytest.param("a senior Labour spokesman", True, id="a-british-party"),
    pytest.param("an aide", False, id="no-party"),
    pytest.param("a source close to the Republican leader", False, id="close-to-a-partisan"),
    pytest.param("a Democratic donor", False, id="not-a-voice"),
    pytest.param("a democratic source", False, id="the-common-adjective"),
])
def test_partisan_voice(name, voice):
    assert partisan_voice(name, _words()) is voice
    assert is_party(Speaker(name=name, kind="unnamed"), _words()) is voice


@pytest.mark.parametrize(("speaker", "answers"), [
    pytest.param("A Democratic aide", True, id="a-party-aide"),
    pytest.param("An aide", False, id="an-aide-of-no-party"),
])
def test_a_partisan_voice_answers_the_act(speaker, answers):
    text = HALE + f'{speaker} blasted the plan. "It guts Medicare," the aide said.'
    pairs = {(r.source, r.target) for r in quotetrack.read(text, id="p").responses}
    assert ((speaker, "Tom Hale") in pairs) is answers


def test_the_panel_is_no_party():
    text = ("Sen. Tom Hale said the inquiry was over. Democrats said on Monday that the inquiry had found nothing new. "
            "A former Republican committee staffer announced plans to sue the panel, claiming he was fired.")
    assert ("A former Republican committee staffer", "Democrats") not in {
        (r.source, r.target) for r in quotetrack.read(text, id="p").responses}
