"""A phrase opening the sentence names the party's words or act a statement is said of (responses/regarding.py)."""

from __future__ import annotations

import pytest

CHARGE = "Senator Ruth Ellis said on Monday that the tariffs had cost the state ten thousand jobs.\n\n"


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param(CHARGE + "Asked about Ellis's charge, Commerce Secretary Tom Hale said the tariffs were working.",
                 ("Tom Hale", "Ruth Ellis"), id="asked-about"),
    pytest.param(CHARGE + 'As for Senator Ellis\'s numbers, Tom Hale told reporters they were "simply made up."',
                 ("Tom Hale", "Ruth Ellis"), id="as-for-with-a-title"),
    pytest.param(CHARGE + "But regarding Ellis' claim, state treasurer Ann Pike said the plant had closed for other "
                 "reasons.", ("Ann Pike", "Ruth Ellis"), id="after-but"),
])
def test_the_party_whose_words_the_phrase_names_is_answered(text, pair, pairs):
    assert (*pair, "regarding") in pairs(text)


@pytest.mark.parametrize("text", [
    pytest.param(CHARGE + "Asked about Ellis, Commerce Secretary Tom Hale said the tariffs were working.",
                 id="the-party-not-its-words"),
    pytest.param(CHARGE + "Asked about the cost of Ellis's plan, Tom Hale said the tariffs were working.",
                 id="named-further-in"),
    pytest.param(CHARGE + "Tom Hale said the tariffs were working, as for Ellis's charge, it was old news.",
                 id="not-opening-the-sentence"),
    pytest.param(CHARGE + "Asked about Ellis's charge on Tuesday in a long interview with the local paper, the "
                 "commerce secretary of the state Tom Hale said the tariffs were working.", id="far-from-the-comma"),
    pytest.param("Tom Hale said the tariffs were working. Asked about Hale's own record, Hale said it was good.",
                 id="the-speaker-s-own"),
])
def test_no_framed_topic(text, pairs):
    assert not any(kind == "regarding" for _, _, kind in pairs(text))
