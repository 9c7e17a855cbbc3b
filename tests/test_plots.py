"""Tests of stance.plots: they inspect what was drawn (artists, colours, labels), not pixels."""

from __future__ import annotations

import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib as mpl  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from stance import plots  # noqa: E402
from stance.errors import StanceError  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    with mpl.rc_context():
        yield
    plt.close("all")


# --------------------------------------------------------------------------- fixtures
# The seed thread's shape: article + 10 comments, bouncer dogsly (c4) answered three times.

@pytest.fixture
def comments():
    rows = [
        ("art", pd.NA, pd.NA, 0, -1, "article"),
        ("c1", pd.NA, "Wizzy", 1, 0, "comment"),
        ("c2", pd.NA, "Karen Bartlett", 2, 0, "comment"),
        ("c3", pd.NA, "klove and light", 3, 0, "comment"),
        ("c4", pd.NA, "bouncer dogsly", 4, 0, "comment"),
        ("c5", "c4", "Al Balog", 5, 1, "comment"),
        ("c6", "c5", "cechas vodobenikov", 6, 2, "comment"),
        ("c7", "c4", "John Wallace", 7, 1, "comment"),
        ("c8", "c7", "roland", 8, 2, "comment"),
        ("c9", "c4", "cechas vodobenikov", 9, 1, "comment"),
        ("c10", pd.NA, "Per Jensen", 10, 0, "comment"),
    ]
    df = pd.DataFrame(rows, columns=["comment_id", "parent_id", "author", "position", "depth",
                                     "kind"])
    for c in ("comment_id", "parent_id", "author", "kind"):
        df[c] = df[c].astype("string")
    df["thread_id"] = "t0"
    df["text"] = "text"
    return df


@pytest.fixture
def stances():
    rows = [
        ("c2", "Russia", 0.6, "favor"),
        ("c3", "Putin", -0.9, "against"),
        ("c4", "Putin", 0.5, "favor"),
        ("c4", "Erdogan", -0.7, "against"),
        ("c5", "Russia", 0.4, "favor"),
        ("c6", "Putin", -0.5, "against"),
        ("c9", "Putin", 0.2, "neutral"),
        ("c10", "Putin", 0.4, "favor"),
        ("c1", pd.NA, np.nan, "not_scored"),
    ]
    df = pd.DataFrame(rows, columns=["comment_id", "actor", "stance", "label"])
    df["thread_id"] = "t0"
    return df


@pytest.fixture
def replies():
    rows = [("c5", "c4", "parent", "disagree"), ("c6", "c5", "parent", "agree"),
            ("c7", "c4", "parent", "neutral"), ("c8", "c7", "parent", "disagree"),
            ("c9", "c4", "parent", "neutral"), ("c9", "c5", "addressed", "agree")]
    return pd.DataFrame(rows, columns=["comment_id", "parent_id", "edge", "relation"])


@pytest.fixture
def sentiment():
    comp = [-0.6, 0.7, -0.9, -0.95, -0.3, -0.8, 0.2, -0.9, 0.02, np.nan]
    return pd.DataFrame({"comment_id": [f"c{i}" for i in range(1, 11)], "compound": comp,
                         "is_scored": [True] * 9 + [False]})


def _running(x="step"):
    rows = []
    for actor, base in (("Putin", 0.2), ("Russia", 0.5)):
        for i in range(5):
            rows.append({"actor": actor, "measure": "morales_mu", x: i + 1, "value": base,
                         "ci_low": base - 0.1, "ci_high": base + 0.1, "n": i + 1,
                         "small_sample": i < 2})
            rows.append({"actor": actor, "measure": "other", x: i + 1, "value": 9.0,
                         "ci_low": 8.0, "ci_high": 10.0, "n": i + 1, "small_sample": False})
    return pd.DataFrame(rows)


def _by_gid(container, gid):
    return [a for a in container if a.get_gid() == gid]


# --------------------------------------------------------------------------- palettes, style

def test_palettes_are_okabe_ito_and_consistent():
    assert plots.STANCE_COLORS == {"favor": "#0072B2", "against": "#D55E00",
                                   "neutral": "#8C8C8C"}
    assert set(plots.RELATION_COLORS) == {"agree", "disagree", "neutral"}
    assert plots.STANCE_PALETTE == ["#D55E00", "#8C8C8C", "#0072B2"]
    # the colour map runs from "against" to "favor"
    assert to_hex(plots.STANCE_CMAP(0.0)) == "#d55e00"
    assert to_hex(plots.STANCE_CMAP(1.0)) == "#0072b2"


def test_import_changes_no_global_style():
    code = ("import matplotlib as mpl; before = dict(mpl.rcParams); import stance.plots; "
            "after = dict(mpl.rcParams); "
            "print(sorted(k for k in before if before[k] != after[k]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_set_report_style_applies_house_style():
    plots.set_report_style("talk", font_scale=1.2)
    assert mpl.rcParams["axes.spines.top"] is False
    assert mpl.rcParams["axes.spines.right"] is False
    assert mpl.rcParams["savefig.dpi"] == 300
    assert mpl.rcParams["svg.fonttype"] == "none"
    cycle = [to_hex(c["color"]) for c in mpl.rcParams["axes.prop_cycle"]]
    assert cycle[:3] == [c.lower() for c in plots.OKABE_ITO[:3]]
    talk_size = mpl.rcParams["font.size"]
    plots.set_report_style("paper")
    assert mpl.rcParams["font.size"] < talk_size


def test_set_report_style_rejects_unknown_context():
    with pytest.raises(StanceError, match="context"):
        plots.set_report_style("billboard")


# --------------------------------------------------------------------------- save_figure

def test_save_figure_writes_every_format(tmp_path):
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    paths = plots.save_figure(fig, "tree", directory=tmp_path / "new" / "dir")
    assert [p.name for p in paths] == ["tree.png", "tree.svg", "tree.pdf"]
    for p in paths:
        assert p.exists() and p.stat().st_size > 0
    assert paths[0].read_bytes()[:4] == b"\x89PNG"
    assert paths[2].read_bytes()[:4] == b"%PDF"
    assert b"<svg" in paths[1].read_bytes()[:500]


def test_save_figure_accepts_axes_and_grid_and_cleans_name(tmp_path):
    fig, ax = plt.subplots()
    paths = plots.save_figure(ax, "../../etc/evil name?", directory=tmp_path,
                              formats=[".PNG"])
    assert len(paths) == 1
    assert paths[0].parent == tmp_path
    assert paths[0].name == "etc_evil_name.png"
    grid = sns.FacetGrid(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), col="b")
    (path,) = plots.save_figure(grid, "grid", directory=tmp_path, formats=("svg",))
    assert path.exists()


def test_save_figure_bad_input(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(StanceError, match="unknown format"):
        plots.save_figure(fig, "x", directory=tmp_path, formats=("docx",))
    with pytest.raises(StanceError, match="no usable characters"):
        plots.save_figure(fig, "///", directory=tmp_path)
    with pytest.raises(StanceError, match="Figure"):
        plots.save_figure("not a figure", "x", directory=tmp_path)


# --------------------------------------------------------------------------- reply tree

def test_tree_layout_is_tidy(comments):
    order, parent, link, article = plots._tree(comments)
    assert article == "art"
    assert parent["c1"] == "art" and link["c1"] == "top"
    assert parent["c6"] == "c5" and link["c6"] == "reply"
    pos = plots._layered_layout(order, parent)
    # leaves in thread order: c1 c2 c3 c6 c8 c9 c10 -> 0..6; parents centred over children
    expected_x = {"c1": 0, "c2": 1, "c3": 2, "c6": 3, "c5": 3, "c8": 4, "c7": 4, "c9": 5,
                  "c4": 4, "c10": 6, "art": 3}
    assert pos["x"].to_dict() == pytest.approx(expected_x)
    assert pos.loc["art", "level"] == 0
    assert pos.loc["c6", "level"] == 3
    assert pos.attrs["n_leaves"] == 7


def test_tree_handles_cycles_and_orphans():
    comments = pd.DataFrame({"comment_id": ["a", "b", "c", "d"],
                             "parent_id": ["b", "a", "zzz", pd.NA],
                             "position": [1, 2, 3, 4]})
    order, parent, link, _ = plots._tree(comments)
    assert set(order) == {"a", "b", "c", "d"}
    roots = [c for c in order if parent[c] is None]
    assert "a" in roots and "c" in roots and "d" in roots
    ax = plots.plot_reply_tree(comments)
    drawn = sum(len(c.get_offsets()) for c in ax.collections
                if str(c.get_gid()).startswith("nodes-"))
    assert drawn == 4


def test_reply_tree_nodes_coloured_by_stance(comments, stances, replies):
    ax = plots.plot_reply_tree(comments, stances, replies, actor="Putin")
    (stance_nodes,) = _by_gid(ax.collections, "nodes-stance")
    (hollow,) = _by_gid(ax.collections, "nodes-nostance")
    (article,) = _by_gid(ax.collections, "nodes-article")
    # Putin: c3 -0.9, c4 0.5, c6 -0.5, c9 0.2, c10 0.4 (in thread order)
    assert len(stance_nodes.get_offsets()) == 5
    assert list(stance_nodes.get_array()) == pytest.approx([-0.9, 0.5, -0.5, 0.2, 0.4])
    assert stance_nodes.norm.vmin == -1 and stance_nodes.norm.vmax == 1
    assert stance_nodes.get_cmap() is plots.STANCE_CMAP
    assert len(hollow.get_offsets()) == 5
    assert to_hex(hollow.get_facecolor()[0]) == "#ffffff"
    assert len(article.get_offsets()) == 1
    # the article is the root at the top of the layered layout
    assert article.get_offsets()[0][1] == pytest.approx(0)
    # a colour bar explains the node colours
    cbar_ax = [a for a in ax.figure.axes if a is not ax]
    assert len(cbar_ax) == 1
    assert "Putin" in cbar_ax[0].get_ylabel()


def test_reply_tree_edges_styled_by_relation(comments, stances, replies):
    ax = plots.plot_reply_tree(comments, stances, replies, actor="Putin")
    (agree,) = _by_gid(ax.collections, "edge-agree")
    (disagree,) = _by_gid(ax.collections, "edge-disagree")
    (neutral,) = _by_gid(ax.collections, "edge-neutral")
    (top,) = _by_gid(ax.collections, "edge-top")
    assert len(agree.get_segments()) == 1
    assert len(disagree.get_segments()) == 2
    assert len(neutral.get_segments()) == 2
    assert len(top.get_segments()) == 5
    assert to_hex(agree.get_edgecolor()[0]) == plots.RELATION_COLORS["agree"].lower()
    assert to_hex(disagree.get_edgecolor()[0]) == plots.RELATION_COLORS["disagree"].lower()
    assert disagree.get_linestyle()[0][1] is not None  # dashed
    assert agree.get_linestyle()[0][1] is None  # solid
    arcs = _by_gid(ax.patches, "edge-addressed")
    assert len(arcs) == 1
    assert arcs[0].get_linestyle() == ":"
    legend_text = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "disagrees with parent" in legend_text
    assert any(t.startswith("addresses") for t in legend_text)


def test_reply_tree_without_stances_or_replies(comments):
    ax = plots.plot_reply_tree(comments)
    (hollow,) = _by_gid(ax.collections, "nodes-nostance")
    assert len(hollow.get_offsets()) == 10
    (unscored,) = _by_gid(ax.collections, "edge-none")
    assert len(unscored.get_segments()) == 5
    texts = {t.get_text() for t in ax.texts}
    assert {"bouncer dogsly", "Per Jensen", "article"} <= texts


def test_reply_tree_default_actor_is_most_mentioned(comments, stances):
    ax = plots.plot_reply_tree(comments, stances)
    (nodes,) = _by_gid(ax.collections, "nodes-stance")
    assert len(nodes.get_offsets()) == 5  # Putin has 5 stance rows


@pytest.mark.parametrize("layout", ["layered", "indented", "radial"])
def test_reply_tree_layouts_draw_every_comment(comments, stances, replies, layout):
    ax = plots.plot_reply_tree(comments, stances, replies, actor="Putin", layout=layout)
    drawn = sum(len(c.get_offsets()) for c in ax.collections
                if str(c.get_gid()).startswith("nodes-"))
    assert drawn == len(comments)
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "label"]
    assert len(labels) == len(comments)


def test_reply_tree_indented_rows_follow_reading_order(comments):
    ax = plots.plot_reply_tree(comments, layout="indented", legend=False, colorbar=False)
    (nodes,) = _by_gid(ax.collections, "nodes-nostance")
    xy = nodes.get_offsets()
    # c1..c10 in position order are also the reading order here: rows 1..10
    assert list(-xy[:, 1]) == pytest.approx(list(range(1, 11)))
    assert list(xy[:, 0]) == pytest.approx([1, 1, 1, 1, 2, 3, 2, 3, 2, 1])


def test_reply_tree_truncates_long_names(comments):
    long = comments.assign(author=comments["author"].replace(
        "Per Jensen", "Per Jensen the Extremely Long-Winded Commenter"))
    ax = plots.plot_reply_tree(long, layout="indented")
    texts = [t.get_text() for t in ax.texts if t.get_gid() == "label"]
    assert "Per Jensen the Ex\u2026" in texts
    assert all(len(t) <= 18 for t in texts)


def test_reply_tree_hides_labels_when_crowded():
    n = 300
    comments = pd.DataFrame({"comment_id": [f"k{i}" for i in range(n)],
                             "parent_id": [pd.NA] * n, "author": "someone",
                             "position": range(n)})
    ax = plots.plot_reply_tree(comments)
    assert not [t for t in ax.texts if t.get_gid() == "label"]
    (note,) = [t for t in ax.texts if t.get_gid() == "note"]
    assert "300" in note.get_text()


def test_reply_tree_errors(comments):
    with pytest.raises(StanceError, match="parent_id"):
        plots.plot_reply_tree(comments.drop(columns="parent_id"))
    with pytest.raises(StanceError, match="layout"):
        plots.plot_reply_tree(comments, layout="circle")
    with pytest.raises(StanceError, match="relation"):
        plots.plot_reply_tree(comments, replies=pd.DataFrame({"comment_id": [],
                                                              "parent_id": []}))
    with pytest.raises(StanceError, match="unique"):
        plots.plot_reply_tree(pd.concat([comments, comments.iloc[[1]]]))


def test_reply_tree_uses_given_axes_and_keeps_input(comments, stances, replies):
    before = comments.copy()
    fig, (a1, a2) = plt.subplots(1, 2)
    out = plots.plot_reply_tree(comments, stances, replies, ax=a2, colorbar=False)
    assert out is a2
    assert not a1.collections
    pd.testing.assert_frame_equal(comments, before)


# --------------------------------------------------------------------------- heatmap

def test_heatmap_values_in_thread_order(comments, stances):
    shuffled = comments.sample(frac=1, random_state=3)
    ax = plots.plot_stance_heatmap(stances, shuffled)
    mesh = ax.collections[0]
    values = np.ma.filled(mesh.get_array(), np.nan).reshape(10, 3)
    # columns: Putin (5 rows), Russia (2), Erdogan (1)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Putin", "Russia", "Erdogan"]
    assert values[2, 0] == pytest.approx(-0.9)  # c3
    assert values[3, 2] == pytest.approx(-0.7)  # c4 on Erdogan
    assert np.isnan(values[0]).all()  # Wizzy: not scored, no mention
    assert mesh.norm.vmin == -1 and mesh.norm.vmax == 1
    # missing cells are transparent and show a hatched backdrop
    colours = mesh.get_facecolors().reshape(10, 3, 4)
    assert (colours[np.isnan(values)][:, 3] == 0).all()
    assert (colours[~np.isnan(values)][:, 3] == 1).all()
    (backdrop,) = _by_gid(ax.patches, "no-mention")
    assert backdrop.get_hatch() == "////"
    assert backdrop.get_zorder() < mesh.get_zorder()
    assert (backdrop.get_width(), backdrop.get_height()) == (3, 10)


def test_heatmap_row_labels_show_position_author_and_depth(comments, stances):
    ax = plots.plot_stance_heatmap(stances, comments)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 10
    assert labels[3].strip() == "4 \u00b7 bouncer dogsly"
    assert "\u21b3 Al Balog" in labels[4]
    # the reply at depth 2 is indented further than its parent at depth 1
    assert labels[5].index("\u21b3") > labels[4].index("\u21b3")
    assert len(set(map(len, labels))) == 1  # padded: left edges line up
    assert ax.get_yticklabels()[0].get_fontfamily()[0] == "monospace"


def test_heatmap_actor_selection_and_thinning(stances):
    n = 400
    comments = pd.DataFrame({"comment_id": [f"k{i}" for i in range(n)], "position": range(n),
                             "depth": [i % 3 for i in range(n)], "author": "x"})
    ax = plots.plot_stance_heatmap(stances, comments, actors=["Erdogan", "Nobody"])
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Erdogan", "Nobody"]
    shown = ax.get_yticklabels()
    assert 1 < len(shown) < 80
    fontsize = shown[0].get_fontsize()
    height_pt = ax.bbox.height * 72 / ax.figure.dpi
    assert len(shown) * fontsize * 1.2 <= height_pt


def test_heatmap_errors(comments, stances):
    with pytest.raises(StanceError, match="stance"):
        plots.plot_stance_heatmap(stances.drop(columns="stance"), comments)
    with pytest.raises(StanceError, match="position"):
        plots.plot_stance_heatmap(stances, comments.drop(columns="position"))


# --------------------------------------------------------------------------- distribution

def test_distribution_points_coloured_by_label(stances):
    ax = plots.plot_stance_distribution(stances, kind="violin")
    points = [c for c in ax.collections if isinstance(c, mpl.collections.PathCollection)]
    assert sum(len(c.get_offsets()) for c in points) == 8  # the not_scored row is dropped
    by_colour = {}
    for c in points:
        for fc, xy in zip(c.get_facecolors(), c.get_offsets()):
            by_colour.setdefault(to_hex(fc), []).append(round(float(xy[0]), 6))
    assert sorted(by_colour[plots.STANCE_COLORS["against"].lower()]) == [-0.9, -0.7, -0.5]
    assert sorted(by_colour[plots.STANCE_COLORS["neutral"].lower()]) == [0.2]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Putin (n=5)", "Russia (n=2)", "Erdogan (n=1)"]
    violins = [c for c in ax.collections if isinstance(c, mpl.collections.PolyCollection)]
    assert len(violins) >= 1


def test_distribution_hist_and_actor_subset(stances):
    ax = plots.plot_stance_distribution(stances, kind="hist", actors=["Russia"])
    bars = _by_gid(ax.patches, "hist")
    assert len(bars) == 10
    heights = sorted(-b.get_height() for b in bars)
    assert heights[-1] == pytest.approx(0.8)  # tallest bin scaled to 0.8
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Russia (n=2)"]


def test_distribution_does_not_touch_global_random_state(stances):
    np.random.seed(123)
    expected = np.random.random()
    np.random.seed(123)
    plots.plot_stance_distribution(stances)
    assert np.random.random() == expected


def test_distribution_errors_and_empty(stances):
    with pytest.raises(StanceError, match="kind"):
        plots.plot_stance_distribution(stances, kind="box")
    with pytest.raises(StanceError, match="label"):
        plots.plot_stance_distribution(stances.drop(columns="label"))
    ax = plots.plot_stance_distribution(stances.iloc[:0])
    assert "no stance" in ax.texts[0].get_text()


# --------------------------------------------------------------------------- sentiment

def test_sentiment_stems_coloured_by_sign_and_sized_by_depth(sentiment, comments):
    ax = plots.plot_sentiment_along_thread(sentiment, comments)
    (stems,) = _by_gid(ax.collections, "stems")
    colours = [to_hex(c) for c in stems.get_colors()]
    # scored comments c1..c9; c9 (0.02) is inside the neutral band
    assert colours[0] == plots.SENTIMENT_COLORS["negative"].lower()
    assert colours[1] == plots.SENTIMENT_COLORS["positive"].lower()
    assert colours[8] == plots.SENTIMENT_COLORS["neutral"].lower()
    (markers,) = _by_gid(ax.collections, "markers")
    sizes = markers.get_sizes()
    assert sizes[3] > sizes[4] > sizes[5]  # c4 depth 0, c5 depth 1, c6 depth 2
    (missing,) = _by_gid(ax.collections, "not-scored")
    assert missing.get_offsets()[0].tolist() == [10, 0]
    assert any(line.get_ydata()[0] == 0 for line in ax.lines)  # zero line


def test_sentiment_errors(sentiment, comments):
    with pytest.raises(StanceError, match="compound"):
        plots.plot_sentiment_along_thread(sentiment.drop(columns="compound"), comments)


# --------------------------------------------------------------------------- running polarization

def test_running_polarization_lines_bands_and_small_sample():
    ax = plots.plot_running_polarization(_running())
    lines = {line.get_gid(): line for line in ax.lines}
    solid = lines["line-Putin"]
    assert np.isnan(solid.get_ydata()[:2]).all()  # small sample not drawn solid
    assert solid.get_ydata()[2:] == pytest.approx([0.2] * 3)
    dashed = lines["line-small-Putin"]
    assert dashed.get_linestyle() == "--"
    assert dashed.get_ydata()[:3] == pytest.approx([0.2] * 3)
    bands = _by_gid(ax.collections, "band-Russia")
    small = _by_gid(ax.collections, "band-small-Russia")
    assert len(bands) == 1 and len(small) == 1
    assert small[0].get_hatch() == "////"
    ys = np.concatenate([p.vertices[:, 1] for p in bands[0].get_paths()])
    assert ys.min() == pytest.approx(0.4) and ys.max() == pytest.approx(0.6)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Putin", "Russia", "small sample"]
    assert ax.get_xlabel() == "comment position"


def test_running_polarization_colours_are_stable_and_missing_actors_named():
    data = _running()
    extra = data[data["actor"] == "Putin"].assign(actor="Erdogan", value=np.nan)
    ax = plots.plot_running_polarization(pd.concat([data, extra]))
    colours = plots.actor_colors(["Putin", "Russia", "Erdogan"])
    lines = {line.get_gid(): line for line in ax.lines}
    assert to_hex(lines["line-Russia"].get_color()) == colours["Russia"].lower()
    assert "line-Erdogan" not in lines
    (note,) = [t for t in ax.texts if t.get_gid() == "note"]
    assert "Erdogan" in note.get_text()
    # the same actors get the same colours whatever their order or counts in the table
    reordered = pd.concat([data[data["actor"] == "Russia"], data[data["actor"] == "Putin"].iloc[:4],
                           extra])
    ax2 = plots.plot_running_polarization(reordered, ax=plt.figure().gca())
    lines2 = {line.get_gid(): line for line in ax2.lines}
    for a in ("Putin", "Russia"):
        assert to_hex(lines2[f"line-{a}"].get_color()) == to_hex(lines[f"line-{a}"].get_color())


def test_actor_colors():
    colours = plots.actor_colors(["the West", "Putin", "(all)", "erdogan"])
    assert list(colours) == ["erdogan", "Putin", "the West", "(all)"]
    assert colours["(all)"] == "#000000"
    assert colours["erdogan"] == plots.OKABE_ITO[0]


def test_polarization_by_depth_wrapper():
    ax = plots.plot_polarization_by_depth(_running("depth"), actors=["Russia"])
    assert ax.get_xlabel() == "reply depth"
    # by depth, intervals are error bars: depths 1, 2 small, 3..5 not
    (ci,) = [c for c in ax.collections if c.get_gid() == "ci-Russia"]
    segs = [s.tolist() for s in ci.get_segments()]
    assert segs == [[[x, 0.4], [x, 0.6]] for x in (3.0, 4.0, 5.0)]
    assert [c for c in ax.collections if c.get_gid() == "ci-small-Russia"]
    both = plots.plot_polarization_by_depth(_running("depth"), ax=plt.figure().gca())
    (ci_putin,) = [c for c in both.collections if c.get_gid() == "ci-Putin"]
    (ci_russia,) = [c for c in both.collections if c.get_gid() == "ci-Russia"]
    # two actors are set side by side, not on top of each other
    assert ci_putin.get_segments()[0][0][0] < 3.0 < ci_russia.get_segments()[0][0][0]
    assert {line.get_gid() for line in ax.lines} >= {"line-Russia"}
    assert not [line for line in ax.lines if "Putin" in str(line.get_gid())]


def test_running_polarization_errors():
    with pytest.raises(StanceError, match="no rows for measure 'mu'.*morales_mu"):
        plots.plot_running_polarization(_running(), measure="mu")
    with pytest.raises(StanceError, match="step"):
        plots.plot_running_polarization(_running("depth"))


# --------------------------------------------------------------------------- parent vs reply

def test_parent_reply_points(stances, replies):
    ax = plots.plot_parent_reply_stance(stances, replies, actor="Putin", jitter=0)
    # pairs with a Putin stance on both ends: c9 -> c4 (neutral), c6 -> c5? no (c5 has none)
    (neutral,) = _by_gid(ax.collections, "pairs-neutral")
    assert neutral.get_offsets().tolist() == [[0.5, 0.2]]
    assert to_hex(neutral.get_facecolor()[0]) == plots.RELATION_COLORS["neutral"].lower()
    assert len(_by_gid(ax.patches, "agree-region")) == 2
    assert len(_by_gid(ax.patches, "disagree-region")) == 2
    (diag,) = _by_gid(ax.lines, "diagonal")
    assert list(diag.get_xdata()) == list(diag.get_ydata())


def test_parent_reply_pools_actors_and_marks_addressed(stances, replies):
    more = pd.concat([stances, pd.DataFrame({"comment_id": ["c6", "c9"],
                                             "actor": ["Russia", "Russia"],
                                             "stance": [0.3, -0.4],
                                             "label": ["favor", "against"]})])
    ax = plots.plot_parent_reply_stance(more, replies, jitter=0)
    # Putin: c9 -> c4 (neutral); Russia: c6 -> c5 (agree), c9 addresses c5 (agree)
    (neutral,) = _by_gid(ax.collections, "pairs-neutral")
    assert neutral.get_offsets().tolist() == [[0.5, 0.2]]
    agree = _by_gid(ax.collections, "pairs-agree")
    assert len(agree) == 2
    by_marker = {len(c.get_paths()[0].vertices): c.get_offsets().tolist() for c in agree}
    assert sorted(map(tuple, sum(by_marker.values(), []))) == [(0.4, -0.4), (0.4, 0.3)]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["agree", "agree (addressed)", "neutral"]
    assert ax.get_xlabel() == "parent's stance toward any actor"


def test_parent_reply_empty_note(stances, replies):
    ax = plots.plot_parent_reply_stance(stances, replies.iloc[:0], actor="Erdogan")
    (note,) = [t for t in ax.texts if t.get_gid() == "empty-note"]
    assert note.get_text() == "no reply pairs with stance toward Erdogan"
    assert ax.get_xlabel() == "parent's stance toward Erdogan"
    # when other actors have pairs, the note says which
    ax = plots.plot_parent_reply_stance(stances, replies, actor="Erdogan",
                                        ax=plt.figure().gca())
    (note,) = [t for t in ax.texts if t.get_gid() == "empty-note"]
    assert note.get_text().splitlines() == ["no reply pairs with stance toward Erdogan",
                                            "(there are some toward Putin)"]


def test_parent_reply_jitter_is_seeded(stances, replies):
    a = plots.plot_parent_reply_stance(stances, replies, actor="Putin", random_state=1)
    b = plots.plot_parent_reply_stance(stances, replies, actor="Putin", random_state=1,
                                       ax=plt.figure().gca())
    (pa,) = _by_gid(a.collections, "pairs-neutral")
    (pb,) = _by_gid(b.collections, "pairs-neutral")
    assert pa.get_offsets().tolist() == pb.get_offsets().tolist()


# --------------------------------------------------------------------------- measures

def test_measures_forest_plot():
    measures = pd.DataFrame({"actor": ["Putin", "Russia", "Putin", "Erdogan"],
                             "measure": ["morales_mu", "morales_mu", "bimodality",
                                         "morales_mu"],
                             "value": [0.4, 0.1, 0.6, np.nan], "ci_low": [0.2, 0.0, 0.5, np.nan],
                             "ci_high": [0.6, 0.3, 0.9, np.nan], "n": [6, 2, 6, 1],
                             "small_sample": [False, True, False, True]})
    ax = plots.plot_measures(measures)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # a bold heading per measure (table order), then its actors; the NaN row is left out
    assert labels == ["morales mu", "Putin \u00b7 n=6", "Russia \u00b7 n=2", "bimodality",
                      "Putin \u00b7 n=6"]
    weights = [t.get_fontweight() for t in ax.get_yticklabels()]
    assert weights[0] == "bold" and weights[3] == "bold" and weights[1] != "bold"
    (small,) = _by_gid(ax.collections, "points-small-morales_mu")
    assert small.get_offsets().tolist() == [[0.1, 2.0]]
    assert to_hex(small.get_facecolor()[0]) == "#ffffff"
    errorbars = [c for c in ax.collections if isinstance(c, mpl.collections.LineCollection)]
    segs = [s.tolist() for c in errorbars for s in c.get_segments()]
    assert [[0.2, 1.0], [0.6, 1.0]] in segs
    assert [[0.5, 4.0], [0.9, 4.0]] in segs
    (note,) = [t for t in ax.texts if t.get_gid() == "note"]
    assert note.get_text().startswith("1 rows with no value")
    ax2 = plots.plot_measures(measures, actor="Russia", measure=["morales_mu"],
                              ax=plt.figure().gca())
    assert [t.get_text() for t in ax2.get_yticklabels()] == ["morales mu", "Russia \u00b7 n=2"]


def test_measures_keeps_grouping_columns_in_labels():
    measures = pd.DataFrame({"actor": ["Putin", "Putin"], "thread_id": ["t1", "t2"],
                             "measure": "std", "value": [0.1, 0.2]})
    ax = plots.plot_measures(measures)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["std", "Putin \u00b7 t1",
                                                           "Putin \u00b7 t2"]


def test_measures_errors():
    with pytest.raises(StanceError, match="value"):
        plots.plot_measures(pd.DataFrame({"actor": ["a"], "measure": ["m"]}))


def test_functions_default_to_current_axes(comments, stances):
    fig, ax = plt.subplots()
    assert plots.plot_stance_heatmap(stances, comments) is ax


def test_hostile_names_are_drawn_as_text_not_mathtext(comments, stances, replies, sentiment):
    odd = comments.assign(author=comments["author"].replace(
        {"Wizzy": r"$\frac$", "roland": "a$b$c", "Per Jensen": "100$"}))
    odd_stances = stances.assign(actor=stances["actor"].replace({"Putin": r"$\sqrt$"}))
    figures = []
    for layout in ("layered", "indented", "radial"):
        fig, ax = plt.subplots()
        plots.plot_reply_tree(odd, odd_stances, replies, layout=layout, ax=ax)
        figures.append(fig)
    fig, ax = plt.subplots()
    plots.plot_stance_heatmap(odd_stances, odd, ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].strip().endswith(r"\$\frac\$")
    # escaping does not break the monospace alignment: same width once drawn
    assert len({len(t.replace("\\$", "$")) for t in labels}) == 1
    figures.append(fig)
    for function in (plots.plot_stance_distribution,):
        fig, ax = plt.subplots()
        function(odd_stances, ax=ax)
        figures.append(fig)
    fig, ax = plt.subplots()
    plots.plot_parent_reply_stance(odd_stances, replies, actor=r"$\sqrt$", ax=ax)
    figures.append(fig)
    for fig in figures:
        fig.canvas.draw()  # mathtext would raise on "$\frac$"


def _visible_label_boxes(ax):
    renderer = ax.figure.canvas.get_renderer()
    scale = ax.figure.dpi / 72
    return [plots._text_boxes(t, renderer, scale) for t in ax.texts
            if t.get_gid() == "label" and t.get_visible()]


def _random_thread(n, seed):
    rng = np.random.default_rng(seed)
    ids = [f"k{i}" for i in range(n)]
    parents = [pd.NA if i < 2 or rng.random() < 0.3 else ids[int(rng.integers(0, i))]
               for i in range(n)]
    names = ["Wizzy", "Karen Bartlett", "klove and light", "cechas vodobenikov", "Al"]
    return pd.DataFrame({"comment_id": ids, "parent_id": parents, "position": range(n),
                         "author": [names[i % 5] for i in range(n)]})


@pytest.mark.parametrize("layout", ["layered", "indented", "radial"])
@pytest.mark.parametrize("which", ["seed", "random"])
def test_reply_tree_labels_do_not_overlap(comments, stances, replies, layout, which):
    data = comments if which == "seed" else _random_thread(18, 4)
    ax = plots.plot_reply_tree(data, stances if which == "seed" else None,
                               replies if which == "seed" else None, layout=layout)
    ax.figure.canvas.draw()
    boxes = _visible_label_boxes(ax)
    assert len(boxes) >= len(data) // 2  # most labels survive
    for i, first in enumerate(boxes):
        for second in boxes[i + 1:]:
            assert not any(a.overlaps(b) for a in first for b in second)


def test_no_function_changes_its_input(comments, stances, replies, sentiment):
    frames = {"comments": comments, "stances": stances, "replies": replies,
              "sentiment": sentiment, "running": _running(),
              "measures": _running().drop(columns="step")}
    before = {k: v.copy(deep=True) for k, v in frames.items()}
    calls = [
        lambda: plots.plot_reply_tree(comments, stances, replies),
        lambda: plots.plot_stance_heatmap(stances, comments),
        lambda: plots.plot_stance_distribution(stances, kind="hist"),
        lambda: plots.plot_sentiment_along_thread(sentiment, comments),
        lambda: plots.plot_running_polarization(frames["running"]),
        lambda: plots.plot_parent_reply_stance(stances, replies),
        lambda: plots.plot_measures(frames["measures"]),
    ]
    for call in calls:
        plt.figure()
        call()
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(frame, before[name])


def test_single_thread_figures_refuse_several_threads(comments, stances, sentiment):
    two = pd.concat([comments, comments.assign(thread_id="t1")], ignore_index=True)
    with pytest.raises(StanceError, match="holds 2 .*thread_id"):
        plots.plot_reply_tree(two)
    with pytest.raises(StanceError, match="holds 2"):
        plots.plot_stance_heatmap(stances, two)
    with pytest.raises(StanceError, match="holds 2"):
        plots.plot_sentiment_along_thread(sentiment, two)


def test_reply_tree_names_duplicate_ids(comments):
    with pytest.raises(StanceError, match="c2 appear"):
        plots.plot_reply_tree(pd.concat([comments, comments.iloc[[2]]]))


def test_parent_reply_pairs_stay_within_their_thread(stances, replies):
    # the same comment ids in another thread must not pair with this thread's comments
    other = stances.assign(thread_id="t1", stance=-stances["stance"])
    both = pd.concat([stances, other], ignore_index=True)
    ax = plots.plot_parent_reply_stance(both, replies.assign(thread_id="t0"), actor="Putin",
                                        jitter=0)
    points = [p for c in ax.collections if str(c.get_gid()).startswith("pairs")
              for p in c.get_offsets().tolist()]
    assert points == [[0.5, 0.2]]


def test_svg_export_escapes_hostile_names(comments, tmp_path):
    hostile = comments.assign(author=comments["author"].replace(
        {"Wizzy": "<script>alert(1)</script>", "roland": '<img src=x onerror="alert(2)">'}))
    fig, ax = plt.subplots()
    plots.plot_reply_tree(hostile, layout="indented", ax=ax)
    (svg,) = plots.save_figure(fig, "tree", directory=tmp_path, formats=("svg",))
    text = svg.read_text(encoding="utf-8")
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text  # shown as text


def test_numeric_ids_match_when_parent_ids_are_floats():
    # a CSV read with pandas gives int comment ids and float parent ids (NaN for top level)
    comments = pd.DataFrame({"comment_id": [1, 2, 3], "parent_id": [np.nan, 1.0, 2.0],
                             "position": [0, 1, 2]})
    order, parent, link, _ = plots._tree(comments)
    assert parent == {"1": None, "2": "1", "3": "2"}
    assert link["3"] == "reply"
