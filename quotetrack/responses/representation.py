"""Those who speak for the one an act fell on answer whoever did it.

When a body bans, fines, suspends or charges someone, what is said next for that person
answers the body: "Athletics Kenya banned the runner ... The runner's management company
said she had wanted to race", "The ethics committee fined Senator Hale ... Hale's
spokesman said he would appeal". The speaker is named as the person's representative
where it is introduced (a possessive before a ``representative`` noun of
``response_words.tsv``: "Hale's spokesman", "Chepkemei's management company"); the act is
one ``acts.py`` found, by a party on another side, within two paragraphs before, that
falls on that person (their name follows the act verb in its sentence) and is a sanction (a
``sanction`` verb, or an ``undergone`` noun right after the verb: "issued the ban").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import phrase_alternation
from quotetrack.model import Statement

from .acts import Act, act_agent_at
from .parties import Candidate
from .placement import anchor_of, paragraphs_between
from .words import ResponseWords, singular

__all__ = ["represented"]

_REACH = 2  # paragraph breaks between the act and the representative's statement
_INTRODUCED = 120  # characters around the statement's attribution searched for "X's spokesman"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@functools.cache
def _pattern(words: ResponseWords) -> re.Pattern[str]:
    nouns = phrase_alternation(words.classes.get("representative", frozenset()))
    return re.compile(rf"\b([A-Z][\w-]+)['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\b")


@functools.cache
def _nouns(words: ResponseWords) -> tuple[str, ...]:
    """The ``representative`` nouns, one of which each match of :func:`_pattern` holds as written."""
    return tuple(words.classes.get("representative", frozenset()))


@functools.cache
def _sanction_forms(words: ResponseWords) -> frozenset[str]:
    return frozenset(f for v in words.classes.get("sanction", frozenset()) for f in inflections(v))


def _sanction(text: str, act: Act, person: str, words: ResponseWords, passive: bool) -> bool:
    """Whether ``act`` is a sanction that falls on ``person`` (named after the verb in its sentence)."""
    end = _SENTENCE_END.search(text, act.end)
    rest = text[act.end:end.start() if end else len(text)]
    begun = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, act.start - 300), act.start)),
                default=max(0, act.start - 300))
    named = re.compile(rf"\b{re.escape(person)}\b")
    if named.search(rest) is None and not (passive and named.search(text, begun, act.start)):
        return False  # falls on the person: named after the verb, or before a passive one ("X was banned by")
    if text[act.start:act.end].lower() in _sanction_forms(words):
        return True
    following = re.findall(r"[a-z]+", rest.lower())[:3]
    return any(singular(w) in words.classes.get("undergone", frozenset()) for w in following)


def represented(text: str, statement: Statement, acts: Sequence[Act], words: ResponseWords
                ) -> tuple[Candidate, int, int] | None:
    """The party that sanctioned the one the statement's speaker speaks for, and the possessive that says so.

    Parameters
    ----------
    text : str
        The article text.
    statement : Statement
        A statement whose speaker may be introduced as someone's representative.
    acts : sequence of Act
        The acts the text names parties doing (:func:`~.acts.find_acts`), in text order.
    words : ResponseWords
        The ``representative``, ``sanction`` and ``undergone`` classes.

    Returns
    -------
    tuple of (Candidate, int, int) or None
        The act's author and the span of "X's <representative>".
    """
    speaker = statement.speaker
    if speaker is None:
        return None
    anchor = anchor_of(statement)
    mention = statement.speaker_mention
    low, high = (mention.start, mention.end) if mention is not None else (anchor, anchor)
    base = max(0, low - _INTRODUCED)
    own = {speaker.name, speaker.organisation.name if speaker.organisation else ""}
    near = text[base:min(len(text), high + _INTRODUCED)]
    if "'" not in near and "’" not in near or not any(noun in near for noun in _nouns(words)):
        return None  # no possessive, or no representative: the pattern cannot match
    for introduced in _pattern(words).finditer(near):
        start, end = base + introduced.start(), base + introduced.end()
        if introduced.group() not in speaker.name and not (
                mention is not None and (0 <= mention.start - end <= 2 or 0 <= start - mention.end <= 2)):
            continue  # the speaker's own introduction ("Dan Roe, Hale's spokesman"), not one near it
        person = introduced.group(1)  # a body too: "Regulators fined Acme ... Acme's spokesman said"
        for act in reversed(acts):
            if act.start >= anchor or paragraphs_between(text, act.start, anchor) > _REACH:
                continue
            passive = act_agent_at(text, text.find(act.candidate.names[0], act.end), words) if (
                act.candidate.names) else False
            if act.candidate.speaker.name not in own and _sanction(text, act, person, words, passive):
                return act.candidate, start, end
    return None
