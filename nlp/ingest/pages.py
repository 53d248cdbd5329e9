"""Text extracted from a paginated document (a PDF run through pdftotext or copied from a
viewer) back to running text.

Such text carries the page's apparatus between its paragraphs: a running header and footer
repeated on every page ("ITRP-28A | Iberian System Incident ... - Summary of Findings",
"CONFIDENTIAL DRAFT"), page numbers ("Page 3 of 9", "- 4 -"), form feeds, and the
footnotes at the foot of each page under a short rule ("____" / "¹ 39 of the 41 ..."). A
sentence may run on from one page to the next, and words are hyphenated at line ends
("es-" / "tablish").

``depaginate`` is applied only to a text that shows it was paginated (a form feed, a page
number line such as "Page 3 of 9", or two such as "- 4 -"; a thread's "2/5" alone does not);
other texts come back unchanged. It then:
- drops page-number lines, and lines that repeat on two or more pages next to a page break
  (running headers and footers), keeping the first page's head, which is the letterhead;
- drops the footnotes under a footnote rule (they cite sources; the sentence they annotate
  keeps its mark);
- joins a paragraph that stops mid-sentence at a page break to its continuation on the next
  page;
- rejoins words hyphenated at a line end when the continuation starts in lower case, keeping
  the hyphen when the text writes the same word hyphenated elsewhere ("state-owned").

Offsets downstream refer to the text returned, as they do for unwrapped text.
"""

from __future__ import annotations

import re
from collections import Counter

PAGE_NUMBER = re.compile(r"(?i)^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*(?:of|/)\s*\d{1,4}"
                         r"|\d{1,4}\s*\|\s*page|p\.\s*\d{1,4}"
                         # a footer with the page number set apart at one end: "OCNR/NIS/2025/1187      Page 1 of 2"
                         r"|\S[^\n]{0,80}?\s{3,}page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s{3,}\S[^\n]{0,80}?)\s*$")
FOOTNOTE_RULE = re.compile(r"^\s*[_\-–—]{5,}\s*$")
FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]?\s(?=[A-Z]))\s*\S")
SUPERSCRIPT_NOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")
HYPHENATED = re.compile(r"[ \t]?(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)*)-\n([ \t]*)([a-z]+)")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


# what shows a text was paginated: a form feed, a "Page 3 (of 9)" line, or two "- 4 -" lines (a
# thread's "2/5" or "1 of 3" alone does not)
PAGE_WORD = re.compile(r"(?i)^\s*page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$")
PAGE_DASHED = re.compile(r"^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$")


def paginated(text: str) -> bool:
    lines = text.splitlines()
    return "\f" in text or any(PAGE_WORD.match(line) for line in lines) or sum(bool(PAGE_DASHED.match(line)) for line in lines) >= 2


def _shape(line: str) -> str:
    """A header's shape, page numbers and dates blurred: "Report - page 3" ~ "Report - page 4"."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def depaginate(text: str) -> str:
    if not paginated(text):
        return text
    lines = text.replace("\f", "\n\f\n").split("\n")
    breaks = [i for i, line in enumerate(lines) if line == "\f" or PAGE_NUMBER.match(line)]
    # lines near a page break (the last or first few non-blank lines of a page)
    near: set[int] = set()
    for b in breaks:
        for step in (-1, 1):
            i, seen = b + step, 0
            while 0 <= i < len(lines) and seen < 3:
                if lines[i].strip():
                    near.add(i)
                    seen += 1
                i += step
    # the first lines of the text are a page's head too
    seen = 0
    for i, line in enumerate(lines):
        if seen >= 3:
            break
        if line.strip():
            near.add(i)
            seen += 1
    shapes = Counter(_shape(lines[i]) for i in near if len(lines[i].strip()) <= 120)
    running = {s for s, n in shapes.items() if n >= 2}
    keep: list[str | None] = []
    in_notes = False
    kept_once: set[str] = set()
    for i, line in enumerate(lines):
        if line == "\f" or PAGE_NUMBER.match(line):
            in_notes = False
            keep.append(None)  # a page break
            continue
        if FOOTNOTE_RULE.match(line) and any(FOOTNOTE.match(x) for x in lines[i + 1:i + 3]):
            in_notes = True
            continue
        if in_notes:
            continue
        shape = _shape(line) if i in near else None
        if shape in running:
            if shape in kept_once or None in keep:
                continue  # a running header or footer repeated (the first page's head is its letterhead)
            kept_once.add(shape)
        if SUPERSCRIPT_NOTE.match(line):
            in_notes = True  # a note under its superscript number, the rule lost: to the next page break
            continue
        keep.append(line)
    # join a paragraph cut by a page break to its continuation
    out: list[str] = []
    pending_break = False
    for line in keep:
        if line is None:
            pending_break = True
            continue
        if pending_break and line.strip():
            last = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            if last is not None and not SENTENCE_END.search(out[last]) and line.lstrip()[:1].islower():
                del out[last + 1:]
                out[last] = out[last].rstrip() + "\n" + line.strip()
                pending_break = False
                continue
            pending_break = False
        out.append(line)
    joined = "\n".join(out)
    joined = re.sub(r"\n{3,}", "\n\n", joined)
    return joined.strip("\n") + "\n"


class HyphenJoiner:
    """Whether a word broken at a line end keeps its hyphen, judged by the text it is in: kept
    when the text writes the word hyphenated elsewhere ("state-owned"), dropped when it writes
    it whole ("September" beside "Sep-" / "tember"), else kept when both parts are words the
    text uses on their own ("on-" / "call"), and dropped otherwise ("geo-repli-" / "ca",
    "es-" / "tablish")."""

    def __init__(self, text: str):
        self.hyphenated = {m.group(0).lower() for m in re.finditer(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b", text)}
        self.words = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))

    def keeps(self, before: str, after: str) -> bool:
        last = before.split("-")[-1]
        if f"{before}-{after}".lower() in self.hyphenated or f"{last}-{after}".lower() in self.hyphenated:
            return True
        if self.words[f"{last}{after}".lower()]:
            return False
        # (each part also counts once as the fragment itself)
        return len(last) >= 2 and len(after) >= 3 and self.words[last.lower()] > 1 and self.words[after.lower()] > 1


def dehyphenate(text: str) -> str:
    """Words hyphenated at a line end rejoined where they stand (``HyphenJoiner``); the reader
    applies it to paginated text after ``unwrap``, which joins the wrapped lines it finds."""
    joiner = HyphenJoiner(text)

    def join(m: re.Match) -> str:
        # the word's start moves down to the line its end is on ("to es-" / "tablish the" ->
        # "to" / "establish the"), so the line break stays where a wrapping editor puts one
        before, after = m.group(1), m.group(3)
        return f"\n{m.group(2)}{before}{'-' if joiner.keeps(before, after) else ''}{after}"

    return HYPHENATED.sub(join, text)


# a congressional hearing's speaker, as the printed record sets it: "    The CHAIR. Thank you",
# "    Senator WELLBORN. Mr. Ashgrove, ...", "    Mr. ASHGROVE. Senator, ..." (an indented line,
# the surname in capitals, a full stop)
HEARING_LABEL = re.compile(r"(?m)^[ \t]{2,}(?P<who>The (?:CHAIR(?:MAN|WOMAN)?|PRESIDING OFFICER|CLERK)|"
                           r"(?:Mr|Ms|Mrs|Dr|Senator|Representative|Chairman|Chairwoman|Chair|Secretary|Governor)\.?"
                           r"[ \t]+[A-Z][A-Z'’-]+(?:[ \t]+(?:of|OF)[ \t]+[A-Z][a-zA-Z]+)?)\.[ \t]+(?=\S)")


def hearing_turns(text: str) -> str:
    """A hearing's printed record, its speakers set as "    Senator WELLBORN. ...": each speaker's
    words become a turn of their own, "SENATOR WELLBORN: ...", read as a transcript's turns are.
    Texts with fewer than three such labels are unchanged."""
    found = HEARING_LABEL.findall(text)
    if len(found) < 3 or len(set(found)) < 2:
        return text

    def label(m: re.Match) -> str:
        who = re.sub(r"\s+", " ", m.group("who")).upper()
        who = re.sub(r"^THE ", "", who)
        return f"\n{who}: "

    return HEARING_LABEL.sub(label, text)


# a broadcast script's sound bite under its lower-third caption: "SOT:\n[CG: MARIA OKONJO / Resident,
# Tacoma]\n"I called 911 ..."" (SOT, sound on tape; CG, the caption generator's name strap)
SOUND_BITE = re.compile(r"(?m)^[ \t]*(?:SOT|SOUNDBITE|SOUND BITE|BITE)[ \t]*:?[ \t]*\n[ \t]*\[(?:CG|LOWER THIRD|SUPER|L3)[ \t]*:[ \t]*"
                        r"(?P<name>[^/\]\n]{3,60}?)[ \t]*/[ \t]*(?P<title>[^\]\n]{2,120}?)[ \t]*\][ \t]*\n")


def sound_bites(text: str) -> str:
    """A broadcast script's sound bites, each under its caption's name and title, become turns
    labelled by the person: "Maria Okonjo (Resident, Tacoma): "I called 911 ..."", read as a
    transcript's turns are, the caption's title saying who they are."""
    def label(m: re.Match) -> str:
        name = m.group("name").strip()
        name = name.title() if name.isupper() else name
        return f"{name} ({m.group('title').strip()}): "

    return SOUND_BITE.sub(label, text)


# a parliament's official report ("Hansard", "House of Commons"): its speakers as it sets them,
# "The Exchequer Secretary to the Treasury (Ms Priya Kaur-Lindqvist): ..." (the office, then the
# member) and "Mr Tom Ashdown (Wealdfield) (Con) (Urgent Question): ..." (the member, the seat, the party)
PARLIAMENT_HEAD = re.compile(r"(?i)\b(?:hansard|house of commons|house of lords|house of representatives|d[áa]il [ée]ireann|"
                             r"legislative assembly|official report|parliamentary debates)\b")
_MEMBER = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness)\.?[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}"
OFFICE_LABEL = re.compile(rf"(?m)^(?P<office>The[ \t]+[A-Z][^()\n:]{{2,80}}?)[ \t]*\((?P<member>{_MEMBER})\):[ \t]+(?=\S)")
MEMBER_LABEL = re.compile(rf"(?m)^(?P<member>{_MEMBER})[ \t]*\((?P<seat>[^()\n]{{2,60}})\)(?:[ \t]*\((?P<party>[^()\n]{{1,20}})\))?"
                          r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]+(?=\S)")


def parliament_turns(text: str) -> str:
    """A parliament's official report, its speakers set as "The Exchequer Secretary to the
    Treasury (Ms Priya Kaur-Lindqvist):" and "Mr Tom Ashdown (Wealdfield) (Con):": each label
    becomes a member's turn with their office or seat, "Ms Priya Kaur-Lindqvist (Exchequer
    Secretary to the Treasury): ", "Mr Tom Ashdown (MP for Wealdfield, Con): ", read as a
    transcript's turns are. Other texts are unchanged."""
    if not PARLIAMENT_HEAD.search(text[:400]):
        return text
    text = MEMBER_LABEL.sub(lambda m: f"{m.group('member')} (MP for {m.group('seat').strip()}"
                                      + (f", {m.group('party')}" if m.group("party") else "") + "): ", text)
    return OFFICE_LABEL.sub(lambda m: f"{m.group('member')} ({m.group('office')[4:].strip()}): ", text)


# a captions file: WebVTT ("WEBVTT" then cues) or SubRip (numbered cues), each cue a timing line
# "00:00:04.200 --> 00:00:09.800" over its text; WebVTT names a cue's speaker with "<v Ruairí Tennant>"
CUE_TIMING = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}.*$")
CUE_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<who>[^>]{1,60})>")
CUE_TAG = re.compile(r"</?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[^>]*>")


def captions(text: str) -> str:
    """A captions file (WebVTT or SubRip) as the speech it carries: cue numbers, timings and the
    file's header dropped; a WebVTT "NOTE" kept as a line of its own (it says what the video is);
    the cues joined into paragraphs, a new one each time a "<v Name>" tag changes the speaker,
    which opens with the speaker's label ("Ruairí Tennant: Hi everyone ..."), read as a
    transcript's turns are. Other texts are unchanged."""
    lines = text.splitlines()
    vtt = bool(lines) and lines[0].lstrip("\ufeff").startswith("WEBVTT")
    if not vtt and sum(bool(CUE_TIMING.match(line)) for line in lines[:40]) < 3:
        return text
    out: list[str] = []
    current: list[str] = []
    speaker = None
    k = 1 if vtt else 0
    in_note = False
    while k < len(lines):
        line = lines[k].strip()
        k += 1
        if not line:
            in_note = False
            continue
        if vtt and (line.startswith("NOTE") or in_note):
            in_note = True
            note = line[4:].strip() if line.startswith("NOTE") else line
            if note:
                out.append(note)
            continue
        if vtt and re.match(r"(?i)^(?:kind|language|region|style)\s*:", line):
            continue
        if CUE_TIMING.match(line) or (re.fullmatch(r"\d{1,6}", line) and k < len(lines) and CUE_TIMING.match(lines[k])):
            continue
        voice = CUE_VOICE.search(line)
        if voice and voice.group("who").strip() != speaker:
            if current:
                out.append(" ".join(current))
            speaker, current = voice.group("who").strip(), [f"{voice.group('who').strip()}:"]
        words = CUE_TAG.sub("", line).strip()
        if words:
            current.append(words)
    if current:
        out.append(" ".join(current))
    return "\n\n".join(out) + "\n"
