"""Reading a corpus on Dask (quotetrack.corpus.cluster, Corpus.add_bag, ingest --dask) on a LocalCluster."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

import quotetrack
from quotetrack.cli import main
from quotetrack.corpus.store import Corpus
from quotetrack.errors import QuotetrackError

dask_bag = pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'quotetrack[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (pip install 'quotetrack[dask]')")

SPEAKERS = ["Senator Jane Smith", "Governor Tom Brown", "Mayor Ana Lopez"]
QUOTES = [
    "We will never accept a budget that cuts funding for rural hospitals and schools",
    "The new bridge will be finished before the winter storms arrive in the valley",
    "Our police officers deserve better equipment and fair pay for their long hours",
]
OUTLETS = ["AP", "BBC", "CNN", "NPR", "Fox"]


def documents():
    """30 articles: each quote by each speaker, reported whole, trimmed or in part by several outlets."""
    docs = []
    for q, quote in enumerate(QUOTES):
        for s, speaker in enumerate(SPEAKERS):
            for k in range(3 + (q + s) % 2):
                words = quote.split()
                reported = quote if k == 0 else " ".join(words[: len(words) - k])
                surname = speaker.split()[-1]
                text = (f'{speaker} spoke on Monday.\n\n"{reported}," {surname} told reporters.\n\n'
                        f'"That is simply wrong," said Councillor Lee Park in response.')
                docs.append({"id": f"a{q}{s}{k}", "outlet": OUTLETS[(q + s + k) % 5],
                             "date": f"2024-05-{1 + (7 * q + 3 * s + k) % 28:02d}", "text": text})
    return docs[:30]


DOCS = documents()
TABLES = {
    "articles": "id, seq, outlet, url, title, published, text_hash, n_statements, n_responses",
    "speakers": "*", "speaker_aliases": "*", "organisations": "*", "claims": "*", "statements": "*",
    "claim_bands": "*", "responses": "*",
}


def snapshot(path):
    """Every stored row but the ingestion times."""
    with Corpus(path) as corpus:
        return {table: sorted(corpus._db.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
                for table, columns in TABLES.items()}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    path = tmp_path_factory.mktemp("plain") / "c.sqlite"
    with Corpus(path) as corpus:
        corpus.add(quotetrack.read_many(DOCS, backend="embedded"))
    shot = snapshot(path)
    assert len(shot["articles"]) == 30 and len(shot["claims"]) >= 9
    assert len(shot["claims"]) < len(shot["statements"])  # some claims have several reports
    return shot


def test_add_bag_on_a_local_cluster_equals_a_plain_ingest(cluster, expected, tmp_path):
    bag = dask_bag.from_sequence(DOCS, npartitions=7)
    with distributed.Client(cluster) as client, Corpus(tmp_path / "c.sqlite") as corpus:
        counts = corpus.add_bag(bag, backend="embedded", client=client, window=3)
        assert (counts.added, counts.total) == (30, 30)
        again = corpus.add_bag(bag, backend="embedded", client=client)
        assert (again.unchanged, again.total) == (30, 30)
    assert snapshot(tmp_path / "c.sqlite") == expected


def test_add_bag_takes_the_default_client_and_plain_texts(cluster, tmp_path):
    texts = [d["text"] for d in DOCS[:5]]
    with distributed.Client(cluster), Corpus(tmp_path / "c.sqlite") as corpus:
        counts = corpus.add_bag(dask_bag.from_sequence(texts, npartitions=2), backend="embedded")
        ids = [a.id for a in corpus.articles()]
    assert counts.added == 5
    assert ids == [quotetrack.read(t, backend="embedded").id for t in texts]


def test_add_bag_without_a_cluster_uses_the_local_scheduler(expected, tmp_path):
    with Corpus(tmp_path / "c.sqlite") as corpus:
        corpus.add_bag(dask_bag.from_sequence(DOCS, npartitions=4), backend="embedded", window=2)
    assert snapshot(tmp_path / "c.sqlite") == expected


def test_a_bad_document_names_its_partition(cluster, tmp_path):
    bag = dask_bag.from_sequence([{"id": "a", "text": "Hi."}, {"id": "b"}], npartitions=1)
    with distributed.Client(cluster) as client, Corpus(tmp_path / "c.sqlite") as corpus:
        with pytest.raises(QuotetrackError, match=r"partition 0: document 2: expected"):
            corpus.add_bag(bag, backend="embedded", client=client)


def test_add_bag_takes_only_bags(tmp_path):
    with Corpus(":memory:") as corpus, pytest.raises(QuotetrackError, match="dask.bag.Bag"):
        corpus.add_bag(DOCS)


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_ingest_on_dask_equals_a_plain_ingest(cluster, expected, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    argv = ["ingest", str(path), "--db", str(db), "--backend", "embedded", "--dask", cluster.scheduler_address]
    status, out, err = run(argv)
    assert status == 0, err
    assert err.startswith("30 articles: 30 added, 0 unchanged, 0 replaced;"), err
    assert snapshot(db) == expected
    status, _, err = run(argv)
    assert status == 0 and err.startswith("30 articles: 0 added, 30 unchanged"), err


def test_cli_unreachable_scheduler_is_a_one_line_error(tmp_path):
    db = tmp_path / "c.sqlite"
    status, _, err = run(["ingest", "-", "--db", str(db), "--dask", "tcp://127.0.0.1:9", "--dask-timeout", "1"])
    assert status == 2
    assert err.startswith("quotetrack: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9") and \
        err.count("\n") == 1, err
    assert not db.exists()


def test_cli_dask_and_jobs_conflict(tmp_path):
    status, _, err = run(["ingest", "-", "--db", str(tmp_path / "c"), "--dask", "tcp://x:1", "--jobs", "2"])
    assert status == 2 and "choose one" in err


def test_importing_quotetrack_does_not_import_dask():
    code = "import sys, quotetrack, quotetrack.cli; print('dask' in sys.modules, 'distributed' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False False"
