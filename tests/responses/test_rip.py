""""Ripped X" criticises X ("Trump rips Clinton"); "ripped off", "ripped away" are other verbs (particle_sense)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Mark Ellison ripped Treasury Secretary Joan Pike for acting as \"a rubber stamp\" in the "
                 "merger review.", ("Mark Ellison", "Joan Pike"), id="ripped-for"),
    pytest.param("Governor Tim Bright on Tuesday ripped Senator Ray Cole's tax plan, calling it \"a gift to the "
                 "rich.\"", ("Tim Bright", "Ray Cole"), id="ripped-a-plan"),
    pytest.param("Mayor Ann Kolb rips Governor Tim Bright over school closures.", ("Ann Kolb", "Tim Bright"),
                 id="headline-present"),
])
def test_ripped_answers_its_object(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize("text", [
    "Senator Ray Cole unveiled a tax plan on Monday. Governor Tim Bright ripped off a list of objections to Cole's "
    "plan.",
    "Senator Ray Cole spoke first at the rally. Governor Tim Bright then ripped away the banner of Cole's campaign, "
    "saying the event was his.",
    "Senator Ray Cole spoke first at the rally. Governor Tim Bright then ripped out a page from Cole's book, saying it "
    "was \"a fair point.\"",
])
def test_ripped_with_a_particle_answers_nobody(text, ends):
    assert ("Tim Bright", "Ray Cole") not in ends(text)
