"""Target-dependent stance toward named actors, with the evidence for every decision.

:func:`score_stance` returns one row per comment and actor the comment refers
to. A comment's stance toward an actor is decided only from the sentences that
mention the actor (by name, alias, member, demonym, hashtag, flag emoji, cue
word or a pronoun referring back to it, as found by
:func:`stance.actors.find_mentions`; here also "they/them/their" for the one
country or group named in the same or previous sentence, unless it is named as
an item of a list of three or more names ("Georgia, Syria, Ukraine.... They
started this war": the list, or another party; RUW train: 1 tweet, its
wrong label gone). When two or more are named there, a subject "they" (also
"they're / they've / they'll") refers to the one named nearest before it in
subject position: at the start of a sentence, after a punctuation mark or a
clause opener ("and", "but", "that", "if" ...), not after a verb or a
preposition ("Russia invaded Ukraine. They will pay": Russia; "Ukraine keeps
fighting Russia, and they are brave": Ukraine), and not when that mention is
coordinated with another actor's ("Russia and Ukraine met. They ...": both,
so no one); "them" and "their" still refer to no one then (RUW train: 35
Russia / 40 Ukraine labels change, right 8 -> 18 / 10 -> 17, F_avg 61.9 ->
62.3 / 61.6 -> 61.8). Tried and left out: the pronoun's own clause or
sentence first (19 Russia / 21 Ukraine labels, right 9 -> 5 / 11 -> 6),
"them" as the actor other than the subject of its own clause ("Ukraine
pounds them": binding; F_avg Russia +0.1, Ukraine -0.1), the same subject
preference for "their" (26 Ukraine labels, right 11 -> 5), the subject of a
main clause before that of a subordinate one (F_avg -0.2 / -0.15), no
single antecedent after a preposition (8 / 9 labels, right 4 -> 3 / 5 ->
0), no antecedent across a double quote (scare quotes are common: 8 / 9
labels, right 5 -> 2 / 6 -> 1), and "it / its" for a country named in the
singular (even as a subject before a verb, "It is losing its ...": most are
the expletive or another thing; 2 / 3 labels, right 2 -> 0 / 3 -> 0));
sentences that do not mention the actor do not move its score.

How a decision is made
----------------------
Every mention of an actor in a sentence is examined by a series of rules; the
first that fires yields a *finding*: a stance in [-1, 1], a confidence, a cue
naming the rule, and the exact substring of the comment it rests on. The rules
(cue names in quotes), with the readings tried and left out, are documented in
the private modules that hold their code (this docstring keeps the overview):

* :mod:`stance._stance_rules`: rules 1-14, in the order ``_analyse`` tries
  them for every mention; coordinated subjects and "both"; conflict names;
  relative clauses and appositions; ``reported="keep"``.
* :mod:`stance._stance_reports`: the sentence-level modifiers: reported
  speech, quotes, foretold and embedded claims, sarcasm and mockery, questions
  and conditions, answers and markers carried across sentences.
* :mod:`stance._stance_carry`: an evaluation carried to a second actor by
  ellipsis, comparison or contrast.
* :mod:`stance._stance_tokens` (tokens, word sets, valence, negation),
  :mod:`stance._stance_mentions` (mention handling), :mod:`stance._stance_frames`
  (frame detectors: attack, aid, blame, doubt ...) and
  :mod:`stance._stance_deeds` (the rule detectors ``_started_war`` ...
  ``_predicted_conquest``): what the rules use.
* here: which sentences speak of an actor (above), combining findings, the
  sides of a conflict, comments not in English, batching and speed.

Combining findings per comment and actor
----------------------------------------
Findings are tiered (a carried evaluation takes the tier of what it carries):
explicit rules (1-10, 14) > weak evidence (11, 12) >
sentence sentiment (and ``"condemned conflict"``) > reported speech, quotes and predicates asked in a
yes / no question (``"asked"``) > mention only. Only the
highest non-empty tier is used. The stance is the (confidence x weight)-
weighted mean of its findings' stances; the label is ``favor`` when the stance
is at least ``threshold`` (default 0.1), ``against`` when at most
``-threshold``, else ``neutral``; the confidence is the largest finding
confidence times the agreement between findings (1 when they all point the
same way); the evidence and cue are those of the strongest finding pointing
the way of the label. An actor mentioned without any evaluative finding gets
``stance`` 0, label ``neutral``, cue ``"mention only"``, confidence 0.3 and
the mention as evidence.

Sides of a conflict (``opponents``, ``affiliation``)
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Actors linked by ``opponents`` form a two-sided conflict: declared opponents
are on different sides, an opponent's opponent on one's own (Ukraine and the
West, both opponents of Russia), and an actor whose ``affiliation`` names one
of them on that actor's side (Putin with Russia, Zelensky with Ukraine).
Within a comment the actors of a conflict that it mentions are labelled as
taking one side, favor toward that side's actors and against the other's:

* when every labelled actor points to the same side and none is neutral,
  that is the side;
* otherwise (labels pointing to both sides, or an actor left neutral) all the
  evidence of every actor of the conflict is weighed: a camp score sums
  stance x confidence x weight x tier weight (1, 0.5, 0.25 for rules, weak
  evidence and sentence tone) over their findings, the other side's counted
  the other way; when the evidence for one side outweighs that for the other
  at least twice, that side is taken, so that weak sentiment toward one actor
  does not override a rule finding toward another ("Russia invaded and keeps
  murdering civilians. Ukraine looks a bit weak" -> favor Ukraine, cue
  ``"opposed side"``; "Putin is a war criminal. Russia looks strong" ->
  against Russia, cue ``"same side"``);
* when it does not, the labels resting on the strongest tier decide if they
  agree, and otherwise the labels are kept ("Russia is evil. Ukraine is
  corrupt" stays against both).

A label that contradicts the side taken becomes that side at reduced
confidence, with the actor's own strongest finding pointing that way as
evidence, or else the evidence of the strongest labelled actor of the side;
a neutral actor receives the side from that actor at reduced confidence.
Affiliates lend their evidence to the side but keep their own labels: "Ukraine
is brave" says nothing of Putin. A neutral actor takes a side from an
affiliate only when it is the affiliate's own actor ("Putin is a butcher" ->
against Russia, cue ``"same side"``, but nothing for Ukraine or the West:
labels are not derived at second hand; on the seed thread's gold file, "Do
not criticise Putin" said nothing of Ukraine, nor "Putin is not naive" of the
West). A label taken from another actor has cue ``"opposed side"`` when that actor is
on the other side (in a two-sided conflict, supporting one side is opposing
the other) and ``"same side"`` when it is on the same one ("Putin is a war
criminal" -> against Russia). No label is taken from a group's (``kind:
group``, the West) favor when it rests on weak evidence or sentence tone,
not on a rule: a group is named through its members and demonyms in all
kinds of roles ("the advanced NATO weapons", "welcoming future members of
NATO", "not banned in the US", "the truth from Americans", "US senators"), and
tone near them is about those things, not the group's side taken (RUW train:
51 Russia / 44 Ukraine labels change, right 14 -> 27 / 11 -> 22, F_avg 62.91
-> 63.01 / 62.61 -> 62.71; halves Russia 63.28 -> 63.39 / 62.55 -> 62.63,
Ukraine 62.08 -> 62.21 / 63.10 -> 63.17). Its rule findings ("the West is
united") still label its partners (Ukraine, cue ``"same side"``) but not its
opponent: praise of a third party ("the US is ready", "NATO support", "the
West is resolute") is about its readiness or its aid, and the opponent is left
as it is ("The West is brave and united. Russia announced new talks" -> Russia
neutral; RUW train: 30 Russia labels, 21 distinct tweets, right 3 -> 21 /
distinct 3 -> 12, F_avg 64.16 -> 64.35, halves 65.20 -> 65.28 / 63.10 ->
63.40; Ukraine unchanged; not taking it for the partners either lowers Ukraine
F_avg, 20 labels, right 8 -> 10, h1 63.31 -> 63.22; a label of the opponent's
own that contradicts the side is still replaced: keeping it when only the
group's evidence would replace it lowers Russia h0, 65.28 -> 65.17). Its against labels still
settle the side: criticism of the West
is a camp's argument about the war (leaving out weak against as well: Russia
F_avg down on both halves, 30 more Russia labels, right 13 -> 15; Ukraine 26
more, right 14 -> 9), and weak favor of a country is the settlement's main
evidence (leaving it out for every actor: 208 / 154 labels, right 100 -> 73 /
57 -> 52). Comparisons made on RUW train: weighing every actor of the conflict
(affiliates and the West included) rather than each declared pair alone, and
the ratio of 2 kept from the earlier pairwise rule; abstaining (neutral) when
the evidence on both sides is weak and contradictory, requiring rule
evidence for ``"opposed side"``, or counting findings in questions as one
tier weaker all lowered F_avg there. So did (labels Russia / Ukraine, right
before -> after) weighing the findings of an actor's last sentence more (x 1.5:
17 / 16, right 9 -> 5 / 7 -> 7) or its first (16 / 20, 7 -> 5 / 8 -> 8), a
sentence opened by "But / However" more than the one before it (4 / 1, 3 ->
0 / 1 -> 0), counting the next tier at half weight (8 / 13, 4 -> 3 / 3 ->
8), questions at full weight (15 / 11, 4 -> 7 / 6 -> 2) or only
wh-questions at full weight (7 / 4, 2 -> 3 / 2 -> 1); the contrast weights
(1.2 / 0.7) change 4 / 2 labels (right 1 -> 1 / 1 -> 0 without them).
A label given to a neutral actor pays (F_avg) when about a third of such
labels are right, and on RUW train 40-65% are for every kind of source, so
leaving the actor neutral lowered F_avg (Russia / Ukraine, main 64.16 /
63.87) when it is named only after "in / into" (63.96 / 63.15), only as the
place or object of a war ("the war in X", "X war": 64.20 / 63.53), only as a
hashtag (64.14 / 63.77), only in questions (64.02 / 63.27) or reported speech
(63.80 / 63.40), when it has a finding of its own pointing the source's way
(criticism of both: 64.07 / 63.61; rules only: 64.10 / 63.75), when the
source finding is in a question (63.87 / 63.54), is a deed ("attack by
actor": 64.14 / 62.97), or rests on weak evidence (favor 63.32 / 63.20,
against 63.25 / 63.05) or sentence tone (63.91 / 63.52), and when the source
is the group's criticism (64.00 / 63.87). Letting an affiliate label the
other side (Putin -> Ukraine) raised F_avg (64.30 / 64.02, all halves) but
made only 4 more labels right (Ukraine 40 distinct tweets, right 18 -> 18).

Comments that mention an actor but are not English
(:func:`stance.language.is_english`, on the first 600 characters) get one row
with ``actor`` <NA>, ``label`` ``"not_scored"``, ``stance`` and
``confidence`` NaN and cue ``"not English"``, so that they are reported by id
and not silently scored. (Every non-English comment is also flagged in the
sentiment table, ``is_scored`` False.) Downstream code keeps rows whose label
is in ``{"favor", "against", "neutral"}`` (see :data:`LABELS`).

Speed: the mentions of all comments are found in one call, the sentence split
is shared with it (or taken from the ``sentences`` table), regexes and word
tables are compiled once, and only sentences that mention an actor are
tokenised and analysed; VADER itself is not run (its lexicon is looked up).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, groupby
from operator import itemgetter

import numpy as np
import pandas as pd

from . import _lexicon as lx
from ._checks import require_columns
from .engine import partitioned
from .errors import StanceError
from ._stance_tokens import _PREPOSITIONS
from ._stance_mentions import _Finding, _Mention, _tier
from ._stance_reports import (
    _ANSWERED_NO, _ASKED_PREDICATES, _BARE_SARCASM, _BOTH_ANAPHORA, _PLURAL_PRONOUNS, _Sentence, _answered_no,
    _asked_predicates, _bare_marker, _marker_word, _mock_neighbour,
)
from ._stance_rules import _analyse
from . import _stance_tokens

# Called as ``NAME.method(...)``, so bound by assignment, not ``from ... import``: CPython 3.11
# compiles a method call on an imported name as an attribute load that builds a bound method
# per call (tests/test_source.py::test_no_method_call_on_an_imported_name).
_FLAG_RE = _stance_tokens._FLAG_RE


__all__ = ["score_stance", "LABELS", "NOT_SCORED", "STANCE_COLUMNS"]

#: Labels of scored rows; other labels (``NOT_SCORED``) mark comments not scored.
LABELS = ("favor", "against", "neutral")
#: Label of the row reported for a comment that could not be scored (not English).
NOT_SCORED = "not_scored"
#: Columns of the table returned by :func:`score_stance`, in order.
STANCE_COLUMNS = [
    "thread_id", "comment_id", "actor", "stance", "label", "confidence", "evidence",
    "evidence_start", "evidence_end", "cue", "inherited", "mention", "n_mentions",
    "sentence_index",
]


def _combine(findings: list[_Finding], threshold: float) -> tuple[float, str, float, _Finding]:
    """Stance, label, confidence and deciding finding for one actor in one comment."""
    if len(findings) == 1:  # the common case: no tier to choose
        use = findings
        best_tier = _tier(findings[0])
    else:
        tiers = [_tier(f) for f in findings]
        best_tier = min(tiers)
        use = [f for f, t in zip(findings, tiers) if t == best_tier]
    ws = sws = aws = 0.0
    for f in use:
        w = f.confidence * f.weight
        ws += w
        sws += w * f.stance
        aws += w * abs(f.stance)
    stance = sws / ws if ws > 0 else 0.0
    stance = max(-1.0, min(1.0, stance))
    if best_tier >= 3:  # reported speech, quotes, asked, mention only: no stance of the commenter
        stance = 0.0
    agreement = abs(sws) / aws if aws > 0 else 1.0
    top = use[0].confidence if len(use) == 1 else max(f.confidence for f in use)
    confidence = top * agreement
    label = "favor" if stance >= threshold else "against" if stance <= -threshold else "neutral"
    if label == "neutral" and best_tier < 3:
        # weak or conflicting evaluations that cancel out: unsure it is really neutral
        confidence = 0.3 * (1.0 - abs(stance) / threshold)
    if len(use) == 1:
        deciding = use[0]
    elif label == "neutral":
        deciding = max(use, key=lambda f: f.confidence * f.weight * abs(f.stance))
    else:
        sign = 1.0 if label == "favor" else -1.0
        deciding = max(use, key=lambda f: f.confidence * f.weight * f.stance * sign)
    return stance, label, round(max(0.0, min(1.0, confidence)), 4), deciding


# ------------------------------------------------------------------ mention finding
def _actor_aliases(actor) -> tuple[str, ...]:
    names = [getattr(actor, "name", str(actor))]
    names += list(getattr(actor, "aliases", ()) or ())
    names += list(getattr(actor, "demonyms", ()) or ())
    return tuple(dict.fromkeys(n for n in names if n))


def _flag_table(actors: Sequence) -> dict[str, str]:
    """Regional-indicator flag -> actor name, for actors named like a country."""
    out = {}
    for actor in actors:
        names = {n.lower() for n in _actor_aliases(actor)}
        for code, country in lx.FLAG_NAMES.items():
            if names & set(country):
                flag = "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code)
                out.setdefault(flag, actor.name)
    return out


_LANGUAGE_CHARS = 600  # language is detected on the first characters of a comment
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _batch_mentions(texts: Sequence[str], actors: Sequence,
                    spans: Sequence[list[tuple[int, int]]] | None = None) -> dict[int, list[_Mention]]:
    """Mentions per row position, as :func:`stance.actors.find_mentions` finds them.

    Its core is called directly (no mention or sentence table is built and
    read back); it supplies names, aliases, members, demonyms, hashtags,
    handles, cue words (with their stance value) and pronouns; flag emoji of
    actors named like a country are added here when the actor file does not
    list them.
    """
    from .actors import _mentions_by_text

    out: dict[int, list[_Mention]] = {}
    for pos, found in _mentions_by_text(texts, actors, spans).items():
        ms = []
        for actor, _member, s, e, via, cue_value in found:
            m = _Mention(actor, s, e, via)
            m.value = float(cue_value)
            ms.append(m)
        out[pos] = ms
    flags = _flag_table(actors)
    if flags:
        for pos, text in enumerate(texts):
            if not isinstance(text, str) or text.isascii() or not _FLAG_RE.search(text):
                continue
            have = out.setdefault(pos, [])
            for f in _FLAG_RE.finditer(text):
                actor = flags.get(f.group())
                if actor is not None and not any(m.start <= f.start() < m.end for m in have):
                    have.append(_Mention(actor, f.start(), f.end(), "emoji"))
            have.sort(key=lambda m: (m.start, m.end))
            if not have:
                del out[pos]
    return out


# ------------------------------------------------------------------ public
@partitioned
def score_stance(comments: pd.DataFrame, actors=None, *, sentences: pd.DataFrame | None = None,
                 opponents: Mapping[str, Iterable[str]] | None = None, threshold: float = 0.1,
                 window: int = 12, reported: str = "neutral",
                 progress: bool = False) -> pd.DataFrame:
    """Stance of each comment toward each actor it refers to, with evidence.

    Parameters
    ----------
    comments : DataFrame
        Any table with a ``text`` column; ``comment_id`` and ``thread_id`` are
        used when present (``comment_id`` is made from the index otherwise).
        When a ``kind`` column exists only rows with ``kind == "comment"`` are
        scored (the article row and placeholders are not comments).
    actors : list of Actor, str or path, optional
        The actors; :func:`stance.load_actors` defaults when None, a path is
        read with :func:`stance.load_actors`.
    sentences : DataFrame, optional
        The sentence table of :func:`stance.score_sentences` for the same
        comments; its ``start``/``end`` spans are reused instead of splitting
        the text again.
    opponents : mapping of str to iterable of str, optional
        Declared opposing sides (``{"Russia": ["Ukraine"], "Ukraine":
        ["Russia"]}``): the actors of such a conflict that a comment mentions
        are labelled as taking one side, with the evidence of the actors
        affiliated with them (``affiliation``) counted for their side, decided by all their evidence (see "Sides of a
        conflict" in the module documentation); an actor left neutral takes
        the opposite of a clear stance toward its opponent (cue ``"opposed
        side"``). When None, each actor's ``opponents`` attribute is used if
        it has one; ``{}`` turns this off.
    threshold : float
        Minimum absolute stance for the labels ``favor`` / ``against``.
    window : int
        Tokens on each side of a mention searched for local sentiment.
    reported : {"neutral", "keep"}
        What to do with evaluations inside a third party's reported speech
        ("Strelkov called him a traitor"): ``"neutral"`` (default) records
        them as neutral with cue ``"reported speech"``, since they are not the
        commenter's own stance; ``"keep"`` scores them like any other words,
        for tasks that ask for the sentiment a text conveys toward a target
        (news sentiment) rather than the writer's stance.
    progress : bool
        Show a progress bar (tqdm).

    Returns
    -------
    DataFrame
        One row per comment and actor it mentions, columns:

        - ``thread_id`` (str or <NA>), ``comment_id`` (str);
        - ``actor`` (str; <NA> on ``not_scored`` rows);
        - ``stance`` (float in [-1, 1], NaN when not scored): negative against,
          positive in favor;
        - ``label`` (``"favor"``, ``"against"``, ``"neutral"``, or
          ``"not_scored"`` for comments that mention an actor but are not
          English);
        - ``confidence`` (float in [0, 1], NaN when not scored);
        - ``evidence`` (str): the exact substring of the comment the decision
          rests on, ``evidence_start`` / ``evidence_end`` (int): its offsets,
          so ``text[evidence_start:evidence_end] == evidence``;
        - ``cue`` (str): the rule that decided (see the module documentation),
          ``"mention only"`` without evaluation, ``"not English"``;
        - ``inherited`` (bool): always False here (set by reply inheritance);
        - ``mention`` (str): the first surface form of the actor in the comment;
        - ``n_mentions`` (int): how many mentions of the actor were found;
        - ``sentence_index`` (int): index of the sentence holding the evidence.

    Examples
    --------
    >>> from stance.actors import Actor
    >>> df = pd.DataFrame({"text": ["Putin is not naive.", "Leave Erdogan alone!"]})
    >>> out = score_stance(df, [Actor("Putin"), Actor("Erdogan")])
    >>> for row in out.itertuples():
    ...     print(row.comment_id, row.actor, row.label, row.cue, repr(row.evidence))
    0 Putin favor negation 'Putin is not naive'
    1 Erdogan favor defence 'Leave Erdogan alone'
    """
    require_columns(comments, ["text"], what="comments", function="score_stance")
    if reported not in ("neutral", "keep"):
        raise StanceError(f"score_stance: reported must be 'neutral' or 'keep', got {reported!r}")
    if actors is None or isinstance(actors, (str, bytes)) or hasattr(actors, "__fspath__"):
        from .actors import load_actors

        actors = load_actors(actors)
    actors = list(actors)
    rows = _select(comments)
    if opponents is None:
        opponents = {a.name: tuple(getattr(a, "opponents", ()) or ()) for a in actors}
        opponents = {k: v for k, v in opponents.items() if v}
    with _gc_paused():
        spans_by_id = _sentence_spans(sentences) if sentences is not None else None
        return _score_frame(rows, actors, spans_by_id, opponents=opponents,
                            threshold=threshold, window=window, reported=reported,
                            progress=progress)


def _select(comments: pd.DataFrame) -> tuple[list, list, list]:
    """(thread ids, comment ids, texts) of the comment rows, as lists."""
    frame = comments
    if "kind" in frame.columns:
        frame = frame[frame["kind"].astype(str) == "comment"]
    cid = (frame["comment_id"].astype(str) if "comment_id" in frame.columns
           else pd.Series(frame.index.astype(str), index=frame.index))
    tid = (frame["thread_id"] if "thread_id" in frame.columns
           else pd.Series(pd.NA, index=frame.index, dtype="string"))
    cols = (tid.to_numpy(), cid.to_numpy(), frame["text"].to_numpy())
    lists = tuple(c.tolist() for c in cols)
    if all(type(x) is str for values in lists for x in values):
        # only strings: the same values as the frame below gives back, without making string
        # columns of them
        return lists
    rows = pd.DataFrame({"thread_id": cols[0], "comment_id": cols[1], "text": cols[2]})
    return rows["thread_id"].tolist(), rows["comment_id"].tolist(), rows["text"].tolist()


def _sentence_spans(sentences: pd.DataFrame) -> dict:
    require_columns(sentences, ["comment_id", "start", "end"], what="sentences",
                    function="score_stance")
    ids = sentences["comment_id"]
    keys = ids.tolist() if ids.dtype == object else None
    if keys is None or not all(type(k) is str for k in keys):
        keys = ids.astype(str).tolist()   # (strings already: the same list, not converted)
    if "thread_id" in sentences.columns:
        keys = list(zip(sentences["thread_id"].astype(str).tolist(), keys))
    starts, ends = sentences["start"], sentences["end"]
    if all(isinstance(c.dtype, np.dtype) and c.dtype.kind in "iu" for c in (starts, ends)):
        pairs = zip(starts.tolist(), ends.tolist())  # Python ints already
    else:
        pairs = ((int(s), int(e)) for s, e in zip(starts.tolist(), ends.tolist()))
    out: dict = {}
    # rows of one comment are usually adjacent: take them run by run
    for k, run in groupby(zip(keys, pairs), key=itemgetter(0)):
        out.setdefault(k, []).extend(map(itemgetter(1), run))
    for v in out.values():
        v.sort()
    return out


@contextmanager
def _gc_paused():
    """Pause Python's cyclic garbage collector while comments are scored.

    Scoring makes many small objects (sentence spans, mentions, tokens,
    findings, rows) and keeps some of them to the end, which sets off
    repeated full collections that walk every object of the process (costly
    beside a large corpus in memory); it makes no reference cycles of its
    own, so the collector has next to nothing to free. The previous state is
    restored, also on an error.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _SpansOnDemand(list):
    """Sentence spans per text: the given ones, others split when first asked for.

    Only texts that mention an actor need their sentences, so texts the
    ``sentences`` table does not cover are not split up front.
    """

    def __init__(self, spans, texts, split):
        super().__init__(spans)
        self.texts, self.split = texts, split

    def __getitem__(self, pos):
        sp = list.__getitem__(self, pos)
        if sp is None:
            sp = self.split(self.texts[pos])
            self[pos] = sp
        return sp


def _score_frame(rows: tuple[list, list, list], actors: Sequence, spans_by_id, *, opponents,
                 threshold: float, window: int, reported: str, progress: bool) -> pd.DataFrame:
    from .language import is_english
    from .text import split_sentences

    aliases = {a.name: _actor_aliases(a) for a in actors}
    conflicts = _conflicts(actors, opponents) if opponents else None
    kinds = {a.name: getattr(a, "kind", "") for a in actors} if _PLURAL_PRONOUNS else None
    groups = frozenset(a.name for a in actors if getattr(a, "kind", "") == "group")
    tids, cids, texts = rows
    texts = [t if isinstance(t, str) else "" for t in texts]
    given = [None] * len(texts)
    if spans_by_id is not None:
        given = [spans_by_id.get((str(tid), cid)) or spans_by_id.get(cid)
                 for tid, cid in zip(tids, cids)]
    all_spans = _SpansOnDemand(given, texts, split_sentences)
    out: list[tuple] = []
    iterator = enumerate(zip(tids, cids, texts))
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(texts), desc="stance", unit="comment")
    found = _batch_mentions(texts, actors, all_spans)
    for pos, (tid, cid, text) in iterator:
        mentions = found.get(pos)
        if not mentions:
            continue
        if _HAS_LETTER.search(text) and not is_english(text[:_LANGUAGE_CHARS]):
            out.append((tid, cid, pd.NA, np.nan, NOT_SCORED, np.nan, "", pd.NA, pd.NA,
                        "not English", False, pd.NA, 0, pd.NA))
            continue
        out.extend(_score_text(text, mentions, all_spans[pos], tid, cid, aliases=aliases,
                               threshold=threshold, window=window,
                               reported=reported, kinds=kinds, conflicts=conflicts,
                               groups=groups))
    if out:
        # the columns made one by one in their final dtypes (not a frame of objects cast
        # column by column)
        (tid, cid, actor, stance, label, conf, ev, es, ee, cue, inh, men, nm, si) = map(list, zip(*out))
        data = {"thread_id": pd.Series(tid, dtype=object).astype("string"),
                "comment_id": pd.Series(cid, dtype=object).astype(str),
                "actor": pd.Series(actor, dtype=object).astype("string"),
                "stance": np.array(stance, dtype=float), "label": label,
                "confidence": np.array(conf, dtype=float), "evidence": ev,
                "evidence_start": pd.Series(es, dtype=object).astype("Int64"),
                "evidence_end": pd.Series(ee, dtype=object).astype("Int64"),
                "cue": cue, "inherited": np.array(inh, dtype=bool), "mention": men,
                "n_mentions": np.array(nm, dtype=int),
                "sentence_index": pd.Series(si, dtype=object).astype("Int64")}
        return pd.DataFrame(data, columns=STANCE_COLUMNS)
    frame = pd.DataFrame(out, columns=STANCE_COLUMNS)
    frame["thread_id"] = frame["thread_id"].astype("string")
    frame["comment_id"] = frame["comment_id"].astype(str)
    frame["actor"] = frame["actor"].astype("string")
    frame["stance"] = frame["stance"].astype(float)
    frame["confidence"] = frame["confidence"].astype(float)
    frame["evidence_start"] = frame["evidence_start"].astype("Int64")
    frame["evidence_end"] = frame["evidence_end"].astype("Int64")
    frame["inherited"] = frame["inherited"].astype(bool)
    frame["n_mentions"] = frame["n_mentions"].astype(int)
    frame["sentence_index"] = frame["sentence_index"].astype("Int64")
    return frame


# "th" first, then the check of the character before it: the same matches as a leading
# (?<![\w'’]), but re can skip quickly to the places where a "th" starts
_THEY_RE = re.compile(r"th(?<![\w'’]th)(?:ey|em|eir|ey're|ey've|ey'll|eirs)(?![\w'’])",
                      re.IGNORECASE)
_THEY_LOW_RE = re.compile(_THEY_RE.pattern)


# a name in a list of three or more names with a comma ("Georgia, Syria, Ukraine", "Ukraine,
# Poland and Romania"): "they" after it may be the list or another party, so it is not read as
# the actor alone ("Also, Russia ...", "Ukraine, I think ..." are no lists)
_LIST_ITEM = r"(?!I\b)[A-Z][\w'’.\-]*"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_LIST_BEFORE_RE = re.compile(rf"(?:{_LIST_ITEM}{_LIST_SEP}){{1,3}}$")
_LIST_AFTER_RE = re.compile(rf"(?:{_LIST_SEP}{_LIST_ITEM}){{1,3}}")
_LIST_ITEM_RE = re.compile(_LIST_ITEM)


def _in_name_list(text: str, m: _Mention) -> bool:
    """Whether the mention ``m`` is an item of a list of three or more names with a comma."""
    mb = _LIST_BEFORE_RE.search(text, max(0, m.start - 80), m.start)
    ma = _LIST_AFTER_RE.match(text, m.end)
    if not (mb or ma):
        return False
    joined = (mb.group() if mb else "") + (ma.group() if ma else "")
    return "," in joined and len(_LIST_ITEM_RE.findall(joined)) >= 2


# when two or more countries or groups are named before a subject "they": the word before a
# mention that makes it a subject (or a punctuation mark, or none: the start of the sentence),
# the prepositions that make it an oblique, the words passed over before it, and the link of a
# coordinated pair ("X and Y": "they" may be both)
_SUBJECT_THEY = frozenset({"they", "they're", "they've", "they'll"})
_ROLE_TOKEN_RE = re.compile(r"[\w'’]+|[,;:(\-–—]")
_ROLE_OPENERS = frozenset("""and but so then because that if when while since as although though now
why how yes no well also maybe even still only just cause where whereas unless until once after before
or""".split())
_ROLE_PREPS = _PREPOSITIONS | frozenset("""over through onto under near across inside throughout around
without upon within behind beyond via vs versus per among amongst along""".split())
_ROLE_SKIP = frozenset({"the", "a", "an", "poor", "little", "mighty", "brave", "great", "big"})
_COORD_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|&|/|nor)\s*(?:the\s+)?$", re.IGNORECASE)


def _subject_position(text: str, s0: int, m: _Mention) -> bool:
    """Whether the mention ``m`` (in the sentence starting at ``s0``) stands where a subject does.

    It does at the start of its sentence, after a punctuation mark or after a
    clause opener ("and", "but", "because", "that", "if" ...), determiners and
    a few adjectives passed over ("the poor Ukrainians"); a mention after a
    verb ("invaded Ukraine") or a preposition ("the war in Ukraine") does not.
    """
    for word in reversed(_ROLE_TOKEN_RE.findall(text, max(s0, m.start - 60), m.start)):
        word = word.lower()
        if word not in _ROLE_SKIP:
            return not word[0].isalnum() or word in _ROLE_OPENERS
    return True


def _plural_pronouns(text: str, mentions: list[_Mention], spans, kinds: Mapping[str, str]) -> list[_Mention]:
    """Mentions by "they/them/their" of the country or group named before them.

    The pronoun refers to that actor when exactly one country or group actor was
    named earlier in the same or the previous sentence. When two or more were, a
    subject "they" ("they", "they're", "they've", "they'll") refers to the one
    whose mention stands nearest before it in subject position ("Russia invaded
    Ukraine. They will pay."), unless that mention is coordinated with another
    actor's ("Russia and Ukraine ... they": both) or an item of a list of
    names; "them" and "their", and a "they" with no subject before it, refer to
    no one.
    """
    # (ASCII text is searched lower-cased, with no IGNORECASE: re then scans for "th" alone)
    found = _THEY_LOW_RE.finditer(text.lower()) if text.isascii() else _THEY_RE.finditer(text)
    first = next(found, None)  # (most comments hold no such pronoun: nothing else to do)
    if first is None:
        return []
    groups = [m for m in mentions if kinds.get(m.actor) in ("country", "group")
              and m.kind not in ("pronoun",)]
    if not groups:
        return []
    out = []
    starts = [s for s, _ in spans]
    group_starts = [m.start for m in groups]  # sorted, as the mentions are
    for pm in chain((first,), found):
        pos = pm.start()
        si = bisect_right(starts, pos) - 1
        lo = spans[si - 1][0] if si >= 1 else 0
        # the group mentions starting in [lo, pos), found by bisection so that a long
        # comment with many mentions and pronouns stays linear
        before = groups[bisect_left(group_starts, lo):bisect_left(group_starts, pos)]
        if not before:
            continue
        last = before[-1]
        if any(m.actor != last.actor for m in before):  # competing antecedents
            if pm.group().lower() not in _SUBJECT_THEY:
                continue
            j = len(before) - 1
            while j >= 0 and not _subject_position(
                    text, starts[max(0, bisect_right(starts, before[j].start) - 1)], before[j]):
                j -= 1
            if j < 0 or j and before[j - 1].actor != before[j].actor and _COORD_RE.match(
                    text, before[j - 1].end, before[j].start):
                continue
            last = before[j]
        if not _in_name_list(text, last):
            out.append(_Mention(last.actor, pos, pm.end(), "pronoun"))
    return out


# ------------------------------------------------------------------ sides of a conflict
_TIER_WEIGHT = {0: 1.0, 1: 0.5, 2: 0.25}  # weight of a finding in the camp score by tier
_CAMP_MIN = 0.05  # smallest camp score that can settle disagreeing labels
_CAMP_RATIO = 2.0  # the evidence for a side must outweigh the evidence against it this much


def _conflicts(actors: Sequence, opponents: Mapping[str, Iterable[str]]
               ) -> list[tuple[dict[str, int], dict[str, frozenset[str]]]]:
    """The two-sided conflicts declared by ``opponents``: (actor -> side (+1 or -1), affiliates).

    Actors linked by ``opponents`` form one conflict, split into two sides so
    that declared opponents are on different sides; an opponent's opponent is
    on one's own side (Ukraine and the West, both declared opponents of
    Russia). An actor whose ``affiliation`` names an actor of a conflict
    (Putin -> Russia) joins that actor's side as an *affiliate* (``affiliates``
    maps it to the actors it is affiliated with): its evidence counts for the
    side, but its own label is left as it is. Declarations that
    cannot be split in two (A, B and C all opposed to each other) are used
    pair by pair.
    """
    graph: dict[str, set] = {}
    for a, opps in opponents.items():
        for b in opps:
            if b != a:
                graph.setdefault(a, set()).add(b)
                graph.setdefault(b, set()).add(a)
    out: list[dict[str, int]] = []
    seen: set = set()
    for start in sorted(graph):
        if start in seen:
            continue
        side = {start: 1}
        todo, split = [start], True
        while todo:
            a = todo.pop()
            for b in graph[a]:
                if b not in side:
                    side[b] = -side[a]
                    todo.append(b)
                elif side[b] == side[a]:
                    split = False
        seen.update(side)
        if split:
            out.append(side)
        else:
            out.extend({a: 1, b: -1} for a, b in sorted(
                {tuple(sorted((a, b))) for a in side for b in graph[a]}))
    sides = []
    for side in out:
        affiliates = {}
        for actor in actors:
            home = [h for h in (getattr(actor, "affiliation", ()) or ()) if h in side]
            if actor.name not in side and len({side[h] for h in home}) == 1:
                side[actor.name] = side[home[0]]
                affiliates[actor.name] = frozenset(home)
        sides.append((side, affiliates))
    return sides


def _settle_sides(results, per_actor, conflicts, threshold: float, groups: Container[str] = ()) -> None:
    """Labels toward the actors of a declared conflict that take one side.

    For each conflict, the actors the comment mentions are labelled as one
    side: favor toward that side's actors, against the other side's.

    * The side is the one every labelled actor points to, when they agree and
      none is left neutral.
    * Otherwise (labels pointing to both sides, or some actor neutral) all the
      evidence is weighed: the camp score sums stance x confidence x weight x
      tier weight (1, 0.5, 0.25 for rules, weak evidence and sentence tone)
      over the findings for every actor of the conflict, with the other
      side's counted the other way; the evidence for one side must outweigh
      the evidence for the other ``_CAMP_RATIO`` times. Weak local sentiment
      toward one side then does not override a rule finding toward the other.
    * When it does not, the labels resting on the strongest tier decide if
      they agree (the others are weaker evidence), and the labels are kept as
      they are if they do not ("Russia is evil. Ukraine is corrupt" stays
      against both).

    A label that contradicts the side is replaced at reduced confidence, with
    the actor's own strongest finding that points the side's way as evidence,
    or else the evidence of the strongest labelled actor of the side (cue
    ``"opposed side"`` or ``"same side"``, by the side of that actor); a
    neutral actor takes the side from that actor (the same cues): in a
    two-sided conflict, supporting one side is opposing the other. Affiliates
    (Putin for Russia) lend their evidence to the side but keep their own
    labels, and a neutral actor takes a side from an affiliate only when it is
    the affiliate's own actor (Russia from Putin; not Ukraine). No label is
    taken from the favor of a group (``groups``: the West) resting on weak
    evidence or sentence tone: tone near a group's members and demonyms is
    about what they own or do, not the group's side. Nor does a group's favor
    resting on a rule label the group's opponent (only its partners): praise
    of a third party's readiness or support is no stance toward the party it
    opposes.
    """
    for side_of, affiliates in conflicts:
        members = [a for a in results if a in side_of]
        if len(members) < 2:
            continue
        dirs = {a: side_of[a] * (1 if results[a][1] == "favor" else -1)
                for a in members if results[a][1] != "neutral"}
        if not dirs:
            continue
        pointed = set(dirs.values())
        if len(pointed) == 1 and len(dirs) == len(members):
            continue  # every actor labelled, all taking the same side: nothing to settle
        # an ally's deed against another ("the West abandoned / betrayed Ukraine", "Ukraine was
        # abandoned by the West"): when the wronged actor and the ally a rule blames for the deed (a
        # finding overlapping the victim's) are all the labelled actors, no side is taken: the
        # victim is not blamed with the agent (another actor's label still settles the side)
        wronged = [(f, side_of[a], a) for a in members for f in per_actor.get(a, ())
                   if f.cue == "victim of attack" and f.stance > 0]
        if wronged and (deed := {x for f, sv, a in wronged for b in members if b != a and side_of[b] == sv
                                 and any(g.stance < 0 and g.sentence == f.sentence and g.start < f.end
                                         and f.start < g.end and not _tier(g) for g in per_actor.get(b, ()))
                                 for x in (a, b)}) and deed.issuperset(dirs):
            continue
        side = 0
        pos = neg = 0.0
        weight_of = _TIER_WEIGHT.get
        for a in members:
            sa = side_of[a]
            for f in per_actor.get(a, ()):
                w = weight_of(_tier(f))
                if w is not None:
                    c = sa * f.stance * f.confidence * f.weight * w
                    if c > 0:
                        pos += c
                    else:
                        neg -= c
        if abs(pos - neg) >= _CAMP_MIN and max(pos, neg) >= _CAMP_RATIO * min(pos, neg):
            side = 1 if pos > neg else -1
        else:
            best = min(_tier(results[a][3]) for a in dirs)
            top = {d for a, d in dirs.items() if _tier(results[a][3]) == best}
            if len(top) == 1:
                side = top.pop()
        if not side:
            continue
        # the strongest labelled actor of the side: the source of derived labels
        src = min((a for a in dirs if dirs[a] == side),
                  key=lambda a: (_tier(results[a][3]), -abs(results[a][0]) * results[a][2]),
                  default=None)
        for a in members:
            sign = side_of[a] * side
            want = "favor" if sign > 0 else "against"
            res = results[a]
            if res[1] == want or a in affiliates:
                continue  # affiliates (Putin for Russia) keep to their own evidence
            if res[1] == "neutral":
                if src is None or (src in affiliates and a not in affiliates[src]):
                    continue  # an affiliate's evidence labels only its own actor (Putin: Russia)
                o = results[src]
                f = o[3]
                if o[1] == "favor" and src in groups and (_tier(f) or side_of[src] != side_of[a]):
                    # tone near a group ("advanced NATO weapons") takes no side in its conflict, and
                    # praise of a group ("the US is ready") labels its partners, not its opponent
                    continue
                st = max(-1.0, min(1.0, 0.8 * abs(o[0]) * sign))
                lab = "favor" if st >= threshold else "against" if st <= -threshold else "neutral"
                conf = round(0.6 * o[2], 4)
                cue = "same side" if side_of[src] == side_of[a] else "opposed side"
                results[a] = [st, lab, conf, _Finding(a, st, conf, cue, f.start, f.end,
                                                      f.sentence)]
                continue
            own = [f for f in per_actor.get(a, ()) if f.stance * sign > 0
                   and _tier(f) in _TIER_WEIGHT]
            if own:
                f = max(own, key=lambda f: (-_tier(f), f.stance * sign * f.confidence))
                cue = f.cue
            elif src is not None:
                f = results[src][3]
                cue = "same side" if side_of[src] == side_of[a] else "opposed side"
            else:
                f, cue = res[3], "opposed side"
            conf = round(res[2] * 0.6, 4)
            st = 0.5 * sign
            results[a] = [st, want, conf, _Finding(a, st, conf, cue, f.start, f.end,
                                                   f.sentence)]


_BOTH_RE = re.compile(r"\bboth\b", re.IGNORECASE)
_BOTH_PREDICATE_RE = re.compile(
    r"(\s+of\s+them|\s+sides)?\s+(?:are|were|is|was|have|has|had|can|can't|cannot|could|couldn't"
    r"|should|will|would|must|deserve|suck|lie|lied|need|did|do|don't|didn't|aren't|weren't|seem"
    r"|look)\b", re.IGNORECASE)
_BOTH_BEFORE_RE = re.compile(r"(?:^|[,;:(—–-]|\band|\bbut|\bso)\s*(?:they\s+)?$", re.IGNORECASE)


def _both_mentions(text: str, mentions: list[_Mention], spans) -> list[tuple[_Mention, str]]:
    """Mentions by a subject "both" ("Both are corrupt", "they both lie") of the pair named before.

    "both" refers to the two actors named earlier in the same or the previous
    sentence when exactly two are; the mention is given to the first of them,
    paired with the second, to which its findings are copied.
    """
    out = []
    starts = [s for s, _ in spans]
    m_starts = [m.start for m in mentions]
    for bm in _BOTH_RE.finditer(text):
        pos, end = bm.span()
        si = bisect_right(starts, pos) - 1
        pm = _BOTH_PREDICATE_RE.match(text, end) if si >= 0 else None
        if pm is None:
            continue
        if pm.group(1):
            end = pm.end(1)  # "both of them", "both sides"
        if not _BOTH_BEFORE_RE.search(text[spans[si][0]:pos]):
            continue
        lo = spans[si - 1][0] if si >= 1 else 0
        named = []
        for m in mentions[bisect_left(m_starts, lo):bisect_left(m_starts, pos)]:
            if m.kind != "pronoun" and m.actor not in named:
                named.append(m.actor)
        if len(named) == 2:
            out.append((_Mention(named[0], pos, end, "pronoun"), named[1]))
    return out


def _score_text(text: str, mentions: list[_Mention], spans: list[tuple[int, int]], tid, cid, *,
                aliases, threshold: float, window: int,
                reported: str = "neutral", kinds: Mapping[str, str] | None = None,
                conflicts: Sequence[Mapping[str, int]] | None = None,
                groups: Container[str] = ()) -> list[tuple]:
    """Rows for one comment given its mentions and sentence spans (``groups``: the actors of kind
    group, see :func:`_settle_sides`)."""
    sides = [side for side, _ in conflicts] if conflicts else ()
    if kinds:
        extra = _plural_pronouns(text, mentions, spans, kinds)
        if extra:
            mentions = sorted(mentions + extra, key=lambda m: (m.start, m.end))
    both = None
    if _BOTH_ANAPHORA and len(mentions) > 1 and (
            "both" in text or "Both" in text or "BOTH" in text):
        both = _both_mentions(text, mentions, spans)
        if both:
            mentions = sorted(mentions + [m for m, _ in both], key=lambda m: (m.start, m.end))
    findings: list[_Finding] = []
    si = 0
    n_sp = len(spans)
    by_sentence: dict[int, list[_Mention]] = {}
    for m in mentions:  # mentions sorted by start
        while si < n_sp and spans[si][1] <= m.start:
            si += 1
        if si < n_sp and spans[si][0] <= m.start:
            by_sentence.setdefault(si, []).append(m)
        else:  # mention outside every sentence span (should not happen): own span
            by_sentence.setdefault(-1, []).append(m)
    prev_idx, prev_got = -2, None
    bare = None
    for idx, ms in by_sentence.items():
        s0, s1 = spans[idx] if idx >= 0 else (ms[0].start, ms[-1].end)
        for m in ms:  # the span reaches the end of every mention
            if m.end > s1:
                s1 = m.end
        sent = _Sentence(text, s0, s1, idx)
        got = _analyse(text, sent, ms, aliases=aliases, window=window, reported=reported,
                       sides=sides, prev=prev_got if prev_idx == idx - 1 else None, groups=groups)
        if got and _ANSWERED_NO and 0 <= idx < n_sp - 1 and sent.toks and sent.toks[-1] == "?":
            _answered_no(text, got, spans[idx + 1])
        if got and _BARE_SARCASM and n_sp > 1 and idx >= 0 and reported == "neutral":
            if bare is None:  # the comment's bare marker sentences, found once: index -> kind
                bare = {}
                # (only short sentences are looked at, and only when the comment holds a word
                # every marker has: most comments hold none)
                if _marker_word(text.lower()):
                    for k, sp in enumerate(spans):
                        if sp[1] - sp[0] <= 24 and (kind := _bare_marker(text, sp)):
                            bare[k] = kind
            if bare:
                if idx in bare:  # the marker itself ("Sure they did.") only echoes the claim
                    got = []
                elif bare.get(idx - 1) in {"bare", "ahead"}:  # "Yeah right. X blew up its own plant?"
                    _mock_neighbour(text, got, spans[idx - 1], True)
                elif idx + 1 in bare and (bare[idx + 1] == "echo" or idx + 2 == n_sp and bare[idx + 1] == "bare"):
                    # "X is winning. Yeah right." / "X blew it up. Sure they did."
                    _mock_neighbour(text, got, spans[idx + 1], False)
        if got and _ASKED_PREDICATES and sent.toks and sent.toks[-1] == "?":
            # after every check that reads the question as mockery: what is left is asked
            _asked_predicates(text, sent, got, ms, spans[idx + 1] if 0 <= idx < n_sp - 1 else None)
        prev_idx, prev_got = idx, got
        findings.extend(got)
    if both:  # the findings of "both" are the second actor's too
        for bm, second in both:
            findings.extend([_Finding(second, f.stance, f.confidence, f.cue, f.start, f.end, f.sentence,
                                      f.weight) for f in findings
                             if f.actor == bm.actor and f.start <= bm.start and bm.end <= f.end])
    per_actor: dict[str, list[_Finding]] = {}
    first: dict[str, _Mention] = {}
    count: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.actor, m)
        count[m.actor] = count.get(m.actor, 0) + 1
    for f in findings:
        per_actor.setdefault(f.actor, []).append(f)
    results = {}
    for actor in first:  # order of first mention
        fs = per_actor.get(actor)
        if not fs:
            m = first[actor]
            fs = [_Finding(actor, 0.0, 0.3, "mention only", m.start, m.end, -1)]
        results[actor] = [*_combine(fs, threshold)]
    if conflicts and len(results) > 1:
        _settle_sides(results, per_actor, conflicts, threshold, groups)
    rows = []
    for actor, (stance, label, conf, f) in results.items():
        m = first[actor]
        rows.append((tid, cid, actor, stance, label, conf, text[f.start:f.end], f.start, f.end,
                     f.cue, False, text[m.start:m.end], count[actor],
                     f.sentence if f.sentence >= 0 else pd.NA))
    return rows
