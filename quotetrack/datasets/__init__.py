"""Small texts shipped with quotetrack, to try it on without a repository checkout.

The seed article is the one the project is checked against end to end: a Newsweek story
on the U.S.–China "Clean Network" row, with direct, mixed and reported statements by four
speakers and three responses. It is package data, so ``seed()`` works from an installed
copy wherever Python runs (a notebook downloaded on its own, a script in any folder).

``written_responses()`` gives news articles written for the purpose by the project (same licence as the
project), annotated by hand with their statements, speakers and responses, in the shape of the reading
checks' gold files: training data for a scorer of statement pairs (``data/README.md`` describes them).

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

import json
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

__all__ = ["SEED_ID", "SEED_METADATA", "WRITTEN_RESPONSES", "WRITTEN_RESPONSES_FILES", "seed", "written_responses"]

WRITTEN_RESPONSES = "written_responses.jsonl"
"""The file of ``data/`` that holds the first writer's written, response-annotated articles."""

WRITTEN_RESPONSES_FILES = (WRITTEN_RESPONSES, "written_responses_2.jsonl")
"""The files of ``data/`` that hold the written, response-annotated articles, one a writer (``data/README.md``)."""

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


def written_responses() -> list[dict[str, Any]]:
    """The news articles written for the purpose by the project, with their hand annotation.

    Returns
    -------
    list of dict
        One record an article, the first writer's (ids ``written/NNN``) then the second's (``written2/NNN``):
        ``id``, ``meta`` (``kind``: politics, business, sport, tech, health or culture for the first writer;
        us_uk_politics, world_politics, business or sport for the second; ``words``), ``text``, ``quotes``
        (statements with character offsets into ``text``, speaker, title, organisation, party, country, cue),
        ``terms``, ``responses`` (source, target, statements, cue, explicit, stance, clear)
        and ``ignore`` (the headline).

    Examples
    --------
    >>> records = written_responses()
    >>> first = records[0]
    >>> first["id"], first["meta"]["kind"]
    ('written/001', 'politics')
    >>> all(r["text"][q["start"]:q["end"]] == q["text"] for r in records for q in r["quotes"])
    True
    """
    records = []
    for name in WRITTEN_RESPONSES_FILES:
        data = (resources.files(__name__) / "data" / name).read_text(encoding="utf-8")
        records += [json.loads(line) for line in data.splitlines() if line.strip()]
    return records
