"""How a reply was given, read after a turn cue: "X shot back in a statement", "X responded by saying ...".

A turn cue ("respond", "reply", "hit back": role ``turn`` of ``response_cues.tsv``) with no object answers the
previous speaker. The words after it often tell only how the reply went: a medium ("in a statement", "with a
tweet": a ``noun`` medium of ``channels.tsv``) or a gerund after "by" ("responded by saying", "replied by pointing
to his record"). Neither is the cue's object, and "by" there opens no passive agent ("criticised by X").
"""

from __future__ import annotations

import re

from quotetrack.lexicon import Lexicon

__all__ = ["reply_manner"]

_BY_GERUND = re.compile(r"\s+by\s+[a-z]+ing\b")
_MEDIUM = re.compile(r"\s+(?:in|with|via|through)\s+(?:a|an|the|his|her|its|their)\s+([a-z-]+(?:\s+[a-z-]+){0,3})",
                     re.IGNORECASE)
_MODIFIERS = 2  # words before the medium noun ("in a brief written statement")


def reply_manner(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the words after a turn cue ending at ``end`` tell how the reply was given, not whom it answers.

    Parameters
    ----------
    text : str
        The article text.
    end : int
        Where the turn cue ends.
    lexicon : Lexicon
        The media nouns (``channels.tsv``).

    Returns
    -------
    bool
        True for a gerund after "by" or a medium after "in", "with", "via" or "through" with no addressee ("to").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> [reply_manner(t, 11, lexicon) for t in ("Ann replied by saying no.", "Ann replied in a short statement.",
    ...                                         "Ann replied to the mayor.", "Ann replied in kind.",
    ...                                         "Ann replied in a letter to the mayor.")]
    [True, True, False, False, False]
    """
    if _BY_GERUND.match(text, end):
        return True
    found = _MEDIUM.match(text, end)
    if found is None:
        return False
    words = found.group(1).lower().split()
    if "to" in words:
        return False  # "replied in a letter to the board": the addressee may be whom it answers
    nouns = lexicon.media.get("noun", {})
    return any(" ".join(words[first:last]) in nouns for first in range(min(len(words), _MODIFIERS + 1))
               for last in range(first + 1, len(words) + 1))
