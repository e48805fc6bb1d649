"""The canonical example: the Reuters Palmyra article, read from ../shared by path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution import Article, Claim, Parser, cli

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def article(parser: Parser, palmyra_text: str) -> Article:
    return parser.parse(palmyra_text)


def claim_with(article: Article, words: str) -> Claim:
    found = [c for c in article.claims if words in c.text]
    assert found, f"no claim contains {words!r}"
    return min(found, key=lambda c: len(c.span))


def test_military_statement_is_a_direct_claim(article: Article) -> None:
    c = claim_with(article, "units of our armed forces recaptured")
    assert c.kind == "direct" and c.source is not None
    assert c.source.type == "military" and c.source.type_path == ("government", "military")
    assert c.channel == "statement"


def test_observatory_claims_share_one_source(article: Article) -> None:
    claims = [
        claim_with(article, "Iranian-backed militia advanced inside Palmyra"),
        claim_with(article, "militants retreated to areas in the east"),
        claim_with(article, "Government forces took control"),
    ]
    sources = {c.source for c in claims}
    assert len(sources) == 1
    (observatory,) = sources
    assert observatory is not None
    assert observatory.name == "the Syrian Observatory for Human Rights"
    assert [d.text for d in observatory.descriptors] == ["a Britain-based war monitor"]
    assert observatory.type == "monitor" and observatory.type_path == ("ngo", "monitor")
    assert [c.source_mention.text for c in claims if c.source_mention] == [
        "the Syrian Observatory for Human Rights", "the Observatory", "it"]


def test_opposition_claim(article: Article) -> None:
    c = claim_with(article, "the sight of the city changing hands again was risible")
    assert c.source is not None and c.source.type == "opposition"
    assert c.kind == "indirect"


def test_hedged_impersonal_claim(article: Article) -> None:
    c = claim_with(article, "razed other parts of the historical ruins")
    # "It is believed": a hedged report by a source the article does not name
    assert c.kind == "indirect" and c.hedged and c.source_mention is None
    assert c.source is not None and c.source.anonymous and c.source.name == "It is believed"


def test_layout(article: Article) -> None:
    assert article.blocks[0].kind == "headline"
    assert [b.kind for b in article.blocks[1:5]] == ["related_headline"] * 4
    (caption,) = article.blocks_of("caption")
    assert caption.span.text.startswith("FILE PHOTO:")
    hnc = claim_with(article, "Syrian opposition to announce delegates")
    assert hnc.block == "related_headline" and hnc.source is not None
    assert hnc.source.type == "opposition"


def test_source_types(article: Article) -> None:
    by_name = {s.name: s for s in article.sources}
    negotiator = next(s for s in article.sources if "chief negotiator" in s.name)
    assert negotiator.type == "government"
    assert any(s.type == "military" and "army" in s.name.lower() for s in by_name.values())
    for source in article.sources:
        # a rule typed every source but the unnamed "It is believed" (unknown: no rule fires)
        assert source.evidence or (source.type == "unknown" and source.anonymous), source


def test_cli_json_on_palmyra(capsys: pytest.CaptureFixture[str], palmyra_text: str) -> None:
    path = Path(__file__).resolve().parents[2] / "shared/data/examples/palmyra-reuters.txt"
    assert cli.main(["parse", str(path), "--format", "json", "--no-entry-points"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = data["text"]
    assert text == palmyra_text
    for claim in data["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        if claim["source_mention"]:
            m = claim["source_mention"]
            assert text[m["start"] : m["end"]] == m["text"]
    for source in data["sources"]:
        assert source["type_path"][-1] == source["type"]
