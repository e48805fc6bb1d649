"""The Stanza adapter: model resolution, clear errors, and real parses with the embedded set."""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

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
    # a title whose period the tokenizer split off ("Capt" ".")
    capt = [{"id": 1, "text": "said", "start_char": 0, "end_char": 4},
            {"id": 2, "text": "Capt", "start_char": 5, "end_char": 9},
            {"id": 3, "text": ".", "start_char": 9, "end_char": 10}]
    name = [{"id": 1, "text": "Roe", "start_char": 11, "end_char": 14}]
    assert len(repair_sentences([capt, name])) == 1


def test_a_period_split_off_a_title_is_put_back_on_it() -> None:
    def words(*spans: tuple[str, int]) -> list[dict[str, object]]:
        return [{"id": k + 1, "text": w, "start_char": at, "end_char": at + len(w)}
                for k, (w, at) in enumerate(spans)]
    # "Texas Sen. Ted Cruz said no." split after "Sen" "." and inside one sentence
    first = words(("Texas", 0), ("Sen", 6), (".", 9))
    first[1]["misc"] = "SpaceAfter=No"
    second = words(("Ted", 11), ("Cruz", 15), ("said", 20), ("no", 25), (".", 27))
    out = repair_sentences([first, second])
    assert [[w["text"] for w in s] for s in out] == [
        ["Texas", "Sen.", "Ted", "Cruz", "said", "no", "."]]
    assert [w["id"] for w in out[0]] == list(range(1, 8))
    assert (out[0][1]["start_char"], out[0][1]["end_char"]) == (6, 10)
    assert "misc" not in out[0][1]  # (a space follows the period)
    inside = words(("Then", 0), ("Rep", 5), (".", 8), ("Roe", 10), ("spoke", 14), (".", 19))
    assert [w["text"] for w in repair_sentences([inside])[0]] == [
        "Then", "Rep.", "Roe", "spoke", "."]
    # a period after a space, or before a lower-case word, or a plain word, stays apart
    spaced = words(("Rep", 0), (".", 4), ("Roe", 6))
    lower = words(("the", 0), ("rep", 4), (".", 7), ("and", 9))
    plain = words(("Roe", 0), ("left", 4), (".", 8), ("Then", 10))
    for sent in (spaced, lower, plain):
        assert repair_sentences([sent]) == [sent]


def test_a_split_before_a_lower_case_cue_clause_is_undone() -> None:
    text = "\u201cWin again!\u201d he wrote. Then\nhe left. Why? \nhe asked."
    def words(*spans: tuple[str, int]) -> list[dict[str, object]]:
        return [{"id": k + 1, "text": w, "start_char": at, "end_char": at + len(w)}
                for k, (w, at) in enumerate(spans)]
    shout = words(("\u201c", 0), ("Win", 1), ("again", 5), ("!", 10), ("\u201d", 11))
    cue = words(("he", 13), ("wrote", 16), (".", 21))
    out = repair_sentences([shout, cue], text)
    assert [[w["text"] for w in s] for s in out] == [
        ["\u201c", "Win", "again", "!", "\u201d", "he", "wrote", "."]]
    assert [w["id"] for w in out[0]] == list(range(1, 9))
    # not across a line break, not after a full stop, not before a capital
    then = words(("Then", 23))
    he_left = words(("he", 28), ("left", 31), (".", 35))
    why = words(("Why", 37), ("?", 40))
    he_asked = words(("he", 43), ("asked", 46), (".", 51))
    assert len(repair_sentences([then, he_left], text)) == 2
    assert len(repair_sentences([cue, he_left], text)) == 2
    assert len(repair_sentences([why, he_asked], text)) == 2
    assert len(repair_sentences([shout, then], text)) == 2
    # nor before a web address
    link = words(("http://x.co/a", 13))
    assert len(repair_sentences([shout, link])) == 2


@pytest.mark.model
def test_titles_do_not_end_sentences_in_real_text(parser: Parser) -> None:
    text = "''I hope so,'' Mrs. Clinton said. ''People make all these claims.''"
    art = parser.parse(text)
    claims = list(art.attributed_claims())
    assert [c.kind for c in claims] == ["direct", "direct"]
    assert all(c.source is not None and c.source.name == "Mrs. Clinton" for c in claims)


@pytest.mark.model
def test_a_token_too_long_for_the_tokenizer_and_a_byte_order_mark_parse(parser: Parser) -> None:
    # a token past the tokenizer's window comes back as '<UNK>': its text is read from the
    # input at the offsets the tokenizer gives
    text = ("Roe said the file at http://example.com/" + "a" * 1500 + " was fake.\n\n"
            "Doe said the file was real.\n")
    art = parser.parse(text)
    claims = list(art.attributed_claims())
    assert [(c.source_mention.text if c.source_mention else None) for c in claims] == [
        "Roe", "Doe"]
    assert claims[0].text.startswith("the file at http://example.com/aaaa")
    assert claims[0].text.endswith("aaaa was fake")
    # a byte-order mark at the start does not cling to the first word
    art = parser.parse("\ufeffRoe said the plan failed.\n")
    assert [c.source_mention.text for c in art.attributed_claims()
            if c.source_mention is not None] == ["Roe"]


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


def _stanza_sentences(*sentences: list[tuple[str, ...]]) -> list[object]:
    """Stanza sentence objects (no model needed) for sentences of (text, ...) tokens; a token
    given as ("didn't", "did", "n't") is a multi-word token with those words."""
    from stanza import Document

    dicts = []
    pos = 0
    for sent in sentences:
        entries: list[dict[str, object]] = []
        wid = 0
        for token in sent:
            start, end = pos, pos + len(token[0])
            pos = end + 1
            if len(token) == 1:
                wid += 1
                entries.append({"id": wid, "text": token[0], "start_char": start,
                                "end_char": end})
                continue
            parts = token[1:]
            entries.append({"id": (wid + 1, wid + len(parts)), "text": token[0],
                            "start_char": start, "end_char": end})
            for part in parts:
                wid += 1
                entries.append({"id": wid, "text": part})
        dicts.append(entries)
    return list(Document(dicts).sentences)


def test_sentences_that_cannot_need_a_repair_are_recognised() -> None:
    from attribution._nlp import _needs_repair, _repaired

    plain = _stanza_sentences([("Rebels",), ("denied",), ("it",), (".",)],
                              [("They",), ("didn't", "did", "n't"), ("stop",), (".",)])
    assert not _needs_repair(plain)
    same = _repaired(plain, "")
    assert all(a is b for a, b in zip(same, plain, strict=True))  # no copies
    # a title at the end of the last sentence joins nothing
    assert not _needs_repair(_stanza_sentences([("Yes",), (".",)], [("Ask",), ("Mrs.",)]))
    titled = _stanza_sentences([("Ask",), ("Mrs.",)], [("Clinton",), (".",)])
    assert _needs_repair(titled)
    joined = _repaired(titled, "Ask Mrs. Clinton .")
    assert [[w.text for w in s.words] for s in joined] == [["Ask", "Mrs.", "Clinton", "."]]
    # "Sen" "." as two tokens, and a title inside a multi-word token
    assert _needs_repair(_stanza_sentences([("Sen",), (".",)], [("Roe",)]))
    assert _needs_repair(_stanza_sentences([("Gov.", "Gov", ".")], [("Roe",)]))
    # a title's period split off inside a sentence ("Ask Sen. Roe")
    from stanza import Document
    glued = [{"id": 1, "text": "Ask", "start_char": 0, "end_char": 3},
             {"id": 2, "text": "Sen", "start_char": 4, "end_char": 7},
             {"id": 3, "text": ".", "start_char": 7, "end_char": 8},
             {"id": 4, "text": "Roe", "start_char": 9, "end_char": 12}]
    assert _needs_repair(list(Document([glued]).sentences))
    assert not _needs_repair(list(Document([glued[:2] + glued[3:]]).sentences))
    merged = _repaired(list(Document([glued]).sentences), "Ask Sen. Roe")
    assert [w.text for w in merged[0].words] == ["Ask", "Sen.", "Roe"]


def test_needs_repair_never_misses_a_join() -> None:
    """Whenever repair_sentences joins two sentences, _needs_repair says so."""
    import random

    from attribution._nlp import _needs_repair

    vocab = ["said", "Mr.", "no.", "Sen", ".", "Rep", "St.", "x", "''", "Dr.", "!", "\u201d",
             "Yes", "he"]
    rng = random.Random(3)
    joins = 0
    for _ in range(400):
        sents = []
        for _ in range(rng.randint(1, 4)):
            tokens: list[tuple[str, ...]] = [(w,) for w in rng.choices(vocab, k=rng.randint(1, 4))]
            if rng.random() < 0.3:  # a multi-word token at the end
                tokens.append(("Gov.", "Gov", "."))
            sents.append(tokens)
        objs = _stanza_sentences(*sents)
        dicts = [s.to_dict() for s in objs]  # type: ignore[attr-defined]
        joined = len(repair_sentences([list(d) for d in dicts])) < len(dicts)
        joins += joined
        if joined:
            assert _needs_repair(objs)
    assert joins > 50


def test_a_bundle_holds_the_sentence_objects_themselves() -> None:
    from attribution._nlp import _bundle

    sents = _stanza_sentences([("They",), ("didn't", "did", "n't"), ("stop",)], [("No",)])
    doc = _bundle(sents)
    assert all(a is b for a, b in zip(doc.sentences, sents, strict=True))
    assert (doc.num_tokens, doc.num_words) == (4, 5)
    # a processor's doc.set writes into the original words
    doc.set(["upos"], ["PRON", "AUX", "PART", "VERB", "INTJ"])
    assert [w.upos for s in sents for w in s.words] == ["PRON", "AUX", "PART", "VERB", "INTJ"]


def _round_trip_parse(backend: StanzaBackend, texts: list[str]) -> list[object]:
    """The earlier parse path, through Document(to_dict()) copies at every step."""
    from stanza import Document

    from attribution._nlp import _for_tokenizer, convert_document

    pipe = backend.pipeline
    tokenized = pipe([Document([], text=_for_tokenizer(t)) for t in texts],
                     processors="tokenize,mwt")
    docs = [Document(repair_sentences([s.to_dict() for s in d.sentences]), text=t)
            for t, d in zip(texts, tokenized, strict=True)]
    keys, picked = [], []
    for di, doc in enumerate(docs):
        for si, sent in enumerate(doc.sentences):
            if backend._select is None or backend._select([w.text for w in sent.words]):
                keys.append((di, si))
                picked.append(sent.to_dict())
    tagged = pipe(Document(picked), processors="pos")
    assert backend._gate is not None
    passed = [(k, s) for k, s in zip(keys, tagged.sentences, strict=True)
              if backend._gate([w.text for w in s.words], [w.upos or "X" for w in s.words])]
    sub = pipe(Document([s.to_dict() for _, s in passed]), processors="lemma,depparse")
    found = dict(zip([k for k, _ in passed], sub.sentences, strict=True))
    return [convert_document(t, doc, {si: s for (di, si), s in found.items() if di == n})
            for n, (t, doc) in enumerate(zip(texts, docs, strict=True))]


@pytest.mark.model
def test_in_place_tagging_matches_the_round_trip_through_copies(parser: Parser) -> None:
    backend = parser.backend
    assert isinstance(backend, StanzaBackend)
    texts = [
        "The ministry said it didn't expect talks to resume. Rebels denied the report.",
        "''I hope so,'' Mrs. Clinton said. Blue sky. ``Yes,'' Sen. Roe claimed.",
        "Blue sky. Green grass grows near the river. Cats sleep.",
        "\u201cWe will win,\u201d the senator said.\r\n\r\nCaf\u00e9 owners d\u00e9nied it.",
    ]
    got = backend.parse_many(texts)
    assert got == _round_trip_parse(backend, texts)
    assert [sum(s.parsed for s in p.sentences) for p in got][2] == 0  # nothing selected
    assert all(p.sentences for p in got)


def test_a_batch_is_dealt_into_one_part_per_thread() -> None:
    texts = ["a" * 50, "", "b" * 40, "c" * 30, "d" * 20, "  "]
    parts = StanzaBackend("embedded", threads=2)._parts(texts)
    assert parts == [[0, 1, 4, 5], [2, 3]]  # 70 and 70 characters; blanks go to the first
    assert StanzaBackend("embedded", threads=3)._parts(texts) == [[0, 1, 5], [2], [3, 4]]
    # one thread, one text worth parsing, or another device: no split
    assert StanzaBackend("embedded", threads=1)._parts(texts) == [list(range(6))]
    assert StanzaBackend("embedded", threads=2)._parts(["x", " "]) == [[0, 1]]
    assert StanzaBackend("embedded", threads=2, device="cuda")._parts(texts) == [list(range(6))]


@pytest.mark.model
def test_parts_parsed_at_once_match_one_at_a_time(parser: Parser) -> None:
    texts = [
        "The ministry said the talks would resume. Rebels denied it.",
        "",
        "\u201cWe will win,\u201d the senator said on Monday.",
        "Officials, who asked not to be named, said the plan had failed.",
        "It is believed to have razed the ruins.",
    ]
    two = StanzaBackend("embedded", threads=2, select=parser.lexicon.might_attribute,
                        gate=parser.lexicon.might_attribute_tagged)
    assert len(two._parts(texts)) == 2
    assert two.parse_many(texts) == [parser.backend.parse_many([t])[0] for t in texts]


class _FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append(("mallopt", param, value))
        return 1

    def malloc_trim(self, pad: int) -> int:
        self.calls.append(("malloc_trim", pad))
        return 1


@pytest.mark.model
def test_glibc_gives_freed_tensor_memory_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution import _nlp

    fake = _FakeLibc()
    monkeypatch.setattr(_nlp, "_glibc", lambda: fake)
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    StanzaBackend("embedded", threads=1).parse_many(["The port reopened.", "Rebels left."])
    assert fake.calls == []  # off by default: the threshold is a setting of the process
    backend = StanzaBackend("embedded", threads=1, low_memory=True)
    backend.load()  # a fixed mmap threshold when the pipeline is built
    assert fake.calls == [("mallopt", -3, _nlp.MMAP_THRESHOLD)]
    fake.calls.clear()
    backend.parse_many(["The minister said the port had reopened.", "Rebels denied it."])
    assert fake.calls == [("malloc_trim", 0)]  # the heaps trimmed after each batch
    # the user's own MALLOC_MMAP_THRESHOLD_ wins
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    fake.calls.clear()
    _nlp._fix_mmap_threshold()
    assert fake.calls == []


def test_malloc_tuning_is_a_no_op_off_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    import platform

    from attribution import _nlp

    _nlp._glibc.cache_clear()
    monkeypatch.setattr(platform, "libc_ver", lambda *a, **k: ("", ""))
    try:
        assert _nlp._glibc() is None
        _nlp._fix_mmap_threshold()
        _nlp._trim_heap()
    finally:
        _nlp._glibc.cache_clear()



_SPEED_TEXTS = [
    "The ministry said it didn't expect talks to resume. Rebels denied the report.",
    "''I hope so,'' Mrs. Clinton said. Blue sky. ``Yes,'' Sen. Roe claimed.",
    "\u201cWe will win,\u201d the senator said.\r\n\r\nCaf\u00e9 owners d\u00e9nied it, "
    "citing 1,300 e-mails (and Ms. O'Neill's 3.5% share) at www.example.com!",
    "Officials, who asked not to be named, said the plan had failed; he'd have known.",
]


@contextlib.contextmanager
def _stanza_own() -> Iterator[None]:
    """Stanza's own functions in place of those in ``_nlp._REPLACED``, for a while."""
    from attribution._nlp import _REPLACED

    fast = [(owner, name, getattr(owner, name)) for owner, name in _REPLACED]
    try:
        for owner, name, function in fast:
            setattr(owner, name, function.original)
        yield
    finally:
        for owner, name, function in fast:
            setattr(owner, name, function)


@pytest.mark.model
def test_fast_stanza_functions_give_the_same_parse() -> None:
    from attribution._nlp import _REPLACED

    backend = StanzaBackend("embedded", threads=1)  # no selection: every sentence is parsed
    backend.load()
    assert _REPLACED and all(getattr(getattr(o, n), "_attribution_fast", False)
                             for o, n in _REPLACED)
    got = backend.parse_many(_SPEED_TEXTS)
    with _stanza_own():
        expected = backend.parse_many(_SPEED_TEXTS)
    assert got == expected
    assert all(s.parsed for p in got for s in p.sentences)


def _lookups(vocab: Any, units: list[str]) -> list[object]:
    """What *vocab* maps each unit to and back, or the exception it raises."""
    out: list[object] = []
    for unit in units:
        try:
            ids = vocab.map([unit, "the"])
            out.append((ids, vocab.unmap(ids), vocab.unmap(ids)))
        except (ValueError, KeyError) as exc:
            out.append(type(exc))
    return out


@pytest.mark.model
def test_fast_vocab_lookups_match_stanza(parser: Parser) -> None:
    backend = parser.backend
    assert isinstance(backend, StanzaBackend)
    processors = backend.pipeline.processors
    units = ["the", "The", "Xyzzy", "", "_", "Number=Sing", "Mood=Ind|Tense=Past|VerbForm=Fin",
             "Zzz=Qqq", "Number", "NN", "VERB", "nsubj", "a", "\u00e9"]
    vocabs = [multi[key] for proc in ("pos", "lemma", "depparse")
              for multi in [processors[proc].trainer.vocab] for key in list(multi.keys())]
    vocabs.append(processors["mwt"].trainer.vocab)
    assert len(vocabs) > 10
    got = [_lookups(vocab, units) for vocab in vocabs]
    again = [_lookups(vocab, units) for vocab in vocabs]  # answered from the memos
    with _stanza_own():
        expected = [_lookups(vocab, units) for vocab in vocabs]
    assert got == expected and again == expected


@pytest.mark.model
def test_a_parse_leaves_the_garbage_collector_as_it_was(parser: Parser) -> None:
    import gc

    backend = parser.backend
    assert isinstance(backend, StanzaBackend)
    text = "The ministry said it didn't expect talks to resume."
    frozen: list[int] = []
    thresholds: list[tuple[int, ...]] = []
    real = backend._parse_parts

    def spy(texts: Sequence[str]) -> list[object]:
        frozen.append(gc.get_freeze_count())
        thresholds.append(gc.get_threshold())
        return list(real(texts))

    backend._parse_parts = spy  # type: ignore[method-assign]
    before = gc.get_threshold()
    try:
        expected = backend.parse_many([text])
        assert frozen[-1] > 0 and gc.get_freeze_count() == 0  # frozen while parsing only
        assert thresholds[-1][2] > before[2] and gc.get_threshold() == before
        gc.freeze()  # the program's own freeze is left alone
        try:
            assert backend.parse_many([text]) == expected
            assert gc.get_freeze_count() > 0
        finally:
            gc.unfreeze()
        gc.disable()
        try:
            assert backend.parse_many([text]) == expected
            assert frozen[-1] == 0 and not gc.isenabled()
        finally:
            gc.enable()
    finally:
        del backend._parse_parts


@pytest.mark.model
def test_fast_batching_matches_stanza(parser: Parser) -> None:
    import random

    import torch
    from stanza.models.common import data as common_data

    parser.backend.load()  # type: ignore[attr-defined]  # installs the replacements
    fast_tensor = common_data.get_long_tensor
    assert getattr(fast_tensor, "_attribution_fast", False)
    rng = random.Random(5)
    for _ in range(200):
        rows = [[rng.randrange(60) for _ in range(rng.randrange(6))]
                for _ in range(rng.randrange(1, 9))]
        for batch_size in {len(rows), len(rows) + 2}:
            try:
                expected = fast_tensor.original(rows, batch_size)
            except (IndexError, RuntimeError) as exc:  # all rows empty: Stanza fails
                with pytest.raises(type(exc)):
                    fast_tensor(rows, batch_size)
                continue
            got = fast_tensor(rows, batch_size)
            assert got.dtype == expected.dtype and got.shape == expected.shape
            assert torch.equal(got, expected)
    # 3-dimensional batches go to Stanza's own function
    nested = [[[1, 2], [3]], [[4]]]
    with pytest.raises(ValueError, match="expected sequence"):
        fast_tensor.original(nested, 2)
    with pytest.raises(ValueError, match="expected sequence"):
        fast_tensor(nested, 2)
