"""Tests of the ``stance`` command line (stance.cli)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pandas as pd
import pytest

from stance import cli
from stance.pipeline import Analysis
from stance.readers import read_thread


def test_parse_seed_to_csv(seed_path, tmp_path, capsys):
    out = tmp_path / "seed.csv"
    assert cli.main(["parse", str(seed_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 10 comments in 1 thread(s)"
    t = read_thread(out)
    pd.testing.assert_frame_equal(t, read_thread(seed_path))
    assert t["author"].tolist()[1:] == [
        "Wizzy", "Karen Bartlett", "klove and light", "bouncer dogsly", "Al Balog",
        "cechas vodobenikov", "John Wallace", "roland", "cechas vodobenikov", "Per Jensen"]
    assert t["depth"].tolist() == [-1, 0, 0, 0, 0, 1, 2, 1, 2, 1, 0]


def test_parse_with_format_thread_id_and_parquet(fixtures_dir, tmp_path):
    src = tmp_path / "thread.data"
    src.write_bytes((fixtures_dir / "dump_deep.txt").read_bytes())
    out = tmp_path / "o.parquet"
    assert cli.main(["parse", str(src), "-o", str(out), "--format", "text",
                     "--thread-id", "geneva"]) == 0
    t = pd.read_parquet(out)
    assert (t["thread_id"] == "geneva").all() and len(t) == 11


def test_parse_own_csv_with_column_mapping(fixtures_dir, tmp_path, capsys):
    out = tmp_path / "mine.csv"
    args = ["parse", str(fixtures_dir / "comments_other_names.csv"), "-o", str(out),
            "--column", "id=comment_id", "--column", "reply_to=parent_id",
            "--column", "body=text"]
    assert cli.main(args) == 0
    t = read_thread(out)
    assert t["comment_id"].tolist() == ["101", "102", "103", "104", "105", "106"]
    assert t["depth"].tolist() == [0, 1, 0, 2, 0, 1]
    assert cli.main(args[:4] + ["--column", "body"]) == 2
    assert "write THEIRS=OURS" in capsys.readouterr().err


def test_parse_bad_input_exits_2_with_message(fixtures_dir, tmp_path, capsys):
    code = cli.main(["parse", str(fixtures_dir / "hostile_bomb.xml"), "-o",
                     str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("stance parse: error: ") and "hostile_bomb.xml" in err
    assert not (tmp_path / "x.csv").exists()
    assert cli.main(["parse", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.csv")]) == 2
    assert "no such thread file" in capsys.readouterr().err


def test_parse_bad_output_extension(seed_path, tmp_path, capsys):
    assert cli.main(["parse", str(seed_path), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".csv, .parquet or .jsonl" in capsys.readouterr().err


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as e:
        cli.main([])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        cli.main(["parse", "x.txt"])  # -o is required
    assert e.value.code == 2


def test_score_writes_every_table(seed_path, tmp_path, monkeypatch, capsys):
    seen = {}

    def fake_analyze(comments, actors=None, *, progress=False):
        seen["n"], seen["actors"] = len(comments), actors
        small = pd.DataFrame({"comment_id": ["c1"], "value": [0.5]})
        indexed = small.set_index("comment_id")
        return Analysis(comments, small, small, small, small, indexed, small, small, ["Putin"])

    monkeypatch.setattr("stance.pipeline.analyze", fake_analyze)
    out = tmp_path / "scores"
    assert cli.main(["score", str(seed_path), "-o", str(out), "--actors", "a.yaml"]) == 0
    assert seen == {"n": 11, "actors": "a.yaml"}
    names = ["comments", "sentences", "sentiment", "stances", "replies", "measures", "running",
             "by_depth"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in names)
    assert capsys.readouterr().out.split() == [str(out / f"{n}.csv") for n in names]
    pd.testing.assert_frame_equal(read_thread(out / "comments.csv"), read_thread(seed_path))
    # a table indexed by something meaningful keeps it as a column
    assert (out / "measures.csv").read_text(encoding="utf-8").splitlines() == [
        '"comment_id","value"', '"c1","0.5"']


def test_report_calls_build_report(tmp_path, monkeypatch, capsys):
    calls = []

    def build_report(input=None, *, actors=None, out=None, progress=True):
        calls.append((input, actors, out, progress))
        return Path(out or "reports/x") / "report.html"

    fake = types.ModuleType("stance.report")
    fake.build_report = build_report
    monkeypatch.setitem(sys.modules, "stance.report", fake)
    assert cli.main(["report"]) == 0
    assert cli.main(["report", "t.csv", "--actors", "a.yaml", "--out", str(tmp_path),
                     "--no-progress"]) == 0
    assert calls == [(None, None, None, True),
                     (Path("t.csv"), Path("a.yaml"), tmp_path, False)]
    assert capsys.readouterr().out.split() == [str(Path("reports/x/report.html")),
                                               str(tmp_path / "report.html")]


def test_installed_console_script(seed_path, tmp_path):
    script = Path(sys.executable).parent / "stance"
    if not script.exists():
        pytest.skip("the stance console script is not installed next to this Python")
    out = tmp_path / "seed.csv"
    done = subprocess.run([str(script), "parse", str(seed_path), "-o", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert len(read_thread(out)) == 11
