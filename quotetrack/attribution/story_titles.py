"""The country a title several countries use belongs to: the story's, not a fixed one.

"Chancellor" heads the government in Germany and Austria and the Treasury in Britain (titles.tsv gives a row for
each, the first the default). A chancellor the text gives no country of their own is the one of a country the
story names among the title's rows ("the House of Commons", "the Bundestag"), even when another country is named
more (a story's "Treasury" names the US one by the lexicon); with none of them named, a title whose body is a
country's ("Government of {country}") is the story's country's, when the lexicon knows that body. A title whose
default row has no fixed country ("prime minister": the UK row is the Prime Minister's Office) is the story's
country's already; a title of one country's body ("Pentagon spokesman") is that country's in any story.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from quotetrack.lexicon import Lexicon

__all__ = ["story_title_row"]


@functools.cache
def _rows(lexicon: Lexicon) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each title with country rows: its (country, organisation template) rows, in the file's order."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for (title, country), template in lexicon.titles_by_country.items():
        rows.setdefault(title, []).append((country, template))
    return {title: tuple(found) for title, found in rows.items()}


def story_title_row(title: str, article: str | None, named: Collection[str],
                    lexicon: Lexicon) -> tuple[str, str] | None:
    """The organisation template and country of ``title`` (lower case) in a story whose most named country is
    ``article`` and which names the countries ``named``, when its country is not the title's by the lexicon's
    rows for ``article`` and its default row has a fixed country; else None (the title's default row).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> story_title_row("chancellor", "United States", {"United States", "United Kingdom"}, lexicon)
    ('HM Treasury', 'United Kingdom')
    >>> story_title_row("chancellor", "Switzerland", {"Switzerland"}, lexicon)
    ('Government of {country}', 'Switzerland')
    >>> story_title_row("chancellor", "Switzerland", {"Switzerland", "Germany"}, lexicon)
    ('Government of {country}', 'Germany')
    >>> story_title_row("chancellor", None, set(), lexicon) is None
    True
    >>> story_title_row("prime minister", "Ethiopia", {"Ethiopia", "United Kingdom"}, lexicon) is None
    True
    >>> story_title_row("pentagon spokesman", "China", {"China"}, lexicon) is None
    True
    """
    rows = _rows(lexicon).get(title)
    template, default = lexicon.titles.get(title, ("", ""))
    if not rows or len(rows) < 2 or not article or not default:
        return None  # "Pentagon spokesman": one country's; "prime minister": its default row is the story's country's
    found = next(((template, country) for country, template in rows if country in named), None)
    if found is not None:
        return found
    if "{country}" in template and default not in named and _knows(template.replace("{country}", article), lexicon):
        return template, article
    return None


def _knows(name: str, lexicon: Lexicon) -> bool:
    return name.lower() in lexicon.organisations
