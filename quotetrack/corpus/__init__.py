"""A corpus of read articles in one SQLite file: statements, claims tracked across outlets, responses."""

from quotetrack.corpus.store import DEFAULT_FIELDS, Corpus, IngestCounts, article_fields

__all__ = ["DEFAULT_FIELDS", "Corpus", "IngestCounts", "article_fields"]
