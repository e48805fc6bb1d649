"""Layout: split an article into blocks (headline, related headlines, captions, byline,
dateline, body paragraphs, boilerplate) before any NLP runs.

The rules are about how news copy is laid out when a reader copies it from a page or a wire:
a short first line is the headline, bulleted lines right under it are related headlines,
photo captions carry a credit ("REUTERS/Name", "(AP Photo/...)"), datelines open the first
paragraph ("BEIRUT (Reuters) -"), and trailing lines such as "Reporting by ..." or
"Our Standards: ..." are credits and boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._model import Block, BlockKind, Span

__all__ = ["CLAIM_BLOCKS", "segment"]

#: Block kinds whose sentences become claims.
CLAIM_BLOCKS: frozenset[str] = frozenset({"headline", "related_headline", "body"})

_BULLET = re.compile(r"^(?:[-*•·–—▪►]|\d{1,2}[.)])\s+\S")
_CAPTION_START = re.compile(
    r"^(?:FILE\s+PHOTO|PHOTO|IMAGE|PICTURE|CAPTION|PICTURED|FILE)\s*[:\-–—]", re.IGNORECASE
)
_CREDIT = re.compile(
    r"(?:\b[A-Z]{2,}/[A-Z][\w.]*(?:/[\w ]+)?\s*\|?\s*$"  # REUTERS/Stringer/File Photo
    r"|\((?:AP|AFP|Reuters|Getty)[^)]*Photo[^)]*\)\s*$"  # (AP Photo/Name)
    r"|\b(?:Photo|Photograph|Image)\s*(?:by|:|credit:?)\s*[A-Z][^.]{0,60}$"
    r"|Getty Images\s*\|?\s*$|\|\s*$)"
)
_BYLINE = re.compile(
    r"^(?:By|BY)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    r"(?:\s*[,|]\s*[\w .'’-]{0,40})?$"
)
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:Additional\s+)?Reporting|Writing|Editing|Compiled|Edited|Research)"
    r"\s+by\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:Our Standards:|All quotes delayed|Copyright|©|\(c\)\s|Sign up|Subscribe|Click here"
    r"|Read more\b|Related Coverage|Related:|Advertisement$|Follow (?:us|him|her) on"
    r"|Share this|This (?:story|article) (?:has been|was) (?:refiled|updated|corrected)"
    r"|This is a developing story|Also on [A-Z][\w.]*:)",
    re.IGNORECASE,
)
_DATE = r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"  # ", Oct. 5"
_AGENCY = r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|IANS|PTI|AA)\)"  # "(Reuters)"
_DATELINE = re.compile(
    r"^(?P<d>[A-Z][A-Z.'’-]+(?:[ ,/]+[A-Z][A-Za-z.'’-]*){0,4}" + _DATE
    + r"\s*(?:" + _AGENCY + r"\s*)?\s*[-–—]+)\s+(?=\S)"
)
#: "New York (AFP) -": a place in title case counts only with a wire agency after it
_TITLED_DATELINE = re.compile(
    r"^(?P<d>[A-Z][a-z.'’-]+(?: [A-Z][A-Za-z.'’-]*){0,3}" + _DATE
    + r"\s*" + _AGENCY + r"\s*[-–—]+)\s+(?=\S)"
)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”]$")


#: what a line is stripped of: white space and a byte-order mark (which a file read without
#: "utf-8-sig" keeps at its start, and pasted copy sometimes inside)
_EDGE_CHARS = "\ufeff"


def _edge(ch: str) -> bool:
    return ch.isspace() or ch in _EDGE_CHARS


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, follows_blank_line) for each non-blank line, stripped."""
    pos = 0
    blank_before = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        start, end = 0, len(body)
        while start < end and _edge(body[start]):
            start += 1
        while end > start and _edge(body[end - 1]):
            end -= 1
        if start < end:
            yield pos + start, pos + end, blank_before
            blank_before = False
        else:
            blank_before = True
        pos += len(raw)


def _kind_of_line(line: str) -> BlockKind | None:
    if _CAPTION_START.match(line) or (_CREDIT.search(line) and len(line.split()) <= 60):
        return "caption"
    if _CREDIT_LINE.match(line) or (_BYLINE.match(line) and len(line.split()) <= 12):
        return "byline"
    if _BOILERPLATE.match(line):
        return "boilerplate"
    return None


def segment(text: str) -> tuple[Block, ...]:
    """Split *text* into layout blocks, in text order.

    Every non-blank line belongs to exactly one block; a line that does not end a sentence
    and is followed by a line starting in lower case is joined to it (hard-wrapped copy).
    Blocks never include leading or trailing whitespace.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    lines = list(_lines(text))
    if not lines:
        return ()
    # join hard-wrapped continuation lines into paragraphs
    paragraphs: list[list[int]] = []  # [start, end, blank_before]
    for start, end, blank in lines:
        if paragraphs and not blank and paragraphs[-1][1] is not None:
            prev_text = text[paragraphs[-1][0] : paragraphs[-1][1]]
            this = text[start:end]
            if (
                not _TERMINAL.search(prev_text)
                and this[:1].islower()
                and not _BULLET.match(this)
                and _kind_of_line(prev_text) is None
            ):
                paragraphs[-1][1] = end
                continue
        paragraphs.append([start, end, int(blank)])

    blocks: list[Block] = []
    seen_body = False
    for i, (start, end, _blank) in enumerate(paragraphs):
        line = text[start:end]
        kind = _kind_of_line(line)
        if kind is None and i == 0 and len(paragraphs) > 1 and _looks_like_headline(
            line, next_blank=bool(paragraphs[1][2])
        ):
            kind = "headline"
        elif kind is None and _BULLET.match(line) and not seen_body:
            kind = "related_headline"
        elif kind is None and seen_body and _trailing_boilerplate(line, i, len(paragraphs)):
            kind = "boilerplate"
        if kind is None:
            match = _DATELINE.match(line) or _TITLED_DATELINE.match(line)
            if match and not seen_body and len(match.group("d").split()) <= 8:
                d_end = start + len(match.group("d"))
                blocks.append(Block("dateline", Span.from_text(text, start, d_end)))
                start = start + match.end()
            kind = "body"
            seen_body = True
        blocks.append(Block(kind, Span.from_text(text, start, end)))
    return tuple(blocks)


def _looks_like_headline(line: str, *, next_blank: bool) -> bool:
    words = line.split()
    if len(words) > 30:
        return False
    if next_blank:
        return True
    return len(words) <= 20 and not line.rstrip().endswith(".")


def _trailing_boilerplate(line: str, index: int, total: int) -> bool:
    """Short lines in the last three paragraphs that look like credits or sharing prompts."""
    if index < total - 3:
        return False
    return bool(re.match(r"^\(?(?:Reporting|Editing|Writing)\b", line)) or (
        len(line.split()) <= 6 and not _TERMINAL.search(line) and line[:1].isupper()
        and index == total - 1 and total > 3
    )
