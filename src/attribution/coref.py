"""Coreference of sources inside one article.

Groups the local source mentions of all attributions into entities, in text order:

* relative pronouns ("X, who said") join the noun they stand for;
* personal pronouns (it, he, she, they) join the most recent compatible source; "he" and
  "she" skip sources known only by a description that names no person ("the ad");
* second-person pronouns ("you") stand for the addressee or anyone, never for a source
  named earlier;
* names join an earlier source whose name contains all their content words ("the
  Observatory" -> "the Syrian Observatory for Human Rights", "Trump" -> "Donald Trump"),
  or whose initials or parenthesised acronym they are ("HNC"); a person's fuller name
  ("Rep. Jane Roe") joins a source the article first called by that surname alone ("Roe");
* definite descriptions ("the monitor") join a source whose descriptor or name has the same
  head noun; an indefinite one right after a name and a comma is its apposition ("Jane Roe,
  a Democratic pollster"), and so is a name right after an indefinite description that opens
  a sentence ("A Democratic pollster, Jane Roe, said"); a name given as a descriptor counts as
  a name of the source.

After grouping, a source known only by a surname gets the article's first fuller mention of
its name ("Flint Mayor Jane Roe") and the apposition after it as descriptors, and
:func:`possessive_antecedent` finds what a possessive pronoun that opens a
mention stands for ("Mr. Obama" for "his" in "his aides"), for the source typer, and
:func:`name_mentions` finds where the article names a source again in sentences that
attribute nothing ("Roe toured a plant"), so that a source lists every mention of its name.

The word lists (pronouns, person and organisation nouns, title words) live in
``data/coref.toml``, read once, on first use.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources

from attrs import define, field

from ._model import MentionKind

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = ["Entity", "Mention", "name_mentions", "possessive_antecedent", "resolve"]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[str]]:
    """The word lists of ``data/coref.toml`` (read from package data once)."""
    raw = (resources.files("attribution") / "data" / "coref.toml").read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}


@cache
def _words(key: str) -> frozenset[str]:
    """One word list of ``data/coref.toml`` (read on first use, never at import)."""
    return frozenset(_lexicon()[key])

_WORD = re.compile(r"[\w'’.-]+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}s?")


@define
class Mention:
    """A local source mention (mutable while resolving).

    Attributes:
        start: Offset of the mention.
        end: End offset.
        text: Its words.
        kind: name, acronym, short_name, description, pronoun, impersonal or anonymous.
        head: Its head word.
        relative_to: For "who/which", the span of the noun it stands for.
        descriptors: Appositions attached to this mention.
        entity: Index of the entity it joined.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    head: str = ""
    relative_to: tuple[int, int] | None = None
    descriptors: tuple[tuple[int, int], ...] = ()
    entity: int = -1


@define
class Entity:
    """A group of mentions of one source.

    Attributes:
        mentions: Indexes of its mentions, in text order.
        words: Content words of its named mentions (lower case).
        initials: Acronyms it answers to.
        heads: Head nouns of its descriptions and descriptors.
        person: True / False when known, None when unknown.
        plural: True when a mention is plural.
    """

    mentions: list[int] = field(factory=list)
    words: set[str] = field(factory=set)
    initials: set[str] = field(factory=set)
    heads: set[str] = field(factory=set)
    person: bool | None = None
    plural: bool = False


def mention_kind(text: str, proper: bool, pronoun: bool) -> MentionKind:
    """Classify a mention by its words: pronoun, acronym, name or description."""
    words = _WORD.findall(text)
    pronouns = (_words("person_pronouns") | _words("thing_pronouns") | _words("plural_pronouns")
                | _words("relative_pronouns") | _words("second_person"))
    if pronoun or (len(words) == 1 and words[0].lower() in pronouns):
        return "pronoun"
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&.]{1,7}s?", words[0]):
        return "acronym"
    if proper or any(w[:1].isupper() for w in words[1:]) or (
        words and words[0][:1].isupper() and words[0].lower() not in _words("stop")
        and len(words) <= 4 and all(w[:1].isupper() for w in words)
    ):
        return "name"
    return "description"


def _content(text: str) -> list[str]:
    return [w.lower().strip(".") for w in _WORD.findall(text)
            if w.lower() not in _words("stop") and w.lower().strip(".") not in _words("stop")]


def _acronyms(text: str) -> set[str]:
    found = set(re.findall(r"\(([A-Z][A-Za-z0-9&]{1,8})\)", text))
    caps = [w for w in _WORD.findall(text) if w[:1].isupper() and w.lower() not in
            ("the", "of", "for", "and")]
    if len(caps) >= 2:
        found.add("".join(w[0] for w in caps).upper())
    return found


def _looks_person(m: Mention) -> bool | None:
    words = _content(m.text)
    low = {w.lower() for w in words}
    if m.kind == "pronoun":
        if m.text.lower() in _words("person_pronouns"):
            return True
        if m.text.lower() in _words("thing_pronouns"):
            return False
        return None
    if low & _words("org_words"):
        return False
    raw = _WORD.findall(m.text)
    last = raw[-1] if raw else ""
    if m.kind == "name" and last.islower() and last in _words("person_nouns"):
        return True  # "The Independent Vermont senator": a description with capitals
    if m.kind in ("name", "acronym") and m.text.split()[0].lower() == "the":
        return False  # "the Northern Rights Watch": people's names take no article
    if (m.head.lower() in _words("person_nouns")) or (low & _words("person_nouns")):
        return True
    if m.kind == "name" and 1 <= len(words) <= 3:
        return True
    return None


def resolve(mentions: Sequence[Mention], text: str) -> list[Entity]:
    """Group *mentions* (in text order) into entities; sets each mention's ``entity``."""
    entities: list[Entity] = []

    def add(mi: int, ei: int | None) -> None:
        m = mentions[mi]
        if ei is None:
            entities.append(Entity())
            ei = len(entities) - 1
        ent = entities[ei]
        ent.mentions.append(mi)
        m.entity = ei
        if m.kind in ("name", "acronym", "short_name"):
            ent.words.update(_content(m.text))
            ent.initials.update(_acronyms(m.text))
            if m.kind == "acronym":
                ent.initials.add(m.text.strip().rstrip("s"))
        if m.head:
            ent.heads.add(m.head.lower())
        for d_start, d_end in m.descriptors:
            d_words = _content(text[d_start:d_end])
            ent.heads.update(d_words)
            ent.initials.update(_acronyms(text[d_start:d_end]))
            if _proper_name(text[d_start:d_end]):
                # "A Democratic pollster, Jane Roe,": a later "Roe" is the same source
                ent.words.update(d_words)
        person = _looks_person(m)
        if ent.person is None and person is not None:
            ent.person = person
        if m.text.lower() in ("they", "them", "their") or (
            m.kind == "description" and m.head.lower().endswith("s") and m.head.lower() not in
            ("us", "news", "its", "his", "this")
        ):
            ent.plural = True

    for mi, m in enumerate(mentions):
        low = m.text.lower()
        target: int | None = None
        if m.kind == "pronoun" and low in _words("relative_pronouns") and m.relative_to is not None:
            target = _by_overlap(mentions, mi, m.relative_to)
            if target is None:
                # the noun is not a source yet: let the pronoun stand for it by its words
                m.text = text[m.relative_to[0] : m.relative_to[1]]
                m.kind = mention_kind(m.text, proper=False, pronoun=False)
                low = m.text.lower()
        if target is None and m.kind == "pronoun" and low not in _words("second_person"):
            target = _pronoun_antecedent(entities, mentions, mi)
        elif target is None and m.kind in ("description", "name"):
            target = _apposition_of(mentions, mi, text)
        if target is None and m.kind in ("name", "acronym", "short_name"):
            target = _name_match(entities, m)
        elif target is None and m.kind == "description":
            target = _description_match(entities, m)
        add(mi, target)
    _full_names(mentions, entities, text)
    return entities


_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+)")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _full_names(mentions: Sequence[Mention], entities: Sequence[Entity], text: str) -> None:
    """Give a person known by a surname ("Weaver", "Mr. Ryan") the article's first fuller
    mention of that name as a descriptor: the title words and given name written before it
    ("Flint Mayor Karen Weaver", "Speaker Paul D. Ryan") and an apposition right after it
    (", a former aide to X,"), when that mention is no source itself ("sent an aide to
    assist Flint Mayor Karen Weaver").

    Only for a surname that one given name goes with in the whole article ("Hillary Clinton"
    and "Bill Clinton" leave "Clinton" alone) and where no other source's mention holds the
    fuller mention; a mention with a given name ("Karen Weaver") takes only a fuller mention
    with that given name."""
    from .sources._names import given_names

    given = given_names()
    for ent in entities:
        named = [mentions[k] for k in ent.mentions if mentions[k].kind in ("name", "short_name")]
        if not named or any(mentions[k].descriptors for k in ent.mentions):
            continue
        first = named[0]
        words = [w for w in _WORD.findall(first.text) if w.lower() not in _words("honorifics")]
        if not 1 <= len(words) <= 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        surname = words[-1].rstrip(".")
        if surname.lower() in _words("not_surname"):
            continue  # "Monday" and "Rep" are no one's name
        own_given = words[0].lower() if len(words) == 2 else None
        if own_given is not None and own_given not in given:
            continue
        found = _fuller_mention(text, surname, own_given, first.end, given)
        if found is None:
            continue
        spans = [found[0]] if found[1] is None else [found[0], found[1]]
        if any(m.entity != first.entity and m.start < b and a < m.end
               for m in mentions for a, b in spans):
            continue  # the fuller mention is another source's
        if all(first.start <= a and b <= first.end for a, b in spans):
            continue  # nothing more than the mention itself
        first.descriptors = tuple(spans)


def _fuller_mention(
    text: str, surname: str, own_given: str | None, before: int, given: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The first "Title Given Surname" of *surname* ending by *before*, and its apposition."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])")
    given_seen: set[str] = set()
    best: tuple[int, int] | None = None
    for hit in pattern.finditer(text):
        prev = _words_before(text, hit.start())
        while prev and _ABBREVIATION.fullmatch(prev[-1][2]) and len(prev[-1][2]) == 2:
            prev.pop()  # a middle initial: "Paul D. Ryan"
        if prev and prev[-1][2].lower() in given and _NAME_WORD.fullmatch(prev[-1][2]):
            given_seen.add(prev[-1][2].lower())
        if best is not None or hit.end() > before:
            continue
        if own_given is not None and not (prev and prev[-1][2].lower() == own_given):
            continue
        start = _title_start(text, hit.start())
        if start < hit.start() and text[start : hit.start()].strip().lower().rstrip(".") not in \
                _words("honorifics"):
            best = (start, hit.end())
    if best is None or len(given_seen) > 1:
        return None
    return best, _apposition_after(text, best[1])


def _words_before(text: str, pos: int) -> list[tuple[int, int, str]]:
    """The words of the line before *pos* (start, end, word)."""
    line_start = text.rfind("\n", 0, pos) + 1
    base = max(line_start, pos - 160)
    return [(base + w.start(), base + w.end(), w.group())
            for w in re.finditer(r"\S+", text[base:pos])]


def _title_start(text: str, pos: int) -> int:
    """Where the title words and given name written right before a name at *pos* start
    ("Flint Mayor Karen" of "Flint Mayor Karen Weaver", "Secretary of State" included)."""
    from .sources._names import given_names

    start = pos
    lower = 0
    prev = _words_before(text, pos)
    # the given name (and middle initials) right before the surname: "of" may not come
    # right before it ("Supporters of Jane Roe" is no title)
    given_at = len(prev)
    while given_at > 0 and len(prev[given_at - 1][2]) == 2 and \
            _ABBREVIATION.fullmatch(prev[given_at - 1][2]):
        given_at -= 1  # a middle initial
    if given_at > 0 and prev[given_at - 1][2].lower() in given_names():
        given_at -= 1
    for k in range(len(prev) - 1, max(-1, len(prev) - 9), -1):
        a, _b, word = prev[k]
        low = word.lower()
        if word[-1] in ",;:\"“”()[]—–" or word[0] in "\"“(" or (
            word.endswith(".") and not _ABBREVIATION.fullmatch(word)
        ):
            break
        if low == "of" and start < pos and text[start].isupper() and k > 0 and \
                prev[k - 1][2][:1].isupper() and k + 1 < given_at:
            start = a  # "Secretary of State Jane Roe"
            continue
        if low in _words("not_title") or low.strip("'’s") in _words("not_title"):
            break
        if word[:1].islower():
            if lower >= 4 or not re.fullmatch(r"[a-z][a-z'’-]*", word) or \
                    re.sub(r"['’]s$", "", low) not in _role_words():
                break  # "help Mayor Jane Roe": not a word of a role
            lower += 1
        start = a
    return start


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The words of the built-in lexicon's phrases and titles, and the words for a past role
    ("former"): lower-case words that may stand in a title written before a name."""
    from .sources import SourceTyper

    rules = SourceTyper.default().rules
    words: set[str] = set(rules.word_list("past"))
    for entry in rules.lexicon:
        words.update(entry.phrase.lower().split())
    for title in rules.titles:
        words.update(title.title.lower().split())
    return frozenset(words - _words("not_title"))


def _apposition_after(text: str, end: int) -> tuple[int, int] | None:
    """", a Democratic pollster," right after a name: the noun phrase up to the next comma,
    full stop or line end, when it opens with an article."""
    after = text[end : end + 200]
    if not after.startswith(", ") or not after[2:].lower().startswith(("a ", "an ", "the ")):
        return None
    stops = [i for i in (after.find(",", 2), after.find(". ", 2), after.find("\n", 2),
                         after.find(";", 2)) if i > 0]
    stop = min(stops, default=len(after))
    a, b = end + 2, end + stop
    while b > a and text[b - 1] in " .":
        b -= 1
    words = _WORD.findall(text[a:b])
    relative = _words("relative_pronouns") | {"whose"}
    cut = next((k for k, w in enumerate(words) if w.lower() in relative), len(words))
    if any(w.lower() in _words("clause_words") for w in words[:cut]):
        return None  # ", the details were discussed": a clause, not an apposition
    return (a, b) if b > a else None


def _by_overlap(mentions: Sequence[Mention], mi: int, span: tuple[int, int]) -> int | None:
    for other in mentions[:mi]:
        if other.start < span[1] and span[0] < other.end and other.entity >= 0:
            return other.entity
    return None


def possessive_antecedent(
    entities: Sequence[Entity], mentions: Sequence[Mention], mi: int, text: str
) -> int | None:
    """The mention that the possessive pronoun opening *mentions[mi]* stands for ("Mr. Obama"
    for "his" in "his aides"), after :func:`resolve`; None when there is none.

    The pronoun takes the most recent compatible source or named subject before it, as
    "he" does ("his" and "her" only a person's), but not its own entity, nor one known only
    by indefinite descriptions (a person just introduced, "an executive at X", is seldom the
    one whose aides speak). The mention returned is that entity's last name before *mi* (else
    its first name, else its last or first description): a name tells the typer most ("Mr.
    Obama", not "the president"); never a pronoun.
    """
    m = mentions[mi]
    words = _WORD.findall(m.text)
    if len(words) < 2 or words[0].lower() not in _words("possessives"):
        return None

    def usable(k: int) -> bool:
        x = mentions[k]
        return x.kind != "pronoun" and text[x.start : x.end] == x.text

    low = words[0].lower()

    def skip(ei: int) -> bool:
        if low in _words("person_pronouns") and entities[ei].person is not True:
            return True  # "his" is a person's, not a company's or a website's
        return ei == m.entity or not any(
            usable(k) and not _indefinite(mentions[k].text) for k in entities[ei].mentions)

    ei = _pronoun_antecedent(entities, mentions, mi, low, skip)
    if ei is None:
        return None
    members = [k for k in entities[ei].mentions if usable(k)]
    named = [k for k in members if mentions[k].kind in ("name", "acronym", "short_name")
             and not _indefinite(mentions[k].text)]
    for group in (named, members):
        if group:
            before = [k for k in group if k < mi]
            return before[-1] if before else group[0]
    return None


def _pronoun_antecedent(
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
    mi: int,
    low: str | None = None,
    skip: Callable[[int], bool] | None = None,
) -> int | None:
    """The entity of the most recent source before *mentions[mi]* that the pronoun *low*
    (the mention's own words by default) may stand for; *skip* rules out entities."""
    m = mentions[mi]
    low = m.text.lower() if low is None else low
    for prev in reversed(mentions[:mi]):
        if prev.text.lower() in _words("second_person"):
            continue  # "you" is nobody that a later pronoun stands for
        if prev.entity < 0 or (skip is not None and skip(prev.entity)):
            continue
        ent = entities[prev.entity]
        if low in _words("thing_pronouns") and ent.person is True:
            continue
        if low in _words("person_pronouns") and ent.person is False:
            continue
        if low in _words("person_pronouns") and ent.person is None and all(
            mentions[x].kind == "description" for x in ent.mentions
        ):
            continue  # "he" after "the ad": a description that names no person
        if low in ("they", "them", "their") and not ent.plural and ent.person is True:
            continue
        if low in _words("person_pronouns") | _words("thing_pronouns") and ent.plural and (
                ent.person is not True):
            continue
        return prev.entity
    return None


def _name_match(entities: list[Entity], m: Mention) -> int | None:
    words = set(_content(m.text))
    acronyms = {w.rstrip("s") for w in _WORD.findall(m.text) if _ACRONYM.fullmatch(w)}
    acronyms |= _acronyms(m.text)  # "National Democratic Front" after an earlier "NDF"
    for ei in range(len(entities) - 1, -1, -1):
        ent = entities[ei]
        if acronyms & ent.initials:
            return ei
        if words and ent.words and words <= ent.words:
            return ei
        if words and ent.words and m.kind == "name" and _surname_match(words, ent.words):
            return ei
        if _fuller_name_of(m, words, ent):
            return ei
    return None


_CLEAN_NAME = re.compile(r"[A-Z][\w.'’ -]*")


def _fuller_name_of(m: Mention, words: set[str], ent: Entity) -> bool:
    """Whether a person's fuller name ("Bill Roe") names an earlier source the article had
    called by that surname alone ("Roe" in a lead that assumes the reader knows him)."""
    if m.kind != "name" or len(words) < 2 or len(ent.words) != 1 or ent.person is False:
        return False
    raw = _WORD.findall(m.text)
    if not _CLEAN_NAME.fullmatch(m.text) or not all(w[:1].isupper() for w in raw):
        return False  # "Neither Roe nor Doe", "Monday, Roe": no name of one person
    named = [w for w in raw if w.lower().strip(".") in words]
    surname = named[-1].lower().strip(".") if named else ""
    return surname in ent.words and not _group_word(surname) and _looks_person(m) is True


def _surname_match(words: set[str], known: set[str]) -> bool:
    return len(words) == 1 and next(iter(words)) in known


def _apposition_of(mentions: Sequence[Mention], mi: int, text: str) -> int | None:
    """The entity that *mentions[mi]* stands in apposition to, across a comma: an indefinite
    description right after a name ("Jane Roe, a Democratic pollster who ..."), or a name
    right after an indefinite description that opens a sentence ("A Democratic pollster, Jane
    Roe, said ..."; the determiner in any case)."""
    if mi == 0:
        return None
    m, prev = mentions[mi], mentions[mi - 1]
    if prev.entity < 0:
        return None
    # a relative pronoun that stands for the noun ("..., who worked"): where the noun starts
    start = m.relative_to[0] if m.relative_to is not None else m.start
    if text[prev.end : start].strip() != ",":
        return None
    if _indefinite(m.text):
        return prev.entity if prev.kind in ("name", "acronym", "short_name") else None
    if (
        m.kind == "name"
        and _indefinite(prev.text)
        and _sentence_start(text, prev.start)
        and _looks_person(prev) is True
        and _looks_person(m) is not False
    ):
        return prev.entity
    return None


def _proper_name(words: str) -> bool:
    """Whether a descriptor is a name and nothing else: two to four capitalised words, no
    determiner or title first ("Jane Roe", not "the Democratic Party" or "a Democratic
    pollster")."""
    found = _WORD.findall(words)
    return (
        2 <= len(found) <= 4
        and found[0].lower() not in _words("stop")
        and all(w[:1].isupper() for w in found)
        and not any(w.lower() in _words("org_words") for w in found)
    )


def _indefinite(words: str) -> bool:
    first = _WORD.findall(words)[:1]
    return bool(first) and first[0].lower() in ("a", "an")


def _sentence_start(text: str, start: int) -> bool:
    """Whether *start* opens a sentence: only quotes and spaces after a full stop, a question
    or exclamation mark, a line break or the start of the text."""
    before = text[:start].rstrip(" \t\"'“”‘’(")
    return not before or before[-1] in ".!?\n:;"


def _description_match(entities: list[Entity], m: Mention) -> int | None:
    words = _WORD.findall(m.text)
    if not words or words[0].lower() not in ("the", "this", "that"):
        return None  # indefinite descriptions introduce new sources
    head = m.head.lower()
    for ei in range(len(entities) - 1, -1, -1):
        ent = entities[ei]
        if head and (head in ent.heads or head in ent.words):
            return ei
    return None


_RUN_WORD = re.compile(r"[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)+")


def _short_form(word: str) -> bool:
    """Whether a word with a full stop is an abbreviation that a name may go on after ("Sen.",
    "J.", "U.S."), not a word that ends a sentence ("Roe.")."""
    low = word.lower().rstrip(".")
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word)) or low in _words("not_surname") or (
        low in _words("short_forms"))


def _surname_of(words: Sequence[str], head: str) -> str:
    """The last word of the name that the head word opens or ends ("Roe" of "Jane Roe" headed
    by "Jane", "Roe" of "Gov. Jane Roe of Ohio"); the head when it is no capitalised word."""
    if head not in words or not _NAME_WORD.fullmatch(head):
        return head.rstrip(".")
    k = words.index(head)
    while k + 1 < len(words) and _NAME_WORD.fullmatch(words[k + 1]):
        k += 1
    return words[k].rstrip(".")


def _group_word(word: str) -> bool:
    """A plural noun for people that may be written with a capital ("Democrats"): no
    surname."""
    return word.endswith("s") and (
        word[:-1] in _words("person_nouns") or word[:-1] in _words("party_members"))




def _name_runs(text: str) -> list[tuple[int, int, list[str], list[int]]]:
    """Maximal runs of capitalised words on one line, split at a full stop that is no
    abbreviation, at punctuation and at possessives (start, end, words, word starts). A run
    that ends in a possessive ("Roe's") is left out: the name there is a possessor."""
    runs: list[tuple[int, int, list[str], list[int]]] = []
    cur: list[tuple[int, int, str]] = []

    def close(possessive: bool = False) -> None:
        if cur and not possessive:
            runs.append((cur[0][0], cur[-1][1], [w for _, _, w in cur], [a for a, _, _ in cur]))
        cur.clear()

    pos = 0
    for hit in re.finditer(r"\S+", text):
        word = hit.group()
        gap = text[pos : hit.start()]
        pos = hit.end()
        if cur and (gap != " "):
            close()
        m = _RUN_WORD.match(word)
        if m is None:
            close()
            continue
        core = m.group()
        rest = word[m.end():]
        if core.endswith(".") and not _short_form(core):
            cur.append((hit.start(), hit.start() + len(core) - 1, core[:-1]))
            close()
            continue
        if core.endswith(("'s", "’s")) or rest.startswith(("'s", "’s", "'", "’")):
            cur.append((hit.start(), hit.start() + len(core), core))
            close(possessive=True)
            continue
        cur.append((hit.start(), hit.start() + len(core), core))
        if rest:
            close()
    close()
    return runs


def name_mentions(
    text: str, mentions: Sequence[Mention], entities: Sequence[Entity], wanted: set[int]
) -> dict[int, list[tuple[int, int]]]:
    """Further places where the article names an entity of *wanted* (the sources), by its
    name alone: a later "Roe" or "Sen. Jane Roe" for a source "Jane Roe" named in a sentence
    with no attribution, or "the Acme Group" written again. Call after :func:`resolve`.

    A person's name counts when it ends in the surname the source was named by and its
    other words are the source's own given names and titles (never another given name); an
    organisation's only when the whole name is written again, or its acronym. Left out: a
    name that could be two entities' (a surname that two given names go with in the article,
    or that another entity's name holds), a possessor ("Roe's aides"), a name after a
    determiner ("the Roe campaign"), and anything overlapping a mention already found.
    """
    from .sources._names import given_names

    given = given_names()
    taken = [(m.start, m.end) for m in mentions]
    surnames: dict[int, set[str]] = {}
    full: dict[int, set[frozenset[str]]] = {}
    own: dict[int, set[str]] = {}
    for ei, ent in enumerate(entities):
        for k in ent.mentions:
            m = mentions[k]
            raw = _WORD.findall(m.text)
            if m.kind not in ("name", "short_name", "acronym") or not raw or not (
                raw[0][:1].isupper() or raw[0].lower() == "the"
            ) or {"and", "or", "&"} & {w.lower() for w in raw}:
                continue  # "some Democrats", "Roe and Doe": no name of one source
            content = _content(m.text)
            head = _surname_of(raw, m.head)
            if not content:
                continue
            # (the words before a comma are the name; after it comes a descriptor: "Roe, a
            # Scott ally" gives Roe no given name "Scott")
            own.setdefault(ei, set()).update(_content(m.text.split(",")[0]))
            if ent.person is True and _NAME_WORD.fullmatch(head) and head.lower() in content \
                    and head.lower() not in _words("not_surname") and not _group_word(head.lower()):
                surnames.setdefault(ei, set()).add(head.lower())
            if ent.person is not True and len(content) >= 2:
                full.setdefault(ei, set()).add(frozenset(content))
            if ent.person is not True and m.kind == "acronym":
                full.setdefault(ei, set()).add(frozenset({m.text.strip().rstrip("s").lower()}))
    given_of: dict[str, set[str]] = {}
    runs = _name_runs(text)
    for _s, _e, words, _o in runs:
        low = [w.lower().rstrip(".") for w in words]
        for a, b in itertools.pairwise(low):
            if a in given:
                given_of.setdefault(b, set()).add(a)
    roles = _role_words()
    out: dict[int, list[tuple[int, int]]] = {}
    for start, end, words, offsets in runs:
        if any(a < end and start < b for a, b in taken):
            continue
        before = _words_before(text, start)
        det = bool(before) and before[-1][2].lower() in _words("determiners")
        # leading sentence words and titles are no part of the name ("But Sen. Roe")
        k = 0
        while k < len(words) - 1 and (
                words[k].lower().rstrip(".") in _words("not_title") | _words("stop")
                or words[k].lower() in roles):
            det = det or words[k].lower() in _words("determiners")
            k += 1
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        noun_after = after is not None and after.group().islower() and (
            after.group() in _words("org_words")
            or after.group().rstrip("s") in _words("person_nouns")
            or after.group() in _words("group_nouns"))
        # a sentence may open with a capitalised word that is no name ("Later Roe said")
        firsts = [k, k + 1] if (k + 1 < len(words) and _sentence_start(text, offsets[k])
                                and words[k].lower() not in given) else [k]
        for first in firsts:
            hits = _entities_named(words[first:], entities, surnames, full, given, given_of,
                                   modifier=det or noun_after, own=own)
            if hits:
                break
        if len(hits) == 1:
            ei = next(iter(hits))
            if ei in wanted:
                out.setdefault(ei, []).append((offsets[first], end))
    return out


def _entities_named(
    words: Sequence[str],
    entities: Sequence[Entity],
    surnames: dict[int, set[str]],
    full: dict[int, set[frozenset[str]]],
    given: frozenset[str],
    given_of: dict[str, set[str]],
    *,
    modifier: bool,
    own: dict[int, set[str]] | None = None,
) -> set[int]:
    """The entities that a run of capitalised *words* may name (-1 for "maybe another")."""
    low = [w.lower().rstrip(".") for w in words]
    content = set(_content(" ".join(words)))
    hits: set[int] = set()
    if not content:
        return hits
    for ei, ent in enumerate(entities):
        names = surnames.get(ei)
        if names and not modifier and low[-1] in names and content <= ent.words | given:
            extra_given = {w for w in low[:-1] if w in given and w not in ent.words}
            own_given = {w for w in (own or {}).get(ei, ent.words) if w in given}
            if extra_given and own_given:
                continue  # "Bill Roe" is not "Jane Roe"
            if len(content) == 1 and len(given_of.get(low[-1], set())) > 1:
                hits.add(-1)  # "Roe" when the article has Jane Roe and Bill Roe
            hits.add(ei)
        elif ei in full and frozenset(content) in full[ei]:
            hits.add(ei)
    return hits
