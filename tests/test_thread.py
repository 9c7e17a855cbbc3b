"""Tests of stance.thread: the comment table's schema, validation and tree helpers."""

from __future__ import annotations

import pandas as pd
import pytest

from stance.errors import StanceError
from stance.thread import (
    CORE_COLUMNS,
    FLAG_COLUMNS,
    ancestors,
    reply_edges,
    validate_comments,
)


def frame(**cols):
    return pd.DataFrame(cols)


def test_minimal_table_gets_every_column_and_dtype():
    t = validate_comments(frame(text=["a", "b"]))
    assert list(t.columns) == CORE_COLUMNS + FLAG_COLUMNS
    assert t["comment_id"].tolist() == ["c1", "c2"]
    assert t["thread_id"].tolist() == ["thread", "thread"]
    assert t["position"].tolist() == [0, 1]
    assert t["depth"].tolist() == [0, 0]
    assert t["kind"].tolist() == ["comment", "comment"]
    assert t["parent_id"].isna().all() and t["author"].isna().all()
    assert str(t["created_at"].dtype) == "datetime64[ns, UTC]"
    for col in ("position", "depth"):
        assert t[col].dtype == "int64"
    for col in ("is_deleted", "is_spam", "is_orphan", "is_empty", "has_html", "text_repaired"):
        assert t[col].dtype == bool
    for col in ("thread_id", "comment_id", "parent_id", "author", "kind", "text"):
        assert isinstance(t[col].dtype, pd.StringDtype)
        assert t[col].dtype.na_value is pd.NA


def test_depth_from_parent_chain_and_orphans():
    t = validate_comments(frame(
        comment_id=["a", "b", "c", "x", "y"],
        parent_id=[None, "a", "b", "gone", "x"],
        text=["1", "2", "3", "4", "5"],
    ))
    assert t["depth"].tolist() == [0, 1, 2, 0, 1]
    assert t["is_orphan"].tolist() == [False, False, False, True, False]
    # the orphan keeps its parent id: nothing is rewritten
    assert t["parent_id"].tolist()[3] == "gone"


def test_article_row_has_depth_minus_one_and_position_zero():
    t = validate_comments(frame(
        comment_id=["c1", "art", "c2"], parent_id=[None, None, "c1"],
        kind=["comment", "article", "comment"], text=["hi", "Title", "yo"],
    ))
    assert t["comment_id"].tolist() == ["art", "c1", "c2"]
    assert t["position"].tolist() == [0, 1, 2]
    assert t["depth"].tolist() == [-1, 0, 1]


def test_reply_to_the_article_is_top_level():
    t = validate_comments(frame(comment_id=["art", "c1"], parent_id=[None, "art"],
                                kind=["article", "comment"], text=["T", "x"]))
    assert t["depth"].tolist() == [-1, 0]
    assert not t["is_orphan"].any()


@pytest.mark.parametrize("token", ["", "0", "-1", "null", "None", "NaN"])
def test_no_parent_tokens_mean_top_level(token):
    t = validate_comments(frame(comment_id=["a", "b"], parent_id=[None, token], text=["x", "y"]))
    assert t["parent_id"].isna().all()
    assert t["depth"].tolist() == [0, 0]
    assert not t["is_orphan"].any()


def test_zero_is_a_parent_when_a_comment_has_that_id():
    t = validate_comments(frame(comment_id=[0, 1], parent_id=[None, 0], text=["x", "y"]))
    assert t["comment_id"].tolist() == ["0", "1"]
    assert t["parent_id"].tolist()[1] == "0"
    assert t["depth"].tolist() == [0, 1]


def test_numeric_ids_lose_float_suffix():
    t = validate_comments(frame(comment_id=[1.0, 2.0], parent_id=[float("nan"), 1.0],
                                text=["x", "y"]))
    assert t["comment_id"].tolist() == ["1", "2"]
    assert t["parent_id"].tolist()[1] == "1"


def test_duplicate_ids_error_names_ids_lines_and_file():
    df = frame(comment_id=["a", "b", "a"], text=["1", "2", "3"], source_line=[2, 3, 9])
    with pytest.raises(StanceError) as err:
        validate_comments(df, source="my.csv")
    msg = str(err.value)
    assert "'a'" in msg and "my.csv" in msg and "line 2" in msg and "line 9" in msg
    assert "'b'" not in msg


def test_duplicate_ids_can_be_renamed_and_flagged():
    t = validate_comments(frame(comment_id=["a", "a", "b"], parent_id=[None, None, "a"],
                                text=["1", "2", "3"]), duplicates="rename")
    assert t["comment_id"].tolist() == ["a", "a~2", "b"]
    assert t["is_duplicate"].tolist() == [False, True, False]
    assert t["parent_id"].tolist()[2] == "a"
    assert t["text"].tolist() == ["1", "2", "3"]


def test_same_ids_in_two_threads_are_not_duplicates_and_parents_stay_in_thread():
    t = validate_comments(frame(thread_id=["t1", "t1", "t2"], comment_id=["a", "b", "b"],
                                parent_id=[None, "a", "a"], text=["1", "2", "3"]))
    assert t["is_orphan"].tolist() == [False, False, True]  # no "a" in thread t2
    assert t["depth"].tolist() == [0, 1, 0]


@pytest.mark.parametrize("parents, cycle", [
    ([None, "c", "b"], ["'b'", "'c'"]),
    (["a", None, None], ["'a' -> 'a'"]),
])
def test_reply_cycles_are_errors_naming_the_ids(parents, cycle):
    df = frame(comment_id=["a", "b", "c"], parent_id=parents, text=["1", "2", "3"])
    with pytest.raises(StanceError, match="reply cycle") as err:
        validate_comments(df, source="loop.csv")
    for part in cycle:
        assert part in str(err.value)
    assert "loop.csv" in str(err.value)


def test_empty_text_is_kept_and_flagged_html_flagged():
    t = validate_comments(frame(text=["", " \n\t", None, "<p>hi</p>", "a &amp; b", "a & b"]))
    assert t["text"].tolist() == ["", " \n\t", "", "<p>hi</p>", "a &amp; b", "a & b"]
    assert t["is_empty"].tolist() == [True, True, True, False, False, False]
    assert t["has_html"].tolist() == [False, False, False, True, True, False]


def test_position_follows_created_at_when_every_comment_has_one():
    t = validate_comments(frame(comment_id=["a", "b", "c"],
                                created_at=["2020-01-01T10:00Z", "2020-01-01T09:00Z",
                                            "2020-01-01T09:00Z"],
                                text=["1", "2", "3"]))
    assert t["comment_id"].tolist() == ["b", "c", "a"]  # ties keep row order
    assert t["position"].tolist() == [0, 1, 2]


def test_position_is_row_order_when_a_date_is_missing_and_more_rows_last():
    t = validate_comments(frame(comment_id=["m", "a", "b"], kind=["more", "comment", "comment"],
                                created_at=[None, "2020-01-02", None], text=["", "1", "2"]))
    assert t["comment_id"].tolist() == ["a", "b", "m"]


def test_given_position_is_kept():
    t = validate_comments(frame(comment_id=["a", "b"], position=[1, 0], text=["1", "2"]))
    assert t["comment_id"].tolist() == ["b", "a"]


def test_dates_unix_seconds_naive_and_offsets_are_utc():
    t = validate_comments(frame(created_at=[0, "2020-03-24 10:00", "2020-03-24T12:00:00+02:00"],
                                position=[0, 1, 2], text=["a", "b", "c"]))
    assert t["created_at"].tolist() == [pd.Timestamp("1970-01-01", tz="UTC"),
                                        pd.Timestamp("2020-03-24 10:00", tz="UTC"),
                                        pd.Timestamp("2020-03-24 10:00", tz="UTC")]


def test_bad_date_names_line_and_file():
    df = frame(created_at=["2020-01-01", "not a date"], text=["a", "b"], source_line=[2, 3])
    with pytest.raises(StanceError, match=r"x\.csv, line 3: cannot read 'not a date'"):
        validate_comments(df, source="x.csv")


def test_flags_from_strings_and_bad_flag_is_an_error():
    t = validate_comments(frame(text=["a", "b", "c"], is_deleted=["true", "0", None],
                                is_spam=["yes", "no", "FALSE"]))
    assert t["is_deleted"].tolist() == [True, False, False]
    assert t["is_spam"].tolist() == [True, False, False]
    with pytest.raises(StanceError, match="is_spam"):
        validate_comments(frame(text=["a"], is_spam=["maybe"]))


def test_unknown_kind_is_an_error():
    with pytest.raises(StanceError, match="'reply' is not one of"):
        validate_comments(frame(text=["a"], kind=["reply"]))


def test_missing_text_column_and_wrong_type():
    with pytest.raises(StanceError, match="no 'text' column"):
        validate_comments(frame(body=["a"]))
    with pytest.raises(StanceError, match="DataFrame"):
        validate_comments([{"text": "a"}])


def test_input_is_not_mutated():
    df = frame(comment_id=["b", "a"], parent_id=[None, "b"], text=["1", "2"],
               created_at=["2020-01-02", "2020-01-01"])
    before = df.copy()
    validate_comments(df)
    pd.testing.assert_frame_equal(df, before)


def test_validate_is_idempotent():
    t = validate_comments(frame(comment_id=["a", "b", "c"], parent_id=[None, "a", "q"],
                                text=["1", " ", "<b>x</b>"], author=["A", "", None],
                                score=[1, None, 3]))
    pd.testing.assert_frame_equal(validate_comments(t), t)
    assert t["author"].isna().tolist() == [False, True, True]  # "" author is missing
    assert t["score"].dtype == "Int64"


def test_long_reply_chain_does_not_recurse():
    n = 20_000
    t = validate_comments(frame(comment_id=[str(i) for i in range(n)],
                                parent_id=[None] + [str(i) for i in range(n - 1)],
                                text=["x"] * n))
    assert t["depth"].iloc[-1] == n - 1


def test_ancestors_and_reply_edges():
    t = validate_comments(frame(comment_id=["a", "b", "c", "d"],
                                parent_id=[None, "a", "b", "zz"], text=list("1234")))
    assert ancestors(t, "c") == ["b", "a"]
    assert ancestors(t, "a") == []
    assert ancestors(t, "d") == ["zz"]
    edges = reply_edges(t)
    assert edges.values.tolist() == [["thread", "b", "a"], ["thread", "c", "b"]]
    with pytest.raises(StanceError, match="no comment with id 'q'"):
        ancestors(t, "q")
    with pytest.raises(StanceError, match="parent_id"):
        reply_edges(pd.DataFrame({"comment_id": ["a"]}))
