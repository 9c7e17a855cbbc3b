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
# # 1. Exploring a comment thread
#
# This notebook loads a comment thread, shows the comment table, the sentiment of every comment
# along the thread, and where the named actors are mentioned (mentions highlighted in the text).
#
# Run it on another thread by changing the parameters below, or with papermill:
# `papermill 01-explore-thread.ipynb out.ipynb -p thread my_thread.xml`.

# %% tags=["parameters"]
thread = None  # thread file; None: the bundled seed thread, data/raw/000_2dcbf18fb3e56109.txt
actors = None  # actor YAML file; None: the packaged defaults, stance/data/actors.yaml
output_dir = None  # report folder, figures go to its figures/; None: reports/<thread name>
analysis_cache = None  # written by stance.report.build_report; leave None

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

import stance
from stance import plots, report

plots.set_report_style()
analysis = report.load_analysis(thread, actors, cache=analysis_cache)
folder = report.report_folder(output_dir, thread)
comments = analysis.comments
figures = {}

# %% [markdown]
# ## The thread at a glance
#
# One row per comment (the article, when the source has it, is row 0 with depth -1). `depth` is the
# reply depth: 0 for a top-level comment, 1 for a reply to it, and so on.

# %%
is_comment = comments["kind"].eq("comment")
glance = pd.Series({
    "comments": int(is_comment.sum()),
    "authors": comments.loc[is_comment, "author"].nunique(),
    "top-level comments": int((is_comment & comments["depth"].eq(0)).sum()),
    "replies": int((is_comment & comments["depth"].gt(0)).sum()),
    "deepest reply level": int(comments.loc[is_comment, "depth"].max() if is_comment.any() else 0),
    "deleted": int(comments["is_deleted"].sum()),
    "spam": int(comments["is_spam"].sum()),
    "orphans (parent missing)": int(comments["is_orphan"].sum()),
}, name="count").to_frame()
glance

# %%
shown = [c for c in ("position", "depth", "author", "kind", "parent_id", "created_at", "text")
         if c in comments.columns]
with pd.option_context("display.max_colwidth", 80, "display.max_rows", 60):
    display(comments[shown])

# %% [markdown]
# ## Sentiment of each comment
#
# VADER scores each sentence; a comment's `compound` score (from -1, most negative, to +1, most
# positive) aggregates its sentences. Comments that are not in English, or empty, are not scored.

# %%
sentiment = analysis.sentiment
table = sentiment.merge(comments[["comment_id", "position", "author"]], on="comment_id", how="left")
cols = [c for c in ("position", "author", "compound", "pos", "neu", "neg", "n_sentences",
                    "language", "is_scored") if c in table.columns]
table.sort_values("position")[cols].round(3)

# %%
fig, ax = plt.subplots(figsize=(8, 3.8))
plots.plot_sentiment_along_thread(sentiment, comments, ax=ax)
figures["sentiment-along-thread"] = fig

# %% [markdown]
# The most negative and the most positive sentences:

# %%
sentences = analysis.sentences.dropna(subset=["compound"])
extremes = pd.concat([sentences.nsmallest(5, "compound"), sentences.nlargest(5, "compound")])
with pd.option_context("display.max_colwidth", 120):
    display(extremes[["comment_id", "sentence_index", "compound", "text"]].round(3))

# %% [markdown]
# ## Who is mentioned, and where
#
# Every mention of an actor (by name, alias, or pronoun when the actor allows it), highlighted in
# its comment. Hover over a highlight to see the actor.

# %%
mentions = stance.find_mentions(comments, analysis.actors)
if len(mentions):
    display(mentions.groupby("actor").size().rename("mentions").sort_values(ascending=False)
            .to_frame())
display(HTML(report.mentions_html(comments, mentions)))

# %% [markdown]
# ## Exported figures
#
# Every figure of this notebook, saved as PNG, SVG and PDF into the report's `figures/` folder.

# %%
report.export_figures(figures, folder / "figures")
