"""The comment table: its schema, validation and reply-tree helpers.

Every reader in :mod:`stance.readers` builds a raw frame of records and hands
it to :func:`validate_comments`, which fills in defaults, checks ids, computes
``position``, ``depth`` and the flags, and gives every column its dtype. The
same function normalises a table a user builds by hand.
"""

from __future__ import annotations

import re
import numpy as np
import pandas as pd

from .errors import StanceError

__all__ = [
    "CORE_COLUMNS",
    "FLAG_COLUMNS",
    "KINDS",
    "ancestors",
    "reply_edges",
    "validate_comments",
]

#: The columns every comment table has, in this order.
CORE_COLUMNS = [
    "thread_id", "comment_id", "parent_id", "author", "created_at", "position", "depth",
    "kind", "text", "is_deleted", "is_spam", "is_orphan",
]
#: Flags :func:`validate_comments` adds after the core columns.
FLAG_COLUMNS = ["is_empty", "has_html", "text_repaired"]
#: Allowed values of ``kind``.
KINDS = ("comment", "article", "more")

STRING = pd.StringDtype()
TIMESTAMP = "datetime64[ns, UTC]"

#: dtypes of the core, flag and known extra columns (extras only when present).
SCHEMA: dict[str, object] = {
    "thread_id": STRING, "comment_id": STRING, "parent_id": STRING, "author": STRING,
    "created_at": TIMESTAMP, "position": "int64", "depth": "int64", "kind": STRING,
    "text": STRING, "is_deleted": "bool", "is_spam": "bool", "is_orphan": "bool",
    "is_empty": "bool", "has_html": "bool", "text_repaired": "bool",
    # extras some readers add
    "title": STRING, "date_text": STRING, "url": STRING, "source_line": "Int64",
    "more_count": "Int64", "score": "Int64",
}

# Values that mean "no parent" in user files, when no comment has that id.
_NO_PARENT = {"", "0", "-1", "none", "null", "nan", "nat", "<na>"}

_HTML_RE = re.compile(
    r"<\s*/?\s*(?:p|br|a|b|i|u|em|strong|div|span|blockquote|ul|ol|li|img|code|pre|h[1-6])\b[^>]*>"
    r"|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});",
    re.IGNORECASE,
)
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f", ""}


def _where(source: str | None) -> str:
    return f" in {source}" if source else ""


def _to_id(value: object) -> object:
    """An id as a string: ints and integral floats lose their ``.0``; missing -> NA."""
    if value is None or value is pd.NA:
        return pd.NA
    if isinstance(value, float):
        if np.isnan(value):
            return pd.NA
        if value.is_integer():
            return str(int(value))
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (np.integer, np.floating)):
        return _to_id(value.item())
    return str(value)


def _to_bool(series: pd.Series, name: str, source: str | None, lines) -> pd.Series:
    if series.dtype == bool:
        return series.copy()
    out = []
    for i, value in enumerate(series.tolist()):
        if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
            out.append(False)
        elif isinstance(value, (bool, np.bool_)):
            out.append(bool(value))
        elif isinstance(value, (int, float, np.integer, np.floating)) and value in (0, 1):
            out.append(bool(value))
        elif str(value).strip().lower() in _TRUE:
            out.append(True)
        elif str(value).strip().lower() in _FALSE:
            out.append(False)
        else:
            raise StanceError(
                f"column {name!r}{_where(source)}, {_record(lines, series.index[i], i)}: "
                f"{value!r} is not a true/false value; use true/false, 1/0 or yes/no."
            )
    return pd.Series(out, index=series.index, dtype=bool)


def _record(lines, label, i) -> str:
    if lines is not None:
        return f"line {lines[i]}"
    return f"row {label}"


def _to_timestamp(series: pd.Series, source: str | None, lines) -> pd.Series:
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series.dt.tz_convert("UTC").astype(TIMESTAMP)
    if pd.api.types.is_datetime64_dtype(series.dtype):
        return series.dt.tz_localize("UTC").astype(TIMESTAMP)
    values = series.astype(object).where(series.notna(), None)
    values = values.map(lambda v: None if isinstance(v, str) and not v.strip() else v)
    numeric = values.map(lambda v: isinstance(v, (int, float, np.integer, np.floating))
                         and not isinstance(v, bool))
    out = pd.Series(pd.NaT, index=series.index, dtype=TIMESTAMP)
    if numeric.any():
        out[numeric] = pd.to_datetime(values[numeric].astype(float), unit="s", utc=True)
    rest = values[~numeric & values.notna()]
    if len(rest):
        parsed = pd.to_datetime(rest.astype(str), utc=True, errors="coerce", format="ISO8601")
        bad = parsed.isna()
        if bad.any():
            # retry the failures with pandas' general parser (e.g. "March 24, 2020 10:00")
            retry = pd.Series(pd.NaT, index=rest.index[bad], dtype=TIMESTAMP)
            for label in retry.index:
                try:
                    retry[label] = pd.to_datetime(str(rest[label]), utc=True)
                except (ValueError, TypeError, OverflowError):
                    i = series.index.get_loc(label)
                    raise StanceError(
                        f"column 'created_at'{_where(source)}, {_record(lines, label, i)}: "
                        f"cannot read {rest[label]!r} as a date; use ISO 8601 "
                        f"(2020-03-24T10:00:00Z) or Unix seconds."
                    ) from None
            parsed[bad] = retry
        out[rest.index] = parsed.astype(TIMESTAMP)
    return out


def _strings(series: pd.Series, *, empty_is_na: bool) -> pd.Series:
    values = [v if type(v) is str else _to_id(v) for v in series.tolist()]
    out = pd.Series(pd.array(values, dtype=STRING), index=series.index)
    if empty_is_na:
        out = out.mask(out == "", pd.NA)
    return out


def validate_comments(comments: pd.DataFrame, *, source: str | None = None,
                      duplicates: str = "error") -> pd.DataFrame:
    """Check a comment table and return it in canonical form.

    Fills in missing columns, converts dtypes, computes ``position`` (when
    absent), ``depth`` and the flags, and checks ids. The input is not changed.

    Parameters
    ----------
    comments : DataFrame
        At least a ``text`` column; any of the columns documented in
        :func:`stance.read_thread` may be present. Missing ones are filled:
        ``thread_id`` "thread", ``comment_id`` "c1", "c2"... in row order per
        thread, ``parent_id``/``author``/``created_at`` missing, ``kind``
        "comment", ``is_deleted``/``is_spam`` False.
    source : str, optional
        File name used in error messages.
    duplicates : {"error", "rename"}
        What to do when a ``comment_id`` occurs twice in a thread: raise a
        :class:`~stance.errors.StanceError` naming the ids (default), or keep
        every row and give the later ones the id ``"<id>~2"``, ``"<id>~3"``...
        (flagged in an ``is_duplicate`` column; replies point to the first).

    Returns
    -------
    DataFrame
        The columns of :data:`CORE_COLUMNS`, then ``is_empty``, ``has_html``
        and ``text_repaired``, then the other columns in their input order.
        Rows sorted by thread (in order of first appearance), then ``position``.
        See :func:`stance.read_thread` for the meaning of every column.

    Raises
    ------
    StanceError
        On duplicate ids (unless ``duplicates="rename"``), reply cycles, an
        unknown ``kind``, unreadable dates or flags. The message names the file,
        the line (when a ``source_line`` column exists) or row, and the ids.

    Notes
    -----
    ``depth`` is computed from the parent chain: 0 for a top-level comment,
    parent's depth + 1 for a reply, -1 for the article. A comment whose parent is
    not in the thread is kept, flagged ``is_orphan`` and given depth 0 (its
    replies 1, 2...). A ``parent_id`` of "", "0", "-1", "none" or "null" that is
    not itself a comment id means top level.

    ``position`` (when the input has no complete ``position`` column): articles
    first, then comments by ``created_at`` if every comment has one (ties keep
    row order), otherwise in row order; ``"more"`` placeholders last.

    Examples
    --------
    >>> import pandas as pd
    >>> t = validate_comments(pd.DataFrame({"comment_id": ["a", "b", "c"],
    ...                                     "parent_id": [None, "a", "zz"],
    ...                                     "text": ["hi", "yes", " "]}))
    >>> t[["comment_id", "depth", "is_orphan", "is_empty"]]
      comment_id  depth  is_orphan  is_empty
    0          a      0      False     False
    1          b      1      False     False
    2          c      0       True      True
    """
    if not isinstance(comments, pd.DataFrame):
        raise StanceError(
            f"validate_comments expects a pandas DataFrame, got {type(comments).__name__}; "
            f"load a thread with stance.read_thread()."
        )
    if "text" not in comments.columns:
        have = ", ".join(map(str, comments.columns)) or "none"
        raise StanceError(
            f"the comment table{_where(source)} has no 'text' column (it has: {have}); "
            f"rename your columns, e.g. read_thread(path, columns={{'body': 'text'}})."
        )
    if duplicates not in ("error", "rename"):
        raise StanceError(f"duplicates must be 'error' or 'rename', not {duplicates!r}.")
    df = comments.copy()
    df.index = pd.RangeIndex(len(df))
    lines = df["source_line"].tolist() if "source_line" in df.columns else None
    if lines is not None and any(pd.isna(x) for x in lines):
        lines = None
    n = len(df)

    # --- fill and convert -------------------------------------------------------
    if "thread_id" not in df.columns:
        df["thread_id"] = "thread"
    df["thread_id"] = _strings(df["thread_id"], empty_is_na=True).fillna("thread")
    if "kind" not in df.columns:
        df["kind"] = "comment"
    df["kind"] = _strings(df["kind"], empty_is_na=True).fillna("comment").str.strip().str.lower()
    bad = ~df["kind"].isin(KINDS)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise StanceError(
            f"column 'kind'{_where(source)}, {_record(lines, i, i)}: {df['kind'][i]!r} is not one "
            f"of {', '.join(KINDS)}."
        )
    text = df["text"].astype(object).where(df["text"].notna(), "")
    df["text"] = text.map(lambda v: v if isinstance(v, str) else str(_to_id(v))).astype(STRING)
    if "comment_id" not in df.columns:
        df["comment_id"] = pd.NA
    df["comment_id"] = _strings(df["comment_id"], empty_is_na=True)
    missing_id = df["comment_id"].isna()
    if missing_id.any():
        counter = df.groupby("thread_id", sort=False).cumcount() + 1
        df.loc[missing_id, "comment_id"] = ("c" + counter.astype(str))[missing_id]
    for col in ("parent_id", "author"):
        if col not in df.columns:
            df[col] = pd.NA
        df[col] = _strings(df[col], empty_is_na=True)
    df["created_at"] = (_to_timestamp(df["created_at"], source, lines)
                        if "created_at" in df.columns
                        else pd.Series(pd.NaT, index=df.index, dtype=TIMESTAMP))
    for col in ("is_deleted", "is_spam"):
        df[col] = (_to_bool(df[col], col, source, lines) if col in df.columns
                   else pd.Series(False, index=df.index))
    df["text_repaired"] = (_to_bool(df["text_repaired"], "text_repaired", source, lines)
                           if "text_repaired" in df.columns else pd.Series(False, index=df.index))
    for col in df.columns:
        if col in CORE_COLUMNS or col in FLAG_COLUMNS:
            continue
        if col in SCHEMA:
            df[col] = _convert_extra(df[col], col, SCHEMA[col])
        elif _all_strings(df[col]):
            df[col] = df[col].astype(object).where(df[col].notna(), pd.NA).astype(STRING)

    # --- ids --------------------------------------------------------------------
    key = df["thread_id"].astype(object) + "\x00" + df["comment_id"].astype(object)
    dup = key.duplicated(keep=False)
    if dup.any():
        if duplicates == "error":
            shown = []
            for (thread, cid), group in df[dup].groupby(["thread_id", "comment_id"], sort=False):
                where = ", ".join(_record(lines, j, j) for j in group.index[:4])
                shown.append(f"{cid!r} (thread {thread!r}: {where})")
            raise StanceError(
                f"duplicate comment ids{_where(source)}: {'; '.join(shown[:10])}"
                f"{' ...' if len(shown) > 10 else ''}. Each comment needs its own id; fix the file "
                f"or pass duplicates='rename' to keep every row."
            )
        later = key.duplicated(keep="first")
        nth = key.groupby(key).cumcount() + 1
        df["is_duplicate"] = later.to_numpy()
        df.loc[later, "comment_id"] = (df["comment_id"].astype(object) + "~"
                                       + nth.astype(str))[later]

    # --- tree: parents, orphans, cycles, depth ----------------------------------
    parent = df["parent_id"].astype(object).tolist()
    cids = df["comment_id"].astype(object).tolist()
    threads = df["thread_id"].astype(object).tolist()
    kinds = df["kind"].astype(object).tolist()
    by_thread: dict[str, dict[str, int]] = {}
    for i, (t, c) in enumerate(zip(threads, cids)):
        by_thread.setdefault(t, {}).setdefault(c, i)
    orphan = np.zeros(n, dtype=bool)
    parent_row = np.full(n, -1, dtype=np.int64)
    for i in range(n):
        p = parent[i]
        if p is pd.NA:
            continue
        ids = by_thread[threads[i]]
        if p in ids:
            parent_row[i] = ids[p]
        elif p.strip().lower() in _NO_PARENT:
            parent[i] = pd.NA
        else:
            orphan[i] = True
    df["parent_id"] = pd.array(parent, dtype=STRING)
    depth = _depths(parent_row, kinds, cids, threads, source)
    df["depth"] = depth
    df["is_orphan"] = orphan

    # --- position and order -----------------------------------------------------
    if "position" in df.columns and df["position"].notna().all():
        try:
            df["position"] = pd.to_numeric(df["position"]).astype("int64")
        except (ValueError, TypeError):
            raise StanceError(f"column 'position'{_where(source)} must hold integers.") from None
    else:
        df["position"] = _positions(df)
    thread_order = {t: k for k, t in enumerate(dict.fromkeys(threads))}
    order = np.lexsort((np.arange(n), df["position"].to_numpy(),
                        np.array([thread_order[t] for t in threads])))
    df = df.iloc[order].reset_index(drop=True)

    # --- flags ------------------------------------------------------------------
    df["is_empty"] = df["text"].str.strip().fillna("").eq("").astype(bool)
    df["has_html"] = df["text"].str.contains(_HTML_RE, regex=True).fillna(False).astype(bool)
    extras = [c for c in df.columns if c not in CORE_COLUMNS + FLAG_COLUMNS]
    return df[CORE_COLUMNS + FLAG_COLUMNS + extras]


def _all_strings(series: pd.Series) -> bool:
    if not (series.dtype == object or isinstance(series.dtype, pd.StringDtype)):
        return False
    present = series.dropna()
    return bool(len(present)) and all(isinstance(v, str) for v in present)


def _convert_extra(series: pd.Series, name: str, dtype) -> pd.Series:
    if dtype == "Int64":
        try:
            return pd.to_numeric(series, errors="raise").astype("Int64")
        except (ValueError, TypeError):
            return series.astype(object).map(_to_id).astype(STRING)
    if dtype is STRING:
        return _strings(series, empty_is_na=False)
    return series


def _depths(parent_row, kinds, cids, threads, source) -> np.ndarray:
    """Depth of every row from its parent chain; raise on a reply cycle."""
    n = len(parent_row)
    unset = -2
    depth = np.full(n, unset, dtype=np.int64)
    for start in range(n):
        if depth[start] != unset:
            continue
        path: list[int] = []
        on_path: set[int] = set()
        i = start
        while True:
            if depth[i] != unset:
                base = int(depth[i])
                break
            if kinds[i] == "article":
                depth[i] = base = -1
                break
            if i in on_path:
                cycle = [cids[j] for j in path[path.index(i):]] + [cids[i]]
                raise StanceError(
                    f"reply cycle{_where(source)} in thread {threads[i]!r}: "
                    f"{' -> '.join(map(repr, cycle))} (each id's parent_id is the next one); "
                    f"a comment cannot reply to its own reply, fix the parent ids."
                )
            path.append(i)
            on_path.add(i)
            if parent_row[i] < 0:
                base = -1  # a virtual root above the top-level comments
                break
            i = int(parent_row[i])
        for j in reversed(path):
            base += 1
            depth[j] = base
    return depth


def _positions(df: pd.DataFrame) -> np.ndarray:
    pos = np.zeros(len(df), dtype=np.int64)
    for _, idx in df.groupby("thread_id", sort=False).indices.items():
        sub = df.iloc[idx]
        kind = sub["kind"].to_numpy(dtype=object)
        rank = np.where(kind == "article", 0, np.where(kind == "more", 2, 1))
        comments = kind == "comment"
        created = sub["created_at"]
        if comments.any() and created[comments].notna().all():
            ts = created.astype("int64").to_numpy()
            ts = np.where(comments, ts, 0)
        else:
            ts = np.zeros(len(sub), dtype=np.int64)
        order = np.lexsort((np.arange(len(sub)), ts, rank))
        pos[idx[order]] = np.arange(len(sub))
    return pos


def _tree_index(comments: pd.DataFrame, function: str):
    from ._checks import require_columns

    require_columns(comments, ["comment_id", "parent_id"], function=function)
    return comments


def ancestors(comments: pd.DataFrame, comment_id: str, *,
              thread_id: str | None = None) -> list[str]:
    """Ids of the comments above ``comment_id``, its parent first.

    Parameters
    ----------
    comments : DataFrame
        A comment table with ``comment_id`` and ``parent_id``.
    comment_id : str
        The comment whose ancestors are wanted.
    thread_id : str, optional
        The thread, when the table holds several.

    Returns
    -------
    list of str
        Parent, grandparent, ... up to the top-level comment (or the last id
        found in the table, for an orphan).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"comment_id": ["a", "b", "c"], "parent_id": [None, "a", "b"]})
    >>> ancestors(t, "c")
    ['b', 'a']
    """
    t = _tree_index(comments, "ancestors")
    if thread_id is not None and "thread_id" in t.columns:
        t = t[t["thread_id"] == thread_id]
    parents = dict(zip(t["comment_id"].astype(object), t["parent_id"].astype(object)))
    if comment_id not in parents:
        raise StanceError(f"ancestors: no comment with id {comment_id!r} in the table.")
    out: list[str] = []
    seen = {comment_id}
    p = parents[comment_id]
    while p is not None and not pd.isna(p):
        if p in seen:
            raise StanceError(f"ancestors: reply cycle through {p!r}.")
        out.append(p)
        seen.add(p)
        p = parents.get(p)
    return out


def reply_edges(comments: pd.DataFrame) -> pd.DataFrame:
    """The reply tree as one row per (reply, parent) edge.

    Parameters
    ----------
    comments : DataFrame
        A comment table with ``comment_id`` and ``parent_id`` (``thread_id`` used
        when present).

    Returns
    -------
    DataFrame
        One row per comment whose parent is in the table, in table order:

        - ``thread_id`` : str, the thread ("thread" when the table has none).
        - ``comment_id`` : str, the reply.
        - ``parent_id`` : str, the comment replied to.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"comment_id": ["a", "b", "c"], "parent_id": [None, "a", "x"]})
    >>> reply_edges(t)[["comment_id", "parent_id"]].values.tolist()
    [['b', 'a']]
    """
    t = _tree_index(comments, "reply_edges")
    thread = (t["thread_id"].astype(object) if "thread_id" in t.columns
              else pd.Series("thread", index=t.index, dtype=object))
    cid = t["comment_id"].astype(object)
    pid = t["parent_id"].astype(object)
    known = set(zip(thread, cid))
    keep = [pd.notna(p) and (th, p) in known for th, p in zip(thread, pid)]
    out = pd.DataFrame({"thread_id": thread[keep], "comment_id": cid[keep],
                        "parent_id": pid[keep]}).reset_index(drop=True)
    return out.astype(STRING)
