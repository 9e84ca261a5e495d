"""Tests of the settings closing a cue's noun-phrase object (attribution/settings.py): the writer's, not said."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the words of its indirect statements, id)
SETTINGS = [
    ("The mayor denounced the ruling in a statement on Thursday.", ["the ruling"], "medium-then-weekday"),
    ("Ms. Ruiz endorsed Tom Hale in May.", ["Tom Hale"], "month"),
    ("The union backed the plan last year.", ["the plan"], "last-period"),
    ("She criticized the merger on Wednesday during a rally in Toledo.", ["the merger"], "weekday-rally-place"),
    ("He repeated his position at a town hall in Keene, N.H., on Monday.", ["his position"], "town-hall-place-day"),
    ("The senator has played down the proposal in recent weeks.", ["the proposal"], "recent-weeks"),
    ("The governor praised the verdict in his weekly radio address.", ["the verdict"], "possessive-medium"),
    # Words of the object after the setting keep it inside.
    ("The group pledged money in 2009 to support the clinic.", ["money in 2009 to support the clinic"],
     "object-goes-on"),
    ("He accused the firm of fraud in recent years, including two cases in Ohio.",
     ["the firm of fraud in recent years, including two cases in Ohio"], "including-after-the-setting"),
    # A clause or an infinitive keeps its times: they are part of the report.
    ("She said the plant would close in May.", ["the plant would close in May"], "clause-object"),
    ("The bank is expected to raise rates in December.", ["to raise rates in December"], "infinitive-object"),
    # "on" with a medium names a topic, not a setting.
    ("The council criticized the comments on the report.", ["the comments on the report"], "on-a-medium-is-a-topic"),
    # A place alone is no setting.
    ("He praised the work of teachers in Ohio.", ["the work of teachers in Ohio"], "place-alone"),
]


@pytest.mark.parametrize("text, expected", [case[:2] for case in SETTINGS], ids=[case[2] for case in SETTINGS])
def test_settings_close_noun_phrase_objects(text, expected):
    """Times, media and occasions that close a noun-phrase object are left out of the statement."""
    assert [s.text for s in quotetrack.read(text).statements if s.kind == "indirect"] == expected


def test_a_setting_left_out_names_the_medium():
    """The medium phrase left out of the object is the statement's medium."""
    statement, = quotetrack.read("The mayor denounced the ruling in a statement on Thursday.").statements
    assert statement.medium == "statement"
