"""Round org10 of affiliations (docs/affiliations.md): bodies named around titles, possessives, acronyms and
ministries in news outside US politics. Every sentence is written for the purpose."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.affiliations import expand_acronym, read_affiliation
from quotetrack.attribution.ministers import named_ministry
from quotetrack.attribution.story_body import story_lede
from quotetrack.lexicon import load_lexicon

LEXICON = load_lexicon()


def body_of(text: str, speaker: str) -> str | None:
    """The organisation of the first statement of ``speaker``."""
    for statement in quotetrack.read(text).statements:
        read = statement.speaker
        if read is not None and read.name == speaker:
            return read.organisation.name if read.organisation is not None else None
    raise AssertionError(f"no statement of {speaker}")


# (text, speaker, organisation)
READINGS = [
    # a title word opening a body's name ("Premier" of "Premier League")
    ("Clubs voted on the cap, the league said. Ruth Hale, chief executive of the Premier League, said the league "
     "would now focus on its rules.", "Ruth Hale", "Premier League"),
    # a company officer named with no body, past a headline and a dateline, the lede's company
    ("Velto profit rises but chief warns of squeeze\n\nOSLO (Wire) - Velto Foods reported a rise in profit on "
     "Wednesday.\n\nFee income climbed, the grocer said.\n\n\"We are entering a hard period,\" said chief executive "
     "Ann Roe.", "Ann Roe", "Velto Foods"),
    ("Velto profit rises but chief warns of squeeze\n\nOSLO (Wire) - Velto Foods reported a rise in profit on "
     "Wednesday.\n\nFee income climbed, the grocer said.\n\nThe grocer's chief financial officer, Ole Berg, said "
     "margins would fall.", "Ole Berg", "Velto Foods"),
    # "Club captain X": the club the story is about, not a body called "Club"
    ("Harlow Rovers name new coach\n\nMADRID (Wire) - Harlow Rovers on Monday named a new coach, a week after the "
     "club sacked his predecessor.\n\nClub captain Jorge Ruiz said the squad was happy.", "Jorge Ruiz",
     "Harlow Rovers"),
    # a possessive role with its field or its unit
    ("Velto Inc. rejected the demand. Velto's head of public policy for Canada, Kim Lee, said the law was wrong.",
     "Kim Lee", "Velto Inc"),
    ("The ruling Velto party won the vote. Velto's Senate coordinator, Ana Ruiz, rejected the claim.", "Ana Ruiz",
     "Velto"),
    # an acronym whose initials are of a name in another language, or of a name the text spells out before it
    ("The National Sports Institute (INS) asked for funds. INS's executive secretary, Ana Ruiz, said the budget was "
     "short.", "Ana Ruiz", "National Sports Institute"),
    ("The Scottish Sports Authority published its figures. The SSA's chief examiner, Ann Roe, said pupils did well.",
     "Ann Roe", "Scottish Sports Authority"),
    # a portfolio, not a body: "School Education Minister", "EU Agriculture Commissioner"
    ("MUMBAI - The Maharashtra government will cut fees. School Education Minister Ravi Patil said schools would "
     "reopen.", "Ravi Patil", "Maharashtra government"),
    ("BRUSSELS - EU Agriculture Commissioner Anna Berg said the Commission's plan was fair.", "Anna Berg",
     "European Commission"),
    # a party's group in a chamber: the party
    ("SACRAMENTO - Republican Assembly leader Tom Hale said the bill would fail.", "Tom Hale", "Republican Party"),
    # a demonym before a state secretary: that country's government
    ("BRUSSELS - Germany and Spain backed the deal. German state secretary Jonas Bauer said the deal was essential.",
     "Jonas Bauer", "German government"),
    # "TITLE X of the BODY" with no comma: the body, not the title's default
    ("ROME - The League dismissed the criticism. Senator Marco Rossi of the League said the law was fair.",
     "Marco Rossi", "League"),
    # a ministry the article names for the minister's portfolio
    ("SINGAPORE - Manpower Minister Ali Hasan said the age would rise. The Ministry of Manpower said details would "
     "follow.", "Ali Hasan", "Ministry of Manpower"),
    ("BENGALURU - The plan drew criticism from the Union Education Ministry. The Union Minister of State for "
     "Education, Ravi Sharan, said the plan was wrong.", "Ravi Sharan", "Union Education Ministry"),
    # a state's minister in a story naming the state's government and a national ministry
    ("BENGALURU - The Karnataka government dropped the rule, drawing criticism from the Union Education Ministry. "
     "Education Minister Ravi Gowda said it was right.", "Ravi Gowda", "Karnataka government"),
    # an unnamed spokesman of a title's office
    ("SACRAMENTO - The bill passed. A spokesman for the governor's office said the governor would review the bill.",
     "A spokesman for the governor's office", "governor's office"),
    # the body after a role's field, past a demonym before the role
    ("Users objected. Ann Roe, European outreach coordinator for digital rights group Open Wire Foundation, said "
     "that the feature was unfair.", "Ann Roe", "Open Wire Foundation"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), READINGS)
def test_the_body_a_speaker_speaks_for(text, speaker, organisation):
    assert body_of(text, speaker) == organisation


# (text, speaker, organisation): readings this round must not make
KEPT = [
    ("Some said so. Ann Roe, Velto chief executive for Europe, said the plan was fine.", "Ann Roe", "Velto"),
    ("He was paid by Mr. Dale's former chief of staff, Sergei Volkov. \"It was business,\" Volkov said.",
     "Sergei Volkov", None),
    ("Tarvik will open two shelters. \"It is cold,\" said Rep. Ann Hale of the Virgin Islands.", "Ann Hale",
     "United States House of Representatives"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), KEPT)
def test_what_stays_read_as_before(text, speaker, organisation):
    assert body_of(text, speaker) == organisation


def test_a_headline_and_a_dateline_are_no_lede():
    text = "Velto profit rises\n\nOSLO (Reuters) - Velto Foods said profit rose."
    start, end = story_lede(text, [(0, 18), (20, len(text))])
    assert text[start:end] == "Velto Foods said profit rose."


def test_a_ministry_named_by_its_portfolio():
    assert named_ministry("Fisheries Minister", "The Fisheries Ministry said no.", LEXICON) == "Fisheries Ministry"
    assert named_ministry("Fisheries Minister", "The ministry said no.", LEXICON) is None
    assert named_ministry("Fisheries director", "The Fisheries Ministry said no.", LEXICON) is None


def test_acronyms_spelled_out():
    assert expand_acronym("The Halvern Rowing Club won. The HRC said so.", "HRC") == "Halvern Rowing Club"
    assert expand_acronym("The Halvern Rowing Club won. The HR team said so.", "HR") is None


def test_a_title_word_opening_a_body():
    text = "Ruth Hale, chief executive of the Premier League, said it."
    assert read_affiliation(text, 0, 9, LEXICON).body == "Premier League"
