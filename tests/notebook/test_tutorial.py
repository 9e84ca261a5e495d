"""The tutorial notebook, docs/tutorial.ipynb, runs top to bottom and shows what it promises.

It is executed with nbclient in a "python3" kernel from the repository root, so a reader
who opens it sees the highlighted article, the tables and the drawn graph.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "docs" / "tutorial.ipynb"


def _import_or_skip(name: str):
    try:
        return __import__(name)
    except ImportError:
        pytest.skip(f"running the tutorial notebook needs {name} (pip install -e \".[notebook]\")")


def test_notebook_is_stored_without_outputs():
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code, "the tutorial has no code cells"
    assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)
    assert "000_54b514b8333d32ea" in NOTEBOOK.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def executed():
    """The notebook, executed once; its code cells' outputs."""
    nbformat = _import_or_skip("nbformat")
    nbclient = _import_or_skip("nbclient")
    _import_or_skip("ipykernel")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=120,
                                     resources={"metadata": {"path": str(REPO)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def _data(outputs, mime: str) -> list[str]:
    return [output["data"][mime] for output in outputs if mime in output.get("data", {})]


def test_no_cell_errors(executed):
    errors = [output for output in executed if output["output_type"] == "error"]
    assert errors == []
    assert not any(output.get("name") == "stderr" and "Traceback" in output.get("text", "") for output in executed)


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
