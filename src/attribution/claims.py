"""Claims: turn parsed blocks and their attributions into the final :class:`Article`.

Attributed claims come one per content piece. Quotes that no cue covers continue the
previous speaker when they sit in a paragraph with no cue of its own. Everything else in the
headline, related headlines and body is covered by unattributed claims in the reporter's own
voice. Sources are grouped by :mod:`attribution.coref` and typed by the source typer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from attrs import define

from ._model import (
    Article,
    Block,
    BlockKind,
    Channel,
    Claim,
    ClaimKind,
    Cue,
    Source,
    SourceMention,
    Span,
)
from ._parsed import ParsedText, Sentence, Token
from .attributions import (
    RawAttribution,
    extract_sentence,
    has_hedge,
    headline_colon,
    source_phrase,
    speaker_turn,
    widen_to_quotes,
)
from .coref import Entity, Mention, mention_kind, name_mentions, possessive_antecedent, resolve
from .cues import CueLexicon
from .layout import CLAIM_BLOCKS
from .quotes import Quote, find_quotes
from .sources.facts import EntityFacts, MentionFacts, TypeDecision

__all__ = ["Typer", "build_article"]


class Typer(Protocol):
    """Anything that types a source entity (see :class:`attribution.sources.SourceTyper`)."""

    def classify(self, facts: EntityFacts) -> TypeDecision: ...


@define
class _Found:
    att: RawAttribution
    block: Block
    sentence: Sentence
    mention: int | None = None  # index into the mention list


@define
class _Draft:
    span: tuple[int, int]
    kind: ClaimKind
    block: BlockKind
    found: _Found | None = None
    hedged: bool = False
    cue: Cue | None = None
    channel: Channel | None = None
    continued: bool = False  # a quote that continues an earlier speaker: no local mention
    prefix: tuple[int, int] | None = None  # the part of the content before its cue


def build_article(
    text: str,
    blocks: Sequence[Block],
    parses: Sequence[ParsedText],
    lex: CueLexicon,
    typer: Typer,
) -> Article:
    """Assemble the Article of *text* from its blocks and the parse of each claim block.

    ``parses[i]`` is the parse of ``blocks[i]`` with offsets into *text* (empty for blocks
    that carry no claims).
    """
    quotes = find_quotes(text, blocks)
    found: list[_Found] = []
    for block, parse in zip(blocks, parses, strict=True):
        if block.kind not in CLAIM_BLOCKS:
            continue
        if block.kind in ("headline", "related_headline", "body"):
            turn = headline_colon if block.kind != "body" else speaker_turn
            colon = turn(text, block.span.start, block.span.end, lex)
            if colon is not None:
                sent = _sentence_at(parse, colon.cue[0])
                if sent is not None:
                    found.append(_Found(colon, block, sent))
        for sent in parse.sentences:
            for att in extract_sentence(sent, lex, _quote_before(sent, quotes, text, block),
                                        _quote_after_colon(sent, quotes, text)):
                if any(f.att.cue[0] <= att.cue[0] < f.att.cue[1] for f in found):
                    continue
                found.append(_Found(att, block, sent))
    found.sort(key=lambda f: f.att.cue[0])
    # a cue inside a quotation without a named subject ('"... I think ...," she said') is the
    # quoted speaker's own wording, not a report the article attributes; so is any cue in a
    # quotation that another report outside it already attributes
    found = [
        f for f in found
        if not (_inside_quote(f.att.cue, quotes)
                and (not f.att.proper or _quote_reported(f, found, quotes)))
    ]
    # the same for a cue inside a transcript's turn of speech ("ROE: ... They want safe
    # streets ..."): the turn is the speaker's own wording
    turns = [f.att.contents[0] for f in found if f.att.verbatim and f.att.cue_kind == "colon"]
    found = [f for f in found if f.att.proper or f.att.cue_kind == "colon" or not any(
        a <= f.att.cue[0] < b for a, b in turns)]

    context = _context_names(parses, blocks)
    while True:  # (ends: every round that does not break drops at least one report)
        mentions = _mentions(found, text, context)
        entities = resolve(mentions, text)  # sets each mention's entity
        sources, source_of_entity = _sources(text, mentions, entities, found, typer)
        impersonal = _impersonal_sources(text, found, typer, sources)

        drafts = _attributed_drafts(text, found, quotes)

        continued = _continued_quotes(text, found, quotes, drafts, blocks,
                                      _entity_lookup(mentions))
        # a cue inside a quotation that continues another speaker ('"...," Roe said. "The
        # mayor said he would help."') is that speaker's wording too: drop it and assemble
        # again without it
        continuing = {d.span: d.found for d in continued}
        inside = {id(f) for f in found for q in quotes
                  if continuing.get((q.start, q.end), f) is not f
                  and _inside_quote(f.att.cue, [q])}
        if not inside:
            break
        found = [f for f in found if id(f) not in inside]
    drafts += continued
    drafts += _unattributed_drafts(text, blocks, parses, drafts, lex)
    drafts.sort(key=lambda d: (d.span[0], -d.span[1]))

    claims = []
    for n, d in enumerate(drafts, 1):
        source = None
        mention = None
        if d.found is not None and d.found.att.impersonal:
            source = impersonal.get(d.found.att.cue)
        elif d.found is not None and d.found.mention is not None:
            entity = mentions[d.found.mention].entity
            source = source_of_entity.get(entity)
            m = d.found.att.source
            if m is not None and not d.continued:
                mention = Span.from_text(text, *m)
        claims.append(
            Claim(
                id=f"C{n}",
                span=Span.from_text(text, *d.span),
                kind=d.kind,
                source=source,
                source_mention=mention,
                cue=d.cue,
                hedged=d.hedged,
                block=d.block,
                channel=d.channel,
                prefix=None if d.prefix is None else Span.from_text(text, *d.prefix),
            )
        )
    return Article(text=text, blocks=tuple(blocks), claims=tuple(claims), sources=tuple(sources))


def _entity_lookup(mentions: Sequence[Mention]) -> Callable[[_Found], int | None]:
    """The entity of a report's source mention, or None."""
    def entity_of(f: _Found) -> int | None:
        return None if f.mention is None else mentions[f.mention].entity
    return entity_of


def _quote_reported(f: _Found, found: Sequence[_Found], quotes: Sequence[Quote]) -> bool:
    """Whether the quotation around *f*'s cue is the content of a cue outside it."""
    for q in quotes:
        if not (q.start < f.att.cue[0] and f.att.cue[1] < q.end):
            continue
        for g in found:
            if g is f or (q.start <= g.att.cue[0] < q.end):
                continue
            if any(a < q.end and q.start < b for a, b in g.att.contents):
                return True
    return False


def _quote_before(
    sent: Sentence, quotes: Sequence[Quote], text: str, block: Block
) -> tuple[int, int] | None:
    """The closed quotation of the same block that ends right where *sent* starts."""
    for q in quotes:
        if (q.closed and block.span.start <= q.start and q.end <= sent.start
                and not text[q.end : sent.start].strip()):
            return (q.start, q.end)
    return None


def _quote_after_colon(
    sent: Sentence, quotes: Sequence[Quote], text: str
) -> tuple[int, int] | None:
    """The quotation that opens right after *sent* when the sentence ends in a colon ("In a
    1963 speech, he declared:" and a quoted paragraph after it)."""
    if not sent.tokens or sent.tokens[-1].text != ":":
        return None
    for q in quotes:
        if q.start >= sent.end and not text[sent.end : q.start].strip():
            return (q.start, q.end)
    return None


def _inside_quote(span: tuple[int, int], quotes: Sequence[Quote]) -> bool:
    return any(q.start < span[0] and span[1] < q.end for q in quotes)


def _sentence_at(parse: ParsedText, offset: int) -> Sentence | None:
    for sent in parse.sentences:
        if sent.start <= offset < sent.end + 1:
            return sent
    return parse.sentences[-1] if parse.sentences else None


_ContextName = tuple[int, int, str, tuple[tuple[int, int], ...]]


def _context_names(parses: Sequence[ParsedText], blocks: Sequence[Block]) -> list[_ContextName]:
    """Named subjects of any clause, with their appositions: antecedents for pronoun sources
    ("He said ..."), and what a later mention of the name is told ("Jane Roe, a pollster at
    X, took the stage. ... Ms. Roe said")."""
    names: list[_ContextName] = []
    for block, parse in zip(blocks, parses, strict=True):
        if block.kind not in CLAIM_BLOCKS:
            continue
        for sent in parse.sentences:
            for tok in sent.tokens:
                if tok.upos == "PROPN" and tok.deprel in ("nsubj", "nsubj:pass"):
                    found = source_phrase(sent, tok)
                    if found is not None:
                        start, end = found.span
                        # "Roe, the chairman of X, is ...": the parse may take the apposition
                        # for a second subject and the phrase for one; the name ends at the
                        # comma
                        comma = next((t for t in sent.tokens if t.text == "," and
                                      t.start >= tok.end and t.end <= end), None)
                        if comma is not None and comma.index > 0 and _trailing_apposition(
                                sent, sent.tokens[comma.index - 1].end) is not None:
                            end = sent.tokens[comma.index - 1].end
                        described = found.descriptors
                        if not described:
                            after = _trailing_apposition(sent, end)
                            described = () if after is None else (after,)
                        names.append((start, end, tok.text, described))
    return names


_APPOSITION_END = {",", ".", ";", ":", "!", "?", "(", ")", "--", "—", "–", '"', "“", "”", "''",
                   "``"}


def _trailing_apposition(
    sent: Sentence, end: int, avoid: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """The noun phrase set off by commas right after a name that the parse did not hang on it
    as an apposition ("Jane Roe, the director of X, said"; "said Jane Roe, a pollster at X.").

    Read by word order: a comma, then words up to the next comma or the end of the sentence
    that start with a determiner, an adjective, a noun or a possessor ("Mr. Roe's deputy"),
    hold a common noun before any verb and no auxiliary or pronoun ("who", "adding that" and
    "the bill would pass" are no appositions), not followed by "and"/"or" (a list of names).
    Nothing that overlaps *avoid* (the attribution's contents).
    """
    toks = sent.tokens
    i = next((t.index for t in toks if t.start >= end), None)
    if i is None or toks[i].text != "," or i + 1 >= len(toks):
        return None
    seg: list[Token] = []
    j = i + 1
    while j < len(toks) and toks[j].text not in _APPOSITION_END:
        seg.append(toks[j])
        j += 1
    if not seg or len(seg) > 16:
        return None
    if j < len(toks) and toks[j].text == "," and j + 1 < len(toks) and (
        toks[j + 1].upos == "CCONJ"
    ):
        return None
    first = seg[0]
    if first.upos not in ("DET", "ADJ", "NOUN", "PROPN") or (
        first.upos == "PROPN" and not any(t.text in ("'s", "’s") for t in seg[:4])
    ):
        return None
    if any(t.upos in ("AUX", "PRON") for t in seg):
        return None
    noun = next((k for k, t in enumerate(seg) if t.upos == "NOUN"), None)
    verb = next((k for k, t in enumerate(seg) if t.upos == "VERB"), len(seg))
    if noun is None or verb < noun:
        return None
    span = (seg[0].start, seg[-1].end)
    if any(a < span[1] and span[0] < b for a, b in avoid):
        return None
    return span


def _mentions(found: list[_Found], text: str, context: list[_ContextName]) -> list[Mention]:
    """Source mentions and named context mentions, in text order.

    A source mention keeps the appositions of the same name read as a clause's subject when
    its attribution has none of its own ("Jane Roe, a pollster at X, said": the parse may
    hang the apposition on the subject and not on the source phrase of the cue).
    """
    items: list[tuple[int, int, _Found | None, str, tuple[tuple[int, int], ...]]] = []
    for f in found:
        att = f.att
        if att.source is None or att.impersonal:
            continue
        described = att.descriptors
        if not described and att.proper:
            after = _trailing_apposition(f.sentence, att.source[1], att.contents)
            described = () if after is None else (after,)
        items.append((att.source[0], att.source[1], f, att.source_head or "", described))
    taken = [(s, e) for s, e, _, _, _ in items]
    for s, e, head, described in context:
        if not any(a < e and s < b for a, b in taken):
            items.append((s, e, None, head, described))
            continue
        if not described:
            continue
        for k, (a, b, owner, h, own) in enumerate(items):
            if owner is not None and not own and a == s and b == e:
                items[k] = (a, b, owner, h, described)
    items.sort(key=lambda x: (x[0], x[1]))
    mentions: list[Mention] = []
    for s, e, owner, head, described in items:
        if owner is None:
            mentions.append(Mention(s, e, text[s:e], mention_kind(text[s:e], True, False), head,
                                    descriptors=described))
            continue
        owner.mention = len(mentions)
        mentions.append(
            Mention(
                start=s,
                end=e,
                text=text[s:e],
                kind=mention_kind(text[s:e], proper=owner.att.proper, pronoun=owner.att.pronoun),
                head=head,
                relative_to=owner.att.relative_to,
                descriptors=described,
            )
        )
    return mentions


def _sources(
    text: str,
    mentions: list[Mention],
    entities: Sequence[Entity],
    found: list[_Found],
    typer: Typer,
) -> tuple[list[Source], dict[int, Source]]:
    """One typed Source per entity with at least one attributed mention.

    The typer sees each mention's parse (head, possessor, modifiers) and every apposition of
    the entity's mentions. A possessive pronoun that opens a mention ("his aides") is given
    the mention it stands for as the possessor ("Mr. Obama"), so that the role takes its
    owner's type as in "Mr. Obama's aides".
    """
    by_mention = {f.mention: f for f in found if f.mention is not None}
    groups: dict[int, list[int]] = {}
    for mi, m in enumerate(mentions):
        groups.setdefault(m.entity, []).append(mi)
    sources: list[Source] = []
    source_of_entity: dict[int, Source] = {}
    attributed = {m.entity for mi, m in enumerate(mentions) if mi in by_mention}
    named_again = name_mentions(text, mentions, entities, attributed)
    for entity, members in sorted(groups.items(), key=lambda kv: mentions[kv[1][0]].start):
        spans: dict[tuple[int, int], SourceMention] = {}
        facts: list[MentionFacts] = []
        descriptors: dict[tuple[int, int], Span] = {}
        if not any(mi in by_mention for mi in members):
            continue  # only named context mentions: not a source
        for mi in members:
            m = mentions[mi]
            if mi not in by_mention:
                span = Span.from_text(text, m.start, m.end)
                spans.setdefault((m.start, m.end), SourceMention(span, m.kind))
                facts.append(MentionFacts.from_span(span, m.kind))
                for d in m.descriptors:
                    descriptors[d] = Span.from_text(text, *d)
                continue
            att = by_mention[mi].att
            local = (att.source[0], att.source[1]) if att.source else (m.start, m.end)
            local_kind = mention_kind(text[local[0] : local[1]], att.proper, att.pronoun)
            spans[local] = SourceMention(Span.from_text(text, *local), local_kind)
            possessor = None if att.possessor is None else Span.from_text(text, *att.possessor)
            owner = possessive_antecedent(entities, mentions, mi, text)
            if owner is not None and local == (m.start, m.end):
                possessor = Span.from_text(text, mentions[owner].start, mentions[owner].end)
            facts.append(
                MentionFacts(
                    span=Span.from_text(text, *local),
                    kind=local_kind,
                    head=att.source_head,
                    head_lemma=att.source_head_lemma,
                    possessor=possessor,
                    modifiers=tuple(Span.from_text(text, *x) for x in att.modifiers),
                )
            )
            if att.relative_to is not None:
                rs, re_ = att.relative_to
                rel_kind = mention_kind(text[rs:re_], proper=False, pronoun=False)
                spans.setdefault(att.relative_to,
                                 SourceMention(Span.from_text(text, rs, re_), rel_kind))
                facts.append(MentionFacts.from_span(Span.from_text(text, rs, re_), rel_kind))
            for d in m.descriptors:
                descriptors[d] = Span.from_text(text, *d)
        for a, b in named_again.get(entity, ()):
            spans.setdefault((a, b), SourceMention(Span.from_text(text, a, b),
                                                   mention_kind(text[a:b], True, False)))
        ordered = sorted(spans.values(), key=lambda sm: sm.span.start)
        described = tuple(sorted(descriptors.values(), key=lambda s: s.start))
        source_of_entity[entity] = _typed_source(
            typer, sources, _canonical_name(ordered), tuple(ordered),
            tuple(sorted(facts, key=lambda mf: mf.span.start)), described)
    return sources, source_of_entity


def _typed_source(
    typer: Typer,
    sources: list[Source],
    name: str,
    mentions: tuple[SourceMention, ...],
    facts: tuple[MentionFacts, ...],
    descriptors: tuple[Span, ...] = (),
) -> Source:
    """The next Source of *sources* (appended), typed by *typer* from its mentions' facts."""
    decision = typer.classify(EntityFacts(name=name, mentions=facts, descriptors=descriptors))
    source = Source(
        id=f"S{len(sources) + 1}",
        name=name,
        type=decision.type,
        type_path=decision.type_path,
        mentions=mentions,
        descriptors=descriptors,
        affiliation=decision.affiliation,
        anonymous=decision.anonymous,
        evidence=decision.evidence,
    )
    sources.append(source)
    return source


def _impersonal_sources(
    text: str, found: list[_Found], typer: Typer, sources: list[Source]
) -> dict[tuple[int, int], Source]:
    """One anonymous Source per impersonal cue ("It is believed", "is said"), appended to
    *sources*; keyed by the cue's offsets.

    The article does not say who believes or says it, so each such cue is a source of its
    own (two "It is believed" need not be the same people), named by the cue's words and
    marked anonymous by the typer (an ``impersonal`` mention).  The claim has no local source
    mention: the words are the cue, not a name.
    """
    out: dict[tuple[int, int], Source] = {}
    for f in found:
        if not f.att.impersonal or not f.att.contents or f.att.cue in out:
            continue
        span = Span.from_text(text, *f.att.cue)
        out[f.att.cue] = _typed_source(typer, sources, span.text,
                                       (SourceMention(span, "impersonal"),),
                                       (MentionFacts.from_span(span, "impersonal"),))
    return out


_NAME_RANK = {"name": 0, "acronym": 1, "short_name": 1, "description": 2, "anonymous": 3,
              "impersonal": 4, "pronoun": 5}


def _canonical_name(mentions: Sequence[SourceMention]) -> str:
    best = min(mentions, key=lambda m: (_NAME_RANK.get(m.kind, 9), -len(m.span.text)))
    return " ".join(best.span.text.split())


def _make_cue(text: str, att: RawAttribution) -> Cue:
    return Cue(
        span=Span.from_text(text, *att.cue),
        lemma=att.lemma,
        kind=att.cue_kind,
        stance=att.stance,
    )


def _attributed_drafts(text: str, found: list[_Found], quotes: Sequence[Quote]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for f in found:
        cue = _make_cue(text, f.att)
        first = len(drafts)
        if f.att.impersonal:
            # "It is believed that ...": a report by an unnamed source (see _sources)
            for span in f.att.contents:
                drafts.append(_Draft(span, "indirect", f.block.kind, f,
                                     f.att.hedged, cue, None))
        else:
            for span, widened in widen_to_quotes(f.att, quotes, text):
                kind: ClaimKind = "direct" if f.att.verbatim else widened
                drafts.append(
                    _Draft(span, kind, f.block.kind, f, f.att.hedged, cue, f.att.channel))
        prefix = f.att.content_prefix
        if prefix is not None and first < len(drafts) and prefix[1] <= drafts[first].span[0]:
            # (the prefix goes with the first content, unless a quotation around it took it in)
            drafts[first].prefix = prefix
    return drafts


def _continued_quotes(
    text: str,
    found: list[_Found],
    quotes: Sequence[Quote],
    drafts: list[_Draft],
    blocks: Sequence[Block],
    entity: Callable[[_Found], int | None],
) -> list[_Draft]:
    """Quotes no cue covers continue the latest quoted speaker.

    In the same paragraph, after that speaker's quote ('"...," she said. "..."', also past
    another cue of the same speaker: "..., who noted that ..."), the quote shares its cue: one
    attribution with several contents. In a later paragraph with no cue of its own (the wire
    convention for long quotes) it shares the cue too, but has no local mention.
    """
    out: list[_Draft] = []
    for q in quotes:
        if q.words(text) < 4 and not _quoted_sentence(text, q):
            continue  # scare quotes and titles are not claims ('"Don't believe it."' is)
        if any(d.span[0] < q.end and q.start < d.span[1] and not _reported_inside(d, q)
               for d in drafts + out):
            continue
        block = next((b for b in blocks if b.span.start <= q.start < b.span.end), None)
        if block is None or block.kind != "body":
            continue
        # the quoted speaker closest before the quote (drafts are in cue order, not text order)
        candidates = [d for d in drafts + out
                      if d.span[1] <= q.start and d.found is not None
                      and d.kind in ("direct", "mixed")]
        # in the quote's own paragraph a full quotation is the better guide than a mixed
        # one ('"A," said X, who noted that B "c". "D."': D continues A)
        direct_here = [d for d in candidates
                       if d.kind == "direct" and d.span[0] >= block.span.start]
        # ('"... not like him," she said in December. "My father ..."' with a mark the
        # writer got wrong: a content before its cue, the quote right after the cue's
        # sentence, is a quoted speaker too)
        direct_here += [
            d for d in drafts + out
            if d.found is not None and d.cue is not None and d.kind == "indirect"
            and d.span[0] >= block.span.start and d.span[1] <= d.cue.span.start
            and d.cue.span.end <= q.start and len(text[d.cue.span.end : q.start]) <= 60
            and "\n" not in text[d.cue.span.end : q.start]
            and text[d.cue.span.end : q.start].rstrip().endswith(".")
        ]
        speaker = max(direct_here or candidates, key=lambda d: d.span[1], default=None)
        if speaker is None or speaker.found is None:
            continue
        same_paragraph = block.span.start <= speaker.span[0]
        if same_paragraph:
            between = (speaker.span[1], q.start)
            speaker_entity = entity(speaker.found)
            if any(between[0] <= f.att.cue[0] < between[1] and f is not speaker.found
                   and (speaker_entity is None or entity(f) != speaker_entity)
                   for f in found):
                continue  # another speaker's cue sits between them
            out.append(_Draft((q.start, q.end), "direct", block.kind, speaker.found,
                              speaker.hedged, speaker.cue, speaker.channel))
            continue
        if any(block.span.start <= f.att.cue[0] < block.span.end for f in found):
            continue
        gap = text[speaker.span[1] : q.start]
        if gap.count("\n") > 2 and not q.continues:
            continue
        if not q.continues and text[block.span.start : q.start].strip():
            # ('..., Roe wrote, that X had "more than one conversation"': a quoted phrase
            # inside a paragraph of the reporter's is no quote paragraph)
            continue
        # one report over several paragraphs: the quote keeps the speaker's cue (as in
        # PolNeAR, one attribution with several contents) but has no local mention
        out.append(_Draft((q.start, q.end), "direct", block.kind, speaker.found,
                          speaker.hedged, speaker.cue, speaker.channel, continued=True))
    return out


def _quoted_sentence(text: str, quote: Quote) -> bool:
    """A short quotation that is a sentence of its own: '... she said. "Don't believe it."'."""
    inner = text[quote.start : quote.end].strip("\"“”'‘’` ")
    before = text[: quote.start].rstrip()
    return (quote.words(text) >= 2 and inner[:1].isupper() and inner[-1:] in (".", "!", "?")
            and (not before or before[-1] in ".!?\n"))


def _reported_inside(draft: _Draft, quote: Quote) -> bool:
    """Whether *draft* is a report made inside *quote* ('"... Roe agrees with me," Doe
    said'): its cue lies within the quotation, which still belongs to whoever is quoted."""
    return draft.cue is not None and _inside_quote((draft.cue.span.start, draft.cue.span.end),
                                                   [quote])


def _unattributed_drafts(
    text: str,
    blocks: Sequence[Block],
    parses: Sequence[ParsedText],
    drafts: list[_Draft],
    lex: CueLexicon,
) -> list[_Draft]:
    covered: list[tuple[int, int]] = [d.span for d in drafts]
    for d in drafts:
        if d.cue is not None:
            covered.append((d.cue.span.start, d.cue.span.end))
        if d.prefix is not None:
            covered.append(d.prefix)
        if d.found is not None and d.found.att.source is not None:
            covered.append(d.found.att.source)
            covered.extend(d.found.att.descriptors)
    out: list[_Draft] = []
    for block, parse in zip(blocks, parses, strict=True):
        if block.kind not in CLAIM_BLOCKS:
            continue
        for sent in parse.sentences:
            touched = any(s < sent.end and sent.start < e for s, e in covered)
            if not touched:
                words = [t for t in sent.tokens if t.upos != "PUNCT"]
                if words:
                    out.append(_unattributed(text, sent, list(sent.tokens), block.kind, lex))
                continue
            for run in _uncovered_runs(sent, covered):
                words = [t for t in run if t.upos != "PUNCT"]
                if len(words) >= 4 and any(t.upos in ("VERB", "AUX") for t in words):
                    out.append(_unattributed(text, sent, run, block.kind, lex))
    return out


def _uncovered_runs(sent: Sentence, covered: list[tuple[int, int]]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    prev_free = False
    for tok in sent.tokens:
        free = not any(s <= tok.start and tok.end <= e for s, e in covered)
        if free:
            if prev_free:
                runs[-1].append(tok)
            else:
                runs.append([tok])
        prev_free = free
    return runs


def _unattributed(
    text: str, sent: Sentence, run: list[Token], block: BlockKind, lex: CueLexicon) -> _Draft:
    toks = list(run)
    while len(toks) > 1 and toks[0].upos == "PUNCT" and toks[0].text not in "\"“'‘(":
        toks.pop(0)
    while len(toks) > 1 and toks[-1].upos == "PUNCT" and toks[-1].text in ",;:-–—":
        toks.pop()
    ids = {t.index for t in toks}
    hedged = has_hedge(sent, ids, lex)
    cue = None
    for t in toks:
        if t.text.lower() in lex.hedge_adverbs:
            cue = Cue(Span.from_text(text, t.start, t.end), t.text.lower(), "adverb", "hedging")
            break
    return _Draft((toks[0].start, toks[-1].end), "unattributed", block, None, hedged, cue, None)
