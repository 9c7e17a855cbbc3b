"""Shared pytest fixtures: where the test data lives."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "data" / "raw" / "000_2dcbf18fb3e56109.txt"


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of hand-written test files (``tests/fixtures``)."""
    return FIXTURES


@pytest.fixture
def seed_path() -> Path:
    """The seed thread, a plain-text dump (``data/raw/000_2dcbf18fb3e56109.txt``)."""
    return SEED


@pytest.fixture(scope="session")
def built_report(tmp_path_factory):
    """Build the report on a thread once per test session and return its report.html.

    Call the fixture's value with the thread path (None: the bundled seed). The
    notebook, report and browser tests share each build through the session's
    temporary folder, so every report is made once however many tests read it.
    """
    from stance.report import build_report

    def build(thread: Path | None) -> Path:
        folder = tmp_path_factory.getbasetemp() / "stance-reports" / (
            "seed" if thread is None else Path(thread).stem)
        report = folder / "report.html"
        if not report.is_file():
            build_report(thread, out=folder, progress=False)
        return report

    return build
