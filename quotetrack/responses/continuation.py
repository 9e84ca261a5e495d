"""A speaker's next statements continue their response: the statements after a response, by its speaker or a
colleague, that answer the same party with no evidence of their own.

A continuation stays close: in the response's paragraph, or in the next one when the speaker is quoted there (a
speaker narrated in a new paragraph, "He pledged ...", or one two paragraphs on, had mostly moved on in the political
sample). A new proposal ("She pledged to ...") is news of the speaker's own. And the continuing words must still be
about a side: they name the party answered or its side, or speak of a third party ("he", "they") or of the
speaker's own side ("we"); words about no side ("You have to go out and vote tomorrow", "The distraction gets you off
message", "I know what a good deal is") had mostly moved on in the political sample.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quotetrack.model import Speaker, Statement

from .parties import Candidate, Names, colleagues, same_side
from .placement import anchor_of, paragraphs_between
from .words import ResponseWords

__all__ = ["continued", "speaks_of"]

_PERSONS = re.compile(r"\b(?:he|him|his|she|her|they|them|their|we|us|our)\b", re.IGNORECASE)  # not "I", "you"


def speaks_of(said: str, target: Candidate) -> bool:
    """Whether words speak of a side: they name ``target`` or its side, a third person ("he", "they") or the speaker's
    own side ("we", "our case").

    Examples
    --------
    >>> hale = Candidate(speaker=Speaker(name="Tom Hale"), names=("Tom Hale", "Hale"), first=0, side=None)
    >>> speaks_of("Hale never listens", hale), speaks_of("They never listen", hale), speaks_of("Vote today", hale)
    (True, True, False)
    """
    return _PERSONS.search(said) is not None or any(n in said for n in (*target.names, target.side or "") if n)


def continued(statements: Sequence[Statement], index: int, speaker: Speaker, text: str,
              last_response: Mapping[str, tuple[str, int, float]], latest_speaker: str | None,
              run_start: Mapping[str, int], by_name: Mapping[str, Candidate], words: ResponseWords,
              names: Names | None = None) -> tuple[Candidate, float] | None:
    """The party statement ``index`` goes on answering, and the confidence of the response it continues.

    Parameters
    ----------
    statements : sequence of Statement
        The article's statements.
    index : int
        The statement's index.
    speaker : Speaker
        Its speaker.
    text : str
        The article text.
    last_response : mapping of str to (str, int, float)
        Each speaker's latest response: its target, statement index and confidence.
    latest_speaker : str or None
        The speaker of the statement before.
    run_start : mapping of str to int
        Where each speaker's latest run of statements began.
    by_name : mapping of str to Candidate
        The parties by name.
    words : ResponseWords
        The proposal lemmas.
    names : Names, optional
        The parties' names: words naming another party first, and not the one answered, turn to it ("Then he cut
        into Bush ...").

    Returns
    -------
    (Candidate, float) or None
        The party answered and the continued response's confidence; none when the statement continues nothing.
    """
    statement = statements[index]
    last = last_response.get(speaker.name)
    if last is None or latest_speaker != speaker.name or last[1] < run_start[speaker.name]:
        previous = statements[index - 1].speaker if index else None  # a colleague takes up their side's response
        last = last_response.get(previous.name) if previous is not None else None
        if previous is None or last is None or last[1] != index - 1 or not colleagues(speaker, previous) \
                or paragraphs_between(text, statements[index - 1].end, anchor_of(statement)) > 1:
            return None
    elif (breaks := paragraphs_between(text, statements[last[1]].end, anchor_of(statement))) > 1 \
            or (breaks and statement.kind == "indirect"):
        return None  # past the next paragraph, or narrated in it, a speaker has often moved on ("He pledged ...")
    target = by_name.get(last[0])
    if target is None or same_side(speaker, target, words) or statement.cue is not None \
            and statement.cue.lemma in words.classes.get("proposal", frozenset()):
        return None  # "He pledged to ...": news of the speaker's own, no more of the response
    other = names.first_in(statement.text, speaker.name) if names is not None else None
    if other is not None and other.speaker.name != target.speaker.name:
        return None  # "Then he cut into Bush, calling him a stiff": another party now
    return (target, last[2]) if speaks_of(statement.text, target) else None
