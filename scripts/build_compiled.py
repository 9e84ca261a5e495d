"""Make a compiled copy of quotetrack with mypyc, outside the source tree.

    python scripts/build_compiled.py DIR [--opt-level 3]

Copies the package (``quotetrack/``, without caches or compiled files) and the build files into DIR, then runs
``QUOTETRACK_COMPILE=1 python setup.py build_ext --inplace`` there: the reading's rule modules (the list is in
``setup.py``) become C extension modules next to their sources. Use the copy with ``PYTHONPATH=DIR``. Needs
``mypy`` (which ships mypyc) and a C compiler in the environment that runs this script; the build takes several
minutes of one core. The source tree is never written to, so no compiled file can end up in git.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD_FILES = ("setup.py", "setup.cfg", "pyproject.toml", "README.md")


def copy_sources(out: Path) -> None:
    """Copy the package and the build files into ``out`` (the package's old copy there replaced)."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out / "quotetrack", ignore_errors=True)
    shutil.rmtree(out / "build", ignore_errors=True)
    skip = shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "*.c")
    shutil.copytree(REPO / "quotetrack", out / "quotetrack", ignore=skip)
    for name in BUILD_FILES:
        shutil.copy2(REPO / name, out / name)
    for old in out.glob("*__mypyc*"):
        old.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to build in (created; its quotetrack/ is replaced)")
    parser.add_argument("--opt-level", default="3", help="the C compiler's optimisation level (default 3)")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if out == REPO or REPO in out.parents:
        parser.error("build outside the source tree")
    copy_sources(out)
    env = dict(os.environ, QUOTETRACK_COMPILE="1", MYPYC_OPT_LEVEL=args.opt_level)
    done = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=out, env=env, check=False)
    if done.returncode == 0:
        print(f"compiled: use it with PYTHONPATH={out}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
