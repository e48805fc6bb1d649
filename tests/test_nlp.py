"""The Stanza adapter: model resolution, clear errors, and real parses with the embedded set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from attribution import ModelIntegrityError, ModelNotFoundError, Parser
from attribution._nlp import (
    PROCESSORS,
    StanzaBackend,
    embedded_model_dir,
    repair_sentences,
    resolve_models,
)


def test_embedded_models_are_shipped_with_a_manifest() -> None:
    folder = embedded_model_dir()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["processors"]) == set(PROCESSORS)
    total = sum(e["bytes"] for e in manifest["processors"].values())
    assert total <= 25_000_000
    models = resolve_models("embedded")
    assert set(models.paths) == set(PROCESSORS)


def test_missing_processors_are_listed(tmp_path: Path) -> None:
    (tmp_path / "tokenize.pt").write_bytes(b"x")
    with pytest.raises(ModelNotFoundError) as info:
        resolve_models(tmp_path)
    err = info.value
    assert err.found == ("tokenize",)
    assert err.missing == ("mwt", "pos", "lemma", "depparse")
    assert "attribution models download" in str(err)


def test_official_models_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match=r"resources\.json"):
        Parser("stanza")


def test_corrupt_model_file_is_detected(tmp_path: Path) -> None:
    copy = tmp_path / "set"
    shutil.copytree(embedded_model_dir(), copy)
    pos = copy / "pos.pt"
    data = bytearray(pos.read_bytes())
    data[len(data) // 2] ^= 0xFF
    pos.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        resolve_models(copy)


def test_constructing_a_parser_loads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = StanzaBackend("embedded")
    assert backend._pipeline is None


@pytest.mark.model
def test_embedded_models_parse_real_sentences(parser: Parser) -> None:
    backend = parser.backend
    text = "The ministry said it didn't expect talks to resume. Rebels denied the report."
    (parsed,) = backend.parse_many([text])
    assert len(parsed.sentences) == 2
    first = parsed.sentences[0]
    said = next(t for t in first.tokens if t.text == "said")
    assert said.lemma == "say" and said.upos == "VERB"
    subj = [t for t in first.tokens if t.head == said.index and t.deprel.startswith("nsubj")]
    assert [t.text for t in subj] == ["ministry"]
    # multi-word token "didn't" is split into do + n't with offsets inside the token
    do = next(t for t in first.tokens if t.lemma == "do")
    assert text[do.start : do.end] in ("did", "didn't")
    for sent in parsed.sentences:
        for tok in sent.tokens:
            assert text[tok.start : tok.end] in (tok.text, text[tok.start : tok.end])
            assert 0 <= tok.start < tok.end <= len(text)


def test_import_loads_neither_stanza_nor_torch() -> None:
    import subprocess
    import sys

    code = ("import sys, attribution; from attribution import Parser, testing; "
            "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_split_after_a_title_is_undone() -> None:
    first = [{"id": 1, "text": "''", "start_char": 0, "end_char": 2},
             {"id": 2, "text": "Mrs.", "start_char": 3, "end_char": 7}]
    second = [{"id": 1, "text": "Clinton", "start_char": 8, "end_char": 15},
              {"id": (2, 3), "text": "didn't", "start_char": 16, "end_char": 22},
              {"id": 2, "text": "did", "start_char": 16, "end_char": 19},
              {"id": 3, "text": "n't", "start_char": 19, "end_char": 22}]
    third = [{"id": 1, "text": "Yes", "start_char": 23, "end_char": 26}]
    out = repair_sentences([first, second, third])
    assert [[w["id"] for w in s] for s in out] == [[1, 2, 3, (4, 5), 4, 5], [1]]
    assert [w["text"] for w in out[0]][:3] == ["''", "Mrs.", "Clinton"]
    # an ordinary sentence end is left alone
    assert len(repair_sentences([third, third])) == 2


@pytest.mark.model
def test_titles_do_not_end_sentences_in_real_text(parser: Parser) -> None:
    text = "''I hope so,'' Mrs. Clinton said. ''People make all these claims.''"
    art = parser.parse(text)
    claims = list(art.attributed_claims())
    assert [c.kind for c in claims] == ["direct", "direct"]
    assert all(c.source is not None and c.source.name == "Mrs. Clinton" for c in claims)


def test_fast_tree_decoder_returns_stanza_trees() -> None:
    np = pytest.importorskip("numpy")
    from stanza.models.common import chuliu_edmonds as cle
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root as stanza_decoder
    from stanza.models.depparse import model as depparse_model

    from attribution._nlp import _install_fast_tree_decoder

    _install_fast_tree_decoder()
    fast = depparse_model.chuliu_edmonds_one_root
    assert getattr(fast, "_attribution_fast", False)
    fast_cycles = cle.tarjan
    assert getattr(fast_cycles, "_attribution_fast", False)
    rng = np.random.default_rng(7)
    shortcut = 0
    for _ in range(400):
        n = int(rng.integers(2, 30))
        scores = rng.normal(size=(n, n))
        for i in range(1, n):  # a peaked tree, as a trained parser scores it
            scores[i, int(rng.integers(0, i))] += float(rng.choice([0.5, 8.0]))
        scores -= np.log(np.exp(scores).sum(axis=1, keepdims=True))
        before = scores.copy()
        cle.tarjan = fast_cycles.original  # Stanza's own decoder, cycle search included
        try:
            expected = stanza_decoder(scores.copy())
        finally:
            cle.tarjan = fast_cycles
        tree = np.argmax(np.where(np.eye(n, dtype=bool), -np.inf, scores), axis=1)
        tree[0] = 0
        assert sorted(c.tolist() for c in fast_cycles(tree)) == sorted(
            c.tolist() for c in fast_cycles.original(tree)
        )
        got = fast(scores)
        assert (got == expected).all()
        assert (scores == before).all()  # the caller's scores are left alone
        argmax = np.argmax(np.where(np.eye(n, dtype=bool), -np.inf, scores)[1:], axis=1)
        shortcut += int((argmax == 0).sum() == 1)
    assert 50 < shortcut < 350  # both paths were exercised: the plain-Python one and Stanza's


def test_typewriter_quotes_keep_their_offsets() -> None:
    from attribution._nlp import _for_tokenizer

    text = "''No,'' he said. ``Yes,'' she said, ''quite''."
    out = _for_tokenizer(text)
    assert len(out) == len(text)
    assert out == ' "No,"  he said.  "Yes,"  she said,  "quite" .'
