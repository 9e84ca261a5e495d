"""A relative "that" after a cue's object: "cited problems abroad that he blamed on the president".

The reported clause of "said Monday that", "told reporters that", "reiterated his belief that" opens at "that". After
a plain noun phrase object of a cue that names no addressee ("threatens the extensive work that economists did",
"decided to keep some of the limits that the party had set"), "that" opens a relative clause of that object, and no
reported clause opens there: the object is read as a noun phrase, relative clause and all.
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import IndexView

__all__ = ["relative_that"]


def relative_that(view: IndexView, k: int, j: int, cue: CueMatch) -> bool:
    """Whether "that" at token ``j`` opens a relative clause of the noun phrase ``[k, j)`` after ``cue``.

    Examples
    --------
    >>> import quotetrack
    >>> text = "The mayor cited problems in the port that she blamed on the previous council."
    >>> [s.text for s in quotetrack.read(text).statements]
    ['problems in the port that she blamed on the previous council']
    """
    fw, words, tokens = view.fw, view.words, view.tokens
    if cue.lemma in fw.addressed_cues or j <= k or not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return False
    first, noun = words[k], words[j - 1]
    if first in fw.prepositions or first in fw.between or first in fw.particles or first.endswith("ly") \
            or first in fw.time_adverbs or first in fw.period_determiners:
        return False  # "said in a statement that", "said again that", "reported back that", "said last week that"
    if not tokens[j - 1].text.isalpha() or not tokens[j - 1].text.islower():
        return False  # "told The Times that", "said Monday that"
    t = j + 1
    while t < len(words) and words[t] not in {".", "?", "!", ";"}:
        if view.quote_of[t] >= 0:
            return False  # quoted words after "that": a reported clause is likelier ('a voice that said "..."')
        t += 1
    singular = noun.removesuffix("s")
    return noun not in view.lexicon.cue_nouns and singular not in fw.content_nouns and noun not in fw.content_nouns \
        and singular not in fw.periods and noun not in fw.time_adverbs and noun not in fw.between \
        and noun not in fw.particles and not noun.endswith("ly") and noun not in fw.prepositions \
        and noun not in fw.conjunctions and singular not in view.lexicon.media.get("noun", {})
