"""The source typer: gives a source entity a type, with evidence, affiliation and anonymity.

How it decides is documented in docs/sources.md. In short: every mention and descriptor is
analysed as a noun phrase (gazetteer names, lexicon words, titles, the head word, its possessor
and its prepositional modifiers); each finding becomes a :class:`~attribution.TypeEvidence` with
a priority from :data:`PRIORITIES`; the highest priority wins, then the deeper (more specific)
type, then the type with more votes at that priority, then the type with more votes in
all, then the earliest evidence.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Final, TypeAlias

import attrs
from attrs import frozen
from typing_extensions import Self

from .._model import Span, TypeEvidence
from ..exceptions import PluginError
from ._names import campaign_clause, given_names, is_call_sign, is_masthead, looks_like_person
from ._text import (
    AFFILIATION_PREPOSITIONS,
    AFTER_PARTICIPLE,
    BREAK_WORDS,
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    PRONOUNS,
    Token,
    _words,
    is_break,
    keys,
    norm,
    plural_forms,
    split_at_break,
    tokenize,
)
from .facts import EntityFacts, MentionFacts, TypeDecision
from .rules import GazetteerEntry, LexiconEntry, RuleSet, TitleEntry
from .taxonomy import Taxonomy

__all__ = ["PRIORITIES", "SourceTyper"]

PRIORITIES: Final[Mapping[str, int]] = {
    "descriptor": 90,  # an apposition or role noun attached to the source
    "affiliation": 80,  # possessor or "for/at X" of a role word; "Pentagon" in "Pentagon official"
    "title": 70,  # a title or role noun written before a name ("Gen.", "Spokeswoman")
    "descriptor_fallback": 65,  # a descriptor's role word with no organisation ("a Republican")
    "gazetteer": 60,  # the mention is a known name ("Pentagon", "HNC")
    "masthead": 58,  # a name written like a news outlet's ("The Denver Post", "WZRX")
    "office": 55,  # an office title on a person known as a campaign figure ("Sen." + candidate)
    "head": 50,  # the mention's head noun is in the lexicon ("army", "war monitor")
    "fallback": 45,  # a role word's own default ("a senior official" -> government)
    "descriptor_weak": 45,  # a side word of a descriptor ("Vermont" in "a Vermont senator")
    "modifier": 40,  # another lexicon word or known name inside the mention ("Trump supporters")
    "party_label": 20,  # "(R-Tenn.)", "D-Calif.": a politician, when nothing says more
    "former_office": 20,  # "former Gov. Jane Roe": once elected, now a political figure
    "person": 10,  # a person's bare name ("Tom Farrow"), nothing else known: a private individual
}
"""Priority of each kind of evidence; the highest wins (see docs/sources.md)."""

_NAMED_KINDS = frozenset({"name", "acronym", "short_name"})
# The word lists of the rules ("former", "critics", "County", ...) are rule data: the
# [words] table of data/context.toml, read into the typer as _WordLists.
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
                           "ourselves"})


# Words that end a noun phrase without being its head: "a key supporter here".
_NOT_HEAD = _words(
    "here there now too also today tonight yesterday tomorrow then alone again still ago out "
    "already recently currently himself herself themselves itself monday tuesday wednesday "
    "thursday friday saturday sunday last year week month earlier later morning afternoon "
    "evening night weekend"
)
_COPULAS = frozenset({"is", "was", "are", "were", "has", "had", "'s", "remains", "became"})
# Words that may open a descriptor before its noun phrase: "who is a spokesman for X".
_DESCRIPTOR_LEAD = frozenset(
    {"who", "which", "that", "is", "was", "are", "were", "has", "had", "been", "as", "now",
     "also", "and", "currently", "himself", "herself", ",", "(", "—", "–", "-"}
)
_PARTY_LABEL = re.compile(r"^[RDI]-[A-Z][A-Za-z]{1,12}\.?$")
_ISSUER_PREPOSITIONS = frozenset({"from", "by", "of"})
# Words that take the group after "of": "some of the operatives", "one of his advisers".
_QUANTIFIERS = _words(
    "some many most several few one two three four five six seven eight nine ten none all "
    "each both any either neither others dozens hundreds thousands millions majority "
    "minority half members member plenty lots number group handful couple family trio pair "
    "slew raft array bunch crowd series"
)
# "who studies X", "who has written extensively about Y": a researcher.
_STUDIES = re.compile(
    r"\bwho (?:now |also |has long |long )?(?:studies|studied|has studied|researches|"
    r"researched|has researched|teaches|taught|has taught|tracks|has tracked|analyzes|"
    r"analyses|specializes in|specialises in|has written (?:extensively |widely )?(?:about|on)|"
    r"writes (?:extensively |widely )?(?:about|on)|is an expert|is a leading expert)\b"
)
_RUNS_CLAUSE = re.compile(
    r"\bwho (?:now |also |currently )?(?:runs|leads|heads|chairs|directs|manages|founded|"
    r"co-founded|owns|represents|works for|works at|oversees|teaches at|studies at) [A-Z]"
)
# "two in three", "one out of four", "85%": a share of those polled
_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_SHARE = re.compile(
    r"^\s*(?:(?:nearly|almost|about|roughly|only|just|over|under|more than|fewer than|less than|"
    rf"at least|some)\s+)?(?:{_NUMBER}\s+(?:in|out of)\s+{_NUMBER}\b|\d+(?:\.\d+)?\s*%|"
    r"(?:(?:a|one|two)[ -](?:third|quarter|fifth)s?|half|(?:the |a )?(?:vast |large |slim |"
    r"narrow |clear |solid )?majority)\s*(?:$|[–—,(]))",
    re.IGNORECASE,
)
# Words that open examples, not an apposition: "others, including Jane Roe"
_EXAMPLES = _words("including such like especially particularly notably and or but plus among")
_INITIAL = re.compile(r"^[A-Z]\.$")
# "a 34-year-old", "two 20-year-olds": a private individual by age
_AGE = re.compile(r"^\d+-year-olds?$")
_Entry: TypeAlias = LexiconEntry | GazetteerEntry | TitleEntry


@frozen
class _WordLists:
    """The rule set's named word lists (``[words]`` in the rule packs; see WORD_LISTS)."""

    past: frozenset[str]
    elected: frozenset[str]
    issued: frozenset[str]
    backers: frozenset[str]
    campaign_words: frozenset[str]  # the backers included
    candidacy: frozenset[str]
    race_rivals: frozenset[str]
    race_words: frozenset[str]
    experience: frozenset[str]
    adversaries: frozenset[str]
    place_heads: frozenset[str]
    compound_tails: frozenset[str]
    role_participles: frozenset[str]
    runs: frozenset[str]
    not_a_role: frozenset[str]
    appointed: frozenset[str]

    @classmethod
    def of(cls, rules: RuleSet) -> _WordLists:
        lists = {f.name: rules.word_list(f.name) for f in attrs.fields(cls)}
        lists["campaign_words"] = lists["campaign_words"] | lists["backers"]
        return cls(**lists)


@frozen
class _Match:
    start: int  # token index
    end: int  # token index, exclusive
    entry: _Entry

    @property
    def type(self) -> str | None:
        return self.entry.type

    @property
    def relational(self) -> bool:
        return isinstance(self.entry, LexiconEntry) and self.entry.relational

    @property
    def key(self) -> str:
        e = self.entry
        if isinstance(e, LexiconEntry):
            return e.phrase
        if isinstance(e, GazetteerEntry):
            return e.name
        return e.title

    @property
    def kind(self) -> str:
        e = self.entry
        return "lexicon" if isinstance(e, LexiconEntry) else (
            "gazetteer" if isinstance(e, GazetteerEntry) else "title"
        )


@frozen
class _Finding:
    """One piece of evidence before the context (mention/descriptor) sets its priority."""

    category: str  # a key of PRIORITIES (without the descriptor_ ones)
    type: str
    pack: str
    key: str
    first: int  # token index range inside the analysed phrase
    last: int
    affiliation: str | None = None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


class _Phrase:
    """A piece of article text, tokenised, with its offset in the article."""

    def __init__(self, span: Span) -> None:
        self.span = span
        self.tokens = tokenize(span.text)

    def sub(self, first: int, last: int) -> Span:
        a, b = self.tokens[first].start, self.tokens[last - 1].end
        return Span(self.span.start + a, self.span.start + b, self.span.text[a:b])


class SourceTyper:
    """Types source entities with the rules of a :class:`~attribution.sources.RuleSet`.

    The rule set's lexicon, gazetteer and titles are compiled into dictionaries of token tuples
    once, when the typer is built; :meth:`classify` is then a few dictionary look-ups per word.
    A typer is immutable and safe to share between threads.
    """

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.taxonomy: Taxonomy = rules.taxonomy
        lexicon: dict[tuple[str, ...], LexiconEntry] = {}
        derived: dict[tuple[str, ...], LexiconEntry] = {}
        for entry in rules.lexicon:
            k = keys(entry.phrase)
            lexicon[k] = entry
            for plural in plural_forms(k[-1]):
                plural_key = (*k[:-1], plural)
                derived[plural_key] = entry
        self._lexicon = {**derived, **lexicon}
        self._gaz_ci: dict[tuple[str, ...], GazetteerEntry] = {}
        self._gaz_cs: dict[tuple[str, ...], GazetteerEntry] = {}
        for g in rules.gazetteer:
            for name in (g.name, *g.aliases):
                toks = tokenize(name)
                if toks and toks[0].key == "the" and len(toks) > 1:
                    toks = toks[1:]
                if len(toks) == 1:  # one word: only as written ("WHO", "Amnesty")
                    self._gaz_cs[(toks[0].text.replace("’", "'").rstrip("."),)] = g
                else:
                    self._gaz_ci[tuple(t.key for t in toks)] = g
        self._gaz_person = {g.name: g for g in rules.gazetteer if g.kind == "person"}
        self._titles: dict[tuple[str, ...], TitleEntry] = {}
        for t in rules.titles:
            self._titles[keys(t.title)] = t
        self._max = max(
            (len(k) for d in (self._lexicon, self._gaz_ci, self._gaz_cs, self._titles) for k in d),
            default=1,
        )
        anon = rules.anonymous
        self._anon_heads = frozenset(anon.heads)
        self._anon_plural = frozenset(p for h in anon.heads for p in plural_forms(h))
        self._anon_phrases = tuple(f" {' '.join(keys(p))} " for p in anon.phrases)
        self._anon_pronouns = frozenset(" ".join(keys(p)) for p in anon.pronouns)
        self._depth = {t: self.taxonomy.depth(t) for t in self.taxonomy}
        self._w = _WordLists.of(rules)

    # -- construction --------------------------------------------------------------------
    _default: SourceTyper | None = None
    _lock = threading.Lock()

    @classmethod
    def default(cls) -> Self:
        """A typer with the built-in rules only (built once, on first use)."""
        with cls._lock:
            if not isinstance(cls._default, cls):
                from .loader import load_rules

                cls._default = cls(load_rules(entry_points=False))
            return cls._default

    @classmethod
    def from_entry_points(cls, *, block: Iterable[str] = ()) -> Self:
        """A typer with the built-in rules and every installed plugin not in *block*."""
        from .loader import load_rules

        return cls(load_rules(entry_points=True, block=tuple(block)))

    # -- matching ------------------------------------------------------------------------
    def _match_at(self, tokens: list[Token], i: int) -> _Match | None:
        n_max = min(self._max, len(tokens) - i)
        for n in range(n_max, 0, -1):
            window = tokens[i : i + n]
            if not window[-1].text[:1].isalnum():
                continue
            k = tuple(t.key for t in window)
            cs = tuple(t.text.replace("’", "'").rstrip(".") for t in window)
            g = self._gaz_cs.get(cs) or self._gaz_named(window, k)
            if g is not None:
                return _Match(i, i + n, g)
            title = self._titles.get(k)
            if title is not None and i + n < len(tokens) and tokens[i + n].text[:1].isupper():
                return _Match(i, i + n, title)
            lex = self._lexicon.get(k)
            if lex is not None and not (
                # "Bill Richardson", "Dean Baker": a capitalised document word or given name
                # before a name is part of the name
                n == 1 and window[0].text[:1].isupper()
                and (lex.type == "document" or (window[0].key in given_names()
                                                and window[0].text[1:].islower()))
                and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
            ):
                return _Match(i, i + n, lex)
        return None

    def _scan(
        self, tokens: list[Token], past_out: list[_Match] | None = None
    ) -> tuple[list[_Match], set[int], set[int]]:
        """Longest matches left to right; the token indexes after the first and before the last
        word of multi-word matches.

        Matches after "former" (or "ex", "retired"...) up to the end of that noun phrase are
        dropped: "a former Iowa governor" is not the source's role at the time of the report.
        Known people and private roles stay ("a retired teacher" is still a private
        individual); the dropped matches go to *past_out*.
        """
        out: list[_Match] = []
        inside: set[int] = set()
        nonfinal: set[int] = set()
        past = False
        i = 0
        while i < len(tokens):
            key = tokens[i].key
            if key in self._w.past:
                past = True
            elif key in BREAK_WORDS:
                past = False
            m = self._match_at(tokens, i)
            if m is not None and key in DETERMINERS and m.end - m.start >= 2:
                # "the press secretary", "the bureau chief": a name that opens with its
                # article ("the press", "the bureau") does not cut a longer phrase after it
                longer = self._match_at(tokens, i + 1)
                if longer is not None and longer.end > m.end:
                    m = longer
            if m is not None and m.end + 1 < len(tokens) and tokens[m.end].text == "-" and \
                    tokens[m.end + 1].key in self._w.compound_tails:
                i = m.end + 2  # "a U.S.-born gunman": where from, not whom for
            elif m is None:
                i += 1
            else:
                inside.update(range(m.start + 1, m.end))
                nonfinal.update(range(m.start, m.end - 1))
                person = isinstance(m.entry, GazetteerEntry) and m.entry.kind == "person"
                if not past or person or m.type == "citizen":
                    out.append(m)
                elif past_out is not None:
                    past_out.append(m)
                i = m.end
        return out, inside, nonfinal

    def _whole_name(self, tokens: list[Token]) -> GazetteerEntry | None:
        toks = _strip(tokens)
        while toks and toks[-1].key in ("'s", "'"):
            toks = toks[:-1]
        if not toks:
            return None
        cs = tuple(t.text.replace("’", "'").rstrip(".") for t in toks)
        found = self._gaz_cs.get(cs) or self._gaz_named(toks, tuple(t.key for t in toks))
        if found is None and len(toks) >= 3 and all(t.text[:1].isupper() for t in toks):
            # "Lawrence H. Summers": a person's name with a middle initial
            bare = [t for t in toks[1:-1] if not _INITIAL.match(t.text)]
            if len(bare) < len(toks) - 2:
                named = self._gaz_named([toks[0], *bare, toks[-1]],
                                        tuple(t.key for t in (toks[0], *bare, toks[-1])))
                if named is not None and named.kind == "person":
                    return named
        return found

    def _gaz_named(self, window: list[Token], key: tuple[str, ...]) -> GazetteerEntry | None:
        """A multi-word name, matched without regard to case but only when written as a name
        (some word capitalised): "the union leader" is not the "Union Leader" newspaper."""
        entry = self._gaz_ci.get(key)
        if entry is None or not any(t.text[:1].isupper() for t in window):
            return None
        return entry

    def _of_in_name(self, tokens: list[Token], j: int) -> bool:
        """Whether the "of" at *j* is inside a capitalised name that modifies a lexicon noun
        after it ("a University of Iowa poll", "a Bank of Zentria spokesman"): the noun, not
        the name's first word, is the head."""
        if tokens[j].key not in ("of", "for") or not tokens[j - 1].text[:1].isupper():
            return False
        k = j + 1
        while k < len(tokens) and (
            tokens[k].text[:1].isupper()
            or (tokens[k].text in ("/", "-", "&") and k + 1 < len(tokens)
                and tokens[k + 1].text[:1].isupper())
        ):
            k += 1
        if k == j + 1 or k >= len(tokens) or not tokens[k].text.isalpha() or \
                not tokens[k].text.islower():
            return False
        return self._match_at(tokens, k) is not None and tokens[k].key not in BREAK_WORDS

    def _org_type(self, tokens: list[Token]) -> tuple[str, str, str, int, int] | None:
        """Type of an organisation phrase ("the Pentagon", "the government", "Clinton's campaign").

        Returns (type, name, pack, first, last) with token indexes into *tokens*.
        """
        whole = self._whole_name(tokens)
        if whole is not None:
            return whole.type, whole.name, whole.pack, 0, len(tokens)
        found = [f for f in self._analyse(tokens, head=None, possessor=None, modifiers=())
                 if f.category in ("head", "affiliation", "gazetteer", "title", "masthead")]
        found = [f for f in found if not self._place_in_name(tokens, f)]
        if not found:
            return None
        f = max(found, key=lambda f: PRIORITIES[f.category])
        return f.type, f.affiliation or f.key, f.pack, f.first, f.last

    def _place_in_name(self, tokens: list[Token], f: _Finding) -> bool:
        """Whether a finding is only a place word at the start of an unknown organisation's
        name ("Iowa" in "the Iowa Civic Project"): the name, not the state, is the employer.
        A title before a person's name ("Texas Gov. Jane Roe") stays."""
        if f.category != "title" or not 0 <= f.first < f.last < len(tokens):
            return False
        k = tuple(t.key for t in tokens[f.first : f.last])
        entry = self._lexicon.get(k)
        if entry is None or entry.relational or k in self._titles or not all(
            t.text[:1].isupper() for t in tokens[f.first : f.last]
        ):
            return False
        rest, _after = split_at_break(tokens[f.last :])
        words = [t for t in rest if t.text[:1].isalnum()]
        if not words or not all(t.text[:1].isupper() for t in words):
            return False
        name = " ".join(t.text for t in words)
        return looks_like_person(name) is None and self._whole_name(words) is None

    def _initialled(self, tokens: list[Token], m_head: _Match) -> bool:
        """Whether a known person's surname follows a given name and a middle initial that
        make up the same person's name ("John R. Kasich" for "John Kasich")."""
        k = m_head.start
        if k < 2 or not _INITIAL.match(tokens[k - 1].text):
            return False
        j = k - 1
        while j > 0 and _INITIAL.match(tokens[j - 1].text):
            j -= 1
        return j > 0 and self._whole_name([tokens[j - 1], tokens[k]]) is m_head.entry

    def _title_owner(self, role: _Match, core_matches: list[_Match]) -> _Match | None:
        """The known organisation right before a title that is also a role word ("CNN" in
        "CNN President Jane Roe"): the person is its officer, not the head of a state."""
        if role.kind != "title":
            return None
        entry = self._lexicon.get(keys(role.key))
        if entry is None or not entry.relational:
            return None
        owner = next((m for m in core_matches if m.end == role.start), None)
        if owner is None or not isinstance(owner.entry, GazetteerEntry) or \
                owner.entry.kind == "person" or owner.type is None:
            return None
        return owner

    # -- phrase analysis -----------------------------------------------------------------
    def _analyse(
        self,
        tokens: list[Token],
        head: str | None,
        possessor: list[Token] | None,
        modifiers: Iterable[tuple[list[Token], bool]],
    ) -> list[_Finding]:
        """Findings for one noun phrase, token indexes relative to *tokens*."""
        out: list[_Finding] = []
        if not tokens:
            return out
        whole = self._whole_name(tokens)
        if whole is not None:
            return [_Finding("gazetteer", whole.type, whole.pack, whole.name, 0, len(tokens))]
        q = 1 if tokens[0].key in DETERMINERS and len(tokens) > 1 and \
            tokens[1].key in _QUANTIFIERS else 0
        if len(tokens) > q + 2 and tokens[q].key in _QUANTIFIERS and (
            tokens[q + 1].key == "of"
            # "many in the crowd", "some in the administration" (not "some in Iowa")
            or (tokens[q + 1].key in ("in", "among") and not all(
                t.text[:1].isupper() for t in _strip(tokens[q + 2 :]) if t.text[:1].isalnum()))
        ):
            # "some of the operatives", "one of his advisers": the group after "of"
            skip = q + 2
            return [
                _Finding(f.category, f.type, f.pack, f.key, f.first + skip, f.last + skip,
                         f.affiliation) if f.first >= 0 else f
                for f in self._analyse(tokens[skip:], None, None, ())
            ]
        past: list[_Match] = []
        matches, inside, nonfinal = self._scan(tokens, past)
        brk = next(
            (j for j in range(1, len(tokens))
             if j not in inside and is_break(tokens, j) and not self._of_in_name(tokens, j)),
            len(tokens),
        )
        core_start = 0
        if possessor is None:
            for j in range(brk - 1, 0, -1):
                if tokens[j].key == "'s" and j not in inside:
                    possessor = tokens[:j]
                    core_start = j + 1
                    break
        else:
            end = possessor[-1].end if possessor else -1
            core_start = next((j for j, t in enumerate(tokens) if t.start >= end), 0)
        while core_start < brk and (
            tokens[core_start].key in DETERMINERS or tokens[core_start].key in HONORIFICS
        ):
            core_start += 1
        core = [j for j in range(core_start, brk) if tokens[j].text[:1].isalnum()]
        while len(core) > 1 and tokens[core[-1]].key in _NOT_HEAD:
            core.pop()
        if not core:
            return out
        h = core[-1]
        if head is not None:
            hk = norm(head)
            cands = [j for j in core if tokens[j].key == hk or tokens[j].text == head]
            # a head inside a longer phrase ("Secretary" of "Secretary of State X"), or before
            # the "of" of a name that modifies a noun ("University" of "a University of Iowa
            # poll"), is a guess that cut the phrase short: keep the typer's own head then
            if cands and cands[-1] not in nonfinal and not any(
                self._of_in_name(tokens, j) for j in range(cands[-1] + 1, brk)
            ):
                h = cands[-1]
        core_matches = [m for m in matches if m.end > core_start and m.end <= brk]
        m_head = next((m for m in core_matches if m.start <= h < m.end), None)
        if m_head is not None and tokens[h].text[:1].isupper() and (
            # "Mr. Judge", "Tom Banker": a surname, whatever the word means
            (m_head.kind == "lexicon" and h - 1 >= 0 and m_head.start == h and (
                tokens[h - 1].key in HONORIFICS
                or (tokens[h - 1].text[:1].isupper() and tokens[h - 1].key in given_names())))
            # "Lakeview House", "Roger Clinton": one known word inside a longer unknown name
            or (m_head.kind == "gazetteer" and m_head.end - m_head.start == 1
                and m_head.start > core_start and tokens[m_head.start - 1].text[:1].isupper()
                and not any(m.start <= m_head.start - 1 < m.end for m in matches)
                and tokens[m_head.start - 1].key not in HONORIFICS
                and not self._initialled(tokens, m_head))
        ):
            core_matches = [m for m in core_matches if m is not m_head]
            m_head = None
        used: set[int] = set()
        is_name = tokens[h].text[:1].isupper() and (
            m_head is None or m_head.kind == "gazetteer"
        ) and not (m_head is None and tokens[h].key in self._w.adversaries)  # "Critics of the plan"
        org_name = (m_head is not None and m_head.kind == "gazetteer"
                    and isinstance(m_head.entry, GazetteerEntry) and m_head.entry.kind != "person")
        if is_name and not org_name:
            # a name: the rightmost title or role word right before it describes it (a known
            # organisation's name has no title: "the Ohio Republican Party")
            matched = {j for m in core_matches for j in range(m.start, m.end)}
            # a one-word lexicon match between capitalised words is part of the name
            # ("the opposition National Democratic Front"), a title is not
            inner = {m.start for m in core_matches if m.kind == "lexicon" and m.end - m.start == 1}
            name_start = (
                m_head.start if m_head is not None
                else _name_start(tokens, core_start, h, matched, inner)
            )
            before = [m for m in core_matches if m.end <= name_start and m.kind != "gazetteer"]
            role = before[-1] if before else None
            if role is not None and role.end == _name_start(
                tokens, role.end, name_start, matched
            ) and tokens[role.end].key not in HONORIFICS:  # "voters Mrs. Roe": no title
                used.add(id(role))
                owner = self._title_owner(role, core_matches)
                if owner is not None:
                    # "CNN President Jane Roe": the officer of a known organisation
                    used.add(id(owner))
                    out.append(_Finding("title", owner.type or "", owner.entry.pack, owner.key,
                                        owner.start, role.end, owner.key))
                elif role.relational:
                    out.extend(self._relational(role, tokens, core_matches, possessor,
                                                modifiers, brk, used, "title"))
                elif role.type is not None:
                    category = self._title_category(role, m_head)
                    backer = next((m for m in before[:-1] if m.key.lower() in self._w.campaign_words
                                   or m.key.lower().split()[-1] in self._w.campaign_words), None)
                    if backer is not None and category == "title" and "political" in \
                            self.taxonomy and self.taxonomy.is_a(role.type, "government"):
                        # "Clinton surrogate Sen. Jane Roe": an office-holder as a campaign
                        # figure
                        used.add(id(backer))
                        out.append(_Finding("title", "political", backer.entry.pack,
                                            backer.key, backer.start, backer.end))
                        category = "office"
                    out.append(_Finding(category, role.type, role.entry.pack, role.key,
                                        role.start, role.end))
            else:
                out.extend(self._name_affiliation(tokens, possessor, modifiers, brk))
                if name_start > core_start and _AGE.match(tokens[name_start - 1].key) and \
                        "citizen" in self.taxonomy:
                    # "14-year-old Jane Roe": a private individual named by age
                    out.append(_Finding("head", "citizen", "builtin", "age", name_start - 1,
                                        name_start))
        if tokens[h].text[:1].isupper() and (m_head is None or m_head.kind == "lexicon"):
            out.extend(self._masthead(tokens[core_start:brk], core_start))
        if m_head is not None and m_head.kind != "title":
            used.add(id(m_head))
            if m_head.relational:
                out.extend(self._relational(m_head, tokens, core_matches, possessor,
                                            modifiers, brk, used, "affiliation"))
            elif m_head.kind == "lexicon" and m_head.key in self._w.experience and (
                experience := self._experience(m_head, tokens, core_matches, modifiers, brk)
            ):
                out.extend(experience)
            elif m_head.type is not None:
                category = "gazetteer" if m_head.kind == "gazetteer" else "head"
                out.append(_Finding(category, m_head.type, m_head.entry.pack, m_head.key,
                                    m_head.start, m_head.end))
                if m_head.kind == "lexicon" and m_head.key in self._w.issued:
                    out.extend(self._issuer(tokens, possessor, modifiers, brk))
        elif m_head is None and not is_name and not any(m.start <= h < m.end for m in past):
            # an unknown common noun ("the negotiator"): its organisation may tell
            if tokens[h].key in self._w.adversaries:
                # "Trump critics", "critics of the plan" oppose X and do not speak for it; "at
                # National Review" may still tell whom they speak for
                used.update(id(m) for m in core_matches if m.end <= h)
                mods = [(m, inside) for m, inside in modifiers if m and m[0].key != "of"]
                rest = [m for m in _post_modifiers(tokens[brk:]) if m[0].key != "of"]
                org = self._organisation(tokens, [], h, None, mods or [(m, True) for m in rest],
                                         len(tokens), used)
            else:
                org = self._organisation(tokens, core_matches, h, possessor, modifiers, brk,
                                         used)
            if org is None and _AGE.match(tokens[h].key) and "citizen" in self.taxonomy:
                # "a 21-year-old": a private individual named by age
                out.append(_Finding("head", "citizen", "builtin", "age", h, h + 1))
            elif org is not None:
                typ, key, pack, first, last, aff = org
                out.append(_Finding("affiliation", typ, pack, key, first, last, aff))
        for m in core_matches:
            if id(m) in used or m.type is None or m.relational:
                continue
            if m.type == "document" and m_head is not None:
                continue  # "a policy adviser", "poll workers": the head says who speaks
            out.append(_Finding("modifier", m.type, m.entry.pack, m.key, m.start, m.end))
        if "political" in self.taxonomy:
            for m in past:
                if m.start < brk and norm(m.key) in self._w.elected:
                    # "former Gov. Jane Roe", "a former senator": a political figure, weakly
                    out.append(_Finding("former_office", "political", m.entry.pack, m.key,
                                        m.start, m.end))
                    break
        return out

    def _experience(
        self,
        m_head: _Match,
        tokens: list[Token],
        core_matches: list[_Match],
        modifiers: Iterable[tuple[list[Token], bool]],
        brk: int,
    ) -> list[_Finding]:
        """"a veteran of three presidential campaigns", "a Wall Street veteran": long
        experience in X, so the type of X; but service in a government or an army ("an Army
        veteran", "a veteran of the State Department") is past, and leaves a private person."""
        got: tuple[str, str, str, int, int] | None = None
        left = [m for m in core_matches if m.end <= m_head.start and m.type is not None
                and m.kind != "title" and m.type not in ("citizen", "document")]
        if left:
            m = left[-1]
            got = (m.type or "", m.key, m.entry.pack, m.start, m.end)
        else:
            mods = list(modifiers)
            if brk < len(tokens):
                mods.extend((mod, True) for mod in _post_modifiers(tokens[brk:]))
            for mod, inside in mods[:1]:
                if not mod or mod[0].key != "of":
                    continue
                org = self._org_type(mod[1:])
                if org is not None:
                    first = _index_of(tokens, mod[0]) if inside else None
                    span = (-1, -1) if first is None else (first, first + len(mod))
                    got = (org[0], org[1], org[2], *span)
        if got is None:
            return []
        typ, key, pack, first, last = got
        if typ not in self.taxonomy or typ in ("citizen", "document") or (
            "government" in self.taxonomy and self.taxonomy.is_a(typ, "government")
        ):
            return []
        return [_Finding("head", typ, pack, key, first, last, key)]

    def _named_org(self, tokens: list[Token]) -> tuple[str, str, str] | None:
        """(type, name, pack) of an organisation phrase, but not of a bare place or
        nationality ("of Texas", "Iowa's"): where a person lives is not whom they speak for."""
        got = self._org_type(tokens)
        if got is None:
            return None
        typ, name, pack, first, last = got
        if typ == "document":
            return None  # "Proponents of the bill": a text is nobody's employer
        words = [t for t in _strip(tokens) if t.text[:1].isalnum()]
        if self._whole_name(tokens) is None and words and all(
            t.text[:1].isupper() for t in words
        ) and (
            {t.start for t in words} <= {t.start for t in tokens[first:last]}
            or words[-1].key in self._w.place_heads  # "of Burke County", "of Lakeview City"
        ):
            return None
        return typ, name, pack

    def _name_affiliation(
        self,
        tokens: list[Token],
        possessor: list[Token] | None,
        modifiers: Iterable[tuple[list[Token], bool]],
        brk: int,
    ) -> list[_Finding]:
        """A name with no title: its possessor ("CNN's Gloria Borger") or the organisation
        after it ("Jane Roe of the Brookings Institution") tells whom the person speaks for."""
        if possessor:
            got = self._named_org(possessor)
            if got is not None:
                typ, name, pack = got
                return [_Finding("title", typ, pack, name, 0, len(possessor), name)]
        mods = list(modifiers)
        if not mods and brk < len(tokens):
            mods = [(m, True) for m in _post_modifiers(tokens[brk:])]
        # only the phrase right after the name: "Jane Roe of X, a Democrat who ran for
        # president" is not affiliated with "president"
        mods = [(m, inside) for m, inside in mods
                if m and (not inside or (brk < len(tokens) and m[0].start == tokens[brk].start))]
        for mod, inside in mods[:1]:
            if mod[0].key not in ("of", "at", "with", "from", "for"):
                continue
            got = self._named_org(mod[1:])
            if got is not None:
                return [_modifier_finding(tokens, mod, inside, got)]
        return []

    def _issuer(
        self,
        tokens: list[Token],
        possessor: list[Token] | None,
        modifiers: Iterable[tuple[list[Token], bool]],
        brk: int,
    ) -> list[_Finding]:
        """The named issuer of a report or statement ("a report from WZRX") is the source."""
        if possessor:
            got = self._named_org(possessor)
            if got is not None:
                typ, name, pack = got
                return [_Finding("affiliation", typ, pack, name, 0, len(possessor), name)]
        mods = list(modifiers)
        if brk < len(tokens):
            mods.extend((m, True) for m in _post_modifiers(tokens[brk:], _ISSUER_PREPOSITIONS))
        for mod, inside in mods:
            if not mod or mod[0].key not in _ISSUER_PREPOSITIONS:
                continue
            got = self._named_org(mod[1:])
            if got is None and mod[0].key != "of" and "media" in self.taxonomy and (
                is_call_sign(mod[1:]) or is_masthead(mod[1:]) is not None
            ):
                # "a report from WZRX", "a count by the Lakeview Gazette": an outlet's name
                name = _surface(_strip(mod[1:]))
                got = ("media", name, "builtin")
            if got is None or got[0] == "document":
                continue
            return [_modifier_finding(tokens, mod, inside, got)]
        return []

    def _masthead(self, core: list[Token], offset: int) -> list[_Finding]:
        """An unknown name written like a news outlet's ("The Denver Post", "WZRX")."""
        if "media" not in self.taxonomy or not core:
            return []
        if is_call_sign(core):
            return [_Finding("masthead", "media", "builtin", "call sign", offset,
                             offset + len(core))]
        got = is_masthead(core)
        if got is None:
            return []
        a, b = got
        return [_Finding("masthead", "media", "builtin", core[b - 1].text, offset + a,
                         offset + b)]

    def _title_category(self, role: _Match, name: _Match | None) -> str:
        """The category of a title before a name: ``title``, or ``office`` for an office title
        on a person the gazetteer knows as a campaign figure ("Sen. Bernie Sanders" in 2016)."""
        if (
            name is not None
            and isinstance(name.entry, GazetteerEntry)
            and name.entry.kind == "person"
            and role.type is not None
            and role.type in self.taxonomy
            and name.entry.type in self.taxonomy
            and self.taxonomy.is_a(name.entry.type, "political")
            and self.taxonomy.is_a(role.type, "government")
            and not self.taxonomy.is_a(role.type, "military")
        ):
            return "office"
        return "title"

    def _relational(
        self,
        role: _Match,
        tokens: list[Token],
        core_matches: list[_Match],
        possessor: list[Token] | None,
        modifiers: Iterable[tuple[list[Token], bool]],
        brk: int,
        used: set[int],
        category: str,
    ) -> list[_Finding]:
        org = self._organisation(tokens, core_matches, role.start, possessor, modifiers, brk, used)
        if org is not None:
            typ, key, pack, first, last, aff = org
            if role.type is not None and role.type != typ and typ in self.taxonomy \
                    and self.taxonomy.is_a(role.type, typ):
                # "Syrian military source": the role's own type is the more specific one
                typ, key, pack = role.type, role.key, role.entry.pack
                first, last = role.start, role.end
            elif role.type is not None and self._party_of_place(role.type, typ, tokens, first,
                                                                 last):
                # "Iowa Democrats": party members from a place, not its government
                typ, key, pack = role.type, role.key, role.entry.pack
                first, last = role.start, role.end
            return [_Finding(category, typ, pack, key, first, last, aff)]
        if role.type is not None and not (
            # "the president of Zentrix Publishing" is no head of state; "a partner at
            # Zentrix Capital" is still in business
            role.type in self.taxonomy and "government" in self.taxonomy
            and self.taxonomy.is_a(role.type, "government")
            and self._unknown_employer(tokens, role.end, brk, modifiers)
        ):
            return [_Finding("fallback", role.type, role.entry.pack, role.key, role.start,
                             role.end)]
        return []

    def _unknown_employer(
        self,
        tokens: list[Token],
        after: int,
        brk: int,
        modifiers: Iterable[tuple[list[Token], bool]],
    ) -> bool:
        """Whether the role is "of/at/for" a named organisation the rules do not know ("the
        president and publisher of Zentrix Publishing"): then its fallback does not
        apply."""
        mods = [m for m, _inside in modifiers]
        if brk < len(tokens):
            mods.extend(_post_modifiers(tokens[max(brk, after):]))
        for mod in mods[:2]:
            if not mod or mod[0].key not in ("of", "at", "for", "with"):
                continue
            words = [t for t in _strip(mod[1:]) if t.text[:1].isalnum()]
            if words and words[0].text[:1].isupper() and self._org_type(mod[1:]) is None:
                return True
        return False

    def _party_of_place(
        self, role_type: str, org_type: str, tokens: list[Token], first: int, last: int
    ) -> bool:
        tax = self.taxonomy
        if role_type not in tax or org_type not in tax or not 0 <= first < last <= len(tokens):
            return False
        # "Iowa Democrats", "Republicans in Ohio": the place, past its preposition
        words = [t for t in tokens[first:last]
                 if t.key not in AFFILIATION_PREPOSITIONS and t.key not in DETERMINERS]
        return (
            tax.is_a(role_type, "political") if "political" in tax else False
        ) and tax.is_a(org_type, "government") and bool(words) and all(
            t.text[:1].isupper() for t in words
        ) and self._whole_name(words) is None

    def _organisation(
        self,
        tokens: list[Token],
        core_matches: list[_Match],
        before: int,
        possessor: list[Token] | None,
        modifiers: Iterable[tuple[list[Token], bool]],
        brk: int,
        used: set[int],
    ) -> tuple[str, str, str, int, int, str] | None:
        """(type, key, pack, first, last, affiliation) of the organisation a role belongs to."""
        left = [m for m in core_matches if m.end <= before and m.type is not None
                and m.kind != "title" and m.type not in ("citizen", "document")]
        if left:
            m = left[-1]
            used.add(id(m))
            aff = m.key if m.kind == "gazetteer" else _surface(tokens[m.start : m.end])
            return m.type or "", m.key, m.entry.pack, m.start, m.end, aff
        if possessor:
            got = self._org_type(possessor)
            if got is not None and got[0] != "document":
                typ, name, pack, _a, _b = got
                return typ, name, pack, 0, len(possessor), name
        mods = list(modifiers)
        if not mods and brk < len(tokens):
            mods = [(m, True) for m in _post_modifiers(tokens[brk:])]
        for mod, inside in mods:
            if not mod or mod[0].key not in AFFILIATION_PREPOSITIONS:
                continue
            got = self._org_type(mod[1:])
            if got is not None and got[0] != "document":  # "the leader in the polls"
                typ, name, pack, _a, _b = got
                first = _index_of(tokens, mod[0]) if inside else None
                if first is None:
                    return typ, name, pack, -1, -1, name
                return typ, name, pack, first, first + len(mod), name
        return None

    # -- entity --------------------------------------------------------------------------
    def classify(self, facts: EntityFacts) -> TypeDecision:
        """The type of one source entity, with its evidence, affiliation and anonymity."""
        ranked: list[tuple[TypeEvidence, str | None]] = []
        addressee = self._addressee(facts)
        if addressee:
            # "you" stands for the reader or anyone, never for a named source (the coreference
            # step links none to it): another mention grouped with it is not its name
            ev = addressee[0][0]
            return TypeDecision(ev.type, self.taxonomy.path(ev.type), (ev,), None,
                                self._anonymous(facts))
        for mention in facts.mentions:
            if mention.kind == "pronoun":
                continue
            ranked.extend(self._mention_evidence(mention))
        for mention in facts.mentions:
            tail = _apposition_tail(mention)
            if tail is not None:  # "Gov. Jane Roe of X, a former backer of Y": in-span apposition
                ranked.extend(self._descriptor_evidence(tail))
        for desc in facts.descriptors:
            ranked.extend(self._descriptor_evidence(desc))
        for named in self.rules.rules:
            for ev in named.rule(facts, self.taxonomy):
                if not isinstance(ev, TypeEvidence):
                    raise PluginError(f"source rule {named.name} returned {ev!r}, not TypeEvidence")
                if ev.type not in self.taxonomy:
                    raise PluginError(
                        f"source rule {named.name} voted for unknown type {ev.type!r}"
                    )
                ranked.append((ev, None))
        ranked = [pair for pair in ranked if not self._other_person(facts, pair[0])]
        anonymous = self._anonymous(facts)
        # a candidate's word outranks an office title of equal priority: it comes first
        ranked[:0] = self._candidacy(facts, ranked)
        ranked.extend(self._surrogate(facts, ranked))
        if not ranked:
            ranked.extend(self._person(facts))
        if not ranked:
            ranked.extend(self._writer(facts))
        if not ranked:
            fallback = "unknown" if "unknown" in self.taxonomy else next(iter(self.taxonomy))
            return TypeDecision(fallback, self.taxonomy.path(fallback), (), None, anonymous)
        votes = Counter((ev.priority, ev.type) for ev, _ in ranked)
        total = Counter(ev.type for ev, _ in ranked)
        order = {id(ev): n for n, (ev, _) in enumerate(ranked)}
        ranked.sort(
            key=lambda pair: (
                -pair[0].priority,
                -self._depth.get(pair[0].type, 0),
                -votes[(pair[0].priority, pair[0].type)],
                -total[pair[0].type],  # then the type more of the evidence supports
                order[id(pair[0])],
            )
        )
        winner = ranked[0][0]
        affiliation = ranked[0][1]
        if affiliation is None:
            affiliation = next((a for ev, a in ranked if a is not None and ev.type == winner.type),
                               None)
        return TypeDecision(
            type=winner.type,
            type_path=self.taxonomy.path(winner.type),
            evidence=tuple(ev for ev, _ in ranked),
            affiliation=affiliation,
            anonymous=anonymous,
        )

    def _other_person(self, facts: EntityFacts, ev: TypeEvidence) -> bool:
        """Whether *ev* is a known person found by a surname alone ("Mr. Sabato") while another
        mention gives the entity a full name, a given name and that surname, that is not that
        person's ("Richard Sabato")."""
        parts = ev.rule.split(":")
        if len(parts) != 3 or parts[1] != "gazetteer" or ev.span is None:
            return False
        entry = self._gaz_person.get(parts[2])
        words = _strip(tokenize(ev.text))
        if entry is None or len(words) != 1:
            return False
        surname = words[0].text.replace("’", "'").rstrip(".")
        for mention in facts.mentions:
            if mention.kind not in _NAMED_KINDS:
                continue
            tokens = tokenize(mention.span.text)
            for k, tok in enumerate(tokens):
                if k == 0 or tok.text.replace("’", "'").rstrip(".") != surname:
                    continue
                j = k
                while j > 0 and tokens[j - 1].text[:1].isupper() and \
                        tokens[j - 1].key not in HONORIFICS and \
                        (tokens[j - 1].key,) not in self._titles:
                    j -= 1
                window = tokens[j : k + 1]
                if j < k and looks_like_person(" ".join(t.text for t in window)) and \
                        self._whole_name(window) is not entry:
                    return True
        return False

    def _surrogate(
        self, facts: EntityFacts, ranked: list[tuple[TypeEvidence, str | None]]
    ) -> list[tuple[TypeEvidence, str | None]]:
        """An office-holder the text calls a candidate's supporter, backer or ally is presented
        as a campaign figure: a surrogate, ``political`` ("Agriculture Secretary Jane Roe,
        a prominent Clinton supporter")."""
        if "political" not in self.taxonomy or "government" not in self.taxonomy:
            return []
        office = any(
            (ev.rule.split(":")[1] in ("title", "office", "gazetteer", "fallback")
             and self.taxonomy.is_a(ev.type, "government")
             and not self.taxonomy.is_a(ev.type, "military"))
            # "Former Gov. Jane Roe, an early backer of X": a former elected official who
            # backs a candidate is a surrogate too, not a private person
            or "former_office" in ev.rule.split(":")[1:3]
            for ev, _ in ranked if ev.type in self.taxonomy and ev.rule.count(":") >= 2
        )
        if not office:
            return []
        phrases = list(facts.descriptors)
        phrases.extend(t for t in (_apposition_tail(m) for m in facts.mentions) if t is not None)
        for span in phrases:
            for tok in tokenize(span.text):
                if tok.key not in self._w.backers:
                    continue
                # the backer word's own vote (citizen) becomes the surrogate's (political)
                for n, (ev, aff) in enumerate(ranked):
                    if ev.type == "citizen" and ev.span is not None and ev.span.start <= \
                            span.start + tok.start < ev.span.end:
                        ranked[n] = (attrs.evolve(ev, rule=f"builtin:descriptor:surrogate:"
                                                  f"{tok.key}", type="political"), aff)
                        return []
                start = span.start + tok.start
                ev = TypeEvidence(f"builtin:descriptor:surrogate:{tok.key}", "political",
                                  tok.text, Span(start, start + len(tok.text), tok.text),
                                  PRIORITIES["descriptor"])
                return [(ev, None)]
        return []

    def _candidacy(
        self, facts: EntityFacts, ranked: list[tuple[TypeEvidence, str | None]]
    ) -> list[tuple[TypeEvidence, str | None]]:
        """An office-holder whom a mention or descriptor names as a candidate ("Rep. Jane Roe"
        and "the Democratic candidate", "His Republican opponent, Sen. Jane Roe") is presented
        as a campaign figure: ``political``, at descriptor priority."""
        tax = self.taxonomy
        if "political" not in tax or "government" not in tax:
            return []
        if not any(ev.type in tax and tax.is_a(ev.type, "government")
                   and not ("military" in tax and tax.is_a(ev.type, "military"))
                   for ev, _ in ranked):
            return []
        spans = [m.span for m in facts.mentions if m.kind != "pronoun"]
        spans.extend(facts.descriptors)
        spans.extend(t for t in (_apposition_tail(m) for m in facts.mentions) if t is not None)
        for span in spans:
            got = _candidacy_head(tokenize(span.text), self._w)
            if got is None:
                continue
            a, b = got
            toks = tokenize(span.text)
            start, end = span.start + toks[a].start, span.start + toks[b - 1].end
            text = span.text[toks[a].start : toks[b - 1].end]
            ev = TypeEvidence(f"builtin:descriptor:candidacy:{text.lower()}", "political", text,
                              Span(start, end, text), PRIORITIES["descriptor"])
            return [(ev, None)]
        return []

    def _person(self, facts: EntityFacts) -> list[tuple[TypeEvidence, str | None]]:
        """A person's bare name and nothing else the rules know: a private individual.

        Not when a mention or descriptor holds any role word, title or known name, even one
        that typed nothing ("a spokesman for an unknown group", "a former speechwriter"):
        such a person speaks for something."""
        if "citizen" not in self.taxonomy:
            return []
        spans = [m.span for m in facts.mentions if m.kind != "pronoun"]
        spans.extend(facts.descriptors)
        if any(_RUNS_CLAUSE.search(span.text) for span in spans):
            return []  # "who runs Zentrix Action": speaks for an organisation
        for span in spans:
            past: list[_Match] = []
            tokens = tokenize(span.text)
            if _participle_clause(tokens, self._w.past) and \
                    tokens[0].key not in self._w.role_participles:
                continue  # "wearing a campaign hat": what the person does, not a role
            found, _inside, _nonfinal = self._scan(tokens, past)
            for m in found + past:
                if m.type == "citizen" or m.key in self._w.not_a_role:
                    continue
                if isinstance(m.entry, LexiconEntry) and not m.entry.relational and all(
                    t.text[:1].isupper() for t in tokens[m.start : m.end]
                ):
                    continue  # a place or nationality: "Jane Roe of Lakeview, Ohio"
                return []
        for mention in facts.mentions:
            if mention.kind not in _NAMED_KINDS:
                continue
            got = looks_like_person(mention.span.text)
            if got is not None:
                a, b = got
                span = Span(mention.span.start + a, mention.span.start + b,
                            mention.span.text[a:b])
                ev = TypeEvidence("builtin:person:name", "citizen", span.text, span,
                                  PRIORITIES["person"])
                return [(ev, None)]
        return []

    def _addressee(self, facts: EntityFacts) -> list[tuple[TypeEvidence, str | None]]:
        """A source that the text calls "you" (the reader or anyone: "if you ask voters, you
        hear..."): a private individual, at the priority of a bare name. Every pronoun of the
        entity must be second person; a third-person mention grouped with them is ignored."""
        if "citizen" not in self.taxonomy or not facts.mentions or facts.descriptors:
            return []
        pronouns = [m for m in facts.mentions if m.kind == "pronoun"
                    or m.span.text.strip().lower() in _SECOND_PERSON]
        if not pronouns or not all(m.span.text.strip().lower() in _SECOND_PERSON
                                   for m in pronouns):
            return []
        span = pronouns[0].span
        ev = TypeEvidence("builtin:person:addressee", "citizen", span.text, span,
                          PRIORITIES["person"])
        return [(ev, None)]

    def _writer(self, facts: EntityFacts) -> list[tuple[TypeEvidence, str | None]]:
        """A source known only as "I", "we" or "my", with no name or description: the
        writer of the article ("We're the kind of folks who ..."), ``media``, at the
        priority of a bare name. (A quoted speaker's "I" is grouped with the speaker.)"""
        if "media" not in self.taxonomy or not facts.mentions or facts.descriptors:
            return []
        if not all(m.span.text.strip().lower() in _FIRST_PERSON for m in facts.mentions):
            return []
        span = facts.mentions[0].span
        ev = TypeEvidence("builtin:person:writer", "media", span.text, span,
                          PRIORITIES["person"])
        return [(ev, None)]

    def classify_text(self, *mentions: Span, descriptors: tuple[Span, ...] = ()) -> TypeDecision:
        """Shortcut: classify an entity given only its mention spans (heuristic facts)."""
        return self.classify(EntityFacts.from_spans(*mentions, descriptors=descriptors))

    def _evidence(
        self,
        phrase: _Phrase,
        findings: list[_Finding],
        context: str,
        where: Callable[[_Finding], Span | None] | None = None,
    ) -> list[tuple[TypeEvidence, str | None]]:
        """Evidence of *findings*; *where* gives a finding's span when its token indexes are
        not into *phrase*."""
        out: list[tuple[TypeEvidence, str | None]] = []
        for f in findings:
            if context == "descriptor":
                cat = {"modifier": "descriptor_weak", "fallback": "descriptor_fallback",
                       "office": "descriptor_fallback", "former_office": "former_office",
                       "party_label": "party_label"}.get(f.category, "descriptor")
                priority = PRIORITIES[cat]
                rule = f"{f.pack}:descriptor:{f.category}:{f.key}"
            else:
                priority = PRIORITIES[f.category]
                rule = f"{f.pack}:{f.category}:{f.key}"
            if where is not None:
                span: Span | None = where(f)
                text = span.text if span is not None else f.key
            elif 0 <= f.first < f.last <= len(phrase.tokens):
                span = phrase.sub(f.first, f.last)
                text = span.text if span is not None else f.key
            else:
                span, text = None, f.key
            out.append((TypeEvidence(rule, f.type, text, span, priority), f.affiliation))
        return out

    def _mention_evidence(self, mention: MentionFacts) -> list[tuple[TypeEvidence, str | None]]:
        phrase = _Phrase(mention.span)
        if "media" in self.taxonomy and _is_headline(phrase.tokens):
            # "TWO CANDIDATES DROP OUT OF THE RACE": a headline, the publication's own words
            found = [_Finding("masthead", "media", "builtin", "headline", 0, len(phrase.tokens))]
            return self._evidence(phrase, found, "mention")
        if "citizen" in self.taxonomy and _SHARE.match(mention.span.text):
            # "two in three", "85% of Democrats": the share of a poll's respondents
            found = [_Finding("head", "citizen", "builtin", "share", 0, len(phrase.tokens))]
            return self._evidence(phrase, found, "mention")
        tokens = phrase.tokens
        if mention.possessor is not None and not mention.span.contains(mention.possessor) and \
                len(tokens) > 1 and tokens[0].key in _POSSESSIVE_PRONOUNS:
            owned = self._owner_evidence(phrase, mention.possessor, mention.head)
            if owned is not None:
                return owned
        possessor = None
        last = max((j for j, t in enumerate(tokens) if t.text[:1].isalnum() or t.key == "'s"),
                   default=-1)
        if last > 0 and tokens[last].key == "'s":
            # "the Republican nominee's" (speech): the owner is the mention itself
            tokens = tokens[:last]
        elif mention.possessor is not None:
            p = mention.possessor
            possessor = [t for t in phrase.tokens
                         if mention.span.start + t.end <= p.end and t.key != "'s"]
        modifiers = [
            ([t for t in phrase.tokens if m.start <= mention.span.start + t.start < m.end], True)
            if mention.span.contains(m)
            else (_Phrase(m).tokens, False)
            for m in mention.modifiers
        ]
        head = mention.head
        findings = self._analyse(tokens, head, possessor, modifiers)
        if not findings and mention.head_lemma:
            entry = self._lexicon.get((norm(mention.head_lemma),))
            if entry is not None and entry.type is not None and not entry.relational:
                findings = [_Finding("head", entry.type, entry.pack, entry.phrase, -1, -1)]
        findings.extend(self._party_label(phrase.tokens))
        return self._evidence(phrase, findings, "mention")

    def _owner_evidence(
        self, phrase: _Phrase, owner: Span, head: str | None
    ) -> list[tuple[TypeEvidence, str | None]] | None:
        """"his aides" with "his" resolved to "Mr. Obama" elsewhere in the article: analysed
        as "Mr. Obama's aides"; evidence from the owner's words points at the owner. None
        (read the phrase alone) when "his" or "her" was resolved to an organisation: a known
        one or a name written like a news outlet's."""
        own = _Phrase(owner)
        n = len(own.tokens)
        if phrase.tokens[0].key in ("his", "her"):
            known = self._whole_name(own.tokens)
            if (known is not None and known.kind != "person") or self._masthead(
                    [t for t in _strip(own.tokens) if t.key not in ("'s", "'")], 0):
                return None
        rest = phrase.span.text[phrase.tokens[0].end :]
        joined = owner.text + "'s" + rest
        synthetic = _Phrase(Span(0, len(joined), joined))
        if len(synthetic.tokens) != n + len(phrase.tokens) or synthetic.tokens[n].key != "'s":
            return []  # the owner's words do not tokenise on their own

        def where(f: _Finding) -> Span | None:
            if not 0 <= f.first < f.last <= len(synthetic.tokens):
                return None
            if f.last <= n + 1:
                return own.sub(f.first, min(f.last, n))
            return phrase.sub(max(f.first - n, 0), f.last - n)

        findings = self._analyse(synthetic.tokens, head, None, ())
        return self._evidence(synthetic, findings, "mention", where)

    def _descriptor_evidence(self, span: Span) -> list[tuple[TypeEvidence, str | None]]:
        phrase = _Phrase(span)
        tokens = phrase.tokens
        campaign = self._campaign(phrase)
        # "who is a spokesman for X": type the noun phrase after a copula
        if tokens and tokens[0].key in ("who", "which", "that", "whose") and (
            len(tokens) < 2 or tokens[1].key not in _COPULAS or tokens[0].key == "whose"
        ):
            # a relative clause with a full verb ("who spent Saturday in Iowa") is no role noun,
            # nor is "whose book ..."; but "who runs X" speaks for X
            found = campaign or self._runs(tokens) or self._studies(phrase)
            return self._evidence(phrase, found, "descriptor")
        lead = _lead_end(tokens, 0, len(tokens), self._w.appointed)
        if _participle_clause(tokens[lead:], self._w.past):
            # a participle clause ("wearing a campaign hat", "speaking to reporters", "who was
            # speaking to the mayors") names no role; only a campaign clause or whom it works
            # for counts ("reporting for X")
            working = [
                _Finding(f.category, f.type, f.pack, f.key, f.first + lead, f.last + lead,
                         f.affiliation)
                for f in self._working_for(tokens[lead:])
            ]
            return self._evidence(phrase, campaign or working, "descriptor")
        # "a former governor and a key supporter": each conjunct is a descriptor of its own
        starts = [0] + [
            j + 1 for j in range(len(tokens) - 1)
            if tokens[j].key in ("and", "but", "or") and (
                tokens[j + 1].key in DETERMINERS
                or (tokens[j + 1].key in ("now", "currently", "also") and j + 2 < len(tokens)
                    and tokens[j + 2].key in DETERMINERS)
                # "its president and CEO", "managing director and senior analyst at X"
                or (tokens[j].key == "and" and self._starts_role(tokens, j + 1))
            )
        ]
        ends = [j - 1 for j in starts[1:]] + [len(tokens)]
        shifted: list[_Finding] = []
        for start, stop in zip(starts, ends, strict=True):
            start = _lead_end(tokens, start, stop, self._w.appointed)
            if self._place_only(tokens[start:stop]):
                continue  # "Jane Roe, Wisconsin": where from, not a role
            for f in self._analyse(tokens[start:stop], None, None, ()):
                if f.first >= 0:
                    f = _Finding(f.category, f.type, f.pack, f.key, f.first + start,
                                 f.last + start, f.affiliation)
                shifted.append(f)
        if campaign:  # "who is running for the Senate": not the Senate's
            shifted = campaign
        who = next((j for j, t in enumerate(tokens) if t.key in ("who", "whose") and j > 0), None)
        if not shifted and who is not None:
            # "a former C.I.A. analyst who teaches at Georgetown": the past role says nothing,
            # the relative clause does
            shifted = self._runs(tokens[who:]) or self._studies(phrase)
        shifted.extend(self._party_label(tokens))
        return self._evidence(phrase, shifted, "descriptor")

    def _place_only(self, tokens: list[Token]) -> bool:
        """Whether a descriptor is only a place name ("Wisconsin", "Ohio Tuesday night"): a
        capitalised lexicon word of no role, such as a state's name, and words of time."""
        words = [t for t in tokens if t.text[:1].isalnum()]
        while len(words) > 1 and words[-1].key in _NOT_HEAD:
            words.pop()
        m = self._match_at(words, 0) if words else None
        return (
            m is not None
            and m.end == len(words)
            and m.kind == "lexicon"
            and not m.relational
            and m.type is not None
            and "government" in self.taxonomy
            and self.taxonomy.is_a(m.type, "government")
            and all(t.text[:1].isupper() for t in words)
        )

    def _working_for(self, tokens: list[Token]) -> list[_Finding]:
        """"reporting for X", "working for X", "representing X": X's type; a reporter or writer
        for an unknown outlet is still the media's."""
        if not tokens or tokens[0].key not in self._w.role_participles:
            return []
        rest = tokens[1:]
        if rest and rest[0].key in ("for", "at", "with"):
            rest = rest[1:]
        elif tokens[0].key != "representing":
            rest = []
        end = next((k for k, t in enumerate(rest) if not t.text[:1].isalnum()
                    and t.text not in ("&", "-", "'s", "’s")), len(rest))
        end = next((k for k, t in enumerate(rest[:end]) if k > 0 and t.key in BREAK_WORDS), end)
        got = self._named_org(rest[:end]) if end else None
        if got is not None:
            typ, name, pack = got
            return [_Finding("affiliation", typ, pack, name, 1, len(tokens) - len(rest) + end,
                             name)]
        if tokens[0].key in ("reporting", "writing") and end and "media" in self.taxonomy and \
                tokens[1].key == "for":
            return [_Finding("head", "media", "builtin", tokens[0].key, 0, 1)]
        return []

    def _starts_role(self, tokens: list[Token], i: int) -> bool:
        """Whether a role word or title (not a known name) starts at token *i*, or after one or
        two modifiers ("CEO", "chief executive", "senior equity analyst")."""
        for j in range(i, min(i + 3, len(tokens))):
            if tokens[j].key in BREAK_WORDS or not tokens[j].text[:1].isalnum():
                return False
            m = self._match_at(tokens, j)
            if m is None:
                continue
            first = tokens[m.start].text
            if m.kind == "gazetteer" or not (first.islower() or first.isupper()):
                return False  # a name ("Policy Research"), not a role ("CEO", "analyst")
            if m.relational or m.type not in (None, "document", "citizen"):
                return True
        return False

    def _runs(self, tokens: list[Token]) -> list[_Finding]:
        """"who runs the Clinton Foundation", "who heads X": the person speaks for X."""
        if len(tokens) < 3 or tokens[0].key != "who":
            return []
        j = 1
        while j < len(tokens) and tokens[j].key in ("now", "also", "currently", "still"):
            j += 1
        if j >= len(tokens) - 1 or tokens[j].key not in self._w.runs:
            return []
        if tokens[j + 1].key in ("for", "against") and tokens[j].key in ("ran", "runs", "run"):
            return []  # "who ran for president": a campaign clause
        rest = tokens[j + 1 :]
        if rest and rest[0].key in ("for", "at", "with"):
            rest = rest[1:]
        end = next((k for k, t in enumerate(rest) if not t.text[:1].isalnum()
                    and t.text not in ("&", "-", "'s", "’s")), len(rest))
        got = self._named_org(rest[:end])
        if got is None:
            return []
        typ, name, pack = got
        return [_Finding("affiliation", typ, pack, name, j + 1, len(tokens) - len(rest) + end,
                         name)]

    def _studies(self, phrase: _Phrase) -> list[_Finding]:
        """"who studies voting behavior", "who teaches law": a researcher (expert)."""
        if "expert" not in self.taxonomy:
            return []
        m = _STUDIES.search(phrase.span.text)
        if m is None:
            return []
        first = next((j for j, t in enumerate(phrase.tokens) if t.end > m.start()), 0)
        last = max((j + 1 for j, t in enumerate(phrase.tokens) if t.start < m.end()),
                   default=first + 1)
        return [_Finding("head", "expert", "builtin", "research clause", first, last)]

    def _campaign(self, phrase: _Phrase) -> list[_Finding]:
        """"who ran for president", "who is seeking the nomination": a campaign figure."""
        if "political" not in self.taxonomy:
            return []
        got = campaign_clause(phrase.span.text)
        if got is None:
            return []
        a, b = got
        first = next((j for j, t in enumerate(phrase.tokens) if t.end > a), 0)
        last = max((j + 1 for j, t in enumerate(phrase.tokens) if t.start < b), default=first + 1)
        before = [t.key for t in phrase.tokens[:first]]
        rel = max((j for j, k in enumerate(before) if k in ("that", "which")), default=-1)
        if rel > 0 and "," in before[:rel]:
            # "director of X, a union that endorsed Y": the clause tells of the union
            return []
        return [_Finding("head", "political", "builtin", "campaign clause", first, last)]

    def _party_label(self, tokens: list[Token]) -> list[_Finding]:
        """A party-and-state label ("R-Tenn.", "D-Calif.") marks a politician, weakly."""
        if "political" not in self.taxonomy:
            return []
        for j, t in enumerate(tokens):
            if _PARTY_LABEL.match(t.text):
                return [_Finding("party_label", "political", "builtin", t.text, j, j + 1)]
        return []

    # -- anonymity -----------------------------------------------------------------------
    def _mention_is_anonymous(self, mention: MentionFacts) -> bool:
        if mention.kind in ("anonymous", "impersonal"):
            return True
        toks = tokenize(mention.span.text)
        k = [t.key for t in toks]
        joined = f" {' '.join(k)} "
        if any(p in joined for p in self._anon_phrases):
            return True
        words = [t for t in toks if t.text[:1].isalnum()]
        if " ".join(t.key for t in words) in self._anon_pronouns:
            return True
        core = words
        for j, t in enumerate(words):
            if j > 0 and t.key in BREAK_WORDS:
                core = words[:j]
                break
        if not core:
            return False
        head = core[-1].key
        if mention.head is not None:
            head = norm(mention.head)
        lemma = norm(mention.head_lemma) if mention.head_lemma else head
        first = core[0].key
        if lemma in self._anon_heads or head in self._anon_heads:
            return first in INDEFINITE
        if head in self._anon_plural:
            return first not in DETERMINERS or first in INDEFINITE
        return False

    def _anonymous(self, facts: EntityFacts) -> bool:
        anonymous = False
        for mention in facts.mentions:
            if mention.kind == "pronoun":
                continue
            if self._mention_is_anonymous(mention):
                anonymous = True
            elif mention.kind in _NAMED_KINDS and mention.span.text.strip().lower() not in PRONOUNS:
                return False
        if not anonymous:
            for desc in facts.descriptors:
                joined = f" {' '.join(keys(desc.text))} "
                if any(p in joined for p in self._anon_phrases):
                    anonymous = True
                    break
        return anonymous

    def __repr__(self) -> str:
        return f"<SourceTyper {self.rules!r}>"


def _apposition_tail(mention: MentionFacts) -> Span | None:
    """The apposition or relative clause inside a name mention's span: "a former backer of Y"
    in "Gov. Jane Roe of X, a former backer of Y" (the parser gives these as descriptors), or
    the name after a description: "Bernie Sanders" in "her main rival, Bernie Sanders"."""
    if mention.kind not in _NAMED_KINDS and mention.kind != "description":
        return None
    text = mention.span.text
    cut = text.find(", ")
    if cut <= 0:
        return None
    age = re.match(r"\d{1,3},\s+", text[cut + 2 :])  # "Jane Roe, 34, a nurse"
    if age:
        cut += age.end()
    rest = text[cut + 2 :]
    first = rest.split(" ", 1)[0]
    if len(rest.split()) < 2 or not (
        first.lower() in ("a", "an", "the", "who", "whose")
        or (first[:1].isupper() and first.replace("’", "'").endswith("'s"))
        or (first.lower() == "one" and rest.split()[1] == "of")  # "Jane Roe, one of the ..."
        or _name_after_description(text[:cut], rest)
        or _role_after_name(text[:cut], rest)
    ) or (mention.kind == "description" and not _name_after_description(text[:cut], rest)):
        return None
    start = mention.span.start + cut + 2
    end = mention.span.start + len(text.rstrip(" ,;."))
    if end <= start:
        return None
    return Span(start, end, mention.span.text[cut + 2 : end - mention.span.start])


def _name_after_description(before: str, rest: str) -> bool:
    """Whether *rest* is a name, after role words, that follows a description: "her main
    rival, Bernie Sanders", "their longtime friend, businessman Tom Farrow"."""
    head = [t for t in tokenize(before) if t.text[:1].isalnum()]
    words = [t for t in tokenize(rest.rstrip(" ,;.")) if t.text[:1].isalnum()]
    if not head or not words or not (head[0].key in DETERMINERS or head[0].text.islower()):
        return False
    if any(t.key in BREAK_WORDS for t in head[1:]):
        return False  # "a doctor from Lakeview, New Jersey": a place after a post-modifier
    if words[0].key in _EXAMPLES:
        return False  # "others, including Sen. Jane Roe": one of them, not the same source
    k = 0
    while k < len(words) and words[k].text.islower() and words[k].key not in BREAK_WORDS:
        k += 1  # role words before the name: "businessman"
    name = words[k:]
    return len(name) >= 2 and all(
        t.text[:1].isupper() or t.key in ("de", "van", "von", "bin", "al") for t in name
    )


def _role_after_name(before: str, rest: str) -> bool:
    """Whether *rest* is a role of an organisation, without a determiner, after a name: "Jane
    Roe, director of the Lakeview Institute", "Tom Farrow, chief strategist for the campaign"."""
    name = [t for t in tokenize(before) if t.text[:1].isalnum()]
    words = rest.split()
    first = words[0].strip(",;")
    return (
        any(norm(w) in ("of", "for", "at", "with") for w in words[1:4])
        and len(name) >= 2
        and all(t.text[:1].isupper() for t in name)
        and first.isalpha()
        and first.islower()
        and not first.endswith(("ing", "ed", "ly"))
        and norm(first) not in BREAK_WORDS
        and norm(first) not in _words("says said told added also however is was has had")
    )


def _is_headline(tokens: list[Token]) -> bool:
    """Whether the phrase is a headline in capitals ("OBAMA'S LAST STATE OF THE UNION"): four or
    more words, no lower-case letter, three of them of three letters or more."""
    words = [t.text for t in tokens if any(c.isalpha() for c in t.text)]
    return (
        len(words) >= 4
        and not any(c.islower() for w in words for c in w)
        and sum(1 for w in words if sum(c.isalpha() for c in w) >= 3) >= 3
    )


def _lead_end(tokens: list[Token], start: int, stop: int, appointed: frozenset[str]) -> int:
    """Where a descriptor's noun phrase starts after its lead words: "who is", "and", or a verb
    of appointment before a role ("recently named the company's chief executive", "appointed
    as director")."""
    while start < stop:
        key = tokens[start].key
        if key in _DESCRIPTOR_LEAD:
            start += 1
        elif key in appointed and start + 1 < stop and (
            tokens[start + 1].key in DETERMINERS or tokens[start + 1].key in appointed
            or tokens[start + 1].key == "as" or tokens[start + 1].text[:1].isupper()
        ):
            start += 2 if tokens[start + 1].key == "as" else 1
        else:
            break
    return start


def _participle_clause(tokens: list[Token], past: frozenset[str]) -> bool:
    """Whether a descriptor is a participle clause ("wearing a hat", "speaking to reporters"),
    not a noun phrase ("retired teacher", "elected official")."""
    if len(tokens) < 2:
        return False
    first, nxt = tokens[0], tokens[1]
    return (
        first.text.islower()
        and first.key.endswith(("ing", "ed"))
        and first.key not in past
        and (nxt.key in DETERMINERS or nxt.key in AFTER_PARTICIPLE or not nxt.text[:1].isalnum())
    )


def _candidacy_head(tokens: list[Token], w: _WordLists) -> tuple[int, int] | None:
    """Token range of a candidate's head word ("nominee" in "the Republican nominee", "opponent"
    in "his Democratic opponent"), None when the phrase's head is none or follows "former"."""
    i = 0
    while i < len(tokens) and tokens[i].key in _DESCRIPTOR_LEAD:
        i += 1
    core, _rest = split_at_break(tokens[i:])
    words = [t for t in core if t.text[:1].isalnum()]
    if not words or any(t.key in w.past for t in words):
        return None
    k = len(words) - 1
    if len(words) >= 2 and f"{words[-2].key} {words[-1].key}" in w.candidacy:
        k -= 1
    elif words[-1].key in w.race_rivals:
        if len(words) < 2 or words[-2].key not in w.race_words:
            return None
    elif words[-1].key not in w.candidacy:
        return None
    first = tokens.index(words[k])
    return first, tokens.index(words[-1]) + 1


def _surface(tokens: list[Token]) -> str:
    """The words of a lexicon match as written, without a leading determiner."""
    words = [t.text for t in tokens if t.key not in DETERMINERS] or [t.text for t in tokens]
    return " ".join(words)


def _strip(tokens: list[Token]) -> list[Token]:
    i = 0
    while i < len(tokens) and (tokens[i].key in DETERMINERS or tokens[i].key in HONORIFICS):
        i += 1
    return tokens[i:]


def _name_start(
    tokens: list[Token], start: int, h: int, matched: set[int], inner: Iterable[int] = ()
) -> int:
    """Where the capitalised name ending at *h* begins (so a title sits right before it).

    A matched word among *inner* is passed over when an unmatched capitalised word stands
    right before it ("National Democratic Front").
    """
    passable = set(inner)
    j = h
    while j > start and (
        j - 1 not in matched
        or (j - 1 in passable and j - 2 >= start and j - 2 not in matched
            and tokens[j - 1].text[:1].isupper() and tokens[j - 2].text[:1].isupper())
    ) and (
        tokens[j - 1].text[:1].isupper()
        or tokens[j - 1].key in ("al", "el", "bin", "de", "van", "von", "la", "le", "da", "'")
    ):
        j -= 1
    return j


def _post_modifiers(
    tokens: list[Token], prepositions: frozenset[str] = AFFILIATION_PREPOSITIONS
) -> list[list[Token]]:
    """Prepositional phrases after a head: "for the Pentagon", "at the State Department"."""
    out: list[list[Token]] = []
    current: list[Token] | None = None
    for t in tokens:
        if t.key in prepositions:
            if current:
                out.append(current)
            current = [t]
        elif t.key in ("who", "whom", "whose", "which", "that", "said", "says", "told"):
            break  # a relative clause or the reporting verb: the noun phrase is over
        elif current is not None:
            punct = not t.text[:1].isalnum() and t.text not in ("&", "-") and t.key != "'s"
            if punct:
                out.append(current)
                current = None
            else:
                current.append(t)
    if current:
        out.append(current)
    return out


def _modifier_finding(
    tokens: list[Token], mod: list[Token], inside: bool, got: tuple[str, str, str]
) -> _Finding:
    """The affiliation finding of an organisation named in a modifier ("of X", "from X"):
    located on the mention's tokens when the modifier is inside the mention, else unlocated."""
    typ, name, pack = got
    first = _index_of(tokens, mod[0]) if inside else None
    if first is None:
        return _Finding("affiliation", typ, pack, name, -1, -1, name)
    return _Finding("affiliation", typ, pack, name, first, first + len(mod), name)


def _index_of(tokens: list[Token], token: Token) -> int | None:
    for j, t in enumerate(tokens):
        if t.start == token.start:
            return j
    return None
