"""The sample plugin in tests/sample_plugin, explicitly and through its entry point."""

from __future__ import annotations

import importlib.metadata as metadata
from collections.abc import Iterator

import pytest
from sources_helpers import SAMPLE_PLUGIN_SRC

from attribution._model import Span
from attribution.sources import ENTRY_POINT_GROUP, SourceTyper, TypeDecision, load_rules

HEALTH = ("government", "health_authority")


def classify(typer: SourceTyper, words: str) -> TypeDecision:
    return typer.classify_text(Span(0, len(words), words))


@pytest.fixture
def on_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make the sample plugin importable from its source tree, installed or not."""
    monkeypatch.syspath_prepend(str(SAMPLE_PLUGIN_SRC))
    yield


def installed() -> bool:
    return any(ep.name == "health" for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))


@pytest.mark.usefixtures("on_path")
def test_explicit_plugin_by_module_path_changes_classification() -> None:
    before = SourceTyper(load_rules(entry_points=False))
    after = SourceTyper(
        load_rules(entry_points=False, plugins=["attribution_health_sample:register"])
    )
    assert "health_authority" not in before.taxonomy
    assert after.taxonomy.path("health_authority") == HEALTH
    assert classify(before, "the health ministry").type == "government"
    decision = classify(after, "the health ministry")
    assert decision.type == "health_authority"
    assert decision.type_path == HEALTH
    assert decision.evidence[0].rule == "health-sample:head:health ministry"
    # the plugin's gazetteer entry replaces the built-in one for the CDC
    assert classify(before, "the CDC").type == "government"
    assert classify(after, "the CDC").type == "health_authority"
    # affiliation through the plugin's lexicon
    spokesman = classify(after, "a spokesman for the health ministry")
    assert spokesman.type == "health_authority"
    assert spokesman.affiliation == "health ministry"


@pytest.mark.usefixtures("on_path")
def test_the_plugins_python_rule_fires() -> None:
    import attribution_health_sample as sample

    typer = SourceTyper(load_rules(entry_points=False, plugins=[sample.register]))
    assert [r.name for r in typer.rules.rules] == ["attribution_health_sample:register:health-role"]
    decision = classify(typer, "a vaccine official")
    assert decision.type == "health_authority"
    assert decision.evidence[0].rule == "health-sample:rule:health-role"
    assert decision.evidence[0].priority == 75
    assert decision.anonymous
    # without a health word the rule stays silent
    assert classify(typer, "a senior official").type == "government"


@pytest.mark.skipif(
    not installed(),
    reason="sample plugin not installed (pip install ./tests/sample_plugin); "
    "the explicit-plugin tests above cover the same code path",
)
def test_installed_plugin_is_found_through_its_entry_point() -> None:
    ep = next(ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP) if ep.name == "health")
    assert ep.value == "attribution_health_sample:register"
    rules = load_rules()
    assert "health_authority" in rules.taxonomy
    assert any(p.name == "health" and "attribution-health-sample" in p.origin for p in rules.packs)
    assert classify(SourceTyper(rules), "the health ministry").type == "health_authority"
    blocked = load_rules(block={"health"})
    assert "health_authority" not in blocked.taxonomy
    assert classify(SourceTyper(blocked), "the health ministry").type == "government"
