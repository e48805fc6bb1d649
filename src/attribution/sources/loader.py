"""Loading source rules: the built-in rules, entry-point plugins, explicit plugins, rule packs.

Nothing is loaded when the package is imported; :func:`load_rules` does the work when called.
"""

from __future__ import annotations

import importlib
import importlib.metadata as metadata
from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeAlias, cast

from ..exceptions import PluginLoadError, RuleFileError
from .rules import RegisterFunction, RulePath, RuleRegistry, RuleSet, rule_files_in

__all__ = ["BUILTIN_ENTRY_POINT", "ENTRY_POINT_GROUP", "PluginSpec", "load_rules"]

ENTRY_POINT_GROUP = "attribution.source_rules"
"""The entry-point group that source-rule plugins declare."""

BUILTIN_ENTRY_POINT = "attribution.sources.builtin:register"
"""What the package's own ``builtin`` entry point refers to; always loaded first."""

PluginSpec: TypeAlias = str | RegisterFunction | Callable[[RuleRegistry], None]
"""A plugin given explicitly: a register callable, or ``"module"`` / ``"module:attribute"``."""


def load_rules(
    *,
    entry_points: bool = True,
    plugins: Sequence[PluginSpec] = (),
    rule_files: Sequence[RulePath] = (),
    block: Collection[str] = (),
) -> RuleSet:
    """Build a :class:`~attribution.sources.RuleSet`.

    Order: the built-in rules (always, whether or not their entry point is installed), then the
    installed entry points of group ``attribution.source_rules`` sorted by name (when
    *entry_points* is true, skipping names in *block*), then *plugins* in order, then
    *rule_files* in order (a directory stands for its ``*.toml`` files). Later entries for the
    same phrase or name replace earlier ones.

    Raises:
        PluginLoadError: an entry point or plugin cannot be imported, is not callable, or fails
            while registering (its name, distribution and the reason are on the exception).
        RuleFileError: a rule-pack file is unreadable or invalid (file, line and problem).
    """
    from . import builtin

    registry = RuleRegistry()
    _register(registry, "builtin", "builtin", None, builtin.register)
    if entry_points:
        blocked = set(block)
        found = metadata.entry_points(group=ENTRY_POINT_GROUP)
        for ep in sorted(found, key=lambda e: (e.name, e.value)):
            if ep.name in blocked or _same_target(ep.value, BUILTIN_ENTRY_POINT):
                continue
            dist = _distribution(ep)
            try:
                target = ep.load()
            except Exception as exc:
                raise PluginLoadError(
                    ep.name, dist, f"cannot import {ep.value}: {type(exc).__name__}: {exc}"
                ) from exc
            origin = f"entry point {ep.name} ({dist})" if dist else f"entry point {ep.name}"
            _register(registry, ep.name, origin, dist, _as_register(ep.name, dist, target))
    for spec in plugins:
        name, func = _resolve_plugin(spec)
        _register(registry, name, f"plugin {name}", None, func)
    for path in rule_files_in(list(rule_files)):
        registry.add_rule_file(path)
    return registry.build()


def _same_target(value: str, target: str) -> bool:
    return value.replace(" ", "") == target


def _distribution(ep: metadata.EntryPoint) -> str | None:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return None
    try:
        return f"{dist.metadata['Name']} {dist.version}"
    except Exception:  # pragma: no cover - broken metadata
        return None


def _as_register(name: str, dist: str | None, target: Any) -> RegisterFunction:
    func = target if callable(target) else getattr(target, "register", None)
    if not callable(func):
        raise PluginLoadError(
            name, dist, f"{target!r} is neither callable nor has a callable 'register'"
        )
    return cast(RegisterFunction, func)


def _resolve_plugin(spec: PluginSpec) -> tuple[str, RegisterFunction]:
    if isinstance(spec, str):
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            raise PluginLoadError(
                spec, None, f"cannot import {module_name}: {type(exc).__name__}: {exc}"
            ) from exc
        target: Any = module
        if attr:
            try:
                for part in attr.split("."):
                    target = getattr(target, part)
            except AttributeError as exc:
                raise PluginLoadError(spec, None, f"{module_name} has no {attr!r}") from exc
        return spec, _as_register(spec, None, target)
    if not callable(spec):
        raise PluginLoadError(repr(spec), None, "a plugin must be callable or a 'module:attr'")
    name = f"{getattr(spec, '__module__', '?')}:{getattr(spec, '__qualname__', repr(spec))}"
    return name, spec


def _register(
    registry: RuleRegistry, name: str, origin: str, dist: str | None, func: RegisterFunction
) -> None:
    saved = registry.pack
    registry.pack = name
    registry.note_pack(name, origin)
    try:
        func(registry)
    except (PluginLoadError, RuleFileError):
        raise
    except Exception as exc:
        raise PluginLoadError(
            name, dist, f"register() failed: {type(exc).__name__}: {exc}"
        ) from exc
    finally:
        registry.pack = saved
