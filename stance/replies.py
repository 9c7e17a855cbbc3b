"""Reply relations: does a reply agree or disagree with what it answers?

:func:`score_replies` returns one row per *reply edge*:

* ``edge="parent"``: every comment that answers another comment of the thread
  (its ``parent_id``);
* ``edge="addressed"``: a comment that names the author of an earlier comment
  of the thread ("Al is correct regarding Ukraine") points at that author's
  latest earlier comment, even when it is not the parent.

The relation comes from transparent rules, in this order of precedence:

1. **explicit markers** of agreement ("I agree", "agreed", "exactly",
   "precisely", "well said", "good point", "+1", "so true", "true", "you're
   right", "that's right", "same", "yes", "truth", "I love this") and
   disagreement ("I disagree", "I don't agree", "you are wrong", "not true",
   "nonsense", "bullshit", "wrong", "incorrect", "hyperbolic", "source?",
   "yeah, no", "not really", hedges such as "to be fair" or "unfortunately",
   a closing "though"). Negation flips a marker ("I don't agree", "not
   wrong"); negative judgements ("wrong", "nonsense", "misinformation")
   count only when they open the reply or are said of "you"/"that" ("they
   spread misinformation" judges a third party, not the comment answered);
   words that only look like markers ("right wing", "don't get me wrong")
   are skipped. Contrast: in "Interesting theory, but I totally disagree
   with the part of..." the clause after the last contrast word that holds
   a marker wins (partial disagreement is disagreement);
2. **stance difference** (when a stance table is given and no marker
   decided, or only a weak conversational cue would): reply and parent
   take opposite stances (favor vs against) toward the same actor ->
   disagree; the same stance -> weak agreement ("same stance");
3. **conversational cues** of online debate, weaker and with lower
   confidence: an opening "yeah" / "this" / "and" (agree) or "no" / "nope"
   / "actually" (disagree); sarcasm markers ("/s", "yeah right");
   thanks, condolences and "I don't know" (neutral); an attack on the
   addressee ("you" + insult, or "you" in a clearly negative reply);
   questions (disagree, weakly); a short answer to a parent's question
   (neutral); otherwise "you" (disagree, weakly) or talk about third
   persons ("they", "these people": agree, weakly);
4. otherwise ``neutral``.

Each row carries the cue that decided it and its evidence, an exact
substring of the reply's text, so that every label can be checked by
reading. ``confidence`` is about 0.8-1 for explicit markers, 0.5 for stance
differences and openers, 0.25-0.45 for the weaker conversational cues.

The rules were developed on a development part (4 of every 5 pairs) of the
MaskMandate reply-agreement benchmark (Lei & Huang 2022, Reddit, masks) and
measured on the held-out fifth too: macro-F1 about 53 against 39 for VADER
on the reply alone (``python -m stance._eval_replies``). The weak cues are
tuned to that genre (a subreddit that mocks anti-maskers, where agreement
often means piling onto a third party); on news comment threads expect
explicit markers to carry most of the signal.

:func:`inherit_stance` (optional, off in the pipeline) lets a reply that
agrees with its parent inherit the parent's stance toward actors it does not
name, at lower confidence and flagged ``inherited``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ._checks import require_columns
from .engine import partitioned

__all__ = ["score_replies", "inherit_stance", "classify_reply", "find_addressees", "ReplyCue"]

REPLY_COLUMNS = ["thread_id", "comment_id", "parent_id", "edge", "relation", "score",
                 "confidence", "evidence", "cue"]

# --------------------------------------------------------------------------- #
# lexicon
# --------------------------------------------------------------------------- #
_NEG = r"(?:not|n't|never|no|hardly|barely|nothing|cannot|cant|dont|doesnt|didnt|isnt|wasnt|arent)"

# (pattern, cue, score); matched case-insensitively on the reply text. The
# patterns that contain their own negation ("not true") are listed with the
# relation they express and are exempt from negation flipping.
_EXPLICIT: list[tuple[str, str, float, bool]] = [
    # --- phrases that look like markers but are not (they take the span, score 0)
    (r"\b(?:don't|dont|do not) get me wrong\b|\bright now\b|\bright wing\b|\bright-wing\b|"
     r"\bthe right\b|\bwrong (?:guy|person|sub|subreddit|place|thread|one)\b|\bcivil rights?\b|"
     r"\bright to\b|\bmy rights?\b|\btheir rights?\b|\byour rights?\b|\ball right\b|"
     r"\bright (?:there|here|away|after|before|next)\b",
     "not a marker", 0.0, True),
    # --- disagreement, self-negated first so they win over "true"/"agree"
    (r"\b(?:that's|thats|that is|it's|its|this is|it is)\s+(?:not|n't)\s+(?:true|right|correct|how)\b",
     "not true", -0.8, True),
    (r"\b(?:not|isn't|ain't)\s+(?:true|correct|accurate)\b", "not true", -0.8, True),
    (r"\b(?:you're|youre|you are|you're|ur|u r)\s+(?:so\s+|very\s+|completely\s+|dead\s+|just\s+|"
     r"simply\s+|totally\s+)?(?:wrong|mistaken|incorrect|lying|delusional|misinformed)\b",
     "you are wrong", -0.9, True),
    (r"\b(?:i|we)\s+(?:(?:totally|completely|strongly|respectfully|really|have to|must|would|kinda|"
     r"kind of|somewhat|partly|slightly)\s+)*disagree\b", "I disagree", -0.9, False),
    (r"\bdisagree\b", "disagree", -0.7, False),
    (r"\b(?:i|we)\s+(?:do not|don't|dont|can't|cannot|can not|won't|wouldn't)\s+"
     r"(?:really\s+|quite\s+|fully\s+|totally\s+)?agree\b", "I don't agree", -0.8, True),
    (r"\b(?:nonsense|bullshit|bs|bull shit|hogwash|rubbish|garbage take|horseshit|baloney|"
     r"false|fake news|misinformation)\b", "nonsense", -0.6, False),
    (r"\bwrong\b", "wrong", -0.6, False),
    (r"\b(?:incorrect|mistaken|inaccurate|untrue|hyperbolic|exaggerat\w*|oversimplif\w*)\b",
     "incorrect", -0.5, False),
    (r"\b(?:source|sources|citation|proof|evidence)\s*\?", "source?", -0.6, True),
    (r"\b(?:citation needed|says who|who says|prove it)\b", "source?", -0.6, True),
    (r"\b(?:that's|thats|that is)\s+(?:not|n't)\s+(?:what|how)\b", "not true", -0.7, True),
    (r"\bnot\s+(?:really|quite|exactly|necessarily)\b", "hedged denial", -0.5, True),
    (r"\b(?:to be fair|in fairness|in all fairness|unfortunately|it depends|depends on|"
     r"that being said|having said that)\b", "hedge", -0.4, True),
    (r"\b(?:tho|though)\s*(?:[.!?]|$)", "concession", -0.4, True),
    # --- agreement
    (r"\b(?:i|we)\s+(?:(?:totally|completely|fully|100%|wholeheartedly|absolutely|really|"
     r"definitely|do|would|have to|must|kinda|kind of|strongly)\s+)*agree\b", "I agree", 0.9, False),
    (r"\b(?:agreed|agree)\b", "agree", 0.8, False),
    (r"\bin (?:complete|total|full) agreement\b", "agree", 0.9, True),
    (r"(?:^|[.!?:;(\[)\]\u2013\u2014-]\s*)(?P<ev>precisely|exactly)\b|"
     r"\b(?P<ev2>precisely|exactly)\s*(?:[.!,;:)\u2013\u2014-]|$)",
     "exactly", 0.8, False),
    (r"^\W*(?:absolutely|definitely|totally|indeed|correct|100%)\b", "exactly", 0.6, False),
    (r"\b(?:well said|well put|good point|great point|fair point|valid point|this is the way|"
     r"nailed it|spot on|you nailed|couldn't have said it better|could not have said it better|"
     r"couldn't agree more|could not agree more|so much this|"
     r"(?:thinking|thought|think|say|said|saying|feel|felt)\s+the\s+(?:exact\s+)?same)\b",
     "well said", 0.8, False),
    (r"^\W*(?:same|same here|me too|ditto|this|this\s*\W*\s*(?:so much|right here|exactly))\W*$|"
     r"^\W*(?:same|same here|me too|ditto|this)\s*[.!]", "same", 0.7, True),
    (r"^\W*(?:yeah|yes|yea|ya|ok|okay),?\s+no\b", "yeah, no", -0.7, True),
    (r"\b(?:thank you|thanks|thx|ty)\b", "thanks", 0.05, True),
    (r"(?:^|\s)\+1\b", "+1", 0.8, True),
    (r"^\W*(?:truth|facts|preach|amen)\s*(?:[.!]|$)", "approval", 0.6, True),
    (r"\b(?:i love (?:this|it|that|how)|i like (?:this|it|that)|hell yes|underrated|"
     r"came here to say|love this|take my upvote|have my upvote|this deserves)\b",
     "approval", 0.6, False),
    (r"\b(?:so|very|too|sad but|how|it's|its|that's|thats|this is|that is|all|quite|is)\s+true\b",
     "so true", 0.8, False),
    (r"\btrue\b", "true", 0.6, False),
    (r"\b(?:you're|youre|you are|ur|u r|he's|she's|they're)\s+(?:so\s+|absolutely\s+|completely\s+|"
     r"totally\s+|100%\s+|quite\s+)?(?:right|correct)\b", "you are right", 0.9, False),
    (r"\b(?:that's|thats|that is|this is|it's|its)\s+(?:so\s+|absolutely\s+|exactly\s+|"
     r"totally\s+)?(?:right|correct|accurate)\b", "that's right", 0.7, False),
    (r"\b(?:yes|yep|yup|yeah|yea|ya|right)\s*(?:[!.,]|$)", "yes", 0.5, False),
]
_EXPLICIT_RE = [(re.compile(p, re.IGNORECASE), cue, s, fixed) for p, cue, s, fixed in _EXPLICIT]
# the same patterns matched case-sensitively (their letters are all lower case): on ASCII
# text, matching them on text.lower() gives exactly the matches and offsets of the
# case-insensitive patterns on the text, about a third faster
_EXPLICIT_LOWER = [re.compile(p) for p, _, _, _ in _EXPLICIT]
# words one of which must occur (lower case) for each pattern above to match: a cheap
# substring test skips most regexes on most comments
_TRIGGERS: list[tuple[str, ...]] = [
    ("wrong", "right"),
    ("not", "n't"),
    ("not", "n't"),
    ("you", "ur", "u r"),
    ("disagree",),
    ("disagree",),
    ("agree",),
    ("nonsense", "bullshit", "bs", "bull shit", "hogwash", "rubbish", "garbage", "horseshit",
     "baloney", "false", "fake news", "misinformation"),
    ("wrong",),
    ("incorrect", "mistaken", "inaccurate", "untrue", "hyperbolic", "exaggerat", "oversimplif"),
    ("?",),
    ("citation", "says who", "who says", "prove it"),
    ("not", "n't"),
    ("not",),
    ("fair", "unfortunately", "depends", "being said", "having said"),
    ("tho",),
    ("agree",),
    ("agree",),
    ("agreement",),
    ("precisely", "exactly"),
    ("absolutely", "definitely", "totally", "indeed", "correct", "100%"),
    ("well said", "well put", "point", "this is the way", "nailed", "spot on", "said it better",
     "agree more", "so much this", "same"),
    ("same", "me too", "ditto", "this"),
    ("no",),
    ("thank", "thx", "ty"),
    ("+1",),
    ("truth", "facts", "preach", "amen"),
    ("love", "like", "hell yes", "underrated", "came here", "upvote", "deserves"),
    ("true",),
    ("true",),
    ("right", "correct"),
    ("right", "correct", "accurate"),
    ("yes", "yep", "yup", "yea", "ya", "right"),
]
assert len(_TRIGGERS) == len(_EXPLICIT_RE)
# the words or phrases a match of each pattern above can start with: every alternative
# opens with r"\b" and a literal, so on lower-cased ASCII text a match starts at the start
# of a word (maximal run of \w) equal to the literal's first word ("you're" -> "you"),
# followed by the rest of one of these phrases (a space standing for any run of white
# space: the phrase is only a prefix of the match, "my right" also opens "my rights").
# Trying the pattern only there gives the same matches as scanning every position, in a
# fraction of the time on long comments; phrases keep common words ("the", "is", "in",
# "to", "it", "that" ...) from being tried everywhere. A word is tried wherever it occurs
# when one of its patterns lists it alone. None: no such word (anchored at the start, or a
# prefix like "exaggerat\w*"); those patterns are scanned when their trigger words occur.
# "exactly" can also start at the punctuation and spaces before the word
# (_AFTER_PUNCTUATION).
_STARTS: list[tuple[str, ...] | None] = [tuple(phrases.split("|")) if phrases is not None
                                         else None for phrases in [
    "don't get|dont get|do not get|right|the right|wrong|civil|my right|their right|your right|"
    "all right",
    "that's|thats|that is|it's|its|this is|it is",
    "not true|not correct|not accurate|isn|ain",
    "you're|youre|you are|ur|u",
    "i|we",
    "disagree",
    "i|we",
    "nonsense|bullshit|bs|bull|hogwash|rubbish|garbage|horseshit|baloney|false|fake|misinformation",
    "wrong",
    None,  # exaggerat\w*, oversimplif\w*
    "source|sources|citation|proof|evidence",
    "citation|says who|who says|prove",
    "that's|thats|that is",
    "not really|not quite|not exactly|not necessarily",
    "to be fair|in fairness|in all fairness|unfortunately|it depends|depends|that being said|"
    "having",
    "tho|though",
    "i|we",
    "agreed|agree",
    "in complete|in total|in full",
    "precisely|exactly",  # or the punctuation before them (see _AFTER_PUNCTUATION)
    None,  # anchored at the start
    "well said|well put|good point|great point|fair point|valid point|this is the way|nailed it|"
    "spot on|you nailed|couldn't|could not|so much this|thinking the|thought the|think the|"
    "say the|said the|saying the|feel the|felt the",
    None,  # anchored at the start
    None,  # anchored at the start
    "thank|thanks|thx|ty",
    None,  # "+1" after a space
    None,  # anchored at the start
    "i love|i like|hell yes|underrated|came here to say|love this|take my upvote|have my upvote|"
    "this deserves",
    "so true|very true|too true|sad but true|how true|it's true|its true|that's true|thats true|"
    "this is true|that is true|all true|quite true|is true",
    "true",
    "you're|youre|you are|ur|u|he's|she's|they're",
    "that's|thats|this is|it's|its",
    "yes|yep|yup|yeah|yea|ya|right",
]]
assert len(_STARTS) == len(_EXPLICIT_RE)
_AFTER_PUNCTUATION = {19: ".!?:;([)]\u2013\u2014-"}
assert _EXPLICIT[19][1] == "exactly"
# first word -> indices of the patterns that can start with it, and the regexes of what
# must follow it ("" when nothing needs to: the word alone opens a pattern)
_PATTERNS_BY_START: dict[str, tuple[int, ...]] = {}
_FOLLOWERS: dict[str, set[str]] = {}
for _k, _phrases in enumerate(_STARTS):
    for _phrase in _phrases or ():
        _w = re.match(r"\w+", _phrase).group()
        if _k not in _PATTERNS_BY_START.get(_w, ()):
            _PATTERNS_BY_START[_w] = _PATTERNS_BY_START.get(_w, ()) + (_k,)
        _FOLLOWERS.setdefault(_w, set()).add(
            r"\s+".join(map(re.escape, _phrase[len(_w):].split(" "))))
_NO_START_WORDS = tuple(k for k, words in enumerate(_STARTS) if words is None)


def _start_word_pattern(followers: dict[str, set[str]], *, lookbehind: bool = True) -> str:
    """A regex matching the words of ``followers`` as whole words, each followed by one of its regexes.

    ``followers`` maps words (runs of \\w) to regexes of what must follow them,
    each opening with a non-word character; "" among them: nothing needs to
    follow, the word must just end there (maximal run of \\w). Grouped by first
    letter, with the check that no word character comes before placed after
    that letter, so that the pattern opens with a set of first characters
    ``re`` uses to skip other positions quickly. The match is the word alone.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(followers, key=lambda w: (-len(w), w)):   # longest first
        after = followers[w]
        end = r"(?!\w)" if "" in after else r"(?=%s)" % "|".join(sorted(after))
        groups.setdefault(w[0], []).append(re.escape(w[1:]) + end)
    branches = []
    for first, rests in sorted(groups.items()):
        body = re.escape(first) + (r"(?<!\w.)" if lookbehind else "")
        body += rests[0] if len(rests) == 1 else "(?:%s)" % "|".join(rests)
        branches.append(body)
    return r"(?:%s)" % "|".join(branches)


# the start words in a text: the same positions as its \w+ words found in
# _PATTERNS_BY_START that are followed by the rest of one of their phrases, but
# the scan over the other words is done by re in C
_START_WORD_RE = re.compile(_start_word_pattern(_FOLLOWERS))
# the same words, faster: over " " + text, re skips to the non-word characters
# (far fewer than letters) and looks ahead for a start word; group 1 is the word
_START_SCAN_RE = re.compile(r"\W(?=(%s))" % _start_word_pattern(_FOLLOWERS, lookbehind=False))

# "X is correct / right / wrong", X being a name: handled by find_addressees.
_NAME_VERDICT = re.compile(
    r"\b(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)\s+(?:is|was|'s)\s+(?:(?:so|absolutely|completely|"
    r"totally|quite|100%|dead)\s+)?(?P<verdict>correct|right|spot on|wrong|mistaken|incorrect)\b")


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|`` (not in groups or sets)."""
    alternatives, depth, start, i = [], 0, 0, 0
    in_set = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    return alternatives + [pattern[start:]]


def _closing_paren(pattern: str, i: int) -> int:
    """Index of the ``)`` closing the group opened at ``pattern[i]``."""
    depth = 0
    while True:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        elif ch == "[":
            i = pattern.index("]", i + 2)
        i += 1


def _letters_first(pattern: str) -> str:
    r"""``pattern`` rewritten so that each alternative opens with its first letter.

    ``re`` finds the first characters of a pattern whose alternatives all open
    with a literal, and then skips the other positions of a text quickly; a
    leading r"\b" hides them, and the pattern is tried at every position
    (several times slower on long texts). Rewritten, the matches are the same:
    a leading group of alternatives is distributed over what follows it
    (r"\b(?:a|b)c" -> r"\bac|\bbc", tried in the same order), and r"\b"
    before a letter becomes a look-behind after it (r"\ba" -> r"a(?<!\w.)":
    no word character before the letter). Other alternatives are kept as
    they are. A pattern that is one non-capturing group is unwrapped first.
    """
    if pattern.startswith("(?:") and _closing_paren(pattern, 0) == len(pattern) - 1:
        pattern = pattern[3:-1]
    out = []
    for alt in _top_level_alternatives(pattern):
        bound = alt.startswith(r"\b")
        body = alt[2:] if bound else alt
        if body.startswith("(?:"):
            close = _closing_paren(body, 0)
            if body[close + 1:close + 2] not in ("?", "*", "+", "{"):
                rest = body[close + 1:]
                out.append(_letters_first("|".join((r"\b" if bound else "") + inner + rest
                                                   for inner in _top_level_alternatives(
                                                       body[3:close]))))
                continue
        if bound and body[:1].isalpha() and body[:1].isascii():
            out.append(body[0] + r"(?<!\w.)" + body[1:])
        else:
            out.append(alt)
    return "|".join(out)


class _AnyCase:
    """A case-insensitive pattern, with a faster twin for ASCII text.

    Python's ``re`` is several times slower with IGNORECASE. On ASCII text,
    the same pattern without the flag (its letters are all lower case) finds
    on ``text.lower()`` exactly the matches, at the same offsets, that the
    case-insensitive one finds on the text. Take evidence from the text with
    the match's offsets, not with ``group()``. With ``letters_first`` both
    are compiled from :func:`_letters_first` of the pattern (same matches):
    faster when its alternatives open with a few distinct letters, slower when
    with many (re then tries every alternative at most letters of a text).
    """

    def __init__(self, pattern: str, *, letters_first: bool = False) -> None:
        letters = re.sub(r"\\.", "", pattern)
        assert letters == letters.lower(), f"upper-case letter in {pattern!r}"
        self.pattern = pattern
        compiled = _letters_first(pattern) if letters_first else pattern
        self.any_case = re.compile(compiled, re.IGNORECASE)
        self.lower = re.compile(compiled)

    def on(self, lowered: bool) -> re.Pattern:
        """The pattern to match on ``text.lower()`` (``lowered``, ASCII text) or on the text."""
        return self.lower if lowered else self.any_case


def _lowered(text: str) -> tuple[str, bool]:
    """(text to match, lowered): ``text.lower()`` for ASCII text (see :class:`_AnyCase`)."""
    return (text.lower(), True) if text.isascii() else (text, False)


_NEGATOR_RE = re.compile(r"\b(?:not|never|no|hardly|barely|cannot|can't|cant|don't|dont|doesn't|"
                         r"doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt|aren't|arent|ain't|"
                         r"won't|wouldn't|n't)\b", re.IGNORECASE)
# (the shared \b is written once: re then tests the words' first letters quickly, 5x faster)
_CONTRAST_RE = _AnyCase(r"(?:\b(?:but|however|although|though|nevertheless|nonetheless|that said|"
                        r"yet)\b|;)", letters_first=True)

# conversational cues at the opening of a reply (first few characters)
_OPEN_AGREE = re.compile(
    r"^\W*(?:yeah|yes|yep|yup|yea|ya|this\W*$|this[.!]|this\s*(?:so much|right here|is it|exactly)|"
    r"same|ditto|amen|preach|facts|bingo|true|exactly|precisely|absolutely|right[.!,]|"
    r"and\b|also\b|plus\b|lol,? (?:yes|yeah|true)|ha(?:ha)+,? (?:yes|yeah|true))", re.IGNORECASE)
_OPEN_DISAGREE = re.compile(
    r"^\W*(?:no\b(?!\s+(?:one|wonder|doubt|kidding|joke|shit|way)\b)|nope|nah|wrong|um+\W|uh+\W|"
    r"hmm+\W|what\?|wtf|huh\??|sorry,? but|actually|so\s+(?:you|your)\b|you do realize|"
    r"you realize|do you (?:really|even|actually)|how about|and\?|so\?)",
    re.IGNORECASE)
_SECOND_PERSON = _AnyCase(r"\b(?:you|your|you're|youre|yours|yourself|u|ur)\b", letters_first=True)
_INSULT = _AnyCase(
    r"\b(?:idiot\w*|moron\w*|stupid|dumb\w*|troll\w*|snowflake\w*|sheep\w*|clown\w*|fool\w*|"
    r"asshole\w*|dick|dickhead|retard\w*|ignorant|delusional|brainwashed|covidiot\w*|karen|"
    r"loser\w*|pathetic|cult|shill\w*|bot|npc|liar\w*|hypocrit\w*|coward\w*|crybab\w*|"
    r"whin\w+|sad little|grow up|get a life|cope|seethe|triggered)\b")
# small talk that neither agrees nor disagrees: thanks, condolences, curiosity, not knowing
_NEUTRAL_TALK = _AnyCase(
    r"\b(?:thank you|thanks|thx|sorry for your loss|so sorry|i'm sorry|im sorry|take care|"
    r"nice to meet you|genuine question|genuinely asking|honest question|just curious|"
    r"just wondering|i (?:don't|dont|do not) know|idk|not sure|no idea|i wonder|"
    r"good luck|congrat\w*|welcome)\b")
# talking about third parties rather than to the interlocutor: in debate threads a
# reply that elaborates on "them" usually sides with the comment it answers
_THIRD_PERSON = _AnyCase(
    r"\b(?:they|them|their|theirs|themselves|these people|those people|people like (?:that|this|them)|"
    r"he|she|his|her|him|himself|herself)\b")
# a clause of at least 3 characters ending in "?". The leftmost match always starts where a
# clause starts, so only those positions are tried: r"[^.!?\n]{3,}\?" alone retried every
# position of a clause, quadratic in its length (minutes on a long unpunctuated comment)
_QUESTION = re.compile(r"(?<![^.!?\n])[^.!?\n]{3,}\?")
_SARCASM = _AnyCase(r"(?:\s/s\b|\b(?:sarcas\w*|yeah,? right\b|sure,? jan\b|ok(?:ay)? boomer\b|"
                    r"good luck with that\b|nice try\b|whatever\b))")


@dataclass(frozen=True)
class ReplyCue:
    """The decision on one reply edge.

    Attributes
    ----------
    score : float
        In [-1, 1]; negative = disagreement, positive = agreement.
    relation : str
        ``"agree"``, ``"disagree"`` or ``"neutral"``.
    confidence : float
        In [0, 1]: how much the cue can be trusted (explicit markers high).
    evidence : str
        Exact substring of the reply text ("" when no cue fired).
    cue : str
        Name of the cue that decided ("none" when nothing fired).
    start : int
        Offset of the evidence in the reply text (-1 when none).
    """

    score: float
    relation: str
    confidence: float
    evidence: str
    cue: str
    start: int = -1


_NEUTRAL = ReplyCue(0.0, "neutral", 0.3, "", "none", -1)


def _relation(score: float, threshold: float = 0.15) -> str:
    if score >= threshold:
        return "agree"
    if score <= -threshold:
        return "disagree"
    return "neutral"


_NEGATION_SCOPE_RE = re.compile(r"[.!?;,:\n]|\bbut\b")


def _negated(text: str, start: int) -> bool:
    """Is there a negator in the three words before ``start`` (same clause)?"""
    window = text[max(0, start - 30):start]
    # cut at clause boundaries
    window = _NEGATION_SCOPE_RE.split(window)[-1]
    words = window.split()[-3:]
    return bool(_NEGATOR_RE.search(" ".join(words)))


# negative judgements count as disagreement only when aimed at what is answered
_NEEDS_TARGET = {"wrong", "nonsense", "incorrect"}
_AIM_RE = re.compile(r"\b(?:you|your|you're|youre|u|ur|that's|thats|that is|this is|it's|its|"
                     r"that|this|totally|completely|absolutely|utterly|simply|just|pure|such)\W*$",
                     re.IGNORECASE)


_WORD_CHAR_RE = re.compile(r"\w")
_AT_MOST_ONE_WORD_RE = re.compile(r"\W*(?:\w+\W+){0,1}")


def _aimed_at_parent(text: str, start: int) -> bool:
    """Is a judgement at ``start`` the reply's opening, or said of "you"/"that"?

    Looks back from ``start`` without copying or splitting all the text
    before it (a long comment can hold many judgements).
    """
    if (not _WORD_CHAR_RE.search(text, 0, start)
            or _AT_MOST_ONE_WORD_RE.fullmatch(text, 0, start)):
        return True
    # the clause: from the last sentence or clause end before the judgement
    clause = text[max(text.rfind(ch, 0, start) for ch in ".!?;\n") + 1:start]
    if _AIM_RE.search(clause[-25:]):
        return True
    return bool(re.search(r"\b(?:you|your|you're|youre|u|ur)\b", clause, re.IGNORECASE)) and \
        not re.search(r"\b(?:they|them|their|he|she|his|her)\b", clause, re.IGNORECASE)


def _with_punctuation_before(text: str, positions: list[int], punctuation: str) -> list[int]:
    """``positions`` (ascending) plus, before each, a ``punctuation`` mark followed by spaces.

    The mark is the character before ``q`` once spaces are skipped, when it is
    one of ``punctuation``; the result stays ascending.
    """
    out = []
    for q in positions:
        j = q - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] in punctuation:
            out.append(j)
        out.append(q)
    return out


def _lexicon_matches(text: str, low: str):
    """(pattern index, match) of every lexicon pattern in ``text``, pattern by pattern.

    Each pattern's matches are those of ``finditer`` (left to right, not
    overlapping one another); patterns whose trigger words are absent are
    skipped. On ASCII text the patterns are matched case-sensitively on the
    lower-cased text ``low`` (same matches and offsets as case-insensitive on
    the text) and only at the words they can start with (:data:`_STARTS`).
    """
    if not text.isascii():
        for k, ((regex, _, _, _), triggers) in enumerate(zip(_EXPLICIT_RE, _TRIGGERS)):
            if any(t in low for t in triggers):
                for m in regex.finditer(text):
                    yield k, m
        return
    # where each pattern can start: one pass over the words of the text
    starts: dict[int, list[int]] = {}
    for w in _START_SCAN_RE.finditer(" " + low):
        p = w.start()  # where the word starts in ``low`` (one character was put before)
        for k in _PATTERNS_BY_START[w.group(1)]:
            starts.setdefault(k, []).append(p)
    for k, punctuation in _AFTER_PUNCTUATION.items():
        if k in starts:
            starts[k] = _with_punctuation_before(low, starts[k], punctuation)
    # in lexicon order, only the patterns that can match: those found at a start
    # word and those without start words
    for k in sorted([*starts, *_NO_START_WORDS]):
        # trigger words tested only for the patterns still in play
        for t in _TRIGGERS[k]:
            if t in low:
                break
        else:
            continue
        regex = _EXPLICIT_LOWER[k]
        if _STARTS[k] is None:
            for m in regex.finditer(low):
                yield k, m
            continue
        end = 0   # like finditer: the next match starts at or after the end of the last one
        for p in starts[k]:
            if p >= end:
                m = regex.match(low, p)
                if m:
                    yield k, m
                    end = m.end()


def _explicit_matches(text: str) -> list[ReplyCue]:
    """Every explicit marker in ``text``, overlapping matches resolved by order of the lexicon."""
    taken = bytearray(len(text))   # 1 = character inside a marker already found
    found: list[ReplyCue] = []
    for k, m in _lexicon_matches(text, text.lower()):
        regex, cue, score, fixed = _EXPLICIT_RE[k]
        g = next((grp for grp in ("ev", "ev2") if grp in regex.groupindex and m.group(grp)), 0)
        a, b = m.span(g)
        if taken.find(1, a, b) >= 0:   # overlaps an earlier marker (matches are never empty)
            continue
        s = score
        name = cue
        if cue in _NEEDS_TARGET and not _aimed_at_parent(text, a):
            # "they spread misinformation" judges a third party, not the comment answered
            taken[a:b] = b"\x01" * (b - a)
            continue
        if not fixed and _negated(text, a):
            s = -score * 0.8
            name = f"negated {cue}"
        # "exactly"/"absolutely"/"totally"/"correct" inside a longer sentence are weak
        if cue in ("exactly", "true", "yes") and a > 40:
            s *= 0.5
        taken[a:b] = b"\x01" * (b - a)
        found.append(ReplyCue(s, _relation(s), min(1.0, abs(s) + 0.1), text[a:b], name, a))
    return sorted(found, key=lambda c: c.start)


def _clause_after_last_contrast(text: str, cues: list[ReplyCue]) -> list[ReplyCue]:
    """Keep the cues of the last clause (after a contrast word) that has any cue."""
    if len(cues) < 2:
        return cues
    src, lowered = _lowered(text)
    bounds = [m.end() for m in _CONTRAST_RE.on(lowered).finditer(src)]
    if not bounds:
        return cues
    # clause index of each cue = number of contrast words before it (bounds are sorted)
    def clause(c: ReplyCue) -> int:
        return bisect_right(bounds, c.start)

    last = max(clause(c) for c in cues)
    return [c for c in cues if clause(c) == last]


def classify_reply(text: str, parent_text: str | None = None, *,
                   sentiment: float | None = None,
                   parent_sentiment: float | None = None,
                   exclude_spans: list[tuple[int, int]] | None = None) -> ReplyCue:
    """Classify one reply as agreeing, disagreeing or neutral toward its parent.

    Parameters
    ----------
    text : str
        The reply.
    parent_text : str, optional
        The comment answered (used for quoting checks only).
    sentiment, parent_sentiment : float, optional
        VADER compound of the reply and of the parent (conversational cues
        use them; computed by the caller).
    exclude_spans : list of (start, end), optional
        Character spans of the reply to ignore (e.g. "Al is correct" when Al
        is not the author of the parent).

    Returns
    -------
    ReplyCue
        Score, relation, confidence, evidence (exact substring of ``text``) and
        cue name.

    Examples
    --------
    >>> classify_reply("Interesting theory, but I totally disagree with the part of it").relation
    'disagree'
    >>> classify_reply("I don't agree at all").cue
    "I don't agree"
    >>> classify_reply("precisely, I moved there").relation
    'agree'
    """
    if not isinstance(text, str) or not text.strip():
        return _NEUTRAL
    folded = _fold(text)
    d = _classify(folded, parent_text, sentiment, parent_sentiment, exclude_spans)
    if d.start >= 0 and d.evidence:
        # same offsets in the folded text: give back the reply's own characters
        d = ReplyCue(d.score, d.relation, d.confidence, text[d.start:d.start + len(d.evidence)],
                     d.cue, d.start)
    return d


_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def _fold(text: str) -> str:
    """Typographic quotes to ASCII, one character for one (offsets unchanged)."""
    return text.translate(_FOLD)


_QUOTABLE = ("disagree", "agree", "nonsense", "wrong")


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _classify(text: str, parent_text: str | None, sentiment: float | None,
              parent_sentiment: float | None,
              exclude_spans: list[tuple[int, int]] | None) -> ReplyCue:
    """:func:`classify_reply` on the folded reply ``text`` (``parent_text`` as given)."""
    cues = _explicit_matches(text)
    if exclude_spans:
        cues = [c for c in cues if not any(a <= c.start < b for a, b in exclude_spans)]
    # a cue quoted from the parent is not the replier's own word (the parent is folded
    # only when a cue could be a quote: parents can be long and have many replies)
    if parent_text and any(len(c.evidence) > 8 and c.cue in _QUOTABLE for c in cues):
        low_parent = _fold(parent_text).lower()
        cues = [c for c in cues if not (len(c.evidence) > 8 and c.evidence.lower() in low_parent
                                        and c.cue in _QUOTABLE)]
    if cues:
        kept = _clause_after_last_contrast(text, cues)
        # strongest cue of the deciding clause; ties -> the later one
        best = max(kept, key=lambda c: (abs(c.score), c.start))
        total = sum(c.score for c in kept)
        score = float(min(1.0, max(-1.0, best.score if _sign(total) == _sign(best.score)
                                   else total)))
        if _relation(score) != "neutral":
            return ReplyCue(score, _relation(score), best.confidence, best.evidence, best.cue,
                            best.start)
    return _conversational(text, sentiment, parent_sentiment, parent_text)


_QUOTED = re.compile(r'"[^"\n]{1,300}"')
_GENERIC_YOU = _AnyCase(
    r"\b(?:(?:if|when|whenever|unless|until|makes?|made|making|lets?|letting|require[sd]?|"
    r"force[sd]?|tells?|told|kills?|protects?|helps?|gives?|can't fix)\s+(?:you|u)\b|"
    r"you (?:know|see|guys)\b|(?:thank|fuck|screw|bless) (?:you|u)\b)")


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def _addressee_you(text: str, lowered: bool = False) -> re.Match | None:
    """A "you" that addresses the interlocutor: not inside quotes, not generic ("if you...").

    ``lowered``: ``text`` is a lower-cased ASCII text (see :class:`_AnyCase`).
    """
    blanked = _QUOTED.sub(_blank, text)
    blanked = _GENERIC_YOU.on(lowered).sub(_blank, blanked)
    return _SECOND_PERSON.on(lowered).search(blanked)


@lru_cache(maxsize=256)
def _asks_question(text: str) -> bool:
    """Does ``text`` hold a question? Cached: a long comment can have hundreds of replies.

    (Typographic quotes do not matter here, so the text need not be folded.)
    """
    return _QUESTION.search(text) is not None


def _conversational(text: str, sentiment: float | None, parent_sentiment: float | None,
                    parent_text: str | None = None) -> ReplyCue:
    """Weaker cues typical of online debate, used when no explicit marker fired."""
    m = _OPEN_AGREE.search(text)
    if m and m.group(0).strip():
        return ReplyCue(0.5, "agree", 0.5, m.group(0), "agreeing opener", m.start())
    m = _OPEN_DISAGREE.search(text)
    if m and m.group(0).strip():
        return ReplyCue(-0.5, "disagree", 0.5, m.group(0), "disagreeing opener", m.start())
    # evidence is cut from ``text`` at the offsets of matches on ``src`` (see _AnyCase)
    src, lowered = _lowered(text)
    m = _SARCASM.on(lowered).search(src)
    if m:
        return ReplyCue(-0.4, "disagree", 0.4, text[m.start():m.end()], "sarcasm", m.start())
    m = _NEUTRAL_TALK.on(lowered).search(src)
    if m:
        return ReplyCue(0.0, "neutral", 0.4, text[m.start():m.end()], "politeness or uncertainty",
                        m.start())
    you = _addressee_you(src, lowered)
    insult = _INSULT.on(lowered).search(src)
    if you and insult:
        ev = insult if insult.start() < you.start() else you
        return ReplyCue(-0.5, "disagree", 0.45, text[ev.start():ev.end()], "attack on addressee",
                        ev.start())
    s = 0.0 if sentiment is None or not np.isfinite(sentiment) else float(sentiment)
    if you and s <= -0.3:
        return ReplyCue(-0.4, "disagree", 0.4, text[you.start():you.end()], "negative address",
                        you.start())
    q = _QUESTION.search(text)
    if q and (you or len(text) < 200):
        return ReplyCue(-0.3, "disagree", 0.35, q.group(0).strip(), "question",
                        text.find(q.group(0).strip()))
    if parent_text is not None and len(text) < 300 and _asks_question(parent_text):
        return ReplyCue(0.0, "neutral", 0.3, "", "answer to a question", -1)
    if you:
        return ReplyCue(-0.2, "disagree", 0.25, text[you.start():you.end()],
                        "second-person address", you.start())
    third = _THIRD_PERSON.on(lowered).search(src)
    if third:
        return ReplyCue(0.2, "agree", 0.25, text[third.start():third.end()],
                        "third-person elaboration", third.start())
    # (tried: same sign of VADER sentiment in reply and parent -> agree; on MaskMandate dev
    # it split 18/16/11 agree/disagree/neutral, i.e. no signal, so it is not used)
    return _NEUTRAL


# --------------------------------------------------------------------------- #
# addressees
# --------------------------------------------------------------------------- #
_COMMON_CAPITALISED = {
    "the", "a", "an", "i", "it", "this", "that", "he", "she", "we", "they", "you", "my", "our", "mr",
    "mrs", "ms", "dr", "god", "so", "and", "but", "or", "no", "yes", "not", "all", "just", "true",
    "anonymous", "guest", "user", "admin", "deleted", "[deleted]", "russia", "ukraine", "us", "usa",
    "west", "nato", "eu", "uk", "israel", "turkey", "syria", "china", "iran", "america",
}


_TOKEN_RE = re.compile(r"@?[^\W_][\w'.-]*", re.UNICODE)
_LETTERS_RE = re.compile(r"[^\W_]+")
_NON_WORD_RE = re.compile(r"\W+")
# ASCII bytes: letters and digits lower-cased, anything else a space; the words of
# text.encode().translate(_ASCII_RUNS).split() are _LETTERS_RE.findall(text.lower())
# for an ASCII text, found by two C passes without making a str per word
_ASCII_RUNS = bytes((c | 0x20 if chr(c).isalpha() else c) if c < 128 and chr(c).isalnum() else 32
                    for c in range(256))
_MAX_NAME_TOKENS = 5


def _norm_name(name: str) -> str:
    return " ".join(name.split()).lower().rstrip(".'-")


class _NameIndex:
    """Authors of a thread, looked up by full name, @handle or capitalised first name.

    Matching is by token n-grams of the text, so the cost grows with the text,
    not with the number of authors (threads can have thousands).
    """

    def __init__(self, exclude: frozenset = frozenset()) -> None:
        self.exclude = exclude             # lower-case words never taken as a first name
        self.full: dict[str, str] = {}     # "al balog" -> "Al Balog"
        self.handle: dict[str, str] = {}   # "albalog" -> "Al Balog"
        self.first: dict[str, list[str]] = {}  # "Al" -> ["Al Balog", ...]
        self.starts: set[str] = set()      # lower-case first words of full names
        self.start_runs: set[str] = set()  # their leading letters and digits ("o" for "o'neil")
        self.ascii_start_runs: set[bytes] = set()  # the ASCII ones, encoded

    def add(self, author: str) -> None:
        if not isinstance(author, str) or not author.strip() or _norm_name(author) in self.full:
            return
        self.full[_norm_name(author)] = author
        start = author.split()[0].lower().lstrip("@")
        self.starts.add(start)
        run = _LETTERS_RE.match(start)
        if run:
            self.start_runs.add(run.group())
            if run.group().isascii():
                self.ascii_start_runs.add(run.group().encode("ascii"))
        self.handle[_NON_WORD_RE.sub("", author).lower()] = author
        words = author.split()
        first = words[0]
        if (len(words) > 1 and first.isalpha() and len(first) >= 2
                and first.lower() not in _COMMON_CAPITALISED and first.lower() not in self.exclude):
            self.first.setdefault(first[0].upper() + first[1:], []).append(author)

    def find(self, text: str, allowed) -> list[tuple[str, int, int]]:
        """(author, start, end) of every author in ``allowed`` named in ``text``, first mention each."""
        if not isinstance(text, str) or not text:
            return []
        # quick exit (ASCII text, where lower-casing keeps every character in place): a token
        # this index can take (the first word of a full name, or a capitalised first name)
        # opens with a whole run of letters and digits of the text (tokens never follow a
        # letter or a digit), so without "@" and without a run in ``start_runs`` nobody is named
        # (a run that is not ASCII cannot be one of an ASCII text)
        if (text.isascii() and "@" not in text and self.ascii_start_runs.isdisjoint(
                text.encode("ascii").translate(_ASCII_RUNS).split())):
            return []
        # a name can only start at an @handle, a word that starts a full name, or a
        # capitalised first name: visit only those tokens (any other token just moves on)
        toks = _TOKEN_RE.findall(text)
        starts, first = self.starts, self.first
        # test each distinct token once (texts repeat their words)
        can_start = {tok for tok in set(toks)
                     if tok.lstrip("@").lower() in starts or tok[:1] == "@"
                     or (tok[:1].isupper() and tok.rstrip(".'-") in first)}
        if not can_start:
            return []
        cand = [j for j, tok in enumerate(toks) if tok in can_start]
        spans = [m.span() for m in _TOKEN_RE.finditer(text)]
        n = len(toks)
        hits: dict[str, tuple[int, int]] = {}
        i = 0
        for j in cand:
            if j < i:   # inside a name already found
                continue
            i = j
            found = None
            tok = toks[i]
            a, b = spans[i]
            # longest full name first (only when a name starts with this word)
            span = min(_MAX_NAME_TOKENS, n - i) if tok.lstrip("@").lower() in starts else 0
            for k in range(span, 0, -1):
                end = spans[i + k - 1][1]
                raw = text[a:end].lstrip("@")
                key = _norm_name(raw)
                author = self.full.get(key)
                if author is None or not allowed(author):
                    continue
                # names must be written as the author writes them ("The Truth" is not "the
                # truth"), apart from spacing; one-word names are never common words
                if " ".join(raw.rstrip(".'-").split()) != " ".join(author.split()) or (
                        k == 1 and key in _COMMON_CAPITALISED):
                    continue
                found = (author, a, end, k)
                break
            if found is None and tok.startswith("@"):
                author = self.handle.get(_NON_WORD_RE.sub("", tok).lower())
                if author and allowed(author):
                    found = (author, a, b, 1)
            if found is None and tok[:1].isupper():
                cands = [x for x in self.first.get(tok.rstrip(".'-"), []) if allowed(x)]
                if cands:
                    found = (cands[-1], a, a + len(tok.rstrip(".'-")), 1)
            if found is not None:
                author, fa, fb, k = found
                hits.setdefault(author, (fa, fb))
                i += k
            else:
                i += 1
        return sorted(((x, fa, fb) for x, (fa, fb) in hits.items()), key=lambda h: h[1])


def find_addressees(text: str, earlier_authors: list[str]) -> list[tuple[str, int, int]]:
    """Authors of earlier comments named in ``text``.

    An author is named by the full name written as the author writes it
    (spacing aside), an ``@handle`` (the name without spaces, any case) or,
    for names of several words, the first name written with a capital ("Al"
    for "Al Balog"; common words like "The" never count).

    Parameters
    ----------
    text : str
        The reply.
    earlier_authors : list of str
        Authors of the comments published before it in the thread.

    Returns
    -------
    list of (author, start, end)
        One entry per author named (first mention), in order of appearance;
        ``text[start:end]`` is the name as written.

    Examples
    --------
    >>> find_addressees("however Al is correct", ["Al Balog", "roland"])
    [('Al Balog', 8, 10)]
    """
    index = _NameIndex()
    for author in earlier_authors:
        index.add(author)
    return index.find(text, lambda _: True)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n;")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n;") if i >= 0]
    return left + 1, (min(rights) + 1 if rights else len(text))


# --------------------------------------------------------------------------- #
# the table
# --------------------------------------------------------------------------- #
def _vader_compounds(texts: list[str]) -> list[float]:
    """VADER compound of each whole text (only when no sentiment table is given).

    Uses the package's VADER (same scores as vaderSentiment's, without its
    per-word re-lower-casing, see :func:`stance.sentiment._analyzer`).
    """
    from .sentiment import _analyzer

    analyzer = _analyzer()
    return [analyzer.polarity_scores(t)["compound"] if isinstance(t, str) and t.strip() else np.nan
            for t in texts]


def _stance_cue(stances: pd.DataFrame | None, thread: str, child: str,
                parent: str) -> ReplyCue | None:
    if stances is None:
        return None
    a = stances.get((thread, child))
    b = stances.get((thread, parent))
    if not a or not b:
        return None
    common = sorted(set(a) & set(b))
    if not common:
        return None
    opposite = [k for k in common if {a[k][0], b[k][0]} == {"favor", "against"}]
    if opposite:
        actor = opposite[0]
        return ReplyCue(-0.6, "disagree", 0.5, a[actor][1], "stance difference", a[actor][2])
    same = [k for k in common if a[k][0] == b[k][0] and a[k][0] in ("favor", "against")]
    if same:
        actor = same[0]
        return ReplyCue(0.3, "agree", 0.3, a[actor][1], "same stance", a[actor][2])
    return None


@partitioned
def score_replies(comments: pd.DataFrame, *, stances: pd.DataFrame | None = None,
                  sentiment: pd.DataFrame | None = None,
                  actors=None) -> pd.DataFrame:
    """Relation of every reply to the comment it answers (and to comments it names).

    Parameters
    ----------
    comments : DataFrame
        Any frame with ``comment_id``, ``parent_id`` and ``text``; ``thread_id``,
        ``author``, ``position`` and ``kind`` are used when present (article
        rows and "more" placeholders are never replies; without ``position``
        the row order is the order of publication).
    stances : DataFrame, optional
        The stance table (:func:`stance.score_stance`). When given, opposite
        stance labels toward the same actor in reply and parent mark
        disagreement ("stance difference") if no explicit marker decided.
    sentiment : DataFrame, optional
        The comment sentiment table (:func:`stance.score_sentiment`), used for
        the weaker conversational cues; computed with VADER when absent.
    actors : list of Actor or str, optional
        Actors scored in the thread: words of their names and aliases are
        never taken for an author's first name (a commenter called "Putin
        Fan" is not addressed by every mention of Putin).
    n_jobs, chunksize, progress, meta
        Added by :func:`stance.engine.partitioned`: score chunks of whole
        threads in ``n_jobs`` worker processes (``stances`` and ``sentiment``
        are split with them), or pass a Dask DataFrame partitioned by thread
        (:func:`stance.engine.partition_by_thread`) to get a lazy Dask frame.
        The result is the same whatever the engine.

    Returns
    -------
    DataFrame
        One row per reply edge, columns:

        - ``thread_id`` (str), ``comment_id`` (str): the reply;
        - ``parent_id`` (str): the comment answered (for ``edge="addressed"``,
          the named author's latest comment before the reply);
        - ``edge`` (str): ``"parent"`` or ``"addressed"``;
        - ``relation`` (str): ``"agree"``, ``"disagree"`` or ``"neutral"``;
        - ``score`` (float in [-1, 1]): negative = disagreement;
        - ``confidence`` (float in [0, 1]);
        - ``evidence`` (str): exact substring of the reply text ("" if none);
        - ``cue`` (str): the rule that decided (e.g. ``"I disagree"``,
          ``"exactly"``, ``"X is correct"``, ``"stance difference"``,
          ``"agreeing opener"``, ``"none"``).

    Examples
    --------
    >>> frame = pd.DataFrame({"comment_id": ["a", "b"], "parent_id": [pd.NA, "a"],
    ...                       "text": ["Masks work.", "I disagree, they don't."]})
    >>> score_replies(frame)[["comment_id", "parent_id", "relation", "cue"]]
      comment_id parent_id  relation         cue
    0          b         a  disagree  I disagree
    """
    require_columns(comments, ["comment_id", "parent_id", "text"], what="comments",
                    function="score_replies")
    frame = comments
    if "kind" in frame.columns:
        frame = frame[frame["kind"].fillna("comment").astype(str) != "more"]
    n = len(frame)
    thread = (frame["thread_id"].astype("string").fillna("") if "thread_id" in frame.columns
              else pd.Series([""] * n, index=frame.index, dtype="string"))
    cid = frame["comment_id"].astype("string")
    pid = frame["parent_id"].astype("string")
    texts = frame["text"].where(frame["text"].notna(), "").astype(str)
    kinds = (frame["kind"].fillna("comment").astype(str) if "kind" in frame.columns
             else pd.Series(["comment"] * n, index=frame.index))
    authors = (frame["author"].astype("string") if "author" in frame.columns
               else pd.Series([pd.NA] * n, index=frame.index, dtype="string"))
    order = (pd.to_numeric(frame["position"], errors="coerce").to_numpy(dtype=float)
             if "position" in frame.columns else np.arange(n, dtype=float))
    order = np.where(np.isnan(order), np.arange(n, dtype=float), order)
    # plain lists: iterating a pandas string column goes through pyarrow element by element
    thread_list, cid_list = thread.tolist(), cid.tolist()

    # sentiment per comment
    comp: dict[tuple[str, str], float] = {}
    if sentiment is not None and {"comment_id", "compound"} <= set(sentiment.columns):
        st = (sentiment["thread_id"].astype("string").fillna("") if "thread_id" in sentiment.columns
              else pd.Series([""] * len(sentiment), dtype="string"))
        for t, c, v, known in zip(st.tolist(), sentiment["comment_id"].astype("string").tolist(),
                                  sentiment["compound"].tolist(),
                                  sentiment["compound"].notna().tolist()):
            comp[(t, c)] = float(v) if known else np.nan
        if "thread_id" not in sentiment.columns:
            comp = {(t, c): comp.get(("", c), np.nan) for t, c in zip(thread_list, cid_list)}
    else:
        values = _vader_compounds(texts.tolist())
        comp = {(t, c): v for t, c, v in zip(thread_list, cid_list, values)}

    # stances per comment: {(thread, comment): {actor: (label, evidence, start)}}
    stance_map = None
    if stances is not None and len(stances):
        require_columns(stances, ["comment_id", "actor", "label"], what="stances",
                        function="score_replies")
        ok = stances[stances["label"].isin(["favor", "against", "neutral"])]
        stance_map = {}
        s_thread = (ok["thread_id"].astype("string").fillna("") if "thread_id" in ok.columns
                    else pd.Series([""] * len(ok), index=ok.index, dtype="string"))
        ev = ok["evidence"] if "evidence" in ok.columns else pd.Series([""] * len(ok), index=ok.index)
        es = (ok["evidence_start"] if "evidence_start" in ok.columns
              else pd.Series([-1] * len(ok), index=ok.index))
        s_comment = ok["comment_id"].astype("string")
        for t, c, a, lab, e, s, known in zip(s_thread.tolist(), s_comment.tolist(),
                                             ok["actor"].tolist(), ok["label"].tolist(),
                                             ev.tolist(), es.tolist(), es.notna().tolist()):
            d = stance_map.setdefault((t, c), {})
            # keep the most decided label per actor (favor/against over neutral)
            if a not in d or d[a][0] == "neutral":
                d[a] = (lab, e if isinstance(e, str) else "", int(s) if known else -1)
        if "thread_id" not in ok.columns:
            stance_map = {(t, c): stance_map.get(("", c)) for t, c in zip(thread_list, cid_list)
                          if ("", c) in stance_map}

    actor_words = _actor_words(actors)
    rows: list[dict] = []
    cid = cid_list
    # (missing values found by the column, not by pd.isna on each element)
    pid = [None if na else v for v, na in zip(pid.tolist(), pid.isna().tolist())]
    texts = texts.tolist()
    kinds = kinds.tolist()
    authors = [None if na else v for v, na in zip(authors.tolist(), authors.isna().tolist())]
    # rows grouped by thread (threads in order of first appearance), each thread in
    # publication order (ties in row order): one sort, not one scan of all rows per thread
    codes, thread_names = pd.factorize(thread.to_numpy())
    by_thread = np.lexsort((order, codes))
    sizes = np.bincount(codes, minlength=len(thread_names))
    for th, stop, size in zip(thread_names, np.cumsum(sizes), sizes):
        sel = by_thread[stop - size:stop]
        text_of = {cid[i]: texts[i] for i in sel}
        articles = {cid[i] for i in sel if kinds[i] == "article"}
        author_of = {cid[i]: authors[i] for i in sel}
        seen_authors: dict[str, str] = {}   # author -> latest comment id so far
        index = _NameIndex(actor_words)
        for i in sel:
            c = cid[i]
            if kinds[i] == "article":
                continue
            p = pid[i]
            if p in articles:   # answering the article is not a reply to a comment
                p = None
            text = texts[i]
            me = authors[i]
            # addressees among earlier authors (not the replier, not the parent's author)
            named = []
            if seen_authors:
                named = index.find(text, lambda a: a in seen_authors
                                   and not (isinstance(me, str) and a == me))
            parent_author = author_of.get(p) if p is not None else None
            exclude = []
            for a, na, nb in named:
                if a != parent_author:
                    exclude.append(_sentence_around(text, na, nb))
            if p is not None:
                decision = classify_reply(text, text_of.get(p), sentiment=comp.get((th, c)),
                                          parent_sentiment=comp.get((th, p)),
                                          exclude_spans=exclude)
                if decision.cue == "none" or decision.confidence < 0.5:
                    sc = _stance_cue(stance_map, th, c, p) if stance_map else None
                    if sc is not None:
                        decision = sc
                rows.append(_row(th, c, p, "parent", decision))
            for a, na, nb in named:
                target = seen_authors[a]
                if p is not None and target == p:
                    continue
                if a == parent_author:
                    continue
                rows.append(_row(th, c, target, "addressed", _addressed(text, na, nb)))
            if isinstance(me, str) and me:
                seen_authors[me] = c
                index.add(me)
    out = pd.DataFrame(rows, columns=REPLY_COLUMNS)
    out = out.astype({"thread_id": "string", "comment_id": "string", "parent_id": "string",
                      "edge": "string", "relation": "string", "score": float, "confidence": float,
                      "evidence": "string", "cue": "string"})
    return out.reset_index(drop=True)


def _actor_words(actors) -> frozenset:
    """Lower-case words of actor names and aliases (Actor objects or plain strings)."""
    if actors is None:
        return frozenset()
    words = set()
    for actor in actors:
        names = [actor] if isinstance(actor, str) else \
            [getattr(actor, "name", "")] + list(getattr(actor, "aliases", ()) or ())
        for name in names:
            if isinstance(name, str):
                words.update(w.lower() for w in name.split())
    return frozenset(words)


def _addressed(text: str, start: int, end: int) -> ReplyCue:
    """Relation toward a named author: "X is correct" first, else the named sentence's cues."""
    a, b = _sentence_around(text, start, end)
    for v in _NAME_VERDICT.finditer(_fold(text), max(0, start - 1), b):
        if v.start("name") <= start < v.end("name") + 1:
            positive = v.group("verdict").lower() in ("correct", "right", "spot on")
            negated = _negated(text, v.start("verdict"))
            s = 0.8 if positive != negated else -0.8
            return ReplyCue(s, _relation(s), 0.8, text[v.start():v.end()], "X is correct" if s > 0 else
                            "X is wrong", v.start())
    sub = text[a:b]
    d = classify_reply(sub)
    if d.cue == "none":
        return ReplyCue(0.0, "neutral", 0.3, text[start:end], "named", start)
    return ReplyCue(d.score, d.relation, d.confidence, d.evidence, d.cue,
                    a + d.start if d.start >= 0 else -1)


def _row(thread: str, comment: str, parent: str, edge: str, d: ReplyCue) -> dict:
    return {"thread_id": thread, "comment_id": comment, "parent_id": parent, "edge": edge,
            "relation": d.relation, "score": float(d.score), "confidence": float(d.confidence),
            "evidence": d.evidence, "cue": d.cue}


# --------------------------------------------------------------------------- #
# implicit stance through agreement (optional)
# --------------------------------------------------------------------------- #
def inherit_stance(stances: pd.DataFrame, replies: pd.DataFrame, *,
                   comments: pd.DataFrame | None = None, discount: float = 0.5,
                   min_score: float = 0.15) -> pd.DataFrame:
    """Give agreeing replies the stance of the comment they agree with (optional, marked).

    A reply whose parent edge is labelled ``agree`` (score >= ``min_score``)
    and that has no stance row of its own toward an actor the parent took a
    stance on (favor / against / neutral) inherits the parent's stance toward
    that actor: same ``stance`` and ``label``, ``confidence`` multiplied by
    ``discount`` and by the edge's confidence, ``cue`` "inherited via
    agreement", ``inherited`` True. Chains propagate ("yes" to a "precisely"
    to a claim), losing ``discount`` at every step. Off by default in the
    pipeline: it is a guess about what "exactly" refers to.

    Parameters
    ----------
    stances : DataFrame
        The stance table (``comment_id``, ``actor``, ``stance``, ``label``,
        ``confidence``; ``thread_id`` used when present).
    replies : DataFrame
        The reply table (:func:`score_replies`); only ``edge="parent"`` rows
        are followed.
    comments : DataFrame, optional
        The comment table: when given, self-replies (same author) inherit
        nothing and the evidence offsets are located in the reply's text.
    discount : float
        Confidence factor per inheritance step, in (0, 1].
    min_score : float
        Smallest agreement score followed.

    Returns
    -------
    DataFrame
        The stance table (input rows unchanged, with ``inherited`` False when
        the column was missing) plus the inherited rows; their ``evidence`` is
        the agreement cue of the reply (an exact substring of its text),
        ``evidence_start``/``evidence_end`` its offsets (-1 when unknown).

    Examples
    --------
    >>> st = pd.DataFrame({"comment_id": ["a"], "actor": ["Putin"], "stance": [-0.8],
    ...                    "label": ["against"], "confidence": [0.8]})
    >>> rp = pd.DataFrame({"comment_id": ["b"], "parent_id": ["a"], "edge": ["parent"],
    ...                    "relation": ["agree"], "score": [0.8], "confidence": [0.9],
    ...                    "evidence": ["Exactly"], "cue": ["exactly"]})
    >>> inherit_stance(st, rp)[["comment_id", "actor", "label", "confidence", "inherited"]]
      comment_id  actor    label  confidence  inherited
    0          a  Putin  against        0.80      False
    1          b  Putin  against        0.36       True
    """
    require_columns(stances, ["comment_id", "actor", "stance", "label"], what="stances",
                    function="inherit_stance")
    require_columns(replies, ["comment_id", "parent_id", "relation"], what="replies",
                    function="inherit_stance")
    if not 0 < discount <= 1:
        from .errors import StanceError

        raise StanceError(f"inherit_stance: discount must be in (0, 1], got {discount}.")
    out = stances.copy()
    if "inherited" not in out.columns:
        out["inherited"] = False
    if "confidence" not in out.columns:
        out["confidence"] = 1.0
    has_thread = "thread_id" in out.columns

    def tid(frame, i):
        return str(frame["thread_id"].iat[i]) if "thread_id" in frame.columns \
            and pd.notna(frame["thread_id"].iat[i]) else ""

    # who said what: {(thread, comment): {actor: row dict}}
    rows_by = {}
    valid = out[out["label"].isin(["favor", "against", "neutral"]) & out["actor"].notna()]
    for i in range(len(valid)):
        key = (tid(valid, i), str(valid["comment_id"].iat[i]))
        rows_by.setdefault(key, {})[valid["actor"].iat[i]] = valid.iloc[i].to_dict()
    # any row at all (also "mention only"/other labels) means the reply named the actor
    named = {}
    for i in range(len(out)):
        named.setdefault((tid(out, i), str(out["comment_id"].iat[i])), set()).add(out["actor"].iat[i])

    author = {}
    text = {}
    if comments is not None and "comment_id" in comments.columns:
        for i in range(len(comments)):
            key = (tid(comments, i), str(comments["comment_id"].iat[i]))
            if "author" in comments.columns:
                author[key] = comments["author"].iat[i]
            if "text" in comments.columns:
                text[key] = comments["text"].iat[i]

    edges = replies
    if "edge" in edges.columns:
        edges = edges[edges["edge"] == "parent"]
    edges = edges[edges["relation"] == "agree"]
    if "score" in edges.columns:
        edges = edges[edges["score"] >= min_score]
    pending = []
    for i in range(len(edges)):
        th = tid(edges, i)
        child = (th, str(edges["comment_id"].iat[i]))
        parent = (th, str(edges["parent_id"].iat[i]))
        a, b = author.get(child), author.get(parent)
        if isinstance(a, str) and a and a == b:
            continue
        conf = float(edges["confidence"].iat[i]) if "confidence" in edges.columns else 1.0
        ev = edges["evidence"].iat[i] if "evidence" in edges.columns else ""
        pending.append((child, parent, conf, ev if isinstance(ev, str) else ""))

    new_rows = []
    changed = True
    while changed:  # propagate along chains of agreement
        changed = False
        for child, parent, conf, ev in pending:
            for actor, prow in list(rows_by.get(parent, {}).items()):
                if actor in named.get(child, set()):
                    continue
                row = dict(prow)
                row["comment_id"] = child[1]
                if has_thread:
                    row["thread_id"] = child[0]
                row["confidence"] = float(prow.get("confidence", 1.0)) * discount * conf
                row["cue"] = "inherited via agreement"
                row["inherited"] = True
                row["evidence"] = ev
                start = text.get(child, "").find(ev) if ev and isinstance(text.get(child), str) else -1
                row["evidence_start"] = start
                row["evidence_end"] = start + len(ev) if start >= 0 else -1
                new_rows.append(row)
                rows_by.setdefault(child, {})[actor] = row
                named.setdefault(child, set()).add(actor)
                changed = True
    if not new_rows:
        return out.reset_index(drop=True)
    added = pd.DataFrame(new_rows)
    added = added[[c for c in out.columns if c in added.columns]]
    result = pd.concat([out, added], ignore_index=True)
    return result.astype({"inherited": bool})
