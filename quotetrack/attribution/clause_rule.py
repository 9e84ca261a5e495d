"""The base of the rules that read sources and clauses with the attributor's finders.

The finders are :class:`~quotetrack.attribution.sources.SourceFinder` and
:class:`~quotetrack.attribution.clauses.ClauseFinder`.
"""

from __future__ import annotations

from quotetrack.attribution.clauses import ClauseFinder
from quotetrack.attribution.index import IndexView, TextIndex
from quotetrack.attribution.sources import SourceFinder

__all__ = ["ClauseRule"]


class ClauseRule(IndexView):
    """Base of a rule that reads sources and clauses with the attributor's finders.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Reads sources (a subject, an agent).
    clauses : ClauseFinder
        Finds where clauses start and end.
    """

    def __init__(self, index: TextIndex, sources: SourceFinder, clauses: ClauseFinder) -> None:
        super().__init__(index)
        self.sources = sources
        self.clauses = clauses
