"""Shared fixtures: a model-free parser, the embedded-model parser and the shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from attribution import Parser
from attribution.testing import FakeBackend

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
PALMYRA = SHARED / "examples" / "palmyra-reuters.txt"
POLNEAR = SHARED / "polnear" / "train"


@pytest.fixture(scope="session")
def fake_parser() -> Parser:
    """A Parser on the fake backend: real layout, quotes, claims and typing, no model."""
    return Parser(backend=FakeBackend(), entry_points=False)


@pytest.fixture(scope="session")
def parser() -> Parser:
    """A Parser on the embedded Stanza models (loaded once per test session).

    ATTRIBUTION_TEST_MODEL names another model folder to test against (e.g. a new set while
    it is being trained).
    """
    return Parser(os.environ.get("ATTRIBUTION_TEST_MODEL", "embedded"), threads=1,
                  entry_points=False)


@pytest.fixture(scope="session")
def palmyra_text() -> str:
    if not PALMYRA.is_file():
        pytest.skip(f"shared example article not found at {PALMYRA} (../shared is absent)")
    return PALMYRA.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def example_text() -> str:
    return (ROOT / "examples" / "harbor-wire.txt").read_text(encoding="utf-8")
