"""Stanza's POS training wrapper, continuing from a trained tagger's weights.

Stanza's tagger trainer has no ``--continue_from``.  With ``CONTINUE_POS_FROM=MODEL`` in the
environment, this wrapper builds the trainer exactly as Stanza does (same data, so the same
vocabulary) and then loads MODEL's weights into it before the first step; the optimizer
starts afresh with the learning rate given on the command line.  Everything else is
Stanza's own code.  Used by models/train.py (stage pos2).
"""

import os

import stanza.models.tagger as tagger
import torch
from stanza.utils.training import run_pos

_Trainer = tagger.Trainer


def _trainer(*args, **kwargs):
    trainer = _Trainer(*args, **kwargs)
    source = os.environ.get("CONTINUE_POS_FROM")
    if source and kwargs.get("model_file") is None:
        state = torch.load(source, map_location="cpu", weights_only=False)["model"]
        missing, unexpected = trainer.model.load_state_dict(state, strict=False)
        if unexpected or any(not k.startswith("pretrained") for k in missing):
            raise SystemExit(f"{source} does not fit this tagger: missing {missing}, "
                             f"unexpected {unexpected}")
        print(f"continuing from {source}", flush=True)
    return trainer


tagger.Trainer = _trainer

if __name__ == "__main__":
    run_pos.main()
