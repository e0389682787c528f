"""Deterministic zip archives: members in the order given, every one dated 1980-01-01, readable by any zip reader."""

from __future__ import annotations

import io
import zipfile
import zlib

from generator.output.zipped import deflate, member, write_zip


def test_members_read_back_in_order_with_their_bytes() -> None:
    entries = [deflate("b.txt", b"second"), deflate("a/é.md", "accented name".encode()), deflate("empty", b"")]
    archive = zipfile.ZipFile(io.BytesIO(write_zip(entries)))
    assert archive.testzip() is None
    assert archive.namelist() == ["b.txt", "a/é.md", "empty"]
    assert [archive.read(name) for name in archive.namelist()] == [b"second", b"accented name", b""]
    assert all(info.date_time == (1980, 1, 1, 0, 0, 0) and info.compress_type == zipfile.ZIP_DEFLATED
               for info in archive.infolist())


def test_the_same_entries_give_the_same_bytes() -> None:
    make = lambda: write_zip([deflate("x", b"x" * 10_000), deflate("y", b"y")])  # noqa: E731
    assert make() == make()


def test_an_entry_holds_its_crc_size_and_raw_deflated_bytes() -> None:
    data = b"hello " * 100
    entry = deflate("h.txt", data)
    assert (entry.name, entry.crc, entry.size) == ("h.txt", zlib.crc32(data), len(data))
    assert zlib.decompress(entry.data, -15) == data and len(entry.data) < len(data)


def test_the_unix_mode_of_every_member() -> None:
    for mode in (0o600, 0o644):
        archive = zipfile.ZipFile(io.BytesIO(write_zip([deflate("f", b"1")], mode=mode)))
        assert archive.infolist()[0].external_attr >> 16 == mode


def test_an_empty_archive_is_a_valid_zip() -> None:
    assert zipfile.ZipFile(io.BytesIO(write_zip([]))).namelist() == []


def test_compressed_formats_are_stored_and_the_rest_deflated() -> None:
    word, text = bytes(range(256)) * 40, b"plain text " * 200
    archive = zipfile.ZipFile(io.BytesIO(write_zip([member("P/a.docx", word), member("P/a.md", text),
                                                    member("P/b.PNG", b"png")])))
    assert archive.testzip() is None
    assert [i.compress_type for i in archive.infolist()] == [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED,
                                                            zipfile.ZIP_STORED]
    assert [archive.read(n) for n in archive.namelist()] == [word, text, b"png"]
