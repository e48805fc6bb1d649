"""The extent of source mentions: how far a source phrase reaches (sentences made up)."""

from __future__ import annotations

from attribution.attributions import verb_attributions
from attribution.cues import lexicon
from attribution.testing import Row
from attribution.testing import hand_parsed as _hand_parsed

_OPEN, _CLOSE = "\u201c", "\u201d"


def _sources(rows: list[Row]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(cue lemma, source mention, descriptors) of each verb attribution."""
    text, sent = _hand_parsed(rows)
    out = []
    for raw in verb_attributions(sent, lexicon()):
        source = "-" if raw.source is None else text[raw.source[0] : raw.source[1]]
        out.append((raw.lemma, source, tuple(text[s:e] for s, e in raw.descriptors)))
    return out


def test_name_split_into_sibling_subjects_behind_a_far_comma() -> None:
    # "Tom" and "Baxter" both subjects of "said"; the age and the apposition hang on "Tom",
    # so the words right after "Tom" are not the last words of its subtree
    rows: list[Row] = [
        ("Tom", "PROPN", "NNP", "Tom", 12, "nsubj"),
        ("Baxter", "PROPN", "NNP", "Baxter", 12, "nsubj"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("48", "NUM", "CD", "48", 0, "nmod:unmarked"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("a", "DET", "DT", "a", 7, "det"),
        ("bus", "NOUN", "NN", "bus", 7, "compound"),
        ("driver", "NOUN", "NN", "driver", 0, "appos"),
        ("from", "ADP", "IN", "from", 9, "case"),
        ("Reno", "PROPN", "NNP", "Reno", 7, "nmod"),
        (",", "PUNCT", ",", ",", 12, "punct"),
        ("sadly", "ADV", "RB", "sadly", 12, "advmod"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("he", "PRON", "PRP", "he", 15, "nsubj"),
        ("would", "AUX", "MD", "would", 15, "aux"),
        ("vote", "VERB", "VB", "vote", 12, "ccomp"),
        (".", "PUNCT", ".", ".", 12, "punct"),
    ]
    assert _sources(rows)[0] == ("say", "Tom Baxter , 48", ("a bus driver from Reno",))


def test_title_split_from_the_name_with_a_parenthesis_hung_on_the_title() -> None:
    # "Sen." and "Ann" both subjects; the parenthesis after the name hangs on "Sen."
    rows: list[Row] = [
        ("Sen.", "PROPN", "NNP", "Sen.", 6, "nsubj"),
        ("Ann", "PROPN", "NNP", "Ann", 6, "nsubj"),
        ("Lowe", "PROPN", "NNP", "Lowe", 1, "flat"),
        ("(", "PUNCT", "-LRB-", "(", 0, "punct"),
        ("D-Ore.", "PROPN", "NNP", "D-Ore.", 0, "appos"),
        (")", "PUNCT", "-RRB-", ")", 0, "punct"),
        ("warned", "VERB", "VBD", "warn", -1, "root"),
        ("that", "SCONJ", "IN", "that", 10, "mark"),
        ("taxes", "NOUN", "NNS", "tax", 10, "nsubj"),
        ("would", "AUX", "MD", "would", 10, "aux"),
        ("rise", "VERB", "VB", "rise", 6, "ccomp"),
        (".", "PUNCT", ".", ".", 6, "punct"),
    ]
    assert _sources(rows) == [("warn", "Sen. Ann Lowe", ("D-Ore.",))]


def _found_by_poll(rows: list[Row]) -> str:
    return next(source for lemma, source, _ in _sources(rows) if lemma == "find")


def test_a_past_participle_phrase_restricting_the_source_belongs_to_it() -> None:
    rows: list[Row] = [
        ("A", "DET", "DT", "a", 1, "det"),
        ("survey", "NOUN", "NN", "survey", 7, "nsubj"),
        ("conducted", "VERB", "VBN", "conduct", 1, "acl"),
        ("by", "ADP", "IN", "by", 5, "case"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("college", "NOUN", "NN", "college", 2, "obl:agent"),
        ("recently", "ADV", "RB", "recently", 7, "advmod"),
        ("found", "VERB", "VBD", "find", -1, "root"),
        ("that", "SCONJ", "IN", "that", 11, "mark"),
        ("voters", "NOUN", "NNS", "voter", 11, "nsubj"),
        ("were", "AUX", "VBD", "be", 11, "cop"),
        ("divided", "ADJ", "JJ", "divided", 7, "ccomp"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert _found_by_poll(rows) == "A survey conducted by the college"


def test_a_participle_phrase_set_off_by_commas_stays_out_of_the_source() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("survey", "NOUN", "NN", "survey", 7, "nsubj"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("released", "VERB", "VBN", "release", 1, "acl"),
        ("on", "ADP", "IN", "on", 5, "case"),
        ("Monday", "PROPN", "NNP", "Monday", 3, "obl"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("found", "VERB", "VBD", "find", -1, "root"),
        ("that", "SCONJ", "IN", "that", 11, "mark"),
        ("voters", "NOUN", "NNS", "voter", 11, "nsubj"),
        ("were", "AUX", "VBD", "be", 11, "cop"),
        ("divided", "ADJ", "JJ", "divided", 7, "ccomp"),
        (".", "PUNCT", ".", ".", 7, "punct"),
    ]
    assert _found_by_poll(rows) == "The survey"


def test_an_apposition_hung_on_a_noun_inside_the_source_belongs_to_it() -> None:
    # the parse hung the name on "group", not on "director"
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("director", "NOUN", "NN", "director", 9, "nsubj"),
        ("of", "ADP", "IN", "of", 4, "case"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("group", "NOUN", "NN", "group", 1, "nmod"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("Ann", "PROPN", "NNP", "Ann", 4, "appos"),
        ("Lowe", "PROPN", "NNP", "Lowe", 6, "flat"),
        (",", "PUNCT", ",", ",", 1, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("rents", "NOUN", "NNS", "rent", 11, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 9, "ccomp"),
        (".", "PUNCT", ".", ".", 9, "punct"),
    ]
    assert _sources(rows) == [("say", "The director of the group , Ann Lowe", ())]


def test_subjectless_cue_reads_back_past_a_relative_aside_to_a_parenthesis() -> None:
    # the parse gave "said" no subject; by word order the speaker is the name before the
    # party label in parentheses and the relative clause set off by commas
    rows: list[Row] = [
        ("Sen.", "PROPN", "NNP", "Sen.", 11, "dep"),
        ("Ann", "PROPN", "NNP", "Ann", 0, "flat"),
        ("Lowe", "PROPN", "NNP", "Lowe", 0, "flat"),
        ("(", "PUNCT", "-LRB-", "(", 4, "punct"),
        ("D-Ore.", "PROPN", "NNP", "D-Ore.", 0, "appos"),
        (")", "PUNCT", "-RRB-", ")", 4, "punct"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("who", "PRON", "WP", "who", 8, "nsubj"),
        ("ran", "VERB", "VBD", "run", 0, "acl:relcl"),
        ("here", "ADV", "RB", "here", 8, "advmod"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("taxes", "NOUN", "NNS", "tax", 14, "nsubj"),
        ("would", "AUX", "MD", "would", 14, "aux"),
        ("rise", "VERB", "VB", "rise", 11, "ccomp"),
        (".", "PUNCT", ".", ".", 11, "punct"),
    ]
    found = _sources(rows)
    assert found and found[0][0] == "say" and found[0][1].endswith("Lowe")


def test_subjectless_cue_reads_back_past_a_participle_aside() -> None:
    # "Ann Lowe, wearing a red cap, said ...": the participle's clause is no speaker
    rows: list[Row] = [
        ("Ann", "PROPN", "NNP", "Ann", 7, "dep"),
        ("Lowe", "PROPN", "NNP", "Lowe", 0, "flat"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("wearing", "VERB", "VBG", "wear", 7, "advcl"),
        ("a", "DET", "DT", "a", 5, "det"),
        ("red", "ADJ", "JJ", "red", 6, "amod"),
        ("cap", "NOUN", "NN", "cap", 3, "obj"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("taxes", "NOUN", "NNS", "tax", 11, "nsubj"),
        ("would", "AUX", "MD", "would", 11, "aux"),
        ("rise", "VERB", "VB", "rise", 8, "ccomp"),
        (".", "PUNCT", ".", ".", 8, "punct"),
    ]
    found = _sources(rows)
    assert found and found[0][0] == "say" and found[0][1].endswith("Lowe")


def _according_sources(rows: list[Row]) -> list[str]:
    from attribution.attributions import according_to

    text, sent = _hand_parsed(rows)
    return [text[a.source[0] : a.source[1]] for a in according_to(sent, lexicon())
            if a.source is not None]


def test_according_to_a_source_with_a_premodifying_adverb_and_participle() -> None:
    rows: list[Row] = [
        ("According", "VERB", "VBG", "accord", 6, "case"),
        ("to", "ADP", "IN", "to", 6, "case"),
        ("a", "DET", "DT", "a", 6, "det"),
        ("newly", "ADV", "RB", "newly", 4, "advmod"),
        ("released", "VERB", "VBN", "release", 6, "amod"),
        ("Lakeview", "PROPN", "NNP", "Lakeview", 6, "compound"),
        ("poll", "NOUN", "NN", "poll", 9, "obl"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("taxes", "NOUN", "NNS", "tax", 9, "nsubj"),
        ("rose", "VERB", "VBD", "rise", -1, "root"),
        (".", "PUNCT", ".", ".", 9, "punct"),
    ]
    assert _according_sources(rows) == ["a newly released Lakeview poll"]


def test_according_to_coordinated_modifiers_of_one_source() -> None:
    rows: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 1, "nsubj"),
        ("rose", "VERB", "VBD", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 8, "punct"),
        ("according", "VERB", "VBG", "accord", 8, "case"),
        ("to", "ADP", "IN", "to", 8, "case"),
        ("local", "ADJ", "JJ", "local", 8, "amod"),
        ("and", "CCONJ", "CC", "and", 7, "cc"),
        ("foreign", "ADJ", "JJ", "foreign", 5, "conj"),
        ("economists", "NOUN", "NNS", "economist", 1, "obl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _according_sources(rows) == ["local and foreign economists"]
    # the parse may instead make both adjectives modifiers of the noun, with "and" on the
    # second
    rows[7] = ("foreign", "ADJ", "JJ", "foreign", 8, "amod")
    assert _according_sources(rows) == ["local and foreign economists"]


def _according(rows: list[Row]) -> list[tuple[str, list[str]]]:
    from attribution.attributions import according_to

    text, sent = _hand_parsed(rows)
    return [
        (text[a.source[0] : a.source[1]] if a.source else "-", [text[s:e] for s, e in a.contents])
        for a in according_to(sent, lexicon())
    ]


def test_according_to_a_noun_the_tagger_took_for_a_verb() -> None:
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("left", "VERB", "VBD", "leave", -1, "root"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("according", "VERB", "VBG", "accord", 5, "mark"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("state", "VERB", "VB", "state", 1, "advcl"),
        ("records", "NOUN", "NNS", "record", 5, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _according(rows) == [("state records", ["Roe left"])]


def test_according_to_a_title_in_quotation_marks() -> None:
    rows: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 1, "nsubj"),
        ("rise", "VERB", "VBP", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("according", "VERB", "VBG", "accord", 6, "case"),
        ("to", "ADP", "IN", "to", 6, "case"),
        ("the", "DET", "DT", "the", 6, "det"),
        ('"', "PUNCT", "``", '"', 7, "punct"),
        ("Tax", "PROPN", "NNP", "Tax", 1, "obl"),
        ("Facts", "PROPN", "NNP", "Facts", 6, "flat"),
        ('"', "PUNCT", "''", '"', 6, "punct"),
        ("report", "NOUN", "NN", "report", 6, "nmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    # (hand-parsed text puts a space between all words)
    assert _according(rows) == [('the " Tax Facts " report', ["Taxes rise"])]


def test_according_to_a_source_with_a_relative_clause_and_no_relative_word() -> None:
    # the parse read "the campaign released" as a noun with a participle after it
    rows: list[Row] = [
        ("Taxes", "NOUN", "NNS", "tax", 1, "nsubj"),
        ("rise", "VERB", "VBP", "rise", -1, "root"),
        (",", "PUNCT", ",", ",", 5, "punct"),
        ("according", "VERB", "VBG", "accord", 5, "case"),
        ("to", "ADP", "IN", "to", 5, "case"),
        ("documents", "NOUN", "NNS", "document", 1, "obl"),
        ("the", "DET", "DT", "the", 7, "det"),
        ("campaign", "NOUN", "NN", "campaign", 5, "appos"),
        ("released", "VERB", "VBN", "release", 7, "acl"),
        ("Friday", "PROPN", "NNP", "Friday", 8, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _according(rows) == [("documents the campaign released Friday", ["Taxes rise"])]
    # and by the parse: "the memo she wrote" with "wrote" a relative clause of "memo"
    rows[5:10] = [
        ("the", "DET", "DT", "the", 6, "det"),
        ("memo", "NOUN", "NN", "memo", 1, "obl"),
        ("she", "PRON", "PRP", "she", 8, "nsubj"),
        ("wrote", "VERB", "VBD", "write", 6, "acl:relcl"),
    ]
    rows[-1] = (".", "PUNCT", ".", ".", 1, "punct")
    assert _according(rows) == [("the memo she wrote", ["Taxes rise"])]
    # with no comma after a sentence-initial phrase, the clause is the content's
    opening: list[Row] = [
        ("According", "VERB", "VBG", "accord", 2, "case"),
        ("to", "ADP", "IN", "to", 2, "case"),
        ("officials", "NOUN", "NNS", "official", 5, "obl"),
        ("the", "DET", "DT", "the", 4, "det"),
        ("plan", "NOUN", "NN", "plan", 5, "nsubj"),
        ("failed", "VERB", "VBD", "fail", -1, "root"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert all(not source.endswith("failed") for source, _ in _according(opening))


def test_an_infinitive_on_an_object_noun_has_the_verbs_subject_for_speaker() -> None:
    from attribution.testing import hand_reports

    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("mounted", "VERB", "VBD", "mount", -1, "root"),
        ("a", "DET", "DT", "a", 3, "det"),
        ("campaign", "NOUN", "NN", "campaign", 1, "obj"),
        ("to", "PART", "TO", "to", 5, "mark"),
        ("condemn", "VERB", "VB", "condemn", 3, "acl"),
        ("the", "DET", "DT", "the", 7, "det"),
        ("levy", "NOUN", "NN", "levy", 5, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert [(r.source, r.cue) for r in hand_reports(rows)] == [("Roe", "to condemn")]


def test_a_participle_after_a_passive_clause_has_its_subject_for_speaker() -> None:
    from attribution.testing import hand_reports

    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 2, "nsubj:pass"),
        ("was", "AUX", "VBD", "be", 2, "aux:pass"),
        ("booed", "VERB", "VBN", "boo", -1, "root"),
        ("by", "ADP", "IN", "by", 4, "case"),
        ("fans", "NOUN", "NNS", "fan", 2, "obl:agent"),
        ("after", "SCONJ", "IN", "after", 6, "mark"),
        ("telling", "VERB", "VBG", "tell", 2, "advcl"),
        ("them", "PRON", "PRP", "they", 6, "iobj"),
        ("that", "SCONJ", "IN", "that", 10, "mark"),
        ("taxes", "NOUN", "NNS", "tax", 10, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 6, "ccomp"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert [(r.source, r.cue) for r in hand_reports(rows)] == [("Roe", "telling")]


def test_an_adverbial_aside_after_the_name_is_no_part_of_the_source() -> None:
    from attribution.testing import hand_reports

    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 5, "nsubj"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("for", "ADP", "IN", "for", 3, "case"),
        ("one", "NUM", "CD", "one", 0, "nmod"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("taxes", "NOUN", "NNS", "tax", 7, "nsubj"),
        ("rose", "VERB", "VBD", "rise", 5, "ccomp"),
        (".", "PUNCT", ".", ".", 5, "punct"),
    ]
    assert [(r.source, r.cue) for r in hand_reports(rows)] == [("Roe", "said")]


def test_a_participle_on_an_object_noun_has_the_verbs_subject_for_speaker() -> None:
    from attribution.testing import hand_reports

    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("sent", "VERB", "VBD", "send", -1, "root"),
        ("letters", "NOUN", "NNS", "letter", 1, "obj"),
        ("criticizing", "VERB", "VBG", "criticize", 2, "acl"),
        ("the", "DET", "DT", "the", 5, "det"),
        ("levy", "NOUN", "NN", "levy", 3, "obj"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert [(r.source, r.cue) for r in hand_reports(rows)] == [("Roe", "criticizing")]


def test_a_postposed_according_to_source_runs_to_the_next_break() -> None:
    # the tagger took "tally" for an adverb; the "but" clause after the break is the
    # reporter's own
    rows: list[Row] = [
        ("Trump", "PROPN", "NNP", "Trump", 2, "nsubj"),
        ("has", "AUX", "VBZ", "have", 2, "aux"),
        ("won", "VERB", "VBN", "win", -1, "root"),
        ("758", "NUM", "CD", "758", 4, "nummod"),
        ("delegates", "NOUN", "NNS", "delegate", 2, "obj"),
        (",", "PUNCT", ",", ",", 9, "punct"),
        ("according", "VERB", "VBG", "accord", 9, "case"),
        ("to", "ADP", "IN", "to", 9, "case"),
        ("a", "DET", "DT", "a", 9, "det"),
        ("CNN", "PROPN", "NNP", "CNN", 2, "obl"),
        ("tally", "ADV", "RB", "tally", 2, "advmod"),
        (",", "PUNCT", ",", ",", 16, "punct"),
        ("but", "CCONJ", "CC", "but", 16, "cc"),
        ("his", "PRON", "PRP$", "his", 14, "nmod:poss"),
        ("path", "NOUN", "NN", "path", 16, "nsubj"),
        ("is", "AUX", "VBZ", "be", 16, "aux"),
        ("narrowing", "VERB", "VBG", "narrow", 2, "conj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert _according(rows) == [("a CNN tally", ["Trump has won 758 delegates"])]


def test_a_predicate_after_a_postposed_according_to_continues_the_content() -> None:
    rows: list[Row] = [
        ("Trump", "PROPN", "NNP", "Trump", 1, "nsubj"),
        ("leads", "VERB", "VBZ", "lead", -1, "root"),
        ("by", "ADP", "IN", "by", 4, "case"),
        ("15", "NUM", "CD", "15", 4, "nummod"),
        ("points", "NOUN", "NNS", "point", 1, "obl"),
        ("in", "ADP", "IN", "in", 6, "case"),
        ("Indiana", "PROPN", "NNP", "Indiana", 4, "nmod"),
        (",", "PUNCT", ",", ",", 11, "punct"),
        ("according", "VERB", "VBG", "accord", 11, "case"),
        ("to", "ADP", "IN", "to", 11, "case"),
        ("the", "DET", "DT", "the", 11, "det"),
        ("poll", "NOUN", "NN", "poll", 1, "obl"),
        (",", "PUNCT", ",", ",", 14, "punct"),
        ("and", "CCONJ", "CC", "and", 14, "cc"),
        ("has", "VERB", "VBZ", "have", 1, "conj"),
        ("a", "DET", "DT", "a", 17, "det"),
        ("small", "ADJ", "JJ", "small", 17, "amod"),
        ("lead", "NOUN", "NN", "lead", 14, "obj"),
        ("in", "ADP", "IN", "in", 19, "case"),
        ("Ohio", "PROPN", "NNP", "Ohio", 17, "nmod"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert _according(rows) == [
        ("the poll", ["Trump leads by 15 points in Indiana", "has a small lead in Ohio"])]



def test_a_hyphenated_age_is_a_speaker_not_a_time() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("plan", "NOUN", "NN", "plan", 4, "nsubj"),
        ("is", "AUX", "VBZ", "be", 4, "cop"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("mistake", "NOUN", "NN", "mistake", -1, "root"),
        (",", "PUNCT", ",", ",", 6, "punct"),
        ("said", "VERB", "VBD", "say", 4, "parataxis"),
        ("the", "DET", "DT", "the", 12, "det"),
        ("46", "NUM", "CD", "46", 10, "nummod"),
        ("-", "PUNCT", "HYPH", "-", 8, "punct"),
        ("year", "NOUN", "NN", "year", 12, "compound"),
        ("-", "PUNCT", "HYPH", "-", 8, "punct"),
        ("old", "ADJ", "JJ", "old", 6, "ccomp"),
        (".", "PUNCT", ".", ".", 4, "punct"),
    ]
    assert _sources(rows) == [("say", "the 46 - year - old", ())]


def test_a_participle_hung_on_a_relative_clause_has_the_outer_clauses_speaker() -> None:
    # the parse hung "telling" on the relative clause ("that would have raised taxes")
    rows: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("attacked", "VERB", "VBD", "attack", -1, "root"),
        ("a", "DET", "DT", "a", 3, "det"),
        ("bill", "NOUN", "NN", "bill", 1, "obj"),
        ("that", "PRON", "WDT", "that", 7, "nsubj"),
        ("would", "AUX", "MD", "would", 7, "aux"),
        ("have", "AUX", "VB", "have", 7, "aux"),
        ("raised", "VERB", "VBN", "raise", 3, "acl:relcl"),
        ("taxes", "NOUN", "NNS", "tax", 7, "obj"),
        (",", "PUNCT", ",", ",", 10, "punct"),
        ("telling", "VERB", "VBG", "tell", 7, "advcl"),
        ("reporters", "NOUN", "NNS", "reporter", 10, "obj"),
        ("that", "SCONJ", "WDT", "that", 16, "mark"),
        ("it", "PRON", "PRP", "it", 16, "nsubj"),
        ("was", "AUX", "VBD", "be", 16, "cop"),
        ("a", "DET", "DT", "a", 16, "det"),
        ("mistake", "NOUN", "NN", "mistake", 10, "ccomp"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert ("tell", "Roe", ()) in _sources(rows)


def test_a_phrase_set_off_by_a_dash_before_the_subject_is_no_subject() -> None:
    # the parse made both "embrace" and "Ms." subjects of "said"
    rows: list[Row] = [
        ("Her", "PRON", "PRP$", "her", 1, "nmod:poss"),
        ("embrace", "NOUN", "NN", "embrace", 19, "nsubj"),
        ("of", "ADP", "IN", "of", 4, "case"),
        ("a", "DET", "DT", "a", 4, "det"),
        ("$", "SYM", "$", "$", 1, "nmod"),
        ("15", "NUM", "CD", "15", 4, "nummod"),
        ("-", "PUNCT", ":", "-", 7, "punct"),
        ("an", "DET", "DT", "a", 9, "det"),
        ("-", "PUNCT", "HYPH", "-", 7, "punct"),
        ("hour", "NOUN", "NN", "hour", 10, "compound"),
        ("wage", "NOUN", "NN", "wage", 4, "appos"),
        ("at", "ADP", "IN", "at", 13, "case"),
        ("the", "DET", "DT", "the", 13, "det"),
        ("debate", "NOUN", "NN", "debate", 10, "nmod"),
        ("in", "ADP", "IN", "in", 15, "case"),
        ("Ohio", "PROPN", "NNP", "Ohio", 13, "nmod"),
        ("-", "PUNCT", "HYPH", "-", 17, "punct"),
        ("Ms.", "PROPN", "NNP", "Ms.", 19, "nsubj"),
        ("Roe", "PROPN", "NNP", "Roe", 17, "flat"),
        ("said", "VERB", "VBD", "say", -1, "root"),
        ("she", "PRON", "PRP", "she", 22, "nsubj"),
        ("would", "AUX", "MD", "would", 22, "aux"),
        ("sign", "VERB", "VB", "sign", 19, "ccomp"),
        ("such", "DET", "PDT", "such", 25, "det:predet"),
        ("a", "DET", "DT", "a", 25, "det"),
        ("bill", "NOUN", "NN", "bill", 22, "obj"),
        ("-", "PUNCT", ",", "-", 30, "punct"),
        ("is", "AUX", "VBZ", "be", 30, "cop"),
        ("a", "DET", "DT", "a", 30, "det"),
        ("likely", "ADJ", "JJ", "likely", 30, "amod"),
        ("flashpoint", "NOUN", "NN", "flashpoint", 19, "ccomp"),
        (".", "PUNCT", ".", ".", 19, "punct"),
    ]
    assert _sources(rows) == [("say", "Ms. Roe", ())]


def test_a_cue_after_a_semicolon_with_words_before_it_borrows_no_subject() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("ads", "NOUN", "NNS", "ad", 3, "nsubj"),
        ("have", "AUX", "VBP", "have", 3, "aux"),
        ("had", "VERB", "VBN", "have", -1, "root"),
        ("a", "DET", "DT", "a", 6, "det"),
        ("clear", "ADJ", "JJ", "clear", 6, "amod"),
        ("effect", "NOUN", "NN", "effect", 3, "obj"),
        (":", "PUNCT", ":", ":", 10, "punct"),
        ("Some", "DET", "DT", "some", 10, "det"),
        ("20", "NUM", "CD", "20", 10, "nummod"),
        ("percent", "NOUN", "NN", "percent", 17, "nsubj"),
        ("of", "ADP", "IN", "of", 12, "case"),
        ("people", "NOUN", "NNS", "people", 10, "nmod"),
        ("in", "ADP", "IN", "in", 16, "case"),
        ("a", "DET", "DT", "a", 16, "det"),
        ("new", "ADJ", "JJ", "new", 16, "amod"),
        ("poll", "NOUN", "NN", "poll", 10, "nmod"),
        ("said", "VERB", "VBD", "say", 3, "advcl"),
        ("they", "PRON", "PRP", "they", 19, "nsubj"),
        ("feared", "VERB", "VBD", "fear", 17, "ccomp"),
        ("the", "DET", "DT", "the", 21, "det"),
        ("plan", "NOUN", "NN", "plan", 19, "obj"),
        (";", "PUNCT", ":", ";", 24, "punct"),
        ("29", "NUM", "CD", "29", 24, "nummod"),
        ("percent", "NOUN", "NN", "percent", 19, "obl:unmarked"),
        ("(", "PUNCT", "-LRB-", "(", 28, "punct"),
        ("and", "CCONJ", "CC", "and", 28, "cc"),
        ("43", "NUM", "CD", "43", 28, "nummod"),
        ("percent", "NOUN", "NN", "percent", 24, "conj"),
        ("of", "ADP", "IN", "of", 30, "case"),
        ("Republicans", "PROPN", "NNPS", "Republican", 28, "nmod"),
        (")", "PUNCT", "-RRB-", ")", 28, "punct"),
        ("said", "VERB", "VBD", "say", 3, "conj"),
        ("they", "PRON", "PRP", "they", 35, "nsubj"),
        ("would", "AUX", "MD", "would", 35, "aux"),
        ("stay", "VERB", "VB", "stay", 32, "ccomp"),
        ("home", "ADV", "RB", "home", 35, "advmod"),
        (".", "PUNCT", ".", ".", 3, "punct"),
    ]
    said = [(lemma, source) for lemma, source, _ in _sources(rows) if lemma == "say"]
    assert said == [("say", "Some 20 percent of people in a new poll"),
                    ("say", "29 percent ( and 43 percent of Republicans )")]
    # a bare verb phrase after a semicolon goes on with the subject of the list
    listed: list[Row] = [
        ("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
        ("praised", "VERB", "VBD", "praise", -1, "root"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("plan", "NOUN", "NN", "plan", 1, "obj"),
        (";", "PUNCT", ":", ";", 5, "punct"),
        ("clashed", "VERB", "VBN", "clash", 1, "advcl"),
        ("with", "ADP", "IN", "with", 7, "case"),
        ("Doe", "PROPN", "NNP", "Doe", 5, "obl"),
        ("over", "ADP", "IN", "over", 9, "case"),
        ("taxes", "NOUN", "NNS", "tax", 5, "obl"),
        (";", "PUNCT", ":", ";", 12, "punct"),
        ("and", "CCONJ", "CC", "and", 12, "cc"),
        ("posted", "VERB", "VBN", "post", 1, "conj"),
        ("on", "ADP", "IN", "on", 14, "case"),
        ("Twitter", "PROPN", "NNP", "Twitter", 12, "obl"),
        ("that", "SCONJ", "IN", "that", 19, "mark"),
        ("the", "DET", "DT", "the", 17, "det"),
        ("vote", "NOUN", "NN", "vote", 19, "nsubj:pass"),
        ("was", "AUX", "VBD", "be", 19, "aux:pass"),
        ("rigged", "VERB", "VBN", "rig", 12, "advcl"),
        (".", "PUNCT", ".", ".", 1, "punct"),
    ]
    assert [s for _, s, _ in _sources(listed)] == ["Roe", "Roe"]


def test_a_participle_hung_on_a_quotation_has_the_speaker_outside_it() -> None:
    rows: list[Row] = [
        ("The", "DET", "DT", "the", 1, "det"),
        ("senator", "NOUN", "NN", "senator", 2, "nsubj"),
        ("emailed", "VERB", "VBD", "email", -1, "root"),
        ("supporters", "NOUN", "NNS", "supporter", 2, "obj"),
        ("saying", "VERB", "VBG", "say", 2, "xcomp"),
        (":", "PUNCT", ":", ":", 9, "punct"),
        (_OPEN, "PUNCT", "``", '"', 9, "punct"),
        ("The", "DET", "DT", "the", 8, "det"),
        ("struggle", "NOUN", "NN", "struggle", 9, "nsubj"),
        ("continues", "VERB", "VBZ", "continue", 2, "ccomp"),
        (_CLOSE, "PUNCT", "''", '"', 9, "punct"),
        ("and", "CCONJ", "CC", "and", 12, "cc"),
        ("vowing", "VERB", "VBG", "vowe", 9, "conj"),
        ("to", "PART", "TO", "to", 14, "mark"),
        ("compete", "VERB", "VB", "compete", 12, "xcomp"),
        ("next", "ADJ", "JJ", "next", 16, "amod"),
        ("week", "NOUN", "NN", "week", 14, "obj"),
        (".", "PUNCT", ".", ".", 2, "punct"),
    ]
    assert ("vow", "The senator", ()) in _sources(rows)
