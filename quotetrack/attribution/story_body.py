"""The company a story is about, and the short name a body is called by after its full name.

A business story names its company in the opening paragraph ("Shares in Velto Foods fell ...") and then calls it
by a noun for its kind of business ("the grocer warned", "the company said"). A company officer the text names
with no body ("Chief executive X said") is that company's: :func:`story_company` finds it.

A body named in full ("Halden Securities") is often called later by its first word(s) alone ("Halden analyst X"):
:func:`full_name` reads the short name as the body named in full, not a new body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotetrack.attribution.owners import is_family_name
from quotetrack.document import Entity
from quotetrack.lexicon import Lexicon, place_country

__all__ = ["dateline_country", "full_name", "story_company", "story_lede"]

_KIND_NOUN = re.compile(r"\b[Tt]he ([a-z]+)\b")  # "the grocer", "the company"
_NAME_WORD = r"[A-Z][\w&'’\-]*"
_NAMES_AFTER = re.compile(rf"(?: {_NAME_WORD})+")
_WORDY = re.compile(r"[\w\-]")  # a character that goes on with a word


def _whole_word_before(body: str, text: str, end: int) -> bool:
    """Whether ``text[:end]`` holds ``body`` as a whole word (no word character nor hyphen either side)."""
    at = text.find(body, 0, end)
    while at >= 0:
        after = at + len(body)
        if (at == 0 or _WORDY.match(text, at - 1) is None) and (after == end or _WORDY.match(text, after) is None):
            return True
        at = text.find(body, at + 1, end)
    return False


_DATELINE = re.compile(  # "SYDNEY (AP) - ", "SACRAMENTO, Calif. (AP) - "
    r"[A-Z][A-Z .,'\-]+(?:, [A-Z][a-z.]+)?(?: \([^()\n]{1,40}\))? ?[\-\u2013\u2014]+ ")
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")


def story_lede(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The opening paragraph of the story: past a headline (a first paragraph of one line that ends with no
    sentence's mark, another paragraph after it) and past a dateline opening it ("SYDNEY (AP) - ").

    Examples
    --------
    >>> text = "Velto profit rises\\n\\nOSLO (Reuters) - Velto Foods said profit rose."
    >>> start, end = story_lede(text, [(0, 18), (20, len(text))])
    >>> text[start:end]
    'Velto Foods said profit rose.'
    """
    if not paragraphs:
        return None
    start, end = paragraphs[0]
    head = text[start:end].rstrip()
    if len(paragraphs) > 1 and "\n" not in head and not head.endswith(_SENTENCE_END):
        start, end = paragraphs[1]
    dateline = _DATELINE.match(text, start, end)
    return (dateline.end() if dateline is not None else start), end


def dateline_country(text: str, paragraphs: Sequence[tuple[int, int]], lexicon: Lexicon) -> str | None:
    """The country of the place a dateline opening the story names ("ISLAMABAD (Wire) - ", "SACRAMENTO, Calif. -"),
    its words in capitals read as the place's name; None when there is no dateline or the lexicon knows no place.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Budget passes\\n\\nBUENOS AIRES (Wire) - The budget passed."
    >>> dateline_country(text, [(0, 13), (15, len(text))], load_lexicon())
    'Argentina'
    """
    for start, end in paragraphs[:2]:
        dateline = _DATELINE.match(text, start, end)
        if dateline is None:
            continue
        words = re.match(r"[A-Z][A-Z .'\-]*[A-Z]", dateline.group())
        state = re.match(r"[A-Z][A-Z .'\-]*, ([A-Z][a-z]+\.?)", dateline.group())
        for name in ([words.group().title()] if words else []) + ([state.group(1)] if state else []):
            country = place_country(name, lexicon)
            if country:
                return country
        return None
    return None


def story_company(text: str, entities: Sequence[Entity], lede: tuple[int, int], before: int,
                  lexicon: Lexicon) -> str | None:
    """The company named first in the opening paragraph ``lede``, when the text calls it by a noun for its kind
    of business ("the grocer", "the company") before offset ``before``; else None.

    Examples
    --------
    >>> from quotetrack.backends import embedded
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Shares in Velto Foods fell after the grocer cut its forecast.\\n\\nChief executive Ann Roe said sorry."
    >>> document = embedded.parse(text)
    >>> story_company(text, document.entities, document.paragraphs[0], len(text), load_lexicon())
    'Velto Foods'
    """
    start, end = lede
    body = next(((e.text, e.end) for e in entities if start <= e.start and e.end <= end and e.label == "ORG"), None)
    body = body or _opening_name(text, start, entities, lexicon)
    if body is None or body[0].lower().removeprefix("the ") in lexicon.parties \
            or body[0].lower() in lexicon.organisations:  # a government, a party, a known public body: no company
        return None
    if any(m.group(1) in lexicon.referring_bodies for m in _KIND_NOUN.finditer(text, body[1], max(before, body[1]))):
        return body[0]
    return None


_OPENING_NAME = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}(?= (?:on|has|have|said|is|was|[a-z]+ed)\b)")


def _opening_name(text: str, start: int, entities: Sequence[Entity], lexicon: Lexicon) -> tuple[str, int] | None:
    """The name of two words or more opening the paragraph at ``start`` as its subject ("Velto Rovers on Tuesday
    named ..."), and where it ends, when it is no place and opens with no given name (a tagger may read "Velto
    Rovers" as a person's); else None.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> _opening_name("Velto Rovers on Tuesday named a coach.", 0, [], load_lexicon())
    ('Velto Rovers', 12)
    >>> _opening_name("Network has offered a path.", 0, [], load_lexicon()) is None
    True
    """
    m = _OPENING_NAME.match(text, start)
    if m is None or m.group().split()[0].lower() in lexicon.function_words.sentence_starters \
            or m.group() in lexicon.places or m.group().split()[0] in lexicon.given_names \
            or any(e.start == start and e.label not in ("ORG", "NAME", "PERSON") for e in entities):
        return None
    return m.group(), m.end()


_memo: tuple[str | None, dict[tuple[str, int], str | None]] = (None, {})  # the last text read, its answers


def full_name(body: str, text: str, lexicon: Lexicon) -> str | None:
    """The full name of a body the text first names in full and then by its first word(s) ``body``: the name
    of the text's first mention of ``body``, when capitalised words ending with an organisation's head follow it.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> full_name("Halden", "Analysts at Halden Securities said so. Halden analyst Ann Roe agreed.", load_lexicon())
    'Halden Securities'
    >>> full_name("Halden", "Halden analyst Ann Roe said so. Halden Securities agreed.", load_lexicon()) is None
    True
    """
    global _memo
    memo = _memo
    if memo[0] is not text:  # each body is asked about once a text (the text scans below are whole-text)
        memo = _memo = (text, {})
    key = (body, id(lexicon))
    if key not in memo[1]:
        memo[1][key] = _full_name(body, text, lexicon)
    return memo[1][key]


def _full_name(body: str, text: str, lexicon: Lexicon) -> str | None:
    """:func:`full_name`, not remembered."""
    if any(w.lower() in lexicon.role_modifiers or w.lower() in lexicon.role_words for w in body.split()) \
            or body in lexicon.places or is_family_name(body, text, lexicon):
        return None  # "Former", a place ("New York judge"), a person's family name ("Ann Hale" ... "Hale aide X")
    # (found by ``str.find``, not by patterns made for each body: "(?<![\w\-])body((?: Name)+)" and, before it,
    # "(?<![\w\-])body(?![\w\-])")
    at, run = -1, None
    while run is None:
        at = text.find(body, at + 1)
        if at < 0:
            return None
        if at == 0 or _WORDY.match(text, at - 1) is None:
            run = _NAMES_AFTER.match(text, at + len(body))
    if _whole_word_before(body, text, at):
        return None
    words = run.group().split()
    heads = lexicon.function_words.organisation_heads
    if len(words) > 3 or words[-1] not in heads:  # "Take House Speaker X": a name's run ends with its head
        return None
    return f"{body} {' '.join(words)}"
