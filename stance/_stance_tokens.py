"""Tokens, tiers, word sets, valence and negation helpers shared by the stance rules.

The rules that use them are documented in :mod:`stance._stance_rules` and
:mod:`stance._stance_reports`; this module holds no rule of its own and imports no other
``_stance_*`` module (dependencies go one way: tokens <- mentions <- frames <- reports <-
deeds <- carry <- rules <- :mod:`stance.targeted`).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from operator import methodcaller

from . import _lexicon as lx


# ------------------------------------------------------------------ tokens
_TOKEN_RE = re.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}"      # flag emoji (two regional indicators)
    r"|[#@]\w+"                         # hashtag or handle
    r"|/s\b"                            # sarcasm marker
    r"|\d{1,3}(?:,\d{3})+(?![\w'’\-])"   # number with thousands separators ("8,000")
    r"|\w+(?:['’\-]\w+)*"               # word with inner apostrophes or hyphens
    r"|[^\w\s]"                         # any other single symbol
)
# _TOKEN_RE for lower-cased ASCII text with "'" for "’", as split() needs it (the group keeps
# the tokens): explicit classes instead of \w and \s, which re tests more slowly; the white
# space class is the ASCII part of \s, so the tokens are exactly _TOKEN_RE's. Every token starts
# with a character that is no white space: the pattern opens with that class, so re skips the
# white space without trying a match there, and the character read decides what follows it
# (the same tokens as the alternatives "number | word | [#@]word | /s | other symbol"; with
# nothing after the group to match, possessive quantifiers, where re has them (Python 3.11),
# take what the greedy ones take, without keeping places to backtrack to; the number's digit
# groups must backtrack as _TOKEN_RE's do, so they have none; the word opening with a letter is
# tried first, as most tokens are such words, and one opening with a digit after the number)
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if re.match(r"\s", c))
_P = "+" if sys.version_info >= (3, 11) else ""
_TOKEN_SPLIT_RE = re.compile(
    rf"([^{re.escape(_ASCII_SPACE)}](?:"
    rf"(?<=[a-z_])[a-z0-9_]*{_P}(?:['\-][a-z0-9_]+{_P})*{_P}"      # word with inner apostrophes or hyphens
    r"|(?<=[0-9])[0-9]{0,2}(?:,[0-9]{3})+(?![a-z0-9_'\-])"         # number with thousands separators
    rf"|(?<=[0-9])[a-z0-9_]*{_P}(?:['\-][a-z0-9_]+{_P})*{_P}"     # word opening with a digit ("2nd")
    rf"|(?<=[#@])[a-z0-9_]+{_P}"                                  # hashtag or handle
    r"|(?<=/)s\b"                                                 # sarcasm marker
    r"|))"                                                        # any other single symbol
)
del _P
_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

_TIER = {  # 0 = explicit rule, 1 = weak evidence, 2 = reported speech, 3 = mention only
    "local sentiment": 1, "victim of attack": 1, "aid to actor": 1, "sentence sentiment": 2,
    "condemned conflict": 2,
    "reported speech": 3, "quoted": 3, "asked": 3, "mention only": 4, "opposed side": 5,
    "same side": 5, "shared sentiment": 1, "shared tone": 2, "contrasted sentiment": 1,
    "contrasted tone": 2,
}

_WISH = {("god", "bless"), ("god", "protect"), ("god", "save"), ("god", "help"),
         ("long", "live"), ("glory", "to"), ("slava",), ("death", "to"), ("down", "with"),
         ("victory", "to"), ("to", "hell", "with"), ("pray", "for"), ("praying", "for"),
         ("prayers", "for")}
_MODIFIERS = {p for p in lx.AGAINST_PREFIX if len(p) <= 2 and p[-1] in {
    "criminal", "state", "terrorist", "fascist", "nazi", "evil", "genocidal", "murderous",
    "corrupt", "rogue", "so-called"}}
_PREFIX_BY_LAST: dict[str, list[tuple[tuple[str, ...], float]]] = {}
for _p in lx.FAVOR_PREFIX:
    _PREFIX_BY_LAST.setdefault(_p[-1], []).append((_p, 1.0))
for _p in lx.AGAINST_PREFIX:
    _PREFIX_BY_LAST.setdefault(_p[-1], []).append((_p, -1.0))
for _v in _PREFIX_BY_LAST.values():
    _v.sort(key=lambda item: -len(item[0]))  # longest phrase first
_WISH_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in _WISH:
    _WISH_BY_FIRST.setdefault(_p[0], []).append(_p)
_ADVOCACY_SUBJECTS = frozenset({"i", "we", "let's", "lets", "must", "should", "to", "please",
                                "will", "would", "gotta", "need", "always", "and", "or",
                                "you", "they", "everyone", "everybody", "just", "why",
                                "also", "should've", "i'll", "we'll", "i'd", "we'd"})
_ADVOCACY_MODALS = frozenset({"must", "should", "need", "needs", "gotta", "ought",
                               "should've", "better"})
# obligations of a third party that the commenter states ("the US must / needs to / has to / ought
# to / shouldn't help X"), and the third parties so obliged besides the actors (rule 7)
_OBLIGED = _ADVOCACY_MODALS | {"shouldn't", "shouldnt", "mustn't", "mustnt"}
_THIRD_AGENTS = frozenset("""world countries nations europe germany france poland biden congress
government governments administration allies he she""".split())
_WHY_NOT = frozenset("""didn't didnt don't dont doesn't doesnt hasn't hasnt haven't havent won't wont
wouldn't wouldnt""".split())  # "why didn't the West help X?": a reproach (rule 7)
_OTHER_SUBJECTS = frozenset({"you", "they", "everyone", "everybody", "u", "ya", "he", "she",
                             "people"})
_THIRD_PARTY_OPENERS = frozenset({"you", "they", "he", "she", "it", "u", "people", "who"})


_GET = frozenset({"get", "gets", "got", "getting", "take", "takes", "took", "taking"})


_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "this", "that", "these", "those",
                          "brave", "great", "dear", "mr", "mr.", "president", "people", "of"})
_PREPOSITIONS = frozenset({"with", "against", "of", "to", "for", "from", "about", "between",
                           "on", "in", "at", "by", "than", "like", "toward", "towards", "into"})
_TAG_GLUE = _PREPOSITIONS | _DETERMINERS | {"and", "or", "&", "vs", "not"}  # words joining a hashtag to the sentence
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "been", "being", "be", "get", "got",
                          "gets", "getting"})
_YOU = frozenset({"you", "ya", "u", "you're", "youre"})
_HAS = frozenset({"has", "have", "had"})
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ing")
# degree adverbs before a comparative ("far more", "way better", "a lot stronger")
_DEGREE = frozenset({"far", "way", "lot", "slightly", "considerably", "substantially", "significantly",
                     "vastly", "infinitely", "twice", "even", "much"})
_DEGREE_HEADS = frozenset({"more", "less", "better", "worse", "fewer"})
_PREDICATE_SKIP = lx.AUXILIARIES | lx.FILLERS | {"both"}  # "X and Y both are ...": a floating quantifier


@lru_cache(maxsize=2)
def _local_valence(writer: bool = False) -> dict[str, float]:
    """The valence table for local and sentence sentiment: harm words weigh less.

    ``writer``: for the writer's own stance (``reported="neutral"``), adverbs that
    qualify the writer's assertion and words of likelihood (``lx.PROSPECT_WORDS``)
    carry no valence (news conveys a risk: NewsMTSC rw_dev loses 0.3 without it).
    """
    table = dict(_valence())
    for w in lx.HARM_WORDS:
        if w in table:
            table[w] *= _HARM_WEIGHT
    for w in lx.TOPIC_WORDS:
        table.pop(w, None)
    for w in (_STANCE_ADVERBS | lx.PROSPECT_WORDS if writer else ()):
        table.pop(w, None)
    return table


# adverbs that qualify the commenter's own assertion ("I honestly think X ...", "X is clearly
# ..."): how sure the writer is, not how good anything is
_STANCE_ADVERBS = frozenset("""honestly truly clearly definitely surely certainly seriously
obviously literally frankly genuinely sincerely""".split())


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    """VADER's lexicon merged with the stance lexicon (loaded once, lazily)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    table = dict(SentimentIntensityAnalyzer().lexicon)
    table.update(lx.VALENCE)
    return table


def _is_negator(tok: str) -> bool:
    return tok in lx.NEGATORS or tok.endswith("n't")


_ENDS_NT = methodcaller("endswith", "n't")
_NEGATORS_OR_SCOPE = lx.NEGATORS | lx.SCOPE_NEGATORS


def _negated(window: list[str]) -> bool:
    """Whether any token of ``window`` is a negator or a scope negator ("fails", "lacks")."""
    return not _NEGATORS_OR_SCOPE.isdisjoint(window) or any(map(_ENDS_NT, window))


def _denied(toks: list[str], i: int, lo: int) -> bool:
    """Whether a negator stands among the 4 tokens before token ``i`` (not before ``lo``).

    Used for an aggression word whose object is the actor: "nobody wants to
    invade X", "never threatened to invade X" deny the attack.
    """
    return any(map(_is_negator, toks[max(lo, i - 4):i]))


_HYPOTHETICAL = frozenset({"would", "will", "could", "might", "may", "can", "wouldn't", "won't",
                           "couldn't", "can't", "cannot", "wont", "wouldnt", "cant", "couldnt"})
_CONDITIONALS = frozenset({"if", "unless", "whether"})
_HARM_WEIGHT = 0.4  # weight of harm words (lx.HARM_WORDS) in local and sentence sentiment
_THIRD_SUBJECTS = frozenset({"they", "he", "she", "people", "who", "that", "which", "everyone",
                             "nobody", "someone", "anyone", "republicans", "democrats"})
# quantifiers before a standard of comparison ("better than all / any other X", "than most X")
_THAN_QUANTIFIERS = _DETERMINERS | {"all", "any", "most", "every", "other", "many", "both", "some"}
# coordinators of a pair of actors ("X and Y", "X/Y", "X vs Y"): a word said of the pair
_PAIR_LINKS = frozenset({"and", "or", "&", "/", "vs", "vs.", "versus", "nor"})
_SPECIAL_KINDS = frozenset({"cue", "hashtag", "emoji"})  # mention kinds with a rule of their own


_FLAG_RE = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
