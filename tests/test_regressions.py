"""Every input the fuzzer ever caught failing (tests/regressions/) is read in time, with valid offsets.

The files are written by ``python -m fuzz`` (minimised, ``<kind>-<sha1[:12]>.txt``, raw UTF-8);
each is read with the same oracle the fuzzer uses, :func:`fuzz.check.check`, under a budget
of 10 seconds: no exception, no hang, every span slicing the text, and the same reading twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.check import check
from fuzz.regressions import digest, read_regression, regression_files

DIRECTORY = Path(__file__).resolve().parent / "regressions"
BUDGET = 10.0
FILES = regression_files(DIRECTORY)


def test_there_are_regression_files():
    """The directory is there and holds at least the first case (an 11-character hang)."""
    assert any(path.name == "hang-62cfb78d4be4.txt" for path in FILES)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_regression_reads_in_time_with_valid_offsets(path: Path):
    text = read_regression(path)
    assert path.stem.endswith(digest(text)), "the file name's hash is not the text's: was the file edited?"
    failure = check(text, BUDGET, twice=True)
    assert failure is None, f"{failure.signature}: {failure.detail} (text {text!r})"
