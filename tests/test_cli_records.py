"""The records `extract --format jsonl` writes, read back: by quotetrack.load, by the graph and ingest commands."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

import quotetrack
from quotetrack.cli import main

OTHER = {"id": "other", "outlet": "AP", "date": "2024-05-01",
         "text": '"We will never accept a budget that cuts funding for rural hospitals," Senator Jane Smith said.'}


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture()
def inputs(tmp_path, seed_path):
    """The seed and a JSONL document with metadata, as texts."""
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(OTHER) + "\n", encoding="utf-8")
    return [str(seed_path), str(other)]


def extract(inputs, target, *options):
    status, _, err = run(["extract", *inputs, "--format", "jsonl", "--backend", "embedded", "-o", str(target),
                          *options])
    assert status == 0, err
    return target


def test_load_gives_back_what_read_returned(inputs, tmp_path, seed_article):
    path = extract(inputs, tmp_path / "readings.jsonl", "--with-text")
    loaded = list(quotetrack.load(path))
    assert loaded == list(quotetrack.read_many([{"id": seed_article.id, "text": seed_article.text}, OTHER],
                                                backend="embedded"))
    assert loaded[0] == seed_article
    assert loaded[1].metadata == {"outlet": "AP", "date": "2024-05-01"}


@pytest.mark.parametrize("level", ["statement", "speaker", "country"])
def test_graph_of_records_is_the_graph_of_the_texts(inputs, tmp_path, level):
    """With or without their text, records give the very graph file the texts give."""
    with_text = extract(inputs, tmp_path / "with.jsonl", "--with-text")
    without = extract(inputs, tmp_path / "without.jsonl")
    files = []
    for name, source in (("texts", inputs), ("with", [str(with_text)]), ("without", [str(without)])):
        target = tmp_path / f"{name}.json"
        status, out, err = run(["graph", *source, "--level", level, "-o", str(target), "--backend", "embedded"])
        assert status == 0 and err == "", err
        files.append(target.read_text(encoding="utf-8"))
    assert files[0] == files[1] == files[2]


def dump(db):
    connection = sqlite3.connect(db)
    rows = [line for line in connection.iterdump() if "INSERT INTO \"articles\"" not in line]
    rows += [str(row) for row in connection.execute("SELECT id, seq, outlet, url, title, published, text_hash, "
                                                    "n_statements, n_responses FROM articles ORDER BY seq")]
    connection.close()
    return rows


def test_ingest_of_records_is_the_ingest_of_the_texts(inputs, tmp_path):
    records = extract(inputs, tmp_path / "with.jsonl", "--with-text")
    for name, source in (("texts", inputs), ("records", [str(records)])):
        status, _, err = run(["ingest", *source, "--db", str(tmp_path / f"{name}.db"), "--backend", "embedded"])
        assert status == 0 and "2 added" in err, err
    assert dump(tmp_path / "texts.db") == dump(tmp_path / "records.db")
    # the texts, once stored, leave the records unchanged, and the other way round
    status, _, err = run(["ingest", str(records), "--db", str(tmp_path / "texts.db")])
    assert status == 0 and "0 added, 2 unchanged" in err, err


def test_ingest_mixes_records_and_texts_in_order_with_jobs(inputs, tmp_path, seed_path):
    """A file of records and a text, read with worker processes: each stored once, in input order."""
    records = extract([inputs[1]], tmp_path / "with.jsonl", "--with-text")
    db = tmp_path / "mixed.db"
    status, _, err = run(["ingest", str(records), str(seed_path), "--db", str(db), "--jobs", "2",
                          "--backend", "embedded"])
    assert status == 0 and "2 added" in err, err
    with quotetrack.Corpus(db) as corpus:
        assert [a.id for a in corpus.articles()] == ["other", seed_path.stem]


def test_ingest_refuses_a_record_without_its_text(inputs, tmp_path):
    without = extract(inputs, tmp_path / "without.jsonl")
    status, _, err = run(["ingest", str(without), "--db", str(tmp_path / "c.db")])
    assert status == 2
    assert "a reading record without its text" in err and "--with-text" in err
    status, _, err = run(["ingest", str(without), "--db", str(tmp_path / "c.db"), "--skip-errors"])
    assert status == 0 and err.count("warning: skipped") == 2 and "0 articles" in err, err


def test_with_text_is_for_records_only(inputs, tmp_path):
    status, _, err = run(["extract", inputs[0], "--format", "csv", "--with-text"])
    assert status == 2 and "--with-text: only with --format json or jsonl" in err


def test_extract_reads_records_again_without_reading_the_text(inputs, tmp_path):
    """extract takes records too: the same records come out, the article text untouched."""
    first = extract(inputs, tmp_path / "first.jsonl", "--with-text")
    again = extract([str(first)], tmp_path / "again.jsonl", "--with-text")
    assert first.read_text(encoding="utf-8") == again.read_text(encoding="utf-8")


def test_records_with_unicode_line_separators_load_again(tmp_path):
    """A text holding U+2028, U+2029 or NEL, which the records carry raw, is read back whole."""
    texts = [{"id": f"t{i}", "text": f'"We will win,{mark}" Senator Jane Smith said.{mark}"Never," she added.'}
             for i, mark in enumerate(["\u2028", "\u2029", "\x85", "\x1e"])]
    source = tmp_path / "texts.jsonl"
    source.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    path = extract([str(source)], tmp_path / "readings.jsonl", "--with-text")
    assert list(quotetrack.load(path)) == list(quotetrack.read_many(texts, backend="embedded"))
