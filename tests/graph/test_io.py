"""Tests of write_graph and graph_to_html: round trips by suffix, escaping, atomic writes."""

from __future__ import annotations

import json
import os
import re
from collections import Counter

import networkx as nx
import pytest

import quotetrack
from quotetrack import InputError, graph_to_html, project, response_graph, write_graph

SEED_PAIRS = {("Hua Chunying", "Mike Pompeo"), ("Wang Wenbin", "Mike Pompeo"), ("Wang Yi", "Mike Pompeo")}
SCRIPT = "<script>alert(1)</script>"
HOSTILE_TEXT = (
    "Secretary of State Mike Pompeo said on Monday that the talks had stalled. "
    f'"<b>Pompeo</b> is wrong {SCRIPT} & always was," Chinese Foreign Ministry spokesperson Zhao Lijian said.'
)


@pytest.fixture(scope="module")
def seed_graph(seed_article):
    """The statement-response graph of the seed."""
    return response_graph([seed_article])


@pytest.fixture(scope="module")
def seed_speakers(seed_graph):
    """The seed projected to speakers."""
    return project(seed_graph, "speaker")


def _page_data(page: str) -> dict:
    """The JSON graph data embedded in an HTML page."""
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "no graph data in page"
    return json.loads(match.group(1))


def _edge_kinds(graph):
    """How many edges of each kind a graph has."""
    return Counter(d.get("kind") for _, _, d in graph.edges(data=True))


def test_graphml_round_trip(seed_speakers, tmp_path):
    """A speaker-level GraphML file reads back with the seed's three edges and their weights."""
    path = write_graph(seed_speakers, tmp_path / "seed.graphml")
    assert path == tmp_path / "seed.graphml"
    back = nx.read_graphml(path)
    assert set(back.edges) == SEED_PAIRS
    for u, v in SEED_PAIRS:
        assert int(back.edges[u, v]["weight"]) == seed_speakers.edges[u, v]["weight"]
        assert back.edges[u, v]["statements"] == seed_speakers.edges[u, v]["statements"]
    assert back.nodes["Mike Pompeo"]["kind"] == "speaker"


def test_gexf_round_trip(seed_speakers, tmp_path):
    """A speaker-level GEXF file reads back with the seed's three edges."""
    path = write_graph(seed_speakers, tmp_path / "seed.gexf")
    back = nx.read_gexf(path)
    assert set(back.edges) == SEED_PAIRS
    for u, v in SEED_PAIRS:
        assert float(back.edges[u, v]["weight"]) == seed_speakers.edges[u, v]["weight"]


def test_json_round_trip(seed_speakers, tmp_path):
    """A node-link JSON file reads back with the seed's three edges and all attributes."""
    path = write_graph(seed_speakers, tmp_path / "seed.json")
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert set(back.edges) == SEED_PAIRS
    for u, v in SEED_PAIRS:
        assert back.edges[u, v] == seed_speakers.edges[u, v]
    assert back.is_directed()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_full_graph_round_trip(seed_graph, tmp_path, suffix):
    """The whole statement-level MultiDiGraph survives each file format with its nodes, edges and kinds."""
    path = write_graph(seed_graph, tmp_path / f"full{suffix}")
    if suffix == ".graphml":
        back = nx.read_graphml(path)
    elif suffix == ".gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert set(back.nodes) == set(seed_graph.nodes)
    assert back.number_of_edges() == seed_graph.number_of_edges()
    assert _edge_kinds(back) == _edge_kinds(seed_graph)


def test_json_keeps_unicode(tmp_path):
    """Non-ASCII names are written as UTF-8 and read back unchanged."""
    graph = nx.DiGraph()
    graph.add_edge("Sergueï Lavrov", "王毅", weight=1, statements="s:0")
    path = write_graph(graph, tmp_path / "u.json")
    assert "王毅" in path.read_text(encoding="utf-8")
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert set(back.edges) == {("Sergueï Lavrov", "王毅")}


def test_html_of_seed(seed_speakers, tmp_path):
    """The HTML view is a whole page whose embedded data holds the seed's speakers and edges."""
    path = write_graph(seed_speakers, tmp_path / "seed.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    data = _page_data(page)
    assert {(e["source"], e["target"]) for e in data["edges"]} == SEED_PAIRS
    assert {n["name"] for n in data["nodes"]} == {"Hua Chunying", "Wang Wenbin", "Wang Yi", "Mike Pompeo"}


def test_html_escapes_article_markup(tmp_path):
    """Markup in an article's id and quoted words never reaches the page raw, yet the data survives escaped."""
    article = quotetrack.read(HOSTILE_TEXT, id=f"story{SCRIPT}")
    assert any(SCRIPT in s.text and "<b>" in s.text for s in article.statements)
    graph = response_graph([article])
    # Label statement nodes with their words so the quoted markup itself is drawn.
    for node, data in graph.nodes(data=True):
        if data["kind"] == "statement":
            data["name"] = data["text"]
    page = write_graph(graph, tmp_path / "hostile.html").read_text(encoding="utf-8")
    # vis-network's own code (inline, and free to hold "<b>") is not article text: look at the rest.
    page = re.sub(r"<script>\s*/\*\*\s*\n \* vis-network.*?</script>", "<script></script>", page, flags=re.S)
    assert SCRIPT not in page
    assert "<b>" not in page
    assert page.count("<script") == 3  # the data block, vis-network and the drawing code, nothing more
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    data = _page_data(page)
    names = {n["name"] for n in data["nodes"]}
    assert any(SCRIPT in name and "<b>Pompeo</b>" in name and "&" in name for name in names)
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)


@pytest.mark.parametrize(
    "name",
    [
        "</script><script>alert(1)</script>",
        "<!-- <script>",
        "a & b &amp; c",
        "]]> '\" `",
        "line\u2028separator\u2029end",
        "</SCRIPT >",
    ],
)
def test_html_names_round_trip(name):
    """Hostile node names cannot close the data block and come back exactly from its JSON."""
    graph = nx.DiGraph()
    graph.add_node("n1", name=name, kind="speaker")
    graph.add_edge("n1", "n2", weight=2)
    page = graph_to_html(graph)
    block = re.search(r'id="graph-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert _page_data(page)["nodes"][0]["name"] == name


def test_html_title_escaped():
    """The page title is HTML-escaped."""
    page = graph_to_html(nx.DiGraph(), title=f"<b>x</b>{SCRIPT}")
    assert SCRIPT not in page and "<b>x</b>" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_suffix_case_insensitive(seed_speakers, tmp_path):
    """An upper-case suffix picks the same writer."""
    path = write_graph(seed_speakers, tmp_path / "SEED.GRAPHML")
    assert set(nx.read_graphml(path).edges) == SEED_PAIRS


def test_write_accepts_str_path(seed_speakers, tmp_path):
    """A plain string path works and a pathlib.Path comes back."""
    path = write_graph(seed_speakers, str(tmp_path / "s.json"))
    assert path.exists() and path.suffix == ".json"


@pytest.mark.parametrize("name", ["graph.png", "graph", "graph.xml", "graph.graphml.bak", "graph.htm"])
def test_unknown_suffix(seed_speakers, tmp_path, name):
    """An unknown suffix raises InputError naming the formats, and leaves no file behind."""
    with pytest.raises(InputError, match="graphml"):
        write_graph(seed_speakers, tmp_path / name)
    assert os.listdir(tmp_path) == []


def test_unknown_suffix_is_value_error(seed_speakers, tmp_path):
    """InputError for a bad suffix is also a ValueError."""
    with pytest.raises(ValueError):
        write_graph(seed_speakers, tmp_path / "g.txt")


@pytest.mark.parametrize("exception", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_failed_write_leaves_nothing(seed_speakers, tmp_path, monkeypatch, exception):
    """A writer failing half way leaves no partial or temporary file, and the error propagates."""

    def broken(graph, path, *args, **kwargs):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("<graphml><partial")
        raise exception

    monkeypatch.setattr(nx, "write_graphml", broken)
    with pytest.raises(type(exception)):
        write_graph(seed_speakers, tmp_path / "g.graphml")
    assert os.listdir(tmp_path) == []


def test_failed_write_keeps_old_file(seed_speakers, tmp_path, monkeypatch):
    """A failed rewrite leaves the earlier file whole and unchanged."""
    path = write_graph(seed_speakers, tmp_path / "g.graphml")
    before = path.read_bytes()

    def broken(graph, target, *args, **kwargs):
        with open(target, "w", encoding="utf-8") as handle:
            handle.write("<graphml><partial")
        raise OSError("disk full")

    monkeypatch.setattr(nx, "write_graphml", broken)
    with pytest.raises(OSError):
        write_graph(seed_speakers, path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["g.graphml"]


def test_overwrite_replaces_file(seed_speakers, tmp_path):
    """Writing over an existing file replaces it whole."""
    path = tmp_path / "g.json"
    path.write_text("stale", encoding="utf-8")
    write_graph(seed_speakers, path)
    assert set(nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links").edges) == SEED_PAIRS
    assert os.listdir(tmp_path) == ["g.json"]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json", ".html"])
def test_written_file_has_the_modes_of_a_new_file(seed_speakers, tmp_path, suffix):
    """A graph file is readable as any new file is (umask), not by its owner only as the temporary file it was."""
    import stat

    umask = os.umask(0o022)
    try:
        path = write_graph(seed_speakers, tmp_path / f"who{suffix}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_rewritten_file_keeps_its_modes(seed_speakers, tmp_path):
    """Writing over a file keeps the permissions its owner gave it."""
    import stat

    path = tmp_path / "who.graphml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_graph(seed_speakers, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
