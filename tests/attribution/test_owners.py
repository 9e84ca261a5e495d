"""Affiliations read beyond the name's own phrase: "its" roles, a title's holder "of Y", possessives inside a body's
name, two-word titles ending in a modifier, and a body noun that names the body ("a council spokesman")."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.owners import its_role, sentence_subject_body
from quotetrack.lexicon import load_lexicon

LEXICON = load_lexicon()


def speaker_and_body(text: str) -> tuple[str | None, str | None]:
    """The name and the organisation's name of the last statement's speaker."""
    read = quotetrack.read(text).statements[-1].speaker
    return (read.name if read else None,
            read.organisation.name if read is not None and read.organisation is not None else None)

# (text, speaker, organisation): end to end, through read()
READINGS = [
    ('The Harbour Workers\' Alliance welcomed the deal. Its general secretary, Ruth Kane, said: "It is a start."',
     "Ruth Kane", "Harbour Workers' Alliance"),
    ('The mining company, Velto Coal, said work would begin in May. Its managing director, Sam Rudd, said it was '
     '"a proud day".', "Sam Rudd", "Velto Coal"),
    ('The tenants\' charity Roofline welcomed the freeze. "Families will sleep easier," said its chief executive, '
     'Ama Boateng.', "Ama Boateng", "Roofline"),
    ('Marlow Dairies said prices would rise. "Costs have doubled," said Tom Ilse, its finance director.', "Tom Ilse",
     "Marlow Dairies"),
    ('"This was a cruel fraud," said Detective Sergeant Ann Pryce, of Wessex Valley Police.', "Ann Pryce",
     "Wessex Valley Police"),
    ('"We warned them," said Dr Femi Ade, secretary general of the Coastal Nurses Union.', "Femi Ade",
     "Coastal Nurses Union"),
    ('"It is a step forward," said Dr Lena Voss, a neurologist at St Brigid\'s Hospital in Leeds.', "Lena Voss",
     "St Brigid's Hospital"),
    ('The Halvern Wildlife Foundation said it might go to court. "We will look at every option," said Ian Pell, the '
     'foundation\'s legal director.', "Ian Pell", "Halvern Wildlife Foundation"),
    ('Lowmoor District Council said the homes were safe. The Velto Group disagreed. "Nobody was harmed," a council '
     'spokesman said.', "a council spokesman", "Lowmoor District Council"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), READINGS)
def test_speakers_get_the_body_read_beyond_their_phrase(text, speaker, organisation):
    assert speaker_and_body(text) == (speaker, organisation)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Ann Cole joined the board in May. Its chairman, Tom Reyes, said: "We are pleased."', "Tom Reyes"),
    ('France lost the final. "It hurts," said Tom Reyes, its coach.', "Tom Reyes"),
])
def test_its_is_no_person_and_no_place(text, speaker):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.speaker.organisation is None


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Its general secretary, Ann Cole, said no.", "Ann Cole", "general secretary"),
    ("said Ann Cole, its chief executive.", "Ann Cole", "chief executive"),
    ("Its shares, Ann Cole said, fell.", "Ann Cole", None),
    ("said Ann Cole, its own worst critic.", "Ann Cole", None),
])
def test_its_role(text, name, role):
    start = text.index(name)
    assert its_role(text, start, start + len(name), LEXICON) == role


@pytest.mark.parametrize(("text", "body"), [
    ("The shopworkers' union Velto, which led the talks, agreed. Its head, Ann Cole, said so.", "Velto"),
    ("Velto Holdings cut jobs. Prices rose. Its head, Ann Cole, said so.", "Velto Holdings"),
    ("Ann Cole said prices rose. Its head, Tom Reyes, said so.", None),
    ("He said prices rose. Its head, Tom Reyes, said so.", None),
])
def test_the_body_opening_a_sentence_before(text, body):
    name = text.split("Its head, ")[1][:8]
    assert sentence_subject_body(text, text.index(name), LEXICON) == body


@pytest.mark.parametrize(("text", "speaker", "party"), [
    ('Voters in Queensland and across Australia go to the polls in May. "It is vandalism," said Greens leader '
     'Kim Darro.', "Kim Darro", "Australian Greens"),
    ('The vote in Canada, in Ottawa and Toronto, was close. "We lost," Conservative leader Ray Dunn said.',
     "Ray Dunn", "Conservative Party of Canada"),
    ('The vote in Britain was close. "We lost," Conservative leader Ray Dunn said.', "Ray Dunn",
     "Conservative Party"),
    ('Voters in Australia and in Sydney backed the plan. "We support the jobs," said Liberal Party senator Ann '
     'Kerr.', "Ann Kerr", "Liberal Party of Australia"),
])
def test_a_party_is_the_one_of_the_storys_country(text, speaker, party):
    read = quotetrack.read(text).statements[-1].speaker
    assert (read.name if read else None, read.party if read else None) == (speaker, party)


@pytest.mark.parametrize(("text", "speaker", "organisation"), [
    ('Kenya and Nairobi face floods in Kenya. "We are ready," Health Cabinet Secretary Amani Wekesa said.',
     "Amani Wekesa", "Kenyan government"),
    ('Canada and Ottawa were hit in Canada. "We will consult," Natural Resources Minister Jo Paquet said.',
     "Jo Paquet", "Canadian government"),
    ('Japan voted in Tokyo. "It is time," Chief Cabinet Secretary Taro Ikeda said in Japan.', "Taro Ikeda",
     "Japanese government"),
    ('Prices rose in Britain, London and Leeds.\n\nHome Secretary Ruth Hale said: "It is fine."', "Ruth Hale",
     "UK government"),  # a minister of a ministry the article does not name (ministers.py)
    ('The Home Office rejected the claims in Britain, London and Leeds.\n\nHome Secretary Ruth Hale said: "It is '
     'fine."', "Ruth Hale", "Home Office"),
    ('Prices rose in Britain, London and Leeds. "It is fine," Housing Secretary Ruth Hale said.', "Ruth Hale",
     "UK government"),
])
def test_a_minister_of_a_portfolio_speaks_for_the_storys_government(text, speaker, organisation):
    assert speaker_and_body(text) == (speaker, organisation)


@pytest.mark.parametrize(("text", "speaker", "organisation"), [
    ('Polls open in May.\n\nThe leader of the main opposition Civic Renewal Party, Ana Bello, said: "We will win."',
     "Ana Bello", "Civic Renewal Party"),
    ('The head of research at Marlow Capital, Jo Lind, said: "Rates will fall."', "Jo Lind", "Marlow Capital"),
    ('Prices rose.\n\nIts chief executive, Jo Lind, said: "Rates will fall."', "Jo Lind", None),
    ('Velto Dairies raised prices.\n\nIts chief executive, Jo Lind, said: "Costs rose."', "Jo Lind", "Velto Dairies"),
    ('Prices rose.\n\nThe Velto Dairies spokesman, Jo Lind, said: "Costs rose."', "Jo Lind", "Velto Dairies"),
])
def test_a_preposed_role_at_a_paragraphs_start(text, speaker, organisation):
    assert speaker_and_body(text) == (speaker, organisation)


@pytest.mark.parametrize(("text", "speaker", "organisation"), [
    ('Sen. Ann Ortiz of Nevada and Gov. Tom Hale of Ohio spoke on Monday. "We will win," Ortiz said.',
     "Ann Ortiz", "United States Senate"),
    ('Voters look to the mayor for leadership against Velto, Ann Ortiz said. "We will win," Ortiz said.',
     "Ann Ortiz", None),
    ('Tim Canova and Ann Hale turned to one firm. "We are ready," said Jo Lind, its chief executive.', "Jo Lind",
     None),
    ('The Philippines has a new leader. "We are ready," said Jo Lind, under its new president, Tom Hale.', "Jo Lind",
     None),
])
def test_no_body_from_a_place_a_person_or_a_prepositional_phrase(text, speaker, organisation):
    assert speaker_and_body(text) == (speaker, organisation)
