"""The name apposed to an owned noun after a cue: '"...," exhorted Clinton's introducer, actress Jane Doe'.

After a cue, "X's <noun>, <name>" names the speaker twice: by the noun X owns and by the name the apposition
gives. The name speaks, not the owner X; "said Smith's aide, Jane Doe" is read the same way whether or not the
noun is a role the lexicon knows ("introducer", "longtime friend").
"""

from __future__ import annotations

from quotetrack.attribution.index import NAME_LABELS, Frame, Source, TextIndex

__all__ = ["owner_apposed_name"]

_NOUN_WORDS = 3  # lower-case words of the owned noun phrase at most
_TITLE_WORDS = 3  # lower-case words or titles before the apposed name at most


def owner_apposed_name(index: TextIndex, owner_end: int, frame: Frame) -> Source | None:
    """The name apposed to the noun phrase an owner's "'s" at ``owner_end`` opens, or None.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    owner_end : int
        The token "'s" (or "’s") after the owner's name.
    frame : Frame
        The sentence the cue is read in.

    Returns
    -------
    Source or None
        The apposed name (a person's or a body's), when lower-case words follow the "'s", then a comma, then
        lower-case words or titles and the name, which ends the sentence or is followed by a comma.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read('"It is time," exhorted Tom Hale\\'s old friend, actress Ann Dale.')
    >>> [s.speaker.name for s in article.statements]
    ['Ann Dale']
    """
    words, tokens = index.words, index.tokens
    if owner_end >= frame.last or words[owner_end] not in {"'s", "’s"}:
        return None
    comma = owner_end + 1
    while comma < frame.last and comma - owner_end <= _NOUN_WORDS and tokens[comma].text.isalpha() \
            and tokens[comma].text.islower() and index.quote_of[comma] < 0:
        comma += 1
    if comma == owner_end + 1 or comma >= frame.last or words[comma] != ",":
        return None
    k = comma + 1
    while k < frame.last and k - comma <= _TITLE_WORDS + 1:
        named = index.entity_from.get(k)
        if named is not None and named.label in NAME_LABELS:
            a, b = index.token_range(named.start, named.end)
            if b >= frame.last or words[b] in {",", ".", ";"}:
                return Source(first=a, last=b, kind="entity", entity=named, outer=a)
            return None
        if named is not None and named.label == "TITLE":
            k = index.token_range(named.start, named.end)[1]
            continue
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            return None
        k += 1
    return None
