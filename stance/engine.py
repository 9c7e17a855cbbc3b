"""Running the scorers in parallel processes, on Dask, and on Parquet files larger than memory.

The scorers are pure functions of a comment table whose results for one thread
depend only on that thread (a reply is read beside its parent). That makes them
embarrassingly parallel over threads, and this module supplies the machinery
once for all of them:

- :func:`partitioned` decorates a scorer ``f(comments, *args, **kwargs) ->
  DataFrame`` so that it also takes ``n_jobs`` and ``chunksize`` (split the
  comments into chunks of whole threads and score them in worker processes)
  and a :class:`dask.dataframe.DataFrame` (score each partition, lazily).
  Tables passed alongside the comments (``sentences=``, ``stances=``,
  ``sentiment=``...) are split by the same threads.
- :func:`partition_by_thread` makes a Dask frame in which every thread lies in
  one partition, which the Dask path requires.
- :func:`stream_parquet` pushes a Parquet file through a scorer batch by batch
  into another Parquet file, keeping each thread whole, so memory stays bounded
  whatever the size of the corpus.

Results are identical whatever the engine and the chunking (same rows, same
order, same dtypes, a fresh ``RangeIndex``), provided the scorer keeps the
contract of the pipeline: its output for a thread depends only on that thread,
and its rows come in the order of the comments they belong to.

Progress bars use :mod:`tqdm.auto` (a widget in Jupyter, text elsewhere); they
are shown for long work and hidden with ``progress=False``.
"""

from __future__ import annotations

import functools
import inspect
import math
import os
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .errors import StanceError

__all__ = ["partitioned", "partition_by_thread", "stream_parquet", "is_dask"]

#: Row count from which progress bars are shown when ``progress`` is left to None.
PROGRESS_MIN_ROWS = 20_000

#: Extra cost of a row, in characters, when balancing chunks by text length.
_ROW_COST = 200


# ----------------------------------------------------------------------------- helpers
def is_dask(obj: object) -> bool:
    """True if ``obj`` is a :class:`dask.dataframe.DataFrame` (without importing dask)."""
    module = type(obj).__module__ or ""
    if not (module.startswith("dask") or module.startswith("dask_expr")):
        return False
    import dask.dataframe as dd

    return isinstance(obj, dd.DataFrame)


def _progress_bar(total: int, desc: str, enabled: bool | None):
    if enabled is None:
        enabled = total >= PROGRESS_MIN_ROWS
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="comment", disable=not enabled, leave=False)


def _group_codes(comments: pd.DataFrame, by: str) -> np.ndarray:
    """One integer per row naming its group, numbered in order of first appearance.

    Rows without a value in ``by`` form one group. Without a ``by`` column, rows
    are independent (each its own group) unless the table has ``parent_id``
    (replies must stay with their parents, so everything is one group).
    """
    if by in comments.columns:
        codes, uniques = pd.factorize(comments[by], use_na_sentinel=True)
        if (codes < 0).any():
            # NA rows: one group, numbered where it first appears
            first_na = int(np.flatnonzero(codes < 0)[0])
            na_code = len(np.unique(codes[:first_na][codes[:first_na] >= 0]))
            codes = np.where(codes >= na_code, codes + 1, codes)
            codes[codes < 0] = na_code
        return codes.astype(np.int64)
    if "parent_id" in comments.columns:
        return np.zeros(len(comments), dtype=np.int64)
    return np.arange(len(comments), dtype=np.int64)


def _row_costs(comments: pd.DataFrame) -> np.ndarray:
    if "text" in comments.columns:
        lengths = comments["text"].astype(object).map(
            lambda t: len(t) if isinstance(t, str) else 0).to_numpy(dtype=np.int64)
    else:
        lengths = np.zeros(len(comments), dtype=np.int64)
    return lengths + _ROW_COST


def _plan_chunks(codes: np.ndarray, costs: np.ndarray, n_chunks: int,
                 max_rows: int | None) -> np.ndarray:
    """Chunk number of each group: consecutive groups, balanced by cost, at most ``max_rows``."""
    n_groups = int(codes.max()) + 1 if len(codes) else 0
    group_cost = np.bincount(codes, weights=costs, minlength=n_groups)
    group_rows = np.bincount(codes, minlength=n_groups)
    target = group_cost.sum() / max(n_chunks, 1)
    chunk_of_group = np.empty(n_groups, dtype=np.int64)
    chunk, acc_cost, acc_rows = 0, 0.0, 0
    for g in range(n_groups):
        over_cost = max_rows is None and acc_cost >= target
        over_rows = max_rows is not None and acc_rows + group_rows[g] > max_rows
        if acc_rows and (over_cost or over_rows):
            chunk, acc_cost, acc_rows = chunk + 1, 0.0, 0
        chunk_of_group[g] = chunk
        acc_cost += group_cost[g]
        acc_rows += group_rows[g]
    return chunk_of_group


def _n_jobs(n_jobs: int | None) -> int:
    if n_jobs is None:
        return 1
    if n_jobs < 0:
        return max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    if n_jobs == 0:
        raise StanceError("n_jobs=0 makes no sense: use 1 (one process), k > 1 processes, "
                          "or -1 (one per CPU).")
    return int(n_jobs)


class _Splitter:
    """Selects, for a set of groups, the rows of the comments and of the aligned tables."""

    def __init__(self, comments: pd.DataFrame, codes: np.ndarray, by: str):
        self.comments = comments
        self.codes = codes
        self.by = by
        self._cid_code: pd.Series | None = None

    def aligned_codes(self, table: pd.DataFrame, name: str) -> np.ndarray | None:
        """Group codes of the rows of an aligned table, or None if it cannot be split."""
        comments, by = self.comments, self.by
        if by in table.columns and by in comments.columns:
            keys = pd.Series(self.codes, index=pd.Index(comments[by].astype(object)))
            keys = keys[~keys.index.duplicated()]
            values = table[by].astype(object)
            na_code = keys[keys.index.isna()]
            mapped = values.map(keys[keys.index.notna()])
            if len(na_code):
                mapped[values.isna()] = na_code.iloc[0]
            return mapped.fillna(-1).to_numpy(dtype=np.int64)
        if "comment_id" in table.columns and "comment_id" in comments.columns:
            if self._cid_code is None:
                cids = comments["comment_id"].astype(object)
                if cids.duplicated().any():
                    return None
                self._cid_code = pd.Series(self.codes, index=pd.Index(cids))
            return table["comment_id"].astype(object).map(self._cid_code).fillna(-1).to_numpy(
                dtype=np.int64)
        return None


def _split_args(args: tuple, kwargs: dict, splitter: _Splitter):
    """Find the DataFrame arguments and their group codes; None if one cannot be split."""
    aligned: dict[tuple[str, Any], np.ndarray] = {}
    for i, value in enumerate(args):
        if isinstance(value, pd.DataFrame):
            codes = splitter.aligned_codes(value, f"argument {i + 2}")
            if codes is None:
                return None
            aligned[("arg", i)] = codes
    for name, value in kwargs.items():
        if isinstance(value, pd.DataFrame):
            codes = splitter.aligned_codes(value, name)
            if codes is None:
                return None
            aligned[("kw", name)] = codes
    return aligned


def _concat(results: list[pd.DataFrame]) -> pd.DataFrame:
    nonempty = [r for r in results if len(r)]
    if not nonempty:
        return results[0].reset_index(drop=True) if results else pd.DataFrame()
    if len(nonempty) == 1:
        return nonempty[0].reset_index(drop=True)
    return pd.concat(nonempty, ignore_index=True)


def _restore_order(result: pd.DataFrame, comments: pd.DataFrame, by: str) -> pd.DataFrame:
    """Stable-sort result rows by the input position of the comment they belong to."""
    keys = [c for c in (by, "comment_id") if c in result.columns and c in comments.columns]
    if "comment_id" not in keys or result.empty:
        return result
    left = pd.MultiIndex.from_frame(comments[keys].astype(object))
    right = pd.MultiIndex.from_frame(result[keys].astype(object))
    pos = pd.Series(np.arange(len(comments)), index=left)
    pos = pos[~pos.index.duplicated()]
    where = pos.reindex(right).to_numpy()
    where = np.where(np.isnan(where.astype(float)), np.inf, where.astype(float))
    order = np.argsort(where, kind="stable")
    return result.iloc[order].reset_index(drop=True)


def _call_serial(wrapper: Callable, comments, args, kwargs):
    """Worker entry: the decorated function, one process, no progress bar."""
    return wrapper(comments, *args, n_jobs=1, **kwargs)


# ----------------------------------------------------------------------------- decorator
def partitioned(func: Callable | None = None, *, by: str = "thread_id"):
    """Make a scorer run in worker processes and on Dask, split by thread.

    The decorated function ``f(comments, *args, **kwargs) -> DataFrame`` gains
    the keyword options below and accepts a :class:`dask.dataframe.DataFrame`.
    With pandas input ``f`` may also return a dict of DataFrames (e.g. every
    table of the pipeline for one chunk, so the comments travel to the workers
    once); each table is concatenated on its own.

    - pandas input, ``n_jobs=1`` (default): calls ``f`` unchanged.
    - pandas input, ``n_jobs > 1`` (or -1 for one per CPU): splits the rows into
      chunks of whole threads (column ``by``; rows without one form one group;
      a frame with neither ``by`` nor ``parent_id`` is split row by row), runs
      ``f`` on each chunk in a pool of processes (joblib, loky backend; workers
      are reused between calls), and concatenates the results in the original
      order with a fresh RangeIndex.
    - Dask input: returns ``ddf.map_partitions(f, ...)``, a lazy Dask frame.
      Every thread must lie in one partition: see :func:`partition_by_thread`.
      Compute it and reset its index to get the pandas result.

    DataFrame arguments that belong to the comments (such as ``sentences=``,
    ``stances=`` or ``sentiment=``) are split with them: by their ``by`` column
    when they have one, else by ``comment_id``. When such a table cannot be
    matched to the comments (no shared key, or comment ids repeated across
    threads without a thread column), ``f`` runs in one process.

    Parameters
    ----------
    func : callable
        The scorer; its first argument is the comment table.
    by : str
        The column naming the thread.

    Notes
    -----
    Options added to the decorated function:

    n_jobs : int, default 1
        Number of worker processes; -1 for one per CPU.
    chunksize : int, optional
        Maximum number of rows per chunk (a thread larger than this is one
        chunk). By default the comments are cut into ``4 * n_jobs`` chunks of
        about the same amount of text.
    progress : bool, optional
        Progress bar over chunks when running in processes; None shows it for
        20,000 comments or more. When ``f`` has its own ``progress`` option the
        value is passed to it on the one-process path.
    meta : DataFrame, optional
        Dask only: an empty frame with the columns and dtypes of the result. By
        default ``f`` is run on an empty comment table to find them, so ``f``
        must return a correctly typed empty frame for empty input.

    The result for a chunk must depend only on the threads in it, and the rows
    must come in the order of the comments they belong to; then the result is
    identical to ``f(comments)``.

    Examples
    --------
    >>> @partitioned
    ... def lengths(comments):
    ...     return pd.DataFrame({"comment_id": comments["comment_id"],
    ...                          "n": comments["text"].str.len()})
    >>> frame = pd.DataFrame({"thread_id": ["a", "a", "b"], "comment_id": ["1", "2", "3"],
    ...                       "text": ["hi", "hello", "hey"]})
    >>> lengths(frame, n_jobs=1)["n"].tolist()
    [2, 5, 3]
    """
    if func is None:
        return functools.partial(partitioned, by=by)

    sig = inspect.signature(func)
    takes_progress = "progress" in sig.parameters
    progress_default = (sig.parameters["progress"].default
                        if takes_progress else None)
    if progress_default is inspect.Parameter.empty:
        progress_default = None

    @functools.wraps(func)
    def wrapper(comments, *args, n_jobs: int | None = 1, chunksize: int | None = None,
                meta: pd.DataFrame | None = None, **kwargs):
        if takes_progress:
            progress = kwargs.get("progress", progress_default)
        else:
            progress = kwargs.pop("progress", None)
        if is_dask(comments):
            return _run_dask(wrapper, comments, args, kwargs, by=by, meta=meta)
        jobs = _n_jobs(n_jobs)
        if jobs == 1 or not isinstance(comments, pd.DataFrame) or len(comments) < 2:
            return func(comments, *args, **kwargs)
        return _run_processes(wrapper, func, comments, args, kwargs, by=by, n_jobs=jobs,
                              chunksize=chunksize, progress=progress,
                              takes_progress=takes_progress)

    params = list(sig.parameters.values())
    extra = [inspect.Parameter("n_jobs", inspect.Parameter.KEYWORD_ONLY, default=1,
                               annotation="int | None"),
             inspect.Parameter("chunksize", inspect.Parameter.KEYWORD_ONLY, default=None,
                               annotation="int | None")]
    if not takes_progress:
        extra.append(inspect.Parameter("progress", inspect.Parameter.KEYWORD_ONLY,
                                       default=None, annotation="bool | None"))
    extra.append(inspect.Parameter("meta", inspect.Parameter.KEYWORD_ONLY, default=None))
    var_kw = [p for p in params if p.kind is inspect.Parameter.VAR_KEYWORD]
    params = [p for p in params if p.kind is not inspect.Parameter.VAR_KEYWORD]
    wrapper.__signature__ = sig.replace(parameters=params + extra + var_kw)
    wrapper.partitioned_by = by
    return wrapper


def _run_processes(wrapper, func, comments, args, kwargs, *, by, n_jobs, chunksize, progress,
                   takes_progress):
    codes = _group_codes(comments, by)
    n_groups = int(codes.max()) + 1
    if n_groups < 2:
        return func(comments, *args, **kwargs)
    splitter = _Splitter(comments, codes, by)
    aligned = _split_args(args, kwargs, splitter)
    if aligned is None:
        return func(comments, *args, **kwargs)
    chunk_of_group = _plan_chunks(codes, _row_costs(comments), 4 * n_jobs, chunksize)
    n_chunks = int(chunk_of_group.max()) + 1
    if n_chunks < 2:
        return func(comments, *args, **kwargs)
    row_chunk = chunk_of_group[codes]
    aligned_chunk = {k: np.where(c >= 0, chunk_of_group[np.maximum(c, 0)], -1)
                     for k, c in aligned.items()}
    worker_kwargs = dict(kwargs)
    if takes_progress:
        worker_kwargs["progress"] = False

    def tasks():
        for c in range(n_chunks):
            part = comments.iloc[np.flatnonzero(row_chunk == c)]
            a = list(args)
            kw = dict(worker_kwargs)
            for (kind, key), where in aligned_chunk.items():
                table = args[key] if kind == "arg" else kwargs[key]
                piece = table.iloc[np.flatnonzero(where == c)]
                if kind == "arg":
                    a[key] = piece
                else:
                    kw[key] = piece
            yield part, tuple(a), kw

    from joblib import Parallel, delayed

    rows = np.bincount(row_chunk, minlength=n_chunks)
    results = []
    with _progress_bar(len(comments), getattr(func, "__name__", "scoring"), progress) as bar:
        parallel = Parallel(n_jobs=n_jobs, backend="loky", return_as="generator")
        for c, result in enumerate(parallel(delayed(_call_serial)(wrapper, part, a, kw)
                                            for part, a, kw in tasks())):
            results.append(result)
            bar.update(int(rows[c]))
    contiguous = bool(np.all(np.diff(row_chunk) >= 0))
    if results and isinstance(results[0], Mapping):
        # several tables at once (e.g. the whole pipeline per chunk): concatenate each
        return {name: (_concat([r[name] for r in results]) if contiguous else
                       _restore_order(_concat([r[name] for r in results]), comments, by))
                for name in results[0]}
    out = _concat(results)
    if not contiguous:
        out = _restore_order(out, comments, by)
    return out


# ----------------------------------------------------------------------------- dask
def _filter_to_partition(table: pd.DataFrame, part: pd.DataFrame, by: str) -> pd.DataFrame:
    if by in table.columns and by in part.columns:
        keys = part[by].astype(object)
        values = table[by].astype(object)
        mask = values.isin(set(keys.dropna()))
        if keys.isna().any():
            mask |= values.isna()
        return table[mask.to_numpy()]
    if "comment_id" in table.columns and "comment_id" in part.columns:
        return table[table["comment_id"].isin(part["comment_id"]).to_numpy()]
    raise StanceError(
        f"cannot match a table with columns {list(table.columns)} to the comments of a Dask "
        f"partition: it needs a {by!r} or 'comment_id' column.")


def _dask_partition(part: pd.DataFrame, *dask_tables, wrapper, args, kwargs, by,
                    pandas_slots, dask_slots):
    a = list(args)
    kw = dict(kwargs)
    for (kind, key) in pandas_slots:
        table = a[key] if kind == "arg" else kw[key]
        piece = _filter_to_partition(table, part, by)
        if kind == "arg":
            a[key] = piece
        else:
            kw[key] = piece
    for (kind, key), piece in zip(dask_slots, dask_tables):
        if kind == "arg":
            a[key] = piece
        else:
            kw[key] = piece
    out = wrapper(part, *a, n_jobs=1, **kw)
    return out.reset_index(drop=True)


def _run_dask(wrapper, ddf, args, kwargs, *, by, meta):
    pandas_slots, dask_slots, dask_tables = [], [], []
    meta_args, meta_kwargs = list(args), dict(kwargs)
    slots = [(("arg", i), v) for i, v in enumerate(args)]
    slots += [(("kw", name), v) for name, v in kwargs.items()]
    for slot, value in slots:
        if isinstance(value, pd.DataFrame):
            pandas_slots.append(slot)
            empty = value.iloc[:0]
        elif is_dask(value):
            dask_slots.append(slot)
            dask_tables.append(value)
            empty = value._meta
        else:
            continue
        kind, key = slot
        (meta_args if kind == "arg" else meta_kwargs)[key] = empty
    for table in dask_tables:
        if table.npartitions != ddf.npartitions:
            raise StanceError(
                f"a Dask table passed with the comments has {table.npartitions} partitions, "
                f"the comments {ddf.npartitions}; partition both by thread the same way "
                f"(stance.engine.partition_by_thread) or pass the table as pandas.")
    if "progress" in kwargs:
        meta_kwargs["progress"] = False
    if meta is None:
        meta = wrapper(ddf._meta, *meta_args, n_jobs=1, **meta_kwargs).iloc[:0]
        meta = meta.reset_index(drop=True)
    fn = functools.partial(_dask_partition, wrapper=wrapper, args=tuple(args), kwargs=kwargs,
                           by=by, pandas_slots=pandas_slots, dask_slots=dask_slots)
    return ddf.map_partitions(fn, *dask_tables, meta=meta, align_dataframes=False,
                              enforce_metadata=False)


def _pack_groups(frame: pd.DataFrame, by: str, npartitions: int) -> list[pd.DataFrame]:
    codes = _group_codes(frame, by)
    if not len(frame):
        return [frame]
    chunk_of_group = _plan_chunks(codes, _row_costs(frame), npartitions, None)
    row_chunk = chunk_of_group[codes]
    return [frame.iloc[np.flatnonzero(row_chunk == c)] for c in range(int(row_chunk.max()) + 1)]


def partition_by_thread(data, npartitions: int, *, by: str = "thread_id"):
    """Return a Dask frame in which every thread lies in one partition.

    Parameters
    ----------
    data : pandas or dask DataFrame
        The comments. A pandas frame is cut into ``npartitions`` runs of whole
        threads balanced by text length, keeping the row order and the index, so
        ``score(result).compute().reset_index(drop=True)`` equals
        ``score(data)``. The data go into the task graph, which suits corpora
        that fit in memory; for larger ones read them with Dask
        (``dd.read_parquet``) and pass the Dask frame. A Dask frame is
        shuffled on ``by`` (hash partitioning): each thread ends up in one
        partition, but threads are no longer in their original order and the
        rows of a thread are not guaranteed to keep theirs (the scorers order
        a thread by its ``position`` column), so compare results after sorting.
    npartitions : int
        Number of partitions (a pandas frame with fewer threads gets fewer).
    by : str
        The column naming the thread. Rows without a value form one group.

    Returns
    -------
    dask.dataframe.DataFrame
    """
    import dask
    import dask.dataframe as dd

    if npartitions < 1:
        raise StanceError(f"npartitions must be at least 1, got {npartitions}")
    if is_dask(data):
        if by not in data.columns:
            raise StanceError(f"partition_by_thread: the comments have no column {by!r}; "
                              f"pass by= the column naming the thread.")
        return data.shuffle(on=by, npartitions=npartitions)
    if not isinstance(data, pd.DataFrame):
        raise StanceError(f"partition_by_thread expects a pandas or Dask DataFrame, got "
                          f"{type(data).__name__}.")
    parts = _pack_groups(data, by, npartitions)
    return dd.from_delayed([dask.delayed(p) for p in parts], meta=data.iloc[:0],
                           verify_meta=False)


# ----------------------------------------------------------------------------- parquet
def _to_table(frame: pd.DataFrame, schema):
    import pyarrow as pa

    if schema is None:
        table = pa.Table.from_pandas(frame, preserve_index=False)
        fields = [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f
                  for f in table.schema]
        schema = pa.schema(fields, metadata=table.schema.metadata)
        return table.cast(schema), schema
    try:
        return pa.Table.from_pandas(frame, schema=schema, preserve_index=False), schema
    except (pa.ArrowInvalid, pa.ArrowTypeError, KeyError) as exc:
        raise StanceError(
            f"stream_parquet: a batch result does not fit the schema of the first one ({exc}); "
            f"make the scoring function return fixed dtypes or pass schema=.") from exc


class _Sink:
    def __init__(self, path, schema=None):
        self.path = path
        self.schema = schema
        self.writer = None
        self.rows = 0

    def write(self, frame: pd.DataFrame):
        import pyarrow.parquet as pq

        if not len(frame):
            return
        table, self.schema = _to_table(frame, self.schema)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        self.writer.write_table(table)
        self.rows += len(frame)

    def close(self, empty_result: pd.DataFrame | None):
        import pyarrow.parquet as pq

        if self.writer is None:
            frame = empty_result if empty_result is not None else pd.DataFrame()
            table, self.schema = _to_table(frame.iloc[:0], self.schema)
            pq.write_table(table, self.path)
        else:
            self.writer.close()


def stream_parquet(source, dest, func: Callable[..., Any], *, columns: list[str] | None = None,
                   batch_rows: int = 50_000, by: str = "thread_id", schema=None,
                   progress: bool | None = True, **kwargs) -> dict:
    """Score a Parquet file of comments into a Parquet file, batch by batch.

    Reads ``source`` in batches of ``batch_rows`` rows
    (:meth:`pyarrow.parquet.ParquetFile.iter_batches`), passes each batch as a
    pandas frame to ``func`` and appends the result to ``dest``
    (:class:`pyarrow.parquet.ParquetWriter`), so only about one batch is in
    memory at a time. Threads are kept whole: the rows of the last thread of a
    batch are held back and scored with the next batch.

    The file must be sorted by thread (the rows of a thread consecutive, as
    :func:`stance.read_thread` and :func:`stance.synthetic.synthetic_corpus`
    give them); a thread that reappears after other threads raises
    :class:`~stance.errors.StanceError` naming it.

    Parameters
    ----------
    source : str or path
        Parquet file of comments (any columns ``func`` needs).
    dest : str or path, or mapping of name to path
        Parquet file to write. When a mapping, ``func`` returns a mapping with
        the same keys (e.g. ``{"sentiment": ..., "stances": ...}``) and each
        table goes to its own file.
    func : callable
        ``func(comments, **kwargs) -> DataFrame`` (or mapping of DataFrames),
        e.g. ``stance.score_sentiment``, or a :func:`partitioned` scorer with
        ``n_jobs=2`` to also use several processes per batch.
    columns : list of str, optional
        Columns to read (all by default).
    batch_rows : int
        Rows read per batch (a thread longer than this is still scored whole).
    by : str
        The column naming the thread.
    schema : pyarrow.Schema or mapping of name to Schema, optional
        Schema of the output; by default that of the first non-empty result
        (columns that are all null there are written as strings).
    progress : bool or None
        Progress bar over the rows of ``source``; None shows it from 20,000
        rows.
    **kwargs
        Passed to ``func``.

    Returns
    -------
    dict
        ``{"rows_in": int, "rows_out": int or dict, "batches": int}``.
    """
    import pyarrow.parquet as pq

    if batch_rows < 1:
        raise StanceError(f"batch_rows must be at least 1, got {batch_rows}")
    multi = isinstance(dest, Mapping)
    dests = dict(dest) if multi else {None: dest}
    schemas = dict(schema) if (multi and isinstance(schema, Mapping)) else {
        k: schema for k in dests}
    sinks = {k: _Sink(path, schemas.get(k)) for k, path in dests.items()}
    pf = pq.ParquetFile(source)
    if by not in pf.schema_arrow.names:
        raise StanceError(f"stream_parquet: {source} has no column {by!r} (it has "
                          f"{', '.join(pf.schema_arrow.names)}); pass by= the thread column.")
    if columns is not None and by not in columns:
        columns = list(columns) + [by]
    seen: set = set()
    carry: pd.DataFrame | None = None
    empty_result = {}
    batches = rows_in = 0

    def run(frame: pd.DataFrame):
        nonlocal batches
        out = func(frame.reset_index(drop=True), **kwargs)
        outs = out if multi else {None: out}
        if multi and set(outs) != set(dests):
            raise StanceError(f"stream_parquet: func returned tables {sorted(outs)}, "
                              f"dest names {sorted(dests)}; they must match.")
        for k, table in outs.items():
            sinks[k].write(table)
            empty_result.setdefault(k, table.iloc[:0])
        batches += 1

    def check_runs(keys: pd.Series, done: set):
        obj = keys.astype(object).where(keys.notna(), None)
        starts = np.array(obj.ne(obj.shift()), dtype=bool)
        starts[0] = True
        run_keys = obj[starts]
        dup = run_keys[run_keys.duplicated()]
        if len(dup):
            raise StanceError(
                f"stream_parquet: thread {dup.iloc[0]!r} in {source} is not in one block of rows; "
                f"sort the file by {by!r} (e.g. df.sort_values({by!r}, kind='stable')) first.")
        again = [k for k in run_keys if k in done]
        if again:
            raise StanceError(
                f"stream_parquet: thread {again[0]!r} reappears in {source} after other threads; "
                f"sort the file by {by!r} (e.g. df.sort_values({by!r}, kind='stable')) first.")
        return list(run_keys)

    total = pf.metadata.num_rows
    with _progress_bar(total, "stream_parquet", progress) as bar:
        for batch in pf.iter_batches(batch_size=batch_rows, columns=columns):
            frame = batch.to_pandas()
            rows_in += len(frame)
            if not len(frame):
                continue
            if carry is not None:
                frame = pd.concat([carry, frame], ignore_index=True)
            keys = frame[by]
            run_keys = check_runs(keys, seen)
            last = run_keys[-1]
            obj = keys.astype(object).where(keys.notna(), None)
            tail = (obj == last).to_numpy() if last is not None else obj.isna().to_numpy()
            head = frame[~tail]
            carry = frame[tail]
            if len(head):
                run(head)
                bar.update(len(head))
            seen.update(run_keys[:-1])
        if carry is not None and len(carry):
            run(carry)
            bar.update(len(carry))
    if batches == 0:
        # empty file: still write the (typed) empty result
        empty_frame = pf.schema_arrow.empty_table().to_pandas()
        out = func(empty_frame, **kwargs)
        outs = out if multi else {None: out}
        empty_result = {k: v.iloc[:0] for k, v in outs.items()}
    for k, sink in sinks.items():
        sink.close(empty_result.get(k))
    rows_out = {k: s.rows for k, s in sinks.items()}
    return {"rows_in": rows_in, "rows_out": rows_out if multi else rows_out[None],
            "batches": batches}
