"""Hostile content end to end: nothing executes, nothing breaks, nothing is lost, nothing escapes the folder."""

from __future__ import annotations

import io
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from markdown_it import MarkdownIt

from generator.build.pack import build_pack
from generator.cli import cli
from generator.output.files import MANIFEST
from generator.questionnaire.read import read_questionnaire
from tests.conftest import mutate
from tests.support.docx import paragraph_text
from tests.support.hostile import hostile_files
from tests.support.mdtext import (
    squash,
    table_row_widths,
    text_markdown_it,
    text_python_markdown,
)
from tests.support.packs import free_text

HOSTILE = list(hostile_files())


@pytest.fixture(scope="module", params=HOSTILE, ids=[p.stem for p in HOSTILE])
def pack(request):
    result = read_questionnaire(request.param)
    assert result.ok() and not result.diagnostics, [d.format() for d in result.diagnostics]
    return result.questionnaire, build_pack(result.questionnaire)


def test_every_answer_survives_in_markdown_and_word(pack) -> None:
    q, files = pack
    md = [f.data.decode("utf-8") for f in files if f.path.suffix == ".md"]
    for render in (text_markdown_it, text_python_markdown):
        text = squash(" ".join(render(m) for m in md))
        missing = [v for v in free_text(q) if squash(v) not in text]
        assert not missing, (render.__name__, [m[:80] for m in missing])
    words = []
    for f in files:
        if f.path.suffix == ".docx":
            body = docx.Document(io.BytesIO(f.data)).element.body
            words.extend(paragraph_text(p) for p in body.iter(qn("w:p")))
    text = squash(" ".join(words))
    assert not [v[:80] for v in free_text(q) if squash(v) not in text]


def test_structure_is_never_changed_by_the_text(pack) -> None:
    q, files = pack
    parser = MarkdownIt("commonmark").enable("table")
    for f in files:
        if f.path.suffix != ".md":
            continue
        source = f.data.decode("utf-8")
        tokens = parser.parse(source)
        assert not [t for t in tokens if t.type == "html_block"]
        inline_html = {c.content for t in tokens if t.children for c in t.children if c.type == "html_inline"}
        assert inline_html <= {"<br>"}, inline_html
        assert not [c for t in tokens if t.children for c in t.children if c.type == "link_open"]
        images = [c.attrs["src"] for t in tokens if t.children for c in t.children if c.type == "image"]
        assert all(re.fullmatch(r"pictures/HOST-[A-Z]+-[a-z-]+\.svg", src) for src in images), images
        for widths in table_row_widths(source):
            assert len(set(widths)) == 1, (f.path, widths)


def test_cli_runs_clean_on_hostile_files(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", *map(str, HOSTILE), "-o", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(p.resolve().is_relative_to(tmp_path.resolve()) for p in written)


# -- path safety ------------------------------------------------------------------------

NASTY_IDS = ["../../escape", "/etc/passwd", "C:\\Windows\\evil", "CON", "NUL.txt", "aux", "..", ".", "CR 1/../../x",
             "x" * 300, "~/home", "$(rm -rf ~)", "%2e%2e%2f", "名前", "   spaced   "]


def test_ids_and_names_never_leave_the_output_folder(tmp_path: Path, example: str) -> None:
    requests = "".join(f"    - id: {i!r}\n      title: t{n}\n      requested_by: Sam Lee\n      date: 2027-03-0{1 + n % 9}\n"
                       for n, i in enumerate(NASTY_IDS))
    source = tmp_path / "q.yaml"
    source.write_text(mutate(example, "\nglossary:", requests + "\nglossary:"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(p.resolve().is_relative_to(out.resolve()) or p == source for p in files)
    names = [p.name for p in (out / "CDP-2027" / "change-requests").iterdir()]
    assert len([n for n in names if n.endswith(".md")]) == len(NASTY_IDS) + 2
    assert not [n for n in names if n.split(".")[0].upper() in ("CON", "NUL", "AUX")]


def test_a_link_out_of_the_output_folder_is_refused(tmp_path: Path, example: str) -> None:
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "out" / "CDP-2027").mkdir(parents=True)
    (tmp_path / "out" / "CDP-2027" / "change-requests").symlink_to(outside)
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "outside" in result.output
    assert list(outside.iterdir()) == []


# -- nothing lost ----------------------------------------------------------------------------


def test_users_files_survive_and_changed_outputs_are_kept(tmp_path: Path, example: str) -> None:
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["generate", str(source), "-o", str(out)]).exit_code == 0
    folder = out / "CDP-2027"
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text("deep", encoding="utf-8")
    edited = folder / "change-requests" / "CDP-2027-CR-001.md"
    edited.write_text("the PM annotated this form by hand", encoding="utf-8")
    source.write_text(mutate(example, "    - id: CR-001", "    - id: CR-777"), encoding="utf-8")
    assert CliRunner().invoke(cli, ["generate", str(source), "-o", str(out)]).exit_code == 0
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "sub" / "deep.txt").read_text(encoding="utf-8") == "deep"
    assert edited.read_text(encoding="utf-8") == "the PM annotated this form by hand"  # changed by the user: kept
    assert not (folder / "change-requests" / "CDP-2027-CR-001.docx").exists()  # unchanged output: dropped
    assert (folder / "change-requests" / "CDP-2027-CR-777.md").exists()
    assert MANIFEST in [p.name for p in folder.iterdir()]


def test_a_failing_run_leaves_the_previous_output(tmp_path: Path, example: str) -> None:
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["generate", str(source), "-o", str(out)]).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "scope-statement.md.j2").write_text("{{ nope }}", encoding="utf-8")
    source.write_text(mutate(example, "Customer Data Platform Migration", "Renamed"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(out), "--templates", str(templates)])
    assert result.exit_code == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL timing test written for Linux")
def test_a_killed_run_leaves_every_file_old_or_new(tmp_path: Path, example: str) -> None:
    """No file half-written, none lost, the next run finishes (all pmdocs promises where folders cannot be swapped)."""
    _kill_at_moments(tmp_path, example, whole_folders=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL timing test written for Linux")
def test_a_killed_run_leaves_old_or_new_output_never_a_mix(tmp_path: Path, example: str) -> None:
    """Kill `pmdocs generate` at several moments; each project folder must be wholly old or wholly new."""
    _kill_at_moments(tmp_path, example, whole_folders=True)


def visible(files: dict[str, bytes]) -> dict[str, bytes]:
    """Return a folder's files without pmdocs's own bookkeeping (names starting with .pmdocs)."""
    return {name: data for name, data in files.items() if not name.rsplit("/", 1)[-1].startswith(".pmdocs")}


def _kill_at_moments(tmp_path: Path, example: str, whole_folders: bool) -> None:
    """Kill `pmdocs generate` at several moments; each file (or, with ``whole_folders``, each folder) is old or new."""
    sources = [tmp_path / f"p{i}.yaml" for i in range(6)]
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "generate", *map(str, sources), "-o", str(out)]

    def write(version: str) -> None:
        for i, path in enumerate(sources):
            text = mutate(example, "  code: CDP-2027", f"  code: KILL-{i}")
            if version == "new":
                text = mutate(text, "  name: Customer Data Platform Migration", "  name: Customer Data Platform Rewrite")
            path.write_text(text, encoding="utf-8")

    def snapshot() -> dict[str, dict[str, bytes]]:
        return {d.name: {p.relative_to(d).as_posix(): p.read_bytes() for p in d.rglob("*") if p.is_file()}
                for d in sorted(out.iterdir()) if d.is_dir() and not d.name.startswith(".")}

    write("old")
    subprocess.run(command, check=True, capture_output=True)
    old = snapshot()
    write("new")
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    full = time.perf_counter() - started
    new = snapshot()
    assert old.keys() == new.keys() and all(old[k] != new[k] for k in old)
    for fraction in (0.4, 0.6, 0.75, 0.9, 0.97):
        write("old")
        subprocess.run(command, check=True, capture_output=True)
        write("new")
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(full * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for code, files in snapshot().items():
            if whole_folders:
                assert files in (old[code], new[code]), f"{code} is a mix after a kill at {fraction:.0%}"
            else:  # pmdocs's own bookkeeping (.pmdocs-*: manifest, lock, temporary files) is tidied by the next run
                shown = visible(files)
                assert shown.keys() == visible(old[code]).keys(), f"{code} lost or gained files at {fraction:.0%}"
                for name, data in shown.items():
                    assert data in (old[code][name], new[code][name]), f"{code}/{name} is half-written"
        subprocess.run(command, check=True, capture_output=True)
        assert snapshot() == new, f"the run after a kill at {fraction:.0%} did not finish the pack"
