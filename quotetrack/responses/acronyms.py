"""A body named by the initials the text gave it: "the International Federation of Professional and Technical
Engineers (IFPTE) ... Sanders did respond to the IFPTE".

News spells a body out once with its initials in brackets and then writes the initials. A body the lexicon does not
know is no party the reading found, but where a response cue's object opens with initials the text defined so, the
body spelt out is the cue's target (a ``body``: named without its speaking).
"""

from __future__ import annotations

import re

from quotetrack.model import Speaker

from .parties import Candidate

__all__ = ["defined_body"]

_INITIALS = re.compile(r"\s*(?:(?:to|at|with)\s+)?(?:the\s+)?([A-Z][A-Z&]{1,7})\b")  # "responded to the IFPTE"
_NAME_WORD = re.compile(r"(?:[A-Z][\w&.'’-]*|of|and|for|the|on|in)$")


def defined_body(text: str, object_start: int, object_end: int) -> Candidate | None:
    """The body whose initials open the object ``object_start``-``object_end``, spelt out before them in the text
    with the initials in brackets right after.

    Examples
    --------
    >>> text = ("The National Union of Transit Workers (NUTW) wrote to both candidates. Hale responded to the NUTW on "
    ...         "Monday. Lee praised the NFL.")
    >>> found = defined_body(text, text.index(" the NUTW"), text.index(" on Monday"))
    >>> found.speaker.name, found.names
    ('National Union of Transit Workers', ('National Union of Transit Workers', 'NUTW'))
    >>> defined_body(text, text.index(" the NFL"), len(text) - 1) is None
    True
    """
    initials = _INITIALS.match(text, object_start, object_end)
    if initials is None:
        return None
    acronym = initials.group(1)
    defined = text.rfind(f" ({acronym})", 0, object_start)
    if defined < 0:
        return None
    words = text[max(0, defined - 200):defined].split()
    name: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.fullmatch(word) or word.endswith((".", ",")):
            break
        name.insert(0, word)
    while name and not name[0][:1].isupper() or name and name[0] == "The":
        name.pop(0)  # "the" or "of" opening the run is no part of the name
    letters = "".join(w[0] for w in name if w[:1].isupper())
    if len(name) < 2 or letters.replace("&", "") != acronym.replace("&", ""):
        return None  # the capitals spelt out must give the initials: "(NUTW)" after "... Transit Workers"
    full = " ".join(name)
    return Candidate(speaker=Speaker(name=full, kind="organisation", aliases=(full, acronym)), names=(full, acronym),
                     first=defined - len(full), side=None, body=True)
