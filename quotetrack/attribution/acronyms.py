"""The full name an article gives an acronym: "Full Name (ACR)", "ACR (Full Name)", a name in another language
whose initials are the acronym's in another order ("National Electoral Institute (INE)"), or a name spelled out
earlier with no brackets ("The Scottish Sports Authority ... The SSA's chief").
"""

from __future__ import annotations

import re

__all__ = ["expand_acronym"]

_ACRONYM = re.compile(r"[A-Z][A-Z&\-]{1,9}")


def expand_acronym(text: str, acronym: str) -> str | None:
    """The full name an article gives an acronym, as "Full Name (ACR)" or "ACR (Full Name)".

    Examples
    --------
    >>> expand_acronym("The Regional Airline Association (RAA) said", "RAA")
    'Regional Airline Association'
    """
    if not _ACRONYM.fullmatch(acronym):
        return None
    if f" ({acronym})" not in text and f"{acronym} (" not in text:
        return _spelled_out(text, acronym)  # neither pattern can match: the whole text is not searched
    m = re.search(r"((?:[A-Z][\w'’\-]*|of|for|and|the|&)(?: (?:[A-Z][\w'’\-]*|of|for|and|the|&))*) \(" +
                  re.escape(acronym) + r"\)", text)
    if m is not None:
        words = m.group(1).split()
        words = words[1:] if words[0] in ("The", "the") and len(words) > 1 else words
        initials = [w for w in words if w[:1].isupper()]
        if sorted(w[0] for w in initials) == sorted(acronym) and len(acronym) > 2:
            return " ".join(words)  # "National Electoral Institute (INE)": a name's initials in its own language
        while words and (words[0][:1] != acronym[0] or len(initials) > len(acronym) + 1):
            if words[0][:1].isupper():
                initials.pop(0)
            words.pop(0)
        if words and words[0][0] == acronym[0]:
            return " ".join(words)
    m = re.search(re.escape(acronym) + r" \(([A-Z][^()]{3,80})\)", text)
    return m.group(1) if m is not None else None


_NAME_RUN = re.compile(r"[A-Z][\w'’\-]*(?: (?:of|for|and|the|&) [A-Z][\w'’\-]*| [A-Z][\w'’\-]*)+")


def _spelled_out(text: str, acronym: str) -> str | None:
    """The first name of the text whose capitalised words' initials spell ``acronym`` ("Scottish Qualifications
    Authority" for "SQA"), a leading "The" aside; None when none does.

    Examples
    --------
    >>> _spelled_out("The Halvern Rowing Club won. The HRC said so.", "HRC")
    'Halvern Rowing Club'
    """
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        words = words[1:] if words[0] == "The" else words
        if "".join(w[0] for w in words if w[:1].isupper()) == acronym:
            return " ".join(words)
    return None
