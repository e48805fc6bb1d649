"""Title-case headlines are parsed in sentence case, with the original text kept."""

from __future__ import annotations

import pytest

from attribution import Parser
from attribution._headline_case import is_title_case, restore, sentence_case
from attribution._parsed import ParsedText, Sentence, Token
from attribution.cues import lexicon


def test_title_case_is_told_from_sentence_case() -> None:
    assert is_title_case("Former Senator Jane Roe Endorses Doe For Governor")
    assert not is_title_case("Former senator Jane Roe endorses Doe for governor")
    assert not is_title_case("Roe Wins")  # too short to tell


def test_sentence_case_lowers_verbs_and_function_words_only() -> None:
    line = "Senator Roe Endorses Doe, Says Talks With Unions Will Go On in May"
    cased = sentence_case(line, lexicon())
    assert len(cased) == len(line)
    assert cased == "Senator Roe endorses Doe, says talks with Unions will Go on in May"


def test_restore_gives_every_token_its_original_spelling() -> None:
    original = "Roe Endorses Doe"
    cased = sentence_case(original, lexicon())
    toks = (Token(0, "Roe", 0, 3, "PROPN", "NNP", "Roe", 1, "nsubj"),
            Token(1, "endorses", 4, 12, "VERB", "VBZ", "endorse", -1, "root"),
            Token(2, "Doe", 13, 16, "PROPN", "NNP", "Doe", 1, "obj"))
    fixed = restore(ParsedText(cased, (Sentence(0, 16, toks),)), original)
    assert fixed.text == original
    assert [t.text for t in fixed.sentences[0].tokens] == ["Roe", "Endorses", "Doe"]
    assert all(original[t.start : t.end] == t.text for t in fixed.sentences[0].tokens)
    assert fixed.sentences[0].tokens[1].lemma == "endorse"


@pytest.mark.model
def test_a_title_case_headline_reports_with_its_verb(parser: Parser) -> None:
    text = ("Former Senator Jane Roe Endorses Doe For Governor\n\n"
            "The endorsement came on Monday, a week before the vote in the state.\n")
    art = parser.parse(text)
    (claim,) = [c for c in art.claims if c.block == "headline"]
    assert claim.attributed and claim.cue is not None and claim.source_mention is not None
    assert (claim.cue.text, claim.source_mention.text, claim.text) == (
        "Endorses", "Former Senator Jane Roe", "Doe For Governor")
    assert text[claim.cue.span.start : claim.cue.span.end] == "Endorses"
