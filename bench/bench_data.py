"""The data file the benchmarks read: a JSONL file of ``{"id", "text", ...}`` lines."""

from __future__ import annotations

import sys
from pathlib import Path

from quotetrack.errors import QuotetrackError
from quotetrack.records import iter_inputs


def load_documents(path: Path, program: str) -> list[dict[str, object]]:
    """The documents of ``path``; on a missing, unreadable or empty file, a one-line error and exit status 2."""
    if not path.is_file():
        print(f"{program}: no data file at {path}\n"
              f"  pass one with --data PATH (a JSONL file of {{\"id\", \"text\", ...}} lines)", file=sys.stderr)
        sys.exit(2)
    try:
        docs = list(iter_inputs([str(path)]))
    except QuotetrackError as exc:
        print(f"{program}: {exc}", file=sys.stderr)
        sys.exit(2)
    if not docs:
        print(f"{program}: {path} holds no documents", file=sys.stderr)
        sys.exit(2)
    return docs
