"""Tests for stance.measures (polarization), with values computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from stance.errors import StanceError
from stance.measures import (
    MEASURES, affective_gap, cov_trace, dip_test, ei_index, esteban_ray, morales_index,
    pearson_permutation, polarization, running_polarization, wilson_interval,
)


def _stances(values, actor="Putin", thread="t", ids=None):
    values = list(values)
    labels = ["favor" if v > 0 else "against" if v < 0 else "neutral" for v in values]
    ids = ids or [f"c{i}" for i in range(len(values))]
    return pd.DataFrame({"thread_id": thread, "comment_id": ids, "actor": actor,
                         "stance": [float(v) for v in values], "label": labels,
                         "confidence": 0.9})


def _value(out, measure, actor="Putin"):
    row = out[(out["measure"] == measure) & (out["actor"] == actor)]
    assert len(row) == 1, f"{measure}: {len(row)} rows"
    return row.iloc[0]


# --------------------------------------------------------------------- measures
def test_morales_two_equal_extreme_camps_is_one():
    assert morales_index([-1, -1, 1, 1]) == (1.0, 0.0, 1.0)


def test_morales_by_hand():
    # camps: + {0.5, 1.0} (gc+ = 0.75), - {-0.5} (gc- = -0.5); 0 in neither
    # dA = |2 - 1| / 3 = 1/3 ; d = |0.75 + 0.5| / 2 = 0.625 ; mu = 2/3 * 0.625
    mu, d_a, d = morales_index([0.5, 1.0, -0.5, 0.0])
    assert d_a == pytest.approx(1 / 3)
    assert d == pytest.approx(0.625)
    assert mu == pytest.approx(2 / 3 * 0.625)


@pytest.mark.parametrize("values", [[0.4, 0.4, 0.4], [-1, -1], [0, 0, 0]])
def test_identical_stances_are_not_polarized(values):
    assert morales_index(values)[0] == 0.0
    assert esteban_ray(values) == 0.0


def test_esteban_ray_even_split_is_one_and_by_hand():
    assert esteban_ray([-1, -1, 1, 1]) == pytest.approx(1.0)
    assert esteban_ray(["against", "favor"]) == pytest.approx(1.0)
    # shares (1/4, 1/2, 1/4) at -1, 0, 1, alpha = 1:
    # sum pi_i^2 pi_j |yi - yj| = 2 * [(1/16)(1/2)(1) + (1/16)(1/4)(2)] + (1/4)(1/4)(1) * 2
    # = 2 * (1/32 + 1/32) + 1/8 = 1/4 ; times 2 -> 1/2
    assert esteban_ray(["against", "neutral", "neutral", "favor"]) == pytest.approx(0.5)
    assert math.isnan(esteban_ray([]))


def test_wilson_interval_by_hand():
    # k = 3, n = 4, z = 1.959964: p = .75, z^2 = 3.841459
    z = 1.959963984540054
    p, n = 0.75, 4
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    lo, hi = wilson_interval(3, 4)
    assert (lo, hi) == pytest.approx((centre - half, centre + half))
    assert (lo, hi) == pytest.approx((0.30064, 0.95441), abs=1e-4)
    assert wilson_interval(0, 10)[0] == pytest.approx(0.0, abs=1e-12)
    assert all(math.isnan(v) for v in wilson_interval(0, 0))


def test_ei_index_small_graph():
    # 4 edges: 1 across camps, 3 within -> (1 - 3) / 4
    assert ei_index(1, 3) == -0.5
    assert ei_index(2, 0) == 1.0
    assert math.isnan(ei_index(0, 0))


def test_permutation_p_on_perfect_correlation():
    r, p = pearson_permutation(range(8), range(8), n_perm=999, random_state=1)
    assert r == pytest.approx(1.0)
    # 2 of 8! = 40320 orderings reach |r| = 1: almost surely none of 999 shuffles
    assert p < 0.01
    r, p = pearson_permutation([1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5], n_perm=999)
    assert 0 < r < 1 and p > 0.01
    assert all(math.isnan(v) for v in pearson_permutation([1, 2], [1, 2]))
    assert math.isnan(pearson_permutation([1, 1, 1], [1, 2, 3])[0])


def test_dip_bimodal_vs_unimodal():
    rng = np.random.default_rng(0)
    bimodal = np.concatenate([rng.normal(-0.8, 0.05, 60), rng.normal(0.8, 0.05, 60)])
    unimodal = rng.normal(0, 0.3, 120)
    assert dip_test(bimodal)[1] < 0.01
    assert dip_test(unimodal)[1] > 0.1
    assert all(math.isnan(v) for v in dip_test([1.0, 2.0, 3.0]))


def test_affective_gap_and_cov_trace_by_hand():
    assert affective_gap([-0.5, -0.7, 0.4, 0.2], [True, True, False, False]) == pytest.approx(-0.9)
    assert math.isnan(affective_gap([0.1, 0.2], [True, True]))
    # columns: var([-1, 1]) = 1, var([0, 0]) = 0
    assert cov_trace([[-1, 0], [1, 0]]) == 1.0


# ------------------------------------------------------------------ the table
def test_polarization_table_shape_and_hand_values():
    out = polarization(_stances([-1, -1, 1, 1]), n_boot=200)
    assert list(out.columns) == ["actor", "measure", "value", "ci_low", "ci_high", "n",
                                 "small_sample"]
    assert _value(out, "morales_mu")["value"] == 1.0
    assert _value(out, "esteban_ray")["value"] == pytest.approx(1.0)
    assert _value(out, "std")["value"] == 1.0
    assert _value(out, "mean_abs")["value"] == 1.0
    row = _value(out, "std")
    assert row["n"] == 4 and row["small_sample"]
    assert row["ci_low"] <= row["value"] <= row["ci_high"]
    # no replies: reply measures present, NaN, n = 0
    assert math.isnan(_value(out, "ei_index")["value"]) and _value(out, "ei_index")["n"] == 0
    assert _value(out, "cov_trace", actor="(all)")["value"] == 1.0


def test_only_scored_labels_count_and_input_not_mutated():
    st = _stances([-1, 1, 1])
    extra = pd.DataFrame({"thread_id": ["t"], "comment_id": ["x"], "actor": [pd.NA],
                          "stance": [np.nan], "label": ["not_scored"], "confidence": [0.0]})
    table = pd.concat([st, extra], ignore_index=True)
    before = table.copy()
    out = polarization(table, measures=["std"], n_boot=50)
    assert _value(out, "std")["n"] == 3
    pd.testing.assert_frame_equal(table, before)


def test_undefined_is_nan_not_error():
    out = polarization(_stances([0.5]), n_boot=50)
    assert math.isnan(_value(out, "std")["value"])
    assert math.isnan(_value(out, "std")["ci_low"])


def test_bootstrap_is_seeded():
    st = _stances(np.linspace(-1, 1, 25))
    a = polarization(st, measures=["std"], n_boot=300, random_state=3)
    b = polarization(st, measures=["std"], n_boot=300, random_state=3)
    c = polarization(st, measures=["std"], n_boot=300, random_state=4)
    pd.testing.assert_frame_equal(a, b)
    assert a["ci_low"].iloc[0] != c["ci_low"].iloc[0]


def _reply_fixture():
    # camps toward Putin: a, b favor; c, d against; e neutral; f no stance
    st = _stances([0.8, 0.6, -0.7, -0.9, 0.0], ids=["a", "b", "c", "d", "e"])
    replies = pd.DataFrame({
        "thread_id": "t",
        "comment_id": ["b", "c", "d", "e", "f", "g"],
        "parent_id": ["a", "a", "c", "d", "e", "f"],
        "edge": "parent",
        "relation": ["agree", "disagree", "agree", "disagree", "disagree", "neutral"],
    })
    sentiment = pd.DataFrame({"thread_id": "t", "comment_id": list("abcdefg"),
                              "compound": [0.1, 0.5, -0.6, 0.3, -0.2, 0.0, 0.0]})
    return st, replies, sentiment


def test_reply_measures_by_hand():
    st, replies, sentiment = _reply_fixture()
    out = polarization(st, replies, sentiment=sentiment, n_boot=200)
    # all edges: agree 2, disagree 3 (neutral g->f not counted) -> 3/5
    rate = _value(out, "disagreement_rate", actor="(all)")
    assert rate["value"] == pytest.approx(3 / 5) and rate["n"] == 5
    assert (rate["ci_low"], rate["ci_high"]) == pytest.approx(wilson_interval(3, 5))
    # Putin edges: those touching a stance row: b-a, c-a, d-c, e-d, f-e (g-f has none)
    # -> agree 2 (b-a, d-c), disagree 3 (c-a, e-d, f-e)
    assert _value(out, "disagreement_rate")["value"] == pytest.approx(3 / 5)
    # camp edges (both ends favor/against): b-a within, c-a across, d-c within -> E=1, I=2
    assert _value(out, "ei_index")["value"] == pytest.approx(-1 / 3)
    assert _value(out, "cross_camp_share")["value"] == pytest.approx(1 / 3)
    assert _value(out, "cross_camp_share")["n"] == 3
    # affective gap: cross c: -0.6 ; within b: 0.5, d: 0.3 -> -0.6 - 0.4 = -1.0
    assert _value(out, "affective_gap")["value"] == pytest.approx(-1.0)
    # parent-child pairs with both stances: (a,b)=(.8,.6), (a,c)=(.8,-.7), (c,d)=(-.7,-.9),
    # (d,e)=(-.9,0)
    r = np.corrcoef([0.8, 0.8, -0.7, -0.9], [0.6, -0.7, -0.9, 0.0])[0, 1]
    assert _value(out, "parent_child_r")["value"] == pytest.approx(r)
    assert _value(out, "parent_child_r")["n"] == 4


def test_by_thread_groups():
    st = pd.concat([_stances([-1, 1], thread="t1"), _stances([1, 1], thread="t2")])
    out = polarization(st, measures=["morales_mu"], n_boot=0)
    assert list(out.columns[:2]) == ["actor", "thread_id"]
    assert out.set_index("thread_id")["value"].to_dict() == {"t1": 1.0, "t2": 0.0}
    pooled = polarization(st, measures=["morales_mu"], n_boot=0, by=[])
    assert "thread_id" not in pooled.columns and len(pooled) == 1


def test_by_column_from_comments():
    st = _stances([-1, 1, 1, 1])
    comments = pd.DataFrame({"thread_id": "t", "comment_id": ["c0", "c1", "c2", "c3"],
                             "half": ["first", "first", "second", "second"]})
    out = polarization(st, measures=["morales_mu"], by="half", comments=comments, n_boot=0)
    assert out.set_index("half")["value"].to_dict() == {"first": 1.0, "second": 0.0}


def test_bad_input_errors():
    with pytest.raises(StanceError, match="label"):
        polarization(pd.DataFrame({"comment_id": ["a"], "actor": ["x"], "stance": [0.1]}))
    with pytest.raises(StanceError, match="unknown measure"):
        polarization(_stances([1, -1]), measures=["bimodality"])
    with pytest.raises(StanceError, match="half"):
        polarization(_stances([1, -1]), by="half")


def test_measures_list_is_complete():
    st, replies, sentiment = _reply_fixture()
    out = polarization(st, replies, sentiment=sentiment, n_boot=20)
    assert set(out["measure"]) == set(MEASURES)


# ------------------------------------------------------------------ dynamics
def test_running_by_position_is_an_expanding_window():
    st = _stances([-1, 1, 1, -1])
    comments = pd.DataFrame({"thread_id": "t", "comment_id": ["c0", "c1", "c2", "c3"],
                             "position": [1, 2, 3, 4], "depth": [0, 1, 0, 1]})
    out = running_polarization(st, comments=comments, measures=["morales_mu", "std"], n_boot=0)
    mu = out[out["measure"] == "morales_mu"].set_index("step")["value"]
    # step 1: one comment -> NaN ; 2: {-1, 1} -> 1 ; 3: {-1, 1, 1} dA = 1/3 -> 2/3 ; 4: -> 1
    assert math.isnan(mu[1])
    assert mu[2] == 1.0 and mu[3] == pytest.approx(2 / 3) and mu[4] == 1.0
    assert out["step"].dtype.kind == "i"


def test_running_by_depth_and_parent_lookup_across_depths():
    st, replies, _ = _reply_fixture()
    comments = pd.DataFrame({"thread_id": "t", "comment_id": list("abcdefg"),
                             "position": range(7), "depth": [0, 1, 1, 2, 3, 4, 5]})
    out = running_polarization(st, replies, comments=comments, over="depth",
                               measures=["std", "ei_index", "disagreement_rate"], n_boot=0)
    assert set(out["depth"]) == {0, 1, 2, 3}
    # depth 1 replies b->a (within) and c->a (across): parents at depth 0 are still seen
    ei1 = out[(out["depth"] == 1) & (out["measure"] == "ei_index")]["value"].iloc[0]
    assert ei1 == 0.0


def test_running_bad_over():
    with pytest.raises(StanceError, match="over"):
        running_polarization(_stances([1]), comments=pd.DataFrame({"comment_id": ["c0"]}),
                             over="time")


def test_empty_stances_and_missing_thread_ids():
    empty = pd.DataFrame({"comment_id": [], "actor": [], "stance": [], "label": []})
    out = polarization(empty, n_boot=10)
    assert out["actor"].tolist() == ["(all)"] and math.isnan(out["value"].iloc[0])
    # stances without thread ids still meet reply edges that have them
    st = pd.DataFrame({"comment_id": ["a", "b"], "actor": ["P", "P"], "stance": [0.5, -0.5],
                       "label": ["favor", "against"]})
    rp = pd.DataFrame({"thread_id": ["t"], "comment_id": ["b"], "parent_id": ["a"],
                       "relation": ["disagree"]})
    assert _value(polarization(st, rp, n_boot=10), "ei_index", actor="P")["value"] == 1.0
    run = running_polarization(st, rp, comments=pd.DataFrame({"comment_id": ["a", "b"],
                                                              "position": [0, 1]}),
                               measures=["disagreement_rate"], n_boot=5)
    last = run[(run["step"] == 1) & (run["actor"] == "P")].iloc[0]
    assert last["value"] == 1.0 and last["n"] == 1


def test_public_name_stays_callable_after_module_import():
    import stance
    import stance.measures  # noqa: F401 - the module's name differs from the function's

    out = stance.polarization(_stances([-1, 1]), measures=["morales_mu"], n_boot=0)
    assert out["value"].tolist() == [1.0]
