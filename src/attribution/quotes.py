"""Quotations: find quoted stretches of text, block by block.

Straight (") and curly (“ ”) double quotes, and typewriter pairs ('' and ``), are paired
inside a paragraph. A paragraph that
opens a quote and does not close it leaves the quote open to the end of the paragraph, and
the next paragraph continues it when it starts with an opening mark (the wire convention for
quotes that run over several paragraphs). An unbalanced mark never makes a quote run past its
paragraph, so it never swallows the rest of the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from attrs import frozen

from ._model import Block

__all__ = ["Quote", "find_quotes"]

_OPEN = {"“", "„", "«"}
_CLOSE = {"”", "»"}
_STRAIGHT = '"'


@frozen
class Quote:
    """A quoted stretch of text.

    Attributes:
        start: Offset of the opening mark (or of the paragraph, for a continuation).
        end: Offset one past the closing mark (or the paragraph's end when unclosed).
        closed: Whether a closing mark ends it.
        continues: Whether it continues a quote left open by the previous paragraph.
    """

    start: int
    end: int
    closed: bool = True
    continues: bool = False

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _is_opening_straight(text: str, i: int, lo: int, width: int = 1) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return not after.isspace()
    return False


def _quotes_in(text: str, lo: int, hi: int, open_from_previous: bool) -> Iterator[Quote]:
    start: int | None = None
    i = lo
    while i < hi:
        ch = text[i]
        width = 2 if text.startswith(("''", "``"), i) else 1  # typewriter-style marks
        straight = ch == _STRAIGHT or text.startswith("''", i)
        if start is None:
            if ch in _OPEN or text.startswith("``", i) or (
                straight and _is_opening_straight(text, i, lo, width)
            ):
                start = i
        elif ch in _CLOSE or straight:
            yield Quote(start, i + width, closed=True,
                        continues=open_from_previous and start == lo)
            start = None
        i += width
    if start is not None:
        yield Quote(start, hi, closed=False, continues=open_from_previous and start == lo)


def find_quotes(text: str, blocks: Iterable[Block]) -> list[Quote]:
    """Quotes in the body, headline and related-headline blocks of *text*, in order."""
    quotes: list[Quote] = []
    left_open = False
    for block in blocks:
        if block.kind not in ("body", "headline", "related_headline"):
            left_open = False
            continue
        lo, hi = block.span.start, block.span.end
        continues = left_open and (text[lo] in _OPEN or text[lo] == _STRAIGHT)
        found = list(_quotes_in(text, lo, hi, continues))
        quotes.extend(found)
        left_open = bool(found) and not found[-1].closed
    return quotes
