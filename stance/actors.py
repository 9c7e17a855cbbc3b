"""Actors (people, countries, groups) and finding where comments mention them.

An :class:`Actor` is a name plus the ways people write it: aliases, demonyms,
members of a group (the US for the West), stance-bearing cue words
(derogatory nicknames such as "Putler"), and whether a pronoun can refer back
to it. :func:`load_actors` reads the packaged, human-editable
``stance/data/actors.yaml`` or a user's file in the same format;
:func:`find_mentions` lists every mention in a comment table.

Matching rules
--------------
* Whole words only: "Putin" is found in "Putin's", "Putins", "Erdogan’s",
  "anti-Putin" and "Russia-Ukraine", never in "Rasputin".
* Case: a phrase written in capitals (at least two letters, all upper case,
  e.g. "US", "UK", "EU", "NATO", "U.S.") is matched with exact case, so "US"
  is not "us". Phrases an actor lists under ``case_sensitive`` must keep
  their capitals: the default West lists "West", so "West" and "WEST" match
  but "heading west" does not ("the west", common in political comments,
  does match; "west of" is excluded so "to the west of Idlib" does not).
  Everything else ignores case. Accents are folded both ways (ğ/g, ü/u,
  é/e ...), and curly apostrophes count as straight ones.
* Hashtags and @handles: ``#Putin``, ``#StandWithUkraine``, ``@KremlinRussia_E``.
  A tag is first looked up whole (a cue tag such as ``#StandWithUkraine``
  or an alias written without spaces such as ``#UnitedStates``); otherwise the
  actor phrases of four or more letters found inside it count, plus
  capitalised phrases ("US", "NATO") found as camel-case parts (``#StopNATO``).
  One row per actor and tag, spanning the whole tag. Handles ignore cues.
* Emoji (flags such as 🇺🇦) are matched anywhere.
* Demonyms ("Russian", "Turks") are found only when the actor set keeps them
  (``load_actors(use_demonyms=False)`` drops them).
* Pronouns: he/him/his/himself (or she/her/hers/herself for actors with
  ``pronouns: she``) refer to the most recently named person actor with
  pronouns earlier in the same comment; before any such actor they refer to
  no one. One exception, for reported speech ("Strelkov was angry at Putin;
  he called him a traitor"): when a sentence holds both a subject pronoun
  (he/she) and an object pronoun (him/her) and a capitalised name that is not
  an actor comes before the actor's mention in that sentence, the subject
  pronoun (and his/himself) is taken to refer to that other name and is not
  reported. And an object pronoun (him/her) within three words of the
  person's mention in the same clause ("Even Putin hates him", "Putin told
  him") is not that person (binding principle B); it goes to the person
  named before, if any.
* Persons and the countries they lead are separate actors (Putin is not a
  member of Russia): a comment can insult Putin and defend Russia. The
  ``affiliation`` field records the link ("Putin" -> "Russia") for scorers
  that want to use it; :func:`find_mentions` does not.
* A matched phrase that is an actor's cue is reported with ``via="cue"`` and
  the cue's value; a cue inside a longer phrase is not split out. Where
  phrases overlap the longest wins ("Kiev regime" over "Kiev").
* Text covered by one of an actor's ``exclude`` phrases ("West Bank", "cold
  turkey") holds no mention of that actor ("Western Ukraine", excluded by the
  West, is still a mention of Ukraine); URLs hold no mention.
* A phrase listed under two actors gives one row per actor.

Speed: all phrases of an actor set are compiled once (cached per set) into a
single prefix-tree regex run over the lower-cased text; each comment is
scanned once, so the cost is linear in the text length whatever the number
of actors.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import importlib.resources
import math
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .engine import partitioned
from .errors import ActorFileError, StanceError
from .text import _url_spans, fold, split_sentences

__all__ = ["Actor", "load_actors", "find_mentions", "KINDS", "VIAS", "MENTION_COLUMNS"]

#: Allowed values of :attr:`Actor.kind`.
KINDS = ("person", "group", "country", "organisation")
#: Values of the ``via`` column of :func:`find_mentions`.
VIAS = ("name", "alias", "member", "demonym", "hashtag", "handle", "cue", "pronoun", "emoji")
#: Columns of the table returned by :func:`find_mentions`, in order.
MENTION_COLUMNS = ["thread_id", "comment_id", "actor", "member", "start", "end", "mention", "via",
                   "cue_value", "sentence_index"]

_PRONOUN_SETS = {
    "he": ("he", "him", "his", "himself"),
    "she": ("she", "her", "hers", "herself"),
}
_FIELDS = ("name", "aliases", "kind", "demonyms", "cues", "members", "pronouns", "case_sensitive",
           "exclude", "affiliation", "opponents", "description")


class _FrozenDict(dict):
    """A read-only dict (picklable, unlike ``MappingProxyType``, so actors can go
    to worker processes)."""

    __slots__ = ()

    def _readonly(self, *args, **kwargs):
        raise TypeError("actor fields are read-only; use dataclasses.replace(actor, ...)")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly
    __ior__ = _readonly

    def __reduce__(self):
        return (_FrozenDict, (dict(self),))

    def __hash__(self):
        return hash(tuple(self.items()))


def _str_tuple(value, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = (value,)
    if isinstance(value, Mapping) or not isinstance(value, Iterable):
        raise StanceError(f"{what} must be a list of strings, got {type(value).__name__}")
    out = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            raise StanceError(f"{what} must be a list of strings, got an item of type "
                              f"{type(v).__name__} ({v!r})")
        v = str(v).strip()
        if not v:
            raise StanceError(f"{what} contains an empty string")
        out.append(v)
    return tuple(dict.fromkeys(out))


def _check_field(key: str, value):
    """Validate and normalise one actor field; raise StanceError with a short reason."""
    if key == "name":
        if not isinstance(value, str) or not value.strip():
            raise StanceError(f"name must be a non-empty string, got {value!r}")
        return value.strip()
    if key in ("aliases", "demonyms", "case_sensitive", "exclude", "affiliation", "opponents"):
        return _str_tuple(value, key)
    if key == "kind":
        if value is None:
            return None  # inferred by Actor: "group" with members, else "person"
        if value not in KINDS:
            raise StanceError(f"kind must be one of {', '.join(KINDS)}, got {value!r}")
        return value
    if key == "description":
        if value is None:
            return ""
        if not isinstance(value, str):
            raise StanceError(f"description must be a string, got {type(value).__name__}")
        return value
    if key == "pronouns":
        if value is None or value is False or value == ():
            return ()
        if value is True:
            return _PRONOUN_SETS["he"]
        if isinstance(value, str) and value.lower() in _PRONOUN_SETS:
            return _PRONOUN_SETS[value.lower()]
        if isinstance(value, tuple) and value in _PRONOUN_SETS.values():
            return value
        raise StanceError(f"pronouns must be true, false, 'he' or 'she', got {value!r}")
    if key == "cues":
        if value is None:
            return _FrozenDict()
        if not isinstance(value, Mapping):
            raise StanceError("cues must be a mapping of phrase: value in [-1, 1], got "
                              f"{type(value).__name__}")
        out = {}
        for phrase, v in value.items():
            if not isinstance(phrase, str) or not phrase.strip():
                raise StanceError(f"cue phrases must be non-empty strings, got {phrase!r}")
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not -1 <= v <= 1 \
                    or (isinstance(v, float) and math.isnan(v)):
                raise StanceError(f"cue {phrase!r} must have a number in [-1, 1], got {v!r}")
            out[phrase.strip()] = float(v)
        return _FrozenDict(out)
    if key == "members":
        if value is None:
            return _FrozenDict()
        out = {}
        if isinstance(value, Mapping):
            for member, aliases in value.items():
                if not isinstance(member, str) or not member.strip():
                    raise StanceError(f"member names must be non-empty strings, got {member!r}")
                member = member.strip()
                out[member] = tuple(dict.fromkeys(
                    (member,) + _str_tuple(aliases, f"aliases of member {member!r}")))
        elif isinstance(value, Iterable) and not isinstance(value, str):
            for member in value:
                if not isinstance(member, str) or not member.strip():
                    raise StanceError(f"members must be strings or a mapping, got {member!r}")
                out[member.strip()] = (member.strip(),)
        else:
            raise StanceError("members must be a list of names or a mapping of member: aliases, "
                              f"got {type(value).__name__}")
        return _FrozenDict(out)
    raise StanceError(f"unknown field {key!r}")


@dataclass(frozen=True)
class Actor:
    """Someone or something comments take a stance toward.

    Parameters
    ----------
    name : str
        Display name, also matched in text ("Putin", "the West").
    aliases : tuple of str
        Other ways of writing it ("Vladimir Putin", "Erdoğan").
    kind : {"person", "group", "country", "organisation"}, optional
        What it is; "group" when it has members, else "person" by default.
        Only persons take pronouns.
    demonyms : tuple of str
        Adjectives/nouns for its people ("Russian", "Russians"); matched only
        when the actor set keeps demonyms.
    cues : mapping of str to float
        Phrases that name the actor *and* carry a stance by themselves, with
        that stance in [-1, 1] ("Putler": -1, "#StandWithUkraine": 1).
    members : mapping of str to tuple of str, or list of str
        For groups: member name -> the member's aliases ("United States":
        ("US", "USA", "America")). A plain list names members matched as is.
    pronouns : bool or {"he", "she"}
        Whether pronouns can refer back to this (person) actor; True means
        he/him/his/himself. Stored as the tuple of pronoun words.
    case_sensitive : tuple of str
        Phrases (listed elsewhere too) whose capital letters must be capitals
        in the text ("West": "West" and "WEST" match, "west" does not). A
        capital inside a word ("RuSSia") asks for the exact spelling.
        All-capital phrases ("US") always match with exact case.
    exclude : tuple of str
        Longer phrases that contain a name but do not mean the actor ("West
        Bank", "Latin America", "cold turkey"); text they cover is skipped.
    affiliation : tuple of str
        Names of other actors this one stands for ("Putin" -> "Russia"). Not
        used in matching; for scorers that propagate stance.
    opponents : tuple of str
        Names of actors on the other side of a two-sided conflict (Russia
        and Ukraine). Not used in matching; :func:`stance.score_stance` may
        infer the opposite stance toward an opponent.
    description : str
        Free text for humans.

    Examples
    --------
    >>> biden = Actor("Biden", aliases=("Joe Biden",), pronouns=True)
    >>> biden.kind, biden.pronouns[:2]
    ('person', ('he', 'him'))
    """

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    demonyms: tuple[str, ...] = ()
    cues: Mapping[str, float] = field(default_factory=dict)
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    pronouns: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    affiliation: tuple[str, ...] = ()
    opponents: tuple[str, ...] = ()
    description: str = ""

    def __post_init__(self):
        for key in _FIELDS:
            try:
                value = _check_field(key, getattr(self, key))
            except StanceError as err:
                raise StanceError(f"Actor {getattr(self, 'name', '?')!r}: {err}") from None
            object.__setattr__(self, key, value)
        if self.kind is None:
            object.__setattr__(self, "kind", "group" if self.members else "person")
        if self.pronouns and self.kind != "person":
            raise StanceError(f"Actor {self.name!r}: pronouns are only for kind 'person', "
                              f"not {self.kind!r}")

    def _key(self):
        return (self.name, self.aliases, self.kind, self.demonyms, tuple(self.cues.items()),
                tuple(self.members.items()), self.pronouns, self.case_sensitive, self.exclude,
                self.affiliation, self.opponents, self.description)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Actor):
            return NotImplemented
        return self._key() == other._key()

    def __repr__(self):
        return f"Actor({self.name!r}, kind={self.kind!r}, aliases={self.aliases!r})"

    @classmethod
    def from_dict(cls, data: Mapping) -> Actor:
        """Build an actor from a mapping with the YAML file's keys.

        Raises :class:`~stance.errors.StanceError` naming an unknown key or a
        missing name.

        Examples
        --------
        >>> Actor.from_dict({"name": "NATO", "kind": "organisation"}).name
        'NATO'
        """
        if not isinstance(data, Mapping):
            raise StanceError(f"an actor must be a mapping, got {type(data).__name__}")
        unknown = [k for k in data if k not in _FIELDS]
        if unknown:
            raise StanceError(_unknown_key_message(unknown[0]))
        if "name" not in data:
            raise StanceError("an actor needs a 'name'")
        return cls(**dict(data))

    def to_dict(self) -> dict:
        """The actor as plain Python values (the YAML file's keys)."""
        out = {"name": self.name, "kind": self.kind}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.demonyms:
            out["demonyms"] = list(self.demonyms)
        if self.cues:
            out["cues"] = dict(self.cues)
        if self.members:
            out["members"] = {k: list(v) for k, v in self.members.items()}
        if self.pronouns:
            out["pronouns"] = "he" if self.pronouns == _PRONOUN_SETS["he"] else "she"
        if self.case_sensitive:
            out["case_sensitive"] = list(self.case_sensitive)
        if self.exclude:
            out["exclude"] = list(self.exclude)
        if self.affiliation:
            out["affiliation"] = list(self.affiliation)
        if self.opponents:
            out["opponents"] = list(self.opponents)
        if self.description:
            out["description"] = self.description
        return out


def _unknown_key_message(key) -> str:
    close = difflib.get_close_matches(str(key), _FIELDS, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key {key!r}{hint}; allowed keys are {', '.join(_FIELDS)}"


# ---------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------

def _default_path():
    return importlib.resources.files("stance") / "data" / "actors.yaml"


def load_actors(path=None, *, use_demonyms: bool = True) -> list[Actor]:
    """Read actor definitions from a YAML file.

    Parameters
    ----------
    path : str or path-like, optional
        A YAML file: a list of actors, or a mapping with an ``actors`` list.
        Each actor is a mapping with the keys of :class:`Actor` (``name``
        required). The packaged default set (Putin, Erdogan, Zelensky, the
        West, Russia, Turkey, Ukraine) when None.
    use_demonyms : bool
        Keep demonyms ("Russian" for Russia). False drops them, so that only
        names, aliases, members, cues, tags and pronouns count as mentions.

    Returns
    -------
    list of Actor
        In file order.

    Raises
    ------
    ActorFileError
        The file is missing, not valid YAML, or an entry is malformed; the
        message names the file and the line.

    Examples
    --------
    >>> names = [a.name for a in load_actors()]
    >>> {"Putin", "Erdogan", "the West", "Russia", "Turkey", "Ukraine"} <= set(names)
    True
    """
    import yaml

    if path is None:
        resource = _default_path()
        label = "stance/data/actors.yaml (packaged)"
        text = resource.read_text(encoding="utf-8")
    else:
        label = os.fspath(path)
        try:
            with open(label, encoding="utf-8") as fh:
                text = fh.read()
        except FileNotFoundError:
            raise ActorFileError(f"{label}: actor file not found; pass the path of a YAML file "
                                 f"or None for the default actors") from None
        except (OSError, UnicodeDecodeError) as err:
            raise ActorFileError(f"{label}: cannot read the actor file ({err}); save it as "
                                 f"UTF-8 text") from None

    def fail(node_or_line, problem):
        line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
        raise ActorFileError(f"{label}, line {line}: {problem}")

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = err.problem or str(err)
        raise ActorFileError(f"{label}, line {line}: not valid YAML ({problem}); check the "
                             f"indentation and quoting near that line") from None
    except yaml.YAMLError as err:
        raise ActorFileError(f"{label}, line 1: not valid YAML ({err})") from None
    if root is None:
        raise ActorFileError(f"{label}, line 1: the file is empty; list actors under 'actors:'")

    entries = root
    if isinstance(root, yaml.MappingNode):
        keys = {k.value: (k, v) for k, v in root.value}
        extra = [k for k in keys if k not in ("actors", "version")]
        if extra:
            fail(keys[extra[0]][0], f"unknown top-level key {extra[0]!r}; the file holds "
                                    f"'actors:' followed by a list of actors")
        if "actors" not in keys:
            fail(root, "no 'actors:' list in the file")
        entries = keys["actors"][1]
    if not isinstance(entries, yaml.SequenceNode):
        fail(entries, "expected a list of actors (lines starting with '- name: ...')")
    if not entries.value:
        fail(entries, "the list of actors is empty; add at least one '- name: ...'")

    constructor = yaml.SafeLoader("")
    actors: list[Actor] = []
    seen: dict[str, int] = {}
    references: list[tuple[Actor, dict]] = []
    try:
        for entry in entries.value:
            if not isinstance(entry, yaml.MappingNode):
                fail(entry, "each actor must be a mapping starting with '- name: ...'")
            data = {}
            key_lines = {}
            for knode, vnode in entry.value:
                key = knode.value if isinstance(knode, yaml.ScalarNode) else None
                if key not in _FIELDS:
                    fail(knode, _unknown_key_message(key))
                if key in data:
                    fail(knode, f"key {key!r} appears twice in this actor")
                try:
                    value = constructor.construct_object(vnode, deep=True)
                except yaml.YAMLError as err:
                    fail(vnode, f"cannot read the value of {key!r} ({err})")
                try:
                    data[key] = _check_field(key, value)
                except StanceError as err:
                    fail(vnode, f"{err}")
                except TypeError as err:  # e.g. unhashable keys
                    fail(vnode, f"{key}: {err}")
                key_lines[key] = knode.start_mark.line + 1
            if "name" not in data:
                fail(entry, "this actor has no 'name'")
            line = entry.start_mark.line + 1
            if data["name"] in seen:
                fail(line, f"actor {data['name']!r} is already defined on line "
                           f"{seen[data['name']]}; merge the two entries")
            seen[data["name"]] = line
            try:
                actor = Actor(**data)
            except StanceError as err:
                fail(line, str(err))
            if not use_demonyms and actor.demonyms:
                actor = dataclasses.replace(actor, demonyms=())
            actors.append(actor)
            references.append((actor, key_lines))
    finally:
        constructor.dispose()
    # affiliation and opponents must name actors of the file
    for actor, key_lines in references:
        for key in ("affiliation", "opponents"):
            unknown = [n for n in getattr(actor, key) if n not in seen]
            if unknown:
                close = difflib.get_close_matches(unknown[0], list(seen), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                fail(key_lines[key], f"{key} of {actor.name!r} names {unknown[0]!r}, which is not "
                                     f"an actor of this file{hint}")
    return actors


# ---------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------

_VIA_PRIORITY = {"cue": 0, "name": 1, "alias": 2, "member": 3, "emoji": 3, "demonym": 4}


@dataclass(frozen=True)
class _Entry:
    actor: str
    member: object  # str or pd.NA
    via: str
    cue_value: float
    phrase: str


def _is_caps(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitals_kept(pattern: str, text: str) -> bool:
    """True when every capital letter of ``pattern`` is a capital in ``text``.

    "US" matches only "US"; "the West" matches "The West" and "THE WEST" but
    not "the west". A pattern with a capital inside a word ("RuSSia") must
    match exactly, so that the shouted "RUSSIA" is not the slur. ``text``
    equals ``pattern`` ignoring case.
    """
    if _INNER_CAPITAL_RE.search(pattern):
        return pattern == text
    return all(t.isupper() for p, t in zip(pattern, text) if p.isupper())


_INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")
_WORD_FIRST_RE = re.compile(r"\w")


def _has_word_char(phrase: str) -> bool:
    return re.search(r"\w", phrase) is not None


def _compact(phrase: str) -> str:
    return re.sub(r"[\W_]+", "", phrase)


def _trie_pattern(phrases, *, word_start: bool = False) -> str:
    """One regex alternation for many phrases, factored by common prefixes.

    Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every
    position; a prefix tree makes a scan cost about one dictionary step per
    character whatever the number of phrases. Longer continuations come first
    so the longest phrase wins. Spaces match any run of white space.

    ``word_start=True`` (for phrases that all begin with a word character)
    checks after the first character that no word character precedes it: the
    same as a leading ``\b``, but the pattern then starts with its set of
    first characters, which ``re`` uses to skip other positions quickly.
    """
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node, top=False) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"\s+" if ch == " " else re.escape(ch)
            if top and word_start:
                atom += r"(?<!\w.)"  # the character before the first is not a word character
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return emit(trie, top=True)


class _Matcher:
    """Compiled lookup tables and regexes for one tuple of actors."""

    def __init__(self, actors: tuple[Actor, ...]):
        self.actors = actors
        insensitive: dict[str, list[_Entry]] = {}
        sensitive: dict[tuple[str, str], list[_Entry]] = {}  # (lower, pattern) -> entries
        # phrases whose capitals must be kept
        caps_phrases = {a.name: {fold(p).strip() for p in a.case_sensitive} for a in actors}
        emoji: dict[str, list[_Entry]] = {}
        tag_whole_lower: dict[str, list[_Entry]] = {}    # cue tags + compact aliases
        tag_whole_exact: dict[str, list[_Entry]] = {}
        tag_sub: dict[str, list[_Entry]] = {}            # compact lower phrases >= 4 letters
        word_phrases: set[str] = set()
        exclude_phrases: dict[str, set[str]] = {}  # phrase -> the actors it is no mention of

        def add(phrase: str, entry: _Entry, actor: Actor):
            f = fold(phrase).strip()
            if not f:
                return
            if f.startswith("#"):
                tag_whole_lower.setdefault(_compact(f).lower(), []).append(entry)
                return
            if not _has_word_char(f):
                emoji.setdefault(f, []).append(entry)
                return
            exact = _is_caps(f) or f in caps_phrases.get(actor.name, ())
            if exact:
                sensitive.setdefault((f.lower(), f), []).append(entry)
                tag_whole_exact.setdefault(_compact(f), []).append(entry)
            else:
                insensitive.setdefault(f.lower(), []).append(entry)
                c = _compact(f).lower()
                tag_whole_lower.setdefault(c, []).append(entry)
                if len(c) >= 4:
                    tag_sub.setdefault(c, []).append(entry)
            word_phrases.add(f)

        for a in actors:
            add(a.name, _Entry(a.name, pd.NA, "name", np.nan, a.name), a)
            for al in a.aliases:
                via = "emoji" if not _has_word_char(al) else "alias"
                add(al, _Entry(a.name, pd.NA, via, np.nan, al), a)
            for member, aliases in a.members.items():
                for al in aliases:
                    via = "emoji" if not _has_word_char(al) else "member"
                    add(al, _Entry(a.name, member, via, np.nan, al), a)
            for d in a.demonyms:
                add(d, _Entry(a.name, pd.NA, "demonym", np.nan, d), a)
            for cue, value in a.cues.items():
                add(cue, _Entry(a.name, pd.NA, "cue", float(value), cue), a)
            for phrase in a.exclude:
                f = fold(phrase).strip()
                if _has_word_char(f) and not f.startswith("#"):
                    exclude_phrases.setdefault(" ".join(f.lower().split()), set()).add(a.name)

        def dedupe(table):
            out = {}
            for k, entries in table.items():
                best: dict[tuple, _Entry] = {}
                for e in entries:
                    key = (e.actor, None if e.member is pd.NA else e.member)
                    if key not in best or _VIA_PRIORITY.get(e.via, 9) < _VIA_PRIORITY.get(best[key].via, 9):
                        best[key] = e
                out[k] = tuple(best.values())
            return out

        self.insensitive = dedupe(insensitive)
        self.sensitive: dict[str, list[tuple[str, tuple[_Entry, ...]]]] = {}
        for (low, pattern), entries in dedupe(sensitive).items():
            self.sensitive.setdefault(low, []).append((pattern, entries))
        self.emoji = dedupe(emoji)
        self.tag_whole_lower = dedupe(tag_whole_lower)
        self.tag_whole_exact = dedupe(tag_whole_exact)
        self.tag_sub = dedupe(tag_sub)

        if word_phrases:
            # matched against lower-cased folded text (much faster than IGNORECASE);
            # the lower-case pattern is kept for texts whose lower() changes length
            lower = {p.lower() for p in word_phrases}
            self.word_scan_re = self.word_scan_ascii_re = None
            if all(_WORD_FIRST_RE.match(p) for p in lower):
                body = _trie_pattern(lower, word_start=True)  # the \b is built in
                pattern = rf"(?:{body})(?:'s|s'|'|s)?(?!\w)"
                # the same matches, faster: run over " " + text, the regex skips to the
                # non-word characters (far fewer than letters) and looks ahead for a
                # phrase after them; group 1 is the match. Matches overlapping the
                # previous one are dropped by the caller (finditer would resume after it).
                scan_body = rf"(?=((?:{_trie_pattern(lower)})(?:'s|s'|'|s)?(?!\w)))"
                self.word_scan_re = re.compile(r"\W" + scan_body)
                # the same for lower-cased ASCII text, where \W is this class: a bitmap test at
                # every character instead of a Unicode category test
                self.word_scan_ascii_re = re.compile(r"[^a-z0-9_]" + scan_body)
            else:
                pattern = rf"\b(?:{_trie_pattern(lower)})(?:'s|s'|'|s)?(?!\w)"
            self.word_re = re.compile(pattern)
            self.word_re_i = re.compile(pattern, re.IGNORECASE)
        else:
            self.word_re = self.word_re_i = self.word_scan_re = self.word_scan_ascii_re = None
        # text covered by an excluded phrase ("West Bank") holds no mention of the actors that
        # exclude it ("Western Ukraine" is no mention of the West, but one of Ukraine)
        self.exclude_actors = {p: frozenset(names) for p, names in exclude_phrases.items()}
        if exclude_phrases:
            pattern = rf"\b({_trie_pattern(exclude_phrases)})(?:'s|s'|'|s)?(?!\w)"
            self.exclude_re = re.compile(pattern)
            self.exclude_re_i = re.compile(pattern, re.IGNORECASE)
            self.exclude_reach = max(len(p) for p in exclude_phrases) + 8
            self.exclude_words = tuple(set(re.findall(r"\w+", p)) for p in exclude_phrases)
        else:
            self.exclude_re = self.exclude_re_i = None
            self.exclude_reach = 0
            self.exclude_words = ()
        self.emoji_first = frozenset(p[0] for p in self.emoji)
        self._word_cache: dict[str, tuple[_Entry, ...]] = {}
        if self.emoji:
            self.emoji_re = re.compile("|".join(
                re.escape(p) for p in sorted(self.emoji, key=lambda p: (-len(p), p))))
        else:
            self.emoji_re = None
        if self.tag_sub:
            self.sub_re = re.compile("|".join(
                re.escape(p) for p in sorted(self.tag_sub, key=lambda p: (-len(p), p))))
        else:
            self.sub_re = None
        self.pronoun_actors = {a.name: a.pronouns for a in actors if a.pronouns}
        words = sorted({w for a in actors for w in a.pronouns})
        # searched in lower-cased text; the character before is checked in Python
        self.pronoun_re = (re.compile(rf"(?:{_trie_pattern(words, word_start=True)})\b")
                           if words else None)

    # -- lookups ----------------------------------------------------------
    def lookup_word(self, matched: str) -> tuple[tuple[_Entry, ...], bool]:
        """Entries for a phrase matched by ``word_re`` (in folded text)."""
        """(entries, whether an excluded phrase could cover it) for a matched phrase."""
        hit = self._word_cache.get(matched)
        if hit is not None:
            return hit
        entries = self._lookup_word(matched)
        words = set(re.findall(r"\w+", matched.lower()))
        words |= {w[:-1] for w in words if w.endswith("s")}  # plural or possessive
        check = bool(entries) and any(words & x for x in self.exclude_words)
        hit = (entries, check)
        if len(self._word_cache) < 100_000:
            self._word_cache[matched] = hit
        return hit

    def _lookup_word(self, matched: str) -> tuple[_Entry, ...]:
        norm = " ".join(matched.split())
        candidates = [norm]
        for suffix in ("'s", "s'", "'", "s"):
            if norm.lower().endswith(suffix) and len(norm) > len(suffix):
                candidates.append(norm[: -len(suffix)])
        for c in candidates:
            for pattern, entries in self.sensitive.get(c.lower(), ()):
                if _capitals_kept(pattern, c):
                    return entries
            hit = self.insensitive.get(c.lower())
            if hit:
                return hit
        return ()

    def lookup_tag(self, tag: str, *, handle: bool) -> list[_Entry]:
        """Entries for a hashtag/handle body (folded, without # or @)."""
        low = _compact(tag).lower()
        whole = self.tag_whole_lower.get(low) or self.tag_whole_exact.get(_compact(tag))
        if whole:
            found = list(whole)
        else:
            found = []
            if self.sub_re is not None:
                for m in self.sub_re.finditer(low):
                    found.extend(self.tag_sub[m.group()])
            for part in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|\d+", tag):
                hit = self.tag_whole_exact.get(part)
                if hit:
                    found.extend(hit)
        if handle:
            found = [e for e in found if e.via != "cue"]
        best: dict[tuple, _Entry] = {}
        for e in found:
            key = (e.actor, None if e.member is pd.NA else e.member)
            if key not in best or _VIA_PRIORITY.get(e.via, 9) < _VIA_PRIORITY.get(best[key].via, 9):
                best[key] = e
        return list(best.values())


@functools.lru_cache(maxsize=32)
def _matcher(actors: tuple[Actor, ...]) -> _Matcher:
    return _Matcher(actors)


_TAG_RE = re.compile(r"(?<![\w&/])([#@])(\w+)")
_CAP_NAME_RE = re.compile(r"(?<![\w'’])[A-Z][a-z]{2,}(?:[-'’][A-Za-z]+)?")
_NOT_NAMES = frozenset("""
    The This That These Those There Then They Their Them He She His Her Him It Its We Our You Your
    But And Or So If When While Where What Which Who Why How Also Yet Still Even Just Only Now Here
    Not No Yes Well Oh Because Since After Before Although Though However Therefore Most Many Some
    All Any Every Each Both Neither Either One Two Three Let Remember According Interesting Can
    Could Would Should Will May Might Must Do Does Did Is Are Was Were Has Have Had Being
""".split())


def _resolve_pronouns(text, mentions, sentences, matcher):
    """Pronoun mentions for one comment (see the module notes for the rule)."""
    if matcher.pronoun_re is None:
        return []
    persons = [m for m in mentions if m[0] in matcher.pronoun_actors]
    if not persons:
        return []
    first = min(m[2] for m in persons)
    out = []
    starts = [s for s, _ in sentences]
    low = text.lower()
    if len(low) != len(text):
        low = text  # rare characters whose lower case is longer; pronouns in capitals missed
    persons.sort(key=lambda m: (m[3], m[2]))
    latest: dict[str, tuple] = {}  # pronoun word -> most recent person mention using it
    previous: dict[str, tuple] = {}  # pronoun word -> most recent mention of another person
    j = 0
    mention_starts = [m[2] for m in mentions]  # mentions are sorted by start
    for pm in matcher.pronoun_re.finditer(low, first):
        word = pm.group()
        pos = pm.start()
        if pos and text[pos - 1] in "#@'’":
            continue
        # most recent person actor (with this pronoun set) named before pos
        while j < len(persons) and persons[j][3] <= pos:
            p = persons[j]
            for w in matcher.pronoun_actors[p[0]]:
                if w not in latest or p[2] >= latest[w][2]:
                    if w in latest and latest[w][0] != p[0]:
                        previous[w] = latest[w]
                    latest[w] = p
            j += 1
        last = latest.get(word)
        if last is None:
            continue
        if word in ("him", "her") and _same_clause_object(text, last[3], pos):
            # "Even Putin hates him": him is not Putin; the person named before, if any
            last = previous.get(word)
            if last is None:
                continue
        if word in ("he", "his", "himself", "she", "hers", "herself") and sentences:
            si = _bisect(starts, pos)
            if si >= 0:
                s_start, s_end = sentences[si]
                sent = text[s_start:s_end].lower()
                subj, obj = ("he", "him") if word in ("he", "his", "himself") else ("she", "her")
                if re.search(rf"\b{subj}\b", sent) and re.search(rf"\b{obj}\b", sent) \
                        and last[2] >= s_start:
                    # a capitalised non-actor name before the actor's mention in this sentence?
                    for nm in _CAP_NAME_RE.finditer(text, s_start, last[2]):
                        k = bisect_right(mention_starts, nm.start()) - 1
                        inside = k >= 0 and mentions[k][2] <= nm.start() < mentions[k][3]
                        if nm.group() not in _NOT_NAMES and not inside:
                            break
                    else:
                        nm = None
                    if nm is not None:
                        continue
        out.append((last[0], pd.NA, pos, pm.end(), "pronoun", np.nan))
    return out


_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\"“”\n]|\b(?:and|or|but|because|that|who|which|when|if)\b",
                              re.IGNORECASE)


def _same_clause_object(text: str, mention_end: int, pos: int) -> bool:
    """True when an object pronoun at ``pos`` follows the mention within its clause.

    A close approximation of binding principle B: in "Putin hates him" or
    "Putin told him" the object pronoun cannot be Putin. Within three words
    and no punctuation or conjunction in between.
    """
    between = text[mention_end:pos]
    return len(between.split()) <= 3 and _CLAUSE_BREAK_RE.search(between) is None


def _bisect(starts, pos):
    return bisect_right(starts, pos) - 1


def _scan_spans(scan_re, low: str) -> list[tuple[int, int]]:
    """The spans ``word_re.finditer(low)`` gives, found with ``word_scan_re``."""
    out = []
    last = 0
    for m in scan_re.finditer(" " + low):
        s, e = m.span(1)
        if s >= last:  # not inside the previous match
            out.append((s - 1, e - 1))
            last = e
    return out


def _scan(text: str, matcher: _Matcher):
    """Mentions in one text: list of (actor, member, start, end, via, cue_value)."""
    folded = fold(text)
    urls = _url_spans(folded)
    found = []
    if matcher.word_re is not None:
        low = folded.lower()
        if len(low) == len(folded):
            if matcher.word_scan_re is not None:
                matches = _scan_spans(matcher.word_scan_ascii_re if low.isascii() else matcher.word_scan_re, low)
            else:
                matches = (m.span() for m in matcher.word_re.finditer(low))
        else:  # rare characters whose lower case is longer
            matches = (m.span() for m in matcher.word_re_i.finditer(folded))
        if matcher.exclude_re is not None:
            ex_re, ex_text = ((matcher.exclude_re, low) if len(low) == len(folded)
                              else (matcher.exclude_re_i, folded))
            reach = matcher.exclude_reach
        cache_get = matcher._word_cache.get
        lookup_word = matcher.lookup_word
        append = found.append
        for s, end in matches:
            if s and folded[s - 1] in "#@":
                continue
            if urls and any(a < end and s < b for a, b in urls):
                continue
            key = folded[s:end]
            hit = cache_get(key)
            entries, check_exclusions = hit if hit is not None else lookup_word(key)
            if not entries:
                continue
            if check_exclusions:
                # excluded phrases ("West Bank", "Western Ukraine") overlapping this match: no
                # mention of the actors that exclude them
                excluded = None
                for x in ex_re.finditer(ex_text, s - reach if s > reach else 0, end + reach):
                    if x.start() < end and s < x.end():
                        if excluded is None:
                            excluded = []
                        excluded.append(matcher.exclude_actors[" ".join(x.group(1).lower().split())])
                if excluded is not None:
                    entries = [e for e in entries if not any(e.actor in x for x in excluded)]
            for e in entries:
                append((e.actor, e.member, s, end, e.via, e.cue_value))
    if matcher.emoji_re is not None and not folded.isascii() and any(
            c in folded for c in matcher.emoji_first):
        for m in matcher.emoji_re.finditer(folded):
            for e in matcher.emoji[m.group()]:
                found.append((e.actor, e.member, m.start(), m.end(), e.via, e.cue_value))
    if "#" in folded or "@" in folded:
        for m in _TAG_RE.finditer(folded):
            s = m.start()
            if urls and any(a <= s < b for a, b in urls):
                continue
            handle = m.group(1) == "@"
            for e in matcher.lookup_tag(m.group(2), handle=handle):
                via = "cue" if e.via == "cue" else ("handle" if handle else "hashtag")
                found.append((e.actor, e.member, s, m.end(), via, e.cue_value))
    return found


def _ordered_mentions(text: str, found: list, spans, matcher: _Matcher) -> list:
    """The scanned mentions of one text in text order, plus the pronoun mentions."""
    found.sort(key=lambda m: (m[2], m[3]))
    if matcher.pronoun_re is not None:
        found.extend(_resolve_pronouns(text, found, spans, matcher))
        found.sort(key=lambda m: (m[2], m[3], m[0]))
    return found


def _mentions_by_text(texts, actors, spans=None) -> dict[int, list[tuple]]:
    """Mentions of many texts without building tables: the core of :func:`find_mentions`.

    ``spans`` gives the sentence spans of each text (for pronoun resolution;
    :func:`stance.text.split_sentences` when None). Returns position in
    ``texts`` -> list of ``(actor, member, start, end, via, cue_value)`` in
    the order of :func:`find_mentions`; texts without mentions are left out.
    For scorers (:func:`stance.score_stance`) that need the mentions, not a
    DataFrame of them.
    """
    matcher = _matcher(_as_actor_tuple(actors))
    out = {}
    for pos, text in enumerate(texts):
        if not isinstance(text, str) or not text:
            continue
        found = _scan(text, matcher)
        if not found:
            continue
        sp = spans[pos] if spans is not None else split_sentences(text)
        out[pos] = _ordered_mentions(text, found, sp, matcher)
    return out


def _as_actor_tuple(actors) -> tuple[Actor, ...]:
    if actors is None:
        return _default_actors()
    if isinstance(actors, Actor):
        return (actors,)
    if isinstance(actors, (str, bytes)) or hasattr(actors, "__fspath__"):
        return tuple(load_actors(actors))
    out = tuple(actors)
    bad = [a for a in out if not isinstance(a, Actor)]
    if bad:
        raise StanceError(f"actors must be Actor objects (or a path to a YAML file), got "
                          f"{type(bad[0]).__name__}; build them with stance.Actor(...) or "
                          f"stance.load_actors()")
    names = [a.name for a in out]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise StanceError(f"two actors are named {sorted(dup)[0]!r}; actor names must be unique")
    return out


@functools.lru_cache(maxsize=2)
def _default_actors() -> tuple[Actor, ...]:
    return tuple(load_actors())


def _comment_rows(comments):
    """(thread_id, comment_id, text) for every comment to scan."""
    from ._checks import require_columns

    if isinstance(comments, str):
        return [(pd.NA, "0", comments)]
    if isinstance(comments, pd.Series):
        return [(pd.NA, str(i), t) for i, t in comments.items()]
    require_columns(comments, ["text"], function="find_mentions")
    frame = comments
    if "kind" in frame.columns:
        frame = frame[frame["kind"] == "comment"]
    texts = frame["text"].tolist()
    ids = (frame["comment_id"].astype(str).tolist() if "comment_id" in frame.columns
           else [str(i) for i in frame.index])
    threads = (frame["thread_id"].tolist() if "thread_id" in frame.columns
               else [pd.NA] * len(frame))
    return list(zip(threads, ids, texts))


def _sentence_lookup(sentences):
    if sentences is None:
        return None
    from ._checks import require_columns

    require_columns(sentences, ["comment_id", "sentence_index", "start", "end"],
                    what="sentences", function="find_mentions")
    table: dict = {}
    has_thread = "thread_id" in sentences.columns
    cols = ["comment_id", "sentence_index", "start", "end"] + (["thread_id"] if has_thread else [])
    sub = sentences[cols].sort_values(["comment_id", "start"])
    for row in sub.itertuples(index=False):
        key = (row.thread_id if has_thread else None, str(row.comment_id))
        table.setdefault(key, []).append((int(row.start), int(row.end), int(row.sentence_index)))
    return table, has_thread


@partitioned
def find_mentions(comments_or_text, actors=None, *, sentences=None) -> pd.DataFrame:
    """Find every mention of the actors in comments.

    Parameters
    ----------
    comments_or_text : DataFrame, Series or str
        A comment table with a ``text`` column (rows with ``kind`` other than
        "comment" are skipped when the column exists; ``comment_id`` and
        ``thread_id`` are used when present, else the index gives the id and
        the thread is NA), a Series of texts, or one text (id "0").
    actors : sequence of Actor, Actor, str or path, optional
        The actors to find; the packaged defaults when None; a path is read
        with :func:`load_actors`.
    sentences : DataFrame, optional
        A sentence table (``comment_id``, ``sentence_index``, ``start``,
        ``end``, optionally ``thread_id``) such as
        :func:`stance.score_sentences` returns, to number sentences the same
        way; by default :func:`stance.text.split_sentences` is used.
    n_jobs, chunksize : int, optional
        Work in processes split by thread, or pass a Dask DataFrame (see
        :func:`stance.engine.partitioned`); the table is the same.

    Returns
    -------
    DataFrame
        One row per mention, in comment order then text order:

        - ``thread_id`` : thread of the comment (NA when unknown)
        - ``comment_id`` : str
        - ``actor`` : the actor's name
        - ``member`` : the group member matched ("United States" for "US"
          under the West), NA otherwise
        - ``start``, ``end`` : int character offsets into the comment text
        - ``mention`` : the exact text, ``text[start:end]`` (possessive
          endings included, whole tag for hashtags and handles)
        - ``via`` : how it was found: "name", "alias", "member", "demonym",
          "hashtag", "handle", "cue", "pronoun" or "emoji"
        - ``cue_value`` : the cue's stance value for ``via == "cue"``, NaN
          otherwise
        - ``sentence_index`` : int, the sentence holding the mention (-1
          when a given ``sentences`` table has no sentence for it)

    Examples
    --------
    >>> m = find_mentions("Putin's friends and #StandWithUkraine, but not us.")
    >>> m[["actor", "mention", "via"]].values.tolist()
    [['Putin', "Putin's", 'name'], ['Ukraine', '#StandWithUkraine', 'cue']]
    """
    actor_tuple = _as_actor_tuple(actors)
    matcher = _matcher(actor_tuple)
    rows = _comment_rows(comments_or_text)
    lookup = _sentence_lookup(sentences)
    records = []
    for thread_id, comment_id, text in rows:
        if not isinstance(text, str) or not text:
            continue
        found = _scan(text, matcher)
        if not found:
            continue
        if lookup is not None:
            table, has_thread = lookup
            key = (thread_id if has_thread else None, comment_id)
            sent = table.get(key, [])
            spans = [(s, e) for s, e, _ in sent]
            indexes = [i for _, _, i in sent]
        else:
            spans = split_sentences(text)
            indexes = range(len(spans))
        found = _ordered_mentions(text, found, spans, matcher)
        starts = [s for s, _ in spans]
        n_spans = len(starts)
        for actor, member, s, e, via, cue in found:
            si = bisect_right(starts, s) - 1
            records.append((thread_id, comment_id, actor, member, s, e, text[s:e], via, cue,
                            indexes[si] if 0 <= si < n_spans else -1))
    frame = pd.DataFrame.from_records(records, columns=MENTION_COLUMNS)
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["cue_value"] = frame["cue_value"].astype("float64")
    frame["sentence_index"] = frame["sentence_index"].astype("int64")
    frame["member"] = frame["member"].astype(object)
    return frame
