"""The ``quotetrack`` command line.

``quotetrack extract PATH... [--format table|json|jsonl|csv] [--with-text] [--backend auto|embedded|stanza]``
reads articles and prints their statements; ``quotetrack graph PATH... -o FILE [--level ...]``
writes who responded to whom as a graph file; ``quotetrack ingest PATH... --db FILE`` stores
articles in a corpus and ``quotetrack claims --db FILE`` lists the claims tracked across it.

Every command that reads takes, besides texts, the JSONL records ``extract --format jsonl``
writes: they are not read again (``ingest`` needs them written ``--with-text``).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import gc
import importlib.metadata
import itertools
import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

import attrs

from quotetrack.backends import backend_names, choose_backend, get_backend
from quotetrack.backends import stanza as stanza_backend
from quotetrack.cli.tables import claims_command, open_corpus, speakers_command
from quotetrack.corpus.claims import Prepared, prepare
from quotetrack.corpus.store import DEFAULT_FIELDS, Corpus, IngestCounts
from quotetrack.errors import InputError, QuotetrackError, ReadTimeout
from quotetrack.graph.build import project, response_graph
from quotetrack.graph.io import graph_target, temporary_beside, write_graph
from quotetrack.inputs import is_record, iter_inputs, said_twice
from quotetrack.model import Article
from quotetrack.pipeline import DEFAULT_MAX_LENGTH, read_many
from quotetrack.responses import DEFAULT_COMBINATION
from quotetrack.records import (
    TERM_COLUMNS,
    article_from_record,
    article_record,
    response_rows,
    statement_rows,
    term_rows,
    write_record,
)
from quotetrack.terminal import count, print_table

__all__ = ["main"]

DEFAULT_INGEST_SECONDS = 60.0  # a news article reads in milliseconds: a minute means something is wrong

_CSV_FIELDS = ["id", "start", "end", "kind", "text", "cue", "speaker", "title", "organisation", "country", "speakers",
               "medium", "addressee"]
_RESPONSE_FIELDS = ["id", "source", "target", "statement", "target_statement", "cue", "evidence", "stance",
                    "confidence", "text", "target_text", "outlet", "date"]


def _warner(err: TextIO) -> Callable[[str], None]:
    def warn(message: str) -> None:
        err.write(f"quotetrack: warning: {message}\n")

    return warn


Documents = Iterable[dict[str, Any]]
_T = TypeVar("_T")


def _readings(documents: Documents, read: Callable[[Documents], Iterable[_T]],
              on_error: Callable[[QuotetrackError], None] | None,
              admit: Callable[[Documents], Documents] = lambda run: run) -> Iterator[_T | Article]:
    """The articles of input documents, in input order: records rebuilt (not read again), texts read by ``read``.

    Each run of texts or of records goes through ``admit`` (which may drop documents) before.
    """
    for records, run in itertools.groupby(documents, key=is_record):
        if not records:
            yield from read(admit(run))
            continue
        for record in admit(run):
            try:
                yield article_from_record(record)
            except InputError as error:
                if on_error is None:
                    raise
                on_error(error)


def _progress(items: Iterable[Article], args: argparse.Namespace, err: TextIO, show: bool) -> Iterable[Article]:
    """``items`` with a progress bar on standard error when it is a terminal (and ``show``), unless ``--quiet``."""
    if args.quiet or not show or not err.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=" articles", file=err, dynamic_ncols=True, leave=False)


def _articles(args: argparse.Namespace, err: TextIO) -> Iterator[Article]:
    """The articles the command's inputs name, read with its options."""
    documents = iter_inputs(args.paths, skip_errors=args.skip_errors, encoding_errors=args.encoding_errors,
                            encoding=args.encoding, recursive=args.recursive, glob=args.glob, stdin=sys.stdin,
                            warn=_warner(err))
    on_error = _skipper(args, err)
    return _readings(documents, lambda texts: read_many(
        texts, backend=args.backend, stanza_dir=args.stanza_dir, max_length=args.max_length or None,
        max_seconds=args.max_seconds or None, jobs=args.jobs, on_error=on_error, combination=args.combination),
        on_error)


def _add_combination(command: argparse.ArgumentParser) -> None:
    command.add_argument("--combination", type=_choice, choices=["rules", "learned"], default=DEFAULT_COMBINATION,
                         help="how the signs of a response combine: the hand-set confidences (rules) or the model "
                              "learned from annotated responses (learned; docs/responses.md)")


def _skipper(args: argparse.Namespace, err: TextIO) -> Callable[[QuotetrackError], None] | None:
    """With ``--skip-errors``: warn of a document that cannot be read, and go on."""
    if not args.skip_errors:
        return None
    warn = _warner(err)
    return lambda error: warn(f"skipped: {error}")


def _joined(row: dict[str, Any]) -> dict[str, str]:
    """A statement row's ``speakers`` as one CSV cell ("Tom Smith; Mary Jones"); nothing for other rows."""
    return {"speakers": "; ".join(row["speakers"])} if "speakers" in row else {}


def _write_articles(args: argparse.Namespace, articles: Iterable[Article], out: TextIO) -> None:
    writer = None
    fields, flatten = {"statements": (_CSV_FIELDS, statement_rows), "responses": (_RESPONSE_FIELDS, response_rows),
                       "terms": (TERM_COLUMNS, term_rows)}[args.table]
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
    records = []
    for article in articles:
        if args.min_confidence > 0:  # the same responses in every format, as graph --min-confidence keeps
            article = attrs.evolve(article, responses=tuple(
                r for r in article.responses if r.confidence >= args.min_confidence))
        if args.format == "jsonl":
            write_record(article, out, with_text=args.with_text)
        elif args.format == "json":
            records.append(article_record(article, with_text=args.with_text))
        elif writer is not None:
            writer.writerows({**row, "id": row["article"], **_joined(row)} for row in flatten(article))
        else:
            print_table(article, out)
        out.flush()
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.with_text and args.format not in ("json", "jsonl"):
        raise InputError("--with-text: only with --format json or jsonl (it adds the text to each record)")
    articles: Iterable[Article] = _articles(args, err)
    if args.output is None:  # a table printing on the same terminal shows the progress itself
        _write_articles(args, _progress(articles, args, err, show=not out.isatty()), out)
        return 0
    articles = _progress(articles, args, err, show=True)
    # A file appears whole or not at all: written beside its place, renamed when complete.
    target = Path(args.output)
    if not target.parent.is_dir() or target.is_dir():
        raise InputError(f"{target}: " + ("a folder; -o takes a file name" if target.is_dir() else
                                          f"folder {target.parent} does not exist"))
    handle, temporary = temporary_beside(target)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            _write_articles(args, articles, file)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return 0


def _graph(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    graph_target(args.output)  # a file it cannot write is an error before the reading, not after
    if args.db:
        with open_corpus(args.db) as corpus:
            graph = corpus.graph(args.level, min_confidence=args.min_confidence)
    else:
        graph = response_graph(_progress(_articles(args, err), args, err, show=True),
                               min_confidence=args.min_confidence)
        if args.level != "statement":
            graph = project(graph, args.level)
    path = write_graph(graph, args.output)
    out.write(f"{path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges ({args.level} level)\n")
    return 0


def _fields(specs: Sequence[str]) -> dict[str, str]:
    fields = {}
    for spec in specs:
        field, _, path = spec.partition("=")
        field, path = field.strip(), path.strip()
        if not field or not path:
            raise InputError(f"--field {spec!r}: expected FIELD=PATH, as in outlet=meta.publisher")
        if field not in DEFAULT_FIELDS:
            raise InputError(f"--field {spec!r}: the fields are {', '.join(DEFAULT_FIELDS)}")
        fields[field] = path
    return fields


def _summary(counts: IngestCounts) -> str:
    return (f"{count(counts.total, 'article')}: {counts.added} added, {counts.unchanged} unchanged, "
            f"{counts.replaced} replaced")


def _ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fields = _fields(args.field)
    if args.dask and args.jobs != 1:
        raise InputError("--dask and --jobs: choose one (the Dask workers do the reading)")
    live = err.isatty() and not args.quiet
    skipped = 0
    warn = _warner(err)
    on_error = _skipper(args, err)

    bar = None
    if live:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=err, dynamic_ncols=True, leave=False)

    def progress(counts: IngestCounts) -> None:
        counts = attrs.evolve(counts, unchanged=counts.unchanged + skipped)
        if bar is not None:
            bar.update(counts.total - bar.n)
            if counts.total % max(1, args.progress_every) == 0:
                bar.set_postfix_str(_summary(counts).partition(": ")[2], refresh=False)

    with contextlib.ExitStack() as stack:
        client = None
        if args.dask:  # connect first: an unreachable scheduler leaves no corpus file behind
            from quotetrack.corpus.cluster import connect, read_on_dask

            client = stack.enter_context(connect(args.dask, timeout=args.dask_timeout))
        corpus = stack.enter_context(Corpus(args.db))

        def unstored(documents: Documents) -> Iterator[dict[str, Any]]:
            # An article stored with the same text is not read again. With --jobs a run of texts is consumed in a
            # thread of the worker pool: the check has its own connection, made in the thread that uses it.
            nonlocal skipped
            with Corpus(args.db) as stored:
                for document in documents:
                    if not isinstance(document.get("text"), str):  # a record written without --with-text
                        error = InputError(f"{document['id']}: a reading record without its text; the corpus keeps "
                                           "the text's hash: write it with quotetrack extract --format jsonl "
                                           "--with-text")
                        if on_error is None:
                            raise error
                        on_error(error)
                    elif stored.is_stored(document["id"], document["text"]):
                        skipped += 1
                    else:
                        yield document

        def read(texts: Documents) -> Iterable[Article | Prepared]:
            if client is not None:  # the workers read, this process stores
                return read_on_dask(texts, client, backend=args.backend, stanza_dir=args.stanza_dir,
                                    max_length=args.max_length or None, max_seconds=args.max_seconds or None)
            return read_many(texts, backend=args.backend, stanza_dir=args.stanza_dir,
                             max_length=args.max_length or None, max_seconds=args.max_seconds or None,
                             jobs=args.jobs, on_error=on_error, then=prepare)  # signed where read

        documents = said_twice(iter_inputs(args.paths, skip_errors=args.skip_errors, warn=warn, stdin=sys.stdin,
                                           encoding_errors=args.encoding_errors, recursive=args.recursive,
                                           glob=args.glob, encoding=args.encoding), warn)
        articles = _readings(documents, read, on_error, admit=unstored)
        counts = corpus.add(articles, fields=fields, progress=progress)
        counts = attrs.evolve(counts, unchanged=counts.unchanged + skipped)
        claims = corpus.stats()["claims"]
    if bar is not None:
        bar.close()
    if not args.quiet:
        err.write(f"{_summary(counts)}; {count(claims, 'claim')} in {args.db}\n")
    return 0


def _models(args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "download":
        processors = [p.strip() for p in args.processors.split(",") if p.strip()]
        installed = stanza_backend.download(args.dir, processors)
    else:
        installed = stanza_backend.status(args.dir)
    out.write(f"stanza models in {installed.directory}\n")
    version = installed.stanza_version or f"not installed ({stanza_backend.INSTALL})"
    out.write(f"stanza: {version}\n")
    for processor in stanza_backend.PROCESSORS:
        package = installed.processors.get(processor)
        out.write(f"  {processor:9} {package or '-'}\n")
    if installed.missing:
        out.write(f"missing: {', '.join(installed.missing)}; "
                  f"run: quotetrack models download --dir {installed.directory}\n")
    chosen = choose_backend("auto", args.dir).name
    out.write(f"--backend auto reads with the {chosen} backend\n")
    return 0


def _add_input_options(command: argparse.ArgumentParser, max_seconds: float = 0, optional: bool = False) -> None:
    command.add_argument("paths", nargs="*" if optional else "+", metavar="PATH",
                         help="a text file, a folder of them, a JSONL file of {id, text} lines (or of the records "
                              "extract --format jsonl writes, not read again), or - for stdin")
    command.add_argument("--backend", choices=backend_names(), default="auto", metavar="NAME",
                         help="auto (default): the best backend that can run here; "
                              + "; ".join(f"{name}: {get_backend(name).description}" for name in backend_names()[1:]))
    command.add_argument("--stanza-dir", metavar="DIR",
                         help="where stanza's models are (default: $QUOTETRACK_STANZA_DIR, $STANZA_RESOURCES_DIR, "
                              "or stanza's own folder)")
    command.add_argument("--quiet", action="store_true",
                         help="no progress bar and no summary (the bar shows only when standard error is a terminal)")
    command.add_argument("--recursive", action="store_true", help="read the subfolders of a folder too")
    command.add_argument("--glob", metavar="PATTERN",
                         help="the files of a folder to read, as in '*.md' (default: *.txt and *.jsonl); what a "
                              "folder holds besides is named in a warning")
    command.add_argument("--skip-errors", action="store_true",
                         help="skip malformed JSONL lines and documents that cannot be read (too long, over their "
                              "time budget) with a warning, and go on")
    command.add_argument("--encoding", type=_encoding, default="utf-8", metavar="NAME",
                         help="the encoding of text files (and standard input) that are not valid UTF-8, as in "
                              "cp1252 for files from Windows editors (default: none, an error); JSONL is UTF-8")
    command.add_argument("--encoding-errors", choices=["strict", "replace", "ignore"], default="strict",
                         help="what to do with bytes the encoding does not allow (default: strict, an error)")
    command.add_argument("--max-length", type=_number(int, math.inf, "a number of characters, 0 for no limit"),
                         default=DEFAULT_MAX_LENGTH, metavar="CHARS",
                         help=f"longest article read (default {DEFAULT_MAX_LENGTH:,}; 0: no limit)")
    command.add_argument("--max-seconds", type=_number(float, math.inf, "a number of seconds, 0 for no limit"),
                         default=max_seconds, metavar="SECONDS",
                         help=f"time budget of each document (default {max_seconds:g}; 0: no limit); a document "
                              "over it is an error, or skipped with --skip-errors")
    command.add_argument("--jobs", type=_COUNT, default=1, metavar="N",
                         help="worker processes reading in parallel (default 1; 0: one per CPU)")


def _number(kind: Callable[[str], Any], top: float, says: str) -> Callable[[str], Any]:
    """An argparse type: a number of ``kind`` from 0 to ``top``, else a usage error saying ``says``."""
    def number(value: str) -> Any:
        try:
            parsed = kind(value)
        except ValueError:
            parsed = None
        if parsed is None or not 0 <= parsed <= top:  # NaN too
            raise argparse.ArgumentTypeError(f"{value!r}: {says}")
        return parsed

    return number


_CONFIDENCE = _number(float, 1.0, "a confidence is a number from 0 to 1, as in 0.85")
_COUNT = _number(int, math.inf, "a whole number, 0 or more")


_TIMEOUT_HINT = "; give each article more time (--max-seconds SECONDS, 0: no limit) or skip such ones (--skip-errors)"


def _encoding(value: str) -> str:
    """An encoding Python knows, as ``--encoding`` names it (``cp1252``, ``latin-1``, ``utf-8``)."""
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"{value!r}: no such encoding (as in utf-8, cp1252, latin-1)") from None


def _choice(value: str) -> str:  # a word of --format, --table or --level as typed: any case, US spelling too
    return {"organization": "organisation"}.get(value.lower(), value.lower())


def _version() -> str:
    try:
        return importlib.metadata.version("quotetrack")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotetrack", description="Who said what, on whose behalf.")
    parser.add_argument("--version", action="version", version=f"quotetrack {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="read articles and print their statements")
    _add_input_options(extract)
    extract.add_argument("--format", type=_choice, choices=["table", "json", "jsonl", "csv"], default="table",
                         help="table (default): a readable table per article; jsonl: one record per article, the "
                              "shape scripts rely on; json: the records as one list; csv: one row per statement")
    extract.add_argument("--table", type=_choice, choices=["statements", "responses", "terms"], default="statements",
                         help="with --format csv: one row per statement (default), per response or per term")
    extract.add_argument("--min-confidence", type=_CONFIDENCE, default=0.0, metavar="C",
                         help="keep only the responses read with at least this confidence (0-1), in every format")
    extract.add_argument("--with-text", action="store_true",
                         help="add each article's text to its json/jsonl record, so that quotetrack.load gives the "
                              "article back whole and ingest can store it")
    extract.add_argument("-o", "--output", help="write to this file (whole or not at all) instead of stdout")
    _add_combination(extract)
    graph = commands.add_parser("graph", help="write who-responded-to-whom as a graph file")
    _add_input_options(graph, optional=True)
    graph.add_argument("--db", metavar="FILE",
                       help="draw the graph of this corpus file instead of reading articles (one node per speaker "
                            "entity and per organisation)")
    graph.add_argument("-o", "--output", required=True,
                       help="the file to write; its suffix picks the format: .graphml, .gexf, .json, .html")
    graph.add_argument("--min-confidence", type=_CONFIDENCE, default=0.0, metavar="C",
                       help="leave out responses read with less confidence than this (0-1; docs/responses.md)")
    _add_combination(graph)
    graph.add_argument("--level", type=_choice, choices=["statement", "speaker", "organisation", "country"],
                       default="statement",
                       help="statement (default): the full graph of statements and who they answer; speaker, "
                            "organisation, country: who responded to whom at that level")
    ingest = commands.add_parser("ingest", help="read articles into a corpus file and track their claims")
    _add_input_options(ingest, max_seconds=DEFAULT_INGEST_SECONDS)
    ingest.add_argument("--db", required=True, metavar="FILE", help="the corpus (SQLite) file; created if missing")
    ingest.add_argument("--field", action="append", default=[], metavar="FIELD=PATH",
                        help="where an article field (outlet, date, title, url) is in the input records: a dotted "
                             "path, | between alternatives (default: "
                             + "; ".join(f"{k}={v}" for k, v in DEFAULT_FIELDS.items()) + ")")
    ingest.add_argument("--dask", metavar="SCHEDULER_ADDRESS",
                        help="read on this Dask cluster (tcp://host:8786), store here; needs "
                             "pip install \"quotetrack[dask]\"")
    ingest.add_argument("--dask-timeout", type=float, default=10.0, metavar="SECONDS",
                        help="how long to try to reach the Dask scheduler (default 10)")
    ingest.add_argument("--progress-every", type=_COUNT, default=10, metavar="N",
                        help="update the counts beside the progress bar every N articles (default 10)")
    claims = commands.add_parser("claims", help="list the claims tracked in a corpus file")
    claims.add_argument("--db", required=True, metavar="FILE", help="the corpus file")
    claims.add_argument("--speaker", metavar="NAME",
                        help="only this speaker's claims: any name form (case and accents ignored), a surname, or "
                             "#ID; an ambiguous name lists its candidates")
    claims.add_argument("--since", metavar="DATE", help="only claims first reported on or after this ISO date")
    claims.add_argument("--until", metavar="DATE", help="only claims first reported on or before this ISO date")
    claims.add_argument("--text", metavar="WORDS", help="only claims with a report containing these words")
    claims.add_argument("--outlet", metavar="NAME", help="only claims this outlet reported")
    claims.add_argument("--limit", type=_COUNT, metavar="N", help="at most N claims")
    claims.add_argument("--format", type=_choice, choices=["table", "jsonl", "csv"], default="table",
                        help="table (default), jsonl (one claim a line, with its reports and responses) or csv")
    claims.add_argument("--table", type=_choice, choices=["claims", "statements", "responses", "terms"],
                        default="claims",
                        help="with --format csv: one row per claim (default), per report, per response to a "
                             "report, or per term of the reporting articles")
    speakers = commands.add_parser("speakers", help="list the speakers of a corpus file, one per person")
    speakers.add_argument("--db", required=True, metavar="FILE", help="the corpus file")
    speakers.add_argument("--name", metavar="NAME", help="only the speakers this name may stand for")
    speakers.add_argument("--min-claims", type=_COUNT, default=0, metavar="N", help="only speakers of N claims or more")
    speakers.add_argument("--format", type=_choice, choices=["table", "jsonl", "csv"], default="table",
                          help="table (default), jsonl (with how each name form was joined) or csv")
    models = commands.add_parser("models", help="install or inspect stanza's English models")
    actions = models.add_subparsers(dest="action", required=True)
    download = actions.add_parser("download", help="fetch the English models through stanza's download")
    download.add_argument("--dir", help="where to put them (default: as for --stanza-dir)")
    download.add_argument("--processors", default=",".join(stanza_backend.DEFAULT_PROCESSORS),
                          help="comma-separated, from: " + ", ".join(stanza_backend.PROCESSORS)
                               + " (coref is optional and large)")
    show = actions.add_parser("status", help="say which models are installed, and where")
    show.add_argument("--dir", help="the folder to look in (default: as for --stanza-dir)")
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit status.

    Examples
    --------
    >>> import io
    >>> main(["extract", "/no/such/file"], err=io.StringIO())
    2
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "graph" and bool(args.paths) == bool(args.db):
        parser.error("graph: give articles to read, or --db FILE for a corpus (not both)")
    if getattr(args, "table", None) not in (None, "statements", "claims") and args.format != "csv":
        parser.error(f"--table {args.table}: only with --format csv (it picks the rows of the CSV; the "
                     f"{args.format} format does not take it)")
    try:
        if args.command == "models":
            return _models(args, out)
        if args.command == "ingest":
            return _ingest(args, out, err)
        if args.command == "claims":
            return claims_command(args, out, err)
        if args.command == "speakers":
            return speakers_command(args, out)
        return _graph(args, out, err) if args.command == "graph" else _extract(args, out, err)
    except QuotetrackError as exc:
        err.write(f"quotetrack: error: {exc}{_TIMEOUT_HINT if isinstance(exc, ReadTimeout) else ''}\n")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # -o files are written whole or not at all; ingest commits article by article
        err.write("quotetrack: interrupted; articles stored or printed so far stay, an -o file is not written\n")
        return 130


# The collector's first generation collected every 50,000 new container objects rather than every 700: a reading
# makes millions of short-lived tokens, mentions and cues, and each young collection, and each full one it brings,
# walks all that the assembly of a long text keeps (16,000 statements a MB of statement-dense text), to free nothing:
# 14% of the CPU on a text of thousands of speakers, 8% on news; readings and peak memory unchanged (bench/README.md).
_COLLECTOR_THRESHOLDS = (50_000, 20, 20)


def run() -> None:
    """Entry point of the ``quotetrack`` console script (a process of its own: it tunes the collector; ``main``,
    called in another program's process, leaves it as it is)."""
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)
    sys.exit(main())

