"""Tests for stance.replies: reply relations and addressed edges on hand-built threads."""

from __future__ import annotations

import pandas as pd
import pytest

from stance.errors import StanceError
from stance.replies import REPLY_COLUMNS, classify_reply, find_addressees, score_replies

BOUNCER = ("Do not criticise Putin, this is a mess and big players like the US, UK and EU are doing "
           "everything they can to sabotage this cease fire. Remember this about Putin, the West wanted "
           "Russia to invade Ukraine but Putin is no fool he didn't fall for it and played and excellent "
           "move the West did not expect, by invading by stealth East Ukraine only where he has massive "
           "support.")
AL = ("Interesting theory, but I totally disagree with the part of Russia \u201cinvading by stealth\u201d "
      "Southeast Ukraine. I\u2019m well-versed in this subject. The Donbass Republics were created by "
      "civilians due to ongoing genocidal acts by Ukrainian Nazis (Poroshenko, Kolomoisky, Zelensky, "
      "etc.), nothing to do with \u201cRussian invasion\u201d.")
CECHAS_1 = ("prekrasni (excellent=Russian)precisely\u2013I moved from Kiev to Donetsk after the amerikan "
            "coup\u2014there were no Russian military in donetsk\u2014col .Strelkov was so angry at Putin "
            "for refusing to send Russian troops that he called him a traitor on Chan 1 \u2013national TV "
            "in Russia")
JOHN = ("The jury is still out , in fact haven\u2019t even started on deliberating yet , as to what who or "
        "how this virus was unleashed. So instead of pointing fingers at the fog how about we "
        "concentrate on getting the virus under control first.")
ROLAND = ("I disagree because the perpetrators of this hidious crime need to urgently be destroyed or "
          "otherwise they will do a similar act again what you need to realise is this is terrorism")
CECHAS_2 = "somewhat hyperbolic; however Al is correct regarding Ukraine"


@pytest.fixture
def seed() -> pd.DataFrame:
    """The seed thread's structure (article row + 10 comments), texts shortened where long."""
    rows = [
        ("a", None, None, "article", -1, "Turkey, Russia Conduct Second 'Limited' Joint Patrol"),
        ("c1", None, "Wizzy", "comment", 0, "This is some chicken and mouse game. Bomb the motherfuckers"),
        ("c2", None, "Karen Bartlett", "comment", 0, "God protect Evgeny and Oleg and the Russian patrols!"),
        ("c3", None, "klove and light", "comment", 0, "ridiculous pathetic"),
        ("c4", None, "bouncer dogsly", "comment", 0, BOUNCER),
        ("c5", "c4", "Al Balog", "comment", 1, AL),
        ("c6", "c5", "cechas vodobenikov", "comment", 2, CECHAS_1),
        ("c7", "c4", "John Wallace", "comment", 1, JOHN),
        ("c8", "c7", "roland", "comment", 2, ROLAND),
        ("c9", "c4", "cechas vodobenikov", "comment", 1, CECHAS_2),
        ("c10", None, "Per Jensen", "comment", 0, "Putin is not naive."),
    ]
    frame = pd.DataFrame(rows, columns=["comment_id", "parent_id", "author", "kind", "depth", "text"])
    frame["thread_id"] = "seed"
    frame["position"] = range(len(frame))
    frame["parent_id"] = frame["parent_id"].astype("string")
    return frame


def _edge(replies: pd.DataFrame, child: str, parent: str) -> pd.Series:
    hit = replies[(replies["comment_id"] == child) & (replies["parent_id"] == parent)]
    assert len(hit) == 1, f"expected one edge {child}->{parent}, got {len(hit)}"
    return hit.iloc[0]


def test_seed_edges_and_columns(seed):
    replies = score_replies(seed)
    assert list(replies.columns) == REPLY_COLUMNS
    parents = replies[replies["edge"] == "parent"]
    # every comment with a parent gets exactly one parent edge; the article none
    assert sorted(parents["comment_id"]) == ["c5", "c6", "c7", "c8", "c9"]
    assert replies["score"].between(-1, 1).all()
    assert replies["confidence"].between(0, 1).all()


def test_seed_precisely_is_agreement(seed):
    row = _edge(score_replies(seed), "c6", "c5")
    assert row["edge"] == "parent"
    assert row["relation"] == "agree"
    assert row["evidence"].lower().startswith("precisely")
    assert row["evidence"] in CECHAS_1


def test_seed_partial_disagreement_of_al(seed):
    row = _edge(score_replies(seed), "c5", "c4")
    assert row["relation"] == "disagree"
    assert "disagree" in row["evidence"]


def test_seed_i_disagree_because(seed):
    row = _edge(score_replies(seed), "c8", "c7")
    assert row["relation"] == "disagree"
    assert row["cue"] == "I disagree"
    assert row["evidence"] in ROLAND


def test_seed_al_is_correct_is_an_addressed_edge(seed):
    replies = score_replies(seed)
    row = _edge(replies, "c9", "c5")
    assert row["edge"] == "addressed"
    assert row["relation"] == "agree"
    assert row["cue"] == "X is correct"
    assert row["evidence"] == "Al is correct"
    # the parent edge to bouncer does not take Al's praise: "hyperbolic" is left
    parent = _edge(replies, "c9", "c4")
    assert parent["edge"] == "parent"
    assert parent["relation"] == "disagree"


def test_input_not_mutated_and_index_free(seed):
    before = seed.copy()
    score_replies(seed.set_index("comment_id", drop=False))
    pd.testing.assert_frame_equal(seed, before)


def test_missing_column_is_a_clear_error():
    with pytest.raises(StanceError, match="parent_id"):
        score_replies(pd.DataFrame({"comment_id": ["a"], "text": ["x"]}))


def test_empty_frame_gives_empty_table():
    out = score_replies(pd.DataFrame({"comment_id": [], "parent_id": [], "text": []}))
    assert list(out.columns) == REPLY_COLUMNS and len(out) == 0


@pytest.mark.parametrize("text, relation", [
    ("I don't agree with that at all.", "disagree"),
    ("You are not wrong about this.", "agree"),
    ("That's not true, masks work.", "disagree"),
    ("Exactly. They never listen.", "agree"),
    ("Well said!", "agree"),
    ("+1", "agree"),
    ("So true", "agree"),
    ("Nonsense, the data says otherwise.", "disagree"),
    ("You are wrong about the numbers.", "disagree"),
    ("I agree, the mayor handled it well.", "agree"),
    ("Good point, but I disagree with the conclusion.", "disagree"),
    ("Sorry for your loss.", "neutral"),
    ("", "neutral"),
])
def test_explicit_markers(text, relation):
    assert classify_reply(text).relation == relation


def test_evidence_is_exact_substring():
    text = "Hmm. Interesting theory, but I totally disagree with you."
    cue = classify_reply(text)
    assert cue.evidence and text[cue.start:cue.start + len(cue.evidence)] == cue.evidence


def test_first_name_must_be_capitalised():
    assert find_addressees("al is correct", ["Al Balog"]) == []
    assert find_addressees("Al Balog is right", ["Al Balog"]) == [("Al Balog", 0, 8)]
    assert find_addressees("al balog is right", ["Al Balog"]) == []
    assert find_addressees("@albalog is right", ["Al Balog"]) == [("Al Balog", 0, 8)]
    assert [h[0] for h in find_addressees("agree with @roland", ["roland"])] == ["roland"]
    assert [h[0] for h in find_addressees("ask roland", ["roland"])] == ["roland"]
    # common words and other authors' first names do not count
    assert find_addressees("The truth is out there, guest", ["The Truth", "guest"]) == []
    assert find_addressees("Ask Bob", ["Al Balog"]) == []


def test_addressed_edge_points_at_latest_earlier_comment():
    frame = pd.DataFrame({
        "comment_id": ["1", "2", "3", "4"],
        "parent_id": pd.array([None, "1", "1", "3"], dtype="string"),
        "author": ["Ann Lee", "Bob Ray", "Ann Lee", "Cy Dee"],
        "text": ["First.", "Second.", "Third.", "Bob is wrong here; fine."],
    })
    replies = score_replies(frame)
    addressed = replies[replies["edge"] == "addressed"]
    assert addressed[["comment_id", "parent_id", "relation", "cue"]].values.tolist() == [
        ["4", "2", "disagree", "X is wrong"]]


def test_stance_difference_used_when_no_marker():
    frame = pd.DataFrame({"comment_id": ["p", "r"], "parent_id": pd.array([None, "p"], dtype="string"),
                          "text": ["Putin is great.", "Putin is a murderer."]})
    stances = pd.DataFrame({"comment_id": ["p", "r"], "actor": ["Putin", "Putin"],
                            "label": ["favor", "against"], "stance": [0.8, -0.8],
                            "evidence": ["Putin is great", "Putin is a murderer"],
                            "evidence_start": [0, 0]})
    with_stance = score_replies(frame, stances=stances).iloc[0]
    assert with_stance["relation"] == "disagree"
    assert with_stance["cue"] == "stance difference"
    same = stances.assign(label=["against", "against"])
    assert score_replies(frame, stances=same).iloc[0]["cue"] == "same stance"


def test_more_placeholders_are_not_replies():
    frame = pd.DataFrame({"comment_id": ["p", "m"], "parent_id": pd.array([None, "p"], dtype="string"),
                          "kind": ["comment", "more"], "text": ["Hi", ""]})
    assert len(score_replies(frame)) == 0


# ------------------------------------------------------------- inherit_stance
from stance.replies import inherit_stance  # noqa: E402


def _chain():
    comments = pd.DataFrame({"thread_id": "t", "comment_id": ["a", "b", "c", "d"],
                             "parent_id": pd.array([None, "a", "b", "a"], dtype="string"),
                             "author": ["Ann", "Bob", "Cy", "Ann"],
                             "text": ["Putin is a criminal.", "Exactly.", "Yes! So true.",
                                      "Precisely, me again."]})
    stances = pd.DataFrame({"thread_id": "t", "comment_id": ["a"], "actor": ["Putin"],
                            "stance": [-0.8], "label": ["against"], "confidence": [0.8],
                            "evidence": ["Putin is a criminal"], "evidence_start": [0],
                            "evidence_end": [19], "cue": ["predicate evaluation"]})
    return comments, stances


def test_inherit_stance_follows_agreement_chains_and_marks_rows():
    comments, stances = _chain()
    replies = score_replies(comments)
    out = inherit_stance(stances, replies, comments=comments, discount=0.5)
    by_id = out.set_index("comment_id")
    assert not by_id.loc["a", "inherited"]
    b, c = by_id.loc["b"], by_id.loc["c"]
    assert b["inherited"] and b["label"] == "against" and b["stance"] == -0.8
    assert b["cue"] == "inherited via agreement"
    edge_b = replies.set_index("comment_id").loc["b"]
    assert b["confidence"] == pytest.approx(0.8 * 0.5 * edge_b["confidence"])
    # evidence is the reply's own cue, located in its text
    assert comments.set_index("comment_id").loc["b", "text"][
        b["evidence_start"]:b["evidence_end"]] == b["evidence"]
    # c agrees with b, which inherited: one more discount
    edge_c = replies.set_index("comment_id").loc["c"]
    assert c["confidence"] == pytest.approx(b["confidence"] * 0.5 * edge_c["confidence"])
    # d is Ann answering herself: nothing inherited
    assert "d" not in by_id.index
    assert len(stances) == 1  # input untouched


def test_inherit_stance_skips_actors_the_reply_names():
    comments, stances = _chain()
    own = pd.DataFrame({"thread_id": "t", "comment_id": ["b"], "actor": ["Putin"], "stance": [0.0],
                        "label": ["neutral"], "confidence": [0.3], "evidence": ["x"],
                        "evidence_start": [0], "evidence_end": [1], "cue": ["mention only"]})
    both = pd.concat([stances, own], ignore_index=True)
    out = inherit_stance(both, score_replies(comments), comments=comments)
    assert not out[out["comment_id"] == "b"]["inherited"].any()


def test_actor_names_are_not_first_names():
    frame = pd.DataFrame({"comment_id": ["1", "2", "3"],
                          "parent_id": pd.array([None, None, "2"], dtype="string"),
                          "author": ["Putin Fan", "Ann Lee", "Cy Dee"],
                          "text": ["Hi", "Hello", "Putin is right about this."]})
    assert (score_replies(frame)["edge"] == "addressed").sum() == 1
    assert (score_replies(frame, actors=["Putin"])["edge"] == "addressed").sum() == 0


def test_answering_the_article_is_not_a_reply_edge():
    frame = pd.DataFrame({"comment_id": ["art", "1"], "parent_id": pd.array([None, "art"], dtype="string"),
                          "kind": ["article", "comment"], "text": ["News.", "I disagree."]})
    assert len(score_replies(frame)) == 0


def test_stance_difference_beats_weak_cues():
    frame = pd.DataFrame({"comment_id": ["p", "r"], "parent_id": pd.array([None, "p"], dtype="string"),
                          "text": ["Putin is great.", "They say Putin is a murderer."]})
    stances = pd.DataFrame({"comment_id": ["p", "r"], "actor": ["Putin", "Putin"],
                            "label": ["favor", "against"], "stance": [0.8, -0.8]})
    assert classify_reply("They say Putin is a murderer.").cue == "third-person elaboration"
    assert score_replies(frame, stances=stances).iloc[0]["cue"] == "stance difference"


def test_approval_words_only_count_standing_alone():
    assert classify_reply("Truth!").cue == "approval"
    assert classify_reply("we need to add to the search for the truth").cue != "approval"


def test_typographic_apostrophes():
    text = "Honestly, you\u2019re wrong about this."
    cue = classify_reply(text)
    assert cue.relation == "disagree" and cue.cue == "you are wrong"
    assert cue.evidence == "you\u2019re wrong" and text[cue.start:].startswith(cue.evidence)
    assert classify_reply("I don\u2019t agree.").relation == "disagree"


def test_quoted_and_generic_you_are_not_an_attack():
    assert classify_reply("You idiot, read the study.").cue == "attack on addressee"
    assert classify_reply('They yell "you are all sheep" at nurses, idiots.').cue != \
        "attack on addressee"
    assert classify_reply("Everything is a conspiracy if you are an idiot.").cue != \
        "attack on addressee"


def test_markers_match_any_case_and_evidence_keeps_the_reply_characters():
    # ASCII replies are matched on their lower-cased text (fast path), others as written
    d = classify_reply("Well, YOU ARE Wrong about that.")
    assert (d.cue, d.evidence, d.start) == ("you are wrong", "YOU ARE Wrong", 6)
    d = classify_reply("Ça alors, YOU ARE Wrong about that.")
    assert (d.cue, d.evidence, d.start) == ("you are wrong", "YOU ARE Wrong", 10)
    d = classify_reply("I Totally AGREE.")
    assert (d.cue, d.evidence) == ("I agree", "I Totally AGREE")


def test_score_replies_in_processes_and_on_empty_input():
    frame = pd.DataFrame({
        "thread_id": ["t1", "t1", "t2", "t2", "t2"],
        "comment_id": ["a", "b", "a", "b", "c"],
        "parent_id": [pd.NA, "a", pd.NA, "a", "b"],
        "author": ["Al Balog", "roland", "Per", "Wizzy", "Per"],
        "text": ["Masks work.", "I disagree, they don't.", "Vaccines help.", "Exactly.",
                 "You are wrong, Wizzy."],
    })
    one = score_replies(frame)
    assert one[["thread_id", "comment_id", "relation"]].values.tolist() == [
        ["t1", "b", "disagree"], ["t2", "b", "agree"], ["t2", "c", "disagree"]]
    pd.testing.assert_frame_equal(score_replies(frame, n_jobs=2, chunksize=2), one)
    empty = score_replies(frame.iloc[:0])
    assert list(empty.columns) == REPLY_COLUMNS and len(empty) == 0
    assert empty.dtypes.equals(one.dtypes)


# --------------------------------------------------------------------------- speed-ups keep results
def _lexicon_reference(text: str) -> list[tuple[int, tuple[int, int]]]:
    """The plain way: every lexicon pattern scanned over the whole text when its triggers occur."""
    from stance.replies import _EXPLICIT_RE, _TRIGGERS

    low = text.lower()
    return [(k, m.span()) for k, ((regex, _, _, _), triggers) in enumerate(zip(_EXPLICIT_RE, _TRIGGERS))
            if any(t in low for t in triggers) for m in regex.finditer(text)]


@pytest.mark.parametrize("text", [
    "I don't agree. Exactly!  EXACTLY. (exactly) -- exactly\u2013precisely",
    "you're so wrong, u r right, that's not true, it is not right, isn't true",
    "No, that's not how it works; I totally disagree though.",
    "The right to protest: right now, right-wing. Yes. Right. yeah, right",
    "Source? Citation needed. Prove it! Thank you, thx; +1 ... so true. How true.",
    "exaggerated, oversimplifying and hyperbolic nonsense, bull shit, fake news",
    "i love this, i like that, this deserves more, take my upvote, came here to say it",
])
def test_lexicon_matches_same_as_scanning_every_position(text):
    from stance.replies import _lexicon_matches

    got = [(k, m.span()) for k, m in _lexicon_matches(text, text.lower())]
    assert got == _lexicon_reference(text)
    assert got   # every sample holds markers


def test_lexicon_matches_same_as_scanning_on_random_marker_texts():
    import random
    import re

    from stance.replies import _EXPLICIT, _lexicon_matches

    # phrases and words of the lexicon, glued with spaces and punctuation, any case
    words = set()
    for pattern, _, _, _ in _EXPLICIT:
        for alt in re.split(r"[|()]", pattern):
            alt = re.sub(r"\\[bsWw][*+]?|\?:|\?P<\w+>|\\|[\[\]^$*?+]", " ", alt).strip()
            if alt:
                words.add(alt)
    words = sorted(words) + ["x", "Putin", "100%", "+1", "right-wing"]
    seps = [" ", ", ", ". ", "! ", "? ", "\n", ";", ":", "-", "\u2013", "(", ")", "  ", "", "'"]
    rng = random.Random(0)
    n_matches = 0
    for _ in range(2000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.3:
            parts = [p.upper() if rng.random() < 0.5 else p.capitalize() for p in parts]
        text = "".join(p + rng.choice(seps) for p in parts)
        expected = _lexicon_reference(text)
        assert [(k, m.span()) for k, m in _lexicon_matches(text, text.lower())] == expected, text
        n_matches += len(expected)
    assert n_matches > 1000


def test_question_pattern_finds_what_the_plain_pattern_finds():
    import random
    import re

    from stance.replies import _QUESTION

    plain = re.compile(r"[^.!?\n]{3,}\?")
    rng = random.Random(1)
    for _ in range(3000):
        text = "".join(rng.choice("ab .?!\n") for _ in range(rng.randint(0, 20)))
        a, b = plain.search(text), _QUESTION.search(text)
        assert (a and a.span()) == (b and b.span()), text


def test_long_unpunctuated_reply_is_classified():
    # (the question test used to retry every position of such a clause)
    text = " ".join(["they say this is fine and we know what they think"] * 400)
    cue = classify_reply(text)
    assert cue.cue == "third-person elaboration" and cue.evidence == "they" and cue.start == 0


def test_names_after_punctuation_and_with_apostrophes_are_found():
    authors = ["O'Neil Smith", "Al Balog", "kaja994"]
    assert find_addressees("(O'Neil Smith) is right", authors) == [("O'Neil Smith", 1, 13)]
    assert find_addressees("well,Al. is right", authors) == [("Al Balog", 5, 7)]
    assert find_addressees("kaja994 said so", authors) == [("kaja994", 0, 7)]
    assert find_addressees("KAJA994 said so", authors) == []   # written as the author writes it
    assert find_addressees("x_kaja994 and al said so", authors) == []


def test_threads_keep_first_appearance_order_and_publication_order():
    frame = pd.DataFrame({
        "thread_id": ["t2", "t1", "t2", "t1", "t2"],
        "comment_id": ["b2", "a1", "b1", "a2", "b3"],
        "parent_id": ["b1", pd.NA, pd.NA, "a1", "b1"],
        "position": [1, 0, 0, 1, 1],
        "text": ["I agree.", "Masks work.", "Masks fail.", "Wrong.", "Exactly."],
    })
    out = score_replies(frame)
    # t2 appears first; in it b2 and b3 share a position and keep their row order
    assert list(zip(out["thread_id"], out["comment_id"], out["parent_id"], out["relation"])) == [
        ("t2", "b2", "b1", "agree"), ("t2", "b3", "b1", "agree"), ("t1", "a2", "a1", "disagree")]


def test_start_word_scan_finds_exactly_the_lexicon_start_words():
    # the fast scan must give the positions of the \w+ words that open a lexicon phrase
    # (a space of the phrase standing for any run of white space)
    import re as _re
    from stance import replies as R

    phrases = [_re.compile(r"\s+".join(map(_re.escape, p.split(" "))))
               for ps in R._STARTS for p in ps or ()]
    texts = ["i agree, it's true", "iagree agreed_ agree2 _agree", "you're u ur youre",
             "a.i.s bs.bs", "doesn't don dont do-do", "thatsthat that's", "", "exactly!!exactly",
             "isn't isn ain't", "the right the rights,the\nright theright the  left",
             "it is, it's, it\tdepends its it", "is true is it true? istrue",
             "in fairness in  all fairness in full in", "to be fair to be  fair to be",
             "not really not true not, not exactly", "who says says who who",
             "this is the way this deserves this", "that being said that is that"]
    for text in texts:
        expected = [m.start() for m in _re.finditer(r"\w+", text)
                    if any(p.match(text, m.start())
                           and _re.match(r"\w+", p.pattern).group() == m.group()
                           for p in phrases)]
        assert [m.start() for m in R._START_WORD_RE.finditer(text)] == expected, text
        assert [m.start() for m in R._START_SCAN_RE.finditer(" " + text)] == expected, text


def test_ascii_word_runs_are_the_lowercased_letter_runs():
    # the quick exit of the author lookup reads words through a byte table: it must give
    # _LETTERS_RE's runs of the lower-cased text for every ASCII character
    from stance import replies as R

    for code in range(128):
        for text in ("a" + chr(code) + "B", chr(code), "Zq" + chr(code) * 2 + "9x_y"):
            expected = [w.encode() for w in R._LETTERS_RE.findall(text.lower())]
            assert text.encode().translate(R._ASCII_RUNS).split() == expected, repr(text)


def test_letters_first_patterns_find_the_same_matches():
    # _letters_first rewrites a pattern for speed: same matches on any text, for every
    # _AnyCase pattern of the module (also those compiled without it), in both cases
    import random
    import re as _re
    from stance import replies as R

    patterns = [v.pattern for v in vars(R).values() if isinstance(v, R._AnyCase)]
    assert len(patterns) >= 7
    assert R._letters_first(r"\b(?:a|(?:b|c)d)e\b|;") == r"a(?<!\w.)e\b|b(?<!\w.)de\b|c(?<!\w.)de\b|;"
    rng = random.Random(2)
    for pattern in patterns:
        words = [w for w in _re.split(r"[^a-z' ]+", _re.sub(r"\\.", " ", pattern)) if w.strip()]
        words += ["x", "Xyou", "you_", "a1", "/s", "BUT", "Yourself"]
        seps = [" ", ", ", ". ", "\n", ";", "-", "_", "", "'", "\u00e9", "/"]
        for flags in (0, _re.IGNORECASE):
            plain = _re.compile(pattern, flags)
            fast = _re.compile(R._letters_first(pattern), flags)
            for _ in range(300):
                text = "".join(rng.choice(words) + rng.choice(seps)
                               for _ in range(rng.randint(1, 8)))
                if flags:
                    text = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
                assert [m.span() for m in fast.finditer(text)] == \
                    [m.span() for m in plain.finditer(text)], (pattern, text)
