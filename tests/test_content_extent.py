"""Where a content starts and ends, after PolNeAR's conventions (made-up sentences)."""

from __future__ import annotations

from attribution.testing import Row, hand_reports


def _reports(rows: list[Row]) -> list[tuple[str, str, list[str]]]:
    """(source, cue, contents) of each attribution of the sentence."""
    return [(r.source or "-", r.cue, list(r.contents)) for r in hand_reports(rows)]


def test_infinitive_to_after_a_report_noun_belongs_to_the_content() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("mayor", "NOUN", "NN", "mayor", 3, "nmod:poss"),
        ("'s", "PART", "POS", "'s", 1, "case"),
        ("promise", "NOUN", "NN", "promise", 9, "nsubj"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("repave", "VERB", "VB", "repave", 3, "acl"),
        ("every", "DET", "DT", "every", 7, "det"),
        ("road", "NOUN", "NN", "road", 5, "obj"),
        ("was", "AUX", "VBD", "be", 9, "cop"),
        ("popular", "ADJ", "JJ", "popular", -1, "root"),
        (".", "PUNCT", ".", ".", 9, "punct"),
    ]
    assert ("The mayor", "promise", ["to repave every road"]) in _reports(rows)


def test_preposition_to_after_a_report_noun_stays_with_the_cue() -> None:
    rows: list[Row] = [
        ("Her", "PRON", "PRP$", "her", 1, "nmod:poss"),
        ("opposition", "NOUN", "NN", "opposition", 6, "nsubj"),
        ("to", "ADP", "IN", "to", 4, "case"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("toll", "NOUN", "NN", "toll", 1, "nmod:to"),
        ("was", "AUX", "VBD", "be", 6, "cop"),
        ("clear", "ADJ", "JJ", "clear", -1, "root"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    got = _reports(rows)
    assert got and all(cue == "opposition to" and contents == ["the toll"]
                       for _, cue, contents in got), got


def test_the_one_named_belongs_to_a_naming_content() -> None:
    # the parse takes "the plan" for an indirect object of "called"
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("senator", "NOUN", "NN", "senator", 2, "nsubj"),
        ("called", "VERB", "VBD", "call", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("plan", "NOUN", "NN", "plan", 2, "iobj"),
        ("a", "DET", "DT", "a", 7, "det"),
        ("costly", "ADJ", "JJ", "costly", 7, "amod"),
        ("mistake", "NOUN", "NN", "mistake", 2, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [("The senator", "called", ["the plan a costly mistake"])]


def test_the_one_told_stays_out_of_the_content() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("coach", "NOUN", "NN", "coach", 2, "nsubj"),
        ("promised", "VERB", "VBD", "promise", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("players", "NOUN", "NNS", "player", 2, "iobj"),
        ("a", "DET", "DT", "a", 7, "det"),
        ("long", "ADJ", "JJ", "long", 7, "amod"),
        ("break", "NOUN", "NN", "break", 2, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [("The coach", "promised", ["a long break"])]


def test_a_closing_relative_clause_on_the_object_is_the_reporters() -> None:
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("praised", "VERB", "VBD", "praise", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("city", "NOUN", "NN", "city", 4, "compound"),
        ("budget", "NOUN", "NN", "budget", 1, "obj"),
        ("for", "SCONJ", "IN", "for", 6, "mark"),
        ("funding", "VERB", "VBG", "fund", 1, "advcl"),
        ("the", "DET", "DT", "the", 8, "det"),
        ("library", "NOUN", "NN", "library", 6, "obj"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        ("which", "PRON", "WDT", "which", 11, "nsubj"),
        ("opened", "VERB", "VBD", "open", 8, "acl:relcl"),
        ("in", "ADP", "IN", "in", 13, "case"),
        ("May", "PROPN", "NNP", "May", 11, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("She", "praised", ["the city budget for funding the library"])]
    # ", when ..." on a time is one too
    rows = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("praised", "VERB", "VBD", "praise", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("budget", "NOUN", "NN", "budget", 1, "obj"),
        ("for", "ADP", "IN", "for", 5, "case"),
        ("2015", "NUM", "CD", "2015", 3, "nmod"),
        (",", "PUNCT", ",", ",", 10, "punct"),
        ("when", "ADV", "WRB", "when", 10, "advmod"),
        ("the", "DET", "DT", "the", 9, "det"),
        ("library", "NOUN", "NN", "library", 10, "nsubj"),
        ("opened", "VERB", "VBD", "open", 5, "acl:relcl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("She", "praised", ["the budget for 2015"])]


def test_a_relative_clause_inside_a_quotation_stays() -> None:
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("praised", "VERB", "VBD", "praise", -1, "root"),
        ("\u201c", "PUNCT", "``", "\u201c", 4, "punct"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("staff", "NOUN", "NN", "staff", 1, "obj"),
        ("of", "ADP", "IN", "of", 7, "case"),
        ("the", "DET", "DT", "the", 7, "det"),
        ("library", "NOUN", "NN", "library", 4, "nmod"),
        (",", "PUNCT", ",", ",", 10, "punct"),
        ("which", "PRON", "WDT", "which", 10, "nsubj"),
        ("changed", "VERB", "VBD", "change", 7, "acl:relcl"),
        ("lives", "NOUN", "NNS", "life", 10, "obj"),
        ("\u201d", "PUNCT", "''", "\u201d", 4, "punct"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    ((_, _, contents),) = _reports(rows)
    assert "which changed lives" in contents[0]


def test_a_restrictive_relative_clause_stays_in_the_content() -> None:
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("praised", "VERB", "VBD", "praise", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("teachers", "NOUN", "NNS", "teacher", 1, "obj"),
        ("who", "PRON", "WP", "who", 5, "nsubj"),
        ("stayed", "VERB", "VBD", "stay", 3, "acl:relcl"),
        ("late", "ADV", "RB", "late", 5, "advmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("She", "praised", ["the teachers who stayed late"])]


def test_the_object_of_an_as_predicate_belongs_to_the_content() -> None:
    rows: list[Row] = [
        ("Analysts", "NOUN", "NNS", "analyst", 1, "nsubj"),
        ("see", "VERB", "VBP", "see", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("merger", "NOUN", "NN", "merger", 1, "obj"),
        ("as", "ADP", "IN", "as", 6, "case"),
        ("a", "DET", "DT", "a", 6, "det"),
        ("mistake", "NOUN", "NN", "mistake", 1, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Analysts", "see", ["the merger as a mistake"])]


def _said_but(subject: tuple[str, str, str]) -> list[Row]:
    # "The clerk said the fund grew , but <subject> fell short ." as the parse hangs it: the
    # second clause on the cue verb
    word, upos, xpos = subject
    return [
        ("The", "DET", "DT", "the", 1, "det"),
        ("clerk", "NOUN", "NN", "clerk", 2, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("fund", "NOUN", "NN", "fund", 5, "nsubj"),
        ("grew", "VERB", "VBD", "grow", 2, "ccomp"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("but", "CCONJ", "CC", "but", 9, "cc"),
        (word, upos, xpos, word.lower(), 9, "nsubj"),
        ("fell", "VERB", "VBD", "fall", 2, "conj"),
        ("short", "ADV", "RB", "short", 9, "advmod"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]


def test_a_clause_conjoined_after_the_reported_one_goes_on_with_it() -> None:
    got = _reports(_said_but(("revenue", "NOUN", "NN")))
    assert ("The clerk", "said", ["the fund grew , but revenue fell short"]) in got, got


def test_a_conjoined_clause_of_the_speaker_stays_out_of_the_content() -> None:
    # "..., but the clerk fell short": the speaker's own next act, not what was said
    rows = _said_but(("clerk", "NOUN", "NN"))
    rows[8:8] = [("the", "DET", "DT", "the", 9, "det")]
    rows = [(w, u, x, lem, h + (h >= 8), r) for w, u, x, lem, h, r in rows]
    rows[8] = ("the", "DET", "DT", "the", 9, "det")
    got = _reports(rows)
    assert ("The clerk", "said", ["the fund grew"]) in got, got


def test_a_conjoined_cue_verb_with_a_modal_of_its_own_goes_on_with_the_content() -> None:
    # "will address" cannot be a second act of "said": what the speaker said will happen
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("clerk", "NOUN", "NN", "clerk", 2, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("board", "NOUN", "NN", "board", 5, "nsubj"),
        ("has", "VERB", "VBZ", "have", 2, "ccomp"),
        ("the", "DET", "DT", "the", 7, "det"),
        ("memo", "NOUN", "NN", "memo", 5, "obj"),
        ("and", "CCONJ", "CC", "and", 10, "cc"),
        ("will", "AUX", "MD", "will", 10, "aux"),
        ("address", "VERB", "VB", "address", 2, "conj"),
        ("it", "PRON", "PRP", "it", 10, "obj"),
        ("soon", "ADV", "RB", "soon", 10, "advmod"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    got = _reports(rows)
    assert ("The clerk", "said", ["the board has the memo and will address it soon"]) in got, got


def test_a_relative_clause_reporting_of_its_own_ends_the_content() -> None:
    # the parse hangs "costly" on the cue verb and the relative report on "costly"
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("mayor", "NOUN", "NN", "mayor", 2, "nsubj"),
        ("criticized", "VERB", "VBD", "criticize", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("plan", "NOUN", "NN", "plan", 2, "obj"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("which", "PRON", "WDT", "which", 8, "obj"),
        ("auditors", "NOUN", "NNS", "auditor", 8, "nsubj"),
        ("said", "VERB", "VBD", "say", 10, "advcl"),
        ("was", "AUX", "VBD", "be", 10, "cop"),
        ("costly", "ADJ", "JJ", "costly", 2, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    got = _reports(rows)
    assert ("The mayor", "criticized", ["the plan"]) in got, got
    assert ("auditors", "said", ["was costly"]) in got, got


def test_a_verb_of_talking_reports_only_what_its_preposition_opens() -> None:
    # "speak" takes no reported clause: the clause beside it is not its content
    rows: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 1, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 4, "ccomp"),
        (",", "PUNCT", ",", ",", 1, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 4, "nsubj"),
        ("spoke", "VERB", "VBD", "speak", -1, "root"),
        (".", "PUNCT", ".", ".", 4, "punct"),
    ]
    assert _reports(rows) == []
    # ... and a verb of saying there reports it
    rows[4] = ("said", "VERB", "VBD", "say", -1, "root")
    assert _reports(rows) == [("Roe", "said", ["Taxes rose"])]
    # "spoke about X" reports X
    about: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("spoke", "VERB", "VBD", "speak", -1, "root"),
        ("about", "ADP", "IN", "about", 4, "case"),
        ("new", "ADJ", "JJ", "new", 4, "amod"),
        ("taxes", "NOUN", "NNS", "tax", 1, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(about) == [("Roe", "spoke about", ["new taxes"])]


def test_a_strict_verb_reports_only_through_its_own_complement() -> None:
    # "maintains a lead" keeps something; the parse's stray clause after it is no report
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("maintains", "VERB", "VBZ", "maintain", -1, "root"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("wide", "ADJ", "JJ", "wide", 4, "amod"),
        ("lead", "NOUN", "NN", "lead", 1, "obj"),
        ("the", "DET", "DT", "the", 6, "det"),
        ("poll", "NOUN", "NN", "poll", 7, "nsubj"),
        ("finds", "VERB", "VBZ", "find", 1, "parataxis"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert all(cue != "maintains" for _, cue, _ in _reports(rows))
    # "maintained that ..." is a report
    that: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("maintained", "VERB", "VBD", "maintain", -1, "root"),
        ("that", "SCONJ", "IN", "that", 6, "mark"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("server", "NOUN", "NN", "server", 6, "nsubj"),
        ("was", "AUX", "VBD", "be", 6, "cop"),
        ("secure", "ADJ", "JJ", "secure", 1, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(that) == [("Roe", "maintained", ["that the server was secure"])]


def test_an_infinitive_the_parse_hung_on_a_light_verb_completes_the_for_phrase() -> None:
    rows: list[Row] = [
        ("Democrats", "PROPN", "NNPS", "Democrats", 1, "nsubj"),
        ("renewed", "VERB", "VBD", "renew", -1, "root"),
        ("calls", "NOUN", "NNS", "call", 1, "obj"),
        ("for", "ADP", "IN", "for", 5, "case"),
        ("a", "DET", "DT", "a", 5, "det"),
        ("prosecutor", "NOUN", "NN", "prosecutor", 1, "obl"),
        ("to", "PART", "TO", "to", 7, "mark"),
        ("examine", "VERB", "VB", "examine", 1, "advcl"),
        ("the", "DET", "DT", "the", 9, "det"),
        ("deal", "NOUN", "NN", "deal", 7, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert ("Democrats", "renewed calls for", ["a prosecutor to examine the deal"]) in _reports(
        rows
    )


def test_an_infinitive_after_a_comma_completes_a_for_phrase_content() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("called", "VERB", "VBD", "call", -1, "root"),
        ("for", "ADP", "IN", "for", 3, "case"),
        ("wages", "NOUN", "NNS", "wage", 1, "obl"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("now", "ADV", "RB", "now", 3, "advmod"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("to", "PART", "TO", "to", 9, "mark"),
        ("be", "AUX", "VB", "be", 9, "aux:pass"),
        ("raised", "VERB", "VBN", "raise", 1, "advcl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "called for", ["wages , now , to be raised"])]


def test_a_passive_cue_with_its_own_subject_borrows_no_speaker() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("left", "VERB", "VBD", "leave", -1, "root"),
        ("after", "SCONJ", "IN", "after", 5, "mark"),
        ("Doe", "PROPN", "NNP", "Doe", 5, "nsubj:pass"),
        ("was", "AUX", "VBD", "be", 5, "aux:pass"),
        ("declared", "VERB", "VBN", "declare", 1, "advcl"),
        ("the", "DET", "DT", "the", 7, "det"),
        ("winner", "NOUN", "NN", "winner", 5, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert all(source != "Roe" for source, _, _ in _reports(rows))
    # an active cue there still borrows the clause's subject ("Roe left, declaring ...")
    rows[2:6] = [
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("declaring", "VERB", "VBG", "declare", 1, "advcl"),
        ("Doe", "PROPN", "NNP", "Doe", 3, "obj"),
        ("the", "DET", "DT", "the", 5, "det"),
    ]
    rows[6] = ("winner", "NOUN", "NN", "winner", 3, "xcomp")
    rows[7] = (".", "PUNCT", ".", ".", 1, "punct")
    del rows[8]
    assert [s for s, _, _ in _reports(rows)] == ["Roe"]


def test_a_passive_participle_clause_borrows_no_speaker() -> None:
    # "..., especially when advised to ...": the clause's subject is the one advised
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("bristles", "VERB", "VBZ", "bristle", -1, "root"),
        ("when", "ADV", "WRB", "when", 3, "advmod"),
        ("urged", "VERB", "VBN", "urge", 1, "advcl"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("cut", "VERB", "VB", "cut", 3, "xcomp"),
        ("taxes", "NOUN", "NNS", "tax", 5, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert all(source != "Roe" for source, _, _ in _reports(rows))


def test_called_upon_is_a_call_like_called_on() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("called", "VERB", "VBD", "call", -1, "root"),
        ("upon", "ADP", "IN", "upon", 3, "case"),
        ("voters", "NOUN", "NNS", "voter", 1, "obl"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("rally", "VERB", "VB", "rally", 1, "advcl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert [(s, c) for s, c, _ in _reports(rows)] == [("Roe", "called upon")]


def test_a_gerund_after_a_verb_of_taking_sides_is_its_content() -> None:
    rows: list[Row] = [
        ("Voters", "NOUN", "NNS", "voter", 1, "nsubj"),
        ("support", "VERB", "VBP", "support", -1, "root"),
        ("putting", "VERB", "VBG", "put", 1, "xcomp"),
        ("cameras", "NOUN", "NNS", "camera", 2, "obj"),
        ("on", "ADP", "IN", "on", 5, "case"),
        ("officers", "NOUN", "NNS", "officer", 2, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Voters", "support", ["putting cameras on officers"])]


def test_a_one_word_name_the_tagger_half_took_for_a_noun_is_a_content() -> None:
    # UPOS says noun, the English tag says proper noun ("Sanders/NOUN/NNPS")
    rows: list[Row] = [
        ("Voters", "NOUN", "NNS", "voter", 1, "nsubj"),
        ("backed", "VERB", "VBD", "back", -1, "root"),
        ("Sanders", "NOUN", "NNPS", "Sanders", 1, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Voters", "backed", ["Sanders"])]
    rows[2] = ("taxes", "NOUN", "NNS", "tax", 1, "obj")
    assert _reports(rows) == []


def test_an_as_clause_with_its_own_object_says_when_not_who_reports() -> None:
    rows: list[Row] = [
        ("As", "SCONJ", "IN", "as", 2, "mark"),
        ("Roe", "PROPN", "NNP", "Roe", 2, "nsubj"),
        ("discussed", "VERB", "VBD", "discuss", 7, "advcl"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("budget", "NOUN", "NN", "budget", 2, "obj"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        ("Doe", "PROPN", "NNP", "Doe", 7, "nsubj"),
        ("left", "VERB", "VBD", "leave", -1, "root"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert _reports(rows) == [("Roe", "discussed", ["the budget"])]
    # a bare cue clause is the reporter's source: "As the Post reported, ..."
    bare: list[Row] = [
        ("As", "SCONJ", "IN", "as", 3, "mark"),
        ("the", "DET", "DT", "the", 2, "det"),
        ("Post", "PROPN", "NNP", "Post", 3, "nsubj"),
        ("reported", "VERB", "VBD", "report", 6, "advcl"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("taxes", "NOUN", "NNS", "tax", 6, "nsubj"),
        ("rose", "VERB", "VBD", "rise", -1, "root"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    assert _reports(bare) == [("the Post", "reported", ["taxes rose"])]


_OPEN, _CLOSE = "\u201c", "\u201d"


def _we_will_win(rel: str) -> list[Row]:
    """'"We will win,"' before a cue verb at token 6 that the parse made its *rel* head."""
    return [
        (_OPEN, "PUNCT", "``", '"', 3, "punct"),
        ("We", "PRON", "PRP", "we", 3, "nsubj"),
        ("will", "AUX", "MD", "will", 3, "aux"),
        ("win", "VERB", "VB", "win", 6, rel),
        (",", "PUNCT", ",", ",", 3, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 3, "punct"),
    ]


def test_a_participle_after_a_postposed_speaker_is_no_content() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 2, "punct"),
        ("We", "PRON", "PRP", "we", 2, "nsubj"),
        ("need", "VERB", "VBP", "need", 7, "advcl"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("deal", "NOUN", "NN", "deal", 2, "obj"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 2, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Tim", "PROPN", "NNP", "Tim", 7, "nsubj"),
        ("Ernst", "PROPN", "NNP", "Ernst", 8, "flat"),
        (",", "PUNCT", ",", ",", 12, "punct"),
        ("a", "DET", "DT", "a", 12, "det"),
        ("spokesman", "NOUN", "NN", "spokesman", 8, "appos"),
        (",", "PUNCT", ",", ",", 14, "punct"),
        ("echoing", "VERB", "VBG", "echo", 7, "ccomp"),
        ("the", "DET", "DT", "the", 16, "det"),
        ("governor", "NOUN", "NN", "governor", 14, "obj"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    got = _reports(rows)
    assert ("Tim Ernst", "said", [f"{_OPEN} We need a deal , {_CLOSE}"]) in got, got
    # the participle is no cue clause with the descriptor for its speaker
    assert all(source != "a spokesman" for source, _, _ in got), got


def test_a_clause_after_a_closed_quotation_and_its_cue_is_the_reporters() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 2, "punct"),
        ("We", "PRON", "PRP", "we", 2, "nsubj"),
        ("need", "VERB", "VBP", "need", 8, "advcl"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("deal", "NOUN", "NN", "deal", 2, "obj"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "``", '"', 8, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 8, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        (",", "PUNCT", ",", ",", 13, "punct"),
        ("but", "CCONJ", "CC", "but", 13, "cc"),
        ("the", "DET", "DT", "the", 12, "det"),
        ("mayor", "NOUN", "NN", "mayor", 13, "nsubj"),
        ("disagreed", "VERB", "VBD", "disagree", 8, "conj"),
        (".", "PUNCT", ".", ".", 8, "punct"),
    ]
    # and "but the mayor disagreed" is no cue clause reporting the quotation
    assert _reports(rows) == [("Roe", "said", [f"{_OPEN} We need a deal , {_CLOSE}"])]


def test_a_quoted_sentence_that_goes_on_after_its_cue_stays_one_content() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 9, "punct"),
        ("Only", "ADV", "RB", "only", 2, "advmod"),
        ("you", "PRON", "PRP", "you", 9, "reparandum"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "``", '"', 6, "punct"),
        ("she", "PRON", "PRP", "she", 6, "nsubj"),
        ("said", "VERB", "VBD", "say", 9, "parataxis"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("would", "AUX", "MD", "would", 9, "aux"),
        ("do", "VERB", "VB", "do", -1, "root"),
        ("that", "PRON", "DT", "that", 9, "obj"),
        (".", "PUNCT", ".", ".", 9, "punct"),
    ]
    assert _reports(rows) == [("she", "said", [f"{_OPEN} Only you , {_CLOSE}", "would do that"])]


def test_a_predicate_conjoined_to_a_believed_clause_joins_its_content() -> None:
    # the parse hangs "is a Democrat" off the cue verb
    rows: list[Row] = [
        ("Many", "ADJ", "JJ", "many", 1, "amod"),
        ("residents", "NOUN", "NNS", "resident", 2, "nsubj"),
        ("believe", "VERB", "VBP", "believe", -1, "root"),
        ("that", "SCONJ", "IN", "that", 6, "mark"),
        ("Roe", "PROPN", "NNP", "Roe", 6, "nsubj:pass"),
        ("was", "AUX", "VBD", "be", 6, "aux:pass"),
        ("raised", "VERB", "VBN", "raise", 2, "ccomp"),
        ("outside", "ADP", "IN", "outside", 10, "case"),
        ("the", "DET", "DT", "the", 10, "det"),
        ("Central", "ADJ", "NNP", "Central", 10, "amod"),
        ("Valley", "PROPN", "NNP", "Valley", 6, "obl"),
        ("and", "CCONJ", "CC", "and", 14, "cc"),
        ("is", "AUX", "VBZ", "be", 14, "cop"),
        ("a", "DET", "DT", "a", 14, "det"),
        ("Democrat", "ADJ", "JJ", "Democrat", 2, "conj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [
        ("Many residents", "believe",
         ["that Roe was raised outside the Central Valley and is a Democrat"])]


def test_a_verb_conjoined_to_a_predicate_noun_stays_in_the_content() -> None:
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("club", "NOUN", "NN", "club", 8, "nsubj"),
        ("is", "AUX", "VBZ", "be", 8, "cop"),
        ("not", "PART", "RB", "not", 8, "advmod"),
        ("a", "DET", "DT", "a", 8, "det"),
        ("lobbying", "ADJ", "JJ", "lobbying", 8, "amod"),
        ("club", "NOUN", "NN", "club", 1, "ccomp"),
        ("and", "CCONJ", "CC", "and", 10, "cc"),
        ("backs", "VERB", "VBZ", "back", 8, "conj"),
        ("teams", "NOUN", "NNS", "team", 10, "obj"),
        ("in", "ADP", "IN", "in", 14, "case"),
        ("both", "DET", "CC", "both", 14, "det"),
        ("leagues", "NOUN", "NNS", "league", 10, "obl"),
        ("of", "ADP", "IN", "of", 17, "case"),
        ("the", "DET", "DT", "the", 17, "det"),
        ("region", "NOUN", "NN", "region", 14, "nmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [
        ("She", "said",
         ["the club is not a lobbying club and backs teams in both leagues of the region"])]


def test_a_bare_verb_after_a_reported_modal_continues_the_content() -> None:
    # "tell" is a bare form: it goes on from "would", not from the past-tense "said"
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("she", "PRON", "PRP", "she", 4, "nsubj"),
        ("would", "AUX", "MD", "would", 4, "aux"),
        ("sit", "VERB", "VB", "sit", 1, "ccomp"),
        ("Putin", "PROPN", "NNP", "Putin", 4, "obj"),
        ("down", "ADP", "RP", "down", 4, "compound:prt"),
        ("and", "CCONJ", "CC", "and", 8, "cc"),
        ("tell", "VERB", "VB", "tell", 1, "conj"),
        ("him", "PRON", "PRP", "he", 8, "obj"),
        ("to", "PART", "TO", "to", 11, "mark"),
        ("stop", "VERB", "VB", "stop", 8, "xcomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "said", ["she would sit Putin down and tell him to stop"])]



def test_an_according_to_phrase_after_a_reported_clause_is_no_part_of_it() -> None:
    rows: list[Row] = [
        ("Most", "ADJ", "JJS", "most", 1, "amod"),
        ("voters", "NOUN", "NNS", "voter", 2, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("that", "SCONJ", "IN", "that", 6, "mark"),
        ("taxes", "NOUN", "NNS", "tax", 6, "nsubj"),
        ("should", "AUX", "MD", "should", 6, "aux"),
        ("rise", "VERB", "VB", "rise", 2, "ccomp"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        ("according", "VERB", "VBG", "accord", 11, "case"),
        ("to", "ADP", "IN", "to", 11, "case"),
        ("exit", "NOUN", "VB", "exit", 11, "compound"),
        ("polls", "NOUN", "NNS", "poll", 6, "obl"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    got = _reports(rows)
    assert ("Most voters", "said", ["that taxes should rise"]) in got, got
    assert ("exit polls", "according to", ["Most voters said that taxes should rise"]) in got, got



def test_an_as_clause_with_no_subject_says_what_the_object_is_said_to_be() -> None:
    rows: list[Row] = [
        ("He", "PRON", "PRP", "he", 1, "nsubj"),
        ("described", "VERB", "VBD", "describe", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("Turks", "PROPN", "NNPS", "Turk", 1, "obj"),
        ("as", "SCONJ", "IN", "as", 5, "mark"),
        ("ingratiating", "VERB", "VBG", "ingratiate", 1, "advcl"),
        ("themselves", "PRON", "PRP", "themselves", 5, "obj"),
        ("with", "ADP", "IN", "with", 8, "case"),
        ("Washington", "PROPN", "NNP", "Washington", 5, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [
        ("He", "described", ["the Turks as ingratiating themselves with Washington"])]



def test_a_verb_of_depicting_reports_only_with_an_as_phrase() -> None:
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("cast", "VERB", "VBD", "cast", -1, "root"),
        ("herself", "PRON", "PRP", "herself", 1, "obj"),
        ("as", "ADP", "IN", "as", 5, "case"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("heir", "NOUN", "NN", "heir", 1, "obl"),
        ("to", "ADP", "IN", "to", 7, "case"),
        ("Obama", "PROPN", "NNP", "Obama", 5, "nmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("She", "cast", ["herself as the heir to Obama"])]
    rows = [
        ("Voters", "NOUN", "NNS", "voter", 1, "nsubj"),
        ("cast", "VERB", "VBP", "cast", -1, "root"),
        ("their", "PRON", "PRP$", "their", 3, "nmod:poss"),
        ("ballots", "NOUN", "NNS", "ballot", 1, "obj"),
        ("on", "ADP", "IN", "on", 5, "case"),
        ("Tuesday", "PROPN", "NNP", "Tuesday", 1, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == []



def test_an_apposition_that_ends_a_content_is_the_reporters() -> None:
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("she", "PRON", "PRP", "she", 4, "nsubj"),
        ("can", "AUX", "MD", "can", 4, "aux"),
        ("vote", "VERB", "VB", "vote", 1, "ccomp"),
        ("for", "ADP", "IN", "for", 6, "case"),
        ("Clinton", "PROPN", "NNP", "Clinton", 4, "obl"),
        ("over", "ADP", "IN", "over", 9, "case"),
        ("Donald", "PROPN", "NNP", "Donald", 9, "compound"),
        ("Trump", "PROPN", "NNP", "Trump", 6, "nmod"),
        (",", "PUNCT", ",", ",", 13, "punct"),
        ("the", "DET", "DT", "the", 13, "det"),
        ("Republican", "ADJ", "JJ", "Republican", 13, "amod"),
        ("frontrunner", "NOUN", "NN", "frontrunner", 9, "appos"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("She", "said", ["she can vote for Clinton over Donald Trump"])]



def test_what_a_source_speaks_on_condition_of_anonymity_to_do_is_no_report() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("it", "PRON", "PRP", "it", 4, "nsubj"),
        ("was", "AUX", "VBD", "be", 4, "aux"),
        ("coming", "VERB", "VBG", "come", 1, "ccomp"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("speaking", "VERB", "VBG", "speak", 1, "advcl"),
        ("on", "ADP", "IN", "on", 9, "case"),
        ("the", "DET", "DT", "the", 9, "det"),
        ("condition", "NOUN", "NN", "condition", 6, "obl"),
        ("of", "ADP", "IN", "of", 11, "case"),
        ("anonymity", "NOUN", "NN", "anonymity", 9, "nmod"),
        ("to", "PART", "TO", "to", 13, "mark"),
        ("offer", "VERB", "VB", "offer", 6, "advcl"),
        ("a", "DET", "DT", "a", 16, "det"),
        ("candid", "ADJ", "JJ", "candid", 16, "amod"),
        ("assessment", "NOUN", "NN", "assessment", 13, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    got = _reports(rows)
    assert [cue for _, cue, _ in got] == ["said"], got


def test_a_participle_right_after_a_final_cue_leaves_the_quotation_its_content() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 2, "punct"),
        ("We", "PRON", "PRP", "we", 2, "nsubj"),
        ("need", "VERB", "VBP", "need", 10, "advcl"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("fighter", "NOUN", "NN", "fighter", 2, "obj"),
        ("who", "PRON", "WP", "who", 6, "nsubj"),
        ("wins", "VERB", "VBZ", "win", 4, "acl:relcl"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 2, "punct"),
        ("he", "PRON", "PRP", "he", 10, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("introducing", "VERB", "VBG", "introduce", 10, "xcomp"),
        ("Clinton", "PROPN", "NNP", "Clinton", 11, "obj"),
        (".", "PUNCT", ".", ".", 10, "punct"),
    ]
    got = _reports(rows)
    assert ("he", "said", [f"{_OPEN} We need a fighter who wins , {_CLOSE}"]) in got, got


def test_a_participle_on_a_postposed_speaker_is_no_complement_of_the_cue() -> None:
    # the parse takes "Republican" for an adjective and a complement of "said"
    rows: list[Row] = [
        *_we_will_win("advcl"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("one", "NUM", "CD", "one", 8, "nummod"),
        ("Republican", "ADJ", "JJ", "republican", 6, "xcomp"),
        ("involved", "VERB", "VBN", "involve", 8, "acl"),
        ("in", "ADP", "IN", "in", 12, "case"),
        ("the", "DET", "DT", "the", 12, "det"),
        ("planning", "NOUN", "NN", "planning", 9, "obl"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    assert _reports(rows) == [("one Republican involved in the planning", "said",
                               [f"{_OPEN} We will win , {_CLOSE}"])]


def test_a_quoted_title_after_a_final_cue_is_no_content() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 2, "punct"),
        ("I", "PRON", "PRP", "I", 2, "nsubj"),
        ("expect", "VERB", "VBP", "expect", 9, "advcl"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("be", "AUX", "VB", "be", 5, "aux:pass"),
        ("vetted", "VERB", "VBN", "vet", 2, "xcomp"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 2, "punct"),
        ("he", "PRON", "PRP", "he", 9, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("on", "ADP", "IN", "on", 12, "mark"),
        (_OPEN, "PUNCT", "``", '"', 12, "punct"),
        ("Meet", "VERB", "VB", "meet", 9, "ccomp"),
        ("the", "DET", "DT", "the", 14, "det"),
        ("Press", "PROPN", "NNP", "Press", 12, "obj"),
        (".", "PUNCT", ".", ".", 9, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 9, "punct"),
    ]
    got = _reports(rows)
    assert ("he", "said", [f"{_OPEN} I expect to be vetted , {_CLOSE}"]) in got, got


def test_a_name_that_ends_in_a_word_of_time_is_a_speaker() -> None:
    rows: list[Row] = [
        *_we_will_win("ccomp"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Kristen", "PROPN", "NNP", "Kristen", 6, "nsubj"),
        ("Day", "PROPN", "NNP", "Day", 7, "flat"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        ("a", "DET", "DT", "a", 11, "det"),
        ("spokeswoman", "NOUN", "NN", "spokeswoman", 7, "appos"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    got = _reports(rows)
    assert [(source, cue) for source, cue, _ in got] == [("Kristen Day", "said")], got


def test_an_inverted_cue_clause_after_a_postposed_speaker_is_no_content() -> None:
    rows: list[Row] = [
        *_we_will_win("ccomp"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Jane", "PROPN", "NNP", "Jane", 6, "nsubj"),
        ("Roe", "PROPN", "NNP", "Roe", 7, "flat"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        ("a", "DET", "DT", "a", 11, "det"),
        ("spokeswoman", "NOUN", "NN", "spokeswoman", 7, "appos"),
        (",", "PUNCT", ",", ",", 13, "punct"),
        ("reports", "VERB", "VBZ", "report", 6, "ccomp"),
        ("USA", "PROPN", "NNP", "USA", 13, "obj"),
        ("Today", "PROPN", "NNP", "Today", 14, "flat"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    got = _reports(rows)
    assert ("Jane Roe", "said", [f"{_OPEN} We will win , {_CLOSE}"]) in got, got


def test_a_manner_of_speaking_after_a_quotation_is_a_cue() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 3, "punct"),
        ("We", "PRON", "PRP", "we", 3, "nsubj"),
        ("were", "AUX", "VBD", "be", 3, "cop"),
        ("right", "ADJ", "JJ", "right", 7, "ccomp"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 3, "punct"),
        ("Toomey", "PROPN", "NNP", "Toomey", 7, "nsubj"),
        ("fumed", "VERB", "VBD", "fume", -1, "root"),
        ("on", "ADP", "IN", "on", 9, "case"),
        ("Tuesday", "PROPN", "NNP", "Tuesday", 7, "obl"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert _reports(rows) == [("Toomey", "fumed", [f"{_OPEN} We were right , {_CLOSE}"])]
    for verb, lemma in (("interjected", "interject"), ("thundered", "thunder"),
                        ("gloated", "gloat"), ("beamed", "beam")):
        rows[7] = (verb, "VERB", "VBD", lemma, -1, "root")
        assert _reports(rows) == [("Toomey", verb, [f"{_OPEN} We were right , {_CLOSE}"])]


def test_a_hyphenated_participle_on_a_postposed_speaker_is_no_complement() -> None:
    rows: list[Row] = [
        *_we_will_win("ccomp"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("one", "NUM", "CD", "one", 11, "nummod"),
        ("well", "ADV", "RB", "well", 10, "advmod"),
        ("-", "PUNCT", "HYPH", "-", 8, "punct"),
        ("connected", "VERB", "VBN", "connect", 11, "amod"),
        ("aide", "PROPN", "NNP", "aide", 12, "nsubj"),
        ("close", "ADJ", "JJ", "close", 6, "xcomp"),
        ("to", "ADP", "IN", "to", 14, "case"),
        ("Roe", "PROPN", "NNP", "Roe", 12, "obl"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    got = _reports(rows)
    assert [(cue, contents) for _, cue, contents in got] == [
        ("said", [f"{_OPEN} We will win , {_CLOSE}"])], got



def test_a_day_and_a_show_after_a_final_cue_leave_the_quotation_its_content() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 2, "punct"),
        ("I", "PRON", "PRP", "I", 2, "nsubj"),
        ("think", "VERB", "VBP", "think", 11, "ccomp"),
        ("I", "PRON", "PRP", "I", 5, "nsubj"),
        ("would", "AUX", "MD", "would", 5, "aux"),
        ("do", "VERB", "VB", "do", 2, "ccomp"),
        ("very", "ADV", "RB", "very", 5, "advmod"),
        ("well", "ADV", "RB", "well", 5, "advmod"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "``", '"', 2, "punct"),
        ("Trump", "PROPN", "NNP", "Trump", 11, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Sunday", "PROPN", "NNP", "Sunday", 11, "iobj"),
        ("on", "ADP", "IN", "on", 16, "case"),
        ("NBC", "PROPN", "NNP", "NBC", 16, "nmod:poss"),
        ("’s", "PART", "POS", "'s", 14, "case"),
        ("Meet", "VERB", "NNP", "meet", 11, "ccomp"),
        ("the", "DET", "DT", "the", 18, "det"),
        ("Press", "PROPN", "NNP", "Press", 16, "obj"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    assert _reports(rows) == [
        ("Trump", "said", [f"{_OPEN} I think I would do very well , {_CLOSE}"])]


def test_the_noun_phrase_after_a_cue_after_a_closed_quotation_is_the_speaker() -> None:
    # the parse takes the speaker for objects of "tweeted"
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 2, "punct"),
        ("Debate", "PROPN", "NNP", "Debate", 2, "compound"),
        ("recap", "NOUN", "NN", "recap", 5, "nsubj"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 2, "punct"),
        ("tweeted", "VERB", "VBD", "tweet", -1, "root"),
        ("Rubio", "PROPN", "NNP", "Rubio", 7, "compound"),
        ("spokesman", "NOUN", "NN", "spokesman", 5, "obj"),
        ("Alex", "PROPN", "NNP", "Alex", 5, "obj"),
        ("Conant", "PROPN", "NNP", "Conant", 8, "flat"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert _reports(rows) == [
        ("Rubio spokesman Alex Conant", "tweeted", [f"{_OPEN} Debate recap , {_CLOSE}"])]


def test_a_postposed_speaker_may_open_with_a_participle() -> None:
    rows: list[Row] = [
        *_we_will_win("ccomp"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("undecided", "VERB", "VBN", "undecide", 8, "amod"),
        ("voter", "NOUN", "NN", "voter", 6, "nsubj"),
        ("Jo", "PROPN", "NNP", "Jo", 8, "appos"),
        ("Roe", "PROPN", "NNP", "Roe", 9, "flat"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    assert _reports(rows) == [
        ("undecided voter Jo Roe", "said", [f"{_OPEN} We will win , {_CLOSE}"])]


def test_unquoted_words_before_a_cue_with_a_quotation_after_it_set_the_scene() -> None:
    rows: list[Row] = [
        ("When", "ADV", "WRB", "when", 1, "advmod"),
        ("asked", "VERB", "VBD", "ask", 7, "advcl"),
        ("about", "ADP", "IN", "about", 4, "case"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("budget", "NOUN", "NN", "budget", 1, "obl"),
        (",", "PUNCT", ",", ",", 1, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 7, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        (",", "PUNCT", ",", ",", 12, "punct"),
        (_OPEN, "PUNCT", "``", '"', 12, "punct"),
        ("We", "PRON", "PRP", "we", 12, "nsubj"),
        ("will", "AUX", "MD", "will", 12, "aux"),
        ("win", "VERB", "VB", "win", 7, "ccomp"),
        (".", "PUNCT", ".", ".", 7, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 7, "punct"),
    ]
    assert ("Roe", "said", [f"{_OPEN} We will win . {_CLOSE}"]) in _reports(rows)
    assert all("When" not in c for _, _, cs in _reports(rows) for c in cs)


def test_a_quotation_resumed_after_the_cue_ends_in_the_segment_it_closes_in() -> None:
    rows: list[Row] = [
        *_we_will_win("ccomp")[:5],
        (_CLOSE, "PUNCT", "''", '"', 3, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 7, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        (_OPEN, "PUNCT", "``", '"', 11, "punct"),
        ("no", "DET", "DT", "no", 11, "det"),
        ("matter", "NOUN", "NN", "matter", 7, "ccomp"),
        ("what", "PRON", "WP", "what", 11, "appos"),
        (_CLOSE, "PUNCT", "''", '"', 12, "punct"),
        ("on", "ADP", "IN", "on", 16, "case"),
        ("the", "DET", "DT", "the", 16, "det"),
        ("radio", "NOUN", "NN", "radio", 12, "nmod"),
        (",", "PUNCT", ",", ",", 20, "punct"),
        ("and", "CCONJ", "CC", "and", 20, "cc"),
        ("Doe", "PROPN", "NNP", "Doe", 20, "nsubj"),
        ("laughed", "VERB", "VBD", "laugh", 7, "conj"),
        ("at", "ADP", "IN", "at", 23, "case"),
        ("the", "DET", "DT", "the", 23, "det"),
        ("idea", "NOUN", "NN", "idea", 20, "obl"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert _reports(rows) == [("Roe", "said", [
        f"{_OPEN} We will win , {_CLOSE}", f"{_OPEN} no matter what {_CLOSE} on the radio"])]


def test_a_quotation_after_an_as_clause_is_its_content() -> None:
    # the parse made the quotation the root and the reporter's next clause its conjunct
    rows: list[Row] = [
        ("Hours", "NOUN", "NNS", "hour", 23, "nsubj"),
        ("after", "ADP", "IN", "after", 3, "case"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("vote", "NOUN", "NN", "vote", 0, "nmod"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("as", "SCONJ", "IN", "as", 8, "mark"),
        ("she", "PRON", "PRP", "she", 8, "nsubj"),
        ("angrily", "ADV", "RB", "angrily", 8, "advmod"),
        ("said", "VERB", "VBD", "say", 13, "advcl"),
        (",", "PUNCT", ",", ",", 13, "punct"),
        (_OPEN, "PUNCT", "``", '"', 13, "punct"),
        ("I", "PRON", "PRP", "I", 13, "nsubj:pass"),
        ("am", "AUX", "VBP", "be", 13, "aux:pass"),
        ("tired", "VERB", "VBN", "tired", -1, "root"),
        ("of", "ADP", "IN", "of", 16, "case"),
        ("the", "DET", "DT", "the", 16, "det"),
        ("ads", "NOUN", "NNS", "ad", 13, "obl"),
        (_CLOSE, "PUNCT", "''", '"', 16, "punct"),
        ("about", "ADP", "IN", "about", 20, "case"),
        ("the", "DET", "DT", "the", 20, "det"),
        ("race", "NOUN", "NN", "race", 13, "obl"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 23, "nsubj"),
        ("hit", "VERB", "VBD", "hit", 13, "conj"),
        ("back", "ADV", "RB", "back", 23, "advmod"),
        ("on", "ADP", "IN", "on", 26, "case"),
        ("Monday", "PROPN", "NNP", "Monday", 23, "obl"),
        (".", "PUNCT", ".", ".", 23, "punct"),
    ]
    assert _reports(rows) == [
        ("she", "angrily said", [f"{_OPEN} I am tired of the ads {_CLOSE} about the race"])]


def test_a_but_clause_after_a_partly_quoted_content_is_the_reporters() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("plan", "NOUN", "NN", "plan", 6, "nsubj"),
        ("is", "AUX", "VBZ", "be", 6, "cop"),
        (_OPEN, "PUNCT", "``", '"', 6, "punct"),
        ("a", "DET", "DT", "a", 6, "det"),
        ("total", "ADJ", "JJ", "total", 6, "amod"),
        ("failure", "NOUN", "NN", "failure", 9, "ccomp"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 6, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Tim", "PROPN", "NNP", "Tim", 9, "nsubj"),
        ("Roe", "PROPN", "NNP", "Roe", 10, "flat"),
        (",", "PUNCT", ",", ",", 16, "punct"),
        ("but", "CCONJ", "CC", "but", 16, "cc"),
        ("he", "PRON", "PRP", "he", 16, "nsubj"),
        ("has", "AUX", "VBZ", "have", 16, "aux"),
        ("backed", "VERB", "VBN", "back", 9, "conj"),
        ("it", "PRON", "PRP", "it", 16, "obj"),
        ("for", "ADP", "IN", "for", 19, "case"),
        ("years", "NOUN", "NNS", "year", 16, "obl"),
        (".", "PUNCT", ".", ".", 9, "punct"),
    ]
    assert _reports(rows) == [
        ("Tim Roe", "said", [f"The plan is {_OPEN} a total failure , {_CLOSE}"])]
    # unquoted, the reported sentence may go on: "X, Roe said, but Y" reports both
    plain = [r for r in rows if r[0] not in (_OPEN, _CLOSE)]
    plain = [(w, u, x, lem, h - (h > 3) - (h > 8), rel) for w, u, x, lem, h, rel in plain]
    assert _reports(plain) == [
        ("Tim Roe", "said", ["The plan is a total failure", "he has backed it for years"])]


def test_a_pronoun_after_a_cue_after_a_quotation_is_whom_it_was_said_to() -> None:
    rows: list[Row] = [
        (_OPEN, "PUNCT", "``", '"', 7, "punct"),
        ("But", "CCONJ", "CC", "but", 7, "cc"),
        ("why", "ADV", "WRB", "why", 7, "advmod"),
        ("now", "ADV", "RB", "now", 7, "advmod"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        (_CLOSE, "PUNCT", "``", '"', 7, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 7, "nsubj"),
        ("asked", "VERB", "VBD", "ask", -1, "root"),
        ("him", "PRON", "PRP", "he", 7, "obj"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert _reports(rows) == [("Roe", "asked", [f"{_OPEN} But why now , {_CLOSE}"])]


def test_a_report_inside_the_clause_another_source_reports_is_part_of_that_claim() -> None:
    rows: list[Row] = [
        ("Sen.", "PROPN", "NNP", "Sen.", 2, "compound"),
        ("Jane", "PROPN", "NNP", "Jane", 2, "compound"),
        ("Roe", "PROPN", "NNP", "Roe", 3, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("that", "SCONJ", "IN", "that", 15, "mark"),
        ("when", "ADV", "WRB", "when", 8, "advmod"),
        ("Ms.", "PROPN", "NNP", "Ms.", 8, "nsubj"),
        ("Doe", "PROPN", "NNP", "Doe", 6, "flat"),
        ("railed", "VERB", "VBD", "rail", 15, "advcl"),
        ("against", "ADP", "IN", "against", 11, "case"),
        ("the", "DET", "DT", "the", 11, "det"),
        ("banks", "NOUN", "NNS", "bank", 8, "obl"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("she", "PRON", "PRP", "she", 15, "nsubj"),
        ("was", "AUX", "VBD", "be", 15, "aux"),
        ("speaking", "VERB", "VBG", "speak", 3, "ccomp"),
        ("for", "ADP", "IN", "for", 17, "case"),
        ("all", "DET", "DT", "all", 15, "obl"),
        ("of", "ADP", "IN", "of", 19, "case"),
        ("us", "PRON", "PRP", "we", 17, "nmod"),
        (".", "PUNCT", ".", ".", 3, "punct"),
    ]
    assert _reports(rows) == [("Sen. Jane Roe", "said", [
        "that when Ms. Doe railed against the banks , she was speaking for all of us"])]
    # a clause with its own subject conjoined to the reported one is a report of its own
    rows = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("plan", "NOUN", "NN", "plan", 5, "nsubj"),
        ("would", "AUX", "MD", "would", 5, "aux"),
        ("fail", "VERB", "VB", "fail", 1, "ccomp"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("and", "CCONJ", "CC", "and", 9, "cc"),
        ("Doe", "PROPN", "NNP", "Doe", 9, "nsubj"),
        ("railed", "VERB", "VBD", "rail", 5, "conj"),
        ("against", "ADP", "IN", "against", 12, "case"),
        ("the", "DET", "DT", "the", 12, "det"),
        ("banks", "NOUN", "NNS", "bank", 9, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert ("Doe", "railed against", ["the banks"]) in _reports(rows)
    # inside a noun phrase the cue reports on (its object or prepositional content)
    rows = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("criticized", "VERB", "VBD", "criticize", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("report", "NOUN", "NN", "report", 1, "obj"),
        ("that", "SCONJ", "WDT", "that", 8, "mark"),
        ("Doe", "PROPN", "NNP", "Doe", 6, "nsubj"),
        ("said", "VERB", "VBD", "say", 3, "acl:relcl"),
        ("was", "AUX", "VBD", "be", 8, "cop"),
        ("wrong", "ADJ", "JJ", "wrong", 6, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "criticized", ["the report that Doe said was wrong"])]


def test_a_report_inside_brackets_has_its_content_inside_them() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("plan", "NOUN", "NN", "plan", 3, "nsubj"),
        ("is", "AUX", "VBZ", "be", 3, "cop"),
        ("popular", "ADJ", "JJ", "popular", -1, "root"),
        ("(", "PUNCT", "-LRB-", "(", 9, "punct"),
        ("although", "SCONJ", "IN", "although", 9, "mark"),
        ("as", "ADP", "IN", "as", 9, "mark"),
        ("the", "DET", "DT", "the", 8, "det"),
        ("results", "NOUN", "NNS", "result", 9, "nsubj"),
        ("show", "VERB", "VBP", "show", 3, "advcl"),
        (",", "PUNCT", ",", ",", 17, "punct"),
        ("the", "DET", "DT", "the", 12, "det"),
        ("west", "NOUN", "NN", "west", 17, "nsubj"),
        ("may", "AUX", "MD", "may", 17, "aux"),
        ("be", "AUX", "VB", "be", 17, "cop"),
        ("out", "ADP", "IN", "out", 17, "case"),
        ("of", "ADP", "IN", "of", 17, "case"),
        ("reach", "NOUN", "NN", "reach", 3, "parataxis"),
        (")", "PUNCT", "-RRB-", ")", 17, "punct"),
        ("and", "CCONJ", "CC", "and", 23, "cc"),
        ("the", "DET", "DT", "the", 21, "det"),
        ("mayor", "NOUN", "NN", "mayor", 23, "nsubj:pass"),
        ("is", "AUX", "VBZ", "be", 23, "aux:pass"),
        ("pleased", "VERB", "VBN", "pleased", 3, "conj"),
        (".", "PUNCT", ".", ".", 3, "punct"),
    ]
    assert ("the results", "show", ["the west may be out of reach"]) in _reports(rows)


def test_a_quotation_after_a_cue_clause_is_its_content_whatever_the_parse_hung_before_it() -> None:
    rows: list[Row] = [
        ("Asked", "VERB", "VBD", "ask", -1, "root"),
        ("whether", "SCONJ", "IN", "whether", 4, "mark"),
        ("he", "PRON", "PRP", "he", 4, "nsubj"),
        ("would", "AUX", "MD", "would", 4, "aux"),
        ("fire", "VERB", "VB", "fire", 0, "ccomp"),
        ("the", "DET", "DT", "the", 6, "det"),
        ("speechwriter", "NOUN", "NN", "speechwriter", 4, "obj"),
        (",", "PUNCT", ",", ",", 4, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 9, "nsubj"),
        ("said", "VERB", "VBD", "say", 0, "parataxis"),
        (",", "PUNCT", ",", ",", 12, "punct"),
        (_OPEN, "PUNCT", "''", '"', 12, "punct"),
        ("Probably", "ADV", "RB", "probably", 9, "advmod"),
        (".", "PUNCT", ".", ".", 0, "punct"),
        (_CLOSE, "PUNCT", "''", '"', 0, "punct"),
    ]
    assert _reports(rows) == [("Roe", "said", [f"{_OPEN} Probably . {_CLOSE}"]),
                              ("-", "Asked", ["whether he would fire the speechwriter"])]


def test_a_title_after_a_cue_clause_is_no_quotation_of_what_was_said() -> None:
    from attribution.attributions import _quotation_after_clause
    from attribution.testing import hand_parsed

    def after(words: list[str]) -> str:
        rows: list[Row] = [("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
                           ("wrote", "VERB", "VBD", "write", -1, "root"),
                           (",", "PUNCT", ",", ",", 1, "punct"),
                           (_OPEN, "PUNCT", "``", '"', 1, "punct")]
        rows += [(w, "VERB" if w == "won" else ("PRON" if w == "We" else "PROPN"),
                  "_", w.lower(), 1, "dep") for w in words]
        rows += [(".", "PUNCT", ".", ".", 1, "punct"), (_CLOSE, "PUNCT", "''", '"', 1, "punct")]
        _, sent = hand_parsed(rows)
        ids = _quotation_after_clause(sent, sent.tokens[1])
        return " ".join(t.text for t in sent.tokens if t.index in ids)

    assert after(["We", "won"]) == f"{_OPEN} We won . {_CLOSE}"
    assert after(["The", "Long", "Road"]) == ""


def test_a_short_answer_after_a_cue_is_its_content() -> None:
    rows: list[Row] = [
        ("46", "NUM", "CD", "46", 1, "nummod"),
        ("percent", "NOUN", "NN", "percent", 4, "nsubj"),
        ("of", "ADP", "IN", "of", 3, "case"),
        ("voters", "NOUN", "NNS", "voter", 1, "nmod"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("yes", "INTJ", "UH", "yes", 4, "discourse"),
        (".", "PUNCT", ".", ".", 4, "punct"),
    ]
    assert _reports(rows) == [("46 percent of voters", "said", ["yes"])]
    rows[5] = ("maybe", "ADV", "RB", "maybe", 4, "advmod")
    assert _reports(rows) == []  # not any word
