"""End-to-end parse throughput, one process: articles/s, tokens/s, NLP vs. attribution time,
peak RSS.

Usage::

    python benchmarks/throughput.py ../shared/data/polnear/train/text [--limit N] [--threads 2]
        [--low-memory]

Model loading is timed separately and not counted in the throughput.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from attribution import Parser
from attribution._nlp import StanzaBackend
from attribution._parsed import ParsedText


class TimedBackend:
    """Wraps a backend and adds up the time spent in it."""

    def __init__(self, inner: StanzaBackend) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0
        self.sentences = 0

    def parse_many(self, texts: Sequence[str]) -> list[ParsedText]:
        started = time.perf_counter()
        out = self.inner.parse_many(texts)
        self.seconds += time.perf_counter() - started
        self.sentences += sum(len(p.sentences) for p in out)
        return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="folder of UTF-8 *.txt articles")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default="embedded")
    ap.add_argument("--low-memory", action="store_true", help="Parser(low_memory=True)")
    args = ap.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))[: args.limit]
    if not files:
        print(f"throughput: no *.txt files in {args.folder}", file=sys.stderr)
        return 2
    texts = [f.read_bytes().decode("utf-8") for f in files]
    words = sum(len(re.findall(r"\w+", t)) for t in texts)

    started = time.perf_counter()
    # Parser's own backend (with its sentence selection and tagged gate), timed
    parser = Parser(args.model, threads=args.threads, entry_points=False,
                    low_memory=args.low_memory)
    if not isinstance(parser.backend, StanzaBackend):  # pragma: no cover - defensive
        print("throughput: the parser has no Stanza backend", file=sys.stderr)
        return 2
    backend = TimedBackend(parser.backend)
    backend.inner.load()
    parser.backend = backend
    parser.parse("Warm-up: the minister said the port had reopened.")
    load_s = time.perf_counter() - started
    backend.seconds = 0.0
    backend.sentences = 0

    started = time.perf_counter()
    claims = 0
    for article in parser.parse_many(texts, batch_size=args.batch_size):
        claims += len(getattr(article, "claims", ()))
    total = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"machine: {os.cpu_count()} cores; threads: {args.threads}; model: {args.model}"
          f"{'; low memory' if args.low_memory else ''}")
    print(f"articles: {len(texts)}  words: {words}  sentences: {backend.sentences}  "
          f"claims: {claims}")
    print(f"model load + warm-up: {load_s:.1f} s")
    print(f"total: {total:.1f} s  ->  {len(texts) / total:.2f} articles/s, "
          f"{words / total:.0f} words/s, {backend.sentences / total:.0f} sentences/s")
    print(f"NLP (Stanza): {backend.seconds:.1f} s ({100 * backend.seconds / total:.0f}%)  "
          f"attribution and the rest: {total - backend.seconds:.1f} s")
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
