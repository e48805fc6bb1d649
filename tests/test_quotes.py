from __future__ import annotations

from attribution.layout import segment
from attribution.quotes import find_quotes


def quotes(text: str) -> list[tuple[str, bool, bool]]:
    found = find_quotes(text, segment(text))
    return [(text[q.start : q.end], q.closed, q.continues) for q in found]


def test_straight_and_curly_quotes() -> None:
    text = 'He said "we won" and “they lost”.'
    assert quotes(text) == [('"we won"', True, False), ("“they lost”", True, False)]


def test_unbalanced_quote_stops_at_paragraph_end() -> None:
    text = 'Headline\n\nShe said "this never ends.\n\nThe next paragraph is plain.'
    got = quotes(text)
    assert got == [('"this never ends.', False, False)]


def test_quote_running_over_paragraphs() -> None:
    text = ('Headline\n\n"The first part of the quote goes on,\n\n'
            '"and the second paragraph ends it," she said.')
    got = quotes(text)
    assert got[0][1] is False
    assert got[1][2] is True and got[1][1] is True


def test_apostrophes_are_not_quotes() -> None:
    assert quotes("Headline\n\nThe army's view isn't new.") == []
