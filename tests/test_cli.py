"""The command line, on the fake backend (the embedded models are tested in test_nlp.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from attribution import cli
from attribution.testing import FakeBackend


@pytest.fixture(autouse=True)
def _fake_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's Parser use the fake backend."""
    import attribution._nlp as nlp

    monkeypatch.setattr(nlp, "StanzaBackend", lambda *a, **k: FakeBackend())


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["parse", "--no-entry-points", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_matches_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = 'Rates rose.\r\nThe bank said "prices will climb" on Monday.\n'
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, err = run(capsys, str(path), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["text"] == text  # no newline translation
    for claim in data["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    assert data["claims"]


def test_jsonl_text_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            example_text: str) -> None:
    a = tmp_path / "a.txt"
    a.write_text(example_text, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Officials said the port reopened.", encoding="utf-8")
    code, out, _ = run(capsys, str(tmp_path), "--format", "jsonl", "--no-progress")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(x["path"]).name for x in lines] == ["a.txt", "b.txt"]
    code, out, _ = run(capsys, str(a), "--format", "text")
    assert code == 0 and "claims" in out and "[unattributed]" in out
    code, out, _ = run(capsys, str(tmp_path / "*.txt"), "--format", "csv", "--no-progress")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {"path", "text", "kind", "source_type"} <= set(rows[0])


def test_errors_are_messages_not_tracebacks(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 au lait".encode("latin-1"))
    code, _, err = run(capsys, str(bad))
    assert code == 2 and "not valid UTF-8" in err and "Traceback" not in err
    code, _, err = run(capsys, str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot read" in err
    good = tmp_path / "good.txt"
    good.write_text("The minister said the port reopened.", encoding="utf-8")
    code, out, err = run(capsys, str(good), str(bad), "--format", "jsonl", "--no-progress")
    assert code == 1  # one failed, one written
    records = [json.loads(line) for line in out.splitlines()]
    assert "error" in records[1] and "claims" in records[0]
    code, _, err = run(capsys, str(good), str(good), "--format", "json")
    assert code == 2 and "jsonl" in err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class In:
        buffer = io.BytesIO(b"Police said two men were held.")

    monkeypatch.setattr("sys.stdin", In())
    code, out, _ = run(capsys, "-", "--format", "json")
    assert code == 0 and json.loads(out)["text"] == "Police said two men were held."


def test_model_errors_exit_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = cli.main(["models", "info", "--model", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == 3
    assert "missing: tokenize, mwt, pos, lemma, depparse" in err


def test_html_output_is_standalone_and_inert(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.txt"
    path.write_text('Officials said <script>alert(1)</script> "was fine".', encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--format", "html")
    assert code == 0
    assert out.lstrip().lower().startswith("<!doctype html")
    assert "<script>alert" not in out and "&lt;script&gt;" in out
    assert "http://" not in out and "https://" not in out


def test_progress_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Officials said item {i} was late.", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path), "--format", "jsonl", "--batch-size", "2")
    assert code == 0 and len(out.splitlines()) == 5
    assert "5" in err  # the bar reached five articles
