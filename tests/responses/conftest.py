"""Fixtures for the response tests: the responses read in a text, as (source, target) pairs or with their evidence."""

from collections.abc import Callable

import pytest

import quotetrack


@pytest.fixture(scope="session")
def ends() -> Callable[[str], set[tuple[str, str]]]:
    """The (source, target) pairs of the responses read in a text."""
    return lambda text: {(r.source, r.target) for r in quotetrack.read(text, id="t").responses}


@pytest.fixture(scope="session")
def pairs() -> Callable[[str], set[tuple[str, str, str | None]]]:
    """The (source, target, evidence) triples of the responses read in a text."""
    return lambda text: {(r.source, r.target, r.evidence) for r in quotetrack.read(text, id="t").responses}
