"""The command group: help, misuse, and every error mapped by its type (a user's mistake exits 1, a bug exits 3)."""

from __future__ import annotations

import errno
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import mutate
from tests.support.cli import invoke
from tests.support.disk import small_tmpfs


def test_help_is_available() -> None:
    code, out = invoke("--help")
    assert code == 0 and "validate" in out and "init" in out


@pytest.mark.parametrize("args", [[], ["missing.yaml"], ["--bogus", "x.yaml"], ["--max-size", "lots", "x.yaml"]])
def test_command_line_misuse_exits_2(args: list[str], tmp_path: Path) -> None:
    code, _ = invoke("validate", *args)
    assert code == 2


def test_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    hostile = tmp_path / "h.yaml"
    hostile.write_bytes(b"project: !!python/object/apply:os.system ['echo pwned']\n\xff\xfe")
    proc = subprocess.run([sys.executable, "-m", "generator", "validate", str(hostile)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr and "pwned" not in proc.stdout


# -- whose fault: a user's mistake exits 1 with FILE:LINE:COL lines, a bug exits 3 ------------------------------------


@pytest.mark.parametrize("kind", ["UserError", "QuestionnaireError", "TemplateError", "ReferenceDocxError",
                                  "OutputError", "ConfigError"])
def test_every_user_error_exits_1_with_its_lines(monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    import generator.cli.pack
    import generator.errors

    error = getattr(generator.errors, kind)("it went wrong", file="x.yaml", line=4, col=2)

    def fail(_: tuple[str, ...]) -> list[Path]:
        raise error

    monkeypatch.setattr(generator.cli.pack, "expand_inputs", fail)
    for command in ("validate", "generate"):
        code, out = invoke(command, "x.yaml")
        assert code == 1 and "x.yaml:4:2: error: it went wrong" in out
        assert "internal error" not in out and "bug" not in out


def test_a_bug_exits_3_and_says_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import generator.cli
    import generator.cli.pack

    def crash(_: tuple[str, ...]) -> list[Path]:
        raise KeyError("oops")

    monkeypatch.setattr(generator.cli.pack, "expand_inputs", crash)
    with pytest.raises(SystemExit) as exited:
        generator.cli.main(["validate", "x.yaml"])
    err = capsys.readouterr().err
    assert exited.value.code == 3 and "internal error" in err and "bug in pmdocs" in err


@pytest.mark.parametrize("source,words", [
    ("{{ 1 // 0 }}\n", "by zero"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}\n", "recursion"),
    ("{{ q.people[0].name.nope() }}\n", "nope"),
    ("{{ p.name | no_such_filter }}\n", "no_such_filter"),
    ("{% include 'missing.md.j2' %}\n", "missing.md.j2"),
])
def test_any_failing_user_template_is_the_users(tmp_path: Path, example: str, source: str, words: str) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "risk-register.md.j2").write_text(source, encoding="utf-8")
    q = tmp_path / "q.yaml"
    q.write_text(example, encoding="utf-8")
    code, out = invoke("generate", str(q), "-o", str(tmp_path / "out"), "--templates", str(templates))
    assert code == 1 and re.search(r"risk-register\.md\.j2:\d+:1: error: template error: ", out), out
    assert words in out and "nothing was written" in out and "internal error" not in out
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("data", [b"\xff\xfe{{ p.name }}\n", b"# fine\n{{ p.name }}\n\xe9t\xe9\n"])
def test_a_user_template_that_is_not_utf8_is_named(tmp_path: Path, example: str, data: bytes) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "_partial.md.j2").write_bytes(data)
    q = tmp_path / "q.yaml"
    q.write_text(example, encoding="utf-8")
    code, out = invoke("generate", str(q), "-o", str(tmp_path / "out"), "--templates", str(templates))
    assert code == 1 and re.search(r"_partial\.md\.j2:\d+:1: error: the template is not UTF-8 text", out), out


def test_a_failing_template_in_a_worker_is_the_users(tmp_path: Path, example: str) -> None:
    """Several projects are built in worker processes: the error comes back located, not as a crash."""
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "risk-register.md.j2").write_text("# ok\n{{ p.nmae }}\n", encoding="utf-8")
    for code in ("AAA-1", "BBB-2", "CCC-3"):
        (tmp_path / f"{code}.yaml").write_text(mutate(example, "code: CDP-2027", f"code: {code}"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", str(tmp_path), "-o", str(tmp_path / "out"),
                           "--templates", str(templates), "-j", "2"], capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "risk-register.md.j2:2:1: error: template error:" in output, output
    assert "Traceback" not in output and "internal error" not in output


@pytest.mark.parametrize("number,reason", [(errno.ENOSPC, "No space left on device"), (errno.EACCES, "Permission denied"),
                                           (errno.EROFS, "Read-only file system"), (errno.EDQUOT, "Disk quota exceeded")])
def test_output_the_system_refuses_is_the_users(tmp_path: Path, example: str, monkeypatch: pytest.MonkeyPatch,
                                                number: int, reason: str) -> None:
    import generator.output.files

    def refuse(folder: Path, *args: object, **kwargs: object) -> list[Path]:  # the system refuses the first file
        raise OSError(number, reason, str(folder / "CDP-2027-project-charter.md"))

    monkeypatch.setattr(generator.output.files, "_write", refuse)
    q = tmp_path / "q.yaml"
    q.write_text(example, encoding="utf-8")
    code, out = invoke("generate", str(q), "-o", str(tmp_path / "out"))
    assert code == 1 and "internal error" not in out, out
    assert re.search(rf"pmdocs: error: cannot write '{re.escape(str(tmp_path / 'out' / 'CDP-2027'))}[^']*': {reason}",
                     out), out


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """Return a folder on a 64 KB file system (needs root and tmpfs: skipped elsewhere)."""
    with small_tmpfs(tmp_path / "small", "64k") as folder:
        yield folder


@pytest.mark.parametrize("read_only", [False, True])
def test_a_full_or_read_only_disk_is_the_users(full_disk: Path, example: str, read_only: bool) -> None:
    q = full_disk.parent / "q.yaml"
    q.write_text(example, encoding="utf-8")
    if read_only:
        subprocess.run(["mount", "-o", "remount,ro", str(full_disk)], check=True)
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", str(q), "-o", str(full_disk / "out")],
                          capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    reason = "Read-only file system" if read_only else "No space left on device"
    assert proc.returncode == 1 and f"pmdocs: error: cannot write '{full_disk / 'out'}" in output and reason in output
    assert "Traceback" not in output and "internal error" not in output


def test_an_unreadable_folder_is_the_users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> Iterator[Path]:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    code, out = invoke("validate", str(tmp_path))
    assert code == 1 and f"cannot read the folder '{tmp_path}': Permission denied" in out


def test_a_duplicate_code_is_reported_at_the_code(tmp_path: Path, example: str) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(example, encoding="utf-8")
    line = next(n for n, text in enumerate(example.splitlines(), 1) if text.strip().startswith("code:"))
    col = example.splitlines()[line - 1].index("CDP-2027") + 1
    code, out = invoke("generate", str(tmp_path), "-o", str(tmp_path / "out"))
    assert code == 1 and not (tmp_path / "out").exists()
    assert f"{tmp_path / 'b.yaml'}:{line}:{col}: error: project.code: project code 'CDP-2027' is also used by" in out


@pytest.mark.parametrize("data", [b"not a zip at all", b"PK\x03\x04 truncated", b""])
def test_a_reference_that_is_not_a_word_file_is_the_users(tmp_path: Path, example: str, data: bytes) -> None:
    reference = tmp_path / "brand.docx"
    reference.write_bytes(data)
    q = tmp_path / "q.yaml"
    q.write_text(example, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", str(q), "-o", str(tmp_path / "out"),
                           "--reference-docx", str(reference)], capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "brand.docx" in output and ": error: " in output, output
    assert "Traceback" not in output and "internal error" not in output


def test_a_stop_signal_in_a_finalizer_is_raised_a_moment_later_not_dropped() -> None:
    """A SystemExit raised inside a finalizer would be printed as 'Exception ignored' and lost (seen once when
    SIGTERM reached `pmdocs generate` while multiprocessing closed a pipe): such frames are recognised."""
    import gc
    import weakref

    from generator.cli import in_finalizer

    seen: list[bool] = []

    class Held:
        def __del__(self) -> None:
            seen.append(in_finalizer(sys._getframe()))

    class Target:
        pass

    target = Target()
    weakref.finalize(target, lambda: seen.append(in_finalizer(sys._getframe())))
    del target
    Held()
    gc.collect()
    assert seen == [True, True]
    assert not in_finalizer(sys._getframe())


def test_an_internal_error_quoting_a_whole_object_is_cut_to_one_screen(monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A template error naming a bound method printed its whole instance: 80,000 characters of the questionnaire."""
    import generator.cli
    import generator.cli.pack

    def crash(_: tuple[str, ...]) -> list[Path]:
        raise RuntimeError("No filter named " + "x" * 5000)

    monkeypatch.setattr(generator.cli.pack, "expand_inputs", crash)
    with pytest.raises(SystemExit):
        generator.cli.main(["validate", "x.yaml"])
    err = capsys.readouterr().err
    assert len(err) < 1000 and "… (4616 more characters)" in err and "PMDOCS_DEBUG=1" in err
