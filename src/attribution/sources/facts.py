"""What the typer reads (:class:`EntityFacts`) and what it answers (:class:`TypeDecision`)."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen, validators
from typing_extensions import Self

from .._model import MENTION_KINDS, MentionKind, Span, TypeEvidence
from ._text import (
    AFFILIATION_PREPOSITIONS,
    PRONOUNS,
    is_acronym,
    split_at_break,
    strip_determiners,
    tokenize,
)

__all__ = ["EntityFacts", "MentionFacts", "TypeDecision"]

_spans = validators.deep_iterable(validators.instance_of(Span))


def _span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _mention_tuple(value: Iterable[MentionFacts]) -> tuple[MentionFacts, ...]:
    return tuple(value)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _evidence_tuple(value: Iterable[TypeEvidence]) -> tuple[TypeEvidence, ...]:
    return tuple(value)


@frozen
class MentionFacts:
    """One mention of a source, as the pipeline's parse describes it.

    Only ``span`` and ``kind`` are required; the typer falls back on simple text heuristics for
    anything left out (see :meth:`from_span`, which fills every field from the span alone).

    Attributes:
        span: Where the mention is in the article.
        kind: name, acronym, short_name, description, pronoun, impersonal or anonymous.
        head: The head word as written ("monitor", "army"), if known.
        head_lemma: The head word's lemma ("official" for "officials"), if known.
        possessor: The possessor phrase ("the government's" in "the government's chief
            negotiator"), if any. For a mention that opens with a possessive pronoun ("his
            aides"), it may be the phrase the pronoun stands for, anywhere in the article
            ("Mr. Obama"): the typer then reads the mention as "Mr. Obama's aides".
        modifiers: Post-modifying phrases that may name an affiliation ("for the Pentagon",
            "at the State Department").
    """

    span: Span = field(validator=validators.instance_of(Span))
    kind: MentionKind = field(default="name", validator=validators.in_(MENTION_KINDS))
    head: str | None = field(
        default=None, validator=validators.optional(validators.instance_of(str))
    )
    head_lemma: str | None = field(
        default=None, validator=validators.optional(validators.instance_of(str))
    )
    possessor: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    modifiers: tuple[Span, ...] = field(default=(), converter=_span_tuple, validator=_spans)

    @property
    def text(self) -> str:
        return self.span.text

    @classmethod
    def from_span(cls, span: Span, kind: MentionKind | None = None) -> Self:
        """Facts guessed from the mention's words alone, for callers without a parser.

        The head is the last word before the first "of/for/at/who/..." or comma, the possessor
        is everything up to a possessive "'s", the modifiers are the prepositional phrases after
        the head, and the kind is guessed from capitalisation (``kind`` overrides the guess).
        """
        tokens = tokenize(span.text)
        core, rest = split_at_break(tokens)
        possessor: Span | None = None
        for i, tok in enumerate(core):
            if tok.key == "'s" and i > 0:
                possessor = Span(span.start, span.start + tok.end, span.text[: tok.end])
                core = core[i + 1 :]
                break
        words = [t for t in strip_determiners(core) if t.text[:1].isalnum()]
        head = words[-1].text if words else None
        modifiers: list[Span] = []
        starts = [i for i, t in enumerate(rest) if t.key in AFFILIATION_PREPOSITIONS]
        for n, i in enumerate(starts):
            j = starts[n + 1] if n + 1 < len(starts) else len(rest)
            stop = next((k for k in range(i + 1, j) if not rest[k].text[:1].isalnum()
                         and rest[k].text not in (".", "&", "-", "'s", "’s")), j)
            if stop > i + 1:
                a, b = rest[i].start, rest[stop - 1].end
                modifiers.append(Span(span.start + a, span.start + b, span.text[a:b]))
        if kind is None:
            kind = _guess_kind(span.text, [t.text for t in words])
        return cls(span=span, kind=kind, head=head, possessor=possessor, modifiers=modifiers)


def _guess_kind(text: str, words: list[str]) -> MentionKind:
    low = text.strip().lower()
    if low in PRONOUNS and not is_acronym(text.strip()):
        return "pronoun"
    if low.startswith(("it is ", "it was ", "it has been ", "it's ")):
        return "impersonal"
    if not words:
        return "description"
    if len(words) == 1 and is_acronym(words[0]):
        return "acronym"
    if words[-1][:1].isupper():
        return "name"
    return "description"


@frozen
class EntityFacts:
    """One source entity as the pipeline knows it: a name, its mentions and its descriptors.

    Attributes:
        name: The canonical name (the most informative mention's text).
        mentions: Every mention, in text order.
        descriptors: Appositions and role nouns attached to the source ("a Britain-based war
            monitor", "who spoke on condition of anonymity").
    """

    name: str = field(validator=validators.instance_of(str))
    mentions: tuple[MentionFacts, ...] = field(
        default=(),
        converter=_mention_tuple,
        validator=validators.deep_iterable(validators.instance_of(MentionFacts)),
    )
    descriptors: tuple[Span, ...] = field(
        default=(), converter=_span_tuple, validator=_spans
    )

    @classmethod
    def from_spans(cls, *mentions: Span, descriptors: tuple[Span, ...] = ()) -> Self:
        """Facts for mentions given only as spans (see :meth:`MentionFacts.from_span`)."""
        facts = tuple(MentionFacts.from_span(s) for s in mentions)
        named = [m for m in facts if m.kind in ("name", "acronym", "short_name")]
        best = max(named, key=lambda m: len(m.span)) if named else (facts[0] if facts else None)
        return cls(name=best.span.text if best else "", mentions=facts, descriptors=descriptors)


@frozen
class TypeDecision:
    """The typer's answer for one entity.

    Attributes:
        type: The most specific type id that fits (``"monitor"``), ``"unknown"`` if none does.
        type_path: The type and its ancestors, most general first (``("ngo", "monitor")``).
        evidence: Every rule decision, the winner first, then the others by rank.
        affiliation: The organisation (canonical name) or type id the text ties the source to,
            e.g. ``"Pentagon"`` for "a spokesman for the Pentagon", if any.
        anonymous: True when no mention names the source and a mention or descriptor follows an
            anonymous pattern ("officials", "a senior official", "people familiar with").
    """

    type: str = field(validator=validators.instance_of(str))
    type_path: tuple[str, ...] = field(converter=_str_tuple)
    evidence: tuple[TypeEvidence, ...] = field(
        default=(),
        converter=_evidence_tuple,
        validator=validators.deep_iterable(validators.instance_of(TypeEvidence)),
    )
    affiliation: str | None = field(
        default=None, validator=validators.optional(validators.instance_of(str))
    )
    anonymous: bool = field(default=False, validator=validators.instance_of(bool))

    @property
    def winner(self) -> TypeEvidence | None:
        """The evidence that decided the type, or None when nothing fired."""
        return self.evidence[0] if self.evidence else None
