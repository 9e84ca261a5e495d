"""A partisan's words about the rival party or a rival's act answer them (responses/rivals.py)."""

from __future__ import annotations

import pytest


GOP = "Republicans said on Monday that the referral was long overdue. "
HALE = "Rep. Tom Hale (R-Ohio) unveiled a tax plan on Monday. "


@pytest.mark.parametrize(("said", "pair"), [
    pytest.param('"Republicans are playing politics with the FBI," said Rep. Ruth Ellis (D-Md.).',
                 ("Ruth Ellis", "Republicans", "rival"), id="the-rival-party-as-subject"),
    pytest.param('"Of course, Republicans are playing politics with this," said Democratic Sen. Ruth Ellis.',
                 ("Ruth Ellis", "Republicans", "rival"), id="after-an-opening-phrase"),
    pytest.param('"We will defend the law against Republican efforts to repeal it," said Rep. Ruth Ellis (D-Md.).',
                 ("Ruth Ellis", "Republicans", "rival"), id="the-rival-party-s-act"),
])
def test_a_partisan_answers_the_rival_party(said, pair, pairs):
    assert pair in pairs(GOP + said)


@pytest.mark.parametrize("said", [
    pytest.param('"Republicans are playing politics with the FBI," said Ruth Ellis, a lawyer in Denver.',
                 id="no-party-of-the-speaker"),
    pytest.param('"Republicans are right about this," said Rep. Sam Ortiz (R-Utah).', id="the-speaker-s-own-party"),
    pytest.param('"We will sit down and work on the bill with Republicans," said Rep. Ruth Ellis (D-Md.).',
                 id="the-rival-only-spoken-of"),
    pytest.param('Democrats said the bill was dead. "Democratic voters are tired of waiting," said Rep. Sam Ortiz '
                 '(R-Utah).', id="a-party-adjective-before-no-act"),
])
def test_no_rival_sign(said, pairs):
    assert not any(kind == "rival" for _, _, kind in pairs(GOP + said))


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param('"We have known for months that in the end Hale\'s tax plan would gut Medicare," said Rep. Ruth '
                 'Ellis (D-Md.).', True, id="a-rival-s-act"),
    pytest.param('"We have known for months that in the end Hale\'s tax plan would gut Medicare," said Rep. Sam '
                 'Ortiz (R-Utah).', False, id="a-colleague-s-act"),
    pytest.param('"We have known for months that in the end Hale is a decent man," said Rep. Ruth Ellis (D-Md.).',
                 False, id="the-rival-named-in-passing"),
    pytest.param('"Hale has no idea how families live," said Rep. Ruth Ellis (D-Md.).', True,
                 id="the-rival-opens-the-words"),
    pytest.param('"Hale has no idea how families live," said Ruth Ellis, a nurse in Denver.', False,
                 id="no-party-of-the-speaker"),
])
def test_a_partisan_answers_a_rival_s_act(said, answers, pairs):
    assert any(kind == "rival" and target == "Tom Hale" for _, target, kind in pairs(HALE + said)) is answers


@pytest.mark.parametrize(("said", "pair"), [
    pytest.param('"Republicans are in a panic over the polls," said one Democratic source on the committee.',
                 ("one Democratic source on the committee", "Republicans"), id="an-unnamed-source"),
    pytest.param('"Republicans have run out of ideas," said a senior Democratic aide.',
                 ("a senior Democratic aide", "Republicans"), id="an-unnamed-aide"),
])
def test_an_unnamed_partisan_answers_the_rival_party(said, pair, pairs):
    assert (*pair, "rival") in pairs(GOP + said)


@pytest.mark.parametrize("said", [
    pytest.param('"We will sit down and work on the bill with Republicans," said a Democratic aide.',
                 id="the-rival-only-spoken-of"),
    pytest.param('"Republicans are right about this," said one Republican source on the committee.',
                 id="the-source-s-own-party"),
    pytest.param('"Republicans are in a panic over the polls," said one source on the committee.',
                 id="no-party-of-the-source"),
])
def test_no_answer_from_an_unnamed_source(said, pairs):
    assert not any(source.startswith(("a ", "one ")) for source, _, _ in pairs(GOP + said))
