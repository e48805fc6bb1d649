"""Test helpers: a fast, deterministic fake NLP backend that needs no model.

``FakeBackend`` tokenizes with a regular expression, splits sentences on final punctuation
and line breaks, tags with a tiny lexicon and builds a flat dependency tree (every word hangs
off the first verb). It is meant for tests of layout, serialisation, the CLI, rendering and
surface patterns, not of syntax-dependent extraction::

    from attribution import Parser
    from attribution.testing import FakeBackend

    parser = Parser(backend=FakeBackend())

``hand_parsed`` builds a sentence from a parse written by hand, and ``hand_reports`` runs the
sentence extractors on it, for testing a rule on exactly the parse (right or wrong) that a
case needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from ._parsed import ParsedText, Sentence, Token
from .attributions import extract_sentence
from .cues import lexicon

__all__ = ["FakeBackend", "HandReport", "hand_parsed", "hand_reports"]

#: One word of a hand-written parse: (word, upos, xpos, lemma, head, deprel); head is the
#: index of the head word in the sentence, or -1 for the root.
Row = tuple[str, str, str, str, int, str]

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")
_SENT_END = {".", "!", "?"}
_CLOSERS = {'"', "”", "’", "'", ")"}
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "was": "be", "were": "be",
    "is": "be", "are": "be", "been": "be", "has": "have", "had": "have", "did": "do",
    "does": "do", "thought": "think", "knew": "know", "wrote": "write", "added": "add",
}
_PRON = {"i", "you", "he", "she", "it", "we", "they", "him", "her", "them", "us", "me"}
_DET = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "their", "our"}
_ADP = {"of", "in", "on", "at", "to", "from", "by", "with", "for", "into", "after", "during"}
_CCONJ = {"and", "or", "but"}
_AUX = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "may", "might", "can", "could", "should", "must"}
_VERBS = {"say", "tell", "add", "report", "announce", "claim", "deny", "confirm", "warn",
          "believe", "think", "know", "accuse", "insist", "argue", "write", "suggest",
          "estimate", "hail", "want"}


def _lemma(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for suffix, repl in (("ied", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)] + repl
            if stem in _VERBS or stem + "e" in _VERBS:
                return stem if stem in _VERBS else stem + "e"
    return low


def _upos(word: str, lemma: str, first: bool) -> str:
    low = word.lower()
    if not re.match(r"\w", word):
        return "PUNCT"
    if low in _PRON:
        return "PRON"
    if low in _DET:
        return "DET"
    if low in _ADP:
        return "ADP"
    if low in _CCONJ:
        return "CCONJ"
    if low in _AUX:
        return "AUX"
    if lemma in _VERBS:
        return "VERB"
    if word[:1].isdigit():
        return "NUM"
    if word[:1].isupper() and not first:
        return "PROPN"
    return "NOUN"


class FakeBackend:
    """A model-free backend with real offsets and rough tags (see the module docstring).

    Attributes:
        name: Always "fake".
        calls: How many batches were parsed (to check batching in tests).
    """

    name = "fake"

    def __init__(self) -> None:
        self.calls = 0

    def parse_many(self, texts: Sequence[str]) -> list[ParsedText]:
        self.calls += 1
        return [self.parse(text) for text in texts]

    def parse(self, text: str) -> ParsedText:
        sentences: list[Sentence] = []
        for line in re.finditer(r"[^\n]+", text):
            pieces = [(m.start() + line.start(), m.end() + line.start(), m.group())
                      for m in _TOKEN.finditer(line.group())]
            current: list[tuple[int, int, str]] = []
            for i, piece in enumerate(pieces):
                current.append(piece)
                nxt = pieces[i + 1][2] if i + 1 < len(pieces) else None
                starts_new = nxt is None or nxt[:1].isupper() or nxt[:1] in '"“'
                ends = piece[2] in _SENT_END and starts_new and (nxt is None or nxt not in _CLOSERS)
                closes = piece[2] in _CLOSERS and len(current) > 1 and current[-2][2] in _SENT_END
                if ends or closes:
                    sentences.append(self._sentence(current))
                    current = []
            if current:
                sentences.append(self._sentence(current))
        return ParsedText(text=text, sentences=tuple(sentences))

    @staticmethod
    def _sentence(pieces: list[tuple[int, int, str]]) -> Sentence:
        lemmas = [_lemma(p[2]) for p in pieces]
        tags = [_upos(p[2], lemmas[i], i == 0) for i, p in enumerate(pieces)]
        root = next((i for i, tag in enumerate(tags) if tag == "VERB"), 0)
        tokens = tuple(
            Token(
                index=i,
                text=word,
                start=start,
                end=end,
                upos=tags[i],
                xpos="_",
                lemma=lemmas[i],
                head=-1 if i == root else root,
                deprel="root" if i == root else ("punct" if tags[i] == "PUNCT" else "dep"),
            )
            for i, (start, end, word) in enumerate(pieces)
        )
        return Sentence(tokens[0].start, tokens[-1].end, tokens)


def hand_parsed(rows: Sequence[Row]) -> tuple[str, Sentence]:
    """A sentence with a parse written by hand, for testing rules on exactly the parse a
    case needs: the words joined by single spaces, and the sentence over that text.

    >>> text, sent = hand_parsed([("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
    ...                           ("said", "VERB", "VBD", "say", -1, "root")])
    >>> text, sent.root.text if sent.root else None
    ('Roe said', 'said')
    """
    tokens, start = [], 0
    for i, (word, upos, xpos, lemma, head, rel) in enumerate(rows):
        tokens.append(Token(i, word, start, start + len(word), upos, xpos, lemma, head, rel))
        start += len(word) + 1
    text = " ".join(r[0] for r in rows)
    return text, Sentence(0, len(text), tuple(tokens))


@frozen
class HandReport:
    """One attribution the extractors found in a hand-parsed sentence, as text.

    Attributes:
        source: The local source mention, or None when the sentence names none.
        cue: The cue words.
        contents: The content pieces, in order.
        impersonal: True for an impersonal cue ("It is believed"): an unattributed claim.
    """

    source: str | None
    cue: str
    contents: tuple[str, ...]
    impersonal: bool = False


def hand_reports(rows: Sequence[Row]) -> list[HandReport]:
    """The attributions :func:`attribution.attributions.extract_sentence` finds in the
    sentence *rows* describe (see :func:`hand_parsed`), with the default cue lexicon.

    >>> (report,) = hand_reports([("Roe", "PROPN", "NNP", "Roe", 1, "nsubj"),
    ...                           ("said", "VERB", "VBD", "say", -1, "root"),
    ...                           ("taxes", "NOUN", "NNS", "tax", 3, "nsubj"),
    ...                           ("rose", "VERB", "VBD", "rise", 1, "ccomp")])
    >>> report.source, report.cue, report.contents
    ('Roe', 'said', ('taxes rose',))
    """
    text, sent = hand_parsed(rows)
    return [
        HandReport(
            source=None if a.source is None else text[a.source[0] : a.source[1]],
            cue=text[a.cue[0] : a.cue[1]],
            contents=tuple(text[start:end] for start, end in a.contents),
            impersonal=a.impersonal,
        )
        for a in extract_sentence(sent, lexicon())
    ]
