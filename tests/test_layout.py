from __future__ import annotations

from attribution.layout import segment

WIRE = """Minister quits over port deal
- Port workers strike for a second day
- Shipping firms count the cost: industry group
FILE PHOTO: Cranes stand idle at the port, June 2, 2020. REUTERS/Jane Doe/File Photo |
LISBON (Reuters) - The transport minister resigned on Monday, officials said.
He denied wrongdoing.
Reporting by Ann Writer; Editing by Ed Itor
Our Standards: The Thomson Reuters Trust Principles.
"""


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.span.text) for b in segment(text)]


def test_wire_layout() -> None:
    got = kinds(WIRE)
    assert got[0] == ("headline", "Minister quits over port deal")
    assert [k for k, _ in got[1:3]] == ["related_headline", "related_headline"]
    assert got[3][0] == "caption"
    assert got[4] == ("dateline", "LISBON (Reuters) -")
    assert got[5] == ("body", "The transport minister resigned on Monday, officials said.")
    assert got[6] == ("body", "He denied wrongdoing.")
    assert got[7][0] == "byline"
    assert got[8][0] == "boilerplate"


def test_spans_are_exact_and_stripped() -> None:
    text = "  Title here  \r\n\r\n  First paragraph.  \n\tSecond one.\n"
    for block in segment(text):
        assert text[block.span.start : block.span.end] == block.span.text
        assert block.span.text == block.span.text.strip()
    assert [b.kind for b in segment(text)] == ["headline", "body", "body"]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "Headline\n\nThe minister said on Monday that the\nport would reopen soon.\n"
    blocks = segment(text)
    assert [b.kind for b in blocks] == ["headline", "body"]
    assert blocks[1].span.text.endswith("reopen soon.")


def test_byline_and_empty() -> None:
    assert segment("") == ()
    assert segment(" \n ") == ()
    assert [b.kind for b in segment("Headline\n\nBy Jane Doe and John Roe\n\nText here.")] == [
        "headline", "byline", "body"]


def test_a_title_case_dateline_needs_a_wire_agency() -> None:
    text = (
        "Port reopens after talks\n\n"
        "New York (AFP) – The mayor on Monday said the port would reopen.\n\n"
        "New York City – a place of many ports – said nothing."
    )
    got = [(b.kind, b.span.text) for b in segment(text)]
    assert ("dateline", "New York (AFP) –") in got
    assert ("body", "The mayor on Monday said the port would reopen.") in got
    # with no agency, a title-case opening is body text
    assert got[-1] == ("body", "New York City – a place of many ports – said nothing.")


def test_a_byte_order_mark_is_stripped_like_white_space() -> None:
    text = ("\ufeffTitle here\n\nRoe said no.\n\n\ufeffAlso on NewsSite:\n\n"
            " \ufeff This is a developing story and will be updated. \ufeff\n\ufeff\n")
    blocks = segment(text)
    for block in blocks:
        assert text[block.span.start : block.span.end] == block.span.text
    assert [(b.kind, b.span.text) for b in blocks] == [
        ("headline", "Title here"), ("body", "Roe said no."),
        ("boilerplate", "Also on NewsSite:"),
        ("boilerplate", "This is a developing story and will be updated.")]
