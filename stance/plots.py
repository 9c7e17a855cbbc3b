"""Figures for comment threads, in the seaborn manner.

Every plotting function takes the tidy table(s) produced by the pipeline first,
options as keywords, draws on ``ax`` (the current Axes when ``None``) and
returns that Axes. Nothing here shows or saves a figure: call
:func:`save_figure` for that. :func:`set_report_style` applies the house style;
importing this module changes no global setting.

Colours follow the Okabe-Ito palette, which stays distinct for the common forms
of colour blindness: stance runs from vermillion (against) through light grey
(neutral) to blue (favor); reply relations use bluish green (agree), reddish
purple (disagree, also dashed) and grey (neutral).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import LinearSegmentedColormap, Normalize, to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Rectangle

from ._checks import require_columns
from .errors import StanceError

__all__ = [
    "OKABE_ITO",
    "STANCE_COLORS",
    "RELATION_COLORS",
    "SENTIMENT_COLORS",
    "STANCE_PALETTE",
    "RELATION_PALETTE",
    "STANCE_CMAP",
    "actor_colors",
    "set_report_style",
    "save_figure",
    "plot_reply_tree",
    "plot_stance_heatmap",
    "plot_stance_distribution",
    "plot_sentiment_along_thread",
    "plot_running_polarization",
    "plot_polarization_by_depth",
    "plot_parent_reply_stance",
    "plot_measures",
]

# --------------------------------------------------------------------------- palettes

#: The Okabe-Ito colour-blind-safe palette (black last), used for categories.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000"]

_VERMILLION = "#D55E00"
_BLUE = "#0072B2"
_GREEN = "#009E73"
_PURPLE = "#CC79A7"
_GREY = "#8C8C8C"
_LIGHT_GREY = "#C8C8C8"
_NEUTRAL_FILL = "#DCDCDC"

#: Colour of each stance label (favor / against / neutral).
STANCE_COLORS = {"favor": _BLUE, "against": _VERMILLION, "neutral": _GREY}
#: Colour of each reply relation (agree / disagree / neutral).
RELATION_COLORS = {"agree": _GREEN, "disagree": _PURPLE, "neutral": _GREY}
#: Colour of each sign of compound sentiment.
SENTIMENT_COLORS = {"positive": _BLUE, "negative": _VERMILLION, "neutral": _GREY}
#: Stance colours as a list in the order against, neutral, favor.
STANCE_PALETTE = [STANCE_COLORS[k] for k in ("against", "neutral", "favor")]
#: Relation colours as a list in the order agree, disagree, neutral.
RELATION_PALETTE = [RELATION_COLORS[k] for k in ("agree", "disagree", "neutral")]
#: Diverging colour map for stance in [-1, 1]: vermillion, light grey, blue.
STANCE_CMAP = LinearSegmentedColormap.from_list("stance", [_VERMILLION, _NEUTRAL_FILL, _BLUE])



def actor_colors(actors: Iterable) -> dict:
    """A colour per actor that does not depend on which figure draws it.

    Actors are sorted by name (case-insensitively) and take the Okabe-Ito
    colours in turn (black excluded, it is kept for the pooled ``"(all)"``
    row), so the same set of actors is coloured alike in every figure.

    Examples
    --------
    >>> from stance.plots import actor_colors
    >>> actor_colors(["Russia", "Putin", "(all)"])
    {'Putin': '#0072B2', 'Russia': '#E69F00', '(all)': '#000000'}
    """
    actors = [str(getattr(a, "name", a)) for a in actors]
    names = sorted(set(actors) - {"(all)"},
                   key=lambda a: (a.casefold(), a))
    colors = OKABE_ITO[:-1]
    out = {a: colors[i % len(colors)] for i, a in enumerate(names)}
    if "(all)" in actors:
        out["(all)"] = "#000000"
    return out


_LINESTYLES = {"agree": "-", "disagree": (0, (4, 2)), "neutral": "-"}
_VALID_LABELS = ("favor", "against", "neutral")
_CONTEXTS = ("paper", "notebook", "talk", "poster")


# --------------------------------------------------------------------------- style

def set_report_style(context: str = "paper", font_scale: float = 1.0, *,
                     rc: dict | None = None) -> None:
    """Apply the house style for report figures.

    Sets seaborn's theme (white background, ticks, no top/right spines), a
    sans-serif font, the Okabe-Ito palette as the default colour cycle, the
    stance colour map as the default image colour map (registered with
    matplotlib as ``"stance_diverging"``) and export settings (300 dpi, tight
    bounding box, editable text in SVG and PDF). Nothing is changed until this
    function is called; ``matplotlib.rcdefaults()`` undoes it.

    Parameters
    ----------
    context : {"paper", "notebook", "talk", "poster"}
        Scale of fonts and lines, as in :func:`seaborn.set_context`.
    font_scale : float
        Extra scaling of the font sizes.
    rc : dict, optional
        Matplotlib rc settings that override the house style.

    Examples
    --------
    >>> from stance.plots import set_report_style
    >>> set_report_style("notebook")
    """
    if context not in _CONTEXTS:
        raise StanceError(f"set_report_style: context must be one of {', '.join(_CONTEXTS)}, "
                          f"got {context!r}.")
    if not (isinstance(font_scale, (int, float)) and font_scale > 0):
        raise StanceError(f"set_report_style: font_scale must be a positive number, "
                          f"got {font_scale!r}.")
    style_rc = {
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": "medium",
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "legend.frameon": False,
        "figure.dpi": 110,
        "savefig.dpi": 300,
        "savefig.bbox": "tight",
        "savefig.pad_inches": 0.05,
        "svg.fonttype": "none",
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "font.family": "sans-serif",
        "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"],
        "image.cmap": "stance_diverging",
    }
    if "stance_diverging" not in mpl.colormaps:
        mpl.colormaps.register(STANCE_CMAP, name="stance_diverging")
    sns.set_theme(context=context, style="ticks", palette=OKABE_ITO, font_scale=font_scale,
                  rc=style_rc)
    if rc:
        mpl.rcParams.update(rc)


# --------------------------------------------------------------------------- saving

def _figure_of(obj):
    """The matplotlib Figure behind a Figure, SubFigure, Axes or seaborn grid."""
    if isinstance(obj, mpl.figure.Figure):
        return obj
    if isinstance(obj, mpl.figure.SubFigure):
        return obj.figure
    if isinstance(obj, mpl.axes.Axes):
        return obj.figure
    fig = getattr(obj, "figure", None)
    if isinstance(fig, mpl.figure.Figure):
        return fig
    fig = getattr(obj, "fig", None)
    if isinstance(fig, mpl.figure.Figure):
        return fig
    raise StanceError(f"save_figure: expected a matplotlib Figure, an Axes or a seaborn grid, "
                      f"got {type(obj).__name__}.")


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", str(name)).strip("._-")
    return stem[:120]


def save_figure(fig, name: str, *, directory: str | Path = ".",
                formats: Sequence[str] = ("png", "svg", "pdf"), dpi: int = 300,
                **kwargs) -> list[Path]:
    """Write a figure to ``directory`` in several formats.

    Parameters
    ----------
    fig : Figure, Axes or seaborn grid
        What to save; an Axes or grid saves the whole figure it belongs to.
    name : str
        File name without extension. Characters other than letters, digits,
        ``.``, ``_`` and ``-`` become ``_`` (no directories can be smuggled in).
    directory : str or Path
        Output folder, created when missing.
    formats : sequence of str
        File formats (extensions) understood by matplotlib.
    dpi : int
        Resolution of raster formats.
    **kwargs
        Passed to :meth:`matplotlib.figure.Figure.savefig`.

    Returns
    -------
    list of Path
        The written files, in the order of ``formats``.

    Examples
    --------
    >>> import matplotlib.pyplot as plt, tempfile
    >>> from stance.plots import save_figure
    >>> fig, ax = plt.subplots()
    >>> paths = save_figure(fig, "demo", directory=tempfile.mkdtemp(), formats=("png",))
    >>> [p.name for p in paths]
    ['demo.png']
    >>> plt.close(fig)
    """
    figure = _figure_of(fig)
    stem = _safe_name(name)
    if not stem:
        raise StanceError(f"save_figure: the name {name!r} has no usable characters; "
                          f"pass a name such as 'reply_tree'.")
    if isinstance(formats, str):
        formats = (formats,)
    supported = figure.canvas.get_supported_filetypes()
    exts = []
    for fmt in formats:
        ext = str(fmt).lower().lstrip(".")
        if ext not in supported:
            raise StanceError(f"save_figure: unknown format {fmt!r}; use one of "
                              f"{', '.join(sorted(supported))}.")
        exts.append(ext)
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    options = {"bbox_inches": "tight", "dpi": dpi}
    options.update(kwargs)
    paths = []
    for ext in exts:
        path = out / f"{stem}.{ext}"
        meta = {}
        if ext in ("svg", "pdf") and "metadata" not in options:
            # no creation date, so that re-running a report gives identical files
            meta = {"metadata": {"Date": None} if ext == "svg" else {"CreationDate": None}}
        figure.savefig(path, format=ext, **options, **meta)
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- helpers

def _get_ax(ax):
    return plt.gca() if ax is None else ax


def _plain(text: str) -> str:
    """Escape ``$`` so that matplotlib shows user text as typed, never as mathtext.

    Author and actor names come from the thread: a name such as ``$\\frac$``
    would otherwise be parsed as TeX and could make drawing fail.
    """
    return str(text).replace("$", r"\$")


def _shorten(text, width: int = 18) -> str:
    """Shorten ``text`` to ``width`` characters with an ellipsis; "" for missing."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _truncate(text, width: int = 18) -> str:
    """:func:`_shorten`, then ``$`` escaped for drawing."""
    return _plain(_shorten(text, width))


def _valid_stances(stances: pd.DataFrame) -> pd.DataFrame:
    """Rows with a real stance (favor/against/neutral) and an actor."""
    keep = stances["label"].isin(_VALID_LABELS) if "label" in stances else True
    out = stances[keep] if keep is not True else stances
    out = out[out["actor"].notna() & out["stance"].notna()]
    return out


def _actor_order(stances: pd.DataFrame, actors) -> list[str]:
    if actors is not None:
        if isinstance(actors, str):
            return [actors]
        return [str(getattr(a, "name", a)) for a in actors]
    counts = stances.groupby("actor").size()
    return sorted(counts.index.astype(str), key=lambda a: (-counts[a], a))


def _default_actor(stances: pd.DataFrame, actor, function: str):
    """The actor to use when ``actor`` is None: the most mentioned one."""
    if actor is not None:
        return str(getattr(actor, "name", actor))
    valid = _valid_stances(stances)
    if valid.empty:
        return None
    return _actor_order(valid, None)[0]


def _comment_rows(comments: pd.DataFrame) -> pd.DataFrame:
    if "kind" in comments:
        return comments[comments["kind"].eq("comment")]
    return comments


def _sorted_by_position(comments: pd.DataFrame) -> pd.DataFrame:
    if "position" in comments:
        return comments.sort_values("position", kind="stable")
    return comments


def _one_thread(comments: pd.DataFrame, function: str) -> None:
    """Raise unless ``comments`` holds a single thread (ids repeat across threads)."""
    if "thread_id" not in comments:
        return
    threads = comments["thread_id"].dropna().unique()
    if len(threads) > 1:
        shown = ", ".join(map(str, threads[:3])) + (", ..." if len(threads) > 3 else "")
        raise StanceError(
            f"{function} draws one thread, but the comments table holds {len(threads)} "
            f"({shown}); pass one, e.g. comments[comments['thread_id'] == {str(threads[0])!r}].")


def _ids(series: pd.Series) -> pd.Series:
    """Ids as strings; whole floats (ints read next to missing values) lose their ``.0``."""
    if pd.api.types.is_float_dtype(series):
        whole = series.dropna()
        if (whole == np.floor(whole)).all():
            series = series.astype("Int64")
    return series.astype("string")


# --------------------------------------------------------------------------- tree layout

def _tree(comments: pd.DataFrame):
    """Parent links of the drawn tree.

    Returns ``(order, parent, kind, article)`` where ``order`` is the list of
    comment ids by position, ``parent`` maps an id to its parent in the drawn
    tree (None for roots) and ``kind`` tells how the link was made: "reply"
    (real parent), "top" (top-level comment hung under the article) or
    "orphan" (parent missing from the thread, hung under the article or left
    as a root).
    """
    rows = _sorted_by_position(comments)
    order = list(_ids(rows["comment_id"]))
    present = set(order)
    kinds = rows["kind"].astype("string").tolist() if "kind" in rows else ["comment"] * len(rows)
    parents_raw = (_ids(rows["parent_id"]).tolist() if "parent_id" in rows
                   else [pd.NA] * len(rows))
    article = next((cid for cid, k in zip(order, kinds) if k == "article"), None)
    parent, link = {}, {}
    for cid, kind, pid in zip(order, kinds, parents_raw):
        if cid == article:
            parent[cid], link[cid] = None, None
        elif pid is not pd.NA and pid is not None and pid in present and pid != cid:
            parent[cid], link[cid] = pid, "reply"
        else:
            is_orphan = pid is not pd.NA and pid is not None
            parent[cid] = article
            link[cid] = ("orphan" if is_orphan else "top") if article else None
    # break cycles: anything not reachable from a root becomes a root
    children = _children(order, parent)
    while True:
        reached = set()
        stack = [c for c in order if parent[c] is None]
        while stack:
            node = stack.pop()
            if node in reached:
                continue
            reached.add(node)
            stack.extend(children.get(node, []))
        lost = [c for c in order if c not in reached]
        if not lost:
            break
        parent[lost[0]], link[lost[0]] = (article, "orphan") if article else (None, None)
        if article is None:
            parent[lost[0]] = None
        children = _children(order, parent)
    return order, parent, link, article


def _children(order, parent):
    children: dict = {}
    for cid in order:
        p = parent[cid]
        if p is not None:
            children.setdefault(p, []).append(cid)
    return children


def _layered_layout(order, parent):
    """Tidy layered layout: leaves spaced 1 apart in thread order, parents centred.

    Returns a DataFrame indexed by comment id with columns x (leaf order),
    level (distance from the root) and is_leaf.
    """
    children = _children(order, parent)
    roots = [c for c in order if parent[c] is None]
    x, level = {}, {}
    leaf = 0
    # iterative post-order DFS (threads can be deeper than Python's recursion limit)
    for root in roots:
        stack = [(root, 0, False)]
        while stack:
            node, lev, done = stack.pop()
            kids = children.get(node, [])
            if done:
                x[node] = (x[kids[0]] + x[kids[-1]]) / 2
                continue
            level[node] = lev
            if not kids:
                x[node] = float(leaf)
                leaf += 1
                continue
            stack.append((node, lev, True))
            for kid in reversed(kids):
                stack.append((kid, lev + 1, False))
    frame = pd.DataFrame({"x": pd.Series(x), "level": pd.Series(level)}).reindex(order)
    frame["is_leaf"] = [not children.get(c) for c in order]
    frame.attrs["n_leaves"] = leaf
    frame.attrs["n_roots"] = len(roots)
    return frame


# --------------------------------------------------------------------------- reply tree

def _preorder(order, parent):
    """Comment ids in depth-first order (children by position): the thread as read."""
    children = _children(order, parent)
    out = []
    stack = [c for c in reversed(order) if parent[c] is None]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(children.get(node, [])))
    return out


_EDGE_STYLES = {
    "top": dict(colors=_LIGHT_GREY, linestyles="-", linewidths=0.8),
    "orphan": dict(colors=_LIGHT_GREY, linestyles=":", linewidths=0.8),
    "none": dict(colors=_LIGHT_GREY, linestyles="-", linewidths=1.0),
    "neutral": dict(colors=RELATION_COLORS["neutral"], linestyles="-", linewidths=1.4),
    "agree": dict(colors=RELATION_COLORS["agree"], linestyles="-", linewidths=2.0),
    "disagree": dict(colors=RELATION_COLORS["disagree"], linestyles=_LINESTYLES["disagree"],
                     linewidths=2.0),
}
_EDGE_LABELS = {"agree": "agrees with parent", "disagree": "disagrees with parent",
                "neutral": "neutral reply", "none": "reply, relation not scored",
                "orphan": "parent missing from thread"}


def _node_label(rows, cid, labels, kinds) -> str:
    if str(kinds.get(cid)) == "article":
        return "article"
    if str(kinds.get(cid)) == "more":
        return "more\u2026"
    if labels == "author":
        author = rows.at[cid, "author"] if "author" in rows else pd.NA
        return _shorten(author, 18) or "[unknown]"
    if labels == "position":
        return str(rows.at[cid, "position"]) if "position" in rows else str(cid)
    return _shorten(cid, 18)


def plot_reply_tree(comments: pd.DataFrame, stances: pd.DataFrame | None = None,
                    replies: pd.DataFrame | None = None, *, actor=None,
                    layout: str = "layered", labels: str | None = "author",
                    colorbar: bool = True, legend: bool = True, ax=None, **kwargs):
    """Draw the reply tree, nodes coloured by stance toward one actor.

    The article (``kind == "article"``) is the root when present; top-level
    comments hang under it. Nodes are coloured on the diverging stance palette
    (vermillion against, grey neutral, blue favor); comments with no stance
    toward the actor are hollow. Reply edges are styled by relation: agree
    solid green, disagree dashed purple, neutral grey, not scored thin light
    grey; ``edge == "addressed"`` rows of ``replies`` are drawn as dotted
    arcs with an arrow toward the comment addressed, coloured by relation.
    Every comment row is drawn (orphans hang under the root with a dotted
    link; "more" placeholders are small diamonds).

    Parameters
    ----------
    comments : DataFrame
        Comment table with ``comment_id`` and ``parent_id`` (``position``,
        ``kind``, ``author`` used when present).
    stances : DataFrame, optional
        Stance table (``comment_id``, ``actor``, ``stance``; ``label`` used to
        drop unscored rows).
    replies : DataFrame, optional
        Reply table (``comment_id``, ``parent_id``, ``relation``; ``edge``).
    actor : str, optional
        Actor whose stance colours the nodes; the most mentioned actor when
        None.
    layout : {"layered", "indented", "radial"}
        ``"layered"``: a tidy tree, leaves left to right in thread order, one
        row per reply depth. ``"indented"``: one row per comment in reading
        order, indented by depth (like the thread on a web page; labels never
        collide). ``"radial"``: the layered tree around the root, for large
        threads.
    labels : {"author", "position", "comment_id"} or None
        Node labels, shortened to fit. They are left out when the nodes are
        too close to label at the figure's size (a note says so).
    colorbar, legend : bool
        Draw the stance colour bar and the legend of node and edge styles
        (below the tree).
    ax : Axes, optional
        Where to draw; the current Axes when None.
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for the nodes with a
        stance.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_reply_tree
    >>> comments = pd.DataFrame({"comment_id": ["a", "b"], "parent_id": [pd.NA, "a"],
    ...                          "author": ["Ann", "Bob"], "position": [0, 1]})
    >>> stances = pd.DataFrame({"comment_id": ["b"], "actor": ["Putin"], "stance": [-0.7],
    ...                         "label": ["against"]})
    >>> ax = plot_reply_tree(comments, stances, actor="Putin")
    """
    fn = "plot_reply_tree"
    require_columns(comments, ["comment_id", "parent_id"], what="comments", function=fn)
    if layout not in ("layered", "indented", "radial"):
        raise StanceError(f"{fn}: layout must be 'layered', 'indented' or 'radial', "
                          f"got {layout!r}.")
    if labels not in ("author", "position", "comment_id", None):
        raise StanceError(f"{fn}: labels must be 'author', 'position', 'comment_id' or None, "
                          f"got {labels!r}.")
    if stances is not None:
        require_columns(stances, ["comment_id", "actor", "stance"], what="stances", function=fn)
    if replies is not None:
        require_columns(replies, ["comment_id", "parent_id", "relation"], what="replies",
                        function=fn)
    _one_thread(comments, fn)
    missing = comments.index[comments["comment_id"].isna()]
    if len(missing):
        raise StanceError(f"{fn}: {len(missing)} comment row(s) have no comment_id "
                          f"(index {', '.join(map(str, missing[:5]))}); every comment needs "
                          f"one, check the table with stance.validate_comments().")
    dup = comments["comment_id"][comments["comment_id"].duplicated()].unique()
    if len(dup):
        raise StanceError(f"{fn}: comment_id must be unique, but {', '.join(map(str, dup[:5]))}"
                          f" appear(s) more than once; check the table with "
                          f"stance.validate_comments().")
    ax = _get_ax(ax)
    fig = ax.figure
    if comments.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no comments", ha="center", va="center", transform=ax.transAxes)
        return ax

    order, parent, link, article = _tree(comments)
    pos = _layered_layout(order, parent)
    rows = _sorted_by_position(comments).copy()
    rows.index = order
    n_leaves = max(pos.attrs["n_leaves"], 1)
    single_root = pos.attrs["n_roots"] == 1
    kinds = (rows["kind"].astype("string") if "kind" in rows
             else pd.Series("comment", index=order, dtype="string"))
    max_level = float(pos["level"].max())

    if layout == "layered":
        pos["px"] = pos["x"]
        pos["py"] = -pos["level"].astype(float)
    elif layout == "indented":
        reading = _preorder(order, parent)
        pos["px"] = pos["level"].astype(float)
        pos["py"] = -pd.Series(range(len(reading)), index=reading, dtype=float).reindex(order)
    else:
        theta = 2 * np.pi * pos["x"] / n_leaves + np.pi / 2
        radius = pos["level"].astype(float) + (0.0 if single_root else 1.0)
        pos["theta"] = theta
        pos["px"] = radius * np.cos(theta)
        pos["py"] = radius * np.sin(theta)

    # --- stance values toward the actor
    if stances is not None:
        actor = _default_actor(stances, actor, fn)
    elif actor is not None:
        actor = str(getattr(actor, "name", actor))
    values = pd.Series(np.nan, index=order)
    if stances is not None and actor is not None:
        valid = _valid_stances(stances)
        sel = valid[valid["actor"].astype(str) == actor]
        values = sel.groupby(_ids(sel["comment_id"]))["stance"].mean().reindex(order)

    # --- reply relations
    relation, addressed = {}, []
    if replies is not None and not replies.empty:
        edge_kind = (replies["edge"].astype("string") if "edge" in replies
                     else pd.Series("parent", index=replies.index))
        for cid, pid, rel, ek in zip(_ids(replies["comment_id"]), _ids(replies["parent_id"]),
                                     replies["relation"], edge_kind):
            if str(ek) == "addressed":
                addressed.append((cid, pid, rel))
            else:
                relation[(cid, pid)] = rel

    # --- edges
    segments = {key: [] for key in _EDGE_STYLES}
    for cid in order:
        p = parent[cid]
        if p is None:
            continue
        x0, y0, x1, y1 = pos.at[p, "px"], pos.at[p, "py"], pos.at[cid, "px"], pos.at[cid, "py"]
        seg = [(x0, y0), (x0, y1), (x1, y1)] if layout == "indented" else [(x0, y0), (x1, y1)]
        if link[cid] == "reply":
            rel = relation.get((cid, p))
            segments[rel if rel in RELATION_COLORS else "none"].append(seg)
        else:
            segments[link[cid]].append(seg)
    for key in ("top", "orphan", "none", "neutral", "agree", "disagree"):
        if segments[key]:
            lc = mpl.collections.LineCollection(segments[key], zorder=1, **_EDGE_STYLES[key])
            lc.set_gid(f"edge-{key}")
            ax.add_collection(lc)
    n_arcs = 0
    for cid, pid, rel in addressed:
        if cid not in pos.index or pid not in pos.index or cid == pid:
            continue
        # bend to the left of the nodes in the indented layout (labels are on the right)
        if layout == "indented":
            rad = -0.5 if pos.at[cid, "py"] < pos.at[pid, "py"] else 0.5
        else:
            rad = 0.35
        arc = FancyArrowPatch((pos.at[cid, "px"], pos.at[cid, "py"]),
                              (pos.at[pid, "px"], pos.at[pid, "py"]),
                              connectionstyle=f"arc3,rad={rad}", arrowstyle="-|>",
                              mutation_scale=8, linestyle=":", linewidth=1.4,
                              color=RELATION_COLORS.get(rel, _GREY), zorder=2,
                              shrinkA=4, shrinkB=5)
        arc.set_gid("edge-addressed")
        ax.add_patch(arc)
        n_arcs += 1

    # --- nodes
    n = len(order)
    size = kwargs.pop("s", 60 if n <= 60 else max(10.0, 60 * 60 / n))
    norm = Normalize(-1, 1)
    is_article = kinds.eq("article").fillna(False).to_numpy()
    is_more = kinds.eq("more").fillna(False).to_numpy()
    has = values.notna().to_numpy() & ~is_article & ~is_more
    hollow = ~has & ~is_article & ~is_more
    px, py = pos["px"].to_numpy(), pos["py"].to_numpy()
    if is_article.any():
        ax.scatter(px[is_article], py[is_article], marker="s", s=size * 1.4, color="#333333",
                   zorder=3, gid="nodes-article")
    if is_more.any():
        ax.scatter(px[is_more], py[is_more], marker="D", s=size * 0.5, facecolor="white",
                   edgecolor=_GREY, zorder=3, gid="nodes-more")
    if hollow.any():
        ax.scatter(px[hollow], py[hollow], s=size * 0.7, facecolor="white", edgecolor=_GREY,
                   linewidth=1.0, zorder=3, gid="nodes-nostance")
    node_kw = dict(s=size, cmap=STANCE_CMAP, norm=norm, edgecolor="#333333", linewidth=0.7,
                   zorder=4, gid="nodes-stance")
    node_kw.update(kwargs)
    ax.scatter(px[has], py[has], c=values.to_numpy()[has], **node_kw)

    # --- labels, fitted to the space at the figure's size
    ax.set_axis_off()
    fontsize = mpl.rcParams["font.size"] * 0.8
    char_pt = fontsize * 0.56  # mean advance of DejaVu Sans, a little generous
    ax_w = ax.bbox.width * 72 / fig.dpi
    ax_h = ax.bbox.height * 72 / fig.dpi
    if colorbar:
        ax_w *= 0.85
    if layout == "layered":
        spacing = ax_w / (n_leaves + 1)
    elif layout == "indented":
        spacing = ax_h / (n + 1)
    else:
        spacing = 2 * np.pi * (min(ax_w, ax_h) * 0.3) / n_leaves
    hidden_note = None
    if labels is not None and spacing < fontsize * 1.2:
        hidden_note = f"{n} nodes: too many to label at this size"
        labels = None
    text = {cid: _node_label(rows, cid, labels, kinds) for cid in order} if labels else {}
    max_chars = max((len(t) for t in text.values()), default=0)
    full_text_of = {}

    if layout == "layered":
        room = 0.0
        if text:
            label_pt = max_chars * char_pt + 8
            room = min(label_pt * (max_level + 0.6) / max(ax_h - label_pt, ax_h * 0.3), 3.0)
        ax.set_ylim(-max_level - 0.25 - room, 0.3)
        right = n_leaves - 0.5
        unit_pt = ax_w / (n_leaves + 0.5)
        # next node to the right on the same row bounds an internal node's label
        level_x = {lev: sorted(g["px"]) for lev, g in pos.groupby("level")}
        for cid, label in text.items():
            x0, y0 = pos.at[cid, "px"], pos.at[cid, "py"]
            if pos.at[cid, "is_leaf"]:
                ax.annotate(_plain(label), (x0, y0), xytext=(0, -7), textcoords="offset points",
                            rotation=90, ha="center", va="top", fontsize=fontsize, gid="label")
                continue
            row = level_x[pos.at[cid, "level"]]
            nxt = next((v for v in row if v > x0 + 1e-9), None)
            avail = ((nxt - x0) * unit_pt - 15) if nxt is not None else (right + 2 - x0) * unit_pt
            fit = _shorten(label, max(3, int(avail // char_pt)))
            right = max(right, x0 + (len(fit) * char_pt + 10) / unit_pt)
            full_text_of[cid] = _plain(label)
            ax.annotate(_plain(fit), (x0, y0), xytext=(7, 0), textcoords="offset points",
                        ha="left", va="center", fontsize=fontsize, gid="label",
                        bbox=dict(boxstyle="square,pad=0.05", fc="white", ec="none",
                                  alpha=0.8))
        ax.set_xlim(-0.6, max(right, n_leaves - 0.4))
    elif layout == "indented":
        left = -0.5 - (0.6 if n_arcs else 0.0)
        width_pt = max_chars * char_pt + 12 if text else 0.0
        span = max_level + 0.3 - left
        text_units = width_pt * span / max(ax_w - width_pt, ax_w * 0.3)
        ax.set_xlim(left, max_level + 0.3 + max(text_units, 0.2))
        ax.set_ylim(-n + 0.4, 0.6)
        for cid, label in text.items():
            ax.annotate(_plain(label), (pos.at[cid, "px"], pos.at[cid, "py"]), xytext=(7, 0),
                        textcoords="offset points", ha="left", va="center",
                        fontsize=fontsize, gid="label")
    else:
        ax.set_aspect("equal", adjustable="box")
        r = max_level + (0.0 if single_root else 1.0)
        lim = r + 0.4
        if text:
            # the labels of the outermost leaves must fit too: solve
            # (r + 0.3) * unit + label_pt <= lim * unit, with unit = half_pt / lim
            half_pt = min(ax_w, ax_h) / 2
            label_pt = max_chars * char_pt + 10
            if label_pt > 0.6 * half_pt:  # too long: shorten the labels to fit
                width = max(4, int((0.6 * half_pt - 10) // char_pt))
                text = {k: _shorten(v, width) for k, v in text.items()}
                label_pt = max(len(v) for v in text.values()) * char_pt + 10
            lim = max(lim, (r + 0.3) / (1 - label_pt / half_pt))
        ax.set_xlim(-lim, lim)
        ax.set_ylim(-lim, lim)
        for cid, label in text.items():
            x0, y0 = pos.at[cid, "px"], pos.at[cid, "py"]
            ang = math.degrees(pos.at[cid, "theta"]) % 360
            left = 90 < ang < 270
            if pos.at[cid, "is_leaf"]:
                ax.annotate(_plain(label), (x0, y0),
                            xytext=(7 * math.cos(math.radians(ang)),
                                    7 * math.sin(math.radians(ang))),
                            textcoords="offset points", rotation=ang - 180 if left else ang,
                            rotation_mode="anchor", ha="right" if left else "left",
                            va="center", fontsize=fontsize, gid="label")
            else:
                ax.annotate(_plain(label), (x0, y0), xytext=(-7 if left else 7, 0),
                            textcoords="offset points", ha="right" if left else "left",
                            va="center", fontsize=fontsize * 0.9, gid="label",
                            bbox=dict(boxstyle="square,pad=0.05", fc="white", ec="none",
                                      alpha=0.8))
    if hidden_note:
        ax.text(0.0, 1.0, hidden_note, transform=ax.transAxes, fontsize=fontsize * 0.9,
                color="#666666", ha="left", va="bottom", gid="note")

    # --- colour bar and legend
    what = f"stance toward {_truncate(actor, 24)}" if actor else "stance"
    nodes_xy = np.column_stack([px, py])
    if colorbar:
        sm = mpl.cm.ScalarMappable(norm=norm, cmap=STANCE_CMAP)
        cbar = fig.colorbar(sm, ax=ax, shrink=0.6, pad=0.02, aspect=25)
        cbar.set_label(what)
        cbar.set_ticks([-1, 0, 1])
        cbar.set_ticklabels(["\u22121 against", "0 neutral", "+1 favor"])
        cbar.outline.set_visible(False)
    if legend:
        handles = [Line2D([], [], marker="o", ls="", mfc="white", mec=_GREY,
                          label="no stance" + (f" toward {_truncate(actor, 14)}" if actor
                                               else ""))]
        if is_article.any():
            handles.append(Line2D([], [], marker="s", ls="", color="#333333", label="article"))
        if is_more.any():
            handles.append(Line2D([], [], marker="D", ls="", mfc="white", mec=_GREY,
                                  label="unloaded replies"))
        for key in ("agree", "disagree", "neutral", "none", "orphan"):
            if segments[key]:
                st = _EDGE_STYLES[key]
                handles.append(Line2D([], [], color=st["colors"], ls=st["linestyles"],
                                      lw=st["linewidths"], label=_EDGE_LABELS[key]))
        if n_arcs:
            handles.append(Line2D([], [], color="#555555", ls=":", lw=1.4, marker=">",
                                  markersize=4, label="addresses (arc, colour = relation)"))
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0),
                  ncol=3 if len(handles) > 4 else len(handles), fontsize=fontsize,
                  handlelength=2.4, frameon=False, borderaxespad=0.2, columnspacing=1.2)
    if text:
        leaf_xy = {(float(pos.at[c, "px"]), float(pos.at[c, "py"])): bool(pos.at[c, "is_leaf"])
                   for c in order}
        full = {id(t): full_text_of[c] for t in ax.texts for c in full_text_of
                if t.get_gid() == "label"
                and tuple(map(float, t.xy)) == (float(pos.at[c, "px"]), float(pos.at[c, "py"]))}
        _hide_overlapping_labels(ax, leaf_xy, nodes_xy, math.sqrt(size) / 2 + 1, full)
    return ax


def _hide_overlapping_labels(ax, leaf_xy, nodes_xy, node_radius_pt, full_text=None) -> int:
    """Move, shorten or hide labels that would overlap another label or a node.

    Leaves are placed first (their labels have a free column or ray), then the
    inner nodes in thread order. An inner node's label that collides tries the
    other sides of its node (full text first), then a cut to a few characters,
    and is hidden if it still collides. Returns the number hidden.
    """
    fig = ax.figure
    try:
        renderer = fig.canvas.get_renderer()
    except AttributeError:  # a canvas that cannot measure text: keep every label
        return 0
    full_text = full_text or {}
    ax.apply_aspect()
    labels = [t for t in ax.texts if t.get_gid() == "label"]
    labels.sort(key=lambda t: not leaf_xy.get(tuple(map(float, t.xy)), False))
    scale = fig.dpi / 72
    r = node_radius_pt * scale
    centres = ax.transData.transform(nodes_xy) if len(nodes_xy) else np.empty((0, 2))
    obstacles = [(tuple(np.round(c, 2)), mpl.transforms.Bbox([[c[0] - r, c[1] - r],
                                                             [c[0] + r, c[1] + r]]))
                 for c in centres]
    placed = []
    sides = [((7, 0), "left", "center"), ((-7, 0), "right", "center"),
             ((0, 7), "center", "bottom"), ((0, -7), "center", "top")]
    hidden = 0
    for label in labels:
        anchor = tuple(np.round(ax.transData.transform(label.xy), 2))

        def clashes():
            bb = label.get_window_extent(renderer).shrunk(0.96, 0.8)
            if any(other.overlaps(bb) for other in placed):
                return True
            return any(box.overlaps(bb) for centre, box in obstacles if centre != anchor)

        if leaf_xy.get(tuple(map(float, label.xy)), False) or not clashes():
            placed.extend(_text_boxes(label, renderer, scale))
            continue
        current = label.get_text()
        texts = list(dict.fromkeys([full_text.get(id(label), current), current,
                                    _plain(_shorten(current.replace("\\$", "$"), 6))]))
        found = False
        for text in texts:
            label.set_text(text)
            for xytext, ha, va in sides:
                label.xyann = xytext
                label.set_ha(ha)
                label.set_va(va)
                if not clashes():
                    found = True
                    break
            if found:
                break
        if found:
            placed.append(label.get_window_extent(renderer).shrunk(0.96, 0.8))
        else:
            label.set_visible(False)
            hidden += 1
    return hidden


def _text_boxes(label, renderer, scale) -> list:
    """Display-space boxes covering a label; a slanted label gets a chain of small boxes.

    The axis-aligned box of text rotated by, say, 45 degrees is mostly empty
    space; covering it with boxes along the baseline keeps that space usable.
    """
    box = label.get_window_extent(renderer).shrunk(0.96, 0.8)
    rot = label.get_rotation() % 360
    if min(rot % 90, 90 - rot % 90) < 1:
        return [box]
    label.set_rotation(0)
    flat = label.get_window_extent(renderer)
    label.set_rotation(rot)
    width, height = flat.width, flat.height * 0.8
    start = np.asarray(label.axes.transData.transform(label.xy), float)
    start = start + np.asarray(label.xyann, float) * scale
    sign = -1.0 if label.get_ha() == "right" else 1.0
    u = sign * np.array([math.cos(math.radians(rot)), math.sin(math.radians(rot))])
    n = max(1, math.ceil(width / max(height, 1)))
    boxes = []
    for i in range(n):
        c = start + u * (i + 0.5) * width / n
        boxes.append(mpl.transforms.Bbox([[c[0] - height / 2, c[1] - height / 2],
                                          [c[0] + height / 2, c[1] + height / 2]]))
    return boxes


# --------------------------------------------------------------------------- heatmap

def _row_labels(rows: pd.DataFrame, width: int = 18) -> list[str]:
    depth = (rows["depth"].fillna(0).astype(int).clip(lower=0) if "depth" in rows
             else pd.Series(0, index=rows.index))
    position = rows["position"] if "position" in rows else pd.Series(range(len(rows)),
                                                                        index=rows.index)
    author = rows["author"] if "author" in rows else rows["comment_id"]
    labels = []
    for d, p, a in zip(depth, position, author):
        name = _shorten(a, width) or "[unknown]"
        if d > 6:
            indent = "  " * 6 + f"\u21b3{int(d)} "
        else:
            indent = "  " * int(d) + ("\u21b3 " if d > 0 else "")
        labels.append(f"{p:>3} \u00b7 {indent}{name}")
    n = max((len(s) for s in labels), default=0)
    # monospace, padded to one width: right-aligned tick labels then line up on the left,
    # so the indentation (reply depth) shows
    return [_plain(s.ljust(n)) for s in labels]


def plot_stance_heatmap(stances: pd.DataFrame, comments: pd.DataFrame, *, actors=None,
                        max_rows_labelled: int = 60, ax=None, **kwargs):
    """Heatmap of stance per comment (rows, in thread order) and actor (columns).

    Row labels read ``position · author``, indented by reply depth (``↳``).
    Cells with no mention of the actor are left white and hatched. With many
    comments only every k-th row is labelled.

    Parameters
    ----------
    stances : DataFrame
        Stance table (``comment_id``, ``actor``, ``stance``; ``label`` used to
        drop unscored rows).
    comments : DataFrame
        Comment table (``comment_id``, ``position``; ``author``, ``depth``,
        ``kind`` used when present). Only ``kind == "comment"`` rows are shown.
    actors : list of str, optional
        Columns, in this order; every actor with a stance, most mentioned
        first, when None.
    max_rows_labelled : int
        Most row labels to show; rows are thinned beyond that.
    ax : Axes, optional
    **kwargs
        Passed to :func:`seaborn.heatmap` (e.g. ``annot=True``).

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_stance_heatmap
    >>> comments = pd.DataFrame({"comment_id": ["a", "b"], "position": [0, 1],
    ...                          "depth": [0, 1], "author": ["Ann", "Bob"]})
    >>> stances = pd.DataFrame({"comment_id": ["a"], "actor": ["Putin"], "stance": [-0.8],
    ...                         "label": ["against"]})
    >>> ax = plot_stance_heatmap(stances, comments)
    """
    fn = "plot_stance_heatmap"
    require_columns(stances, ["comment_id", "actor", "stance"], what="stances", function=fn)
    require_columns(comments, ["comment_id", "position"], what="comments", function=fn)
    _one_thread(comments, fn)
    ax = _get_ax(ax)
    rows = _sorted_by_position(_comment_rows(comments))
    valid = _valid_stances(stances)
    if "thread_id" in comments and "thread_id" in valid and len(rows):
        valid = valid[valid["thread_id"].isin(rows["thread_id"].dropna().unique())
                      | valid["thread_id"].isna()]
    cols = _actor_order(valid, actors)
    ids = list(_ids(rows["comment_id"]))
    if valid.empty:
        table = pd.DataFrame(np.nan, index=ids, columns=cols)
    else:
        table = (valid.assign(comment_id=_ids(valid["comment_id"]),
                              actor=valid["actor"].astype(str))
                 .pivot_table(index="comment_id", columns="actor", values="stance",
                              aggfunc="mean")
                 .reindex(index=ids, columns=cols))
    table = table.astype(float)
    if table.shape[0] == 0 or table.shape[1] == 0:
        ax.text(0.5, 0.5, "no comments or no actors to show", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    labels = _row_labels(rows)
    n_rows = len(labels)
    options = dict(cmap=STANCE_CMAP, vmin=-1, vmax=1,
                   linewidths=0.5 if n_rows <= 60 else 0.0, linecolor="white", square=False,
                   cbar_kws={"label": "stance (\u22121 against, +1 favor)", "shrink": 0.6,
                             "ticks": [-1, -0.5, 0, 0.5, 1]},
                   xticklabels=[_truncate(c, 16) for c in cols], yticklabels=False)
    options.update(kwargs)
    sns.heatmap(table, ax=ax, **options)
    # no mention: NaN cells are masked (transparent) and show this hatched backdrop
    ax.add_patch(Rectangle((0, 0), table.shape[1], table.shape[0], facecolor="white",
                           edgecolor=_LIGHT_GREY, hatch="////", linewidth=0, zorder=0.5,
                           gid="no-mention"))
    fontsize = mpl.font_manager.FontProperties(
        size=mpl.rcParams["ytick.labelsize"]).get_size_in_points() * 0.9
    height_pt = ax.bbox.height * 72 / ax.figure.dpi
    fit = max(1, int(height_pt // (fontsize * 1.35)))
    limit = min(fit, max_rows_labelled) if max_rows_labelled else fit
    step = max(1, math.ceil(n_rows / limit))
    shown = range(0, n_rows, step)
    ax.set_yticks([i + 0.5 for i in shown])
    ax.set_yticklabels([labels[i] for i in shown], fontfamily="monospace", fontsize=fontsize,
                       rotation=0)
    ax.tick_params(axis="y", length=0)
    ax.tick_params(axis="x", length=0)
    if len(cols) > 4 or max((len(c) for c in cols), default=0) > 10:
        plt.setp(ax.get_xticklabels(), rotation=35, ha="right", rotation_mode="anchor")
    else:
        plt.setp(ax.get_xticklabels(), rotation=0)
    ax.set_xlabel("")
    ax.set_ylabel("comment (position \u00b7 author; \u21b3 reply, indented by depth)"
                  if step == 1 else
                  f"comment (position \u00b7 author; 1 row in {step} labelled)")
    ax.legend(handles=[Patch(facecolor="white", edgecolor=_LIGHT_GREY, hatch="////",
                             label="no mention")],
              loc="lower left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize="small", borderaxespad=0.2)
    return ax


# --------------------------------------------------------------------------- distribution

def plot_stance_distribution(stances: pd.DataFrame, *, actors=None, kind: str = "violin",
                             random_state=0, ax=None, **kwargs):
    """Distribution of stance per actor: points over a violin or a histogram.

    Parameters
    ----------
    stances : DataFrame
        Stance table (``actor``, ``stance``, ``label``).
    actors : list of str, optional
        Actors (rows) in this order; all, most mentioned first, when None.
    kind : {"violin", "hist"}
        What is drawn under the points.
    random_state : int
        Seed of the jitter of the points.
    ax : Axes, optional
    **kwargs
        Passed to :func:`seaborn.stripplot`.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_stance_distribution
    >>> stances = pd.DataFrame({"actor": ["Putin", "Putin"], "stance": [-0.8, 0.5],
    ...                         "label": ["against", "favor"]})
    >>> ax = plot_stance_distribution(stances)
    """
    fn = "plot_stance_distribution"
    require_columns(stances, ["actor", "stance", "label"], what="stances", function=fn)
    if kind not in ("violin", "hist"):
        raise StanceError(f"{fn}: kind must be 'violin' or 'hist', got {kind!r}.")
    ax = _get_ax(ax)
    valid = _valid_stances(stances).copy()
    valid["actor"] = valid["actor"].astype(str)
    order = _actor_order(valid, actors)
    valid = valid[valid["actor"].isin(order)]
    if valid.empty:
        ax.text(0.5, 0.5, "no stance toward any actor", ha="center", va="center",
                transform=ax.transAxes, color=_GREY)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel("stance")
        return ax
    counts = valid.groupby("actor").size().reindex(order).fillna(0).astype(int)
    labels = [f"{_truncate(a, 18)} (n={counts[a]})" for a in order]
    if kind == "violin":
        sns.violinplot(data=valid, x="stance", y="actor", order=order, color="#EDEDED",
                       inner=None, cut=0, density_norm="width", linewidth=0.8,
                       linecolor=_LIGHT_GREY, ax=ax, orient="h")
    else:
        bins = np.linspace(-1, 1, 11)
        for i, a in enumerate(order):
            vals = valid.loc[valid["actor"] == a, "stance"].to_numpy()
            if len(vals) == 0:
                continue
            hist, _ = np.histogram(vals, bins=bins)
            height = hist / max(hist.max(), 1) * 0.8
            ax.bar(bins[:-1], -height, bottom=i + 0.4, width=np.diff(bins), align="edge",
                   color="#E3E3E3", edgecolor="white", linewidth=0.6, zorder=1,
                   gid="hist")
        ax.set_yticks(range(len(order)))
        ax.set_ylim(len(order) - 0.5, -0.5)
    hue_order = [lab for lab in _VALID_LABELS if lab in set(valid["label"])]
    options = dict(jitter=0.18, size=5, alpha=0.9, edgecolor="white", linewidth=0.4,
                   palette=STANCE_COLORS, hue_order=hue_order)
    options.update(kwargs)
    rng_state = np.random.get_state()
    try:
        # seaborn jitters with the global numpy state; seed it and give it back untouched
        np.random.seed(random_state)
        sns.stripplot(data=valid, x="stance", y="actor", hue="label", order=order,
                      ax=ax, orient="h", **options)
    finally:
        np.random.set_state(rng_state)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(labels)
    ax.axvline(0, color=_GREY, lw=0.8, ls=":", zorder=0)
    ax.set_xlim(-1.08, 1.08)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.set_xlabel("stance (\u22121 against, +1 favor)")
    ax.set_ylabel("")
    leg = ax.get_legend()
    if leg is not None:
        leg.set_title("label")
        sns.move_legend(ax, "lower left", bbox_to_anchor=(1.0, 0.0), frameon=False)
    return ax


# --------------------------------------------------------------------------- sentiment

def plot_sentiment_along_thread(sentiment: pd.DataFrame, comments: pd.DataFrame, *,
                                threshold: float = 0.05, ax=None, **kwargs):
    """Compound sentiment of each comment in thread order.

    A stem per comment from the zero line, blue when positive, vermillion when
    negative, grey in between (``|compound| < threshold``); the marker is
    smaller the deeper the reply. Comments that were not scored (non-English
    or empty) are marked with a grey ``x`` on the zero line.

    Parameters
    ----------
    sentiment : DataFrame
        Sentiment table (``comment_id``, ``compound``; ``is_scored``).
    comments : DataFrame
        Comment table (``comment_id``, ``position``; ``depth``, ``kind``).
    threshold : float
        Half-width of the neutral band (VADER's usual 0.05).
    ax : Axes, optional
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter` for the markers.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_sentiment_along_thread
    >>> comments = pd.DataFrame({"comment_id": ["a", "b"], "position": [1, 2],
    ...                          "depth": [0, 1]})
    >>> sentiment = pd.DataFrame({"comment_id": ["a", "b"], "compound": [0.6, -0.4]})
    >>> ax = plot_sentiment_along_thread(sentiment, comments)
    """
    fn = "plot_sentiment_along_thread"
    require_columns(sentiment, ["comment_id", "compound"], what="sentiment", function=fn)
    require_columns(comments, ["comment_id", "position"], what="comments", function=fn)
    _one_thread(comments, fn)
    ax = _get_ax(ax)
    rows = _sorted_by_position(_comment_rows(comments))
    cols = ["comment_id", "position"] + (["depth"] if "depth" in rows else [])
    left = rows[cols].assign(comment_id=_ids(rows["comment_id"]))
    right = sentiment.assign(comment_id=_ids(sentiment["comment_id"]))
    right = right[["comment_id", "compound"] + (["is_scored"] if "is_scored" in right else [])]
    right = right.drop_duplicates("comment_id")
    data = left.merge(right, on="comment_id", how="left")
    if "depth" not in data:
        data["depth"] = 0
    data["depth"] = data["depth"].fillna(0).astype(int).clip(lower=0)
    scored = data["compound"].notna()
    if "is_scored" in data:
        scored &= data["is_scored"].fillna(True).astype(bool)
    d = data[scored]
    sign = np.where(d["compound"] >= threshold, "positive",
                    np.where(d["compound"] <= -threshold, "negative", "neutral"))
    colors = [SENTIMENT_COLORS[s] for s in sign]
    long_thread = len(data) > 40
    base = 30.0 if long_thread else 70.0

    def marker_size(depth):
        return base / (1 + np.asarray(depth, dtype=float))

    ax.axhspan(-threshold, threshold, color="#F2F2F2", zorder=0, lw=0)
    ax.axhline(0, color="#555555", lw=0.8, zorder=1)
    ax.vlines(d["position"], 0, d["compound"], colors=colors, lw=0.9 if long_thread else 1.6,
              zorder=2, gid="stems")
    options = dict(s=marker_size(d["depth"]), c=colors, edgecolor="white", linewidth=0.5,
                   zorder=3)
    options.update(kwargs)
    ax.scatter(d["position"], d["compound"], gid="markers", **options)
    missing = data[~scored]
    if not missing.empty:
        ax.scatter(missing["position"], np.zeros(len(missing)), marker="x", color=_GREY,
                   s=30, zorder=3, gid="not-scored")
    window = max(5, len(d) // 20)
    if long_thread and len(d) >= window:
        trend = d.set_index("position")["compound"].rolling(window, center=True,
                                                            min_periods=window // 2).mean()
        ax.plot(trend.index, trend.to_numpy(), color="#222222", lw=1.6, zorder=4,
                gid="rolling-mean", label=f"mean of {window} comments")
    ax.set_ylim(-1.08, 1.08)
    ax.set_yticks([-1, -0.5, 0, 0.5, 1])
    if len(data) and len(data) <= 30:
        ax.set_xticks(data["position"].to_numpy())
    else:
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(nbins=10, integer=True))
    ax.set_xlabel("comment position in thread")
    ax.set_ylabel("compound sentiment (VADER)")
    handles = [Line2D([], [], marker="o", ls="-", color=SENTIMENT_COLORS[k], label=k)
               for k in ("positive", "neutral", "negative")]
    if long_thread and len(d) >= window:
        handles.append(Line2D([], [], color="#222222", lw=1.6,
                              label=f"mean of {window} comments"))
    depths = sorted(set(d["depth"]))
    if len(depths) > 4:
        depths = [depths[0], depths[len(depths) // 2], depths[-1]]
    for dd in depths:
        handles.append(Line2D([], [], marker="o", ls="", color="#777777",
                              markersize=math.sqrt(float(marker_size(dd))),
                              label=f"reply depth {dd}"))
    if not missing.empty:
        handles.append(Line2D([], [], marker="x", ls="", color=_GREY, label="not scored"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize="small")
    return ax


# --------------------------------------------------------------------------- polarization

def plot_running_polarization(running: pd.DataFrame, *, measure: str = "morales_mu",
                              actors=None, x: str = "step", palette=None, ax=None,
                              **kwargs):
    """A polarization measure as the thread grows (or by reply depth), per actor.

    Each actor gets a line with its interval band (``ci_low``..``ci_high``).
    Where ``small_sample`` is true the line is dashed and the band hatched and
    lighter: the estimate is too uncertain to read much into.

    Parameters
    ----------
    running : DataFrame
        Output of :func:`stance.running_polarization` (``actor``, ``measure``,
        ``value``, ``ci_low``, ``ci_high``, ``small_sample`` and ``x``).
    measure : str
        Which measure to draw.
    actors : list of str, optional
        Actors to draw; all when None.
    x : {"step", "depth"}
        Column on the x axis: comment position or reply depth.
    palette : dict or list, optional
        Colours of the actors; by default :func:`actor_colors`, so that an
        actor keeps its colour from one figure to the next.
    ax : Axes, optional
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.plot` for the lines.

    Notes
    -----
    Actors whose values are all missing (too few stances for the measure)
    get no line; a note names them.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_running_polarization
    >>> running = pd.DataFrame({"actor": "Putin", "measure": "morales_mu", "step": [1, 2, 3],
    ...                         "value": [0.1, 0.3, 0.4], "ci_low": [0, 0.1, 0.2],
    ...                         "ci_high": [0.5, 0.6, 0.6], "n": [1, 2, 3],
    ...                         "small_sample": [True, True, False]})
    >>> ax = plot_running_polarization(running)
    """
    fn = "plot_running_polarization" if x != "depth" else "plot_polarization_by_depth"
    require_columns(running, ["actor", "measure", "value", x], what="running polarization",
                    function=fn)
    ax = _get_ax(ax)
    available = sorted(running["measure"].dropna().astype(str).unique())
    if measure not in available:
        raise StanceError(f"{fn}: no rows for measure {measure!r}; the table has: "
                          f"{', '.join(available) or 'none'}. Pass measure=...")
    data = running[running["measure"].astype(str) == measure].copy()
    data["actor"] = data["actor"].astype(str)
    order = _actor_order(data, actors)
    colors = actor_colors(data["actor"].unique()) if palette is None else palette
    if not isinstance(colors, dict):
        colors = dict(zip(order, sns.color_palette(colors, len(order))))
    has_ci = "ci_low" in data and "ci_high" in data
    any_small = False
    no_values = [a for a in order
                 if data.loc[data["actor"] == a, "value"].isna().all()]
    drawn = [a for a in order if a not in no_values]
    # reply depth (or very few steps): intervals as error bars, actors side by side
    discrete = x == "depth" or data.loc[data["actor"].isin(drawn), x].nunique() <= 3
    for i, a in enumerate(drawn):
        d = data[data["actor"] == a].sort_values(x)
        xs = d[x].to_numpy(dtype=float)
        if discrete and len(drawn) > 1:
            xs = xs + (i - (len(drawn) - 1) / 2) * min(0.3 / len(drawn), 0.08)
        ys = d["value"].to_numpy(dtype=float)
        small = (d["small_sample"].fillna(False).astype(bool).to_numpy()
                 if "small_sample" in d else np.zeros(len(d), bool))
        any_small |= small.any()
        color = colors.get(a, _GREY)
        # the small-sample part reaches one point further, so that the two parts meet
        small_draw = small | np.r_[False, small[:-1]]
        if has_ci and discrete:
            lo = d["ci_low"].to_numpy(dtype=float)
            hi = d["ci_high"].to_numpy(dtype=float)
            err = np.vstack([np.clip(ys - lo, 0, None), np.clip(hi - ys, 0, None)])
            for part, alpha, gid in ((~small, 0.9, f"ci-{a}"), (small, 0.45, f"ci-small-{a}")):
                if part.any():
                    ax.errorbar(xs[part], ys[part], yerr=err[:, part], fmt="none",
                                ecolor=(*to_rgba(color)[:3], alpha), elinewidth=1.3,
                                capsize=2, gid=gid)
        elif has_ci:
            lo = d["ci_low"].to_numpy(dtype=float)
            hi = d["ci_high"].to_numpy(dtype=float)
            if (~small).any():
                ax.fill_between(xs, lo, hi, where=~small, color=color, alpha=0.2, lw=0,
                                gid=f"band-{a}")
            if small.any():
                band = ax.fill_between(xs, lo, hi, where=small_draw,
                                       facecolor=(*to_rgba(color)[:3], 0.06),
                                       edgecolor=(*to_rgba(color)[:3], 0.35), hatch="////",
                                       lw=0, gid=f"band-small-{a}")
                if hasattr(band, "set_hatch_linewidth"):
                    band.set_hatch_linewidth(0.5)
        dashed = np.where(small_draw, ys, np.nan)
        solid = np.where(~small, ys, np.nan)
        ax.plot(xs, dashed, ls="--", color=color, lw=1.2, alpha=0.8, gid=f"line-small-{a}")
        line_kw = dict(color=color, lw=2, marker="o", markersize=3.5)
        line_kw.update(kwargs)
        ax.plot(xs, solid, label=_truncate(a, 20), gid=f"line-{a}", **line_kw)
        if small.any():
            ax.plot(xs[small], ys[small], ls="", marker="o", markersize=3.5, mfc="white",
                    mec=color, gid=f"points-small-{a}")
    ax.set_xlabel("comment position" if x == "step" else
                  "reply depth" if x == "depth" else x)
    ax.set_ylabel(_plain(measure.replace("_", " ")))
    if discrete and drawn:
        shown = data["actor"].isin(drawn) & data["value"].notna()
        values_x = np.sort(pd.to_numeric(data.loc[shown, x]).unique())
        if len(values_x) <= 12:
            ax.set_xticks(values_x)
        else:
            ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.set_xlim(values_x.min() - 0.5, values_x.max() + 0.5)
    handles, _ = ax.get_legend_handles_labels()
    if any_small and discrete:
        handles.append(Line2D([], [], ls="--", marker="o", mfc="white", color="#777777",
                              label="small sample"))
    elif any_small:
        handles.append(Patch(facecolor="none", edgecolor="#777777", hatch="///",
                             label="small sample"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0),
                  frameon=False, fontsize="small")
    if not drawn:
        ax.text(0.5, 0.5, f"no values of {_plain(measure.replace('_', ' '))}", ha="center",
                va="center", transform=ax.transAxes, color="#555555", gid="empty-note")
    elif no_values:
        names = ", ".join(_truncate(a, 16) for a in no_values[:6])
        more = f" and {len(no_values) - 6} more" if len(no_values) > 6 else ""
        ax.text(1.01, 0.0, f"no value for:\n{names}{more}", transform=ax.transAxes,
                ha="left", va="bottom", fontsize="x-small", color="#666666", gid="note",
                wrap=True)
    return ax


def plot_polarization_by_depth(by_depth: pd.DataFrame, *, measure: str = "morales_mu",
                               actors=None, palette=None, ax=None, **kwargs):
    """:func:`plot_running_polarization` with reply depth on the x axis.

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_polarization_by_depth
    >>> by_depth = pd.DataFrame({"actor": "Putin", "measure": "morales_mu", "depth": [0, 1],
    ...                          "value": [0.2, 0.4], "ci_low": [0.0, 0.1],
    ...                          "ci_high": [0.5, 0.7], "small_sample": [False, True]})
    >>> ax = plot_polarization_by_depth(by_depth)
    """
    return plot_running_polarization(by_depth, measure=measure, actors=actors, x="depth",
                                     palette=palette, ax=ax, **kwargs)


# --------------------------------------------------------------------------- parent vs reply

def plot_parent_reply_stance(stances: pd.DataFrame, replies: pd.DataFrame, *, actor=None,
                             jitter: float = 0.03, random_state=0, ax=None, **kwargs):
    """Stance of the parent against stance of the reply, for each reply edge.

    One point per reply edge where both comments take a stance toward the
    actor, coloured by the reply relation. Same-sign quadrants (the reply
    leans the same way as its parent) are shaded green, opposite-sign ones
    purple; the diagonal marks equal stance.

    Parameters
    ----------
    stances : DataFrame
        Stance table (``comment_id``, ``actor``, ``stance``; ``label``).
    replies : DataFrame
        Reply table (``comment_id``, ``parent_id``, ``relation``; ``edge``).
    actor : str, optional
        Actor; pairs toward every actor are pooled when None.
    jitter : float
        Standard deviation of the jitter added to both axes.
    random_state : int or numpy Generator
        Seed of the jitter.
    ax : Axes, optional
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.scatter`.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_parent_reply_stance
    >>> stances = pd.DataFrame({"comment_id": ["a", "b"], "actor": "Putin",
    ...                         "stance": [0.7, -0.6], "label": ["favor", "against"]})
    >>> replies = pd.DataFrame({"comment_id": ["b"], "parent_id": ["a"],
    ...                         "relation": ["disagree"], "edge": ["parent"]})
    >>> ax = plot_parent_reply_stance(stances, replies, actor="Putin")
    """
    fn = "plot_parent_reply_stance"
    require_columns(stances, ["comment_id", "actor", "stance"], what="stances", function=fn)
    require_columns(replies, ["comment_id", "parent_id", "relation"], what="replies",
                    function=fn)
    ax = _get_ax(ax)
    actor = None if actor is None else str(getattr(actor, "name", actor))
    valid = _valid_stances(stances)
    valid = valid.assign(comment_id=_ids(valid["comment_id"]), actor=valid["actor"].astype(str))
    # comment ids are unique within a thread: join on the thread too when both tables have it
    thread = ["thread_id"] if "thread_id" in valid and "thread_id" in replies else []
    if thread:
        valid = valid.assign(thread_id=valid["thread_id"].astype("string"))
    per = valid.groupby(thread + ["comment_id", "actor"], as_index=False)["stance"].mean()
    edges = replies.assign(comment_id=_ids(replies["comment_id"]),
                           parent_id=_ids(replies["parent_id"]))
    if thread:
        edges = edges.assign(thread_id=edges["thread_id"].astype("string"))
    kind_col = "edge" if "edge" in edges else None
    pairs = (edges.merge(per.rename(columns={"stance": "reply_stance"}),
                         on=thread + ["comment_id"])
                  .merge(per.rename(columns={"stance": "parent_stance",
                                             "comment_id": "parent_id"}),
                         on=thread + ["parent_id", "actor"]))
    others = sorted(set(pairs["actor"]) - {actor}) if actor is not None else []
    if actor is not None:
        pairs = pairs[pairs["actor"] == actor]
    # quadrant shading; the margin beyond +-1 keeps the corner notes clear of points at +-1
    lim = 1.2
    ax.add_patch(Rectangle((0, 0), lim, lim, color=RELATION_COLORS["agree"], alpha=0.08, lw=0,
                           zorder=0, gid="agree-region"))
    ax.add_patch(Rectangle((-lim, -lim), lim, lim, color=RELATION_COLORS["agree"], alpha=0.08,
                           lw=0, zorder=0, gid="agree-region"))
    ax.add_patch(Rectangle((-lim, 0), lim, lim, color=RELATION_COLORS["disagree"], alpha=0.08,
                           lw=0, zorder=0, gid="disagree-region"))
    ax.add_patch(Rectangle((0, -lim), lim, lim, color=RELATION_COLORS["disagree"], alpha=0.08,
                           lw=0, zorder=0, gid="disagree-region"))
    ax.plot([-lim, lim], [-lim, lim], ls="--", color=_GREY, lw=0.8, zorder=1, gid="diagonal")
    ax.axhline(0, color=_LIGHT_GREY, lw=0.6, zorder=1)
    ax.axvline(0, color=_LIGHT_GREY, lw=0.6, zorder=1)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.set_yticks([-1, -0.5, 0, 0.5, 1])
    who = _truncate(actor, 24) if actor else "any actor"
    ax.set_xlabel(f"parent's stance toward {who}")
    ax.set_ylabel(f"reply's stance toward {who}")
    for text, (tx, ty), ha, va in (("same side", (0.98, 0.98), "right", "top"),
                                   ("same side", (0.02, 0.02), "left", "bottom"),
                                   ("opposite sides", (0.02, 0.98), "left", "top"),
                                   ("opposite sides", (0.98, 0.02), "right", "bottom")):
        ax.text(tx, ty, text, transform=ax.transAxes, ha=ha, va=va, fontsize="x-small",
                color="#777777")
    if pairs.empty:
        note = f"no reply pairs with stance toward {who}"
        if others:
            names = ", ".join(_truncate(a, 16) for a in others[:4])
            note += f"\n(there are some toward {names}{', ...' if len(others) > 4 else ''})"
        ax.text(0.5, 0.5, note, ha="center",
                va="center", transform=ax.transAxes, color="#555555",
                bbox=dict(fc="white", ec=_LIGHT_GREY, boxstyle="round,pad=0.4"),
                gid="empty-note")
        return ax
    rng = np.random.default_rng(random_state)
    xs = pairs["parent_stance"].to_numpy(float) + rng.normal(0, jitter, len(pairs))
    ys = pairs["reply_stance"].to_numpy(float) + rng.normal(0, jitter, len(pairs))
    rel = pairs["relation"].where(pairs["relation"].isin(list(RELATION_COLORS)), "neutral")
    markers = (pairs[kind_col].eq("addressed").to_numpy() if kind_col
               else np.zeros(len(pairs), bool))
    for relation in ("agree", "disagree", "neutral"):
        for addressed, marker in ((False, "o"), (True, "^")):
            m = (rel.to_numpy() == relation) & (markers == addressed)
            if not m.any():
                continue
            options = dict(s=45, color=RELATION_COLORS[relation], edgecolor="white",
                           linewidth=0.5, marker=marker, zorder=3)
            options.update(kwargs)
            label = relation + (" (addressed)" if addressed else "")
            ax.scatter(xs[m], ys[m], label=label, gid=f"pairs-{relation}", **options)
    ax.legend(title="reply relation", loc="upper left", bbox_to_anchor=(1.02, 1.0),
              frameon=False, fontsize="small")
    return ax


# --------------------------------------------------------------------------- forest plot

_ID_COLUMNS_SKIP = {"actor", "measure", "value", "ci_low", "ci_high", "n", "small_sample",
                    "step", "depth"}


def plot_measures(measures: pd.DataFrame, *, actor=None, measure=None, ax=None, **kwargs):
    """Forest plot of polarization measures: a point and its interval per row.

    One block per measure (its name as a bold heading), one row per actor (and
    per value of any other grouping column, such as ``thread_id``). A hollow
    point marks a small sample; rows whose value is missing (NaN, e.g. a
    measure that needs more stances) are left out and counted in a note.

    Parameters
    ----------
    measures : DataFrame
        Output of :func:`stance.polarization` (``actor``, ``measure``,
        ``value``; ``ci_low``, ``ci_high``, ``n``, ``small_sample``, and any
        grouping columns such as ``thread_id``).
    actor : str or list of str, optional
        Actors to show; all when None.
    measure : str or list of str, optional
        Measures to show, in this order; all, in table order, when None.
    ax : Axes, optional
    **kwargs
        Passed to :meth:`matplotlib.axes.Axes.errorbar`.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from stance.plots import plot_measures
    >>> measures = pd.DataFrame({"actor": ["Putin", "Erdogan"], "measure": "morales_mu",
    ...                          "value": [0.4, 0.1], "ci_low": [0.2, 0.0],
    ...                          "ci_high": [0.6, 0.3], "n": [8, 3],
    ...                          "small_sample": [False, True]})
    >>> ax = plot_measures(measures)
    """
    fn = "plot_measures"
    require_columns(measures, ["actor", "measure", "value"], what="measures", function=fn)
    ax = _get_ax(ax)
    data = measures.copy()
    data["actor"] = data["actor"].astype(str)
    data["measure"] = data["measure"].astype(str)
    if actor is not None:
        keep = [actor] if isinstance(actor, str) else list(actor)
        data = data[data["actor"].isin([str(getattr(a, "name", a)) for a in keep])]
    if measure is not None:
        keep = [measure] if isinstance(measure, str) else list(measure)
        data = data[data["measure"].isin(keep)]
        measure_order = [m for m in keep if m in set(data["measure"])]
    else:
        measure_order = list(dict.fromkeys(data["measure"]))
    value = pd.to_numeric(data["value"], errors="coerce")
    n_missing = int(value.isna().sum())
    data = data[value.notna()]
    measure_order = [m for m in measure_order if m in set(data["measure"])]
    if data.empty:
        ax.text(0.5, 0.5, "no measure values to show" + (
            f" ({n_missing} missing)" if n_missing else ""), ha="center", va="center",
            transform=ax.transAxes, color="#555555", gid="empty-note")
        ax.set_yticks([])
        return ax
    extra = [c for c in data.columns if c not in _ID_COLUMNS_SKIP
             and (data[c].dtype == object or isinstance(data[c].dtype, pd.StringDtype))
             and data[c].nunique() > 1]
    has_ci = "ci_low" in data and "ci_high" in data
    color = OKABE_ITO[0]
    ticks, labels, headers = [], [], []
    y = 0
    for m in measure_order:
        block = data[data["measure"] == m]
        if extra:
            block = block.sort_values(extra, kind="stable")
        ticks.append(y)
        labels.append(_plain(m.replace("_", " ")))
        headers.append(y)
        if y:
            ax.axhline(y - 0.5, color=_LIGHT_GREY, lw=0.6, zorder=0)
        y += 1
        ys = np.arange(y, y + len(block), dtype=float)
        vals = block["value"].to_numpy(float)
        small = (block["small_sample"].fillna(False).astype(bool).to_numpy()
                 if "small_sample" in block else np.zeros(len(block), bool))
        if has_ci:
            lo = pd.to_numeric(block["ci_low"], errors="coerce").to_numpy(float)
            hi = pd.to_numeric(block["ci_high"], errors="coerce").to_numpy(float)
            err = np.nan_to_num(np.vstack([np.clip(vals - lo, 0, None),
                                           np.clip(hi - vals, 0, None)]))
            options = dict(fmt="none", ecolor=color, elinewidth=1.4, capsize=2.5)
            options.update(kwargs)
            ax.errorbar(vals, ys, xerr=err, gid=f"ci-{m}", **options)
        ax.scatter(vals[~small], ys[~small], color=color, s=30, zorder=3, gid=f"points-{m}")
        if small.any():
            ax.scatter(vals[small], ys[small], facecolor="white", edgecolor=color, s=30,
                       zorder=3, linewidth=1.2, gid=f"points-small-{m}")
        for (_, r), yy in zip(block.iterrows(), ys):
            parts = [_truncate(r["actor"], 18)] + [_truncate(r[c], 14) for c in extra]
            if "n" in block and pd.notna(r["n"]):
                parts.append(f"n={int(r['n'])}")
            ticks.append(yy)
            labels.append(" \u00b7 ".join(parts))
        y += len(block)
    ax.set_yticks(ticks)
    ax.set_yticklabels(labels)
    for tick, label in zip(ticks, ax.get_yticklabels()):
        if tick in headers:
            label.set_fontweight("bold")
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(y - 0.5, -0.7)
    ax.set_xlabel("value, with interval")
    handles = [Line2D([], [], marker="o", ls="-", color=color, label="estimate and interval")]
    if "small_sample" in data and data["small_sample"].fillna(False).astype(bool).any():
        handles.append(Line2D([], [], marker="o", ls="", mfc="white", mec=color,
                              label="small sample"))
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(1.0, 0.0), frameon=False,
              fontsize="small")
    if n_missing:
        ax.text(1.01, 1.0, f"{n_missing} rows with no value\nnot shown", transform=ax.transAxes,
                ha="left", va="top", fontsize="x-small", color="#666666", gid="note")
    return ax
