"""Documents in, claims out: runs the per-document pipeline and turns units into Claims."""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .records import Claim, Document, FailedInput
from .furniture import CHAT_PREFIX, DATELINE_LEAD


# a quoted reply's or a list item's marks before the sentence: "> Web was dead for me", "- X went down"
LEAD_MARKS = re.compile(r"^\s*(?:(?:>\s*)+|(?:[-*•]|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|\((?:[a-z]|[ivx]{1,4})\))\s+)(?=\S)")  # "- ", "3) ", "2.1  ", "(b)  "
# an FAQ's or interview's answer label: "A: Just under two hours."
ANSWER_LABEL = re.compile(r"^\s*[*_]*(?:A|Answer)[*_]*\s*:[*_]*\s+(?=\S)"
                          # a ticket's message label, as the JSONL reader writes it, cut from its stamp
                          r"|^\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}\s\([^()\n]{0,40}support agent\):\s+(?=\S)")


def claim_id(doc_id: str, start: int, end: int) -> str:
    digest = hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:10]
    return f"c-{digest}"


def claims_from_doc(doc: Doc, document: Document) -> list[Claim]:
    out: list[Claim] = []
    vendor = (doc._.voices_meta or {}).get("vendor")
    seen: set[str] = set()
    for unit in doc._.units or []:
        if not unit.is_claim or unit.voice is None:
            continue
        span = unit.span(doc)
        text = span.text
        lead = len(text) - len(text.lstrip())
        dateline = DATELINE_LEAD.match(text)
        if dateline and len(text) - dateline.end() > 20:
            lead = dateline.end()  # the claim is what follows "NASHVILLE, Tenn. — "
        chat = CHAT_PREFIX.match(text) or ANSWER_LABEL.match(text) or LEAD_MARKS.match(text)
        if chat:
            lead = chat.end()  # the message, not "[16/04/2025 14:37] 0xcrowley: ", an FAQ's "A: " or "> "
        start = span.start_char + lead
        end = span.start_char + len(text.rstrip())
        said = " ".join(document.text[start:end].split()).strip("\"“”' ").lower()
        if said in seen:
            continue  # a pull quote or a repeated caption says again what the article said once
        seen.add(said)
        s = unit.slots
        out.append(Claim(
            id=claim_id(document.doc_id, start, end),
            doc_id=document.doc_id,
            text=document.text[start:end],
            start=start,
            end=end,
            speaker=unit.voice.speaker,
            speaker_role=unit.voice.role,
            cue=unit.voice.cue,
            aspects=list(unit.aspects),
            hedged=bool(unit.hedge_cues),
            hedge_cues=list(unit.hedge_cues),
            negated=unit.negated,
            slots=copy.deepcopy(s),  # every field, and no list shared with the unit
            severity_words=list(unit.severity_words),
            vendor=vendor,
            features=dict(unit.features, paragraph=unit.paragraph),
        ))
    return out


def extract(pipeline: Language, documents: Iterable[Document], batch_size: int = 16,
            on_error: Callable[[FailedInput], None] | None = None) -> Iterator[tuple[Document, list[Claim]]]:
    """Stream ``(document, claims)`` pairs. Each Doc carries its Document on
    ``doc._.document`` so the stages can read front matter; parallelism lives one level up
    (``nlp.batch``), where each worker process owns a pipeline.

    With ``on_error``, a document the pipeline fails on is reported there (a ``FailedInput``
    naming its file) and the others go on: documents are piped in chunks of ``batch_size``,
    and a chunk that fails is run again one document at a time. Without it, the error
    propagates."""
    def make(document: Document) -> Doc:
        doc = pipeline.make_doc(document.text)
        doc._.document = document
        return doc

    stream = iter(documents)
    while chunk := list(islice(stream, batch_size)):
        try:
            processed = list(pipeline.pipe((make(d) for d in chunk), batch_size=batch_size))
        except Exception:
            if on_error is None:
                raise
            processed = []
            for document in chunk:
                try:
                    doc = make(document)
                    for _, proc in pipeline.pipeline:
                        doc = proc(doc)
                    processed.append(doc)
                except Exception as exc:  # report the file, keep the run going
                    on_error(FailedInput(document.path, f"processing failed: {type(exc).__name__}: {exc}"))
        for doc in processed:
            document = doc._.document
            claims = claims_from_doc(doc, document)
            doc._.units = None
            yield document, claims
