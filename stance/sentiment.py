"""Sentence- and comment-level sentiment with VADER.

VADER (Hutto & Gilbert 2014) is run once per *sentence*, never on a whole
comment: its compound score saturates on long text (any long rant scores
about -1) and its running time grows faster than linearly with text length.
Sentences come from :func:`stance.text.split_sentences`, which also cuts
sentences longer than 60 words into chunks, so the work is linear in comment
length. Identical sentences (quoted parents, copy-pasted spam) are scored
once per call. VADER itself is a faithful re-implementation of vaderSentiment
3.3.2's ``polarity_scores`` with bit-identical scores at about a third of the
cost (it visits only lexicon words and skips checks that cannot fire; see
``_fast_vader_class``).

Comment score
-------------
For a comment with sentences ``i = 1..n``, VADER scores ``neg_i``, ``neu_i``,
``pos_i``, ``compound_i`` and word counts ``w_i`` (white-space separated
tokens, at least 1)::

    compound = sum(w_i * compound_i) / sum(w_i)

and likewise for ``neg``, ``neu`` and ``pos`` (so they still sum to 1). The
length-weighted mean is the average tone per word: it stays in [-1, 1], does
not drift toward ±1 as comments grow (unlike VADER's normalisation of summed
valences, ``x / sqrt(x**2 + 15)``), and a one-word aside does not weigh as much
as a long argument. Its price: one strong sentence in a long neutral comment
is diluted; the per-sentence table keeps it visible.

Language
--------
Only English can be scored. Each comment's language comes from
:func:`stance.language.detect_language`; comments in another language, empty
or deleted ones get ``is_scored = False`` and NaN scores (never a silent 0).
Text without letters (emoji, numbers: language "und") is scored, since VADER
knows emoji.
"""

from __future__ import annotations

import functools
import math
import string
from itertools import compress

import numpy as np
import pandas as pd

from ._checks import require_columns
from .engine import partitioned
from .language import detect_language
from .text import MAX_WORDS, split_sentences

__all__ = ["score_sentences", "score_sentiment", "SENTENCE_COLUMNS", "SENTIMENT_COLUMNS",
           "SCORED_LANGUAGES"]

#: Columns of :func:`score_sentences`, in order.
SENTENCE_COLUMNS = ["thread_id", "comment_id", "sentence_index", "start", "end", "text",
                    "neg", "neu", "pos", "compound"]
#: Columns of :func:`score_sentiment`, in order.
SENTIMENT_COLUMNS = ["thread_id", "comment_id", "neg", "neu", "pos", "compound", "n_sentences",
                     "language", "is_scored"]
#: Languages whose text VADER scores ("und": no letters, e.g. only emoji).
SCORED_LANGUAGES = frozenset({"en", "und"})

_SCORES = ("neg", "neu", "pos", "compound")


@functools.lru_cache(maxsize=1)
def _analyzer():
    """The process's one VADER analyzer (loading the lexicon takes ~0.1 s).

    A subclass of vaderSentiment's ``SentimentIntensityAnalyzer`` whose
    ``polarity_scores`` gives the same dict, float for float, and whose
    ``scores`` gives the same four numbers as a tuple (neg, neu, pos,
    compound); see :func:`_fast_vader_class` for how it is faster.
    """
    return _fast_vader_class()()


_NEUTRAL = (0.0, 1.0, 0.0, 0.0)   # VADER's result for words without a lexicon word
_EMPTY = (0.0, 0.0, 0.0, 0.0)     # ... and for a text without words


@functools.lru_cache(maxsize=1)
def _fast_vader_class():
    """A faithful, faster re-implementation of VADER 3.3.2's ``polarity_scores``.

    It mirrors ``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer``
    of vaderSentiment 3.3.2 (the version pinned by the project; tests compare
    it with the original, float for float, on hand-made tricky sentences and
    the synthetic corpus). Every rule of the original is kept, with the same
    arithmetic in the same order, so the floats are bit-identical; what goes
    is work that cannot change the result:

    - the text is split and lower-cased once (the original lower-cases the
      whole sentence again for every lexicon word in its negation and idiom
      checks, and once more for "but"), and each distinct token is stripped
      and lower-cased only once per process (a bounded cache);
    - only lexicon words are visited: every other word (and boosters, and
      "kind" before "of") gets valence 0 in the original, and a 0 changes
      neither the sum (the running float sum is never -0.0) nor the positive
      and negative sums, it only counts as neutral;
    - "is some but not every word in capitals" is computed only when a
      lexicon or booster word is in capitals (the only places it is used);
    - the idiom checks ("the bomb", "kiss of death", "kind of" ...) run only
      when a word that ends one of those phrases is at a position where it
      could complete it; otherwise none of their n-grams can match;
    - the emoji replacement loop runs only when the text has an emoji;
    - a text without any lexicon word gets VADER's fixed neutral result;
    - the final scores, a pure function of the word valences, the number of
      neutral words and the "!" and "?" counts (up to 4), are cached by
      those (bounded cache): most sentences share them.

    The "but" rule is kept as written, with its quirks (it finds the
    sentiment to rescale by value with ``list.index``), on the full list of
    word valences.
    """
    import vaderSentiment.vaderSentiment as vs

    booster = vs.BOOSTER_DICT
    special = vs.SPECIAL_CASES
    negate = frozenset(vs.NEGATE)
    n_scalar, c_incr = vs.N_SCALAR, vs.C_INCR
    punctuation = string.punctuation
    # last words of the phrases of the idiom check (special cases and
    # multi-word boosters); no phrase can match unless one of them is there
    idiom_ends = frozenset(k.split()[-1] for k in [*special, *booster] if " " in k)
    so_this = ("so", "this")
    at_very = ("at", "very")
    or_nor = ["or", "nor"]

    def cap_differential(words):
        allcap = sum(map(str.isupper, words))
        return 0 < len(words) - allcap < len(words)

    def idioms_check(valence, w, i):   # the original _special_idioms_check on lower-cased words
        onezero = "{0} {1}".format(w[i - 1], w[i])
        twoonezero = "{0} {1} {2}".format(w[i - 2], w[i - 1], w[i])
        twoone = "{0} {1}".format(w[i - 2], w[i - 1])
        threetwoone = "{0} {1} {2}".format(w[i - 3], w[i - 2], w[i - 1])
        threetwo = "{0} {1}".format(w[i - 3], w[i - 2])
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        if len(w) - 1 > i:
            zeroone = "{0} {1}".format(w[i], w[i + 1])
            if zeroone in special:
                valence = special[zeroone]
        if len(w) - 1 > i + 1:
            zeroonetwo = "{0} {1} {2}".format(w[i], w[i + 1], w[i + 2])
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in booster:
                valence = valence + booster[n_gram]
        return valence

    def but_check(low, sentiments):   # the original _but_check, quirks included
        bi = low.index("but")
        for sentiment in sentiments:
            si = sentiments.index(sentiment)
            if si < bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 0.5)
            elif si > bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 1.5)
        return sentiments

    class FastVader(vs.SentimentIntensityAnalyzer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # the original replaces only single characters found in the emoji dict
            # (none of them ASCII)
            self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
            if any(c.isascii() for c in self._emoji_chars):
                raise RuntimeError("vaderSentiment's emoji lexicon has ASCII characters; "
                                   "stance.sentiment assumes it has none")
            # score_valence's result by (valences, neutral count, "!" and "?" counts)
            self._valence_cache: dict[tuple, tuple] = {}
            # token -> its stripped, lower-cased form (words repeat: a dict
            # lookup is cheaper than strip and lower); cleared when large
            self._token_cache: dict[str, str] = {}

        def _lower_tokens(self, tokens):
            cache = self._token_cache
            if len(cache) > 200_000:
                cache.clear()
            out = []
            for t in tokens:
                low = cache.get(t)
                if low is None:
                    s = t.strip(punctuation)
                    low = (s if len(s) > 2 else t).lower()
                    cache[t] = low
                out.append(low)
            return out

        def _replace_emoji(self, text):   # the original loop of polarity_scores
            text_no_emoji = ""
            prev_space = True
            for chr in text:
                if chr in self.emojis:
                    description = self.emojis[chr]
                    if not prev_space:
                        text_no_emoji += ' '
                    text_no_emoji += description
                    prev_space = False
                else:
                    text_no_emoji += chr
                    prev_space = chr == ' '
            return text_no_emoji

        def polarity_scores(self, text):
            if not isinstance(text, str):
                return super().polarity_scores(text)
            neg, neu, pos, compound = self.scores(text)
            return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

        def scores(self, text: str) -> tuple:
            """VADER's (neg, neu, pos, compound) of ``text``, as ``polarity_scores``."""
            if not text.isascii() and not self._emoji_chars.isdisjoint(text):
                text = self._replace_emoji(text)
            text = text.strip()
            # SentiText: split on white space, strip punctuation unless <= 2
            # characters remain; then lower-case. ``words`` keeps the split
            # tokens unstripped: only their isupper() is used, and stripping
            # ASCII punctuation (uncased) does not change it.
            words = text.split()
            n = len(words)
            if not n:
                return _EMPTY
            try:
                low = list(map(self._token_cache.__getitem__, words))
            except KeyError:
                low = self._lower_tokens(words)
            lex = self.lexicon
            if lex.keys().isdisjoint(low):
                return _NEUTRAL
            hits = list(compress(range(n), map(lex.__contains__, low)))
            cap_diff = None
            values = []       # valences of the visited words, in order
            positions = []
            last = n - 1
            for i in hits:
                li = low[i]
                if li in booster or (li == "kind" and i < last and low[i + 1] == "of"):
                    continue   # valence 0 in the original
                # sentiment_valence
                valence = lex[li]
                if li == "no" and i != last and low[i + 1] in lex:
                    valence = 0.0
                if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") \
                        or (i > 2 and low[i - 3] == "no" and low[i - 1] in or_nor):
                    valence = lex[li] * n_scalar
                if words[i].isupper():
                    if cap_diff is None:
                        cap_diff = cap_differential(words)
                    if cap_diff:
                        if valence > 0:
                            valence += c_incr
                        else:
                            valence -= c_incr
                for start_i in (0, 1, 2):
                    if i <= start_i:
                        break
                    j = i - (start_i + 1)
                    lj = low[j]
                    if lj in lex:
                        continue
                    # scalar_inc_dec
                    s = 0.0
                    if lj in booster:
                        s = booster[lj]
                        if valence < 0:
                            s *= -1
                        if words[j].isupper():
                            if cap_diff is None:
                                cap_diff = cap_differential(words)
                            if cap_diff:
                                if valence > 0:
                                    s += c_incr
                                else:
                                    s -= c_incr
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    # _negation_check (vs.negated on one lower-cased word: in NEGATE or has "n't")
                    if start_i == 0:
                        if lj in negate or "n't" in lj:
                            valence = valence * n_scalar
                    elif start_i == 1:
                        if lj == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                            valence = valence * 1.25
                        elif lj == "without" and low[i - 1] == "doubt":
                            pass
                        elif lj in negate or "n't" in lj:
                            valence = valence * n_scalar
                    else:
                        if lj == "never" and (low[i - 2] == "so" or low[i - 2] == "this") or \
                                (low[i - 1] == "so" or low[i - 1] == "this"):
                            valence = valence * 1.25
                        elif lj == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                            pass
                        elif lj in negate or "n't" in lj:
                            valence = valence * n_scalar
                        # _special_idioms_check: a phrase ends at i - 2 .. i + 2
                        if (low[i] in idiom_ends or low[i - 1] in idiom_ends
                                or low[i - 2] in idiom_ends
                                or (i < last and low[i + 1] in idiom_ends)
                                or (i + 1 < last and low[i + 2] in idiom_ends)):
                            valence = idioms_check(valence, low, i)
                # _least_check
                if i > 0 and low[i - 1] == "least" and "least" not in lex:
                    if i > 1:
                        if low[i - 2] != "at" and low[i - 2] != "very":
                            valence = valence * n_scalar
                    else:
                        valence = valence * n_scalar
                values.append(valence)
                positions.append(i)
            if "but" in low:
                sentiments = [0] * n
                for i, v in zip(positions, values):
                    sentiments[i] = v
                values = but_check(low, sentiments)
                neu_count = 0
            else:
                neu_count = n - len(values)   # the words of valence 0 not visited
            if not values:
                return _NEUTRAL
            # the punctuation emphasis depends on min(4, count of "!") and on
            # the count of "?" up to 4 (0.96 from 4 on)
            ep_count = text.count("!")
            qm_count = text.count("?")
            key = (tuple(values), neu_count, ep_count if ep_count < 4 else 4,
                   qm_count if qm_count < 4 else 4)
            cache = self._valence_cache
            result = cache.get(key)
            if result is None:
                if len(cache) > 100_000:
                    cache.clear()
                result = cache[key] = _score_valence(values, neu_count, text)
            return result

    return FastVader


def _score_valence(sentiments, neu_count: int, text: str) -> tuple:
    """VADER 3.3.2's ``score_valence`` as a tuple, plus ``neu_count`` zeros not listed."""
    sum_s = float(sum(sentiments))
    # _punctuation_emphasis
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        if qm_count <= 3:
            qm_amplifier = qm_count * 0.18
        else:
            qm_amplifier = 0.96
    punct_emph_amplifier = ep_amplifier + qm_amplifier
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    # normalize(sum_s, alpha=15)
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0
    # _sift_sentiment_scores
    pos_sum = 0.0
    neg_sum = 0.0
    for sentiment_score in sentiments:
        if sentiment_score > 0:
            pos_sum += (float(sentiment_score) + 1)
        if sentiment_score < 0:
            neg_sum += (float(sentiment_score) - 1)
        if sentiment_score == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    pos = math.fabs(pos_sum / total)
    neg = math.fabs(neg_sum / total)
    neu = math.fabs(neu_count / total)
    return (round(neg, 3), round(neu, 3), round(pos, 3), round(compound, 4))


def _comments(comments, function: str):
    """Select the comment rows and their ids: (frame, thread_ids, comment_ids)."""
    if isinstance(comments, pd.Series):
        comments = comments.to_frame("text")
    require_columns(comments, ["text"], function=function)
    frame = comments
    if "kind" in frame.columns:
        frame = frame[frame["kind"] == "comment"]
    ids = (frame["comment_id"].astype(str).tolist() if "comment_id" in frame.columns
           else [str(i) for i in frame.index])
    threads = (frame["thread_id"].tolist() if "thread_id" in frame.columns
               else [pd.NA] * len(frame))
    return frame, threads, ids


def _deleted(frame) -> list[bool]:
    if "is_deleted" in frame.columns:
        return frame["is_deleted"].fillna(False).astype(bool).tolist()
    return [False] * len(frame)


def _progress(iterable, enabled: bool, total: int, desc: str):
    if not enabled:
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, total=total, desc=desc)


def _scorable(text, deleted: bool) -> tuple[str, bool]:
    """(language, can be scored) for one comment."""
    if not isinstance(text, str) or not text.strip():
        return "und", False
    language = detect_language(text)
    return language, (not deleted) and language in SCORED_LANGUAGES


@partitioned
def score_sentences(comments, *, progress: bool = False,
                    max_words: int | None = MAX_WORDS) -> pd.DataFrame:
    """Split comments into sentences and score each with VADER.

    Parameters
    ----------
    comments : DataFrame or Series
        A comment table with at least ``text``. Rows whose ``kind`` is not
        "comment" are skipped when the column exists; ``comment_id`` is made
        from the index when absent, ``thread_id`` is NA when absent. A Series
        of texts is accepted too.
    progress : bool
        Show a progress bar (tqdm; the notebook widget in Jupyter).
    max_words : int or None
        Sentences longer than this are cut into chunks (see
        :func:`stance.text.split_sentences`); None keeps them whole.
    n_jobs, chunksize : int, optional
        Score in worker processes, split by thread (see
        :func:`stance.engine.partitioned`); a Dask DataFrame partitioned by
        thread is accepted too and gives a lazy Dask result. The tables are
        identical whatever the engine.

    Returns
    -------
    DataFrame
        One row per sentence, in comment order:

        - ``thread_id`` : thread of the comment (NA when unknown)
        - ``comment_id`` : str
        - ``sentence_index`` : int, 0-based position in the comment
        - ``start``, ``end`` : int character offsets into the comment text
        - ``text`` : the sentence, ``comment_text[start:end]``
        - ``neg``, ``neu``, ``pos`` : float VADER proportions (sum to 1)
        - ``compound`` : float VADER compound in [-1, 1]

        Sentences of comments that cannot be scored (not English, deleted)
        are listed with NaN scores; empty comments have no sentences.

    Examples
    --------
    >>> s = score_sentences(pd.DataFrame({"text": ["Putin is great. I hate this."]}))
    >>> s[["sentence_index", "text"]].values.tolist()
    [[0, 'Putin is great.'], [1, 'I hate this.']]
    >>> bool(s.loc[0, "compound"] > 0 > s.loc[1, "compound"])
    True
    """
    frame, threads, ids = _comments(comments, "score_sentences")
    texts = frame["text"].tolist()
    deleted = _deleted(frame)
    thread_col, id_col, index_col, starts, ends, pieces = [], [], [], [], [], []
    scorable_flags = []
    for i in _progress(range(len(texts)), progress, len(texts), "sentences"):
        text = texts[i]
        if not isinstance(text, str) or not text:
            continue
        _, ok = _scorable(text, deleted[i])
        spans = split_sentences(text, max_words=max_words)
        n = len(spans)
        if not n:
            continue
        thread_col.extend([threads[i]] * n)
        id_col.extend([ids[i]] * n)
        index_col.extend(range(n))
        for s, e in spans:
            starts.append(s)
            ends.append(e)
            pieces.append(text[s:e])
        scorable_flags.extend([ok] * n)
    scores = _score_texts(pieces, scorable_flags, progress=progress)
    # the frame built at once, every column in its final dtype (not set and cast column by
    # column)
    data = {"thread_id": thread_col,
            "comment_id": pd.Series(id_col, dtype=object),
            "sentence_index": np.array(index_col, dtype=np.int64),
            "start": np.array(starts, dtype=np.int64), "end": np.array(ends, dtype=np.int64),
            "text": pd.Series(pieces, dtype=object)}
    for j, name in enumerate(_SCORES):
        data[name] = scores[:, j]
    return pd.DataFrame(data, columns=SENTENCE_COLUMNS)


def _score_texts(texts: list[str], flags: list[bool], *, progress: bool) -> np.ndarray:
    """VADER scores (n x 4: neg, neu, pos, compound), each distinct text once."""
    scores = np.full((len(texts), 4), np.nan)
    if not texts:
        return scores
    unique: dict[str, int] = {}
    rows = []
    for i, (t, ok) in enumerate(zip(texts, flags)):
        if ok:
            rows.append((i, unique.setdefault(t, len(unique))))
    if not unique:
        return scores
    scores_of = _analyzer().scores
    table = np.array([scores_of(t) for t in _progress(unique, progress, len(unique), "VADER")],
                     dtype=float).reshape(len(unique), 4)
    idx = np.fromiter((i for i, _ in rows), dtype=np.int64, count=len(rows))
    uj = np.fromiter((j for _, j in rows), dtype=np.int64, count=len(rows))
    scores[idx] = table[uj]
    return scores


@partitioned
def score_sentiment(comments, *, sentences: pd.DataFrame | None = None,
                    progress: bool = False) -> pd.DataFrame:
    """One sentiment score per comment, aggregated from its sentences.

    Parameters
    ----------
    comments : DataFrame or Series
        A comment table with at least ``text`` (see :func:`score_sentences`).
    sentences : DataFrame, optional
        The result of :func:`score_sentences` on the same comments, to reuse
        its work; computed when None.
    progress : bool
        Show progress bars when sentences are computed here.
    n_jobs, chunksize : int, optional
        As for :func:`score_sentences` (the ``sentences`` table is split
        with the comments).

    Returns
    -------
    DataFrame
        One row per comment (every row of kind "comment", or every row when
        there is no ``kind`` column), in input order:

        - ``thread_id`` : thread of the comment (NA when unknown)
        - ``comment_id`` : str
        - ``neg``, ``neu``, ``pos`` : float, word-weighted means of the
          sentences' VADER proportions
        - ``compound`` : float in [-1, 1], word-weighted mean of the
          sentences' compound scores (see the module notes)
        - ``n_sentences`` : int, number of sentences (chunks) scored
        - ``language`` : ISO code from :func:`stance.language.detect_language`
        - ``is_scored`` : bool, False for comments not in English, empty or
          deleted comments (their scores are NaN)

    Examples
    --------
    >>> c = pd.DataFrame({"comment_id": ["a", "b", "c"],
    ...                   "text": ["Great news. Terrible people.", "Das ist nicht gut, aber egal.", ""]})
    >>> r = score_sentiment(c)
    >>> r[["comment_id", "n_sentences", "language", "is_scored"]].values.tolist()
    [['a', 2, 'en', True], ['b', 0, 'de', False], ['c', 0, 'und', False]]
    """
    frame, threads, ids = _comments(comments, "score_sentiment")
    if sentences is None:
        sentences = score_sentences(comments, progress=progress)
    else:
        require_columns(sentences, ["comment_id", "text", *_SCORES], what="sentences",
                        function="score_sentiment")
    texts = frame["text"].tolist()
    deleted = _deleted(frame)
    langs, oks = [], []
    for text, d in zip(texts, deleted):
        lang, ok = _scorable(text, d)
        langs.append(lang)
        oks.append(ok)

    # word-weighted sums per comment
    sent = sentences[["comment_id", "text", *_SCORES]].copy()
    has_thread = "thread_id" in sentences.columns
    sent["_t"] = sentences["thread_id"].astype(object).where(sentences["thread_id"].notna(), None) \
        if has_thread else None
    sent["_c"] = sent["comment_id"].astype(str)
    sent = sent[sent["compound"].notna()]
    # words per sentence (at least 1): str.split and len mapped over the texts, several times
    # cheaper than the .str accessor's split and len; a text that is not a string (missing)
    # counts as NaN, as the accessor gave
    texts_of = sent["text"].tolist()
    try:
        counts = list(map(len, map(str.split, texts_of)))
    except TypeError:
        counts = [len(t.split()) if isinstance(t, str) else np.nan for t in texts_of]
    w = np.array(counts, dtype=float)
    np.maximum(w, 1.0, out=w, where=~np.isnan(w))
    agg = pd.DataFrame({"_t": sent["_t"], "_c": sent["_c"], "w": w, "n": 1}, index=sent.index)
    for name in _SCORES:
        agg[name] = sent[name].to_numpy() * w
    sums = {}
    if len(agg):
        grouped = agg.groupby(["_t", "_c"], dropna=False, sort=False).sum(numeric_only=True)
        for (t, c), row in zip(grouped.index, grouped.itertuples(index=False)):
            sums[(None if t is None or (isinstance(t, float) and np.isnan(t)) else t, c)] = row

    n = len(frame)
    values = np.full((n, 4), np.nan)
    counts = np.zeros(n, dtype=np.int64)
    for i in range(n):
        if not oks[i]:
            continue
        t = threads[i]
        key = (None if not has_thread or t is None or t is pd.NA
               or (isinstance(t, float) and np.isnan(t)) else t, ids[i])
        row = sums.get(key)
        if row is None:
            oks[i] = False
            continue
        counts[i] = int(row.n)
        values[i] = (row.neg / row.w, row.neu / row.w, row.pos / row.w, row.compound / row.w)
    result = pd.DataFrame({"thread_id": pd.Series(threads, dtype=object),
                           "comment_id": pd.Series(ids, dtype=object)})
    for j, name in enumerate(_SCORES):
        result[name] = values[:, j]
    result["n_sentences"] = counts
    result["language"] = pd.Series(langs, dtype=object)
    result["is_scored"] = np.array(oks, dtype=bool)
    return result[SENTIMENT_COLUMNS]
