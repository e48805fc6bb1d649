"""Fixtures for the source-typing tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sources_helpers import entity

from attribution.sources import SourceTyper, TypeDecision


@pytest.fixture(scope="session")
def typer() -> SourceTyper:
    return SourceTyper.default()


@pytest.fixture(scope="session")
def classify(typer: SourceTyper) -> Callable[..., TypeDecision]:
    def run(text: str, *mentions: str, descriptors: tuple[str, ...] = ()) -> TypeDecision:
        return typer.classify(entity(text, *mentions, descriptors=descriptors))

    return run
