"""Claims nobody in the text makes: "X rejected the allegation that ...", "denied speculation that ...".

A rebuttal whose object is a claim noun (a ``hearsay`` word of ``response_words.tsv``) followed by the claim
itself ("the allegation that the minister had been sidelined") introduces that claim where it stands: the text
names no one who made it. The response then answers the claim, an unnamed party named by its words; it is
read only where no party of the text was found to have made it (:mod:`~.reader` asks last), and not in the
headline or the opening paragraph: they sum up a story whose sources, the claim's maker among them, come later.
"""

from __future__ import annotations

import functools
import re

from quotetrack.lexicon import phrase_alternation
from quotetrack.model import Speaker

from .parties import Candidate
from .placement import paragraphs_between
from .words import ResponseWords

__all__ = ["framed_claim", "unattributed_claim"]

_STANCES = frozenset({"rejects", "rebuts", "questions"})
_MAX_WORDS = 16  # a claim longer than this is no name a reader can use
_FRAMED = re.compile(r"\b([a-z]+)\s+that\b")
_FRAME_REACH = 20  # "the assertion |that ...": the frame may stand just before the words the reading took


@functools.cache
def _claim(words: ResponseWords) -> re.Pattern[str]:
    """A determiner, a ``claim_modifier`` and a noun going on with "that" or "of" ("the persistent claims that ...")."""
    modifiers = phrase_alternation(words.classes.get("claim_modifier", frozenset()))
    return re.compile(rf"\s+(?:(?:the|these|those|such)\s+)?(?:(?:{modifiers})\s+)?([a-z]+)\s+(that|of)\s+"
                      r"([^,;:.!?\"“”]+)")


def unattributed_claim(text: str, cue_end: int, cue: str, words: ResponseWords) -> Candidate | None:
    """The claim a rebuttal cue ending at ``cue_end`` answers, when its object spells it out with no author.

    Parameters
    ----------
    text : str
        The article text.
    cue_end : int
        Where the cue ends ("rejected|").
    cue : str
        The cue as written, whose stance must oppose (reject, rebut, question).
    words : ResponseWords
        The response lexicon (``hearsay`` nouns).

    Returns
    -------
    Candidate or None
        An unnamed party named by the claim's words ("allegation that the minister had been sidelined").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = ("Minister denies claims\\n\\nThe minister spoke.\\n\\nThe minister rejected the allegation that "
    ...         "she had misled parliament, saying it was false.")
    >>> unattributed_claim(text, text.index(" the allegation"), "rejected", words).speaker.name
    'allegation that she had misled parliament'
    >>> unattributed_claim(text, text.index(" the allegation"), "repeated", words) is None
    True
    >>> unattributed_claim(text, text.index(" claims"), "denies", words) is None  # the headline
    True
    """
    if words.stance(cue) not in _STANCES or paragraphs_between(text, 0, cue_end) < 2:
        return None
    m = _claim(words).match(text, cue_end)
    if m is None or m.group(1) not in words.classes.get("hearsay", frozenset()):
        return None
    name = " ".join(text[m.start(1):m.end(3)].split())
    if len(name.split()) > _MAX_WORDS or (m.group(2) == "of" and len(m.group(3).split()) < 2):
        return None
    return Candidate(speaker=Speaker(name=name, kind="unnamed"), names=(), first=m.start(1), side=None)


def framed_claim(text: str, start: int, end: int, words: ResponseWords) -> bool:
    """Whether a statement (``text[start:end]``) frames words as someone's claim ("The assertion that ... is a
    rehash", "said the claim that ... was groundless"): a ``restated`` noun of ``response_words.tsv`` before "that",
    in the statement or right before it. Words shared with no such frame are often one event told twice.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "Ms Roux said the claim that the talks had failed was wrong."
    >>> framed_claim(text, text.index("that"), len(text), words)
    True
    >>> text = "Ms Roux said that the talks had failed, and nobody was surprised."
    >>> framed_claim(text, text.index("that"), len(text), words)
    False
    """
    restated = words.classes.get("restated", frozenset())
    return any(m.group(1) in restated for m in _FRAMED.finditer(text[max(0, start - _FRAME_REACH):end].lower()))
