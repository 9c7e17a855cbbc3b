"""Text helpers: sentence splitting, word spans and offset-preserving normalisation.

Every function here works on character offsets into the *original* text: a
span ``(start, end)`` always satisfies ``text[start:end] == piece``. The
normalisation helpers replace characters one for one, so offsets computed on
the normalised text are valid in the original.

Sentence splitting is a fast rule-based splitter tuned for reader comments
(informal punctuation, missing spaces, line breaks as separators). Sentences
longer than ``max_words`` words are cut into chunks at the last comma,
semicolon, colon or dash before the limit (else at a word boundary), so that
per-sentence work such as VADER stays linear in comment length.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = [
    "split_sentences",
    "word_spans",
    "normalize",
    "fold",
    "sentence_of",
    "MAX_WORDS",
]

#: Default cap on the length of a sentence, in words, before it is chunked.
MAX_WORDS = 60

# Abbreviations after which a period does not end a sentence (lower case,
# without the final period).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr vs etc e.g i.e cf gen col lt sgt capt cpt maj cmdr adm gov sen rep
    pres rev hon fig no nos vol approx dept est inc ltd corp co jan feb mar apr jun jul aug sep sept
    oct nov dec mt ft u.s u.k u.n e.u u.s.a u.s.s.r p.m a.m ph.d b.a m.a al
    """.split()
)
# abbreviations that often do end a sentence; they end one when the next word
# is capitalised
_SOFT_ABBREVIATIONS = frozenset({"etc", "al", "inc", "ltd", "corp", "co", "p.m", "a.m"})

_URL_RE = re.compile(
    r"(?:https?://|www\.)\S*[^\s.,;:!?)\]'\"”’]|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|ru|ua|uk|de|io|info|tv)\b(?:/\S*)?",
    re.IGNORECASE,
)

# Candidate boundaries (each is checked in Python, see _raw_sentences):
#  1. terminal punctuation run (. ! ? … and mixes) plus closing quotes/brackets,
#     followed by white space or the end, or glued to a capitalised word, or
#     (for ".." and "…") glued to any word
#  2. any line break (a comment's line breaks separate thoughts)
#  3. an unspaced dash between a lower-case word and a lower-case word or "I"
# Abbreviations, initials, URLs and "West.Turkey" are then checked in Python.
_CLOSERS = "\"'”’»)]"
_CLOSERS_CLASS = "\"'”’»)\\]"  # the same, escaped for a regex character class
# one pattern whose first item is a character class (``re`` then skips quickly
# to candidates); which branch applies is told by a look-behind at that character
_BOUNDARY_BODY = rf"""
    (?:
      (?<=[\r\n])\s*                                   # line break (+ following space)
    | (?<=[–—])(?=[a-z]|I\b)                           # unspaced dash before a word
    | (?<=-)-(?=[a-z]|I\b)                             # "--" before a word
    | (?<=[.!?…])[.!?…]*[{_CLOSERS_CLASS}]*                  # punctuation run + closers,
      (?=\s|$|[A-Z][a-z]|(?<=\.\.)\w|(?<=…)\w           # then space, end, a capitalised
         |(?<=\.\.[{_CLOSERS_CLASS}])\w|(?<=…[{_CLOSERS_CLASS}])\w)   # word, or any word after ".."
    )
"""
_CANDIDATE_RE = re.compile(r"[.!?…\r\n–—]" + _BOUNDARY_BODY, re.VERBOSE)
_CANDIDATE_DASHES_RE = re.compile(r"[.!?…\r\n–—-]" + _BOUNDARY_BODY, re.VERBOSE)
_TWO_LOWER_RE = re.compile(r"[a-z]{2}$")
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LEAD_JUNK_RE = re.compile(r"^.*[^\w.]")
_CHUNK_BREAK_RE = re.compile(r"[,;:–—)]\s+|\s[-–—]+\s")
_NONSPACE_RE = re.compile(r"\S+")

_WORD_RE = re.compile(
    r"""
    [#@][\w]+                       # hashtag or handle
    | (?:[A-Za-z]\.){2,}            # dotted acronym U.S. / e.g.
    | \w+(?:['’\-]\w+)*             # word with inner apostrophes / hyphens
    | [^\w\s]                       # any other single symbol (emoji, punctuation)
    """,
    re.VERBOSE,
)

# one-for-one replacements so that offsets survive
_NORMALIZE_TABLE = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "…": ".",
})
# accent folding, one character for one character (Turkish, Ukrainian
# transliterations, common Western European accents)
_FOLD_TABLE = str.maketrans(
    "ğĞşŞçÇıİöÖüÜâÂîÎûÛéÉèÈêÊëËáÁàÀäÄãÃåÅíÍìÌïÏóÓòÒôÔõÕúÚùÙñÑýÝÿžŽšŠčČřŘ",
    "gGsScCiIoOuUaAiIuUeEeEeEeEaAaAaAaAaAiIiIiIoOoOoOoOuUuUnNyYyzZsScCrR",
)

_FOLD_ALL_TABLE = {**_NORMALIZE_TABLE, **_FOLD_TABLE}


def normalize(text: str) -> str:
    """Replace typographic quotes, dashes and spaces by ASCII, one for one.

    The result has the same length as ``text``, so offsets carry over.

    Examples
    --------
    >>> normalize("Erdogan’s “games” – over")
    'Erdogan\\'s "games" - over'
    """
    if text.isascii():
        return text.replace("`", "'") if "`" in text else text
    return text.translate(_NORMALIZE_TABLE)


def fold(text: str) -> str:
    """:func:`normalize` plus accent folding (ğ→g, ü→u, é→e ...), length preserved.

    Examples
    --------
    >>> fold("Erdoğan in Türkiye")
    'Erdogan in Turkiye'
    """
    if text.isascii():  # fast path: only the backtick needs replacing
        return text.replace("`", "'") if "`" in text else text
    return text.translate(_FOLD_ALL_TABLE)


# searched in lower-cased text (after substring tests for "://" and "www."): a pattern opening
# with one literal character is scanned fast (re looks for the "." alone, with no character
# class tried at every position)
_URL_QUICK_RE = re.compile(r"\.(?:com|org|net|gov|edu|ru|ua|uk|de|io|info|tv)\b")


def _url_spans(text: str) -> list[tuple[int, int]]:
    if "." not in text:
        return []
    low = text.lower()
    if "://" not in low and "www." not in low and _URL_QUICK_RE.search(low) is None:
        return []
    return [m.span() for m in _URL_RE.finditer(text)]


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:
        if s <= pos < e:
            return True
        if s > pos:
            break
    return False


def _is_abbreviation(text: str, dot_pos: int, run: str) -> bool:
    """True when the period at ``dot_pos`` ends an abbreviation, initial or number."""
    if run != "." and run.rstrip("\"'”’»)]") != ".":
        return False
    if not dot_pos or not text[dot_pos - 1].isalnum():
        return False
    lo = max(0, dot_pos - 12)
    word = text[text.rfind(" ", lo, dot_pos) + 1 if " " in text[lo:dot_pos] else lo:dot_pos]
    if not word.isalpha():
        chunk = word.split()
        if not chunk:
            return False
        word = _LEAD_JUNK_RE.sub("", chunk[-1]).lstrip(".")
    if not word:
        return False
    low = word.lower()
    if low in _ABBREVIATIONS:
        if low in _SOFT_ABBREVIATIONS:
            nxt = re.match(r"\s*([A-Z])", text[dot_pos + 1: dot_pos + 4])
            return nxt is None
        return True
    # single initial ("J. Smith") or dotted acronym ("U.S.")
    if len(word) == 1 and word.isupper():
        return True
    if "." in word and _DOTTED_RE.fullmatch(word):
        return True
    return False


def _raw_sentences(text: str) -> list[tuple[int, int]]:
    urls = _url_spans(text)
    spans = []
    start = 0
    n = len(text)
    finditer = (_CANDIDATE_DASHES_RE if "--" in text else _CANDIDATE_RE).finditer
    for m in finditer(text):
        pos, end = m.span()
        first = text[pos]
        if first in "\r\n":
            spans.append((start, pos))
            start = end
            continue
        if first in "–—-":
            if pos and "a" <= text[pos - 1] <= "z":
                spans.append((start, pos))
                start = end
            continue
        # terminal punctuation run (the pattern checked what follows it)
        run = text[pos:end]
        if urls and _in_spans(pos, urls):
            continue
        if run[0] == "." and run.rstrip(_CLOSERS) == ".":
            if end < n and not text[end].isspace():
                # "West.Turkey": only split after a real word of 2+ letters
                if not _TWO_LOWER_RE.search(text, max(0, pos - 2), pos):
                    continue
            if run == ".":
                # the common case, inlined: a word of 2+ letters that is no abbreviation before
                # the period (what _is_abbreviation reads first; it decides the rest)
                lo = pos - 12 if pos > 12 else 0
                sp = text.rfind(" ", lo, pos)
                word = text[sp + 1 if sp >= 0 else lo:pos]
                if len(word) > 1 and word.isalpha() and word.lower() not in _ABBREVIATIONS:
                    spans.append((start, end))
                    start = end
                    continue
            if _is_abbreviation(text, pos, run):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _chunk(text: str, start: int, end: int, max_words: int) -> list[tuple[int, int]]:
    """Cut the span into pieces of at most ``max_words`` whitespace-separated words."""
    words = [m.span() for m in _NONSPACE_RE.finditer(text, start, end)]
    if len(words) <= max_words:
        return [(start, end)]
    out = []
    i = 0
    n = len(words)
    piece_start = start
    while n - i > max_words:
        limit = words[i + max_words - 1][1]  # end of the last word allowed
        floor = words[i + max_words // 3][0]
        cut = None
        for b in _CHUNK_BREAK_RE.finditer(text, floor, limit + 1):
            cut = b.start() + 1 if not b.group().startswith(" ") else b.start()
        if cut is None or cut <= piece_start:
            cut = limit
        # first word starting at or after cut
        j = i
        while j < n and words[j][0] < cut:
            j += 1
        if j == i:  # safety: always advance
            j = i + max_words
            cut = words[j - 1][1]
        seg_end = cut
        while seg_end > piece_start and text[seg_end - 1].isspace():
            seg_end -= 1
        out.append((piece_start, seg_end))
        i = j
        piece_start = words[i][0]
    out.append((piece_start, end))
    return [(s, e) for s, e in out if e > s]


def split_sentences(text: str, *, max_words: int | None = MAX_WORDS) -> list[tuple[int, int]]:
    """Split a comment into sentence spans.

    Parameters
    ----------
    text : str
        The comment text.
    max_words : int or None
        Sentences with more whitespace-separated words are cut into chunks
        of at most this many words, at the last comma, semicolon, colon or
        dash before the limit when there is one (else between words). None
        keeps sentences whole.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` character offsets into ``text``; leading and
        trailing white space is excluded, empty sentences are dropped.

    Notes
    -----
    Boundaries are: ``.``, ``!``, ``?``, ``…`` and runs of them (including
    "..") followed by white space, the end, or a capitalised word glued to
    them ("West.Turkey"); every line break; an unspaced dash between lower-case
    words ("coup—there"). A period does not end a sentence after a known
    abbreviation ("Mr.", "e.g."), an initial or dotted acronym ("U.S."),
    inside a decimal number or inside a URL.

    Examples
    --------
    >>> t = "Mr. Smith went to the U.S. in 2.5 days.. He left!\\nBye"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Smith went to the U.S. in 2.5 days..', 'He left!', 'Bye']
    """
    if not isinstance(text, str) or not text:
        return []
    spans = _raw_sentences(text)
    if max_words is None:
        return spans
    if max_words < 1:
        raise ValueError(f"split_sentences: max_words must be at least 1, got {max_words}")
    out = []
    for s, e in spans:
        # cheap tests before locating the words: split() cuts at the white space \s matches
        if e - s > max_words * 2 and len(text[s:e].split()) > max_words:
            out.extend(_chunk(text, s, e, max_words))
        else:
            out.append((s, e))
    return out


def word_spans(text: str) -> list[tuple[int, int]]:
    """Token spans: words (with inner apostrophes/hyphens), hashtags, handles, symbols.

    Examples
    --------
    >>> t = "Erdogan’s #Putin @x U.S. anti-war!"
    >>> [t[s:e] for s, e in word_spans(t)]
    ['Erdogan’s', '#Putin', '@x', 'U.S.', 'anti-war', '!']
    """
    if not isinstance(text, str):
        return []
    return [m.span() for m in _WORD_RE.finditer(text)]


def sentence_of(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the span containing ``pos`` (or the last one starting before it).

    Returns -1 when ``pos`` comes before the first span.
    """
    starts = [s for s, _ in spans]
    return bisect_right(starts, pos) - 1
