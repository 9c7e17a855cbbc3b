"""The HTML report in a real browser (headless Chromium), and the ipywidgets comment browser.

The Chromium tests skip with a message when no ``chromium`` executable exists
(Debian: ``apt-get install chromium``; ``.ci/run`` installs it) or when the
``playwright`` package is missing. Playwright drives the system Chromium; no
browser is downloaded.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from stance._widgets import ALL_ACTORS, comment_browser, render_comments

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "report_thread.csv"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# --------------------------------------------------------------------------- the widget

def _tables():
    text = f"{HOSTILE_IMG} Putin is a liar"
    comments = pd.DataFrame({
        "comment_id": ["c1", "c2", "c3"], "author": [HOSTILE_SCRIPT, "amy", "bo"],
        "position": [0, 1, 2], "depth": [0, 1, 0],
        "text": [text, "Erdogan is wise", "Putin is wise"]})
    start = text.index("Putin is a liar")
    stances = pd.DataFrame({
        "comment_id": ["c1", "c2", "c3", "c3"],
        "actor": ["Putin", "Erdogan", "Putin", pd.NA],
        "stance": [-0.8, 0.6, 0.5, float("nan")],
        "label": ["against", "favor", "favor", "not_scored"],
        "confidence": [0.9, 0.4, 0.7, float("nan")],
        "evidence": ["Putin is a liar", "Erdogan is wise", "Putin is wise", pd.NA],
        "evidence_start": [start, 0, 0, pd.NA],
        "evidence_end": [start + 15, 15, 13, pd.NA],
        "cue": ["predicate evaluation", "predicate evaluation", "predicate evaluation", pd.NA]})
    return comments, stances


def test_render_comments_escapes_and_filters():
    comments, stances = _tables()
    out = render_comments(comments, stances, actor="Putin", labels=["against"])
    assert "<img" not in out and "<script" not in out
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in out
    assert "&lt;script&gt;" in out  # the author
    assert '<mark class="stance-against"' in out and ">Putin is a liar</mark>" in out
    assert "Erdogan" not in out and "Putin is wise" not in out
    assert out.startswith("<p>1 comment(s), 1 stance row(s).</p>")
    assert "No comment matches" in render_comments(comments, stances, min_confidence=0.95)


def test_comment_browser_updates_on_controls():
    pytest.importorskip("ipywidgets")
    comments, stances = _tables()
    box = comment_browser(comments, stances)
    assert list(box.controls["actor"].options) == [ALL_ACTORS, "Erdogan", "Putin"]
    assert box.view.value.startswith("<p>3 comment(s), 3 stance row(s).</p>")
    box.controls["actor"].value = "Erdogan"
    assert box.view.value.startswith("<p>1 comment(s)") and "Erdogan is wise" in box.view.value
    box.controls["min_confidence"].value = 0.5
    assert "No comment matches" in box.view.value
    box.controls["actor"].value = ALL_ACTORS
    box.controls["labels"].value = ("favor",)
    assert "Putin is wise" in box.view.value and "liar" not in box.view.value


# --------------------------------------------------------------------------- Chromium

def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found (install Debian's `chromium`); browser test skipped")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def hostile_report(built_report, browser):
    """The report on the hostile fixture, built once per session (see conftest)."""
    return built_report(FIXTURE)


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(300)  # let any late onerror handler fire
    return page, dialogs


@pytest.mark.browser
@pytest.mark.slow
def test_report_opens_with_every_image_and_runs_no_script(browser, hostile_report, tmp_path):
    page, dialogs = _open(browser, hostile_report)
    try:
        images = page.evaluate(
            "Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight])")
        assert len(images) >= 6
        assert all(complete and width > 0 and height > 0 for complete, width, height in images)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert dialogs == []
        # the hostile comments are shown as text
        body = page.inner_text("body")
        assert HOSTILE_SCRIPT in body
        assert 'onerror="window.__pwned=1"' in body
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        keep = ROOT / "reports" / "browser"
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, keep / "report-screenshot.png")
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_escaping_alone_stops_hostile_comments(browser, hostile_report, tmp_path):
    """Without its Content-Security-Policy the page still runs nothing: escaping does the work."""
    page_html = hostile_report.read_text(encoding="utf-8")
    unprotected_html, removed = re.subn(r"<meta[^>]*Content-Security-Policy[^>]*>", "", page_html)
    assert removed == 1
    unprotected = tmp_path / "no-csp.html"
    unprotected.write_text(unprotected_html, encoding="utf-8")
    assert "Content-Security-Policy" not in unprotected.read_text(encoding="utf-8")
    page, dialogs = _open(browser, unprotected)
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('script').length") == 0
        assert dialogs == []
    finally:
        page.close()


@pytest.mark.browser
def test_browser_runs_a_script_that_is_not_escaped(browser, tmp_path):
    """Guard for the two tests above: this browser set-up does run an unescaped payload."""
    bad = tmp_path / "bad.html"
    bad.write_text(f"<html><body>{HOSTILE_SCRIPT}</body></html>", encoding="utf-8")
    page, _ = _open(browser, bad)
    try:
        assert page.evaluate("window.__pwned") == 1
    finally:
        page.close()
