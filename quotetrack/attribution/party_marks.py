"""The party a person's name is marked with: a letter and state or an apposition after it, a party word before it.

US reports mark a legislator's party after the name, "Sen. Ruth Ellis (D-Md.)", "Rep. Sam Ortiz, R-Utah, said",
"Ruth Ellis, the top Democrat on the panel,", and a politician's before it, "Republican Sam Ortiz", "Democratic
Sen. Ruth Ellis", "GOP presidential nominee Sam Ortiz", "ranking Democrat Ruth Ellis". The letter is a party of
``party_letters.tsv`` and the state one of ``us_states.tsv``; the word is a party alias of ``parties.tsv`` (or its
singular: "Democrat"), with only titles, roles, honorifics and ``party_mark_words.txt`` between it and the name
(or, in an apposition, between its article and the party word). Where the affiliation constructions read no party
(:mod:`~.affiliations`), a mark next to any mention of the person gives theirs.
"""

from __future__ import annotations

import re

from quotetrack.lexicon import Lexicon
from quotetrack.model import Organisation

__all__ = ["party_mark", "party_word"]

# "(D-Md.)", "(R-S.C)", ", R-Utah," "(R-New York)": a letter, a hyphen, a state of one or two words
_LETTER_MARK = re.compile(r"\s*(?:\(|,\s*)([A-Z])\s?[-–]\s?((?:[A-Z][A-Za-z.]*)(?:\s?[A-Z][A-Za-z.]*)?)(?=[),;:\s]|$)")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)\s+$")  # (searched by ``_last_word``)
_WORD_SIGNS = frozenset("_.'’-")
# "X, the top Democrat on the panel,", "X, a Republican from Ohio,": at most three words before the party word
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+((?:[\w.'’-]+\s+){0,3}?)([A-Z][\w.'’-]*)")
_BEFORE_REACH = 6  # words walked back from a name


def party_word(word: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The party a word names, and its country (``"Republican"``, ``"GOP"``, ``"Democrat"``: its plural is an
    alias)."""
    word = word.lower()
    return lexicon.parties.get(word) or lexicon.parties.get(word + "s")


def _mark_after(text: str, end: int, lexicon: Lexicon) -> str | None:
    mark = _LETTER_MARK.match(text, end)
    if mark is None or mark.group(2).rstrip(".") not in lexicon.state_marks:
        return None
    return lexicon.party_letters.get(mark.group(1))


def _last_word(text: str, floor: int, end: int) -> tuple[int, int]:
    """Where the word ``_WORD_BEFORE`` finds in ``text[floor:end]`` starts and ends ((-1, -1): none): a run of its
    characters that only white space follows, from its first character or ``floor`` (the search's leftmost match),
    read back from ``end`` rather than tried at every offset."""
    last = floor + len(text[floor:end].rstrip())  # (white space: str.isspace's, as the pattern's \s)
    first = last
    while first > floor and ((c := text[first - 1]).isalnum() or c in _WORD_SIGNS):  # (\w: alphanumeric, or _)
        first -= 1
    return (first, last) if first < last < end else (-1, -1)


def _word_before(text: str, start: int, lexicon: Lexicon) -> tuple[str, str] | None:
    """The party a party word names in the run of title words written just before ``start``."""
    for _ in range(_BEFORE_REACH):
        first, last = _last_word(text, max(0, start - 40), start)
        if first < 0:
            return None
        written = text[first:last]
        party = party_word(written, lexicon)
        if party is not None and written[:1].isupper():
            return party
        bare = written.lower().rstrip(".")
        if written.endswith(".") and bare not in lexicon.honorifics and bare not in lexicon.abbreviations:
            return None  # a sentence's end: "... voted Republican. Sen. X"
        if not (bare in lexicon.title_words or bare in lexicon.role_words or bare in lexicon.role_modifiers
                or bare in lexicon.honorifics or bare in lexicon.party_mark_words):
            return None
        start = first
    return None


def _apposition(text: str, end: int, lexicon: Lexicon) -> tuple[str, str] | None:
    found = _APPOSITION.match(text, end)
    if found is None or not all(w in lexicon.party_mark_words or w in lexicon.title_words or w in lexicon.role_words
                                for w in found.group(1).lower().split()):
        return None
    return party_word(found.group(2), lexicon)


def party_mark(text: str, start: int, end: int, lexicon: Lexicon) -> Organisation | None:
    """The party a mark next to the name mention ``[start, end)`` gives, if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> text = "Sen. Ruth Ellis (D-Md.) said the bill would fail."
    >>> party_mark(text, 5, 15, lexicon).name
    'Democratic Party'
    >>> text = "The plan, said GOP presidential nominee Sam Ortiz, is sound."
    >>> party_mark(text, 40, 49, lexicon).name
    'Republican Party'
    >>> party_mark("Acme chief executive Sam Ortiz (R-Ruritania) said", 21, 30, lexicon) is None
    True
    """
    found = _mark_after(text, end, lexicon)
    if found is not None:
        return Organisation(name=found, country=lexicon.parties[found.lower()][1])
    party = _word_before(text, start, lexicon) or _apposition(text, end, lexicon)
    return Organisation(name=party[0], country=party[1]) if party is not None else None
