"""A sanction a speaker announces in their own words: "We have banned her from all competitions".

A body's spokesman who says, in the first person, that they have sanctioned someone ("We have banned her",
"We have suspended him": a ``sanction`` verb of ``response_words.tsv``) answers that person: the sanction
is the body's reply to what the person did. The person is the one the pronoun stands for, the latest person
the text named before the quotation, on another side; a speaker is never their own target.
"""

from __future__ import annotations

import functools
import re

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import phrase_alternation
from quotetrack.model import Statement

from .parties import Candidate, Names, same_side
from .words import ResponseWords

__all__ = ["sanctioned"]


@functools.cache
def _pattern(words: ResponseWords) -> re.Pattern[str]:
    verbs = sorted({f for v in words.classes.get("sanction", frozenset()) for f in inflections(v)}, key=len,
                   reverse=True)
    return re.compile(rf"\W*We(?:['’]ve|\s+have)?\s+(?:(?:now|also|today|decided\s+to)\s+)?"
                      rf"(?:{phrase_alternation(verbs)})\s+(him|her)\b")


def sanctioned(text: str, statement: Statement, names: Names, words: ResponseWords
               ) -> tuple[Candidate, int, int] | None:
    """The person a first-person sanction at the head of a quotation answers, and where the sanction stands.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read("The federation suspended sprinter Kate Lyle after she missed a drugs test. "
    ...                           '"We have suspended her for a year," said federation chief Tom Hale.')
    >>> [(r.source, r.target, r.evidence) for r in article.responses]
    [('Tom Hale', 'Kate Lyle', 'sanction')]
    """
    speaker = statement.speaker
    if statement.kind != "direct" or speaker is None:
        return None
    m = _pattern(words).match(statement.text)
    if m is None:
        return None
    latest = None
    for candidate, start, _ in names.finditer(text[:statement.start]):
        if candidate.speaker.kind == "person" and candidate.speaker.name != speaker.name:
            latest = candidate
    if latest is None or same_side(speaker, latest, words):
        return None
    return latest, statement.start, statement.start + m.end()
