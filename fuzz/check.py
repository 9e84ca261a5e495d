"""Read one text under a time budget and say what, if anything, went wrong.

:func:`check` is the oracle of every fuzzing mode and of ``tests/test_regressions.py``.
A failure is one of:

``crash``
    :func:`quotetrack.read` raised. It must not, on any ``str`` of normal length.
``hang``
    Reading took longer than the budget. Normal reads take milliseconds, so the default
    budget of 5 seconds only catches loops that never end (or work gone badly superlinear).
``offset``
    A span of the reading does not slice the text: a statement, term, cue, speaker
    mention, quoted sub-span, or a response's statement index or evidence span; or the
    statements are not in text order.
``nondeterministic``
    Reading the same text twice gave different articles (checked only when asked).

The budget is enforced with ``signal.setitimer(signal.ITIMER_REAL, ...)`` and a ``SIGALRM``
handler that raises a private exception in whatever Python code is running, so a loop
that never returns is interrupted (so is a regular expression: ``re`` checks for signals).
Before raising, the handler samples the stack a few times, ``interval`` seconds apart:
the deepest frame that is the same call (the same frame object) in every sample is the
loop that does not end, which is what a hang's :attr:`Failure.location` names; functions
the loop calls are new calls at each turn. Signals work in the main thread only.
"""

from __future__ import annotations

import signal
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Literal

import attrs

import quotetrack

__all__ = [
    "DEFAULT_BUDGET",
    "KINDS",
    "Failure",
    "Kind",
    "Timed",
    "bad_offsets",
    "check",
    "run_with_budget",
    "same_bug",
]

#: Seconds one reading may take before it counts as a hang.
DEFAULT_BUDGET = 5.0

Kind = Literal["crash", "hang", "offset", "nondeterministic"]

#: Every kind of failure, in the order summaries list them.
KINDS: tuple[Kind, ...] = ("crash", "hang", "offset", "nondeterministic")

_PACKAGE_DIR = Path(quotetrack.__file__).resolve().parent
_ROOT = _PACKAGE_DIR.parent
_MAX_DETAIL = 600


class _Timeout(BaseException):
    """Raised by the SIGALRM handler; a BaseException so that no ``except Exception`` in the library swallows it."""


@attrs.frozen(kw_only=True)
class Timed:
    """What :func:`run_with_budget` saw.

    Parameters
    ----------
    value : object
        What the function returned; None if it raised or ran out of time.
    error : Exception or None
        What it raised, if it raised.
    expired : bool
        Whether the budget ran out before it returned.
    seconds : float
        Wall-clock time it ran.
    samples : tuple of tuple of traceback.FrameSummary
        The stacks sampled after the budget ran out, outermost frame first.
    loop : int or None
        Index (in each sample) of the deepest frame that was the same call in every
        sample: a loop that does not end runs there (a function called from the loop
        is a new call, a new frame, at each turn).
    """

    value: object = None
    error: Exception | None = None
    expired: bool = False
    seconds: float = 0.0
    samples: tuple[tuple[traceback.FrameSummary, ...], ...] = ()
    loop: int | None = None


_Sample = list[tuple[FrameType, traceback.FrameSummary]]


@attrs.define
class _Alarm:
    """Mutable state shared with the signal handler."""

    armed: bool
    wanted: int
    samples: list[_Sample] = attrs.Factory(list)

    def handler(self, signum: int, frame: FrameType | None) -> None:
        """Take a stack sample; raise :class:`_Timeout` once enough are taken."""
        if not self.armed:
            return
        sample: _Sample = []
        while frame is not None:  # the frame objects themselves, to tell one call from the next
            code = frame.f_code
            sample.append((frame, traceback.FrameSummary(code.co_filename, frame.f_lineno, code.co_name,
                                                         lookup_line=False)))
            frame = frame.f_back
        sample.reverse()
        self.samples.append(sample)
        if len(self.samples) >= self.wanted:
            self.armed = False  # set before raising: no second _Timeout can follow this one
            raise _Timeout

    def loop_depth(self) -> int | None:
        """Index of the deepest frame that is the same call in every sample: the loop that goes on."""
        if not self.samples:
            return None
        depth = 0
        while all(len(s) > depth for s in self.samples) and len({id(s[depth][0]) for s in self.samples}) == 1:
            depth += 1
        return depth - 1 if depth else None


def run_with_budget(
    fn: Callable[[], object], seconds: float, *, samples: int = 3, interval: float = 0.1
) -> Timed:
    """Call ``fn()`` and interrupt it if it runs longer than ``seconds``.

    Parameters
    ----------
    fn : callable
        The function to call, without arguments.
    seconds : float
        The budget, in seconds of wall-clock time; must be positive.
    samples : int
        How many stack samples to take, ``interval`` seconds apart, once the budget has run
        out, before interrupting ``fn``.
    interval : float
        Seconds between samples.

    Returns
    -------
    Timed
        The value, the exception (any :class:`Exception`; others propagate) or the
        expiry, the time taken and the stack samples.

    Notes
    -----
    Main thread only (``signal.signal`` refuses elsewhere). The ``SIGALRM`` handler and
    the ``ITIMER_REAL`` timer in place before the call (libFuzzer's, under atheris) are
    restored afterwards, the timer with the time it had left less the time ``fn`` took.

    Examples
    --------
    >>> run_with_budget(lambda: 6 * 7, 1.0).value
    42
    >>> run_with_budget(lambda: time.sleep(5), 0.05, samples=1).expired
    True
    """
    if seconds <= 0:
        raise ValueError(f"the budget must be positive, got {seconds}")
    alarm = _Alarm(armed=False, wanted=max(1, samples))
    previous_handler = signal.signal(signal.SIGALRM, alarm.handler)
    previous_timer = signal.setitimer(signal.ITIMER_REAL, seconds, max(interval, 0.001))
    alarm.armed = True  # not before: a signal of the previous timer in between is no sample of ours
    start = time.monotonic()
    value: object = None
    error: Exception | None = None
    expired = False
    try:
        try:
            value = fn()
        finally:
            alarm.armed = False  # from here on the handler does nothing
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:  # also when the alarm came between fn's return and the disarming
        expired = True
    except Exception as exc:  # noqa: BLE001 - reporting any exception is the point
        error = exc
    finally:
        elapsed = time.monotonic() - start
        alarm.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler if previous_handler is not None else signal.SIG_DFL)
        if previous_timer[0] > 0:
            signal.setitimer(signal.ITIMER_REAL, max(previous_timer[0] - elapsed, 0.001), previous_timer[1])
    samples = tuple(tuple(summary for _, summary in sample) for sample in alarm.samples)
    loop = alarm.loop_depth()
    alarm.samples.clear()  # let the frames go
    return Timed(value=value, error=error, expired=expired, seconds=elapsed, samples=samples, loop=loop)


# --------------------------------------------------------------------------- failures


@attrs.frozen(kw_only=True)
class Failure:
    """One failing input and how it failed.

    Parameters
    ----------
    kind : {"crash", "hang", "offset", "nondeterministic"}
        What went wrong.
    text : str
        The input.
    detail : str
        A one-paragraph description: the exception, the time taken, the bad spans.
    key : str
        What, besides the location, tells this failure from others of its kind: the
        exception's type for a crash, the kind of span for a bad offset.
    location : str or None
        ``file:function:line`` in quotetrack: where the exception was raised (innermost
        quotetrack frame), or the loop a hang was caught in.
    stack : tuple of str
        The quotetrack frames (``file:function:line``), outermost first: of the exception's
        traceback, or of the first stack sample of a hang.
    seconds : float
        How long the reading ran.
    """

    kind: Kind
    text: str = attrs.field(repr=lambda t: repr(t) if len(t) <= 80 else f"<{len(t)} characters>")
    detail: str
    key: str = ""
    location: str | None = None
    stack: tuple[str, ...] = ()
    seconds: float = attrs.field(default=0.0, eq=False)

    @property
    def site(self) -> str | None:
        """The location without its line number: ``file:function``."""
        return None if self.location is None else self.location.rsplit(":", 1)[0]

    @property
    def sites(self) -> frozenset[str]:
        """Every ``file:function`` of the stack."""
        return frozenset(frame.rsplit(":", 1)[0] for frame in self.stack)

    @property
    def signature(self) -> str:
        """What identifies the bug: kind, key and site (``hang at quotetrack/statements.py:complement_start``)."""
        parts = [self.kind]
        if self.key:
            parts.append(self.key)
        if self.site:
            parts.append(f"at {self.site}")
        return " ".join(parts)


def same_bug(original: Failure, candidate: Failure | None) -> bool:
    """Whether ``candidate`` fails the way ``original`` does (what minimisation must keep).

    Same kind and key; for a crash, the same site; for a hang, the original's loop
    among the frames the candidate was caught in.

    Examples
    --------
    >>> a = Failure(kind="hang", text="x", detail="", location="q.py:loop:3", stack=("q.py:read:1", "q.py:loop:3"))
    >>> b = Failure(kind="hang", text="", detail="", location="q.py:f:9", stack=("q.py:loop:4", "q.py:f:9"))
    >>> same_bug(a, b), same_bug(a, None)
    (True, False)
    """
    if candidate is None or candidate.kind != original.kind or candidate.key != original.key:
        return False
    if original.site is None:
        return True
    if original.kind == "hang":
        return original.site in candidate.sites or original.site == candidate.site
    return original.site == candidate.site


def _where(frame: traceback.FrameSummary) -> str:
    path = Path(frame.filename)
    try:
        name = path.resolve().relative_to(_ROOT).as_posix()
    except (ValueError, OSError):
        name = path.name
    return f"{name}:{frame.name}:{frame.lineno}"


def _in_library(frame: traceback.FrameSummary) -> bool:
    try:
        return Path(frame.filename).resolve().is_relative_to(_PACKAGE_DIR)
    except OSError:
        return False


def _library_frames(stack: tuple[traceback.FrameSummary, ...] | list[traceback.FrameSummary]) -> list[str]:
    return [_where(f) for f in stack if _in_library(f)]


def _clip(text: str, limit: int = _MAX_DETAIL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _crash(text: str, error: Exception, seconds: float) -> Failure:
    frames = traceback.extract_tb(error.__traceback__)
    stack = _library_frames(frames)
    raised_at = _where(frames[-1]) if frames else "?"
    detail = f"{type(error).__name__}: {_clip(str(error), 300)} (raised at {raised_at})"
    return Failure(
        kind="crash",
        text=text,
        detail=detail,
        key=type(error).__name__,
        location=stack[-1] if stack else raised_at,
        stack=tuple(stack),
        seconds=seconds,
    )


def _hang(text: str, timed: Timed, budget: float) -> Failure:
    first = timed.samples[0] if timed.samples else ()
    stack = _library_frames(first)
    location = None
    if first:
        # The loop: the deepest frame that was one call in every sample, or the quotetrack frame it runs in.
        loop = len(first) - 1 if timed.loop is None else timed.loop
        inside = [f for f in first[: loop + 1] if _in_library(f)]
        location = _where(inside[-1]) if inside else _where(first[loop])
    state = "interrupted" if timed.expired else "finished late"
    detail = f"reading ran {timed.seconds:.2f} s, over the budget of {budget:g} s ({state})"
    if timed.samples:
        detail += "; innermost frames sampled: " + ", ".join(_where(s[-1]) for s in timed.samples if s)
    return Failure(
        kind="hang",
        text=text,
        detail=detail,
        location=location,
        stack=tuple(stack),
        seconds=timed.seconds,
    )


def _span_problem(text: str, start: object, end: object, value: object) -> str | None:
    if not (isinstance(start, int) and isinstance(end, int)):
        return f"offsets are not integers: ({start!r}, {end!r})"
    if not 0 <= start <= end <= len(text):
        return f"({start}, {end}) outside 0 <= start <= end <= {len(text)}"
    if value is not None and text[start:end] != value:
        return f"({start}, {end}) slices {text[start:end]!r}, not {value!r}"
    return None


def bad_offsets(article: quotetrack.Article, text: str) -> list[tuple[str, str]]:
    """Every span of ``article`` that does not slice ``text``.

    Parameters
    ----------
    article : quotetrack.Article
        A reading of ``text``.
    text : str
        The text read.

    Returns
    -------
    list of (str, str)
        ``(what, problem)`` pairs: ``what`` names the kind of span (``statement.cue``), with
        no index, so that it can tell one bug from another; ``problem`` says which and how.

    Examples
    --------
    >>> text = '"We will win," Senator Jane Smith said.'
    >>> bad_offsets(quotetrack.read(text), text)
    []
    """
    problems: list[tuple[str, str]] = []

    def span(what: str, where: str, start: object, end: object, value: object = None) -> None:
        problem = _span_problem(text, start, end, value)
        if problem is not None:
            problems.append((what, f"{where}: {problem}"))

    if article.text != text:
        problems.append(("article.text", "the article's text is not the text read"))
    statements = article.statements
    for i, s in enumerate(statements):
        span("statement", f"statements[{i}]", s.start, s.end, s.text)
        if s.cue is not None:
            span("statement.cue", f"statements[{i}].cue", s.cue.start, s.cue.end, s.cue.text)
        if s.speaker_mention is not None:
            m = s.speaker_mention
            span("statement.speaker_mention", f"statements[{i}].speaker_mention", m.start, m.end, m.text)
        if s.speaker is not None:
            for j, m in enumerate(s.speaker.mentions):
                span("statement.speaker.mentions", f"statements[{i}].speaker.mentions[{j}]", m.start, m.end, m.text)
        for j, quoted in enumerate(s.quoted):
            if len(quoted) != 2:
                problems.append(("statement.quoted", f"statements[{i}].quoted[{j}] = {quoted!r} is not a pair"))
                continue
            span("statement.quoted", f"statements[{i}].quoted[{j}]", quoted[0], quoted[1])
    starts = [s.start for s in statements]
    if starts != sorted(starts):
        first = next(i for i in range(1, len(starts)) if starts[i] < starts[i - 1])
        problems.append(("statement.order", f"statements[{first}] starts before statements[{first - 1}]: the "
                         "statements are not in text order"))
    for i, t in enumerate(article.terms):
        span("term", f"terms[{i}]", t.start, t.end, t.text)
    for i, speaker in enumerate(article.speakers):
        for j, m in enumerate(speaker.mentions):
            span("speaker.mentions", f"speakers[{i}].mentions[{j}]", m.start, m.end, m.text)
    for i, r in enumerate(article.responses):
        if not (isinstance(r.statement, int) and 0 <= r.statement < len(statements)):
            problems.append(("response.statement", f"responses[{i}].statement = {r.statement!r} is no statement"))
        if r.target_statement is not None and not (
            isinstance(r.target_statement, int) and 0 <= r.target_statement < len(statements)
        ):
            where = f"responses[{i}].target_statement = {r.target_statement!r}"
            problems.append(("response.target_statement", f"{where} is no statement"))
        if r.evidence_span is not None:
            m = r.evidence_span
            span("response.evidence_span", f"responses[{i}].evidence_span", m.start, m.end, m.text)
    return problems


def _read(text: str, twice: bool) -> tuple[quotetrack.Article, quotetrack.Article | None]:
    first = quotetrack.read(text, backend="embedded")
    second = quotetrack.read(text, backend="embedded") if twice else None
    return first, second


def check(
    text: str, budget_seconds: float = DEFAULT_BUDGET, *, twice: bool = False, samples: int = 3
) -> Failure | None:
    """Read ``text`` with the embedded backend and return how it failed, or None.

    Parameters
    ----------
    text : str
        The input.
    budget_seconds : float
        Seconds the reading may take (twice that when ``twice``).
    twice : bool
        Also read the text a second time and compare: a difference is a
        ``nondeterministic`` failure.
    samples : int
        Stack samples taken once a hang's budget has run out (0.1 s apart).

    Returns
    -------
    Failure or None
        The failure, or None if the reading finished in time with valid offsets.

    Examples
    --------
    >>> check('"We will win," Senator Jane Smith said.') is None
    True
    """
    budget = budget_seconds * (2 if twice else 1)
    timed = run_with_budget(lambda: _read(text, twice), budget, samples=samples)
    if timed.expired or (timed.error is None and timed.seconds > budget):
        return _hang(text, timed, budget)
    if timed.error is not None:
        return _crash(text, timed.error, timed.seconds)
    first, second = timed.value  # type: ignore[misc]
    problems = bad_offsets(first, text)
    if problems:
        what = problems[0][0]
        listed = "; ".join(p for _, p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        return Failure(kind="offset", text=text, detail=_clip(listed + more), key=what, seconds=timed.seconds)
    if second is not None and first != second:
        return Failure(
            kind="nondeterministic",
            text=text,
            detail=f"two readings differ: {len(first.statements)} vs {len(second.statements)} statements, "
            f"{len(first.terms)} vs {len(second.terms)} terms, {len(first.responses)} vs "
            f"{len(second.responses)} responses",
            seconds=timed.seconds,
        )
    return None
