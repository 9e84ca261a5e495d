"""A subject pronoun after a participle of answering that opens its sentence ("Responding to Hale, he said") does not
stand for the one answered (`attribution.resolve`): one named before, the description that spoke just before, or no
one."""

from __future__ import annotations

import pytest

import quotetrack


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Senator Tom Hale said the plan was a fraud. Governor Ray Cole spoke next. Responding to Hale, he "
                 "said the plan would work.", "Ray Cole", id="one-named-before"),
    pytest.param("Opposition leader Tom Hale accused the minister of lying. The Prime Minister defended his minister "
                 "in parliament. Responding to Hale, he said the government had built more homes.",
                 "The Prime Minister", id="the-description-that-spoke"),
    pytest.param("Senator Tom Hale said the plan was a fraud. The premier spoke in parliament. Replying to Hale, he "
                 "said the plan would work.", None, id="no-one-else"),
])
def test_the_one_answered_is_not_the_pronoun(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_other_openers_keep_the_pronoun():
    text = "Senator Tom Hale spoke in Dover on Monday. Turning to the budget, he said taxes would fall."
    assert _speakers(text)[-1] == "Tom Hale"
