"""A learned combination of the signs of a response: each earlier party a statement may answer, described by a few
features, scored by a logistic regression trained on responses written and annotated for the purpose.

The features of a pair (a statement, an earlier party) are the confidence each family of evidence gives the party
(:data:`KIND_FAMILIES`; 0 where none proposes it, the proposals under the floor included), what the hand-set
combination makes of them, the statement's placement after the party's words, the two sides, the statement's
judging words, the words they share and whether the statement names the party (:data:`FEATURES` lists them, in the
order of the model's weights). ``scripts/train_responses.py`` fits the weights (package data,
``data/response_model.json``); :func:`learned_response` reports the likeliest party when the model's probability
reaches the threshold chosen in cross-validation, the probability being the response's confidence.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections.abc import Sequence
from importlib import resources
from typing import Literal

import attrs

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import Lexicon
from quotetrack.model import Response, Speaker

from .context import ArticleContext
from .evidence import MIN_CONFIDENCE, Evidence, admitted, combine, combined, response_on
from .judgement import judgements
from .headline import headline_end
from .parties import Candidate, different_sides, named_as_own, own_voice, same_side
from .placement import opens_with_contrast, paragraphs_between, sentence_start
from .words import ResponseWords

__all__ = ["FEATURES", "KIND_FAMILIES", "Combination", "ResponseModel", "eligible", "learned_response", "load_model",
           "pair_features", "party_choices", "scored_pairs"]

Combination = Literal["rules", "learned"]
"""How the signs of a response combine: the hand-set confidences (``rules``) or the learned model (``learned``)."""

#: The evidence kinds (:data:`~.evidence.CONFIDENCE`) in families, a feature each; a kind of no family is ``other``.
KIND_FAMILIES: dict[str, tuple[str, ...]] = {
    "cue": ("cue", "passive", "answer"),
    "object": ("pronoun", "role", "organisation", "term", "author", "owner", "framed"),
    "act": ("act", "topic"),
    "mention": ("mention", "bare_mention", "bare_owner"),
    "restatement": ("restatement", "bare_restatement"),
    "turn": ("turn", "structure", "sequel"),
    "reaction": ("reaction", "group"),
    "contrast": ("contrast",),
    "judging": ("evaluation", "stance", "partisan", "judged"),
    "continuation": ("continuation",),
}
_FAMILY = {kind: family for family, kinds in KIND_FAMILIES.items() for kind in kinds}
_STEPS = 6  # statements back over which the distance to the party's words is told apart

#: The features of a pair, in the order of the model's weights; each is a number from 0 to 1.
FEATURES: tuple[str, ...] = (
    *(f"kind_{family}" for family in (*KIND_FAMILIES, "other")),
    "rules",  # the hand-set combination of the party's signs (noisy-or)
    "rules_chosen",  # the hand-set combination reports this party
    "spoke",  # the party has spoken before the statement
    "statements_since",  # statements since the party's last words, over 6 (1 if never or far)
    "paragraphs_since",  # paragraph breaks since the party's last words or act, over 3
    "latest_other",  # the party spoke the latest words by another party
    "first_speaker",  # the party is the article's first speaker
    "main_speaker",  # the party has spoken most so far
    "acted",  # the text names the party doing an act before the statement
    "speaker_spoke",  # the statement's speaker has spoken before
    "speaker_first",  # the statement's speaker is the article's first speaker
    "contrast_opener",  # the statement's attribution opens with a contrast word ("But", "However")
    "same_side",  # the speaker and the party speak for one organisation
    "different_sides",  # the speaker and the party are known rivals
    "target_person", "target_group",  # the party's kind
    "speaker_group", "speaker_organisation",  # the statement's speaker is a group ("critics"), a body
    "evaluation", "stance_cue", "partisan",  # the statement's judging words (:func:`~.judgement.judgements`)
    "overlap",  # the share of the statement's rarer words (:mod:`~.context`) the party's words hold
    "named",  # the statement names the party
    "in_lead",  # the party is named in the story's lead (its headline and first paragraph)
    "speaker_in_lead",  # so is the statement's speaker
    "principal",  # the speaker works for the party ("her spokesman", "Hale's campaign")
    "same_surname",  # the speaker and the party, both people, share a surname (kin rarely answer each other)
    "question",  # the statement asks a question (a reporter's, a moderator's)
    "target_asked",  # the party's last words asked one (the statement answers a question)
    "question_put",  # the statement's sentence tells of a question put to the speaker ("Asked about ..., X said")
    "speaker_continues",  # the statement just before is the speaker's own (a speaker going on with their point)
    "crowd",  # the parties heard before the statement, over 8 (long stories with many voices)
    "target_medium",  # the party is a broadcaster or a platform (``channels.tsv``): it carries words, rarely answered
)


@attrs.frozen(kw_only=True)
class ResponseModel:
    """A logistic regression over :data:`FEATURES`: weights in their order, a bias, the threshold and margin of its
    sign, and the calibration of its score (Platt: ``scale`` and ``shift`` of the regression's log-odds, fitted on
    cross-validated predictions so that a probability of 0.8 is right about 8 times in 10).

    Examples
    --------
    >>> model = ResponseModel(features=("a", "b"), weights=(2.0, -1.0), bias=-1.0, threshold=0.5)
    >>> round(model.probability((1.0, 0.0)), 3)
    0.731
    >>> round(attrs.evolve(model, scale=0.5, shift=-0.5).probability((1.0, 0.0)), 3)
    0.5
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    scale: float = 1.0
    shift: float = 0.0
    margin: float = 0.0  # how far above the next likeliest party the likeliest must stand to get the sign

    def probability(self, vector: Sequence[float]) -> float:
        """The calibrated probability that the pair of ``vector`` is a response."""
        z = self.scale * (self.bias + sum(map(operator.mul, self.weights, vector))) + self.shift
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@functools.cache
def load_model() -> ResponseModel:
    """The packaged model (``data/response_model.json``), loaded once.

    >>> load_model().features == FEATURES
    True
    """
    raw = json.loads(resources.files("quotetrack.responses").joinpath("data/response_model.json").read_text("utf-8"))
    calibration = raw.get("calibration", {})
    return ResponseModel(features=tuple(raw["features"]), weights=tuple(raw["weights"]), bias=raw["bias"],
                         threshold=raw["threshold"], scale=calibration.get("scale", 1.0),
                         shift=calibration.get("shift", 0.0), margin=raw.get("margin", 0.0))


def party_choices(context: ArticleContext, index: int, speaker: Speaker, evidence: list[Evidence]
                  ) -> dict[str, Candidate]:
    """The parties statement ``index`` by ``speaker`` may answer, by name: every party heard before it, and every
    party named before it that is within reach (a sign's target, named doing an act, named in the lead or in the
    statement); not the speaker, the body they speak for, nor their own. The others, named once in passing, are
    answered too rarely to be worth their features."""
    statement = context.statements[index]
    start = statement.start
    own = speaker.organisation.name if speaker.organisation is not None else None
    signed = {e.target.speaker.name for e in evidence}
    acted = {a.candidate.speaker.name for a in context.acts if a.start < start}
    lead = _lead_end(context.text)
    found: dict[str, Candidate] = {}
    for candidate in (*context.by_name.values(), *(e.target for e in evidence)):
        name = candidate.speaker.name
        if name in found or name in (speaker.name, own):
            continue
        if name not in context.last_by_speaker and not (  # within reach: heard, signed, acting, in the lead, named
                candidate.first < start and (name in signed or name in acted or candidate.first < lead
                                             or _names(statement.text, candidate))):
            continue
        if named_as_own(speaker, candidate):
            continue
        if context.canonical.get(name, name) == context.canonical.get(speaker.name, speaker.name):
            continue
        found.setdefault(name, candidate)
    return found


@attrs.frozen
class Scene:
    """What the features of every pair of one statement share: who spoke before it (in order, and how often), the
    latest other voice, the statement's judging words and contrast opener, the lead's end, whom the speaker works
    for, where the speaker is first named, and the rarer words each earlier speaker said."""

    speakers: tuple[str, ...]
    counts: dict[str, int]
    latest: str | None
    judged: frozenset[str]
    contrast: bool
    lead: int
    principals: frozenset[str]
    spoke_first: int
    words_by: dict[str, set[str]]
    asked: bool
    continues: bool


def scene_of(context: ArticleContext, index: int, speaker: Speaker) -> Scene:
    """The :class:`Scene` of statement ``index`` by ``speaker``."""
    statement = context.statements[index]
    speakers = tuple(s.name for j in range(index) if (s := context.statements[j].speaker) is not None)
    counts: dict[str, int] = {}
    words_by: dict[str, set[str]] = {}
    for j in range(index):
        if (s := context.statements[j].speaker) is not None:
            counts[s.name] = counts.get(s.name, 0) + 1
            words_by.setdefault(s.name, set()).update(context.words_of[j])
    own = context.by_name.get(speaker.name)
    return Scene(
        speakers=speakers, counts=counts, latest=next((s for s in reversed(speakers) if s != speaker.name), None),
        judged=frozenset(kind for kind, _, _ in judgements(statement, context.words, context.lexicon)),
        contrast=opens_with_contrast(context.text, statement, context.words, context.document) is not None,
        lead=_lead_end(context.text), principals=context.retinue.principals(speaker),
        spoke_first=min(own.first, statement.start) if own is not None else statement.start, words_by=words_by,
        asked=_question_put(context, index), continues=index > 0 and (
            before := context.statements[index - 1].speaker) is not None and before.name == speaker.name)


def _question_put(context: ArticleContext, index: int) -> bool:
    """Whether the sentence of statement ``index``, up to its end, tells of a question put ("Asked whether ...",
    "pressed on", "a question about"): the lexicon's ``question`` lemmas in a past form, or its ``asked`` nouns."""
    statement = context.statements[index]
    mention = statement.speaker_mention
    begin = min(statement.start, mention.start) if mention is not None else statement.start
    start = sentence_start(context.text, begin, context.document)
    return any(w.lower() in _question_words(context.words) for w in _WORD.findall(context.text, start, statement.end))


def _question_words(words: ResponseWords) -> frozenset[str]:
    key = id(words)
    if key not in _QUESTIONS:
        _QUESTIONS[key] = frozenset(
            {form for lemma in words.classes.get("question", ()) for form in inflections(lemma)
             if form.endswith("ed")} | words.classes.get("asked", frozenset()))
    return _QUESTIONS[key]


_QUESTIONS: dict[int, frozenset[str]] = {}
_WORD = re.compile(r"[A-Za-z]+")


def _media(lexicon: Lexicon) -> frozenset[str]:
    """The names of news media the lexicon knows (``channels.tsv``: broadcasters and platforms), lower case."""
    key = id(lexicon.media)
    if key not in _MEDIA:
        _MEDIA[key] = frozenset(name.lower() for kind in ("broadcaster", "platform")
                                for name in (*lexicon.media.get(kind, {}), *lexicon.media.get(kind, {}).values()))
    return _MEDIA[key]


_MEDIA: dict[int, frozenset[str]] = {}


def pair_features(context: ArticleContext, index: int, speaker: Speaker, party: Candidate,
                  signs: list[Evidence], chosen: str | None, scene: Scene | None = None) -> tuple[float, ...]:
    """The features (:data:`FEATURES`) of statement ``index`` by ``speaker`` answering ``party``, on the signs
    admitted for that party (``signs``) and the party the hand-set combination reports (``chosen``); ``scene``, the
    statement's :class:`Scene`, is made if not given.

    Examples
    --------
    >>> from quotetrack import read
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.context import ArticleContext
    >>> article = read('Ann Lee, the minister, said the tax would rise. "It is a disgrace," Tom Hale said.')
    >>> context = ArticleContext(article, load_lexicon())
    >>> context.last_by_speaker["Ann Lee"] = 0
    >>> vector = pair_features(context, 1, article.statements[1].speaker, context.by_name["Ann Lee"], [], None)
    >>> dict(zip(FEATURES, vector))["latest_other"], dict(zip(FEATURES, vector))["spoke"]
    (1.0, 1.0)
    """
    scene = scene if scene is not None else scene_of(context, index, speaker)
    statement = context.statements[index]
    text = context.text
    name = party.speaker.name
    kinds = {family: 0.0 for family in (*KIND_FAMILIES, "other")}
    for e in signs:
        family = _FAMILY.get(e.kind, "other")
        kinds[family] = max(kinds[family], e.confidence)
    last = context.last_by_speaker.get(name)
    acts = [a.start for a in context.acts if a.candidate.speaker.name == name and a.start < statement.start]
    marks = ([context.statements[last].end] if last is not None else []) + acts
    since = max(marks) if marks else party.first
    said = context.words_of[index]
    principal = name in scene.principals or own_voice(speaker.name, name, context.words)
    kin = speaker.kind == party.speaker.kind == "person" and speaker.name.split()[-1] == name.split()[-1]
    first = scene.speakers[0] if scene.speakers else None
    return (
        *kinds.values(),
        combined(signs) if signs else 0.0,
        float(chosen == name),
        float(last is not None),
        min(index - last, _STEPS) / _STEPS if last is not None else 1.0,
        paragraphs_between(text, since, statement.start) / 3,
        float(scene.latest == name),
        float(first == name),
        float(bool(scene.counts) and scene.counts.get(name, 0) == max(scene.counts.values())),
        float(bool(acts)),
        float(speaker.name in scene.counts),
        float(first == speaker.name),
        float(scene.contrast),
        float(same_side(speaker, party, context.words)),
        float(different_sides(speaker, party)),
        float(party.speaker.kind == "person"), float(party.speaker.kind == "group"),
        float(speaker.kind == "group"), float(speaker.kind == "organisation"),
        float("evaluation" in scene.judged), float("stance" in scene.judged), float("partisan" in scene.judged),
        len(said & scene.words_by.get(name, set())) / len(said) if said else 0.0,
        float(_names(statement.text, party)),
        float(party.first < scene.lead), float(scene.spoke_first < scene.lead), float(principal), float(kin),
        float("?" in statement.text), float(last is not None and "?" in context.statements[last].text),
        float(scene.asked), float(scene.continues), min(len(scene.counts), 8) / 8,
        float(name.lower() in _media(context.lexicon)),
    )


def _names(text: str, party: Candidate) -> bool:
    """Whether ``text`` names ``party`` (a name of more than two letters)."""
    return any(len(n) > 2 and n in text for n in (*party.names, party.speaker.name))


def _lead_end(text: str) -> int:
    """The end of a story's lead: its headline, if it has one, and the first paragraph after it."""
    start = headline_end(text)
    start += len(text[start:]) - len(text[start:].lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def scored_pairs(context: ArticleContext, index: int, evidence: list[Evidence] | None
                 ) -> list[tuple[Candidate, list[Evidence], tuple[float, ...]]]:
    """Each party statement ``index`` may answer, its admitted signs, and the features of the pair."""
    speaker = context.statements[index].speaker
    if evidence is None or speaker is None:
        return []
    by_target = admitted(evidence, speaker, context.words)
    chosen = max(by_target.items(), key=lambda kv: (combined(kv[1]), -evidence.index(kv[1][0])))[0] \
        if by_target else None
    if chosen is not None and combined(by_target[chosen]) < MIN_CONFIDENCE:
        chosen = None
    scene = scene_of(context, index, speaker)
    return [(party, by_target.get(name, []), pair_features(context, index, speaker, party, by_target.get(name, []),
                                                           chosen, scene))
            for name, party in party_choices(context, index, speaker, evidence).items()]


_OWN_SIDE = tuple(FEATURES.index(name) for name in ("same_side", "principal", "same_surname"))


def eligible(vector: Sequence[float]) -> bool:
    """Whether the model's sign may go to the party of a pair with these features: not a colleague, one the speaker
    works for, or kin (as a turn or a reaction placement never makes a colleague's words a response).

    >>> eligible([0.0] * len(FEATURES)), eligible([1.0] * len(FEATURES))
    (True, False)
    """
    return not any(vector[i] for i in _OWN_SIDE)


def learned_response(context: ArticleContext, index: int, evidence: list[Evidence] | None,
                     model: ResponseModel) -> Response | None:
    """The response of statement ``index`` with the model's sign among its others: the party the model finds
    likeliest, when its probability reaches the model's threshold and stands the model's margin above the next
    likeliest party's, gets a sign of kind ``learned`` at that
    probability (its span the statement's), combined with the hand-set signs as any other kind
    (:func:`~.evidence.combine`); where it is the only sign, the probability is the response's confidence, else the
    evidence, cue and span stay the hand-set signs' and ``learned`` is among the supporting kinds. The sign never
    turns a response the hand-set signs make to another party: it adds responses, or confirms one."""
    speaker = context.statements[index].speaker
    if evidence is None or speaker is None:
        return None
    ruled = combine(evidence, index, speaker, context.text, context.statements, context.last_by_speaker, context.words)
    pairs = [pair for pair in scored_pairs(context, index, evidence) if eligible(pair[2])]
    if not pairs:
        return ruled
    scored = sorted(((model.probability(p[2]), n) for n, p in enumerate(pairs)), key=lambda s: (-s[0], s[1]))
    probability, party = scored[0][0], pairs[scored[0][1]][0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if probability < model.threshold or probability - runner_up < model.margin - 1e-12 or (
            ruled is not None and ruled.target != party.speaker.name):
        return ruled
    statement = context.statements[index]
    sign = Evidence(target=party, kind="learned", start=statement.start, end=statement.end,
                    confidence=round(probability, 3))
    items = admitted(evidence, speaker, context.words).get(party.speaker.name, [])
    confidence = round(combined([*items, sign]), 3)
    if confidence < MIN_CONFIDENCE:
        return ruled
    found = response_on(items or [sign], confidence, index, speaker, context.text, context.statements,
                        context.last_by_speaker, context.words)  # the hand-set signs' evidence, cue and span
    return attrs.evolve(found, supporting=tuple(sorted({*found.supporting, "learned"} - {found.evidence})))
