"""Tests for stance.targeted.score_stance: rules, evidence, table contract, seed gold."""

from pathlib import Path

import pandas as pd
import pytest

from stance.actors import Actor, load_actors
from stance.errors import StanceError
from stance.targeted import LABELS, NOT_SCORED, STANCE_COLUMNS, score_stance

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_2dcbf18fb3e56109.txt"
GOLD = ROOT / "data" / "annotations" / "seed_stance.csv"

PUTIN = Actor("Putin", aliases=("Vladimir Putin",), pronouns=True, cues={"Putler": -1})
ERDOGAN = Actor("Erdogan", aliases=("Erdoğan",), pronouns=True)
WEST = Actor("the West", kind="group", aliases=("West",), case_sensitive=("West",),
             members={"United States": ("US", "USA"), "United Kingdom": ("UK",),
                      "European Union": ("EU",)})
RUSSIA = Actor("Russia", kind="country", demonyms=("Russian", "Russians"), aliases=("🇷🇺",))
UKRAINE = Actor("Ukraine", kind="country", demonyms=("Ukrainian", "Ukrainians"))
ACTORS = [PUTIN, ERDOGAN, WEST, RUSSIA, UKRAINE]

# the seed comments the acceptance criteria name, copied from data/raw
KLOVE = "ridiculous pathetic\n\nPutin you fucking bibi cock sucking treacherous Zionist pig"
BOUNCER = (
    "Do not criticise Putin, this is a mess and big players like the US, UK and EU are doing "
    "everything they can to sabotage this cease fire and keep this fake war going.. Turkey is "
    "there just to ensure the Jihadis do not get pushed into Turkey. Remember this about Putin, "
    "the West wanted Russia to invade Ukraine but Putin is no fool he didn’t fall for it and "
    "played and excellent move the West did not expect, by invading by stealth East Ukraine "
    "only where he has massive support. Erdogan was a total fool to get involved from the start "
    "and knows that now. Erdogan’s games are over and he needs to get out of this mess he has "
    "created himself.\nThis how Satanic the West has become."
)
PER = ("Putin is not naive. He knows very well from lot of experiences that the cooperation "
       "with Turkey will not work.")


def _one(text, actors=ACTORS, **kw):
    out = score_stance(pd.DataFrame({"text": [text]}), actors, **kw)
    return {row.actor: row for row in out.itertuples()}


def _check_evidence(out, texts):
    for row in out.itertuples():
        if row.label == NOT_SCORED:
            continue
        text = texts[row.comment_id]
        assert text[row.evidence_start:row.evidence_end] == row.evidence
        assert row.evidence


# ------------------------------------------------------------------ acceptance on the seed
def test_vocative_insult_is_against_putin():
    rows = _one(KLOVE)
    assert rows["Putin"].label == "against"
    assert rows["Putin"].cue == "vocative insult"
    assert "pig" in rows["Putin"].evidence and rows["Putin"].evidence.startswith("Putin")


def test_long_comment_defends_putin_attacks_erdogan_and_the_west():
    rows = _one(BOUNCER)
    assert rows["Putin"].label == "favor"
    assert rows["Putin"].cue == "defence"
    assert rows["Putin"].evidence == "Do not criticise Putin"
    assert rows["Erdogan"].label == "against"
    assert rows["Erdogan"].evidence == "Erdogan was a total fool"
    assert rows["the West"].label == "against"
    # whole-comment sentiment is strongly negative, yet Putin is defended
    assert rows["Putin"].stance > 0 > rows["Erdogan"].stance


def test_negated_negative_predicate_is_favor():
    rows = _one(PER)
    assert rows["Putin"].label == "favor"
    assert rows["Putin"].evidence == "Putin is not naive"
    assert rows["Putin"].cue == "negation"


# ------------------------------------------------------------------ single rules
@pytest.mark.parametrize("text, label, cue", [
    ("Erdogan is a fool.", "against", "predicate evaluation"),
    ("Erdogan is no fool.", "favor", "negation"),
    ("Erdogan is brave and wise.", "favor", "predicate evaluation"),
    ("Erdogan is exactly right.", "favor", "predicate evaluation"),
    ("Erdogan is not right about this.", "against", "negation"),
    ("Erdogan is right there, behind the stage.", "neutral", "mention only"),
    ("Leave Erdogan alone!", "favor", "defence"),
    ("Stop blaming Erdogan for everything.", "favor", "defence"),
    ("We must support Erdogan.", "favor", "defence"),
    ("God bless Erdogan", "favor", "wish"),
    ("Long live Erdogan!", "favor", "wish"),
    ("Death to Erdogan", "against", "wish"),
    ("Erdogan, you clown and liar.", "against", "vocative insult"),
    ("Another Erdogan troll posting again.", "against", "derogatory modifier"),
])
def test_rules(text, label, cue):
    row = _one(text)["Erdogan"]
    assert (row.label, row.cue) == (label, cue)


def test_target_dependence_two_actors_one_sentence():
    rows = _one("Russia invaded Ukraine.")
    assert rows["Russia"].label == "against"
    assert rows["Russia"].cue == "attack by actor"
    assert rows["Ukraine"].label == "favor"
    assert rows["Ukraine"].cue == "victim of attack"


def test_sentences_without_the_actor_do_not_move_its_score():
    base = _one("Erdogan is a fool.")["Erdogan"]
    more = _one("Erdogan is a fool. What a wonderful, beautiful, happy day, I love it!")["Erdogan"]
    assert (more.stance, more.label, more.evidence) == (base.stance, base.label, base.evidence)


def test_reported_speech_is_not_the_commenters_stance():
    text = "Strelkov was so angry at Putin for refusing that he called him a traitor on TV."
    row = _one(text)["Putin"]
    assert row.label == "neutral"
    assert row.cue == "reported speech"
    # the option to keep what is reported (news sentiment)
    kept = _one(text, reported="keep")["Putin"]
    assert kept.cue != "reported speech"


def test_derogatory_cue_word_and_flag():
    rows = _one("Putler again. 🇷🇺")
    assert rows["Putin"].label == "against"
    assert rows["Putin"].cue == "derogatory term"
    assert rows["Russia"].label == "favor"
    assert rows["Russia"].cue == "flag emoji"


def test_mention_only_is_neutral_with_the_mention_as_evidence():
    row = _one("Erdogan met the minister on Tuesday.")["Erdogan"]
    assert row.label == "neutral"
    assert row.cue == "mention only"
    assert row.evidence == "Erdogan"
    assert row.stance == 0.0


def test_pronoun_refers_back():
    row = _one("I watched Erdogan on TV yesterday. He is a liar.")["Erdogan"]
    assert row.label == "against"
    assert row.evidence == "He is a liar"


def test_aid_to_an_actor_and_its_refusal():
    assert _one("More weapons to Ukraine, now.")["Ukraine"].label == "favor"
    row = _one("Stop sending weapons to Ukraine.")["Ukraine"]
    assert (row.label, row.cue) == ("against", "aid to actor")


def test_they_refers_to_the_one_country_named_before():
    rows = _one("Russia sent more troops. They are liars and thugs.")
    assert rows["Russia"].label == "against"
    assert rows["Russia"].evidence.startswith("They are liars")
    # two countries named before: "they" is ambiguous and refers to no one
    rows = _one("Russia and Ukraine met. They are liars and thugs.")
    assert rows["Russia"].cue == "mention only"


@pytest.mark.parametrize("text, actor, label", [
    ("Russia invaded Ukraine. They are liars and thugs.", "Russia", "against"),
    ("Ukraine keeps fighting Russia, and they are brave.", "Ukraine", "favor"),
    ("The Russians are shelling Ukraine. They're cowards.", "Russia", "against"),
])
def test_they_with_two_countries_before_refers_to_the_subject(text, actor, label):
    rows = _one(text, opponents={})
    assert rows[actor].label == label
    assert rows[actor].evidence.lower().startswith("they")
    other = ({"Russia", "Ukraine"} - {actor}).pop()
    assert not rows[other].evidence.lower().startswith("they")


@pytest.mark.parametrize("text", [
    "The war in Ukraine is a topic for Russia. They are liars and thugs.",  # no subject
    "Ukraine and Russia met in May. They are liars and thugs.",  # a coordinated pair
    "Russia invaded Ukraine. Their leaders are liars and thugs.",  # "their": no one
    "Russia invaded Ukraine. We must stop them.",  # "them": no one
])
def test_they_with_two_countries_and_no_single_subject_refers_to_no_one(text):
    rows = _one(text, opponents={})
    assert not any(r.evidence.lower().startswith(("they", "their", "stop them")) for r in rows.values())


def test_victim_of_attack_is_negative_when_reported_views_are_kept():
    smith = Actor("Smith", pronouns=True)
    jones = Actor("Jones", pronouns=True)
    text = "Smith threatened Jones on Monday."
    own = _one(text, [smith, jones])
    assert (own["Jones"].label, own["Jones"].cue) == ("favor", "victim of attack")
    kept = _one(text, [smith, jones], reported="keep")
    assert (kept["Jones"].label, kept["Jones"].cue) == ("against", "victim of attack")
    assert kept["Smith"].label == "against"


def test_actor_modifying_people_or_places_is_harmed_not_harming():
    # "Ukrainian civilians/cities": the demonym names who is harmed, not the agent
    rows = _one("Ukrainian civilians were shelled for hours.", opponents={})
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("favor", "victim of attack")
    # after a verb the mention is an object, not the agent of harm to the civilians
    rows = _one("Russia melted Ukrainian troops and civilians.", opponents={})
    assert rows["Russia"].label == "against"
    assert rows["Ukraine"].label != "against"


def test_speaker_is_not_judged_by_the_tone_of_what_they_say():
    smith = Actor("Smith", pronouns=True)
    rows = _one("Smith said the flood was a terrible disaster for the town.", [smith],
                reported="keep")
    assert (rows["Smith"].label, rows["Smith"].cue) == ("neutral", "mention only")
    # an explicit evaluation of the speaker still counts
    rows = _one("Smith is a liar, he said the flood was fine.", [smith], reported="keep")
    assert rows["Smith"].label == "against"


@pytest.mark.parametrize("text, label, cue, word", [
    ("Smith, who was widely criticized for the delays, left the meeting early.", "against",
     "predicate evaluation", "criticized"),
    ("Smith, who built the most successful clinic in the county, retired on Friday.", "favor",
     "local sentiment", "successful"),
    ("Jones met Smith, who had been jailed twice.", "against", "predicate evaluation", "jailed"),
    ("The club hired Smith – who was sacked by two rivals – in May.", "against",
     "evaluated by others", "sacked"),
])
def test_relative_clause_is_said_of_the_person_it_follows(text, label, cue, word):
    rows = _one(text, [Actor("Smith", pronouns=True), Actor("Jones")], reported="keep")
    assert (rows["Smith"].label, rows["Smith"].cue) == (label, cue)
    assert rows["Smith"].evidence.startswith("Smith") and word in rows["Smith"].evidence
    # without the relative pronoun the comma closes Smith's clause: nothing is said of Smith
    rows = _one("Smith, the mayor, left the meeting early.", [Actor("Smith")], reported="keep")
    assert rows["Smith"].label == "neutral"


def test_apposition_describes_the_person_and_its_predicate_is_theirs():
    smith = Actor("Smith")
    rows = _one("Smith, the former mayor, was convicted of fraud.", [smith], reported="keep")
    assert (rows["Smith"].label, rows["Smith"].cue) == ("against", "evaluated by others")
    assert rows["Smith"].evidence == "Smith, the former mayor, was convicted"
    rows = _one("Smith, a brilliant surgeon, retired.", [smith], reported="keep")
    assert rows["Smith"].label == "favor" and "brilliant" in rows["Smith"].evidence
    # the speaker behind an apposition is still only the speaker
    rows = _one("Smith, the head of the museum, said the roof was a terrible mess.", [smith],
                reported="keep")
    assert (rows["Smith"].label, rows["Smith"].cue) == ("neutral", "mention only")


def test_evaluated_by_others_needs_a_passive():
    smith = Actor("Smith", pronouns=True)
    rows = _one("Smith has been slammed by the committee.", [smith], reported="keep")
    assert (rows["Smith"].label, rows["Smith"].cue) == ("against", "evaluated by others")
    rows = _one("The senators grilled Smith on the budget.", [smith], reported="keep")
    assert (rows["Smith"].label, rows["Smith"].evidence) == ("against", "grilled Smith")
    rows = _one("The board commended Smith for her service.", [smith], reported="keep")
    assert (rows["Smith"].label, rows["Smith"].evidence) == ("favor", "commended Smith")
    # "has criticised" is active: Smith is the critic, not the one criticised
    rows = _one("Smith has criticised the committee.", [smith], reported="keep")
    assert rows["Smith"].cue != "evaluated by others"


@pytest.mark.parametrize("text, label", [
    ("New questions about Smith's conduct emerged.", "against"),
    ("Smith, who misled the board, kept his seat.", "against"),
    ("The audit describes the accomplishments of Smith as governor.", "favor"),
    ("Smith admitted taking the money.", "against"),
])
def test_news_words_of_doubt_and_credit(text, label):
    rows = _one(text, [Actor("Smith", pronouns=True)], reported="keep")
    assert rows["Smith"].label == label


def test_lack_and_refusal_deny_the_words_after_them():
    rows = _one("Smith showed a lack of courage in the talks.", [Actor("Smith")], reported="keep")
    assert rows["Smith"].label == "against" and "lack of courage" in rows["Smith"].evidence
    rows = _one("Smith showed courage in the talks.", [Actor("Smith")], reported="keep")
    assert rows["Smith"].label == "favor"


def test_mild_sentence_tone_counts_only_for_conveyed_sentiment():
    # no evaluative word in Smith's clause; the sentence's tone is mild ("calm", 1.3 in VADER)
    # (a semicolon would end Smith's statement: rule 13 does not cross it)
    text = "Smith spoke on Monday, and the crowd was calm."
    rows = _one(text, [Actor("Smith")], reported="keep")
    assert (rows["Smith"].label, rows["Smith"].cue) == ("favor", "sentence sentiment")
    assert rows["Smith"].evidence == "Smith spoke on Monday, and the crowd was calm"
    rows = _one(text, [Actor("Smith")])  # the writer's stance: too weak to count
    assert (rows["Smith"].label, rows["Smith"].cue) == ("neutral", "mention only")


def test_default_actors_read_pro_kremlin_framing_as_a_side():
    rows = _one("Russia must denazify Ukraine.", load_actors())
    assert (rows["Russia"].label, rows["Ukraine"].label) == ("favor", "against")
    assert rows["Ukraine"].evidence == "denazify"
    rows = _one("Ukraine is not Russia.", load_actors(), opponents={})
    assert rows["Ukraine"].label == "neutral"


def test_default_actors_read_derision_of_zelensky_as_a_performer():
    row = _one("The comedian Zelensky wants more money.", load_actors())["Zelensky"]
    assert (row.label, row.cue, row.evidence) == ("against", "derogatory term", "comedian Zelensky")
    assert _one("Zelensky met a comedian.", load_actors())["Zelensky"].cue != "derogatory term"



def test_default_actors_read_each_camps_discourse_markers():
    # the false-flag narrative of the pro-Kremlin side: Russia is the one falsely accused
    # (read by the "shifted blame" rule, not by a cue phrase)
    rows = _one("They will blow up the dam and blame Russia again.", load_actors())
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "shifted blame")
    assert rows["Russia"].evidence == "blame Russia"
    assert "Ukraine" not in rows
    rows = _one("Kyiv will blow up the dam and blame Russia again.", load_actors())
    assert (rows["Russia"].label, rows["Ukraine"].label) == ("favor", "against")
    # its mirror on the pro-Ukraine side
    rows = _one("Moscow shells the plant itself and blames it on Ukraine.", load_actors())
    assert (rows["Ukraine"].label, rows["Russia"].label) == ("favor", "against")
    # a phrase of the war's framing that does not name Ukraine: a row for Ukraine all the same
    rows = _one("Nobody there ever meant to honour the Minsk agreements.", load_actors())
    assert (rows["Ukraine"].label, rows["Ukraine"].evidence) == ("against", "Minsk agreements")
    rows = _one("The Minsk agreements were never honoured; Russia had to act.", load_actors())
    assert rows["Russia"].label == "favor"
    # a slur for the other camp's supporters takes the side against the actor they back
    rows = _one("The vatniks are out in force tonight.", load_actors())
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("against", "vatniks")
    # "ruscism" (Russian + fascism), the pro-Ukraine name for the Kremlin's ideology
    rows = _one("The ruscists shelled the city again.", load_actors())
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("against", "ruscists")
    rows = _one("Nobody believes those sham referendums.", load_actors())
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("against", "sham referendums")
    # the complaint of NATO pushed to Russia's border takes Russia's side, and so the
    # side against Ukraine; "NATO expansion" alone is named by both camps
    rows = _one("They promised not to move one inch east. Ukraine was the last straw.", load_actors())
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("favor", "one inch east")
    assert rows["Ukraine"].label == "against"
    rows = _one("Putting NATO on Russia's doorstep was a choice.", load_actors())
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("favor", "NATO on Russia's doorstep")
    assert _one("Ukraine talks about NATO expansion.", load_actors())["Ukraine"].label == "neutral"
    # phrases as common in other conflicts are no cues: no row for an actor not named
    assert "Russia" not in _one("The aggressor must be stopped.", load_actors())


def test_default_actors_read_a_leader_for_its_own_country_only():
    # Putin is affiliated with Russia: a clear stance toward him settles Russia ...
    rows = _one("Putin is a liar and a butcher. Russia held a press conference.", load_actors())
    assert (rows["Putin"].label, rows["Russia"].label) == ("against", "against")
    assert rows["Russia"].cue == "same side"
    # ... but says nothing of the other side: no second-hand label for Ukraine or the West
    rows = _one("Putin is a liar and a butcher. Ukraine held a press conference.", load_actors())
    assert (rows["Putin"].label, rows["Ukraine"].label) == ("against", "neutral")
    rows = _one("Zelensky is a liar. Russia held a press conference.", load_actors())
    assert (rows["Zelensky"].label, rows["Russia"].label) == ("against", "neutral")
    # the leaders keep to their own evidence
    rows = _one("Ukraine is brave. Putin held a press conference.", load_actors())
    assert rows["Putin"].label == "neutral"


def test_camp_markers_are_whole_phrases():
    # "Russian" alone is a mention to evaluate; only the whole phrase is the cue
    rows = _one("Russian farmers expect a good harvest.", load_actors(), opponents={})
    assert rows["Russia"].cue != "derogatory term"
    rows = _one("Fighting the Russian invaders is the only way.", load_actors(), opponents={})
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("against", "Russian invaders")

def test_right_to_act_is_granted_or_denied():
    rows = _one("Russia has no right to take land.", opponents={})
    assert (rows["Russia"].label, rows["Russia"].evidence) == ("against", "Russia has no right")
    rows = _one("Russia has every right to defend itself.", opponents={})
    assert rows["Russia"].label == "favor"


def test_opponents_take_the_opposite_of_a_clear_stance():
    text = "Ukraine is brave. Russia announced new talks."
    plain = _one(text, opponents={})
    assert plain["Russia"].label == "neutral"
    linked = _one(text, opponents={"Russia": ["Ukraine"], "Ukraine": ["Russia"]})
    assert linked["Russia"].label == "against"
    assert linked["Russia"].cue == "opposed side"
    assert linked["Ukraine"].label == "favor"
    # the default actor file declares Russia and Ukraine opponents (they are at war)
    default = _one(text, load_actors())
    assert (default["Russia"].label, default["Russia"].cue) == ("against", "opposed side")


# ------------------------------------------------------------------ table contract
def test_columns_types_and_no_mutation():
    comments = pd.DataFrame({
        "thread_id": ["t", "t", "t"],
        "comment_id": ["a", "b", "c"],
        "kind": ["article", "comment", "comment"],
        "text": ["Erdogan is a fool.", "Erdogan is a fool.", "Nothing about anyone."],
    })
    before = comments.copy()
    out = score_stance(comments, ACTORS)
    pd.testing.assert_frame_equal(comments, before)
    assert list(out.columns) == STANCE_COLUMNS
    assert out["comment_id"].tolist() == ["b"]  # the article is not a comment; c names no actor
    assert out["thread_id"].tolist() == ["t"]
    assert out["inherited"].dtype == bool and not out["inherited"].any()
    assert out["stance"].between(-1, 1).all() and out["confidence"].between(0, 1).all()
    assert set(out["label"]) <= set(LABELS)
    _check_evidence(out, dict(zip(comments["comment_id"], comments["text"])))


def test_comment_id_made_from_index_and_empty_result():
    out = score_stance(pd.DataFrame({"text": ["x", "Putin is evil"]}, index=[10, 11]), ACTORS)
    assert out["comment_id"].tolist() == ["11"]
    empty = score_stance(pd.DataFrame({"text": ["no actors here", ""]}), ACTORS)
    assert list(empty.columns) == STANCE_COLUMNS and len(empty) == 0


def test_non_english_comment_is_reported_not_scored():
    comments = pd.DataFrame({"comment_id": ["de", "en"], "text": [
        "Putin ist ein Verbrecher und die Welt weiß das, aber sie tut nichts dagegen.",
        "Putin is a criminal."]})
    out = score_stance(comments, ACTORS).set_index("comment_id")
    assert out.loc["de", "label"] == NOT_SCORED
    assert pd.isna(out.loc["de", "actor"]) and pd.isna(out.loc["de", "stance"])
    assert out.loc["de", "cue"] == "not English"
    assert out.loc["en", "label"] == "against"


def test_sentences_table_is_reused():
    text = "Erdogan is a fool. Erdogan is brave."
    comments = pd.DataFrame({"comment_id": ["a"], "text": [text]})
    # one sentence span covering everything versus the default split
    whole = pd.DataFrame({"comment_id": ["a"], "sentence_index": [0], "start": [0],
                          "end": [len(text)]})
    out = score_stance(comments, ACTORS, sentences=whole)
    assert out["sentence_index"].tolist() == [0]
    split = score_stance(comments, ACTORS)
    assert split["label"].tolist() == out["label"].tolist()


@pytest.mark.parametrize("text, toks, starts", [
    # ASCII sentences take the split-based path: words keep inner apostrophes, "/s" marks sarcasm
    ("We don't back Putin's war, /s", ["we", "don't", "back", "putin's", "war", ",", "/s"],
     [0, 3, 9, 14, 22, 25, 27]),
    # "/S" is not the marker: "/" and "s" (the lower-cased text alone would say "/s")
    ("Yeah /S", ["yeah", "/", "s"], [0, 5, 6]),
    # non-ASCII sentences take the regex path; the curly apostrophe becomes straight
    ("Erdoğan’s #StopWar 🇺🇦!", ["erdoğan's", "#stopwar", "🇺🇦", "!"], [0, 10, 19, 21]),
])
def test_sentence_tokens_and_offsets(text, toks, starts):
    from stance._stance_reports import _Sentence

    sent = _Sentence("xx " + text, 3, 3 + len(text), 0)  # offsets are into the whole comment
    assert sent.toks == toks
    assert sent.starts == [3 + s for s in starts]
    assert [("xx " + text)[a:b].lower().replace("’", "'")
            for a, b in zip(sent.starts, sent.ends)] == toks


def test_ascii_split_agrees_with_the_token_pattern():
    # the ASCII fast path must give _TOKEN_RE's tokens: fails if one changes without the other
    from stance._stance_reports import _Sentence
    from stance._stance_tokens import _TOKEN_RE

    texts = ["It's the U.S.-led West's fault, isn't it?!", "#StandWithUkraine @NATO_int /s",
             "km/s and/so /s. x/S", "snake_case-words 'quoted' -dash- e-mail's", "a\x1cb\tc  d",
             "".join(map(chr, range(32, 127))), "8,000 1,234,567 1234,567 1,00 8,000-strong 9,000's",
             "1,000,000-strong 12,345x ,123 1,000,00"]
    for text in texts:
        sent = _Sentence(text, 0, len(text), 0)
        want = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
        assert list(zip(sent.starts, sent.ends)) == want, text
        assert sent.toks == [text[a:b].lower() for a, b in want], text


def test_numbers_with_thousands_separators_are_one_token():
    # the comma of "8,000" is no clause boundary: "Ukraine will kill 8,000 invaders" is one clause
    # (on the ASCII fast path and the general one)
    from stance._stance_reports import _Sentence

    for text in ["Ukraine will kill 8,000 invaders", "Ukraine will kill 8,000 invaders é"]:
        sent = _Sentence(text, 0, len(text), 0)
        assert sent.toks[3] == "8,000" and "," not in sent.toks
    sent = _Sentence("1234,567 and 8,000-strong", 0, 25, 0)
    assert sent.toks[:3] == ["1234", ",", "567"] and "8" in sent.toks  # not a grouped number
    out = score_stance(pd.DataFrame({"comment_id": ["a"], "text": [
        "Soon Ukraine will kill 8,000 invaders in one day!"]}), load_actors())
    row = out[out.actor == "Ukraine"].iloc[0]
    assert row.label == "favor" and "8,000 invaders" in row.evidence


def test_sentence_clauses():
    from stance._stance_reports import _Sentence

    text = "Putin lies, but Russia wins"
    sent = _Sentence(text, 0, len(text), 0)
    assert sent.toks == ["putin", "lies", ",", "but", "russia", "wins"]
    assert sent.clause == [0, 0, 1, 2, 2, 2]  # a boundary token opens the next clause
    assert sent.contrast_at == 3
    assert [sent.clause_bounds(i) for i in range(6)] == [(0, 1), (0, 1), (2, 2), (3, 5),
                                                         (3, 5), (3, 5)]


def test_garbage_collector_state_is_restored():
    import gc

    comments = pd.DataFrame({"text": ["Putin is not naive."]})
    assert gc.isenabled()
    score_stance(comments, ACTORS)
    assert gc.isenabled()
    with pytest.raises(StanceError):  # an error inside the paused section
        score_stance(comments, ACTORS, sentences=pd.DataFrame({"comment_id": ["0"]}))
    assert gc.isenabled()
    gc.disable()
    try:
        score_stance(comments, ACTORS)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_sentences_split_only_when_asked_for():
    from stance.targeted import _SpansOnDemand

    calls = []

    def split(text):
        calls.append(text)
        return [(0, len(text))]

    spans = _SpansOnDemand([[(0, 2)], None, None], ["ab", "cde", "f"], split)
    assert spans[0] == [(0, 2)] and calls == []
    assert spans[2] == [(0, 1)] and calls == ["f"]
    assert spans[2] == [(0, 1)] and calls == ["f"]  # split once


def test_bad_input_raises_clear_errors():
    with pytest.raises(StanceError, match="text"):
        score_stance(pd.DataFrame({"body": ["x"]}), ACTORS)
    with pytest.raises(StanceError, match="reported"):
        score_stance(pd.DataFrame({"text": ["x"]}), ACTORS, reported="maybe")


# ------------------------------------------------------------------ seed gold file
def test_seed_agrees_with_gold_file():
    from stance.readers import read_thread

    comments = read_thread(SEED)
    gold = pd.read_csv(GOLD, dtype=str)
    out = score_stance(comments)  # default actors
    merged = gold.merge(out, on=["comment_id", "actor"], how="left")
    assert merged["label_y"].notna().all(), "every gold pair must be scored"
    agree = (merged["label_x"] == merged["label_y"]).mean()
    assert agree >= 0.8, merged.loc[merged["label_x"] != merged["label_y"],
                                    ["comment_id", "actor", "label_x", "label_y", "cue"]]
    must = {("c3", "Putin"): "against", ("c4", "Putin"): "favor", ("c4", "Erdogan"): "against",
            ("c4", "the West"): "against", ("c10", "Putin"): "favor"}
    got = {(c, a): lab for c, a, lab in zip(out["comment_id"], out["actor"], out["label"])}
    for key, label in must.items():
        assert got[key] == label, key
    _check_evidence(out, dict(zip(comments["comment_id"], comments["text"])))


# ------------------------------------------------------------------ whose advocacy, whose harm
@pytest.mark.parametrize("text", [
    "If you support Russia you have not been paying attention.",
    "They will blame Russia for everything, as usual.",
    "The Ukrainians will shell the dam and blame Russia.",
])
def test_advocacy_by_someone_else_is_not_the_commenters(text):
    row = _one(text)["Russia"]
    # blame by others is told as a charge the commenter rejects ("shifted blame", favor)
    assert row.cue in {"reported speech", "opposed side", "mention only", "shifted blame"}
    assert row.cue not in {"advocacy", "defence"}


@pytest.mark.parametrize("text, actor", [
    ("They will blame Russia for everything, as usual.", "Russia"),
    ("The Ukrainians will shell the dam and blame it on Russia.", "Russia"),
    ("Russia is shelling the plant and falsely blaming Ukraine.", "Ukraine"),
    ("Blaming Ukraine for a crime it never committed.", "Ukraine"),
    ("Can you blame Russia for not wanting missiles at its border?", "Russia"),
    ("The media put the blame on Russia again.", "Russia"),
    ("They wreck their own dam and try to pin it on Russia.", "Russia"),
])
def test_blame_by_others_is_shifted_blame(text, actor):
    row = _one(text)[actor]
    assert row.cue == "shifted blame" and row.label == "favor"
    assert "blam" in row.evidence.lower() or row.evidence.startswith("pin")


@pytest.mark.parametrize("text, label", [
    ("I blame Russia for this war.", "against"),
    ("We should blame Russia.", "against"),
    ("Blame Russia!", "against"),
    ("Don't blame Ukraine.", "favor"),
])
def test_the_commenters_own_blame_is_not_shifted(text, label):
    actor = "Ukraine" if "Ukraine" in text else "Russia"
    row = _one(text)[actor]
    assert row.cue != "shifted blame" and row.label == label


def test_shifted_blame_only_for_the_writers_stance():
    row = _one("They will blame Russia for everything.", reported="keep")["Russia"]
    assert row.cue != "shifted blame"


@pytest.mark.parametrize("text, label", [
    ("You should support Ukraine.", "favor"),
    ("We must sanction Russia harder.", "against"),
    ("Stop the war and support Ukraine.", "favor"),
])
def test_commenter_advocacy_still_counts(text, label):
    rows = _one(text)
    actor = "Ukraine" if "Ukraine" in text else "Russia"
    assert rows[actor].label == label
    assert rows[actor].cue in {"advocacy", "defence"}


def test_call_for_action_against_the_subject():
    row = _one("Russia must be stopped before it is too late.")["Russia"]
    assert row.label == "against" and row.cue == "advocacy"
    assert row.evidence == "Russia must be stopped"


def test_harm_to_combatants_is_not_a_victim():
    row = _one("The air force shot down dozens of Russian drones last night.")["Russia"]
    assert row.cue != "victim of attack"
    civ = _one("Missiles hit Ukrainian cities again.")["Ukraine"]
    assert civ.cue == "victim of attack" and civ.label == "favor"


def test_agent_after_by_and_negated_threat():
    row = _one("Cluster bombs are being used by Russia every day.")["Russia"]
    assert row.label == "against" and row.cue == "attack by actor"
    row = _one("Nobody wants to invade Russia.")["Russia"]
    assert row.cue != "victim of attack"


def test_place_after_a_preposition_is_not_the_agent():
    row = _one("Their troops rolled into Ukraine and slaughtered civilians.")["Ukraine"]
    assert row.label != "against"


def test_report_joined_by_a_coordinator_covers_only_its_clause():
    rows = _one("Russia invaded Ukraine and you can claim whatever you like.")
    assert rows["Russia"].label == "against" and rows["Russia"].cue == "attack by actor"
    rows = _one("Russia is evil, the minister said.")
    assert rows["Russia"].cue == "reported speech" and rows["Russia"].label == "neutral"


def test_topic_words_are_not_evaluations():
    # "peace" and "war" name what the thread is about, not how the commenter sees Russia
    assert _one("There will be peace talks with Russia next month.")["Russia"].label == "neutral"
    assert _one("The war with Russia goes on.")["Russia"].label == "neutral"


@pytest.mark.parametrize("text, label", [
    ("Ukraine has the right to all its territory back.", "favor"),
    ("Ukraine has every moral and legal right to defend itself.", "favor"),
    ("Russia has no business in Syria.", "against"),
    ("Russia has a right wing.", "neutral"),
])
def test_rights_granted_or_denied(text, label):
    actor = "Ukraine" if "Ukraine" in text else "Russia"
    assert _one(text, load_actors())[actor].label == label


def test_predictions_and_conditions_are_not_evaluations():
    # a negated aggression as a prediction is no denial of blame
    assert _one("Russia would never invade Ukraine, they said.")["Russia"].label != "favor"
    assert _one("Russia would never invade anyone.")["Russia"].cue != "negation"
    assert _one("Russia didn't invade anyone.")["Russia"].label == "favor"
    # "if X wins" asserts nothing about X
    assert _one("If Russia wins they will not stop.")["Russia"].cue != "predicate evaluation"
    assert _one("Russia wins again.")["Russia"].cue == "predicate evaluation"


# ------------------------------------------------------------------ declared opponents
RUSSIA_OPP = Actor("Russia", kind="country", demonyms=("Russian", "Russians"), opponents=("Ukraine",))
UKRAINE_OPP = Actor("Ukraine", kind="country", demonyms=("Ukrainian", "Ukrainians"),
                    opponents=("Russia",))


def test_opponents_settle_a_side_taken_clearly():
    # a clear attack by Russia outweighs a weak word near Ukraine: one side is taken
    rows = _one("Russia invaded and keeps murdering civilians. Ukraine looks a bit weak.",
                [RUSSIA_OPP, UKRAINE_OPP])
    assert rows["Russia"].label == "against"
    assert rows["Ukraine"].label == "favor" and rows["Ukraine"].cue == "opposed side"
    assert rows["Ukraine"].evidence.startswith("Russia invaded")


def test_opponents_both_condemned_stay_condemned():
    rows = _one("Russia is evil. Ukraine is corrupt.", [RUSSIA_OPP, UKRAINE_OPP])
    assert rows["Russia"].label == "against" and rows["Ukraine"].label == "against"


PUTIN_AFF = Actor("Putin", kind="person", pronouns=True, affiliation=("Russia",))
ZELENSKY_AFF = Actor("Zelensky", kind="person", pronouns=True, affiliation=("Ukraine",))
WEST_OPP = Actor("the West", kind="group", aliases=("West",), case_sensitive=("West",),
                 opponents=("Russia",))
SIDES = [PUTIN_AFF, ZELENSKY_AFF, WEST_OPP, RUSSIA_OPP, UKRAINE_OPP]


def test_conflicts_split_declared_opponents_in_two_sides():
    from stance.targeted import _conflicts

    ((side, affiliates),) = _conflicts(SIDES, {"Russia": ["Ukraine", "the West"],
                                               "Ukraine": ["Russia"]})
    assert side["Russia"] == side["Putin"] == -side["Ukraine"]
    assert side["Ukraine"] == side["the West"] == side["Zelensky"]
    # joined by affiliation, not declared: each with the actors it is affiliated with
    assert affiliates == {"Putin": {"Russia"}, "Zelensky": {"Ukraine"}}
    # three actors all opposed to each other cannot be two sides: used pair by pair
    tri = _conflicts([], {"A": ["B", "C"], "B": ["C"]})
    assert sorted(sorted(c) for c, _ in tri) == [["A", "B"], ["A", "C"], ["B", "C"]]
    assert all(sorted(c.values()) == [-1, 1] for c, _ in tri)


def test_affiliated_actor_evidence_decides_its_side():
    # a rule finding about Putin outweighs a weak word near Russia: against Russia
    text = "Putin is a war criminal. Russia looks strong."
    rows = _one(text, SIDES)
    assert rows["Putin"].label == "against"
    assert (rows["Russia"].label, rows["Russia"].cue) == ("against", "same side")
    assert rows["Russia"].evidence == "Putin is a war criminal"
    # without the affiliation Russia keeps its own weak reading
    plain = _one(text, [Actor("Putin", kind="person", pronouns=True), RUSSIA_OPP, UKRAINE_OPP])
    assert plain["Russia"].label == "favor"


def test_neutral_actor_takes_the_side_of_an_affiliated_one():
    rows = _one("Zelensky is a hero. Ukraine announced new talks.", SIDES)
    assert rows["Zelensky"].label == "favor"
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("favor", "same side")
    assert rows["Ukraine"].evidence == "Zelensky is a hero"
    # an affiliate's evidence labels only its own actor, not the other side
    rows = _one("Zelensky is a hero. Russia announced new talks.", SIDES)
    assert rows["Russia"].label == "neutral"


def test_opponent_of_an_opponent_is_on_the_same_side():
    rows = _one("The West keeps lying. Ukraine announced new talks.", SIDES)
    assert rows["the West"].label == "against"
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("against", "same side")
    assert rows["Ukraine"].evidence == "The West keeps lying"


def test_tone_near_a_group_takes_no_side():
    # weak praise near a group (its weapons) is no side taken: neither its partner
    # nor its opponent is labelled from it
    for other in ("Ukraine", "Russia"):
        rows = _one(f"The advanced West weapons arrived. {other} announced new talks.", SIDES)
        assert (rows["the West"].label, rows["the West"].cue) == ("favor", "local sentiment")
        assert (rows[other].label, rows[other].cue) == ("neutral", "mention only")
    # a rule finding about the group still gives the side
    rows = _one("The West is brave and united. Ukraine announced new talks.", SIDES)
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("favor", "same side")
    # but praise of a group labels only its partners, not its opponent
    rows = _one("The West is brave and united. Russia announced new talks.", SIDES)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("neutral", "mention only")
    rows = _one("The West is ready to help. Russia announced new talks.", SIDES)
    assert rows["the West"].label == "favor"
    assert (rows["Russia"].label, rows["Russia"].cue) == ("neutral", "mention only")
    rows = _one("The West is brave and united. Ukraine and Russia announced new talks.", SIDES)
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("favor", "same side")
    assert rows["Russia"].label == "neutral"
    # near misses: criticism of the group, and praise of a country, still label the opponent
    rows = _one("The West keeps lying. Russia announced new talks.", SIDES)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "opposed side")
    rows = _one("Ukraine is brave and united. Russia announced new talks.", SIDES)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("against", "opposed side")
    # and so does weak criticism of it
    rows = _one("The awful West weapons arrived. Ukraine announced new talks.", SIDES)
    assert rows["the West"].cue == "local sentiment"
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("against", "same side")
    # weak tone toward an actor that is no group still labels as before
    rows = _one("Zelensky looks wonderful today. Ukraine announced new talks.", SIDES)
    assert rows["Zelensky"].cue == "local sentiment"
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("favor", "same side")
    rows = _one("Ukraine looks wonderful today. Russia announced new talks.", SIDES)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("against", "opposed side")


def test_without_declared_opponents_nothing_is_inferred():
    rows = _one("Russia invaded and keeps murdering civilians. Ukraine looks a bit weak.",
                [RUSSIA, UKRAINE])
    assert rows["Ukraine"].cue != "opposed side"


@pytest.mark.parametrize("window, expected", [
    (["i", "do", "not"], True),        # listed negator
    (["they", "didn't"], True),        # contraction
    (["he", "wasn’t"], False),         # tokens reach it with ' already normalised; ’ is not
    (["she", "refused", "to"], True),  # scope negator
    (["nothing"], True),
    (["notably", "good"], False),      # a prefix is not a negator
    ([], False),
])
def test_negation_window(window, expected):
    from stance._stance_tokens import _is_negator, _negated
    import stance._lexicon as lx

    assert _negated(window) is expected
    # the same answer as the per-token test it replaced in the rule chain
    assert expected == any(_is_negator(t) or t in lx.SCOPE_NEGATORS for t in window)



# ------------------------------------------------------------------ military success
@pytest.mark.parametrize("text, actor", [
    ("Russia destroyed three Ukrainian columns near the city.", "Russia"),
    ("Ukraine shot down 20 Russian cruise missiles last night.", "Ukraine"),
    ("The Ukrainian air force shot down dozens of Russian jets.", "Ukraine"),
    ("The Black Sea fleet was attacked by Ukrainian naval drones.", "Ukraine"),
])
def test_harm_to_enemy_combatants_is_a_military_success(text, actor):
    row = _one(text)[actor]
    assert row.cue == "military success" and row.label == "favor"


@pytest.mark.parametrize("text", [
    "Russia is attacking Ukraine with drones.",     # drones are the means, not the object
    "Russia killed hundreds of civilians.",
    "Russia shelled the city again.",
    "Ukraine will shoot missiles into Russia.",     # launching, not stopping them
])
def test_plain_attacks_stay_against_the_attacker(text):
    agent = "Ukraine" if text.startswith("Ukraine") else "Russia"
    row = _one(text)[agent]
    assert row.cue == "attack by actor" and row.label == "against"


# ------------------------------------------------------------------ wanted, justified, condemned attacks
@pytest.mark.parametrize("text, agent, victim", [
    ("Russia should finish off Ukraine.", "Russia", "Ukraine"),
    ("Russia needs to end Ukraine quickly.", "Russia", "Ukraine"),
    ("I hope Russia wipes out Ukraine.", "Russia", "Ukraine"),
    ("Ukraine must destroy Russia and win.", "Ukraine", "Russia"),
    ("Let Russia finish the job.", "Russia", None),
    ("Russia will have to destroy more of Ukraine.", "Russia", "Ukraine"),
])
def test_wished_attack_takes_the_aggressors_side(text, agent, victim):
    rows = _one(text)
    assert rows[agent].cue == "wished attack" and rows[agent].label == "favor"
    if victim:
        assert rows[victim].label == "against"


@pytest.mark.parametrize("text, actor", [
    ("Just nuke Ukraine already.", "Ukraine"),
    ("We should bomb Russia.", "Russia"),
    ("Europe should invade Ukraine from the west.", "Ukraine"),
    ("NATO should have bombed Russia.", "Russia"),
])
def test_called_for_attack_is_against_its_target(text, actor):
    row = _one(text)[actor]
    assert row.cue == "wished attack" and row.label == "against"


@pytest.mark.parametrize("text", [
    "Russia invaded Ukraine.",
    "Russia wants to destroy Ukraine.",              # the actor's aim, not the commenter's wish
    "Russia should never have invaded Ukraine.",     # a negated obligation condemns
    "Russia should not attack Ukraine.",
    "Do you think Russia should invade us?",         # a question wishes nothing
    "If Russia should attack from Belarus, NATO will be dragged in.",
    "Russia must stop bombing Ukraine.",
])
def test_reported_or_condemned_attack_stays_against_the_attacker(text):
    row = _one(text)["Russia"]
    assert row.cue not in {"wished attack", "justified attack", "negation"}
    assert row.label != "favor"


def test_ending_a_war_is_no_attack():
    assert _one("Russia needs to end this war.")["Russia"].cue != "wished attack"
    assert _one("They want to nuke Ukraine.")["Ukraine"].cue != "wished attack"


@pytest.mark.parametrize("text, cue", [
    ("Russia had to invade Ukraine.", "justified attack"),
    ("Russia was provoked into invading Ukraine.", "justified attack"),
    ("Russia had no choice but to invade.", "justified attack"),
    ("NATO provoked Russia into this war.", "justified attack"),
    ("Russia was forced to invade.", "justified attack"),
    ("Russia invaded to protect the Russian speakers in Donbas.", "justified attack"),
    ("Russia invaded Ukraine in response to NATO expansion.", "justified attack"),
    ("Russia has no reason to blow up the plant.", "denied motive"),
    ("Russia had nothing to gain from it.", "denied motive"),
])
def test_justified_attack_and_denied_motive_favor_the_accused(text, cue):
    row = _one(text)["Russia"]
    assert row.cue == cue and row.label == "favor"


@pytest.mark.parametrize("text, label", [
    ("Russia was not provoked.", "against"),
    ("The minister was forced to resign.", None),    # forced out of office: no attack excused
])
def test_unprovoked_attack_and_forced_resignation(text, label):
    rows = _one(text)
    if label:
        assert rows["Russia"].label == label
    assert all(r.cue != "justified attack" for r in rows.values())


# ------------------------------------------------------------------ defeat
@pytest.mark.parametrize("text, label, cue", [
    ("Ukraine is finished.", "against", "defeat"),
    ("Ukraine is doomed.", "against", "defeat"),
    ("Ukraine's counteroffensive failed.", "against", "defeat"),
    ("The Ukrainian counteroffensive has failed miserably.", "against", "defeat"),
    ("Ukraine has zero chance against Russia.", "against", "defeat"),
    ("Ukraine is not finished.", "favor", "negation"),
    ("Ukraine's counteroffensive is going well.", "favor", "credited"),
    ("Ukraine is losing the war.", "against", "predicate evaluation"),
    ("Ukraine is winning.", "favor", "predicate evaluation"),
])
def test_defeat_and_success_of_a_side(text, label, cue):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == (label, cue)


@pytest.mark.parametrize("text, label, cue", [
    ("Ukraine is suffering huge losses.", "against", "defeat"),
    ("Ukraine is taking huge casualties near the river.", "against", "defeat"),
    ("Ukraine suffered enormous losses.", "against", "defeat"),
    ("Ukraine is taking huge risks.", None, None),  # no loss noun: not a defeat
])
def test_a_big_loss_is_no_praise(text, label, cue):
    row = _one(text)["Ukraine"]
    if label is None:
        assert row.cue != "defeat"
    else:
        assert (row.label, row.cue) == (label, cue)


def test_done_with_is_no_defeat():
    assert _one("Russia is done with the West.")["Russia"].cue != "defeat"


# ------------------------------------------------------------------ denied guilt
@pytest.mark.parametrize("text, actor, cue", [
    ("Why would Russia attack a plant it controls?", "Russia", "denied guilt"),
    ("Why would Russia blow it up?", "Russia", "denied guilt"),
    ("Why would Russia even do that?", "Russia", "denied guilt"),
    ("It is unlikely Russia would blow up a nuclear site.", "Russia", "denied guilt"),
    ("Nobody believes Ukraine blew up that dam.", "Ukraine", "denied guilt"),
    ("Russia has ZERO reason to blow it up.", "Russia", "denied motive"),
    ("There is no reason for Ukraine to do that.", "Ukraine", "denied motive"),
    ("There is no advantage for Russia to blow up the plant.", "Russia", "denied motive"),
    ("It makes no sense for Russia to shell a plant it holds.", "Russia", "denied motive"),
    ("There is zero chance that Russia would attack a NATO country.", "Russia", "denied guilt"),
    ("There's little chance Ukraine would shell its own plant.", "Ukraine", "denied guilt"),
    ("The chances of Russia blowing it up are very low.", "Russia", "denied guilt"),
])
def test_denied_guilt_defends_the_accused(text, actor, cue):
    row = _one(text)[actor]
    assert row.cue == cue and row.label == "favor"


@pytest.mark.parametrize("text", [
    "Why is Russia shelling Kharkiv?",          # asks the reason of a deed taken as real
    "Why does Russia attack civilians?",
    "Why wouldn't Russia bomb the plants in the west?",
    "Russia blew up the dam.",                  # "blow up" is an attack
    "The dam was blown up by Russia.",
    "There is a good chance Russia will attack Kyiv.",  # a likely deed is no doubt
    "The chances of Russia invading Poland are high.",
])
def test_questions_about_real_deeds_and_blow_up_stay_attacks(text):
    row = _one(text)["Russia"]
    assert row.cue == "attack by actor" and row.label == "against"


def test_sense_without_a_negation_denies_no_motive():
    assert _one("It makes sense for Russia to do it.")["Russia"].cue != "denied motive"
    assert _one("Russia has no sense of humanity.")["Russia"].cue != "denied motive"


def test_a_blow_is_no_attack():
    assert _one("It was a big blow to Russia.")["Russia"].cue != "attack by actor"


# ------------------------------------------------------------------ claimed territory
def test_claimed_territory():
    rows = _one("Ukraine is part of Russia.")
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "claimed territory")
    assert (rows["Ukraine"].label, rows["Ukraine"].cue) == ("against", "claimed territory")
    row = _one("Crimea is part of Ukraine.")["Ukraine"]
    assert (row.label, row.cue) == ("favor", "claimed territory")
    assert _one("Donbas belongs to Russia.")["Russia"].label == "favor"


@pytest.mark.parametrize("text", [
    "Crimea is not part of Russia.",
    "If it were that easy Ukraine would be part of Russia by now.",
    "The people there do not wish to be part of Russia.",
    "It is part of the deal with Russia.",
])
def test_no_claim_of_territory(text):
    assert _one(text)["Russia"].cue != "claimed territory"


def test_loosing_is_losing():
    row = _one("Ukraine is loosing the war.")["Ukraine"]
    assert row.label == "against" and row.cue == "predicate evaluation"


def test_war_against_a_side_names_the_conflict():
    row = _one("The US keeps funding a proxy war against Russia.")["Russia"]
    assert row.cue != "victim of attack"
    row = _one("Putin's invasion of Ukraine goes on.")["Ukraine"]
    assert row.cue == "victim of attack" and row.label == "favor"


def test_an_aggressive_purpose_is_no_justification():
    row = _one("Russia invaded Ukraine to steal its land.")["Russia"]
    assert row.cue == "attack by actor" and row.label == "against"


@pytest.mark.parametrize("text, label", [
    ("Send more weapons to Ukraine!", "favor"),
    ("We must send weapons to Ukraine.", "favor"),
    ("End aid to Ukraine now.", "against"),
])
def test_aid_asked_for_or_refused_by_the_commenter(text, label):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == (label, "aid to actor")


@pytest.mark.parametrize("text", [
    "Half the money sent to Ukraine never reaches the soldiers.",
    "Keep shipping tanks to Ukraine and they will end up with the cartels.",
    "The rifles we donated to Ukraine were sold within a month.",
    "Ukraine cannot account for the billions in aid it got.",
    "Ukraine has pocketed the money from Europe.",
    "Those missiles were quietly sold by Ukraine.",
])
def test_aid_said_to_be_misused_is_against_the_recipient(text):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == ("against", "aid misused")


@pytest.mark.parametrize("text", [
    "The aid to Ukraine was stolen by Russia.",            # X is the victim of the theft
    "Weapons sent to Ukraine never ended up on the black market.",  # misuse denied
    "Ukraine can account for every dollar of aid.",        # no misuse
    "If the money sent to Ukraine is stolen, we should stop.",  # a condition
    "Russia sent troops to Ukraine to end the government.",  # no "end up"
    "Ukraine sold grain to Egypt.",                        # no aid of ours
])
def test_aid_not_said_to_be_misused(text):
    assert _one(text)["Ukraine"].cue != "aid misused"


def test_aid_given_by_others_is_the_topic():
    row = _one("Trump gave missiles to Ukraine.")["Ukraine"]
    assert row.cue not in {"aid to actor", "victim of attack"}


@pytest.mark.parametrize("text, label", [
    ("Ukraine is a sovereign country.", "favor"),
    ("Ukraine is not a country.", "against"),
    ("Ukraine wasn't even a nation until 1991.", "against"),
    ("Ukraine never existed as a state.", "against"),
])
def test_statehood_affirmed_or_denied(text, label):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == (label, "statehood")


def test_statehood_needs_a_plain_claim():
    assert _one("Russia is a terrorist state.")["Russia"].cue != "statehood"
    assert _one("Ukraine is a country of brave people.")["Ukraine"].cue != "statehood"
    assert _one("Russia was pushed back.")["Russia"].cue != "justified attack"


def test_contrast_weights_multiply_the_half_weight_of_a_question():
    from stance._stance_reports import _Sentence
    from stance._stance_rules import _analyse
    from stance.targeted import _batch_mentions

    text = "Russia is strong, but is Russia a fool?"
    (mentions,) = _batch_mentions([text], [RUSSIA]).values()
    sent = _Sentence(text, 0, len(text), 0)
    for m in mentions:
        sent.locate(m)
    found = _analyse(text, sent, mentions, aliases={"Russia": ("Russia",)}, window=12,
                     reported="neutral")
    weights = {text[f.start:f.end]: f.weight for f in found}
    # the question halves both, the contrast then favours the clause after "but"
    assert weights == {"Russia is strong": pytest.approx(0.35),
                       "Russia a fool": pytest.approx(0.6)}


def test_responsible_after_a_copula_is_blame():
    assert _one("Ukraine is responsible for countless crimes.")["Ukraine"].label == "against"
    assert _one("Russia is responsible.")["Russia"].label == "against"
    assert _one("Russia is a responsible partner.")["Russia"].label == "favor"


def test_an_object_after_of_is_not_the_subject_of_the_predicate():
    rows = _one("The Russian invasion of Ukraine is a war crime.")
    assert rows["Ukraine"].label == "favor" and rows["Ukraine"].cue == "victim of attack"
    assert rows["Russia"].label == "against"


@pytest.mark.parametrize("text", [
    "Russia shouldn't bomb Ukraine.",
    "If NATO should attack Russia, it will be war.",
    "Russia has bombed Ukraine.",
])
def test_no_call_for_an_attack(text):
    rows = _one(text)
    assert all(r.cue != "wished attack" for r in rows.values())


@pytest.mark.parametrize("text, actor", [
    ("Ukraine is defending itself.", "Ukraine"),
    ("Russia is defending its homeland.", "Russia"),
    ("Ukraine has been defending their country against invaders.", "Ukraine"),
])
def test_self_defence(text, actor):
    row = _one(text)[actor]
    assert (row.label, row.cue) == ("favor", "self-defence")


def test_no_self_defence_when_negated_or_conditional():
    assert _one("Russia is not defending anyone.")["Russia"].cue != "self-defence"
    assert _one("If Ukraine defends itself, Russia will escalate.")["Ukraine"].cue != "self-defence"


@pytest.mark.parametrize("text", [
    "Russia could crush Ukraine within a couple of weeks.",
    "Russia will exterminate Ukraine.",
    "Russia could have flattened Ukraine in a week.",
])
def test_boasted_power(text):
    rows = _one(text)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "boasted power")
    assert rows["Ukraine"].label == "against"


@pytest.mark.parametrize("text, cue", [
    ("Russia will make Ukraine a parking lot.", "boasted power"),
    ("Russia can bomb Ukraine back to the stone age.", "boasted power"),
    ("Then Russia will put Ukraine to sleep for good.", "boasted power"),
    ("Russia could turn Ukraine into rubble in a day.", "boasted power"),
    ("Russia should just turn Ukraine into a parking lot.", "wished attack"),
])
def test_razing_idiom(text, cue):
    rows = _one(text)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", cue)
    assert rows["Ukraine"].label == "against"


@pytest.mark.parametrize("text", [
    "Russia will make Ukraine pay for this.",
    "Russia will send Ukraine a note.",
    "Russia will put Ukraine on the agenda.",
    "Russia will not turn Ukraine into a parking lot.",
])
def test_no_razing_idiom(text):
    assert _one(text)["Russia"].cue not in {"boasted power", "wished attack"}


@pytest.mark.parametrize("text", [
    "Russia could have destroyed Ukraine on day one.",
    "Russia could've flattened Ukraine.",
    "Russia could have easily destroyed Ukraine.",
    "If Russia wanted to destroy Ukraine, it would have done so already.",
    "Russia could have used far more force if they wanted to destroy Ukraine.",
])
def test_unreal_attack_is_a_boast(text):
    # an aggression in an unreal mood (a counterfactual perfect of "could", the restraint
    # argument "if X wanted to ...") tells the power held back, not a deed
    rows = _one(text)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "boasted power")
    assert rows["Ukraine"].label == "against"


@pytest.mark.parametrize("text", [
    "Russia would have invaded Ukraine if Trump was president.",
    "Russia would've invaded Ukraine if Trump was president.",
])
def test_unreal_deed_is_no_attack(text):
    rows = _one(text)
    assert rows["Russia"].label == "neutral" and rows["Ukraine"].label == "neutral"


@pytest.mark.parametrize("text", [
    "Without them, Ukraine would be destroyed in 24 hours.",
    "Ukraine would have been occupied by now.",
])
def test_unreal_passive_is_a_demise(text):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == ("against", "predicted demise")


def test_unreal_passive_agent_boasts():
    rows = _one("Ukraine today would be occupied by Russian troops.")
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "boasted power")
    assert rows["Ukraine"].label == "against"


@pytest.mark.parametrize("text, russia, ukraine", [
    # near misses: real deeds, negated counterfactuals, wishes without an unreal main clause,
    # a place after a preposition
    ("Russia has invaded Ukraine.", "against", "favor"),
    ("Russia would never have invaded if Ukraine had nukes.", "against", None),
    ("Russia wanted to destroy Ukraine.", "against", "favor"),
    ("Ukraine was destroyed by Russia.", "against", "favor"),
    # "could / might have" without a scope of ability may be a suspicion of a real deed
    ("Russia could have blown up the dam.", "against", None),
    ("Russia could've bombed the plant.", "against", None),
    ("Russia might have bombed the dam.", "against", None),
])
def test_real_attack_near_unreal_readings(text, russia, ukraine):
    rows = _one(text)
    assert rows["Russia"].label == russia
    if ukraine is not None:
        assert rows["Ukraine"].label == ukraine


def test_unreal_passive_not_for_a_place():
    row = _one("Their troops in Ukraine would be bombed within months.").get("Ukraine")
    assert row is None or row.cue != "predicted demise"


def test_a_feared_attack_is_no_boast():
    row = _one("Russia could sabotage the plant.")["Russia"]
    assert (row.label, row.cue) == ("against", "attack by actor")
    assert _one("Russia will not crush anyone.")["Russia"].cue != "boasted power"


def test_passive_attack_is_a_victim():
    row = _one("Ukraine was invaded.")["Ukraine"]
    assert (row.label, row.cue) == ("favor", "victim of attack")
    assert _one("Ukraine was not invaded.")["Ukraine"].cue != "victim of attack"


@pytest.mark.parametrize("text, evidence", [
    ("Russia bombarded Mariupol for weeks.", "Russia bombarded"),
    ("The Russians razed the villages.", "Russians razed"),
    ("Russian troops have been massacring civilians.", "Russian troops have been massacring civilians"),
    ("Russia is trying to ethnically cleanse the region.", "Russia is trying to ethnically cleanse"),
    ("Russia's ethnic cleansing of the region goes on.", "Russia's ethnic cleansing"),
    ("Russian soldiers pillaged the town.", "Russian soldiers pillaged"),
])
def test_aggression_verbs_of_destruction_and_expulsion(text, evidence):
    row = _one(text)["Russia"]
    assert (row.label, row.cue, row.evidence) == ("against", "attack by actor", evidence)


def test_destroyed_place_is_the_victim():
    row = _one("Russia obliterated Ukrainian cities.")["Ukraine"]
    assert (row.label, row.cue) == ("favor", "victim of attack")
    row = _one("Ukraine was bombarded by Russia.")["Ukraine"]
    assert (row.label, row.cue) == ("favor", "victim of attack")
    # "level" as a noun is no deed
    assert _one("They raised the level of aid to Ukraine.")["Ukraine"].cue != "victim of attack"


def test_possessed_weapons_are_no_deed():
    assert _one("Ukraine handed over their nukes.")["Ukraine"].cue != "attack by actor"
    assert _one("Russia has nukes.")["Russia"].cue != "attack by actor"
    assert _one("Russia has cluster bombs.")["Russia"].cue != "attack by actor"
    assert _one("Russia had mines planted there.")["Russia"].cue != "attack by actor"
    # a participle or an infinitive after "has / had" is still the deed
    assert _one("Russia has shelled Kharkiv.")["Russia"].cue == "attack by actor"
    assert _one("Russia has been bombing Kharkiv.")["Russia"].cue == "attack by actor"
    assert _one("Russia has struck Odesa again.")["Russia"].cue == "attack by actor"


def test_beating_the_enemy_is_winning():
    rows = _one("Ukraine is beating Russia militarily.")
    assert rows["Ukraine"].label == "favor"


# ------------------------------------------------------------------ irony and mockery
def test_sarcasm_marker_flips_the_sentence():
    row = _one("Putin is a genius /s")["Putin"]
    assert row.label == "against" and row.cue.endswith(", sarcasm")


@pytest.mark.parametrize("text, label, shown", [
    ("Yeah right. Putin is a genius.", "against", "Yeah right. Putin is a genius"),
    ("Riiiight... Putin is a genius.", "against", "Riiiight... Putin is a genius"),
    ("Putin is a genius. Yeah right.", "against", "Putin is a genius. Yeah right."),
    ("Putin saved the town. Sure he did.", "against", "Putin saved the town. Sure he did."),
])
def test_bare_scoffing_sentence_mocks_its_neighbour(text, label, shown):
    row = _one(text)["Putin"]
    assert row.label == label and row.cue.endswith(", sarcasm") and row.evidence == shown


@pytest.mark.parametrize("text", [
    "You are right. Putin is a genius.",  # agreement, not a scoff
    "Putin is a genius. Yeah right. Zelensky is brave.",  # a leading marker mocks what follows
    "Sure, I can see that. Putin is a genius.",  # more than a bare marker
])
def test_bare_scoffing_sentence_near_misses(text):
    row = _one(text)["Putin"]
    assert row.label == "favor" and "sarcasm" not in row.cue


@pytest.mark.parametrize("text, shown", [
    ("Mighty Russia being liquidated by a tiny neighbour.", "Mighty Russia"),
    ("The mighty Russian army can't even take a village.", "mighty Russian"),
    ("The invincible Russian army is retreating again, what a show.", "invincible Russian"),
])
def test_epithet_of_might_on_a_failing_actor_is_mocked(text, shown):
    row = _one(text)["Russia"]
    assert row.label == "against" and row.evidence.startswith(shown)


@pytest.mark.parametrize("text", [
    "Russia is a mighty nation.",
    "The mighty Russian army is strong and will not be stopped.",
    "The mighty Russian nation, proud of its history, will prevail.",
])
def test_epithet_of_might_without_failure_is_praise(text):
    row = _one(text)["Russia"]
    assert row.label == "favor" and "mockery" not in row.cue


def test_epithet_bearer_must_fail_itself():
    # the failure belongs to the mention after it, not to the bearer of the epithet
    rows = _one("The mighty Ukrainian army has Russia retreating.")
    assert "mockery" not in rows["Ukraine"].cue


@pytest.mark.parametrize("text", [
    "Putin is a genius, a Russian/Soviet style strategist.",
    "Putin is a genius, he builds houses/shops for everyone.",
])
def test_slash_s_inside_words_is_no_sarcasm(text):
    row = _one(text)["Putin"]
    assert row.label == "favor" and "sarcasm" not in row.cue


@pytest.mark.parametrize("text, frame", [
    ("Stop pretending that Putin is a genius.", "pretending"),
    ("Imagine thinking Putin is a genius.", "Imagine"),
    ("I am sick of the narrative that Putin is a genius.", "narrative"),
    ("Anyone who thinks Putin is a genius is delusional.", "Putin"),
])
def test_claim_framed_as_pretence_is_mocked(text, frame):
    row = _one(text)["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery")
    assert row.evidence.startswith(frame)


@pytest.mark.parametrize("text", [
    "Putin is a genius.",  # plain praise stays praise
    "I think Putin is a genius.",
    "A narrative that is everywhere is silly, but Putin is a genius.",
])
def test_plain_claims_are_not_mocked(text):
    row = _one(text)["Putin"]
    assert row.label == "favor" and "mockery" not in row.cue


@pytest.mark.parametrize("text, actor, label, frame", [
    ("You buy the Russian line that Ukrainians are Nazis?", "Ukraine", "favor", "line"),
    ("The propaganda that Putin is a genius is everywhere.", "Putin", "against", "propaganda"),
    ("It is a fairy tale that Putin is a genius.", "Putin", "against", "fairy"),
    ("These bombs help Russia make its PR case that Ukraine is a bad actor.", "Ukraine", "favor",
     "case"),
    ("There is no proof that Russia was the aggressor.", "Russia", "favor", "proof"),
    ("Do you have any evidence that Russia blew up the dam?", "Russia", "favor", "evidence"),
    ("You actually believe Putin is a genius.", "Putin", "against", "believe"),
    ("People who think Putin is a genius should read more.", "Putin", "against", "think"),
    ("You think Putin is a genius?", "Putin", "against", "think"),
    ("If you think Putin is a genius, you are not paying attention.", "Putin", "against", "think"),
])
def test_claim_inside_a_derided_claim_or_belief_is_rejected(text, actor, label, frame):
    row = _one(text)[actor]
    assert row.label == label and row.cue.endswith(", mockery")
    assert row.evidence.startswith(frame)


@pytest.mark.parametrize("text, actor", [
    ("They think Putin is a genius.", "Putin"),
    ("Russia thinks Ukraine is weak.", "Ukraine"),
    ("Putin believes Ukraine is a fake country.", "Putin"),  # the holder takes no tone from it
])
def test_plain_belief_of_a_third_party_is_reported(text, actor):
    row = _one(text)[actor]
    assert row.label == "neutral" and row.cue == "reported speech"


def test_derided_belief_of_an_actor_is_rejected():
    row = _one("Putin actually believes Ukraine is weak.")["Ukraine"]
    assert row.label == "favor" and row.cue.endswith(", mockery")


@pytest.mark.parametrize("text, actor, label", [
    ("I think Putin is a genius.", "Putin", "favor"),  # the writer's own belief
    ("Do you think Putin is a genius?", "Putin", "favor"),  # a genuine question (weighs half)
    ("We have proof that Russia was the aggressor.", "Russia", "against"),  # proof given
    ("The claims that Russia is the aggressor are true.", "Russia", "against"),  # no derision
    ("You actually believe Putin is a genius, but Ukraine is brave.", "Ukraine", "favor"),
    # the holder's own finding is not inside the claim
    ("The evil Putin spread the lie that Ukraine is weak.", "Putin", "against"),
])
def test_claims_not_rejected(text, actor, label):
    row = _one(text)[actor]
    assert row.label == label and "mockery" not in row.cue


def test_victim_inside_a_rejected_claim_keeps_its_reading():
    # denying that Russia invaded Ukraine clears Russia; Ukraine is not blamed for it
    rows = _one("You actually believe Russia invaded Ukraine?")
    assert rows["Russia"].label == "favor" and rows["Ukraine"].cue == "victim of attack"


def test_question_answered_no_denies_its_claim():
    row = _one("Putin is a genius? Hardly.")["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery")
    assert row.evidence == "Putin is a genius? Hardly"


@pytest.mark.parametrize("text", [
    "Putin is a genius? Yes.",  # confirmed, not denied
    "Putin is a genius? No doubt he is clever.",  # a longer answer is no plain "no"
])
def test_question_not_answered_no_is_not_mocked(text):
    row = _one(text)["Putin"]
    assert row.label == "favor" and "mockery" not in row.cue


@pytest.mark.parametrize("text, actor, evidence", [
    ("Is Putin a genius?", "Putin", "Putin a genius"),  # an auxiliary opens the question
    ("Will Putin win?", "Putin", "Putin win"),
    ("So is Russia losing?", "Russia", "Russia losing"),
    ("Is the West weak?", "the West", "the West weak"),  # the mention's own determiner
    ("Russia will win?", "Russia", "Russia will win"),  # a declarative question
    ("Russia has the right to defend itself?", "Russia", "Russia has the right"),
    ("Russia won't win?", "Russia", "Russia won't win"),  # a negation is asked too
    ("Russia is strong, but is Putin a fool?", "Putin", "Putin a fool"),
    ("Russia will win or is winning?", "Russia", "Russia will win"),  # one subject for both verbs
])
def test_predicate_of_a_yes_no_question_is_asked(text, actor, evidence):
    row = _one(text)[actor]
    assert row.label == "neutral" and row.cue == "asked" and row.evidence == evidence


@pytest.mark.parametrize("text, actor, label", [
    ("Isn't Putin a genius?", "Putin", "favor"),  # a negated auxiliary asks rhetorically
    ("Putin is a genius, right?", "Putin", "favor"),  # a tag seeks agreement: asserted
    ("Putin is a liar, isn't he?", "Putin", "against"),
    ("Putin didn't win, did he?", "Putin", "against"),
    ("Putin is a genius or what?", "Putin", "favor"),
    ("Putin is a genius? Yeah.", "Putin", "favor"),  # answered "yes" at once: asserted
    ("Russia can't win, do you think they will try again?", "Russia", "against"),  # its own clause
    ("Russia is strong, but is Putin a fool?", "Russia", "favor"),  # asserted before the question
    ("Why is Russia so weak?", "Russia", "against"),  # a wh- question takes the weakness as given
    ("Russia is weak. Is Russia weak?", "Russia", "against"),  # the assertion in the comment decides
])
def test_not_asked_or_asserted_elsewhere(text, actor, label):
    row = _one(text)[actor]
    assert row.label == label and row.cue != "asked"


def test_asked_predicate_still_mocked_by_a_plain_no():
    row = _one("Is Putin a genius? Nope.")["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery")


@pytest.mark.parametrize("text, evidence", [
    ("So much for the second best army in the world.", "second best army"),
    ("Eighteen months into their 3-day special operation.", "3-day special operation"),
    ("They were going to take Kyiv in three days.", "Kyiv in three days"),
])
def test_mocking_memes_about_russias_army(text, evidence):
    out = score_stance(pd.DataFrame({"text": [text]}), load_actors())
    row = out.set_index("actor").loc["Russia"]
    assert row.label == "against" and row.cue == "derogatory term" and row.evidence == evidence


def test_plain_army_praise_is_no_meme():
    out = score_stance(pd.DataFrame({"text": ["Russia has the best army in the world."]}),
                       load_actors())
    assert out.set_index("actor").loc["Russia"].label == "favor"


@pytest.mark.parametrize("text, evidence", [
    ("Putin is doing great lol", "Putin is doing great lol"),
    ("Putin is a genius, hahahaha.", "Putin is a genius, hahahaha"),
])
def test_praise_followed_by_laughter_is_mocked(text, evidence):
    row = _one(text)["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery") and row.evidence == evidence


def test_laughter_mocks_both_sides_of_a_claim():
    rows = _one("Ukraine is part of Russia, lmao.")
    assert rows["Russia"].label == "against" and rows["Ukraine"].label == "favor"
    assert rows["Russia"].cue == "claimed territory, mockery"


@pytest.mark.parametrize("text, label", [
    ("Putin is a liar lol", "against"),  # laughter after blame sharpens the blame
    ("Putin is doing great.", "favor"),  # plain praise
    ("Putin is doing great and his plan works well, I read it today lol", "favor"),  # too far
])
def test_laughter_does_not_flip_blame_or_distant_praise(text, label):
    row = _one(text)["Putin"]
    assert row.label == label and "mockery" not in row.cue


@pytest.mark.parametrize("text, evidence", [
    ("Putin is doing a great job with those strikes, huh?",
     "Putin is doing a great job with those strikes, huh"),
    ("Putin is a real genius huh.", "Putin is a real genius huh"),
    ("Putin is a genius 🤡", "Putin is a genius 🤡"),  # the clown mocks like laughter
])
def test_praise_under_a_mocking_tag_is_mocked(text, evidence):
    row = _one(text)["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery") and row.evidence == evidence


@pytest.mark.parametrize("text, label", [
    ("Uh huh, Putin is doing great.", "favor"),  # "uh huh" opening the sentence is no tag
    ("Putin is a liar, huh?", "against"),  # a tag after blame leaves it
    ("Huh? Putin is doing great.", "favor"),  # not closing the praise's sentence
    ("Putin is doing great, you know that right?", "favor"),  # "right?" confirms as often
])
def test_no_mocking_tag(text, label):
    row = _one(text)["Putin"]
    assert row.label == label and "mockery" not in row.cue


@pytest.mark.parametrize("text, evidence", [
    ('Putin is a "peaceful" leader.', 'Putin is a "peaceful"'),
    ('The idea of Putin being such a "great leader" is laughable.', 'Putin being such a "great leader"'),
    ('The towns that Putin "liberates" are in ruins.', 'Putin "liberates"'),
])
def test_praise_in_scare_quotes_is_mocked(text, evidence):
    row = _one(text)["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery") and row.evidence == evidence


@pytest.mark.parametrize("text", [
    'Putin said "we are winning".',  # quoted speech
    'Putin was never a "friend" of ours.',  # a negation between
    'Putin dreams of a "Greater Russia".',  # the quote holds a mention
    'Putin is a "dictator".',  # no praise in the quotes
    'The "peaceful" protesters met Putin.',  # the praise is not said of the mention
])
def test_scare_quotes_without_mocked_praise(text):
    assert "mockery" not in _one(text)["Putin"].cue


@pytest.mark.parametrize("text, label", [
    ("Let me guess, Putin was a great leader back then too.", "against"),
    ("Let me guess. Putin is the good guy here.", "against"),  # a bare marker mocks what follows
    ("Putin lost again. Let me guess.", "against"),  # ... not what comes before it
])
def test_let_me_guess_mocks_the_claim_after_it(text, label):
    row = _one(text)["Putin"]
    assert row.label == label
    assert ("sarcasm" in row.cue) == (not text.startswith("Putin lost"))


def test_mockery_and_sarcasm_flip_once():
    # a claim framed as false in a sentence with a sarcasm marker is flipped once, not back again
    row = _one("Stop pretending that Putin is a genius /s")["Putin"]
    assert row.label == "against" and row.cue.endswith(", mockery")


def test_free_of_an_actor_is_against_it():
    assert _one("Ukraine voted to be free of Russia.")["Russia"].label == "against"
    assert _one("Free Ukraine!")["Ukraine"].label == "favor"


@pytest.mark.parametrize("text", [
    "They were reclaiming it from the invaders of Russia.",
    "We must expel the fascist aggressor which is Russia.",
])
def test_agent_nouns_name_the_attacker(text):
    row = _one(text)["Russia"]
    assert (row.label, row.cue) == ("against", "attack by actor")


def test_invaded_nobody_is_a_denial():
    row = _one("Ukraine invaded nobody.")["Ukraine"]
    assert row.label == "favor" and row.cue == "negation"


def test_place_between_agent_and_deed():
    rows = _one("Russia is in Ukraine killing people.", [RUSSIA_OPP, UKRAINE_OPP])
    assert (rows["Russia"].label, rows["Russia"].cue) == ("against", "attack by actor")
    assert rows["Ukraine"].label == "favor"  # the opposite of the stance toward its opponent


@pytest.mark.parametrize("text", ["Ukraine did it.", "Russia didn't blow up the dam. Ukraine did."])
def test_shifted_guilt(text):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == ("against", "shifted guilt")


@pytest.mark.parametrize("text", ["If Ukraine did it, we would know.", "Did Ukraine do it?",
                                  "Ukraine did well.", "They acted aghast when Ukraine did it."])
def test_no_shifted_guilt(text):
    assert _one(text)["Ukraine"].cue != "shifted guilt"


@pytest.mark.parametrize("text, evidence", [
    ("Ukraine has blood on its hands.", "Ukraine has blood on its hands"),
    ("The blood is on Ukraine's hands.", "The blood is on Ukraine's hands"),
    ("Russia did not start it. That's on Ukraine's head.", "That's on Ukraine's head"),
    ("This is all on Ukraine, not on Russia.", "This is all on Ukraine"),
    ("It is on Ukraine.", "It is on Ukraine"),
])
def test_guilt_placed_by_idiom(text, evidence):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue, row.evidence) == ("against", "shifted guilt", evidence)


@pytest.mark.parametrize("text", ["The focus is on Ukraine.", "That's not on Ukraine.",
                                  "It's on Ukraine to decide.", "I put my money on Ukraine.",
                                  "Ukraine has blood donors lined up."])
def test_no_guilt_placed_by_idiom(text):
    assert _one(text)["Ukraine"].cue != "shifted guilt"



@pytest.mark.parametrize("text, actor, evidence", [
    ("Erdogan is playing both sides.", "Erdogan", "Erdogan is playing both sides"),
    ("Erdogan plays a double game with everyone.", "Erdogan", "Erdogan plays a double game"),
    ("Erdogan switched sides again.", "Erdogan", "Erdogan switched sides"),
    ("Erdogan is always backstabbing.", "Erdogan", "Erdogan is always backstabbing"),
    ("The West only cares about money.", "the West", "The West only cares about money"),
    ("The West cares only about its own interests.", "the West",
     "The West cares only about its own interests"),
    ("The West is in it for the money.", "the West", "The West is in it for the money"),
    ("The West is lining its own pockets.", "the West", "The West is lining its own pockets"),
    ("The West looks out only for itself.", "the West", "The West looks out only for itself"),
])
def test_idioms_of_duplicity_and_self_interest(text, actor, evidence):
    row = _one(text)[actor]
    assert (row.label, row.cue, row.evidence) == ("against", "predicate evaluation", evidence)


def test_idioms_of_duplicity_negated_and_their_victim():
    row = _one("Erdogan is not playing both sides.")["Erdogan"]
    assert (row.label, row.cue) == ("favor", "negation")
    rows = _one("Erdogan stabbed Russia in the back.")
    assert rows["Erdogan"].label == "against"
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text, agent, wronged", [
    ("The West abandoned Ukraine.", "the West", "Ukraine"),  # allies: no side taken from the agent
    ("The West stabbed Ukraine in the back.", "the West", "Ukraine"),
    ("The West threw Ukraine under the bus.", "the West", "Ukraine"),
    ("The West left Ukraine to die.", "the West", "Ukraine"),
    ("Erdogan sold out Russia.", "Erdogan", "Russia"),
    ("Erdogan sold Russia out.", "Erdogan", "Russia"),
])
def test_betrayal_of_a_named_party(text, agent, wronged):
    rows = _one(text)
    assert (rows[agent].label, rows[agent].cue) == ("against", "predicate evaluation")
    assert (rows[wronged].label, rows[wronged].cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text, evidence", [
    ("Erdogan has done a lot for Russia.", "Erdogan has done a lot for"),
    ("Erdogan has done so much for his people.", "Erdogan has done so much for"),
    ("Love him or hate him, Erdogan gets things done.", "Erdogan gets things done"),
    ("Erdogan delivered for Russia.", "Erdogan delivered for"),
])
def test_credit_idioms(text, evidence):
    row = _one(text)["Erdogan"]
    assert (row.label, row.cue, row.evidence) == ("favor", "credited", evidence)


@pytest.mark.parametrize("text", ["Erdogan has done a lot of damage to Russia.", "What has Erdogan done for Russia?",
                                  "Has Erdogan done a lot for Russia?", "Erdogan delivered missiles to Russia.",
                                  "If Erdogan delivers, fine."])
def test_no_credit_idiom(text):
    assert _one(text)["Erdogan"].cue != "credited"


@pytest.mark.parametrize("text", ["Russia abandoned its positions.", "Erdogan left Russia.",
                                  "Erdogan sold his shares."])
def test_no_betrayal_without_a_named_object(text):
    rows = _one(text)
    assert all(r.cue != "victim of attack" for r in rows.values())


@pytest.mark.parametrize("text, agent, wronged", [
    ("The West betrayed Ukraine.", "the West", "Ukraine"),  # an ally's deed: the victim is not blamed with it
    ("Ukraine was abandoned by the West.", "the West", "Ukraine"),  # the agent after "by" is blamed
    ("Ukraine has been betrayed by NATO.", "the West", "Ukraine"),
    ("Zelensky betrayed Ukraine.", "Zelensky", "Ukraine"),  # an affiliate's deed against its own actor
])
def test_ally_deed_leaves_the_victim_wronged(text, agent, wronged):
    rows = _one(text, load_actors())
    assert (rows[agent].label, rows[agent].cue) == ("against", "attack by actor")
    assert (rows[wronged].label, rows[wronged].cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text, actor, label", [
    ("The West betrayed Ukraine. Russia is great.", "Ukraine", "against"),  # another actor settles the side
    ("Russia invaded Ukraine.", "Ukraine", "favor"),  # a foe's deed: settled as before
    ("Russia was humiliated by Ukraine.", "Russia", "against"),  # a defeat, not a wrong: no agent blamed
])
def test_ally_deed_near_misses(text, actor, label):
    assert _one(text, load_actors())[actor].label == label


@pytest.mark.parametrize("text, agent, wronged", [
    ("Ukraine was sold out by the West.", "the West", "Ukraine"),  # passive idioms of betrayal
    ("Ukraine was stabbed in the back by NATO.", "the West", "Ukraine"),
    ("Ukraine was thrown under the bus by the West.", "the West", "Ukraine"),
    ("Ukraine was left to die by the West.", "the West", "Ukraine"),
    ("Ukraine has been left to its fate by the EU.", "the West", "Ukraine"),
    ("Russia was sold out by Erdogan.", "Erdogan", "Russia"),
])
def test_passive_betrayal_blames_the_agent(text, agent, wronged):
    rows = _one(text, load_actors())
    assert (rows[agent].label, rows[agent].cue) == ("against", "attack by actor")
    assert (rows[wronged].label, rows[wronged].cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text, actor", [
    ("Ukraine sold out by the West, they say.", "the West"),  # no auxiliary: no passive told
    ("Ukraine was not sold out by the West.", "the West"),  # denied
    ("If Ukraine is sold out by the West, we lose.", "Ukraine"),  # a condition asserts nothing
    ("He said Ukraine was sold out by the West.", "the West"),  # reported speech
    ("Ukraine was left alone by the West.", "the West"),  # no idiom of betrayal
    ("Ukraine was sold out by Russia's friends.", "Russia"),  # the friends' deed, not Russia's
])
def test_passive_betrayal_near_misses(text, actor):
    assert _one(text, load_actors())[actor].cue != "attack by actor"


@pytest.mark.parametrize("text, agent, wronged", [
    ("Ukraine got invaded by Russia.", "Russia", "Ukraine"),  # "get" as a passive auxiliary
    ("Ukraine got betrayed by the West.", "the West", "Ukraine"),
    ("Ukraine got sold out by the West.", "the West", "Ukraine"),  # the idioms of betrayal too
    ("Ukraine is getting bombed by Russia every night.", "Russia", "Ukraine"),
    ("Ukraine gets stabbed in the back by NATO.", "the West", "Ukraine"),
    ("Erdogan got betrayed by Putin.", "Putin", "Erdogan"),
])
def test_get_passive_reads_as_be_passive(text, agent, wronged):
    rows = _one(text, load_actors())
    assert (rows[agent].label, rows[agent].cue) == ("against", "attack by actor")
    assert (rows[wronged].label, rows[wronged].cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text, actor", [
    ("Ukraine got weapons from the West.", "Ukraine"),  # possession, no participle
    ("Russia got tired of the war, by all accounts.", "Russia"),  # a changed state
    ("Ukraine got rich by selling grain.", "Ukraine"),  # an adjective
    ("Russia got the job done by winter.", "Russia"),  # an object first: active
    ("Ukraine got invaded.", "Ukraine"),  # no agent: left to the predicate
])
def test_get_passive_near_misses(text, actor):
    assert _one(text, load_actors())[actor].cue != "victim of attack"


@pytest.mark.parametrize("text", [
    "Ukraine gets its weapons for free.",  # supplies received: no evaluation of the receiver
    "Ukraine got weapons.",
    "Ukraine receives weapons from Europe.",
])
def test_received_supplies_evaluate_nobody(text):
    assert _one(text, load_actors())["Ukraine"].label == "neutral"


def test_received_evaluation_still_counts():
    assert _one("Ukraine received harsh criticism.", load_actors())["Ukraine"].label == "against"


def test_hanging_by_a_thread_is_no_betrayal():
    # "left hanging by a thread": no agent after "by", a narrow escape, not X wronged
    assert _one("Ukraine was left hanging by a thread.", load_actors())["Ukraine"].cue != "victim of attack"
    # near miss: an agent after "by" keeps the idiom of betrayal
    assert _one("Ukraine was left hanging by its allies.", load_actors())["Ukraine"].cue == "victim of attack"


@pytest.mark.parametrize("text", [
    "Ukraine was betrayed by Russia's allies.",  # the allies' deed, not Russia's
    "Ukraine was invaded by Russia's allies.",
    "Ukraine was abandoned by Russia's closest partners.",
    "Ukraine was betrayed by Russian allies.",  # a demonym before the relation noun
    "Ukraine was invaded by Russia's closest allies.",  # a word before the relation noun
    "Ukraine was attacked by Russia's new friends.",
])
def test_a_passive_agent_related_to_an_actor_is_not_the_actor(text):
    row = _one(text, load_actors())["Russia"]
    assert row.cue not in {"attack by actor", "victim of attack", "military success"}


@pytest.mark.parametrize("text", ["Ukraine was betrayed by Russia's army.",  # X's own forces stay X
                                  "Ukraine was invaded by Russia.", "Ukraine was betrayed by the Russians.",
                                  "Ukraine was invaded by Russia's brutal army."])
def test_a_passive_agent_owned_or_named_stays_the_actor(text):
    row = _one(text, load_actors())["Russia"]
    assert (row.label, row.cue) == ("against", "attack by actor")


@pytest.mark.parametrize("text, actor", [
    ("Putin said the West only cares about money.", "the West"),  # reported speech
    ("If Erdogan is playing both sides, we will know soon.", "Erdogan"),  # a condition
    ("The West doesn't only care about money.", "the West"),  # "not only", no denial
    ("The West only cares about Ukraine.", "the West"),  # a named party, no self-interest
    ("Erdogan is playing chess.", "Erdogan"),
    ("Erdogan switched off the lights.", "Erdogan"),
])
def test_no_idiom_of_duplicity(text, actor):
    row = _one(text)[actor]
    assert row.cue not in {"predicate evaluation", "negation"}

def test_graft_words_evaluate():
    row = _one("Ukraine is as crooked as Russia.")["Ukraine"]
    assert row.label == "against"
    assert _one("Ukraine is a parasitic state.")["Ukraine"].label == "against"


def test_agent_after_by_with_modifiers():
    row = _one("The tanker got blown up by a trash Russian junk helicopter.")["Russia"]
    assert (row.label, row.cue) == ("against", "attack by actor")


def test_a_possessive_after_an_aggression_noun_is_no_victim():
    rows = _one("Russia lies every day. Lying is their only language.", [RUSSIA_OPP, UKRAINE_OPP])
    assert rows["Russia"].cue != "victim of attack"


def test_winning_verbs_and_their_negation():
    assert _one("Ukraine cannot defeat Russia.")["Ukraine"].label == "against"
    assert _one("Russia defeated the Patriot systems.")["Russia"].label == "favor"


def test_counterfactual_negation_asserts_the_attack():
    row = _one("If Russia didn't invade Ukraine, we wouldn't be here.")["Russia"]
    assert (row.label, row.cue) == ("against", "attack by actor")
    assert _one("Russia didn't invade Ukraine.")["Russia"].label == "favor"


def test_attitudes_of_the_actor_are_no_evaluation():
    assert _one("Russia won't trust anyone again.")["Russia"].cue not in {"negation",
                                                                           "predicate evaluation"}
    assert _one("Russia has nothing to win.")["Russia"].cue == "denied motive"


@pytest.mark.parametrize("text", [
    "Suppose Russia wins the war.", "Supposing Russia wins, what then?",
    "Assuming Russia wins the war, Europe is next.", "Imagine Russia wins.",
    "If Russia wins the war, Europe is next.", "What if Russia wins the battle?",
])
def test_a_supposed_case_is_no_evaluation_of_its_subject(text):
    row = _one(text)["Russia"]
    assert row.cue not in {"predicate evaluation", "local sentiment"}
    assert row.label != "against"


@pytest.mark.parametrize("text, label", [
    ("Russia wins the war.", "favor"),  # asserted, not supposed
    ("Russia won praise for the deal.", "favor"),  # what X undergoes, outside a condition
    ("Russia faced a harsh backlash.", "against"),
    ("I suppose the war is over; Russia is losing badly.", "against"),  # another clause
])
def test_near_misses_of_a_supposed_case_keep_their_evaluation(text, label):
    assert _one(text)["Russia"].label == label


def test_condition_a_few_words_before_the_subject():
    row = _one("If you think Russia is losing, you are not paying attention.")["Russia"]
    assert row.cue != "predicate evaluation"


def test_advocacy_in_a_condition_or_a_belief_clause():
    row = _one("If we don't fight Russia in Ukraine, we'll be fighting them at home.")["Russia"]
    assert row.cue != "defence"
    assert _one("I believe Ukraine is done.")["Ukraine"].cue != "defence"
    assert _one("I believe Ukraine.")["Ukraine"].cue == "defence"
    assert _one("Don't fight Russia.")["Russia"].label == "favor"


@pytest.mark.parametrize("text, actor", [
    ("Propaganda from Russia is everywhere.", "Russia"),
    ("Look at the growing amount of lies coming from Ukraine.", "Ukraine"),
])
def test_the_source_of_lies_is_blamed(text, actor):
    row = _one(text)[actor]
    assert (row.label, row.cue) == ("against", "attack by actor")


def test_weapons_given_as_aid():
    row = _one("Stop giving cluster bombs to Ukraine.")["Ukraine"]
    assert (row.label, row.cue) == ("against", "aid to actor")


@pytest.mark.parametrize("text, actor", [
    ("Get Russia out of Ukraine.", "Russia"),
    ("Russia needs to leave Ukraine.", "Russia"),
    ("The best way is for Russia to get out of all of Ukraine.", "Russia"),
    ("Russia leaving Ukraine would make things right.", "Russia"),
    ("Putin, get out of Ukraine!", "Putin"),
])
def test_withdrawal_demands(text, actor):
    row = _one(text)[actor]
    assert (row.label, row.cue) == ("against", "told to withdraw")


def test_the_place_left_is_the_victim():
    row = _one("Get out of Ukraine.")["Ukraine"]
    assert (row.label, row.cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text", [
    "Putin should withdraw his soldiers from Ukraine.",
    "We must remove the Russian army from Ukraine.",
    "Russian forces leaving Ukraine is the only path to peace.",
    "Russia can leave the rest of Ukraine whenever it likes.",
    "Russia has to be ejected from Ukraine.",
    "Their expulsion from Ukraine will take years.",
])
def test_the_place_an_intruder_is_evicted_from_is_the_victim(text):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == ("favor", "victim of attack")


@pytest.mark.parametrize("text, actor", [
    ("The US should withdraw its support from Ukraine.", "Ukraine"),  # aid withdrawn: no eviction
    ("Europe removed tariffs from Ukraine.", "Ukraine"),
    ("The EU withdrew its ambassadors from Russia.", "Russia"),
    ("I drove from Ukraine to Poland.", "Ukraine"),  # a trip
    ("Many Ukrainians are leaving Ukraine.", "Ukraine"),  # its own people: no intruder
])
def test_near_misses_of_the_evicted_place(text, actor):
    assert _one(text)[actor].cue != "victim of attack"


@pytest.mark.parametrize("text, place", [
    ("Putin kicked Ukrainian refugees from Russia.", "Russia"),  # people evicted are the victims
    ("Putin kicked the refugees out of Russia.", "Russia"),
    ("Russia expelled ethnic Ukrainians from Crimea and Russia.", "Russia"),
    ("Ukraine removed Russian citizens from Ukraine.", "Ukraine"),
])
def test_people_evicted_leave_no_victim_place(text, place):
    assert _one(text)[place].label != "favor"


def test_the_people_test_of_an_eviction_looks_inside_the_clause():
    # "out of Y" opening the clause: no token before "out" (the last token, "refugees", is no
    # word before it); the same as with any other last word
    for last in ("refugees", "soldiers"):
        assert _one(f"Out of Ukraine fled the {last}")["Ukraine"].cue == "victim of attack"


@pytest.mark.parametrize("text", [
    "Ukraine removed Russian troops from Ukraine.",  # near miss: intruders evicted, the place wronged
    "Putin must remove his soldiers from Ukraine.",
])
def test_intruders_evicted_still_leave_a_victim_place(text):
    assert _one(text)["Ukraine"].cue == "victim of attack"


@pytest.mark.parametrize("text", [
    "Ukraine will expel Russia from Ukraine.",  # an intruder driven out of X's own land
    "Ukraine will expel the Russians from Ukrainian land.",
    "Ukraine must expel the invaders from its own territory.",
    "Ukraine expelled the Russians from Ukraine.",  # the verb's tone is no evaluation of X either
])
def test_expelling_an_intruder_from_its_own_land_is_no_wrong(text):
    row = _one(text)["Ukraine"]
    assert row.label != "against"


@pytest.mark.parametrize("text", [
    "Russia expelled the refugees from Russia.",  # people evicted: a harm
    "Russia will expel Ukraine from Crimea.",  # not the subject's own land by name
    "Russia expelled the people of Ukraine from Russia.",  # "people" is no determiner of an intruder
])
def test_expelling_from_elsewhere_or_people_stays_against(text):
    assert _one(text)["Russia"].label == "against"


@pytest.mark.parametrize("text", [
    "Trump wants to withdraw from NATO.",
    "Remove Turkey from NATO.",
    "Turkey should leave NATO.",
    "Kick Turkey out of NATO.",
    "Britain's withdrawal from the EU was a mistake.",
])
def test_a_group_left_is_no_place_left(text):
    # an alliance or a union one leaves is no occupied place: no victim of attack
    assert _one(text, load_actors())["the West"].cue != "victim of attack"


def test_a_country_left_after_a_group_is_still_the_victim():
    # near miss of the above: the place left is a country, the group only a bystander
    row = _one("NATO must help remove Russia from Ukraine.", load_actors())["Ukraine"]
    assert row.cue == "victim of attack"


@pytest.mark.parametrize("text", ["They blew up the plant as Russia retreats.",
                                  "There can be elections once Russia leaves."])
def test_the_time_of_a_withdrawal_is_no_demand(text):
    assert _one(text)["Russia"].cue != "told to withdraw"


@pytest.mark.parametrize("text", ["No wonder Russia is stomping Ukraine.", "Russia is grinding down Ukraine."])
def test_trouncing_the_enemy_is_winning(text):
    rows = _one(text, [RUSSIA_OPP, UKRAINE_OPP])
    assert rows["Russia"].label == "favor" and rows["Ukraine"].label == "against"


@pytest.mark.parametrize("text", ["Let Russia finish cleaning Ukraine.", "Now time Russia smash Ukraine."])
def test_more_wished_attacks(text):
    rows = _one(text)
    assert (rows["Russia"].label, rows["Russia"].cue) == ("favor", "wished attack")
    assert rows["Ukraine"].label == "against"


def test_statehood_denied_by_a_modifier_and_territory_kept():
    assert _one("Ukraine is a quasi country.")["Ukraine"].label == "against"
    assert _one("Ukraine is not a fake country.")["Ukraine"].label == "favor"
    rows = _one("Ukraine should have stayed part of Russia.")
    assert rows["Russia"].label == "favor" and rows["Ukraine"].label == "against"


# ------------------------------------------------------------------ local sentiment (rule 12)
def _labels(text, actors=(RUSSIA, UKRAINE, PUTIN)):
    return {a: (r.label, r.cue) for a, r in _one(text, list(actors)).items()}


@pytest.mark.parametrize("text, actor", [
    ("What the fuck is Ukraine supposed to do now?", "Ukraine"),
    ("I don't give a damn about Russia.", "Russia"),
])
def test_expletive_intensifiers_evaluate_nobody(text, actor):
    assert _labels(text)[actor][0] == "neutral"


def test_expletive_in_a_withdrawal_demand_leaves_the_demand():
    # "the hell" is no insult to Ukraine; the demand to get out makes it the victim
    assert _labels("Just get the hell out of Ukraine.")["Ukraine"] == ("favor", "victim of attack")


@pytest.mark.parametrize("text, actor", [
    ("Damn Russia.", "Russia"),
    ("Putin is a piece of shit.", "Putin"),
])
def test_expletives_said_of_an_actor_still_count(text, actor):
    assert _labels(text)[actor][0] == "against"


@pytest.mark.parametrize("text", [
    "This war has been a disaster for Ukraine.",
    "Their goal is the total destruction of Ukraine.",
    "So much death in Ukraine.",
    "He wrote a nasty smear on Ukraine.",
    "The invasion of Ukraine began in February.",
    "The report lists atrocities in Ukraine.",
    "Ukraine's missing children are still being searched for.",
    "The film shows Ukraine's dead and wounded.",
    "They would fight to the last dead Ukrainian.",
    "A lone Ukrainian soldier held the trench.",
])
def test_harm_that_befalls_an_actor_is_no_hostility(text):
    assert _labels(text)["Ukraine"][0] != "against"


def test_harm_done_to_an_actor_still_blames_the_doer():
    assert _labels("Russia's invasion of Ukraine is a crime.")["Russia"][0] == "against"
    assert _labels("Belarus can assault Ukraine's northern border.")["Ukraine"][0] == "favor"
    assert _labels("Russia assaulted the town.")["Russia"][0] == "against"
    assert _labels("Shame on Russia.")["Russia"][0] == "against"
    # the words of X's people's suffering are left out near X (the sentence's tone still counts)
    assert _labels("We saw Ukraine's pain and suffering.")["Ukraine"][1] != "local sentiment"


@pytest.mark.parametrize("text", [
    "Ukraine is a disaster.",
    "The corruption in Ukraine is shocking.",
    "Ukraine is dead wrong about this.",
    "Ukraine's lies are pathetic.",
])
def test_faults_of_an_actor_stay_against_it(text):
    assert _labels(text)["Ukraine"][0] == "against"


def test_words_of_a_conditional_clause_say_nothing_of_its_subject():
    assert _labels("If Ukraine loses, the whole of Europe is next.")["Ukraine"][0] == "neutral"
    assert _labels("Unless Ukraine gets help, it's over.")["Ukraine"][1] != "local sentiment"
    assert _labels("Russia is corrupt, if you ask me.")["Russia"][0] == "against"


@pytest.mark.parametrize("text", ["Ukraine wants it more.", "Russia cares about one thing."])
def test_feelings_of_an_actor_are_no_local_sentiment(text):
    assert all(cue != "local sentiment" for _, cue in _labels(text).values())


def test_love_said_by_the_commenter_still_favors():
    assert _labels("I love Ukraine.")["Ukraine"][0] == "favor"


@pytest.mark.parametrize("text", [
    "Give them what they need to win against Russia.",
    "Finland won independence from Russia.",
    "Anything is better than Russia.",
])
def test_what_opposes_escapes_or_surpasses_an_actor_speaks_against_it(text):
    assert _labels(text)["Russia"] == ("against", "local sentiment")


@pytest.mark.parametrize("text, actor", [
    ("Putin is smarter than all the leaders of the West combined.", "the West"),
    ("Putin is far braver than any US politician.", "the West"),
    ("Turkey deserves better than Erdogan.", "Erdogan"),
    ("Ukraine deserves better than the Russians.", "Russia"),
])
def test_the_standard_of_a_favourable_comparison_is_spoken_against(text, actor):
    # the comparative belongs to the standard after "than" (flipped), even with the
    # subject as near and a quantifier before the standard
    assert _one(text, ACTORS)[actor].label == "against"


def test_a_quantified_standard_shares_an_unfavourable_comparison():
    row = _one("Putin is worse than all the leaders of the West combined.", ACTORS)["the West"]
    assert (row.label, row.cue) == ("against", "shared evaluation")


def test_a_mention_between_the_comparative_and_than_keeps_it():
    # "more embarrassing for Russia than Ukraine": the word is Russia's, not the standard's
    assert _one("It is more embarrassing for Russia than Ukraine.", [RUSSIA, UKRAINE])[
        "Ukraine"].cue != "local sentiment"


@pytest.mark.parametrize("text, actor", [
    ("Erdogan is no friend of Russia.", "Russia"),
    ("Erdogan is a good friend of the Ukrainians.", "Ukraine"),
    ("Erdogan is a bitter enemy of Ukraine.", "Ukraine"),
    ("Erdogan is a true friend to Russia.", "Russia"),
])
def test_a_relation_noun_before_of_or_to_tells_a_relation_not_the_actors_worth(text, actor):
    assert _one(text, ACTORS)[actor].label == "neutral"


def test_a_feeling_with_an_actor_and_words_after_a_relation_still_count():
    assert _one("Erdogan is angry with Russia.", ACTORS)["Russia"].label == "against"
    assert _one("The friends of Ukraine are great people.", ACTORS)["Ukraine"].label == "favor"


def test_what_comes_from_an_actor_keeps_its_valence():
    assert _labels("Help from Russia never came.")["Russia"][0] != "against"


def test_adverbs_of_the_writers_certainty_evaluate_nobody():
    # ("Russia will run out of men" is a setback: "defeat")
    assert _labels("I honestly think Russia will talk to them.")["Russia"][0] == "neutral"
    assert _labels("Russia is truly evil.")["Russia"][0] == "against"


@pytest.mark.parametrize("text", [
    "They would give Russia a second chance.",
    "Russia will use this as an opportunity to grab more land.",
    "Russia won't risk a war with NATO.",
])
def test_words_of_likelihood_evaluate_nobody(text):
    assert _labels(text)["Russia"][0] == "neutral"


def test_words_of_likelihood_leave_the_defeat_and_the_other_words():
    assert _labels("Russia has no chance.")["Russia"] == ("against", "defeat")
    assert _labels("Ukraine has a real chance to win.")["Ukraine"][0] == "favor"  # ("win")


def test_a_word_as_near_to_two_actors_belongs_to_neither():
    rows = _labels("Russia hurt Ukraine.")
    assert rows["Russia"][1] != "local sentiment" and rows["Ukraine"][1] != "local sentiment"
    # the nearer mention keeps the word
    assert _labels("Russia is brave, Ukraine.")["Russia"][0] == "favor"


@pytest.mark.parametrize("text", ["Interesting that Russia did this now.",
                                  "It is amazing how Russia does it."])
def test_main_clause_words_are_not_said_of_the_subject_of_a_that_clause(text):
    assert _labels(text)["Russia"][1] != "local sentiment"


def test_a_modifier_right_before_the_actor_stays_its_own():
    assert _labels("Great Russia does it again.")["Russia"] == ("favor", "local sentiment")


@pytest.mark.parametrize("text", ["The only countries that help Russia are dictatorships.",
                                  "Ukraine allowed Russia to take Crimea."])
def test_a_third_partys_act_toward_an_actor_is_no_local_sentiment(text):
    assert _labels(text)["Russia"][1] != "local sentiment"


def test_the_commenters_own_support_still_favors():
    assert _labels("We must help Ukraine.")["Ukraine"][0] == "favor"


# ------------------------------------------------------------------ what is merely reported
@pytest.mark.parametrize("text, actor", [
    ("The United States knows that Russia is evil.", "Russia"),
    ("Baltic states know that Russia is evil.", "Russia"),
    ("The minister calls for talks, but Russia is evil.", "Russia"),
    ("I'd say Russia is evil.", "Russia"),
    ("It is safe to say that Russia is evil.", "Russia"),
    ("His claims about Ukraine aside, Russia is evil.", "Russia"),
])
def test_reporting_words_that_report_nobody_leave_the_stance(text, actor):
    row = _one(text)[actor]
    assert row.cue != "reported speech" and row.label == "against"


@pytest.mark.parametrize("text", ["The minister said that Russia is evil.",
                                  "The minister states that Russia is evil.",
                                  "They claim Russia is evil.",
                                  "Strelkov called Putin a traitor."])
def test_third_party_reports_stay_neutral(text):
    rows = _one(text)
    actor = "Putin" if "Putin" in text else "Russia"
    assert rows[actor].cue == "reported speech" and rows[actor].label == "neutral"


@pytest.mark.parametrize("text, actor", [
    ("It is claimed that Russia stole thousands of children.", "Russia"),
    ("It was said that Russia is evil.", "Russia"),
    ("Russia is evil, according to most historians.", "Russia"),
    ("I didn't say Russia is evil.", "Russia"),
])
def test_relayed_claims_without_a_speaker_are_the_commenters(text, actor):
    assert _one(text)[actor].cue != "reported speech"


@pytest.mark.parametrize("text, actor", [
    ("Russia's alleged crimes are evil and disgusting.", "Russia"),
    ("Fresh reports of Ukraine shelling civilians keep coming.", "Ukraine"),
    ("Russia lies every day, it's called propaganda.", "Russia"),
])
def test_participles_nouns_and_names_are_no_report(text, actor):
    row = _one(text)[actor]
    assert row.cue != "reported speech" and row.label == "against"


@pytest.mark.parametrize("text, actor", [
    ("Lavrov stated Russia is a brutal, evil liar.", "Russia"),
    ("Lavrov reports Ukraine shelling civilians.", "Ukraine"),
    ("Russia lies every day, Biden called it propaganda.", "Russia"),
])
def test_participle_noun_and_name_near_misses_stay_reported(text, actor):
    row = _one(text)[actor]
    assert row.cue == "reported speech" and row.label == "neutral"


@pytest.mark.parametrize("text, actor, label", [
    ("You never said that when Russia invaded Ukraine.", "Russia", "against"),
    ("As you claim, Russia is the aggressor.", "Russia", "against"),
    ("Have you said a word about Russia's war crimes?", "Russia", "against"),
    ("You can't just say Russia is evil.", "Russia", "against"),
])
def test_the_addressees_words_argued_with_are_the_commenters_voice(text, actor, label):
    row = _one(text)[actor]
    assert row.cue != "reported speech" and row.label == label


@pytest.mark.parametrize("text", ["You said Russia is the aggressor.",
                                  "You claim that Russia is evil."])
def test_a_plain_report_of_the_addressees_claim_stays_reported(text):
    row = _one(text)["Russia"]
    assert row.cue == "reported speech" and row.label == "neutral"


@pytest.mark.parametrize("text, actor, label", [
    ("Ok, say it: Russia is evil.", "Russia", "against"),
    ("Drop the spin and instead say Russia is a liar.", "Russia", "against"),
    ("So, say that Ukraine is brave.", "Ukraine", "favor"),
])
def test_the_writers_imperative_to_say_is_the_writers_assertion(text, actor, label):
    row = _one(text)[actor]
    assert row.cue != "reported speech" and row.label == label


@pytest.mark.parametrize("text", ["Russia is evil, say officials.", "They say Russia is evil.",
                                  "Russia is evil, they claim."])
def test_a_base_say_with_a_speaker_stays_reported(text):
    row = _one(text)["Russia"]
    assert row.cue == "reported speech" and row.label == "neutral"


def test_a_claim_foretold_is_a_pretext_the_writer_disputes():
    rows = _one("Russia will then claim Ukraine is the terrorist.")
    assert rows["Russia"].label == "against" and rows["Russia"].cue == "predicted pretext"
    assert rows["Russia"].evidence == "Russia will then claim"
    assert rows["Ukraine"].label == "favor" and rows["Ukraine"].cue.endswith(", predicted pretext")
    row = _one("They'll probably say Ukraine is the terrorist.")["Ukraine"]
    assert row.label == "favor" and row.cue.endswith(", predicted pretext")


@pytest.mark.parametrize("text", ["Russia won't claim Ukraine is the terrorist.",
                                  "Will Russia claim Ukraine is the terrorist?",
                                  "If Russia will claim Ukraine is the terrorist, so be it.",
                                  "I wonder what Russia will say Ukraine is.",
                                  "Russia claims Ukraine is the terrorist."])
def test_no_pretext_when_negated_asked_supposed_or_plainly_reported(text):
    rows = _one(text)
    assert "predicted pretext" not in {r.cue for r in rows.values()}
    assert rows["Ukraine"].label == "neutral"


@pytest.mark.parametrize("text", ["You can't trust Russia.", "You cannot believe Russia.",
                                  "You should never trust Russia."])
def test_generic_you_distrust_is_the_writers(text):
    row = _one(text)["Russia"]
    assert row.label == "against" and row.cue == "distrust"


@pytest.mark.parametrize("text", ["You trust Russia.", "You don't trust Russia."])
def test_the_addressees_trust_stays_reported(text):
    row = _one(text)["Russia"]
    assert row.label == "neutral"


def test_a_passive_report_with_its_speaker_stays_reported():
    row = _one("Russia was accused by the minister of being evil.")["Russia"]
    assert row.cue == "reported speech" and row.label == "neutral"


def test_according_to_a_party_of_the_conflict_stays_its_claim():
    row = _one("Russia is losing a million men a day, according to Ukraine.")["Russia"]
    assert row.cue == "reported speech" and row.label == "neutral"


@pytest.mark.parametrize("text", ["Russia has been dropping cluster munitions for months.",
                                  "Russia uses white phosphorus.",
                                  "Russia's use of cluster munitions goes on.",
                                  "Cluster munitions? Russia has been using them since day one."])
def test_using_a_banned_weapon_is_a_charge_against_the_user(text):
    assert _labels(text)["Russia"] == ("against", "banned weapon")


@pytest.mark.parametrize("text", ["Ukraine will use cluster munitions carefully.",
                                  "Russia hasn't been using cluster munitions.",
                                  "Russia and Ukraine have been using cluster munitions.",
                                  "Russia is using them too.",  # no weapon named
                                  "Cluster bombs were sent to Russia."])
def test_a_plan_a_denial_or_a_shared_use_of_a_banned_weapon_is_no_charge(text):
    assert all(cue != "banned weapon" for _, cue in _labels(text).values())


@pytest.mark.parametrize("text", ["Why is Russia using them against Ukraine already?",
                                  "Russia has been using them on Ukrainians.",
                                  "Russia's army has been using them in Ukraine for a year.",
                                  "Russian forces keep dropping cluster munitions.",
                                  "Nobody speaks of Russia using cluster bombs in Kharkiv.",
                                  "Nobody complained about Russia's use of cluster munitions.",
                                  "They never mention #Russia dropping #ClusterBombs on Kharkiv.",
                                  "Ask whether Russia is using/has been using cluster munitions."])
def test_a_banned_weapon_used_on_a_place_or_after_a_preposition_is_a_charge(text):
    assert _labels(text)["Russia"] == ("against", "banned weapon")


@pytest.mark.parametrize("text", ["Is Russia using them in Ukraine?",  # a yes / no question
                                  "Russia is using them as cannon fodder.",  # no weapon, no target
                                  "Russia sent them to Ukraine."])
def test_a_pronoun_without_a_weapon_named_or_used_on_nothing_is_no_charge(text):
    assert _labels(text)["Russia"][1] != "banned weapon"


def test_a_denied_banned_weapon_use_is_favor():
    assert _labels("Russia has never used cluster munitions in Ukraine.")["Russia"] == (
        "favor", "denied guilt")


@pytest.mark.parametrize("text", ["If Ukraine was a NATO ally, Russia would not have invaded.",
                                  "Russia would never have invaded if Ukraine had kept its nukes.",
                                  "If Ukraine had kept its nukes Russia would never of attacked.",
                                  "We would be fine if the Russians hadn't invaded."])
def test_a_counterfactual_attack_is_asserted(text):
    assert _labels(text)["Russia"] == ("against", "attack by actor")


@pytest.mark.parametrize("text", ["Russia wouldn't have invaded if NATO hadn't expanded.",
                                  "Russia wouldn't have invaded if Ukraine had not shelled Donbas."])
def test_a_counterfactual_attack_undoing_a_wrong_is_justified(text):
    assert _labels(text)["Russia"] == ("favor", "justified attack")


def test_a_predicted_restraint_is_no_counterfactual():
    assert _labels("Russia would never invade Ukraine.")["Russia"][0] == "neutral"


@pytest.mark.parametrize("text", ["Russia started this war.", "The war Russia started goes on.",
                                  "It's Russia that started the conflict.",
                                  "In the end the Russians started it all."])
def test_the_one_who_started_the_war_is_the_attacker(text):
    assert _labels(text)["Russia"] == ("against", "attack by actor")


@pytest.mark.parametrize("text, actor, label", [("Ukraine didn't start the war.", "Ukraine", "favor"),
                                                ("Did Russia start the war?", "Russia", "neutral"),
                                                ("If Russia started it, we must respond.", "Russia",
                                                 "neutral"),
                                                ("Russia started the talks.", "Russia", "neutral"),
                                                ("Russia could start a war.", "Russia", "neutral")])
def test_a_denied_asked_or_other_start_is_no_attack(text, actor, label):
    assert _labels(text)[actor][0] == label


def test_they_after_a_list_of_names_is_not_the_listed_actor():
    text = "Russia is a menace. Georgia, Syria, Ukraine.... They clearly lied."
    assert _labels(text)["Ukraine"] == ("neutral", "mention only")
    assert _labels("Looking at Ukraine, I think they are brave.")["Ukraine"][0] == "favor"


@pytest.mark.parametrize("text", ["So you'd rather let Russia take Ukraine over?",
                                  "What kind of president allows Russia to run over Ukraine?",
                                  "We must not let Russia annex Ukraine."])
def test_a_conquest_let_or_allowed_is_the_conquerors_aggression(text):
    assert _labels(text)["Russia"] == ("against", "attack by actor")


@pytest.mark.parametrize("text", ["I say let Russia take Ukraine.", "Let Russia have it.",
                                  "They let Russia keep the money."])
def test_a_proposal_or_no_conquest_let_is_no_attack(text):
    assert _labels(text)["Russia"][1] != "attack by actor"


@pytest.mark.parametrize("text", ["Russia will soon no longer exist.", "Russia will cease to exist.",
                                  "Russia would be wiped off the map."])
def test_a_predicted_end_of_an_actor_is_against_it(text):
    assert _labels(text)["Russia"] == ("against", "predicted demise")


@pytest.mark.parametrize("text", ["Russia will be obliterated from the face of the earth.",
                                  "Russia will be destroyed.", "Russia would be erased."])
def test_a_future_passive_of_razing_foretells_the_actors_end(text):
    assert _labels(text)["Russia"] == ("against", "predicted demise")


@pytest.mark.parametrize("text", ["If this goes on, Russia will be destroyed.", "Russia was destroyed.",
                                  "Russia will not be destroyed."])
def test_a_warning_a_past_or_a_denied_razing_is_no_predicted_end(text):
    assert _labels(text)["Russia"][1] != "predicted demise"


def test_done_for_is_a_defeat_but_done_for_now_is_not():
    assert _labels("Ukraine is done for.")["Ukraine"] == ("against", "defeat")
    assert _labels("Ukraine is done for now.")["Ukraine"][1] != "defeat"


@pytest.mark.parametrize("text", ["Russia is throwing its men into the meat grinder.",
                                  "Russia sends its men as cannon fodder."])
def test_an_actor_spending_its_men_is_against_it(text):
    assert _labels(text)["Russia"] == ("against", "wasted lives")


@pytest.mark.parametrize("text", ["Russia doesn't use them as cannon fodder.",
                                  "Russia is pushing Ukrainians into the meat grinder."])
def test_denied_or_anothers_men_are_no_wasted_lives(text):
    assert _labels(text)["Russia"][1] != "wasted lives"


@pytest.mark.parametrize("text", ["Ukraine should surrender.", "It is time for Ukraine to surrender.",
                                  "Ukraine must surrender now."])
def test_a_demanded_surrender_is_against_the_actor(text):
    assert _labels(text)["Ukraine"] == ("against", "told to surrender")


@pytest.mark.parametrize("text", ["Ukraine should not surrender.", "Ukraine will never surrender.",
                                  "Soldiers from Ukraine will surrender."])
def test_refused_or_reported_surrender_is_no_demand(text):
    assert _labels(text)["Ukraine"][1] != "told to surrender"


def test_the_initiative_in_the_war_is_the_actors_strength():
    assert _labels("Ukraine has the initiative now.")["Ukraine"] == ("favor", "advantage")


def test_cant_even_derides_the_actor():
    assert _labels("Russia can't even take a village.")["Russia"] == ("against", "derided failure")
    assert _labels("Russia can not even feed its soldiers.")["Russia"] == ("against", "derided failure")
    # ("couldn't": the wish rule's own "can't" set had shadowed the one read here)
    assert _labels("Russia couldn't even take a village.")["Russia"] == ("against", "derided failure")


def test_getting_its_ass_kicked_is_a_defeat():
    assert _labels("Russia is getting its ass kicked.")["Russia"] == ("against", "defeat")


@pytest.mark.parametrize("text", ["Only when Russia removes itself from every village will we talk.",
                                  "Only if Russia pulls out will there be peace.",
                                  "There will be no talks unless Russia withdraws completely."])
def test_peace_on_condition_of_withdrawal_demands_it(text):
    assert _labels(text)["Russia"] == ("against", "told to withdraw")


def test_a_plain_condition_is_no_withdrawal_demand():
    assert _labels("If Russia evacuates the embassy, nothing changes.")["Russia"][1] != "told to withdraw"


@pytest.mark.parametrize("text", ["Just get the fuck out of Ukraine!", "GTFO of Ukraine.",
                                  "Withdraw your troops from Ukraine now."])
def test_the_demand_to_leave_ukraine_in_its_rough_forms_is_a_cue(text):
    rows = _labels(text, actors=load_actors())
    assert rows["Russia"][0] == "against" and rows["Ukraine"][0] == "favor"


@pytest.mark.parametrize("text", ["One cannot negotiate with Russia.", "One can't reason with Russia."])
def test_an_actor_not_to_be_trusted_or_dealt_with(text):
    assert _labels(text)["Russia"] == ("against", "distrust")


def test_a_belief_about_a_deed_is_no_distrust():
    assert _labels("I don't believe Russia will attack.")["Russia"][1] != "distrust"


@pytest.mark.parametrize("text", ["Russia tried to use chemical weapons a month ago.",
                                  "Russia started dropping cluster munitions a year ago."])
def test_the_onset_of_a_banned_weapon_use_is_the_deed(text):
    assert _labels(text)["Russia"] == ("against", "banned weapon")


@pytest.mark.parametrize("text", ["Russia's military is a joke.", "Russia is a joke.",
                                  "Russia is the laughingstock of the world."])
def test_derision_is_no_praise(text):
    assert _labels(text)["Russia"][0] == "against"


@pytest.mark.parametrize("text, label, cue", [
    ("Russia, just leave.", "against", "told to withdraw"),
    ("Russia, give Crimea back!", "against", "told to withdraw"),
    ("Russia, we stand with you.", "favor", "encouraged"),
])
def test_a_demand_or_encouragement_addressed_to_the_actor(text, label, cue):
    assert _labels(text)["Russia"] == (label, cue)


def test_an_apposition_is_not_an_address():
    assert _labels("Russia, the country of poets, is big.")["Russia"][1] not in {"told to withdraw",
                                                                                  "encouraged"}


@pytest.mark.parametrize("text, label", [("May Ukraine endure.", "favor"), ("May Ukraine burn.", "against")])
def test_a_may_wish_for_the_actor(text, label):
    assert _labels(text)["Ukraine"] == (label, "wish")


@pytest.mark.parametrize("text, label", [
    ("I hope Ukraine dies.", "against"), ("I hope Ukraine burns.", "against"),
    ("I wish Ukraine would disappear.", "against"), ("Hopefully Ukraine collapses soon.", "against"),
    ("May you rot, Ukraine.", "against"), ("Let's hope Ukraine fails.", "against"),
    ("I really hope Ukraine gets destroyed.", "against"), ("We hope Ukraine goes to hell.", "against"),
    ("I'd love to see Ukraine lose.", "against"), ("I'm hoping Ukraine survives.", "favor"),
    ("I pray that Ukraine wins.", "favor"), ("I want Ukraine to prevail.", "favor"),
    ("I hope Ukraine stays strong.", "favor"), ("May you win, Ukraine!", "favor"),
    ("I don't want Ukraine to lose.", "favor"), ("I hope Ukraine doesn't fall.", "favor"),
    ("I hope Ukraine never wins.", "against"),
])
def test_the_writers_wish_for_an_event_of_the_actor(text, label):
    assert _labels(text)["Ukraine"] == (label, "wish")


@pytest.mark.parametrize("text", [
    "Putin hopes Ukraine collapses.",  # a third party's wish
    "Many hope Ukraine wins.",
    "I hope for Ukraine.",  # no event of X
    "I love Ukraine.",
    "I want Ukraine out.",
    "I hope Ukraine realizes its mistake.",  # no harm nor success: X's own predicate decides
    "May you know that Ukraine will rise.",
])
def test_no_wished_event_of_the_actor(text):
    assert _labels(text)["Ukraine"][1] != "wish"


def test_the_wish_word_is_no_praise_of_the_actor():
    # "hope" is the writer's attitude to the event: here the event's own word decides
    assert _labels("I hope Ukraine realizes its mistake.")["Ukraine"][0] == "against"


@pytest.mark.parametrize("text, label", [
    ("I hope Ukraine's army collapses.", "against"), ("I want Ukraine's counteroffensive to succeed.", "favor"),
    ("I hope Ukraine's army doesn't lose.", "favor"), ("I hope Ukraine's economy collapses.", "against"),
    ("I can't wait for Ukraine to lose.", "against"), ("Can't wait for Ukraine to win!", "favor"),
    ("I can't wait until Ukraine collapses.", "against"), ("I can't wait to see Ukraine defeated.", "against"),
    ("I'd love to see Ukraine win.", "favor"), ("I'd love to see Ukraine free.", "favor"),
    ("I want to see Ukraine crushed.", "against"), ("I hope that Ukraine will be able to hold.", "favor"),
])
def test_more_wishes_for_an_event_of_the_actor(text, label):
    # a possessed subject ("X's army"), "can't wait for / until X", "see X V-ed", a wished ability
    assert _labels(text)["Ukraine"] == (label, "wish")


@pytest.mark.parametrize("text", [
    "They can't wait for Ukraine to lose.",  # a third party's wish
    "Russia can't wait for Ukraine to collapse.",
    "I can't wait for Ukraine.",  # no event of X
    "I hope for Ukraine to win.",  # "hope for X" opens no wish for an event of X
])
def test_no_wait_wish_for_an_event_of_the_actor(text):
    assert _labels(text)["Ukraine"][1] != "wish"


def test_the_wish_word_gives_no_tone_to_the_wished_actor():
    # no event of X read: "hope" is still no praise of X through the sentence's tone
    # (a taken city is a wished conquest, see below: the object here is no place)
    assert _labels("I hope Russia takes the hint.")["Russia"][0] == "neutral"
    assert _labels("I'd love to see Russia take a break.")["Russia"][0] == "neutral"


@pytest.mark.parametrize("text, actor, label", [
    ("I hope Russia takes Kyiv.", "Russia", "favor"), ("I hope Russia takes Ukraine.", "Ukraine", "against"),
    ("I want Ukraine to take Crimea back.", "Ukraine", "favor"),
    ("I hope Ukraine retakes all of Crimea.", "Ukraine", "favor"),
    ("I'd love to see Russia capture the whole region.", "Russia", "favor"),
    ("I hope Russia doesn't take Kyiv.", "Russia", "against"),
    # "rest" and "all" are both passed-over words and taken objects: the last one counts
    ("I hope Russia takes the rest.", "Russia", "favor"), ("I hope Ukraine takes all.", "Ukraine", "favor"),
    ("I hope Ukraine takes back the rest of Crimea.", "Ukraine", "favor"),
])
def test_a_wished_conquest_favors_the_conqueror(text, actor, label):
    assert _labels(text)[actor][0] == label


@pytest.mark.parametrize("text", [
    "I hope Russia takes its troops home.",  # no place taken
    "I hope Russia takes responsibility.",
    "I hope Ukraine takes the rest of the day off.",  # near miss of "takes the rest"
    "They hope Russia takes Kyiv.",  # a third party's wish
    "Russia hopes to take Kyiv.",  # the actor's own aim, as reported
])
def test_no_wished_conquest(text):
    assert all(lab == "neutral" for lab, _ in _labels(text).values())


def test_all_before_a_noun_is_no_conquest():
    # near miss of "I hope X takes all": "all" passed over, the object is no place
    assert _one("I hope Russia takes all the blame.")["Russia"].cue != "wish"


@pytest.mark.parametrize("text", [
    "Ukraine wants to see Russia defeated.", "Russia wants to see Ukraine crushed.",
    "Ukraine wants Russia to lose.", "Russia hopes Ukraine collapses.",
])
def test_a_third_party_wish_says_nothing_of_the_wisher_or_the_wished(text):
    # the want is the wisher's, reported: neither the writer's view of the other side nor an
    # evaluation of the wisher (the wished "defeated" is not said of it)
    assert all(lab == "neutral" for lab, _ in _labels(text).values())


def test_the_wisher_keeps_its_own_predicate():
    assert _labels("Russia wants to destroy Ukraine.")["Russia"][0] == "against"
    assert _labels("Ukraine wants freedom.")["Ukraine"][0] == "favor"


@pytest.mark.parametrize("text, actor, label", [
    ("I'm still rooting for the fall of both Russia and Ukraine.", "Russia", "against"),
    ("I'm still rooting for the fall of both Russia and Ukraine.", "Ukraine", "against"),
    ("I'm rooting for Russia's defeat.", "Russia", "against"),
    ("Rooting for the collapse of Russia!", "Russia", "against"),
    ("We are cheering for Ukraine's victory.", "Ukraine", "favor"),
    ("Praying for the swift defeat of Russia.", "Russia", "against"),
    ("I'm not rooting for Ukraine's defeat.", "Ukraine", "favor"),
    ("I cheer for the fall of Russia.", "Russia", "against"),  # "cheer" like "root", "pray"
    ("We cheer for Ukraine's victory.", "Ukraine", "favor"),
])
def test_a_declared_side_whose_object_is_an_event(text, actor, label):
    assert _labels(text)[actor] == (label, "slogan")


@pytest.mark.parametrize("text", [
    "Everyone is rooting for Russia's defeat.",  # not the commenter's declaration
    "They are praying for the fall of Russia.",
    "I'm rooting for Russia's people.",  # no event of X
    "Everyone will cheer for the fall of Russia.",  # not the commenter's declaration
    "I cheer for Russia's people.",
    "I hope for the fall of the dollar in Russia.",  # the event is not X's
])
def test_no_declared_event_of_the_actor(text):
    assert _labels(text)["Russia"][1] != "slogan" or _labels(text)["Russia"][0] != "against"


@pytest.mark.parametrize("text, label, cue", [
    ("Russia will fall.", "against", "predicted demise"), ("Russia will fall soon.", "against", "predicted demise"),
    ("Russia will never fall.", "favor", "defence"),
])
def test_a_predicted_fall(text, label, cue):
    assert _labels(text)["Russia"] == (label, cue)


@pytest.mark.parametrize("text", ["Russia will fall back.", "Russia will fall short.", "Russia will fall for it.",
                                  "Russia will fall in line.", "Russia could fall.",
                                  "If the West stops aid, Russia will fall."])
def test_no_predicted_fall(text):
    assert _labels(text)["Russia"][1] != "predicted demise"


def test_a_wished_razing_is_a_wished_attack():
    got = _labels("I hope Russia blows Ukraine off the map.")
    assert got["Russia"] == ("favor", "wished attack") and got["Ukraine"] == ("against", "wished attack")


@pytest.mark.parametrize("text", ["Russian conscripts are running away.", "Russian troops keep surrendering."])
def test_combatants_giving_up_is_a_defeat(text):
    assert _labels(text)["Russia"] == ("against", "defeat")


def test_combatants_not_giving_up_is_no_defeat():
    assert _labels("Russian soldiers are not surrendering.")["Russia"][1] != "defeat"


@pytest.mark.parametrize("text", ["Russia has plenty of ammunition.", "Russia has the means, Ukraine doesn't.",
                                  "Russia has vast reserves of men.", "Russia still has more tanks."])
def test_resources_in_the_war_are_the_actors_strength(text):
    assert _labels(text)["Russia"] == ("favor", "advantage")


@pytest.mark.parametrize("text", ["Russia has no reserves left.", "Russia has no fighting men left.",
                                  "Russia doesn't have enough shells.", "Russia doesn't have the manpower."])
def test_a_lack_of_resources_in_the_war_is_the_actors_weakness(text):
    assert _labels(text)["Russia"] == ("against", "defeat")


@pytest.mark.parametrize("text", ["Russia has no reason to do it.", "Russia has no more excuses.",
                                  "Russia doesn't have a plan.", "Russia has more incentive to stop."])
def test_other_things_had_or_lacked_are_no_resources(text):
    assert _labels(text)["Russia"][1] not in {"advantage", "defeat"}


def test_the_means_to_do_a_deed_is_no_strength():
    assert _labels("Only Russia had the means to do it.")["Russia"][1] != "advantage"


@pytest.mark.parametrize("text", ["Russia will take over Ukraine soon.", "Russia is about to take Ukraine back.",
                                  "Russia will finally take the rest of the Donbas."])
def test_a_predicted_conquest_favors_the_conqueror(text):
    assert _labels(text)["Russia"] == ("favor", "predicted victory")


@pytest.mark.parametrize("text", ["If Russia will take Ukraine, Poland is next.",
                                  "Russia will take this as a provocation."])
def test_a_condition_or_a_reaction_is_no_predicted_conquest(text):
    assert _labels(text)["Russia"][1] != "predicted victory"


# ------------------------------------------------------------------ rules 9-11 (rules-2)
@pytest.mark.parametrize("text", [
    "They destroyed the bridge before Russia arrived.",
    "The invasion makes the whole world hate Russia.",
    "The attack was planned long ago, when Russia still had a chance.",
])
def test_an_aggression_word_in_another_clause_makes_no_victim(text):
    assert _labels(text)["Russia"][1] != "victim of attack"


@pytest.mark.parametrize("text", [
    "They shelled the eastern cities of Ukraine.",
    "Cluster bombs are being used against Ukrainians.",
    "They killed children and civilians of Ukraine.",
    "They attacked ethnic Ukrainians.",
])
def test_the_object_or_place_of_an_aggression_word_is_its_victim(text):
    assert _labels(text)["Ukraine"] == ("favor", "victim of attack")


@pytest.mark.parametrize("text, label", [
    ("Russia will definitely collapse.", "against"),
    ("Russia will surely lose this war.", "against"),
    ("Russia is definitely winning.", "favor"),
])
def test_certainty_adverbs_are_no_predicate_evaluation(text, label):
    assert _labels(text)["Russia"][0] == label


@pytest.mark.parametrize("text", [
    "How could Ukraine blow it up?",
    "How exactly is Ukraine going to destroy the plant?",
    "When did Ukraine invade Russia?",
])
def test_a_question_doubting_the_deed_denies_guilt(text):
    assert _labels(text)["Ukraine"] == ("favor", "denied guilt")


@pytest.mark.parametrize("text", ["How did Ukraine destroy the bridge?",
                                  "When Ukraine attacked the bridge, it collapsed."])
def test_a_question_about_a_real_deed_is_no_denial(text):
    assert _labels(text)["Ukraine"][1] != "denied guilt"


@pytest.mark.parametrize("text", ["Oh so Ukraine invaded Russia?",
                                  "Wait, so you're saying that Ukraine invaded Russia?"])
def test_an_incredulous_echo_of_a_deed_denies_it(text):
    assert _labels(text)["Ukraine"] == ("favor", "denied guilt")


@pytest.mark.parametrize("text", ["So Ukraine invaded Russia.",
                                  "So Ukraine should have bombed Russia?"])
def test_a_plain_statement_or_an_obligation_is_no_echo(text):
    assert _labels(text)["Ukraine"][1] != "denied guilt"


@pytest.mark.parametrize("text", ["Ukraine invasion: day 500 of the war.",
                                  "Ukraine is under attack again."])
def test_a_name_before_an_invasion_noun_or_under_attack_is_the_victim(text):
    assert _labels(text)["Ukraine"] == ("favor", "victim of attack")


def test_an_owner_or_agent_of_the_invasion_noun_stays_the_attacker():
    assert _labels("Russia's invasion was a crime.")["Russia"][0] == "against"
    assert _labels("The Russian occupation must end.")["Russia"][0] == "against"


def test_where_victims_are_taken_is_no_victim():
    assert _labels("Children were kidnapped and deported to Russia.")["Russia"][1] != "victim of attack"
    assert _labels("They stole the grain from Ukraine.")["Ukraine"] == ("favor", "victim of attack")


@pytest.mark.parametrize("text, label", [
    ("Russia successfully manipulated the talks.", "against"),
    ("Ukraine bravely resisted.", "favor"),
    ("Russia is a deadly threat.", "against"),
])
def test_a_manner_adverb_leaves_the_evaluation_to_its_verb(text, label):
    actor = "Russia" if "Russia" in text else "Ukraine"
    assert _labels(text)[actor][0] == label


@pytest.mark.parametrize("text", ["Ukraine gave up its bombers and nukes in 1994.",
                                  "Ukraine gave up it nukes for guarantees.",
                                  "Ukraine returned the nuclear missiles."])
def test_weapons_given_up_are_no_attack(text):
    assert _labels(text)["Ukraine"][1] != "attack by actor"


@pytest.mark.parametrize("text", ["Ukraine and Russia always lie.",
                                  "The Ukraine/Russia fiasco is a disgrace.",
                                  "Ukraine and Russia are both corrupt."])
def test_coordinated_subjects_share_the_predicate(text):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert rows["Ukraine"][0] == "against" and rows["Russia"][0] == "against"


def test_an_object_before_and_does_not_share_the_next_clause():
    rows = _labels("We support Ukraine and Russia is evil.", (RUSSIA, UKRAINE))
    assert rows["Ukraine"][0] == "favor" and rows["Russia"][0] == "against"


def test_a_second_object_after_and_is_still_a_victim():
    assert _labels("They invaded Crimea and Ukraine.")["Ukraine"] == ("favor", "victim of attack")
    assert _labels("They destroyed the town and Russia retreated.")["Russia"][1] != "victim of attack"


@pytest.mark.parametrize("text, label", [
    ("Ukraine is the victim here.", "favor"),
    ("Ukraine is the real victim of this war.", "favor"),
    ("Russia is not the victim.", "against"),
])
def test_being_called_the_victim_is_sympathy(text, label):
    actor = "Russia" if "Russia" in text else "Ukraine"
    assert _labels(text)[actor][0] == label


def test_a_threat_that_x_will_be_the_victims_is_no_sympathy():
    assert _labels("Ukraine will be the victims.")["Ukraine"][1] != "victim of attack"


@pytest.mark.parametrize("text, actor, label", [
    ("I am so proud of Ukraine.", "Ukraine", "favor"),
    ("We are in support of the Ukrainian people.", "Ukraine", "favor"),
    ("I am critical of Russia.", "Russia", "against"),
    ("Ukraine will soon be free of Russia.", "Russia", "against"),
])
def test_phrases_ending_in_of_fire_as_slogans(text, actor, label):
    assert _labels(text)[actor] == (label, "slogan")


@pytest.mark.parametrize("text", ["They will blow up the dam and Russia will be blamed.",
                                  "Russia is getting blamed for everything.",
                                  "As usual Russia gets the blame."])
def test_blame_laid_on_the_subject_by_others_is_shifted_blame(text):
    assert _labels(text)["Russia"] == ("favor", "shifted blame")


@pytest.mark.parametrize("text", ["Russia should be blamed for this.", "Russia can't be blamed."])
def test_an_obligation_or_a_negation_is_no_shifted_blame(text):
    assert _labels(text)["Russia"][1] != "shifted blame"


@pytest.mark.parametrize("text, cue", [("Russia was blatantly provoked.", "justified attack"),
                                       ("Russia is utterly finished.", "defeat")])
def test_a_manner_adverb_before_provoked_or_finished_is_passed_over(text, cue):
    assert _labels(text)["Russia"][1] == cue


@pytest.mark.parametrize("text", ["Turkey has been effectively shit on by the West.",
                                  "Turkey was sold out by the West.",
                                  "Turkey was betrayed by its allies."])
def test_harm_done_to_an_actor_by_an_agent_is_no_evaluation_of_it(text):
    row = _one(text, load_actors())["Turkey"]
    assert row.label != "against"


@pytest.mark.parametrize("text, label", [
    ("Russia is a disgrace by any measure.", "against"),  # a noun after the copula, no passive
    ("Russia was humiliated by Ukraine.", "against"),  # a defeat, not harm calling for sympathy
])
def test_a_noun_or_a_defeat_after_be_is_still_an_evaluation(text, label):
    assert _one(text)["Russia"].label == label


# ------------------------------------------------------------------ local sentiment: whose word?
@pytest.mark.parametrize("text, label", [
    ("Crimea was lost to Russia.", "favor"),          # what is lost to X is won by X
    ("They would surely lose to Russia.", "favor"),
    ("Russia lost the battle.", "against"),           # near miss: X is the loser
])
def test_what_is_lost_to_an_actor_is_won_by_it(text, label):
    assert _labels(text, (RUSSIA,))["Russia"][0] == label


@pytest.mark.parametrize("text, label", [
    ("These are honest questions about Russia.", "neutral"),  # the questions are honest
    ("Nobody is worried about Russia.", "neutral"),
    ("There is nothing good about Russia.", "against"),  # near miss: a quality found in X
    ("I don't care about Ukraine.", "against"),       # near miss: the commenter's indifference
])
def test_words_before_about_evaluate_the_talk(text, label):
    actor = "Ukraine" if "Ukraine" in text else "Russia"
    assert _labels(text, (RUSSIA, UKRAINE))[actor][0] == label


@pytest.mark.parametrize("text, label", [
    ("We broke a good agreement with Russia.", "neutral"),
    ("Nobody wants a fair deal with Russia.", "neutral"),
    ("I am so disappointed with Russia.", "against"),  # near miss: a feeling toward X
])
def test_words_before_with_tell_a_relation(text, label):
    assert _labels(text, (RUSSIA,))["Russia"][0] == label


def test_words_said_of_a_pair_of_opponents_belong_to_neither():
    actors = [Actor("Russia", kind="country", opponents=("Ukraine",)), UKRAINE]
    rows = _one("Who is winning in Russia or Ukraine?", actors)
    assert rows["Russia"].cue != "local sentiment"
    assert rows["Ukraine"].cue != "local sentiment"
    # near miss: an affiliate is no opponent, the words are still said of the actor
    putin = Actor("Putin", affiliation=("Russia",))
    rows = _one("Putin and Russia deserve no mercy!", [putin, actors[0], UKRAINE])
    assert rows["Russia"].label == "against"


def test_better_as_advice_is_no_praise():
    assert _labels("Ukraine needs long-range munitions to better disable Russian depots.",
                   (RUSSIA,))["Russia"][1] != "local sentiment"
    # near miss: "better" as a comparison still praises
    assert _labels("Russia has gotten better at this.", (RUSSIA,))["Russia"][0] == "favor"

@pytest.mark.parametrize("text, label, cue", [
    ("Senators who are siding with Russia should resign.", "neutral", "reported speech"),
    ("You're siding with Russia.", "neutral", "reported speech"),
    ("They stand with Russia.", "neutral", "reported speech"),
    ("I stand with Russia.", "favor", "slogan"),         # near miss: the commenter's own
    ("You should stand with Russia.", "favor", "slogan"),  # near miss: a modal, the commenter's call
    ("Stand with Russia!", "favor", "slogan"),
])
def test_slogan_of_a_third_party_is_not_the_commenters(text, label, cue):
    assert _labels(text, (RUSSIA,))["Russia"] == (label, cue)


@pytest.mark.parametrize("text, label, cue", [
    ("I'm on Russia's side.", "favor", "slogan"),
    ("We are firmly on Ukraine's side.", "favor", "slogan"),
    ("I am pro Ukraine.", "favor", "slogan"),
    ("I'm a pro-Ukraine guy.", "favor", "slogan"),
    ("I'm 100% pro-Russia.", "favor", "slogan"),
    ("I'm anti-Russia.", "against", "slogan"),
    ("I'm rooting for Ukraine.", "favor", "slogan"),
    ("Rooting for Russia!", "favor", "slogan"),
    ("Team Russia all the way.", "favor", "slogan"),
    ("I'm with Ukraine.", "favor", "slogan"),
    ("We are on the side of Ukraine.", "favor", "slogan"),
    ("I'm behind Ukraine 100%.", "favor", "slogan"),
    ("I'm all for Ukraine.", "favor", "slogan"),
    ("I'm not on Russia's side.", "against", "slogan"),    # negation denies the side
    ("I'm not rooting for Russia.", "against", "slogan"),
    ("I am not pro-Russian, but the war is bad.", "neutral", "mention only"),  # a denial, no side
    ("You're on the side of Russia.", "neutral", "reported speech"),  # someone else's side
    ("Everyone is rooting for Ukraine.", "neutral", "mention only"),  # not the commenter's
    ("Whose side is Russia on?", "neutral", "mention only"),
    ("Russia's side of the border is quiet.", "neutral", "mention only"),
    ("Russia is on the right side of history.", "favor", "predicate evaluation"),
    ("Russia is on the wrong side of history.", "against", "predicate evaluation"),
    ("Russia is not on the right side of history.", "against", "predicate evaluation"),
])
def test_side_taking_declarations(text, label, cue):
    assert _labels(text, (RUSSIA, UKRAINE))[("Russia" if "Russia" in text else "Ukraine")] == (label, cue)


@pytest.mark.parametrize("text", ["I stand with Ukraine and Russia.",
                                  "I'm rooting for Ukraine and Russia to make peace."])
def test_a_slogan_for_a_pair_of_opponents_takes_no_side(text):
    rows = _one(text, load_actors())  # (the default actors declare Russia and Ukraine opponents)
    assert {r.label for r in rows.values()} == {"neutral"}
    # near miss: a pair of allies keeps the slogan
    assert _one("I stand with Ukraine and Poland.", load_actors())["Ukraine"].label == "favor"


def test_a_team_of_x_is_no_declaration():
    assert _labels("A team of Russian hackers was caught.", (RUSSIA,))["Russia"][1] != "slogan"


@pytest.mark.parametrize("text, label", [
    ("Anti-Russia hysteria is absurd.", "favor"),     # said of an anti-X thing: the opposite for X
    ("The anti Ukraine propaganda is disgusting.", "favor"),
    ("The pro-Russia crowd is lying.", "against"),    # said of a pro-X thing: the same for X
])
def test_attributes_of_pro_and_anti_things(text, label):
    assert _labels(text, (RUSSIA, UKRAINE))[("Russia" if "Russia" in text else "Ukraine")][0] == label


@pytest.mark.parametrize("text, label", [
    ("The treaty did not stop Russia from invading.", "against"),
    ("Talking doesn't stop Russia's war.", "against"),
    ("Sanctions can't stop Russia.", "favor"),  # near miss: X's strength
    ("Do not stop Russia.", "favor"),           # near miss: an imperative
    ("Stop siding with Russia.", "against"),    # "stop" flips a slogan
])
def test_a_deed_not_stopped_goes_on(text, label):
    assert _labels(text, (RUSSIA,))["Russia"][0] == label


def test_allowing_a_conquest_is_no_praise_of_the_conqueror():
    text = "The world does not seem willing to allow Russia to take Ukraine."
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == ("against", "attack by actor")
    # near miss: no conquest, the favor stays
    assert _labels("We should allow Ukraine to join NATO.", (UKRAINE,))["Ukraine"][0] == "favor"


@pytest.mark.parametrize("text, label", [
    ("Russia does not know how to keep its promises.", "against"),
    ("Russia won't care about the rules just to try and win.", "against"),
    ("Russia is not weak but keeps its promises.", "favor"),  # near miss: "but" ends the negation
    ("Russia's army is great, and the world does not deserve it.", "favor"),  # near miss: not X's
])
def test_negation_after_the_actor_reaches_its_whole_predicate(text, label):
    assert _labels(text, (RUSSIA,))["Russia"][0] == label


@pytest.mark.parametrize("text, expected", [
    # a denial is as firm a claim as the assertion: the negated word counts in full
    ("Ukraine is not controversial here.", ("favor", "local sentiment")),
    ("Ukraine is controversial here.", ("against", "local sentiment")),  # near miss: no negation
    ("It is not illegal for Ukraine to strike back.", ("favor", "local sentiment")),
])
def test_a_negated_word_counts_in_full_the_other_way(text, expected):
    assert _labels(text, (UKRAINE,))["Ukraine"] == expected


# ------------------------------------------------------------------ setbacks (rule 10, "defeat")
@pytest.mark.parametrize("text", [
    "Ukraine pushes Russia back every day.",
    "Ukraine is pushing back Russia on every front.",
    "Ukraine drove Russia out of Kherson.",
    "Ukraine has been kicking Russia's butt for a year.",
    "Ukraine is bleeding Russia dry.",
    "Ukraine pushed Russian forces back to the river.",
    "Ukraine needs to degrade Russia's capacity to fight.",
])
def test_an_actor_pushed_back_by_another_is_defeated_and_the_other_credited(text):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert rows["Russia"] == ("against", "defeat")
    assert rows["Ukraine"] == ("favor", "military success")


@pytest.mark.parametrize("text", [
    "The Russians were pushed back across the river.",
    "Russia was routed near the city.",
    "Russia, on the other hand, is really hurting.",
    "Russia is bleeding men and equipment.",
    "Russia is on the back foot.",
    "Russia is running out of shells.",
    "It is Russia who will hit their limit first.",
    "We need long-range missiles to disable Russia's ability to wage war.",
])
def test_an_actor_worn_down_is_defeated(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == ("against", "defeat")


@pytest.mark.parametrize("text", [
    "If Ukraine pushes Russia back, they will escalate.",  # a condition
    "Did Ukraine push Russia back?",  # a yes / no question asserts nothing
    "Ukraine can't push Russia back.",  # negated
    "Nowhere has Ukraine pushed Russia back.",
    "Russia was pushed out of Kharkiv.",  # Kharkiv is the place left (Russia's defeat)
    "Russia is hurting Ukraine.",  # X hurts another: no setback of X
    "Russia will not run out of missiles.",
    "Russia will run out of patience.",
    "The Russians should drive their tanks back home.",  # X moves its own
    "Ukraine kicking out their pro-Russian government was legal.",  # what X owns is the object
])
def test_no_setback_in_a_condition_question_negation_or_for_an_agent(text):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert all(cue != "defeat" or actor == "Russia" and "Kharkiv" in text
               for actor, (_, cue) in rows.items())
    assert all(cue != "military success" for _, cue in rows.values())


def test_a_setback_told_by_a_third_party_is_reported_speech():
    rows = _labels("Putin said that Ukraine pushed Russia back.", (RUSSIA, UKRAINE))
    assert rows["Russia"][1] == "reported speech" and rows["Ukraine"][1] == "reported speech"


def test_an_actor_exhausted_by_sanctions_is_defeated_not_a_victim():
    rows = _labels("Russia has been exhausted by sanctions and fighting.", (RUSSIA, UKRAINE))
    assert rows["Russia"][0] == "against" and rows["Russia"][1] != "victim of attack"


@pytest.mark.parametrize("text", [
    "Ukraine has retaken more land in three weeks than Russia in ten months.",
    "Ukraine recaptured the village yesterday.",
    "Ukraine took more ground in a month than Russia took all winter.",
])
def test_ground_won_back_or_gained_is_a_military_success(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"] == ("favor", "military success")


@pytest.mark.parametrize("text, cue", [
    ("Ukraine will retake Crimea.", "predicted victory"),  # a prediction: the fallback's
    ("Ukraine hasn't retaken anything.", None),
    ("Ukraine took the money.", None),  # no ground taken
])
def test_no_ground_gained_when_predicted_negated_or_not_ground(text, cue):
    got = _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1]
    assert got == cue if cue else got != "military success"


@pytest.mark.parametrize("text, other", [
    ("Ukraine has been kicking their butt since spring.", None),
    ("Ukraine is running circles around Russia.", "Russia"),
    ("Ukraine is wiping the floor with the Russians.", "Russia"),
])
def test_a_beating_told_by_idiom_credits_the_subject(text, other):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert rows["Ukraine"] == ("favor", "military success")
    if other:
        assert rows[other] == ("against", "defeat")


@pytest.mark.parametrize("text", [
    "Russia is falling apart.",
    "Russia crumbled in the south.",
    "Russia got wiped out near the river.",
    "Russia is taking heavy losses every day.",
    "Russia suffered great losses in men and tanks.",  # not praise for "great"
    "Russia is all but finished.",
    "Russia is nearly finished.",
    "Russia has no soldiers left.",
    "Russia will never retake the island.",
    "Russia will never conquer Ukraine.",  # an aggression verb of achievement, its success denied
    "Russia can't subdue Ukraine.",
    "Russia can't advance any further.",
    "I can't see Russia breaking through the Ukrainian lines.",
])
def test_an_actor_coming_apart_losing_men_or_denied_success_is_defeated(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == ("against", "defeat")


def test_a_denied_attack_is_no_defeat():
    # "X will never invade Y" predicts no attack: no defeat of X, and no attack
    assert _labels("Russia will never invade Poland.", (RUSSIA,))["Russia"][0] == "neutral"


def test_a_counteroffensive_repelled_is_its_owners_defeat():
    rows = _labels("Russia has halted Ukraine's counteroffensive.", (RUSSIA, UKRAINE))
    assert rows["Ukraine"] == ("against", "defeat") and rows["Russia"] == ("favor", "military success")
    # near misses: not repelled, or another credit noun
    assert _labels("Ukraine's counteroffensive is going well.", (UKRAINE,))["Ukraine"] == ("favor", "credited")
    assert _labels("Russia crushed Ukraine's independence.", (UKRAINE,))["Ukraine"][1] != "defeat"


@pytest.mark.parametrize("text,actor,want", [
    ("Ukraine's offensive stalled.", "Ukraine", ("against", "defeat")),
    ("The Ukrainian offensive has collapsed.", "Ukraine", ("against", "defeat")),
    ("Russia's advance was a dud.", "Russia", ("against", "defeat")),
    ("The Ukraine counter offensive failed miserably.", "Ukraine", ("against", "defeat")),
    ("Ukraine's counter offensive has been an utter disaster.", "Ukraine", ("against", "defeat")),
    ("Ukraine's counteroffensive isn't working.", "Ukraine", ("against", "defeat")),
    ("Ukraine's push broke through.", "Ukraine", ("favor", "military success")),
    ("Russia's offensive is working.", "Russia", ("favor", "military success")),
])
def test_a_failed_operation_is_its_owners_defeat(text, actor, want):
    assert _labels(text, (RUSSIA, UKRAINE))[actor] == want


@pytest.mark.parametrize("text,actor", [
    ("The offensive against Ukraine failed.", "Ukraine"),  # Ukraine is not the owner
    ("Russia's claim failed.", "Russia"),  # not an operation
    ("The Russia invasion failed.", "Russia"),  # a bare name before "invasion": no owner read
    ("Russia's last offensive was over four months ago.", "Russia"),  # "over" a preposition
    ("Ukraine's offensive is not failing.", "Ukraine"),  # negated failure: no defeat
    ("Russia's offensive broke the lines.", "Russia"),  # no "through": no success read here
])
def test_no_failed_operation_reading_without_an_owned_operation(text, actor):
    assert _labels(text, (RUSSIA, UKRAINE))[actor][1] not in {"defeat", "military success"}


@pytest.mark.parametrize("text", [
    "If Russia is falling apart, why worry?",  # a condition
    "Can Russia break through?",  # a question
    "Russia can't kick their butt.",  # a beating denied: no success
    "Russia has no troops in the city.",  # no troops there: a claim, no defeat
    "Russia is all but certain to try again.",  # "all but" before no word of defeat
    "Russia is breaking through.",  # a success, not denied: no defeat
    "I see Russia breaking through soon.",
])
def test_no_defeat_in_a_condition_question_or_without_the_idiom(text):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert all(cue not in {"defeat", "military success"} for _, cue in rows.values())
@pytest.mark.parametrize("text, label, cue", [
    ("Ukraine fought the invaders.", "favor", "fought wrongdoer"),
    ("Ukraine continues to fight off the Russian invaders.", "favor", "fought wrongdoer"),
    ("If Ukraine fights the invaders, we all win.", "favor", "fought wrongdoer"),
    ("Ukraine glorifies Nazis.", "against", "backed wrongdoer"),
    ("Ukraine fought alongside the Nazis.", "against", "backed wrongdoer"),
    ("Ukraine doesn't support Nazis.", "favor", "negation"),
])
def test_a_deed_is_judged_by_the_wrongdoer_it_is_done_to(text, label, cue):
    assert _labels(text)["Ukraine"] == (label, cue)


@pytest.mark.parametrize("text", ["Ukraine fought the Russian army.", "Ukraine supports the plan.",
                                  "Ukraine fought for the invaders' withdrawal."])
def test_no_wrongdoer_as_object_is_no_judged_deed(text):
    assert _labels(text)["Ukraine"][1] not in {"fought wrongdoer", "backed wrongdoer"}


@pytest.mark.parametrize("text", ["This Russia-Ukraine war is a ridiculous scam.",
                                  "The Ukraine/Russia war is a disgusting waste of lives.",
                                  "The Russia vs Ukraine war is pointless and cruel."])
def test_a_condemned_conflict_named_by_its_sides_condemns_both(text):
    labels = _labels(text)
    assert labels["Russia"] == labels["Ukraine"] == ("against", "condemned conflict")


@pytest.mark.parametrize("text", ["Who is winning the Russia/Ukraine war?",
                                  "The Russia-Ukraine war is a great example of courage.",
                                  "Russia vs Ukraine war update: more talks are planned."])
def test_a_conflict_named_by_its_sides_is_the_topic(text):
    labels = _labels(text)
    assert labels["Russia"] == labels["Ukraine"] == ("neutral", "mention only")


def test_two_sides_without_a_conflict_noun_are_no_conflict_name():
    assert _labels("Russia and Ukraine are both corrupt.")["Ukraine"] == ("against", "predicate evaluation")
@pytest.mark.parametrize("text, actor, label", [
    ("Russia is imperialistic and revanchist.", "Russia", "against"),
    ("Russia is the most openly imperialist nation in Europe.", "Russia", "against"),
    ("Russia is an authoritarian kleptocracy.", "Russia", "against"),
    ("Russia is a tyrannical dictatorship.", "Russia", "against"),
    ("Russia is bloodthirsty.", "Russia", "against"),
    ("Russia is a rogue state.", "Russia", "against"),
    ("The Russian army is spineless and inept.", "Russia", "against"),
    ("Russia is duplicitous.", "Russia", "against"),
    ("Russia is not a dictatorship.", "Russia", "favor"),
    ("Ukraine is valiant and unbreakable.", "Ukraine", "favor"),
    ("Ukraine will prevail.", "Ukraine", "favor"),
    ("Ukraine is a young democracy.", "Ukraine", "favor"),
    ("Ukraine is not a democracy.", "Ukraine", "against"),
    ("Russia is acting criminally.", "Russia", "against"),
    ("Russia is uncivilized and backward.", "Russia", "against"),
    ("What Russia did in Bucha is unforgivable.", "Russia", "against"),
    ("Ukraine has been a stalwart and selfless defender of Europe.", "Ukraine", "favor"),
    ("Russia's army is laughable.", "Russia", "against"),
    ("Russia is decrepit and moribund.", "Russia", "against"),
    ("The Russian army is formidable.", "Russia", "favor"),
    ("Ukraine remains defiant.", "Ukraine", "favor"),
    ("Orban is complicit and Hungary is a sellout.", "Hungary", "against"),
    ("Ukraine reneged on its promise.", "Ukraine", "against"),
    ("Ukraine is a money laundering scheme run by grifters.", "Ukraine", "against"),
])
def test_evaluative_words_of_political_and_war_discourse(text, actor, label):
    # regime pejoratives, deceit, cowardice, valour and democracy are evaluations VADER lacks
    actors = (RUSSIA, UKRAINE, PUTIN, Actor("Hungary", kind="country"))
    assert _labels(text, actors)[actor][0] == label


@pytest.mark.parametrize("text, actor", [
    ("Russia is fighting for its sovereign territory.", "Russia"),
    ("Russia calls them legitimate targets.", "Russia"),
])
def test_descriptive_words_of_statehood_carry_no_valence(text, actor):
    # "sovereign" and "legitimate" describe (or are a party's framing), they do not praise
    assert _labels(text)[actor][0] == "neutral"


@pytest.mark.parametrize("text, expected", [
    ("Russia wants to annihilate Ukraine.", {"Russia": ("against", "attack by actor"),
                                            "Ukraine": ("favor", "victim of attack")}),
    ("Ukraine was subjugated by Russia.", {"Russia": ("against", "attack by actor"),
                                          "Ukraine": ("favor", "victim of attack")}),
    ("Russia's subjugation of Ukraine must end.", {"Russia": ("against", "attack by actor")}),
    # combatants wiped out are a military success, not an atrocity
    ("Ukraine annihilated two Russian battalions.", {"Ukraine": ("favor", "military success")}),
])
def test_annihilating_and_subjugating_are_aggression(text, expected):
    labels = _labels(text)
    for actor, want in expected.items():
        assert labels[actor] == want


# ------------------------------------------------------------------ evaluations carried to a second actor
@pytest.mark.parametrize("text", [
    "I'm sure Russia lies all the time, however so does Ukraine.",
    "Russia is corrupt. Ukraine too.",
    "Russia is corrupt and Ukraine as well.",
    "Russia is a liar. Ukraine is too!",
    "Russia lies. The same goes for Ukraine.",
    "Russia is the most corrupt, Ukraine a close second.",
    "Russia is not trustworthy, and neither is Ukraine.",
])
def test_an_ellipsis_carries_the_first_actors_evaluation_to_the_second(text):
    labels = _labels(text)
    assert labels["Russia"][0] == "against"
    assert labels["Ukraine"] == ("against", "shared evaluation")
    row = _one(text, [RUSSIA, UKRAINE])["Ukraine"]
    assert "Russia" in row.evidence and row.evidence.rstrip("!.").endswith(
        ("Ukraine", "too", "well", "second"))


@pytest.mark.parametrize("text", [
    "Ukraine is just as corrupt as Russia.",
    "Ukraine is more corrupt than Russia.",
    "Ukraine is no better than Russia.",
    "Ukraine is worse than Russia.",
])
def test_a_comparison_shares_an_unfavourable_evaluation_with_its_standard(text):
    labels = _labels(text)
    assert labels["Ukraine"][0] == "against"
    assert labels["Russia"] == ("against", "shared evaluation")


@pytest.mark.parametrize("text", [
    "Neither Russia nor Ukraine can be trusted.",
    "Neither Russia nor Ukraine is innocent.",
    "I don't care about Ukraine or Russia. Both are corrupt.",
    "Ukraine and Russia both can't be trusted.",
    "Russia and Ukraine, both of them are liars.",
])
def test_neither_nor_and_both_say_the_predicate_of_the_two(text):
    labels = _labels(text)
    assert labels["Russia"][0] == labels["Ukraine"][0] == "against"


@pytest.mark.parametrize("text", [
    "Russia is corrupt. Is Ukraine too?",                 # a question
    "Russia is corrupt. Ukraine is too weak to win.",      # "too" as an intensifier
    "Russia is too late. Ukraine has too many men.",
    "Russia is corrupt, as well as brutal to Ukraine.",    # "as well as"
    "Russia is corrupt. Biden supports Ukraine too.",      # an object, not an elliptical subject
    "Russia is not as bad as Ukraine.",                    # the standard is the worse
    "Russia is better than Ukraine.",                      # favourable comparison: rule 12 as before
    "Russia and Ukraine talked. Both agreed.",             # "both" without an evaluation
])
def test_no_carried_evaluation_for_intensifiers_questions_objects_or_favourable_comparisons(text):
    assert "shared" not in _labels(text)["Ukraine"][1]


@pytest.mark.parametrize("text", [
    "Russia is far more corrupt than Ukraine.",
    "What Russia is doing now is way worse than anything Ukraine has done.",
    "Russia is a lot weaker than Ukraine.",
])
def test_a_comparative_is_said_of_its_subject_however_near_the_standard(text):
    assert _labels(text)["Russia"][0] == "against"


@pytest.mark.parametrize("text, actor, want", [
    ("Ukraine is the real problem, not Russia.", "Russia", "favor"),
    ("It's Russia, not Ukraine, that has a brutal despot.", "Ukraine", "favor"),
    ("Ukraine is bleeding not Russia.", "Russia", "favor"),
    ("Unlike Russia, Ukraine is honest.", "Russia", "against"),
    ("We should blame Russia instead of Ukraine.", "Ukraine", "favor"),
])
def test_a_contrast_denies_the_first_actors_evaluation_of_the_second(text, actor, want):
    label, cue = _labels(text)[actor]
    assert label == want and cue.startswith("contrasted")
    assert _one(text, [RUSSIA, UKRAINE, PUTIN])[actor].evidence in text


@pytest.mark.parametrize("text", [
    "Ukraine is evil. It's not Russia.",                   # a copula's negation, no correction
    "Ukraine is corrupt whether or not Russia wins.",
    "Ukraine is to blame, not Russia?",                    # a question
    "Ukraine is corrupt but not Russia.",                  # "but not": no contrast read
    "Russia is at war with Iraq instead of Ukraine.",      # the contrasted party is no actor
])
def test_no_contrast_without_a_correction_of_a_named_actor(text):
    labels = _labels(text)
    assert not labels.get("Russia", ("", ""))[1].startswith("contrasted")
    assert not labels.get("Ukraine", ("", ""))[1].startswith("contrasted")
# ------------------------------------------------------------------ sentence sentiment (rule 13)
def _tone_labels(text):
    out = score_stance(pd.DataFrame({"text": [text]}), [RUSSIA, UKRAINE, PUTIN],
                       opponents={"Russia": ["Ukraine"]})
    _check_evidence(out, {cid: text for cid in out.comment_id})
    return {r.actor: (r.label, r.cue) for r in out.itertuples()}


def test_sentence_tone_of_a_wish_for_both_opponents_takes_no_side():
    labels = _tone_labels("I really hope that both Russia and Ukraine will soon reach a peaceful and "
                          "lasting resolution.")
    assert labels["Russia"][0] == labels["Ukraine"][0] == "neutral"


def test_sentence_tone_condemning_both_opponents_still_counts():
    labels = _tone_labels("In the end both Russia and Ukraine will only have brought a horrible and "
                          "shameful disaster upon everyone.")
    assert labels["Russia"] == labels["Ukraine"] == ("against", "sentence sentiment")


def test_sentence_tone_of_a_list_of_names_is_said_of_the_lists_topic():
    labels = _tone_labels("Hunter took money from Russia, China and Ukraine, and everyone knows that the "
                          "whole family is corrupt and disgusting.")
    assert labels["Russia"][0] == labels["Ukraine"][0] == "neutral"
    # a single name keeps the sentence's tone
    assert _tone_labels("Hunter took money from Ukraine, and everyone knows that the whole family is "
                        "corrupt and disgusting.")["Ukraine"] == ("against", "sentence sentiment")


def test_sentence_tone_leaves_out_a_third_partys_backing_and_talk_about_the_actor():
    assert _tone_labels("The people here who support Ukraine keep flooding this thread every "
                        "day.")["Ukraine"][0] == "neutral"
    assert _tone_labels("Everybody has been reading the wonderful articles about Ukraine this "
                        "week.")["Ukraine"][0] == "neutral"
    # the commenter's own backing, and words said on the actor, still count
    assert _tone_labels("I for one still support Ukraine and every brave soldier out "
                        "there.")["Ukraine"][0] == "favor"
    assert _tone_labels("Everybody has been reading the wonderful articles on Ukraine this "
                        "week.")["Ukraine"][0] == "favor"


def test_sentence_tone_between_the_other_side_and_the_actor_is_harm_done_to_it():
    labels = _tone_labels("Russia is spreading lies, hatred and misery across the cities of Ukraine.")
    assert labels["Ukraine"] == ("favor", "sentence sentiment")
    assert labels["Russia"][0] == "against"
    # without the other side before it the blame stays
    assert _tone_labels("Across the cities of Ukraine they are spreading lies, hatred and "
                        "misery.")["Ukraine"][0] == "against"


@pytest.mark.parametrize("lead", ["What a pathetic, disgusting joke,", "Such a pathetic, disgusting joke,"])
def test_sentence_tone_outside_the_other_sides_deed_done_to_the_actor_is_not_the_actors(lead):
    # the other side is the subject of the actor's clause: the words before it are not said of X
    labels = _tone_labels(f"{lead} Russia is meddling in Ukraine again.")
    assert labels["Russia"] == ("against", "sentence sentiment")
    assert labels["Ukraine"] == ("favor", "opposed side")


@pytest.mark.parametrize("text", [
    "What a pathetic, disgusting joke, Russia left and Ukraine is meddling again.",  # X's own clause
    "What a pathetic, disgusting joke, Russia and Ukraine are meddling in the region again.",  # a pair
    "What a pathetic, disgusting joke, Ukraine is meddling in the region again.",
])
def test_sentence_tone_of_the_actors_own_clause_stays(text):
    assert _tone_labels(text)["Ukraine"] == ("against", "sentence sentiment")


@pytest.mark.parametrize("text", [
    "Horrible, disgusting and pathetic news today: the army of Ukraine reached the river.",
    "Ukraine army reached the river | the worst and most disgusting propaganda site",
    "Ukraine army reached the river ; the worst and most disgusting propaganda site",
])
def test_sentence_tone_stops_at_a_colon_semicolon_or_bar(text):
    assert _tone_labels(text)["Ukraine"][0] == "neutral"


def test_sentence_tone_crosses_a_comma():
    assert _tone_labels("Horrible, disgusting and pathetic news today, the army of Ukraine reached the "
                        "river.")["Ukraine"] == ("against", "sentence sentiment")
# ------------------------------------------------------------------ whose aggression it is (rule 10)
@pytest.mark.parametrize("text, expected", [
    # a participle with its agent after "by" is a passive without an auxiliary
    ("So many Ukrainians dead or cruelly subjugated by Russia.", {"Ukraine": ("favor", "victim of attack"),
                                                                 "Russia": ("against", "attack by actor")}),
    ("Ukrainians oppressed by Russia for centuries.", {"Ukraine": ("favor", "victim of attack")}),
])
def test_a_reduced_passive_makes_the_mention_the_victim(text, expected):
    labels = _labels(text)
    for actor, want in expected.items():
        assert labels[actor] == want


@pytest.mark.parametrize("text", [
    "Russia attacked by surprise.",  # "by" names the manner, not an agent
    "Ukraine was invaded and bombed. Russia attacked by night.",
])
def test_by_of_manner_is_no_passive_agent(text):
    assert _labels(text)["Russia"] == ("against", "attack by actor")


def test_a_participle_of_another_noun_is_not_the_mentions_deed():
    # the territory is what was annexed; the plant what was damaged
    assert _labels("If Ukraine damaged the plant - on land annexed by Russia - it means war.")["Ukraine"][1] not in {
        "attack by actor", "victim of attack"}


@pytest.mark.parametrize("text", [
    "Ukraine wants the people who invaded its towns to leave.",
    "Ukraine should decide if they want the soldiers that murdered them punished.",
])
def test_a_relative_clause_of_another_noun_is_not_the_mentions_deed(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] != "attack by actor"


@pytest.mark.parametrize("text", [
    "Russia is the country that invaded Ukraine.",
    "It was Russia that invaded Ukraine.",
    "Russia sent the troops who killed civilians.",
])
def test_a_relative_clause_said_of_the_mention_keeps_it_the_agent(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == ("against", "attack by actor")


@pytest.mark.parametrize("text", [
    "Ukraine strikes the occupiers every night.",
    "Ukraine is shelling the invaders near the river.",
    "Ukraine killed 300 occupiers yesterday.",
    "Ukraine wages war against the occupation.",
    "Ukraine was taking back the land from the invaders.",
])
def test_striking_or_opposing_a_wrongdoer_is_fighting_it(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"] == ("favor", "fought wrongdoer")


@pytest.mark.parametrize("text", [
    "Ukraine strikes the city every night.",
    "Ukraine is shelling civilians near the river.",
    "Ukraine did not save the town from the invaders.",
])
def test_a_strike_on_no_wrongdoer_is_no_fight(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] != "fought wrongdoer"


@pytest.mark.parametrize("text", ["Both Russia and Ukraine have shelled the dam.",
                                  "Both Ukraine and Russia have targeted bridges."])
def test_an_attack_told_of_both_sides_alike_blames_neither(text):
    labels = {a: r.label for a, r in _one(text, [RUSSIA, UKRAINE], opponents={"Russia": ["Ukraine"]}).items()}
    assert labels["Russia"] == labels["Ukraine"] == "neutral"


@pytest.mark.parametrize("text", ["Russia and Ukraine have shelled the dam.",  # no "both"
                                  "Both Russia and Belarus have shelled the dam."])  # not two sides
def test_an_attack_by_a_pair_without_both_sides_still_blames(text):
    rows = _one(text, [RUSSIA, UKRAINE, Actor("Belarus", kind="country")], opponents={"Russia": ["Ukraine"]})
    assert (rows["Russia"].label, rows["Russia"].cue) == ("against", "attack by actor")


@pytest.mark.parametrize("text", [
    "Ukraine will use cluster bombs against soldiers.",
    "Ukraine shot at Russian troops all night.",
    "Ukraine hit Russian ammo depots.",
    "Ukraine struck a Russian command post.",
    "Ukraine has been targeting airfields and fuel stockpiles.",
])
def test_a_strike_on_a_military_target_is_a_military_success(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"] == ("favor", "military success")


@pytest.mark.parametrize("text", [
    "Ukraine will use cluster bombs against civilians.",
    "Ukraine shot at the houses.",
    "Ukraine hit the news again.",
    "Ukraine didn't hit any Russian bases.",
])
def test_a_strike_on_no_military_target_is_no_success(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] != "military success"


def test_an_alias_naming_combatants_is_no_victim():
    # "Russian troops" (an alias of Russia in the default actor file) struck is a military event
    rows = _one("Drones struck Russian troops in Crimea.", load_actors())
    assert rows["Russia"].cue != "victim of attack"


@pytest.mark.parametrize("text", [
    "Ukraine eliminated Russian positions near the river.",
    "Ukrainian artillery pounded Russian positions.",
    "Ukraine took out a Russian battalion last night.",
    "Ukraine is wiping out the Russian army.",
    "Ukraine sank the Russian flagship.",
    "Ukraine downed three Russian jets.",
    "Russian positions were pounded by Ukraine.",
    "Russian troops were destroyed by Ukraine.",
    "The soldiers of Russia were killed by Ukraine.",
])
def test_a_strike_verb_with_combatants_is_the_strikers_military_success(text):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert rows["Ukraine"] == ("favor", "military success")
    assert rows["Russia"][1] not in {"attack by actor", "victim of attack"}


@pytest.mark.parametrize("text", [
    "Ukraine eliminated corruption in the courts.",
    "Ukraine stormed out of the meeting.",
    "Ukraine took the offer.",
    "Ukraine didn't take out any Russian tanks.",
    "Ukraine was hit by a storm.",
])
def test_a_strike_verb_with_no_military_object_is_no_success(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] != "military success"


@pytest.mark.parametrize("text", [
    "26,000 Russian soldiers killed in Ukraine.",
    "Russian soldiers killed or wounded in the battle.",
    "The Russian troops destroyed near the river were conscripts.",
])
def test_combatants_killed_are_no_agents_and_the_place_no_victim(text):
    assert all(cue not in {"attack by actor", "victim of attack"} for _, cue in _labels(text, (RUSSIA, UKRAINE)).values())


@pytest.mark.parametrize("text, russia, ukraine", [
    ("Russian soldiers killed civilians in Ukraine.", ("against", "attack by actor"), ("favor", "victim of attack")),
    ("Russian soldiers killed and raped civilians.", ("against", "attack by actor"), None),
    ("Ukrainian civilians killed by Russian soldiers.", ("against", "attack by actor"), ("favor", "victim of attack")),
    ("Civilians killed in Ukraine.", None, ("favor", "victim of attack")),
])
def test_combatants_killing_civilians_stay_attackers(text, russia, ukraine):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert rows.get("Russia") == russia and rows.get("Ukraine") == ukraine


@pytest.mark.parametrize("text", ["Ukraine bought attack aircraft.", "Russian attack helicopters landed.",
                                  "Ukraine is building strike drones."])
def test_an_attack_noun_compound_is_no_deed(text):
    assert all(cue not in {"attack by actor", "victim of attack", "military success"}
               for _, cue in _labels(text, (RUSSIA, UKRAINE)).values())


@pytest.mark.parametrize("text, actor, row", [
    ("Russian attack aircraft bombed Kyiv.", "Russia", ("against", "attack by actor")),
    ("Russia will attack Kyiv.", "Russia", ("against", "attack by actor")),
    ("Ukraine shot down a Russian attack helicopter.", "Ukraine", ("favor", "military success")),
])
def test_the_verb_attack_and_deeds_beside_a_compound_stay(text, actor, row):
    assert _labels(text, (RUSSIA, UKRAINE))[actor] == row


@pytest.mark.parametrize("text", ["Russia's allies attacked the village.", "Ukraine's neighbours were invaded.",
                                  "Russia's closest allies attacked the village."])
def test_a_deed_of_a_related_party_is_not_the_possessors(text):
    assert all(cue not in {"attack by actor", "victim of attack"} for _, cue in _labels(text, (RUSSIA, UKRAINE)).values())


@pytest.mark.parametrize("text", ["Russia's army attacked the village.", "Russia's brutal army attacked the village."])
def test_a_deed_of_the_possessors_forces_stays_its_own(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == ("against", "attack by actor")


@pytest.mark.parametrize("text", ["We should start bombing Russia.", "Let's begin shelling Russia.",
                                  "It is time to bomb Russia."])
def test_a_call_to_start_an_attack_or_that_it_is_time_is_a_wished_attack(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == ("against", "wished attack")


@pytest.mark.parametrize("text", ["This is not the time to bomb Russia.", "They should start talking to Russia.",
                                  "When can we start bombing Russia?"])
def test_no_call_when_denied_peaceful_or_asked(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"][1] != "wished attack"


@pytest.mark.parametrize("text, label", [
    ("Give Ukraine the jets it needs.", "favor"),
    ("We should send Ukraine more tanks.", "favor"),
    ("Stop giving Ukraine our money.", "against"),
    ("Don't give Ukraine another dollar.", "against"),
    ("Not one more dollar for Ukraine.", "against"),
])
def test_aid_to_the_first_object_of_a_verb_of_giving(text, label):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"] == (label, "aid to actor")


@pytest.mark.parametrize("text", ["Giving Ukraine weapons is a waste.", "They give Ukraine weapons.",
                                  "Give Ukraine hell.", "Whatever we give Ukraine ends up elsewhere.",
                                  "Russia will give Ukraine a lesson.", "We give Ukraine a free pass."])
def test_no_aid_when_given_by_others_a_gerund_subject_or_no_gift(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] != "aid to actor"


@pytest.mark.parametrize("text, label, cue", [
    ("Russia owes Ukraine reparations.", "favor", "owed"),
    ("The US does not owe Ukraine anything.", "against", "owed"),
    ("We owe Ukraine nothing.", "against", "owed"),
    ("Ukraine should get F-16s.", "favor", "aid to actor"),
    ("Ukraine needs to be given more jets.", "favor", "aid to actor"),
    ("Ukraine should never receive them.", "against", "aid to actor"),
    ("Ukraine deserves its weapons back.", "favor", "defence"),
    ("Ukraine doesn't deserve a penny.", "against", "advocacy"),
    ("Ukraine deserves nothing.", "against", "advocacy"),
    ("Ukraine cannot be allowed to fall.", "favor", "defence"),
    ("Ukraine will not fall.", "favor", "defence"),
    ("Ukraine must fall.", "against", "wish"),
])
def test_what_the_actor_is_owed_given_deserves_or_may_suffer(text, label, cue):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"] == (label, cue)


@pytest.mark.parametrize("text", ["If Ukraine gets jets, it wins.", "Ukraine deserves what it gets.",
                                  "Ukraine should get out.", "Ukraine fell.", "Ukraine owes Russia."])
def test_no_deontic_reading_in_a_condition_for_an_open_object_or_a_plain_event(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] not in {"owed", "aid to actor", "defence", "advocacy",
                                                                  "wish"}


@pytest.mark.parametrize("text, label", [
    ("Ukraine needs to join NATO.", "favor"),
    ("Ukraine must be a member of the EU.", "favor"),
    ("Ukraine can not be in NATO.", "against"),
])
def test_a_membership_demanded_or_denied(text, label):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][0] == label


@pytest.mark.parametrize("text", ["Ukraine doesn't need to be in NATO.", "Ukraine will not join NATO.",
                                  "Nobody knows why Ukraine should join NATO.", "Ukraine will join NATO."])
def test_no_membership_demand_without_a_right_granted_or_denied(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Ukraine"][1] not in {"defence", "advocacy"}


@pytest.mark.parametrize("text, label", [
    ("Russia should pay reparations.", "against"), ("Russia needs to pay dearly for every life.", "against"),
])
def test_amends_demanded_of_the_actor(text, label):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"] == (label, "advocacy")


@pytest.mark.parametrize("text", ["Russia will pay?", "If Russia must pay, fine.", "Russia should not pay.",
                                  "Russia wants to pay."])
def test_no_amends_demanded_in_a_question_condition_negation_or_wish_of_the_actor(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"][1] != "advocacy"


@pytest.mark.parametrize("text, evidence", [
    ("Leaking these maps only benefits Russia.", "benefits Russia"),
    ("They gave up the islands to appease Russia.", "appease Russia"),
    ("That deal will embolden Russia.", "embolden Russia"),
    ("The sanctions pause is a gift to Russia.", "gift to Russia"),
    ("Your posts play right into Russia's hands.", "into Russia's hands"),
])
def test_the_one_a_deed_serves_is_charged(text, evidence):
    rows = _one(text, (RUSSIA, UKRAINE))
    assert (rows["Russia"].label, rows["Russia"].cue, rows["Russia"].evidence) == ("against", "beneficiary",
                                                                                    evidence)


@pytest.mark.parametrize("text", ["It does not benefit Russia at all.", "How would that benefit Russia?",
                                  "Russia will strike when it benefits Russia to do so.",
                                  "The emboldened Russia pushed on."])
def test_no_beneficiary_when_negated_asked_an_interest_or_an_adjective(text):
    assert _labels(text, (RUSSIA, UKRAINE))["Russia"][1] != "beneficiary"


@pytest.mark.parametrize("text", ["Russia is doing really bad things in Ukraine.",
                                  "Russia's army keeps failing in Ukraine."])
def test_the_other_sides_deed_in_a_place_is_not_said_of_the_place(text):
    rows = _one(text, (RUSSIA, UKRAINE))
    assert rows["Russia"].label == "against"
    assert rows["Ukraine"].cue != "local sentiment"


def test_words_before_in_x_without_another_side_stay():
    assert _labels("There is terrible corruption in Ukraine.", (RUSSIA, UKRAINE))["Ukraine"] == (
        "against", "local sentiment")


@pytest.mark.parametrize("text, label", [
    ("You have to be pretty thick to think Ukraine blew up the bridge.", "favor"),
    ("You'd be an idiot to believe Russia is winning.", "against"),
    ("They are naive enough to think Russia is weak.", "favor"),
])
def test_a_belief_only_a_fool_would_hold_is_derided(text, label):
    rows = _one(text, (RUSSIA, UKRAINE))
    (row,) = rows.values()
    assert row.label == label and "mockery" in row.cue and ("think" in row.evidence or "believe" in row.evidence)


def test_a_plain_infinitive_of_belief_is_no_derision():
    assert "mockery" not in _labels("We need to think Russia is weak.", (RUSSIA, UKRAINE))["Russia"][1]


@pytest.mark.parametrize("text", ["We should help Ukraine and Russia.",
                                  "I don't support Russia or Ukraine.",
                                  "Time to support Ukraine and Russia, to help the world!"])
def test_advocacy_for_a_pair_of_opponents_takes_neither_side(text):
    rows = _one(text, load_actors())  # (the default actors declare Russia and Ukraine opponents)
    assert {r.label for r in rows.values()} == {"neutral"}


@pytest.mark.parametrize("text, label", [("We should help Ukraine and the Ukrainians.", "favor"),
                                         ("We should help Ukraine.", "favor"),
                                         ("I don't support Russia.", "against")])
def test_advocacy_for_one_side_or_its_own_is_kept(text, label):
    rows = _one(text, load_actors())
    assert all(r.label == label for r in rows.values()) and rows


@pytest.mark.parametrize("text, actor", [
    ("Russia will launch their offensive soon.", "Russia"),
    ("Russia's offensive near Bakhmut continues.", "Russia"),
    ("The last major Russian offensive took a tiny town.", "Russia"),
    ("Ukraine's offensive is going well.", "Ukraine"),
])
def test_the_military_noun_offensive_carries_no_valence(text, actor):
    # VADER's "offensive" (-2.0) is the adjective of rudeness; the noun names an operation
    row = _one(text)[actor]
    assert row.label != "against", (text, row.cue, row.evidence)


@pytest.mark.parametrize("text", ["Russia is offensive.", "Russia's offensive remarks were condemned."])
def test_the_adjective_offensive_keeps_its_valence(text):
    assert _one(text)["Russia"].label == "against"


@pytest.mark.parametrize("text, actor, label, cue", [
    ("You Ukraine lovers are delusional.", "Ukraine", "against", "derogatory modifier"),
    ("Putin stans are everywhere today.", "Putin", "against", "derogatory modifier"),
    ("The Russia cheerleaders went quiet.", "Russia", "against", "derogatory modifier"),
    ("Russia simps will say anything.", "Russia", "against", "derogatory modifier"),
    ("Ukraine supporters are idiots.", "Ukraine", "against", "predicate evaluation"),
    ("Russia fans are brave people.", "Russia", "favor", "predicate evaluation"),
])
def test_names_for_an_actors_followers(text, actor, label, cue):
    row = _one(text)[actor]
    assert (row.label, row.cue) == (label, cue)


def test_a_verb_after_the_actor_names_no_follower():
    assert _one("Ukrainians loving their country is natural.")["Ukraine"].cue != "derogatory modifier"


def test_a_follower_speaker_keeps_its_scorn_but_its_words_are_reported():
    rows = _one("Putin stans like you insisted Ukraine did it.", (PUTIN, UKRAINE))
    assert (rows["Putin"].label, rows["Putin"].evidence) == ("against", "Putin stans")
    assert rows["Ukraine"].cue == "reported speech"
    # the speaker named without scorn gets nothing from the report
    assert _one("Russia said Ukraine is weak.", (RUSSIA, UKRAINE))["Russia"].label == "neutral"


@pytest.mark.parametrize("text, label, cue, evidence", [
    ("The atrocities of Ukraine in the east are ignored.", "against", "attack by actor", "atrocities of Ukraine"),
    ("The crimes of Russia will be judged.", "against", "attack by actor", "crimes of Russia"),
    ("The aggression of Russia must end.", "against", "attack by actor", "aggression of Russia"),
    ("The lies of Ukraine are ignored.", "against", "attack by actor", "lies of Ukraine"),
    # near misses: a noun of an act done to a place names the victim
    ("The invasion of Ukraine is wrong.", "favor", "victim of attack", "invasion of Ukraine"),
    ("The crimes against Ukraine will be judged.", "favor", "victim of attack", "crimes against Ukraine"),
])
def test_a_noun_of_wrongdoing_before_of_names_the_wrongdoer(text, label, cue, evidence):
    rows = _one(text, (RUSSIA, UKRAINE))
    (row,) = rows.values()
    assert (row.label, row.cue, row.evidence) == (label, cue, evidence)


@pytest.mark.parametrize("text, actor, label, cue, evidence", [
    ("Another broken promise by Ukraine.", "Ukraine", "against", "broken agreement",
     "broken promise by Ukraine"),
    ("As usual Ukraine didn't abide by the agreement.", "Ukraine", "against", "broken agreement",
     "Ukraine didn't abide by the agreement"),
    ("They signed it. Russia didn't abide by it.", "Russia", "against", "broken agreement",
     "Russia didn't abide by it"),
    ("Ukraine walked away from the talks.", "Ukraine", "against", "broken agreement",
     "Ukraine walked away from the talks"),
    ("Russia pulled out of the grain deal.", "Russia", "against", "broken agreement",
     "Russia pulled out of the grain deal"),
    ("Ukraine torpedoed the negotiations.", "Ukraine", "against", "broken agreement",
     "Ukraine torpedoed the negotiations"),
    ("Russia got in the way of peace.", "Russia", "against", "broken agreement", "Russia got in the way of peace"),
    ("It is only Ukraine that refused or blocked negotiations.", "Ukraine", "against", "broken agreement",
     "Ukraine that refused or blocked negotiations"),
    ("Ukraine kept the peace.", "Ukraine", "favor", "kept agreement", "Ukraine kept the peace"),
    # the passive of keeping is a kept agreement too (it had read "negation", nothing negated)
    ("The deal was kept by Russia.", "Russia", "favor", "kept agreement", "deal was kept by Russia"),
    ("The US kept breaking its agreement with Russia.", "Russia", "favor", "victim of attack",
     "breaking its agreement with Russia"),
    ("The US kept breaking its agreement with Ukraine.", "Ukraine", "favor", "victim of attack",
     "breaking its agreement with Ukraine"),
])
def test_an_agreement_broken_or_kept(text, actor, label, cue, evidence):
    row = _one(text, (RUSSIA, UKRAINE))[actor]
    assert (row.label, row.cue, row.evidence) == (label, cue, evidence)


@pytest.mark.parametrize("text, actor", [
    ("Did Russia pull out of the deal?", "Russia"),  # a yes / no question
    ("Should not Russia comply with the agreement?", "Russia"),
    ("If Ukraine walks away from the talks, so be it.", "Ukraine"),  # a condition
    ("Russia pulled out of Kherson.", "Russia"),  # no agreement: a withdrawal
    ("Russia signed an agreement with Ukraine.", "Ukraine"),  # nothing broken
    ("Ukraine kept going.", "Ukraine"),
    ("Ukraine followed the talks closely.", "Ukraine"),  # watched, not kept
])
def test_no_broken_agreement_without_an_assertion_and_an_agreement(text, actor):
    assert _one(text, (RUSSIA, UKRAINE))[actor].cue not in {"broken agreement", "kept agreement"}


@pytest.mark.parametrize("text, actor, label, cue", [
    ("Russia is destabilizing the whole region.", "Russia", "against", "attack by actor"),
    ("Russia keeps bullying its small neighbours.", "Russia", "against", "attack by actor"),
    ("Russia wants to conquer the whole of Europe.", "Russia", "against", "attack by actor"),
    ("The Ukrainians encircled Russian troops near the river.", "Ukraine", "favor", "military success"),
    ("Russia must be booted from the council.", "Russia", "against", "advocacy"),
    ("We should isolate Russia completely.", "Russia", "against", "advocacy"),
    ("Ukraine is holding the line in the east.", "Ukraine", "favor", "self-defence"),
    ("Ukraine stood its ground for months.", "Ukraine", "favor", "self-defence"),
    ("The Ukrainians are fighting back hard.", "Ukraine", "favor", "self-defence"),
    ("Russia is trying to rebuild its old empire.", "Russia", "against", "imperial ambition"),
    ("Russia wants to restore the USSR.", "Russia", "against", "imperial ambition"),
])
def test_word_class_gaps_filled(text, actor, label, cue):
    assert _labels(text)[actor] == (label, cue)


@pytest.mark.parametrize("text, actor", [
    ("Russia rebuilt the theatre in the city.", "Russia"),   # no empire
    ("Russia holds the city.", "Russia"),                     # no ground held
    ("Ukraine surrounded by friends is no news.", "Ukraine"),  # no military object
])
def test_word_class_gaps_near_misses(text, actor):
    assert _labels(text).get(actor, ("neutral", ""))[1] not in {
        "imperial ambition", "self-defence", "military success"}


def test_negated_or_conditional_resistance_and_ambition_are_no_cue():
    assert _labels("If Ukraine holds the line, we win.")["Ukraine"][1] != "self-defence"
    assert _labels("Russia is not trying to rebuild its empire.")["Russia"][1] != "imperial ambition"


@pytest.mark.parametrize("text, label, cue", [
    ("The West must help Ukraine.", "favor", "defence"),
    ("NATO should give Ukraine more tanks.", "favor", "aid to actor"),
    ("The US needs to support Ukraine.", "favor", "defence"),
    ("The US has to support Ukraine.", "favor", "defence"),
    ("Germany shouldn't arm Ukraine.", "against", "negation"),
    ("The EU ought to sanction Russia.", "against", "advocacy"),
    ("It's time for the West to arm Ukraine.", "favor", "defence"),
    ("The US should have given Ukraine jets long ago.", "favor", "aid to actor"),
    ("Why didn't the West give Ukraine the jets sooner?", "favor", "aid to actor"),
    ("Why did NATO not help Ukraine?", "favor", "defence"),
])
def test_a_third_partys_obligation_stated_by_the_commenter_is_a_demand(text, label, cue):
    rows = _one(text, load_actors())
    actor = "Ukraine" if "Ukraine" in text else "Russia"
    assert (rows[actor].label, rows[actor].cue) == (label, cue)
    assert rows[actor].evidence in text


@pytest.mark.parametrize("text", [
    "The US will help Ukraine.", "The US would have to help Ukraine.", "If NATO must help Ukraine, fine.",
    "Biden said the US must help Ukraine.", "Will the US help Ukraine?", "Why did the West help Ukraine?",
    "The US has given Ukraine billions.", "The new tanks should help Ukraine.",
])
def test_no_third_party_demand_in_a_prediction_condition_report_or_question(text):
    row = _one(text, load_actors())["Ukraine"]
    assert row.cue not in {"defence", "advocacy", "aid to actor"}


@pytest.mark.parametrize("text, winner, loser", [
    ("Ukraine's military has been defeated by Russia many times.", "Russia", "Ukraine"),
    ("Russia was beaten by Ukraine near Kharkiv.", "Ukraine", "Russia"),
    ("The Russian assault was repelled by Ukraine.", "Ukraine", "Russia"),
])
def test_a_defeat_with_its_agent_is_the_agents_success(text, winner, loser):
    rows = _labels(text, (RUSSIA, UKRAINE))
    assert rows[winner] == ("favor", "military success") and rows[loser][0] == "against"


def test_a_denied_or_conditional_defeat_by_an_agent_is_no_success():
    assert _labels("Russia was not defeated by Ukraine.", (RUSSIA, UKRAINE))["Ukraine"][1] != "military success"
    assert _labels("If Russia is defeated by Ukraine, Putin falls.", (RUSSIA, UKRAINE))["Ukraine"][1] \
        != "military success"


@pytest.mark.parametrize("text", [
    "They want to see Ukraine defeated.", "The generals wanted to see Ukraine defeated.",
    "We watched Ukraine defeated on the news.",
])
def test_seeing_the_actor_defeated_is_no_victory(text):
    # "see X defeated" is the participle of X's defeat, not "X defeated Y"
    assert _labels(text)["Ukraine"][0] != "favor"


def test_the_actor_defeating_another_is_still_its_success():
    assert _labels("Ukraine defeated the invaders.")["Ukraine"][0] == "favor"


@pytest.mark.parametrize("text", [
    "Russia is gonna fall.", "Russia is going to fall.", "Russia is gonna fall soon.",
])
def test_gonna_fall_is_a_predicted_demise(text):
    assert _labels(text)["Russia"] == ("against", "predicted demise")


@pytest.mark.parametrize("text", [
    "Russia is going to fall back.",  # no demise
    "If Russia is gonna fall, so be it.",  # a condition
])
def test_no_gonna_fall_demise(text):
    assert _labels(text)["Russia"][1] != "predicted demise"


@pytest.mark.parametrize("text", [
    "Without our help Ukraine will fall.", "Without help, Ukraine will collapse.",
    "Without weapons Ukraine would lose.", "Ukraine will fall without our support.",
    "Without Western aid Ukraine won't survive.", "Without us Ukraine is gonna collapse.",
])
def test_a_warning_that_the_actor_needs_help_argues_for_it(text):
    assert _labels(text)["Ukraine"] == ("favor", "aid to actor")


@pytest.mark.parametrize("text", [
    "Without Ukraine we will fall.",  # X is no subject
    "Without a plan Ukraine will fall.",  # no help
    "Without our help Ukraine will win.",  # no demise
])
def test_no_unaided_demise(text):
    assert _labels(text)["Ukraine"][1] != "aid to actor"


@pytest.mark.parametrize("text, cue", [
    ("Why would Ukraine irradiate their own country?", "denied guilt"),
    ("Why would Ukraine flood its own land?", "denied guilt"),
    ("Wtf would Ukraine poison its own people?", "denied guilt"),
])
def test_more_denied_deeds(text, cue):
    assert _labels(text)["Ukraine"] == ("favor", cue)


def test_a_flooded_actor_is_no_victim_of_attack():
    # "flood" is a doubted deed only: "X is flooded with weapons" is no attack
    assert _labels("Ukraine is flooded with weapons.")["Ukraine"][1] != "victim of attack"
    assert _labels("Russia poisoned the river.")["Russia"] == ("against", "attack by actor")


@pytest.mark.parametrize("text, labels", [
    ("Russia is afraid of Ukraine.", {"Russia": "against", "Ukraine": "favor"}),
    ("Russia fears Ukraine.", {"Russia": "against", "Ukraine": "favor"}),
    ("Russia has good reason to fear Ukraine.", {"Russia": "against", "Ukraine": "favor"}),
    ("Ukraine is not afraid of Russia.", {"Ukraine": "favor"}),
    ("Nobody is afraid of Russia anymore.", {"Russia": "against"}),
    ("No one fears Russia.", {"Russia": "against"}),
    ("Everyone fears Russia.", {"Russia": "favor"}),
    ("The whole world is afraid of Russia.", {"Russia": "favor"}),
])
def test_fear_tells_strength_and_weakness(text, labels):
    got = _labels(text)
    for actor, label in labels.items():
        assert got[actor] == (label, "fear")


@pytest.mark.parametrize("text", [
    "It's not like Ukraine is scared of Russia.",  # negated before the one afraid
    "Not everyone fears Russia.",
    "Countries that do not support Ukraine are afraid of Russia.",  # Ukraine is an object
    "I am afraid of Russia.",  # the writer's own fear
])
def test_no_fear_reading(text):
    assert all(cue != "fear" for _, cue in _labels(text).values())


@pytest.mark.parametrize("text", [
    "They want to see Ukraine defeated.", "They want Ukraine to lose.", "People hope Ukraine wins.",
    "The hawks want to see Ukraine crushed.",
    "Putin wants to see Ukraine crushed.", "Putin wants Ukraine to lose.", "He hopes Ukraine wins.",
    "The Kremlin hopes Ukraine collapses.",
])
def test_a_third_partys_wish_is_not_the_writers(text):
    assert _labels(text)["Ukraine"] == ("neutral", "reported speech")


@pytest.mark.parametrize("text, label", [
    ("We want to see Ukraine defeated.", "against"),  # the writer's own wish
    ("They don't want Ukraine to lose.", None),  # negated: left to the other rules
    ("Putin doesn't want to see Ukraine crushed.", None),
    ("I want to see Ukraine defeated, like Putin.", "against"),  # the named one is no wisher here
])
def test_the_writers_wish_near_a_third_partys(text, label):
    got = _labels(text)["Ukraine"]
    if label:
        assert got == (label, "wish")
    else:
        assert got[1] != "reported speech"


@pytest.mark.parametrize("text, label", [
    ("Without a doubt Russia will fall.", "against"),  # the denied doubt is certainty
    ("No doubt Russia is losing.", "against"),
    ("Hell yes Ukraine!", "neutral"),  # the expletive before an assent evaluates nobody
    ("Damn straight, I'm with Ukraine.", "favor"),
    ("Crazy good work by Ukraine.", "favor"),  # a degree word before praise
])
def test_emphatic_phrases_carry_no_valence(text, label):
    actor = "Russia" if "Russia" in text else "Ukraine"
    assert _labels(text)[actor][0] == label


@pytest.mark.parametrize("text, label, cue", [
    ("Doubt Russia.", "against", "local sentiment"),  # no denier: the doubt counts
    ("Damn Russia!", "against", "local sentiment"),  # a curse, no assent after it
    ("Stupid Russia.", "against", "local sentiment"),  # no praise after the degree word
    ("Without Western help, Ukraine will fall.", "favor", "aid to actor"),  # "without" as a condition
])
def test_emphatic_phrase_near_misses(text, label, cue):
    actor = "Russia" if "Russia" in text else "Ukraine"
    assert _labels(text)[actor] == (label, cue)


@pytest.mark.parametrize("text, actor", [
    ("Destroyed buildings everywhere #Ukraine #war", "Ukraine"),
    ("Our pilots took out a jet behind enemy lines #Ukraine", "Ukraine"),
    ("Played around for far too long #Russia", "Russia"),
])
def test_trailing_topic_tag_takes_no_local_words(text, actor):
    assert _labels(text)[actor][1] != "local sentiment"


@pytest.mark.parametrize("text, actor, label", [
    ("No assurances from #Russia", "Russia", "against"),  # the run is taken in by a preposition
    ("Stupid #Russia is at it again", "Russia", "against"),  # not at the end
])
def test_hashtag_inside_the_sentence_keeps_local_words(text, actor, label):
    assert _labels(text)[actor] == (label, "local sentiment")


@pytest.mark.parametrize("text, actor, label", [
    ("Russia used to be a great country.", "Russia", "against"),  # a lost virtue
    ("Putin used to be respected.", "Putin", "against"),
    ("Russia was once a great nation.", "Russia", "against"),
    ("Russia once was strong.", "Russia", "against"),
    ("Ukraine used to be corrupt.", "Ukraine", "favor"),  # a lost vice
    ("Ukraine was once corrupt.", "Ukraine", "favor"),
    ("I used to support Ukraine.", "Ukraine", "against"),  # an attitude given up
    ("We used to admire Russia.", "Russia", "against"),
    ("Russia is not what it used to be.", "Russia", "against"),  # the decline itself
    ("Russia isn't what it once was.", "Russia", "against"),
])
def test_a_state_that_no_longer_holds_flips_for_the_present(text, actor, label):
    assert _labels(text)[actor][0] == label


@pytest.mark.parametrize("text, actor, label", [
    ("I used to live in Russia.", "Russia", "neutral"),  # no evaluation
    ("Russia used to supply gas.", "Russia", "neutral"),
    ("He said Putin used to be respected.", "Putin", "neutral"),  # a report
    ("Russia used to be strong and still is.", "Russia", "favor"),  # it still holds
    ("I got used to hating Russia.", "Russia", "against"),  # a habit, nothing given up
    ("They are a tool used to weaken Russia.", "Russia", "against"),  # a purpose
    ("Russia once invaded Ukraine.", "Russia", "against"),  # one past deed
    ("Ukraine is not what they claim.", "Ukraine", "neutral"),
])
def test_past_state_near_misses(text, actor, label):
    assert _labels(text)[actor][0] == label


@pytest.mark.parametrize("text", ["Poor Ukraine.", "Poor Ukrainians.", "The poor Ukrainian people.",
                                  "Poor Ukrainian civilians."])
def test_pity_before_the_actor_is_sympathy(text):
    row = _one(text)["Ukraine"]
    assert (row.label, row.cue) == ("favor", "local sentiment")


@pytest.mark.parametrize("text, actor", [
    ("Poor Ukraine leadership decisions cost lives.", "Ukraine"),  # poor = bad, of a noun after X
    ("Russia's army is poor.", "Russia"),
    ("What a poor excuse by Russia.", "Russia"),
])
def test_poor_as_bad_quality_stays_against(text, actor):
    assert _one(text)[actor].label == "against"


@pytest.mark.parametrize("text, actor, label", [
    ("Russia is ready to destroy Ukraine.", "Russia", "against"),  # the will to harm: the harm decides
    ("Russia is eager to invade its neighbours.", "Russia", "against"),
    ("The generals are fully prepared to sacrifice Ukraine.", "Ukraine", "neutral"),  # no praise of Y
    ("They seem willing to just bomb Ukraine.", "Ukraine", "favor"),  # the victim of the bombing
])
def test_readiness_for_a_harm_is_no_praise(text, actor, label):
    assert _one(text)[actor].label == label


@pytest.mark.parametrize("text, actor", [
    ("Ukraine is ready to defend itself.", "Ukraine"),  # readiness for no harm stays praise
    ("Russia is prepared to negotiate.", "Russia"),
    ("Ukraine is ready.", "Ukraine"),
    ("Ukraine is determined to win.", "Ukraine"),
])
def test_readiness_without_a_harm_stays_praise(text, actor):
    assert _one(text)[actor].label == "favor"


@pytest.mark.parametrize("text, actor", [
    ("Russia sells natural gas to Europe.", "Russia"),  # a fixed term: no gas of good character
    ("Europe buys Russia's natural resources.", "Russia"),
    ("Europe gave Ukraine the tanks for free.", "Ukraine"),  # without payment, no praise
    ("Europe gave Ukraine the tanks for free from day one.", "Ukraine"),  # a function word after it
    ("Russia raised interest rates again.", "Russia"),
    ("Russia acts in its national interest.", "Russia"),
    ("Putin's net worth is a secret.", "Putin"),
    ("Ukraine will get Patriot missiles.", "Ukraine"),  # a weapon's name
    ("Putin talked about health care.", "Putin"),
    ("Ukraine is a free trade partner of Europe.", "Ukraine"),  # in a predicate too (rule 9)
    ("Russia is a natural gas exporter.", "Russia"),
])
def test_fixed_terms_evaluate_nobody(text, actor):
    assert _labels(text)[actor] == ("neutral", "mention only")


@pytest.mark.parametrize("text, actor, label", [
    ("Russia is a natural ally.", "Russia", "favor"),  # no listed term: says X is on one's side
    ("Russia is natural.", "Russia", "favor"),
    ("Russia is a great power.", "Russia", "favor"),  # evaluative, listed or not
    ("Ukraine is part of the free world.", "Ukraine", "favor"),
    ("Ukraine has a free press.", "Ukraine", "favor"),  # a value: a state is judged by it
    ("Ukraine is fighting for free speech.", "Ukraine", "favor"),  # "for free" before a noun: the value
    ("Russia has no free press.", "Russia", "against"),
    ("Ukraine has great natural beauty.", "Ukraine", "favor"),  # "natural" outside a term
    ("Russia's approval rating is low.", "Russia", "against"),  # the term voided, "low" still read
])
def test_evaluative_phrases_near_fixed_terms_stay(text, actor, label):
    assert _labels(text)[actor][0] == label


@pytest.mark.parametrize("text, actor", [
    ("Ukraine got natural gas from Norway.", "Ukraine"),  # what X undergoes: a term, no good thing
    ("Ukraine received Patriot missiles.", "Ukraine"),
    ("Ukraine received free trade status.", "Ukraine"),
])
def test_fixed_terms_are_nothing_an_actor_undergoes(text, actor):
    assert _labels(text)[actor] == ("neutral", "mention only")


@pytest.mark.parametrize("text, actor, label", [
    ("Ukraine won praise.", "Ukraine", "favor"),  # near misses: no term, the undergo reading stays
    ("Russia faced a crisis.", "Russia", "against"),
    ("Ukraine received great support.", "Ukraine", "favor"),
])
def test_what_an_actor_undergoes_outside_a_term_stays(text, actor, label):
    assert _labels(text)[actor][0] == label


def test_term_words_are_gated_and_exact():
    from stance._stance_mentions import _term_words

    assert _term_words("russia sells natural gas".split()) == [2]
    assert _term_words("a natural ally".split()) == []
    assert _term_words("make america great again".split()) == [2]
    assert _term_words("the great again".split()) == []
    assert _term_words("they got it for free".split()) == [4]
    assert _term_words("it came for free from them".split()) == [3]
    assert _term_words("fighting for free speech".split()) == []  # an open term before a word


@pytest.mark.parametrize("text, actor, label", [
    ("Putin is a natural disaster.", "Putin", "against"),  # the head names a harm: it keeps its valence
    ("Russia caused an energy crisis in Europe.", "Russia", "against"),
])
def test_a_fixed_term_naming_a_harm_voids_only_its_modifier(text, actor, label):
    assert _one(text, load_actors())[actor].label == label


def test_term_heads_naming_a_harm_are_not_voided():
    from stance._stance_mentions import _term_words

    assert _term_words("a natural disaster".split()) == [1]  # "natural" only, not "disaster"
    assert _term_words("the energy crisis".split()) == [1]  # "energy" voided, "crisis" kept
