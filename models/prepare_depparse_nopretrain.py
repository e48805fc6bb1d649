"""Stanza's depparse data preparation, retagging with a tagger that has no pretrained vectors.

``python -m stanza.utils.datasets.prepare_depparse_treebank TREEBANK --predicted
--tagger_model FILE`` retags train/dev/test with FILE, but it always asks for the
language's default word-vector file, which a ``--no_pretrain`` tagger neither has nor
needs.  This wrapper runs exactly that module with the word-vector arguments replaced by
``--no_pretrain``; everything else is Stanza's own code.  Used by models/train.py.
"""

import stanza.utils.datasets.dataset_retagging as dataset_retagging
import stanza.utils.datasets.prepare_depparse_treebank as prepare_depparse_treebank

dataset_retagging.build_pos_wordvec_args = (
    lambda short_language, dataset, extra_args: ["--no_pretrain"]
)

if __name__ == "__main__":
    prepare_depparse_treebank.main()
