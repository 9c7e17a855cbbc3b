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
# # 2. Stance toward the actors
#
# For every comment and every actor it refers to, the stance (-1 against ... +1 in favour), its
# label, the confidence, the cue that decided it and the exact words it rests on (the evidence).

# %% tags=["parameters"]
thread = None  # thread file; None: the bundled seed thread, data/raw/000_2dcbf18fb3e56109.txt
actors = None  # actor YAML file; None: the packaged defaults, stance/data/actors.yaml
output_dir = None  # report folder, figures go to its figures/; None: reports/<thread name>
analysis_cache = None  # written by stance.report.build_report; leave None

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from stance import plots, report

plots.set_report_style()
analysis = report.load_analysis(thread, actors, cache=analysis_cache)
folder = report.report_folder(output_dir, thread)
comments = analysis.comments
stances = analysis.stances
scored = stances[stances["label"].isin(["favor", "against", "neutral"])]
figures = {}

# %% [markdown]
# ## Stance counts per actor

# %%
counts = pd.crosstab(scored["actor"], scored["label"]).reindex(
    columns=["against", "neutral", "favor"], fill_value=0)
counts["mean stance"] = scored.groupby("actor")["stance"].mean().round(2)
counts.sort_values("mean stance")

# %% [markdown]
# ## The stance table
#
# One row per comment and actor. `inherited` marks a stance taken over from the comment answered
# (e.g. "I agree" under a comment attacking an actor).

# %%
table = scored.merge(comments[["comment_id", "position", "author"]], on="comment_id", how="left")
cols = [c for c in ("position", "author", "actor", "label", "stance", "confidence", "cue",
                    "inherited", "evidence") if c in table.columns]
with pd.option_context("display.max_colwidth", 80, "display.max_rows", 80):
    display(table.sort_values(["position", "actor"])[cols].round(2))

# %% [markdown]
# ## Stance by comment, in thread order
#
# Rows are comments in the order they were published, indented by reply depth; columns are actors.
# Blue is in favour, red is against; empty cells are comments that do not refer to the actor.

# %%
n_rows = int(comments["kind"].eq("comment").sum())  # long threads: the plot thins its labels
fig, ax = plt.subplots(figsize=(7.5, min(max(3.5, 0.32 * n_rows + 1.5), 14)))
plots.plot_stance_heatmap(stances, comments, ax=ax)
figures["stance-heatmap"] = fig

# %% [markdown]
# ## How the stances toward each actor spread

# %%
fig, ax = plt.subplots(figsize=(7.5, 4))
plots.plot_stance_distribution(stances, ax=ax)
figures["stance-distribution"] = fig

# %% [markdown]
# ## The evidence
#
# The words each stance rests on, highlighted in the comment (blue: favour, red: against, grey:
# neutral; hover for the actor).

# %%
display(HTML(report.evidence_html(stances, comments)))

# %% [markdown] tags=["remove-cell"]
# ## Browse the comments
#
# Pick an actor, stance labels and a minimum confidence to read the matching comments with their
# evidence highlighted (interactive; needs a running kernel).

# %% tags=["remove-cell"]
report.comment_browser(comments, stances)

# %% [markdown]
# ## Exported figures

# %%
report.export_figures(figures, folder / "figures")
