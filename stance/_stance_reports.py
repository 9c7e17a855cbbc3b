"""Sentences and their modifiers for :mod:`stance.targeted`: the ``_Sentence`` view, reported
speech, quotes, claims, sarcasm and mockery, the tone of a mention's sentence.

Sentence-level modifiers: a reporting frame with a third-party subject ("X
said", "Strelkov called him a traitor") turns the findings
of that sentence into neutral ``"reported speech"`` findings, and words in
double quotes into ``"quoted"`` ones, because the view is not the
commenter's own (``reported="keep"`` scores them instead, for tasks that ask
for the sentiment a text conveys). A reporting word that reports nobody's words
is no frame: a noun ("the United States", "Baltic states", "his claims", "media
reports"), a phrasal verb ("calls for talks", "called up reservists", "called
out the US"), a name ("so called", "it is called") or the commenter's own
frame ("I'd say", "let's say", "safe / fair / needless to say", "I didn't say")
(RUW train: 30 Russia and 29 Ukraine labels change, right 21 -> 21, F_avg +0.1 on
both). Nor is a participle used as an adjective ("the alleged attack",
"Russia's stated objective", "its own claimed citizens"), a noun before "of"
("reports of abuses", "claims of genocide") or a name after "it's" ("it's
called begging") (RUW train: 5 labels change per target, right 2 -> 0 Russia,
0 -> 4 Ukraine). The addressee's words argued with are the commenter's own
voice too: "you" as the subject of a reporting verb behind a modal, an
auxiliary, a negation or "to" ("you never said that when X invaded", "you
can't just say X has lost", "it's odd for you to say that"), in an inverted
question ("have you said a word about X's ...", "wouldn't you say?") or after
"as / what / everything" ("as you claim, X is the aggressor", "no matter what
you say"); a plain "you said (that) X is winning" still reports the
addressee's claim, which the commenter usually disputes (RUW train: 10 Russia
/ 11 Ukraine labels change, right 2 -> 7 / 3 -> 6; both readings: 15 / 16
labels, right 4 -> 7 / 3 -> 10, F_avg Russia 61.9 -> 61.9, Ukraine 61.4 ->
61.6). Nor is a claim relayed without another speaker: a passive report ("X is
said to ...", "it was claimed that ..."; "accused by Y" keeps Y as the speaker)
or a source cited for the commenter's own claim ("..., according to Pew"; not
"according to X" for an actor X, whose own claim it is)
(RUW train: 21 labels change, right 0 -> 14, F_avg +0.1 and +0.2). Nor is the
writer's imperative to say something ("instead say X ...", "ok, say it: X ...",
"so, say that X ..."; a base "say" / "claim" after "instead / rather / please /
ok / so" or after a comma or colon that opens the clause or is followed by "it
/ that / this"; not "X is evil, say officials"): what is to be said is the
writer's assertion. A claim foretold by the writer ("X will (then) claim Y is
the terrorist", "X is going to say ...", "they'll probably say Y did it"; not
negated, not in a question or a condition, not "what X will say") is a pretext
the writer disputes: the findings of the claim are flipped (cue suffixed
``", predicted pretext"``, at 0.7 of their weight) and a named speaker gets
``"predicted pretext"`` (against it; a pronoun speaker blames nobody), as "Y
will blow up the plant and blame X" is ``"shifted blame"`` in rule 7. Generic
"you can't / cannot / shouldn't / never trust X" is the writer's
``"distrust"`` (rule 9b), not the addressee's attitude ("you don't trust X",
"you trust X" stay reported). (RUW train, the three: 8 labels change, right 0
-> 7: the imperative 4, 4 right, the pretext 2, 2 right, generic "you" 2, 1
right; halves Russia 64.12 -> 64.15 / 63.37 -> 63.47, Ukraine 63.04 -> 63.07 /
64.13 -> 64.18.) Left out, too rare on RUW train to measure: a report the
writer disputes ("the biggest lie the media told you was that X ...", "they
claimed X ...? they did not", "remember when they accused X ... but it was
Y": 4 tweets, gold follows the content in one of them), an endorsed report
("as / like Y said, X ...": 1 tweet with a report frame) and "ask my father,
who stated ..." (1 tweet, 2 labels, right 0 -> 1 either way); sarcasm markers ("/s" as a token of its own,
"yeah right") flip findings and lower their confidence (cue suffixed
``", sarcasm"``). A sentence that is nothing but a scoffing marker ("Yeah
right.", "Riiight...", "Yeah sure.") mocks the claim that follows it, or, as
the comment's last sentence, the claim before it ("X is winning. Yeah
right."); an echoed confirmation ("Sure they did.", "Sure he is.") mocks the
claim before it and adds nothing of its own; the findings are flipped the
same way, the marker in the evidence (RUW train: 4 labels change, right 0 ->
2). Mockery (cue suffixed ``", mockery"``) flips only the
evaluation it scopes over. A claim the commenter frames
as false ("(stop) pretending (that) X can win", "the narrative / myth / lie
that X ...", "false narratives about X winning", "imagine thinking X ...",
"anyone who thinks X can win is delusional / living in a fantasy") has the
findings it covers flipped, with the frame in the evidence; a finding resting
on the frame word itself ("the lie that X ...") is left as it is (RUW train:
10 tweets change, 13 of the 20 labels fixed, 1 broken, 6 gold-neutral ones
stay wrong). A claim inside someone else's claim or belief is not the
commenter's assertion either. Under a derisive frame it is rejected and its
findings are flipped the same way: a noun naming the claim false ("the
propaganda / lies / fairy tale / conspiracy theory / bs that X ..."), a neutral
claim noun that is bought, parroted or derided ("you buy the Russian line that
X ...", "Russia's PR case that X ...", "the false idea that X ..."), proof
denied or asked for ("there is no proof that X ...", "you won't find evidence
that X ...", "do you have proof that X ...?"), or a belief of someone other
than the commenter held incredulously ("you actually / really believe X ...",
"people (who) think X ...", "anyone who thinks X ...", "why would you think X
...", "if you think X ...", "you think X will win?", a fool's belief: "you
have to be pretty thick / an idiot / naive enough to think X ...", RUW train:
1 tweet, both labels fixed; not the genuine question "do you think X will
win?", nor the commenter's own "I think X ..."). Only the
findings inside the claim are flipped (to the end of the sentence or a
contrast word, not the holder's: "Russia's PR case that ..."), and a victim
of an attack in the claim is left as it is (denying "X attacked Y" clears X
but does not blame Y). A third party's belief told plainly ("they think X
...", "he believes X ...", "Russia thinks X ...") is reported: ``"reported
speech"``, and as for the speaker of a report the tone of what the holder
believes is not the holder's (RUW train: 16 Russia / 18 Ukraine labels change,
right 4 -> 9 / 4 -> 11; of these the claim nouns 3 labels, right 0 -> 3, denied
proof 2, 0 -> 2, incredulous beliefs 16, 4 -> 9, plain beliefs 2, 0 -> 0, and an
actor as the holder, "X (really) thinks ...", 11 more, right 4 -> 6). A plain "you
think X ..." as a statement is not derided by itself ("the more you read, the
more you think X ..."; reading it so changed 12 labels, right 4 -> 6, and was
left out). A question answered at once with a plain "no" ("X winning?
Hardly...", "Is X weaker? Nope.") denies its claim: its findings are flipped at
full weight, the answer in the evidence (RUW train: 4 tweets, 5 labels fixed,
none broken). Praise followed at once (within a few characters) by laughter
("X is doing great lol", "X is a genius, hahaha", "X is part of Y, lmao") is
mocked: the praise is flipped, and so is the other side of the same claim,
with the laughter in the evidence; laughter after blame ("X is a liar lol")
only sharpens it (RUW train: 1 tweet, right; laughter anywhere after praise in
the sentence changed 11 tweets, but mostly through findings the laughter was
not about, so it was left out). So is praise under a closing tag ("X is doing a great job,
huh?", "X is a genius huh."; not "Uh huh, ..." opening a sentence) and praise followed by a
clown emoji ("X is a genius 🤡"), and praise in scare quotes said of X ('X is a "peaceful"
nation', 'the idea of X being a "great power"', 'the towns X "liberates"': one to three
quoted words, one of them praise, right after X or its copula and determiners; not quoted
speech, a negation between, 'was never a "friend"', nor quotes holding a mention) is
flipped, or told as blame of X when no finding rests on it. A sentence opened by "Let me
guess" is sarcastic, and "Let me guess." alone mocks the claim after it (never the one
before it). (RUW train, these readings: 8 labels change, right 0 -> 8; a closing ",
right?" tag was left out: 4 labels, right 2 -> 2, "you know that, right?" confirms as
often as it mocks; F_avg Russia 62.59 -> 62.72, Ukraine 62.27 -> 62.40.) Mockery is read for the writer's stance only
(``reported="neutral"``), and a finding is flipped once: a sarcasm marker
leaves findings already read as mockery alone. The mocking memes of the war
discourse ("the second best army in the world", "the 3-day special
operation", "Kyiv in three days") are cue phrases of the Russia actor in the
default actor file (rule 1). An epithet of might on an actor that fails in
the same sentence is mocked ("Mighty X being liquidated by tiny Y", "the
vaunted X army can't even take Z", "the invincible X army is retreating"):
the praise resting on the epithet is flipped; a failure told in the passive
only counts in the passive ("got crushed", not "crushed the town"), and the
failure must be the bearer's, not that of a mention after it (RUW train: 2
labels change, right 0 -> 2). Findings in a question weigh half; a contrast word ("but", "however") makes the clause
after it weigh more than the one before. The predicate of a yes / no question
is asked, not asserted (``_asked_predicates``, rule 9): the ``"predicate
evaluation"`` / ``"negation"`` of the question's subject, after an auxiliary
opening a clause ("Is X winning?", "Will the X win?", "so is X losing?", "...,
but is X a fool?") or opening a declarative question ("X will win?", "X has
the right to invade Y?", "X won't win?"), becomes cue ``"asked"``: no
evaluation (stance 0, tiered with reported speech, so other evidence of the
comment decides: "X is weak. Is X weak?" stays against; a neutral at half
weight of the rules' tier reads the same RUW train labels and would outvote
that evidence). It is settled last, after the sentence's and its neighbours'
mockery checks ("X is a genius? Hardly.", "X is a genius, huh?", sarcasm, a
derided belief "you think X ...?"): what they flipped stays mockery. It
stays asserted with a negated auxiliary ("isn't X a genius?" asks
rhetorically), a closing tag that seeks agreement ("..., right?", "...,
huh?", "..., isn't it?", "X didn't win, did they?", "... or what?", "...,
don't you think?"), a plain "yes" answering it at once ("X is a genius?
Yes."), a declarative clause before an inverted question of its own ("X
can't win, do you think they will try?"; "X will win or is winning?" shares
its subject), a subject inside a question about a belief ("do you think X is
a genius?"), and in wh- questions ("why is X so weak?" takes the weakness as
given). RUW train: 7 labels change, right 0 -> 3 (Russia 64.68 -> 64.76,
Ukraine 64.25 -> 64.31; halves Russia 65.54 -> 65.66 / 63.79 -> 63.83,
Ukraine 64.80 -> 64.87 / 63.70 -> 63.75); a plain misreading of English
(the class is small there: 7 such predicates in yes / no questions).
Questions and conditions otherwise
keep their findings' direction: on RUW train the favor / against labels whose
deciding evidence sits in a question are right about as often as the others
(yes / no 63%, wh- 60%, declarative "X ...?" 53%, assertions 64%), and so are
those in an "if" (56%) or "when" clause (56%) or after a "would / could"
(53%), where gold is neutral more often than of the other sign. Tried and left
out (RUW train labels, Russia / Ukraine): a declarative question opened by the
mention read as an echo that mocks its claim ("Russia lost 500k men?": 27 /
24, right 14 -> 7 / 13 -> 5; the "?" mostly ends an asserted premise, "X
invaded Y and you ...?"); full weight for such a premise (no label changes),
and no half weight at all (15 / 11, right 4 -> 7 / 6 -> 2); the evaluation of
the subject of a yes / no question ("is X winning?") flipped (4 / 3, right 2
-> 2 / 2 -> 1) or left out (3 / 3, right 0 -> 1 / 1 -> 0; for inverted
questions only, before the declarative ones and the exceptions above were
read), flipped only with
"really" (no label changes); "since when / when did X ...?" for any predicate
(1 / 1, fixed) and "are you saying / you're telling me X ...?" (with "you
mean": 5 / 5, right 3 -> 1 / 2 -> 2) as echoes flipped; a conditional outcome,
"if X wins, the world will suffer" read as the outcome's value times that of
X's predicate (5 / 8, right 1 -> 2 / 4 -> 1; with the condition after the main
clause, 12 / 14, right 7 -> 1 / 8 -> 1); no sentence tone for a mention in an
"if" clause (31 / 30, right 16 -> 8 / 18 -> 8: gold reads the tone of a
condition as the writer's). The rhetorical classes are rare there (about 20
sentences or fewer each).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Mapping, Sequence
from itertools import accumulate, compress, count as _icount

from . import _lexicon as lx
from ._stance_tokens import (
    _DETERMINERS, _PASSIVE_AUX, _PREPOSITIONS, _THIRD_SUBJECTS, _is_negator, _negated,
)
from ._stance_mentions import _Finding, _Mention, _opposed, _paired
from ._stance_frames import (
    _DEFEAT_WORDS, _PERFECT_MODALS, _PROVOKE, _PROVOKED, _RELATION_NOUNS, _WOULD,
)
from . import _stance_tokens

# Called as ``NAME.method(...)``, so bound by assignment, not ``from ... import``: CPython 3.11
# compiles a method call on an imported name as an attribute load that builds a bound method
# per call (tests/test_source.py::test_no_method_call_on_an_imported_name).
_CONDITIONALS = _stance_tokens._CONDITIONALS
_TOKEN_RE = _stance_tokens._TOKEN_RE
_TOKEN_SPLIT_RE = _stance_tokens._TOKEN_SPLIT_RE


# ------------------------------------------------------------------ sentence analysis
class _Sentence:
    """Tokens of one sentence with clause ids; built only for sentences with mentions."""

    __slots__ = ("text", "toks", "starts", "ends", "bounds", "contrast_at", "index")

    def __init__(self, text: str, s0: int, s1: int, index: int):
        self.text = text
        self.index = index
        piece = text[s0:s1]
        plain = piece.replace("’", "'")
        if plain.isascii() and "/S" not in plain:
            # lower() keeps every ASCII character's class, so the lower-cased text
            # splits into the same tokens ("/S" alone would not be the marker "/s"),
            # with no flag emoji possible;
            # split() alternates the text between tokens and the tokens, so their
            # offsets are running sums of the part lengths, all computed in C
            parts = _TOKEN_SPLIT_RE.split(plain.lower())
            offsets = list(accumulate(map(len, parts), initial=s0))
            toks = parts[1::2]
            self.starts = offsets[1:-1:2]
            self.ends = offsets[2::2]
        else:
            low = plain.lower()
            spans = [m.span() for m in _TOKEN_RE.finditer(piece)]
            if len(low) == len(piece):
                toks = [low[a:b] for a, b in spans]
            else:  # lower() changed the length (rare Unicode): lower token by token
                toks = [piece[a:b].lower().replace("’", "'") for a, b in spans]
            self.starts = [a + s0 for a, _ in spans]
            self.ends = [b + s0 for _, b in spans]
        self.toks = toks
        # the indices of the boundary tokens, in order (nearly every sentence has one: its final
        # punctuation); a boundary opens the next clause (see ``clause``)
        self.bounds = bounds = list(compress(_icount(), map(lx.BOUNDARIES.__contains__, toks)))
        contrast_at = -1
        for i in bounds:
            if i > 0 and toks[i] in lx.CONTRAST:
                contrast_at = i
                break
        self.contrast_at = contrast_at

    @property
    def clause(self) -> list[int]:
        """Clause id of each token: the boundary tokens up to it, itself included."""
        return list(accumulate(map(lx.BOUNDARIES.__contains__, self.toks), initial=0))[1:]

    def locate(self, m: _Mention) -> bool:
        """Set the token range of a mention; False when it covers no token."""
        ends, starts = self.ends, self.starts
        a = bisect_right(ends, m.start)  # first token ending after the mention starts
        if a >= len(starts) or starts[a] >= m.end:
            m.a = m.b = -1
            return False
        b = bisect_left(starts, m.end) - 1  # last token starting before the mention ends
        m.a, m.b = a, (b if b > a else a)
        return True

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.starts[i], self.ends[j]

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """First and last token index of the clause of token i.

        The clause of token i runs from the last boundary at or before i (the start
        when there is none) to the token before the next boundary (the end when
        there is none).
        """
        bounds = self.bounds
        c = bisect_right(bounds, i)  # the clause id of token i
        return (bounds[c - 1] if c else 0), (bounds[c] - 1 if c < len(bounds) else len(self.toks) - 1)


_CITED_SOURCE = True  # "according to X" cites a source for the commenter's own claim
_PASSIVE_RELAY = True  # a passive report names no speaker: the commenter relays the claim
_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
_GENERIC_YOU = True  # "you can't trust X": generic you, the writer's own distrust
_PRETEXT = True  # "X will claim Y is the terrorist": a pretext foretold, the writer disputes it
_IMPERATIVE_SAY = True  # "instead say X", "ok, say it: X": the writer's own assertion
_ADDRESSEE_OWN = True  # "you say X": the addressee's words, argued with in the commenter's voice
_MORE_NOT_REPORTS = True  # adjectival participles, "reports of", "it's called"
_NOT_REPORTS = True  # reporting words used as nouns, phrasal verbs or the commenter's own frame
# the commenter speaking ("I'd say", "let's say"), beyond lx.FIRST_PERSON
_OWN_SPEAKERS = frozenset({"i'd", "i'll", "i've", "we'd", "we'll", "we've", "let's", "lets", "im",
                           "ill", "id"})
# words before "states" that make it the noun ("the United States", "Baltic / NATO / member states")
_STATE_NOUN_BEFORE = frozenset("""united baltic member nato the these those other arab gulf eu
european western eastern all many some sovereign independent both neighbouring neighboring
african balkan nordic frontline soviet post-soviet nuclear client vassal satellite several few two
three our their its rogue small smaller island new former allied border front-line""".split())
# determiners and possessives before a noun "claim", "report", "call" ("his claims", "the report")
_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                          "this", "that", "these", "those", "such", "false", "any", "no", "russia's",
                          "ukraine's", "media", "news", "unconfirmed"})
# "it is safe / fair / needless to say": the commenter's own assertion
# the addressee's own words thrown back ("as you claim, ...", "you said X has lost ...", "no matter
# what you say"): the commenter argues with them, in the commenter's voice
_ADDRESSEE = frozenset({"you", "u", "ya", "y'all", "yall", "you've", "you'd", "you'll"})
_ADDRESSEE_FRAMES = frozenset({"as", "what", "whatever", "everything", "anything", "whoever"})
# participles used as adjectives ("the alleged killings", "Russia's stated objective", "its own
# claimed citizens")
_PARTICIPLE_ADJ = frozenset({"alleged", "claimed", "stated", "reported", "declared"})
_OWN_TO_SAY = frozenset({"safe", "fair", "needless", "sad", "hard", "honest", "suffice", "accurate",
                         "correct", "true", "wrong", "right"})


def _not_a_report(toks: list[str], i: int, t: str) -> bool:
    """Whether the reporting word at i reports nobody's words.

    A noun ("the United States", "Baltic states", "his claims", "media
    reports"), a phrasal verb ("calls for talks", "called up reservists",
    "called out the US"), a name ("so called", "it is called") or the
    commenter's own frame ("safe to say", "needless to say").
    """
    prev = toks[i - 1] if i else ""
    if t in {"states", "state"}:
        return prev in _STATE_NOUN_BEFORE or not prev
    if t in {"calls", "called", "call"}:
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if nxt in {"for", "up", "out", "off", "on", "back", "in"} or prev in {"so", "is", "was",
                                                                              "are", "were", "be"}:
            return True
    if prev in _NOUN_BEFORE and t in {"claim", "claims", "reports", "calls", "call", "report"}:
        return True
    if _MORE_NOT_REPORTS:
        if t in _PARTICIPLE_ADJ and (prev in _NOUN_BEFORE or prev == "own"):
            return True  # "the alleged attack", "Russia's stated objective"
        if t in {"claims", "reports", "calls"} and i + 1 < len(toks) and toks[i + 1] == "of":
            return True  # "reports of abuses", "claims of genocide": nouns
        if t == "called" and prev in {"it's", "its", "that's", "thats", "what's"}:
            return True  # "it's called begging": a name
    if prev == "to" and i > 1 and toks[i - 2] in _OWN_TO_SAY:
        return True
    return False


_REPORT_WORDS = lx.REPORTING_VERBS | {"according"}
# the writer's imperative to say something ("instead say X", "ok, say it: X"): what is to be said
# is the writer's own assertion; a base form after a comma reports only before a speaker ("X is
# evil, say officials")
_SAY_BASE = frozenset({"say", "claim"})
_IMPERATIVE_LEADS = frozenset({"instead", "rather", "please", "simply", "ok", "okay", "so", "well",
                               "go", "c'mon", "plz", "pls"})
_SAY_IT = frozenset({"it", "that", "this", "so", ":", "it's"})


def _reporting_frame(sent: _Sentence, mentions: Sequence[_Mention]) -> int:
    """Index of a reporting verb with a third-party subject, or -1.

    Parameters
    ----------
    sent : _Sentence
        The sentence.
    mentions : sequence of _Mention
        Its located mentions (token ranges set).

    Returns
    -------
    int
        The first reporting word (or "according" of "according to") that
        frames the sentence as someone else's words; -1 when none does.
    """
    toks = sent.toks
    words = _REPORT_WORDS.intersection(toks)
    if not words:
        return -1  # quick exit: most sentences hold no reporting word at all
    for i, t in enumerate(toks):
        if t not in words:  # (one set test per token: the words of the sentence only)
            continue
        if t == "according" and i + 1 < len(toks) and toks[i + 1] == "to":
            if _CITED_SOURCE and not any(i + 2 <= m.a <= i + 3 for m in mentions):
                # "..., according to Pew": a source cited for the commenter's claim (a party
                # of the conflict, "according to Ukraine", tells its own claim)
                continue
            return i
        if t in lx.REPORTING_VERBS:
            if _NOT_REPORTS and _not_a_report(toks, i, t):
                continue
            if _PASSIVE_RELAY and i > 0 and toks[i - 1] in _BE and (
                    i + 1 >= len(toks) or toks[i + 1] != "by"):
                continue  # "X has been accused of ...", "it was said that ...": nobody else's view
            # subject: nearest word token before the verb, skipping auxiliaries, adverbs and
            # negations ("I didn't say")
            j = i - 1
            while j >= 0 and (toks[j] in lx.AUXILIARIES or _NOT_REPORTS and _is_negator(toks[j])):
                j -= 1
            if j < 0:
                continue  # imperative "say ..." / sentence-initial: not a report
            if _IMPERATIVE_SAY and t in _SAY_BASE and (toks[j] in _IMPERATIVE_LEADS or toks[j] in {",", ":"} and (
                    j == 0 or toks[j - 1] in _IMPERATIVE_LEADS or toks[j - 1] in lx.BOUNDARIES
                    or i + 1 < len(toks) and toks[i + 1] in _SAY_IT)):
                continue  # the writer's imperative: "instead say X", "ok, say it: X", "so, say that X"
            if toks[j] in lx.FIRST_PERSON or _NOT_REPORTS and toks[j] in _OWN_SPEAKERS:
                continue
            if _ADDRESSEE_OWN and toks[j] in _ADDRESSEE and (
                    j < i - 1 or j and (toks[j - 1] in _ADDRESSEE_FRAMES or toks[j - 1] in lx.AUXILIARIES
                                        or _is_negator(toks[j - 1]))):
                continue  # "you never said that", "have you said", "as you claim", "what you say"
            if toks[j] in {",", "\"", "“", "”", "'"} or toks[j][0].isalpha() or toks[j][0] == "@":
                return i
    return -1


_WANTED = frozenset({"wanted", "wants", "want", "intended", "meant", "wished", "chose", "decided"})


def _wanted_if(toks, r: int) -> bool:
    """Whether the verb at ``r`` is what a condition supposes wanted: "if X (really) wanted to
    destroy Y (, it would have)" (the restraint argument: the deed was not done)."""
    if r < 3 or toks[r - 1] != "to" or toks[r - 2] not in _WANTED:
        return False
    for x in range(r - 3, max(-1, r - 8), -1):
        if toks[x] == "if":
            return True
        if toks[x] in lx.BOUNDARIES:
            return False
    return False


def _unreal_passive(toks, r: int) -> bool:
    """Whether the participle at ``r`` is an affirmative unreal passive: "X would be destroyed",
    "X would have been occupied", "X would've been wiped out"."""
    p = r - 1
    if p > 0 and toks[p] in {"already", "easily", "simply", "just", "long", "quickly"}:
        p -= 1
    if p < 1 or toks[p] not in {"be", "been"}:
        return False
    if toks[p] == "been":
        p -= 1
        if p >= 0 and toks[p] in {"would've", "wouldve", "woulda"}:
            return True
        if p < 1 or toks[p] not in {"have", "of"}:
            return False
    return toks[p - 1] in _WOULD


def _unreal_perfect(toks, r: int, lo: int, modals=_WOULD) -> bool:
    """Whether the participle at ``r`` follows an affirmative "would have" (or another of
    ``modals``): "X would have invaded Y", "X would've bombed Y"."""
    p = r - 1
    if p > lo and toks[p] in {"already", "easily", "simply", "just", "probably", "likely"}:
        p -= 1
    if p >= lo and toks[p] in _PERFECT_MODALS:
        return toks[p] in modals
    return p > lo and toks[p] in {"have", "of"} and toks[p - 1] in modals


_WRONGS = frozenset({"provoked", "provoke", "expanded", "expand", "threatened", "persecuted",
                     "oppressed", "encroached"})


def _before_determiners(toks, k: int, lo: int) -> int:
    """``k`` moved back over the determiners before it ("if the Ukrainians": to "the")."""
    while k - 1 > lo and toks[k - 1] in _DETERMINERS:
        k -= 1
    return k


def _undone_wrong(toks, lo: int, hi: int, a: int) -> bool:
    """Whether the condition ("if ...") of the clause of ``a`` undoes a wrong (negated harm)."""
    for k in range(lo, hi + 1):
        if toks[k] in _CONDITIONALS:
            end = k + 1
            while end <= hi and end != a and toks[end] not in lx.BOUNDARIES:
                end += 1
            clause = toks[k + 1:end]
            return _negated(clause) and not (
                lx.AGGRESSION_VERBS.isdisjoint(clause) and _WRONGS.isdisjoint(clause))
    return False


_COORDINATORS = frozenset({"and", "but", "while", "whereas", "yet", "so"})
_WILL = frozenset({"will", "shall", "'ll", "gonna"})  # the future told as sure ("X will / shall / is gonna V")
_PRETEXT_SKIP = frozenset({"then", "just", "probably", "surely", "definitely", "certainly", "of",
                           "course", "again", "also", "simply", "likely", "undoubtedly", "no",
                           "doubt", "obviously", "even", "try", "to", "going"})


_NOBODY = _Mention.__new__(_Mention)
_NOBODY.actor = None


def _pretext_speaker(toks, i: int, located):
    """The mention predicted to make the report at ``i`` ("X will (then) claim / say Y ...",
    "X is going to claim ..."), or None: a claim foretold by the writer is a pretext the writer
    disputes. Not negated ("X won't say"), not a question, not in a condition."""
    k, future = i - 1, False
    while k >= 0 and (toks[k] in _WILL or toks[k] in _PRETEXT_SKIP):
        future = future or toks[k] in _WILL or toks[k] == "going" and toks[k + 1] == "to"
        k -= 1
    future = future or k >= 0 and toks[k].endswith("'ll")  # ("they'll say")
    if not future or k < 0 or k > 0 and toks[k - 1] in {"what", "whatever"} or toks[-1] == "?" \
            or not _CONDITIONALS.isdisjoint(toks[:i]):
        return None  # ("I wonder what X will say": a question, not a claim foretold)
    for m in located:
        if m.b == k and not toks[k].endswith("'s"):
            return m
    return _NOBODY if toks[k] in _PRETEXT_NOBODIES else None


# a pronoun predicted to make a claim ("they'll say Y did it"): the content is disputed, nobody blamed
_PRETEXT_PRONOUNS = frozenset({"they", "they'll", "he", "he'll", "she", "she'll"})
_PRETEXT_NOBODIES = _PRETEXT_PRONOUNS | {"russians", "ukrainians"}  # ... or a whole people ("russians will say")


def _report_start(sent: _Sentence, report_at: int) -> int:
    """Character offset where the reported part of a sentence begins.

    A report joined to an earlier statement by a coordinator ("Russia invaded
    Ukraine and you can claim biolabs") covers only its own clause: the
    statement before the coordinator is the commenter's. Otherwise the whole
    sentence is reported ("Russia is evil, Putin said").
    """
    if _COORDINATORS.isdisjoint(sent.toks[1:report_at]):  # (the tokens the loop visits)
        return -1
    for c in range(report_at - 1, 0, -1):
        if sent.toks[c] in _COORDINATORS:
            return sent.starts[c]
    return -1


_SENTENCE_MIN = 0.4  # minimum |squashed valence| for the sentence-sentiment fallback
# with reported="keep" (the sentiment a text conveys, as in news) the tone of the sentence that
# mentions a target is direct evidence of what it conveys about it, so a milder tone counts
# (NewsMTSC train: 0.3 beats 0.4 by 0.3 macro-F1 points, 0.5 loses 1.0); a writer's stance
# (reported="neutral") keeps the stricter bar, the tone there is often about the topic
_SENTENCE_MIN_KEEP = 0.3
_BEFORE = 4  # tokens before a mention searched for local sentiment (modifiers; further left is usually what is done to it); 4 is best on both training sets (RUW and NewsMTSC train), 8 before
_CLAUSE_LOCAL = True
_QUESTIONS = True  # findings in questions weigh half
_PLURAL_PRONOUNS = True
_LOCAL_MIN = 0.15  # weaker local sentiment falls through to the sentence's tone
# harm that befalls whoever follows a preposition ("the destruction of X", "a disaster for X",
# "death in X", "a threat to X"): X suffers it, so it says nothing against X ("fear of X",
# "scared of X" name X as the danger and keep their valence)
_SUFFERED = lx.HARM_WORDS - {"fear", "scared"} | frozenset("""invasion invasions smear smears
assault assaults aggression occupation annexation abuses atrocities burden negative""".split())
_SUFFERER_PREPS = frozenset({"of", "for", "to", "in", "on", "against", "across", "throughout",
                             "inside"})
# what one is kept or freed from ("independence from X", "protect them from X"): X is the threat
_FREED_FROM = frozenset("""free freed freeing freedom independence independent liberation
liberate liberated liberating safe safer safety protect protected protecting protection save
saved saving defend defended defending defense defence rescue rescued escape escaped security
secure""".split())
_AND = frozenset({"and", ",", "&"})  # words that join (list separators less "or", "/", "nor")
# words that open a clause: what precedes them is said in the main clause, not of the
# subject of the clause they open ("interesting that X ...", "funny how X ...")
_CLAUSE_OPENERS = frozenset({"that", "what", "how", "when", "whether", "why", "where"})
# verbs whose object is the actor ("support X", "allow X to ..."): with a third party as subject
# they tell that party's act toward X, not the commenter's view of X (the commenter's own
# advocacy is rule 7)
_OBJECT_VERBS = lx.FAVOR_VERBS | lx.AGAINST_VERBS | lx.EXPERIENCER_VERBS | frozenset("""allow
allows allowed allowing appease appeases appeased appeasing benefit benefits benefited give gives
gave giving guarantee guaranteed admit admits encourage encourages encouraged convince join joins
joined joining help helped""".split())
# "lost / fell / surrendered to X": what the subject loses goes to X, who wins it
_LOSE_TO = frozenset("""lose loses lost losing fall falls fell falling surrender surrenders
surrendered surrendering defect defects defected defecting""".split())
# words of talk and feeling about a topic ("the truth about X", "good points about X", "worried
# about X", "complained about X"): they evaluate what is said or felt, not X; the commenter's
# indifference ("I don't care about X") stays
_ABOUT_KEEP = frozenset("""care cares cared caring""".split())
# feelings toward whoever follows "with" ("angry / fed up / happy with X"): how the feeler
# sees X, so the words keep their valence where a relation ("friends / talks with X") does not
_WITH_FEELINGS = frozenset("""angry upset happy pleased disappointed satisfied fed furious
frustrated annoyed unhappy impressed obsessed disgusted""".split())
# "nothing good about X", "something evil about X": a quality found in X, which evaluates it
_SOME_THING = frozenset({"nothing", "something", "anything", "everything"})
# "better" as a modal or adverb ("you'd better leave", "better have X ...", "to better
# disable"): advice, not praise
_BETTER_VERBS = frozenset("""have be not get go stop start pray hope watch run leave pay take
make do give keep prepare listen wake think believe check learn know understand use send
wait call""".split())
_AGENT_REACH = 8  # tokens searched for an aggression word done by / to an actor
# "war" blames its owner ("Putin's war") but is otherwise the topic, not an accusation
_AGGRESSION_WORDS = lx.AGGRESSION_VERBS | lx.AGGRESSION_NOUNS
_TOPIC_NOUNS = frozenset({"war", "missiles", "attacks", "strike", "strikes"})  # topic, not blame, after a name
_GUILT_BLOCKERS = _CONDITIONALS | {"when", "like", "as", "before", "after", "since", "while", "that"}
# relative pronouns opening a clause said of the noun before them, and words before them that are
# no such noun ("X knows that ...", "X said who ...")
_REL_OTHER = frozenset({"who", "which", "that", "whom"})
_REL_SKIP = lx.AUXILIARIES | lx.REPORTING_VERBS | frozenset("""so now and or know knows knew
think thinks thought believe believes claim claims hope hopes fear fears say says said admit
admits admitted deny denies denied clear sure such""".split())
# "by" after a participle naming a manner or time, not an agent ("attacked by surprise")
_BY_MANNER = frozenset("""surprise now then far force stealth mistake accident design default
proxy night day air land sea""".split())
_PLACE_PREPOSITIONS = frozenset({"in", "inside", "into", "across", "throughout"})
_OBJECT_NOT_AGENT = True  # a mention after a preposition is not the subject of an aggression verb
_WAR_TOPIC = True  # "war on / against X" names the conflict, X is no victim
_QUOTES = {"\"", "“", "”", "«", "»"}
_SUBJECT_OPENERS = frozenset({"and", "but", "or", "that", "when", "because", "if", "while", "as",
                              "so", "then", "since", "where", "after", "before", "why", "how",
                              "what", "who", "which", "once", "until", "unless", "whereas",
                              "though", "although", "now", "yes", "no", "even", "also", "still",
                              "meanwhile", "today", "yesterday", "only", "whether", "&"})


def _subject_like(toks, a: int, b: int, lo: int) -> bool:
    """Whether the mention at tokens a..b can be the subject of what follows.

    It opens its clause (possibly after determiners, a conjunction or a
    subordinator: "when Russia shelled ...") and does not modify a noun for
    people or places ("Ukrainian cities", "Russian civilians": those are what is
    harmed, not who harms). A mention right after a verb or preposition ("melt
    Ukrainian troops") is an object.
    """
    if b + 1 < len(toks) and toks[b + 1] in lx.HARM_TARGETS:
        return False
    r = a - 1
    while r >= lo and (toks[r] in _DETERMINERS or toks[r] in _SUBJECT_OPENERS
                       or toks[r] in lx.BOUNDARIES or toks[r] in {"the", "all", "both"}):
        r -= 1
    return r < lo


_RIGHT_NOUNS = frozenset({"right", "business"})
_RELATIVE = frozenset({"who", "whose"})  # relative pronouns that refer to a person or group
_CORRECT = frozenset({"right", "correct"})
# verbs of trouncing an enemy named right after them ("X is stomping Y"): X is winning
_TROUNCING = frozenset({"beating", "stomping", "stomps", "stomped", "smashing", "grinding",
                        "whooping", "thrashing", "trouncing", "routing", "pummeling", "pummelling"})
# "see / watch / want X defeated": the participle of X's defeat, not X's victory
_SEEN_DONE = frozenset({"see", "seeing", "saw", "seen", "watch", "watching", "watched", "want", "wants",
                        "wanted"})
_WIN_VERBS = frozenset({"defeat", "defeats", "defeated", "beat", "beats", "conquer", "conquers",
                        "outlast", "outlasts"})
# the subject's attitude toward something else ("X won't trust / accept ..."), not an evaluation of X
_ATTITUDE_VERBS = frozenset({"trust", "trusts", "accept", "accepts", "agree", "agrees", "tolerate",
                             "tolerates", "allow", "allows"})
# nouns of an attack on a place: a bare name before them is what is attacked ("Ukraine invasion")
_INVADED_NOUNS = frozenset({"invasion", "invasions", "occupation", "annexation"})
_VICTIM_NOUNS = frozenset({"victim", "victims"})
_VICTIM_MODIFIERS = frozenset({"the", "a", "real", "true", "only", "main", "biggest", "actual",
                               "innocent", "clear"})
_UNDER_ATTACK = frozenset({"attack", "attacks", "fire", "siege", "assault", "bombardment", "shelling",
                           "occupation"})
# adjectives ending in -ly (not manner adverbs)
_LY_ADJECTIVES = frozenset("""friendly unfriendly lovely deadly cowardly costly elderly lively
lonely likely unlikely orderly timely worldly ghastly beastly sickly kindly holy ugly silly
early only daily weekly monthly yearly jolly manly bully rally""".split())
_AFTER_MANNER = _PROVOKED | _DEFEAT_WORDS | _PROVOKE
_HEDGES = frozenset({"all", "almost", "nearly", "practically", "virtually", "essentially"})
# what an army cannot fight without: "X has no soldiers (left)" is its defeat
_MEANS_MODIFIERS = frozenset({"more", "fighting", "trained", "real", "able"})
_CULPABLE = frozenset({"responsible", "accountable", "culpable", "guilty"})
# aggression nouns for the one who attacks: what they are said of is the agent
_AGENT_NOUNS = frozenset("""aggressor aggressors invader invaders occupier occupiers occupants
terrorists criminals murderers butchers orcs""".split())
_NOUN_MARKERS = frozenset({"their", "its", "his", "her", "our", "my", "your"})  # evaluative after a copula (not in VADER: ambiguous)
_SPEAKER_NEUTRAL = True
_SPEAKER_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote",
                            "writes", "noted", "notes", "explained", "explains", "tweeted",
                            "stated", "states", "argued", "argues", "announced", "announces",
                            "replied", "responded", "asked", "asks", "continued"})
# the words between an aggression word and a mention after it ("shelled the eastern cities of
# X") must tie the mention to the deed as its object or place: words that open another clause
# or predicate ("destroyed the bridge before X ...", "the invasion makes the world hate X") end
# the victim reading
_VICTIM_GAP = True
_GAP_BREAKERS = frozenset("""and or as when that than like before after since despite nor if
while because so but vs versus is was are were be will would it's - & = without until unless
although though whether which who where why how what can cannot could should must may might did
does do has have had it""".split()) | lx.REPORTING_VERBS
_GAP_LINKS = frozenset({"of", "in", "into", "to", "from", "on", "at", "over", "across", "against",
                        "inside", "towards", "toward", "throughout", "for", "upon", "within"})
_GAP_MODIFIERS = frozenset("""ethnic eastern western innocent other all any independent east west
south north southern northern entire whole up many more free sovereign pro poor neighbouring
neighboring peaceful mainland""".split())


def _conjoined_object(toks: list[str], r1: int, a: int, b: int) -> bool:
    """Whether the mention at ``a``..``b`` is a second object after "and" ("invaded Crimea and X").

    A short gap ending in "and" / "or" with no other clause word, and nothing after
    the mention that could be its predicate (the sentence or clause ends, or a
    preposition follows: "... Crimea and X in 2014").
    """
    g = toks[r1:a]
    if not 2 <= len(g) <= 3 or g[-1] not in {"and", "or", "&"} or not _GAP_BREAKERS.isdisjoint(g[:-1]):
        return False
    return b + 1 >= len(toks) or toks[b + 1] in lx.BOUNDARIES or toks[b + 1] in _PREPOSITIONS


# verbs of taking people or goods away: "to / into X" after them is where they are taken
_REMOVALS = frozenset("""deport deports deported deporting kidnap kidnaps kidnapped kidnapping
abduct abducted abducting steal steals stole stolen stealing loot looted""".split())
# giving weapons up: what is given up is no deed of the giver ("X gave up its nukes")
_GIVE = frozenset({"give", "gives", "gave", "given", "giving"})
_RELINQUISH = frozenset({"relinquish", "relinquished", "relinquishing", "surrendered", "returned",
                         "dismantled", "denuclearized", "denuclearised"})
# a subject coordinated with another actor's ("X and Y lie", "X/Y fiasco") shares its predicate
_SHARED_PREDICATE = True
_COORDINATED = frozenset({"and", "/", "&", "or", "nor"})
_BOTH_SIDES = True  # "both X and Y attacked ...": neither is blamed
_SHARED_CUES = frozenset({"predicate evaluation", "negation", "attack by actor", "defeat"})
# verbs of impact whose subject is the aggression word and whose object the mention ("missiles
# hit X", "shelling pounded X")
_IMPACT_VERBS = frozenset("""hit hits hitting pound pounds pounded pounding rock rocks rocked
batter batters battered pummel pummels pummeled ravage ravages ravaged devastate devastates
devastated""".split())


def _object_gap(toks: list[str], r1: int, a: int) -> bool:
    """Whether tokens ``r1``..``a - 1`` tie the mention at ``a`` to the deed before them.

    They must end in a preposition, a determiner or a modifier ("killed the
    civilians of X", "attacked ethnic X"), with no negator and no word that opens
    another clause or predicate, or in a verb of impact ("missiles hit X"); "and" / "or" only inside a noun phrase ending in
    a preposition ("children and civilians of X"), auxiliaries only in a passive
    ("bombs are being used against X").
    """
    g = toks[r1:a]
    if not g:
        return True
    t = g[-1]
    if any(map(_is_negator, g)):
        return False
    breakers = _GAP_BREAKERS.intersection(g)
    if breakers and not (t in _GAP_LINKS and (breakers <= {"and", "or", "&"} or (
            len(g) >= 2 and g[-2].endswith("ed") and breakers <= _PASSIVE_AUX))):
        return False
    return t in _GAP_LINKS or t in _DETERMINERS or t in _GAP_MODIFIERS or t in _IMPACT_VERBS


_KEEP_VICTIM_NEGATIVE = True  # with reported="keep", the victim of an attack is conveyed negatively


def _quoted_ranges(sent: _Sentence) -> list[tuple[int, int]]:
    """Character ranges between paired double quotes (someone else's words, scare quotes)."""
    if _QUOTES.isdisjoint(sent.toks):  # no quote mark among the tokens: nothing to pair
        return []
    piece = sent.text[sent.starts[0]:sent.ends[-1]] if sent.toks else ""
    if '"' not in piece and "“" not in piece and "”" not in piece and "«" not in piece:
        return []
    marks = [i for i, t in enumerate(sent.toks) if t in _QUOTES]
    return [(sent.starts[marks[k]], sent.ends[marks[k + 1]]) for k in range(0, len(marks) - 1, 2)]


_LAUGHED_PRAISE = True  # praise followed at once by laughter is mocked
_LAUGH_RE = re.compile(r"(?:lo+l+)+|lmf?a+o+|rofl|a?(?:h+[ae]+){2,}h*|🤣+|😂+|😆+|🤡+")
_IRONIC_EPITHET = True  # "Mighty Russia being liquidated": an epithet of might on a failing X is mocked
_MIGHT_EPITHETS = frozenset({"mighty", "vaunted", "invincible", "almighty", "unstoppable", "all-powerful",
                             "fearsome", "feared", "formidable", "glorious", "unbeatable", "mightiest",
                             "invulnerable", "legendary"})
# what befalls the bearer of the epithet: a failure, a defeat, a retreat, an inability
_EPITHET_FAILURES = frozenset("""
losing lost loses retreating retreat retreats retreated fleeing flee fled running stuck
stalled stalling failed failing fails struggling struggles unable bogged collapsing
collapsed""".split())
# failures told in the passive only ("being liquidated", "got crushed"; "X crushed Y" is a deed)
_EPITHET_PASSIVES = frozenset("""
liquidated defeated beaten humiliated humbled routed trounced crushed destroyed decimated
pushed outgunned outsmarted embarrassed""".split())
_EPITHET_AUX = frozenset({"being", "been", "was", "were", "is", "are", "get", "gets", "got", "getting"})
_CANT = frozenset({"can't", "cant", "cannot", "couldn't", "couldnt"})  # "X can't even ...", below too
_EPITHET_CANT = _CANT | {"can", "could"}  # "(can't / can) even ..."


def _mock_epithets(toks: Sequence[str], starts: Sequence[int], owner, findings: list[_Finding]) -> None:
    """Flip the praise resting on an epithet of might whose bearer fails in the same sentence.

    "Mighty Russia being liquidated by tiny Ukraine", "the vaunted X army can't even take
    Y": the epithet ("mighty", "vaunted", "invincible" ...) stands right before the mention (a
    determiner or a modifier may come between: "the mighty Russian army", "the mighty armed
    forces of X") and a failure of it follows the mention ("being liquidated", "got
    crushed", "losing", "retreating", "stuck", "can't even"); the praise finding that covers the epithet is
    flipped (cue ``", mockery"``). "The mighty X army crushed Y" (no failure of X) stays praise.
    """
    n = len(toks)
    for i, t in enumerate(toks):
        if t not in _MIGHT_EPITHETS:
            continue
        m = None
        for q in range(i + 1, min(n, i + 5)):  # the bearer: the mention right after the epithet
            m = owner.get(q)
            if m is not None:
                break
        if m is None:
            continue
        fails = False
        for r in range(m.b + 1, min(n, m.b + 12)):
            w = toks[r]
            if w in _EPITHET_FAILURES or w == "even" and toks[r - 1] in _EPITHET_CANT or (
                    w in _EPITHET_PASSIVES and toks[r - 1] in _EPITHET_AUX):
                fails = True
                break
            if w in {".", "!", "?", ";", "but", "while", "whereas"} or owner.get(r, m) is not m:
                break  # the failure must be the bearer's own
        if not fails:
            continue
        at = starts[i]
        for f in findings:
            if f.actor == m.actor and f.stance > 0 and f.cue in _PRAISE_CUES and f.start <= at < f.end:
                f.stance, f.cue = -f.stance, f.cue + ", mockery"


_END_PUNCT = frozenset({".", "!", "?", "…", "..."})
_MOCKING_TAG = True  # "X is doing them a favor by bombing Y, huh?": a closing "huh" mocks the praise
_SCARE_QUOTES = True  # 'X is a "peaceful" nation': praise in scare quotes said of X is mocked
# what may stand between X and the scare-quoted praise said of it ('X is such a "great power"')
_SCARE_LEAD = _BE | {"a", "an", "the", "such", "so", "very", "truly", "really", "some", "'s", "so-called"}


def _scare_quoted(toks: Sequence[str], owner, val: Mapping[str, float]) -> list[tuple]:
    """Praise in scare quotes said of a mention: ``(mention, first quote, last quote)`` indices.

    'X is a "peaceful" nation', 'X being a "great power"', 'the towns X "liberates"': one to
    three words in double quotes, one of them praise (valence at least 1.0 in the full
    table, also of the word without a final "s": "liberates"), no mention among them, and right before the opening quote the mention, at most
    a copula and determiners between ("is a", "being such a"). Quoted speech ('X said "we
    are winning"'), a negation between ('X was never a "friend"') and quotes holding a
    mention ('a "Greater Russia"') are none.
    """
    marks = [i for i, t in enumerate(toks) if t in _QUOTES]
    out = []
    for k in range(0, len(marks) - 1, 2):
        q0, q1 = marks[k], marks[k + 1]
        if not 1 < q1 - q0 <= 4 or any(i in owner for i in range(q0 + 1, q1)) or not any(
                val.get(toks[i], 0.0) >= 1.0 or toks[i][-1] == "s" and val.get(toks[i][:-1], 0.0) >= 1.0
                for i in range(q0 + 1, q1)):
            continue
        j = q0 - 1
        while j >= 0 and q0 - j <= 4 and toks[j] in _SCARE_LEAD:
            j -= 1
        m = owner.get(j)
        if m is not None and m.b == j:
            out.append((m, q0, q1))
    return out


_PRAISE_CUES = frozenset({"predicate evaluation", "local sentiment", "sentence sentiment",
                          "claimed territory", "statehood", "military success", "credited",
                          "slogan", "vocative praise"})


_PRETEND = frozenset({"pretend", "pretends", "pretended", "pretending"})
_CLAIM_NOUNS = frozenset({"narrative", "narratives", "myth", "lie", "hoax", "fairytale"})
_DISMISS_TRIGGERS = _PRETEND | _CLAIM_NOUNS | {"imagine", "fantasy", "delusional"}
_DISMISSED = True  # claims framed as a pretence, a narrative or a fantasy are mocked
# a claim inside someone else's claim or belief ("the propaganda that X ...", "no proof that X
# ...", "you actually believe X ...")
_EMBEDDED = True
# nouns that name a claim as false themselves ("the lies / propaganda / fairy tale that X ...")
_FALSE_CLAIMS = frozenset({"lies", "myths", "propaganda", "fairytales", "bs", "bullshit",
                           "nonsense", "conspiracy", "delusion", "hoaxes", "fairy"})
# nouns that name a claim neutrally ("the line / story / idea that X ..."): false when bought
# or parroted, or under a derisive modifier ("Russia's PR case that X ...")
_CLAIM_HEADS = frozenset({"line", "story", "idea", "notion", "theory", "claim", "claims", "case",
                          "talking"})
_BOUGHT = frozenset("""buy buys bought buying swallow swallows swallowed swallowing parrot parrots
parroted parroting peddle peddles peddled peddling push pushes pushed pushing spread spreads
spreading spew spews spewing regurgitate regurgitating repeat repeating fell fall falling
believe believing pr false fake bogus ridiculous absurd laughable silly stupid debunked tired
idiotic lame baseless""".split())
_PROOF = frozenset({"proof", "evidence"})
# what denies or asks for the proof ("there is no proof that X ...", "do you have any evidence
# that X ...?", "you won't find evidence that ...")
_NO_PROOF = frozenset({"no", "zero", "any", "without", "lack", "show", "where", "little",
                       "not", "never", "nor"})
_BELIEF_VERBS = frozenset({"think", "thinks", "believe", "believes", "thought", "believed"})
# holders of a belief who are not the writer
_OTHER_HOLDERS = frozenset({"you", "u", "ya", "yall", "y'all", "people", "anyone", "anybody",
                            "who", "everyone", "everybody", "someone", "folks", "they", "he",
                            "she"})
# words that make someone else's belief incredulous ("you actually believe ...", "people
# seriously think ...")
_INCREDULOUS = frozenset({"really", "actually", "seriously", "honestly", "still", "truly",
                          "genuinely", "somehow", "even"})
_BELIEF_SKIP = frozenset({"do", "does", "did", "would", "will", "could", "must", "might", "may",
                          "can", "just", "all", "also", "then", "to", "gonna", "wanna"})
# "a narrative that is their justification": "that" opens a relative clause, not the claim
_BE_HEAD = frozenset({"is", "was", "are", "were", "has", "have"})
_CLAIM_CUTS = frozenset({"but", "however", ";", "though", "although", "whereas", "while"})
# "you have to be pretty thick / an idiot / naive enough to think X ...": the belief is derided
_FOOL_WORDS = frozenset({"thick", "stupid", "dumb", "idiot", "idiots", "moron", "morons", "insane", "crazy",
                         "delusional", "naive", "naïve", "retarded", "brainwashed", "fool", "fools", "clueless",
                         "gullible", "daft", "dense", "nuts"})
_EMBED_TRIGGERS = _FALSE_CLAIMS | _CLAIM_HEADS | _PROOF | _BELIEF_VERBS


def _claim_end(toks: list[str], j: int) -> int:
    """Last token of a claim opened at j: the end of the sentence or the token before a
    contrast ("you think X is winning, but Y ...")."""
    for k in range(j, len(toks)):
        if toks[k] in _CLAIM_CUTS:
            return k - 1
    return len(toks) - 1


def _embedded_claim(toks: list[str], words: Iterable[str], named: Container[int] = ()
                    ) -> tuple[int, int, int, bool] | None:
    """A claim inside someone else's claim or belief: (frame token, first, last token of the
    claim, whether the frame rejects it).

    A derisive frame ("the propaganda / lies / fairy tale that X ...", "buy the line that X
    ...", "Russia's PR case that X ...", "there is no proof that X ...", "you actually believe
    X ...", "people who think X ...", "you think X will win?", "if you think X ...") rejects
    the claim; a neutral one ("they think X ...", "he believes X ...") reports it.
    ``words`` are the trigger words (``_EMBED_TRIGGERS``) in ``toks``: only their places are
    visited.
    """
    n = len(toks)
    places = []
    for w in words:
        i = toks.index(w)
        while True:
            places.append(i)
            try:
                i = toks.index(w, i + 1)
            except ValueError:
                break
    places.sort()
    for i in places:
        t = toks[i]
        if t in _FALSE_CLAIMS:
            j = i + 1
            if t == "fairy":
                if j >= n or toks[j] not in {"tale", "tales"}:
                    continue
                j += 1
            elif t == "conspiracy" and j < n and toks[j] in {"theory", "theories"}:
                j += 1
            if j + 1 < n and toks[j] in {"that", "about"} and toks[j + 1] not in _BE_HEAD:
                return i, j + 1, _claim_end(toks, j + 1), True
        elif t in _CLAIM_HEADS:
            j = i + 1
            if t == "talking":
                if j >= n or toks[j] not in {"point", "points"}:
                    continue
                j += 1
            if j + 1 < n and toks[j] == "that" and toks[j + 1] not in _BE_HEAD and \
                    not _BOUGHT.isdisjoint(toks[max(0, i - 4):i]):
                return i, j + 1, _claim_end(toks, j + 1), True
        elif t in _PROOF:
            before = toks[max(0, i - 6):i]
            if i + 2 < n and toks[i + 1] == "that" and toks[i + 2] not in _BE_HEAD and (
                    not _NO_PROOF.isdisjoint(before) or any(map(_is_negator, before))
                    or toks[-1] == "?" and ("you" in before or "u" in before)):
                return i, i + 2, _claim_end(toks, i + 2), True
        elif t in _BELIEF_VERBS:
            k = i - 1
            adverb = False
            while k >= 0 and (toks[k] in _INCREDULOUS or toks[k] in _BELIEF_SKIP):
                adverb = adverb or toks[k] in _INCREDULOUS
                k -= 1
            fool = k >= 0 and toks[i - 1] == "to" and (toks[k] in _FOOL_WORDS or toks[k] == "enough" and k > 0
                                                       and toks[k - 1] in _FOOL_WORDS)
            if k < 0 or toks[k] not in _OTHER_HOLDERS and k not in named and not fool:
                continue
            j = i + 1
            if j < n and toks[j] == "that":
                j += 1
            if j >= n:
                continue
            asked = toks[-1] == "?"
            inverted = k > 0 and toks[k - 1] in {"do", "does", "did", "would", "will", "could",
                                                   "what", "how", "why", "who", "where", "when"}
            derisive = adverb or fool or toks[k] in {"who", "anyone", "anybody", "people"} or (
                "why" in toks[max(0, k - 3):k]) or (
                k > 0 and toks[k - 1] in {"if", "anyone", "people", "those"}) or (
                asked and not inverted and toks[k] in {"you", "u", "ya", "yall", "y'all"})
            if derisive:
                return i, j, _claim_end(toks, j), True
            if (toks[k] in {"they", "he", "she", "people", "everyone", "everybody", "someone"}
                    or k in named) and not inverted:
                return i, j, _claim_end(toks, j), False
    return None


def _dismissed_claim(toks: list[str]) -> tuple[int, int, int] | None:
    """A claim the commenter frames as false: (frame token, first, last token of the claim).

    "(stop) pretending (that) X is winning", "the narrative / myth / lie that
    X ...", "false narratives about X winning", "imagine thinking X ...",
    "anyone who thinks X can win is delusional / living in a fantasy". The
    claim runs to the end of the sentence (or to the dismissing word).
    """
    n = len(toks)
    for i, t in enumerate(toks):
        if t in _PRETEND:
            j = i + 1
            if j < n and toks[j] in {"that", "like", "as", "to"}:
                j += 1
            return (i, j, n - 1) if j < n else None
        if t in _CLAIM_NOUNS and i + 1 < n and toks[i + 1] in {"that", "about"} and (
                i + 2 < n and toks[i + 2] not in {"is", "was", "are", "has", "have"}):
            return i, i + 2, n - 1  # not "a narrative that is their justification"
        if t == "imagine" and i + 1 < n and toks[i + 1] in {"thinking", "believing"}:
            return i, i + 2, n - 1
        if t in {"fantasy", "delusional"} and i > 2:
            # "anyone who thinks X can win is delusional"
            for k in range(i - 2, max(-1, i - 16), -1):
                if toks[k] in {"thinks", "think", "believes", "believe", "thought"} and \
                        toks[k - 1] in {"who", "that", "you", "people"}:
                    return i, k + 1, i - 1
    return None


def _has_sarcasm(text: str, toks: Sequence[str] = ()) -> bool:
    """Whether the text contains one of the sarcasm markers.

    "/s" counts only as a token of its own (``toks``): as a substring it is in
    "Russian/Soviet" or "houses/shops" (on RUW train every such hit was one).
    """
    if "/s" in toks:
        return True
    low = text.lower()
    for marker in lx.SARCASM_MARKERS:  # a plain loop: faster than any() or one regex
        if marker in low:
            return True
    return False


def _hashtag_stance(tag: str, aliases: Iterable[str]) -> tuple[float, str] | None:
    """Stance of a hashtag containing one of ``aliases`` (lower case), or None."""
    low = tag.lstrip("#").lower()
    rest = low
    hit = False
    for a in aliases:
        key = re.sub(r"\W+", "", a.lower())
        if key and key in rest:
            rest = rest.replace(key, " ")
            hit = True
    if not hit:
        return None
    rest = rest.strip()
    if not rest:
        return None
    against = any(s in rest for s in lx.HASHTAG_AGAINST)
    favor = any(s in rest for s in lx.HASHTAG_FAVOR)
    if against and not (favor and rest.startswith(tuple(lx.HASHTAG_FAVOR))):
        return -0.8, "hashtag"
    if favor:
        return 0.8, "hashtag"
    return None


def _laugh_hint(text: str, s0: int, s1: int) -> bool:
    """Whether laughter ("lol", "lmao", "haha", a laughing emoji: ``_LAUGH_HINTS``) occurs
    in ``text[s0:s1]``, by substring tests of the lower-cased piece (the same answers as the
    case-blind regex ``lol|lmf?ao|rofl|(?:ha|he){2}|🤣|😂|😆`` it replaced, a few times faster)."""
    low = text[s0:s1].lower()
    for h in _LAUGH_HINTS:
        if h in low:
            return True
    return False


def _praised(findings: list[_Finding]) -> bool:
    """Whether a finding praises (what laughter after it would mock)."""
    for f in findings:
        if f.stance > 0 and f.cue in _PRAISE_CUES:
            return True
    return False


# -- rule 13: the sentence's tone, counted for a mention from the words that can evaluate it --
# a verb of backing or opposing ("support", "hate", "allow", "join" ...) with a subject other
# than the commenter ("you support X", "they hate X", "countries that support Y"): that
# party's act, not the commenter's view (as in rule 12)
_TONE_THIRD = _THIRD_SUBJECTS | frozenset({"you", "u", "ya", "countries", "nations", "many", "some",
                                           "those", "west", "us", "government", "media"})
_TONE_SKIP = frozenset({"also", "just", "really", "truly", "still", "even", "all", "both", "to",
                        "actually"})
_LIST_SEPS = _AND | {"or", "/", "nor"}


def _tone_third_subject(toks, r: int, owner, m) -> bool:
    """Whether the verb at r has a subject other than the commenter: a third party or another actor."""
    p = r - 1
    while p >= 0 and (toks[p] in lx.AUXILIARIES or toks[p] in _TONE_SKIP or _is_negator(toks[p])):
        p -= 1
    if p < 0:
        return False
    o = owner.get(p)
    return o.actor != m.actor if o is not None else toks[p] in _TONE_THIRD


def _listed(toks, m, others) -> bool:
    """Whether m and another actor are items of one list of three or more names.

    "China, Russia, Ukraine, Romania", "from Russia, China and Ukraine": the
    items between are names of one or two words separated by commas or "and".
    """
    for o in others:
        lo, hi = (m.b + 1, o.a) if o.a > m.b else (o.b + 1, m.a)
        if hi - lo < 3 or hi - lo > 8 or toks[lo] not in _LIST_SEPS or toks[hi - 1] not in _LIST_SEPS:
            continue
        if "," not in toks[lo:hi]:
            continue
        run = 0
        for t in toks[lo:hi]:
            if t in _LIST_SEPS:
                run = 0
                continue
            run += 1
            if run > 2 or not t.isalpha() or t in lx.AUXILIARIES:
                break
        else:
            return True
    return False


# a colon, semicolon or bar ends a statement ("Interesting fact: ...", "... | DW News #X"):
# the words across it are of another statement (all three are clause boundaries)
_STATEMENT_SEPS = frozenset({":", ";", "|"})
# what may come before the other side as the subject of m's clause ("..., while Y ...",
# "and the Y ..."), and what between it and m opens a clause of its own (m its subject:
# "Y is losing and X ...", "Y says that X ...")
_SUBJECT_LEAD = frozenset(""", ; : and so then when while if that as because since before
after once until the a its his their but yet""".split()) | lx.BOUNDARIES
_OWN_CLAUSE = frozenset("""that what how when whether why where which who and or yet if while
because as since before after once until unless""".split())


def _mention_tone(sent: _Sentence, toks, vals, valued, m, located, sides, owner,
                  writer: bool) -> tuple[float, int, int]:
    """The sentence's tone for the mention m (rule 13), from the words that can evaluate it.

    The sum of the valences (negation-aware) of the sentence's words, with the
    span of the words used, leaving out (and so giving the tone to the right
    actor, or to none):

    - everything for m in a list of names that holds another actor ("bribes
      from China, Russia and Ukraine"): the list is the topic of whoever's
      deed it is; and a positive tone for m coordinated with the other side
      ("hope both X and Y reach a peaceful resolution", "who's winning, X or
      Y?"): praise or a wish for both sides takes neither (a condemnation of
      both, "the shameful X/Y war", condemns both);
    - the words before "about X" (talk or feeling about X, as in rule 12), and,
      for the writer's stance, before a relation noun with "of / to X" ("X is no
      friend of Y": a relation, as in rule 12);
    - for the writer's stance (``writer``), a verb of backing or opposing with
      another subject than the commenter ("you support X", "those who support
      Y", "they hate X"): their act (news conveys it: NewsMTSC mt_dev loses
      0.6 with it);
    - the words between a mention of the other side and m ("Y is committing
      genocide in X", "Y stole artists from X"): the other side's deed,
      done to m: its blame is Y's and it befalls m, so it counts the other
      way (sympathy), and praise there is Y's; with Y as the subject of m's
      clause (m its object: "Y is meddling in X"), only these words count;
    - the words across a colon, semicolon or bar: another statement.
    """
    a, b = m.a, m.b
    # the words counted lie strictly between w_lo and w_hi: m's statement
    w_lo, w_hi = -1, len(toks)
    for i in sent.bounds:  # (few; the separators are among them)
        if toks[i] in _STATEMENT_SEPS:
            if i < a:
                w_lo = i
            elif i > b:
                w_hi = i
                break
    others = [o for o in located if o.actor != m.actor] if len(located) > 1 else ()
    paired = False
    if others:
        if _listed(toks, m, others):
            return 0.0, 0, 0
        paired = bool(sides) and _paired(toks, m, others, sides)
        before = [o for o in others if o.b < a and _opposed(sides, o.actor, m.actor)]
        if before and not paired:
            # the other side as the subject of m's clause, m its object ("Y has been shelling X
            # for a year", "Y is neck deep in X"): the clause tells Y's deed done to X, and only
            # the words between them say anything of X (the rest is Y's, or the writer's)
            c0 = sent.clause_bounds(a)[0]
            for o in before:
                if o.a >= c0 and a - o.b > 2 and _SUBJECT_LEAD.issuperset(toks[c0:o.a]) and \
                        _OWN_CLAUSE.isdisjoint(toks[o.b + 1:a]):
                    w_lo, w_hi = max(w_lo, o.b), min(w_hi, a)
                    break
    about = a > 0 and toks[a - 1] == "about"
    # "a (good) friend of / to X", "an enemy of X": a relation with X (rule 12)
    k = a - 1 if a > 2 and toks[a - 1] == "the" else a
    relation = writer and k > 1 and toks[k - 1] in {"of", "to"} and toks[k - 2] in _RELATION_NOUNS
    total = 0.0
    w0 = w1 = -1
    for r in valued:
        if not w_lo < r < w_hi:
            continue  # another statement, or Y's part of its deed done to m
        v = vals[r]
        if about and r < a - 1 and toks[r] not in _ABOUT_KEEP and toks[r - 1] not in _SOME_THING:
            continue  # "the truth about X", "positive things about X"
        if relation and r < k - 1:
            continue  # "no friend of X", "an ally to X": a relation with X
        if others:
            if writer and toks[r] in _OBJECT_VERBS and _tone_third_subject(toks, r, owner, m):
                continue  # "you support X", "they hate X": their act
            if r < a and before and any(o.b < r for o in before):
                if v > 0:
                    continue  # the other side's praise, or its success over m
                v = -v  # "Y is committing genocide in X": harm done to X
        elif writer and toks[r] in _OBJECT_VERBS and _tone_third_subject(toks, r, owner, m):
            continue
        if _negated(toks[r - 3 if r > 3 else 0:r]):
            v *= -0.74
        total += v
        w0 = r if w0 < 0 else w0
        w1 = r
    if w0 < 0 or paired and total > 0:
        return 0.0, 0, 0
    return total, sent.starts[w0], sent.ends[w1]


# "X started this war", "X started it all", "it's X that started the conflict", "the war X
# started": X is named as the one who began the war (``"started war"``, against X); "X didn't
# start the war" denies it (favor X). Not in a condition or a yes / no question, nor for what
# X started that is no war ("X started a process", "X started the talks").
_START_VERBS = frozenset({"started", "start", "starts", "began", "begun", "begin", "starting"})
_STARTED_WARS = frozenset("""war wars conflict invasion aggression fighting bloodshed hostilities
shit mess ww3 wwiii""".split())
_STARTED_PRONOUNS = frozenset({"it", "this", "that", "everything"})
_STARTED_DETERMINERS = frozenset("""this that the a an it all whole entire full-scale
full scale proxy damn bloody""".split())
_STARTED_SKIP = frozenset("""clearly obviously literally actually who that which is was the one
ones has have had also did does just first really""".split())
# substrings of a sentence that laughs
_LAUGH_HINTS = ("lol", "lmao", "lmfao", "rofl", "haha", "hahe", "heha", "hehe", "🤣", "😂", "😆", "🤡")


_ANSWERED_NO = True  # "X winning? Hardly.": a question answered "no" at once denies its claim
_NO_ANSWERS = frozenset({"no", "nope", "nah", "hardly", "not really", "of course not", "not at all",
                         "no way", "lol no", "lmao no", "haha no", "hell no", "not even close"})


def _short_answer(text: str, answer: tuple[int, int]) -> tuple[str, int] | None:
    """The next sentence read as a short answer: its words in lower case without the closing
    punctuation, and where they end in ``text``; None for a sentence longer than 20 characters."""
    a0, a1 = answer
    if a1 - a0 > 20:
        return None
    seg = text[a0:a1].rstrip().rstrip(".!…?, ")
    return seg.lstrip().lower(), a0 + len(seg)


def _answered_no(text: str, findings: list[_Finding], answer: tuple[int, int]) -> None:
    """Flip the findings of a question that the next sentence answers with a plain "no".

    "Russia winning? Hardly...", "Is Ukraine winning? Nope.": the commenter
    asks only to deny; the claim in the question is mocked (cue ``", mockery"``,
    at full weight again: the answer asserts).
    """
    said = _short_answer(text, answer)
    if said is None or said[0] not in _NO_ANSWERS:
        return
    a1 = said[1]
    for f in findings:
        if f.cue in {"mention only", "reported speech", "quoted", "hashtag", "flag emoji",
                     "derogatory term", "supportive term"} or "mockery" in f.cue:
            continue
        f.stance, f.cue = -f.stance, f.cue + ", mockery"
        if _QUESTIONS and f.weight == 0.5:
            f.weight, f.confidence = 1.0, f.confidence * 1.4
        f.end = max(f.end, a1)  # the evidence runs to the answer


_ASKED_PREDICATES = True  # "Is X winning?", "X will win?": a yes / no question's predicate is asked, not asserted
_ASKED_AS = "asked"  # the cue of a predicate asked (tier of _TIER)
# an auxiliary opening a yes / no question ("is / will / does X ...?"; the negated "isn't X ...?"
# asks rhetorically, so asserts, and is no opener here)
_YES_NO_AUX = frozenset("""is are was were will would can could does do did has have had should
shall may might must""".split())
# words opening the clause before its subject or auxiliary ("so is X ...?", "but will X ...?")
_ASK_OPENERS = frozenset({"so", "and", "but", "or", "then", "oh", "ok", "okay", "wait", "well", ","})
_ASK_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "their"})
_ASK_BOUNDS = frozenset({",", "but", "and", "or", "so", ";", ":"})  # a clause may open after them
# a closing tag asks for agreement with an assertion ("X is weak, right?", "X is a liar, huh?",
# "X is great or what?"): the predicate is asserted
_QUESTION_TAGS = frozenset({"huh", "right", "eh", "no", "yes", "innit", "ok", "okay", "yeah",
                            "correct", "true", "agree", "what", "amirite", "lol", "lmao"})
_TAG_PRONOUNS = frozenset({"it", "they", "he", "she", "you", "we", "i", "there", "ya", "u"})
_ASKED_CUES = frozenset({"predicate evaluation", "negation"})
# a plain "yes" answering the question at once: the commenter asserts what was asked
_YES_ANSWERS = frozenset({"yes", "yep", "yup", "yeah", "yea", "absolutely", "of course", "definitely",
                          "certainly", "indeed", "exactly", "obviously", "sure is", "yes it is",
                          "yes they are", "yes he is", "yes they will", "yes it will"})


def _asked_subjects(toks: Sequence[str]) -> tuple[list[int], int]:
    """Token indices that can be the subject of a yes / no question ending ``toks`` (a "?").

    The subjects after an auxiliary opening a clause ("Is X winning?", "..., but
    is X a fool?", "Will the X win?"), and the token opening the sentence, the
    subject of a declarative question ("X will win?", "So X has the right to
    ...?"), or ([], -1) when the question ends in a tag that seeks agreement
    ("..., right?", "..., huh?", "..., isn't it?", "... or what?"): that asserts.
    """
    n = len(toks)
    e = n - 1
    while e > 0 and toks[e] in _END_PUNCT:
        e -= 1
    last = toks[e]
    if last in _QUESTION_TAGS or last.endswith("n't"):
        return [], -1  # "..., right?", "..., huh?", "... or what?"
    if e > 1 and last in _TAG_PRONOUNS and (toks[e - 1].endswith("n't") or toks[e - 1] in _YES_NO_AUX
                                            and toks[e - 2] == ","):
        return [], -1  # "..., isn't it?", "X didn't win, did they?"
    if last == "think" and "you" in toks[max(0, e - 3):e]:
        return [], -1  # "..., don't you think?"
    out = []
    asserted = False  # a clause before an inverted question of its own: "X can't win, do you think ...?"
    c = 0
    while c < n and toks[c] in _ASK_OPENERS:
        c += 1
    for i in range(c, n - 1):
        if toks[i] in _YES_NO_AUX and (i == c or toks[i - 1] in _ASK_BOUNDS):
            if i > c and toks[i + 1] in _TAG_PRONOUNS:
                asserted = True  # (not "X will win or is winning?": a shared subject)
            out.append(i + 1)  # (a mention may start with its determiner: "the West")
            if i + 2 < n and toks[i + 1] in _ASK_DETERMINERS:
                out.append(i + 2)
    return out, -1 if asserted else c


def _asked_predicates(text: str, sent: "_Sentence", findings: list[_Finding], mentions: Sequence[_Mention],
                      answer: tuple[int, int] | None) -> None:
    """Turn the predicate evaluations a yes / no question asks into cue ``"asked"`` (no stance).

    "Is X winning?", "Will X win?", "X has the right to invade Y?": the
    commenter asks, not asserts, what the predicate says of its subject. Run
    after the checks that read such a question as mockery ("X is a genius?
    Hardly.", "..., huh?", sarcasm, a derided belief): what they flipped stays.
    A plain "yes" answering it at once asserts it ("X is a genius? Yes.").
    """
    inverted, c = _asked_subjects(sent.toks)
    if not inverted and c < 0:
        return
    if answer is not None and (said := _short_answer(text, answer)) is not None and said[0] in _YES_ANSWERS:
        return
    starts = sent.starts
    subjects = {m.start for m in mentions}  # (a finding resting on another word, "stop", is no predicate)
    at = {starts[s] for s in inverted}.intersection(subjects)
    if 0 <= c < len(starts) and not at and starts[c] in subjects:
        # the subject opening a declarative question, unless an inverted one asks of an actor
        # later ("X is strong, but is X a fool?": the first clause is asserted)
        at.add(starts[c])
    if not at:
        return
    for f in findings:
        if f.cue in _ASKED_CUES and f.start in at:
            f.stance, f.confidence, f.cue = 0.0, 0.3, _ASKED_AS


_BARE_SARCASM = True  # "Yeah right. Russia blew up its own plant?": a sentence of a bare marker mocks its neighbour
# a sentence that is nothing but a scoffing marker: it mocks the claim that follows it (or, as
# the comment's last sentence, the one before it); an echoed confirmation ("Sure they did.")
# always mocks the claim before it
_BARE_MARKERS = frozenset({"yeah right", "yea right", "ya right", "yeah sure", "yea sure", "oh sure",
                           "oh yeah sure", "sure sure", "sure jan", "right", "riiight"})
_AHEAD_MARKERS = frozenset({"let me guess"})  # a marker that mocks only what follows it
_ECHO_MARKERS = frozenset({"sure they did", "sure he did", "sure she did", "sure it did", "sure they will",
                           "sure he will", "sure it will", "sure they are", "sure he is", "sure it is",
                           "yeah sure they did", "yeah they did", "sure thing"})
_STRETCHED_RE = re.compile(r"(.)\1{2,}")  # "suuuure", "riiiight" -> "sure", "right"


_MARKER_WORDS = ("right", "sure", "iii", "uuu", "guess")  # one of them is in every marker (lower case)


def _marker_word(low: str) -> bool:
    """Whether the lower-cased text ``low`` holds one of ``_MARKER_WORDS``.

    Parameters
    ----------
    low : str
        A sentence or a whole comment, lower-cased.

    Returns
    -------
    bool
        False when no sentence in ``low`` can be a bare marker (a sentence's
        lower-cased text is a piece of its comment's, so one test of the
        comment lets most comments skip the test of each sentence).
    """
    for w in _MARKER_WORDS:
        if w in low:
            return True
    return False


def _bare_marker(text: str, span: tuple[int, int]) -> str:
    """The scoffing marker a sentence consists of ("Yeah right.", "Riiight...", "Sure they
    did."), "echo" for an echoed confirmation, "ahead" for a
    marker that mocks only the claim after it ("Let me guess."), or "" when the sentence says more."""
    a, b = span
    if b - a > 24:
        return ""
    low = text[a:b].lower()
    if not _marker_word(low):
        return ""
    low = low.strip().replace(",", " ").rstrip(".!…?:;) ")
    low = " ".join(_STRETCHED_RE.sub(r"\1", low).split())
    if low in _BARE_MARKERS:
        return "bare"
    if low in _ECHO_MARKERS:
        return "echo"
    if low in _AHEAD_MARKERS:
        return "ahead"
    return ""


def _mock_neighbour(text: str, findings: list[_Finding], marker: tuple[int, int], before: bool
                    ) -> None:
    """Flip the findings of the sentence a bare scoffing marker mocks (cue ``", sarcasm"``),
    the evidence running to the marker (``before``: the marker precedes the sentence)."""
    m0, m1 = marker
    piece = text[m0:m1]
    m0 += len(piece) - len(piece.lstrip())
    m1 = m0 + len(piece.strip())
    for f in findings:
        if f.cue in {"mention only", "reported speech", "quoted", "hashtag", "flag emoji",
                     "derogatory term", "supportive term"} or "mockery" in f.cue or "sarcasm" in f.cue:
            continue
        f.stance, f.confidence, f.cue = -f.stance, f.confidence * 0.6, f.cue + ", sarcasm"
        if before:
            f.start = min(f.start, m0)
        else:
            f.end = max(f.end, m1)


_BOTH_ANAPHORA = True  # "Both are corrupt": the pair named just before is the subject
