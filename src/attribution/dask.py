"""Scale-out with Dask: parse a bag or a dataframe column with one Parser per worker process.

Loading the NLP models is the expensive part of a `attribution.Parser`, so the functions
here build a Parser at most once per worker process (per factory and arguments) and reuse it
for every partition that process handles. The task graph carries only the factory and its
arguments, never a loaded model::

    import dask.bag as db
    from attribution.dask import parse_bag

    texts = db.read_text("articles/*.txt", files_per_partition=50).map("".join)  # or any bag
    dicts = parse_bag(texts)                       # a bag of Article.to_dict() dicts
    rows = map_bag(texts, Article.to_records).flatten()

Dask is an optional dependency (``pip install 'claim-attribution[dask]'``); it is imported only
when these functions are called. See docs/scaling.md, which also shows the same pattern with
Spark's ``mapPartitions``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from ._model import Article
from ._pipeline import ParseFailure, Parser

__all__ = [
    "claims_frame",
    "clear_parsers",
    "get_parser",
    "map_bag",
    "parse_bag",
    "parse_column",
    "parse_partition",
]

ParserFactory = Callable[..., Parser]
"""Builds a Parser from keyword arguments; must be picklable (a module-level function or class)."""

_PARSERS: dict[tuple[str, str], Parser] = {}
_OUTPUTS = ("dict", "article", "json", "records")


def _key(factory: ParserFactory, kwargs: dict[str, Any]) -> tuple[str, str]:
    name = f"{getattr(factory, '__module__', '?')}.{getattr(factory, '__qualname__', factory)}"
    return name, repr(sorted(kwargs.items()))


def get_parser(parser_factory: ParserFactory | None = None, **parser_kwargs: Any) -> Parser:
    """This process's Parser for *parser_factory* and *parser_kwargs*, built on first use.

    Calls with the same factory and the same keyword arguments get the same Parser object.

    Args:
        parser_factory: A picklable callable returning a Parser; `attribution.Parser`
            by default (the embedded models).
        parser_kwargs: Keyword arguments for the factory (``threads=1``, ``plugins=[...]``...).
    """
    factory: ParserFactory = Parser if parser_factory is None else parser_factory
    key = _key(factory, parser_kwargs)
    parser = _PARSERS.get(key)
    if parser is None:
        parser = factory(**parser_kwargs)
        _PARSERS[key] = parser
    return parser


def clear_parsers() -> None:
    """Forget this process's cached Parsers (their models are freed with them)."""
    _PARSERS.clear()


def _convert(result: Article | ParseFailure, output: str) -> Any:
    if isinstance(result, ParseFailure):
        return result if output == "article" else result.to_dict()
    if output == "dict":
        return result.to_dict()
    if output == "json":
        return result.to_json()
    if output == "records":
        return result.to_records()
    return result


def parse_partition(
    texts: Iterable[str],
    *,
    parser_factory: ParserFactory | None = None,
    output: str = "dict",
    batch_size: int = 16,
    errors: str = "raise",
    **parser_kwargs: Any,
) -> list[Any]:
    """Parse one partition of texts with this process's cached Parser.

    This is the function that `parse_bag` maps over partitions; call it yourself from
    other engines (Spark's ``mapPartitions``, a ``multiprocessing`` pool...).

    Args:
        texts: The partition's texts.
        parser_factory: See `get_parser`.
        output: ``"dict"`` (`attribution.Article.to_dict`), ``"article"``, ``"json"``
            (a JSON string) or ``"records"`` (the list of `attribution.Article.to_records`
            rows of each article).
        batch_size: Texts per NLP batch.
        errors: ``"raise"``, or ``"record"`` to turn a failing text into a
            `attribution.ParseFailure` (its dict unless *output* is ``"article"``).
        parser_kwargs: Keyword arguments for the factory.
    """
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}, not {output!r}")
    parser = get_parser(parser_factory, **parser_kwargs)
    return [
        _convert(result, output)
        for result in parser.parse_many(list(texts), batch_size=batch_size, errors=errors)
    ]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(
            "attribution.dask needs dask: pip install 'claim-attribution[dask]'"
        ) from exc
    return dask.bag


def parse_bag(
    bag: Any,
    *,
    parser_factory: ParserFactory | None = None,
    output: str = "dict",
    batch_size: int = 16,
    errors: str = "raise",
    **parser_kwargs: Any,
) -> Any:
    """Parse a ``dask.bag.Bag`` of texts, one Parser per worker process.

    Args:
        bag: A bag of ``str`` texts.
        parser_factory: A picklable callable returning a Parser (default
            `attribution.Parser`); it runs once per worker process.
        output: ``"dict"`` (default: plain, cheap to move between processes), ``"article"``,
            ``"json"`` or ``"records"``; see `parse_partition`.
        batch_size: Texts per NLP batch inside a partition.
        errors: ``"raise"`` or ``"record"``.
        parser_kwargs: Keyword arguments for the factory.

    Returns:
        A lazy bag with one result per text, in order.
    """
    _dask_bag()
    if output not in _OUTPUTS:
        raise ValueError(f"output must be one of {', '.join(_OUTPUTS)}, not {output!r}")
    # a partial, not map_partitions keywords: those may clash with dask's own (``output``)
    return bag.map_partitions(
        functools.partial(
            parse_partition,
            parser_factory=parser_factory,
            output=output,
            batch_size=batch_size,
            errors=errors,
            **parser_kwargs,
        )
    )


def _map_partition(
    texts: Iterable[str],
    func: Callable[[Article], Any],
    parser_factory: ParserFactory | None,
    batch_size: int,
    parser_kwargs: dict[str, Any],
) -> list[Any]:
    articles = parse_partition(
        texts,
        parser_factory=parser_factory,
        output="article",
        batch_size=batch_size,
        **parser_kwargs,
    )
    return [func(article) for article in articles]


def map_bag(
    bag: Any,
    func: Callable[[Article], Any] | None = None,
    *,
    parser_factory: ParserFactory | None = None,
    batch_size: int = 16,
    **parser_kwargs: Any,
) -> Any:
    """Parse a bag of texts and apply *func* to each Article on the worker.

    Only *func*'s results travel back, so ``map_bag(bag, Article.to_records).flatten()`` moves
    table rows rather than whole articles. *func* must be picklable. Without *func* this is
    ``parse_bag(bag, output="dict", ...)``.

    Args:
        bag: A bag of ``str`` texts.
        func: What to compute from each Article on the worker.
        parser_factory: A picklable callable returning a Parser (default `Parser`).
        batch_size: Texts per NLP batch inside a partition.
        parser_kwargs: Keyword arguments for the factory.

    Returns:
        A lazy bag with ``func(article)`` per text, in order.
    """
    if func is None:
        return parse_bag(
            bag, parser_factory=parser_factory, batch_size=batch_size, **parser_kwargs
        )
    _dask_bag()
    return bag.map_partitions(
        functools.partial(
            _map_partition,
            func=func,
            parser_factory=parser_factory,
            batch_size=batch_size,
            parser_kwargs=dict(parser_kwargs),
        )
    )


def _series_partition(
    series: Any,
    output: str,
    parser_factory: ParserFactory | None,
    batch_size: int,
    errors: str,
    parser_kwargs: dict[str, Any],
) -> Any:
    import pandas as pd

    values = parse_partition(
        series.tolist(),
        parser_factory=parser_factory,
        output=output,
        batch_size=batch_size,
        errors=errors,
        **parser_kwargs,
    )
    return pd.Series(values, index=series.index, name=series.name, dtype=object)


def parse_column(
    frame: Any,
    column: str = "text",
    *,
    output: str = "json",
    parser_factory: ParserFactory | None = None,
    batch_size: int = 16,
    errors: str = "raise",
    **parser_kwargs: Any,
) -> Any:
    """Parse a text column of a ``dask.dataframe.DataFrame``: a Series of results, same index.

    Args:
        frame: A dask DataFrame.
        column: The column holding the texts.
        output: ``"json"`` (default: strings, which store well in Parquet), ``"dict"`` or
            ``"article"``.
        parser_factory: See `parse_bag`.

    Returns:
        A lazy dask Series of object dtype, e.g. ``frame.assign(result=parse_column(frame))``.
    """
    if output not in ("json", "dict", "article"):
        raise ValueError(f"output must be 'json', 'dict' or 'article', not {output!r}")
    return frame[column].map_partitions(
        functools.partial(
            _series_partition,
            output=output,
            parser_factory=parser_factory,
            batch_size=batch_size,
            errors=errors,
            parser_kwargs=dict(parser_kwargs),
        ),
        meta=(column, "object"),
    )


def _claims_partition(
    part: Any,
    column: str,
    id_column: str | None,
    parser_factory: ParserFactory | None,
    batch_size: int,
    parser_kwargs: dict[str, Any],
) -> Any:
    from .tables import to_dataframe

    articles = parse_partition(
        part[column].tolist(),
        parser_factory=parser_factory,
        output="article",
        batch_size=batch_size,
        **parser_kwargs,
    )
    ids = [str(i) for i in (part.index if id_column is None else part[id_column])]
    return _typed(to_dataframe(articles, ids=ids))


def _typed(table: Any) -> Any:
    """Fixed dtypes, so that every partition matches the meta, claims or no claims."""
    from .tables import COLUMNS

    ints = {"start": "int64", "end": "int64", "hedged": "bool"}
    return table.astype({c: ints.get(c, "object") for c in COLUMNS})


def claims_frame(
    frame: Any,
    column: str = "text",
    *,
    id_column: str | None = None,
    parser_factory: ParserFactory | None = None,
    batch_size: int = 16,
    **parser_kwargs: Any,
) -> Any:
    """One row per claim for a dask DataFrame of texts (the columns of
    `attribution.tables.to_dataframe`).

    Args:
        frame: A dask DataFrame.
        column: The column holding the texts.
        id_column: The column holding unique article ids; the index (as strings) by default.
        parser_factory: See `parse_bag`.

    Returns:
        A lazy dask DataFrame with ``article_id`` and the claim columns.
    """
    from .tables import to_dataframe

    meta = _typed(to_dataframe([]))
    return frame.map_partitions(
        functools.partial(
            _claims_partition,
            column=column,
            id_column=id_column,
            parser_factory=parser_factory,
            batch_size=batch_size,
            parser_kwargs=dict(parser_kwargs),
        ),
        meta=meta,
    )
