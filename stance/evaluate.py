"""Measure the scorers on the labelled development benchmarks.

Run ``python -m stance.evaluate [--root PATH]``. The benchmarks are read from
``../shared/benchmarks`` (relative to the working directory, then to the
repository) or from ``--root``; they are never copied into the project. Each
figure is printed beside the naive baseline named in the benchmarks' README:

* RUW val: F_avg (mean F1 of FAVOR and AGAINST) for Russia and Ukraine,
  default actors, against whole-text VADER;
* NewsMTSC rw_dev and mt_dev: macro-F1, one actor per target mention, against
  whole-sentence VADER;
* reply agreement (MaskMandate): relation macro-F1 with each pair as a
  two-comment thread, against VADER on the reply alone.

Figures are printed with two decimals, and the rows that have an acceptance
goal (:data:`TARGETS`, column ``goal``) say whether the exact figure meets it
(column ``met``), so that 54.98 is not read as the 55.0 a one-decimal table
would show.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

__all__ = ["find_benchmarks", "run_all", "main", "TARGETS"]

#: Acceptance targets of the stance scorer: (benchmark, split) -> lowest accepted value (percent).
TARGETS = {("RUW", "val"): 55.0, ("NewsMTSC", "rw_dev"): 60.0}


def find_benchmarks(root: str | Path | None = None) -> Path | None:
    """Return the benchmark folder, or None when it is not on this machine.

    Parameters
    ----------
    root : str or Path, optional
        An explicit folder. Otherwise ``../shared/benchmarks`` is looked for
        beside the working directory and beside the repository.
    """
    if root is not None:
        path = Path(root)
        return path if path.is_dir() else None
    candidates = [
        Path.cwd().parent / "shared" / "benchmarks",
        Path(__file__).resolve().parents[2] / "shared" / "benchmarks",
    ]
    for path in candidates:
        if path.is_dir():
            return path
    return None


def run_all(root: Path, *, which: tuple[str, ...] = ("ruw", "newsmtsc", "replies")) -> pd.DataFrame:
    """Run every benchmark found under ``root`` and return one tidy table.

    Returns
    -------
    DataFrame
        Columns ``benchmark, split, target, metric, method, value, n`` where
        ``value`` is a percentage and ``method`` is ``"stance"``/``"replies"``
        or the baseline's name.
    """
    from ._eval_replies import evaluate_maskmandate
    from ._eval_stance import evaluate_newsmtsc, evaluate_ruw

    frames = []
    if "ruw" in which and (root / "ruw" / "val.csv").exists():
        frames.append(evaluate_ruw(root, split="val"))
    if "newsmtsc" in which and (root / "newsmtsc").is_dir():
        for split in ("rw_dev", "mt_dev"):
            if (root / "newsmtsc" / f"{split}.jsonl").exists():
                frames.append(evaluate_newsmtsc(root, split=split))
    if "replies" in which and (root / "reply-agreement" / "maskmandate.csv").exists():
        frames.append(evaluate_maskmandate(root))
    if not frames:
        return pd.DataFrame(columns=["benchmark", "split", "target", "metric", "method", "value", "n"])
    return pd.concat(frames, ignore_index=True)


def _side_by_side(results: pd.DataFrame) -> pd.DataFrame:
    """Pivot the tidy results so each benchmark row shows ours beside the baseline."""
    table = results.copy()
    table["who"] = table["method"].where(~table["method"].str.startswith("baseline"), "baseline")
    table.loc[table["who"] != "baseline", "who"] = "stance"
    wide = table.pivot_table(index=["benchmark", "split", "target", "metric"], columns="who",
                             values="value", aggfunc="first")
    n = table.groupby(["benchmark", "split", "target", "metric"])["n"].first()
    wide["n"] = n
    wide["gain"] = wide.get("stance") - wide.get("baseline")
    wide = wide.reset_index()
    goal = [TARGETS.get((b, s)) for b, s in zip(wide["benchmark"], wide["split"])]
    wide["goal"] = [float("nan") if g is None else g for g in goal]
    wide["met"] = [("yes" if v >= g else "NO") if g is not None and pd.notna(v) else ""
                   for v, g in zip(wide["stance"], goal)]
    return wide


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: print the benchmark figures."""
    parser = argparse.ArgumentParser(prog="python -m stance.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--root", help="benchmark folder (default: ../shared/benchmarks)")
    parser.add_argument("--only", nargs="+", choices=["ruw", "newsmtsc", "replies"],
                        default=["ruw", "newsmtsc", "replies"], help="run only these benchmarks")
    parser.add_argument("--csv", help="also write the tidy results to this CSV file")
    args = parser.parse_args(argv)
    root = find_benchmarks(args.root)
    if root is None:
        print("No benchmark folder found (looked for ../shared/benchmarks); pass --root PATH.",
              file=sys.stderr)
        return 2
    start = time.perf_counter()
    results = run_all(root, which=tuple(args.only))
    wide = _side_by_side(results)
    with pd.option_context("display.width", 120, "display.max_columns", 20):
        print(f"benchmarks: {root}")
        print(wide.to_string(index=False, float_format=lambda v: f"{v:.2f}", na_rep=""))
    print(f"({time.perf_counter() - start:.1f} s)")
    if args.csv:
        results.to_csv(args.csv, index=False)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
