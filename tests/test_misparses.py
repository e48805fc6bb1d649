"""Reports the embedded parser gets partly wrong: the rules still find the source and the
content (made-up sentences, with the kind of parse the small models give them)."""

from __future__ import annotations

from attribution.attributions import extract_sentence
from attribution.cues import lexicon
from attribution.testing import Row, hand_parsed, hand_reports


def _reports(rows: list[Row]) -> list[tuple[str, str, list[str]]]:
    """(source, cue, contents) of each attribution of the sentence."""
    return [(r.source or "-", r.cue, list(r.contents)) for r in hand_reports(rows)]


def test_a_newspaper_named_times_is_a_source_not_a_time() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("Times", "PROPN", "NNP", "Times", 2, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("mayor", "NOUN", "NN", "mayor", 5, "nsubj"),
        ("resigned", "VERB", "VBD", "resign", 2, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [("The Times", "said", ["the mayor resigned"])]
    # a noun of time after "the" in lower case still names no one
    rows[1] = ("times", "NOUN", "NNS", "time", 2, "nsubj")
    assert all(source != "the times" for source, _, _ in _reports(rows))


def test_a_that_clause_hung_on_the_addressee_is_the_content() -> None:
    # the parse made the that-clause a relative clause of "reporters"
    rows: list[Row] = [
        ("Party", "NOUN", "NN", "party", 1, "compound"),
        ("leaders", "NOUN", "NNS", "leader", 2, "nsubj"),
        ("told", "VERB", "VBD", "tell", -1, "root"),
        ("reporters", "NOUN", "NNS", "reporter", 2, "iobj"),
        ("that", "SCONJ", "IN", "that", 6, "mark"),
        ("they", "PRON", "PRP", "they", 6, "nsubj"),
        ("lacked", "VERB", "VBD", "lack", 3, "acl:relcl"),
        ("funds", "NOUN", "NNS", "fund", 6, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [("Party leaders", "told", ["that they lacked funds"])]


def test_a_subject_taken_for_an_oblique_of_the_cue_opens_the_content() -> None:
    # the parse hung "more than 300 ballots" on "said" as an oblique and took "arrived"
    # for a participle modifying "ballots"
    rows: list[Row] = [
        ("Clerks", "NOUN", "NNS", "clerk", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("more", "ADJ", "JJR", "more", 5, "amod"),
        ("than", "ADP", "IN", "than", 5, "case"),
        ("300", "NUM", "CD", "300", 5, "nummod"),
        ("ballots", "NOUN", "NNS", "ballot", 1, "obl"),
        ("arrived", "VERB", "VBN", "arrive", 5, "acl"),
        ("late", "ADV", "RB", "late", 6, "advmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Clerks", "said", ["more than 300 ballots arrived late"])]
    # an oblique with a real preposition is no subject: "said in 300 ballots ..." is not
    # read as a clause
    rows[2] = ("in", "ADP", "IN", "in", 5, "case")
    rows[3] = ("all", "DET", "DT", "all", 5, "det")
    assert all(contents != ["in all 300 ballots arrived late"] for _, _, contents in _reports(rows))


def test_a_day_after_a_final_cue_is_no_postposed_speaker() -> None:
    # the parse took "Sunday" for a second subject of "said"
    rows: list[Row] = [
        ('"', "PUNCT", "``", '"', 3, "punct"),
        ("Taxes", "NOUN", "NNS", "tax", 3, "nsubj"),
        ("will", "AUX", "MD", "will", 3, "aux"),
        ("rise", "VERB", "VB", "rise", 11, "ccomp"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ('"', "PUNCT", "''", '"', 3, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 11, "nsubj"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("a", "DET", "DT", "a", 9, "det"),
        ("pollster", "NOUN", "NN", "pollster", 6, "appos"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Sunday", "PROPN", "NNP", "Sunday", 11, "nsubj"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    ((source, cue, contents),) = _reports(rows)
    assert (source, cue) == ("Roe", "said")
    assert "Taxes will rise" in contents[0]


def test_a_prepositional_phrase_after_a_final_cue_clause_is_no_content() -> None:
    rows: list[Row] = [
        ('"', "PUNCT", "``", '"', 2, "punct"),
        ("Bad", "ADJ", "JJ", "bad", 2, "amod"),
        ("news", "NOUN", "NN", "news", 5, "nsubj"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        ('"', "PUNCT", "''", '"', 2, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Roe", "PROPN", "NNP", "Roe", 5, "nsubj"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("a", "DET", "DT", "a", 9, "det"),
        ("pollster", "NOUN", "NN", "pollster", 6, "appos"),
        (",", "PUNCT", ",", ",", 12, "punct"),
        ("via", "ADP", "IN", "via", 12, "case"),
        ("email", "NOUN", "NN", "email", 5, "obl"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    ((source, cue, contents),) = _reports(rows)
    assert (source, cue) == ("Roe", "said")
    assert "Bad news" in contents[0] and not any("email" in c for c in contents)


def test_a_bare_participle_cue_before_that_and_a_clause_the_parse_hung_elsewhere() -> None:
    # the parse made "unfair" a conjunct of "wrote" and "saying" a bare adverbial clause
    rows: list[Row] = [
        ("She", "PRON", "PRP", "she", 1, "nsubj"),
        ("wrote", "VERB", "VBD", "write", -1, "root"),
        ("to", "ADP", "IN", "to", 3, "case"),
        ("voters", "NOUN", "NNS", "voter", 1, "obl"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("saying", "VERB", "VBG", "say", 1, "advcl"),
        ("that", "SCONJ", "IN", "that", 11, "mark"),
        ("the", "DET", "DT", "the", 8, "det"),
        ("levy", "NOUN", "NN", "levy", 11, "nsubj"),
        ("is", "AUX", "VBZ", "be", 11, "cop"),
        ("plainly", "ADV", "RB", "plainly", 11, "advmod"),
        ("unfair", "ADJ", "JJ", "unfair", 1, "conj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert ("She", "saying", ["that the levy is plainly unfair"]) in _reports(rows)


def test_a_quotation_after_a_colon_belongs_to_the_clause_that_introduces_it() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("mayor", "NOUN", "NN", "mayor", 2, "nsubj"),
        ("delivered", "VERB", "VBD", "deliver", -1, "root"),
        ("a", "DET", "DT", "a", 5, "det"),
        ("blunt", "ADJ", "JJ", "blunt", 5, "amod"),
        ("verdict", "NOUN", "NN", "verdict", 2, "obj"),
        ("on", "ADP", "IN", "on", 8, "case"),
        ("the", "DET", "DT", "the", 8, "det"),
        ("plan", "NOUN", "NN", "plan", 5, "nmod"),
        (":", "PUNCT", ":", ":", 12, "punct"),
        ('"', "PUNCT", "``", '"', 12, "punct"),
        ("It", "PRON", "PRP", "it", 12, "nsubj"),
        ("failed", "VERB", "VBD", "fail", 2, "parataxis"),
        (".", "PUNCT", ".", ".", 12, "punct"),
        ('"', "PUNCT", "''", '"', 12, "punct"),
    ]
    assert _reports(rows) == [("The mayor", "delivered a blunt verdict", ['" It failed . "'])]
    # a clause with no verb introduces no quotation: "The rule is simple: ..."
    rows[2] = ("is", "AUX", "VBZ", "be", 4, "cop")
    rows[4] = ("simple", "ADJ", "JJ", "simple", -1, "root")
    rows[1] = ("rule", "NOUN", "NN", "rule", 4, "nsubj")
    rows[5] = ("verdict", "NOUN", "NN", "verdict", 4, "obl")
    assert _reports(rows) == []


def test_a_that_clause_after_a_phrase_of_time_is_the_content() -> None:
    # the parse took "last week" for the object of "said" and hung the that-clause on the
    # main verb
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 11, "nsubj"),
        (",", "PUNCT", ",", ",", 0, "punct"),
        ("who", "PRON", "WP", "who", 3, "nsubj"),
        ("said", "VERB", "VBD", "say", 0, "acl:relcl"),
        ("last", "ADJ", "JJ", "last", 5, "amod"),
        ("week", "NOUN", "NN", "week", 3, "obj"),
        ("that", "SCONJ", "IN", "that", 9, "mark"),
        ("fees", "NOUN", "NNS", "fee", 9, "nsubj"),
        ("were", "AUX", "VBD", "be", 9, "cop"),
        ("unfair", "ADJ", "JJ", "unfair", 11, "advcl"),
        (",", "PUNCT", ",", ",", 0, "punct"),
        ("resigned", "VERB", "VBD", "resign", -1, "root"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    assert _reports(rows) == [("who", "said", ["that fees were unfair"])]


def test_a_participle_that_opens_the_sentence_is_no_content_of_the_main_cue() -> None:
    # the parse took "Asked about the levy" for a complement clause of "said"
    rows: list[Row] = [
        ("Asked", "VERB", "VBN", "ask", 6, "ccomp"),
        ("about", "ADP", "IN", "about", 3, "case"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("levy", "NOUN", "NN", "levy", 0, "obl"),
        (",", "PUNCT", ",", ",", 0, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 6, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("it", "PRON", "PRP", "it", 9, "nsubj"),
        ("would", "AUX", "MD", "would", 9, "aux"),
        ("fall", "VERB", "VB", "fall", 6, "ccomp"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    # (the question is a report of its own, by no one named: see test_attributions)
    assert _reports(rows) == [("Roe", "said", ["it would fall"]),
                              ("-", "Asked about", ["the levy"])]


def test_the_cue_takes_the_infinitive_to_and_a_day_or_adverb_after_the_verb() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("Sunday", "PROPN", "NNP", "Sunday", 1, "obl:tmod"),
        ("taxes", "NOUN", "NNS", "tax", 4, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 1, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "said Sunday", ["taxes rose"])]
    rows = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("met", "VERB", "VBD", "meet", -1, "root"),
        ("voters", "NOUN", "NNS", "voter", 1, "obj"),
        ("to", "PART", "TO", "to", 4, "mark"),
        ("discuss", "VERB", "VB", "discuss", 1, "advcl"),
        ("the", "DET", "DT", "the", 6, "det"),
        ("levy", "NOUN", "NN", "levy", 4, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "to discuss", ["the levy"])]


def test_a_participle_cue_after_a_report_goes_with_that_reports_speaker() -> None:
    # the parse hung "adding" on the reported clause ("rise")
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("mayor", "NOUN", "NN", "mayor", 2, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("taxes", "NOUN", "NNS", "tax", 5, "nsubj"),
        ("would", "AUX", "MD", "would", 5, "aux"),
        ("rise", "VERB", "VB", "rise", 2, "ccomp"),
        (",", "PUNCT", ",", ",", 7, "punct"),
        ("adding", "VERB", "VBG", "add", 5, "advcl"),
        ("that", "SCONJ", "IN", "that", 12, "mark"),
        ("the", "DET", "DT", "the", 10, "det"),
        ("budget", "NOUN", "NN", "budget", 12, "nsubj"),
        ("was", "AUX", "VBD", "be", 12, "cop"),
        ("tight", "ADJ", "JJ", "tight", 7, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert ("The mayor", "adding", ["that the budget was tight"]) in _reports(rows)
    # hung on the cue itself as a second complement: the cue's subject
    rows[7] = ("adding", "VERB", "VBG", "add", 2, "ccomp")
    assert ("The mayor", "adding", ["that the budget was tight"]) in _reports(rows)


def test_a_subordinator_or_approximator_read_as_the_subjects_preposition() -> None:
    # "About" taken for a preposition of the subject
    rows: list[Row] = [
        ("About", "ADP", "IN", "about", 1, "case"),
        ("half", "NOUN", "NN", "half", 2, "nsubj"),
        ("support", "VERB", "VBP", "support", -1, "root"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("levy", "NOUN", "NN", "levy", 2, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert [s for s, _, _ in _reports(rows)] == ["half"]
    # "after" taken for a preposition of the subject of the clause it opens
    rows = [
        ("Fees", "NOUN", "NNS", "fee", 1, "nsubj"),
        ("rose", "VERB", "VBD", "rise", -1, "root"),
        ("after", "ADP", "IN", "after", 4, "case"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("mayor", "NOUN", "NN", "mayor", 5, "nsubj"),
        ("said", "VERB", "VBD", "say", 1, "advcl"),
        ("they", "PRON", "PRP", "they", 8, "nsubj"),
        ("would", "AUX", "MD", "would", 8, "aux"),
        ("fall", "VERB", "VB", "fall", 5, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert ("the mayor", "said", ["they would fall"]) in _reports(rows)


def test_a_reported_clause_taken_for_a_conjunct_of_the_cue() -> None:
    # "and" inside the clause's subject made the parse conjoin the clause to "said"
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("city", "NOUN", "NN", "city", 8, "nsubj"),
        ("and", "CCONJ", "CC", "and", 8, "cc"),
        ("the", "DET", "DT", "the", 6, "det"),
        ("state", "NOUN", "NN", "state", 8, "nsubj"),
        ("were", "AUX", "VBD", "be", 8, "cop"),
        ("careful", "ADJ", "JJ", "careful", 1, "conj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "said", ["the city and the state were careful"])]


def test_a_participle_cue_whose_clause_the_parse_gave_to_the_main_verb() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("praised", "VERB", "VBD", "praise", -1, "root"),
        ("Doe", "PROPN", "NNP", "Doe", 1, "obj"),
        (",", "PUNCT", ",", ",", 4, "punct"),
        ("saying", "VERB", "VBG", "say", 1, "advcl"),
        ("he", "PRON", "PRP", "he", 8, "nsubj"),
        ("was", "AUX", "VBD", "be", 8, "cop"),
        ("a", "DET", "DT", "a", 8, "det"),
        ("leader", "NOUN", "NN", "leader", 1, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert ("Roe", "saying", ["he was a leader"]) in _reports(rows)


def test_poll_copy_is_read_by_word_order_whatever_the_parse() -> None:
    # the tagger took "say" for a noun and the parser hung the clause on it
    rows: list[Row] = [
        ("One", "NUM", "CD", "one", -1, "root"),
        ("in", "ADP", "IN", "in", 3, "case"),
        ("five", "NUM", "CD", "five", 3, "nummod"),
        ("say", "NOUN", "NN", "say", 0, "nmod"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("levy", "NOUN", "NN", "levy", 7, "nsubj"),
        ("is", "AUX", "VBZ", "be", 7, "cop"),
        ("unfair", "ADJ", "JJ", "unfair", 3, "acl:relcl"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        ("while", "SCONJ", "IN", "while", 11, "mark"),
        ("most", "ADJ", "JJS", "most", 11, "nsubj"),
        ("disagree", "VERB", "VBP", "disagree", 0, "advcl"),
        (".", "PUNCT", ".", ".", 0, "punct"),
    ]
    assert _reports(rows) == [("One in five", "say", ["the levy is unfair"])]
    # "those surveyed said", with "surveyed" made a complement of "said"
    rows = [
        ("Again", "ADV", "RB", "again", 4, "advmod"),
        (",", "PUNCT", ",", ",", 0, "punct"),
        ("those", "DET", "DT", "those", 2, "det"),
        ("surveyed", "VERB", "VBN", "survey", 4, "ccomp"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("taxes", "NOUN", "NNS", "tax", 6, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 4, "ccomp"),
        (".", "PUNCT", ".", ".", 4, "punct"),
    ]
    assert _reports(rows) == [("those surveyed", "said", ["taxes rose"])]
    # no share before "say": no poll report
    rows[2] = ("the", "DET", "DT", "the", 3, "det")
    rows[3] = ("mayor", "NOUN", "NN", "mayor", 4, "nsubj")
    assert _reports(rows) == [("the mayor", "said", ["taxes rose"])]


def test_a_quotation_taken_for_a_second_subject_is_the_content() -> None:
    rows: list[Row] = [
        ("\u201c", "PUNCT", "``", "\u201c", 2, "punct"),
        ("Bad", "ADJ", "JJ", "bad", 2, "amod"),
        ("news", "NOUN", "NN", "news", 6, "nsubj"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        ("\u201d", "PUNCT", "''", "\u201d", 2, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 6, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("when", "ADV", "WRB", "when", 8, "advmod"),
        ("asked", "VERB", "VBN", "ask", 6, "advcl"),
        ("about", "ADP", "IN", "about", 10, "case"),
        ("it", "PRON", "PRP", "it", 8, "obl"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    got = {cue: (source, contents) for source, cue, contents in _reports(rows)}
    source, contents = got["said"]
    assert source == "Roe" and "Bad news" in contents[0]


def test_a_bare_ask_clause_after_a_quotation_takes_it_as_content() -> None:
    # '"Will it pass?" Roe asked reporters.': the splitter cut at "?", the object of "asked"
    # is whom Roe asked
    text, sent = hand_parsed([
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("asked", "VERB", "VBD", "ask", -1, "root"),
        ("reporters", "NOUN", "NNS", "reporter", 1, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ])
    quotation = (200, 215)  # where the quotation before the sentence stands in the text
    atts = extract_sentence(sent, lexicon(), before=quotation)
    assert [(text[a.source[0] : a.source[1]] if a.source else None, a.contents)
            for a in atts] == [("Roe", (quotation,))]


def test_the_noun_of_an_absolute_with_phrase_is_its_participles_speaker() -> None:
    rows: list[Row] = [
        ("Support", "NOUN", "NN", "support", 1, "nsubj"),
        ("rose", "VERB", "VBD", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("with", "ADP", "IN", "with", 5, "case"),
        ("30", "NUM", "CD", "30", 5, "nummod"),
        ("percent", "NOUN", "NN", "percent", 1, "obl"),
        ("saying", "VERB", "VBG", "say", 5, "acl"),
        ("taxes", "NOUN", "NNS", "tax", 8, "nsubj"),
        ("fell", "VERB", "VBD", "fall", 6, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("30 percent", "saying", ["taxes fell"])]


def test_a_descriptor_ending_in_a_list_still_leads_back_to_the_speaker() -> None:
    # the parse made "said" a conjunct of the quoted verb, with no subject, and the speaker an
    # apposition inside the quotation; the descriptor ends in a list ("..., and roads,")
    rows: list[Row] = [
        ('"', "PUNCT", "``", '"', 2, "punct"),
        ("We", "PRON", "PRP", "we", 2, "nsubj"),
        ("need", "VERB", "VBP", "need", -1, "root"),
        ("new", "ADJ", "JJ", "new", 4, "amod"),
        ("roads", "NOUN", "NNS", "road", 2, "obj"),
        (",", "PUNCT", ",", ",", 7, "punct"),
        ('"', "PUNCT", "''", '"', 7, "punct"),
        ("Ann", "PROPN", "NNP", "Ann", 4, "appos"),
        ("Roe", "PROPN", "NNP", "Roe", 7, "flat"),
        (",", "PUNCT", ",", ",", 10, "punct"),
        ("secretary", "NOUN", "NN", "secretary", 7, "appos"),
        ("for", "ADP", "IN", "for", 12, "case"),
        ("schools", "NOUN", "NNS", "school", 10, "nmod"),
        (",", "PUNCT", ",", ",", 14, "punct"),
        ("parks", "NOUN", "NNS", "park", 12, "conj"),
        (",", "PUNCT", ",", ",", 17, "punct"),
        ("and", "CCONJ", "CC", "and", 17, "cc"),
        ("roads", "NOUN", "NNS", "road", 12, "conj"),
        (",", "PUNCT", ",", ",", 19, "punct"),
        ("said", "VERB", "VBD", "say", 2, "conj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert [(s, c) for s, c, _ in _reports(rows)] == [("Ann Roe", "said")]


def test_a_reported_clause_the_parse_hung_above_its_cue_is_the_content() -> None:
    # the parse made "say" an adverbial clause of "disagree", itself set beside "is"
    rows: list[Row] = [
        ("While", "SCONJ", "IN", "while", 3, "mark"),
        ("old", "ADJ", "JJ", "old", 2, "amod"),
        ("hands", "NOUN", "NNS", "hand", 3, "nsubj"),
        ("say", "VERB", "VBP", "say", 13, "advcl"),
        ("there", "PRON", "EX", "there", 5, "expl"),
        ("is", "VERB", "VBZ", "be", -1, "root"),
        ("a", "DET", "DT", "a", 7, "det"),
        ("benefit", "NOUN", "NN", "benefit", 5, "nsubj"),
        ("to", "ADP", "IN", "to", 10, "case"),
        ("the", "DET", "DT", "the", 10, "det"),
        ("vote", "NOUN", "NN", "vote", 7, "nmod"),
        (",", "PUNCT", ",", ",", 13, "punct"),
        ("others", "NOUN", "NNS", "other", 13, "nsubj"),
        ("disagree", "VERB", "VBP", "disagree", 5, "parataxis"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert ("old hands", "say", ["there is a benefit to the vote"]) in _reports(rows)


def test_a_participle_after_an_object_is_the_speakers_act_wherever_the_comma_hangs() -> None:
    # the parse hung the comma on the participle clause, not before it
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("backed", "VERB", "VBD", "back", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("plan", "NOUN", "NN", "plan", 1, "obj"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("putting", "VERB", "VBG", "put", 1, "advcl"),
        ("her", "PRON", "PRP", "she", 5, "obj"),
        ("at", "ADP", "IN", "at", 8, "case"),
        ("odds", "NOUN", "NNS", "odds", 5, "obl"),
        ("with", "ADP", "IN", "with", 10, "case"),
        ("Doe", "PROPN", "NNP", "Doe", 8, "nmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "backed", ["the plan"])]


def test_a_predicate_after_an_aside_makes_the_object_its_subject() -> None:
    # the parse took "the levy" for the object of "says" and hung the predicate on "says"
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("says", "VERB", "VBZ", "say", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("levy", "NOUN", "NN", "levy", 1, "obj"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("while", "SCONJ", "IN", "while", 6, "mark"),
        ("costly", "ADJ", "JJ", "costly", 9, "advcl"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("was", "AUX", "VBD", "be", 9, "aux:pass"),
        ("approved", "VERB", "VBN", "approve", 1, "advcl"),
        ("fairly", "ADV", "RB", "fairly", 9, "advmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Roe", "says", ["the levy , while costly , was approved fairly"])]
    # a participle there is the speaker's act, not a predicate of the object
    rows[8:10] = [
        ("and", "CCONJ", "CC", "and", 9, "cc"),
        ("smiling", "VERB", "VBG", "smile", 1, "advcl"),
    ]
    assert _reports(rows) == [("Roe", "says", ["the levy"])]


def test_bare_infinitives_conjoined_to_the_cue_go_on_with_an_infinitive_content() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("urged", "VERB", "VBD", "urge", -1, "root"),
        ("voters", "NOUN", "NNS", "voter", 1, "obj"),
        ("to", "PART", "TO", "to", 4, "mark"),
        ("fix", "VERB", "VB", "fix", 1, "xcomp"),
        ("roads", "NOUN", "NNS", "road", 4, "obj"),
        (",", "PUNCT", ",", ",", 7, "punct"),
        ("build", "VERB", "VB", "build", 1, "conj"),
        ("parks", "NOUN", "NNS", "park", 7, "obj"),
        ("and", "CCONJ", "CC", "and", 10, "cc"),
        ("cut", "VERB", "VB", "cut", 7, "conj"),
        ("taxes", "NOUN", "NNS", "tax", 10, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [
        ("Roe", "urged", ["voters to fix roads , build parks and cut taxes"])
    ]
    # a past-tense conjunct is the speaker's next act
    rows[7] = ("built", "VERB", "VBD", "build", 1, "conj")
    rows[10] = ("cut", "VERB", "VBD", "cut", 7, "conj")
    assert _reports(rows) == [("Roe", "urged", ["voters to fix roads"])]


def test_a_phrase_set_off_by_a_comma_before_the_subject_is_no_second_subject() -> None:
    # the parse took the opening participle phrase's noun for a second subject
    rows: list[Row] = [
        ("Rallying", "VERB", "VBG", "rally", 1, "amod"),
        ("workers", "NOUN", "NNS", "worker", 5, "nsubj"),
        (",", "PUNCT", ",", ",", 1, "punct"),
        ("Ann", "PROPN", "NNP", "Ann", 5, "nsubj"),
        ("Roe", "PROPN", "NNP", "Roe", 3, "flat"),
        ("promised", "VERB", "VBD", "promise", -1, "root"),
        ("to", "PART", "TO", "to", 7, "mark"),
        ("cut", "VERB", "VB", "cut", 5, "xcomp"),
        ("taxes", "NOUN", "NNS", "tax", 7, "obj"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert _reports(rows) == [("Ann Roe", "promised", ["to cut taxes"])]


def test_a_cue_in_a_relative_clause_has_its_content_end_where_the_clause_closes() -> None:
    # the parse lost the sentence: it made "would rise" the root and the main verb a
    # conjunct of it
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 6, "nsubj"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("who", "PRON", "WP", "who", 3, "nsubj"),
        ("said", "VERB", "VBD", "say", 0, "acl:relcl"),
        ("taxes", "NOUN", "NNS", "tax", 6, "nsubj"),
        ("would", "AUX", "MD", "would", 6, "aux"),
        ("rise", "VERB", "VB", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("resigned", "VERB", "VBD", "resign", 6, "conj"),
        ("Tuesday", "PROPN", "NNP", "Tuesday", 8, "obl:tmod"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    assert ("who", "said", ["taxes would rise"]) in _reports(rows)


def test_a_quotation_before_a_cue_with_a_trailing_adjunct_is_the_content() -> None:
    # the parse took the "after" clause for a second complement of the cue
    rows: list[Row] = [
        ('"', "PUNCT", "``", '"', 3, "punct"),
        ("Taxes", "NOUN", "NNS", "tax", 3, "nsubj"),
        ("will", "AUX", "MD", "will", 3, "aux"),
        ("rise", "VERB", "VB", "rise", 7, "ccomp"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ('"', "PUNCT", "''", '"', 3, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 7, "nsubj"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("after", "SCONJ", "IN", "after", 11, "mark"),
        ("the", "DET", "DT", "the", 10, "det"),
        ("council", "NOUN", "NN", "council", 11, "nsubj"),
        ("voted", "VERB", "VBD", "vote", 7, "ccomp"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert ("Roe", "said", ['" Taxes will rise , "']) in _reports(rows)


def test_a_gerund_subject_taken_for_a_second_complement_joins_the_content() -> None:
    rows: list[Row] = [
        ("Sen.", "PROPN", "NNP", "Sen.", 5, "nsubj"),
        ("Roe", "PROPN", "NNP", "Roe", 0, "flat"),
        ("(", "PUNCT", "-LRB-", "(", 3, "punct"),
        ("Vt.", "PROPN", "NNP", "Vt.", 0, "flat"),
        (")", "PUNCT", "-RRB-", ")", 3, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("overturning", "VERB", "VBG", "overturn", 5, "xcomp"),
        ("the", "DET", "DT", "the", 8, "det"),
        ("ruling", "NOUN", "NN", "ruling", 6, "obj"),
        ("is", "AUX", "VBZ", "be", 11, "cop"),
        ("a", "DET", "DT", "a", 11, "det"),
        ("priority", "NOUN", "NN", "priority", 5, "ccomp"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert _reports(rows) == [
        ("Sen. Roe ( Vt. )", "said", ["overturning the ruling is a priority"])
    ]


def test_an_opening_adverbial_clause_taken_for_a_complement_sets_the_scene() -> None:
    # the parse hung "After the vote" on the cue and made "ended" a second complement, with
    # the speaker's name inside it
    rows: list[Row] = [
        ("After", "ADP", "IN", "after", 2, "case"),
        ("the", "DET", "DT", "the", 2, "det"),
        ("vote", "NOUN", "NN", "vote", 11, "obl"),
        ("ended", "VERB", "VBD", "end", 11, "ccomp"),
        ("early", "ADV", "RB", "early", 3, "advmod"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("Ann", "PROPN", "NNP", "Ann", 3, "conj"),
        ("Roe", "PROPN", "NNP", "Roe", 6, "flat"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("chairwoman", "NOUN", "NN", "chairwoman", 6, "appos"),
        (",", "PUNCT", ",", ",", 2, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("she", "PRON", "PRP", "she", 13, "nsubj"),
        ("resigned", "VERB", "VBD", "resign", 11, "ccomp"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    assert _reports(rows) == [("Ann Roe", "said", ["she resigned"])]


def test_a_participle_after_a_final_cue_clause_is_no_content() -> None:
    # the parse made the participle the cue's complement
    rows: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 2, "nsubj"),
        ("will", "AUX", "MD", "will", 2, "aux"),
        ("rise", "VERB", "VB", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ('"', "PUNCT", "''", '"', 5, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 6, "nsubj"),
        ("said", "VERB", "VBD", "say", 2, "parataxis"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("using", "VERB", "VBG", "use", 6, "ccomp"),
        ("a", "DET", "DT", "a", 10, "det"),
        ("nickname", "NOUN", "NN", "nickname", 8, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(rows) == [("Roe", "said", ["Taxes will rise"])]


def test_a_past_tense_taken_for_a_passive_participle_keeps_its_subject() -> None:
    rows: list[Row] = [
        ("Rabbis", "NOUN", "NNS", "rabbi", 1, "nsubj:pass"),
        ("called", "VERB", "VBN", "call", -1, "root"),
        ("for", "ADP", "IN", "for", 4, "case"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("boycott", "NOUN", "NN", "boycott", 1, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _reports(rows) == [("Rabbis", "called for", ["a boycott"])]


def test_a_hyphenated_descriptor_still_leads_back_to_the_name() -> None:
    # the parse hung the name on the day as a conjunct
    rows: list[Row] = [
        ("On", "ADP", "IN", "on", 1, "case"),
        ("Sunday", "PROPN", "NNP", "Sunday", 11, "obl"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("Ann", "PROPN", "NNP", "Ann", 1, "conj"),
        ("Roe", "PROPN", "NNP", "Roe", 3, "flat"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("the", "DET", "DT", "the", 9, "det"),
        ("front", "NOUN", "NN", "front", 9, "compound"),
        ("-", "PUNCT", "HYPH", "-", 7, "punct"),
        ("runner", "NOUN", "NN", "runner", 3, "appos"),
        (",", "PUNCT", ",", ",", 1, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("taxes", "NOUN", "NNS", "tax", 13, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 11, "ccomp"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    assert [(s, c) for s, c, _ in _reports(rows)] == [("Ann Roe", "said")]


def test_a_verb_form_read_as_a_noun_after_a_modifier_or_in_a_name_is_a_noun() -> None:
    # "..., Viguerie concludes." is a tagger slip; "... the United States." is not
    slip: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 2, "nsubj"),
        ("will", "AUX", "MD", "will", 2, "aux"),
        ("rise", "VERB", "VB", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 4, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 5, "compound"),
        ("concludes", "NOUN", "NNS", "conclude", 2, "parataxis"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(slip) == [("Roe", "concludes", ["Taxes will rise"])]
    name: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 2, "nsubj"),
        ("will", "AUX", "MD", "will", 2, "aux"),
        ("rise", "VERB", "VB", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("United", "PROPN", "NNP", "United", 6, "compound"),
        ("States", "PROPN", "NNPS", "States", 2, "parataxis"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _reports(name) == []


def test_a_day_taken_for_the_subject_after_a_reduced_relative_leads_to_the_poll() -> None:
    # the parse made "released" the main verb and "Tuesday" the subject of "showed"
    rows: list[Row] = [
        ("A", "DET", "DT", "a", 1, "det"),
        ("poll", "NOUN", "NN", "poll", 2, "nsubj"),
        ("released", "VERB", "VBD", "release", -1, "root"),
        ("on", "ADP", "IN", "on", 4, "case"),
        ("Tuesday", "PROPN", "NNP", "Tuesday", 5, "nsubj"),
        ("showed", "VERB", "VBD", "show", 2, "advcl"),
        ("Roe", "PROPN", "NNP", "Roe", 5, "obj"),
        ("with", "ADP", "IN", "with", 9, "case"),
        ("a", "DET", "DT", "a", 9, "det"),
        ("lead", "NOUN", "NN", "lead", 5, "obl"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert [(s, c) for s, c, _ in _reports(rows)] == [("A poll", "showed")]


def test_only_a_verb_of_saying_after_a_quotation_is_read_as_inverted() -> None:
    # the parse hung the cue on the quoted verb, with no comma to set it off
    rows: list[Row] = [
        ('"', "PUNCT", "``", '"', 2, "punct"),
        ("Taxes", "NOUN", "NNS", "tax", 2, "nsubj"),
        ("rose", "VERB", "VBD", "rise", -1, "root"),
        ('"', "PUNCT", "''", '"', 2, "punct"),
        ("Roe", "PROPN", "NNP", "Roe", 5, "nsubj"),
        ("said", "VERB", "VBD", "say", 2, "parataxis"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert ("Roe", "said", ['" Taxes rose "']) in _reports(rows)
    # no quotation: a clause beside a cue is not its content
    plain = [r for r in rows if r[0] != '"']
    plain = [(w, u, x, lem, {2: 1, 5: 3}.get(h, h), d) for w, u, x, lem, h, d in plain]
    assert _reports(plain) == []
    # nor is a quotation beside a verb that is no verb of saying
    rows[5] = ("decided", "VERB", "VBD", "decide", 2, "parataxis")
    assert _reports(rows) == []
