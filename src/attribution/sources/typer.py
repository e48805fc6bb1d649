"""The source typer: gives a source entity a type, with evidence, affiliation and anonymity.

How it decides is documented in docs/sources.md. In short: every mention and descriptor is
analysed as a noun phrase (gazetteer names, lexicon words, titles, the head word, its possessor
and its prepositional modifiers); each finding becomes a :class:`~attribution.TypeEvidence` with
a priority from :data:`PRIORITIES`; the highest priority wins, then the deeper (more specific)
type, then the type with more votes at that priority, then the earliest evidence.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Final, TypeAlias

from attrs import frozen
from typing_extensions import Self

from .._model import Span, TypeEvidence
from ..exceptions import PluginError
from ._text import (
    AFFILIATION_PREPOSITIONS,
    BREAK_WORDS,
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    PRONOUNS,
    Token,
    is_break,
    keys,
    norm,
    plural_forms,
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
    "office": 55,  # an office title on a person known as a campaign figure ("Sen." + candidate)
    "head": 50,  # the mention's head noun is in the lexicon ("army", "war monitor")
    "fallback": 45,  # a role word's own default ("a senior official" -> government)
    "descriptor_weak": 45,  # a side word of a descriptor ("Vermont" in "a Vermont senator")
    "modifier": 40,  # another lexicon word or known name inside the mention ("Trump supporters")
    "party_label": 20,  # "(R-Tenn.)", "D-Calif.": a politician, when nothing says more
}
"""Priority of each kind of evidence; the highest wins (see docs/sources.md)."""

_NAMED_KINDS = frozenset({"name", "acronym", "short_name"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end a noun phrase without being its head: "a key supporter here".
_NOT_HEAD = _words(
    "here there now too also today tonight yesterday tomorrow then alone again still ago "
    "already recently currently himself herself themselves itself monday tuesday wednesday "
    "thursday friday saturday sunday"
)
_COPULAS = frozenset({"is", "was", "are", "were", "has", "had", "'s", "remains", "became"})
# Words that may open a descriptor before its noun phrase: "who is a spokesman for X".
_DESCRIPTOR_LEAD = frozenset(
    {"who", "which", "that", "is", "was", "are", "were", "has", "had", "been", "as", "now",
     "also", "and", "currently", "himself", "herself", ",", "(", "—", "–", "-"}
)
_PARTY_LABEL = re.compile(r"^[RDI]-[A-Z][A-Za-z]{1,12}\.?$")
# A role after these words is not the source's role at the time of the report.
_PAST = frozenset({"former", "onetime", "one-time", "erstwhile", "ex", "retired", "late"})
_Entry: TypeAlias = LexiconEntry | GazetteerEntry | TitleEntry


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
            g = self._gaz_cs.get(cs) or self._gaz_ci.get(k)
            if g is not None:
                return _Match(i, i + n, g)
            title = self._titles.get(k)
            if title is not None and i + n < len(tokens) and tokens[i + n].text[:1].isupper():
                return _Match(i, i + n, title)
            lex = self._lexicon.get(k)
            if lex is not None and not (
                # "Bill Richardson": a capitalised word before a name is part of the name
                n == 1 and lex.type == "document" and window[0].text[:1].isupper()
                and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
            ):
                return _Match(i, i + n, lex)
        return None

    def _scan(self, tokens: list[Token]) -> tuple[list[_Match], set[int], set[int]]:
        """Longest matches left to right; the token indexes after the first and before the last
        word of multi-word matches.

        Matches after "former" (or "ex", "retired"...) up to the end of that noun phrase are
        dropped: "a former Iowa governor" is not the source's role at the time of the report.
        """
        out: list[_Match] = []
        inside: set[int] = set()
        nonfinal: set[int] = set()
        past = False
        i = 0
        while i < len(tokens):
            key = tokens[i].key
            if key in _PAST:
                past = True
            elif key in BREAK_WORDS:
                past = False
            m = self._match_at(tokens, i)
            if m is None:
                i += 1
            else:
                inside.update(range(m.start + 1, m.end))
                nonfinal.update(range(m.start, m.end - 1))
                person = isinstance(m.entry, GazetteerEntry) and m.entry.kind == "person"
                if not past or person:
                    out.append(m)
                i = m.end
        return out, inside, nonfinal

    def _whole_name(self, tokens: list[Token]) -> GazetteerEntry | None:
        toks = _strip(tokens)
        while toks and toks[-1].key in ("'s", "'"):
            toks = toks[:-1]
        if not toks:
            return None
        cs = tuple(t.text.replace("’", "'").rstrip(".") for t in toks)
        return self._gaz_cs.get(cs) or self._gaz_ci.get(tuple(t.key for t in toks))

    def _org_type(self, tokens: list[Token]) -> tuple[str, str, str, int, int] | None:
        """Type of an organisation phrase ("the Pentagon", "the government", "Clinton's campaign").

        Returns (type, name, pack, first, last) with token indexes into *tokens*.
        """
        whole = self._whole_name(tokens)
        if whole is not None:
            return whole.type, whole.name, whole.pack, 0, len(tokens)
        found = [f for f in self._analyse(tokens, head=None, possessor=None, modifiers=())
                 if f.category in ("head", "affiliation", "gazetteer", "title")]
        if not found:
            return None
        f = max(found, key=lambda f: PRIORITIES[f.category])
        return f.type, f.affiliation or f.key, f.pack, f.first, f.last

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
        matches, inside, nonfinal = self._scan(tokens)
        brk = next(
            (j for j in range(1, len(tokens)) if j not in inside and is_break(tokens, j)),
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
            # a head inside a longer phrase ("Secretary" of "Secretary of State X") is a guess
            # that cut the phrase short: keep the typer's own head then
            if cands and cands[-1] not in nonfinal:
                h = cands[-1]
        core_matches = [m for m in matches if m.end > core_start and m.end <= brk]
        m_head = next((m for m in core_matches if m.start <= h < m.end), None)
        used: set[int] = set()
        is_name = tokens[h].text[:1].isupper() and (
            m_head is None or m_head.kind == "gazetteer"
        )
        if is_name:
            # a name: the rightmost title or role word right before it describes it
            matched = {j for m in core_matches for j in range(m.start, m.end)}
            name_start = (
                m_head.start if m_head is not None
                else _name_start(tokens, core_start, h, matched)
            )
            before = [m for m in core_matches if m.end <= name_start and m.kind != "gazetteer"]
            role = before[-1] if before else None
            if role is not None and role.end == _name_start(tokens, role.end, name_start, matched):
                used.add(id(role))
                if role.relational:
                    out.extend(self._relational(role, tokens, core_matches, possessor,
                                                modifiers, brk, used, "title"))
                elif role.type is not None:
                    out.append(_Finding(self._title_category(role, m_head), role.type,
                                        role.entry.pack, role.key, role.start, role.end))
        if m_head is not None and m_head.kind != "title":
            used.add(id(m_head))
            if m_head.relational:
                out.extend(self._relational(m_head, tokens, core_matches, possessor,
                                            modifiers, brk, used, "affiliation"))
            elif m_head.type is not None:
                category = "gazetteer" if m_head.kind == "gazetteer" else "head"
                out.append(_Finding(category, m_head.type, m_head.entry.pack, m_head.key,
                                    m_head.start, m_head.end))
        elif m_head is None and not is_name:
            # an unknown common noun ("the negotiator"): its organisation may tell
            org = self._organisation(tokens, core_matches, h, possessor, modifiers, brk, used)
            if org is not None:
                typ, key, pack, first, last, aff = org
                out.append(_Finding("affiliation", typ, pack, key, first, last, aff))
        for m in core_matches:
            if id(m) in used or m.type is None or m.relational:
                continue
            out.append(_Finding("modifier", m.type, m.entry.pack, m.key, m.start, m.end))
        return out

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
            return [_Finding(category, typ, pack, key, first, last, aff)]
        if role.type is not None:
            return [_Finding("fallback", role.type, role.entry.pack, role.key, role.start,
                             role.end)]
        return []

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
                and m.kind != "title" and m.type != "citizen"]
        if left:
            m = left[-1]
            used.add(id(m))
            aff = m.key if m.kind == "gazetteer" else _surface(tokens[m.start : m.end])
            return m.type or "", m.key, m.entry.pack, m.start, m.end, aff
        if possessor:
            got = self._org_type(possessor)
            if got is not None:
                typ, name, pack, _a, _b = got
                return typ, name, pack, 0, len(possessor), name
        mods = list(modifiers)
        if not mods and brk < len(tokens):
            mods = [(m, True) for m in _post_modifiers(tokens[brk:])]
        for mod, inside in mods:
            if not mod or mod[0].key not in AFFILIATION_PREPOSITIONS:
                continue
            got = self._org_type(mod[1:])
            if got is not None:
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
        for mention in facts.mentions:
            if mention.kind == "pronoun":
                continue
            ranked.extend(self._mention_evidence(mention))
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
        anonymous = self._anonymous(facts)
        if not ranked:
            fallback = "unknown" if "unknown" in self.taxonomy else next(iter(self.taxonomy))
            return TypeDecision(fallback, self.taxonomy.path(fallback), (), None, anonymous)
        votes = Counter((ev.priority, ev.type) for ev, _ in ranked)
        order = {id(ev): n for n, (ev, _) in enumerate(ranked)}
        ranked.sort(
            key=lambda pair: (
                -pair[0].priority,
                -self._depth.get(pair[0].type, 0),
                -votes[(pair[0].priority, pair[0].type)],
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

    def classify_text(self, *mentions: Span, descriptors: tuple[Span, ...] = ()) -> TypeDecision:
        """Shortcut: classify an entity given only its mention spans (heuristic facts)."""
        return self.classify(EntityFacts.from_spans(*mentions, descriptors=descriptors))

    def _evidence(
        self, phrase: _Phrase, findings: list[_Finding], context: str
    ) -> list[tuple[TypeEvidence, str | None]]:
        out: list[tuple[TypeEvidence, str | None]] = []
        for f in findings:
            if context == "descriptor":
                cat = {"modifier": "descriptor_weak", "fallback": "descriptor_fallback",
                       "office": "descriptor_fallback",
                       "party_label": "party_label"}.get(f.category, "descriptor")
                priority = PRIORITIES[cat]
                rule = f"{f.pack}:descriptor:{f.category}:{f.key}"
            else:
                priority = PRIORITIES[f.category]
                rule = f"{f.pack}:{f.category}:{f.key}"
            if 0 <= f.first < f.last <= len(phrase.tokens):
                span: Span | None = phrase.sub(f.first, f.last)
                text = span.text if span is not None else f.key
            else:
                span, text = None, f.key
            out.append((TypeEvidence(rule, f.type, text, span, priority), f.affiliation))
        return out

    def _mention_evidence(self, mention: MentionFacts) -> list[tuple[TypeEvidence, str | None]]:
        phrase = _Phrase(mention.span)
        possessor = None
        if mention.possessor is not None:
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
        findings = self._analyse(phrase.tokens, head, possessor, modifiers)
        if not findings and mention.head_lemma:
            entry = self._lexicon.get((norm(mention.head_lemma),))
            if entry is not None and entry.type is not None and not entry.relational:
                findings = [_Finding("head", entry.type, entry.pack, entry.phrase, -1, -1)]
        findings.extend(self._party_label(phrase.tokens))
        return self._evidence(phrase, findings, "mention")

    def _descriptor_evidence(self, span: Span) -> list[tuple[TypeEvidence, str | None]]:
        phrase = _Phrase(span)
        tokens = phrase.tokens
        # "who is a spokesman for X": type the noun phrase after a copula
        if tokens and tokens[0].key in ("who", "which", "that") and (
            len(tokens) < 2 or tokens[1].key not in _COPULAS
        ):
            # a relative clause with a full verb ("who spent Saturday in Iowa") is no role noun
            return []
        # "a former governor and a key supporter": each conjunct is a descriptor of its own
        starts = [0] + [
            j + 1 for j in range(len(tokens) - 1)
            if tokens[j].key in ("and", "but", "or") and tokens[j + 1].key in DETERMINERS
        ]
        ends = [j - 1 for j in starts[1:]] + [len(tokens)]
        shifted: list[_Finding] = []
        for start, stop in zip(starts, ends, strict=True):
            while start < stop and tokens[start].key in _DESCRIPTOR_LEAD:
                start += 1
            for f in self._analyse(tokens[start:stop], None, None, ()):
                if f.first >= 0:
                    f = _Finding(f.category, f.type, f.pack, f.key, f.first + start,
                                 f.last + start, f.affiliation)
                shifted.append(f)
        shifted.extend(self._party_label(tokens))
        return self._evidence(phrase, shifted, "descriptor")

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


def _surface(tokens: list[Token]) -> str:
    """The words of a lexicon match as written, without a leading determiner."""
    words = [t.text for t in tokens if t.key not in DETERMINERS] or [t.text for t in tokens]
    return " ".join(words)


def _strip(tokens: list[Token]) -> list[Token]:
    i = 0
    while i < len(tokens) and (tokens[i].key in DETERMINERS or tokens[i].key in HONORIFICS):
        i += 1
    return tokens[i:]


def _name_start(tokens: list[Token], start: int, h: int, matched: set[int]) -> int:
    """Where the capitalised name ending at *h* begins (so a title sits right before it)."""
    j = h
    while j > start and j - 1 not in matched and (
        tokens[j - 1].text[:1].isupper()
        or tokens[j - 1].key in ("al", "el", "bin", "de", "van", "von", "la", "le", "da", "'")
    ):
        j -= 1
    return j


def _post_modifiers(tokens: list[Token]) -> list[list[Token]]:
    """Prepositional phrases after a head: "for the Pentagon", "at the State Department"."""
    out: list[list[Token]] = []
    current: list[Token] | None = None
    for t in tokens:
        if t.key in AFFILIATION_PREPOSITIONS:
            if current:
                out.append(current)
            current = [t]
        elif current is not None:
            punct = not t.text[:1].isalnum() and t.text not in ("&", "-") and t.key != "'s"
            if punct or t.key in ("who", "which", "that", "said", "says", "told"):
                out.append(current)
                current = None
            else:
                current.append(t)
    if current:
        out.append(current)
    return out


def _index_of(tokens: list[Token], token: Token) -> int | None:
    for j, t in enumerate(tokens):
        if t.start == token.start:
            return j
    return None
