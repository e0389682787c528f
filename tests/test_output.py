"""Generating writes only inside the output folder, nothing on failure, and never a user's file."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.output import OutputFile, UnsafePath, write_files
from tests.conftest import mutate


def generate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["generate", *args])
    return result.exit_code, result.output


@pytest.fixture()
def source(tmp_path: Path, example: str) -> Path:
    path = tmp_path / "cdp.yaml"
    path.write_text(example, encoding="utf-8")
    return path


def test_generate_writes_the_pack_and_says_so(tmp_path: Path, source: Path) -> None:
    code, out = generate(str(source), "-o", str(tmp_path / "out"))
    assert code == 0, out
    folder = tmp_path / "out" / "CDP-2027"
    assert (folder / "CDP-2027-project-charter.md").is_file()
    assert (folder / "change-requests" / "CDP-2027-CR-001.md").is_file()
    assert (folder / "change-requests" / "CDP-2027-change-request-form.md").is_file()
    assert f"wrote {folder / 'CDP-2027-project-charter.md'}" in out
    assert out.strip().endswith(f"18 files for 1 project in {tmp_path / 'out'}")


def test_invalid_questionnaire_writes_nothing(tmp_path: Path, example: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz"), encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(mutate(example, "  code: CDP-2027", "  code: OTHER-1"), encoding="utf-8")
    code, out = generate(str(good), str(bad), "-o", str(tmp_path / "out"))
    assert code == 1 and "roles.sponsor: unknown person 'Dana Ortz'" in out
    assert not (tmp_path / "out").exists()


def test_strict_refuses_warnings(tmp_path: Path, example: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    assert generate(str(path), "-o", str(tmp_path / "a"))[0] == 0
    assert generate(str(path), "--strict", "-o", str(tmp_path / "b"))[0] == 1 and not (tmp_path / "b").exists()


def test_two_projects_with_one_code_are_refused(tmp_path: Path, source: Path, example: str) -> None:
    twin = tmp_path / "twin.yaml"
    twin.write_text(example, encoding="utf-8")
    code, out = generate(str(source), str(twin), "-o", str(tmp_path / "out"))
    assert code == 1 and "project code 'CDP-2027' is also used by" in out
    assert not (tmp_path / "out").exists()


def test_rerun_removes_stale_files_but_keeps_users_files(tmp_path: Path, source: Path, example: str) -> None:
    out = tmp_path / "out"
    assert generate(str(source), "-o", str(out))[0] == 0
    folder = out / "CDP-2027"
    mine = folder / "my-notes.md"
    mine.write_text("mine", encoding="utf-8")
    (folder / "change-requests" / "scan.pdf").write_bytes(b"%PDF")
    charter = folder / "CDP-2027-project-charter.md"
    before = charter.stat().st_mtime_ns
    renamed = mutate(example, "    - id: CR-001", "    - id: CR-101")
    source.write_text(renamed, encoding="utf-8")
    code, text = generate(str(source), "-o", str(out))
    assert code == 0, text
    assert not (folder / "change-requests" / "CDP-2027-CR-001.md").exists()
    assert (folder / "change-requests" / "CDP-2027-CR-101.md").is_file()
    assert mine.read_text(encoding="utf-8") == "mine" and (folder / "change-requests" / "scan.pdf").exists()
    assert charter.stat().st_mtime_ns == before or "CR-101" in charter.read_text(encoding="utf-8")
    assert not [p for p in out.parent.iterdir() if ".staging-" in p.name]


def test_writer_refuses_paths_outside_the_folder(tmp_path: Path) -> None:
    for bad in ("../escape.md", "/etc/passwd", "a/../../b.md"):
        with pytest.raises(UnsafePath):
            write_files(tmp_path / "p", [OutputFile(PurePosixPath(bad), b"x")])
    assert not (tmp_path / "escape.md").exists()


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    files = [OutputFile(PurePosixPath("a.md"), b"same")]
    assert write_files(tmp_path / "p", files) == [tmp_path / "p" / "a.md"]
    os.utime(tmp_path / "p" / "a.md", ns=(1, 1))
    assert write_files(tmp_path / "p", files) == []
    assert (tmp_path / "p" / "a.md").stat().st_mtime_ns == 1
