"""``read`` as a cue where a written source quotes: '"...," the letter reads', '"...," reads an editorial',
'a memo that read: "..."'.

``read`` is no cue elsewhere ("she read the report"): a form of it counts only right beside a quotation,
after a short subject headed by a source noun (a letter, a statement, an email), or right after the
quotation with the source after it, or after a source noun before a colon or a comma that opens a quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.attribution.cues import CueMatch
from quotetrack.lexicon import Lexicon

__all__ = ["reading_cues"]

_FORMS = frozenset({"read", "reads"})
_CLOSERS = frozenset({'"', "”", "''", "’", "'"})
_OPENERS = frozenset({'"', "“", "``", "‘", "'"})
_SUBJECT_REACH = 6  # words of a subject between a quotation and "reads": "the letter to the board"


def reading_cues(words: Sequence[str], quote_of: Sequence[int], lexicon: Lexicon) -> list[CueMatch]:
    """The forms of ``read`` that attribute a quotation (see the module's docstring).

    Parameters
    ----------
    words : sequence of str
        Each token in lower case.
    quote_of : sequence of int
        For each token, the quotation it lies in, or -1.
    lexicon : Lexicon
        Source nouns and function words.

    Returns
    -------
    list of CueMatch
        The cues in text order.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> words = ['"', 'no', 'entry', '"', ',', 'the', 'letter', 'reads', '.']
    >>> [c.first for c in reading_cues(words, [-1, 0, 0, -1, -1, -1, -1, -1, -1], load_lexicon())]
    [7]
    """
    found = []
    for k, word in enumerate(words):
        if word in _FORMS and quote_of[k] < 0 and k > 0 and _beside_quotation(words, quote_of, k, lexicon):
            found.append(CueMatch(first=k, last=k + 1, lemma="read", cls="speech"))
    return found


def _beside_quotation(words: Sequence[str], quote_of: Sequence[int], k: int, lexicon: Lexicon) -> bool:
    n = len(words)
    if k + 2 < n and words[k + 1] in {":", ","} and (quote_of[k + 2] >= 0 or words[k + 2] in _OPENERS):
        # 'the memo reads: "..."', 'a letter that read, "..."'
        return words[k - 1] in lexicon.source_nouns
    j = k - 1
    if words[j] == ",":
        j -= 1
    if quote_of[j] >= 0 or words[j] in _CLOSERS:  # '"...," reads an editorial in the Tribune'
        return k + 1 < n and words[k + 1] in lexicon.function_words.determiners
    subject: list[str] = []
    while j >= 0 and quote_of[j] < 0 and words[j] not in _CLOSERS | {","} and len(subject) < _SUBJECT_REACH:
        if not words[j].isalnum() and words[j] not in {"'s", "’s", "-"}:
            return False
        subject.append(words[j])
        j -= 1
    if j >= 1 and words[j] == ",":
        j -= 1  # '“...”, the letter reads'
    if not subject or j < 0 or not (quote_of[j] >= 0 or words[j] in _CLOSERS):
        return False
    # '"...," the letter reads' ('"...," it read' keeps the writer the text named before)
    return subject[-1] in lexicon.function_words.determiners | {"his", "her", "its", "their"} \
        and any(w in lexicon.source_nouns for w in subject)
