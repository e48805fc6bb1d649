"""The cue lexicon and the verb extractor on hand-built parses (no model needed)."""

from __future__ import annotations

from attribution._parsed import Sentence, Token
from attribution.attributions import verb_attributions
from attribution.cues import lexicon

Row = tuple[str, str, str, int, str]  # text, upos, lemma, head (-1 root), deprel


def sentence(rows: list[Row]) -> tuple[str, Sentence]:
    """A sentence whose words are joined by single spaces, with the given parse."""
    tokens = []
    pos = 0
    for i, (text, upos, lemma, head, deprel) in enumerate(rows):
        tokens.append(Token(index=i, text=text, start=pos, end=pos + len(text), upos=upos,
                            lemma=lemma, head=head, deprel=deprel))
        pos += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return text, Sentence(0, len(text), tuple(tokens))


def test_verb_lemma_mends_lemmatizer_slips() -> None:
    lex = lexicon()
    assert lex.verb_lemma("touted", "toute") == "tout"
    assert lex.verb_lemma("urging", "urging") == "urge"
    assert lex.verb_lemma("said", "say") == "say"
    # a word that inflects no reporting verb keeps its lemma
    assert lex.verb_lemma("walked", "walk") == "walk"


def test_time_words_are_in_the_lexicon() -> None:
    lex = lexicon()
    assert {"thursday", "days", "month"} <= lex.time_words
    assert "police" not in lex.time_words


def test_a_colon_before_a_quotation_lets_a_sentence_through_the_cue_filter() -> None:
    lex = lexicon()
    words = ["Roe", "delivered", "a", "verdict", ":", "\u201c", "It", "failed", ".", "\u201d"]
    tags = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"]
    assert lex.might_attribute(words) and lex.might_attribute_tagged(words, tags)
    assert lex.might_attribute(["Roe", "delivered", "a", "verdict", ":"])
    # a colon inside the sentence that opens no quotation: nothing to attribute
    words = ["Roe", "delivered", "a", "verdict", ":", "it", "failed", "."]
    assert not lex.might_attribute(words)


def test_say_after_a_share_passes_the_gate_whatever_its_tag() -> None:
    lex = lexicon()
    words = ["Six", "in", "10", "say", "taxes", "rose"]
    assert lex.might_attribute_tagged(words, ["NUM", "ADP", "NUM", "NOUN", "NOUN", "VERB"])
    words = ["The", "say", "of", "voters", "grew"]
    assert not lex.might_attribute_tagged(words, ["DET", "NOUN", "ADP", "NOUN", "VERB"])


def test_put_it_passes_the_gate_and_put_alone_does_not() -> None:
    lex = lexicon()
    words = ["As", "Roe", "put", "it", ",", "the", "levy", "died"]
    tags = ["SCONJ", "PROPN", "VERB", "PRON", "PUNCT", "DET", "NOUN", "VERB"]
    assert lex.might_attribute(words) and lex.might_attribute_tagged(words, tags)
    words = ["Roe", "put", "the", "levy", "aside"]
    assert not lex.might_attribute(words)


def test_slipped_lemma_still_finds_the_cue() -> None:
    text, sent = sentence([
        ("The", "DET", "the", 1, "det"),
        ("mayor", "NOUN", "mayor", 2, "nsubj"),
        ("touted", "VERB", "toute", -1, "root"),
        ("the", "DET", "the", 4, "det"),
        ("plan", "NOUN", "plan", 2, "obj"),
        (".", "PUNCT", ".", 2, "punct"),
    ])
    (att,) = verb_attributions(sent, lexicon())
    assert att.lemma == "tout"
    assert text[slice(*att.contents[0])] == "the plan"
    assert att.source is not None and text[slice(*att.source)] == "The mayor"


def test_complement_clause_parsed_as_adverbial_is_the_content() -> None:
    # "announced that ..." with the clause mislabelled advcl instead of ccomp
    text, sent = sentence([
        ("The", "DET", "the", 1, "det"),
        ("council", "NOUN", "council", 2, "nsubj"),
        ("announced", "VERB", "announce", -1, "root"),
        ("that", "SCONJ", "that", 6, "mark"),
        ("the", "DET", "the", 5, "det"),
        ("bridge", "NOUN", "bridge", 6, "nsubj"),
        ("reopened", "VERB", "reopen", 2, "advcl"),
        (".", "PUNCT", ".", 2, "punct"),
    ])
    (att,) = verb_attributions(sent, lexicon())
    assert text[slice(*att.contents[0])] == "that the bridge reopened"
    # an adverbial clause with another conjunction is no content
    text, sent = sentence([
        ("The", "DET", "the", 1, "det"),
        ("council", "NOUN", "council", 2, "nsubj"),
        ("announced", "VERB", "announce", -1, "root"),
        ("after", "SCONJ", "after", 6, "mark"),
        ("the", "DET", "the", 5, "det"),
        ("bridge", "NOUN", "bridge", 6, "nsubj"),
        ("reopened", "VERB", "reopen", 2, "advcl"),
        (".", "PUNCT", ".", 2, "punct"),
    ])
    assert list(verb_attributions(sent, lexicon())) == []


def test_second_that_clause_hung_off_the_cue_joins_the_content() -> None:
    # "said that X and that Y" with the second clause attached to "said"
    text, sent = sentence([
        ("Officials", "NOUN", "official", 1, "nsubj"),
        ("said", "VERB", "say", -1, "root"),
        ("that", "SCONJ", "that", 4, "mark"),
        ("tolls", "NOUN", "toll", 4, "nsubj"),
        ("rose", "VERB", "rise", 1, "ccomp"),
        ("and", "CCONJ", "and", 9, "cc"),
        ("that", "SCONJ", "that", 9, "mark"),
        ("the", "DET", "the", 8, "det"),
        ("bridge", "NOUN", "bridge", 9, "nsubj"),
        ("closed", "VERB", "close", 1, "conj"),
        (".", "PUNCT", ".", 1, "punct"),
    ])
    (att,) = verb_attributions(sent, lexicon())
    assert [text[a:b] for a, b in att.contents] == ["that tolls rose and that the bridge closed"]


def test_gerund_after_the_cue_preposition_is_the_content() -> None:
    text, sent = sentence([
        ("She", "PRON", "she", 1, "nsubj"),
        ("called", "VERB", "call", -1, "root"),
        ("for", "SCONJ", "for", 3, "mark"),
        ("doubling", "VERB", "double", 1, "advcl"),
        ("the", "DET", "the", 5, "det"),
        ("caps", "NOUN", "cap", 3, "obj"),
        (".", "PUNCT", ".", 1, "punct"),
    ])
    sent = Sentence(sent.start, sent.end, tuple(
        Token(index=t.index, text=t.text, start=t.start, end=t.end, upos=t.upos,
              xpos="VBG" if t.text == "doubling" else t.xpos, lemma=t.lemma, head=t.head,
              deprel=t.deprel) for t in sent.tokens))
    (att,) = verb_attributions(sent, lexicon())
    assert [text[a:b] for a, b in att.contents] == ["doubling the caps"]
    assert text[slice(*att.cue)] == "called for"


def test_lexicon_entries_for_stance_and_judgement() -> None:
    lex = lexicon()
    # verbs of judging hold an object and, for "consider", a predicate ("considers X a risk")
    assert lex.verbs["consider"].content == frozenset({"obj", "xcomp"})
    assert lex.verbs["consider"].stance == "hedging" and lex.verbs["consider"].attitude
    # "see" reports only "sees X as Y", never a plain object ("saw a heron")
    assert lex.verbs["see"].content == frozenset({"obl:as"})
    assert lex.verbs["underscore"].stance == "assertive"
    assert {"obl:for", "obl:about", "obl:on"} == set(lex.verbs["press"].content)  # (no obj)
    assert "obl:at" in lex.verbs["hint"].content
    assert "obl:against" in lex.verbs["caution"].content
    assert {"xcomp", "obj"} <= lex.verbs["threaten"].content
    # narrowed: "favored X 46 to 32" is a tally, "advising X on Y" a job, "remarks on Monday" a
    # date, "campaigned on Friday" a time
    assert lex.verbs["favor"].content == lex.verbs["favour"].content == frozenset()
    assert "obl:on" not in lex.verbs["advise"].content | lex.verbs["campaign"].content
    assert lex.verbs["speak"].content == frozenset({"obl:about", "obl:of"})
    assert lex.report_nouns["remark"].content == frozenset({"nmod:about"})
    assert lex.verbs["side"].attitude and "obl:with" in lex.verbs["side"].content
    assert lex.adjectives["suspicious"].stance == "hedging"
    # adjectives and report nouns of feeling are attitudes
    assert lex.adjectives["grateful"].attitude and "obl:for" in lex.adjectives["grateful"].content
    assert {"acl", "nmod:for"} <= lex.report_nouns["hope"].content
    assert "nmod:of" in lex.report_nouns["mention"].content
    # new verbs are found by their marked forms too
    assert lex.verb_of_form("rebuked") == "rebuke"
    assert lex.verb_of_form("likened") == "liken"
    assert {"rebuked", "underscores", "likened", "sided", "professed"} <= lex.trigger_forms


def test_every_lexicon_relation_is_known() -> None:
    lex = lexicon()
    for table, allowed in ((lex.verbs, ("obj", "xcomp", "obl:", "advcl:if")),
                           (lex.adjectives, ("xcomp", "obl:")),
                           (lex.report_nouns, ("acl", "nmod:"))):
        for entry in table.values():
            assert entry.stance in ("neutral", "assertive", "distancing", "hedging"), entry
            for rel in entry.content:
                assert rel.startswith(allowed), (entry.lemma, rel)


def test_new_judgement_verb_on_a_hand_built_parse() -> None:
    text, sent = sentence([
        ("The", "DET", "the", 1, "det"),
        ("mayor", "NOUN", "mayor", 2, "nsubj"),
        ("rebuked", "VERB", "rebuke", -1, "root"),
        ("the", "DET", "the", 4, "det"),
        ("council", "NOUN", "council", 2, "obj"),
        (".", "PUNCT", ".", 2, "punct"),
    ])
    (att,) = verb_attributions(sent, lexicon())
    assert att.lemma == "rebuke" and att.stance == "neutral"
    assert text[slice(*att.contents[0])] == "the council"
    assert att.source is not None and text[slice(*att.source)] == "The mayor"


def test_word_classes_come_from_the_lexicon_file() -> None:
    from attribution.cues import CueLexicon

    lex = lexicon()
    assert "tell" in lex.addressed_verbs and "dub" in lex.naming_verbs
    assert "declare" in lex.predicating_verbs and "say" in lex.inverting_verbs
    assert "seek" in lex.holding_verbs and "survey" in lex.inquiry_nouns
    assert "update" in lex.not_speakers and "poll" in lex.headline_sources
    assert "surveyed" in lex.poll_participles
    assert "clear" in lex.made_adjectives and "clear" in lex.adjectives
    assert lex.verbs["shoot"].particle == "back" and lex.verbs["say"].particle is None
    custom = CueLexicon.from_toml({"verb_classes": {"addressed": ["yell"]},
                                   "noun_classes": {"not_speakers": ["memo"]}})
    assert custom.addressed_verbs == frozenset({"yell"})
    assert custom.not_speakers == frozenset({"memo"})


def test_labels_that_name_no_speaker_are_data() -> None:
    from attribution.attributions import headline_colon
    from attribution.cues import CueLexicon

    line = "Update: Senate passes the budget bill"
    assert headline_colon(line, 0, len(line), lexicon()) is None
    bare = CueLexicon.from_toml({})
    att = headline_colon(line, 0, len(line), bare)
    assert att is not None and att.source is not None
    assert line[att.source[0] : att.source[1]] == "Update"


def test_verbs_of_taking_distance_report_their_prepositional_content() -> None:
    text, sent = sentence([
        ("The", "DET", "the", 1, "det"),
        ("senator", "NOUN", "senator", 2, "nsubj"),
        ("distanced", "VERB", "distance", -1, "root"),
        ("herself", "PRON", "herself", 2, "obj"),
        ("from", "ADP", "from", 6, "case"),
        ("the", "DET", "the", 6, "det"),
        ("plan", "NOUN", "plan", 2, "obl"),
        (".", "PUNCT", ".", 2, "punct"),
    ])
    (att,) = verb_attributions(sent, lexicon())
    assert (att.lemma, text[slice(*att.contents[0])]) == ("distance", "from the plan")
    assert att.source is not None and text[slice(*att.source)] == "The senator"
    lex = lexicon()
    assert lex.verbs["balk"].content == frozenset({"obl:at"})
    assert lex.verbs["deem"].content == frozenset({"obj", "xcomp"})
    assert lex.verbs["regard"].content == frozenset({"obl:as"})  # "is regarded as X"
    assert lex.verb_of_form("unveiled") == "unveil"
    assert lex.verbs["identify"].content == frozenset({"obl:as"})  # "identified X as Y"
    assert lex.verbs["weigh"].content == frozenset({"obl:on"})  # "weighed in on X"
    assert {"xcomp", "obj"} <= lex.verbs["persuade"].content & lex.verbs["project"].content


def test_irregular_forms_of_lexicon_verbs_are_triggers() -> None:
    # (a sentence whose only cue word is "saw" or "sought" must pass the parse gate)
    lex = lexicon()
    assert {"sought", "saw", "seen", "foresaw", "foreseen"} <= lex.trigger_forms
    assert lex.verb_of_form("sought") == "seek" and lex.verb_of_form("seen") == "see"
    assert lex.might_attribute(["Voters", "saw", "the", "deal", "as", "a", "betrayal", "."])
