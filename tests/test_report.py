"""Tests for stance.report: CSV safety, escaped HTML, and the finished report folder."""

from __future__ import annotations

import csv
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from stance.errors import StanceError
from stance.report import (
    NOTEBOOKS,
    TABLES,
    build_report,
    evidence_html,
    highlight_spans,
    main_actor,
    mentions_html,
    neutralize_formulas,
    pick_measure,
    resolve_thread,
    safe_csv,
    seed_thread,
)

FIXTURE = Path(__file__).parent / "fixtures" / "report_thread.csv"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
FORMULA_CHARS = ("=", "+", "-", "@")


# --------------------------------------------------------------------------- CSV safety

def test_neutralize_formulas_prefixes_text_cells_only():
    frame = pd.DataFrame({
        "text": ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(1)", "plain", "a=b",
                 "\tindent", None],
        "score": [-0.5, 1.0, 0.0, -2.0, 3.0, 0.1, 0.2, 0.3],
        "n": [-1, 2, 3, 4, 5, 6, 7, 8],
    })
    out = neutralize_formulas(frame)
    assert out["text"].tolist()[:7] == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1+1", "'-2",
                                        "'@SUM(1)", "plain", "a=b", "'\tindent"]
    assert out["text"].isna().tolist()[7]
    # numbers stay numbers
    assert out["score"].tolist() == frame["score"].tolist()
    assert out["n"].tolist() == frame["n"].tolist()
    # the input is not mutated
    assert frame.loc[0, "text"].startswith("=")


def test_neutralize_formulas_keeps_string_dtype_and_names_columns():
    frame = pd.DataFrame({"=evil": pd.array(["-x", pd.NA, "ok"], dtype="string")})
    out = neutralize_formulas(frame)
    assert list(out.columns) == ["'=evil"]
    assert out["'=evil"].dtype == frame["=evil"].dtype
    assert out["'=evil"].tolist()[0] == "'-x"
    assert out["'=evil"].isna().tolist() == [False, True, False]


def test_safe_csv_round_trip(tmp_path):
    frame = pd.DataFrame({"author": ["@bob", "amy"], "text": ["=1+1", "fine, really"],
                          "stance": [-0.25, 0.5]})
    path = safe_csv(frame, tmp_path / "sub" / "t.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["author", "text", "stance"], ["'@bob", "'=1+1", "-0.25"],
                    ["amy", "fine, really", "0.5"]]


# --------------------------------------------------------------------------- escaped HTML

def test_highlight_spans_escapes_everything_and_marks_span():
    text = f"{HOSTILE_SCRIPT} Putin is a liar & a thief"
    start = text.index("Putin is a liar")
    out = highlight_spans(text, [(start, start + len("Putin is a liar"), "against",
                                  'Putin" onmouseover="x')])
    assert "<script" not in out
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in out
    assert "&amp; a thief" in out
    assert '<mark class="stance-against"' in out
    assert ">Putin is a liar</mark>" in out
    # the tooltip cannot break out of its attribute
    assert 'title="Putin&quot; onmouseover=&quot;x"' in out


def test_highlight_spans_overlaps_and_out_of_range():
    out = highlight_spans("abcdefgh", [(1, 4), (2, 6), (7, 100), (-5, 0), ("x", 2)])
    # second span is clipped to start where the first ended; the third is cut at the end
    assert out == "a<mark>bcd</mark><mark>ef</mark>g<mark>h</mark>"


def _stance_rows(text: str, evidence: str, **extra) -> pd.DataFrame:
    start = text.index(evidence)
    row = {"thread_id": "t", "comment_id": "c1", "actor": "Putin", "stance": -0.8,
           "label": "against", "confidence": 0.9, "evidence": evidence,
           "evidence_start": start, "evidence_end": start + len(evidence), "cue": "predicate",
           "inherited": False}
    row.update(extra)
    return pd.DataFrame([row])


def test_evidence_html_escapes_comment_author_and_actor():
    text = f"{HOSTILE_IMG} Putin is a liar"
    comments = pd.DataFrame({"comment_id": ["c1"], "author": [HOSTILE_SCRIPT], "position": [0],
                             "depth": [0], "text": [text]})
    stances = _stance_rows(text, "Putin is a liar", actor="<b>Putin</b>")
    out = evidence_html(stances, comments)
    assert "<img" not in out and "<script" not in out and "<b>" not in out
    assert html.escape(HOSTILE_IMG) in out
    assert html.escape(HOSTILE_SCRIPT) in out
    assert ">Putin is a liar</mark>" in out


def test_evidence_html_falls_back_to_searching_when_offsets_are_wrong():
    text = "well, Putin is wise"
    comments = pd.DataFrame({"comment_id": ["c1"], "text": [text]})
    stances = _stance_rows(text, "Putin is wise", evidence_start=0, evidence_end=3)
    assert ">Putin is wise</mark>" in evidence_html(stances, comments)


def test_evidence_html_skips_unscored_rows_and_says_so():
    comments = pd.DataFrame({"comment_id": ["c1"], "text": ["Путин"]})
    stances = pd.DataFrame({"comment_id": ["c1"], "actor": [pd.NA], "label": ["not_scored"]})
    assert "No stance rows" in evidence_html(stances, comments)


def test_evidence_html_cuts_long_text_around_evidence():
    text = "x" * 1000 + " Putin is wise " + "y" * 1000
    comments = pd.DataFrame({"comment_id": ["c1"], "text": [text]})
    out = evidence_html(_stance_rows(text, "Putin is wise"), comments, context=20)
    assert out.count("x") < 40 and "… " in out and " …" in out


def test_mentions_html_marks_each_mention():
    text = "Putin & Erdogan <3"
    comments = pd.DataFrame({"comment_id": ["c1"], "author": ["a"], "text": [text]})
    mentions = pd.DataFrame({"comment_id": ["c1", "c1"], "actor": ["Putin", "Erdogan"],
                             "start": [0, 8], "end": [5, 15]})
    out = mentions_html(comments, mentions)
    assert "<mark title=\"Putin\">Putin</mark> &amp; <mark title=\"Erdogan\">Erdogan</mark>" \
           " &lt;3" in out


def test_main_actor_and_pick_measure():
    stances = pd.DataFrame({"actor": ["B", "A", "A", "B", pd.NA],
                            "label": ["favor", "against", "neutral", "against", "not_scored"]})
    assert main_actor(stances) == "A"  # tie 2-2 broken alphabetically
    assert main_actor(stances.iloc[0:0]) is None
    measures = pd.DataFrame({"measure": ["x", "morales_mu"]})
    assert pick_measure(measures) == "morales_mu"
    assert pick_measure(measures, preferred=("nope",)) == "x"
    assert pick_measure(pd.DataFrame()) is None


def test_resolve_thread():
    assert resolve_thread(None) == seed_thread()
    assert seed_thread().name == "000_2dcbf18fb3e56109.txt"
    with pytest.raises(StanceError, match="does not exist"):
        resolve_thread("/nonexistent/thread.txt")


def test_build_report_refuses_missing_files(tmp_path):
    with pytest.raises(StanceError, match="does not exist"):
        build_report(tmp_path / "missing.csv", out=tmp_path / "r", progress=False)
    with pytest.raises(StanceError, match="actors file"):
        build_report(None, actors=tmp_path / "none.yaml", out=tmp_path / "r", progress=False)


# --------------------------------------------------------------------------- the report folder

@pytest.fixture(scope="module")
def seed_report(built_report):
    return built_report(None)


@pytest.fixture(scope="module")
def hostile_report(built_report):
    return built_report(FIXTURE)


def _figures(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (folder / "figures").iterdir():
        found.setdefault(path.stem, set()).add(path.suffix)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("which", ["seed_report", "hostile_report"])
def test_report_layout(which, request):
    report = request.getfixturevalue(which)
    folder = report.parent
    assert report.name == "report.html" and report.is_file()
    figures = _figures(folder)
    assert len(figures) >= 6, sorted(figures)
    for stem, suffixes in figures.items():
        assert suffixes == {".png", ".svg", ".pdf"}, stem
    for stem in figures:
        assert (folder / "figures" / f"{stem}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (folder / "figures" / f"{stem}.pdf").read_bytes()[:5] == b"%PDF-"
        assert b"<svg" in (folder / "figures" / f"{stem}.svg").read_bytes()[:2000]
    for table in TABLES:
        assert (folder / "tables" / f"{table}.csv").is_file(), table
    for name in NOTEBOOKS:
        executed = folder / "notebooks" / f"{name}.ipynb"
        assert executed.is_file()
        text = executed.read_text(encoding="utf-8")
        assert '"output_type": "error"' not in text
    # every exported figure is also shown in the page, as an embedded image
    page = report.read_text(encoding="utf-8")
    images = re.findall(r"<img\b[^>]*>", page)
    assert len(images) >= len(figures)
    assert all('src="data:image/' in tag for tag in images)


@pytest.mark.slow
def test_seed_report_tables_hold_every_comment(seed_report):
    comments = pd.read_csv(seed_report.parent / "tables" / "comments.csv")
    assert (comments["kind"] == "comment").sum() == 10
    assert {"Wizzy", "Per Jensen", "cechas vodobenikov"} <= set(comments["author"])


def _cells(path: Path):
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            yield from row


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.slow
def test_hostile_report_csv_is_neutralised(hostile_report):
    folder = hostile_report.parent / "tables"
    for path in folder.glob("*.csv"):
        for cell in _cells(path):
            # a cell a spreadsheet would evaluate is only allowed when it is a plain number
            assert not cell.startswith(FORMULA_CHARS) or _is_number(cell), (path.name, cell)
    comments = pd.read_csv(folder / "comments.csv", dtype=str, keep_default_na=False)
    texts = set(comments["text"])
    assert "'+1+1" in texts and "'-2" in texts
    assert any(t.startswith("'=HYPERLINK(") for t in texts)
    assert any(t.startswith("'@SUM(1)") for t in texts)
    assert "'@SUM(1)" in set(comments["author"])
    assert HOSTILE_SCRIPT + " Putin is great" in texts  # text kept, not mangled


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.slow
def test_hostile_report_html_is_escaped(hostile_report):
    page = hostile_report.read_text(encoding="utf-8")
    parsed = _Elements()
    parsed.feed(page)
    text = "".join(parsed.text)
    # the hostile comments are in the report, as text ...
    assert HOSTILE_SCRIPT + " Putin is great" in text
    assert HOSTILE_IMG + " Erdogan is terrible" in text
    assert "$Calc^2$" in text  # an author name that matplotlib would read as mathtext
    # ... and no element came from them: no script at all, no event handler, images embedded
    assert [t for t, _ in parsed.tags if t in ("script", "iframe", "object", "embed")] == []
    assert [(t, a) for t, attrs in parsed.tags for a in attrs if a.lower().startswith("on")] == []
    images = [attrs.get("src", "") for t, attrs in parsed.tags if t == "img"]
    assert images and all(src.startswith("data:image/") for src in images)
    csp = [attrs.get("content", "") for t, attrs in parsed.tags
           if t == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1 and "script-src 'none'" in csp[0] and "default-src 'none'" in csp[0]


def test_report_csv_and_write_thread_share_one_rule():
    # a cell that already starts with a quote before a formula character gets one more
    # quote, so read_thread gives back the exact text of either kind of file
    from stance.readers import unescape_formula

    frame = pd.DataFrame({"text": ["'=1+1", "''-2", "'plain"]})
    out = neutralize_formulas(frame)["text"].tolist()
    assert out == ["''=1+1", "'''-2", "'plain"]
    assert [unescape_formula(v) for v in out] == frame["text"].tolist()
