"""A statement the writer frames by another party's words or act named in a phrase opening its sentence: "Asked about
Y's charges, X said ...", "As for Y's latest attacks, "...," said X".

A phrase of topic (a ``topic_frame`` phrase of ``response_words.tsv``: "asked about", "as for", "regarding") opens the
sentence, after at most a ``turn_opening`` word ("But as for ..."), and its object is a party's possessive: at most
two capitalised words or titles before the name ("Mr.", "President"), then the name with "'s". The statement's speaker
or words come right after the phrase's comma or dash (at most four words between: "Governor", "the senator"). What
the phrase names is the party's own (its words, its act): the statement is said of it and answers that party. A name
with no possessive ("Asked about Y, X said") names the party, not what it said or did, and is left unread; so is a
phrase further into the sentence ("X said, as for Y's plan, ...").
"""

from __future__ import annotations

import re

from quotetrack.model import Statement

from .framed import follows_clause, opening_phrase
from .parties import Candidate, Names
from .placement import anchor_of
from .words import ResponseWords

__all__ = ["framed_topic"]

_TITLES = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}")  # "Mr. ", "President ": before the name
_POSSESSIVE = re.compile(r"['’]s?\s+[a-z]")  # "Trump's rhetoric", "Sanders' charge"
_PHRASE_REACH = 200  # characters the opening phrase may take


def framed_topic(text: str, statement: Statement, names: Names, words: ResponseWords,
                 source: str) -> tuple[Candidate, int, int] | None:
    """The party whose words or act a phrase opening the sentence of ``statement`` names, and the phrase's span.

    Parameters
    ----------
    text : str
        The article text.
    statement : Statement
        The statement.
    names : Names
        The parties' names.
    words : ResponseWords
        The ``topic_frame`` phrases and the ``turn_opening`` words.
    source : str
        The statement's speaker: their own words named so are no answer.

    Returns
    -------
    (Candidate, int, int) or None
        The party and the span of the phrase up to its name; none where no such phrase frames the statement.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ("Senator Ruth Ellis said the tariffs had cost jobs. Asked about Ellis's charge, Commerce Secretary "
    ...         "Tom Hale said the tariffs were working.")
    >>> [(r.source, r.target, r.evidence) for r in read(text).responses]
    [('Tom Hale', 'Ruth Ellis', 'regarding')]
    """
    opening = opening_phrase(text, statement, words, "topic_frame")
    if opening is None:
        return None
    start, at = opening
    anchor = anchor_of(statement)
    for candidate, begin, end in names.finditer(text[at:min(anchor, at + _PHRASE_REACH)]):
        if _TITLES.fullmatch(text, at, at + begin) is None:
            return None  # named further on: "as for the cost of Y's plan" names the cost
        if candidate.speaker.name == source or _POSSESSIVE.match(text, at + end) is None:
            return None  # "Asked about Y, X said": the party, not its words or act
        return (candidate, start, at + end) if follows_clause(text, at + end, anchor) else None
    return None
