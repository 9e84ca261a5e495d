"""The embedded tagger and dependency parser: sensible parses of news sentences, and always a valid tree."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetrack.backends.embedded.parser import Parse, Parser, default_parser
from quotetrack.backends.embedded import tokenize

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEWS_WORDS = [
    "The", "minister", "said", "told", "reporters", "that", "taxes", "would", "rise", "on", "Tuesday", "“", "”",
    '"', "'", "‘", "’", "'s", "n't", "don't", "it", "we", "will", "win", ",", ".", ":", "—", "(", ")", "U.S.",
    "3.5", "35,000", "Mr.", "Smith", "according", "to", "officials", "🙂", "\x00", "", " ", "ﬁ", "İ", "ß",
]  # fmt: skip


@pytest.fixture(scope="module")
def parser() -> Parser:
    return default_parser()


def words(text: str) -> list[str]:
    """Split ``text`` as the embedded backend does."""
    return [token.text for token in tokenize(text)]


def assert_tree(parse: Parse, n: int) -> None:
    """Every word has one head in range, exactly one word is the root, and there are no cycles."""
    assert len(parse.tags) == len(parse.heads) == len(parse.relations) == n
    assert [h for h in parse.heads if h == -1] == ([-1] if n else [])
    for i, head in enumerate(parse.heads):
        assert -1 <= head < n and head != i
        assert (parse.relations[i] == "root") == (head == -1)
        seen = {i}
        while head != -1:
            assert head not in seen, f"cycle through word {head}"
            seen.add(head)
            head = parse.heads[head]


def test_subject_and_reported_clause(parser):
    sentence = words("The minister said on Tuesday that taxes would rise.")
    parse = parser.parse(sentence)
    said, minister, rise = sentence.index("said"), sentence.index("minister"), sentence.index("rise")
    assert parse.heads[said] == -1
    assert (parse.heads[minister], parse.relations[minister]) == (said, "nsubj")
    assert (parse.heads[rise], parse.relations[rise]) == (said, "ccomp")
    assert parse.tags[:3] == ("DET", "NOUN", "VERB")


def test_quotation_before_its_speaker(parser):
    sentence = words("“We will win,” Smith said.")
    parse = parser.parse(sentence)
    said, win, smith = sentence.index("said"), sentence.index("win"), sentence.index("Smith")
    assert parse.heads[said] == -1
    assert parse.heads[win] == said and parse.relations[win] in {"ccomp", "parataxis"}
    assert (parse.heads[smith], parse.relations[smith]) == (said, "nsubj")
    assert parse.tags[smith] == "PROPN"


def test_straight_quotes_and_contractions(parser):
    sentence = words('"We don\'t accept the deal," the spokeswoman told reporters on Wednesday.')
    parse = parser.parse(sentence)
    told, accept = sentence.index("told"), sentence.index("accept")
    assert parse.heads[told] == -1
    assert parse.heads[accept] == told
    assert parse.relations[sentence.index("spokeswoman")] == "nsubj"
    assert parse.relations[sentence.index("reporters")] in {"obj", "iobj"}
    assert parse.relations[sentence.index("Wednesday")] in {"obl", "obl:tmod", "obl:unmarked"}


def test_possessive_and_prepositional_phrase(parser):
    sentence = words("Trump's adviser arrived in Beijing on Monday.")
    parse = parser.parse(sentence)
    arrived, trump, adviser = sentence.index("arrived"), sentence.index("Trump"), sentence.index("adviser")
    assert parse.heads[arrived] == -1
    assert (parse.heads[trump], parse.relations[trump]) == (adviser, "nmod:poss")
    assert (parse.heads[adviser], parse.relations[adviser]) == (arrived, "nsubj")
    assert parse.tags[sentence.index("'s")] == "PART"
    assert (parse.heads[sentence.index("Beijing")], parse.relations[sentence.index("Beijing")]) == (arrived, "obl")


def test_parse_many_matches_parse(parser):
    sentences = [
        words("Prices rose sharply in March, the bureau said."),
        [],
        ["Yes"],
        words("According to officials, the talks failed."),
    ]
    assert parser.parse_many(sentences) == [parser.parse(s) for s in sentences]


def test_edge_cases(parser):
    assert parser.parse([]) == Parse(tags=(), heads=(), relations=())
    assert parser.parse(["Hello"]).heads == (-1,)
    long = (words("The committee, which met on Monday, said it would vote on the bill next week.") * 40)[:500]
    assert_tree(parser.parse(long), 500)


def test_load_reads_the_packaged_model(parser):
    assert Parser.load() is parser
    assert "nsubj" in parser.labels and "PROPN NNP" in parser.tag_classes


@SETTINGS
@given(st.lists(st.text(max_size=8), max_size=30))
def test_any_words_give_a_tree(parser, sentence):
    assert_tree(parser.parse(sentence), len(sentence))


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(NEWS_WORDS), max_size=40), max_size=5))
def test_any_news_words_give_trees(parser, sentences):
    for sentence, parse in zip(sentences, parser.parse_many(sentences)):
        assert_tree(parse, len(sentence))
