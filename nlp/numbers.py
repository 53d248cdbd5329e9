"""Numbers in text: figures with thousands separators, and number words as figures."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

# a figure with thousands separators and a decimal part ("1,206", "2.5"), never part of an address
# or version ("1.1.1.1", "3.8.0")
NUM = r"(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)(?![.,]?\d)"


def _number(text: str) -> float:
    return float(text.replace(",", ""))


# durations, clock spans and counts each read a sentence's figures: convert it once
@lru_cache(maxsize=8192)
def _words_to_digits(text: str) -> str:
    """Number words to figures ("thirteen-hour" -> "13 hour"), keeping ordinals of time."""
    spaced = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", text)
    try:
        out = alpha2digit(spaced, "en", threshold=0)
    except Exception:  # text2num raises on odd inputs; keep the text as it was
        return spaced
    out = re.sub(r"(\d+)\s+2nd\b", r"\1 second", out)
    # "half a million" -> "500000": text2num leaves "half a" before the figure it made
    return re.sub(r"\bhalf an?\s+(1000+)\b", lambda m: str(int(m.group(1)) // 2), out)


# "a little over three hours", "just under 900": a figure given roughly, not a bound
NEAR = re.compile(r"\b(?:a (?:little|bit|touch|shade)|just|slightly|only just|fractionally)\s+"
                  r"(?:over|under|more than|less than|above|below|short of)\s*(?:the\s+)?$", re.I)
