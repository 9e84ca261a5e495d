"""Property tests: reading never raises, every span is valid, reading is deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from strategies import news_text, texts

import quotetrack
from quotetrack.backends.embedded import parse, split_paragraphs
from quotetrack.attribution.quotations import find_quotations

# max_examples comes from the loaded profile (tests/conftest.py): 200 by default and on CI, 100,000 with
# pytest --hypothesis-profile=long.
SETTINGS = settings(max_examples=settings.default.max_examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def check_span(text: str, start: int, end: int, sub: str) -> None:
    assert 0 <= start <= end <= len(text)
    assert text[start:end] == sub


@SETTINGS
@given(texts)
@example('We urge the U.S. to rectify its wrongdoing"":')  # found by hypothesis: a colon closing the text after a cue
def test_read_never_raises_and_spans_are_valid(text):
    """For any text, read() succeeds and every statement, term, cue and mention slices the text."""
    article = quotetrack.read(text)
    assert article.text == text
    for s in article.statements:
        check_span(text, s.start, s.end, s.text)
        assert s.kind in {"direct", "mixed", "indirect"}
        if s.cue is not None:
            check_span(text, s.cue.start, s.cue.end, s.cue.text)
        if s.speaker_mention is not None:
            check_span(text, s.speaker_mention.start, s.speaker_mention.end, s.speaker_mention.text)
        if s.speaker is not None:
            for m in s.speaker.mentions:
                check_span(text, m.start, m.end, m.text)
        for qs, qe in s.quoted:
            assert 0 <= qs <= qe <= len(text)
    for t in article.terms:
        check_span(text, t.start, t.end, t.text)
    starts = [s.start for s in article.statements]
    assert starts == sorted(starts)


@SETTINGS
@given(news_text)
def test_read_is_deterministic(text):
    """Reading the same text twice gives equal articles."""
    assert quotetrack.read(text, id="x") == quotetrack.read(text, id="x")


@SETTINGS
@given(texts)
def test_parse_spans_are_valid(text):
    """Tokens and entities slice the text; sentences lie inside paragraphs."""
    doc = parse(text)
    for t in doc.tokens:
        check_span(text, t.start, t.end, t.text)
    for e in doc.entities:
        check_span(text, e.start, e.end, e.text)
    for s in doc.sentences:
        assert any(p0 <= s.start and s.end <= p1 for p0, p1 in doc.paragraphs)
        assert s.first_token < s.last_token


@SETTINGS
@given(texts)
def test_quotations_valid_and_within_paragraphs(text):
    """Quotations have ordered offsets and never cross a paragraph boundary."""
    paragraphs = split_paragraphs(text)
    for q in find_quotations(text, paragraphs):
        assert q.open_mark <= q.start <= q.end <= q.close_mark <= len(text)
        assert any(p0 <= q.open_mark and q.close_mark <= p1 for p0, p1 in paragraphs)
        assert q.depth in (0, 1)
        if not q.closed:
            assert q.close_mark == q.end or text[q.end : q.close_mark].isspace()


@SETTINGS
@given(news_text)
def test_read_many_matches_read(text):
    """read_many over a mapping gives the same reading as read with the same id."""
    (article,) = quotetrack.read_many([{"id": "x", "text": text}])
    assert article == quotetrack.read(text, id="x")
