"""Make the README's pictures of the seed article with quotetrack's own code.

    python docs/make_images.py

writes

- docs/images/seed-article.png: ``quotetrack.article_html`` of the seed article in a
  minimal page, screenshotted by Chromium headless (Debian package ``chromium``);
- docs/images/seed-graph.png: ``quotetrack.notebook.draw`` of the seed's response graph at the
  speaker level, saved with matplotlib (Agg backend);
- docs/images/long-article-graph.png: the statement-level HTML view (``write_graph`` to ``.html``)
  of docs/long-article.txt, a made-up article of 65 statements, screenshotted by Chromium headless.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend

import quotetrack

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_54b514b8333d32ea.txt"
LONG = REPO / "docs" / "long-article.txt"
IMAGES = REPO / "docs" / "images"

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>quotetrack: seed article</title>
<style>body {{ margin: 24px 32px; max-width: 920px; font-size: 15px; background: #fff; }}</style>
</head><body>{body}</body></html>
"""


def seed_article() -> quotetrack.Article:
    return quotetrack.read(SEED.read_bytes().decode("utf-8-sig"), id=SEED.stem,
                           metadata={"title": "Newsweek: China Says U.S. Acts 'Dirty' After It Tries to 'Clean' "
                                              "Networks (seed article)"})


def chromium() -> str:
    found = "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else shutil.which("chromium")
    if found is None:
        raise SystemExit("Chromium is needed for the article picture (Debian: apt-get install chromium)")
    return found


def screenshot(html: str, path: Path, size: tuple[int, int]) -> None:
    """A page, as Chromium headless shows it in a window of ``size``, with a fresh profile; timers run ahead."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(html, encoding="utf-8")
        profile = Path(folder) / "profile"
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}",
             "--virtual-time-budget=60000", f"--screenshot={path}", page.as_uri()],
            check=True, capture_output=True, timeout=180,
        )


def article_png(article: quotetrack.Article, path: Path, size: tuple[int, int] = (1000, 1400)) -> None:
    screenshot(PAGE.format(body=quotetrack.article_html(article)), path, size)


def long_graph_png(path: Path, size: tuple[int, int] = (1400, 900)) -> None:
    article = quotetrack.read(LONG.read_text(encoding="utf-8"), id=LONG.stem)
    graph = quotetrack.response_graph([article])
    screenshot(quotetrack.graph_to_html(graph, title="quotetrack: a long article, statement by statement"), path, size)


def graph_png(article: quotetrack.Article, path: Path) -> None:
    figure, ax = plt.subplots(figsize=(8, 5.5))
    try:
        quotetrack.notebook.draw(quotetrack.response_graph([article]), level="speaker", ax=ax)
        ax.margins(0.15)
        figure.tight_layout()
        figure.savefig(path, dpi=100, metadata={"Software": None})  # no version stamp: same bytes each run
    finally:
        plt.close(figure)


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    article = seed_article()
    article_png(article, IMAGES / "seed-article.png")
    graph_png(article, IMAGES / "seed-graph.png")
    long_graph_png(IMAGES / "long-article-graph.png")
    for name in ("seed-article.png", "seed-graph.png", "long-article-graph.png"):
        print(f"wrote {(IMAGES / name).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
