"""Fuzzing quotetrack's reader: generated news-like text with hostile punctuation, and atheris.

Run it as a module::

    python -m fuzz --seconds 60 --mode generate --seed 1
    python -m fuzz --seconds 300 --mode atheris

Every failing input (an exception, a hang or an offset that does not slice the text) is
minimised and written to ``tests/regressions/<kind>-<sha1[:12]>.txt``, which
``tests/test_regressions.py`` reads back.

The modules:

``fuzz.generate``
    The structure-aware generator of news-like text.
``fuzz.check``
    :func:`fuzz.check.check`: read one text under a time budget and say what went wrong.
``fuzz.minimize``
    Delta debugging of a failing text down to a small one failing the same way.
``fuzz.regressions``
    Writing and reading the regression files.
``fuzz.driver``
    The generator-mode loop and the run summary.
``fuzz.atheris_mode``
    The coverage-guided mode: a libFuzzer child process driven by a parent.

This package does not import quotetrack when it is imported itself, so that the
atheris mode can instrument quotetrack's modules as they are first imported.
"""

from __future__ import annotations

__all__: list[str] = []
