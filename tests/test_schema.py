"""The JSON Schema of Article.to_dict(): versioned, and parser output validates."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attribution import SCHEMA_VERSION, Article, Parser, schema

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (dev extra)")



@pytest.fixture(scope="module")
def embedded(request: pytest.FixtureRequest) -> Parser:
    """The embedded-model parser, once its models exist (they are trained separately)."""
    parser: Parser = request.getfixturevalue("parser")
    return parser


ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "src" / "attribution" / "schema" / "article.schema.json"
TEXTS = [
    "",
    "The army said the port fell.",
    'Rebels withdrew, the monitor said. "We will return," a commander told Reuters.\n'
    "It is believed the bridge was destroyed, according to residents.",
]


def test_schema_is_valid_and_versioned() -> None:
    data = schema.load()
    assert data == json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert data["$id"] == schema.SCHEMA_ID
    assert data["$id"].endswith(":" + SCHEMA_VERSION)
    assert data["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_parser_output_validates(fake_parser: Parser, example_text: str) -> None:
    articles = [fake_parser.parse(t) for t in [*TEXTS, example_text]]
    assert sum(len(a.claims) for a in articles) > 5
    for article in articles:
        schema.validate(article.to_dict())
        schema.validate(json.loads(article.to_json()))


def test_palmyra_validates(fake_parser: Parser, palmyra_text: str) -> None:
    schema.validate(fake_parser.parse(palmyra_text).to_dict())


def test_every_model_field_is_in_the_schema(fake_parser: Parser, example_text: str) -> None:
    """The schema describes every key that to_dict writes (additionalProperties is false)."""
    data = fake_parser.parse(example_text).to_dict()
    defs = schema.load()["$defs"]
    assert set(data) == set(schema.load()["properties"])
    assert set(data["claims"][0]) == set(defs["claim"]["properties"])
    assert set(data["sources"][0]) == set(defs["source"]["properties"])
    assert set(data["blocks"][0]) == set(defs["block"]["properties"])


def _broken(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    edits: tuple[Callable[[dict[str, Any]], object], ...] = (
        lambda d: d.pop("text"),
        lambda d: d.update(schema_version="0.9"),
        lambda d: d["claims"][0].update(kind="rumour"),
        lambda d: d["claims"][0].update(start=-1),
        lambda d: d["claims"][0].update(hedged="yes"),
        lambda d: d["claims"][0].update(extra=1),
        lambda d: d["blocks"][0].update(kind="sidebar"),
        lambda d: d["sources"][0].update(type_path="unknown"),
        lambda d: d["sources"][0]["mentions"][0].pop("kind"),
    )
    for edit in edits:
        broken = copy.deepcopy(data)
        edit(broken)
        out.append(broken)
    return out


def test_broken_documents_fail(fake_parser: Parser, example_text: str) -> None:
    data = fake_parser.parse(example_text).to_dict()
    assert data["sources"] and data["sources"][0]["mentions"]
    schema.validate(data)
    for broken in _broken(data):
        with pytest.raises(jsonschema.ValidationError):
            schema.validate(broken)


def test_from_dict_round_trip_still_valid(fake_parser: Parser, example_text: str) -> None:
    data = fake_parser.parse(example_text).to_dict()
    schema.validate(Article.from_dict(data).to_dict())


@pytest.mark.model
def test_embedded_output_validates(
    embedded: Parser, example_text: str, palmyra_text: str
) -> None:
    for article in embedded.parse_many([*TEXTS, example_text, palmyra_text]):
        assert isinstance(article, Article)
        schema.validate(article.to_dict())
