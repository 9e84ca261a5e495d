"""A country's or a party's adjective before a piece of words it wrote or an effort it made names its author:
"rejected Saudi concerns", "dismissed Democratic criticism of the budget", "slammed GOP efforts to block him"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Supporters of the bill have rejected Saudi concerns about the lawsuits it would allow.",
                 ("Supporters of the bill", "Saudi Arabia"), id="rejected-a-country's-concerns"),
    pytest.param("White House spokeswoman Lisa Moran on Tuesday dismissed Russian claims that the jet had strayed "
                 "into its airspace.", ("Lisa Moran", "Russia"), id="dismissed-a-country's-claims"),
    pytest.param("Pentagon spokesman Ray Cole rejected Chinese criticism of the naval exercise.", ("Ray Cole", "China"),
                 id="rejected-a-country's-criticism"),
    pytest.param("Governor Dana Whitfield welcomed the Mexican proposal to reopen the border crossing.",
                 ("Dana Whitfield", "Mexico"), id="welcomed-a-country's-proposal"),
    pytest.param("Governor Ann Kolb dismissed Democratic criticism of the budget as pure politics.",
                 ("Ann Kolb", "Democratic Party"), id="dismissed-a-party's-criticism"),
    pytest.param("Tom Baker, the state party chairman, slammed GOP efforts to block the nominee.",
                 ("Tom Baker", "Republican Party"), id="slammed-a-party's-efforts"),
    pytest.param("Senator Ray Cole rejected Republican concerns that the bill would raise taxes.",
                 ("Ray Cole", "Republican Party"), id="rejected-a-party's-concerns"),
    pytest.param("Portuguese Finance Minister Ana Costa said the deficit would shrink. Responding to the Portuguese "
                 "position, European Commissioner Tom Reid said the rules would not change.", ("Tom Reid", "Portugal"),
                 id="responding-to-a-country's-position"),
    pytest.param("Governor Ann Kolb rejected the Mexican stance on the border crossing.", ("Ann Kolb", "Mexico"),
                 id="rejected-a-country's-stance"),
])
def test_an_adjective_before_a_piece_names_its_author(text, pair, ends):
    assert pair in ends(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Lisa Moran praised Mexican workers at a rally in Texas.", ("Lisa Moran", "Mexico"),
                 id="people-of-a-country-are-no-author"),
    pytest.param("Governor Dana Whitfield criticized the Russian ballet for canceling its tour.",
                 ("Dana Whitfield", "Russia"), id="a-thing-of-a-country-is-no-piece"),
    pytest.param("Senator Ray Cole, a Canadian-born lawmaker, rejected Canadian concerns about the pipeline.",
                 ("Ray Cole", "Canada"), id="not-the-speaker's-own-country"),
])
def test_an_adjective_before_another_noun_names_no_author(text, pair, ends):
    assert pair not in ends(text)
