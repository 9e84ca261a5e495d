"""Those who speak for a party, named by its name without a possessive ("Hale aides", "the Baxter campaign"), are a
party of their own (``parties.is_party``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, pair", [
    pytest.param("Hale aides on Wednesday denied a Reuters report that the campaign was running out of money.",
                 ("Hale aides", "Reuters"), id="aides-deny-a-report"),
    pytest.param("Governor Ruth Baxter said the budget was balanced. Dunn lawyers rejected Baxter's claim on Friday.",
                 ("Dunn lawyers", "Ruth Baxter"), id="lawyers-reject-a-claim"),
    pytest.param("Senator Paul Dunn said the plan was a failure. Baxter aides dismissed Dunn's criticism as politics.",
                 ("Baxter aides", "Paul Dunn"), id="aides-dismiss-criticism"),
])
def test_a_named_party_s_voices_answer(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text, source", [
    pytest.param("The aides on Wednesday denied a Reuters report that the campaign was running out of money.",
                 "The aides", id="no-name"),
    pytest.param("Several aides on Wednesday denied a Reuters report that the campaign was running out of money.",
                 "Several aides", id="a-quantity"),
])
def test_unnamed_voices_stay_no_party(ends: Ends, text: str, source: str) -> None:
    assert not any(s == source for s, _ in ends(text))
