"""quotetrack.datasets: the seed article as package data, the same text as the repository's seeds/ file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import quotetrack
from quotetrack import datasets


def test_seed_is_the_repository_seed(seed_path: Path, seed_text: str):
    assert datasets.SEED_ID == seed_path.stem
    assert datasets.seed() == seed_text
    packaged = Path(datasets.__file__).with_name("data") / seed_path.name
    assert packaged.read_bytes() == seed_path.read_bytes(), "copy seeds/ to quotetrack/datasets/data/ again"


def test_seed_reads_as_the_seed(seed_article):
    article = quotetrack.read(quotetrack.datasets.seed(), id=datasets.SEED_ID)
    assert article == seed_article


def test_seed_from_outside_the_repository(tmp_path: Path):
    """An installed quotetrack finds its seed from any folder: nothing is looked up relative to the working folder."""
    code = "import quotetrack; print(len(quotetrack.datasets.seed()), quotetrack.datasets.SEED_ID)"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            check=True)
    assert result.stdout.split() == [str(len(datasets.seed())), datasets.SEED_ID]


def test_package_data_is_declared():
    """pyproject ships the data file in wheels and sdists (an editable install would find it anyway)."""
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"quotetrack.datasets" = ["data/*.txt", "data/*.jsonl", "data/*.md"]' in pyproject
