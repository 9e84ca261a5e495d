"""Quoted words in a headline: the headline's own style of marks, not a verbatim quotation.

American papers set a quotation in a headline in single marks (``Mayor calls budget 'a disgrace'``,
``Dale: 'We will not back down'``) while their body quotes in double marks. A headline condenses what was
said, so a statement standing in the first line of an article whose body quotes in double marks, and whose
own quoted words are all in single marks, is reported speech: indirect, not mixed or direct. A paper that
quotes in single marks throughout (the British style) keeps its headline's kinds: there the marks say nothing
of the headline.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotetrack.attribution.index import Attribution
from quotetrack.attribution.quotations import Quotation

__all__ = ["headline_reported", "single_marked_headline"]


def headline_reported(text: str, quotes: Sequence[Quotation], found: Sequence[Attribution]) -> list[Attribution]:
    """The statements ``found``, those of the headline that quote in single marks made indirect.

    Parameters
    ----------
    text : str
        The article.
    quotes : sequence of Quotation
        Its quotations.
    found : sequence of Attribution
        Its statements.

    Returns
    -------
    list of Attribution
        ``found``, with a direct or mixed statement inside the headline read as indirect when every quotation
        it holds is in single marks and a quotation of the body is in double marks.

    Examples
    --------
    >>> import quotetrack
    >>> text = "Mayor calls budget 'a disgrace'\\n\\nThe mayor said, \\"It is a disgrace.\\""
    >>> [(s.kind, s.text) for s in quotetrack.read(text).statements]
    [('indirect', "budget 'a disgrace'"), ('direct', 'It is a disgrace.')]
    """
    line_end = single_marked_headline(text, quotes)
    single = [q for q in quotes if q.close_mark <= line_end]
    return [
        attrs.evolve(a, kind="indirect") if a.kind != "indirect" and a.end <= line_end
        and any(q.open_mark <= a.end and a.start <= q.close_mark for q in single) else a
        for a in found
    ]


def single_marked_headline(text: str, quotes: Sequence[Quotation]) -> int:
    """The end of the article's first line when it is a headline quoting in single marks over a body quoting in
    double marks; else 0.

    Examples
    --------
    >>> from quotetrack.attribution.quotations import find_quotations
    >>> text = "Dale calls plan 'a mess'\\n\\nShe said, \\"It is a mess.\\""
    >>> single_marked_headline(text, find_quotations(text, [(0, 24), (26, len(text))]))
    24
    """
    line_end = text.find("\n")
    if line_end < 0 or not text[line_end:].strip():
        return 0  # one line is the whole text, no headline over a body
    if not any(q.double and q.open_mark > line_end for q in quotes):
        return 0  # the body quotes in single marks too (or not at all)
    single = [q for q in quotes if q.close_mark <= line_end]
    return line_end if single and not any(q.double for q in single) else 0
