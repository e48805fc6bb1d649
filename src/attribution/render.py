"""HTML rendering of a parsed article: claims highlighted by source type.

The renderer reads plain data only, the dict that `attribution.Article.to_dict` returns
(or the same data loaded back from JSON), never NLP objects, so a stored result renders without
the library's models::

    from attribution import render

    page = render.html(article.to_dict(), title="Harbor wire")   # a standalone HTML page
    snippet = render.fragment(article.to_dict())                 # for a notebook cell

Every claim is a ``<mark>`` coloured by its source's type, with a tooltip (``title``) naming the
source, its type path, the claim kind and whether it is hedged. Cues are underlined in the
claim's colour, source mentions are set in bold, hedged claims carry a ``≈`` mark, and layout
blocks (headline, captions, bylines...) are styled apart from the body. Overlapping and nested
claims are rendered by cutting the text at every span boundary and wrapping each piece in the
marks of every claim that covers it, so each character shows all the claims it belongs to.

All article text and every value from the dict is HTML-escaped: an article that contains
``<script>`` renders as inert text. The page has no external assets: CSS is inline.
"""

from __future__ import annotations

import colorsys
import hashlib
import html as _html
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

__all__ = ["NO_SOURCE_COLOR", "TYPE_COLORS", "fragment", "html", "type_color"]

TYPE_COLORS: Mapping[str, str] = {
    "government": "#4e79a7",
    "military": "#2f5d8a",
    "political": "#b07aa1",
    "opposition": "#8c4f9f",
    "armed_group": "#e15759",
    "ngo": "#59a14f",
    "monitor": "#2e8b57",
    "international_organization": "#76b7b2",
    "media": "#f28e2b",
    "expert": "#edc948",
    "business": "#9c755f",
    "citizen": "#ff9da7",
    "document": "#8cd17d",
    "unknown": "#a0a0a0",
}
"""Fixed colours of the default source types (see ``attribution.sources.DEFAULT_TYPES``)."""

NO_SOURCE_COLOR = "#c8c8c8"
"""The colour of claims without a source (unattributed claims)."""

_BLOCK_LABELS = {
    "headline": "Headline",
    "related_headline": "Related headline",
    "caption": "Caption",
    "byline": "Byline",
    "dateline": "Dateline",
    "body": "Body",
    "boilerplate": "Boilerplate",
}

_CSS = """
.attribution-article{font-family:Georgia,'Times New Roman',serif;color:#1f1f1f;
background:#fff;line-height:1.9;max-width:60em;padding:0.5em 1em;}
.attribution-article h1.att-title{font-family:Helvetica,Arial,sans-serif;font-size:1.1em;
color:#555;font-weight:normal;margin:0 0 0.6em 0;border-bottom:1px solid #ddd;}
.attribution-article .att-text{white-space:pre-wrap;}
.attribution-article .att-block{white-space:pre-wrap;margin:0 0 0.7em 0;}
.attribution-article .att-block-headline{font-size:1.55em;font-weight:bold;line-height:1.5;}
.attribution-article .att-block-related_headline{font-family:Helvetica,Arial,sans-serif;
font-size:0.88em;color:#666;border-left:3px solid #ccc;padding-left:0.6em;margin:0 0 0.2em 0;}
.attribution-article .att-block-caption{font-family:Helvetica,Arial,sans-serif;font-size:0.85em;
font-style:italic;color:#555;background:#f4f4f4;border-left:3px solid #bbb;padding:0.2em 0.6em;}
.attribution-article .att-block-byline,.attribution-article .att-block-dateline{
font-family:Helvetica,Arial,sans-serif;font-size:0.85em;color:#666;font-variant:small-caps;}
.attribution-article .att-block-boilerplate{font-size:0.8em;color:#999;}
.attribution-article .att-block-none{color:#444;}
.attribution-article .att-block-tag{font-family:Helvetica,Arial,sans-serif;font-size:0.62em;
font-style:normal;font-weight:normal;font-variant:normal;color:#888;text-transform:uppercase;
letter-spacing:0.05em;margin-right:0.5em;user-select:none;}
.attribution-article mark.att-claim{background:var(--att-bg);color:inherit;padding:0.12em 0;
border-bottom:2px solid var(--att-c);}
.attribution-article mark.att-claim mark.att-claim{padding:0.02em 0;border-bottom-width:3px;}
.attribution-article mark.att-claim.att-first{border-left:2px solid var(--att-c);
padding-left:1px;}
.attribution-article mark.att-claim.att-last{border-right:2px solid var(--att-c);
padding-right:1px;}
.attribution-article mark.att-kind-unattributed{background:#f3f3f3;border-bottom:1px dashed #aaa;}
.attribution-article mark.att-kind-unattributed.att-first,
.attribution-article mark.att-kind-unattributed.att-last{border-left:none;border-right:none;
padding-left:0;padding-right:0;}
.attribution-article .att-id{font-family:Helvetica,Arial,sans-serif;font-size:0.6em;
font-weight:bold;font-style:normal;font-variant:normal;vertical-align:super;color:#555;
margin:0 0.15em;user-select:none;}
.attribution-article .att-hedge{font-family:Helvetica,Arial,sans-serif;font-size:0.75em;
font-weight:bold;color:#b00;margin-left:0.1em;user-select:none;}
.attribution-article .att-cue{text-decoration:underline;text-decoration-thickness:2px;
text-underline-offset:3px;text-decoration-color:var(--att-c);font-style:italic;}
.attribution-article .att-mention{font-weight:bold;border-bottom:1px dotted var(--att-c);}
.attribution-article .att-legend{font-family:Helvetica,Arial,sans-serif;font-size:0.8em;
line-height:1.5;border-top:1px solid #ddd;margin-top:1em;padding-top:0.5em;color:#333;}
.attribution-article .att-legend span.att-swatch{display:inline-block;margin:0.15em 0.6em 0.15em 0;
padding:0 0.4em;border-bottom:2px solid var(--att-c);background:var(--att-bg);}
.attribution-article .att-summary{font-family:Helvetica,Arial,sans-serif;font-size:0.8em;
border-collapse:collapse;margin-top:0.8em;line-height:1.3;}
.attribution-article .att-summary th,.attribution-article .att-summary td{text-align:left;
vertical-align:top;border-bottom:1px solid #e4e4e4;padding:0.2em 0.5em;}
.attribution-article .att-summary td.att-sw{border-left:4px solid var(--att-c);}
"""


@runtime_checkable
class _HasToDict(Protocol):
    """An object that can give its plain dict (an Article)."""

    def to_dict(self) -> dict[str, Any]: ...


def type_color(type_id: str | None) -> str:
    """The colour of a source type: fixed for the default types, derived from the id otherwise.

    A type that is not a default type (a plugin's type, say) gets a colour computed from a hash
    of its id, so the same id has the same colour in every rendering. ``None`` (no source) is
    `NO_SOURCE_COLOR`.
    """
    if type_id is None:
        return NO_SOURCE_COLOR
    if type_id in TYPE_COLORS:
        return TYPE_COLORS[type_id]
    digest = hashlib.sha1(type_id.encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65535
    red, green, blue = colorsys.hls_to_rgb(hue, 0.48, 0.55)
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (red, green, blue)))


def _esc(value: object) -> str:
    return _html.escape("" if value is None else str(value), quote=True)


def _style(color: str) -> str:
    # Colours come from type_color only (never from the input), so they are safe in a style.
    return f"--att-c:{color};--att-bg:{color}40"


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bounds(item: Any, length: int) -> tuple[int, int] | None:
    """Clip an item's ``start``/``end`` to the text; None when it has no usable offsets."""
    if not isinstance(item, Mapping):
        return None
    start, end = _int(item.get("start")), _int(item.get("end"))
    if start is None or end is None:
        return None
    start, end = max(0, min(start, length)), max(0, min(end, length))
    return (start, end) if start < end else None


class _Claim:
    """What the renderer needs to know about one claim."""

    def __init__(
        self, order: int, data: Mapping[str, Any], bounds: tuple[int, int], source: Any
    ) -> None:
        self.order = order
        self.start, self.end = bounds
        self.id = str(data.get("id", f"C{order + 1}"))
        self.kind = str(data.get("kind", ""))
        self.hedged = bool(data.get("hedged", False))
        self.source: Mapping[str, Any] | None = source if isinstance(source, Mapping) else None
        self.type: str | None = None
        if self.source is not None:
            self.type = str(self.source.get("type") or "unknown")
        self.color = type_color(self.type)
        cue = data.get("cue")
        self.cue: Mapping[str, Any] | None = cue if isinstance(cue, Mapping) else None
        self.tooltip = self._tooltip(data)

    def _tooltip(self, data: Mapping[str, Any]) -> str:
        lines = [f"Claim {self.id}"]
        if self.source is None:
            lines.append("source: none (unattributed)")
        else:
            name = self.source.get("name") or self.source.get("id") or "?"
            anonymous = " (anonymous)" if self.source.get("anonymous") else ""
            lines.append(f"source: {name}{anonymous}")
            path = self.source.get("type_path") or [self.type]
            lines.append("type: " + " / ".join(str(p) for p in path))
        lines.append(f"kind: {self.kind}")
        lines.append(f"hedged: {'yes' if self.hedged else 'no'}")
        if self.cue is not None:
            lemma = self.cue.get("lemma")
            lines.append(
                f"cue: {self.cue.get('text', '')} ({lemma}, {self.cue.get('kind', '')}, "
                f"{self.cue.get('stance', '')})"
            )
        mention = data.get("source_mention")
        if isinstance(mention, Mapping) and mention.get("text"):
            lines.append(f"mention: {mention['text']}")
        if data.get("channel"):
            lines.append(f"channel: {data['channel']}")
        prefix = data.get("prefix")
        if isinstance(prefix, Mapping) and prefix.get("text"):
            lines.append(f"content begins: {prefix['text']}")
        return "\n".join(lines)


def _claims(article: Mapping[str, Any], length: int) -> list[_Claim]:
    sources = {
        s.get("id"): s for s in article.get("sources") or () if isinstance(s, Mapping)
    }
    claims: list[_Claim] = []
    for order, data in enumerate(article.get("claims") or ()):
        bounds = _bounds(data, length)
        if bounds is None:
            continue
        claims.append(_Claim(order, data, bounds, sources.get(data.get("source_id"))))
    # outer (earlier, longer) claims first, so nesting follows the offsets
    claims.sort(key=lambda c: (c.start, -c.end, c.order))
    return claims


def _cues(claims: Sequence[_Claim], length: int) -> list[tuple[int, int, _Claim]]:
    cues = []
    for claim in claims:
        bounds = _bounds(claim.cue, length)
        if bounds is not None:
            cues.append((*bounds, claim))
    return cues


def _mentions(article: Mapping[str, Any], length: int) -> list[tuple[int, int, str, str]]:
    """Source mentions as (start, end, colour, tooltip), one per distinct span."""
    found: dict[tuple[int, int], tuple[int, int, str, str]] = {}
    for source in article.get("sources") or ():
        if not isinstance(source, Mapping):
            continue
        color = type_color(str(source.get("type") or "unknown"))
        tip = (
            f"source {source.get('id', '')}: {source.get('name', '')}\n"
            f"type: {' / '.join(str(p) for p in source.get('type_path') or ())}"
        )
        for mention in source.get("mentions") or ():
            bounds = _bounds(mention, length)
            if bounds is not None and bounds not in found:
                kind = mention.get("kind", "") if isinstance(mention, Mapping) else ""
                found[bounds] = (*bounds, color, f"{tip}\nmention kind: {kind}")
    return sorted(found.values())


def _blocks(article: Mapping[str, Any], length: int) -> list[tuple[int, int, str]]:
    """Layout blocks as (start, end, kind), non-overlapping, in text order."""
    blocks: list[tuple[int, int, str]] = []
    for data in article.get("blocks") or ():
        bounds = _bounds(data, length)
        if bounds is None:
            continue
        kind = str(data.get("kind", "body"))
        if blocks and bounds[0] < blocks[-1][1]:  # overlapping blocks: keep the first
            continue
        blocks.append((*bounds, kind))
    blocks.sort()
    return blocks


def _render_range(
    text: str,
    start: int,
    end: int,
    claims: Sequence[_Claim],
    cues: Sequence[tuple[int, int, _Claim]],
    mentions: Sequence[tuple[int, int, str, str]],
) -> str:
    """The HTML of ``text[start:end]`` with every claim, cue and mention inside it marked."""
    cuts = {start, end}
    for c in claims:
        cuts.update((c.start, c.end))
    for s, e, _ in cues:
        cuts.update((s, e))
    for s, e, _, _ in mentions:
        cuts.update((s, e))
    points = sorted(p for p in cuts if start <= p <= end)
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        piece = _esc(text[a:b])
        for s, e, color, tip in mentions:
            if s <= a and b <= e:
                piece = (
                    f'<span class="att-mention" style="{_style(color)}" title="{_esc(tip)}">'
                    f"{piece}</span>"
                )
                break
        for s, e, claim in cues:
            if s <= a and b <= e:
                piece = (
                    f'<span class="att-cue" style="{_style(claim.color)}" '
                    f'title="{_esc("cue of " + claim.id + chr(10) + claim.tooltip)}">'
                    f"{piece}</span>"
                )
                break
        covering = [c for c in claims if c.start <= a and b <= c.end]
        # wrap innermost first so the outermost claim is the outermost element
        for claim in reversed(covering):
            classes = ["att-claim", f"att-kind-{_css_name(claim.kind)}"]
            before = after = ""
            if claim.start == a:
                classes.append("att-first")
                before = f'<span class="att-id">{_esc(claim.id)}</span>'
            if claim.end == b:
                classes.append("att-last")
                if claim.hedged:
                    after = '<span class="att-hedge" title="hedged claim">≈</span>'
            if claim.hedged:
                classes.append("att-hedged")
            piece = (
                f'<mark class="{" ".join(classes)}" data-claim="{_esc(claim.id)}" '
                f'style="{_style(claim.color)}" title="{_esc(claim.tooltip)}">'
                f"{before}{piece}{after}</mark>"
            )
        out.append(piece)
    return "".join(out)


def _css_name(value: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "_", value.lower()) or "none"


def _legend(claims: Sequence[_Claim], sources: Iterable[Any]) -> str:
    types: dict[str, str] = {}
    for source in sources:
        if isinstance(source, Mapping):
            type_id = str(source.get("type") or "unknown")
            types.setdefault(type_id, type_color(type_id))
    for claim in claims:
        if claim.type is not None:
            types.setdefault(claim.type, claim.color)
    items = [
        f'<span class="att-swatch" style="{_style(color)}">{_esc(type_id)}</span>'
        for type_id, color in sorted(types.items())
    ]
    if any(c.source is None for c in claims):
        items.append(
            f'<span class="att-swatch" style="{_style(NO_SOURCE_COLOR)}">no source</span>'
        )
    keys = (
        f'<span class="att-cue" style="{_style("#555555")}">cue</span> · '
        f'<span class="att-mention" style="{_style("#555555")}">source mention</span> · '
        '<span class="att-hedge">≈</span> hedged claim · '
        f'<span class="att-id" style="{_style("#555555")}">C1</span> claim id '
        "(hover a claim for its source, type path, kind and cue)"
    )
    counts = (
        f"{len(claims)} claim{'s' if len(claims) != 1 else ''}, "
        f"{sum(c.hedged for c in claims)} hedged, "
        f"{sum(c.source is None for c in claims)} without a source"
    )
    return (
        '<div class="att-legend"><div><b>Source types:</b> '
        + ("".join(items) if items else "<i>none</i>")
        + f"</div><div>{keys}</div><div>{counts}</div></div>"
    )


def _summary(claims: Sequence[_Claim]) -> str:
    if not claims:
        return ""
    rows = []
    for c in sorted(claims, key=lambda c: c.order):
        who = "—" if c.source is None else _esc(c.source.get("name") or c.source.get("id"))
        type_path = "" if c.source is None else " / ".join(
            _esc(p) for p in c.source.get("type_path") or (c.type,)
        )
        cue = "" if c.cue is None else _esc(c.cue.get("text", ""))
        rows.append(
            f'<tr><td class="att-sw" style="{_style(c.color)}">{_esc(c.id)}</td>'
            f"<td>{who}</td><td>{type_path}</td><td>{_esc(c.kind)}</td>"
            f"<td>{'yes' if c.hedged else ''}</td><td>{cue}</td></tr>"
        )
    return (
        '<table class="att-summary"><thead><tr><th>claim</th><th>source</th><th>type</th>'
        "<th>kind</th><th>hedged</th><th>cue</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def fragment(
    article: Mapping[str, Any] | _HasToDict, *, title: str | None = None, summary: bool = True
) -> str:
    """An HTML fragment (a ``<div>`` with its own scoped ``<style>``) for notebooks.

    Args:
        article: The dict of `attribution.Article.to_dict` (or that JSON loaded back); an
            object with a ``to_dict()`` method (an Article) is turned into that dict first.
        title: A heading to show above the article, if any.
        summary: Add a table of the claims (id, source, type path, kind, hedged, cue).

    Returns:
        HTML that can be embedded in a page or returned from ``_repr_html_``.
    """
    if not isinstance(article, Mapping) and isinstance(article, _HasToDict):
        article = article.to_dict()  # an Article: render its plain dict
    if not isinstance(article, Mapping):
        raise TypeError(
            f"render takes the dict of Article.to_dict(), not {type(article).__name__}"
        )
    text = article.get("text")
    if not isinstance(text, str):
        raise TypeError("the article dict has no 'text' string")
    length = len(text)
    claims = _claims(article, length)
    cues = _cues(claims, length)
    mentions = _mentions(article, length)
    parts = ['<div class="attribution-article">', f"<style>{_CSS}</style>"]
    if title is not None:
        parts.append(f'<h1 class="att-title">{_esc(title)}</h1>')
    parts.append('<div class="att-text">')
    pos = 0
    for start, end, kind in _blocks(article, length):
        if start > pos:
            parts.append(_loose(text, pos, start, claims, cues, mentions))
        tag = (
            f'<span class="att-block-tag">{_esc(_BLOCK_LABELS.get(kind, kind))}</span>'
            if kind not in ("body", "headline")
            else ""
        )
        parts.append(
            f'<div class="att-block att-block-{_css_name(kind)}" data-block="{_esc(kind)}">'
            f"{tag}{_render_range(text, start, end, claims, cues, mentions)}</div>"
        )
        pos = end
    if pos < length:
        parts.append(_loose(text, pos, length, claims, cues, mentions))
    parts.append("</div>")
    parts.append(_legend(claims, article.get("sources") or ()))
    if summary:
        parts.append(_summary(claims))
    parts.append("</div>")
    return "".join(parts)


def _loose(
    text: str,
    start: int,
    end: int,
    claims: Sequence[_Claim],
    cues: Sequence[tuple[int, int, _Claim]],
    mentions: Sequence[tuple[int, int, str, str]],
) -> str:
    """Text outside every block: dropped when it is only whitespace (the gaps between blocks)."""
    if not text[start:end].strip():
        return ""
    body = _render_range(text, start, end, claims, cues, mentions)
    return f'<div class="att-block att-block-none">{body}</div>'


def html(
    article: Mapping[str, Any] | _HasToDict, *, title: str | None = None, standalone: bool = True
) -> str:
    """Render an article as HTML: claims highlighted by source type, cues underlined.

    Args:
        article: The dict of `attribution.Article.to_dict` (or that JSON loaded back).
        title: The page title and heading (e.g. the file name).
        standalone: A whole page (``<!DOCTYPE html>``, inline CSS, no network assets); with
            False, the same as `fragment`.

    Returns:
        The HTML as a string.
    """
    body = fragment(article, title=title)
    if not standalone:
        return body
    page_title = _esc(title if title is not None else "claim attribution")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page_title}</title>\n"
        "<style>body{margin:1.5em;background:#fafafa;}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
