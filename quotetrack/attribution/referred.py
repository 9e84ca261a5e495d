"""Descriptions that name a role in a body the text named before by a common noun: "the club's manager", "a company
spokesman", "the firm's chief executive" speak for the club, company or firm last named."""

from __future__ import annotations

import re

from quotetrack.attribution.affiliations import body_after, body_before, common_noun
from quotetrack.document import Document
from quotetrack.lexicon import Lexicon

__all__ = [
    "GOVERNED_NOUNS",
    "body_of_possessive_title",
    "dateline_city",
    "dateline_end",
    "in_dateline",
    "named_with",
    "noun_of_description",
    "noun_of_role_for",
    "owner_noun_around",
    "referred_body",
    "role_of_body_noun",
]

_REACH = 600  # characters back to the body a description refers to: a few sentences, never a paragraph before

_DESCRIPTION = re.compile(r"(?:the|a|an) ([a-z]+)(?:'s|’s)? ((?:[a-z\-]+ ){0,2}[a-z]+)", re.IGNORECASE)

_OWNED_BEFORE = re.compile(r"\b[Tt]he ([a-z]+)['’]s [a-z][\w \-]*, (?:[A-Z][a-z]*\.? )?$")  # "the union's leader, Dr "
_NOUN_OPENING = re.compile(r"(?:^|[.!?][\"”’]? |\n)([A-Z][a-z]+) [a-z][\w\-]*(?: [a-z][\w\-]*)? $")  # "Club captain "
_OWNED_AFTER = re.compile(r", who [a-z]+ the ([a-z]+)['’]s ")  # ", who heads the consortium's"
_CAPITALISED_RUN = re.compile(r"[A-Z][\w\-]*(?:['’]s)?(?: [A-Z][\w\-]*(?:['’]s)?)*")
_MINISTRY_AFTER = re.compile(r"[A-Z][\w.'’\- ]{0,60}?, the ([a-z]+) ministry['’]s [a-z]")  # "X, the health ministry's"
_NOUN_AFTER = re.compile(  # ", who heads the college", ", a sociologist at the university"
    r", (?:who [a-z]+|(?:an? |the )?[a-z][a-z\-]*(?: [a-z][a-z\-]*)? (?:at|of|for)) the ([a-z]+)\b(?![’'])")

_GOVERNED = {"province": "provincial", "state": "state", "region": "regional", "city": "city"}  # place: its government
GOVERNED_NOUNS = frozenset(_GOVERNED)  # nouns of places with a government of their own
_BUSINESS = ("company", "firm")  # nouns a company's name need not hold
_PLURAL_OWNERS = re.compile(r"\b([a-z]+s['’] )$")  # "the miners' [union]"
_NAME_AFTER = re.compile(r" ([A-Z][\w\-]*)")  # "the studio Pajaro Azul"


_DATELINE = re.compile(r"[A-Z][A-Z .'\-]+(?:, [A-Z][\w .]+)?(?: \([^)\n]*\))? [-–—] ")  # "OSAKA, Japan (Wire) - "


def in_dateline(text: str, start: int) -> bool:
    """Whether ``start`` opens a wire dateline, a city in capitals at a line's start ("LIMA, Peru (Wire) - ").

    Examples
    --------
    >>> in_dateline("Head\\n\\nOSAKA, Japan - Prices rose.", 6), in_dateline("NATO said it would act.", 0)
    (True, False)
    """
    return dateline_end(text, start) > start


def dateline_city(text: str) -> str | None:
    """The city of the wire dateline opening a line of ``text`` near its start, as a name ("Rotterdam").

    Examples
    --------
    >>> dateline_city("Shelters to open\\n\\nROTTERDAM, Netherlands (Wire) - The city will open two shelters.")
    'Rotterdam'
    """
    m = re.search(r"(?:^|\n)([A-Z][A-Z .'\-]+?)(?=(?:, [A-Z][\w .]+)?(?: \([^)\n]*\))? [-–—] )", text[:400])
    return m.group(1).title() if m is not None and dateline_end(text, m.start(1)) > m.start(1) else None


def dateline_end(text: str, start: int) -> int:
    """Where the wire dateline opening at ``start`` ends ("LIMA, Peru (Wire) - " read past), else ``start``."""
    m = _DATELINE.match(text, start) if start == 0 or text[start - 1] == "\n" else None
    return m.end() if m is not None else start


def _times(lexicon: Lexicon) -> frozenset[str]:
    fw = lexicon.function_words
    return fw.weekdays | fw.months


_APPOSED = re.compile(r"(?<=[a-z.&)]), (?:the|a|an) (?:[\w’'\-]+ ){0,4}$")  # "Y, the [Cali club]"
_APPOSED_END = re.compile(r",| (?:that|which|who)\b")  # the apposition goes on or ends: not ", the union said"


_ROLE_FOR_NOUN = re.compile(r"(?:the|a|an) (?:[a-z\-]+ ){0,2}([a-z]+) (?:for|of|at|from) the ([a-z]+)", re.IGNORECASE)


def noun_of_role_for(text: str, lexicon: Lexicon) -> str | None:
    """The body noun a role is held for ("a spokeswoman for the airline" -> "airline"), when ``text`` is such a
    description; else None.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> noun_of_role_for("A spokeswoman for the airline", load_lexicon())
    'airline'
    >>> noun_of_role_for("a friend of the family", load_lexicon()) is None
    True
    """
    m = _ROLE_FOR_NOUN.fullmatch(text)
    if m is None or m.group(1).lower() not in lexicon.role_words or m.group(2) not in lexicon.referring_bodies:
        return None
    return m.group(2)


def role_of_body_noun(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` is a role in a body named by a common noun ("the club's manager", "a company spokesman").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> role_of_body_noun("the club's manager", lexicon), role_of_body_noun("a company spokesman", lexicon)
    (True, True)
    >>> role_of_body_noun("the team played", lexicon), role_of_body_noun("a senior spokesman", lexicon)
    (False, False)
    """
    m = _DESCRIPTION.fullmatch(text)
    return m is not None and m.group(1).lower() in lexicon.referring_bodies \
        and m.group(2).split()[-1].lower() in lexicon.role_words


def noun_of_description(text: str) -> str | None:
    """The body noun of a description ("a council spokesman" -> "council").

    Examples
    --------
    >>> noun_of_description("the club's manager")
    'club'
    """
    m = _DESCRIPTION.fullmatch(text)
    return m.group(1).lower() if m is not None else None


def named_with(noun: str, offset: int, text: str, lexicon: Lexicon) -> str | None:
    """The nearest body before ``offset`` whose name holds ``noun`` capitalised ("a council spokesman" after
    "Halvern City Council said") or is named before it ("the union's leader" after "the RMT union": RMT)."""
    cap = noun.capitalize()
    base = max(0, offset - _REACH)
    if noun in _BUSINESS:  # "the company's chief operating officer" after "Velto Platinum Holdings"
        heads = "|".join(lexicon.function_words.company_heads)
        for m in reversed(list(re.finditer(rf"\b(?:{heads})\b", text[base:offset]))):
            found = body_before(text, base + m.end(), lexicon)
            if found is not None and found[0] != m.group():
                return found[0]
    for m in reversed(list(re.finditer(rf"\b(?:{cap}|{noun})\b", text[base:offset]))):
        at = base + m.start()
        before = body_before(text, at + len(cap), lexicon) if m.group() == cap else \
            body_before(text, at - 1, lexicon) if text[at - 1 : at] == " " else None
        if m.group() == noun:
            apposed = _APPOSED.search(text, max(0, at - 80), at) if _APPOSED_END.match(text, at + len(noun)) else None
            named = body_before(text, apposed.start(), lexicon) if apposed is not None else None
            if named is not None:  # "Rio Claro, the Cali club that won": Rio Claro, not the club's city
                return named[0]
            owners = _PLURAL_OWNERS.search(text, max(0, at - 40), at)
            if before is None and owners is not None:
                return owners.group(1) + noun  # "the animators' union said"
            after = _NAME_AFTER.match(text, at + len(noun))
            if after is not None and after.group(1).lower() not in _times(lexicon):
                found = body_after(text, after.start(1), lexicon)  # "the Santiago studio Pajaro Azul": the name
                if found is not None and found[0].split()[0] not in lexicon.places:
                    return found[0]
            if before is not None and before[0].split()[0] not in lexicon.places:
                return before[0]  # "the RMT union": RMT
            continue
        found = body_after(text, before[1] if before is not None else at, lexicon)
        if found is not None and cap in found[0].split() and found[0] != cap:
            return found[0]
    return None


def owner_noun_around(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The body noun owning the role of a name ``[start, end)``, written just before it ("the union's general
    secretary, [Dr] X") or in a relative clause after it ("X, who heads the consortium's policy team").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> owner_noun_around("the union's general secretary, Ann Cole, said", 31, 39, load_lexicon())
    'union'
    >>> owner_noun_around("The club won. Club captain Ann Cole said so.", 27, 35, load_lexicon())
    'club'
    """
    m = _OWNED_BEFORE.search(text[max(0, start - 80) : start]) or _OWNED_AFTER.match(text, end) \
        or _NOUN_AFTER.match(text, end)
    opening = _NOUN_OPENING.search(text[max(0, start - 60) : start]) if m is None else None
    if opening is not None and common_noun(opening.group(1), text, lexicon):
        return opening.group(1).lower()  # "Club captain X": the club the text is about
    return m.group(1) if m is not None and (m.group(1) in lexicon.referring_bodies or m.group(1) in _GOVERNED
                                            or m.group(1) == "party") else None


def referred_body(offset: int, document: Document, lexicon: Lexicon, noun: str | None = None) -> str | None:
    """The body "the firm", "the club" refers to at ``offset``: the last organisation that opens a sentence within a
    few sentences before (the subject the text is about, not a body named in passing), not a party; with ``noun``,
    first the nearest body whose name holds the noun ("the council": Halvern City Council).

    Examples
    --------
    >>> from quotetrack import backends
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> text = "Velto Holdings, which lobbies the Home Office, cut jobs. The firm's boss Ann Cole said so."
    >>> referred_body(text.index("Ann"), backends.parse(text, lexicon=lexicon), lexicon)
    'Velto Holdings'
    """
    if noun == "party":
        return _party_before(offset, document, lexicon)
    text = document.text
    if noun in _GOVERNED:  # "the province's premier": the province's government the text named, else none
        found = list(re.finditer(rf"(?:[A-Z][\w\-]*(?:['’]s)? ){{1,3}}{_GOVERNED[noun]} government\b",
                                 text[max(0, offset - _REACH) : offset]))
        return found[-1].group().removeprefix("The ") if found else None
    named = named_with(noun, offset, text, lexicon) if noun else None
    if named is not None:
        return named
    for e in reversed(document.entities):
        if e.end > offset:
            continue
        if offset - e.end > _REACH:
            return None
        opening = re.search(r"(?:^|[.!?\n]\s+)(?:[Tt]he )?$", text[max(0, e.start - 8) : e.start])
        if e.label == "ORG" and opening is not None and e.text.lower().removeprefix("the ") not in lexicon.parties \
                and e.text.lower() != noun \
                and e.text.title() not in lexicon.places and not in_dateline(text, e.start):  # not "OSAKA, Japan -"
            return e.text
    return None


def body_of_possessive_title(title: str | None, offset: int, document: Document, lexicon: Lexicon) -> str | None:
    """The body a title "the firm's boss" before a name at ``offset`` refers to (:func:`referred_body`)."""
    words = (title or "").split()
    if len(words) >= 3 and words[0] in lexicon.portfolio_words and words[1] in ("ministry's", "ministry’s"):
        return f"{words[0]} ministry"  # "the transport ministry's director general X"
    m = _MINISTRY_AFTER.match(document.text, offset)
    if m is not None and m.group(1) in lexicon.portfolio_words:
        return f"{m.group(1)} ministry"  # "X, the health ministry's chief spokeswoman, said"
    if len(words) >= 2 and words[0] in ("party's", "party’s"):
        return _party_before(offset, document, lexicon)  # "the party's deputy leader X": the party last named
    if len(words) < 2 or not re.fullmatch(r"[a-z]+['’]s", words[0]) \
            or words[0][:-2] not in lexicon.referring_bodies and words[0][:-2] not in _GOVERNED:
        return None
    return referred_body(offset, document, lexicon, words[0][:-2])


def _party_before(offset: int, document: Document, lexicon: Lexicon) -> str | None:
    """The party the text names last within a few sentences before ``offset``."""
    for e in reversed(document.entities):
        if e.end > offset:
            continue
        if offset - e.end > _REACH:
            return None
        whole = _CAPITALISED_RUN.match(document.text, e.start)  # "Republican People's Party", tagged "Republican"
        longer = whole is not None and len(whole.group()) > len(e.text) and whole.group().split()[-1] == "Party"
        name = whole.group() if longer and whole is not None else e.text
        if e.label == "ORG" and (name.lower().removeprefix("the ") in lexicon.parties or "Party" in name.split()):
            return name
    return None
