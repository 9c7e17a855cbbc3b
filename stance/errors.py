"""Exception classes raised by :mod:`stance`.

Every error a user can cause with bad input is a :class:`StanceError`, a
:class:`ValueError` subclass whose message names the file, line, record or
column at fault and says what to do about it.
"""

from __future__ import annotations

__all__ = ["StanceError", "ThreadFormatError", "ActorFileError"]


class StanceError(ValueError):
    """Bad input to a :mod:`stance` function.

    The message names the file, line, record id or column at fault and what to
    do about it.
    """


class ThreadFormatError(StanceError):
    """A thread file cannot be read (wrong format, broken or hostile content)."""


class ActorFileError(StanceError):
    """An actor definition file is malformed (the message names the line)."""
