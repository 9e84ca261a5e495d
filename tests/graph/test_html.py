"""The HTML graph view: vis-network inline (works offline), a legend for kinds and stances, text on hover;
and, in Chromium, that the statement-level graph of a long article lays out and draws with no console error."""

from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest

import quotetrack
from quotetrack.graph.html import EDGE_COLOURS, VIS_NETWORK_VERSION, graph_data, graph_to_html

REPO = Path(__file__).resolve().parents[2]
LONG = REPO / "docs" / "long-article.txt"
STATIC = Path(quotetrack.graph.html.__file__).with_name("static")


@pytest.fixture(scope="module")
def long_graph() -> nx.MultiDiGraph:
    """The statement-level graph of the documentation's long (made-up) article."""
    return quotetrack.response_graph([quotetrack.read(LONG.read_text(encoding="utf-8"), id="long")])


@pytest.fixture(scope="module")
def long_page(long_graph) -> str:
    return graph_to_html(long_graph, title="A long article")


def test_vis_network_is_vendored_with_its_licences(long_page):
    script = (STATIC / "vis-network.min.js").read_text(encoding="utf-8")
    assert f"@version {VIS_NETWORK_VERSION}" in script
    for licence in ("vis-network.LICENSE-APACHE-2.0", "vis-network.LICENSE-MIT"):
        assert (STATIC / licence).stat().st_size > 500
    assert f"@version {VIS_NETWORK_VERSION}" in long_page and "dual licensed" in long_page  # the header, inline
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"quotetrack.graph" = ["static/*"]' in pyproject


def test_the_page_fetches_nothing(long_page):
    """Everything is inline: no script, style sheet or image is loaded from elsewhere, not even a source map."""
    assert re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", long_page, re.I) is None
    assert "sourceMappingURL" not in long_page
    assert long_page.count("<script") == 3 and long_page.count("</script>") == 3


def test_legend_names_the_kinds_and_stances_present(long_graph, long_page):
    legend = re.search(r'<aside id="legend">(.*?)</aside>', long_page, re.S).group(1)
    items = re.findall(r"</span>([^<]+)</li>", legend)
    stances = {d.get("stance") or "neutral" for *_, d in long_graph.edges(data=True) if d["kind"] == "responds_to"}
    assert {"speaker", "organisation", "statement, direct", "statement, mixed", "statement, indirect",
            "said (speaker → statement)", "member of"} <= set(items)
    assert {item.removeprefix("responds: ") for item in items if item.startswith("responds: ")} == stances
    assert "country" not in items  # only what the graph holds
    for stance in stances:
        assert f"border-color:{EDGE_COLOURS[stance]}" in legend


def test_hover_texts(long_graph):
    data = graph_data(long_graph)
    statements = [n for n in data["nodes"] if n["kind"] == "statement"]
    assert len(statements) == sum(1 for _, d in long_graph.nodes(data=True) if d["kind"] == "statement")
    first = long_graph.nodes[statements[0]["id"]]
    assert statements[0]["tip"].startswith(f"{first['speaker']} · {first['statement_kind']}")
    assert first["text"][:100] in statements[0]["tip"]
    responses = [e for e in data["edges"] if e["kind"] == "responds_to"]
    assert responses and all(" → " in e["tip"] and e["style"] in EDGE_COLOURS for e in responses)


def test_a_projection_is_drawn_too(seed_article):
    data = graph_data(quotetrack.project(quotetrack.response_graph([seed_article]), "speaker"))
    assert {n["style"] for n in data["nodes"]} == {"speaker"}
    assert {e["tip"] for e in data["edges"]} >= {"1 response", "3 responses"}


# -- in a browser -----------------------------------------------------------------------------------------------------

# Put in the page's head, before any of its scripts: records errors and console complaints, and the laid-out positions.
PROBE = """<script>
(function () {
  var seen = [];
  function keep(what) {
    seen.push(String(what));
    document.documentElement.setAttribute("data-errors", JSON.stringify(seen));
  }
  window.addEventListener("error", function (e) { keep("error: " + e.message); });
  window.addEventListener("unhandledrejection", function (e) { keep("rejection: " + e.reason); });
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      keep(level + ": " + Array.prototype.join.call(arguments, " "));
      original.apply(console, arguments);
    };
  });
  document.addEventListener("quotetrack:drawn", function (e) {
    var positions = e.detail.getPositions(), scale = e.detail.getScale();
    document.documentElement.setAttribute("data-layout", JSON.stringify({positions: positions, scale: scale}));
  });
})();
</script>"""


def _in_chromium(chromium, graph: nx.Graph, tmp_path: Path) -> tuple[str, dict]:
    page = tmp_path / "graph.html"
    page.write_text(graph_to_html(graph).replace("<head>", "<head>" + PROBE, 1), encoding="utf-8")
    result = chromium(page, "--window-size=1400,900", "--virtual-time-budget=60000", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
    assert console == [], console  # the view logs nothing: no error, no warning, no uncaught exception
    root = re.search(r"<html[^>]*>", dom).group(0)  # where the probe writes what it saw
    assert "data-errors" not in root, html.unescape(root)
    assert f'data-drawn="{graph.number_of_nodes()}"' in dom, "the layout never finished"
    layout = json.loads(html.unescape(re.search(r'data-layout="([^"]*)"', root).group(1)))
    return dom, layout


def _spread(positions: dict, nodes: list[str]) -> tuple[float, float]:
    """The smallest distance between two of ``nodes``, and the share of all nodes on the layout's outer edge."""
    points = [(positions[n]["x"], positions[n]["y"]) for n in nodes]
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    xs, ys = [p["x"] for p in positions.values()], [p["y"] for p in positions.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    on_edge = sum(1 for x, y in zip(xs, ys) if min(x - min(xs), max(xs) - x) < 0.02 * width
                  or min(y - min(ys), max(ys) - y) < 0.02 * height)
    return closest, on_edge / len(xs)


def test_long_article_in_chromium(chromium, long_graph, tmp_path):
    """The statement-level graph of a long article lays out, draws, and spreads its nodes: none piled at the edges."""
    dom, layout = _in_chromium(chromium, long_graph, tmp_path)
    positions = layout["positions"]
    assert set(positions) == set(long_graph.nodes)
    named = [n for n, d in long_graph.nodes(data=True) if d["kind"] != "statement"]
    closest, on_edge = _spread(positions, named)
    assert closest > 60, "two labelled nodes lie on each other"
    assert on_edge < 0.15
    assert closest * layout["scale"] > 25  # on screen, as fitted into 1400 x 900
    assert '<canvas' in dom and 'class="vis-network"' in dom and "vis-navigation" in dom  # zoom and pan buttons


def test_a_few_hundred_nodes_in_chromium(chromium, tmp_path):
    """Four copies of the long article (their speakers merge): about 270 nodes, laid out in time, spread out."""
    text = LONG.read_text(encoding="utf-8")
    graph = quotetrack.response_graph(quotetrack.read_many([{"id": f"copy{i}", "text": text} for i in range(4)]))
    assert graph.number_of_nodes() > 250
    _, layout = _in_chromium(chromium, graph, tmp_path)
    positions = layout["positions"]
    speakers = [n for n, d in graph.nodes(data=True) if d["kind"] == "speaker"]
    closest, on_edge = _spread(positions, speakers)
    assert closest > 60 and on_edge < 0.15
    statements = [n for n, d in graph.nodes(data=True) if d["kind"] == "statement"]
    assert len({(round(positions[n]["x"]), round(positions[n]["y"])) for n in statements}) == len(statements)


def test_legend_entries_wrap_in_its_column(long_page):
    """The legend is a fixed column: its entries wrap ("responds to (number: how often)" ran out of it unwrapped)."""
    rule = re.search(r"#legend li \{([^}]*)\}", long_page).group(1)
    assert "nowrap" not in rule and "overflow-wrap: anywhere" in rule
    assert re.search(r"#legend \{[^}]*width: 200px", long_page)
