"""Writing graphs to files: GraphML, GEXF (Gephi), node-link JSON and a self-contained HTML view.

The HTML view is :func:`quotetrack.graph.html.graph_to_html` (vis-network, inlined).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from quotetrack.errors import InputError
from quotetrack.graph.html import graph_to_html

if TYPE_CHECKING:  # networkx takes most of a second to import: only the functions that need it do
    import networkx as nx

__all__ = ["graph_target", "graph_to_html", "temporary_beside", "write_graph"]

_FORMATS = (".graphml", ".gexf", ".json", ".html")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # no XML 1.0 file holds them


def temporary_beside(target: Path) -> tuple[int, str]:
    """A new temporary file in ``target``'s folder (its descriptor and path), to be renamed to ``target`` once written,
    with the permissions the finished file should have: those of the file it replaces, else what the umask gives a new
    file (``mkstemp`` makes it readable by its owner only, and a shared graph or table would stay so).

    Examples
    --------
    >>> import os, stat, tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "g.html"
    >>> handle, temporary = temporary_beside(target)
    >>> os.close(handle)
    >>> umask = os.umask(0); _ = os.umask(umask)
    >>> stat.S_IMODE(os.stat(temporary).st_mode) == 0o666 & ~umask
    True
    """
    handle, temporary = tempfile.mkstemp(prefix=".quotetrack-", suffix=target.suffix.lower(), dir=target.parent)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:  # no file there yet
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):  # a file system without modes keeps its own
        os.chmod(temporary, mode)
    return handle, temporary


def _xml_ready(graph: nx.Graph) -> nx.Graph:
    """``graph``, or when a node or a string value holds a character XML 1.0 cannot (a control character of an
    article's id or text), a copy with each such character replaced by U+FFFD: GraphML and GEXF readers refuse the
    whole file otherwise.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.DiGraph([("a\x01", "b")], outlet="x")
    >>> list(_xml_ready(g).nodes), _xml_ready(g).graph, _xml_ready(nx.DiGraph([("a", "b")])).nodes["a"]
    (['a\ufffd', 'b'], {'outlet': 'x'}, {})
    """
    import networkx as nx

    def bad(value: object) -> bool:
        return isinstance(value, str) and _NOT_XML.search(value) is not None

    dicts = [graph.graph, *(d for _, d in graph.nodes(data=True)), *(d for *_, d in graph.edges(data=True))]
    if not any(bad(n) for n in graph) and not any(bad(v) for d in dicts for v in d.values()):
        return graph
    copy = nx.relabel_nodes(graph, {n: _NOT_XML.sub("\ufffd", n) for n in graph if bad(n)}, copy=True)
    for d in [copy.graph, *(d for _, d in copy.nodes(data=True)), *(d for *_, d in copy.edges(data=True))]:
        d.update({k: _NOT_XML.sub("\ufffd", v) for k, v in d.items() if bad(v)})
    return copy


def graph_target(path: str | os.PathLike[str]) -> Path:
    """``path`` as a graph file :func:`write_graph` can write, checked before any reading: its suffix and folder.

    Examples
    --------
    >>> graph_target("who.graphml").name
    'who.graphml'
    >>> graph_target("who.png")
    Traceback (most recent call last):
    quotetrack.errors.InputError: who.png: unknown graph format '.png'; use one of .graphml, .gexf, .json, .html
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if target.is_dir():
        raise InputError(f"{target}: a folder; give a file name, as in {target / 'graph.graphml'}")
    if suffix not in _FORMATS:
        raise InputError(f"{target}: unknown graph format {suffix or '(none)'!r}; use one of {', '.join(_FORMATS)}")
    if not target.parent.is_dir():
        raise InputError(f"{target}: folder {target.parent} does not exist")
    return target


def write_graph(graph: nx.Graph, path: str | os.PathLike[str]) -> Path:
    """Write ``graph`` to ``path`` in the format its suffix names.

    Parameters
    ----------
    graph : networkx.Graph
        The graph.
    path : path-like
        Ends in ``.graphml``, ``.gexf`` (Gephi), ``.json`` (node-link) or
        ``.html`` (an interactive view).

    Returns
    -------
    pathlib.Path
        The path written. The file appears whole or not at all: it is written
        to a temporary file beside it and renamed.

    Raises
    ------
    InputError
        For a suffix no writer knows, or a folder that does not exist.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> import networkx as nx
    >>> write_graph(nx.DiGraph([("Wang Yi", "Mike Pompeo")]), folder / "g.graphml").name
    'g.graphml'
    >>> list(nx.read_graphml(folder / "g.graphml").edges)
    [('Wang Yi', 'Mike Pompeo')]
    """
    import networkx as nx

    target = graph_target(path)
    suffix = target.suffix.lower()
    handle, temporary = temporary_beside(target)
    os.close(handle)
    try:
        if suffix == ".graphml":
            nx.write_graphml(_xml_ready(graph), temporary)
        elif suffix == ".gexf":
            nx.write_gexf(_xml_ready(graph), temporary)
        elif suffix == ".json":
            Path(temporary).write_text(json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False),
                                       encoding="utf-8")
        else:
            Path(temporary).write_text(graph_to_html(graph), encoding="utf-8")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
