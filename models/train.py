#!/usr/bin/env python
"""Train the small English Stanza models shipped as ``attribution/models/en_ud_small``.

Everything is trained with Stanza's own data preparation (``stanza.utils.datasets.*``)
and training wrappers (``stanza.utils.training.run_*``): no pretrained word vectors,
no character language model, no transformer.  CPU only.  This script is never run in CI.

Usage (one stage at a time, or all of them; a stage whose model file exists is skipped
unless --force is given, so an interrupted run resumes at the first missing stage):

    OMP_NUM_THREADS=2 python models/train.py --ud_dir /path/to/ud --work_dir /work/train all
    OMP_NUM_THREADS=2 python models/train.py --ud_dir UD --work_dir WORK data tokenize mwt
    OMP_NUM_THREADS=2 python models/train.py --ud_dir UD --work_dir WORK pos
    OMP_NUM_THREADS=2 python models/train.py --ud_dir UD --work_dir WORK lemma depparse
    python models/train.py --ud_dir /path/to/ud --work_dir /work/train export \
        --out_dir src/attribution/models/en_ud_small

``--ud_dir`` holds ``UD_English-EWT/`` and ``UD_English-GUM/`` (the UD release files
``en_ewt-ud-{train,dev,test}.conllu`` and ``en_gum-ud-{train,dev,test}.conllu``).
Stages ``tokenize``/``mwt``/``pos``/``lemma`` are independent of each other;
``depparse`` needs ``pos`` (its training data is retagged with our own tagger).
The training threads come from OMP_NUM_THREADS (torch's default).
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TREEBANK = "UD_English-Small"   # our combined treebank, short name en_small
SHORT = "en_small"

# ---------------------------------------------------------------------------
# Data selection
# ---------------------------------------------------------------------------
# GUM genres whose sources are CC BY or public domain (see the data README).
# whow (wikiHow) and fiction are CC BY-NC-SA and are excluded, as is every genre
# not named here (academic, court, essay, letter, podcast, reddit, ...).
GUM_ALLOWED_GENRES = ["news", "interview", "bio", "voyage", "textbook", "vlog",
                      "speech", "conversation"]

DATA_SELECTION = {
    "train": [("UD_English-EWT", "en_ewt-ud-train.conllu", None),
              ("UD_English-GUM", "en_gum-ud-train.conllu", GUM_ALLOWED_GENRES)],
    # model selection (early stopping / best checkpoint) uses EWT dev only
    "dev": [("UD_English-EWT", "en_ewt-ud-dev.conllu", None)],
    # the wrappers also score a "test" split; it is EWT test (never used for selection)
    "test": [("UD_English-EWT", "en_ewt-ud-test.conllu", None)],
}

SEED = 1234

# ---------------------------------------------------------------------------
# Hyperparameters (passed verbatim to the Stanza trainers)
# ---------------------------------------------------------------------------
# the parser's architecture, shared by both parser stages
PARSER_ARCH = {
    "--hidden_dim": 200, "--char_hidden_dim": 100, "--char_emb_dim": 50,
    "--deep_biaff_hidden_dim": 100,
    "--word_emb_dim": 75, "--word_cutoff": 3, "--num_layers": 3,
}

HYPERPARAMETERS = {
    "tokenize": {
        # default architecture: emb 32, hidden 64, conv filters 1,9, 1 RNN layer
        "--steps": 6000, "--eval_steps": 500, "--max_steps_before_stop": 6000,
        "--batch_size": 32, "--seed": SEED,
    },
    "mwt": {
        # small seq2seq + dictionary ensemble (EWT/GUM split "don't", "it's", ...)
        "--num_epoch": 10, "--decay_epoch": 5, "--hidden_dim": 100, "--emb_dim": 50,
        "--seed": SEED,
    },
    "pos": {
        "--share_hid": True, "--hidden_dim": 128, "--char_hidden_dim": 100, "--char_emb_dim": 50,
        "--word_emb_dim": 75, "--word_cutoff": 3, "--batch_size": 100,
        "--max_steps": 8000, "--eval_interval": 500, "--fix_eval_interval": True,
        "--max_steps_before_stop": 2500, "--seed": SEED,
    },
    "lemma": {
        # the lemmatizer needs --pos_dim == --emb_dim
        "--num_epoch": 4, "--decay_epoch": 2, "--hidden_dim": 200, "--emb_dim": 50,
        "--pos_dim": 50, "--batch_size": 50, "--seed": SEED,
    },
    "depparse": {
        # trained on tags predicted by our own POS model (see stage depparse)
        **PARSER_ARCH,
        "--batch_size": 2500, "--max_steps": 6000, "--eval_interval": 400,
        "--checkpoint_interval": 200, "--max_steps_before_stop": 2000,
        "--second_optim_start_step": 1600, "--seed": SEED,
    },
    # third parser stage: continue from the depparse2 weights on data retagged by the pos2
    # tagger (the tagger the parser runs with)
    "depparse3": {
        **PARSER_ARCH,
        "--batch_size": 2500, "--max_steps": 4000, "--eval_interval": 400,
        "--checkpoint_interval": 200, "--max_steps_before_stop": 2000,
        "--optim": "adam", "--lr": 0.0002, "--no_second_optim": True, "--seed": SEED,
    },
    # second tagger stage: continue from the pos stage's weights (models/continue_pos.py),
    # a fresh Adam at a lower learning rate, no optimizer switch
    "pos2": {
        "--share_hid": True, "--hidden_dim": 128, "--char_hidden_dim": 100, "--char_emb_dim": 50,
        "--word_emb_dim": 75, "--word_cutoff": 3, "--batch_size": 100,
        "--max_steps": 5000, "--eval_interval": 500, "--fix_eval_interval": True,
        "--max_steps_before_stop": 2500, "--lr": 0.001, "--no_second_optim": True,
        "--seed": SEED,
    },
    # second parser stage: continue from the stage-1 weights (--continue_from, fresh
    # history) with Adam only, on data retagged by the final POS model.  Stanza does not
    # restore "second stage" on --resume, so a resumed run would switch optimizers again
    # with a zero learning-rate warm-up; a separate stage avoids that.
    "depparse2": {
        **PARSER_ARCH,
        "--batch_size": 2500, "--max_steps": 8000, "--eval_interval": 400,
        "--checkpoint_interval": 200, "--max_steps_before_stop": 2000,
        "--optim": "adam", "--lr": 0.0002, "--no_second_optim": True, "--seed": SEED,
    },
}

# model file names written by the Stanza trainers under <work_dir>/saved_models/<stage>/
MODEL_FILES = {
    "tokenize": "en_small_nocharlm_tokenizer.pt",
    "mwt": "en_small_mwt_expander.pt",
    "pos": "en_small_nopretrain_tagger.pt",
    "lemma": "en_small_nocharlm_lemmatizer.pt",
    "depparse": "en_small_nopretrain_parser.pt",
    "depparse2": "en_small_nopretrain_parser.pt",
    "pos2": "en_small_nopretrain_tagger.pt",
    "depparse3": "en_small_nopretrain_parser.pt",
}

STAGES = ["data", "tokenize", "mwt", "pos", "lemma", "depparse", "depparse2", "pos2",
          "depparse3", "export"]


def hp_args(stage):
    out = []
    for key, value in HYPERPARAMETERS[stage].items():
        if value is True:
            out.append(key)
        else:
            out.extend([key, str(value)])
    return out


def conllu_blocks(path):
    """The sentences of a CoNLL-U file, each a list of its lines without line ends."""
    with open(path, encoding="utf-8") as fin:
        block = []
        for line in fin:
            line = line.rstrip("\n")
            if line.strip():
                block.append(line)
            elif block:
                yield block
                block = []
        if block:
            yield block


def sent_id(block):
    for line in block:
        if line.startswith("# sent_id"):
            return line.split("=", 1)[1].strip()
    return ""


def build_data(args):
    """Write the combined treebank UD_English-Small into <work_dir>/ud/."""
    out_dir = os.path.join(args.work_dir, "ud", TREEBANK)
    os.makedirs(out_dir, exist_ok=True)
    stats = {}
    for split, sources in DATA_SELECTION.items():
        out_path = os.path.join(out_dir, f"{SHORT}-ud-{split}.conllu")
        counts = []
        with open(out_path, "w", encoding="utf-8") as fout:
            for tb, fname, genres in sources:
                n = 0
                by_genre = {}
                for block in conllu_blocks(os.path.join(args.ud_dir, tb, fname)):
                    if genres is not None:
                        sid = sent_id(block)
                        parts = sid.split("_")
                        genre = parts[1] if len(parts) > 2 and parts[0] == "GUM" else None
                        if genre not in genres:
                            continue
                        by_genre[genre] = by_genre.get(genre, 0) + 1
                    fout.write("\n".join(block) + "\n\n")
                    n += 1
                counts.append({"treebank": tb, "file": fname, "sentences": n,
                               "genres": genres, "by_genre": by_genre or None})
        stats[split] = counts
    with open(os.path.join(args.work_dir, "data_selection.json"), "w") as fout:
        json.dump(stats, fout, indent=2)
    print(json.dumps(stats, indent=2))


def env_for(args):
    env = dict(os.environ)
    env["UDBASE"] = os.path.join(args.work_dir, "ud")
    env["DATA_ROOT"] = os.path.join(args.work_dir, "data")
    env.setdefault("OMP_NUM_THREADS", "2")
    env["STANZA_RESOURCES_DIR"] = os.path.join(args.work_dir, "stanza_resources")
    return env


def run(args, module, *argv):
    cmd = [sys.executable, "-m", module] + [str(a) for a in argv]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=args.work_dir, env=env_for(args))


def model_path(args, stage):
    return os.path.join(args.work_dir, "saved_models", stage, MODEL_FILES[stage])


def train_stage(args, stage):
    path = model_path(args, stage)
    if args.resume and stage not in ("depparse", "depparse2", "depparse3"):
        raise SystemExit("--resume applies to the parser stages only")
    if args.resume:
        # continue from the trainer's own checkpoint (the parser saves one every
        # --checkpoint_interval steps); the data preparation is not repeated
        args.force = True
    if os.path.exists(path) and not args.force:
        print(f"{stage}: {path} exists, skipping (use --force to retrain)")
        return
    save_dir = os.path.join(args.work_dir, "saved_models", stage)
    force = ["--force"] if args.force else []
    if stage == "tokenize":
        run(args, "stanza.utils.datasets.prepare_tokenizer_treebank", TREEBANK)
        run(args, "stanza.utils.training.run_tokenizer", TREEBANK, "--no_charlm",
            "--save_dir", save_dir, *force, *hp_args(stage))
    elif stage == "mwt":
        run(args, "stanza.utils.datasets.prepare_mwt_treebank", TREEBANK)
        run(args, "stanza.utils.training.run_mwt", TREEBANK,
            "--save_dir", save_dir, *force, *hp_args(stage))
    elif stage == "pos":
        run(args, "stanza.utils.datasets.prepare_pos_treebank", TREEBANK)
        run(args, "stanza.utils.training.run_pos", TREEBANK, "--no_charlm", "--no_pretrain",
            "--save_dir", save_dir, *force, *hp_args(stage))
    elif stage == "pos2":
        first = model_path(args, "pos")
        if not os.path.exists(first):
            raise SystemExit(f"pos2 continues from the pos stage's model: {first}")
        os.environ["CONTINUE_POS_FROM"] = first
        run(args, "continue_pos", TREEBANK, "--no_charlm", "--no_pretrain",
            "--save_dir", save_dir, *force, *hp_args(stage))
    elif stage == "lemma":
        run(args, "stanza.utils.datasets.prepare_lemma_treebank", TREEBANK, "--gold",
            "--no_lemma_classifier")
        run(args, "stanza.utils.training.run_lemma", TREEBANK, "--no_charlm",
            "--save_dir", save_dir, *force, *hp_args(stage))
    elif stage == "depparse":
        pos_model = args.retag_pos_model or model_path(args, "pos")
        if not os.path.exists(pos_model):
            raise SystemExit(f"depparse needs the POS model first (stage pos): {pos_model}")
        # Stanza's depparse preparation with --predicted retags train/dev/test with the
        # given tagger.  Our tagger has no pretrained vectors:
        # prepare_depparse_nopretrain.py (next to
        # this script) runs Stanza's preparation with that one setting added.
        if not args.resume:
            run(args, "prepare_depparse_nopretrain", TREEBANK, "--predicted",
                "--tagger_model", pos_model, "--no_charlm")
        run(args, "stanza.utils.training.run_depparse", TREEBANK, "--no_charlm", "--no_pretrain",
            "--save_dir", save_dir, *force, *hp_args(stage))
    elif stage in ("depparse2", "depparse3"):
        # depparse2 continues stage 1 on data tagged by the pos tagger; depparse3 continues
        # depparse2 on data tagged by the pos2 tagger
        base, tagger = ("depparse", "pos") if stage == "depparse2" else ("depparse2", "pos2")
        first = model_path(args, base)
        if not os.path.exists(first):
            raise SystemExit(f"{stage} continues from the {base} stage's model: {first}")
        if not args.resume:
            run(args, "prepare_depparse_nopretrain", TREEBANK, "--predicted",
                "--tagger_model", model_path(args, tagger), "--no_charlm")
        cont = ["--continue_from", first]
        # continue_depparse.py (next to this script) is run_depparse with the data loader
        # reusing the continued model's vocabulary
        run(args, "continue_depparse", TREEBANK, "--no_charlm", "--no_pretrain",
            "--save_dir", save_dir, *force, *cont, *hp_args(stage))
    else:
        raise ValueError(stage)


def export(args):
    sys.path.insert(0, HERE)
    import export_models
    models = {s: model_path(args, s) for s in MODEL_FILES
              if s not in ("depparse2", "depparse3", "pos2")}
    # a later stage's model replaces the earlier one's
    for later, first in (("depparse2", "depparse"), ("depparse3", "depparse"), ("pos2", "pos")):
        if os.path.exists(model_path(args, later)):
            models[first] = model_path(args, later)
    export_models.export(models, args.out_dir,
                         data_selection=os.path.join(args.work_dir, "data_selection.json"))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stages", nargs="+", choices=[*STAGES, "all"])
    parser.add_argument("--ud_dir", default="../shared/data/ud",
                        help="folder holding UD_English-EWT/ and UD_English-GUM/")
    parser.add_argument("--work_dir", default="/tmp/en_ud_small_train",
                        help="scratch folder for prepared data and checkpoints")
    parser.add_argument("--out_dir", default=os.path.join(HERE, "..", "src", "attribution",
                                                           "models", "en_ud_small"))
    parser.add_argument("--force", action="store_true", help="retrain existing models")
    parser.add_argument("--resume", action="store_true",
                        help="depparse: resume from the last checkpoint (e.g. with more threads)")
    parser.add_argument("--retag_pos_model", default=None,
                        help="tagger used to retag the parser's data (default: the POS stage's "
                             "model).  The shipped parser was trained on tags from the POS "
                             "model's step-1500 checkpoint (dev UPOS 91.9), copied aside while "
                             "the POS training went on.")
    args = parser.parse_args()
    args.ud_dir = os.path.abspath(args.ud_dir)
    args.work_dir = os.path.abspath(args.work_dir)
    args.out_dir = os.path.abspath(args.out_dir)
    os.makedirs(args.work_dir, exist_ok=True)
    # make prepare_depparse_nopretrain importable with cwd=work_dir
    os.environ["PYTHONPATH"] = HERE + os.pathsep + os.environ.get("PYTHONPATH", "")

    stages = STAGES if "all" in args.stages else args.stages
    for stage in STAGES:
        if stage not in stages:
            continue
        print("=== stage", stage, flush=True)
        if stage == "data":
            build_data(args)
        elif stage == "export":
            export(args)
        else:
            train_stage(args, stage)


if __name__ == "__main__":
    main()
