"""The company a sentence before speaks as: "Velto Mining said it would appeal. ... chief executive X said".

A company officer the text names with no body speaks for the company whose sentence opened just before, when the
text calls that subject "it" ("X said it would appeal", "X says its plans are lawful"): a body, not a person. A
subject the text gives a person's title or a gender to ("Mr X", "Judge X") is a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotetrack.attribution.owners import sentence_subject_body
from quotetrack.attribution.persons import Person
from quotetrack.lexicon import Lexicon

__all__ = ["subject_company"]

_IT_AFTER = re.compile(r" (?:has |had |have )?[a-z]+ (?:that )?it(?:s)?\b")  # " said it", " says that its"


def subject_company(text: str, offset: int, people: Sequence[Person], lexicon: Lexicon) -> str | None:
    """The body opening a sentence before ``offset`` (:func:`~.owners.sentence_subject_body`) that the text goes
    on to call "it", unless it is a person the text gives a title or a gender; else None.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = 'Velto Mining said it would appeal. "We did nothing wrong," chief executive Ann Roe said.'
    >>> subject_company(text, text.index("Ann"), [], load_lexicon())
    'Velto Mining'
    >>> text = 'Velto Mining said the ruling was wrong. "We did nothing wrong," chief executive Ann Roe said.'
    >>> subject_company(text, text.index("Ann"), [], load_lexicon()) is None
    True
    """
    body = sentence_subject_body(text, offset, lexicon)
    if body is None:
        return None
    at = text.rfind(body, 0, offset)
    if at < 0 or _IT_AFTER.match(text, at + len(body)) is None:
        return None
    if any(body in (p.name, *p.aliases) and (p.title or p.gender) for p in people):
        return None
    return body
