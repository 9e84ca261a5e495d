"""The body an unnamed source speaks for: "a spokeswoman for the Home Office", "an Acme spokesman", "a spokesman
for the mayor's office".
"""

from __future__ import annotations

import re

from quotetrack.attribution.affiliations import (
    Affiliation,
    body_after,
    body_before,
    is_honorific,
    is_role,
    role_before,
)
from quotetrack.lexicon import Lexicon

__all__ = ["read_unnamed"]


_TITLED = re.compile(r"the ([a-z]+(?: [a-z]+)?)")  # "a spokesman for the prime minister": the title's body
_OFFICE = re.compile(r"the (([a-z]+(?: [a-z]+)?)['’]s office)$")  # "the governor's office": the office of a title


def read_unnamed(text: str, start: int, end: int, lexicon: Lexicon) -> Affiliation | None:
    """The body an unnamed source speaks for: "a spokeswoman for the Home Office", "an Acme spokesman".

    ``[start, end)`` is the source's phrase; a "for/of/at Y" right after it is read too.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "a spokeswoman for the Home Office said"
    >>> read_unnamed(text, 0, 13, load_lexicon()).body
    'Home Office'
    >>> read_unnamed("an Acme Foods spokesman said", 0, 23, load_lexicon()).body
    'Acme Foods'
    >>> read_unnamed("a spokesman for the mayor's office said", 0, 34, load_lexicon()).body
    "mayor's office"
    """
    phrase = text[start:end]
    words = phrase.split()
    m = re.search(r" (for|of|at|from) ", phrase)
    head = phrase[: m.start()].split()[-1:] if m is not None else []
    if m is not None and head and is_role(head[0], lexicon):  # "a spokeswoman for the Home Office"
        found = body_after(phrase, m.end(), lexicon)
        if found is not None:
            return Affiliation(body=found[0], role=head[0], construction="spokesperson")
        office = _OFFICE.match(phrase, m.end())
        if office is not None and office.group(2) in lexicon.titles:  # "a spokesman for the governor's office"
            return Affiliation(body=office.group(1), role=head[0], construction="spokesperson")
        held = _TITLED.fullmatch(phrase, m.end())
        if held is not None and lexicon.titles.get(held.group(1), ("", ""))[0]:
            return Affiliation(body=None, role=held.group(1), construction="spokesperson")  # "for the minister"
    if not words or not is_role(words[-1], lexicon):
        return None
    titled = re.sub(r"^(?:an?|the) ", "", phrase.lower()).replace("’", "'")
    if titled in lexicon.titles and lexicon.titles[titled][0]:
        return Affiliation(body=None, role=phrase, construction="spokesperson")  # "the prime minister's spokesman"
    m = re.match(r" (for|of|at|from) ", text[end : end + 6])
    if m is not None:
        found = body_after(text, end + m.end(), lexicon)
        if found is not None:
            return Affiliation(body=found[0], role=words[-1], construction="spokesperson")
    role = role_before(text, end, lexicon)
    if role is not None and role[1] > start:
        found = body_before(text, role[1] - 1, lexicon)
        if found is not None and any(is_honorific(w, lexicon) for w in text[start : found[1]].split()[-1:]):
            return None  # "Mr Hale's lawyer": a person's, not a body's
        if found is not None and found[1] >= start:
            return Affiliation(body=found[0], role=role[0], construction="spokesperson")
    return None
