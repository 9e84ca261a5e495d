"""Small texts shipped with quotetrack, to try it on without a repository checkout.

The seed article is the one the project is checked against end to end: a Newsweek story
on the U.S.–China "Clean Network" row, with direct, mixed and reported statements by four
speakers and three responses. It is package data, so ``seed()`` works from an installed
copy wherever Python runs (a notebook downloaded on its own, a script in any folder).

Examples
--------
>>> from quotetrack import datasets
>>> text = datasets.seed()
>>> text.startswith("China Says U.S. Acts 'Dirty'")
True
>>> datasets.SEED_ID, datasets.SEED_METADATA["outlet"]
('000_54b514b8333d32ea', 'Newsweek')
"""

from __future__ import annotations

from importlib import resources
from types import MappingProxyType
from typing import Mapping

__all__ = ["SEED_ID", "SEED_METADATA", "seed"]

SEED_ID = "000_54b514b8333d32ea"
"""The seed article's id: the stem of its file, ``seeds/000_54b514b8333d32ea.txt`` in the repository."""

SEED_METADATA: Mapping[str, str] = MappingProxyType({
    "outlet": "Newsweek",
    "title": "China Says U.S. Acts 'Dirty' After It Tries to 'Clean' Networks from Communist Party",
})
"""What is known of the seed article besides its text, as ``read(..., metadata=)`` takes it."""


def seed() -> str:
    """The text of the seed article, exactly as ``quotetrack extract`` reads its file.

    Returns
    -------
    str
        The article (5,476 characters), decoded as UTF-8 with any byte-order mark dropped.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read(seed(), id=SEED_ID, metadata=dict(SEED_METADATA))
    >>> len(article.statements), sorted({r.source for r in article.responses})
    (16, ['Hua Chunying', 'Wang Wenbin', 'Wang Yi'])
    """
    data = (resources.files(__name__) / "data" / f"{SEED_ID}.txt").read_bytes()
    return data.decode("utf-8-sig")
