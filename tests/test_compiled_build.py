"""setup.py: pure Python unless QUOTETRACK_COMPILE asks for the mypyc build, which compiles only modules that exist
and leaves out the ones mypyc cannot compile."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def setup_module_namespace() -> dict:
    return runpy.run_path(str(REPO / "setup.py"), run_name="setup_under_test")  # not __main__: setup() not run


@pytest.mark.parametrize("value", [None, "", "0"])
def test_default_build_is_pure_python(setup_module_namespace, monkeypatch, value):
    if value is None:
        monkeypatch.delenv("QUOTETRACK_COMPILE", raising=False)
    else:
        monkeypatch.setenv("QUOTETRACK_COMPILE", value)
    assert setup_module_namespace["extensions"]() == []


def test_compiled_modules_exist_and_leave_out_the_data_classes(setup_module_namespace):
    modules = setup_module_namespace["compiled_modules"](REPO)
    assert modules and all((REPO / path).is_file() for path in modules)
    assert "quotetrack/responses/reader.py" in modules and "quotetrack/backends/embedded/tokens.py" in modules
    for left_out in ("quotetrack/attribution/persons.py", "quotetrack/model.py", "quotetrack/document.py",
                     "quotetrack/windows.py", "quotetrack/budget.py", "quotetrack/backends/embedded/parser.py"):
        assert left_out not in modules
    assert len(modules) == len(set(modules))
