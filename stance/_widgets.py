"""An ipywidgets comment browser: pick an actor and stance labels, read the comments.

Used from the notebooks through :func:`stance.report.comment_browser`. The
HTML it shows is built by :func:`render_comments`, a pure function: every
piece of comment text, author and actor name is escaped with
:func:`html.escape` (an ``HTML`` widget renders its value as markup).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import pandas as pd

from .report import STANCE_LABELS, _comment_info, _evidence_span, _fmt, _scored, highlight_spans

__all__ = ["comment_browser", "render_comments"]

ALL_ACTORS = "(all actors)"


def render_comments(comments: pd.DataFrame, stances: pd.DataFrame, *, actor: str | None = None,
                    labels: Iterable[str] | None = None, min_confidence: float = 0.0,
                    max_comments: int = 50) -> str:
    """Return escaped HTML of the comments holding a stance matching the filters.

    Parameters
    ----------
    comments : DataFrame
        Comment table (text, author, position, depth).
    stances : DataFrame
        Stance table; only favor/against/neutral rows are shown.
    actor : str, optional
        Only stances toward this actor (None: every actor).
    labels : iterable of str, optional
        Only these labels (None: all three).
    min_confidence : float
        Only stance rows with at least this confidence.
    max_comments : int
        Show at most this many comments (thread order); a note says how many were cut.

    Returns
    -------
    str
        One block per comment: position, depth, author, the matching stances, and the
        text with every matching evidence span highlighted (marks coloured by label).
    """
    rows = _scored(stances)
    if actor is not None:
        rows = rows[rows["actor"] == actor]
    labels = list(STANCE_LABELS if labels is None else labels)
    rows = rows[rows["label"].isin(labels)]
    if "confidence" in rows.columns:
        rows = rows[rows["confidence"].fillna(0) >= min_confidence]
    if rows.empty:
        return "<p><em>No comment matches these filters.</em></p>"
    info = _comment_info(comments)
    ids = sorted(rows["comment_id"].unique(), key=lambda c: info.get(c, {}).get("position", 0))
    blocks = []
    for comment_id in ids[:max_comments]:
        meta = info.get(comment_id, {})
        text = meta.get("text", "")
        group = rows[rows["comment_id"] == comment_id]
        spans, badges = [], []
        for _, row in group.iterrows():
            span = _evidence_span(text, row)
            label = row["label"]
            if span:
                spans.append((span[0], span[1], label, f"{row['actor']}: {label}"))
            badges.append(
                f"<span class=\"stance-badge stance-{html.escape(label)}\">"
                f"{html.escape(str(row['actor']))}: {html.escape(label)} "
                f"({_fmt(row.get('stance'), signed=True)}, {html.escape(str(row.get('cue', '')))})"
                f"</span>")
        depth = meta.get("depth", 0)
        indent = max(int(depth) if pd.notna(depth) else 0, 0) * 1.5
        blocks.append(
            f'<div class="stance-comment" style="margin:0 0 0.8em {indent}em;'
            f'border-left:3px solid #ccc;padding-left:0.6em">'
            f"<div><b>#{_fmt(meta.get('position', ''))}</b> "
            f"{html.escape(meta.get('author') or '(no author)')} · depth {_fmt(depth)} · "
            f"{' · '.join(badges)}</div>"
            f'<div style="white-space:pre-wrap">{highlight_spans(text, spans)}</div></div>')
    more = len(ids) - max_comments
    note = f"<p><em>{more} more comment(s) not shown.</em></p>" if more > 0 else ""
    return (f"<p>{len(ids)} comment(s), {len(rows)} stance row(s).</p>" + "".join(blocks)
            + note)


def comment_browser(comments: pd.DataFrame, stances: pd.DataFrame, *,
                    actor: str | None = None, max_comments: int = 50):
    """Return a widget to browse comments by actor, stance label and confidence.

    Parameters
    ----------
    comments, stances : DataFrame
        The comment and stance tables.
    actor : str, optional
        Actor selected at first (None: all actors).
    max_comments : int
        Comments shown at most.

    Returns
    -------
    ipywidgets.VBox
        Controls (``actor`` dropdown, ``labels`` multiple selection, ``min_confidence``
        slider) above an ``HTML`` widget with the matching comments; the controls are
        also reachable as ``box.controls`` (dict) and the HTML as ``box.view``.
    """
    import ipywidgets as widgets

    scored = _scored(stances)
    actors = sorted(map(str, scored["actor"].dropna().unique())) if not scored.empty else []
    dropdown = widgets.Dropdown(options=[ALL_ACTORS, *actors],
                                value=actor if actor in actors else ALL_ACTORS,
                                description="actor")
    labels = widgets.SelectMultiple(options=list(STANCE_LABELS), value=list(STANCE_LABELS),
                                    description="stance", rows=3)
    confidence = widgets.FloatSlider(value=0.0, min=0.0, max=1.0, step=0.05,
                                     description="confidence ≥", readout_format=".2f")
    view = widgets.HTML()

    def update(_=None) -> None:
        chosen = None if dropdown.value == ALL_ACTORS else dropdown.value
        view.value = render_comments(comments, stances, actor=chosen, labels=labels.value,
                                     min_confidence=confidence.value,
                                     max_comments=max_comments)

    for control in (dropdown, labels, confidence):
        control.observe(update, names="value")
    update()
    box = widgets.VBox([widgets.HBox([dropdown, labels, confidence]), view])
    box.controls = {"actor": dropdown, "labels": labels, "min_confidence": confidence}
    box.view = view
    return box
