"""Claims as a table: one row per claim, for pandas.

::

    from attribution.tables import to_dataframe

    frame = to_dataframe(parser.parse_many(texts), ids=names)
    frame.groupby("source_type").size()

pandas is an optional dependency (``pip install 'claim-attribution[pandas]'``); it is imported
only when `to_dataframe` is called.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ._model import Article
from ._pipeline import ParseFailure

__all__ = ["COLUMNS", "records", "to_dataframe"]

COLUMNS: tuple[str, ...] = (
    "article_id",
    "claim_id",
    "start",
    "end",
    "text",
    "prefix",
    "kind",
    "hedged",
    "block",
    "channel",
    "source_id",
    "source_name",
    "source_type",
    "source_type_path",
    "source_anonymous",
    "source_mention",
    "cue",
    "cue_lemma",
    "stance",
)
"""The columns of `to_dataframe`, in order: `article_id` then the keys of
`Article.to_records()`."""


def records(
    articles: Iterable[Article | ParseFailure], *, ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """The rows of `to_dataframe` as plain dicts (no pandas needed).

    Args:
        articles: Parsed articles (an iterator such as ``parser.parse_many(...)`` is fine; it
            is read once).
        ids: One id per article; by default the article's position as a string (``"0"``...).

    Raises:
        ValueError: When *ids* and *articles* differ in length, or an id repeats.
        TypeError: When an item is not an `attribution.Article` (a
            `attribution.ParseFailure`, say).
    """
    if ids is not None:
        if isinstance(ids, str):
            raise TypeError("ids must be a sequence of strings, not one string")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
    rows: list[dict[str, Any]] = []
    count = 0
    for index, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TypeError(
                f"item {index} is a {type(article).__name__}, not an Article"
                " (filter out ParseFailure results first)"
            )
        if ids is not None and index >= len(ids):
            raise ValueError(f"more articles than ids ({len(ids)})")
        article_id = str(index) if ids is None else ids[index]
        for record in article.to_records():
            rows.append({"article_id": article_id, **record})
        count = index + 1
    if ids is not None and count != len(ids):
        raise ValueError(f"{len(ids)} ids for {count} articles")
    return rows


def to_dataframe(
    articles: Iterable[Article | ParseFailure], *, ids: Sequence[str] | None = None
) -> Any:
    """A pandas DataFrame with one row per claim of *articles*.

    The columns are `COLUMNS`: ``article_id`` (from *ids*, or the article's position as
    a string) followed by the fields of `attribution.Article.to_records`. Articles
    without claims add no rows; with no claims at all the frame is empty but has the columns.

    Args:
        articles: Parsed articles.
        ids: One unique id per article.

    Returns:
        A ``pandas.DataFrame``.

    Raises:
        ImportError: When pandas is not installed (it comes with the ``pandas`` extra).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'claim-attribution[pandas]'"
        ) from exc
    return pd.DataFrame(records(articles, ids=ids), columns=list(COLUMNS))
