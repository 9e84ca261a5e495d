"""The people of a document as data: a person read, the people of a document, and the mentions gathered for one
person while reading (:mod:`quotetrack.attribution.people` reads them).

These attrs classes live apart from the rules that fill them so that an optional compiled build (``setup.py``,
mypyc) can compile the rules and leave these classes as Python: mypyc 2.4 cannot compile a field whose default
attrs makes (``attrs.Factory``, ``attrs.field``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import attrs

from quotetrack.attribution.affiliations import Affiliation
from quotetrack.document import Entity
from quotetrack.model import Mention, Organisation

__all__ = ["Cluster", "People", "Person"]

_LOOKBACK = 200  # mentions searched back for an antecedent: far enough for any article, bounded for any text


@attrs.frozen(kw_only=True)
class Person:
    """A person the article names, with everything read about them.

    Parameters
    ----------
    name : str
        The fullest form of the name in the article.
    family : str
        The family name, as later mentions use it alone.
    aliases : tuple of str
        Every form of the name used.
    title : str or None
        Title or role as written.
    organisation : Organisation or None
        The organisation, canonical where the lexicon knows it.
    country : str or None
        Canonical country.
    mentions : tuple of Mention
        Every mention, in text order.
    gender : str or None
        ``m`` or ``f`` when a given name, courtesy title or role tells, for pronouns.
    named : bool
        Whether the reading is sure this is a person (a full name, a title or
        courtesy title), not a lone capitalised word that may name anything.
    party : Organisation or None
        The person's party, when the text gives it ("Tory leader X").
    kind : str
        ``person``, or ``organisation`` for a lone name the text uses as a body ("Ryanair").
    """

    name: str
    family: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    organisation: Organisation | None = None
    country: str | None = None
    mentions: tuple[Mention, ...] = ()
    gender: str | None = None
    named: bool = True
    party: Organisation | None = None
    kind: str = "person"


@attrs.frozen(kw_only=True)
class People:
    """The people of a document and which mention names whom.

    Parameters
    ----------
    people : tuple of Person
        Every person, in order of first mention.
    by_mention : dict of int to int
        Start offset of a name mention to the index of its person.
    """

    people: tuple[Person, ...]
    by_mention: dict[int, int]
    starts: tuple[int, ...] = attrs.field(init=False)

    @starts.default
    def _sorted_starts(self) -> tuple[int, ...]:
        return tuple(sorted(self.by_mention))

    def at(self, start: int) -> Person | None:
        """The person named by the mention starting at ``start``, if any."""
        index = self.by_mention.get(start)
        return None if index is None else self.people[index]

    def last_before(self, offset: int, predicate: Callable[[Person], bool] | None = None,
                    skip: tuple[int, int] = (0, 0)) -> Person | None:
        """The person most recently mentioned before ``offset`` (that ``predicate`` accepts), passing over the
        mentions in the span ``skip``."""
        starts = self.starts
        end = bisect.bisect_left(starts, offset)
        for k in range(end - 1, max(-1, end - 1 - _LOOKBACK), -1):
            if skip[0] <= starts[k] < skip[1]:
                continue
            person = self.people[self.by_mention[starts[k]]]
            if predicate is None or predicate(person):
                return person
        return None


@attrs.define
class Cluster:
    """The mentions gathered for one person while reading a document (private, mutable)."""

    words: list[str]
    family: str
    last: int
    orphan: bool = False
    gender: str | None = None
    inherits: bool = False
    aliases: dict[str, None] = attrs.Factory(dict)  # an ordered set
    mentions: list[Mention] = attrs.Factory(list)
    context: list[Entity] = attrs.Factory(list)
    determined: bool = False  # named after an article or possessive: "a Purple Heart" names a thing
    affiliation: Affiliation | None = None
