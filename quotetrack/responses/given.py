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
from collections.abc import Iterable, Mapping

__all__ = ["given_name_holder", "given_names"]


def given_names(persons: Iterable[str]) -> dict[str, set[str]]:
    """The full names of ``persons`` by their first word (names of one word left out), made once a document.

    Examples
    --------
    >>> by_given = given_names(["Tomas Varga", "Rick Pell", "Tomas Berg", "Pell"])
    >>> {given: sorted(names) for given, names in by_given.items()}
    {'Tomas': ['Tomas Berg', 'Tomas Varga'], 'Rick': ['Rick Pell']}
    """
    by_given: dict[str, set[str]] = {}
    for person in persons:
        first, space, _ = person.partition(" ")
        if space:
            by_given.setdefault(first, set()).add(person)
    return by_given


def given_name_holder(name: str, by_given: Mapping[str, set[str]], text: str) -> str | None:
    """The one full name of :func:`given_names` ``by_given`` whose first word is the one-word ``name``, else None.

    Examples
    --------
    >>> text = "Rovers sacked manager Tomas Varga. Rick Pell thanked Tomas."
    >>> given_name_holder("Tomas", given_names(["Tomas Varga", "Rick Pell"]), text)
    'Tomas Varga'
    >>> given_name_holder("Tomas", given_names(["Tomas Varga", "Tomas Berg"]), text) is None
    True
    >>> given_name_holder("Varga", given_names(["Tomas Varga"]), text) is None
    True
    >>> text = "Rand Paul Scores Hit. Sen. Rand Paul said ... Paul said"
    >>> given_name_holder("Paul", given_names(["Paul Scores"]), text) is None
    True
    """
    if not name.isalpha() or not name[:1].isupper():
        return None
    found = by_given.get(name, set())
    if len(found) != 1 or re.search(rf"\b[A-Z][\w'’-]*\s+{name}\b", text):  # the text scan last: it is the cost
        return None
    return next(iter(found))
