"""Speakers of issue 14 (branch spk4): written sources, absolute participles and appositions."""

from __future__ import annotations

import pytest

import quotetrack


def readings(text: str) -> list[tuple[str, str | None]]:
    """(statement text, speaker name) of each statement read in ``text``."""
    return [(s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


READS = [  # '"...," the letter reads': a written source quotes
    pytest.param('Parents sent a letter to the board last month. "We have waited too long for a safe crossing," '
                 'the letter reads.', "the letter", id="the-letter-reads"),
    pytest.param('"The governor has failed the people of this state," reads an editorial in the Tribune.',
                 "an editorial in the Tribune", id="reads-an-editorial"),
    pytest.param('The mayor received a memo from her staff. The memo reads: "The bridge will not be ready before May."',
                 "The memo", id="the-memo-reads-colon"),
    pytest.param('The council wrote to residents on Friday. "We regret the delay," the statement read. "The work will '
                 'resume in spring."', "the statement", id="the-statement-read-and-its-continuation"),
]


@pytest.mark.parametrize(("text", "speaker"), READS)
def test_a_written_source_that_reads_speaks(text, speaker):
    assert {name for _, name in readings(text)} == {speaker}


NOT_READS = [  # "read" without a quotation beside it, or a person reading, is no cue of a written source
    pytest.param('Tom Reyes read the report twice before the vote. "It is a disaster," he said.', "Tom Reyes",
                 id="a-person-reads-a-report"),
    pytest.param('The clerk read the names of the donors aloud. "It took an hour," Ana Ruiz said.', "Ana Ruiz",
                 id="read-names-aloud"),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_READS)
def test_read_is_no_cue_elsewhere(text, speaker):
    assert [name for _, name in readings(text)] == [speaker]


ABSOLUTE = [  # ", with X saying ...": X is the participle's subject, and the clause before ends at the comma
    pytest.param('The Reyes campaign declined to comment on the report, with spokesman Tom Hale saying, "These leaks '
                 'are a distraction from the real issues."',
                 [("to comment on the report", "Reyes campaign"),
                  ("These leaks are a distraction from the real issues.", "Tom Hale")],
                 id="with-spokesman-name-saying"),
    pytest.param('The Reyes campaign has attacked the decision, with the former governor calling the move "deeply '
                 'troubling."',
                 [("the decision", "Reyes campaign"), ('the move "deeply troubling."', "the former governor")],
                 id="with-a-role-calling"),
    pytest.param("The talks ended on Friday, with officials vowing to meet again in May.",
                 [("to meet again in May", "officials")], id="with-a-group-vowing"),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_the_subject_of_an_absolute_participle_speaks(text, expected):
    assert readings(text) == expected


def test_a_body_in_an_absolute_participle_reports_nothing():
    """'with the merged company claiming residency': a body's act, not a statement of its own."""
    text = "The two drug makers will merge next year, with the merged company claiming residency in Ireland."
    assert readings(text) == []


APPOSED = [  # the name before two appositions speaks, also right after a quotation
    pytest.param('"Our schools are falling apart," Tom Reyes, the head of the teachers union, a group of 4,000 '
                 'members, said at a rally.', "Tom Reyes", id="two-appositions-after-a-quotation"),
    pytest.param('Tom Reyes, the head of the teachers union, a group of 4,000 members, said the schools were "falling '
                 'apart."', "Tom Reyes", id="two-appositions-opening-a-sentence"),
    # "The bank's parent, the Harbor Group, said": the body named in the apposition speaks, as a person's name does
    pytest.param('The city\'s largest employer, the Northside Hospital Group, said in a statement that "these cuts are '
                 'not taken lightly."', "Northside Hospital Group", id="the-body-named-in-an-apposition"),
    # a title before the name an apposition with a relative clause of its own follows (branch spk5)
    pytest.param('Senator Tom Hale, the Ohio Republican who heads the banking panel, which oversees the bank, said the '
                 'donations "call into question the independence" of the bank.', "Tom Hale",
                 id="a-title-before-the-name-of-nested-appositions"),
    # a relative clause whose closing comma is missing (branch spk5): the name before it speaks
    pytest.param('"It is a bad deal for workers," Ann Dale, who is chairman of the Harbor Fund said in a statement.',
                 "Ann Dale", id="an-unclosed-relative-after-a-quotation"),
    pytest.param('The plan drew fire on Monday. Ann Dale, who was mayor of Easton for a decade said the plan "is a bad '
                 'deal for towns."', "Ann Dale", id="an-unclosed-relative-opening-a-sentence"),
]


@pytest.mark.parametrize(("text", "speaker"), APPOSED)
def test_the_name_before_appositions_speaks(text, speaker):
    assert [name for _, name in readings(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('The old school was turned into a library. Said Mary Holt, who taught there for years, "We were '
                 'all so proud of it."', "Mary Holt", id="said-opening-a-sentence"),
    pytest.param('"Culture shapes what we see," Said wrote. Edward Said taught at Columbia.', "Edward Said",
                 id="said-as-a-family-name"),
])
def test_said_opening_a_sentence_is_no_name(text, speaker):
    """'Said Mary Holt, ...': the cue opens the sentence; "Said" after a given name is still a family name."""
    assert [name for _, name in readings(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('"Everything was fine," his nephew Karim el Masri added.', "Karim el Masri", id="el-in-a-name"),
    pytest.param('"The plant can make more fuel," analysts Tom Hale and Ann Dale wrote.', "Ann Dale",
                 id="a-role-before-coordinated-names"),
    pytest.param('"The plant can make more fuel than it needs," nuclear experts Tom Hale and Ann Dale of the Harbor '
                 'Institute wrote in May.', "Ann Dale", id="coordinated-names-of-a-body"),
    pytest.param('"The plant can make more fuel," Ann Dale of Boston\'s Institute for Science and Security wrote '
                 'in May.', "Ann Dale", id="a-name-of-a-body-with-a-possessive"),
])
def test_a_quotation_before_a_named_subject_is_its_statement(text, speaker):
    """The quotation before a subject with a particle in its name, or names coordinated after a role, is theirs."""
    assert [name for _, name in readings(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Tom Reyes, a lawyer in Dayton, later ran for the council. He counts himself as a devout Catholic and '
                 'John Smith supporter. "I never miss a rally," he said.', "Tom Reyes", id="a-name-supporter"),
    pytest.param('Tom Reyes spoke to reporters after the debate. He took a question from a John Smith aide. '
                 '"I never read their ads," he said.', "Tom Reyes", id="a-name-aide"),
    pytest.param('Tom Reyes spoke after the debate with Jane Smith. "I never read her ads," he said.', "Tom Reyes",
                 id="a-name-no-noun-modifies"),
])
def test_a_name_modifying_a_noun_is_no_antecedent(text, speaker):
    """'a Jane Smith supporter', 'the Smith campaign': the name modifies a noun and names no one "he" stands for."""
    assert [name for _, name in readings(text)] == [speaker]


def test_a_pronoun_takes_the_namesake_of_its_gender():
    """'Maria Brandt, whose husband, Navy SEAL Tom Brandt, ... Brandt praised ... she said': the bare family name went
    to the namesake of no known gender; "she" stands for the woman of that name."""
    text = ('Maria Brandt, whose husband, Navy SEAL Tom Brandt, was killed in 2012, spoke at the rally on Friday. '
            'Brandt praised the candidate for his visit. "He understands what sacrifice means," she said.')
    assert readings(text)[-1] == ("He understands what sacrifice means,", "Maria Brandt")


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Tom Brown, a former bodyguard for Governor Ann Dale has written a book in which he calls her '
                 '"a bully."', "Tom Brown", id="unclosed-apposition-ending-in-a-name"),
    pytest.param('A lawyer for Ann Dale said the charges were "baseless."', "A lawyer for Ann Dale",
                 id="a-role-for-a-name"),
])
def test_the_name_before_an_unclosed_apposition_speaks(text, speaker):
    """'X, a former bodyguard for Governor Y has written': X speaks, not the name the apposition ends with."""
    assert [name for _, name in readings(text)] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Jane Smith plans to help small towns by fostering "local ownership and fair credit," Tom Hale said '
                 'Monday.',
                 [('Jane Smith plans to help small towns by fostering "local ownership and fair credit,"', "Tom Hale")],
                 id="a-plan-quoting-words-reported-by-a-later-cue"),
    pytest.param('Asked about the bill, Jane Smith said "I have not read it," she said.',
                 [("I have not read it,", "Jane Smith")], id="a-speaker-named-twice"),
])
def test_a_final_cue_reports_the_clause_a_nested_cue_quoted(text, expected):
    """'X plans to ... "Q," Y said': Y reports the whole clause, the plan with its quoted words; not when the quotation
    follows its own cue ('X said "Q," she said')."""
    assert readings(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Tom Hale, a radio host at WXYZ, asked about the leak. "It is awful," the CNN host said.',
                 "the CNN host", id="a-host-of-another-body"),
    pytest.param('Ann Dale, the CNN host, spoke on Monday. "It is awful," the CNN host said.', "Ann Dale",
                 id="the-host-of-that-body"),
])
def test_a_role_of_a_named_body_stands_for_a_person_of_that_body(text, speaker):
    """'the CNN host' is the host named before only when that host's title or body is CNN."""
    assert [name for _, name in readings(text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('The union\'s president, Tom Reyes, met the mayor on Friday, saying the deal was "a disgrace."',
                 "Tom Reyes", id="description-name-comma-verb"),
    pytest.param('The party\'s presumed nominee, Reyes has won the support of millions by echoing "the forgotten '
                 'voters" of the north.', "Reyes", id="description-name-verb"),
])
def test_the_name_after_an_opening_description_is_a_participles_subject(text, speaker):
    """'The union's president, Tom Reyes, met ..., saying': the name the description opening the sentence is apposed
    to is the subject a participle shares, not the description."""
    assert [name for _, name in readings(text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('That would create a "summer of pain" for Smith leading up to the vote, forcing her to fight on two '
                 'fronts, said Tom Hale, a pollster in Ohio.', "Tom Hale", id="participle-phrase-then-said-x"),
    pytest.param('Jo Hale, speaking at a rally, said the plan was "a disgrace."', "Jo Hale", id="name-speaking-said"),
    pytest.param('The senator, speaking at a rally, said the plan was "a disgrace."', "The senator",
                 id="description-speaking-said"),
    pytest.param('Ann Dale, speaking on the radio, called Reyes a "blowhard."', "Ann Dale",
                 id="name-speaking-called-a-name"),
])
def test_a_participle_phrase_before_an_inverted_subject_is_no_apposition(text, speaker):
    """'..., forcing her to fight on, said Tom Hale': the phrase ends the clause; Hale, after the cue, speaks."""
    assert [name for _, name in readings(text)][-1] == speaker


def test_a_sentence_quoting_words_no_cue_claims_is_its_named_subjects():
    """'Tom Hale used the moment to demand that rich people "pay ..."': Hale's words, not the last speaker's."""
    text = ('On pensions, both oppose a formula that would cut payments. Tom Hale used the moment to demand that rich '
            'people "pay their fair share into the system."')
    assert readings(text)[-1][1] == "Tom Hale"
