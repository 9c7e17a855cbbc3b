"""Tests for stance.actors: actor definitions, the YAML loader and mention finding."""

import math
from pathlib import Path

import pandas as pd
import pytest

import stance
from stance.actors import MENTION_COLUMNS, Actor, find_mentions, load_actors
from stance.errors import ActorFileError, StanceError

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_2dcbf18fb3e56109.txt"


def found(text, actors=None, **kw):
    m = find_mentions(text, actors, **kw)
    return [(a, t, v) for a, t, v in zip(m["actor"], m["mention"], m["via"])]


# ---------------------------------------------------------------- defaults
def test_default_actors():
    actors = {a.name: a for a in load_actors()}
    assert {"Putin", "Erdogan", "the West", "Russia", "Turkey", "Ukraine"} <= set(actors)
    assert actors["Putin"].kind == "person" and actors["Putin"].pronouns
    assert actors["the West"].kind == "group"
    assert {"United States", "United Kingdom", "European Union", "NATO"} <= set(
        actors["the West"].members)
    assert "US" in actors["the West"].members["United States"]
    assert actors["Putin"].cues["Putler"] == -1


def test_public_names():
    assert stance.Actor is Actor
    assert stance.load_actors is load_actors
    assert stance.find_mentions is find_mentions


# ---------------------------------------------------------------- matching
def test_capitalised_alias_is_case_sensitive():
    assert found("let us talk about the US and us") == [("the West", "US", "member")]
    assert found("the UK and the uk") == [("the West", "UK", "member")]


def test_member_field():
    m = find_mentions("big players like the US, UK and EU")
    assert m["member"].tolist() == ["United States", "United Kingdom", "European Union"]
    assert (m["actor"] == "the West").all()
    assert find_mentions("the West")["member"].isna().all()


def test_possessives_plurals_and_accents():
    assert found("Putin's plan, Erdogan’s games, two Erdogans, Erdoğan") == [
        ("Putin", "Putin's", "name"), ("Erdogan", "Erdogan’s", "name"),
        ("Erdogan", "Erdogans", "name"), ("Erdogan", "Erdoğan", "name")]


def test_whole_words_only():
    assert found("Rasputin and Putinesque and computing") == []
    assert found("anti-Putin protests in the Russia-Ukraine war") == [
        ("Putin", "Putin", "name"), ("Russia", "Russia", "name"), ("Ukraine", "Ukraine", "name")]


def test_word_start_trie_matches_like_a_leading_word_boundary():
    import re

    from stance.actors import _trie_pattern

    phrases = {"us", "usa", "eu", "u.s."}
    text = "us usa xus eu-us,us's usa's _us 2us u.s. bus"
    fast = re.compile(rf"(?:{_trie_pattern(phrases, word_start=True)})(?!\w)")
    plain = re.compile(rf"\b(?:{_trie_pattern(phrases)})(?!\w)")
    want = ["us", "usa", "eu", "us", "us", "usa", "u.s."]  # not inside xus, _us, 2us, bus
    assert [m.group() for m in fast.finditer(text)] == want
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_offsets_point_into_the_original_text():
    text = "“Erdoğan’s” games… and Türkiye’s answer to Putin’s"
    m = find_mentions(text)
    assert [text[s:e] for s, e in zip(m["start"], m["end"])] == m["mention"].tolist()
    assert m["mention"].tolist() == ["Erdoğan’s", "Türkiye’s", "Putin’s"]


def test_case_sensitive_west_and_excluded_phrases():
    assert found("a patrol west of Idlib, in the West Bank and West Virginia") == []
    assert found("trade across the Americas") == []
    assert found("Latin Americans and the West Bank's people") == []
    assert found("American weapons and the Brits") == [("the West", "American", "demonym"),
                                                      ("the West", "Brits", "demonym")]
    assert found("moving to the west of Idlib, heading west; THE WEST lies; the west wins") == [
        ("the West", "THE WEST", "name"), ("the West", "the west", "name")]
    assert found("the West wants war; Western media lie") == [
        ("the West", "the West", "name"), ("the West", "Western", "alias")]


def test_an_excluded_phrase_is_no_mention_only_of_the_actor_that_excludes_it():
    # "Western Ukraine" is excluded by the West ("Western" is no mention of it there), but it is
    # still Ukraine; "Russian language" (excluded by Russia) names no other actor
    assert found("troops sent to western Ukraine; Western  Ukraine's towns") == [
        ("Ukraine", "Ukraine", "name"), ("Ukraine", "Ukraine's", "name")]
    assert found("the Russian language in Ukraine") == [("Ukraine", "Ukraine", "name")]
    custom = [Actor("Kyiv", exclude=["Kyiv Post"]), Actor("Post")]
    assert found("the Kyiv Post", custom) == [("Post", "Post", "name")]


def test_multiword_alias_spans_any_whitespace():
    assert found("the Russian\nFederation", load_actors(use_demonyms=False)) == [
        ("Russia", "Russian\nFederation", "alias")]


def test_hashtags_and_handles():
    text = "#Putin #RussiaUkraineWar @KremlinRussia_E @realPutin #StopNATO #USA"
    m = find_mentions(text)
    got = list(zip(m["actor"], m["mention"], m["via"], m["member"].astype(object).where(
        m["member"].notna(), None)))
    assert got == [
        ("Putin", "#Putin", "hashtag", None),
        ("Russia", "#RussiaUkraineWar", "hashtag", None),
        ("Ukraine", "#RussiaUkraineWar", "hashtag", None),
        ("Russia", "@KremlinRussia_E", "handle", None),
        ("Putin", "@realPutin", "handle", None),
        ("the West", "#StopNATO", "cue", None),
        ("the West", "#USA", "hashtag", "United States"),
    ]
    assert m.loc[m["mention"] == "#StopNATO", "cue_value"].tolist() == [-1.0]


def test_camel_case_capitals_inside_a_hashtag():
    assert found("#StopUSWar") == [("the West", "#StopUSWar", "hashtag")]
    assert found("#business") == []  # 'us' inside a lower-case word is not the US


def test_cues_carry_their_value():
    m = find_mentions("Putler and the ruzzian orcs shelled the ukrops. #StandWithUkraine Slava Ukraini")
    assert list(zip(m["actor"], m["mention"], m["via"], m["cue_value"])) == [
        ("Putin", "Putler", "cue", -1.0), ("Russia", "ruzzian", "cue", -1.0),
        ("Russia", "orcs", "cue", -1.0), ("Ukraine", "ukrops", "cue", -1.0),
        ("Ukraine", "#StandWithUkraine", "cue", 1.0), ("Ukraine", "Slava Ukraini", "cue", 1.0)]
    assert math.isnan(find_mentions("Putin")["cue_value"][0])


def test_cue_phrase_wins_over_the_alias_inside_it():
    assert found("the Kiev regime") == [("Ukraine", "Kiev regime", "cue")]


def test_case_sensitive_cue_beside_case_insensitive_name():
    assert found("RuSSia and Russia") == [("Russia", "RuSSia", "cue"), ("Russia", "Russia", "name")]
    assert found("RUSSIA and russia") == [("Russia", "RUSSIA", "name"), ("Russia", "russia", "name")]


def test_flag_emoji():
    assert found("🇺🇦 forever, not 🇷🇺") == [("Ukraine", "🇺🇦", "emoji"), ("Russia", "🇷🇺", "emoji")]
    m = find_mentions("🇺🇸")
    assert m["member"].tolist() == ["United States"] and m["via"].tolist() == ["emoji"]


def test_demonyms_only_when_wanted():
    text = "The Russian people and the Turks"
    assert found(text) == [("Russia", "Russian", "demonym"), ("Turkey", "Turks", "demonym")]
    assert found(text, load_actors(use_demonyms=False)) == []


def test_urls_are_not_mentions():
    assert found("see https://kremlin.ru/putin/news") == []


# ---------------------------------------------------------------- pronouns
def test_pronouns_refer_to_the_last_named_person():
    text = ("Putin is not naive. He knows Turkey. Erdogan was a fool and he needs "
            "to get out of the mess he created himself.")
    m = find_mentions(text)
    pron = m[m["via"] == "pronoun"]
    assert list(zip(pron["mention"], pron["actor"], pron["sentence_index"])) == [
        ("He", "Putin", 1), ("he", "Erdogan", 2), ("he", "Erdogan", 2), ("himself", "Erdogan", 2)]


def test_pronoun_before_any_person_refers_to_no_one():
    assert found("He said Putin lies") == [("Putin", "Putin", "name")]


def test_reported_speech_subject_pronoun_is_the_other_person():
    # seed, cechas vodobenikov: "he" is Strelkov, "him" is Putin
    text = ("col .Strelkov was so angry at Putin for refusing to send Russian troops "
            "that he called him a traitor")
    m = find_mentions(text)
    pron = m[m["via"] == "pronoun"]
    assert list(zip(pron["mention"], pron["actor"])) == [("him", "Putin")]


def test_object_pronoun_in_the_same_clause_is_someone_else():
    # "Even Putin hates him": him is not Putin
    assert found("Lenin made Ukraine. Even Putin hates him for this.",
                 load_actors(use_demonyms=False)) == [
        ("Ukraine", "Ukraine", "name"), ("Putin", "Putin", "name")]
    # ... but it is the person named before, when there is one
    m = find_mentions("Zelensky spoke. Putin hates him.")
    assert list(zip(m["mention"], m["actor"])) == [
        ("Zelensky", "Zelensky"), ("Putin", "Putin"), ("him", "Zelensky")]
    # further away, or across a clause break, him can be Putin again
    m = find_mentions("Putin has done nothing to the US to cause him to be our enemy")
    assert m.loc[m["via"] == "pronoun", "actor"].tolist() == ["Putin"]


def test_countries_take_no_pronouns():
    assert found("Russia said he would", load_actors(use_demonyms=False)) == [
        ("Russia", "Russia", "name")]


# ---------------------------------------------------------------- tables
def test_seed_thread():
    comments = stance.read_thread(SEED)
    m = find_mentions(comments)
    assert list(m.columns) == MENTION_COLUMNS
    assert "article" not in set(m["comment_id"])  # the article row is not a comment
    ids = comments.set_index("author")["comment_id"]
    by = m.groupby("comment_id")["actor"].apply(set)
    bouncer = ids["bouncer dogsly"]
    assert by[bouncer] == {"Putin", "the West", "Erdogan", "Turkey", "Russia", "Ukraine"}
    assert by[ids["klove and light"]] == {"Putin"}
    assert by[ids["Per Jensen"]] == {"Putin", "Turkey", "the West"}
    cechas = comments[comments["author"] == "cechas vodobenikov"]["comment_id"].iloc[0]
    c = m[m["comment_id"] == cechas]
    assert ("amerikan", "the West", "cue") in set(zip(c["mention"], c["actor"], c["via"]))
    assert ("Ukrop", "Ukraine", "cue") in set(zip(c["mention"], c["actor"], c["via"]))
    assert c.loc[c["via"] == "pronoun", "mention"].tolist() == ["him"]
    texts = comments.set_index("comment_id")["text"]
    for row in m.itertuples():
        assert texts[row.comment_id][row.start:row.end] == row.mention
    assert (m["thread_id"] == comments["thread_id"].iloc[0]).all()


def test_sentence_index_follows_a_given_sentence_table():
    frame = pd.DataFrame({"comment_id": ["x"], "text": ["Putin lies. Russia wins."]})
    assert find_mentions(frame)["sentence_index"].tolist() == [0, 1]
    sentences = pd.DataFrame({"comment_id": ["x", "x"], "sentence_index": [0, 1],
                              "start": [0, 5], "end": [5, 24]})
    assert find_mentions(frame, sentences=sentences)["sentence_index"].tolist() == [0, 1]
    one = pd.DataFrame({"comment_id": ["x"], "sentence_index": [0], "start": [0], "end": [24]})
    assert find_mentions(frame, sentences=one)["sentence_index"].tolist() == [0, 0]


def test_ids_from_index_and_types():
    frame = pd.DataFrame({"text": ["nothing here", "Putin"]}, index=[7, 8])
    m = find_mentions(frame)
    assert m["comment_id"].tolist() == ["8"]
    assert m["thread_id"].isna().all()
    assert m["start"].dtype == "int64" and m["cue_value"].dtype == "float64"


def test_no_mentions_gives_empty_table_with_columns():
    m = find_mentions(pd.DataFrame({"text": ["nothing", None, ""]}))
    assert list(m.columns) == MENTION_COLUMNS and len(m) == 0


def test_input_not_mutated():
    frame = pd.DataFrame({"text": ["Putin and the US"], "kind": ["comment"]})
    before = frame.copy()
    find_mentions(frame)
    pd.testing.assert_frame_equal(frame, before)


def test_missing_text_column():
    with pytest.raises(StanceError, match="text"):
        find_mentions(pd.DataFrame({"body": ["Putin"]}))


# ---------------------------------------------------------------- Actor API
def test_actor_in_python():
    biden = Actor("Biden", aliases=("Joe Biden", "Biden"), pronouns=True)
    assert biden.pronouns == ("he", "him", "his", "himself")
    assert found("Joe Biden said he would", [biden]) == [
        ("Biden", "Joe Biden", "alias"), ("Biden", "he", "pronoun")]
    assert hash(biden) == hash(Actor("Biden", aliases=["Joe Biden", "Biden"], pronouns=True))


def test_actor_with_members_and_cues_from_dict():
    a = Actor.from_dict({"name": "Axis",
                         "members": {"Iran": ["Tehran"], "Syria": []},
                         "cues": {"axis of evil": -1}})
    m = find_mentions("Tehran and Syria, the axis of evil", [a])
    members = m["member"].astype(object).where(m["member"].notna(), None)
    assert list(zip(members, m["via"], m["cue_value"].fillna(0))) == [
        ("Iran", "member", 0), ("Syria", "member", 0), (None, "cue", -1.0)]
    assert a.kind == "group"  # inferred from the members
    assert Actor.from_dict(a.to_dict()) == a


@pytest.mark.parametrize("kwargs,match", [
    ({"name": ""}, "name"),
    ({"name": "X", "kind": "planet"}, "kind"),
    ({"name": "X", "cues": {"bad": 2}}, r"\[-1, 1\]"),
    ({"name": "X", "aliases": [1.5, None]}, "aliases"),
    ({"name": "X", "kind": "country", "pronouns": True}, "pronouns"),
])
def test_actor_validation(kwargs, match):
    with pytest.raises(StanceError, match=match):
        Actor(**kwargs)


def test_actors_pickle_and_stay_read_only():
    import pickle

    actors = load_actors()
    again = pickle.loads(pickle.dumps(actors))  # worker processes receive actors this way
    assert again == actors
    assert hash(tuple(again)) == hash(tuple(actors))
    with pytest.raises(TypeError, match="read-only"):
        actors[0].cues["Vova"] = -1


def test_from_dict_unknown_key_suggests():
    with pytest.raises(StanceError, match="did you mean 'aliases'"):
        Actor.from_dict({"name": "X", "alias": ["Y"]})


def test_actors_must_be_actor_objects():
    with pytest.raises(StanceError, match="Actor"):
        find_mentions("Putin", [{"name": "Putin"}])


# ---------------------------------------------------------------- YAML files
def write(tmp_path, text, name="actors.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_yaml_adds_an_actor_without_code(tmp_path):
    path = write(tmp_path, """\
# my actors
actors:
  - name: Biden
    aliases: [Joe Biden, Sleepy Joe]
    pronouns: true
    cues:
      Sleepy Joe: -1
  - name: China
    kind: country
    aliases: [Beijing, PRC]
    demonyms: [Chinese]
""")
    actors = load_actors(path)
    assert [a.name for a in actors] == ["Biden", "China"]
    m = find_mentions("Sleepy Joe met Beijing; he and the Chinese and the prc", actors)
    assert list(zip(m["actor"], m["mention"], m["via"])) == [
        ("Biden", "Sleepy Joe", "cue"), ("China", "Beijing", "alias"),
        ("Biden", "he", "pronoun"), ("China", "Chinese", "demonym")]
    # a plain top-level list works too, and a str path
    path2 = write(tmp_path, "- name: Biden\n", "list.yaml")
    assert [a.name for a in load_actors(str(path2))] == ["Biden"]
    assert found("Biden", str(path2)) == [("Biden", "Biden", "name")]


@pytest.mark.parametrize("text,line,match", [
    ("actors:\n  - name: A\n    aliases: [B, C\n  - name: D\n", 4, "not valid YAML"),
    ("actors:\n  - name: A\n  - name: B\n    alias: [C]\n", 4, "unknown key 'alias'.*aliases"),
    ("actors:\n  - name: A\n  - kind: person\n    aliases: [C]\n", 3, "no 'name'"),
    ("actors:\n  - name: A\n    aliases: 5\n", 3, "aliases"),
    ("actors:\n  - name: A\n    cues:\n      bad: high\n", 4, "cue 'bad'"),
    ("actors:\n  - name: A\n    kind: planet\n", 3, "kind"),
    ("actors:\n  - name: A\n  - name: A\n", 3, "already defined on line 2"),
    ("actors:\n  - name: A\n    name: B\n", 3, "twice"),
    ("actors:\n  - just a string\n", 2, "mapping"),
    ("people:\n  - name: A\n", 1, "unknown top-level key 'people'"),
    ("actors:\n  - name: A\n    kind: country\n    pronouns: true\n", 2, "pronouns"),
    ("# none yet\nactors: []\n", 2, "empty"),
    ("actors:\n  - name: Russia\n  - name: Ukraine\n    opponents: [Rusia]\n", 4,
     "'Rusia', which is not an actor.*did you mean 'Russia'"),
])
def test_malformed_files_name_the_line(tmp_path, text, line, match):
    path = write(tmp_path, text)
    with pytest.raises(ActorFileError, match=match) as info:
        load_actors(path)
    assert f"{path}, line {line}:" in str(info.value)


def test_empty_and_missing_files(tmp_path):
    with pytest.raises(ActorFileError, match="empty"):
        load_actors(write(tmp_path, "# nothing\n"))
    with pytest.raises(ActorFileError, match="not found"):
        load_actors(tmp_path / "nope.yaml")


def test_same_comment_id_in_two_threads_uses_each_threads_sentences():
    frame = pd.DataFrame({"thread_id": ["A", "B"], "comment_id": ["c1", "c1"],
                          "text": ["Hi. Putin", "Putin"]})
    sentences = pd.DataFrame({"thread_id": ["A", "A", "B"], "comment_id": ["c1", "c1", "c1"],
                              "sentence_index": [0, 1, 0], "start": [0, 4, 0], "end": [3, 9, 5]})
    m = find_mentions(frame, sentences=sentences)
    assert list(zip(m["thread_id"], m["start"], m["sentence_index"])) == [("A", 4, 1), ("B", 0, 0)]


# ---------------------------------------------------------------- properties
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["Putin", "putin's", "US", "us", "#Putin", "@realPutin", "West", "the West Bank",
           "Erdoğan’s", "Türkiye", "🇺🇦", "he", "him", "Russian", "ruzzia", "https://kremlin.ru",
           " ", ". ", "\n", ", ", "–", "x", "İ", "ß", "#", "@", "'s"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_mentions_are_exact_sorted_substrings(pieces):
    text = "".join(pieces)
    m = find_mentions(text)
    assert list(m.columns) == MENTION_COLUMNS
    for s, e, mention, via in zip(m["start"], m["end"], m["mention"], m["via"]):
        assert 0 <= s < e <= len(text)
        assert text[s:e] == mention
        assert via in ("name", "alias", "member", "demonym", "hashtag", "handle", "cue",
                       "pronoun", "emoji")
    assert list(m["start"]) == sorted(m["start"])
    assert (m["sentence_index"] >= 0).all()


def test_processes_give_the_same_table():
    from stance.synthetic import synthetic_corpus

    corpus = synthetic_corpus(150, n_threads=8, random_state=4, long_comment_share=0.0)
    pd.testing.assert_frame_equal(find_mentions(corpus, n_jobs=2, chunksize=25),
                                  find_mentions(corpus))


@pytest.mark.parametrize("text, actor", [("UKR is holding the line.", "Ukraine"), ("UA forces advanced.", "Ukraine"),
                                         ("RU is losing men.", "Russia"), ("RUS troops left.", "Russia")])
def test_war_abbreviations_in_capitals_name_the_countries(text, actor):
    df = pd.DataFrame({"comment_id": ["1"], "text": [text]})
    assert actor in set(find_mentions(df, load_actors())["actor"])


@pytest.mark.parametrize("text", ["The rus of the valley.", "Our ua team met.", "Ru is a prefix."])
def test_war_abbreviations_in_lower_case_name_nobody(text):
    df = pd.DataFrame({"comment_id": ["1"], "text": [text]})
    assert not {"Russia", "Ukraine"} & set(find_mentions(df, load_actors())["actor"])
