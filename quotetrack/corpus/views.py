"""A corpus file seen as articles again, and as one response graph: by the names each article gave, or by entity.

:func:`stored_articles` rebuilds the stored readings (without their texts);
with ``entities=True`` every speaker is named by their entity across the corpus
and every organisation by its canonical body, so that :func:`corpus_graph` has
one node per person and per body, whatever each article called them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from quotetrack.graph.build import project, response_graph, statement_node
from quotetrack.model import Article, Organisation, Speaker, Term
from quotetrack.records import response_from_record, speaker_from_record, statement_from_row

if TYPE_CHECKING:  # networkx takes most of a second to import: only the functions that need it do
    import networkx as nx

__all__ = ["JSON_COLUMNS", "STATEMENT_COLUMNS", "RESPONSE_COLUMNS", "corpus_graph", "entity_names", "stored_articles"]

# The statements and responses tables' columns, in the order of their rows, as the records name them.
STATEMENT_COLUMNS = ("start", "end", "kind", "text", "cue", "cue_start", "cue_end", "cue_lemma", "speaker",
                     "mention_start", "mention_end", "mention_text", "quoted", "speakers", "medium", "addressee",
                     "addressee_start", "addressee_end")
JSON_COLUMNS = frozenset({"quoted", "speakers"})  # lists, kept as JSON text
RESPONSE_COLUMNS = ("source", "target", "statement", "target_statement", "cue", "evidence", "evidence_start",
                    "evidence_end", "evidence_text", "stance", "confidence")


def entity_names(db: sqlite3.Connection) -> dict[int, str]:
    """Each entity's name, with `` (#id)`` added where two entities share a name (two people called "Wang").

    Examples
    --------
    >>> from quotetrack.corpus.schema import upgrade
    >>> db = sqlite3.connect(":memory:")
    >>> upgrade(db, None)
    >>> _ = db.executemany("INSERT INTO entities VALUES (?, ?, 'person')", [(1, "Wang"), (2, "Wang"), (3, "Li")])
    >>> entity_names(db)
    {1: 'Wang (#1)', 2: 'Wang (#2)', 3: 'Li'}
    """
    rows = db.execute("SELECT id, name FROM entities ORDER BY id").fetchall()
    counts: dict[str, int] = {}
    for _, name in rows:
        counts[name] = counts.get(name, 0) + 1
    return {i: f"{name} (#{i})" if counts[name] > 1 else name for i, name in rows}


def _speakers(db: sqlite3.Connection) -> dict[str, Speaker]:
    organisations = {name: {"name": name, "country": country}
                     for name, country in db.execute("SELECT name, country FROM organisations")}
    aliases: dict[str, list[str]] = {}
    for name, alias in db.execute("SELECT speaker, alias FROM speaker_aliases ORDER BY speaker, alias"):
        aliases.setdefault(name, []).append(alias)
    return {
        name: speaker_from_record({"name": name, "kind": kind, "title": title, "country": country,
                                   "organisation": organisations.get(org) if org else None,
                                   "aliases": aliases.get(name, ())})
        for name, kind, title, org, country in db.execute(
            "SELECT name, kind, title, organisation, country FROM speakers")
    }


def _as_entities(db: sqlite3.Connection, article: Article, names: dict[int, str]) -> Article:
    mentions: dict[str, tuple[str, Organisation | None]] = {}
    for name, entity_id, org, country in db.execute(
            "SELECT m.name, m.entity_id, o.name, o.country FROM mentions m LEFT JOIN org_entities o "
            "ON o.id = m.org_id WHERE m.article_id = ?", (article.id,)):
        mentions[name] = (names[entity_id], None if org is None else Organisation(name=org, country=country))

    def speaker(s: Speaker | None) -> Speaker | None:
        if s is None or s.name not in mentions:
            return s
        name, org = mentions[s.name]
        return attrs.evolve(s, name=name, organisation=org, aliases=())

    def entity_name(n: str) -> str:
        return mentions[n][0] if n in mentions else n

    statements = tuple(attrs.evolve(s, speaker=speaker(s.speaker)) for s in article.statements)
    return attrs.evolve(
        article, statements=statements,
        speakers=tuple({sp.name: sp for sp in map(speaker, article.speakers) if sp is not None}.values()),
        organisations=tuple({s.speaker.organisation.name: s.speaker.organisation for s in statements
                             if s.speaker is not None and s.speaker.organisation is not None}.values()),
        responses=tuple(attrs.evolve(r, source=entity_name(r.source), target=entity_name(r.target))
                        for r in article.responses))


def stored_articles(db: sqlite3.Connection, *, entities: bool = False) -> Iterator[Article]:
    """The stored articles, in ingestion order, as :meth:`quotetrack.Corpus.articles` gives them."""
    speakers = _speakers(db)
    names = entity_names(db) if entities else {}
    for (article_id,) in db.execute("SELECT id FROM articles ORDER BY seq").fetchall():  # one article at a time
        outlet, url, title, date = db.execute(
            "SELECT outlet, url, title, published FROM articles WHERE id = ?", (article_id,)).fetchone()
        rows = [dict(zip(STATEMENT_COLUMNS, row)) for row in db.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in STATEMENT_COLUMNS) + " FROM statements "
            "WHERE article_id = ? ORDER BY idx", (article_id,))]
        statements = tuple(statement_from_row(
            {**row, **{key: json.loads(row[key]) for key in JSON_COLUMNS if row[key] is not None}}, speakers)
            for row in rows)
        responses = tuple(response_from_record(  # no confidence was kept before version 2
            {k: v for k, v in zip(RESPONSE_COLUMNS, row) if v is not None or k != "confidence"})
            for row in db.execute("SELECT " + ", ".join(RESPONSE_COLUMNS) + " FROM responses "
                                  "WHERE article_id = ? ORDER BY idx", (article_id,)))
        terms = tuple(Term(start=start, end=end, text=text) for start, end, text in db.execute(
            'SELECT start, "end", text FROM terms WHERE article_id = ? ORDER BY idx', (article_id,)))
        used = {speaker.name: speaker for s in statements for speaker in s.speakers}
        orgs = {sp.organisation.name: sp.organisation for sp in used.values() if sp.organisation is not None}
        article = Article(id=article_id, text="", statements=statements, speakers=tuple(used.values()),
                          organisations=tuple(orgs.values()), responses=responses, terms=terms,
                          metadata={"outlet": outlet, "date": date, "title": title, "url": url})
        yield _as_entities(db, article, names) if entities else article


def corpus_graph(db: sqlite3.Connection, level: str = "statement",
                 min_confidence: float = 0.0) -> nx.MultiDiGraph | nx.DiGraph:
    """The response graph of a corpus by entity, as :meth:`quotetrack.Corpus.graph` says."""
    graph = response_graph(stored_articles(db, entities=True), min_confidence=min_confidence)
    for article_id, index, claim_id in db.execute(
            "SELECT article_id, idx, claim_id FROM statements WHERE claim_id IS NOT NULL"):
        graph.nodes[statement_node(article_id, index)]["claim"] = claim_id
    ids = {name: i for i, name in entity_names(db).items()}
    bodies = dict(db.execute("SELECT name, id FROM org_entities"))
    for node, data in graph.nodes(data=True):
        attribute: dict[str, Any] = {"speaker": ids, "organisation": bodies}.get(str(data.get("kind")), {})
        if data.get("name") in attribute:
            data["entity"] = attribute[data["name"]]
    if level == "statement":
        return graph
    projected = project(graph, level)  # type: ignore[arg-type]
    for node, data in projected.nodes(data=True):
        found = {"speaker": ids, "organisation": bodies}.get(level, {}).get(node)
        if found is not None:
            data["entity"] = found
    return projected
