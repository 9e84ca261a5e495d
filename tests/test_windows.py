"""Windowed reading: a long text read window by window gives one reading with document offsets, and carries the
speakers heard (names, family names, pronouns) from window to window."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import news_text

import quotetrack
from quotetrack.windows import Window, split_windows

SETTINGS = settings(max_examples=settings.default.max_examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

FILLER = "The council met again on Tuesday to discuss the budget for the coming year and the repairs.\n\n"


def check_spans(article: quotetrack.Article) -> None:
    """Every statement, term, cue, mention and quoted span slices the article's text, in text order."""
    text = article.text
    for s in article.statements:
        assert text[s.start : s.end] == s.text
        for part in (s.cue, s.speaker_mention, s.addressee):
            if part is not None:
                assert text[part.start : part.end] == part.text
        for speaker in s.speakers:
            for m in speaker.mentions:
                assert text[m.start : m.end] == m.text
        for qs, qe in s.quoted:
            assert s.start <= qs <= qe <= s.end
    for t in article.terms:
        assert text[t.start : t.end] == t.text
    for r in article.responses:
        assert 0 <= r.statement < len(article.statements)
        assert r.target_statement is None or 0 <= r.target_statement < len(article.statements)
    assert [s.start for s in article.statements] == sorted(s.start for s in article.statements)


def windows_of(text: str, size: int) -> list[Window]:
    windows = list(split_windows(text, size))
    assert windows[0].start == 0 and windows[-1].end == len(text)
    for before, after in zip(windows, windows[1:]):
        assert before.end == after.start  # the windows tile the text
    for w in windows:
        assert w.start < w.end <= w.start + size
        assert w.start - size // 20 <= w.lead <= w.start
        assert w.lead in (0, w.start) or text[w.lead - 1] == "\n"  # a lead, if any, starts a paragraph
    return windows


def test_windows_cut_at_paragraph_breaks():
    text = FILLER * 40
    for w in windows_of(text, 1000)[:-1]:
        assert text[w.end - 1] == "\n"


@pytest.mark.parametrize("text", [
    '"' * 5000,  # nothing but quotation marks: cut at the size itself
    "x" * 5000,
    "said, " * 1000,
])
def test_a_text_with_no_paragraph_break_is_still_windowed(text):
    windows = windows_of(text, 700)
    assert len(windows) >= len(text) // 700


def test_a_cut_inside_a_paragraph_is_outside_its_quotations():
    paragraph = ' '.join(f'The mayor said "we will build the bridge {n}. It is needed." and left.' for n in range(80))
    for w in windows_of(paragraph, 1500)[:-1]:
        assert paragraph.count('"', 0, w.end) % 2 == 0
        assert paragraph[w.end - 1].isspace()


def test_a_short_text_is_one_window():
    assert list(split_windows("One.\nTwo.", 100)) == [Window(lead=0, start=0, end=9)]


def test_windowed_statements_are_the_whole_readings():
    """Statements in every window, at document offsets, with the speakers a whole reading finds."""
    text = "".join(f'"We will finish the road by the spring of year {n}," Mayor Jane Smith said on Monday.\n\n'
                   f'The council approved the plan, officials said.\n\n' for n in range(30))
    whole = quotetrack.read(text, backend="embedded", window=None)
    windowed = quotetrack.read(text, backend="embedded", window=600)
    assert len(list(split_windows(text, 600))) > 5
    check_spans(windowed)
    assert [(s.start, s.end, s.kind) for s in windowed.statements] == \
        [(s.start, s.end, s.kind) for s in whole.statements]
    assert [s.speaker.name if s.speaker else None for s in windowed.statements] == \
        [s.speaker.name if s.speaker else None for s in whole.statements]
    smith = next(s for s in windowed.speakers if s.name == "Jane Smith")
    assert len(smith.mentions) == 30  # one speaker, every window's mentions gathered
    assert [t.text for t in windowed.terms] == [t.text for t in whole.terms]


def later_window(text: str, size: int, phrase: str, antecedent: str) -> None:
    """Check that ``phrase`` is read in a window whose lead does not reach back to ``antecedent``."""
    at = text.index(phrase)
    window = next(w for w in split_windows(text, size) if w.start <= at < w.end)
    assert window.lead > text.index(antecedent)


def test_a_pronoun_is_carried_across_a_window_boundary():
    text = ('"We will build the bridge," Mayor Jane Smith said on Monday.\n\n' + FILLER * 12
            + '"It will open next year," she said.\n')
    later_window(text, 600, "she said", "Jane Smith")
    article = quotetrack.read(text, backend="embedded", window=600)
    check_spans(article)
    last = article.statements[-1]
    assert last.text == "It will open next year,"
    assert last.speaker is not None and last.speaker.name == "Jane Smith"
    assert last.speaker_mention is not None and last.speaker_mention.text == "she"


def test_a_family_name_is_carried_across_a_window_boundary():
    text = ('"We will build the bridge," Mayor Jane Smith said on Monday.\n\n' + FILLER * 12
            + '"The money is there," Smith told reporters.\n')
    later_window(text, 600, "Smith told", "Jane Smith")
    article = quotetrack.read(text, backend="embedded", window=600)
    assert [s.speaker.name for s in article.statements if s.speaker] == ["Jane Smith", "Jane Smith"]
    speaker = article.statements[-1].speaker
    assert speaker is not None and speaker.title is not None and "Smith" in speaker.aliases


def test_a_continuation_quote_after_a_window_boundary_keeps_its_speaker():
    """The paragraph before a window is read again with it: a quote continuing it has its speaker."""
    text = FILLER * 40 + '"We will build the bridge," Mayor Jane Smith said on Monday.\n\n' \
        + '"And it will be the longest in the county, with four lanes, a path for cyclists and a walkway for ' \
        + 'people on foot, and it will be paid for by the state and the county together, over ten years, ' \
        + 'without a new tax on the people who live here."\n\n' + FILLER * 6
    second = list(split_windows(text, 4000))[1]
    assert second.start == text.index('"And it will')  # the continuation opens the second window
    assert second.lead < text.index("Jane Smith")
    article = quotetrack.read(text, backend="embedded", window=4000)
    check_spans(article)
    assert [s.speaker.name if s.speaker else None for s in article.statements] == \
        [s.speaker.name if s.speaker else None for s in quotetrack.read(text, backend="embedded").statements]
    assert article.statements[-1].text.startswith("And it will")
    assert article.statements[-1].speaker is not None and article.statements[-1].speaker.name == "Jane Smith"


def test_hostile_text_read_in_windows_keeps_offsets():
    article = quotetrack.read('"x," he said, ' * 400 + "\"'" * 300 + '"' * 500, backend="embedded", window=500)
    check_spans(article)
    assert article.statements


@SETTINGS
@given(st.lists(news_text, min_size=1, max_size=8), st.integers(min_value=20, max_value=400))
def test_windowed_and_unwindowed_offsets_are_valid(parts, size):
    """Whatever the text and the window size, both readings slice the text, and the windows tile it."""
    text = "\n".join(parts)
    windows_of(text, size) if text else None
    for window in (None, size):
        article = quotetrack.read(text, backend="embedded", window=window)
        assert article.text == text
        check_spans(article)
