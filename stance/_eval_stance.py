"""Evaluation of :func:`stance.score_stance` on the development benchmarks.

Used by ``python -m stance.evaluate``; the benchmark files are read from the
folder given (``../shared/benchmarks``) and never copied into the project.

RUW (tweets on the Russia-Ukraine war, targets Russia and Ukraine)
    Every tweet is scored with the default actors. The prediction for target
    Russia is the ``Russia`` row; when that row is missing, neutral or rests on
    weaker evidence (a lower rule tier), the stance toward an actor affiliated
    with Russia (``affiliation`` in the actor file, e.g. Putin) is used
    instead; the same for Ukraine (e.g. Zelensky). The actors are used as
    given, so the figure is what users get: the default actor file declares
    Russia and Ukraine (and Russia and the West) opponents and Putin and
    Zelensky affiliated with them, so :func:`score_stance` labels a tweet as
    taking one side from the evidence toward all of them, and a tweet that
    only takes a side against one of them is read as favouring the other
    (cue "opposed side"; "same side" for a label taken from Putin, Zelensky
    or the West); the evaluation adds nothing of its own. Labels: favor -> FAVOR, against -> AGAINST, else NONE. Metric:
    SemEval F_avg per target.

NewsMTSC (news sentences, sentiment toward a mentioned person)
    One actor per target mention: ``Actor(name=mention, aliases=(mention,))``
    plus the surname for multi-word names, with pronouns on; targets of one
    sentence whose name words (without titles) are a subset of another's
    ("Trump", "Mr. Trump", "Donald Trump") are merged into one actor, since
    the matcher gives overlapping text to the longest name only. favor ->
    positive, against -> negative, neutral or not found -> neutral. Metric:
    macro-F1 over the three classes.

The baseline in both is whole-text VADER compound (>= 0.05 positive/FAVOR,
<= -0.05 negative/AGAINST, else neutral/NONE), the same label for every target
of a text, as in the benchmarks' README.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from ._metrics import f_avg, macro_f1

__all__ = ["evaluate_ruw", "evaluate_newsmtsc", "ruw_predictions", "newsmtsc_predictions"]

RESULT_COLUMNS = ["benchmark", "split", "target", "metric", "method", "value", "n"]
BASELINE = "baseline: whole-text VADER"
_LABEL_TO_RUW = {"favor": "FAVOR", "against": "AGAINST"}
_LABEL_TO_MTSC = {"favor": "positive", "against": "negative"}
_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def _vader_labels(texts, pos: str, neg: str, neu: str) -> list[str]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    out = []
    for t in texts:
        c = sia.polarity_scores(t)["compound"]
        out.append(pos if c >= 0.05 else neg if c <= -0.05 else neu)
    return out


def _tier_of(cue: str) -> int:
    from ._stance_tokens import _TIER

    return _TIER.get(cue.split(",")[0].split(" (")[0], 0) if cue != "not mentioned" else 9


def read_ruw(root: Path, split: str = "val") -> pd.DataFrame:
    """The RUW split as a frame with ``text``, ``Russia`` and ``Ukraine`` gold labels."""
    path = Path(root) / "ruw" / f"{split}.csv"
    raw = pd.read_csv(path, encoding="latin-1")
    return pd.DataFrame({"comment_id": [str(i) for i in range(len(raw))],
                         "text": raw["Tweet"].astype(str).to_numpy(),
                         "Russia": raw["Stance 1"].to_numpy(),
                         "Ukraine": raw["Stance 2"].to_numpy()})


def ruw_predictions(data: pd.DataFrame, actors=None, *, opponents=None,
                    affiliated: bool = True, reported: str = "neutral") -> pd.DataFrame:
    """Predicted RUW labels for ``Russia`` and ``Ukraine`` from :func:`score_stance`.

    ``opponents`` is passed to :func:`score_stance`; None (the default) uses
    the actors' own ``opponents`` (declared in the default actor file).

    Returns
    -------
    DataFrame
        ``data`` with ``pred_Russia``, ``pred_Ukraine`` (FAVOR/AGAINST/NONE) and
        ``cue_Russia``, ``cue_Ukraine``, ``evidence_Russia``, ``evidence_Ukraine``.
    """
    from .actors import load_actors
    from .targeted import score_stance

    actors = list(load_actors() if actors is None else actors)
    stances = score_stance(data[["comment_id", "text"]], actors, opponents=opponents,
                           reported=reported)
    scored = stances[stances["label"].isin(["favor", "against", "neutral"])]
    by = {(c, a): (lab, cue, ev) for c, a, lab, cue, ev in zip(
        scored["comment_id"], scored["actor"], scored["label"], scored["cue"], scored["evidence"])}
    proxies = {t: [a.name for a in actors if t in tuple(getattr(a, "affiliation", ()) or ())]
               for t in ("Russia", "Ukraine")}
    out = data.copy()
    for target in ("Russia", "Ukraine"):
        preds, cues, evs = [], [], []
        for cid in data["comment_id"]:
            lab, cue, ev = by.get((cid, target), ("neutral", "not mentioned", ""))
            if affiliated:
                for proxy in proxies[target]:
                    p = by.get((cid, proxy))
                    if p is not None and p[0] != "neutral" and (
                            lab == "neutral" or _tier_of(p[1]) < _tier_of(cue)):
                        lab, cue, ev = p[0], f"{p[1]} ({proxy})", p[2]
                        break
            preds.append(_LABEL_TO_RUW.get(lab, "NONE"))
            cues.append(cue)
            evs.append(ev)
        out[f"pred_{target}"] = preds
        out[f"cue_{target}"] = cues
        out[f"evidence_{target}"] = evs
    return out


def evaluate_ruw(root: Path, split: str = "val", *, actors=None) -> pd.DataFrame:
    """F_avg on RUW for Russia and Ukraine, ours beside whole-text VADER.

    Parameters
    ----------
    root : Path
        The benchmark folder (holding ``ruw/val.csv``).
    split : {"val", "train"}
        Which file to read.
    actors : list of Actor, optional
        Defaults to :func:`stance.load_actors`.

    Returns
    -------
    DataFrame
        Columns ``benchmark`` ("RUW"), ``split``, ``target`` ("Russia",
        "Ukraine"), ``metric`` ("F_avg"), ``method`` ("stance" or "baseline:
        whole-text VADER"), ``value`` (percent), ``n`` (number of tweets).
    """
    data = read_ruw(root, split)
    pred = ruw_predictions(data, actors)
    base = _vader_labels(data["text"], "FAVOR", "AGAINST", "NONE")
    rows = []
    for target in ("Russia", "Ukraine"):
        gold = data[target].tolist()
        for method, p in (("stance", pred[f"pred_{target}"].tolist()), (BASELINE, base)):
            rows.append(("RUW", split, target, "F_avg", method,
                         100 * f_avg(gold, p, favor="FAVOR", against="AGAINST"), len(gold)))
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)


def read_newsmtsc(root: Path, split: str = "rw_dev") -> pd.DataFrame:
    """One row per target: ``sid``, ``text``, ``mention``, ``start``, ``end``, ``gold``."""
    path = Path(root) / "newsmtsc" / f"{split}.jsonl"
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            rec = json.loads(line)
            for t in rec["targets"]:
                rows.append((i, rec["sentence_normalized"], t["mention"], int(t["from"]),
                             int(t["to"]), _POLARITY[float(t["polarity"])]))
    return pd.DataFrame(rows, columns=["sid", "text", "mention", "start", "end", "gold"])


_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def _target_actor(mention: str):
    """The evaluation actor for one NewsMTSC target mention."""
    from .actors import Actor

    name = re.sub(r"['’]s$|['’]$", "", mention.strip(" \t\"'“”‘’:;,.()[]"))
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or mention.strip() or "target"
    aliases = [name]
    words = name.split()
    if name.lower() in _PRONOUNS:
        return Actor(name=name, aliases=tuple(aliases), pronouns=False)
    if len(words) >= 2 and words[-1][:1].isupper():
        aliases.append(words[-1])
    return Actor(name=name, aliases=tuple(dict.fromkeys(aliases)), pronouns=True)


_TITLES = {"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "sergeant", "gen"}


def _name_words(name: str) -> frozenset[str]:
    """Words of a person's name without titles ("Mr. Trump" -> {"trump"})."""
    words = {w for w in re.findall(r"\w+", name.lower())}
    return frozenset(words - _TITLES) or frozenset(words)


def newsmtsc_predictions(data: pd.DataFrame, *, reported: str = "keep") -> pd.DataFrame:
    """``data`` (from :func:`read_newsmtsc`) with ``pred``, ``cue`` and ``evidence``."""
    from .targeted import score_stance

    from .actors import Actor

    preds, cues, evs = [], [], []
    for (sid, text), group in data.groupby(["sid", "text"], sort=False):
        # targets of one sentence naming the same person ("Trump", "Mr. Trump", "Donald
        # Trump") are one actor: as separate actors the longer name would hide the shorter
        own = {m: _target_actor(m) for m in dict.fromkeys(group["mention"])}
        canon: dict[str, str] = {}
        merged: dict[str, Actor] = {}
        for m, a in sorted(own.items(), key=lambda kv: -len(_name_words(kv[1].name))):
            words = _name_words(a.name)
            home = next((k for k, b in merged.items() if words and words <= _name_words(k)), None)
            if home is None:
                merged[a.name] = a
                canon[m] = a.name
            else:
                b = merged[home]
                merged[home] = Actor(name=b.name, aliases=tuple(dict.fromkeys(
                    b.aliases + a.aliases)), pronouns=b.pronouns)
                canon[m] = home
        result = score_stance(pd.DataFrame({"comment_id": ["0"], "text": [text]}),
                              list(merged.values()), reported=reported)
        by = {a: (lab, cue, ev) for a, lab, cue, ev in zip(
            result["actor"], result["label"], result["cue"], result["evidence"])}
        for mention in group["mention"]:
            lab, cue, ev = by.get(canon[mention], ("neutral", "not found", ""))
            preds.append(_LABEL_TO_MTSC.get(lab, "neutral"))
            cues.append(cue)
            evs.append(ev)
    out = data.copy()
    out["pred"], out["cue"], out["evidence"] = preds, cues, evs
    return out


def evaluate_newsmtsc(root: Path, split: str = "rw_dev") -> pd.DataFrame:
    """Macro-F1 on a NewsMTSC split, ours beside whole-sentence VADER.

    Parameters
    ----------
    root : Path
        The benchmark folder (holding ``newsmtsc/<split>.jsonl``).
    split : {"rw_dev", "mt_dev", "train"}
        Which file to read.

    Returns
    -------
    DataFrame
        Columns ``benchmark`` ("NewsMTSC"), ``split``, ``target`` ("all"),
        ``metric`` ("macro-F1"), ``method``, ``value`` (percent), ``n`` (number
        of targets).
    """
    data = read_newsmtsc(root, split)
    pred = newsmtsc_predictions(data)
    base = _vader_labels(data["text"], "positive", "negative", "neutral")
    labels = ["negative", "neutral", "positive"]
    gold = data["gold"].tolist()
    rows = [("NewsMTSC", split, "all", "macro-F1", "stance",
             100 * macro_f1(gold, pred["pred"].tolist(), labels), len(gold)),
            ("NewsMTSC", split, "all", "macro-F1", BASELINE, 100 * macro_f1(gold, base, labels),
             len(gold))]
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)
