"""Generating writes only inside the output folder, nothing on failure, and never a user's file."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import OutputError
from generator.output import files as output
from generator.output import fsutil, swap
from generator.output.files import (
    MANIFEST,
    OutputFile,
    UnsafePath,
    read_manifest,
    write_files,
)
from generator.output.fsutil import TEMP_PREFIX
from tests.conftest import ROOT, mutate
from tests.support.disk import can_exchange


def generate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["generate", *args])
    return result.exit_code, result.output


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test both ways a pack is written, unless marked ``only("swap")`` or ``only("in place")``."""
    if "writing" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker("only")
        metafunc.parametrize("writing", marker.args if marker else ("swap", "in place"), indirect=True)


@pytest.fixture(autouse=True)
def writing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Write packs by swapping the folder in whole (where the system can) or file by file (everywhere else)."""
    mode: str = request.param
    monkeypatch.setattr(swap, "_REFUSED", set())
    if mode == "in place":
        monkeypatch.setattr(swap, "exchange_folders", lambda one, other: False)
    elif not can_exchange(tmp_path):
        pytest.skip("this system cannot swap two folders in one step (Linux's renameat2): pmdocs writes in place")
    return mode


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
    assert out.strip().endswith(f"22 files for 1 project in {tmp_path / 'out'}")


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


# -- never a file pmdocs did not write -------------------------------------------------------------------------

def pack(**files: bytes) -> list[OutputFile]:
    """Return a pack of files named by keyword (``cr__a_md`` is ``cr/a.md``)."""
    return [OutputFile(PurePosixPath(name.replace("__", "/").replace("_", ".")), data) for name, data in files.items()]


def listing(folder: Path) -> dict[str, bytes]:
    """Return every file under a folder (links to files included) by its path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def no_temporaries(*folders: Path) -> None:
    for folder in folders:
        left = [p for p in folder.rglob("*")
                if p.name.startswith(TEMP_PREFIX) or ".staging-" in p.name or p.name.endswith(swap.SWAP_SUFFIX)]
        assert not left, left


def test_files_created_while_a_run_writes_are_never_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "p"
    write_files(folder, pack(a_md=b"a1", gone_md=b"g", cr__x_md=b"x1"))
    real_plan = output._plan

    def user_writes_meanwhile(*args: object, **kwargs: object) -> object:
        changes = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        (folder / "notes.md").write_bytes(b"mine")  # anywhere: between the look at the folder and the writing
        (folder / "cr" / "scan.pdf").write_bytes(b"%PDF")
        (folder / "deep" / "er").mkdir(parents=True)
        (folder / "deep" / "er" / "f.txt").write_bytes(b"deep")
        (folder / "gone.md").write_bytes(b"my own gone.md now")  # over a file pmdocs no longer produces
        return changes

    monkeypatch.setattr(output, "_plan", user_writes_meanwhile)
    write_files(folder, pack(a_md=b"a2", cr__x_md=b"x2"))
    assert listing(folder) == {".pmdocs-manifest.json": (folder / MANIFEST).read_bytes(), "a.md": b"a2",
                               "cr/scan.pdf": b"%PDF", "cr/x.md": b"x2", "deep/er/f.txt": b"deep",
                               "gone.md": b"my own gone.md now", "notes.md": b"mine"}
    assert "gone.md" not in read_manifest(folder).files  # the user's now: a later run leaves it too
    no_temporaries(tmp_path)


def test_a_file_appearing_where_the_pack_puts_a_new_one_is_never_replaced(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "p"
    write_files(folder, pack(a_md=b"a1"))
    real_plan = output._plan

    def user_writes_meanwhile(*args: object, **kwargs: object) -> object:
        changes = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        (folder / "cr").mkdir()
        (folder / "cr" / "new.md").write_bytes(b"typed by hand")  # the very name the pack is about to write
        return changes

    monkeypatch.setattr(output, "_plan", user_writes_meanwhile)
    with pytest.raises(OutputError, match=r"cr/new\.md: a file appeared there while pmdocs was writing"):
        write_files(folder, pack(a_md=b"a2", cr__new_md=b"generated"))
    assert (folder / "cr" / "new.md").read_bytes() == b"typed by hand"
    no_temporaries(tmp_path)
    monkeypatch.undo()
    with pytest.raises(OutputError, match="not written by pmdocs"):  # and the next run says so before writing
        write_files(folder, pack(a_md=b"a3", cr__new_md=b"generated"))
    assert (folder / "cr" / "new.md").read_bytes() == b"typed by hand" and (folder / "a.md").read_bytes() == b"a2"


def test_a_file_pmdocs_never_wrote_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_files(folder, pack(a_md=b"a1"), "one")
    (folder / "cr").mkdir()
    (folder / "cr" / "b.md").write_bytes(b"the user's b")
    (folder / "c.md").mkdir()  # a folder where the pack puts a file
    (folder / "d.md").symlink_to(folder / "a.md")  # a link where the pack puts a file
    before = listing(folder)
    with pytest.raises(OutputError) as refused:
        write_files(folder, pack(a_md=b"a2", cr__b_md=b"pmdocs b", c_md=b"c", d_md=b"d", e_md=b"e"), "two")
    lines = "\n".join(refused.value.lines())
    assert f"{folder / 'cr' / 'b.md'}: this file was not written by pmdocs" in lines  # every problem at once
    assert f"{folder / 'c.md'}: is a folder" in lines and f"{folder / 'd.md'}: is a link" in lines
    assert listing(folder) == before and not (folder / "e.md").exists() and (folder / "d.md").is_symlink()
    # The same bytes already there are no conflict: nothing to write.
    write_files(folder, pack(a_md=b"a2", cr__b_md=b"the user's b"), "three")
    assert read_manifest(folder).files.keys() == {"a.md", "cr/b.md"}


def test_user_files_named_like_pack_files_stay(tmp_path: Path, source: Path, example: str) -> None:
    out = tmp_path / "out"
    assert generate(str(source), "-o", str(out), "--format", "md")[0] == 0
    folder = out / "CDP-2027"
    mine = {folder / "change-requests" / "CDP-2027-CR-999.md": b"a CR I keep by hand",
            folder / "CDP-2027-project-charter.docx": b"my own Word charter",
            folder / "CDP-2027-project-charter.md.bak": b"backup",
            folder / ".pmdocs-manifest.json.orig": b"{}"}
    for path, data in mine.items():
        path.write_bytes(data)
    source.write_text(mutate(example, "    - id: CR-001", "    - id: CR-101"), encoding="utf-8")
    code, text = generate(str(source), "-o", str(out), "--format", "md")
    assert code == 0, text
    assert all(path.read_bytes() == data for path, data in mine.items())
    assert not (folder / "change-requests" / "CDP-2027-CR-001.md").exists()
    code, text = generate(str(source), "-o", str(out))  # now the pack has a charter.docx: the user's is in the way
    assert code == 1 and f"{folder / 'CDP-2027-project-charter.docx'}: this file was not written by pmdocs" in text
    assert "Traceback" not in text and "internal error" not in text
    assert all(path.read_bytes() == data for path, data in mine.items())


def test_read_only_files_are_never_replaced_or_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_files(folder, pack(a_md=b"a1", b_md=b"b1", stale_md=b"s"))
    (folder / "users.md").write_bytes(b"mine")
    for name in ("a.md", "stale.md", "users.md"):
        (folder / name).chmod(0o444)
    with pytest.raises(OutputError, match=r"a\.md: is read-only, so pmdocs leaves it as it is; make it writable"):
        write_files(folder, pack(a_md=b"a2", b_md=b"b2"))
    assert listing(folder)["b.md"] == b"b1"  # refused before anything was written
    write_files(folder, pack(a_md=b"a1", b_md=b"b2"))  # a.md needs no change: fine
    assert listing(folder) | {MANIFEST: b""} == {"a.md": b"a1", "b.md": b"b2", "stale.md": b"s", "users.md": b"mine",
                                                 MANIFEST: b""}
    (folder / "a.md").chmod(0o640)
    write_files(folder, pack(a_md=b"a3", b_md=b"b2"))
    assert (folder / "a.md").read_bytes() == b"a3" and stat.S_IMODE((folder / "a.md").stat().st_mode) == 0o640


@pytest.mark.only("in place")
def test_an_interrupted_run_leaves_whole_files_and_the_next_run_knows_them(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "p"
    write_files(folder, pack(a_md=b"a1", b_md=b"b1"), "one")
    real = fsutil.rename_new
    calls = []

    def interrupted(source: Path, target: Path) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C between two files
        real(source, target)

    monkeypatch.setattr(output, "rename_new", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_files(folder, pack(a_md=b"a2", b_md=b"b2", c_md=b"c", d_md=b"d"), "two")
    files = listing(folder)
    assert files["a.md"] in (b"a1", b"a2") and files["b.md"] in (b"b1", b"b2") and files["c.md"] == b"c"
    assert "d.md" not in files
    no_temporaries(tmp_path)
    assert not output.is_current(folder, "one") and not output.is_current(folder, "two")
    monkeypatch.undo()
    write_files(folder, pack(a_md=b"a1"), "three")
    assert listing(folder).keys() == {"a.md", MANIFEST}  # c.md was pmdocs's: known although the run was cut short


KILLED_RUN = """
import os, sys, time
from pathlib import Path, PurePosixPath
from generator.output import fsutil, swap
from generator.output import files as output
real = fsutil.write_temp
def slow(*args, **kwargs):
    made = real(*args, **kwargs)
    if not args[0].name.endswith(swap.SWAP_SUFFIX):  # a file of the pack, not the staged manifest
        print("temp", flush=True)
        time.sleep(60)
    return made
output.write_temp = swap.write_temp = slow
if sys.argv[2] == "in place":
    swap.exchange_folders = lambda one, other: False
output.write_files(Path(sys.argv[1]), [output.OutputFile(PurePosixPath("cr/a.md"), b"new")], "two")
"""


@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_a_run_stopped_while_writing_leaves_nothing_behind(tmp_path: Path, signal_number: int, writing: str) -> None:
    folder = tmp_path / "p"
    write_files(folder, [OutputFile(PurePosixPath("cr/a.md"), b"old")], "one")
    run = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(folder), writing], stdout=subprocess.PIPE, text=True,
                           cwd=ROOT)
    assert run.stdout is not None and run.stdout.readline() == "temp\n"
    run.send_signal(signal_number)
    run.wait(timeout=30)
    assert (folder / "cr" / "a.md").read_bytes() == b"old"
    if signal_number != signal.SIGKILL:
        no_temporaries(tmp_path)  # cleaned up on the way out
    write_files(folder, [OutputFile(PurePosixPath("cr/a.md"), b"new")], "two")  # the next run clears a killed one's
    no_temporaries(tmp_path)
    assert (folder / "cr" / "a.md").read_bytes() == b"new"


# -- links and permissions -----------------------------------------------------------------------------------

def test_a_linked_project_folder_is_written_through(tmp_path: Path, source: Path, example: str) -> None:
    out, real = tmp_path / "out", tmp_path / "elsewhere" / "cdp"
    real.mkdir(parents=True)
    out.mkdir()
    (out / "CDP-2027").symlink_to(real, target_is_directory=True)
    code, text = generate(str(source), "-o", str(out))
    assert code == 0, text
    assert text.count("wrote ") == 22 and "unchanged" not in text
    assert (out / "CDP-2027").is_symlink() and (real / "CDP-2027-project-charter.md").is_file()
    source.write_text(mutate(example, "  name: Customer Data Platform Migration", "  name: CDP Rebuilt"),
                      encoding="utf-8")
    code, text = generate(str(source), "-o", str(out))
    assert code == 0 and f"wrote {out / 'CDP-2027' / 'CDP-2027-project-charter.md'}" in text, text
    assert "CDP Rebuilt" in (real / "CDP-2027-project-charter.md").read_text(encoding="utf-8")
    code, text = generate(str(source), "-o", str(out))
    assert code == 0 and "wrote" not in text and "(22 unchanged)" in text
    assert (out / "CDP-2027").is_symlink() and os.readlink(out / "CDP-2027") == str(real)
    no_temporaries(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == ["CDP-2027"] and sorted(p.name for p in real.parent.iterdir()) == ["cdp"]


def test_a_linked_output_folder_is_written_through(tmp_path: Path, source: Path) -> None:
    (tmp_path / "real-out").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "real-out", target_is_directory=True)
    for _ in range(2):
        code, text = generate(str(source), "-o", str(tmp_path / "out"))
        assert code == 0, text
    assert (tmp_path / "out").is_symlink() and (tmp_path / "real-out" / "CDP-2027" / MANIFEST).is_file()
    no_temporaries(tmp_path)


@pytest.mark.parametrize("linked", ["out", "out/CDP-2027"])
def test_a_dangling_link_is_refused_with_what_to_do(tmp_path: Path, source: Path, linked: str) -> None:
    link = tmp_path / linked
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(tmp_path / "missing", target_is_directory=True)
    code, text = generate(str(source), "-o", str(tmp_path / "out"))
    assert code == 1 and f"{link}: is a link to '{tmp_path / 'missing'}', which does not exist" in text, text
    assert "Traceback" not in text and "internal error" not in text
    assert link.is_symlink() and not (tmp_path / "missing").exists()


def test_a_link_inside_the_folder_never_leads_writing_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "cr").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePath, match="leads outside"):
        write_files(folder, pack(a_md=b"a", cr__x_md=b"x"))
    assert not list(outside.iterdir()) and not (folder / "a.md").exists()


def test_a_folder_that_cannot_be_written_is_a_user_error(tmp_path: Path, source: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        code, text = generate(str(source), "-o", str(out))
    finally:
        out.chmod(0o755)
    assert code == 1 and str(out / "CDP-2027") in text and "then run again" in text, text
    assert "Traceback" not in text and "internal error" not in text


def test_a_full_disk_is_a_user_error_naming_the_folder(tmp_path: Path, source: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def full(folder: Path, data: bytes, mode: object = None) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device", str(folder / f"{TEMP_PREFIX}0123"))

    monkeypatch.setattr(output, "write_temp", full)
    monkeypatch.setattr(swap, "write_temp", full)
    code, text = generate(str(source), "-o", str(tmp_path / "out"))
    folder = tmp_path / "out" / "CDP-2027"
    assert code == 1 and f"cannot write '{folder}': No space left on device" in text, text
    assert "free some space on the disk, then run again" in text and TEMP_PREFIX not in text
    assert swap.SWAP_SUFFIX not in text and "Traceback" not in text and "internal error" not in text
    assert {p.name for p in folder.iterdir()} <= {MANIFEST}  # no file of the pack, no temporary file
    no_temporaries(tmp_path)
    assert not output.is_current(folder, "anything")


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_folders_and_files_follow_the_umask(tmp_path: Path, mask: int) -> None:
    previous = os.umask(mask)
    try:
        folder = tmp_path / "out" / "p"
        write_files(folder, pack(a_md=b"a", cr__x_md=b"x"))
        write_files(folder, pack(a_md=b"a2", cr__x_md=b"x", cr__y_md=b"y"))
    finally:
        os.umask(previous)
    for path in (tmp_path / "out", folder, folder / "cr"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o777 & ~mask, path
    for path in (folder / "a.md", folder / "cr" / "x.md", folder / "cr" / "y.md", folder / MANIFEST):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path


def test_generate_follows_the_umask(tmp_path: Path, source: Path) -> None:
    previous = os.umask(0o027)
    try:
        assert generate(str(source), "-o", str(tmp_path / "out"))[0] == 0
    finally:
        os.umask(previous)
    folder = tmp_path / "out" / "CDP-2027"
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.rglob("*") if p.is_dir()} | {
        stat.S_IMODE(folder.stat().st_mode)} == {0o750}
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.rglob("*") if p.is_file()} == {0o640}
