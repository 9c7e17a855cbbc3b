"""Seeded synthetic comment threads for benchmarks and scale tests.

The generator writes comments that look, to the scorers, like the comment
sections of geopolitical news sites: several sentences built from templates and
a vocabulary, mentions of the default actors (Putin, Erdogan, the West and its
members, Russia, Turkey, Ukraine), insults and praise, negations, reported
speech, agreement and disagreement openers in replies, replies that quote their
parent, spam repeated word for word, a few comments in other languages, a few
deleted ones, and some very long comments of thousands of words. Reply trees
grow by attaching each new comment either at the top level or under an earlier
comment, preferring recent and active branches, which gives the long, deep
chains seen on Disqus.

The texts are not meant to be read; they are meant to cost the scorers what real
comments cost them (sentence count and length, mention density, repeated text)
and to exercise every code path. Everything is drawn from one
:class:`numpy.random.Generator` seeded with ``random_state``, so the same
arguments always give the same frame.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["synthetic_corpus", "synthetic_long_comment"]

_COLUMNS = ["thread_id", "comment_id", "parent_id", "author", "created_at", "position",
            "depth", "kind", "text", "is_deleted", "is_spam", "is_orphan"]

# --------------------------------------------------------------------------- vocabulary
_PEOPLE = ["Putin", "Putin", "Putin", "Erdogan", "Erdogan", "Zelensky", "Assad", "Biden",
           "Trump", "Macron", "Netanyahu", "Lavrov", "Medvedev", "Poroshenko", "Shoigu"]
_WEST = ["the West", "the West", "the US", "the USA", "America", "Washington", "the UK",
         "Britain", "the EU", "NATO", "Brussels", "the Western media", "the Pentagon"]
_COUNTRIES = ["Russia", "Russia", "Turkey", "Turkey", "Ukraine", "Ukraine", "Syria", "Israel",
              "Iran", "China", "Iraq", "Yemen", "Germany", "France", "Kiev", "Moscow", "Ankara"]
_DEMONYMS = ["Russian", "Turkish", "Ukrainian", "American", "Syrian", "Israeli", "Western",
             "European", "British", "Iranian"]
_GROUPS = ["the jihadis", "the terrorists", "the militants", "the mercenaries", "the proxies",
           "the oligarchs", "the neocons", "the globalists", "the banksters", "the patrols",
           "the volunteers", "the refugees", "the generals", "the diplomats", "the journalists",
           "the protesters", "the civilians", "the Kurds", "the rebels", "the contractors"]
_INSULT_ADJ = ["treacherous", "pathetic", "corrupt", "lying", "cowardly", "stupid", "evil",
               "disgusting", "weak", "criminal", "murderous", "spineless", "deranged", "clueless"]
_INSULT_NOUN = ["pig", "traitor", "puppet", "fool", "idiot", "clown", "liar", "thug", "coward",
                "criminal", "snake", "parasite", "war criminal", "dictator", "scumbag", "moron"]
_PRAISE_ADJ = ["brilliant", "wise", "strong", "honest", "smart", "courageous", "decent",
               "patient", "great", "clever", "reasonable", "admirable", "principled"]
_PRAISE_NOUN = ["genius", "hero", "statesman", "leader", "strategist", "patriot", "gentleman",
                "chess master", "professional", "friend"]
_NEUTRAL_ADJ = ["naive", "careful", "cautious", "quiet", "busy", "late", "realistic",
                "serious", "alone", "ready", "involved", "aware"]
_VERB_NEG = ["sabotage", "destroy", "betray", "undermine", "attack", "invade", "bomb", "sanction",
             "lie about", "provoke", "threaten", "blackmail", "occupy", "abandon", "humiliate"]
_VERB_POS = ["support", "protect", "defend", "help", "respect", "trust", "praise", "save",
             "rebuild", "feed", "secure"]
_VERB_NEU = ["meet", "call", "visit", "watch", "discuss", "negotiate with", "talk to",
             "wait for", "deal with", "follow"]
_THINGS = ["the ceasefire", "the deal", "the patrols", "the pipeline", "the sanctions",
           "the highway", "the border", "the agreement", "the elections", "the economy",
           "the gas prices", "the peace talks", "the referendum", "the airbase", "the convoy",
           "the grain corridor", "the bridge", "the harbour", "the summit", "the oil fields"]
_PLACES = ["Idlib", "Aleppo", "Donetsk", "Lugansk", "Crimea", "Mariupol", "Kherson", "Sraqib",
           "the M4 highway", "the Black Sea", "Latakia", "Tartus", "Odessa", "the Donbass",
           "Sochi", "Istanbul", "Geneva", "Minsk", "Astana", "Baghdad"]
_TIME = ["yesterday", "last week", "in 2014", "since March", "every single day", "for years",
         "again", "right now", "this morning", "after the coup", "before the talks",
         "on national TV", "at the summit", "in the end"]
_REPORTERS = ["Strelkov", "the BBC", "CNN", "RT", "the Guardian", "a Pentagon spokesman",
              "my neighbour", "the Kremlin", "an Israeli general", "the Turkish foreign ministry",
              "Reuters", "some blogger", "the UN envoy", "Lavrov"]
_SAY = ["said", "claimed", "reported", "wrote", "admitted", "insisted", "told reporters"]
_INTENS = ["very", "really", "totally", "extremely", "so", "completely", "absolutely", ""]
_EMOJI = ["", "", "", "", "", " :)", " lol", " !!!", " ...", " :(", " LOL", " ??"]
_NUMBERS = [str(n) for n in (2, 3, 5, 6, 10, 12, 15, 20, 40, 100, 300, 1000, 5000)]

_ACTOR_SUBJECT = _PEOPLE + _WEST + _COUNTRIES

# sentence templates: {a} and {b} are actors, other slots are filled from the lists above
_TEMPLATES = [
    # vocative insults and praise
    "{p} you {ia} {in}!",
    "{p}, you {ia} {in}, {p2} will never forgive you.",
    "Long live {p}, a true {pn}!",
    # predicate evaluations
    "{a} is a {ia} {in}.",
    "{a} is {x} {pa}.",
    "{a} is not {na}.",
    "{a} is no {in}, {pron} knows exactly what {pron} is doing.",
    "{a} has been a {pa} {pn} for {b} {t}.",
    "{a} was a total {in} to get involved from the start.",
    "{a} is the real {in} here, not {b}.",
    "I think {a} is {x} {pa} and {b} is {x} {ia}.",
    # defence, wishes
    "Do not criticise {a}, {g} are doing everything they can to {vn} {th}.",
    "Stop blaming {a} for {th}, it was {b} who wanted this war.",
    "God protect {a} and {g}!",
    "May {a} rot in hell for what {pron} did to {pl}.",
    "I hope {a} wins, {b} deserves nothing.",
    # attacks by an actor on another
    "{a} wants to {vn} {b} and {th}.",
    "{a} has been effectively shit on by {b} {t}.",
    "{a} will {vp} {b} no matter what {g} say.",
    "{a} and {b} are planning ways to eliminate {g} in {pl}.",
    "{a} did not fall for it and played an excellent move {b} did not expect.",
    # reported speech
    "{r} {say} that {a} is a {in}.",
    "According to {r}, {a} will {vn} {th} {t}.",
    "{r} called {a} a {in} {t}.",
    '{r} {say}: "{a} will be gone in {n} months."',
    # negations and questions
    "{a} never wanted to {vn} {b}.",
    "Nobody in {pl} believes {a} anymore.",
    "Why would {a} {vp} {b} after all this?",
    "Can anyone see anything rational in what {a} does?",
    "It is not true that {a} supports {g}.",
    # neutral narration with places, numbers, demonyms
    "{dm} forces conducted a joint patrol near {pl} {t}.",
    "The {dm} side is responsible for {th} along {pl}.",
    "About {n} {dm} soldiers were moved to {pl} {t}.",
    "{a} and {b} {vu} each other about {th} in {pl}.",
    "{g} control most of {pl} and {th} is closed.",
    "This is some chicken and mouse game around {th}.",
    "Nobody knows who really controls {pl}.",
    "The jury is still out on {th}, in fact nobody has started deliberating yet.",
    "There is a lot of finger pointing about {th} by people who have no real idea.",
    "{g} in {pl} are the core of the {dm} proxies.",
    "What {dm} media will not tell you is that {th} is a scam.",
    "Meanwhile {pl} is quiet and {g} wait for {th}.",
    "I moved from {pl} to {pl2} {t} and saw no {dm} troops there.",
    "If {th} fails, {g} will pay the price.",
    "Read the article again, it says {th} was delayed {t}.",
]

_REPLY_OPENERS = [
    ("agree", "Precisely."), ("agree", "Exactly!"), ("agree", "Exactly right."),
    ("agree", "I agree with you."), ("agree", "Well said."), ("agree", "Spot on."),
    ("agree", "You are right."), ("agree", "{u} is correct."), ("agree", "Agreed, {u}."),
    ("agree", "True, and"), ("agree", "+1"),
    ("disagree", "I disagree because"), ("disagree", "You are wrong."), ("disagree", "Nonsense."),
    ("disagree", "Rubbish."), ("disagree", "Wrong, {u}."), ("disagree", "That is not true."),
    ("disagree", "Interesting theory, but I totally disagree with the part about"),
    ("disagree", "No, {u}, you have it backwards."), ("disagree", "Are you serious?"),
    ("neutral", "Source?"), ("neutral", "Hmm."), ("neutral", "{u}, what do you mean?"),
    ("neutral", "Maybe."), ("neutral", "Good question."),
]

_SPAM = [
    "I am making $9000 a month working from home on my laptop. Start today and see it for "
    "yourself at www.easy-cash-job.example.com",
    "Google is paying $97 per hour! Work for a few hours and have longer with friends and "
    "family! Open this link and click Home tab: www.paywork-home.example.net",
    "Hot singles in your area are waiting to chat. Click here now: bit.ly/xx-chat-now",
    "My last pay check was $8500 working 10 hours a week online. My sisters friend has been "
    "averaging 15k for months now. Check it out at www.cash-from-home.example.org",
    "Buy cheap followers and likes, fast delivery, 100% safe: www.socialboost.example.com",
]

_FOREIGN = [
    "Das ist doch alles nur Theater, die Politiker lügen uns jeden Tag an und niemand sagt "
    "etwas dagegen.",
    "C'est une honte, les médias occidentaux ne disent jamais la vérité sur cette guerre.",
    "Путин знает, что делает, а Запад опять врёт о переговорах.",
    "Türkiye bu anlaşmayı asla kabul etmeyecek, herkes bunu biliyor.",
    "Esto es una farsa total y todos los gobiernos lo saben muy bien.",
    "Слава Украине, героям слава! Никто не забудет эту войну.",
]

_SYLLABLES = ["al", "bo", "ce", "da", "el", "fi", "go", "ha", "ja", "ka", "lo", "mi", "no", "pa",
              "ro", "sa", "te", "vo", "wi", "za", "ric", "ton", "ski", "ov", "ley", "mar"]
_FIRST = ["Al", "John", "Karen", "Per", "Roland", "Mike", "Olga", "Ivan", "Ahmet", "Sarah",
          "Pete", "Dmitri", "Mehmet", "Anna", "Bob", "Hans", "Luca", "Yuri", "Tom", "Eva"]
_LAST = ["Balog", "Wallace", "Bartlett", "Jensen", "Smith", "Petrov", "Yilmaz", "Kovac",
         "Miller", "Novak", "Schmidt", "Rossi", "Ivanov", "Brown", "Kaya", "Horvat"]


class _Draw:
    """Fast scalar draws from a numpy Generator, taken from pre-drawn blocks."""

    def __init__(self, rng: np.random.Generator, block: int = 1 << 16):
        self._rng = rng
        self._block = block
        self._buf = rng.random(block).tolist()
        self._i = 0

    def u(self) -> float:
        if self._i == self._block:
            self._buf = self._rng.random(self._block).tolist()
            self._i = 0
        value = self._buf[self._i]
        self._i += 1
        return value

    def choice(self, seq):
        return seq[int(self.u() * len(seq))]

    def int(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.u() * (high - low + 1))

    def chance(self, p: float) -> bool:
        return self.u() < p


def _pronoun(actor: str) -> str:
    return "he" if actor in _PEOPLE else "it"


def _sentence(d: _Draw) -> str:
    template = d.choice(_TEMPLATES)
    a = d.choice(_ACTOR_SUBJECT)
    b = d.choice(_ACTOR_SUBJECT)
    if b == a:
        b = d.choice(_WEST)
    p = d.choice(_PEOPLE)
    text = template.format(
        a=a, b=b, p=p, p2=d.choice(_COUNTRIES), pron=_pronoun(a),
        ia=d.choice(_INSULT_ADJ), pa=d.choice(_PRAISE_ADJ), pn=d.choice(_PRAISE_NOUN),
        na=d.choice(_NEUTRAL_ADJ), x=d.choice(_INTENS), g=d.choice(_GROUPS),
        vn=d.choice(_VERB_NEG), vp=d.choice(_VERB_POS), vu=d.choice(_VERB_NEU),
        th=d.choice(_THINGS), pl=d.choice(_PLACES), pl2=d.choice(_PLACES), t=d.choice(_TIME),
        r=d.choice(_REPORTERS), say=d.choice(_SAY), n=d.choice(_NUMBERS),
        dm=d.choice(_DEMONYMS),
        **{"in": d.choice(_INSULT_NOUN)},
    ).replace("  ", " ")
    text = text[0].upper() + text[1:]
    if d.chance(0.08):
        text = text.upper()
    elif d.chance(0.05):
        text = text.lower()
    return text + d.choice(_EMOJI)


def _run_on(d: _Draw, n_clauses: int) -> str:
    """One long unpunctuated sentence, as some commenters write."""
    parts = []
    for _ in range(n_clauses):
        s = _sentence(d).rstrip(" .!?:)(LOLlo")
        parts.append(s[0].lower() + s[1:] if s else s)
    return " and ".join(parts) + "."


def _body(d: _Draw, n_sentences: int, *, run_on_share: float = 0.03) -> str:
    sentences = []
    for _ in range(n_sentences):
        if d.chance(run_on_share):
            sentences.append(_run_on(d, d.int(3, 8)))
        else:
            sentences.append(_sentence(d))
    out = []
    for i, s in enumerate(sentences):
        if i and d.chance(0.12):
            out.append("\n\n")
        elif i:
            out.append(" ")
        out.append(s)
    return "".join(out)


def _long_body(d: _Draw, n_words: int) -> str:
    paragraphs = []
    words = 0
    while words < n_words:
        para = _body(d, d.int(4, 12), run_on_share=0.05)
        paragraphs.append(para)
        words += para.count(" ") + 1
    return "\n\n".join(paragraphs)


def synthetic_long_comment(n_words: int, random_state: int | np.random.Generator | None = 0
                           ) -> str:
    """Return one long comment of about ``n_words`` words.

    Paragraphs of template sentences with actor mentions, some long run-on
    sentences without punctuation, as in a pasted article or a rant.

    Parameters
    ----------
    n_words : int
        Approximate number of words (the text stops at the first paragraph
        boundary at or after this count).
    random_state : int, Generator or None
        Seed of :func:`numpy.random.default_rng`; same seed, same text.

    Returns
    -------
    str

    Examples
    --------
    >>> text = synthetic_long_comment(2000, random_state=1)
    >>> 2000 <= len(text.split()) < 2400
    True
    """
    if n_words < 1:
        raise ValueError(f"n_words must be at least 1, got {n_words}")
    return _long_body(_Draw(np.random.default_rng(random_state)), n_words)


def _username(d: _Draw) -> str:
    r = d.u()
    if r < 0.45:
        return f"{d.choice(_FIRST)} {d.choice(_LAST)}"
    if r < 0.75:
        return "".join(d.choice(_SYLLABLES) for _ in range(d.int(2, 4))).capitalize()
    if r < 0.9:
        return f"{d.choice(_SYLLABLES)}{d.choice(_SYLLABLES)}{d.int(1, 999)}"
    return f"{d.choice(_FIRST).lower()} {d.choice(_SYLLABLES)}{d.choice(_SYLLABLES)}"


def _thread_sizes(rng: np.random.Generator, n_comments: int, n_threads: int) -> np.ndarray:
    """Heavy-tailed thread sizes (lognormal), at least 1 each, summing to n_comments."""
    weights = rng.lognormal(mean=0.0, sigma=1.0, size=n_threads)
    extra = n_comments - n_threads
    sizes = np.ones(n_threads, dtype=np.int64)
    if extra > 0:
        sizes += rng.multinomial(extra, weights / weights.sum())
    return sizes


def synthetic_corpus(
    n_comments: int,
    *,
    n_threads: int | None = None,
    random_state: int | np.random.Generator | None = 0,
    long_comment_share: float = 0.01,
    long_comment_words: tuple[int, int] = (1000, 6000),
    sentences_per_comment: tuple[int, int] = (1, 7),
    reply_share: float = 0.6,
    quote_share: float = 0.08,
    spam_share: float = 0.01,
    foreign_share: float = 0.005,
    deleted_share: float = 0.005,
    articles: bool = False,
    first_thread: int = 0,
    start: str = "2020-03-01",
) -> pd.DataFrame:
    """Return a seeded synthetic comment table of ``n_comments`` comments.

    Parameters
    ----------
    n_comments : int
        Number of comments (rows with ``kind == "comment"``).
    n_threads : int, optional
        Number of threads; by default one per 40 comments on average. Thread
        sizes are heavy-tailed (lognormal weights), each at least 1.
    random_state : int, Generator or None
        Seed of :func:`numpy.random.default_rng`; the same arguments always give
        the same frame.
    long_comment_share : float
        Share of comments that are very long (pasted articles, rants).
    long_comment_words : (int, int)
        Range of the word count of long comments.
    sentences_per_comment : (int, int)
        Range of the number of sentences of ordinary comments (skewed towards
        the low end).
    reply_share : float
        Share of comments (after a thread's first) that answer an earlier comment.
    quote_share : float
        Share of replies that start by quoting a sentence of their parent.
    spam_share : float
        Share of comments that are one of a few spam texts, repeated word for
        word (half of them flagged ``is_spam``).
    foreign_share : float
        Share of comments not in English (German, French, Russian, Turkish,
        Spanish).
    deleted_share : float
        Share of comments deleted (``is_deleted`` True, text "").
    articles : bool
        Add an article row (``kind == "article"``, position 0, depth -1) at the
        head of each thread.
    first_thread : int
        Number of the first thread, so that corpora generated in pieces (with
        different seeds) have distinct thread ids.
    start : str
        Date of the first thread (UTC); threads start a few hours apart.

    Returns
    -------
    DataFrame
        The comment table of :func:`stance.read_thread`, threads one after the
        other, each in order of publication:

        - ``thread_id`` (str): ``"synth-0000012"``.
        - ``comment_id`` (str): ``"c0000345"``, unique in the corpus.
        - ``parent_id`` (str or NA): the comment answered, NA at the top level.
        - ``author`` (str or NA): NA for deleted comments.
        - ``created_at`` (datetime64[ns, UTC]): increasing within a thread.
        - ``position`` (int): 0-based order in the thread (the article is 0).
        - ``depth`` (int): 0 at the top level, -1 for the article.
        - ``kind`` (str): ``"comment"`` or ``"article"``.
        - ``text`` (str): the comment text.
        - ``is_deleted``, ``is_spam``, ``is_orphan`` (bool): ``is_orphan`` is
          always False (every parent is in its thread).

    Examples
    --------
    >>> corpus = synthetic_corpus(200, random_state=3)
    >>> len(corpus), corpus["thread_id"].nunique() > 1
    (200, True)
    >>> corpus.equals(synthetic_corpus(200, random_state=3))
    True
    """
    if n_comments < 0:
        raise ValueError(f"n_comments must be >= 0, got {n_comments}")
    rng = np.random.default_rng(random_state)
    if n_threads is None:
        n_threads = max(1, round(n_comments / 40))
    n_threads = max(1, min(n_threads, max(n_comments, 1)))
    sizes = _thread_sizes(rng, n_comments, n_threads) if n_comments else np.zeros(0, np.int64)
    d = _Draw(rng)
    authors = [_username(d) for _ in range(max(50, n_comments // 8))]
    lo_s, hi_s = sentences_per_comment
    start_ns = pd.Timestamp(start, tz="UTC").value

    thread_ids, comment_ids, parent_ids, author_col, created, positions, depths = (
        [], [], [], [], [], [], [])
    kinds, texts, deleted, spam = [], [], [], []
    counter = 0
    t_ns = start_ns
    for k, size in enumerate(sizes):
        tid = f"synth-{first_thread + k:07d}"
        t_ns += int(d.u() * 6 * 3600e9)
        now = t_ns
        pos0 = 0
        if articles:
            thread_ids.append(tid)
            comment_ids.append(f"a{first_thread + k:07d}")
            parent_ids.append(None)
            author_col.append("Editor")
            created.append(now)
            positions.append(0)
            depths.append(-1)
            kinds.append("article")
            texts.append(_body(d, d.int(4, 10), run_on_share=0.0))
            deleted.append(False)
            spam.append(False)
            pos0 = 1
        # per-thread state for building the tree
        t_ids: list[str] = []
        t_depth: list[int] = []
        t_author: list[str] = []
        t_text: list[str] = []
        regulars = [d.choice(authors) for _ in range(d.int(2, 8))]
        for i in range(int(size)):
            cid = f"c{counter:07d}"
            counter += 1
            now += int((d.u() ** 2) * 3 * 3600e9) + 1_000_000_000
            author = d.choice(regulars) if d.chance(0.5) else d.choice(authors)
            parent = None
            depth = 0
            if i and d.chance(reply_share):
                # prefer recent comments (active branches): index from the end
                j = len(t_ids) - 1 - min(int(-np.log1p(-d.u() * 0.999) * 3), len(t_ids) - 1)
                parent = j
                depth = min(t_depth[j] + 1, 30)
            r = d.u()
            is_del = is_spam = False
            if r < deleted_share:
                text, is_del, author_v = "", True, None
            elif r < deleted_share + spam_share:
                text = d.choice(_SPAM)
                is_spam = d.chance(0.5)
                author_v = author
            elif r < deleted_share + spam_share + foreign_share:
                text = d.choice(_FOREIGN)
                if d.chance(0.5):
                    text = text + " " + d.choice(_FOREIGN)
                author_v = author
            else:
                author_v = author
                if d.chance(long_comment_share):
                    text = _long_body(d, d.int(*long_comment_words))
                else:
                    # skewed towards short comments
                    n_s = lo_s + int((d.u() ** 1.8) * (hi_s - lo_s + 1))
                    text = _body(d, n_s)
                if parent is not None:
                    text = _reply_text(d, text, t_text[parent], t_author[parent], quote_share)
            thread_ids.append(tid)
            comment_ids.append(cid)
            parent_ids.append(None if parent is None else t_ids[parent])
            author_col.append(author_v)
            created.append(now)
            positions.append(pos0 + i)
            depths.append(depth)
            kinds.append("comment")
            texts.append(text)
            deleted.append(is_del)
            spam.append(is_spam)
            t_ids.append(cid)
            t_depth.append(depth)
            t_author.append(author_v or "")
            t_text.append(text)

    string = pd.StringDtype()  # as stance.read_thread gives (missing values are pd.NA)
    frame = pd.DataFrame({
        "thread_id": pd.Series(thread_ids, dtype=string),
        "comment_id": pd.Series(comment_ids, dtype=string),
        "parent_id": pd.Series(parent_ids, dtype=string),
        "author": pd.Series(author_col, dtype=string),
        "created_at": pd.to_datetime(np.array(created, dtype="int64"), utc=True).as_unit("ns"),
        "position": np.array(positions, dtype=np.int64),
        "depth": np.array(depths, dtype=np.int64),
        "kind": pd.Series(kinds, dtype=string),
        "text": pd.Series(texts, dtype=string),
        "is_deleted": np.array(deleted, dtype=bool),
        "is_spam": np.array(spam, dtype=bool),
        "is_orphan": np.zeros(len(texts), dtype=bool),
    }, columns=_COLUMNS)
    return frame


def _reply_text(d: _Draw, body: str, parent_text: str, parent_author: str,
                quote_share: float) -> str:
    parts = []
    if parent_text and d.chance(quote_share):
        # quote one sentence (or the whole of a short parent)
        sentences = [s for s in parent_text.replace("\n\n", " ").split(". ") if s]
        quote = d.choice(sentences) if sentences else parent_text
        if len(quote) > 400 or d.chance(0.3):
            quote = quote[:400]
        parts.append(f'"{quote.strip()}"' if d.chance(0.6) else f"> {quote.strip()}\n")
    if d.chance(0.55):
        _, opener = d.choice(_REPLY_OPENERS)
        name = parent_author.split(" ")[0] if parent_author else "mate"
        parts.append(opener.format(u=name))
    parts.append(body)
    return " ".join(parts)
