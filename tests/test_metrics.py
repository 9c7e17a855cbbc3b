"""Tests for stance._metrics, against answers computed by hand."""

import math

import pytest

from stance._metrics import accuracy, f1_per_class, f_avg, macro_f1


def test_f1_per_class_by_hand():
    gold = ["favor", "favor", "against", "none", "none"]
    pred = ["favor", "none", "favor", "none", "against"]
    t = f1_per_class(gold, pred, ["favor", "against", "none"]).set_index("label")
    # favor: tp=1, predicted 2, support 2 -> P=.5 R=.5 F=.5
    assert t.loc["favor", "precision"] == pytest.approx(0.5)
    assert t.loc["favor", "recall"] == pytest.approx(0.5)
    assert t.loc["favor", "f1"] == pytest.approx(0.5)
    # against: tp=0 -> 0
    assert t.loc["against", "f1"] == 0.0
    assert t.loc["against", "support"] == 1
    assert t.loc["against", "predicted"] == 1
    # none: tp=1, predicted 2, support 2 -> .5
    assert t.loc["none", "f1"] == pytest.approx(0.5)


def test_macro_f1_averages_listed_labels_including_absent():
    gold = ["a", "a", "b"]
    pred = ["a", "a", "b"]
    assert macro_f1(gold, pred) == 1.0
    # a class that never occurs nor is predicted has F1 0 and is averaged in
    assert macro_f1(gold, pred, labels=["a", "b", "c"]) == pytest.approx(2 / 3)


def test_f_avg_semeval_none_counts_against_precision_and_recall():
    gold = ["favor", "favor", "against", "against", "none"]
    pred = ["favor", "none", "against", "favor", "none"]
    # favor: tp1, pred 2, gold 2 -> F=.5 ; against: tp1 pred1 gold2 -> P1 R.5 F=2/3
    assert f_avg(gold, pred) == pytest.approx((0.5 + 2 / 3) / 2)


def test_f_avg_custom_label_names():
    assert f_avg(["FAVOR", "AGAINST"], ["FAVOR", "AGAINST"], favor="FAVOR",
                 against="AGAINST") == 1.0
    # lower-case defaults do not match upper-case labels: both F1 are 0
    assert f_avg(["FAVOR"], ["FAVOR"]) == 0.0


def test_length_mismatch_raises():
    with pytest.raises(ValueError, match="differ in length"):
        macro_f1(["a"], ["a", "b"])


def test_accuracy_and_empty():
    assert accuracy(["a", "b"], ["a", "a"]) == 0.5
    assert accuracy([], []) == 0.0
    assert math.isclose(macro_f1([], []), 0.0)
