"""Tests of the corpus store and claim tracking (quotetrack.corpus.store) and the ingest / claims commands."""

from __future__ import annotations

import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import networkx as nx
import pytest

import quotetrack
from quotetrack.cli import main
from quotetrack.corpus.store import SCHEMA_VERSION, Corpus, IngestCounts
from quotetrack.errors import InputError, QuotetrackError
from corpus_docs import DOCS, FULL, read_docs
from strategies import gibberish


def smith_claims(corpus):
    frame = corpus.claims(speaker="Jane Smith")
    return frame


def dump(corpus):
    return [line for line in corpus._db.iterdump() if "read_at" not in line and "INSERT INTO \"articles\"" not in line]


def test_near_duplicates_are_one_claim_with_reports_in_date_order():
    with Corpus(":memory:") as corpus:
        counts = corpus.add(read_docs(DOCS))
        assert counts == IngestCounts(added=5, unchanged=0, replaced=0)
        frame = smith_claims(corpus)
        assert len(frame) == 1, frame
        claim = frame.iloc[0]
        assert claim["first_reported"] == "2024-05-01" and claim["first_article"] == "ap-1"
        assert claim["n_reports"] == 4 and claim["n_outlets"] == 4
        assert claim["text"].startswith("We will never accept a budget -- that cuts")  # the longest report
        timeline = corpus.timeline(int(claim["id"]))
        assert timeline["outlet"].tolist() == ["AP", "CNN", "BBC", "NPR"]
        assert timeline["date"].tolist() == sorted(timeline["date"])
        assert timeline["kind"].tolist() == ["direct", "mixed", "direct", "direct"]


def test_different_speakers_never_merge():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(DOCS))
        frame = corpus.claims()
        assert sorted(frame["speaker"]) == ["Jane Smith", "Tom Brown"]
        brown = corpus.claims(speaker="Tom Brown")
        assert brown["n_reports"].tolist() == [1]
        assert corpus.timeline(int(brown["id"].iloc[0]))["outlet"].tolist() == ["Fox"]


def test_unknown_speakers_make_no_claim():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs([{"id": "x", "text": f'"{FULL}."'}, {"id": "y", "text": f'"{FULL}."'}]))
        assert corpus.stats()["claims"] == 0


def test_ingesting_twice_changes_nothing(tmp_path):
    path = tmp_path / "c.sqlite"
    articles = read_docs(DOCS)
    with Corpus(path) as corpus:
        corpus.add(articles)
        before, stats = dump(corpus), corpus.stats()
    with Corpus(path) as corpus:
        assert corpus.add(articles) == IngestCounts(added=0, unchanged=5, replaced=0)
        assert corpus.add(reversed(articles)).unchanged == 5
        assert dump(corpus) == before and corpus.stats() == stats


def test_changed_text_replaces_the_article():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(DOCS))
        stats = corpus.stats()
        changed = {"id": "ap-1", "meta": {"publisher": "AP", "publication_date": "2024-05-01"},
                   "text": '"Taxes will not rise this year," Senator Jane Smith told reporters.'}
        assert corpus.add(read_docs([changed])) == IngestCounts(added=0, unchanged=0, replaced=1)
        assert len(corpus) == 5
        rows = corpus._db.execute("SELECT text FROM statements WHERE article_id = 'ap-1'").fetchall()
        assert rows == [("Taxes will not rise this year,",)]
        frame = corpus.claims(speaker="Jane Smith").sort_values("id")
        assert len(frame) == 2
        budget = frame[frame["text"].str.contains("budget")].iloc[0]
        assert budget["n_reports"] == 3 and budget["first_reported"] == "2024-05-02"  # the AP report is gone
        assert corpus.stats()["statements"] == stats["statements"]
        # and back again: the original text files its statement under the old claim
        assert corpus.add(read_docs(DOCS[1:2])).replaced == 1
        frame = corpus.claims(speaker="Jane Smith")
        assert sorted(frame["n_reports"]) == [4] and frame["first_reported"].tolist() == ["2024-05-01"]


def test_schema_version_is_checked(tmp_path):
    path = tmp_path / "c.sqlite"
    with Corpus(path) as corpus:
        assert corpus.schema_version == SCHEMA_VERSION == 3
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(QuotetrackError, match="schema version 99"):
        Corpus(path)
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(QuotetrackError, match="not a quotetrack corpus"):
        Corpus(tmp_path / "junk.sqlite")


def test_graph_over_the_corpus_matches_response_graph(seed_article):
    with Corpus(":memory:") as corpus:
        corpus.add([seed_article])
        stored = corpus.graph()
        direct = quotetrack.response_graph([seed_article])
        assert set(stored.edges(keys=True)) == set(direct.edges(keys=True))
        assert set(corpus.graph("speaker").edges) == set(quotetrack.project(direct, "speaker").edges)
        claims = [d.get("claim") for _, d in stored.nodes(data=True) if d["kind"] == "statement"]
        assert any(c is not None for c in claims)
        assert isinstance(corpus.graph("country"), nx.DiGraph)


def test_importing_quotetrack_does_not_import_pandas():
    code = "import sys, quotetrack; quotetrack.Corpus(':memory:').claim_rows(); print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# -- the command line ----------------------------------------------------------------------------------------


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture()
def docs_jsonl(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return path


def test_cli_ingest_and_claims_jsonl(docs_jsonl, tmp_path):
    db = tmp_path / "c.sqlite"
    status, out, err = run(["ingest", str(docs_jsonl), "--db", str(db), "--backend", "embedded"])
    assert status == 0, err
    assert out == "" and err == f"5 articles: 5 added, 0 unchanged, 0 replaced; 2 claims in {db}\n"
    status, _, err = run(["ingest", str(docs_jsonl), "--db", str(db)])
    assert err.startswith("5 articles: 0 added, 5 unchanged, 0 replaced")
    status, out, err = run(["claims", "--db", str(db), "--format", "jsonl"])
    assert status == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    fields = ["first_reported", "id", "reports", "responses", "speaker", "speaker_id", "text"]
    assert [sorted(r) for r in records] == [fields] * 2
    smith = next(r for r in records if r["speaker"] == "Jane Smith")
    assert smith["first_reported"] == "2024-05-01"
    assert [sorted(r) for r in smith["reports"]] == [["article", "date", "end", "mention", "outlet", "speaker_id",
                                                     "start"]] * 4
    assert [r["outlet"] for r in smith["reports"]] == ["AP", "CNN", "BBC", "NPR"]
    assert smith["responses"] == []
    status, out, _ = run(["claims", "--db", str(db), "--speaker", "Tom Brown", "--format", "csv"])
    assert out.splitlines()[0] == "id,speaker,first_reported,n_reports,n_articles,n_outlets,text,speaker_id"
    assert len(out.splitlines()) == 2
    status, out, _ = run(["claims", "--db", str(db)])
    assert status == 0 and "Jane Smith" in out and "Tom Brown" in out


def test_cli_field_mapping(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "source": {"name": "Reuters"}, "text": DOCS[0]["text"]}) + "\n",
                    encoding="utf-8")
    db = tmp_path / "c.sqlite"
    status, _, err = run(["ingest", str(path), "--db", str(db), "--field", "outlet=source.name"])
    assert status == 0, err
    with Corpus(db) as corpus:
        assert corpus.timeline(1)["outlet"].tolist() == ["Reuters"]
    status, _, err = run(["ingest", str(path), "--db", str(db), "--field", "colour=x"])
    assert status == 2 and "the fields are outlet, date, title, url" in err
    status, _, err = run(["claims", "--db", str(tmp_path / "missing.sqlite")])
    assert status == 2 and "no such corpus file" in err


def _article_text(i: int, rng: random.Random) -> str:
    paragraphs = []
    for j in range(40):
        paragraphs.append(f'"{gibberish(rng, 10)} number {i} part {j}," Senator Jane Smith said on Monday.')
        paragraphs.append(f"The committee met in room {j} of the building for the {i}th time.")
    return "\n\n".join(paragraphs)


def test_killed_ingest_leaves_committed_articles_whole(tmp_path):
    """SIGKILL an ingest mid-way: every committed article has all its statements; a re-run adds the rest."""
    rng = random.Random(11)
    n = 200
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for i in range(n):
            file.write(json.dumps({"id": f"a{i}", "outlet": f"outlet{i % 3}", "date": f"2024-01-{1 + i % 28:02}",
                                   "text": _article_text(i, rng)}) + "\n")
    db = tmp_path / "c.sqlite"
    command = [sys.executable, "-m", "quotetrack.cli", "ingest", str(path), "--db", str(db), "--backend", "embedded"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        committed = 0
        while time.monotonic() < deadline and process.poll() is None:
            if db.exists():
                try:
                    probe = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    committed = probe.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                    probe.close()
                except sqlite3.OperationalError:
                    committed = 0
                if committed >= 3:
                    break
            time.sleep(0.01)
        assert process.poll() is None, "the ingest finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    with Corpus(db) as corpus:
        stored = corpus._db.execute("SELECT id, n_statements FROM articles").fetchall()
        assert 3 <= len(stored) < n
        for article_id, n_statements in stored:
            count = corpus._db.execute("SELECT COUNT(*) FROM statements WHERE article_id = ?",
                                       (article_id,)).fetchone()[0]
            assert count == n_statements == 40, article_id
        orphans = corpus._db.execute("SELECT COUNT(*) FROM statements WHERE article_id NOT IN "
                                     "(SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
    done = len(stored)
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"{n} articles: {n - done} added, {done} unchanged, 0 replaced")
    with Corpus(db) as corpus:
        assert len(corpus) == n
        assert corpus.stats()["statements"] == 40 * n
        duplicates = corpus._db.execute(
            "SELECT COUNT(*) FROM (SELECT article_id, idx FROM statements GROUP BY article_id, idx "
            "HAVING COUNT(*) > 1)").fetchone()[0]
        assert duplicates == 0
        assert corpus.stats()["claims"] == 40 * n  # gibberish: no two statements the same claim


def test_cli_ingest_with_jobs(docs_jsonl, tmp_path):
    """With --jobs the inputs are read in a pool thread: the stored-article check must work there too."""
    db = tmp_path / "c.sqlite"
    for expected in ("5 added, 0 unchanged", "0 added, 5 unchanged"):
        status, _, err = run(["ingest", str(docs_jsonl), "--db", str(db), "--jobs", "2", "--backend", "embedded"])
        assert status == 0 and expected in err, err


def test_a_corpus_written_before_the_redesign_opens_and_grows(tmp_path):
    """tests/fixtures/corpus-v1.sql is the dump of a corpus written by quotetrack before records.py: the schema
    is upgraded to the current version, its articles come back, and a new report joins its claim."""
    path = tmp_path / "old.sqlite"
    fixture = os.path.join(os.path.dirname(__file__), os.pardir, "fixtures", "corpus-v1.sql")
    with open(fixture, encoding="utf-8") as file:
        old = sqlite3.connect(path)
        old.executescript(file.read())
        old.close()
    with Corpus(path) as corpus:
        assert corpus.schema_version == SCHEMA_VERSION  # upgraded in place
        assert corpus.stats() == {"articles": 2, "statements": 4, "claims": 3, "speakers": 3, "responses": 1}
        ap, bbc = corpus.articles()
        assert ap.metadata == {"outlet": "AP", "date": "2024-05-01", "title": "Budget", "url": None}
        assert [s.speaker.name for s in ap.statements] == ["Jane Smith", "Mike Pompeo", "Wang Yi"]
        assert ap.statements[0].cue.lemma == "tell" and ap.responses[0].evidence_span is not None
        assert bbc.metadata["outlet"] == "BBC"
        assert set(corpus.graph("speaker").edges) == {("Wang Yi", "Mike Pompeo")}
        budget = int(corpus.claims(speaker="Jane Smith")["id"].iloc[0])
        corpus.add(read_docs([{"id": "npr-1", "outlet": "NPR", "date": "2024-05-04",
                               "text": f'"{FULL}!" Senator Jane Smith said.'}]))
        assert corpus.claims(speaker="Jane Smith")["n_reports"].tolist() == [3]
        assert corpus.statement_claims()[("npr-1", 0)] == budget


def test_several_speakers_medium_and_addressee_are_stored(tmp_path):
    """What record version 3 added comes back from the corpus as it was read."""
    text = '"We disagree," said Tom Reid and Mary Jones in a letter to the board.'
    with Corpus(tmp_path / "c.sqlite") as corpus:
        corpus.add(read_docs([{"id": "a", "text": text}]))
        stored, = corpus.articles()
    statement, = stored.statements
    assert [s.name for s in statement.speakers] == ["Tom Reid", "Mary Jones"]
    assert statement.medium == "letter" and statement.addressee is not None and statement.addressee.text == "the board"


@pytest.mark.parametrize("where, message", [
    ("", "it is a folder"),
    ("no/such/folder/c.sqlite", "folder .*folder does not exist"),
])
def test_a_corpus_path_that_cannot_be_opened_is_an_input_error(tmp_path, where, message):
    """A folder, or a file in a folder that is not there, is a one-line InputError, not sqlite's own error."""
    with pytest.raises(InputError, match=f"cannot open a corpus file there: {message}"):
        Corpus(tmp_path / where)


@pytest.mark.parametrize("where", ["", "no/such/folder/c.sqlite"])
def test_ingest_into_a_path_that_cannot_be_opened_is_a_one_line_error(tmp_path, where):
    text = tmp_path / "a.txt"
    text.write_text('"We will appeal," said lawyer Anna Berg.', encoding="utf-8")
    err = io.StringIO()
    assert main(["ingest", str(text), "--db", str(tmp_path / where), "--quiet"], out=io.StringIO(), err=err) == 2
    assert err.getvalue().startswith("quotetrack: error: ") and err.getvalue().count("\n") == 1


@pytest.mark.parametrize("given, says", [
    ("article", r"takes an iterable of articles; for one: corpus.add\(\[article\]\)"),
    ("docs", r"takes Article values, got dict \(texts are read first: corpus.add\(quotetrack.read_many\(docs\)\)\)"),
    ("texts", r"takes Article values, got str \(texts are read first"),
])
def test_add_says_what_it_takes(given, says):
    """One article, or documents not yet read, are an InputError saying what to pass (one article was a TypeError)."""
    text = '"We will appeal," said lawyer Anna Berg.'
    value = {"article": quotetrack.read(text, id="a"), "docs": [{"id": "a", "text": text}], "texts": [text]}[given]
    with Corpus(":memory:") as corpus:
        with pytest.raises(InputError, match=says):
            corpus.add(value)


def test_close_from_another_thread_is_quiet(tmp_path):
    """A corpus opened in one thread and closed in another (ingest --jobs's stored-article check, finalised after
    Ctrl-C) closes without an error; what was committed stays."""
    import threading

    path = tmp_path / "corpus.sqlite"
    opened: list[Corpus] = []
    with Corpus(path) as corpus:
        corpus.add([quotetrack.read('"We will appeal," said club chairman Tom Reid.', id="a")])
    thread = threading.Thread(target=lambda: opened.append(Corpus(path)))
    thread.start()
    thread.join()
    opened[0].close()
    with Corpus(path) as corpus:
        assert corpus.is_stored("a", '"We will appeal," said club chairman Tom Reid.')
