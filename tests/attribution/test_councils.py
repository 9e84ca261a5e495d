"""A mayor or councillor the text names with no body speaks for the council the text names (councils.py); a
family name written first before a hyphenated given name stays in the name ("Park Ji-hoon")."""

from __future__ import annotations

import pytest

import quotetrack


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    statement = next(s for s in quotetrack.read(text).statements if words in s.text)
    speaker = statement.speaker
    assert speaker is not None
    return speaker.name, speaker.organisation.name if speaker.organisation else None


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Brackley's town council has voted to close the old library.\n\n\"We had no money left to keep it open,\" said "
     "Mayor Ruth Ingram after the vote.", "no money", ("Ruth Ingram", "Brackley town council")),
    ("Harwick City Council approved the budget on Tuesday.\n\n\"Every ward gets a fair share,\" said councillor "
     "Omar Shah, who chairs the finance committee.", "fair share", ("Omar Shah", "Harwick City Council")),
    ("In Dunmore, where rents rose fastest, the city council will cap rises. \"Tenants cannot wait another year,\" "
     "Councillor Nora Quinn said.", "Tenants", ("Nora Quinn", "Dunmore city council")),
    ("Harwick City Council voted to close the library.\n\n\"This is a disgrace,\" said Opposition councillor Nikos "
     "Pappas.", "disgrace", ("Nikos Pappas", "Harwick City Council")),  # "Opposition": a role modifier, no body
])
def test_council_member_speaks_for_the_council_named(text, words, expected):
    assert _speaker(text, words) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("\"Tenants cannot wait another year,\" Councillor Nora Quinn said.", "Tenants"),  # no council named
    ("In May, the city council raised fees. \"Nobody likes it,\" said councillor Ann Roe.", "Nobody"),  # a month
    ("The UN Security Council met on Monday. \"We need calm,\" said Mayor Ann Roe.", "calm"),  # no local council
])
def test_no_council_read_where_the_text_names_none(text, words):
    assert _speaker(text, words)[1] is None


@pytest.mark.parametrize(("text", "words", "name"), [
    ("\"Hospitals are ready,\" Health Minister Park Ji-hoon told reporters in Seoul.", "Hospitals", "Park Ji-hoon"),
    ("\"The deal is fair,\" said Park Min-seo, a trade official in Seoul.", "deal", "Park Min-seo"),
    ("Mekong Freight has bought two ships. \"Trade is back,\" said the firm's chief executive, Tran Van Minh.",
     "Trade", "Tran Van Minh"),
])
def test_family_name_first_kept_whole(text, words, name):
    assert _speaker(text, words)[0] == name
