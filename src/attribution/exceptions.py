"""The exceptions claim-attribution raises.

All of them derive from :class:`AttributionError`, so ``except AttributionError`` catches
everything the library raises on purpose::

    AttributionError
    ├── InputError                 bad input, reported before any work is done
    │   ├── InputTypeError         (also a TypeError) text that is not a str
    │   ├── InputDecodeError       a file that is not UTF-8
    │   └── InputFileError         a file that cannot be read
    ├── ModelError                 the NLP models cannot be used
    │   ├── ModelNotFoundError     processors missing: lists found, missing and how to get them
    │   └── ModelIntegrityError    a model file differs from its manifest (size, sha256)
    ├── PluginError                a source-rule plugin cannot be used
    │   ├── PluginLoadError        an entry point failed to import or to register
    │   └── RuleFileError          a rule-pack file is unreadable or invalid
    └── SchemaError                (also a ValueError) data that does not fit the JSON schema
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AttributionError",
    "InputDecodeError",
    "InputError",
    "InputFileError",
    "InputTypeError",
    "ModelError",
    "ModelIntegrityError",
    "ModelNotFoundError",
    "PluginError",
    "PluginLoadError",
    "RuleFileError",
    "SchemaError",
]


class AttributionError(Exception):
    """Base class of every exception the library raises on purpose."""


class InputError(AttributionError):
    """The input cannot be processed."""


class InputTypeError(InputError, TypeError):
    """The text passed in is not a ``str``."""


class InputDecodeError(InputError):
    """A file is not valid UTF-8."""


class InputFileError(InputError):
    """A file cannot be read."""


class ModelError(AttributionError):
    """The NLP models cannot be used."""


class ModelNotFoundError(ModelError):
    """Some NLP processors have no usable model.

    Attributes:
        location: Where the models were looked for.
        needed: Processors the pipeline needs.
        found: Processors whose model was found.
        missing: Processors whose model is missing.
        hint: How to get them.
    """

    def __init__(
        self,
        location: str,
        needed: Iterable[str],
        found: Iterable[str],
        missing: Iterable[str],
        hint: str,
    ) -> None:
        self.location = location
        self.needed = tuple(needed)
        self.found = tuple(found)
        self.missing = tuple(missing)
        self.hint = hint
        super().__init__(
            f"NLP models missing in {location}\n"
            f"  needed:  {', '.join(self.needed) or '-'}\n"
            f"  found:   {', '.join(self.found) or '-'}\n"
            f"  missing: {', '.join(self.missing) or '-'}\n"
            f"{hint}"
        )


class ModelIntegrityError(ModelError):
    """A model file does not match its manifest (wrong size or checksum) or does not load."""


class PluginError(AttributionError):
    """A source-rule plugin cannot be used."""


class PluginLoadError(PluginError):
    """An entry-point plugin failed to load or register.

    Attributes:
        name: The entry point's name.
        distribution: The distribution that provides it (name and version), if known.
    """

    def __init__(self, name: str, distribution: str | None, reason: str) -> None:
        self.name = name
        self.distribution = distribution
        self.reason = reason
        where = f" from distribution {distribution}" if distribution else ""
        super().__init__(f"source-rule plugin {name!r}{where} failed to load: {reason}")


class RuleFileError(PluginError):
    """A rule-pack file is unreadable or does not follow the rule-pack format."""


class SchemaError(AttributionError, ValueError):
    """Data does not follow the article JSON schema."""
