"""Tests of the embedded backend: tokens, paragraphs, sentences and entities."""

from __future__ import annotations

import pytest

from quotetrack.backends.embedded import parse, split_paragraphs, split_sentences, tag_entities, tokenize


def sentences_of(text: str) -> list[str]:
    doc = parse(text)
    return [text[s.start : s.end] for s in doc.sentences]


def entities_of(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in parse(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        '"We urge the U.S. to rectify its wrongdoing," Wang told reporters.',
        "Tom O'Connor doesn't write for AT&T; he's at Newsweek — 3.5 million readers…",
        "“Talking CLEAN while doing DIRTY. How ironic!” ``TeX'' «guillemets» „German“",
        "Chinese Communist Party-affiliated services, the CCP's surveillance state.",
        "  leading spaces\n\nand\ttabs  ",
        "",
    ],
)
def test_token_offsets_match_text(text):
    """Every token's offsets slice exactly its text out of the original string."""
    tokens = tokenize(text)
    for t in tokens:
        assert text[t.start : t.end] == t.text
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert all(not t.text.isspace() for t in tokens)


def test_tokenize_keeps_dotted_abbreviation_and_possessive():
    """``U.S.`` is one token and a possessive ``'s`` is split from its word."""
    words = [t.text for t in tokenize("The U.S. joined the CCP's rivals.")]
    assert "U.S." in words
    assert words[words.index("CCP") + 1] == "'s"


def test_tokenize_keeps_numbers_with_thousands_separators_whole():
    """``$35,000`` is one number, but a comma between numbers of other shapes separates them."""
    words = [t.text for t in tokenize("It paid $35,000 a month, 3,4 times, in 2012, 40 times.")]
    assert "35,000" in words
    assert words[words.index("3") + 1] == ","
    assert words[words.index("2012") + 1] == ","


def test_tokenize_keeps_tex_quotes_and_ellipsis_whole():
    """TeX-style ``````/``''`` marks and ``...`` are single tokens."""
    words = [t.text for t in tokenize("``Wait...'' he said.")]
    assert words[:4] == ["``", "Wait", "...", "''"]


def test_tokenize_subrange_offsets_point_into_whole_text():
    """Tokenizing a slice gives offsets into the whole text, not the slice."""
    text = "First part. Second part."
    tokens = tokenize(text, 12)
    assert tokens[0].text == "Second" and tokens[0].start == 12


def test_split_paragraphs_strips_and_skips_blank_lines():
    """Paragraphs are non-blank lines without surrounding whitespace."""
    text = "One.\n\n  Two.  \n\t\nThree"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three"]


def test_split_paragraphs_of_blank_text_is_empty():
    """Whitespace-only text has no paragraphs."""
    assert split_paragraphs(" \n\n\t ") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. Senate voted on Tuesday. It passed.", ["The U.S. Senate voted on Tuesday.", "It passed."]),
        ("Sen. Jane Smith voted against it. Mr. Lee agreed.", ["Sen. Jane Smith voted against it.", "Mr. Lee agreed."]),
        ("He lives at No. 10 Downing Street. She does not.", ["He lives at No. 10 Downing Street.", "She does not."]),
        ("Dr. Ann Lee spoke. Gov. Phil Bryant listened.", ["Dr. Ann Lee spoke.", "Gov. Phil Bryant listened."]),
        ("He met John F. Kennedy Jr. at noon.", ["He met John F. Kennedy Jr. at noon."]),
        ("Sales rose 3.5 percent. Shares fell.", ["Sales rose 3.5 percent.", "Shares fell."]),
        ('"How ironic!" she wrote. He left.', ['"How ironic!" she wrote.', "He left."]),
        ('He said "We will win." Then he left.', ['He said "We will win."', "Then he left."]),
        ("Is it over? Yes. It is!", ["Is it over?", "Yes.", "It is!"]),
        ("Sen. Jane Smith voted no. Mr. Lee agreed.", ["Sen. Jane Smith voted no.", "Mr. Lee agreed."]),
        ("The war ended in the U.S. He came home.", ["The war ended in the U.S.", "He came home."]),
        (  # a title written in full ends a sentence; only its abbreviation ("Pres.") does not
            'Mr. Lee called him "unfit to be president." When the vote came, he left.',
            ['Mr. Lee called him "unfit to be president."', "When the vote came, he left."],
        ),
        ("She thanked the senator. Gen. Lee did not.", ["She thanked the senator.", "Gen. Lee did not."]),
        (
            "He flew to Washington, D.C. on Friday to meet officials.",
            ["He flew to Washington, D.C. on Friday to meet officials."],
        ),
        (  # an abbreviated title after a hyphen
            "She ran against then-Sen. Tom Brown in 2008. He won.",
            ["She ran against then-Sen. Tom Brown in 2008.", "He won."],
        ),
        ("It was a mix-up. Then he left.", ["It was a mix-up.", "Then he left."]),
    ],
)
def test_sentence_splitting(text, expected):
    """Sentences end at terminal punctuation, not at abbreviations, initials or decimals."""
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The striker missed the game because she had been ill. The club said she would return.",
            ["The striker missed the game because she had been ill.", "The club said she would return."],
        ),
        ("He was too ill. Doctors kept him in.", ["He was too ill.", "Doctors kept him in."]),
        ("The family went to mass. Then they ate.", ["The family went to mass.", "Then they ate."]),
        (
            "Her kit was in the wash. Coach Len Hart was furious.",
            ["Her kit was in the wash.", "Coach Len Hart was furious."],
        ),
        ("It was a near miss. Police closed the road.", ["It was a near miss.", "Police closed the road."]),
        ("Miners dug for iron ore. The mine closed.", ["Miners dug for iron ore.", "The mine closed."]),
        (  # the state written as an abbreviation ends a sentence only before a sentence's first word
            "The rally was held in Springfield, Ill. The mayor spoke.",
            ["The rally was held in Springfield, Ill.", "The mayor spoke."],
        ),
        (
            "A rally in Springfield, Ill., drew 500 people. It was calm.",
            ["A rally in Springfield, Ill., drew 500 people.", "It was calm."],
        ),
        ("Staff in Tacoma, Wash. Gov. Ruth Alder said so.", ["Staff in Tacoma, Wash. Gov. Ruth Alder said so."]),
        ("She grew up in Boston, Mass. Friends said so.", ["She grew up in Boston, Mass. Friends said so."]),
    ],
)
def test_an_abbreviation_that_is_also_a_word_ends_a_sentence_as_the_word(text, expected):
    assert sentences_of(text) == expected


def test_sentences_never_cross_paragraphs():
    """A paragraph without final punctuation still ends its sentence."""
    text = "A headline without a stop\n\nThe story begins here. It goes on"
    doc = parse(text)
    got = [text[s.start : s.end] for s in doc.sentences]
    assert got == ["A headline without a stop", "The story begins here.", "It goes on"]
    for s in doc.sentences:
        assert any(p0 <= s.start and s.end <= p1 for p0, p1 in doc.paragraphs)


def test_sentence_token_ranges_are_consistent():
    """Each sentence's token range starts and ends at its character offsets."""
    text = "Sen. Jane Smith voted no. The U.S. agreed.\n\nMr. Lee left."
    doc = parse(text)
    for s in doc.sentences:
        assert doc.tokens[s.first_token].start == s.start
        assert doc.tokens[s.last_token - 1].end == s.end


def test_split_sentences_on_empty_input():
    """No tokens and no paragraphs give no sentences."""
    assert split_sentences("", [], []) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chinese Foreign Minister Wang Yi said it failed.",
            [("Chinese", "NORP"), ("Foreign Minister", "TITLE"), ("Wang Yi", "PERSON")],
        ),
        (
            "The strategy was announced by Secretary of State Mike Pompeo.",
            [("Secretary of State", "TITLE"), ("Mike Pompeo", "PERSON")],
        ),
        (
            "Chinese Foreign Ministry spokesperson Hua Chunying hit back.",
            [("Chinese", "NORP"), ("Foreign Ministry spokesperson", "TITLE"), ("Hua Chunying", "PERSON")],
        ),
        ("Sen. Jane Smith voted no.", [("Sen.", "TITLE"), ("Jane Smith", "PERSON")]),
        ("It was over, said RoseAnn DeMoro of the union.", [("RoseAnn DeMoro", "PERSON")]),  # inner capitals
        ("However, Jill A. Martin disagreed.", [("Jill A. Martin", "PERSON")]),  # "A." is an initial here
        ("German Chancellor Angela Merkel spoke.", [("German", "NORP"), ("Chancellor", "TITLE"),
                                                    ("Angela Merkel", "PERSON")]),
        ("Rep. J.T. Walker of North Carolina voted no.",
         [("Rep.", "TITLE"), ("J.T. Walker", "PERSON"), ("North Carolina", "GPE")]),
        ("Speaker Paula D. Moss of Ohio spoke.", [("Speaker", "TITLE"), ("Paula D. Moss", "PERSON"), ("Ohio", "GPE")]),
        ("The Bank of America declined.", [("Bank of America", "ORG")]),
        ("Sen. John Avery III spoke.", [("Sen.", "TITLE"), ("John Avery III", "PERSON")]),
        ("Later, Lorne R. Haskett II wrote on Twitter.", [("Lorne R. Haskett II", "PERSON"), ("Twitter", "ORG")]),
    ],
)
def test_entity_tagging_of_titles_people_and_demonyms(text, expected):
    """Demonyms, titles and names are tagged as separate NORP, TITLE and PERSON entities."""
    assert entities_of(text) == expected


def test_entity_tagging_of_organisations():
    """Known organisations and names headed by an organisation word are ORG."""
    tagged = entities_of("Officials at the Xinhua News Agency and the U.S. Senate agreed.")
    assert ("Xinhua News Agency", "ORG") in tagged
    assert ("U.S. Senate", "ORG") in tagged


def test_lone_unknown_capitalised_word_is_name():
    """A single capitalised word nothing types is tagged NAME for the speaker stage."""
    tagged = entities_of("Mike Pompeo spoke first. Later, Pompeo left.")
    assert ("Mike Pompeo", "PERSON") in tagged
    assert ("Pompeo", "NAME") in tagged


def test_sentence_initial_pronoun_is_not_an_entity():
    """Capitalised pronouns and common sentence starters are not tagged."""
    assert entities_of("He said it. They agreed. The end.") == []


def test_entity_offsets_match_text():
    """Every entity's offsets slice exactly its text out of the original string."""
    text = "Chinese Foreign Ministry spokesperson Hua Chunying and Secretary of State Mike Pompeo met."
    doc = parse(text)
    assert doc.entities
    for e in doc.entities:
        assert text[e.start : e.end] == e.text


def test_tag_entities_direct_call_matches_parse(lexicon):
    """tag_entities over tokenize/split output gives the same entities as parse."""
    text = "Fellow spokesperson Wang Wenbin said it was preposterous."
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens, split_paragraphs(text))
    assert tuple(tag_entities(text, tokens, sentences, lexicon)) == parse(text).entities


def test_parse_reports_embedded_backend_without_parse_layer():
    """The embedded document names its backend and has no dependency parse."""
    doc = parse("Hi.")
    assert doc.backend == "embedded"
    assert not doc.has_parse
    assert doc.coref == ()


def test_syntax_gives_every_sentence_a_tree_of_its_own():
    """parse(..., syntax=True) adds the parser's heads, relations and tags; heads never cross a sentence."""
    document = parse('Officials said prices rose. "We don\'t agree," Jane Smith said.', syntax=True)
    assert document.has_parse and not parse("Officials said prices rose.").has_parse
    for sentence in document.sentences:
        roots = [k for k in range(sentence.first_token, sentence.last_token) if document.tokens[k].head is None]
        assert len(roots) == 1
        for k in range(sentence.first_token, sentence.last_token):
            head = document.tokens[k].head
            assert head is None or sentence.first_token <= head < sentence.last_token
    dont = next(t for t in document.tokens if t.text == "don't")
    assert dont.deprel == "aux" and document.tokens[dont.head].text == "agree"


@pytest.mark.parametrize(("text", "word"), [
    ("Ambassador Tomasz Nowa\u0301k said it.", "Nowa\u0301k"),  # an accent decomposed: letter, combining mark
    ("Ambassador Ines Pe\u00c3\u00b1alver said it.", "Pe\u00c3\u00b1alver"),  # UTF-8 read as Latin-1 once
    ("Ambassador Rui Sarmi\u00c3\u0083\u00c2\u00a1n said it.", "Sarmi\u00c3\u0083\u00c2\u00a1n"),  # twice
])
def test_tokenize_keeps_a_word_with_odd_letters_whole(text, word):
    """A combining mark, or Latin-1 signs standing for the bytes of one letter, stay inside the word."""
    assert word in [t.text for t in tokenize(text)]


def test_tokenize_still_cuts_at_a_no_break_space_and_guillemets():
    words = [t.text for t in tokenize("Dupont\u00a0said \u00abnon\u00bb to Sarmi\u00c3\u00b1a.")]
    assert words == ["Dupont", "said", "\u00ab", "non", "\u00bb", "to", "Sarmi\u00c3\u00b1a", "."]


def test_a_name_with_a_misread_letter_is_a_person():
    """'Pe\u00c3\u00b1alver' (UTF-8 read as Latin-1) is shaped like a name once its letter is read again."""
    doc = parse("Officials met on Tuesday. Ines Pe\u00c3\u00b1alver said the talks went well.")
    assert ("Ines Pe\u00c3\u00b1alver", "PERSON") in [(e.text, e.label) for e in doc.entities]


def test_a_demonym_that_is_the_family_name_of_a_person_named_in_full_is_that_name():
    """'Cuban said' after 'Mark Cuban' names him; 'Cuban exiles' stays a demonym."""
    doc = parse("Investor Mark Cuban spoke on Friday. Cuban said the plan would fail. Cuban exiles cheered.")
    labels = [(e.text, e.label) for e in doc.entities if e.text == "Cuban"]
    assert labels == [("Cuban", "NAME"), ("Cuban", "NORP")]
