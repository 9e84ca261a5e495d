"""Quoted section headings: a paragraph that is nothing but a quotation in single marks.

Some papers head the sections of a long article with a quoted phrase in single marks
(``'A fight from start to finish.'``) while their body quotes in double marks. Such a paragraph, in an article
whose running quotations use double marks, is a heading of the writer's, not a statement. A paper that quotes
in single marks throughout (the British style) keeps its one-paragraph quotations: there the marks say nothing.
"""

from __future__ import annotations

from quotetrack.attribution.index import TextIndex
from quotetrack.attribution.quotations import Quotation

__all__ = ["heads_a_section"]

_EDGE = " \t.,;:!?"


def heads_a_section(index: TextIndex, q: Quotation) -> bool:
    """Whether quotation ``q`` is a section heading: alone in its paragraph, in single marks the body does not use.

    Examples
    --------
    >>> import quotetrack
    >>> text = 'The mayor said, "We are ready."\\n\\n\\'A long night.\\'\\n\\nThe count began at nine.'
    >>> [s.text for s in quotetrack.read(text).statements]
    ['We are ready.']
    """
    if q.double or q.depth or not q.closed:
        return False
    text = index.text
    start = text.rfind("\n", 0, q.open_mark) + 1
    end = text.find("\n", q.close_mark)
    end = len(text) if end == -1 else end
    if text[start : q.open_mark].strip() or text[q.close_mark : end].strip(_EDGE):
        return False
    return any(other.double for other in index.quotes)
