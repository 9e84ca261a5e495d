"""Whom a minister speaks for (``ministers.py``): the ministry the article names, else the government of the
minister's country; a US secretary keeps the department."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.ministers import minister_body
from quotetrack.lexicon import load_lexicon
from quotetrack.model import Organisation

LEXICON = load_lexicon()


def body_of_last_speaker(text: str) -> str | None:
    read = quotetrack.read(text).statements[-1].speaker
    return read.organisation.name if read is not None and read.organisation is not None else None


# (text, organisation of the last statement's speaker)
READINGS = [
    ('Rail workers in France walked out on Monday. "This strike helps nobody," Transport Minister Paul Garnier told '
     'reporters in Paris.', "French government"),
    ('The Polish parliament passed the bill. "We will defend it in every court," said Justice Minister Ewa Sadowska, '
     'speaking in Warsaw.', "Polish government"),
    ('Teachers in Ghana stayed away from schools. "The arrears will be paid this month," Education Minister Kofi '
     'Boadu told Accra radio.', "Ghanaian government"),
    ('The Chinese Foreign Ministry summoned the envoy. "It is a grave mistake," Chinese Foreign Minister Li Wen said '
     'in Beijing.', "Ministry of Foreign Affairs of China"),
    ('The Swedish justice ministry said the rules would change. "Officers need this power," Justice Minister Nils '
     'Aberg said in Stockholm.', "Ministry of Justice of Sweden"),
    # a demonym opening a body's name the lexicon lacks still tells the story's country
    ('The Irish Congress of Trade Unions said the budget failed the low-paid. Sinn Fein agreed. "This budget is '
     'prudent," Finance Minister Aidan Walsh said.', "Irish government"),
]


@pytest.mark.parametrize(("text", "body"), READINGS)
def test_a_minister_speaks_for_the_ministry_only_where_the_article_names_it(text, body):
    assert body_of_last_speaker(text) == body


@pytest.mark.parametrize(("title", "ministry", "country", "text", "body"), [
    ("finance minister", "Ministry of Finance of India", "India", "Finance Minister Ravi Das said no.",
     "Indian government"),
    ("finance minister", "Ministry of Finance of India", "India", "India's finance ministry said no.",
     "Ministry of Finance of India"),
    ("defense secretary", "U.S. Department of Defense", "United States", "Defense Secretary Jo Hale said no.",
     "U.S. Department of Defense"),
    ("foreign ministry spokesman", "Ministry of Foreign Affairs of Japan", "Japan", "The spokesman said no.",
     "Ministry of Foreign Affairs of Japan"),
])
def test_minister_body(title, ministry, country, text, body):
    assert minister_body(title, Organisation(name=ministry, country=country), country, text, LEXICON).name == body


# (text, organisation of the last statement's speaker): legislators of another country's house, and a body after
# "of the" and lower-case words
LEGISLATORS = [
    ('The Senate rejected the bill on Tuesday in Warsaw, Poland. "The bill is dead," said Senator Ana Duda.',
     "Parliament of Poland"),  # "the Senate" names every country's: the story is Polish
    ('The Senate rejected the bill on Tuesday in Washington. "The bill is dead," said Senator Ana Duda.',
     "United States Senate"),
    ('"The bill is dead," said Senator Ana Duda of the governing Civic Forum.', "Civic Forum"),
    ('"It is a scandal," said Deputy Rui Lopes of the opposition Green Alliance.', "Green Alliance"),
    ('"It is dead," said Sen. Tom Hale of the state of Texas.', "United States Senate"),
    ('"We will appeal," said Tom Reyes of the law firm Harlow Marsh.', "Harlow Marsh"),
    ("Poland's Senate rejected the bill in Warsaw. The Supreme Court's spokesman, Judge Adam Nowak, said: \"Judges "
     'must stay out of politics."', "Supreme Court"),  # every country's court, as the text names it
    ('The Supreme Court\'s spokesman, Judge Adam Nowak, said: "Judges must stay out of politics."',
     "Supreme Court of the United States"),
]


@pytest.mark.parametrize(("text", "body"), LEGISLATORS)
def test_legislators_and_qualified_bodies(text, body):
    assert body_of_last_speaker(text) == body


# (text, organisation of the last statement's speaker): a name opening with a function word stays whole where the
# text writes it within a sentence or the lexicon knows it
WHOLE_NAMES = [
    ('"We were poor," All Blacks coach Ross Tane said.', "All Blacks"),
    ('All Blacks coach Ross Tane said: "We were poor." It was the worst day for the All Blacks in years.',
     "All Blacks"),
    ('"We were poor," said Ross Tane, who plays for the All Blacks.', "All Blacks"),
    ('The State Bank of Velonia said reserves would rise. "Confidence is returning," said its governor, Jo Marr.',
     "State Bank of Velonia"),
    ('She cited her years as secretary of State. "It is done," said Hillary Vance, secretary of State.',
     "U.S. Department of State"),  # "of State" is no name's opening
    ('But Velto spokesman Tom Reed said: "No." But Velto fell.', "Velto"),
]


@pytest.mark.parametrize(("text", "body"), WHOLE_NAMES)
def test_names_opening_with_a_function_word_stay_whole(text, body):
    assert body_of_last_speaker(text) == body


# (text, organisation of the last statement's speaker): bodies named just before a speaker, tied to them
BODIES_NEARBY = [
    ('Consumer group Roofline called for compensation. "A fine is not enough," said Ann Bell, its head of policy.',
     "Roofline"),  # "its": the body opening the sentence after a capitalised kind
    ('In nearby Harlow, the old plant is hanging on, said its chief executive, John Ferro.', None),  # "In": no kind
    ('Banca Rossa said it would appeal. "We reject the findings," said the bank\'s chief executive, Marco Ferri.',
     "Banca Rossa"),  # the body the noun refers to, by the sentence it opens when the tagger names no body
    ('The rector of the University of Velonia, Ana Gil, warned of cuts. "We can pay until June," she said.',
     "University of Velonia"),  # a university's head (roles.tsv)
    ('The weather agency warned of storms. "Prepare now," said Metra forecaster Joel Bautista.', "Metra"),
    ('Tavi Oru of North Cape Racing was taken to hospital after a crash. "She is awake and talking," said the '
     "team's doctor, Paul Reyes.", "North Cape Racing"),  # a sentence opening on a person: the body after "of"
]


@pytest.mark.parametrize(("text", "body"), BODIES_NEARBY)
def test_bodies_named_next_to_the_speaker(text, body):
    assert body_of_last_speaker(text) == body


# (text, organisation of the last statement's speaker): the story's country decides whose body a title or a bare
# body name stands for, and a state's or province's minister speaks for its government
STORY_COUNTRY = [
    ('NAIROBI - Kenya\'s Treasury will tax bank transfers. "We cannot keep borrowing," Treasury Cabinet Secretary '
     'Amos Kiptoo said in Nairobi.', "National Treasury"),  # "Treasury" is every country's: Kenya's
    ('WASHINGTON - The Treasury will sell more bonds. "Demand is strong," Treasury spokesman Tom Hale said.',
     "U.S. Department of the Treasury"),
    ('NEW DELHI - India\'s road transport ministry will toll every expressway. "The system is ready," Road '
     'Transport Secretary Arun Mehta said in New Delhi.', "Ministry of Road Transport and Highways"),  # not the UK's
    ('PERTH - The Queensland government will ban the mine. "It is over," Mines Minister Kate Doyle said in '
     'Brisbane.', "Queensland government"),
    ('Farmers protested in Munich. "We will not pay for this," Bavaria\'s agriculture minister, Franz Huber, said.',
     "Bavaria government"),
    ('TORONTO - Ontario nurses rejected the provincial government\'s offer. "It is fair," Health Minister Leah '
     'Cho said of the offer to nurses in Ontario.', "Ontario government"),
    ('OTTAWA - The federal government will cut the rebate in Ontario. "It is fair," Finance Minister Leah Cho '
     'said of the rebate.', "Canadian government"),  # a national government named: the country's
    ('"We have waited long enough," Saskatchewan Premier Lou Brandt said of the pipeline.',
     "Saskatchewan government"),
    ('PERTH - The Queensland government will ban the mine. "It is over," Prime Minister Tom Reid said in Canberra.',
     "Australian government"),  # a prime minister is the country's
    ('Nurses in Manitoba rejected the provincial government\'s offer. Federal Health Minister Leah Cho offered help '
     'from Ottawa. "We stand ready to help," Cho said.', "Canadian government"),  # "Federal": the nation's
]


@pytest.mark.parametrize(("text", "body"), STORY_COUNTRY)
def test_the_story_country_decides_whose_body(text, body):
    assert body_of_last_speaker(text) == body


# (text, organisation and party of the last statement's speaker): "the party's X" after a party
PARTY_ROLES = [
    ('LUSAKA - The opposition United Party for National Development will vote against the budget. "This budget '
     'punishes farmers," said Ann Mwale, the party\'s finance spokeswoman.', "United Party for National Development"),
    ('ANKARA - The main opposition Republican People\'s Party was unmoved. "Families cannot eat forecasts," said the '
     'party\'s economy spokesman, Deniz Arslan.', "Republican People's Party"),  # the name whole, not "Republican"
    ('BERLIN - The Christian Democrats rejected the plan. "It is money we do not have," said Eva Lorenz, the party\'s '
     'budget spokeswoman.', "Christian Democratic Union"),
    ('JAKARTA - An airline will drop ten routes. Siti Rahayu, the transport ministry\'s director general of civil '
     'aviation, said the ministry would "look again at every route".', "transport ministry"),
]


@pytest.mark.parametrize(("text", "body"), PARTY_ROLES)
def test_a_role_of_the_party_or_ministry_just_named(text, body):
    assert body_of_last_speaker(text) == body
