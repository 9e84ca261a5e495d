"""Round org11 of affiliations (docs/affiliations.md): bodies a speaker's "its" role, possessive, title or
spokesman for a title points to, in news outside US politics. Every sentence is written for the purpose."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.affiliations import read_affiliation
from quotetrack.attribution.countries import shared_party
from quotetrack.lexicon import load_lexicon

LEXICON = load_lexicon()


def body_of(text: str, speaker: str) -> str | None:
    """The organisation of the first statement of ``speaker``."""
    read = next(s.speaker for s in quotetrack.read(text).statements if s.speaker and s.speaker.name == speaker)
    return None if read.organisation is None else read.organisation.name


# (text, speaker, organisation)
READINGS = [
    # "Its ROLE, X" after a sentence opening on "But the BODY"
    ("NAIROBI (Wire) - The riders' federation defended its record.\n\nBut the Professional Riders Association of "
     "Velonia questioned whether it was enough. Its secretary-general, Ann Cole, said \"We need more.\"",
     "Ann Cole", "Professional Riders Association of Velonia"),
    # a role shared with "co-"
    ("The General Confederation of Velonian Workers called the decree unlawful. Its co-secretary general, Tom Hale, "
     "said the federation would go to court.", "Tom Hale", "General Confederation of Velonian Workers"),
    # "X, accused the prime minister of ...": the name's verb opens no apposition
    ("PARIS (Wire) - Unions called a strike.\n\nThe left-wing Velto Rising said it would file a motion. Its "
     "parliamentary group leader, Ann Cole, accused the prime minister of governing \"for the markets\".",
     "Ann Cole", "Velto Rising"),
    # an acronym before a referring noun owns the possessive role
    ("PARIS (Wire) - Unions called a strike.\n\nThe VGT union's secretary general, Ann Cole, called the measure "
     "\"an attack on the poor\".", "Ann Cole", "VGT"),
    # a title written in capitals after a possessive
    ("TORONTO (Wire) - The council voted to keep the lanes.\n\nOntario's Transportation Minister, Ann Cole, said the "
     "province would proceed.", "Ann Cole", "Ontario government"),
    # an undersecretary of a portfolio: the department the article names
    ("MANILA (Wire) - A senator accused the Department of Energy of hiding contracts.\n\nEnergy Undersecretary Ann "
     "Cole rejected the claim, saying the contracts were sensitive.", "Ann Cole", "Department of Energy"),
    # a spokesman for a title: the title's body in the story's country
    ("PARIS (Wire) - The French government confirmed the cuts.\n\nA spokesman for the prime minister said the "
     "government \"remains open to dialogue\".", "A spokesman for the prime minister", "French government"),
    # a portfolio before "Secretary" in a country with no party of that name: the government, not a party
    ("BUENOS AIRES (Wire) - Argentina's government decreed a labour reform.\n\nLabour Secretary Ann Cole said the "
     "decree would encourage hiring.", "Ann Cole", "Argentine government"),
    # parties of many countries tell no story's country: the dateline's
    ("WELLINGTON (Wire) - The Greens and Labour attacked the plan.\n\nTransport Minister Ann Cole said the rail "
     "project had become \"a money pit\".", "Ann Cole", "New Zealand government"),
    # "TITLE X of the BODY" whose name opens with a place and holds an organisation head
    ("ISLAMABAD (Wire) - Taxes rose.\n\nEconomist Ann Cole of the Velonia Institute of Development Economics said "
     "the design was regressive.", "Ann Cole", "Velonia Institute of Development Economics"),
    # "Its ROLE, X" after a passive sentence naming the body as its agent
    ("NAIROBI (Wire) - The court suspended a levy.\n\nThe petition was filed by the Riders Safety Association of "
     "Velonia, which represents riders in the capital. Its chairman, Ann Cole, said riders already paid for "
     "licences.", "Ann Cole", "Riders Safety Association of Velonia"),
    # a role word "lead" after a possessive
    ("DUBLIN (Wire) - The Health Velto Executive urged people to get vaccines.\n\nDr Ann Cole, the HVE's national "
     "clinical lead for immunisation, said the strain was new.", "Ann Cole", "Health Velto Executive"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), READINGS)
def test_organisation_read(text: str, speaker: str, organisation: str) -> None:
    assert body_of(text, speaker) == organisation


# (text, speaker, organisation): guards
GUARDS = [
    # "co-author" of a book: no body
    ("It is hard, says Ann Cole, co-author of Three's a Crowd, a study of third parties. \"Yes.\"", "Ann Cole", None),
    # a participle's clause may still say who the name is (only a finite verb after the comma opens no apposition)
    ("She attacked Tom Hale, saying the Velto Party nominee \"has not thought about it\".\n\n\"It is tough,\" "
     "Hale said.", "Tom Hale", "Velto Party"),
    # "Sen. X of Texas": a state, no body
    ("WASHINGTON (Wire) - Taxes rose.\n\nSen. Ann Cole of Texas said the design was regressive.", "Ann Cole",
     "United States Senate"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), GUARDS)
def test_guards(text: str, speaker: str, organisation: str | None) -> None:
    assert body_of(text, speaker) == organisation


def test_shared_party() -> None:
    assert shared_party("Labour", LEXICON) and not shared_party("Fianna Fail", LEXICON)


def test_capitalised_possessive_role() -> None:
    text = "Ontario's Transportation Minister, Ann Cole, said no."
    found = read_affiliation(text, text.index("Ann"), text.index("Ann") + 8, LEXICON)
    assert found is not None and (found.body, found.role) == ("Ontario", "Transportation Minister")
