"""Group head nouns of response_words.tsv: a group so named speaks and is answered as one party."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Governor Tom Hale said he would close three rural hospitals. Republican leaders rebuked Hale, "
                 "saying the plan would hurt families.", ("Republican leaders", "Tom Hale"),
                 id="leaders-as-the-source"),
    pytest.param("Business leaders said the tax would cost jobs. Governor Tom Hale hit back at business leaders, "
                 "saying the tax was fair.", ("Tom Hale", "Business leaders"), id="leaders-as-the-target"),
])
def test_leaders_speak_as_one(text, pair, ends):
    assert pair in ends(text)
