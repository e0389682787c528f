"""A pack swapped in whole: the folder is wholly old or wholly new at every moment, and nothing of the user's is lost."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest

from generator.output import files as output
from generator.output import fsutil, swap
from generator.output.files import MANIFEST, OutputFile, is_current, read_manifest, write_files
from generator.output.swap import SWAP_SUFFIX, has_leftover, swap_place
from tests.conftest import ROOT
from tests.support.disk import can_exchange


@pytest.fixture(autouse=True)
def exchanging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the swap: they need a system that swaps two folders in one step."""
    monkeypatch.setattr(swap, "_REFUSED", set())
    if not can_exchange(tmp_path):
        pytest.skip("this system cannot swap two folders in one step (Linux's renameat2): pmdocs writes in place")


OLD = {"a.md": b"a1", "same.md": b"unchanged", "gone.md": b"gone1", "edited-gone.md": b"eg1", "cr/x.md": b"x1",
       "cr/old.md": b"o1"}
NEW = {"a.md": b"a2", "same.md": b"unchanged", "cr/x.md": b"x2", "cr/y.md": b"y2", "deep/z.md": b"z2"}


def pack(files: dict[str, bytes]) -> list[OutputFile]:
    return [OutputFile(PurePosixPath(name), data) for name, data in files.items()]


def listing(folder: Path) -> dict[str, bytes]:
    """Return every file and link under a folder by its path (a link as 'link:' and where it points)."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[name] = b"link:" + os.fsencode(os.readlink(path))
        elif path.is_file():
            found[name] = path.read_bytes()
    return found


def visible(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name != MANIFEST}


def users_things(folder: Path) -> None:
    """Put in a project folder what a user keeps there: files, a folder of files, a link, an edit to a stale file."""
    (folder / "notes.txt").write_bytes(b"mine")
    (folder / "cr" / "my-cr-note.txt").write_bytes(b"mine too")
    (folder / "drafts" / "inner").mkdir(parents=True)
    (folder / "drafts" / "inner" / "d.txt").write_bytes(b"draft")
    (folder / "link").symlink_to("notes.txt")
    (folder / "edited-gone.md").write_bytes(b"edited by the user")


USERS = {"notes.txt": b"mine", "cr/my-cr-note.txt": b"mine too", "drafts/inner/d.txt": b"draft",
         "link": b"link:notes.txt", "edited-gone.md": b"edited by the user"}


def test_the_pack_is_swapped_in_and_everything_of_the_users_stays(tmp_path: Path) -> None:
    folder = tmp_path / "out" / "P"
    write_files(folder, pack(OLD), "one")
    users_things(folder)
    folder.chmod(0o750)
    (folder / "drafts").chmod(0o700)
    kept = os.stat(folder / "same.md")
    changed = write_files(folder, pack(NEW), "two")
    assert visible(listing(folder)) == {**NEW, **USERS}
    assert sorted(changed) == sorted(folder / n for n in NEW if n != "same.md")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o750 and stat.S_IMODE((folder / "drafts").stat().st_mode) == 0o700
    now = os.stat(folder / "same.md")  # an unchanged file is the very same file: its date and mode stay
    assert (now.st_ino, now.st_mtime_ns) == (kept.st_ino, kept.st_mtime_ns)
    assert not has_leftover(folder) and [p.name for p in folder.parent.iterdir()] == ["P"]
    assert read_manifest(folder).files.keys() == NEW.keys() and is_current(folder, "two")


def test_an_interruption_while_staging_leaves_the_folder_exactly_as_it_was(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack(OLD), "one")
    users_things(folder)
    before = listing(folder)
    real, calls = fsutil.write_temp, []

    def interrupted(*args: object, **kwargs: object) -> Path:
        calls.append(args)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C between two staged files
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(swap, "write_temp", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_files(folder, pack(NEW), "two")
    assert listing(folder) == before and not has_leftover(folder)
    monkeypatch.undo()
    write_files(folder, pack(NEW), "two")
    assert visible(listing(folder)) == {**NEW, **USERS}


def test_an_interruption_after_the_swap_is_finished_by_the_next_run(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack(OLD), "one")
    users_things(folder)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # stopped before anything was moved back

    monkeypatch.setattr(swap, "_empty", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_files(folder, pack(NEW), "two")
    monkeypatch.undo()
    assert visible(listing(folder)) == NEW  # the pack is whole; the user's things wait beside it
    assert has_leftover(folder) and listing(swap_place(folder))["notes.txt"] == b"mine"
    assert not is_current(folder, "two")  # so the next run does not skip the folder
    write_files(folder, pack(NEW), "two")
    assert visible(listing(folder)) == {**NEW, **USERS} and not has_leftover(folder)
    assert is_current(folder, "two")


def test_a_leftover_is_finished_before_a_different_pack_is_written(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack(OLD), "one")
    users_things(folder)
    monkeypatch.setattr(swap, "_empty", lambda *args: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_files(folder, pack(NEW), "two")
    monkeypatch.undo()
    third = {"a.md": b"a3", "cr/x.md": b"x3"}
    write_files(folder, pack(third), "three")
    assert visible(listing(folder)) == {**third, **USERS} and not has_leftover(folder)


def test_something_appearing_where_the_pack_puts_a_file_is_kept_beside_it(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack(OLD), "one")
    real_plan = output._plan

    def user_makes_a_folder_meanwhile(*args: object, **kwargs: object) -> object:
        changes = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        (folder / "cr" / "y.md").mkdir()
        (folder / "cr" / "y.md" / "inside.txt").write_bytes(b"mine")
        return changes

    monkeypatch.setattr(output, "_plan", user_makes_a_folder_meanwhile)
    with pytest.raises(output.OutputError, match=r"cr/y\.md: this is not pmdocs's.*as 'y\.md\.yours' \(nothing is lost"):
        write_files(folder, pack(NEW), "two")
    assert (folder / "cr" / "y.md.yours" / "inside.txt").read_bytes() == b"mine"
    assert (folder / "cr" / "y.md").read_bytes() == b"y2" and not has_leftover(folder)


def test_a_staging_name_taken_by_a_file_of_the_users_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack(OLD), "one")
    swap_place(folder).write_bytes(b"mine")  # absurd, but not pmdocs's: the pack is then written in place
    write_files(folder, pack(NEW), "two")
    assert swap_place(folder).read_bytes() == b"mine" and visible(listing(folder)) == NEW


CRASH = """
import os, sys
from pathlib import Path, PurePosixPath
from generator.output import files as output, fsutil, swap
limit, steps = int(sys.argv[2]), [0]
def step(function):
    def counted(*args, **kwargs):
        steps[0] += 1
        if steps[0] == limit:
            os._exit(9)  # as a kill -9 would: no clean-up runs
        result = function(*args, **kwargs)
        steps[0] += 1
        if steps[0] == limit:
            os._exit(9)
        return result
    return counted
for name in ("replace", "unlink", "rename", "link", "mkdir", "rmdir", "chmod"):
    setattr(os, name, step(getattr(os, name)))
swap.exchange_folders = step(swap.exchange_folders)
swap.rename_new = step(swap.rename_new)
files = {name: data.encode() for name, data in __import__("json").loads(sys.argv[3]).items()}
output.write_files(Path(sys.argv[1]), [output.OutputFile(PurePosixPath(n), d) for n, d in files.items()], "two")
print("finished")
"""


def test_a_kill_at_any_step_leaves_the_folder_old_or_new_and_the_next_run_loses_nothing(tmp_path: Path) -> None:
    """Kill a run (no clean-up) before and after each file system call in turn, until one runs to the end."""
    new = json.dumps({name: data.decode() for name, data in NEW.items()})
    for limit in range(1, 400):
        folder = tmp_path / f"run-{limit}" / "P"
        write_files(folder, pack(OLD), "one")
        users_things(folder)
        old = visible(listing(folder))
        run = subprocess.run([sys.executable, "-c", CRASH, str(folder), str(limit), new], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        now = visible(listing(folder))
        if run.returncode == 0:
            assert "finished" in run.stdout and now == {**NEW, **USERS}
            assert limit > 20, "the run took fewer steps than expected: is the crash counter wired?"
            break
        assert run.returncode == 9, run.stderr
        pack_now = {n: d for n, d in now.items() if n not in USERS}
        assert pack_now in ({n: d for n, d in old.items() if n not in USERS}, NEW), f"a mix after step {limit}"
        every = {**now, **(listing(swap_place(folder)) if has_leftover(folder) else {})}
        assert all(every.get(n) == d for n, d in USERS.items()), f"the user's things are lost after step {limit}"
        write_files(folder, pack(NEW), "two")  # the next run finishes the work
        assert visible(listing(folder)) == {**NEW, **USERS} and not has_leftover(folder), f"after step {limit}"
    else:
        pytest.fail("the run never finished")


WAITING = """
import sys, time
from pathlib import Path, PurePosixPath
from generator.output import files as output, swap
real = swap.exchange_folders
def slow(one, other):
    print("staged", flush=True)
    time.sleep(float(sys.argv[3]))
    return real(one, other)
swap.exchange_folders = slow
output.write_files(Path(sys.argv[1]), [output.OutputFile(PurePosixPath("a.md"), sys.argv[2].encode())], sys.argv[2])
"""


def test_a_run_waiting_for_the_folder_writes_into_the_one_swapped_in(tmp_path: Path) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack({"a.md": b"old"}), "old")
    (folder / "notes.txt").write_bytes(b"mine")
    first = subprocess.Popen([sys.executable, "-c", WAITING, str(folder), "first", "1.5"], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert first.stdout is not None and first.stdout.readline() == "staged\n"
    second = subprocess.Popen([sys.executable, "-c", WAITING, str(folder), "second", "0"], cwd=ROOT,
                              stdout=subprocess.DEVNULL)
    time.sleep(0.5)  # the second has opened the old folder and waits for its lock
    assert first.wait(timeout=60) == 0 and second.wait(timeout=60) == 0
    assert visible(listing(folder)) == {"a.md": b"second", "notes.txt": b"mine"}
    assert not has_leftover(folder) and is_current(folder, "second")


def test_a_killed_runs_leftover_makes_the_folder_not_current(tmp_path: Path) -> None:
    folder = tmp_path / "P"
    write_files(folder, pack(NEW), "two")
    assert is_current(folder, "two")
    swap_place(folder).mkdir()
    assert not is_current(folder, "two")
    write_files(folder, pack(NEW), "two")
    assert not swap_place(folder).exists() and is_current(folder, "two")
    assert SWAP_SUFFIX.startswith(".pmdocs-")
