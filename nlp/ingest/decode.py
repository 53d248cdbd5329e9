"""Bytes to text: size limit, binary detection, encoding detection (charset-normalizer)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import IngestError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_hash(path: str | Path) -> str:
    """sha256 of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def decode_bytes(data: bytes, path: str | Path) -> str:
    if not data.strip():
        raise IngestError("file is empty", path)
    if b"\x00" in data[:8192] and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        raise IngestError("looks binary (contains NUL bytes), not a text document", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError("cannot decode: not UTF-8 and no other text encoding fits", path)
    text = str(best)
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    if bad > max(3, len(text[:20000]) // 100):
        raise IngestError(f"cannot decode: too many control characters as {best.encoding}", path)
    return text


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})", path) from None
    if size > max_bytes:
        raise IngestError(f"file is {size:,} bytes, larger than the limit of {max_bytes:,} (--max-bytes)", path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot be read ({exc.strerror or exc})", path) from None
    return decode_bytes(data, path)
