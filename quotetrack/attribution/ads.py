"""The sponsor of a paid message that attacks or praises: "X ran an ad last week attacking Y for ...".

Campaigns and groups speak through ads, videos and editorials they put out: "The party released a web video
that accuses Hale of ...", "A super PAC is running a TV spot hitting Ortiz for missed votes". The cue (a
participle after the message's noun, or "that"/"which" and a cue verb) has the message as its subject, which
speaks for whoever put it out: the subject of the verb of putting out (``ad_verbs`` in ``function_words.tsv``)
before the noun (``ad_nouns``) is the statement's source, and what the cue says of its object the content, read
as a cue's narrated object ("attacking Hale for his vote"). A message no one is said to put out ("ads attacking
the senator aired all week") reports nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotetrack.attribution.clause_rule import ClauseRule
from quotetrack.attribution.cues import CueMatch, cues_within
from quotetrack.attribution.index import MAX_CLAUSE, Frame
from quotetrack.attribution.sources import Source

__all__ = ["AdSponsors"]

_AFTER_NOUN = 3  # words between the message's noun and its cue: "an ad campaign this week praising", "ad last August"
_BEFORE_NOUN = 5  # words between the verb of putting out and the noun: "began a $1 million ad", "released a new web"


class AdSponsors(ClauseRule):
    """Find the sponsors of messages that attack or praise (see the module's docstring)."""

    def read(self, frame: Frame, frame_cues: list[CueMatch]) -> Iterator[tuple[int, int, CueMatch, Source]]:
        """``(first, end, cue, source)`` of each sponsored message's cue in the frame: tokens ``[first, end)`` of
        the cue's object, the sponsor as the source."""
        for ci, cue in enumerate(frame_cues):
            if cue.cls not in {"speech", "response"} or cue.kind != "verb" or self.quote_of[cue.first] >= 0 \
                    or cue.first - 2 < frame.first:
                continue
            k = cue.first - 1
            if not cue.participle:
                if self.words[k] not in self.fw.ad_relatives:
                    continue
                k -= 1
            noun = self._noun_before(k, frame)
            verb = None if noun is None else self._verb_before(noun, frame)
            if verb is None:
                continue
            source = self.sources.source_before(
                CueMatch(first=verb, last=verb + 1, lemma=self.words[verb], cls="speech"), frame)
            if source is None or source.last > verb:
                continue
            later = cues_within(frame_cues, ci + 1, cue.last + MAX_CLAUSE)
            end = self.clauses.clause_end(cue.last, frame, later)
            if end - cue.last >= 2 and self.quote_of[cue.last] < 0:
                yield cue.last, end, cue, source

    def _noun_before(self, k: int, frame: Frame) -> int | None:
        """The message's noun at token ``k`` or a few plain words before it (a time, "campaign"), else None."""
        for j in range(k, max(frame.first, k - _AFTER_NOUN) - 1, -1):
            word = self.words[j]
            if self.quote_of[j] >= 0 or not word.isalnum():
                return None
            if word in self.fw.ad_nouns and self.tokens[j].text.islower():
                return j
        return None

    def _verb_before(self, noun: int, frame: Frame) -> int | None:
        """The verb of putting out a few words before the noun ("ran an", "released a new web"), else None."""
        for j in range(noun - 1, max(frame.first, noun - 1 - _BEFORE_NOUN) - 1, -1):
            word = self.words[j]
            if self.quote_of[j] >= 0 or word in {",", ";", ":"} or j in self.cue_set:
                return None
            if word in self.fw.ad_verbs and self.tokens[j].text.islower():
                return j
        return None
