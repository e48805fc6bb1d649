"""The source-type taxonomy: a small, open tree of type ids.

A :class:`Taxonomy` is immutable. :meth:`Taxonomy.add` returns a new taxonomy with one more
type, so a taxonomy that was handed to a :class:`~attribution.sources.SourceTyper` never changes
under it. Plugins add types through :class:`~attribution.sources.RuleRegistry`, which calls
:meth:`Taxonomy.add` for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from attrs import field, frozen, validators
from typing_extensions import Self

__all__ = ["DEFAULT_TYPES", "Taxonomy", "TypeInfo", "UnknownTypeError"]

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class UnknownTypeError(KeyError):
    """A type id is not in the taxonomy.

    Attributes:
        type_id: The id that was asked for.
        known: The ids the taxonomy has, sorted.
    """

    def __init__(self, type_id: str, known: tuple[str, ...]) -> None:
        self.type_id = type_id
        self.known = known
        super().__init__(type_id)

    def __str__(self) -> str:
        return f"unknown source type {self.type_id!r}; known types: {', '.join(self.known)}"


def _check_id(instance: object, attribute: object, value: str) -> None:
    if not _ID_RE.match(value):
        raise ValueError(
            f"invalid type id {value!r}: use lower-case letters, digits and '_', "
            "starting with a letter"
        )


@frozen
class TypeInfo:
    """One type of the taxonomy.

    Attributes:
        id: The type id (``"monitor"``): lower-case letters, digits and underscores.
        parent: The parent type's id, or None for a top-level type.
        description: What the type covers, in a sentence.
    """

    id: str = field(validator=[validators.instance_of(str), _check_id])
    parent: str | None = field(
        default=None, validator=validators.optional(validators.instance_of(str))
    )
    description: str = field(default="", validator=validators.instance_of(str))


DEFAULT_TYPES: tuple[TypeInfo, ...] = (
    TypeInfo(
        "government",
        None,
        "State executive, legislative and judicial bodies and people speaking in a public "
        "office: presidents, ministers, officials, agencies, police, courts, spokespeople, "
        "sitting lawmakers identified by their office, mayors, governors.",
    ),
    TypeInfo(
        "military",
        "government",
        "A state's armed forces and defence ministries, their commands, spokespeople and "
        "soldiers speaking as such.",
    ),
    TypeInfo(
        "political",
        None,
        "Candidates, campaigns, parties and party officials, political operatives, PACs, "
        "surrogates; office-holders presented mainly as candidates or campaign figures.",
    ),
    TypeInfo(
        "opposition",
        "political",
        "Political groups or figures presented as the opposition to a government, typically in "
        "conflict or authoritarian settings; not simply the other party in a democracy.",
    ),
    TypeInfo(
        "armed_group",
        None,
        "Non-state armed actors: militias, rebels, insurgent, terrorist and jihadist groups.",
    ),
    TypeInfo(
        "ngo",
        None,
        "Non-governmental organisations: advocacy groups, charities, unions, religious bodies, "
        "foundations.",
    ),
    TypeInfo(
        "monitor",
        "ngo",
        "Organisations whose role is to monitor conflict, rights or elections.",
    ),
    TypeInfo(
        "international_organization",
        None,
        "Intergovernmental bodies, their agencies and envoys.",
    ),
    TypeInfo(
        "media",
        None,
        "News organisations, journalists, hosts, columnists, the publication itself, "
        "fact-checking outlets.",
    ),
    TypeInfo(
        "expert",
        None,
        "Academics, researchers, analysts, think tanks, pollsters and polling firms speaking as "
        "experts, consultants.",
    ),
    TypeInfo(
        "business",
        None,
        "Companies, executives, industry groups, business people speaking as such.",
    ),
    TypeInfo(
        "citizen",
        None,
        "Private individuals: voters, witnesses, residents, victims, relatives, protesters, "
        "supporters, celebrities speaking privately.",
    ),
    TypeInfo(
        "document",
        None,
        "A text or record cited as the origin itself, with no speaker: reports, polls' findings, "
        "studies, filings, emails, tweets read as documents, statements without a named issuer.",
    ),
    TypeInfo("unknown", None, "The article does not say enough to decide."),
)


def _freeze(types: Mapping[str, TypeInfo]) -> Mapping[str, TypeInfo]:
    return MappingProxyType(dict(types))


@frozen
class Taxonomy:
    """An immutable tree of source types.

    Build the default tree with :meth:`default` and extend it with :meth:`add`, which returns a
    new taxonomy. Every method that takes a type id raises :class:`UnknownTypeError` (a
    ``KeyError``) for an id the taxonomy does not have.

    Attributes:
        types: Type id to :class:`TypeInfo`, in the order the types were added.
    """

    types: Mapping[str, TypeInfo] = field(converter=_freeze)

    def __attrs_post_init__(self) -> None:
        for info in self.types.values():
            if info.parent is not None and info.parent not in self.types:
                raise UnknownTypeError(info.parent, tuple(sorted(self.types)))
        for type_id in self.types:  # reject cycles
            seen: set[str] = set()
            current: str | None = type_id
            while current is not None:
                if current in seen:
                    raise ValueError(f"type {type_id!r} is its own ancestor")
                seen.add(current)
                current = self.types[current].parent

    def __reduce__(self) -> tuple[type[Self], tuple[dict[str, TypeInfo]]]:
        # the read-only mapping proxy does not pickle; rebuild from a plain dict
        return (type(self), (dict(self.types),))

    @classmethod
    def default(cls) -> Self:
        """The built-in taxonomy (see docs/sources.md)."""
        return cls({t.id: t for t in DEFAULT_TYPES})

    @classmethod
    def empty(cls) -> Self:
        """A taxonomy with no types."""
        return cls({})

    def add(self, type_id: str, parent: str | None = None, description: str = "") -> Taxonomy:
        """A new taxonomy with *type_id* added under *parent* (None: a top-level type).

        Adding a type that exists with the same parent is allowed and keeps the longer
        description; re-parenting an existing type raises ``ValueError``.
        """
        if parent is not None and parent not in self.types:
            raise UnknownTypeError(parent, self.ids)
        old = self.types.get(type_id)
        if old is not None:
            if old.parent != parent:
                raise ValueError(
                    f"type {type_id!r} already exists under {old.parent!r}; "
                    f"cannot add it again under {parent!r}"
                )
            if len(description) <= len(old.description):
                return self
        types = dict(self.types)
        types[type_id] = TypeInfo(type_id, parent, description)
        return Taxonomy(types)

    # -- queries -------------------------------------------------------------------------
    @property
    def ids(self) -> tuple[str, ...]:
        """Every type id, sorted."""
        return tuple(sorted(self.types))

    def __contains__(self, type_id: object) -> bool:
        return type_id in self.types

    def __iter__(self) -> Iterator[str]:
        return iter(self.types)

    def __len__(self) -> int:
        return len(self.types)

    def __getitem__(self, type_id: str) -> TypeInfo:
        return self._info(type_id)

    def _info(self, type_id: str) -> TypeInfo:
        try:
            return self.types[type_id]
        except KeyError:
            raise UnknownTypeError(type_id, self.ids) from None

    def parent(self, type_id: str) -> str | None:
        """The parent of *type_id*, or None for a top-level type."""
        return self._info(type_id).parent

    def children(self, type_id: str) -> tuple[str, ...]:
        """The direct children of *type_id*, in the order they were added."""
        self._info(type_id)
        return tuple(t.id for t in self.types.values() if t.parent == type_id)

    def path(self, type_id: str) -> tuple[str, ...]:
        """*type_id* and its ancestors, most general first: ``("government", "military")``."""
        out: list[str] = []
        current: str | None = type_id
        while current is not None:
            out.append(current)
            current = self._info(current).parent
        return tuple(reversed(out))

    def depth(self, type_id: str) -> int:
        """0 for a top-level type, 1 for its children, and so on."""
        return len(self.path(type_id)) - 1

    def is_a(self, type_id: str, ancestor: str) -> bool:
        """Whether *type_id* is *ancestor* or one of its descendants."""
        self._info(ancestor)
        return ancestor in self.path(type_id)

    def description(self, type_id: str) -> str:
        """The description of *type_id*."""
        return self._info(type_id).description

    def __repr__(self) -> str:
        return f"<Taxonomy {len(self.types)} types>"
