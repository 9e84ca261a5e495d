"""The tutorial notebook, docs/tutorial.ipynb, runs top to bottom from any folder and shows what it promises.

It is stored with its outputs (so that it reads on a code host) and executed here with nbclient in a
"python3" kernel in a temporary folder outside the repository, as a reader who downloaded it alone
would run it; the fresh outputs must match the stored ones loosely (docs/make_tutorial.py: the same
kinds of output per cell, the same printed text and plain results). If that fails after a change,
store the new outputs: python docs/make_tutorial.py
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "docs" / "tutorial.ipynb"


def _import_or_skip(name: str):
    try:
        return __import__(name)
    except ImportError:
        pytest.skip(f"running the tutorial notebook needs {name} (pip install -e \".[notebook]\")")


@pytest.fixture(scope="module")
def make_tutorial():
    _import_or_skip("nbformat")
    _import_or_skip("nbclient")
    _import_or_skip("ipykernel")
    spec = importlib.util.spec_from_file_location("make_tutorial", REPO / "docs" / "make_tutorial.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> Path:
    """A folder outside the repository holding only a copy of the notebook."""
    folder = tmp_path_factory.mktemp("downloaded")
    assert REPO not in folder.parents
    shutil.copy(NOTEBOOK, folder / NOTEBOOK.name)
    return folder


@pytest.fixture(scope="module")
def notebook(make_tutorial, outside):
    """The notebook, executed once in ``outside`` (raises CellExecutionError on the first failing cell)."""
    return make_tutorial.execute(outside / NOTEBOOK.name, outside)


@pytest.fixture(scope="module")
def executed(notebook):
    """The executed notebook's code cells' outputs."""
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def test_notebook_is_stored_with_its_outputs():
    stored = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert stored["metadata"]["kernelspec"]["name"] == "python3"
    code = [cell for cell in stored["cells"] if cell["cell_type"] == "code"]
    assert code, "the tutorial has no code cells"
    assert all(cell["outputs"] and cell["execution_count"] for cell in code), "run python docs/make_tutorial.py"
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))  # top to bottom, once
    assert not any("execution" in cell["metadata"] for cell in code)  # no timings: a run changes only outputs


def test_the_notebook_extra_opens_and_runs_it():
    """pip install "quotetrack[notebook]" is enough: a kernel, JupyterLab to open it, nbconvert to run it headless."""
    tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11's tomllib")
    extra = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    names = {requirement.split(">")[0].split("=")[0] for requirement in extra["notebook"]}
    assert {"ipykernel", "nbclient", "nbformat", "nbconvert", "jupyterlab", "pandas", "matplotlib"} <= names


def test_notebook_needs_no_repository():
    """Nothing is read from the repository's folders: the article comes from the package."""
    sources = "".join("".join(cell["source"]) for cell in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
                      if cell["cell_type"] == "code")
    assert "datasets.seed()" in sources
    assert "seeds/" not in sources and "Path.cwd" not in sources and "open(" not in sources


def test_outputs_match_the_stored_ones(make_tutorial, notebook):
    stored = make_tutorial.nbformat.read(NOTEBOOK, as_version=4)
    assert make_tutorial.shape(notebook) == make_tutorial.shape(stored)
    assert make_tutorial.texts(notebook) == make_tutorial.texts(stored)


def test_ran_outside_the_repository(outside):
    assert sorted(path.name for path in outside.iterdir()) == [NOTEBOOK.name]  # it wrote nothing there either


def _data(outputs, mime: str) -> list[str]:
    return [output["data"][mime] for output in outputs if mime in output.get("data", {})]


def test_no_cell_errors(executed):
    errors = [output for output in executed if output["output_type"] == "error"]
    assert errors == []
    assert not any(output.get("name") == "stderr" for output in executed)


def test_seed_from_the_package(executed):
    printed = "".join(output["text"] for output in executed if output.get("name") == "stdout")
    assert printed.startswith("000_54b514b8333d32ea 5,476 characters")


def test_highlighted_article(executed):
    pages = [page for page in _data(executed, "text/html") if "<mark" in page]
    assert pages, "no highlighted article in the outputs"
    assert any('data-speaker="Hua Chunying"' in page for page in pages)
    assert "<script" not in "".join(pages)


def test_dataframes(executed):
    tables = [page for page in _data(executed, "text/html") if "<table" in page]
    assert len(tables) >= 3  # statements, counts by speaker, speakers, responses
    assert any("Hua Chunying" in table for table in tables)
    assert any("Mike Pompeo" in table and "hit back" in table for table in tables)  # the responses


def test_drawn_graph(executed):
    images = _data(executed, "image/png")
    assert len(images) >= 2  # speaker and organisation levels
    assert all(len(image) > 1000 for image in images)
