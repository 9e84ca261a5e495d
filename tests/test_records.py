"""Tests of records.py: the record shape of article_record, reading it back, flat rows, article fields."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import texts

import quotetrack
from quotetrack import InputError, article_from_record, article_record
from quotetrack.records import RECORD_VERSION, article_fields, statement_from_row, statement_record, statement_rows

TEXT = '"We will win," Senator Jane Smith said on Tuesday. The agency launched the "Clean Network" program.'


def test_article_record_shape():
    """article_record has exactly the documented keys, with the documented statement and speaker fields."""
    record = article_record(quotetrack.read(TEXT, id="a1"))
    assert set(record) >= {"id", "statements", "terms", "responses"}
    assert record["id"] == "a1"
    (st,) = record["statements"]
    assert {"start", "end", "text", "kind", "cue", "speaker"} <= set(st)
    assert (st["start"], st["end"], st["text"], st["kind"], st["cue"]) == (1, 13, "We will win,", "direct", "said")
    assert set(st["speaker"]) >= {"name", "title", "organisation", "country", "start", "end"}
    assert st["speaker"]["name"] == "Jane Smith"
    assert st["speaker"]["title"] == "Senator"
    assert st["speaker"]["organisation"] == "United States Senate"
    assert st["speaker"]["country"] == "United States"
    assert TEXT[st["speaker"]["start"] : st["speaker"]["end"]] == "Jane Smith"
    (term,) = record["terms"]
    assert term == {"start": TEXT.index("Clean"), "end": TEXT.index("Clean") + 13, "text": "Clean Network"}
    assert record["responses"] == []


def test_article_record_is_json_ready():
    """The record round-trips through JSON unchanged."""
    record = article_record(quotetrack.read(TEXT, id="a1"))
    assert json.loads(json.dumps(record)) == record


def test_statement_without_speaker_has_null_speaker():
    """A statement with no resolved speaker records speaker as None."""
    article = quotetrack.read('"We will prevail in the end," he said.')
    assert statement_record(article.statements[0])["speaker"] is None


def test_continuation_statement_records_null_cue():
    """A continuation quote records cue as None."""
    text = '"We will not back down," Senator Jane Smith said.\n\n"This fight is far from over and we intend to win."'
    record = article_record(quotetrack.read(text))
    assert record["statements"][1]["cue"] is None
    assert record["statements"][1]["speaker"]["name"] == "Jane Smith"


def test_article_fields_defaults_and_overrides():
    meta = {"meta": {"publisher": "breitbart", "publication_date": "2016-09-20", "title": "T"}, "outlet": " "}
    assert article_fields(meta) == {"outlet": "breitbart", "date": "2016-09-20", "title": "T", "url": None}
    assert article_fields({"source": {"name": "AP"}}, {"outlet": "source.name"})["outlet"] == "AP"
    assert article_fields({"date": 20240501})["date"] == "20240501"


def test_metadata_aliases_of_frames_and_graph_resolve_alike():
    """outlet and date are found under every name the frames and the graph looked under before."""
    assert article_fields({"meta": {"outlet": "AP", "date": "2024"}})["outlet"] == "AP"
    assert article_fields({"publication_date": "2024-01-02"})["date"] == "2024-01-02"
    assert article_fields({"published": "2024-01-03"})["date"] == "2024-01-03"


# -- back from records ---------------------------------------------------------------------------------------

OLD_RECORD_KEYS = ["id", "statements", "terms", "responses"]
OLD_STATEMENT_KEYS = ["start", "end", "text", "kind", "cue", "speaker", "quoted"]
OLD_RESPONSE_KEYS = ["source", "target", "statement", "target_statement", "cue", "evidence", "evidence_start",
                     "evidence_end", "stance"]


def through_json(record):
    return json.loads(json.dumps(record, ensure_ascii=False))


def test_seed_round_trips_through_a_json_record(seed_article):
    """read -> record (with text) -> JSON -> article: equal in every field, speakers' mentions included."""
    article = attrs.evolve(seed_article, metadata={"outlet": "Newsweek", "meta": {"date": "2020-08-10"}})
    back = article_from_record(through_json(article_record(article, with_text=True)))
    assert back == article
    assert back.speakers == article.speakers and any(s.mentions for s in back.speakers)
    assert back.organisations == article.organisations and back.responses == article.responses
    assert [s.speaker for s in back.statements] == [s.speaker for s in article.statements]


def test_several_speakers_medium_and_addressee_round_trip():
    """Record version 3's fields: ``speakers`` (names, the speaker first), ``medium`` and ``addressee``."""
    article = quotetrack.read('"We disagree," said Tom Reid and Mary Jones in a letter to the board.', id="a")
    record = through_json(article_record(article, with_text=True))
    statement = record["statements"][0]
    assert (statement["speakers"], statement["medium"], statement["addressee"]) == (
        ["Tom Reid", "Mary Jones"], "letter", "the board")
    assert [s["name"] for s in record["speakers"]] == ["Tom Reid", "Mary Jones"]
    assert article_from_record(record) == article


def test_without_text_everything_but_the_text_comes_back(seed_article):
    back = article_from_record(through_json(article_record(seed_article)))
    assert back.text == "" and "text" not in article_record(seed_article)
    assert back == attrs.evolve(seed_article, text="")


def test_the_old_fields_come_first_with_their_old_types(seed_article):
    """Fields are only added: the version-1 keys keep their place and their types."""
    record = through_json(article_record(seed_article, with_text=True))
    assert list(record)[:4] == OLD_RECORD_KEYS and record["record_version"] == RECORD_VERSION
    for st in record["statements"]:
        assert list(st)[:7] == OLD_STATEMENT_KEYS
        assert st["cue"] is None or isinstance(st["cue"], str)
        assert st["speaker"] is None or list(st["speaker"]) == ["name", "title", "organisation", "country", "start",
                                                                "end", "kind", "party"]
    for response in record["responses"]:
        assert list(response)[:9] == OLD_RESPONSE_KEYS


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_reading_round_trips(text):
    """For generated texts, article_from_record(article_record(a, with_text=True)) == a, through JSON too."""
    article = quotetrack.read(text, id="a", metadata={"outlet": "AP"})
    assert article_from_record(article_record(article, with_text=True)) == article
    assert article_from_record(through_json(article_record(article, with_text=True))) == article


def test_a_version_1_record_is_refused_clearly():
    old = {key: value for key, value in article_record(quotetrack.read(TEXT, id="a1")).items()
           if key in OLD_RECORD_KEYS}
    with pytest.raises(InputError, match="record 'a1': not a reading record of version 2"):
        article_from_record(old)


def test_a_malformed_record_is_an_input_error():
    record = article_record(quotetrack.read(TEXT, id="a1"))
    del record["statements"][0]["kind"]
    with pytest.raises(InputError, match="record 'a1': malformed reading record: KeyError"):
        article_from_record(record)


def test_load_reads_back_a_file_and_a_text_is_refused(tmp_path, seed_article):
    path = tmp_path / "readings.jsonl"
    other = quotetrack.read(TEXT, id="a1", metadata={"title": "T"})
    path.write_text("".join(json.dumps(article_record(a, with_text=True)) + "\n" for a in (seed_article, other)),
                    encoding="utf-8")
    assert list(quotetrack.load(path)) == [seed_article, other]
    text = tmp_path / "story.txt"
    text.write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError, match="is a text, not a reading record"):
        list(quotetrack.load(text))
    warnings: list[str] = []
    assert list(quotetrack.load(text, skip_errors=True, warn=warnings.append)) == [] and len(warnings) == 1


def test_rows_are_the_records_flattened(seed_article):
    """CSV, frames, graph and corpus rows share one flat statement row, consistent with the record."""
    rows = statement_rows(seed_article)
    for row, st, record in zip(rows, seed_article.statements, article_record(seed_article)["statements"]):
        assert row["speaker"] == (record["speaker"] or {}).get("name")
        assert (row["cue"], row["cue_lemma"], row["mention_start"]) == (record["cue"], record["cue_lemma"],
                                                                       record["mention_start"])
        assert statement_from_row(row, {s.name: s for s in seed_article.speakers}) == st
