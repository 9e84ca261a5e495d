"""Find quotations: pair the quotation marks of a text, whatever their style.

News text uses straight and curly marks, ``\u201e\u201c``, ``\u00ab\u00bb``,
TeX-style ````…''``, single marks inside double ones, and apostrophes that
look like closing single marks ("citizens' data"). It also has stray and
misplaced marks. Pairing is therefore a small optimisation per paragraph:
each mark may open, close or be ignored, each choice has a cost from the
mark's glyph and the characters around it, and a dynamic programme picks the
cheapest reading. It never fails: an unclosed quotation runs to the end of its
paragraph, a mark that fits nowhere is ignored. Time is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

__all__ = ["Quotation", "find_quotations"]

_DOUBLE = re.compile(r"``|''|[\"“”„«»‟]")
_SINGLE = re.compile(r"[`'‘’‚‹›]")
_OPEN_GLYPHS = frozenset({"“", "„", "«", "``", "‟"})
_CLOSE_GLYPHS = frozenset({"”", "»", "''"})
_SINGLE_OPEN_GLYPHS = frozenset({"‘", "‚", "‹", "`"})
_BEFORE_OPEN = frozenset(" \t\n([{—–-/:;") | frozenset("“‘\"'„«")
_AFTER_CLOSE = frozenset(" \t\n)]}—–-/:;,.!?…") | frozenset("”’\"'»")

_SKIP = 3.0
_UNCLOSED = 0.75
_REOPEN = 0.25  # a new quoted paragraph run into the last one: 'Athens. "She must ...'
_SENTENCE_END = frozenset(".?!…")
_MAX_SINGLE_SPAN = 400


@attrs.frozen(kw_only=True)
class Quotation:
    """Words between a pair of quotation marks.

    Parameters
    ----------
    start, end : int
        The quoted words, without the marks.
    open_mark, close_mark : int
        Offsets of the opening mark and of the end of the closing mark;
        ``close_mark == end`` when the quotation is unclosed.
    double : bool
        Whether the marks are double (``"``) rather than single (``'``).
    closed : bool
        False when the quotation runs to the end of its paragraph unclosed.
    depth : int
        0 for a quotation at the top level, 1 inside another one.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    double: bool = True
    closed: bool = True
    depth: int = 0


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a mark at ``text[start:end]`` can open, and whether it can close."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    can_open = (before in _BEFORE_OPEN or before.isspace()) and not after.isspace()
    can_close = (not before.isspace()) and (after in _AFTER_CLOSE or after.isspace() or not after.isalnum())
    return can_open, can_close


def _costs(text: str, m: re.Match[str]) -> tuple[float, float]:
    """Cost of reading a double mark as an opening mark, and as a closing one."""
    glyph = m.group()
    can_open, can_close = _flanking(text, m.start(), m.end())
    open_cost = 0.0 if can_open else (1.0 if can_close else 2.0)
    close_cost = 0.0 if can_close else (1.0 if can_open else 2.0)
    if glyph in _OPEN_GLYPHS:
        close_cost += 0.5
    elif glyph in _CLOSE_GLYPHS and glyph != "''":
        open_cost += 0.5
    return open_cost, close_cost


def _reopens(text: str, m: re.Match[str]) -> bool:
    """Whether a mark after a finished sentence opens a new quoted paragraph inside an open quotation.

    Some newsrooms (the BBC) print the quoted paragraphs of one speaker run together, each opened
    and only the last closed: ``"First paragraph. "Second paragraph."``.
    """
    s, e = m.span()
    return m.group() in {'"', "“"} and s >= 2 and text[s - 1] == " " and text[s - 2] in _SENTENCE_END \
        and e < len(text) and (text[e].isupper() or text[e].isdigit())


def _pair_paragraph(
    text: str, marks: Sequence[re.Match[str]], continued: bool
) -> tuple[list[tuple[int, int | None, bool]], bool]:
    """Pair the double marks of one paragraph.

    Returns the pairs as ``(opening mark index, closing mark index or None, cut)`` and whether the
    paragraph ends inside an unclosed quotation. ``cut`` is True when the quotation ends unclosed at
    the closing index's mark, where a new quoted paragraph opens.
    """
    inf = float("inf")
    costs = [_costs(text, m) for m in marks]
    # best[state] = (cost, back-pointers) with state 0 = outside, 1 = inside a quotation.
    cost = [0.0, 1.5 if continued else inf]
    choices: list[tuple[int, int]] = []  # per mark: (previous state for state 0, for state 1)
    actions: list[tuple[str, str]] = []
    for k, (open_cost, close_cost) in enumerate(costs):
        adjacent = k > 0 and marks[k - 1].end() == marks[k].start()
        close_cost = close_cost + (2.0 if adjacent else 0.0)
        # Reach state 0: skip while outside, or close while inside.
        out_skip, out_close = cost[0] + _SKIP, cost[1] + close_cost
        # Reach state 1: open while outside, skip while inside, or close and open again at once.
        in_open, in_skip = cost[0] + open_cost, cost[1] + _SKIP
        in_reopen = cost[1] + _REOPEN if _reopens(text, marks[k]) else inf
        new0 = (out_skip, 0, "skip") if out_skip <= out_close else (out_close, 1, "close")
        new1 = min((in_open, 0, "open"), (in_skip, 1, "skip"), (in_reopen, 1, "reopen"), key=lambda c: c[0])
        choices.append((new0[1], new1[1]))
        actions.append((new0[2], new1[2]))
        cost = [new0[0], new1[0]]
    final = 0 if cost[0] <= cost[1] + _UNCLOSED else 1
    # Walk back to recover the chosen action of every mark.
    state, chosen = final, [""] * len(marks)
    for k in range(len(marks) - 1, -1, -1):
        chosen[k] = actions[k][state]
        state = choices[k][state]
    pairs: list[tuple[int, int | None, bool]] = []
    opened: int | None = -1 if state == 1 else None  # -1: opened in an earlier paragraph
    for k, action in enumerate(chosen):
        if action == "reopen":
            if opened is not None and opened >= 0:
                pairs.append((opened, k, True))
            opened = k
        elif action == "open":
            opened = k
        elif action == "close" and opened is not None:
            if opened >= 0:
                pairs.append((opened, k, False))
            opened = None
    if opened is not None and opened >= 0:
        pairs.append((opened, None, False))
    return pairs, final == 1


def _single_quotations(text: str, start: int, end: int, depth: int) -> list[Quotation]:
    """Pair single marks in ``text[start:end]``, telling them from apostrophes."""
    found: list[Quotation] = []
    pending: int | None = None  # offset of an unmatched opening mark
    for m in _SINGLE.finditer(text, start, end):
        s, e = m.span()
        can_open, can_close = _flanking(text, s, e)
        after = text[e] if e < len(text) else " "
        before = text[s - 1] if s > 0 else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, CCP's
        if pending is not None and can_close and s - pending <= _MAX_SINGLE_SPAN and s > pending + 1:
            found.append(Quotation(start=pending + 1, end=s, open_mark=pending, close_mark=e, double=False,
                                   depth=depth))
            pending = None
        elif can_open and (after.isalpha() or m.group() in _SINGLE_OPEN_GLYPHS):
            if pending is None or s - pending > _MAX_SINGLE_SPAN:
                pending = s
    return found


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[Quotation, ...]:
    """Find every quotation in ``text``.

    Parameters
    ----------
    text : str
        The article text.
    paragraphs : sequence of (int, int)
        Paragraph spans; a quotation never crosses one, but a paragraph may
        end inside a quotation that the next paragraph continues.

    Returns
    -------
    tuple of Quotation
        Quotations in text order, inner (single-mark) ones after the double
        quotation containing them.

    Examples
    --------
    >>> text = '"A \\'clean\\' U.S.," she said.'
    >>> [(q.depth, text[q.start:q.end]) for q in find_quotations(text, [(0, len(text))])]
    [(0, "A 'clean' U.S.,"), (1, 'clean')]
    """
    quotations: list[Quotation] = []
    continued = False
    for p_start, p_end in paragraphs:
        marks = list(_DOUBLE.finditer(text, p_start, p_end))
        pairs, continued = _pair_paragraph(text, marks, continued) if marks else ([], False)
        cursor = p_start
        for open_k, close_k, cut in pairs:
            o = marks[open_k]
            close_end = marks[close_k].end() if close_k is not None else p_end
            end = marks[close_k].start() if close_k is not None else p_end
            quotations.extend(_single_quotations(text, cursor, o.start(), depth=0))
            start = o.end()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if cut:
                close_end = end  # unclosed where the next quoted paragraph opens
            quotations.append(
                Quotation(start=start, end=end, open_mark=o.start(), close_mark=close_end,
                          closed=close_k is not None and not cut)
            )
            quotations.extend(_single_quotations(text, o.end(), end, depth=1))
            cursor = close_end
        quotations.extend(_single_quotations(text, cursor, p_end, depth=0))
    return tuple(quotations)
