"""Shared fixtures for the quotetrack test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.lexicon import load_lexicon

REPO = Path(__file__).resolve().parents[1]
SEED_STEM = "000_54b514b8333d32ea"


@pytest.fixture(scope="session")
def lexicon():
    """The packaged lexicon, loaded once."""
    return load_lexicon()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """Path of the seed article shipped with the project."""
    path = REPO / "seeds" / f"{SEED_STEM}.txt"
    if not path.exists():
        pytest.skip(f"seed article missing: {path}")
    return path


@pytest.fixture(scope="session")
def seed_expected_path(seed_path: Path) -> Path:
    """Path of the expected reading of the seed article."""
    path = seed_path.with_name(f"{SEED_STEM}.expected.json")
    if not path.exists():
        pytest.skip(f"seed expectation missing: {path}")
    return path


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    """Text of the seed article, exactly as the CLI reads it."""
    return seed_path.read_bytes().decode("utf-8-sig")


@pytest.fixture(scope="session")
def seed_article(seed_text: str):
    """The seed article read once for the whole session."""
    import quotetrack

    return quotetrack.read(seed_text, id=SEED_STEM)
