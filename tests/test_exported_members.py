"""Guard the public API: everything in __all__ exists, and nothing public is left out."""

from __future__ import annotations

import inspect

import attribution
import attribution.exceptions


def test_all_names_exist() -> None:
    for name in attribution.__all__:
        assert hasattr(attribution, name), name


def test_every_public_member_is_in_all() -> None:
    public = {
        name
        for name, value in vars(attribution).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    assert public == set(attribution.__all__) - {"__version__"}


def test_exceptions_are_exported_and_derive_from_base() -> None:
    for name in attribution.exceptions.__all__:
        exc = getattr(attribution.exceptions, name)
        assert issubclass(exc, attribution.AttributionError)
        assert getattr(attribution, name) is exc
