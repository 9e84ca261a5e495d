"""Two speakers named as one subject of a response cue: "Ann Wells, an economist, and Bob Stone, a pollster,
applauded the plan".

The attribution gives the statement to the first name; the cue's answer is both's. A name joined to the speaker's
mention by "and" between it and the cue, each with an apposition between commas or none, answers the same
target on the same evidence, when that evidence is the cue itself (its object named the target).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from quotetrack.document import Document
from quotetrack.model import Response, Statement

from .parties import Names
from .placement import sentence_start

__all__ = ["co_sources"]

_APPOSITION = r"(?:,[^.;:!?\"“”()\n]{1,120}?,)?"
_TITLES = r"(?:[A-Z][a-z]+\.?\s+){0,2}"  # "and Sen. [B]"
_JOINED = re.compile(rf"{_APPOSITION}\s+and\s+")
_JOINED_TITLED = re.compile(rf"{_APPOSITION}\s+and\s+{_TITLES}")
_OPENS = re.compile(r"[\s\"“‘']*(?:[A-Z][a-z]+\.?\s+){0,3}")  # a sentence opening with the first name, after titles
_TO_CUE = re.compile(rf"{_APPOSITION}\s+(?:both\s+|also\s+|each\s+|jointly\s+)?")
_REACH = 260  # characters from the speaker's mention to the cue


def co_sources(response: Response, statement: Statement, text: str, names: Names,
               canonical: Mapping[str, str], document: Document | None = None) -> list[Response]:
    """The same response from each party named with the speaker as the cue's subject.

    Parameters
    ----------
    response : Response
        The statement's response, on its canonical names.
    statement : Statement
        The responding statement (its speaker's mention and its cue).
    text : str
        The article text.
    names : Names
        The candidates' names.
    canonical : mapping of str to str
        Canonical names by speaker name.
    document : Document, optional
        Its sentences, where the first name must open one.

    Returns
    -------
    list of Response
        One for the conjunct, when there is one; none else.

    Examples
    --------
    >>> import quotetrack
    >>> text = ("Governor Tim Bright unveiled a jobs plan. Ann Wells, an economist at Lane College, and Bob Stone, "
    ...         "a pollster, applauded Bright's plan.")
    >>> sorted((r.source, r.target) for r in quotetrack.read(text).responses)
    [('Ann Wells', 'Tim Bright'), ('Bob Stone', 'Tim Bright')]
    """
    mention, cue = statement.speaker_mention, statement.cue
    if response.evidence != "cue" or mention is None or cue is None or not 0 <= cue.start - mention.end <= _REACH:
        return []
    names_found = [(c, start + offset, start + end) for start in (max(0, mention.start - _REACH),)
                   for c, offset, end in names.finditer(text[start:cue.start])]
    first = next(((c, a, b) for c, a, b in names_found if a <= mention.start < b), None)
    if first is None or not _OPENS.fullmatch(text, sentence_start(text, mention.start, document), first[1]):
        before = [(c, a, b) for c, a, b in names_found if b <= mention.start
                  and _JOINED_TITLED.fullmatch(text, b, mention.start) is not None]  # "A, ..., and [the speaker] said"
        if not before or not _OPENS.fullmatch(text, sentence_start(text, before[-1][1], document), before[-1][1]) \
                or _TO_CUE.fullmatch(text, mention.end, cue.start) is None:
            return []
        other = before[-1][0]
    else:
        joined = _JOINED.match(text, mention.end, cue.start)  # "[the speaker], ..., and B, ..., said"
        after = [(c, a, b) for c, a, b in names_found if joined is not None and a >= joined.end()
                 and re.fullmatch(_TITLES, text[joined.end():a]) is not None]
        if not after or _TO_CUE.fullmatch(text, after[0][2], cue.start) is None:
            return []
        other = after[0][0]
    name = canonical.get(other.speaker.name, other.speaker.name)
    return [] if name in (response.source, response.target) else [attrs.evolve(response, source=name)]
