"""``python -m quotetrack.cli``: the ``quotetrack`` command line."""

from quotetrack.cli import run

run()
