"""Speakers as entities across articles (quotetrack.corpus.entities): merges that must happen, ones that must not,
the evidence each keeps, the claims tool that finds them, and the upgrade of a version-1 file."""

from __future__ import annotations

import os
import sqlite3

import pytest

from quotetrack.corpus.entities import fold, name_parts, org_key
from quotetrack.corpus.store import Corpus
from quotetrack.errors import AmbiguousSpeaker
from entity_docs import DOCS, STRIKE, read_docs


@pytest.fixture(scope="module")
def corpus():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs())
        yield corpus


def mention(corpus, article, name):
    return corpus._db.execute("SELECT entity_id, rule, evidence FROM mentions WHERE article_id = ? AND name = ?",
                              (article, name)).fetchone()


@pytest.mark.parametrize(("first", "second", "rule"), [
    (("herald-1", "Maria Lopez"), ("gazette-1", "Lopez"), "surname + story"),
    (("herald-1", "Karen Olsen"), ("gazette-1", "Olsen"), "surname + story"),
    (("tribune-1", "Viktor Orbán"), ("herald-2", "Viktor Orban"), "same name"),
    (("tribune-1", "Mike Pence"), ("herald-2", "Michael Pence"), "nickname"),
    (("herald-1", "Karen Olsen"), ("wire-1", "Karen Olsen"), "same name"),
])
def test_mentions_that_must_join(corpus, first, second, rule):
    one, two = mention(corpus, *first), mention(corpus, *second)
    assert one[0] == two[0]
    assert two[1] == rule and two[2]  # the evidence is kept


@pytest.mark.parametrize(("first", "second"), [
    (("wire-1", "Wang Li"), ("wire-2", "Wang Tao")),  # same surname, two ministries
    (("wire-1", "Wang Li"), ("post-1", "Wang")),  # a surname alone, with two Wangs in the story
    (("wire-2", "Wang Tao"), ("post-1", "Wang")),
    (("herald-1", "Maria Lopez"), ("herald-1", "Karen Olsen")),
])
def test_mentions_that_must_stay_apart(corpus, first, second):
    assert mention(corpus, *first)[0] != mention(corpus, *second)[0]


def test_an_ambiguous_surname_keeps_its_candidates(corpus):
    _, rule, evidence = mention(corpus, "post-1", "Wang")
    assert rule == "short form" and "Wang Li" in evidence and "Wang Tao" in evidence


def test_one_claim_across_name_forms(corpus):
    frame = corpus.claims(speaker="Maria Lopez")
    assert frame["n_reports"].tolist() == [2] and frame["n_outlets"].tolist() == [2]
    assert frame["text"].tolist() == [STRIKE]  # without the quotation's trailing comma
    assert corpus.claims(speaker="orban")["n_reports"].tolist() == [2]
    assert corpus.claims(speaker="Pence")["n_reports"].tolist() == [2]  # the words, nearly; the name, by nickname


@pytest.mark.parametrize("name", ["Olsen", "karen olsen", "KAREN OLSEN", "Karen  Olsen"])
def test_any_name_form_finds_the_speaker(corpus, name):
    rows = corpus.claim_rows(speaker=name)
    assert {row["speaker"] for row in rows} == {"Karen Olsen"} and len(rows) >= 3


def test_an_ambiguous_name_lists_the_candidates(corpus):
    with pytest.raises(AmbiguousSpeaker) as error:
        corpus.claims(speaker="Wang")
    assert {c["name"] for c in error.value.candidates} >= {"Wang Li", "Wang Tao"}
    assert corpus.claims(speaker="Wang Li")["n_reports"].tolist() == [1]


def test_filters(corpus):
    assert corpus.claims(since="2024-03-06")["first_reported"].min() >= "2024-03-06"
    assert corpus.claims(until="2024-03-01")["first_reported"].tolist() == ["2024-03-01", "2024-03-01"]
    assert corpus.claims(text="quota")["speaker"].tolist() == ["Viktor Orbán"]
    assert set(corpus.claims(outlet="gazette")["speaker"]) == {"Maria Lopez", "Karen Olsen"}
    assert len(corpus.claims(limit=2)) == 2


def test_speakers_list_forms_organisations_and_merges(corpus):
    rows = {row["name"]: row for row in corpus.speaker_rows()}
    lopez = rows["Maria Lopez"]
    assert lopez["forms"] == ["Lopez", "Maria Lopez"]
    assert lopez["organisations"][0]["name"] == "Ministry of Labour" and lopez["n_claims"] == 1
    assert lopez["merges"] == {"new": 1, "surname + story": 1}
    assert rows["Viktor Orbán"]["organisations"] == [
        {"name": "Government of Hungary", "first": "2024-03-03", "last": "2024-03-04"}]


def test_a_later_full_name_resolves_an_earlier_surname():
    """The surname comes first; the article naming the person in full resolves it, and its claim joins."""
    docs = [DOCS[1], DOCS[0]]  # gazette-1 (Lopez) before herald-1 (Maria Lopez)
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(docs))
        assert mention(corpus, "gazette-1", "Lopez")[0] == mention(corpus, "herald-1", "Maria Lopez")[0]
        assert corpus.claims(speaker="Maria Lopez")["n_reports"].tolist() == [2]
        assert corpus.stats()["claims"] == 2


@pytest.mark.parametrize(("name", "key", "surname", "short"), [
    ("Viktor Orbán", "viktor orban", "orban", False),
    ("George J. Mitchell", "george mitchell", "mitchell", False),
    ("Mr. Lopez", "lopez", "lopez", True),
    ("Wang Li", "wang li", "wang", False),
    ("Martin Luther King Jr.", "martin luther king jr", "king", False),
])
def test_name_parts(name, key, surname, short):
    parts = name_parts(name)
    assert (parts.key, parts.surname, parts.short) == (key, surname, short)


def test_organisations_are_one_entity_whatever_they_were_called():
    assert org_key("The White House") == org_key("white house") and fold("Sinn Féin") == "sinn fein"
    with Corpus(":memory:") as corpus:
        from quotetrack.corpus.entities import resolve_organisation

        ids = {resolve_organisation(corpus._db, name) for name in ("State Department", "U.S. Department of State",
                                                                    "the State Department")}
        assert len(ids) == 1


def test_removing_an_article_forgets_its_mentions():
    docs = read_docs()
    with Corpus(":memory:") as corpus:
        corpus.add(docs)
        changed = read_docs([{**DOCS[3], "text": '"Nothing to add," Jane Doe said.'}])
        assert corpus.add(changed).replaced == 1
        assert "Viktor Orban" not in corpus.find_speakers("Viktor Orbán")[0]["forms"]
        assert corpus.find_speakers("Pence")[0]["forms"] == ["Mike Pence"]
        assert not corpus._db.execute("SELECT 1 FROM mentions WHERE article_id = 'herald-2' AND name LIKE '%Pence'"
                                      ).fetchone()


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
        assert corpus.schema_version == 2
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
        assert corpus.schema_version == 2 and len(corpus.claim_rows()) == len(claims)


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
