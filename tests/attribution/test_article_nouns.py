"""A cue word right after an indefinite article is a noun, no cue ("unveiled a plan to ...", "in an alleged attack"):
`attribution.cues`; the act stays its author's, and the sentence speaks for no one."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize("text", [
    pytest.param("The Dover council on Tuesday unveiled a plan to cap rents.", id="a-plan"),
    pytest.param("Two men were hurt in an alleged attack outside the station.", id="an-alleged-attack"),
])
def test_no_statement_from_a_noun_after_an_article(text):
    assert quotetrack.read(text).statements == ()


def test_the_verb_after_a_name_still_reads():
    statements = quotetrack.read("The council plans to cap rents, Mayor Ann Pike said.").statements
    assert [s.speaker.name for s in statements if s.speaker] == ["Ann Pike"]
