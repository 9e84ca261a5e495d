"""setup.py: pure Python unless QUOTETRACK_COMPILE asks for the mypyc build, which compiles only modules that exist
and leaves out the ones mypyc cannot compile."""

from __future__ import annotations

import ast
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


def _attrs_made_defaults(path: Path) -> list[str]:
    """The fields of the attrs classes in ``path`` whose value is made by attrs (``attrs.field(...)``,
    ``attrs.Factory(...)``): mypyc 2.4 compiles such a class, and the module then fails on import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        if not any("attr" in ast.unparse(d) for d in cls.decorator_list):
            continue
        for statement in cls.body:
            value = statement.value if isinstance(statement, (ast.AnnAssign, ast.Assign)) else None
            if isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1] in {"field", "ib", "Factory"}:
                found.append(f"{path.name}:{cls.name}:{statement.lineno}")
    return found


def test_compiled_modules_hold_no_attrs_made_defaults(setup_module_namespace):
    made = [f for path in setup_module_namespace["compiled_modules"](REPO) for f in _attrs_made_defaults(REPO / path)]
    assert made == []


def test_the_attrs_default_check_finds_one(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import attrs\n\n@attrs.frozen\nclass C:\n    a: int = 0\n"
                      "    b: dict = attrs.field(factory=dict)\n")
    assert _attrs_made_defaults(module) == ["m.py:C:6"]
