"""Words per second of the claims pipeline against bare spaCy ``pipeline.pipe()`` of the
same model on the same documents, in one process, model loading excluded.

    .venv/bin/python benchmarks/claims_speed.py [--words 60000] [--repeat 2]

Prints both rates and the ratio (ours / spaCy's); the acceptance target is >= 0.67.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Timer, corpus_documents, record  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=60000)
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each; the best counts")
    args = parser.parse_args()

    from nlp.extract import extract
    from nlp.pipeline import build_pipeline, load_base_model
    from nlp.voices.merge import unify_speakers

    docs, words = corpus_documents(args.words)
    texts = [d.text for d in docs]
    bare = load_base_model()
    ours = build_pipeline(load_base_model())
    # warm up both (first-call costs: lingua models, dateparser, lazy tables)
    list(bare.pipe(texts[:20]))
    list(extract(ours, docs[:20]))

    bare_times, our_times = [], []
    for _ in range(args.repeat):
        with Timer() as t:
            for _doc in bare.pipe(texts, batch_size=16):
                pass
        bare_times.append(t.seconds)
        with Timer() as t:
            claims = []
            for _d, cs in extract(ours, docs, batch_size=16):
                claims.extend(cs)
            unify_speakers(claims)
        our_times.append(t.seconds)
    bare_rate, our_rate = words / min(bare_times), words / min(our_times)
    ratio = our_rate / bare_rate
    # the whole claims command adds the trained classifiers (MiniLM embeddings of every claim)
    from nlp.blame import annotate_blame, load_models
    from nlp.blame.embed import shared_embedder
    load_models()
    annotate_blame(claims[:50])
    shared_embedder().cache.clear()
    with Timer() as t:
        full = []
        for _d, cs in extract(ours, docs, batch_size=16):
            full.extend(cs)
        unify_speakers(full)
        annotate_blame(full)
    full_rate = words / t.seconds
    print(f"documents {len(docs)}  words {words}  claims {len(claims)}")
    print(f"bare spaCy pipe : {bare_rate:,.0f} words/s")
    print(f"claims pipeline : {our_rate:,.0f} words/s")
    print(f"ratio (ours / spaCy) : {ratio:.3f}")
    print(f"with classifiers : {full_rate:,.0f} words/s, ratio {full_rate / bare_rate:.3f}")
    path = record("claims_speed", {"documents": len(docs), "words": words, "claims": len(claims),
                                   "bare_words_per_s": round(bare_rate), "claims_words_per_s": round(our_rate),
                                   "ratio": round(ratio, 3), "with_classifiers_words_per_s": round(full_rate),
                                   "with_classifiers_ratio": round(full_rate / bare_rate, 3)})
    print(f"recorded in {path}")


if __name__ == "__main__":
    main()
