"""The signs of a response, their confidence, and how the signs for one statement combine into a response.

Every kind of evidence proposes a target with a confidence (:data:`CONFIDENCE`); the proposals for one target
combine as independent signs (``1 - prod(1 - c)``), and the target with the highest combined confidence wins, when
it reaches :data:`MIN_CONFIDENCE`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from quotetrack.model import Mention, Response, Speaker, Statement

from .parties import Candidate, same_side
from .words import ResponseWords

__all__ = ["CONFIDENCE", "MIN_CONFIDENCE", "Evidence", "admitted", "combine", "combined", "response_on"]

#: The confidence each kind of evidence gives its target on its own (see docs/responses.md); a continuation
#: carries the confidence of the response it continues, times its factor here.
CONFIDENCE = {
    "cue": 0.9, "mention": 0.75, "turn": 0.75, "sequel": 0.75, "passive": 0.75, "pronoun": 0.7, "role": 0.7,
    "term": 0.7, "organisation": 0.65, "restatement": 0.6, "reaction": 0.6, "answer": 0.6, "author": 0.6, "owner": 0.6,
    "defence": 0.6, "innocence": 0.6, "representative": 0.6, "exchange": 0.6, "unattributed": 0.6, "sanction": 0.6,
    "structure": 0.55, "group": 0.5, "act": 0.45, "topic": 0.4, "contrast": 0.4, "evaluation": 0.3, "stance": 0.3,
    "partisan": 0.3, "continuation": 0.8, "bare_restatement": 0.45, "bare_mention": 0.45, "bare_owner": 0.45,
    "rival": 0.6, "judged": 0.45, "rejoinder": 0.6, "denial": 0.6, "recounted": 0.6, "framed": 0.65,
    "exemplar": 0.6, "regarding": 0.65,
}
#: Below this a proposed response is not reported at all. Precision first: on newsdev a weak sign alone (a
#: "But X said" placement, an act noun) was wrong more often than right; two signs for one target combine past it.
MIN_CONFIDENCE = 0.5
_INFERRED = frozenset({"turn", "reaction"})  # placements a colleague's words never make a response


@attrs.frozen(kw_only=True)
class Evidence:
    """One sign that a statement answers ``target``."""

    target: Candidate
    kind: str
    start: int
    end: int
    confidence: float
    cue: str | None = None
    stance: str | None = None  # where the cue is no entry of the lexicon ("came under fire": rejects)

    @classmethod
    def of(cls, target: Candidate, kind: str, start: int, end: int, cue: str | None = None,
           stance: str | None = None) -> Evidence:
        """A sign of ``kind`` at its own confidence (:data:`CONFIDENCE`)."""
        return cls(target=target, kind=kind, start=start, end=end, confidence=CONFIDENCE[kind], cue=cue,
                   stance=stance)


def _combined(items: list[Evidence]) -> float:
    doubt = 1.0
    for kind in {e.kind for e in items}:
        doubt *= 1 - max(e.confidence for e in items if e.kind == kind)
    return 1 - doubt


def combine(evidence: list[Evidence], index: int, speaker: Speaker, text: str, statements: Sequence[Statement],
            last_by_speaker: Mapping[str, int], words: ResponseWords) -> Response | None:
    """The response statement ``index`` by ``speaker`` makes on ``evidence``, if a target reaches the floor.

    Parameters
    ----------
    evidence : list of Evidence
        The signs gathered for the statement, in the order they were found (the first breaks a tie).
    index : int
        The statement's index in ``statements``.
    speaker : Speaker
        The statement's speaker.
    text : str
        The article text.
    statements : sequence of Statement
        The article's statements.
    last_by_speaker : mapping of str to int
        Each speaker's latest statement before this one: the target statement.
    words : ResponseWords
        The cues' stances.

    Returns
    -------
    Response or None
        The best-supported target's response, or none under :data:`MIN_CONFIDENCE`.
    """
    by_target = admitted(evidence, speaker, words)
    if not by_target:
        return None
    target, items = max(by_target.items(), key=lambda kv: (_combined(kv[1]), -evidence.index(kv[1][0])))
    confidence = round(_combined(items), 3)
    if confidence < MIN_CONFIDENCE:
        return None
    return response_on(items, confidence, index, speaker, text, statements, last_by_speaker, words)


def admitted(evidence: list[Evidence], speaker: Speaker, words: ResponseWords) -> dict[str, list[Evidence]]:
    """The signs ``speaker``'s statement can make a response on, by target name, in the order they were found: no
    sign for the speaker, the body they speak for, or a colleague answered only by placement."""
    by_target: dict[str, list[Evidence]] = {}
    own = speaker.organisation.name if speaker.organisation is not None else None
    for e in evidence:
        if e.kind in _INFERRED and same_side(speaker, e.target, words):
            continue  # colleagues speaking in turn or in reaction are not answering each other
        if e.target.body and own == e.target.speaker.name:
            continue  # a speaker does not answer the body they speak for
        if e.target.speaker.name != speaker.name:
            by_target.setdefault(e.target.speaker.name, []).append(e)
    return by_target


def combined(items: list[Evidence]) -> float:
    """The confidence signs for one target give together: one sign of each kind, as independent signs.

    >>> from quotetrack.model import Speaker
    >>> ann = Candidate(speaker=Speaker(name="Ann Lee", kind="person"), names=("Ann Lee",), first=0, side=None)
    >>> round(combined([Evidence.of(ann, "contrast", 0, 3), Evidence.of(ann, "topic", 5, 9)]), 2)
    0.64
    """
    return _combined(items)


def response_on(items: list[Evidence], confidence: float, index: int, speaker: Speaker, text: str,
                statements: Sequence[Statement], last_by_speaker: Mapping[str, int], words: ResponseWords) -> Response:
    """The response of statement ``index`` to the target of ``items`` (its signs), at ``confidence``: the strongest
    sign its evidence, the others supporting it (parameters as :func:`combine`)."""
    target = items[0].target.speaker.name
    best = max(items, key=lambda e: e.confidence)
    cue_text = next((e.cue for e in sorted(items, key=lambda e: -e.confidence) if e.cue), None)
    target_statement = last_by_speaker.get(target)
    if best.kind == "restatement":
        target_statement = next((j for j in range(index) if (statements[j].start, statements[j].end)
                                 == (best.start, best.end)), target_statement)
    return Response(
        source=speaker.name, target=target, statement=index, target_statement=target_statement,
        cue=cue_text, evidence=best.kind, evidence_span=Mention(start=best.start, end=best.end,
                                                                 text=text[best.start:best.end]),
        stance=next((e.stance for e in items if e.stance and e.cue == cue_text), None) or (
            words.stance(cue_text) if cue_text else None), confidence=confidence,
        supporting=tuple(sorted({e.kind for e in items} - {best.kind})),
    )
