""""The government", "the company": the body a noun names when a statement attacks it (``responses.firms``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, body", [
    pytest.param("The Confederation of British Industry warned that the strike would cost shops millions. Labour's "
                 "Dan Okoro accused the government of \"hiding behind the operators\".",
                 "Confederation of British Industry", id="employers"),
    pytest.param("The Social Democratic Party backed the plan. Its leader, Ana Ruiz, accused the government of "
                 "\"siding with the employers\".", "Social Democratic Party", id="party"),
    pytest.param("The National Union of Rail Workers said the offer was an insult. Tory MP Jo Reece accused the "
                 "government of \"caving in\".", "National Union of Rail Workers", id="union"),
])
def test_the_government_is_no_union_or_business_group(ends: Ends, text: str, body: str) -> None:
    """An attack on "the government" answers no union or employers' group that spoke before: they are no
    government, though the rule takes the latest body for "the ministry" or "the agency"."""
    assert not any(target == body for _, target in ends(text))
