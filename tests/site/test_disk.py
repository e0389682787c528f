"""The files a site build writes for MkDocs: written whole with their folders, hard-linked where they can be, known by identity."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import OutputError
from generator.site.disk import identity, link, write


def test_text_and_bytes_are_written_with_their_folders(tmp_path: Path) -> None:
    assert write(tmp_path / "a" / "b" / "page.md", "é\n") == tmp_path / "a" / "b" / "page.md"
    assert (tmp_path / "a" / "b" / "page.md").read_bytes() == "é\n".encode("utf-8")
    write(tmp_path / "blob.bin", b"\x00\x01")
    assert (tmp_path / "blob.bin").read_bytes() == b"\x00\x01"
    write(tmp_path / "blob.bin", b"new")
    assert (tmp_path / "blob.bin").read_bytes() == b"new"


def test_a_file_that_cannot_be_written_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError):
        write(tmp_path / "file" / "inside.md", "x")  # a file where a folder should be


def test_a_link_is_the_same_file_in_a_new_folder(tmp_path: Path) -> None:
    source = write(tmp_path / "src.docx", b"word")
    assert link(source, tmp_path / "site" / "deep" / "copy.docx")
    target = tmp_path / "site" / "deep" / "copy.docx"
    assert target.read_bytes() == b"word" and os.path.samefile(source, target)
    assert link(str(source), str(tmp_path / "site" / "other.docx"))  # paths as text too


def test_no_link_without_a_source_or_onto_an_existing_file(tmp_path: Path) -> None:
    assert not link(tmp_path / "missing", tmp_path / "site" / "x")
    source = write(tmp_path / "src", b"1")
    write(tmp_path / "taken", b"2")
    assert not link(source, tmp_path / "taken") and (tmp_path / "taken").read_bytes() == b"2"


def test_identity_tells_the_very_file(tmp_path: Path) -> None:
    assert identity(tmp_path / "missing") == (0, 0, 0)
    path = write(tmp_path / "page.html", "one")
    first = identity(path)
    assert first[0] == 3 and first == identity(path)
    path.unlink()
    write(path, "two")  # the same size, another file
    assert identity(path) != first


def test_chores_make_the_pages_folders_beside_the_page_loop(tmp_path: Path) -> None:
    from generator.site.disk import Chores, make_folders

    chores = Chores()
    paths = [str(tmp_path / "site" / "a" / name / "index.html") for name in ("x", "y", "x")]
    chores.start("folders", make_folders(paths))
    chores.start("folders", make_folders([str(tmp_path / "other" / "index.html")]))  # one of each name at a time
    chores.join("folders")
    chores.join("folders")  # nothing left to wait for
    assert sorted(p.name for p in (tmp_path / "site" / "a").iterdir()) == ["x", "y"]
    assert not (tmp_path / "other").exists()


def test_a_wait_cut_short_leaves_the_work_to_the_next_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SIGTERM landing in a join (CI, 2026-12-06: a staging folder left behind) must not forget the thread."""
    import threading

    from generator.site.disk import Chores

    release, done = threading.Event(), []
    chores = Chores()
    chores.start("folders", lambda: (release.wait(10), done.append(1)))
    real_join = threading.Thread.join

    def interrupted(self: threading.Thread, timeout: float | None = None) -> None:
        raise SystemExit(143)

    monkeypatch.setattr(threading.Thread, "join", interrupted)
    with pytest.raises(SystemExit):
        chores.join("folders")
    monkeypatch.setattr(threading.Thread, "join", real_join)
    release.set()
    chores.join("folders")  # the clean-up's wait: the work is over when it returns
    assert done == [1]
