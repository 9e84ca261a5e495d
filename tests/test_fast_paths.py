"""The fast paths of the reading give what the plain searches they replace give (speed pass of issue 15).

Each fast path (a boundary index, a cached lookup, a search restricted to where a match can be) is checked here
against the straightforward search it stands for, on text written for the test, at every offset or word.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from quotetrack.backends.embedded.tokens import _HAS_ODD, _TOKEN, _TOKEN_ODD, tokenize
from quotetrack.document import Token
from quotetrack.backends.lexical import _title_at, _title_starts
from quotetrack.lexicon import load_lexicon
from quotetrack.responses import namesakes
from quotetrack.model import Speaker, Statement
from quotetrack.responses.context import WORD, _rare_words, lowered_words, terms_written
from quotetrack.responses.parties import Candidate, Names, canonical_name
from quotetrack.responses.placement import _SENTENCE_END, _WINDOW, before_aside_end, sentence_start
from quotetrack.responses.references import _noun_forms
from quotetrack.responses.words import response_words, singular

TEXT = (
    "Senator Ruth Ellis said on Monday that the plan was \"a disgrace.\" Her brother, Tom Ellis, disagreed! "
    "Ruth J. Ellis (D-Md.) later told reporters: 'We will fight it.' Was Thomas Ellis there? Nobody knew.\n\n"
    "Gov. Ann Cole, a Republican, said the allegations were false. Lt. Gov. Sam Ortiz said the reports of job "
    "cuts were speculation.  \"They are wrong,\" said Ortiz. The U.S. Attorney's office declined to comment.\n"
    "Barack Hussein Ellis, a cousin, said ... \"no comment.\" Ellis Ellis spoke last."
)


def _sentence_start_by_search(text: str, offset: int) -> int:
    """The search :func:`sentence_start` replaced: every boundary in the window before the offset."""
    floor = max(0, offset - _WINDOW)
    start = max(text.rfind("\n", floor, offset) + 1, floor)
    for boundary in _SENTENCE_END.finditer(text, start, min(len(text), offset + 1)):
        if boundary.end() <= offset:
            start = boundary.end()
    return start


def test_sentence_start_agrees_with_a_window_search_at_every_offset():
    for text in (TEXT, TEXT.replace("\n", " "), "x. Y", ". A", "", 'He left."  "And? Then. B'):
        for offset in range(len(text) + 2):
            assert sentence_start(text, offset) == _sentence_start_by_search(text, offset), (text, offset)


def _full_names_by_search(text: str, name: str, lexicon) -> dict[str, list[int]]:
    """The search :func:`~quotetrack.responses.namesakes.full_names` replaced: one pattern tried at every letter."""
    words = name.split()
    own = {namesakes._plain(w).lower() for w in words[:-1]}
    familiar = own.union(*(lexicon.nicknames.get(w, frozenset()) for w in own))
    found: dict[str, list[int]] = {}
    pattern = rf"(?<![\w.-])(?=([A-Z]\w+)((?:\s[A-Z]\.|\s[A-Z][a-z]+)?)\s{re.escape(words[-1])}\b)"
    for match in re.finditer(pattern, text):
        earlier = re.search(r"(\w+)\s+$", text[max(0, match.start() - 20):match.start()])
        if earlier is not None and earlier.group(1) in lexicon.given_names:
            continue
        if match.group(1) in lexicon.given_names and namesakes._plain(match.group(1)).lower() not in familiar:
            found.setdefault(f"{match.group(1)}{match.group(2)} {words[-1]}", []).append(match.start())
    return found


def test_full_names_agree_with_the_pattern_tried_at_every_letter():
    lexicon = load_lexicon()
    texts = (TEXT, "Ann  Ellis met Ann B.Ellis and Ann Bo Ellis. Ann Ellisx, Ann_1 Ellis, x.Ann Ellis, -Ann Ellis")
    for text in texts:
        for name in ("Tom Ellis", "Ruth Ellis", "Thomas Ellis", "Sam Ortiz", "Jane Cole"):
            assert namesakes.full_names(text, name, lexicon) == _full_names_by_search(text, name, lexicon), name
    assert namesakes.full_names(TEXT, "Tom Ellis", lexicon)  # the text names namesakes: the check is not empty


def test_own_namings_agree_with_a_whole_word_search():
    from quotetrack.model import Speaker
    from quotetrack.responses.parties import Candidate

    for name in ("Ruth Ellis", "Tom Ellis", "Sam Ortiz", "Ann Ann"):
        candidate = Candidate(speaker=Speaker(name=name, kind="person"), names=(name,), first=0, side=None)
        for text in (TEXT, "Ann AnnAnn Ann Ann Ann Ann xAnn Ann Ann Ann_ Ann Ann-"):
            expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
            assert namesakes._own_namings(text, candidate) == expected, (name, text)


def _title_at_every_length(tokens, i: int, lexicon) -> int:
    """The search :func:`~quotetrack.backends.lexical._title_at` replaced: every length from five down."""
    if tokens[i].text.lower() not in _title_starts(lexicon):
        return 0
    words = [t.text.lower() for t in tokens[i : i + 5]]

    def spelt(n: int) -> str:  # the title n tokens spell, a final period a token of its own ("Sen" ".")
        return " ".join(words[: n - 2] + [words[n - 2] + "."] if n > 1 and words[n - 1] == "." else words[:n])

    lengths = [n for n in range(len(words), 0, -1) if spelt(n) in lexicon.titles]
    dotted = i + 1 < len(tokens) and tokens[i + 1].text == "." and words[0] + "." in lexicon.titles
    return lengths[0] if lengths else 2 if dotted else 0


def test_title_at_agrees_with_trying_every_length():
    lexicon = load_lexicon()
    written = [t for t in sorted(lexicon.titles) if len(t.split()) <= 5][::7]
    text = TEXT + " " + " ".join(f"{t.title()} Ann Cole, {t} Bo Hill and {t.upper()} ." for t in written)
    tokens = tokenize(text)
    found = [_title_at(tokens, i, lexicon) for i in range(len(tokens))]
    assert sum(map(bool, found)) > len(written)  # titles are found: the comparison is not of nothing
    assert found == [_title_at_every_length(tokens, i, lexicon) for i in range(len(tokens))]


def test_statement_noun_forms_are_the_words_singular_makes_a_noun():
    words = response_words(load_lexicon())
    written = set(re.findall(r"[A-Za-z][\w'’-]*", TEXT)) | {n + s for n in words.nouns for s in ("", "s", "es", "ss")}
    assert _noun_forms(words).intersection(written) == {w for w in written
                                                        if w.islower() and singular(w) in words.nouns}


def test_before_aside_end_without_a_bracket_is_the_words():
    assert before_aside_end("Hart called it a disgrace") == "Hart called it a disgrace"
    assert before_aside_end('Hart called it "a disgrace"), and Hale said') == 'Hart called it "a disgrace"'


def test_names_found_again_in_a_text_are_the_names_found_first():
    ellis = Candidate(speaker=Speaker(name="Ruth Ellis", kind="person"), names=("Ruth Ellis", "Ellis"), first=0,
                      side=None)
    cole = Candidate(speaker=Speaker(name="Ann Cole", kind="person"), names=("Ann Cole", "Cole"), first=0, side=None)
    texts = [TEXT, TEXT[40:], "Ellis-Cole", "Ellis", ""]
    fresh = [list(Names.of([ellis, cole]).finditer(t)) for t in texts]
    names = Names.of([ellis, cole])
    assert sum(map(len, fresh)) > 5  # names are found: the comparison is not of nothing
    for _ in range(2):  # the second pass is answered from what the first found
        assert [list(names.finditer(t)) for t in texts] == fresh
    assert next(names.finditer(TEXT))[0] is ellis  # a search stopped early leaves the rest of the text found
    assert list(names.finditer(TEXT)) == fresh[0]


def test_terms_written_are_what_an_alternation_of_the_terms_finds():
    terms = ["death tax", "the death tax", "tax", "tax cut", "cuts for", "ellis", "ll"]
    for said in (TEXT, TEXT.upper(), "The Death Tax cut, the death taxes: tax cuts for all", "", "taxtax"):
        for chosen in (terms, terms[:3], terms[::-1], ["tax"]):
            pattern = re.compile("|".join(map(re.escape, sorted(chosen, key=len, reverse=True))))
            assert terms_written(said, chosen) == [m.group() for m in pattern.finditer(said.lower())]
    assert terms_written("The Death Tax cut", terms) == ["the death tax"]  # not nothing


def test_words_lowered_at_once_are_the_words_lowered_one_by_one():
    for text in (TEXT, "Workers' pay, the \u212aELVIN scale, \u0130STANBUL's mayor and O’Neill’ and ÉTIENNE-Dupré"):
        assert lowered_words(text) == [w.lower() for w in WORD.findall(text)]
    assert lowered_words("\u212aelvin") == ["elvin"] != WORD.findall("\u212aelvin".lower())  # no letter till lowered


def _rare_words_plainly(text, statements, stop_words):
    """The computation ``_rare_words`` replaced: each distinct word lowered and stripped by itself."""
    said, found = [WORD.findall(s.text) for s in statements], WORD.findall(text)
    normal = {w: w.lower().strip("'’") for w in set(found).union(*said)}
    common = stop_words.union(w for w, n in Counter(map(normal.__getitem__, found)).items() if n > 3)
    return [set(map(normal.__getitem__, words)) - common for words in said]


def test_rare_words_are_the_words_counted_plainly():
    text = TEXT + " The workers' union said workers' pay, workers' hours and workers were cut. Workers’ rights."
    cuts = [(0, 60), (60, 200), (len(TEXT), len(text)), (len(text) - 30, len(text))]
    statements = [Statement(start=a, end=b, text=text[a:b], kind="direct") for a, b in cuts]
    stop_words = load_lexicon().function_words.stop_words
    found = _rare_words(text, statements, stop_words)
    assert any(found) and "workers" not in set().union(*found)  # four uses: common
    assert found == _rare_words_plainly(text, statements, stop_words)


def test_tokens_built_slot_by_slot_are_the_tokens_constructed():
    odd = "Sarukha\u0301n said\u00a0\u201cno\u201d \u2014 the U.S.\u2019s 1,200.50 don't-care AT&T ... ``yes''\n\n"
    for text in (TEXT, odd, odd + TEXT, "", "   ", "a"):
        pattern = _TOKEN_ODD if _HAS_ODD.search(text) else _TOKEN
        for a, b in ((0, len(text)), (5, len(text) - 3)):
            plain = [Token(start=m.start(), end=m.end(), text=m.group()) for m in pattern.finditer(text, a, b)]
            assert tokenize(text, a, b) == plain  # every slot compared: one left unset would raise
    assert len(tokenize(odd)) > 10


def test_an_alias_searched_from_where_it_is_first_written_is_found_as_the_whole_search_finds_it():
    lexicon = load_lexicon()
    state = Speaker(name="U.S. Department of State", aliases=("State Department", "the State Dept"),
                    kind="organisation")
    texts = ["The State Department Of Ohio met. Then the State Department said no.",  # the first is another body
             "The State Department Of Ohio met.", "Statehood. State Departments", "", "the State Dept, he said"]
    found = [canonical_name(state, lexicon, t) for t in texts]
    plain = [max((a for a in state.aliases if re.search(rf"(?<!\w){re.escape(a)}(?!\w|\s+(?:of\s+)?[A-Z])", t)),
                 key=len, default=state.name) for t in texts]
    assert found == plain == ["State Department", state.name, state.name, state.name, "the State Dept"]


def test_tokens_from_the_running_sum_of_spaced_words_are_the_tokens_the_pattern_finds():
    spaced = "  He said:\u00a0\u201cno\u201d\u2028\u3000the U.S.\u2019s 1,200.50 don't-care AT&T ... ``yes''  \n\n\t"
    for text in (spaced, spaced.strip(), " " * 50, "\n\n" + TEXT + "\n\n", "x" + " " * 30 + "y"):
        assert not _HAS_ODD.search(text)  # the path without odd signs
        for a, b in ((0, len(text)), (2, len(text) - 3), (1, 1)):
            plain = [Token(start=m.start(), end=m.end(), text=m.group()) for m in _TOKEN.finditer(text, a, b)]
            assert tokenize(text, a, b) == plain
    assert [t.start for t in tokenize(spaced)][:3] == [2, 5, 9]


def test_names_found_are_what_a_longest_first_alternation_of_the_names_finds():
    people = [Candidate(speaker=Speaker(name=n, kind="person"), names=(n, n.split()[-1]), first=0, side=None)
              for n in ("Ruth Ellis", "Ann Cole", "Sam Ortiz", "Tom Ellis", "Ruth J. Ellis", "Nobody Here")]
    names = Names.of(people)
    alternation = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(n) for n in sorted(names.owner, key=len, reverse=True)) + r")(?![\w-])")
    texts = [TEXT, TEXT[40:], "Ellis-Cole", "Ellis", "", "Ortiz Ortiz, Cole and Ellis; Tom Ellis", TEXT.upper()]
    for text in texts:
        plain = [(names.owner[m.group()], m.start(), m.end()) for m in alternation.finditer(text)]
        assert list(Names.of(people).finditer(text)) == plain, text
    assert len(list(names.finditer(TEXT))) > 5  # names are found: the comparison is not of nothing



def test_many_names_looked_up_by_their_first_word_are_what_each_name_searched_for_finds():
    # Over _MANY_NAMES names (a text naming thousands of people) each run of word characters is looked up among the
    # names; a name not starting with a word character ("'t Hooft", ".Org") is still searched for.
    import quotetrack.responses.parties as parties

    surnames = [f"{a}{b}" for a in ("Bal", "Cor", "Dun", "Fen", "Gar", "Hol") for b in ("ton", "by", "ley", "wick")]
    full = [f"{g} {s}" for g, s in zip(["Ann", "Tom", "Ruth", "Sam"] * 6, surnames)]
    odd = ["'t Hooft", "-Baltonby", "Ellis-Cole", "U.S. Attorney", "Cor"]
    people = [Candidate(speaker=Speaker(name=n, kind="person"), names=(n, n.split()[-1]), first=0, side=None)
              for n in full + odd]
    many = Names.of(people)
    assert len(many.owner) > parties._MANY_NAMES and many.by_run
    text = " ".join(f"{n}, {n.split()[-1]}-x {n.split()[-1]}s _{n} ({n})" for n in full + odd) + " " + TEXT
    texts = [text, text[7:], text.upper(), "'t Hooft and 't Hooftx", "Cor Corton Corby-Cor", "", "Balton"]
    for t in texts:
        found = list(many.finditer(t))
        plain = [(c, a, b) for c, a, b in Names(owner=many.owner, spans={}, by_run={}).finditer(t)]
        assert found == plain, t
    assert len(list(many.finditer(text))) > 60

def test_document_arrays_are_the_plain_comprehensions():
    from quotetrack.backends import embedded
    from quotetrack.document import Document, ends_of, starts_of, texts_of

    document = embedded.parse(TEXT)
    assert document.sentence_starts == tuple(s.start for s in document.sentences) and len(document.sentences) > 5
    assert texts_of(document.tokens) == [t.text for t in document.tokens]
    assert starts_of(document.entities) == [e.start for e in document.entities]
    assert ends_of(document.tokens) == [t.end for t in document.tokens]
    parsed = (Token(start=0, end=2, text="He"), Token(start=3, end=7, text="said", head=None, deprel="root"))
    for tokens in (document.tokens, parsed, parsed[:1], ()):
        made = Document(text="He said", tokens=tokens, sentences=(), paragraphs=())
        assert made.has_parse == any(t.deprel is not None for t in tokens)
    for offset in range(len(TEXT)):  # the sentence of an offset, as a search with a key function finds it
        k = bisect.bisect_right(document.sentences, offset, key=lambda s: s.start) - 1
        plain = document.sentences[k].start if k >= 0 and offset < document.sentences[k].end else None
        found = sentence_start(TEXT, offset, document)
        assert plain is None or found == plain


def test_word_list_unions_made_once_a_document_are_the_unions_made_at_each_test():
    from quotetrack.attribution.index import TextIndex
    from quotetrack.attribution.people import find_people
    from quotetrack.attribution.quotations import find_quotations
    from quotetrack.backends import embedded

    lexicon = load_lexicon()
    document = embedded.parse(TEXT)
    index = TextIndex(document, find_quotations(document.text, document.paragraphs), lexicon,
                      find_people(document, lexicon))
    fw = lexicon.function_words
    assert index.verbs_but_to == fw.auxiliaries - {"to"} | fw.finite_verbs and "to" in fw.auxiliaries
    assert index.finite_but_to == (fw.finite_verbs | fw.auxiliaries) - {"to"}
    assert index.time_words == fw.weekdays | fw.time_adverbs
    assert index.non_plural_determiners == fw.determiners - fw.plural_determiners
    assert index.subordinators == fw.clause_openers | fw.clause_breaks


def test_the_reading_makes_no_reference_cycles():
    import gc

    import quotetrack
    from adversarial_texts import GENERATORS

    texts = [TEXT, *(make(3000) for make in GENERATORS.values())]
    running = gc.isenabled()
    try:
        for text in texts:
            for window in (None, 1000):  # whole, and window by window
                quotetrack.read(text, backend="embedded", window=window)  # (patterns compiled, caches filled)
                gc.collect()
                gc.disable()
                quotetrack.read(text, backend="embedded", window=window)
                assert gc.collect() == 0, (text[:40], window)  # nothing for the collector to free
                gc.enable()
    finally:
        if running:
            gc.enable()


def test_a_reading_leaves_the_collector_as_it_was():
    import gc

    import pytest

    import quotetrack
    from quotetrack.errors import QuotetrackError

    running = gc.isenabled()
    try:
        for before in (True, False):
            (gc.enable if before else gc.disable)()
            quotetrack.read(TEXT, backend="embedded")
            assert gc.isenabled() is before
            with pytest.raises(QuotetrackError):
                quotetrack.read(TEXT, backend="no such backend")  # fails inside the reading
            assert gc.isenabled() is before
    finally:
        (gc.enable if running else gc.disable)()


def test_words_counted_up_to_a_bound_are_the_words_counted_plainly():
    from quotetrack.attribution.index import words_from

    words = [t.text for t in tokenize(TEXT)]
    for start in range(0, len(words), 3):
        for end in range(start, min(len(words), start + 40)):
            for most in (1, 5):
                plain = sum(w[:1].isalnum() for w in words[start:end])
                assert words_from(words, start, end, most) == min(plain, most), (start, end, most)


def test_a_relative_pronoun_found_by_bisection_is_the_one_a_scan_finds():
    from quotetrack.attribution.index import TextIndex
    from quotetrack.attribution.people import find_people
    from quotetrack.attribution.quotations import find_quotations
    from quotetrack.backends import embedded

    lexicon = load_lexicon()
    text = TEXT + " Ann Cole, who chairs the panel, and the mayor, whose office said so, which was new, left."
    document = embedded.parse(text)
    index = TextIndex(document, find_quotations(document.text, document.paragraphs), lexicon,
                      find_people(document, lexicon))
    assert index.relatives  # (the text holds some)
    for start in range(len(index.words) + 1):
        for end in range(start, len(index.words) + 1):
            plain = any(index.words[t] in lexicon.function_words.relative_pronouns for t in range(start, end))
            assert index.relative_within(start, end) == plain, (start, end)


def _heard_stating_plainly(text, statements, index, by_name, words, noun, before, reach):
    """The loop :func:`~quotetrack.responses.references.heard_stating` was: every earlier statement tested."""
    from quotetrack.responses.placement import paragraphs_between
    from quotetrack.responses.references import _HEARD_REACH, _WORD, PASSIVE_AFTER, speaks_of

    source = statements[index].speaker

    def named(earlier):  # (the test of a candidate, as heard_stating makes it)
        other, cue = earlier.speaker, earlier.cue
        if earlier.start >= before or other is None or other.name not in by_name or cue is None or not cue.lemma:
            return False
        if source is not None and other.name == source.name or PASSIVE_AFTER.match(text, cue.end):
            return False
        proposed = cue.lemma in words.classes.get("proposal", frozenset()) \
            and singular(noun) in {singular(w) for w in _WORD.findall(earlier.text)}
        return words.names_statement(noun, cue.lemma) or speaks_of(earlier.text, words, noun) or proposed

    for earlier in reversed(statements[:index]):
        if before - earlier.end > _HEARD_REACH or paragraphs_between(text, earlier.end, before) > reach:
            return None
        if named(earlier):
            return by_name[earlier.speaker.name], earlier.start
    return None


def test_statements_after_the_noun_passed_over_at_once_give_what_the_plain_loop_gives():
    import quotetrack
    from quotetrack.responses.references import heard_stating

    text = (
        "Mayor Tom Hale claimed on Monday that the mine would close. Governor Ann Cole reported that the plant "
        "was safe.\n\nThe claims were denied. \"We will not back down,\" Senator Jane Smith said, adding that the "
        "bill was \"dead on arrival\" " * 3 + "\n\n\n\nMr. Hale said the reports were false, and Ms. Cole said the "
        "claims were wrong. \"It is over,\" Senator Jane Smith said, adding that the vote was \"a farce\" " * 4
    )
    article = quotetrack.read(text, backend="embedded")
    statements = article.statements
    assert [s.start for s in statements] == sorted(s.start for s in statements)  # (what the bisection needs)
    by_name = {s.speaker.name: Candidate(speaker=s.speaker, names=(s.speaker.name,), first=0, side=None)
               for s in statements if s.speaker is not None}
    words = response_words(load_lexicon())
    found = 0
    for index in range(len(statements)):
        for before in range(0, len(text) + 1, 7):
            for noun, reach in (("claims", 2), ("reports", 1), ("vote", 0)):
                fast = heard_stating(text, statements, index, by_name, words, noun, before, reach)
                assert fast == _heard_stating_plainly(text, statements, index, by_name, words, noun, before, reach)
                found += fast is not None
    assert found  # (some nouns name an earlier statement: the test compares answers, not only None)


def test_full_name_remembered_a_text_gives_the_plain_answer():
    """``story_body.full_name`` answers each body once a text; the answers are those of the plain scan, text after
    text, and a new text is never given an answer of the one before."""
    from quotetrack.attribution.story_body import _full_name, full_name
    from quotetrack.lexicon import load_lexicon

    lexicon = load_lexicon()
    texts = ["Analysts at Halden Securities said so. Halden analyst Ann Roe agreed.",
             "Halden analyst Ann Roe said so. Halden Securities agreed.",
             "Analysts at Halden Securities said so. Halden analyst Ann Roe agreed."]
    for text in texts:
        for body in ("Halden", "Ann", "Roe", "Analysts"):
            assert full_name(body, text, lexicon) == _full_name(body, text, lexicon), (body, text)


def test_two_marks_pair_as_the_whole_programme_pairs_them():
    import random
    from itertools import product

    from quotetrack.attribution.quotations import _DOUBLE, _pair_paragraph, _pair_two

    around = ["", " ", ". ", "A", "a", ",", "\n", "(", "—"]
    marks = ['"', "“", "”", "''", "``", "«", "»"]
    texts = [f"{a}{m}{b}{n}{c}" for a, m, b, n, c in product(around, marks, around, marks, around)]
    rng = random.Random(0)
    texts += ["".join(rng.choice('"“” .A,a\n') for _ in range(rng.randint(2, 9))) for _ in range(3000)]
    tried = 0
    for text in texts:
        found = list(_DOUBLE.finditer(text))
        if len(found) != 2:
            continue
        starts, ends = [m.start() for m in found], [m.end() for m in found]
        assert _pair_two(text, starts, ends) == _pair_paragraph(text, starts, ends, False), text
        tried += 1
    assert tried > 3000


_BODY_TEXTS = (
    TEXT,
    "Halden Securities said so. Halden analyst Ann Roe agreed; Ann Halden, a trader, and Tom Halden-Rae did not.",
    "x-Halden Halden Halden Group Inc Halden. Halden2 Halden_ Halden Bank Halden",
    "Ann Ellis, ann Ellis, ANN Ellis, Ann Ellisx, Ann Ellis Ellis, Ann Ellis.\nAnne Ellis Jr. Ellis Ellis said",
    "Ann Ann Ann Ellis Ann Ellis. tom Ellis, x Ellis, Ellis Ellis",
    "Dr. Ellis Jr. said, Tom Jr. Jrx and Ann Jr.x; Éva Ellis, Ann Éllis, Ann  Ellis",
)
_BODY_WORDS = ("Halden", "Ellis", "Ann", "Ellis Jr.", "Jr.", "Halden-Rae", "Cole", "Roe", "Ellis Ellis", "Éllis", "x")


def test_family_names_found_by_finding_the_word_are_the_pattern_matches():
    from quotetrack.attribution.owners import _a_name, is_family_name

    lexicon = load_lexicon()
    found = named = 0
    for text in _BODY_TEXTS:
        for word in _BODY_WORDS:
            plain = any(g.group(1) in lexicon.given_names
                        for g in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text))
            assert is_family_name(word, text, lexicon) == plain, (word, text)
            found += plain
            plain = word.lower() in lexicon.organisations or any(c.isupper() for c in word[1:]) \
                or re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None
            assert _a_name(word, text, lexicon) == plain, (word, text)
            named += plain
    assert found > 3 and named > 3  # (both answers are given: the comparison is not of a constant)


def test_full_names_found_by_finding_the_body_are_the_pattern_matches():
    from quotetrack.attribution.owners import is_family_name
    from quotetrack.attribution.story_body import _NAME_WORD, _full_name

    lexicon = load_lexicon()

    def plainly(body: str, text: str) -> str | None:
        if any(w.lower() in lexicon.role_modifiers or w.lower() in lexicon.role_words for w in body.split()) \
                or body in lexicon.places or is_family_name(body, text, lexicon):
            return None
        first = re.search(rf"(?<![\w\-]){re.escape(body)}((?: {_NAME_WORD})+)", text)
        if first is None or re.search(rf"(?<![\w\-]){re.escape(body)}(?![\w\-])", text[: first.start()]):
            return None
        words = first.group(1).split()
        if len(words) > 3 or words[-1] not in lexicon.function_words.organisation_heads:
            return None
        return f"{body} {' '.join(words)}"

    answers = []
    for text in (*_BODY_TEXTS, "Halden Group said. Halden Bank", "-Halden Bank, Halden Bank", "Halden",
                 "Shares in Velto Group and Marr Bank Securities fell. Velto said; Marr agreed."):
        for body in (*_BODY_WORDS, "Halden Group", "Bank", "Velto", "Marr", "Marr Bank"):
            answers.append(_full_name(body, text, lexicon))
            assert answers[-1] == plainly(body, text), (body, text)
    assert len(set(answers)) > 3  # (full names are found: not a comparison of nothing)


def test_the_word_before_read_back_is_the_word_the_pattern_finds():
    from quotetrack.attribution.party_marks import _WORD_BEFORE, _last_word

    texts = [TEXT, "Sen. Ruth Ellis (D-Md.)", "ranking Democrat  \n Ruth", "O'Neil’s  x", "a_b-c.d\t\u2003e", "   ",
             "x" * 50 + " y", "Łódź Ñ 3.5\u00a0Ann", "x\n", "  \n\n"]
    tried = found = 0
    for text in texts:
        for floor in range(len(text) + 1):
            for end in range(floor, min(len(text), floor + 60) + 1):
                word = _WORD_BEFORE.search(text, floor, end)
                assert _last_word(text, floor, end) == ((word.start(1), word.end(1)) if word else (-1, -1)), (
                    text, floor, end)
                tried += 1
                found += word is not None
    assert found > 100 and tried - found > 100


def test_the_characters_read_back_are_the_patterns_classes():
    from quotetrack.attribution.party_marks import _WORD_SIGNS

    word, space = re.compile(r"[\w.'’-]"), re.compile(r"\s")
    for c in map(chr, range(0x110000)):
        assert (word.match(c) is not None) == (c.isalnum() or c in _WORD_SIGNS), hex(ord(c))
        assert (space.match(c) is not None) == c.isspace() == (c.rstrip() == ""), hex(ord(c))


def test_token_arrays_listed_once_are_the_arrays_each_stage_lists():
    from quotetrack.backends import embedded
    from quotetrack.backends.embedded.tokens import split_sentences, token_arrays
    from quotetrack.backends.layout import split_paragraphs
    from quotetrack.backends.lexical import tag_entities
    from quotetrack.document import Document, ends_of, starts_of, texts_of

    lexicon = load_lexicon()
    odd = "Pe\u00c3\u00b1a said it.\n\nMAYOR SAYS BRIDGE WILL OPEN SOON\n\nSen. Jose\u0301 Ruiz (D-N.M.) agreed."
    for text in (TEXT, odd, "", "One"):
        tokens, texts, starts, ends = token_arrays(text)
        assert tokens == tokenize(text) and (texts, starts, ends) == (
            texts_of(tokens), starts_of(tokens), ends_of(tokens))
        paragraphs = split_paragraphs(text)
        sentences = split_sentences(text, tokens, paragraphs, lexicon)
        assert split_sentences(text, tokens, paragraphs, lexicon, (texts, starts, ends)) == sentences
        assert tag_entities(text, tokens, sentences, lexicon, None, texts, starts) == tag_entities(
            text, tokens, sentences, lexicon)
        document = embedded.parse(text)
        plain = Document(text=text, tokens=document.tokens, sentences=document.sentences,
                         paragraphs=document.paragraphs, entities=document.entities)
        assert document == plain and list(document.token_starts) == list(plain.token_starts) == starts
        assert document.words == plain.words and list(embedded.parse(text, syntax=False).token_starts) == starts
    assert len(tag_entities(TEXT, *token_arrays(TEXT)[:1], [], lexicon)) > 5


def test_its_role_searched_only_after_a_comma_is_the_role_every_search_finds():
    """A match of ``_ITS_BEFORE`` ends with ", " (before the end or a last line break) and holds "ts ": ``its_role``
    searches only such text; every stretch before an offset that fails the test has no match."""
    from quotetrack.attribution.owners import _ITS_BEFORE, its_role

    text = ("Its chief executive, Ann Cole, said so. Said its general secretary, \nTom Hale. ITS head, Sam Ortiz, "
            "and its director of research, Dr Jo Dee, under its new president, Al Ray, said Ann Cole, its chief "
            "executive. Its chair,  Bo Li, its  chief, Cy Yu, \n\n")
    matched = 0
    for start in range(len(text) + 1):
        for floor in range(max(0, start - 80), start + 1):
            before = text[floor:start]
            if not (before.endswith((", ", ", \n")) and "ts " in before):
                assert _ITS_BEFORE.search(before) is None, before
            else:
                matched += _ITS_BEFORE.search(before) is not None
    assert matched > 50 and its_role(text, 21, 29, load_lexicon()) == "chief executive"


def test_every_countrys_by_the_set_of_templates_is_the_scan_of_every_title():
    """``every_countrys`` looks a name up in the templates "X of {country}" made once a lexicon; it answers as the
    scan of every title it replaced did, for every template and for names that are none."""
    from quotetrack.attribution.ministers import every_countrys

    lexicon = load_lexicon()

    def scanned(name: str) -> bool:
        key = " ".join(name.replace("’", "'").split()).lower().removeprefix("the ")
        return any(t.lower() == f"{key} of {{country}}" for t, _ in lexicon.titles.values())

    names = [t.replace(" of {country}", "") for t, _ in lexicon.titles.values()]
    names += ["the Senate", "The  Supreme Court", "US Supreme Court", "Ministry of Defence", "", "the"]
    assert sum(map(scanned, names)) > 5
    assert [every_countrys(n, lexicon) for n in names] == [scanned(n) for n in names]
