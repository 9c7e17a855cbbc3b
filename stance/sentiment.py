"""Sentence- and comment-level sentiment with VADER.

VADER (Hutto & Gilbert 2014) is run once per *sentence*, never on a whole
comment: its compound score saturates on long text (any long rant scores
about -1) and its running time grows faster than linearly with text length.
Sentences come from :func:`stance.text.split_sentences`, which also cuts
sentences longer than 60 words into chunks, so the work is linear in comment
length. Identical sentences (quoted parents, copy-pasted spam) are scored
once per call, and sentences without any word of VADER's lexicon (nor emoji)
get VADER's fixed neutral result without running it (exactly what VADER
returns; see ``_without_lexicon_words``).

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
import string

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

    A subclass of vaderSentiment's ``SentimentIntensityAnalyzer`` with the
    same scores (checked word for word against it in tests/test_sentiment.py),
    minus two costs of the original: ``_negation_check`` and
    ``_special_idioms_check`` lower-case the whole sentence again for every
    lexicon word (quadratic in sentence length), and ``polarity_scores``
    rebuilds the text character by character to replace emoji even when it
    has none.
    """
    return _fast_vader_class()()


@functools.lru_cache(maxsize=1)
def _fast_vader_class():
    import vaderSentiment.vaderSentiment as vs

    class FastVader(vs.SentimentIntensityAnalyzer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._emoji_keys = frozenset(self.emojis)
            self._lower_cache = (None, None)   # (word list, its lower-cased copy), swapped whole
            self._negate = frozenset(vs.NEGATE)
            self._n_scalar = vs.N_SCALAR

        def _lower(self, words):
            cached = self._lower_cache    # one read: safe when threads share the analyzer
            if cached[0] is words:
                return cached[1]
            low = [str(w).lower() for w in words]
            self._lower_cache = (words, low)
            return low

        def polarity_scores(self, text):
            if not self._emoji_keys.isdisjoint(text):
                return super().polarity_scores(text)
            # no emoji: the original's replacement loop would give text.strip()
            text = text.strip()
            sentitext = vs.SentiText(text)
            sentiments = []
            words = sentitext.words_and_emoticons
            low = self._lower(words)
            n = len(words)
            booster = vs.BOOSTER_DICT
            lexicon = self.lexicon
            for i, item in enumerate(words):
                li = low[i]
                if li in booster:
                    sentiments.append(0)
                    continue
                if i < n - 1 and li == "kind" and low[i + 1] == "of":
                    sentiments.append(0)
                    continue
                if li not in lexicon:   # sentiment_valence would append 0 for it
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

        def _negation_check(self, valence, words_and_emoticons, start_i, i):
            w = self._lower(words_and_emoticons)
            scalar = self._n_scalar
            negate = self._negate

            def negated(one):   # vs.negated on one lower-cased word
                return one[0] in negate or "n't" in one[0]

            # the original's body (vaderSentiment 3.3.2), operator precedence included
            if start_i == 0:
                if negated([w[i - (start_i + 1)]]):
                    valence = valence * scalar
            if start_i == 1:
                if w[i - 2] == "never" and (w[i - 1] == "so" or w[i - 1] == "this"):
                    valence = valence * 1.25
                elif w[i - 2] == "without" and w[i - 1] == "doubt":
                    valence = valence
                elif negated([w[i - (start_i + 1)]]):
                    valence = valence * scalar
            if start_i == 2:
                if w[i - 3] == "never" and (w[i - 2] == "so" or w[i - 2] == "this") or \
                        (w[i - 1] == "so" or w[i - 1] == "this"):
                    valence = valence * 1.25
                elif w[i - 3] == "without" and (w[i - 2] == "doubt" or w[i - 1] == "doubt"):
                    valence = valence
                elif negated([w[i - (start_i + 1)]]):
                    valence = valence * scalar
            return valence

        def _special_idioms_check(self, valence, words_and_emoticons, i):
            w = self._lower(words_and_emoticons)
            special, booster = vs.SPECIAL_CASES, vs.BOOSTER_DICT
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

    return FastVader


@functools.lru_cache(maxsize=1)
def _lexicon_sets():
    """VADER's lexicon (dict) and the set of characters it replaces by emoji descriptions."""
    analyzer = _analyzer()
    return analyzer.lexicon, frozenset(k for k in analyzer.emojis if len(k) == 1)


_PUNCTUATION = string.punctuation
_NEUTRAL = (0.0, 1.0, 0.0, 0.0)
_EMPTY = (0.0, 0.0, 0.0, 0.0)


def _without_lexicon_words(text: str, lexicon, emoji_chars):
    """VADER's scores when it is certain without running it, else None.

    VADER gives every token that is not in its lexicon a valence of 0; all its
    rules (boosters, negation, "but", capitals, punctuation emphasis) only
    scale the valence of lexicon words. So a text with no emoji and no token
    in the lexicon, tokenised as VADER does (split on white space, punctuation
    stripped from both ends unless two characters or fewer remain), scores
    exactly neg 0, neu 1, pos 0, compound 0 (all 0 without tokens). Checking
    this costs a fraction of a full VADER call and skips many sentences.
    """
    if not text.isascii() and not emoji_chars.isdisjoint(text):
        return None
    words = text.split()
    if not words:
        return _EMPTY
    for w in words:
        stripped = w.strip(_PUNCTUATION)
        if len(stripped) <= 2:
            stripped = w
        if stripped.lower() in lexicon:
            return None
    return _NEUTRAL


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
    out = {c: [] for c in SENTENCE_COLUMNS[:6]}
    scorable_flags = []
    for i in _progress(range(len(texts)), progress, len(texts), "sentences"):
        text = texts[i]
        if not isinstance(text, str) or not text:
            continue
        _, ok = _scorable(text, deleted[i])
        spans = split_sentences(text, max_words=max_words)
        for k, (s, e) in enumerate(spans):
            out["thread_id"].append(threads[i])
            out["comment_id"].append(ids[i])
            out["sentence_index"].append(k)
            out["start"].append(s)
            out["end"].append(e)
            out["text"].append(text[s:e])
            scorable_flags.append(ok)
    scores = _score_texts(out["text"], scorable_flags, progress=progress)
    result = pd.DataFrame(out, columns=SENTENCE_COLUMNS[:6])
    for j, name in enumerate(_SCORES):
        result[name] = scores[:, j]
    for col in ("sentence_index", "start", "end"):
        result[col] = result[col].astype("int64")
    result["comment_id"] = result["comment_id"].astype(object)
    result["text"] = result["text"].astype(object)
    return result[SENTENCE_COLUMNS]


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
    analyzer = _analyzer()
    lexicon, emoji_chars = _lexicon_sets()
    table = np.empty((len(unique), 4))
    for t, j in _progress(unique.items(), progress, len(unique), "VADER"):
        fixed = _without_lexicon_words(t, lexicon, emoji_chars)
        if fixed is not None:
            table[j] = fixed
            continue
        r = analyzer.polarity_scores(t)
        table[j] = (r["neg"], r["neu"], r["pos"], r["compound"])
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
    w = sent["text"].str.split().str.len().clip(lower=1).astype(float)
    agg = pd.DataFrame({"_t": sent["_t"], "_c": sent["_c"], "w": w, "n": 1})
    for name in _SCORES:
        agg[name] = sent[name] * w
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
