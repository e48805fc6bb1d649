"""Public result types: immutable, typed, serialisable.

Every span is a half-open character range ``[start, end)`` into the exact input text, and
``text[start:end] == span.text`` holds for every span of an :class:`Article`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal, TypeAlias, cast

from attrs import field, frozen, validators
from typing_extensions import Self

from .exceptions import SchemaError

SCHEMA_VERSION = "1.1"

BlockKind: TypeAlias = Literal[
    "headline", "related_headline", "caption", "byline", "dateline", "body", "boilerplate"
]
BLOCK_KINDS: tuple[BlockKind, ...] = (
    "headline",
    "related_headline",
    "caption",
    "byline",
    "dateline",
    "body",
    "boilerplate",
)
ClaimKind: TypeAlias = Literal["direct", "indirect", "mixed", "unattributed"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("direct", "indirect", "mixed", "unattributed")
Stance: TypeAlias = Literal["neutral", "assertive", "distancing", "hedging"]
STANCES: tuple[Stance, ...] = ("neutral", "assertive", "distancing", "hedging")
CueKind: TypeAlias = Literal["verb", "noun", "phrase", "colon", "impersonal", "adverb"]
CUE_KINDS: tuple[CueKind, ...] = ("verb", "noun", "phrase", "colon", "impersonal", "adverb")
MentionKind: TypeAlias = Literal[
    "name", "acronym", "short_name", "description", "pronoun", "impersonal", "anonymous"
]
MENTION_KINDS: tuple[MentionKind, ...] = (
    "name",
    "acronym",
    "short_name",
    "description",
    "pronoun",
    "impersonal",
    "anonymous",
)
Channel: TypeAlias = Literal["statement", "interview", "broadcast", "social_media", "document"]
CHANNELS: tuple[Channel, ...] = ("statement", "interview", "broadcast", "social_media", "document")

_nonneg = [validators.instance_of(int), validators.ge(0)]


def _tuple_of(kind: type) -> Any:
    """Validator: a tuple whose members are all instances of *kind*."""
    return validators.deep_iterable(
        member_validator=validators.instance_of(kind),
        iterable_validator=validators.instance_of(tuple),
    )


def _check_end(instance: Span, attribute: Any, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"span end {value} is before its start {instance.start}")


@frozen
class Span:
    """A half-open character range of the input text, with the text it covers.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
        text: Exactly ``article_text[start:end]``.
    """

    start: int = field(validator=_nonneg)
    end: int = field(validator=[*_nonneg, _check_end])
    text: str = field(validator=validators.instance_of(str))

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Self:
        """Build the span ``[start, end)`` of *text*, checking the bounds."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside a text of length {len(text)}")
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether *other* lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Self:
        """Rebuild a span from its dict, checking it against the article *text*."""
        start, end = _int(data, "start"), _int(data, "end")
        span = cls.from_text(text, start, end)
        if "text" in data and data["text"] != span.text:
            raise SchemaError(
                f"span [{start}, {end}) says {data['text']!r} but the text has {span.text!r}"
            )
        return span


@frozen
class Block:
    """A layout block of the article: headline, caption, a body paragraph, ...

    Attributes:
        kind: What the block is (see :data:`BLOCK_KINDS`).
        span: Where it is.
    """

    kind: BlockKind = field(validator=validators.in_(BLOCK_KINDS))
    span: Span = field(validator=validators.instance_of(Span))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.span.start, "end": self.span.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Self:
        return cls(
            kind=cast(BlockKind, _choice(data, "kind", BLOCK_KINDS)),
            span=Span.from_dict(data, text),
        )


@frozen
class Cue:
    """The words that mark a report: "said", "according to", "in a statement", a colon.

    Attributes:
        span: Where the cue is.
        lemma: The cue's dictionary form ("say" for "said").
        kind: verb, noun, phrase, colon, impersonal ("It is believed") or adverb ("reportedly").
        stance: How the reporter frames the claim: neutral, assertive, distancing or hedging.
    """

    span: Span = field(validator=validators.instance_of(Span))
    lemma: str = field(validator=validators.instance_of(str))
    kind: CueKind = field(default="verb", validator=validators.in_(CUE_KINDS))
    stance: Stance = field(default="neutral", validator=validators.in_(STANCES))

    @property
    def text(self) -> str:
        return self.span.text

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "lemma": self.lemma,
            "kind": self.kind,
            "stance": self.stance,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Self:
        return cls(
            span=Span.from_dict(data, text),
            lemma=_str(data, "lemma"),
            kind=cast(CueKind, _choice(data, "kind", CUE_KINDS, "verb")),
            stance=cast(Stance, _choice(data, "stance", STANCES, "neutral")),
        )


@frozen
class SourceMention:
    """One place where the article names or refers to a source.

    Attributes:
        span: Where the mention is.
        kind: name, acronym, short_name, description, pronoun, impersonal or anonymous.
    """

    span: Span = field(validator=validators.instance_of(Span))
    kind: MentionKind = field(default="name", validator=validators.in_(MENTION_KINDS))

    @property
    def text(self) -> str:
        return self.span.text

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Self:
        return cls(
            span=Span.from_dict(data, text),
            kind=cast(MentionKind, _choice(data, "kind", MENTION_KINDS, "name")),
        )


@frozen
class TypeEvidence:
    """Why a source got a type: the rule that fired and the words it fired on.

    Attributes:
        rule: Rule id, e.g. ``"builtin:lexicon:war monitor"``.
        type: The type the rule voted for.
        text: The words the rule matched.
        span: Where those words are, when they are in the article.
        priority: The rule's priority; the highest wins (see docs/sources.md).
    """

    rule: str = field(validator=validators.instance_of(str))
    type: str = field(validator=validators.instance_of(str))
    text: str = field(validator=validators.instance_of(str))
    span: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    priority: int = field(default=0, validator=validators.instance_of(int))

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "type": self.type,
            "text": self.text,
            "span": None if self.span is None else self.span.to_dict(),
            "priority": self.priority,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Self:
        span = data.get("span")
        return cls(
            rule=_str(data, "rule"),
            type=_str(data, "type"),
            text=_str(data, "text"),
            span=None if span is None else Span.from_dict(span, text),
            priority=_int(data, "priority", 0),
        )


@frozen
class Source:
    """One source entity: every mention of one speaker or origin in the article.

    Attributes:
        id: Stable id inside the article (``"S1"``, ``"S2"``...).
        name: Canonical name: the most informative named mention.
        type: Most specific type id from the taxonomy (``"monitor"``).
        type_path: The type and its ancestors, most general first (``("ngo", "monitor")``).
        mentions: Every mention, in text order.
        descriptors: Appositions and role nouns ("a Britain-based war monitor").
        affiliation: The organisation the text ties the source to ("government"), if any.
        anonymous: True when the article does not name the source.
        evidence: The rule decisions behind ``type``, winner first.
    """

    id: str = field(validator=validators.instance_of(str))
    name: str = field(validator=validators.instance_of(str))
    type: str = field(default="unknown", validator=validators.instance_of(str))
    type_path: tuple[str, ...] = field(default=("unknown",), validator=_tuple_of(str))
    mentions: tuple[SourceMention, ...] = field(default=(), validator=_tuple_of(SourceMention))
    descriptors: tuple[Span, ...] = field(default=(), validator=_tuple_of(Span))
    affiliation: str | None = field(
        default=None, validator=validators.optional(validators.instance_of(str))
    )
    anonymous: bool = field(default=False, validator=validators.instance_of(bool))
    evidence: tuple[TypeEvidence, ...] = field(default=(), validator=_tuple_of(TypeEvidence))

    def is_a(self, type_id: str) -> bool:
        """Whether this source's type is *type_id* or one of its descendants."""
        return type_id in self.type_path

    def __repr__(self) -> str:
        anon = ", anonymous" if self.anonymous else ""
        return (
            f"<Source {self.id} {self.name!r} type={'/'.join(self.type_path)}"
            f" mentions={len(self.mentions)}{anon}>"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "type_path": list(self.type_path),
            "anonymous": self.anonymous,
            "affiliation": self.affiliation,
            "mentions": [m.to_dict() for m in self.mentions],
            "descriptors": [d.to_dict() for d in self.descriptors],
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Self:
        return cls(
            id=_str(data, "id"),
            name=_str(data, "name"),
            type=_str(data, "type"),
            type_path=tuple(_list(data, "type_path")),
            mentions=tuple(SourceMention.from_dict(m, text) for m in _list(data, "mentions")),
            descriptors=tuple(Span.from_dict(d, text) for d in _list(data, "descriptors", [])),
            affiliation=data.get("affiliation"),
            anonymous=bool(data.get("anonymous", False)),
            evidence=tuple(TypeEvidence.from_dict(e, text) for e in _list(data, "evidence", [])),
        )


@frozen
class Claim:
    """One claim of the article and who makes it.

    Attributes:
        id: Stable id inside the article (``"C1"``...).
        span: The claim's content.
        kind: direct (quoted), indirect (reported), mixed (partly quoted) or unattributed
            (the reporter's own voice).  "It is believed that ..." and "X seems to ..." are
            indirect, from an anonymous source named by the cue's words.
        source: The resolved source entity, or None.
        source_mention: The mention local to this claim ("it" in "..., it said"), or None.
        cue: The attribution cue, or None.
        hedged: True when the claim carries an epistemic hedge (believed, reportedly, may...).
        block: The kind of layout block the claim is in.
        channel: How the source spoke, when the text says: statement, interview, broadcast,
            social_media or document.
        prefix: The part of the content that comes before its cue, cut off from the rest by
            the cue and the source: the relative word that stands for a noun outside a
            report in a relative clause ("which" in "the plan, which officials said will cost
            $5 billion", whose span is "will cost $5 billion"), or the subject of an
            impersonal cue ("The leaders" in "The leaders were expected to discuss trade",
            whose span is "to discuss trade").  The claim reads ``prefix`` then ``span``
            (`content_text`).  None otherwise.
    """

    id: str = field(validator=validators.instance_of(str))
    span: Span = field(validator=validators.instance_of(Span))
    kind: ClaimKind = field(validator=validators.in_(CLAIM_KINDS))
    source: Source | None = field(
        default=None, validator=validators.optional(validators.instance_of(Source))
    )
    source_mention: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    cue: Cue | None = field(
        default=None, validator=validators.optional(validators.instance_of(Cue))
    )
    hedged: bool = field(default=False, validator=validators.instance_of(bool))
    block: BlockKind = field(default="body", validator=validators.in_(BLOCK_KINDS))
    channel: Channel | None = field(
        default=None, validator=validators.optional(validators.in_(CHANNELS))
    )
    prefix: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )

    def __attrs_post_init__(self) -> None:
        if self.prefix is not None and self.prefix.end > self.span.start:
            raise ValueError(
                f"a claim's prefix {self.prefix!r} must come before the rest of its content "
                f"{self.span!r}"
            )

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def content_text(self) -> str:
        """The claim's whole content: the prefix, if any, then the span's text."""
        return self.text if self.prefix is None else f"{self.prefix.text} {self.text}"

    @property
    def source_id(self) -> str | None:
        return None if self.source is None else self.source.id

    @property
    def attributed(self) -> bool:
        return self.kind != "unattributed"

    def __repr__(self) -> str:
        who = "-" if self.source is None else f"{self.source.name} [{self.source.type}]"
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        hedge = " hedged" if self.hedged else ""
        return f"<Claim {self.id} {self.kind}{hedge} by {who}: {text!r}>"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            **self.span.to_dict(),
            "kind": self.kind,
            "hedged": self.hedged,
            "block": self.block,
            "source_id": self.source_id,
            "source_mention": None
            if self.source_mention is None
            else self.source_mention.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "channel": self.channel,
            "prefix": None if self.prefix is None else self.prefix.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str, sources: Mapping[str, Source]) -> Self:
        source_id = data.get("source_id")
        if source_id is not None and source_id not in sources:
            raise SchemaError(f"claim {data.get('id')!r} names unknown source {source_id!r}")
        mention = data.get("source_mention")
        cue = data.get("cue")
        prefix = data.get("prefix")  # (added in schema 1.1)
        return cls(
            id=_str(data, "id"),
            span=Span.from_dict(data, text),
            kind=cast(ClaimKind, _choice(data, "kind", CLAIM_KINDS)),
            source=None if source_id is None else sources[source_id],
            source_mention=None if mention is None else Span.from_dict(mention, text),
            cue=None if cue is None else Cue.from_dict(cue, text),
            hedged=bool(data.get("hedged", False)),
            block=cast(BlockKind, _choice(data, "block", BLOCK_KINDS, "body")),
            channel=cast("Channel | None", data.get("channel")),
            prefix=None if prefix is None else Span.from_dict(prefix, text),
        )


@frozen
class Article:
    """A parsed article: its exact text, layout blocks, claims and sources.

    Attributes:
        text: The exact input string.
        blocks: Layout blocks in text order.
        claims: Claims in text order.
        sources: Source entities, in order of first mention.
    """

    text: str = field(validator=validators.instance_of(str))
    blocks: tuple[Block, ...] = field(default=(), validator=_tuple_of(Block))
    claims: tuple[Claim, ...] = field(default=(), validator=_tuple_of(Claim))
    sources: tuple[Source, ...] = field(default=(), validator=_tuple_of(Source))

    def __attrs_post_init__(self) -> None:
        for span in self.iter_spans():
            if self.text[span.start : span.end] != span.text or span.end > len(self.text):
                raise ValueError(f"span {span!r} does not match the article text")

    @classmethod
    def empty(cls, text: str) -> Self:
        """The article with no claims and no sources (empty or whitespace-only input)."""
        return cls(text=text)

    # -- queries -------------------------------------------------------------------------
    def iter_spans(self) -> Iterator[Span]:
        """Every span the article holds (blocks, claims, cues, mentions, descriptors...)."""
        for block in self.blocks:
            yield block.span
        for claim in self.claims:
            yield claim.span
            if claim.source_mention is not None:
                yield claim.source_mention
            if claim.cue is not None:
                yield claim.cue.span
            if claim.prefix is not None:
                yield claim.prefix
        for source in self.sources:
            for mention in source.mentions:
                yield mention.span
            yield from source.descriptors
            for ev in source.evidence:
                if ev.span is not None:
                    yield ev.span

    def source(self, source_id: str) -> Source:
        """The source with id *source_id* (KeyError if there is none)."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def claims_by(self, source: Source | str) -> tuple[Claim, ...]:
        """Claims made by *source* (a Source or its id)."""
        sid = source if isinstance(source, str) else source.id
        return tuple(c for c in self.claims if c.source_id == sid)

    def claims_by_type(self, type_id: str) -> tuple[Claim, ...]:
        """Claims whose source is of type *type_id* or one of its subtypes."""
        return tuple(c for c in self.claims if c.source is not None and c.source.is_a(type_id))

    def sources_by_type(self, type_id: str) -> tuple[Source, ...]:
        """Sources of type *type_id* or one of its subtypes."""
        return tuple(s for s in self.sources if s.is_a(type_id))

    def attributed_claims(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.attributed)

    def unattributed_claims(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if not c.attributed)

    def hedged_claims(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.hedged)

    def blocks_of(self, kind: BlockKind) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == kind)

    def _repr_html_(self) -> str:
        """Notebook display: the text with claims highlighted by source type."""
        from .render import fragment

        return fragment(self.to_dict())

    def __repr__(self) -> str:
        head = self.text.strip().split("\n", 1)[0] if self.text.strip() else ""
        head = head if len(head) <= 50 else head[:47] + "..."
        return (
            f"<Article {head!r} blocks={len(self.blocks)} claims={len(self.claims)}"
            f" sources={len(self.sources)}>"
        )

    # -- interchange ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict described in docs/schema.md."""
        return {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "sources": [s.to_dict() for s in self.sources],
            "claims": [c.to_dict() for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild an Article from :meth:`to_dict` output, checking every span."""
        if not isinstance(data, Mapping):
            raise SchemaError(f"an article must be a JSON object, not {type(data).__name__}")
        version = data.get("schema_version")
        if version is None or str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise SchemaError(
                f"unsupported schema_version {version!r}; this library reads {SCHEMA_VERSION}"
            )
        text = _str(data, "text")
        try:
            sources = tuple(Source.from_dict(s, text) for s in _list(data, "sources"))
            by_id = {s.id: s for s in sources}
            return cls(
                text=text,
                blocks=tuple(Block.from_dict(b, text) for b in _list(data, "blocks")),
                claims=tuple(Claim.from_dict(c, text, by_id) for c in _list(data, "claims")),
                sources=sources,
            )
        except (ValueError, TypeError, KeyError) as exc:
            if isinstance(exc, SchemaError):
                raise
            raise SchemaError(f"invalid article data: {exc}") from exc

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        try:
            return cls.from_dict(json.loads(data))
        except json.JSONDecodeError as exc:
            raise SchemaError(f"not valid JSON: {exc}") from exc

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per claim, for tables (pandas, CSV)."""
        records = []
        for claim in self.claims:
            src = claim.source
            records.append(
                {
                    "claim_id": claim.id,
                    "start": claim.span.start,
                    "end": claim.span.end,
                    "text": claim.text,
                    "prefix": None if claim.prefix is None else claim.prefix.text,
                    "kind": claim.kind,
                    "hedged": claim.hedged,
                    "block": claim.block,
                    "channel": claim.channel,
                    "source_id": claim.source_id,
                    "source_name": None if src is None else src.name,
                    "source_type": None if src is None else src.type,
                    "source_type_path": None if src is None else "/".join(src.type_path),
                    "source_anonymous": None if src is None else src.anonymous,
                    "source_mention": None
                    if claim.source_mention is None
                    else claim.source_mention.text,
                    "cue": None if claim.cue is None else claim.cue.span.text,
                    "cue_lemma": None if claim.cue is None else claim.cue.lemma,
                    "stance": None if claim.cue is None else claim.cue.stance,
                }
            )
        return records


# -- validation helpers for from_dict ------------------------------------------------------
def _get(data: Mapping[str, Any], key: str, default: Any) -> Any:
    if not isinstance(data, Mapping):
        raise SchemaError(f"expected a JSON object, got {type(data).__name__}")
    if key in data:
        return data[key]
    if default is _MISSING:
        raise SchemaError(f"missing field {key!r}")
    return default


_MISSING: Any = object()


def _int(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> int:
    value = _get(data, key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise SchemaError(f"field {key!r} must be an integer, not {value!r}")
    return value


def _str(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> str:
    value = _get(data, key, default)
    if not isinstance(value, str):
        raise SchemaError(f"field {key!r} must be a string, not {value!r}")
    return value


def _list(data: Mapping[str, Any], key: str, default: Any = _MISSING) -> Sequence[Any]:
    value = _get(data, key, default)
    if not isinstance(value, list):
        raise SchemaError(f"field {key!r} must be a list, not {type(value).__name__}")
    return value


def _choice(
    data: Mapping[str, Any], key: str, choices: Sequence[str], default: Any = _MISSING
) -> str:
    value = _get(data, key, default)
    if value not in choices:
        raise SchemaError(f"field {key!r} must be one of {', '.join(choices)}, not {value!r}")
    return cast(str, value)
