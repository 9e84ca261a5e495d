"""Tests of subjects around a prepositional phrase (attribution/prepositional_subjects.py)."""

from __future__ import annotations

import pytest

import quotetrack

# (text, the speaker of the statement after "who said", id)
SPOKEN = [
    ("The bill was opposed by Senator Ann Dale, who said it would raise taxes on farmers.", "Ann Dale",
     "agent-after-by"),
    ("The last question came from a young voter, who said she drove six hours to the rally.", "a young voter",
     "description-after-from"),
    ("The mayor met on Monday with Tom Hale, who said the port would need a new board.", "Tom Hale",
     "person-after-with"),
]


@pytest.mark.parametrize("text, speaker", [c[:2] for c in SPOKEN], ids=[c[2] for c in SPOKEN])
def test_who_after_a_verb_preposition_speaks(text, speaker):
    """The person the preposition introduces is the antecedent of "who", and speaks."""
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.lemma == "say"]
    assert [s.speaker.name if s.speaker else None for s in found] == [speaker]


@pytest.mark.parametrize("text", [
    "A backer of Tom Hale, who said the plan would fail, spoke at the hearing.",  # the backer or Hale
    "A spokesman for Ann Dale, who said the plan would fail, left early.",  # the spokesman or Dale
    "Ann Dale spoke to aides familiar with the talks, who said the plan would fail.",  # not the talks
])
def test_who_after_other_prepositions_stays_unsure(text):
    """After "of", "for", or a thing after "with", the antecedent of "who" is unsure: no speaker is given."""
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.lemma == "say"]
    assert all(s.speaker is None or s.speaker.name not in {"Tom Hale", "Ann Dale", "the talks"} for s in found)


# A plural source noun before "of" and a singular phrase is the subject of a bare cue ("the tax say"); a quantifier
# opening a clause after a conjunction or a subordinator, and "no one", are its cue's subject (attribution/sources.py).
SUBJECTS = [
    ("Opponents of the new tax say it will cost the county jobs.", "Opponents of the new tax", "opponents-of"),
    ("Leaders of the union say the strike will go on until May.", "Leaders of the union", "leaders-of"),
    ("Supporters of the levy say it will pay for two new schools.", "Supporters of the levy", "supporters-of"),
    ("Some workers found new jobs, while others acknowledged that they had no plans.", "others", "while-others"),
    ("The levy passed in May, and many said it would fail by the fall.", "many", "and-many"),
    ("The mayor left early, but some said the plan would pass anyway.", "some", "but-some"),
    ("No one expected the levy to pass in May.", "No one", "no-one"),
]


@pytest.mark.parametrize("text, speaker", [c[:2] for c in SUBJECTS], ids=[c[2] for c in SUBJECTS])
def test_subject_before_the_cue_speaks(text, speaker):
    """The plural head before a phrase, or a quantifier after a conjunction, is the cue's subject."""
    assert speaker in [s.speaker.name for s in quotetrack.read(text).statements if s.speaker is not None]


def test_a_singular_phrase_alone_keeps_the_noun_reading():
    """Without a plural source noun before it, "the ... say" stays a noun phrase: "the final say" reports nothing."""
    assert not [s for s in quotetrack.read("Voters will have the final say on the levy.").statements
                if s.cue is not None and s.cue.lemma == "say"]
