"""Tests of titles of an office held before, joined by a hyphen ("then-Sen. Tom Hale", "ex-Gov. Ann Pike"):
backends/lexical.py reads them as titles (``title_prefixes``), and a clause or object opening with one is read
(attribution/clauses.py ``complement_start``, attribution/constructions.py ``narrated_object``)."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.backends import embedded


@pytest.mark.parametrize("text, title", [
    ("The bill was signed by then-Gov. Tom Hale in 2009.", "then-Gov."),
    ("It was written by ex-Sen. Ann Pike and two aides.", "ex-Sen."),
    ("Then-Secretary of State Jo Dunn flew to Cairo.", "Then-Secretary of State"),
], ids=["then-gov", "ex-sen", "then-secretary-of-state"])
def test_a_former_title_is_a_title(text, title):
    """The prefixed title is one TITLE entity, its period included, before the person's name."""
    entities = [(e.text, e.label) for e in embedded.parse(text).entities]
    assert (title, "TITLE") in entities


# (text, speaker, target of the response, id)
READ = [
    ("Ann Pike said then-Gov. Tom Hale had misled the legislature.", "Ann Pike", None, "said-clause"),
    ("Ann Pike accused then-Sen. Tom Hale of misleading voters about the deal.", "Ann Pike", "Tom Hale",
     "accused-object"),
    ("The union criticized ex-Gov. Tom Hale for the pension cuts.", "union", "Tom Hale", "criticized-object"),
]


@pytest.mark.parametrize("text, speaker, target", [c[:3] for c in READ], ids=[c[3] for c in READ])
def test_a_statement_opening_with_a_former_title_is_read(text, speaker, target):
    """The statement whose words open with the prefixed title is read, and a response cue answers its holder."""
    article = quotetrack.read(text)
    assert [s.speaker.name for s in article.statements if s.speaker] and \
        speaker in article.statements[0].speaker.name
    if target is not None:
        assert target in [r.target for r in article.responses]
