"""Writing graphs to files: GraphML, GEXF (Gephi), node-link JSON and a self-contained HTML view.

The HTML view carries the graph as JSON inside the page and draws it with a few
lines of plain JavaScript; every piece of text reaches the page through
``textContent`` and the JSON is escaped so that article text can never close
the script or inject markup.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from quotetrack.errors import InputError

__all__ = ["graph_to_html", "write_graph"]

_FORMATS = (".graphml", ".gexf", ".json", ".html")


def graph_to_html(graph: nx.Graph, *, title: str = "quotetrack: who answered whom") -> str:
    """A self-contained HTML page drawing ``graph`` (nodes, labels, arrows).

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; node attribute ``name`` (or the node id) labels a node,
        ``kind`` colours it, edge attribute ``weight`` sets the arrow width.
    title : str
        The page title (escaped).

    Returns
    -------
    str
        The HTML document.

    Examples
    --------
    >>> g = nx.DiGraph([("<script>a</script>", "b")])
    >>> "<script>a</script>" in graph_to_html(g)
    False
    """
    nodes = [{"id": str(n), "name": str(d.get("name", d.get("text", n))), "kind": str(d.get("kind", ""))}
             for n, d in graph.nodes(data=True)]
    edges = [{"source": str(u), "target": str(v), "weight": float(d.get("weight", 1)),
              "kind": str(d.get("kind", ""))} for u, v, d in graph.edges(data=True)]
    data = json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=True)
    # Inside <script>, "<" must not appear raw: "</script>" in a name would end the script.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font:14px sans-serif;margin:0}}h1{{font-size:16px;margin:8px}}svg{{width:100vw;height:90vh}}
text{{font-size:11px;pointer-events:none}}line{{stroke:#888}}</style></head>
<body><h1>{html.escape(title)}</h1>
<svg id="view" viewBox="0 0 1000 700"><defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5"
markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#888"/></marker></defs></svg>
<script type="application/json" id="graph-data">{data}</script>
<script>
const g = JSON.parse(document.getElementById("graph-data").textContent);
const svg = document.getElementById("view"), ns = "http://www.w3.org/2000/svg";
const colours = {{speaker: "#1f77b4", organisation: "#ff7f0e", country: "#2ca02c", statement: "#999"}};
const n = g.nodes.length, pos = {{}};
g.nodes.forEach((d, i) => {{ const a = 2 * Math.PI * i / Math.max(n, 1);
  pos[d.id] = {{x: 500 + 300 * Math.cos(a), y: 350 + 280 * Math.sin(a)}}; }});
for (let step = 0; step < 200; step++) {{  // a small force layout: springs on edges, repulsion between nodes
  g.nodes.forEach(p => g.nodes.forEach(q => {{ if (p === q) return;
    const a = pos[p.id], b = pos[q.id], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
    a.x += 300 * dx / d2; a.y += 300 * dy / d2; }}));
  g.edges.forEach(e => {{ const a = pos[e.source], b = pos[e.target]; if (!a || !b) return;
    const dx = b.x - a.x, dy = b.y - a.y; a.x += dx * 0.01; a.y += dy * 0.01; b.x -= dx * 0.01; b.y -= dy * 0.01; }});
  g.nodes.forEach(p => {{ const a = pos[p.id]; a.x = Math.min(980, Math.max(20, a.x)); a.y = Math.min(680, Math.max(20, a.y)); }});
}}
g.edges.forEach(e => {{ const a = pos[e.source], b = pos[e.target]; if (!a || !b) return;
  const l = document.createElementNS(ns, "line");
  l.setAttribute("x1", a.x); l.setAttribute("y1", a.y); l.setAttribute("x2", b.x); l.setAttribute("y2", b.y);
  l.setAttribute("stroke-width", Math.min(8, 1 + Math.log2(e.weight))); l.setAttribute("marker-end", "url(#arrow)");
  const t = document.createElementNS(ns, "title"); t.textContent = e.kind + " (" + e.weight + ")"; l.appendChild(t);
  svg.appendChild(l); }});
g.nodes.forEach(d => {{ const p = pos[d.id], c = document.createElementNS(ns, "circle");
  c.setAttribute("cx", p.x); c.setAttribute("cy", p.y); c.setAttribute("r", 7);
  c.setAttribute("fill", colours[d.kind] || "#555");
  const t = document.createElementNS(ns, "title"); t.textContent = d.name; c.appendChild(t); svg.appendChild(c);
  const label = document.createElementNS(ns, "text"); label.setAttribute("x", p.x + 9); label.setAttribute("y", p.y + 4);
  label.textContent = d.name.length > 40 ? d.name.slice(0, 39) + "…" : d.name; svg.appendChild(label); }});
</script></body></html>
"""


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
    >>> write_graph(nx.DiGraph([("Wang Yi", "Mike Pompeo")]), folder / "g.graphml").name
    'g.graphml'
    >>> list(nx.read_graphml(folder / "g.graphml").edges)
    [('Wang Yi', 'Mike Pompeo')]
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in _FORMATS:
        raise InputError(f"{target}: unknown graph format {suffix or '(none)'!r}; use one of {', '.join(_FORMATS)}")
    if not target.parent.is_dir():
        raise InputError(f"{target}: folder {target.parent} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=".quotetrack-", suffix=suffix, dir=target.parent)
    os.close(handle)
    try:
        if suffix == ".graphml":
            nx.write_graphml(graph, temporary)
        elif suffix == ".gexf":
            nx.write_gexf(graph, temporary)
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
