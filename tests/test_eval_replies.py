"""Tests for the MaskMandate evaluation (a tiny fake benchmark; the real one is opt-in)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from stance._eval_replies import RESULT_COLUMNS, _macro_f1, evaluate_maskmandate, load_maskmandate


@pytest.fixture
def fake_root(tmp_path: Path) -> Path:
    folder = tmp_path / "reply-agreement"
    folder.mkdir()
    rows = [
        ("Masks work.", "I disagree, they don\u2019t.", 0),      # cp1252 apostrophe
        ("Masks work.", "Exactly. Well said.", 2),
        ("Where is this?", "A bus in Arizona.", 1),
        ("These people are nuts.", "Nonsense.", 2),            # a miss on purpose
        ("It is a flu.", "You are wrong.", 0),
    ]
    pd.DataFrame(rows, columns=["quote_text", "response_text", "relation"]).to_csv(
        folder / "maskmandate.csv", index=False, encoding="cp1252")
    return tmp_path


def test_macro_f1_by_hand():
    # agree: P 1/1 R 1/2 -> 2/3 ; disagree: P 1/2 R 1 -> 2/3 ; neutral: 1 -> mean 7/9
    gold = ["agree", "agree", "disagree", "neutral"]
    pred = ["agree", "disagree", "disagree", "neutral"]
    assert _macro_f1(gold, pred) == pytest.approx(7 / 9)


def test_load_reads_cp1252_and_splits(fake_root):
    data = load_maskmandate(fake_root)
    assert data["response_text"].iloc[0] == "I disagree, they don\u2019t."
    assert data["gold"].tolist() == ["disagree", "agree", "neutral", "agree", "disagree"]
    assert data["split"].tolist() == ["holdout", "dev", "dev", "dev", "dev"]


def test_evaluate_on_fake_benchmark(fake_root):
    out = evaluate_maskmandate(fake_root)
    assert list(out.columns) == RESULT_COLUMNS
    assert set(out["method"]) == {"replies", "baseline: reply VADER"}
    assert set(out["split"]) == {"all", "dev", "holdout"}
    mine = out[(out["method"] == "replies") & (out["split"] == "all")].iloc[0]
    assert mine["n"] == 5 and mine["target"] == "relation" and mine["metric"] == "macro-F1"
    # 4 of 5 right: agree P 1 R 1/2 -> 2/3 ; disagree P 2/3 R 1 -> 4/5 ; neutral 1
    assert mine["value"] == pytest.approx(100 * (2 / 3 + 4 / 5 + 1) / 3)


BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


@pytest.mark.benchmark_data
@pytest.mark.slow
@pytest.mark.skipif(not (BENCH / "reply-agreement" / "maskmandate.csv").exists(),
                    reason="../shared/benchmarks not on this machine")
def test_maskmandate_beats_the_baseline():
    out = evaluate_maskmandate(BENCH).set_index(["split", "method"])["value"]
    assert out[("all", "replies")] >= 50
    assert out[("all", "replies")] > out[("all", "baseline: reply VADER")] + 5
