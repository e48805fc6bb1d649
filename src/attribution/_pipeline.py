"""The Parser: loads the NLP backend and the source rules once, then parses articles."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from typing import Any

from attrs import frozen

from ._headline_case import is_title_case, restore, sentence_case
from ._model import Article
from ._parsed import Backend, ParsedText
from .claims import Typer, build_article
from .cues import CueLexicon, lexicon
from .exceptions import AttributionError, InputTypeError
from .layout import CLAIM_BLOCKS, segment

#: A plugin given explicitly: a register callable or a "module:function" string.
PluginSpec = Callable[..., None] | str

__all__ = ["ParseFailure", "Parser", "parse"]


@frozen
class ParseFailure:
    """A document that failed inside :meth:`Parser.parse_many` with ``errors="record"``.

    Attributes:
        index: Its position in the input.
        error: The exception it raised.
    """

    index: int
    error: Exception

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "error": type(self.error).__name__,
                "message": str(self.error)}


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputTypeError(
            f"text must be a str, not {type(text).__name__}"
            + ("; decode bytes as UTF-8 first" if isinstance(text, (bytes, bytearray)) else "")
        )
    return text


class Parser:
    """Reads articles and answers who claims what.

    Build one and reuse it: the NLP models and the rules are loaded once.

    Args:
        model: "embedded" (default, the models shipped in the package), "stanza" (the
            official Stanza English models, already downloaded) or a folder laid out like the
            embedded models. Ignored when *backend* is given.
        backend: Any object with ``parse_many(texts) -> list[ParsedText]`` (see
            :class:`attribution.testing.FakeBackend`).
        threads: CPU threads for the Stanza backend (None: torch's default); with N > 1 a
            batch is split into N parts parsed at the same time (see
            :class:`attribution._nlp.StanzaBackend`).
        plugins: Extra source-rule plugins: register callables or "module:function" strings.
        rule_files: Extra rule-pack TOML files.
        entry_points: Load plugins from the ``attribution.source_rules`` entry-point group.
        block_plugins: Entry-point names not to load.
        typer: A ready source typer; overrides the plugin arguments.
        low_memory: Lower peak memory for the Stanza backend on glibc (about 30% less on
            PolNeAR, about 7% slower; see :class:`attribution._nlp.StanzaBackend`).
    """

    def __init__(
        self,
        model: str | os.PathLike[str] = "embedded",
        *,
        backend: Backend | None = None,
        threads: int | None = None,
        plugins: Sequence[PluginSpec] = (),
        rule_files: Sequence[str | os.PathLike[str]] = (),
        entry_points: bool = True,
        block_plugins: Iterable[str] = (),
        typer: Typer | None = None,
        low_memory: bool = False,
    ) -> None:
        self.lexicon: CueLexicon = lexicon()
        if backend is None:
            from ._nlp import StanzaBackend

            # only sentences that may hold a cue or hedge need the tagger and parser
            backend = StanzaBackend(model, threads=threads, select=self.lexicon.might_attribute,
                                    gate=self.lexicon.might_attribute_tagged,
                                    low_memory=low_memory)
        self.backend: Backend = backend
        if typer is None:
            from .sources import SourceTyper, load_rules

            typer = SourceTyper(
                load_rules(
                    entry_points=entry_points,
                    plugins=tuple(plugins),
                    rule_files=tuple(rule_files),
                    block=frozenset(block_plugins),
                )
            )
        self.typer: Typer = typer

    def __repr__(self) -> str:
        return f"<Parser backend={getattr(self.backend, 'name', type(self.backend).__name__)}>"

    def parse(self, text: str) -> Article:
        """Parse one article. Empty or whitespace-only text gives an empty Article."""
        return self._parse_batch([_check_text(text)])[0]

    def parse_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 16,
        progress: bool = False,
        errors: str = "raise",
    ) -> Iterator[Article | ParseFailure]:
        """Parse many articles, *batch_size* at a time through the NLP backend.

        Results stream in input order. With ``errors="record"`` a document that fails yields
        a :class:`ParseFailure` and the batch goes on; with ``errors="raise"`` (default) the
        first failure propagates.
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, not {batch_size!r}")
        if errors not in ("raise", "record"):
            raise ValueError(f"errors must be 'raise' or 'record', not {errors!r}")
        bar = _progress_bar(texts) if progress else None
        batch: list[tuple[int, object]] = []
        for index, text in enumerate(texts):
            batch.append((index, text))
            if len(batch) >= batch_size:
                yield from self._run(batch, errors)
                if bar is not None:
                    bar.update(len(batch))
                batch = []
        if batch:
            yield from self._run(batch, errors)
            if bar is not None:
                bar.update(len(batch))
        if bar is not None:
            bar.close()

    def _run(
        self, batch: list[tuple[int, object]], errors: str
    ) -> Iterator[Article | ParseFailure]:
        if errors == "raise":
            yield from self._parse_batch([_check_text(t) for _, t in batch])
            return
        good: list[tuple[int, str]] = []
        results: dict[int, Article | ParseFailure] = {}
        for index, text in batch:
            try:
                good.append((index, _check_text(text)))
            except AttributionError as exc:
                results[index] = ParseFailure(index, exc)
        try:
            for (index, _), art in zip(good, self._parse_batch([t for _, t in good]), strict=True):
                results[index] = art
        except Exception:  # one bad document: redo the batch one by one
            for index, text in good:
                try:
                    results[index] = self._parse_batch([text])[0]
                except Exception as exc:
                    results[index] = ParseFailure(index, exc)
        for index, _ in batch:
            yield results[index]

    def _parse_batch(self, texts: list[str]) -> list[Article]:
        layouts = [segment(t) for t in texts]
        pieces: list[str] = []
        where: list[tuple[int, int]] = []  # (doc, block) of each piece
        for d, blocks in enumerate(layouts):
            for b, block in enumerate(blocks):
                if block.kind in CLAIM_BLOCKS:
                    piece = block.span.text
                    if block.kind != "body" and is_title_case(piece):
                        piece = sentence_case(piece, self.lexicon)  # (same length)
                    pieces.append(piece)
                    where.append((d, b))
        parsed = self.backend.parse_many(pieces) if pieces else []
        parsed = [p if p.text == layouts[d][b].span.text else restore(p, layouts[d][b].span.text)
                  for p, (d, b) in zip(parsed, where, strict=True)]
        per_doc: list[list[ParsedText]] = [
            [ParsedText(text=t) for _ in layouts[d]] for d, t in enumerate(texts)
        ]
        for (d, b), p in zip(where, parsed, strict=True):
            block = layouts[d][b]
            per_doc[d][b] = p.shifted(block.span.start, texts[d])
        articles = []
        for d, text in enumerate(texts):
            if not text.strip():
                articles.append(Article.empty(text))
                continue
            articles.append(build_article(text, layouts[d], per_doc[d], self.lexicon, self.typer))
        return articles

    def __getstate__(self) -> dict[str, Any]:
        return self.__dict__.copy()


class _StderrProgress:
    """A minimal progress line on stderr, used when tqdm is not installed."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.done = 0

    def update(self, n: int) -> None:
        self.done += n
        of = f"/{self.total}" if self.total is not None else ""
        print(f"\rparsing: {self.done}{of} articles", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        print(file=sys.stderr, flush=True)


def _progress_bar(texts: Iterable[str]) -> Any:
    total = len(texts) if isinstance(texts, Sized) else None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return _StderrProgress(total)
    return tqdm(total=total, unit="article", desc="parsing")


_DEFAULT: Parser | None = None


def parse(text: str) -> Article:
    """Parse one article with a shared default Parser (embedded models, built-in rules)."""
    global _DEFAULT
    _check_text(text)
    if _DEFAULT is None:
        _DEFAULT = Parser()
    return _DEFAULT.parse(text)
