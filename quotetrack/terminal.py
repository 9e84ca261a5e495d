"""Text for a terminal: counts of things, cells cut to a width, and the table of one reading that ``extract`` prints.

Examples
--------
>>> count(1, "statement"), count(1200, "term")
('1 statement', '1,200 terms')
>>> shorten("a \x1b[2J long   text", 12)
'a \ufffd[2J long…'
"""

from __future__ import annotations

import re
from typing import TextIO

from quotetrack.model import Article
from quotetrack.records import statement_rows

__all__ = ["count", "print_table", "shorten"]


def count(n: int, noun: str) -> str:
    """``n`` things: "1 statement", "2 statements"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # an escape sequence of the text would act on the terminal


def shorten(text: str, width: int) -> str:
    """``text`` on one line, at most ``width`` characters, control characters shown as U+FFFD."""
    text = _CONTROL.sub("\ufffd", " ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(article: Article, out: TextIO) -> None:
    """Write the table of ``article``'s statements, terms and responses to ``out``."""
    out.write(f"{shorten(article.id, len(article.id) + 1)}: {count(len(article.statements), 'statement')}, "
              f"{count(len(article.terms), 'term')}\n")
    header = f"{'kind':8} {'span':>11}  {'speaker':22} {'organisation':30} text\n"
    out.write(header)
    out.write("-" * (len(header) + 30) + "\n")
    for row in statement_rows(article):
        speaker = "?" if row["speaker"] is None else row["speaker"]
        out.write(
            f"{row['kind']:8} {row['start']:>5}-{row['end']:<5}  {shorten(speaker, 22):22} "
            f"{shorten(row['organisation'] or '', 30):30} {shorten(row['text'], 70)}\n"
        )
    if article.terms:
        out.write("terms: " + ", ".join(f'"{shorten(t.text, 40)}"' for t in article.terms) + "\n")
    pairs: dict[tuple[str, str], int] = {}
    for r in article.responses:
        pairs[(r.source, r.target)] = pairs.get((r.source, r.target), 0) + 1
    if pairs:
        out.write("responses: " + "; ".join(f"{s} -> {t} ({n})" for (s, t), n in pairs.items()) + "\n")
    out.write("\n")
