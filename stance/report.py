"""The one-command report, and the helpers the report notebooks share.

:func:`build_report` turns a thread into a finished report folder::

    out/report.html          narrative and figures, code hidden, no scripts
    out/figures/*.png|svg|pdf every figure in three formats
    out/tables/*.csv          every table, spreadsheet-safe
    out/notebooks/*.ipynb     the executed notebooks

The notebooks in ``notebooks/`` (``01-explore-thread``, ``02-actor-stance``,
``03-polarization``) are run with papermill; what they need more than once
lives here (loading, escaped HTML with highlighted evidence, figure export).

Comment text, author names and thread names are untrusted. Everything that
reaches HTML from this module goes through :func:`html.escape`; every CSV goes
through :func:`safe_csv`, which neutralises cells that a spreadsheet would run
as a formula.
"""

from __future__ import annotations

import html
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from .errors import StanceError

__all__ = [
    "KEY_MEASURES",
    "NOTEBOOKS",
    "TABLES",
    "build_report",
    "comment_browser",
    "ensure_kernel",
    "evidence_html",
    "export_figures",
    "highlight_spans",
    "load_analysis",
    "main_actor",
    "mentions_html",
    "neutralize_formulas",
    "notebooks_to_html",
    "pick_measure",
    "reply_actor",
    "top_actors",
    "report_folder",
    "resolve_thread",
    "safe_csv",
    "seed_thread",
]

SEED_FILE = "000_2dcbf18fb3e56109.txt"
#: The report notebooks, in the order they run and appear in the HTML report.
NOTEBOOKS = ("01-explore-thread", "02-actor-stance", "03-polarization")
#: The tables of :class:`stance.pipeline.Analysis` written as CSV.
TABLES = ("comments", "sentences", "sentiment", "stances", "replies", "measures", "running",
          "by_depth")
STANCE_LABELS = ("favor", "against", "neutral")
# colour-blind-safe diverging pair (ColorBrewer RdBu ends) plus grey for neutral
_LABEL_COLOURS = {"favor": "#cfe3f3", "against": "#f8d5c4", "neutral": "#e6e6e6"}
_LABEL_BORDERS = {"favor": "#2166ac", "against": "#b2182b", "neutral": "#707070"}


# --------------------------------------------------------------------------- paths

def _repo_root() -> Path:
    return Path(__file__).resolve().parents[1]


def seed_thread() -> Path:
    """Return the path of the bundled seed thread (``data/raw/000_2dcbf18fb3e56109.txt``).

    Raises
    ------
    StanceError
        When the file is not there (e.g. the package was installed without the
        repository around it).
    """
    path = _repo_root() / "data" / "raw" / SEED_FILE
    if not path.is_file():
        raise StanceError(
            f"the bundled seed thread {path} is missing; run from a clone of the stance "
            f"repository (pip install -e .) or pass a thread file explicitly."
        )
    return path


def resolve_thread(thread: str | os.PathLike | None = None) -> Path:
    """Return the thread file to analyse: ``thread`` or the bundled seed when None.

    Raises
    ------
    StanceError
        When the file does not exist.
    """
    if thread is None:
        return seed_thread()
    path = Path(thread).expanduser()
    if not path.is_file():
        raise StanceError(f"thread file {path} does not exist; give the path of a thread file "
                          f"(text dump, Disqus XML, Reddit JSON, CSV, JSONL or Parquet).")
    return path.resolve()


def _notebook_dir() -> Path:
    path = _repo_root() / "notebooks"
    missing = [n for n in NOTEBOOKS if not (path / f"{n}.ipynb").is_file()]
    if missing:
        raise StanceError(
            f"the report notebooks {', '.join(missing)} are missing from {path}; build_report "
            f"runs the notebooks of a stance repository clone (pip install -e .)."
        )
    return path


def _thread_name(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    return Path(name).stem or "thread"


def report_folder(output_dir: str | os.PathLike | None = None,
                  thread: str | os.PathLike | None = None) -> Path:
    """Return the report folder a notebook writes to, and create its ``figures/``.

    ``output_dir`` when given, else ``reports/<thread name>`` in the repository
    (``reports/`` is ignored by git).
    """
    if output_dir is not None:
        folder = Path(output_dir).expanduser()
    else:
        folder = _repo_root() / "reports" / _thread_name(resolve_thread(thread))
    (folder / "figures").mkdir(parents=True, exist_ok=True)
    return folder


# --------------------------------------------------------------------------- CSV safety

def _neutralize(value):
    from .readers import escape_formula

    return escape_formula(value) if isinstance(value, str) else value


def neutralize_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` whose text cells cannot run as spreadsheet formulas.

    A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return (after any single quotes) gets a leading single quote (the OWASP
    advice against CSV injection), by the same rule as :func:`stance.write_thread`
    (:func:`stance.readers.escape_formula`), so reading such a file back with
    :func:`stance.read_thread` gives the original text.
    Numeric columns are left alone: ``-0.5`` stays a number. Column names are
    neutralised the same way.

    Parameters
    ----------
    frame : DataFrame
        Any table.

    Returns
    -------
    DataFrame
        A new frame with the same shape, index and columns (renamed when a
        column name itself starts with a formula character).

    Examples
    --------
    >>> neutralize_formulas(pd.DataFrame({"t": ["=1+1", "ok", "-2"], "x": [-1, 0, 1]}))
           t  x
    0  '=1+1 -1
    1     ok  0
    2    '-2  1
    """
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
            continue
        if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(
                series.dtype):
            continue
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(object)
        mapped = series.map(_neutralize, na_action="ignore")
        if isinstance(series.dtype, pd.StringDtype):
            mapped = mapped.astype(series.dtype)
        out[column] = mapped
    out.columns = [_neutralize(c) for c in out.columns]
    return out


def safe_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``frame`` as UTF-8 CSV without its index, neutralising formula cells.

    See :func:`neutralize_formulas`. The parent folder is created.

    Returns
    -------
    Path
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    neutralize_formulas(frame).to_csv(path, index=False, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- escaped HTML

def highlight_spans(text: str, spans: Iterable[tuple] = ()) -> str:
    """Return ``text`` as escaped HTML with ``spans`` wrapped in ``<mark>``.

    Parameters
    ----------
    text : str
        Untrusted comment text.
    spans : iterable of tuples
        ``(start, end)`` or ``(start, end, label)`` or ``(start, end, label, title)``
        character offsets into ``text``. ``label`` (``favor``/``against``/``neutral``)
        colours the mark; ``title`` becomes its tooltip. Overlapping spans are
        clipped so that marks never nest; spans outside the text are dropped.

    Returns
    -------
    str
        HTML in which every character of ``text`` is escaped.

    Examples
    --------
    >>> highlight_spans("<b>Putin</b> is a fool", [(13, 22)])
    '&lt;b&gt;Putin&lt;/b&gt; <mark>is a fool</mark>'
    >>> highlight_spans("a fool", [(2, 6, "against")])[:36]
    'a <mark class="stance-against" style'
    """
    text = "" if text is None or text is pd.NA else str(text)
    cleaned = []
    for span in spans:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError):
            continue
        label = span[2] if len(span) > 2 else None
        title = span[3] if len(span) > 3 else None
        start, end = max(start, 0), min(end, len(text))
        if end > start:
            cleaned.append((start, end, label, title))
    cleaned.sort(key=lambda s: (s[0], -s[1]))
    parts, cursor = [], 0
    for start, end, label, title in cleaned:
        start = max(start, cursor)
        if end <= start:
            continue
        parts.append(html.escape(text[cursor:start]))
        attrs = ""
        if isinstance(label, str) and label in _LABEL_COLOURS:
            attrs += (f' class="stance-{label}" style="background:{_LABEL_COLOURS[label]};'
                      f'border-bottom:2px solid {_LABEL_BORDERS[label]}"')
        if title:
            attrs += f' title="{html.escape(str(title), quote=True)}"'
        parts.append(f"<mark{attrs}>{html.escape(text[start:end])}</mark>")
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts)


def _evidence_span(text: str, row) -> tuple[int, int] | None:
    """Offsets of a stance row's evidence in ``text``, checked against the evidence string."""
    evidence = row.get("evidence")
    start, end = row.get("evidence_start"), row.get("evidence_end")
    if not isinstance(evidence, str) or not evidence:
        return None
    try:
        start, end = int(start), int(end)
        if text[start:end] == evidence:
            return start, end
    except (TypeError, ValueError):
        pass
    found = text.find(evidence)
    return (found, found + len(evidence)) if found >= 0 else None


def _window(text: str, spans: list[tuple], context: int | None) -> tuple[str, list[tuple], bool,
                                                                         bool]:
    """Cut ``text`` to ``context`` characters around the spans (offsets shifted)."""
    if context is None or not spans or len(text) <= 2 * context + 40:
        return text, spans, False, False
    lo = max(min(s[0] for s in spans) - context, 0)
    hi = min(max(s[1] for s in spans) + context, len(text))
    shifted = [(s[0] - lo, s[1] - lo, *s[2:]) for s in spans]
    return text[lo:hi], shifted, lo > 0, hi < len(text)


# JupyterLab right-aligns table cells with a (0,2,1)-specific rule; ".jp-RenderedHTMLCommon
# table.stance-table td" (0,2,2) wins inside JupyterLab and the report, the plain rule elsewhere.
_TABLE_CSS = (
    "<style>"
    "table.stance-table{border-collapse:collapse;font-size:13px;margin:0.5em 0}"
    "table.stance-table th,table.stance-table td,"
    ".jp-RenderedHTMLCommon table.stance-table th,.jp-RenderedHTMLCommon table.stance-table td"
    "{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
    "table.stance-table td.text,.jp-RenderedHTMLCommon table.stance-table td.text"
    "{max-width:60em;white-space:pre-wrap}"
    "table.stance-table th{background:#f4f4f4}"
    "</style>"
)


def _html_table(header: list[str], rows: list[list[str]], *, caption: str | None = None) -> str:
    """Assemble a table from cells that are ALREADY escaped HTML."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="text">{cell}</td>' if i == len(row) - 1 else f"<td>{cell}</td>"
            for i, cell in enumerate(row)) + "</tr>"
        for row in rows)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return (f'{_TABLE_CSS}<table class="stance-table">{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _fmt(value, digits: int = 2, *, signed: bool = False) -> str:
    """Escaped text of a cell; floats rounded (with a sign when ``signed``), missing as ""."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return html.escape(str(value))


def _scored(stances: pd.DataFrame) -> pd.DataFrame:
    if "label" not in stances.columns:
        return stances.iloc[0:0]
    return stances[stances["label"].isin(STANCE_LABELS)]


def evidence_html(stances: pd.DataFrame, comments: pd.DataFrame, *, actor: str | None = None,
                  labels: Iterable[str] | None = None, context: int | None = 160,
                  max_rows: int | None = 50) -> str:
    """Return an HTML table of stance rows with their evidence highlighted in the comment.

    Parameters
    ----------
    stances : DataFrame
        Stance table (:func:`stance.score_stance`); rows whose label is not
        favor/against/neutral are skipped.
    comments : DataFrame
        Comment table, for the text, author and position.
    actor : str, optional
        Only this actor.
    labels : iterable of str, optional
        Only these labels.
    context : int or None
        Characters of text kept on each side of the evidence (None: whole text).
    max_rows : int or None
        At most this many rows, strongest (highest ``|stance| * confidence``) first
        in thread order.

    Returns
    -------
    str
        HTML; all comment text, author and actor names are escaped.
    """
    rows_frame = _scored(stances)
    if actor is not None:
        rows_frame = rows_frame[rows_frame["actor"] == actor]
    if labels is not None:
        rows_frame = rows_frame[rows_frame["label"].isin(list(labels))]
    if rows_frame.empty:
        return "<p><em>No stance rows to show.</em></p>"
    info = _comment_info(comments)
    rows_frame = rows_frame.assign(
        _strength=rows_frame.get("stance", 0).abs() * rows_frame.get("confidence", 1),
        _position=rows_frame["comment_id"].map(lambda c: info.get(c, {}).get("position", 0)))
    if max_rows is not None and len(rows_frame) > max_rows:
        rows_frame = rows_frame.nlargest(max_rows, "_strength")
    rows_frame = rows_frame.sort_values(["_position", "actor"], kind="stable")
    rows = []
    for _, row in rows_frame.iterrows():
        meta = info.get(row["comment_id"], {})
        text = meta.get("text", "")
        span = _evidence_span(text, row)
        label = row.get("label")
        spans = [(span[0], span[1], label, f"{row.get('actor')}: {label}")] if span else []
        shown, spans, cut_left, cut_right = _window(text, spans, context)
        body = ("… " if cut_left else "") + highlight_spans(shown, spans) + (
            " …" if cut_right else "")
        rows.append([
            _fmt(meta.get("position", "")), _fmt(meta.get("author", "")), _fmt(row.get("actor")),
            _fmt(label), _fmt(row.get("stance"), signed=True), _fmt(row.get("confidence")),
            _fmt(row.get("cue")), body,
        ])
    return _html_table(["#", "author", "actor", "label", "stance", "confidence", "cue",
                        "comment (evidence highlighted)"], rows)


def _comment_info(comments: pd.DataFrame) -> dict:
    frame = comments
    if "comment_id" not in frame.columns:
        frame = frame.assign(comment_id=frame.index.astype(str))
    info = {}
    for i, row in enumerate(frame.itertuples(index=False)):
        row = row._asdict()
        text = row.get("text")
        info[row["comment_id"]] = {
            "text": "" if text is None or text is pd.NA or text != text else str(text),
            "author": row.get("author") if isinstance(row.get("author"), str) else "",
            "position": row.get("position", i),
            "depth": row.get("depth", 0),
        }
    return info


def mentions_html(comments: pd.DataFrame, mentions: pd.DataFrame, *, max_rows: int | None = 50,
                  context: int | None = 160) -> str:
    """Return an HTML table of comments with every actor mention highlighted.

    Parameters
    ----------
    comments : DataFrame
        Comment table.
    mentions : DataFrame
        One row per mention with ``comment_id``, ``actor`` and character offsets
        ``start``/``end`` (as :func:`stance.find_mentions` returns; the column
        names ``mention_start``/``mention_end`` and a ``text``/``mention`` string
        column are understood too).
    max_rows : int or None
        At most this many comments, in thread order.
    context : int or None
        Characters kept around the mentions.

    Returns
    -------
    str
        HTML; all text escaped.
    """
    if mentions is None or len(mentions) == 0:
        return "<p><em>No actor mentions found.</em></p>"
    start_col = next((c for c in ("start", "mention_start", "evidence_start")
                      if c in mentions.columns), None)
    end_col = next((c for c in ("end", "mention_end", "evidence_end") if c in mentions.columns),
                   None)
    info = _comment_info(comments)
    rows = []
    order = sorted(mentions["comment_id"].unique(),
                   key=lambda c: info.get(c, {}).get("position", 0))
    for comment_id in order[:max_rows] if max_rows else order:
        group = mentions[mentions["comment_id"] == comment_id]
        meta = info.get(comment_id, {})
        text = meta.get("text", "")
        spans = []
        if start_col and end_col:
            for _, m in group.iterrows():
                spans.append((m[start_col], m[end_col], None, str(m.get("actor", ""))))
        shown, spans, cut_left, cut_right = _window(text, spans, context)
        body = ("… " if cut_left else "") + highlight_spans(shown, spans) + (
            " …" if cut_right else "")
        actors = ", ".join(sorted(map(str, group["actor"].dropna().unique())))
        rows.append([_fmt(meta.get("position", "")), _fmt(meta.get("author", "")),
                     html.escape(actors), body])
    return _html_table(["#", "author", "actors", "comment (mentions highlighted)"], rows)


# --------------------------------------------------------------------------- analysis

def load_analysis(thread: str | os.PathLike | None = None, actors=None, *,
                  cache: str | os.PathLike | None = None, progress: bool = False):
    """Read a thread and run :func:`stance.analyze` on it (what every notebook starts with).

    Parameters
    ----------
    thread : path, optional
        Thread file; the bundled seed when None.
    actors : path or list of Actor, optional
        Actor definitions; the packaged defaults when None.
    cache : path, optional
        The pickled tables of an analysis, written by :func:`build_report` for the
        notebooks it runs so that the pipeline runs once per report (the actors are
        then loaded from ``actors``). Only pass files written by :func:`build_report`
        (pickle runs code when loaded).
    progress : bool
        Show the pipeline's progress bars.

    Returns
    -------
    Analysis
    """
    from .pipeline import Analysis, analyze
    from .readers import read_thread

    if cache is not None and Path(cache).is_file():
        with open(cache, "rb") as handle:
            tables = pickle.load(handle)
        if actors is None or isinstance(actors, (str, bytes)) or hasattr(actors, "__fspath__"):
            from .actors import load_actors

            actors = load_actors(actors)
        return Analysis(**tables, actors=list(actors))

    comments = read_thread(resolve_thread(thread))
    return analyze(comments, actors, dynamics=True, progress=progress)


def main_actor(stances: pd.DataFrame) -> str | None:
    """Return the actor with the most scored stance rows (ties: alphabetical), or None."""
    scored = _scored(stances)
    if scored.empty or "actor" not in scored.columns:
        return None
    counts = scored["actor"].dropna().astype(str).value_counts()
    if counts.empty:
        return None
    top = counts[counts == counts.max()].index
    return sorted(top)[0]


#: The measures the report's forest plot shows (the full table lists every measure).
KEY_MEASURES = ("morales_mu", "esteban_ray", "std", "disagreement_rate")


def pick_measure(measures: pd.DataFrame,
                 preferred: Iterable[str] = ("morales_mu", "std", "esteban_ray")) -> str | None:
    """Return the measure of ``preferred`` with the most non-missing values in ``measures``.

    Ties go to the earlier name in ``preferred``. When none of them is present, the
    first measure of the table; None for an empty table.

    Examples
    --------
    >>> m = pd.DataFrame({"measure": ["std", "morales_mu", "morales_mu"],
    ...                   "value": [0.1, float("nan"), 0.2]})
    >>> pick_measure(m)
    'morales_mu'
    >>> pick_measure(m.iloc[:2])
    'std'
    """
    if measures is None or measures.empty or "measure" not in measures.columns:
        return None
    values = measures["value"] if "value" in measures.columns else pd.Series(1, measures.index)
    counts = values.notna().groupby(measures["measure"].astype(str)).sum()
    best, best_count = None, -1
    for name in preferred:
        if name in counts.index and counts[name] > best_count:
            best, best_count = name, counts[name]
    if best is not None:
        return best
    present = measures["measure"].dropna().astype(str)
    return present.iloc[0] if len(present) else None


def top_actors(stances: pd.DataFrame, k: int = 4) -> list[str]:
    """Return the ``k`` actors with the most scored stance rows (ties: alphabetical)."""
    scored = _scored(stances)
    if scored.empty or "actor" not in scored.columns:
        return []
    counts = scored["actor"].dropna().astype(str).value_counts()
    ranked = sorted(counts.index, key=lambda a: (-counts[a], a))
    return ranked[:k]


def reply_actor(stances: pd.DataFrame, replies: pd.DataFrame) -> str | None:
    """Return the actor with the most reply edges where both ends take a stance toward it.

    This is the actor for which the reply tree and the parent-vs-reply plot have the
    most to show; falls back to :func:`main_actor` when no edge has a stance at both
    ends (ties: more stance rows, then alphabetical).
    """
    scored = _scored(stances)
    fallback = main_actor(stances)
    if scored.empty or replies is None or replies.empty or not {"comment_id", "parent_id"} <= set(
            replies.columns):
        return fallback
    holders = scored.groupby(scored["actor"].astype(str))["comment_id"].agg(set)
    counts = {}
    for actor, ids in holders.items():
        both = replies["comment_id"].isin(ids) & replies["parent_id"].isin(ids)
        counts[actor] = int(both.sum())
    best = max(counts.values(), default=0)
    if best == 0:
        return fallback
    totals = scored["actor"].astype(str).value_counts()
    return sorted((a for a, n in counts.items() if n == best), key=lambda a: (-totals[a], a))[0]


def export_figures(figures: Mapping[str, object], directory: str | os.PathLike, *,
                   formats: tuple[str, ...] = ("png", "svg", "pdf"), dpi: int = 300
                   ) -> pd.DataFrame:
    """Save each figure with :func:`stance.plots.save_figure` and list the files.

    Parameters
    ----------
    figures : mapping of name to matplotlib Figure
        Names become file names (``name.png`` ...).
    directory : path
        Folder for the files (created).
    formats, dpi
        Passed to ``save_figure``.

    Returns
    -------
    DataFrame
        One row per file: ``figure``, ``format``, ``file`` (name only), ``bytes``.
    """
    from .plots import save_figure

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, fig in figures.items():
        for path in save_figure(fig, name, directory=directory, formats=formats, dpi=dpi):
            path = Path(path)
            rows.append({"figure": name, "format": path.suffix.lstrip("."), "file": path.name,
                         "bytes": path.stat().st_size})
    return pd.DataFrame(rows, columns=["figure", "format", "file", "bytes"])


def comment_browser(comments: pd.DataFrame, stances: pd.DataFrame, **kwargs):
    """Return the ipywidgets comment browser (see :func:`stance._widgets.comment_browser`)."""
    from ._widgets import comment_browser as _browser

    return _browser(comments, stances, **kwargs)


# --------------------------------------------------------------------------- notebooks

def ensure_kernel() -> str:
    """Return the name of a Jupyter kernel that runs the current interpreter.

    The ``python3`` kernel spec is used when it starts ``python`` (which
    jupyter_client replaces by ``sys.executable``) or ``sys.executable`` itself.
    Otherwise (no spec, or one pointing at another interpreter) a spec named
    ``stance-python`` running ``sys.executable`` is installed into ``sys.prefix``
    (``<prefix>/share/jupyter/kernels``) and used.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    ours = {"python", f"python{sys.version_info[0]}", "python%d.%d" % sys.version_info[:2],
            sys.executable}
    for name in ("python3", "stance-python"):
        try:
            spec = manager.get_kernel_spec(name)
        except NoSuchKernel:
            continue
        if spec.argv and spec.argv[0] in ours:
            return name
    from ipykernel.kernelspec import install

    install(kernel_name="stance-python", display_name="Python (stance)", prefix=sys.prefix)
    return "stance-python"


def _run_notebooks(names: Iterable[str], out: Path, parameters: dict, *, progress: bool,
                   kernel_name: str, on_done=None) -> list[Path]:
    """Execute the notebooks with papermill, side by side (one kernel each, up to the CPU count).

    Returns the executed notebooks in the order of ``names``; ``on_done(name)`` is called as
    each finishes. A failing notebook raises :class:`StanceError` naming the executed copy.
    """
    from concurrent.futures import ThreadPoolExecutor

    import papermill

    names = list(names)
    source = _notebook_dir()
    (out / "notebooks").mkdir(parents=True, exist_ok=True)

    def run(index_name):
        index, name = index_name
        target = out / "notebooks" / f"{name}.ipynb"
        bar = {"desc": name, "position": index + 1, "leave": False} if progress else False
        try:
            papermill.execute_notebook(
                str(source / f"{name}.ipynb"), str(target), parameters=parameters,
                kernel_name=kernel_name, progress_bar=bar, cwd=str(target.parent),
                # the kernel's own log (plain-TCP notice, interrupt at shutdown) is noise here
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        except papermill.PapermillExecutionError as error:
            raise StanceError(f"notebook {name} failed on cell {error.exec_count} "
                              f"({error.ename}: {error.evalue}); the executed notebook with "
                              f"the traceback is {target}.") from error
        if on_done is not None:
            on_done(name)
        return target

    workers = max(1, min(len(names), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(run, enumerate(names)))


_DROP_MIMETYPES = ("application/javascript", "application/vnd.jupyter.widget-view+json",
                   "application/vnd.jupyter.widget-state+json", "text/latex")


def _static_outputs(cell) -> None:
    """Keep only outputs that need no script and no kernel (in place, on our own copy)."""
    kept = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            continue
        data = output.get("data")
        if data is not None:
            if "application/vnd.jupyter.widget-view+json" in data:
                # a widget (the comment browser, a progress bar): no kernel in a static page
                continue
            for mime in _DROP_MIMETYPES:
                data.pop(mime, None)
            if not data:
                continue
        kept.append(output)
    cell["outputs"] = kept


def notebooks_to_html(notebooks: Iterable[str | os.PathLike], path: str | os.PathLike, *,
                      title: str = "stance report", summary: Iterable[str] = ()) -> Path:
    """Join executed notebooks into one static HTML page, code hidden, images embedded.

    Widget, JavaScript and stderr outputs are dropped, and so are cells tagged
    ``parameters``, ``injected-parameters`` or ``remove-cell`` (the interactive
    browser). The page is rendered with the ``stance_report`` template (JupyterLab
    look without require.js, MathJax, Mermaid or widget scripts) and carries a
    Content-Security-Policy that forbids every script (``script-src 'none'``), so
    even a comment that escaped escaping could not run. ``title`` heads the page
    and ``summary`` lines follow it as a list; both are escaped.

    Returns
    -------
    Path
        The HTML file written.
    """
    import nbformat
    from nbconvert import HTMLExporter

    merged = nbformat.v4.new_notebook()
    merged.metadata["title"] = title
    merged.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                     "language": "python"}
    merged.metadata["language_info"] = {"name": "python"}
    items = "".join(f"<li>{html.escape(line)}</li>" for line in summary)
    merged.cells.append(nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
        "display_data", data={"text/html": f"<h1>{html.escape(title)}</h1>"
                                           + (f"<ul>{items}</ul>" if items else "")})]))
    for notebook in notebooks:
        nb = nbformat.read(str(notebook), as_version=4)
        for cell in nb.cells:
            tags = cell.get("metadata", {}).get("tags", [])
            if "parameters" in tags or "injected-parameters" in tags or "remove-cell" in tags:
                continue
            if cell.cell_type == "code":
                if not cell.get("outputs"):
                    continue
                _static_outputs(cell)
                if not cell["outputs"]:
                    continue
            cell["id"] = f"cell-{len(merged.cells)}"
            merged.cells.append(cell)
    nbformat.validator.normalize(merged)
    exporter = HTMLExporter(
        template_name="stance_report",
        extra_template_basedirs=[str(Path(__file__).resolve().parent / "templates")],
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        exclude_anchor_links=True, embed_images=True)
    body, _ = exporter.from_notebook_node(merged)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the report

def build_report(input: str | os.PathLike | None = None, *, actors=None,
                 out: str | os.PathLike | None = None, progress: bool = True) -> Path:
    """Analyse a thread and write a finished report folder; return the HTML report's path.

    Parameters
    ----------
    input : path, optional
        Thread file (any format :func:`stance.read_thread` reads); the bundled seed
        thread ``data/raw/000_2dcbf18fb3e56109.txt`` when None.
    actors : path, optional
        Actor definition file; the packaged defaults when None.
    out : path, optional
        Output folder; ``reports/<thread-name>`` (relative to the working
        directory) when None. Existing files in it are overwritten.
    progress : bool
        Show a progress bar over the stages and papermill's per-cell bars (stderr).

    Returns
    -------
    Path
        ``out/report.html``. Next to it: ``figures/`` (every figure as PNG, SVG
        and PDF), ``tables/`` (every table as spreadsheet-safe CSV, see
        :func:`safe_csv`) and ``notebooks/`` (the executed notebooks).

    Raises
    ------
    StanceError
        For a missing or unreadable thread or actor file, or a notebook that fails
        (the message names the executed notebook holding the traceback).

    Notes
    -----
    The notebooks run in a Jupyter kernel for the current interpreter
    (:func:`ensure_kernel`, which may install a kernel spec into ``sys.prefix``).
    """
    from tqdm.auto import tqdm

    from .readers import read_thread

    thread = resolve_thread(input)
    name = _thread_name(thread)
    out = Path(out) if out is not None else Path("reports") / name
    out = out.resolve()
    actors_path = None
    if actors is not None:
        actors_path = Path(actors).expanduser().resolve()
        if not actors_path.is_file():
            raise StanceError(f"actors file {actors_path} does not exist; give a YAML actor "
                              f"file or leave --actors out for the packaged defaults.")
    stages = ["read thread", "analyse", "write tables", *(f"notebook {n}" for n in NOTEBOOKS),
              "HTML report"]
    bar = tqdm(total=len(stages), desc="stance report", unit="stage", disable=not progress,
               file=sys.stderr)

    def stage(i: int) -> None:
        bar.set_postfix_str(stages[i])

    try:
        stage(0)
        comments = read_thread(thread)
        bar.update()
        stage(1)
        from .pipeline import analyze

        analysis = analyze(comments, str(actors_path) if actors_path else None, dynamics=True,
                           progress=False)
        bar.update()
        stage(2)
        for table in TABLES:
            safe_csv(getattr(analysis, table), out / "tables" / f"{table}.csv")
        bar.update()
        kernel = ensure_kernel()
        with tempfile.TemporaryDirectory(prefix="stance-report-") as tmp:
            cache = Path(tmp) / "analysis.pickle"
            with open(cache, "wb") as handle:  # tables only: Actor objects do not pickle
                pickle.dump({table: getattr(analysis, table) for table in TABLES}, handle)
            parameters = {"thread": str(thread),
                          "actors": str(actors_path) if actors_path else None,
                          "output_dir": str(out), "analysis_cache": str(cache)}
            bar.set_postfix_str("notebooks")

            def done(notebook: str) -> None:
                bar.set_postfix_str(f"{notebook} done")
                bar.update()

            executed = _run_notebooks(NOTEBOOKS, out, parameters, progress=progress,
                                      kernel_name=kernel, on_done=done)
        stage(len(stages) - 1)
        n_comments = int((analysis.comments["kind"] == "comment").sum()) if "kind" in \
            analysis.comments.columns else len(analysis.comments)
        n_figures = len({p.stem for p in (out / "figures").glob("*.png")})
        summary = [
            f"thread: {thread.name}, {n_comments} comments, "
            f"{len(_scored(analysis.stances))} stances toward "
            f"{_scored(analysis.stances)['actor'].nunique()} of the {len(analysis.actors)} actors, "
            f"{len(analysis.replies)} reply edges",
            f"figures: figures/ ({n_figures} figures, each as PNG, SVG and PDF)",
            "tables: tables/ (CSV, cells starting with = + - @ prefixed with ' for spreadsheets)",
            "notebooks: notebooks/ (the executed notebooks, with their code)",
        ]
        report = notebooks_to_html(executed, out / "report.html",
                                   title=f"stance report: {name}", summary=summary)
        bar.update()
    finally:
        bar.close()
    return report
