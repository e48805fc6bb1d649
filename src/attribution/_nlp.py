"""The Stanza adapter: the only module of the package that imports Stanza.

It builds a ``stanza.Pipeline`` from explicit model files, never downloads anything, and
turns Stanza's documents into our frozen :class:`~attribution._parsed.ParsedText`.
Stanza is imported lazily, when a pipeline is first built, so importing the package stays
cheap and offline.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import json
import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import frozen

from ._parsed import ParsedText, Sentence, Token
from .exceptions import ModelError, ModelIntegrityError, ModelNotFoundError

PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse")
EMBEDDED_NAME = "en_ud_small"
_DOWNLOAD_HINT = (
    "To use the official Stanza English models, run `attribution models download` once "
    "(it calls Stanza's downloader; nothing is ever downloaded implicitly), or point "
    "Parser(model=PATH) at a folder laid out like the embedded models (manifest.json + "
    "tokenize.pt, mwt.pt, pos.pt, lemma.pt, depparse.pt)."
)


@frozen
class ModelSet:
    """Where each processor's model file is.

    Attributes:
        name: "embedded", "stanza" or the folder given.
        directory: The folder the files are in.
        paths: Processor name -> model file.
        manifest: The parsed manifest.json, when the folder has one.
    """

    name: str
    directory: Path
    paths: Mapping[str, Path]
    manifest: Mapping[str, Any] | None = None


def embedded_model_dir() -> Path:
    """The folder of the models shipped inside the package."""
    return Path(str(resources.files("attribution") / "models" / EMBEDDED_NAME))


def stanza_resources_dir() -> Path:
    """Stanza's own model folder: ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env) if env else Path.home() / "stanza_resources"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def resolve_models(model: str | os.PathLike[str], *, verify: bool = True) -> ModelSet:
    """Find the model files for *model* ("embedded", "stanza" or a folder), or raise.

    Raises:
        ModelNotFoundError: some processors have no model file; the message lists them.
        ModelIntegrityError: a file differs from its manifest entry.
    """
    if isinstance(model, str) and model == "stanza":
        return _resolve_official()
    if isinstance(model, str) and model == "embedded":
        return _resolve_folder(embedded_model_dir(), "embedded", verify=verify)
    return _resolve_folder(Path(model), str(model), verify=verify)


def _resolve_folder(folder: Path, name: str, *, verify: bool) -> ModelSet:
    manifest_path = folder / "manifest.json"
    manifest: dict[str, Any] | None = None
    if manifest_path.is_file():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelIntegrityError(f"cannot read model manifest {manifest_path}: {exc}") from exc
    entries: Mapping[str, Any] = (manifest or {}).get("processors", {})
    paths: dict[str, Path] = {}
    for proc in PROCESSORS:
        entry = entries.get(proc)
        file = folder / (entry["file"] if isinstance(entry, Mapping) else f"{proc}.pt")
        if file.is_file():
            paths[proc] = file
    missing = [p for p in PROCESSORS if p not in paths]
    if missing:
        raise ModelNotFoundError(
            location=str(folder) if folder.is_dir() else f"{folder} (no such folder)",
            needed=PROCESSORS,
            found=[p for p in PROCESSORS if p in paths],
            missing=missing,
            hint=_DOWNLOAD_HINT,
        )
    if manifest is not None and verify:
        for proc, path in paths.items():
            entry = entries.get(proc)
            if not isinstance(entry, Mapping):
                continue
            size = entry.get("bytes")
            if size is not None and path.stat().st_size != size:
                raise ModelIntegrityError(
                    f"model file {path} has {path.stat().st_size} bytes, the manifest says "
                    f"{size}: the file is truncated or replaced; reinstall the package"
                )
            expected = entry.get("sha256")
            if expected is not None and _sha256(path) != expected:
                raise ModelIntegrityError(
                    f"model file {path} does not match the sha256 in {folder / 'manifest.json'}: "
                    "the file is corrupt or replaced; reinstall the package"
                )
    return ModelSet(name=name, directory=folder, paths=paths, manifest=manifest)


def _resolve_official() -> ModelSet:
    root = stanza_resources_dir()
    lang_dir = root / "en"
    found: dict[str, Path] = {}
    resources_json = root / "resources.json"
    defaults: Mapping[str, Any] = {}
    if resources_json.is_file():
        try:
            data = json.loads(resources_json.read_text(encoding="utf-8"))
            defaults = data.get("en", {}).get("default_processors", {})
        except (OSError, ValueError):
            defaults = {}
    for proc in PROCESSORS:
        package = defaults.get(proc)
        candidates = [lang_dir / proc / f"{package}.pt"] if isinstance(package, str) else []
        if not candidates and (lang_dir / proc).is_dir():
            candidates = sorted((lang_dir / proc).glob("*.pt"))
        for cand in candidates:
            if cand.is_file():
                found[proc] = cand
                break
    missing = [p for p in PROCESSORS if p not in found]
    if missing or not resources_json.is_file():
        raise ModelNotFoundError(
            location=str(root),
            needed=(*PROCESSORS, "resources.json"),
            found=[*found, *(["resources.json"] if resources_json.is_file() else [])],
            missing=[*missing, *([] if resources_json.is_file() else ["resources.json"])],
            hint=_DOWNLOAD_HINT,
        )
    return ModelSet(name="stanza", directory=root, paths=found, manifest=None)


def _resources_json(folder: Path) -> Path:
    """A resources.json for a folder of explicit model files.

    Stanza insists on reading one; for explicit model paths its content does not matter, so
    a folder without one gets an empty one in a temporary directory (never written into the
    model folder, which may be read-only site-packages).
    """
    own = folder / "resources.json"
    if own.is_file():
        return own
    empty = Path(tempfile.gettempdir()) / "attribution-stanza-resources" / "resources.json"
    if not empty.is_file():
        empty.parent.mkdir(parents=True, exist_ok=True)
        empty.write_text("{}", encoding="utf-8")
    return empty


class StanzaBackend:
    """Parses text with a Stanza pipeline built from explicit model files.

    Args:
        model: "embedded" (the models shipped in the package), "stanza" (the official
            English models in ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``) or a folder
            laid out like the embedded one.
        threads: CPU threads to use; None leaves torch's setting alone.  On the CPU a
            batch of two or more texts is split into *threads* parts that run at the same
            time, one torch thread each (Stanza's small LSTMs gain little from a second
            thread inside one operation: on 2 cores, two parts at once parsed PolNeAR about
            a quarter faster than one part with two torch threads); a single text runs
            alone with *threads* torch threads.  The output is the same either way.
        device: "cpu" (default) or a torch device string such as "cuda".
        batch_size: Words per batch for the tagger and parser (small batches pad less: on
            PolNeAR, 1000 parsed faster than 3000 or 8000).
        select: Which sentences to tag and parse, given their words; None parses all.
        gate: Of the selected sentences, once tagged, which to lemmatize and parse, given
            their words and UPOS tags; None parses every selected sentence.
        low_memory: On the CPU with glibc, fix malloc's mmap threshold at 4 MiB when the
            pipeline is built and give the heaps' free memory back after each batch (see
            :func:`_fix_mmap_threshold`): peak RSS on all 840 PolNeAR articles 1035 ->
            732 MB, about 7% slower.  Off by default, since the threshold is a setting of
            the whole process; setting ``MALLOC_MMAP_THRESHOLD_=4194304`` in the environment
            does the same from outside.
    """

    def __init__(
        self,
        model: str | os.PathLike[str] = "embedded",
        *,
        threads: int | None = None,
        device: str = "cpu",
        batch_size: int = 1000,
        select: Callable[[Sequence[str]], bool] | None = None,
        gate: Callable[[Sequence[str], Sequence[str]], bool] | None = None,
        low_memory: bool = False,
    ) -> None:
        if threads is not None and (not isinstance(threads, int) or threads < 1):
            raise ValueError(f"threads must be a positive integer or None, not {threads!r}")
        self.models = resolve_models(model)
        self.name = f"stanza:{self.models.name}"
        self._threads = threads
        self._device = device
        self._batch_size = batch_size
        self._select = select
        self._gate = gate
        self._pipeline: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._low_memory = bool(low_memory) and device == "cpu"

    def _build(self) -> Any:
        try:
            import stanza
        except ImportError as exc:  # pragma: no cover - stanza is a dependency
            raise ModelError(f"Stanza is not installed: {exc}") from exc
        self._set_torch_threads(self._threads)
        if self._low_memory:
            _fix_mmap_threshold()
        _install_fast_tree_decoder()
        _install_fast_vocab()
        _install_fast_batching()
        paths = self.models.paths
        kwargs: dict[str, Any] = {
            "lang": "en",
            "processors": ",".join(PROCESSORS),
            "download_method": None,
            "logging_level": "ERROR",
            "device": self._device,
            "pos_batch_size": self._batch_size,
            "depparse_batch_size": self._batch_size,
        }
        if self.models.name == "stanza":
            kwargs["dir"] = str(self.models.directory)
        else:
            kwargs["dir"] = str(self.models.directory)
            kwargs["resources_filepath"] = str(_resources_json(self.models.directory))
            kwargs.update({f"{proc}_model_path": str(path) for proc, path in paths.items()})
            kwargs["pos_pretrain_path"] = None
            kwargs["depparse_pretrain_path"] = None
            kwargs["lemma_pretrain_path"] = None
        try:
            return stanza.Pipeline(**kwargs)
        except Exception as exc:  # stanza raises many kinds; all mean the models are unusable
            raise ModelIntegrityError(
                f"Stanza could not load the models in {self.models.directory}: "
                f"{type(exc).__name__}: {exc}"
            ) from exc

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            self._pipeline = self._build()
        return self._pipeline

    def load(self) -> None:
        """Load the models now rather than on the first parse."""
        _ = self.pipeline

    def parse_many(self, texts: Sequence[str]) -> list[ParsedText]:
        """Parse *texts* in one batch through Stanza.

        With ``threads=N`` (N > 1) on the CPU, the texts are dealt into N parts of about
        the same length, which are parsed at the same time (see *threads* above).

        Every text is tokenized and split into sentences first; a split right after a title
        ("Mrs.", "Sen.") is undone (see :func:`repair_sentences`).  With a ``select``
        predicate, only the sentences that ``select(words)`` accepts are then tagged,
        lemmatized and parsed; the others keep ``parsed=False`` and carry no syntax.

        The tokenizer's sentence objects are tagged and parsed in place (see
        :meth:`_tag_selected`), so no Stanza document is rebuilt from dicts except for a
        text whose sentence split may need repairing.

        With ``low_memory``, the heaps' free memory is given back to the system after each
        batch (see :func:`_trim_heap`).

        While the batch is parsed, the objects that existed before it (the models among them)
        are kept out of the cyclic garbage collector's way (see :func:`_freeze_gc`).
        """
        frozen = _freeze_gc()
        try:
            return self._parse_parts(texts)
        finally:
            if frozen is not None:
                _thaw_gc(frozen)
            if self._low_memory:
                _trim_heap()

    def _parse_parts(self, texts: Sequence[str]) -> list[ParsedText]:
        parts = self._parts(texts)
        if len(parts) < 2:
            self._set_torch_threads(self._threads)
            return self._parse_part(texts)
        self.load()  # once, before the parts start
        self._set_torch_threads(1)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(len(parts), thread_name_prefix="attribution-nlp")
        results: dict[int, ParsedText] = {}
        futures = [self._pool.submit(self._parse_part, [texts[i] for i in part])
                   for part in parts]
        for part, future in zip(parts, futures, strict=True):
            results.update(zip(part, future.result(), strict=True))
        return [results[i] for i in range(len(texts))]

    def _parts(self, texts: Sequence[str]) -> list[list[int]]:
        """Indices of *texts* dealt into ``threads`` parts of about equal length (longest
        text first, each to the part with the least so far); a single part when there are
        fewer than two non-blank texts or one thread."""
        n = self._threads or 1
        if n < 2 or self._device != "cpu":
            return [list(range(len(texts)))]
        busy = [i for i in sorted(range(len(texts)), key=lambda i: -len(texts[i]))
                if texts[i].strip()]
        if len(busy) < 2:
            return [list(range(len(texts)))]
        parts: list[list[int]] = [[] for _ in range(min(n, len(busy)))]
        load = [0] * len(parts)
        for i in busy:
            k = load.index(min(load))
            parts[k].append(i)
            load[k] += len(texts[i])
        rest = [i for i in range(len(texts)) if not texts[i].strip()]
        parts[0].extend(rest)
        return [sorted(p) for p in parts]

    def _set_torch_threads(self, n: int | None) -> None:
        if n is None or self._device != "cpu":
            return
        import torch

        if torch.get_num_threads() != n:
            torch.set_num_threads(n)

    def _parse_part(self, texts: Sequence[str]) -> list[ParsedText]:
        import torch

        todo = [i for i, t in enumerate(texts) if t.strip()]
        results = [ParsedText(text=t) for t in texts]
        if not todo:
            return results
        from stanza import Document

        docs = [Document([], text=_for_tokenizer(texts[i])) for i in todo]
        with torch.inference_mode():
            tokenized = self.pipeline(docs, processors="tokenize,mwt")
            sentences = [
                _repaired(doc.sentences, texts[i]) for i, doc in zip(todo, tokenized, strict=True)
            ]
            tagged = self._tag_selected(sentences, self._select)
        for n, (i, sents) in enumerate(zip(todo, sentences, strict=True)):
            results[i] = convert_sentences(
                texts[i], sents, None if tagged is None else tagged.get(n, {})
            )
        return results

    def _tag_selected(
        self, docs: Sequence[Sequence[Any]], select: Callable[[Sequence[str]], bool] | None
    ) -> dict[int, dict[int, Any]] | None:
        """Tag, lemmatize and parse the selected sentences of *docs* (lists of Stanza
        sentences), in place; return document index -> sentence index -> sentence for those
        that were parsed, or None when every sentence was (no ``select``, no ``gate``).

        The processors run on a bundle of the chosen sentence objects themselves (see
        :func:`_bundle`) rather than on ``Document(to_dict())`` copies: POS, then the gate,
        then lemma and depparse on the sentences that passed.  Each processor sees the same
        sentences in the same order, with the same words and tags, as it saw in the copies,
        so it forms the same batches and gives every word the same tag, lemma, head and
        relation.
        """
        processors = self.pipeline.processors
        keys: list[tuple[int, int]] = []
        picked: list[Any] = []
        for di, sents in enumerate(docs):
            for si, sent in enumerate(sents):
                if select is None or select([w.text for w in sent.words]):
                    keys.append((di, si))
                    picked.append(sent)
        gate = self._gate
        if picked:
            processors["pos"].process(_bundle(picked))
            if gate is not None:
                passed = [
                    (key, sent) for key, sent in zip(keys, picked, strict=True)
                    if gate([w.text for w in sent.words], [w.upos or "X" for w in sent.words])
                ]
                keys, picked = [k for k, _ in passed], [s for _, s in passed]
        if picked:
            bundle = _bundle(picked)
            processors["lemma"].process(bundle)
            processors["depparse"].process(bundle)
        if select is None and gate is None:
            return None
        out: dict[int, dict[int, Any]] = {}
        for (di, si), sent in zip(keys, picked, strict=True):
            out.setdefault(di, {})[si] = sent
        return out

    def __getstate__(self) -> dict[str, Any]:
        # The pipeline is rebuilt lazily after unpickling (one load per worker).
        state = self.__dict__.copy()
        state["_pipeline"] = None
        state["_pool"] = None
        return state


# glibc's mallopt parameter number for M_MMAP_THRESHOLD (malloc.h)
_M_MMAP_THRESHOLD = -3
# Allocations of this many bytes or more get pages of their own, returned when freed.
MMAP_THRESHOLD = 4 << 20


@functools.cache
def _glibc() -> Any:
    """The C library through ctypes when it is glibc (which has ``mallopt`` and
    ``malloc_trim``), else None."""
    if sys.platform != "linux" or platform.libc_ver()[0] != "glibc":
        return None
    import ctypes

    try:
        lib = ctypes.CDLL("libc.so.6")
        lib.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        lib.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # pragma: no cover - not the glibc we expect
        return None
    return lib


def _fix_mmap_threshold() -> None:
    """Keep glibc from holding on to the memory of large freed tensors.

    glibc serves an allocation of at least its mmap threshold (128 KiB at first) from pages
    of its own, returned to the system when freed, but each time such a block is freed it
    raises the threshold to that block's size (up to 32 MiB).  Torch frees many tensors of a
    few MiB while parsing, so soon they all come from the malloc heaps (one per thread),
    where freed space is kept and fragments: on PolNeAR peak RSS rose from about 400 MB
    after loading to about 990 MB.  Fixing the threshold (which stops its adjustment) makes
    large tensors come and go as their own pages again.  4 MiB: on 320 PolNeAR articles
    (2 threads) peak RSS 952 -> 708 MB at the same speed; 1 MiB gave 675 MB but parsed
    about 14% slower (fresh pages for every tensor of 1-4 MiB).  A no-op off glibc, and
    when ``MALLOC_MMAP_THRESHOLD_`` is set in the environment (the user's choice wins).
    """
    lib = _glibc()
    if lib is None or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return
    lib.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


# The collector's threshold for full collections while a batch is parsed (see _freeze_gc).
_PARSE_GC_THRESHOLD2 = 1000


def _freeze_gc() -> tuple[int, ...] | None:
    """Keep the cyclic garbage collector's full collections out of a parse; return what
    :func:`_thaw_gc` needs to undo it, or None when nothing was done.

    Stanza allocates many objects that live through a batch (its documents), so the
    collector ran full collections during a parse, and each of them walked the few hundred
    thousand objects of the loaded models and the lexicon, which never become garbage:
    about a tenth of the parse's CPU time on PolNeAR.  So, while the batch is parsed, every
    object that existed before it is moved into the collector's permanent generation
    (``gc.freeze()``), and its threshold for full collections is raised so that they wait
    for the end of the batch (young collections go on as before); :func:`_thaw_gc` then
    collects once and puts both back.  On 80 articles (threads=1), full collections took
    3.7 s of CPU before, 1.3 s with the freeze alone, 0.3 s with both.  The parse itself
    is unchanged.  Skipped when the collector is disabled or something is frozen already
    (the program's own ``gc.freeze()``, or a parse running in another thread), so
    :func:`_thaw_gc` only undoes our own changes.
    """
    if not gc.isenabled() or gc.get_freeze_count() > 0:
        return None
    thresholds = gc.get_threshold()
    gc.freeze()
    if 0 < thresholds[2] < _PARSE_GC_THRESHOLD2:
        gc.set_threshold(thresholds[0], thresholds[1], _PARSE_GC_THRESHOLD2)
    return thresholds


def _thaw_gc(thresholds: tuple[int, ...]) -> None:
    """Undo :func:`_freeze_gc` after a parse: put back the thresholds (unless they were
    changed meanwhile), collect the parse's cyclic garbage (Stanza's documents) while the
    older objects are still frozen, which looks only at the objects made since the freeze,
    then return the frozen objects to the oldest generation."""
    if gc.get_threshold()[2] == _PARSE_GC_THRESHOLD2:
        gc.set_threshold(*thresholds)
    gc.collect()
    gc.unfreeze()


def _trim_heap() -> None:
    """Give the free memory of glibc's malloc heaps back to the system (``malloc_trim``);
    a no-op off glibc."""
    lib = _glibc()
    if lib is not None:
        lib.malloc_trim(0)


def _cycles(heads: list[int]) -> list[list[int]]:
    """The cycles (of two or more words) of a head assignment where every word has exactly
    one head (``heads[0] == 0`` for the root), found by following heads from each word."""
    n = len(heads)
    state = [0] * n  # 0 unseen, 1 on the current walk, 2 done
    cycles = []
    for start in range(n):
        walk = []
        i = start
        while state[i] == 0:
            state[i] = 1
            walk.append(i)
            i = heads[i]
        if state[i] == 1:
            members = walk[walk.index(i) :]
            if len(members) > 1:
                cycles.append(members)
        for j in walk:
            state[j] = 2
    return cycles


def _unpatched(module: str, name: str) -> tuple[Any, Any] | None:
    """Stanza's *module* and its function *name*, unless missing or already replaced."""
    import importlib

    try:
        mod = importlib.import_module(module)
    except ImportError:  # pragma: no cover - stanza is a dependency
        return None
    original = getattr(mod, name, None)
    if original is None or getattr(original, "_attribution_fast", False):
        return None
    return mod, original


def _install_fast_tree_decoder() -> None:
    """Speed up Stanza's tree decoding without changing its result.

    Stanza decodes each sentence with Chu-Liu-Edmonds, written in Python, after rescaling the
    root scores so that exactly one word hangs off the root.  Most of the time the best head
    of every word already forms such a tree; then that tree is the best single-root tree (it
    is the best of all head assignments), which is what the decoder would return.  The
    wrapper checks that case in plain Python and hands every other sentence to Stanza's own
    decoder.  Installed once, when a pipeline is built.
    """
    import numpy as np

    found = _unpatched("stanza.models.depparse.model", "chuliu_edmonds_one_root")
    if found is None:
        return
    depparse_model, original = found

    def chuliu_edmonds_one_root(scores: Any) -> Any:
        n = scores.shape[0]
        if n < 2:
            return original(scores)
        masked = scores.astype(np.float64)  # a copy: the caller's scores stay as they are
        np.fill_diagonal(masked, -np.inf)
        heads = [0, *np.argmax(masked[1:], axis=1).tolist()]
        if heads.count(0) != 2:  # the root's own entry and exactly one dependent
            return original(scores)
        if _cycles(heads):
            return original(scores)  # a cycle: Stanza's own decoder resolves it
        return np.array(heads, dtype=np.int64)

    chuliu_edmonds_one_root._attribution_fast = True  # type: ignore[attr-defined]  # marker
    depparse_model.chuliu_edmonds_one_root = chuliu_edmonds_one_root
    _install_fast_cycle_finder()


def _install_fast_cycle_finder() -> None:
    """Replace the cycle search inside Stanza's Chu-Liu-Edmonds decoder by a linear walk.

    Stanza finds the cycles of a head assignment with Tarjan's algorithm in Python (the
    slowest part of parsing a sentence whose best heads do not form a tree).  Every word
    has exactly one head there, so each cycle is found by following heads from each word.
    The decoder contracts one cycle at a time and returns the best tree whichever cycle
    it contracts first, so its result stays the same.
    """
    import numpy as np

    found = _unpatched("stanza.models.common.chuliu_edmonds", "tarjan")
    if found is None:
        return
    cle, original = found

    def tarjan(tree: Any) -> list[Any]:
        n = len(tree)
        cycles = []
        for members in _cycles(tree.tolist()):
            cycle = np.zeros(n, dtype=bool)
            cycle[members] = True
            cycles.append(cycle)
        return cycles

    tarjan._attribution_fast = True  # type: ignore[attr-defined]  # marker
    tarjan.original = original  # type: ignore[attr-defined]  # kept for the tests
    cle.tarjan = tarjan



def _own_method(owner: type, name: str) -> Any:
    """The function *name* defined on the class *owner* itself, unless missing or already
    replaced by one of ours."""
    original = owner.__dict__.get(name)
    if original is None or getattr(original, "_attribution_fast", False):
        return None
    return original


# (owner, name) of every Stanza function replaced through _replace, in order (for the tests,
# which compare parses with and without them).
_REPLACED: list[tuple[Any, str]] = []


def _replace(owner: Any, name: str, function: Any, original: Any) -> None:
    """Put *function* in place of Stanza's *original* ``owner.name``, marked as ours (so it
    is installed once) and keeping the original as ``function.original``."""
    function._attribution_fast = True
    function.original = original
    setattr(owner, name, function)
    _REPLACED.append((owner, name))


# Most distinct values a memo of a CompositeVocab keeps (a tag set has a few hundred).
_VOCAB_MEMO_LIMIT = 1 << 16


def _install_fast_vocab() -> None:
    """Cut the Python overhead of Stanza's vocabulary lookups without changing their result.

    The taggers and the parser map every word, character and tag to ids and back, one
    method call per item (``BaseVocab.map``/``unmap``), and the composite vocabularies
    (XPOS, UFeats) split or join each value anew.  Replaced here:

    * ``BaseVocab.map`` and ``unmap``: for a vocabulary whose ``unit2id``/``id2unit`` and
      ``normalize_unit`` are the plain ones (``BaseVocab``'s, or ``WordVocab``'s with no
      ignored units, which then does the same), one dict or list lookup per item, exactly
      what those methods do; any other vocabulary goes to Stanza's own method.
    * ``CompositeVocab.unit2id`` and ``id2unit``: remembered per value, since each result
      depends only on the value and the vocabulary's tables (held by identity: new tables
      start a new memo).  Only string values and int/list ids are remembered; a value
      Stanza rejects is never remembered (the original raises again).

    Installed once, when a pipeline is built.
    """
    try:
        from stanza.models.common import vocab as common_vocab
        from stanza.models.pos import vocab as pos_vocab
    except ImportError:  # pragma: no cover - stanza is a dependency
        return
    base: type = common_vocab.BaseVocab
    composite: type = common_vocab.CompositeVocab
    word: type = pos_vocab.WordVocab
    plain_unit2id = base.__dict__["unit2id"]
    plain_id2unit = base.__dict__["id2unit"]
    plain_normalize = base.__dict__["normalize_unit"]
    word_unit2id = word.__dict__.get("unit2id")
    word_id2unit = word.__dict__.get("id2unit")
    unk_key = common_vocab.UNK

    def plain(vocab: Any, method: str, own: Any, word_own: Any) -> bool:
        """Whether *vocab*'s *method* is the plain one (see above)."""
        cls = type(vocab)
        found = getattr(cls, method, None)
        if found is own:
            return True
        return found is word_own and isinstance(getattr(vocab, "ignore", None), list) and (
            len(vocab.ignore) == 0
        )

    original_map = _own_method(base, "map")
    if original_map is not None:

        def fast_map(self: Any, units: Any) -> Any:
            ids = self._unit2id
            unk = ids.get(unk_key) if type(ids) is dict else None
            if (unk is None or getattr(type(self), "normalize_unit", None) is not plain_normalize
                    or not plain(self, "unit2id", plain_unit2id, word_unit2id)):
                return original_map(self, units)
            if self.lower:  # BaseVocab.normalize_unit
                return [ids.get(None if u is None else u.lower(), unk) for u in units]
            return [ids.get(u, unk) for u in units]

        _replace(base, "map", fast_map, original_map)

    original_unmap = _own_method(base, "unmap")
    if original_unmap is not None:

        def unmap(self: Any, ids: Any) -> Any:
            if not plain(self, "id2unit", plain_id2unit, word_id2unit):
                return original_unmap(self, ids)
            table = self._id2unit
            return [table[i] for i in ids]

        _replace(base, "unmap", unmap, original_unmap)

    original_unit2id = _own_method(composite, "unit2id")
    if original_unit2id is not None:

        def unit2id(self: Any, unit: Any) -> Any:
            if type(unit) is not str:
                return original_unit2id(self, unit)
            memo = _vocab_memo(self, "_attribution_unit2id", self._unit2id)
            found = memo.get(unit)
            if found is None:
                found = tuple(original_unit2id(self, unit))
                if len(memo) < _VOCAB_MEMO_LIMIT:
                    memo[unit] = found
            return list(found)  # a fresh list, as Stanza returns

        _replace(composite, "unit2id", unit2id, original_unit2id)

    original_id2unit = _own_method(composite, "id2unit")
    if original_id2unit is not None:

        def id2unit(self: Any, id: Any) -> Any:
            kind = type(id)
            if kind is list:
                key: Any = tuple(id)
            elif kind is int:
                key = id
            else:
                return original_id2unit(self, id)
            memo = _vocab_memo(self, "_attribution_id2unit", self._id2unit)
            found = memo.get(key)
            if found is None:
                found = original_id2unit(self, id)
                if type(found) is not str:  # a list (no separator): not shared
                    return found
                if len(memo) < _VOCAB_MEMO_LIMIT:
                    memo[key] = found
            return found

        _replace(composite, "id2unit", id2unit, original_id2unit)


def _vocab_memo(vocab: Any, name: str, table: Any) -> dict[Any, Any]:
    """The memo *name* of a Stanza vocabulary, for its current *table* (a new table, a new
    memo)."""
    held = vocab.__dict__.get(name)
    if held is None or held[0] is not table:
        held = (table, {})
        vocab.__dict__[name] = held
    memo: dict[Any, Any] = held[1]
    return memo



def _install_fast_batching() -> None:
    """Pad the taggers' and the parser's id lists into tensors with less Python overhead.

    ``get_long_tensor`` (stanza.models.common.data) pads a list of id lists into a tensor by
    filling it and then copying one row at a time, a new tensor per row (one row per word
    for the character ids).  The replacement computes the sizes as Stanza does and, for a
    list of plain lists of ids (two dimensions, as all our models' batches), pads the rows
    in Python and makes the tensor at once: same dtype, device, shape and values.  Anything
    else goes to Stanza's function.  Stanza's data modules import the function by name, so
    each module our processors use gets the replacement where it still holds Stanza's
    function.  Installed once.
    """
    import importlib

    import torch

    found = _unpatched("stanza.models.common.data", "get_long_tensor")
    if found is None:
        return
    common_data, original = found

    default_pad = (original.__defaults__ or (0,))[-1]  # Stanza's PAD_ID

    def get_long_tensor(tokens_list: Any, batch_size: Any, pad_id: Any = default_pad) -> Any:
        pad = pad_id
        if type(tokens_list) not in (list, tuple) or not tokens_list or type(pad) is not int:
            return original(tokens_list, batch_size, pad)
        # Two dimensions, as Stanza counts them: the first item is a list and the first item
        # of the rows joined together (the first of the first non-empty row) is not.
        first = next((row[0] for row in tokens_list if type(row) is list and row), None)
        if (type(tokens_list[0]) is not list or first is None or isinstance(first, list)
                or any(type(row) is not list for row in tokens_list)
                or type(batch_size) is not int or batch_size < len(tokens_list)):
            return original(tokens_list, batch_size, pad)
        width = max(len(row) for row in tokens_list)
        rows = [row + [pad] * (width - len(row)) for row in tokens_list]
        rows.extend([pad] * width for _ in range(batch_size - len(tokens_list)))
        # on the CPU, as torch.LongTensor makes it
        return torch.tensor(rows, dtype=torch.long, device="cpu").view(batch_size, width)

    _replace(common_data, "get_long_tensor", get_long_tensor, original)
    for name in ("pos", "depparse", "lemma", "mwt"):
        try:
            module = importlib.import_module(f"stanza.models.{name}.data")
        except ImportError:  # pragma: no cover - stanza is a dependency
            continue
        if getattr(module, "get_long_tensor", None) is original:
            module.get_long_tensor = get_long_tensor  # type: ignore[attr-defined]
            _REPLACED.append((module, "get_long_tensor"))


# Titles that never end an English sentence: a split after one is a tokenizer slip
# ("''I hope so,'' Mrs. | Clinton said").
_TITLES = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "sgt.",
    "capt.", "prof.", "rev.", "adm.", "cmdr.", "maj.", "gov", "sen", "rep", "mr", "mrs", "ms",
    "dr", "st.", "vs.", "no.", "hon.", "pres.", "sec.", "supt.", "atty.", "reps.", "sens.",
    # the same titles when the tokenizer split off their period ("Capt" "."); not "no",
    # "st" or "vs", which end sentences as words
    "gen", "lt", "col", "sgt", "capt", "prof", "rev", "adm", "cmdr", "maj", "hon", "pres",
    "supt", "atty", "reps", "sens",
})


#: the titles above written without their period ("Sen"), which the tokenizer may split
#: off a title ("Sen" "." "Ted" "Cruz")
_BARE_TITLES = frozenset(t for t in _TITLES if not t.endswith("."))


def _split_title(words: Sequence[Any], k: int) -> bool:
    """Whether word *k* (a Stanza sentence dict or word) is a title whose period the
    tokenizer split off: "Sen" then "." with no space between them, then a capitalised word.
    """
    def get(w: Any, key: str) -> Any:
        return w.get(key) if isinstance(w, dict) else getattr(w, key, None)

    return (k + 2 < len(words) and isinstance(get(words[k], "id"), int)
            and str(get(words[k], "text")).lower() in _BARE_TITLES
            and get(words[k + 1], "text") == "."
            and isinstance(get(words[k], "end_char"), int)
            and get(words[k], "end_char") == get(words[k + 1], "start_char")
            and isinstance(get(words[k + 1], "end_char"), int)
            and str(get(words[k + 2], "text"))[:1].isupper())


def _merge_title_periods(sent: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """*sent* with every title's split-off period put back on it ("Sen" "." -> "Sen."),
    as the tagger and parser saw titles in training; later word ids are renumbered."""
    if not any(_split_title(sent, k) for k in range(len(sent))):
        return sent
    out: list[dict[str, Any]] = []
    drop = 0
    k = 0
    while k < len(sent):
        word = dict(sent[k])
        if drop:
            wid = word["id"]
            word["id"] = (tuple(x - drop for x in wid) if isinstance(wid, (tuple, list))
                          else wid - drop)
        if _split_title(sent, k):
            period = sent[k + 1]
            word["text"] = word["text"] + "."
            word["end_char"] = period["end_char"]
            word.pop("misc", None)
            if "misc" in period:
                word["misc"] = period["misc"]
            out.append(word)
            drop += 1
            k += 2
            continue
        out.append(word)
        k += 1
    return out


def repair_sentences(
    sentences: list[list[dict[str, Any]]], text: str | None = None
) -> list[list[dict[str, Any]]]:
    """Join a sentence to the next when the tokenizer split it right after a title, or
    after an exclamation, a question or an ellipsis that the sentence goes on from in
    lower case on the same line ('"Make it great!" he tweeted', "as a person ... and the
    reason"); put a title's split-off period back on it ("Sen" "." "Ted" -> "Sen." "Ted").

    *sentences* are Stanza sentence dicts (``Sentence.to_dict()``) from the tokenizer, before
    tagging, over *text* (without it, no line break is looked for between them); word ids of
    the joined part, and after a merged period, are renumbered.
    """
    out: list[list[dict[str, Any]]] = []
    for sent in sentences:
        if out and out[-1] and sent and (
            _ends_in_title(out[-1]) or _goes_on_in_lower_case(out[-1], sent, text)
        ):
            prev = out[-1]
            offset = max(_last_id(w["id"]) for w in prev)
            for word in sent:
                moved = dict(word)
                wid = word["id"]
                moved["id"] = (tuple(x + offset for x in wid) if isinstance(wid, (tuple, list))
                               else wid + offset)
                prev.append(moved)
        else:
            out.append([dict(w) for w in sent])
    return [_merge_title_periods(sent) for sent in out]


#: what ends a sentence that the next may go on from in lower case ('"...!" he said')
_OPEN_ENDS = frozenset({"!", "?", "…", "..."})
_CLOSING_MARKS = frozenset({'"', "”", "''", "’"})


def _goes_on_in_lower_case(
    sent: list[dict[str, Any]], after: list[dict[str, Any]], text: str | None
) -> bool:
    """Whether *after* goes on with *sent*: *sent* ends in "!", "?" or an ellipsis (before a
    closing quotation mark or not) and *after* opens with a lower-case word on the same
    line (not a web address)."""
    words = [w.get("text", "") for w in sent[-2:]]
    last = words[-1]
    if not (last in _OPEN_ENDS or (last in _CLOSING_MARKS and len(words) > 1
                                   and words[0] in _OPEN_ENDS)):
        return False
    first = after[0].get("text", "")
    if not (first[:1].isalpha() and first[:1].islower()) or first.startswith(
        ("http", "www", "pic.")
    ) or "/" in first:
        return False
    if text is None:
        return True
    end, start = sent[-1].get("end_char"), after[0].get("start_char")
    return isinstance(end, int) and isinstance(start, int) and "\n" not in text[end:start]


def _needs_repair(sentences: Sequence[Any]) -> bool:
    """Whether :func:`repair_sentences` might join any of these Stanza sentences.

    A join needs a sentence (other than the last) whose last word, or its last word "."
    after a title, is a title (see :func:`_ends_in_title`); in ``Sentence.to_dict()`` order
    those are among the last two words and the last token.  This looks a little wider (the
    last three words and the last two tokens, any case), so a False answer is safe.  A
    join after "!", "?" or an ellipsis needs a sentence that ends in one of them or in a
    closing quotation mark, before one that opens in lower case.
    """
    for sent in sentences:
        words = sent.words
        if any(_split_title(words, k) for k in range(len(words))):
            return True
    for sent, after in itertools.pairwise(sentences):
        if any(w.text.lower() in _TITLES for w in sent.words[-3:]):
            return True
        if after.tokens and after.tokens[0].text[:1].islower() and any(
            t.text in _OPEN_ENDS or t.text in _CLOSING_MARKS for t in sent.tokens[-1:]
        ):
            return True
        if any(t.text.lower() in _TITLES for t in sent.tokens[-2:]):
            return True
    return False


def _repaired(sentences: Sequence[Any], text: str) -> list[Any]:
    """The tokenizer's sentences with splits after titles undone (:func:`repair_sentences`).

    Most texts have no such split: their sentence objects are used as they are, with no
    ``to_dict()`` round trip.  Others are rebuilt from dicts as before.
    """
    if not _needs_repair(sentences):
        return list(sentences)
    from stanza import Document

    return list(
        Document(repair_sentences([s.to_dict() for s in sentences], text),
                 text=text).sentences
    )


def _bundle(sentences: Sequence[Any]) -> Any:
    """One Stanza Document holding these sentence objects (not copies), for a processor.

    This is what Stanza's own ``UDProcessor.bulk_process`` builds for several documents:
    the processors read and annotate the sentences' words in place.
    """
    from stanza import Document

    doc = Document([])
    doc.sentences = list(sentences)
    doc.num_tokens = sum(len(s.tokens) for s in sentences)
    doc.num_words = sum(len(s.words) for s in sentences)
    return doc


_TYPEWRITER_QUOTE = re.compile(r"''|``")


def _for_tokenizer(text: str) -> str:
    """*text* with typewriter quotation marks ('' and ``, as in "''No,'' he said") written as
    one '"' and a space, which the tokenizer knows, and a byte-order mark as a space; every
    other character keeps its offset.

    The UD-trained tokenizer glues '' to the next word ("''cratered''" as one token), which
    wrecks the parse around quotations.  :func:`convert_document` maps the '"' tokens back to
    the two marks of the original text.
    """
    def swap(m: re.Match[str]) -> str:
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opening = m.group() == "``" or (
            (before.isspace() or before in "([{—–-/") and not after.isspace()
        )
        return ' "' if opening else '" '

    # (a byte-order mark left at the start of a file read without "utf-8-sig" would cling
    # to the first word: it reaches the tokenizer as a space)
    return _TYPEWRITER_QUOTE.sub(swap, text).replace("\ufeff", " ")


def _ends_in_title(sent: list[dict[str, Any]]) -> bool:
    last = sent[-1].get("text", "").lower()
    if last in _TITLES:
        return True
    # "Sen" "." as two tokens, with no space between them
    return (last == "." and len(sent) > 1 and sent[-2].get("text", "").lower() in _TITLES
            and sent[-2].get("end_char") == sent[-1].get("start_char"))


def _last_id(wid: Any) -> int:
    return int(wid[-1]) if isinstance(wid, (tuple, list)) else int(wid)


def convert_document(
    text: str, doc: Any, tagged: Mapping[int, Any] | None = None
) -> ParsedText:
    """Turn a Stanza Document over *text* into our ParsedText, checking every offset.

    *tagged* maps sentence indexes to separately tagged and parsed copies of those sentences;
    when given, sentences missing from it are left unparsed.
    """
    return convert_sentences(text, doc.sentences, tagged)


def convert_sentences(
    text: str, stanza_sentences: Sequence[Any], tagged: Mapping[int, Any] | None = None
) -> ParsedText:
    """:func:`convert_document` for a list of Stanza sentences over *text*."""
    sentences: list[Sentence] = []
    for si, sent in enumerate(stanza_sentences):
        tokens: list[Token] = []
        tags = None if tagged is None else tagged.get(si)
        tag_words = None if tags is None else tags.words
        parsed = tagged is None or tags is not None
        for token in sent.tokens:
            t_start, t_end = token.start_char, token.end_char
            surface = token.text
            if (token.text == '"' and t_start is not None and t_end is not None
                    and text[t_start:t_end] in ("'", "`")):
                # a typewriter quote ('' or ``) the tokenizer saw as '"' (see _for_tokenizer)
                if text[t_start - 1 : t_end] in ("''", "``"):
                    t_start -= 1
                elif text[t_start : t_end + 1] in ("''", "``"):
                    t_end += 1
                surface = text[t_start:t_end]
            elif (token.text == "<UNK>" and t_start is not None and t_end is not None
                  and 0 <= t_start < t_end <= len(text)):
                # a token longer than the tokenizer's window (a long web address, a run of
                # symbols) comes back as '<UNK>' with its offsets: the text gives its words
                surface = text[t_start:t_end]
            elif t_start is None or t_end is None or text[t_start:t_end] != token.text:
                t_start, t_end = _locate(text, token.text, tokens[-1].end if tokens else 0)
            for word in token.words:
                w_start = getattr(word, "start_char", None)
                w_end = getattr(word, "end_char", None)
                if (
                    w_start is None
                    or w_end is None
                    or not t_start <= w_start <= w_end <= t_end
                    or len(token.words) == 1
                ):
                    w_start, w_end = t_start, t_end
                src = word if tag_words is None else tag_words[len(tokens)]
                if parsed:
                    upos, xpos = src.upos or "X", src.xpos or "_"
                    lemma, head, deprel = src.lemma or word.text, (src.head or 0) - 1, src.deprel
                else:
                    upos = "X" if any(ch.isalnum() for ch in word.text) else "PUNCT"
                    xpos, lemma, head, deprel = "_", word.text.lower(), -1, "dep"
                tokens.append(
                    Token(
                        index=len(tokens),
                        text=surface if len(token.words) == 1 else word.text,
                        start=w_start,
                        end=w_end,
                        upos=upos,
                        xpos=xpos,
                        lemma=lemma,
                        head=head,
                        deprel=deprel or "dep",
                    )
                )
        if tokens:
            sentences.append(
                Sentence(tokens[0].start, tokens[-1].end, tuple(tokens), parsed=parsed)
            )
    return ParsedText(text=text, sentences=tuple(sentences))


def _locate(text: str, piece: str, from_pos: int) -> tuple[int, int]:
    at = text.find(piece, from_pos)
    if at < 0:
        raise ModelError(f"the tokenizer produced {piece!r}, which is not in the text")
    return at, at + len(piece)


def download_official(target: str | os.PathLike[str] | None = None) -> Path:  # pragma: no cover
    """Download the official Stanza English models (network!). Only the CLI calls this."""
    import stanza

    root = Path(target) if target is not None else stanza_resources_dir()
    stanza.download(
        "en", model_dir=str(root), processors=",".join(PROCESSORS), package="default"
    )
    return root
