"""Direct-quotation regions in a text, by character offsets.

Rules (as newspapers write them):
- curly quotes open with “ and close with ”; straight quotes " alternate;
- a quotation left open at the end of a paragraph continues into the next paragraph (the
  convention for quotes spanning paragraphs, with or without a fresh opening mark), until it
  closes; if it never closes within ``MAX_PARAGRAPHS`` paragraphs it ends with its own
  paragraph;
- single quotes are not treated as speech: in news copy they mark scare quotes and headlines.
"""

from __future__ import annotations

import re

MAX_PARAGRAPHS = 8
OPEN, CLOSE, BOTH = "“", "”", '"'


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of non-blank lines (one paragraph a line, as ingest produces)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def quote_regions(text: str) -> list[tuple[int, int]]:
    paras = paragraphs(text)
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    open_para = 0
    for pi, (ps, pe) in enumerate(paras):
        if open_at is not None and pi - open_para > MAX_PARAGRAPHS:
            regions.append((open_at, paras[open_para][1]))  # never closed: end with its paragraph
            open_at = None
        first_mark = True
        for m in re.finditer(r"[“”\"]", text[ps:pe]):
            ch, pos = m.group(), ps + m.start()
            at_para_start = not text[ps:pos].strip()
            if open_at is None:
                if ch != CLOSE:
                    open_at, open_para = pos, pi
            elif ch == OPEN or (ch == BOTH and first_mark and at_para_start and pi > open_para):
                pass  # re-opening mark of a continued quotation
            else:
                regions.append((open_at, pos + 1))
                open_at = None
            first_mark = False
    if open_at is not None:
        regions.append((open_at, paras[open_para][1]))
    return regions


def inside_share(regions: list[tuple[int, int]], start: int, end: int) -> float:
    """Share of the characters in [start, end) that lie inside quotation regions."""
    if end <= start:
        return 0.0
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in regions)
    return covered / (end - start)
