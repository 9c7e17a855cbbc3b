"""Rule detectors of deeds and outcomes (``_started_war`` ... ``_predicted_conquest``):
banned weapons, demise, surrender, advantage, distrust, broken deals, guilt, duplicity,
credit, obligations, fear, wished events, setbacks, conquest.

``_analyse`` in :mod:`stance._stance_rules` calls them; the readings are documented there
under their rules.
"""

from __future__ import annotations

from . import _lexicon as lx
from ._stance_tokens import _DETERMINERS, _ENDS_NT, _HAS, _PREPOSITIONS, _is_negator, _negated
from ._stance_mentions import (
    _DECLARE_SKIP, _DECLARERS, _FIRST_PERSON, _subject_back,
)
from ._stance_frames import (
    _AID_WEAPONS, _ANNIHILATE, _BLAME, _combatant, _GIVE_VERBS, _HOPE_WORDS,
)
from ._stance_reports import (
    _CANT, _NOUN_MARKERS, _STARTED_DETERMINERS, _STARTED_PRONOUNS, _STARTED_SKIP, _STARTED_WARS,
    _START_VERBS,
)
from . import _stance_reports, _stance_tokens

# Called as ``NAME.method(...)``, so bound by assignment, not ``from ... import``: CPython 3.11
# compiles a method call on an imported name as an attribute load that builds a bound method
# per call (tests/test_source.py::test_no_method_call_on_an_imported_name).
_WILL = _stance_reports._WILL
_CONDITIONALS = _stance_tokens._CONDITIONALS
_PASSIVE_AUX = _stance_tokens._PASSIVE_AUX


def _started_war(toks, a: int, b: int, pre: int, lo: int, hi: int) -> tuple[int, bool]:
    """The war X (the mention ``a..b``) is said to have started, else -1, and whether denied."""
    if a > lo and (toks[a - 1] in _CONDITIONALS or toks[a - 1] in lx.AUXILIARIES and (
            a - 1 == lo or toks[a - 2] in {",", "and", "but"})):
        return -1, False  # "if X started it ...", "did X start the war?"
    # "the war (that) X started"
    p = a - 1
    if p > lo and toks[p] in {"that", "which"}:
        p -= 1
    if p >= lo and toks[p] in _STARTED_WARS and b + 1 <= hi and toks[b + 1] in _START_VERBS:
        return b + 1, False
    r = pre + 1
    while r <= hi and r < pre + 6 and (toks[r] in _STARTED_SKIP or _is_negator(toks[r])
                                         or _ENDS_NT(toks[r])):
        r += 1
    if r > hi or toks[r] not in _START_VERBS:
        return -1, False
    between = toks[pre + 1:r]  # (a modal or "to" ends the walk: "X could start / wants to start")
    q = r + 1
    while q <= hi and q < r + 4 and toks[q] in _STARTED_DETERMINERS:
        q += 1
    if q <= hi and toks[q] in _STARTED_WARS:
        return q, _negated(between)
    if q > r + 1 and toks[q - 1] in _STARTED_PRONOUNS | {"all"} and (
            q > hi or toks[q] in lx.BOUNDARIES or toks[q] in {".", "!", "and", "in", "by"}):
        return q - 1, _negated(between)  # "X started it (all)", "the Russians started this"
    return -1, False


# -- fallbacks for a mention no other rule reads (before "mention only") ---------------------
# "X has been using cluster munitions", "X uses white phosphorus", "X's use of chemical
# weapons": an indiscriminate or banned weapon used by X is a charge against X
# ("banned weapon"). Only what X does or did: a modal, "to" or "going to" before the verb
# is a plan or a demand ("Ukraine will use them" argues for it), and a subject shared with
# another actor ("X and Y have used them") takes no side. "them / these / those / it"
# count as the weapon when the comment names one.
_BANNED_WEAPONS = frozenset("""cluster phosphorus chemical chemicals incendiary thermobaric
napalm landmines landmine butterfly petal sarin chlorine""".split())
_BANNED_PREFIXES = ("cluster", "phosphorus", "chemical", "napalm", "thermobaric")  # "#ClusterMunitions"
_comment_memo: dict = {}  # hint words -> (the last comment tested, whether one occurs in it)


def _in_comment(words: tuple[str, ...], text: str) -> bool:
    """Whether any of ``words`` (lower case) occurs in the comment ``text``.

    ``_analyse`` runs once per sentence with the whole comment as ``text``: the
    answer is kept for the last comment, so a long comment is searched once, not
    once per sentence (which would be quadratic in its length).
    """
    memo = _comment_memo.get(words)
    if memo is None or memo[0] is not text:
        low = text.lower()
        memo = _comment_memo[words] = (text, any(w in low for w in words))
    return memo[1]


# substrings of a comment that names a banned weapon (those of a sentence that laughs,
# _LAUGH_HINTS, are in _stance_reports)
_WEAPON_HINTS = ("cluster", "phosphorus", "chemical weapon", "incendiar", "thermobaric", "napalm",
                 "land mine", "landmine", "petal mine", "butterfly mine")


_WEAPON_PRONOUNS = frozenset({"them", "these", "those", "it", "such"})
_USE_VERBS = frozenset("""use uses used using deploy deploys deployed deploying drop drops
dropped dropping fire fires fired firing employ employs employed employing""".split())
_USE_SKIP = frozenset("""has have had 've 's been is are was were already also even still
openly widely regularly repeatedly routinely always constantly now again too indeed
literally""".split())
_USE_PLANS = frozenset("""will would can could should might may must to going gonna 'll
wants want shall""".split())
_USE_ONSET = frozenset({"tried", "started", "began", "keep", "keeps", "kept", "continue",
                        "continues", "continued"})  # "X tried to use / started dropping": the deed itself


_WEAPON_PLACE_PREPS = frozenset({"on", "against", "in", "into", "over"})
_WHY = frozenset({"why", "where"})  # "why is X using them ...?" takes the deed as real


def _banned_weapon_use(toks, a: int, b: int, lo: int, hi: int, owner, topic: bool
                       ) -> tuple[int, bool]:
    """The banned weapon X (the mention ``a..b``) is said to use, else -1, and whether it is denied.

    ``topic`` tells whether the comment names such a weapon; without one, "them /
    it / those" count as the weapon only when used on a place, another actor or
    people ("X has been using them in Y", "X used those on civilians").
    """
    n = len(toks)
    possessive = toks[b].endswith("'s") and b + 2 <= hi and toks[b + 1] in {"use", "usage"} \
        and toks[b + 2] == "of"
    gerund = b + 1 <= hi and toks[b + 1] in _USE_VERBS and toks[b + 1].endswith("ing")
    if a > lo:
        pre = toks[a - 1]
        if pre in {"and", "or", "&", "nor"}:
            return -1, False  # a shared subject
        if pre in _PREPOSITIONS and not ((possessive or gerund) and pre != "to"):
            return -1, False  # an object or place ("sent to X"); "of X using", "about X's use of" stay
        if (pre in _HAS or pre in lx.AUXILIARIES) and not (a - 1 > lo and toks[a - 2] in _WHY):
            return -1, False  # a yes / no question ("is X using them?")
    denied = False
    r = b + 1
    if possessive:
        r += 2  # "X's use of cluster bombs"
    else:
        if r < n and toks[r] in {"and", "or", "&"}:
            return -1, False
        if r <= hi and toks[r] in lx.MILITARY_NOUNS:
            r += 1  # "X's army / Russian forces have been using them": X's combatants
        onset = -1
        while r <= hi and r < b + 6 and (toks[r] in _USE_SKIP or toks[r] in _USE_ONSET or (
                r == onset + 1 and toks[r] == "to") or _is_negator(toks[r]) or _ENDS_NT(toks[r])):
            if toks[r] in _USE_ONSET:
                onset = r
            r += 1
        if r > hi or toks[r] not in _USE_VERBS:
            return -1, False
        between = toks[b + 1:onset + 1] if onset >= 0 else toks[b + 1:r]
        if not _USE_PLANS.isdisjoint(between) or toks[b].endswith(("'ll", "'d")):
            return -1, False
        denied = _negated(toks[b + 1:r])
        r += 1
    for q in range(r, min(hi + 1, r + 6)):
        t = toks[q]
        if t in _WEAPON_PRONOUNS:
            if topic:
                return q, denied  # even when read as a pronoun for an actor: "using them" (the bombs)
            if denied or t == "such":
                return -1, False
            # no weapon named: "them" is one only when used on a place, an actor or people
            for p in range(q + 1, min(hi, q + 3)):
                if toks[p] in _WEAPON_PLACE_PREPS:
                    for x in range(p + 1, min(hi + 1, p + 4)):
                        o = owner.get(x)
                        if o is not None and o.a == x or toks[x] in lx.HARM_TARGETS:
                            return q, False
                    break
            return -1, False
        if q in owner:
            return -1, False
        w = t.lstrip("#")
        if w in _BANNED_WEAPONS or t[0] == "#" and w.startswith(_BANNED_PREFIXES):
            return q, denied
    return -1, False


# "X will soon no longer exist", "X will disappear", "X would be wiped off the map": a
# predicted end of X (``"predicted demise"``, against X; "X is finished" is rule 9's).
_FUTURE = _WILL | {"would", "could", "might", "may"}
_DEMISE_VERBS = frozenset({"disappear", "vanish", "perish", "collapse", "disintegrate"})
_WIPED_OUT = frozenset({"obliterated", "annihilated", "erased", "eradicated", "exterminated"})  # X ends
_DEMISE_PARTICIPLES = _WIPED_OUT | {"wiped", "gone", "dissolved", "partitioned"}
# ... and the same end told with a verb of razing ("X will be obliterated / destroyed"), read
# before the passive victim ("X was destroyed")
_ANNIHILATED = _WIPED_OUT | {w for w in _ANNIHILATE if w.endswith("ed") and not w.endswith("eed")} | {
    "destroyed", "leveled", "levelled", "vaporized", "vaporised"}  # (the participles of _ANNIHILATE, and more)
_DEMISE_SKIP = frozenset({"soon", "eventually", "simply", "just", "then", "surely", "also",
                          "probably", "definitely", "certainly", "completely", "totally",
                          "entirely", "quickly", "finally", "going", "to", "be"})
# "X should / must / has to surrender", "(it is) time for X to surrender", "X, surrender!":
# the commenter demands X's surrender (``"told to surrender"``, against X)
_SURRENDER = frozenset({"surrender", "capitulate"})
_DEMAND_MODALS = frozenset({"should", "must", "needs", "need", "has", "have", "gotta",
                            "ought", "better", "shall"})
_DEMAND_SKIP = frozenset({"to", "just", "simply", "now", "already", "immediately",
                          "unconditionally", "finally", "better", "really", "please"})
# "X has the advantage / upper hand", "X will always have the advantage": X's strength in
# the war (``"advantage"``, favor X)
_ADVANTAGE = frozenset({"advantage", "upper", "initiative", "edge"})


def _demise(toks, b: int, hi: int) -> int:
    """Index of the word predicting the end of X (the mention ending at ``b``), else -1."""
    r = b + 1
    if toks[b].endswith("'ll"):
        r, fut = b + 1, True
    else:
        fut = r <= hi and toks[r] in _FUTURE
        r += 1
    if not fut:
        return -1
    while r <= hi and r < b + 6 and toks[r] in _DEMISE_SKIP:
        r += 1
    if r > hi:
        return -1
    t = toks[r]
    if t in {"no", "not"} and r + 2 <= hi and toks[r + 1] == "longer" and toks[r + 2] in {
            "exist", "be"}:
        return r + 2  # "will no longer exist"
    if t == "cease" and r + 2 <= hi and toks[r + 1] == "to" and toks[r + 2] == "exist":
        return r + 2
    if t in _DEMISE_VERBS or (t in _DEMISE_PARTICIPLES and toks[r - 1] == "be"):
        return r
    return -1


def _surrender_demand(toks, a: int, b: int, lo: int, hi: int) -> int:
    """Index of "surrender" when the commenter demands X's (the mention ``a..b``), else -1."""
    n = len(toks)
    if a >= 2 and toks[a - 1] == "for" and toks[a - 2] == "time" and b + 2 <= hi and \
            toks[b + 1] == "to" and toks[b + 2] in _SURRENDER:
        return b + 2  # "time for X to surrender"
    r = b + 1
    if r < n and toks[r] == ",":
        r += 1
        if r <= hi and toks[r] in _SURRENDER and a == lo:
            return r  # "X, surrender!"
        return -1
    if r > hi or toks[r] not in _DEMAND_MODALS:
        return -1
    if toks[r] in {"has", "have"} and not (r + 1 <= hi and toks[r + 1] == "to"):
        return -1
    r += 1
    while r <= hi and r < b + 6 and toks[r] in _DEMAND_SKIP:
        r += 1
    if r <= hi and toks[r] in _SURRENDER and not (r + 1 <= hi and toks[r + 1] in {"to", "if"}) \
            and not _negated(toks[b + 1:r]):
        return r
    return -1


def _advantage(toks, b: int, hi: int) -> tuple[int, float]:
    """Index of "advantage" in "X has / will have the advantage" and its sign, else (-1, 0).

    A lack of means of war ("X has no reserves (left)", "X doesn't have enough men") is a
    weakness: the index of the resource, sign -1.
    """
    r = b + 1
    while r <= hi and r < b + 4 and toks[r] in {"will", "always", "still", "clearly", "now",
                                                 "definitely", "already", "certainly"}:
        r += 1
    if r + 2 <= hi and toks[r] in {"doesn't", "don't", "didn't", "doesnt", "dont", "didnt"} and toks[r + 1] == "have":
        x = r + 2 + (toks[r + 2] in {"enough", "the", "any"})
        return (x, -1.0) if x <= hi and toks[x] in _RESOURCES else (-1, 0.0)  # "X doesn't have enough men"
    if r > hi or toks[r] not in _HAS and toks[r] != "holds":
        if not (toks[b].endswith(("'s", "'ll")) and r <= hi and toks[r] in {"got", "have"}):
            return -1, 0.0
    if r + 2 <= hi and toks[r + 1] in _AMPLE and toks[r + 2] in _RESOURCES:
        return r + 2, 1.0  # "X has vast reserves"
    if r + 2 <= hi and toks[r + 1] in {"the", "an"} and toks[r + 2] in _ADVANTAGE:
        if toks[r + 2] == "upper" and not (r + 3 <= hi and toks[r + 3] == "hand"):
            return -1, 0.0
        return r + 2 + (toks[r + 2] == "upper"), 1.0
    if r + 2 <= hi and toks[r + 1] == "the" and toks[r + 2] == "means" and not (
            r + 3 < len(toks) and toks[r + 3] == "to"):
        return r + 2, 1.0  # "X has the means, Y doesn't" ("the means to do it" is a charge)
    if r + 3 <= hi and toks[r + 1] in _PLENTY and toks[r + 2] == "of" and toks[r + 3] in _RESOURCES:
        return r + 3, 1.0  # "X has plenty of ammunition"
    return -1, 0.0


_PLENTY = frozenset({"plenty", "tons", "lots", "loads", "heaps"})
_AMPLE = frozenset({"vast", "huge", "massive", "enormous", "endless", "unlimited", "infinite", "more"})
_RESOURCES = frozenset("""ammunition ammo men troops soldiers reserves reserve weapons missiles
money food shells tanks oil gas resources manpower artillery equipment drones population""".split())


# "X can't even take a village" (``_CANT``): X derided for failing at something small (``"derided
# failure"``, against X)
# "X is getting its ass kicked / handed to it": a beating (``"defeat"``, against X)
_BEATEN = frozenset({"kicked", "beat", "beaten", "handed", "whipped", "whooped", "spanked"})
_BACKSIDE = frozenset({"ass", "butt", "asses", "arse"})
# "no talks unless / only if / only when X leaves Y": peace made conditional on X's
# withdrawal demands it (``"told to withdraw"``, against X)
_ONLY_IF = frozenset({"unless", "until", "till"})
_LEAVES = frozenset({"leaves", "withdraws", "evacuates", "retreats", "removes", "backs",
                     "pulls", "gets", "leave", "withdraw", "evacuate", "retreat"})


def _derided_failure(toks, b: int, hi: int) -> int:
    """Index of "even" in "X can't even <verb>", else -1."""
    r = b + 1
    if r + 2 <= hi and toks[r] in _CANT and toks[r + 1] == "even" and toks[r + 2].isalpha():
        return r + 2
    if r + 3 <= hi and toks[r] in {"can", "could"} and toks[r + 1] == "not" and \
            toks[r + 2] == "even" and toks[r + 3].isalpha():
        return r + 3
    return -1


def _beaten(toks, b: int, hi: int) -> int:
    """Index of "kicked" in "X is getting its ass kicked", else -1."""
    for r in range(b + 1, min(hi, b + 6)):
        if toks[r] in _BACKSIDE and r + 1 <= hi and toks[r + 1] in _BEATEN and \
                toks[r - 1] in {"its", "it's", "their", "his", "her"} and \
                not _negated(toks[b + 1:r]):
            return r + 1
    return -1


# an eviction verb or noun before "(...) from Y": "remove X from Y", "withdraw its troops from Y",
# "X's removal from Y", "X needs to be deoccupied from Y" (Y: the place left, a victim of attack);
# the words that may stand right before "from" (no object: "X withdrew from Y", "their removal from
# Y"; "drive from Y" is a trip) and what the object may not be ("withdraw support from Y")
_EVICTIONS = frozenset("""remove removes removed removing removal eject ejects ejected ejecting ejection
expel expels expelling expulsion evict evicts evicted evicting eviction oust ousts ousted ousting
deoccupy deoccupied deoccupying deoccupation withdraw withdraws withdrew withdrawn withdrawing withdrawal
drive driven drove driving push pushed pushing kick kicked kicking""".split())
_EVICTED_FROM = _EVICTIONS - {"drive", "drove", "driving", "push", "pushing", "kick", "kicking"}
_EVICT_OBJECTS = lx.MILITARY_NOUNS | frozenset({"it", "them", "itself", "themselves", "invaders", "occupiers",
                                                "invader", "occupier", "orcs", "occupation"})
_NOT_EVICTED = lx.AID_NOUNS | frozenset({"sanctions", "ambassador", "ambassadors", "diplomats", "embassy",
                                         "investments", "investment", "business", "businesses", "companies"})
# people evicted are its victims, not intruders, and the place is no victim: "Putin kicked
# Ukrainian refugees from Russia", "X expelled the civilians out of Y"
_EVICTED_PEOPLE = lx.HARM_TARGETS | frozenset("""people citizens residents inhabitants locals
migrants immigrants asylum families minorities population populations ethnic students workers""".split())


def _evicted_from(toks, m, p: int, lo: int, owner) -> int:
    """Index of the eviction word that makes mention ``m`` the place left, else -1 (``p``: the
    token before ``m`` and its determiners): "X leaving / leaves Y", "X can leave the rest of Y"
    (another actor, or its troops, right before the verb), "remove X from Y", "withdraw its troops
    from Y", "X's removal from Y", "X needs to be deoccupied from Y" (an eviction word before
    "from", with another actor or a military noun or pronoun as its object, or right before it
    after another actor's mention in the clause); not "withdraw support / sanctions from Y"."""
    t = toks[p]
    if t == "rest" and p - 2 >= lo and toks[p - 1] == "the":
        p -= 2  # "leave the rest of Y"
        t = toks[p]
    if t == "leaving" or t == "leaves" or t == "leave" and p < m.a - 1:
        # ("X withdraws Y" is no place left; "X withdrawing from Y": below)
        s = p - 1
        while s >= lo and s >= p - 3 and (toks[s] in lx.AUXILIARIES or toks[s] in {"to", "need", "needs", "just"}):
            s -= 1  # "X can / must / needs to leave ..."
        if s - 1 >= lo and toks[s] in lx.MILITARY_NOUNS:
            s -= 1  # "X's troops leaving Y"
        o = owner.get(s) if s >= lo else None
        return p if o is not None and o.actor != m.actor else -1
    if t != "from":
        return -1
    other = any(o.actor != m.actor for j, o in owner.items() if lo <= j < p)
    if p - 1 >= lo and toks[p - 1] in _EVICTED_FROM:
        return p - 1 if other or p - 2 >= lo and toks[p - 2] in {"their", "its", "his"} else -1
    obj = False
    for j in range(p - 1, max(lo, p - 6) - 1, -1):
        w = toks[j]
        if w in _EVICTIONS:
            return j if obj and j < p - 1 else -1
        if w in _NOT_EVICTED or w in _EVICTED_PEOPLE or w in {",", ".", ";", ":", "!", "?", "and", "but", "or", "to"}:
            return -1
        o = owner.get(j)
        if o is not None and o.actor != m.actor or w in _EVICT_OBJECTS:
            obj = True
    return -1


# the verbs of _expels_intruder (all the forms of the eviction words)
_EXPELLING = _EVICTIONS | frozenset({"expelled", "drives", "pushes", "kicks"})
_OWN_LANDS = frozenset({"land", "lands", "territory", "territories", "country", "soil", "home",
                        "homeland", "borders"})


def _expels_intruder(toks, r: int, hi: int, actor: str, owner) -> bool:
    """Whether the eviction verb at ``r``, said of the subject ``actor``, drives an intruder (another
    actor, its troops, invaders) out of the subject's own land: "X will expel Y from X", "X
    kicked the invaders out of its territory", "X will drive Y from Xn soil"; no wrongdoing of X
    (the verb's tone is no evaluation of it). Not "X expelled Y from Z", nor people ("X expelled
    the refugees from X", whose eviction is a harm)."""
    n = len(toks)
    y = r + 1
    while y <= hi and toks[y] in _DETERMINERS and toks[y] != "people":  # (not "the people of Y")
        y += 1
    o = owner.get(y)
    if o is not None and o.actor != actor and o.a == y:
        y = o.b + 1
    elif y <= hi and toks[y] in _EVICT_OBJECTS and toks[y] not in _EVICTED_PEOPLE:
        y += 1
    else:
        return False
    if y <= hi and toks[y] == "out":
        y += 1
        if y > hi or toks[y] != "of":
            return False
    elif y > hi or toks[y] != "from":
        return False
    y += 1
    own = False
    while y < n and (toks[y] in _DETERMINERS or toks[y] in {"its", "his", "her", "own", "all"}):
        own = own or toks[y] in {"our", "its", "their", "his", "her", "own"}
        y += 1
    if y >= n:
        return False
    o = owner.get(y)
    if o is not None:
        return o.actor == actor
    return own and toks[y] in _OWN_LANDS


def _withdrawal_condition(toks, a: int, b: int, lo: int, hi: int) -> int:
    """Index of the withdrawal verb in "unless / only if / only when X leaves ...", else -1."""
    if a < 1 or not (toks[a - 1] in _ONLY_IF or (
            a >= 2 and toks[a - 1] in {"if", "when"} and toks[a - 2] == "only")):
        return -1
    for r in range(b + 1, min(hi + 1, b + 4)):
        t = toks[r]
        if t in _LEAVES:
            if t in {"backs", "pulls", "gets"} and not (r + 1 <= hi and toks[r + 1] == "out"):
                return -1
            return r
        if t not in {"fully", "completely", "finally", "totally", "entirely", "just", "and",
                     "first"}:
            return -1
    return -1


# "you can't trust X", "one cannot negotiate with X", "never trust X": X is not to be
# trusted or dealt with (``"distrust"``, against X); "I don't believe X will attack" is a
# belief about a deed, not distrust of X, so X must end its clause
_DISTRUST_VERBS = frozenset({"trust", "believe"})
_DEAL_VERBS = frozenset({"negotiate", "reason", "deal", "bargain"})
_CANT_TRUST = _CANT | {"shouldn't", "shouldnt", "never", "not"}  # (generic "you": not "you don't")
_CANT_NEVER = _CANT | {"never", "don't", "dont", "shouldn't", "can", "not", "won't"}


def _distrusted(toks, a: int, b: int, lo: int, hi: int) -> int:
    """Start index of "can't trust" / "cannot negotiate with" before X, else -1."""
    n = len(toks)
    if b + 1 < n and b + 1 <= hi and toks[b + 1] not in lx.BOUNDARIES and toks[b + 1] not in {
            "again", "ever", "anymore", "at", "on", "about"}:
        return -1
    k = a
    if k > lo and toks[k - 1] == "with":
        k -= 1
        verbs = _DEAL_VERBS
    else:
        verbs = _DISTRUST_VERBS
    if k - 2 < lo or toks[k - 1] not in verbs:
        return -1
    c = k - 2
    if toks[c] == "ever":
        c -= 1
    if c < lo or toks[c] not in _CANT_NEVER:
        return -1
    if toks[c] in {"can", "not"}:  # "can not", "can never"
        if not (toks[c] == "not" and c - 1 >= lo and toks[c - 1] == "can") and not (
                toks[c] == "can" and toks[c + 1] == "never"):
            return -1
    if toks[c] in {"don't", "dont", "not"} and c - 1 >= lo and toks[c - 1] in {"i", "i'd"} \
            and verbs is _DISTRUST_VERBS and toks[k - 1] == "believe":
        return -1
    return c


# an agreement broken or kept by X (``"broken agreement"``): a verb of breaking, leaving or
# blocking with an agreement or peace as object ("X broke the ceasefire", "X walked away from the
# talks", "X torpedoed the negotiations", "X got in the way of peace") or a verb of keeping it
# negated ("X didn't abide by the agreement", "X does not know how to keep its promises") ->
# against X; the passive "(the deal was) broken by X", "a broken promise by X" the same; a
# negated breach ("X never broke the truce") or a kept one ("X honoured the deal") -> weak favor
_DEALS = frozenset("""agreement agreements deal deals treaty treaties ceasefire ceasefires
cease-fire truce accord accords minsk promise promises talks negotiations negotiation peace
commitments obligations memorandum pledge pledges assurances""".split())
_BREACH = frozenset("""break broke broken breaks breaking breach breached breaches breaching
ignore ignored ignores ignoring abandon abandoned abandons scrap scrapped ditch ditched tore
torn torpedo torpedoed torpedoes torpedoing block blocked blocks blocking scuttle scuttled
scuttles derail derailed derails undermine undermined undermines obstruct obstructed
obstructs wreck wrecked sink sank sunk reject rejected rejects rejecting refuse refused
refuses refusing reneged renege violate violated violates violating sabotage sabotaged
sabotages sabotaging""".split())
_KEEP_DEAL = frozenset("""abide abided comply complied adhere adhered honour honoured honor
honored honours honors respect respected keep kept keeps fulfil fulfill fulfilled implement
implemented stick stuck""".split())  # (not "follow": "X followed the talks")
# multi-word verbs: the words after the verb that lead to its object
_DEAL_LINKS = {"walked": ("away", "from"), "walk": ("away", "from"), "walks": ("away", "from"),
               "pulled": ("out", "of"), "backed": ("out", "of"), "withdrew": ("from",),
               "got": ("in", "the", "way", "of"), "stood": ("in", "the", "way", "of"),
               "stands": ("in", "the", "way", "of"), "stand": ("in", "the", "way", "of"),
               "tore": ("up",), "abide": ("by",), "abided": ("by",), "comply": ("with",),
               "complied": ("with",), "adhere": ("to",), "adhered": ("to",), "stick": ("to",),
               "stuck": ("to",), "reneged": ("on",), "renege": ("on",)}
_DEAL_CUES = _DEALS | _KEEP_DEAL  # (in the sentence: an agreement, or "abide by it")
_ASKED_AUX = frozenset("""did does do has have had will would could should can is are was were
must may might""".split())  # before the subject: a question
_DEAL_SKIP = frozenset({"the", "a", "an", "its", "their", "his", "her", "any", "all", "every",
                        "this", "that", "these", "those", "peace", "2", "ii", "own", "several",
                        "many", "most", "both", "of", "to", "by", "with", "from", "grain",
                        "nuclear", "budapest", "istanbul", "new", "signed", "international",
                        "previous", "latest", "written", "ceasefire", "minsk", "un"})


def _broken_deal(toks, a: int, b: int, lo: int, hi: int) -> tuple[int, int, float]:
    """Span and stance of an agreement X (mention ``a``..``b``) broke or kept, else (-1, -1, 0)."""
    if a - 1 >= lo and toks[a - 1] == "by":  # "(the deal was) broken by X", "a broken promise by X"
        v = a - 2
        if v >= lo and toks[v] in _DEALS and v - 1 >= lo and toks[v - 1] in _BREACH:
            return v - 1, b, -0.6
        neg = False
        if v >= lo and (toks[v] in _BREACH or toks[v] in _KEEP_DEAL):
            for x in range(v - 1, max(lo, v - 6) - 1, -1):
                if _is_negator(toks[x]):
                    neg = True
                elif toks[x] in _DEALS:
                    return x, b, (-0.6 if (toks[v] in _BREACH) != neg else 0.4 if neg else 0.5)
                elif toks[x] in lx.BOUNDARIES:
                    break
        return -1, -1, 0.0
    if a - 1 >= lo and toks[a - 1] in {"with", "to"}:  # "breaking the agreement with X": X wronged
        v = a - 3
        while v > lo and v > a - 6 and toks[v] in _DEAL_SKIP and toks[v] not in {"with", "to"}:
            v -= 1
        if v >= lo and toks[a - 2] in _DEALS and toks[v] in _BREACH and not (v > lo and _is_negator(toks[v - 1])):
            return v, b, 0.4  # (read as "victim of attack", see the caller)
        return -1, -1, 0.0
    if a - 1 >= lo and (toks[a - 1] in _PREPOSITIONS or toks[a - 1] in _CONDITIONALS or toks[
            a - 1] in _ASKED_AUX or _is_negator(toks[a - 1])) or b + 1 > hi:
        return -1, -1, 0.0  # (an object, a condition or a question: "did X break the deal?",
        # "should not X comply with it?")
    neg = False
    r = b + 1
    if toks[r] in {"that", "who", "which"}:  # "X that have refused or blocked negotiations"
        r += 1
    for r in range(r, min(hi, b + 8) + 1):
        t = toks[r]
        if (t in _BREACH or t in _KEEP_DEAL or t in _DEAL_LINKS) and toks[r + 1:r + 2] != ["to"] and not (
                t in _KEEP_DEAL and r + 1 <= hi and toks[r + 1] in _BREACH):  # ("X kept breaking it")
            break
        if _is_negator(t) or t in lx.SCOPE_NEGATORS:
            neg = not neg  # ("X failed / refused to honour the deal")
            continue
        if t in lx.BOUNDARIES or t in _CONDITIONALS or t == "?":
            return -1, -1, 0.0
        if not (t in lx.AUXILIARIES or t.endswith("ly") or t in {"know", "how", "or", "and", "ever",
                                                                  "even", "simply", "deliberately"}):
            return -1, -1, 0.0
    else:
        return -1, -1, 0.0
    v = r
    q = r + 1
    while q + 1 <= hi and toks[q] in {"or", "and"} and toks[q + 1] in _BREACH:
        q += 2  # "X refused or blocked the talks"
    for w in _DEAL_LINKS.get(toks[q - 1], ()):
        if q > hi or toks[q] != w:
            return -1, -1, 0.0
        q += 1
    while q <= hi and q < v + 6 and toks[q] not in _DEALS:
        if toks[q] not in _DEAL_SKIP and not (toks[q] == "it" and toks[v] in _KEEP_DEAL):
            return -1, -1, 0.0
        if toks[q] == "it":
            break
        q += 1
    if q > hi or q >= v + 6 or toks[q] not in _DEALS and toks[q] != "it":
        return -1, -1, 0.0
    breach = toks[v] in _BREACH or toks[v] in _DEAL_LINKS and toks[v] not in _KEEP_DEAL
    return a, q, (-0.6 if breach != neg else (0.4 if neg else 0.5))


# the guilt laid on X by idiom ("shifted guilt", against X): blood on X's hands ("X has (their)
# blood on its hands", "the blood is on X's hands") and a deed put on X ("that's / this is (all)
# on X", "it is on X's head"; a demonstrative subject, X ending its clause: "the focus is on X",
# "that's not on X" are none)
_GUILT_CUES = frozenset({"blood", "that's", "it's", "this", "that", "it"})
_ON_X = frozenset({"that's", "it's", "thats", "its", "this's"})


def _guilt_placed(toks, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """First and last index of an idiom putting a guilt on X (mention ``a``..``b``), else (-1, -1)."""
    n = len(toks)
    end = b + 1 >= n or b + 1 > hi or toks[b + 1] in lx.BOUNDARIES or toks[b + 1] in {"not", "alone"}
    if b + 1 < n and toks[b + 1] in {"hands", "hand", "head"} and toks[b].endswith("'s"):
        end = True
        b += 1  # "on X's hands / head"
    if a - 1 > lo and toks[a - 1] == "on" and end:
        k = a - 2
        if toks[k] in {"all", "squarely", "entirely", "solely", "totally"}:
            k -= 1
        if k >= lo and (toks[k] in _ON_X or toks[k] in {"is", "was"} and k - 1 >= lo and toks[k - 1] in {
                "that", "this", "it"} or toks[k] == "blood" and toks[b] in {"hands", "hand"}) and (
                toks[k] == "blood" or k - 1 < lo or toks[k - 1] in lx.BOUNDARIES or k - 2 < lo or toks[k - 2]
                in lx.BOUNDARIES or toks[k - 1] in {"and", "but", "so", "well", "no", "then", "now"}):
            return k - (toks[k] in {"is", "was"}), b  # "that's on X", "this is all on X"
        if k >= lo and toks[k] in {"is", "was", "are"} and k - 1 >= lo and toks[k - 1] == "blood":
            return k - 1 - (k - 2 >= lo and toks[k - 2] == "the"), b  # "the blood is on X's hands"
    if b + 2 < n and toks[b + 1] in {"has", "have", "had", "'s"}:
        for r in range(b + 2, min(hi, b + 6) + 1):
            if toks[r] == "blood":
                if r + 3 <= hi + 1 and r + 2 < n and toks[r + 1] == "on" and toks[r + 2] in {
                        "its", "their", "his", "her", "the"} and r + 3 < n and toks[r + 3] in {"hands", "hand"}:
                    return a, r + 3  # "X has (so much) blood on its hands"
                break
    return -1, -1


# idioms of duplicity and self-interest said of the subject X (rule 9, against X; VADER reads
# "playing", "cares" as praise): "X is playing both sides / a double game", "X stabbed Y in the
# back", "X switched sides", "X only cares about money / itself / its own interests", "X is in it
# for the money", "X is lining its pockets", "X looks out only for itself" (see _duplicity)
_DUP_PLAY = frozenset({"play", "plays", "playing", "played"})
_DUP_STAB = frozenset({"stab", "stabs", "stabbed", "stabbing", "backstab", "backstabbed", "backstabbing"})
_DUP_SWITCH = frozenset({"switch", "switches", "switched", "switching", "change", "changes", "changed",
                     "changing", "swap", "swaps", "swapped", "swapping"})
_DUP_CARE = frozenset({"care", "cares", "cared", "caring", "thinks", "think", "thinking"})
_DUP_LINE = frozenset({"line", "lines", "lined", "lining", "fill", "fills", "filling", "filled"})
_DUP_LOOK = frozenset({"look", "looks", "looking", "looked"})
_DUP_SELF = frozenset({"money", "itself", "themselves", "himself", "herself", "profit", "profits",
                   "cash", "dollars", "oil", "power", "interests", "interest", "gain", "greed"})
_DUP_OWN = frozenset({"its", "their", "his", "her", "own", "the", "a", "selfish", "narrow", "national"})
_DUP_ONLY = frozenset({"only", "just"})
# betrayal of a named party Y ("X abandoned / sold out Y", "X sold Y out", "X threw Y under the
# bus", "X left Y to die / rot / its fate / hanging"): against X, Y wronged (a victim, not blamed)
_DUP_BETRAY = frozenset("""abandon abandons abandoned abandoning sell sells sold selling throw throws
threw thrown throwing leave leaves left leaving""".split())
_DUP_LEFT_TO = frozenset({"die", "rot", "fend", "its", "their", "his", "her"})
_DUPLICITY_VERBS = _DUP_PLAY | _DUP_STAB | _DUP_SWITCH | _DUP_CARE | _DUP_LINE | _DUP_LOOK | _DUP_BETRAY | {"in"}


def _duplicity(toks, q: int, hi: int, owner=None) -> tuple[int, bool]:
    """Last index of an idiom of duplicity or self-interest opening the predicate at ``q``, and
    whether it is negated ("X is not playing both sides"), else (-1, False). A betrayal
    (``_DUP_BETRAY``) needs a mention in ``owner`` as its object."""
    neg, only = False, False
    while q <= hi and (_is_negator(toks[q]) or toks[q] in {
            "only", "just", "always", "really", "clearly", "still", "again", "simply", "obviously", "once"}):
        neg = neg or _is_negator(toks[q])
        only = only or toks[q] in _DUP_ONLY
        q += 1
    if q > hi or toks[q] not in _DUPLICITY_VERBS or neg and only:  # ("not only cares ...": no denial)
        return -1, False
    only = only or toks[q - 1] in _DUP_ONLY  # "X only cares about ...": the adverb before q
    t, w = toks[q], toks[q + 1:hi + 1] + ["", "", ""]  # (padded: no bounds checks below)
    if t in _DUP_PLAY:
        if w[0] == "both" and w[1] in {"sides", "ends"} or w[0] in {"a", "the"} and w[1] in {"double", "dirty"} \
                and w[2] in {"game", "games"}:
            return q + 2 + (w[0] != "both"), neg
    elif t in _DUP_STAB:
        e = next((q + 1 + i for i in range(min(len(w) - 3, 5)) if w[i] == "in" and w[i + 1] == "the"
                  and w[i + 2] == "back"), -1)
        if e >= 0 or t.startswith("back"):
            return (e + 2 if e >= 0 else q), neg
    elif t in _DUP_BETRAY:
        r = q + 1 + (w[0] == "out" and t[0] == "s")
        while r <= hi and toks[r] in _DETERMINERS:
            r += 1
        o = owner.get(r) if owner else None
        if o is None or o.b > hi:
            return -1, False
        w = toks[o.b + 1:hi + 1] + ["", "", ""]
        if t[0] == "a" or r == q + 2 and t[0] == "s":  # "abandoned Y", "sold out Y"
            return o.b, neg
        if t[0] == "s" and w[0] == "out" or t[0] == "t" and w[:3] == ["under", "the", "bus"]:
            return o.b + (1 if t[0] == "s" else 3), neg  # "sold Y out", "threw Y under the bus"
        if t[0] == "l" and (w[0] == "to" and w[1] in _DUP_LEFT_TO or w[0] == "hanging"):
            return o.b + 1 + (w[0] == "to"), neg  # "left Y to die / to its fate / hanging"
    elif t in _DUP_SWITCH:
        if w[0] in {"sides", "allegiance", "allegiances"}:
            return q + 1, neg
    elif t in _DUP_LINE:
        if w[0] in _DUP_OWN and (w[1] == "pockets" or w[1] == "own" and w[2] == "pockets"):
            return q + 2 + (w[1] == "own"), neg
    elif t == "in":
        if w[0] == "it" and w[1] == "for" and (w[2] in _DUP_SELF or w[2] in _DUP_OWN and w[3] in _DUP_SELF):
            return q + 3 + (w[2] not in _DUP_SELF), neg
    else:  # "cares (only) about money", "looks out (only) for itself", "thinks only of itself"
        r = 0
        if t in _DUP_LOOK:
            if w[0] != "out":
                return -1, False
            r = 1
        if r < len(w) and w[r] in {"only", "just"}:
            only, r = True, r + 1
        if only and r + 1 < len(w) and w[r] in {"about", "for", "of"}:
            r += 1
            while r < len(w) - 1 and w[r] in _DUP_OWN:
                r += 1
            if w[r] in _DUP_SELF or w[r] == "number" and w[r + 1] == "one":
                return q + 1 + r + (w[r] == "number"), neg
    return -1, False


# credit idioms said of the subject X (rule 9, favor X): "X has done a lot / so much / more for Y",
# "X gets things done", "X delivered (for Y / on its promises)" (see _credit)
_CREDIT_DO = frozenset({"done", "did", "does", "do", "doing"})
_CREDIT_MUCH = frozenset({"lot", "much", "more", "everything", "deal", "plenty", "wonders"})
_CREDIT_VERBS = _CREDIT_DO | frozenset("""gets get got getting delivered delivers deliver
delivering""".split())


def _credit(toks, q: int, hi: int) -> tuple[int, bool]:
    """Last index of a credit idiom opening the predicate at ``q`` and whether it is negated, else
    (-1, False): "done a lot for" (not "a lot of damage to"), "gets things done", "delivered for /
    on", "delivered" ending the clause; not in a question ("has X done a lot for Y?")."""
    neg = False
    while q <= hi and (_is_negator(toks[q]) or toks[q] in {
            "really", "always", "actually", "certainly", "truly", "just", "again"}):
        neg = neg or _is_negator(toks[q])
        q += 1
    if q > hi or toks[q] not in _CREDIT_VERBS or toks[-1] == "?":
        return -1, False
    t, w = toks[q], toks[q + 1:hi + 1] + ["", "", "", ""]
    if t in _CREDIT_DO:
        r = next((i for i in range(4) if w[i] in _CREDIT_MUCH), -1)
        if r >= 0 and all(x in {"a", "so", "great", "much", "very", "far", "way", "a lot"} for x in w[:r]) \
                and w[r + 1] == "for" and w[r + 2]:
            return q + r + 2, neg
    elif t[0] == "g":
        if w[0] == "things" and w[1] == "done":
            return q + 2, neg
    elif t[0] == "d":
        if w[0] in {"for", "on"} and w[1] or not w[0] or w[0] in {".", "!", ",", "again", "big", "big-time"}:
            return q + (w[0] in {"for", "on"}), neg
    return -1, False


# what X is owed, given or deserves, and whether it may fall ("Y owes X ...", "X should get / be
# given F-16s", "X doesn't deserve a penny", "X cannot be allowed to fall"): see _deontic
_OWE = frozenset({"owe", "owes", "owed", "owing"})
_RECEIVE = frozenset({"get", "receive", "given", "sent", "supplied", "provided", "armed", "equipped",
                      "granted"})
_DESERVE = frozenset({"deserve", "deserves", "deserved"})
_FALL = frozenset({"fall", "collapse", "crumble"})
_ALLIANCES = frozenset({"nato", "eu", "alliance"})
# a membership denied by these ("X cannot / must not be in NATO"); "X doesn't need to" or "won't
# join" deny no right
_CAN_MUST = frozenset({"can", "cannot", "can't", "must", "mustn't", "should", "shouldn't"})
_DEONTIC_CUES = _OWE | _RECEIVE | _DESERVE | _FALL | _ALLIANCES
_GONNA = frozenset({"gonna", "going"})
_OBLIGING = frozenset({"must", "should", "need", "needs", "ought", "gotta", "mustn't", "shouldn't",
                       "cannot", "can't", "can", "will", "won't"})


def _deontic(toks, a: int, b: int, lo: int, hi: int, val) -> tuple[float, str, int, int] | None:
    """Stance, cue, first and last index of what X is owed, given or let suffer, else None.

    "Y owes X (reparations)" -> favor X, "Y doesn't owe X anything / owes X nothing" ->
    against; "X should get / must receive / needs to be given weapons" -> favor X, "X
    should never receive them", "X shouldn't get a penny" -> against; "X deserves its
    nukes back" -> favor X, "X doesn't deserve a cent / deserves nothing" -> against
    ("X deserves what it gets", "X deserves to ..." are left to the other rules);
    "X cannot / must not / won't (be allowed to) fall / collapse" -> favor X, "X must
    fall" -> against X; "X must / needs to join (be in, be a member of, be admitted
    into) NATO / the EU / the alliance" -> favor X, "X cannot / must not be in NATO" ->
    against ("X doesn't need to ...", "X won't join ..." deny no right; not after "why").
    Not in a condition ("if X gets jets ...").
    """
    if any(x in _CONDITIONALS for x in toks[lo:a]):
        return None
    k = a - 1 if a - 1 > lo and toks[a - 1] == "the" else a
    if k - 1 >= lo and toks[k - 1] in _OWE:
        w = [x for x in range(max(lo, k - 4), k - 1) if _is_negator(toks[x])]
        if w or b + 1 <= hi and toks[b + 1] in {"nothing", "zero"}:
            return -0.5, "owed", w[0] if w else k - 1, b if w else b + 1
        return 0.5, "owed", k - 1, b
    r, neg, modal, fut = b + 1, -1, False, False
    while r <= hi and r < b + 7 and (toks[r] in lx.AUXILIARIES or toks[r] in _OBLIGING or _is_negator(
            toks[r]) or toks[r] in {"allowed", "permitted", "get", "ever"} and toks[r - 1] in {"be", "to"}
            or toks[r] in _GONNA):
        if _is_negator(toks[r]) and neg < 0:
            neg = r
        modal = modal or toks[r] in _OBLIGING
        fut = fut or toks[r] in _GONNA  # "X is gonna / going to fall": the future, as "will"
        r += 1
    if r > hi:
        return None
    v = toks[r]
    o = r + 2 if r + 2 <= hi and toks[r + 1] in {"a", "an", "the", "its", "their", "any", "one"} else r + 1
    obj = toks[o] if o <= hi else ""
    if v in _RECEIVE and modal and (v != "get" or obj in lx.AID_NOUNS or obj in _AID_WEAPONS or obj in {
            "more", "all", "everything", "whatever", "nukes", "penny", "cent", "dime", "dollar"}):
        return (-0.5 if neg >= 0 else 0.5), "aid to actor", a, r
    if v in _DESERVE and obj != "to" and obj not in {"what", "whatever", "everything", "it", "this",
                                                       "that", "all"} and (
            val.get(obj, 0.0) >= 0 or obj in lx.AID_NOUNS or obj in _AID_WEAPONS):
        if neg >= 0 or obj in {"nothing", "zero"}:
            return -0.5, "advocacy", a, max(r, o if obj in {"nothing", "zero"} else r)
        return 0.4, "defence", a, min(o, hi)
    must = not {"must", "should", "needs", "need", "ought", "gotta"}.isdisjoint(toks[b + 1:r]) or any(
        toks[x] in {"has", "have", "had"} and toks[x + 1] == "to" for x in range(b + 1, r - 1))
    if (v in {"join", "enter", "in", "into", "member", "part", "a", "admitted", "accepted"}) and (
            (neg < 0 and must) or neg >= 0 and not _CAN_MUST.isdisjoint(toks[b + 1:r])) and not (
            a - 1 >= lo and toks[a - 1] in {"why", "how", "whether"}) and (e := next((x for x in range(r, min(hi + 1, r + 5)) if toks[
            x] in _ALLIANCES), -1)) >= 0:
        return (-0.5 if neg >= 0 else 0.5), "advocacy" if neg >= 0 else "defence", a, e
    if v in _FALL and (modal or fut) and r + 1 <= hi + 1 and (r + 1 > hi or toks[r + 1] in lx.BOUNDARIES or toks[
            r + 1] in {"to", "again", "apart", "soon", "eventually"}):
        if neg >= 0:
            return 0.5, "defence", a, r
        if must:
            return -0.5, "wish", a, r
        if (fut or not _WILL.isdisjoint(toks[b + 1:r])) and not any(
                x in _CONDITIONALS or x == "without" and "doubt" not in toks[i + 1:i + 3] for i, x in enumerate(toks[:a])):
            return -0.5, "predicted demise", a, r  # "X will fall (soon)", not "if / without Y, X will fall"
    return None


# "without (our) help X will fall", "X would collapse without Western weapons": a warning that X
# needs help argues for helping X (``"aid to actor"``, favor X)
_UNAIDED_FUTURE = frozenset({"will", "would", "'ll", "'d", "gonna", "going", "could", "won't", "wouldn't"})
_UNAIDED_DOWN = frozenset("""fall fallen collapse collapsed crumble lose lost perish die fail defeated
crushed overrun destroyed conquered finished gone""".split())
_UNAIDED_UP = frozenset({"survive", "survived", "last", "lasted", "stand", "stood", "exist", "existed"})
_AID_OR_US = lx.AID_NOUNS | _AID_WEAPONS | {"us", "america", "nato", "west"}


def _unaided_demise(toks, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """(first, last) index of "without (our) help X will fall / won't survive", else (-1, -1)."""
    r, neg, fut = b + 1, False, False
    while r <= hi and r < b + 7 and (toks[r] in lx.AUXILIARIES or toks[r] in _UNAIDED_FUTURE or _is_negator(toks[r])):
        neg = neg or _is_negator(toks[r])
        fut = fut or toks[r] in _UNAIDED_FUTURE
        r += 1
    if not fut or r > hi or not (toks[r] in _UNAIDED_DOWN and not neg or toks[r] in _UNAIDED_UP and neg):
        return -1, -1
    for w in range(max(0, a - 7), a):  # "without (our / Western) help, X ..." (the comma may close a clause)
        if toks[w] == "without" and not _AID_OR_US.isdisjoint(toks[w + 1:min(a, w + 4)]):
            return w, r
    for w in range(r + 1, min(hi + 1, r + 4)):  # "X will fall without (our) help"
        if toks[w] == "without" and (e := next((x for x in range(w + 1, min(hi + 1, w + 4)) if toks[
                x] in _AID_OR_US), -1)) >= 0:
            return a, e
    return -1, -1



# aid misused: aid given to X that is wasted, stolen, sold or lost ("money sent to X doesn't reach the
# front", "keep sending stuff to X and it will end up in Y's hands", "X can't account for $70bn in
# aid", "X pocketed the money", "the weapons were sold by X"): an argument that aiding X is wasted,
# so against X (``"aid misused"``); read before the other rules, which took the gift for favor
_MISUSE_DONE = frozenset("""sold stolen laundered squandered wasted pocketed embezzled siphoned
disappeared vanished unaccounted""".split())  # said of the aid given to X ("... were sold")
_MISUSE_VERBS = frozenset("""stole steals stealing stolen pocketed pockets pocketing laundered launders
laundering squandered squanders squandering wasted wastes wasting embezzled embezzles embezzling siphoned
siphons siphoning""".split())  # done by X to the aid ("X pocketed the money")
_MISUSE_END = frozenset({"end", "ends", "ended", "ending"})  # "... end up in Y's hands"
_MISUSE_REACH = frozenset({"reach", "reaches", "reached", "reaching"})  # negated: "doesn't reach the front"
_MISUSE_CUES = _MISUSE_DONE | _MISUSE_VERBS | _MISUSE_END | _MISUSE_REACH | {"account"}
_MISUSE_GIFTS = lx.AID_NOUNS | _AID_WEAPONS | _GIVE_VERBS | frozenset({
    "gave", "stuff", "equipment", "billion", "million", "taxpayer", "taxes", "donated", "donations"})
_MISUSE_SKIP = lx.AUXILIARIES | frozenset({"simply", "allegedly", "apparently", "probably", "never",
                                           "not", "unable", "able"})


def _aid_misused(toks, a: int, b: int, n: int, owner) -> tuple[int, int]:
    """(first, last) index of aid to X (the mention ``a..b``) said to be misused, else (-1, -1).

    X the recipient ("aid / weapons / stuff sent to X") with a misuse told after it in
    the sentence ("... doesn't reach the front", "... will end up in Y's hands", "...
    were sold / stolen"), not negated ("never ended up", "was not stolen") and not by
    another actor ("... was stolen by Y"); or X the subject of the misuse of aid ("X
    can't account for the aid", "X stole / pocketed the money"; "sold / stolen by X").
    Not in a condition ("if the aid to X is stolen ...").
    """
    if not _CONDITIONALS.isdisjoint(toks[max(0, a - 12):a]):
        return -1, -1
    if a - 1 >= 0 and toks[a - 1] in {"to", "for"} and (g := next((x for x in range(a - 2, max(-1, a - 6), -1) if toks[
            x] in _MISUSE_GIFTS), -1)) >= 0:
        neg = False
        for r in range(b + 1, min(n, b + 13)):
            t = toks[r]
            if t in {";", "but"} or (r in owner and owner[r] is not owner.get(a) and r - 1 > b and toks[
                    r - 1] in {"to", "for"}):
                break  # another clause, or aid to another recipient
            if _is_negator(t):  # (lx.NEGATORS holds "never")
                neg = True
            elif t in _MISUSE_REACH and neg:
                return g, r  # "money sent to X doesn't reach the front"
            elif t in _MISUSE_END and r + 2 < n and toks[r + 1] == "up" and toks[r + 2] in {"in", "with", "on"}:
                return (g, r + 2) if not neg else (-1, -1)  # "... (will) end up in Y's hands"
            elif t in _MISUSE_DONE:
                if neg or r + 2 < n and toks[r + 1] == "by" and r + 2 in owner and owner[r + 2] is not owner.get(a):
                    return -1, -1  # "... was not stolen", "... was stolen by Y" (X is no wrongdoer)
                return g, r
    if a - 1 >= 0 and toks[a - 1] == "by" and a - 2 >= 0 and toks[a - 2] in _MISUSE_DONE and not _negated(
            toks[max(0, a - 5):a - 2]) and (g := next((x for x in range(a - 3, max(-1, a - 9), -1) if toks[
            x] in _MISUSE_GIFTS), -1)) >= 0:
        return g, b  # "the weapons were (certainly) sold by X"
    r, neg = b + 1, False
    while r < n and r < b + 6 and (toks[r] in _MISUSE_SKIP or _is_negator(toks[r])):
        neg = neg or _is_negator(toks[r]) or toks[r] == "unable"
        r += 1
    if r >= n:
        return -1, -1
    t = toks[r]
    if t == "account" and neg and r + 1 < n and toks[r + 1] == "for" or t in _MISUSE_VERBS and not neg:
        e = next((x for x in range(r + 1, min(n, r + 8)) if toks[x] in lx.AID_NOUNS or toks[x] in {
            "billion", "million", "taxpayer", "donations", "equipment"}), -1)
        if e >= 0:
            return a, e  # "X can't account for $70bn in aid", "X pocketed the money"
    return -1, -1

# fear: "Y is afraid of X", "Y fears X" (Y another actor): X is feared, its strength (favor X);
# "nobody is afraid of / fears X": X's weakness (against X); "X is afraid of / fears Y" (Y another
# actor): X's weakness (against X), "X is not afraid of Y" its courage (favor X) (``"fear"``)
_FEAR_ADJ = frozenset({"afraid", "scared", "terrified", "frightened", "fearful"})
_FEAR_VERBS = frozenset({"fear", "fears", "feared", "fearing"})
_FEAR_WORDS = _FEAR_ADJ | _FEAR_VERBS
_FEAR_SKIP = frozenset({"so", "too", "very", "really", "even", "still", "all", "truly", "reason", "good",
                        "every", "more", "less", "anymore", "longer", "actually"})
_FEARLESS = frozenset({"nobody", "noone", "none"})
_EVERYONE = frozenset({"everyone", "everybody", "world"})


def _fearer(toks, a: int, lo: int) -> bool:
    """Whether the mention at ``a`` is the subject of an asserted fear: not an object ("(those
    who) support X are afraid ...") nor under a negation ("it's not like X is afraid ...")."""
    return a == lo or not (toks[a - 1] in _BEFORE_MENTION_CUES or toks[a - 1] in _PREPOSITIONS or any(
        _is_negator(x) for x in toks[max(lo, a - 3):a]))


def _fear(toks, a: int, b: int, lo: int, hi: int, owner, actor: str) -> tuple[float, int, int]:
    """(stance, first, last index) of X feared or afraid (see above), else (0, -1, -1)."""
    f = a - 1 if a - 1 >= lo and toks[a - 1] in _FEAR_VERBS else (
        a - 2 if a - 2 >= lo and toks[a - 1] == "of" and toks[a - 2] in _FEAR_ADJ else -1)
    if f >= 0:  # X feared
        s, neg = f - 1, False
        while s >= lo and s > f - 6 and toks[s] not in _FEARLESS and (
                toks[s] in lx.AUXILIARIES or toks[s] in _FEAR_SKIP or _is_negator(toks[s])):
            neg = neg or _is_negator(toks[s])
            s -= 1
        if s >= lo and (toks[s] in _FEARLESS or toks[s] == "one" and s > lo and toks[s - 1] == "no"):
            return -0.5, s - (toks[s] == "one"), b
        o = owner.get(s) if s >= lo else None
        if not neg and s >= lo and toks[s] in _EVERYONE and not (s > lo and _is_negator(toks[s - 1])):
            return 0.5, s, b  # "everyone fears X", "the whole world is afraid of X"
        if o is not None and o.actor != actor and not neg and _fearer(toks, o.a, lo):
            return 0.5, o.a, b
        return 0.0, -1, -1
    if not _fearer(toks, a, lo):
        return 0.0, -1, -1
    r, neg = b + 1, False  # X afraid
    while r <= hi and r < b + 7 and (toks[r] in lx.AUXILIARIES or toks[r] in _FEAR_SKIP or _is_negator(toks[r])
                                     or toks[r] == "has" or toks[r] == "no"):
        neg = neg or _is_negator(toks[r])
        r += 1
    y = r + 1 if r <= hi and toks[r] in _FEAR_VERBS else r + 2 if r + 2 <= hi and toks[r] in _FEAR_ADJ and toks[
        r + 1] == "of" else -1
    if 0 <= y <= hi and (o := owner.get(y)) is not None and o.actor != actor:
        return (0.5 if neg else -0.5), a, y
    return 0.0, -1, -1


# "Russia, just leave!", "Russia, give Crimea back": a demand addressed to X (``"told to
# withdraw"``, against X); "Ukraine, stay strong", "Ukraine, keep fighting": encouragement
# addressed to X (``"encouraged"``, favor X). X opens the sentence, a comma follows.
_VOCATIVE_DEMANDS = frozenset("""leave withdraw retreat surrender stop give return get pull go
capitulate end""".split())
_VOCATIVE_OUT = {"get": {"out", "lost"}, "pull": {"out", "back"}, "go": {"home", "back"},
                 "give": {"back"}}
_ENCOURAGE = {("stay", "strong"), ("be", "strong"), ("hold", "on"), ("keep", "fighting"),
              ("fight", "on"), ("hang", "in"), ("never", "give"), ("don't", "give"),
              ("keep", "going"), ("keep", "it"), ("we", "are"), ("we're", "with"),
              ("we", "stand")}
_ENCOURAGE_WITH = frozenset({"with", "behind"})
# the writer's wish for an event of X ("I hope / wish / pray (that) X V", "hopefully X V", "let's
# hope X V", "I want X to V", "I'd love to see X V", "may X V", "may you V, X"): the words of
# wishing are the writer's attitude to the event, and the event decides (``"wish"``)
# a third party's forms ("Putin wants to see X crushed", "he hopes X loses"): the wish is the wisher's
_WISH_3SG = {"wants": "want", "hopes": "hope", "wishes": "wish", "prays": "pray"}
_WISH_WORDS = _HOPE_WORDS | {"want", "love", "may", "wait", *_WISH_3SG}
_WISH_LINKS = frozenset({"that", "the", "to", "see", "watch", ",", "for", "until", "till"})  # "hope that
# X", "love to see X", "can't wait for / until X"
_WAIT_LINKS = frozenset({"for", "until", "till"})
_CANT_WAIT = frozenset({"can't", "cannot", "cant"})  # ("I can't wait for X to V")
_THIRD_WISHERS = frozenset({"they", "he", "she", "who", "many", "some", "people"})
_WISHERS = _FIRST_PERSON | {"let's", "lets", "i'd", "we'd", "here's"}
_WISHER_ADVERBS = frozenset({"really", "just", "do", "still", "truly", "sincerely", "also", "all",
                             "so", "genuinely", "would", "only", "am", "are", "dearly"})
_WISH_AUX = frozenset({"would", "will", "'ll", "to", "can", "could", "shall", "gonna", "soon",
                       "finally", "eventually", "just", "really", "quickly", "completely", "totally",
                       "simply", "all", "actually", "does", "one", "day", "someday", "slowly"})
_WISH_OWNED = lx.MILITARY_NOUNS | frozenset("""economy regime government leadership offensive
counteroffensive counter-offensive invasion people country state empire nation""".split())
_WISH_COPULAS = frozenset({"be", "is", "are", "gets", "get", "becomes", "become", "stays", "stay",
                           "remains", "remain"})


def _inflected(words: str) -> frozenset[str]:
    return frozenset(w + e for w in words.split() for e in ("", "s", "es"))


_WISHED_FAVOR = _inflected("win prevail triumph succeed survive flourish thrive endure recover")
_WISHED_AGAINST = _inflected("lose burn rot perish fall collapse suffer crumble fail end die "
                             "disappear vanish pay choke starve implode disintegrate surrender")
# "I hope X takes Kyiv", "I want X to take Crimea back": a wished conquest of a place or actor
# (the object: a taken place, ``_TAKEN``, or another mention) is favor X, against the object
_WISHED_TAKE = _inflected("take retake recapture reclaim capture seize conquer")
_WISHED_TAKE_SKIP = frozenset({"the", "all", "of", "back", "over", "whole", "entire", "rest"})
_WISHED_FAVOR_STATES = frozenset({"victorious", "free", "able", "blessed", "safe", "strong", "successful",
                                  "protected", "saved", "liberated", "okay", "ok", "alright", "fine"})
_WISHED_AGAINST_STATES = _DEMISE_PARTICIPLES | {
    "defeated", "destroyed", "damned", "crushed", "cursed", "punished", "humiliated", "beaten", "finished",
    "dead", "doomed", "bankrupt", "broken", "conquered"}
# "Russian conscripts keep surrendering": X's combatants give up (``"defeat"``, against X)
_GIVING_UP = frozenset("""surrendering surrender surrendered surrenders deserting deserted
desert deserts defecting defected defect mutinying mutinied mutiny""".split())
_RUN = frozenset({"run", "runs", "ran", "running"})  # "running away", "run out of", "run circles around"


def _addressed(toks, a: int, b: int) -> tuple[float, int]:
    """(stance, end index) of a demand or encouragement addressed to X at ``a..b``, else (0, -1)."""
    n = len(toks)
    if a != 0 or b + 2 >= n or toks[b + 1] != ",":
        return 0.0, -1
    r = b + 2
    while r < n - 1 and toks[r] in {"just", "please", "now", "simply", "then"}:
        r += 1
    t, t2 = toks[r], toks[r + 1] if r + 1 < n else ""
    if (t, t2) in _ENCOURAGE:
        if t in {"we", "we're"} and not _ENCOURAGE_WITH.intersection(toks[r + 1:r + 4]):
            return 0.0, -1
        return 0.7, r + 1
    if t in _VOCATIVE_DEMANDS:
        need = _VOCATIVE_OUT.get(t)
        if need is not None:
            p = next((q for q in range(r + 1, min(n, r + 5)) if toks[q] in need), -1)
            return (-0.7, p) if p >= 0 else (0.0, -1)
        return -0.7, r
    return 0.0, -1


# "I'm rooting for the fall of X", "praying for X's defeat", "cheering for the victory of X":
# a side-taking declaration or prayer whose object is an event of X: the event decides
_ROOTED_EVENTS = {**dict.fromkeys("""fall defeat demise downfall collapse destruction
annihilation humiliation failure breakup dissolution ruin capitulation surrender""".split(), -1.0),
                  **dict.fromkeys("victory win success survival triumph liberation".split(), 1.0)}
_ROOTED_FOR = frozenset({"rooting", "root", "cheering", "cheer", "praying", "pray", "hoping", "hope"})
_ROOTED_SKIP = frozenset({"the", "a", "an", "total", "complete", "final", "eventual", "swift",
                          "quick", "utter", "inevitable"})
_ROOTED_LIST = frozenset({"both", "the", "and", "&", ",", "all"})


def _rooted_event(toks, a: int, b: int, lo: int, owner) -> tuple[float, int, int]:
    """(stance, start, end) of the commenter's declaration or prayer for an event of X (the
    mention at ``a``..``b``), "rooting for the fall of (both) X (and Y)", "rooting for X's
    defeat"; (0, -1, -1) if none. The declarer is the commenter ("I", "we") or none (the clause
    opens with the phrase); a negation flips the event ("I'm not rooting for X's defeat")."""
    n = len(toks)
    if toks[b][-2:] == "'s" and b + 1 < n and toks[b + 1] in _ROOTED_EVENTS:
        e, p = b + 1, a  # "X's defeat"
    else:
        p = a - 1
        while p > lo and p > a - 8 and (toks[p] in _ROOTED_LIST or p in owner):
            p -= 1  # over a list of objects: "the fall of both Y and X"
        if p <= lo or toks[p] != "of" or toks[p - 1] not in _ROOTED_EVENTS:
            return 0.0, -1, -1
        e = p = p - 1
    q = p - 1
    while q > lo and toks[q] in _ROOTED_SKIP:
        q -= 1
    if q <= lo or toks[q] != "for" or toks[q - 1] not in _ROOTED_FOR:
        return 0.0, -1, -1
    d, ng = _subject_back(toks, q - 1, lo, _DECLARE_SKIP, 5)
    if d >= lo and toks[d] not in _DECLARERS:
        return 0.0, -1, -1  # "everyone is rooting for X's defeat": not the commenter's
    s0, neg = (d if d >= lo else q - 1), ng >= 0
    st = _ROOTED_EVENTS[toks[e]] * 0.8
    return (-st * 0.75 if neg else st), s0, e


def _wished_event(toks, a: int, b: int, lo: int, owner) -> tuple[float, int, int]:
    """(stance, index of the wish word, index of the event's word) of the writer's wish for an
    event of X (the mention at ``a``..``b``); (0, w, -1) with the wish word alone, (0, -1, -1)
    with no wish of the writer's."""
    w = a - 1
    while w > lo and w > a - 5 and toks[w] in _WISH_LINKS:
        w -= 1
    n = len(toks)
    if toks[0] == "may" and a > 3 and toks[1] == "you" and toks[a - 1] == "," and (
            b + 1 == n or not toks[b + 1][:1].isalnum()):
        w, r = 0, 2  # "may you rot, X": X addressed
    elif w < lo or toks[w] not in _WISH_WORDS or w < a - 1 and toks[w + 1] == ",":
        return 0.0, -1, -1
    else:
        r = b + 1
        if toks[b][-2:] == "'s" and r < n and toks[r] in _WISH_OWNED:
            r += 1  # "I hope X's army collapses": the event of X's own
    t = toks[w]
    named = t in _WISH_3SG  # "Y wants / hopes ...": only a third party's
    if named:
        t = _WISH_3SG[t]
    w0 = w
    links = toks[w + 1:a]
    if t == "may":
        if w != 0 or (r > b and a != 1):
            return 0.0, -1, -1  # "may X V" opens the sentence
    elif t == "want":
        if links[:2] != ["to", "see"] and (links or r >= n or toks[r] != "to"):
            return 0.0, -1, -1  # "I want X (X's army) to V", "I want to see X V"
    elif t == "love" and "see" not in links and "watch" not in links:
        return 0.0, -1, -1  # "I'd love to see X V"
    elif t == "wait":
        if w == lo or toks[w - 1] not in _CANT_WAIT or not links or links[0] not in _WAIT_LINKS and links[
                :2] != ["to", "see"]:
            return 0.0, -1, -1  # "I can't wait for X to V / until X V / to see X V"
        w0 = w = w - 1
    elif links and links[0] in _WAIT_LINKS:
        return 0.0, -1, -1  # "hope for X", "pray for X": no event of X
    neg = third = False
    if t != "may" and t != "hopefully":
        j, at = _subject_back(toks, w, lo, _WISHER_ADVERBS, 4)
        if at >= 0:
            neg, w0 = True, at  # "I don't want X to V": the evidence starts at the negation
        if named or not (j >= lo and toks[j] in _WISHERS or t in {"hoping", "praying", "wait"} and (
                j < lo or toks[j] in {",", "and", "but", "so"})):
            if neg or j < lo or toks[j] not in _THIRD_WISHERS and toks[j][-1:] != "s" and j not in owner and not named:
                return 0.0, -1, -1  # a third party's wish ("Y hopes X ...") is left to the other rules
            third = True
    while r < n and r < b + 6 and (toks[r] in _WISH_AUX or _is_negator(toks[r])):
        neg = neg != _is_negator(toks[r])
        r += 1
    if r >= n:
        return 0.0, w, -1
    e = toks[r]
    st = 0.0
    if e in _WISH_COPULAS and r + 1 < n:
        r += 1
        if toks[r] in _WISHED_FAVOR_STATES:
            st = 0.8
        elif toks[r] in _WISHED_AGAINST_STATES:
            st = -0.8
    elif e in _WISHED_FAVOR:
        st = 0.8
    elif e in _WISHED_AGAINST:
        st = -0.8
    elif "see" in links and (e in _WISHED_AGAINST_STATES or e in _WISHED_FAVOR_STATES):
        st = 0.8 if e in _WISHED_FAVOR_STATES else -0.8  # "I'd love to see X defeated / free"
    elif (e == "go" or e == "goes") and toks[r + 1:r + 3] == ["to", "hell"]:
        st, r = -0.8, r + 2
    elif e in _WISHED_TAKE:
        q = r + 1
        while q < n and q < r + 5 and toks[q] in _WISHED_TAKE_SKIP:
            q += 1  # "takes back the rest of Y"
        if q < n and (toks[q] in _TAKEN or owner.get(q) not in (None, owner.get(a))):
            st, r = 0.8, q  # "I hope X takes (back) Kyiv": X's conquest; r: the object taken
        elif q - 1 > r and toks[q - 1] in _TAKEN:
            st, r = 0.8, q - 1  # "I hope X takes the rest / takes all": words of both sets
    if not st:
        return 0.0, w, -1
    if third:
        return 0.0, w0, r  # "they want to see X defeated": the wish is theirs, not the writer's
    return (-st if neg else st), w0, r


def _combatants_give_up(toks, m, b: int, hi: int) -> int:
    """Index of "surrendering" in "X's troops keep surrendering / are running away", else -1."""
    if toks[b] in lx.MILITARY_NOUNS:  # the mention is "Russian troops" itself
        s = b + 1
    elif _combatant(toks, m):
        s = next(i for i in range(b + 1, len(toks)) if toks[i] in lx.MILITARY_NOUNS) + 1
    else:
        return -1
    for r in range(s, min(hi + 1, s + 4)):
        t = toks[r]
        if t in _GIVING_UP:
            return -1 if _negated(toks[b + 1:r]) else r
        if t in _RUN and r + 1 <= hi and toks[r + 1] == "away":
            return -1 if _negated(toks[b + 1:r]) else r + 1
        if t not in lx.AUXILIARIES and t not in {"keep", "keeps", "kept", "started", "are",
                                                 "were", "been", "now", "still", "all",
                                                 "already", "just", "mass", "en", "massively"}:
            return -1
    return -1


# "X will take (over) Y", "X is about to take Y back", "X will retake Crimea": X's predicted
# conquest of a place or actor (``"predicted victory"``, favor X); "X will conquer / crush
# Y" are rule 9's and 10's
_TAKE = frozenset({"take", "retake", "recapture", "reclaim", "capture", "seize"})
_TAKEN = frozenset("""all crimea donbas donbass bakhmut kherson kharkiv odesa odessa
zaporizhzhia donetsk luhansk mariupol avdiivka territory territories land lands city cities
region regions kyiv kiev rest""".split())
_SOON = frozenset({"soon", "eventually", "definitely", "surely", "certainly", "easily",
                   "simply", "just", "then", "also", "probably", "finally", "rightfully"})


# setbacks of X told as the course of the war (``"defeat"``, against X): X pushed back or worn
# down by another side ("Y pushes X back", "Y drove X out", "Y is kicking X's butt", "bleed X
# dry", "degrade X", "X was pushed out / routed"), or X the one worn down ("X is really
# hurting", "X is bleeding men", "X is on the back foot", "X will run out of shells / hit its
# limit first"); the side doing the pushing is credited (``"military success"``)
_PUSH_VERBS = frozenset("""push pushes pushed pushing drive drives drove driven driving kick
kicks kicked kicking throw throws threw thrown throwing chase chases chased chasing knock
knocks knocked knocking force forces forced forcing boot boots booted booting""".split())
_PUSH_PARTICLES = frozenset({"back", "out"})
_DOWN_VERBS = frozenset({"wear", "wears", "wore", "wearing", "worn", "grind", "grinds",
                         "grinding", "ground"})
_ATTRITION_VERBS = frozenset("""bleed bleeds bled bleeding degrade degrades degraded degrading
exhaust exhausts exhausted exhausting deplete depletes depleted depleting rout routs routed
routing repel repels repelled repelling repulse repulses repulsed repulsing decimate decimates
decimated decimating attrit attrits attrited""".split())
_SUFFERING = frozenset({"hurting", "bleeding", "reeling", "struggling", "faltering"})
# what may follow "X is hurting / bleeding" when X is the one hurt ("X is bleeding men"), not
# the one who hurts ("X is hurting Y")
_SUFFERING_AFTER = frozenset("""badly bad too now already more even everywhere heavily
terribly really dry out white not men troops soldiers equipment money manpower""".split())
_EXHAUSTIBLE = _RESOURCES | frozenset("""people bodies shells rockets men soldiers recruits
conscripts fodder supplies fuel steam time options reserves""".split())
# "disable / degrade / reduce X's ability (capacity) to ...": X's means of waging war are cut
_REDUCE_VERBS = frozenset("""reduce reduces reduced reducing disable disables disabled disabling
degrade degrades degraded degrading cripple cripples crippled crippling limit limits limited
limiting weaken weakens weakened weakening diminish diminishes diminished diminishing erode
erodes eroded eroding undermine undermines undermined undermining impair impairs impaired
impairing hamper hampers hampered hampering end ends ended ending destroy destroys destroyed
destroying eliminate eliminates eliminated eliminating""".split())
_ABILITY = frozenset({"ability", "abilities", "capacity", "capacities", "capability", "capabilities"})
_LIMIT_VERBS = frozenset({"hit", "hits", "hitting", "reach", "reaches", "reached", "reaching"})
_PLIGHTS = (("on", "the", "back", "foot"), ("on", "the", "ropes"), ("on", "the", "run"),
            ("on", "its", "last", "legs"), ("on", "their", "last", "legs"), ("in", "retreat"))
_SETBACK_SKIP = frozenset("""continue continues continued keep keeps kept trying tries try
managed manages able going gonna daily slowly steadily successfully finally now started
starting begun began need needs""".split())
# the auxiliary opening a yes / no question ("did Y push X back?")
_YES_NO_OPENERS = frozenset("""did does do has have had is are was were will can could would
should shall""".split())
# "X has retaken Kherson", "X took more ground (than Y)": ground won back or gained by X
# (``"military success"``, favor X)
_RETAKE = frozenset("""retake retakes retook retaken retaking recapture recaptures recaptured
recapturing reclaim reclaims reclaimed reclaiming regain regains regained regaining""".split())
_GAIN = frozenset({"took", "taken", "gained", "captured", "seized", "liberated", "won"})
_GROUND = frozenset("""ground land territory territories villages towns settlements square km
kilometers kilometres miles""".split())
# beatings told by idiom: "Y is kicking their butt", "Y is running circles around X", "Y is
# wiping the floor with X" (Y's ``"military success"``; X, when named, its ``"defeat"``)
_FLOOR_VERBS = frozenset({"wiping", "wiped", "wipe", "wipes", "mopping", "mopped", "mop", "mops"})
# X coming apart ("X is falling apart / crumbling"), X wiped out ("X got wiped out /
# annihilated"), X's losses ("X is taking heavy losses"): ``"defeat"``, against X
_COMING_APART = frozenset({"crumbles", "crumbled", "implodes", "imploded", "imploding"})  # ("crumbling": VADER)
_FALL_VERBS = frozenset({"falling", "fell", "fall", "falls", "fallen"})
_WIPED = frozenset({"annihilated", "obliterated", "wiped"})
_LOSS_VERBS = frozenset("""taking took taken takes sustaining sustained sustains incurring
incurred suffering suffered suffers""".split())
_LOSS_NOUNS = frozenset({"losses", "casualties", "defeat", "defeats", "setback", "setbacks"})
# success denied ("X will never retake Y", "X can't break through", "I can't see X breaking
# through Y's lines"): an expected defeat (``"defeat"``, against X)
_ADVANCE = frozenset({"advance", "advances", "advancing", "advanced"})
_BREAK = frozenset({"break", "breaks", "breaking", "broke"})
_CONQUER = frozenset({"conquer", "conquering", "overrun", "subdue", "subjugate"})  # ("never conquer Y")
_PERCEIVE = frozenset({"see", "imagine", "picture", "envision"})
# X's push stopped ("Y has repelled / halted X's counteroffensive"): X's ``"defeat"``
_PUSHES = frozenset({"counteroffensive", "counter-offensive", "gains"})
_REPELLED = frozenset("""repelled repelling repels repel repulsed stopped stopping stops stop halted
halting halts thwarted thwarting blunted blunting crushed crushing defeated defeating smashed
foiled reversed""".split())
_SETBACK_CUES = _RETAKE | _GAIN | (_PUSH_VERBS | _DOWN_VERBS | _ATTRITION_VERBS | _SUFFERING | _RUN | {"limit"} | _ABILITY
                 | {t[-1] for t in _PLIGHTS} | _FLOOR_VERBS | _COMING_APART | _WIPED | _LOSS_NOUNS
                 | _ADVANCE | _BREAK | _CONQUER | {"apart", "circles"})


def _setback(toks, m, k: int, lo: int, hi: int, owner, sent) -> tuple[int, int, int]:
    """(start, end, index of the pushing side or -1) of a setback of X (the mention ``a..b``), else (-1, -1, -1).

    ``k`` is the start of X's noun phrase (after its determiners). Not negated
    ("Y can't push X back"), not in a condition ("if Y pushes X back").
    """
    a, b, actor = m.a, m.b, m.actor
    if not _CONDITIONALS.isdisjoint(toks[lo:a]) or toks[-1] == "?" and toks[lo] in _YES_NO_OPENERS:
        return -1, -1, -1  # "if Y pushes X back ...", "did Y push X back?": nothing asserted
    n = len(toks)
    # X the object: "Y pushes X back", "pushing back X", "kicking X's butt", "bleed X (dry)"
    v = k - 1
    tb = toks[b]
    if b + 1 < n and (tb in _NOUN_MARKERS or tb.endswith("'s") or m.kind == "demonym") and toks[b + 1][:1].isalpha() \
            and toks[b + 1] not in lx.MILITARY_NOUNS and toks[b + 1] not in _BACKSIDE and toks[b + 1] not in _ABILITY \
            and toks[b + 1] not in _PUSH_PARTICLES and toks[b + 1] not in {"down", "dry", "white", "of"}:
        v = -1  # "kicking out their government": the object is what X owns, not X
    if v - 1 >= lo and toks[v] in _PUSH_PARTICLES and toks[v - 1] in _PUSH_VERBS and "of" not in toks[k:a] \
            and not (v - 2 >= lo and toks[v - 2] in _PASSIVE_AUX and not toks[v - 1].endswith("ing")):
        v -= 1  # "pushing back X", "drove out the X" ("out of X" is the place left, and so is
        e = b  # "be pushed out X")
    elif v >= lo and toks[v] in _REDUCE_VERBS and tb.endswith("'s") and b + 1 <= hi and toks[b + 1] in _ABILITY:
        e = b + 1  # "disable X's ability to wage war"
    elif v >= lo and (toks[v] in _PUSH_VERBS or toks[v] in _DOWN_VERBS or toks[v] in _ATTRITION_VERBS):
        e = -1
        if toks[v] in _ATTRITION_VERBS:
            e = b
        else:
            need = _PUSH_PARTICLES if toks[v] in _PUSH_VERBS else {"down"}
            for r in range(b + 1, min(hi + 1, b + 4)):
                if toks[r] in need:
                    e = r
                    break
                if r in owner or toks[r] in lx.BOUNDARIES:
                    break
            if e < 0 and toks[v] in _PUSH_VERBS and toks[v].startswith("kick") and b + 1 <= hi and \
                    toks[b].endswith("'s") and toks[b + 1] in _BACKSIDE:
                e = b + 1  # "kicking X's butt"
    elif v - 2 >= lo and (toks[v] in {"around", "round"} and toks[v - 1] == "circles" and toks[v - 2] in _RUN
                          or toks[v] == "with" and toks[v - 1] == "floor" and v - 3 >= lo and toks[v - 3] in _FLOOR_VERBS):
        v, e = v - 2 - (toks[v] == "with"), b  # "Y is running circles around X", "Y is wiping the floor with X"
    else:
        v = -1
    if v >= 0:
        if e < 0 or any(map(_is_negator, toks[max(lo, v - 4):v])) or "nowhere" in toks[lo:v]:
            return -1, -1, -1
        p = v - 1
        while p >= lo and (toks[p] in lx.AUXILIARIES or toks[p] in _SETBACK_SKIP):
            p -= 1
        o = owner.get(p) if p >= lo else None
        if o is not None and o.actor == actor:
            return -1, -1, -1  # "the Russians should drive their tanks back": X moves its own
        return v, e, (o.a if o is not None else -1)
    # X the subject
    r = b + 1
    if r < n and toks[r] in {"'s", "'"}:
        r += 1
    if r < n and toks[r] in {"who", "that", "which"}:
        r += 1  # "it's X who will hit its limit first"
    elif r < n and toks[r] == ",":
        # "X, on the other hand, is hurting": the predicate after a short parenthesis
        c = next((c for c in range(r + 1, min(n, r + 6)) if toks[c] == "," or c in owner), -1)
        if c < 0 or c in owner or c + 1 >= n:
            return -1, -1, -1
        r = c + 1
        hi = sent.clause_bounds(r)[1]
    q = r
    while q <= hi and q < r + 5 and (toks[q] in lx.AUXILIARIES or toks[q] in lx.COPULAS or _is_negator(toks[q])
                                     or toks[q] in _PASSIVE_AUX
                                     or toks[q] in _SETBACK_SKIP or toks[q] in {"also", "clearly"}):
        q += 1
    if q > hi or q in owner:
        return -1, -1, -1
    t = toks[q]
    aux = toks[r:q]
    if _negated(aux) or q == r and a - 1 > lo and toks[a - 1] in _PERCEIVE and _negated(toks[max(lo, a - 4):a - 1]):
        # "X will never retake Y", "X can't advance / break through", "I can't see X breaking
        # through": the success is denied, X's defeat expected
        if t in _RETAKE or t in _ADVANCE or t in _CONQUER or t in _BREAK and q + 1 <= hi and toks[q + 1] == "through":
            return a, q + (t in _BREAK), -1
        return -1, -1, -1
    if q + 2 <= hi:
        t1, t2 = toks[q + 1], toks[q + 2]
        if t in _PUSH_VERBS and t.startswith("kick") and t2 in _BACKSIDE and (
                t1 in _NOUN_MARKERS or t1 in {"some", "the"} or t1.endswith("'s")) \
                or t in _RUN and t1 == "circles" and t2 in {"around", "round"} \
                or t in _FLOOR_VERBS and t1 == "the" and t2 == "floor":
            return a, q + 2, -2  # "X has been kicking their butt", "X is running circles around Y"
        if t in _LOSS_VERBS and (t2 in _LOSS_NOUNS or t1 in _LOSS_NOUNS or q + 3 <= hi and toks[q + 3] in _LOSS_NOUNS):
            return a, next(x for x in range(q + 1, q + 4) if toks[x] in _LOSS_NOUNS), -1  # "X is taking heavy losses"
    if t in _COMING_APART or t in _FALL_VERBS and q + 1 <= hi and toks[q + 1] == "apart":
        return a, q + (t in _FALL_VERBS), -1  # "X is falling apart / crumbling"
    if t in _WIPED and not _PASSIVE_AUX.isdisjoint(aux) and (t != "wiped" or q + 1 <= hi and toks[q + 1] == "out"):
        return a, q + (t == "wiped"), -1  # "X got wiped out / annihilated"
    if t in _PUSH_VERBS and not t.endswith("ing") and not _PASSIVE_AUX.isdisjoint(aux) and q + 1 <= hi and \
            toks[q + 1] in _PUSH_PARTICLES:
        return a, q + 1, -1  # "X was pushed back / driven out (of Y)"
    if (t in _ATTRITION_VERBS and t.endswith(("ed", "led")) or t == "bled") and not _PASSIVE_AUX.isdisjoint(aux):
        return a, q, -1  # "X was routed / repelled / exhausted"
    if (t in {"worn", "ground"}) and q + 1 <= hi and toks[q + 1] == "down" and not _PASSIVE_AUX.isdisjoint(aux):
        return a, q + 1, -1
    if t in _SUFFERING and (q + 1 > hi or toks[q + 1] in lx.BOUNDARIES or toks[q + 1] in _SUFFERING_AFTER):
        return a, q, -1  # "X is really hurting", "X is bleeding men"
    if t in _RUN and q + 2 <= hi and toks[q + 1] == "out" and toks[q + 2] == "of":
        for x in range(q + 3, min(hi + 1, q + 6)):
            o = owner.get(x)
            if toks[x] in _EXHAUSTIBLE or o is not None and o.actor == actor:
                return a, x, -1  # "X will run out of shells", "X is running out of Xians"
            if toks[x] not in {"its", "their", "the", "all", "fresh", "young", "new", "able", "trained",
                               "artillery", "cannon", "military", "fighting", "available"}:
                break
        return -1, -1, -1
    if t in _LIMIT_VERBS and q + 2 <= hi and toks[q + 1] in {"its", "their", "the", "his"} and \
            toks[q + 2] in {"limit", "limits"}:
        return a, q + 2, -1  # "X will hit its limit first"
    if (t in _RETAKE or t in _GAIN and q + 1 <= hi and toks[q + 1] in {"more", "back"}) and \
            _FUTURE.isdisjoint(aux) and not toks[b].endswith("'ll") and "going" not in aux:
        # (a prediction, "X will retake Y", is the fallback's "predicted victory")
        for x in range(q + 1, min(hi + 1, q + 5)):
            if x in owner or toks[x] in lx.BOUNDARIES:
                break
            if t in _RETAKE or toks[x] in _GROUND:
                return a, x if t in _GAIN else q, -2  # "X has retaken Kherson", "X took more ground"
        return -1, -1, -1
    if t in {"on", "in"}:
        for pl in _PLIGHTS:
            L = len(pl)
            if tuple(toks[q:q + L]) == pl and q + L - 1 <= hi:
                return a, q + L - 1, -1  # "X is on the back foot"
    return -1, -1, -1


# "let / allow X (to) take / annex / conquer / run over Y": the conquest someone lets X make is
# told as X's aggression ("you'd rather let Russia take Ukraine?", "what kind of president allows
# X to run over Y?": on RUW train such conquests are condemned, also as a bare "just let X
# conquer Y?") (``"attack by actor"``, against X); "let X win / have it / keep it" is no
# conquest and stays no cue; "we must not let X take Y" condemns it too
_LET = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing"})
_CONQUEST_VERBS = frozenset({"take", "annex", "conquer", "swallow", "overrun", "invade",
                             "occupy", "absorb", "steamroll", "gobble", "grab", "seize"})
_OVER_VERBS = frozenset({"run", "roll", "walk"})  # "run / roll / walk over Y"


def _let_conquer(toks, a: int, b: int, lo: int, hi: int) -> int:
    """Index of the conquest X (the mention ``a..b``) is let or allowed to make, else -1."""
    if a <= lo or toks[a - 1] not in _LET or a - 1 > lo and toks[a - 2] == "say":
        return -1  # ("I say let X take it": the commenter's own proposal)
    r = b + 1
    if r <= hi and toks[r] == "to":
        r += 1
    while r <= hi and toks[r] in {"just", "simply", "freely", "easily"}:
        r += 1
    if r > hi:
        return -1
    if toks[r] in _CONQUEST_VERBS or toks[r] in _OVER_VERBS and r + 1 <= hi and toks[r + 1] == "over":
        return r
    return -1


# a word each fallback needs in the sentence (a necessary condition, not a sufficient one)
_USE_CUES = _USE_VERBS | {"usage"}
_DEMISE_CUES = _DEMISE_VERBS | _DEMISE_PARTICIPLES | {"longer", "cease"}
_ADVANTAGE_CUES = _ADVANTAGE | _PLENTY | {"means"} | _RESOURCES
_ONLY_IF_CUES = _ONLY_IF | {"only"}
_DISTRUST_CUES = _DISTRUST_VERBS | _DEAL_VERBS
_GIVE_UP_CUES = _GIVING_UP | {"away"}
# "X is throwing (its) men into the meat grinder", "X sends them as cannon fodder": X spends
# its own people (``"wasted lives"``, against X; "Y pushes X's men into the grinder" is Y's)
_FODDER_VERBS = frozenset("""throw throws threw thrown throwing send sends sent sending push pushes pushed
pushing feed feeds fed feeding use uses used using""".split())
_FODDER = frozenset({"grinder", "meatgrinder", "fodder"})


def _fodder(toks, b: int, hi: int, owner) -> int:
    """Index of "grinder" / "fodder" when X (mention ending at ``b``) spends its men so, else -1."""
    r = b + 1
    while r <= hi and r < b + 4 and (toks[r] in lx.AUXILIARIES or toks[r] in _DEMISE_SKIP):
        r += 1
    if r > hi or toks[r] not in _FODDER_VERBS or _negated(toks[b + 1:r]):
        return -1
    x = next((x for x in range(r + 1, min(hi + 1, r + 8)) if toks[x] in _FODDER), -1)
    return -1 if x < 0 or any(y in owner for y in range(r + 1, x)) else x  # (not another's men)


_FALLBACK_CUES = (_USE_CUES | _DEMISE_CUES | _FODDER | _SURRENDER | _ADVANTAGE_CUES | {"even"} | _BACKSIDE
                  | _ONLY_IF_CUES | _DISTRUST_CUES | _GIVE_UP_CUES | _TAKE | _LET | _DEONTIC_CUES
                  | _GUILT_CUES | _DEAL_CUES)


def _predicted_conquest(toks, b: int, hi: int, owner, actor) -> int:
    """Index of the place X (mention ending at ``b``) is predicted to take, else -1."""
    r = b + 1
    if toks[b].endswith("'ll"):
        pass
    elif r + 2 <= hi and toks[r] in {"is", "are", "'s"} and toks[r + 1] in {"going", "about"} \
            and toks[r + 2] == "to":
        r += 3
    elif r <= hi and toks[r] in _WILL:
        r += 1
    else:
        return -1
    while r <= hi and r < b + 7 and toks[r] in _SOON:
        r += 1
    if r > hi or toks[r] not in _TAKE:
        return -1
    for q in range(r + 1, min(hi + 1, r + 5)):
        o = owner.get(q)
        if o is not None:
            return q if o.actor != actor else -1
        if toks[q] in _TAKEN:
            return q
        if toks[q] not in {"over", "back", "the", "of", "entire", "whole", "remaining"}:
            return -1
    return -1


# the word before the mention (and its determiners) that the rules "leave X alone", shifted blame,
# advocacy and evaluation by others need: one look-up lets the other mentions pass them
_BEFORE_MENTION_CUES = (frozenset({"leave", "on"}) | _BLAME | lx.FAVOR_VERBS | lx.AGAINST_VERBS
                        | lx.OBJECT_EVALUATION.keys() | _GIVE_VERBS)
