"""Where a statement stands in the exchange: its sentence, the contrast that opens it, the turn before it.

These are the placement kinds of evidence. "But the Tories said ..." sets a statement
against the party heard just before; "Critics said ..." names its speakers by their
reaction to the proposal before them; "X replied" with no object is a turn answering the
previous speaker, unless the question was a reporter's ("Asked whether ..., X replied").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

import attrs

from quotetrack.document import Document
from quotetrack.model import Statement

from .leadin import lead_cue
from .words import ResponseWords

__all__ = ["anchor_of", "asked_by_reporter", "before_aside_end", "cue_near", "opens_with_contrast", "opens_with_name",
           "paragraphs_between", "reported_by", "sentence_bounds", "sentence_start"]

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")
_BREAKS = re.compile(r"\n+")
_WINDOW = 400  # characters searched back for a sentence start
_ASIDE_REACH = 300  # characters after a speaker's mention read for ", however,"
_CUE_REACH = 600  # characters before a statement searched for a cue earlier in its sentence
_FIRST_WORD = re.compile(r"[\"“‘']?\s*([A-Za-z]+)")
_APPOSITION = re.compile(r",[^,]*\b(?:who|which|that)\s+(?:[a-z]+\s+){0,2}$")  # a relative clause on the speaker
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_ASKED = re.compile(r"^(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\b", re.IGNORECASE)
# "X, when asked what ..., responded": a question put to the speaker in an aside, by nobody named ("asked by Y" is Y's)
_ASIDE_ASKED = re.compile(r",\s*(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\b(?!\s+by\b)", re.IGNORECASE)


def anchor_of(statement: Statement) -> int:
    """Where the attribution of a statement begins: its speaker's mention, cue or words, whichever is first."""
    start, mention, cue = statement.start, statement.speaker_mention, statement.cue
    if mention is not None and mention.start < start:
        start = mention.start
    if cue is not None and cue.start < start:
        start = cue.start
    return start


def sentence_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` as a plain ". " or line break finds it, at most ``reach`` characters
    either side (a term's sentence, to compare with a later statement's).

    >>> sentence_bounds("He left. She called it a hoax. Then", 22, 26, 300)
    (8, 29)
    """
    floor, ceiling = max(0, start - reach), min(len(text), end + reach)
    left = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    rights = [i for i in (text.find(". ", end, ceiling), text.find("\n", end, ceiling)) if i >= 0]
    return left, min(rights, default=ceiling)


def sentence_start(text: str, offset: int, document: Document | None = None) -> int:
    """The start of the sentence holding ``offset``: from the document's sentences, else from punctuation.

    Examples
    --------
    >>> text = "Ann spoke. But Bob said no."
    >>> text[sentence_start(text, 15):], text[sentence_start(text, 11):]
    ('But Bob said no.', 'But Bob said no.')
    """
    if document is not None and document.sentences:
        k = bisect.bisect_right(document.sentence_starts, offset) - 1
        if k >= 0 and offset < document.sentences[k].end:
            return document.sentences[k].start
    floor = max(0, offset - _WINDOW)
    start = max(text.rfind("\n", floor, offset) + 1, floor)
    starts, ends = _boundaries(text)  # the last boundary ending by the offset, if it begins after ``start``
    k = bisect.bisect_right(ends, offset) - 1
    return ends[k] if k >= 0 and starts[k] >= start else start


@functools.lru_cache(maxsize=2)  # asked for each statement by several rules: the text's boundaries found once
def _boundaries(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence boundary of ``text`` (a match of ``_SENTENCE_END``) starts, and where it ends.

    A match opens with its only ``[.!?]`` and holds no other, so the matches found in the whole text are the ones a
    search of any stretch of it finds, but those cut by the stretch's end (which :func:`sentence_start` leaves).
    """
    starts, ends = [], []
    for boundary in _SENTENCE_END.finditer(text):
        starts.append(boundary.start())
        ends.append(boundary.end())
    return starts, ends


def opens_with_contrast(text: str, statement: Statement, words: ResponseWords, document: Document | None = None
                        ) -> tuple[int, int] | None:
    """The contrast word setting a statement against the one before, if its attribution opens with one.

    "But X said ...", "However, X said ..." and "X, however, said ..." count; a contrast
    inside a quotation is the speaker's own and does not.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> from quotetrack.responses.words import response_words
    >>> text = "Ann said yes. But Bob said no."
    >>> st = Statement(start=27, end=29, text="no", kind="indirect",
    ...                speaker_mention=Mention(start=18, end=21, text="Bob"))
    >>> opens_with_contrast(text, st, response_words(load_lexicon()))
    (14, 17)
    """
    contrast = words.classes.get("contrast", frozenset())
    anchor = anchor_of(statement)
    if anchor == statement.start and statement.kind == "direct":
        return None  # the quotation opens the sentence: any contrast in it is the speaker's
    for start in dict.fromkeys((sentence_start(text, anchor, document), sentence_start(text, anchor))):  # a parser
        first = _FIRST_WORD.match(text, start, anchor + 1)  # may miss a start after initials: "told the FT. But"
        if first is not None and first.group(1).lower() in contrast and first.end(1) <= anchor:
            return first.start(1), first.end(1)
    cue_start = statement.cue.start if statement.cue is not None else anchor
    mention = statement.speaker_mention
    # ", however," needs two commas: no pattern tried for each word without them. Only the aside right after the
    # mention is read (the mention may be far back in a long sentence, its cue near the statement).
    aside_end = min(cue_start, mention.end + _ASIDE_REACH) if mention is not None else -1
    if mention is not None and mention.end <= cue_start and text.count(",", mention.end, aside_end) >= 2:
        between = text[mention.end:aside_end]
        for word in contrast:
            m = re.search(rf",\s*{re.escape(word)}\s*,", between, re.IGNORECASE)
            if m is not None:
                return mention.end + m.start() + 1, mention.end + m.end() - 1
    return None


def asked_by_reporter(text: str, statement: Statement, document: Document | None = None) -> bool:
    """Whether the statement answers a question put in its own sentence ("Asked whether ..., X replied").

    Examples
    --------
    >>> text = "Asked whether he would resign, Bob replied that he would not."
    >>> asked_by_reporter(text, Statement(start=44, end=60, text=text[44:60], kind="indirect"))
    True
    >>> text = "Bob, when asked what was wrong with the plan, replied that it cost too much."
    >>> asked_by_reporter(text, Statement(start=59, end=75, text=text[59:75], kind="indirect"))
    True
    """
    anchor = anchor_of(statement)
    start = sentence_start(text, anchor, document)
    stop = statement.cue.start if statement.cue is not None else statement.start
    return _ASKED.match(text[start:start + 40].lstrip("\"“‘' ")) is not None \
        or _ASIDE_ASKED.search(text, start, max(anchor, stop)) is not None


def before_aside_end(said: str) -> str:
    """The words of a statement up to a closing bracket it never opened: a statement told in an aside ("(X called it
    "horrific"), Y inflamed tensions by saying ...") ends there, and the words after are another's.

    Examples
    --------
    >>> before_aside_end('Hart called it "a disgrace"), and Hale said ...')
    'Hart called it "a disgrace"'
    >>> before_aside_end("Hart (a Democrat) called it a disgrace")
    'Hart (a Democrat) called it a disgrace'
    """
    if ")" not in said:
        return said  # no bracket closes: nothing to count (most statements)
    depth = 0
    for i, char in enumerate(said):
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return said[:i]
    return said


def reported_by(text: str, statement: Statement) -> bool:
    """Whether the statement's speaker is named only as the source of a report ("According to Variety, the network
    has answered ..."): a publication that tells of an exchange, no turn in it that someone replies to.

    Examples
    --------
    >>> from quotetrack.model import Mention, Speaker
    >>> text = "According to Variety, the network said no."
    >>> told = Statement(start=35, end=42, text="said no", kind="indirect",
    ...                  speaker=Speaker(name="Variety"), speaker_mention=Mention(start=13, end=20, text="Variety"))
    >>> reported_by(text, told)
    True
    """
    mention = statement.speaker_mention
    return mention is not None and _ACCORDING.search(text, max(0, mention.start - 20), mention.start) is not None


def paragraphs_between(text: str, start: int, end: int, most: int = 3) -> int:
    """How many paragraph breaks (runs of line breaks) lie between two offsets, counted up to ``most``.

    The count stops there, so that asking about far-apart statements costs no more than
    asking about neighbours (the rules only ask whether a few breaks separate them).

    Examples
    --------
    >>> paragraphs_between("a\\n\\nb\\nc", 0, 6)
    2
    >>> paragraphs_between("a\\nb\\nc\\nd\\ne", 0, 9, most=2)
    2
    """
    low, high = max(min(start, end), 0), max(start, end, 0)
    if text.find("\n", low, high) < 0:
        return 0  # at once: the pattern's scan of a long paragraph, asked for every pair of statements, is slow
    count = 0
    for _ in _BREAKS.finditer(text, low, high):
        count += 1
        if count >= most:
            break
    return count


def cue_near(text: str, statement: Statement, pattern: re.Pattern[str], document: Document | None,
             roles: dict[str, str], first_person: re.Pattern[str]) -> tuple[str, int] | None:
    """The response cue of a statement and its offset: its own cue, one opening its own first-person words ("We
    reject ..."), a prepositional one inside them ("in light of the ruling"), one earlier in its sentence, or one
    in the sentence before when that sentence names the same speaker first."""
    speaker = statement.speaker
    if statement.cue is not None and pattern.fullmatch(statement.cue.text) is not None:
        return statement.cue.text, statement.cue.start
    own = first_person.match(statement.text)  # "We refute both charges": the speaker's own words answer
    if own is not None:
        inner = pattern.match(statement.text, own.end())
        if inner is not None:
            return inner.group(), statement.start + inner.start()
    lowered = statement.text.lower()  # (searched only where a prepositional cue is written: most hold none)
    for inner in pattern.finditer(statement.text) if any(p in lowered for p in _prepositional(roles)) else ():
        if roles.get(inner.group().lower()) == "prep":  # "... would review its options in light of the ruling"
            return inner.group(), statement.start + inner.start()
    anchor = anchor_of(statement)
    window_start = sentence_start(text, anchor, document)  # "In response to Sen. X's remarks, ...": one sentence
    nearest = None
    mention = statement.speaker_mention
    # (not from the start of a sentence of 90,000 characters: a cue that far back is not this statement's)
    for m in matches_between(text, pattern, max(window_start, statement.start - _CUE_REACH), statement.start):
        if mention is None or not mention.end <= m.start() or _APPOSITION.search(text, mention.end, m.start()) is None:
            nearest = m  # not "X, an adviser who supported the policy, said ...": that describes the speaker
    if nearest is not None:
        return nearest.group(), nearest.start()
    if window_start == 0 or speaker is None:
        return None
    previous_start = sentence_start(text, window_start - 1, document)
    if "\n" in text[previous_start:window_start].rstrip():
        return None
    earlier = next(iter(matches_between(text, pattern, previous_start, window_start)), None)
    if earlier is None:
        return lead_cue(text, speaker, window_start, pattern)  # "X sided with Y.\n\n"..." she said"
    names = [n for n in (speaker.name, *speaker.aliases) if len(n) > 2]
    if any(previous_start <= text.find(n, previous_start, window_start) < earlier.start() for n in names):
        return earlier.group(), earlier.start()
    return None


_WORD_PAIR = re.compile(r"\w\w")


def matches_between(text: str, pattern: re.Pattern[str], start: int, end: int) -> Iterable[re.Match[str]]:
    """What ``pattern.finditer(text, start, end)`` finds; once the stretches asked of a text add up to its length
    (a text of one long sentence, its statements' sentences searched again and again), taken from the matches of the
    whole text, found once.

    A scan from ``start`` finds what the scan of the whole text finds there, unless a match of the whole text runs
    across ``start`` or reaches ``end``, or ``end`` cuts a word (where ``\\b`` holds only for the shorter text):
    then the stretch is scanned itself. The pattern must match no empty string.

    Examples
    --------
    >>> cue = re.compile(r"\\b(?:rejected|hit back)\\b")
    >>> text = "Ann rejected it. Bob hit back at her and rejected the plan."
    >>> [[m.group() for m in matches_between(text, cue, a, b)] for a, b in [(10, 60), (0, 60), (0, 23), (0, 24)]]
    [['hit back', 'rejected'], ['rejected', 'hit back', 'rejected'], ['rejected'], ['rejected']]
    >>> [m.group() for m in matches_between(text, re.compile(r"\\breject(?:ed)?\\b"), 0, 10)]  # the end cuts a word
    ['reject']
    """
    scan = _scan_of(text, pattern)
    if scan.matches is None:
        scan.asked += end - start
        if scan.asked <= len(text):
            return pattern.finditer(text, start, end)
        found = list(pattern.finditer(text))
        scan.matches = [m.start() for m in found], [m.end() for m in found], found
    starts, ends, found = scan.matches
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if first > 0 and ends[first - 1] > start or last > 0 and ends[last - 1] >= end \
            or 0 < end < len(text) and _WORD_PAIR.match(text, end - 1) is not None:
        return pattern.finditer(text, start, end)
    return found[first:last]


@attrs.define
class _Scan:
    """The characters of a text asked for matches of a pattern so far, and the matches of the whole text once found:
    their starts, their ends and the matches."""

    text: str
    pattern: re.Pattern[str]
    asked: int
    matches: tuple[list[int], list[int], list[re.Match[str]]] | None


_SCANS: list[_Scan] = []  # the last two texts', newest last


def _scan_of(text: str, pattern: re.Pattern[str]) -> _Scan:
    """The scan of ``text`` for ``pattern`` (kept for the last two texts; not by ``functools.lru_cache``, which
    would hash the pattern's whole compiled code at each call)."""
    for scan in reversed(_SCANS):
        if scan.pattern is pattern and scan.text == text:
            return scan
    _SCANS[:] = [*_SCANS[-1:], _Scan(text=text, pattern=pattern, asked=0, matches=None)]
    return _SCANS[-1]


_PREPOSITIONAL: dict[int, tuple[dict[str, str], tuple[str, ...]]] = {}  # by the roles' identity: the phrases


def _prepositional(roles: dict[str, str]) -> tuple[str, ...]:
    """The cue phrases (lower case) of the ``prep`` role in ``roles``, found once for each roles table."""
    known = _PREPOSITIONAL.get(id(roles))
    if known is None or known[0] is not roles:
        known = _PREPOSITIONAL[id(roles)] = roles, tuple(p for p, role in roles.items() if role == "prep")
    return known[1]


_LEAD = re.compile(r"[\W_]*")


def opens_with_name(statement: Statement, names: tuple[str, ...]) -> bool:
    """Whether a statement is the speaker's own words opening with one of a party's ``names`` (after quotation
    marks): '"Pompeo is wrong," Wang Yi said' speaks to Pompeo.

    On the US political development articles a party named alone in narrated words ("said Obama wasn't
    targeting ...", "work with other Security Council members", "a breach of U.N. resolutions") was mostly a
    detail of the speaker's own news, no answer to the party, even where the words opened with it.

    Examples
    --------
    >>> from quotetrack.model import Statement
    >>> said = Statement(start=0, end=24, kind="direct", text="Pompeo is wrong about it")
    >>> opens_with_name(said, ("Pompeo", "Mike Pompeo"))
    True
    >>> opens_with_name(Statement(start=0, end=22, kind="indirect", text="Pompeo was wrong about it"), ("Pompeo",))
    False
    >>> opens_with_name(Statement(start=0, end=20, kind="direct", text="We wrote to Pompeo"), ("Pompeo",))
    False
    """
    if statement.kind != "direct":
        return False
    rest = statement.text[m.end():] if (m := _LEAD.match(statement.text)) else statement.text
    return any(rest.startswith(name) for name in names if name)
