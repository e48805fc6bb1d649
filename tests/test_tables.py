"""attribution.tables: claims as pandas rows."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from attribution import Parser
from attribution.tables import COLUMNS, records, to_dataframe


def test_records_match_to_records(fake_parser: Parser, example_text: str) -> None:
    articles = [fake_parser.parse(example_text), fake_parser.parse(""),
                fake_parser.parse("The army said the port fell.")]
    rows = records(articles, ids=["harbor", "empty", "short"])
    expected = [
        {"article_id": name, **rec}
        for name, art in zip(["harbor", "empty", "short"], articles, strict=True)
        for rec in art.to_records()
    ]
    assert rows == expected
    assert {r["article_id"] for r in rows} == {"harbor", "short"}
    assert list(rows[0]) == list(COLUMNS)


def test_to_dataframe(fake_parser: Parser, example_text: str) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed (the pandas extra)")
    articles = [fake_parser.parse(t) for t in (example_text, "The army said the port fell.")]
    frame = to_dataframe(iter(articles))  # any iterable, read once
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(a.claims) for a in articles)
    assert frame["article_id"].tolist() == [
        str(i) for i, a in enumerate(articles) for _ in a.claims
    ]
    first = articles[0].claims[0]
    assert frame.iloc[0]["text"] == first.text
    assert frame.iloc[0]["start"] == first.span.start
    assert frame.iloc[0]["kind"] == first.kind


def test_to_dataframe_empty_has_columns() -> None:
    pytest.importorskip("pandas", reason="pandas is not installed (the pandas extra)")
    frame = to_dataframe([])
    assert frame.empty and list(frame.columns) == list(COLUMNS)


def test_ids_checked(fake_parser: Parser) -> None:
    arts = [fake_parser.parse("A said B."), fake_parser.parse("C said D.")]
    with pytest.raises(ValueError, match="2 ids for"):
        records(arts[:1], ids=["a", "b"])
    with pytest.raises(ValueError, match="more articles than ids"):
        records(arts, ids=["a"])
    with pytest.raises(ValueError, match="unique"):
        records(arts, ids=["a", "a"])
    with pytest.raises(TypeError, match="not an Article"):
        records([arts[0], "text"])  # type: ignore[list-item]


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=r"claim-attribution\[pandas\]"):
        to_dataframe([])
