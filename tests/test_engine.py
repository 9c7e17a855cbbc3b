"""Tests of stance.engine: processes, Dask and Parquet streaming give the same tables."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from stance.engine import is_dask, partition_by_thread, partitioned, stream_parquet
from stance.errors import StanceError
from stance.synthetic import synthetic_corpus

ACTORS = re.compile(r"\b(Putin|Erdogan|NATO|Russia|Turkey|Ukraine)\b")


# Pure functions with the shape of the scorers. They live at module level so
# that worker processes can import them.
@partitioned
def word_counts(comments, *, weights=None):
    """One row per comment; replies also report their parent's word count."""
    words = comments["text"].astype(object).map(lambda t: len(t.split()))
    if "comment_id" in comments.columns:
        cids = comments["comment_id"].astype(object)
    else:
        cids = pd.Series(comments.index.astype(str), index=comments.index)
    out = pd.DataFrame({"comment_id": cids.to_numpy(), "words": words.to_numpy(np.int64)})
    if "thread_id" in comments.columns:
        out.insert(0, "thread_id", comments["thread_id"].reset_index(drop=True))
    if "parent_id" in comments.columns:
        by_id = dict(zip(cids, words))
        # a parent missing from the chunk would show as -1
        out["parent_words"] = [by_id.get(p, -1) if isinstance(p, str) else 0
                               for p in comments["parent_id"].astype(object)]
    if weights is not None:
        assert set(weights["comment_id"]) <= set(cids), "weights of other comments leaked in"
        w = dict(zip(weights["comment_id"], weights["weight"]))
        out["weighted"] = [w.get(c, 0.0) * n for c, n in zip(out["comment_id"], out["words"])]
    return out


@partitioned
def mentions(comments, *, sentences=None, progress=False):
    """Several rows per comment (one per actor mention), like the stance table."""
    rows = []
    for tid, cid, text in zip(comments["thread_id"], comments["comment_id"],
                              comments["text"].astype(object)):
        for m in ACTORS.finditer(text):
            rows.append((tid, cid, m.group(1), m.start(), m.end()))
    out = pd.DataFrame(rows, columns=["thread_id", "comment_id", "actor", "start", "end"])
    out = out.astype({"thread_id": "string", "comment_id": "string", "actor": "string",
                      "start": "int64", "end": "int64"})
    if sentences is not None:
        n = sentences.groupby("comment_id", sort=False).size()
        out["n_sentences"] = out["comment_id"].map(n).fillna(0).astype("int64")
    return out


def make_sentences(comments):
    """A table aligned with the comments (several rows per comment), like score_sentences."""
    rows = []
    for tid, cid, text in zip(comments["thread_id"], comments["comment_id"],
                              comments["text"].astype(object)):
        for i, s in enumerate(re.split(r"(?<=[.!?])\s+", text)):
            if s:
                rows.append((tid, cid, i, s))
    return pd.DataFrame(rows, columns=["thread_id", "comment_id", "sentence_index", "text"])


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(600, n_threads=25, random_state=2, long_comment_share=0.005,
                            long_comment_words=(300, 500))


# ----------------------------------------------------------------------------- decorator
def test_signature_and_serial_path(corpus):
    import inspect

    params = inspect.signature(word_counts).parameters
    assert params["n_jobs"].default == 1 and params["chunksize"].default is None
    assert word_counts.__name__ == "word_counts"
    out = word_counts(corpus)
    assert len(out) == len(corpus)
    assert out["words"].iloc[0] == len(corpus["text"].iloc[0].split())
    assert (out["parent_words"] >= 0).all()


@pytest.mark.parametrize("chunksize", [None, 1, 37, 10_000])
def test_processes_identical_to_one_process(corpus, chunksize):
    expected = word_counts(corpus)
    got = word_counts(corpus, n_jobs=2, chunksize=chunksize)
    pd.testing.assert_frame_equal(got, expected)
    assert isinstance(got.index, pd.RangeIndex)


def test_several_rows_per_comment_and_aligned_table(corpus):
    sentences = make_sentences(corpus)
    expected = mentions(corpus, sentences=sentences)
    assert expected["comment_id"].duplicated().any()  # several rows for some comments
    got = mentions(corpus, sentences=sentences, n_jobs=2, chunksize=50, progress=False)
    pd.testing.assert_frame_equal(got, expected)
    assert (expected["n_sentences"] > 0).all()


def test_aligned_table_by_comment_id_only(corpus):
    weights = pd.DataFrame({"comment_id": corpus["comment_id"].iloc[::-1].to_numpy(),
                            "weight": np.linspace(0, 1, len(corpus))})
    expected = word_counts(corpus, weights=weights)
    got = word_counts(corpus, weights=weights, n_jobs=2, chunksize=40)
    pd.testing.assert_frame_equal(got, expected)


def test_interleaved_threads_keep_the_input_order(corpus):
    # rows of threads mixed, replies still after their parents
    mixed = corpus.sort_values(["position", "thread_id"], kind="stable")
    expected = mentions(mixed)
    got = mentions(mixed, n_jobs=2, chunksize=60)
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(word_counts(mixed, n_jobs=2, chunksize=60),
                                  word_counts(mixed))


def test_rows_without_thread_form_one_group(corpus):
    frame = corpus.copy()
    # three whole threads lose their id, in different places: they must go together
    lost = frame["thread_id"].isin(["synth-0000001", "synth-0000007", "synth-0000020"])
    frame.loc[lost, "thread_id"] = pd.NA
    expected = word_counts(frame)
    got = word_counts(frame, n_jobs=2, chunksize=10)
    pd.testing.assert_frame_equal(got, expected)
    assert (got["parent_words"] >= 0).all()  # parents found: NA rows were kept together


def test_plain_text_frame_is_split_by_rows_and_keeps_its_index():
    frame = pd.DataFrame({"text": ["a b", "c", "d e f", "g h", "i"] * 20},
                         index=np.arange(100, 200))
    expected = word_counts(frame)
    assert expected["comment_id"].iloc[0] == "100"
    pd.testing.assert_frame_equal(word_counts(frame, n_jobs=2, chunksize=7), expected)


@partitioned
def two_tables(comments):
    """Several tables from one pass, like the whole pipeline on a chunk."""
    return {"counts": word_counts(comments), "mentions": mentions(comments)}


@pytest.mark.parametrize("mixed", [False, True])
def test_dict_of_tables(corpus, mixed):
    frame = corpus.sort_values(["position", "thread_id"], kind="stable") if mixed else corpus
    expected = two_tables(frame)
    got = two_tables(frame, n_jobs=2, chunksize=45)
    assert set(got) == {"counts", "mentions"}
    for name in expected:
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)


def test_empty_and_tiny_frames(corpus):
    pd.testing.assert_frame_equal(word_counts(corpus.iloc[:0], n_jobs=2),
                                  word_counts(corpus.iloc[:0]))
    pd.testing.assert_frame_equal(word_counts(corpus.iloc[:1], n_jobs=2),
                                  word_counts(corpus.iloc[:1]))


def test_bad_n_jobs(corpus):
    with pytest.raises(StanceError, match="n_jobs=0"):
        word_counts(corpus, n_jobs=0)


def test_progress_bar_only_when_asked(corpus, capsys):
    word_counts(corpus, n_jobs=2, progress=False)
    assert capsys.readouterr().err == ""
    word_counts(corpus, n_jobs=2, progress=True)
    assert "word_counts" in capsys.readouterr().err


def test_input_not_mutated(corpus):
    before = corpus.copy()
    word_counts(corpus, n_jobs=2, chunksize=30)
    pd.testing.assert_frame_equal(corpus, before)


# ----------------------------------------------------------------------------- dask
def test_partition_by_thread_pandas(corpus):
    ddf = partition_by_thread(corpus, 4)
    assert is_dask(ddf) and not is_dask(corpus)
    assert ddf.npartitions == 4
    parts = [ddf.get_partition(i).compute() for i in range(ddf.npartitions)]
    threads = [set(p["thread_id"]) for p in parts]
    for i in range(len(threads)):
        for j in range(i + 1, len(threads)):
            assert threads[i].isdisjoint(threads[j])
    pd.testing.assert_frame_equal(pd.concat(parts), corpus)


def test_dask_identical_to_pandas(corpus):
    ddf = partition_by_thread(corpus, 3)
    lazy = mentions(ddf)
    assert is_dask(lazy)
    got = lazy.compute(scheduler="sync").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, mentions(corpus))
    # an aligned pandas table goes to each partition, filtered to its threads
    sentences = make_sentences(corpus)
    got = mentions(ddf, sentences=sentences).compute(scheduler="sync").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, mentions(corpus, sentences=sentences))


def test_dask_shuffle_keeps_threads_whole(corpus):
    import dask.dataframe as dd

    ddf = dd.from_pandas(corpus, npartitions=5, sort=False)  # threads cut across partitions
    shuffled = partition_by_thread(ddf, 3)
    got = word_counts(shuffled).compute(scheduler="sync")
    assert (got["parent_words"] >= 0).all()
    expected = word_counts(corpus)
    got = got.set_index("comment_id").loc[expected["comment_id"]].reset_index()
    pd.testing.assert_frame_equal(got[expected.columns], expected)


@pytest.fixture(scope="module")
def cluster_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.mark.slow
def test_dask_local_cluster_identical_to_pandas(corpus, cluster_client):
    ddf = partition_by_thread(corpus, 4)
    got = cluster_client.compute(mentions(ddf)).result().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, mentions(corpus))


# ----------------------------------------------------------------------------- parquet
def _plain_counts(comments):
    return word_counts.__wrapped__(comments)


def test_stream_parquet_identical_to_one_call(corpus, tmp_path):
    src, dst = tmp_path / "in.parquet", tmp_path / "out.parquet"
    corpus.to_parquet(src, row_group_size=50)
    info = stream_parquet(src, dst, _plain_counts, batch_rows=23, progress=False)
    got = pd.read_parquet(dst)
    expected = word_counts(corpus)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert (got["parent_words"] >= 0).all()  # no thread cut between batches
    assert info["rows_in"] == len(corpus) and info["rows_out"] == len(expected)
    assert info["batches"] > 5


def test_stream_parquet_columns_kwargs_and_several_tables(corpus, tmp_path):
    src = tmp_path / "in.parquet"
    corpus.to_parquet(src)

    def both(comments, *, weights):
        return {"counts": word_counts(comments, weights=weights[
            weights["comment_id"].isin(comments["comment_id"])]),
                "mentions": mentions(comments)}

    weights = pd.DataFrame({"comment_id": corpus["comment_id"], "weight": 2.0})
    dest = {"counts": tmp_path / "c.parquet", "mentions": tmp_path / "m.parquet"}
    info = stream_parquet(src, dest, both, columns=["comment_id", "text"], batch_rows=100,
                          progress=False, weights=weights)
    counts = pd.read_parquet(dest["counts"])
    assert list(counts.columns) == ["thread_id", "comment_id", "words", "weighted"]
    assert (counts["weighted"] == 2 * counts["words"]).all()
    pd.testing.assert_frame_equal(pd.read_parquet(dest["mentions"]), mentions(corpus))
    assert info["rows_out"]["mentions"] == len(mentions(corpus))


def test_stream_parquet_unsorted_file_names_the_thread(corpus, tmp_path):
    src = tmp_path / "in.parquet"
    mixed = corpus.sort_values(["position", "thread_id"], kind="stable")
    mixed.to_parquet(src)
    with pytest.raises(StanceError, match="synth-00000"):
        stream_parquet(src, tmp_path / "out.parquet", _plain_counts, batch_rows=1000,
                       progress=False)
    # a thread reappearing in a later batch is caught too
    a, b = corpus[corpus["thread_id"] == "synth-0000000"], corpus[corpus["thread_id"]
                                                                   == "synth-0000001"]
    pd.concat([a.iloc[:2], b, a.iloc[2:]]).to_parquet(src)
    with pytest.raises(StanceError, match="'synth-0000000' reappears"):
        stream_parquet(src, tmp_path / "out.parquet", _plain_counts, batch_rows=len(b) + 2,
                       progress=False)


def test_stream_parquet_empty_file(corpus, tmp_path):
    src = tmp_path / "in.parquet"
    corpus.iloc[:0].to_parquet(src)
    info = stream_parquet(src, tmp_path / "out.parquet", mentions.__wrapped__, progress=False)
    got = pd.read_parquet(tmp_path / "out.parquet")
    assert len(got) == 0 and list(got.columns) == ["thread_id", "comment_id", "actor", "start",
                                                   "end"]
    assert info == {"rows_in": 0, "rows_out": 0, "batches": 0}


# ----------------------------------------------------------------------------- real scorers
def _partitioned(f):
    return f if hasattr(f, "partitioned_by") else partitioned(f)


@pytest.fixture(scope="module")
def small():
    return synthetic_corpus(240, n_threads=12, random_state=9, long_comment_share=0.0)


@pytest.fixture(scope="module")
def real_scorers():
    """The package scorers, decorated here when their modules do not do it yet."""
    from stance.actors import load_actors
    from stance.replies import score_replies
    from stance.targeted import score_stance

    scorers = {"stance": _partitioned(score_stance), "replies": _partitioned(score_replies)}
    try:
        from stance.sentiment import score_sentences, score_sentiment
    except ImportError:
        pass
    else:
        scorers["sentences"] = _partitioned(score_sentences)
        scorers["sentiment"] = _partitioned(score_sentiment)
    return scorers, load_actors()


def _real_pipeline(comments, scorers, actors, **opts):
    out = {}
    if "sentences" in scorers:
        out["sentences"] = scorers["sentences"](comments, **opts)
        out["sentiment"] = scorers["sentiment"](comments, sentences=out["sentences"], **opts)
        out["stances"] = scorers["stance"](comments, actors, sentences=out["sentences"], **opts)
        out["replies"] = scorers["replies"](comments, stances=out["stances"],
                                            sentiment=out["sentiment"], **opts)
    else:
        out["stances"] = scorers["stance"](comments, actors, **opts)
        out["replies"] = scorers["replies"](comments, stances=out["stances"], **opts)
    return out


def _assert_same(got: dict, expected: dict):
    assert set(got) == set(expected)
    for name in expected:
        got_frame = got[name]
        if is_dask(got_frame):
            got_frame = got_frame.compute(scheduler="sync").reset_index(drop=True)
        pd.testing.assert_frame_equal(got_frame, expected[name], obj=name)


@pytest.fixture(scope="module")
def real_expected(small, real_scorers):
    scorers, actors = real_scorers
    return _real_pipeline(small, scorers, actors)


def test_real_scorers_processes_identical(small, real_scorers, real_expected):
    scorers, actors = real_scorers
    assert len(real_expected["stances"]) > 50 and len(real_expected["replies"]) > 50
    got = _real_pipeline(small, scorers, actors, n_jobs=2, chunksize=30)
    _assert_same(got, real_expected)


def test_real_scorers_dask_identical(small, real_scorers, real_expected):
    scorers, actors = real_scorers
    ddf = partition_by_thread(small, 3)
    _assert_same(_real_pipeline(ddf, scorers, actors), real_expected)


@pytest.mark.slow
def test_real_scorers_local_cluster_identical(small, real_scorers, real_expected,
                                              cluster_client):
    import dask

    scorers, actors = real_scorers
    lazy = _real_pipeline(partition_by_thread(small, 4), scorers, actors)
    computed = dask.compute(lazy)[0]
    _assert_same({k: v.reset_index(drop=True) for k, v in computed.items()}, real_expected)


def test_real_scorers_streamed_parquet_identical(small, real_scorers, real_expected, tmp_path):
    scorers, actors = real_scorers
    src = tmp_path / "in.parquet"
    small.to_parquet(src)

    def func(comments):
        return {k: v for k, v in _real_pipeline(comments, scorers, actors).items()
                if k != "sentences"}

    dest = {k: tmp_path / f"{k}.parquet" for k in real_expected if k != "sentences"}
    stream_parquet(src, dest, func, batch_rows=50, progress=False)
    for name, path in dest.items():
        got = pd.read_parquet(path)
        expected = real_expected[name]
        # Parquet keeps values, not every pandas dtype (e.g. str vs string)
        pd.testing.assert_frame_equal(got, expected, check_dtype=False, obj=name)
