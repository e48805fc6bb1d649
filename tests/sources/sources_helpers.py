"""Helpers for the source-typing tests: spans taken from example sentences written here."""

from __future__ import annotations

from pathlib import Path

from attribution._model import Span
from attribution.sources import EntityFacts, MentionFacts

SAMPLE_PLUGIN_SRC = Path(__file__).resolve().parent.parent / "sample_plugin" / "src"


def span_of(text: str, words: str, occurrence: int = 0) -> Span:
    """The span of the *occurrence*-th appearance of *words* in *text*."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Span.from_text(text, start, start + len(words))


def entity(text: str, *mentions: str, descriptors: tuple[str, ...] = ()) -> EntityFacts:
    """Facts for the named mentions and descriptors of *text* (first occurrences, in order)."""
    seen: dict[str, int] = {}
    facts = []
    for words in mentions:
        n = seen.get(words, 0)
        seen[words] = n + 1
        facts.append(MentionFacts.from_span(span_of(text, words, n)))
    return EntityFacts(
        name=facts[0].span.text if facts else "",
        mentions=tuple(facts),
        descriptors=tuple(span_of(text, d) for d in descriptors),
    )
