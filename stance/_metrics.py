"""Classification metrics used to evaluate the scorers against labelled data.

Small, dependency-free (numpy/pandas only) versions of the usual figures so the
evaluation code does not need scikit-learn:

- :func:`f1_per_class`: precision, recall and F1 of every class (one-vs-rest);
- :func:`macro_f1`: the unweighted mean of the per-class F1;
- :func:`f_avg`: the SemEval-2016 stance metric, the mean of the F1 of
  ``favor`` and of ``against``, where the third class (``none``/``neutral``)
  still counts against their precision and recall.

All figures are fractions in [0, 1]; multiply by 100 for percent.  A class that
is neither predicted nor present gets F1 0 (and is kept in the average when it
is listed in ``labels``), as in scikit-learn with ``zero_division=0``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

__all__ = ["f1_per_class", "macro_f1", "f_avg", "accuracy"]


def _as_str_array(values: Iterable) -> np.ndarray:
    arr = np.asarray(list(values) if not isinstance(values, (np.ndarray, pd.Series)) else values,
                     dtype=object)
    return arr.astype(str)


def _check(y_true: np.ndarray, y_pred: np.ndarray) -> None:
    if y_true.shape != y_pred.shape:
        raise ValueError(
            f"y_true and y_pred differ in length ({len(y_true)} vs {len(y_pred)}); "
            "pass one prediction per gold label."
        )


def f1_per_class(y_true: Iterable, y_pred: Iterable, labels: Sequence | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of every class, one-vs-rest.

    Parameters
    ----------
    y_true, y_pred : iterable
        Gold and predicted labels, same length (compared as strings).
    labels : sequence, optional
        Classes to report, in this order; the sorted union of both when None.

    Returns
    -------
    DataFrame
        One row per class with columns ``label``, ``precision``, ``recall``,
        ``f1`` (fractions in [0, 1], 0 where undefined), ``support`` (number of
        gold items of the class) and ``predicted`` (number of predictions of it).

    Examples
    --------
    >>> f1_per_class(["a", "a", "b"], ["a", "b", "b"])[["label", "f1"]].round(3)
      label     f1
    0     a  0.667
    1     b  0.667
    """
    t = _as_str_array(y_true)
    p = _as_str_array(y_pred)
    _check(t, p)
    if labels is None:
        labels = sorted(set(t.tolist()) | set(p.tolist()))
    rows = []
    for lab in labels:
        lab = str(lab)
        tp = int(np.sum((t == lab) & (p == lab)))
        n_true = int(np.sum(t == lab))
        n_pred = int(np.sum(p == lab))
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_true if n_true else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append({"label": lab, "precision": precision, "recall": recall, "f1": f1,
                     "support": n_true, "predicted": n_pred})
    return pd.DataFrame(rows, columns=["label", "precision", "recall", "f1", "support", "predicted"])


def macro_f1(y_true: Iterable, y_pred: Iterable, labels: Sequence | None = None) -> float:
    """Unweighted mean of the per-class F1.

    Parameters
    ----------
    y_true, y_pred : iterable
        Gold and predicted labels.
    labels : sequence, optional
        Classes averaged over; the union of both when None.

    Returns
    -------
    float
        Macro-F1 in [0, 1].

    Examples
    --------
    >>> round(macro_f1(["a", "a", "b", "c"], ["a", "b", "b", "c"]), 4)
    0.7778
    """
    table = f1_per_class(y_true, y_pred, labels)
    return float(table["f1"].mean()) if len(table) else 0.0


def f_avg(y_true: Iterable, y_pred: Iterable, *, favor: str = "favor",
          against: str = "against") -> float:
    """SemEval-2016 stance score: mean of the F1 of ``favor`` and ``against``.

    Any other label (``none``, ``neutral``...) is a third class: predicting it
    for a favor item lowers favor recall; predicting favor for it lowers favor
    precision.

    Parameters
    ----------
    y_true, y_pred : iterable
        Gold and predicted labels.
    favor, against : str
        The names of the two stance classes in the labels (case-sensitive).

    Returns
    -------
    float
        F_avg in [0, 1].

    Examples
    --------
    >>> f_avg(["favor", "against", "none"], ["favor", "none", "none"])
    0.5
    """
    table = f1_per_class(y_true, y_pred, [favor, against]).set_index("label")
    return float((table.loc[favor, "f1"] + table.loc[against, "f1"]) / 2)


def accuracy(y_true: Iterable, y_pred: Iterable) -> float:
    """Share of predictions equal to the gold label (0 for empty input)."""
    t = _as_str_array(y_true)
    p = _as_str_array(y_pred)
    _check(t, p)
    return float(np.mean(t == p)) if len(t) else 0.0
