"""Shared fixtures for the quotetrack test suite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from quotetrack.lexicon import load_lexicon

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # the fuzz package (tests/test_fuzz.py, tests/test_regressions.py) is not installed
    sys.path.insert(0, str(REPO))

# Hypothesis profiles: "default" and "ci" run 200 examples a property, "long" 100,000 (pytest --hypothesis-profile=long,
# a night's fuzzing). "ci" keeps Hypothesis' own CI settings (derandomized, no example database) and is loaded when
# the CI variable is set; --hypothesis-profile, when given, wins (Hypothesis' pytest plugin loads it after this file).
_PROFILE = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("default", settings.get_profile("default"), max_examples=200, **_PROFILE)
settings.register_profile("ci", settings.get_profile("ci"), max_examples=200, **_PROFILE)
settings.register_profile("long", settings.get_profile("default"), max_examples=100_000, **_PROFILE)
settings.load_profile("ci" if os.environ.get("CI") else "default")

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


# -- a real browser ---------------------------------------------------------------------------------------------------

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")


def chromium_path() -> str | None:
    """Debian's Chromium, when installed (.ci/run installs it best-effort)."""
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.fixture
def chromium(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess]:
    """Run Chromium headless on a page, with a fresh profile: ``chromium(page, "--dump-dom", ...)``.

    Skips the test, saying why, where Chromium is not installed. Console messages and uncaught errors
    are logged to the result's ``stderr`` (lines with ``CONSOLE``).
    """
    found = chromium_path()
    if found is None:
        pytest.skip("Chromium is not installed (Debian package chromium; .ci/run installs it when it can)")

    def run(page: Path, *flags: str, timeout: float = 120) -> subprocess.CompletedProcess:
        profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
        profile.mkdir()
        return subprocess.run([found, *CHROMIUM_FLAGS, "--enable-logging=stderr", "--v=0",
                               f"--user-data-dir={profile}", *flags, page.as_uri()],
                              capture_output=True, text=True, timeout=timeout, check=False)

    return run
