"""Tests of stance.readers: every format on hand-written fixtures, hostile input, round trips."""

from __future__ import annotations

import io
import json
import random

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.errors import StanceError, ThreadFormatError
from stance.readers import (
    detect_format,
    html_to_text,
    read_thread,
    repair_mojibake,
    write_thread,
)
from stance.thread import validate_comments

SEED_COMMENTS = [  # author, depth, parent's author
    ("Wizzy", 0, None),
    ("Karen Bartlett", 0, None),
    ("klove and light", 0, None),
    ("bouncer dogsly", 0, None),
    ("Al Balog", 1, "bouncer dogsly"),
    ("cechas vodobenikov", 2, "Al Balog"),
    ("John Wallace", 1, "bouncer dogsly"),
    ("roland", 2, "John Wallace"),
    ("cechas vodobenikov", 1, "bouncer dogsly"),
    ("Per Jensen", 0, None),
]
TITLE = "Turkey, Russia Conduct Second ‘Limited’ Joint Patrol In Idlib (Video, Maps)"
CSV_MAP = {"id": "comment_id", "reply_to": "parent_id", "user": "author",
           "posted": "created_at", "body": "text"}
JSONL_MAP = {"msg_id": "comment_id", "in_reply_to": "parent_id", "who": "author",
             "ts": "created_at", "content": "text"}


def rows(t, *cols):
    return [tuple(None if pd.isna(v) else v for v in r) for r in t[list(cols)].itertuples(
        index=False, name=None)]


# ---------------------------------------------------------------------------- seed dump
def test_seed_has_article_and_ten_comments(seed_path):
    t = read_thread(seed_path)
    assert len(t) == 11
    art = t.iloc[0]
    assert (art["kind"], art["depth"], art["position"], art["comment_id"]) == \
        ("article", -1, 0, "article")
    assert pd.isna(art["parent_id"]) and pd.isna(art["author"])
    assert art["title"] == TITLE
    assert art["date_text"] == "JUNE 2020"
    assert art["text"].startswith(TITLE + "\n\nOn Marh 23, Turkish and Russian forces")
    assert art["text"].endswith("Click to see the full-size image")
    comments = t.iloc[1:]
    assert (comments["kind"] == "comment").all()
    assert comments["comment_id"].tolist() == [f"c{i}" for i in range(1, 11)]
    assert comments["position"].tolist() == list(range(1, 11))
    by_id = dict(zip(t["comment_id"], t["author"]))
    got = [(a, d, None if pd.isna(p) else by_id[p])
           for a, d, p in rows(comments, "author", "depth", "parent_id")]
    assert got == SEED_COMMENTS
    assert t["thread_id"].unique().tolist() == ["000_2dcbf18fb3e56109"]
    assert t.attrs == {"source": str(seed_path), "format": "text", "encoding": "utf-8"}
    assert not t[["is_deleted", "is_spam", "is_orphan", "is_empty", "text_repaired"]].any().any()


def test_seed_texts_paragraphs_and_wrapped_lines(seed_path):
    t = read_thread(seed_path).set_index("comment_id")
    assert t.loc["c3", "text"] == ("ridiculous pathetic\n\nPutin you fucking bibi cock sucking "
                                   "treacherous Zionist pig")
    # a line wrapped inside a paragraph is joined with a space
    assert t.loc["c4", "text"].endswith(
        "on its own people. This how Satanic the West has become.")
    assert "\n" not in t.loc["c4", "text"]
    assert t.loc["c10", "text"].endswith("Can any one see anything else “rational”?")
    assert t.loc["c1", "text"] == ("This is some chicken and mouse game. What kind of joint "
                                   "patrol along M4 is this? It appears it’s for show. Bomb the "
                                   "motherfuckers")
    assert t["source_line"].tolist()[:3] == [1, 19, 23]


def test_second_dump_deep_nesting_multi_paragraph(fixtures_dir):
    t = read_thread(fixtures_dir / "dump_deep.txt")
    assert rows(t, "comment_id", "parent_id", "author", "depth") == [
        ("article", None, None, -1),
        ("c1", None, "Marta K.", 0),
        ("c2", "c1", "Jonas", 1),
        ("c3", "c2", "Marta K.", 2),
        ("c4", "c3", "anon 42", 3),
        ("c5", "c4", "Jonas", 4),
        ("c6", "c2", "Priya", 2),
        ("c7", None, "Li Wei", 0),
        ("c8", "c7", "- weird name -", 1),
        ("c9", None, "Empty Commenter", 0),
        ("c10", None, "Last Word", 0),
    ]
    text = dict(zip(t["comment_id"], t["text"]))
    assert text["c1"] == ("First paragraph of a long comment that the dump wrapped over three "
                          "lines because it was so long.\n\nSecond paragraph, one line.\n\n"
                          "Third paragraph – with a dash & an ampersand.")
    assert text["c3"] == "Reply to the reply, wrapped once."
    assert text["c9"] == ""
    assert text["c10"] == "Closing comment with a list inside:\n- one item\n- another item"
    assert t["is_empty"].tolist() == [False] * 9 + [True, False]
    art = t.iloc[0]
    assert art["title"] == "Ceasefire Talks Resume In Geneva As Both Sides Trade Blame"
    assert art["date_text"] == "Tuesday, March 24, 2020"
    assert art["text"] == (
        "Ceasefire Talks Resume In Geneva As Both Sides Trade Blame\n\nDelegations met on Monday "
        "for the first time in three weeks. The talks were described by one diplomat as "
        "\"cautious but serious\".\n\nA second round is planned for April.")


def test_dump_with_star_bullets_no_date_crlf_and_odd_indents(tmp_path):
    p = tmp_path / "other_site.txt"
    p.write_bytes(
        "A Headline Without Date\r\n\r\nOne paragraph.\r\n\r\n"
        "* alice\r\n   hello\r\n   * bob\r\n       hi alice\r\n* carol\r\n   bye\r\n".encode())
    t = read_thread(p, thread_id="x1")
    assert rows(t, "comment_id", "parent_id", "author", "depth", "text") == [
        ("article", None, None, -1, "A Headline Without Date\n\nOne paragraph."),
        ("c1", None, "alice", 0, "hello"),
        ("c2", "c1", "bob", 1, "hi alice"),
        ("c3", None, "carol", 0, "bye"),
    ]
    assert pd.isna(t["date_text"][0])
    assert (t["thread_id"] == "x1").all()


def test_dump_without_header_has_no_article(tmp_path):
    p = tmp_path / "bare.txt"
    p.write_text("  • Ann\n\n    Hi.\n\n    • Bo\n\n      Hey.\n", encoding="utf-8")
    t = read_thread(p)
    assert t["kind"].tolist() == ["comment", "comment"]
    assert t["position"].tolist() == [0, 1]


def test_dump_without_bullets_is_an_error(tmp_path):
    p = tmp_path / "prose.txt"
    p.write_text("Just an article.\n\nNo comments at all.\n", encoding="utf-8")
    with pytest.raises(ThreadFormatError, match=r"prose\.txt: no comments found"):
        read_thread(p)


def test_dump_with_unindented_comment_text(tmp_path):
    p = tmp_path / "flat.txt"
    p.write_text("• ann\nhello\n• bob\nhi ann\n", encoding="utf-8")
    t = read_thread(p)
    assert rows(t, "author", "depth", "text") == [("ann", 0, "hello"), ("bob", 0, "hi ann")]


def test_empty_files_and_columns_for_fixed_formats(tmp_path, seed_path):
    for name in ("e.txt", "e.csv", "e.xml", "e.json"):
        (tmp_path / name).write_bytes(b"  \n")
        with pytest.raises(ThreadFormatError, match=rf"{name} is empty"):
            read_thread(tmp_path / name)
    with pytest.raises(StanceError, match="columns= renames the columns of CSV"):
        read_thread(seed_path, columns={"a": "text"})
    (tmp_path / "h.csv").write_text("comment_id,text\n", encoding="utf-8")
    assert len(read_thread(tmp_path / "h.csv")) == 0


def test_missing_thread_ids_in_a_table_get_the_file_stem(tmp_path):
    p = tmp_path / "mixed.csv"
    p.write_text("thread_id,comment_id,text\nA,1,x\n,1,y\n", encoding="utf-8")
    t = read_thread(p)
    assert rows(t, "thread_id", "comment_id") == [("A", "1"), ("mixed", "1")]


# ---------------------------------------------------------------------------- Disqus
def test_disqus_threads_posts_flags_and_html(fixtures_dir):
    t = read_thread(fixtures_dir / "disqus_export.xml")
    assert rows(t, "thread_id", "comment_id", "parent_id", "author", "depth", "is_deleted",
                "is_spam", "is_orphan") == [
        ("7001", "article", None, "Example News", -1, False, False, False),
        ("7001", "9001", None, "Anna Berg", 0, False, False, False),
        ("7001", "9002", None, "Watch Seller", 0, False, True, False),
        ("7001", "9003", "9001", "Guest", 1, False, False, False),
        ("7001", "9004", "9003", "Someone", 2, True, False, False),
        ("7001", "9005", "8888", "Carl", 0, False, False, True),
        ("7002", "article", None, "Example News", -1, False, False, False),
        ("7002", "9101", None, "Dora", 0, False, False, False),
        ("7002", "9102", "9101", "Eli", 1, False, False, False),
    ]
    text = dict(zip(t["comment_id"] + "@" + t["thread_id"], t["text"]))
    assert text["9001@7001"] == ("Talks are a good start & long overdue.\n\n"
                                 "Second paragraph with a link and an \"entity\".")
    # an escaped (not CDATA) message with <br> and a double-escaped entity
    assert text["9003@7001"] == "I disagree.\nNothing will come of it & you know it."
    assert text["9004@7001"] == ""
    assert text["9101@7002"] == "Café owners on the route were told to close – again."
    assert text["9102@7002"] == "Café owners were told to close\n\nSource?"
    assert text["article@7002"] == "Joint Patrols Cut Short\n\nPatrols were cut short on Tuesday."
    # publication order: 9002 (09:30) before its earlier-listed sibling's reply 9003 (09:45)
    assert t["position"].tolist() == [0, 1, 2, 3, 4, 5, 0, 1, 2]
    assert t["created_at"][1] == pd.Timestamp("2020-03-24 09:00", tz="UTC")
    assert t["url"][0] == "https://news.example.com/2020/03/ceasefire-talks"
    assert t["title"][0] == "Ceasefire Talks Resume & Both Sides Trade Blame"
    assert not t["has_html"].any()
    assert "7003" not in set(t["thread_id"])  # a thread without posts gives no rows
    assert t["source_line"].tolist() == [8, 51, 78, 65, 91, 105, 24, 119, 132]


def test_disqus_duplicate_post_ids_name_the_lines(fixtures_dir, tmp_path):
    data = (fixtures_dir / "disqus_export.xml").read_text(encoding="utf-8")
    p = tmp_path / "dup.xml"
    p.write_text(data.replace('<post dsq:id="9005">', '<post dsq:id="9001">'), encoding="utf-8")
    with pytest.raises(StanceError, match=r"dup\.xml: '9001' \(thread '7001': line 51, line 105\)"):
        read_thread(p)


@pytest.mark.parametrize("name", ["hostile_bomb.xml", "hostile_external_entity.xml"])
def test_disqus_refuses_entity_bomb_and_external_entity(fixtures_dir, name):
    with pytest.raises(ThreadFormatError, match=rf"{name}: refused to parse XML"):
        read_thread(fixtures_dir / name)


def test_xml_that_is_not_disqus_or_broken(tmp_path):
    p = tmp_path / "rss.xml"
    p.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(ThreadFormatError, match="root is <rss>, not <disqus>"):
        read_thread(p)


def test_html_to_text():
    assert html_to_text("<p>a<br/>b</p>\n<p>  c\n d </p><script>x()</script>") == "a\nb\n\nc d"
    assert html_to_text("<ul><li>one</li><li>two &lt;3</li></ul>") == "one\n\ntwo <3"
    assert html_to_text("plain &amp; simple") == "plain & simple"


# ---------------------------------------------------------------------------- Reddit
def test_reddit_tree_more_stubs_and_deleted(fixtures_dir):
    t = read_thread(fixtures_dir / "reddit_thread.json")
    assert t.attrs["format"] == "reddit"
    assert (t["thread_id"] == "fg1abc").all()
    assert rows(t, "comment_id", "parent_id", "author", "kind", "depth", "is_deleted", "score",
                "more_count") == [
        ("t3_fg1abc", None, "newsbot", "article", -1, False, 1523, None),
        ("t1_k5", None, "Привет_мир", "comment", 0, False, 98, None),
        ("t1_k1", None, "skeptic_1", "comment", 0, False, 210, None),
        ("t1_k2", "t1_k1", None, "comment", 1, True, 3, None),
        ("t1_k3", "t1_k2", "calm_voice", "comment", 2, False, -4, None),
        ("t1_k4", "t1_k1", "mod_team", "comment", 1, True, 1, None),
        ("more_t1_k2", "t1_k2", None, "more", 2, False, None, 0),
        ("more_t1_k1", "t1_k1", None, "more", 1, False, None, 5),
        ("more_t3_fg1abc", None, None, "more", 0, False, None, 12),
    ]
    text = dict(zip(t["comment_id"], t["text"]))
    assert text["t1_k1"] == ("This patrol is for show & everyone knows it.\n\n"
                             "Second paragraph: > quoted <b>not html</b>")
    assert text["t1_k2"] == "[deleted]" and text["t1_k4"] == "[removed]"
    assert text["t3_fg1abc"] == "Turkey & Russia conduct second joint patrol in Idlib"
    assert text["more_t1_k1"] == ""
    assert t["created_at"][1] == pd.Timestamp(1585040700, unit="s", tz="UTC")
    assert t["score"].dtype == "Int64" and t["more_count"].dtype == "Int64"


def test_reddit_truncated_is_an_error_with_line(fixtures_dir):
    with pytest.raises(ThreadFormatError, match=r"truncated_reddit\.json: broken JSON at line"):
        read_thread(fixtures_dir / "truncated_reddit.json")


# ---------------------------------------------------------------------------- tables
def test_csv_with_other_column_names(fixtures_dir):
    t = read_thread(fixtures_dir / "comments_other_names.csv", columns=CSV_MAP)
    assert rows(t, "comment_id", "parent_id", "author", "depth", "is_orphan", "source_line") == [
        ("101", None, "Anna", 0, False, 2),
        ("102", "101", "Ben", 1, False, 3),
        ("103", None, "Chloe", 0, False, 6),
        ("104", "102", "Dan", 2, False, 7),
        ("105", "999", "Eve", 0, True, 8),
        ("106", "105", "Anna", 1, False, 9),
    ]
    text = dict(zip(t["comment_id"], t["text"]))
    assert text["102"] == "I disagree.\n\nNothing will come of it, you'll see."
    assert text["103"] == "<p>Posted from the <b>app</b> &amp; formatted</p>"  # kept, flagged
    assert text["104"] == "it’s a ‘ceasefire’ only on paper"  # mojibake repaired
    assert text["105"] == "=1+1 is not a formula here"  # user text: no quote stripped
    assert t["has_html"].tolist() == [False, False, True, False, False, False]
    assert t["text_repaired"].tolist() == [False, False, False, True, False, False]
    assert t["is_empty"].tolist() == [False] * 5 + [True]
    assert t["created_at"][1] == pd.Timestamp("2020-03-24 09:10", tz="UTC")  # +01:00 offset
    assert t["likes"].tolist()[:4] == [12, 3, 0, 7] and pd.isna(t["likes"][4])
    assert (t["thread_id"] == "comments_other_names").all()


def test_mojibake_repair_can_be_turned_off(fixtures_dir):
    t = read_thread(fixtures_dir / "comments_other_names.csv", columns=CSV_MAP,
                    repair_mojibake=False)
    assert t["text"][3] == "itâ€™s a â€˜ceasefireâ€™ only on paper"
    assert not t["text_repaired"].any()


def test_jsonl_with_other_column_names(fixtures_dir):
    t = read_thread(fixtures_dir / "comments_other_names.jsonl", columns=JSONL_MAP,
                    thread_id="patrol-chat")
    assert rows(t, "comment_id", "parent_id", "author", "depth", "is_orphan", "source_line",
                "text") == [
        ("1", None, "Anna", 0, False, 1, "First!"),
        ("2", "1", "Ben", 1, False, 2, "Second, with a\nnewline inside."),
        ("3", "2", None, 2, False, 4, ""),
        ("4", "77", "Dan", 0, True, 5, "Orphan reply."),
    ]
    assert (t["thread_id"] == "patrol-chat").all()
    assert t["created_at"][0] == pd.Timestamp("2020-03-24 09:00", tz="UTC")
    assert t["topic"].tolist() == ["patrols"] * 4


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path):
    # json.dumps(ensure_ascii=False) writes U+2028 / U+0085 raw; only "\n" ends a record
    path = tmp_path / "sep.jsonl"
    texts = ["one\u2028two", "next\x85line", "para\u2029graph"]
    path.write_text("".join(json.dumps({"comment_id": f"c{i}\u2028", "text": t}, ensure_ascii=False)
                            + ("\r\n" if i == 1 else "\n") for i, t in enumerate(texts)),
                    encoding="utf-8")
    t = read_thread(path)
    assert t["text"].tolist() == texts
    assert t["comment_id"].tolist() == ["c0\u2028", "c1\u2028", "c2\u2028"]
    assert t["source_line"].tolist() == [1, 2, 3]


def test_json_records_and_parquet_with_other_names(tmp_path):
    records = [{"cid": "x", "body": "hello"}, {"cid": "y", "body": "reply", "pid": "x"}]
    (tmp_path / "r.json").write_text(json.dumps(records), encoding="utf-8")
    t = read_thread(tmp_path / "r.json", columns={"cid": "comment_id", "body": "text",
                                                  "pid": "parent_id"})
    assert rows(t, "comment_id", "parent_id", "depth") == [("x", None, 0), ("y", "x", 1)]
    pd.DataFrame(records).to_parquet(tmp_path / "r.parquet")
    t2 = read_thread(tmp_path / "r.parquet", columns={"cid": "comment_id", "body": "text",
                                                      "pid": "parent_id"})
    assert rows(t2, "comment_id", "parent_id", "depth") == [("x", None, 0), ("y", "x", 1)]


def test_table_without_text_column_suggests_mapping(fixtures_dir):
    with pytest.raises(StanceError, match=r"no 'text' column.*columns=\{'body': 'text'\}"):
        read_thread(fixtures_dir / "comments_other_names.csv")
    with pytest.raises(StanceError, match="'nope'"):
        read_thread(fixtures_dir / "comments_other_names.csv", columns={"nope": "text"})


def test_csv_duplicate_ids_name_lines_and_file(tmp_path):
    p = tmp_path / "dup.csv"
    p.write_text("comment_id,text\na,1\nb,2\na,3\n", encoding="utf-8")
    with pytest.raises(StanceError, match=r"dup\.csv.*'a'.*line 2, line 4"):
        read_thread(p)
    t = read_thread(p, duplicates="rename")
    assert t["comment_id"].tolist() == ["a", "b", "a~2"]


def test_csv_semicolons_and_ragged_rows(tmp_path):
    p = tmp_path / "semi.csv"
    p.write_text("comment_id;text\na;hello, world\n", encoding="utf-8")
    assert read_thread(p)["text"].tolist() == ["hello, world"]
    p.write_text("comment_id,text\na,ok\nb,too,many\n", encoding="utf-8")
    with pytest.raises(ThreadFormatError, match="line 3 has 3 fields"):
        read_thread(p)


# ---------------------------------------------------------------------------- encodings
def test_utf8_bom_and_cp1252_and_utf16(tmp_path):
    content = "comment_id,text\na,café – “quoted”\n"
    for enc, expected in [("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16")]:
        p = tmp_path / f"{enc}.csv"
        p.write_bytes(content.encode(enc))
        t = read_thread(p)
        assert t["text"].tolist() == ["café – “quoted”"], enc
        assert t.attrs["encoding"] == expected
        assert list(t.columns[:2]) == ["thread_id", "comment_id"]


def test_explicit_encoding_and_undecodable_file(tmp_path):
    p = tmp_path / "latin.csv"
    p.write_bytes("text\nÀ bientôt\n".encode("latin-1"))
    assert read_thread(p, encoding="latin-1")["text"].tolist() == ["À bientôt"]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"text\n\x81\x8d\xc3\n")
    with pytest.raises(ThreadFormatError, match=r"bad\.csv is neither UTF-8"):
        read_thread(bad)
    with pytest.raises(ThreadFormatError, match="cannot be decoded as ascii"):
        read_thread(p, encoding="ascii")


def test_repair_mojibake_is_conservative():
    assert repair_mojibake("itâ€™s") == "it’s"
    assert repair_mojibake("â‚¬5 and Ã©tÃ©") == "€5 and été"
    assert repair_mojibake("Å“uvre") == "œuvre"
    for keep in ("daß“", "Ã", "naïve café", "Привет", "×÷", "Â"):
        assert repair_mojibake(keep) == keep


# ---------------------------------------------------------------------------- hostile input
def test_binary_file_is_refused(fixtures_dir, tmp_path):
    with pytest.raises(ThreadFormatError, match=r"hostile_binary\.bin looks like a binary file"):
        read_thread(fixtures_dir / "hostile_binary.bin")
    p = tmp_path / "nul.csv"
    p.write_bytes(b"text\nabc\x00def\n")
    with pytest.raises(ThreadFormatError, match="binary"):
        read_thread(p)
    q = tmp_path / "noise.txt"
    q.write_bytes(bytes(range(1, 32)) * 50)
    with pytest.raises(ThreadFormatError, match="binary"):
        read_thread(q)


@pytest.mark.parametrize("name, cut, error", [
    ("disqus_export.xml", 1500, "broken XML at line"),
    ("reddit_thread.json", 2000, "broken JSON at line"),
    ("comments_other_names.jsonl", 140, "line 2 is not valid JSON"),
    ("comments_other_names.csv", 120, "broken CSV|fields"),
    ("dump_deep.txt", 496, None),  # cut inside "Short reply.": what is there is kept
])
def test_truncated_files(fixtures_dir, tmp_path, name, cut, error):
    p = tmp_path / name
    p.write_bytes((fixtures_dir / name).read_bytes()[:cut])
    columns = CSV_MAP if name.endswith(".csv") else JSONL_MAP if name.endswith(".jsonl") else None
    if error is None:
        t = read_thread(p)
        assert t["author"].tolist()[1:3] == ["Marta K.", "Jonas"]
        assert t["text"].tolist()[-1] == "Short re"
    else:
        with pytest.raises(ThreadFormatError, match=error):
            read_thread(p, columns=columns)


def test_truncated_parquet(seed_path, tmp_path):
    p = write_thread(read_thread(seed_path), tmp_path / "s.parquet")
    p.write_bytes(p.read_bytes()[:-200])
    with pytest.raises(ThreadFormatError, match=r"s\.parquet: cannot read as Parquet"):
        read_thread(p)


def test_hundred_thousand_character_comment(tmp_path):
    long = ("word " * 20_000).strip() + "!" * 1
    p = tmp_path / "long.txt"
    p.write_text(f"Title\n\n  • Big\n\n    {long}\n\n  • Small\n\n    ok\n", encoding="utf-8")
    t = read_thread(p)
    assert len(t["text"][1]) == len(long) and t["text"][1] == long
    q = write_thread(t, tmp_path / "long.csv")
    assert read_thread(q)["text"][1] == long


def test_fifty_thousand_comment_thread(tmp_path):
    rng = random.Random(7)
    n = 50_000
    lines = ["comment_id,parent_id,author,text"]
    for i in range(n):
        parent = "" if i == 0 or rng.random() < 0.3 else f"k{rng.randrange(i)}"
        lines.append(f'k{i},{parent},user{i % 97},"comment number {i}, with a comma"')
    p = tmp_path / "big.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    t = read_thread(p)
    assert len(t) == n
    assert t["comment_id"].tolist() == [f"k{i}" for i in range(n)]
    assert not t["is_orphan"].any()
    assert (t["depth"] >= 0).all()


# ---------------------------------------------------------------------------- detection
@pytest.mark.parametrize("data, name, expected", [
    (b"PAR1....", "x.bin", "parquet"),
    (b'<?xml version="1.0"?><disqus/>', "x.dat", "disqus"),
    (b'[{"kind": "Listing", "data": {}}]', "x.json", "reddit"),
    (b'{"kind": "Listing"}', "", "reddit"),
    (b'{"text": "a"}\n{"text": "b"}\n', "x.json", "jsonl"),
    (b'{"text": "a"}\n', "x.jsonl", "jsonl"),
    (b'[{"text": "a"}]', "x.json", "json"),
    (b"text,author\nhi,me\n", "x", "csv"),
    (b"text\nhi\n", "x.csv", "csv"),
    (b"Title\n\n  \xe2\x80\xa2 Ann\n\n    Hi\n", "x.dat", "text"),
    (b"anything", "x.txt", "text"),
])
def test_detect_format(data, name, expected):
    assert detect_format(data, name) == expected


def test_format_override_and_unknown_format(tmp_path):
    p = tmp_path / "thread.dat"
    p.write_text("text\nhello\n", encoding="utf-8")
    assert read_thread(p, format="csv")["text"].tolist() == ["hello"]
    with pytest.raises(StanceError, match="unknown format 'word'"):
        read_thread(p, format="word")
    with pytest.raises(FileNotFoundError):
        read_thread(tmp_path / "missing.csv")


def test_file_object_source(fixtures_dir):
    data = (fixtures_dir / "reddit_thread.json").read_bytes()
    t = read_thread(io.BytesIO(data))
    assert t["comment_id"][0] == "t3_fg1abc"


# ---------------------------------------------------------------------------- writing
@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
@pytest.mark.parametrize("fixture, kwargs", [
    ("seed", {}),
    ("disqus_export.xml", {}),
    ("reddit_thread.json", {}),
    ("comments_other_names.csv", {"columns": CSV_MAP}),
    ("comments_other_names.jsonl", {"columns": JSONL_MAP}),
])
def test_round_trip_of_every_fixture(seed_path, fixtures_dir, tmp_path, suffix, fixture, kwargs):
    src = seed_path if fixture == "seed" else fixtures_dir / fixture
    t = read_thread(src, **kwargs)
    back = read_thread(write_thread(t, tmp_path / f"out{suffix}"))
    pd.testing.assert_frame_equal(back, t)


def test_safe_csv_neutralises_formulas_and_reads_back_exactly(tmp_path):
    texts = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "'=quoted", "'plain",
             "''", "normal", "=", "'", "\r\n"]
    t = validate_comments(pd.DataFrame({"text": texts, "author": ["=me"] + [None] * 11}))
    p = write_thread(t, tmp_path / "safe.csv")
    raw = pd.read_csv(p, dtype=str, keep_default_na=False)
    assert raw["text"].tolist()[:8] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)",
                                        "'\tx", "''=quoted", "'plain", "''"]
    assert raw["author"][0] == "'=me"
    assert raw["depth"][0] == "0" and raw["position"][1] == "1"  # numbers are not escaped
    pd.testing.assert_frame_equal(read_thread(p), t)
    # unsafe: written as is
    q = write_thread(t, tmp_path / "raw.csv", safe_csv=False)
    assert pd.read_csv(q, dtype=str, keep_default_na=False)["text"][0] == texts[0]
    assert read_thread(q, safe_csv=False)["text"].tolist() == texts


def test_write_any_table_and_bad_extension(tmp_path):
    scores = pd.DataFrame({"comment_id": ["a"], "compound": [-0.25], "label": ["-neg"]})
    p = write_thread(scores, tmp_path / "sub" / "scores.csv")
    assert p.exists()
    assert p.read_text(encoding="utf-8").splitlines()[1] == '"a","-0.25","\'-neg"'
    with pytest.raises(StanceError, match=r"\.csv, \.parquet or \.jsonl"):
        write_thread(scores, tmp_path / "scores.xlsx")


# ---------------------------------------------------------------------------- property
_CHARS = st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from(
    ["\n", "\r", "\t", "=", "'", ",", '"', "+", "-", "@", ";", " "])
_TEXT = st.text(_CHARS, max_size=30)


@st.composite
def threads(draw):
    n = draw(st.integers(1, 25))
    ids = draw(st.lists(st.text(_CHARS, min_size=1, max_size=6), min_size=n, max_size=n,
                        unique=True))
    thread = draw(st.lists(st.sampled_from(["t1", "=t2"]), min_size=n, max_size=n))
    parents = []
    for i in range(n):
        earlier = [ids[j] for j in range(i) if thread[j] == thread[i]]
        parents.append(draw(st.none() | st.sampled_from(earlier)) if earlier else None)
    when = draw(st.none() | st.lists(
        st.datetimes(min_value=pd.Timestamp("2000-01-01").to_pydatetime(),
                     max_value=pd.Timestamp("2030-01-01").to_pydatetime()),
        min_size=n, max_size=n))
    return pd.DataFrame({
        "thread_id": thread, "comment_id": ids, "parent_id": parents,
        "kind": draw(st.lists(st.sampled_from(["comment"] * 5 + ["more"]), min_size=n,
                              max_size=n)),
        "score": pd.array(draw(st.lists(st.none() | st.integers(-10**6, 10**6), min_size=n,
                                        max_size=n)), dtype="Int64"),
        "author": draw(st.lists(st.none() | st.text(_CHARS, min_size=1, max_size=8),
                                min_size=n, max_size=n)),
        "created_at": when if when is not None else [None] * n,
        "text": draw(st.lists(_TEXT, min_size=n, max_size=n)),
        "is_deleted": draw(st.lists(st.booleans(), min_size=n, max_size=n)),
    })


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(threads(), st.sampled_from([".csv", ".parquet", ".jsonl"]))
def test_generated_threads_round_trip_exactly(tmp_path, raw, suffix):
    t = validate_comments(raw)
    # validation itself keeps every comment and its text
    assert sorted(t["comment_id"]) == sorted(raw["comment_id"])
    assert dict(zip(t["comment_id"], t["text"])) == dict(zip(raw["comment_id"], raw["text"]))
    back = read_thread(write_thread(t, tmp_path / f"gen{suffix}"))
    pd.testing.assert_frame_equal(back, t)
