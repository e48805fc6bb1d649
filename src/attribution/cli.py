"""Command line: ``attribution parse`` and ``attribution models``.

Exit codes: 0 success, 1 some documents failed (others were written), 2 bad usage or input,
3 model problem, 4 plugin problem.
"""

from __future__ import annotations

import argparse
import csv
import glob
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._model import Article, Claim
from ._pipeline import ParseFailure
from .exceptions import (
    AttributionError,
    InputDecodeError,
    InputError,
    InputFileError,
    ModelError,
    PluginError,
)

__all__ = ["main", "read_text"]

FORMATS = ("text", "json", "jsonl", "csv", "html")


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a file as UTF-8, byte for byte (no newline translation)."""
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise InputFileError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputDecodeError(
            f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc


def expand_inputs(items: Sequence[str]) -> list[str]:
    """Files, directories (their *.txt files, sorted) and glob patterns; '-' is stdin."""
    out: list[str] = []
    for item in items:
        if item == "-":
            out.append(item)
        elif os.path.isdir(item):
            out.extend(sorted(str(p) for p in Path(item).glob("*.txt")))
        elif any(ch in item for ch in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputFileError(f"{item}: no file matches this pattern")
            out.extend(matches)
        else:
            out.append(item)
    return out


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="attribution", description="Who claims what: claims and their sources in news."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles and print their claims and sources")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files (UTF-8), directories of *.txt, glob patterns, - for stdin",
                   )
    p.add_argument("--format", "-f", choices=FORMATS, default="text")
    p.add_argument("--output", "-o", help="write here instead of stdout")
    p.add_argument("--model", default="embedded",
                   help="embedded (default), stanza (official models) or a model folder")
    p.add_argument("--threads", type=int, default=None,
                   help="CPU threads (N > 1: each batch split into N parts parsed at once)")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--plugin", action="append", default=[], metavar="MODULE:FUNC",
                   help="extra source-rule plugin (repeatable)")
    p.add_argument("--rules", action="append", default=[], metavar="FILE",
                   help="extra rule-pack TOML file (repeatable)")
    p.add_argument("--no-entry-points", action="store_true",
                   help="do not load plugins from installed packages")
    p.add_argument("--block-plugin", action="append", default=[], metavar="NAME",
                   help="entry-point plugin not to load (repeatable)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: on for more than 3 inputs)")
    m = sub.add_parser("models", help="show, verify or download NLP models")
    m.add_argument("action", choices=("info", "verify", "download"))
    m.add_argument("--model", default="embedded")
    m.add_argument("--dir", help="download target (default: $STANZA_RESOURCES_DIR or "
                                 "~/stanza_resources)")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "models":
            return _models(args)
        return _parse(args)
    except InputError as exc:
        print(f"attribution: error: {exc}", file=sys.stderr)
        return 2
    except ModelError as exc:
        print(f"attribution: model error: {exc}", file=sys.stderr)
        return 3
    except PluginError as exc:
        print(f"attribution: plugin error: {exc}", file=sys.stderr)
        return 4
    except AttributionError as exc:
        print(f"attribution: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _models(args: argparse.Namespace) -> int:
    from ._nlp import download_official, resolve_models

    if args.action == "download":
        root = download_official(args.dir)
        print(f"downloaded the official Stanza English models to {root}")
        return 0
    models = resolve_models(args.model, verify=args.action == "verify")
    print(f"model: {models.name}\nfolder: {models.directory}")
    for proc, path in models.paths.items():
        print(f"  {proc:9} {path.name} ({path.stat().st_size / 1e6:.1f} MB)")
    if models.manifest is not None:
        scores = models.manifest.get("scores", {})
        if scores:
            print("scores: " + json.dumps(scores))
    if args.action == "verify":
        print("all files match the manifest")
    return 0


def _inputs(paths: list[str]) -> Iterator[tuple[str, str | AttributionError]]:
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                yield "-", data.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield "-", InputDecodeError(f"<stdin>: not valid UTF-8 (byte {exc.start})")
        else:
            try:
                yield path, read_text(path)
            except InputError as exc:
                yield path, exc


def _parse(args: argparse.Namespace) -> int:
    from ._pipeline import Parser

    paths = expand_inputs(args.paths)
    if not paths:
        raise InputFileError("no input files")
    if args.format == "json" and len(paths) > 1:
        raise InputError("--format json takes one input; use --format jsonl for several")
    loaded = list(_inputs(paths))
    if len(loaded) == 1 and isinstance(loaded[0][1], AttributionError):
        raise loaded[0][1]
    parser = Parser(
        args.model,
        threads=args.threads,
        plugins=tuple(args.plugin),
        rule_files=tuple(args.rules),
        entry_points=not args.no_entry_points,
        block_plugins=tuple(args.block_plugin),
    )
    texts = [t if isinstance(t, str) else "" for _, t in loaded]
    progress = args.progress if args.progress is not None else len(paths) > 3
    results: list[Article | AttributionError | ParseFailure] = []
    parsed = parser.parse_many(texts, batch_size=args.batch_size, progress=progress,
                               errors="record")
    for (_, item), result in zip(loaded, parsed, strict=True):
        results.append(item if isinstance(item, AttributionError) else result)

    out: TextIO = (
        open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        if args.output
        else sys.stdout
    )
    failed = 0
    try:
        failed = _write(out, args.format, [p for p, _ in loaded], results)
    finally:
        if args.output:
            out.close()
    if failed and failed == len(results):
        return 2
    return 1 if failed else 0


def _error_text(err: AttributionError | ParseFailure) -> str:
    return str(err.error if isinstance(err, ParseFailure) else err)


def _write(
    out: TextIO,
    fmt: str,
    paths: list[str],
    results: list[Article | AttributionError | ParseFailure],
) -> int:
    failed = 0
    rows: list[dict[str, Any]] = []
    for path, result in zip(paths, results, strict=True):
        if not isinstance(result, Article):
            failed += 1
            print(f"attribution: error: {path}: {_error_text(result)}", file=sys.stderr)
            if fmt == "jsonl":
                out.write(json.dumps({"path": path, "error": _error_text(result)}) + "\n")
            continue
        if fmt == "json":
            out.write(result.to_json(indent=2) + "\n")
        elif fmt == "jsonl":
            out.write(json.dumps({"path": path, **result.to_dict()}, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            rows.extend({"path": path, **r} for r in result.to_records())
        elif fmt == "html":
            from .render import html

            out.write(html(result.to_dict(), title=os.path.basename(path)))
        else:
            out.write(format_text(result, path) + "\n")
    if fmt == "csv":
        out.write(_csv(rows))
    return failed


def _csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if not rows:
        return ""
    fields = list(rows[0].keys())
    writer = csv.DictWriter(buf, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _claim_line(claim: Claim) -> str:
    bits: list[str] = [claim.kind]
    if claim.hedged:
        bits.append("hedged")
    if claim.block != "body":
        bits.append(claim.block)
    cue = f"  [cue: {claim.cue.span.text}]" if claim.cue is not None else ""
    via = ""
    if claim.source_mention is not None and claim.source is not None and (
        claim.source_mention.text != claim.source.name
    ):
        via = f"  [as: {claim.source_mention.text}]"
    # ("(which) will cost $5 billion": the part of the content before the cue)
    prefix = f"({claim.prefix.text}) " if claim.prefix is not None else ""
    return f"  {claim.id:>4} ({', '.join(bits)}) {prefix}{_short(claim.text)}{cue}{via}"


def format_text(article: Article, path: str = "") -> str:
    """A readable listing of the article's claims, grouped by source."""
    lines = [f"== {path}: {len(article.claims)} claims, {len(article.sources)} sources"]
    for source in article.sources:
        anon = ", anonymous" if source.anonymous else ""
        lines.append(f"\n[{source.id}] {source.name} - {source.type} "
                     f"({' > '.join(source.type_path)}{anon})")
        if source.descriptors:
            lines.append("      described as: " + "; ".join(d.text for d in source.descriptors))
        if source.evidence:
            ev = source.evidence[0]
            lines.append(f"      typed by: {ev.rule} on {ev.text!r}")
        lines.extend(_claim_line(c) for c in article.claims_by(source))
    rest = article.unattributed_claims()
    if rest:
        lines.append("\n[unattributed]")
        lines.extend(_claim_line(c) for c in rest)
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
