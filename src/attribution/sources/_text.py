"""Tokenisation and normalisation shared by the rule compiler and the typer.

Internal: the functions here have no stable API.
"""

from __future__ import annotations

import re

from attrs import frozen

# A word: letters/digits with internal . - & ' (U.S., al-Qaeda, AT&T, O'Malley), an optional
# final period (Gov., U.N.), or a single punctuation mark. "'s" is split off below.
_TOKEN_RE = re.compile(r"[^\W_]+(?:[.\-&'’/][^\W_]+)*\.?|'s\b|’s\b|[^\w\s]", re.UNICODE)



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words(
    "the a an this that these those its their his her our my your some any another one two "
    "three four five six seven eight nine ten several many most few other others both each "
    "every all no"
)
INDEFINITE = _words(
    "a an one two three four five six seven eight nine ten several many some few other "
    "another various numerous multiple dozens hundreds"
)
PRONOUNS = _words(
    "he she it they we i you him her them us me his hers its their theirs our ours himself "
    "herself itself themselves ourselves who which this that"
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "messrs", "mx"})
# Words after which the head of a noun phrase has ended.
BREAK_WORDS = _words(
    "of for at who whom whose which that with from in on to by under within among inside "
    "between about against said "
    "says say told tells according and or but , ( ) ; : — – \""
)
AFFILIATION_PREPOSITIONS = frozenset(
    {"for", "at", "of", "with", "from", "in", "to", "inside", "within", "among"}
)


@frozen
class Token:
    """One token: its offsets inside the analysed text, its text and its matching key.

    Attributes:
        start: Offset of the first character in the analysed text.
        end: Offset one past the last character.
        text: The token as written.
        key: Lower-cased, curly apostrophes straightened, one final period dropped.
    """

    start: int
    end: int
    text: str
    key: str


def norm(word: str) -> str:
    """The matching key of one word: ``"Gov."`` -> ``"gov"``, ``"U.S."`` -> ``"u.s"``."""
    word = word.replace("’", "'").lower()
    if len(word) > 1 and word.endswith("."):
        word = word[:-1]
    return word


def tokenize(text: str) -> list[Token]:
    """Split *text* into tokens, splitting off a possessive ``'s``."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        low = word.replace("’", "'")
        if len(low) > 2 and low.lower().endswith("'s") and low[-3].isalnum():
            out.append(Token(start, start + len(word) - 2, word[:-2], norm(word[:-2])))
            out.append(Token(start + len(word) - 2, m.end(), word[-2:], "'s"))
            continue
        out.append(Token(start, m.end(), word, norm(word)))
    return out


def keys(text: str) -> tuple[str, ...]:
    """The matching keys of *text*'s tokens."""
    return tuple(t.key for t in tokenize(text))


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def plural_forms(word: str) -> tuple[str, ...]:
    """Regular English plurals of a lower-case noun (spokesman -> spokesmen, party -> parties)."""
    if not word or not word[-1].isalpha() or len(word) < 3:
        return ()
    if word.endswith("man"):
        return (word[:-3] + "men",)
    if word.endswith("person"):
        return (word[:-6] + "people", word + "s")
    if word.endswith("y") and word[-2] not in "aeiou":
        return (word[:-1] + "ies",)
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word + "es",)
    if word.endswith("f") and not word.endswith("ff"):
        return (word[:-1] + "ves", word + "s")
    return (word + "s",)


def strip_determiners(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners and honorifics (Mr., Ms.) from a token list."""
    i = 0
    while i < len(tokens) and (tokens[i].key in DETERMINERS or tokens[i].key in HONORIFICS):
        i += 1
    return tokens[i:]


def is_break(tokens: list[Token], i: int) -> bool:
    """Whether a post-modifier of the noun phrase starts at token *i* (> 0).

    A preposition, relative pronoun, comma or reporting verb does; so does a lower-case
    participle right after a noun ("a report released Monday", "a poll showing").
    """
    tok = tokens[i]
    if tok.key == "and" and _joins_modifiers(tokens, i):
        return False
    if tok.key in BREAK_WORDS:
        return True
    if tok.text.islower() and "-" not in tok.key and tok.key.endswith(("ed", "ing")):
        prev = tokens[i - 1]
        if not prev.text[:1].isalnum() or prev.key in DETERMINERS:
            return False
        # only before what cannot be its noun: "a poll showing Trump ahead", "a report
        # released Monday", but not "a senior elected official", "a crowdfunding website"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return (
            nxt is None
            or nxt.key in DETERMINERS
            or nxt.text[:1].isupper()
            or nxt.key in AFTER_PARTICIPLE
            or not nxt.text[:1].isalnum()
        )
    return False


def _joins_modifiers(tokens: list[Token], i: int) -> bool:
    """Whether the "and" at *i* joins two modifiers of one head rather than two noun phrases:
    "Democratic and independent analysts", "a building and construction trades council".

    It does when the word before it is no plural or possessive and at least two words follow
    it, with no determiner, before the phrase ends ("officials and residents", "Jane Roe and
    her husband" stay two phrases).
    """
    prev = tokens[i - 1]
    if not prev.text[:1].isalnum() or prev.key in DETERMINERS or prev.key.endswith(("s", "'")):
        return False
    if not (prev.text[:1].isupper() or prev.key.endswith(_ADJECTIVE_ENDINGS)):
        return False  # "a strategist and former adviser": two nouns, two roles
    words = 0
    for tok in tokens[i + 1 :]:
        if tok.key in BREAK_WORDS or tok.key == "'s" or not tok.text[:1].isalnum():
            break
        if words == 0 and (tok.key in DETERMINERS or not tok.text.islower()):
            return False  # "Jane Roe and Tom Farrow", "Roe and the others": two phrases
        words += 1
    return words >= 2


# Endings of words that modify a noun rather than head a phrase ("federal", "building").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ing", "ed", "ary", "ous", "ful", "ish", "ese", "ern")


AFTER_PARTICIPLE = _words(
    "that to how what he she they it more less by for in on at last this earlier late early "
    "with from over about after before during since"
)


def split_at_break(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a noun phrase before its first post-modifier (preposition, relative, comma)."""
    for i in range(1, len(tokens)):
        if is_break(tokens, i):
            return tokens[:i], tokens[i:]
    return tokens, []
