"""The embedded backend's tokens and sentences: rules over regular expressions, in linear time."""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
from collections.abc import Iterable
from typing import Any

import attrs

from quotetrack.document import Sentence, Token, ends_of, starts_of, texts_of
from quotetrack.lexicon import Lexicon, load_lexicon

__all__ = ["split_sentences", "token_arrays", "tokenize"]

_TOKEN_PATTERN = r"""
      [^\w\s`'’.]                             # a mark no longer token starts with: found at once (same tokens)
    | (?:[A-Za-z]\.){2,}(?![A-Za-z])          # U.S.  D.C.  U.N.
    | ``|''                                   # TeX-style double quotation marks
    | ['’]s\b                                  # possessive 's
    | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)          # numbers with thousands separators: 35,000  1,200.50
    | (?>\w+(?:-\w+)*)(?:(?=['’]s\b)|(?:[-'’.&]\w+)*)  # words: don't, dirty-handed, O'Connor, 3.5, AT&T; the word
                                              # before a possessive 's alone (read once, taken whole: no retries)
    | \.{3}|\S                                 # ellipsis, any other character
    """
_TOKEN = re.compile(_TOKEN_PATTERN, re.VERBOSE)

# Text whose accents are decomposed (a letter, then a combining mark) or mis-decoded twice ('SarukhÃ\x83Â¡n': the
# bytes of one letter read as Latin-1 signs) keeps such a name in one word: a combining mark, and a C1 control
# or Latin-1 sign (not a no-break space nor a guillemet) between word characters, continue the word.
_ODD = "\u0300-\u036f\x80-\x9f\xa1-\xaa\xac-\xba\xbc-\xbf"
_ODD_WORD = rf"(?:\w|[\u0300-\u036f]|[{_ODD}](?=[\w{_ODD}]))"
_TOKEN_ODD = re.compile(_TOKEN_PATTERN.replace(r"\w+", _ODD_WORD + "+"), re.VERBOSE)
_HAS_ODD = re.compile(f"[{_ODD}]")
# A token and the white space before it (a text with no odd sign: no token there holds or opens with white space).
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN_PATTERN})", re.VERBOSE)
_SECOND = operator.itemgetter(1)

_TERMINAL = frozenset({".", "!", "?", "…", "..."})

_CLOSERS = frozenset({'"', "”", "’", "'", "»", ")", "]", "''", "›"})

_OPENERS = frozenset({'"', "“", "‘", "'", "«", "(", "[", "``", "''", "„", "‹"})



def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens with offsets into ``text``.

    Examples
    --------
    >>> [t.text for t in tokenize('"We urge the U.S.," Wang said.')]
    ['"', 'We', 'urge', 'the', 'U.S.', ',', '"', 'Wang', 'said', '.']
    """
    return token_arrays(text, start, end)[0]


def token_arrays(text: str, start: int = 0, end: int | None = None
                 ) -> tuple[list[Token], list[str], list[int], list[int]]:
    """:func:`tokenize`'s tokens, and their texts, starts and ends (found on the way: the stages after ask for
    them, and need not list them again)."""
    end = len(text) if end is None else end
    new, set_start, set_end, set_text, set_head, set_deprel, set_upos, set_lemma = _TOKEN_SLOTS
    if _HAS_ODD.search(text, start, end):
        found, starts, ends = _odd_words(text, start, end)
    else:
        # Each token with the white space before it: the offsets are the running sum of their lengths (the tokens
        # cover every character but white space), with no Python step a token. The text's trailing white space is
        # left out, where no token follows it (the search would try every position of it).
        end = start + len(text[start:end].rstrip())
        pairs = _SPACED_TOKEN.findall(text, start, end)
        offsets = list(itertools.accumulate(map(len, itertools.chain.from_iterable(pairs)), initial=start))
        starts, ends = offsets[1::2], offsets[2::2]
        found = list(map(_SECOND, pairs))
    distinct: dict[str, str] = {}  # one string per distinct word: a text repeats its words (and marks) a lot
    found = list(map(distinct.setdefault, found, found))
    # Each slot set for all tokens by one map over its setter: no Python step a token and slot.
    n = len(found)
    tokens: list[Token] = list(map(new, itertools.repeat(Token, n)))
    for setter, values in ((set_start, starts), (set_end, ends), (set_text, found)):
        _consume(map(setter, tokens, values))
    for setter in (set_head, set_deprel, set_upos, set_lemma):
        _consume(map(setter, tokens, itertools.repeat(None, n)))
    return tokens, found, starts, ends


def _odd_words(text: str, start: int, end: int) -> tuple[list[str], list[int], list[int]]:
    """The words of a text whose words may hold odd signs (:data:`_TOKEN_ODD`; such a sign may be white space, as
    U+0085 is), with their starts and ends."""
    found = _TOKEN_ODD.findall(text, start, end)
    starts: list[int] = []
    ends: list[int] = []
    add_start, add_end = starts.append, ends.append
    find = text.find
    last_end = start
    # The tokens cover every character but white space (the pattern's last choice takes any other one), so a token
    # starts where its word is first found after the previous one: words, no match objects.
    for word in found:
        s = find(word, last_end)
        if s == last_end:
            s = last_end  # share the int with the previous token's end (marks often touch)
        last_end = s + len(word)
        add_start(s)
        add_end(last_end)
    return found, starts, ends


def _consume(values: Iterable[object]) -> None:
    """Run ``values`` to its end, keeping nothing."""
    collections.deque(values, maxlen=0)


def _slot_setters() -> tuple[Any, ...]:
    """Token's constructor in parts: the frozen class's ``__init__`` takes longer than the tokenizer's regex.

    The fields set are every field of :class:`Token` (a field added there must be added here: the check says so).
    """
    names = ("start", "end", "text", "head", "deprel", "upos", "lemma")
    if tuple(f.name for f in attrs.fields(Token)) != names:
        raise RuntimeError("Token's fields changed: update quotetrack.backends.embedded.tokens._slot_setters")
    return (object.__new__, *(getattr(Token, name).__set__ for name in names))


_TOKEN_SLOTS = _slot_setters()


def _ends_sentence(tokens: list[Token], i: int, text: str, lexicon: Lexicon) -> int | None:
    """If a sentence ends at token ``i``, return the index of its last token."""
    tok = tokens[i]
    word = tok.text
    dotted = len(word) > 1 and word.endswith(".") and word[0].isalpha()  # "U.S."
    if word not in _TERMINAL and not dotted:
        return None
    if word == "." and i > 0:
        prev = tokens[i - 1]
        if prev.end == tok.start:
            low = prev.text.lower()
            if low in lexicon.word_abbreviations:
                # "she had been ill.": the word, ending a sentence like any word; "Springfield, Ill.": the
                # abbreviation, ending one only before a sentence's first word, as "U.S." does
                dotted = not prev.text.islower()
            elif low in lexicon.abbreviations or low.rpartition("-")[2] in lexicon.abbreviations \
                    or (len(prev.text) == 1 and prev.text.isupper()):
                return None  # ("then-Sen. Barack Obama": an abbreviation after a hyphen)
            if low in {"no", "nos"} and i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit():
                return None  # "No. 10", but "voted no."
    last = i
    while (
        last + 1 < len(tokens) and tokens[last + 1].text in _CLOSERS and tokens[last + 1].start == tokens[last].end
        and not text[tokens[last + 1].end : tokens[last + 1].end + 1].isalnum()  # ".''Violent" opens a quote
    ):
        last += 1
    if last + 1 >= len(tokens):
        return last
    nxt = tokens[last + 1]
    if nxt.start == tokens[last].end:  # "3.5", "Agency.It": no space, no boundary
        return None
    first = nxt.text[0]
    if dotted and last == i:
        return last if nxt.text[:1].isupper() and nxt.text.lower() in lexicon.function_words.sentence_starters else None
    if first.isupper() or first.isdigit() or nxt.text in _OPENERS:
        return last
    return None


def split_sentences(
    text: str, tokens: list[Token], paragraphs: list[tuple[int, int]], lexicon: Lexicon | None = None,
    arrays: tuple[list[str], list[int], list[int]] | None = None,
) -> list[Sentence]:
    """Group tokens into sentences; a sentence never crosses a paragraph boundary (``arrays``: the tokens' texts,
    starts and ends, when the caller has them: :func:`token_arrays`)."""
    lexicon = lexicon or load_lexicon()
    sentences = []
    ti = 0
    texts, starts, ends = arrays if arrays is not None else (texts_of(tokens), starts_of(tokens), ends_of(tokens))
    # Only "." (and the other terminal marks) or a dotted word like "U.S." can end a sentence: visit those only.
    enders = {w for w in set(texts) if w in _TERMINAL or (len(w) > 1 and w[-1] == "." and w[0].isalpha())}
    candidates = list(itertools.compress(range(len(texts)), map(enders.__contains__, texts)))
    c = 0  # index into candidates
    for p_start, p_end in paragraphs:
        ti = bisect.bisect_left(starts, p_start, ti)
        first = ti
        stop = bisect.bisect_right(ends, p_end, ti)  # the paragraph's tokens are [ti, stop): offsets only grow
        while True:
            while c < len(candidates) and candidates[c] < ti:
                c += 1
            if c == len(candidates) or candidates[c] >= stop:
                ti = stop
                break
            ti = candidates[c]
            last = _ends_sentence(tokens, ti, text, lexicon)
            if last is not None and ends[last] <= p_end:
                sentences.append(Sentence(start=starts[first], end=ends[last], first_token=first, last_token=last + 1))
                ti = first = last + 1
            else:
                ti += 1
        if first < ti:
            sentences.append(Sentence(start=starts[first], end=ends[ti - 1], first_token=first, last_token=ti))
    return sentences
