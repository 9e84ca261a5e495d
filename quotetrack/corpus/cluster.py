"""Reading a large corpus on Dask: the workers read, this process receives the articles in order.

:func:`read_on_dask` reads any iterable of documents on a ``distributed``
cluster, a batch per task; :meth:`quotetrack.Corpus.add_bag` reads a
``dask.bag.Bag`` of documents, a partition per task. Either way only a bounded
window of tasks is in flight, their results come back one batch at a time and
in input order, and the process that holds the :class:`~quotetrack.Corpus`
writes them. Dask is imported only when one of these is called
(``pip install "quotetrack[dask]"``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from quotetrack.errors import QuotetrackError
from quotetrack.model import Article
from quotetrack.pipeline import DEFAULT_MAX_LENGTH, Backend, ReadOptions, _read_batch

__all__ = ["read_on_dask"]

_INSTALL = 'pip install "quotetrack[dask]"'


def _default_client() -> Any:
    """The current ``distributed`` client, or None (no client, or distributed not installed)."""
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


def _window(client: Any, window: int | None) -> int:
    if window is not None:
        if window < 1:
            raise QuotetrackError(f"window must be at least 1, got {window}")
        return window
    threads = sum(client.nthreads().values()) if client is not None else 0
    return max(2, 2 * threads)


def _in_order(submit: Callable[[Any], Any], tasks: Iterable[Any], window: int, client: Any) -> Iterator[Article]:
    """Submit tasks, at most ``window`` in flight; yield their articles task by task, in order."""
    tasks = iter(tasks)
    pending: deque[Any] = deque(submit(t) for t in islice(tasks, window))
    try:
        while pending:
            future = pending.popleft()
            batch = future.result()
            future.release()
            pending.extend(submit(t) for t in islice(tasks, 1))
            yield from batch
    finally:
        if pending:
            client.cancel(list(pending))


def _options(backend: Backend, stanza_dir: str | None, max_length: int | None,
             max_seconds: float | None = None) -> ReadOptions:
    return ReadOptions(backend=backend, stanza_dir=stanza_dir, max_length=max_length, max_seconds=max_seconds)


def _batches(documents: Iterable[object], size: int) -> Iterator[tuple[int, list[object]]]:
    documents = iter(documents)
    first = 1
    while batch := list(islice(documents, size)):
        yield first, batch
        first += len(batch)


def read_on_dask(
    documents: Iterable[str | Mapping[str, object]],
    client: Any,
    *,
    backend: Backend = "auto",
    stanza_dir: str | None = None,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    batch_size: int = 32,
    window: int | None = None,
    max_seconds: float | None = None,
) -> Iterator[Article]:
    """Read documents on a Dask cluster, lazily, in order (the :func:`quotetrack.read_many` of a cluster).

    Parameters
    ----------
    documents : iterable of str or mapping
        As for :func:`quotetrack.read_many`; consumed ``batch_size`` at a
        time, as tasks are submitted.
    client : distributed.Client
        The cluster's client. Its workers need quotetrack installed (and
        stanza's models, for the stanza backend).
    backend, stanza_dir, max_length, max_seconds
        As for :func:`quotetrack.read`; ``auto`` is decided on each worker.
    batch_size : int
        Documents per task.
    window : int, optional
        Tasks in flight at once (default: twice the cluster's threads, at
        least 2); bounds the memory taken by documents and articles.

    Yields
    ------
    Article
        One per document, in input order.
    """
    if batch_size < 1:
        raise QuotetrackError(f"batch_size must be at least 1, got {batch_size}")
    options = _options(backend, stanza_dir, max_length, max_seconds)

    def submit(job: tuple[int, list[object]]) -> Any:
        first, batch = job
        where = f"documents {first}-{first + len(batch) - 1}"
        return client.submit(_read_batch, batch, options, where, pure=False)

    return _in_order(submit, _batches(documents, batch_size), _window(client, window), client)


def read_bag(
    bag: Any,
    *,
    backend: Backend = "auto",
    stanza_dir: str | None = None,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    client: Any = None,
    window: int | None = None,
) -> Iterator[Article]:
    """Read a ``dask.bag.Bag`` of documents, a partition per task; yield the articles in the bag's order.

    With a ``distributed`` client (the one given, else the current default
    one) the partitions run on its workers, ``window`` at a time; without one
    they are computed with Dask's configured scheduler, ``window`` at a time.
    """
    try:
        import dask
        from dask.bag import Bag
    except ImportError as exc:
        raise QuotetrackError(f"reading a dask bag needs dask: {_INSTALL}") from exc
    if not isinstance(bag, Bag):
        raise QuotetrackError(f"expected a dask.bag.Bag, got {type(bag).__name__}")
    options = _options(backend, stanza_dir, max_length)
    read_partition = dask.delayed(_read_batch, pure=True)
    parts = (read_partition(part, options, f"partition {k}") for k, part in enumerate(bag.to_delayed()))
    client = client if client is not None else _default_client()
    if client is not None:
        return _in_order(client.compute, parts, _window(client, window), client)
    return _computed_locally(parts, _window(None, window))


def _computed_locally(parts: Iterator[Any], window: int) -> Iterator[Article]:
    import dask

    while chunk := list(islice(parts, window)):
        for batch in dask.compute(*chunk):
            yield from batch


def connect(address: str, timeout: float = 10.0) -> Any:
    """A ``distributed.Client`` of the scheduler at ``address``, or a one-line :class:`QuotetrackError`."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise QuotetrackError(f"--dask needs dask and distributed: {_INSTALL}") from exc
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise QuotetrackError(f"cannot reach the Dask scheduler at {address} within {timeout:g} s: "
                              f"{message}") from exc
