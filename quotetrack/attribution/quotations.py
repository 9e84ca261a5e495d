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

import functools
import re
from array import array
from collections.abc import Sequence

import attrs

__all__ = ["Quotation", "find_quotations"]

# ``, '' or a double mark: written as a class first (then the second ` or ' where the first was one), so that the
# scan leaps to the next mark as a class lets it, not an alternation tried at every offset (4x the time)
_DOUBLE = re.compile(r"[\"“”„«»‟`'](?:(?<=`)`|(?<=')'|(?<=[\"“”„«»‟]))")
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
_NEST_OPEN = frozenset({"“", "„", "«", "‟"})  # marks that say their direction, for a quotation inside a quotation
_NEST_CLOSE = frozenset({"”", "»"})
_MAX_SINGLE_SPAN = 400
_WORD = re.compile(r"[^\W_]")  # a letter or digit: marks around nothing but marks, spaces or stops quote nothing


@attrs.frozen(kw_only=True, weakref_slot=False)
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


# The answers depend on a character or two around the mark only: a few thousand contexts cover any text.
@functools.lru_cache(maxsize=4096)
def _can_open_close(before: str, after: str) -> tuple[bool, bool]:
    """Whether a mark between the characters ``before`` and ``after`` can open, and whether it can close."""
    can_open = (before in _BEFORE_OPEN or before.isspace()) and not after.isspace()
    can_close = (not before.isspace()) and (after in _AFTER_CLOSE or after.isspace() or not after.isalnum())
    return can_open, can_close


def _costs(text: str, start: int, end: int) -> tuple[float, float]:
    """Cost of reading the double mark ``text[start:end]`` as an opening mark, and as a closing one."""
    return _glyph_costs(text[start - 1] if start > 0 else " ", text[start:end], text[end] if end < len(text) else " ")


@functools.lru_cache(maxsize=4096)
def _glyph_costs(before: str, glyph: str, after: str) -> tuple[float, float]:
    can_open, can_close = _can_open_close(before, after)
    open_cost = 0.0 if can_open else (1.0 if can_close else 2.0)
    close_cost = 0.0 if can_close else (1.0 if can_open else 2.0)
    if glyph in _OPEN_GLYPHS:
        close_cost += 0.5
    elif glyph in _CLOSE_GLYPHS and glyph != "''":
        open_cost += 0.5
    return open_cost, close_cost


def _reopens(text: str, start: int, end: int) -> bool:
    """Whether the mark ``text[start:end]``, after a finished sentence, opens a new quoted paragraph inside an open
    quotation.

    Some newsrooms (the BBC) print the quoted paragraphs of one speaker run together, each opened
    and only the last closed: ``"First paragraph. "Second paragraph."``.
    """
    return text[start:end] in {'"', "“"} and start >= 2 and text[start - 1] == " " \
        and text[start - 2] in _SENTENCE_END and end < len(text) and (text[end].isupper() or text[end].isdigit())


def _pair_two(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[tuple[int, int | None, bool]], bool]:
    """:func:`_pair_paragraph` of a paragraph of two marks that continues no quotation, its programme unrolled: a text
    of many short quoted paragraphs ('"A," he said.') pairs tens of thousands of them."""
    open0 = _costs(text, starts[0], ends[0])[0]
    open1, close1 = _costs(text, starts[1], ends[1])
    if ends[0] == starts[1]:
        close1 += 2.0
    closes = open0 + close1 < 2 * _SKIP  # outside after both: the second mark closes the first's quotation
    outside = open0 + close1 if closes else 2 * _SKIP
    in_open, in_skip = _SKIP + open1, open0 + _SKIP
    in_reopen = open0 + _REOPEN if _reopens(text, starts[1], ends[1]) else float("inf")
    inside = min(in_open, in_skip, in_reopen)
    if outside <= inside + _UNCLOSED:
        return ([(0, 1, False)] if closes else []), False
    if in_open <= in_skip and in_open <= in_reopen:  # only the second mark opens
        return [(1, None, False)], True
    if in_skip <= in_reopen:  # the first opens, the second is skipped
        return [(0, None, False)], True
    return [(0, 1, True), (1, None, False)], True  # the second closes the first and opens again


def _pair_paragraph(
    text: str, starts: Sequence[int], ends: Sequence[int], continued: bool
) -> tuple[list[tuple[int, int | None, bool]], bool]:
    """Pair the double marks of one paragraph, the ``k``-th at ``text[starts[k]:ends[k]]``.

    Returns the pairs as ``(opening mark index, closing mark index or None, cut)`` and whether the
    paragraph ends inside an unclosed quotation. ``cut`` is True when the quotation ends unclosed at
    the closing index's mark, where a new quoted paragraph opens.
    """
    inf = float("inf")
    # cost0, cost1: the cheapest reading so far ending outside (state 0) or inside (state 1) a quotation.
    cost0, cost1 = 0.0, (1.5 if continued else inf)
    # Per mark, one byte of back-pointers: bit 0 = previous state for state 0, bit 1 = for state 1, bit 2 = state 1
    # was reached by closing and opening again at once. The action follows from the two states and bit 2
    # (0 -> 0 skip, 1 -> 0 close, 0 -> 1 open, 1 -> 1 skip or reopen): one byte a mark in all.
    back = bytearray(len(starts))
    previous_end = -1
    for k, (start, end) in enumerate(zip(starts, ends)):
        open_cost, close_cost = _costs(text, start, end)
        if previous_end == start:  # adjacent to the mark before
            close_cost = close_cost + 2.0
        previous_end = end
        # Reach state 0: skip while outside, or close while inside.
        out_skip, out_close = cost0 + _SKIP, cost1 + close_cost
        # Reach state 1: open while outside, skip while inside, or close and open again at once.
        in_open, in_skip = cost0 + open_cost, cost1 + _SKIP
        in_reopen = cost1 + _REOPEN if _reopens(text, start, end) else inf
        bits = 0
        if out_skip <= out_close:
            new0 = out_skip
        else:
            new0, bits = out_close, 1
        if in_open <= in_skip and in_open <= in_reopen:
            new1 = in_open
        elif in_skip <= in_reopen:
            new1, bits = in_skip, bits | 2
        else:
            new1, bits = in_reopen, bits | 6
        back[k] = bits
        cost0, cost1 = new0, new1
    final = 0 if cost0 <= cost1 + _UNCLOSED else 1
    # Walk back to recover the state after every mark; the action of mark k is the step into states[k].
    states = bytearray(len(starts))
    state = final
    for k in range(len(starts) - 1, -1, -1):
        states[k] = state
        state = (back[k] >> state) & 1
    pairs: list[tuple[int, int | None, bool]] = []
    opened: int | None = -1 if state == 1 else None  # -1: opened in an earlier paragraph
    for k in range(len(states)):  # an index, not enumerate: mypyc cannot iterate a bytearray
        after = states[k]
        before = state
        state = after
        if before == 1 and after == 1 and back[k] & 4:  # reopen
            if opened is not None and opened >= 0:
                pairs.append((opened, k, True))
            opened = k
        elif before == 0 and after == 1:  # open
            opened = k
        elif before == 1 and after == 0 and opened is not None:  # close
            if opened >= 0:
                pairs.append((opened, k, False))
            opened = None
    if opened is not None and opened >= 0:
        pairs.append((opened, None, False))
    return pairs, final == 1


def _unnest(
    text: str, starts: Sequence[int], ends: Sequence[int], pairs: list[tuple[int, int | None, bool]]
) -> tuple[list[tuple[int, int | None, bool]], list[tuple[int, int]]]:
    """Read a quotation inside a quotation in marks that say their direction: '“Fans holding “Vote Early” banners,”'
    pairs as '“Fans holding “' and '” banners,”' (each mark costs little where it stands), but the mark closing the
    first is an opening one with a space before it and the mark opening the second a closing one: one quotation.

    Returns the pairs, the nested ones taken into the quotation around them, and the nested ones' mark indices.
    """
    merged: list[tuple[int, int | None, bool]] = []
    inner: list[tuple[int, int]] = []
    for pair in pairs:
        if merged and (last := merged[-1])[1] is not None and not last[2] and pair[0] == last[1] + 1:
            k, j = last[1], pair[0]
            before, after = text[starts[k] - 1], text[ends[k]] if ends[k] < len(text) else " "
            if text[starts[k] : ends[k]] in _NEST_OPEN and text[starts[j] : ends[j]] in _NEST_CLOSE \
                    and _can_open_close(before, after)[0] and not text[starts[j] - 1].isspace():
                merged[-1] = (last[0], pair[1], pair[2])
                inner.append((k, j))
                continue
        merged.append(pair)
    return merged, inner


_NEW = object.__new__
_SET_START, _SET_END, _SET_OPEN, _SET_CLOSE, _SET_DOUBLE, _SET_CLOSED, _SET_DEPTH = (
    getattr(Quotation, f.name).__set__ for f in attrs.fields(Quotation))


def _quotation(start: int, end: int, open_mark: int, close_mark: int, double: bool, closed: bool,
               depth: int) -> Quotation:
    """``Quotation(...)`` by its slots: the frozen class's ``__init__`` is slow where a text is all marks."""
    q = _NEW(Quotation)
    _SET_START(q, start)
    _SET_END(q, end)
    _SET_OPEN(q, open_mark)
    _SET_CLOSE(q, close_mark)
    _SET_DOUBLE(q, double)
    _SET_CLOSED(q, closed)
    _SET_DEPTH(q, depth)
    return q


def _single_quotations(text: str, start: int, end: int, depth: int) -> list[Quotation]:
    """Pair single marks in ``text[start:end]``, telling them from apostrophes."""
    found: list[Quotation] = []
    if end - start < 3:  # a pair needs two marks and a character between them
        return found
    pending: int | None = None  # offset of an unmatched opening mark
    for m in _SINGLE.finditer(text, start, end):
        s, e = m.span()
        after = text[e] if e < len(text) else " "
        before = text[s - 1] if s > 0 else " "
        can_open, can_close = _can_open_close(before, after)
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, CCP's
        if pending is not None and can_close and s - pending <= _MAX_SINGLE_SPAN and s > pending + 1:
            if _WORD.search(text, pending + 1, s):
                found.append(_quotation(pending + 1, s, pending, e, False, True, depth))
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
        starts, ends = array("q"), array("q")  # compact: a paragraph may be nothing but marks
        for m in _DOUBLE.finditer(text, p_start, p_end):
            starts.append(m.start())
            ends.append(m.end())
        if len(starts) == 2 and not continued:
            pairs, continued = _pair_two(text, starts, ends)
        else:
            pairs, continued = _pair_paragraph(text, starts, ends, continued) if starts else ([], False)
        pairs, inner = _unnest(text, starts, ends, pairs) if len(pairs) > 1 else (pairs, [])
        cursor, next_inner = p_start, 0
        for open_k, close_k, cut in pairs:
            open_start = starts[open_k]
            close_end = ends[close_k] if close_k is not None else p_end
            end = starts[close_k] if close_k is not None else p_end
            if cursor < open_start:  # calls on empty stretches add up when a paragraph is all marks
                quotations.extend(_single_quotations(text, cursor, open_start, depth=0))
            start = ends[open_k]
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if cut:
                close_end = end  # unclosed where the next quoted paragraph opens
            if (close_k is not None or end > start) and not _WORD.search(text, start, end):
                cursor = close_end  # '“”', '“ ‘’ ”': the marks still pair, but quote no words (a stray last mark stays)
                continue
            quotations.append(_quotation(start, end, open_start, close_end, True, close_k is not None and not cut, 0))
            if ends[open_k] < end:
                within = _single_quotations(text, ends[open_k], end, depth=1)
                while next_inner < len(inner) and starts[inner[next_inner][0]] < end:  # (in text order, as the pairs)
                    k, j = inner[next_inner]
                    within.append(_quotation(ends[k], starts[j], starts[k], ends[j], True, True, 1))
                    next_inner += 1
                quotations.extend(sorted(within, key=lambda q: q.start) if inner else within)
            cursor = close_end
        if cursor < p_end:
            quotations.extend(_single_quotations(text, cursor, p_end, depth=0))
    return tuple(quotations)
