"""A corpus of read articles in an embedded SQLite file: the schema, the connection, rows <-> articles.

:class:`Corpus` stores articles, speakers, organisations, statements and
responses, each article whole or not at all (a savepoint each, committed in
batches), so that ingesting the same article twice changes nothing and a crash
leaves every committed article whole. Rows are
made from, and made back into, articles by :mod:`quotetrack.records`.
Statements by the same speaker reporting the same words, exactly or nearly, are
one *claim* (:mod:`quotetrack.corpus.claims`); :mod:`quotetrack.corpus.queries`
asks the file about them.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from quotetrack.corpus import entities, queries, views, writes
from quotetrack.corpus.claims import Prepared, refile
from quotetrack.corpus.schema import SCHEMA_VERSION, file_version, upgrade
from quotetrack.errors import AmbiguousSpeaker, InputError, QuotetrackError
from quotetrack.model import Article, render_view
from quotetrack.pipeline import DEFAULT_MAX_LENGTH
from quotetrack.records import DEFAULT_FIELDS, article_fields, data_frame, term_rows

if TYPE_CHECKING:
    import networkx as nx
    import pandas

__all__ = ["BATCH_SECONDS", "DEFAULT_FIELDS", "SCHEMA_VERSION", "Corpus", "IngestCounts", "article_fields"]

BATCH_SECONDS = 1.0  # articles stored within this time are committed together: one commit an article wrote 20 ms


@attrs.frozen(kw_only=True)
class IngestCounts:
    """What :meth:`Corpus.add` did with the articles it was given.

    Parameters
    ----------
    added : int
        Articles new to the corpus.
    unchanged : int
        Articles already stored with the same text (left as they were).
    replaced : int
        Articles stored before with another text (replaced by the new reading).
    """

    added: int = 0
    unchanged: int = 0
    replaced: int = 0

    @property
    def total(self) -> int:
        """Every article seen."""
        return self.added + self.unchanged + self.replaced




def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Corpus:
    """A store of read articles, their statements and responses, and the claims across them.

    Parameters
    ----------
    path : str or path-like
        The SQLite file (created if missing), or ``":memory:"``.

    Raises
    ------
    QuotetrackError
        If the file holds a corpus of another schema version, or is not a
        SQLite database.

    Examples
    --------
    >>> from quotetrack import read
    >>> quote = '"We will never accept this interference in our affairs," Senator Jane Smith said.'
    >>> with Corpus(":memory:") as corpus:
    ...     counts = corpus.add([read(quote, id="a", metadata={"outlet": "AP", "date": "2024-05-01"}),
    ...                          read(quote.replace("in our affairs", ""), id="b", metadata={"outlet": "BBC"})])
    ...     frame = corpus.claims()
    >>> counts
    IngestCounts(added=2, unchanged=0, replaced=0)
    >>> frame[["speaker", "first_reported", "n_reports", "n_outlets"]].values.tolist()
    [['Jane Smith', '2024-05-01', 2, 2]]
    """

    def __init__(self, path: str | PathLike[str]) -> None:
        self.path = str(path)
        self._comparisons = 0
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:  # a folder, or a file in a folder that does not exist
            where = Path(self.path)
            why = ("it is a folder" if where.is_dir() else f"folder {where.parent} does not exist"
                   if not where.parent.is_dir() else str(exc))
            raise InputError(f"{self.path}: cannot open a corpus file there: {why}") from exc
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                # The band indexes take random keys: each statement touches pages all over them. A page cache of
                # 64 MiB (SQLite's default is 2 MiB) keeps them in memory instead of reading them back, page by page.
                self._db.execute("PRAGMA cache_size = -65536")
            version = file_version(self._db)  # a read, which waits for no writer (another connection's batch)
            if version is not None and version > SCHEMA_VERSION:
                self._db.close()
                raise QuotetrackError(f"{self.path}: corpus schema version {version}, this quotetrack reads "
                                      f"version {SCHEMA_VERSION} and older")
            if version != SCHEMA_VERSION:
                self._db.execute("BEGIN IMMEDIATE")
                version = file_version(self._db)  # again, now that no one else can write
                if version != SCHEMA_VERSION:
                    self._upgrade(version)
                self._db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise QuotetrackError(f"{self.path}: not a quotetrack corpus: {exc}") from exc

    def _upgrade(self, version: int | None) -> None:
        """Bring a file to this schema inside the open transaction: the tables, then what they hold.

        From version 1 the speakers of every stored article become mentions of entities and the statements are
        filed under the claims of their entities again; a claim keeps its id unless it joined another.
        """
        upgrade(self._db, version)
        if version is not None and version < 2:
            entities.rebuild_mentions(self._db)
            refile(self._db, self._db.execute("SELECT article_id, idx FROM statements WHERE speaker IS NOT NULL"),
                   keep_ids=True)

    # -- lifecycle -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database file (committed articles are already on disk)."""
        try:
            self._db.close()
        except sqlite3.ProgrammingError:  # from another thread (a generator finalised after Ctrl-C): SQLite closes
            pass  # the connection when it is collected, and nothing uncommitted is lost

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def candidate_comparisons(self) -> int:
        """How many candidate claims new statements were compared with, since the corpus was opened."""
        return self._comparisons

    @property
    def schema_version(self) -> int:
        """The schema version of the file."""
        return int(self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    def is_stored(self, article_id: str, text: str) -> bool:
        """Whether the article ``article_id`` is stored with this very text (so adding it would change nothing).

        Examples
        --------
        >>> from quotetrack import read
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read("Hi.", id="a")])
        ...     corpus.is_stored("a", "Hi."), corpus.is_stored("a", "Hello.")
        (True, False)
        """
        row = self._db.execute("SELECT text_hash FROM articles WHERE id = ?", (str(article_id),)).fetchone()
        return row is not None and row[0] == _text_hash(text)

    def stats(self) -> dict[str, int]:
        """How many articles, statements, claims, speakers and responses the corpus holds.

        Examples
        --------
        >>> Corpus(":memory:").stats()
        {'articles': 0, 'statements': 0, 'claims': 0, 'speakers': 0, 'responses': 0}
        """
        return {table: int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in ("articles", "statements", "claims", "speakers", "responses")}

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def __repr__(self) -> str:
        """The file and how many articles and claims it holds."""
        counts = self.stats()
        return f"Corpus({self.path!r}: {counts['articles']} articles, {counts['claims']} claims)"

    def most_reported(self, limit: int = 10) -> list[dict[str, Any]]:
        """The claims reported by the most outlets (then articles, then earliest), as :meth:`claim_rows` gives them.

        Examples
        --------
        >>> from quotetrack import read
        >>> quote = '"We will never accept this interference," Senator Jane Smith said.'
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read(quote, id="a", metadata={"outlet": "AP"}),
        ...                     read(quote, id="b", metadata={"outlet": "BBC"})])
        ...     [(row["speaker"], row["n_outlets"]) for row in corpus.most_reported(limit=1)]
        [('Jane Smith', 2)]
        """
        return queries.most_reported(self._db, limit)

    def _repr_html_(self) -> str:
        """Jupyter's view: the corpus's counts and its ten most reported claims (:func:`quotetrack.corpus_html`)."""
        return render_view(self, "html")  # type: ignore[no-any-return]

    # -- ingest ----------------------------------------------------------------------------------------------

    def add(
        self, articles: Iterable[Article | Prepared], *, fields: Mapping[str, str] | None = None,
        progress: Callable[[IngestCounts], None] | None = None,
    ) -> IngestCounts:
        """Store articles, each whole or not at all, and file their statements under claims.

        Articles are consumed one at a time (memory stays bounded) and committed
        together every :data:`BATCH_SECONDS` (and at the end). An article
        whose id is stored with the same text is left alone; one stored with
        another text is replaced, atomically. If the process dies, every
        article committed before stays whole; an article that fails is rolled
        back alone, the ones before it committed.

        Parameters
        ----------
        articles : iterable of Article or Prepared
            Read articles (from :func:`quotetrack.read_many`, say), or articles with their statements'
            signatures (``read_many(..., then=quotetrack.corpus.claims.prepare)``: signed in the worker
            processes that read them).
        fields : mapping of str to str, optional
            Where to find ``outlet``, ``date``, ``title`` and ``url`` in each
            article's metadata (see :func:`article_fields`).
        progress : callable, optional
            Called with the counts so far after each article.

        Returns
        -------
        IngestCounts
            How many articles were added, unchanged and replaced.

        Examples
        --------
        >>> from quotetrack import read
        >>> article = read('"Yes," Jane Smith said.', id="a")
        >>> with Corpus(":memory:") as corpus:
        ...     first, again = corpus.add([article]), corpus.add([article])
        >>> first.added, again.unchanged
        (1, 1)
        """
        if isinstance(articles, (Article, Prepared, str)) or not isinstance(articles, Iterable):
            raise InputError("Corpus.add takes an iterable of articles; for one: corpus.add([article])")
        added = unchanged = replaced = 0
        began = time.monotonic()
        try:
            for article in articles:
                outcome = self._add_one(article, fields)
                added += outcome == "added"
                unchanged += outcome == "unchanged"
                replaced += outcome == "replaced"
                if time.monotonic() - began >= BATCH_SECONDS:  # a commit writes each page the batch touched
                    self._db.execute("COMMIT")
                    began = time.monotonic()
                if progress is not None:
                    progress(IngestCounts(added=added, unchanged=unchanged, replaced=replaced))
        finally:
            if self._db.in_transaction:
                self._db.execute("COMMIT")
        return IngestCounts(added=added, unchanged=unchanged, replaced=replaced)

    def add_bag(
        self, bag: Any, *, backend: str = "auto", stanza_dir: str | None = None,
        max_length: int | None = DEFAULT_MAX_LENGTH, fields: Mapping[str, str] | None = None, client: Any = None,
        window: int | None = None, progress: Callable[[IngestCounts], None] | None = None,
    ) -> IngestCounts:
        """Read a ``dask.bag.Bag`` of documents on Dask and store the articles here, in the bag's order.

        The workers read (a partition per task, as :func:`quotetrack.read_many`
        reads each document); the computed partitions come back one at a time,
        at most ``window`` in flight, and this process stores them with
        :meth:`add`. Needs ``pip install "quotetrack[dask]"``.

        Parameters
        ----------
        bag : dask.bag.Bag
            Documents: texts, or mappings with ``text`` and optionally ``id``
            and metadata (as for :func:`quotetrack.read_many`).
        backend, stanza_dir, max_length
            As for :func:`quotetrack.read`; ``auto`` is decided on each worker.
        fields, progress
            As for :meth:`add`.
        client : distributed.Client, optional
            The cluster to read on; by default the current ``distributed``
            client, else Dask's configured scheduler in this process.
        window : int, optional
            Partitions in flight at once (default: twice the cluster's
            threads, at least 2).

        Returns
        -------
        IngestCounts
            As for :meth:`add`.
        """
        from quotetrack.corpus.cluster import read_bag

        articles = read_bag(bag, backend=backend, stanza_dir=stanza_dir,  # type: ignore[arg-type]
                            max_length=max_length, client=client, window=window)
        return self.add(articles, fields=fields, progress=progress)

    def _add_one(self, item: Article | Prepared, fields: Mapping[str, str] | None) -> str:
        prepared = item if isinstance(item, Prepared) else None
        article = item.article if isinstance(item, Prepared) else item
        if not isinstance(article, Article):
            raise InputError(f"Corpus.add takes Article values, got {type(article).__name__} (texts are read first: "
                             "corpus.add(quotetrack.read_many(docs)))")
        text_hash = _text_hash(article.text)
        db = self._db
        if not db.in_transaction:
            db.execute("BEGIN IMMEDIATE")
        db.execute("SAVEPOINT article")  # an article is stored whole or not at all, whatever its batch does
        try:
            row = db.execute("SELECT text_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row is None or row[0] != text_hash:
                if row is not None:
                    writes.remove_article(db, article.id)
                self._comparisons += writes.insert_article(db, article, text_hash, fields, prepared)
            db.execute("RELEASE article")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK TO article")
                db.execute("COMMIT")  # the articles of the batch before this one stay
            raise
        return "unchanged" if row is not None and row[0] == text_hash else "added" if row is None else "replaced"

    # -- queries ---------------------------------------------------------------------------------------------

    def claim_rows(
        self, speaker: str | int | None = None, since: str | None = None, until: str | None = None,
        text: str | None = None, outlet: str | None = None, limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The claims as plain dicts (what :meth:`claims` puts in a DataFrame; needs no pandas).

        Examples
        --------
        >>> Corpus(":memory:").claim_rows()
        []
        """
        return queries.claim_rows(self._db, self._speaker_ids(speaker), since, until, text, outlet, limit)

    def _speaker_ids(self, speaker: str | int | None) -> list[int] | None:
        if speaker is None:
            return None
        ids = queries.find_speakers(self._db, str(speaker))
        if len(ids) > 1:
            raise AmbiguousSpeaker(str(speaker), queries.speaker_rows(self._db, ids))
        return ids

    def find_speakers(self, name: str) -> list[dict[str, Any]]:
        """The entities a name may stand for (any known form, up to case and accents; else a surname), as
        :meth:`speaker_rows` gives them.

        Examples
        --------
        >>> from quotetrack import read
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read('"Yes," Viktor Orbán said.', id="a"), read('"No," Viktor Orban said.', id="b")])
        ...     [(row["name"], row["forms"]) for row in corpus.find_speakers("orban")]
        [('Viktor Orbán', ['Viktor Orban', 'Viktor Orbán'])]
        """
        return queries.speaker_rows(self._db, queries.find_speakers(self._db, name))

    def speaker_rows(self) -> list[dict[str, Any]]:
        """Every speaker entity: ``id, name, kind, forms, organisations, titles, n_articles, n_statements, n_claims,
        merges`` (how many mentions each rule joined), most claims first.

        Examples
        --------
        >>> Corpus(":memory:").speaker_rows()
        []
        """
        return queries.speaker_rows(self._db)

    def term_rows(self) -> list[dict[str, Any]]:
        """The terms of every stored article (:func:`quotetrack.records.term_rows`), in ingestion order.

        Examples
        --------
        >>> Corpus(":memory:").term_rows()
        []
        """
        return [row for article in self.articles() for row in term_rows(article)]

    def speakers(self) -> pandas.DataFrame:
        """:meth:`speaker_rows` as a DataFrame.

        Examples
        --------
        >>> Corpus(":memory:").speakers().columns.tolist()[:3]
        ['id', 'name', 'kind']
        """
        return data_frame(self.speaker_rows(), queries.SPEAKER_COLUMNS)

    def timeline_rows(self, claim_id: int) -> list[dict[str, Any]]:
        """The reports of a claim as plain dicts, in date order (undated last, then in ingestion order).

        Examples
        --------
        >>> Corpus(":memory:").timeline_rows(1)
        []
        """
        return queries.timeline_rows(self._db, claim_id)

    def response_rows(self, claim_id: int) -> list[dict[str, Any]]:
        """The responses to the reports of a claim as plain dicts, in date order.

        Examples
        --------
        >>> Corpus(":memory:").response_rows(1)
        []
        """
        return queries.response_rows(self._db, claim_id)

    def claims(
        self, speaker: str | int | None = None, since: str | None = None, until: str | None = None,
        text: str | None = None, outlet: str | None = None, limit: int | None = None,
    ) -> pandas.DataFrame:
        """One row per claim: ``id, speaker, text, first_reported, first_article, n_reports, n_articles, n_outlets,
        speaker_id``.

        Parameters
        ----------
        speaker : str or int, optional
            Only this speaker's claims: any name form they were given (up to case, accents and middle initials),
            a surname, or an entity id.
        since, until : str, optional
            Only claims first reported on or after / on or before this ISO date (``2024-05-01``, or a month
            ``2024-05`` or year); ``until`` runs to the end of its day, month or year. Another form is an InputError.
        text : str, optional
            Only claims with a report containing these words (case-insensitive).
        outlet : str, optional
            Only claims reported by this outlet (case-insensitive).
        limit : int, optional
            At most this many claims.

        Returns
        -------
        pandas.DataFrame
            ``text`` is the longest direct report (else the longest report) without the punctuation its quotation
            left at the edges; ``first_reported`` the earliest date (None if undated).

        Raises
        ------
        AmbiguousSpeaker
            If ``speaker`` names several entities (its ``candidates`` say which).

        Examples
        --------
        >>> Corpus(":memory:").claims().columns.tolist()[:4]
        ['id', 'speaker', 'text', 'first_reported']
        """
        return data_frame(self.claim_rows(speaker, since, until, text, outlet, limit), queries.CLAIM_COLUMNS)

    def timeline(self, claim_id: int) -> pandas.DataFrame:
        """The reports of a claim, in date order: ``article, outlet, date, statement, start, end, kind, text, ...``.

        Examples
        --------
        >>> Corpus(":memory:").timeline(1).columns.tolist()[:3]
        ['article', 'outlet', 'date']
        """
        return data_frame(self.timeline_rows(claim_id), queries.REPORT_COLUMNS)

    def responses(self, claim_id: int) -> pandas.DataFrame:
        """The responses, in any article, to the reports of a claim: who answered, how, and with what words.

        Examples
        --------
        >>> Corpus(":memory:").responses(1).columns.tolist()[:5]
        ['article', 'outlet', 'date', 'source', 'target']
        """
        return data_frame(self.response_rows(claim_id), queries.RESPONSE_COLUMNS)

    def statement_claims(self) -> dict[tuple[str, int], int]:
        """The claim of each statement filed under one: ``(article id, statement index) -> claim id``.

        Examples
        --------
        >>> from quotetrack import read
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read('"We will win this fight," Jane Smith said.', id="a")])
        ...     corpus.statement_claims()
        {('a', 0): 1}
        """
        return queries.statement_claims(self._db)

    def articles(self, *, entities: bool = False) -> Iterator[Article]:
        """The stored articles rebuilt, in ingestion order, without their text (``text`` is empty).

        Statements, speakers (with organisation, country and aliases),
        responses and the metadata ``outlet``, ``date``, ``title`` and ``url``
        come back; offsets still point into the original text. The claim of
        each statement is in :meth:`statement_claims`.

        Parameters
        ----------
        entities : bool
            Name each speaker, and the speakers of responses, by their entity's name across the corpus
            (made unique with ``#id`` when two entities share one) and each organisation by its canonical body.

        Examples
        --------
        >>> from quotetrack import read
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read('"Yes," Jane Smith said.', id="a"), read('"No," Jane Smíth said.', id="b")])
        ...     [s.speaker.name for a in corpus.articles(entities=True) for s in a.statements]
        ['Jane Smith', 'Jane Smith']
        """
        return views.stored_articles(self._db, entities=entities)

    def graph(self, level: str = "statement", *, min_confidence: float = 0.0) -> nx.MultiDiGraph | nx.DiGraph:
        """The response graph of the whole corpus (:func:`quotetrack.response_graph`), or its projection.

        Speakers are entities (one node per person, whatever each article called them; node attribute
        ``entity``), organisations canonical bodies; statement nodes carry the ``claim`` they report.

        Parameters
        ----------
        level : {"statement", "speaker", "organisation", "country"}
            ``statement``: the full graph; otherwise :func:`quotetrack.project` at that level.
        min_confidence : float
            Leave out responses read with less confidence (those stored before version 2 count as 1).

        Examples
        --------
        >>> from quotetrack import read
        >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
        ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read(text, id="a")])
        ...     list(corpus.graph("speaker").edges)
        [('Wang Yi', 'Mike Pompeo')]
        """
        return views.corpus_graph(self._db, level, min_confidence)
