"""A fronted setting before a cue whose clause goes on: "In his speech, the mayor argued for the levy".

A sentence may open with a short phrase that sets the scene of the whole sentence ("In both cases", "In his
speech", "During the debate") before a subject and a verb. When that verb is a cue with words of its own after it
("the mayor spoke as if ...", "voters still believe in ..."), the opening phrase is the writer's, not a first
fragment of what was said: a reported fragment before a cue stands alone only when the cue is parenthetical ("In
both cases, she said, the money ..."), or closes the sentence ("In Ohio, the race is close, he said"). The phrase
must open with a preposition and hold no verb of its own (a finite verb, an auxiliary or a cue).
"""

from __future__ import annotations

from quotetrack.attribution.index import TextIndex

__all__ = ["fronted_setting"]

_MAX_WORDS = 6


def fronted_setting(index: TextIndex, first: int, end: int, after: int, last: int) -> bool:
    """Whether the words ``[first, end)`` opening a sentence are a setting phrase, not a fragment of the statement
    of the cue whose subject or cue ends at ``after`` (``last`` the end of the sentence): see the module's docstring.

    Examples
    --------
    >>> import quotetrack
    >>> [s.text for s in quotetrack.read("In both cases, the mayor spoke as if the money were hers.").statements]
    []
    """
    words, fw = index.words, index.fw
    if words[first] not in fw.prepositions or end - first > _MAX_WORDS or after >= last:
        return False
    if not index.tokens[after].text[:1].isalnum():
        return False  # "In both cases, she said, ...": a parenthetical cue; "..., he said.": a closing one
    verbs = fw.finite_verbs | fw.auxiliaries
    return not any(words[t] in verbs or t in index.cue_set or index.quote_of[t] >= 0 for t in range(first, end))
