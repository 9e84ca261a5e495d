"""A judge named with no body speaks for the court the text names (courts.py), and other general readings of the
body a speaker speaks for: sports sides, companies' spokespeople, other countries' ministers."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.courts import courts_named
from quotetrack.lexicon import load_lexicon

LEXICON = load_lexicon()


@pytest.mark.parametrize(("text", "organisation"), [
    ('The case was heard at Leeds Crown Court. "This was a cruel fraud," Judge Ruth Hale said.', "Leeds Crown Court"),
    ('Judge Omar Field, sitting at Cardiff Crown Court, said: "The sentence must deter others."',
     "Cardiff Crown Court"),
    ('Velto was jailed by a French court in 2019. A Texas judge has now ruled on its claim. "The firm has no US '
     'business," Texas Judge Ann Marsh said. The case in a US court was its last hope.', "US court"),
    ('The Supreme Court declined to hear the case. "The appeal fails," said District Judge Sam Reyes.', None),
    ('"The appeal fails," said Judge Sam Reyes.', None),
])
def test_a_judge_speaks_for_the_court_the_text_names(text, organisation):
    """Of their own country where the text says so, nearest the judge else; a court of another kind or country
    named nearby ("District Judge" near "the Supreme Court", a French court for a Texas judge) is not theirs."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None
    assert (statement.speaker.organisation.name if statement.speaker.organisation else None) == organisation


@pytest.mark.parametrize(("text", "courts"), [
    ("He told a Russian court. The case went to Leeds Crown Court.", ["Russian court", "Leeds Crown Court"]),
    ("She lost on Tuesday. Circuit judges agreed.", []),
    ("The European Court of Human Rights ruled in May.", ["European Court of Human Rights"]),
    ("In the High Court, the case failed.", ["High Court"]),
])
def test_courts_named_are_read_whole_and_not_across_sentences(text, courts):
    assert [name for _, name, _ in courts_named(text, LEXICON)] == courts


@pytest.mark.parametrize(("text", "speaker", "organisation"), [
    ('"The board backs me," said Dario Venn, manager of Halvern City.', "Dario Venn", "Halvern City"),
    ('"Prices will stay low," a spokeswoman for Tesco said.', "a spokeswoman for Tesco", "Tesco"),
    ('"Sales rose in every region," said Ines Alvar, chief executive of Marlow Foods.', "Ines Alvar",
     "Marlow Foods"),
    ('"The cuts are needed," said Germany\'s finance minister, Ulla Brandt.', "Ulla Brandt", "German government"),
    ('The German finance ministry set the budget. "The cuts are needed," said Germany\'s finance minister, Ulla '
     'Brandt.', "Ulla Brandt", "Ministry of Finance of Germany"),
    ('"We were poor," the Arsenal boss said.', "the Arsenal boss", "Arsenal"),
    ('"The chips are ready," said Kenji Mori, from Velto Systems.', "Kenji Mori", "Velto Systems"),
    # a plural possessive in an apposition
    ('"Stocks are thin," said Ines Alvar, Marlow Foods\' spokeswoman.', "Ines Alvar", "Marlow Foods"),
    ('"Stocks are thin," said Ines Alvar, Marlow Foods\' chief executive, on Monday.', "Ines Alvar", "Marlow Foods"),
    # a relative clause that ties the name to a body, not to a person or to what a body owns
    ('"Sales rose," said Ines Alvar, who runs Marlow Foods.', "Ines Alvar", "Marlow Foods"),
    ('"We will fight on," said Kenji Mori, who plays for Halvern Rovers.', "Kenji Mori", "Halvern Rovers"),
    ('"Turnout matters," said Ann Cole, who runs Velto Holdings\' recruitment drive.', "Ann Cole", None),
    ('"We are ready," said Ann Cole, who heads home tomorrow.', "Ann Cole", None),
    # a side whose name ends with a word that opens a title elsewhere ("city manager" of a town)
    ('"We deserved it," Halvern City manager Dario Venn said.', "Dario Venn", "Halvern City"),
    ('"We were unlucky," said Halvern County coach Mia Holt.', "Mia Holt", "Halvern County"),
    ('"The vote is lost," Wyoming GOP chairman Ted Lane said.', "Ted Lane", "Republican Party"),
    # an apposition that ends the sentence: its last role word carries the full stop
    ('"We deserved it," said Dario Venn, the Halvern Town manager.', "Dario Venn", "Halvern Town"),
    ('"Sales rose," said Ines Alvar, the Marlow Foods chief executive.', "Ines Alvar", "Marlow Foods"),
    ('"We will appeal," said Kofi Mensah, a Ghana Football Association spokesman.', "Kofi Mensah",
     "Ghana Football Association"),
])
def test_speakers_of_sides_and_companies_speak_for_them(text, speaker, organisation):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None
    assert statement.speaker.name == speaker
    assert (statement.speaker.organisation.name if statement.speaker.organisation else None) == organisation


@pytest.mark.parametrize(("text", "organisation"), [
    ('Velto Holdings cut 300 jobs. "It was hard," a company spokesman said.', "Velto Holdings"),
    ('Velto Holdings cut 300 jobs. "It was hard," the firm\'s chief executive said.', "Velto Holdings"),
    ('Velto Holdings cut 300 jobs. "It was hard," a government spokesman said.', None),
    ("Velto Holdings cut 300 jobs last year, when the plant in the north closed after two decades of losses and a "
     "long strike. Since then the town has changed beyond recognition: the market has gone, the schools have "
     "emptied and the young have left for the cities in search of work. Three shops remain on the high street, "
     "and one of them is closing this month. Few expect the new bypass to help them. The council has asked for "
     "money twice and twice been refused. Its leader says the county has forgotten the valley, and that nobody in "
     "power has come to see it since the last election. The bus to the city now runs twice a day, and the last "
     'bank branch shut its doors in the spring. "It was hard," the firm\'s chief executive said.', None),
])
def test_a_role_of_a_body_noun_speaks_for_the_body_named_just_before(text, organisation):
    """"The club's manager", "a company spokesman": the body named a few sentences before, never a government's
    spokesman, never a body named paragraphs earlier."""
    speaker = quotetrack.read(text).statements[-1].speaker
    assert speaker is not None and speaker.kind == "unnamed"
    assert (speaker.organisation.name if speaker.organisation else None) == organisation


@pytest.mark.parametrize(("text", "organisation"), [
    ('Velto Holdings cut 300 jobs. "It was hard," the firm\'s boss Ann Cole said.', "Velto Holdings"),
    ("Velto Holdings, a group that lobbies the Home Office, will run ads. Ann Cole, the group's president, said: "
     '"We will win."', "Velto Holdings"),
    ('Velto Holdings cut 300 jobs. "It was hard," the party\'s leader Ann Cole said.', None),
])
def test_a_person_whose_title_names_a_body_by_a_noun_speaks_for_the_body_the_text_is_about(text, organisation):
    """The body that opens a sentence just before, not one named in passing nearer the name."""
    speaker = quotetrack.read(text).statements[-1].speaker
    assert speaker is not None and speaker.name == "Ann Cole"
    assert (speaker.organisation.name if speaker.organisation else None) == organisation
