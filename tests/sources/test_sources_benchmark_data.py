"""The labelled source-type set in benchmarks/data and the benchmark script."""

from __future__ import annotations

import collections
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from attribution.sources import Taxonomy

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "benchmarks" / "data" / "source_types.tsv"
SCRIPT = ROOT / "benchmarks" / "source_types.py"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train"


def rows() -> list[list[str]]:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "stem\tstart\tend\tlabel\tanonymous"
    return [line.split("\t") for line in lines[1:] if line]


def benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("source_types_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_label_file_holds_only_offsets_and_labels() -> None:
    data = rows()
    taxonomy = Taxonomy.default()
    assert len(data) >= 240
    assert all(len(r) == 5 for r in data)
    for stem, start, end, label, anon in data:
        assert int(start) < int(end)
        assert label in taxonomy
        assert anon in ("0", "1")
        assert " " not in stem
    stems = {r[0] for r in data}
    assert len(stems) >= 40
    publishers = collections.Counter(s.split("_", 1)[0] for s in stems)
    assert len(publishers) >= 5
    assert len({(r[0], r[1]) for r in data}) == len(data)


def test_split_is_by_article_into_two_halves() -> None:
    labelled = benchmark().read_labels(LABELS)
    split_of: dict[str, str] = {}
    for row in labelled:
        assert split_of.setdefault(row.stem, row.split) == row.split
    counts = collections.Counter(r.split for r in labelled)
    assert set(counts) == {"tune", "test"}
    assert abs(counts["tune"] - counts["test"]) < len(labelled) * 0.2


@pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"PolNeAR training data not found at {POLNEAR}")
def test_spans_fit_their_articles_and_the_benchmark_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for stem, start, end, _label, _anon in rows():
        text = (POLNEAR / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        assert int(end) <= len(text)
        assert text[int(start) : int(end)].strip()
    assert benchmark().main([str(POLNEAR)]) == 0
    out = capsys.readouterr().out
    assert "== tune (non-pronoun)" in out
    assert "== test (non-pronoun)" in out
    assert "type accuracy" in out


def test_second_tuning_set_shares_no_article_with_the_first() -> None:
    extra = ROOT / "benchmarks" / "data" / "source_types_tune2.tsv"
    lines = extra.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "stem\tstart\tend\tlabel\tanonymous"
    data = [line.split("\t") for line in lines[1:] if line]
    taxonomy = Taxonomy.default()
    assert len(data) >= 150
    assert all(len(r) == 5 and r[3] in taxonomy and r[4] in ("0", "1") for r in data)
    assert all(int(r[1]) < int(r[2]) for r in data)
    assert not {r[0] for r in data} & {r[0] for r in rows()}


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/data/polnear/train")
def test_blind_run_prints_only_totals_for_the_held_out_half(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bench = benchmark()
    assert bench.main([str(POLNEAR), "--blind"]) == 0
    out = capsys.readouterr().out
    sections = {part.split(":", 1)[0].strip(): part for part in out.split("\n== ")[1:]}
    assert "gold \\ pred" in sections["tune (non-pronoun)"]
    for held_out in ("test (non-pronoun)", "all (non-pronoun)"):
        assert "type accuracy" in sections[held_out]
        assert "gold \\ pred" not in sections[held_out]
    with pytest.raises(SystemExit):
        bench.main([str(POLNEAR), "--blind", "--errors", "test"])
