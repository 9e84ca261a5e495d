"""Tests of writing articles into a corpus (quotetrack.corpus.writes), prepared where they were read or not."""

from __future__ import annotations

import quotetrack
from quotetrack.corpus.claims import match_shingles, prepare, signature
from quotetrack.corpus.store import Corpus
from corpus_docs import DOCS


def dump(corpus):
    """The corpus's rows, but for the articles' (whose reading time is to the second)."""
    return [line for line in corpus._db.iterdump() if not line.startswith('INSERT INTO "articles"')]


def stored(items):
    with Corpus(":memory:") as corpus:
        corpus.add(items)
        return dump(corpus), corpus.candidate_comparisons


def test_prepared_articles_are_stored_as_the_articles_are():
    articles = list(quotetrack.read_many(DOCS, backend="embedded"))
    plain, plain_comparisons = stored(articles)
    prepared, prepared_comparisons = stored([prepare(a) for a in articles])
    assert prepared == plain
    assert prepared_comparisons == plain_comparisons > 0


def test_prepare_signs_each_statement_as_the_store_does():
    article = quotetrack.read(DOCS[1]["text"], backend="embedded")
    prepared = prepare(article)
    assert len(prepared.signatures) == len(article.statements) > 0
    for st, sig, bands in zip(article.statements, prepared.signatures, prepared.bands):
        assert sig == signature(match_shingles(st.kind, st.text, st.start, st.quoted))
        assert len(bands) == 32


def test_read_in_two_workers_and_prepared_there_stores_the_same():
    plain, _ = stored(list(quotetrack.read_many(DOCS, backend="embedded")))
    parallel, _ = stored(quotetrack.read_many(DOCS, backend="embedded", jobs=2, then=prepare))
    assert parallel == plain


def test_a_replaced_article_leaves_no_rows_of_its_first_text():
    first = quotetrack.read(DOCS[0]["text"], id="a", backend="embedded")
    second = quotetrack.read("Nothing was said today.", id="a", backend="embedded")
    with Corpus(":memory:") as corpus:
        corpus.add([prepare(first)])
        corpus.add([second])
        assert corpus.stats()["statements"] == 0 and corpus.stats()["claims"] == 0
        assert len(corpus) == 1


def test_an_article_failing_midway_is_rolled_back_alone_and_the_batch_before_it_is_committed(tmp_path, monkeypatch):
    from quotetrack.corpus import writes

    articles = list(quotetrack.read_many(DOCS[:3], backend="embedded"))
    insert = writes.insert_article

    def failing(db, article, *args, **kwargs):
        comparisons = insert(db, article, *args, **kwargs)  # every row written, then a failure
        if article.id == articles[2].id:
            raise RuntimeError("disk full")
        return comparisons

    monkeypatch.setattr(writes, "insert_article", failing)
    path = tmp_path / "c.db"
    with Corpus(path) as corpus:
        try:
            corpus.add(articles)
        except RuntimeError:
            pass
        else:
            raise AssertionError("the failure was not raised")
    with Corpus(path) as corpus:  # what was committed, seen from another connection
        assert sorted(row[0] for row in corpus._db.execute("SELECT id FROM articles").fetchall()) \
            == sorted(a.id for a in articles[:2])
        assert corpus._db.execute("SELECT COUNT(*) FROM statements WHERE article_id = ?",
                                  (articles[2].id,)).fetchone()[0] == 0
