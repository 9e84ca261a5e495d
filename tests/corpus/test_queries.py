"""Tests of what a corpus is asked (quotetrack.corpus.queries): claims, their reports, responses to them."""

from __future__ import annotations

import pytest

from corpus_docs import DOCS, read_docs
from quotetrack.corpus import queries
from quotetrack.corpus.store import Corpus
from quotetrack.errors import InputError


def test_claims_filters():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(DOCS))
        assert len(corpus.claims(text="RURAL HOSPITALS")) == 2
        assert len(corpus.claims(text="no such words")) == 0
        assert corpus.claims(since="2024-05-02").empty
        assert len(corpus.claims(until="2024-05-01")) == 2


def test_responses_to_a_claim(seed_article):
    with Corpus(":memory:") as corpus:
        corpus.add([seed_article])
        targets = {(r.statement, r.target_statement) for r in seed_article.responses if r.target_statement is not None}
        if not targets:
            pytest.skip("the seed reading has no response to a statement")
        _, target = sorted(targets)[0]
        claim_id = corpus._db.execute("SELECT claim_id FROM statements WHERE idx = ?", (target,)).fetchone()[0]
        frame = corpus.responses(claim_id)
        assert len(frame) >= 1
        assert set(frame["target_statement"]) == {target} or target in set(frame["target_statement"])


def test_most_reported_puts_the_widest_claim_first_and_repr_html_shows_it():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(DOCS))
        top = corpus.most_reported(limit=2)
        assert [row["speaker"] for row in top] == ["Jane Smith", "Tom Brown"]
        assert top[0]["n_outlets"] == 4 and top[1]["n_outlets"] == 1
        assert repr(corpus) == "Corpus(':memory:': 5 articles, 2 claims)"
        page = corpus._repr_html_()
        assert "5 articles" in page and page.index("Jane Smith") < page.index("Tom Brown")


def test_rows_have_the_columns_in_order():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(DOCS))
        (claim, *_) = queries.claim_rows(corpus._db, speakers=queries.find_speakers(corpus._db, "Jane Smith"))
        assert list(claim) == queries.CLAIM_COLUMNS
        assert list(queries.timeline_rows(corpus._db, claim["id"])[0]) == queries.REPORT_COLUMNS
        assert list(corpus.claims().columns) == queries.CLAIM_COLUMNS


def test_statement_claims_name_each_filed_statement():
    """The claim of each statement is asked of the corpus, not carried in the articles' metadata."""
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs(DOCS))
        claims = corpus.statement_claims()
        smith = int(corpus.claims(speaker="Jane Smith")["id"].iloc[0])
        assert {key for key, claim in claims.items() if claim == smith} == {
            ("bbc-1", 0), ("ap-1", 0), ("cnn-1", 0), ("npr-1", 0)}
        assert all("claims" not in article.metadata for article in corpus.articles())


_TIMED = '"We will appeal the ruling," said lawyer Anna Berg.'


@pytest.mark.parametrize("since, until, found", [
    ("2026-11-02", "2026-11-02", 1),          # a timestamp on the until day is on or before it
    (None, "2026-11", 1), (None, "2026", 1),  # a month or a year bounds to its end
    ("2026-11-02T11:00", None, 0), (None, "2026-11-01", 0), ("2026-11-03", None, 0),
])
def test_date_bounds_take_a_timestamp_by_its_day(since, until, found):
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs([{"id": "a", "text": _TIMED, "date": "2026-11-02T10:00:00Z"}]))
        assert len(corpus.claim_rows(since=since, until=until)) == found


@pytest.mark.parametrize("bound", [{"since": "yesterday"}, {"until": "02/11/2026"}, {"since": "2026-1"}])
def test_a_date_bound_that_is_not_iso_is_an_input_error(bound):
    """Dates compare as text: a bound not in ISO form would silently match nothing (or everything)."""
    with Corpus(":memory:") as corpus:
        with pytest.raises(InputError, match="expected an ISO date"):
            corpus.claims(**bound)
