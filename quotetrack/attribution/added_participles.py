"""The speaker of a participle right after a reporting cue: '..., Ann Dale said, adding that ...'; the titled
subject of an absolute participle: '..., with the former secretary of state calling the move "troubling."'.

A participle cue after ", X said," or ", said X," continues X's report ("adding", "noting", "arguing"): its
subject is the reporter, not the first name of the sentence, which is often the subject of what X reported
("Tom Hale intends to ..., Ann Dale said, adding that he ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame, Source
from quotetrack.attribution.sources import SourceFinder

__all__ = ["reporter_before", "titled_absolute"]

_CLOSING_MARKS = frozenset({'"', "”", "''"})  # a closing double quotation mark as the tokenizers write it
_MODIFIERS = 2  # lower-case words between "the" and a title at most ("the former", "the then-acting")


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
            and _after_comma(words, before.phrase_first) else None
    if words[previous.first - 1] != ",":
        return None
    after = sources.source_after(previous.last, frame) if previous.last < comma else None
    return after if after is not None and after.kind == "entity" and after.last == comma else None  # "said X,"


def _after_comma(words: Sequence[str], k: int) -> bool:
    """Whether word ``k`` follows a comma, or a quotation closing on one ('"...," Ann Dale said, adding')."""
    return words[k - 1] == "," or k >= 2 and words[k - 1] in _CLOSING_MARKS and words[k - 2] == ","


def titled_absolute(sources: SourceFinder, cue: CueMatch, frame: Frame) -> Source | None:
    """The described subject of an absolute participle after ", with", headed by a title the entities know:
    '..., with the former secretary of state calling the move "deeply troubling."' (the title ``secretary of
    state`` ends in a word no source noun list holds, so the description was read as "state" and passed over).

    Parameters
    ----------
    sources : SourceFinder
        The document's source finder.
    cue : CueMatch
        A participle cue.
    frame : Frame
        The sentence.

    Returns
    -------
    Source or None
        ``the``, up to two lower-case modifiers and the title, when ", with" stands before them and the title ends
        right before the cue; else None.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read('The campaign criticized the decision, with the former secretary of state calling '
    ...                           'the move "deeply troubling."')
    >>> [s.speaker.name for s in article.statements if "troubling" in s.text]
    ['the former secretary of state']
    """
    k = cue.first - 1
    title = sources.entity_at.get(k) if cue.participle and k > frame.first else None
    if title is None or title.label != "TITLE":
        return None
    first = sources.index.token_range(title.start, title.end)[0]
    words, tokens = sources.words, sources.tokens
    j = first
    while j - 1 > frame.first and first - j < _MODIFIERS and tokens[j - 1].text.islower() and words[j - 1] != "the" \
            and words[j - 1] != "with" and tokens[j - 1].text.replace("-", "").isalpha():
        j -= 1
    if j - 3 < frame.first or words[j - 1] != "the" or words[j - 2] != "with" or words[j - 3] != ",":
        return None
    return Source(first=j - 1, last=k + 1, kind="description")
