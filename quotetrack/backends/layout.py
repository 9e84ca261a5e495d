"""Text layout any backend shares: paragraphs as the non-blank lines of the text."""

from __future__ import annotations

import re

__all__ = ["split_paragraphs"]

_PARAGRAPH = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank line, without surrounding spaces.

    Examples
    --------
    >>> split_paragraphs("One.\\n\\n  Two.  \\n")
    [(0, 4), (8, 12)]
    """
    spans = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans
