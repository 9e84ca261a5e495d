"""A story's headline: the first line of a text whose body follows it, written as a headline.

A headline sums up the story its body tells ("Treasury row deepens as MPs attack spending plan"): its statements are
the body's, condensed. A turn cue in the body ("insisting that ...", "X replied") answers a speaker the body heard,
never the headline's summary of the story, so the turn reaches no further back than the body
(``context._previous_turn``). The first line is a headline when a line break and more text follow it, it holds at
most ``_MOST_WORDS`` words, and it either ends without a full stop or is written in title case (the US papers' "Mayor
Says Bridge Will Open In May."); a short first paragraph of the body ends with a full stop and is no headline.
"""

from __future__ import annotations

import functools

__all__ = ["headline_end"]

_MOST_WORDS = 20
_TITLE_CASE = 0.8  # the share of the longer words written with a capital in a title-case line


@functools.lru_cache(maxsize=64)
def headline_end(text: str) -> int:
    """The end of the text's headline, or 0 when its first line is none.

    Examples
    --------
    >>> headline_end("Row deepens as MPs attack plan\\n\\nThe minister said ...")
    30
    >>> headline_end("Mayor Says Bridge Will Open In May.\\n\\nThe mayor said ...")
    35
    >>> headline_end("The mayor said the bridge would open in May.\\n\\nHer rival disagreed.")
    0
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return 0  # one line is the whole text, no headline over a body
    line = text[start:end].strip()
    words = line.split()
    if not words or len(words) > _MOST_WORDS:
        return 0
    if not line.rstrip("\"'”’").endswith("."):
        return end
    longer = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return end if longer and sum(w[0].isupper() for w in longer) >= _TITLE_CASE * len(longer) else 0
