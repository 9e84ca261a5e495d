"""Runs of capitalised words for the entity tagger (:mod:`quotetrack.backends.lexical`): possessives, capitals, a
surname particle joined by a hyphen, and where a body's name that a demonym opens ends.
"""

from __future__ import annotations

import re

from quotetrack.document import Token
from quotetrack.lexicon import Lexicon

__all__ = ["association_end", "dateline_end", "field_end", "hyphened_particle", "is_capitalised", "possessive"]

_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")  # a token carrying its possessive (stanza's "Britain's")


def possessive(word: str) -> int:
    """Length of the possessive ending a token carries ("Britain's": 2), 0 when none.

    Examples
    --------
    >>> possessive("Britain's"), possessive("Britain"), possessive("O'Neill")
    (2, 0, 0)
    """
    if "'" not in word and "’" not in word:  # most words: no apostrophe, nothing to search
        return 0
    m = _POSSESSIVE.search(word)
    return len(m.group()) if m is not None else 0


def is_capitalised(word: str) -> bool:
    """Whether a word opens with a capital, or a digit then a capital ("3M").

    Examples
    --------
    >>> [is_capitalised(w) for w in ["Senate", "3M", "said", "42"]]
    [True, True, False, False]
    """
    return word[:1].isupper() or (len(word) > 1 and word[0].isdigit() and word[1:2].isupper())


def association_end(tokens: list[Token], i: int, lexicon: Lexicon, reach: int = 6) -> int | None:
    """End (exclusive) of a body's name of three words or more that token ``i`` opens and an association head
    ends ("Federation"), over capitalised words and the body's field after "of" or "for" ("Australian Council of
    Trade Unions"); None when there is none within ``reach`` words.

    Examples
    --------
    >>> from quotetrack.document import Token
    >>> from quotetrack.lexicon import load_lexicon
    >>> words = "American Federation of Government Employees said".split()
    >>> tokens = [Token(start=sum(len(w) + 1 for w in words[:k]), end=sum(len(w) + 1 for w in words[:k]) + len(v),
    ...                 text=v) for k, v in enumerate(words)]
    >>> association_end(tokens, 0, load_lexicon())
    5
    """
    end = None
    k = i + 1
    while k < len(tokens) and k - i < reach and is_capitalised(tokens[k].text) \
            and tokens[k].start - tokens[k - 1].end <= 1:
        if tokens[k].text in lexicon.function_words.association_heads:
            field = field_end(tokens, k + 1, reach)
            if field is not None:  # "Australian Council of Trade Unions": the head, then "of" and its field
                return field
            if k - i >= 2:
                end = k + 1
        k += 1
    return end


def field_end(tokens: list[Token], k: int, reach: int) -> int | None:
    """End (exclusive) of the field of a body's head that token ``k`` opens with "of" or "for" and capitalised words
    ("of Government Employees"), None when there is none.

    Examples
    --------
    >>> from quotetrack.document import Token
    >>> field_end([Token(start=0, end=2, text="of"), Token(start=3, end=8, text="Trade"), Token(start=9, end=15,
    ...            text="Unions"), Token(start=16, end=20, text="said")], 0, 6)
    3
    """
    if k + 1 >= len(tokens) or tokens[k].text not in ("of", "for") or not is_capitalised(tokens[k + 1].text):
        return None
    m = k + 1
    while m < len(tokens) and m - k <= reach and is_capitalised(tokens[m].text) \
            and tokens[m].start - tokens[m - 1].end <= 1 and not possessive(tokens[m - 1].text):
        m += 1
    return m


def hyphened_particle(word: str, surnames: frozenset[str]) -> bool:
    """Whether a word is a lower-case surname particle joined by a hyphen to a capitalised name: "al-Hakim".

    Examples
    --------
    >>> hyphened_particle("al-Hakim", frozenset({"al"})), hyphened_particle("Al-Hakim", frozenset({"al"}))
    (True, False)
    """
    particle, _, rest = word.partition("-")
    return particle in surnames and is_capitalised(rest) and rest[1:].isalpha()


_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def dateline_end(text: str, tokens: list[Token], i: int, lexicon: Lexicon, reach: int = 12) -> int | None:
    """Index of the token after a dateline that token ``i`` opens: words in capitals at the start of a line, with
    commas, periods and a news agency in brackets, then a dash ("NEW DELHI —", "WASHINGTON (AP) —", "ST. PAUL,
    Minn. (Reuters) –"); None when there is none, or when the words are a body the lexicon knows ("NATO —").

    Examples
    --------
    >>> from quotetrack.document import Token
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> text = "NEW DELHI — Farm unions said no."
    >>> tokens = [Token(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(r"\\w+|[^\\w\\s]", text)]
    >>> dateline_end(text, tokens, 0, lexicon), dateline_end(text, tokens, 3, lexicon)
    (3, None)
    >>> text = "ST. PAUL, Minn. (Reuters) – The union said no."
    >>> dateline_end(text, [Token(start=m.start(), end=m.end(), text=m.group())
    ...                     for m in re.finditer(r"\\w+|[^\\w\\s]", text)], 0, lexicon)
    10
    """
    line = text.rfind("\n", 0, tokens[i].start) + 1
    if text[line : tokens[i].start].strip():
        return None
    k, bracket = i, False
    while k < len(tokens) and k - i < reach:
        word = tokens[k].text
        if word in _DATELINE_DASHES:  # a dash apart from the words ("T-Mobile" is a name), after no body's name
            named = " ".join(t.text for t in tokens[i:k]).lower()  # ("New Delhi" is a place, and its government)
            return k + 1 if k > i and not bracket and tokens[k].start > tokens[k - 1].end and (
                named not in lexicon.organisations or named.title() in lexicon.places) else None
        if word == "(" or word == ")":
            bracket = word == "("
        elif not (word.isupper() or word in {",", "."} or word[:1].isupper() and (
                bracket or k + 1 < len(tokens) and tokens[k + 1].text == ".")):  # "Minn.", "(Reuters)"
            return None
        k += 1
    return None
