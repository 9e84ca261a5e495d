"""The corpus file's schema (quotetrack.corpus.schema): a version-1 file is upgraded in place, in one transaction,
with nothing lost."""

from __future__ import annotations

import os
import sqlite3

import pytest

from quotetrack.corpus.schema import SCHEMA_VERSION, STEPS, file_version, upgrade
from quotetrack.corpus.store import Corpus


def test_a_new_file_and_an_upgraded_one_have_the_same_tables():
    new, old = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    upgrade(new, None)
    old.executescript(STEPS[0])
    old.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    upgrade(old, file_version(old))
    shape = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    assert new.execute(shape).fetchall() == old.execute(shape).fetchall()
    assert file_version(old) == SCHEMA_VERSION == 3


def test_a_version_1_file_is_upgraded_in_place_with_nothing_lost(tmp_path):
    """tests/fixtures/corpus-v1-entities.sql: these articles stored by the code before entities (schema 1)."""
    path = tmp_path / "v1.sqlite"
    fixture = os.path.join(os.path.dirname(__file__), os.pardir, "fixtures", "corpus-v1-entities.sql")
    old = sqlite3.connect(path)
    with open(fixture, encoding="utf-8") as file:
        old.executescript(file.read())
    tables = ("articles", "statements", "responses", "speakers", "speaker_aliases", "organisations")
    before = {t: sorted(old.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    claims_before = dict(old.execute("SELECT id, speaker FROM claims"))
    old.close()
    with Corpus(path) as corpus:
        assert corpus.schema_version == 3
        after = {t: sorted(tuple(r[:16]) if t == "statements" else tuple(r[:12]) if t == "responses" else r
                           for r in corpus._db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        stored = {t: [r[:15] if t == "statements" else r for r in rows] for t, rows in after.items()}
        assert stored == {t: [r[:15] if t == "statements" else r for r in rows] for t, rows in before.items()}
        assert corpus._db.execute("SELECT COUNT(*) FROM statements WHERE speaker IS NOT NULL AND claim_id IS NULL"
                                  ).fetchone()[0] == 0
        claims = corpus.claim_rows()
        assert {row["id"] for row in claims} <= set(claims_before)  # claims keep their ids, some joined others
        assert len(claims) == len(claims_before) - 4  # Lopez, Olsen, Orban, Pence joined the claim of the full name
        assert corpus.claims(speaker="Lopez")["n_outlets"].tolist() == [2]
    with Corpus(path) as corpus:  # opened again: nothing more to do
        assert corpus.schema_version == 3 and len(corpus.claim_rows()) == len(claims)


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite"
    fixture = os.path.join(os.path.dirname(__file__), os.pardir, "fixtures", "corpus-v1-entities.sql")
    old = sqlite3.connect(path)
    with open(fixture, encoding="utf-8") as file:
        old.executescript(file.read())
    old.close()
    from quotetrack.corpus import entities

    def broken(db, lexicon=None):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(entities, "rebuild_mentions", broken)
    with pytest.raises(Exception):
        Corpus(path)
    check = sqlite3.connect(path)
    assert check.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
    assert not check.execute("SELECT 1 FROM sqlite_master WHERE name = 'mentions'").fetchone()
