"""The agent of a passive response verb and its reason: "X has been rebuked by opponents for his plan to ...".

A response verb in the passive ("was criticized by", "has been rebuked by") names its agent after "by"; the
reason the agent gives, when the sentence goes on with "for", "over" or "as" ("for his proposal to ban ...",
"as a gimmick"), is what the agent said of the subject. The agent is the statement's source and the reason its
content; the subject is left to the response rules (``responses/passive.py``), which read it as the target. A
passive with no reason after its agent ("The plan was criticized by analysts.") reports nothing here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from quotetrack.attribution.clause_rule import ClauseRule
from quotetrack.attribution.cues import CueMatch, cues_within
from quotetrack.attribution.index import MAX_CLAUSE, Frame
from quotetrack.attribution.sources import Source

__all__ = ["PassiveAgents"]

_REASONS = frozenset({"for", "over", "as"})  # words opening the agent's reason: "for his plan", "as a gimmick"
_BETWEEN = 2  # words an auxiliary and its participle may have between them ("has also been", "was sharply")


class PassiveAgents(ClauseRule):
    """Find the agents of passive response verbs that give a reason (see the module's docstring).

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Reads the agent after "by".
    clauses : ClauseFinder
        Finds where the reason ends.
    """

    def read(self, frame: Frame, frame_cues: list[CueMatch]) -> Iterator[tuple[int, int, CueMatch, Source]]:
        """``(first, end, cue, source)`` of each passive response verb's reason in the frame: tokens ``[first,
        end)`` from the reason's preposition, the agent as the source."""
        for cue in frame_cues:
            if cue.cls != "response" or cue.participle or not self._passive(cue, frame):
                continue
            by = cue.last
            if by + 1 >= frame.last or self.words[by] != "by" or self.quote_of[by + 1] >= 0:
                continue
            source = self.sources.source_after(by + 1, frame)
            if source is None or source.first != by + 1 and source.phrase_first != by + 1:
                continue  # the agent opens right after "by"
            first = source.last
            if first + 2 >= frame.last or self.words[first] not in _REASONS or self.quote_of[first] >= 0:
                continue
            later = cues_within(self.cues, bisect.bisect_left(self.cue_starts, first + 1), first + 1 + MAX_CLAUSE)
            end = self.clauses.clause_end(first, frame, later)
            if end - first >= 3:
                yield first, end, cue, source

    def _passive(self, cue: CueMatch, frame: Frame) -> bool:
        """Whether a form of "be" stands before the cue, with at most two adverbs between ("has also been hit")."""
        k = cue.first - 1
        for _ in range(_BETWEEN + 1):
            if k < frame.first or self.quote_of[k] >= 0:
                return False
            if self.words[k] in self.fw.passive_auxiliaries:
                return True
            if not (self.words[k].endswith("ly") or self.words[k] in self.fw.stop_words) or not self.words[k].isalpha():
                return False
            k -= 1
        return False
