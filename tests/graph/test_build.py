"""Tests of response_graph and project: node and edge kinds, merging across articles, projections."""

from __future__ import annotations

from collections import Counter

import attrs
import networkx as nx
import pytest

import quotetrack
from quotetrack import project, response_graph

SEED_PAIRS = {("Hua Chunying", "Mike Pompeo"), ("Wang Wenbin", "Mike Pompeo"), ("Wang Yi", "Mike Pompeo")}
MFA_CHINA, STATE_DEPT = "Ministry of Foreign Affairs of China", "U.S. Department of State"

PLAIN = "Secretary of State Mike Pompeo said on Monday that the talks had stalled."
BARE = '"We will not back down," Pompeo said on Tuesday in Prague, where Mike Pompeo met reporters.'
NO_RESPONSES = ("White House press secretary Jen Psaki said on Friday that the administration was reviewing the "
                "pipeline deal.\n\nRussian Foreign Minister Sergei Lavrov said on Saturday that Moscow would keep "
                "supplying gas to Europe.")


@pytest.fixture(scope="module")
def seed_graph(seed_article):
    """The statement-response graph of the seed."""
    return response_graph([seed_article])


def test_seed_node_kinds(seed_graph, seed_article):
    """The seed graph has statement, speaker, organisation and country nodes, and no others."""
    kinds = Counter(d["kind"] for _, d in seed_graph.nodes(data=True))
    assert set(kinds) == {"statement", "speaker", "organisation", "country"}
    assert kinds["statement"] == len(seed_article.statements)
    for node, data in seed_graph.nodes(data=True):
        if data["kind"] == "statement":
            assert node == f"statement:{data['article']}:{data['index']}"
        else:
            assert node == f"{data['kind']}:{data['name']}"


def test_seed_expected_nodes(seed_graph):
    """The seed's people, ministries and countries appear as nodes."""
    for node in ("speaker:Mike Pompeo", "speaker:Hua Chunying", "speaker:Wang Wenbin", "speaker:Wang Yi",
                 f"organisation:{MFA_CHINA}", f"organisation:{STATE_DEPT}", "country:China", "country:United States"):
        assert node in seed_graph, node
    assert seed_graph.nodes["speaker:Hua Chunying"]["organisation"] == MFA_CHINA
    assert seed_graph.nodes["speaker:Mike Pompeo"]["country"] == "United States"


def test_seed_edge_kinds(seed_graph, seed_article):
    """Edges are said, member_of and responds_to, each between the right kinds of node."""
    kinds = Counter(d["kind"] for _, _, d in seed_graph.edges(data=True))
    assert set(kinds) == {"said", "member_of", "responds_to"}
    assert kinds["said"] == sum(s.speaker is not None for s in seed_article.statements)
    assert kinds["responds_to"] == len(seed_article.responses)
    node_kind = nx.get_node_attributes(seed_graph, "kind")
    allowed = {
        "said": {("speaker", "statement")},
        "member_of": {("speaker", "organisation"), ("organisation", "country"), ("speaker", "country")},
        "responds_to": {("statement", "statement"), ("statement", "speaker")},
    }
    for u, v, data in seed_graph.edges(data=True):
        assert (node_kind[u], node_kind[v]) in allowed[data["kind"]], (u, v, data)


def test_seed_member_of_chain(seed_graph):
    """Speakers belong to their ministry and the ministry to its country."""
    assert seed_graph.has_edge("speaker:Wang Yi", f"organisation:{MFA_CHINA}")
    assert seed_graph.has_edge(f"organisation:{MFA_CHINA}", "country:China")
    assert seed_graph.has_edge(f"organisation:{STATE_DEPT}", "country:United States")


def test_seed_responds_to_attributes(seed_graph):
    """responds_to edges carry their speakers and evidence, and leave the source speaker's statement."""
    pairs = set()
    for u, _, data in seed_graph.edges(data=True):
        if data["kind"] != "responds_to":
            continue
        pairs.add((data["source_speaker"], data["target_speaker"]))
        assert data["evidence"] in {"cue", "mention", "term", "restatement", "structure", "continuation"}
        assert seed_graph.nodes[u]["speaker"] == data["source_speaker"]
        assert data["article"] == seed_graph.nodes[u]["article"]
    assert pairs == SEED_PAIRS


def test_seed_attributes_are_scalars(seed_graph):
    """Every node and edge attribute value is a str, int, float or bool; none is None."""
    for _, data in seed_graph.nodes(data=True):
        for key, value in data.items():
            assert isinstance(value, (str, int, float, bool)), (key, value)
    for _, _, data in seed_graph.edges(data=True):
        for key, value in data.items():
            assert isinstance(value, (str, int, float, bool)), (key, value)


@pytest.mark.parametrize("level", ["speaker", "organisation", "country"])
def test_projection_attributes_are_scalars(seed_graph, level):
    """Projected nodes and edges carry only scalar attributes."""
    projected = project(seed_graph, level)
    for _, data in projected.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values()), data
    for _, _, data in projected.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values()), data


def test_statement_nodes_carry_metadata():
    """Statement nodes take outlet and date from the article metadata, as strings."""
    article = quotetrack.read(PLAIN, id="m", metadata={"outlet": "Newsweek", "date": 20200806})
    graph = response_graph([article])
    data = graph.nodes["statement:m:0"]
    assert (data["outlet"], data["date"], data["speaker"], data["index"]) == ("Newsweek", "20200806",
                                                                             "Mike Pompeo", 0)
    assert data["text"] == article.statements[0].text


def test_speakers_merge_across_articles():
    """The same person in two articles is one speaker node saying statements of both."""
    graph = response_graph([quotetrack.read(BARE, id="b"), quotetrack.read(PLAIN, id="a")])
    speakers = [n for n, d in graph.nodes(data=True) if d["kind"] == "speaker"]
    assert speakers == ["speaker:Mike Pompeo"]
    said = {v for _, v, d in graph.out_edges("speaker:Mike Pompeo", data=True) if d["kind"] == "said"}
    assert {graph.nodes[v]["article"] for v in said} == {"a", "b"}


def test_merge_fills_missing_attributes():
    """A title and organisation known only from the second article are kept on the merged node."""
    graph = response_graph([quotetrack.read(BARE, id="b"), quotetrack.read(PLAIN, id="a")])
    data = graph.nodes["speaker:Mike Pompeo"]
    assert data["title"] == "Secretary of State"
    assert data["organisation"] == STATE_DEPT
    assert data["country"] == "United States"
    assert graph.has_edge("speaker:Mike Pompeo", f"organisation:{STATE_DEPT}")


def test_merge_keeps_one_member_of_edge():
    """Reading the same article twice does not duplicate member_of edges."""
    graph = response_graph([quotetrack.read(PLAIN, id="a"), quotetrack.read(PLAIN, id="a2")])
    assert graph.number_of_edges("speaker:Mike Pompeo", f"organisation:{STATE_DEPT}") == 1
    assert graph.number_of_edges(f"organisation:{STATE_DEPT}", "country:United States") == 1


def test_response_graph_of_nothing():
    """No articles give an empty graph."""
    graph = response_graph([])
    assert graph.number_of_nodes() == 0 and isinstance(graph, nx.MultiDiGraph)


@pytest.mark.parametrize(
    ("level", "edges"),
    [
        ("speaker", SEED_PAIRS),
        ("organisation", {(MFA_CHINA, STATE_DEPT)}),
        ("country", {("China", "United States")}),
    ],
)
def test_seed_projection_edges(seed_graph, level, edges):
    """Each level of the seed projects to the expected who-answered-whom edges."""
    projected = project(seed_graph, level)
    assert isinstance(projected, nx.DiGraph) and not projected.is_multigraph()
    assert set(projected.edges) == edges
    assert all(projected.nodes[n]["kind"] == level for n in projected)


def test_seed_speaker_weights(seed_graph, seed_article):
    """A speaker edge's weight counts its responses, and its statements name them."""
    projected = project(seed_graph, "speaker")
    counts = Counter((r.source, r.target) for r in seed_article.responses)
    for (u, v), count in counts.items():
        edge = projected.edges[u, v]
        assert edge["weight"] == count
        statements = edge["statements"].split(";")
        assert len(statements) == count
        assert all(seed_graph.nodes[s]["kind"] == "statement" and seed_graph.nodes[s]["speaker"] == u
                   for s in statements)


@pytest.mark.parametrize(("level", "edge"), [("organisation", (MFA_CHINA, STATE_DEPT)),
                                             ("country", ("China", "United States"))])
def test_seed_folded_weights(seed_graph, seed_article, level, edge):
    """Folding into one ministry or country adds up every response."""
    projected = project(seed_graph, level)
    assert projected.edges[edge]["weight"] == len(seed_article.responses)
    assert len(projected.edges[edge]["statements"].split(";")) == len(seed_article.responses)


@pytest.mark.parametrize("level", ["party", "", "Speaker", "statement"])
def test_project_rejects_unknown_level(seed_graph, level):
    """project raises InputError (a QuotetrackError, also a ValueError) for a level it cannot fold into."""
    with pytest.raises(quotetrack.InputError, match="level must be") as raised:
        project(seed_graph, level)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("level", ["speaker", "organisation", "country"])
def test_no_responses_no_edges(level):
    """A story where nobody answers anybody projects to a graph with no edges."""
    graph = response_graph([quotetrack.read(NO_RESPONSES, id="n")])
    assert not [e for e in graph.edges(data=True) if e[2]["kind"] == "responds_to"]
    assert project(graph, level).number_of_edges() == 0


def test_same_side_folds_away():
    """A response within one ministry vanishes at organisation and country level."""
    text = ("Secretary of State Mike Pompeo said on Monday that Beijing had broken its promises. Chinese Foreign "
            'Ministry spokesperson Hua Chunying said the remarks were "full of lies." Fellow spokesperson Zhao '
            'Lijian echoed Hua, saying Washington should "stop spreading rumors."')
    graph = response_graph([quotetrack.read(text, id="e")])
    assert set(project(graph, "speaker").edges) == {("Zhao Lijian", "Hua Chunying")}
    assert project(graph, "organisation").number_of_edges() == 0
    assert project(graph, "country").number_of_edges() == 0


def test_projection_weights_add_across_articles(seed_article):
    """The same article read twice doubles the weights of the projection."""
    twice = attrs.evolve(seed_article, id="copy")
    single = project(response_graph([seed_article]), "country")
    double = project(response_graph([seed_article, twice]), "country")
    edge = ("China", "United States")
    assert double.edges[edge]["weight"] == 2 * single.edges[edge]["weight"]


def test_an_exchange_reported_by_many_outlets_is_one_edge_with_many_reports():
    text = ('Secretary of State Mike Pompeo said the deal was dead. '
            '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    articles = [quotetrack.read(text, id=f"outlet-{n}") for n in range(3)]
    folded = project(response_graph(articles), "speaker")
    assert list(folded.edges) == [("Wang Yi", "Mike Pompeo")]
    edge = folded.edges["Wang Yi", "Mike Pompeo"]
    assert (edge["weight"], edge["reports"], edge["articles"]) == (3, 3, "outlet-0;outlet-1;outlet-2")


def test_a_body_answering_under_its_initials_keeps_its_organisation():
    """A response's end goes by the full name of a body speaking under its initials; the organisation projection
    still finds what the speaker of the statement speaks for."""
    text = ("On Monday the Northern Rowing Federation banned two rowers for a year. Dan Moss, chief executive of "
            "Brill Capital, said the rowers would appeal. But the NRF insisted that the rowers had been warned.")
    graph = response_graph([quotetrack.read(text, id="rowing")])
    assert list(project(graph, "speaker").edges) == [("Northern Rowing Federation", "Dan Moss")]
    assert list(project(graph, "organisation").edges) == [("NRF", "Brill Capital")]


@pytest.mark.parametrize("articles, min_confidence, says", [
    ("one", 0.0, r"an iterable of articles; for one: response_graph\(\[article\]\)"),
    ("many", 95, "min_confidence is a number from 0 to 1"),
    ("many", -0.5, "min_confidence is a number from 0 to 1"),
    ("many", float("nan"), "min_confidence is a number from 0 to 1"),
])
def test_response_graph_refuses_what_it_cannot_draw(seed_article, articles, min_confidence, says):
    """One article (a TypeError before) or a confidence out of 0..1 (an empty graph, silently) is an InputError."""
    given = seed_article if articles == "one" else [seed_article]
    with pytest.raises(quotetrack.InputError, match=says):
        response_graph(given, min_confidence=min_confidence)
