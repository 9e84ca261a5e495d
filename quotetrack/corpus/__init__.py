"""A corpus of read articles in one SQLite file: statements, claims tracked across outlets, responses.

:mod:`.store` holds the schema, the connection and the rows of articles; :mod:`.claims` matches statements into
claims (shingles, MinHash, bands); :mod:`.queries` asks the file about them; :mod:`.cluster` reads on Dask.
"""

from quotetrack.corpus.store import DEFAULT_FIELDS, Corpus, IngestCounts, article_fields

__all__ = ["DEFAULT_FIELDS", "Corpus", "IngestCounts", "article_fields"]
