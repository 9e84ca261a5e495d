"""Errors raised by quotetrack: one base class, each subclass also a built-in error."""

from __future__ import annotations

from typing import Any

__all__ = ["AmbiguousSpeaker", "BackendError", "InputError", "QuotetrackError", "ReadTimeout"]


class QuotetrackError(Exception):
    """Base class of every error quotetrack raises on purpose."""


class InputError(QuotetrackError, ValueError):
    """The input cannot be read: not text, malformed JSONL, an unreadable path."""


class BackendError(QuotetrackError, RuntimeError):
    """An NLP backend is unknown or cannot run (missing package or models)."""


class ReadTimeout(QuotetrackError, TimeoutError):
    """Reading one document took longer than its time budget (``max_seconds``, ``--max-seconds``)."""


class AmbiguousSpeaker(QuotetrackError, LookupError):
    """A speaker's name that stands for several people of a corpus.

    Parameters
    ----------
    name : str
        The name asked for.
    candidates : list of dict
        The entities it may be (``id``, ``name``, ``forms``, ``organisations``...).

    Examples
    --------
    >>> str(AmbiguousSpeaker("Wang", [{"id": 3, "name": "Wang Li"}, {"id": 5, "name": "Wang Tao"}]))
    "'Wang' may be: Wang Li (#3), Wang Tao (#5); ask for one by its full name or #id"
    """

    def __init__(self, name: str, candidates: list[dict[str, Any]]) -> None:
        self.name = name
        self.candidates = candidates
        listed = ", ".join(f"{c['name']} (#{c['id']})" for c in candidates)
        super().__init__(f"{name!r} may be: {listed}; ask for one by its full name or #id")
