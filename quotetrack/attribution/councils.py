"""The council a mayor or councillor speaks for when the text names them with no body.

News names a local council once ("Leeds City Council voted ...", "Ashford's town council has approved ...") and
then its members by a bare title ("said councillor X", "Mayor X told reporters"). Such a member speaks for the
council the text names last before their first mention (else first after it), written as the text writes it
when capitalised ("Leeds City Council"), else as "<place> <kind> council" ("Ashford town council"). Where the
text names the council only as "the council" or "the city council", the member speaks for the council of the
city the text names just before it ("In Tarvik, ... the city council"). Council roles are roles.tsv kind
``council``.
"""

from __future__ import annotations

import re

import attrs

from quotetrack.lexicon import Lexicon
from quotetrack.attribution.persons import Person
from quotetrack.attribution.referred import dateline_city
from quotetrack.model import Organisation

__all__ = ["council_named", "with_council"]

_KIND = r"(?:[Cc]ity|[Tt]own|[Mm]unicipal|[Cc]ounty|[Bb]orough|[Dd]istrict|[Rr]egional|[Pp]arish|[Cc]ommunity)"
_MEMBER = re.compile(r", who (?:chairs|heads|leads|sits on) the (?:[a-z]+ )?council\b")  # a council's member
_PLACE_WORD = rf"(?!{_KIND} |Council\b)[A-Z][\w\-]+"
_COUNCIL = re.compile(  # "Leeds City Council", "Ashford's town council", "the city council", "the council"
    rf"(?:(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})(?P<owner>['’]s)? |(?P<the>\b[Tt]he ))"
    rf"(?:(?P<kind>{_KIND}) )?(?P<head>[Cc]ouncil)\b")
_CITY_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]f|[Aa]t) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")  # "In Tarvik, ..."
def council_named(title: str | None, first: int, text: str, lexicon: Lexicon) -> str | None:
    """The council a holder of ``title`` first named at offset ``first`` speaks for, or None.

    Parameters
    ----------
    title : str or None
        The person's title ("councillor", "Deputy Mayor").
    first : int
        The offset of the person's first mention.
    text : str
        The article the person is named in.
    lexicon : Lexicon
        Council roles (``council_roles``), places, months and given names.

    Returns
    -------
    str or None
        The council's name, or None when the title is no council role or the text names no council.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> text = "Ashford's town council voted on Monday. \\"It is a good day,\\" said councillor Ann Roe."
    >>> council_named("councillor", text.index("Ann"), text, lex)
    'Ashford town council'
    >>> council_named("Mayor", 0, "Mayor Ann Roe said Leeds City Council would pay.", lex)
    'Leeds City Council'
    >>> council_named("councillor", 0, "Councillor Ann Roe said no.", lex) is None
    True
    """
    words = re.sub(r" (?:for|of|on) .*", "", (title or "").lower()).split()  # "alderman for poverty"
    if not words or words[-1] not in lexicon.council_roles:
        return None
    found = [m for m in _COUNCIL.finditer(text) if _council(m, text, lexicon) is not None]
    before = [m for m in found if m.start() < first]
    chosen = before[-1] if before else (found[0] if found else None)
    return _council(chosen, text, lexicon) if chosen is not None else None


def _council(m: re.Match[str], text: str, lexicon: Lexicon) -> str | None:
    """The council a match of ``_COUNCIL`` names, or None when it names none that can be told."""
    place, kind, head = m.group("place"), m.group("kind"), m.group("head")
    words = (place or "").split()
    while words and words[0].lower() in lexicon.function_words.sentence_starters:
        words = words[1:]  # "The Leeds City Council", "But Ashford's council"
    if words:
        place = " ".join(words)
        if head[0].isupper() and (kind is None or kind[0].isupper()) and m.group("owner") is None:
            # "Leeds City Council"; not "the Security Council", "Arts Council": a kind of council, or a place's
            return f"{place} {kind} {head}" if kind else (f"{place} {head}" if place in lexicon.places else None)
        return f"{place} {(kind or 'city').lower()} council"  # "Ashford's town council", "Ashford council"
    if place is not None and head[0].isupper():
        return None
    city = _city_before(text, m.start(), lexicon) or dateline_city(text)  # "ROTTERDAM (Wire) - ... the city council"
    return f"{city} {(kind or 'city').lower()} council" if city is not None else None


def _city_before(text: str, offset: int, lexicon: Lexicon) -> str | None:
    """The city the text names last before ``offset`` in its paragraph ("In Tarvik, where ..."), not a country."""
    start = text.rfind("\n", 0, offset) + 1
    cities = [c.group(1) for c in _CITY_BEFORE.finditer(text, start, offset)]
    for city in reversed(cities):
        entry = lexicon.places.get(city)
        if entry is not None and entry[1] != "capital":
            continue  # a country or a demonym names no council
        words = lexicon.function_words
        if city.lower() in lexicon.organisations or city.split()[0] in lexicon.given_names \
                or city.lower() in words.months or city.lower() in words.weekdays \
                or city in lexicon.state_marks.values():
            continue  # "In May, the city council ...": a time, not a city; "In Ohio": a state
        return city
    return None


def with_council(person: Person, text: str, lexicon: Lexicon) -> Person:
    """``person``, speaking for the council the text names when they hold a council role and speak for no body."""
    if person.organisation is not None or person.kind != "person" or not person.mentions:
        return person
    first = person.mentions[0]
    member = _MEMBER.match(text, first.end) is not None  # "X, who chairs the council"
    council = council_named("councillor" if member else person.title, first.start, text, lexicon)
    return person if council is None else attrs.evolve(person, organisation=Organisation(name=council))
