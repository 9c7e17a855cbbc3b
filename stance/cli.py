"""The ``stance`` command: parse a thread, score it, or build the report.

Usage::

    stance parse INPUT -o OUTPUT [--format F] [--thread-id ID] [--encoding E]
                 [--column THEIRS=OURS ...]
    stance score INPUT -o DIR [--actors FILE] [--format F] [--column THEIRS=OURS ...]
    stance report [INPUT] [--actors FILE] [--out DIR] [--no-progress]

Errors in the input are printed as one line on stderr and give exit status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    from .readers import FORMATS

    parser = argparse.ArgumentParser(
        prog="stance",
        description="Sentiment, stance toward named actors and polarization in comment threads.",
    )
    parser.add_argument("--version", action="version", version=f"stance {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("parse", help="read a thread file and write the comment table",
                       description="Read a thread (text dump, Disqus XML, Reddit JSON, CSV, "
                                   "JSON lines, Parquet) and write the comment table as CSV, "
                                   "Parquet or JSON lines (by the output's extension).")
    p.add_argument("input", metavar="INPUT", help="thread file")
    p.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                   help="output file: .csv, .parquet or .jsonl")
    p.add_argument("--format", choices=FORMATS, help="input format (default: detected)")
    p.add_argument("--thread-id", help="thread id when the file does not name one")
    p.add_argument("--encoding", help="input encoding (default: UTF-8, else cp1252)")
    p.add_argument("--column", action="append", default=[], metavar="THEIRS=OURS",
                   help="rename a table column, e.g. --column body=text (repeatable)")

    s = sub.add_parser("score", help="score a thread and write every result table as CSV",
                       description="Run the whole analysis (stance.analyze) on a thread and "
                                   "write each table (comments, sentences, sentiment, stances, "
                                   "replies, measures, running, by_depth) to DIR/<table>.csv.")
    s.add_argument("input", metavar="INPUT", help="thread file")
    s.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    s.add_argument("--actors", metavar="FILE", help="actor definitions (default: packaged)")
    s.add_argument("--format", choices=FORMATS, help="input format (default: detected)")
    s.add_argument("--column", action="append", default=[], metavar="THEIRS=OURS",
                   help="rename a table column, e.g. --column body=text (repeatable)")

    r = sub.add_parser("report", help="build the HTML report with figures and tables",
                       description="Run the notebooks on a thread (default: the seed thread) "
                                   "and write the report to DIR.")
    r.add_argument("input", nargs="?", metavar="INPUT", help="thread file (default: the seed)")
    r.add_argument("--actors", metavar="FILE", help="actor definitions (default: packaged)")
    r.add_argument("--out", metavar="DIR",
                   help="output folder (default: chosen by stance.report, reports/<thread>)")
    r.add_argument("--no-progress", action="store_true", help="no progress bars")
    return parser


def _columns(pairs: list[str]) -> dict[str, str] | None:
    from .errors import StanceError

    mapping = {}
    for pair in pairs:
        theirs, sep, ours = pair.partition("=")
        if not sep or not theirs.strip() or not ours.strip():
            raise StanceError(f"--column {pair!r}: write THEIRS=OURS, e.g. --column body=text.")
        mapping[theirs.strip()] = ours.strip()
    return mapping or None


def _parse(args) -> int:
    from .readers import read_thread, write_thread

    table = read_thread(args.input, format=args.format, thread_id=args.thread_id,
                        encoding=args.encoding, columns=_columns(args.column))
    out = write_thread(table, args.output)
    n = int((table["kind"] == "comment").sum())
    print(f"{out}: {n} comments in {table['thread_id'].nunique()} thread(s)")
    return 0


def _score(args) -> int:
    from .pipeline import analyze
    from .readers import read_thread, write_thread

    comments = read_thread(args.input, format=args.format, columns=_columns(args.column))
    result = analyze(comments, args.actors)
    out = Path(args.out)
    import pandas as pd

    for f in dataclasses.fields(result):
        table = getattr(result, f.name)
        if isinstance(table, pd.DataFrame):
            if not isinstance(table.index, pd.RangeIndex):
                table = table.reset_index()  # keep a meaningful index as columns
            path = write_thread(table, out / f"{f.name}.csv")
            print(path)
    return 0


def _report(args) -> int:
    from .report import build_report

    path = build_report(input=None if args.input is None else Path(args.input),
                        actors=None if args.actors is None else Path(args.actors),
                        out=None if args.out is None else Path(args.out),
                        progress=not args.no_progress)
    print(path)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``stance`` command.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        Exit status: 0 on success, 2 on bad input (the message is on stderr).
    """
    from .errors import StanceError

    args = _parser().parse_args(argv)
    handlers = {"parse": _parse, "score": _score, "report": _report}
    try:
        return handlers[args.command](args)
    except (StanceError, OSError) as err:
        print(f"stance {args.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
