"""Time phrases between a subject and its cue that the plain steps miss: "earlier in the day", "later that
day", "on Tuesday night", "late Tuesday" ("Senator Ann Dale earlier in the day said ...")."""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.lexicon import FunctionWords

__all__ = ["time_detail_start", "time_modifier_start"]


def time_detail_start(words: Sequence[str], k: int, first: int, fw: FunctionWords) -> int:
    """Step back over a time phrase ending at ``k`` that names a part of a period: "earlier in the day" and
    "later that week" (to the token before them), "Tuesday night" (to the weekday, for the weekday's own step).
    ``k`` itself when none ends there."""
    if k - 3 >= first and words[k] in fw.periods and words[k - 1] == "the" and words[k - 2] == "in" \
            and words[k - 3] in fw.time_modifiers:
        return k - 4
    if k - 2 >= first and words[k] in fw.periods and words[k - 1] == "that" and words[k - 2] in fw.time_modifiers:
        return k - 3
    if k - 1 >= first and words[k] in fw.periods and words[k - 1] in fw.weekdays:
        return k - 1
    return k


def time_modifier_start(words: Sequence[str], k: int, first: int, fw: FunctionWords) -> int:
    """Step back over "late" or "early" before a weekday just stepped over ("late Tuesday")."""
    return k - 1 if k >= first and words[k] in fw.time_modifiers else k
