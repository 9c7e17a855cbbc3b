"""Evaluate :func:`stance.score_replies` on the MaskMandate reply-agreement benchmark.

Run ``python -m stance._eval_replies [--root PATH] [--confusion]`` from the
repository; the benchmark is read from ``../shared/benchmarks`` (never copied
into the project, never needed by the tests).

Each (quote, response) pair becomes a two-comment thread (the quote is the
parent). The figure is the macro-F1 over disagree / neutral / agree, printed
beside the README's baseline (VADER compound of the reply alone: >= 0.05
agree, <= -0.05 disagree, else neutral).

Splits: the rules of :mod:`stance.replies` were developed looking only at the
``dev`` part (rows whose index is not a multiple of 5); ``holdout`` (index a
multiple of 5, 307 pairs) was not inspected while writing them; ``all`` is the
whole file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["evaluate_maskmandate", "load_maskmandate", "predict_maskmandate"]

_LABELS = {0: "disagree", 1: "neutral", 2: "agree"}
RESULT_COLUMNS = ["benchmark", "split", "target", "metric", "method", "value", "n"]


def _macro_f1(y_true, y_pred, labels=("disagree", "neutral", "agree")) -> float:
    try:
        from ._metrics import macro_f1
    except ImportError:  # pragma: no cover - the metrics module is owned elsewhere
        macro_f1 = None
    if macro_f1 is not None:
        return float(macro_f1(y_true, y_pred, labels=list(labels)))
    t, p = np.asarray(y_true, dtype=object), np.asarray(y_pred, dtype=object)
    f1s = []
    for lab in labels:
        tp = np.sum((t == lab) & (p == lab))
        prec = tp / max(np.sum(p == lab), 1)
        rec = tp / max(np.sum(t == lab), 1)
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return float(np.mean(f1s))


def load_maskmandate(root: Path) -> pd.DataFrame:
    """Read ``reply-agreement/maskmandate.csv`` (cp1252) with a ``gold`` label and a ``split``.

    Returns
    -------
    DataFrame
        ``quote_text``, ``response_text``, ``relation`` (0/1/2), ``gold``
        (disagree/neutral/agree), ``split`` ("dev" or "holdout").
    """
    path = Path(root) / "reply-agreement" / "maskmandate.csv"
    data = pd.read_csv(path, encoding="cp1252")
    data["gold"] = data["relation"].map(_LABELS)
    data["split"] = np.where(np.arange(len(data)) % 5 == 0, "holdout", "dev")
    return data


def predict_maskmandate(data: pd.DataFrame) -> pd.DataFrame:
    """Score every pair as a two-comment thread; returns ``data`` plus ``pred``, ``cue``, ``evidence``, ``baseline``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from .replies import score_replies

    n = len(data)
    ids = np.arange(n).astype(str)
    quotes = data["quote_text"].fillna("").astype(str).to_numpy()
    responses = data["response_text"].fillna("").astype(str).to_numpy()
    comments = pd.DataFrame({
        "thread_id": np.repeat(ids, 2),
        "comment_id": np.tile(["q", "r"], n),
        "parent_id": pd.array(np.tile([None, "q"], n), dtype="string"),
        "text": np.ravel(np.column_stack([quotes, responses])),
        "position": np.tile([0, 1], n),
    })
    replies = score_replies(comments)
    parent_edges = replies[replies["edge"] == "parent"].set_index("thread_id")
    out = data.copy()
    out["pred"] = parent_edges.loc[ids, "relation"].to_numpy()
    out["cue"] = parent_edges.loc[ids, "cue"].to_numpy()
    out["evidence"] = parent_edges.loc[ids, "evidence"].to_numpy()
    analyzer = SentimentIntensityAnalyzer()
    comp = np.array([analyzer.polarity_scores(t)["compound"] for t in responses])
    out["baseline"] = np.where(comp >= 0.05, "agree", np.where(comp <= -0.05, "disagree", "neutral"))
    return out


def evaluate_maskmandate(root: Path) -> pd.DataFrame:
    """Relation macro-F1 of :func:`stance.score_replies` and of the baseline on MaskMandate.

    Parameters
    ----------
    root : Path
        The benchmark folder (holding ``reply-agreement/maskmandate.csv``).

    Returns
    -------
    DataFrame
        Tidy rows with columns ``benchmark`` ("reply-agreement/maskmandate"),
        ``split`` ("all", "dev", "holdout"), ``target`` ("relation"),
        ``metric`` ("macro-F1"), ``method`` ("replies" or
        "baseline: reply VADER"), ``value`` (percent), ``n`` (pairs).
    """
    scored = predict_maskmandate(load_maskmandate(root))
    rows = []
    for split in ("all", "dev", "holdout"):
        part = scored if split == "all" else scored[scored["split"] == split]
        for method, col in (("replies", "pred"), ("baseline: reply VADER", "baseline")):
            rows.append({"benchmark": "reply-agreement/maskmandate", "split": split,
                         "target": "relation", "metric": "macro-F1", "method": method,
                         "value": 100 * _macro_f1(part["gold"], part[col]), "n": len(part)})
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)


def main(argv: list[str] | None = None) -> int:
    """Print the MaskMandate figures (and, with ``--confusion``, the dev confusions by cue)."""
    parser = argparse.ArgumentParser(prog="python -m stance._eval_replies")
    parser.add_argument("--root", default=None, help="benchmark folder (default ../shared/benchmarks)")
    parser.add_argument("--confusion", action="store_true", help="print dev confusions and cues")
    args = parser.parse_args(argv)
    root = Path(args.root) if args.root else None
    if root is None:
        for cand in (Path.cwd().parent / "shared" / "benchmarks",
                     Path(__file__).resolve().parents[2] / "shared" / "benchmarks"):
            if cand.is_dir():
                root = cand
                break
    if root is None or not (root / "reply-agreement" / "maskmandate.csv").exists():
        print("maskmandate.csv not found; pass --root PATH", file=sys.stderr)
        return 2
    print(evaluate_maskmandate(root).to_string(index=False, float_format=lambda v: f"{v:.1f}"))
    if args.confusion:
        scored = predict_maskmandate(load_maskmandate(root))
        dev = scored[scored["split"] == "dev"]
        print(pd.crosstab(dev["gold"], dev["pred"], margins=True))
        print(pd.crosstab(dev["cue"], dev["gold"]).assign(
            n=lambda t: t.sum(axis=1)).sort_values("n", ascending=False).to_string())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
