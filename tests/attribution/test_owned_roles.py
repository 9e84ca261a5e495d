"""Roles owned by a province, a party written in the plural, or a body a common noun refers back to (org8):
"Manitoba's health minister, X", "the opposition Greens' housing critic, X", "the company's president, X",
"X, a geologist at the institute", "the club said" after "Y, the Rosario club", "its disciplinary chief" after
"Y, the league's governing body, said", "the minister of Ports" a minister of the government."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.affiliations import read_affiliation
from quotetrack.lexicon import load_lexicon


def speakers_and_bodies(text: str) -> list[tuple[str | None, str | None]]:
    """The name and the organisation's name of each statement's speaker, in order."""
    return [(s.speaker.name if s.speaker else None,
             s.speaker.organisation.name if s.speaker is not None and s.speaker.organisation is not None else None)
            for s in quotetrack.read(text).statements]


# (text, name, body read, role read)
OWNERS = [
    ("The opposition Greens' housing critic, Lena Morrow, said it.", "Lena Morrow", "Greens", "housing critic"),
    ("The Farmers' Party's leader in the regional assembly, Piet Kroon, said it.", "Piet Kroon", "Farmers' Party",
     "leader"),
    ("The Harbour Alliance's fisheries spokesman, Tom Reade, said it.", "Tom Reade", "Harbour Alliance",
     "fisheries spokesman"),
    ("A geologist at the Andean Institute of Mines, Dr Rosa Vilca, said it.", "Rosa Vilca", "Andean Institute of Mines",
     "geologist"),
]


@pytest.mark.parametrize(("text", "name", "body", "role"), OWNERS)
def test_a_plural_or_a_partys_possessive_owns_the_role(text, name, body, role):
    start = text.index(name)
    affiliation = read_affiliation(text, start, start + len(name), load_lexicon())
    assert affiliation is not None
    assert (affiliation.body, affiliation.role) == (body, role)


# (text, speaker, organisation): one statement's
READINGS = [
    ('WINNIPEG, Canada - Flu wards filled up. "We are ready for this," said Manitoba\'s health minister, Ann Roe.',
     "Ann Roe", "Manitoba government"),
    ('CURITIBA, Brazil - Rivers fell again. "Every drop counts," Parana\'s environment secretary, Ana Lins, told '
     'reporters.', "Ana Lins", "Parana government"),
    ('LONDON - Flu cases rose. "It is a mess," said Britain\'s health secretary, Tom Hale.', "Tom Hale",
     "UK government"),
    ('OTTAWA, Canada - Flu cases rose. "It is a mess," said the opposition Greens\' health critic, Tom Hale.',
     "Tom Hale", "Greens"),
    ('OSAKA, Japan (Wire) - Japanese drugmaker Kestrel Pharma recalled a syrup. "We are deeply sorry," the '
     'company\'s president, Ono Keiko, said.', "Ono Keiko", "Kestrel Pharma"),
    ('Marlow Rovers, the Rosario club that was promoted in May, sacked its coach. "We had to act," the club\'s '
     'president, Ana Vidal, said. "The players have let the fans down," the club said.', "Ana Vidal",
     "Marlow Rovers"),
    ('Marlow Rovers, the Rosario club that was promoted in May, sacked its coach. "The players have let the fans '
     'down," the club said.', "the club", "Marlow Rovers"),
    ('Fedcol, the league\'s governing body, said two fans had been held. "Clubs will be punished," said its '
     'disciplinary chief, Hugo Pardo.', "Hugo Pardo", "Fedcol"),
    ('The Lima studio Condor Rojo won a prize on Friday. "We made it with six people," the studio\'s founder, Eva '
     'Rios, said.', "Eva Rios", "Condor Rojo"),
    ('The dockers\' union said the port was unsafe. "Nobody listens to us," said Raul Pinto, the union\'s '
     'president.', "Raul Pinto", "dockers' union"),
    ('The Velonian Institute of Oceans said the reef was dying. Fishermen blamed the heat. "The damage will last '
     'for decades," said Dr Ines Mora, a biologist at the institute.', "Ines Mora", "Velonian Institute of Oceans"),
    ('The Tarvik Academy of Music said fees would rise. "We have no choice," said Eva Lund, who heads the academy.',
     "Eva Lund", None),
    ('The quarry is run by Tarvik Granite Holdings. Rescuers from two other firms joined the search, and the Stone '
     'Council sent drills. "We have reached the men," said Ola Berg, the company\'s chief operating officer.',
     "Ola Berg", "Tarvik Granite Holdings"),
    ('The Harbour Clinic said it had closed a ward. Other clinics did the same, and the Velonia Children\'s Hospital '
     'said it had opened a tent. "Every child will be seen," said its chief executive, Dr Ana Lind.', "Ana Lind",
     "Velonia Children's Hospital"),
    ('Forbund Norte, the hunters\' and anglers\' association, said rivers were full of farmed fish. "We catch them '
     'everywhere," said Ivar Dahl, who heads the association\'s river work.', "Ivar Dahl", "Forbund Norte"),
    ('Shelters to open\n\nTARVIK, Velonia (Wire) - Tarvik will open two shelters, the city council said. "Nobody '
     'should sleep outside," said the city\'s alderman for housing, Piet Smit.', "Piet Smit", "Tarvik city council"),
    ('The Eastern Cape provincial government opened a shelter. "Nobody should wait alone," said the province\'s '
     'premier, Thandi Moyo.', "Thandi Moyo", "Eastern Cape provincial government"),
    ('Medellin\'s city government said it would close the stadium. "Never again," said Rosa Gil, the city\'s '
     'security secretary.', "Rosa Gil", "Medellin's city government"),
    ('In Tarvik, the community council said the ferry had not come. "We cannot get milk," said Ola Berg, who chairs '
     'the council.', "Ola Berg", "Tarvik community council"),
    ('Velto Rail has ended its search for a chairman by appointing economist Ann Roe. "It is an honour," Roe said.',
     "Ann Roe", "Velto Rail"),
    ('Velto Rail has hired Ann Roe as its new chief executive. "It is an honour," Roe said.', "Ann Roe",
     "Velto Rail"),
    ('Velto Rail has hired Ann Roe to give two speeches. "It is an honour," Roe said.', "Ann Roe", None),
    ('CANBERRA - Rates rose in Australia. "The economy is strong," said Treasurer Ann Roe.', "Ann Roe",
     "Australian government"),
    ('PRETORIA, South Africa - Two miners died. "We will find out what happened," said Mineral Resources Minister '
     'Lindiwe Dube.', "Lindiwe Dube", "South African government"),
    ('RECIFE, Brazil - The harbour stayed shut. The federal Minister of Ports, Joao Lima, said it would reopen. "We '
     'will not wait," Lima said.', "Joao Lima", "Brazilian government"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), READINGS)
def test_the_body_a_role_is_owned_by(text, speaker, organisation):
    assert (speaker, organisation) in speakers_and_bodies(text)


def test_a_dateline_city_or_a_demonym_with_a_kind_is_no_body_a_description_refers_to():
    text = ('TOKYO, Japan (Wire) - Japanese carmaker Hoshino Motor recalled 4,000 cars. "We apologise," the '
            'company\'s president, Sato Ren, said.')
    assert ("Sato Ren", "Japanese government") not in speakers_and_bodies(text)
