"""The one shared input check used by every public entry point."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .errors import StanceError


def require_columns(frame: object, columns: Iterable[str], *, what: str = "comments",
                    function: str = "this function") -> None:
    """Raise :class:`StanceError` unless ``frame`` is a DataFrame with ``columns``.

    Parameters
    ----------
    frame : object
        The object passed by the user.
    columns : iterable of str
        Columns that must be present.
    what : str
        What the table is called in the message (``"comments"``, ``"stances"``...).
    function : str
        Name of the public function, for the message.
    """
    if not isinstance(frame, pd.DataFrame):
        # dask frames are checked by the caller before reaching here
        raise StanceError(
            f"{function} expects a pandas DataFrame of {what}, got {type(frame).__name__}; "
            f"load a thread with stance.read_thread() or build a DataFrame first."
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        have = ", ".join(map(str, frame.columns)) or "none"
        raise StanceError(
            f"{function}: the {what} table has no column(s) {', '.join(missing)} "
            f"(it has: {have}); rename your columns or use stance.read_thread(..., columns={{...}})."
        )
