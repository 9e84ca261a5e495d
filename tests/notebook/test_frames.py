"""pandas tables of a reading: ``statements_frame``, ``speakers_frame``, ``responses_frame``."""

from __future__ import annotations

import pytest

import quotetrack

pd = pytest.importorskip("pandas", reason="the DataFrame views need pandas (the pandas extra)")

METADATA = {"outlet": "Newsweek", "date": "2020-08-10", "title": "China hits back <at> 'Clean Network'",
            "url": "https://example.org/clean-network"}

STATEMENT_COLUMNS = ["article", "statement", "speaker", "speaker_kind", "title", "organisation", "country", "kind",
                     "cue", "start", "end", "text", "article_title", "outlet", "date", "url"]
MOFA = "Ministry of Foreign Affairs of China"
STATE = "U.S. Department of State"


def _value(cell):
    """A cell, with pandas' missing values (None or NaN, by pandas version) as None."""
    return None if pd.isna(cell) else cell


@pytest.fixture(scope="module")
def seed(seed_text):
    """The seed read through ``read_many`` with outlet, date, title and url."""
    (article,) = quotetrack.read_many([{"id": "seed", "text": seed_text, **METADATA}])
    return article


@pytest.fixture(scope="module")
def statements(seed):
    return quotetrack.statements_frame(seed)


def test_statements_frame_columns(statements):
    assert list(statements.columns) == STATEMENT_COLUMNS


def test_one_row_per_statement(seed, statements):
    assert len(statements) == len(seed.statements) == 16  # "freedom-loving nations" and "new tyranny" are one clause
    assert statements["statement"].tolist() == list(range(len(seed.statements)))
    for row, s in zip(statements.itertuples(index=False), seed.statements):
        assert (row.start, row.end, row.text, row.kind) == (s.start, s.end, s.text, s.kind)
        assert seed.text[row.start:row.end] == row.text
        assert row.speaker == s.speaker.name
        assert row.speaker_kind == s.speaker.kind
        assert _value(row.cue) == (s.cue.text if s.cue else None)
        assert _value(row.organisation) == (s.speaker.organisation.name if s.speaker.organisation else None)
        assert _value(row.country) == s.speaker.country


def test_statement_values_on_the_seed(statements):
    hua = statements.iloc[1]
    columns = ["speaker", "speaker_kind", "title", "organisation", "country", "kind", "cue", "start", "end"]
    assert hua[columns].tolist() \
        == ["Hua Chunying", "person", "Chinese Foreign Ministry spokesperson", MOFA, "China", "direct", "tweeting",
            835, 879]
    assert hua["text"] == "Talking CLEAN while doing DIRTY. How ironic!"
    pompeo = statements[statements["speaker"] == "Mike Pompeo"]
    assert pompeo[["title", "organisation", "country"]].drop_duplicates().values.tolist() == [
        ["Secretary of State", STATE, "United States"]]
    assert statements["kind"].value_counts().to_dict() == {"direct": 7, "indirect": 5, "mixed": 4}
    # A statement without a cue (a continued quotation) has a missing cue, not the string "None".
    assert statements["cue"].isna().sum() == 3


def test_groupby_speaker_and_organisation(statements):
    by_speaker = statements.groupby("speaker").size().sort_values(ascending=False)
    assert by_speaker.to_dict() == {"Mike Pompeo": 5, "Wang Wenbin": 4, "Wang Yi": 3, "China": 1,
                                    "Chinese officials": 1, "Hua Chunying": 1, "Washington": 1}
    by_organisation = statements.groupby("organisation").size().to_dict()
    assert by_organisation == {MOFA: 8, STATE: 5, "Government of the United States": 1}


def test_metadata_columns(statements):
    for column in ("outlet", "date", "url"):
        assert statements[column].unique().tolist() == [METADATA[column]]
    assert statements["article_title"].unique().tolist() == [METADATA["title"]]
    assert statements["article"].unique().tolist() == ["seed"]


def test_statements_frame_keeps_the_article_title(statements):
    """Every row carries the article's title somewhere (whatever the column is called)."""
    assert all(METADATA["title"] in row for row in statements.astype(object).values.tolist())


def test_metadata_nested_under_meta(seed_text):
    (article,) = quotetrack.read_many([{"id": "n", "text": seed_text,
                                        "meta": {"publisher": "Newsweek", "publication_date": "2020-08-10"}}])
    frame = quotetrack.statements_frame(article)
    assert frame[["outlet", "date"]].drop_duplicates().values.tolist() == [["Newsweek", "2020-08-10"]]


def test_without_metadata_the_columns_are_missing_values(seed_article):
    frame = quotetrack.statements_frame(seed_article)
    assert list(frame.columns) == STATEMENT_COLUMNS
    assert frame[["outlet", "date", "url"]].isna().all().all()


def test_article_method_and_function_agree(seed, statements):
    pd.testing.assert_frame_equal(seed.statements_frame(), statements)


def test_many_articles_stack(seed, seed_text):
    other = quotetrack.read('"We will win," Senator Jane Smith said.', id="other", metadata={"outlet": "Wire"})
    frame = quotetrack.statements_frame([seed, other])
    assert len(frame) == 17
    assert frame.groupby("article").size().to_dict() == {"other": 1, "seed": 16}
    assert frame.iloc[-1][["article", "statement", "speaker", "title", "outlet"]].tolist() == \
        ["other", 0, "Jane Smith", "Senator", "Wire"]
    # A generator works as well as a list.
    assert len(quotetrack.statements_frame(a for a in [seed, other])) == 17


def test_empty_frames_keep_their_columns():
    nothing = quotetrack.read("No one said anything.", id="empty")
    assert list(quotetrack.statements_frame(nothing).columns) == STATEMENT_COLUMNS
    assert len(quotetrack.statements_frame([])) == 0
    assert len(quotetrack.speakers_frame(nothing)) == 0
    assert len(quotetrack.responses_frame([])) == 0
    assert "target_text" in quotetrack.responses_frame([]).columns


def test_speakers_frame_counts(seed):
    frame = quotetrack.speakers_frame(seed)
    assert list(frame.columns) == ["article", "speaker", "kind", "title", "organisation", "country", "statements"]
    assert len(frame) == len(seed.speakers) == frame["speaker"].nunique()
    counts = dict(zip(frame["speaker"], frame["statements"]))
    assert counts == {"China": 1, "Hua Chunying": 1, "Wang Wenbin": 4, "Washington": 1, "Mike Pompeo": 5,
                      "Chinese officials": 1, "Wang Yi": 3}
    assert frame["statements"].sum() == len(seed.statements)
    wang_yi = frame[frame["speaker"] == "Wang Yi"].iloc[0]
    assert wang_yi[["kind", "title", "organisation", "country"]].tolist() == \
        ["person", "Chinese Foreign Minister", MOFA, "China"]
    assert dict(zip(frame["speaker"], frame["kind"]))["Chinese officials"] == "group"


def test_responses_frame_pairs(seed):
    frame = quotetrack.responses_frame(seed)
    assert list(frame.columns) == ["article", "source", "target", "statement", "target_statement", "cue", "evidence",
                                   "stance", "text", "target_text", "article_title", "outlet", "date", "url",
                                   "confidence"]
    assert len(frame) == len(seed.responses) == 5
    # The confidence, as on each response, so a notebook can filter as --min-confidence does.
    assert frame["confidence"].tolist() == [r.confidence for r in seed.responses]
    pairs = frame.groupby(["source", "target"]).size().to_dict()
    assert pairs == {("Hua Chunying", "Mike Pompeo"): 1, ("Wang Wenbin", "Mike Pompeo"): 3,
                     ("Wang Yi", "Mike Pompeo"): 1}
    hua = frame.iloc[0]
    assert hua[["statement", "cue", "stance"]].tolist() == [1, "hit back", "rejects"]
    assert pd.isna(hua["target_statement"]) and pd.isna(hua["target_text"])
    for row, r in zip(frame.itertuples(index=False), seed.responses):
        assert row.text == seed.statements[r.statement].text
        if r.target_statement is not None:
            assert row.target_text == seed.statements[r.target_statement].text
            assert seed.statements[r.target_statement].speaker.name == row.target
    assert frame[["article_title", "outlet", "date"]].drop_duplicates().values.tolist() == [
        [METADATA["title"], "Newsweek", "2020-08-10"]]
