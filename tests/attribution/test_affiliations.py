"""Affiliation constructions: each ties a person, or an unnamed source, to a body read from the text."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.affiliations import expand_acronym, read_affiliation
from quotetrack.attribution.unnamed import read_unnamed
from quotetrack.lexicon import load_lexicon

LEXICON = load_lexicon()

# (sentence, the name, the body read, the role read, the construction)
CONSTRUCTIONS = [
    ("Brixfield deputy chief executive Moira Tann told the radio.", "Moira Tann", "Brixfield",
     "deputy chief executive", "premodifier"),
    ("Halvern Rovers manager Sir Colm Eady hinted at changes.", "Colm Eady", "Halvern Rovers", "manager",
     "premodifier"),
    ("Quarry & Stone Workers' Union general secretary Ed Pym said so.", "Ed Pym",
     "Quarry & Stone Workers' Union", "general secretary", "premodifier"),
    ("Tory leader Jane Arden said no.", "Jane Arden", "Tory", "leader", "premodifier"),
    ("Labour's Tom Vell said no.", "Tom Vell", "Labour", None, "possessive"),
    ("Nato's deputy spokesman, Jan Novak, said it.", "Jan Novak", "Nato", "deputy spokesman", "preposed"),
    ("The head of the Fraud Unit, Acting Chief Inspector, Ann Lowe, said it.", "Ann Lowe", "Fraud Unit", "head",
     "preposed"),
    ("said Ian Marsh, Governor of the Central Bank of Ruritania.", "Ian Marsh", "Central Bank of Ruritania",
     "Governor", "apposition"),
    ("said Ruth Bell, an economist at Capital Economics.", "Ruth Bell", "Capital Economics", "economist",
     "apposition"),
    ("Kurt Elm, Velto's chief executive, told reporters.", "Kurt Elm", "Velto", "chief executive", "apposition"),
    ("Ada Rook, lecturer at the Centre for Signals, Speech and Vision at the University of Wessex, said it.",
     "Ada Rook", "University of Wessex", "lecturer", "apposition"),
    ("said Ann Vetter, a spokeswoman for the Harlow Valley campaign.", "Ann Vetter", "Harlow Valley campaign",
     "spokeswoman", "apposition"),
    ("said Jane Hollis, head of research at Marlow Capital.", "Jane Hollis", "Marlow Capital", "head",
     "apposition"),
    ("said Jo Finch, of the Resolution Foundation.", "Jo Finch", "Resolution Foundation", None, "of"),
    ("Max Orr, whose group Clean Air Now campaigns on traffic, said it.", "Max Orr", "Clean Air Now", None,
     "relative"),
    ("The chairman, Lee Moss, said it.", "Lee Moss", None, "chairman", "preposed"),
    ('"No," the Harbour House spokesman, Josh Bright, said.', "Josh Bright", "Harbour House", "spokesman",
     "preposed"),
]


@pytest.mark.parametrize(("sentence", "name", "body", "role", "construction"), CONSTRUCTIONS)
def test_each_construction_reads_its_body(sentence, name, body, role, construction):
    start = sentence.index(name)
    found = read_affiliation(sentence, start, start + len(name), LEXICON)
    assert found is not None
    assert (found.body, found.role, found.construction) == (body, role, construction)


@pytest.mark.parametrize(("sentence", "phrase", "body"), [
    ("a spokeswoman for the Home Office said", "a spokeswoman", "Home Office"),
    ("an Acme Foods spokesman said", "an Acme Foods spokesman", "Acme Foods"),
    ("a Defence Department spokesman said", "a Defence Department spokesman", "Defence Department"),
])
def test_unnamed_sources_speak_for_the_body_their_phrase_names(sentence, phrase, body):
    assert read_unnamed(sentence, 0, len(phrase), LEXICON).body == body


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Mr Hale's lawyer said the charge was false.", "Mr Hale's lawyer"),
    ("The court jailed the blogger on Monday. Ms Lo's spokeswoman said she would appeal.", "Ms Lo's spokeswoman"),
])
def test_a_persons_representative_speaks_for_no_body(sentence, phrase):
    start = sentence.index(phrase)
    assert read_unnamed(sentence, start, start + len(phrase), LEXICON) is None


def test_an_acronym_is_expanded_where_the_article_spells_it_out():
    assert expand_acronym("The Regional Airline Association (RAA) said so.", "RAA") == "Regional Airline Association"


# (text, speaker, organisation, kind, party): end to end, through read()
READINGS = [
    ('"We will fight on," Brixfield chief executive Moira Tann said.', "Moira Tann", "Brixfield", "person", None),
    ('"We will fight on," said Ruth Bell, an economist at Capital Economics.', "Ruth Bell", "Capital Economics",
     "person", None),
    ('"No," Tory leader Jane Arden said.', "Jane Arden", "Conservative Party", "person", "Conservative Party"),
    ('"The plan will not work," said Lib Dem health spokeswoman Ann Wickham.', "Ann Wickham", "Liberal Democrats",
     "person",
     "Liberal Democrats"),
    ('A spokeswoman for the Home Office said: "The plan will not work."', "A spokeswoman for the Home Office",
     "Home Office", "unnamed", None),
    ('"Schools will reopen," a spokesperson for the Department for Education said.',
     "a spokesperson for the Department for Education", "Department for Education", "unnamed", None),
    ('The European Regions Carriers Association (ERCA) objected. "It is wrong," an ERCA spokesman said.',
     "an ERCA spokesman", "European Regions Carriers Association", "unnamed", None),
    ('Britain\'s economy grew, the Office for National Statistics said. "It is strong," Chancellor Philip Hale '
     'said in London.', "Philip Hale", "HM Treasury", "person", None),
    ('Germany\'s economy grew in Berlin. "It is strong," Chancellor Greta Holm said.', "Greta Holm",
     "German government", "person", None),
    ('He spoke on a trip to China. The Bank of England held rates and Labour welcomed it. "Britain is strong," '
     'Chancellor Tom Hale said.', "Tom Hale", "HM Treasury", "person", None),
    ('"Profits will rise," Velto\'s finance chief, Jane Hollis, told investors.', "Jane Hollis", "Velto", "person",
     None),
    ('The European Regions Airline Association (ERAA) objected. "It is unfair," the ERAA said.', "ERAA",
     "European Regions Airline Association", "organisation", None),
    ('"The city is ready," said Paris mayor Anne Morel.', "Anne Morel", "Paris", "person", None),
    ('"The city is ready," said the Mayor of London, Sam Kahn.', "Sam Kahn", "Greater London Authority", "person",
     None),
    ('"No," said the Foreign Secretary, Jo Reed.', "Jo Reed", "UK government", "person", None),
    ('The Foreign Office summoned the envoy. "No," said the Foreign Secretary, Jo Reed.', "Jo Reed",
     "Foreign, Commonwealth and Development Office", "person", None),
    ('"It is a mess," No 10 said.', "No 10", "Prime Minister's Office", "organisation", None),
    ('Velto Holdings cut jobs. "It is a mess," a source close to the firm said.', "a source close to the firm",
     "Velto Holdings", "unnamed", None),
    ('"It is a mess," the Chinese foreign ministry said.', "Chinese foreign ministry",
     "Ministry of Foreign Affairs of China", "organisation", None),
    ('"No," said the Bank of England on Monday.', "Bank of England", "Bank of England", "organisation", None),
    ('"No," said the head of the Bank of England.', "the head of the Bank of England", "Bank of England",
     "unnamed", None),
    ('"No," said the Bank of England governor.', "the Bank of England governor", "Bank of England", "unnamed",
     None),
    ('"We were poor in the first half," France coach Marc Duval said.', "Marc Duval", "France", "person", None),
    ('"We deserved the win," said Scotland manager Ross Baird.', "Ross Baird", "Scotland", "person", None),
    ('The club ended its search by appointing psychologist Dan Cole. "It is a great challenge," Cole said.',
     "Dan Cole", None, "person", None),
    ('Velto Holdings said it would appeal. "Our case is strong," said chief executive Tom Reyes.', "Tom Reyes",
     "Velto Holdings", "person", None),
    ('Velto Holdings said it would appeal. "Our case is strong," said campaign director Tom Reyes.', "Tom Reyes",
     None, "person", None),
    ('Velto Holdings was fined. "Our case is strong," said chief executive Tom Reyes.', "Tom Reyes", None, "person",
     None),
]


@pytest.mark.parametrize(("text", "speaker", "organisation", "kind", "party"), READINGS)
def test_speakers_get_the_organisation_the_text_gives(text, speaker, organisation, kind, party):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None
    assert statement.speaker.name == speaker
    assert (statement.speaker.organisation.name if statement.speaker.organisation else None) == organisation
    assert (statement.speaker.kind, statement.speaker.party) == (kind, party)


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ('Mr Tom Ebbers denied it. "No," Mr Ebbers said.', "Tom Ebbers", None),
    ('"Yes," said Dr Ann Kerr.', "Ann Kerr", None),
    ('"Maybe," said Mrs Jo Bell.', "Jo Bell", None),
    ('"Good," said Halvern Rovers manager Sir Alex Dunn.', "Alex Dunn", "manager"),
    ('"Never," said Senator Jim Cole.', "Jim Cole", "Senator"),
    ('"Sales will grow," Velto\'s president, Akio Sato, said.', "Akio Sato", "president"),
    ('The club ended its search by appointing psychologist Dan Cole. "It is a challenge," Cole said.', "Dan Cole",
     "psychologist"),
])
def test_courtesy_titles_are_never_titles(text, speaker, title):
    """Mr, Dr, Sir are courtesy: the title is the role the text gives, if any."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None
    assert (statement.speaker.name, statement.speaker.title) == (speaker, title)


@pytest.mark.parametrize(("text", "kind"), [
    ('"It is a mess," one senior official said.', "unnamed"),
    ('"It is a mess," a government spokesman said.', "unnamed"),
    ('"It is a mess," officials said.', "group"),
    ('"It is a mess," the firm said.', "organisation"),
    ('"It is a mess," Tom Reyes said.', "person"),
])
def test_speaker_kinds(text, kind):
    """One person the text does not name is unnamed; several are a group; a body speaking is an organisation."""
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.kind == kind


@pytest.mark.parametrize(("text", "name"), [
    ("The Senate ethics committee fined Senator Tom Hale on Monday. Hale's spokesman, Dan Roe, said the fine was "
     "unfair.", "Dan Roe"),
    ("The court heard the case of Mayor Ann Lo on Friday. Lo's lawyer, Jo Bell, said the charge was false.",
     "Jo Bell"),
    ("Police questioned Councillor Ray Dunn on Tuesday. Dunn's Jim Platt said nothing was wrong.", "Jim Platt"),
    ("The board met in the Hall of Justice. Reyes's spokeswoman, Amy Korr, said so.", "Amy Korr"),
    ("The panel fined Senator Ray Dunn on Monday. Dunn's lawyer Jo Bell said so.", "Jo Bell"),
    ("The panel fined Senator Ray Dunn on Monday. Jo Bell, Dunn's lawyer, said so.", "Jo Bell"),
])
def test_an_affiliation_never_crosses_a_sentence_end(text, name):
    start = text.index(name)
    found = read_affiliation(text, start, start + len(name), LEXICON)
    assert found is not None and found.body is not None
    assert ". " not in found.body and found.body in text[text.index(". ") + 2 :]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Senate ethics committee fined Senator Tom Hale on Monday. Hale's spokesman, Dan Roe, said the fine was "
     "unfair.", "Dan Roe"),
    ("The court heard the case of Mayor Ann Lo on Friday. Lo's lawyer, Jo Bell, said the charge was false.",
     "Jo Bell"),
])
def test_a_spokesman_named_after_a_sentence_end_speaks_for_no_span_across_it(text, speaker):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker
    organisation = statement.speaker.organisation
    assert organisation is None or "." not in organisation.name


@pytest.mark.parametrize(("text", "speaker", "organisation"), [
    ('The Federation of Small Firms warned of closures. Its director-general, Helen Ashby, said the two sides needed '
     'to "talk again".', "Helen Ashby", "Federation of Small Firms"),
    ('The Coastal Nations Forum met in Suva. "We are running out of time," said its secretary-general, Tomasi Vake.',
     "Tomasi Vake", "Coastal Nations Forum"),
])
def test_a_hyphenated_title_holds_its_body(text, speaker, organisation):
    """A title written with a hyphen ("director-general", "secretary-general") is a role as its spaced form is: the
    speaker had no organisation."""
    read = quotetrack.read(text).statements[-1].speaker
    assert (read.name, read.organisation.name if read.organisation else None) == (speaker, organisation)
