"""Bounded unzipping: zip bombs, lying headers and absurd archives are refused quickly, in little memory."""

from __future__ import annotations

import io
import os
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Callable

import pytest

import generator.writers.docx.safezip as safezip
from generator.errors import ReferenceDocxError
from generator.writers.docx.base import prepare
from generator.writers.docx.reference import read_reference
from generator.writers.docx.safezip import Limits, ZipRefused, read_zip
from tests.support.docx import company_document, members

MB = 1 << 20
BOMB = 200 * MB


def zip_of(parts: dict[str, bytes], bomb: str = "", bomb_size: int = BOMB) -> bytes:
    """Return a zip of ``parts`` plus, when named, a member of ``bomb_size`` zeros written in chunks (never held whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        if bomb:
            with archive.open(bomb, "w", force_zip64=False) as stream:
                zeros = bytes(MB)
                for _ in range(bomb_size // MB):
                    stream.write(zeros)
    return out.getvalue()


def lie(blob: bytes, name: str, size: int | None = None, compressed: int | None = None, flags: int | None = None,
        method: int | None = None) -> bytes:
    """Return the archive with one entry's central directory record (and local header) saying something else."""
    data = bytearray(blob)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_length] == name.encode():
            break
        central = data.find(b"PK\x01\x02", central + 4)
    assert central >= 0, f"test setup: no entry {name}"
    local = struct.unpack_from("<I", data, central + 42)[0]
    for offset, local_offset, value, fmt in ((24, 22, size, "<I"), (20, 18, compressed, "<I"),
                                             (8, 6, flags, "<H"), (10, 8, method, "<H")):
        if value is not None:
            struct.pack_into(fmt, data, central + offset, value)
            struct.pack_into(fmt, data, local + local_offset, value)
    return bytes(data)


def bounded(action: Callable[[], object], expected: type[BaseException] = ReferenceDocxError) -> str:
    """Run ``action``, which must fail with ``expected``; return its message after checking time and memory stayed small."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(expected) as caught:
            action()
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2, f"took {elapsed:.1f} s"
    assert peak < 24 * MB, f"peak memory {peak / MB:.0f} MB"
    return str(caught.value)


@pytest.fixture(scope="module")
def company() -> dict[str, bytes]:
    return members(company_document())


@pytest.fixture(scope="module")
def bomb(company: dict[str, bytes]) -> bytes:
    """Return a company reference whose styles part is 200 MB of zeros (a file of a few hundred kB)."""
    return zip_of({n: d for n, d in company.items() if n != "word/styles.xml"}, bomb="word/styles.xml")


def test_a_zip_bomb_reference_is_refused_quickly_in_little_memory(tmp_path: Path, bomb: bytes) -> None:
    reference = tmp_path / "bomb.docx"
    reference.write_bytes(bomb)
    assert reference.stat().st_size < 2 * MB
    message = bounded(lambda: prepare(reference))
    assert message.startswith(f"{reference}:1:1: error: cannot use this file as a reference Word document: ")
    assert "'word/styles.xml' expands" in message and "zip bomb" in message


@pytest.mark.parametrize("declared", [1000, 0, 5 * MB])
def test_a_member_that_holds_more_than_it_declares_is_refused(tmp_path: Path, bomb: bytes, declared: int) -> None:
    """Declared sizes can lie: small, zero, or just under the ratio with the compressed size padded."""
    compressed = None if declared < MB else len(bomb)  # a large compressed size hides the ratio
    reference = tmp_path / "liar.docx"
    reference.write_bytes(lie(bomb, "word/styles.xml", size=declared, compressed=compressed))
    message = bounded(lambda: prepare(reference))
    assert "cannot use this file as a reference Word document" in message


def test_what_is_actually_read_is_bounded_even_if_every_declared_check_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunked reader stops at the limits by itself (the declared checks are not its only guard)."""
    blob = zip_of({"a.xml": b"<a/>"}, bomb="big.bin", bomb_size=64 * MB)
    monkeypatch.setattr(safezip, "check_declared", lambda infos, limits: None)
    message = bounded(lambda: read_zip(blob, Limits(part=8 * MB, total=8 * MB)), ZipRefused)
    assert "'big.bin'" in message
    honest_ratio = Limits(part=128 * MB, total=128 * MB, ratio=100)
    assert "zip bomb" in bounded(lambda: read_zip(blob, honest_ratio), ZipRefused)


def many_entries(count: int) -> bytes:
    return zip_of({f"e{i}.xml": b"<e/>" for i in range(count)})


ARCHIVES: dict[str, tuple[Callable[[], bytes], Limits, str]] = {
    "too many entries": (lambda: many_entries(2001), Limits(), "2001 entries; at most 2000"),
    "a large directory": (lambda: many_entries(200), Limits(directory=4096), "zip directory is"),
    "too much in all": (lambda: zip_of({f"r{i}.bin": os.urandom(MB) for i in range(4)}), Limits(total=3 * MB),
                        "expands to 4 MB; at most 3 MB"),
    "a part too large": (lambda: zip_of({"r.bin": os.urandom(2 * MB)}), Limits(part=MB), "'r.bin' expands to 2 MB"),
    "encrypted": (lambda: lie(zip_of({"a.xml": b"<a/>"}), "a.xml", flags=1), Limits(), "'a.xml' is encrypted"),
    "an unusual compression": (lambda: lie(zip_of({"a.xml": b"<a/>"}), "a.xml", method=12), Limits(),
                               "compression method 12"),
    "the same name twice": (lambda: zip_of({"word/A.xml": b"<a/>", "word/a.xml": b"<a/>"}), Limits(),
                            "two entries named 'word/a.xml'"),
    "not a zip": (lambda: b"PK but not really" * 100, Limits(), "not a zip archive"),
    "a wrong checksum": (lambda: lie(zip_of({"a.xml": b"<a>" + b"x" * 5000 + b"</a>"}), "a.xml", size=10), Limits(),
                         "damaged zip archive"),
}


@pytest.mark.parametrize("case", sorted(ARCHIVES))
def test_absurd_archives_are_refused(case: str) -> None:
    make, limits, reason = ARCHIVES[case]
    blob = make()
    message = bounded(lambda: read_zip(blob, limits), ZipRefused)
    assert reason in message, message


def test_small_parts_may_compress_very_well_and_honest_archives_read_whole() -> None:
    spaces = b"<a>" + b" " * (MB - 10) + b"</a>"
    parts = {"[Content_Types].xml": b"<Types/>", "word/styles.xml": spaces, "word/media/logo.png": os.urandom(3000)}
    assert read_zip(zip_of(parts)) == parts


def test_a_reference_too_large_on_disk_is_refused_before_it_is_read(tmp_path: Path) -> None:
    reference = tmp_path / "large.docx"
    reference.write_bytes(bytes(5000))
    with pytest.raises(ReferenceDocxError, match="larger than"):
        read_reference(reference, Limits(total=4000))
    with pytest.raises(ReferenceDocxError, match="cannot read the reference Word file"):
        read_reference(tmp_path / "missing.docx")
