"""attribution.brat: PolNeAR-style BRAT export, import and round trip."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from attribution import Article, Block, Claim, Cue, Parser, Source, SourceMention, Span
from attribution.brat import (
    BratFormatError,
    GoldAttribution,
    GoldDocument,
    fragments,
    read_ann,
    read_files,
    write_ann,
)


@pytest.fixture(scope="module")
def embedded(request: pytest.FixtureRequest) -> Parser:
    """The embedded-model parser, once its models exist (they are trained separately)."""
    parser: Parser = request.getfixturevalue("parser")
    return parser


POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train"

T_LINE = re.compile(r"^T(\d+)\t(Source|Cue|Content|Attribution|Attribution-no-source) "
                    r"(\d+ \d+(?:;\d+ \d+)*)\t([^\n]*)$")
E_LINE = re.compile(r"^E(\d+)\t(Attribution|Attribution-no-source):T\d+ Content:T\d+"
                    r"(?: Cue:T\d+)?(?: Source:T\d+)?$")


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span.from_text(text, start, start + len(needle))


TEXT = (
    "The ministry said the port reopened on Friday.\n"
    '"We have cleared the mines.\n'
    'The harbour is safe," the admiral told reporters.\n'
    "It is believed the rebels left.\n"
    "The weather was fine.\n"
)


def synthetic() -> Article:
    t = TEXT
    ministry = Source("S1", "ministry", "government", ("government",),
                      mentions=(SourceMention(_span(t, "The ministry"), "description"),))
    admiral = Source("S2", "admiral", "military", ("government", "military"),
                     mentions=(SourceMention(_span(t, "the admiral"), "description"),))
    quote = Span.from_text(t, t.index('"We'), t.index('safe,"') + 6)
    claims = (
        Claim("C1", _span(t, "the port reopened on Friday"), "indirect", source=ministry,
              source_mention=_span(t, "The ministry"), cue=Cue(_span(t, "said"), "say")),
        Claim("C2", quote, "direct", source=admiral, source_mention=_span(t, "the admiral"),
              cue=Cue(_span(t, "told"), "tell")),
        Claim("C3", _span(t, "the rebels left"), "unattributed", hedged=True,
              cue=Cue(_span(t, "It is believed"), "believe", "impersonal", "hedging")),
        Claim("C4", _span(t, "The weather was fine."), "unattributed"),
    )
    return Article(t, blocks=(Block("body", Span.from_text(t, 0, len(t) - 1)),),
                   claims=claims, sources=(ministry, admiral))


def test_a_prefix_is_a_fragment_of_the_content() -> None:
    t = "The bridge, which officials said will cost $5 billion, opened."
    officials = Source("S1", "officials", "government", ("government",),
                       mentions=(SourceMention(_span(t, "officials"), "description"),))
    claim = Claim("C1", _span(t, "will cost $5 billion"), "indirect", source=officials,
                  source_mention=_span(t, "officials"), cue=Cue(_span(t, "said"), "say"),
                  prefix=_span(t, "which"))
    article = Article(t, claims=(claim,), sources=(officials,))
    (att,) = read_ann(write_ann(article), t).attributions
    assert [p.text for p in att.content] == ["which", "will cost $5 billion"]
    assert att.content_text() == "which will cost $5 billion"


def test_write_ann_lines_look_like_polnear() -> None:
    ann = write_ann(synthetic())
    lines = ann.splitlines()
    assert ann.endswith("\n")
    for line in lines:
        assert T_LINE.match(line) or E_LINE.match(line), line
    assert lines[:5] == [
        "T1\tSource 0 12\tThe ministry",
        "T2\tCue 13 17\tsaid",
        "T3\tContent 18 45\tthe port reopened on Friday",
        "T4\tAttribution 13 17\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    ]
    # three attributions: C4 (no cue, no source) is the reporter's voice and is left out
    events = [line for line in lines if line.startswith("E")]
    assert len(events) == 3
    assert events[2].startswith("E3\tAttribution-no-source:T")
    assert "Source:" not in events[2]


def test_spans_over_line_breaks_become_fragments() -> None:
    article = synthetic()
    ann = write_ann(article)
    quote = article.claims[1].span
    first_break = TEXT.index("\n", quote.start)
    content = next(line for line in ann.splitlines() if line.startswith("T7\t"))
    assert content == (
        f"T7\tContent {quote.start} {first_break};{first_break + 1} {quote.end}\t"
        '"We have cleared the mines. The harbour is safe,"'
    )
    assert "\n" not in content


def test_fragments_skip_blank_lines_and_trim() -> None:
    text = "a b\n\n  c d  \n"
    assert fragments(text, 0, len(text)) == (
        Span.from_text(text, 0, 3),
        Span.from_text(text, 7, 10),
    )
    assert fragments(text, 3, 6) == ()


def test_round_trip_synthetic() -> None:
    article = synthetic()
    gold = read_ann(write_ann(article), article.text)
    assert isinstance(gold, GoldDocument) and gold.text == article.text
    exported = [c for c in article.claims if c.cue is not None or c.source is not None]
    assert len(gold.attributions) == len(exported) == 3
    for claim, att in zip(exported, gold.attributions, strict=True):
        assert att.content == fragments(article.text, claim.span.start, claim.span.end)
        assert (att.content[0].start, att.content[-1].end) == (claim.span.start, claim.span.end)
        assert claim.cue is not None and att.cue == claim.cue.span
        assert att.source == claim.source_mention
        assert att.has_source == (claim.source is not None)
    quote = '"We have cleared the mines. The harbour is safe,"'
    assert gold.attributions[1].content_text(" ") == quote


def test_round_trip_parse(fake_parser: Parser, example_text: str) -> None:
    article = fake_parser.parse(example_text)
    exported = [c for c in article.claims if c.cue is not None or c.source is not None]
    assert exported, "the example should have at least one attributed claim"
    gold = read_ann(write_ann(article), article.text)
    assert len(gold.attributions) == len(exported)
    for claim, att in zip(exported, gold.attributions, strict=True):
        assert att.content == fragments(article.text, claim.span.start, claim.span.end)
        assert att.cue == (None if claim.cue is None else claim.cue.span)
        if claim.source_mention is not None:
            assert att.source == claim.source_mention


POLNEAR_LIKE = (
    "T1\tSource 0 3\tBob\n"
    "T2\tCue 4 8\tsaid\n"
    "T3\tContent 9 25;27 34\tthe talks failed we left\n"
    "T4\tAttribution 4 8\tsaid\n"
    "T5\tContent2 36 40\tthen\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T5\n"
    "T6\tCue 41 51\tis thought\n"
    "T7\tContent 52 65\tthis\n"
    "happened\n"
    "T8\tAttribution-no-source 41 51\tis thought\n"
    "E2\tAttribution-no-source:T8 Cue:T6 Content:T7\n"
    "T9\tDiscuss 0 8\tBob said\n"
    "#1\tAnnotatorNotes T4\tis this right?\n"
    "T10\tAttribution-no-source 66 70\tnote\n"
    "E3\tAttribution-no-source:T10\n"
)
POLNEAR_TEXT = "Bob said the talks failed; we left. then is thought this\nhappened note"


def test_read_polnear_features() -> None:
    gold = read_ann(POLNEAR_LIKE, POLNEAR_TEXT)
    t = POLNEAR_TEXT
    first, second, third = gold.attributions
    assert first == GoldAttribution(
        content=(Span.from_text(t, 9, 25), Span.from_text(t, 27, 34), Span.from_text(t, 36, 40)),
        cue=Span.from_text(t, 4, 8),
        source=Span.from_text(t, 0, 3),
        cue_fragments=(Span.from_text(t, 4, 8),),
        source_fragments=(Span.from_text(t, 0, 3),),
        id="E1",
    )
    assert first.content_text() == "the talks failed we left then"
    # the span text runs over two lines of the .ann: read by offsets, the next line is skipped
    assert second.content == (Span.from_text(t, 52, 65),)
    assert second.content[0].text == "this\nhappened"
    assert second.source is None and not second.has_source
    assert second.cue == Span.from_text(t, 41, 51)
    assert third.content == () and third.cue is None and third.source is None
    assert third.id == "E3"


def test_read_errors() -> None:
    with pytest.raises(BratFormatError, match="outside"):
        read_ann("T1\tCue 0 99\tx\n", "short")
    with pytest.raises(BratFormatError, match="T9"):
        read_ann("T1\tCue 0 1\tx\nE1\tAttribution:T1 Content:T9\n", "xyz")
    with pytest.raises(BratFormatError, match="not an attribution"):
        read_ann("T1\tCue 0 1\tx\nE1\tCue:T1\n", "xyz")


def _polnear_pairs(limit: int) -> list[tuple[Path, Path]]:
    if not (POLNEAR / "attributions").is_dir():
        pytest.skip(f"PolNeAR training data not found at {POLNEAR} (../shared is absent)")
    pairs: dict[str, tuple[Path, Path]] = {}
    for ann in sorted((POLNEAR / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        txt = POLNEAR / "text" / f"{stem}.txt"
        if stem not in pairs and txt.is_file():
            pairs[stem] = (ann, txt)
    return list(pairs.values())[:limit]


def test_reads_real_polnear_files() -> None:
    pairs = _polnear_pairs(120)
    assert len(pairs) >= 50
    total = fragmented = no_source = with_content2 = 0
    for ann_path, txt_path in pairs:
        ann = ann_path.read_bytes().decode("utf-8")
        gold = read_files(ann_path, txt_path)
        events = [ln for ln in ann.split("\n") if re.match(r"E\d+\tAttribution", ln)]
        assert len(gold.attributions) == len(events), ann_path.name
        with_content2 += sum("Content2:" in e for e in events)
        # every single-fragment, single-line T line's text is exactly the text at its offsets
        for m in re.finditer(r"^T\d+\t\S+ (\d+) (\d+)\t(.*)$", ann, re.M):
            start, end, said = int(m[1]), int(m[2]), m[3]
            if len(said) == end - start:
                assert gold.text[start:end] == said, (ann_path.name, m[0])
        for att in gold.attributions:
            total += 1
            fragmented += len(att.content) > 1
            no_source += att.source is None
            for span in (*att.content, *att.cue_fragments, *att.source_fragments):
                assert gold.text[span.start : span.end] == span.text
    assert total > 500
    assert fragmented > 0 and no_source > 0 and with_content2 > 0


def test_real_polnear_round_trips_through_write(fake_parser: Parser) -> None:
    """Gold spans written as an Article's claims come back unchanged."""
    ann_path, txt_path = _polnear_pairs(1)[0]
    gold = read_files(ann_path, txt_path)
    claims = []
    for n, att in enumerate(gold.attributions):
        if att.cue is None or not att.content or "\n" in att.cue.text:
            continue
        content = Span.from_text(gold.text, att.content[0].start, att.content[-1].end)
        claims.append(Claim(f"C{n}", content, "indirect", cue=Cue(att.cue, "x")))
    claims.sort(key=lambda c: c.span.start)
    article = Article(gold.text, claims=tuple(claims))
    back = read_ann(write_ann(article), gold.text)
    assert len(back.attributions) == len(claims) > 0
    for claim, att in zip(claims, back.attributions, strict=True):
        assert att.content == fragments(gold.text, claim.span.start, claim.span.end)
        assert claim.cue is not None and att.cue == claim.cue.span


@pytest.mark.model
def test_round_trip_embedded(embedded: Parser, example_text: str, palmyra_text: str) -> None:
    for text in (example_text, palmyra_text):
        article = embedded.parse(text)
        exported = [c for c in article.claims if c.cue is not None or c.source is not None]
        assert exported
        gold = read_ann(write_ann(article), article.text)
        assert len(gold.attributions) == len(exported)
        for claim, att in zip(exported, gold.attributions, strict=True):
            assert att.content == fragments(article.text, claim.span.start, claim.span.end)
            assert att.cue == (None if claim.cue is None else claim.cue.span)
            assert att.has_source == (claim.source is not None)
            if claim.source_mention is not None:
                assert att.source == claim.source_mention
