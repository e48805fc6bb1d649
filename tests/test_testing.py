"""The test helpers of attribution.testing: hand-written parses."""

from __future__ import annotations

import doctest

import attribution.testing
from attribution.testing import hand_parsed


def test_hand_parsed_offsets_cover_each_word() -> None:
    text, sent = hand_parsed([("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
                              ("said", "VERB", "VBD", "say", -1, "root"),
                              ("no", "INTJ", "UH", "no", 1, "obj")])
    assert text == "Roe said no"
    assert [text[t.start : t.end] for t in sent.tokens] == ["Roe", "said", "no"]
    assert (sent.start, sent.end) == (0, len(text))
    assert sent.root is not None and sent.root.text == "said"
    assert [t.text for t in sent.children(1)] == ["Roe", "no"]


def test_the_module_examples_run() -> None:
    assert doctest.testmod(attribution.testing).failed == 0
