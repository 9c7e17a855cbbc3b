"""stance: sentiment, stance toward named actors and polarization in news comment threads.

Public names are imported lazily (PEP 562) so that ``import stance`` is cheap;
each name below lives in the module given in ``_EXPORTS``.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    # reading and writing threads
    "read_thread": "stance.readers",
    "write_thread": "stance.readers",
    "validate_comments": "stance.thread",
    # actors
    "Actor": "stance.actors",
    "load_actors": "stance.actors",
    "find_mentions": "stance.actors",
    # scoring
    "score_sentences": "stance.sentiment",
    "score_sentiment": "stance.sentiment",
    "score_stance": "stance.targeted",
    "score_replies": "stance.replies",
    "inherit_stance": "stance.replies",
    "polarization": "stance.measures",
    "running_polarization": "stance.measures",
    "analyze": "stance.pipeline",
    "build_report": "stance.report",
    # scale
    "partition_by_thread": "stance.engine",
    "stream_parquet": "stance.engine",
    "synthetic_corpus": "stance.synthetic",
    # errors
    "StanceError": "stance.errors",
    "ThreadFormatError": "stance.errors",
    "ActorFileError": "stance.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'stance' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
