"""Tests of a subordinate clause opening a sentence (attribution/fronted_clauses.py): "While Hale said the deal was
fair, Dale said it was a disaster." The fronted clause's words end at its comma, and the main clause's statements are
its own subject's."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.fronted_clauses import main_clause_start
from quotetrack.attribution.index import TextIndex
from quotetrack.attribution.people import find_people
from quotetrack.attribution.quotations import find_quotations
from quotetrack.backends import embedded
from quotetrack.lexicon import load_lexicon


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.name if s.speaker else None, s.text) for s in quotetrack.read(text).statements]


# (text, fronted speaker and words, main speaker and words, id)
SPLIT = [
    ("While only 7 percent said they are undecided, 27 percent of those polled said they could change their minds.",
     ("7 percent", "they are undecided"), "they could change their minds", "share-after-share"),
    ('When the host pointed out that Hale calls it "a tax on work," Dale seized upon the remark, repeating her claim '
     "that the plan would fail.", ("the host", 'that Hale calls it "a tax on work,"'), "that the plan would fail",
     "comma-inside-quotation"),
    ("Hours after Hale announced that the plant would close, union leaders said they would strike.",
     ("Hale", "that the plant would close"), "they would strike", "hours-after"),
    ("But even as Senator Tom Hale insisted the budget was balanced, the auditor said it left a gap.",
     ("Tom Hale", "the budget was balanced"), "it left a gap", "but-even-as"),
]


@pytest.mark.parametrize("text, fronted, words", [c[:3] for c in SPLIT], ids=[c[3] for c in SPLIT])
def test_the_fronted_clause_ends_at_its_comma(text, fronted, words):
    """The fronted clause's statement stops before the main clause, whose statement is read on its own."""
    found = _found(text)
    assert fronted in found
    assert any(said == words for _, said in found)


@pytest.mark.parametrize("opener", ["When", "As", "Even as", "While", "After", "Before", "Although", "Though", "Since",
                                    "Once", "Hours after", "Days before", "But as"])
@pytest.mark.parametrize("fronted", ["Hale praised the budget", "Hale said the budget was balanced",
                                     "the governor warned that taxes would rise", "Hale accused the mayor of lying"],
                         ids=["narrated", "said", "warned-that", "accused"])
def test_a_participle_after_the_main_clause_is_its_subjects(opener, fronted):
    """", saying ..." after the main clause carries the main clause's subject, not the fronted clause's."""
    text = f"{opener} {fronted}, Ann Dale praised the plan, saying it would create jobs."
    assert ("Ann Dale", "it would create jobs") in _found(text)


@pytest.mark.parametrize("main", [
    ("Ann Dale said the plan would fail.", "the plan would fail"),
    ('Ann Dale said: "It is a disaster."', "It is a disaster."),
    ("union leaders said they would strike.", "they would strike"),
    ("Ann Dale argued that the plan would fail.", "that the plan would fail"),
], ids=["said", "colon-quotation", "group", "argued-that"])
@pytest.mark.parametrize("opener", ["While", "After", "Even as", "Though"])
def test_the_main_statement_is_the_main_subjects(opener, main):
    """The main clause's statement goes to its own subject, whatever the fronted clause reported."""
    sentence, words = main
    speaker = sentence.split(" said")[0].split(" argued")[0]
    text = f"{opener} Tom Hale said the budget was balanced, {sentence}"
    found = _found(text)
    assert (speaker, words) in found
    assert ("Tom Hale", "the budget was balanced") in found


def _main_words(text: str, syntax: bool = False) -> str:
    lexicon = load_lexicon()
    document = embedded.parse(text, lexicon=lexicon, syntax=syntax)
    index = TextIndex(document, find_quotations(document.text, document.paragraphs), lexicon,
                      find_people(document, lexicon))
    frame = index.frames[0]
    return " ".join(index.tokens[t].text for t in range(main_clause_start(index, frame), frame.last))


@pytest.mark.parametrize("syntax", [False, True], ids=["words", "parse"])
@pytest.mark.parametrize("text, main", [
    ("When Hale spoke, Dale left.", "Dale left ."),
    ("Days before Hale unveiled his plan, the mayor quit.", "the mayor quit ."),
    ('As Hale called it "a farce," Dale walked out.', "Dale walked out ."),
    ("After the vote, in a statement, Dale said she was glad.", "Dale said she was glad ."),
    ("Dale said the vote, which was close, was fair.", "Dale said the vote , which was close , was fair ."),
    ("In June, Dale said the vote was fair.", "In June , Dale said the vote was fair ."),
    ("While he praised its assets - youth, charisma and drive - he left.", "While he praised its assets - youth , "
     "charisma and drive - he left ."),
    ("As Ann Dale, professor of law at Yale, put it, the plan is flawed.", "the plan is flawed ."),
    ("While Tom Hale, speaking for the party, laid out a plan, Dale left.", "Dale left ."),
    ("Days before Hale quit the race, retired banker Ann Dale gave money.", "retired banker Ann Dale gave money ."),
    ("Soon after the murder of a priest in Normandy, Hale said it was war.", "Hale said it was war ."),
], ids=["when", "days-before", "quoted-comma", "second-comma", "no-opener", "preposition-opener", "list", "apposition",
        "aside-then-verb", "adjective-in-ed", "place-then-name"])
def test_main_clause_start(text, main, syntax):
    """Where the main clause starts, from the words alone and with the embedded parse."""
    assert _main_words(text, syntax) == main


@pytest.mark.parametrize("text, main, fronted", [
    ('While Park said the deal was "fair and balanced," Lee said it was a disaster.', ("Lee", "it was a disaster"),
     'the deal was "fair and balanced,"'),
    ('When told the stage was set "in the round," Dale still wanted changes made.', ("Dale", "changes made"),
     'the stage was set "in the round,"'),
    ('While Tom Hale said the deal was "fair and balanced," Lee said it was a disaster.',
     ("Lee", "it was a disaster"), 'the deal was "fair and balanced,"'),
], ids=["unknown-subject", "passive-cue", "named-subject"])
def test_a_quotation_closing_the_fronted_clause_is_not_the_main_cues(text, main, fronted):
    """A quotation closing a fronted clause whose own cue reports it is no '"Q," X said' quotation of the main cue,
    and its clause stops with the fronted clause."""
    found = _found(text)
    assert main in found
    assert any(said == fronted and who != main[0] for who, said in found)


@pytest.mark.parametrize("text, speaker, words", [
    ('If the vote passes, "I think it will fill a void," Dale said.', "Dale", "I think it will fill a void,"),
    ("But while denouncing the ''perversion'' of tax avoidance to audiences, Hale has not outlined a plan.", "Hale",
     "the ''perversion'' of tax avoidance to audiences"),
], ids=["quotation-after-the-comma", "participle-without-subject"])
def test_fronted_words_the_main_subject_says(text, speaker, words):
    """A quotation after the fronted clause's comma is the main clause's; a participle has no subject of its own."""
    assert (speaker, words) in _found(text)


@pytest.mark.parametrize("text, speaker, words", [
    ("Ann Dale met the press on Monday. As Tom Hale spoke, she said the plan was fair.", "Ann Dale",
     "the plan was fair"),
    ("As the Ledger reported, Hale was also accused of breaking the rules.", "Ledger",
     "Hale was also accused of breaking the rules"),
    ("As Hale noted, the plan is flawed.", "Hale", "the plan is flawed"),
], ids=["main-cue-of-its-own", "passive-main-clause", "as-parenthetical"])
def test_an_as_clause_speaks_the_main_clause_only_without_a_cue_of_its_own(text, speaker, words):
    """'As X noted, ...' gives X the main clause, unless the main clause opens with a subject and a cue of its own."""
    found = _found(text)
    assert (speaker, words) in found
    assert all(said != "she said the plan was fair" for _, said in found)


@pytest.mark.parametrize("text, speaker", [
    ("Although polls show Hale ahead, Dale said the race was close.", "polls"),
    ("The plan passed, though critics called it a giveaway.", "critics"),
], ids=["fronted", "after-a-comma"])
def test_a_subordinator_is_no_part_of_a_described_subject(text, speaker):
    """"Although polls show ...": the subject is "polls", not "Although polls"."""
    assert speaker in {s.speaker.name for s in quotetrack.read(text).statements if s.speaker is not None}
