"""Words a speech cue says are "of" or "about" another party's statement answer its author
(``responses.remarked``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text", [
    'Senator Ann Pike claimed on Monday that the governor had raised taxes twice. "She just made it up," Gov. Tom '
    'Hale said of the claim.',
    'Senator Ann Pike claimed on Monday that the port deal would cost 2,000 jobs.\n\nThe deal was signed in March.\n\n'
    '"That number has no basis at all," Tom Hale, the port\'s director, said of her claim on Tuesday.',
    'Ann Pike, the city\'s mayor, reported on Friday that crime fell by a third. "Nobody on my street believes it," '
    'council member Tom Hale wrote of the report in a letter to the newspaper.',
])
def test_words_said_of_a_statement_answer_its_author(ends: Ends, text: str) -> None:
    assert ("Tom Hale", "Ann Pike") in ends(text)


@pytest.mark.parametrize("text", [
    # what the words are about is no one's statement
    'Senator Ann Pike claimed on Monday that the governor had raised taxes twice. "It is a lovely day," Gov. Tom '
    'Hale said of the weather.',
    # a cue that is no remark: what was warned about
    'Senator Ann Pike reported on Monday that the river had risen. "Stay indoors," Gov. Tom Hale warned about the '
    'report.',
])
def test_no_answer_for_words_about_no_statement(ends: Ends, text: str) -> None:
    assert ("Tom Hale", "Ann Pike") not in ends(text)
