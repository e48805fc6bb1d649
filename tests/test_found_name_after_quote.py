"""A name the parse hung on the last words of a quotation it took for the cue's subject."""

from attribution.testing import Row, hand_reports


def test_name_after_a_closing_quote_is_the_speaker() -> None:
    # "Too much debt,'' Jane Roe, an analyst, said, naming one.": the parse made "debt" the
    # subject of "said" and the name its apposition
    rows: list[Row] = [
        ("Too", "ADV", "RB", "too", 1, "advmod"),
        ("much", "ADJ", "JJ", "much", 2, "amod"),
        ("debt", "NOUN", "NN", "debt", 11, "nsubj"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("''", "PUNCT", "''", "''", 5, "punct"),
        ("Jane", "PROPN", "NNP", "Jane", 2, "appos"),
        ("Roe", "PROPN", "NNP", "Roe", 5, "flat"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("an", "DET", "DT", "a", 9, "det"),
        ("analyst", "NOUN", "NN", "analyst", 5, "appos"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        (",", "PUNCT", ",", ",", 13, "punct"),
        ("naming", "VERB", "VBG", "name", 11, "ccomp"),
        ("one", "NUM", "CD", "one", 13, "obj"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    assert {r.cue: r.source for r in hand_reports(rows)}.get("said") == "Jane Roe"


def test_an_apposition_without_a_quote_leaves_the_subject() -> None:
    # "The firm, Acme, said profits rose.": no quotation between them
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("firm", "NOUN", "NN", "firm", 5, "nsubj"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("Acme", "PROPN", "NNP", "Acme", 1, "appos"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("profits", "NOUN", "NNS", "profit", 7, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 5, "ccomp"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert {r.cue: r.source for r in hand_reports(rows)}.get("said") == "The firm"
