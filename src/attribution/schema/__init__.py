"""The JSON Schema of `attribution.Article.to_dict` output (draft 2020-12).

The schema file ships with the package as ``attribution/schema/article.schema.json``; its
``$id`` and its ``schema_version`` constant carry `attribution.SCHEMA_VERSION`. Field by
field documentation is in ``docs/schema.md``.

::

    from attribution import schema

    schema.validate(article.to_dict())      # raises jsonschema.ValidationError if invalid

Validation needs the ``jsonschema`` package; reading the schema does not.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

from .._model import SCHEMA_VERSION

__all__ = ["SCHEMA_FILE", "SCHEMA_ID", "load", "validate", "validator"]

SCHEMA_FILE = "article.schema.json"
"""The schema's file name inside this package."""
SCHEMA_ID = f"urn:claim-attribution:schema:article:{SCHEMA_VERSION}"
"""The schema's `$id`; it names `attribution.SCHEMA_VERSION`."""


@lru_cache(maxsize=1)
def _text() -> str:
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load() -> dict[str, Any]:
    """The schema as a fresh dict (a copy: changing it changes nothing here)."""
    data: dict[str, Any] = json.loads(_text())
    return data


def validator() -> Any:
    """A ``jsonschema.Draft202012Validator`` for the schema.

    Raises:
        ImportError: When jsonschema is not installed.
    """
    try:
        # imported by name: jsonschema is optional and its type stubs are a separate package
        jsonschema = importlib.import_module("jsonschema")
    except ImportError as exc:
        raise ImportError(
            "validating against the schema needs jsonschema: pip install jsonschema"
        ) from exc
    return jsonschema.Draft202012Validator(load())


def validate(article: Mapping[str, Any]) -> None:
    """Check *article* (a dict of `attribution.Article.to_dict`) against the schema.

    The schema checks structure and value sets; offsets against the text are checked by
    `attribution.Article.from_dict`.

    Raises:
        jsonschema.ValidationError: On the first error found.
        ImportError: When jsonschema is not installed.
    """
    validator().validate(article)
