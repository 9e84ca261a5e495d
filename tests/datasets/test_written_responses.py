"""quotetrack.datasets.written_responses(): the written, response-annotated articles load and their offsets hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotetrack import datasets

DATA = Path(datasets.__file__).with_name("data")
RECORDS = datasets.written_responses()
KINDS = {"politics", "business", "sport", "tech", "health", "culture", "us_uk_politics", "world_politics"}
WORDS = {"written": (250, 500), "written2": (200, 900)}  # each writer's range of article lengths
STANCES = {"oppose", "rebut", "defend", "support"}


@pytest.mark.parametrize("name, prefix", list(zip(datasets.WRITTEN_RESPONSES_FILES, WORDS)))
def test_every_line_is_a_record(name, prefix):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 10
    assert all(json.loads(line)["id"].startswith(f"{prefix}/") for line in lines)


def test_the_loader_reads_every_file():
    files = datasets.WRITTEN_RESPONSES_FILES
    lines = sum(len((DATA / name).read_text(encoding="utf-8").splitlines()) for name in files)
    assert lines == len(RECORDS) == len({r["id"] for r in RECORDS})


def test_the_readme_states_the_licence_first():
    first = (DATA / "README.md").read_text(encoding="utf-8").splitlines()[0]
    assert "Apache-2.0" in first


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_offsets_and_fields(record):
    text = record["text"]
    assert record["meta"]["kind"] in KINDS
    low, high = WORDS[record["id"].split("/")[0]]
    assert low <= len(text.split()) <= high
    assert record["ignore"] == [[0, text.index("\n")]]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["type"] in {"direct", "mixed", "indirect"}
        assert quote["optional"] or quote["type"] != "indirect"  # the second writer's quoted documents are optional
        if quote["type"] == "direct":
            assert text[quote["start"] - 1] == text[quote["end"]] == '"'
        for start, end in quote.get("quoted_spans", []):
            assert quote["start"] <= start < end <= quote["end"]
            assert text[start - 1] == text[end] == '"'


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_responses_point_at_their_source_statements(record):
    quotes = record["quotes"]
    parties = {q["speaker"] for q in quotes} | {q["organisation"] for q in quotes if q["organisation"]}
    for response in record["responses"]:
        assert response["stance"] in STANCES
        assert isinstance(response["explicit"], bool) and isinstance(response["clear"], bool)
        assert response["source"] in parties and response["source"] != response["target"]
        assert [quotes[i]["id"] for i in response["statements"]] == response["statement_ids"]
        assert all(quotes[i]["speaker"] == response["source"] for i in response["statements"])
