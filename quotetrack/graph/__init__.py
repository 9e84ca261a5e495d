"""Who responded to whom, as a networkx graph: built from articles (:mod:`.build`), written to files (:mod:`.io`),
drawn in a self-contained HTML page (:mod:`.html`)."""

from quotetrack.graph.build import Level, project, response_graph
from quotetrack.graph.html import graph_to_html
from quotetrack.graph.io import write_graph

__all__ = ["Level", "graph_to_html", "project", "response_graph", "write_graph"]
