"""Hard-wrapped plain text back to one paragraph a line.

Mail, forum exports and many Markdown files break paragraphs at a fixed width (about 70-80
characters). The pipeline reads a line break as the end of a sentence, so wrapped text would
be cut mid-sentence ("Since Tuesday" / "I get kicked out of one machine ..."). Here a line is
joined to the one before it when the break is the kind a wrapping editor makes:
- the earlier line is so long that the next line's first word would not have fitted on it
  (the greedy wrapping test, with the widest line of its block of consecutive lines as the
  width, less a little slack when the line stops mid-sentence); lines laid out with runs of
  spaces, drawn as rules or heading a post do not set that width;
- both lines carry the same prefix (indentation or a "> " quotation marker; a list item, time
  stamp or "Speaker:" label may hang over deeper-indented continuations);
- the next line does not start something of its own (a list item, a heading, a table row, a
  post header, a time or date, a "Field:" line).
A text is unwrapped only when it looks wrapped: its prose lines (not a breadcrumb trail or a
page footer, which may be wider, nor a title or disclaimer on the first line) are at most
``MAX_WIDTH`` characters, and at least a third
of its line breaks between prose lines pass that test. Text written one paragraph a line, as
most articles and every HTML extraction are, comes back unchanged.

The joined text replaces each wrap point (the line break and the continuation's prefix) by a
single space, so offsets refer to the unwrapped text, as they refer to the text extracted
from HTML.
"""

from __future__ import annotations

import re

from .pages import HyphenJoiner

MAX_WIDTH = 100
MIN_PROSE_LINES = 4
PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*")
# what starts a line of its own: list items, headings, tables, rules, post markers, times and dates
# (a number opens a list item with its dot or bracket, or set apart by spaces: "21 November
# 2025 the Office wrote" wrapped onto a line is no item; "(a)  a timeline ..." is one)
OWN_LINE = re.compile(r"^(?:[-*+•▲△]\s|\d{1,3}(?:\.\d{1,3})+\.?\s|\d{1,3}[.)]\s|\d{1,3}\s{2,}|\((?:[a-z]|[ivx]{1,4})\)\s|#|\||[-=_*]{3}|```|\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}\b|"
                      r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:\d|[a-z]{3}\s+\d)|\[\d|"
                      r"(?-i:[A-Z])[\w'.-]*(?:\s[\w'.()-]+){0,3}:\s)", re.I)
# a breadcrumb trail or a bar of links: "Home > Industry News > Retail > ...", "Reply | Quote | Report"
TRAIL = re.compile(r"(?:\s[>›|»]\s.*){2,}")
BULLET = re.compile(r"^([-*+•]|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|\((?:[a-z]|[ivx]{1,4})\))\s+")  # "- ", "3. ", "2.1  ", "(b)  "
# a line that may carry a hanging indent under it: a list item, a time stamp, a "Speaker:" label
HANGS = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.)]\s|\d{1,3}(?:\.\d{1,3})+\.?\s|\((?:[a-z]|[ivx]{1,4})\)\s|\[[\d:]+\]|[\w'.() -]{1,30}:\s)")


def _content(line: str) -> tuple[str, str]:
    prefix = PREFIX.match(line).group(0)
    return prefix, line[len(prefix):]


def _continuation_prefix(prefix: str, content: str) -> str:
    """The prefix a wrapped continuation of this line carries: the same, or for a list item
    its hanging indent ("- item" continues under "  ")."""
    bullet = BULLET.match(content)
    return prefix + " " * len(bullet.group(0)) if bullet else prefix


def _wraps(prev: str, nxt: str, width: int) -> bool:
    prev_prefix, prev_content = _content(prev)
    next_prefix, next_content = _content(nxt)
    if not prev_content.strip() or not next_content.strip():
        return False
    expected = _continuation_prefix(prev_prefix, prev_content)
    hanging = not next_prefix.strip() and len(next_prefix) > len(prev_prefix) and HANGS.match(prev_content)
    # a numbered paragraph wrapped back to the margin, as pdftotext gives a decision or a report
    # ("1. This dispute is about ... given by an" / "automated assistant on ..."): no capital opens
    # its continuation
    flush = next_prefix == prev_prefix and BULLET.match(prev_content) is not None and not next_content[:1].isupper()
    if not hanging and not flush and (next_prefix.count(">") != expected.count(">") or abs(len(next_prefix) - len(expected)) > 1):
        return False
    if OWN_LINE.match(next_content) or prev_content.rstrip().endswith(":"):
        return False
    if _capitals(prev_content) or _capitals(next_content):
        return False  # a letterhead or heading in capitals ("NATIONAL ALLIANCE OF ..." over "Washington, DC")
    from ..furniture import post_header

    if (not hanging and post_header(nxt)) or post_header(prev):
        return False  # (a numbered paragraph's indented continuation, "     event on 05/03/2026.", is no post header)
    if HYPHEN_END.search(prev_content.rstrip()) and next_content[:1].islower():
        return True  # a word broken at the line end ("re-" / "moved") goes on on the next line
    first_word = next_content.split()[0]
    # (a little slack where the line stops mid-sentence: a hand-wrapped text's lines end a few
    # characters short of its widest)
    slack = 0 if re.search(r"[.!?:;\"”)]$", prev.rstrip()) else width // 16
    return len(prev.rstrip()) + 1 + len(first_word) > width - slack


# a line ending in a word broken by a hyphen: "... in our Frankfurt region (FRA1) re-"
HYPHEN_END = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)*)-$")


def _capitals(content: str) -> bool:
    letters = [ch for ch in content if ch.isalpha()]
    return len(content.split()) >= 2 and len(letters) >= 6 and all(ch.isupper() for ch in letters)


def _laid_out(line: str) -> bool:
    """A line set out with runs of spaces or as a rule, not wrapped prose: a right-aligned or
    centred page footer, a post's "Reply | Quote | Report          Likes: 14" bar, a "------"
    rule, a post header."""
    from ..furniture import post_header

    content = line.strip()
    return bool(re.search(r"\S {3,}\S", content)) or bool(re.fullmatch(r"[-=_*~.]{3,}", content)) \
        or bool(re.match(r"[ \t]{10,}\S", line)) or post_header(line) is not None


def _block_widths(lines: list[str], laid_out: list[bool]) -> list[int]:
    """For each line, the width of its block: the widest line among the consecutive non-blank
    lines around it (one text may be wrapped at a different width per quotation level or
    reply depth), leaving out lines laid out rather than wrapped (``laid_out``: rules, bars,
    footers) when the block has others."""
    widths = [0] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].strip():
            if i > start:
                block = range(start, i)
                prose = [k for k in block if not laid_out[k]] or list(block)
                width = max(len(lines[k].rstrip()) for k in prose)
                widths[start:i] = [width] * (i - start)
            start = i + 1
    return widths


def unwrap(text: str) -> str:
    """``text`` with wrapped paragraphs joined into lines, or unchanged when it is not wrapped."""
    lines = text.split("\n")
    laid_out = [_laid_out(line) for line in lines]  # read once: it parses post headers
    # (a breadcrumb or a right-aligned page footer may run past the width)
    # (a title or a disclaimer set on one long first line, over a wrapped letter, does not make it unwrapped text)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    prose = [len(line.rstrip()) for k, (line, laid) in enumerate(zip(lines, laid_out))
             if len(_content(line)[1].split()) >= 4 and not laid and not TRAIL.search(line) and k != first]
    if len(prose) < MIN_PROSE_LINES or max(prose) > MAX_WIDTH:
        return text
    widths = _block_widths(lines, laid_out)
    pairs = [k for k in range(len(lines) - 1)
             if len(_content(lines[k])[1].split()) >= 4 and _content(lines[k + 1])[1].strip()]
    joins = [k for k in pairs if _wraps(lines[k], lines[k + 1], widths[k])]
    if not pairs or len(joins) < len(pairs) / 3:
        return text
    joined = set(joins)
    joiner = HyphenJoiner(text)
    out = [lines[0]]
    for k in range(1, len(lines)):
        if k - 1 in joined:
            rest = _content(lines[k])[1].strip()
            broken = HYPHEN_END.search(out[-1].rstrip())
            if broken and rest[:1].islower():
                # "re-" / "moved" -> "removed"; "on-" / "call" -> "on-call" (``HyphenJoiner``)
                after = re.match(r"[a-z]+", rest).group(0)
                out[-1] = out[-1].rstrip()[:-1] + ("-" if joiner.keeps(broken.group(1), after) else "") + rest
            else:
                out[-1] = out[-1].rstrip() + " " + rest
        else:
            out.append(lines[k])
    return "\n".join(out)
