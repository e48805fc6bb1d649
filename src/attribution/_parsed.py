"""Our own frozen parse types: what the NLP backend hands to the rest of the library.

No Stanza object ever gets past :mod:`attribution._nlp`; extractors see only these types.
Offsets are character offsets into the text that was parsed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from attrs import field, frozen, validators


@frozen
class Token:
    """One syntactic word.

    Attributes:
        index: Position in its sentence, from 0.
        text: The word's form. For a multi-word token ("don't" -> "do", "n't") the parts keep
            their own forms while ``start``/``end`` cover the part when it can be located in
            the text, else the whole token.
        start: Offset of the word's first character in the parsed text.
        end: Offset one past its last character.
        upos: Universal POS tag.
        xpos: Language-specific POS tag (Penn Treebank for English).
        lemma: Dictionary form.
        head: Index of the syntactic head in the sentence, or -1 for the root.
        deprel: Universal dependency relation to the head.
    """

    index: int
    text: str
    start: int
    end: int
    upos: str = "X"
    xpos: str = "_"
    lemma: str = ""
    head: int = -1
    deprel: str = "dep"

    @property
    def is_root(self) -> bool:
        return self.head < 0


@frozen
class Sentence:
    """One sentence.

    Attributes:
        start: Offset of the first token.
        end: Offset one past the last token.
        tokens: Its words, in order.
        parsed: False when the backend skipped tagging and parsing this sentence (it holds
            no attribution cue); its words then have upos "X" (or "PUNCT") and no heads.
    """

    start: int
    end: int
    tokens: tuple[Token, ...]
    parsed: bool = True

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, index: int) -> Token:
        return self.tokens[index]

    @property
    def root(self) -> Token | None:
        for token in self.tokens:
            if token.is_root:
                return token
        return None

    def children(self, index: int) -> tuple[Token, ...]:
        """The dependents of the word at *index*."""
        return tuple(t for t in self.tokens if t.head == index)

    def subtree(self, index: int) -> tuple[Token, ...]:
        """The word at *index* and everything that depends on it, in text order."""
        keep = {index}
        changed = True
        while changed:
            changed = False
            for token in self.tokens:
                if token.index not in keep and token.head in keep:
                    keep.add(token.index)
                    changed = True
        return tuple(t for t in self.tokens if t.index in keep)


@frozen
class ParsedText:
    """A parsed text: its exact string and its sentences.

    Attributes:
        text: The string that was parsed.
        sentences: Sentences in order.
    """

    text: str = field(validator=validators.instance_of(str))
    sentences: tuple[Sentence, ...] = field(default=())

    def shifted(self, offset: int, text: str) -> ParsedText:
        """The same parse with every offset moved by *offset*, inside the larger *text*."""
        return ParsedText(
            text=text,
            sentences=tuple(
                Sentence(
                    s.start + offset,
                    s.end + offset,
                    tuple(
                        Token(t.index, t.text, t.start + offset, t.end + offset, t.upos, t.xpos,
                              t.lemma, t.head, t.deprel)
                        for t in s.tokens
                    ),
                    s.parsed,
                )
                for s in self.sentences
            ),
        )


class Backend(Protocol):
    """What the library needs from an NLP backend.

    Attributes:
        name: A short name for error messages and model cards.
    """

    name: str

    def parse_many(self, texts: Sequence[str]) -> list[ParsedText]:
        """Parse each text; one ParsedText per input, in order, offsets into that input."""
        ...
