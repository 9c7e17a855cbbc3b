"""Evaluations carried to a second actor by ellipsis, comparison or contrast (``_carried``,
``_contrasted``), applied by ``_analyse`` after the rules of :mod:`stance._stance_rules`.

An evaluation carried to a second actor by ellipsis or comparison is that
actor's too (``"shared evaluation"``; ``"shared sentiment"`` / ``"shared
tone"`` when what is carried is local or sentence sentiment): "X lies all the
time, however so does Y", "X is corrupt. Y too.", "... and Y as well", "Y is
too!", "the same goes for / applies to Y", "X most corrupt, Y a close second",
"..., and neither is Y" give Y the evaluation of the first actor, the nearest
one evaluated before Y in the same sentence or in the previous one, with its
sign, strength and tier, so that the two are weighed alike and the side
settlement (below) does not turn Y into X's opponent (``"opposed side"``). A
comparison whose standard is Y does the same when it is unfavourable: "X is
just as corrupt as Y" (the adjective's sign, and only when X's agrees), "X is
no better than Y", "X is worse / more corrupt than Y" -> against Y (and in
rule 12 a negation no longer flips "no better than Y" into praise of Y).
Not in a question ("Is Y too?"), for "too" as an intensifier ("Y is too weak",
"too many"), "as well as", "not (nearly) as bad as Y" (Y is the worse), a
favourable comparison ("X is better than Y": rule 12), a reported or quoted Y,
or a word before "than" that is no comparative ("more logic in X retreating
than Y") (RUW train: 6 labels change, right 0 -> 6; all three readings of this
group: 12 labels, right 0 -> 12, F_avg Russia 58.8 -> 59.0, Ukraine 58.7 ->
58.9). The comparative itself is said of its subject X however near the
standard Y is ("X is far more corrupt than Y", "what X is doing is way worse
than anything Y has done": the nearer mention after "than" does not take the
word from X), and a degree adverb before a comparative is passed over like
"much" in rule 9 ("X is far / way / a lot / vastly stronger"; "X is far from
..." is no comparative). A contrast denies X's evaluation of Y
(``"contrasted evaluation"`` / ``"contrasted sentiment"`` / ``"contrasted
tone"``, X's finding flipped at a negation's smaller magnitude): a
correction "X is the aggressor, not Y", "it's X, not Y, that ...", "Y is
bleeding not X" (Y ending its clause; X the earliest actor named and evaluated
before the "not", a victim passed over: "NATO invaded Ukraine, not Russia"
contrasts NATO; Y's other findings in the sentence are dropped, they are the
words of X's predicate; not "it's not Y", "whether or not Y", "but not Y" or
in a question), "unlike Y, X ..." (the nearest evaluated actor) and "X
instead of / rather than Y" (X right before: "at war with Iraq instead of Y"
contrasts no actor). (RUW train, the three: 5 labels change, right 0 -> 4;
comparisons and contrasts between the two actors are rare there, about 35
and 20 tweets, most already labelled right by the side settlement.)
"""

from __future__ import annotations

from . import _lexicon as lx
from ._stance_tokens import _SPECIAL_KINDS, _THAN_QUANTIFIERS, _is_negator, _valence
from ._stance_mentions import _Finding, _than_before, _tier


_CARRIED = True  # an evaluation carried to a second actor by ellipsis or comparison
_CARRY_WORDS = frozenset({"too", "also", "well", "likewise", "so", "neither", "nor", "same", "ditto",
                          "second", "behind", "as", "than", "unlike", "instead"})
_NOT_Y = frozenset({"not", "unlike", "of"})  # words right before a contrasted Y ("not the Y" too)


_CARRY_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will",
                        "would", "can", "could"})
_CARRY_OPENERS = frozenset({"and", "but", "however", ",", ";", "yet", "though", "plus", "&", "the",
                            "oh", "well", "—", "–", "-", "obviously", "probably", "surely",
                            "of", "course"})
_CARRY_CONJUNCTIONS = frozenset({"and", "yet", "plus", "&"})
_CARRY_SAME = frozenset({"goes", "applies", "true", "holds", "thing", "is", "go", "apply", "with",
                         "for", "to", "of"})
_CARRY_ENDERS = frozenset({"lol", "lmao", "imo", "though", "tbh", "honestly"})
_CARRY_SKIP = frozenset({"mention only", "reported speech", "quoted"})
_CARRY_AS = frozenset({"just", "equally", "every", "bit", "almost", "nearly", "about", "exactly",
                       "at", "least", "twice", "far"})
_CARRY_CUE = {0: "shared evaluation", 1: "shared sentiment", 2: "shared tone"}
_CONTRAST_CUE = {0: "contrasted evaluation", 1: "contrasted sentiment", 2: "contrasted tone"}
_CONTRAST_PAIRS = frozenset({("rather", "than"), ("instead", "of")})
# words before "not Y" that make it no correction ("it's not Y", "whether or not Y ...", "but not Y")
_NOT_CONTRAST = lx.AUXILIARIES | {"or", "whether", "if", "but", "and", "it's", "that's", "am", "i'm",
                                   "you're", "we're", "they're", "he's", "she's", "isn't", "why",
                                   "nor", "are", "were", "was", "is"}


def _clause_end(toks: list[str], i: int) -> bool:
    """Whether token i ends the clause (a boundary, the sentence's end, or laughter / "imo")."""
    return i >= len(toks) or toks[i] in lx.BOUNDARIES or toks[i] in _CARRY_ENDERS


def _clause_initial(toks: list[str], a: int) -> bool:
    """Whether only conjunctions and boundaries come before token a in its sentence part."""
    p = a - 1
    while p >= 0 and toks[p] in _CARRY_OPENERS:
        if toks[p] in lx.BOUNDARIES or toks[p] in _CARRY_CONJUNCTIONS:
            return True  # ("and Y too": a coordinated object shares the verb's evaluation too)
        p -= 1
    return p < 0


def _carry_marker(toks: list[str], m, val) -> tuple[int, int, int]:
    """The ellipsis or comparison carrying an evaluation to the mention m: (kind, i0, i1).

    kind 1: the same evaluation ("Y too", "so does Y", "same goes for Y", "Y a close
    second", "neither is Y"), 2 / -2: "as ADJ as Y" (the adjective's sign), -1: an
    unfavourable comparison whose standard is Y ("no better than Y", "worse than Y", "more
    corrupt than Y"); 0: none.
    i0, i1: the token range of the marker.
    """
    a, b = m.a, m.b
    n = len(toks)
    e = b + 1
    if e < n and toks[e] == "'s":
        return 0, -1, -1
    # "Y too", "Y as well", "Y does too", "Y, too", "Y a close second"
    if e < n and _clause_initial(toks, a):
        q = e + 1 if toks[e] == "," else e
        if q < n and toks[q] in _CARRY_AUX:
            q += 1
        if q < n and toks[q] in {"too", "also", "likewise"} and _clause_end(toks, q + 1):
            return 1, a, q
        if toks[q:q + 2] == ["as", "well"] and _clause_end(toks, q + 2):
            return 1, a, q + 1
        if q < n and toks[q] in {"is", "was"}:
            q += 1
        if q < n and toks[q] == "a":
            q += 1
        if toks[q:q + 2] == ["close", "second"] or toks[q:q + 3] == ["not", "far", "behind"]:
            return 1, a, q + (1 if toks[q] == "close" else 2)
    if a < 1:
        return 0, -1, -1
    p = a - 1 if toks[a - 1] != "the" or a < 2 else a - 2
    if toks[p] in _THAN_QUANTIFIERS and (q := _than_before(toks, p + 1, 0)) >= 0:
        p = q  # "worse than all (the) Western leaders", "than all the leaders of the West"
    # "X ..., not Y", "it's X, not Y, that ...", "unlike Y, X ...", "X rather than / instead of
    # Y": what is said of X is denied of Y
    t = toks[p]
    if t == "unlike" or p >= 1 and (toks[p - 1], t) in _CONTRAST_PAIRS:
        return 3, p - (t != "unlike"), b
    if t == "not" and p >= 1 and toks[p - 1] not in _NOT_CONTRAST and _clause_end(toks, e) and (
            e >= n or toks[e] != "?") and toks[-1] != "?":
        return 3, p, b
    if a < 2:
        return 0, -1, -1
    # "so do Y", "neither is Y", "nor does Y", "as does Y"
    if p >= 1 and toks[p] in _CARRY_AUX and toks[p - 1] in {"so", "neither", "nor", "as"} and _clause_end(
            toks, e + 1 if e < n and toks[e] in {"too", "either"} else e) and _clause_initial(toks, p - 1) and \
            toks[-1] != "?":
        return 1, p - 1, b
    # "(the) same goes / applies for / to Y", "same with Y", "ditto for Y"
    if toks[p] in {"for", "to", "of", "with"} and _clause_end(
            toks, e + 1 if e < n and toks[e] == "too" else e):
        r = p - 1
        while r >= 0 and r >= p - 3 and toks[r] in _CARRY_SAME:
            r -= 1
        if r >= 0 and toks[r] in {"same", "ditto"} and _clause_initial(toks, r - 1 if r and toks[r - 1] == "the" else r):
            return 1, r - 1 if r and toks[r - 1] == "the" else r, b
    # "(just) as corrupt as Y", "no better than Y", "worse than Y", "more corrupt than Y"
    if toks[p] in {"as", "than"} and p >= 2:
        r = p - 1
        v = val.get(toks[r], 0.0)
        if not v:
            return 0, -1, -1
        if toks[p] == "as":
            if not (r >= 1 and toks[r - 1] == "as"):
                return 0, -1, -1
            s = r - 2
            while s >= 0 and toks[s] in _CARRY_AS:
                s -= 1
            if s >= 0 and (_is_negator(toks[s]) or toks[s] in {"nearly", "quite"}):
                return 0, -1, -1  # "not (nearly) as bad as Y": Y is worse, X is not bad
            return (1 if v > 0 else -1) * 2, s + 1, b  # (2: the adjective's own sign)
        t = toks[r]
        if not (t in {"better", "worse"} or t.endswith("er") or toks[r - 1] in {"more", "less"}):
            return 0, -1, -1  # no comparative: "more logic in X retreating than Y"
        if toks[r - 1] == "less":
            v = -v  # "less corrupt than Y": Y is the more corrupt
        s = r - 1
        if s >= 0 and toks[s] in {"more", "less"}:
            s -= 1
        if s >= 0 and toks[s] in {"much", "any", "far", "way", "even", "a", "lot", "slightly"}:
            s -= 1
        negated = s >= 0 and _is_negator(toks[s])
        if (v < 0) != negated:
            return -1, s if negated else r, b
    return 0, -1, -1


def _carried(text: str, sent, got: list[_Finding], mentions, prev: list[_Finding] | None,
             toks: list[str], owner) -> None:
    """Findings for a second actor that an ellipsis or a comparison links to a first one.

    "Russia lies all the time, however so does Ukraine", "Russia is corrupt.
    Ukraine too.", "Ukraine is just as corrupt as Russia", "the US is no better than
    Russia": what is said of the first actor (the nearest evaluated one before, in
    the same or the previous sentence) is said of the second, with the first
    finding's strength and tier, so that the two are weighed alike and neither
    takes the other's side. Appended to ``got``.
    """
    if not toks or toks[-1] == "?":
        return
    val = _valence()
    for m in mentions:
        if m.a < 0 or m.kind in _SPECIAL_KINDS or m.kind == "pronoun":
            continue
        kind, i0, i1 = _carry_marker(toks, m, val)
        if not kind:
            continue
        s_y = sent.starts[m.a]
        own = [f for f in got if f.actor == m.actor and f.start <= s_y < f.end + 1]
        if any(f.cue in {"reported speech", "quoted"} for f in own):
            continue
        if kind == 3:
            _contrasted(sent, got, m, s_y, i0, i1, toks[i0], owner)
            continue
        cands = [f for f in got if f.actor != m.actor and f.start < s_y and f.cue not in _CARRY_SKIP
                 and f.stance]
        if not cands and prev and (kind == 1 or _clause_initial(toks, i0)):
            cands = [f for f in prev if f.actor != m.actor and f.cue not in _CARRY_SKIP and f.stance]
        if not cands:
            continue
        x = max(cands, key=lambda f: f.start).actor
        f = min((f for f in cands if f.actor == x),
                key=lambda f: (_tier(f), -f.confidence * abs(f.stance)))
        tier = _tier(f)
        if tier not in _CARRY_CUE:
            continue
        if abs(kind) == 2:  # "as ADJ as Y": the adjective's sign, when the first actor's agrees
            sign = 1.0 if kind > 0 else -1.0
            if sign * f.stance < 0:
                continue
        elif kind == -1:
            sign = -1.0
            if f.stance > 0:
                continue  # the comparison is unfavourable to the first actor too
        else:
            sign = 1.0 if f.stance > 0 else -1.0
        start = min(f.start, sent.starts[i0])
        end = max(sent.ends[i1], sent.ends[m.b])
        got.append(_Finding(m.actor, sign * abs(f.stance), f.confidence, _CARRY_CUE[tier], start, end,
                            sent.index, f.weight))


def _contrasted(sent, got: list[_Finding], m, s_y: int, i0: int, i1: int, marker: str, owner) -> None:
    """The finding of an actor Y that a contrast sets against another actor X.

    "Russia is the aggressor, not Ukraine", "it's X, not Y, that ...", "unlike Y, X
    treats prisoners well", "blame X instead of Y": what is said of X is denied of Y
    (X's finding flipped, at a negation's smaller magnitude). X is the earliest actor
    evaluated before a correcting "not Y" (the subject: "NATO invaded Ukraine, not
    Russia" contrasts NATO, so a victim is passed over), the mention right before
    "instead of / rather than" ("at war with Iraq instead of Y" contrasts no actor),
    else the nearest one. A correction "..., not Y" says nothing else of Y, so Y's
    other findings in the sentence (words of X's predicate) are dropped. Appended to
    ``got``.

    Parameters
    ----------
    sent : _Sentence
        The sentence.
    got : list of _Finding
        The sentence's findings; the contrasted one is appended.
    m : mention
        Y, the mention after the contrast word.
    s_y : int
        Y's character offset.
    i0, i1 : int
        Token range of the marker ("not Y", "unlike Y", "instead of Y").
    marker : str
        The contrast word at i0 ("not", "unlike", "instead", "rather").
    owner : dict
        Token index -> mention.
    """
    cands = [f for f in got if f.actor != m.actor and f.cue not in _CARRY_SKIP and f.stance
             and f.cue != "victim of attack"]
    corrected = marker == "not"
    if corrected:  # an actor named before the "not"
        before = {o.actor for i, o in owner.items() if i < i0}
        cands = [f for f in cands if f.actor in before]
    elif marker != "unlike":  # "X instead of Y", "X rather than Y": X right before
        o = owner.get(i0 - 1) or owner.get(i0 - 2)
        cands = [f for f in cands if o is not None and f.actor == o.actor]
    if not cands:
        return
    x = min(cands, key=lambda f: f.start if corrected else abs(f.start - s_y)).actor
    f = min((f for f in cands if f.actor == x), key=lambda f: (_tier(f), -f.confidence * abs(f.stance)))
    tier = _tier(f)
    if tier not in _CONTRAST_CUE:
        return
    if corrected:
        got[:] = [g for g in got if g.actor != m.actor or g.sentence != sent.index]
    got.append(_Finding(m.actor, -0.74 * f.stance, f.confidence, _CONTRAST_CUE[tier],
                        min(f.start, sent.starts[i0]), max(f.end, sent.ends[i1]), sent.index, f.weight))
