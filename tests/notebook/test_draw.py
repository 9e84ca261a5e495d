"""``quotetrack.notebook.draw``: who responded to whom, drawn with matplotlib (Agg backend, no window)."""

from __future__ import annotations

import pytest

import quotetrack

matplotlib = pytest.importorskip("matplotlib", reason="drawing needs matplotlib (the plot extra)")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend

MOFA = "Ministry of Foreign Affairs of China"
STATE = "U.S. Department of State"


@pytest.fixture(autouse=True)
def no_figures_left():
    """Every test starts and ends with no open figure."""
    plt.close("all")
    yield
    leftover = plt.get_fignums()
    plt.close("all")
    assert leftover == [], "a test left figures open"


@pytest.fixture(scope="module")
def graph(seed_article):
    return quotetrack.response_graph([seed_article])


def _labels(ax) -> list[str]:
    return sorted(t.get_text() for t in ax.texts)


def _legend(ax) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


def test_backend_is_agg():
    assert matplotlib.get_backend().lower() == "agg"


def test_speaker_level(graph):
    ax = quotetrack.notebook.draw(graph, level="speaker")
    try:
        assert isinstance(ax, matplotlib.axes.Axes)
        assert _labels(ax) == ["Hua Chunying", "Mike Pompeo", "Wang Wenbin", "Wang Yi"]
        assert ax.get_title() == "Who responded to whom (speaker)"
        # Coloured by country by default: one legend entry per country.
        assert sorted(_legend(ax)) == ["China", "United States"]
        assert not ax.axison
        # One arrow per projected edge (three speakers answered Pompeo).
        assert len(ax.patches) == quotetrack.project(graph, "speaker").number_of_edges() == 3
    finally:
        plt.close(ax.figure)


def test_colour_by_organisation(graph):
    ax = quotetrack.notebook.draw(graph, colour_by="organisation")
    try:
        assert sorted(_legend(ax)) == [MOFA, STATE]
    finally:
        plt.close(ax.figure)


def test_organisation_level(graph):
    ax = quotetrack.notebook.draw(graph, level="organisation")
    try:
        assert _labels(ax) == [MOFA, STATE]
        assert ax.get_title() == "Who responded to whom (organisation)"
        assert len(ax.patches) == 1
    finally:
        plt.close(ax.figure)


def test_country_level(graph):
    ax = quotetrack.notebook.draw(graph, level="country")
    try:
        assert _labels(ax) == ["China", "United States"]
        assert sorted(_legend(ax)) == ["China", "United States"]
    finally:
        plt.close(ax.figure)


def test_draws_on_given_axes(graph):
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    try:
        assert quotetrack.notebook.draw(graph, "speaker", ax=left) is left
        assert quotetrack.notebook.draw(graph, "organisation", ax=right) is right
        assert plt.get_fignums() == [figure.number]  # no new figure
        assert _labels(left) == ["Hua Chunying", "Mike Pompeo", "Wang Wenbin", "Wang Yi"]
    finally:
        plt.close(figure)


def test_layout_is_deterministic(graph):
    first = quotetrack.notebook.draw(graph)
    second = quotetrack.notebook.draw(graph)
    try:
        positions = [{t.get_text(): t.get_position() for t in ax.texts} for ax in (first, second)]
        assert positions[0] == positions[1]
    finally:
        plt.close(first.figure)
        plt.close(second.figure)


def test_renders_to_png(graph, tmp_path):
    ax = quotetrack.notebook.draw(graph)
    try:
        path = tmp_path / "graph.png"
        ax.figure.savefig(path, dpi=50)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        plt.close(ax.figure)


def test_an_empty_graph_draws_nothing():
    ax = quotetrack.notebook.draw(quotetrack.response_graph([quotetrack.read("No one said anything.", id="e")]))
    try:
        assert len(ax.texts) == 0 and ax.get_legend() is None
    finally:
        plt.close(ax.figure)


def test_unknown_level(graph):
    with pytest.raises(ValueError, match="level must be"):
        quotetrack.notebook.draw(graph, level="statement")
    plt.close("all")
