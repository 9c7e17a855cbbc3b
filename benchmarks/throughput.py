"""Throughput of the full pipeline beside bare vaderSentiment, in one process, same run.

On one seeded synthetic corpus (stance.synthetic.synthetic_corpus) this times:

1. bare VADER ``polarity_scores`` over the same sentences our pipeline scores
   (the spans of ``stance.score_sentences``), and over whole comments as a
   second reference;
2. our full pipeline: ``score_sentences`` -> ``score_sentiment`` ->
   ``score_stance`` (default actors) -> ``score_replies``, each stage timed;
3. one 20,000-word comment through the same pipeline, and bare VADER on it
   whole.

Throughputs are characters of comment text per second (the same characters
for every row of the table); the ratio is pipeline / bare VADER on sentences.
Peak memory is the peak resident set size of this process (getrusage).

Usage::

    .venv/bin/python benchmarks/throughput.py --comments 3000 --seed 0
    .venv/bin/python benchmarks/throughput.py --comments 3000 --profile 25

Goals (issue 6): pipeline >= 0.5x bare VADER on sentences; 20,000-word comment
< 1.5 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time

import pandas as pd


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Time(float):
    """Wall-clock seconds (the float value), with the CPU seconds of this process in ``cpu``."""

    cpu: float


def _clock(fn, *args, collect: bool = True, **kwargs):
    if collect:
        gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    out = fn(*args, **kwargs)
    t = Time(time.perf_counter() - t0)
    t.cpu = time.process_time() - c0
    return out, t


def cold_caches() -> None:
    """Empty the per-process caches the pipeline fills from the text it scores.

    Between repeats, so a repeat does not gain from having seen the corpus: the
    language of each text, VADER's token and score caches, the mention matcher's
    word cache and the reply question cache. (Tables loaded once, such as the
    lexicons, stay: building them is not work on the text.)
    """
    from stance import actors, language, replies, sentiment

    language._detect.cache_clear()
    sia = sentiment._analyzer()
    for name in ("_valence_cache", "_token_cache"):
        getattr(sia, name, {}).clear()
    actors._matcher.cache_clear()
    replies._asks_question.cache_clear()


def pipeline(comments: pd.DataFrame, actors, *, timings: dict | None = None):
    """The full pipeline of issue 6: sentences, sentiment, stance, reply relations."""
    from stance.replies import score_replies
    from stance.sentiment import score_sentences, score_sentiment
    from stance.targeted import score_stance

    timings = {} if timings is None else timings
    sentences, timings["score_sentences"] = _clock(score_sentences, comments, collect=False)
    sentiment, timings["score_sentiment"] = _clock(score_sentiment, comments,
                                                   sentences=sentences, collect=False)
    stances, timings["score_stance"] = _clock(score_stance, comments, actors,
                                              sentences=sentences, collect=False)
    replies, timings["score_replies"] = _clock(score_replies, comments, stances=stances,
                                               sentiment=sentiment, collect=False)
    return {"sentences": sentences, "sentiment": sentiment, "stances": stances,
            "replies": replies}


def _table(rows: list[tuple], header: tuple) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for k, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths))))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=3000, help="comments in the corpus")
    parser.add_argument("--seed", type=int, default=0, help="random_state of the corpus")
    parser.add_argument("--long-words", type=int, default=20_000,
                        help="words of the single long comment (0 to skip)")
    parser.add_argument("--no-whole", action="store_true",
                        help="skip bare VADER on whole comments (slow on long comments)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="interleaved runs of the pipeline (cold caches) and bare VADER; "
                             "the median of each is reported (default 3)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="after timing, profile the pipeline (cProfile) and print the top N")
    args = parser.parse_args(argv)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from stance.actors import load_actors
    from stance.synthetic import synthetic_corpus, synthetic_long_comment

    vader = SentimentIntensityAnalyzer()
    actors = load_actors()
    corpus, t_gen = _clock(synthetic_corpus, args.comments, random_state=args.seed)
    scored = corpus[corpus["kind"] == "comment"]
    texts = scored["text"].astype(str).tolist()
    n_chars = sum(map(len, texts))
    print(f"corpus: {len(scored):,} comments, {corpus['thread_id'].nunique():,} threads, "
          f"{n_chars:,} characters, {sum(len(t.split()) for t in texts):,} words "
          f"(seed {args.seed}, generated in {t_gen:.1f} s)")

    # warm up imports and lexicons on a tiny frame of its own
    warm = pd.DataFrame({"thread_id": ["w"], "comment_id": ["w1"], "parent_id": [pd.NA],
                         "text": ["Warm up: Putin is not naive."], "kind": ["comment"]})
    pipeline(warm, actors)
    vader.polarity_scores("Warm up.")

    # interleaved repeats: pipeline (caches emptied first), then bare VADER on the same
    # sentences; a shared machine's speed drifts, so each pair is measured close together
    # and the median of the repeats is reported
    runs, pipes, vaders = [], [], []
    for _ in range(max(1, args.repeat)):
        cold_caches()
        timings: dict[str, float] = {}
        tables, t_pipe = _clock(pipeline, corpus, actors, timings=timings)
        sent_texts = tables["sentences"]["text"].astype(str).tolist()
        _, t_vader = _clock(lambda: [vader.polarity_scores(s) for s in sent_texts])
        runs.append(timings)
        pipes.append(t_pipe)
        vaders.append(t_vader)
    peak_pipe = _peak_rss_mb()
    order = sorted(range(len(pipes)), key=lambda i: pipes[i].cpu)
    mid = order[len(order) // 2]
    t_pipe, timings = pipes[mid], runs[mid]
    t_vader = sorted(vaders, key=lambda t: t.cpu)[len(vaders) // 2]
    sentences = tables["sentences"]
    print(f"pipeline tables: {len(sentences):,} sentences, {len(tables['sentiment']):,} "
          f"comment sentiments, {len(tables['stances']):,} stance rows, "
          f"{len(tables['replies']):,} reply edges")
    pair_ratios = [v.cpu / p.cpu for p, v in zip(pipes, vaders)]
    print(f"{len(pipes)} interleaved repeats; pipeline / bare VADER CPU ratio per repeat: "
          + ", ".join(f"{r:.2f}" for r in pair_ratios) + " (the medians are tabled)")

    def row(name, t, ref=None):
        return (name, f"{t:.2f}", f"{t.cpu:.2f}", f"{n_chars / t:,.0f}",
                f"{n_chars / t.cpu:,.0f}", "" if ref is None else f"{ref.cpu / t.cpu:.2f}")

    rows = [row("bare VADER, same sentences", t_vader, t_vader)]
    if not args.no_whole:
        _, t_whole = _clock(lambda: [vader.polarity_scores(t) for t in texts])
        rows.append(row("bare VADER, whole comments", t_whole, t_vader))
    for stage, t in timings.items():
        rows.append(row(f"  {stage}", t))
    rows.append(row("pipeline (sentiment+stance+replies)", t_pipe, t_vader))
    print()
    print(_table(rows, ("run", "wall s", "CPU s", "chars/s wall", "chars/s CPU",
                        "x bare VADER (CPU)")))
    ratio, ratio_wall = t_vader.cpu / t_pipe.cpu, t_vader / t_pipe
    print(f"\npipeline / bare VADER throughput: {ratio:.2f} on CPU time, {ratio_wall:.2f} on "
          f"wall time (goal >= 0.50: {'met' if min(ratio, ratio_wall) >= 0.5 else 'NOT met'})")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          f"(CPU time is the fairer figure on a shared machine)")
    print(f"peak RSS of this process after the pipeline: {peak_pipe:,.0f} MB")

    if args.long_words:
        long_text = synthetic_long_comment(args.long_words, random_state=args.seed)
        one = pd.DataFrame({"thread_id": ["long"], "comment_id": ["L1"], "parent_id": [pd.NA],
                            "text": [long_text], "kind": ["comment"]})
        _, t_long = _clock(pipeline, one, actors)
        rows = [(f"pipeline, one {args.long_words:,}-word comment", f"{t_long:.2f}",
                 f"{t_long.cpu:.2f}", f"{len(long_text) / t_long.cpu:,.0f}")]
        if not args.no_whole:
            _, t_long_vader = _clock(vader.polarity_scores, long_text)
            rows.append(("bare VADER on it whole", f"{t_long_vader:.2f}",
                         f"{t_long_vader.cpu:.2f}", f"{len(long_text) / t_long_vader.cpu:,.0f}"))
        print()
        print(_table(rows, ("run", "wall s", "CPU s", "chars/s CPU")))
        print(f"\n{args.long_words:,}-word comment ({len(long_text):,} characters): "
              f"{t_long:.2f} s wall, {t_long.cpu:.2f} s CPU (goal < 1.5 s: "
              f"{'met' if min(t_long, t_long.cpu) < 1.5 else 'NOT met'})")
    print(f"peak RSS of this process: {_peak_rss_mb():,.0f} MB")

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        pipeline(corpus, actors)
        prof.disable()
        print(f"\ncProfile of the pipeline, top {args.profile} by cumulative time "
              f"(profiling slows it down):")
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(args.profile)
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
