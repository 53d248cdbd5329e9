"""Sections of a document by the company their heading opens with. Pure text functions,
shared by the voices stage (whose company a section's "the company" is) and the incidents
stage (another company's incident told under its own heading)."""

from __future__ import annotations

import re

HEADING = re.compile(r"^(#{2,6})\s+(.+?)\s*$", re.M)


def section_companies(text: str, marked: list[list[int]] | None = None) -> list[tuple[int, str | None]]:
    """``(offset, company)`` for each section heading (level two and below): a Markdown
    heading, or a line the source marked up as one (``marked``: ``[offset, level]``, an HTML
    page's ``<h2>``); the company a heading opens with ("## The Co-op: group technology chief"
    -> "Co-op"), or None for a heading that names none ("## Our take"). A deeper heading
    without a company stays in its parent's section."""
    out: list[tuple[int, str | None]] = []
    stack: list[tuple[int, str | None]] = []
    found = [(m.start(), len(m.group(1)), m.group(2)) for m in HEADING.finditer(text)]
    for start, level in marked or []:
        end = text.find("\n", start)
        found.append((start, level, text[start:end if end >= 0 else len(text)].strip()))
    for start, level, heading in sorted(found):
        chunk = re.split(r"\s*(?::|\s[—–|-]\s)", heading.strip("*_ "), maxsplit=1)[0]
        chunk = re.sub(r"^(?:the|a|an)\s+", "", chunk, flags=re.I)
        words = chunk.split()
        name = chunk if words and len(words) <= 5 and all(w[:1].isupper() or w in ("&", "and", "of") for w in words) \
            and ":" in heading else None
        rest = heading.split(":", 1)[1] if ":" in heading else ""
        # (quotation marks, not an apostrophe: "Cloudflare: the company's worst outage" is its section)
        if name and re.search(r"[\"“”]|(?:^|\s)['‘]|\b(?:we|our|us|says?|said)\b", rest, re.I):
            # "Paystream: our systems "operated normally throughout"", in a live blog about a
            # retailer's outage: a voice's line on the incident, not that voice's own incident
            name = None
        if name and (len(re.findall(rf"\b{re.escape(name)}\b", text)) < 2 or len(words) == 1 and re.search(
                rf"(?i)\b(?:the|a|an|its|our|their|this|that)\s+(?-i:{re.escape(name.lower())})\b", text)):
            # "Supplier: 'Our platform was not compromised'": a common noun, which the text writes
            # "the supplier" or names nowhere else; a company's section names it in its text too
            name = None
        while stack and stack[-1][0] >= level:
            stack.pop()
        if name is None and stack:
            name = stack[-1][1]
        stack.append((level, name))
        out.append((start, name))
    return out
