"""Tests of stance.synthetic: the seeded corpus generator used by benchmarks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from stance.synthetic import synthetic_corpus, synthetic_long_comment

COLUMNS = ["thread_id", "comment_id", "parent_id", "author", "created_at", "position",
           "depth", "kind", "text", "is_deleted", "is_spam", "is_orphan"]


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(3000, random_state=7, long_comment_share=0.01,
                            long_comment_words=(1000, 1500))


def test_columns_and_dtypes(corpus):
    assert list(corpus.columns) == COLUMNS
    assert str(corpus["created_at"].dtype) == "datetime64[ns, UTC]"
    for col in ("position", "depth"):
        assert corpus[col].dtype == np.int64
    for col in ("is_deleted", "is_spam", "is_orphan"):
        assert corpus[col].dtype == bool
    assert isinstance(corpus.index, pd.RangeIndex)


def test_size_and_threads(corpus):
    assert len(corpus) == 3000
    assert (corpus["kind"] == "comment").all()
    assert corpus["comment_id"].is_unique
    assert corpus["thread_id"].nunique() == 75  # default: one thread per 40 comments
    # threads are contiguous blocks, each in order of publication
    first_rows = corpus.groupby("thread_id", sort=False).head(1).index
    ids = corpus["thread_id"].astype(object)
    starts = (ids != ids.shift()).sum()
    assert starts == len(first_rows)
    for _, thread in corpus.groupby("thread_id"):
        assert thread["position"].tolist() == list(range(len(thread)))
        assert thread["created_at"].is_monotonic_increasing


def test_same_seed_same_frame_other_seed_other_frame():
    a = synthetic_corpus(300, random_state=11)
    pd.testing.assert_frame_equal(a, synthetic_corpus(300, random_state=11))
    assert not a["text"].equals(synthetic_corpus(300, random_state=12)["text"])


def test_reply_tree_is_consistent(corpus):
    by_id = corpus.set_index("comment_id")
    replies = corpus[corpus["parent_id"].notna()]
    assert 0.4 < len(replies) / len(corpus) < 0.75
    parents = by_id.loc[replies["parent_id"]]
    # parent in the same thread, published before, one level up
    assert (parents["thread_id"].to_numpy() == replies["thread_id"].to_numpy()).all()
    assert (parents["position"].to_numpy() < replies["position"].to_numpy()).all()
    assert (parents["depth"].to_numpy() + 1 == replies["depth"].to_numpy()).all()
    assert (corpus.loc[corpus["parent_id"].isna(), "depth"] == 0).all()
    assert corpus["depth"].max() >= 5  # some long chains, as on Disqus
    assert not corpus["is_orphan"].any()


def test_realistic_content(corpus):
    text = corpus["text"]
    joined = " ".join(text)
    for actor in ("Putin", "Erdogan", "the West", "NATO", "Russia", "Turkey", "Ukraine", "EU"):
        assert actor in joined, actor
    words = text.str.split().str.len()
    assert words.max() >= 1000  # very long comments
    assert 10 < words.median() < 80
    # spam repeated word for word, flagged only in part
    dup = text[text.ne("") & text.duplicated(keep=False)]
    assert len(dup) > 10
    assert 0 < corpus["is_spam"].sum() < len(dup)
    # deleted comments have no text and no author
    deleted = corpus[corpus["is_deleted"]]
    assert len(deleted) > 0
    assert (deleted["text"] == "").all() and deleted["author"].isna().all()
    # replies quote their parent or open with agreement / disagreement
    replies = text[corpus["parent_id"].notna()]
    assert replies.str.startswith('"').any() or replies.str.startswith(">").any()
    assert replies.str.contains("I disagree because|Precisely|Exactly").any()
    # some comments not in English
    assert text.str.contains("[а-яА-Я]").any()


def test_articles_option():
    corpus = synthetic_corpus(100, n_threads=4, articles=True, random_state=0)
    articles = corpus[corpus["kind"] == "article"]
    assert len(articles) == 4 and (corpus["kind"] == "comment").sum() == 100
    assert (articles["position"] == 0).all() and (articles["depth"] == -1).all()
    assert articles["parent_id"].isna().all()


def test_pieces_have_distinct_thread_ids():
    a = synthetic_corpus(100, n_threads=5, random_state=[1, 0])
    b = synthetic_corpus(100, n_threads=5, random_state=[1, 1], first_thread=5)
    assert set(a["thread_id"]).isdisjoint(b["thread_id"])


def test_empty_and_bad_sizes():
    assert len(synthetic_corpus(0)) == 0
    assert list(synthetic_corpus(0).columns) == COLUMNS
    with pytest.raises(ValueError):
        synthetic_corpus(-1)
    with pytest.raises(ValueError):
        synthetic_long_comment(0)


def test_long_comment():
    text = synthetic_long_comment(20_000, random_state=3)
    assert 20_000 <= len(text.split()) < 21_000
    assert text == synthetic_long_comment(20_000, random_state=3)
    assert "\n\n" in text  # paragraphs


def test_corpus_is_a_canonical_comment_table():
    from stance.thread import validate_comments

    corpus = synthetic_corpus(400, random_state=5, articles=True)
    checked = validate_comments(corpus)
    pd.testing.assert_frame_equal(checked[corpus.columns], corpus)
