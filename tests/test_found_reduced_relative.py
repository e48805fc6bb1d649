"""A cue the parse hung as a complement on a reduced relative it took for the main verb."""

from attribution.testing import Row, hand_reports


def _sources(rows: list[Row]) -> dict[str, str | None]:
    """The source of each cue of the sentence."""
    return {r.cue: r.source for r in hand_reports(rows)}


def test_subject_of_a_participle_taken_for_the_main_verb_is_the_speaker() -> None:
    # "A county survey published Monday showed most drivers opposing the toll.": the parse
    # made "published" the root and "showed" its complement with "Monday" for subject
    rows: list[Row] = [
        ("A", "DET", "DT", "a", 2, "det"),
        ("county", "NOUN", "NN", "county", 2, "compound"),
        ("survey", "NOUN", "NN", "survey", 3, "nsubj"),
        ("published", "VERB", "VBD", "publish", -1, "root"),
        ("Monday", "PROPN", "NNP", "Monday", 5, "nsubj"),
        ("showed", "VERB", "VBD", "show", 3, "ccomp"),
        ("most", "ADJ", "JJS", "most", 7, "amod"),
        ("drivers", "NOUN", "NNS", "driver", 5, "obj"),
        ("opposing", "VERB", "VBG", "oppose", 5, "xcomp"),
        ("the", "DET", "DT", "the", 10, "det"),
        ("toll", "NOUN", "NN", "toll", 8, "obj"),
        (".", "PUNCT", ".", ".", 3, "punct"),
    ]
    assert _sources(rows).get("showed") == "A county survey"


def test_a_reporting_verb_with_a_complement_keeps_its_own_reading() -> None:
    # "The mayor said Monday drivers oppose the toll.": "said" is a cue, not a participle
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("mayor", "NOUN", "NN", "mayor", 2, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Monday", "PROPN", "NNP", "Monday", 2, "obl:tmod"),
        ("drivers", "NOUN", "NNS", "driver", 5, "nsubj"),
        ("oppose", "VERB", "VBP", "oppose", 2, "ccomp"),
        ("the", "DET", "DT", "the", 7, "det"),
        ("toll", "NOUN", "NN", "toll", 5, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _sources(rows).get("said Monday") == "The mayor"  # (the day joins the cue)
