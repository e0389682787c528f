"""A questionnaire file's text: within the size limit, UTF-8 (a BOM allowed), never UTF-16 or binary."""

from __future__ import annotations

import os
from pathlib import Path

from generator.diagnostics import Mark
from generator.questionnaire.yaml_problems import LoadAbort, offset_mark

DEFAULT_MAX_BYTES = 1_000_000


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return a questionnaire file's text, refusing files that are too big, binary or not UTF-8."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise LoadAbort(f"cannot read the file: {exc.strerror or exc}", Mark()) from None
    if path.is_dir():
        raise LoadAbort("this is a folder, not a questionnaire file", Mark())
    if size > max_bytes:
        raise LoadAbort(
            f"the file is {size:,} bytes; questionnaires are limited to {max_bytes:,} bytes "
            "(use --max-size to raise the limit)",
            Mark(),
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadAbort(f"cannot read the file: {exc.strerror or exc}", Mark()) from None
    return decode(data, max_bytes)


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return UTF-8 text from bytes, or raise a load error that says what is wrong."""
    if len(data) > max_bytes:
        raise LoadAbort(f"the file is over {max_bytes:,} bytes, the limit for a questionnaire (use --max-size to raise it)", Mark())
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadAbort("the file is saved as UTF-16; save it as UTF-8 instead", Mark())
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise LoadAbort("this is a binary file (it holds NUL bytes), not a YAML questionnaire", offset_mark(data, nul))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise LoadAbort(
            f"the file is not UTF-8 text (byte 0x{bad:02X} cannot be read); save it with UTF-8 encoding",
            offset_mark(data, exc.start),
        ) from None
