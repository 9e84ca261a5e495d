"""Claims: statements by the same speaker reporting the same words, matched with MinHash.

Words are compared as shingles (runs of :data:`SHINGLE_WORDS` words, lower case,
punctuation dropped). Each statement's shingles are signed with MinHash; the
signature's bands, hashed with the speaker, are kept in the corpus's
``claim_bands`` table, so that a new statement is compared only with the claims
sharing a band, and a candidate is confirmed by the containment of its
shingles. :func:`file_claim` and :func:`refresh_claims` keep the ``claims``,
``claim_bands`` and ``statements.claim_id`` of a corpus file in step.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import re
import sqlite3
import unicodedata
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from quotetrack.model import Article

__all__ = ["BANDS", "CONTAINMENT", "NUM_PERM", "SHINGLE_WORDS", "Prepared", "band_hashes", "claim_text", "file_claim",
           "match_shingles", "overlap", "prepare", "refile", "refresh_claims", "shingles", "signature"]

SHINGLE_WORDS = 3
NUM_PERM = 64
BANDS = 32  # of NUM_PERM // BANDS = 2 rows each: statements sharing a fifth of their shingles meet 3 times in 4
CONTAINMENT = 0.6  # of the smaller shingle set in the larger, to confirm a candidate
_PRIME = (1 << 61) - 1
_rng = random.Random(20261127)  # fixed seed: the same permutations in every process
_PERMUTATIONS = tuple((_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_PERM))
del _rng
_WORD = re.compile(r"\w+")
# What a quotation cut out of its sentence keeps at its edges: the comma before "he said", an opening dash.
_EDGES = re.compile(r"^[\s,;:\-–—…]+|[\s,;:\-–—]+$")

Report = tuple[str, int, str, str, int, str, str | None, int]
"""A stored report of a claim: article id, statement index, kind, text, start, quoted (JSON), date, article seq."""


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
    return _signature(shingle_set if isinstance(shingle_set, frozenset) else frozenset(shingle_set))


@functools.lru_cache(maxsize=4096)  # storing a statement signs its shingles twice: for its claim and its bands
def _signature(shingle_set: frozenset[str]) -> tuple[int, ...]:
    values = [zlib.crc32(s.encode("utf-8")) for s in shingle_set]
    if not values:
        return ()
    prime, minima = _PRIME, []
    for a, b in _PERMUTATIONS:
        minima.append(min([(a * x + b) % prime for x in values]))  # a list: faster than a generator here
    return tuple(minima)


def claim_text(text: str) -> str:
    """A report's words as a claim's text: without the punctuation its quotation left at the edges.

    Examples
    --------
    >>> claim_text("Nobody wins a long strike,"), claim_text("Will it end?")
    ('Nobody wins a long strike', 'Will it end?')
    """
    return _EDGES.sub("", text) or text


def band_hashes(speaker: str, sig: Sequence[int]) -> list[tuple[int, int]]:
    """``(band, hash)`` pairs of a signature; the speaker (an entity id, or "" for anyone) is hashed in, so only
    their claims meet.

    Examples
    --------
    >>> len(band_hashes("7", signature({"a b c"}))) == BANDS
    True
    """
    rows = len(sig) // BANDS
    out = []
    for band in range(BANDS):
        key = f"{speaker}\x1f" + ",".join(str(v) for v in sig[band * rows : (band + 1) * rows])
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "big", signed=True)))
    return out


def match_shingles(kind: str, text: str, start: int, quoted: Sequence[Sequence[int]]) -> frozenset[str]:
    """What a statement is matched on: a mixed statement's quoted words (when they run to 4 words), else its text.

    Examples
    --------
    >>> sorted(match_shingles("direct", "We will win.", 0, []))
    ['we will win']
    """
    if kind == "mixed" and quoted:
        parts = [text[s - start : e - start] for s, e in quoted if 0 <= s - start <= e - start <= len(text)]
        if sum(len(_words(p)) for p in parts) > SHINGLE_WORDS:
            return frozenset().union(*(shingles(p) for p in parts))
    return shingles(text)


@attrs.frozen
class Prepared:
    """An article with what storing it needs that depends on it alone: each statement's MinHash signature and its
    bands for anyone (``band_hashes("", signature)``), computed where the article was read (:func:`prepare`)."""

    article: Article
    signatures: tuple[tuple[int, ...], ...]
    bands: tuple[tuple[tuple[int, int], ...], ...]


def prepare(article: Article) -> Prepared:
    """The :class:`Prepared` article: given to :func:`quotetrack.read_many` as ``then``, a worker process signs
    the statements it read, and the process storing them does not.

    Examples
    --------
    >>> from quotetrack import read
    >>> prepared = prepare(read('"We will not back down," Jane Smith said.'))
    >>> len(prepared.signatures[0]), len(prepared.bands[0])
    (64, 32)
    """
    signatures, bands = [], []
    for st in article.statements:
        mine = match_shingles(st.kind, st.text, st.start, st.quoted)
        signatures.append(signature(mine) if mine else ())
        bands.append(tuple(band_hashes("", signatures[-1])) if mine else ())
    return Prepared(article=article, signatures=tuple(signatures), bands=tuple(bands))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """How much of the smaller shingle set is in the larger (0 for a lone shingle inside a longer text).

    Examples
    --------
    >>> overlap(shingles("we will not back down"), shingles("we will not back down now"))
    1.0
    """
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return 0.0
    if len(small) < 2 and small != large:
        return 0.0  # a three-word quote inside a longer one is too little to go on
    return len(small & large) / len(small)


def _text_rank(kind: str, text: str) -> tuple[bool, int]:
    """Which report is a claim's text: the longest wholly quoted one, else the longest."""
    return (kind == "direct", len(text))


def _order_key(date: str | None, seq: int, index: int) -> tuple[bool, str, int, int]:
    return (date is None, date or "", seq, index)


def _reports(db: sqlite3.Connection, claim_id: int) -> list[Report]:
    return db.execute(
        "SELECT s.article_id, s.idx, s.kind, s.text, s.start, s.quoted, a.published, a.seq "
        "FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.claim_id = ?", (claim_id,),
    ).fetchall()


def _report_shingles(report: Report) -> frozenset[str]:
    _, _, kind, text, start, quoted, _, _ = report
    return match_shingles(kind, text, start, json.loads(quoted))


def file_claim(db: sqlite3.Connection, article_id: str, index: int, row: Mapping[str, Any], date: str | None,
               seq: int, speaker_id: int, prefer_id: int | None = None, sig: Sequence[int] | None = None) -> int:
    """Give a stored statement its claim: the best confirmed candidate sharing a band, else a new claim.

    Parameters
    ----------
    db : sqlite3.Connection
        The corpus, inside the transaction storing the article.
    article_id, index : str, int
        The statement's article and its index there.
    row : mapping
        The statement's :func:`quotetrack.records.statement_row` (its ``speaker`` is not None).
    date : str or None
        The article's date.
    seq : int
        The article's ingestion number.
    speaker_id : int
        The entity who said it (:mod:`quotetrack.corpus.entities`): only their claims are candidates.
    prefer_id : int, optional
        The id a new claim takes if it is free (a claim filed again keeps its id).
    sig : sequence of int, optional
        The signature of the statement's words, when it was computed already (:func:`prepare`).

    Returns
    -------
    int
        How many candidate claims the statement was compared with.
    """
    speaker = str(speaker_id)
    mine = match_shingles(row["kind"], row["text"], row["start"], row["quoted"])
    if not mine:
        return 0
    bands = band_hashes(speaker, signature(mine) if sig is None else sig)
    candidates: set[int] = set()
    for band, value in bands:
        candidates.update(r[0] for r in db.execute(
            "SELECT claim_id FROM claim_bands WHERE band = ? AND hash = ?", (band, value)))
    best: tuple[float, int] | None = None
    for claim_id in sorted(candidates):
        if db.execute("SELECT speaker_id FROM claims WHERE id = ?", (claim_id,)).fetchone()[0] != speaker_id:
            continue  # a hash collision across speakers
        score = max((overlap(mine, _report_shingles(report)) for report in _reports(db, claim_id)), default=0.0)
        if score >= CONTAINMENT and (best is None or score > best[0]):
            best = (score, claim_id)
    if best is None:
        if prefer_id is not None and db.execute("SELECT 1 FROM claims WHERE id = ?", (prefer_id,)).fetchone():
            prefer_id = None
        claim_id = int(db.execute(
            "INSERT INTO claims (id, speaker, text, text_kind, first_article, first_date, speaker_id) "
            "VALUES (?, (SELECT name FROM entities WHERE id = ?), ?, ?, ?, ?, ?) RETURNING id",
            (prefer_id, speaker_id, row["text"], row["kind"], article_id, date, speaker_id)).fetchone()[0])
    else:
        claim_id = best[1]
        text, text_kind, first_article, first_date = db.execute(
            "SELECT text, text_kind, first_article, first_date FROM claims WHERE id = ?", (claim_id,)).fetchone()
        first_seq = db.execute("SELECT seq FROM articles WHERE id = ?", (first_article,)).fetchone()[0]
        if _order_key(date, seq, index) < _order_key(first_date, first_seq, 0):
            first_article, first_date = article_id, date
        if _text_rank(row["kind"], row["text"]) > _text_rank(text_kind, text):
            text, text_kind = row["text"], row["kind"]
        db.execute("UPDATE claims SET text = ?, text_kind = ?, first_article = ?, first_date = ? WHERE id = ?",
                   (text, text_kind, first_article, first_date, claim_id))
    db.execute("UPDATE statements SET claim_id = ? WHERE article_id = ? AND idx = ?", (claim_id, article_id, index))
    db.executemany("INSERT OR IGNORE INTO claim_bands VALUES (?, ?, ?)", [(b, h, claim_id) for b, h in bands])
    return len(candidates)


def refresh_claims(db: sqlite3.Connection, claim_ids: Iterable[int]) -> None:
    """After statements left these claims: drop the claims with no report left, refresh the others.

    A refreshed claim's text, first report and bands are made again from the reports it still has.
    """
    for claim_id in claim_ids:
        db.execute("DELETE FROM claim_bands WHERE claim_id = ?", (claim_id,))
        reports = _reports(db, claim_id)
        if not reports:
            db.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            continue
        speaker = str(db.execute("SELECT speaker_id FROM claims WHERE id = ?", (claim_id,)).fetchone()[0])
        first = min(reports, key=lambda r: _order_key(r[6], r[7], r[1]))
        longest = max(reports, key=lambda r: (*_text_rank(r[2], r[3]), -r[7], -r[1]))  # ties: the first stored
        db.execute("UPDATE claims SET text = ?, text_kind = ?, first_article = ?, first_date = ? WHERE id = ?",
                   (longest[3], longest[2], first[0], first[6], claim_id))
        for report in reports:
            db.executemany("INSERT OR IGNORE INTO claim_bands VALUES (?, ?, ?)",
                           [(b, h, claim_id) for b, h in band_hashes(speaker, signature(_report_shingles(report)))])


def refile(db: sqlite3.Connection, statements: Iterable[tuple[str, int]], keep_ids: bool = False) -> None:
    """File these stored statements under claims again (their speaker's entity changed), in date order.

    Parameters
    ----------
    db : sqlite3.Connection
        The corpus, inside a transaction.
    statements : iterable of (str, int)
        Article ids and statement indexes.
    keep_ids : bool
        A statement that makes a new claim gives it the id of its old claim when that id is free.
    """
    keys = sorted(set(statements))
    old: dict[tuple[str, int], int | None] = {}
    for article_id, index in keys:
        old[(article_id, index)] = db.execute("SELECT claim_id FROM statements WHERE article_id = ? AND idx = ?",
                                              (article_id, index)).fetchone()[0]
        db.execute("UPDATE statements SET claim_id = NULL WHERE article_id = ? AND idx = ?", (article_id, index))
    refresh_claims(db, sorted({c for c in old.values() if c is not None}))
    rows = []
    for article_id, index in keys:
        found = db.execute(
            "SELECT s.kind, s.text, s.start, s.quoted, a.published, a.seq, m.entity_id FROM statements s "
            "JOIN articles a ON a.id = s.article_id JOIN mentions m ON m.article_id = s.article_id AND "
            "m.name = s.speaker WHERE s.article_id = ? AND s.idx = ?", (article_id, index)).fetchone()
        if found is not None:
            rows.append((*found, article_id, index))
    rows.sort(key=lambda r: _order_key(r[4], r[5], r[8]))
    for kind, text, start, quoted, date, seq, entity_id, article_id, index in rows:
        row = {"kind": kind, "text": text, "start": start, "quoted": json.loads(quoted)}
        file_claim(db, article_id, index, row, date, seq, entity_id, old[(article_id, index)] if keep_ids else None)
