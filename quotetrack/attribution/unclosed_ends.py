"""Where a quotation that never closes should have closed: before the speaker and the cue written after it.

A writer who forgets the closing mark ('"We will not back down, Senator Ann Dale said on Tuesday.') leaves an
opening mark that the quotation stage runs to the end of its paragraph, swallowing the speaker and the cue. A
quotation still open at its paragraph's end that holds a comma followed by a short frame of a speech cue and its
speaker (", Senator Ann Dale said", ", she told reporters", ", said Ann Dale") and then the sentence's end is read
as ending at that comma, so that the frame after it is read as a closed quotation's would be. A quotation open at
its paragraph's end with no such frame (a quoted paragraph that the next one continues) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotetrack.attribution.quotations import Quotation
from quotetrack.lexicon import Lexicon

__all__ = ["end_unclosed_at_cues"]

_WORDS = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[\"“”,;:]")  # a mark or a clause's comma in the sentence's rest: no frame
_REST = 60  # characters from the cue to the sentence's end: "said on Tuesday."
_SOURCE_WORDS = 6
_NAME = re.compile(r"[A-Z][\w.'’\-]*")
_ARTICLES = frozenset({"the", "a", "an"})


def _source(words: list[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` read as a speaker: a pronoun, capitalised words ("Senator Ann Dale", "a Dale aide"), or a
    title ("the senator")."""
    if len(words) == 1 and words[0].lower() in lexicon.function_words.subject_pronouns:
        return True
    words = words[1:] if words and words[0].lower() in _ARTICLES else words
    if not words or not all(_NAME.fullmatch(w) or w in lexicon.title_words or w in lexicon.role_modifiers
                            for w in words):
        return False
    return _NAME.fullmatch(words[-1]) is not None or words[-1] in lexicon.title_words


def _speech(word: str, lexicon: Lexicon) -> bool:
    entry = lexicon.cue_forms.get(word)
    return entry is not None and entry[1] == "speech" and not word.endswith("ing")


def _ends_sentence(text: str, at: int, end: int) -> bool:
    """Whether the sentence ends within a few words after ``at`` (or ``end`` comes first), with no quotation mark,
    comma, colon or semicolon between: "said on Tuesday.", not "said guys, I'm not going"."""
    m = _SENTENCE_END.search(text, at, min(end, at + _REST + 1))
    return m.group() in ".!?" if m is not None else end <= at + _REST


def _frame_at(text: str, comma: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the comma at ``comma`` opens a speech cue's frame with its speaker that ends the sentence before
    ``end``: ", Senator Ann Dale said on Tuesday.", ", she told reporters.", ", said Ann Dale."."""
    words: list[re.Match[str]] = []
    for m in _WORDS.finditer(text, comma + 1, end):
        words.append(m)
        if len(words) > _SOURCE_WORDS + 1:
            break
    bare = [m.group().rstrip(".!?") for m in words]
    for i in range(1, len(words)):  # "S said ...": the speaker's words, then the cue
        if any(not w[-1:].isalnum() for w in bare[:i]):
            break  # a comma or a mark inside the speaker's words: no frame
        if _speech(bare[i], lexicon) and _source(bare[:i], lexicon) and _ends_sentence(text, words[i].start(), end):
            return True
    if words and _speech(bare[0], lexicon):  # "said S.": the cue, then the speaker's words to the sentence's end
        for j in range(2, len(words) + 1):
            last = words[j - 1]
            if _NAME.fullmatch(bare[j - 1]) is not None and (last.group()[-1:] in ".!?" or last.end() >= end) \
                    and _source(bare[1:j], lexicon):
                return True
    return False


def end_unclosed_at_cues(text: str, quotations: Sequence[Quotation], lexicon: Lexicon) -> tuple[Quotation, ...]:
    """The quotations, each top-level one left open at its paragraph's end cut before a cue frame it holds.

    Examples
    --------
    >>> from quotetrack.attribution.quotations import find_quotations
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = '"We will not back down, Senator Ann Dale said on Tuesday.'
    >>> [text[q.start : q.end] for q in end_unclosed_at_cues(text, find_quotations(text, [(0, len(text))]),
    ...                                                     load_lexicon())]
    ['We will not back down']
    """
    out: list[Quotation] = []
    for q in quotations:
        if not q.closed and q.depth == 0 and q.close_mark == q.end:
            comma = text.find(", ", q.start, q.end)
            while comma > q.start:
                if _frame_at(text, comma, q.end, lexicon):
                    q = attrs.evolve(q, end=comma, close_mark=comma)  # the comma is the frame's
                    break
                comma = text.find(", ", comma + 2, q.end)
        out.append(q)
    return tuple(out)
