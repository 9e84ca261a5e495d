"""The statement-response graph: who said what, on whose behalf, and who answered whom.

:func:`response_graph` turns read articles into a :class:`networkx.MultiDiGraph`
whose nodes are statements, speakers, organisations and countries (node
attribute ``kind``) and whose edges are ``said``, ``member_of`` and
``responds_to`` (edge attribute ``kind``). Every attribute is a plain scalar, so
networkx's algorithms and writers work unchanged. :func:`project` folds it into
who-answers-whom between speakers, organisations or countries.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from quotetrack.errors import InputError
from quotetrack.model import Article, Speaker
from quotetrack.records import speaker_row, statement_rows

if TYPE_CHECKING:  # networkx takes most of a second to import: only the functions that need it do
    import networkx as nx

__all__ = ["Level", "project", "response_graph", "statement_node"]

Level = Literal["statement", "speaker", "organisation", "country"]


def _node_id(kind: str, name: str) -> str:
    return f"{kind}:{name}"


def statement_node(article_id: str, index: int) -> str:
    """The node id of an article's statement in a :func:`response_graph`.

    Examples
    --------
    >>> statement_node("a", 0)
    'statement:a:0'
    """
    return f"statement:{article_id}:{index}"


def _scalars(**attributes: Any) -> dict[str, Any]:
    """Drop missing values: GraphML and GEXF have no null."""
    return {k: v for k, v in attributes.items() if v is not None}


def _add_speaker(graph: nx.MultiDiGraph, speaker: Speaker) -> str:
    row = speaker_row(speaker)
    node = _node_id("speaker", speaker.name)
    organisation = row["organisation"]
    if node not in graph:
        graph.add_node(node, **_scalars(kind="speaker", name=speaker.name, speaker_kind=row["kind"],
                                         title=row["title"], organisation=organisation, country=row["country"]))
    else:  # the same person in another article: keep what is known, fill what was missing
        data = graph.nodes[node]
        for key in ("title", "organisation", "country"):
            if row[key] is not None and key not in data:
                data[key] = row[key]
    country = speaker.country or (speaker.organisation.country if speaker.organisation else None)
    if organisation is not None:
        org_node = _node_id("organisation", organisation)
        graph.add_node(org_node, **_scalars(kind="organisation", name=organisation, country=country))
        if not graph.has_edge(node, org_node, key="member_of"):
            graph.add_edge(node, org_node, key="member_of", kind="member_of")
        if country is not None:
            country_node = _node_id("country", country)
            graph.add_node(country_node, kind="country", name=country)
            if not graph.has_edge(org_node, country_node, key="member_of"):
                graph.add_edge(org_node, country_node, key="member_of", kind="member_of")
    elif country is not None:
        country_node = _node_id("country", country)
        graph.add_node(country_node, kind="country", name=country)
        if not graph.has_edge(node, country_node, key="member_of"):
            graph.add_edge(node, country_node, key="member_of", kind="member_of")
    return node


def _add_end(graph: nx.MultiDiGraph, name: str, speaker: Speaker | None) -> None:
    """A response's end named otherwise than its statement's speaker (the full name of a body speaking under its
    initials: "AK" is Athletics Kenya) is that speaker, with the same organisation and country."""
    if speaker is not None and name != speaker.name and _node_id("speaker", name) not in graph:
        _add_speaker(graph, attrs.evolve(speaker, name=name))


def _add_statement(graph: nx.MultiDiGraph, row: dict[str, Any]) -> str:
    """A statement node from its :func:`quotetrack.records.statement_rows` row."""
    node = statement_node(row["article"], row["statement"])
    graph.add_node(node, **_scalars(
        kind="statement", article=row["article"], index=row["statement"], text=row["text"],
        statement_kind=row["kind"], start=row["start"], end=row["end"], cue=row["cue"], speaker=row["speaker"],
        outlet=row["outlet"], date=row["date"],
    ))
    return node


def response_graph(articles: Iterable[Article], *, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """Build the statement-response graph of some articles.

    Parameters
    ----------
    articles : iterable of Article
        Read articles; speakers of many articles merge by canonical name.
    min_confidence : float, optional
        Leave out responses read with less confidence than this (docs/responses.md).

    Raises
    ------
    InputError
        When two articles have the same id.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes ``statement:<article>:<index>``, ``speaker:<name>``,
        ``organisation:<name>`` and ``country:<name>``; edges ``said``
        (speaker -> statement), ``member_of`` (speaker -> organisation ->
        country) and ``responds_to`` (statement -> the statement or speaker
        answered, with ``source_speaker``, ``target_speaker``, ``cue``,
        ``evidence``, ``stance`` and ``confidence``).

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> graph = response_graph([read(text, id="a")])
    >>> sorted(d["kind"] for _, _, d in graph.edges(data=True)).count("responds_to")
    1
    >>> strict = response_graph([read(text, id="a")], min_confidence=0.99)
    >>> sorted(d["kind"] for _, _, d in strict.edges(data=True)).count("responds_to")
    0
    """
    if isinstance(articles, (Article, str)) or not isinstance(articles, Iterable):
        raise InputError("response_graph takes an iterable of articles; for one: response_graph([article])")
    if not isinstance(min_confidence, (int, float)) or not 0.0 <= min_confidence <= 1.0:  # NaN too
        raise InputError(f"min_confidence is a number from 0 to 1, as in 0.85; got {min_confidence!r}")
    import networkx as nx

    graph: nx.MultiDiGraph[Any] = nx.MultiDiGraph()
    ids: set[str] = set()
    for article in articles:
        if not isinstance(article, Article):
            raise InputError(f"response_graph takes Article values, got {type(article).__name__} (texts are read "
                             "first: response_graph(quotetrack.read_many(docs)))")
        if article.id in ids:  # its statements' nodes would take the place of the first article's
            raise InputError(f"article id {article.id!r} given twice: the graph names a statement by its article's "
                             "id; give each article its own id")
        ids.add(article.id)
        nodes: list[str | None] = []
        for statement, row in zip(article.statements, statement_rows(article)):
            node = _add_statement(graph, row)
            nodes.append(node)
            if statement.speaker is not None:
                speaker_node = _add_speaker(graph, statement.speaker)
                graph.add_edge(speaker_node, node, key="said", kind="said")
        for response in article.responses:
            if response.confidence < min_confidence:
                continue
            source = nodes[response.statement] if 0 <= response.statement < len(nodes) else None
            if source is None:
                continue
            _add_end(graph, response.source, article.statements[response.statement].speaker)
            if response.target_statement is not None and 0 <= response.target_statement < len(nodes):
                _add_end(graph, response.target, article.statements[response.target_statement].speaker)
            if response.target_statement is not None and 0 <= response.target_statement < len(nodes):
                target = nodes[response.target_statement]
            else:
                target = _node_id("speaker", response.target)
                if target not in graph:
                    graph.add_node(target, kind="speaker", name=response.target)
            graph.add_edge(source, target, **_scalars(
                kind="responds_to", article=article.id, source_speaker=response.source,
                target_speaker=response.target, cue=response.cue, evidence=response.evidence,
                stance=response.stance, confidence=response.confidence,
            ))
    return graph


def _group_of(graph: nx.MultiDiGraph, speaker: str, level: Level) -> str | None:
    """The speaker, organisation or country a speaker's responses count for."""
    node = _node_id("speaker", speaker)
    if level == "speaker":
        return speaker
    data = graph.nodes.get(node, {})
    if level == "organisation":
        return data.get("organisation")
    return data.get("country")


def project(graph: nx.MultiDiGraph, level: Level = "speaker") -> nx.DiGraph:
    """Fold a statement-response graph into who answered whom at one level.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph from :func:`response_graph`.
    level : {"speaker", "organisation", "country"}
        What the nodes of the projection are.

    Returns
    -------
    networkx.DiGraph
        An edge ``a -> b`` when something of ``a`` responded to ``b``, with
        ``weight`` (the number of responses), ``statements`` (the
        responding statements' node ids, joined by ``;``), ``reports`` (the
        number of articles reporting the exchange: one edge however many
        outlets report it) and ``articles`` (their ids, joined by ``;``).

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> list(project(response_graph([read(text, id="a")]), "organisation").edges)
    [('Chinese government', 'U.S. Department of State')]

    The same exchange reported by two outlets is one edge with two reports:

    >>> folded = project(response_graph([read(text, id="ap-1"), read(text, id="bbc-7")]), "speaker")
    >>> folded.edges["Wang Yi", "Mike Pompeo"]["reports"], folded.edges["Wang Yi", "Mike Pompeo"]["articles"]
    (2, 'ap-1;bbc-7')
    """
    if level not in ("speaker", "organisation", "country"):
        raise InputError(f"level must be 'speaker', 'organisation' or 'country', got {level!r} (the statement level "
                         "is the graph response_graph gives)")
    import networkx as nx

    projected: nx.DiGraph[Any] = nx.DiGraph()
    reporting: dict[tuple[str, str], dict[str, None]] = {}  # edge -> the articles reporting it, in order
    for node, target, data in graph.edges(data=True):
        if data.get("kind") != "responds_to":
            continue
        source_group = _group_of(graph, data["source_speaker"], level)
        target_group = _group_of(graph, data["target_speaker"], level)
        if source_group is None or target_group is None or source_group == target_group:
            continue
        for group in (source_group, target_group):
            if group not in projected:
                projected.add_node(group, kind=level, name=group)
        if projected.has_edge(source_group, target_group):
            edge = projected.edges[source_group, target_group]
            edge["weight"] += 1
            edge["statements"] += f";{node}"
        else:
            projected.add_edge(source_group, target_group, weight=1, statements=node)
        reporting.setdefault((source_group, target_group), {})[str(data.get("article", ""))] = None
    for (source_group, target_group), articles in reporting.items():
        projected.edges[source_group, target_group].update(reports=len(articles), articles=";".join(articles))
    return projected
