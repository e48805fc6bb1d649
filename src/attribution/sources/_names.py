"""Generic clues about names in English news: people's given names, mastheads, call signs.

Internal: the functions here have no stable API. The given names are in
``attribution/sources/data/names.toml``.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from importlib import resources

from ._text import DETERMINERS, HONORIFICS, Token, split_at_break, tokenize

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["campaign_clause", "is_call_sign", "is_masthead", "looks_like_person"]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common English given names, lower-case (``data/names.toml``)."""
    path = resources.files("attribution.sources").joinpath("data").joinpath("names.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(str(w).lower() for w in data.get("given", []))


# Last words of newspaper, magazine and broadcaster names ("The Denver Post", "Miami Herald",
# "Iowa Public Radio"): a capitalised name ending in one of these is a news outlet.
_MASTHEAD = frozenset({
    "Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Inquirer",
    "Enquirer", "Courier", "Dispatch", "Sentinel", "Examiner", "Register", "Bulletin", "Globe",
    "Star-Ledger", "Star-Tribune", "Times-Picayune", "Democrat-Gazette", "Free-Press", "Newsday",
    "Daily", "Magazine", "Radio", "Television", "TV", "Broadcasting", "Newspaper", "Newspapers",
    "Newsweek", "Weekly", "Monthly", "Press", "Record", "Observer", "Standard", "Independent",
    "Telegraph", "Mirror", "Express", "Sun", "Star", "Tribune-Review", "Journal-Constitution",
    "Plain-Dealer", "Dealer", "Leader", "Statesman", "Oklahoman", "Argus", "Beacon", "Ledger",
    "Picayune", "News", "NewsHour", "Newsroom", "Reporter", "Online",
})
# Words that make a capitalised phrase something other than a news outlet.
_NOT_MASTHEAD = frozenset({"Party", "Committee", "Department", "Ministry", "Council", "Court"})
# US broadcast call signs: four letters starting with K or W, an optional band ("WZRX",
# "KZTX-TV", "WZRX-FM").
_CALL_SIGN = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT|HD))?$")
_NAME_PARTICLES = frozenset({"de", "del", "della", "da", "van", "von", "der", "la", "le", "al",
                             "el", "bin", "ibn", "st", "st.", "jr", "jr.", "sr", "sr.", "ii",
                             "iii", "iv"})


def _core(tokens: list[Token]) -> list[Token]:
    core, _rest = split_at_break(tokens)
    i = 0
    while i < len(core) and core[i].key in DETERMINERS:
        i += 1
    return [t for t in core[i:] if t.text[:1].isalnum() or t.text in ("'", "’")]


def is_masthead(tokens: list[Token]) -> tuple[int, int] | None:
    """The token range of a news outlet's name written like one ("The Denver Post")."""
    core = _core(tokens)
    if len(core) < 2 or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in core):
        return None
    if core[-1].text not in _MASTHEAD or any(t.text in _NOT_MASTHEAD for t in core):
        return None
    first = tokens.index(core[0])
    return first, tokens.index(core[-1]) + 1


def is_call_sign(tokens: list[Token]) -> bool:
    """Whether the phrase is a US broadcast station's call sign ("WZRX", "KCRG-TV") or a news
    site's domain name ("Lakeviewnews.com")."""
    core = _core(tokens)
    return len(core) == 1 and bool(_CALL_SIGN.match(core[0].text) or _SITE.match(core[0].text))


# A web domain written as a source's name: a news site.
_SITE = re.compile(r"^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|net|news|info|fr|de|co\.uk|ca)$")


def looks_like_person(text: str) -> tuple[int, int] | None:
    """Character range of a person's name written as one: an honorific ("Mr. Farrow") or a
    common given name followed by a surname ("Tom Farrow"), nothing but capitalised words."""
    tokens = tokenize(text)
    core, _rest = split_at_break(tokens)
    owner = max((i for i, t in enumerate(core) if t.key == "'s"), default=-1)
    core = core[owner + 1 :]  # "Iowa's Jane Doe": the name after the possessor
    words = [t for t in core if t.text[:1].isalnum()]
    while words and words[0].key in DETERMINERS:
        words = words[1:]
    if not words:
        return None
    honorific = words[0].key in HONORIFICS
    names = words[1:] if honorific else words
    if not names:
        return None
    for t in names:
        if t.key in _NAME_PARTICLES:
            continue
        if not t.text[:1].isupper() or (len(t.text) > 1 and t.text.isupper()
                                         and not t.text.endswith(".")):
            return None  # a lower-case word or an acronym: not a bare person's name
    if not honorific and (len(names) < 2 or names[0].key.rstrip(".") not in given_names()):
        return None
    return words[0].start, words[-1].end


_CAMPAIGN = re.compile(
    r"\b(?:ran|runs|running|run) (?:for|against)\b|\b(?:seek|seeks|seeking|sought|lost|"
    r"clinched|clinching) (?:the |his |her |their )?(?:\w+ ){0,3}"
    r"(?:nomination|primary|primaries|caucus|caucuses|race)\b|"
    r"\bpresidential (?:bid|run|campaign|race)\b|\b(?:campaigned|campaigning|stumped|"
    r"stumping|campaigns|stumps) (?:for|with|alongside|against)\b|\bdropped out of the "
    r"(?:\w+ )?race\b|\bsurrogate\b|"
    # "a Republican trying to fill an open seat", "who is vying to unseat the incumbent"
    r"\b(?:trying|seeking|hoping|vying|aiming|bidding|looking|campaigning|running) to "
    r"(?:fill|win|capture|flip|take|unseat)\b|\bvying for\b",
    re.IGNORECASE,
)
# "who endorsed Trump", "who endorsed the Republican nominee": a person or a candidate next
_ENDORSE = re.compile(
    r"\b(?:[Ee]ndors(?:ed|es|ing)|[Bb]ack(?:ed|s|ing)) (?:[A-Z]|(?:the )?(?:Republican |"
    r"Democratic |GOP |party's |presidential )*(?:nominee|candidate|front-?runner)\b)"
)


def campaign_clause(text: str) -> tuple[int, int] | None:
    """Where a clause presents its subject as a campaign figure ("who ran for president",
    "who is running for the Senate", "who endorsed Trump")."""
    m = _CAMPAIGN.search(text) or _ENDORSE.search(text)
    return (m.start(), m.end()) if m else None
