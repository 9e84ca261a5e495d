"""Hostile texts for the adversarial tests and ``bench/bench_linear.py``: one generator a case.

Each generator takes a size in characters and returns a deterministic text of exactly
that size, the same on every run and machine.
"""

from __future__ import annotations

from collections.abc import Callable


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def only_marks(size: int) -> str:
    """Nothing but quotation marks of every style, in a fixed pseudo-random order."""
    glyphs = ['"', "“", "”", "'", "‘", "’", "«", "»", "``"]
    # A fixed linear congruential sequence: the same text on every run and machine.
    out, x, n = [], 12345, 0
    while n < size:
        x = (1103515245 * x + 12345) % 2**31
        g = glyphs[(x >> 16) % len(glyphs)]
        out.append(g)
        n += len(g)
    return "".join(out)[:size]


def only_apostrophes(size: int) -> str:
    """One apostrophe after another."""
    return "'" * size


def unclosed_quotes(size: int) -> str:
    """``He said "yes and`` over and over: every quotation opened, none closed."""
    return _fill('He said "yes and ', size)


def no_sentence_end(size: int) -> str:
    """One paragraph of words and commas with no full stop anywhere."""
    words = ["the", "minister", "and", "officials", "in", "Beijing", "Washington", "talks",
             "trade", "Jane", "Smith", "spokesperson", "government", "week", "report"]
    out, n, i = [], 0, 0
    while n < size:
        w = words[(i * 7) % len(words)] + ("," if i % 5 == 4 else "")
        out.append(w)
        n += len(w) + 1
        i += 1
    return " ".join(out)[:size]


def tiny_paragraphs(size: int) -> str:
    """``"A," he said.`` as its own paragraph, again and again."""
    return _fill('"A," he said.\n\n', size)


def cue_verbs(size: int) -> str:
    """Speech verbs and nothing else: ``said said told added ...``."""
    return _fill("said said told added claimed stressed according to warned ", size)


def nested_quotes(size: int) -> str:
    """Double and single marks alternating with no words: ``"'"'"'...``."""
    return _fill("\"'", size)


def said_chain(size: int) -> str:
    """``"x," he said,`` over and over in one sentence: a cue after every quotation, no full stop."""
    return _fill('"x," he said, ', size)


def quoted_clauses(size: int) -> str:
    """Quotations, a named speaker and a cue again and again in one sentence: news clauses with no full stop."""
    return _fill('"We will not back down," Senator Jane Smith said, adding that the bill was "dead on arrival" ', size)


_NEWS = [
    '"We will not back down," Chinese Foreign Ministry spokesperson Wang Wenbin told reporters on Monday.',
    "Senator Jane Smith said the talks had stalled because of what she called 'bad faith' in Beijing.",
    "According to the Ministry of Foreign Affairs, the measures are \"a necessary response\" to U.S. pressure.",
    "\u201cThis is unacceptable,\u201d she added. \u201cWe expect an answer by Friday.\u201d",
    "Washington hit back, saying the claims were baseless and that the citizens' data was safe.",
    "The White House spokesperson, Karine Jean-Pierre, declined to comment on the report.",
    "'It's a step forward,' Mr. O'Brien said, \u2018but there's a long way to go.\u2019",
    "Officials in Taipei warned that the exercises were \u00abprovocative\u00bb and urged restraint.",
]


def news_like(size: int) -> str:
    """Ordinary news prose: quotes, names, titles, cues, three sentences a paragraph."""
    paragraphs = []
    n, i = 0, 0
    while n < size:
        p = " ".join(_NEWS[(i + j) % len(_NEWS)] for j in range(3))
        paragraphs.append(p)
        n += len(p) + 2
        i += 1
    return "\n\n".join(paragraphs)[:size]


GENERATORS: dict[str, Callable[[int], str]] = {
    "only_marks": only_marks,
    "only_apostrophes": only_apostrophes,
    "unclosed_quotes": unclosed_quotes,
    "no_sentence_end": no_sentence_end,
    "tiny_paragraphs": tiny_paragraphs,
    "cue_verbs": cue_verbs,
    "nested_quotes": nested_quotes,
    "said_chain": said_chain,
    "quoted_clauses": quoted_clauses,
    "news_like": news_like,
}
