"""The speaker of a participle right after a reporting cue: '..., Ann Dale said, adding that ...'.

A participle cue after ", X said," or ", said X," continues X's report ("adding", "noting", "arguing"): its
subject is the reporter, not the first name of the sentence, which is often the subject of what X reported
("Tom Hale intends to ..., Ann Dale said, adding that he ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame, Source
from quotetrack.attribution.sources import SourceFinder

__all__ = ["reporter_before"]


def reporter_before(sources: SourceFinder, earlier: Sequence[CueMatch], cue: CueMatch, frame: Frame) -> Source | None:
    """The source of the cue that ends right before ``cue``'s comma, when ``cue`` is a participle after it.

    Parameters
    ----------
    sources : SourceFinder
        The document's source finder.
    earlier : sequence of CueMatch
        The cues of the frame before ``cue``, in order.
    cue : CueMatch
        A participle cue after a comma.
    frame : Frame
        The sentence.

    Returns
    -------
    Source or None
        The subject before the previous cue ("Ann Dale said, adding") or the name after it ("said Ann Dale,
        adding"), when that cue or its subject ends at the comma before ``cue``.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read("Tom Hale intends to give a speech on the budget this month, Ann Dale said, "
    ...                           "adding that he would also visit Ohio.")
    >>> [s.speaker.name for s in article.statements]
    ['Ann Dale', 'Ann Dale']
    """
    words = sources.words
    comma = cue.first - 1
    if not earlier or comma <= frame.first or words[comma] != "," or not cue.participle:
        return None
    previous = earlier[-1]
    if previous.participle or previous.cls != "speech" or not sources.tokens[previous.first].text.islower() \
            or previous.first - 1 <= frame.first:
        return None
    if previous.last == comma and words[previous.first - 1] != ",":  # "..., Ann Dale said, adding"
        before = sources.source_before(previous, frame)
        return before if before is not None and before.last == previous.first \
            and sources.words[before.phrase_first - 1] == "," else None
    if words[previous.first - 1] != ",":
        return None
    after = sources.source_after(previous.last, frame) if previous.last < comma else None
    return after if after is not None and after.kind == "entity" and after.last == comma else None  # "said X,"
