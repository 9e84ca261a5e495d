"""The countries a text names, and the country it is about: the one its place names, demonyms, bodies and
dateline name most.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from quotetrack.attribution.ministers import every_countrys, opening_country
from quotetrack.attribution.story_body import dateline_country
from quotetrack.document import Document, Entity
from quotetrack.lexicon import Lexicon, place_country
from quotetrack.model import Organisation

__all__ = ["organisation_named", "place_counts", "shared_party", "story_countries"]


def organisation_named(text: str, lexicon: Lexicon) -> Organisation | None:
    """The canonical organisation for a name the text uses, if the lexicon knows it.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> organisation_named("Chinese Foreign Ministry", load_lexicon()).name
    'Ministry of Foreign Affairs of China'
    """
    key = " ".join(text.replace("’", "'").split()).lower().removeprefix("the ")
    entry = lexicon.organisations.get(key)
    if entry is None:
        return None
    name, country = entry
    return Organisation(name=name, country=country or None, aliases=(text,) if text != name else ())


def story_countries(document: Document, lexicon: Lexicon,
                    places: Mapping[str, int] | None = None) -> tuple[str | None, set[str]]:
    """The country the text is about (the most named, first on a tie) and the countries it names; ``places``: the
    :func:`place_counts` of the text read before (a long text read window by window), else the dateline's place
    counts as a place named ("ISLAMABAD (Wire) - ").

    Examples
    --------
    >>> from quotetrack.backends import embedded
    >>> from quotetrack.lexicon import load_lexicon
    >>> story_countries(embedded.parse("ISLAMABAD (Wire) - The budget passed."), load_lexicon())
    ('Pakistan', {'Pakistan'})
    """
    named_by = _named_countries(document.entities, lexicon)
    counts = _counts(named_by, places, lexicon)
    named = set(places or ()) | set(named_by.places) | {
        organisation.country for text, organisation in named_by.bodies
        if organisation.country and not every_countrys(text, lexicon)}
    dated = dateline_country(document.text, document.paragraphs, lexicon) if places is None else None
    if dated is not None:
        counts = {dated: 0, **counts}
        counts[dated] += 2
        named.add(dated)
    return (max(counts, key=lambda c: counts[c]) if counts else None), named


def place_counts(entities: Sequence[Entity], lexicon: Lexicon,
                 before: Mapping[str, int] | None = None) -> dict[str, int]:
    """How often each country is named, in order of first naming (the article's country is the most named): a
    place name or demonym counts twice, a body the lexicon places once ("Labour", "the Bank of England" tell a
    British story when its only places are China and Britain). ``before``: the counts of the text read before.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> place_counts([Entity(start=0, end=6, text="France", label="GPE")], load_lexicon(), {"Italy": 1})
    {'Italy': 1, 'France': 2}
    """
    return _counts(_named_countries(entities, lexicon), before, lexicon)


@attrs.frozen
class _NamedCountries:
    """The countries of a text's entities: of each place name or demonym (and body whose name opens with one), in
    order, and each body the lexicon knows with its organisation."""

    places: list[str]
    bodies: list[tuple[str, Organisation]]


def _named_countries(entities: Sequence[Entity], lexicon: Lexicon) -> _NamedCountries:
    """The countries of ``entities``, each read once (a story's counts and the countries it names both need them)."""
    places = [c for e in entities if e.label in {"GPE", "NORP", "ORG"}
              for c in [opening_country(e.text, lexicon) if e.label == "ORG" else place_country(e.text, lexicon)] if c]
    bodies = [(e.text, organisation) for e in entities if e.label == "ORG"
              for organisation in [organisation_named(e.text, lexicon)] if organisation is not None]
    return _NamedCountries(places=places, bodies=bodies)


def _counts(named: _NamedCountries, before: Mapping[str, int] | None, lexicon: Lexicon) -> dict[str, int]:
    """:func:`place_counts` of the countries ``named``: a place twice, a body of a party no other country's once."""
    counts = dict(before or {})
    for country in named.places:
        counts[country] = counts.get(country, 0) + 2
    for text, organisation in named.bodies:
        if organisation.country and not shared_party(text, lexicon):  # "the Greens": many countries' parties
            counts[organisation.country] = counts.get(organisation.country, 0) + 1
    return counts


_SHARED: dict[int, frozenset[str]] = {}


def shared_party(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is the name of parties of two countries or more (``Lexicon.parties_by_country``).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> shared_party("the Greens", load_lexicon()), shared_party("Fianna Fail", load_lexicon())
    (True, False)
    """
    shared = _SHARED.get(id(lexicon.parties_by_country))
    if shared is None:
        seen: dict[str, int] = {}
        for key, _ in lexicon.parties_by_country:
            seen[key] = seen.get(key, 0) + 1
        shared = _SHARED[id(lexicon.parties_by_country)] = frozenset(k for k, n in seen.items() if n > 1)
    return " ".join(name.replace("’", "'").split()).lower().removeprefix("the ") in shared

