"""Who answered whom: find the statements that respond to another speaker.

A statement responds to a target speaker when the article says so with a
response cue ("hit back", "rebuffed", "in response to") and names the target,
or when the statement itself names the target, takes up a label the target
coined ('a "clean network"'), or restates what the target said. A response cue
with no target in sight answers the story's initiator: the first named person,
on the other side, whose words or acts the story reports. A speaker's
statements that follow a response continue it. Edges are only drawn between
named people and organisations; "China" or "Chinese officials" summarise their
side and stay at the level of countries.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from quotetrack.cues import inflections
from quotetrack.lexicon import Lexicon
from quotetrack.model import Article, Mention, Response, Speaker, Statement

__all__ = ["find_responses", "response_cues"]

_WINDOW = 300  # characters before a statement searched for its response cue
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")
_STOP = frozenset(
    "the a an and or but of to in on at for with from by as is are was were be been being it its this that these "
    "those he she they we i you his her their our my your him them us me not no so if than then there here what "
    "which who whom whose when where why how all any some more most much many such very just also only said says "
    "say told have has had do does did will would can could should may might must about into over after before "
    "again against between through during without within upon out up down off once time times".split()
)


@functools.cache
def response_cues(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern finding response cues, and each matched phrase's stance.

    Returns
    -------
    pattern : re.Pattern
        Case-insensitive alternation of every inflected cue phrase, longest first.
    stances : dict of str to str
        Matched phrase (lower case) to ``rejects``, ``supports`` or ``neutral``.
    """
    from importlib import resources

    text = resources.files("quotetrack.lexicons").joinpath("response_cues.tsv").read_text("utf-8")
    stances: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, _, stance = line.partition("\t")
        words = phrase.strip().lower().split()
        forms = {words[0]} if words[0] in {"in", "responding", "reacting"} else inflections(words[0])
        forms |= {form for form, (lemma, _cls) in lexicon.cue_forms.items() if lemma == words[0]}
        for form in forms:
            stances.setdefault(" ".join([form, *words[1:]]), stance.strip() or "neutral")
    alternation = "|".join(re.escape(p) for p in sorted(stances, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE), stances


@attrs.frozen(kw_only=True)
class _Candidate:
    """A speaker who may be responded to: the names that point at them, and their side."""

    speaker: Speaker
    names: re.Pattern[str]
    first: int
    side: str | None


def _side(speaker: Speaker) -> str | None:
    if speaker.country:
        return speaker.country
    return speaker.organisation.name if speaker.organisation else None


def _different_sides(a: Speaker, b: _Candidate) -> bool:
    side = _side(a)
    return side is not None and b.side is not None and side != b.side


def _candidates(article: Article, people: Sequence[Speaker]) -> list[_Candidate]:
    """Named people and organisations, with the aliases that name only them."""
    pool: dict[str, Speaker] = {}
    for speaker in [*(s.speaker for s in article.statements if s.speaker is not None), *people]:
        if speaker.kind in {"person", "organisation"} and speaker.name not in pool:
            pool[speaker.name] = speaker
    owners: Counter[str] = Counter()
    for speaker in pool.values():
        for name in {speaker.name, *speaker.aliases}:
            owners[name] += 1
    found = []
    for speaker in pool.values():
        names = tuple(sorted({n for n in (speaker.name, *speaker.aliases) if owners[n] == 1 and len(n) > 2},
                             key=len, reverse=True))
        first = min((m.start for m in speaker.mentions), default=len(article.text))
        if names:
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
            found.append(_Candidate(speaker=speaker, names=pattern, first=first, side=_side(speaker)))
    return sorted(found, key=lambda c: c.first)


def _names_in(text: str, candidates: Sequence[_Candidate], exclude: str) -> _Candidate | None:
    """The first candidate named in ``text``, other than ``exclude``."""
    best: tuple[int, _Candidate] | None = None
    for candidate in candidates:
        if candidate.speaker.name == exclude:
            continue
        m = candidate.names.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), candidate)
    return best[1] if best else None


def _content_words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text)} - _STOP


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough bounds of the sentence holding ``text[start:end]`` (for linking a term to its coiner)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, min(right_candidates, default=len(text))


def find_responses(article: Article, lexicon: Lexicon, people: Sequence[Speaker] = ()) -> tuple[Response, ...]:
    """Find the statements of an article that respond to another speaker.

    Parameters
    ----------
    article : Article
        A read article (statements with speakers, terms).
    lexicon : Lexicon
        Cue verbs, for inflecting the response cues.
    people : sequence of Speaker
        Other people the article names, who may be responded to without
        having spoken in it.

    Returns
    -------
    tuple of Response
        One per responding statement, in text order.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Chinese Foreign Minister Wang Yi spoke. Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Wang Yi said in response.')
    >>> [(r.source, r.target) for r in read(text).responses]
    [('Wang Yi', 'Mike Pompeo')]
    """
    text = article.text
    pattern, stances = response_cues(lexicon)
    candidates = _candidates(article, people)
    by_name = {c.speaker.name: c for c in candidates}
    statements = article.statements
    # How often each content word occurs in the article: restatements share rare words.
    frequency = Counter(w.lower().strip("'’") for w in _WORD.findall(text))
    terms = [(t, _sentence_around(text, t.start, t.end)) for t in article.terms]
    responses: list[Response] = []
    last_target: dict[str, tuple[str, int, int]] = {}  # source -> (target, unused, index of the response)
    words_of = [{w for w in _content_words(s.text) if frequency[w] <= 3} for s in statements]

    for index, statement in enumerate(statements):
        speaker = statement.speaker
        if speaker is None or speaker.kind not in {"person", "organisation"}:
            continue
        # The cue must be in the statement's own sentence, before it or before its speaker's name.
        anchor = statement.start
        if statement.speaker_mention is not None:
            anchor = min(anchor, statement.speaker_mention.start)
        window_start = max(text.rfind("\n", 0, anchor) + 1, anchor - _WINDOW)
        boundary = None
        for boundary in _SENTENCE_END.finditer(text, window_start, anchor):
            pass
        if boundary is not None:
            window_start = boundary.end()
        window = text[window_start : statement.start]
        cue_match = None
        for m in pattern.finditer(window):
            cue_match = m  # the cue nearest the statement
        if cue_match is None:  # "Zhao responded on Tuesday. '...,' Zhao said.": the sentence before, same subject
            previous_start = max(text.rfind("\n", 0, window_start) + 1, window_start - _WINDOW)
            for boundary in _SENTENCE_END.finditer(text, previous_start, max(previous_start, window_start - 1)):
                previous_start = boundary.end()
            previous = text[previous_start:window_start]
            m = pattern.search(previous)
            names = [n for n in (speaker.name, *speaker.aliases) if len(n) > 2]
            if m and any(0 <= previous.find(n) < m.start() for n in names):
                cue_match, window_start, window = m, previous_start, previous
        if statement.cue is not None and pattern.fullmatch(statement.cue.text):
            cue_match = pattern.fullmatch(statement.cue.text)
            cue_offset = statement.cue.start
        else:
            cue_offset = window_start + cue_match.start() if cue_match else -1
        cue_text = cue_match.group().lower() if cue_match else None
        target, evidence, kind = None, None, None
        if cue_match is not None:  # "hit back at Pompeo", "rebuffed Pompeo's remarks"
            after = text[cue_offset : cue_offset + len(cue_match.group()) + 60]
            target = _names_in(after, candidates, speaker.name)
            if target is not None:
                evidence, kind = (cue_offset, cue_offset + len(cue_match.group())), "cue"
        if target is None:  # "Pompeo and his likes have ...", Pompeo having spoken before
            named = _names_in(statement.text, candidates, speaker.name)
            spoke = named is not None and any(
                s.speaker is not None and s.speaker.name == named.speaker.name for s in statements[:index])
            if named is not None and spoke and (_different_sides(speaker, named) or cue_match is not None):
                target, kind = named, "mention"
                evidence = (statement.start, statement.end)
        if target is None:  # 'to preach a "clean network"', a label coined around the target
            low = statement.text.lower()
            for term, (s_start, s_end) in terms:
                if term.start >= statement.start or len(term.text) < 4 or term.text.lower().strip(" ,.") not in low:
                    continue
                coiner = _names_in(text[s_start:s_end], candidates, speaker.name)
                if coiner is not None and _different_sides(speaker, coiner):
                    target, kind, evidence = coiner, "term", (term.start, term.end)
                    break
        if target is None:  # "The assertion that U.S. policy of engagement has failed": a restatement
            words = words_of[index]
            for j, earlier in enumerate(statements[:index]):
                if earlier.speaker is None or earlier.speaker.name not in by_name:
                    continue
                shared = words & words_of[j]
                if len(shared) >= 2 and _different_sides(speaker, by_name[earlier.speaker.name]):
                    target, kind, evidence = by_name[earlier.speaker.name], "restatement", (earlier.start, earlier.end)
        if target is None and cue_match is not None:  # a cue and no name: the story's initiator
            target = next((c for c in candidates if c.first < statement.start and c.speaker.name != speaker.name
                           and _different_sides(speaker, c)), None)
            if target is not None:
                kind, evidence = "structure", (cue_offset, cue_offset + len(cue_match.group()))
        if target is None and speaker.name in last_target:  # the speaker goes on answering, uninterrupted
            name, _, last_index = last_target[speaker.name]
            others = any(s.speaker is not None and s.speaker.name != speaker.name
                         for s in statements[last_index + 1 : index])
            if not others:
                target, kind = by_name.get(name), "continuation"
                evidence = (statement.start, statement.end)
        if target is None or evidence is None or kind is None:
            continue
        target_statement = next(
            (j for j in range(index - 1, -1, -1)
             if statements[j].speaker is not None and statements[j].speaker.name == target.speaker.name), None)
        if kind == "restatement":
            target_statement = next((j for j, s in enumerate(statements) if (s.start, s.end) == evidence), None)
        responses.append(
            Response(
                source=speaker.name,
                target=target.speaker.name,
                statement=index,
                target_statement=target_statement,
                cue=cue_match.group() if cue_match and kind in {"cue", "structure"} else None,
                evidence=kind,
                evidence_span=Mention(start=evidence[0], end=evidence[1], text=text[evidence[0] : evidence[1]]),
                stance=stances.get(cue_text or "", "neutral") if cue_text else None,
            )
        )
        last_target[speaker.name] = (target.speaker.name, 0, index)
    return tuple(responses)
