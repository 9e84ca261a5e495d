"""Statements come in text order, each span once, even where a mixed statement that is all quotation
becomes the direct statement of its quote (inputs found by fuzzing, rewritten in plain words)."""

from __future__ import annotations

import pytest

import quotetrack

CASES = [
    pytest.param('Jane Smith said: "We will win," Tom Jones, a director at the bank, says "and we will. « Fine, » '
                 'he said.',
                 [("direct", "We will win,", "Jane Smith"), ("direct", "and we will. « Fine,", "Tom Jones")],
                 id="unclosed-quote-found-twice"),
    pytest.param('Jane Smith told reporters: "We will win," Tom Jones, a director at the bank, said "and we will.',
                 [("direct", "We will win,", "Jane Smith"), ("direct", "and we will.", "Tom Jones")],
                 id="unclosed-last-quote-found-twice"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_quote_is_one_statement(text, expected):
    article = quotetrack.read(text)
    assert [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in article.statements] == expected


@pytest.mark.parametrize("text", [
    'Markets Fall\n\nacting ice director Aamir Smith accuse: "no deal," acting ice director Aamir Smith, acting ice '
    'director at 10 downing street, clarifies "no deal, acting ice director Aamir Smith accuse that no deal. « no '
    'deal, » he accuse.',
    'e:"t"rector,,clarifies"e»he accuse',
    *(case.values[0] for case in CASES),
])
def test_statements_in_text_order_each_span_once(text):
    spans = [(s.start, s.end) for s in quotetrack.read(text).statements]
    assert spans == sorted(spans, key=lambda span: span[0])
    assert len(set(spans)) == len(spans)
