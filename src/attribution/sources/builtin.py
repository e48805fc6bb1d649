"""The built-in source rules, registered through the same path as any plugin.

The package declares this function as the ``builtin`` entry point of group
``attribution.source_rules``; :func:`~attribution.sources.load_rules` also calls it explicitly
first, so the built-in rules are there even when the package metadata is not installed.
"""

from __future__ import annotations

from importlib import resources

from .rules import RuleRegistry
from .taxonomy import DEFAULT_TYPES

__all__ = ["DATA_FILES", "register"]

DATA_FILES = ("lexicon.toml", "context.toml", "gazetteer.toml")
"""The built-in rule packs in ``attribution/sources/data/``, in loading order."""


def register(registry: RuleRegistry) -> None:
    """Add the default taxonomy and the built-in rule packs to *registry*."""
    for info in DEFAULT_TYPES:
        registry.add_type(info.id, info.parent, info.description)
    data = resources.files("attribution.sources").joinpath("data")
    for name in DATA_FILES:
        registry.add_rule_file(data.joinpath(name))
