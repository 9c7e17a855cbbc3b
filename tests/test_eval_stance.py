"""Tests for stance._eval_stance on tiny hand-built benchmark folders (no ../shared needed)."""

import json

import pandas as pd
import pytest

from stance._eval_stance import (BASELINE, RESULT_COLUMNS, evaluate_newsmtsc, evaluate_ruw,
                                 newsmtsc_predictions, read_newsmtsc, read_ruw, ruw_predictions)
from stance.actors import Actor

RUSSIA = Actor("Russia", kind="country", demonyms=("Russian",), opponents=("Ukraine",))
UKRAINE = Actor("Ukraine", kind="country", demonyms=("Ukrainian",), opponents=("Russia",))
PUTIN = Actor("Putin", pronouns=True, affiliation=("Russia",))


@pytest.fixture()
def ruw_root(tmp_path):
    rows = [
        # tweet, stance Russia, stance Ukraine
        ("Russia invaded Ukraine.", "AGAINST", "FAVOR"),
        ("Glory to Russia! Ukraine is a puppet.", "FAVOR", "AGAINST"),
        ("Russia and Ukraine met in Istanbul.", "NONE", "NONE"),
        ("Putin is a war criminal and Ukraine is brave.", "AGAINST", "FAVOR"),
    ]
    frame = pd.DataFrame({"Tweet": [r[0] for r in rows], "Target 1": "Russia",
                          "Stance 1": [r[1] for r in rows], "Target 2": "Ukraine",
                          "Stance 2": [r[2] for r in rows], "Test/Train/Dev": "Dev"})
    (tmp_path / "ruw").mkdir()
    frame.to_csv(tmp_path / "ruw" / "val.csv", index=False, encoding="latin-1")
    return tmp_path


@pytest.fixture()
def mtsc_root(tmp_path):
    recs = [
        {"sentence_normalized": "Smith praised Jones, a brilliant and honest leader.",
         "targets": [{"from": 0, "to": 5, "mention": "Smith", "polarity": 4.0},
                     {"from": 14, "to": 19, "mention": "Jones", "polarity": 6.0}]},
        {"sentence_normalized": "John Brown is a liar.",
         "targets": [{"from": 0, "to": 10, "mention": "John Brown", "polarity": 2.0}]},
        {"sentence_normalized": "Brown met the mayor on Friday.",
         "targets": [{"from": 0, "to": 5, "mention": "Brown", "polarity": 4.0}]},
    ]
    (tmp_path / "newsmtsc").mkdir()
    with open(tmp_path / "newsmtsc" / "rw_dev.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
    return tmp_path


def test_read_ruw(ruw_root):
    data = read_ruw(ruw_root, "val")
    assert data.columns.tolist() == ["comment_id", "text", "Russia", "Ukraine"]
    assert data["Russia"].tolist() == ["AGAINST", "FAVOR", "NONE", "AGAINST"]


def test_ruw_predictions_use_actor_rows_affiliation_and_opponents(ruw_root):
    data = read_ruw(ruw_root, "val")
    pred = ruw_predictions(data, [RUSSIA, UKRAINE, PUTIN])
    assert pred["pred_Russia"].tolist() == ["AGAINST", "FAVOR", "NONE", "AGAINST"]
    assert pred["pred_Ukraine"].tolist() == ["FAVOR", "AGAINST", "NONE", "FAVOR"]
    # tweet 4: Russia named only through Putin (affiliation)
    assert pred.loc[3, "cue_Russia"].endswith("(Putin)")


def test_evaluate_ruw_tidy_rows(ruw_root):
    res = evaluate_ruw(ruw_root, "val", actors=[RUSSIA, UKRAINE, PUTIN])
    assert res.columns.tolist() == RESULT_COLUMNS
    assert set(res["method"]) == {"stance", BASELINE}
    assert set(res["target"]) == {"Russia", "Ukraine"}
    ours = res[res["method"] == "stance"].set_index("target")["value"]
    # all four tweets right for both targets -> F_avg 100
    assert ours["Russia"] == pytest.approx(100.0)
    assert ours["Ukraine"] == pytest.approx(100.0)
    assert (res["n"] == 4).all()


def test_read_and_predict_newsmtsc(mtsc_root):
    data = read_newsmtsc(mtsc_root, "rw_dev")
    assert data["gold"].tolist() == ["neutral", "positive", "negative", "neutral"]
    pred = newsmtsc_predictions(data)
    assert pred["pred"].tolist()[1:] == ["positive", "negative", "neutral"]


def test_evaluate_newsmtsc_macro_f1(mtsc_root):
    res = evaluate_newsmtsc(mtsc_root, "rw_dev")
    assert res.columns.tolist() == RESULT_COLUMNS
    ours = res.loc[res["method"] == "stance", "value"].item()
    pred = newsmtsc_predictions(read_newsmtsc(mtsc_root, "rw_dev"))
    from stance._metrics import macro_f1

    expected = 100 * macro_f1(pred["gold"], pred["pred"], ["negative", "neutral", "positive"])
    assert ours == pytest.approx(expected)
    assert (res["n"] == 4).all()


def test_newsmtsc_targets_naming_the_same_person_share_one_actor():
    text = "Donald Trump is a liar, and Mr. Trump knows it."
    data = pd.DataFrame({"sid": [0, 0], "text": [text, text],
                         "mention": ["Donald Trump", "Mr. Trump"], "start": [0, 28],
                         "end": [12, 37], "gold": ["negative", "negative"]})
    pred = newsmtsc_predictions(data)
    assert pred["pred"].tolist() == ["negative", "negative"]
    assert "not found" not in pred["cue"].tolist()


def test_the_evaluation_table_says_whether_the_exact_figure_meets_its_goal():
    # 54.98 prints as "55.0" at one decimal: the goal column decides on the exact value
    from stance.evaluate import TARGETS, _side_by_side

    rows = []
    for target, ours in (("Russia", 57.21), ("Ukraine", 54.98)):
        rows += [{"benchmark": "RUW", "split": "val", "target": target, "metric": "F_avg",
                  "method": "stance", "value": ours, "n": 600},
                 {"benchmark": "RUW", "split": "val", "target": target, "metric": "F_avg",
                  "method": "baseline: VADER", "value": 36.0, "n": 600}]
    rows += [{"benchmark": "NewsMTSC", "split": "mt_dev", "target": "all", "metric": "macro-F1",
              "method": m, "value": v, "n": 442} for m, v in (("stance", 57.9), ("baseline: VADER", 52.8))]
    wide = _side_by_side(pd.DataFrame(rows)).set_index(["benchmark", "split", "target"])
    assert TARGETS[("RUW", "val")] == 55.0
    assert wide.loc[("RUW", "val", "Russia"), "met"] == "yes"
    assert wide.loc[("RUW", "val", "Ukraine"), "met"] == "NO"
    assert wide.loc[("NewsMTSC", "mt_dev", "all"), "met"] == ""  # no goal for this split
    assert wide.loc[("RUW", "val", "Ukraine"), "gain"] == pytest.approx(18.98)
