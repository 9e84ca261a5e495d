"""A sentence closed by an as-clause of speech: "The plan is a scare tactic, as Tom Hale noted in a column."

The as-clause names who said what the main clause says; it ends the sentence, with at most a short adjunct after
its cue ("in a column", "on Tuesday"; not "to the club", "into the crowd": an "as" of time), so the main clause
before its comma is the statement. An as-clause opening
the sentence ("As Tom Hale noted, ...") or inside it ("..., as Hale noted, the plan ...") is read elsewhere
(:meth:`~quotetrack.attribution.constructions.Attributor.clause_before`).
"""

from __future__ import annotations

from quotetrack.attribution.index import Frame, TextIndex

__all__ = ["trailing_as_end"]

_ADJUNCT = 8  # words of the adjunct after the cue


def trailing_as_end(index: TextIndex, as_at: int, cue: int, after: int, frame: Frame) -> int | None:
    """The end of the main clause an as-clause at ``as_at`` closes, if it closes the sentence.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    as_at : int
        The token "as", after a comma.
    cue : int
        The first token of the cue.
    after : int
        The token after the cue.
    frame : Frame
        The sentence.

    Returns
    -------
    int or None
        The comma before "as" (the clause's end), or None when the sentence goes on after the as-clause.

    Examples
    --------
    >>> import quotetrack
    >>> text = "The levy is a scare tactic, as Tom Hale noted in a column."
    >>> [(s.speaker.name, s.text) for s in quotetrack.read(text).statements]
    [('Tom Hale', 'The levy is a scare tactic')]
    """
    words, fw = index.words, index.fw
    if as_at - 1 <= frame.first or words[as_at - 1] != "," or index.quote_of[as_at - 1] >= 0:
        return None
    if any(words[t] in fw.passive_auxiliaries or words[t] == "it" for t in range(as_at + 1, cue)):
        return None  # "..., as it was called": a name, no one's words
    rest = [t for t in range(after, frame.last) if words[t][:1].isalnum()]
    if len(rest) > _ADJUNCT or rest and (words[rest[0]] not in fw.prepositions or words[rest[0]] in
                                         fw.target_prepositions | fw.topic_prepositions):
        return None  # "..., as Hale said he would", "as she spoke to the club", "as he charged into": no report
    if any(index.quote_of[t] >= 0 or words[t] == "," or words[t] in fw.auxiliaries or words[t] in fw.finite_verbs
           or words[t] in fw.relatives for t in range(after, frame.last)):
        return None
    return as_at - 1
