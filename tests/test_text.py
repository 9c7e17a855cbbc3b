"""Tests for stance.text: sentence spans, word spans, offset-preserving normalisation."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.text import fold, normalize, sentence_of, split_sentences, word_spans


def pieces(text, **kw):
    return [text[s:e] for s, e in split_sentences(text, **kw)]


def test_basic_punctuation_and_newlines():
    text = "Bomb them! Is it for show? Yes.\n\nPutin you pig"
    assert pieces(text) == ["Bomb them!", "Is it for show?", "Yes.", "Putin you pig"]


def test_single_newline_is_a_boundary():
    assert pieces("ridiculous pathetic\nPutin is a pig") == ["ridiculous pathetic", "Putin is a pig"]


def test_double_dot_ellipsis_and_glued_text():
    text = "keep this fake war going.. Turkey is there (SBU)..col .Strelkov was angry"
    assert pieces(text) == ["keep this fake war going..", "Turkey is there (SBU)..",
                            "col .Strelkov was angry"]


def test_unicode_ellipsis():
    assert pieces("Well… who knows") == ["Well…", "who knows"]


def test_unspaced_dashes_between_lowercase_words_split():
    text = "precisely–I moved to Kiev after the coup—there were no troops"
    assert pieces(text) == ["precisely", "I moved to Kiev after the coup", "there were no troops"]


def test_spaced_dash_and_compound_names_do_not_split():
    text = "3 – Turkish and 3 – Russian in the Russia–Ukraine war"
    assert pieces(text) == [text]


def test_abbreviations_initials_decimals_urls():
    text = ("Mr. Smith and Dr. Jones met the U.S. envoy at 3.5 p.m. on Sat. "
            "See https://example.com/a.b?c=1 now. J. R. Tolkien wrote e.g. this.")
    assert pieces(text) == [
        "Mr. Smith and Dr. Jones met the U.S. envoy at 3.5 p.m. on Sat.",
        "See https://example.com/a.b?c=1 now.",
        "J. R. Tolkien wrote e.g. this.",
    ]


def test_missing_space_after_period_before_capital():
    assert pieces("shit on by the West.Turkey is next") == ["shit on by the West.", "Turkey is next"]


def test_closing_quote_stays_with_its_sentence():
    text = 'He said “Assad will be gone in six months.” What a miscalculation.'
    assert pieces(text) == ['He said “Assad will be gone in six months.”', "What a miscalculation."]


def test_etc_ends_a_sentence_only_before_a_capital():
    assert pieces("guns, tanks etc. And more") == ["guns, tanks etc.", "And more"]
    assert pieces("guns, tanks etc. and more") == ["guns, tanks etc. and more"]


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences("   \n\n ") == []
    assert split_sentences(None) == []


def test_long_sentence_is_chunked_at_commas():
    # 150 words, a comma after every 25th word
    words = [f"w{i}," if i % 25 == 24 else f"w{i}" for i in range(150)]
    text = " ".join(words)
    spans = split_sentences(text, max_words=60)
    chunks = [text[s:e].split() for s, e in spans]
    assert [len(c) for c in chunks] == [50, 50, 50]
    assert chunks[0][-1] == "w49,"
    assert max(len(c) for c in chunks) <= 60


def test_long_sentence_without_commas_is_cut_between_words():
    text = " ".join(f"w{i}" for i in range(130))
    spans = split_sentences(text, max_words=60)
    assert [len(text[s:e].split()) for s, e in spans] == [60, 60, 10]


def test_max_words_none_keeps_long_sentences():
    text = " ".join(f"w{i}" for i in range(130))
    assert split_sentences(text, max_words=None) == [(0, len(text))]


def test_max_words_must_be_positive():
    with pytest.raises(ValueError, match="max_words"):
        split_sentences("a b c", max_words=0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?…\n–—-,;'\"U.S”")), max_size=300),
       st.integers(min_value=1, max_value=20))
def test_spans_are_ordered_trimmed_and_bounded(text, max_words):
    spans = split_sentences(text, max_words=max_words)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        assert len(piece.split()) <= max_words
        last = e
    # no non-space character is lost, except boundary dashes and line breaks
    kept = "".join(text[s:e] for s, e in spans)
    dropped = [c for c in text if not c.isspace()]
    assert len("".join(kept.split())) <= len(dropped)


def test_word_spans():
    text = "Erdogan’s #Putin @x U.S. anti-war!"
    assert [text[s:e] for s, e in word_spans(text)] == [
        "Erdogan’s", "#Putin", "@x", "U.S.", "anti-war", "!"]


def test_normalize_and_fold_keep_length():
    text = "Erdoğan’s “games” – Türkiye…"
    assert normalize(text) == "Erdoğan's \"games\" - Türkiye."
    assert fold(text) == "Erdogan's \"games\" - Turkiye."
    assert len(fold(text)) == len(text)


def test_sentence_of():
    spans = [(0, 5), (7, 10)]
    assert sentence_of(spans, 0) == 0
    assert sentence_of(spans, 8) == 1
    assert sentence_of([(3, 5)], 1) == -1
