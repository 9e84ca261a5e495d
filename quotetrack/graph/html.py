"""The self-contained HTML view of a graph: vis-network, inlined, with a legend, zoom and pan.

The page carries the graph as JSON in a ``<script type="application/json">`` block,
vis-network's standalone build (vendored in ``static/``, Apache-2.0 or MIT) and the few
lines of ``static/view.js`` that style and lay it out: a force layout (ForceAtlas2) run to
rest before the graph is shown, then fixed. Speakers, organisations and countries carry
their names; a statement is a small dot whose words, speaker and cue show on hover, as do
an edge's stance, cue and evidence. Every piece of text reaches the page through the JSON
block, escaped so that article text can never close the script or inject markup, and
vis-network writes tooltips as text, never as markup. Nothing is fetched: the file works
offline.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # networkx takes most of a second to import: only the functions that need it do
    import networkx as nx

__all__ = ["EDGE_COLOURS", "NODE_STYLES", "VIS_NETWORK_VERSION", "graph_data", "graph_to_html"]

VIS_NETWORK_VERSION = "10.1.5"
"""The vendored vis-network (``quotetrack/graph/static/vis-network.min.js``)."""

NODE_STYLES: dict[str, dict[str, Any]] = {
    "speaker": {"label": "speaker", "colour": "#1f77b4", "shape": "dot", "size": 12},
    "organisation": {"label": "organisation", "colour": "#ff7f0e", "shape": "box", "size": 10},
    "country": {"label": "country", "colour": "#8c564b", "shape": "diamond", "size": 11},
    "statement:direct": {"label": "statement, direct", "colour": "#4d4d4d", "shape": "dot", "size": 5},
    "statement:mixed": {"label": "statement, mixed", "colour": "#8a8a8a", "shape": "dot", "size": 5},
    "statement:indirect": {"label": "statement, indirect", "colour": "#c4c4c4", "shape": "dot", "size": 5},
    "other": {"label": "other", "colour": "#7f7f7f", "shape": "dot", "size": 8},
}
"""How each kind of node is drawn (a statement by its kind: direct, mixed, indirect)."""

EDGE_COLOURS: dict[str, str] = {
    "said": "#d0d0d0",
    "member_of": "#f3b27a",
    "rejects": "#d62728",
    "rebuts": "#e377c2",
    "questions": "#bcbd22",
    "defends": "#9467bd",
    "supports": "#2ca02c",
    "neutral": "#404040",
    "responds": "#404040",
}
"""Edge colours: ``said`` and ``member_of`` edges, and responses by their stance."""

_EDGE_LABELS = {"said": "said (speaker → statement)", "member_of": "member of",
                "responds": "responds to (number: how often)"}
_TIP_TEXT = 400  # characters of a statement's words in its tooltip


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _node_style(kind: str, statement_kind: str | None) -> str:
    key = f"statement:{statement_kind or 'direct'}" if kind == "statement" else kind
    return key if key in NODE_STYLES else "other"


def _node_tip(name: str, kind: str, data: dict[str, Any]) -> str:
    if kind == "statement":
        head = f"{data.get('speaker') or 'unknown speaker'} · {data.get('statement_kind', 'statement')}"
        head += f" ({data['cue']})" if data.get("cue") else ""
        where = f"{data['article']} [{data.get('start')}, {data.get('end')})" if "article" in data else ""
        return "\n".join(part for part in (head, _shorten(str(data.get("text", name)), _TIP_TEXT), where) if part)
    about = ", ".join(str(data[key]) for key in ("title", "organisation", "country")
                      if data.get(key) and data[key] != name)
    return f"{name}\n{kind or 'node'}" + (f": {about}" if about else "")


def _edge_style(data: dict[str, Any]) -> str:
    kind = str(data.get("kind", ""))
    if kind == "responds_to":
        stance = str(data.get("stance") or "neutral")
        return stance if stance in EDGE_COLOURS else "neutral"
    return kind if kind in ("said", "member_of") else "responds"


def _edge_tip(data: dict[str, Any], style: str) -> str:
    if data.get("kind") == "responds_to":
        tip = f"{data.get('source_speaker')} → {data.get('target_speaker')}: {style}"
        tip += f" ({data['cue']})" if data.get("cue") else ""
        if data.get("evidence"):
            tip += f"\nevidence: {data['evidence']}"
        if data.get("confidence") is not None:
            tip += f", confidence {float(data['confidence']):.2f}"
        return tip
    if style == "responds":
        weight = float(data.get("weight", 1))
        return f"{weight:g} response{'' if weight == 1 else 's'}"
    return _EDGE_LABELS[style]


def graph_data(graph: nx.Graph) -> dict[str, Any]:
    """The JSON the HTML view draws: nodes and edges with their style keys and hover texts.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph. Node attribute ``name`` (else ``text``, else the node id) names a node
        and ``kind`` (``speaker``, ``organisation``, ``country``, ``statement`` with its
        ``statement_kind``) styles it; edge attribute ``kind`` (``said``, ``member_of``,
        ``responds_to`` with its ``stance``) styles an edge, ``weight`` widens it.

    Returns
    -------
    dict
        ``nodes`` (``id``, ``name``, ``kind``, ``style``, ``tip``), ``edges`` (``source``,
        ``target``, ``weight``, ``kind``, ``style``, ``tip``) and ``styles``, the styles
        used (the legend's entries).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", kind="statement", statement_kind="mixed", text="It is over", speaker="Ann Lee")
    >>> g.add_edge("speaker:Ann Lee", "s", kind="said")
    0
    >>> data = graph_data(g)
    >>> [(n["id"], n["style"]) for n in data["nodes"]]
    [('s', 'statement:mixed'), ('speaker:Ann Lee', 'other')]
    >>> data["nodes"][0]["tip"]
    'Ann Lee · mixed\\nIt is over'
    >>> data["edges"][0]["style"], sorted(data["styles"]["edges"])
    ('said', ['said'])
    """
    nodes, edges = [], []
    for node, data in graph.nodes(data=True):
        name = str(data.get("name", data.get("text", node)))
        kind = str(data.get("kind", ""))
        nodes.append({"id": str(node), "name": name, "kind": kind,
                      "style": _node_style(kind, data.get("statement_kind")), "tip": _node_tip(name, kind, data)})
    for source, target, data in graph.edges(data=True):
        style = _edge_style(data)
        edges.append({"source": str(source), "target": str(target), "weight": float(data.get("weight", 1)),
                      "kind": str(data.get("kind", "")), "style": style, "tip": _edge_tip(data, style)})
    used_nodes = {n["style"] for n in nodes}
    used_edges = {e["style"] for e in edges}
    return {"nodes": nodes, "edges": edges,
            "styles": {"nodes": {key: value for key, value in NODE_STYLES.items() if key in used_nodes},
                       "edges": {key: value for key, value in EDGE_COLOURS.items() if key in used_edges}}}


def _static(name: str) -> str:
    return (resources.files(__package__) / "static" / name).read_text(encoding="utf-8")


def _script(source: str) -> str:
    """JavaScript to inline: without a source-map reference (nothing to fetch), and never closing its element."""
    lines = [line for line in source.splitlines() if not line.startswith("//# sourceMappingURL=")]
    code = "\n".join(lines)
    if "</script" in code.lower() or "<!--" in code:
        raise ValueError("inlined JavaScript must not close its element")
    return code


def _legend(styles: dict[str, dict[str, Any]]) -> str:
    items = []
    for style in styles["nodes"].values():
        shape = "box" if style["shape"] == "box" else "diamond" if style["shape"] == "diamond" else "dot"
        items.append(f'<li><span class="sw {shape}" style="background:{style["colour"]}"></span>'
                     f'{html.escape(style["label"])}</li>')
    for key, colour in styles["edges"].items():
        label = _EDGE_LABELS.get(key, f"responds: {key}")
        dashed = " dashed" if key == "member_of" else ""
        items.append(f'<li><span class="sw line{dashed}" style="border-color:{colour}"></span>'
                     f'{html.escape(label)}</li>')
    return "\n".join(items)


def graph_to_html(graph: nx.Graph, *, title: str = "quotetrack: who answered whom") -> str:
    """A self-contained HTML page drawing ``graph``, with a legend, zoom and pan, and text on hover.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph (see :func:`graph_data` for the attributes it reads): a statement-level
        graph from ``response_graph`` or a projection from ``project``.
    title : str
        The page title (escaped).

    Returns
    -------
    str
        The HTML document, about 670 kB with vis-network inline; it fetches nothing.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.DiGraph([("<script>a</script>", "b")])
    >>> page = graph_to_html(g)
    >>> "<script>a</script>" in page, page.count("<script")
    (False, 3)
    """
    data = graph_data(graph)
    payload = json.dumps(data, ensure_ascii=True)
    # Inside <script>, "<" must not appear raw: "</script>" in a name would end the script.
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    counts = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>
{_static("view.css")}
</style></head>
<body>
<header><h1>{html.escape(title)}</h1><p id="status">{counts}: laying out…</p></header>
<div id="view"></div>
<aside id="legend"><h2>Legend</h2><ul>
{_legend(data["styles"])}
</ul><p>Scroll to zoom, drag to pan, hover for words.</p></aside>
<noscript><p>This view draws the graph with JavaScript.</p></noscript>
<script type="application/json" id="graph-data">{payload}</script>
<script>
{_script(_static("vis-network.min.js"))}
</script>
<script>
{_script(_static("view.js"))}
</script>
</body></html>
"""
