"""Tests of the ``quotetrack graph`` command through cli.main."""

from __future__ import annotations

import io
import json
import os

import networkx as nx
import pytest

from quotetrack.cli import main

SEED_PAIRS = {("Hua Chunying", "Mike Pompeo"), ("Wang Wenbin", "Mike Pompeo"), ("Wang Yi", "Mike Pompeo")}
MFA_CHINA, STATE_DEPT = "Ministry of Foreign Affairs of China", "U.S. Department of State"


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_graph_speaker_graphml(seed_path, tmp_path):
    """graph --level speaker -o FILE.graphml exits 0 and the file reads back with the seed's three edges."""
    target = tmp_path / "g.graphml"
    status, out, err = run(["graph", str(seed_path), "--level", "speaker", "-o", str(target)])
    assert status == 0, err
    assert err == ""
    assert set(nx.read_graphml(target).edges) == SEED_PAIRS
    assert out == f"{target}: 4 nodes, 3 edges (speaker level)\n"


@pytest.mark.parametrize(
    ("level", "edges"),
    [
        ("speaker", SEED_PAIRS),
        ("organisation", {(MFA_CHINA, STATE_DEPT)}),
        ("country", {("China", "United States")}),
    ],
)
def test_graph_each_projected_level(seed_path, tmp_path, level, edges):
    """Each projected --level writes the expected edges, and says which level it wrote."""
    target = tmp_path / f"{level}.graphml"
    status, out, err = run(["graph", str(seed_path), "--level", level, "-o", str(target)])
    assert status == 0, err
    back = nx.read_graphml(target)
    assert set(back.edges) == edges
    assert out.rstrip("\n").endswith(f"({level} level)")
    assert f"{len(edges)} edges" in out


def test_graph_statement_level(seed_path, seed_article, tmp_path):
    """--level statement writes the full graph with one responds_to edge per response."""
    target = tmp_path / "full.graphml"
    status, out, err = run(["graph", str(seed_path), "--level", "statement", "-o", str(target)])
    assert status == 0, err
    back = nx.read_graphml(target)
    kinds = [d["kind"] for _, _, d in back.edges(data=True)]
    assert kinds.count("responds_to") == len(seed_article.responses)
    assert {d["kind"] for _, d in back.nodes(data=True)} == {"statement", "speaker", "organisation", "country"}
    assert out.rstrip("\n").endswith("(statement level)")


def test_graph_default_level_is_statement(seed_path, tmp_path):
    """Without --level the full statement graph is written."""
    target = tmp_path / "full.json"
    status, out, err = run(["graph", str(seed_path), "-o", str(target)])
    assert status == 0, err
    back = nx.node_link_graph(json.loads(target.read_text(encoding="utf-8")), edges="links")
    assert any(d.get("kind") == "statement" for _, d in back.nodes(data=True))
    assert "(statement level)" in out


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json", ".html"])
def test_graph_each_format(seed_path, tmp_path, suffix):
    """Every supported suffix gives a non-empty file and exit status 0."""
    target = tmp_path / f"g{suffix}"
    status, _, err = run(["graph", str(seed_path), "--level", "country", "--output", str(target)])
    assert status == 0, err
    assert target.stat().st_size > 0
    assert sorted(os.listdir(tmp_path)) == [target.name]


def test_graph_bad_suffix(seed_path, tmp_path):
    """An unknown suffix exits 2 with a one-line error and writes nothing."""
    target = tmp_path / "g.png"
    status, out, err = run(["graph", str(seed_path), "--level", "speaker", "-o", str(target)])
    assert status == 2
    assert out == ""
    assert err.startswith("quotetrack: error: ") and err.endswith("\n") and err.count("\n") == 1
    assert ".png" in err and ".graphml" in err
    assert os.listdir(tmp_path) == []


def test_graph_missing_input(tmp_path):
    """A missing input path exits 2 with a one-line error and writes nothing."""
    target = tmp_path / "g.json"
    status, _, err = run(["graph", str(tmp_path / "absent.txt"), "-o", str(target)])
    assert status == 2
    assert err.startswith("quotetrack: error: ") and err.count("\n") == 1
    assert not target.exists()


def test_graph_missing_output_folder(seed_path, tmp_path):
    """An output path in a missing folder exits 2 with a one-line error."""
    status, _, err = run(["graph", str(seed_path), "-o", str(tmp_path / "no" / "g.graphml")])
    assert status == 2
    assert err.startswith("quotetrack: error: ") and err.count("\n") == 1


def test_graph_two_articles_merge(seed_path, tmp_path):
    """Two inputs naming the same people merge speakers and add up weights."""
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_path.read_bytes())
    one, two = tmp_path / "one.graphml", tmp_path / "two.graphml"
    assert run(["graph", str(seed_path), "--level", "country", "-o", str(one)])[0] == 0
    assert run(["graph", str(seed_path), str(copy), "--level", "country", "-o", str(two)])[0] == 0
    single, double = nx.read_graphml(one), nx.read_graphml(two)
    assert set(double.edges) == {("China", "United States")}
    assert double.edges["China", "United States"]["weight"] == 2 * single.edges["China", "United States"]["weight"]


def test_graph_jsonl_input(tmp_path):
    """A JSONL file of {id, text} lines is read as articles for the graph."""
    story = ("Secretary of State Mike Pompeo said on Monday that Beijing had broken its promises. Chinese Foreign "
             "Ministry spokesperson Zhao Lijian hit back at Pompeo on Tuesday, saying the remarks were false.")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "s1", "text": story}) + "\n", encoding="utf-8")
    target = tmp_path / "g.json"
    status, _, err = run(["graph", str(source), "--level", "speaker", "-o", str(target)])
    assert status == 0, err
    back = nx.node_link_graph(json.loads(target.read_text(encoding="utf-8")), edges="links")
    assert set(back.edges) == {("Zhao Lijian", "Mike Pompeo")}


@pytest.mark.parametrize(
    "argv",
    [
        ["graph", "x.txt", "--level", "party", "-o", "g.json"],
        ["graph", "x.txt"],
        ["graph", "-o", "g.json"],
    ],
    ids=["unknown-level", "missing-output", "missing-path"],
)
def test_graph_usage_errors(argv, capsys):
    """Bad usage exits with argparse's status 2."""
    with pytest.raises(SystemExit) as exc:
        main(argv, out=io.StringIO(), err=io.StringIO())
    assert exc.value.code == 2
    assert "usage" in capsys.readouterr().err


@pytest.mark.parametrize("output, says", [
    ("", "a folder; give a file name"),
    ("who.png", "unknown graph format '.png'"),
    ("no/such/who.graphml", "does not exist"),
])
def test_an_output_graph_cannot_write_is_refused_before_reading(tmp_path, output, says):
    """The output is checked first: the error names it although the input is missing too (nothing was read)."""
    status, out, err = run(["graph", str(tmp_path / "missing.txt"), "-o", str(tmp_path / output)])
    assert status == 2 and out == ""
    assert says in err and "missing.txt" not in err and err.count("\n") == 1
