"""Drawing who answered whom with matplotlib (the optional ``plot`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotetrack.errors import QuotetrackError
from quotetrack.graph.build import Level, project

if TYPE_CHECKING:  # networkx takes most of a second to import: only the functions that need it do
    import networkx as nx

__all__ = ["draw"]

_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
            "#17becf")


def draw(graph: nx.MultiDiGraph, level: Level = "speaker", *, ax: Any = None, colour_by: str = "country",
         seed: int = 7) -> Any:
    """Draw who responded to whom at one level, returning the matplotlib axes.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`quotetrack.response_graph`.
    level : {"speaker", "organisation", "country"}
        What the nodes are (see :func:`quotetrack.project`).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure's axes by default.
    colour_by : {"country", "organisation"}
        Node colours, for speakers: their country or organisation.
    seed : int
        Seed of the layout, so that the same graph is drawn the same way.

    Returns
    -------
    matplotlib.axes.Axes
        The axes drawn on: labels on the nodes, arrow widths by the number of responses.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from quotetrack import read, response_graph
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> ax = draw(response_graph([read(text, id="a")]))
    >>> sorted(t.get_text() for t in ax.texts)
    ['Mike Pompeo', 'Wang Yi']
    """
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise QuotetrackError('drawing needs matplotlib: pip install "quotetrack[plot]"') from exc
    projected = project(graph, level)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 6))
    groups: dict[str, str] = {}
    for node in projected.nodes:
        if level == "speaker":
            data = graph.nodes.get(f"speaker:{node}", {})
            groups[node] = str(data.get(colour_by) or "unknown")
        else:
            groups[node] = str(node)
    palette = {g: _COLOURS[i % len(_COLOURS)] for i, g in enumerate(dict.fromkeys(groups.values()))}
    import networkx as nx

    positions = nx.spring_layout(projected, seed=seed) if projected.number_of_nodes() else {}
    weights = [projected.edges[e].get("weight", 1) for e in projected.edges]
    nx.draw_networkx_nodes(projected, positions, ax=ax, node_color=[palette[groups[n]] for n in projected.nodes],
                           node_size=900, alpha=0.9)
    nx.draw_networkx_edges(projected, positions, ax=ax, width=[1 + 1.5 * w ** 0.5 for w in weights],
                           arrowsize=18, edge_color="#555555", connectionstyle="arc3,rad=0.08",
                           node_size=900)
    nx.draw_networkx_labels(projected, positions, ax=ax, font_size=9)
    for group, colour in palette.items():
        ax.scatter([], [], color=colour, label=group)
    if palette:
        ax.legend(loc="best", fontsize=8, frameon=False)
    ax.set_title(f"Who responded to whom ({level})")
    ax.set_axis_off()
    return ax
