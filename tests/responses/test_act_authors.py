"""The one a text names as an instrument's author ("The bill's sponsor, Sen. X, said", "X, the measure's author,")
wrote it: a cue on the instrument answers them (`acts._author_named`); and the titled name apposed to such a noun is
the speaker (`attribution.sources`: "The bill's author, Democratic Senator X, said")."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The bill's sponsor, Democratic Senator Ann Cole, said it would help families. Republican leader "
                 "Tom Hale criticised the bill as \"reckless\".", ("Tom Hale", "Ann Cole"), id="sponsor-before"),
    pytest.param("Ann Cole, the bill's author, said it would help families. The teachers' union also backed the "
                 "measure, saying pay was too low.", ("The teachers' union", "Ann Cole"), id="author-after"),
    pytest.param("The author of the plan, Finance Minister Ann Cole, said it would cut waiting lists. Opposition "
                 "leader Tom Hale dismissed the plan as a gimmick.", ("Tom Hale", "Ann Cole"), id="author-of-the-plan"),
])
def test_a_named_author_is_answered(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Ann Cole, the novel's author, said she was pleased. Critic Tom Hale criticised the bill as "
                 "reckless.", ("Tom Hale", "Ann Cole"), id="the-author-of-no-instrument"),
    pytest.param("Ann Cole, a senator, said the budget was fair. Who wrote the bill is unknown. Tom Hale criticised "
                 "the bill as reckless.", ("Tom Hale", "Ann Cole"), id="no-name-apposed"),
])


def test_no_author_without_an_apposed_name(text, pair, ends):
    assert pair not in ends(text)


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The plan's architect, Labour MP Rosa Lind, said it would cover only large firms.",
                 "Rosa Lind", id="party-and-title"),
    pytest.param("Its author, state Senator Ann Cole, said it would help families.", "Ann Cole", id="modifier-title"),
    pytest.param("The bank's parent, the Harbor Group, said profits fell.", "Harbor Group", id="a-body-apposed"),
])
def test_the_titled_name_apposed_speaks(text, speaker):
    assert [s.speaker.name for s in quotetrack.read(text).statements] == [speaker]
