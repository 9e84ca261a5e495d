"""What a corpus file is asked: its claims, the reports of a claim and the responses to them, as plain rows.

Each function takes the corpus's SQLite connection and returns a list of dicts
with the keys of its ``*_COLUMNS`` list, in that order; :class:`quotetrack.Corpus`
returns them as they are (``claim_rows``...) or as DataFrames (``claims``...).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from quotetrack.corpus.claims import claim_text
from quotetrack.corpus.entities import fold, name_parts
from quotetrack.errors import InputError

__all__ = ["CLAIM_COLUMNS", "REPORT_COLUMNS", "RESPONSE_COLUMNS", "SPEAKER_COLUMNS", "claim_rows", "find_speakers",
           "most_reported", "response_rows", "speaker_rows", "statement_claims", "timeline_rows"]

CLAIM_COLUMNS = ["id", "speaker", "text", "first_reported", "first_article", "n_reports", "n_articles", "n_outlets",
                 "speaker_id"]
REPORT_COLUMNS = ["article", "outlet", "date", "statement", "start", "end", "kind", "text", "article_title", "url",
                  "speaker_id", "mention"]
RESPONSE_COLUMNS = ["article", "outlet", "date", "source", "target", "statement", "target_statement", "cue",
                    "evidence", "stance", "text", "target_text", "source_id", "target_id"]
SPEAKER_COLUMNS = ["id", "name", "kind", "forms", "organisations", "titles", "n_articles", "n_statements", "n_claims",
                   "merges"]


def _rows(db: sqlite3.Connection, columns: list[str], sql: str, params: Any = ()) -> list[dict[str, Any]]:
    return [dict(zip(columns, row)) for row in db.execute(sql, params)]


_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}([T ]\S*)?)?)?")


def _iso_date(value: object, name: str) -> str:
    """A ``since``/``until`` bound, checked: an ISO date or its year or month (dates are compared as text).

    Examples
    --------
    >>> _iso_date("2024-05", "since"), _iso_date("2024-05-01T12:00Z", "until")
    ('2024-05', '2024-05-01T12:00Z')
    >>> _iso_date("yesterday", "since")
    Traceback (most recent call last):
    quotetrack.errors.InputError: since='yesterday': expected an ISO date, as in 2024-05-01 (or 2024-05, 2024)
    """
    text = str(value).strip()
    if not _ISO_DATE.fullmatch(text):
        raise InputError(f"{name}={value!r}: expected an ISO date, as in 2024-05-01 (or 2024-05, 2024)")
    return text


def claim_rows(db: sqlite3.Connection, speakers: Sequence[int] | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None, outlet: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
    """The claims, in id order, filtered as :meth:`quotetrack.Corpus.claims` says (``speakers``: entity ids)."""
    where: list[str] = []
    params: list[Any] = []
    if speakers is not None:
        where.append(f"c.speaker_id IN ({', '.join('?' * len(speakers))})")
        params.extend(int(i) for i in speakers)
    if since is not None:
        where.append("c.first_date >= ?")
        params.append(_iso_date(since, "since"))
    if until is not None:  # to the end of that day (month, year): 2024-05-01T18:00 is on or before 2024-05-01
        where.append("substr(c.first_date, 1, length(?)) <= ?")
        params.extend([_iso_date(until, "until")] * 2)
    if text is not None:
        where.append("EXISTS (SELECT 1 FROM statements t WHERE t.claim_id = c.id AND "
                     "instr(lower(t.text), lower(?)) > 0)")
        params.append(text)
    if outlet is not None:
        where.append("EXISTS (SELECT 1 FROM statements t JOIN articles o ON o.id = t.article_id WHERE "
                     "t.claim_id = c.id AND lower(o.outlet) = lower(?))")
        params.append(outlet)
    sql = ("SELECT c.id, e.name, c.text, c.first_date, c.first_article, COUNT(*), "
           "COUNT(DISTINCT s.article_id), COUNT(DISTINCT a.outlet), c.speaker_id "
           "FROM claims c JOIN entities e ON e.id = c.speaker_id JOIN statements s ON s.claim_id = c.id "
           "JOIN articles a ON a.id = s.article_id "
           + ("WHERE " + " AND ".join(where) + " " if where else "") + "GROUP BY c.id ORDER BY c.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = _rows(db, CLAIM_COLUMNS, sql, params)
    for row in rows:
        row["text"] = claim_text(row["text"])
    return rows


def find_speakers(db: sqlite3.Connection, name: str) -> list[int]:
    """The entities a name may stand for: those known by this form (up to case, accents and middle initials), else
    the people of this surname; ``#12`` or ``12`` is entity 12.

    Examples
    --------
    >>> from quotetrack.corpus.schema import upgrade
    >>> db = sqlite3.connect(":memory:")
    >>> upgrade(db, None)
    >>> find_speakers(db, "Nobody")
    []
    """
    if name.strip().lstrip("#").isdecimal():  # ("²" is a digit, not a number int() reads)
        number = int(name.strip().lstrip("#"))
        found = db.execute("SELECT id FROM entities WHERE id = ?", (number,)).fetchone() if number < 2**63 else None
        return [found[0]] if found else []
    wanted, key = fold(name), name_parts(name).key
    forms = db.execute("SELECT DISTINCT m.entity_id, m.name, m.key FROM mentions m UNION "
                       "SELECT DISTINCT m.entity_id, a.alias, NULL FROM mentions m JOIN speaker_aliases a "
                       "ON a.speaker = m.name").fetchall()
    found = {e for e, form, form_key in forms if fold(form) == wanted or form_key == key}
    if " " not in key:  # a surname alone: every person of that surname too
        found.update(r[0] for r in db.execute("SELECT entity_id FROM mentions WHERE surname = ? AND kind = 'person'",
                                              (key,)))
    return sorted(found)


def speaker_rows(db: sqlite3.Connection, ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """The entities with their name forms, organisations (with the dates they spoke for them), titles, counts and
    how their mentions were joined (``merges``: rule -> count), most claims first."""
    rows = []
    for entity_id, name, kind in db.execute("SELECT id, name, kind FROM entities ORDER BY id").fetchall():
        if ids is not None and entity_id not in ids:
            continue
        mentions = db.execute(
            "SELECT m.name, m.title, o.name, a.published, m.rule FROM mentions m "
            "JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN org_entities o ON o.id = m.org_id WHERE m.entity_id = ? ORDER BY a.published, a.seq",
            (entity_id,)).fetchall()
        organisations: dict[str, list[str]] = {}
        for _, _, org, date, _ in mentions:
            if org is not None:
                organisations.setdefault(org, []).extend([date] if date else [])
        merges: dict[str, int] = {}
        for *_, rule in mentions:
            merges[rule] = merges.get(rule, 0) + 1
        n_statements, n_claims = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT s.claim_id) FROM statements s JOIN mentions m ON m.article_id = "
            "s.article_id AND m.name = s.speaker WHERE m.entity_id = ?", (entity_id,)).fetchone()
        rows.append({
            "id": entity_id, "name": name, "kind": kind,
            "forms": sorted({m[0] for m in mentions}), "titles": sorted({m[1] for m in mentions if m[1]}),
            "organisations": [{"name": org, "first": min(dates, default=None), "last": max(dates, default=None)}
                              for org, dates in organisations.items()],
            "n_articles": len({m[0] for m in db.execute("SELECT article_id FROM mentions WHERE entity_id = ?",
                                                         (entity_id,))}),
            "n_statements": n_statements, "n_claims": n_claims, "merges": merges,
        })
    rows.sort(key=lambda row: (-row["n_claims"], row["id"]))
    return rows


def most_reported(db: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """The claims reported by the most outlets, then articles, then the earliest first."""
    rows = claim_rows(db)
    rows.sort(key=lambda row: (-row["n_outlets"], -row["n_articles"], row["first_reported"] or "~", row["id"]))
    return rows[:limit]


def timeline_rows(db: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """The reports of a claim in date order (undated last, then in ingestion order)."""
    return _rows(db, REPORT_COLUMNS,
                 "SELECT s.article_id, a.outlet, a.published, s.idx, s.start, s.\"end\", s.kind, s.text, a.title, "
                 "a.url, m.entity_id, s.speaker FROM statements s JOIN articles a ON a.id = s.article_id "
                 "LEFT JOIN mentions m ON m.article_id = s.article_id AND m.name = s.speaker WHERE s.claim_id = ? "
                 "ORDER BY a.published IS NULL, a.published, a.seq, s.idx", (int(claim_id),))


def response_rows(db: sqlite3.Connection, claim_id: int) -> list[dict[str, Any]]:
    """The responses, in any article, to the reports of a claim, in date order."""
    return _rows(db, RESPONSE_COLUMNS,
                 "SELECT r.article_id, a.outlet, a.published, r.source, r.target, r.statement, r.target_statement, "
                 "r.cue, r.evidence, r.stance, s.text, t.text, ms.entity_id, mt.entity_id "
                 "FROM statements t JOIN responses r ON r.article_id = t.article_id AND r.target_statement = t.idx "
                 "LEFT JOIN mentions ms ON ms.article_id = r.article_id AND ms.name = r.source "
                 "LEFT JOIN mentions mt ON mt.article_id = r.article_id AND mt.name = r.target "
                 "JOIN statements s ON s.article_id = r.article_id AND s.idx = r.statement "
                 "JOIN articles a ON a.id = r.article_id WHERE t.claim_id = ? "
                 "ORDER BY a.published IS NULL, a.published, a.seq, r.idx", (int(claim_id),))


def statement_claims(db: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """The claim of each statement filed under one: ``(article id, statement index) -> claim id``."""
    return {(article_id, index): claim_id for article_id, index, claim_id in db.execute(
        "SELECT article_id, idx, claim_id FROM statements WHERE claim_id IS NOT NULL ORDER BY article_id, idx")}
