"""Sources as claims.py builds them: appositions the parse missed, named subjects' appositions
and possessive pronouns (sentences written for these tests)."""

from __future__ import annotations

from attribution import Parser
from attribution._parsed import Sentence, Token
from attribution.claims import _trailing_apposition


def _sentence(*words: tuple[str, str]) -> Sentence:
    """A sentence of (word, upos) pairs with a flat tree (as a misparse may leave it)."""
    tokens, start = [], 0
    for i, (w, upos) in enumerate(words):
        tokens.append(Token(i, w, start, start + len(w), upos, "_", w.lower(), -1, "dep"))
        start += len(w) + 1
    return Sentence(0, start - 1, tuple(tokens))


def _text(sent: Sentence, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    return " ".join(t.text for t in sent.tokens if span[0] <= t.start and t.end <= span[1])


def test_a_noun_phrase_between_commas_after_a_name_is_its_apposition() -> None:
    sent = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("the", "DET"),
                     ("director", "NOUN"), ("of", "ADP"), ("Lakeview", "PROPN"),
                     ("Trust", "PROPN"), (",", "PUNCT"), ("said", "VERB"), ("so", "ADV"))
    end = sent.tokens[1].end
    assert _text(sent, _trailing_apposition(sent, end)) == "the director of Lakeview Trust"
    # a possessor opens it too: "Mr. Poe 's deputy"
    sent = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("Mr.", "PROPN"),
                     ("Poe", "PROPN"), ("'s", "PART"), ("deputy", "NOUN"), (",", "PUNCT"),
                     ("said", "VERB"))
    assert _text(sent, _trailing_apposition(sent, sent.tokens[1].end)) == "Mr. Poe 's deputy"
    # but not where it overlaps what the source said
    assert _trailing_apposition(sent, sent.tokens[1].end, [(sent.tokens[6].start, 99)]) is None


def test_no_apposition_from_a_clause_a_list_of_names_or_a_pronoun() -> None:
    clause = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("adding", "VERB"),
                       ("that", "SCONJ"), ("votes", "NOUN"), ("count", "VERB"))
    names = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("Tom", "PROPN"),
                      ("Poe", "PROPN"), ("and", "CCONJ"), ("Al", "PROPN"), ("Doe", "PROPN"))
    pronoun = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("who", "PRON"),
                        ("runs", "VERB"), ("the", "DET"), ("trust", "NOUN"))
    content = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("the", "DET"),
                        ("bill", "NOUN"), ("would", "AUX"), ("pass", "VERB"))
    listed = _sentence(("Jane", "PROPN"), ("Roe", "PROPN"), (",", "PUNCT"), ("the", "DET"),
                       ("mayor", "NOUN"), (",", "PUNCT"), ("and", "CCONJ"), ("Tom", "PROPN"))
    for sent in (clause, names, pronoun, content, listed):
        assert _trailing_apposition(sent, sent.tokens[1].end) is None


def test_a_named_subject_passes_its_apposition_to_a_later_source(parser: Parser) -> None:
    # "Jane Roe" does not speak in the first sentence; "Ms. Roe" does in the second
    art = parser.parse("Jane Roe, a pollster at Gallup, laughed when reporters said the race "
                       "was over. “Turnout will decide it,” Ms. Roe said.")
    roe = next(s for s in art.sources if any(m.span.text == "Ms. Roe" for m in s.mentions))
    assert "a pollster at Gallup" in [d.text for d in roe.descriptors]
    assert roe.type == "expert"


def test_a_possessive_pronoun_takes_the_type_of_whom_it_stands_for(parser: Parser) -> None:
    art = parser.parse("President Obama spoke in Lakeview on Monday. It was a speech about "
                       "jobs, his aides said.")
    aides = next(s for s in art.sources if s.name == "his aides")
    assert aides.type == "government"
    assert aides.evidence[0].span is not None and aides.evidence[0].span.text == "President Obama"


def test_a_surname_source_takes_the_titled_mention_of_its_name(parser: Parser) -> None:
    # the titled mention is an object, neither a source nor a named subject
    art = parser.parse("The state sent engineers to help Lakeview Mayor Jane Roe with the "
                       "repairs. “We are grateful for the help,” Roe said on Monday.")
    roe = next(s for s in art.sources if any(m.span.text == "Roe" for m in s.mentions))
    assert "Lakeview Mayor Jane Roe" in [d.text for d in roe.descriptors]
    assert roe.type == "government"


def test_a_source_named_again_without_a_cue_gets_that_mention(parser: Parser) -> None:
    # the second sentence attributes nothing; its "Roe" still names the source
    art = parser.parse("Jane Roe, a senator from Ohio, said taxes would rise. Roe toured a "
                       "steel plant in Lakeview on Monday. Her aides handed out leaflets.")
    roe = next(s for s in art.sources if s.name == "Jane Roe")
    assert [m.span.text for m in roe.mentions] == ["Jane Roe", "Roe"]
