"""Delta debugging: shrink a failing text to a small one that fails the same way.

:func:`ddmin` is Zeller and Hildebrandt's minimising delta debugging over any sequence;
:func:`minimize_text` runs it over lines, then over characters, then tries removing every
contiguous chunk of two to eight characters, until nothing more can go or time is up;
:func:`minimize` does this for a :class:`~fuzz.check.Failure`, keeping its kind and site
(:func:`~fuzz.check.same_bug`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from fuzz.check import DEFAULT_BUDGET, Failure, check, same_bug

__all__ = ["ddmin", "minimize", "minimize_text"]

T = TypeVar("T")

#: Seconds :func:`minimize` spends at most, by default.
DEFAULT_SECONDS = 120.0


def ddmin(items: Sequence[T], test: Callable[[list[T]], bool], deadline: float = math.inf) -> list[T]:
    """Shrink ``items`` to a 1-minimal sublist for which ``test`` still holds.

    Parameters
    ----------
    items : sequence
        What to shrink; ``test(list(items))`` is assumed to hold.
    test : callable
        True when a sublist (order kept) still shows the failure.
    deadline : float
        A ``time.monotonic()`` value; past it, the smallest sublist found so far is returned.

    Returns
    -------
    list
        A sublist from which no single item can be removed (unless time ran out).

    Examples
    --------
    >>> ddmin(list(range(20)), lambda xs: 3 in xs and 17 in xs)
    [3, 17]
    """
    current = list(items)
    if current and test([]):
        return []
    n = 2
    while len(current) >= 2 and time.monotonic() < deadline:
        size = math.ceil(len(current) / n)
        chunks = [current[i : i + size] for i in range(0, len(current), size)]
        reduced = False
        for chunk in chunks:  # a chunk alone
            if len(chunks) > 2 and test(chunk):
                current, n, reduced = chunk, 2, True
                break
        if not reduced:
            for i in range(len(chunks)):  # everything but a chunk
                rest = [x for j, c in enumerate(chunks) if j != i for x in c]
                if test(rest):
                    current, n, reduced = rest, max(n - 1, 2), True
                    break
        if not reduced:
            if n >= len(current):
                break
            n = min(len(current), 2 * n)
    return current


def _drop_chunks(text: str, test: Callable[[str], bool], deadline: float, longest: int = 8) -> str:
    """Try removing every contiguous run of ``longest`` down to 2 characters; keep what still fails."""
    for size in range(longest, 1, -1):
        i = 0
        while i + size <= len(text) and time.monotonic() < deadline:
            candidate = text[:i] + text[i + size :]
            if test(candidate):
                text = candidate
            else:
                i += 1
    return text


def minimize_text(text: str, test: Callable[[str], bool], seconds: float = DEFAULT_SECONDS) -> str:
    """Shrink ``text`` while ``test`` holds: ddmin over lines, over characters, then chunk removal.

    Parameters
    ----------
    text : str
        A text for which ``test`` holds.
    test : callable
        True when a text still shows the failure. Results are cached.
    seconds : float
        Time limit; the smallest text found by then is returned.

    Returns
    -------
    str
        The smallest failing text found.

    Examples
    --------
    >>> minimize_text("The quick brown fox jumps", lambda t: "q" in t and "x" in t)
    'qx'
    """
    deadline = time.monotonic() + seconds
    cache: dict[str, bool] = {}

    def cached(candidate: str) -> bool:
        if candidate not in cache:
            cache[candidate] = time.monotonic() < deadline and test(candidate)
        return cache[candidate]

    best = text
    while time.monotonic() < deadline:
        before = best
        lines = best.splitlines(keepends=True)
        if len(lines) > 1:
            best = "".join(ddmin(lines, lambda xs: cached("".join(xs)), deadline))
        best = "".join(ddmin(list(best), lambda xs: cached("".join(xs)), deadline))
        best = _drop_chunks(best, cached, deadline)
        if best == before:
            break
    return best


def minimize(
    failure: Failure,
    *,
    seconds: float = DEFAULT_SECONDS,
    budget: float = DEFAULT_BUDGET,
    checker: Callable[[str, float], Failure | None] | None = None,
) -> Failure:
    """Shrink a failure's text, keeping the failure (:func:`~fuzz.check.same_bug`).

    A hang is tried with a short budget while shrinking (half a second plus a tenth of a
    second per thousand characters, at most ``budget``), then confirmed with the full one;
    if the smallest text does not hang with the full budget, the failure comes back as it
    was.

    Parameters
    ----------
    failure : Failure
        What to shrink.
    seconds : float
        Time limit for the shrinking.
    budget : float
        The time budget the failure was found with.
    checker : callable, optional
        ``checker(text, budget) -> Failure | None``; :func:`~fuzz.check.check` by default.

    Returns
    -------
    Failure
        The failure of the smallest text found (or ``failure`` itself).
    """
    run = checker or (lambda text, b: check(text, b))

    def budget_for(text: str) -> float:
        if failure.kind != "hang":
            return budget
        return min(budget, 0.5 + len(text) / 10_000)

    def test(text: str) -> bool:
        return same_bug(failure, run(text, budget_for(text)))

    smallest = minimize_text(failure.text, test, seconds)
    if smallest == failure.text:
        return failure
    confirmed = run(smallest, budget)
    return confirmed if confirmed is not None and same_bug(failure, confirmed) else failure
