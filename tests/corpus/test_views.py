"""A corpus seen as articles and as a graph by entity (quotetrack.corpus.views)."""

from __future__ import annotations

from quotetrack.corpus.store import Corpus
from quotetrack.corpus.views import entity_names
from quotetrack import read
from entity_docs import read_docs


def test_articles_by_entity_name_each_person_one_way():
    with Corpus(":memory:") as corpus:
        corpus.add(read_docs())
        names = {s.speaker.name for a in corpus.articles(entities=True) for s in a.statements if s.speaker}
        assert {"Maria Lopez", "Viktor Orbán", "Michael Pence"} <= names
        assert not {"Lopez", "Viktor Orban", "Mike Pence", "Olsen"} & names
        assert len(entity_names(corpus._db)) == len(set(entity_names(corpus._db).values()))


def test_the_corpus_graph_has_one_node_per_person_and_body():
    first = ('Secretary of State Mike Pompeo said the deal was dead. '
             '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    second = ('Secretary of State Michael Pompeo said the talks were over. '
              '"Pompeo is wrong again," Foreign Minister Wang Yi said in reply.')
    with Corpus(":memory:") as corpus:
        corpus.add([read(first, id="a"), read(second, id="b")])
        graph = corpus.graph("speaker")
        pompeo = corpus.find_speakers("pompeo")[0]["name"]  # the one entity of both forms
        assert set(graph.edges) == {("Wang Yi", pompeo)}
        assert all("entity" in data for _, data in graph.nodes(data=True))
        full = corpus.graph()
        speakers = [n for n, d in full.nodes(data=True) if d["kind"] == "speaker"]
        assert len(speakers) == 2
        assert list(corpus.graph("organisation").edges) == [
            ("Chinese government", "U.S. Department of State")]  # no ministry named: the government
