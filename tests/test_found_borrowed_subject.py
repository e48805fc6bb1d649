"""Sources borrowed from the clause a cue adjective or participle hangs on."""

from attribution.testing import Row, hand_reports


def _sources(rows: list[Row]) -> dict[str, str | None]:
    """The source of each cue of the sentence."""
    return {r.cue: r.source for r in hand_reports(rows)}


def test_adjective_set_off_by_a_comma_describes_the_clause_subject() -> None:
    # "Union organizers spent the week calling members, confident that the strike would end."
    rows: list[Row] = [
        ("Union", "NOUN", "NN", "union", 1, "compound"),
        ("organizers", "NOUN", "NNS", "organizer", 2, "nsubj"),
        ("spent", "VERB", "VBD", "spend", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("week", "NOUN", "NN", "week", 2, "obj"),
        ("calling", "VERB", "VBG", "call", 2, "xcomp"),
        ("members", "NOUN", "NNS", "member", 5, "obj"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("confident", "ADJ", "JJ", "confident", 2, "parataxis"),
        ("that", "SCONJ", "IN", "that", 13, "mark"),
        ("the", "DET", "DT", "the", 11, "det"),
        ("strike", "NOUN", "NN", "strike", 13, "nsubj"),
        ("would", "AUX", "MD", "would", 13, "aux"),
        ("end", "VERB", "VB", "end", 8, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _sources(rows).get("confident") == "Union organizers"


def test_adjective_conjoined_to_a_passive_names_its_subject() -> None:
    # "The coaches were pleased with the draw and confident that the team would advance."
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("coaches", "NOUN", "NNS", "coach", 3, "nsubj:pass"),
        ("were", "AUX", "VBD", "be", 3, "aux:pass"),
        ("pleased", "VERB", "VBN", "please", -1, "root"),
        ("with", "ADP", "IN", "with", 6, "case"),
        ("the", "DET", "DT", "the", 6, "det"),
        ("draw", "NOUN", "NN", "draw", 3, "obl"),
        ("and", "CCONJ", "CC", "and", 8, "cc"),
        ("confident", "ADJ", "JJ", "confident", 3, "conj"),
        ("that", "SCONJ", "IN", "that", 13, "mark"),
        ("the", "DET", "DT", "the", 11, "det"),
        ("team", "NOUN", "NN", "team", 13, "nsubj"),
        ("would", "AUX", "MD", "would", 13, "aux"),
        ("advance", "VERB", "VB", "advance", 8, "ccomp"),
        (".", "PUNCT", ".", ".", 3, "punct"),
    ]
    assert _sources(rows).get("confident") == "The coaches"


def test_participle_on_a_reduced_relative_taken_for_the_main_verb() -> None:
    # "Rules adopted by the league, telling clubs to cap prices, have drawn complaints.": the
    # parse made "adopted" the root; who tells is the rules
    rows: list[Row] = [
        ("Rules", "NOUN", "NNS", "rule", 1, "nsubj:pass"),
        ("adopted", "VERB", "VBN", "adopt", -1, "root"),
        ("by", "ADP", "IN", "by", 4, "case"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("league", "NOUN", "NN", "league", 1, "obl"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("telling", "VERB", "VBG", "tell", 1, "advcl"),
        ("clubs", "NOUN", "NNS", "club", 6, "obj"),
        ("to", "PART", "TO", "to", 9, "mark"),
        ("cap", "VERB", "VB", "cap", 6, "xcomp"),
        ("prices", "NOUN", "NNS", "price", 9, "obj"),
        (",", "PUNCT", ",", ",", 14, "punct"),
        ("have", "AUX", "VBP", "have", 14, "aux"),
        ("drawn", "VERB", "VBN", "draw", 1, "conj"),
        ("complaints", "NOUN", "NNS", "complaint", 14, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _sources(rows).get("telling") == "Rules"
