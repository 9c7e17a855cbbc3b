"""Frame detectors of the stance rules: blame, defeat and failure, doubt and rhetorical
questions, provocation and defence, aid, attack frames, military objects, conflict names.

The readings these detectors serve are documented under their rules in
:mod:`stance._stance_rules` (mostly rules 7, 9, 10 and 11).
"""

from __future__ import annotations

import math

from . import _lexicon as lx
from ._stance_tokens import (
    _DETERMINERS, _GET, _PARTICIPLE_ENDS, _PREPOSITIONS, _THIRD_PARTY_OPENERS, _is_negator,
)
from . import _stance_tokens

# Called as ``NAME.method(...)``, so bound by assignment, not ``from ... import``: CPython 3.11
# compiles a method call on an imported name as an attribute load that builds a bound method
# per call (tests/test_source.py::test_no_method_call_on_an_imported_name).
_ADVOCACY_MODALS = _stance_tokens._ADVOCACY_MODALS
_CONDITIONALS = _stance_tokens._CONDITIONALS
_HAS = _stance_tokens._HAS
_HYPOTHETICAL = _stance_tokens._HYPOTHETICAL
_PASSIVE_AUX = _stance_tokens._PASSIVE_AUX


def _blamed_subject(toks: list[str], pre: int, hi: int) -> int:
    """Index of "blamed" / "blame" when the subject ending at ``pre`` is blamed by others, or -1.

    "X will be blamed", "X is getting blamed (for ...)", "X gets / will take the
    blame"; not with an obligation ("X should be blamed": the commenter's
    charge) or a negation ("X can't be blamed").
    """
    r = pre + 1
    while r <= hi and r <= pre + 5 and (toks[r] in lx.AUXILIARIES or toks[r] in _PASSIVE_AUX
                                        or toks[r] in _GET or toks[r] in {"always", "conveniently",
                                                                           "falsely", "going", "to"}):
        if _is_negator(toks[r]) or toks[r] in _DEONTIC or toks[r] in _ADVOCACY_MODALS:
            return -1
        r += 1
    if r > hi or _is_negator(toks[r]):
        return -1
    if toks[r] == "blamed" and not _PASSIVE_AUX.isdisjoint(toks[pre + 1:r]):
        return r
    if toks[r] == "the" and r + 1 <= hi and toks[r + 1] == "blame" and toks[r - 1] in _GET:
        return r + 1
    return -1


def _combatant(toks, m, placed: bool = False) -> bool:
    """Whether the mention modifies a noun for combatants or weapons ("Russian troops").

    Also a mention that is such a noun phrase itself (the alias "Russian forces") and,
    with ``placed``, the owner after such a noun ("the forces / soldiers of X").
    """
    if m.b > m.a and toks[m.b] in lx.MILITARY_NOUNS:
        return True
    if placed and m.a > 1 and toks[m.a - 1] in {"of", "from"} and toks[m.a - 2] in lx.MILITARY_NOUNS:
        return True
    i = m.b + 1
    if i < len(toks) and toks[i] in {"'s", "'"}:
        i += 1
    while i < len(toks) and i <= m.b + 2 and toks[i] in {"armed", "special", "elite", "regular",
                                                         "air", "ground", "naval", "own"}:
        i += 1
    return i < len(toks) and toks[i] in lx.MILITARY_NOUNS


def _third_party_sentence(toks, owner) -> bool:
    """Whether the sentence opens with a third party as subject (an actor or he/she/they/you)."""
    i = 0
    while i < len(toks) and (toks[i] in _DETERMINERS or toks[i] in {"so", "but", "then", "if"}
                             or not toks[i][:1].isalnum() and toks[i][:1] not in "#@"):
        i += 1
    return i < len(toks) and (i in owner or toks[i] in _THIRD_PARTY_OPENERS)


def _owned_weapon(toks: list[str], v: int, lo: int) -> bool:
    """Whether the aggression word at ``v`` is a weapon owned after "has / have / had".

    "X has nukes", "X has cluster bombs", "X had mines planted": a possession, no deed;
    not a participle ("X has shelled", "X has been bombing") nor an infinitive ("X had to
    bomb", "X has the means to attack").
    """
    t = toks[v]
    return not t.endswith(_PARTICIPLE_ENDS) and t not in _IRREGULAR_PARTICIPLES and toks[v - 1] != "to" \
        and not _HAS.isdisjoint(toks[max(lo, v - 3):v])


_BLAME = frozenset({"blame", "blames", "blamed", "blaming"})
_BLAME_OBJECTS = frozenset({"it", "this", "that", "everything", "them", "all", "that", "things"})
# words skipped between a blame verb and its subject ("they will then falsely blame X")
_BLAME_SKIP = frozenset({"falsely", "conveniently", "easily", "immediately", "quickly", "then",
                         "try", "tries", "tried", "trying", "to", "gonna", "going", "about",
                         "the", "put", "puts", "putting", "place", "placed", "placing", "shift",
                         "shifted", "shifting", "lay", "laid", "pin", "pinned", "all"})


def _shifted_blame(toks: list[str], k: int, lo: int) -> int:
    """Index of the blame word when the mention starting at ``k`` is blamed by someone else.

    "they will blame X", "(and) blame it on X", "blamed on X", "falsely blaming X",
    "can you blame X": the commenter tells of a charge against X made by others.
    -1 when the blame is the commenter's own: "I / we blame X", an imperative
    ("Blame X!"), a modal ("should be blamed on X", "you must blame X"), or when
    it is negated ("don't blame X", "stop blaming X": rule 7's defence).
    """
    bv = k - 1
    if toks[bv] == "on":
        if bv - 1 >= lo and toks[bv - 1] in _BLAME:
            bv -= 1  # "blamed on X", "the blame on X"
        elif bv - 2 >= lo and toks[bv - 1] in _BLAME_OBJECTS and (toks[bv - 2] in _BLAME or toks[
                bv - 2] in {"pin", "pins", "pinned", "pinning"}):
            bv -= 2  # "blame it on X", "pin it on X"
        else:
            return -1
    p = bv - 1
    while p >= lo and (toks[p] in lx.AUXILIARIES or toks[p] in _BLAME_SKIP or _is_negator(toks[p])
                       or toks[p] in lx.STOP_WORDS_FLIP):
        if _is_negator(toks[p]) or toks[p] in lx.STOP_WORDS_FLIP or toks[p] in _ADVOCACY_MODALS:
            return -1
        p -= 1
    if p < lo:
        # the blame opens the clause: an imperative is the commenter's ("Blame Russia!"),
        # a gerund or participle tells of others' blame ("Blaming Russia for ...")
        return -1 if toks[bv] == "blame" and bv == lo else bv
    if toks[p] in lx.FIRST_PERSON or toks[p] in {"let's", "lets", "please"}:
        return -1
    return bv


_DEFEAT_WORDS = frozenset({"finished", "done", "doomed", "toast", "screwed", "kaput", "cooked"})
_FAIL_WORDS = frozenset("""
failed fails failing failure flopped flop stalled stalling stalls collapsed collapsing disaster
fiasco bogged disastrous crushed over dead dud fizzled fizzling faltered faltering floundered
floundering foundered petered""".split())
# an effort's success told of it ("the offensive succeeded / is working / is advancing", "... broke
# through"); negated ("is not working", "isn't succeeding") it is a failure
_WIN_WORDS = frozenset("""succeeded succeeds succeeding success successful working worked works
advancing progressing triumph""".split())
_OVER_ENDS = frozenset({"and", "now", "already", "but", "so"})  # "X's offensive is over (now / and ...)"
_BREAK_THROUGH = frozenset({"broke", "breaks", "breaking", "broken"})
# words between the effort and its outcome ("has been an utter failure", "was largely a dud")
_EFFORT_SKIP = frozenset({"has", "is", "was", "already", "miserably", "totally", "utter", "abject",
                          "embarrassing", "spectacular", "largely"})


def _failed_effort(toks: list[str], q: int, hi: int) -> int:
    """Index of a word telling that the effort named at ``q`` fails ("counteroffensive failed",
    "... was a dud", "... is not working"), or -1."""
    for r in range(q + 1, min(hi + 1, q + 7)):
        t = toks[r]
        if t in _FAIL_WORDS:
            # ("the offensive was over four months ago": "over" a preposition there)
            return -1 if t == "over" and r + 1 <= hi and toks[r + 1][:1].isalnum() and toks[
                r + 1] not in _OVER_ENDS else r
        if not (t in lx.AUXILIARIES or t in lx.FILLERS or t in _EFFORT_SKIP):
            return r + 1 if _is_negator(t) and r + 1 <= hi and toks[r + 1] in _WIN_WORDS else -1
    return -1


def _effort_won(toks: list[str], q: int, hi: int) -> int:
    """Index of a word telling that the effort named at ``q`` succeeds ("the offensive is working",
    "... broke through"), or -1 (a negation in between: -1)."""
    for r in range(q + 1, min(hi + 1, q + 7)):
        t = toks[r]
        if t in _WIN_WORDS:
            return r
        if t in _BREAK_THROUGH:
            return r + 1 if r + 1 <= hi and toks[r + 1] == "through" else -1
        if not (t in lx.AUXILIARIES or t in lx.FILLERS or t in _EFFORT_SKIP):
            return -1
    return -1


def _operation_outcome(toks: list[str], q: int, hi: int) -> tuple[float, str, int] | None:
    """(stance, cue, index) of the outcome told of the military operation named at ``q``, or None.

    Its failure is its owner's defeat ("X's offensive stalled / was a dud"), its success a
    military success ("X's push broke through"); see :func:`_failed_effort`, :func:`_effort_won`.
    """
    if (f := _failed_effort(toks, q, hi)) >= 0:
        return -0.6, "defeat", f
    if (f := _effort_won(toks, q, hi)) >= 0:
        return 0.6, "military success", f
    return None


# "why would X ...", "how would X ...": a rhetorical question ("why is / does X shell ..."
# asks for a reason of a deed taken as real)
_WHY_MODALS = frozenset({"would", "will", "should"})
# words before a subject that doubt what it is said to have done ("it is unlikely X would ...")
_DOUBT = frozenset({"unlikely", "doubt", "doubtful", "impossible", "absurd", "ridiculous",
                    "laughable", "nonsense", "believes"})


_CHANCE = frozenset({"chance", "chances", "likelihood", "probability", "odds"})
_SLIM = frozenset({"zero", "no", "little", "slim", "small", "low", "nil", "minimal", "remote"})


def _slim_chance(toks: list[str], a: int, b: int, hi: int) -> int:
    """Index of a chance word that denies the deed of the mention at ``a`` .. ``b``, or -1.

    "(there is) zero / no / little chance (that) X would attack ...", "the chances of
    X blowing it up are (very) low": the commenter doubts the deed ("a good chance
    X will attack" is none).
    """
    c = a - 1
    while c > 0 and toks[c] in {"that", "of", "whatsoever", "at", "all"}:
        c -= 1
    if c < 0 or toks[c] not in _CHANCE:
        return -1
    if toks[c - 1] in _SLIM or c > 1 and toks[c - 2] in _SLIM and toks[c - 1] in {"very", "absolutely", "a"}:
        return c - 2 if toks[c - 1] in {"very", "absolutely"} else c - 1
    after = toks[b + 1:min(hi + 1, b + 10)]
    return c if toks[a - 1] == "of" and not lx.COPULAS.isdisjoint(after) and not _SLIM.isdisjoint(after) else -1


_DOUBTING = _DOUBT | _CHANCE | {"why", "how", "wtf"}  # "wtf would X ...": "why the f*** would X"
_ASKING = frozenset({"when", "so", "saying"})  # doubting words only in a question
# "how could / can X (even) blow it up?", "how is X going to ...", "when did X invade Y?": a
# question that doubts the deed (not "how did X ...", which asks the manner of a real one)
_HOW_MODALS = frozenset({"would", "could", "can", "is", "are", "does", "do"})
_WHEN_AUX = frozenset({"did", "has", "have"})
# the words of an incredulous echo question before its subject ("oh so X ...?", "wait, so you're
# saying that X ...?"): the commenter repeats a claim to reject it
_ECHO_OPENERS = frozenset({"oh", "wait", "so", ",", "you're", "youre", "you", "are", "saying",
                           "that", "ok", "okay", "hold", "on"})


def _doubting_question(toks: list[str], a: int) -> int:
    """Index of "why / how / when" opening a question that doubts the deed of the mention at ``a``, or -1."""
    if a < 2:
        return -1
    w, aux = toks[a - 2], toks[a - 1]
    if aux in _WHY_MODALS and (w == "why" or w == "wtf"):
        return a - 2
    if toks[-1] != "?" and aux != "would":
        return -1
    if aux in _HOW_MODALS and (w == "how" or w == "exactly" and a > 2 and toks[a - 3] == "how"):
        return a - 2 if w == "how" else a - 3
    if aux in _WHEN_AUX and w == "when":
        return a - 2
    return -1


def _echo_question(toks: list[str], a: int, nxt: int, g: int) -> bool:
    """Whether the mention at ``a`` opens an incredulous echo of a deed told at ``g``.

    "(oh / wait) so X invaded Y?", "you're saying (that) X invaded Y?": the
    commenter repeats a claim to reject it; not with an obligation ("so X
    should have nuked Y?" asks about a wish).
    """
    j = a - 1
    while j >= 0 and toks[j] == ",":
        j -= 1
    return toks[-1] == "?" and j >= 0 and (toks[j] == "so" or toks[j] in {"saying", "that"} and (
        "saying" in toks[:a])) and all(t in _ECHO_OPENERS for t in toks[:a]) and _DEONTIC.isdisjoint(
        toks[nxt:g])


_SENTENCE_CUES = _DOUBTING | _ASKING | {"up", "blow", "blows", "blew", "blown", "blowing", "blame",
                                         "blamed"}


# harms that are no aggression verbs elsewhere ("X flooded the market"): "why would X flood its own land?"
_DOUBTED_HARMS = frozenset({"flood", "drown", "contaminate", "pollute"})


def _doubted_deed(toks: list[str], q: int, hi: int) -> int:
    """Index of the aggression verb (or "do it / that") at or just after ``q``, or -1."""
    for r in range(q, min(hi + 1, q + 4)):
        t = toks[r]
        if t in lx.AGGRESSION_VERBS or t in _DOUBTED_HARMS or t in {"do", "did"} and r + 1 <= hi and toks[
                r + 1] in {"it", "that", "this", "so"}:
            return r
        if not (t in {"even", "ever", "just", "want", "wants", "to", "really", "actually", "going",
                      "would", "have", "try", "risk"} or t in lx.AUXILIARIES):
            return -1
    return -1


_CHOICE_NOUNS = frozenset({"choice", "choices", "option", "options", "alternative", "alternatives"})
_PROVOKED = frozenset({"provoked", "forced", "cornered", "baited", "goaded", "pushed"})
_DEFEND = frozenset({"defend", "defends", "defending", "defended", "protect", "protects",
                     "protecting", "protected"})
_DEFENDED = frozenset({"itself", "themselves", "its", "their", "his", "her", "against", "our",
                       "ethnic", "homeland", "country", "people", "borders", "sovereignty",
                       "territory", "land", "homes", "citizens", "freedom", "independence"})
# resistance: "X stands its ground", "X is holding the line", "X stood firm"
_STAND = frozenset({"stand", "stands", "standing", "stood", "hold", "holds", "holding", "held"})
_HELD_GROUND = frozenset({"ground", "line", "lines", "firm"})
_FIGHT_BACK = frozenset({"fight", "fights", "fighting", "fought"})  # "X is fighting back"
# imperial ambition: "X is trying to rebuild its empire", "X wants to restore the USSR"
_RESTORE = frozenset({"rebuild", "rebuilds", "rebuilding", "restore", "restores", "restoring",
                      "recreate", "recreates", "recreating", "resurrect", "resurrects",
                      "resurrecting", "revive", "revives", "reviving", "regain", "regains",
                      "regaining"})
_EMPIRE = frozenset({"empire", "ussr", "soviet"})
_AIM = frozenset({"try", "tries", "tried", "trying", "want", "wants", "wanted", "seeks", "seeking",
                  "aims", "aiming", "plans", "planning", "dreams", "dreaming", "attempting"})
_STATE_NOUNS = frozenset({"country", "state", "nation"})
_NEG_COPULAS = frozenset({"isn't", "wasn't", "aren't", "weren't", "isnt", "wasnt", "arent", "ain't"})
_STATE_DENYING = frozenset({"quasi", "fake", "artificial", "made-up", "pretend"})
_STATE_MODIFIERS = frozenset({"a", "an", "real", "sovereign", "independent", "free", "proper",
                              "separate", "legitimate", "even", "actual", "true"}) | _STATE_DENYING
_PROVOKE = frozenset({"provoke", "provoked", "provoking", "provokes", "goad", "goaded", "goading",
                      "bait", "baited", "baiting"})
# a deed that profits X, told as a charge ("this only benefits X", "to appease X", "useful to X",
# "plays into X's hands"): X is the one it serves
_BENEFIT_VERBS = frozenset(w + e for w, ends in (
    ("benefit", ("", "s", "ed", "ted", "ing", "ting")), ("appease", ("", "s", "d")), ("appeasing", ("",)),
    ("embolden", ("", "s", "ed", "ing")), ("reward", ("", "s", "ing")), ("serve", ("", "s")),
    ("serving", ("",)), ("favo", ("rs", "urs", "red", "ured", "ring", "uring"))) for e in ends)
_BENEFIT_NOUNS = frozenset({"useful", "gift", "boon", "godsend", "appeasement", "appeasing"})
_BEFORE_OBJECT_CUES = frozenset({"part", "to", "for", "of", "into"}) | _PROVOKE | _BENEFIT_VERBS  # the word right before a mention
_MOTIVE_NOUNS = frozenset({"reason", "reasons", "motive", "motives", "need", "interest",
                           "incentive", "benefit", "gain", "win", "nothing"})
# verbs of an attack someone can want or justify (not "lie", "steal", "violate" ...), and
# verbs that finish off an enemy
_ATTACK_VERBS = frozenset(w + e for w in """
invade bomb nuke shell attack destroy occupy annex strike kill slaughter exterminate finish
wipe crush flatten obliterate annihilate conquer erase level raze demolish end smash""".split()
                          for e in ("", "s", "es", "d", "ed")) | {"struck"}
_NEED_TO = frozenset({"needs", "need", "needed"})
# idioms of razing a country: "make / turn Y (into) a parking lot", "send / bomb Y back to the
# stone age", "put Y to sleep", "blow Y off the map" (the verb, then the last word of the idiom)
_RAZE_VERBS = frozenset(w + e for w in "make turn send put bomb blow nuke reduce".split()
                        for e in ("", "s")) | {"turned", "sent", "bombed", "blew", "nuked", "reduced"}
_RAZE_ENDS = {"lot": ("parking",), "age": ("stone", "dark"), "ages": ("stone", "dark"),
              "sleep": ("to",), "map": ("the",), "glass": ("into", "to"), "rubble": ("into", "to"),
              "dust": ("into", "to"), "ashes": ("into", "to"), "oblivion": ("into", "to")}


def _razing_idiom(toks: list[str], v: int, hi: int) -> bool:
    """Whether the verb at ``v`` opens an idiom of razing its object ("make Y a parking lot").

    "make / turn Y (into) a parking lot / glass / rubble", "send / bomb Y back to / into
    the stone (dark) ages", "put Y to sleep (forever)", "blow Y off the map"; the idiom
    ends within six words of the verb ("put it to sleep" of a pet is rare in this
    discourse; "make Y a parking lot" with a named Y is read by the caller).
    """
    if toks[v] not in _RAZE_VERBS:
        return False
    for r in range(v + 2, min(hi, v + 7) + 1):
        before = _RAZE_ENDS.get(toks[r])
        if before is not None and toks[r - 1] in before and (
                toks[r] != "sleep" or toks[v].startswith("put")):
            return True
    return False


# verbs of wiping out an enemy: with "will / can / could" a boast, not a fear ("X could sabotage ...")
_ANNIHILATE = frozenset(w + e for w in """
crush obliterate flatten annihilate exterminate wipe erase raze steamroll nuke""".split()
                        for e in ("", "d", "ed", "s", "es"))
_DEONTIC = frozenset({"should", "must", "gotta", "ought", "better", "should've", "shoulda",
                      "shouldn't", "mustn't", "shouldnt"})
_HOPE_WORDS = frozenset({"hope", "hoping", "hopefully", "wish", "pray", "praying"})  # words of wishing
_WISH_OPENERS = _HOPE_WORDS | {"let", "time"}  # ("let's hope", "time for X to ...")


_PURPOSES = frozenset({"protect", "defend", "liberate", "save", "denazify", "free", "secure",
                       "rescue"})


def _purpose(toks: list[str], q: int, hi: int) -> int:
    """End of a defensive purpose after the attack verb at ``q`` ("to protect", "in response to"), or -1."""
    for r in range(q + 1, min(hi, q + 6)):
        t = toks[r]
        if t == "to" and toks[r + 1] in _PURPOSES:
            return r + 1
        if t in {"response", "retaliation"} and toks[r - 1] in {"in", "a"}:
            return r
        if t in lx.BOUNDARIES or t in {"and", "but"}:
            return -1
    return -1


# weapons that are given, as aid ("cluster bombs to X", "F-16s for X")
_AID_WEAPONS = frozenset({"bombs", "munitions", "shells", "rockets", "f-16s", "f16s", "himars",
                          "atacms", "artillery", "drones", "jets"})
# what comes from a source that is blamed for it ("lies from X", "propaganda of X")
_SOURCE_NOUNS = frozenset({"lies", "lie", "propaganda", "disinformation", "misinformation"})
# nouns of wrongdoing: "of X" names the wrongdoer ("the crimes / atrocities of X"), where a noun
# of an act done to a place names its victim ("the invasion / bombing / occupation of X")
_WRONG_NOUNS = _SOURCE_NOUNS | frozenset("""crimes crime war-crimes warcrimes atrocities atrocity
sins misdeeds wrongdoings terrorism aggression provocations provocation corruption brutality
barbarism hypocrisy deceit treachery duplicity imperialism""".split())
# "as / when / once X retreats": the time of a withdrawal, no demand for it
_TEMPORAL = frozenset({"as", "when", "once", "until", "after", "before", "while", "since"})
_WITHDRAWING = frozenset({"leaving", "leaves", "withdrawing", "withdraws", "retreating"})
_AID_ENDERS = frozenset({"end", "cut", "halt", "defund"})  # "end aid to X" like "stop aid to X"
# verbs whose first object receives the aid ("give X weapons", "stop sending X money"), and what
# given to X is no aid ("give X hell / orders / a lesson")
_GIVEN = frozenset({"given", "sent", "supplied", "provided"})  # only after a modal: "should have given X"
_GIVE_VERBS = frozenset({"give", "send", "supply", "provide", "equip", "giving", "sending", "supplying",
                         "providing", "equipping"}) | _GIVEN
_NO_GIFT = frozenset({"hell", "orders", "order", "lesson", "taste", "ultimatum", "beating", "back", "up",
                      "away", "time", "credit", "pass", "example"})
_AID_ADVOCATED = True


def _aid_advocated(toks: list[str], r0: int, r1: int) -> bool:
    """Whether the aid named before token ``r1`` is asked for by the commenter.

    A modal or first person ("we must send weapons to X", "I want more aid for X"),
    an imperative opening the clause ("Send (more) tanks to X", "give ..."), or
    "more" ("more weapons to X").
    """
    window = toks[r0:r1]
    if not _ADVOCACY_MODALS.isdisjoint(window) or not lx.FIRST_PERSON.isdisjoint(window) or \
            "more" in window or "please" in window:
        return True
    return toks[r0] in {"send", "give", "provide", "supply", "keep", "arm", "deliver"} and (
        r0 == 0 or toks[r0 - 1] in lx.BOUNDARIES or toks[r0 - 1] in {"and", "just", "so"})


def _attack_object(toks: list[str], v: int, hi: int, owner) -> bool:
    """Whether the verb at ``v`` tells an attack: "end" / "finish" only with an enemy as object.

    "X needs to end Y", "finish off Y", "finish the job"; "end this war" wants peace.
    """
    t = toks[v]
    if v + 1 <= hi and toks[v + 1] in {"peace", "deal", "deals", "agreement", "balance"}:
        return False  # "strike peace / a deal"
    if t.startswith("wipe"):
        return v + 1 <= hi and (toks[v + 1] == "out" or v + 1 in owner)
    if not t.startswith(("end", "finish")):
        return True
    return v + 1 <= hi and (v + 1 in owner or toks[v + 1] in {"off", "them", "it", "him"} or (
        t.startswith("finish") and (toks[v + 1] == "the" or toks[v + 1].endswith("ing") and v + 2 in owner)))


_ATTACK_BASE = frozenset("""
invade bomb nuke shell attack destroy strike kill exterminate finish wipe crush flatten
obliterate annihilate conquer erase level raze""".split())


_CALL_FORMS = True  # "start bombing X", "time to bomb X" are calls like "bomb X"


def _called_for(toks: list[str], p: int, lo: int) -> bool:
    """Whether the commenter calls for the attack at token ``p`` (its object is the mention).

    An imperative opening the clause ("(just) nuke X already", "let's bomb X") or
    an obligation of the commenter's side ("we should invade X", "you must bomb
    X"); not in a question.
    """
    if _CALL_FORMS and toks[p].endswith("ing") and p - 1 >= lo and toks[p - 1] in {"start", "begin"} and toks[
            p][:-3] in _ATTACK_BASE | {"bomb", "shell", "nuk", "invad", "destroy", "attack", "strik"}:
        p -= 1  # "we should start bombing X", "let's begin shelling X": the call is "start"
    elif not (toks[p] in _ATTACK_BASE or toks[p] in _ATTACK_VERBS and toks[p - 1] == "have"):
        return False  # a base form, or a participle after "have" ("should have bombed X")
    if toks[-1] == "?":
        return False
    r = p - 1
    while r >= lo and toks[r] in {"just", "please", "simply", "now", "so", "then", "and",
                                  "finally", "also", "go", "ahead"}:
        r -= 1
    if r < lo or toks[r] in {"let's", "lets"}:
        return True
    if _CALL_FORMS and toks[r] == "to" and r - 1 >= lo and toks[r - 1] == "time" and not any(
            toks[x] == "no" or _is_negator(toks[x]) for x in range(max(lo, r - 4), r - 1)):
        return True  # "(it's) time to bomb X", "time to nuke X"; not "no time to ..."
    if toks[r] in {"have", "to"} and r - 1 >= lo and toks[r - 1] in _DEONTIC | {"has", "have", "need",
                                                                           "needs"}:
        r -= 1  # "should have bombed X", "needs to bomb X"
    # an obligation, whoever the subject ("we / NATO / Europe should invade X"); not negated
    return (toks[r] in _DEONTIC or toks[r] in {"needs", "need", "has", "have"} and toks[r + 1] == "to") \
        and not (r - 1 >= lo and _is_negator(toks[r - 1])) and not _is_negator(toks[r]) \
        and _CONDITIONALS.isdisjoint(toks[max(0, r - 8):r])


_IRREGULAR_PARTICIPLES = frozenset({"shit", "hit", "beat", "shot", "hurt", "cut", "struck", "fought",
                                    "sold", "bought", "led", "held", "kept", "left", "spat"})


_ROUTED = frozenset({"humiliated", "defeated", "crushed", "beaten", "beat", "routed", "embarrassed",
                     "outplayed", "outgunned", "outmatched", "trounced", "thrashed", "repelled",
                     "repulsed", "smashed", "exhausted", "depleted", "weakened", "drained", "bled",
                     "decimated", "crippled", "worn"})


def _done_by_agent(toks: list[str], nxt: int, q: int, r: int, hi: int) -> bool:
    """Whether the word at ``r`` is a passive verb with an agent: "has been betrayed by Y".

    ``nxt``..``q`` are the auxiliaries after the subject; one particle may come
    between the verb and "by" ("shit on by", "sold out by").
    """
    if r != q or _PASSIVE_AUX.isdisjoint(toks[nxt:q]) or not (
            toks[r].endswith(("ed", "en", "wn")) or toks[r] in _IRREGULAR_PARTICIPLES):
        return False  # "X is a disgrace by any measure" is no passive
    if toks[r] in _ROUTED:
        return False  # "X was humiliated / crushed by Y": X's defeat, not harm calling for sympathy
    for j in (r + 1, r + 2):
        if j > hi:
            return False
        if toks[j] == "by":
            return j == r + 1 or toks[r + 1] in {"on", "out", "up", "down", "over"}
    return False


# passive idioms of betrayal, the participle and the words before "by" ("Y was sold out / stabbed
# in the back / thrown under the bus / left to die by X"): Y wronged, X the wrongdoer (the active
# forms are _duplicity's; "betrayed / abandoned by" carry their own valence)
_BETRAYED_PASSIVE = {"sold": (("out",),), "stabbed": (("in", "the", "back"),), "backstabbed": ((),),
                     "thrown": (("under", "the", "bus"),), "left": (
                         ("to", "die"), ("to", "rot"), ("hanging",), ("to", "its", "fate"), ("to", "their", "fate"),
                         ("to", "his", "fate"), ("to", "her", "fate"), ("to", "fend", "for", "itself"),
                         ("to", "fend", "for", "themselves"), ("to", "fend", "for", "himself"))}


def _betrayed_by(toks: list[str], nxt: int, q: int, hi: int) -> int:
    """Index of "by" after a passive idiom of betrayal at ``q`` ("has been sold out by Y",
    "was left to die by Y"), else -1; ``nxt``..``q`` are the auxiliaries after the subject."""
    if _PASSIVE_AUX.isdisjoint(toks[nxt:q]):
        return -1  # "X sold out by ...", "X left to die": no passive told of X
    for w in _BETRAYED_PASSIVE[toks[q]]:
        y = q + 1 + len(w)
        if y <= hi and toks[y] == "by" and tuple(toks[q + 1:y]) == w:
            # "left hanging by a thread": no agent, the idiom of a narrow escape
            return -1 if toks[y + 1:y + 3] == ["a", "thread"] else y
    return -1


def _passive_agent(toks: list[str], by: int, owner):
    """The mention after "by" at ``by`` (past determiners), the agent of a passive, or None;
    None too for a party related to that mention ("by X's allies / friends", "by X's closest
    partners"): what they do is theirs, not X's ("by X's army" stays X)."""
    n = len(toks)
    y = by + 1
    while y < n and toks[y] in _DETERMINERS:
        y += 1
    o = owner.get(y)
    if o is None:
        return None
    r = o.b + 1
    if r < n and toks[r] in {"'s", "'"}:
        r += 1
    elif not (toks[o.b].endswith(("'s", "'")) or o.kind == "demonym"):
        return o
    return None if _related_party(toks, r, owner) else o


def _related_party(toks: list[str], r: int, owner) -> bool:
    """Whether the words at ``r``, after a possessor, name a party related to it ("(X's) allies",
    "(Xn) friends", "(X's) closest partners": ``_RELATION_NOUNS``, one word before the noun at
    most, no mention): what that party does is its own, not the possessor's."""
    n = len(toks)
    return r < n and (toks[r] in _RELATION_NOUNS or r + 1 < n and toks[r + 1] in _RELATION_NOUNS
                      and toks[r][:1].isalpha() and r not in owner)


def _attack_frame(toks: list[str], nxt: int, q: int, hi: int, neg: bool, owner) -> tuple[int, int]:
    """How the subject's attack at token ``q`` is framed: (kind, index of the attack verb).

    ``nxt``..``q`` are the auxiliaries after the subject. Kind 1: wanted by the
    commenter ("X should / must / has to / needs to (just) invade ...", "X will
    have to destroy ..."); 2: justified ("X had to invade", "X was forced to");
    -1: a negated obligation, i.e. a condemnation ("X should never have
    invaded"); 3: a boast of X's power ("X could crush Y in two weeks", "X
    could have taken Y in a week"); 4: an unreal deed, no attack told ("X
    would have invaded Y (if ...)"); 0: none of these.
    """
    frame = toks[nxt:q]
    v = q
    if toks[q] in _NEED_TO:
        if not (q + 1 <= hi and toks[q + 1] == "to"):
            return 0, q
        frame = frame + ["needs", "to"]
        v = q + 2
        while v <= hi and toks[v] in {"just", "simply", "finally", "really", "completely"}:
            v += 1
        if v > hi or toks[v] not in _ATTACK_VERBS and not _razing_idiom(toks, v, hi):
            return 0, q
    if not _attack_object(toks, v, hi, owner):
        return 0, q
    deontic = not _DEONTIC.isdisjoint(frame)
    to_at = frame.index("to") if "to" in frame else -1
    if to_at > 0 and frame[to_at - 1] in {"has", "have", "needs", "need"}:
        deontic = True
    if deontic:
        return (-1 if neg else 1), v
    if to_at > 0 and frame[to_at - 1] == "had" and not neg:
        return 2, v
    if not neg and (toks[v] in _ANNIHILATE or _razing_idiom(toks, v, hi)) and not _HYPOTHETICAL.isdisjoint(frame):
        return 3, v  # "X could crush Y in two weeks", "X will exterminate Y": a boast of X's power
    if not neg and not (_COUNTERFACTUAL_PERFECT.isdisjoint(frame) and _PERFECT_MODALS.isdisjoint(frame)):
        # "X could have taken / destroyed Y (in a week)": the power held back, a boast; "X
        # would have invaded Y (if ...)": an unreal deed, no attack told
        if not _COULD.isdisjoint(frame):
            # (with a scope of ability: "could have destroyed the plant" may be a suspicion)
            return (3, v) if _ability_scope(toks, v, hi) else (0, q)
        if not _WOULD.isdisjoint(frame):
            return 4, v
    return 0, q


# aggression verbs that can tell a military success when their object is combatants or weapons
_SUCCESS_VERBS = frozenset("""
destroy destroys destroyed destroying kill kills killed killing shoot shoots shot shooting
strike strikes struck attack attacks attacked attacking bomb bombs bombed bombing shell shells
shelled shelling target targets targeted targeting slaughter slaughtered exterminate
exterminated annihilate annihilated""".split())
_MILITARY_OBJECTS = lx.MILITARY_NOUNS | frozenset("""
column columns depot depots warehouse launchers launcher howitzers himars leopards bradleys
abrams hq headquarters reserve reserves commanders generals batteries radar radars stockpile
stockpiles airfield airfields airbase airbases arsenal arsenals logistics logistic bunker bunkers
fortifications entrenchments dugouts command position trench entrenchment militants militia militias
nationalists submarine submarines cruiser frigate frigates flagship bombers warplanes infantry
paratroopers marines snipers stronghold strongholds outpost outposts mlrs""".split())


_STRUCK_TARGETS = True
# participles that, right after combatants and before a preposition or the end, are passive
# ("Russian soldiers killed in Ukraine"; "Russian troops attacked in the south" is active)
_HARMED = frozenset({"killed", "destroyed", "eliminated", "annihilated", "obliterated", "slaughtered",
                     "wounded"})
# nouns for another party related to the possessor ("Russia's allies", "Ukraine's critics"): what
# they do is theirs, not the possessor's
_RELATION_NOUNS = frozenset("""ally allies enemy enemies friend friends neighbour neighbours neighbor
neighbors critic critics opponent opponents foe foes adversary adversaries rival rivals partner
partners supporter supporters backers sponsors detractors""".split())
# verbs of striking that are no aggression verbs ("hit the news", "eliminate corruption", "storm
# out") but tell a strike with a military object: "X hit / eliminated / stormed / pounded Russian
# positions", "X sank a warship", "X downed 3 jets"; "take / wipe / knock" only with "out"
_HIT = frozenset(w + e for w in """
hit:,s,ting eliminat:e,es,ed,ing neutraliz:e,es,ed,ing neutralis:e,es,ed,ing liquidat:e,es,ed,ing
storm:,s,ed,ing pound:,s,ed,ing pummel:,s,ed,led,ing,ling sink:,s,ing sank: sunk: down:ed,ing,s
decimat:e,es,ed,ing vaporiz:e,es,ed,ing ambush:,es,ed,ing intercept:,s,ed,ing trap:,s,ped,ping
encircl:e,es,ed,ing surround:,s,ed,ing outflank:,s,ed,ing""".split()
             for w, es in [w.split(":")] for e in es.split(","))
_OUT_STRIKES = frozenset("""take takes took taking taken wipe wipes wiped wiping knock knocks knocked
knocking""".split())
# passives of those with a military subject ("Russian positions were pounded by X", "a depot hit
# by X", "their tanks taken out by X"): "out" stands for the verb before it
_HIT_PARTICIPLES = frozenset(w for w in _HIT if w.endswith("ed")) | {"hit", "sunk", "out"}


def _military_object(toks: list[str], r: int, hi: int) -> int:
    """Index of a noun for combatants or weapons that is the object of the verb at ``r``, or -1.

    "destroyed 3 Ukrainian columns", "shot down 157 Russian cruise missiles": up to
    five tokens of modifiers (numbers, names, adjectives) before the noun; a
    preposition, a clause boundary, "and" or a noun for civilians ends the search
    ("attacking Ukraine with drones" has no military object).
    """
    j = r + 1
    if j <= hi and toks[j] in {"down", "out"}:
        j += 1
    elif _STRUCK_TARGETS and j <= hi and toks[j] in {"against", "on", "at"}:
        j += 1  # "cluster bombs against soldiers", "shot at Russian positions": the target
    elif toks[r].startswith("sho"):
        return -1  # "shoot missiles into X" launches them; "shot down missiles" stops them
    for j in range(j, min(hi + 1, j + 6)):
        t = toks[j]
        if t.endswith("'s"):
            t = t[:-2]
        if t in _MILITARY_OBJECTS:
            return j
        if t == "of" and toks[j - 1] in {"dozens", "hundreds", "thousands", "lots", "scores",
                                         "all", "most", "many", "some"}:
            continue  # "dozens of Russian jets"
        if t in _PREPOSITIONS or t in lx.BOUNDARIES or t in lx.HARM_TARGETS or t in {
                "and", "or", "its", "their", "own", "his", "her"}:
            return -1
    return -1


# "X fought the invaders", "X supports neo-Nazis": the deed is judged by whom it is done to. A
# verb of fighting whose object is a wrongdoer credits its subject; a verb of backing one blames it
_WRONGDOERS = frozenset("""
nazi nazis neo-nazi neo-nazis neonazi neonazis nazism fascist fascists fascism terrorist
terrorists terrorism terror invader invaders occupier occupiers occupants occupation invasion
aggressor aggressors aggression orcs murderers butchers hitler tyrant tyrants tyranny
dictator dictators dictatorship banderites extremists jihadists isis""".split())
_STRUCK_WRONGDOERS = True
_FOUGHT = frozenset(w + e for w in """
fight:s,ing resist:s,ed,ing defeat:s,ed,ing repel:s,led,ling expel:s,led,ling oust:s,ed,ing
battle:s,d combat:s,ed,ing crush:es,ed,ing liberate:s,d smash:es,ed,ing eliminate:s,d
destroy:s,ed,ing kill:s,ed,ing stop:s,ped,ping punish:es,ed,ing""".split() for w, es in [w.split(":")]
                     for e in [""] + es.split(",")) | {"fought", "drive", "drives", "drove",
                                                       "driving", "driven", "kicked", "kicking",
                                                       "push", "pushed", "pushing", "liberating",
                                                       "battling", "eliminating"} | (
    # a strike on wrongdoers is fighting them ("X strikes the occupiers", "X is shelling the orcs")
    _SUCCESS_VERBS if _STRUCK_WRONGDOERS else frozenset())
_BACKED = frozenset(w + e for w in """
support:s,ed,ing back:s,ed,ing arm:s,ed,ing fund:s,ed,ing sponsor:s,ed,ing protect:s,ed,ing
harbor:s,ed,ing harbour:s,ed,ing embrace:s,d glorify: glorifies: glorified: glorifying:
celebrate:s,d honor:s,ed,ing honour:s,ed,ing worship:s,ped,ping train:s,ed,ing shelter:s,ed,ing
idolize:s,d idolise:s,d finance:s,d""".split() for w, es in [w.split(":")]
                     for e in [""] + ([x for x in es.split(",") if x] if es else [])) | {
    "embracing", "celebrating", "idolizing", "idolising", "financing", "collaborated",
    "collaborating", "sided", "siding", "allied"}
_WRONGDOER_LINKS = frozenset({"off", "back", "out", "against", "with", "alongside"})
_WRONGDOER_MODIFIERS = frozenset("""the those these all their its his every any real actual
so-called murderous genocidal brutal fascist nazi islamist foreign russian ukrainian
western local hundreds thousands dozens more many""".split())


def _wrongdoer_object(toks: list[str], q: int, hi: int) -> int:
    """Index of a noun for a wrongdoer that is the object of the verb at ``q``, or -1.

    "fought (off / against) the (murderous) invaders", "supports (actual) neo-Nazis":
    a particle, then up to three determiners or modifiers (a demonym included).
    """
    j = q + 1
    if j <= hi and toks[j] in _WRONGDOER_LINKS:
        j += 1
    for j in range(j, min(hi + 1, j + 4)):
        t = toks[j]
        if t in _WRONGDOERS:
            return j
        if t not in _WRONGDOER_MODIFIERS and not t.endswith(("-backed", "-sponsored", "-funded")) and not (
                _STRUCK_WRONGDOERS and t[:1].isdigit()):  # "kill 8,000 orcs"
            return -1
    return -1


# "the Russia-Ukraine war", "the Ukraine/Russia conflict", "Russia vs Ukraine war": the sides
# name the conflict, which is the topic; what is said of it says nothing of either side
_CONFLICT_NAME = True
_SIDE_LINKS = frozenset({"/", "-", "–", "&", "and", "vs", "vs.", "v", "v.", "versus", "x"})
_CONFLICT_NOUNS = frozenset("""war wars conflict conflicts fiasco mess situation crisis debacle
fighting proxy talks negotiations ceasefire issue thing dispute tensions relations""".split())


def _conflict_name(toks: list[str], m, owner, shared: set[int]) -> bool:
    """Whether the mention is one of two sides naming a conflict ("the Russia/Ukraine war").

    ``shared``: token indices holding mentions of two actors ("russia-ukraine").
    """
    a, b = m.a, m.b
    n = len(toks)
    if b + 1 >= n:
        return False
    nxt = toks[b + 1]
    if a in shared:  # "Russia-Ukraine war": both names in one token
        return nxt in _CONFLICT_NOUNS
    if nxt in _SIDE_LINKS and b + 2 < n:  # the first side: "Russia / Ukraine war"
        o = owner.get(b + 2)
        return o is not None and o.actor != m.actor and o.b + 1 < n and toks[o.b + 1] in _CONFLICT_NOUNS
    if nxt in _CONFLICT_NOUNS and a >= 2 and toks[a - 1] in _SIDE_LINKS:  # the second side
        o = owner.get(a - 2)
        return o is not None and o.actor != m.actor
    return False


_BLOW = {"blow": "destroy", "blows": "destroys", "blew": "destroyed", "blown": "destroyed",
         "blowing": "destroying"}


# heads of the noun compounds "attack / strike aircraft", read as "military aircraft"
_CRAFT = frozenset("""aircraft helicopter helicopters drone drones jet jets plane planes submarine
submarines boat boats craft""".split())


def _blow_up(toks: list[str]) -> list[str]:
    """The tokens with "blow up" ("blew it up", "blowing up") read as the verb "destroy".

    "Ukraine will blow up the plant" is an attack like "destroy the plant"; "blow"
    alone ("a blow to X", "blow smoke") is not. Only the token strings change, the
    offsets (and so the evidence) stay those of the original words.
    """
    out = list(toks)
    for i, t in enumerate(toks):
        w = _BLOW.get(t)
        if w is not None and i + 1 < len(toks) and (toks[i + 1] == "up" or (
                i + 2 < len(toks) and toks[i + 2] == "up" and toks[i + 1] in {"it", "them", "this", "that"})):
            out[i] = w
    return out


# "offensive" as the military noun, after a determiner, a possessive or a name ("the / a new /
# Russia's / RU offensive"), unless a noun of speech or conduct follows ("an offensive remark")
_OFFENSIVE_LEADS = frozenset("""the an this that its their his her our your my new major big
spring summer winter autumn fall ground next last latest failed main planned expected
long-awaited much-vaunted""".split())
_OFFENSIVE_ADJECTIVE_NEXT = frozenset("""comment comments remark remarks language words word joke
jokes post posts tweet tweets behaviour behavior content statement statements slur slurs term
terms meme memes question questions and or to""".split())


def _noun_senses(sent) -> list[str]:
    """The sentence's tokens (``sent``: a ``_stance_reports._Sentence``, not imported here: the
    imports go one way) with two nouns read as the words they mean.

    * A noun compound "attack / strike aircraft (helicopters, drones ...)"
      names a weapon: "attack" is read as "military" ("X bought attack
      aircraft" is no deed).
    * "offensive" after a determiner, a possessive or a capitalised word (a
      name, a demonym) is the military noun: "the / a new / Russia's / RU
      offensive (stalled)" is read as "operation", which has no valence.
      VADER's "offensive" (-2.0) is the adjective of rudeness, which stays
      where a noun of speech or conduct follows ("an offensive remark") or
      no such word leads ("that is offensive").

    Only the tokens change: the offsets (and so the evidence) stay those of
    the original words.
    """
    toks = list(sent.toks)
    text, starts, n = sent.text, sent.starts, len(toks)
    for i, t in enumerate(toks):
        if (t == "attack" or t == "strike") and i + 1 < n and toks[i + 1] in _CRAFT:
            toks[i] = "military"
        elif t == "offensive" and i and (
                toks[i - 1] in _OFFENSIVE_LEADS or toks[i - 1].endswith("'s")
                or text[starts[i - 1]].isupper()) and (
                i + 1 == n or toks[i + 1] not in _OFFENSIVE_ADJECTIVE_NEXT):
            toks[i] = "operation"
    return toks


def _squash(x: float, alpha: float = 15.0) -> float:
    """VADER's normalisation of a sum of valences into (-1, 1)."""
    return x / math.sqrt(x * x + alpha)


def _rule_score(valence: float, negated: bool) -> float:
    """Map a word valence to a rule stance; a negation flips it with a smaller magnitude."""
    mag = min(1.0, max(0.5, abs(valence) / 3.0))
    sign = 1.0 if valence > 0 else -1.0
    return -sign * 0.6 if negated else sign * mag


# "X would not / never have invaded (if Y had been in NATO)", "if Y had kept its nukes X would
# never of attacked": a counterfactual perfect asserts the attack it says could have been
# prevented; when its condition is a wrong done to X undone ("X wouldn't have invaded if they
# hadn't killed Russians / NATO hadn't expanded") the attack is justified
_COUNTERFACTUAL_PERFECT = frozenset({"have", "of", "'ve"})
# the modal of a counterfactual perfect: "could have" (able to, a boast of power held back;
# "might have" is not one: a suspicion), "would have" (an unreal deed)
_COULD = frozenset({"could", "could've", "couldve", "coulda"})
_WOULD = frozenset({"would", "'d", "would've", "wouldve", "woulda"})
# participles of a defeat with its agent after "by" ("Y was defeated by X": X's ``"military success"``)
# (not _TROUNCING: its "-ing" forms say "X is stomping Y"; not _SUCCESS_VERBS: strikes, not defeats)
_DEFEATED_BY = frozenset("""defeated beaten beat routed outgunned outmatched outfought outplayed
outmaneuvered outmanoeuvred outclassed trounced thrashed repelled repulsed halted thwarted foiled
blunted""".split())
_UNREAL_MAIN = _WOULD | _COULD | {"wouldn't", "couldn't", "wouldnt", "couldnt"}
_PERFECT_MODALS = frozenset({"could've", "couldve", "coulda", "would've", "wouldve", "woulda"})
# words giving "could have ..." the scope of an ability ("in a week", "on day one", "easily")
_ABILITY_SCOPE = frozenset("""easily day days week weeks hour hours minutes month months
overnight""".split())


def _ability_scope(toks, v: int, hi: int) -> bool:
    """Whether the verb at ``v`` after "could have" is a power held back: an easy or quick
    deed ("X could have taken Y in a week / on day one", "could have easily flattened Y")."""
    return not _ABILITY_SCOPE.isdisjoint(toks[v - 1:min(hi + 1, v + 8)])
