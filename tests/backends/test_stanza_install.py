"""What a machine without the stanza extra is told (runs whether or not stanza is installed)."""

from __future__ import annotations

import io

import pytest

from quotetrack.backends import stanza as stanza_backend
from quotetrack.cli import main
from quotetrack.errors import BackendError

CPU_INDEX = "--extra-index-url https://download.pytorch.org/whl/cpu"


@pytest.fixture()
def no_stanza(monkeypatch):
    monkeypatch.setattr(stanza_backend, "_stanza_installed", lambda: False)


@pytest.mark.parametrize("call", [lambda: stanza_backend.pipeline(), lambda: stanza_backend.download(None)])
def test_missing_extra_names_torch_cpu_build_first(no_stanza, call):
    """The install hint puts torch's CPU build first: from PyPI alone "quotetrack[stanza]" pulls the CUDA build."""
    with pytest.raises(BackendError) as raised:
        call()
    message = str(raised.value)
    assert message.index(CPU_INDEX) < message.index('pip install "quotetrack[stanza]"')


def test_models_status_gives_the_same_hint(no_stanza, tmp_path):
    out = io.StringIO()
    assert main(["models", "status", "--dir", str(tmp_path)], out=out, err=io.StringIO()) == 0
    assert f"stanza: not installed ({stanza_backend.INSTALL})" in out.getvalue()
    assert CPU_INDEX in stanza_backend.INSTALL
    assert "torch==2.13.0 " in stanza_backend.INSTALL  # the pin the README installs: torch's latest may not fit
