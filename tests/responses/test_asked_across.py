"""A reply answers the question put to its speaker a sentence or two before, whoever spoke between
(``responses.asked``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, pair", [
    pytest.param("At the debate, moderator Ann Lee asked Tom Hale about his ties to a drug maker. Its founder in 2009 "
                 "agreed that the firm had marketed its pills falsely.\n\n"
                 '"I had no involvement with them. That is propaganda," Hale replied.', ("Tom Hale", "Ann Lee"),
                 id="a-narrated-statement-between"),
    pytest.param("In the interview, host Mark Reyes pressed Governor Ruth Baxter on the state's pension debt. A former "
                 "treasurer said last year the fund would run dry by 2030.\n\n"
                 '"We have a plan, and it is working," Baxter replied.', ("Ruth Baxter", "Mark Reyes"),
                 id="pressed-on"),
    pytest.param("Anchor Lisa Grant asked Senator Paul Dunn about the shutdown. Aides said he had been briefed on "
                 'Sunday.\n\n"Nobody wants this," Dunn responded.', ("Paul Dunn", "Lisa Grant"), id="responded"),
])
def test_a_reply_answers_the_question_across_background(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text, pair", [
    pytest.param("At the debate, moderator Ann Lee asked Ruth Baxter about her ties to a drug maker. A former "
                 'employee said the firm had marketed its pills falsely.\n\n"That is propaganda," Tom Hale replied.',
                 ("Tom Hale", "Ann Lee"), id="the-question-was-put-to-another"),
    pytest.param("At the debate, moderator Ann Lee asked Tom Hale about his ties to a drug maker.\n\nA former "
                 'employee said the firm had marketed its pills falsely.\n\n"That is propaganda," Hale replied.',
                 ("Tom Hale", "Ann Lee"), id="two-paragraphs-apart"),
])
def test_a_reply_answers_no_question_not_put_to_it(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair not in ends(text)
