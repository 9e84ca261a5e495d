"""Responses told in the passive: "The move was criticised by analysts", "He was accused by X of ...".

The agent after "by" answers the subject before the cue; a passive sentence often
introduces the agent's words ("The plan was attacked by the unions. Union leaders said
...") or the subject's reply ("He was criticised by Johnson. 'I was injured,' said
Campbell."). The cues are the response cues of role ``object`` (those that take the
target as their object), in their past participle, after a form of "be" or opening a
participial phrase (", criticised by X,"); "came under fire from X" reads the same way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import attrs

from quotetrack.lexicon import phrase_alternation
from quotetrack.model import Statement

from .words import ResponseWords

__all__ = ["PassiveCue", "find_passives", "own_passive", "subject_number"]

_SUBJECT_WORDS = 4  # words before the cue read as its subject
_AGENT_REACH = 80  # characters after "by" searched for the agent's name
_BE = r"(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)"
_UNDER_FIRE = r"(?:came|come|comes|coming)\s+under\s+(?:fire|attack|criticism)"
# the agent phrase ends at a stop, but not at a title's full stop ("by Gov. Sam Reyes": a short capitalised word)
_AGENT_TAIL = re.compile(r"[,;:!?\"“”(]|(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})\.")
_SUBJECT_PRONOUNS = {"he": "singular", "she": "singular", "they": "plural", "it": "neuter"}


@attrs.frozen(kw_only=True)
class PassiveCue:
    """A passive response cue: ``text[start:end]``, its subject's offsets, the agent phrase's, and its stance."""

    start: int
    end: int
    cue: str
    subject_start: int
    subject_end: int
    agent_start: int
    agent_end: int
    stance: str


@functools.cache
def _pattern(words: ResponseWords) -> re.Pattern[str]:
    participles = sorted({p for p, role in words.roles.items() if role == "object" and " " not in p
                          and p.endswith(("ed", "t", "n"))}, key=len, reverse=True)
    alternation = phrase_alternation(participles)
    return re.compile(rf"(?:\b{_BE}\s+(?:\w+\s+)?|,\s*)(?P<cue>{alternation})\b(?P<gap>[^.;:!?\"“”]{{0,30}}?)\s+by\s+"
                      rf"|\b(?P<fire>{_UNDER_FIRE})\s+from\s+", re.IGNORECASE)


# every match holds one of them, between spaces; the space before is matched, not looked behind for, so that the
# scan leaps from space to space (a look-behind first is tried at every offset: twice the time): group 1 is the word
_KEYS = re.compile(r"\s(by|from)(?=\s)", re.IGNORECASE)
_STOPS = ".;:!?\"“”"  # no match holds one of these: not in a word, a space, a form of "be" nor the gap
_STOP = re.compile(f"[{re.escape(_STOPS)}]")


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only in the stretches between two stops that hold "by" or "from":
    the same matches (none crosses a stop, each holds one of the words), most of the text never tried."""
    done = 0
    for key in _KEYS.finditer(text):
        if key.start(1) < done:
            continue
        start = max(-1, *(text.rfind(c, done, key.start(1)) for c in _STOPS)) + 1
        stop = _STOP.search(text, key.end())
        done = stop.start() if stop is not None else len(text)
        yield from pattern.finditer(text, start, done)


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def subject_number(text: str) -> str | None:
    """The number of a subject that is a bare pronoun ("He" → ``singular``), else None.

    Examples
    --------
    >>> subject_number("He "), subject_number("The plan")
    ('singular', None)
    """
    return _SUBJECT_PRONOUNS.get(text.strip().lower())


def own_passive(statement: Statement, passives: Sequence[PassiveCue]) -> bool:
    """Whether a statement's own cue is a passive one: the agent's reason ("X was rebuked by Y for ..."), read as
    the agent's answer to the passive's subject, after the cue (never as a cue whose object is the target)."""
    return statement.cue is not None and any(c.start == statement.cue.start and statement.start >= c.agent_start
                                             for c in passives)


def find_passives(text: str, words: ResponseWords) -> tuple[PassiveCue, ...]:
    """Every passive response cue of a text, with its subject (back to the sentence or clause start) and agent.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> text = "On Monday the plan was criticised by opposition leaders. Some said it was late."
    >>> (cue,) = find_passives(text, response_words(load_lexicon()))
    >>> cue.cue, text[cue.subject_start:cue.subject_end], text[cue.agent_start:cue.agent_end]
    ('criticised', 'On Monday the plan', 'opposition leaders')
    >>> text = "Labour set out its plans, but the scheme was dismissed by the Tories as a gimmick."
    >>> (cue,) = find_passives(text, response_words(load_lexicon()))
    >>> text[cue.subject_start:cue.subject_end], text[cue.agent_start:cue.agent_end]
    ('but the scheme', 'the Tories as a gimmick')
    """
    found = []
    for m in _matches(_pattern(words), text):
        cue = m.group("cue") or m.group("fire")
        cue_start = m.start("cue") if m.group("cue") else m.start("fire")
        floor = max(0, m.start() - 200)
        marks = [(". ", 2), ("\n", 1)] + ([(", ", 2)] if text[m.start()] != "," else [])
        head = max([floor] + [i + n for mark, n in marks if (i := text.rfind(mark, floor, m.start())) >= 0])
        last_words = [w.start() for w in re.finditer(r"\S+", text[head:m.start()])][-_SUBJECT_WORDS:]
        head += last_words[0] if last_words else 0
        tail = _AGENT_TAIL.search(text[m.end():m.end() + _AGENT_REACH])
        agent_end = m.end() + (tail.start() if tail else min(_AGENT_REACH, len(text) - m.end()))
        stance = "rejects" if m.group("fire") else words.stance(cue)
        found.append(PassiveCue(start=cue_start, end=cue_start + len(cue), cue=cue, stance=stance, subject_start=head,
                                subject_end=_trim_end(text, m.start()), agent_start=m.end(), agent_end=agent_end))
    return tuple(found)
