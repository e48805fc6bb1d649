"""Attribution relations: cue, local source mention and content(s), one sentence at a time.

Each extractor is a typed generator over one parsed sentence (textacy's pattern): reporting
verbs with their subject and complement, "according to X", headline colon attribution
("...: HNC") and impersonal hedges ("It is believed to ..."). Quotes found by
:mod:`attribution.quotes` widen contents to whole quotations and decide direct/mixed kinds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import evolve, frozen

from ._model import Channel, ClaimKind, CueKind, Stance
from ._parsed import Sentence, Token
from .cues import CueLexicon, VerbCue
from .quotes import Quote

__all__ = ["RawAttribution", "extract_sentence", "headline_colon"]

_SUBJ = ("nsubj", "nsubj:outer", "csubj")
_PASS_SUBJ = ("nsubj:pass", "csubj:pass")
_CUT_FROM_SOURCE = ("acl:relcl", "acl", "appos", "parataxis", "advcl", "dep")
_EDGE_PUNCT = set(",;:–—-()[]") | {"--", "...", "…"}
_REL_PRON = {"who", "which", "that", "whom"}
#: words that open a relative clause whose cue's content they stand in
_RELATIVE_WORDS_BEFORE = frozenset(_REL_PRON | {"what"})
# words that open a clause inside another ("will cost more than the city expected")
_SUBORDINATORS = {"than", "because", "if", "when", "that", "which", "who", "whom", "as",
                  "while", "since", "after", "before", "until", "although", "though",
                  "whether", "where", "unless"}
_HEDGE_AUX = {"may", "might", "could"}
# adverbs that join a cue's verb group only when they are not sentence connectives
_NOT_CUE_ADVERBS = {"however", "meanwhile", "then", "so", "thus", "therefore", "instead",
                    "still", "yet", "when", "where", "why", "how"}


@frozen
class RawAttribution:
    """One attribution found in one sentence, before coreference and typing.

    Attributes:
        cue: (start, end) of the cue words.
        lemma: The cue's lemma.
        cue_kind: verb, noun, phrase, colon, impersonal or adverb.
        stance: The cue's stance.
        contents: (start, end) of each content piece.
        source: (start, end) of the local source mention, or None.
        source_head: The head word of the source mention (for typing), or None.
        descriptors: (start, end) of appositions to the source.
        possessor: (start, end) of a possessor of the source ("the government's").
        modifiers: (start, end) of prepositional modifiers of the source head.
        relative_to: (start, end) of the noun a relative pronoun source ("who") stands for.
        channel: statement, interview, broadcast, social_media or document, if the text says.
        impersonal: True for "It is believed"-type cues: the claim is unattributed.
        hedged: True when the cue or content hedges.
        pronoun: True when the source mention is a pronoun.
        proper: True when the source mention contains a proper noun.
        verbatim: True when the content is the source's own words without quotation marks
            (a transcript's "NAME: ..." turn).
        attitude: True for a verb of wanting, believing or taking sides (see VerbCue).
        content_prefix: (start, end) of the part of the first content that comes before the
            cue: the relative word that stands for a noun outside the report ("which" in
            "the plan, which officials said will cost $5 billion") or an impersonal cue's
            subject ("The leaders were expected to ..."); or None.
    """

    cue: tuple[int, int]
    lemma: str
    cue_kind: CueKind
    stance: Stance
    contents: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None = None
    source_head: str | None = None
    source_head_lemma: str | None = None
    descriptors: tuple[tuple[int, int], ...] = ()
    possessor: tuple[int, int] | None = None
    modifiers: tuple[tuple[int, int], ...] = ()
    relative_to: tuple[int, int] | None = None
    channel: Channel | None = None
    impersonal: bool = False
    hedged: bool = False
    pronoun: bool = False
    proper: bool = False
    verbatim: bool = False
    attitude: bool = False
    content_prefix: tuple[int, int] | None = None

    @classmethod
    def from_phrase(
        cls, sent: Sentence, phrase: SourcePhrase, *, cue: tuple[int, int], lemma: str,
        stance: Stance, contents: tuple[tuple[int, int], ...], channel: Channel | None = None,
        hedged: bool = False, attitude: bool = False,
        content_prefix: tuple[int, int] | None = None,
    ) -> RawAttribution:
        """A verb cue's attribution whose source is *phrase* (with its descriptors,
        possessor, modifiers and relative antecedent)."""
        return cls(
            cue=cue, lemma=lemma, cue_kind="verb", stance=stance, contents=contents,
            source=phrase.span, source_head=phrase.head.text,
            source_head_lemma=phrase.head.lemma, descriptors=phrase.descriptors,
            possessor=phrase.possessor, modifiers=phrase.modifiers,
            relative_to=phrase.relative_to, channel=channel, hedged=hedged,
            pronoun=phrase.head.upos == "PRON", proper=_proper(sent, phrase.span),
            attitude=attitude, content_prefix=content_prefix,
        )


# -- small tree helpers --------------------------------------------------------------------
def _children(sent: Sentence, tok: Token, *rels: str) -> list[Token]:
    return [t for t in sent.tokens if t.head == tok.index and (not rels or t.deprel in rels)]


def _subtree_ids(sent: Sentence, index: int, cut: Iterable[str] = ()) -> set[int]:
    cut_set = set(cut)
    keep = {index}
    frontier = [index]
    kids: dict[int, list[Token]] = {}
    for t in sent.tokens:
        kids.setdefault(t.head, []).append(t)
    while frontier:
        node = frontier.pop()
        for child in kids.get(node, ()):
            if child.deprel in cut_set:
                continue
            if child.index not in keep:
                keep.add(child.index)
                frontier.append(child.index)
    return keep


def _runs(sent: Sentence, ids: set[int]) -> list[list[Token]]:
    """Contiguous runs of the tokens in *ids*, in order."""
    runs: list[list[Token]] = []
    for tok in sent.tokens:
        if tok.index in ids:
            if runs and runs[-1][-1].index == tok.index - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    return runs


def _trim(tokens: Sequence[Token]) -> list[Token]:
    """Drop punctuation at both edges (quote marks stay; so does a final stop inside them)
    and a leading conjunction."""
    toks = list(tokens)
    for _ in range(2):
        while toks and toks[0].text in _EDGE_PUNCT:
            toks.pop(0)
        if len(toks) > 1 and toks[0].deprel == "cc":
            toks.pop(0)
    while toks and (toks[-1].text in _EDGE_PUNCT or toks[-1].text in (".", "!", "?")):
        toks.pop()
    return toks


def _span(tokens: Sequence[Token]) -> tuple[int, int]:
    return tokens[0].start, tokens[-1].end


# -- sources -------------------------------------------------------------------------------
@frozen
class SourcePhrase:
    span: tuple[int, int]
    head: Token
    descriptors: tuple[tuple[int, int], ...]
    possessor: tuple[int, int] | None
    modifiers: tuple[tuple[int, int], ...]
    relative_to: tuple[int, int] | None


def source_phrase(
    sent: Sentence, head: Token, time_words: frozenset[str] = frozenset()
) -> SourcePhrase | None:
    """The noun phrase headed by *head* as a source: its span, appositions, possessor...

    Phrases of time the parse hung on the source are left out: "A Gallup poll last month"
    (a modifier headed by one of *time_words*), "Last month, the Chronicle" (a fronted
    phrase set off by a comma).
    """
    ids = _with_inner_modifiers(sent, _subtree_ids(sent, head.index, _CUT_FROM_SOURCE))
    # a by-agent's preposition is no part of its name: "(announced) by the ministry", nor is
    # an "as" the parse took for a preposition ("as a new poll showed")
    ids -= {c.index for c in _children(sent, head, "case") if c.text.lower() in ("by", "as")}
    # a name the parse split into sibling subjects ("Speaker", "Paul", "Ryan" each an nsubj
    # of "told"): adjacent siblings with the same relation belong to the phrase. Adjacent to
    # the words around the head: the parse may hang a far comma on it ("Sen. Jane Roe,
    # meanwhile, said" with "Roe" a sibling of "Sen." and the second comma on "Sen.")
    for step in (-1, 1):
        while True:
            i = head.index
            while i in ids:
                i += step
            sib = _ancestor_below(sent, i, head.head)
            if sib is None or sib is head or sib.deprel != head.deprel or sib.upos not in (
                "PROPN", "NOUN", "ADJ", "DET"
            ) or (_quotation_around(sent, sib.index) is not None) != (
                _quotation_around(sent, head.index) is not None
            ):
                break  # (a quotation the parse took for a sibling subject is no name part)
            grown = ids | _subtree_ids(sent, sib.index, _CUT_FROM_SOURCE)
            if i not in grown:
                break
            ids = grown
    for i in sorted(ids):
        t = sent.tokens[i]
        if t is not head and i in ids and (
            "tmod" in t.deprel or (t.text.lower() in time_words and t.deprel.split(":")[0]
                                   in ("nsubj", "nmod", "obl", "obj"))):
            ids -= _subtree_ids(sent, i)
    words = sent.tokens
    if head.upos == "NUM" and head.index + 2 < len(words):
        # a share the parse split: "Two in three", "four out of five"
        k = head.index + 1
        if words[k].text.lower() == "out" and k + 2 < len(words) and words[k + 1].text == "of":
            k += 1
        if words[k].text.lower() in ("in", "of") and words[k + 1].upos == "NUM":
            ids |= set(range(head.index, k + 2))
    commas = [i for i in ids if i < head.index and _separator(sent, sent.tokens[i])]
    if commas:
        lead = [sent.tokens[i] for i in ids if i < max(commas)]
        if any(t.upos in ("VERB", "ADP", "NUM") or t.text.lower() in time_words
               for t in lead):
            ids = {i for i in ids if i > max(commas)}
    if not ids:
        return None
    toks = _trim([t for t in sent.tokens if t.index in ids])
    # keep only the contiguous run that holds the head
    run = next((r for r in _runs(sent, {t.index for t in toks}) if head in r), None)
    if not run:
        return None
    run = _trim(run)
    # quotation marks and a preposition at the edges are no part of a name ("'' Ben Rhodes",
    # "with CNN's Gloria Borger")
    while run and run[0] is not head and (run[0].text in _QUOTES or run[0].upos == "ADP"):
        run = _trim(run[1:])
    while run and run[-1] is not head and run[-1].text in _QUOTES:
        run = _trim(run[:-1])
    if not run:
        return None
    commas = [k for k, t in enumerate(run) if t.text == "," and k > 0]
    if commas and run[0].index <= head.index < run[commas[-1]].index and _aside_adverbial(
        run[commas[-1] + 1 :]
    ):
        run = _trim(run[: commas[-1]])  # "Rush Limbaugh, for one," / "Roe, meanwhile,"
    after_head = [k for k, t in enumerate(run[:-1]) if t.text == "," and t.index > head.index]
    if after_head and run[after_head[0] + 1].text.lower() in _ASIDE_PREPOSITIONS:
        # "Mary Roe, in an attempt to draw attention to X, (wrote)", "Roe, on the other
        # hand,": a phrase set off after the name says why, where or how, it is no part of
        # it ("Jim Roe, of Texas,", "Ann Roe, at the institute,", "hawks, like Roe," are)
        run = _trim(run[: after_head[0]])
    opened = sum(t.text == "(" for t in run) - sum(t.text == ")" for t in run)
    if opened > 0 and run[-1].index + 1 < len(words) and words[run[-1].index + 1].text == ")":
        run = [*run, words[run[-1].index + 1]]  # "Bernie Sanders (Vt.)": close the bracket
    descriptors = []
    for app in _children(sent, head, "appos"):
        d = _trim([t for t in sent.tokens if t.index in _subtree_ids(sent, app.index)])
        if d:
            descriptors.append(_span(d))
    for rel in _children(sent, head, "acl:relcl"):
        # a non-restrictive relative clause describes the source: "Ms. Leon, who works ..."
        d = _trim([t for t in sent.tokens if t.index in _subtree_ids(sent, rel.index)])
        if d and d[0].index > 0 and sent.tokens[d[0].index - 1].text == ",":
            descriptors.append(_span(d))
    possessor = None
    for poss in _children(sent, head, "nmod:poss"):
        p = [t for t in sent.tokens if t.index in _subtree_ids(sent, poss.index)]
        if p:
            possessor = _span(p)
    modifiers = []
    for mod in _children(sent, head, "nmod"):
        m = [t for t in sent.tokens if t.index in _subtree_ids(sent, mod.index)]
        if m:
            modifiers.append(_span(m))
    relative_to = None
    if head.text.lower() in _REL_PRON and head.upos == "PRON":
        # "X, who said ...": the relative clause's verb hangs off X
        clause = _relcl_verb(sent, head)
        if clause is not None and clause.head >= 0:
            noun = sent.tokens[clause.head]
            cases = {c.index for c in _children(sent, noun, "case")}  # "by Ortiz, who ..."
            n = _trim(
                [
                    t
                    for t in sent.tokens
                    if t.index in _subtree_ids(sent, noun.index, _CUT_FROM_SOURCE) - cases
                ]
            )
            if n:
                relative_to = _span(n)
    return SourcePhrase(
        _span(run), head, tuple(descriptors), possessor, tuple(modifiers), relative_to
    )


#: prepositions that open a phrase set off after a source's name that is no part of it
_ASIDE_PREPOSITIONS = frozenset({"in", "on", "to", "during", "after", "before", "despite",
                                 "amid", "over"})


def _with_inner_modifiers(sent: Sentence, ids: set[int]) -> set[int]:
    """*ids* with what the cut took from inside the noun phrase: past participle phrases that
    restrict a noun ("a poll conducted in May", "people involved in the talks"; one set off by
    a comma, a bare participle or one holding a clause stays out), and an apposition to a noun
    below the head ("the director of the group, Jane Roe": the parse hung the name on
    "group"), which is part of the phrase, not a descriptor of the source."""
    grown = True
    while grown:
        grown = False
        for t in sent.tokens:
            if (t.deprel == "appos" and t.head in ids and t.index not in ids
                    and sent.tokens[t.head].head in ids):
                ids = ids | _subtree_ids(sent, t.index, _CUT_FROM_SOURCE)
                grown = True
                continue
            if t.deprel != "acl" or t.xpos != "VBN" or t.head not in ids or t.index in ids:
                continue
            sub = _subtree_ids(sent, t.index, _CUT_FROM_SOURCE)
            words = sorted(i for i in sub if sent.tokens[i].upos != "PUNCT")
            if len(words) < 2 or (words[0] > 0 and sent.tokens[words[0] - 1].text in _EDGE_PUNCT
                                  ) or any(sent.tokens[i].deprel in ("ccomp", "csubj")
                                           for i in sub):
                continue
            ids = ids | sub
            grown = True
    return ids


def _ancestor_below(sent: Sentence, index: int, top: int) -> Token | None:
    """The ancestor of token *index* whose head is *top* (the token itself included)."""
    if not 0 <= index < len(sent.tokens):
        return None
    cur = sent.tokens[index]
    for _ in range(len(sent.tokens)):
        if cur.head == top:
            return cur
        if cur.head < 0:
            return None
        cur = sent.tokens[cur.head]
    return None


def _phrase_head(tokens: Sequence[Token]) -> Token | None:
    """The head of a noun phrase read by word order: its last noun before the first
    preposition after its first word ("the Observatory" in "the Observatory for ...")."""
    first_adp = next((i for i, t in enumerate(tokens) if t.upos == "ADP" and i > 0), len(tokens))
    nouns = [t for t in tokens[:first_adp] if t.upos in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else None


def _phrase_of(tokens: list[Token], descriptors: list[list[Token]]) -> SourcePhrase:
    """A source phrase read by word order (see :func:`_phrase_head`)."""
    possessor = None
    for i, t in enumerate(tokens):
        if t.text in ("'s", "’s") and i > 0:
            possessor = (tokens[0].start, t.end)
    return SourcePhrase(
        span=(tokens[0].start, tokens[-1].end),
        head=_phrase_head(tokens) or tokens[-1],
        descriptors=tuple((d[0].start, d[-1].end) for d in descriptors if d),
        possessor=possessor,
        modifiers=(),
        relative_to=None,
    )


def _relcl_verb(sent: Sentence, tok: Token) -> Token | None:
    cur = tok
    for _ in range(len(sent.tokens)):
        if cur.head < 0:
            return None
        cur = sent.tokens[cur.head]
        if cur.deprel == "acl:relcl":
            return cur
    return None


_NOT_SOURCES = {"that", "what", "which", "this", "these", "those", "there", "here"}


def _surface_subject(
    sent: Sentence, verb: Token, content: set[int], lex: CueLexicon
) -> Token | None:
    """The speaker by word order when the parse gave the cue no subject: the noun phrase
    between the content and the verb ("..., police said") or right after the verb
    ("..., said a police spokesman")."""
    toks = sent.tokens
    reduced = _reduced_relative_subject(sent, verb, lex)
    if reduced is not None and reduced.index not in content and _can_be_source(sent, reduced, lex):
        return reduced
    if verb.index >= 1 and verb.xpos in ("VBP", "VBD", "VB") and (
        toks[verb.index - 1].text.lower() in _QUANTIFIER_SUBJECTS
    ) and (verb.index == 1 or toks[verb.index - 2].upos in ("PUNCT", "CCONJ")):
        # "Most believe that X", "Many fear Y", whatever the tagger made of the quantifier
        return toks[verb.index - 1]
    before = [t for t in toks[: verb.index] if t.index not in content]
    # (after "tell" comes whom, never who; nor is the verb's own object its speaker:
    # "calling them 'corporate welfare'")
    objects = {c.index for c in _children(sent, verb, "obj", "iobj")}
    after = [] if lex.verb_lemma(verb.text, verb.lemma) in lex.addressed_verbs else [
        t for t in toks[verb.index + 1 :] if t.index not in content]
    back = _skip_parenthetical(_skip_relative_aside(_skip_parenthetical(before[::-1])))
    for leftward, side in ((True, back), (False, after)):
        phrase: list[Token] = []
        of_at = None
        for k, t in enumerate(side):
            if leftward and t.text.lower() == "of" and of_at is None and phrase and (
                k + 1 < len(side) and (side[k + 1].upos == "PROPN" or (
                    # "60 percent of voters said": the share heads the phrase
                    side[k + 1].text.lower() in _SHARE_WORDS))
            ):
                # "Senator Jane Roe of Vermont said": the name before "of" heads the phrase
                of_at = len(phrase)
                continue
            if t.upos in ("PUNCT", "VERB", "ADP", "SCONJ", "CCONJ") and t.text not in "'’":
                break
            if t.upos in ("AUX", "ADV", "PART") and not phrase and leftward:
                continue  # "police have also said"
            phrase.append(t)
        heads = [t for t in phrase[of_at or 0 :] if t.upos in ("NOUN", "PROPN", "PRON")]
        if heads:
            head = heads[0] if leftward else heads[-1]
            while of_at is not None and head.deprel == "flat" and 0 <= head.head < head.index:
                head = toks[head.head]  # (the whole name: "Senator Jane Roe")
            if not leftward and any(
                t.index in objects or t.text.lower() in _OBJECT_PRONOUNS for t in heads
            ):
                continue
            if _can_be_source(sent, head, lex):
                return head
    return None


def _reduced_relative_subject(sent: Sentence, verb: Token, lex: CueLexicon) -> Token | None:
    """The subject of a cue the parse hung as a complement on a participle it took for the
    main verb: "New polls released Sunday showed ..." ("released" the root, "showed" its
    complement with "Sunday" for subject), "a report issued this year reported ...". The
    participle's subject, when the participle is no reporting verb, has no object and is
    followed by the cue with nothing but words of time between them."""
    if verb.deprel != "ccomp" or verb.head < 0 or _children(sent, verb, "mark"):
        return None
    host = sent.tokens[verb.head]
    if host.index > verb.index or host.upos != "VERB" or host.xpos not in ("VBD", "VBN") or (
        lex.verb_lemma(host.text, host.lemma) in lex.verbs
        or _children(sent, host, "obj", "aux", "aux:pass", "iobj")
    ):
        return None
    between = sent.tokens[host.index + 1 : verb.index]
    if not between or any(
        t.upos not in ("NOUN", "PROPN", "DET", "ADV", "ADJ", "NUM") for t in between
    ) or not any(t.text.lower() in lex.time_words for t in between):
        return None
    if any(c.text.lower() not in lex.time_words and c.index < verb.index
           for c in _children(sent, verb, *_SUBJ)):
        return None  # the cue has a subject of its own that is no word of time
    subjects = [c for c in _children(sent, host, "nsubj") if c.index < host.index]
    return subjects[0] if subjects else None


def _skip_parenthetical(leftward: list[Token]) -> list[Token]:
    """*leftward* (tokens read from the verb back) without a parenthesis that closes right
    before the verb: "Sen. Jane Roe (D-Ore.) also said" reads back to "Roe"."""
    skip = 0
    while skip < len(leftward) and leftward[skip].upos in ("ADV", "AUX", "PART"):
        skip += 1  # "also", "has", "not"
    if skip == len(leftward) or leftward[skip].text != ")":
        return leftward
    for k, t in enumerate(leftward[skip + 1 : skip + 9], start=skip + 1):
        if t.text == "(":
            return leftward[k + 1 :]
        if t.text == ")":
            break
    return leftward


def _skip_relative_aside(leftward: list[Token]) -> list[Token]:
    """*leftward* (tokens read from the verb back) without a relative clause set off by
    commas right before the verb: "Roe, who campaigned here this week, tweeted" reads back
    to "Roe"; so does a participle's clause ("Roe, wearing a red cap, said"), and any aside
    between dashes after a name ("Roe — who is listed as a lawyer — told X")."""
    if leftward and leftward[0].text in _DASHES:
        for k, t in enumerate(leftward[1:40], start=1):
            if t.text in _DASHES:
                if k > 1 and k + 1 < len(leftward) and leftward[k + 1].upos in (
                    "PROPN", "NOUN", "PRON"
                ):
                    return leftward[k + 1 :]
                break
        return leftward
    if not leftward or leftward[0].text != ",":
        return leftward
    for k, t in enumerate(leftward[1:30], start=1):
        if t.text == ",":
            # the aside's first word (in text order) is right after this comma
            if k > 1 and leftward[k - 1].xpos in ("VBG", "VBN") and not any(
                x.upos == "AUX" or x.xpos in ("VBD", "VBZ", "VBP") for x in leftward[1 : k - 1]
            ) and k + 1 < len(leftward) and leftward[k + 1].upos in ("PROPN", "NOUN"):
                return leftward[k + 1 :]
            return leftward
        if t.text.lower() in ("who", "which") and k + 1 < len(leftward) and (
            leftward[k + 1].text == ","
        ):
            return leftward[k + 2 :]
    return leftward


_DASHES = frozenset({"—", "–", "--"})
_NP_TAGS = ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "PART")
_OBJECT_PRONOUNS = {"me", "him", "her", "us", "them", "myself", "himself", "herself",
                    "itself", "ourselves", "themselves", "yourself", "yourselves"}


def _name_before_apposition(
    sent: Sentence, verb: Token, content: set[int], lex: CueLexicon
) -> SourcePhrase | None:
    """'..., Marcel Lazar, 44, said': the name before comma-set appositions that end right
    before the verb (the parse hung the name elsewhere), read by word order."""
    before = [t for t in sent.tokens[: verb.index] if t.index not in content]
    segments: list[list[Token]] = []
    current: list[Token] = []
    for t in reversed(before):
        if t.text == ",":
            if not current and not segments:
                continue  # the comma right before the verb
            segments.append(current)
            current = []
            if len(segments) == 3:
                break
            continue
        if (t.xpos == "HYPH" or (t.upos == "CCONJ" and t.text.lower() == "and") or (
                t.upos == "ADP" and t.text.lower() in ("of", "at", "for"))) and current:
            current.append(t)  # "front-runner", "president and general manager", "a member
            continue  # of the committee"
        if (t.upos not in _NP_TAGS and not (
            # ("Grant Young", "an unaligned strategist": a name or a participle the tagger
            # took for a verb)
            t.upos == "VERB" and (t.text[:1].isupper() or t.deprel == "amod")
        )) or (t.upos == "PART" and t.text not in ("'s", "’s")):
            if t.text in _DASHES or t.text in (";", ":"):
                # ("X was no accident — Jo Roe, a spokesman, told Y that ..."): a break
                # between clauses opens the name
                segments.append(current)
            break
        current.append(t)
    else:
        segments.append(current)
    segments = [seg[::-1] for seg in segments if seg]
    if len(segments) < 2 or not before or before[-1].text != ",":
        return None
    # the segment farthest from the verb is the name; those after it describe it
    name = segments[-1]
    while name and name[0].upos == "CCONJ":
        name = name[1:]  # ("X said Y, and Roe, an aide, said ...": the "and" joins clauses)
    if not name:
        return None
    named = any(t.upos == "PROPN" for t in name) or all(t.text[:1].isupper() for t in name) or (
        # ("her lawyer, Ann B. Roe, wrote": a role, then the name)
        any(t.upos == "NOUN" for t in name)
        and any(t.upos == "PROPN" for seg in segments[:-1] for t in seg))
    if not named or name[0].text.lower() in lex.time_words:
        return None
    return _phrase_of(name, segments[-2::-1])


_SUBORDINATING_ADP = {"as", "after", "before", "since", "until", "once", "because", "while"}
_APPROXIMATORS = {"about", "around", "nearly", "roughly", "almost", "over", "under"}
#: quantifiers that stand alone as a subject ("Most believe ...", "Many fear ...")
_QUANTIFIER_SUBJECTS = frozenset({"most", "many", "some", "few", "others", "half", "all",
                                  "several", "both"})
#: words that name a share of people ("half", "a majority") in poll copy
_SHARE_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent",
                "%", "dozen", "majority", "majorities", "plurality", "minority", "most",
                "respondents"}

#: words that open an adverbial clause before the cue ("After the meeting ended, ...")
_OPENING_SUBORDINATORS = _SUBORDINATING_ADP | {"when", "if", "although", "though"}


def _opens_with_subordinator(sent: Sentence, clause: Token) -> bool:
    """Whether *clause* is no quotation and its first word subordinates it ("After the
    meeting ended ...", "When the vote came ...")."""
    ids = _subtree_ids(sent, clause.index)
    if clause.head >= 0:
        # (the parse may have hung the clause's subject, with the subordinator, on the cue:
        # "After the meeting | ended ...")
        for c in _children(sent, sent.tokens[clause.head], "obl", "nsubj"):
            sub = _subtree_ids(sent, c.index)
            if min(ids) - 1 in sub:
                ids |= {i for i in sub if i < min(ids)}
    first = sent.tokens[min(ids)]
    # ("In a poll released Monday, ...": a preposition of a noun the parse took for the
    # subject of the participle opens a phrase, no clause)
    return (first.text.lower() in _OPENING_SUBORDINATORS or (
        first.upos == "ADP" and first.deprel == "case")) and all(
        sent.tokens[i].text not in _QUOTES for i in ids)


def _absolute_with(sent: Sentence, noun: Token) -> bool:
    """Whether *noun* heads an absolute "with" phrase whose participle follows it: "with 30
    percent of voters saying ..."."""
    return noun.upos in ("NOUN", "PROPN", "NUM", "PRON") and any(
        c.text.lower() == "with" for c in _children(sent, noun, "case")
    ) and any(a.xpos == "VBG" and a.index > noun.index for a in _children(sent, noun, "acl"))


def _can_be_source(sent: Sentence, tok: Token, lex: CueLexicon) -> bool:
    """Subjects that cannot name a speaker: adverbs, numerals, nouns of time ("Thursday",
    "days"), and pronouns such as "what" or "that" unless they open a relative clause ("the
    group, which said ...")."""
    subject = tok.deprel in ("nsubj", "nsubj:pass")
    if subject and tok.upos == "VERB" and tok.text[:1].isupper() and (
            tok.index > 0 or tok.head == 1):
        pass  # a name the tagger took for a verb ("Husted said", "Boreing said ..." first)
    elif subject and tok.upos == "NUM" and tok.text.isalpha():
        pass  # "Two in three said ...": a share of respondents
    elif tok.upos in ("ADV", "ADP", "SCONJ", "CCONJ", "PUNCT", "NUM", "VERB", "AUX"):
        return False
    if tok.deprel in ("obl:tmod", "obl:npmod"):
        return False
    if any(c.upos == "ADP" and c.text.lower() != "by" and not (
        # "as a new poll showed", "after the mogul entered the race": a subordinator misread
        # as the subject's preposition
        c.text.lower() in _SUBORDINATING_ADP and subject
    ) and not (
        # "with 30 percent saying ...": the subject of an absolute participle
        c.text.lower() == "with" and _absolute_with(sent, tok)
    ) and not (
        # "About three-quarters support ...": an approximator misread as a preposition
        c.text.lower() in _APPROXIMATORS and subject and c.index < tok.index
        and any(n.upos == "NUM" or n.text.lower() in _SHARE_WORDS
                for n in sent.tokens[c.index + 1 : tok.index + 1])
    ) and not (
        # "hours after Sanders said": the parse made the noun of time the subject
        c.text.lower() in ("after", "before") and tok.head >= 0
        and sent.tokens[tok.head].text.lower() in lex.time_words
    ) for c in _children(sent, tok, "case")):
        return False  # "over the port": a prepositional phrase is no speaker (a by-agent is)
    if tok.text.lower() in _NOT_SOURCES:
        return tok.text.lower() in ("that", "which") and _relcl_verb(sent, tok) is not None
    # "it is hard to blame anyone": "it" stands for the clause that follows
    return not (
        tok.text.lower() == "it" and tok.head >= 0 and sent.tokens[tok.head].upos == "ADJ"
        and bool(_children(sent, sent.tokens[tok.head], "xcomp", "ccomp", "csubj"))
    )


def _time_phrase(sent: Sentence, head: Token, time_words: frozenset[str]) -> bool:
    """A phrase that only says when: "last week", "that same day", "Sunday" (not "decades
    of support", "his candidacy last year")."""
    words = [sent.tokens[i] for i in _subtree_ids(sent, head.index, cut=("acl", "acl:relcl"))]
    return _is_time_noun(sent, head, time_words) and all(
        t.upos in ("DET", "ADJ", "NUM") or t.text.lower() in time_words for t in words)


#: singular nouns of time that need a determiner: bare and capitalised, one is a name
_COUNTED_TIMES = frozenset({"day", "week", "weekend", "month", "year", "decade", "hour",
                            "minute", "moment", "morning", "afternoon", "evening", "night",
                            "period", "season", "time"})


def _is_time_noun(sent: Sentence, tok: Token, time_words: frozenset[str]) -> bool:
    """A noun of time (one of *time_words*: "year", "Sunday"), unless it ends a name ("The
    New York Times") or is one, capitalised after "the" ("The Times said ..."), or is part
    of a hyphenated word ("the 46-year-old said")."""
    if tok.text.lower() not in time_words or any(
        # (a compound of times is still a time: "Tuesday morning")
        c.text.lower() not in time_words for c in _children(sent, tok, "compound", "flat")
    ):
        return False
    if tok.deprel.startswith("flat"):
        return False  # ("Kristen Day": the end of a name)
    if tok.text[:1].isupper() and tok.text.lower() in _COUNTED_TIMES and not any(
        c.upos != "PUNCT" for c in _children(sent, tok)
    ):
        return False  # ("Day said ...": a bare singular noun of time is a name)
    if any(0 <= k < len(sent.tokens) and sent.tokens[k].text in ("-", "‐")
           and (sent.tokens[k].xpos == "HYPH" or sent.tokens[k].start in (tok.end, tok.start - 1))
           for k in (tok.index - 1, tok.index + 1)):
        return False
    return not (tok.text[:1].isupper()
                and any(d.text.lower() == "the" for d in _children(sent, tok, "det")))


def _beside_time_word(sent: Sentence, tok: Token, lex: CueLexicon) -> Token | None:
    """The speaker in a subject the parse headed with a noun of time: "A CNN poll last month
    showed ..." (poll), "Last month, the Independent, a British newspaper, revealed ..."
    (Independent); None when the phrase names no one ("Just days later, ...")."""
    ids = _subtree_ids(sent, tok.index)
    best: Token | None = None
    best_depth = 0
    for i in sorted(ids):
        t = sent.tokens[i]
        if t.upos not in ("NOUN", "PROPN", "PRON") or t.text.lower() in lex.time_words:
            continue
        if any(c.upos == "ADP" for c in _children(sent, t, "case")) and not (
            # "hours after Sanders said ...": who spoke is the one the time is counted from
            t.head == tok.index and any(c.text.lower() in ("after", "before")
                                        for c in _children(sent, t, "case"))
        ):
            continue
        depth, cur = 0, t
        while cur.index != tok.index and cur.head >= 0 and depth < len(sent.tokens):
            cur = sent.tokens[cur.head]
            depth += 1
        if best is None or depth < best_depth:
            best, best_depth = t, depth
    return best


def _separator(sent: Sentence, tok: Token) -> bool:
    """A comma, or a dash that sets a phrase off (not the hyphen of "dollar-an-hour")."""
    if tok.text in _SEPARATORS:
        return True
    if tok.text != "-":
        return False
    words = sent.tokens
    glued_before = tok.index > 0 and words[tok.index - 1].end == tok.start
    glued_after = tok.index + 1 < len(words) and words[tok.index + 1].start == tok.end
    return not (glued_before and glued_after)


def _subject_hung_on_complement(sent: Sentence, verb: Token) -> Token | None:
    """A subject before the cue that the parse hung on the cue's complement clause after it
    ("A study by X concluded that ..., oil would have to ...": "study" as the subject of
    "have"), when the cue has none of its own."""
    if _children(sent, verb, *_SUBJ, *_PASS_SUBJ):
        return None
    for h in _children(sent, verb, "ccomp"):
        if h.index < verb.index:
            continue
        subjects = _children(sent, h, *_SUBJ, *_PASS_SUBJ)
        before = [c for c in subjects if c.index < verb.index]
        after = [c for c in subjects if c.index > verb.index] or [
            # ("X and Y say Florida Sen. Roe, hasn't been tested": the clause's own subject
            # taken for the cue's object)
            o for o in _children(sent, verb, "obj") if verb.index < o.index < h.index]
        if before and after and before[0].upos in ("NOUN", "PROPN", "PRON") and not any(
            t.text in _QUOTES for t in sent.tokens[before[0].index : verb.index]
        ):
            return before[0]
    return None


#: subordinators of a reason or condition that a speaker gives with a report
_SPEAKERS_CONDITIONS = frozenset({"because", "if", "unless", "once", "until"})

#: prepositions that open no clause: a phrase they open is never a subject ("... but on
#: Tuesday wrote that ..."), unlike "after" or "before" ("after Roe said ..."), which the
#: parse may take for a subject's preposition
_PLAIN_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "for", "from", "with",
                                 "over", "through", "within", "throughout", "into", "of"})


def _subject_of(sent: Sentence, verb: Token) -> Token | None:
    """The subject of *verb*, borrowed from the verb it is conjoined to or modifies, or
    taken back from its complement clause (see _subject_hung_on_complement)."""
    hung = _subject_hung_on_complement(sent, verb)
    if hung is not None:
        return hung
    seen = set()
    cur: Token | None = verb
    while cur is not None and cur.index not in seen:
        seen.add(cur.index)
        # ("... but on Tuesday wrote that ...": a phrase with a preposition is no subject)
        subj = [s for s in _children(sent, cur, *_SUBJ) if not any(
            k.text.lower() in _PLAIN_PREPOSITIONS and k.index == min(_subtree_ids(sent, s.index))
            for k in _children(sent, s, "case"))]
        if len(subj) > 1:
            # "''Jobs, jobs, jobs,'' Mrs. Clinton said": a quotation the parse took for a
            # second subject is what was said, not who said it
            subj = [s for s in subj if _quotation_around(sent, s.index) is None] or subj
            # "Roe, a pollster, said nearly every voter ...": with a subject before the verb,
            # one after it is the reported clause's
            subj = [s for s in subj if s.index < cur.index] or subj
            # "Rallying hundreds of workers, Clinton promised ...": a phrase set off by a
            # comma before the real subject is no subject
            # (or a dash: "Her embrace of X - Mrs. Roe said she would sign it - is ...")
            subj = [s for s in subj if not (s.index < cur.index and any(
                _separator(sent, t) for t in sent.tokens[s.index + 1 : cur.index]))] or subj
            # "the deal, which Doe called a disaster": the relative word the parse took for
            # a second subject stands for the object
            subj = [s for s in subj if not (
                s.text.lower() in _RELATIVE_WORDS_BEFORE - {"that"} and s.upos == "PRON"
                and any(o.index == s.index + 1 for o in subj))] or subj
        if subj:
            return _name_after_quote(sent, subj[0]) or subj[0]
        if cur is not verb and verb.xpos == "VBG" and verb.deprel in ("advcl", "conj") and (
            verb.head == cur.index and _children(sent, cur, "aux:pass")
        ):
            # "Silverman was booed after telling holdouts that ...": a participle's speaker
            # is the passive clause's subject, not its agent
            borne = _children(sent, cur, "nsubj:pass")
            if borne:
                return borne[0]
        agent = [
            c
            for c in _children(sent, cur, "obl:agent", "obl")
            if any(k.lemma == "by" and k.deprel == "case" for k in _children(sent, c))
        ]
        if agent and (_children(sent, cur, "aux:pass") or (
                cur.deprel in ("acl", "advcl") and cur.xpos == "VBN")):
            return agent[0]  # "was announced by X", "the plan, first reported by X"
        if cur is not verb and (verb.upos == "ADJ" or (
                # "Guidelines issued by X, telling schools ...": the parse took the participle
                # of a reduced relative for the main verb
                verb.xpos == "VBG" and cur.deprel == "root" and cur.xpos == "VBN"
                and not _children(sent, cur, "aux", "aux:pass"))):
            # "advisers were thrilled ... and confident that ...": who is in the state is the
            # passive subject
            borne = _children(sent, cur, "nsubj:pass")
            if borne:
                return borne[0]
        if cur is verb and _false_passive(sent, verb):
            return _children(sent, verb, *_PASS_SUBJ)[0]
        if cur is verb and verb.upos == "VERB" and _children(sent, cur, *_PASS_SUBJ):
            return None  # "..., after Sanders was declared the winner": no one named
        if cur is verb and verb.xpos == "VBN" and verb.deprel == "advcl" and not _children(
            sent, verb, "aux"
        ):
            # "Asked about X, Roe said ...", "..., especially when advised to ...": the
            # clause's subject is the one asked, not the one asking
            return None
        # (a dash between clauses too: "X is seen as Y - 60 percent said ..."; not the
        # hyphen of "(I-Vt.)", which has no space before it)
        breaks = [t.index for t in sent.tokens[cur.head + 1 : cur.index]
                  if t.text in (";", ":") or ((t.text in _DASHES or t.text == "-") and t.upos in (
                      "PUNCT", "SYM") and sent.tokens[t.index - 1].end < t.start)]
        if cur.deprel == "conj" and 0 <= cur.head < cur.index and breaks and any(
            t.upos in ("NOUN", "PROPN", "NUM", "PRON") for t in sent.tokens[breaks[-1] : cur.index]
        ):
            # "X had an effect: 20 percent said ...; 29 percent said ...": after a semicolon
            # or a colon, words before the verb are its own subject, whatever the parse
            # made of them ("...; and posted on Twitter that ..." goes on with the subject)
            return None
        if cur is verb and (cue := _second_report_of(sent, verb)) is not None:
            # ("Roe said the plan failed and blamed X": the speaker blamed X)
            cur = cue
            continue
        if cur.head >= 0 and (cur.deprel in ("conj", "xcomp", "advcl") or (
                # "Aides spent the day calling voters, confident that ...": an adjective set
                # off by a comma describes the clause's subject
                cur is verb and verb.upos == "ADJ" and cur.deprel in ("parataxis", "advmod"))):
            cur = sent.tokens[cur.head]
        else:
            cur = None
    if verb.deprel == "root" and verb.xpos in ("VBD", "VBZ", "VBP"):
        return _subject_by_word_order(sent, verb)
    return None


def _subject_by_word_order(sent: Sentence, verb: Token) -> Token | None:
    """"Even if Roe loses, insiders in two states - Iowa and Ohio - said ...": the main verb
    the parse left without a subject (it hung the noun phrase on the clause before) has
    for its subject the noun phrase between the last comma and the verb (an aside between
    dashes skipped)."""
    toks = sent.tokens
    k = verb.index - 1
    while k >= 0 and toks[k].upos in ("AUX", "ADV", "PART"):
        k -= 1
    if k >= 0 and toks[k].text in ("—", "–", "--"):
        opening = next((j for j in range(k - 1, max(k - 12, -1), -1)
                        if toks[j].text == toks[k].text), None)
        if opening is None:
            return None
        k = opening - 1
    end = k
    while k >= 0 and toks[k].upos in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "ADP"):
        k -= 1
    chunk = toks[k + 1 : end + 1]
    if not chunk or (k >= 0 and toks[k].text != ",") or chunk[0].upos == "ADP":
        return None
    ids = {t.index for t in chunk}
    heads = [t for t in chunk if t.upos in ("NOUN", "PROPN") and t.head not in ids]
    return heads[0] if len(heads) == 1 else None


_ASIDE_ADVERBIALS = frozenset({
    "in particular", "for one", "for example", "for instance", "for his part", "for her part",
    "for its part", "for their part", "in turn", "in response", "in contrast", "by contrast",
    "of course", "at least", "in fact", "instead", "meanwhile", "however", "too", "also",
    "though", "likewise", "similarly", "nonetheless", "nevertheless", "still", "separately",
})


def _aside_adverbial(tokens: Sequence[Token]) -> bool:
    """Whether *tokens* (after a comma in a source phrase) are an adverbial aside ("for
    one", "meanwhile"), no part of the name."""
    words = [t.text.lower() for t in tokens if t.upos != "PUNCT"]
    return bool(words) and " ".join(words) in _ASIDE_ADVERBIALS


def _false_passive(sent: Sentence, verb: Token) -> bool:
    """"a group of rabbis called for a boycott": a past tense the parse took for a passive
    participle (a passive subject with no auxiliary, on the sentence's main verb; or with
    only a perfect "has": "Gov. Roe has also called for X")."""
    return verb.deprel == "root" and verb.xpos in ("VBN", "VBD") and bool(
        _children(sent, verb, "nsubj:pass")) and not _children(sent, verb, "aux:pass") and not any(
        a.lemma.lower() not in ("have",) for a in _children(sent, verb, "aux"))


def _name_after_quote(sent: Sentence, subj: Token) -> Token | None:
    """The name the parse hung as an apposition on the last words of a quotation it took for
    the subject: '"... of Cruz," Robert Roe, a strategist, said' ("Roe" for "Underestimation
    of Cruz"): a closing quotation mark stands between the subject and the name."""
    for app in _children(sent, subj, "appos"):
        if app.index > subj.index and app.upos == "PROPN" and any(
            t.text in _CLOSING_QUOTES for t in sent.tokens[subj.index + 1 : app.index]
        ):
            return app
    return None


# -- contents ------------------------------------------------------------------------------
def _content_runs(sent: Sentence, ids: set[int]) -> list[tuple[int, int]]:
    out = []
    for run in _runs(sent, ids):
        toks = _trim(run)
        words = [t for t in toks if t.upos != "PUNCT"]
        # one word is content only when it names someone or something ("endorsed Clinton")
        if len(words) >= 2 or (len(words) == 1 and (
            words[0].upos == "PROPN" or words[0].xpos in ("NNP", "NNPS")  # (tags disagree)
        )):
            out.append(_span(toks))
    return out


def _verb_contents(
    sent: Sentence, verb: Token, extra: frozenset[str], lex: CueLexicon, *,
    complements_only: bool = False, skip: Token | None = None,
) -> tuple[list[tuple[int, int]], set[int]]:
    """Content spans of a reporting verb and the token ids they cover.

    With *complements_only*, only the verb's own complements count (ccomp and the lexicon's
    extra relations); otherwise a cue clause set off by commas, or a cue the parse hung off
    the content's verb, gives the content too.
    """
    time_words = lex.time_words
    rels = {"ccomp", *extra}
    preps = {r[4:] for r in extra if r.startswith("obl:")}
    heads = [c for c in _children(sent, verb) if c is not skip and (c.deprel in rels or (
        # an "xcomp" with a subject of its own is a complement clause the parse mislabelled
        c.deprel == "xcomp" and _children(sent, c, "nsubj", "nsubj:pass")) or (
        # a prepositional content: "called for an inquiry", "talked about the economy"
        preps and c.deprel in ("obl", "iobj", "obj") and c.index > verb.index
        and any(k.deprel == "case" and k.text.lower() in preps and k.index < c.index
                for k in _children(sent, c))) or (
        # a gerund after the preposition: "called for doubling the caps", "warned
        # against allowing ..."
        preps and c.deprel == "advcl" and c.index > verb.index and c.xpos == "VBG"
        and any(k.deprel in ("mark", "case") and k.text.lower() in preps and k.index < c.index
                for k in _children(sent, c))) or (
        # a complement clause the parse took for an adverbial one: "announced that he
        # filed ...", "promised to refrain from ..." (an infinitive right after the verb)
        (c.deprel == "advcl" or (c.deprel == "conj" and c.xpos != "VBG"
                                 and not _children(sent, c, "cc") and _contiguous(sent, c)))
        and c.index > verb.index and (
            any(m.text.lower() == "that" for m in _children(sent, c, "mark"))
            or ("xcomp" in extra and any(
                m.text.lower() == "to" and m.index == verb.index + 1
                for m in _children(sent, c, "mark"))))) or (
        # a reported question: "asked him whether he would run"
        "advcl:if" in extra and c.deprel in ("advcl", "ccomp") and c.index > verb.index
        and any(m.text.lower() in ("if", "whether") for m in _children(sent, c, "mark"))))]
    # "have said overturning the ruling should be a priority": the parse took the reported
    # clause's subject (a gerund or noun phrase) for a second complement of the cue
    for h in list(heads):
        if h.deprel == "ccomp" and h.index > verb.index and not _children(
            sent, h, *_SUBJ, *_PASS_SUBJ, "expl"
        ):
            start = min(_subtree_ids(sent, h.index))
            heads += [c for c in _children(sent, verb, "xcomp", "obj")
                      if verb.index < c.index < h.index and c not in heads
                      and max(_subtree_ids(sent, c.index)) == start - 1]
    told = _clause_taken_for_a_relative(sent, verb, lex)
    if told is not None:
        # (what else the parse hung on the cue after the addressee is no second content,
        # "told reporters that X, even as Y", unless it goes on right after the clause:
        # "told ABC that he agrees Trump is a liar")
        end = max(_subtree_ids(sent, told.index))
        heads = [h for h in heads if h.index < verb.index or (
            h.index > end and min(_subtree_ids(sent, h.index)) == end + 1
            and sent.tokens[end + 1].upos != "PUNCT")] + [told]
    if any(h.index > verb.index and (h.deprel == "ccomp" or h is told)
           and _children(sent, h, *_SUBJ) for h in heads):
        # "After the meeting ended in mayhem, Roe said she ...": an opening adverbial
        # clause the parse took for a second complement sets the scene
        heads = [h for h in heads if not (
            h.index < verb.index and h.deprel == "ccomp" and _opens_with_subordinator(sent, h))]
        if not _children(sent, verb, *_SUBJ, *_PASS_SUBJ):
            # "X contends that Y, and Roe, an adviser, said she ...", "People briefed on the
            # move said that ...": with no subject of its own, the cue's clause before it is
            # no content but where its speaker is, by word order
            heads = [h for h in heads if not (
                h.index < verb.index and h.deprel == "ccomp" and _children(sent, h, *_SUBJ))]
    if "obl:as" in extra:
        # "sees Netanyahu as captured by ...", "sees these gains as evidence that ...": the
        # "as" phrase the parse took for an adverbial clause, or hung on the object
        for c in _children(sent, verb, "advcl", "obj"):
            if c in heads or c.index < verb.index:
                continue
            as_clause = c.deprel == "advcl" and any(
                m.text.lower() == "as" and m.index < c.index
                for m in _children(sent, c, "mark", "case")
            ) and not _children(sent, c, *_SUBJ, *_PASS_SUBJ)
            as_on_object = c.deprel == "obj" and any(
                n.deprel.startswith("nmod") and any(
                    k.text.lower() == "as" for k in _children(sent, n, "case"))
                for n in _children(sent, c)
            )
            if as_clause or as_on_object:
                heads.append(c)
        for o in _children(sent, verb, "obj"):
            # "sees Roe as most likely to win", "sees X as increasingly favorable": an "as"
            # predicate after the object, whatever relation the parse gave it
            preds = [c for c in _children(sent, verb, "xcomp", "conj", "advcl")
                     if c.index > o.index and c not in heads and _as_predicate(sent, o, c)]
            if preds and o not in heads:
                heads += [o, *preds]
    if any(h.index > verb.index and h.deprel == "ccomp" and any(
        m.text.lower() == "that" for m in _children(sent, h, "mark")) for h in heads
    ):
        # "At the club, where it costs $70,000 to join, Roe suggested that ...": with a
        # that-clause after the cue, an unquoted clause before it sets the scene
        heads = [h for h in heads
                 if h.index > verb.index or _quotation_around(sent, h.index) is not None]
    # "He said: X" / "He said, X" parsed as parataxis after the verb
    heads += [
        c
        for c in _children(sent, verb, "parataxis")
        if c.index > verb.index
        and any(t.text in (":", '"', "“", ",") for t in sent.tokens[verb.index + 1 : c.index])
    ]
    subjects = _children(sent, verb, *_SUBJ)
    if len(subjects) > 1:
        # "''Jobs, jobs, jobs,'' Mrs. Clinton said": the quotation the parse took for a
        # second subject is the content
        heads += [t for t in subjects if t.index < verb.index
                  and _quotation_around(sent, t.index) is not None]
        if any(t.index < verb.index for t in subjects):
            # "Roe, a pollster, said nearly every voter she met wants X": a second subject
            # after the verb, with a verb in it, opens the reported clause
            heads += [t for t in subjects if t.index > verb.index and t not in heads and any(
                sent.tokens[i].upos in ("VERB", "AUX") for i in _subtree_ids(sent, t.index))]
    # ', who is also a host': a relative clause set off by a comma describes a postposed
    # subject; it is no content even when the parse hangs it off the verb
    heads = [h for h in heads if not (h.index > verb.index and _relative_aside(sent, h))]
    heads = [h for h in heads if not (
        h.index < verb.index and _scene_participle(sent, _subtree_ids(sent, h.index)))]
    # "Zucker, who has voiced the desire to run, told X he would ...": a relative clause set
    # off after the subject describes the speaker, whatever the parse hung it on
    heads = [h for h in heads if not (h.index < verb.index and _relative_aside(sent, h) and (
        # ("X, whom he described as ...": the relative word is what the cue says something of)
        h.text.lower() != "whom"))]
    if any(h.index > verb.index for h in heads):
        # a clause between the subject and the verb is an aside, not the content, when the
        # verb has a complement after it ("Leon, a voter raised in Chile, said she ...")
        subj = next(iter(_children(sent, verb, *_SUBJ)), None)
        if subj is not None:
            heads = [h for h in heads if not subj.index < h.index < verb.index]
    ids: set[int] = set()
    for h in heads:
        if (
            h.deprel == "obj"
            and h.upos in ("PRON",)
            and h.text.lower() in {"it", "this", "that", "so", "what"}
            # ("described it as a lapse": what is said of "it" makes it content)
            and not (h.text.lower() in ("it", "this") and any(_as_predicate(
                sent, h, sib) for sib in _children(
                sent, verb, "obl", "advcl", "xcomp", "conj") if sib.index > h.index))
        ) or (h.deprel == "obj" and _time_phrase(sent, h, time_words)):
            continue  # ("said so"; "said last week": when, not what)
        ids |= _subtree_ids(sent, h.index)
        if h.deprel == "xcomp":
            # "urged delegates to vote for X", "called himself a girl": the object the
            # infinitive or predicate applies to belongs to the content
            for o in _children(sent, verb, "obj", "iobj"):
                if verb.index < o.index < h.index:
                    ids |= _subtree_ids(sent, o.index)
        if h.deprel in ("obl", "advcl") and any(
            k.text.lower() == "as" for k in _children(sent, h, "case", "mark")
        ):
            # "sees Cruz as a uniter": the object is what the "as" phrase is said of
            for o in _children(sent, verb, "obj"):
                if verb.index < o.index < h.index:
                    ids |= _subtree_ids(sent, o.index)
        if h.deprel == "obj" and verb.lemma.lower() in lex.predicating_verbs:
            # "called him a liar", "declared it a success": the parse takes the one named
            # for an indirect object, but what is said is about it
            for o in _children(sent, verb, "iobj"):
                if verb.index < o.index < h.index:
                    ids |= _subtree_ids(sent, o.index)
        if h.deprel == "obj" or (h.deprel != "ccomp" and preps and h.deprel in ("obl", "iobj")):
            # "praised X for keeping her promise": what follows the object is part of it
            for sib in _children(sent, verb, "obl", "advcl", "xcomp", "conj"):
                if sib.index > h.index and h.deprel == "obj" and (_predicate_of_object(
                    sent, h, sib
                ) or _as_predicate(sent, h, sib)):
                    # "says X, while Y, was dealt with": X, the aside and the predicate
                    ids |= set(range(h.index, max(_subtree_ids(sent, sib.index)) + 1))
                elif sib.deprel != "conj" and sib.index > h.index and (
                    not _adjunct_of_time_or_place(sent, sib) or _standing(sent, verb, sib)
                ) and not (sib.deprel == "advcl" and _speakers_act(sent, sib)):
                    ids |= _subtree_ids(sent, sib.index)
            if h.deprel in ("obj", "obl", "iobj") and h.upos in ("NOUN", "PROPN", "PRON"):
                # "endorsed Ben Carson, a neurosurgeon who ...", "criticized X, which ...":
                # an aside set off by a comma describes the object; it is no part of it
                for aside in _children(sent, h, "appos", "acl:relcl"):
                    sub = _subtree_ids(sent, aside.index)
                    first = min(sub)
                    if aside.index > h.index and sent.tokens[first].text == ",":
                        ids -= sub
                    elif aside.index > h.index and sent.tokens[first - 1].text == ",":
                        ids -= sub | {first - 1}
    if verb.lemma.lower() in lex.predicating_verbs:
        ids |= _object_and_predicate(sent, verb, time_words)
    else:
        for h in heads:
            if h.deprel == "obj" and h.upos in _NP_TAGS:
                ids |= _predicate_after_object(sent, verb, h)
    if _subject_hung_on_complement(sent, verb) is not None:
        # (the subject and whatever else the parse hung on the complement before the cue
        # are no part of what was said)
        ids = {i for i in ids if i > verb.index}
    if ids:
        ids = _cut_at_clause_break(sent, verb, ids)
    entry = lex.verbs.get(lex.verb_lemma(verb.text, verb.lemma))
    if ids and min(ids) > verb.index and entry is not None and not entry.attitude:
        # "said she asked for it because she wanted X", "said he would sign it if it
        # passed": the reason or condition the parse hung on the cue is the speaker's, part
        # of what was said
        for c in _children(sent, verb, "advcl"):
            if c.index > max(ids) and any(m.text.lower() in _SPEAKERS_CONDITIONS
                                          for m in _children(sent, c, "mark")):
                ids |= set(range(max(ids) + 1, c.index)) | _subtree_ids(sent, c.index)
    if ids and max(ids) > verb.index:
        # "said that X and that Y": a second that-clause the parse hung off the cue verb
        for c in _children(sent, verb, "conj"):
            if c.index > max(ids) and any(m.text.lower() == "that"
                                          for m in _children(sent, c, "mark")):
                ids |= set(range(max(ids) + 1, c.index)) | _subtree_ids(sent, c.index)
    toks = sent.tokens
    if ids and verb.index + 1 < len(toks) and min(ids) == verb.index + 1 and (
        _complementizer(toks[verb.index + 1])
    ) and verb.deprel != "acl:relcl" and not any(
        # ("X, who revealed that Y, was sentenced": the main clause resumes after it)
        c.text.lower() in _REL_PRON and c.upos == "PRON" for c in _children(sent, verb, *_SUBJ)
    ):
        # "said that X ...": a that-clause right after the cue that the parse broke off in
        # the middle (the next word is no punctuation) runs on to its clause break
        end = max(ids)
        last = max((t.index for t in toks if t.upos != "PUNCT"), default=end)
        if end < last and toks[end + 1].upos not in ("PUNCT", "CCONJ") and any(
            toks[i].upos in ("VERB", "AUX") for i in ids  # (a clause, not "mention that")
        ):
            stop = next((t.index for t in toks[end + 1 :] if t.text in (";", ":", "—", "–")),
                        last + 1)
            ids = ids | set(range(end + 1, min(stop, last + 1)))
    if ids and min(ids) > verb.index + 1 and toks[min(ids)].text.lower() == "to" and (
        toks[min(ids) - 1].text.lower() in ("not", "never")
        and toks[min(ids) - 1].head == verb.index
    ):
        # "vowed not to buy X", "promised never to raise taxes": the parse hangs the
        # negation on the cue, but it negates the infinitive
        ids = ids | {min(ids) - 1}
    if ids or complements_only or skip is not None:
        # (with a postposed speaker the caller reads the content by word order)
        return _content_runs(sent, ids), ids
    ids = _comma_clause(sent, verb)
    if ids:
        return _content_runs(sent, ids), ids
    ids = _misparsed_complement(sent, verb, lex)
    if ids:
        return _content_runs(sent, ids), ids
    if any(c.text.lower() in ("where", "when") and c.index < verb.index
           for c in _children(sent, verb, "advmod")) and _children(sent, verb, *_SUBJ):
        # ", where officials reported at least 20 victims": in a clause on a place or time,
        # what follows the cue is what it reports, whatever the parse made of it
        ids = {i for i in _subtree_ids(sent, verb.index) if i > verb.index}
        if ids:
            return _content_runs(sent, ids), ids
    # inverted without a comma: the cue hangs off the content's verb
    if verb.deprel in ("parataxis", "ccomp", "conj", "dep") and verb.head >= 0 and (
        verb.xpos != "VBG"  # ("X said, adding a plug": a participle is no inverted cue)
    ):
        host = sent.tokens[verb.head]
        cue_ids = _subtree_ids(sent, verb.index)
        ids = _subtree_ids(sent, host.index) - cue_ids
        if not _is_clause_final(sent, cue_ids) or (
            verb.lemma.lower() not in lex.inverting_verbs
        ) or not any(sent.tokens[i].text in _QUOTES for i in ids):
            # only a verb of saying at the end of its clause, after a quotation, is inverted
            # ('"... she had it," he said' with no comma); "X rose and Y said", "His victory
            # deals a blow to Rubio, who many had backed" are not
            return [], set()
        return _content_runs(sent, ids), ids
    return [], set()


def _predicate_after_object(sent: Sentence, verb: Token, obj: Token) -> set[int]:
    """'saying Roe's remarks “are based on rumors”': the parse took the reported clause's
    subject for the cue's object and hung the clause's predicate, which follows the object
    right away (or after an opening quotation mark), elsewhere in the sentence. The object,
    the predicate and a quotation mark that closes right after it are the content."""
    toks = sent.tokens
    held = _subtree_ids(sent, obj.index)
    start, k = min(held), max(held) + 1
    while k < len(toks) and toks[k].text in _OPENING_QUOTES:
        k += 1
    if k >= len(toks):
        return set()
    first = toks[k]
    if first.upos == "AUX" and first.deprel in ("aux", "aux:pass", "cop") and first.head > k:
        head = toks[first.head]
    elif first.upos == "VERB" and first.xpos in ("VBD", "VBZ", "VBP"):
        head = first
    else:
        return set()
    sub = _subtree_ids(sent, head.index)
    words = [i for i in sub if toks[i].text not in _OPENING_QUOTES]
    if verb.index in sub or min(words) < k or _children(sent, head, *_SUBJ, *_PASS_SUBJ, "expl"):
        return set()  # (a clause with a subject of its own, or the cue's own host)
    # ("noted farmers and truckers have a harder time": a present tense after a past cue is
    # no second predicate of the speaker's)
    tense_shift = (verb.xpos == "VBD" and first.xpos in ("VBP", "VBZ") and first.index == k
                   and obj.upos in ("NOUN", "PROPN")
                   and not any(toks[i].text == "," for i in held))
    if ((any(c.index < k for c in _children(sent, head, "cc")) or (
        head is first and head.deprel == "conj" and head.head == verb.index
    )) and not tense_shift) or (
        verb.deprel.startswith("acl") and verb.head >= 0
        and toks[verb.head].deprel.startswith("nsubj")
    ):
        # "denied the charges and accused her of X", "wants votes and Roe wants fame": a
        # second predicate of the speaker (a verb conjoined to the cue; "said X were Y" takes
        # a copula); "voters backing Roe declined to comment": the speaker's own predicate
        return set()
    end = max(sub)
    if end + 2 < len(toks) and toks[end + 1].text == "," and toks[end + 2].text in (
            _CLOSING_QUOTES):
        end += 2
    elif end + 1 < len(toks) and toks[end + 1].text in _CLOSING_QUOTES:
        end += 1
    return set(range(start, end + 1))


#: prepositions that open a phrase of time, place, purpose or manner, not a predicate
_CIRCUMSTANCE_PREPS = frozenset({"for", "on", "in", "at", "by", "during", "to", "after",
                                 "before", "with", "from", "since"})


def _object_and_predicate(sent: Sentence, verb: Token, time_words: frozenset[str]) -> set[int]:
    """The object and what a predicating verb says of it, however the parse hung the
    predicate on the verb: 'called that "beyond preposterous"', 'called the law "much, much
    better" than the old one', 'called it "liberal lingo"'.

    The predicate is a later word hung on the verb, after no comma, that is quoted, an
    adjective or an open complement, and not a phrase of time, place or purpose ("called
    Roe on Tuesday", "called him for help"); the content runs from the object to the
    predicate's end (cut at a dash or semicolon).
    """
    obj = next((o for o in _children(sent, verb, "obj") if o.index > verb.index), None)
    if obj is None:
        return set()
    obj_ids = _subtree_ids(sent, obj.index)
    for p in _children(sent, verb):
        if p.index <= max(obj_ids) or p.deprel not in (
            "obl", "xcomp", "parataxis", "obj", "advmod", "advcl", "ccomp"
        ):
            continue
        sub = _subtree_ids(sent, p.index)
        if p.xpos == "VBG" or any(sent.tokens[i].text == "," for i in range(
            max(obj_ids) + 1, min(sub))):
            continue  # ('called X "Y," adding that ...': what the speaker did next)
        if any(sent.tokens[i].text in _CIRCUMSTANCE_PREPS
               and sent.tokens[i].deprel in ("case", "mark") and sent.tokens[i].head == p.index
               for i in sub) or _time_phrase(sent, p, time_words):
            continue
        quoted = any(sent.tokens[i].text in _OPENING_QUOTES for i in sub)
        if quoted or p.upos == "ADJ" or p.deprel == "xcomp":
            end = next((i - 1 for i in range(max(obj_ids) + 1, max(sub) + 1)
                        if sent.tokens[i].text in (";", "—", "–", "--")), max(sub))
            while end > obj.index and sent.tokens[end].upos == "PUNCT" and (
                sent.tokens[end].text not in _CLOSING_QUOTES
            ):
                end -= 1
            return set(range(min(obj_ids), end + 1))
    return set()


_ACT_MARKERS = {"by", "before", "after", "while", "when", "as", "since", "until", "because",
                "though", "although", "if", "despite", "without"}


def _complementizer(tok: Token) -> bool:
    """Whether *tok* is "that" opening a complement clause (not the pronoun "that")."""
    return tok.text.lower() == "that" and (tok.upos == "SCONJ" or tok.xpos == "IN")


def _contiguous(sent: Sentence, head: Token) -> bool:
    """Whether the words under *head* form one unbroken run (a clause the parse kept whole)."""
    sub = _subtree_ids(sent, head.index)
    return len(sub) == max(sub) - min(sub) + 1


def _speakers_act(sent: Sentence, clause: Token) -> bool:
    """An adverbial clause after an object content that tells what the speaker did or when,
    not what was said: set off by a comma ("endorsed X, saying ...") or opened by a
    subordinator ("criticized X by tying it to ...", "before making an endorsement")."""
    first = min(_subtree_ids(sent, clause.index))
    return (sent.tokens[first].text in _SEPARATORS and clause.xpos == "VBG") or (
        # (the parse may hang the comma before a participle on the participle)
        first > 0 and sent.tokens[first - 1].text in _SEPARATORS) or any(
        k.text.lower() in _ACT_MARKERS
        # ("described the Turks as ingratiating themselves": "as" with no subject of its
        # own says what the object is said to be; "as they battle for X" is when)
        and not (k.text.lower() == "as" and not _children(sent, clause, *_SUBJ, *_PASS_SUBJ))
        for k in _children(sent, clause, "mark", "case"))


def _predicate_of_object(sent: Sentence, obj: Token, clause: Token) -> bool:
    """Whether *clause*, which the parse hung on the cue after its object *obj*, is a finite
    predicate with no subject, no conjunction and no subordinator of its own, after an
    aside set off by a comma: the object is its subject ("says the email scandal, while
    troublesome, was dealt with", "says Millennials, numbering 75 million, surpassed ...")."""
    if clause.deprel not in ("advcl", "conj") or clause.upos not in ("VERB", "AUX", "ADJ"):
        return False
    kids = _children(sent, clause)
    if any(k.deprel in (*_SUBJ, *_PASS_SUBJ, "expl", "cc", "mark") and k.index < clause.index
           for k in kids):
        return False
    finite = clause.xpos in ("VBD", "VBZ", "VBP") or any(
        k.deprel in ("aux", "aux:pass", "cop") and k.xpos in ("VBD", "VBZ", "VBP", "MD")
        for k in kids)
    obj_end = max(_subtree_ids(sent, obj.index))
    between = sent.tokens[obj_end + 1 : clause.index]
    return finite and len(between) > 1 and between[0].text == "," and all(
        t.text not in (";", ":") and t.upos not in ("CCONJ",) for t in between)


def _as_predicate(sent: Sentence, obj: Token, phrase: Token) -> bool:
    """Whether *phrase*, which the parse hung on the cue, is an "as" predicate right after
    its object *obj* ("slammed his proposal as too vague", "view Roe as less able to win"):
    what the cue says of the object, whatever relation the parse gave it. An "as" clause
    with a subject of its own ("as he said") is none."""
    sub = _subtree_ids(sent, phrase.index)
    first = sent.tokens[min(sub)]
    second = sent.tokens[first.index + 1] if first.index + 1 < len(sent.tokens) else None
    return (
        first.text.lower() == "as"
        and min(sub) == max(_subtree_ids(sent, obj.index)) + 1
        and not _children(sent, phrase, *_SUBJ, *_PASS_SUBJ, "expl")
        # ("as soon as", "as long as", "as well as", "as far as": no predicate)
        and not (second is not None and second.text.lower() in _AS_CONNECTIVES)
    )


_AS_CONNECTIVES = frozenset({"soon", "long", "well", "far", "much", "if", "though"})


_SEPARATORS = {",", "—", "–", "--"}
_QUOTES = {'"', "“", "”", "'", "’", "‘", "''", "``"}
_OPENING_QUOTES = {'"', "“", "‘", "''", "``"}
_CLOSING_QUOTES = {'"', "”", "’", "''"}
_DOUBLE_OPEN = {"“", "``"}
_DOUBLE_CLOSE = {"”"}
_DOUBLE_EITHER = {'"', "''"}
_DOUBLE_MARKS = _DOUBLE_OPEN | _DOUBLE_CLOSE | _DOUBLE_EITHER


def _quotation_around(sent: Sentence, index: int) -> tuple[int, int] | None:
    """The opening and closing mark of the double quotation around token *index*, when both
    stand in the sentence.  A mark opens when it is an opening mark or a straight one that
    sticks to the word after it only, and closes the other way round; other marks (straight
    ones between spaces) are left alone, as are quotations that run past the sentence."""
    toks = sent.tokens
    open_at: int | None = None
    for k, t in enumerate(toks):
        if t.text not in _DOUBLE_OPEN | _DOUBLE_CLOSE | _DOUBLE_EITHER:
            continue
        # (a mark glued to the punctuation after it still closes: '"Enough?", argues')
        glued_after = k + 1 < len(toks) and toks[k + 1].start == t.end and (
            toks[k + 1].upos != "PUNCT" or toks[k + 1].text in _QUOTES)
        glued_before = k > 0 and toks[k - 1].end == t.start
        opening = t.text in _DOUBLE_OPEN or (
            t.text in _DOUBLE_EITHER and glued_after and not glued_before)
        closing = t.text in _DOUBLE_CLOSE or (
            t.text in _DOUBLE_EITHER and glued_before and not glued_after)
        if opening and open_at is None:
            open_at = k
        elif closing and open_at is not None:
            if open_at < index < k:
                return open_at, k
            open_at = None
    return None


def _brackets_around(sent: Sentence, index: int) -> tuple[int, int] | None:
    """The opening and closing round bracket around token *index*, when both stand in the
    sentence."""
    toks = sent.tokens
    depth, k = 0, index - 1
    while k >= 0:
        if toks[k].text == ")":
            depth += 1
        elif toks[k].text == "(":
            if depth == 0:
                break
            depth -= 1
        k -= 1
    if k < 0:
        return None
    depth = 0
    for end in range(index + 1, len(toks)):
        if toks[end].text == "(":
            depth += 1
        elif toks[end].text == ")":
            if depth == 0:
                return k, end
            depth -= 1
    return None


def _scene_participle(sent: Sentence, ids: set[int]) -> bool:
    """Words that open the sentence with a bare participle: "Asked on Fox News who leads the
    party, (he said ...)", "Pressed on the point, ...". Such a clause sets the scene for the
    report (its own wh-clause may have a subject); a reported clause put first has a subject
    of its own before its verb."""
    words = [sent.tokens[i] for i in sorted(ids) if sent.tokens[i].upos != "PUNCT"]
    if not words or words[0].index > 1 or any(t.text in _QUOTES for t in
                                               (sent.tokens[i] for i in ids)):
        return False
    first = words[0]
    nxt = sent.tokens[first.index + 1] if first.index + 1 < len(sent.tokens) else None
    # ("Noting that X, Roe said": an -ing adjunct; "Raising taxes would hurt, Roe said" opens
    # with the reported clause's subject, and so does "Fighting resumed near X, the monitor
    # said", where the tagger made the subject an -ing adjunct)
    adjunct = first.xpos == "VBG" and first.deprel == "advcl" and nxt is not None and (
        nxt.upos not in ("VERB", "AUX"))
    return first.upos == "VERB" and (first.xpos == "VBN" or adjunct) and not _children(
        sent, first, *_SUBJ, *_PASS_SUBJ, "aux", "aux:pass")


def _comma_clause(sent: Sentence, verb: Token) -> set[int]:
    """Content around a cue clause set off by commas, whatever the parse attached it to.

    "CONTENT, the monitor said." / "CONTENT, said the monitor." / "A, he said, B." The cue
    clause is the verb with its subject and modifiers ("in a statement", "on Thursday"); it
    must follow a comma and end the sentence or end at a comma.
    """
    toks = sent.tokens
    if any(m.text.lower() != "as" for m in _children(sent, verb, "mark")):
        return set()  # ", while critics doubted it": a subordinate clause, no cue clause
    if verb.xpos == "VBG":
        return set()  # ", adding a plug for X": a participle, no cue clause
    if verb.deprel == "acl:relcl" or any(
        c.text.lower() in _REL_PRON and c.upos == "PRON" for c in _children(sent, verb, *_SUBJ)
    ):
        return set()  # ", who has advised X,": a relative clause describes, it reports nothing
    clause = _subtree_ids(sent, verb.index, ("ccomp", "parataxis", "conj", "xcomp"))
    clause -= _fronted_content(sent, verb)
    words = sorted(i for i in clause if toks[i].upos != "PUNCT")
    lo, hi = words[0], words[-1]
    if toks[lo].deprel == "cc" and toks[lo].head == verb.index:
        return set()  # '"...," Roe said, but the mayor disagreed': a clause of its own
    if toks[lo].text.lower() in ("where", "when") and toks[lo].head == verb.index:
        return set()  # (", where officials reported 20 victims": a clause on a place or time)
    if any(i not in clause and toks[i].upos != "PUNCT" for i in range(lo, hi + 1)):
        return set()
    k = lo - 1
    while k >= 0 and toks[k].text in _QUOTES:
        k -= 1
    if k < 1 or toks[k].text not in _SEPARATORS:
        return set()
    before = set(range(0, k))
    if _scene_participle(sent, before) or _adverbial_clause_only(sent, verb, before):
        return set()
    rest = [t for t in toks[hi + 1 :] if t.upos != "PUNCT" or t.text in _SEPARATORS]
    if not rest:
        return before
    if rest[0].text in _SEPARATORS:
        return before | {t.index for t in toks[rest[0].index + 1 :]}
    return set()


def _adverbial_clause_only(sent: Sentence, verb: Token, ids: set[int]) -> bool:
    """Whether the words *ids* before a cue clause are one adverbial clause on the cue that
    opens with a subordinator and quotes nothing ("Although Clinton leads, Sanders has
    suggested ..."): they set the scene; a main clause after them ("If elected, I will cut
    taxes, he said") would be the content."""
    toks = sent.tokens
    words = {i for i in ids if toks[i].upos != "PUNCT"}
    if not words or any(toks[i].text in _QUOTES for i in ids):
        return False
    for c in _children(sent, verb, "advcl"):
        sub = _subtree_ids(sent, c.index)
        if words <= sub and any(
            m.text.lower() not in ("that", "to") and m.index == min(words)
            for m in _children(sent, c, "mark")
        ):
            return True
    return False


def _fronted_content(sent: Sentence, verb: Token) -> set[int]:
    """A quotation before the cue clause that the parse hung off the verb as a modifier:
    '"It's like a new plane," Mr. Trump said in a documentary' (plane: advcl of said)."""
    toks = sent.tokens
    subj = next(iter(_children(sent, verb, *_SUBJ)), None)
    limit = subj.index if subj is not None and subj.index < verb.index else verb.index
    out: set[int] = set()
    for c in _children(sent, verb):
        if c.index >= limit or c.deprel in (*_SUBJ, "aux", "aux:pass", "punct", "mark"):
            continue
        ids = _subtree_ids(sent, c.index)
        if max(ids) >= limit:
            continue
        quoted = any(toks[i].text in _QUOTES for i in range(min(ids) - 1, max(ids) + 2)
                     if 0 <= i < len(toks))
        last_word = max(i for i in ids if toks[i].upos != "PUNCT") if any(
            toks[i].upos != "PUNCT" for i in ids) else max(ids)
        gap = [t.text for t in toks[last_word + 1 : limit]]
        if (quoted and any(g in _SEPARATORS for g in gap)
                and all(g in _SEPARATORS or g in _QUOTES for g in gap)
                and any(toks[i].upos in ("VERB", "AUX") for i in ids)):
            out |= ids
    return out


@frozen
class _FinalCue:
    content: set[int]
    source: list[Token]
    descriptors: list[list[Token]]


def _without_trailing_adjunct(
    sent: Sentence, verb: Token, phrase: list[Token], time_words: frozenset[str]
) -> list[Token]:
    """A postposed speaker without the phrase of time or occasion after it ('"...," said
    Roe during the debate', 'said Roe in an interview', 'said Roe on Sunday'): a
    prepositional phrase on the cue verb, or on a noun of time."""
    for k, t in enumerate(phrase):
        if k == 0 or t.upos != "ADP" or t.deprel != "case" or t.head < 0:
            continue
        noun = sent.tokens[t.head]
        if (noun.head == verb.index and noun.deprel.startswith("obl")) or (
            _is_time_noun(sent, noun, time_words)
        ):
            # (a bracket closed before the phrase stays with the name: "Roe (D-Ill.)")
            closing = [b for b in sent.tokens[phrase[k - 1].index + 1 : t.index] if b.text == ")"]
            return phrase[:k] + closing[:1]
    return phrase


def _segments(sent: Sentence) -> list[list[Token]]:
    """The sentence cut at commas that are outside quotation marks."""
    segs: list[list[Token]] = [[]]
    quoted = False
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.text in _DOUBLE_MARKS:
            was_quoted = quoted
            # ',"' closes a quotation opened in an earlier sentence
            closes_earlier = t.text in ('"', "''") and not quoted and (
                i > 0 and toks[i - 1].text in (",", ".", "?", "!"))
            # (a mark set off by a space after the comma opens a quotation: 'said, "...')
            glued = closes_earlier and toks[i - 1].end == t.start
            quoted = t.text in ("“", "``") or (
                t.text in ('"', "''") and not quoted and not closes_earlier)
            if (was_quoted or glued) and not quoted and not segs[-1] and len(segs) > 1:
                segs[-2].append(t)  # the closing mark of ',"' ends the segment before
                continue
        if t.text in ("’", "'") and not segs[-1] and len(segs) > 1 and i + 1 < len(toks) and (
            toks[i + 1].text in ('"', "”", "''")
        ):
            segs[-2].append(t)  # (the inner closing mark of ',’”' ends the segment before too)
            continue
        # ',"' ends it, also after the closing mark of a quotation inside it (',’”')
        nxt = i + 2 if i + 2 < len(toks) and toks[i + 1].text in ("’", "'") else i + 1
        closing = nxt < len(toks) and toks[nxt].text in ('"', "”", "''")
        if (t.text in _SEPARATORS and (not quoted or closing)) or (
            t.text in ("?", "!") and closing and i + 2 < len(toks)
            and (quoted or toks[i + 1].text in ("”", "''") or not any(
                k.text in _QUOTES for k in toks[:i]))
        ):  # '"Why not?" said X': a quoted question ends its segment too (also when its
            # opening mark is in an earlier sentence: 'A sad figure!" he wrote.')
            segs.append([])
            continue
        segs[-1].append(t)
    return [seg for seg in segs if seg]


def _relative_segment(tokens: Sequence[Token]) -> bool:
    """A segment that is a relative clause: "who served as mayor for a decade"."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    return len(words) >= 2 and words[0].text.lower() in ("who", "which") and any(
        t.upos in ("VERB", "AUX") for t in words)


_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})


def _is_np(tokens: Sequence[Token], *, allow_participles: bool = False) -> bool:
    words = [t for t in tokens if t.upos != "PUNCT"]
    modifier = ("amod", "compound", "acl") if allow_participles else ("amod", "compound")
    return (
        0 < len(words) <= (30 if allow_participles else 20)
        and not any(t.upos in ("VERB", "AUX") and t.deprel not in modifier
                    and t.xpos not in ("NNP", "NNPS")  # "Husted" tagged VERB, NNP
                    and not (allow_participles and t.xpos == "VBN")
                    for t in words)
        and any(t.upos in ("NOUN", "PROPN", "PRON") or t.xpos in ("NNP", "NNPS")
                for t in words)
        and (words[0].upos in ("DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM")
             or words[0].xpos in ("NNP", "NNPS"))
        # ("a phrase he repeated": a subject pronoun after a noun opens a clause)
        and not any(t.text.lower() in _SUBJECT_PRONOUNS for t in words[1:])
    )


def _age_segment(tokens: Sequence[Token]) -> bool:
    """A segment that is a bare number set off after a name: the speaker's age ("Ramos,
    58, told ...")."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    return len(words) == 1 and words[0].upos == "NUM" and words[0].text.isdigit()


def _list_end(tokens: Sequence[Token]) -> bool:
    """The last item of a list inside a descriptor: "(secretary for population, refugees,)
    and migration"."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    return len(words) >= 2 and words[0].upos == "CCONJ" and _is_np(words[1:])


def _adjunct_segment(tokens: Sequence[Token]) -> bool:
    """A prepositional phrase set off after a cue clause: "via email", "in a statement"."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    return 0 < len(words) <= 8 and words[0].upos == "ADP" and not any(
        t.upos in ("VERB", "AUX") or t.text in _QUOTES for t in tokens)


def _named_after_quotation(segs: list[list[Token]], at_seg: int) -> bool:
    """Whether the segments right before segment *at_seg* are noun phrases (a name and its
    appositions) that follow a quotation closed right before them."""
    k = at_seg - 1
    while k > 0 and (_is_np(segs[k]) or _age_segment(segs[k])):
        k -= 1
    return k < at_seg - 1 and _closes_before(segs, k + 1)


def _closes_before(segs: list[list[Token]], at_seg: int) -> bool:
    """A quotation mark closes right before segment *at_seg* (at the end of the segment
    before it, or opening it)."""
    return segs[at_seg][0].text in _CLOSING_QUOTES or segs[at_seg - 1][-1].text in _CLOSING_QUOTES


def _quotation_before(segs: list[list[Token]], at_seg: int) -> bool:
    """The sentence opens with a quotation that closes right before the cue clause, and
    nothing else is quoted before it ('"...," said Roe', not 'Despite his "...," Roe said')."""
    before = [t for seg in segs[:at_seg] for t in seg]
    inner = before[1:-1] if before[-1].text in _CLOSING_QUOTES else before[1:]
    return _closes_before(segs, at_seg) and not any(
        t.text in _QUOTES and t.text not in ("'", "’") for t in inner)


def _quoted_title_after(sent: Sentence, verb: Token) -> set[int]:
    """The words of a title in quotation marks that a preposition after the cue opens ('he
    said on "Meet the Press."'): a show or a book, no complement of the cue."""
    toks = sent.tokens
    k = verb.index + 1
    while k < len(toks) and toks[k].upos in ("ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM") \
            and toks[k].text not in _QUOTES:
        k += 1
    if k >= len(toks) or k == verb.index + 1 or toks[k].text not in _OPENING_QUOTES \
            or toks[verb.index + 1].upos != "ADP":
        return set()
    end = next((j for j in range(k + 1, len(toks)) if toks[j].text in _CLOSING_QUOTES), None)
    if end is None or end - k > 8:
        return set()
    return set(range(k, end + 1))


def _participle_on_speaker(
    sent: Sentence, after: Sequence[Token], k: int, *, speaker_after: bool
) -> bool:
    """Whether word *k* of the words after a cue is a participle on a postposed speaker ('"...,"
    said one Republican involved in the planning'), not a verb of the cue's own complement.

    After a closed quotation (*speaker_after*) it may modify any word after the cue ('said
    undecided voter Jo Roe'); otherwise only an earlier one, or, hyphenated, a later one
    ("one well-connected Democrat")."""
    t = after[k]
    if not ((k > 0 or speaker_after) and t.xpos in ("VBN", "VBG")
            and t.deprel in ("acl", "amod")):
        return False
    heads = {a.index for a in after}
    return t.head in {a.index for a in after[:k]} or (speaker_after and t.head in heads) or (
        t.deprel == "amod" and t.index > 0 and sent.tokens[t.index - 1].xpos == "HYPH"
        and t.head in heads)


def _participle_opener(tokens: Sequence[Token]) -> bool:
    """A segment that opens with a participle: "echoing comments by X"."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    return bool(words) and words[0].xpos == "VBG"


def _predicate_opener(tokens: Sequence[Token]) -> bool:
    """A segment that opens with a finite verb, the predicate of a subject before it (not an
    inverted cue clause of its own: "..., reports USA Today.")."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    if len(words) > 1 and words[0].upos == "VERB" and all(
            t.upos == "PROPN" or t.xpos in ("NNP", "NNPS") for t in words[1:]) and (
            tokens[-1].text in (".", "!", "?")):
        return False
    return bool(words) and (
        (words[0].upos in ("VERB", "AUX") and words[0].xpos != "VBG")
        # ("it is better,'' he added, to pursue X": an extraposed infinitive)
        or (len(words) > 1 and words[0].text.lower() == "to" and words[1].upos in ("VERB", "AUX")))


def _reporters_clause(tokens: Sequence[Token]) -> bool:
    """A segment after a cue clause that opens a clause of its own with "but", "while"...
    and a subject, and quotes nothing ('"X," Roe said, but Doe disagreed'): after a
    quotation, the reporter's clause, not more content."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    return len(words) > 2 and words[0].text.lower() in _CLAUSE_LINKS and not any(
        t.text in _QUOTES for t in tokens) and any(
        t.deprel.split(":")[0] in ("nsubj", "expl") for t in words[1:4])


def _is_descriptor(tokens: Sequence[Token]) -> bool:
    """An apposition to a source: a noun phrase, an age ("56") or a relative clause."""
    words = [t for t in tokens if t.upos != "PUNCT"]
    if not words:
        return False
    if all(t.upos == "NUM" for t in words):
        return True
    if _is_np(words) or (words[0].text.lower() in ("who", "whose", "which") and len(words) <= 25):
        return True
    # a noun phrase with a participle or relative clause: "a voter raised in Chile",
    # "a former chairman of the council who has advised Mrs. Clinton"
    rel = next((i for i, t in enumerate(words) if t.text.lower() in ("who", "whose")), None)
    head = words[:rel] if rel is not None else words
    return len(words) <= 40 and _is_np(head, allow_participles=True)


#: words that open the reporter's own clause after a cue clause ("..., Roe said, but ...")
_CLAUSE_LINKS = frozenset({"but", "and", "while", "although", "though", "whereas", "yet"})

#: words that open a phrase after a cue clause telling what a quotation was about, when or
#: where it was said ('"...," he said of the plan', '... after the vote', '... on NBC')
_TRAILING_ADJUNCT = frozenset({"of", "about", "after", "before", "when", "while", "as",
                               "during", "following", "upon", "at", "in", "on"})


def _next_act(sent: Sentence, verb: Token, after: Sequence[Token]) -> bool:
    """Whether *after*, the words after a cue, open with "and" (or "but", "then") and a verb
    conjoined to the cue: what the speaker did next ('"...," she said and hung up')."""
    if not after or after[0].upos != "CCONJ":
        return False
    nxt = next((t for t in after[1:] if t.upos != "ADV"), None)
    return nxt is not None and nxt.upos == "VERB" and nxt.deprel == "conj" and (
        nxt.head == verb.index)


def _final_cue(
    sent: Sentence, verb: Token, *, addressed: bool = False, preps: frozenset[str] = frozenset(),
    objects: bool = False, time_words: frozenset[str] = frozenset(),
) -> _FinalCue | None:
    """By word order: "CONTENT, SOURCE(, DESCRIPTOR), VERB." or "CONTENT, VERB SOURCE(, ...)."

    Used when the parse gives a cue no complement; news copy sets the attribution off with
    commas after the content. Segments after the cue clause are appositions to a postposed
    source ("said Jane Roe, a spokeswoman for ...") or, when they open a quote, more content
    ('"...," he said, "and ..."').
    """
    segs = _segments(sent)
    at_seg = next((k for k, seg in enumerate(segs) if verb in seg), None)
    if at_seg is None or at_seg == 0:
        return None
    seg = [t for t in segs[at_seg] if t.text not in _QUOTES]
    at = seg.index(verb)
    before, after = seg[:at], [t for t in seg[at + 1 :] if t.upos != "PUNCT"]
    # ("the official has since said": the cue's own auxiliaries and adverbs; a copula makes
    # the words before the cue a clause, "Roe and Doe were furious about the attacks")
    before = [t for t in before if t.upos not in ("AUX", "ADV", "PART") or (
        t.deprel == "cop" and t.head != verb.index)] or before
    if not before and verb.xpos == "VBG":
        return None  # '"...," said Roe, a spokesman, echoing X': what the speaker did
    trailing = False
    titled = _quoted_title_after(sent, verb)
    after = [t for t in after if t.index not in titled and t.head not in titled] if titled \
        else after
    quotation = _quotation_before(segs, at_seg)
    speaker_after = not before and quotation
    if any((t.upos in ("VERB", "AUX") and not _participle_on_speaker(
        sent, after, k, speaker_after=speaker_after
    )) or t.deprel == "mark" for k, t in enumerate(after)) or (
        after and after[0].upos == "ADP" and after[0].text.lower() in preps
    ):
        untimed = [t for t in after if t.text.lower() not in time_words]
        if addressed:
            # ('"...," Roe told Fox News after she was asked ...': the addressee first)
            told = {i for o in _children(sent, verb, "obj", "iobj") if o.index > verb.index
                    for i in _subtree_ids(sent, o.index)}
            while untimed and untimed[0].index in told:
                untimed = untimed[1:]
        if not (((_closes_before(segs, at_seg) and before and _is_np(before))
                 # ('"...," Roe, an adviser, wrote after X': the speaker in segments of its
                 # own between the quotation and the cue)
                 or (not before and _named_after_quotation(segs, at_seg))) and untimed
                and (untimed[0].text.lower() in _TRAILING_ADJUNCT or untimed[0].xpos == "VBG"
                     # ('"...," she said and hung up': the speaker's next act)
                     or _next_act(sent, verb, untimed))):
            # the cue has its own complement after it ("asked for a pause"): not a cue
            # clause
            return None
        # '"...," he said of the plan to ...', '"...," he said after X read ...': what the
        # quotation was about, or when it was said (a participle after a comma, "he said,
        # using a nickname", is a segment of its own: see the tail below)
        trailing = True
    if (objects or (not addressed and not _closes_before(segs, at_seg))) and before and any(
        t.deprel == "obj" and t.head == verb.index and t.text.lower() not in time_words
        for t in after
    ):
        # "Now that the primary is near, Sanders could have cited X": a verb with its
        # reported object after it; what comes before is the scene
        return None
    source: list[Token] = []
    descriptors: list[list[Token]] = []
    first_content = at_seg
    tail = [] if trailing else segs[at_seg + 1 :]
    brackets = _brackets_around(sent, verb.index)
    if brackets is not None:
        # ('X drew anger ("...," wrote Ed Roe, a welder, on Facebook), and ...': a cue
        # clause in brackets ends where they close)
        # and what follows a speaker named after the cue describes the speaker or the
        # occasion ("X (the existence of which, many say, is Y)" goes on after the cue)
        tail = [kept for s in tail if (kept := [t for t in s if t.index < brackets[1]])]
        if tail and tail[0][0].text not in _QUOTES and not before:
            n_desc = next((k for k, s in enumerate(tail) if not _is_descriptor(s)), len(tail))
            descriptors = [[t for t in s if t.upos != "PUNCT"] for s in tail[:n_desc]]
            tail = []
    lead = next((t for t in tail[0] if t.upos != "PUNCT"), None) if tail else None
    if lead is not None and lead.xpos == "VBG" and tail[0][0].text not in _QUOTES:
        tail = []  # '"...," Roe said, using a nickname': what the speaker did, not said
    while tail and _adjunct_segment(tail[-1]):
        tail = tail[:-1]  # '..., said Roe, a pollster, via email.': how or when, not what
    more_content: list[Token] = []
    n_desc = next((k for k, s in enumerate(tail) if not _is_descriptor(s)), len(tail))
    if tail and tail[0][0].text in _QUOTES:
        # the quote goes on after the cue, up to the segment it closes in: a segment after
        # it that opens no quotation is the reporter's ('"I am sick of it" about the ads,
        # Roe hit back')
        marks = 0
        for k, s in enumerate(tail):
            if k and marks % 2 == 0 and s[0].text not in _QUOTES:
                break
            more_content += s
            marks += sum(t.text in _DOUBLE_MARKS for t in s)
    elif tail and n_desc == len(tail):
        descriptors = [[t for t in s if t.upos != "PUNCT"] for s in tail]
    elif tail and (
        _participle_opener(tail[n_desc])
        or (quotation and not _predicate_opener(tail[n_desc]))
        or (_closes_before(segs, at_seg) and _reporters_clause(tail[n_desc]))
    ):
        # '"...," said Roe, a spokesman, echoing X' and '"...," Roe said, but she ...': a
        # quotation closed before the cue ends the content unless the sentence it opened
        # goes on ('"Only you," she said, would ...'); a participle is what the speaker did
        descriptors = [[t for t in s if t.upos != "PUNCT"] for s in tail[:n_desc]]
    elif tail and (before or after):
        more_content = [t for s in tail for t in s]  # "X, Carr explained, was Y"
    # ('"...," said undecided voter Jo Roe': a participle may open the postposed speaker)
    np_after = after[1:] if (after and speaker_after and after[0].xpos == "VBN"
                             and after[0].deprel == "amod") else after
    if before:
        if not _is_np(before) or any(
            t.text.lower() in _REL_PRON and t.upos == "PRON" for t in before
        ):
            return None  # "(a lawyer) who noted that ...": a relative clause, not a cue clause
        source = before
    elif after and np_after and _is_np(np_after, allow_participles=True) and np_after[0].upos in (
        "DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM") and (
        # ('"...," Roe, a pollster, said Sunday.': a day is no postposed speaker)
        not (any(t.text.lower() in time_words for t in after)
             and all(t.text.lower() in time_words or t.upos in ("DET", "ADJ") for t in after))
    ) and (
        verb.xpos != "VBG"  # ("..., adding a plug for X": a participle's object)
        and not addressed  # ("..., told Fox News": the addressee)
        and not (any(t.deprel == "obj" and t.head == verb.index for t in after)
                 and verb.lemma.lower() != "say" and _postposed_object(sent, verb) is None
                 # ('"Debate recap," tweeted Alex Roe': after a closed quotation the noun
                 # phrase is the speaker, whatever the parse made of it)
                 and not _closes_before(segs, at_seg))
        # ("Roe, the senator who heads X, said Doe's gifts ''call into question'' Y": the
        # parse found the cue's subject before it and its complement after it, which runs
        # to the end of the sentence; "X, says Roe, a historian, is Y" goes on after it)
        and not (not quotation and at_seg == len(segs) - 1
                 and any(c.index < verb.index for c in _children(sent, verb, *_SUBJ))
                 and any(c.index > verb.index for c in _children(sent, verb, "ccomp")))
    ):
        # "..., said a police spokesman"
        source = _without_trailing_adjunct(sent, verb, after, time_words)
    elif not descriptors or brackets is None:
        # "CONTENT, the Observatory, a war monitor, said": walk back over noun phrases (noun
        # phrases after a cue clause with no speaker after the cue describe a place or an
        # addressee in it: '"...," Roe said in an interview in Dayton, Ohio.')
        k = at_seg - 1
        while k > 0 and segs[k][0].text not in _QUOTES and (
            _is_np(segs[k]) or _relative_segment(segs[k]) or _list_end(segs[k])
            or _age_segment(segs[k])
        ):
            k -= 1  # (", who served as mayor," and ", 58," describe the speaker too)
        if k == at_seg - 1 or _relative_segment(segs[k + 1]) or _list_end(segs[k + 1]) or (
            _age_segment(segs[k + 1])
        ):
            return None
        source = [t for t in segs[k + 1] if t.upos != "PUNCT"]
        descriptors = [[t for t in seg if t.upos != "PUNCT"] for seg in segs[k + 2 : at_seg]]
        first_content = k + 1
    else:
        return None
    content = {t.index for seg in segs[:first_content] for t in seg}
    if content:  # the commas between content segments belong to it: "In 2015, sales rose"
        content = set(range(min(content), max(content) + 1))
    if more_content and more_content[0].text in _QUOTES and not any(
        sent.tokens[i].text in _QUOTES for i in content
    ):
        # 'When asked about X, Roe said, "I have not heard that."': the quotation after the
        # cue is the content; unquoted words before the cue clause set the scene
        content = set()
    content |= {t.index for t in more_content}
    if not any(sent.tokens[i].upos in ("VERB", "AUX") for i in content) and not (
        # a quotation needs no verb: '"A sad figure!" he wrote'
        content and any(t.text in ("”", '"', "''") for t in sent.tokens[max(content) : verb.index])
    ):
        return None
    first = sent.tokens[min(content)]
    if first.upos in ("SCONJ", "ADP", "ADV") and not any(
        t.text in _QUOTES or t.deprel.split(":")[0] in ("nsubj", "csubj", "expl")
        for t in (sent.tokens[i] for i in content)
    ):
        return None  # "When pressed by reporters, he did apologize ...": no clause, an adjunct
    if _scene_participle(sent, content) or _adverbial_clause_only(sent, verb, content):
        return None
    pronoun_object = any(
        c.upos == "PRON" and c.index > verb.index for c in _children(sent, verb, "obj"))
    if pronoun_object and not (not speaker_after and quotation and bool(source)):
        # "..., let us praise him": the verb has its own object ('"...?" he urged them': after
        # a closed quotation and its speaker, whom he spoke to)
        return None
    return _FinalCue(content, source, descriptors)


#: prepositions of the occasion or channel of a report ("said in a statement that", "argued
#: during the debate that"), not of its topic ("responded to accusations that")
_OCCASION_PREPOSITIONS = frozenset({"in", "on", "at", "during", "through", "via", "after",
                                    "before", "for"})


def _maker(sent: Sentence, adjective: Token) -> Token | None:
    """The verb "make" whose object *adjective* predicates ("made clear that X", "made it
    clear that X"), or None."""
    if adjective.deprel != "xcomp" or adjective.head < 0:
        return None
    verb = sent.tokens[adjective.head]
    return verb if verb.upos == "VERB" and verb.lemma.lower() == "make" else None


def _respondents(sent: Sentence, att: RawAttribution) -> bool:
    """Whether *att*'s source is a share of those polled ("38 percent of voters", "most",
    "a majority"): in a poll's clause ("In the poll, 38 percent said X"), the poll reports
    what they said."""
    if att.source is None:
        return False
    words = [t for t in sent.tokens if att.source[0] <= t.start and t.end <= att.source[1]]
    return any(t.text.lower() in _SHARE_WORDS or t.upos == "NUM" for t in words[:4])


def _relative_before_conjunct(sent: Sentence, verb: Token) -> Token | None:
    """'He met Ann Roe, who answered the door and said she would vote': a verb with no
    subject right after "and" (or "but") goes on with the relative clause set off before
    it, whatever the parse conjoined it to; the relative word is its subject."""
    toks = sent.tokens
    if verb.deprel != "conj" or verb.head < 0 or verb.head > verb.index or verb.index < 2 or (
        toks[verb.index - 1].text.lower() not in ("and", "but")
    ) or _children(sent, verb, *_SUBJ, *_PASS_SUBJ):
        return None
    host = toks[verb.head]
    for rel in reversed(toks[host.index + 1 : verb.index - 1]):
        if rel.text.lower() in ("who", "which") and rel.deprel.startswith("nsubj") and (
            toks[rel.index - 1].text == ","
        ) and host.index < rel.head < verb.index and rel.head != host.index:
            clause = _subtree_ids(sent, rel.head)
            if max(clause) == verb.index - 2:  # (the clause runs up to the "and")
                return rel
            return None
    return None


def _clause_taken_for_a_relative(sent: Sentence, verb: Token, lex: CueLexicon) -> Token | None:
    """'told reporters that he did not know whether X', 'said at a news conference last week
    that she would govern': the parse took the that-clause after the addressee, or after a
    phrase of time, occasion or channel, for a relative clause on its noun. A relative
    "that" stands for a noun in its clause; a "that" the parse calls a subordinating mark,
    before a clause with a subject of its own, opens what was said. Not after a noun that
    takes a that-clause of its own ("responded on Sunday to reports that X"). Returns the
    clause's head, or None."""
    addressed = verb.lemma.lower() in lex.addressed_verbs
    for host in _children(sent, verb, "obj", "iobj", "obl", "obl:tmod", "obl:unmarked",
                          "obl:npmod"):
        if host.index < verb.index or host.lemma.lower() in lex.report_nouns:
            continue
        cases = [k.text.lower() for k in _children(sent, host, "case")]
        if not ((addressed and host.deprel in ("obj", "iobj")) or _time_phrase(
            sent, host, lex.time_words
        ) or (cases and cases[0] in _OCCASION_PREPOSITIONS)):
            continue
        for rel in _children(sent, host, "acl:relcl"):
            sub = _subtree_ids(sent, rel.index)
            first = sent.tokens[min(sub)]
            if rel.index > host.index and first.text.lower() == "that" and (
                first.deprel == "mark" and first.head == rel.index
            ) and _children(sent, rel, *_SUBJ, *_PASS_SUBJ, "expl") and (
                # (right after the host's own words)
                max(_subtree_ids(sent, host.index) - sub) == first.index - 1
            ):
                return rel
    return None


def _clause_hung_on_a_noun(sent: Sentence, verb: Token, lex: CueLexicon) -> set[int]:
    """A reported clause the parse hung on a noun of the cue as a relative clause.

    "told reporters the bill would pass": on the addressee of a verb of telling, a clause
    with its own subject and no relative word. "warned residents that the storm would hit",
    "said in a statement that ...", "said in an oral history of those years that ...": a
    that-clause with its own subject anywhere inside the object or the channel phrase.
    """
    if verb.lemma.lower() in lex.addressed_verbs:
        for noun in _children(sent, verb, "iobj", "obj"):
            for rel in _children(sent, noun, "acl:relcl"):
                kids = _children(sent, rel)
                if rel.index > noun.index and any(
                    k.deprel in (*_SUBJ, *_PASS_SUBJ) for k in kids
                ) and not any(k.text.lower() in _REL_PRON for k in kids):
                    return _subtree_ids(sent, rel.index)
    for noun in _children(sent, verb, "obj", "iobj", "obl"):
        inside = _subtree_ids(sent, noun.index)
        for rel in (t for t in sent.tokens if t.index in inside and t.deprel in (
                "acl:relcl", "acl") and t.head in inside):
            that = [m for m in _children(sent, rel) if m.text.lower() == "that"
                    and (m.upos == "SCONJ" or m.deprel == "mark") and m.index < rel.index]
            if rel.index > noun.index and that and any(
                s.index > that[0].index for s in _children(sent, rel, *_SUBJ, *_PASS_SUBJ)
            ):
                return _subtree_ids(sent, rel.index)
        if _is_time_noun(sent, noun, lex.time_words) and noun.index > verb.index:
            # "said last week that the judge was biased", "said on Monday that taxes would
            # rise": a "that" right after the phrase of time opens the content, wherever the
            # parse hung its clause (and whatever part of speech it gave "that")
            nxt = max(_subtree_ids(sent, noun.index, cut=("acl", "acl:relcl"))) + 1
            if nxt < len(sent.tokens) and sent.tokens[nxt].text.lower() == "that":
                host = sent.tokens[sent.tokens[nxt].head] if sent.tokens[nxt].head >= 0 else None
                if host is not None and host.index > nxt and any(
                    c.index > nxt for c in _children(sent, host, *_SUBJ, *_PASS_SUBJ)
                ):
                    return {i for i in _subtree_ids(sent, host.index) if i >= nxt}
    return set()


def _misparsed_complement(sent: Sentence, verb: Token, lex: CueLexicon) -> set[int]:
    """'suggested the sight of the city was risible': a bare complement clause that the parse
    split into an object and a stray clause. A clause hung on a noun of the cue (see
    _clause_hung_on_a_noun) is the content; otherwise, when the verb's object is followed,
    within the sentence, by a finite verb or copula, the content is everything after the
    cue."""
    hung = _clause_hung_on_a_noun(sent, verb, lex)
    if hung:
        return hung
    for conj in _children(sent, verb, "conj"):
        # "said the Clintons and the foundation had been careful": the parse took the
        # reported clause, which starts right after the cue, for a conjunct of it
        sub = _subtree_ids(sent, conj.index)
        if conj.index > verb.index and min(sub) == verb.index + 1 and sent.tokens[
            verb.index + 1
        ].upos not in ("CCONJ", "PUNCT") and _children(sent, conj, *_SUBJ, *_PASS_SUBJ):
            return sub
    subject = _subject_taken_for_an_oblique(sent, verb)
    if subject:
        return subject
    host = _clause_taken_for_the_host(sent, verb)
    if host:
        return host
    tail = [t for t in sent.tokens[verb.index + 1 :]]
    stop = next((i for i, t in enumerate(tail) if t.text in (";", ":")), len(tail))
    tail = tail[:stop]
    entry = lex.verbs.get(lex.verb_lemma(verb.text, verb.lemma))
    asks = entry is not None and "advcl:if" in entry.content
    if verb.lemma.lower() in lex.addressed_verbs:
        # "told cheering supporters that X": the addressee comes first, however parsed
        k = 0
        while k < min(len(tail), 6) and (
            tail[k].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
            or (k == 0 and tail[k].xpos == "VBG")  # ("cheering supporters")
        ):
            k += 1
        if 0 < k < len(tail) and _complementizer(tail[k]):
            tail = tail[k:]
    opener = tail[0] if tail else None
    clause_opens = opener is not None and (
        _complementizer(opener) or (asks and opener.text.lower() == "whether"))
    if clause_opens and verb.xpos == "VBG" and verb.deprel == "advcl" and all(
            t.upos == "PUNCT" for t in sent.tokens[: verb.index]):
        # "Noting that X, Roe said ...": a participle that opens the sentence reports up to
        # the comma before the main clause
        tail = tail[: next((i for i, t in enumerate(tail) if t.text == ","), len(tail))]
    if clause_opens and any(t.upos in ("VERB", "AUX") and t.xpos in ("VBD", "VBZ", "VBP", "MD")
                            for t in tail[1:]):
        # "suggested that a man wearing X may have deserved it": a that-clause (or, after a
        # verb of asking, a whether-clause) right after the cue, however the parse split it,
        # runs on to the end of the sentence
        return {t.index for t in tail if not (t is tail[-1] and t.upos == "PUNCT")}
    objs = _children(sent, verb, "obj") or [
        # "said women who have abortions are victims", "said seeking help was right": the
        # reported clause's subject taken for an indirect object or a gerund complement of
        # a verb that takes neither
        c for c in _children(sent, verb, "iobj", "xcomp")
        if verb.lemma.lower() not in lex.addressed_verbs and c.index > verb.index
        and min(_subtree_ids(sent, c.index)) == verb.index + 1
        and (c.deprel == "iobj" or c.xpos == "VBG")]
    if not objs:
        return set()
    finite = [t for t in tail if t.index > objs[0].index and (
        (t.upos == "AUX" and t.deprel in ("cop", "aux", "aux:pass")) or
        (t.upos == "VERB" and t.xpos in ("VBD", "VBZ", "VBP", "MD")) or
        (t.upos == "VERB" and t.head == verb.index and t.deprel in ("xcomp", "dep", "conj")))]
    if not finite:
        return set()
    if verb.lemma.lower() in lex.addressed_verbs:
        # "telling reporters, 'Nobody asked'": whom the speaker told is no part of the content
        told = set().union(*(_subtree_ids(sent, o.index) for o in objs))
        k = 0
        while k < len(tail) and tail[k].index in told and tail[k].upos in (*_NP_TAGS, "PUNCT") \
                and tail[k].text not in _OPENING_QUOTES and tail[k].text.lower() != "that":
            k += 1  # the addressee's noun phrase, not a clause the parse hung on it
        while k < len(tail) and tail[k].upos == "PUNCT" and tail[k].text not in _OPENING_QUOTES:
            k += 1
        if k < len(tail):
            tail = tail[k:]
    return {t.index for t in tail}


def _subject_taken_for_an_oblique(sent: Sentence, verb: Token) -> set[int]:
    """"said more than 1,300 emails contained classified material": the parse took the
    reported clause's subject for an oblique of the cue (no preposition but the "than" of a
    quantity) and its verb for a participle modifying that noun; the content is the noun's
    phrase with that verb."""
    for noun in _children(sent, verb, "obl"):
        cases = [k.text.lower() for k in _children(sent, noun, "case")]
        # ("said about half of the rise reflected X": "about" a quantity)
        about = cases == ["about"] and (
            noun.upos == "NUM" or bool(_children(sent, noun, "nummod")))
        if noun.index < verb.index or noun.upos not in ("NOUN", "PROPN", "PRON", "NUM") or (
            any(k != "than" for k in cases) and not about
        ):
            continue
        inner = _subtree_ids(sent, noun.index)
        if any(v.index > noun.index and v.upos == "VERB" and v.xpos in ("VBD", "VBN")
               for v in _children(sent, noun, "acl")):
            return inner
        if about and any(
            t.deprel == "acl" and t.upos == "VERB" and t.xpos in ("VBD", "VBN")
            and not _children(sent, t, *_SUBJ, *_PASS_SUBJ)
            for t in (sent.tokens[i] for i in inner)
        ) and not any(t.upos in ("VERB", "AUX") for t in sent.tokens[max(inner) + 1 :]):
            return inner  # (the clause's verb hung on a noun inside the subject's phrase)
    return set()


def _prepositional_content(sent: Sentence, verb: Token, entry: VerbCue, ids: set[int]) -> bool:
    """Whether the content *ids* holds a prepositional phrase of the cue with one of its
    entry's prepositions ("spoke about X", "voted for X")."""
    preps = {r[4:] for r in entry.content if r.startswith("obl:")}
    return any(
        c.index in ids and any(k.text.lower() in preps for k in _children(sent, c, "case"))
        for c in _children(sent, verb, "obl")
    ) or any(
        # (or the phrase starts right after the cue's preposition: "voted for X")
        sent.tokens[i - 1].text.lower() in preps or sent.tokens[i].text.lower() in preps
        for i in ([min(ids)] if ids else [])
    )


def _clause_taken_for_the_host(sent: Sentence, verb: Token) -> set[int]:
    """"While old hands say there is a benefit ..., others disagree": the parse hung the
    reported clause, which starts right after the cue, above the cue (the cue became an
    adverbial clause of it, or of a clause beside it). The content is that clause from the
    word after the cue, without the clauses the parse set beside it (", others disagree").
    (A bare participle cue is _clause_after_participle's: its speaker is not the host's.)"""
    toks = sent.tokens
    if verb.xpos == "VBG":
        return set()
    nxt = verb.index + 1
    if nxt < len(toks) and toks[nxt].text.lower() == "that":
        nxt += 1
    while nxt < len(toks) and toks[nxt].text in _OPENING_QUOTES:
        nxt += 1
    # the reported clause's subject: the word after the cue, or the head of a phrase that
    # starts there ('said "zero" voters would follow X')
    subject = next((t for t in toks[nxt : nxt + 8] if t.deprel.split(":")[0] in (
        "nsubj", "expl") and min(_subtree_ids(sent, t.index)) == nxt), None)
    if subject is None:
        return set()
    host = toks[subject.head] if subject.head >= 0 else None
    cue_ids = _subtree_ids(sent, verb.index)
    if host is None or host.index <= nxt or host.index in cue_ids or (
        host.upos not in ("VERB", "AUX") and not _children(sent, host, "cop")
    ):
        return set()
    ids = _subtree_ids(sent, host.index, cut=("parataxis",)) - cue_ids
    ids = {i for i in ids if i > verb.index}
    if ids and toks[verb.index + 1].text.lower() == "that":
        ids.add(verb.index + 1)  # (the "that" goes with its clause wherever the parse hung it)
    return ids


_CONTRAST = {"while", "whereas", "however", "although", "though"}


def _cut_at_clause_break(sent: Sentence, verb: Token, ids: set[int]) -> set[int]:
    """A content after its cue ends at a semicolon, or at a comma before a contrasting
    clause (", while 9 percent found it ..."): the rest is the reporter's."""
    toks = sent.tokens
    after = sorted(i for i in ids if i > verb.index)
    for i in after:
        t = toks[i]
        if t.text == "," and i == verb.index + 1 and i + 2 < len(toks) and (
            toks[i + 1].text.lower() == "however" and toks[i + 2].text == ","
        ):
            # ("says, however, that X": an adverb set off by commas right after the cue is an
            # aside, no break)
            ids = ids - {i, i + 1, i + 2}
            continue
        if t.text == ";" or (
            t.text == "," and i + 1 < len(toks) and toks[i + 1].text.lower() in _CONTRAST
            and not _verbless_aside(sent, toks[i + 1])
            and not _fronted_in_content(sent, toks[i + 1], ids)
        ):
            return {j for j in ids if j < i}
    return ids


def _fronted_in_content(sent: Sentence, word: Token, ids: set[int]) -> bool:
    """Whether the subordinator *word* opens a clause set before the content's own main
    verb, which follows it ("argue that, while the tax may lower premiums, workers won't
    see the savings"): part of what is said, not a contrast the reporter adds."""
    if word.head < 0 or word.deprel != "mark":
        return False
    clause = sent.tokens[word.head]
    return clause.head in ids and clause.head > max(_subtree_ids(sent, clause.index))


def _verbless_aside(sent: Sentence, word: Token) -> bool:
    """Whether the subordinator *word* opens an aside with no verb and no subject ("the
    scandal, while troublesome, was dealt with"), which contrasts nothing."""
    if word.head < 0 or word.deprel != "mark":
        return False
    head = sent.tokens[word.head]
    return head.upos in ("ADJ", "ADV", "NOUN") and not _children(
        sent, head, *_SUBJ, *_PASS_SUBJ, "expl", "cop")


def _is_clause_final(sent: Sentence, ids: set[int]) -> bool:
    last = max(ids)
    rest = [t for t in sent.tokens[last + 1 :] if t.upos != "PUNCT"]
    return not rest


def has_hedge(sent: Sentence, ids: set[int] | None, lex: CueLexicon) -> bool:
    """Whether the words *ids* of *sent* (all words when None) carry an epistemic hedge."""
    for t in sent.tokens:
        if ids is not None and t.index not in ids:
            continue
        low = t.text.lower()
        if low in lex.hedge_adverbs:
            return True
        if low in _HEDGE_AUX and t.upos == "AUX":
            return True
        if (
            t.lemma.lower() in lex.hedge_verbs
            and t.upos == "VERB"
            and t.deprel != "ccomp"
            and _children(sent, t, "xcomp")
        ):
            return True
    return False


def _channel(sent: Sentence, verb: Token, lex: CueLexicon) -> Channel | None:
    around = [
        t
        for t in sent.tokens
        if t.head == verb.index and t.deprel in ("obl", "obl:tmod", "advcl", "iobj", "obj")
    ]
    words = " ".join(
        " ".join(x.text for x in sent.tokens if x.index in _subtree_ids(sent, t.index))
        for t in around
    )
    if verb.lemma == "tell":
        return lex.channel_of(words) or "interview"
    if verb.lemma in ("tweet",):
        return "social_media"
    if verb.lemma in ("write",) and not words:
        return "document"
    return lex.channel_of(words)


def _with_channel_phrase(
    sent: Sentence, verb: Token, cue: tuple[int, int], content: set[int], lex: CueLexicon
) -> tuple[int, int]:
    """"said in a statement", "wrote on Facebook": a channel phrase right after the verb
    belongs to the cue."""
    nxt = next((t for t in sent.tokens if t.start >= cue[1]), None)
    if nxt is None or nxt.index in content or nxt.upos != "ADP":
        return cue
    for phrase in _children(sent, verb, "obl"):
        ids = _subtree_ids(sent, phrase.index) - content
        if not ids or min(ids) != nxt.index or max(ids) - min(ids) + 1 != len(ids):
            continue
        words = " ".join(sent.tokens[i].text for i in sorted(ids))
        if lex.channel_of(words) is not None and len(ids) <= 6:
            return cue[0], sent.tokens[max(ids)].end
    return cue


_CUE_LEFT = ("aux", "aux:pass", "cop", "advmod", "neg")
_CUE_PREPS = {"about", "for", "to", "on", "of", "with", "against", "at", "in", "into", "over",
              "upon"}


def _cue_span(
    sent: Sentence, verb: Token, content: set[int] | None = None,
    time_words: frozenset[str] = frozenset(),
) -> tuple[tuple[int, int], set[int]]:
    """The verb group of a cue: "has also said", "did not say", "called for", "pointed out",
    "to discuss", "said Sunday", "said repeatedly".

    Auxiliaries, negation, adverbs and the infinitive's "to" directly before the verb, a
    particle, an adverb or a bare noun of time (one of *time_words*) after it, and the
    preposition that opens a prepositional content ("talked about X") join the verb, as long
    as they are next to it in the text and no part of the content.  Returns the span and
    the content token ids the cue took over (the preposition).
    """
    first = last = verb.index
    taken: set[int] = set()
    content = content or set()
    while first > 0:
        tok = sent.tokens[first - 1]
        left = tok.deprel in _CUE_LEFT and tok.upos != "PUNCT" and (
            tok.deprel != "advmod" or tok.upos in ("ADV", "PART")
        ) and tok.text.lower() not in _NOT_CUE_ADVERBS
        infinitive = tok.deprel == "mark" and tok.text.lower() == "to"
        if tok.head == verb.index and (left or infinitive):
            first -= 1
        else:
            break
    while last + 1 < len(sent.tokens):
        tok = sent.tokens[last + 1]
        if tok.head == verb.index and tok.deprel == "compound:prt":
            last += 1
        elif tok.head == verb.index and tok.index not in content and not _children(
            sent, tok) and (
            (tok.deprel == "advmod" and tok.upos == "ADV"
             and tok.text.lower() not in _NOT_CUE_ADVERBS)
            or (tok.deprel.startswith("obl") and tok.text.lower() in time_words)
        ):
            last += 1  # ("said Sunday", "said repeatedly")
        elif (
            (tok.deprel == "case" or (tok.deprel == "mark" and tok.head >= 0
                                      and sent.tokens[tok.head].xpos == "VBG"))
            and tok.text.lower() in _CUE_PREPS
            and tok.head >= 0
            and sent.tokens[tok.head].head == verb.index
            # (not "at least 20 victims", "at most", nor "about half" opening a clause)
            and not (tok.index + 1 < len(sent.tokens)
                     and (sent.tokens[tok.index + 1].text.lower() in ("least", "most")
                          or (sent.tokens[tok.index + 1].upos == "NUM" and any(
                              sent.tokens[i].upos == "VERB" for i in content))))
            and (not content or tok.head in content or tok.index in content)
        ):
            last += 1
            taken.add(tok.index)
        else:
            break
    return (sent.tokens[first].start, sent.tokens[last].end), taken


# -- extractors ----------------------------------------------------------------------------
def verb_attributions(
    sent: Sentence, lex: CueLexicon, before: tuple[int, int] | None = None,
    after: tuple[int, int] | None = None,
) -> Iterator[RawAttribution]:
    """Reporting verbs with their subject (the source) and complement (the content).

    *before* is a closed quotation that ends right where the sentence starts: when the
    sentence is a bare cue clause ("Bush said." after '"Loved it!"', which the sentence
    splitter cut off at "!"), the quotation is its content.  *after* is a quotation that
    opens right after the sentence, which ends in a colon: the last cue verb of the
    sentence without a content of its own introduces it ("In a 1963 speech, he declared:").
    """
    # the words of the questions that someone unnamed asks ("Asked if X, ..."), which no
    # cue's content takes in
    asked = {t.index for q in unnamed_questions(sent, lex) for t in sent.tokens
             if q.cue[0] <= t.start < q.contents[0][1]}
    for verb in sent.tokens:
        lemma = verb.lemma.lower()
        adjective = None
        maker = None  # (the "make" of "made it clear")
        if verb.upos == "ADJ" or (verb.upos == "VERB" and verb.xpos == "VBN"
                                  and verb.lemma.lower() not in lex.verbs):
            adjective = lex.adjectives.get(verb.text.lower())  # "concerned", "angry"
            if adjective is not None and verb.text.lower() in lex.made_adjectives:
                maker = _maker(sent, verb)
                if maker is None:
                    adjective = None  # ("it is clear that X", "a clear sign": no one's report)
        if adjective is not None:
            final = None
            lemma = verb.text.lower()
        elif verb.upos != "VERB":
            # a tagger slip ("..., Viguerie concludes." as a noun) counts only in a cue
            # clause that word order alone identifies
            form_lemma = lex.verb_of_form(verb.text)
            if form_lemma is None or verb.upos not in ("NOUN", "PROPN", "ADJ", "X"):
                continue
            prev = sent.tokens[verb.index - 1] if verb.index > 0 else None
            if prev is not None and (verb.text[:1].isupper() or prev.upos in ("ADJ", "DET", "NUM")):
                continue  # "the United States", "delegate-rich states": a noun after all
            final = _final_cue(sent, verb)
            if final is None:
                continue
            lemma = form_lemma
        else:
            final = None
            lemma = lex.verb_lemma(verb.text, lemma)
        entry = adjective or lex.verbs.get(lemma)
        if entry is not None and entry.particle is not None and not any(
            c.text.lower() == entry.particle
            for c in _children(sent, verb, "compound:prt", "advmod")
        ):
            continue  # ("fired the staff": only "fired back" reports)
        if entry is None and lemma in lex.as_it_verbs and verb.upos == "VERB" and (
            _as_clause_host(sent, verb, it_object=True) is not None
        ):
            entry = VerbCue(lemma=lemma, stance="neutral", content=frozenset(), strict=True)
        if entry is None or _discourse_marker(sent, verb, lex):
            continue
        if lemma in lex.naming_verbs and (
            (verb.deprel in ("acl", "amod") and verb.xpos == "VBN")
            or (any(o.text.lower() in _REFLEXIVES for o in _children(sent, verb, "obj"))
                # ("called himself pro-choice", "calls herself a moderate": a description
                # in lower case is a claim about oneself)
                and not any(p.text[:1].islower() and p.upos != "PROPN"
                            and p.text.lower() not in _REFLEXIVES
                            for p in _children(sent, verb, "obj", "xcomp")))
        ):
            continue  # "a group called X", "a site that calls itself X": a name, no report
        relative = None if adjective is not None else _relative_report(sent, verb)
        if entry.attitude and relative is None and verb.deprel in (
            "acl", "acl:relcl", "amod") and not (
            # ("a debate that is expected to draw a crowd": an impersonal report)
            verb.deprel == "acl:relcl" and lemma in lex.impersonal
            and bool(_children(sent, verb, "aux:pass"))
        ) and not (
            verb.deprel == "acl" and verb.xpos == "VBG" and entry.siding
            and bool(_children(sent, verb, "obj"))
        ) and not (
            # ("a speech in which he pledged that X": a relative clause with a subject of its
            # own, not the relative word, reports what that subject says)
            verb.deprel == "acl:relcl" and any(
                c.upos in ("PRON", "PROPN", "NOUN") and c.text.lower() not in _REL_PRON
                for c in _children(sent, verb, *_SUBJ))
            and any(k.deprel in ("ccomp", "xcomp") or (
                k.deprel == "obj" and k.text.lower() == "that") for k in _children(sent, verb))
        ) and not (
            verb.deprel == "acl:relcl" and any(
                (c.text.lower() == "who" and c.index > 0 and sent.tokens[c.index - 1].text == ",")
                or (c.text.lower() in ("who", "that", "which") and entry.siding
                    and bool(_children(sent, verb, "obj")))
                for c in _children(sent, verb, *_SUBJ))
        ):
            # "voters who want change", "a PAC supporting X": a description; a relative
            # clause set off by a comma reports the stance ("Ortiz, who backs the plan,")
            continue
        passive = bool(_children(sent, verb, "aux:pass")) or (
            bool(_children(sent, verb, *_PASS_SUBJ)) and not _false_passive(sent, verb)
        )
        # word order first: a cue clause set off by commas is the most reliable signal
        if final is None:
            final = _final_cue(sent, verb, addressed=lemma in lex.addressed_verbs, preps=frozenset(
                r[4:] for r in entry.content if r.startswith("obl:")),
                objects="obj" in entry.content, time_words=lex.time_words)
        # ("..., told Fox News": after "tell" comes whom, never who)
        postposed = None if lemma in lex.addressed_verbs else _postposed_object(sent, verb)
        as_host = None
        if not entry.attitude and not any(r.startswith("obl:") for r in entry.content):
            as_host = _as_clause_host(sent, verb, it_object=lemma in lex.as_it_verbs)
        if relative is not None:
            # "the plan, which officials said will cost $5 billion": the relative word and
            # the clause after the cue
            ids = relative[0]
            # (the relative word stands for a noun outside the report: it is kept apart)
            contents = _content_runs(sent, ids - {min(ids)})
        elif as_host is not None:
            # "As the Post reported, Republicans control ...": the clause the as-clause
            # modifies is the content
            ids = _subtree_ids(sent, as_host.index) - _subtree_ids(sent, verb.index)
            # ('as she said, "I am sick of it" about the ads, Roe hit back': or the
            # quotation right after it, or the clause of one right before it, whatever the
            # parse hung on them)
            ids = _quotation_after_clause(sent, verb) or _quoted_clause_before_as(
                sent, verb) or ids
            contents = _content_runs(sent, ids)
        elif final is not None:
            ids = final.content
            contents = _content_runs(sent, ids)
        else:
            extra = entry.content - {"obj"} if postposed is not None else entry.content
            contents, ids = _verb_contents(sent, verb, extra, lex, skip=postposed,
                                           complements_only=entry.strict)
            cut = _cut_before_reporting_participle(sent, verb, _drop_second_reports(
                sent, verb, _drop_stray_predicates(sent, verb, ids), lex), lex)
            if cut != ids and _content_runs(sent, cut):
                ids = cut
                contents = _content_runs(sent, ids)
            unrelated = _cut_at_relative_close(sent, verb, _cut_trailing_relative(
                sent, verb, _cut_relative_report(sent, verb, ids, lex)))
            if unrelated != ids and _content_runs(sent, unrelated):
                ids = unrelated
                contents = _content_runs(sent, ids)
            if ids:
                regrouped = _regroup_conjuncts(sent, verb, ids, lex)
                if regrouped != ids:
                    ids = regrouped
                    contents = _content_runs(sent, ids)
            if not contents and postposed is not None:
                # '"...," said one former executive who ...': what precedes the comma
                k = verb.index - 1
                while k > 0 and sent.tokens[k].text in _QUOTES:
                    k -= 1
                ids = set(range(0, k + (sent.tokens[k].text in ("!", "?"))))
                contents = _content_runs(sent, ids)
            if not contents and not entry.attitude:
                ids = _short_answer(sent, verb)
                # (an answer is content however short: "said yes")
                contents = [_span([sent.tokens[i] for i in sorted(ids)])] if ids else []
        if contents and max(ids) < verb.index and not any(
                sent.tokens[i].text in _QUOTES for i in ids):
            after_clause = _quotation_after_clause(sent, verb)
            if after_clause:
                # 'Asked if X, Roe said, "Sure."': the quotation after the cue clause is what
                # was said; the unquoted words before it set the scene
                ids = after_clause
                contents = _content_runs(sent, ids)
        quoted = _quotation_around(sent, verb.index)
        # a report inside a quotation ('"... Roe, asked for help," Doe said') has its content
        # inside the quotation too, and one inside brackets inside them ('X drew blowback ("I
        # want my dues back," wrote one member), and ...'; the brackets are no content)
        for inner, marks in ((quoted, True), (_brackets_around(sent, verb.index), False)):
            if inner is not None and contents and not inner[0] <= min(ids) <= max(ids) <= inner[1]:
                ids = {i for i in ids if inner[0] + (not marks) <= i <= inner[1] - (not marks)}
                contents = _content_runs(sent, ids)
        if contents and min(ids) < verb.index < max(ids):
            # '"...," he said, pointing to his ears': a participle after a cue that follows
            # its content tells what the speaker did, not what was said
            trimmed = _drop_trailing_participles(sent, verb, ids)
            if trimmed != ids and _content_runs(sent, trimmed):
                ids = trimmed
                contents = _content_runs(sent, ids)
        if not contents and entry.siding and (pronoun := next((
            o for o in _children(sent, verb, "obj") if o.index > verb.index
            and o.text.lower() in ("him", "her", "them")), None)) is not None:
            # ("hasn't endorsed her", "strongly supported him": a side taken for a person the
            # pronoun stands for)
            ids = {pronoun.index}
            contents = [_span([pronoun])]
        if not contents and not entry.attitude and quoted is None:
            # 'and said, "No."', 'said in a statement: "..."': a quotation the parse
            # hung elsewhere follows the cue clause (not for a cue inside a quotation,
            # whose closing mark opens nothing: '"I never said no," Roe wrote')
            ids = _quote_after(sent, verb)
            if ids:
                contents = [_span([sent.tokens[i] for i in sorted(ids)])]
        clause_host = None
        if not contents and not entry.attitude and verb.xpos == "VBG":
            clause_host = _clause_after_participle(sent, verb)
            if clause_host is not None:
                ids = set(range(verb.index + 1, max(_subtree_ids(sent, clause_host.index)) + 1))
                ids = {i for i in ids if not (i == len(sent.tokens) - 1
                                              and sent.tokens[i].upos == "PUNCT")}
                contents = _content_runs(sent, ids)
        if not contents and before is not None and not entry.attitude and _bare_cue_clause(
            sent, verb, lex
        ):
            contents = [before]
        if not contents and after is not None and not entry.attitude and not passive and all(
            t.upos not in ("VERB", "AUX") for t in sent.tokens[verb.index + 1 :]
        ):
            contents = [after]
        if not contents and passive and "obj" in entry.content and _agent(sent, verb):
            # "The decision was announced by the ministry": the passive subject is the content
            for subj_pass in _children(sent, verb, *_PASS_SUBJ):
                ids = _subtree_ids(sent, subj_pass.index)
                contents = _content_runs(sent, ids)
        if (
            passive
            and lemma in lex.impersonal
            and not _agent(sent, verb)
            and (contents or _children(sent, verb, "xcomp"))
        ):
            yield _impersonal(sent, verb, lex)
            continue
        if not contents or _ANONYMITY.match(_sent_text(sent, contents[0])) or (
            verb.deprel in ("xcomp", "advcl", "acl") and verb.head >= 0 and any(
                sent.tokens[i].text.lower() == "anonymity" and i < verb.index
                for i in _subtree_ids(sent, verb.head)
            )
        ):
            # "who asked not to be named", "who requested anonymity to discuss the talks",
            # "speaking on the condition of anonymity to offer an assessment": how a source
            # is hidden, not a report
            continue
        if lemma == "find" and not _a_finding(sent, verb, ids, lex):
            continue  # "find a job", "found its way": no finding reported
        if not entry.clause and not _prepositional_content(sent, verb, entry, ids):
            continue  # ("..., Gates said, who spoke Tuesday": "speak" reports no clause)
        subj = _subject_of(sent, verb) if postposed is None else postposed
        subj = _relative_before_conjunct(sent, verb) or subj
        if maker is not None:
            # ("made it clear": the one who makes, not the object "it" the adjective is of)
            subj = _subject_of(sent, maker)
        if relative is not None:
            subj = _phrase_head(relative[1]) or relative[1][-1]
        if clause_host is not None:
            # (the participle hangs on its own content: the speaker is the governing
            # clause's subject)
            subj = None if clause_host.head < 0 else _subject_of(
                sent, sent.tokens[clause_host.head])
        if subj is None and verb.xpos == "VBG" and verb.deprel == "acl" and verb.head >= 0 and (
            not entry.attitude and _absolute_with(sent, sent.tokens[verb.head])
        ):
            # "with 30 percent of voters saying they ...": the noun of the absolute "with"
            # phrase is the participle's subject
            subj = sent.tokens[verb.head]
        if subj is None and adjective is not None:
            # "the union is concerned about ...": the experiencer is the source
            subj = next(iter(_children(sent, verb, *_PASS_SUBJ)), None)
        if subj is not None and _is_time_noun(sent, subj, lex.time_words):
            timed = subj
            subj = _beside_time_word(sent, subj, lex)
            host = sent.tokens[verb.head] if verb.head >= 0 else None
            if subj is None and host is not None and timed.index < verb.index and (
                verb.deprel in ("advcl", "conj", "ccomp", "parataxis")
                and host.upos == "VERB" and host.xpos in ("VBD", "VBN")
                and host.index < timed.index and not _children(sent, host, "aux", "aux:pass")
            ):
                # "A poll released on Tuesday showed ...": the parse took the participle of a
                # reduced relative for the main verb and the day for the cue's subject
                subj = _subject_of(sent, host)
        if subj is not None and subj.index in ids and verb.xpos == "VBG" and (
            verb.deprel in ("advcl", "conj", "xcomp") and verb.head >= 0
        ):
            # "X shrugged it off, telling reporters, '...'": the parse took a word of the
            # quotation for the participle's subject; the speaker is the clause's subject
            subj = _subject_of(sent, sent.tokens[verb.head])
        if verb.xpos == "VBG" and verb.index > 0 and sent.tokens[verb.index - 1].text == "," \
                and verb.deprel in ("advcl", "ccomp", "conj", "xcomp") and verb.head >= 0:
            # "Roe said taxes would rise, adding that ...": the parse hung the participle on
            # the reported clause; it goes with that report's speaker ('"...," she said,
            # adding ...': on the cue itself, with its subject)
            host = sent.tokens[verb.head]
            outer = sent.tokens[host.head] if host.head >= 0 else None
            if host.deprel == "ccomp" and outer is not None and outer.index < host.index and (
                lex.verbs.get(lex.verb_lemma(outer.text, outer.lemma)) is not None
            ):
                subj = _subject_of(sent, outer)
            elif subj is None and host.index < verb.index:
                subj = _subject_of(sent, host)
            if subj is not None and subj.text.lower() in _REL_PRON and subj.upos == "PRON":
                # "Roe attacked the bill that would have granted X, telling Y that ...":
                # the parse hung the participle on a relative clause; the speaker is the
                # subject of the clause the relative clause's noun is in
                subj = _subject_outside_relative(sent, host)
        quoted_at = _quotation_around(sent, subj.index) if (
            subj is not None and verb.xpos == "VBG") else None
        if quoted_at is not None and _quotation_around(sent, verb.index) is None:
            # 'Roe emailed supporters saying "The struggle continues" and vowing to ...': the
            # parse hung the participle on the quotation; its speaker is the subject of the
            # clause outside the quotation
            governing: Token | None = sent.tokens[verb.head] if verb.head >= 0 else None
            while governing is not None and quoted_at[0] <= governing.index <= quoted_at[1]:
                governing = sent.tokens[governing.head] if governing.head >= 0 else None
            subj = _subject_of(sent, governing) if governing is not None else None
        if subj is None and verb.deprel == "acl" and verb.head >= 0 and (
            _marked_by_to(sent, verb) or verb.xpos == "VBG"
        ):
            # "Khan mounted a campaign to condemn X", "sent out pitches highlighting X": the
            # speaker of an infinitive or participle on a noun is the subject of the verb
            # that takes the noun
            noun = sent.tokens[verb.head]
            if noun.deprel in ("obj", "obl") and noun.head >= 0 and (
                sent.tokens[noun.head].upos == "VERB"
            ):
                subj = _subject_of(sent, sent.tokens[noun.head])
        if subj is not None and (subj.index in ids or not _can_be_source(sent, subj, lex) or (
            # ("Roe, an aide, said Tuesday morning that ...": the parse's postposed subject
            # is a time; the name before the cue is the speaker)
            subj.index > verb.index and _is_time_noun(sent, subj, lex.time_words)
        )):
            subj = None
        if subj is not None and quoted is not None and not quoted[0] <= subj.index <= quoted[1]:
            subj = None  # the speaker of the quotation is not who reports inside it
        named = None
        if subj is None and quoted is None and not (
            passive and _children(sent, verb, *_PASS_SUBJ)
        ):
            # (the subject of a passive cue is who was asked or told, not the speaker)
            named = _name_before_apposition(sent, maker or verb, ids, lex)
            if named is None:
                subj = _surface_subject(sent, maker or verb, ids, lex)
        src = source_phrase(sent, subj, lex.time_words) if subj is not None else named
        if relative is not None and subj is not None:
            src = _phrase_of(relative[1], [])  # (the parse may hang the relative word on it)
        if final is not None and final.source:
            src = _phrase_of(final.source, final.descriptors)
        if src is not None and _is_time_noun(sent, src.head, lex.time_words):
            src = None  # "proposed last year": a phrase of time names no one
        if src is None:
            # a reporting verb with no one doing the reporting ("Asked about the vote, ...",
            # "Speaking on Sunday, ...") attributes nothing: the clause stays in the
            # reporter's voice
            continue
        if ids & asked and verb.index not in asked:
            # 'Asked if he was ever bullied, Roe said no': the question is put to the
            # speaker, and the answer is what the speaker says
            ids -= asked
            contents = _content_runs(sent, ids)
            if not contents:
                ids = _short_answer(sent, verb)
                contents = [_span([sent.tokens[i] for i in sorted(ids)])] if ids else []
            if not contents:
                continue
        hedged = entry.stance == "hedging" or has_hedge(sent, ids, lex)
        cue_span, taken = _cue_span(sent, verb, ids, lex.time_words)
        if maker is not None:
            # ("has made it clear": the verb group of "make" joins the cue)
            cue_span = (_cue_span(sent, maker, ids, lex.time_words)[0][0], cue_span[1])
        if lemma in lex.as_it_verbs and as_host is not None:
            # ("as Roe put it": the object joins the cue)
            cue_span = (cue_span[0], max(cue_span[1], *(
                o.end for o in _children(sent, verb, "obj") if o.text.lower() == "it")))
        cue_span = _with_channel_phrase(sent, verb, cue_span, ids, lex)
        if src.span[0] <= cue_span[0] < src.span[1] <= verb.start:
            # ("Most believe": an adverb of the verb group that is its speaker stays out)
            cue_span = (min(t.start for t in sent.tokens if t.start >= src.span[1]), cue_span[1])
        if taken & ids:
            contents = _content_runs(sent, ids - taken)
            if not contents:
                continue
        content_prefix = None
        if relative is not None and cue_span[1] <= min(contents)[0]:
            # "the plan, which officials said will cost $5 billion": "which" stands in the
            # content for the plan
            rel = sent.tokens[min(relative[0])]
            content_prefix = (rel.start, rel.end)
        elif cue_span[1] <= min(contents)[0]:
            word = _relative_before_source(sent, src.span, cue_span, min(contents)[0])
            if word is not None:
                content_prefix = (word.start, word.end)
        yield RawAttribution.from_phrase(
            sent, src, cue=cue_span, lemma=lemma, stance=entry.stance,
            contents=tuple(contents), channel=_channel(sent, verb, lex), hedged=hedged,
            attitude=entry.attitude, content_prefix=content_prefix,
        )


#: short answers a cue may report on their own ("46 percent said yes", "said the same")
_SHORT_ANSWERS = (("yes",), ("no",), ("so",), ("the", "same"))


def _short_answer(sent: Sentence, verb: Token) -> set[int]:
    """The short answer right after a cue that the parse gave no content ("voters said
    yes", "26 percent said the same"), ending its clause."""
    toks = sent.tokens
    for answer in _SHORT_ANSWERS:
        end = verb.index + 1 + len(answer)
        words = [t.text.lower() for t in toks[verb.index + 1 : end]]
        if tuple(words) == answer and (end == len(toks) or toks[end].upos == "PUNCT"):
            return set(range(verb.index + 1, end))
        if tuple(words) == answer == ("the", "same") and end < len(toks) and (
            toks[end].text.lower() in ("of", "for", "about")
        ):
            # ("43 percent said the same of Doe": what the same is said of)
            stop = next((t.index for t in toks[end + 1 :] if t.upos == "PUNCT"), len(toks))
            if stop - end <= 8:
                return set(range(verb.index + 1, stop))
    return set()


def _quotation_after_clause(sent: Sentence, verb: Token) -> set[int]:
    """The quotation that opens right after the cue's clause and its comma, through the
    end of the comma segment that it closes in ("as she said, "..." about X, ...")."""
    clause = _subtree_ids(sent, verb.index)
    toks = sent.tokens
    k = verb.index + 1
    while k < len(toks) and k in clause and toks[k].text != ",":
        k += 1
    while k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or toks[k].text not in _DOUBLE_OPEN | {'"'}:
        return set()
    marks = 0
    for end in range(k, len(toks)):
        marks += toks[end].text in _DOUBLE_MARKS
        if marks % 2 == 0 and (toks[end].text in (",", ";") or end == len(toks) - 1):
            span = range(k, end + (toks[end].text not in (",", ";")))
            words = [toks[i] for i in span if toks[i].text[:1].isalpha()]
            if len(words) > 1 and all(w.text[:1].isupper() for w in words) and not any(
                    w.upos in ("VERB", "AUX") for w in words):
                return set()  # a title ('..., "The Apprentice"'), not what was said
            return set(span)
    return set()


def _subject_outside_relative(sent: Sentence, clause: Token) -> Token | None:
    """The subject of the nearest clause above the relative clause that *clause* is in
    (or heads): the verb above its noun that is no modifier of a noun itself."""
    k = clause.index
    seen = 0
    while k >= 0 and sent.tokens[k].deprel != "acl:relcl" and seen < len(sent.tokens):
        k = sent.tokens[k].head
        seen += 1
    if k < 0:
        return None
    k = sent.tokens[k].head
    while k >= 0 and seen < len(sent.tokens):
        tok = sent.tokens[k]
        if tok.upos in ("VERB", "AUX", "ADJ") and tok.deprel not in ("acl", "acl:relcl", "amod"):
            subj = _subject_of(sent, tok)
            if subj is not None and subj.text.lower() not in _REL_PRON:
                return subj
            return None
        k = tok.head
        seen += 1
    return None


def _discourse_marker(sent: Sentence, verb: Token, lex: CueLexicon) -> bool:
    """Whether *verb* is in a set phrase that reports nothing ("All told, 40 died", "It
    was, you know, hard"): one of the lexicon's ``discourse_markers``, set off by
    punctuation, a conjunction before it or the sentence's ends."""
    toks = sent.tokens
    for words in lex.discourse_markers:
        for start in range(max(0, verb.index - len(words) + 1), verb.index + 1):
            end = start + len(words)
            if end > len(toks) or [t.text.lower() for t in toks[start:end]] != list(words):
                continue
            if (start == 0 or toks[start - 1].upos in ("PUNCT", "CCONJ")) and (
                    end == len(toks) or toks[end].upos == "PUNCT"):
                return True
    return False


def _quoted_clause_before_as(sent: Sentence, verb: Token) -> set[int]:
    """'the fact that the race "is a dead heat," as Cruz said, magnifies X': a quotation
    that closes right before the as-clause of the cue is what was said, with the words of
    its clause before it (not the "that" that opens it)."""
    toks = sent.tokens
    marks = [m for m in _children(sent, verb, "mark") if m.text.lower() == "as"]
    if not marks:
        return set()
    k = marks[0].index - 1
    while k >= 0 and toks[k].text == ",":
        k -= 1
    if k <= 0 or toks[k].text not in _CLOSING_QUOTES:
        return set()
    quote = _quotation_around(sent, k - 1)
    if quote is None or quote[1] != k:
        return set()
    inside = set(range(quote[0] + 1, k))
    heads = [t for t in toks if t.index in inside and t.head not in inside]
    if len(heads) != 1:
        return {*inside, quote[0], k}
    sub = _subtree_ids(sent, heads[0].index)
    if verb.index in sub:
        return {*inside, quote[0], k}
    ids = {i for i in sub if i <= k} | {quote[0], k}
    first = min(ids)
    while first < quote[0] and (_complementizer(toks[first]) or toks[first].upos == "PUNCT"):
        ids.discard(first)
        first += 1
    return set(range(first, k + 1)) & (ids | inside)


def _by_agent(sent: Sentence, verb: Token, tok: Token) -> bool:
    """Whether *tok* is the "by" phrase of a past participle ("as noted by analysts"),
    whatever relation the parse gave it."""
    return verb.xpos == "VBN" and tok.deprel in ("obl", "obl:agent") and any(
        c.text.lower() == "by" for c in _children(sent, tok, "case"))


def _as_clause_host(sent: Sentence, verb: Token, *, it_object: bool = False) -> Token | None:
    """The clause that an "as"-clause of the cue verb modifies ("As the Post reported, X",
    "X, as the Post reported", "As reported by the Post, X"), when the cue has no
    complement of its own. With *it_object*, the cue must have the object "it" ("as Roe
    put it")."""
    if verb.deprel != "advcl" or verb.head < 0 or not any(
        m.text.lower() == "as" for m in _children(sent, verb, "mark")
    ):
        return None
    it = [o for o in _children(sent, verb, "obj") if o.text.lower() == "it"]
    if it_object and not it:
        return None
    if any(c.deprel not in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "advmod",
                            "punct", "obl:tmod", "obl:unmarked", "expl")
           and not _by_agent(sent, verb, c) and not (it_object and c in it)
           # ("as Roe said on a radio show", "as she noted in her speech": where or when)
           and not (c.deprel == "obl" and any(
               k.text.lower() in ("on", "in", "at", "during") for k in _children(sent, c, "case")))
           for c in _children(sent, verb)):
        # a bare cue clause only: "as he spoke to voters", "as Roe continued his attacks"
        # say when, not who reports
        return None
    host = sent.tokens[verb.head]
    while host.deprel == "xcomp" and host.head >= 0:
        host = sent.tokens[host.head]  # ("X started selling ads, as the Post reported")
    return host if host.upos in ("VERB", "AUX", "ADJ", "NOUN") else None


_ANONYMITY = re.compile(
    r"^(?:not to be (?:named|identified|quoted)|anonymity|(?:on )?(?:the )?condition of "
    r"anonymity|not to be named because)", re.IGNORECASE)


def _tokens_within(sent: Sentence, span: tuple[int, int]) -> list[Token]:
    """The tokens of *sent* that lie wholly inside the character span *span*."""
    return [t for t in sent.tokens if span[0] <= t.start and t.end <= span[1]]


def _sent_text(sent: Sentence, span: tuple[int, int]) -> str:
    """The words of *sent* inside *span*, joined by single spaces."""
    return " ".join(t.text for t in _tokens_within(sent, span))


def _relative_aside(sent: Sentence, head: Token) -> bool:
    """The clause under *head* opens with a relative pronoun after a comma (', who ...')."""
    words = sorted(i for i in _subtree_ids(sent, head.index) if sent.tokens[i].upos != "PUNCT")
    first = words[0] if words else head.index
    return (sent.tokens[first].text.lower() in ("who", "whom", "whose") and first > 0
            and sent.tokens[first - 1].text == ",")


def _postposed_object(sent: Sentence, verb: Token) -> Token | None:
    """'"...," said Tim Waters.': a subject after the verb that the parse took for its
    object (the verb has no subject, its content comes before it, set off by a comma)."""
    if _children(sent, verb, *_SUBJ, *_PASS_SUBJ) or verb.xpos == "VBG":
        return None  # (", adding a plug for ...": a participle's object is no speaker)
    # the object, or a "complement" that is only a noun phrase ("said one former executive
    # who ...", parsed as ccomp with an adjective head)
    objs = [c for c in _children(sent, verb, "obj", "ccomp") if c.index > verb.index and (
        c.deprel == "obj" or (c.upos in ("NOUN", "PROPN", "ADJ") and not _children(
            sent, c, *_SUBJ, *_PASS_SUBJ, "cop", "aux", "mark")))]
    if not objs or verb.index < 2:
        return None
    k = verb.index - 1
    while k > 0 and sent.tokens[k].text in _QUOTES:
        k -= 1
    # '"...," said X' or '"...!" said X'
    if sent.tokens[k].text not in _SEPARATORS and not (
        sent.tokens[k].text in ("!", "?") and k < verb.index - 1
    ):
        return None
    if not any(c.index < verb.index for c in _children(sent, verb, "ccomp", "parataxis")) and (
        sent.tokens[0].text not in _QUOTES
    ):
        return None
    obj = objs[0]
    noun_like = obj.upos in ("PROPN", "NOUN") or obj.text[:1].isupper() or (
        obj.deprel == "ccomp" and bool(_children(sent, obj, "det", "nummod", "amod")))
    return obj if noun_like else None


def _relative_report(sent: Sentence, verb: Token) -> tuple[set[int], list[Token]] | None:
    """A report inside a relative clause, by word order: "REL NP VERB CLAUSE".

    "the plan, which officials said will cost $5 billion": the relative word and the clause
    after the cue (up to the next comma) are the content, the noun phrase between them the
    source.  The clause must go on with a finite verb, on its own ("which critics said was
    unfair") or after its subject ("which he said the state should pay for"); an infinitive
    ("the message that officials expect to hear") or "that" is another construction.
    Returns the content ids (the relative word first) and the source's words, or None.
    """
    toks = sent.tokens
    k = verb.index - 1
    while k >= 0 and toks[k].upos in ("ADV", "AUX", "PART") and toks[k].deprel != "mark":
        k -= 1  # "which officials have long said", "that lawmakers still believe"
    np_end = k
    while k >= 0 and toks[k].text.lower() not in _REL_PRON and verb.index - k <= 7:
        k -= 1
    if k < 1 or toks[k].text.lower() not in _REL_PRON or toks[k].upos not in (
        "PRON", "DET", "SCONJ"
    ):
        return None
    rel = toks[k]
    phrase = list(toks[rel.index + 1 : np_end + 1])
    if not phrase or not _is_np(phrase) or any(t.text in (",", ";", ":") for t in phrase):
        return None
    before = toks[rel.index - 1]
    if before.upos not in ("NOUN", "PROPN", "PUNCT", "NUM") or (
        before.upos == "PUNCT" and before.text != ","
    ):
        return None  # a relative word right after its antecedent or its comma
    end = len(toks)
    for i in range(verb.index + 1, len(toks)):
        if toks[i].text in (",", ";", ":", "—", "–", "--", "(", ")"):
            end = i
            break
    clause = toks[verb.index + 1 : end]
    if clause and clause[-1].upos == "PUNCT" and end == len(toks):
        clause = clause[:-1]
    finite = ("VBZ", "VBD", "VBP", "MD")
    first_verb = next((i for i, t in enumerate(clause) if t.upos in ("VERB", "AUX")), None)
    if first_verb is None or clause[first_verb].xpos not in finite:
        return None
    if first_verb > 0 and (
        rel.text.lower() == "that" or not _is_np(clause[:first_verb])
        or any(t.upos in ("SCONJ", "CCONJ") for t in clause[:first_verb])
    ):
        # "which he said the state should pay for": a subject first, only after "which" or
        # "who" ("concerns that he said it was ..." is a that-clause)
        return None
    if rel.text.lower() == "that" and before.upos not in ("NOUN", "PROPN"):
        return None
    if clause[0].text.lower() in ("that", "to") or len(clause) < 2:
        return None
    if before.text != ",":
        # a restrictive clause has no comma to end it: it ends before the main verb ("the
        # plan that officials said would save money was dropped")
        i = first_verb
        while i < len(clause) and clause[i].upos in ("AUX", "VERB", "ADV", "PART"):
            i += 1
        for j in range(i, len(clause)):
            if clause[j].text.lower() in _SUBORDINATORS or clause[j].upos == "CCONJ":
                break
            if clause[j].upos in ("AUX", "VERB") and clause[j].xpos in finite:
                clause = clause[:j]
                break
    return {rel.index, *(t.index for t in clause)}, phrase


def _relative_before_source(
    sent: Sentence, source: tuple[int, int], cue: tuple[int, int], content_start: int
) -> Token | None:
    """The relative word right before a cue clause whose content follows the cue: "a deal
    which Roe called a disaster", "what analysts said was a sign of ...", "whom he described
    as volatile".  None when there is none."""
    toks = sent.tokens
    first = next((t for t in toks if t.start >= source[0]), None)
    if first is None or first.index == 0:
        return None
    word = toks[first.index - 1]
    if word.text.lower() not in _RELATIVE_WORDS_BEFORE or word.upos not in ("PRON", "DET"):
        return None
    if word.text.lower() == "that" and word.xpos != "WDT":
        return None
    if word.index > 0 and toks[word.index - 1].upos == "ADP":
        return None  # "in which officials said ...": the relative word is the preposition's
    between = [t for t in toks if source[1] <= t.start < cue[0]]
    if any(t.upos in ("VERB", "PUNCT") for t in between):
        # ("which he has so far refused to consider", "which Roe on Friday declared ...":
        # the cue's auxiliaries and adjuncts, no clause of their own)
        return None
    after = [t for t in toks if cue[1] <= t.start < content_start]
    if any(t.upos != "PUNCT" for t in after):
        return None
    opening = next((t for t in toks if t.start >= content_start), None)
    if opening is None or opening.text.lower() in ("that", "whether", "if"):
        return None  # the content is a clause of its own
    return word


def _clause_after_participle(sent: Sentence, verb: Token) -> Token | None:
    """The clause a bare participle cue introduces when the parse did not hang it on the cue.

    "..., saying conservatives need to band together": the parse made the participle a
    modifier of "need", or made "need" a conjunct of the main verb.  The clause is the verb
    whose subject's phrase starts right after the participle (or after a "that" there:
    "..., saying that Mr. Roe's plan is ...").
    """
    if verb.index + 1 >= len(sent.tokens) or any(
        c.deprel not in ("punct", "advmod") and not (c.deprel == "mark" and c.index < verb.index)
        for c in _children(sent, verb)
    ):
        return None
    start = verb.index + 1
    # ('continued by saying, "We will appeal"': past a comma and an opening mark)
    while start + 1 < len(sent.tokens) and (
        sent.tokens[start].text == "," or sent.tokens[start].text in _OPENING_QUOTES
    ):
        start += 1
    if sent.tokens[start].text.lower() == "that" and start + 1 < len(sent.tokens):
        start += 1
    first = next((t for t in sent.tokens[start:] if t.deprel in (*_SUBJ, *_PASS_SUBJ)
                  and min(_subtree_ids(sent, t.index)) == start), None)
    if first is None or first.head <= verb.index:
        return None
    host = sent.tokens[first.head]
    if host.upos not in ("VERB", "AUX", "ADJ", "NOUN") or not (
        verb.head == host.index or (host.deprel in ("conj", "ccomp", "parataxis")
                                    and host.head == verb.head)
        # (or the parse hung the whole cue clause on it: 'Roe continued by saying, "We
        # will appeal"' with "appeal" as the root)
        or (host.deprel == "root" and verb.index in _subtree_ids(sent, host.index))
    ):
        return None
    return host


def _regroup_conjuncts(sent: Sentence, verb: Token, ids: set[int], lex: CueLexicon) -> set[int]:
    """Mend where the parse hung a subjectless conjunct after a reported clause.

    "She said she was tired of X and wanted Y": a conjunct of the cue verb that is no
    verb of saying continues the reported clause's subject, so it joins the content.
    "He said he welcomed X and added, ...": a verb of saying conjoined inside the content
    is the speaker's next report, so it leaves the content (and is a cue of its own).
    """
    def speech(tok: Token) -> bool:
        entry = lex.verbs.get(lex.verb_lemma(tok.text, tok.lemma.lower()))
        return entry is not None and not entry.attitude

    def subjectless(tok: Token) -> bool:
        return (tok.upos == "VERB" or (
            # "believe that X was born abroad and is a Muslim": a predicate adjective or noun
            tok.upos in ("ADJ", "NOUN") and bool(_children(sent, tok, "cop"))
        )) and not _children(sent, tok, *_SUBJ, *_PASS_SUBJ)

    def modal_only(tok: Token) -> bool:
        # "said the panel has it and will address it": a modal the cue verb lacks; "said
        # she would sit X down and tell him Y": a bare verb after the reported modal
        return (any(a.xpos == "MD" for a in _children(sent, tok, "aux")) or (
            tok.xpos == "VB" and verb.xpos in ("VBD", "VBZ") and any(
                a.xpos == "MD" for c in clauses for a in _children(sent, c, "aux"))
        )) and not any(a.xpos == "MD" for a in _children(sent, verb, "aux"))

    clauses = [c for c in _children(sent, verb, "ccomp")
               if c.index in ids and c.index > verb.index
               and _children(sent, c, *_SUBJ, *_PASS_SUBJ)]
    if not clauses:
        return _regroup_infinitives(sent, verb, ids)
    out = set(ids)
    for clause in clauses:
        for c in _children(sent, clause, "conj"):
            if c.index in out and subjectless(c) and speech(c) and not _children(sent, c, "obj"):
                # ("said X is no group and supports Y": a stance with its object stays)
                out -= _subtree_ids(sent, c.index)
                out -= {k.index for k in _children(sent, c, "cc")}
    end = max(out)
    for c in _children(sent, verb, "conj"):
        if c.index > end and ((subjectless(c) and (not speech(c) or modal_only(c))) or (
            _reported_conjunct(sent, verb, c, lex))) and all(
            t.text not in (";", ":") for t in sent.tokens[end + 1 : c.index]
        ):
            out |= set(range(end + 1, c.index)) | _subtree_ids(sent, c.index)
            end = max(out)
    return out


def _marked_by_to(sent: Sentence, verb: Token) -> bool:
    """Whether *verb* is an infinitive with "to" ("to investigate")."""
    return any(m.text.lower() == "to" for m in _children(sent, verb, "mark"))


def _regroup_infinitives(sent: Sentence, verb: Token, ids: set[int]) -> set[int]:
    """"called on the spouse to organize events, choose china and ensure ...": bare
    infinitives the parse conjoined to the cue verb after an infinitive content go on with
    it (the cue verb itself is no bare infinitive, so they cannot be its conjuncts)."""
    toks = sent.tokens
    if verb.xpos == "VB" or not ids or not any(
        c.index in ids and c.xpos == "VB" and _marked_by_to(sent, c)
        for c in _children(sent, verb, "xcomp", "advcl")
    ):
        return ids
    out, end = set(ids), max(ids)
    for c in _children(sent, verb, "conj"):
        if c.index > end and c.xpos == "VB" and not _children(
            sent, c, *_SUBJ, *_PASS_SUBJ, "aux", "mark"
        ) and all(t.text not in (";", ":") and t.upos in ("PUNCT", "CCONJ")
                  for t in toks[end + 1 : c.index]):
            out |= set(range(end + 1, c.index)) | _subtree_ids(sent, c.index)
            end = max(out)
    return out


def _reported_conjunct(sent: Sentence, verb: Token, conj: Token, lex: CueLexicon) -> bool:
    """"She said she got a grant, but her parents earned too much": a clause with a subject
    of its own that the parse conjoined to the cue verb after the reported clause goes on
    with what was said, unless it reports again (a cue verb of its own) or is the speaker's
    next act (its subject is the speaker: "he said X, but he declined to elaborate")."""
    if conj.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
        return False
    subj = next(iter(_children(sent, conj, *_SUBJ, *_PASS_SUBJ)), None)
    if subj is None:
        return False
    if lex.verbs.get(lex.verb_lemma(conj.text, conj.lemma.lower())) is not None:
        return False
    if any(lex.verbs.get(lex.verb_lemma(t.text, t.lemma.lower())) is not None
           for t in (sent.tokens[i] for i in _subtree_ids(sent, conj.index))
           if t.upos == "VERB"):
        return False
    speaker = _subject_of(sent, verb)
    return speaker is None or speaker.text.lower() != subj.text.lower()


def _conjunct_with_its_join(sent: Sentence, verb: Token, i: int) -> set[int]:
    """The ids of conjunct *i* and of the conjunction and commas that join it, back to the
    cue *verb* at most."""
    drop = _subtree_ids(sent, i)
    first = min(drop)
    while first - 1 > verb.index and sent.tokens[first - 1].upos in ("CCONJ", "PUNCT"):
        first -= 1
    return drop | set(range(first, i))


def _drop_stray_predicates(sent: Sentence, verb: Token, ids: set[int]) -> set[int]:
    """A content noun phrase without the finite verb the parse conjoined to one of its nouns
    ("backs right-to-work laws and opposes a higher minimum wage": "opposes" is the
    speaker's second act, not part of the laws)."""
    out = set(ids)
    for i in sorted(ids):
        t = sent.tokens[i]
        if not (i > verb.index and i in out and t.deprel == "conj" and t.upos == "VERB"
                and t.xpos in ("VBD", "VBZ", "VBP") and t.head in out
                and sent.tokens[t.head].upos in ("NOUN", "PROPN", "PRON")
                # ("said the group is no PAC and backs X": a predicate noun heads a clause)
                and not _children(sent, sent.tokens[t.head], "cop")):
            continue
        out -= _conjunct_with_its_join(sent, verb, i)
    return out


def _subjectless_conjunct(sent: Sentence, verb: Token) -> bool:
    """Whether *verb* is a verb conjoined after "and" or "but" with no subject of its own
    (see _second_report_of and _drop_second_reports)."""
    return verb.deprel == "conj" and verb.upos == "VERB" and not _children(
        sent, verb, *_SUBJ, *_PASS_SUBJ
    ) and any(c.text.lower() in ("and", "but") for c in _children(sent, verb, "cc"))


def _second_report_of(sent: Sentence, verb: Token) -> Token | None:
    """The cue verb whose reported clause the parse conjoined *verb* to, when *verb* is a
    second act of that cue's speaker ("said the plan failed and blamed X": "said"): *verb*
    has no subject, follows "and" or "but", and has the cue's tense (see _drop_second_reports)."""
    if verb.head < 0 or not _subjectless_conjunct(sent, verb):
        return None
    clause = sent.tokens[verb.head]
    if clause.deprel != "ccomp" or clause.head < 0:
        return None
    cue = sent.tokens[clause.head]
    return cue if cue.upos == "VERB" and cue.xpos == verb.xpos and cue.index < clause.index \
        else None


def _drop_second_reports(sent: Sentence, verb: Token, ids: set[int], lex: CueLexicon
                         ) -> set[int]:
    """A content without a second report of the speaker's that the parse conjoined to the
    reported clause ("said she regretted the remark and promised to keep out of it"): a
    reporting verb in the same tense as the cue, with no subject of its own, after "and" or
    "but" at the end of the content."""
    out = set(ids)
    for i in sorted(ids):
        t = sent.tokens[i]
        if not (i > verb.index and i in out and _subjectless_conjunct(sent, t)
                and t.xpos == verb.xpos and t.head in out and t.head != verb.index
                and lex.verbs.get(lex.verb_lemma(t.text, t.lemma)) is not None
                and max(_subtree_ids(sent, i)) >= max(out)):
            continue
        out -= _conjunct_with_its_join(sent, verb, i)
    return out


def _cut_before_reporting_participle(
    sent: Sentence, verb: Token, ids: set[int], lex: CueLexicon
) -> set[int]:
    """A content after its cue ends before ", saying ..." or ", telling X ...": the
    participle reports again (the same speaker, or the one in the content), it is not part
    of what was reported ("criticized the Democrats, saying the law was unfair")."""
    for i in sorted(ids):
        t = sent.tokens[i]
        if i <= verb.index + 1 or t.xpos != "VBG" or sent.tokens[i - 1].text != ",":
            continue
        entry = lex.verbs.get(lex.verb_lemma(t.text, t.lemma.lower()))
        if entry is not None and not entry.attitude:
            return {j for j in ids if j < i - 1}
    return ids


# the words that open a relative clause set off by commas ("that" opens only restrictive ones)
_RELATIVE_WORDS = (_REL_PRON - {"that"}) | {"whose", "where", "when"}


def _cut_trailing_relative(sent: Sentence, verb: Token, ids: set[int]) -> set[int]:
    """A content after its cue ends before a relative clause set off by a comma or dash
    that closes it ("praised the mayor, who took office in May"; "backed the plan, which
    critics call costly"), on whatever noun of the content: the reporter adds it.  The
    speaker's own words (inside a quotation) keep theirs.  (A closing apposition is left
    alone: PolNeAR keeps it as often as not.)"""
    if not ids or min(ids) <= verb.index:
        return ids
    words = [i for i in sorted(ids) if sent.tokens[i].upos != "PUNCT"]
    if not words:
        return ids
    toks = sent.tokens
    for i in words:
        t = toks[i]
        if i == words[0] or t.deprel != "acl:relcl" or toks[t.head].index >= i:
            continue
        sub = _subtree_ids(sent, i)
        if not sub <= ids or max(sub) < words[-1]:
            continue
        first = min(sub)
        while first in sub and toks[first].upos == "PUNCT" and toks[first].text not in (
                _SEPARATORS):
            first += 1
        if toks[first].text in _SEPARATORS:
            mark = first
        elif first - 1 in ids and toks[first - 1].text in _SEPARATORS:
            mark = first - 1
        else:
            continue
        lead = next(k for k in sorted(sub) if toks[k].upos != "PUNCT")
        if toks[lead].text.lower() not in _RELATIVE_WORDS:
            continue
        if _quotation_around(sent, i) is not None:
            continue
        return {j for j in ids if j < mark}
    return ids


def _cut_at_relative_close(sent: Sentence, verb: Token, ids: set[int]) -> set[int]:
    """"Roe, who had said he would debate, criticized Doe": a cue in a relative clause set
    off by a comma has its content end at the comma that closes the clause, before the
    main clause's verb (read by word order: the parse often loses this sentence)."""
    toks = sent.tokens
    k = verb.index - 1
    while k > 0 and toks[k].upos in ("AUX", "ADV", "PART"):
        k -= 1
    if k < 1 or toks[k].text.lower() not in ("who", "which") or toks[k - 1].text != ",":
        return ids
    after = sorted(i for i in ids if i > verb.index)
    for i in after:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if toks[i].text == "," and nxt is not None and nxt.upos in ("VERB", "AUX") and (
            nxt.xpos in ("VBD", "VBZ", "VBP", "MD")
            or (nxt.xpos == "VBN" and not (i + 2 < len(toks) and toks[i + 2].text == "by"))
        ) and _quotation_around(sent, i) is None:
            return {j for j in ids if j < i}
    return ids


def _cut_relative_report(sent: Sentence, verb: Token, ids: set[int], lex: CueLexicon
                         ) -> set[int]:
    """A content after its cue ends before a relative clause set off by a comma that
    reports of its own ("criticized the plan, which auditors said was costly"): that is
    another source's claim about the content, even where the parse hangs the rest of it on
    the cue verb.  (Inside a quotation the speaker's own words keep it.)"""
    if not ids or min(ids) <= verb.index:
        return ids
    toks = sent.tokens
    for i in sorted(ids):
        t = toks[i]
        if i <= verb.index or t.deprel == "root" or t.upos != "VERB" or (
            lex.verbs.get(lex.verb_lemma(t.text, t.lemma.lower())) is None
        ):
            continue
        rel = _relative_report(sent, t)
        if rel is None:
            continue
        mark = min(rel[0]) - 1
        if mark <= min(ids) or toks[mark].text != "," or _quotation_around(sent, i) is not None:
            continue
        return {j for j in ids if j < mark}
    return ids


def _drop_trailing_participles(sent: Sentence, verb: Token, ids: set[int]) -> set[int]:
    out = set(ids)
    for i in sorted(ids):
        t = sent.tokens[i]
        if (i > verb.index and i in out and t.xpos == "VBG" and i > 0
                and sent.tokens[i - 1].text == ","
                and not _children(sent, t, *_SUBJ, *_PASS_SUBJ)):
            out -= set(range(i - 1, max(_subtree_ids(sent, i)) + 1))
    return out


_SCENE_PREPS = {"on", "in", "at", "with", "from", "through"}
_ALWAYS_SCENE = {"during", "after", "before", "while", "since", "throughout", "amid", "ahead"}


def _adjunct_of_time_or_place(sent: Sentence, tok: Token) -> bool:
    """"during a rally Friday", "on cable news", "in Hartford": the scene of a report (a
    bare noun after "in", "on"... may be the object's own modifier: "a change in policy")."""
    if tok.deprel.startswith("obl:tmod") or tok.deprel == "obl:unmarked":
        return True
    if tok.deprel != "obl":
        return False
    cases = {c.text.lower() for c in _children(sent, tok, "case")}
    if cases & _ALWAYS_SCENE:
        return True
    return bool(cases & _SCENE_PREPS) and (
        tok.upos == "PROPN" or bool(_children(sent, tok, "det", "nummod", "nmod:poss")))


def _standing(sent: Sentence, verb: Token, tok: Token) -> bool:
    """"polls show Roe with a lead", "showed Doe at 11 percent", "found Roe in third place":
    after a verb of findings, where its object stands is part of the finding."""
    if verb.lemma.lower() not in ("show", "find", "put") or tok.deprel != "obl":
        return False
    cases = {c.text.lower() for c in _children(sent, tok, "case")}
    return bool(cases & {"with", "at", "in", "ahead", "behind"}) and not (
        cases & _ALWAYS_SCENE) and tok.upos != "PROPN"


def _a_finding(sent: Sentence, verb: Token, ids: set[int], lex: CueLexicon) -> bool:
    """"find" reports a finding with a clause or predicate ("found that ...", "found it
    offensive"), a negated object ("found no evidence"), or when an inquiry finds."""
    if any(sent.tokens[i].head == verb.index and sent.tokens[i].deprel in (
            "ccomp", "xcomp", "advcl", "parataxis") for i in ids):
        return True
    for obj in _children(sent, verb, "obj"):
        if any(d.text.lower() in ("no", "nothing") for d in _children(sent, obj, "det")) or (
                obj.text.lower() in ("nothing", "none")) or _children(sent, obj, "acl", "xcomp"):
            return True
    subj = _subject_of(sent, verb)
    return subj is not None and subj.lemma.lower() in lex.inquiry_nouns


_REFLEXIVES = {"itself", "himself", "herself", "themselves", "themself"}


def _quote_after(sent: Sentence, verb: Token) -> set[int]:
    """The quotation that opens right after the cue clause ('said, "..."', 'said in a
    statement: "..."'): the words between the verb and the comma or colon are the verb's
    own modifiers; the content runs to the closing quotation mark or the sentence end."""
    toks = sent.tokens
    own = _subtree_ids(sent, verb.index)
    k = verb.index + 1
    while k < len(toks) and toks[k].text not in (",", ":"):
        if k not in own or k - verb.index > 8:
            return set()
        k += 1
    q = k + 1
    if q >= len(toks) - 1 or toks[q].text not in _OPENING_QUOTES:
        return set()
    end = next((j for j in range(q + 1, len(toks)) if toks[j].text in _CLOSING_QUOTES),
               len(toks) - 1)
    # a quoted word is a content too ('said, "No."')
    words = [t for t in toks[q:end + 1] if t.upos != "PUNCT"]
    return set(range(q, end + 1)) if words else set()


def _bare_cue_clause(sent: Sentence, verb: Token, lex: CueLexicon) -> bool:
    """The sentence is only a cue clause: "Bush said.", "Clinton said to People.", "said
    a spokesman.", "Roe told reporters." (the verb is the root, has a subject, no
    complement and at most a few modifiers, and the sentence opens with the subject or the
    verb)."""
    if not verb.is_root or verb.upos != "VERB":
        return False
    words = [t for t in sent.tokens if t.upos != "PUNCT"]
    if not words or len(words) > 40:
        return False
    kids = _children(sent, verb)
    # ("Roe told reporters.", '"Why?" Roe asked reporters.': whom, not what)
    told = verb.lemma.lower() in lex.addressed_verbs or verb.lemma.lower() == "ask"
    if any(c.deprel in ("ccomp", "xcomp", "parataxis", "csubj") or (
            c.deprel == "obj" and not told) for c in kids):
        return False
    subj = next((c for c in kids if c.deprel in ("nsubj", "nsubj:outer")), None)
    if subj is None:
        return False
    first = min(_subtree_ids(sent, subj.index)) if subj.index < verb.index else verb.index
    return all(t.upos == "PUNCT" for t in sent.tokens[:first])


def _agent(sent: Sentence, verb: Token) -> Token | None:
    for c in _children(sent, verb, "obl:agent", "obl"):
        if any(k.lemma == "by" and k.deprel == "case" for k in _children(sent, c)):
            return c
    return None


def _proper(sent: Sentence, span: tuple[int, int]) -> bool:
    return any(t.upos == "PROPN" for t in _tokens_within(sent, span))


def _impersonal(sent: Sentence, verb: Token, lex: CueLexicon) -> RawAttribution:
    """'It is believed to have ...', 'X is said to ...': a hedged claim whose source the
    article does not name (claims.py gives it an anonymous source of its own)."""
    aux = _children(sent, verb, "aux:pass", "aux")
    subj = _children(sent, verb, *_PASS_SUBJ, "expl")
    expletive = [s for s in subj if s.text.lower() == "it" and s.index < verb.index]
    parts = sorted([verb, *aux, *expletive], key=lambda t: t.index)
    words = [t for t in sent.tokens if t.upos != "PUNCT"]
    content = _trim(list(sent.tokens))
    if verb.deprel != "root" and subj:
        # "the debate, which is expected to draw a large audience, ...", "The rally comes as
        # donors are expected to meet": the cue's own clause (a relative word standing for
        # its noun)
        inside = _subtree_ids(sent, verb.index) - {
            m.index for m in _children(sent, verb, "mark", "cc")}  # (not "as", "and")
        content = _trim([t for t in sent.tokens if t.index in inside]) or content
    clause = _children(sent, verb, "ccomp")
    if expletive and clause and clause[0].index > verb.index:
        # "It is believed that the rebels left": the clause after the cue is the content
        inside = _subtree_ids(sent, clause[0].index)
        content = _trim([t for t in sent.tokens
                         if t.index > parts[-1].index and t.index in inside]) or content
    prefix = None
    if expletive and content[0] is expletive[0] and parts[-1].index < content[-1].index:
        # "It is expected to rise", "It was said that ..." (whatever the parse made of the
        # clause): what comes after the cue
        content = _trim([t for t in content if t.index > parts[-1].index]) or content
    elif not expletive and content[0].index < parts[0].index and (
        parts[-1].index < content[-1].index
    ):
        # "The leaders were expected to discuss the climate": what is expected is the subject
        # and the clause after the cue, not the cue itself; the subject is the prefix
        # (only the subject: not "After the polls, voters" nor "He spoke but")
        own = [s for s in subj if s.index < parts[0].index and s not in expletive]
        held = _subtree_ids(sent, own[0].index) if own else set()
        before = _trim([t for t in content if t.index < parts[0].index and t.index in held])
        after = _trim([t for t in content if t.index > parts[-1].index])
        if after:
            content, prefix = after, (_span(before) if before else None)
    return RawAttribution(
        cue=(parts[0].start, parts[-1].end),
        lemma=verb.lemma.lower(),
        cue_kind="impersonal",
        stance="hedging",
        contents=(_span(content),) if words else (),
        content_prefix=prefix if words else None,
        impersonal=True,
        hedged=True,
    )


_NP_WORDS = {"DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON", "ADP", "PART", "X"}


def _noun_phrase_after(sent: Sentence, start: int) -> list[Token]:
    """The noun phrase that starts at token *start*, by word classes: it runs until
    punctuation, a verb or a conjunction, and does not end in a preposition."""
    phrase: list[Token] = []
    toks = sent.tokens
    quoted = False
    for t in toks[start:]:
        if t.text in _QUOTES - {"'", "’", "‘"} and (
            # a title in quotation marks: 'the "Medicare for all" document'
            quoted or (phrase and phrase[-1].upos in ("DET", "ADJ") and any(
                u.text in _QUOTES for u in toks[t.index + 2 : t.index + 9]))
        ):
            quoted = not quoted
            phrase.append(t)
            continue
        if t.index == start and t.upos == "VERB" and t.xpos == "VB":
            # "according to state records": no infinitive follows "according to"; the
            # tagger took a noun for a verb
            phrase.append(t)
            continue
        if t.upos not in _NP_WORDS and not (t.upos == "PUNCT" and t.text in "-'’") and not (
            # a modifier of a later word: "a just-released poll", "a newly published study"
            t.upos in ("ADV", "VERB") and t.deprel in ("amod", "advmod") and t.index < t.head
            and toks[t.head].upos in ("NOUN", "PROPN", "ADJ", "VERB")
        ) and not (
            # a conjunction inside the phrase: "Democratic and independent analysts"
            t.upos == "CCONJ" and phrase and t.index < t.head and (
                (toks[t.head].deprel == "conj"
                 and toks[t.head].head in {p.index for p in phrase})
                # (or two modifiers of one later noun, the parse's "and" on the second)
                or (phrase[-1].upos == "ADJ" and toks[t.head].upos == "ADJ"
                    and toks[t.head].head > t.head and toks[t.head].head == phrase[-1].head)
            )
        ):
            break
        phrase.append(t)
    while phrase and phrase[-1].upos in ("ADP", "PART", "DET", "PUNCT"):
        phrase.pop()
    return phrase


def _relative_after_source(
    sent: Sentence, phrase: list[Token]
) -> tuple[list[Token], list[Token]]:
    """The noun phrase after "according to" without, and with, a relative clause with no
    relative word that follows it: "documents (the campaign released Friday)". The word
    order gave "documents the campaign"; the parse hangs "released" on "documents"."""
    toks = sent.tokens
    if not phrase or phrase[-1].index + 1 >= len(toks):
        return phrase, phrase
    ids = {p.index for p in phrase}
    verb = toks[phrase[-1].index + 1]
    if verb.upos not in ("VERB", "AUX"):
        return phrase, phrase
    subjects = [c for c in _children(sent, verb, *_SUBJ) if c.index in ids]
    if subjects and verb.deprel.startswith("acl") and verb.head in ids:
        first = min(_subtree_ids(sent, subjects[0].index))
    else:
        # (the parse read "the campaign released" as a noun and its participle: by word
        # order, a determiner or pronoun right after a noun opens the clause's subject)
        first = next((p.index for k, p in enumerate(phrase) if k and p.upos in ("DET", "PRON")
                      and phrase[k - 1].upos in ("NOUN", "PROPN")), -1)
        if first < 0 or verb.xpos not in ("VBD", "VBN", "VBZ", "VBP"):
            return phrase, phrase
    named = [p for p in phrase if p.index < first]
    last = max(_subtree_ids(sent, verb.index))
    while last > verb.index and toks[last].upos == "PUNCT":
        last -= 1
    initial = all(t.upos == "PUNCT" for t in toks[: max(phrase[0].index - 2, 0)])
    after = toks[last + 1].text if last + 1 < len(toks) else "."
    if after not in (",", ".", ";", "—", "--", ")") or (initial and after != ","):
        return phrase, phrase  # ("according to officials the plan failed" is no relative)
    return (named or phrase), phrase + list(toks[verb.index : last + 1])


def according_to(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """'According to X, ...' and '..., according to X': X is the source, the clause the content.

    The source is read by word order (the noun phrase after "to"), which survives the
    attachment errors small parsers make on this phrase.
    """
    toks = sent.tokens
    for i, tok in enumerate(toks[:-1]):
        if tok.text.lower() != "according" or toks[i + 1].text.lower() != "to":
            continue
        phrase = _noun_phrase_after(sent, i + 2)
        if phrase and phrase[-1].index + 1 < len(toks):
            nxt = toks[phrase[-1].index + 1]
            if nxt.xpos in ("VBN", "VBG") and nxt.deprel == "acl" and nxt.head in {
                    t.index for t in phrase}:
                # "according to exit polls conducted for the AP": the participle describes
                # the source
                phrase = phrase + [toks[k] for k in range(
                    nxt.index, max(_subtree_ids(sent, nxt.index)) + 1)]
        named, phrase = _relative_after_source(sent, phrase)
        heads = [t for t in named if t.upos in ("PROPN", "NOUN", "PRON")]
        if not heads:
            continue
        tail: set[int] = set()
        postposed = i > 1 and toks[i - 1].text in _SEPARATORS and any(
            t.upos in ("VERB", "AUX") for t in toks[:i])
        if postposed:
            # "..., according to a CNN tally, but ...": after a clause, the source runs to
            # the next break (whatever the tagger made of "tally" or "buying"); what follows
            # the break is the reporter's, or describes the source, unless it goes on with
            # the interrupted clause's predicate ("X, according to Y, will cost Z", "...,
            # and has a small lead in Ohio", "..., becoming its owner")
            end = next((t.index for t in toks[i + 2 :]
                        if t.text in _SEPARATORS or t.text in ("(", ")", ".", "?", "!")),
                       len(toks))
            rest = [t for t in toks[end:] if t.upos != "PUNCT"]
            marks = [t for t in toks[i + 2 : end] if t.text in _QUOTES - {"'", "’", "‘"}]
            if end - i <= 20 and len(marks) % 2 == 0:  # (a title in quotation marks)
                phrase = list(toks[i + 2 : end])
                named = named if len(named) < len(phrase) and _is_np(named) else phrase
                predicate = rest[1:] if rest and rest[0].upos == "CCONJ" else rest
                if rest and not (predicate and predicate[0].upos in ("VERB", "AUX")):
                    tail = {t.index for t in toks[end:]}
        src_head = _phrase_head(named) or heads[0]
        src = source_phrase(sent, src_head, lex.time_words)
        src_span = (phrase[0].start, phrase[-1].end)
        cue_ids = set(range(i, phrase[-1].index + 1))
        ids = {t.index for t in toks} - cue_ids - tail
        contents = _content_runs(sent, ids)
        if not contents:
            continue
        inside = src is not None and src_span[0] <= src.span[0] and src.span[1] <= src_span[1]
        yield RawAttribution(
            cue=(tok.start, toks[i + 1].end),
            lemma="according to",
            cue_kind="phrase",
            stance="neutral",
            contents=tuple(contents),
            source=src_span,
            source_head=src_head.text,
            source_head_lemma=src_head.lemma,
            descriptors=src.descriptors if src is not None and inside else (),
            possessor=src.possessor if src is not None and inside else None,
            modifiers=src.modifiers if src is not None and inside else (),
            hedged=has_hedge(sent, ids, lex),
            pronoun=src_head.upos == "PRON" and len(phrase) == 1,
            proper=_proper(sent, src_span),
            channel=lex.channel_of(" ".join(t.text for t in phrase)),
        )


def _under_a_cue_before(sent: Sentence, tok: Token, lex: CueLexicon) -> bool:
    """Whether a reporting verb before *tok* governs it (*tok* is in what it reports)."""
    cur, steps = tok, 0
    while cur.head >= 0 and steps < len(sent.tokens):
        cur = sent.tokens[cur.head]
        steps += 1
        if cur.upos == "VERB" and cur.index < tok.index and lex.verbs.get(
            lex.verb_lemma(cur.text, cur.lemma)
        ) is not None:
            return True
    return False


def in_view(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """'The plan, in Roe's view, would fail', 'In his words, the deal is dead': the
    possessor of a noun of a view (the lexicon's ``view_nouns``) that the clause's "in"
    phrase holds is the source of the clause; the noun is the cue.
    """
    toks = sent.tokens
    for tok in toks:
        if tok.text.lower() != "in" or tok.deprel != "case" or tok.head < 0:
            continue
        noun = toks[tok.head]
        owners = _children(sent, noun, "nmod:poss")
        if noun.lemma.lower() not in lex.view_nouns and noun.text.lower() not in lex.view_nouns:
            continue
        if not owners or noun.deprel not in ("obl", "nmod") or noun.head < 0:
            continue
        owner = owners[0]
        phrase = _subtree_ids(sent, noun.index)
        if max(phrase) - min(phrase) > 8:
            continue  # ("in his view of the plan that ...": more than a source phrase)
        if _under_a_cue_before(sent, noun, lex):
            continue  # ("Roe said that, in her view, X": Roe's words)
        host = toks[noun.head]
        while not host.is_root and host.head >= 0 and not _children(
            sent, host, *_SUBJ, *_PASS_SUBJ, "expl"
        ):
            host = toks[host.head]  # (the clause, whatever noun the parse hung the phrase on)
        ids = (set(range(len(toks))) if host.is_root else _subtree_ids(sent, host.index)) - phrase
        contents = _content_runs(sent, ids)
        if not contents:
            continue
        own = sorted(i for i in _subtree_ids(sent, owner.index)
                     if toks[i].upos != "PART" and toks[i].text not in ("'s", "’s", "'", "’"))
        if not own:
            continue
        src_span = (toks[own[0]].start, toks[own[-1]].end)
        yield RawAttribution(
            cue=(noun.start, noun.end),
            lemma=noun.lemma.lower(),
            cue_kind="phrase",
            stance="neutral",
            contents=tuple(contents),
            source=src_span,
            source_head=owner.text,
            source_head_lemma=owner.lemma,
            hedged=has_hedge(sent, ids, lex),
            pronoun=owner.upos == "PRON",
            proper=_proper(sent, src_span),
        )


def in_finding(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """'In a Gallup poll released Monday, 50 percent chose X', 'X leads in national polls': a poll,
    survey or study that the main clause's "in" phrase names is the source of the clause.

    A clause that holds a report of its own keeps it ("In the poll, Roe said ..." is Roe's
    report), unless its speaker is a share of those polled ("In a Gazette poll, 38 percent
    said X" is the poll's finding; see :func:`extract_sentence`).
    """
    toks = sent.tokens
    for tok in toks:
        if tok.text.lower() != "in" or tok.deprel != "case" or tok.head < 0:
            continue
        noun = toks[tok.head]
        if noun.lemma.lower() not in lex.in_sources or noun.head < 0:
            continue
        host = toks[noun.head]
        clause = toks[host.head] if host.deprel == "xcomp" and host.head >= 0 else host
        if noun.deprel != "obl" or not (
            clause.is_root or clause.deprel in ("advcl", "conj", "parataxis")
        ):
            continue
        named = _children(sent, noun, "compound", "nmod:poss", "acl") or [
            m for m in _children(sent, noun, "nmod") if any(
                k.text.lower() in ("of", "by", "from", "for") for k in _children(sent, m, "case"))]
        if noun.xpos not in ("NNS", "NNPS") and not named:
            continue  # "lives in a small study": a finding is plural or named ("a CNN poll")
        if not named and all(c.deprel in ("case", "det", "punct") for c in _children(sent, noun)):
            continue  # "rose in the polls": the reporter's summary, no finding anyone made
        # the finding with what describes it: "an NBC News poll released Monday"
        src_ids = {i for i in _subtree_ids(sent, noun.index) if i > tok.index}
        comma = next((t.index for t in toks[noun.index + 1 :] if t.text == ","), None)
        fronted = tok.index == 0 and comma is not None and not any(
            t.upos in ("VERB", "AUX") and t.xpos not in ("VBN", "VBG", "VBD")
            for t in toks[noun.index + 1 : comma]
        )
        if fronted and comma is not None:
            # fronted "In X ..., CLAUSE": by word order, all of X up to the comma
            src_ids = set(range(tok.index + 1, comma))
        src_toks = _trim([toks[i] for i in sorted(src_ids)])
        if not src_toks:
            continue
        src_ids = {t.index for t in src_toks}
        src_span = _span(src_toks)
        ids = _subtree_ids(sent, clause.index) - src_ids - {tok.index}
        if fronted and comma is not None:
            ids = set(range(comma + 1, len(toks)))  # the clause after the fronted phrase
        for c in _children(sent, clause, "advcl", "conj", "parataxis"):
            sub = _subtree_ids(sent, c.index)
            if tok.index not in sub and any(
                toks[i].text.lower() == "in" and toks[i].head >= 0
                and toks[toks[i].head].lemma.lower() in lex.in_sources for i in sub
            ):
                ids -= sub  # a clause with a finding of its own
        contents = _content_runs(sent, ids)
        if not contents:
            continue
        yield RawAttribution(
            cue=(tok.start, tok.end),
            lemma="in",
            cue_kind="phrase",
            stance="neutral",
            contents=tuple(contents),
            source=src_span,
            source_head=noun.text,
            source_head_lemma=noun.lemma,
            hedged=has_hedge(sent, ids, lex),
            proper=_proper(sent, src_span),
            channel="document",
        )


_BULLET = re.compile(r"^\s*(?:[-*•·–—▪►]|\d{1,2}[.)])\s+")
_COLON_SOURCE = re.compile(r":\s*(?P<src>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s*$")
_SOURCE_COLON = re.compile(
    r"^(?P<src>[A-Z][\w.'’-]*(?:\s+(?:(?:at|of|for|from)\s+)?[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")


# a tag before a headline's own words; and what speaks before a headline colon though it
# labels a body paragraph ("Poll: Roe leads Doe": the poll's finding)
_HEADLINE_TAG = re.compile(r"(?:EXCLUSIVE|BREAKING|WATCH|VIDEO|AUDIO|UPDATE|UPDATED|REPORT|"
                           r"OPINION|ANALYSIS|LIVE)\s*[–—|:-]\s*")
# a colon "content" that is an address, a handle or a link is a credit line, not a claim;
# nor is a label ("BYLINE") or a list of names ("Iowa: Tim Roe, Ann Doe, Bo Li, ...")
_NOT_CONTENT = re.compile(r"^\s*(?:\S+@\S+|@\w+|https?://\S+|www\.\S+|BYLINE|DATELINE)\s*$")
_NAME_LIST = re.compile(r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, ){3,}")


def headline_colon(text: str, start: int, end: int, lex: CueLexicon) -> RawAttribution | None:
    """Headline attribution by a colon: '... peace talks: HNC' or 'Minister: ...'."""
    line = text[start:end]
    bullet = _BULLET.match(line)
    lo = bullet.end() if bullet else 0
    tag = _HEADLINE_TAG.match(line, lo)  # "EXCLUSIVE – Jane Roe: ..."
    lo = tag.end() if tag else lo
    m = _COLON_SOURCE.search(line, lo)
    before = line[lo : m.start()].strip() if m else ""
    if m and m.start() > lo and m.group("src").lower().strip(" .") not in lex.not_speakers and (
        # ("BYLINE: Ann Roe" is a credit; in "Roe: Clinton Email Story Has Moved" the
        # short name before the colon speaks, not the longer title-case words after it)
        not _NOT_CONTENT.match(before) and len(m.group("src").split()) < len(before.split())
    ):
        colon = start + m.start()
        content_end = colon
        while content_end > start + lo and text[content_end - 1].isspace():
            content_end -= 1
        return _colon_attribution(colon, (start + lo, content_end),
                                  (start + m.start("src"), start + m.end("src")), text)
    m = _SOURCE_COLON.match(line[lo:])
    if m and not (m.group("src").isupper() and " " in m.group("src")) and (  # "FIX IS IN:"
        m.group("src").lower().strip(" .") not in lex.not_speakers - lex.headline_sources
    ):
        return _colon_prefix(text, start + lo, end, m)
    return None


def speaker_turn(text: str, start: int, end: int, lex: CueLexicon) -> RawAttribution | None:
    """A body paragraph that opens with a speaker's name and a colon, as transcripts and
    interviews print them ("MATTHEWS: Well, ..."); labels such as "Update:" are not speakers."""
    m = _SOURCE_COLON.match(text[start:end])
    if m is None or m.group("src").lower().strip(" .") in lex.not_speakers:
        return None
    turn = _colon_prefix(text, start, end, m)
    if turn is None or len(text[turn.contents[0][0] : turn.contents[0][1]].split()) < 5:
        return None  # "Jeb Bush: Survive to S.C.": a list item, not a turn of speech
    return evolve(turn, verbatim=True)


def _colon_prefix(text: str, lo: int, end: int, m: re.Match[str]) -> RawAttribution | None:
    """*m* matched the start of ``text[lo:end]``: "Name: content"."""
    src_start = lo + m.start("src")
    src_end = src_start + len(m.group("src"))
    colon = text.index(":", src_end)
    content_start = colon + 1
    while content_start < end and text[content_start].isspace():
        content_start += 1
    content_end = end
    while content_end > content_start and text[content_end - 1] in ".!? ":
        content_end -= 1
    if content_end - content_start < 3 or _NOT_CONTENT.match(
        text[content_start:content_end]
    ) or _NAME_LIST.match(text[content_start:content_end]):
        return None
    return _colon_attribution(colon, (content_start, content_end), (src_start, src_end), text)


def _colon_attribution(
    colon: int, content: tuple[int, int], source: tuple[int, int], text: str
) -> RawAttribution:
    return RawAttribution(
        cue=(colon, colon + 1),
        lemma=":",
        cue_kind="colon",
        stance="neutral",
        contents=(content,),
        source=source,
        source_head=text[source[0] : source[1]].split()[-1],
        proper=True,
    )


_NOUN_SOURCE_PREPS = {"by", "from"}


def _infinitive_after(sent: Sentence, verb: Token, phrase: Token) -> list[Token]:
    """"made a call for a prosecutor | to investigate X": the infinitive the parse hung on
    the verb right after the "for" phrase completes it ("for X to do Y")."""
    end = max(_subtree_ids(sent, phrase.index))
    return [c for c in _children(sent, verb, "advcl", "xcomp") if c.xpos == "VB"
            and min(_subtree_ids(sent, c.index)) == end + 1 and _marked_by_to(sent, c)
            and not _children(sent, c, *_SUBJ, *_PASS_SUBJ)]


def noun_attributions(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """Report nouns with their own content: "his criticism of the plan", "the ministry's
    claim that the port reopened", "her promise to cut taxes".

    The source is the noun's possessor or a "by"/"from" phrase; a noun with neither is no
    attribution (a bare "the claim that ..." names no one).
    """
    for noun in sent.tokens:
        if noun.upos != "NOUN":
            continue
        entry = lex.report_nouns.get(noun.lemma.lower())
        if entry is None:
            continue
        preps = {r[5:] for r in entry.content if r.startswith("nmod:")}
        heads: list[Token] = []
        src_tok: Token | None = None
        for c in _children(sent, noun):
            cases = [k.text.lower() for k in _children(sent, c, "case") if k.index < c.index]
            if c.deprel == "nmod:poss":
                src_tok = c
            elif c.deprel.startswith("nmod") and cases and cases[0] in _NOUN_SOURCE_PREPS:
                src_tok = src_tok or c
            elif c.index < noun.index:
                continue
            elif (c.deprel in ("acl", "ccomp") and "acl" in entry.content and any(
                m.text.lower() in ("that", "to") for m in _children(sent, c, "mark")
            )) or (c.deprel.startswith("nmod") and cases and cases[0] in preps):
                heads.append(c)
        light = None
        recipient = None
        governor = sent.tokens[noun.head] if noun.head >= 0 else None
        governed = None if governor is None else lex.verb_lemma(governor.text, governor.lemma)
        if noun.deprel == "obj" and governor is not None and (
            governed in lex.recipient_verbs or (governed in lex.holding_verbs and entry.attitude)
        ):
            # "Clinton won the endorsement of the union": the union endorses Clinton; so
            # for a stance someone has ("has the support of women")
            recipient = governor
            giver = [c for c in _children(sent, noun) if c.deprel.startswith("nmod") and any(
                k.text.lower() in ("from", "of", "by") and k.index < c.index
                for k in _children(sent, c, "case"))] or [
                c for c in _children(sent, recipient, "obl") if c.index > noun.index and any(
                    k.text.lower() in ("from", "by") and k.index < c.index
                    for k in _children(sent, c, "case"))]
            subj = _subject_of(sent, recipient)
            if not giver or subj is None:
                continue
            src_tok = giver[0]
            heads = [subj]
        elif src_tok is None and noun.deprel == "obj" and noun.head >= 0:
            verb = sent.tokens[noun.head]
            if verb.upos == "VERB" and lex.verb_lemma(verb.text, verb.lemma) in lex.light_verbs:
                # "Cruz made a call for an end to the subsidies": the light verb's subject
                # is the source; the content may hang off the verb ("made a call | for X")
                light = verb
                subj = _subject_of(sent, verb)
                if subj is not None and _can_be_source(sent, subj, lex):
                    src_tok = subj
                for c in _children(sent, verb, "obl"):
                    cases = [k.text.lower() for k in _children(sent, c, "case")
                             if k.index < c.index]
                    if c.index > noun.index and cases and cases[0] in preps:
                        heads.append(c)
                        if cases[0] == "for":
                            heads += _infinitive_after(sent, verb, c)
        if heads and src_tok is not None and light is None and src_tok.deprel == "nmod:poss" and (
            src_tok.text.lower() in _POSSESSIVE_PRONOUNS
        ):
            owner = _stance_owner(sent, noun, lex)
            if owner is not None:
                # "Trump ratcheted up his attacks on Rubio": the subject holds the stance
                src_tok, light = owner
        if not heads or src_tok is None or src_tok.text.lower() in _NOT_SOURCES:
            continue
        ids: set[int] = set()
        for h in heads:
            ids |= _subtree_ids(sent, h.index)
        cue_span, taken = _noun_cue_span(sent, noun, ids)
        if light is not None and light.index < noun.index:
            cue_span = (light.start, cue_span[1])
            taken |= set(range(light.index, noun.index))
        contents = _content_runs(sent, ids - taken)
        if not contents:
            continue
        src = source_phrase(sent, src_tok, lex.time_words)
        if src is None:
            continue
        if recipient is not None:
            cue_span = (recipient.start, noun.end)
            taken = set()
        if src_tok.deprel != "nmod:poss":
            # "criticism from Democrats": the source phrase starts after its preposition
            words = [t for t in _tokens_within(sent, src.span)
                     if not (t.deprel == "case" and t.head == src_tok.index)]
            if not words:
                continue
            src = SourcePhrase((words[0].start, words[-1].end), src.head, src.descriptors,
                               src.possessor, src.modifiers, src.relative_to)
        elif src.span[1] > noun.start and light is None:
            continue
        yield RawAttribution(
            cue=cue_span,
            lemma=noun.lemma.lower(),
            cue_kind="noun",
            stance=entry.stance,
            contents=tuple(contents),
            source=_strip_possessive(sent, src.span),
            source_head=src.head.text,
            source_head_lemma=src.head.lemma,
            descriptors=src.descriptors,
            modifiers=src.modifiers,
            hedged=entry.stance == "hedging" or has_hedge(sent, ids, lex),
            pronoun=src.head.upos == "PRON",
            proper=_proper(sent, src.span),
            attitude=entry.attitude,
        )


#: possessive pronouns that a report noun's owner may stand behind ("his attacks on X")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _stance_owner(sent: Sentence, noun: Token, lex: CueLexicon) -> tuple[Token, Token] | None:
    """The subject (and its verb) that holds a report noun marked with a possessive pronoun:
    "Trump ratcheted up his attacks on Rubio", "she reversed her opposition to X" (a verb of
    the lexicon's own-stance or light verbs that is no cue of its own, with the noun as its
    object or after a preposition).  A cue verb ("reaffirmed their opposition to X") reports
    the stance itself.
    """
    if noun.head < 0:
        return None
    gov = sent.tokens[noun.head]
    lemma = lex.verb_lemma(gov.text, gov.lemma)
    cases = [k for k in _children(sent, noun, "case") if k.index < noun.index]
    if not (gov.upos == "VERB" and gov.index < noun.index and lemma not in lex.verbs
            and lemma in lex.own_stance_verbs | lex.light_verbs
            and (noun.deprel == "obj" or (noun.deprel == "obl" and cases))
            # (the verb and the noun in one phrase: no comma between them)
            and not any(t.upos == "PUNCT" for t in sent.tokens[gov.index + 1 : noun.index])):
        return None
    subj = _subject_of(sent, gov)
    if subj is None or subj.index > gov.index or not _can_be_source(sent, subj, lex):
        return None
    return subj, gov


def _noun_cue_span(
    sent: Sentence, noun: Token, content: set[int]
) -> tuple[tuple[int, int], set[int]]:
    """The noun and the preposition that opens its content ("criticism of").

    The "to" of an infinitive stays in the content ("a decision | to raise taxes"), as
    after a verb ("decided | to raise taxes"); "to" as a preposition joins the noun
    ("opposition to | the plan")."""
    last = noun.index
    taken: set[int] = set()
    if last + 1 < len(sent.tokens):
        nxt = sent.tokens[last + 1]
        infinitive = nxt.deprel == "mark" and nxt.text.lower() == "to" and nxt.head >= 0 and (
            sent.tokens[nxt.head].upos in ("VERB", "AUX"))
        if nxt.deprel in ("case", "mark") and nxt.index in content and not infinitive and (
            nxt.text.lower() != "that"
        ):
            last += 1
            taken.add(nxt.index)
    return (noun.start, sent.tokens[last].end), taken


def _strip_possessive(sent: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """"the government's" -> "the government"."""
    toks = _tokens_within(sent, span)
    while len(toks) > 1 and toks[-1].text in ("'s", "’s", "'", "’"):
        toks.pop()
    return (toks[0].start, toks[-1].end) if toks else span


_NOT_PERSONAL = frozenset({"it", "that", "this", "what", "which", "there"})


def _perfect_for_passive(sent: Sentence) -> Sentence:
    """*sent* with "'s" before a past participle read as "has" where a passive cannot be
    meant: "He's said he will run", "She's told reporters that ...".

    The parse takes the "'s" of "he's said" for a passive "is".  A passive participle with
    a personal subject takes neither a clause nor an object of its own, so with a clausal
    complement or an object (and no second passive auxiliary: "he's been told") the
    auxiliary is "has" and the subject is the verb's agent.  "It's said that ..." (an
    expletive or demonstrative subject) stays passive.
    """
    changed: dict[int, Token] = {}
    for aux in sent.tokens:
        if aux.text.lower() not in ("'s", "\u2019s") or aux.deprel != "aux:pass" or aux.head < 0:
            continue
        verb = sent.tokens[aux.head]
        kids = sent.children(verb.index)
        subj = [k for k in kids if k.deprel in ("nsubj:pass", "nsubj")]
        if (verb.xpos != "VBN" or len(subj) != 1 or subj[0].lemma.lower() in _NOT_PERSONAL
                or subj[0].text.lower() in _NOT_PERSONAL
                or sum(k.deprel == "aux:pass" for k in kids) != 1
                or not any(k.deprel in ("ccomp", "obj") for k in kids)):
            continue
        changed[aux.index] = evolve(aux, lemma="have", deprel="aux")
        if subj[0].deprel == "nsubj:pass":
            changed[subj[0].index] = evolve(subj[0], deprel="nsubj")
    if not changed:
        return sent
    return evolve(sent, tokens=tuple(changed.get(t.index, t) for t in sent.tokens))


def evidential_reports(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """Reports by verbs of appearance: "The plan seems to work", "It appears that talks
    failed", "Voters appeared ready to move on".

    What seems so is reported, hedged, by no one named (an impersonal report, as for "It is
    believed"): the verb is the cue, its complement the content, and its subject, which is
    no speaker, the content's prefix ("The plan" + "to work").  A verb with an experiencer
    ("seemed to him") or a relative-pronoun subject ("a deal that seems fair", a
    description) reports nothing.
    """
    toks = sent.tokens
    for verb in toks:
        if verb.upos != "VERB" or verb.lemma.lower() not in lex.evidential_verbs:
            continue
        complements = [c for c in _children(sent, verb, "xcomp", "ccomp", "obl", "advcl")
                       if c.index > verb.index and _seems_what(sent, c)]
        adjectives = [c for c in complements if c.upos == "ADJ"]
        if not complements or any(
            any(c.text.lower() in ("to", "for") for c in _children(sent, o, "case")) and (
                o.upos in ("PRON", "PROPN") or (h is verb and o.upos == "NOUN"))
            for h in (verb, *adjectives) for o in _children(sent, h, "obl")
        ):
            continue  # ("seemed to him", "seemed fair to her": an experiencer)
        subj = _children(sent, verb, "nsubj", "expl")
        if subj and subj[0].text.lower() in _RELATIVE_WORDS_BEFORE and subj[0].upos == "PRON":
            continue
        last = max(max(_subtree_ids(sent, comp.index)) for comp in complements)
        ids = _subtree_ids(sent, verb.index)
        # all that follows the verb up to its last complement: "seems content that X"
        content = _trim([t for t in toks if t.index in ids and verb.index < t.index <= last])
        if not content:
            continue
        prefix = None
        if subj and subj[0].text.lower() != "it" and subj[0].index < verb.index:
            before = _trim([t for t in toks if t.index in _subtree_ids(sent, subj[0].index)])
            prefix = _span(before) if before else None
        yield RawAttribution(
            cue=(verb.start, verb.end), lemma=verb.lemma.lower(), cue_kind="impersonal",
            stance="hedging", contents=(_span(content),), impersonal=True, hedged=True,
            content_prefix=prefix,
        )


def reportative_reports(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """Reports marked by an adverb of hearsay: "The group reportedly spent $1 million",
    "Reportedly, he made threats", "the gun he purportedly used".

    The adverb says that what its clause states is someone else's claim, and names no one:
    an impersonal report, as for "It is believed".  The adverb is the cue, its clause after
    it the content and the clause's words before it the content's prefix ("The group" +
    "spent $1 million"); a closing adverbial clause ("..., as it nears the end") is the
    reporter's.  Only a clause counts (the adverb's head has a subject or is a verb), not
    a phrase ("a reportedly rich donor").
    """
    toks = sent.tokens
    for adv in toks:
        if adv.text.lower() not in lex.reportative_adverbs or adv.head < 0:
            continue
        head = toks[adv.head]
        if head.upos not in ("VERB", "ADJ", "NOUN", "PROPN", "AUX") or (
            head.upos != "VERB" and not _children(sent, head, *_SUBJ, *_PASS_SUBJ)
        ):
            continue
        ids = _subtree_ids(sent, head.index) - {adv.index} - {
            m.index for m in _children(sent, head, "mark", "cc")}
        for c in _children(sent, head, "advcl"):
            if c.index > adv.index and _children(sent, c, "mark"):
                ids -= _subtree_ids(sent, c.index)  # ("..., as it nears the end": when)
        before = _trim([t for t in toks if t.index in ids and t.index < adv.index])
        after = _trim([t for t in toks if t.index in ids and t.index > adv.index])
        if not any(t.upos != "PUNCT" for t in after):
            continue
        yield RawAttribution(
            cue=(adv.start, adv.end), lemma=adv.text.lower(), cue_kind="adverb",
            stance="hedging", contents=(_span(after),), impersonal=True, hedged=True,
            content_prefix=_span(before) if any(t.upos != "PUNCT" for t in before) else None,
        )


def _seems_what(sent: Sentence, comp: Token) -> bool:
    """Whether *comp*, a dependent after a verb of appearance, says what seems so: a
    complement ("seems to work", "seems fair", "appears that ..."), a "like" phrase
    ("seemed like a good idea") or a clause of comparison or content ("appeared as if it
    might fail", "seems likely that ...")."""
    if comp.deprel in ("xcomp", "ccomp"):
        return True
    if comp.deprel == "obl":
        return any(c.text.lower() == "like" for c in _children(sent, comp, "case"))
    marks = {c.text.lower() for c in _children(sent, comp, "mark")}
    return bool(marks & {"if", "though", "like", "that"})


#: words that open the question after a sentence-opening "Asked"
_QUESTION_OPENERS = frozenset({"if", "whether", "what", "who", "whom", "why", "how", "which",
                               "when", "where", "about"})


def _question(
    sent: Sentence, lex: CueLexicon, cue: tuple[int, int], question: Sequence[Token]
) -> RawAttribution:
    """The report of *question*, asked (*cue*) by someone the article does not name."""
    entry = lex.verbs.get("ask")
    return RawAttribution(
        cue=cue, lemma="ask", cue_kind="verb", stance=entry.stance if entry else "neutral",
        contents=(_span(question),), impersonal=True,
        hedged=has_hedge(sent, {t.index for t in question}, lex),
    )


def unnamed_questions(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """The question after an "asked" with no one asking: a sentence-opening "Asked" up to
    the comma before the main clause ("Asked whether the plan would pass, Roe said ...",
    "Asked about the vote, ..."), or "when asked" and a participle after a comma up to the
    next comma or the end ('"We'll see," Roe said when asked whether she would run').

    The question is put by someone the article does not name, so it is an impersonal
    report (its source is named by the cue's words, as for "It is believed"): not the
    reporter's assertion, nor part of what the answer reports.  "Asked about" is the cue
    and what follows it the content; "asked to ..." is a request, no question.
    """
    toks = sent.tokens
    words = [t for t in toks if t.upos != "PUNCT"]
    for asked in words:
        if asked.text.lower() != "asked" or asked.upos not in ("VERB", "AUX"):
            continue
        before = toks[asked.index - 1] if asked.index > 0 else None
        comma = next((t.index for t in toks[asked.index + 1 :] if t.text == ","), None)
        if asked is words[0]:
            if asked.text != "Asked" or len(words) < 4 or comma is None or not any(
                t.upos in ("VERB", "AUX") for t in toks[comma + 1 :]
            ):
                continue
            end = comma
        elif before is not None and (
            before.text.lower() in ("when", "whenever") or before.text == ","
        ) and not _children(sent, asked, "nsubj", "nsubj:pass", "aux", "aux:pass"):
            end = comma if comma is not None else len(toks)
        else:
            continue
        opener = next((t for t in toks[asked.index + 1 : end]
                       if t.text.lower() in _QUESTION_OPENERS), None)
        if opener is None or any(t.text.lower() == "to" and t.upos == "PART"
                                 for t in toks[asked.index + 1 : opener.index]):
            continue
        cue_end = opener if opener.text.lower() == "about" else asked
        start = opener.index + 1 if cue_end is opener else opener.index
        question = _trim(list(toks[start:end]))
        if not question or all(t.upos == "PUNCT" for t in question):
            continue
        yield _question(sent, lex, _span(toks[asked.index : cue_end.index + 1]), question)


def passive_questions(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """The question after a passive "asked" with no agent: "Roe was asked whether she would
    run", "was asked about the vote".

    Like an opening "Asked", the question is put by someone the article does not name (an
    impersonal report); the subject is who was asked, no speaker.  "was asked about" is the
    cue and what follows it the content; "was asked to ..." is a request, no question.
    """
    toks = sent.tokens
    for verb in toks:
        if verb.lemma.lower() != "ask" or verb.upos != "VERB" or not _children(
            sent, verb, "aux:pass"
        ) or _agent(sent, verb):
            continue
        question = None
        cue_end = verb
        for child in _children(sent, verb, "advcl", "ccomp", "obl"):
            if child.index < verb.index:
                continue
            ids = _subtree_ids(sent, child.index)
            first = toks[min(ids)]
            if child.deprel == "obl" and first.text.lower() == "about" and first.index == (
                verb.index + 1
            ):
                cue_end, question = first, _trim([t for t in toks if t.index in ids - {
                    first.index}])
            elif child.deprel != "obl" and first.text.lower() in _QUESTION_OPENERS - {"about"}:
                question = _trim([t for t in toks if t.index in ids])
            if question:
                break
        if not question:
            continue
        aux = _children(sent, verb, "aux", "aux:pass")
        start = min([verb, *aux], key=lambda t: t.index)
        yield _question(sent, lex, (start.start, cue_end.end), question)


def _meets_a_cue(found: Sequence[RawAttribution], pieces: Iterable[tuple[int, int]]) -> bool:
    """Whether the cue of any of *found* starts inside one of *pieces*, or one of *pieces*
    starts inside it."""
    spans = list(pieces)
    return any(a <= att.cue[0] < b or att.cue[0] <= a < att.cue[1]
               for att in found for a, b in spans)


def extract_sentence(
    sent: Sentence, lex: CueLexicon, before: tuple[int, int] | None = None,
    after: tuple[int, int] | None = None,
) -> list[RawAttribution]:
    """All attributions in one sentence, most reliable extractors first, without duplicates.

    *before*: a closed quotation ending right before the sentence; *after*: a quotation
    opening right after a sentence that ends in a colon (see verb_attributions).
    A poll named by "in" is no source of a clause that holds a report of its own ("In the
    poll, Roe said ..."), unless the report's speaker is a share of those polled ("In a
    Gazette poll, 38 percent of voters said ...").
    """
    sent = _perfect_for_passive(sent)
    found: list[RawAttribution] = []
    for att in itertools.chain(verb_attributions(sent, lex, before, after),
                               according_to(sent, lex), in_view(sent, lex),
                               noun_attributions(sent, lex)):
        if not any(att.cue == other.cue for other in found):
            found.append(att)
    for poll in poll_reports(sent, lex):
        if not any(att.cue[0] <= poll.cue[0] < att.cue[1] for att in found):
            found.append(poll)
    colon = colon_quote(sent, lex, after)
    if colon is not None and not any(
        a <= colon.contents[0][0] < b for att in found for a, b in att.contents
    ):
        found.append(colon)
    for att in in_finding(sent, lex):
        inner = [other for other in found
                 if any(a <= o[0] < b or o[0] <= a < o[1]
                        for a, b in att.contents for o in other.contents)]
        if all((other.attitude or _respondents(sent, other)) and any(
                a <= other.cue[0] < b for a, b in att.contents) for other in inner):
            # "In the poll, 52 percent backed the levy": the voters' stance is the finding
            found = [other for other in found if not any(other is i for i in inner)]
            found.append(att)
    for asked in passive_questions(sent, lex):
        if not _meets_a_cue(found, (asked.cue, *asked.contents)):
            found.append(asked)
    for seeming in evidential_reports(sent, lex):
        # ("Roe seemed to back the plan": a report inside it is the one that counts)
        prefix = () if seeming.content_prefix is None else (seeming.content_prefix,)
        if not _meets_a_cue(found, (seeming.cue, *seeming.contents, *prefix)):
            found.append(seeming)
    for hearsay in reportative_reports(sent, lex):
        adverb = _cue_head(sent, hearsay.cue)
        if adverb is None or adverb.head < 0:
            continue
        at = sent.tokens[adverb.head].start
        held = [att for att in found if att.cue[0] <= at < att.cue[1]
                or att.cue[0] <= hearsay.cue[0] < att.cue[1]]
        if any(not att.attitude for att in held):
            continue  # ("Roe reportedly said X": a report by Roe)
        # ("Roe reportedly backs X": Roe's stance is what the hearsay reports)
        found = [att for att in found if not any(att is h for h in held)]
        found.append(hearsay)
    for question in unnamed_questions(sent, lex):
        # ('"We'll see," Roe said when asked whether ...': the one asked borrowed as the
        # subject of "asked" is no one who asks)
        found = [att for att in found if att.cue != question.cue]
        # 'Asked if he would run, Roe said no': the question is no part of the answer
        (qa, qb), kept = question.contents[0], []
        for att in found:
            rest = tuple((a, b) for a, b in att.contents if b <= qa or qb <= a)
            if rest:
                kept.append(att if rest == att.contents else evolve(att, contents=rest))
        found = [*kept, question]
    found = _without_according_phrases(sent, found)
    found = _without_trailing_appositions(sent, found)
    if "?" in [t.text for t in sent.tokens[-2:]]:
        # "Do you support Roe?": a question put to "you" reports no one's view
        found = [att for att in found if (att.source_head or "").lower() != "you"]
    return _drop_reported_reports(sent, _drop_nested_duplicates(_share_contents(found)))


def colon_quote(
    sent: Sentence, lex: CueLexicon, after: tuple[int, int] | None = None
) -> RawAttribution | None:
    """A quotation a clause introduces with a colon, though its verb is no reporting verb:
    'The mayor offered a blunt verdict: "..."', 'Roe put it simply: "..."'.

    The cue is the clause's verb with the object right after it, the source the verb's
    subject, and the content the quotation that opens right after the colon, in the
    sentence or (*after*) right after it when the sentence ends with the colon.
    """
    toks = sent.tokens
    colon = next((t.index for t in toks if t.text == ":" and t.index + 1 < len(toks)
                  and toks[t.index + 1].text in _OPENING_QUOTES), None)
    if colon is not None:
        content = _quoted_tail(sent, colon + 1)
    elif after is not None and len(toks) > 2 and toks[-1].text == ":":
        colon, content = len(toks) - 1, after
    else:
        return None
    root = sent.root
    if content is None or root is None or root.upos != "VERB" or root.index >= colon or bool(
        _children(sent, root, "aux:pass", *_PASS_SUBJ)
    ):
        return None
    subj = next(iter(_children(sent, root, "nsubj")), None)
    if subj is None or subj.index > root.index or not _can_be_source(sent, subj, lex) or (
        _is_time_noun(sent, subj, lex.time_words)
        or subj.text.lower() in ("it", "this", "that", "there")
    ):
        return None
    src = source_phrase(sent, subj, lex.time_words)
    if src is None:
        return None
    cue_end = root.index
    obj = next((o for o in _children(sent, root, "obj") if root.index < o.index < colon), None)
    if obj is not None:
        # ("offered a verdict on the plan:", the verb and its noun, not what it is about)
        cue_end = max(i for i in _subtree_ids(sent, obj.index, cut=("nmod",)) if i < colon)
    return RawAttribution.from_phrase(
        sent, src, cue=_span(toks[root.index : cue_end + 1]), lemma=root.lemma.lower(),
        stance="neutral", contents=(content,),
    )


_POLL_SAY = {"say", "says", "said"}


def poll_reports(sent: Sentence, lex: CueLexicon) -> Iterator[RawAttribution]:
    """What shares of those polled say, by word order alone: "Six in 10 say ...", "those
    surveyed said ...", "About half said ...".

    Poll copy is where the small parser errs most (it tags "say" as a noun after "in 10",
    makes "surveyed" the complement of "said"), so this reads the words and their tags:
    the share phrase right before "say" (from the sentence start or the last comma) is the
    source, the clause after it (up to a contrasting clause) the content.
    """
    toks = sent.tokens
    for v in toks:
        if v.text.lower() not in _POLL_SAY or v.index < 1:
            continue
        start = max((t.index + 1 for t in toks[: v.index] if t.text in (",", ";", ":")),
                    default=0)
        phrase = [t for t in toks[start : v.index]]
        while phrase and phrase[0].upos in ("CCONJ", "ADV") and phrase[0].text.lower() not in (
            "nearly", "about", "almost", "roughly", "only", "just"
        ):
            phrase = phrase[1:]  # ("And", "Again,")
        words = [t.text.lower() for t in phrase]
        if not phrase or len(phrase) > 10:
            continue
        if any(t.upos in ("VERB", "AUX") and t.text.lower() not in lex.poll_participles
               for t in phrase):
            continue
        if not (any(t.upos == "NUM" or t.text.lower() in _SHARE_WORDS for t in phrase)
                or (words[0] == "those" and len(words) == 2 and words[1] in lex.poll_participles)):
            continue
        end = len(toks)
        for t in toks[v.index + 1 :]:
            if t.text == ";" or (t.text == "," and t.index + 1 < len(toks)
                                 and toks[t.index + 1].text.lower() in _CONTRAST | {"but"}):
                end = t.index
                break
        tail = _trim(toks[v.index + 1 : end])
        if len(tail) < 2 or not any(t.upos in ("VERB", "AUX") for t in tail) or (
            tail[0].text.lower() in ("so", "the", "it") and len(tail) < 3
        ):
            continue
        head = next((t for t in reversed(phrase) if t.upos in ("NOUN", "PROPN", "NUM", "PRON")
                     or t.text.lower() in _SHARE_WORDS), phrase[-1])
        yield RawAttribution(
            cue=_span([v]),
            lemma="say",
            cue_kind="verb",
            stance="neutral",
            contents=(_span(tail),),
            source=_span(phrase),
            source_head=head.text,
            source_head_lemma=head.lemma,
        )


def _quoted_tail(sent: Sentence, start: int) -> tuple[int, int] | None:
    """The quotation opening at token *start* when it runs to the end of the sentence (its
    closing mark, if any, the last word but for final punctuation)."""
    toks = sent.tokens
    end = len(toks) - 1
    while end > start and toks[end].upos == "PUNCT" and toks[end].text not in _QUOTES:
        end -= 1
    inner = toks[start + 1 : end]
    if not any(t.upos in ("VERB", "AUX", "NOUN", "PROPN") for t in inner) or any(
        t.text in _QUOTES for t in inner
    ):
        return None
    return _span(toks[start : end + 1])


def _without_according_phrases(
    sent: Sentence, atts: list[RawAttribution]
) -> list[RawAttribution]:
    """'Voters said that X, according to exit polls': the "according to" phrase (with the
    comma before it) attributes the whole report; it is no part of the said clause."""
    phrases = []
    for att in atts:
        if att.lemma != "according to" or att.source is None:
            continue
        before = [t for t in sent.tokens if t.end <= att.cue[0]]
        if _quotation_around(sent, len(before)) is not None:
            continue  # ('"It is all according to age groups," said Roe': words quoted)
        start = before[-1].start if before and before[-1].text in _SEPARATORS else att.cue[0]
        phrases.append((start, att.source[1]))
    if not phrases:
        return atts
    out = []
    for att in atts:
        if att.lemma == "according to":
            out.append(att)
            continue
        runs: list[tuple[int, int]] = []
        phrase_only = False
        for a, b in att.contents:
            if any(lo <= a and b <= hi for lo, hi in phrases):
                phrase_only = True
                continue  # ("spent $2 million to persuade voters, according to X": no content)
            for lo, hi in phrases:
                if a < lo < b:  # (a phrase that opens the content is its own matter)
                    runs.append((a, lo))
                    a = hi
            if a < b:
                runs.append((a, b))
        kept = []
        for a, b in runs:  # (no run of bare punctuation left behind)
            inside = _tokens_within(sent, (a, b))
            if any(t.upos != "PUNCT" for t in inside):
                kept.append((inside[0].start, inside[-1].end))
        if not kept and phrase_only:
            continue  # (its only content was the phrase)
        if kept and tuple(kept) != att.contents:
            att = evolve(att, contents=tuple(kept))
        out.append(att)
    return out


def _without_trailing_appositions(
    sent: Sentence, atts: list[RawAttribution]
) -> list[RawAttribution]:
    """'... can vote for Clinton over Trump, the Republican front-runner who ...': an
    apposition set off by a comma at the end of a content describes a name in it for the
    reader; it is the reporter's, not part of what was reported."""
    out = []
    for att in atts:
        runs = []
        for a, b in att.contents:
            inside = _tokens_within(sent, (a, b))
            cut = b
            if inside and not any(t.text in _QUOTES for t in inside):
                ids = {t.index for t in inside}
                last_word = max((i for i in ids if sent.tokens[i].upos != "PUNCT"), default=-1)
                for t in inside:
                    if t.upos != "NOUN":
                        continue
                    sub = _subtree_ids(sent, t.index)
                    comma = min(i for i in sub if sent.tokens[i].upos != "PUNCT") - 1
                    # (on a name, not "Buffalo, New York": a place named in full)
                    on_name = t.deprel == "appos" and t.head in ids and t.head < t.index and (
                        sent.tokens[t.head].upos == "PROPN")
                    # ("about Khizr Khan, the father of ...": an apposition the parse hung
                    # on the verb)
                    hung_on_verb = t.deprel == "parataxis" and comma - 1 in ids and (
                        sent.tokens[comma - 1].upos == "PROPN"
                    ) and not _children(sent, t, *_SUBJ, "cop")
                    if not (on_name or hung_on_verb):
                        continue
                    if (sent.tokens[comma].text == "," and comma in ids
                            and max(sub) >= last_word and comma > min(ids)):
                        cut = min(cut, sent.tokens[comma].start)
            runs.append((a, cut))
        kept = tuple((a, max((t.end for t in _tokens_within(sent, (a, b))), default=b))
                     for a, b in runs)
        out.append(att if kept == att.contents else evolve(att, contents=kept))
    return out


def _share_contents(atts: list[RawAttribution]) -> list[RawAttribution]:
    """Content that two cues claim goes to the cue nearest before it ('urged the council to
    act and said, "..."': the quotation is what was said), or else the nearest after it.
    A report inside another one's content is nested, not shared."""
    out = []
    for att in atts:
        kept = tuple(
            c for c in att.contents
            if not any(
                other is not att and a < c[1] and c[0] < b
                # (a report inside another's content is nested, not shared)
                and not (c[0] <= other.cue[0] < c[1]) and not (a <= att.cue[0] < b)
                and _nearer(other.cue, att.cue, (max(a, c[0]), min(b, c[1])))
                for other in atts for a, b in other.contents
            )
        )
        if kept == att.contents:
            out.append(att)
        elif kept:
            out.append(evolve(att, contents=kept))
    return out


def _nearer(cue: tuple[int, int], other: tuple[int, int], content: tuple[int, int]) -> bool:
    def distance(c: tuple[int, int]) -> tuple[bool, int]:
        before = c[1] <= content[0]
        return (not before, content[0] - c[1] if before else c[0] - content[1])

    return distance(cue) < distance(other)


#: how what a cue reports hangs on it: a report inside it is part of what is reported
_COMPLEMENT_RELS = frozenset({"ccomp", "xcomp", "csubj", "obj", "obl"})


def _cue_head(sent: Sentence, cue: tuple[int, int]) -> Token | None:
    """The word of a cue span that the others hang on (the span's top in the parse)."""
    words = _tokens_within(sent, cue)
    inside = {t.index for t in words}
    return next((t for t in words if t.head not in inside), None)


def _reports_before(sent: Sentence, att: RawAttribution) -> bool:
    """Whether *att* is a verb whose content all comes before its cue and its source, in a
    cue clause that closes the sentence ("..., the Times reported on Monday."; not "...,
    where officials reported 20 victims at a center")."""
    first = att.cue[0] if att.source is None else min(att.cue[0], att.source[0])
    if att.cue_kind != "verb" or not att.contents or any(b > first for _, b in att.contents):
        return False
    after = [t for t in sent.tokens if t.start >= att.cue[1] and t.upos != "PUNCT"]
    return len(after) <= 4 and not any(t.upos in ("VERB", "AUX") for t in after)


def _reported_by(sent: Sentence, inner: RawAttribution, outer: RawAttribution) -> bool:
    """Whether *inner*'s cue sits in what *outer* reports: inside one of its contents, and
    below its cue through a complement ("Roe said that when Doe railed against X, ..."),
    an object or a prepositional content ("Roe criticized the report that Doe said was
    wrong")."""
    if not any(a <= inner.cue[0] and inner.cue[1] <= b for a, b in outer.contents):
        return False
    # by word order, whatever the parse: a cue clause after its content ("X discussed Y,
    # the Times reported.") reports what comes before it, a cue in it included
    if any(a <= outer.cue[0] and outer.cue[1] <= b for a, b in inner.contents):
        # (each cue in the other's content: the parse hung one clause on the other)
        if _reports_before(sent, outer):
            return True
        if _reports_before(sent, inner):
            return False
    top, low = _cue_head(sent, outer.cue), _cue_head(sent, inner.cue)
    if top is None or low is None:
        return False
    cur, steps = low, 0
    while cur.head >= 0 and steps < len(sent.tokens):
        if cur.deprel == "conj" and _children(sent, cur, *_SUBJ, *_PASS_SUBJ):
            return False  # "Roe said X would fail, and Doe railed against Y": a clause of its own
        if cur.head == top.index:
            return cur.deprel.split(":")[0] in _COMPLEMENT_RELS
        cur = sent.tokens[cur.head]
        steps += 1
    return False


def _drop_reported_reports(sent: Sentence, atts: list[RawAttribution]) -> list[RawAttribution]:
    """Drop a report made inside what another source reports ("Mrs. Roe said that when Ms.
    Doe railed against X, she spoke for all"): the outer source claims it; the inner one is
    part of that claim, not the article's."""
    return [att for att in atts if att.impersonal or not any(
        o is not att and not o.impersonal and _reported_by(sent, att, o) for o in atts)]


def _drop_nested_duplicates(atts: list[RawAttribution]) -> list[RawAttribution]:
    """Drop an attribution whose cue sits inside the source of another one, and one with
    no source, or an attitude verb, or the other one's own source (a borrowed subject),
    whose cue sits inside another one's content (a verb of the reported clause: "she said
    she supports X" and "they declined to praise X" report one claim each)."""
    out = []
    for att in atts:
        inside_source = any(
            o is not att
            and o.source is not None
            and o.source[0] <= att.cue[0]
            and att.cue[1] <= o.source[1]
            for o in atts
        )
        inside_content = not att.impersonal and any(
            o is not att
            and (att.source is None or att.attitude or att.source == o.source)
            and any(a <= att.cue[0] and att.cue[1] <= b for a, b in o.contents)
            for o in atts
        )
        if not inside_source and not inside_content:
            out.append(att)
    return out


def widen_to_quotes(
    att: RawAttribution, quotes: Sequence[Quote], text: str
) -> tuple[tuple[tuple[int, int], ClaimKind], ...]:
    """Each content widened to the quotes it touches, with its kind (direct, indirect, mixed)."""
    result: list[tuple[tuple[int, int], ClaimKind]] = []
    for start, end in att.contents:
        # (a cue inside a quotation reports within the quoted speech: "... Roe is now agreeing
        # with me," Doe said': the quotation is Doe's, not Roe's)
        touching = [q for q in quotes if q.start < end and start < q.end
                    and not (att.cue is not None and q.start <= att.cue[0] < q.end)]
        if not touching:
            result.append(((start, end), "indirect"))
            continue
        lo = min(start, *(q.start for q in touching))
        hi = max(end, *(q.end for q in touching))
        # keep the cue and the source out of the widened content
        for blocker in (att.cue, att.source):
            if blocker is None:
                continue
            if lo <= blocker[0] < hi and blocker[0] >= start and blocker[1] <= hi:
                hi = max(end, blocker[0])
        inner = text[lo:hi].strip(" ,.;:")
        quoted = sum(min(q.end, hi) - max(q.start, lo) for q in touching if q.start < hi)
        kind: ClaimKind = "direct" if quoted >= len(inner) - 3 else "mixed"
        result.append(((lo, hi), kind))
    return tuple(result)
