"""Backends turn text into a :class:`~quotetrack.document.Document`: tokens, sentences, entities, parse.

Backends are registered by name. ``embedded`` (pure Python, no download) and ``stanza`` (stanza's
neural models, when installed) come with quotetrack; any other package can add one with
:func:`register_backend`, or by naming an object in the ``quotetrack.backends`` entry-point group.
``auto`` stands for the available backend of highest priority.

Examples
--------
>>> backend_names()[:3]
['auto', 'embedded', 'stanza']
>>> get_backend("embedded").provides
frozenset({'entities'})
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from importlib.metadata import entry_points

import attrs

from quotetrack.document import Document
from quotetrack.errors import BackendError
from quotetrack.lexicon import Lexicon

__all__ = ["BackendInfo", "backend_names", "choose_backend", "get_backend", "register_backend"]

logger = logging.getLogger(__name__)

LAYERS = frozenset({"entities", "parse", "coreference"})  # what a backend may provide beyond tokens and sentences


@attrs.frozen(kw_only=True)
class BackendInfo:
    """A backend: its name, what it provides, and how to run it.

    Parameters
    ----------
    name : str
        What ``--backend`` and ``read(backend=...)`` call it.
    description : str
        One line for help texts.
    parse : callable
        ``parse(text, *, lexicon, model_dir) -> Document``.
    available : callable
        ``available(model_dir) -> str | None``: None when the backend can run, else why not.
        It must be cheap: ``auto`` asks it before every first read.
    provides : frozenset of str
        The layers beyond tokens and sentences: ``entities``, ``parse``, ``coreference``.
    priority : int
        ``auto`` takes the available backend of highest priority.
    """

    name: str
    description: str
    parse: Callable[..., Document] = attrs.field(eq=False)
    available: Callable[[str | None], str | None] = attrs.field(eq=False)
    provides: frozenset[str] = frozenset()
    priority: int = 0

    def __attrs_post_init__(self) -> None:
        if self.name == "auto" or not self.name.isidentifier():
            raise ValueError(f"a backend needs a plain name other than 'auto', got {self.name!r}")
        if not self.provides <= LAYERS:
            raise ValueError(f"backend {self.name!r}: unknown layers {sorted(self.provides - LAYERS)}")


_REGISTRY: dict[str, BackendInfo] = {}


def register_backend(backend: BackendInfo, *, replace: bool = False) -> None:
    """Make a backend available by name to :func:`quotetrack.read`, ``--backend`` and ``auto``.

    Raises
    ------
    ValueError
        If a backend of that name is registered already (unless ``replace``).

    Examples
    --------
    >>> from quotetrack.backends import embedded
    >>> register_backend(BackendInfo(
    ...     name="rules", description="the embedded rules under another name",
    ...     parse=lambda text, *, lexicon, model_dir=None: embedded.parse(text, lexicon=lexicon),
    ...     available=lambda model_dir: None, provides=frozenset({"entities"})))
    >>> import quotetrack
    >>> quotetrack.read('"Yes," Jane Smith said.', backend="rules").statements[0].speaker.name
    'Jane Smith'
    """
    if backend.name in _REGISTRY and not replace:
        raise ValueError(f"a backend named {backend.name!r} is registered already")
    _REGISTRY[backend.name] = backend
    _choose.cache_clear()


@functools.cache
def _load_entry_points() -> None:
    """Register the backends other packages declare in the ``quotetrack.backends`` entry-point group."""
    for point in entry_points(group="quotetrack.backends"):
        if point.name in _REGISTRY:
            continue
        try:
            backend = point.load()
            register_backend(backend() if callable(backend) and not isinstance(backend, BackendInfo) else backend)
        except Exception as exc:  # a broken plug-in must not stop the reading
            logger.warning("quotetrack: backend plug-in %r could not be loaded: %s", point.name, exc)


def backend_names() -> list[str]:
    """``auto`` and the registered backends, in the order they were registered.

    Examples
    --------
    >>> backend_names()[:3]
    ['auto', 'embedded', 'stanza']
    """
    _load_entry_points()
    return ["auto", *_REGISTRY]


def get_backend(name: str) -> BackendInfo:
    """The backend registered as ``name`` (not ``auto``: see :func:`choose_backend`).

    Raises
    ------
    BackendError
        If no backend has that name.
    """
    _load_entry_points()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise BackendError(f"unknown backend {name!r}: choose one of {', '.join(backend_names())}") from None


@functools.lru_cache(maxsize=16)
def _choose(model_dir: str | None) -> str:
    reasons: list[str] = []
    for backend in sorted(_REGISTRY.values(), key=lambda b: -b.priority):
        why_not = backend.available(model_dir)
        if why_not is None:
            passed = f" ({'; '.join(reasons)})" if reasons else ""
            logger.info("quotetrack reads with the %s backend%s", backend.name, passed)
            return backend.name
        reasons.append(f"not {backend.name}: {why_not}")
    raise BackendError("no backend can run: " + "; ".join(reasons))


def choose_backend(name: str, model_dir: str | None = None) -> BackendInfo:
    """The backend ``name`` stands for: itself, or for ``auto`` the available one of highest priority.

    ``auto`` decides once per model folder, logging the choice and why (at INFO level).
    """
    _load_entry_points()
    return get_backend(_choose(model_dir) if name == "auto" else name)


def parse(text: str, *, backend: str = "auto", lexicon: Lexicon, model_dir: str | None = None) -> Document:
    """Annotate ``text`` with the backend ``backend`` stands for."""
    return choose_backend(backend, model_dir).parse(text, lexicon=lexicon, model_dir=model_dir)


def _register_builtins() -> None:
    from quotetrack.backends import embedded, stanza

    register_backend(BackendInfo(
        name="embedded", description="pure Python rules and lexicons; no download",
        parse=lambda text, *, lexicon, model_dir=None: embedded.parse(text, lexicon=lexicon),
        available=lambda model_dir: None, provides=frozenset({"entities"}), priority=0,
    ))
    register_backend(BackendInfo(
        name="stanza", description="stanza's neural models: parse, entities, coreference (needs the stanza extra)",
        parse=lambda text, *, lexicon, model_dir=None: stanza.parse(text, stanza_dir=model_dir, lexicon=lexicon),
        available=stanza.unavailable_because, provides=frozenset({"entities", "parse", "coreference"}), priority=10,
    ))


_register_builtins()
