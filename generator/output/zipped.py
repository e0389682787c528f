"""Zip archives written byte for byte the same every time: fixed dates, members in the order given (Word files, pack downloads)."""

from __future__ import annotations

import struct
import zlib

from generator.record import Record

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest a zip can say: no clock in the output


class Entry(Record):
    """Return one zip member, compressed: its name, CRC, size and deflated bytes."""

    name: str
    crc: int
    size: int
    data: bytes


def deflate(name: str, data: bytes) -> Entry:
    """Return a zip member for ``data``, compressed."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Entry(name, zlib.crc32(data), len(data), packer.compress(data) + packer.flush())


def write_zip(entries: list[Entry], mode: int = 0o600) -> bytes:
    """Return a zip archive of the entries, in order, every entry dated 1980-01-01 (deterministic).

    ``mode`` is the Unix permission each entry is unpacked with.
    """
    out, central, offset = [], [], 0
    for e in entries:
        name = e.name.encode("utf-8")
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, _DOS_DATE, e.crc, len(e.data), e.size,
                            len(name), 0) + name
        out += [local, e.data]
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x314, 20, 0x800, 8, 0, _DOS_DATE, e.crc,
                                   len(e.data), e.size, len(name), 0, 0, 0, 0, mode << 16, offset) + name)
        offset += len(local) + len(e.data)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    return b"".join(out) + directory + end
