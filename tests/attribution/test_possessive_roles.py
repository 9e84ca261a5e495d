"""The possessive before a name's comma: its owner and its role (``possessive_roles.py``)."""

from __future__ import annotations

import pytest

from quotetrack.attribution.possessive_roles import owned_role, owner_role


@pytest.mark.parametrize("seed", range(4))
def test_owner_role_is_the_pattern_search(seed):
    """The possessive role before a comma is found at the one place the pattern can match: the same match as the
    pattern searched at every position, on random heads of names, possessives, spaces and marks."""
    import random

    from quotetrack.attribution.possessive_roles import _OWNER_ROLE, owner_role

    pieces = ["a", "B", "z", "Q", " ", " ", "’", "'", "s ", "'s ", "’s ", ".", "&", "-", "_", ",", "\n", "1", "é", "É",
              " The", "Acme", " spokesman", "Ⅳ", "s' ", " Workers'"]
    rnd = random.Random(seed)
    matched = 0
    for _ in range(5000):
        head = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        expected = _OWNER_ROLE.search(head)
        found = owner_role(head)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), head
        matched += expected is not None
    assert matched > 50  # the heads do hold possessive roles


@pytest.mark.parametrize(("head", "owner", "role"), [
    ("The opposition Greens' housing critic", "opposition Greens", "housing critic"),
    ("The Workers' Party's leader", "The Workers' Party", "leader"),
    ("said the Harbour Alliance's fisheries spokesman", "the Harbour Alliance", "fisheries spokesman"),
    ("The opposition Velo party's spokesman", "opposition Velo party", "spokesman"),
    ("the club's president", "club", "president"),
])
def test_owner_and_role(head, owner, role):
    m = owner_role(head)
    assert m is not None and m.groups() == (owner, role)


@pytest.mark.parametrize(("role", "bare"), [
    ("leader on the council", "leader"),
    ("director general in Mexico", "director general"),
    ("chief executive", "chief executive"),
])
def test_the_roles_place_or_seat_is_dropped(role, bare):
    assert owned_role(role) == bare
