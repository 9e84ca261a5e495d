"""Tests of the reading entry points: read, read_many, read_document, and the seed end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotetrack
from quotetrack import Article, InputError, QuotetrackError, article_record
from quotetrack.backends.embedded import parse

SEED_CHECK = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_check.py"

SAMPLE = (
    'Chinese Foreign Ministry spokesperson Hua Chunying hit back Thursday, tweeting: "How ironic!"\n\n'
    '"We urge the U.S. to rectify its wrongdoing," Wang Wenbin told reporters.\n\n'
    "The Trump administration is now seeking to limit the company's reach, according to Secretary of State "
    "Mike Pompeo."
)


def assert_offsets_valid(article: Article) -> None:
    text = article.text
    for s in article.statements:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
        if s.cue is not None:
            assert text[s.cue.start : s.cue.end] == s.cue.text
        if s.speaker_mention is not None:
            assert text[s.speaker_mention.start : s.speaker_mention.end] == s.speaker_mention.text
        for qs, qe in s.quoted:
            assert s.start <= qs <= qe <= s.end
    for t in article.terms:
        assert text[t.start : t.end] == t.text
    for sp in article.speakers:
        for m in sp.mentions:
            assert text[m.start : m.end] == m.text


def test_read_returns_article_with_valid_offsets():
    """read() returns an Article whose every span slices its own text."""
    article = quotetrack.read(SAMPLE)
    assert isinstance(article, Article)
    assert article.text == SAMPLE
    assert len(article.statements) == 3
    assert_offsets_valid(article)


def test_read_default_id_is_stable_hash():
    """Without an id, the article id is a 16-hex-digit hash of the text, the same each time."""
    a, b = quotetrack.read(SAMPLE), quotetrack.read(SAMPLE)
    assert a.id == b.id
    assert len(a.id) == 16 and all(c in "0123456789abcdef" for c in a.id)
    assert quotetrack.read(SAMPLE + " ").id != a.id


def test_read_keeps_id_and_metadata():
    """An explicit id and metadata are kept on the article."""
    article = quotetrack.read("Hi.", id="doc-1", metadata={"outlet": "Newsweek", "date": "2020-08-06"})
    assert article.id == "doc-1"
    assert dict(article.metadata) == {"outlet": "Newsweek", "date": "2020-08-06"}


def test_read_is_deterministic():
    """Reading the same text twice gives equal articles."""
    assert quotetrack.read(SAMPLE, id="x") == quotetrack.read(SAMPLE, id="x")


def test_read_empty_text():
    """Empty text reads into an article with nothing in it."""
    article = quotetrack.read("")
    assert (article.statements, article.terms, article.speakers, article.responses) == ((), (), (), ())


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"], {"text": "a mapping"}])
def test_read_rejects_non_str(bad):
    """read() raises InputError (a ValueError and QuotetrackError) for non-str input."""
    with pytest.raises(InputError) as info:
        quotetrack.read(bad)
    assert isinstance(info.value, ValueError) and isinstance(info.value, QuotetrackError)


@pytest.mark.parametrize("backend", ["stanza", "spacy"])
def test_read_unavailable_backend(backend):
    """Unknown or unavailable backends raise BackendError (a RuntimeError)."""
    with pytest.raises(quotetrack.BackendError) as info:
        quotetrack.read("Hi.", backend=backend)
    assert isinstance(info.value, RuntimeError)


def test_embedded_backend_equals_auto():
    """The explicit embedded backend reads as auto does when stanza is absent."""
    assert quotetrack.read(SAMPLE, id="x", backend="embedded") == quotetrack.read(SAMPLE, id="x")


def test_read_many_strings():
    """read_many over strings yields one article per text, in order."""
    articles = list(quotetrack.read_many(["One.", SAMPLE]))
    assert [a.text for a in articles] == ["One.", SAMPLE]
    assert articles[1] == quotetrack.read(SAMPLE)


def test_read_many_mappings_keep_id_and_metadata():
    """read_many over mappings keeps the id (as str) and every other field as metadata."""
    docs = [{"id": 7, "text": SAMPLE, "title": "Feud", "meta": {"k": 1}}, {"text": "Hi."}]
    first, second = quotetrack.read_many(docs)
    assert first.id == "7"
    assert dict(first.metadata) == {"title": "Feud", "meta": {"k": 1}}
    assert len(first.statements) == 3
    assert second.id == quotetrack.read("Hi.").id
    assert dict(second.metadata) == {}


def test_read_many_is_lazy():
    """read_many reads one document at a time: a bad later document fails only when reached."""
    it = quotetrack.read_many(["Fine.", {"id": "bad"}])
    assert next(it).text == "Fine."
    with pytest.raises(InputError, match="document 2"):
        next(it)


@pytest.mark.parametrize("bad", [42, {"id": "x"}, {"text": b"bytes"}, None])
def test_read_many_rejects_bad_documents(bad):
    """read_many raises InputError naming the document number for bad items."""
    with pytest.raises(InputError, match="document 1"):
        list(quotetrack.read_many([bad]))


def test_read_document_equals_read():
    """read_document over the embedded parse gives the same article as read."""
    assert quotetrack.read_document(parse(SAMPLE), id="x") == quotetrack.read(SAMPLE, id="x")


def test_find_quotations_exported():
    """find_quotations is part of the public API."""
    text = '"Yes," she said.'
    (q,) = quotetrack.find_quotations(text, [(0, len(text))])
    assert text[q.start : q.end] == "Yes,"


def test_seed_offsets_valid(seed_article):
    """Every span of the seed article's reading slices the seed text."""
    assert_offsets_valid(seed_article)
    assert seed_article.statements


def test_seed_caption_and_biography_give_no_statements(seed_article, seed_text):
    """The photo caption and the author's biography yield no statements."""
    bio = seed_text.index("About the writer")
    assert all(s.start < bio for s in seed_article.statements)
    caption = seed_text.index("The Chinese flag flies")
    caption_end = seed_text.index("\n", caption)
    assert not any(caption <= s.start < caption_end for s in seed_article.statements)


@pytest.mark.skipif(not SEED_CHECK.exists(), reason=f"seed scorer not found at {SEED_CHECK}")
def test_seed_end_to_end_passes_seed_check(seed_text, seed_path, seed_expected_path, tmp_path):
    """The seed article's reading passes the project's seed scorer on statements."""
    article = quotetrack.read(seed_text, id=seed_path.stem)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(article_record(article), ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SEED_CHECK), str(seed_expected_path), str(pred), "--part", "statements"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("documents", ['"We will appeal," said lawyer Anna Berg.', b"Hi.", None, 42])
def test_read_many_refuses_one_text_or_a_non_iterable(documents):
    """A string is not read one character an article (nor None a TypeError): an InputError pointing to read()."""
    with pytest.raises(InputError, match=r"read_many takes an iterable .* read\(text\) reads one text"):
        list(quotetrack.read_many(documents))


def test_a_file_name_given_as_text_warns(tmp_path, monkeypatch):
    """read("statement.txt") reads those ten characters; when they name a file, a warning says how to read it."""
    (tmp_path / "statement.txt").write_text('"We will appeal," the club said.', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.warns(UserWarning, match=r"'statement.txt' is the name of a file: .*read\(open\('statement.txt'"):
        article = quotetrack.read("statement.txt")
    assert article.statements == ()


def test_an_open_file_is_an_error_saying_to_read_it(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text('"We will appeal," the club said.', encoding="utf-8")
    with path.open(encoding="utf-8") as handle, pytest.raises(quotetrack.InputError, match=r"open file.*\.read\(\)"):
        quotetrack.read(handle)


def _sigint_disposition(article: Article) -> object:
    import signal

    return signal.getsignal(signal.SIGINT)


def test_workers_leave_ctrl_c_to_the_parent():
    """read_many's worker processes ignore SIGINT: Ctrl-C stops the parent, which ends the pool, and no worker
    prints a KeyboardInterrupt traceback."""
    import signal

    found = list(quotetrack.read_many(['"No," Ann Lee said.', '"Yes," Tom Reid said.'], jobs=2,
                                      then=_sigint_disposition))
    assert found == [signal.SIG_IGN, signal.SIG_IGN]
