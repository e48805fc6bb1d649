"""claim-attribution: who claims what in a news article.

>>> import attribution
>>> article = attribution.parse(text)            # doctest: +SKIP
>>> for claim in article.claims:                 # doctest: +SKIP
...     print(claim.kind, claim.source and claim.source.name, claim.text)

Nothing is loaded or downloaded at import: the NLP models load when the first
:class:`Parser` parses, and source-rule plugins load when a Parser is built.
"""

from __future__ import annotations

from ._model import (
    SCHEMA_VERSION,
    Article,
    Block,
    Claim,
    Cue,
    Source,
    SourceMention,
    Span,
    TypeEvidence,
)
from ._pipeline import ParseFailure, Parser, parse
from .exceptions import (
    AttributionError,
    InputDecodeError,
    InputError,
    InputFileError,
    InputTypeError,
    ModelError,
    ModelIntegrityError,
    ModelNotFoundError,
    PluginError,
    PluginLoadError,
    RuleFileError,
    SchemaError,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "AttributionError",
    "Block",
    "Claim",
    "Cue",
    "InputDecodeError",
    "InputError",
    "InputFileError",
    "InputTypeError",
    "ModelError",
    "ModelIntegrityError",
    "ModelNotFoundError",
    "ParseFailure",
    "Parser",
    "PluginError",
    "PluginLoadError",
    "RuleFileError",
    "SchemaError",
    "Source",
    "SourceMention",
    "Span",
    "TypeEvidence",
    "__version__",
    "parse",
]
