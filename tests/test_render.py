"""attribution.render: standalone HTML, escaping, colours, tooltips, nesting and overlaps."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from attribution import Article, Block, Claim, Cue, Parser, Source, SourceMention, Span, render


@pytest.fixture(scope="module")
def embedded(request: pytest.FixtureRequest) -> Parser:
    """The embedded-model parser, once its models exist (they are trained separately)."""
    parser: Parser = request.getfixturevalue("parser")
    return parser


_VOID = {"meta", "br", "img", "hr", "link", "input"}
_LABELS = {"att-id", "att-hedge", "att-block-tag"}
_FIRSTS = re.compile(r'<mark class="[^"]*\batt-first\b')


class _Walker(HTMLParser):
    """Rebuilds the article text from the rendering, with the claims over each character."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.chars: list[tuple[str, frozenset[str], frozenset[str]]] = []
        self.tags: list[str] = []
        self.text_tags: set[str] = set()
        self.in_text = False
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if any("att-text" in a.get("class", "").split() for _, a in self.stack):
            self.text_tags.add(tag)
        if tag in _VOID:
            return
        self.stack.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unbalanced </{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = [set(a.get("class", "").split()) for _, a in self.stack]
        if not any("att-text" in c for c in classes):
            return
        if any(c & _LABELS for c in classes):
            return
        claims = frozenset(a["data-claim"] for _, a in self.stack if "data-claim" in a)
        marks = frozenset(
            name for c in classes for name in c if name in ("att-cue", "att-mention")
        )
        for ch in data:
            self.chars.append((ch, claims, marks))


def walk(page: str) -> _Walker:
    walker = _Walker()
    walker.feed(page)
    walker.close()
    assert not walker.errors, walker.errors
    assert not walker.stack, f"unclosed elements: {walker.stack}"
    return walker


TEXT = (
    "Rebels took the bridge, the army said.\n"
    "Its spokesman Ana Ruiz told reporters the town was calm and that, she believed, "
    "the rebels had left.\n"
)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.from_text(text, start, start + len(needle))


def synthetic() -> Article:
    """Nested and overlapping claims, two typed sources, a hedged claim, cues, two blocks."""
    t = TEXT
    army = Source(
        "S1", "army", "military", ("government", "military"),
        mentions=(SourceMention(_span(t, "the army"), "description"),),
    )
    ruiz = Source(
        "S2", "Ana Ruiz", "rebel_watchers", ("rebel_watchers",),
        mentions=(SourceMention(_span(t, "Ana Ruiz"), "name"),),
    )
    outer = Span.from_text(t, t.index("the town"), t.index("left.") + 4)
    inner = _span(t, "the rebels had left")
    overlap = Span.from_text(t, t.index("reporters"), t.index("was calm") + 3)
    claims = (
        Claim("C1", _span(t, "Rebels took the bridge"), "indirect", source=army,
              source_mention=_span(t, "the army"), cue=Cue(_span(t, "said"), "say")),
        Claim("C2", outer, "indirect", source=ruiz, source_mention=_span(t, "Ana Ruiz"),
              cue=Cue(_span(t, "told"), "tell")),
        Claim("C3", inner, "indirect", source=ruiz, hedged=True,
              cue=Cue(_span(t, "believed"), "believe", stance="hedging")),
        Claim("C4", overlap, "unattributed"),
    )
    first_line = t.index("\n")
    blocks = (
        Block("headline", Span.from_text(t, 0, first_line)),
        Block("body", Span.from_text(t, first_line + 1, len(t) - 1)),
    )
    return Article(t, blocks=blocks, claims=claims, sources=(army, ruiz))


def test_standalone_page_has_no_network_assets() -> None:
    page = render.html(synthetic().to_dict(), title="a <b>title</b>")
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and '<meta charset="utf-8">' in page
    assert not re.search(r"""(src|href)\s*=|@import|url\(""", page)
    assert "<title>a &lt;b&gt;title&lt;/b&gt;</title>" in page
    assert "</html>" in page


def test_text_survives_rendering_and_each_character_shows_its_claims() -> None:
    article = synthetic()
    data = article.to_dict()
    walker = walk(render.fragment(data))
    rebuilt = "".join(ch for ch, _, _ in walker.chars)
    # the blocks cover everything but the line breaks between and after them
    assert rebuilt == article.text.replace("\n", "")
    offsets = [i for i, ch in enumerate(article.text) if ch != "\n"]
    for pos, (_, claims, _) in zip(offsets, walker.chars, strict=True):
        expected = {c.id for c in article.claims if c.span.start <= pos < c.span.end}
        assert claims == expected, (pos, article.text[pos], claims, expected)
    # nesting follows the offsets: C3 (inside C2) is opened inside C2
    fragment = render.fragment(data)
    c2 = fragment.index('data-claim="C2"')
    c3 = fragment.index('data-claim="C3"')
    assert c2 < c3
    # overlapping C2 / C4: the characters of "the town was" are in both
    pos = article.text.index("the town")
    assert walker.chars[offsets.index(pos)][1] == {"C2", "C4"}


def test_cues_and_mentions_are_marked() -> None:
    article = synthetic()
    walker = walk(render.fragment(article.to_dict()))
    offsets = [i for i, ch in enumerate(article.text) if ch != "\n"]
    marks = {pos: m for pos, (_, _, m) in zip(offsets, walker.chars, strict=True)}
    said = article.text.index("said")
    assert "att-cue" in marks[said]
    assert "att-mention" in marks[article.text.index("Ana Ruiz")]
    assert marks[article.text.index("bridge")] == frozenset()


def test_script_in_article_text_is_inert() -> None:
    text = 'The minister said <script>alert("x")</script> & <b>more</b>.'
    span = _span(text, '<script>alert("x")</script>')
    evil = Source(
        "S1", '<img src=x onerror="alert(1)">', "government", ("government",),
        mentions=(SourceMention(_span(text, "The minister"), "description"),),
    )
    article = Article(
        text,
        blocks=(Block("body", Span.from_text(text, 0, len(text))),),
        claims=(Claim("C1", span, "direct", source=evil, cue=Cue(_span(text, "said"), "say")),),
        sources=(evil,),
    )
    page = render.html(article.to_dict())
    walker = walk(page)
    assert "script" not in walker.tags and "img" not in walker.tags
    assert walker.text_tags == {"div", "mark", "span"}
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp; &lt;b&gt;more&lt;/b&gt;" in page
    # the tooltip names the source, escaped, inside the attribute
    assert 'title="Claim C1\nsource: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;' in page


def test_tooltip_names_source_type_path_kind_and_hedging() -> None:
    page = render.fragment(synthetic().to_dict())
    titles = dict(re.findall(r'data-claim="(C\d)" style="[^"]*" title="([^"]*)"', page))
    assert "source: army" in titles["C1"]
    assert "type: government / military" in titles["C1"]
    assert "kind: indirect" in titles["C1"]
    assert "hedged: no" in titles["C1"]
    assert "hedged: yes" in titles["C3"]
    assert "cue: believed (believe, verb, hedging)" in titles["C3"]
    assert "source: none (unattributed)" in titles["C4"]


def test_tooltip_and_text_listing_show_a_prefix() -> None:
    from attribution.cli import format_text

    t = "The bridge, which officials said will cost $5 billion, opened."
    start = t.index("will")
    officials = Source("S1", "officials", "government", ("government",),
                       mentions=(SourceMention(Span.from_text(t, 18, 27), "description"),))
    claim = Claim("C1", Span.from_text(t, start, t.index(", opened")), "indirect",
                  source=officials, cue=Cue(Span.from_text(t, 28, 32), "say"),
                  prefix=Span.from_text(t, 12, 17))
    article = Article(t, claims=(claim,), sources=(officials,))
    page = render.fragment(article.to_dict())
    assert "content begins: which" in page
    assert "(which) will cost $5 billion" in format_text(article)


def test_hedged_claims_get_a_visible_mark_once() -> None:
    page = render.fragment(synthetic().to_dict())
    marks = re.findall(r'<span class="att-hedge" title="hedged claim">', page)
    assert len(marks) == 1
    # the mark sits at the end of C3, inside its last segment
    c3_last = re.search(r'<mark class="[^"]*att-last[^"]*" data-claim="C3"', page)
    assert c3_last is not None
    assert page.index('class="att-hedge" title="hedged claim"', c3_last.start()) > 0


def test_colours_fixed_for_default_types_and_deterministic_for_others() -> None:
    assert render.type_color("military") == render.TYPE_COLORS["military"]
    assert render.type_color(None) == render.NO_SOURCE_COLOR
    plugin = render.type_color("rebel_watchers")
    assert re.fullmatch(r"#[0-9a-f]{6}", plugin)
    assert plugin == render.type_color("rebel_watchers")
    assert plugin not in render.TYPE_COLORS.values()
    assert render.type_color("pollster_x") != plugin
    assert len(set(render.TYPE_COLORS.values())) == len(render.TYPE_COLORS)
    page = render.fragment(synthetic().to_dict())
    assert f"--att-c:{render.TYPE_COLORS['military']}" in page
    assert f"--att-c:{plugin}" in page


def test_legend_lists_the_types_in_the_article() -> None:
    page = render.fragment(synthetic().to_dict())
    legend = page[page.index('class="att-legend"') :]
    assert ">military</span>" in legend and ">rebel_watchers</span>" in legend
    assert ">no source</span>" in legend
    assert "4 claims, 1 hedged, 1 without a source" in legend
    assert ">government</span>" not in legend  # only the types of this article's sources


def test_blocks_are_styled_by_kind() -> None:
    page = render.fragment(synthetic().to_dict())
    assert '<div class="att-block att-block-headline" data-block="headline">' in page
    assert '<div class="att-block att-block-body" data-block="body">' in page


def test_standalone_false_is_the_fragment() -> None:
    data = synthetic().to_dict()
    assert render.html(data, standalone=False) == render.fragment(data)
    assert render.fragment(data).startswith('<div class="attribution-article">')


def test_bad_input() -> None:
    with pytest.raises(TypeError, match=r"to_dict"):
        render.html(["not", "an", "article"])  # type: ignore[arg-type]
    assert render.html(synthetic()) == render.html(synthetic().to_dict())  # Article accepted
    with pytest.raises(TypeError, match="text"):
        render.html({"claims": []})


def test_renders_a_parse_and_its_json_round_trip(fake_parser: Parser, example_text: str) -> None:
    import json

    article = fake_parser.parse(example_text)
    data: dict[str, Any] = json.loads(article.to_json())
    page = render.html(data, title="harbor-wire.txt")
    walker = walk(page)
    rebuilt = "".join(ch for ch, _, _ in walker.chars)
    assert rebuilt.replace("\n", "") == "".join(
        article.text[b.span.start : b.span.end] for b in article.blocks
    ).replace("\n", "")
    assert page.count('class="att-claim') >= len(article.claims)
    assert len(_FIRSTS.findall(page)) == len(article.claims)


def test_palmyra_renders(fake_parser: Parser, palmyra_text: str) -> None:
    article = fake_parser.parse(palmyra_text)
    page = render.html(article.to_dict(), title="palmyra-reuters.txt")
    walk(page)
    assert len(_FIRSTS.findall(page)) == len(article.claims) > 0


@pytest.mark.model
def test_palmyra_renders_with_the_embedded_models(embedded: Parser, palmyra_text: str) -> None:
    article = embedded.parse(palmyra_text)
    page = render.html(article.to_dict(), title="palmyra-reuters.txt")
    walk(page)
    assert len(_FIRSTS.findall(page)) == len(article.claims) > 0
    for source in article.sources:
        assert f"--att-c:{render.type_color(source.type)}" in page
    assert page.count('class="att-hedge" title="hedged claim"') == len(article.hedged_claims())


def test_claims_sharing_a_start_nest_longest_outside() -> None:
    text = "Officials said the port fell and the town was calm."
    whole = Span.from_text(text, text.index("the port"), len(text) - 1)
    part = _span(text, "the port fell")
    article = Article(
        text,
        blocks=(Block("body", Span.from_text(text, 0, len(text))),),
        claims=(Claim("C1", part, "indirect"), Claim("C2", whole, "indirect")),
    )
    page = render.fragment(article.to_dict())
    # the longer claim's mark is opened first, then the shorter one inside it
    first_piece = re.search(
        r'(<mark [^>]*>)<span class="att-id">(C\d)</span>'
        r'(<mark [^>]*>)<span class="att-id">(C\d)</span>the port fell</mark></mark>',
        page,
    )
    assert first_piece is not None
    assert 'data-claim="C2"' in first_piece.group(1) and first_piece.group(2) == "C2"
    assert 'data-claim="C1"' in first_piece.group(3) and first_piece.group(4) == "C1"
    walk(page)
