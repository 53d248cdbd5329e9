"""Scoring the claims and voices stages against a gold-annotated corpus.

A predicted claim matches a gold claim of the same document when their character spans
overlap by at least half of the shorter one. Voice scores are over matched gold claims:
role accuracy, and canonical speaker accuracy (case-insensitive, after ``clean_name``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from . import corpus as corpus_mod
from .metrics import prf_counts
from .records import ASPECTS, Claim
from .voices.names import clean_name, initials


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claims(gold: list[corpus_mod.GoldClaim], predicted: list[Claim]
                 ) -> list[tuple[corpus_mod.GoldClaim, Claim | None]]:
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in predicted:
        by_doc[c.doc_id].append(c)
    pairs = []
    for g in gold:
        best, best_overlap = None, 0
        for c in by_doc.get(g.doc, []):
            ov = _overlap((g.start, g.end), (c.start, c.end))
            if ov > best_overlap:
                best, best_overlap = c, ov
        if best is not None and best_overlap * 2 >= min(g.end - g.start, best.end - best.start):
            pairs.append((g, best))
        else:
            pairs.append((g, None))
    return pairs


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold == predicted
    g, p = clean_name(gold), clean_name(predicted)
    if g.casefold() == p.casefold():
        return True
    # the merge rules of nlp.voices: an initialism and the name it abbreviates are one voice
    # ("ICO", "Information Commissioner's Office"), and so are a name and its word-wise
    # extension ("Nimbus", "Nimbus Hosting")
    if (g.isupper() and initials(p) == g) or (p.isupper() and initials(g) == p):
        return True
    gw, pw = g.casefold().split(), p.casefold().split()
    short, long_ = (gw, pw) if len(gw) <= len(pw) else (pw, gw)
    return len(short) >= 1 and long_[:len(short)] == short and short[0][:1].isalpha()


def score_claims(gold: list[corpus_mod.GoldClaim], predicted: list[Claim]) -> dict:
    pairs = match_claims(gold, predicted)
    matched = [(g, c) for g, c in pairs if c is not None]
    matched_ids = {c.id for _, c in matched}
    gold_docs = {g.doc for g in gold}
    pred_in_docs = [c for c in predicted if c.doc_id in gold_docs]
    n = len(matched) or 1
    role_ok = sum(g.role == c.speaker_role for g, c in matched)
    speaker_ok = sum(same_speaker(g.speaker, c.speaker) for g, c in matched)
    scores: dict = {
        "gold_claims": len(gold),
        "predicted_claims": len(pred_in_docs),
        "claim_detection": {
            "precision": round(len(matched_ids) / max(1, len(pred_in_docs)), 3),
            "recall": round(len(matched) / max(1, len(gold)), 3),
        },
        "speaker_role_accuracy": round(role_ok / n, 3),
        "canonical_speaker_accuracy": round(speaker_ok / n, 3),
        "hedged_accuracy": round(sum(g.hedged == c.hedged for g, c in matched) / n, 3),
        "negated_accuracy": round(sum(g.negated == c.negated for g, c in matched) / n, 3),
    }
    per_aspect = {}
    tp_all = fp_all = fn_all = 0
    for aspect in ASPECTS:
        tp = sum(aspect in g.aspects and aspect in c.aspects for g, c in matched)
        fp = sum(aspect not in g.aspects and aspect in c.aspects for g, c in matched)
        fn = sum(aspect in g.aspects and aspect not in c.aspects for g, c in matched)
        per_aspect[aspect] = prf_counts(tp, fp, fn)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    scores["aspects"] = {"micro": prf_counts(tp_all, fp_all, fn_all), **per_aspect}
    for slot in ("duration_minutes", "count"):
        with_gold = [(g, c) for g, c in matched if g.slots.get(slot) is not None]
        ok = sum(getattr(c.slots, slot) is not None and abs(float(getattr(c.slots, slot)) - float(g.slots[slot])) < 1e-6 for g, c in with_gold)
        scores[f"slot_{slot}_accuracy"] = {"accuracy": round(ok / max(1, len(with_gold)), 3), "support": len(with_gold)}
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g, c in matched:
        confusion[g.role][c.speaker_role] += 1
    scores["role_confusion"] = {k: dict(v) for k, v in confusion.items()}
    scores["speaker_errors"] = [
        {"doc": g.doc, "text": g.text[:100], "gold": f"{g.speaker} ({g.role})", "predicted": f"{c.speaker} ({c.speaker_role})"}
        for g, c in matched if not (same_speaker(g.speaker, c.speaker) and g.role == c.speaker_role)
    ]
    return scores


def score_corpus(root: str | Path) -> dict:
    from .run import extract_claims

    root = Path(root)
    gold = corpus_mod.load(root)
    from .errors import ModelError
    try:
        result = extract_claims([root / "docs"])
    except ModelError:
        result = extract_claims([root / "docs"], blame="rules")
    scores = score_claims(gold.claims, result.claims)
    scores["corpus"] = str(root)
    scores["documents"] = len(result.documents)
    return scores


def format_scores(scores: dict, errors: int = 25) -> str:
    lines = [f"corpus: {scores.get('corpus')}  documents: {scores.get('documents')}  gold claims: {scores['gold_claims']}  predicted: {scores['predicted_claims']}",
             f"claim detection    precision {scores['claim_detection']['precision']:.3f}  recall {scores['claim_detection']['recall']:.3f}",
             f"speaker role       accuracy {scores['speaker_role_accuracy']:.3f}",
             f"canonical speaker  accuracy {scores['canonical_speaker_accuracy']:.3f}",
             f"hedged             accuracy {scores['hedged_accuracy']:.3f}",
             f"negated            accuracy {scores['negated_accuracy']:.3f}",
             f"duration slot      accuracy {scores['slot_duration_minutes_accuracy']['accuracy']:.3f} (n={scores['slot_duration_minutes_accuracy']['support']})",
             f"count slot         accuracy {scores['slot_count_accuracy']['accuracy']:.3f} (n={scores['slot_count_accuracy']['support']})",
             "aspects (P / R / F1):"]
    for name, prf in scores["aspects"].items():
        lines.append(f"  {name:<12} {prf['precision']:.3f} / {prf['recall']:.3f} / {prf['f1']:.3f}  (n={prf['support']})")
    lines.append("role confusion (gold -> predicted): " + "; ".join(f"{g}: {dict(p)}" for g, p in scores["role_confusion"].items()))
    if scores["speaker_errors"] and errors:
        lines.append(f"first {min(errors, len(scores['speaker_errors']))} of {len(scores['speaker_errors'])} voice errors:")
        for e in scores["speaker_errors"][:errors]:
            lines.append(f"  {e['doc']}: gold {e['gold']} / predicted {e['predicted']} :: {e['text']}")
    return "\n".join(lines) + "\n"
