"""A corpus of read articles in an embedded SQLite file, and the claims tracked across it.

:class:`Corpus` stores articles, speakers, organisations, statements and
responses, one transaction per article, so that ingesting the same article
twice changes nothing and a crash leaves every committed article whole.
Statements by the same speaker reporting the same words — exactly or nearly (a
quote trimmed, re-punctuated, quoted in part) — are one *claim*: word shingles
of each statement are signed with MinHash, the signatures' bands are kept in
the ``claim_bands`` table, and a new statement is compared only with the
claims sharing a band, then confirmed by the containment of its shingles.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sqlite3
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any

import attrs

from quotetrack.notebook.display import corpus_html
from quotetrack.errors import InputError, QuotetrackError
from quotetrack.model import Article, Cue, Mention, Organisation, Response, Speaker, Statement
from quotetrack.pipeline import DEFAULT_MAX_LENGTH

if TYPE_CHECKING:
    import networkx as nx
    import pandas

__all__ = ["DEFAULT_FIELDS", "Corpus", "IngestCounts", "article_fields", "shingles", "signature"]

SCHEMA_VERSION = 1

DEFAULT_FIELDS: Mapping[str, str] = {
    "outlet": "outlet|publisher|meta.publisher",
    "date": "date|published|publication_date|meta.publication_date",
    "title": "title|meta.title",
    "url": "url|meta.url",
}
"""Where each stored article field is looked for in the input: dotted paths, ``|`` between alternatives."""

SHINGLE_WORDS = 3
NUM_PERM = 64
BANDS = 32  # of NUM_PERM // BANDS = 2 rows each: statements sharing a fifth of their shingles meet 3 times in 4
CONTAINMENT = 0.6  # of the smaller shingle set in the larger, to confirm a candidate
_PRIME = (1 << 61) - 1
_rng = random.Random(20261127)  # fixed seed: the same permutations in every process
_PERMUTATIONS = tuple((_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_PERM))
del _rng
_WORD = re.compile(r"\w+")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, outlet TEXT, url TEXT, title TEXT, published TEXT,
    text_hash TEXT NOT NULL, n_statements INTEGER NOT NULL, n_responses INTEGER NOT NULL, read_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE TABLE IF NOT EXISTS organisations (name TEXT PRIMARY KEY, country TEXT);
CREATE TABLE IF NOT EXISTS speakers (
    name TEXT PRIMARY KEY, kind TEXT, title TEXT, organisation TEXT REFERENCES organisations (name), country TEXT);
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker TEXT NOT NULL REFERENCES speakers (name), alias TEXT NOT NULL, PRIMARY KEY (speaker, alias));
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY, speaker TEXT NOT NULL, text TEXT NOT NULL, text_kind TEXT NOT NULL,
    first_article TEXT NOT NULL, first_date TEXT);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (speaker);
CREATE TABLE IF NOT EXISTS statements (
    article_id TEXT NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, cue TEXT, cue_start INTEGER, cue_end INTEGER,
    cue_lemma TEXT, speaker TEXT, mention_start INTEGER, mention_end INTEGER, mention_text TEXT,
    quoted TEXT NOT NULL, claim_id INTEGER REFERENCES claims (id), PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS statements_claim ON statements (claim_id);
CREATE TABLE IF NOT EXISTS claim_bands (
    band INTEGER NOT NULL, hash INTEGER NOT NULL, claim_id INTEGER NOT NULL REFERENCES claims (id),
    PRIMARY KEY (band, hash, claim_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_bands_claim ON claim_bands (claim_id);
CREATE TABLE IF NOT EXISTS responses (
    article_id TEXT NOT NULL REFERENCES articles (id), idx INTEGER NOT NULL, source TEXT NOT NULL,
    target TEXT NOT NULL, statement INTEGER NOT NULL, target_statement INTEGER, cue TEXT, evidence TEXT,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT, stance TEXT, PRIMARY KEY (article_id, idx));
CREATE INDEX IF NOT EXISTS responses_target ON responses (article_id, target_statement);
"""


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


def _lookup(record: Mapping[str, Any], path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def article_fields(metadata: Mapping[str, Any], fields: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """The outlet, date, title and url of an article, looked up in its metadata.

    Parameters
    ----------
    metadata : mapping
        The article's metadata (the input record without ``id`` and ``text``).
    fields : mapping of str to str, optional
        Target field -> dotted path in the metadata, ``|`` between
        alternatives tried in order; overrides :data:`DEFAULT_FIELDS` field
        by field.

    Returns
    -------
    dict
        ``outlet``, ``date``, ``title`` and ``url`` (and any other field asked
        for), each a string or None.

    Examples
    --------
    >>> meta = {"meta": {"publisher": "breitbart", "publication_date": "2016-09-20"}}
    >>> article_fields(meta)
    {'outlet': 'breitbart', 'date': '2016-09-20', 'title': None, 'url': None}
    >>> article_fields({"source": "AP"}, {"outlet": "source"})["outlet"]
    'AP'
    """
    out: dict[str, str | None] = {}
    for field, paths in {**DEFAULT_FIELDS, **(fields or {})}.items():
        value = None
        for path in paths.split("|"):
            value = _lookup(metadata, path.strip())
            if value is not None and str(value).strip():
                break
            value = None
        out[field] = None if value is None else str(value).strip()
    return out


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """The word shingles of a text: runs of ``size`` words, lower case, punctuation dropped.

    A text of ``size`` words or fewer (at least one) is one shingle.

    Examples
    --------
    >>> sorted(shingles("We will NOT back down!"))
    ['not back down', 'we will not', 'will not back']
    """
    words = _words(text)
    if len(words) <= size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def signature(shingle_set: Iterable[str]) -> tuple[int, ...]:
    """The MinHash signature of a set of shingles: one minimum per seeded permutation.

    Deterministic across runs and processes (CRC-32 of each shingle, then
    ``(a * x + b) mod (2**61 - 1)`` per permutation).

    Examples
    --------
    >>> signature(shingles("we will not back down")) == signature(shingles("We will not, back down."))
    True
    >>> len(signature({"a b c"}))
    64
    """
    values = [zlib.crc32(s.encode("utf-8")) for s in shingle_set]
    if not values:
        return ()
    return tuple(min((a * x + b) % _PRIME for x in values) for a, b in _PERMUTATIONS)


def _band_hashes(speaker: str, sig: Sequence[int]) -> list[tuple[int, int]]:
    """``(band, hash)`` pairs of a signature; the speaker is hashed in, so only their claims meet."""
    rows = len(sig) // BANDS
    out = []
    for band in range(BANDS):
        key = f"{speaker}\x1f" + ",".join(str(v) for v in sig[band * rows : (band + 1) * rows])
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "big", signed=True)))
    return out


def _match_shingles(kind: str, text: str, start: int, quoted: Sequence[Sequence[int]]) -> frozenset[str]:
    """What a statement is matched on: a mixed statement's quoted words (when they run to 4 words), else its text."""
    if kind == "mixed" and quoted:
        parts = [text[s - start : e - start] for s, e in quoted if 0 <= s - start <= e - start <= len(text)]
        if sum(len(_words(p)) for p in parts) > SHINGLE_WORDS:
            return frozenset().union(*(shingles(p) for p in parts))
    return shingles(text)


def _containment(a: frozenset[str], b: frozenset[str]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return 0.0
    if len(small) < 2 and small != large:
        return 0.0  # a three-word quote inside a longer one is too little to go on
    return len(small & large) / len(small)


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _text_rank(kind: str, text: str) -> tuple[bool, int]:
    """Which report is a claim's text: the longest wholly quoted one, else the longest."""
    return (kind == "direct", len(text))


def _order_key(date: str | None, seq: int, index: int) -> tuple[bool, str, int, int]:
    return (date is None, date or "", seq, index)


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
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("BEGIN IMMEDIATE")
            version = None
            if self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                version = row[0] if row else None
            if version is not None and version != str(SCHEMA_VERSION):
                self._db.execute("ROLLBACK")
                self._db.close()
                raise QuotetrackError(f"{self.path}: corpus schema version {version}, this quotetrack reads "
                                      f"version {SCHEMA_VERSION}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise QuotetrackError(f"{self.path}: not a quotetrack corpus: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database file (committed articles are already on disk)."""
        self._db.close()

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
        rows = self.claim_rows()
        rows.sort(key=lambda row: (-row["n_outlets"], -row["n_articles"], row["first_reported"] or "~", row["id"]))
        return rows[:limit]

    def _repr_html_(self) -> str:
        """Jupyter's view: the corpus's counts and its ten most widely reported claims (:func:`corpus_html`)."""
        return corpus_html(self.path, self.stats(), self.most_reported())

    # -- ingest ----------------------------------------------------------------------------------------------

    def add(
        self, articles: Iterable[Article], *, fields: Mapping[str, str] | None = None,
        progress: Callable[[IngestCounts], None] | None = None,
    ) -> IngestCounts:
        """Store articles, one transaction each, and file their statements under claims.

        Articles are consumed one at a time (memory stays bounded). An article
        whose id is stored with the same text is left alone; one stored with
        another text is replaced, atomically. If the process dies, every
        article committed before stays whole.

        Parameters
        ----------
        articles : iterable of Article
            Read articles (from :func:`quotetrack.read_many`, say).
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
        added = unchanged = replaced = 0
        for article in articles:
            outcome = self._add_one(article, fields)
            added += outcome == "added"
            unchanged += outcome == "unchanged"
            replaced += outcome == "replaced"
            if progress is not None:
                progress(IngestCounts(added=added, unchanged=unchanged, replaced=replaced))
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

    def _add_one(self, article: Article, fields: Mapping[str, str] | None) -> str:
        if not isinstance(article, Article):
            raise InputError(f"Corpus.add takes Article values, got {type(article).__name__}")
        text_hash = _text_hash(article.text)
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT text_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row is not None and row[0] == text_hash:
                db.execute("ROLLBACK")
                return "unchanged"
            if row is not None:
                self._remove_article(article.id)
            self._insert_article(article, text_hash, fields)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return "added" if row is None else "replaced"

    def _insert_article(self, article: Article, text_hash: str, fields: Mapping[str, str] | None) -> None:
        db = self._db
        meta = article_fields(article.metadata, fields)
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, seq, meta["outlet"], meta["url"], meta["title"], meta["date"], text_hash,
             len(article.statements), len(article.responses),
             datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")),
        )
        for speaker in {s.speaker.name: s.speaker for s in article.statements if s.speaker is not None}.values():
            self._upsert_speaker(speaker)
        for index, st in enumerate(article.statements):
            sp, cue, mention = st.speaker, st.cue, st.speaker_mention
            db.execute(
                "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (article.id, index, st.start, st.end, st.kind, st.text, cue.text if cue else None,
                 cue.start if cue else None, cue.end if cue else None, cue.lemma if cue else None,
                 sp.name if sp else None, mention.start if mention else None, mention.end if mention else None,
                 mention.text if mention else None, json.dumps([list(q) for q in st.quoted])),
            )
            if sp is not None:
                self._file_claim(article.id, index, st, sp.name, meta["date"], seq)
        for index, r in enumerate(article.responses):
            span = r.evidence_span
            db.execute(
                "INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, index, r.source, r.target, r.statement, r.target_statement, r.cue, r.evidence,
                 span.start if span else None, span.end if span else None, span.text if span else None, r.stance),
            )

    def _upsert_speaker(self, speaker: Speaker) -> None:
        db = self._db
        org = speaker.organisation
        if org is not None:
            db.execute("INSERT INTO organisations VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
                       "country = COALESCE(country, excluded.country)", (org.name, org.country))
        db.execute(
            "INSERT INTO speakers VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "kind = COALESCE(kind, excluded.kind), title = COALESCE(title, excluded.title), "
            "organisation = COALESCE(organisation, excluded.organisation), "
            "country = COALESCE(country, excluded.country)",
            (speaker.name, speaker.kind, speaker.title, org.name if org else None, speaker.country),
        )
        db.executemany("INSERT OR IGNORE INTO speaker_aliases VALUES (?, ?)",
                       [(speaker.name, alias) for alias in {speaker.name, *speaker.aliases}])

    def _reports(self, claim_id: int) -> list[tuple[str, int, str, str, int, str, str | None, int]]:
        return self._db.execute(
            "SELECT s.article_id, s.idx, s.kind, s.text, s.start, s.quoted, a.published, a.seq "
            "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.claim_id = ?", (claim_id,),
        ).fetchall()

    def _file_claim(self, article_id: str, index: int, st: Statement, speaker: str, date: str | None,
                    seq: int) -> None:
        """Give a statement its claim: the best confirmed candidate sharing a band, else a new claim."""
        db = self._db
        mine = _match_shingles(st.kind, st.text, st.start, st.quoted)
        if not mine:
            return
        bands = _band_hashes(speaker, signature(mine))
        candidates: set[int] = set()
        for band, value in bands:
            candidates.update(r[0] for r in db.execute(
                "SELECT claim_id FROM claim_bands WHERE band = ? AND hash = ?", (band, value)))
        best: tuple[float, int] | None = None
        for claim_id in sorted(candidates):
            self._comparisons += 1
            if db.execute("SELECT speaker FROM claims WHERE id = ?", (claim_id,)).fetchone()[0] != speaker:
                continue  # a hash collision across speakers
            score = max((_containment(mine, _match_shingles(kind, text, start, json.loads(quoted)))
                         for _, _, kind, text, start, quoted, _, _ in self._reports(claim_id)), default=0.0)
            if score >= CONTAINMENT and (best is None or score > best[0]):
                best = (score, claim_id)
        if best is None:
            claim_id = int(db.execute(
                "INSERT INTO claims (speaker, text, text_kind, first_article, first_date) VALUES (?, ?, ?, ?, ?) "
                "RETURNING id", (speaker, st.text, st.kind, article_id, date)).fetchone()[0])
        else:
            claim_id = best[1]
            text, text_kind, first_article, first_date = db.execute(
                "SELECT text, text_kind, first_article, first_date FROM claims WHERE id = ?", (claim_id,)).fetchone()
            first_seq = db.execute("SELECT seq FROM articles WHERE id = ?", (first_article,)).fetchone()[0]
            if _order_key(date, seq, index) < _order_key(first_date, first_seq, 0):
                first_article, first_date = article_id, date
            if _text_rank(st.kind, st.text) > _text_rank(text_kind, text):
                text, text_kind = st.text, st.kind
            db.execute("UPDATE claims SET text = ?, text_kind = ?, first_article = ?, first_date = ? WHERE id = ?",
                       (text, text_kind, first_article, first_date, claim_id))
        db.execute("UPDATE statements SET claim_id = ? WHERE article_id = ? AND idx = ?", (claim_id, article_id, index))
        db.executemany("INSERT OR IGNORE INTO claim_bands VALUES (?, ?, ?)", [(b, h, claim_id) for b, h in bands])

    def _remove_article(self, article_id: str) -> None:
        """Delete an article's rows, and refresh (or drop) the claims it reported."""
        db = self._db
        claims = [r[0] for r in db.execute(
            "SELECT DISTINCT claim_id FROM statements WHERE article_id = ? AND claim_id IS NOT NULL", (article_id,))]
        db.execute("DELETE FROM responses WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM statements WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        for claim_id in claims:
            db.execute("DELETE FROM claim_bands WHERE claim_id = ?", (claim_id,))
            reports = self._reports(claim_id)
            if not reports:
                db.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
                continue
            speaker = db.execute("SELECT speaker FROM claims WHERE id = ?", (claim_id,)).fetchone()[0]
            first = min(reports, key=lambda r: _order_key(r[6], r[7], r[1]))
            longest = max(reports, key=lambda r: (*_text_rank(r[2], r[3]), -r[7], -r[1]))  # ties: the first stored
            db.execute("UPDATE claims SET text = ?, text_kind = ?, first_article = ?, first_date = ? WHERE id = ?",
                       (longest[3], longest[2], first[0], first[6], claim_id))
            for _, _, kind, text, start, quoted, _, _ in reports:
                sig = signature(_match_shingles(kind, text, start, json.loads(quoted)))
                db.executemany("INSERT OR IGNORE INTO claim_bands VALUES (?, ?, ?)",
                               [(b, h, claim_id) for b, h in _band_hashes(speaker, sig)])

    # -- queries ---------------------------------------------------------------------------------------------

    def claim_rows(
        self, speaker: str | None = None, since: str | None = None, until: str | None = None,
        text: str | None = None,
    ) -> list[dict[str, Any]]:
        """The claims as plain dicts (what :meth:`claims` puts in a DataFrame; needs no pandas).

        Examples
        --------
        >>> Corpus(":memory:").claim_rows()
        []
        """
        where, params = [], []
        if speaker is not None:
            where.append("c.speaker = ?")
            params.append(speaker)
        if since is not None:
            where.append("c.first_date >= ?")
            params.append(str(since))
        if until is not None:
            where.append("c.first_date <= ?")
            params.append(str(until))
        if text is not None:
            where.append("EXISTS (SELECT 1 FROM statements t WHERE t.claim_id = c.id AND "
                         "instr(lower(t.text), lower(?)) > 0)")
            params.append(text)
        sql = ("SELECT c.id, c.speaker, c.text, c.first_date, c.first_article, COUNT(*), "
               "COUNT(DISTINCT s.article_id), COUNT(DISTINCT a.outlet) "
               "FROM claims c JOIN statements s ON s.claim_id = c.id JOIN articles a ON a.id = s.article_id "
               + ("WHERE " + " AND ".join(where) + " " if where else "") + "GROUP BY c.id ORDER BY c.id")
        keys = ["id", "speaker", "text", "first_reported", "first_article", "n_reports", "n_articles", "n_outlets"]
        return [dict(zip(keys, row)) for row in self._db.execute(sql, params)]

    def timeline_rows(self, claim_id: int) -> list[dict[str, Any]]:
        """The reports of a claim as plain dicts, in date order (undated last, then in ingestion order).

        Examples
        --------
        >>> Corpus(":memory:").timeline_rows(1)
        []
        """
        rows = self._db.execute(
            "SELECT s.article_id, a.outlet, a.published, s.idx, s.start, s.\"end\", s.kind, s.text, a.title, a.url "
            "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.claim_id = ? "
            "ORDER BY a.published IS NULL, a.published, a.seq, s.idx", (int(claim_id),))
        keys = ["article", "outlet", "date", "statement", "start", "end", "kind", "text", "article_title", "url"]
        return [dict(zip(keys, row)) for row in rows]

    def response_rows(self, claim_id: int) -> list[dict[str, Any]]:
        """The responses to the reports of a claim as plain dicts, in date order.

        Examples
        --------
        >>> Corpus(":memory:").response_rows(1)
        []
        """
        rows = self._db.execute(
            "SELECT r.article_id, a.outlet, a.published, r.source, r.target, r.statement, r.target_statement, "
            "r.cue, r.evidence, r.stance, s.text, t.text "
            "FROM statements t JOIN responses r ON r.article_id = t.article_id AND r.target_statement = t.idx "
            "JOIN statements s ON s.article_id = r.article_id AND s.idx = r.statement "
            "JOIN articles a ON a.id = r.article_id WHERE t.claim_id = ? "
            "ORDER BY a.published IS NULL, a.published, a.seq, r.idx", (int(claim_id),))
        keys = ["article", "outlet", "date", "source", "target", "statement", "target_statement", "cue", "evidence",
                "stance", "text", "target_text"]
        return [dict(zip(keys, row)) for row in rows]

    def claims(
        self, speaker: str | None = None, since: str | None = None, until: str | None = None,
        text: str | None = None,
    ) -> pandas.DataFrame:
        """One row per claim: ``id, speaker, text, first_reported, first_article, n_reports, n_articles, n_outlets``.

        Parameters
        ----------
        speaker : str, optional
            Only this speaker's claims (canonical name).
        since, until : str, optional
            Only claims first reported on or after / on or before this ISO date.
        text : str, optional
            Only claims with a report containing these words (case-insensitive).

        Returns
        -------
        pandas.DataFrame
            ``text`` is the longest direct report (else the longest report); ``first_reported`` the earliest
            date (None if undated).

        Examples
        --------
        >>> Corpus(":memory:").claims().columns.tolist()[:4]
        ['id', 'speaker', 'text', 'first_reported']
        """
        from quotetrack.notebook.frames import _pandas

        columns = ["id", "speaker", "text", "first_reported", "first_article", "n_reports", "n_articles",
                   "n_outlets"]
        return _pandas().DataFrame(self.claim_rows(speaker, since, until, text), columns=columns)

    def timeline(self, claim_id: int) -> pandas.DataFrame:
        """The reports of a claim, in date order: ``article, outlet, date, statement, start, end, kind, text, ...``.

        Examples
        --------
        >>> Corpus(":memory:").timeline(1).columns.tolist()[:3]
        ['article', 'outlet', 'date']
        """
        from quotetrack.notebook.frames import _pandas

        columns = ["article", "outlet", "date", "statement", "start", "end", "kind", "text", "article_title", "url"]
        return _pandas().DataFrame(self.timeline_rows(claim_id), columns=columns)

    def responses(self, claim_id: int) -> pandas.DataFrame:
        """The responses, in any article, to the reports of a claim: who answered, how, and with what words.

        Examples
        --------
        >>> Corpus(":memory:").responses(1).columns.tolist()[:5]
        ['article', 'outlet', 'date', 'source', 'target']
        """
        from quotetrack.notebook.frames import _pandas

        columns = ["article", "outlet", "date", "source", "target", "statement", "target_statement", "cue",
                   "evidence", "stance", "text", "target_text"]
        return _pandas().DataFrame(self.response_rows(claim_id), columns=columns)

    def articles(self) -> Iterator[Article]:
        """The stored articles rebuilt, in ingestion order, without their text (``text`` is empty).

        Statements, speakers (with organisation and country), responses and
        the metadata ``outlet``, ``date``, ``title``, ``url`` and ``claims``
        (the claim id of each statement) come back; offsets still point into
        the original text.

        Examples
        --------
        >>> from quotetrack import read
        >>> with Corpus(":memory:") as corpus:
        ...     _ = corpus.add([read('"Yes," Jane Smith said.', id="a")])
        ...     [s.speaker.name for a in corpus.articles() for s in a.statements]
        ['Jane Smith']
        """
        db = self._db
        organisations = {name: Organisation(name=name, country=country)
                         for name, country in db.execute("SELECT name, country FROM organisations")}
        aliases: dict[str, list[str]] = {}
        for name, alias in db.execute("SELECT speaker, alias FROM speaker_aliases ORDER BY speaker, alias"):
            aliases.setdefault(name, []).append(alias)
        speakers = {
            name: Speaker(name=name, kind=kind or "person", title=title, country=country,
                          organisation=organisations.get(org) if org else None,
                          aliases=tuple(aliases.get(name, ())))
            for name, kind, title, org, country in db.execute(
                "SELECT name, kind, title, organisation, country FROM speakers")
        }
        ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY seq")]
        for article_id in ids:  # one article at a time
            outlet, url, title, date = db.execute(
                "SELECT outlet, url, title, published FROM articles WHERE id = ?", (article_id,)).fetchone()
            statements, claims = [], []
            for row in db.execute("SELECT start, \"end\", kind, text, cue, cue_start, cue_end, cue_lemma, speaker, "
                                  "mention_start, mention_end, mention_text, quoted, claim_id FROM statements "
                                  "WHERE article_id = ? ORDER BY idx", (article_id,)):
                (start, end, kind, text, cue, cue_start, cue_end, lemma, speaker, m_start, m_end, m_text, quoted,
                 claim_id) = row
                statements.append(Statement(
                    start=start, end=end, text=text, kind=kind,
                    cue=Cue(start=cue_start, end=cue_end, text=cue, lemma=lemma) if cue is not None else None,
                    speaker=speakers.get(speaker) if speaker is not None else None,
                    speaker_mention=Mention(start=m_start, end=m_end, text=m_text) if m_start is not None else None,
                    quoted=tuple((s, e) for s, e in json.loads(quoted)),
                ))
                claims.append(claim_id)
            responses = [
                Response(source=source, target=target, statement=statement, target_statement=target_statement,
                         cue=cue, evidence=evidence, stance=stance,
                         evidence_span=Mention(start=e_start, end=e_end, text=e_text) if e_start is not None else None)
                for source, target, statement, target_statement, cue, evidence, e_start, e_end, e_text, stance
                in db.execute("SELECT source, target, statement, target_statement, cue, evidence, evidence_start, "
                              "evidence_end, evidence_text, stance FROM responses WHERE article_id = ? ORDER BY idx",
                              (article_id,))
            ]
            used = {s.speaker.name: s.speaker for s in statements if s.speaker is not None}
            orgs = {sp.organisation.name: sp.organisation for sp in used.values() if sp.organisation is not None}
            yield Article(
                id=article_id, text="", statements=tuple(statements), speakers=tuple(used.values()),
                organisations=tuple(orgs.values()), responses=tuple(responses),
                metadata={"outlet": outlet, "date": date, "title": title, "url": url, "claims": tuple(claims)},
            )

    def graph(self, level: str = "statement") -> nx.MultiDiGraph | nx.DiGraph:
        """The response graph of the whole corpus (:func:`quotetrack.response_graph`), or its projection.

        Statement nodes carry the ``claim`` they report (when they have one).

        Parameters
        ----------
        level : {"statement", "speaker", "organisation", "country"}
            ``statement``: the full graph; otherwise :func:`quotetrack.project` at that level.

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
        from quotetrack.graph.build import _statement_id, project, response_graph

        claims: dict[str, int] = {}

        def remember(articles: Iterator[Article]) -> Iterator[Article]:
            for article in articles:
                ids: Sequence[int | None] = article.metadata["claims"]  # type: ignore[assignment]
                for index, claim_id in enumerate(ids):
                    if claim_id is not None:
                        claims[_statement_id(article, index)] = claim_id
                yield article

        graph = response_graph(remember(self.articles()))
        for node, claim_id in claims.items():
            graph.nodes[node]["claim"] = claim_id
        if level == "statement":
            return graph
        return project(graph, level)  # type: ignore[arg-type]
