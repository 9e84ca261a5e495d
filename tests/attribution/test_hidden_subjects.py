"""Subjects the surface rules missed: a narrated act's subject speaks in its participle, not a name in its object;
a reflexive ("itself"), an aside in dashes or a time phrase ("earlier in the day") between a subject and its
cue does not hide it."""

from __future__ import annotations

import pytest

import quotetrack


def speaker_of(text: str, cue: str) -> str | None:
    """The speaker's name of the statement read in ``text`` whose cue is ``cue``."""
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement with the cue {cue!r}"
    return found[0].speaker.name if found[0].speaker else None


CASES = [  # (id, text, cue, speaker)
    # a body's act whose object holds an owner's role: the body sues, the body says
    ('body-sued-a-place-s-official',
     'The Sierra Club has sued Maine’s environment commissioner, saying the permit would ruin the river.',
     'saying', 'Sierra Club'),
    ('agency-subpoenaed-a-person-s-aide',
     "The Justice Department has subpoenaed Jane Smith's campaign manager, saying the payments were never reported.",
     'saying', 'Justice Department'),
    ('body-is-suing-a-state-s-official',
     "The Brennan Center is suing New Jersey's corrections commissioner, arguing that the cells are unsafe.",
     'arguing', 'Brennan Center'),
    # held: the body that acts was already the speaker
    ('body-filed-against-an-official',
     'The NAACP filed a complaint against Georgia’s secretary of state, claiming the purge targeted black voters.',
     'claiming', 'NAACP'),
    # "X itself said": a reflexive between the subject and its cue
    ('company-itself',
     'Toyota itself said the plant in Kentucky would close in March.',
     'said', 'Toyota'),
    ('person-herself',
     'Smith herself admitted on Tuesday that the budget figures were wrong.',
     'admitted', 'Smith'),
    ('role-himself',
     'The governor himself has told reporters that he would sign the bill.',
     'told', 'The governor'),
    ('group-themselves',
     'The Democrats themselves have conceded that the bill is dead.',
     'conceded', 'Democrats'),
    # an aside set off by dashes between the subject and its cue
    ('relative-clause-in-dashes',
     'Tom Reyes spoke first. Ann Dale -- who lost the 2010 race to Reyes -- said the plan "will fail."',
     'said', 'Ann Dale'),
    ('name-in-dashes-after-a-description',
     'Tom Reyes spoke first. A former Democratic governor -- Ann Dale -- said the plan "will fail."',
     'said', 'Ann Dale'),
    ('titled-name-in-dashes',
     'A former governor — the Democrat Ann Dale — told reporters the plan would fail.',
     'told', 'Ann Dale'),
    ('name-and-relative-in-dashes',
     'One senator -- Jo Hale, who chairs the banking panel -- warned that the merger would raise fees.',
     'warned', 'Jo Hale'),
    ('body-and-aside',
     'Republicans -- and some Democrats -- say the tax is too high.',
     'say', 'Republicans'),
    # a time phrase between the subject and its cue
    ('earlier-in-the-day',
     'Senator Ann Dale (D-Ohio) earlier in the day touted the progress the committee has made.',
     'touted', 'Ann Dale'),
    ('later-that-day',
     'The mayor, Tom Reyes, later that day said the bridge would reopen in May.',
     'said', 'Tom Reyes'),
    ('weekday-night',
     'Jo Hale on Tuesday night told supporters that the count was not over.',
     'told', 'Jo Hale'),
    ('late-weekday',
     'Governor Tom Reyes late Friday announced that the state would appeal.',
     'announced', 'Tom Reyes'),
]


@pytest.mark.parametrize(('text', 'cue', 'speaker'), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_subject_speaks(text: str, cue: str, speaker: str) -> None:
    assert speaker in (speaker_of(text, cue) or "")


def test_a_list_in_dashes_is_not_one_speaker() -> None:
    text = 'Three senators -- Ann Dale, Tom Reyes and Jo Hale -- said the plan would fail.'
    assert all(s.speaker is None or s.speaker.name != "Ann Dale" for s in quotetrack.read(text).statements)
