"""A party of the story's country whose name is a party's of another country ("the opposition Republican Party"
in a Chilean story is Chile's, not the US party).

The lexicon knows one party by a name many countries' parties share ("Republican Party", "Democratic Party",
"Liberal Party"). A story of another country that names the lexicon party's country by no place or demonym at all
speaks of its own party: the name as the text writes it, in the story's country.
"""

from __future__ import annotations

import re

from quotetrack.lexicon import Lexicon
from quotetrack.model import Organisation

__all__ = ["home_party"]


def home_party(written: str, party: Organisation, article: str | None, text: str, lexicon: Lexicon) -> Organisation:
    """``party``, the lexicon's reading of a party the text names as ``written``, or the story's own party.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> us = Organisation(name="Republican Party", country="United States")
    >>> text = "In Santiago, Chile, Senator Ana Rios of the Republican Party said no."
    >>> home_party("the Republican Party", us, "Chile", text, lex)
    Organisation(name='Republican Party', country='Chile', aliases=())
    >>> home_party("the Republican Party", us, "Chile", text + " The US embassy agreed.", lex).country
    'United States'
    """
    name = written[4:] if written.startswith(("the ", "The ")) else written
    if not party.country or not article or party.country == article or not name[:1].isupper() \
            or _names_country(party.country, text, lexicon):
        return party  # "conservative radio host X": a leaning, no party's name
    return Organisation(name=name, country=article)


def _names_country(country: str, text: str, lexicon: Lexicon) -> bool:
    """Whether the text names ``country`` by one of its places, capitals, abbreviations or demonyms."""
    return any(place == country and re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)
               for name, (place, _) in lexicon.places.items())
