"""Content clauses of cue nouns: one opening with a quantifier ("her belief that none of it was fair"), and one
held by the group after "among" ("fears among investors that ...")."""

from __future__ import annotations

import pytest

import quotetrack

CASES = [  # (id, text, the noun cue, who holds it, the content's start)
    ('belief-that-none',
     'Jane Smith shared her belief that none of the cuts were fair.',
     'belief', 'Jane Smith', 'that none'),
    ('concern-that-nothing',
     'The mayor, Tom Reyes, voiced his concern that nothing in the bill would help farmers.',
     'concern', 'Tom Reyes', 'that nothing'),
    ('view-that-everyone',
     'In a letter to donors, Senator Ann Dale shared her view that everyone on the board should resign.',
     'view', 'Ann Dale', 'that everyone'),
    ('fears-among-a-group',
     'The vote raised fears among investors that the bank would collapse.',
     'fears', 'investors', 'that the bank'),
    ('worries-among-described-leaders',
     'The ruling deepened worries among Republican leaders that the party would lose the Senate.',
     'worries', 'Republican leaders', 'that the party'),
    ('concern-among-a-party',
     'There is growing concern among Democrats that the bill will fail in the Senate.',
     'concern', 'Democrats', 'that the bill'),
    # A form of "be" between the owned noun and its clause (attribution/nouns.py, _after_copula)
    ('contention-was-that',
     "Senator Ann Dale's contention was that the budget could not pass without the tax.",
     'contention', 'Ann Dale', 'that the budget'),
    ('argument-has-long-been-that',
     "Tom Reyes has run for mayor twice. Mr. Reyes's argument has long been that the port needs a new board.",
     'argument', 'Reyes', 'that the port'),
    ('view-is-that',
     "The council's chairwoman, Jo Hale, spoke on Monday. Hale's view is that nobody on the board should resign.",
     'view', 'Hale', 'that nobody'),
]


@pytest.mark.parametrize(('text', 'cue', 'holder', 'start'), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_noun_s_content_and_holder(text: str, cue: str, holder: str, start: str) -> None:
    found = [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement with the cue {cue!r}"
    assert found[0].speaker is not None and holder in found[0].speaker.name
    assert found[0].text.startswith(start)


def test_a_verb_of_fearing_keeps_its_subject() -> None:
    read = quotetrack.read("Jane Smith fears that the bank will collapse.").statements
    assert [(s.cue.text if s.cue else "", s.speaker.name if s.speaker else None) for s in read] == [
        ("fears", "Jane Smith")]


@pytest.mark.parametrize("text", [
    "The hope is that voters will return to the polls.",  # no owner named: nobody holds it
    "His argument was the longest of the night.",  # no clause after the form of "be"
])
def test_a_copula_without_owner_or_clause_reports_nothing(text: str) -> None:
    nouns = {"hope", "argument"}
    assert not [s for s in quotetrack.read(text).statements if s.cue is not None and s.cue.lemma in nouns]
