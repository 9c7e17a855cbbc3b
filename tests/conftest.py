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
