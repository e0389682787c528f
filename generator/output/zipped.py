"""Zip archives written byte for byte the same every time: fixed dates, members in the order given (Word files, pack downloads)."""

from __future__ import annotations

import struct
import zlib

from generator.record import Record

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest a zip can say: no clock in the output


_STORED, _DEFLATED = 0, 8  # the zip format's compression methods
_PACKED_ALREADY = (".docx", ".xlsx", ".pptx", ".odt", ".zip", ".png", ".jpg", ".jpeg", ".pdf", ".gz")


class Entry(Record):
    """Return one zip member: its name, CRC, size and bytes as stored (deflated unless ``method`` says stored)."""

    name: str
    crc: int
    size: int
    data: bytes
    method: int = _DEFLATED


QUICK = 3  # the level for a member written once per file (a document's text): twice as fast as 6, about 15 % larger


def deflate(name: str, data: bytes, level: int = 6) -> Entry:
    """Return a zip member for ``data``, compressed at ``level`` (zlib's: 6 packs tight, `QUICK` fast)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Entry(name, zlib.crc32(data), len(data), packer.compress(data) + packer.flush())


def member(name: str, data: bytes) -> Entry:
    """Return a zip member for ``data``: stored as it is when its format is compressed already (a Word file, a PNG), else deflated.

    Deflating a Word file again saves about 5 % of its size for most of the time the archive takes.
    """
    if name.lower().endswith(_PACKED_ALREADY):
        return Entry(name, zlib.crc32(data), len(data), data, _STORED)
    return deflate(name, data)


def write_zip(entries: list[Entry], mode: int = 0o600) -> bytes:
    """Return a zip archive of the entries, in order, every entry dated 1980-01-01 (deterministic).

    ``mode`` is the Unix permission each entry is unpacked with.
    """
    out, central, offset = [], [], 0
    for e in entries:
        name = e.name.encode("utf-8")
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, e.method, 0, _DOS_DATE, e.crc, len(e.data), e.size,
                            len(name), 0) + name
        out += [local, e.data]
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x314, 20, 0x800, e.method, 0, _DOS_DATE, e.crc,
                                   len(e.data), e.size, len(name), 0, 0, 0, 0, mode << 16, offset) + name)
        offset += len(local) + len(e.data)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    return b"".join(out) + directory + end
