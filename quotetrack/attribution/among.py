"""A cue noun held by the group named after it: "fears among investors that the bank would fail", "growing
concern among Democrats that the bill is dead". The group after "among" holds the belief the content states."""

from __future__ import annotations

from quotetrack.attribution.index import SOURCE_LABELS, Frame, Source, TextIndex

__all__ = ["holders_among"]

MAX_GROUP = 6  # tokens of the group between "among" and "that"


def holders_among(index: TextIndex, t: int, frame: Frame) -> tuple[int, Source] | None:
    """The "that" opening the content of the cue noun at ``t`` and the group after "among" holding it, or None
    when the noun is not followed by "among", a short group (no punctuation, no verb of its own) and "that"."""
    words = index.words
    if t + 3 >= frame.last or words[t + 1] != "among":
        return None
    first = t + 2
    that = next((k for k in range(first + 1, min(frame.last, first + MAX_GROUP + 1)) if words[k] == "that"), None)
    if that is None or any(not words[k][:1].isalnum() or index.quote_of[k] >= 0 or k in index.cue_set
                           or words[k] in index.fw.finite_verbs for k in range(first, that)):
        return None
    named = index.entity_from.get(first + (1 if words[first] == "the" else 0))
    if named is not None and named.label in SOURCE_LABELS:
        a, b = index.token_range(named.start, named.end)
        if b == that:
            return that, Source(first=a, last=b, kind="entity", entity=named)
    return that, Source(first=first, last=that, kind="description")
