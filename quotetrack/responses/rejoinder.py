"""A rejoinder: the party just answered speaks next, and answers back.

In an exchange the writer tells turn by turn (a debate, a town hall, a hearing), the party a statement answers
often speaks next: "'I never said that,' Hale said, after moderator Ann Pike said he had called the plan a
disaster. 'My apologies,' Pike said." Where statement ``index`` comes right after a statement that answered its
speaker (the response found for it), by the one who answered, with no other voice between and at most one
paragraph break, the speaker answers back (``rejoinder``). The rule reads only a statement no other sign links to
anybody, and only an answer the reading found: it follows an exchange, it starts none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quotetrack.model import Response, Statement

from .evidence import CONFIDENCE, Evidence, combine
from .parties import Candidate, is_party
from .placement import paragraphs_between
from .words import ResponseWords

__all__ = ["rejoinder"]

_QUOTE_LEAD = re.compile(r"\s*[\"“‘']?\s*")
_OPENING_WORD = re.compile(r"([A-Za-z]+)\s+")
_NAMED_LEAD = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*")  # titles and names before the speaker's: "Sen. Ann ..."
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_QUESTION = re.compile(r"\?[\"'”’\s,]*$")
# a sentence's end, not an abbreviation's ("Mr. ", "Sen. ", "U.S. ")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?][\"'”’)]*(?:\s|$)")


def rejoinder(statements: Sequence[Statement], index: int, text: str, by_name: Mapping[str, Candidate],
              answered: Mapping[int, tuple[str, float]], last_by_speaker: Mapping[str, int], words: ResponseWords
              ) -> Response | None:
    """The response back to the party whose statement just before ``index`` answered its speaker, if any.

    ``answered`` maps the index of each statement found to answer someone to the name of the party it answers and
    the response's confidence. Only an answer on a named sign counts (a cue, a mention, a turn, a sequel: at least
    the confidence of a mention), not one the reading inferred from sides or a trial's roles ("prosecutors" speaking
    after the defence is the trial going on); and a question ("Did you ever see him?") is no rejoinder.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention, Speaker
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> hale, pike = Speaker(name="Tom Hale", kind="person"), Speaker(name="Ann Pike", kind="person")
    >>> text = "I never said that, Hale said after Pike spoke. My apologies, Pike said."
    >>> said = [Statement(start=0, end=17, text="I never said that", kind="direct", speaker=hale),
    ...         Statement(start=47, end=59, text="My apologies", kind="direct", speaker=pike,
    ...                   speaker_mention=Mention(start=61, end=65, text="Pike"))]
    >>> by_name = {"Tom Hale": Candidate(speaker=hale, names=("Tom Hale", "Hale"), first=0, side=None)}
    >>> rejoinder(said, 1, text, by_name, {0: ("Ann Pike", 0.75)}, {}, words).target
    'Tom Hale'
    >>> rejoinder(said, 1, text, by_name, {}, {}, words) is None
    True
    """
    statement = statements[index]
    speaker = statement.speaker
    if not answered or speaker is None or not is_party(speaker, words) or _QUESTION.search(statement.text) is not None:
        return None
    j = index - 1
    while j > 0 and _same(statements[j].speaker, speaker) and _within(text, statements[j - 1].end, statements[j].start):
        j -= 1  # the speaker's words told inside the answer's sentence ("Hale said, after Pike said ...")
    if j < 0:
        return None
    before = statements[j]
    other = before.speaker
    if other is None or other.name == speaker.name or answered.get(j, ("", 0.0))[0] != speaker.name \
            or answered[j][1] < CONFIDENCE["mention"] \
            or other.name not in by_name or paragraphs_between(text, before.end, statement.start) > 1 \
            or _within(text, before.end, statement.start):
        return None
    if not _opens_turn(text, statement, by_name[other.name].names, words):
        return None
    found = Evidence.of(by_name[other.name], "rejoinder", statement.start, statement.end)
    return combine([found], index, speaker, text, statements, last_by_speaker, words)


def _same(one: object, other: object) -> bool:
    """``one == other``, at once when they are one object (a speaker's mentions make comparing slow)."""
    return one is other or one == other


def _within(text: str, end: int, start: int) -> bool:
    """Whether no sentence ends between offsets ``end`` and ``start``: one sentence holds both."""
    return _SENTENCE_END.search(text, end, max(end, start)) is None


def _opens_turn(text: str, statement: Statement, answered: Sequence[str], words: ResponseWords) -> bool:
    """Whether the statement's sentence is a new turn of its speaker: it opens with their quotation or their name
    (titles, "But" before it), not with a time or a frame ("After Hale said ...", "On Tuesday, Hale said ...",
    "Pressed by Pike, Hale said ..."), its verb is no perfect ("Hale has hailed the vote": the story before), and
    its narration does not name the one answered ("Hale said ..., something Pike mocked": Pike's object)."""
    mention = statement.speaker_mention
    if mention is None:
        return False
    first = min(statement.start, mention.start)
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, first - 400), first)), default=0)
    opening = max(opening, text.rfind("\n", 0, first) + 1)
    end = m.start() + 1 if (m := _SENTENCE_END.search(text, max(statement.end, mention.end))) else len(text)
    at = _QUOTE_LEAD.match(text, opening, first).end()  # type: ignore[union-attr]  # it matches the empty string
    word = _OPENING_WORD.match(text, at, first)
    if word is not None and word.group(1).lower() in words.classes.get("turn_opening", frozenset()):
        at = word.end()  # "But Sen. Hale said ..."
    if _NAMED_LEAD.fullmatch(text, at, first) is None:
        return False  # "After Hale said ...", "Pressed by Pike, Hale said ..."
    after = _NEXT_WORD.match(text, mention.end)
    if after is not None and after.group(1) in words.classes.get("perfect", frozenset()):
        return False
    told = text[opening:end]
    if statement.kind == "direct":
        told = text[opening:statement.start] + text[statement.end:end]
    return not any(name and re.search(rf"\b{re.escape(name)}\b", told) for name in answered)
