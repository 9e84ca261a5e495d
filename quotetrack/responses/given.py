"""A person answered by their given name alone: "We thank Tomas for ...", "criticised Ana for her tactics".

Sport and business news names a person in full ("manager Tomas Varga") and their own side or club may then call
them by the given name alone. The reading knows the full name, but a cue's object naming the given name reads a
party of that one word. An end of a response that is one capitalised word and the first word of exactly one
person's full name among the article's parties is that person (:func:`given_name_holder`); two people of that
given name leave it as read, and so does a word the text also writes after another capitalised word, a surname there
("Rand Paul" and "Paul" beside a misread "Paul Scores").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["given_name_holder"]


def given_name_holder(name: str, persons: Iterable[str], text: str) -> str | None:
    """The one full name of ``persons`` whose first word is the one-word ``name``, else None.

    Examples
    --------
    >>> text = "Rovers sacked manager Tomas Varga. Rick Pell thanked Tomas."
    >>> given_name_holder("Tomas", ["Tomas Varga", "Rick Pell"], text)
    'Tomas Varga'
    >>> given_name_holder("Tomas", ["Tomas Varga", "Tomas Berg"], text) is None
    True
    >>> given_name_holder("Varga", ["Tomas Varga"], text) is None
    True
    >>> given_name_holder("Paul", ["Paul Scores"], "Rand Paul Scores Hit. Sen. Rand Paul said ... Paul said") is None
    True
    """
    if not name.isalpha() or not name[:1].isupper():
        return None
    found = {p for p in persons if p.startswith(name + " ")}
    if len(found) != 1 or re.search(rf"\b[A-Z][\w'’-]*\s+{name}\b", text):  # the text scan last: it is the cost
        return None
    return found.pop()
