""""'s" before a past participle read as "has" where a passive cannot be meant (made up)."""

from __future__ import annotations

from attribution.testing import Row, hand_reports


def _reports(rows: list[Row]) -> list[tuple[str, str, bool]]:
    """(source, first content, impersonal) of each attribution of the sentence."""
    return [(r.source or "-", r.contents[0] if r.contents else "", r.impersonal)
            for r in hand_reports(rows)]


def test_he_s_said_with_a_clause_is_an_active_report() -> None:
    # the parse takes "'s" for a passive "is"
    rows: list[Row] = [
        ("He", "PRON", "PRP", "he", 2, "nsubj:pass"),
        ("'s", "AUX", "VBZ", "be", 2, "aux:pass"),
        ("said", "VERB", "VBN", "say", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("tax", "NOUN", "NN", "tax", 6, "nsubj"),
        ("is", "AUX", "VBZ", "be", 6, "cop"),
        ("unfair", "ADJ", "JJ", "unfair", 2, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [("He", "the tax is unfair", False)]


def test_it_s_said_stays_an_impersonal_passive() -> None:
    rows: list[Row] = [
        ("It", "PRON", "PRP", "it", 2, "expl"),
        ("'s", "AUX", "VBZ", "be", 2, "aux:pass"),
        ("said", "VERB", "VBN", "say", -1, "root"),
        ("that", "SCONJ", "IN", "that", 6, "mark"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("tax", "NOUN", "NN", "tax", 6, "nsubj"),
        ("failed", "VERB", "VBD", "fail", 2, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    ((source, _, impersonal),) = _reports(rows)
    assert source == "-" and impersonal


def test_he_s_said_to_be_ill_stays_passive() -> None:
    rows: list[Row] = [
        ("He", "PRON", "PRP", "he", 2, "nsubj:pass"),
        ("'s", "AUX", "VBZ", "be", 2, "aux:pass"),
        ("said", "VERB", "VBN", "say", -1, "root"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("be", "AUX", "VB", "be", 5, "cop"),
        ("ill", "ADJ", "JJ", "ill", 2, "xcomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    ((source, _, impersonal),) = _reports(rows)
    assert source == "-" and impersonal
