"""The head of a named body, named by the office alone, is a party (``responses.heads``): "The FBI director
chastised X"."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, pair", [
    pytest.param("Senator Ann Cole said the server was secure. The FBI director chastised Cole for use of the server "
                 "but did not recommend prosecution.", ("The FBI director", "Ann Cole"), id="fbi-director"),
    pytest.param("Governor Tom Hale signed the voting law on Friday. The NAACP president criticized Hale for "
                 "rushing it through.", ("The NAACP president", "Tom Hale"), id="naacp-president"),
    pytest.param("Senator Ruth Baxter said rates were too high. The Federal Reserve chairman rejected Baxter's claim "
                 "on Monday.", ("The Federal Reserve chairman", "Ruth Baxter"), id="fed-chairman"),
])
def test_a_body_head_answers(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text, source", [
    pytest.param("Senator Ann Cole said the server was secure. The director chastised Cole for use of the server.",
                 "The director", id="no-body"),
    pytest.param("Senator Ann Cole said the base was safe. The Pentagon spokesman criticized Cole for the remark.",
                 "The Pentagon spokesman", id="one-of-several"),
    pytest.param("Senator Ann Cole said the server was secure. An FBI agent criticized Cole for the remark.",
                 "An FBI agent", id="a-member"),
])
def test_an_unnamed_official_stays_no_party(ends: Ends, text: str, source: str) -> None:
    assert not any(s == source for s, _ in ends(text))
