"""A time budget for reading one document, so that no single input can stall a corpus.

In the main thread of a POSIX process the budget is enforced preemptively: an interval
timer (``SIGALRM``) interrupts whatever is running when the time is up, even a loop that
never returns. Elsewhere (other threads, Windows) the reading checks the budget between
stages and between sentences with :func:`check_budget`.
"""

from __future__ import annotations

import contextlib
import contextvars
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from quotetrack.errors import InputError, ReadTimeout

__all__ = ["check_budget", "time_budget"]

_LONGEST = 1e8  # seconds (three years): a longer budget is no budget

# (deadline on the monotonic clock, the message of the error raised when it passes)
_current: contextvars.ContextVar[tuple[float, str] | None] = contextvars.ContextVar("quotetrack_budget", default=None)


def check_budget() -> None:
    """Raise :class:`ReadTimeout` if the budget of the document being read has run out.

    Examples
    --------
    >>> check_budget()  # no budget set: nothing to do
    """
    current = _current.get()
    if current is not None and time.monotonic() > current[0]:
        raise ReadTimeout(current[1])


def _can_interrupt() -> bool:
    """Whether a timer signal may be used here: main thread, POSIX, and no other timer running."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


@contextlib.contextmanager
def time_budget(seconds: float | None, what: str = "the document") -> Iterator[None]:
    """Give the code in the ``with`` block ``seconds`` of wall-clock time, then raise :class:`ReadTimeout`.

    Parameters
    ----------
    seconds : float or None
        The budget; None, a budget over three years (``inf``), or a budget already running around this one that
        ends sooner leaves the block as it is.
    what : str
        What is being read, named in the error ("article 'a17'").

    Raises
    ------
    ReadTimeout
        When the block runs over its budget.

    Examples
    --------
    >>> with time_budget(1.0, "article 'a'"):
    ...     total = sum(range(1000))
    >>> import time
    >>> with time_budget(0.05, "article 'b'"):
    ...     time.sleep(1)
    Traceback (most recent call last):
    ...
    quotetrack.errors.ReadTimeout: article 'b' took longer than its time budget of 0.05 s
    """
    if seconds is None or seconds > _LONGEST:  # the timer cannot be set so far ahead (OverflowError past time_t)
        yield
        return
    if not seconds > 0:  # NaN too
        raise InputError(f"a time budget must be positive, got {seconds!r} (None: no budget)")
    message = f"{what} took longer than its time budget of {seconds:g} s"
    deadline = time.monotonic() + seconds
    outer = _current.get()
    if outer is not None and outer[0] <= deadline:
        yield  # the enclosing budget ends first and is already being enforced
        return
    token = _current.set((deadline, message))
    try:
        if not _can_interrupt():
            yield
            return

        def interrupt(signum: int, frame: FrameType | None) -> None:
            raise ReadTimeout(message)

        previous = signal.signal(signal.SIGALRM, interrupt)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    finally:
        _current.reset(token)
