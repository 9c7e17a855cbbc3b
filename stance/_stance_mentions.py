"""Mention handling for the stance rules: the ``_Mention`` and ``_Finding`` records, the words
void around a mention, third-party subjects, pairs and comparisons of actors.

The readings these helpers serve are documented under their rules in
:mod:`stance._stance_rules`.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat

from . import _lexicon as lx
from ._stance_tokens import (
    _ADVOCACY_MODALS, _CONDITIONALS, _PAIR_LINKS, _PREPOSITIONS, _THAN_QUANTIFIERS, _THIRD_SUBJECTS,
    _is_negator, _valence,
)
from . import _stance_tokens

# Called as ``NAME.method(...)``, so bound by assignment, not ``from ... import``: CPython 3.11
# compiles a method call on an imported name as an attribute load that builds a bound method
# per call (tests/test_source.py::test_no_method_call_on_an_imported_name).
_TIER = _stance_tokens._TIER


# ------------------------------------------------------------------ mentions
class _Mention:
    __slots__ = ("actor", "start", "end", "kind", "a", "b", "value")

    def __init__(self, actor: str, start: int, end: int, kind: str):
        self.actor, self.start, self.end, self.kind = actor, start, end, kind
        self.a = self.b = -1  # first and last token index within its sentence
        self.value = math.nan  # stance value of a cue word


_EXPLETIVES = frozenset({"hell", "fuck", "heck", "shit", "crap", "damn", "ass", "fck", "frick"})
# phrases of certainty or emphasis whose negative word evaluates nobody ("no doubt", "damn right",
# "crazy good"): the denied doubt, the expletive before an assent, the degree word before praise
_DOUBT_DENIERS = frozenset({"no", "without", "beyond"})
_EMPHATIC_AFTER = frozenset({"right", "yes", "yeah", "yea", "yep", "straight", "sure"})
_EMPHATIC_DEGREE = frozenset("""crazy insanely ridiculously stupidly stupid wicked freaking bloody
terribly awfully damn""".split())
_EMPHATIC_GATE = _EMPHATIC_DEGREE | {"doubt", "doubts"}
# readiness before a harm ("prepared to sacrifice X", "ready to invade Y", "eager to destroy
# ..."): the readiness is the will to do the harm, no praise of anybody
_READY_WORDS = frozenset("""ready prepared eager determined keen willing""".split())
_READY_HARMS = lx.AGGRESSION_VERBS | frozenset("""sacrifice abandon betray""".split())
_READY_SKIP = frozenset({"fully", "just", "even", "also", "really", "more", "than", "all", "very"})
_POSSESSIVES = frozenset({"its", "it's", "their", "his", "her", "our", "your", "my", "'s"})



def _ready_to_harm(toks, r) -> bool:
    """Whether the readiness word at r is followed by "to" and a harm ("prepared to sacrifice
    X", "ready to (just) invade Y"): the will to do the harm, no praise of its subject."""
    if toks[r + 1:r + 2] != ["to"]:
        return False
    q = r + 2
    while q < len(toks) and toks[q] in _READY_SKIP:
        q += 1
    return q < len(toks) and toks[q] in _READY_HARMS

@lru_cache(maxsize=1)
def _term_index() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each valenced word of a fixed term (``lx.VOID_TERMS``) -> the terms holding it, with its
    place in them: the set of keys is the cheap gate of :func:`_term_words`."""
    val = _valence()
    index: dict[str, list] = {}
    for term in lx.VOID_TERMS:
        head = lx.VOID_TERM_HEADS.get(term)  # a head naming a harm keeps its valence
        for k, w in enumerate(term):
            if val.get(w, 0.0) and w != head:
                index.setdefault(w, []).append((term, k))
    return {w: tuple(v) for w, v in index.items()}


# words after an open term (lx.OPEN_VOID_TERMS) that keep it the term: "for free from / and / now"
_AFTER_OPEN_TERM = _PREPOSITIONS | frozenset("""and or but nor now again anymore too either while when
if as so because till until since yet instead forever lol""".split())


def _in_term(toks, r) -> bool:
    """Whether token r is the valenced word of a fixed term ("natural" in "natural gas"; not
    "free" in "for free speech", an open term before a word it can modify)."""
    for term, k in _term_index().get(toks[r], ()):
        s = r - k
        e = s + len(term)
        if s >= 0 and tuple(toks[s:e]) == term and not (
                term in lx.OPEN_VOID_TERMS and e < len(toks) and toks[e][:1].isalpha()
                and toks[e] not in _AFTER_OPEN_TERM):
            return True
    return False


def _term_words(toks) -> list[int]:
    """Indices of the valenced words of fixed terms ("natural gas", "interest rates", "the
    United Nations", "Patriot missiles"): a name or a technical term evaluates nobody."""
    index = _term_index()
    if index.keys().isdisjoint(toks):
        return []
    return [r for r, t in enumerate(toks) if t in index and _in_term(toks, r)]


def _void_words(toks) -> list[int]:
    """Indices of expletives used as intensifiers: they evaluate nobody.

    "get the hell out of X", "what the fuck", "beat the shit out of", "one hell of
    a", "scary as hell", "(don't) give a damn about X", "X got its ass kicked": the
    expletive adds force to what is said; it is not said of the actor named near it.
    So do the negative words of fixed phrases of certainty or emphasis ("without a
    doubt", "no doubt", "beyond doubt", "damn right", "hell yes", "crazy good",
    "ridiculously brave"): how sure or how strong, not how bad. And readiness before a
    harm ("prepared to sacrifice X", "ready to invade Y"): the will to do it, no praise.
    """
    ready = not _READY_WORDS.isdisjoint(toks)
    if _EXPLETIVES.isdisjoint(toks) and _EMPHATIC_GATE.isdisjoint(toks) and not ready:
        return []
    out = []
    if ready:
        out.extend(r for r, t in enumerate(toks) if t in _READY_WORDS and _ready_to_harm(toks, r))
    for r in range(len(toks)):
        t = toks[r]
        p = toks[r - 1] if r else ""
        if t in _EMPHATIC_DEGREE and r + 1 < len(toks) and _valence().get(toks[r + 1], 0.0) > 0 or (
                t == "doubt" or t == "doubts") and (p in _DOUBT_DENIERS or p == "a" and r >= 2
                                                     and toks[r - 2] in _DOUBT_DENIERS):
            out.append(r)  # "crazy good", "without a doubt"
            continue
        if t not in _EXPLETIVES:
            continue
        if (p == "the"                                                    # the hell out of
                or toks[r + 1:r + 2] and toks[r + 1] in _EMPHATIC_AFTER    # damn right, hell yes
                or p in {"a", "one"} and toks[r + 1:r + 3] == ["of", "a"]  # one hell of a
                or p in {"a", "one"} and r >= 2 and toks[r - 2] in {"give", "gives", "giving",
                                                                    "gave", "care"}  # give a damn
                or p == "as" and (r + 1 == len(toks) or not toks[r + 1][:1].isalnum())  # as hell
                or t == "ass" and p in _POSSESSIVES):                    # got its ass kicked
            out.append(r)
    return out


def _token_valences(toks, owner, table) -> list[float]:
    """Valence of every token of a sentence (0 for tokens of actor mentions, for
    expletives used as intensifiers and for the valenced words of fixed terms).

    Built once per sentence that reaches the local-sentiment rule: a list is
    read at C speed, where a lazily filled mapping cost a Python call per read.
    """
    vals = list(map(table.get, toks, repeat(0.0, len(toks))))
    for i in owner:
        vals[i] = 0.0
    for i in _void_words(toks):
        vals[i] = 0.0
    for i in _term_words(toks):
        vals[i] = 0.0
    return vals


def _third_party_subject(toks, r, lo, owner) -> bool:
    """Whether the verb at r has another actor or a third party ("they", "who") as subject."""
    p = r - 1
    while p > lo and (toks[p] in lx.AUXILIARIES or _is_negator(toks[p])):
        p -= 1
    return p in owner or toks[p] in _THIRD_SUBJECTS


_DO = frozenset({"does", "did"})
_DO_NOT = frozenset({"doesn't", "didn't", "doesnt", "didnt"})
# subjects of a slogan phrase said by someone other than the commenter ("they side with X",
# "you're siding with X", "people who stand with X", "its support for X")
_SLOGAN_OTHERS = frozenset("""they he she who it that which people you u ya you're youre
they're theyre he's she's it's who's its their his her""".split())


def _slogan_speaker(toks, s0, lo, owner) -> int:
    """Index of a third-party subject (or possessor) of the slogan phrase starting at s0, else -1.

    Auxiliaries and negators between them are skipped ("they are not siding with
    X"); a modal makes it the commenter's call ("you should stand with X").
    """
    p = s0 - 1
    while p > lo and (toks[p] in lx.AUXILIARIES or _is_negator(toks[p])):
        if toks[p] in _ADVOCACY_MODALS:
            return -1
        p -= 1
    t = toks[p]
    if t in _SLOGAN_OTHERS or p in owner or t[-2:] == "'s" and t[:-2] in _SLOGAN_OTHERS:
        return p
    return -1


# side-taking declarations ("I'm on X's side", "I am (a) pro-X (guy)", "we're rooting for X"):
# the words allowed between the declaring subject and the declaration, and the subjects
_DECLARE_SKIP = frozenset("""am are 'm be been will would always still now firmly fully totally
completely definitely absolutely strongly proudly very so really just 100 % a an also more way
even all clearly""".split())
_FIRST_PERSON = frozenset({"i", "we", "i'm", "im", "we're"})  # the writer as subject
_DECLARERS = _FIRST_PERSON | {"i've", "we've"}
_DECLARED = frozenset({("rooting", "for"), ("root", "for"), ("cheering", "for"), ("team",),
                       ("on", "the", "side", "of")})  # phrases said only by a first person


def _subject_back(toks, s0, lo, skip, span: int) -> tuple[int, int]:
    """(index of the first token back from s0 that is neither in ``skip`` nor a negator, at most
    ``span`` tokens back (below ``lo`` if none), index of the leftmost negator passed or -1)."""
    p, neg = s0 - 1, -1
    while p >= lo and p >= s0 - span and (toks[p] in skip or _is_negator(toks[p])):
        if _is_negator(toks[p]):
            neg = p
        p -= 1
    return p, neg


def _declarer(toks, s0, lo) -> tuple[int, bool]:
    """(index of the subject declaring the side taken at token s0, negated); index -1 if none.

    Skips auxiliaries, degree words and negators back from s0 ("I am not (a) pro-X",
    "we're 100% on X's side"); the subject must be "I" / "we" (or "I'm", "we're").
    """
    p, neg = _subject_back(toks, s0, lo, _DECLARE_SKIP, 5)
    return (p if p >= lo and toks[p] in _DECLARERS else -1), neg >= 0


def _negated_predicate(toks, b, hi) -> tuple[int, int]:
    """Span of the negated predicate of a subject ending at token b: (negator, end).

    "X does not ...", "X won't ...", "X has never ...": a negator right after the
    subject or after its auxiliaries (up to two: "X will really never ..."); the
    predicate ends at the clause's end ``hi`` or before a contrast, a cause or a
    relative pronoun ("X is not weak but keeps its word", "... because", "who";
    "and" does not end it: "X won't try and win"). (-1, -1) when the predicate is
    not negated.
    """
    j = b + 1
    while j <= hi and j <= b + 3:
        t = toks[j]
        if t in lx.NEGATORS or t[-3:] == "n't" or t in _BYGONE and _bygone(toks, j, b + 1):
            e = j + 1
            while e <= hi and toks[e] not in _PREDICATE_ENDS:
                e += 1
            # (the caller's three-token negation window does not see "used to", "once")
            return (j - 3 if t in _BYGONE else j), e
        if t not in lx.AUXILIARIES:
            break
        j += 1
    return -1, -1


_BYGONE = frozenset({"used", "once", "formerly"})


_GET_USED = lx.COPULAS | {"get", "gets", "got", "getting", "gotten"}  # "X was / got used to ..."


# "I / we used to support X": a feeling given up (not "a tool used to weaken X": a purpose)
_HABIT_SUBJECTS = frozenset({"i", "we", "they", "you", "he", "she", "people", "everyone", "everybody"})


def _bygone(toks, j: int, first: int) -> bool:
    """True when token j starts a past state that no longer holds: "X used to be ...",
    "X was once / formerly ...", "X once was ..." (not "X was used to ...", a passive, nor
    "X once attacked Y": a single past deed)."""
    if toks[j] == "used":
        return j + 1 < len(toks) and toks[j + 1] == "to" and (j == 0 or toks[j - 1] not in _GET_USED
                                                          ) and "still" not in toks[j + 2:j + 9]
    return (j > first and toks[j - 1] in {"was", "were"} or j + 1 < len(toks) and toks[j + 1] in {
        "was", "were"}) and "still" not in toks[j + 1:j + 9]  # "X used to be strong and still is"


_PREDICATE_ENDS = frozenset({"but", "because", "while", "who", "which",
                             "although", "though", "yet"})


def _paired(toks, m, rivals, sides) -> bool:
    """Whether the mention is coordinated with a mention of the other side of a conflict.

    "X and Y", "X or Y", "X/Y", "X vs Y" (``sides``: actor -> side for each
    conflict); an ally or affiliate ("Putin and Russia") shares the words instead.
    """
    a, b = m.a, m.b
    for o in rivals:
        if (o.a == b + 2 and toks[b + 1] in _PAIR_LINKS or o.b == a - 2 and toks[a - 1] in _PAIR_LINKS) \
                and _opposed(sides, m.actor, o.actor):
            return True
    return False


# words that open a supposed case like "if": "suppose / supposing / assuming / imagine X wins"
_SUPPOSING = _CONDITIONALS | {"suppose", "supposing", "assuming", "imagine"}


def _after_condition(toks: list[str], k: int) -> bool:
    """Whether "if / unless / suppose / assuming / imagine ..." stands among the four tokens before
    the subject starting at k ("if (you think) X wins ...", "suppose X wins": nothing is asserted
    of X)."""
    return k > 0 and not _SUPPOSING.isdisjoint(toks[k - 4 if k > 4 else 0:k])


def _than_before(toks: list[str], k: int, lo: int) -> int:
    """The "than" of a quantified standard of comparison starting at k, or -1.

    "better than all (the) X", "than any other X", "than all the leaders of X": only
    quantifiers and determiners, and one head noun before "of", lie between "than" and k.
    """
    q, noun = k - 1, True
    while q > lo and (toks[q] in _THAN_QUANTIFIERS or noun and toks[q + 1] == "of" and toks[q].isalpha()):
        noun = noun and toks[q] in _THAN_QUANTIFIERS
        q -= 1
    return q if q < k - 1 and toks[q] == "than" else -1


def _nearer_rival(rivals, m, r, dist) -> bool:
    """Whether another mention is nearer to token r than ``dist``, or as near and of another actor."""
    for o in rivals:
        d = o.a - r if r < o.a else r - o.b
        if d < dist or d == dist and o.actor != m.actor:
            return True
    return False


def _compared_to(toks: list[str], r: int, rivals) -> bool:
    """Whether the word at r is a comparative whose standard, after "than", is a rival mention.

    "X is far more corrupt than Y", "X is a way better country than Y": the word is said
    of X, the subject of the comparison, however near Y is (Y's own reading is in rule
    12's "than X" and in the carried evaluations).
    """
    for q in range(r + 1, min(r + 4, len(toks))):
        if toks[q] == "than":
            return any(q < o.a <= q + 3 for o in rivals)
        if toks[q] in lx.BOUNDARIES:
            return False
    return False


class _Finding:
    __slots__ = ("actor", "stance", "confidence", "cue", "start", "end", "sentence", "weight")

    def __init__(self, actor, stance, confidence, cue, start, end, sentence=-1, weight=1.0):
        self.actor, self.stance, self.confidence, self.cue = actor, stance, confidence, cue
        self.start, self.end, self.sentence, self.weight = start, end, sentence, weight


def _opposed(sides, x, y) -> bool:
    """Whether actors x and y are on different sides of a conflict."""
    for side in sides:
        s1, s2 = side.get(x), side.get(y)
        if s1 is not None and s2 is not None and s1 != s2:
            return True
    return False


def _tier(f: _Finding) -> int:
    cue = f.cue
    t = _TIER_OF_CUE.get(cue)
    if t is None:  # a handful of distinct cues: computed once each
        t = _TIER_OF_CUE[cue] = _TIER.get(cue.split(",", 1)[0], 0)
    return t


_TIER_OF_CUE: dict[str, int] = {}
