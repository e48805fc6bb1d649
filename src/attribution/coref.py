"""Coreference of sources inside one article.

Groups the local source mentions of all attributions into entities, in text order:

* relative pronouns ("X, who said") join the noun they stand for;
* personal pronouns (it, he, she, they) join the most recent compatible source; "he" and
  "she" skip sources known only by a description that names no person ("the ad");
* second-person pronouns ("you") stand for the addressee or anyone, never for a source
  named earlier;
* names join an earlier source whose name contains all their content words ("the
  Observatory" -> "the Syrian Observatory for Human Rights", "Trump" -> "Donald Trump"),
  or whose initials or parenthesised acronym they are ("HNC");
* definite descriptions ("the monitor") join a source whose descriptor or name has the same
  head noun; an indefinite one right after a name and a comma is its apposition ("Jane Roe,
  a Democratic pollster"), and so is a name right after an indefinite description that opens
  a sentence ("A Democratic pollster, Jane Roe, said"); a name given as a descriptor counts as
  a name of the source.

After grouping, :func:`possessive_antecedent` finds what a possessive pronoun that opens a
mention stands for ("Mr. Obama" for "his" in "his aides"), for the source typer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from attrs import define, field

from ._model import MentionKind

__all__ = ["Entity", "Mention", "possessive_antecedent", "resolve"]

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i", "me", "my"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their", "we", "us", "our"}
_REL_PRONOUNS = {"who", "which", "that", "whom"}
_SECOND_PERSON = {"you", "your", "yours", "yourself", "yourselves"}
_POSSESSIVES = {"his", "her", "its", "their"}
_STOP = {"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "'s", "’s", "mr.", "mrs.",
         "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "gov.", "rep.", "gen.", "president",
         "s", "u.s.", "st."}
_ORG_WORDS = {"ministry", "observatory", "army", "military", "forces", "party", "committee",
              "council", "department", "agency", "group", "government", "office", "organization",
              "organisation", "commission", "coalition", "alliance", "front", "state", "union",
              "association", "institute", "campaign", "company", "network", "times", "post",
              "news", "court", "police", "house", "senate", "congress", "administration",
              "center", "centre", "foundation", "bank", "fund", "board", "service", "corp",
              "inc", "monitor", "militia", "rebels", "reuters", "united", "nations"}
_PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "minister", "official", "president",
                 "negotiator", "analyst", "director", "commander", "chief", "secretary", "senator",
                 "governor", "mayor", "candidate", "nominee", "man", "woman", "resident",
                 "witness", "leader", "chairman", "professor", "expert", "aide", "adviser",
                 "advisor", "ambassador", "envoy", "officer", "general", "colonel", "lawyer",
                 "attorney", "judge", "father", "mother", "wife", "husband", "son", "daughter",
                 "host", "reporter", "author", "strategist", "manager", "representative",
                 "diplomat", "delegate", "voter", "pollster", "operative", "staffer", "veteran",
                 "executive", "economist", "historian", "researcher", "scientist", "activist",
                 "organizer", "founder", "partner", "employee", "owner", "student", "teacher",
                 "doctor", "nurse", "friend", "supporter", "critic", "lawmaker", "legislator",
                 "congressman", "congresswoman", "businessman", "businesswoman", "journalist",
                 "columnist", "editor", "correspondent", "writer", "commentator", "consultant",
                 "pastor", "priest", "bishop", "rabbi", "imam", "chairwoman", "chairperson",
                 "speaker", "sheriff", "prosecutor", "detective", "victim", "survivor",
                 "campaigner", "protester", "organiser", "donor", "billionaire", "ceo"}
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
    if pronoun or (len(words) == 1 and words[0].lower() in _PERSON_PRONOUNS | _THING_PRONOUNS
                   | _PLURAL_PRONOUNS | _REL_PRONOUNS | _SECOND_PERSON):
        return "pronoun"
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&.]{1,7}s?", words[0]):
        return "acronym"
    if proper or any(w[:1].isupper() for w in words[1:]) or (
        words and words[0][:1].isupper() and words[0].lower() not in _STOP
        and len(words) <= 4 and all(w[:1].isupper() for w in words)
    ):
        return "name"
    return "description"


def _content(text: str) -> list[str]:
    return [w.lower().strip(".") for w in _WORD.findall(text)
            if w.lower() not in _STOP and w.lower().strip(".") not in _STOP]


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
        if m.text.lower() in _PERSON_PRONOUNS:
            return True
        if m.text.lower() in _THING_PRONOUNS:
            return False
        return None
    if low & _ORG_WORDS:
        return False
    raw = _WORD.findall(m.text)
    last = raw[-1] if raw else ""
    if m.kind == "name" and last.islower() and last in _PERSON_NOUNS:
        return True  # "The Independent Vermont senator": a description with capitals
    if m.kind in ("name", "acronym") and m.text.split()[0].lower() == "the":
        return False  # "the Northern Rights Watch": people's names take no article
    if (m.head.lower() in _PERSON_NOUNS) or (low & _PERSON_NOUNS):
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
        if m.kind == "pronoun" and low in _REL_PRONOUNS and m.relative_to is not None:
            target = _by_overlap(mentions, mi, m.relative_to)
            if target is None:
                # the noun is not a source yet: let the pronoun stand for it by its words
                m.text = text[m.relative_to[0] : m.relative_to[1]]
                m.kind = mention_kind(m.text, proper=False, pronoun=False)
                low = m.text.lower()
        if target is None and m.kind == "pronoun" and low not in _SECOND_PERSON:
            target = _pronoun_antecedent(entities, mentions, mi)
        elif target is None and m.kind in ("description", "name"):
            target = _apposition_of(mentions, mi, text)
        if target is None and m.kind in ("name", "acronym", "short_name"):
            target = _name_match(entities, m)
        elif target is None and m.kind == "description":
            target = _description_match(entities, m)
        add(mi, target)
    return entities


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
    if len(words) < 2 or words[0].lower() not in _POSSESSIVES:
        return None

    def usable(k: int) -> bool:
        x = mentions[k]
        return x.kind != "pronoun" and text[x.start : x.end] == x.text

    low = words[0].lower()

    def skip(ei: int) -> bool:
        if low in _PERSON_PRONOUNS and entities[ei].person is not True:
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
        if prev.text.lower() in _SECOND_PERSON:
            continue  # "you" is nobody that a later pronoun stands for
        if prev.entity < 0 or (skip is not None and skip(prev.entity)):
            continue
        ent = entities[prev.entity]
        if low in _THING_PRONOUNS and ent.person is True:
            continue
        if low in _PERSON_PRONOUNS and ent.person is False:
            continue
        if low in _PERSON_PRONOUNS and ent.person is None and all(
            mentions[x].kind == "description" for x in ent.mentions
        ):
            continue  # "he" after "the ad": a description that names no person
        if low in ("they", "them", "their") and not ent.plural and ent.person is True:
            continue
        if low in _PERSON_PRONOUNS | _THING_PRONOUNS and ent.plural and ent.person is not True:
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
    return None


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
        and found[0].lower() not in _STOP
        and all(w[:1].isupper() for w in found)
        and not any(w.lower() in _ORG_WORDS for w in found)
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
