"""Run the tutorial notebook and store it with its outputs, so that it reads on a code host.

    python docs/make_tutorial.py           # execute docs/tutorial.ipynb in a fresh folder, write it back
    python docs/make_tutorial.py --check   # exit 1 if the stored outputs differ from a fresh run's (loosely)

The notebook runs in an empty temporary folder, not in the repository: what it reads comes
from the installed package (``quotetrack.datasets``). Cells keep no timing metadata, so the
file changes only when an output does. tests/notebook/test_tutorial.py runs it the same way
and compares the outputs with :func:`shape` and :func:`texts`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import nbclient
import nbformat

NOTEBOOK = Path(__file__).resolve().parent / "tutorial.ipynb"


def execute(path: Path = NOTEBOOK, folder: Path | None = None) -> nbformat.NotebookNode:
    """The notebook at ``path``, executed in ``folder`` (a fresh temporary one by default) by a python3 kernel.

    Raises nbclient's ``CellExecutionError`` on the first cell that fails.
    """
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as scratch:
        where = folder if folder is not None else Path(scratch)
        client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=180, record_timing=False,
                                         resources={"metadata": {"path": str(where)}})
        client.execute()
    return notebook


def shape(notebook: nbformat.NotebookNode) -> list[list[tuple[str, ...]]]:
    """Per code cell, its outputs' types and MIME types (or stream names): what a loose comparison holds equal."""
    return [[(output["output_type"], output.get("name", ""), *sorted(output.get("data", {})))
             for output in cell.get("outputs", [])]
            for cell in notebook["cells"] if cell["cell_type"] == "code"]


def texts(notebook: nbformat.NotebookNode) -> list[str]:
    """The printed text and plain-text results (figures and HTML left out: they may differ by platform)."""
    out = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                out.append(output["text"])
            elif output["output_type"] == "execute_result" and set(output["data"]) == {"text/plain"}:
                out.append(output["data"]["text/plain"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with a fresh run instead of writing")
    args = parser.parse_args(argv)
    fresh = execute()
    if args.check:
        stored = nbformat.read(NOTEBOOK, as_version=4)
        same = shape(stored) == shape(fresh) and texts(stored) == texts(fresh)
        print("docs/tutorial.ipynb: outputs " + ("up to date" if same else "differ: run python docs/make_tutorial.py"))
        return 0 if same else 1
    nbformat.write(fresh, NOTEBOOK)
    print(f"wrote {NOTEBOOK.name} with its outputs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
