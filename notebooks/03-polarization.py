# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 3. Polarization and its dynamics
#
# How divided the thread is about each actor, how that grows as the thread goes on and as replies
# get deeper, and who agrees or disagrees with whom.

# %% tags=["parameters"]
thread = None  # thread file; None: the bundled seed thread, data/raw/000_2dcbf18fb3e56109.txt
actors = None  # actor YAML file; None: the packaged defaults, stance/data/actors.yaml
output_dir = None  # report folder, figures go to its figures/; None: reports/<thread name>
analysis_cache = None  # written by stance.report.build_report; leave None
actor = None  # actor of the reply tree and parent-vs-reply plots; None: most reply pairs

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from stance import plots, report

plots.set_report_style()
analysis = report.load_analysis(thread, actors, cache=analysis_cache)
folder = report.report_folder(output_dir, thread)
comments, stances, replies = analysis.comments, analysis.stances, analysis.replies
measures, running, by_depth = analysis.measures, analysis.running, analysis.by_depth
actor = actor or report.reply_actor(stances, replies)
shown_actors = report.top_actors(stances, k=4)  # the most discussed actors, for the line plots
figures = {}

# %% [markdown]
# ## Polarization measures per actor
#
# The main measures, each with its interval and the number of comments it rests on (`n`). A hollow
# point marks a small sample: too few stances for the value to be trusted. `morales_mu` (Morales et
# al. 2015) is 1 for two equal camps at opposite extremes and 0 when one camp is empty;
# `esteban_ray` (Esteban & Ray 1994) does the same on the three labels; `std` is the spread of the
# stances; `disagreement_rate` is the share of replies that disagree.

# %%
key = measures[measures["measure"].isin(report.KEY_MEASURES) & measures["value"].notna()]
n_rows = max(len(key), 1)
fig, ax = plt.subplots(figsize=(7.5, min(max(3.5, 0.3 * n_rows + 1.5), 20)))
plots.plot_measures(key, ax=ax)
figures["polarization-measures"] = fig

# %% [markdown]
# Every measure, with its interval (`ci_low`, `ci_high`); empty values could not be computed (too
# few stances, or no reply edges with a stance at both ends).

# %%
with pd.option_context("display.max_rows", 200):
    display(measures.round(3))

# %% [markdown]
# ## Polarization as the thread goes on
#
# The measure recomputed after each comment (in order of publication), with its interval band, for
# the most discussed actors. Dashed lines and hatched bands rest on too few stances.

# %%
fig, ax = plt.subplots(figsize=(8, 3.8))
plots.plot_running_polarization(running, measure=report.pick_measure(running),
                                actors=shown_actors, x="step", ax=ax)
figures["running-polarization"] = fig

# %% [markdown]
# ## Polarization by reply depth
#
# The same measure over the comments at each reply depth (0: top-level comments).

# %%
fig, ax = plt.subplots(figsize=(8, 3.8))
plots.plot_running_polarization(by_depth, measure=report.pick_measure(by_depth),
                                actors=shown_actors, x="depth", ax=ax)
figures["polarization-by-depth"] = fig

# %% [markdown]
# ## Who agrees with whom
#
# One row per reply edge: a reply and the comment it answers (`parent`), or a comment it addresses
# by name (`addressed`), with the relation found and the words it rests on.

# %%
if len(replies):
    display(pd.crosstab(replies["edge"], replies["relation"]))
reply_table = replies.merge(
    comments[["comment_id", "position", "author"]], on="comment_id", how="left").merge(
    comments[["comment_id", "author"]].rename(columns={"comment_id": "parent_id",
                                                       "author": "parent_author"}),
    on="parent_id", how="left")
cols = [c for c in ("position", "author", "parent_author", "edge", "relation", "score",
                    "confidence", "cue", "evidence") if c in reply_table.columns]
with pd.option_context("display.max_colwidth", 80, "display.max_rows", 80):
    display(reply_table.sort_values("position")[cols].round(2))

# %% [markdown]
# ## The reply tree
#
# Each node is a comment, coloured by its stance toward the chosen actor; edges show whether a reply
# agrees or disagrees with the comment it answers.

# %%
print(f"actor: {actor}")
fig, ax = plt.subplots(figsize=(8, 6))
plots.plot_reply_tree(comments, stances, replies, actor=actor, ax=ax)
figures["reply-tree"] = fig

# %% [markdown]
# ## Parent vs reply stance
#
# For each reply edge, the stance of the comment answered against the stance of the reply, toward
# the chosen actor: agreement lies along the diagonal, disagreement across it.

# %%
fig, ax = plt.subplots(figsize=(5.5, 5))
plots.plot_parent_reply_stance(stances, replies, actor=actor, ax=ax)
figures["parent-reply-stance"] = fig

# %% [markdown]
# ## Exported figures

# %%
report.export_figures(figures, folder / "figures")
