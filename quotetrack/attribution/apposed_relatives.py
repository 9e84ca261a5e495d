"""The name an apposition with a relative clause follows: "Ann Pike, a former state employee who accused the
governor of ...".

A relative clause closing an apposition ("a former state employee who accused ...") describes the person the
apposition follows: the name before the apposition's comma is the subject of the clause's cue, wherever the name
stands in its sentence ("They included Ann Pike, a former aide who accused ..."). The apposition opens with an
article and holds no clause of its own (no comma, preposition or conjunction) before "who".
"""

from __future__ import annotations

from quotetrack.attribution.appositions import Appositions
from quotetrack.attribution.index import Frame, Source

__all__ = ["apposed_antecedent"]

_REACH = 7  # words of the apposition before "who"


def apposed_antecedent(finder: Appositions, source: Source, frame: Frame) -> Source | None:
    """The person's name before the apposition that ``source`` (the noun before "who") ends, if there is one.

    Parameters
    ----------
    finder : Appositions
        The document's source finder.
    source : Source
        The described antecedent of a restrictive "who" ("employee" of "a former state employee who").
    frame : Frame
        The frame the source is read in.

    Returns
    -------
    Source or None
        The name, with its title chain, when an article opens the apposition right after a comma that follows it.

    Examples
    --------
    >>> import quotetrack
    >>> text = "The panel heard from Ann Pike, a former clerk who accused the mayor of lying."
    >>> [s.speaker.name for s in quotetrack.read(text).statements]
    ['Ann Pike']
    """
    words, fw = finder.words, finder.fw
    c = source.phrase_first - 1
    while c > frame.first and source.phrase_first - c <= _REACH and words[c] != "," and finder.quote_of[c] < 0 \
            and words[c] not in fw.prepositions and words[c] not in fw.conjunctions and words[c] not in fw.relatives:
        c -= 1
    if c <= frame.first or words[c] != "," or words[c + 1] not in fw.determiners:
        return None
    named = finder.entity_at.get(c - 1)
    if named is None or named.label != "PERSON":
        return None
    a, b = finder.index.token_range(named.start, named.end)
    return Source(first=a, last=b, kind="entity", entity=named, outer=finder.title_chain_start(a, frame.first))
