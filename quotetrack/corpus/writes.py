"""Writing an article into a corpus file: its rows, its speakers, its claims; and removing them.

:class:`quotetrack.corpus.store.Corpus` calls these inside the transaction that stores an article.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Mapping

from quotetrack.corpus import entities, views
from quotetrack.corpus.claims import Prepared, file_claim, refresh_claims
from quotetrack.model import Article, Speaker
from quotetrack.records import article_fields, response_record, speaker_record, statement_row

__all__ = ["insert_article", "remove_article", "upsert_speaker"]

_STATEMENT_COLUMNS, _RESPONSE_COLUMNS = views.STATEMENT_COLUMNS, views.RESPONSE_COLUMNS
_INSERT_STATEMENT = ("INSERT INTO statements (article_id, idx, " + ", ".join(f'"{c}"' for c in _STATEMENT_COLUMNS)
                     + ") VALUES (" + ", ".join("?" * (len(_STATEMENT_COLUMNS) + 2)) + ")")


def insert_article(db: sqlite3.Connection, article: Article, text_hash: str, fields: Mapping[str, str] | None,
                   prepared: Prepared | None = None) -> int:
    """Insert an article's rows (its id not stored), file its statements under claims and settle its entities;
    return how many candidate claims its statements were compared with. ``prepared``: the statements'
    signatures and bands, when the reading computed them (:func:`quotetrack.corpus.claims.prepare`)."""
    comparisons = 0
    meta = article_fields(article.metadata, fields)
    seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
    db.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article.id, seq, meta["outlet"], meta["url"], meta["title"], meta["date"], text_hash,
         len(article.statements), len(article.responses),
         datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")),
    )
    speakers = {s.name: s for s in article.speakers}
    speakers.update({s.speaker.name: s.speaker for s in article.statements if s.speaker is not None})
    for speaker in speakers.values():
        upsert_speaker(db, speaker)
    rows = [statement_row(statement) for statement in article.statements]
    for index, row in enumerate(rows):
        values = [json.dumps(row[key]) if key in views.JSON_COLUMNS else row[key] for key in _STATEMENT_COLUMNS]
        db.execute(_INSERT_STATEMENT, (article.id, index, *values))
    db.executemany('INSERT INTO terms VALUES (?, ?, ?, ?, ?)',
                   [(article.id, index, t.start, t.end, t.text) for index, t in enumerate(article.terms)])
    entities.store_statement_bands(db, article.id, rows, prepared.bands if prepared else None)
    named = {r.source for r in article.responses} | {r.target for r in article.responses}
    records = [speaker_record(s) for s in speakers.values()]
    records += [{"name": name} for name in sorted(named - set(speakers))]
    ids = entities.resolve_article(db, article.id, records)
    for index, row in enumerate(rows):
        if row["speaker"] is not None:
            comparisons += file_claim(db, article.id, index, row, meta["date"], seq, ids[row["speaker"]],
                                      sig=prepared.signatures[index] if prepared else None)
    for index, response in enumerate(article.responses):
        record = response_record(response)
        db.execute("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (article.id, index, *(record[key] for key in _RESPONSE_COLUMNS)))
    entities.settle(db, entities.revisit(db, article.id))
    return comparisons

def upsert_speaker(db: sqlite3.Connection, speaker: Speaker) -> None:
    """Insert a speaker (and its organisation), or fill in what the stored one lacks."""
    record = speaker_record(speaker)
    org = record["organisation"]
    if org is not None:
        db.execute("INSERT INTO organisations VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
                   "country = COALESCE(country, excluded.country)", (org["name"], org["country"]))
    db.execute(
        "INSERT INTO speakers VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "kind = COALESCE(kind, excluded.kind), title = COALESCE(title, excluded.title), "
        "organisation = COALESCE(organisation, excluded.organisation), "
        "country = COALESCE(country, excluded.country)",
        (record["name"], record["kind"], record["title"], org["name"] if org else None, record["country"]),
    )
    db.executemany("INSERT OR IGNORE INTO speaker_aliases VALUES (?, ?)",
                   [(record["name"], alias) for alias in {record["name"], *record["aliases"]}])

def remove_article(db: sqlite3.Connection, article_id: str) -> None:
    """Delete an article's rows, and refresh (or drop) the claims it reported."""
    claims = [r[0] for r in db.execute(
        "SELECT DISTINCT claim_id FROM statements WHERE article_id = ? AND claim_id IS NOT NULL", (article_id,))]
    for table in ("responses", "terms", "statement_bands", "statements"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    refresh_claims(db, claims)
    entities.remove_mentions(db, article_id)
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
