"""The lexicon-and-shape entity tagger on tokens cut as another backend cuts them (stanza keeps "Britain's" whole
and splits "T-Mobile")."""

from __future__ import annotations

import re

import pytest

from quotetrack.backends.lexical import tag_entities
from quotetrack.document import Sentence, Token
from quotetrack.lexicon import load_lexicon


def tagged(text: str, pieces: list[str]) -> list[tuple[str, str]]:
    """Entities of ``text`` tokenised into ``pieces`` (in order, each found after the last)."""
    tokens, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        tokens.append(Token(start=start, end=start + len(piece), text=piece))
        at = start + len(piece)
    sentences = [Sentence(start=0, end=len(text), first_token=0, last_token=len(tokens))]
    return [(e.text, e.label) for e in tag_entities(text, tokens, sentences, load_lexicon())]


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain's Dan Cole won.", [("Britain", "GPE"), ("Dan Cole", "PERSON")]),
    ("Marja Quill-Meiland spoke.", [("Marja Quill-Meiland", "PERSON")]),
    ("Anna Quill-Meiland of Velto Group spoke.", [("Anna Quill-Meiland", "PERSON"), ("Velto Group", "ORG")]),
])
def test_possessives_and_split_hyphens(text, expected):
    """A possessive carried by a token ends the name before it; a hyphen split off joins the name again."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


def test_a_split_hyphenated_word_is_one_name():
    """"T - Mobile" (a tokenizer's cut of "T-Mobile") is one name, as the embedded tokenizer's "T-Mobile" is."""
    text = "T-Mobile said it would grow."
    assert tagged(text, ["T", "-", "Mobile", "said", "it", "would", "grow", "."]) == [("T-Mobile", "NAME")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Dale of the Institute for Science said so.", [("Ann Dale", "PERSON"), ("Institute for Science", "ORG")]),
    ("The Center for Public Integrity found it.", [("Center for Public Integrity", "ORG")]),
    ("Tom Hale, a fellow at the Center for Rural Studies, spoke.",
     [("Tom Hale", "PERSON"), ("fellow", "TITLE"), ("Center for Rural Studies", "ORG")]),
    ("It was backed by the National Association of Family Farm Lawyers.",
     [("National Association of Family Farm Lawyers", "ORG")]),  # a modifier on the non-name list before the head
])
def test_a_body_head_and_its_field_is_one_body(text, expected):
    """An organisation head ("Institute", "Center") opening a run, then a particle and capitalised words, is one
    body's name (the head alone is on the non-name list: it would be skipped, its field left a lone name)."""
    assert tagged(text, re.findall(r"\w+(?:'s)?|[^\w\s]", text)) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("Anna Quill-Meiland of Velto Group spoke.", ["Anna", "Quill-Meiland", "of", "Velto", "Group", "spoke", "."],
     [("Anna Quill-Meiland", "PERSON"), ("Velto Group", "ORG")]),
    ("Tom Hale-Dunn of Easton wrote.", ["Tom", "Hale-Dunn", "of", "Easton", "wrote", "."],
     [("Tom Hale-Dunn", "PERSON"), ("Easton", "NAME")]),
])
def test_a_hyphenated_family_name_in_one_token_before_of_is_a_persons(text, pieces, expected):
    """"Anna Quill-Meiland of Velto Group" with the family name one token (the embedded tokenizer's cut): the name
    before "of" is a person's, not the first words of a body's name."""
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Rowing Clubs Association said no.", [("European Rowing Clubs Association", "ORG")]),
    ("It came from the International Freight Carriers Association (IFCA).",
     [("International Freight Carriers Association", "ORG"), ("IFCA", "NAME")]),
    ("But National Dairy Farmers Union leaders said no.", [("National Dairy Farmers Union", "ORG")]),
    ("The Chinese Foreign Ministry said no.", [("Chinese Foreign Ministry", "ORG")]),
    ("British Prime Minister Tony Blair said no.",
     [("British", "NORP"), ("Prime Minister", "TITLE"), ("Tony Blair", "PERSON")]),
])
def test_a_demonym_or_international_opens_an_associations_name(text, expected):
    """A demonym, "International" or "National" opening three or more capitalised words that an association head
    ends is part of the body's name; before a title it is a demonym."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Smith Warns Tax Plan Would Cost Jobs", ("Jane Smith", "PERSON")),
    ("Council Leader Says Library Will Stay Open", None),
])
def test_a_headline_speech_verb_ends_a_name(text, expected):
    """In a title-case headline a capitalised speech verb ("Warns", "Says") is no part of a name."""
    found = tagged(text, text.split())
    assert not any("Warns" in name or "Says" in name for name, _ in found)
    if expected is not None:
        assert found[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Likewise, a report from the Urban Institute disagreed.", [("Urban Institute", "ORG")]),
    ("Separately, Tom Reid said no.", [("Tom Reid", "PERSON")]),
    ("Using the word in a speech became common.", []),
])
def test_a_sentence_adverb_or_participle_is_no_name(text, expected):
    """"Likewise," or "Using" opening a sentence is capitalised for its place, not a name."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Representative Peter T. King said no.", [("Representative", "TITLE"), ("Peter T. King", "PERSON")]),
    ("Amy Pope said no.", [("Amy Pope", "PERSON")]),
])
def test_a_title_word_after_a_given_name_and_initials_is_a_surname(text, expected):
    """"Peter T. King": a title word ends a name after a given name and its initials, as "Amy Pope" does."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He flew to North Korea.", [("North Korea", "GPE")]),
    ("He moved to the United Kingdom.", [("United Kingdom", "GPE")]),
    ("She grew up in West Virginia.", [("West Virginia", "GPE")]),
    ("Hong Kong officials said no.", [("Hong Kong", "GPE"), ("officials", "TITLE")]),
    ("\"We are stateless,\" Ki Hong said.", [("Ki Hong", "PERSON")]),
])
def test_a_place_name_of_non_name_words_is_a_place(text, expected):
    """"North Korea": the words of a place's name that the non-name list holds go on with the name ("Hong",
    which only such a name put there, is a family name elsewhere)."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Anita Hill spoke first.", [("Anita Hill", "PERSON")]),
    ("Then Mary Jo White spoke.", [("Mary Jo White", "PERSON")]),
    ("They met Jeff Park on Monday.", [("Jeff Park", "PERSON")]),
    ("The White House said no.", [("The White House", "ORG")]),
])
def test_a_non_name_word_after_a_given_name_is_a_family_name(text, expected):
    """"Anita Hill": after given names (and initials) a capitalised word ending the run is a family name."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Anita Hill spoke. Later Hill left.", [("Anita Hill", "PERSON"), ("Hill", "NAME")]),
    ("Anita Hill spoke. Capitol Hill was quiet.", [("Anita Hill", "PERSON"), ("Capitol Hill", "ORG")]),
    ("Mary Jo White spoke. The White House said no.", [("Mary Jo White", "PERSON"), ("The White House", "ORG")]),
])
def test_a_family_name_the_non_name_list_holds_is_a_name_once_a_person_bears_it(text, expected):
    """"Hill left", after "Anita Hill": the lone family name is a name; inside "Capitol Hill" it is not."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Then Mr. White said no.", [("Mr.", "TITLE"), ("White", "PERSON")]),
    ("He met Sen. Hill on Monday.", [("Sen.", "TITLE"), ("Hill", "PERSON")]),
    ("He met Mr. White House aides.", [("White House", "ORG")]),
])
def test_a_non_name_word_alone_after_a_title_is_a_family_name(text, expected):
    """"Mr. White", "Sen. Hill": alone after a title or an honorific, a word the non-name list holds names."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("He sued the Justice Department.", ["He", "sued", "the", "Justice", "Department", "."],
     [("Justice Department", "ORG")]),
    ("Justice Ruth Ellis wrote it.", ["Justice", "Ruth", "Ellis", "wrote", "it", "."],
     [("Justice", "TITLE"), ("Ruth Ellis", "PERSON")]),
    ("Senate Majority Leader Tom Hale spoke.", ["Senate", "Majority", "Leader", "Tom", "Hale", "spoke", "."],
     [("Senate Majority Leader", "TITLE"), ("Tom Hale", "PERSON")]),
])
def test_a_body_the_lexicon_knows_wins_over_a_shorter_title(text, pieces, expected):
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "pieces"), [
    ("Sen. Al Roe, R-Utah, said it.", ["Sen", ".", "Al", "Roe", ",", "R-Utah", ",", "said", "it", "."]),
    ("Rep. Bo Li (R-New York) said it.", ["Rep", ".", "Bo", "Li", "(", "R-New", "York", ")", "said", "it", "."]),
    ("Rep. Bo Li (D-N.Y.) said it.", ["Rep", ".", "Bo", "Li", "(", "D-N.Y", ".", ")", "said", "it", "."]),
])
def test_a_party_and_state_mark_is_no_name(text, pieces):
    assert [label for _, label in tagged(text, pieces)] == ["TITLE", "PERSON"]


@pytest.mark.parametrize(("text", "pieces", "label"), [
    ("Mark Cuban spoke. Cuban also said it.", ["Mark", "Cuban", "spoke", ".", "Cuban", "also", "said", "it", "."],
     "NAME"),
    ("Mark Cuban spoke. Cuban exiles marched.", ["Mark", "Cuban", "spoke", ".", "Cuban", "exiles", "marched", "."],
     "NORP"),
])
def test_a_demonym_that_is_a_persons_family_name(text, pieces, label):
    assert tagged(text, pieces)[-1] == ("Cuban", label)


@pytest.mark.parametrize(("text", "label", "kept"), [
    ("Plant to Shut After Talks Fail.\n\nABSTRACT.\n\nThe company said it would shut the mill.", "ABSTRACT", False),
    ("Plant to Shut After Talks Fail.\n\nFULL TEXT.\n\nThe company said it would shut the mill.", "FULL", False),
    ("UPDATE:\nThe council said the road was open.", "UPDATE", False),
    ("NATO.\n\nThe alliance said troops would stay.", "NATO", True),
    ("ABSTRACT officials said the plan was sound.", "ABSTRACT", True),
])
def test_a_line_of_capital_words_alone_is_a_section_label(text, label, kept):
    """A line holding only one to three capital-letter words labels a section of the page, not a body; a body the
    lexicon knows keeps its name, and a capital word inside a sentence is still a name."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert any(name.startswith(label) for name, _ in tagged(text, pieces)) is kept


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("Pieter van der Merwe said no.", ["Pieter", "van", "der", "Merwe", "said", "no", "."],
     [("Pieter van der Merwe", "PERSON")]),
    ("Its head, Geoffroy de Lassalle, said no.", ["Its", "head", ",", "Geoffroy", "de", "Lassalle", ",", "said", "no",
                                                  "."], [("Geoffroy de Lassalle", "PERSON")]),
    ("Banco de Portugal said no.", ["Banco", "de", "Portugal", "said", "no", "."], [("Banco de Portugal", "ORG")]),
    ("Instituto de Salud said no.", ["Instituto", "de", "Salud", "said", "no", "."], [("Instituto de Salud", "ORG")]),
])
def test_a_given_name_the_lexicon_lacks_before_a_surname_particle_is_a_persons(text, pieces, expected):
    """A name with a lower-case surname particle is a person's though the given name is not listed (it was a body, and
    the person their own organisation); a body's head word in any language keeps a body a body."""
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Confederation of British Industry warned of job losses.", [("Confederation of British Industry", "ORG")]),
    ("The Australian Council of Trade Unions said no.", [("Australian Council of Trade Unions", "ORG")]),
    ("The American Federation of Government Employees said no.",
     [("American Federation of Government Employees", "ORG")]),
    ("The Canadian Labour Congress said no.", [("Canadian Labour Congress", "ORG")]),
    ("The Swedish Chamber of Commerce said no.", [("Swedish Chamber of Commerce", "ORG")]),
    ("British Prime Minister Tony Blair said no.",
     [("British", "NORP"), ("Prime Minister", "TITLE"), ("Tony Blair", "PERSON")]),
])
def test_a_bodys_name_keeps_its_demonym_and_its_field(text, expected):
    """A body's name is whole across a demonym and "of": it was cut to "Industry", "Council of Trade Unions" or
    "Congress" (then read as the United States Congress)."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("SYDNEY — Mining firms began a campaign, warning that it would cost jobs.", []),
    ("WASHINGTON (AP) — The union began a campaign.", []),
    ("ST. PAUL, Minn. (Reuters) – The union began a campaign.", []),
    ("Plan fails\n\nNEW DELHI — Ana Ruiz said no.", [("Ana Ruiz", "PERSON")]),
    ("T-Mobile said no.", [("T-Mobile", "NAME")]),
    ("NATO — the alliance — said no.", [("NATO", "ORG")]),
])
def test_a_dateline_names_no_one(text, expected):
    """A dateline opening a line ("SYDNEY —") is where a story was filed, no entity that could speak: it was the
    speaker of the story's first reported clause and a target of responses."""
    pieces = re.findall(r"\w+|[^\w\s]", text)
    dash = next((k for k, piece in enumerate(pieces) if piece in "—–"), -1)
    assert [e for e in tagged(text, pieces) if e[0] != pieces[dash + 1]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Social Democratic Party backed it.", [("Social Democratic Party", "ORG")]),
    ("The National Party said no.", [("National Party", "ORG")]),
    ("Former Democratic Party chair Ann Dale said no.",
     [("Democratic Party chair", "TITLE"), ("Ann Dale", "PERSON")]),
])
def test_a_word_opening_many_countries_party_names_is_part_of_the_name(text, expected):
    """"Social Democratic Party" was the lexicon's "Democratic Party" (the US one), "Social" stepped over."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("But the Dover Fans' Association said no.", [("Dover Fans' Association", "ORG")]),
    ("The Harbor Supporters' Association said no.", [("Harbor Supporters' Association", "ORG")]),
    ("The Dover Dockers' Union met.", [("Dover Dockers' Union", "ORG")]),
])
def test_a_plural_possessive_before_a_body_head_stays_in_the_name(text, expected):
    """A plural possessive ("Fans'") before an organisation head ("Association", "Union") is a word of the body's
    name, not its end."""
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert tagged(text, pieces) == expected


def test_a_plural_possessive_before_another_word_ends_the_name():
    text = "The Dover Fans' coach said no."
    pieces = re.findall(r"\w+(?:'s)?|[^\w\s]", text)
    assert all("'" not in name for name, _ in tagged(text, pieces))
