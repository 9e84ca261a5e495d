"""Speakers as entities across articles (quotetrack.corpus.entities): merges that must happen, ones that must not,
the evidence each keeps, the claims tool that finds them, and the upgrade of a version-1 file."""

from __future__ import annotations

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
        {"name": "Hungarian government", "first": "2024-03-03", "last": "2024-03-04"}]


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


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    import json

    from quotetrack.cli import main

    folder = tmp_path_factory.mktemp("entities")
    docs = folder / "docs.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    db = folder / "c.sqlite"
    for _ in range(2):  # the second ingest adds nothing
        assert main(["ingest", str(docs), "--db", str(db), "--backend", "embedded", "--quiet"]) == 0
    return db


def cli(*argv):
    import io

    from quotetrack.cli import main

    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("argv", "expected"), [
    (["--speaker", "Olsen"], ["Karen Olsen"] * 4),
    (["--speaker", "karen olsen", "--since", "2024-03-06"], ["Karen Olsen"] * 2),
    (["--speaker", "ORBAN"], ["Viktor Orbán"]),
    (["--text", "strike", "--outlet", "Herald"], ["Maria Lopez"]),
    (["--limit", "1"], ["Maria Lopez"]),
    (["--until", "2024-03-01", "--speaker", "Lopez"], ["Maria Lopez"]),
])
def test_cli_claims(corpus_file, argv, expected):
    status, out, err = cli("claims", "--db", str(corpus_file), "--format", "csv", *argv)
    assert status == 0, err
    assert [line.split(",")[1] for line in out.splitlines()[1:]] == expected


def test_cli_claims_lists_the_candidates_of_an_ambiguous_name(corpus_file):
    status, _, err = cli("claims", "--db", str(corpus_file), "--speaker", "wang")
    assert status == 2 and "Wang Li (#" in err and "Ministry of Finance" in err


def test_cli_claims_says_when_no_one_has_the_name(corpus_file):
    status, out, err = cli("claims", "--db", str(corpus_file), "--speaker", "Nobody")
    assert status == 0 and len(out.splitlines()) == 1 and "quotetrack speakers" in err


@pytest.mark.parametrize("table", ["statements", "responses", "terms"])
def test_cli_claims_csv_tables(corpus_file, table):
    status, out, _ = cli("claims", "--db", str(corpus_file), "--format", "csv", "--table", table)
    assert status == 0 and out.splitlines()[0].split(",")[0] in ("claim", "article")


def test_cli_speakers(corpus_file):
    status, out, _ = cli("speakers", "--db", str(corpus_file), "--format", "jsonl")
    rows = {r["name"]: r for r in map(__import__("json").loads, out.splitlines())}
    assert status == 0 and rows["Maria Lopez"]["forms"] == ["Lopez", "Maria Lopez"]
    assert rows["Maria Lopez"]["merges"]["surname + story"] == 1
    status, out, _ = cli("speakers", "--db", str(corpus_file), "--name", "wang")
    assert status == 0 and len(out.splitlines()) == 4


@pytest.mark.parametrize(("level", "suffix"), [("statement", "graphml"), ("speaker", "gexf"),
                                               ("organisation", "json"), ("country", "html")])
def test_cli_graph_from_a_corpus(corpus_file, tmp_path, level, suffix):
    target = tmp_path / f"g.{suffix}"
    status, out, err = cli("graph", "--db", str(corpus_file), "--level", level, "-o", str(target))
    assert status == 0, err
    assert target.exists() and f"({level} level)" in out
