"""Two speakers named as one subject of a response cue both answer its object ("A and B applauded Y's plan")."""

from __future__ import annotations

import pytest

LEAD = "Governor Tim Bright unveiled a plan to raise the minimum wage on Monday. "


@pytest.mark.parametrize("sentence", [
    pytest.param("Ann Wells, an economist at Lane College, and Bob Stone, a pollster, applauded Bright's plan.",
                 id="two-appositions"),
    pytest.param("Ann Wells and Bob Stone, who run the state's largest union, welcomed Bright's plan on Tuesday.",
                 id="one-apposition-after-the-second"),
    pytest.param("Senator Ann Wells, a Republican from Dayton, and Senator Bob Stone criticized Bright's plan.",
                 id="one-apposition-after-the-first"),
])
def test_both_names_answer(sentence, ends):
    found = ends(LEAD + sentence)
    assert {("Ann Wells", "Tim Bright"), ("Bob Stone", "Tim Bright")} <= found


@pytest.mark.parametrize("sentence", [
    pytest.param("Ann Wells, who met Bob Stone on Monday, applauded Bright's plan.", id="a-name-in-an-apposition"),
    pytest.param("Ann Wells applauded Bright's plan and Bob Stone said little.", id="a-name-after-the-cue"),
])
def test_a_name_not_joined_to_the_subject_answers_nobody(sentence, ends):
    assert ("Bob Stone", "Tim Bright") not in ends(LEAD + sentence)
