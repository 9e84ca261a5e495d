"""Tests of infinitives of purpose as cues (attribution/purposes.py): "Hale used the speech to attack the plan",
"she went on television to defend him": the subject of the verb of setting out speaks."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the speaker, the statement's text, id)
PURPOSES = [
    ("Senator Ann Dale used her speech on Tuesday to attack the governor's budget.", "Ann Dale",
     "the governor's budget", "used-object-time"),
    ("Tom Hale went on television to defend his record as mayor.", "Tom Hale", "his record as mayor",
     "went-on-medium"),
    ("Governor Maria Lopez held a news conference in Albany to explain that the tax would not rise.", "Maria Lopez",
     "that the tax would not rise", "held-conference"),
    ("Jo Reyes took to the steps of City Hall on Friday to denounce the budget cuts.", "Jo Reyes",
     "the budget cuts", "took-to-place"),
    ("Rep. Sam Okafor appeared on a local radio station to criticize the deal with the union.", "Sam Okafor",
     "the deal with the union", "appeared-on-show"),
]


@pytest.mark.parametrize("text, speaker, content", [c[:3] for c in PURPOSES], ids=[c[3] for c in PURPOSES])
def test_the_subject_of_the_purpose_verb_speaks(text, speaker, content):
    """The cue after "to" is read, and the subject of the verb of setting out is its speaker."""
    read = [(s.speaker.name if s.speaker else None, s.text) for s in quotetrack.read(text).statements]
    assert (speaker, content) in read


NOT_PURPOSES = [
    # an object-control verb: the object is the infinitive's subject, not the clause's
    ("The union urged its members to reject the offer.", "The union", "the offer", "urged-object"),
    # a clause of its own between the verb and "to": the purpose verb's subject does not reach over it
    ("Hale used the money that donors gave to attack the governor.", "Hale", "the governor", "relative-between"),
    # "for" names the infinitive's own subject
    ("The mayor took the chance for residents to criticize the plan.", "The mayor", "the plan", "for-subject"),
]


@pytest.mark.parametrize("text, wrong_speaker, content", [c[:3] for c in NOT_PURPOSES],
                         ids=[c[3] for c in NOT_PURPOSES])
def test_no_purpose_subject_across_an_object_or_clause(text, wrong_speaker, content):
    """The subject of a verb that does not set out, or across a clause or "for", is not the cue's speaker."""
    read = [(s.speaker.name if s.speaker else None, s.text) for s in quotetrack.read(text).statements]
    assert (wrong_speaker, content) not in read
