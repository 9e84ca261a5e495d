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
from collections.abc import Sequence
from importlib import resources
from typing import Literal

import attrs

from quotetrack.model import Response, Speaker

from .context import ArticleContext
from .evidence import MIN_CONFIDENCE, Evidence, admitted, combine, combined, response_on
from .judgement import judgements
from .headline import headline_end
from .parties import Candidate, different_sides, named_as_own, own_voice, same_side
from .placement import opens_with_contrast, paragraphs_between

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
)


@attrs.frozen(kw_only=True)
class ResponseModel:
    """A logistic regression over :data:`FEATURES`: weights in their order, a bias, and the threshold.

    Examples
    --------
    >>> model = ResponseModel(features=("a", "b"), weights=(2.0, -1.0), bias=-1.0, threshold=0.5)
    >>> round(model.probability((1.0, 0.0)), 3)
    0.731
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, vector: Sequence[float]) -> float:
        """The probability that the pair of ``vector`` is a response."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@functools.cache
def load_model() -> ResponseModel:
    """The packaged model (``data/response_model.json``), loaded once.

    >>> load_model().features == FEATURES
    True
    """
    raw = json.loads(resources.files("quotetrack.responses").joinpath("data/response_model.json").read_text("utf-8"))
    return ResponseModel(features=tuple(raw["features"]), weights=tuple(raw["weights"]), bias=raw["bias"],
                         threshold=raw["threshold"])


def party_choices(context: ArticleContext, index: int, speaker: Speaker, evidence: list[Evidence]
                  ) -> dict[str, Candidate]:
    """The parties statement ``index`` by ``speaker`` may answer, by name: every party named or heard before it,
    and every target of its signs; not the speaker, the body they speak for, nor their own."""
    start = context.statements[index].start
    own = speaker.organisation.name if speaker.organisation is not None else None
    found: dict[str, Candidate] = {}
    for candidate in (*context.by_name.values(), *(e.target for e in evidence)):
        name = candidate.speaker.name
        heard = name in context.last_by_speaker
        if name in (speaker.name, own) or not (heard or candidate.first < start) or named_as_own(speaker, candidate):
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
        spoke_first=min(own.first, statement.start) if own is not None else statement.start, words_by=words_by)


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
        float(any(len(n) > 2 and n in statement.text for n in (*party.names, name))),
        float(party.first < scene.lead), float(scene.spoke_first < scene.lead), float(principal), float(kin),
        float("?" in statement.text), float(last is not None and "?" in context.statements[last].text),
    )


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
    likeliest, when its probability reaches the model's threshold, gets a sign of kind ``learned`` at that
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
    party, _, vector = max(pairs, key=lambda p: model.probability(p[2]))
    probability = model.probability(vector)
    if probability < model.threshold or ruled is not None and ruled.target != party.speaker.name:
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
