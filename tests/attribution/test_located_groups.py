"""Tests of groups located by a phrase of place (attribution/located_groups.py): "Republicans in Congress say",
"Democrats across the country, who said": the group speaks, not the place or body the phrase names."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the speaker of the statement, id)
LOCATED = [
    ("Republicans in Congress say the spending bill will fail in the Senate.", "Republicans in Congress",
     "party-in-body"),
    ("The ad was praised by Democrats across the state, who said it showed the governor's record.",
     "Democrats across the state", "relative-across"),
    ("Yet even lawmakers on the left argue that the plan does too little for renters.", "lawmakers on the left",
     "even-lawmakers-on"),
    ("Farmers throughout the Midwest say the tariffs have cut their exports by half.", "Farmers throughout the Midwest",
     "throughout-region"),
    ("Officials in Brussels said the talks would resume next month.", "Officials in Brussels", "officials-in-city"),
]


@pytest.mark.parametrize("text, speaker", [c[:2] for c in LOCATED], ids=[c[2] for c in LOCATED])
def test_the_located_group_speaks(text, speaker):
    """The plural group before the place phrase is the speaker, with the phrase that locates it."""
    names = [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]
    assert speaker in names


NOT_LOCATED = [
    # a verb between the group and the place: the phrase belongs to the clause, not to the group
    ("Candidates in both parties condemned the test in Pyongyang on Sunday.", "condemned"),
    # a group that does not open the subject: the subject before it speaks
    ("The mayor, unlike Republicans across the state, said the plan was sound.", "Republicans"),
]


@pytest.mark.parametrize("text, wrong", NOT_LOCATED, ids=["verb-between", "group-inside-an-aside"])
def test_no_located_group_across_a_clause(text, wrong):
    """A group inside a verb's object, or a phrase reaching over a verb, is not made the speaker."""
    names = [s.speaker.name if s.speaker else "" for s in quotetrack.read(text).statements]
    assert not any(wrong in n for n in names)
