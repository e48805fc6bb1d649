"""BRAT standoff interchange, laid out like the PolNeAR corpus.

`write_ann` exports an `attribution.Article` as the ``.ann`` file of a BRAT
annotation, one attribution per attributed claim::

    T1	Source 120 127	the navy
    T2	Cue 128 132	said
    T3	Content 10 118	Marine units took back the port
    T4	Attribution 128 132	said
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1

An attribution without a source is anchored on an ``Attribution-no-source`` span instead. A
span that runs over a line break is written as several fragments (``start end;start end``),
because BRAT forbids line breaks inside a text-bound annotation.

`read_ann` reads such a file (PolNeAR's or this module's) back into plain gold objects,
`GoldDocument` and `GoldAttribution`, for evaluation. It reads spans by their
offsets (the text column of a PolNeAR line may itself run over several lines), joins
``Content`` and ``Content2`` pieces, and ignores ``Discuss``/``Discard`` spans, annotator notes
and relations.
"""

from __future__ import annotations

import re
from pathlib import Path

from attrs import field, frozen, validators

from ._model import Article, Claim, Span

__all__ = [
    "ATTRIBUTION_TYPES",
    "BratFormatError",
    "GoldAttribution",
    "GoldDocument",
    "fragments",
    "read_ann",
    "read_files",
    "write_ann",
]

ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")
"""The event types that mark one attribution in PolNeAR."""
_CONTENT_ROLES = ("Content", "Content2")
_IGNORED_TYPES = frozenset({"Discuss", "Discard"})

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")
_E_LINE = re.compile(r"^E\d+\t\S")

_spans = validators.deep_iterable(validators.instance_of(Span))


class BratFormatError(ValueError):
    """An ``.ann`` file that cannot be read: a bad line, an unknown id or a span off the text."""


@frozen
class GoldAttribution:
    """One annotated attribution: content, cue and source spans.

    Attributes:
        content: The content fragments in text order (``Content`` then ``Content2`` pieces,
            each possibly discontinuous, merged and sorted).
        cue: The cue's extent (first fragment start to last fragment end), or None.
        source: The source's extent, or None (``Attribution-no-source``).
        cue_fragments: The cue's fragments when it is discontinuous, else ``(cue,)``.
        source_fragments: The source's fragments, likewise.
        id: The event id in the file (``"E3"``), empty for attributions built in code.
    """

    content: tuple[Span, ...] = field(validator=_spans)
    cue: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    source: Span | None = field(
        default=None, validator=validators.optional(validators.instance_of(Span))
    )
    cue_fragments: tuple[Span, ...] = field(default=(), validator=_spans)
    source_fragments: tuple[Span, ...] = field(default=(), validator=_spans)
    id: str = field(default="", validator=validators.instance_of(str))

    @property
    def has_source(self) -> bool:
        """False for PolNeAR's ``Attribution-no-source``."""
        return self.source is not None

    def content_text(self, sep: str = " ") -> str:
        """The content fragments' texts joined by *sep*."""
        return sep.join(p.text for p in self.content)


def _extent(text: str, parts: tuple[Span, ...]) -> Span | None:
    """The span from the first fragment's start to the last one's end, or None."""
    if not parts:
        return None
    return Span.from_text(text, parts[0].start, max(p.end for p in parts))


@frozen
class GoldDocument:
    """A text and its gold attributions.

    Attributes:
        text: The document text the offsets point into.
        attributions: The attributions, in the order of their event ids in the file.
    """

    text: str = field(validator=validators.instance_of(str))
    attributions: tuple[GoldAttribution, ...] = field(
        default=(),
        validator=validators.deep_iterable(validators.instance_of(GoldAttribution)),
    )


def fragments(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The pieces of ``text[start:end]`` between line breaks, trimmed of surrounding space.

    This is how `write_ann` cuts a span that runs over several lines: each line's piece
    becomes one BRAT fragment; blank lines give no fragment.
    """
    parts: list[Span] = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        piece = match.group()
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            s = start + match.start()
            parts.append(Span.from_text(text, s + left, s + right))
    return tuple(parts)


def _source_span(claim: Claim) -> Span | None:
    if claim.source_mention is not None:
        return claim.source_mention
    if claim.source is None or not claim.source.mentions:
        return None
    # the mention closest to the claim
    return min(
        (m.span for m in claim.source.mentions),
        key=lambda s: (max(s.start - claim.span.end, claim.span.start - s.end, 0), s.start),
    )


def write_ann(article: Article) -> str:
    """The BRAT ``.ann`` text of *article*'s attributions, PolNeAR style.

    Every claim that has a cue or a source becomes one attribution: ``Source``, ``Cue`` and
    ``Content`` spans, an ``Attribution`` span on the cue (``Attribution-no-source`` when the
    claim has no source) and an ``E`` line joining them. A claim with a source but no cue is
    anchored on its source mention. Claims with neither (the reporter's own voice) are left out,
    as in PolNeAR. Offsets are Python string offsets into ``article.text``.
    """
    lines: list[str] = []
    counter = 0

    def t_line(kind: str, parts: tuple[Span, ...]) -> str | None:
        nonlocal counter
        if not parts:
            return None
        counter += 1
        offsets = ";".join(f"{p.start} {p.end}" for p in parts)
        lines.append(f"T{counter}\t{kind} {offsets}\t{' '.join(p.text for p in parts)}")
        return f"T{counter}"

    text = article.text
    events = 0
    for claim in article.claims:
        source = _source_span(claim) if claim.source is not None else None
        cue = claim.cue.span if claim.cue is not None else None
        if cue is None and source is None:
            continue
        content = fragments(text, claim.span.start, claim.span.end)
        if content and claim.prefix is not None:
            # ("which" + "will cost $5 billion": PolNeAR's discontinuous content)
            content = fragments(text, claim.prefix.start, claim.prefix.end) + content
        if not content:
            continue
        source_id = t_line("Source", fragments(text, source.start, source.end)) if source else None
        cue_id = t_line("Cue", fragments(text, cue.start, cue.end)) if cue else None
        content_id = t_line("Content", content)
        anchor = cue if cue is not None else source
        assert anchor is not None
        kind = "Attribution" if source_id is not None else "Attribution-no-source"
        anchor_id = t_line(kind, fragments(text, anchor.start, anchor.end))
        if anchor_id is None:
            continue
        args = [f"{kind}:{anchor_id}", f"Content:{content_id}"]
        if cue_id is not None:
            args.append(f"Cue:{cue_id}")
        if source_id is not None:
            args.append(f"Source:{source_id}")
        events += 1
        lines.append(f"E{events}\t{' '.join(args)}")
    return "".join(line + "\n" for line in lines)


def read_ann(ann_text: str, text: str) -> GoldDocument:
    """Read a BRAT ``.ann`` (PolNeAR's layout) against its document *text*.

    Args:
        ann_text: The content of the ``.ann`` file.
        text: The document, exactly as the offsets count it (the ``.txt`` read as UTF-8,
            without newline translation).

    Returns:
        The document's attributions. Each span is rebuilt from its offsets, so its text is
        exactly ``text[start:end]`` whatever the ``.ann`` line says.

    Raises:
        BratFormatError: On a span outside the text, an event naming an unknown id, or an
            event without an ``Attribution``/``Attribution-no-source`` trigger.
    """
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for number, line in enumerate(ann_text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        t_match = _T_LINE.match(line)
        if t_match:
            tid, kind, offsets = t_match.groups()
            pieces: list[Span] = []
            for pair in offsets.split(";"):
                s, e = (int(x) for x in pair.split())
                if not 0 <= s <= e <= len(text):
                    raise BratFormatError(
                        f"line {number}: span {s} {e} of {tid} is outside a text of length "
                        f"{len(text)}"
                    )
                pieces.append(Span.from_text(text, s, e))
            spans[tid] = (kind, tuple(sorted(pieces, key=lambda p: p.start)))
            continue
        if _E_LINE.match(line):
            eid, _, rest = line.partition("\t")
            args = []
            for arg in rest.split():
                role, sep, ref = arg.partition(":")
                if not sep:
                    raise BratFormatError(f"line {number}: bad event argument {arg!r}")
                args.append((role, ref))
            events.append((eid, args))
            continue
        # annotator notes, relations, attributes, and the continuation lines of a span text
        # that runs over several lines: nothing to read
        continue
    attributions = []
    for eid, args in events:
        if not args or args[0][0] not in ATTRIBUTION_TYPES:
            trigger = args[0][0] if args else "nothing"
            if trigger in _IGNORED_TYPES:
                continue
            raise BratFormatError(f"event {eid} is triggered by {trigger}, not an attribution")
        content: list[Span] = []
        cue: tuple[Span, ...] = ()
        source: tuple[Span, ...] = ()
        for role, ref in args[1:]:
            if ref not in spans:
                raise BratFormatError(f"event {eid} names {ref}, which the file does not define")
            kind, parts = spans[ref]
            if kind in _IGNORED_TYPES:
                continue
            base = role.rstrip("0123456789")
            if base == "Content":
                content.extend(parts)
            elif base == "Cue":
                cue = parts
            elif base == "Source":
                source = parts
        content.sort(key=lambda p: (p.start, p.end))
        attributions.append(
            GoldAttribution(
                content=tuple(content),
                cue=_extent(text, cue),
                source=_extent(text, source),
                cue_fragments=cue,
                source_fragments=source,
                id=eid,
            )
        )
    return GoldDocument(text=text, attributions=tuple(attributions))


def read_files(ann_path: str | Path, text_path: str | Path) -> GoldDocument:
    """`read_ann` on files: the ``.ann`` and its ``.txt``, both read as UTF-8."""
    text = Path(text_path).read_bytes().decode("utf-8")
    return read_ann(Path(ann_path).read_bytes().decode("utf-8"), text)

