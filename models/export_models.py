"""Convert trained Stanza checkpoints to the compact shipped form and write manifest.json.

Compact form: the same dict Stanza saves, with optimizer/scheduler state removed and every
floating-point tensor of the model weights stored as float16.  Stanza loads these with
``load_state_dict``, which casts back to the float32 parameters, so loading works
unchanged.  Called by ``models/train.py export`` (or directly:
``python models/export_models.py --work_dir /work/train --out_dir DIR``).
"""

import argparse
import hashlib
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
DROP_KEYS = ("optimizer", "optimizer_state_dict", "scheduler", "scheduler_state_dict",
             "dev_score_history")


def to_half(obj):
    if isinstance(obj, torch.Tensor):
        return obj.half() if obj.is_floating_point() else obj
    if isinstance(obj, dict):
        return type(obj)((k, to_half(v)) for k, v in obj.items())
    if isinstance(obj, list):
        return [to_half(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(to_half(v) for v in obj)
    return obj


def compact(src, dst):
    ckpt = torch.load(src, map_location="cpu", weights_only=False)
    for key in DROP_KEYS:
        ckpt.pop(key, None)
    ckpt["model"] = to_half(ckpt["model"])
    if isinstance(ckpt.get("config"), dict):
        # paths of the training machine are of no use to anyone
        for k in list(ckpt["config"]):
            if k in ("train_file", "eval_file", "output_file", "gold_file", "txt_file",
                     "label_file", "dev_txt_file", "dev_label_file", "dev_conll_gold",
                     "mwt_json_file", "conll_file", "wordvec_dir", "save_dir",
                     "charlm_save_dir", "wordvec_pretrain_file"):
                ckpt["config"][k] = None
        if "max_seqlen" in ckpt["config"]:
            # the tokenizer processor replaces tokens longer than max_seqlen with <UNK>;
            # the training wrapper set it from the training data (200), which turns long
            # URLs into <UNK>.  1000 is Stanza's pipeline default.
            ckpt["config"]["max_seqlen"] = 1000
    torch.save(ckpt, dst)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fin:
        for chunk in iter(lambda: fin.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def old_notes(data_selection):
    """notes on how the shipped run actually went (work_dir/training_notes.json), if any"""
    if data_selection:
        p = os.path.join(os.path.dirname(data_selection), "training_notes.json")
        if os.path.exists(p):
            with open(p) as fin:
                return json.load(fin)
    return None


def export(model_paths, out_dir, data_selection=None):
    sys.path.insert(0, HERE)
    import stanza
    import train
    os.makedirs(out_dir, exist_ok=True)
    processors = {}
    for stage, src in model_paths.items():
        dst = os.path.join(out_dir, stage + ".pt")
        compact(src, dst)
        processors[stage] = {"file": stage + ".pt", "sha256": sha256(dst),
                             "bytes": os.path.getsize(dst)}
        print(f"{stage:<9} {processors[stage]['bytes']:9d} bytes  <- {src}")
    counts = {}
    if data_selection and os.path.exists(data_selection):
        with open(data_selection) as fin:
            sel = json.load(fin)
        for part in sel["train"]:
            counts[part["treebank"]] = part
    ewt = counts.get("UD_English-EWT", {})
    gum = counts.get("UD_English-GUM", {})
    mpath = os.path.join(out_dir, "manifest.json")
    old = {}
    if os.path.exists(mpath):
        with open(mpath) as fin:
            old = json.load(fin)
    manifest = {
        "format": 1,
        "name": "en_ud_small",
        "language": "en",
        "stanza_version": stanza.__version__,
        "processors": processors,
        "total_bytes": sum(p["bytes"] for p in processors.values()),
        "training_data": [
            {"name": "UD_English-EWT", "commit/release": "UD release 2025-05, commit 15d613d8",
             "licence": "CC BY-SA 4.0", "split": "train", "sentences": ewt.get("sentences")},
            {"name": "UD_English-GUM", "commit/release": "commit afb41ee9",
             "genres": train.GUM_ALLOWED_GENRES,
             "sentences_by_genre": gum.get("by_genre"),
             "licence": "CC BY 4.0 (selected genres)", "split": "train",
             "sentences": gum.get("sentences")},
        ],
        "dev_data": {"name": "UD_English-EWT", "split": "dev", "sentences": 2001,
                     "use": "model selection (best checkpoint)"},
        "hyperparameters": {
            stage: dict({k.lstrip("-"): v for k, v in hp.items()},
                        **({"no_pretrain": True} if stage in ("pos", "depparse") else {}),
                        **({"no_charlm": True} if stage != "mwt" else {}))
            for stage, hp in train.HYPERPARAMETERS.items()},
        "compact_form": "float16 weights, optimizer state removed",
        "training_run": old_notes(data_selection),
        "scores": old.get("scores", {}),
    }
    if "speed" in old:
        manifest["speed"] = old["speed"]
    with open(mpath, "w") as fout:
        json.dump(manifest, fout, indent=2)
        fout.write("\n")
    print(f"total {manifest['total_bytes']} bytes; wrote {mpath}")
    return manifest


def main():
    sys.path.insert(0, HERE)
    import train
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work_dir", required=True)
    parser.add_argument("--out_dir", required=True)
    args = parser.parse_args()
    paths = {s: os.path.join(args.work_dir, "saved_models", s, f)
             for s, f in train.MODEL_FILES.items()}
    export(paths, args.out_dir, os.path.join(args.work_dir, "data_selection.json"))


if __name__ == "__main__":
    main()
