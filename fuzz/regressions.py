"""Regression files: one failing input a file, ``<kind>-<sha1[:12]>.txt``, raw UTF-8.

The text is written exactly: no newline translation (``newline=""``), no byte-order mark
added, and lone surrogates (should one ever get in) kept with ``surrogatepass``. The
hash is the SHA-1 of those bytes, so one input is written once whatever its kind.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fuzz.check import KINDS, Failure

__all__ = ["DEFAULT_DIR", "digest", "read_regression", "regression_files", "write_regression"]

#: Where regression files go, relative to the repository root.
DEFAULT_DIR = Path("tests") / "regressions"


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def digest(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of the text's UTF-8 bytes.

    Examples
    --------
    >>> digest("said D\\u201eL\\u201c\\u2019e\\n")
    '62cfb78d4be4'
    """
    return hashlib.sha1(_bytes(text)).hexdigest()[:12]


def write_regression(failure: Failure, directory: Path | str = DEFAULT_DIR) -> tuple[Path, bool]:
    """Write a failure's text to ``directory/<kind>-<sha1[:12]>.txt`` unless a file of that hash is there.

    Parameters
    ----------
    failure : Failure
        The (minimised) failure.
    directory : path
        The regression directory; made if missing.

    Returns
    -------
    (Path, bool)
        The file holding the text, and whether it was written now (False: it was there).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    h = digest(failure.text)
    existing = sorted(directory.glob(f"*-{h}.txt"))
    if existing:
        return existing[0], False
    path = directory / f"{failure.kind}-{h}.txt"
    with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
        f.write(failure.text)
    return path, True


def read_regression(path: Path | str) -> str:
    """The text of a regression file, exactly as written."""
    return Path(path).read_bytes().decode("utf-8", "surrogatepass")


def regression_files(directory: Path | str = DEFAULT_DIR) -> list[Path]:
    """Every regression file in ``directory`` (``<kind>-<hash>.txt``), sorted by name."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*-*.txt") if p.name.split("-", 1)[0] in KINDS)
