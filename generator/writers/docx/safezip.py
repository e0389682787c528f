"""Reading a zip archive someone else made, with bounded work: no zip bomb gets past it.

Before any member is read, the archive's own numbers are checked: the size of its
central directory, the number of entries, each entry's declared size and
compression ratio and their total.  Declared sizes can lie, so members are then
read in chunks and the same limits are applied to the bytes actually produced:
memory never holds more than the limits allow, whatever the archive says.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from io import BytesIO

from generator.record import Record

_END = b"PK\x05\x06"  # end of central directory record
_END_SIZE = 22
_CHUNK = 1 << 16
_MB = 1 << 20


class ZipRefused(ValueError):
    """Return why an archive is not read (its message says what is wrong, without the file's name)."""


class Limits(Record):
    """Return the most an archive may hold: entries, directory bytes, bytes per member and in all, compression ratio.

    The ratio applies to members that expand beyond ``ratio_floor`` bytes: a small
    part may compress very well (a run of spaces) without costing anything.
    """

    entries: int = 2000
    directory: int = 1 * _MB
    part: int = 64 * _MB
    total: int = 128 * _MB
    ratio: int = 100
    ratio_floor: int = 1 * _MB


def _megabytes(size: int) -> str:
    return f"{size / _MB:.0f} MB" if size >= _MB else f"{size} bytes"


def check_directory(blob: bytes, limits: Limits) -> None:
    """Refuse an archive whose end record announces too many entries or too large a directory (read before zipfile does)."""
    end = blob.rfind(_END, max(0, len(blob) - _END_SIZE - 0xFFFF))
    if end < 0 or len(blob) - end < _END_SIZE:
        raise ZipRefused("it is not a zip archive, or it is cut short (an old .doc, a password-protected file "
                         "or an incomplete copy?)")
    entries, directory = struct.unpack_from("<HI", blob, end + 10)
    if entries > limits.entries:
        raise ZipRefused(f"it holds {'65535 or more' if entries == 0xFFFF else entries} entries; "
                         f"at most {limits.entries} are read")
    if directory > limits.directory:
        raise ZipRefused(f"its zip directory is {_megabytes(directory)}; at most {_megabytes(limits.directory)} is read")


def check_declared(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse an archive whose entries declare too much: count, sizes, ratio, duplicates, encryption, methods."""
    if len(infos) > limits.entries:
        raise ZipRefused(f"it holds {len(infos)} entries; at most {limits.entries} are read")
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if name.lower() in seen:
            raise ZipRefused(f"it holds two entries named '{name}'")
        seen.add(name.lower())
        if info.flag_bits & 0x1:
            raise ZipRefused(f"its entry '{name}' is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ZipRefused(f"its entry '{name}' uses compression method {info.compress_type}; "
                             "only stored and deflated entries are read")
        _check_size(name, info.file_size, info.compress_size, limits)
    total = sum(info.file_size for info in infos)
    if total > limits.total:
        raise ZipRefused(f"it expands to {_megabytes(total)}; at most {_megabytes(limits.total)} is read")


def _check_size(name: str, size: int, compressed: int, limits: Limits) -> None:
    """Refuse a member that expands beyond the per-part limit or by more than the allowed ratio."""
    if size > limits.ratio_floor and size > limits.ratio * max(compressed, 1):
        raise ZipRefused(f"its entry '{name}' expands {size // max(compressed, 1)} times "
                         f"({_megabytes(compressed)} to {_megabytes(size)}): a zip bomb? At most {limits.ratio} times "
                         "is read")
    if size > limits.part:
        raise ZipRefused(f"its entry '{name}' expands to {_megabytes(size)}; at most {_megabytes(limits.part)} "
                         "is read per entry")


def read_zip(blob: bytes, limits: Limits = Limits()) -> dict[str, bytes]:
    """Return every member of a zip archive by name, in the archive's order, or raise `ZipRefused`."""
    check_directory(blob, limits)
    try:
        archive = zipfile.ZipFile(BytesIO(blob))
        infos = archive.infolist()
        check_declared(infos, limits)
        members: dict[str, bytes] = {}
        budget = limits.total
        for info in infos:
            if not info.is_dir():
                members[info.filename] = _read_member(archive, info, limits, budget)
                budget -= len(members[info.filename])
        return members
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OverflowError) as exc:
        raise ZipRefused(f"it is a damaged zip archive ({exc})") from None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: int) -> bytes:
    """Return one member's bytes, read in chunks and refused as soon as they pass a limit (declared sizes may lie)."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > info.file_size:
                raise ZipRefused(f"its entry '{info.filename}' holds more than the {info.file_size} bytes it declares")
            if size > budget:
                raise ZipRefused(f"it expands beyond {_megabytes(limits.total)}; at most that is read")
            _check_size(info.filename, size, info.compress_size, limits)
            chunks.append(chunk)
    return b"".join(chunks)
