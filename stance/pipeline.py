"""The whole analysis of one or more threads, stage by stage, in one call."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

__all__ = ["Analysis", "analyze"]


@dataclass
class Analysis:
    """Every table the pipeline produces for a set of comments.

    Attributes
    ----------
    comments : DataFrame
        The comment table as given (see :func:`stance.read_thread`).
    sentences : DataFrame
        One row per sentence with VADER scores (:func:`stance.score_sentences`).
    sentiment : DataFrame
        One row per comment (:func:`stance.score_sentiment`).
    stances : DataFrame
        One row per comment and actor it refers to (:func:`stance.score_stance`).
    replies : DataFrame
        One row per reply edge (:func:`stance.score_replies`).
    measures : DataFrame
        Polarization measures per actor (:func:`stance.polarization`).
    running : DataFrame or None
        The measures over comment order (expanding window); None when the
        dynamics were not asked for.
    by_depth : DataFrame or None
        The measures by reply depth; None when the dynamics were not asked for.
    actors : list
        The actors scored.
    """

    comments: pd.DataFrame
    sentences: pd.DataFrame
    sentiment: pd.DataFrame
    stances: pd.DataFrame
    replies: pd.DataFrame
    measures: pd.DataFrame
    running: pd.DataFrame | None
    by_depth: pd.DataFrame | None
    actors: list = field(default_factory=list)


def _score_tables(comments: pd.DataFrame, actors: list) -> dict[str, pd.DataFrame]:
    """The per-thread stages: sentences, sentiment, stance and reply relations.

    Each table for a thread depends only on that thread, so this runs on chunks
    of whole threads in worker processes (see :func:`stance.engine.partitioned`).
    """
    from .replies import score_replies
    from .sentiment import score_sentences, score_sentiment
    from .targeted import score_stance

    sentences = score_sentences(comments)
    sentiment = score_sentiment(comments, sentences=sentences)
    stances = score_stance(comments, actors, sentences=sentences)
    replies = score_replies(comments, stances=stances, sentiment=sentiment, actors=actors)
    return {"sentences": sentences, "sentiment": sentiment, "stances": stances,
            "replies": replies}


def analyze(comments: pd.DataFrame, actors=None, *, n_jobs: int = 1,
            dynamics: bool | None = None, progress: bool = False) -> Analysis:
    """Run sentiment, stance, reply relations and polarization on a comment table.

    Sentences are split and scored with VADER once and shared by comment
    sentiment and actor stance. The per-thread stages run in ``n_jobs`` worker
    processes on chunks of whole threads (results are identical to one
    process); the polarization measures are then computed over all comments.

    Parameters
    ----------
    comments : DataFrame
        A comment table, as returned by :func:`stance.read_thread`.
    actors : list of Actor, str or path, optional
        Actors to score; the packaged defaults when None. A path is read with
        :func:`stance.load_actors`.
    n_jobs : int
        Worker processes for the per-thread stages; -1 for one per CPU.
    dynamics : bool, optional
        Compute the running measures (over comment order and by depth). They
        are bootstrapped at every step of every thread, which is costly on a
        corpus of many threads, so None computes them only for a single thread.
    progress : bool
        Show progress bars.

    Returns
    -------
    Analysis
        All tables, each documented on its producing function.

    Examples
    --------
    >>> import stance
    >>> comments = stance.read_thread(stance.report.seed_thread())  # doctest: +SKIP
    >>> result = stance.analyze(comments)  # doctest: +SKIP
    >>> result.stances[["comment_id", "actor", "label", "evidence"]]  # doctest: +SKIP
    """
    from .actors import load_actors
    from .engine import partitioned
    from .measures import polarization, running_polarization

    if actors is None or isinstance(actors, (str, bytes)) or hasattr(actors, "__fspath__"):
        actors = load_actors(actors)
    actors = list(actors)
    tables = partitioned(_score_tables)(comments, actors, n_jobs=n_jobs, progress=progress)
    sentences, sentiment = tables["sentences"], tables["sentiment"]
    stances, replies = tables["stances"], tables["replies"]
    measures = polarization(stances, replies, sentiment=sentiment, comments=comments)
    if dynamics is None:
        dynamics = "thread_id" not in comments.columns or comments["thread_id"].nunique() <= 1
    running = by_depth = None
    if dynamics:
        running = running_polarization(stances, replies, comments=comments, over="position")
        by_depth = running_polarization(stances, replies, comments=comments, over="depth")
    return Analysis(comments, sentences, sentiment, stances, replies, measures, running,
                    by_depth, actors)
