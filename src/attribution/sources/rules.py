"""Rule entries, the registry plugins fill, the immutable :class:`RuleSet`, and rule packs.

A *rule pack* is a TOML file (format in docs/plugins.md)::

    version = 1
    name = "health-sample"

    [[types]]
    id = "health_authority"
    parent = "government"
    description = "Public-health agencies and their officials."

    [lexicon]
    health_authority = ["health ministry", "health department"]

    [[relational]]
    fallback = "government"
    terms = ["official"]

    [titles]
    military = ["Gen.", "Col."]

    [[gazetteer]]
    name = "Centers for Disease Control and Prevention"
    aliases = ["CDC"]
    type = "health_authority"
    kind = "organization"
    source = "organisation's own name"

    [anonymous]
    heads = ["official", "source"]
    phrases = ["on condition of anonymity"]

    [words]
    adversaries = ["naysayer"]
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, Protocol, TypeAlias, Union, runtime_checkable

from attrs import field, frozen, validators

from .._model import TypeEvidence
from ..exceptions import RuleFileError
from .facts import EntityFacts
from .taxonomy import Taxonomy, UnknownTypeError

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable

    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    from importlib.abc import Traversable

    import tomli as tomllib

__all__ = [
    "RULE_PACK_VERSION",
    "WORD_LISTS",
    "AnonymousPatterns",
    "GazetteerEntry",
    "LexiconEntry",
    "RegisterFunction",
    "RuleRegistry",
    "RuleSet",
    "SourceRule",
    "TitleEntry",
]

RULE_PACK_VERSION = 1
"""The rule-pack format version this library reads."""

WORD_LISTS: Final[Mapping[str, str]] = MappingProxyType({
    "past": "words after which a role is not the source's role now (\"former\", \"retired\")",
    "elected": "elected offices: a former one marks a political figure (\"former Gov.\")",
    "issued": "documents whose named issuer is the source (\"a statement from X\")",
    "backers": "words for backing a candidate: an office-holder so described is a surrogate",
    "campaign_words": "campaign words before an office title (\"Clinton campaign chairman\"); "
    "the backers count too",
    "candidacy": "heads that name the source as a candidate (\"nominee\", \"running mate\")",
    "race_rivals": "a candidate's word only after a race word (\"his Democratic opponent\")",
    "race_words": "the words that make a rival word a candidate's (\"Democratic\", \"his\")",
    "experience": "heads that take the type of where the experience is (\"veteran\")",
    "adversaries": "people named by whom they oppose, who do not speak for it (\"critics\")",
    "place_heads": "last words of place names (\"County\"): where a person lives",
    "compound_tails": "words after a hyphen that make a name a place of origin (\"U.S.-born\")",
    "role_participles": "participles that open a role (\"reporting for X\")",
    "runs": "verbs of leading or working for an organisation (\"who runs X\")",
    "not_a_role": "relational words that leave a person a private individual (\"member\")",
    "appointed": "verbs of appointment and their adverbs before a descriptor's role "
    "(\"recently named its chief executive\")",
})
"""The named word lists a rule pack's ``[words]`` table may extend, with what each is for.

The lists hold lower-case words or phrases, compared with words as the typer normalises them
(lower case, one final period dropped: "Gov." is "gov").
"""

GazetteerKind: TypeAlias = Literal["organization", "person"]
RulePath: TypeAlias = Union[str, "os.PathLike[str]", Traversable]

_nonempty = validators.and_(validators.instance_of(str), validators.min_len(1))
_strs = validators.deep_iterable(validators.instance_of(str))


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _str_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@runtime_checkable
class SourceRule(Protocol):
    """A Python rule: looks at an entity and votes for types.

    A rule returns (or yields) :class:`~attribution.TypeEvidence` whose ``type`` is in the
    taxonomy; the typer ranks it with the data rules by ``priority`` (see docs/sources.md).
    """

    def __call__(self, facts: EntityFacts, taxonomy: Taxonomy) -> Iterable[TypeEvidence]: ...


class RegisterFunction(Protocol):
    """What an ``attribution.source_rules`` entry point resolves to: ``register(registry)``."""

    def __call__(self, registry: RuleRegistry, /) -> None: ...


@frozen
class LexiconEntry:
    """A word or phrase that names a kind of source ("war monitor", "army", "spokesman").

    Attributes:
        phrase: The words, matched case-insensitively, plural of the last word included.
        type: The type the phrase stands for; None for a relational word with no fallback.
        relational: True for role words that take their organisation's type ("spokesman",
            "official"): "a spokesman for the Pentagon" is military through "Pentagon".
        pack: The plugin or rule pack that added the entry (used in evidence rule ids).
    """

    phrase: str = field(validator=_nonempty)
    type: str | None = field(validator=validators.optional(validators.instance_of(str)))
    relational: bool = False
    pack: str = "builtin"


@frozen
class GazetteerEntry:
    """A named organisation or person with its type.

    Attributes:
        name: The canonical name ("Syrian Observatory for Human Rights").
        type: Its type.
        aliases: Other names and acronyms ("SOHR"). All-capital one-word aliases match only in
            capitals ("WHO" but not "who").
        kind: ``"organization"`` or ``"person"``; a person's type yields to what the text says.
        source: Where the fact comes from ("organisation's own name", "widely known fact").
        pack: The plugin or rule pack that added the entry.
    """

    name: str = field(validator=_nonempty)
    type: str = field(validator=_nonempty)
    aliases: tuple[str, ...] = field(default=(), converter=_str_tuple, validator=_strs)
    kind: GazetteerKind = field(
        default="organization", validator=validators.in_(("organization", "person"))
    )
    source: str = field(default="", validator=validators.instance_of(str))
    pack: str = "builtin"


@frozen
class TitleEntry:
    """A title written before a name ("Gov.", "Gen.", "Prof.").

    Attributes:
        title: The title as written, matched case-insensitively, final period optional.
        type: The type it gives the named person.
        pack: The plugin or rule pack that added the entry.
    """

    title: str = field(validator=_nonempty)
    type: str = field(validator=_nonempty)
    pack: str = "builtin"


@frozen
class AnonymousPatterns:
    """Words that mark an unnamed source.

    Attributes:
        heads: Nouns that make an indefinite, quantified or bare-plural mention anonymous
            ("officials", "a senior official", "two sources").
        phrases: Phrases that make any mention or descriptor anonymous ("people familiar with",
            "on condition of anonymity").
        pronouns: Words that are anonymous on their own ("some", "others", "critics").
    """

    heads: frozenset[str] = field(default=frozenset(), converter=_str_set)
    phrases: frozenset[str] = field(default=frozenset(), converter=_str_set)
    pronouns: frozenset[str] = field(default=frozenset(), converter=_str_set)


@frozen
class NamedRule:
    """A Python rule with the name it was registered under.

    Attributes:
        name: ``"<pack>:<rule name>"``.
        rule: The callable.
    """

    name: str
    rule: SourceRule


@frozen
class PackInfo:
    """One registration that went into a rule set.

    Attributes:
        name: The plugin, entry point or rule-pack name.
        origin: Where it came from: ``"builtin"``, ``"entry point <dist> <version>"``,
            ``"plugin <module:attr>"`` or the rule file's path.
    """

    name: str
    origin: str


@frozen
class RuleSet:
    """Everything a :class:`~attribution.sources.SourceTyper` needs; immutable.

    Build one with :func:`~attribution.sources.load_rules` or :meth:`RuleRegistry.build`.

    Attributes:
        taxonomy: The type tree.
        lexicon: Words and phrases with their types, in registration order (later wins).
        gazetteer: Named organisations and people, in registration order (later wins).
        titles: Titles written before names.
        anonymous: Anonymous-source patterns.
        rules: Python rules, in registration order.
        packs: The registrations that built this set, in order.
        words: The named word lists (see :data:`WORD_LISTS`), as ``(name, words)`` pairs
            sorted by name; :meth:`word_list` looks one up.
    """

    taxonomy: Taxonomy
    lexicon: tuple[LexiconEntry, ...] = ()
    gazetteer: tuple[GazetteerEntry, ...] = ()
    titles: tuple[TitleEntry, ...] = ()
    anonymous: AnonymousPatterns = AnonymousPatterns()
    rules: tuple[NamedRule, ...] = ()
    packs: tuple[PackInfo, ...] = ()
    words: tuple[tuple[str, frozenset[str]], ...] = ()

    def word_list(self, name: str) -> frozenset[str]:
        """The words of the named list (empty when no pack added any); raises KeyError for a
        name that is not in :data:`WORD_LISTS`."""
        if name not in WORD_LISTS:
            raise KeyError(f"unknown word list {name!r} (known: {', '.join(sorted(WORD_LISTS))})")
        return next((words for n, words in self.words if n == name), frozenset())

    def __repr__(self) -> str:
        return (
            f"<RuleSet types={len(self.taxonomy)} lexicon={len(self.lexicon)}"
            f" gazetteer={len(self.gazetteer)} titles={len(self.titles)}"
            f" rules={len(self.rules)} packs={[p.name for p in self.packs]}>"
        )


class RuleRegistry:
    """The mutable builder that ``register(registry)`` functions fill.

    Every ``add_*`` method checks type ids against the taxonomy as it stands, so add types
    before the entries that use them. Later entries for the same phrase or name replace earlier
    ones, which lets a plugin override a built-in entry.
    """

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self._taxonomy = Taxonomy.empty() if taxonomy is None else taxonomy
        self._lexicon: list[LexiconEntry] = []
        self._gazetteer: list[GazetteerEntry] = []
        self._titles: list[TitleEntry] = []
        self._anon_heads: set[str] = set()
        self._anon_phrases: set[str] = set()
        self._anon_pronouns: set[str] = set()
        self._words: dict[str, set[str]] = {}
        self._rules: list[NamedRule] = []
        self._packs: list[PackInfo] = []
        self.pack = "builtin"
        """The name recorded on entries added now (set by the loader for each plugin)."""

    # -- types ---------------------------------------------------------------------------
    @property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy as it stands."""
        return self._taxonomy

    def add_type(self, type_id: str, parent: str | None = None, description: str = "") -> None:
        """Add a type under *parent* (None: a new top-level type)."""
        self._taxonomy = self._taxonomy.add(type_id, parent, description)

    def _check(self, type_id: str | None) -> None:
        if type_id is not None and type_id not in self._taxonomy:
            raise UnknownTypeError(type_id, self._taxonomy.ids)

    # -- entries -------------------------------------------------------------------------
    def add_lexicon(self, type_id: str, phrases: Iterable[str]) -> None:
        """Words and phrases that name sources of *type_id* ("war monitor" -> monitor)."""
        self._check(type_id)
        for phrase in _phrases(phrases):
            self._lexicon.append(LexiconEntry(phrase, type_id, False, self.pack))

    def add_relational(self, phrases: Iterable[str], fallback: str | None = None) -> None:
        """Role words that take their organisation's type ("spokesman", "official").

        *fallback* is the type used when the text names no organisation ("a senior official"
        -> government); None leaves such a mention untyped.
        """
        self._check(fallback)
        for phrase in _phrases(phrases):
            self._lexicon.append(LexiconEntry(phrase, fallback, True, self.pack))

    def add_gazetteer(
        self,
        name: str,
        type_id: str,
        aliases: Iterable[str] = (),
        *,
        kind: GazetteerKind = "organization",
        source: str = "",
    ) -> None:
        """A named organisation or person and its type."""
        self._check(type_id)
        self._gazetteer.append(
            GazetteerEntry(name, type_id, tuple(aliases), kind, source, self.pack)
        )

    def add_title(self, type_id: str, titles: Iterable[str]) -> None:
        """Titles written before a name ("Gov.", "Gen.") that give the person *type_id*."""
        self._check(type_id)
        for title in _phrases(titles):
            self._titles.append(TitleEntry(title, type_id, self.pack))

    def add_anonymous(
        self,
        heads: Iterable[str] = (),
        phrases: Iterable[str] = (),
        pronouns: Iterable[str] = (),
    ) -> None:
        """Anonymous-source patterns (see :class:`AnonymousPatterns`)."""
        self._anon_heads.update(p.lower() for p in _phrases(heads))
        self._anon_phrases.update(p.lower() for p in _phrases(phrases))
        self._anon_pronouns.update(p.lower() for p in _phrases(pronouns))

    def add_words(self, list_name: str, words: Iterable[str]) -> None:
        """Extend the named word list (one of :data:`WORD_LISTS`) with *words*."""
        if list_name not in WORD_LISTS:
            raise ValueError(
                f"unknown word list {list_name!r} (known: {', '.join(sorted(WORD_LISTS))})"
            )
        self._words.setdefault(list_name, set()).update(p.lower() for p in _phrases(words))

    def add_rule(self, rule: SourceRule, name: str | None = None) -> None:
        """A Python rule (see :class:`SourceRule`)."""
        if not callable(rule):
            raise TypeError(f"a source rule must be callable, not {type(rule).__name__}")
        label = name or getattr(rule, "__name__", None) or type(rule).__name__
        self._rules.append(NamedRule(f"{self.pack}:{label}", rule))

    def add_rule_file(self, path: RulePath) -> None:
        """Read a rule-pack TOML file (see the module docs); raises RuleFileError."""
        _load_pack(self, path)

    def note_pack(self, name: str, origin: str) -> None:
        """Record that a registration took part (the loader calls this)."""
        self._packs.append(PackInfo(name, origin))

    def build(self) -> RuleSet:
        """The immutable rule set."""
        return RuleSet(
            taxonomy=self._taxonomy,
            lexicon=tuple(self._lexicon),
            gazetteer=tuple(self._gazetteer),
            titles=tuple(self._titles),
            anonymous=AnonymousPatterns(self._anon_heads, self._anon_phrases, self._anon_pronouns),
            rules=tuple(self._rules),
            packs=tuple(self._packs),
            words=tuple((n, frozenset(w)) for n, w in sorted(self._words.items())),
        )


def _phrases(phrases: Iterable[str]) -> list[str]:
    if isinstance(phrases, str):
        phrases = [phrases]
    out = []
    for p in phrases:
        if not isinstance(p, str) or not p.strip():
            raise ValueError(f"expected a non-empty string, got {p!r}")
        out.append(" ".join(p.split()))
    return out


# -- rule packs ------------------------------------------------------------------------------
_TOP_KEYS = frozenset(
    {"version", "name", "description", "types", "lexicon", "relational", "titles", "gazetteer",
     "anonymous", "words"}
)
_LINE_RE = re.compile(r"line (\d+)")


class _PackError(Exception):
    def __init__(self, message: str, needle: str | None = None) -> None:
        super().__init__(message)
        self.needle = needle


def _line_of(text: str, needle: str | None) -> int | None:
    if not needle:
        return None
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return None


def _load_pack(registry: RuleRegistry, path: RulePath) -> None:
    label = str(path)
    try:
        if isinstance(path, (str, os.PathLike)):
            p = Path(os.fspath(path))
            raw = p.read_text(encoding="utf-8")
            stem = p.stem
        else:
            raw = path.read_text(encoding="utf-8")
            stem = path.name.rsplit(".", 1)[0]
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"rule file {label}: cannot be read: {exc}") from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"rule file {label}: not valid TOML: {exc}") from exc
    saved = registry.pack
    try:
        _apply_pack(registry, data, stem, label)
    except _PackError as exc:
        line = _line_of(raw, exc.needle)
        where = f", line {line}" if line else ""
        raise RuleFileError(f"rule file {label}{where}: {exc}") from None
    except (UnknownTypeError, ValueError, TypeError) as exc:
        message = str(exc)
        needle = exc.type_id if isinstance(exc, UnknownTypeError) else None
        line = _line_of(raw, f'"{needle}"') or _line_of(raw, needle)
        where = f", line {line}" if line else ""
        raise RuleFileError(f"rule file {label}{where}: {message}") from None
    finally:
        registry.pack = saved


def _strings(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _PackError(f"{what} must be a string or a list of strings", what.split()[-1])
    return list(value)


def _table(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _PackError(f"[{what}] must be a table", what)
    return value


def _tables(value: Any, what: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _PackError(f"{what} must be an array of tables ([[{what}]])", what)
    return list(value)


def _apply_pack(registry: RuleRegistry, data: Mapping[str, Any], stem: str, label: str) -> None:
    if "version" not in data:
        raise _PackError(
            f"missing 'version' (this library reads version {RULE_PACK_VERSION})", None
        )
    version = data["version"]
    if version != RULE_PACK_VERSION:
        raise _PackError(
            f"unsupported version {version!r} (this library reads version {RULE_PACK_VERSION})",
            "version",
        )
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _PackError(
            f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_TOP_KEYS))})", unknown[0]
        )
    name = data.get("name", stem)
    if not isinstance(name, str) or not name:
        raise _PackError("'name' must be a non-empty string", "name")
    registry.pack = name
    registry.note_pack(name, label)
    for t in _tables(data.get("types", []), "types"):
        type_id, parent, desc = t.get("id"), t.get("parent"), t.get("description", "")
        if not isinstance(type_id, str):
            raise _PackError("each [[types]] needs a string 'id'", "[[types]]")
        if parent is not None and not isinstance(parent, str):
            raise _PackError(f"type {type_id!r}: 'parent' must be a string", type_id)
        if not isinstance(desc, str):
            raise _PackError(f"type {type_id!r}: 'description' must be a string", type_id)
        registry.add_type(type_id, parent, desc)
    for type_id, phrases in _table(data.get("lexicon", {}), "lexicon").items():
        registry.add_lexicon(type_id, _strings(phrases, f"lexicon {type_id}"))
    for rel in _tables(data.get("relational", []), "relational"):
        fallback = rel.get("fallback")
        if fallback is not None and not isinstance(fallback, str):
            raise _PackError("[[relational]] 'fallback' must be a type id", "fallback")
        registry.add_relational(_strings(rel.get("terms", []), "relational terms"), fallback)
    for type_id, titles in _table(data.get("titles", {}), "titles").items():
        registry.add_title(type_id, _strings(titles, f"titles {type_id}"))
    for entry in _tables(data.get("gazetteer", []), "gazetteer"):
        gname, gtype = entry.get("name"), entry.get("type")
        if not isinstance(gname, str) or not gname:
            raise _PackError("each [[gazetteer]] entry needs a string 'name'", "[[gazetteer]]")
        if not isinstance(gtype, str):
            raise _PackError(f"gazetteer entry {gname!r} needs a string 'type'", gname)
        source = entry.get("source")
        if not isinstance(source, str) or not source:
            raise _PackError(
                f"gazetteer entry {gname!r} needs a 'source' note (where the fact comes from)",
                gname,
            )
        kind = entry.get("kind", "organization")
        if kind not in ("organization", "person"):
            raise _PackError(
                f"gazetteer entry {gname!r}: 'kind' must be organization or person", gname
            )
        extra = sorted(set(entry) - {"name", "type", "aliases", "kind", "source"})
        if extra:
            raise _PackError(f"gazetteer entry {gname!r}: unknown key {extra[0]!r}", gname)
        aliases = _strings(entry.get("aliases", []), f"gazetteer {gname} aliases")
        registry.add_gazetteer(gname, gtype, aliases, kind=kind, source=source)
    anon = _table(data.get("anonymous", {}), "anonymous")
    extra = sorted(set(anon) - {"heads", "phrases", "pronouns"})
    if extra:
        raise _PackError(f"[anonymous]: unknown key {extra[0]!r}", extra[0])
    registry.add_anonymous(
        _strings(anon.get("heads", []), "anonymous heads"),
        _strings(anon.get("phrases", []), "anonymous phrases"),
        _strings(anon.get("pronouns", []), "anonymous pronouns"),
    )
    for list_name, words in _table(data.get("words", {}), "words").items():
        if list_name not in WORD_LISTS:
            raise _PackError(
                f"[words]: unknown word list {list_name!r} "
                f"(known: {', '.join(sorted(WORD_LISTS))})",
                list_name,
            )
        registry.add_words(list_name, _strings(words, f"words {list_name}"))


def rule_files_in(paths: Sequence[RulePath]) -> list[RulePath]:
    """Expand directories to the ``*.toml`` files they hold, sorted by name."""
    out: list[RulePath] = []
    for path in paths:
        if isinstance(path, (str, os.PathLike)):
            p = Path(os.fspath(path))
            if p.is_dir():
                out.extend(sorted(p.glob("*.toml")))
                continue
        out.append(path)
    return out
