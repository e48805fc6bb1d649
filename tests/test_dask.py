"""attribution.dask: one Parser per worker process, pickling, bags and dataframe columns."""

from __future__ import annotations

import os
import pickle
from typing import Any

import pytest

from attribution import Article, ParseFailure, Parser
from attribution import dask as adask
from attribution.testing import FakeBackend

TEXTS = [
    "The army said the port fell on Friday.",
    '"We will return," a rebel commander told Reuters.',
    "Residents said the bridge was destroyed.",
    "The weather was fine.",
    "",
    "The ministry said talks would resume, according to a statement.",
]

#: Parsers built by fake_factory in this process (a worker process has its own list).
BUILT: list[int] = []


def fake_factory(**kwargs: Any) -> Parser:
    """A picklable, module-level factory: a Parser on the fake backend."""
    BUILT.append(os.getpid())
    return Parser(backend=FakeBackend(), entry_points=False, **kwargs)


def built_here(article: Article) -> tuple[int, int, int]:
    """(pid, parsers built in this process, claims): runs on the worker."""
    return os.getpid(), len(BUILT), len(article.claims)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Any:
    adask.clear_parsers()
    BUILT.clear()
    yield
    adask.clear_parsers()


def test_article_and_failure_pickle(fake_parser: Parser) -> None:
    article = fake_parser.parse(TEXTS[0] + "\n" + TEXTS[1])
    assert article.claims
    assert pickle.loads(pickle.dumps(article)) == article
    failure = ParseFailure(3, ValueError("bad"))
    assert pickle.loads(pickle.dumps(failure)).index == 3


def test_parser_pickles(fake_parser: Parser) -> None:
    data = pickle.dumps(fake_parser)
    clone = pickle.loads(data)
    assert isinstance(clone, Parser) and clone is not fake_parser
    assert clone.parse(TEXTS[0]) == fake_parser.parse(TEXTS[0])


def test_get_parser_caches_per_factory_and_arguments() -> None:
    first = adask.get_parser(fake_factory)
    assert adask.get_parser(fake_factory) is first
    other = adask.get_parser(fake_factory, block_plugins=("x",))
    assert other is not first
    assert adask.get_parser(fake_factory, block_plugins=("x",)) is other
    assert len(BUILT) == 2
    adask.clear_parsers()
    assert adask.get_parser(fake_factory) is not first


def test_parse_partition_outputs(fake_parser: Parser) -> None:
    expected = [fake_parser.parse(t) for t in TEXTS]
    dicts = adask.parse_partition(TEXTS, parser_factory=fake_factory)
    assert dicts == [a.to_dict() for a in expected]
    arts = adask.parse_partition(TEXTS, parser_factory=fake_factory, output="article")
    assert arts == expected
    rows = adask.parse_partition(TEXTS, parser_factory=fake_factory, output="records")
    assert rows == [a.to_records() for a in expected]
    bad: list[Any] = [TEXTS[0], 7]
    failures = adask.parse_partition(bad, parser_factory=fake_factory, errors="record")
    assert failures[1] == {"index": 1, "error": "InputTypeError", "message": failures[1]["message"]}
    assert len(BUILT) == 1
    with pytest.raises(ValueError, match="output"):
        adask.parse_partition(TEXTS, parser_factory=fake_factory, output="xml")


def test_bag_on_process_scheduler(fake_parser: Parser) -> None:
    dask = pytest.importorskip("dask", reason="dask is not installed (the dask extra)")
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(TEXTS, npartitions=3)
    with dask.config.set(scheduler="processes", num_workers=2):
        dicts = adask.parse_bag(bag, parser_factory=fake_factory).compute()
        arts = adask.parse_bag(bag, parser_factory=fake_factory, output="article").compute()
        seen = adask.map_bag(bag, built_here, parser_factory=fake_factory).compute()
    expected = [fake_parser.parse(t) for t in TEXTS]
    assert dicts == [a.to_dict() for a in expected]
    assert arts == expected
    pids = {pid for pid, _, _ in seen}
    assert os.getpid() not in pids, "the work should run in worker processes"
    # one Parser per worker process, however many partitions it handled
    assert all(count == 1 for _, count, _ in seen), seen
    assert [claims for _, _, claims in seen] == [len(a.claims) for a in expected]
    assert BUILT == []  # nothing was built in the test process


def test_map_bag_records_flatten(fake_parser: Parser) -> None:
    pytest.importorskip("dask", reason="dask is not installed (the dask extra)")
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(TEXTS, npartitions=2)
    rows = adask.map_bag(bag, Article.to_records, parser_factory=fake_factory).flatten()
    assert rows.compute(scheduler="sync") == [
        r for t in TEXTS for r in fake_parser.parse(t).to_records()
    ]
    dicts = adask.map_bag(bag, parser_factory=fake_factory).compute(scheduler="sync")
    assert dicts == [fake_parser.parse(t).to_dict() for t in TEXTS]


def test_dataframe_column(fake_parser: Parser) -> None:
    pytest.importorskip("dask", reason="dask is not installed (the dask extra)")
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    dd = pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed")
    frame = pd.DataFrame({"name": [f"doc{i}" for i in range(len(TEXTS))], "text": TEXTS})
    ddf = dd.from_pandas(frame, npartitions=2)
    result = adask.parse_column(ddf, "text", parser_factory=fake_factory).compute(
        scheduler="sync"
    )
    assert [Article.from_json(s) for s in result] == [fake_parser.parse(t) for t in TEXTS]
    assert list(result.index) == list(frame.index)
    claims = adask.claims_frame(ddf, "text", id_column="name", parser_factory=fake_factory)
    table = claims.compute(scheduler="sync")
    expected = [
        (f"doc{i}", c.id) for i, t in enumerate(TEXTS) for c in fake_parser.parse(t).claims
    ]
    assert list(zip(table["article_id"], table["claim_id"], strict=True)) == expected
    assert table["start"].dtype == "int64"


def test_missing_dask_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "dask" or name.startswith("dask."):
            raise ImportError("No module named 'dask'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=r"claim-attribution\[dask\]"):
        adask.parse_bag(object())
