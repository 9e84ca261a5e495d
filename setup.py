"""Build script. By default quotetrack is pure Python and installs anywhere (the metadata is in pyproject.toml).

``QUOTETRACK_COMPILE=1`` compiles the reading's rule modules with mypyc into C extension modules (faster; needs
``mypy`` and a C compiler where it is built); the Python sources stay the fallback where no compiled module is built.
In a checkout, ``python scripts/build_compiled.py DIR`` makes a compiled copy of the package in DIR (see the README);
``QUOTETRACK_COMPILE=1 pip install --no-build-isolation .`` installs a compiled build (mypy installed beforehand).
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# The modules compiled: the rules that read a text. Left as Python: the modules whose attrs classes have a field
# default made by attrs (``attrs.Factory``, ``attrs.field``: mypyc 2.4 type-checks the default itself and fails on
# import), i.e. attribution.persons, lexicon, pipeline, model, document; windows and budget (mypyc 2.4 cannot
# compile a closure there); the numpy parser; everything outside the reading (command line, corpus, graph, notebook).
COMPILED_FOLDERS = ("quotetrack/attribution", "quotetrack/responses")
NOT_COMPILED = ("quotetrack/attribution/persons.py",)
COMPILED_FILES = (
    "quotetrack/backends/embedded/__init__.py",
    "quotetrack/backends/embedded/tokens.py",
    "quotetrack/backends/lexical.py",
    "quotetrack/backends/name_runs.py",
    "quotetrack/backends/layout.py",
)


def compiled_modules(root: Path) -> list[str]:
    """The paths (relative to ``root``) of the modules ``QUOTETRACK_COMPILE=1`` compiles."""
    found = [p.relative_to(root).as_posix()
             for folder in COMPILED_FOLDERS for p in sorted((root / folder).glob("*.py"))]
    return [path for path in found if path not in NOT_COMPILED] + list(COMPILED_FILES)


def extensions() -> list:
    """mypyc's extension modules when ``QUOTETRACK_COMPILE`` is set (not empty, not 0), else none."""
    if os.environ.get("QUOTETRACK_COMPILE", "0") in ("", "0"):
        return []
    from mypyc.build import mypycify  # only a compiled build needs mypy

    root = Path(__file__).resolve().parent
    opt_level = os.environ.get("MYPYC_OPT_LEVEL", "3")
    return mypycify(["--ignore-missing-imports", *compiled_modules(root)], opt_level=opt_level)


if __name__ == "__main__":
    setup(ext_modules=extensions())
