"""Source entities: types, evidence, and the plugin system for source rules.

The public API::

    from attribution.sources import SourceTyper, EntityFacts, MentionFacts

    typer = SourceTyper.default()                # built-in rules only
    typer = SourceTyper(load_rules())            # built-ins + installed plugins
    decision = typer.classify(facts)             # TypeDecision(type, type_path, evidence, ...)

Nothing is read from disk or from package metadata until a typer or rule set is built. See
docs/sources.md (how typing works) and docs/plugins.md (writing a plugin or a rule pack).
"""

from __future__ import annotations

from .facts import EntityFacts, MentionFacts, TypeDecision
from .loader import BUILTIN_ENTRY_POINT, ENTRY_POINT_GROUP, PluginSpec, load_rules
from .rules import (
    RULE_PACK_VERSION,
    WORD_LISTS,
    AnonymousPatterns,
    GazetteerEntry,
    LexiconEntry,
    NamedRule,
    PackInfo,
    RegisterFunction,
    RuleRegistry,
    RuleSet,
    SourceRule,
    TitleEntry,
)
from .taxonomy import DEFAULT_TYPES, Taxonomy, TypeInfo, UnknownTypeError
from .typer import PRIORITIES, SourceTyper

__all__ = [
    "BUILTIN_ENTRY_POINT",
    "DEFAULT_TYPES",
    "ENTRY_POINT_GROUP",
    "PRIORITIES",
    "RULE_PACK_VERSION",
    "WORD_LISTS",
    "AnonymousPatterns",
    "EntityFacts",
    "GazetteerEntry",
    "LexiconEntry",
    "MentionFacts",
    "NamedRule",
    "PackInfo",
    "PluginSpec",
    "RegisterFunction",
    "RuleRegistry",
    "RuleSet",
    "SourceRule",
    "SourceTyper",
    "Taxonomy",
    "TitleEntry",
    "TypeDecision",
    "TypeInfo",
    "UnknownTypeError",
    "load_rules",
]
