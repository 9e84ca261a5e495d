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

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import Lexicon
from quotetrack.model import Article, Mention, Response, Speaker, Statement

__all__ = ["find_responses", "response_cues"]

_WINDOW = 300  # characters before a statement searched for its response cue
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


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

    text = resources.files("quotetrack.lexicon").joinpath("data", "response_cues.tsv").read_text("utf-8")
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
    names: tuple[str, ...]
    first: int
    side: str | None


@attrs.frozen(kw_only=True)
class _Names:
    """Finds the candidates named in a text, in one pass over it."""

    pattern: re.Pattern[str] | None
    owner: dict[str, _Candidate]

    @classmethod
    def of(cls, candidates: Sequence[_Candidate]) -> _Names:
        owner = {name: c for c in candidates for name in c.names}
        if not owner:
            return cls(pattern=None, owner={})
        alternation = "|".join(re.escape(n) for n in sorted(owner, key=len, reverse=True))
        return cls(pattern=re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), owner=owner)

    def first_in(self, text: str, exclude: str) -> _Candidate | None:
        """The first candidate named in ``text``, other than the speaker ``exclude``."""
        if self.pattern is None:
            return None
        for m in self.pattern.finditer(text):
            candidate = self.owner[m.group()]
            if candidate.speaker.name != exclude:
                return candidate
        return None


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
            found.append(_Candidate(speaker=speaker, names=names, first=first, side=_side(speaker)))
    return sorted(found, key=lambda c: c.first)


def _content_words(text: str, stop_words: frozenset[str]) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text)} - stop_words


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Rough bounds of the sentence holding ``text[start:end]`` (for linking a term to its coiner)."""
    floor, ceiling = max(0, start - _WINDOW), min(len(text), end + _WINDOW)  # bounded: linear in the text
    left = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    right_candidates = [i for i in (text.find(". ", end, ceiling), text.find("\n", end, ceiling)) if i >= 0]
    return left, min(right_candidates, default=ceiling)


def _cue_near(text: str, statement: Statement, pattern: re.Pattern[str]) -> tuple[re.Match[str], int] | None:
    """The response cue of a statement and its offset: in its own sentence, before it or before its
    speaker's name, or in the sentence before when that sentence names the same speaker first."""
    speaker = statement.speaker
    if statement.cue is not None and (own := pattern.fullmatch(statement.cue.text)) is not None:
        return own, statement.cue.start
    anchor = statement.start
    if statement.speaker_mention is not None:
        anchor = min(anchor, statement.speaker_mention.start)
    window_start = max(text.rfind("\n", max(0, anchor - _WINDOW), anchor) + 1, anchor - _WINDOW)
    for boundary in _SENTENCE_END.finditer(text, window_start, anchor):
        window_start = boundary.end()
    nearest = None
    for m in pattern.finditer(text, window_start, statement.start):
        nearest = m  # the cue nearest the statement
    if nearest is not None:
        return nearest, nearest.start()
    # "Zhao responded on Tuesday. '...,' Zhao said."
    previous_start = max(text.rfind("\n", max(0, window_start - _WINDOW), window_start) + 1,
                         window_start - _WINDOW)
    for boundary in _SENTENCE_END.finditer(text, previous_start, max(previous_start, window_start - 1)):
        previous_start = boundary.end()
    earlier = pattern.search(text, previous_start, window_start)
    if earlier is None or speaker is None:
        return None
    names = [n for n in (speaker.name, *speaker.aliases) if len(n) > 2]
    if any(previous_start <= text.find(n, previous_start, window_start) < earlier.start() for n in names):
        return earlier, earlier.start()
    return None


class _ResponseReader:
    """One pass over an article's statements, with indexes that keep it linear (private helper)."""

    def __init__(self, article: Article, lexicon: Lexicon, people: Sequence[Speaker]) -> None:
        self.text = article.text
        self.statements = article.statements
        self.pattern, self.stances = response_cues(lexicon)
        self.candidates = _candidates(article, people)
        self.names = _Names.of(self.candidates)
        self.by_name = {c.speaker.name: c for c in self.candidates}
        # Restatements share words that are rare in the article.
        frequency = Counter(w.lower().strip("'’") for w in _WORD.findall(self.text))
        stop_words = lexicon.function_words.stop_words
        self.words_of = [{w for w in _content_words(s.text, stop_words) if frequency[w] <= 3} for s in self.statements]
        self.postings: dict[str, list[int]] = {}  # rare word -> earlier statements holding it
        self.last_by_speaker: dict[str, int] = {}  # speaker -> index of their latest statement
        self.run_start: dict[str, int] = {}  # speaker -> start of their current uninterrupted run
        self.latest_speaker: str | None = None  # the speaker of the latest statement with one
        self.last_response: dict[str, tuple[str, int]] = {}  # speaker -> (target, index of the response)
        self.terms: dict[str, list[tuple[int, int, str]]] = {}  # label (lower case) -> its spans and sentence
        for term in article.terms:
            label = term.text.lower().strip(" ,.")
            if len(label) >= 4:
                s_start, s_end = _sentence_around(self.text, term.start, term.end)
                self.terms.setdefault(label, []).append((term.start, term.end, self.text[s_start:s_end]))
        labels = sorted(self.terms, key=len, reverse=True)
        self.term_pattern = re.compile("|".join(map(re.escape, labels))) if labels else None

    def respond(self, index: int) -> Response | None:
        """The response statement ``index`` makes, if the evidence shows one."""
        text, statement = self.text, self.statements[index]
        speaker = statement.speaker
        if speaker is None or speaker.kind not in {"person", "organisation"}:
            return None
        cue = _cue_near(text, statement, self.pattern)
        found = self._target(index, statement, speaker, cue)
        if found is None:
            return None
        target, kind, (e_start, e_end) = found
        target_statement = self.last_by_speaker.get(target.speaker.name)
        if kind == "restatement":
            target_statement = next((j for j in self.postings_of(index)
                                     if (self.statements[j].start, self.statements[j].end) == (e_start, e_end)),
                                    target_statement)
        cue_text = cue[0].group() if cue else None
        return Response(
            source=speaker.name,
            target=target.speaker.name,
            statement=index,
            target_statement=target_statement,
            cue=cue_text if kind in {"cue", "structure"} else None,
            evidence=kind,
            evidence_span=Mention(start=e_start, end=e_end, text=text[e_start:e_end]),
            stance=self.stances.get(cue_text.lower(), "neutral") if cue_text else None,
        )

    def postings_of(self, index: int) -> set[int]:
        return {j for w in self.words_of[index] for j in self.postings.get(w, ())}

    def _target(
        self, index: int, statement: Statement, speaker: Speaker, cue: tuple[re.Match[str], int] | None
    ) -> tuple[_Candidate, str, tuple[int, int]] | None:
        text = self.text
        if cue is not None:  # "hit back at Pompeo", "rebuffed Pompeo's remarks"
            match, offset = cue
            named = self.names.first_in(text[offset : offset + len(match.group()) + 60], speaker.name)
            if named is not None:
                return named, "cue", (offset, offset + len(match.group()))
        named = self.names.first_in(statement.text, speaker.name)  # "Pompeo and his likes ..."
        if named is not None and named.speaker.name in self.last_by_speaker and (
            _different_sides(speaker, named) or cue is not None
        ):
            return named, "mention", (statement.start, statement.end)
        if self.term_pattern is not None:  # 'to preach a "clean network"': a label coined around the target
            for m in self.term_pattern.finditer(statement.text.lower()):
                for t_start, t_end, sentence in self.terms[m.group()]:
                    coiner = self.names.first_in(sentence, speaker.name) if t_start < statement.start else None
                    if coiner is not None and _different_sides(speaker, coiner):
                        return coiner, "term", (t_start, t_end)
        shared = Counter(j for w in self.words_of[index] for j in self.postings.get(w, ()))
        for j in sorted((j for j, n in shared.items() if n >= 2), reverse=True):  # a restatement
            earlier = self.statements[j]
            if earlier.speaker is not None and earlier.speaker.name in self.by_name \
                    and _different_sides(speaker, self.by_name[earlier.speaker.name]):
                return self.by_name[earlier.speaker.name], "restatement", (earlier.start, earlier.end)
        if cue is not None:  # a cue and no name: the story's initiator, on the other side
            match, offset = cue
            initiator = next((c for c in self.candidates if c.first < statement.start
                              and c.speaker.name != speaker.name and _different_sides(speaker, c)), None)
            if initiator is not None:
                return initiator, "structure", (offset, offset + len(match.group()))
        last = self.last_response.get(speaker.name)  # the speaker goes on answering, uninterrupted
        if last is not None and self.latest_speaker == speaker.name and last[1] >= self.run_start[speaker.name] \
                and last[0] in self.by_name:
            return self.by_name[last[0]], "continuation", (statement.start, statement.end)
        return None

    def record(self, index: int, response: Response | None) -> None:
        """Remember statement ``index`` for the statements after it."""
        speaker = self.statements[index].speaker
        if speaker is not None:
            if self.latest_speaker != speaker.name:
                self.run_start[speaker.name] = index
            self.latest_speaker = speaker.name
            self.last_by_speaker[speaker.name] = index
        for word in self.words_of[index]:
            self.postings.setdefault(word, []).append(index)
        if response is not None:
            self.last_response[response.source] = (response.target, index)


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
    reader = _ResponseReader(article, lexicon, people)
    responses = []
    for index in range(len(article.statements)):
        response = reader.respond(index)
        reader.record(index, response)
        if response is not None:
            responses.append(response)
    return tuple(responses)
