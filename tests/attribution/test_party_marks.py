"""Tests of the party marks next to a name: "(D-Md.)", ", R-Utah,", "Republican X", "Democratic Sen. X"."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.party_marks import party_mark


@pytest.mark.parametrize(("text", "name", "party"), [
    ("Sen. Ruth Ellis (D-Md.) said the bill would fail.", "Ruth Ellis", "Democratic Party"),
    ("Rep. Sam Ortiz (R-S.C) sent the letter.", "Sam Ortiz", "Republican Party"),
    ("Rep. Sam Ortiz, R-Utah, said the bill would fail.", "Sam Ortiz", "Republican Party"),
    ("Rep. Dana Kroll (D-New York) voted against it.", "Dana Kroll", "Democratic Party"),
    ("Republican Sam Ortiz said the plan was sound.", "Sam Ortiz", "Republican Party"),
    ("Democratic Sen. Ruth Ellis said the plan was sound.", "Ruth Ellis", "Democratic Party"),
    ("GOP presidential nominee Sam Ortiz said the plan was sound.", "Sam Ortiz", "Republican Party"),
    ("The panel's ranking Democrat Ruth Ellis called it a sham.", "Ruth Ellis", "Democratic Party"),
    ("The senators met. Republican front-runner Sam Ortiz spoke first.", "Sam Ortiz", "Republican Party"),
    ("said Rep. Ruth Ellis, the top Democrat on the panel, in a statement.", "Ruth Ellis", "Democratic Party"),
    ("said Sam Ortiz, a Republican from Ohio.", "Sam Ortiz", "Republican Party"),
    ("said Sam Ortiz, a lawyer for Republicans in the county.", "Sam Ortiz", None),
    # no mark: a letter before no state, a party word that is no premodifier of the name, a sentence's end
    ("Acme chief executive Sam Ortiz (R-Ruritania) said the plan was sound.", "Sam Ortiz", None),
    ("The voters went Republican after Sam Ortiz spoke.", "Sam Ortiz", None),
    ("Most of the county voted Republican. Sam Ortiz said it would not last.", "Sam Ortiz", None),
    ("Republicans and Sam Ortiz disagreed.", "Sam Ortiz", None),
])
def test_party_mark(text, name, party, lexicon):
    start = text.index(name)
    found = party_mark(text, start, start + len(name), lexicon)
    assert (found.name if found else None) == party


@pytest.mark.parametrize(("text", "speaker", "party"), [
    ('"This referral is a stunt," said Rep. Ruth Ellis (D-Md.).', "Ruth Ellis", "Democratic Party"),
    ('Rep. Sam Ortiz (R-Ohio) met voters on Monday. "We will win," Ortiz said.', "Sam Ortiz", "Republican Party"),
    ('Democratic Sen. Ruth Ellis arrived late. "We will win," Ellis said.', "Ruth Ellis", "Democratic Party"),
    ('"We will win," said Sam Ortiz, a lawyer from Ohio.', "Sam Ortiz", None),
])
def test_a_speaker_gets_the_party_a_mark_gives(text, speaker, party):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.speaker.party == party


@pytest.mark.parametrize(("text", "said"), [
    pytest.param("Sen. Sam Ortiz, R-Ohio, a long-shot presidential candidate, said Hale is overselling the plan.",
                 "Hale is overselling the plan", id="apposition-then-is"),
    pytest.param("Sen. Sam Ortiz, R-Ohio, appearing on television after the speech, said Hale failed to answer.",
                 "Hale failed to answer", id="participle-then-failed"),
])
def test_a_name_after_said_opening_the_clause_is_no_inverted_speaker(text, said):
    statements = quotetrack.read("Governor Ann Hale spoke on Sunday. " + text, id="m").statements
    assert [(s.speaker.name if s.speaker else None, s.text) for s in statements if said in s.text] == [
        ("Sam Ortiz", said)]


def test_an_inverted_speaker_after_said_stays():
    statements = quotetrack.read('"The plan is dead," said Sam Ortiz, a senator from Ohio.', id="m").statements
    assert [s.speaker.name for s in statements if s.speaker] == ["Sam Ortiz"]
