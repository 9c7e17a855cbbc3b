"""Scale: the pipeline in 1 vs 2 processes, on 2 Dask workers, and streamed Parquet -> Parquet.

Two sub-commands, on seeded synthetic corpora (stance.synthetic):

``parallel``
    The full pipeline (score_sentences -> score_sentiment -> score_stance ->
    score_replies) on one corpus with ``n_jobs=1``, ``n_jobs=2`` and on a
    ``distributed.LocalCluster`` of 2 single-threaded worker processes; prints
    the wall time, throughput, speedup, and checks that the tables are identical.
    Goal (issue 6): >= 1.6x with 2 processes on 100,000 comments.

``stream``
    Writes a corpus of N comments to Parquet (generated in pieces, never whole
    in memory), then streams it through the pipeline with
    :func:`stance.engine.stream_parquet` into three Parquet files (sentiment,
    stances, replies), printing the time and the peak resident memory of the
    whole process tree (this process and its worker processes, sampled every
    0.1 s with psutil). Goal: 1,000,000 comments with peak < 2 GB.

Usage::

    .venv/bin/python benchmarks/scale.py parallel --comments 100000 --seed 0
    .venv/bin/python benchmarks/scale.py stream --comments 1000000 --n-jobs 2 --batch-rows 50000
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time

import pandas as pd
from throughput import _table  # benchmarks/ is on sys.path when a script here runs


# ----------------------------------------------------------------------------- pipeline
def _stages():
    """The scorers, made partitioned (n_jobs, Dask) if their modules have not done it yet."""
    from stance.engine import partitioned
    from stance.replies import score_replies
    from stance.sentiment import score_sentences, score_sentiment
    from stance.targeted import score_stance

    def ready(f):
        return f if hasattr(f, "partitioned_by") else partitioned(f)

    return (ready(score_sentences), ready(score_sentiment), ready(score_stance),
            ready(score_replies))


def pipeline(comments, actors, *, n_jobs: int = 1, progress: bool = False) -> dict:
    """Sentences, sentiment, stances and reply relations; pandas or Dask in, same out."""
    s_sentences, s_sentiment, s_stance, s_replies = _stages()
    opts = {"n_jobs": n_jobs, "progress": progress}
    sentences = s_sentences(comments, **opts)
    sentiment = s_sentiment(comments, sentences=sentences, **opts)
    stances = s_stance(comments, actors, sentences=sentences, **opts)
    replies = s_replies(comments, stances=stances, sentiment=sentiment, **opts)
    return {"sentences": sentences, "sentiment": sentiment, "stances": stances,
            "replies": replies}


def _pipeline_tables(comments, actors):
    return pipeline(comments, actors, n_jobs=1)


def pipeline_per_chunk(comments, actors, *, n_jobs: int = 1) -> dict:
    """The same tables, each chunk of threads going through all four stages in one worker.

    The comments travel to the workers once and no intermediate table (such as
    the sentences) travels back and forth between stages.
    """
    from stance.engine import partitioned

    return partitioned(_pipeline_tables)(comments, actors, n_jobs=n_jobs, progress=False)


# ----------------------------------------------------------------------------- memory
class PeakRSS:
    """Samples the resident memory of this process and all its descendants."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        try:
            import psutil

            me = psutil.Process()
            total = me.memory_info().rss
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            return total
        except ImportError:  # /proc fallback: this process and direct children
            return _proc_tree_rss(os.getpid())

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self):
        self.peak = self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def _proc_tree_rss(pid: int) -> int:
    page = os.sysconf("SC_PAGE_SIZE")
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * page
            with open(f"/proc/{p}/task/{p}/children") as fh:
                pids.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return total


def tree_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of this process and each descendant, by pid."""
    import psutil

    me = psutil.Process()
    out = {}
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def cpu_since(before: dict[int, float]) -> float:
    """CPU seconds used by the process tree since ``before`` (workers that exited are lost)."""
    after = tree_cpu()
    return sum(t - before.get(pid, 0.0) for pid, t in after.items())


# ----------------------------------------------------------------------------- printing
def _same(a: dict, b: dict) -> str:
    bad = []
    for name in a:
        try:
            pd.testing.assert_frame_equal(a[name], b[name])
        except AssertionError as exc:
            bad.append(f"{name}: {str(exc).splitlines()[0]}")
    return "identical" if not bad else "DIFFERENT (" + "; ".join(bad) + ")"


# ----------------------------------------------------------------------------- parallel
def run_parallel(args) -> None:
    from stance.actors import load_actors
    from stance.engine import partition_by_thread
    from stance.synthetic import synthetic_corpus

    actors = load_actors()
    t0 = time.perf_counter()
    corpus = synthetic_corpus(args.comments, random_state=args.seed)
    n_chars = int(corpus["text"].str.len().sum())
    print(f"corpus: {len(corpus):,} comments, {corpus['thread_id'].nunique():,} threads, "
          f"{n_chars:,} characters (seed {args.seed}, {time.perf_counter() - t0:.0f} s to "
          f"generate); {os.cpu_count()} CPUs")
    pipeline(corpus.head(50), actors)  # warm up imports and lexicons

    rows, results = [], {}
    for n_jobs in (1, 2):
        if n_jobs > 1:
            pipeline(corpus.head(500), actors, n_jobs=n_jobs)  # start the worker pool
        c0, t0 = tree_cpu(), time.perf_counter()
        results[n_jobs] = pipeline(corpus, actors, n_jobs=n_jobs)
        rows.append((f"pandas, n_jobs={n_jobs}", time.perf_counter() - t0, cpu_since(c0)))
    pipeline_per_chunk(corpus.head(500), actors, n_jobs=2)
    c0, t0 = tree_cpu(), time.perf_counter()
    results["per_chunk"] = pipeline_per_chunk(corpus, actors, n_jobs=2)
    rows.append(("pandas, n_jobs=2, whole pipeline per chunk", time.perf_counter() - t0,
                 cpu_since(c0)))
    if not args.no_dask:
        import dask
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            ddf = partition_by_thread(corpus, args.partitions)
            lazy = pipeline(ddf, actors)
            client.run(lambda: __import__("stance.targeted"))  # imports out of the timing
            c0, t0 = tree_cpu(), time.perf_counter()
            computed = dask.compute(lazy)[0]
            rows.append((f"dask, LocalCluster 2 workers, {ddf.npartitions} partitions",
                         time.perf_counter() - t0, cpu_since(c0)))
            results["dask"] = {k: v.reset_index(drop=True) for k, v in computed.items()}
    base, base_cpu = rows[0][1], rows[0][2]
    print()
    print(_table([(name, f"{t:.1f}", f"{n_chars / t:,.0f}", f"{base / t:.2f}x", f"{cpu:.1f}",
                   f"{base_cpu / cpu:.2f}")
                  for name, t, cpu in rows],
                 ("engine", "seconds", "chars/s", "speedup", "CPU s (process tree)",
                  "CPU efficiency")))
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; CPU efficiency "
          f"= CPU of n_jobs=1 / CPU of the run (1.0 = no parallel overhead)")
    print()
    print(f"n_jobs=2 vs n_jobs=1: {_same(results[2], results[1])}")
    print(f"per chunk vs n_jobs=1: {_same(results['per_chunk'], results[1])}")
    if "dask" in results:
        print(f"dask vs n_jobs=1:     {_same(results['dask'], results[1])}")
    per_stage, per_chunk = base / rows[1][1], base / rows[2][1]
    print(f"\nspeedup with 2 processes: {per_chunk:.2f}x with the whole pipeline per chunk of "
          f"threads, as stance.analyze(n_jobs=2) runs it (goal >= 1.6x: "
          f"{'met' if per_chunk >= 1.6 else 'NOT met'}); {per_stage:.2f}x when each stage is "
          f"called with n_jobs=2 on its own (the tables travel to the workers at every stage)")


# ----------------------------------------------------------------------------- stream
def write_corpus(path: str, n_comments: int, *, seed: int, piece: int = 100_000) -> int:
    """Write a synthetic corpus to Parquet in pieces of ``piece`` comments."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from stance.synthetic import synthetic_corpus

    writer = None
    threads = 0
    for i, start in enumerate(range(0, n_comments, piece)):
        n = min(piece, n_comments - start)
        frame = synthetic_corpus(n, random_state=[seed, i], first_thread=threads)
        threads += frame["thread_id"].nunique()
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        writer.write_table(table, row_group_size=20_000)
    if writer is not None:
        writer.close()
    return threads


def _stream_func(comments, *, actors, n_jobs):
    tables = pipeline(comments, actors, n_jobs=n_jobs)
    return {k: tables[k] for k in ("sentiment", "stances", "replies")}


def run_stream(args) -> None:
    import functools

    import pyarrow.parquet as pq

    from stance.actors import load_actors
    from stance.engine import stream_parquet

    actors = load_actors()
    workdir = args.workdir or tempfile.mkdtemp(prefix="stance-scale-")
    os.makedirs(workdir, exist_ok=True)
    src = os.path.join(workdir, f"corpus-{args.comments}-{args.seed}.parquet")
    if not os.path.exists(src):
        t0 = time.perf_counter()
        n_threads = write_corpus(src, args.comments, seed=args.seed)
        print(f"wrote {src}: {args.comments:,} comments, {n_threads:,} threads in "
              f"{time.perf_counter() - t0:.0f} s")
    meta = pq.ParquetFile(src).metadata
    size = os.path.getsize(src)
    print(f"source: {meta.num_rows:,} rows, {size / 1e6:,.0f} MB on disk")
    dest = {k: os.path.join(workdir, f"{k}.parquet") for k in ("sentiment", "stances", "replies")}
    func = functools.partial(_stream_func, actors=actors, n_jobs=args.n_jobs)
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        info = stream_parquet(src, dest, func, batch_rows=args.batch_rows,
                              progress=not args.quiet)
        elapsed = time.perf_counter() - t0
    print()
    print(_table([
        ("comments in", f"{info['rows_in']:,}"),
        ("batches", f"{info['batches']:,}"),
        *[(f"{k} rows out", f"{v:,}") for k, v in info["rows_out"].items()],
        ("n_jobs per batch", args.n_jobs),
        ("batch rows", f"{args.batch_rows:,}"),
        ("wall time (s)", f"{elapsed:,.0f}"),
        ("comments / s", f"{info['rows_in'] / elapsed:,.0f}"),
        ("peak RSS, process tree (MB)", f"{mem.peak / 2**20:,.0f}"),
    ], ("stream_parquet", "value")))
    print(f"\npeak memory {mem.peak / 2**30:.2f} GB (goal < 2 GB: "
          f"{'met' if mem.peak < 2 * 2**30 else 'NOT met'}); outputs in {workdir}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parallel", help="n_jobs=1 vs 2 vs Dask on one corpus")
    p.add_argument("--comments", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--partitions", type=int, default=16, help="Dask partitions")
    p.add_argument("--no-dask", action="store_true")
    s = sub.add_parser("stream", help="Parquet -> pipeline -> Parquet with bounded memory")
    s.add_argument("--comments", type=int, default=1_000_000)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--n-jobs", type=int, default=2, help="processes per batch")
    s.add_argument("--batch-rows", type=int, default=50_000)
    s.add_argument("--workdir", help="where the Parquet files go (a temporary directory "
                                     "by default; the source is reused when present)")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    if args.command == "parallel":
        run_parallel(args)
    else:
        run_stream(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
