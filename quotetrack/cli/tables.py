"""The ``quotetrack claims`` and ``quotetrack speakers`` commands: a corpus's claims and speakers as a table, CSV or
JSONL (``quotetrack ingest`` fills the corpus; :mod:`quotetrack.cli` parses the command line)."""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from quotetrack.corpus import queries
from quotetrack.corpus.store import Corpus
from quotetrack.errors import AmbiguousSpeaker, InputError
from quotetrack.records import TERM_COLUMNS
from quotetrack.terminal import shorten

__all__ = ["claims_command", "open_corpus", "speakers_command"]


def open_corpus(path: str) -> Corpus:
    """The corpus stored at ``path``, which must exist (``ingest`` makes one)."""
    if not Path(path).is_file():
        raise InputError(f"{path}: no such corpus file")
    return Corpus(path)


def _write_csv(out: TextIO, fields: list[str], rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` as CSV with a header of ``fields`` (other keys left out); the command's exit status."""
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return 0


def _claim_records(corpus: Corpus, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, object]]:
    for row in rows:
        reports = [{k: r[k] for k in ("article", "outlet", "date", "start", "end", "speaker_id", "mention")}
                   for r in corpus.timeline_rows(row["id"])]
        responses = [{k: r[k] for k in ("article", "source", "statement", "target_statement", "cue", "evidence",
                                        "stance", "text", "source_id", "target_id")}
                     for r in corpus.response_rows(row["id"])]
        yield {"id": row["id"], "speaker": row["speaker"], "text": row["text"],
               "first_reported": row["first_reported"], "reports": reports, "responses": responses,
               "speaker_id": row["speaker_id"]}


_CLAIM_FIELDS = ["id", "speaker", "first_reported", "n_reports", "n_articles", "n_outlets", "text", "speaker_id"]


def _claim_table(corpus: Corpus, rows: list[dict[str, Any]], table: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The CSV of ``claims --table``: the claims, or the reports, responses or terms of their articles."""
    if table == "claims":
        return _CLAIM_FIELDS, rows
    if table == "statements":
        return (["claim", *queries.REPORT_COLUMNS],
                [{"claim": row["id"], **r} for row in rows for r in corpus.timeline_rows(row["id"])])
    if table == "responses":
        return (["claim", *queries.RESPONSE_COLUMNS],
                [{"claim": row["id"], **r} for row in rows for r in corpus.response_rows(row["id"])])
    articles = {a for row in rows for a in (r["article"] for r in corpus.timeline_rows(row["id"]))}
    return TERM_COLUMNS, [r for r in corpus.term_rows() if r["article"] in articles]


def claims_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with open_corpus(args.db) as corpus:
        try:
            rows = corpus.claim_rows(speaker=args.speaker, since=args.since, until=args.until, text=args.text,
                                     outlet=args.outlet, limit=args.limit)
        except AmbiguousSpeaker as exc:
            err.write(f"quotetrack: error: {exc}\n")
            for c in exc.candidates:
                orgs = ", ".join(o["name"] for o in c["organisations"]) or "-"
                err.write(f"  #{c['id']:<6} {c['name']:28} {c['n_claims']:>4} claims  forms: {'; '.join(c['forms'])}"
                          f"  organisations: {orgs}\n")
            return 2
        if args.speaker is not None and not corpus.find_speakers(args.speaker):
            err.write(f"quotetrack: warning: no speaker called {args.speaker!r} in {args.db} "
                      f"(quotetrack speakers --db {args.db} lists them)\n")
        if args.format == "jsonl":
            for record in _claim_records(corpus, rows):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return 0
        if args.format == "csv":
            return _write_csv(out, *_claim_table(corpus, rows, args.table))
    out.write(f"{'id':>6} {'speaker':22} {'first':10} {'reports':>7} {'outlets':>7}  text\n")
    for row in rows:
        out.write(f"{row['id']:>6} {shorten(row['speaker'], 22):22} {row['first_reported'] or '-':10} "
                  f"{row['n_reports']:>7} {row['n_outlets']:>7}  {shorten(row['text'], 70)}\n")
    return 0


def speakers_command(args: argparse.Namespace, out: TextIO) -> int:
    with open_corpus(args.db) as corpus:
        rows = corpus.find_speakers(args.name) if args.name else corpus.speaker_rows()
    if args.min_claims:
        rows = [row for row in rows if row["n_claims"] >= args.min_claims]
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    flat = [{**row, "forms": "; ".join(row["forms"]), "titles": "; ".join(row["titles"]),
             "organisations": "; ".join(o["name"] + (f" ({o['first']}..{o['last']})" if o["first"] else "")
                                        for o in row["organisations"]),
             "merges": "; ".join(f"{rule}: {n}" for rule, n in row["merges"].items())} for row in rows]
    if args.format == "csv":
        return _write_csv(out, queries.SPEAKER_COLUMNS, flat)
    out.write(f"{'id':>6} {'speaker':26} {'claims':>6} {'articles':>8}  {'organisations':34} forms\n")
    for row in flat:
        out.write(f"{row['id']:>6} {shorten(row['name'], 26):26} {row['n_claims']:>6} {row['n_articles']:>8}  "
                  f"{shorten(row['organisations'] or '-', 34):34} {shorten(row['forms'], 60)}\n")
    return 0
