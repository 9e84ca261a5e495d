"""The corpus file's schema, version by version: a new file and an old one reach the same tables the same way.

A file is created with :data:`STEPS` ``[0]`` (the tables of version 1) and then
upgraded step by step, so that a file written by an older quotetrack and a new
one end with the same tables. :func:`upgrade` runs the SQL of the steps a file
lacks; :class:`quotetrack.Corpus` runs it, with what the new tables need filled
in from the old rows, in one transaction.
"""

from __future__ import annotations

import sqlite3

__all__ = ["SCHEMA_VERSION", "STEPS", "file_version", "upgrade"]

# Version 1: articles, speakers by name, statements, claims by speaker name, responses.
_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, outlet TEXT, url TEXT, title TEXT, published TEXT,
    text_hash TEXT NOT NULL, n_statements INTEGER NOT NULL, n_responses INTEGER NOT NULL, read_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS organisations (name TEXT PRIMARY KEY, country TEXT);
CREATE TABLE IF NOT EXISTS speakers (
    name TEXT PRIMARY KEY, kind TEXT, title TEXT, organisation TEXT REFERENCES organisations (name), country TEXT);
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker TEXT NOT NULL REFERENCES speakers (name), alias TEXT NOT NULL, PRIMARY KEY (speaker, alias));
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY, speaker TEXT NOT NULL, text TEXT NOT NULL, text_kind TEXT NOT NULL,
    first_article TEXT NOT NULL, first_date TEXT);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (speaker);
CREATE TABLE IF NOT EXISTS statements (
    article_id TEXT NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, cue TEXT, cue_start INTEGER, cue_end INTEGER,
    cue_lemma TEXT, speaker TEXT, mention_start INTEGER, mention_end INTEGER, mention_text TEXT,
    quoted TEXT NOT NULL, claim_id INTEGER REFERENCES claims (id), PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS statements_claim ON statements (claim_id);
CREATE TABLE IF NOT EXISTS claim_bands (
    band INTEGER NOT NULL, hash INTEGER NOT NULL, claim_id INTEGER NOT NULL REFERENCES claims (id),
    PRIMARY KEY (band, hash, claim_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_bands_claim ON claim_bands (claim_id);
CREATE TABLE IF NOT EXISTS responses (
    article_id TEXT NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, source TEXT NOT NULL,
    target TEXT NOT NULL, statement INTEGER NOT NULL, target_statement INTEGER, cue TEXT, evidence TEXT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT, stance TEXT, PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS responses_target ON responses (article_id, target_statement);
"""

# Version 2: speakers and organisations as entities across articles. A mention is a speaker's name in one article
# and the entity it was found to be, with the rule and the evidence that decided it; statement_bands find the
# articles that report the same words (a story thread); terms and the responses' confidence are kept too.
_V2 = """
CREATE TABLE org_entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, key TEXT NOT NULL UNIQUE);
CREATE TABLE org_names (
    org_id INTEGER NOT NULL REFERENCES org_entities (id), name TEXT NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (org_id, name));
CREATE INDEX org_names_key ON org_names (key);
CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id), name TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id), kind TEXT NOT NULL, key TEXT NOT NULL, surname TEXT,
    short INTEGER NOT NULL, org_id INTEGER REFERENCES org_entities (id), title TEXT, rule TEXT NOT NULL,
    evidence TEXT, PRIMARY KEY (article_id, name));
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_key ON mentions (key);
CREATE INDEX mentions_surname ON mentions (surname);
CREATE TABLE statement_bands (
    band INTEGER NOT NULL, hash INTEGER NOT NULL, article_id TEXT NOT NULL REFERENCES articles (id),
    idx INTEGER NOT NULL, PRIMARY KEY (band, hash, article_id, idx)) WITHOUT ROWID;
CREATE INDEX statement_bands_article ON statement_bands (article_id);
CREATE TABLE terms (
    article_id TEXT NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_id, idx));
ALTER TABLE claims ADD COLUMN speaker_id INTEGER REFERENCES entities (id);
CREATE INDEX claims_speaker_id ON claims (speaker_id);
ALTER TABLE responses ADD COLUMN confidence REAL;
"""

# Version 3: each statement's other speakers (a JSON list of names, the speaker first), medium and addressee.
_V3 = """
ALTER TABLE statements ADD COLUMN speakers TEXT;
ALTER TABLE statements ADD COLUMN medium TEXT;
ALTER TABLE statements ADD COLUMN addressee TEXT;
ALTER TABLE statements ADD COLUMN addressee_start INTEGER;
ALTER TABLE statements ADD COLUMN addressee_end INTEGER;
"""

STEPS = (_V1, _V2, _V3)
"""The SQL of each version, in order: version ``n`` is reached by running ``STEPS[:n]``."""

SCHEMA_VERSION = len(STEPS)


def file_version(db: sqlite3.Connection) -> int | None:
    """The schema version a corpus file says it has (None for an empty file).

    Examples
    --------
    >>> file_version(sqlite3.connect(":memory:")) is None
    True
    """
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else int(row[0])


def upgrade(db: sqlite3.Connection, version: int | None) -> None:
    """Run the SQL that takes a file from ``version`` (None: empty) to :data:`SCHEMA_VERSION`, and record it.

    Runs inside the caller's transaction (no commit here).

    Examples
    --------
    >>> db = sqlite3.connect(":memory:")
    >>> upgrade(db, None)
    >>> file_version(db) == SCHEMA_VERSION
    True
    """
    for step in STEPS[version or 0:]:
        for statement in step.split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               (str(SCHEMA_VERSION),))
