"""load_rules: the built-in registration, entry points, explicit plugins and blocking."""

from __future__ import annotations

import importlib.metadata as metadata
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from attribution.exceptions import PluginLoadError
from attribution.sources import (
    BUILTIN_ENTRY_POINT,
    ENTRY_POINT_GROUP,
    RuleRegistry,
    Taxonomy,
    load_rules,
)


class FakeDist:
    def __init__(self, name: str, version: str) -> None:
        self.metadata = {"Name": name}
        self.version = version


class FakeEntryPoint:
    def __init__(self, name: str, value: str, target: Any = None, error: Exception | None = None,
                 dist: FakeDist | None = None) -> None:
        self.name, self.value, self.group = name, value, ENTRY_POINT_GROUP
        self._target, self._error, self.dist = target, error, dist
        self.loaded = False

    def load(self) -> Any:
        self.loaded = True
        if self._error is not None:
            raise self._error
        return self._target


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[FakeEntryPoint]]:
    found: list[FakeEntryPoint] = []

    def fake(*, group: str) -> list[FakeEntryPoint]:
        assert group == ENTRY_POINT_GROUP
        return found

    monkeypatch.setattr(metadata, "entry_points", fake)
    yield found


def add_pundit(registry: RuleRegistry) -> None:
    registry.add_type("pundit", "media", "Television pundits.")
    registry.add_lexicon("pundit", ["talking head"])


def test_builtins_load_without_any_entry_point() -> None:
    rules = load_rules(entry_points=False)
    assert rules.taxonomy == Taxonomy.default()
    assert rules.packs[0].name == "builtin"
    assert len(rules.lexicon) > 1000
    assert len(rules.gazetteer) > 300
    assert any(g.name == "Syrian Observatory for Human Rights" for g in rules.gazetteer)
    assert all(g.source for g in rules.gazetteer)


def test_entry_points_are_loaded_and_the_builtin_one_is_not_loaded_twice(
    entry_points: list[FakeEntryPoint],
) -> None:
    builtin = FakeEntryPoint("builtin", BUILTIN_ENTRY_POINT, error=AssertionError("loaded"))
    pundit = FakeEntryPoint(
        "pundit", "pundits:register", add_pundit, dist=FakeDist("pundits", "1.0")
    )
    entry_points.extend([pundit, builtin])
    rules = load_rules()
    assert not builtin.loaded
    assert pundit.loaded
    assert rules.taxonomy.path("pundit") == ("media", "pundit")
    assert [p.name for p in rules.packs].count("builtin") >= 1
    assert rules.packs[0].name == "builtin"
    origins = [(p.name, p.origin) for p in rules.packs]
    assert ("pundit", "entry point pundit (pundits 1.0)") in origins


def test_entry_points_can_be_blocked_or_ignored(entry_points: list[FakeEntryPoint]) -> None:
    pundit = FakeEntryPoint("pundit", "pundits:register", add_pundit)
    entry_points.append(pundit)
    assert "pundit" not in load_rules(block={"pundit"}).taxonomy
    assert "pundit" not in load_rules(entry_points=False).taxonomy
    assert not pundit.loaded


def test_an_entry_point_may_resolve_to_a_module_with_register(
    entry_points: list[FakeEntryPoint],
) -> None:
    class Module:
        register = staticmethod(add_pundit)

    entry_points.append(FakeEntryPoint("pundit", "pundits", Module()))
    assert "pundit" in load_rules().taxonomy


def test_a_broken_entry_point_names_plugin_distribution_and_reason(
    entry_points: list[FakeEntryPoint],
) -> None:
    entry_points.append(
        FakeEntryPoint("broken", "broken_pkg:register", error=ImportError("no module named x"),
                       dist=FakeDist("broken-pkg", "0.3"))
    )
    with pytest.raises(PluginLoadError) as info:
        load_rules()
    err = info.value
    assert err.name == "broken"
    assert err.distribution == "broken-pkg 0.3"
    assert "cannot import broken_pkg:register" in err.reason
    assert "ImportError: no module named x" in str(err)
    assert "'broken' from distribution broken-pkg 0.3" in str(err)


def test_a_failing_or_invalid_register_is_a_plugin_load_error(
    entry_points: list[FakeEntryPoint],
) -> None:
    def explode(registry: RuleRegistry) -> None:
        raise RuntimeError("boom")

    entry_points.append(FakeEntryPoint("explode", "x:register", explode, dist=FakeDist("x", "1")))
    with pytest.raises(PluginLoadError, match=r"register\(\) failed: RuntimeError: boom"):
        load_rules()
    entry_points[:] = [FakeEntryPoint("inert", "x:VALUE", 42)]
    with pytest.raises(PluginLoadError, match="neither callable"):
        load_rules()
    assert load_rules(block=["inert"]).taxonomy == Taxonomy.default()


def test_explicit_plugins_by_callable_and_by_module_path() -> None:
    rules = load_rules(entry_points=False, plugins=[add_pundit])
    assert "pundit" in rules.taxonomy
    assert rules.packs[-1].origin.startswith("plugin ")
    rules = load_rules(entry_points=False, plugins=["attribution.sources.builtin:register"])
    assert rules.taxonomy == Taxonomy.default()
    with pytest.raises(PluginLoadError, match="cannot import no_such_module_xyz"):
        load_rules(entry_points=False, plugins=["no_such_module_xyz:register"])
    with pytest.raises(PluginLoadError, match="has no 'nope'"):
        load_rules(entry_points=False, plugins=["attribution.sources.builtin:nope"])


def test_importing_the_package_loads_nothing() -> None:
    code = (
        "import sys, attribution.sources as s\n"
        "assert s.SourceTyper._default is None\n"
        "assert 'attribution.sources.builtin' not in sys.modules\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"
