"""The README's promises that a test can hold: its two opening commands, CI's commands, what the first one prints."""

from __future__ import annotations

import io
import re
import shlex
import sys
from pathlib import Path

import pytest

from quotetrack.cli import main

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")
CPU_INDEX = "--extra-index-url https://download.pytorch.org/whl/cpu"


def _commands() -> list[str]:
    """The indented command lines of the README, in order."""
    return [line.strip() for line in README.splitlines() if line.startswith("    python3 -m venv")]


def test_readme_opens_with_two_commands():
    install_and_read, test_suite = _commands()[:2]
    assert install_and_read.endswith("quotetrack extract seeds/000_54b514b8333d32ea.txt")
    assert test_suite.endswith(".venv/bin/python -m pytest -q")


def test_ci_runs_the_readme_test_command():
    """.ci/run installs torch, then the extras, then runs pytest, with the README's very arguments."""
    steps = [step.strip() for step in _commands()[1].split("&&")][1:]  # after creating the venv
    readme = [shlex.split(step)[1:] for step in steps]  # without the .venv/bin/ program
    ci = [shlex.split(line)[1:] for line in CI.splitlines() if line.startswith("python -m ")]
    ci = [[word for word in words if word != "--quiet"] for words in ci]
    assert [words[2:] if words[:2] == ["-m", "pip"] else words for words in ci] == readme


def test_torch_comes_from_the_cpu_index_everywhere():
    """Every command that installs torch names PyTorch's CPU wheel index (PyPI alone gives the CUDA build)."""
    guide = (REPO / "docs" / "guide.md").read_text(encoding="utf-8")
    installs = re.findall(r"pip install[^`\n]*torch==[^`\n&]*", README + CI + guide)
    assert len(installs) >= 4
    assert all(CPU_INDEX in line for line in installs), installs


def test_readme_says_what_the_first_command_prints(seed_path):
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", str(seed_path)], out=out, err=err) == 0
    first = out.getvalue().splitlines()[0]
    assert f"It prints `{first}`" in README


def test_the_guide_examples_run():
    """The guide's ``>>>`` examples give what they show."""
    import doctest

    failures, tried = doctest.testfile(str(REPO / "docs" / "guide.md"), module_relative=False)
    assert tried > 0 and failures == 0


def test_the_guide_names_every_dependency():
    """The guide's install section names exactly the packages pyproject.toml depends on."""
    import tomllib

    guide = (REPO / "docs" / "guide.md").read_text(encoding="utf-8")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {re.split(r"[<>=!~ ;\[]", spec)[0] for spec in pyproject["project"]["dependencies"]}
    sentence = re.search(r"The dependencies are (.*?);", guide)
    assert sentence and set(re.findall(r"`([\w-]+)`", sentence.group(1))) == wanted


def _guide_block(heading: str) -> str:
    """The first ```python block after a heading of docs/guide.md."""
    guide = (REPO / "docs" / "guide.md").read_text(encoding="utf-8")
    return re.search(r"```python\n(.*?)```", guide[guide.index(heading):], re.S).group(1)


@pytest.mark.parametrize("headings", [["## Who answered whom"], ["## A corpus", "### Speakers across the corpus"]])
def test_guide_examples_run_as_written(headings, tmp_path, monkeypatch):
    """The examples run one after the other, as in a notebook, given documents to read; on the plain install's
    dependencies where they need no extra (no scipy)."""
    if "## A corpus" in headings:
        pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "scipy", None)  # import scipy fails, as on the plain install
    docs = [{"id": "a", "outlet": "AP", "date": "2017-01-20",
             "text": "President Donald Trump said the line would open in May. Opposition leader Karen Olsen hit back "
                     "at Trump, calling his plan \"a fantasy\"."}]
    import quotetrack

    namespace = {"docs": docs, "quotetrack": quotetrack}  # imported by the guide's first example
    for heading in headings:
        exec(_guide_block(heading), namespace)
