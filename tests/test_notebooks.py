"""The numbered notebooks: paired with their scripts, committed clean, and run on two threads."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import pandas as pd

from stance.report import NOTEBOOKS, ensure_kernel

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
FIXTURE = Path(__file__).parent / "fixtures" / "report_thread.csv"
ALLOWED_IMPORTS = {"stance", "pandas", "matplotlib", "IPython"}


def _code_cells(name: str) -> list[str]:
    nb = json.loads((NOTEBOOK_DIR / f"{name}.ipynb").read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs(name):
    nb = json.loads((NOTEBOOK_DIR / f"{name}.ipynb").read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    assert nb["metadata"]["jupytext"]["formats"] == "ipynb,py:percent"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_matches_its_script(name):
    jupytext = pytest.importorskip("jupytext")
    script = jupytext.read(NOTEBOOK_DIR / f"{name}.py")
    notebook = jupytext.read(NOTEBOOK_DIR / f"{name}.ipynb")
    assert [(c.cell_type, c.source) for c in script.cells] == \
        [(c.cell_type, c.source) for c in notebook.cells], \
        f"run `jupytext --sync notebooks/{name}.py`"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_has_parameters_and_imports_only_stance(name):
    cells = _code_cells(name)
    nb = json.loads((NOTEBOOK_DIR / f"{name}.ipynb").read_text(encoding="utf-8"))
    tagged = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1
    params = ast.parse("".join(tagged[0]["source"]))
    assigned = {t.id for node in params.body for t in getattr(node, "targets", [])}
    assert {"thread", "actors", "output_dir"} <= assigned
    for source in cells:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                roots = {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                roots = {node.module.split(".")[0]}
            else:
                continue
            assert roots <= ALLOWED_IMPORTS, (name, roots)


@pytest.mark.slow
@pytest.mark.parametrize("thread", [None, FIXTURE], ids=["seed", "fixture"])
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_ran_in_the_report(name, thread, built_report):
    """build_report executed every notebook on the seed and on the fixture, without errors."""
    folder = built_report(thread).parent
    nb = json.loads((folder / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["papermill"]["exception"] is None
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    outputs = [o for c in code for o in c["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert all(c["execution_count"] is not None for c in code)
    assert any("image/png" in o.get("data", {}) for o in outputs)  # figures drawn inline


@pytest.mark.slow
def test_notebook_runs_on_its_own(tmp_path):
    """A notebook run by papermill without build_report loads and analyses the thread itself."""
    papermill = pytest.importorskip("papermill")
    out = tmp_path / "out"
    executed = tmp_path / "01.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK_DIR / "01-explore-thread.ipynb"), str(executed),
        parameters={"thread": str(FIXTURE), "output_dir": str(out)},
        kernel_name=ensure_kernel(), progress_bar=False, cwd=str(tmp_path))
    nb = json.loads(executed.read_text(encoding="utf-8"))
    assert nb["metadata"]["papermill"]["exception"] is None
    assert sorted(p.name for p in (out / "figures").iterdir()) == [
        "sentiment-along-thread.pdf", "sentiment-along-thread.png", "sentiment-along-thread.svg"]


def test_load_analysis_without_and_with_cache(tmp_path):
    """The notebooks' loader: the thread analysed in-process equals the cached tables."""
    import pickle

    from stance.report import TABLES, load_analysis

    fresh = load_analysis(FIXTURE)
    assert (fresh.comments["kind"] == "comment").sum() == 26
    cache = tmp_path / "cache.pickle"
    cache.write_bytes(pickle.dumps({t: getattr(fresh, t) for t in TABLES}))
    cached = load_analysis(FIXTURE, cache=cache)
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(cached, table), getattr(fresh, table))
    assert [a.name for a in cached.actors] == [a.name for a in fresh.actors]
