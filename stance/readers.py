"""Read comment threads from the formats users have, and write them back.

One reader per format, all ending in :func:`stance.thread.validate_comments`,
so every format gives the same table (documented on :func:`read_thread`).

Formats
-------
``"text"``
    The plain-text dump of a news site (like ``data/raw/000_*.txt``): a header
    (optional date line, title, article paragraphs), then one bullet line
    (``•``, or ``*``/``-`` when the file has no ``•``) per comment holding the
    author name, the comment's paragraphs indented below it; deeper bullets are
    replies.
``"disqus"``
    A Disqus XML export (``<disqus>`` with ``<thread>`` and ``<post>`` elements).
``"reddit"``
    The JSON of a Reddit ``/comments/<id>.json`` page (two listings).
``"csv"``, ``"jsonl"``, ``"json"``, ``"parquet"``
    Tables with one row (line, object) per comment; ``json`` is an array of
    objects. Other column names are mapped with ``columns=``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from .errors import StanceError, ThreadFormatError
from .thread import CORE_COLUMNS, FLAG_COLUMNS, SCHEMA, validate_comments

__all__ = ["FORMATS", "detect_format", "html_to_text", "read_thread", "repair_mojibake",
           "write_thread"]

#: Formats :func:`read_thread` understands.
FORMATS = ("text", "disqus", "reddit", "csv", "jsonl", "json", "parquet")

_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".xml": "disqus", ".json": "json", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv", ".parquet": "parquet", ".pq": "parquet",
}
_WRITE_FORMATS = ("csv", "parquet", "jsonl")


# ----------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------
def read_thread(source: str | os.PathLike | IO, *, format: str | None = None,
                columns: dict[str, str] | None = None, thread_id: str | None = None,
                encoding: str | None = None, duplicates: str = "error",
                safe_csv: bool = True, repair_mojibake: bool = True) -> pd.DataFrame:
    """Read a comment thread into the canonical comment table.

    Parameters
    ----------
    source : str, path or binary file object
        The file to read.
    format : {"text", "disqus", "reddit", "csv", "jsonl", "json", "parquet"}, optional
        Overrides detection. By default the format comes from the content
        (Parquet magic bytes, an XML root, a Reddit listing, JSON lines, bullet
        lines) and the file extension.
    columns : dict, optional
        For CSV/JSONL/JSON/Parquet: ``{"their_name": "our_name"}``, e.g.
        ``{"body": "text", "id": "comment_id", "reply_to": "parent_id"}``.
        Only ``text`` is required; see Returns for the names.
    thread_id : str, optional
        Thread id for sources that do not name their thread (text dump, tables
        without a ``thread_id`` column or with empty cells in it, a Reddit page
        without its post). Default: the file name without its extension
        ("thread" for file objects without a name).
    encoding : str, optional
        Text encoding. By default UTF-8 (with or without BOM; UTF-16 with a
        BOM) and, when that fails, cp1252. The encoding used is in
        ``df.attrs["encoding"]``. XML files use their own declaration.
    duplicates : {"error", "rename"}
        A comment id seen twice in a thread is an error naming the ids and lines
        (default), or with ``"rename"`` later copies become ``"<id>~2"``...
        and are flagged in an ``is_duplicate`` column.
    safe_csv : bool
        Undo the spreadsheet-formula escaping of :func:`write_thread`: a CSV
        cell of one or more ``'`` followed by ``= + - @``, tab or CR loses its
        first ``'``. (Cells that merely start with ``'`` are left alone.)
    repair_mojibake : bool
        Repair UTF-8 text that was decoded as cp1252 (``"itâ€™s"`` becomes
        ``"it’s"``) in ``text``, ``title`` and ``author``, conservatively: only
        byte sequences that form a valid UTF-8 character of Latin-1, Latin
        Extended-A or general punctuation are changed; rows changed are flagged
        ``text_repaired``. Skipped for tables that already have a
        ``text_repaired`` column (those were written by stance).

    Returns
    -------
    DataFrame
        One row per comment (plus one ``"article"`` row per thread when the
        source has the article), sorted by thread and ``position``:

        - ``thread_id`` : string. The thread (text dump/tables: ``thread_id`` or
          the file stem; Disqus: the thread's ``dsq:id``; Reddit: the post id).
        - ``comment_id`` : string, unique within the thread. Text dump: ``"c1"``,
          ``"c2"``... in file order and ``"article"``; Disqus: the post's
          ``dsq:id`` and ``"article"``; Reddit: the fullname (``"t1_abc"``, the
          post ``"t3_xyz"``) and ``"more_<parent>"`` for stubs; tables: their
          id column, else ``"c1"``... in row order.
        - ``parent_id`` : string or <NA>. The comment replied to; <NA> for
          top-level comments and the article. In tables, empty, NaN, "0",
          "-1", "none" and "null" mean top level (unless a comment has that id).
        - ``author`` : string or <NA>. Reddit's "[deleted]" author is <NA>.
        - ``created_at`` : datetime64[ns, UTC] or NaT. Table values: ISO 8601
          (naive times are taken as UTC) or Unix seconds.
        - ``position`` : int64. 0-based order of publication in the thread; the
          article is 0; comments by ``created_at`` when every comment has one,
          else in source order; Reddit ``"more"`` stubs last. Kept from the
          table when it has a complete ``position`` column.
        - ``depth`` : int64. 0 top-level, parent's depth + 1 for replies, -1 for
          the article, 0 for an orphan (computed from the parents; the text dump's
          indentation gives the parents).
        - ``kind`` : string. ``"comment"``, ``"article"`` or ``"more"`` (a
          Reddit placeholder for replies not in the file, ``text`` "").
        - ``text`` : string. Plain text, never <NA>. Text dump: paragraphs joined
          by a blank line (``"\\n\\n"``), lines wrapped inside a paragraph
          joined by a space; article: title then its paragraphs. Disqus: HTML
          turned into text (paragraphs ``"\\n\\n"``, ``<br>`` ``"\\n"``,
          entities decoded). Reddit: the markdown body with ``&amp; &lt; &gt;``
          decoded. Tables: as given (HTML is kept and flagged ``has_html``).
        - ``is_deleted`` : bool. Disqus ``isDeleted``; Reddit body "[deleted]"
          or "[removed]" (the text is kept as given).
        - ``is_spam`` : bool. Disqus ``isSpam``.
        - ``is_orphan`` : bool. ``parent_id`` is not a comment of the thread.
        - ``is_empty`` : bool. ``text`` is empty or whitespace.
        - ``has_html`` : bool. ``text`` still holds HTML tags or entities.
        - ``text_repaired`` : bool. Mojibake was repaired in this row.

        Extra columns, when the format has them: ``title`` (article row; text
        dump, Disqus, Reddit), ``date_text`` (text dump: the header date line,
        as written), ``url`` (Disqus/Reddit article link), ``score`` (Int64,
        Reddit), ``more_count`` (Int64, Reddit ``"more"`` rows: number of hidden
        replies, 0 for a "continue this thread" link), ``source_line`` (Int64,
        text/CSV/JSONL/Disqus: 1-based line where the record starts), and any other
        columns of a table, unchanged.

        ``df.attrs`` holds ``source`` (file name), ``format`` and ``encoding``.

    Raises
    ------
    ThreadFormatError
        The file is binary, truncated, hostile (XML with a DTD or entities:
        entity-expansion bombs and external entities are refused before any
        expansion) or not of the given format. The message names the file and
        line.
    StanceError
        Duplicate ids, reply cycles, bad values (see
        :func:`stance.thread.validate_comments`).

    Examples
    --------
    >>> import io
    >>> dump = "  • Ann\\n\\n    Hello.\\n\\n    • Bo\\n\\n      Hi Ann.\\n".encode()
    >>> t = read_thread(io.BytesIO(dump), format="text")
    >>> t[["comment_id", "parent_id", "author", "depth", "text"]]
      comment_id parent_id author  depth     text
    0         c1      <NA>    Ann      0   Hello.
    1         c2        c1     Bo      1  Hi Ann.

    Your own CSV with other column names:

    >>> t = read_thread("my_comments.csv",
    ...                 columns={"body": "text", "id": "comment_id",
    ...                          "reply_to": "parent_id"})  # doctest: +SKIP
    """
    data, name = _read_bytes(source)
    stem = thread_id if thread_id is not None else (Path(name).stem if name != "<stream>"
                                                   else "thread")
    if not data.strip():
        raise ThreadFormatError(f"{name} is empty; give a thread file with comments.")
    fmt = format or detect_format(data, name)
    if fmt not in FORMATS:
        raise StanceError(f"unknown format {fmt!r} for {name}; use one of {', '.join(FORMATS)}.")
    if columns and fmt in ("text", "disqus", "reddit"):
        raise StanceError(
            f"columns= renames the columns of CSV, JSON lines, JSON or Parquet tables; {name} is "
            f"read as {fmt!r}, whose fields are fixed (see read_thread's Returns)."
        )
    encoding_used: str | None = None
    if fmt == "parquet":
        raw = _read_parquet(data, name)
    elif fmt == "disqus":
        raw, encoding_used = _read_disqus(data, name)
    else:
        _check_binary(data, name)
        text, encoding_used = _decode(data, name, encoding)
        _check_control_chars(text, name)
        if fmt == "text":
            raw = _read_text_dump(text, name, stem)
        elif fmt == "reddit":
            raw = _read_reddit(text, name, stem)
        elif fmt == "csv":
            raw = _read_csv(text, name, safe_csv=safe_csv, tsv=name.lower().endswith(".tsv"))
        elif fmt == "jsonl":
            raw = _read_jsonl(text, name)
        else:  # json: a Reddit page or an array of records
            raw = _read_json(text, name, stem)
    is_reddit = raw.attrs.get("kind") == "reddit"
    if fmt in ("csv", "jsonl", "json", "parquet") and not is_reddit:
        raw = _map_columns(raw, columns, name)
        if "thread_id" not in raw.columns:
            raw["thread_id"] = stem
        elif raw["thread_id"].isna().any():
            raw["thread_id"] = raw["thread_id"].astype(object).where(raw["thread_id"].notna(),
                                                                     stem)
    if repair_mojibake and "text_repaired" not in raw.columns:
        raw = _repair_frame(raw)
    out = validate_comments(raw, source=name, duplicates=duplicates)
    out.attrs = {"source": name, "format": "reddit" if is_reddit else fmt,
                 "encoding": encoding_used}
    return out


def write_thread(comments: pd.DataFrame, path: str | os.PathLike, *,
                 format: str | None = None, safe_csv: bool = True) -> Path:
    """Write a table as CSV, Parquet or JSON lines, readable by :func:`read_thread`.

    Any DataFrame can be written (the CLI writes every result table with it);
    a comment table read back with :func:`read_thread` is equal to the one
    written, dtypes included.

    Parameters
    ----------
    comments : DataFrame
        The table (not changed).
    path : str or path
        Output file; parent directories are created.
    format : {"csv", "parquet", "jsonl"}, optional
        By default from the extension (``.csv``, ``.parquet``/``.pq``,
        ``.jsonl``/``.ndjson``).
    safe_csv : bool
        Protect people who open the CSV in a spreadsheet: a text cell starting
        with ``= + - @``, tab or CR (or with ``'`` characters followed by one of
        these) gets a leading ``'``, so it is not run as a formula. ``read_thread``
        removes it again (its ``safe_csv=True``), so the round trip is exact.

    Returns
    -------
    Path
        The file written.

    Notes
    -----
    CSV: UTF-8, header row, every value quoted, missing values as empty cells,
    dates in ISO 8601 with offset, ``index`` not written. An empty string and a
    missing value both become an empty cell; comment tables never hold empty
    strings except in ``text`` (which is never missing), so they round-trip.

    Examples
    --------
    >>> import pandas as pd, tempfile, pathlib
    >>> from stance.thread import validate_comments
    >>> t = validate_comments(pd.DataFrame({"text": ["=1+1", "fine"]}))
    >>> path = write_thread(t, pathlib.Path(tempfile.mkdtemp()) / "t.csv")
    >>> print(path.read_text(encoding="utf-8").splitlines()[1].split(",")[8])
    "'=1+1"
    >>> read_thread(path)["text"].tolist()
    ['=1+1', 'fine']
    """
    if not isinstance(comments, pd.DataFrame):
        raise StanceError(f"write_thread expects a DataFrame, got {type(comments).__name__}.")
    path = Path(path)
    fmt = format or _EXTENSIONS.get(path.suffix.lower())
    if fmt == "json" and path.suffix.lower() != ".json":
        fmt = None
    if fmt not in _WRITE_FORMATS:
        raise StanceError(
            f"cannot tell how to write {path}: use a .csv, .parquet or .jsonl name "
            f"or format='csv'|'parquet'|'jsonl'."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        frame = comments.copy()
        frame.attrs = {}
        frame.to_parquet(path, index=False)
    elif fmt == "csv":
        _write_csv(comments, path, safe_csv=safe_csv)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            cols = list(comments.columns)
            for row in comments.itertuples(index=False, name=None):
                record = {str(c): _json_value(v) for c, v in zip(cols, row)}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def detect_format(data: bytes, name: str = "") -> str:
    """Guess the format of a thread file from its first bytes and its name.

    Parameters
    ----------
    data : bytes
        The file content (or its beginning).
    name : str
        The file name; its extension decides when the content does not.

    Returns
    -------
    str
        One of :data:`FORMATS`.

    Examples
    --------
    >>> detect_format(b'[{"kind": "Listing", "data": {}}]')
    'reddit'
    >>> detect_format(b"id,text\\n1,hello\\n", "x.dat")
    'csv'
    """
    if data[:4] == b"PAR1":
        return "parquet"
    ext = Path(name).suffix.lower()
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "disqus"
    if head[:1] in (b"[", b"{"):
        if re.match(rb'\[?\s*\{\s*"kind"\s*:\s*"Listing"', head):
            return "reddit"
        first = head.split(b"\n", 1)[0].strip()
        if ext in (".jsonl", ".ndjson"):
            return "jsonl"
        if first.startswith(b"{") and first.endswith(b"}") and b"\n{" in head.replace(b"\r", b""):
            return "jsonl"
        return "json" if ext != ".jsonl" else "jsonl"
    if ext in _EXTENSIONS and _EXTENSIONS[ext] not in ("disqus", "json"):
        return _EXTENSIONS[ext]
    text = head.decode("utf-8", errors="replace")
    if _BULLET_RE.search(text):
        return "text"
    first = text.split("\n", 1)[0]
    if "," in first or "\t" in first:
        return "csv"
    return "text"


# ----------------------------------------------------------------------------------
# bytes, encodings, hostile input
# ----------------------------------------------------------------------------------
def _read_bytes(source) -> tuple[bytes, str]:
    if hasattr(source, "read"):
        data = source.read()
        name = str(getattr(source, "name", "<stream>"))
        if isinstance(data, str):
            data = data.encode("utf-8")
        return data, name
    if not isinstance(source, (str, os.PathLike)):
        raise StanceError(
            f"read_thread expects a file path or a binary file object, got "
            f"{type(source).__name__}; for a DataFrame use stance.validate_comments()."
        )
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(f"no such thread file: {path}")
    if path.is_dir():
        raise StanceError(f"{path} is a directory; give one thread file.")
    return path.read_bytes(), str(path)


def _check_binary(data: bytes, name: str) -> None:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    if b"\x00" in head:
        raise ThreadFormatError(
            f"{name} looks like a binary file (it contains NUL bytes), not a thread in text, "
            f"Disqus XML, Reddit JSON, CSV or JSON lines; for Parquet use a .parquet file."
        )


def _check_control_chars(text: str, name: str) -> None:
    sample = text[:8192]
    if not sample:
        return
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if bad > max(3, len(sample) // 100):
        raise ThreadFormatError(
            f"{name} looks like a binary file ({bad} control characters in its first "
            f"{len(sample)} characters); give a text, XML, JSON, CSV or Parquet thread."
        )


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as err:
            raise ThreadFormatError(
                f"{name} cannot be decoded as {encoding}: {err}; check encoding=."
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise ThreadFormatError(f"{name}: broken UTF-16 ({err}).") from None
    try:
        text = data.decode("utf-8-sig")
        return text, ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        line = data[:utf8_error.start].count(b"\n") + 1
        raise ThreadFormatError(
            f"{name} is neither UTF-8 (bad byte at line {line}, offset {utf8_error.start}) nor "
            f"cp1252; pass encoding='...' (e.g. 'latin-1')."
        ) from None


# ----------------------------------------------------------------------------------
# mojibake
# ----------------------------------------------------------------------------------
_CP1252_HIGH = "".join(
    ch for b in range(0x80, 0x100) for ch in [bytes([b]).decode("cp1252", errors="ignore")] if ch
)
_MOJIBAKE_RE = re.compile("[" + re.escape(_CP1252_HIGH) + "\x80-\x9f]{2,}")
# UTF-8 lead bytes (and second bytes) whose characters are worth repairing:
# Latin-1 supplement (C2, C3), Latin Extended-A (C4, C5) and E2 80/82/84 punctuation,
# euro and trademark signs.
_SAFE_LEADS = {0xC2, 0xC3, 0xC4, 0xC5}


def _cp1252_byte(ch: str) -> int | None:
    o = ord(ch)
    if 0x80 <= o <= 0x9F:  # undefined cp1252 bytes often survive as C1 controls
        return o
    try:
        b = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return b[0] if len(b) == 1 and b[0] >= 0x80 else None


def _fix_run(match: re.Match) -> str:
    run = match.group()
    codes = [_cp1252_byte(ch) for ch in run]
    out = []
    i = 0
    while i < len(run):
        b0 = codes[i]
        size = 2 if b0 in _SAFE_LEADS else 3 if b0 == 0xE2 else 0
        if size and i + size <= len(run):
            seq = codes[i:i + size]
            if (None not in seq and all(0x80 <= b <= 0xBF for b in seq[1:])
                    and (size == 2 or seq[1] in (0x80, 0x82, 0x84))):
                try:
                    out.append(bytes(seq).decode("utf-8"))
                    i += size
                    continue
                except UnicodeDecodeError:
                    pass
        out.append(run[i])
        i += 1
    return "".join(out)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text wrongly decoded as cp1252, where unambiguous.

    Only sequences of two or three characters whose cp1252 bytes form one valid
    UTF-8 character of Latin-1 (``Ã©`` -> ``é``), Latin Extended-A or the
    punctuation block (``â€™`` -> ``’``, ``â€œ`` -> ``“``, ``â‚¬`` -> ``€``)
    are replaced; everything else is left as is.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The repaired text (the same object when nothing matched).

    Examples
    --------
    >>> repair_mojibake("itâ€™s cafÃ© time")
    'it’s café time'
    >>> repair_mojibake("daß“ stays")
    'daß“ stays'
    """
    if not isinstance(text, str) or not _MOJIBAKE_RE.search(text):
        return text
    return _MOJIBAKE_RE.sub(_fix_run, text)


def _repair_frame(raw: pd.DataFrame) -> pd.DataFrame:
    raw = raw.copy()
    repaired = np.zeros(len(raw), dtype=bool)
    for col in ("text", "title", "author"):
        if col not in raw.columns:
            continue
        values = raw[col].tolist()
        fixed = [repair_mojibake(v) if isinstance(v, str) else v for v in values]
        changed = np.array([a is not b and a != b for a, b in zip(values, fixed)], dtype=bool)
        if changed.any():
            raw[col] = pd.Series(fixed, index=raw.index, dtype=raw[col].dtype
                                 if raw[col].dtype != object else object)
            repaired |= changed
    raw["text_repaired"] = repaired
    return raw


# ----------------------------------------------------------------------------------
# the plain-text dump
# ----------------------------------------------------------------------------------
_BULLET_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[•*\-‣◦▪])[ \t]+(?P<author>\S.*?)\s*$",
                        re.MULTILINE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_RE = re.compile(
    rf"^(?:(?:[a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
    rf"(?:[\s,]+(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:am|pm)?)?)\s*$",
    re.IGNORECASE,
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


_LIST_ITEM_RE = re.compile(r"^(?:[-*•‣◦▪]|\d{1,3}[.)])\s+\S")


def _join_lines(block: list[str]) -> str:
    """Join a paragraph's lines: wrapped lines by a space, list items on their own line."""
    out = block[0]
    for line in block[1:]:
        out += ("\n" if _LIST_ITEM_RE.match(line) else " ") + line
    return out


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks of stripped lines, each joined by :func:`_join_lines`."""
    paras: list[str] = []
    block: list[str] = []
    for line in lines:
        s = line.strip()
        if s:
            block.append(s)
        elif block:
            paras.append(_join_lines(block))
            block = []
    if block:
        paras.append(_join_lines(block))
    return paras


def _read_text_dump(text: str, name: str, thread_id: str) -> pd.DataFrame:
    lines = [line.expandtabs(4) for line in text.splitlines()]
    matches = {i: m for i, line in enumerate(lines) if (m := _BULLET_RE.match(line))}
    if any(m.group("bullet") == "•" for m in matches.values()):
        matches = {i: m for i, m in matches.items() if m.group("bullet") == "•"}
    # A bullet starts a comment when what follows it is indented deeper (its body),
    # or is another comment's bullet, or the end of the file (an empty comment);
    # otherwise it is a list item inside a paragraph.
    heads: set[int] = set()
    next_nonblank = None
    for i in range(len(lines) - 1, -1, -1):
        if i in matches:
            if next_nonblank is None or next_nonblank in heads or \
                    _indent(lines[next_nonblank]) > _indent(lines[i]):
                heads.add(i)
        if lines[i].strip():
            next_nonblank = i
    if not heads:
        # a dump whose comment text is not indented: every '•' line starts a comment
        heads = {i for i, m in matches.items() if m.group("bullet") == "•"}
    if not heads:
        raise ThreadFormatError(
            f"{name}: no comments found (expected lines like '  • Author name' followed by the "
            f"indented comment); if this is CSV, JSON or XML pass format=..."
        )
    starts = sorted(heads)
    records: list[dict[str, Any]] = []
    header = lines[:starts[0]]
    blocks = _paragraphs(header)
    if blocks:
        first_line = next(i for i, line in enumerate(header) if line.strip()) + 1
        date_text = None
        if _DATE_RE.match(blocks[0]) and len(blocks) > 1:
            date_text = blocks.pop(0)
        title = blocks[0]
        records.append({
            "thread_id": thread_id, "comment_id": "article", "parent_id": None, "author": None,
            "kind": "article", "text": "\n\n".join(blocks), "title": title,
            "date_text": date_text, "source_line": first_line,
        })
    stack: list[tuple[int, str]] = []  # (indent of bullet, comment id)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        m = matches[start]
        indent = _indent(lines[start])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        cid = f"c{k + 1}"
        records.append({
            "thread_id": thread_id, "comment_id": cid,
            "parent_id": stack[-1][1] if stack else None,
            "author": m.group("author"), "kind": "comment",
            "text": "\n\n".join(_paragraphs(lines[start + 1:end])),
            "title": None, "date_text": None, "source_line": start + 1,
        })
        stack.append((indent, cid))
    return pd.DataFrame.from_records(records)


# ----------------------------------------------------------------------------------
# Disqus XML
# ----------------------------------------------------------------------------------
class _HTMLText(HTMLParser):
    _BLOCK = {"p", "div", "blockquote", "ul", "ol", "li", "pre", "table", "tr", "h1", "h2",
              "h3", "h4", "h5", "h6", "hr"}
    _SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\ue000")
        elif tag in self._BLOCK:
            self.parts.append("\ue001")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self._SKIP:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\ue001")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (as in Disqus messages).

    Block elements (``<p>``, ``<div>``, ``<blockquote>``, ``<li>``...) become
    paragraphs separated by ``"\\n\\n"``, ``<br>`` a line break, runs of other
    whitespace one space; entities are decoded, tags dropped (link text kept).

    Parameters
    ----------
    markup : str
        The HTML.

    Returns
    -------
    str
        The text.

    Examples
    --------
    >>> html_to_text("<p>Tom &amp; Jerry&#8217;s<br>show</p><p><a href='x'>link</a></p>")
    'Tom & Jerry’s\\nshow\\n\\nlink'
    """
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    flat = re.sub(r"\s+", " ", "".join(parser.parts))
    paras = []
    for para in flat.split("\ue001"):
        lines = [line.strip() for line in para.split("\ue000")]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        if lines:
            paras.append("\n".join(lines))
    return "\n\n".join(paras)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr_id(elem) -> str | None:
    for key, value in elem.attrib.items():
        if _local(key) == "id":
            return value
    return None


def _child(elem, name: str):
    for c in elem:
        if _local(c.tag) == name:
            return c
    return None


def _child_text(elem, name: str) -> str | None:
    c = _child(elem, name)
    return None if c is None or c.text is None else c.text.strip()


def _read_disqus(data: bytes, name: str) -> tuple[pd.DataFrame, str]:
    import xml.etree.ElementTree as ET

    import defusedxml
    from defusedxml import ElementTree as DET

    try:
        root = DET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as err:
        raise ThreadFormatError(
            f"{name}: refused to parse XML with a document type or entity declaration "
            f"({type(err).__name__}); such declarations can expand into huge text or read "
            f"other files, and Disqus exports never have them."
        ) from None
    except ET.ParseError as err:
        line, col = getattr(err, "position", (0, 0))
        raise ThreadFormatError(
            f"{name}: broken XML at line {line}, column {col} ({err}); the file may be "
            f"truncated or not XML."
        ) from None
    if _local(root.tag) != "disqus":
        raise ThreadFormatError(
            f"{name}: the XML root is <{_local(root.tag)}>, not <disqus>; only Disqus exports "
            f"are read as XML."
        )
    match = re.match(rb"<\?xml[^>]*encoding=[\"']([\w.-]+)", data.lstrip(b"\xef\xbb\xbf"))
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    threads: dict[str, dict] = {}
    posts: list[dict] = []
    for k, elem in enumerate(root):
        tag = _local(elem.tag)
        if tag == "thread":
            tid = _attr_id(elem)
            if tid is None:
                continue
            title = _child_text(elem, "title")
            message = _child_text(elem, "message") or ""
            body = html_to_text(message) if message else ""
            author = _child(elem, "author")
            threads[tid] = {
                "thread_id": tid, "comment_id": "article", "parent_id": None,
                "author": None if author is None else (_child_text(author, "name")
                                                       or _child_text(author, "username")),
                "created_at": _child_text(elem, "createdAt"), "kind": "article",
                "text": "\n\n".join(x for x in (title, body) if x), "title": title,
                "url": _child_text(elem, "link"), "is_deleted": _child_text(elem, "isDeleted"),
            }
        elif tag == "post":
            pid = _attr_id(elem)
            if pid is None:
                raise ThreadFormatError(
                    f"{name}: <post> number {len(posts) + 1} (element {k + 1}) has no dsq:id.")
            thread = _child(elem, "thread")
            parent = _child(elem, "parent")
            author = _child(elem, "author")
            message = _child(elem, "message")
            posts.append({
                "thread_id": (_attr_id(thread) if thread is not None else None) or "unknown",
                "comment_id": pid,
                "parent_id": _attr_id(parent) if parent is not None else None,
                "author": None if author is None else (_child_text(author, "name")
                                                       or _child_text(author, "username")),
                "created_at": _child_text(elem, "createdAt"), "kind": "comment",
                "text": html_to_text(message.text or "") if message is not None else "",
                "title": None, "url": None,
                "is_deleted": _child_text(elem, "isDeleted"),
                "is_spam": _child_text(elem, "isSpam"),
            })
    if not posts:
        raise ThreadFormatError(f"{name}: the Disqus export has no <post> elements.")
    lines = _element_lines(data)
    for kind, records in (("thread", threads.values()), ("post", posts)):
        for record in records:
            found = lines.get((kind, record["thread_id" if kind == "thread" else "comment_id"]))
            record["source_line"] = found.pop(0) if found else None
    used = dict.fromkeys(p["thread_id"] for p in posts)
    # articles first, in the file's thread order, then the posts
    records = [threads[t] for t in threads if t in used] + posts
    return pd.DataFrame.from_records(records), encoding


_ELEMENT_RE = re.compile(rb"<(?:[\w.-]+:)?(post|thread)\b[^>]*?(?:[\w.-]+:)?id=[\"']([^\"']*)")


def _element_lines(data: bytes) -> dict[tuple[str, str], list[int]]:
    """Lines (1-based, in file order) of the ``<post>``/``<thread>`` elements of each id."""
    out: dict[tuple[str, str], list[int]] = {}
    line, last = 1, 0
    for m in _ELEMENT_RE.finditer(data):
        end = data.find(b">", m.end())
        if end > 0 and data[end - 1:end] == b"/":
            continue  # <thread dsq:id="..."/> inside a post refers to a thread
        line += data.count(b"\n", last, m.start())
        last = m.start()
        key = (m.group(1).decode(), m.group(2).decode("utf-8", errors="replace"))
        out.setdefault(key, []).append(line)
    return out


# ----------------------------------------------------------------------------------
# Reddit JSON
# ----------------------------------------------------------------------------------
def _load_json(text: str, name: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ThreadFormatError(
            f"{name}: broken JSON at line {err.lineno}, column {err.colno} ({err.msg}); the file "
            f"may be truncated."
        ) from None
    except RecursionError:
        raise ThreadFormatError(f"{name}: JSON nested too deeply to read.") from None


def _is_listing(obj) -> bool:
    return isinstance(obj, dict) and obj.get("kind") == "Listing"


def _read_json(text: str, name: str, thread_id: str | None) -> pd.DataFrame:
    data = _load_json(text, name)
    if _is_listing(data) or (isinstance(data, list) and data and _is_listing(data[0])):
        return _reddit_frame(data, name, thread_id)
    if isinstance(data, dict):
        for key in ("comments", "data", "records", "items"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise ThreadFormatError(
            f"{name}: JSON is neither a Reddit thread nor an array of comment objects.")
    return _int_columns(pd.DataFrame.from_records(data)) if data else pd.DataFrame({"text": []})


def _read_reddit(text: str, name: str, thread_id: str | None) -> pd.DataFrame:
    data = _load_json(text, name)
    if not (_is_listing(data) or (isinstance(data, list) and data and _is_listing(data[0]))):
        raise ThreadFormatError(
            f"{name}: not a Reddit thread (expected the array of two Listings of a "
            f"/comments/<id>.json page).")
    return _reddit_frame(data, name, thread_id)


def _reddit_text(value) -> str:
    return html.unescape(value) if isinstance(value, str) else ""


def _reddit_frame(data, name: str, thread_id: str | None) -> pd.DataFrame:
    listings = data if isinstance(data, list) else [data]
    post = None
    roots: list = []
    for listing in listings:
        if not _is_listing(listing):
            raise ThreadFormatError(f"{name}: expected Reddit Listings, got {str(listing)[:60]!r}.")
        children = (listing.get("data") or {}).get("children") or []
        for child in children:
            if isinstance(child, dict) and child.get("kind") == "t3" and post is None:
                post = child.get("data") or {}
            else:
                roots.append(child)
    records: list[dict[str, Any]] = []
    tid = None
    if post is not None:
        tid = post.get("id") or str(post.get("name", "")).removeprefix("t3_") or None
        title = _reddit_text(post.get("title")) or None
        selftext = _reddit_text(post.get("selftext"))
        author = post.get("author")
        records.append({
            "comment_id": post.get("name") or f"t3_{post.get('id')}", "parent_id": None,
            "author": None if author in (None, "[deleted]") else author,
            "created_at": post.get("created_utc"), "kind": "article",
            "text": "\n\n".join(x for x in (title, selftext) if x), "title": title,
            "url": post.get("url"), "score": post.get("score"),
            "is_deleted": selftext in ("[deleted]", "[removed]"), "more_count": None,
        })
    stack = list(reversed(roots))
    seen_more: dict[str, int] = {}
    while stack:
        child = stack.pop()
        if not isinstance(child, dict) or not isinstance(child.get("data"), dict):
            raise ThreadFormatError(
                f"{name}: a Reddit comment entry is not an object: {str(child)[:60]!r}.")
        kind, d = child.get("kind"), child["data"]
        parent = d.get("parent_id")
        if isinstance(parent, str) and parent.startswith("t3_"):
            tid = tid or parent[3:]
            parent = None
        if kind == "more":
            key = f"more_{parent or d.get('parent_id') or 'root'}"
            seen_more[key] = seen_more.get(key, 0) + 1
            if seen_more[key] > 1:
                key += f"_{seen_more[key]}"
            records.append({"comment_id": key, "parent_id": parent, "author": None,
                            "created_at": None, "kind": "more", "text": "", "title": None,
                            "url": None, "score": None, "is_deleted": False,
                            "more_count": d.get("count", 0)})
            continue
        if kind != "t1":
            raise ThreadFormatError(
                f"{name}: unexpected Reddit entry of kind {kind!r} (id {d.get('id')!r}).")
        body = d.get("body")
        author = d.get("author")
        records.append({
            "comment_id": d.get("name") or f"t1_{d.get('id')}", "parent_id": parent,
            "author": None if author in (None, "[deleted]") else author,
            "created_at": d.get("created_utc"), "kind": "comment", "text": _reddit_text(body),
            "title": None, "url": None, "score": d.get("score"),
            "is_deleted": body in ("[deleted]", "[removed]"), "more_count": None,
        })
        replies = d.get("replies")
        if _is_listing(replies):
            stack.extend(reversed((replies.get("data") or {}).get("children") or []))
    frame = pd.DataFrame.from_records(records)
    frame["thread_id"] = tid or thread_id or "thread"
    for col in ("score", "more_count"):
        frame[col] = pd.array([None if v is None or (isinstance(v, float) and math.isnan(v))
                               else int(v) for v in frame[col]], dtype="Int64")
    frame.attrs["kind"] = "reddit"
    return frame


# ----------------------------------------------------------------------------------
# tables: CSV, JSON lines, JSON records, Parquet
# ----------------------------------------------------------------------------------
_FORMULA_RE = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED_RE = re.compile(r"^'+[=+\-@\t\r]")


def escape_formula(value: str) -> str:
    """``value`` with a leading single quote when a spreadsheet would run it as a formula.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    (after any single quotes) gets one more leading quote (the OWASP advice
    against CSV injection). Quotes already in front are kept, so
    :func:`unescape_formula` gives back exactly the original text: the one rule
    used by :func:`write_thread` and the report's CSV tables.
    """
    return "'" + value if _FORMULA_RE.match(value) else value


def unescape_formula(value: str) -> str:
    """Inverse of :func:`escape_formula`."""
    return value[1:] if _ESCAPED_RE.match(value) else value


_escape_cell, _unescape_cell = escape_formula, unescape_formula


def _read_csv(text: str, name: str, *, safe_csv: bool, tsv: bool = False) -> pd.DataFrame:
    if not text.strip():
        raise ThreadFormatError(f"{name}: the CSV file is empty.")
    sample = text[:8192]
    delimiter = "\t" if tsv else ","
    if not tsv:
        try:
            delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        header = next(reader)
        start = reader.line_num + 1
        for row in reader:
            if row:
                rows.append(row)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as err:
        raise ThreadFormatError(
            f"{name}: broken CSV at line {reader.line_num} ({err}); the file may be truncated "
            f"(an unclosed quote) or use another delimiter."
        ) from None
    header = [h.strip() for h in header]
    width = len(header)
    for row, line in zip(rows, lines):
        if len(row) != width:
            raise ThreadFormatError(
                f"{name}: line {line} has {len(row)} fields but the header has {width}; "
                f"quote fields that contain '{delimiter}' or fix the row."
            )
    frame = pd.DataFrame(rows, columns=header, dtype=object) if rows else \
        pd.DataFrame({h: pd.Series([], dtype=object) for h in header})
    for col in frame.columns:
        values = [None if v == "" else _unescape_cell(v) if safe_csv and v[0] == "'" else v
                  for v in frame[col].tolist()]
        frame[col] = _infer(pd.Series(values, index=frame.index, dtype=object), col)
    if "source_line" not in frame.columns and not _is_stance_table(frame):
        frame["source_line"] = lines
    return frame


def _infer(values: pd.Series, col: str) -> pd.Series:
    """Types of a CSV column: known columns by the schema, others inferred."""
    if col in SCHEMA or col in ("created_at",):
        return values
    present = values.dropna()
    if present.empty:
        return values
    if present.isin(["True", "False"]).all():
        return values.map(lambda v: v == "True" if v is not None else None) \
            if values.notna().all() else values
    try:
        nums = pd.to_numeric(present)
    except (ValueError, TypeError):
        return values
    if any(str(v).strip() != v or v.startswith("+") or (v.startswith("0") and len(v) > 1
           and v[1].isdigit()) for v in present):
        return values  # keep "007", " 3", "+1" as text
    if pd.api.types.is_integer_dtype(nums):
        return pd.to_numeric(values).astype("Int64")
    return pd.to_numeric(values)


def _read_jsonl(text: str, name: str) -> pd.DataFrame:
    records, lines = [], []
    # JSON Lines ends a record only at "\n" ("\r\n" too): str.splitlines would also cut at
    # U+2028, U+0085 ..., which json.dumps(ensure_ascii=False) leaves raw inside strings
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ThreadFormatError(
                f"{name}: line {n} is not valid JSON ({err.msg} at column {err.colno}); the file "
                f"may be truncated."
            ) from None
        if not isinstance(obj, dict):
            raise ThreadFormatError(f"{name}: line {n} is not a JSON object.")
        records.append(obj)
        lines.append(n)
    if not records:
        raise ThreadFormatError(f"{name}: the JSON lines file has no records.")
    frame = _int_columns(pd.DataFrame.from_records(records))
    if "source_line" not in frame.columns and not _is_stance_table(frame):
        frame["source_line"] = lines
    return frame


def _is_stance_table(frame: pd.DataFrame) -> bool:
    """A table written by :func:`write_thread` (it has every core and flag column)."""
    return all(c in frame.columns for c in CORE_COLUMNS + FLAG_COLUMNS)


def _int_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """JSON columns of integers with nulls become Int64 instead of float."""
    for col in frame.columns:
        if frame[col].dtype != float:
            continue
        present = frame[col].dropna()
        if len(present) and (present == present.round()).all() and (present.abs() < 2**53).all():
            frame[col] = frame[col].astype("Int64")
    return frame


def _read_parquet(data: bytes, name: str) -> pd.DataFrame:
    try:
        return pd.read_parquet(io.BytesIO(data))
    except Exception as err:  # pyarrow raises several types for broken files
        raise ThreadFormatError(
            f"{name}: cannot read as Parquet ({type(err).__name__}: {str(err)[:200]}); the file "
            f"may be truncated or not Parquet."
        ) from None


def _map_columns(frame: pd.DataFrame, columns: dict[str, str] | None, name: str) -> pd.DataFrame:
    frame = frame.copy()
    if columns:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise StanceError(
                f"{name}: columns={columns!r} names {', '.join(map(repr, missing))}, not in the "
                f"file (it has: {', '.join(map(str, frame.columns))})."
            )
        frame = frame.rename(columns=columns)
        if frame.columns.duplicated().any():
            dup = frame.columns[frame.columns.duplicated()].unique().tolist()
            raise StanceError(
                f"{name}: after renaming with columns=, the column(s) {dup} occur twice; drop "
                f"or rename the file's own column of that name in the mapping."
            )
    if "text" not in frame.columns:
        have = ", ".join(map(str, frame.columns)) or "none"
        hint = next((c for c in ("body", "message", "content", "comment", "comment_text")
                     if c in frame.columns), "your_text_column")
        raise StanceError(
            f"{name} has no 'text' column (it has: {have}); map yours with "
            f"read_thread(..., columns={{{hint!r}: 'text'}})."
        )
    return frame


# ----------------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------------
def _is_missing(value) -> bool:
    """True for the missing-value markers a cell can hold (None, NA, NaT, NaN)."""
    return (value is None or value is pd.NA or value is pd.NaT
            or (isinstance(value, float) and math.isnan(value)))


def _cell(value, *, safe: bool) -> str | None:
    if _is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, (np.integer,)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, str):
        return _escape_cell(value) if safe else value
    return str(value)


def _write_csv(frame: pd.DataFrame, path: Path, *, safe_csv: bool) -> None:
    string_cols = {c for c in frame.columns
                   if frame[c].dtype == object or isinstance(frame[c].dtype, pd.StringDtype)}
    cols = list(frame.columns)
    safe = [safe_csv and c in string_cols for c in cols]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(_quote(str(c)) for c in cols) + "\n")
        for row in frame.itertuples(index=False, name=None):
            cells = (_cell(v, safe=s) for v, s in zip(row, safe))
            fh.write(",".join("" if c is None else _quote(c) for c in cells) + "\n")


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _json_value(value):
    if _is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return None if np.isnan(value) else float(value)
    return value

