"""A speaker named after a cue that follows a comma, when a subject inside the sentence before the cue was found.

In 'The race will be decided by voters like Ms. Dale, who lives in a swing county, says Tom Hale, a strategist'
the cue ``says`` follows a comma, and the name after it, with nothing after the name but an apposition to the end of
the sentence, is the speaker: the sentence before the comma is what he says. A subject found before the cue (here
``who``, standing for Ms. Dale) is then no subject of it; neither is a phrase before a quotation that ends right
before the cue ('Behind the scenes, X is "...," said Tom Reid, the campaign's director'). A subject opening the
sentence keeps the cue ('The board, which met Monday, praised Tom Hale, the director': the caller checks).
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame, TextIndex
from quotetrack.attribution.sources import Source, SourceFinder

__all__ = ["inverted_source"]

_ENDS = frozenset({",", ".", "(", "--", "—", "–"})


def inverted_source(index: TextIndex, sources: SourceFinder, cue: CueMatch, frame: Frame) -> Source | None:
    """The name after speech cue ``cue`` that follows a comma, when only an apposition (no verb outside a relative
    clause) comes after the name in the frame; else None.

    Examples
    --------
    >>> import quotetrack
    >>> text = ("The race will be decided by voters like Ms. Dale, who lives in a swing county, "
    ...         "says Tom Hale, the party's former state director.")
    >>> [(s.text, s.speaker.name) for s in quotetrack.read(text).statements]
    [('The race will be decided by voters like Ms. Dale, who lives in a swing county', 'Tom Hale')]
    """
    fw, words = index.fw, index.words
    if cue.participle or cue.cls != "speech" or cue.lemma in fw.addressed_cues or cue.first <= frame.first \
            or not index.after_comma(cue.first):
        return None
    source = sources.source_after(cue.last, frame)
    if source is None or source.kind != "entity" or source.last < frame.last and words[source.last] not in _ENDS:
        return None
    verbs = fw.auxiliaries - {"to"} | fw.finite_verbs
    for t in range(source.last, frame.last):
        if words[t] in fw.relative_pronouns:
            break  # "Tom Hale, who ran the 2012 campaign": the verbs are the relative clause's
        if index.quote_of[t] >= 0 or words[t] in verbs and index.tokens[t].text.islower():
            return None  # 'said Tom Hale, the director, was wrong': the name opens the reported clause
    return source
