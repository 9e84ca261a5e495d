"""Who responded to whom, as a networkx graph: built from articles (:mod:`.build`), written to files (:mod:`.io`)."""

from quotetrack.graph.build import Level, project, response_graph
from quotetrack.graph.io import graph_to_html, write_graph

__all__ = ["Level", "graph_to_html", "project", "response_graph", "write_graph"]
