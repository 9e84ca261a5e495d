"""A judge the text names with no body speaks for the court the text names ("Judge X said" near "Leeds Crown
Court" or "a US court"): a court of the judge's own country where the text says which, else the court named
nearest the judge's first mention."""

from __future__ import annotations

import re

from quotetrack.attribution.persons import Person
from quotetrack.lexicon import Lexicon

__all__ = ["court_named", "courts_named"]

_REACH = 1500  # characters around the judge's first mention where the court is named
_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w'&-]*)"  # "U.S.", "Crown"; not a sentence's last word ("Tuesday.")
_NAMED = re.compile(rf"(?<![\w.])((?:{_WORD}\s+){{1,4}}Court(?:\s+of(?:\s+{_WORD}){{1,4}})?)")
_PLACED = re.compile(rf"\b(?:a|an|the|The|A)\s+((?:{_WORD}\s+){{1,2}})court(?:s|'s)?\b")
_OPENERS = re.compile(r"(?:(?:The|A|An|In|At|On|By|His|Her|Their|Its)\s+)*")


def _country(place: str, lexicon: Lexicon) -> str | None:
    entry = lexicon.places.get(place)
    return entry[0] if entry else None


def courts_named(text: str, lexicon: Lexicon) -> list[tuple[int, str, str | None]]:
    """Every court the text names, with its offset and the country its place word gives.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> courts_named("He told a Russian court. The case went to Leeds Crown Court.", load_lexicon())
    [(10, 'Russian court', 'Russia'), (42, 'Leeds Crown Court', None)]
    """
    found = []
    for m in _NAMED.finditer(text):
        skip = _OPENERS.match(m.group(1))
        words = m.group(1)[skip.end() if skip else 0 :].split()
        if len(words) > 1:  # "Leeds Crown Court", not a sentence's "The Court"
            found.append((m.start(1) + (skip.end() if skip else 0), " ".join(words), _country(words[0], lexicon)))
    for m in _PLACED.finditer(text):
        place = m.group(1).strip()
        country = _country(place, lexicon)
        if country is not None:
            found.append((m.start(1), f"{place} court", country))
    return sorted(found)


def court_named(person: Person, text: str, lexicon: Lexicon) -> str | None:
    """The court a judge with no body speaks for: the one named nearest their first mention, a court of their own
    country first; a court of another country ("a Russian court" in a story of a US judge) is never theirs."""
    if person.organisation is not None or person.kind != "person" or not person.title or not person.mentions \
            or person.title.split()[-1].lower() not in lexicon.court_roles:
        return None
    first = person.mentions[0].start
    # a title that says which court ("District Judge", "Appeals Court Judge") takes only a court of that name
    kind = {w for w in person.title.split()[:-1]
            if _country(w, lexicon) is None and w.lower() not in lexicon.role_modifiers}
    near = [(country != person.country, abs(at - first), name) for at, name, country in courts_named(text, lexicon)
            if abs(at - first) <= _REACH and kind <= set(name.split())
            and (country is None or person.country is None or country == person.country)]
    return min(near)[2] if near else None
