"""What a corpus file is asked: its claims, the reports of a claim and the responses to them, as plain rows.

Each function takes the corpus's SQLite connection and returns a list of dicts
with the keys of its ``*_COLUMNS`` list, in that order; :class:`quotetrack.Corpus`
returns them as they are (``claim_rows``...) or as DataFrames (``claims``...).
"""

from __future__ import annotations

import sqlite3
from typing import Any

__all__ = ["CLAIM_COLUMNS", "REPORT_COLUMNS", "RESPONSE_COLUMNS", "claim_rows", "most_reported", "response_rows",
           "statement_claims", "timeline_rows"]

CLAIM_COLUMNS = ["id", "speaker", "text", "first_reported", "first_article", "n_reports", "n_articles", "n_outlets"]
REPORT_COLUMNS = ["article", "outlet", "date", "statement", "start", "end", "kind", "text", "article_title", "url"]
RESPONSE_COLUMNS = ["article", "outlet", "date", "source", "target", "statement", "target_statement", "cue",
                    "evidence", "stance", "text", "target_text"]


def _rows(db: sqlite3.Connection, columns: list[str], sql: str, params: Any = ()) -> list[dict[str, Any]]:
    return [dict(zip(columns, row)) for row in db.execute(sql, params)]


def claim_rows(db: sqlite3.Connection, speaker: str | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None) -> list[dict[str, Any]]:
    """The claims, in id order, filtered as :meth:`quotetrack.Corpus.claims` says."""
    where, params = [], []
    if speaker is not None:
        where.append("c.speaker = ?")
        params.append(speaker)
    if since is not None:
        where.append("c.first_date >= ?")
        params.append(str(since))
    if until is not None:
        where.append("c.first_date <= ?")
        params.append(str(until))
    if text is not None:
        where.append("EXISTS (SELECT 1 FROM statements t WHERE t.claim_id = c.id AND "
                     "instr(lower(t.text), lower(?)) > 0)")
        params.append(text)
    sql = ("SELECT c.id, c.speaker, c.text, c.first_date, c.first_article, COUNT(*), "
           "COUNT(DISTINCT s.article_id), COUNT(DISTINCT a.outlet) "
           "FROM claims c JOIN statements s ON s.claim_id = c.id JOIN articles a ON a.id = s.article_id "
           + ("WHERE " + " AND ".join(where) + " " if where else "") + "GROUP BY c.id ORDER BY c.id")
    return _rows(db, CLAIM_COLUMNS, sql, params)


def most_reported(db: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """The claims reported by the most outlets, then articles, then the earliest first."""
    rows = claim_rows(db)
    rows.sort(key=lambda row: (-row["n_outlets"], -row["n_articles"], row["first_reported"] or "~", row["id"]))
    return rows[:limit]


def timeline_rows(db: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """The reports of a claim in date order (undated last, then in ingestion order)."""
    return _rows(db, REPORT_COLUMNS,
                 "SELECT s.article_id, a.outlet, a.published, s.idx, s.start, s.\"end\", s.kind, s.text, a.title, "
                 "a.url FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.claim_id = ? "
                 "ORDER BY a.published IS NULL, a.published, a.seq, s.idx", (int(claim_id),))


def response_rows(db: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """The responses, in any article, to the reports of a claim, in date order."""
    return _rows(db, RESPONSE_COLUMNS,
                 "SELECT r.article_id, a.outlet, a.published, r.source, r.target, r.statement, r.target_statement, "
                 "r.cue, r.evidence, r.stance, s.text, t.text "
                 "FROM statements t JOIN responses r ON r.article_id = t.article_id AND r.target_statement = t.idx "
                 "JOIN statements s ON s.article_id = r.article_id AND s.idx = r.statement "
                 "JOIN articles a ON a.id = r.article_id WHERE t.claim_id = ? "
                 "ORDER BY a.published IS NULL, a.published, a.seq, r.idx", (int(claim_id),))


def statement_claims(db: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """The claim of each statement filed under one: ``(article id, statement index) -> claim id``."""
    return {(article_id, index): claim_id for article_id, index, claim_id in db.execute(
        "SELECT article_id, idx, claim_id FROM statements WHERE claim_id IS NOT NULL ORDER BY article_id, idx")}
