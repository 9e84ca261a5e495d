"""What a source cites as its reason: "The airline declined, citing legal risks".

``citing`` is a phrase cue whose source follows it ("..., citing two people familiar with the plan"), but after a
comma (or ``by``, ``after``) with an object that names no informant, it reports the reason the sentence's subject
gives: "The airline declined the offer, citing legal risks", "She defended the plan by citing a new study". The
annotation of political news counts those objects as the subject's statements. An informant (a person's or a body's
name alone, or a noun of ``informant_nouns`` in ``function_words.tsv``: "citing unnamed officials", "citing the
Times") keeps the phrase cue's reading.
"""

from __future__ import annotations

import attrs

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import SOURCE_LABELS, Frame, TextIndex

__all__ = ["cited_reason"]

_REACH = 5  # words of the object in which an informant noun is looked for: "citing two senior officials"


def cited_reason(index: TextIndex, cue: CueMatch, frame: Frame) -> CueMatch | None:
    """The cue ``citing`` read as a participle of saying whose object is the reason given, or None when it names an
    informant or stands elsewhere (see the module's docstring)."""
    words = index.words
    if cue.lemma != "citing" or cue.last >= frame.last or cue.first <= frame.first or not (
        index.after_comma(cue.first) or words[cue.first - 1] in index.fw.participle_openers
    ):
        return None
    k = cue.last
    if index.quote_of[k] < 0 and any(words[t] in index.fw.informant_nouns
                                     for t in range(k, min(frame.last, k + _REACH))):
        return None  # "citing two people familiar with the plan"
    named = index.entity_from.get(k if words[k] != "the" else k + 1)
    if named is not None:
        b = index.token_range(named.start, named.end)[1]
        if named.label in SOURCE_LABELS and (b >= frame.last or words[b] not in {"'s", "’s"}) \
                and (b >= frame.last or not words[b][:1].isalnum() or words[b] in {"as", "and"}):
            return None  # "citing the Times", "citing Jane Smith, a spokeswoman": a source
    return attrs.evolve(cue, lemma="cite", cls="speech", participle=True, kind="verb")
