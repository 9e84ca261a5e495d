"""The speed-ups keep every answer: each fast path is checked against the plain way of computing the same thing."""

from __future__ import annotations

import pickle
import re
import zlib

from hypothesis import given
from hypothesis import strategies as st
from strategies import news_text, texts

from quotetrack.attribution.cues import find_cues
from quotetrack.attribution.quotations import find_quotations
from quotetrack.backends.embedded import parse, tokenize
from quotetrack.backends.lexical import _headline_tokens
from quotetrack.corpus.claims import _PERMUTATIONS, _PRIME, shingles, signature
from quotetrack.document import Sentence, Token
from quotetrack.lexicon import load_lexicon, phrase_alternation

LEXICON = load_lexicon()
phrases = st.lists(st.text(alphabet="ab c-'", min_size=1, max_size=6), min_size=1, max_size=12)


def _plain(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@given(phrases, st.text(alphabet="abAB c-'.x", max_size=60), st.booleans())
def test_trie_matches_what_the_plain_alternation_matches(words: list[str], text: str, ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    for template in (r"\b(?:{})\b", r"(?<![\w-])(?:{})(?![\w-])", "{}"):
        fast = re.compile(template.format(phrase_alternation(words)), flags)
        plain = re.compile(template.format(_plain(words)), flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trie_of_an_empty_or_overlong_phrase_is_the_plain_alternation() -> None:
    assert re.fullmatch(phrase_alternation(["", "ab"]), "") is not None
    long = "x" * 500
    assert re.fullmatch(phrase_alternation([long, "y"]), long) is not None


@given(texts)
def test_tokens_built_by_slots_are_ordinary_tokens(text: str) -> None:
    for token in tokenize(text):
        plain = Token(start=token.start, end=token.end, text=text[token.start : token.end])
        assert token == plain and hash(token) == hash(plain) and pickle.loads(pickle.dumps(token)) == plain


def test_tokens_share_one_string_per_word() -> None:
    tokens = tokenize('"Yes," she said. "Yes," he said.')
    said = [t.text for t in tokens if t.text == "said"]
    assert len(said) == 2 and said[0] is said[1]


def _headlines_one_by_one(text: str, tokens: list[Token]) -> set[int]:
    """The headline tokens as the lines were first found: a line break between two tokens ends a line."""
    found: set[int] = set()
    line: list[int] = []

    def keep(line: list[int]) -> None:
        words = [tokens[k].text for k in line if tokens[k].text[:1].isalpha() and len(tokens[k].text) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            found.update(line)

    for k, tok in enumerate(tokens):
        if line and "\n" in text[tokens[k - 1].end : tok.start]:
            keep(line)
            line = []
        line.append(k)
    keep(line)
    return found


@given(st.lists(st.sampled_from(["Senators Reject Budget Plan", "the plan failed", "\n", "\n\n", " ", "Jane Smith said",
                                 '"We Will Fight On"']), max_size=12).map("".join))
def test_headline_lines_found_by_line_breaks(text: str) -> None:
    tokens = tokenize(text)
    assert _headline_tokens(text, tokens) == _headlines_one_by_one(text, tokens)


@given(news_text)
def test_cues_the_same_with_the_index_words_given(text: str) -> None:
    document = parse(text, lexicon=LEXICON)
    inside = [False] * len(document.tokens)
    words = [t.text.lower() for t in document.tokens]
    assert find_cues(document, inside, LEXICON, words) == find_cues(document, inside, LEXICON)


@given(news_text)
def test_quotations_of_a_text_and_of_its_copy_agree(text: str) -> None:
    # The pairing caches answers by the characters around a mark: reading twice, or in another order, agrees.
    paragraphs = parse(text, lexicon=LEXICON).paragraphs
    first = find_quotations(text, paragraphs)
    find_quotations(text[::-1], [(len(text) - e, len(text) - s) for s, e in reversed(paragraphs)])
    assert find_quotations(text, paragraphs) == first


def test_signature_cached_is_the_signature_computed() -> None:
    shingle_set = shingles("we will not back down from this fight, she said on Monday")
    values = [zlib.crc32(s.encode("utf-8")) for s in shingle_set]
    direct = tuple(min((a * x + b) % _PRIME for x in values) for a, b in _PERMUTATIONS)
    assert signature(shingle_set) == direct == signature(set(shingle_set)) == signature(list(shingle_set))
    assert signature(frozenset()) == ()


@given(st.one_of(texts, st.text(alphabet="\"'`’‘“”«».,:;!? aA1-_\n", max_size=80)))
def test_the_tokenizers_shortcut_for_marks_changes_no_token(text: str) -> None:
    from quotetrack.backends.embedded.tokens import _TOKEN

    shortcut, rest = _TOKEN.pattern.split("\n    | ", 1)
    assert "[^\\w\\s`'’.]" in shortcut
    without = re.compile(rest, re.VERBOSE)
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in without.finditer(text)]


@given(st.lists(st.sampled_from(["Ministry", "of", "Foreign", "Affairs", "the", "United", "States", "New", "York",
                                 "Department", "State", "Homeland", "Security", "Times", "Post", "Washington"]),
                min_size=1, max_size=8).map(" ".join))
def test_longest_organisation_and_place_as_every_length_tried(text: str) -> None:
    from quotetrack.backends.lexical import _entry_stems, _longest_entry

    tokens = tokenize(text)
    organisation_stems, place_stems = _entry_stems(LEXICON)
    for i in range(len(tokens)):
        for j in range(i + 1, len(tokens) + 1):
            def joined(k: int) -> str:
                return " ".join(t.text for t in tokens[i:k])

            org = next((k for k in range(j, i, -1) if joined(k).lower() in LEXICON.organisations), None)
            place = next((k for k in range(j, i, -1) if joined(k) in LEXICON.places), None)
            assert _longest_entry(tokens, i, j, LEXICON.organisations, organisation_stems, lower=True) == org
            assert _longest_entry(tokens, i, j, LEXICON.places, place_stems, lower=False) == place


@given(st.one_of(texts, st.text(alphabet="ab-'’s _1,.&", max_size=60)))
def test_the_word_before_a_possessive_taken_whole_changes_no_token(text: str) -> None:
    from quotetrack.backends.embedded.tokens import _TOKEN

    # The words as first written: the word before a possessive, then numbers, then any word, each read on its own.
    plain = re.compile(r"""[^\w\s`'’.]|(?:[A-Za-z]\.){2,}(?![A-Za-z])|``|''|\w+(?:-\w+)*(?=['’]s\b)|['’]s\b
                           |\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\w+(?:[-'’.&]\w+)*|\.{3}|\S""", re.VERBOSE)
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _sentences_token_by_token(text: str, tokens: list[Token], paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    """The sentences as first found: every token of a paragraph visited in turn."""
    from quotetrack.backends.embedded.tokens import _TERMINAL, _ends_sentence

    sentences = []
    ti, n = 0, len(tokens)
    for p_start, p_end in paragraphs:
        while ti < n and tokens[ti].start < p_start:
            ti += 1
        first = ti
        while ti < n and tokens[ti].end <= p_end:
            word = tokens[ti].text
            if word not in _TERMINAL and not (len(word) > 1 and word[-1] == "." and word[0].isalpha()):
                ti += 1
                continue
            last = _ends_sentence(tokens, ti, text, LEXICON)
            if last is not None and tokens[last].end <= p_end:
                sentences.append(Sentence(start=tokens[first].start, end=tokens[last].end, first_token=first,
                                          last_token=last + 1))
                ti = first = last + 1
            else:
                ti += 1
        if first < ti:
            sentences.append(Sentence(start=tokens[first].start, end=tokens[ti - 1].end, first_token=first,
                                      last_token=ti))
    return sentences


@given(st.one_of(texts, st.lists(st.sampled_from(["U.S.", "Mr.", " ", ".", "\n\n", "\n", "A", "said", "!", "?",
                                                  '"', "...", "No.", "10", "(", ")"]), max_size=30).map("".join)))
def test_sentence_ends_looked_for_only_where_one_can_be(text: str) -> None:
    from quotetrack.backends.embedded.tokens import split_sentences
    from quotetrack.backends.layout import split_paragraphs

    tokens = tokenize(text)
    paragraphs = split_paragraphs(text)
    assert split_sentences(text, tokens, paragraphs, LEXICON) == _sentences_token_by_token(text, tokens, paragraphs)


@given(texts)
def test_document_words_are_the_tokens_lowered(text: str) -> None:
    from quotetrack.backends import embedded
    from quotetrack.document import Document

    document = embedded.parse(text, lexicon=LEXICON)  # the backend's lower case, shared with its entity tagging
    lowered = [t.text.lower() for t in document.tokens]
    assert list(document.words) == lowered
    plain = Document(text=text, tokens=document.tokens, sentences=document.sentences, paragraphs=document.paragraphs,
                     entities=document.entities)
    assert list(plain.words) == lowered and plain == document  # found by the document itself; not compared
    assert embedded.tag_entities(text, list(document.tokens), list(document.sentences), LEXICON) \
        == list(document.entities)  # the entities found with the shared lower case are those found without



@given(st.text(alphabet="ab_1é -.'", max_size=30), st.text(alphabet="ab_1é -.'", min_size=1, max_size=4))
def test_a_name_found_as_a_whole_word_as_the_pattern_finds_it(text: str, name: str) -> None:
    from quotetrack.responses.parties import _holds_word

    assert _holds_word(text, name) == (re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None)


@given(st.integers(-2, 6), st.integers(-2, 6))
def test_statements_built_by_slots_are_ordinary_statements(start: int, end: int) -> None:
    import pytest

    from quotetrack.model import Cue, Mention, Speaker, Statement, new_cue, new_mention, new_statement

    def plain_and_fast(plain, fast):  # type: ignore[no-untyped-def]
        try:
            expected = plain()
        except ValueError as exc:
            with pytest.raises(ValueError, match=re.escape(str(exc))):
                fast()
            return
        got = fast()
        assert got == expected and hash(got) == hash(expected) and pickle.loads(pickle.dumps(got)) == expected

    speaker = Speaker(name="Jane Smith", kind="person")
    plain_and_fast(lambda: Mention(start=start, end=end, text="Jane"), lambda: new_mention(start, end, "Jane"))
    plain_and_fast(lambda: Cue(start=start, end=end, text="told", lemma="tell"),
                   lambda: new_cue(start, end, "told", "tell"))
    cue = Cue(start=0, end=4, text="told", lemma="tell")
    plain_and_fast(lambda: Statement(start=start, end=end, text="We will", kind="mixed", cue=cue, speaker=speaker,
                                     speaker_mention=None, quoted=((1, 2),), medium="statement", addressee=None,
                                     co_speakers=(speaker,)),
                   lambda: new_statement(start, end, "We will", "mixed", cue, speaker, None, ((1, 2),), "statement",
                                         None, (speaker,)))


class _EveryWord:
    """A set holding every word: a look-up that lets every phrase through to the full test."""

    def __contains__(self, word: object) -> bool:
        return True


class _NeverWhole:
    """``affiliations._WORD`` whose ``fullmatch`` never matches: the role finder's shortcut never taken."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def fullmatch(self, text: str) -> None:
        return None

    def finditer(self, *args: object):  # type: ignore[no-untyped-def]
        return self.pattern.finditer(*args)


class _AnyChar:
    """``affiliations._WORD_CHAR`` whose ``fullmatch`` always matches: the role finder's other shortcut never taken."""

    def fullmatch(self, text: str) -> bool:
        return True


@given(st.lists(st.sampled_from(["Foreign", "Secretary", "deputy", "chief", "executive", "Sir", "Mr.", "the", "of",
                                 "spokesman", "Jane", "Doe", ",", "'s", " ", "  ", "\n", "Acme", "economist",
                                 '"', "said.", "now,\"", "(", "Ms"]),
                max_size=10).map(" ".join))
def test_titles_and_roles_before_a_name_as_without_the_shortcuts(text: str) -> None:
    from unittest import mock

    from quotetrack.attribution import affiliations

    ends = range(len(text) + 1)
    fast = [(affiliations._title_before(text, e, LEXICON), affiliations.role_before(text, e, LEXICON)) for e in ends]
    with mock.patch.object(affiliations, "_title_ends", lambda lexicon: _EveryWord()), \
            mock.patch.object(affiliations, "_WORD", _NeverWhole(affiliations._WORD)), \
            mock.patch.object(affiliations, "_WORD_CHAR", _AnyChar()):
        plain = [(affiliations._title_before(text, e, LEXICON), affiliations.role_before(text, e, LEXICON))
                 for e in ends]
    assert fast == plain


@given(st.one_of(texts, st.lists(st.sampled_from(["The plan", " was ", "criticised", "attacked", " by ", " BY ",
                                                  "By", " from ", "came under fire", ", ", ".", ";", '"', "“", " ",
                                                  "\n", "opposition leaders", "has been", "baby",
                                                  " in the strongest terms yet ", " has been heavily "]),
                                 max_size=14).map("".join)))
def test_passive_cues_found_between_stops_as_in_the_whole_text(text: str) -> None:
    from quotetrack.responses.passive import _STOPS, _matches, _pattern
    from quotetrack.responses.words import response_words

    words = response_words(LEXICON)
    pattern = _pattern(words)
    assert not any(c in cue for cue in words.roles for c in _STOPS)  # a cue holding a stop would cross one
    assert [m.span() for m in _matches(pattern, text)] == [m.span() for m in pattern.finditer(text)]


_MARKS = st.text(alphabet="`'\"“”„«»‟‘’ ab\n", max_size=40)


@given(_MARKS, st.integers(0, 40), st.integers(0, 40))
def test_double_marks_found_by_their_class_as_by_the_plain_alternation(text: str, pos: int, endpos: int) -> None:
    from quotetrack.attribution.quotations import _DOUBLE

    plain = re.compile(r"``|''|[\"“”„«»‟]")
    assert [m.span() for m in _DOUBLE.finditer(text, pos, endpos)] == \
        [m.span() for m in plain.finditer(text, pos, endpos)]


@given(st.text(alphabet="by fromBYFROM\t\n.İı", max_size=40))
def test_passive_keys_after_a_space_as_looked_behind_for(text: str) -> None:
    from quotetrack.responses.passive import _KEYS

    plain = re.compile(r"(?<=\s)(?:by|from)(?=\s)", re.IGNORECASE)
    assert [m.span(1) for m in _KEYS.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet="his her my their our is was am are were be been entirely İıſ HIS x\n", max_size=60))
def test_own_innocence_words_found_with_their_first_letters_first(text: str) -> None:
    from quotetrack.responses.trial import _OWN

    plain = re.compile(r"\b(?:his|her|my|their|our|is|was|am|are|were|be|been)\s+(?:entirely\s+|completely\s+)?"
                       r"([a-z]+)\b", re.IGNORECASE)
    assert [m.span(1) for m in _OWN.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
