"""Attribution quality on PolNeAR (train split): source, cue and content scores.

Usage::

    python benchmarks/polnear.py ../shared/data/polnear/train [--limit N] [--errors FILE]

Metrics, exactly as the project defines them:

* tokens are maximal runs of word characters (``\\w+``); punctuation is ignored;
* per-role token precision/recall/F1 for source, cue and content over the union of spans of
  that role in each article (summed over articles);
* content span match "partial": one-to-one greedy matching of predicted to gold contents by
  descending token Dice, accepting Dice >= 0.5; "exact": a partial match whose token sets are
  equal;
* attribution F1: a partial content match whose source agrees (both absent, or at least one
  token shared by the claim's local source mention and the gold source).

Only attributed claims are predictions. Claims that share one cue form one predicted
attribution whose content is the union of their spans (as PolNeAR joins Content and Content2
in one relation); a claim's prefix (the relative word "which" in "the plan, which officials
said will cost $5 billion", the subject "The leaders" in "The leaders were expected to
discuss trade") is part of its content, as PolNeAR annotates it. Per-article errors go to
``--errors`` (JSON lines) for error analysis.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attribution import Article, Claim, Parser
from attribution._parsed import ParsedText, Sentence, Token
from attribution.brat import read_ann
from attribution.cues import lexicon

WORD = re.compile(r"\w+")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Unit:
    """One attribution (gold or predicted) as token-index sets."""

    content: frozenset[int]
    source: frozenset[int]
    cue: frozenset[int]
    label: str = ""


@dataclass
class Scores:
    roles: dict[str, Counts] = field(
        default_factory=lambda: {"source": Counts(), "cue": Counts(), "content": Counts()}
    )
    partial: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    attribution: Counts = field(default_factory=Counts)
    articles: int = 0


def token_starts(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def tokens_in(spans: Iterable[tuple[int, int]], toks: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indexes of the word tokens that overlap any of *spans*."""
    out = set()
    for start, end in spans:
        for i, (a, b) in enumerate(toks):
            if a < end and start < b:
                out.add(i)
    return frozenset(out)


def gold_units(ann: str, text: str, toks: Sequence[tuple[int, int]]) -> list[Unit]:
    doc = read_ann(ann, text)
    units = []
    for att in doc.attributions:
        units.append(
            Unit(
                content=tokens_in([(s.start, s.end) for s in att.content], toks),
                source=tokens_in([] if att.source is None else [(att.source.start,
                                                                 att.source.end)], toks),
                cue=tokens_in([] if att.cue is None else [(att.cue.start, att.cue.end)], toks),
                label=" | ".join(s.text for s in att.content)[:200],
            )
        )
    return [u for u in units if u.content]


def source_phrase(text: str, claim: Claim) -> list[tuple[int, int]]:
    """The claim's local source mention with the descriptors set off next to it
    ("Ms. Leon, a secretary,"): PolNeAR's Source span is the whole phrase."""
    m = claim.source_mention
    if m is None:
        return []
    spans = [(m.start, m.end)]
    if claim.source is not None:
        lo, hi = m.start, m.end
        for d in sorted(claim.source.descriptors, key=lambda d: d.start):
            if d.start >= hi and text[hi : d.start].strip(" ,(") == "" and d.start - hi <= 3:
                spans.append((d.start, d.end))
                hi = d.end
            elif d.end <= lo and text[d.end : lo].strip(" ,") == "" and lo - d.end <= 3:
                spans.append((d.start, d.end))
                lo = d.start
    return spans


def predicted_units(article: Article, toks: Sequence[tuple[int, int]]) -> list[Unit]:
    groups: dict[object, list[int]] = {}
    claims = [c for c in article.claims if c.attributed]
    for i, claim in enumerate(claims):
        key: object = (claim.cue.span.start, claim.cue.span.end) if claim.cue else ("claim", i)
        groups.setdefault(key, []).append(i)
    units = []
    for members in groups.values():
        first = claims[members[0]]
        units.append(
            Unit(
                content=tokens_in(content_spans(claims[i] for i in members), toks),
                source=tokens_in(source_phrase(article.text, first), toks),
                cue=tokens_in([] if first.cue is None else
                              [(first.cue.span.start, first.cue.span.end)], toks),
                label=" | ".join(claims[i].text for i in members)[:200],
            )
        )
    return [u for u in units if u.content]


def content_spans(claims: Iterable[Claim]) -> list[tuple[int, int]]:
    """The content of *claims*: each claim's span, after its prefix if it has one."""
    out = []
    for claim in claims:
        if claim.prefix is not None:
            out.append((claim.prefix.start, claim.prefix.end))
        out.append((claim.span.start, claim.span.end))
    return out


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def match(pred: list[Unit], gold: list[Unit]) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching by descending Dice, keeping pairs with Dice >= 0.5."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.content & g.content:
                d = dice(p.content, g.content)
                if d >= 0.5:
                    pairs.append((d, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for d, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, d))
    return out


def score_article(scores: Scores, pred: list[Unit], gold: list[Unit]) -> dict[str, object]:
    for role in ("source", "cue", "content"):
        p_set: frozenset[int] = frozenset().union(*(getattr(u, role) for u in pred))
        g_set: frozenset[int] = frozenset().union(*(getattr(u, role) for u in gold))
        scores.roles[role].add(len(p_set & g_set), len(p_set - g_set), len(g_set - p_set))
    pairs = match(pred, gold)
    n_exact = sum(1 for i, j, _ in pairs if pred[i].content == gold[j].content)
    agree = [
        (i, j) for i, j, _ in pairs
        if (not pred[i].source and not gold[j].source) or (pred[i].source & gold[j].source)
    ]
    scores.partial.add(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
    scores.exact.add(n_exact, len(pred) - n_exact, len(gold) - n_exact)
    scores.attribution.add(len(agree), len(pred) - len(agree), len(gold) - len(agree))
    scores.articles += 1
    matched_p = {i for i, _, _ in pairs}
    matched_g = {j for _, j, _ in pairs}
    ok = {(i, j) for i, j in agree}
    return {
        "false_positives": [pred[i].label for i in range(len(pred)) if i not in matched_p],
        "missed": [gold[j].label for j in range(len(gold)) if j not in matched_g],
        "wrong_source": [pred[i].label for i, j, _ in pairs if (i, j) not in ok],
    }


def articles(root: Path) -> list[tuple[str, Path, Path]]:
    """(stem, text path, first annotator's .ann path) for each article with annotations."""
    by_stem: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        by_stem.setdefault(stem, ann)
    return [(stem, root / "text" / f"{stem}.txt", ann) for stem, ann in sorted(by_stem.items())
            if (root / "text" / f"{stem}.txt").is_file()]


class CachedBackend:
    """Parses every sentence once with Stanza and keeps the parses in a pickle file.

    For rule development only: later runs need no NLP.  The selection the real backend
    makes (tag and parse only sentences that might hold an attribution) is applied to the
    cached parses, so the scores match an uncached run.
    """

    name = "cached"

    def __init__(self, model: str, threads: int, path: Path, select: Any,
                 gate: Any = None) -> None:
        self.model, self.threads, self.path, self.select = model, threads, path, select
        self.gate = gate
        self.cache: dict[str, ParsedText] = {}
        if path.is_file():
            with path.open("rb") as fin:
                self.cache = pickle.load(fin)
        self._inner: Any = None
        self.dirty = False
        self.saved = time.monotonic()

    def parse_many(self, texts: Sequence[str]) -> list[ParsedText]:
        missing = [t for t in dict.fromkeys(texts) if self._key(t) not in self.cache]
        if missing:
            if self._inner is None:
                from attribution._nlp import StanzaBackend

                self._inner = StanzaBackend(self.model, threads=self.threads)
            for t, parsed in zip(missing, self._inner.parse_many(missing), strict=True):
                self.cache[self._key(t)] = parsed
            self.dirty = True
            if time.monotonic() - self.saved > 300:
                self.save()
        return [self._selected(self.cache[self._key(t)]) for t in texts]

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def _selected(self, parsed: ParsedText) -> ParsedText:
        sentences = []
        for sent in parsed.sentences:
            words = [t.text for t in sent.tokens]
            if self.select(words) and (
                self.gate is None or self.gate(words, [t.upos for t in sent.tokens])
            ):
                sentences.append(sent)
                continue
            tokens = tuple(
                Token(index=t.index, text=t.text, start=t.start, end=t.end,
                      upos="X" if any(ch.isalnum() for ch in t.text) else "PUNCT", xpos="_",
                      lemma=t.text.lower(), head=-1, deprel="dep")
                for t in sent.tokens
            )
            sentences.append(Sentence(sent.start, sent.end, tokens, parsed=False))
        return ParsedText(text=parsed.text, sentences=tuple(sentences))

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("wb") as fout:
                pickle.dump(self.cache, fout)
            self.dirty = False
            self.saved = time.monotonic()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", type=Path, help="PolNeAR split folder (with text/ and attributions/)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    ap.add_argument("--every", type=int, default=1, help="take every k-th article")
    ap.add_argument("--errors", type=Path, default=Path("benchmarks/out/polnear-errors.jsonl"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model", default="embedded", help="embedded, stanza or a model folder")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep Stanza parses in this pickle file (rule development only)")
    args = ap.parse_args(argv)
    if not (args.root / "text").is_dir():
        print(f"polnear: {args.root} has no text/ folder", file=sys.stderr)
        return 2
    items = articles(args.root)[args.offset :: args.every]
    if args.limit is not None:
        items = items[: args.limit]
    texts = [p.read_bytes().decode("utf-8") for _, p, _ in items]
    cache = None
    if args.cache is not None:
        cache = CachedBackend(args.model, args.threads, args.cache, lexicon().might_attribute,
                              lexicon().might_attribute_tagged)
        parser = Parser(backend=cache, entry_points=False)
    else:
        parser = Parser(args.model, threads=args.threads, entry_points=False)
    scores = Scores()
    args.errors.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with args.errors.open("w", encoding="utf-8") as err_file:
        parsed = parser.parse_many(texts, batch_size=args.batch_size, progress=True)
        for (stem, _, ann), text, article in zip(items, texts, parsed, strict=True):
            assert isinstance(article, Article)
            toks = token_starts(text)
            gold = gold_units(ann.read_bytes().decode("utf-8"), text, toks)
            pred = predicted_units(article, toks)
            errors = score_article(scores, pred, gold)
            err_file.write(json.dumps({"stem": stem, **errors}, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    if cache is not None:
        cache.save()
    print(f"articles: {scores.articles}  ({elapsed:.0f} s, {scores.articles / elapsed:.2f}/s)")
    print(f"{'metric':<22}{'P':>7}{'R':>7}{'F1':>7}")
    rows = [(f"{role} tokens", c) for role, c in scores.roles.items()]
    rows += [("content partial", scores.partial), ("content exact", scores.exact),
             ("attribution", scores.attribution)]
    for name, counts in rows:
        p, r, f = counts.prf()
        print(f"{name:<22}{p:7.3f}{r:7.3f}{f:7.3f}")
    print(f"per-article errors: {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
