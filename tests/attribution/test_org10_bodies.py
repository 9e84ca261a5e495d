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
    read = next(s.speaker for s in quotetrack.read(text).statements if s.speaker and s.speaker.name == speaker)
    return None if read.organisation is None else read.organisation.name


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
    ("MUMBAI - The Maharashtra government will cut fees. Higher Education Minister Ravi Patil said colleges would "
     "reopen.", "Ravi Patil", "Maharashtra government"),
    ("BRUSSELS - EU Energy Commissioner Anna Berg said the Commission's plan was fair.", "Anna Berg",
     "European Commission"),
    # a party's group in a chamber: the party
    ("ALBANY - Democratic Senate leader Tom Hale said the bill would fail.", "Tom Hale", "Democratic Party"),
    # a demonym before a state secretary: that country's government
    ("BRUSSELS - Austria and Spain backed the deal. Austrian state secretary Jonas Bauer said the deal was vital.",
     "Jonas Bauer", "Austrian government"),
    # "TITLE X of the BODY" with no comma: the body, not the title's default
    ("ROME - The Northern League dismissed the criticism. Senator Marco Rossi of the Northern League said the law "
     "was fair.", "Marco Rossi", "Lega"),
    # a ministry the article names for the minister's portfolio
    ("SINGAPORE - Fisheries Minister Ali Hasan said the quota would rise. The Ministry of Fisheries said details would "
     "follow.", "Ali Hasan", "Ministry of Fisheries"),
    ("CHENNAI - The plan drew criticism from the Union Tourism Ministry. The Union Minister of State for "
     "Tourism, Ravi Sharan, said the plan was wrong.", "Ravi Sharan", "Union Tourism Ministry"),
    # a state's minister in a story naming the state's government and a national ministry
    ("KOCHI - The Kerala government dropped the fee, drawing criticism from the Union Health Ministry. "
     "Health Minister Ravi Menon said it was right.", "Ravi Menon", "Kerala government"),
    # an unnamed spokeswoman of a title's office
    ("DENVER - The plan passed. A spokeswoman for the mayor's office said the mayor would review the plan.",
     "A spokeswoman for the mayor's office", "mayor's office"),
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


def test_a_spokeswoman_for_the_business_noun():
    text = "DUBLIN (Wire) - Velto Air cut flights. A spokeswoman for the airline said the cuts were temporary."
    assert body_of(text, "A spokeswoman for the airline") == "Velto Air"


def test_a_dateline_names_the_story_country():
    text = "ISLAMABAD (Wire) - Finance Minister Ali Khan said the budget was fair."
    assert body_of(text, "Ali Khan") == "Pakistani government"


# (text, speaker, organisation): a common noun opening a sentence before a role; a court of the story's country
STORY_BODIES = [
    ("SYDNEY (Wire) - Court Tennis NSW confirmed the dates for the tournament. Tournament director Ann Roe said "
     "tickets were selling fast.", "Ann Roe", "Court Tennis NSW"),
    ("MEXICO CITY (Wire) - Mexico's Supreme Court ruled on the reform. Chief Justice Rosa Vidal said the court was "
     "independent.", "Rosa Vidal", "Supreme Court of Mexico"),
    ("WASHINGTON (Wire) - The Supreme Court ruled on the case. Chief Justice Tom Hale said the court was "
     "independent.", "Tom Hale", "Supreme Court of the United States"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), STORY_BODIES)
def test_the_body_of_the_story(text, speaker, organisation):
    assert body_of(text, speaker) == organisation


def test_the_court_of_the_story_country():
    text = ("MADRID (Wire) - Spain's Supreme Court ruled against the former minister. In its ruling, the court said "
            "the evidence was clear.")
    assert body_of(text, "the court") == "Supreme Court"


@pytest.mark.parametrize(("text", "organisation"), [
    ("WELLINGTON (Wire) - The Reserve Bank of Velonia cut rates. Governor Ann Roe said inflation was easing.",
     "Reserve Bank of Velonia"),
    ("DENVER (Wire) - The Assembly passed the bill. Governor Ann Roe said it was balanced.", None),
])
def test_a_governor_of_the_bank_just_named(text, organisation):
    assert body_of(text, "Ann Roe") == organisation


def test_a_party_speaking_is_the_story_countrys():
    text = "WELLINGTON (Wire) - The Green Party backed the bill, saying it was overdue."
    assert body_of(text, "Green Party") == "Green Party of Aotearoa New Zealand"


def test_a_bare_secretary_after_a_portfolio_is_no_body():
    assert body_of("LONDON (Wire) - Economy Secretary Ann Roe said jobs would follow.", "Ann Roe") != "Economy"
