"""The libFuzzer child of the atheris mode: ``python -m fuzz.atheris_target CONFIG [libFuzzer flags...]``.

Started by :func:`fuzz.atheris_mode.run_atheris`, never by hand. quotetrack is imported
under :func:`atheris.instrument_imports`, so libFuzzer sees its branch coverage. Each input
is decoded with :meth:`atheris.FuzzedDataProvider.ConsumeUnicodeNoSurrogates` and read with
:func:`fuzz.check.check`, whose own ``SIGALRM`` budget catches hangs (atheris' handler
and libFuzzer's timer are put back after each reading). On a failure with a new signature
the input is minimised and written to the regression directory, and then an exception is
raised, so that libFuzzer writes its ``crash-*`` artifact and stops; failures whose
signature is known (from the config) are only counted. The counts go to the stats file
(JSON) every half second and before raising: libFuzzer ends the process with ``exit()``,
which runs no Python exit handler.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

import atheris

__all__ = ["main"]


class FuzzFailure(Exception):
    """Raised to make libFuzzer record a new failure (already minimised and written)."""


def main(argv: list[str]) -> None:
    """Fuzz: ``argv`` is ``[program, config.json, libFuzzer args...]``; does not return."""
    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    # Atheris' "str" hook lets libFuzzer learn the strings that str.startswith/endswith compare with. Its "RegEx"
    # hook is left out: it wraps compiled patterns in a proxy whose finditer() takes no pos/endpos, so every read
    # would fail with a TypeError of the hook's own.
    atheris.enabled_hooks.add("str")
    with atheris.instrument_imports(include=["quotetrack"]):
        import quotetrack  # noqa: F401 - imported here to be instrumented

    from fuzz.check import check
    from fuzz.driver import Found, Tally, record_failure

    out = Path(config["out"])
    budget = float(config["budget"])
    minimize_seconds = float(config["minimize_seconds"])
    twice_every = int(config["twice_every"])
    stats_path = Path(config["stats"])
    tally = Tally()
    for record in config["known"]:
        found = Found(**{**record, "count": 0})
        tally.found[found.signature] = found
    for record in config["ignored"]:
        found = Found(**record)
        tally.ignored[found.signature] = found
    handled: list[str] = []
    last_write = [0.0]
    # libFuzzer ends the process at -max_total_time with no warning: near the end, the stats are written every input.
    ending = time.monotonic() + float(config["seconds"]) - 2.0

    def write_stats() -> None:
        stats = {
            "inputs": tally.inputs,
            "characters": tally.characters,
            "by_kind": tally.by_kind,
            "found": [f.to_json() for f in tally.found.values()],
            "handled": handled,
            "notes": tally.notes,
        }
        temporary = stats_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(stats), encoding="utf-8")
        temporary.replace(stats_path)
        last_write[0] = time.monotonic()

    def test_one_input(data: bytes) -> None:
        text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING)
        tally.inputs += 1
        tally.characters += len(text)
        failure = check(text, budget, twice=tally.inputs % twice_every == 0)
        if failure is not None:
            found = record_failure(tally, failure, out=out, budget=budget, minimize_seconds=minimize_seconds)
            if found is not None:
                handled.append(hashlib.sha1(data).hexdigest())
                write_stats()
                raise FuzzFailure(f"{found.signature}: minimised to {found.text!r}, written to {found.path}")
        now = time.monotonic()
        if now - last_write[0] > 0.5 or now > ending:
            write_stats()

    write_stats()
    atheris.Setup([argv[0], *argv[2:]], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
