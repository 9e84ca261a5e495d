""""Hit back at the unions", "criticised ministers": the body a bare group word names (``responses.bare``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]

_UNION = ("The Metal Workers Union said on Monday it would strike against the reform. Its leader, Hugo Ramos, said the "
          "union would go to court. Labour Secretary Mark Olsen said the decree would create jobs. ")


@pytest.mark.parametrize("text, pair", [
    pytest.param(_UNION + "Olsen hit back at the unions, saying their leaders had \"never created a job\".",
                 ("Mark Olsen", "Metal Workers Union"), id="unions"),
    pytest.param("Prime Minister Anna Berg said the budget would cut taxes. The opposition Green Party said the budget "
                 "was a gift to the rich. Finance Minister Tom Hale hit back at the opposition, saying the Greens had "
                 "no plan.", ("Tom Hale", "Green Party"), id="opposition"),
])
def test_bare_group_is_the_named_body(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    """A bare group word a cue answers is the body the story names for it."""
    assert pair in ends(text)


@pytest.mark.parametrize("text, bare", [
    pytest.param("Prime Minister Anna Berg said the budget would cut taxes. Opposition leader Tom Hale criticised "
                 "ministers, saying the budget was a gift to the rich.", "ministers", id="ministers"),
    pytest.param("Prime Minister Anna Berg said the budget would cut taxes. Union leader Tom Hale attacked the "
                 "opposition, saying it had no plan either.", "opposition", id="opposition"),
])
def test_unresolved_body_word_is_no_end(ends: Ends, text: str, bare: str) -> None:
    """Where no body fits, "ministers" and "the opposition" are no end: no annotation names them bare."""
    assert not any(target == bare for _, target in ends(text))


@pytest.mark.parametrize("noun", ["club", "council", "court"])
def test_a_kind_of_body_is_no_body_of_another_kind(ends: Ends, noun: str) -> None:
    """"The club" is not the union that spoke last."""
    text = _UNION + f"Acme chief executive Jane Roe hit back at the {noun}, saying it was wrong."
    assert ("Jane Roe", "Metal Workers Union") not in ends(text)


def test_union_written_in_capitals(ends: Ends) -> None:
    """Where no union speaks as a party, "the unions" is the one union the text names, not an employers' union."""
    text = ("The National Confederation of Dockers (NCD) called the decree \"a scandal\". The Harbour Industrial "
            "Union, which represents shippers, welcomed it. Transport Secretary Mark Olsen said the decree would "
            "create jobs. "
            "Olsen hit back at the unions, saying their leaders had \"never moved a crate\".")
    targets = {target for source, target in ends(text) if source == "Mark Olsen"}
    assert "Harbour Industrial Union" not in targets and "National Confederation of Dockers" in targets
