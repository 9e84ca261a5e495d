"""Quotations that carry on the statement before them, though a cue stands near them or none does.

'"Q1," X said. "Q2." Y had argued that ...': Q2 is still X's (:func:`continues_last`); '"Q," Reyes said. "Very
good."': a short quoted sentence alone after a direct quotation carries it on (:func:`short_sentence_after`).
:class:`~quotetrack.attribution.constructions.Attributor` asks both, giving the attributions made so far. A
response participle after a comma carries on the frame's subject (:func:`carried_participle`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Attribution, Frame, IndexView, Source
from quotetrack.attribution.quotations import Quotation

__all__ = ["carried_participle", "continues_last", "short_sentence_after"]


def continues_last(view: IndexView, out: Sequence[Attribution], q: Quotation, words: str, cue: CueMatch,
                   frame: Frame) -> bool:
    """Whether a sentence-long quotation before a new subject continues the speaker quoted just before:
    '"Q1," X said. "Q2." Y had argued that ...': Y's cue reports its own words, Q2 is still X's. Quotations
    no cue claimed may stand between ('"Q1," said X. "Q1b. "Q2." Y also points out ...'), and Q2 may open
    the next paragraph."""
    if not out or words.rstrip("\"'”’ ")[-1:] not in {".", "?", "!"} or cue.last >= frame.last:
        return False
    after = view.words[cue.last]
    own_quote = after == ":" and cue.last + 1 < frame.last and view.quote_of[cue.last + 1] >= 0
    if view.quote_of[cue.last] >= 0 or after in {".", ",", ";"} or after == ":" and not own_quote:
        return False  # '"Q2." Y said.': Y's words
    last = out[-1]
    if last.source is None or last.kind == "indirect" or last.end > q.open_mark \
            or view.index.paragraph_of(q.start) - last.paragraph > 1:
        return False
    gap = view.text[last.end : q.open_mark]
    opens = view.index.quote_opens  # (in text order: only the quotations between are read, not all of them)
    for quote in view.quotes[bisect.bisect_left(opens, last.end) : bisect.bisect_right(opens, q.open_mark)]:
        if quote.close_mark <= q.open_mark:
            gap = gap.replace(view.text[quote.open_mark : quote.close_mark], " ")
    return len(gap) <= 160 and len(re.findall(r"[.?!]\s", gap)) == 1 and gap.rstrip()[-1:] in {".", "?", "!"}


def short_sentence_after(view: IndexView, out: Sequence[Attribution], q: Quotation, frame: Frame | None,
                         fi: int | None, words: str) -> bool:
    """'"Q," Reyes said. "Very good."': a short quoted sentence alone after a direct quotation carries it on."""
    if frame is None or not fi or not view.index.alone_in_frame(q, frame) or not words[:1].isupper() \
            or words.rstrip("\"'”’ ")[-1:] not in {".", "?", "!"} or view.index.is_name_like(words):
        return False
    last = max((a for a in out if a.end <= q.open_mark), key=lambda a: a.end, default=None)
    return last is not None and last.kind == "direct" and last.source is not None \
        and last.paragraph == view.index.paragraph_of(q.start) and q.open_mark - last.end <= 120 \
        and last.end > view.tokens[view.index.frames[fi - 1].first].start  # in the sentence before


def carried_participle(view: IndexView, cue: CueMatch, source: Source, frame_source: Source | None) -> bool:
    """Whether a response participle after a comma carries its frame subject's stance: after the frame's first
    statement ("X responded first, ripping into Y"), or, where the frame has none, an attack's ("The governor was
    the most forceful figure on stage, mocking Y as a neophyte"; ``attack_cues``: not ", defending the seat")."""
    if not cue.participle or cue.first == 0 or view.words[cue.first - 1] != ",":
        return False
    return frame_source is source or frame_source is None and cue.lemma in view.fw.attack_cues
