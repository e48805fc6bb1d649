"""Stanza's depparse training wrapper, continuing from a model with that model's vocabulary.

``run_depparse ... --continue_from MODEL`` loads MODEL's weights, but Stanza builds the
data vocabulary afresh from the training file.  When the training data was retagged by a
different tagger (new XPOS or feature combinations), the fresh vocabulary's indexes run past
MODEL's embedding tables.  This wrapper makes the training data loader reuse MODEL's own
vocabulary (unseen tags map to <UNK>); everything else is Stanza's own code.  Used by
models/train.py (stage depparse2).
"""


import stanza.models.parser as parser
import torch
from stanza.models.pos.vocab import MultiVocab
from stanza.utils.training import run_depparse

_Loader = parser.DataLoader
_vocab_cache = {}


def _model_vocab(path):
    if path not in _vocab_cache:
        checkpoint = torch.load(path, map_location="cpu", weights_only=False)
        _vocab_cache[path] = MultiVocab.load_state_dict(checkpoint["vocab"])
    return _vocab_cache[path]


def _loader(doc, batch_size, args, pretrain, vocab=None, *rest, **kwargs):
    if vocab is None and args.get("continue_from"):
        vocab = _model_vocab(args["continue_from"])
    return _Loader(doc, batch_size, args, pretrain, vocab, *rest, **kwargs)


parser.DataLoader = _loader

if __name__ == "__main__":
    run_depparse.main()
