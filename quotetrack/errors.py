"""Errors raised by quotetrack: one base class, each subclass also a built-in error."""

from __future__ import annotations

__all__ = ["BackendError", "InputError", "QuotetrackError", "ReadTimeout"]


class QuotetrackError(Exception):
    """Base class of every error quotetrack raises on purpose."""


class InputError(QuotetrackError, ValueError):
    """The input cannot be read: not text, malformed JSONL, an unreadable path."""


class BackendError(QuotetrackError, RuntimeError):
    """An NLP backend is unknown or cannot run (missing package or models)."""


class ReadTimeout(QuotetrackError, TimeoutError):
    """Reading one document took longer than its time budget (``max_seconds``, ``--max-seconds``)."""
