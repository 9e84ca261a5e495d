"""Tests of the backend registry: names, auto, and a backend registered from outside quotetrack."""

from __future__ import annotations

import subprocess
import sys

import pytest

import quotetrack
from quotetrack import backends
from quotetrack.backends import BackendInfo, backend_names, choose_backend, get_backend, register_backend
from quotetrack.errors import BackendError


def test_builtin_backends_are_registered():
    assert backend_names()[:3] == ["auto", "embedded", "stanza"]
    assert get_backend("stanza").provides == {"entities", "parse", "coreference"}


def test_unknown_backend_names_the_choices():
    with pytest.raises(BackendError, match="unknown backend 'spacy': choose one of auto, embedded, stanza"):
        quotetrack.read("Hi.", backend="spacy")


def test_auto_without_stanza_models_reads_with_the_embedded_backend(tmp_path):
    assert choose_backend("auto", str(tmp_path)).name == "embedded"


def test_auto_decides_without_importing_stanza(tmp_path):
    """With no models, auto looks at files only: neither stanza nor torch is imported."""
    code = ("import sys, quotetrack; quotetrack.read('\"Yes,\" Jane Smith said.', stanza_dir=sys.argv[1]); "
            "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.fixture
def upper_backend():
    """A third-party backend (the embedded one under another name) that auto never picks."""
    from quotetrack.backends import embedded

    def parse(text, *, lexicon, model_dir=None):
        return embedded.parse(text, lexicon=lexicon)

    info = BackendInfo(name="shouting", description="a test backend", parse=parse,
                       available=lambda model_dir: "only when asked for", priority=-1)
    register_backend(info)
    yield info
    del backends._REGISTRY["shouting"]
    backends._choose.cache_clear()


def test_a_registered_backend_reads_by_name_and_is_a_cli_choice(upper_backend):
    from quotetrack.cli import _parser

    article = quotetrack.read('"We will win," Jane Smith said.', backend="shouting")
    assert article.statements[0].speaker.name == "Jane Smith"
    assert "shouting" in backend_names()
    args = _parser().parse_args(["extract", "x.txt", "--backend", "shouting"])
    assert args.backend == "shouting"


def test_auto_skips_a_backend_that_cannot_run(upper_backend, tmp_path):
    assert choose_backend("auto", str(tmp_path)).name == "embedded"


def test_a_name_is_registered_once(upper_backend):
    with pytest.raises(ValueError, match="registered already"):
        register_backend(upper_backend)


@pytest.mark.parametrize("name", ["auto", "two words", ""])
def test_backend_names_are_plain(name):
    with pytest.raises(ValueError):
        BackendInfo(name=name, description="", parse=lambda text, **_: None, available=lambda d: None)
