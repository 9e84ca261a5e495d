"""``import quotetrack`` stays light: networkx is imported only by the functions that build or write graphs."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_import_does_not_load_networkx() -> None:
    assert _run("import sys, quotetrack; print('networkx' in sys.modules)") == "False"


def test_graph_functions_still_work_after_a_light_import() -> None:
    code = (
        "import quotetrack\n"
        "text = '\"We will not back down,\" Senator Jane Smith said on Monday.'\n"
        "graph = quotetrack.response_graph([quotetrack.read(text, id='a')])\n"
        "print(type(graph).__name__, type(quotetrack.project(graph)).__name__, graph.number_of_nodes() > 0)"
    )
    assert _run(code) == "MultiDiGraph DiGraph True"


def test_public_names_unchanged() -> None:
    import quotetrack

    for name in quotetrack.__all__:
        assert getattr(quotetrack, name) is not None, name
    assert callable(quotetrack.write_graph) and callable(quotetrack.graph_to_html) and callable(quotetrack.draw)


def _error_names() -> list[str]:
    from quotetrack import errors

    return list(errors.__all__)


@pytest.mark.parametrize("name", _error_names())
def test_every_error_is_exported_from_the_package(name: str) -> None:
    """``except quotetrack.AmbiguousSpeaker`` works as ``except quotetrack.InputError`` does: each error is public."""
    import quotetrack
    from quotetrack import errors

    assert name in quotetrack.__all__ and getattr(quotetrack, name) is getattr(errors, name)
