"""Offline, dependency-free language identification for reader comments.

VADER only understands English, so comments in other languages must be
recognised and reported as not scored rather than scored as neutral.

Method
------
1. Script: letters are counted by Unicode block. When most letters are
   Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Hangul, Kana or Han, the
   language follows from the script (Cyrillic is split into Ukrainian and
   Russian by the letters only one of them uses; other Cyrillic is "ru").
2. Latin script: words are compared with short lists of frequent function
   words of English, German, French, Spanish, Italian, Portuguese, Dutch,
   Turkish, Polish, Swedish/Danish/Norwegian and transliterated Russian. The
   lists are built so that a word in k lists counts 1/k for each, and no
   common English word counts for another language. Each distinct word
   counts once. Another language wins when its score is at least 2 (1 for
   texts of at most 6 words), above the English score and at least 10 % of
   the number of distinct words; otherwise the text is English. Short
   Latin-script comments without evidence ("ridiculous pathetic") therefore
   count as English: VADER's lexicon scores what it knows, the rest stays
   neutral. Only the first 3,000 characters are read.
3. Text without any letter (empty, emoji, numbers, links only) is "und".

This is deliberately simple and fast (about a microsecond per word); it is
weak on very short non-English comments without function words ("Slava
Ukraini") and on mixed-language comments, which count as the language with
the most function words.
"""

from __future__ import annotations

import functools
import re

__all__ = ["detect_language", "is_english"]

_URL_OR_HANDLE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+", re.IGNORECASE)
_NON_LETTERS = re.compile(r"[\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# letters of the scripts in _SCRIPTS (everything from Greek up), others removed
_NON_LATIN = re.compile(r"[^\u0370-\u1DFF\u2E80-\uD7FF\uF900-\uFAFF]+")
_MAX_CHARS = 3000  # the start of a long comment is enough to tell its language
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# on lower-cased ASCII text [^\W\d_] is [a-z]: _WORD's words there, and the characters kept
# (the others become spaces) when they are cut out by str.split
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
_ASCII_WORD_CHARS = str.maketrans({chr(c): chr(c) if "a" <= chr(c) <= "z" or c == 39 else " "
                                   for c in range(128)})

# script ranges -> code (checked per letter)
_SCRIPTS = [
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x052F, "cyrl"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0750, 0x077F, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x0530, 0x058F, "hy"),
    (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"),
    (0x3400, 0x4DBF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
    (0x1100, 0x11FF, "ko"),
]

_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")

_FUNCTION_WORDS = {
    "en": """the and is are was were be been of to in that it this for with not you
        they he she we his her their them our its have has had do does did but what
        which who will would should could can about from there just all by if or
        an at as on so no my your me him than then when where why how very also
        i i'm don't it's isn't doesn't can't won't didn't these those here been
        being because into over only more most such any some other out up""",
    "de": """der die das und ist nicht ich sie wir ihr ein eine einen einem einer des
        dem den zu auf mit sich auch noch nur wie aber oder wenn dass daß war sind
        hat haben werden wird wurde von vom zum zur bei nach aus für fur über uber
        kein keine sehr schon jetzt hier dieser diese dieses mein dein unser euch
        man doch mal ja nein gegen ohne unter alle""",
    "fr": """le la les et est un une des du de que qui pas ne ce cette ces il elle ils
        nous vous je tu sur avec pour dans mais ou où au aux sont était être avoir
        ont fait plus très tres aussi comme tout tous leur leurs notre votre mon ma
        mes ton ta son sa ses c'est qu'il n'est j'ai d'un d'une l'on y en""",
    "es": """el la los las y es un una unos unas del de que en por para con no se su
        sus lo le les pero como más mas muy también tambien este esta estos estas
        eso esto ese esa son está esta están estan fue ser hay yo tú usted nosotros
        ellos ellas porque cuando donde todo todos nada sin sobre entre ya qué cómo
        dónde también así aquí ahora siempre nunca algo mucho otro otra""",
    "it": """il lo la gli le e è un una uno di del della dei delle che non per con
        sono sei siamo questo questa quello quella anche come ma più piu molto
        tutto tutti nel nella alla alle al dal dalla io noi voi loro cosa perché
        perche quando dove ancora già gia solo essere hanno ha ho""",
    "pt": """o os a as e é um uma uns umas do da dos das de que em no na nos nas por
        para com não nao se seu sua seus suas mas como mais muito também tambem
        este esta isso isto esse essa são sao está estao foi ser há eu você voce
        nós eles elas porque quando onde tudo nada sem sobre entre já ja você vocês
        isso aqui agora sempre nunca muito outro outra então""",
    "nl": """de het een en is niet ik je jij wij zij hij ze van op met voor aan als
        maar ook nog wel geen dat die dit deze zijn was waren heeft hebben worden
        wordt naar uit bij om tot dan zo nu hier daar er kan moet zal""",
    "tr": """ve bir bu da de için icin ile değil degil var yok ne çok cok daha gibi
        ama ben sen biz siz onlar olan olarak kadar sonra şey sey mı mi mu mü ki
        bunu şu su her hiç hic ise diye değildir oldu olur""",
    "pl": """i w z na nie się sie że ze to jest jak do od po ale czy już juz tak
        tylko jego jej ich są sa był byl była byla przez dla tego tej oraz który
        ktory która ktora bardzo może moze""",
    "sv": """och att det som en ett är ar inte jag på pa med för for av den till
        har hade var vi ni de om men så sa kan ska skulle eller också ocksa från
        fran detta dette ikke og er af til på med jeg har som ikke""",
    "ru": """ne eto chto kak tak vse vsyo esli uzhe ochen tolko mozhno nado net da
        ya ty my vy oni on ona ego ee ikh bylo budet zdes tam kogda pochemu
        potomu blyat khorosho spasibo pozhaluysta privet""",
}

# common English words that are function words elsewhere (never evidence of
# another language)
_ENGLISH_WORDS = frozenset("""
    die man war hat also will gift arm bald fast see on in me son sale pain ten dan van met
    mist rot bad bit dose come data sole pie tea fine ate age ore ode via gas pan per era
    ego era sin tu ha ja ho he we do so as at an be us or if it is to by la le de el
    """.split())


def _build_lists() -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((language, weight), ...); a word in k lists weighs 1/k in each."""
    words = {lang: set(blob.split()) for lang, blob in _FUNCTION_WORDS.items()}
    seen: dict[str, set] = {}
    for lang, ws in words.items():
        for w in ws:
            if lang != "en" and w in _ENGLISH_WORDS:
                continue  # an English word never counts for another language
            seen.setdefault(w, set()).add(lang)
    # single letters are too ambiguous, except English "i"
    for w in ("a", "o", "e", "y", "i", "u"):
        seen.pop(w, None)
    seen["i"] = {"en"}
    return {w: tuple((lang, 1.0 / len(langs)) for lang in sorted(langs))
            for w, langs in seen.items()}


_LOOKUP = _build_lists()


def _script_of(ch: str) -> str | None:
    cp = ord(ch)
    if cp < 0x0250:
        return "latn"
    for lo, hi, code in _SCRIPTS:
        if lo <= cp <= hi:
            return code
    if 0x1E00 <= cp <= 0x1EFF:
        return "latn"
    return None


def detect_language(text: str) -> str:
    """Guess the language of a comment.

    Parameters
    ----------
    text : str
        The comment text.

    Returns
    -------
    str
        An ISO 639-1 code ("en", "de", "fr", "es", "it", "pt", "nl", "tr",
        "pl", "sv" (also for Danish/Norwegian), "ru", "uk", "el", "ar", "he",
        "hi", "th", "ka", "hy", "ja", "zh", "ko"), or "und" when the text has
        no letters (empty, emoji, numbers or links only).

    Examples
    --------
    >>> detect_language("ridiculous pathetic")
    'en'
    >>> detect_language("Das ist nicht gut, aber wir haben keine Wahl.")
    'de'
    >>> detect_language("Путин опять врёт")
    'ru'
    >>> detect_language("👍👍")
    'und'
    """
    if not isinstance(text, str) or not text.strip():
        return "und"
    return _detect(text[:_MAX_CHARS])


@functools.lru_cache(maxsize=8192)
def _detect(text: str) -> str:
    # a link or handle needs "://", "www." (any case) or "#"/"@": most comments hold none
    if "://" in text or "@" in text or "#" in text or (
            ("w." in text or "W." in text) and "www." in text.lower()):
        cleaned = _URL_OR_HANDLE.sub(" ", text)
    else:
        cleaned = text
    if cleaned.isascii():
        # (the ASCII letters are the only ASCII characters [^\W\d_] matches; the count is
        # needed only for other scripts)
        if _ASCII_LETTER.search(cleaned) is None:
            return "und"
    else:
        n_letters = len(_NON_LETTERS.sub("", cleaned))
        if n_letters == 0:
            return "und"
        other = _NON_LATIN.sub("", cleaned)
        if len(other) >= 0.5 * n_letters:
            counts: dict[str, int] = {}
            for ch in other:
                code = _script_of(ch)
                if code is not None:
                    counts[code] = counts.get(code, 0) + 1
            if counts:
                script, n = max(counts.items(), key=lambda kv: kv[1])
                if n >= 0.5 * n_letters:
                    if script == "cyrl":
                        uk = sum(ch in _UK_ONLY for ch in other)
                        ru = sum(ch in _RU_ONLY for ch in other)
                        return "uk" if uk > ru else "ru"
                    if script == "ja" or (script == "zh" and counts.get("ja", 0) > 0):
                        return "ja"
                    return script
    low = cleaned.lower().replace("’", "'")
    if low.isascii():
        # the same words as _WORD.findall, which on ASCII text are the runs of a-z joined
        # by single apostrophes: white space for every other character, split() in C, and
        # only the pieces with an apostrophe ("don't", "'tis", "dogs'") matched again
        words = low.translate(_ASCII_WORD_CHARS).split()
        if "'" in low:
            words = [w for piece in words
                     for w in ((piece,) if "'" not in piece else _ASCII_WORD.findall(piece))]
    else:
        words = _WORD.findall(low)
    if not words:
        return "und"
    hits: dict[str, float] = {}
    # distinct words in order of first use (a repeated name like "Al" is one clue): not a
    # set, whose order changes with the hash seed and with it the float sums and the tie
    # breaks, so that the same text got different labels in different processes
    distinct = dict.fromkeys(words)
    for w in filter(_LOOKUP.__contains__, distinct):
        for lang, weight in _LOOKUP[w]:
            hits[lang] = hits.get(lang, 0.0) + weight
    en = hits.pop("en", 0.0)
    if not hits:
        return "en"
    lang, best = max(sorted(hits.items()), key=lambda kv: kv[1])  # ties: first by code
    need = 1 if len(words) <= 6 else 2
    if best >= need and best > en and best >= 0.1 * len(distinct):
        return lang
    return "en"


def is_english(text: str) -> bool:
    """True when :func:`detect_language` says "en".

    Examples
    --------
    >>> is_english("God protect Evgeny and Oleg")
    True
    >>> is_english("Je ne sais pas ce que tu dis")
    False
    """
    return detect_language(text) == "en"
