"""Source-type accuracy of :class:`attribution.sources.SourceTyper` on labelled PolNeAR sources.

Usage::

    python benchmarks/source_types.py ../shared/data/polnear/train [--errors tune|test|all]
        [--labels benchmarks/data/source_types.tsv] [--plugins] [--blind]
    python benchmarks/source_types.py ../shared/data/polnear/train --pipeline embedded
        [--cache /work/cache/polnear-m5.pkl]

``benchmarks/data/source_types.tsv`` holds one labelled source entity per line as
``stem<TAB>start<TAB>end<TAB>label<TAB>anonymous`` (offsets of one gold PolNeAR ``Source`` span
into ``train/text/<stem>.txt``; no article text). Labels follow
``../shared/docs/source-taxonomy.md``; a pronoun row carries the type of the entity it refers
to. The set is split by article into two halves: within each publisher, articles sorted by
name alternate tune, test, tune, ... The rules were tuned looking only at the tune half.
``benchmarks/data/source_types_tune2.tsv`` (``--extra``) labels sources of 37 further articles
in the same format; all of it is for tuning (split ``tune2``), so the test half stays unseen.

Each gold span becomes an :class:`~attribution.sources.EntityFacts` built with the simple
heuristics of :meth:`~attribution.sources.MentionFacts.from_span` (head = last word before the
first "of/for/at/who/,", possessor = the words before "'s"). An apposition inside the span (the
words after its first comma, skipping an age: "Jane Doe, 34, a nurse,") becomes a descriptor.
A pronoun gets the nearest preceding non-pronoun gold ``Source`` span of its annotation file as a
second mention (a cheap antecedent guess). A name gets the other gold ``Source`` spans of the
article that name the same person ("Mr. Rubio" for "Marco Rubio") as further mentions, a cheap
stand-in for the pipeline's coreference. Only gold spans are used, never the label file.
Pronoun rows are scored separately from the others. ``--blind`` is for rule development: it
prints only totals for the held-out test split and for every set that includes it.

``--pipeline MODEL`` instead runs the whole :class:`~attribution.Parser` on the labelled articles
and reports how many labelled entities it finds as sources and how many of those it types
right. That runs Stanza on every article (minutes); ``--cache FILE`` keeps the parses in a
pickle file through ``CachedBackend`` of ``benchmarks/polnear.py`` (the same file format, so a
cache written by ``polnear.py --cache`` for the same model serves here too), and later runs
take seconds. The cache is keyed by article text only: delete it when the model changes.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from attribution._model import Span
from attribution.sources import EntityFacts, MentionFacts, SourceTyper, load_rules
from attribution.sources._text import PRONOUNS

HERE = Path(__file__).resolve().parent
DEFAULT_LABELS = HERE / "data" / "source_types.tsv"
DEFAULT_EXTRA = HERE / "data" / "source_types_tune2.tsv"
_NOT_APPOSITION = ("including", "such as", "like ", "especially", "particularly", "notably",
                   "but ", "and ", "or ", "as well")
_PARTY_LABEL = re.compile(r"^\(?[RDI]-[A-Z][A-Za-z.]*\)?$")


class Row:
    """One labelled entity."""

    def __init__(self, stem: str, start: int, end: int, label: str, anonymous: bool) -> None:
        self.stem, self.start, self.end = stem, start, end
        self.label, self.anonymous = label, anonymous
        self.split = ""


def read_labels(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["stem", "start", "end", "label", "anonymous"]:
            raise SystemExit(f"{path}: unexpected header {header}")
        for line in f:
            if line.strip():
                stem, start, end, label, anon = line.rstrip("\n").split("\t")
                rows.append(Row(stem, int(start), int(end), label, anon == "1"))
    by_pub: dict[str, list[str]] = collections.defaultdict(list)
    for stem in sorted({r.stem for r in rows}):
        by_pub[stem.split("_", 1)[0]].append(stem)
    split = {s: ("tune" if i % 2 == 0 else "test") for stems in by_pub.values()
             for i, s in enumerate(stems)}
    for r in rows:
        r.split = split[r.stem]
    return rows


def gold_sources(root: Path, stem: str) -> list[tuple[int, int]]:
    """Start and end of every gold Source span (first fragment) in the stem's first .ann."""
    anns = sorted((root / "attributions").glob(f"{stem}_*.ann"))
    out = []
    for line in anns[0].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("T") and parts[1].startswith("Source "):
            first = parts[1].split(" ", 1)[1].split(";")[0].split()
            out.append((int(first[0]), int(first[1])))
    return sorted(set(out))


def _is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "([“\"'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.)]”\"-—"):
        end -= 1
    return start, end


def _apposition(text: str, start: int, end: int) -> tuple[int, list[Span]]:
    """Split "Name, apposition, ..." into the name's end and the apposition span.

    Only when the part before the first comma is a bare noun phrase (no "of/for/at..."), and
    skipping ages ("Jane Doe, 34, a nurse") and party labels ("R-Mass.").
    """
    span_text = text[start:end]
    cut = span_text.find(", ")
    if cut <= 0:
        return end, []
    head_part = MentionFacts.from_span(Span.from_text(text, start, start + cut))
    if head_part.modifiers or head_part.kind == "pronoun":
        return end, []
    pos = start + cut + 2
    for part in span_text[cut + 2 :].split(", "):
        stripped = part.strip()
        if stripped.lower().startswith(_NOT_APPOSITION):
            break
        if _PARTY_LABEL.match(stripped) and pos == start + cut + 2:
            return end, []  # "Jane Roe, R-Mass.": the label belongs to the name
        if stripped.isdigit() or not stripped:
            pos += len(part) + 2
            continue
        d_start, d_end = _trim(text, pos, min(pos + len(part), end))
        if d_end > d_start:
            return start + cut, [Span.from_text(text, d_start, d_end)]
        break
    return start + cut, []


def _name_words(mention: MentionFacts) -> list[str]:
    """The capitalised words of a name mention up to its head, titles ("Sen.") left out."""
    words = []
    for w in mention.span.text.replace("’", "'").split():
        w = w.strip(",;()")
        if w[:1].isupper() and not w.endswith("."):
            words.append(w)
        if mention.head and w.strip(".'") == mention.head.strip(".'"):
            break
    return words


def _same_person(a: MentionFacts, b: MentionFacts) -> bool:
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    return len(wa) < 2 or len(wb) < 2 or wa[-2] == wb[-2]


def facts_for(text: str, row: Row, sources: Sequence[tuple[int, int]]) -> EntityFacts:
    start, end = _trim(text, row.start, row.end)
    end, descriptors = _apposition(text, start, end)
    mention = MentionFacts.from_span(Span.from_text(text, start, end))
    mentions = [mention]
    if mention.kind == "pronoun":
        before = [(s, e) for s, e in sources if e <= row.start and not _is_pronoun(text[s:e])]
        if before:
            s, e = _trim(text, *before[-1])
            if e > s:
                mentions.insert(0, MentionFacts.from_span(Span.from_text(text, s, e)))
    elif mention.kind == "name":
        # other gold source spans of the article ending in the same name: "Mr. Rubio", "Rubio"
        for s, e in sources:
            if (s, e) == (row.start, row.end) or _is_pronoun(text[s:e]):
                continue
            s, e = _trim(text, s, e)
            other_end, other_desc = _apposition(text, s, e)
            other = MentionFacts.from_span(Span.from_text(text, s, other_end))
            if other.kind == "name" and _same_person(mention, other):
                mentions.append(other)
                descriptors.extend(other_desc)
        if mention.head and mention.head[:1].isupper():
            first, desc = _first_full_mention(text, mention.head, row.start)
            if first is not None:
                mentions.append(MentionFacts.from_span(first))
            if desc is not None:
                descriptors.append(desc)
    return EntityFacts(name=mentions[0].span.text, mentions=tuple(mentions),
                       descriptors=tuple(descriptors))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words(
    "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Col. Lt. Sgt. Capt. Adm. Prof. Rev. St. Jr. U.S. "
    "U.N. D.C."
)
_STOP = _words(
    "the a an and or but to of in on at by for with from said says told as that when while "
    "if after before than then who which whom whose is was are were has had have be been "
    "this these those his her their its"
)


def _first_full_mention(text: str, name: str, row_start: int) -> tuple[Span | None, Span | None]:
    """The article's first mention of a surname with the titles and words before it
    ("Flint Mayor Karen Weaver" for "Weaver"), and an apposition after it, if it comes earlier
    than the labelled span: a cheap stand-in for the pipeline's coreference."""
    best: tuple[int, int] | None = None
    for found in re.finditer(rf"\b{re.escape(name)}\b", text):
        if found.start() >= row_start:
            break
        start, end = found.start(), found.end()
        base = max(0, start - 120)
        for w in reversed(list(re.finditer(r"\S+", text[base:start]))[-6:]):
            word = w.group()
            if word.lower() in _STOP or word.lower().strip("'’") in _STOP:
                break
            if word[-1] in ",;:\"“”()[]" or (word.endswith(".") and word not in _ABBREVIATIONS):
                break
            start = base + w.start()
        if best is None or end - start > best[1] - best[0]:
            best = (start, end)
    if best is None:
        return None, None
    start, end = best
    mention = Span.from_text(text, *_trim(text, start, end))
    descriptor = None
    after = text[end : end + 200]
    if after.startswith(", ") and after[2:].lower().startswith(("a ", "an ", "the ")):
        stop = min((i for i in (after.find(",", 2), after.find(".", 2), after.find("\n"))
                    if i > 0), default=len(after))
        d_start, d_end = _trim(text, end + 2, end + stop)
        if d_end > d_start:
            descriptor = Span.from_text(text, d_start, d_end)
    return mention, descriptor


def confusion(pairs: Iterable[tuple[str, str]]) -> str:
    pairs = list(pairs)
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    counts = collections.Counter(pairs)
    short = {lab: lab[:6] for lab in labels}
    lines = ["gold \\ pred".ljust(28) + " ".join(short[p].rjust(6) for p in labels)]
    for g in labels:
        if not any(gg == g for gg, _ in pairs):
            continue
        lines.append(g.ljust(28) + " ".join(str(counts[(g, p)] or ".").rjust(6) for p in labels))
    return "\n".join(lines)


def report(name: str, results: list[tuple[Row, str, bool, bool]], detail: bool = True) -> None:
    """Accuracy of one set; with *detail*, its confusion table too."""
    if not results:
        return
    n = len(results)
    right = sum(1 for r, pred, _, _ in results if pred == r.label)
    typed = sum(1 for _, pred, _, _ in results if pred != "unknown")
    anon_right = sum(1 for r, _, anon, _ in results if anon == r.anonymous)
    print(f"\n== {name}: {n} entities from {len({r.stem for r, *_ in results})} articles")
    print(f"type accuracy      {right / n:.3f}  ({right}/{n})")
    print(f"typed (not unknown) {typed / n:.3f}")
    print(f"anonymous accuracy {anon_right / n:.3f}")
    if detail:
        print(confusion((r.label, pred) for r, pred, _, _ in results))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear_train", type=Path, help="path to polnear/train")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--extra", type=Path, default=DEFAULT_EXTRA,
                        help="a second labelled set from other articles, all of it for tuning "
                             "(split tune2)")
    parser.add_argument("--errors", choices=("tune", "tune2", "test", "all"),
                        help="print the misclassified rows of a split (with their text)")
    parser.add_argument("--plugins", action="store_true",
                        help="also load installed source-rule plugins")
    parser.add_argument("--pipeline", metavar="MODEL",
                        help="instead of typing gold spans, run the whole Parser (MODEL: "
                             "embedded, stanza or a folder) and report how many labelled "
                             "entities it finds as sources and how many of those it types right")
    parser.add_argument("--cache", type=Path, default=None,
                        help="with --pipeline: keep Stanza parses in this pickle file (the "
                             "format of polnear.py --cache; rule development only)")
    parser.add_argument("--blind", action="store_true",
                        help="rule development: print only totals for the held-out test "
                             "split and for every set that includes it (no confusion table, "
                             "no error rows)")
    args = parser.parse_args(argv)
    if args.blind and args.errors in ("test", "all"):
        parser.error("--blind hides the test split: --errors test/all is not allowed")
    root: Path = args.polnear_train
    if not (root / "text").is_dir():
        print(f"no PolNeAR training data at {root}", file=sys.stderr)
        return 2
    rows = read_labels(args.labels)
    if args.extra is not None and args.extra.is_file():
        taken = {r.stem for r in rows}
        extra = read_labels(args.extra)
        if taken & {r.stem for r in extra}:
            raise SystemExit(f"{args.extra} shares articles with {args.labels}")
        for r in extra:
            r.split = "tune2"
        rows += extra
    if args.pipeline:
        return pipeline_report(root, rows, args.pipeline, args.plugins, args.cache,
                               blind=args.blind)
    typer = SourceTyper(load_rules(entry_points=args.plugins))
    texts: dict[str, str] = {}
    golds: dict[str, list[tuple[int, int]]] = {}
    results: list[tuple[Row, str, bool, bool]] = []
    elapsed = 0.0
    for row in rows:
        if row.stem not in texts:
            texts[row.stem] = (root / "text" / f"{row.stem}.txt").read_text(encoding="utf-8")
            golds[row.stem] = gold_sources(root, row.stem)
        facts = facts_for(texts[row.stem], row, golds[row.stem])
        t0 = time.perf_counter()
        decision = typer.classify(facts)
        elapsed += time.perf_counter() - t0
        pronoun = facts.mentions[-1].kind == "pronoun"
        results.append((row, decision.type, decision.anonymous, pronoun))
        if args.errors in (row.split, "all") and decision.type != row.label:
            ev = decision.winner
            why = f"{ev.rule} [{ev.priority}]" if ev else "-"
            print(f"{row.split} {row.stem[:40]} {row.start}: "
                  f"{texts[row.stem][row.start:row.end]!r} gold={row.label} "
                  f"pred={decision.type} by {why}")
    print(f"{len(rows)} labelled entities; {elapsed / max(len(rows), 1) * 1e6:.0f} µs per entity")
    nominal = [x for x in results if not x[3]]
    for split in ("tune", "tune2", "test"):
        report(f"{split} (non-pronoun)", [x for x in nominal if x[0].split == split],
               detail=not (args.blind and split == "test"))
    report("all (non-pronoun)", nominal, detail=not args.blind)
    report("pronouns (antecedent = nearest preceding gold source span)",
           [x for x in results if x[3]], detail=not args.blind)
    return 0


def pipeline_report(root: Path, rows: list[Row], model: str, plugins: bool,
                    cache_path: Path | None = None, *, blind: bool = False) -> int:
    """Found rate and typing accuracy of the full pipeline on the labelled entities.

    A labelled entity is found when a source of the parsed article has a mention that
    overlaps its gold span; it is typed right when that source's type equals the label.
    """
    from attribution import Article, Parser

    cache = None
    if cache_path is not None:
        if str(HERE) not in sys.path:
            sys.path.insert(0, str(HERE))
        from polnear import CachedBackend

        from attribution.cues import lexicon

        cache = CachedBackend(model, 2, cache_path, lexicon().might_attribute,
                              lexicon().might_attribute_tagged)
        parser = Parser(backend=cache, entry_points=plugins)
    else:
        parser = Parser(model, entry_points=plugins)
    stems = sorted({r.stem for r in rows})
    texts = [(root / "text" / f"{stem}.txt").read_text(encoding="utf-8") for stem in stems]
    articles: dict[str, Article] = {}
    for stem, art in zip(stems, parser.parse_many(texts), strict=True):
        assert isinstance(art, Article)
        articles[stem] = art
    if cache is not None:
        cache.save()
    for split in ("tune", "tune2", "test", "all"):
        chosen = [r for r in rows if split in (r.split, "all")]
        found = right = 0
        pairs: list[tuple[str, str]] = []
        for r in chosen:
            source = next((src for src in articles[r.stem].sources for m in src.mentions
                           if m.span.start < r.end and r.start < m.span.end), None)
            if source is None:
                continue
            found += 1
            right += source.type == r.label
            pairs.append((r.label, source.type))
        n = max(len(chosen), 1)
        print(f"== pipeline, {split}: {len(chosen)} labelled entities")
        print(f"found as sources   {found / n:.3f}  ({found}/{len(chosen)})")
        print(f"typed right        {right / max(found, 1):.3f}  ({right}/{found} of those found)")
        if split == "test" and not blind:
            print(confusion(pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
