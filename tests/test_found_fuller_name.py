"""A source first called by a surname alone joins its fuller name, and a named subject the
parse merged with its apposition ends at the comma (sentences written for these tests)."""

from __future__ import annotations

from attribution._model import Block, Span
from attribution._parsed import ParsedText
from attribution.claims import _context_names
from attribution.coref import Mention, mention_kind, resolve
from attribution.testing import hand_parsed


def _mentions(text: str, *phrases: str) -> list[Mention]:
    out = []
    start = 0
    for words in phrases:
        at = text.index(words, start)
        start = at + len(words)
        out.append(Mention(at, start, words, mention_kind(words, True, False),
                           words.split()[-1]))
    return out


def test_fuller_name_joins_an_earlier_surname() -> None:
    text = "Roe is favoured. Critics attacked the plan. Rep. Jane Roe said it would pass."
    mentions = _mentions(text, "Roe", "Critics", "Rep. Jane Roe")
    resolve(mentions, text)
    assert mentions[2].entity == mentions[0].entity != mentions[1].entity


def test_no_join_for_a_list_or_a_group() -> None:
    text = "Roe spoke first. Neither Jane Doe nor Bill Roe said more."
    mentions = _mentions(text, "Roe", "Neither Jane Doe nor Bill Roe")
    resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity
    text = "Republicans met. Other Republicans said no."
    mentions = _mentions(text, "Republicans", "Other Republicans")
    resolve(mentions, text)
    assert mentions[1].entity != mentions[0].entity


def test_a_named_subject_ends_before_its_apposition() -> None:
    # "Roe, the chairman of the panel, is facing a challenge.": the parse made "Roe" and
    # "chairman" two subjects of "facing", which read as one phrase
    text, sent = hand_parsed([
        ("Roe", "PROPN", "NNP", "Roe", 9, "nsubj"),
        (",", "PUNCT", ",", ",", 0, "punct"),
        ("the", "DET", "DT", "the", 3, "det"),
        ("chairman", "NOUN", "NN", "chairman", 9, "nsubj"),
        ("of", "ADP", "IN", "of", 6, "case"),
        ("the", "DET", "DT", "the", 6, "det"),
        ("panel", "NOUN", "NN", "panel", 3, "nmod"),
        (",", "PUNCT", ",", ",", 3, "punct"),
        ("is", "AUX", "VBZ", "be", 9, "aux"),
        ("facing", "VERB", "VBG", "face", -1, "root"),
        ("a", "DET", "DT", "a", 11, "det"),
        ("challenge", "NOUN", "NN", "challenge", 9, "obj"),
        (".", "PUNCT", ".", ".", 9, "punct"),
    ])
    block = Block("body", Span.from_text(text, 0, len(text)))
    [(start, end, _head, described)] = _context_names([ParsedText(text, (sent,))], [block])
    assert text[start:end] == "Roe"
    assert [text[a:b] for a, b in described] == ["the chairman of the panel"]


def test_a_given_name_in_a_descriptor_is_not_the_source_s_given_name() -> None:
    from attribution.coref import name_mentions

    # the source mention holds its apposition ("a Scott ally"): "Scott" is no given name of
    # Roe's, so "Carlos Roe" elsewhere still names Roe
    text = "Developer Carlos Roe would cut taxes. Roe, a Scott ally, said he would win."
    mentions = _mentions(text, "Roe, a Scott ally")
    mentions[0].head = "Roe"
    entities = resolve(mentions, text)
    found = name_mentions(text, mentions, entities, {m.entity for m in mentions})
    assert [text[a:b] for spans in found.values() for a, b in spans] == ["Carlos Roe"]
