"""The result model: spans always match the text, serialisation round-trips exactly."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution import Article, Block, Claim, Cue, Parser, SchemaError, Source, SourceMention, Span

WORDS = ["The", "army", "said", "monitor", "reported", "“", "”", '"', ",", ".", "it", "told",
         "Reuters", "\n", "\n\n", "according", "to", "officials", "It", "is", "believed", ":",
         "- ", "FILE PHOTO:", "é", "🙂", "\r\n", "\t", "(", ")", "Observatory", "denied"]


def _text(parts: list[str]) -> str:
    return " ".join(parts)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(_text) | st.text(max_size=200))
def test_every_span_is_a_slice_of_the_input(fake_parser: Parser, text: str) -> None:
    article = fake_parser.parse(text)
    assert article.text is text or article.text == text
    for span in article.iter_spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    again = Article.from_dict(json.loads(article.to_json()))
    assert again == article


def test_span_checks_bounds() -> None:
    assert Span.from_text("abc", 1, 3).text == "bc"
    with pytest.raises(ValueError):
        Span.from_text("abc", 2, 5)
    with pytest.raises(ValueError):
        Span(3, 1, "")


def test_article_rejects_a_span_that_does_not_match() -> None:
    with pytest.raises(ValueError):
        Article(text="abc", blocks=(Block("body", Span(0, 2, "xx")),))


def _small_article() -> Article:
    text = 'Rebels left, the monitor said. "It is over," he told us.'
    src = Source(
        id="S1",
        name="the monitor",
        type="monitor",
        type_path=("ngo", "monitor"),
        mentions=(SourceMention(Span.from_text(text, 13, 24), "description"),),
    )
    claim = Claim(
        id="C1",
        span=Span.from_text(text, 0, 11),
        kind="indirect",
        source=src,
        source_mention=Span.from_text(text, 13, 24),
        cue=Cue(Span.from_text(text, 25, 29), "say"),
        block="body",
    )
    return Article(text=text, blocks=(Block("body", Span.from_text(text, 0, len(text))),),
                   claims=(claim,), sources=(src,))


def test_round_trip_and_queries() -> None:
    article = _small_article()
    data = article.to_dict()
    assert data["schema_version"]
    assert data["claims"][0]["source_id"] == "S1"
    assert data["claims"][0]["source_mention"] == {"start": 13, "end": 24, "text": "the monitor"}
    assert Article.from_json(article.to_json()) == article
    assert article.claims_by("S1") == article.claims
    assert article.claims_by_type("ngo") == article.claims
    assert article.claims_by_type("government") == ()
    assert article.sources_by_type("monitor") == article.sources
    assert article.unattributed_claims() == ()
    assert "monitor" in repr(article.claims[0])


def test_a_claims_prefix_round_trips_and_comes_before_the_rest_of_its_content() -> None:
    text = "The bridge, which officials said will cost $5 billion, opened."
    content = Span.from_text(text, text.index("will"), text.index(", opened"))
    which = Span.from_text(text, text.index("which"), text.index("which") + 5)
    claim = Claim(id="C1", span=content, kind="indirect", prefix=which)
    article = Article(text=text, claims=(claim,))
    data = article.to_dict()
    assert data["claims"][0]["prefix"] == {"start": 12, "end": 17, "text": "which"}
    assert Article.from_dict(data) == article
    assert which in set(article.iter_spans())
    assert claim.content_text == "which will cost $5 billion"
    assert article.to_records()[0]["prefix"] == "which"
    with pytest.raises(ValueError, match="before the rest of its content"):
        Claim(id="C1", span=which, kind="indirect", prefix=content)
    data["claims"][0]["prefix"] = {"start": 12, "end": 17, "text": "whom"}
    with pytest.raises(SchemaError):
        Article.from_dict(data)
    # a document written before schema 1.1 has no "prefix": it reads as None
    del data["claims"][0]["prefix"]
    assert Article.from_dict(data).claims[0].prefix is None


def test_from_dict_reports_bad_data() -> None:
    data = _small_article().to_dict()
    data["claims"][0]["text"] = "something else"
    with pytest.raises(SchemaError, match="says"):
        Article.from_dict(data)
    data = _small_article().to_dict()
    data["claims"][0]["source_id"] = "S9"
    with pytest.raises(SchemaError, match="unknown source"):
        Article.from_dict(data)
    with pytest.raises(SchemaError, match="schema_version"):
        Article.from_dict({"text": "x"})
    with pytest.raises(SchemaError, match="JSON"):
        Article.from_json("{not json")


def test_empty_and_whitespace_text_give_empty_articles(fake_parser: Parser) -> None:
    for text in ("", "   ", "\n\n\t "):
        article = fake_parser.parse(text)
        assert article.text == text
        assert article.claims == () and article.sources == ()


def test_records_are_flat(fake_parser: Parser) -> None:
    rows = _small_article().to_records()
    assert rows[0]["source_name"] == "the monitor"
    assert rows[0]["source_type_path"] == "ngo/monitor"
    assert all(not isinstance(v, (dict, list)) for v in rows[0].values())
