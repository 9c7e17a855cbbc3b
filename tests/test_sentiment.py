"""Tests for stance.sentiment: VADER per sentence, word-weighted comment scores."""

import math

import numpy as np
import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import stance
from stance.errors import StanceError
from stance.sentiment import (SENTENCE_COLUMNS, SENTIMENT_COLUMNS, score_sentences,
                              score_sentiment)

VADER = SentimentIntensityAnalyzer()


def vader(text):
    return VADER.polarity_scores(text)


@pytest.fixture
def comments():
    return pd.DataFrame({
        "thread_id": ["t1"] * 5,
        "comment_id": ["a", "b", "c", "d", "e"],
        "kind": ["article", "comment", "comment", "comment", "comment"],
        "text": [
            "The article text. It is not a comment.",
            "Putin is a great leader. I hate this war so much!",
            "Das ist nicht gut, aber wir haben keine Wahl.",
            "",
            "ridiculous pathetic",
        ],
    })


def test_sentences_table(comments):
    s = score_sentences(comments)
    assert list(s.columns) == SENTENCE_COLUMNS
    # article skipped; empty comment has no sentences; German sentences listed unscored
    assert s["comment_id"].tolist() == ["b", "b", "c", "e"]
    assert s["sentence_index"].tolist() == [0, 1, 0, 0]
    assert s["text"].tolist() == ["Putin is a great leader.", "I hate this war so much!",
                                  "Das ist nicht gut, aber wir haben keine Wahl.",
                                  "ridiculous pathetic"]
    text_b = comments.loc[1, "text"]
    assert [text_b[st:en] for st, en in zip(s["start"][:2], s["end"][:2])] == s["text"][:2].tolist()
    for i in (0, 1, 3):
        expected = vader(s.loc[i, "text"])
        assert s.loc[i, ["neg", "neu", "pos", "compound"]].tolist() == pytest.approx(
            [expected["neg"], expected["neu"], expected["pos"], expected["compound"]])
    assert s.loc[2, ["neg", "neu", "pos", "compound"]].isna().all()
    assert (s["thread_id"] == "t1").all()


def test_comment_score_is_word_weighted_mean(comments):
    r = score_sentiment(comments)
    assert list(r.columns) == SENTIMENT_COLUMNS
    assert r["comment_id"].tolist() == ["b", "c", "d", "e"]
    b = r.iloc[0]
    s1, s2 = vader("Putin is a great leader."), vader("I hate this war so much!")
    w1, w2 = 5, 6  # words in each sentence
    for key in ("neg", "neu", "pos", "compound"):
        assert b[key] == pytest.approx((w1 * s1[key] + w2 * s2[key]) / (w1 + w2))
    assert b["n_sentences"] == 2 and b["language"] == "en" and b["is_scored"]


def test_unscored_comments_are_reported_not_dropped(comments):
    r = score_sentiment(comments).set_index("comment_id")
    assert r.loc["c", "language"] == "de" and not r.loc["c", "is_scored"]
    assert r.loc["d", "language"] == "und" and not r.loc["d", "is_scored"]
    for cid in ("c", "d"):
        assert r.loc[cid, ["neg", "neu", "pos", "compound"]].isna().all()
        assert r.loc[cid, "n_sentences"] == 0
    assert r.loc["e", "is_scored"] and r.loc["e", "compound"] < 0


def test_long_comment_does_not_saturate():
    sentence = "This is a bad idea and it will end badly."
    text = " ".join([sentence] * 200)
    r = score_sentiment(pd.DataFrame({"text": [text]}))
    one = vader(sentence)["compound"]
    assert r.loc[0, "compound"] == pytest.approx(one)
    assert vader(text)["compound"] < -0.99  # what whole-text VADER does
    assert r.loc[0, "n_sentences"] == 200


def test_very_long_sentence_is_scored_in_chunks():
    text = " ".join(["the war is terrible and people suffer"] * 40)  # 280 words, no punctuation
    s = score_sentences(pd.DataFrame({"text": [text]}))
    assert len(s) == 5
    assert (s["text"].str.split().str.len() <= 60).all()


def test_reusing_the_sentence_table_gives_the_same_result(comments):
    s = score_sentences(comments)
    pd.testing.assert_frame_equal(score_sentiment(comments, sentences=s), score_sentiment(comments))


def test_repeated_sentences_are_scored_once(monkeypatch, comments):
    from stance import sentiment

    calls = []
    real = sentiment._analyzer()

    class Counting:
        def scores(self, text):
            calls.append(text)
            return real.scores(text)

        def __getattr__(self, name):  # lexicon, emojis
            return getattr(real, name)

    monkeypatch.setattr(sentiment, "_analyzer", lambda: Counting())
    frame = pd.DataFrame({"text": ["I love it. I love it.", "I love it."]})
    s = score_sentences(frame)
    assert len(s) == 3
    assert calls == ["I love it."]
    assert s["compound"].nunique() == 1


def test_sentences_without_lexicon_words_get_vaders_scores():
    # the fast path returns VADER's fixed results without scoring word by word
    texts = ["The patrol went along the M4 highway.", "NATO met in Brussels!!!", "very very",
             "It was kind of terrible.", "Not good.", "Wow \U0001F600", ":) ok", "kind of", "but"]
    s = score_sentences(pd.DataFrame({"text": texts}))
    for text, row in zip(texts, s.itertuples()):
        r = VADER.polarity_scores(text)
        assert (row.neg, row.neu, row.pos, row.compound) == (
            r["neg"], r["neu"], r["pos"], r["compound"])
    assert s["neu"].tolist()[:3] == [1.0, 1.0, 1.0]


def test_no_kind_or_ids_uses_all_rows_and_the_index():
    frame = pd.DataFrame({"text": ["Good.", "Bad."]}, index=[10, 20])
    r = score_sentiment(frame)
    assert r["comment_id"].tolist() == ["10", "20"]
    assert r["thread_id"].isna().all()
    assert r["compound"].iloc[0] > 0 > r["compound"].iloc[1]


def test_series_input():
    r = score_sentiment(pd.Series(["Good.", "Bad."]))
    assert r["comment_id"].tolist() == ["0", "1"]


def test_deleted_comments_are_not_scored():
    frame = pd.DataFrame({"text": ["[deleted]", "Nice."], "is_deleted": [True, False]})
    r = score_sentiment(frame)
    assert r["is_scored"].tolist() == [False, True]
    assert math.isnan(r.loc[0, "compound"])


def test_emoji_only_comment_is_scored():
    r = score_sentiment(pd.DataFrame({"text": ["😂😂"]}))
    assert r.loc[0, "language"] == "und" and r.loc[0, "is_scored"]
    assert r.loc[0, "compound"] > 0


def test_input_is_not_mutated(comments):
    before = comments.copy()
    score_sentiment(comments)
    pd.testing.assert_frame_equal(comments, before)


def test_missing_text_column_names_it():
    with pytest.raises(StanceError, match="text"):
        score_sentences(pd.DataFrame({"body": ["x"]}))


def test_empty_frame():
    r = score_sentiment(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert list(r.columns) == SENTIMENT_COLUMNS and len(r) == 0
    s = score_sentences(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert list(s.columns) == SENTENCE_COLUMNS and len(s) == 0


def test_public_names():
    assert stance.score_sentiment is score_sentiment
    assert stance.score_sentences is score_sentences


def test_seed_thread_every_comment_scored():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_2dcbf18fb3e56109.txt"
    comments = stance.read_thread(path)
    r = score_sentiment(comments)
    assert len(r) == 10 and r["is_scored"].all()
    # the comment that insults Putin is negative; "God protect ..." is positive
    by_text = dict(zip(comments.loc[comments["kind"] == "comment", "comment_id"], r["compound"]))
    ids = comments.set_index("author")["comment_id"]
    assert by_text[ids["klove and light"]] < 0
    assert by_text[ids["Karen Bartlett"]] > 0
    assert np.all(np.abs(r["compound"]) <= 1)


def test_same_comment_id_in_two_threads_kept_apart():
    frame = pd.DataFrame({"thread_id": ["A", "B"], "comment_id": ["c1", "c1"],
                          "text": ["I love it.", "I hate it."]})
    s = score_sentences(frame)
    r = score_sentiment(frame, sentences=s)
    assert r["thread_id"].tolist() == ["A", "B"]
    assert r.loc[0, "compound"] == pytest.approx(vader("I love it.")["compound"])
    assert r.loc[1, "compound"] == pytest.approx(vader("I hate it.")["compound"])


def test_progress_bar_option_gives_the_same_table(comments):
    pd.testing.assert_frame_equal(score_sentiment(comments, progress=True), score_sentiment(comments))


def test_processes_give_the_same_tables():
    from stance.synthetic import synthetic_corpus

    corpus = synthetic_corpus(120, n_threads=8, random_state=3, long_comment_share=0.0)
    s1 = score_sentences(corpus)
    r1 = score_sentiment(corpus, sentences=s1)
    s2 = score_sentences(corpus, n_jobs=2, chunksize=20)
    r2 = score_sentiment(corpus, sentences=s2, n_jobs=2, chunksize=20)
    pd.testing.assert_frame_equal(s1, s2)
    pd.testing.assert_frame_equal(r1, r2)


def test_fast_vader_scores_exactly_as_vader():
    # stance.sentiment._analyzer skips VADER's repeated lower-casing and its emoji loop
    from stance.sentiment import _analyzer
    from stance.synthetic import synthetic_corpus
    from stance.text import split_sentences

    edge = ["I do not like it", "never so good", "without doubt great", "it is not bad at all",
            "kind of good", "That was THE BOMB!!!", "good but bad", "bad, but good :)",
            "I am not SO happy \U0001F600", "\U0001F600\U0001F600", " \U0001F600great",
            "at least good", "no good", "never this bad", "the shit", "cut the mustard",
            "bad ass", "kiss of death", "not very good", "he isn't sort of good",
            "not never so bad", "ain't nothing good", "Kinda nice", "", "   ", "LOL!!!",
            "It's not the best, but it's OK ??", "without a doubt amazing"]
    corpus = synthetic_corpus(200, random_state=3, long_comment_share=0.0)
    texts = edge + [corpus["text"].iat[i][a:b] for i in range(len(corpus))
                    for a, b in split_sentences(corpus["text"].iat[i])]
    assert len(texts) > 600
    ref, fast = SentimentIntensityAnalyzer(), _analyzer()
    assert type(fast) is not SentimentIntensityAnalyzer
    for text in texts:
        assert fast.polarity_scores(text) == ref.polarity_scores(text), text


# one or more sentences for every rule of VADER 3.3.2 (dropping any rule from the
# fast path changes at least one of these scores)
TRICKY = [
    # boosters at distance 1, 2, 3 (damped by 0.95 and 0.9), on positive and negative words
    "it is very good", "it is very a good", "it is very a the good", "it is very bad",
    "very the a bad idea", "it is kinda good", "it is slightly bad",
    # capitals: lexicon word and booster in capitals while others are not; all in capitals
    "it is GOOD", "it is BAD", "it is VERY good", "it is VERY bad", "VERY GOOD", "IT IS BAD",
    # negation at distance 1, 2, 3; contractions; "never so/this"; "without doubt"
    "it is not good", "it is not a good", "not the a good", "it isn't good", "it ISN'T good",
    "never so good", "never this bad", "it was never so a good", "I was so good",
    "without doubt good", "without a doubt good", "without doubt a good",
    "hardly a never good", "uh-uh good", "nothing x y good", "it mayn't good", "it mayn't be good",
    # "no": negates the next lexicon word, itself or up to 3 words after ("no x or y")
    "no good", "no problem", "no", "there is no a good", "no cats or good", "no dogs nor bad",
    "not no good",
    # "kind of" and multi-word boosters, idioms and special cases
    "kind of good", "is kind of good", "it is sort of bad", "it is just enough good",
    "that is the bomb", "dude you are the shit", "he is a bad ass", "oh well yeah right",
    "it was the kiss of death", "a cake to die for", "a bus stop", "his beating heart",
    "that was a bad ass idea", "the bomb was bad",
    # "least"
    "the least good", "at least good", "very least good", "least good", "not least bad",
    # "but" (with its list.index quirks: equal values before and after)
    "good but bad", "bad but good", "good good but bad bad", "nice, but not good",
    "great great but great great", "I love it but I accept it", "but good", "good but", "good BUT bad", "good but bad but good",
    # punctuation emphasis
    "good!", "good!!!!!!", "bad!", "bad??", "good???", "good????", "?", "good ? bad",
    # emoticons, emoji, punctuation stripping, non-ASCII, empty text
    ":)", ":( bad", "good :D", "\U0001F600", "I \u2764 you", " \U0001F600great", "(good),", "'bad'",
    "naïve but good", "\u0130 good", "caf\u00e9 is GOOD", "", "   ",
]


def test_fast_path_equals_vader_on_every_rule():
    from stance.sentiment import _analyzer

    ref, fast = SentimentIntensityAnalyzer(), _analyzer()
    for text in TRICKY:
        r = ref.polarity_scores(text)
        expected = (r["neg"], r["neu"], r["pos"], r["compound"])
        got = fast.scores(text)
        # == and repr: the same floats, signs of zero included
        assert got == expected and repr(got) == repr(expected), text
        assert fast.polarity_scores(text) == r, text
    # and the sentence table carries the same numbers
    s = score_sentences(pd.DataFrame({"text": [t for t in TRICKY if t.strip()]}),
                        max_words=None)
    for row in s.itertuples():
        r = ref.polarity_scores(row.text)
        if not math.isnan(row.compound):
            assert (row.neg, row.neu, row.pos, row.compound) == (
                r["neg"], r["neu"], r["pos"], r["compound"]), row.text
