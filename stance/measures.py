"""Polarization measures for stance toward actors, honest about small samples.

:func:`polarization` turns a stance table (one row per comment and actor, see
:func:`stance.score_stance`) and optionally a reply table
(:func:`stance.score_replies`) and a comment sentiment table into tidy rows
``actor, [by...], measure, value, ci_low, ci_high, n, small_sample``.
:func:`running_polarization` gives the same measures over comment order
(expanding window, column ``step``) or by reply depth (column ``depth``).

Only stance rows whose ``label`` is ``favor``, ``against`` or ``neutral`` are
used (rows of unscored comments are ignored). ``x`` below is the vector of
stance scores in [-1, 1] of the comments toward one actor, one value per
comment (when a comment has several rows for an actor, the most confident
one is kept).

Measures
--------
std
    Spread: population standard deviation of ``x``,
    ``sqrt(mean((x - mean(x))**2))``. Range [0, 1] (1 when half the
    comments sit at -1 and half at +1). Percentile bootstrap interval.
    Caveat: with a handful of comments the interval is wide and the
    bootstrap under-covers; see ``small_sample``.
mean_abs
    Extremity: ``mean(|x|)``. Range [0, 1]. Bootstrap interval. Says nothing
    about *opposition*: a thread unanimously at +1 scores 1.
morales_mu, morales_dA, morales_d
    Morales, Borondo, Losada & Benito (2015), "Measuring political
    polarization: Twitter shows the two sides of Venezuela", Chaos 25,
    033114. Populations by sign of the stance: ``A+`` = share of comments
    with x > 0, ``A-`` = share with x < 0 (x = 0 belongs to neither);
    ``dA = |A+ - A-| / (A+ + A-)`` (population imbalance, 0 = equal camps);
    ``gc+`` and ``gc-`` the mean stance (centre of gravity) of each camp,
    ``d = |gc+ - gc-| / 2`` (camp distance, 0..1); ``mu = (1 - dA) * d``.
    Ranges [0, 1]. ``mu`` = 1 for half at -1 and half at +1; 0 when one camp
    is empty (then ``d`` = 0 and ``dA`` = 1) or every stance is 0 (``dA``
    NaN, ``d`` = 0, ``mu`` = 0). Bootstrap intervals. Caveat: with few
    comments in the smaller camp ``gc`` rests on one or two values.
esteban_ray
    Esteban & Ray (1994), "On the measurement of polarization",
    Econometrica 62(4). On the labels against / neutral / favor placed at
    y = -1, 0, +1 with shares pi: ``ER = 2**alpha * sum_i sum_j pi_i**(1 +
    alpha) * pi_j * |y_i - y_j|`` (``alpha`` = 1 by default, the
    "identification" weight). The factor ``2**alpha`` normalises an even
    split between -1 and +1 to 1 (for alpha = 1 that is the maximum).
    Range [0, 1] for alpha = 1; 0 when all labels agree. Interval: multinomial
    (parametric) bootstrap of the label shares. Caveat: three bins lose the
    strength of the stance; small samples make the shares jumpy.
dip, dip_pvalue
    Hartigan & Hartigan (1985), "The dip test of unimodality", Annals of
    Statistics 13(1), via the ``diptest`` package: the maximum distance
    between the empirical distribution of ``x`` and the closest unimodal
    distribution. ``dip`` in [0, 0.25]; ``dip_pvalue`` (interpolated from
    the package's tables, null = uniform) small means bimodal. NaN for
    n < 4; no interval (the bootstrap of the dip is biased). Caveat: with
    fewer than ~20 comments the test has almost no power and ties (many
    stances exactly 0 or +-1) inflate the dip. The bimodality coefficient
    is deliberately not reported: it misleads at these sizes.
disagreement_rate
    Share of reply edges (``parent`` and ``addressed`` rows of the reply
    table) labelled ``disagree`` among those labelled agree or disagree:
    ``k / n`` with k = disagree, n = agree + disagree (neutral edges do not
    count). Per actor: edges where the reply or the comment answered has a
    stance row toward the actor; ``actor="(all)"``: every edge. Range
    [0, 1]; Wilson score interval (Wilson 1927). Caveat: rests on the
    rule-based relation labels (about 50 macro-F1 on MaskMandate).
cross_camp_share, ei_index
    Reply edges where both comments are in a camp (label favor or against)
    toward the actor: E = edges between camps, I = within a camp.
    ``cross_camp_share = E / (E + I)`` in [0, 1] with a Wilson interval;
    ``ei_index = (E - I) / (E + I)`` in [-1, 1] (Krackhardt & Stern 1988,
    "Informal networks and organizational crises", Social Psychology
    Quarterly 51(2)), interval ``2 * Wilson - 1``. -1 = echo chambers (all
    replies within camps), +1 = replies only across. Caveat: few edges have
    a camp at both ends; check ``n``.
parent_child_r, parent_child_p
    Pearson correlation of the parent's and the reply's stance toward the
    actor, over reply edges where both have one. Range [-1, 1]; percentile
    bootstrap interval over edges; ``parent_child_p`` is a two-sided
    permutation p-value ``(1 + #{|r_perm| >= |r|}) / (1 + n_perm)`` with
    ``n_perm = n_boot`` shuffles of the replies' stances. NaN for n < 3 or
    no variance. Caveat: ties and few edges make r unstable.
affective_gap
    Mean VADER compound of the replies on cross-camp edges minus that on
    within-camp edges (camps as for ``ei_index``; the reply's sentiment).
    Range [-2, 2]; negative = replies across camps are more hostile
    (cf. Iyengar et al. 2019, affective polarization). Bootstrap over edges.
    NaN without a sentiment table or when one of the two kinds of edges is
    missing. Caveat: VADER misreads sarcasm and slurs.
cov_trace (actor = "(all)")
    Over all actors at once: the comments with at least one stance row form
    a comment x actor matrix of stances, where a missing stance counts as 0
    (no stance expressed); ``cov_trace`` is the trace of its population
    covariance matrix, i.e. the sum of the per-actor variances. Range
    [0, number of actors]. Bootstrap over comments. Caveat: filling missing
    stances with 0 pulls every variance down when actors are rarely
    mentioned; compare only threads with the same actor list.

Intervals are percentile bootstrap intervals (``n_boot`` resamples drawn
from a ``numpy.random.Generator`` seeded by ``random_state``, no global state
touched) or Wilson intervals for proportions, at level ``ci``.
``small_sample`` is True when ``n < min_n``; a value that is undefined (e.g.
n < 2) is NaN, never an error.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ._checks import require_columns
from .errors import StanceError

__all__ = [
    "polarization", "running_polarization", "MEASURES",
    "morales_index", "esteban_ray", "wilson_interval", "dip_test", "ei_index",
    "pearson_permutation", "affective_gap", "cov_trace",
]

MEASURES = (
    "std", "mean_abs", "morales_mu", "morales_dA", "morales_d", "esteban_ray", "dip", "dip_pvalue",
    "disagreement_rate", "cross_camp_share", "ei_index", "parent_child_r", "parent_child_p",
    "affective_gap", "cov_trace",
)
_LABELS = ("favor", "against", "neutral")
_LABEL_VALUE = {"against": -1.0, "neutral": 0.0, "favor": 1.0}
ALL = "(all)"


# --------------------------------------------------------------------------- #
# measure functions (pure, small, tested on their own)
# --------------------------------------------------------------------------- #
def _z(ci: float) -> float:
    from statistics import NormalDist

    return float(NormalDist().inv_cdf(1 - (1 - ci) / 2))


def wilson_interval(k: int, n: int, ci: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion ``k / n``.

    ``(p + z**2/(2n) +- z * sqrt(p(1-p)/n + z**2/(4n**2))) / (1 + z**2/n)``
    with ``z`` the normal quantile of ``ci`` (Wilson 1927, JASA 22). Stays
    inside [0, 1] and behaves at k = 0 or k = n, unlike the Wald interval.

    Parameters
    ----------
    k, n : int
        Successes and trials.
    ci : float
        Coverage, 0.95 by default.

    Returns
    -------
    (float, float)
        Lower and upper bound; NaN for n = 0.

    Examples
    --------
    >>> [round(v, 4) for v in wilson_interval(3, 4)]
    [0.3006, 0.9544]
    """
    if n <= 0:
        return (np.nan, np.nan)
    z = _z(ci)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z / denom * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (float(max(0.0, centre - half)), float(min(1.0, centre + half)))


def _morales_rows(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Morales mu, dA, d of each row of a 2-D array (NaN-free)."""
    pos = x > 0
    neg = x < 0
    n_pos = pos.sum(axis=1)
    n_neg = neg.sum(axis=1)
    tot = n_pos + n_neg
    with np.errstate(invalid="ignore", divide="ignore"):
        gc_pos = np.where(pos, x, 0.0).sum(axis=1) / n_pos
        gc_neg = np.where(neg, x, 0.0).sum(axis=1) / n_neg
        d = np.where((n_pos > 0) & (n_neg > 0), np.abs(gc_pos - gc_neg) / 2, 0.0)
        d_a = np.where(tot > 0, np.abs(n_pos - n_neg) / tot, np.nan)
    mu = np.where(tot > 0, (1 - np.nan_to_num(d_a)) * d, 0.0)
    return mu, d_a, d


def morales_index(x: Sequence[float]) -> tuple[float, float, float]:
    """Morales et al. (2015) polarization index of stances ``x`` in [-1, 1].

    ``mu = (1 - dA) * d`` with ``dA = |A+ - A-| / (A+ + A-)`` (imbalance of the
    camps x > 0 and x < 0; zeros belong to neither) and ``d = |gc+ - gc-| / 2``
    (half the distance between the camps' mean stances). All in [0, 1].
    Reference: Morales, Borondo, Losada & Benito, Chaos 25, 033114 (2015).
    Caveat: a camp of one or two comments decides ``gc`` alone.

    Returns
    -------
    (mu, dA, d) : tuple of float
        ``mu`` = 0 and ``d`` = 0 when a camp is empty; ``dA`` NaN when both
        are (all stances 0); all NaN for empty input.

    Examples
    --------
    >>> morales_index([-1, -1, 1, 1])
    (1.0, 0.0, 1.0)
    >>> morales_index([0.5, 0.5, 0.5])
    (0.0, 1.0, 0.0)
    """
    arr = np.asarray(x, dtype=float)
    arr = arr[np.isfinite(arr)]
    if arr.size == 0:
        return (np.nan, np.nan, np.nan)
    mu, d_a, d = _morales_rows(arr[None, :])
    return (float(mu[0]), float(d_a[0]), float(d[0]))


def _er_from_shares(shares: np.ndarray, alpha: float) -> np.ndarray:
    """Esteban-Ray index of rows of shares over the points -1, 0, +1."""
    y = np.array([-1.0, 0.0, 1.0])
    dist = np.abs(y[:, None] - y[None, :])
    s = np.atleast_2d(shares)
    value = np.einsum("ri,rj,ij->r", s ** (1 + alpha), s, dist)
    return (2.0 ** alpha) * value


def esteban_ray(x: Sequence, *, alpha: float = 1.0) -> float:
    """Esteban-Ray polarization of stance labels on against / neutral / favor.

    ``ER = 2**alpha * sum_i sum_j pi_i**(1+alpha) * pi_j * |y_i - y_j|`` over the
    three groups at y = -1 (against), 0 (neutral), +1 (favor) with shares
    ``pi``; ``2**alpha`` normalises a 50/50 split between -1 and +1 to 1.
    Range [0, 1] for alpha = 1 (the even split is then the maximum). Reference:
    Esteban & Ray, Econometrica 62(4), 819-851 (1994). Caveat: three bins and
    small counts make the shares, and so the index, jumpy.

    Parameters
    ----------
    x : sequence
        Labels (``"against"``, ``"neutral"``, ``"favor"``) or numbers; numbers
        are binned by sign.
    alpha : float
        Identification weight (Esteban & Ray: 0 < alpha <= 1.6).

    Returns
    -------
    float
        NaN for empty input.

    Examples
    --------
    >>> esteban_ray([-1, -1, 1, 1])
    1.0
    >>> esteban_ray(["favor", "favor"])
    0.0
    """
    counts = _label_counts(x)
    total = counts.sum()
    if total == 0:
        return np.nan
    return float(_er_from_shares(counts / total, alpha)[0])


def _label_counts(x: Sequence) -> np.ndarray:
    """Counts of against / neutral / favor in labels or signed numbers."""
    arr = np.asarray(x, dtype=object).ravel()
    if arr.size == 0:
        return np.zeros(3)
    num = np.array([_LABEL_VALUE.get(v, np.nan) if isinstance(v, str) else v for v in arr],
                   dtype=float)
    num = np.sign(num[np.isfinite(num)])
    return np.array([(num < 0).sum(), (num == 0).sum(), (num > 0).sum()], dtype=float)


def dip_test(x: Sequence[float]) -> tuple[float, float]:
    """Hartigan's dip statistic and p-value (``diptest`` package).

    The dip is the largest distance between the empirical distribution and the
    closest unimodal one, in [0, 0.25]; a small p-value means more than one
    mode. Reference: Hartigan & Hartigan, Ann. Statist. 13(1), 70-84 (1985).
    Caveat: little power below ~20 values; ties inflate the dip.

    Returns
    -------
    (dip, p) : tuple of float
        NaN for fewer than 4 finite values.

    Examples
    --------
    >>> dip, p = dip_test([-1, -0.9, -1, -0.95, 1, 0.9, 1, 0.95] * 5)
    >>> p < 0.05
    True
    """
    arr = np.asarray(x, dtype=float)
    arr = arr[np.isfinite(arr)]
    if arr.size < 4:
        return (np.nan, np.nan)
    import diptest

    dip, p = diptest.diptest(arr)
    return (float(dip), float(p))


def ei_index(external: int, internal: int) -> float:
    """Krackhardt E-I index ``(E - I) / (E + I)``, in [-1, 1]; NaN when E + I = 0.

    Reference: Krackhardt & Stern, Soc. Psychol. Q. 51(2), 123-140 (1988).
    -1 means every tie stays within a group, +1 every tie crosses.
    Caveat: with few ties it jumps in steps of 2 / (E + I).

    Examples
    --------
    >>> ei_index(1, 3)
    -0.5
    """
    total = external + internal
    return (external - internal) / total if total else np.nan


def _pearson_rows(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    xc = x - x.mean(axis=-1, keepdims=True)
    yc = y - y.mean(axis=-1, keepdims=True)
    num = (xc * yc).sum(axis=-1)
    den = np.sqrt((xc * xc).sum(axis=-1) * (yc * yc).sum(axis=-1))
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.where(den > 1e-12, num / np.where(den > 1e-12, den, 1.0), np.nan)
    return np.clip(r, -1.0, 1.0)


def pearson_permutation(x: Sequence[float], y: Sequence[float], *, n_perm: int = 1000,
                        random_state: int | np.random.Generator | None = 0) -> tuple[float, float]:
    """Pearson r of ``x`` and ``y`` with a two-sided permutation p-value.

    ``p = (1 + #{|r_perm| >= |r|}) / (1 + n_perm)`` over ``n_perm`` shuffles of
    ``y`` (Phipson & Smyth 2010: never 0). r in [-1, 1]. Caveat: below ~10
    pairs the permutation distribution is coarse (for n = 4 there are only 24
    orderings).

    Returns
    -------
    (r, p) : tuple of float
        NaN for fewer than 3 pairs or a constant variable.

    Examples
    --------
    >>> r, p = pearson_permutation(range(10), range(10), n_perm=999)
    >>> r, p
    (1.0, 0.001)
    """
    xa = np.asarray(x, dtype=float)
    ya = np.asarray(y, dtype=float)
    ok = np.isfinite(xa) & np.isfinite(ya)
    xa, ya = xa[ok], ya[ok]
    n = xa.size
    if n < 3:
        return (np.nan, np.nan)
    r = float(_pearson_rows(xa, ya))
    if not np.isfinite(r) or n_perm <= 0:
        return (r, np.nan)
    rng = random_state if isinstance(random_state, np.random.Generator) \
        else np.random.default_rng(random_state)
    hits = 0
    chunk = max(1, 2_000_000 // n)
    done = 0
    while done < n_perm:
        m = min(chunk, n_perm - done)
        perm = np.argsort(rng.random((m, n)), axis=1)
        rp = _pearson_rows(np.broadcast_to(xa, (m, n)), ya[perm])
        hits += int(np.sum(np.abs(rp) >= abs(r) - 1e-12))
        done += m
    return (r, (1 + hits) / (1 + n_perm))


def affective_gap(sentiment: Sequence[float], cross: Sequence[bool]) -> float:
    """Mean reply sentiment on cross-camp edges minus that on within-camp edges.

    Range [-2, 2] for VADER compound scores; negative = more hostile across
    camps (affective polarization; Iyengar et al., Annu. Rev. Polit. Sci. 22,
    2019). NaN when either kind of edge is missing. Caveat: VADER misreads
    sarcasm; a few heated replies dominate small samples.

    Examples
    --------
    >>> affective_gap([-0.5, -0.7, 0.4, 0.2], [True, True, False, False])
    -0.9
    """
    s = np.asarray(sentiment, dtype=float)
    c = np.asarray(cross, dtype=bool)
    ok = np.isfinite(s)
    s, c = s[ok], c[ok]
    if not c.any() or c.all():
        return np.nan
    return round(float(s[c].mean() - s[~c].mean()), 12)


def cov_trace(matrix) -> float:
    """Trace of the population covariance of a comment x actor stance matrix.

    The sum of the per-actor variances, in [0, number of actors] for stances in
    [-1, 1]; missing stances must already be filled (:func:`polarization`
    fills them with 0). Caveat: actors rarely mentioned contribute little
    because most of their column is 0.

    Examples
    --------
    >>> cov_trace([[-1, 1], [1, -1]])
    2.0
    """
    m = np.asarray(matrix, dtype=float)
    if m.ndim != 2 or m.shape[0] < 2:
        return np.nan
    return float(m.var(axis=0).sum())


# --------------------------------------------------------------------------- #
# bootstrap helpers
# --------------------------------------------------------------------------- #
def _rng(random_state, *keys) -> np.random.Generator:
    """A generator that depends only on the seed and the (actor, group, measure) keys."""
    words = [zlib.crc32(str(k).encode("utf-8")) for k in keys]
    base = random_state if isinstance(random_state, (int, np.integer)) else 0
    return np.random.default_rng([int(base) & 0xFFFFFFFF, *words])


def _weights(n: int, n_boot: int, rng: np.random.Generator):
    """Bootstrap resamples as count matrices: row r, column i = times item i was drawn.

    Every measure here is a function of weighted sums, so ``W @ features``
    replaces resampling the data (same distribution, far less memory traffic).
    Yields chunks of at most ~2 million cells.
    """
    chunk = max(1, 2_000_000 // max(n, 1))
    done = 0
    while done < n_boot:
        m = min(chunk, n_boot - done)
        idx = rng.integers(0, n, size=(m, n)) + (np.arange(m) * n)[:, None]
        yield np.bincount(idx.ravel(), minlength=m * n).reshape(m, n).astype(float)
        done += m


def _percentiles(vals: np.ndarray, ci: float) -> tuple[float, float]:
    vals = np.asarray(vals, dtype=float)
    vals = vals[np.isfinite(vals)]
    if vals.size == 0:
        return (np.nan, np.nan)
    lo, hi = np.percentile(vals, [100 * (1 - ci) / 2, 100 * (1 + ci) / 2])
    return (float(lo), float(hi))


def _boot_sums(stats_from_sums, features: np.ndarray, n_boot: int, rng: np.random.Generator,
               ci: float) -> dict[str, tuple[float, float]]:
    """Percentile intervals of statistics that depend on column sums of ``features`` only.

    ``features`` is (n items x k); ``stats_from_sums(S, n)`` gets the (resamples x
    k) weighted sums and returns ``{name: value per resample}``.
    """
    n = features.shape[0]
    if n < 2 or n_boot <= 0:
        return {}
    out: dict[str, list[np.ndarray]] = {}
    for w in _weights(n, n_boot, rng):
        for name, vals in stats_from_sums(w @ features, n).items():
            out.setdefault(name, []).append(np.asarray(vals, dtype=float))
    return {name: _percentiles(np.concatenate(parts), ci) for name, parts in out.items()}


def _stance_features(x: np.ndarray) -> np.ndarray:
    pos = (x > 0).astype(float)
    neg = (x < 0).astype(float)
    return np.column_stack([x, x * x, np.abs(x), pos, neg, x * pos, x * neg])


def _stance_from_sums(s: np.ndarray, n: int) -> dict[str, np.ndarray]:
    sx, sxx, sabs, npos, nneg, spos, sneg = s.T
    mean = sx / n
    with np.errstate(invalid="ignore", divide="ignore"):
        gc_pos = spos / npos
        gc_neg = sneg / nneg
        d = np.where((npos > 0) & (nneg > 0), np.abs(gc_pos - gc_neg) / 2, 0.0)
        tot = npos + nneg
        d_a = np.where(tot > 0, np.abs(npos - nneg) / tot, np.nan)
    mu = np.where(tot > 0, (1 - np.nan_to_num(d_a)) * d, 0.0)
    return {"std": np.sqrt(np.maximum(sxx / n - mean * mean, 0.0)), "mean_abs": sabs / n,
            "morales_mu": mu, "morales_dA": d_a, "morales_d": d}


def _pearson_from_sums(s: np.ndarray, n: int) -> dict[str, np.ndarray]:
    sx, sy, sxy, sxx, syy = s.T
    cov = sxy - sx * sy / n
    vx = sxx - sx * sx / n
    vy = syy - sy * sy / n
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.where((vx > 1e-12) & (vy > 1e-12), cov / np.sqrt(vx * vy), np.nan)
    return {"parent_child_r": np.clip(r, -1, 1)}


def _affective_from_sums(s: np.ndarray, n: int) -> dict[str, np.ndarray]:
    s_cross, n_cross, s_within, n_within = s.T
    with np.errstate(invalid="ignore", divide="ignore"):
        return {"affective_gap": s_cross / n_cross - s_within / n_within}


# --------------------------------------------------------------------------- #
# table assembly
# --------------------------------------------------------------------------- #
def _prepare_stances(stances: pd.DataFrame) -> pd.DataFrame:
    require_columns(stances, ["comment_id", "actor", "stance", "label"], what="stances",
                    function="polarization")
    s = stances[stances["label"].isin(_LABELS) & stances["actor"].notna()].copy()
    if "thread_id" not in s.columns:
        s["thread_id"] = ""
    s["thread_id"] = s["thread_id"].astype("string").fillna("")
    s["comment_id"] = s["comment_id"].astype("string")
    s["actor"] = s["actor"].astype(str)
    s["stance"] = pd.to_numeric(s["stance"], errors="coerce")
    s = s[np.isfinite(s["stance"].to_numpy(dtype=float))]
    if "confidence" in s.columns:
        s = s.sort_values("confidence", ascending=False, kind="stable")
    s = s.drop_duplicates(["thread_id", "comment_id", "actor"], keep="first")
    return s


def _context(comments: pd.DataFrame | None, stances: pd.DataFrame, by: list[str]) -> pd.DataFrame | None:
    """Per-comment values of the ``by`` columns (from comments, else from stances)."""
    extra = [c for c in by if c != "thread_id"]
    if not extra:
        return None
    if comments is not None and all(c in comments.columns for c in extra):
        ctx = comments[["comment_id", *extra] + (["thread_id"] if "thread_id" in comments.columns
                                                 else [])].copy()
    elif all(c in stances.columns for c in extra):
        ctx = stances[["comment_id", "thread_id", *extra]].copy()
    else:
        missing = [c for c in extra if not ((comments is not None and c in comments.columns)
                                            or c in stances.columns)]
        raise StanceError(f"polarization: by column(s) {', '.join(missing)} are neither in the "
                          "stances nor in the comments table; pass comments=... or drop them from by.")
    if "thread_id" not in ctx.columns:
        ctx["thread_id"] = ""
    ctx["thread_id"] = ctx["thread_id"].astype("string").fillna("")
    ctx["comment_id"] = ctx["comment_id"].astype("string")
    return ctx.drop_duplicates(["thread_id", "comment_id"])


def _attach(frame: pd.DataFrame, ctx: pd.DataFrame | None, by: list[str]) -> pd.DataFrame:
    extra = [c for c in by if c != "thread_id"]
    if ctx is None or not extra:
        return frame
    frame = frame.drop(columns=[c for c in extra if c in frame.columns])
    return frame.merge(ctx[["thread_id", "comment_id", *extra]], on=["thread_id", "comment_id"],
                       how="left")


def _prepare_replies(replies: pd.DataFrame) -> pd.DataFrame:
    require_columns(replies, ["comment_id", "parent_id", "relation"], what="replies",
                    function="polarization")
    r = replies.copy()
    if "thread_id" not in r.columns:
        r["thread_id"] = ""
    r["thread_id"] = r["thread_id"].astype("string").fillna("")
    r["comment_id"] = r["comment_id"].astype("string")
    r["parent_id"] = r["parent_id"].astype("string")
    return r[r["parent_id"].notna()]


def _row(actor, key: dict, measure: str, value: float, lo: float, hi: float, n: int,
         min_n: int) -> dict:
    return {"actor": actor, **key, "measure": measure, "value": float(value)
            if value is not None else np.nan, "ci_low": lo, "ci_high": hi, "n": int(n),
            "small_sample": bool(n < min_n)}


def _stance_measures(x: np.ndarray, labels: np.ndarray, wanted: set, *, n_boot, ci, rng_for,
                     alpha, min_n, actor, key) -> list[dict]:
    rows = []
    n = x.size
    simple = [m for m in ("std", "mean_abs", "morales_mu", "morales_dA", "morales_d") if m in wanted]
    if simple:
        # one set of resamples for all five (they are summaries of the same vector)
        intervals = _boot_sums(_stance_from_sums, _stance_features(x), n_boot, rng_for("stance"),
                               ci)
        mu, d_a, d = morales_index(x) if n >= 2 else (np.nan, np.nan, np.nan)
        values = {"std": float(x.std()) if n >= 2 else np.nan,
                  "mean_abs": float(np.abs(x).mean()) if n >= 1 else np.nan,
                  "morales_mu": mu, "morales_dA": d_a, "morales_d": d}
        for m in simple:
            lo, hi = intervals.get(m, (np.nan, np.nan))
            rows.append(_row(actor, key, m, values[m], lo, hi, n, min_n))
    if "esteban_ray" in wanted:
        counts = _label_counts(labels)
        if n >= 2 and n_boot > 0:
            draws = rng_for("esteban_ray").multinomial(n, counts / counts.sum(), size=n_boot) / n
            vals = _er_from_shares(draws, alpha)
            lo, hi = (float(v) for v in np.percentile(vals, [100 * (1 - ci) / 2, 100 * (1 + ci) / 2]))
        else:
            lo, hi = np.nan, np.nan
        v = esteban_ray(labels, alpha=alpha) if n >= 2 else np.nan
        rows.append(_row(actor, key, "esteban_ray", v, lo, hi, n, min_n))
    if "dip" in wanted or "dip_pvalue" in wanted:
        dip, p = dip_test(x)
        if "dip" in wanted:
            rows.append(_row(actor, key, "dip", dip, np.nan, np.nan, n, min_n))
        if "dip_pvalue" in wanted:
            rows.append(_row(actor, key, "dip_pvalue", p, np.nan, np.nan, n, min_n))
    return rows


def _edge_measures(edges: pd.DataFrame, wanted: set, *, n_boot, ci, rng_for, min_n, actor, key,
                   with_sentiment: bool) -> list[dict]:
    """Measures on reply edges; ``edges`` has relation, and (per actor) camp/stance columns."""
    rows = []
    if "disagreement_rate" in wanted:
        rel = edges["relation"].astype(str)
        k = int((rel == "disagree").sum())
        n = k + int((rel == "agree").sum())
        lo, hi = wilson_interval(k, n, ci)
        rows.append(_row(actor, key, "disagreement_rate", k / n if n else np.nan, lo, hi, n, min_n))
    if actor == ALL:
        return rows
    camp = edges[edges["camp_c"].notna() & edges["camp_p"].notna()]
    cross = (camp["camp_c"] != camp["camp_p"]).to_numpy()
    e, i = int(cross.sum()), int((~cross).sum())
    if "cross_camp_share" in wanted:
        lo, hi = wilson_interval(e, e + i, ci)
        rows.append(_row(actor, key, "cross_camp_share", e / (e + i) if e + i else np.nan, lo, hi,
                         e + i, min_n))
    if "ei_index" in wanted:
        lo, hi = wilson_interval(e, e + i, ci)
        rows.append(_row(actor, key, "ei_index", ei_index(e, i), 2 * lo - 1, 2 * hi - 1, e + i,
                         min_n))
    if "parent_child_r" in wanted or "parent_child_p" in wanted:
        both = edges[edges["stance_c"].notna() & edges["stance_p"].notna()]
        xc = both["stance_p"].to_numpy(dtype=float)
        yc = both["stance_c"].to_numpy(dtype=float)
        n = xc.size
        r, p = pearson_permutation(xc, yc, n_perm=n_boot if "parent_child_p" in wanted else 0,
                                   random_state=rng_for("parent_child_p"))
        if "parent_child_r" in wanted:
            feats = np.column_stack([xc, yc, xc * yc, xc * xc, yc * yc])
            lo, hi = _boot_sums(_pearson_from_sums, feats, n_boot, rng_for("parent_child_r"),
                                ci).get("parent_child_r", (np.nan, np.nan)) \
                if n >= 3 else (np.nan, np.nan)
            rows.append(_row(actor, key, "parent_child_r", r, lo, hi, n, min_n))
        if "parent_child_p" in wanted:
            rows.append(_row(actor, key, "parent_child_p", p, np.nan, np.nan, n, min_n))
    if "affective_gap" in wanted:
        if with_sentiment:
            ok = camp["sentiment_c"].notna().to_numpy()
            s = camp["sentiment_c"].to_numpy(dtype=float)[ok]
            c = cross[ok]
            v = affective_gap(s, c)
            cf = c.astype(float)
            feats = np.column_stack([s * cf, cf, s * (1 - cf), 1 - cf])
            lo, hi = _boot_sums(_affective_from_sums, feats, n_boot, rng_for("affective_gap"),
                                ci).get("affective_gap", (np.nan, np.nan)) \
                if np.isfinite(v) else (np.nan, np.nan)
            rows.append(_row(actor, key, "affective_gap", v, lo, hi, s.size, min_n))
        else:
            rows.append(_row(actor, key, "affective_gap", np.nan, np.nan, np.nan, 0, min_n))
    return rows


def _sentiment_map(sentiment: pd.DataFrame | None) -> pd.DataFrame | None:
    if sentiment is None:
        return None
    require_columns(sentiment, ["comment_id", "compound"], what="sentiment", function="polarization")
    s = sentiment[["comment_id", "compound"] + (["thread_id"] if "thread_id" in sentiment.columns
                                                 else [])].copy()
    if "thread_id" not in s.columns:
        s["thread_id"] = ""
    s["thread_id"] = s["thread_id"].astype("string").fillna("")
    s["comment_id"] = s["comment_id"].astype("string")
    s["compound"] = pd.to_numeric(s["compound"], errors="coerce")
    return s.drop_duplicates(["thread_id", "comment_id"])


def _resolve_by(by, stances: pd.DataFrame) -> list[str]:
    if by is None:
        if "thread_id" in stances.columns and stances["thread_id"].nunique(dropna=True) > 1:
            return ["thread_id"]
        return []
    if isinstance(by, str):
        return [by]
    return list(by)


def polarization(stances: pd.DataFrame, replies: pd.DataFrame | None = None, *,
                 by: str | Sequence[str] | None = None,
                 sentiment: pd.DataFrame | None = None,
                 comments: pd.DataFrame | None = None,
                 measures: Sequence[str] | None = None,
                 n_boot: int = 1000, ci: float = 0.95, random_state: int = 0,
                 min_n: int = 30, alpha: float = 1.0) -> pd.DataFrame:
    """Polarization of the stances toward each actor, with intervals and a small-sample flag.

    Every measure (formula, range, reference, small-sample caveat) is
    described in this module's docstring (``help("stance.measures")``) and
    on its own function (:func:`morales_index`, :func:`esteban_ray`, :func:`dip_test`,
    :func:`wilson_interval`, :func:`ei_index`, :func:`pearson_permutation`,
    :func:`affective_gap`, :func:`cov_trace`).

    Parameters
    ----------
    stances : DataFrame
        The stance table (``comment_id``, ``actor``, ``stance``, ``label``;
        ``thread_id`` and ``confidence`` used when present). Only labels
        favor / against / neutral count.
    replies : DataFrame, optional
        The reply table (:func:`stance.score_replies`); without it the reply
        measures are NaN with n = 0.
    by : str or list of str, optional
        Grouping columns besides the actor (from the stances, or from
        ``comments`` joined on thread_id and comment_id; reply edges take the
        values of the reply). None: ``thread_id`` when the stances hold
        several threads, else no grouping. ``[]``: pool everything.
    sentiment : DataFrame, optional
        Comment sentiment (``comment_id``, ``compound``), for ``affective_gap``.
    comments : DataFrame, optional
        The comment table, for ``by`` columns not in the stance table.
    measures : sequence of str, optional
        Subset of :data:`MEASURES` (all by default).
    n_boot : int
        Bootstrap resamples (and permutations for ``parent_child_p``).
    ci : float
        Interval coverage (0.95).
    random_state : int
        Seed of the numpy Generators (one per actor, group and measure, so a
        result does not change when other actors are added).
    min_n : int
        ``small_sample`` is True when ``n < min_n``.
    alpha : float
        Esteban-Ray identification weight.

    Returns
    -------
    DataFrame
        One row per actor (``"(all)"`` for ``cov_trace`` and the all-edges
        ``disagreement_rate``), group and measure, columns:

        - ``actor`` (str);
        - the ``by`` columns, if any;
        - ``measure`` (str): one of :data:`MEASURES`;
        - ``value`` (float): NaN where undefined;
        - ``ci_low``, ``ci_high`` (float): interval at level ``ci`` (NaN for
          ``dip``, ``dip_pvalue``, ``parent_child_p`` and undefined values);
        - ``n`` (int): comments, or reply edges, the value rests on;
        - ``small_sample`` (bool): ``n < min_n``.

    Examples
    --------
    >>> st = pd.DataFrame({"comment_id": list("abcd"), "actor": "Putin",
    ...                    "stance": [-1.0, -1.0, 1.0, 1.0],
    ...                    "label": ["against", "against", "favor", "favor"]})
    >>> out = polarization(st, measures=["morales_mu", "esteban_ray"], n_boot=0)
    >>> out[["actor", "measure", "value", "n", "small_sample"]]
       actor      measure  value  n  small_sample
    0  Putin   morales_mu    1.0  4          True
    1  Putin  esteban_ray    1.0  4          True
    """
    return _polarization(stances, replies, by=by, sentiment=sentiment, comments=comments,
                         measures=measures, n_boot=n_boot, ci=ci, random_state=random_state,
                         min_n=min_n, alpha=alpha)


def _polarization(stances, replies=None, *, by=None, sentiment=None, comments=None, measures=None,
                  n_boot=1000, ci=0.95, random_state=0, min_n=30, alpha=1.0,
                  edge_stances: pd.DataFrame | dict | None = None) -> pd.DataFrame:
    """:func:`polarization`, with the stances used to look up both ends of reply edges apart
    (``edge_stances``, default ``stances``): by depth, a parent lies outside the depth's stances."""
    wanted = set(MEASURES if measures is None else measures)
    unknown = wanted - set(MEASURES)
    if unknown:
        raise StanceError(f"polarization: unknown measure(s) {', '.join(sorted(unknown))}; "
                          f"choose from {', '.join(MEASURES)}.")
    if not 0 < ci < 1:
        raise StanceError(f"polarization: ci must be between 0 and 1, got {ci}.")
    by_cols = _resolve_by(by, stances)
    st = _prepare_stances(stances)
    ctx = _context(comments, st, by_cols)
    st = _attach(st, ctx, by_cols)
    rp = _prepare_replies(replies) if replies is not None else None
    if rp is not None and "thread_id" not in stances.columns:
        rp["thread_id"] = ""   # stances without threads: match edges on comment ids alone
    if rp is not None:
        rp = _attach(rp, ctx, by_cols)
        missing = [c for c in by_cols if c not in rp.columns]
        if missing:
            raise StanceError(f"polarization: reply edges cannot be grouped by {', '.join(missing)}; "
                              "pass comments=... holding those columns.")
    if isinstance(edge_stances, dict):
        lookup = edge_stances
    else:
        lookup = _edge_lookup(st if edge_stances is None else _prepare_stances(edge_stances))
    sent = _sentiment_map(sentiment)
    if sent is not None and "thread_id" not in stances.columns:
        sent = sent.assign(thread_id="").drop_duplicates(["thread_id", "comment_id"])
    if rp is not None and sent is not None:
        rp = rp.merge(sent.rename(columns={"compound": "sentiment_c"}), on=["thread_id", "comment_id"],
                      how="left")
    elif rp is not None:
        rp["sentiment_c"] = np.nan

    def rng_factory(actor, key):
        return lambda measure: _rng(random_state, actor, *key.values(), measure)

    rows: list[dict] = []
    groups = [((), st)] if not by_cols else list(st.groupby(by_cols, sort=True, dropna=False))
    if rp is not None and by_cols:
        # groups that have edges but no stance rows still get reply measures
        have = {tuple(np.atleast_1d(k)) for k, _ in groups}
        for k, _ in rp.groupby(by_cols, sort=True, dropna=False):
            if tuple(np.atleast_1d(k)) not in have:
                groups.append((k, st.iloc[0:0]))
    for gkey, gst in groups:
        key = dict(zip(by_cols, np.atleast_1d(gkey))) if by_cols else {}
        if rp is not None:
            if by_cols:
                mask = np.ones(len(rp), dtype=bool)
                for c, v in key.items():
                    mask &= (rp[c] == v).fillna(False).to_numpy() if pd.notna(v) \
                        else rp[c].isna().to_numpy()
                grp = rp[mask]
            else:
                grp = rp
        else:
            grp = None
        for actor, ast in gst.groupby("actor", sort=True):
            rng_for = rng_factory(actor, key)
            x = ast["stance"].to_numpy(dtype=float)
            rows += _stance_measures(x, ast["label"].to_numpy(), wanted, n_boot=n_boot, ci=ci,
                                     rng_for=rng_for, alpha=alpha, min_n=min_n, actor=actor, key=key)
            if grp is not None:
                edges = _actor_edges(grp, lookup.get(actor))
                rows += _edge_measures(edges, wanted, n_boot=n_boot, ci=ci, rng_for=rng_for,
                                       min_n=min_n, actor=actor, key=key,
                                       with_sentiment=sent is not None)
            else:
                rows += _edge_measures(_EMPTY_EDGES, wanted, n_boot=n_boot, ci=ci, rng_for=rng_for,
                                       min_n=min_n, actor=actor, key=key, with_sentiment=False)
        # over all actors
        rng_all = rng_factory(ALL, key)
        if "disagreement_rate" in wanted:
            rows += _edge_measures(grp if grp is not None else _EMPTY_EDGES, {"disagreement_rate"},
                                   n_boot=n_boot, ci=ci, rng_for=rng_all, min_n=min_n, actor=ALL,
                                   key=key, with_sentiment=False)
        if "cov_trace" in wanted and len(gst):
            mat = gst.pivot_table(index=["thread_id", "comment_id"], columns="actor",
                                  values="stance", aggfunc="first").fillna(0.0).to_numpy()
            v = cov_trace(mat)
            k = mat.shape[1]

            def trace_from_sums(sums, n, k=k):
                mean = sums[:, :k] / n
                return {"cov_trace": np.maximum(sums[:, k:] / n - mean * mean, 0).sum(axis=1)}

            lo, hi = _boot_sums(trace_from_sums, np.column_stack([mat, mat * mat]), n_boot,
                                rng_all("cov_trace"), ci).get("cov_trace", (np.nan, np.nan))
            rows.append(_row(ALL, key, "cov_trace", v, lo, hi, mat.shape[0], min_n))
    columns = ["actor", *by_cols, "measure", "value", "ci_low", "ci_high", "n", "small_sample"]
    out = pd.DataFrame(rows, columns=columns)
    out = out.astype({"actor": str, "measure": str, "value": float, "ci_low": float,
                      "ci_high": float, "n": int, "small_sample": bool})
    return out.reset_index(drop=True)


_EMPTY_EDGES = pd.DataFrame({"relation": pd.Series([], dtype=str),
                             "camp_c": pd.Series([], dtype=object),
                             "camp_p": pd.Series([], dtype=object),
                             "stance_c": pd.Series([], dtype=float),
                             "stance_p": pd.Series([], dtype=float),
                             "sentiment_c": pd.Series([], dtype=float)})


def _edge_lookup(prepared: pd.DataFrame) -> dict[str, dict[tuple[str, str], tuple[float, str]]]:
    """{actor: {(thread_id, comment_id): (stance, label)}} from a prepared stance table."""
    lookup: dict[str, dict] = {}
    for actor, t, c, x, lab in zip(prepared["actor"], prepared["thread_id"], prepared["comment_id"],
                                   prepared["stance"].to_numpy(dtype=float), prepared["label"]):
        lookup.setdefault(actor, {})[(t, c)] = (x, lab)
    return lookup


def _actor_edges(edges: pd.DataFrame, toward: dict[tuple[str, str], tuple[float, str]] | None
                 ) -> pd.DataFrame:
    """Reply edges touching an actor, with the stance and camp of both ends toward it.

    ``toward`` holds every stance toward the actor (the parent may lie outside the
    current group, e.g. at another depth).
    """
    if not len(edges) or not toward:
        return _EMPTY_EDGES
    none = (np.nan, None)
    threads = edges["thread_id"].tolist()
    child = [toward.get(k, none) for k in zip(threads, edges["comment_id"].tolist())]
    parent = [toward.get(k, none) for k in zip(threads, edges["parent_id"].tolist())]
    label_c = np.array([v[1] for v in child], dtype=object)
    label_p = np.array([v[1] for v in parent], dtype=object)
    keep = (label_c != None) | (label_p != None)  # noqa: E711 - elementwise on object arrays
    camps = {"favor", "against"}
    out = pd.DataFrame({
        "relation": edges["relation"].astype(str).to_numpy()[keep],
        "camp_c": np.array([v if v in camps else None for v in label_c[keep]], dtype=object),
        "camp_p": np.array([v if v in camps else None for v in label_p[keep]], dtype=object),
        "stance_c": np.array([v[0] for v in child], dtype=float)[keep],
        "stance_p": np.array([v[0] for v in parent], dtype=float)[keep],
        "sentiment_c": edges["sentiment_c"].to_numpy(dtype=float)[keep],
    })
    return out


# --------------------------------------------------------------------------- #
# dynamics
# --------------------------------------------------------------------------- #
def running_polarization(stances: pd.DataFrame, replies: pd.DataFrame | None = None, *,
                         comments: pd.DataFrame, over: str = "position",
                         measures: Sequence[str] | None = ("std", "mean_abs", "morales_mu",
                                                           "esteban_ray", "disagreement_rate",
                                                           "ei_index"),
                         n_boot: int = 200, max_steps: int = 50, **kwargs) -> pd.DataFrame:
    """The polarization measures as they develop along a thread.

    Parameters
    ----------
    stances, replies : DataFrame
        As for :func:`polarization`.
    comments : DataFrame
        The comment table: ``comment_id`` and ``position`` (for
        ``over="position"``) or ``depth`` (for ``over="depth"``); ``thread_id``
        used when present.
    over : {"position", "depth"}
        ``"position"``: expanding window; at step k all comments with
        position <= k (and the reply edges whose reply is among them).
        ``"depth"``: the comments (and reply edges whose reply is) at each
        reply depth, 0 = top-level.
    measures : sequence of str, optional
        Measures to compute (None = all of :data:`MEASURES`); the default is a
        light set for plotting.
    n_boot : int
        Bootstrap resamples per step (fewer than :func:`polarization` for speed).
    max_steps : int
        ``over="position"``: at most this many steps, evenly spread over the
        positions present (every position when there are fewer); the last
        position is always included.
    **kwargs
        Passed to :func:`polarization` (``by``, ``sentiment``, ``ci``,
        ``random_state``, ``min_n``...).

    Returns
    -------
    DataFrame
        The columns of :func:`polarization` plus ``step`` (int, the largest
        position included) or ``depth`` (int). With several threads the
        positions are per thread and ``by`` defaults to ``thread_id``.

    Examples
    --------
    >>> st = pd.DataFrame({"comment_id": list("abcd"), "actor": "Putin",
    ...                    "stance": [-1.0, 1.0, -1.0, 1.0],
    ...                    "label": ["against", "favor", "against", "favor"]})
    >>> cm = pd.DataFrame({"comment_id": list("abcd"), "position": [0, 1, 2, 3]})
    >>> out = running_polarization(st, comments=cm, measures=["morales_mu"], n_boot=0)
    >>> out[["step", "value"]].to_numpy().tolist()
    [[0.0, nan], [1.0, 1.0], [2.0, 0.6666666666666667], [3.0, 1.0]]
    """
    if over not in ("position", "depth"):
        raise StanceError(f"running_polarization: over must be 'position' or 'depth', got {over!r}.")
    require_columns(comments, ["comment_id", over], what="comments", function="running_polarization")
    cm = comments[["comment_id", over] + (["thread_id"] if "thread_id" in comments.columns else [])]
    cm = cm.copy()
    if "thread_id" not in cm.columns:
        cm["thread_id"] = ""
    cm["thread_id"] = cm["thread_id"].astype("string").fillna("")
    cm["comment_id"] = cm["comment_id"].astype("string")
    cm[over] = pd.to_numeric(cm[over], errors="coerce")
    cm = cm.drop_duplicates(["thread_id", "comment_id"])
    # comments without thread ids: order the other tables by comment id alone
    key = ["thread_id", "comment_id"] if "thread_id" in comments.columns else ["comment_id"]

    def with_order(frame: pd.DataFrame) -> pd.DataFrame:
        f = frame.copy()
        if "thread_id" not in f.columns or "thread_id" not in comments.columns:
            f["thread_id"] = ""
        f["thread_id"] = f["thread_id"].astype("string").fillna("")
        f["comment_id"] = f["comment_id"].astype("string")
        return f.drop(columns=[over], errors="ignore").merge(cm[key + [over]], on=key, how="left")

    st = with_order(stances)
    rp = with_order(replies) if replies is not None else None
    if "by" not in kwargs and "thread_id" in stances.columns and stances["thread_id"].nunique() > 1:
        kwargs["by"] = ["thread_id"]
    lookup = _edge_lookup(_prepare_stances(stances))
    values = np.sort(cm[over].dropna().unique())
    if over == "position" and len(values) > max_steps:
        pick = np.unique(np.round(np.linspace(0, len(values) - 1, max_steps)).astype(int))
        values = values[pick]
    frames = []
    for v in values:
        if over == "position":
            s_sel = st[st[over] <= v]
            r_sel = rp[rp[over] <= v] if rp is not None else None
        else:
            s_sel = st[st[over] == v]
            r_sel = rp[rp[over] == v] if rp is not None else None
        if not len(s_sel):
            continue
        part = _polarization(s_sel.drop(columns=[over]), None if r_sel is None else
                             r_sel.drop(columns=[over]), measures=measures, n_boot=n_boot,
                             edge_stances=lookup, **kwargs)
        part.insert(0, "step" if over == "position" else "depth", int(v))
        frames.append(part)
    col = "step" if over == "position" else "depth"
    if not frames:
        base = polarization(st.iloc[0:0].drop(columns=[over]), measures=measures, n_boot=0, **kwargs)
        return base.assign(**{col: pd.Series([], dtype=int)})[[col, *base.columns]]
    return pd.concat(frames, ignore_index=True)
