"""docs/api.md is generated from the docstrings (docs/make_api.py) and must not drift from them.

If test_api_md_is_up_to_date fails, regenerate it:  python docs/make_api.py
"""

from __future__ import annotations

import importlib.util
import inspect
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quotetrack

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "docs" / "make_api.py"
API = REPO / "docs" / "api.md"


@pytest.fixture(scope="module")
def make_api():
    spec = importlib.util.spec_from_file_location("make_api", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PUBLIC = [(name, getattr(quotetrack, name)) for name in quotetrack.__all__]
FUNCTIONS = [name for name, obj in PUBLIC if inspect.isfunction(obj)]
CLASSES = [name for name, obj in PUBLIC if inspect.isclass(obj)]


def test_api_md_is_up_to_date(make_api):
    assert API.exists(), "docs/api.md is missing: run python docs/make_api.py"
    assert API.read_text(encoding="utf-8") == make_api.render(), \
        "docs/api.md is out of date with the docstrings: run python docs/make_api.py"


def test_check_mode_agrees(make_api):
    assert make_api.main(["--check"]) == 0


def test_output_is_deterministic(make_api):
    """The same text from a fresh interpreter with another hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    code = ("import importlib.util, sys; spec = importlib.util.spec_from_file_location('m', sys.argv[1]); "
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); sys.stdout.write(m.render())")
    result = subprocess.run([sys.executable, "-c", code, str(SCRIPT)], capture_output=True, text=True,
                            encoding="utf-8", env=env, cwd=REPO, check=True, timeout=120)
    assert result.stdout == make_api.render()


def test_groups_cover_all_exactly(make_api):
    make_api.check_groups(list(quotetrack.__all__))  # raises SystemExit naming the culprits
    assert [title for title, _ in make_api.GROUPS.values()] == ["Reading", "Backends", "Records", "Data model",
                                                                 "Graph", "Corpus", "Notebook", "Errors"]


def test_every_public_name_has_an_entry():
    text = API.read_text(encoding="utf-8")
    for name in quotetrack.__all__:
        assert f"\n### `{name}`\n" in text, name
    for name in FUNCTIONS:
        assert f"```python\n{name}(" in text, name  # its signature
    assert "#### `Article._repr_html_`" in text and "#### `Article.statements_frame`" in text
    assert "no docstring" not in text


def test_every_public_name_has_a_docstring():
    lacking = [name for name, obj in PUBLIC if not (inspect.getdoc(obj) or "").strip()]
    assert lacking == []
    # Class docstrings are their own (not inherited from object or Exception).
    inherited = [name for name in CLASSES if getattr(quotetrack, name).__doc__ in (None, object.__doc__,
                                                                                   Exception.__doc__)]
    assert inherited == []


def test_public_methods_have_docstrings(make_api):
    lacking = [f"{name}.{member}" for name in CLASSES for member, value in make_api._members(getattr(quotetrack, name))
               if not (inspect.getdoc(value) or "").strip()]
    assert lacking == []


def _has_examples(obj) -> bool:
    lines = (inspect.getdoc(obj) or "").splitlines()
    return any(line.strip() == "Examples" and following.strip().startswith("---")
               for line, following in itertools.pairwise(lines)) and ">>>" in (inspect.getdoc(obj) or "")


def test_every_public_function_has_examples():
    assert FUNCTIONS, "no public functions found"
    lacking = [name for name in FUNCTIONS if not _has_examples(getattr(quotetrack, name))]
    assert lacking == [], f"public functions without an Examples section: {lacking}"
