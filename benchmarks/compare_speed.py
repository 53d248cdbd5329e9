"""``compare`` against ``claims`` on the same corpus, in one process (models loaded first,
embedding cache cleared before each run so neither reuses the other's work).

    .venv/bin/python benchmarks/compare_speed.py [--corpus corpora/incidents/docs]

Prints both times and the ratio compare / claims (the target is under 2).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, record  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(ROOT / "corpora" / "incidents" / "docs"))
    args = parser.parse_args()
    from nlp.blame import load_models
    from nlp.blame.embed import shared_embedder
    from nlp.compare import compare
    from nlp.pipeline import shared_pipeline
    from nlp.run import extract_claims

    shared_pipeline()
    load_models()
    extract_claims([ROOT / "corpora" / "samples"])  # warm up every lazy table
    shared_embedder().cache.clear()
    start = time.perf_counter()
    claims = extract_claims([args.corpus])
    claims_s = time.perf_counter() - start
    shared_embedder().cache.clear()
    start = time.perf_counter()
    report = compare([args.corpus])
    compare_s = time.perf_counter() - start
    ratio = compare_s / claims_s
    print(f"documents {len(claims.documents)}  claims {len(claims.claims)}  incidents {len(report.incidents)}  contradictions {len(report.contradictions)}")
    print(f"claims  : {claims_s:.1f} s")
    print(f"compare : {compare_s:.1f} s")
    print(f"ratio compare / claims : {ratio:.3f}")
    print(f"recorded in {record('compare_speed', {'documents': len(claims.documents), 'claims_s': round(claims_s, 2), 'compare_s': round(compare_s, 2), 'ratio': round(ratio, 3)})}")


if __name__ == "__main__":
    main()
