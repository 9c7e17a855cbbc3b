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
    running : DataFrame
        The measures over comment order (expanding window).
    by_depth : DataFrame
        The measures by reply depth.
    actors : list
        The actors scored.
    """

    comments: pd.DataFrame
    sentences: pd.DataFrame
    sentiment: pd.DataFrame
    stances: pd.DataFrame
    replies: pd.DataFrame
    measures: pd.DataFrame
    running: pd.DataFrame
    by_depth: pd.DataFrame
    actors: list = field(default_factory=list)


def analyze(comments: pd.DataFrame, actors=None, *, progress: bool = False) -> Analysis:
    """Run sentiment, stance, reply relations and polarization on a comment table.

    Parameters
    ----------
    comments : DataFrame
        A comment table, as returned by :func:`stance.read_thread`.
    actors : list of Actor, str or path, optional
        Actors to score; the packaged defaults when None. A path is read with
        :func:`stance.load_actors`.
    progress : bool
        Show progress bars.

    Returns
    -------
    Analysis
        All tables, each documented on its producing function.
    """
    from .actors import load_actors
    from .measures import polarization, running_polarization
    from .replies import score_replies
    from .sentiment import score_sentences, score_sentiment
    from .targeted import score_stance

    if actors is None or isinstance(actors, (str, bytes)) or hasattr(actors, "__fspath__"):
        actors = load_actors(actors)
    sentences = score_sentences(comments)
    sentiment = score_sentiment(comments, sentences=sentences)
    stances = score_stance(comments, actors, sentences=sentences)
    replies = score_replies(comments, stances=stances, sentiment=sentiment, actors=actors)
    measures = polarization(stances, replies, sentiment=sentiment, comments=comments)
    running = running_polarization(stances, replies, comments=comments, over="position")
    by_depth = running_polarization(stances, replies, comments=comments, over="depth")
    return Analysis(comments, sentences, sentiment, stances, replies, measures, running,
                    by_depth, list(actors))
