"""Title-case headlines, read in sentence case by the parser.

A headline in title case ("Senator Endorses Roe After Talks With Unions") looks to a tagger
trained on running text like a string of proper names, so its reporting verbs go unseen.
Before parsing, :func:`sentence_case` lowers the capital of the words that are almost never
names: function words and the forms of the lexicon's reporting verbs.  Only the case of
ASCII letters changes, so every offset stays valid; :func:`restore` then puts the original
spelling back into the parse, so that ``text[start:end]`` is each token's text again.
"""

from __future__ import annotations

import re

from ._parsed import ParsedText, Sentence, Token
from .cues import CueLexicon

__all__ = ["is_title_case", "restore", "sentence_case"]

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# words that are seldom names; "May" and "New" are left alone ("Theresa May", "New York")
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "about", "from",
    "into", "onto", "over", "under", "after", "before", "against", "during", "amid", "among",
    "between", "without", "within", "through", "toward", "towards", "as", "and", "or", "but",
    "nor", "if", "than", "then", "so", "yet", "is", "are", "was", "were", "be", "been",
    "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "should", "shall", "might", "must", "not", "no", "it", "its", "his", "her", "their", "our",
    "my", "your", "he", "she", "they", "we", "you", "him", "them", "us", "that", "this",
    "these", "those", "who", "whom", "whose", "what", "which", "when", "where", "why", "how",
    "all", "any", "some", "more", "most", "up", "down", "out", "off", "just", "also", "still",
    "now", "only", "even", "again", "here", "there",
})


_NAMES_TOO = frozenset({"may", "new"})


def is_title_case(line: str) -> bool:
    """Whether most of the longer words of *line* start with a capital (at least three)."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 0.75 * len(words)


def sentence_case(line: str, lexicon: CueLexicon) -> str:
    """*line* with the capital lowered on function words and reporting-verb forms after the
    first word; the same length as *line*."""
    verbs = lexicon.trigger_forms
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        word = m.group()
        if first:
            first = False
            continue
        if not (word[0].isupper() and word[1:].islower() and word.isascii()):
            continue  # lower case already, or "FBI", "McCain"
        low = word.lower()
        if low not in _NAMES_TOO and (low in _FUNCTION_WORDS or low in verbs):
            out[m.start()] = line[m.start()].lower()
    return "".join(out)


def restore(parsed: ParsedText, original: str) -> ParsedText:
    """*parsed* (a parse of a re-cased copy of *original*) with *original* as its text and
    every token that covers its own slice spelled as in *original*."""
    def token(t: Token) -> Token:
        if parsed.text[t.start : t.end] != t.text or original[t.start : t.end] == t.text:
            return t  # a part of a multi-word token keeps its own form
        return Token(t.index, original[t.start : t.end], t.start, t.end, t.upos, t.xpos,
                     t.lemma, t.head, t.deprel)

    return ParsedText(
        text=original,
        sentences=tuple(
            Sentence(s.start, s.end, tuple(token(t) for t in s.tokens), s.parsed)
            for s in parsed.sentences
        ),
    )
