#!/usr/bin/env python
"""Evaluate the shipped en_ud_small Stanza models with Stanza's own CoNLL-U scorer.

    OMP_NUM_THREADS=2 python models/evaluate.py --ud_dir ../shared/data/ud \
        [--model_dir src/attribution/models/en_ud_small] [--update_manifest] [--json out.json]

Reports, on UD_English-EWT test:
  * end to end from raw text (the standard UD conllu_to_text rendering of the test file):
    token F1, sentence F1, word F1, UPOS, LAS (plus lemma, UAS);
  * with gold tokenization and sentence splits (gold words given to tagger/lemmatizer/parser):
    UPOS, LAS (plus lemma, UAS);
and the same two views for the GUM test documents of genre ``news``.
Also measures the pipeline's speed (sentences/s, documents/s) with the torch threads given
by --threads (default 2).  The scorer is stanza.models.common.utils.ud_scores, i.e. the
CoNLL 2018 shared-task evaluation script as shipped with Stanza (udtools.udeval).
Never run in CI.
"""

import argparse
import json
import os
import tempfile
import time

from train import conllu_blocks, sent_id  # the scripts sit side by side in models/

HERE = os.path.dirname(os.path.abspath(__file__))
PROCESSORS = ["tokenize", "mwt", "pos", "lemma", "depparse"]


def load_pipeline(model_dir, pretokenized=False):
    import stanza
    res_dir = tempfile.mkdtemp(prefix="stanza_res_")
    with open(os.path.join(res_dir, "resources.json"), "w") as fout:
        fout.write("{}")
    kwargs = {p + "_model_path": os.path.join(model_dir, p + ".pt") for p in PROCESSORS}
    procs = PROCESSORS
    if pretokenized:
        procs = ["tokenize", "pos", "lemma", "depparse"]
        kwargs.pop("mwt_model_path")
        kwargs["tokenize_pretokenized"] = True
    return stanza.Pipeline("en", dir=res_dir, download_method=None, processors=",".join(procs),
                           logging_level="WARN", **kwargs)


def write_blocks(blocks, path):
    with open(path, "w", encoding="utf-8") as fout:
        for block in blocks:
            fout.write("\n".join(block) + "\n\n")


def is_word_line(line):
    return not line.startswith("#") and line.split("\t", 1)[0].isdigit()


def scores_of(gold_path, system_path, keys):
    from stanza.models.common.utils import ud_scores
    ev = ud_scores(gold_path, system_path)
    return {k: round(100 * ev[k].f1, 2) for k in keys}


def end_to_end(nlp, gold_path, tmp):
    from stanza.utils.datasets import conllu_to_text
    txt = os.path.join(tmp, "e2e.txt")
    conllu_to_text.convert_text(gold_path, txt)
    with open(txt, encoding="utf-8") as fin:
        text = fin.read()
    start = time.perf_counter()
    doc = nlp(text)
    elapsed = time.perf_counter() - start
    sys_path = os.path.join(tmp, "e2e.system.conllu")
    with open(sys_path, "w", encoding="utf-8") as fout:
        fout.write(f"{doc:C}\n\n")
    scores = scores_of(gold_path, sys_path,
                       ["Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS"])
    return scores, len(doc.sentences), elapsed


def gold_tokens(nlp_pretok, gold_path, tmp):
    blocks = list(conllu_blocks(gold_path))
    words = [[line.split("\t")[1] for line in b if is_word_line(line)] for b in blocks]
    start = time.perf_counter()
    doc = nlp_pretok(words)
    elapsed = time.perf_counter() - start
    assert len(doc.sentences) == len(blocks)
    out_blocks = []
    for block, sent in zip(blocks, doc.sentences, strict=False):
        pred = sent.words
        out, i = [], 0
        for line in block:
            if is_word_line(line):
                cols = line.split("\t")
                w = pred[i]
                assert w.text == cols[1], (w.text, cols[1])
                cols[2] = w.lemma or "_"
                cols[3] = w.upos or "_"
                cols[4] = w.xpos or "_"
                cols[5] = w.feats or "_"
                cols[6] = str(w.head)
                cols[7] = w.deprel or "_"
                cols[8] = "_"
                i += 1
                line = "\t".join(cols)
            out.append(line)
        out_blocks.append(out)
    sys_path = os.path.join(tmp, "gold_tok.system.conllu")
    write_blocks(out_blocks, sys_path)
    scores = scores_of(gold_path, sys_path, ["UPOS", "Lemmas", "UAS", "LAS"])
    return scores, len(blocks), elapsed


def speed_news(nlp, gold_path, tmp, repeats=1):
    """documents/s and sentences/s over GUM news test documents, one call per document"""
    from stanza.utils.datasets import conllu_to_text
    docs = {}
    for block in conllu_blocks(gold_path):
        sid = sent_id(block)
        docs.setdefault(sid.rsplit("-", 1)[0], []).append(block)
    texts = []
    for _name, blocks in sorted(docs.items()):
        p = os.path.join(tmp, "doc.conllu")
        write_blocks(blocks, p)
        conllu_to_text.convert_text(p, p + ".txt")
        with open(p + ".txt", encoding="utf-8") as fin:
            texts.append(fin.read())
    nlp(texts[0])  # warm-up
    n_sent = 0
    start = time.perf_counter()
    for _ in range(repeats):
        for t in texts:
            n_sent += len(nlp(t).sentences)
    elapsed = time.perf_counter() - start
    return {"documents": len(texts) * repeats, "sentences": n_sent, "seconds": round(elapsed, 2),
            "documents_per_s": round(len(texts) * repeats / elapsed, 2),
            "sentences_per_s": round(n_sent / elapsed, 1)}


def speed_article(nlp, path, repeats=10):
    """articles/s on one news article (the shared example), one call per article"""
    with open(path, encoding="utf-8") as fin:
        text = fin.read()
    n = len(nlp(text).sentences)  # warm-up
    start = time.perf_counter()
    for _ in range(repeats):
        nlp(text)
    elapsed = time.perf_counter() - start
    return {"file": os.path.basename(path), "characters": len(text), "sentences": n,
            "repeats": repeats, "articles_per_s": round(repeats / elapsed, 2),
            "sentences_per_s": round(repeats * n / elapsed, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud_dir", default=os.path.join(HERE, "..", "..", "shared", "data", "ud"))
    parser.add_argument("--model_dir", default=os.path.join(HERE, "..", "src", "attribution",
                                                             "models", "en_ud_small"))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", default=None, help="also write the results here")
    parser.add_argument("--update_manifest", action="store_true",
                        help="write the scores into <model_dir>/manifest.json")
    parser.add_argument("--skip_gum", action="store_true")
    parser.add_argument("--article", default=None,
                        help="a news article for the articles/s figure (default: "
                             "<ud_dir>/../examples/palmyra-reuters.txt if present)")
    args = parser.parse_args()

    import torch
    torch.set_num_threads(args.threads)
    model_dir = os.path.abspath(args.model_dir)
    ewt_test = os.path.join(args.ud_dir, "UD_English-EWT", "en_ewt-ud-test.conllu")
    gum_test = os.path.join(args.ud_dir, "UD_English-GUM", "en_gum-ud-test.conllu")

    nlp = load_pipeline(model_dir)
    nlp_pretok = load_pipeline(model_dir, pretokenized=True)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        s, n, t = end_to_end(nlp, ewt_test, tmp)
        results["ewt_test_end_to_end"] = s
        speed = {"ewt_test_end_to_end": {"sentences": n, "seconds": round(t, 2),
                                         "sentences_per_s": round(n / t, 1)}}
        print("EWT test, end to end from raw text:", json.dumps(s), flush=True)
        s, n, t = gold_tokens(nlp_pretok, ewt_test, tmp)
        results["ewt_test_gold_tokens"] = s
        speed["ewt_test_gold_tokens"] = {"sentences": n, "seconds": round(t, 2),
                                         "sentences_per_s": round(n / t, 1)}
        print("EWT test, gold tokenization:", json.dumps(s), flush=True)
        if not args.skip_gum:
            news = [b for b in conllu_blocks(gum_test) if sent_id(b).startswith("GUM_news_")]
            news_path = os.path.join(tmp, "gum_news_test.conllu")
            write_blocks(news, news_path)
            s1, _n1, _ = end_to_end(nlp, news_path, tmp)
            s2, _, _ = gold_tokens(nlp_pretok, news_path, tmp)
            results["gum_test_news"] = {"sentences": len(news), "end_to_end": s1,
                                        "gold_tokens": s2}
            print(f"GUM test news ({len(news)} sentences), end to end:", json.dumps(s1))
            print("GUM test news, gold tokenization:", json.dumps(s2), flush=True)
            speed["gum_test_news_per_document"] = speed_news(nlp, news_path, tmp, repeats=2)
    article = args.article or os.path.join(args.ud_dir, "..", "examples", "palmyra-reuters.txt")
    if os.path.exists(article):
        speed["news_article"] = speed_article(nlp, article)
    speed["torch_threads"] = args.threads
    results["speed"] = speed
    print("Speed:", json.dumps(speed, indent=1))
    if args.json:
        with open(args.json, "w") as fout:
            json.dump(results, fout, indent=2)
    if args.update_manifest:
        mpath = os.path.join(model_dir, "manifest.json")
        with open(mpath) as fin:
            manifest = json.load(fin)
        manifest["scores"] = {k: results[k] for k in
                              ("ewt_test_end_to_end", "ewt_test_gold_tokens", "gum_test_news")
                              if k in results}
        manifest["scores"]["scorer"] = "stanza.models.common.utils.ud_scores (CoNLL 2018 UD eval)"
        manifest["speed"] = speed
        with open(mpath, "w") as fout:
            json.dump(manifest, fout, indent=2)
            fout.write("\n")
        print("updated", mpath)


if __name__ == "__main__":
    main()
