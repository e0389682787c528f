"""pmdocs validate and generate: compiler-style lines, exit codes, sizes and folders of questionnaires."""

from __future__ import annotations

import re
from pathlib import Path

from generator.cli.pack import parse_size
from tests.conftest import EXAMPLES, mutate
from tests.support.cli import invoke

LINE_RE = re.compile(r"^.+:\d+:\d+: (error|warning|hint): [\w.\[\]]+: .+$")
HINTS = re.compile(r"(, \d+ hints?)? in ")


def problems(out: str) -> list[str]:
    """Return the printed lines that are not hints (problems and the summary, its hint count left out), nor the note
    on stderr saying where the keys pmdocs adds are described (`diagnostics.added_keys_note`)."""
    return [HINTS.sub(" in ", line) for line in out.strip().splitlines() if ": hint: " not in line
            and not line.startswith("note: ")]


def said(out: str) -> list[str]:
    """Return the printed lines but the note on stderr (`diagnostics.added_keys_note`)."""
    return [line for line in out.strip().splitlines() if not line.startswith("note: ")]


def test_examples_validate_cleanly() -> None:
    code, out = invoke("validate", *map(str, EXAMPLES))
    assert code == 0, out
    assert problems(out) == [f"0 errors, 0 warnings in {len(EXAMPLES)} files"], out


def test_errors_give_exit_1_and_compiler_lines(tmp_path: Path, example: str) -> None:
    bad = tmp_path / "cdp.yaml"
    text = mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz")
    bad.write_text(mutate(text, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    code, out = invoke("validate", str(bad))
    lines = problems(out)
    assert code == 1
    assert all(LINE_RE.match(line) for line in lines[:-1]), out
    assert f"{bad}:" in lines[0]
    assert lines[-1] == "1 error, 1 warning in 1 file"


def test_warnings_alone_exit_0_unless_strict(tmp_path: Path, example: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 0 and ": warning: objectives[0].due:" in out and problems(out)[-1] == "0 errors, 1 warning in 1 file"
    code, out = invoke("validate", "--strict", str(path))
    assert code == 1 and ": error: objectives[0].due:" in out and problems(out)[-1] == "1 error, 0 warnings in 1 file"


def test_one_bad_file_among_good_ones(tmp_path: Path, example: str) -> None:
    (tmp_path / "a.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- not a mapping\n", encoding="utf-8")
    code, out = invoke("validate", str(tmp_path))
    assert code == 1
    assert problems(out)[-1] == "1 error, 0 warnings in 2 files"


def test_max_size_option(tmp_path: Path, example: str) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(example, encoding="utf-8")
    code, out = invoke("validate", "--max-size", "2K", str(path))
    assert code == 1 and "limited to 2,000 bytes" in out
    assert invoke("validate", "--max-size", "1MB", str(path))[0] == 0


def test_parse_size() -> None:
    assert parse_size("1MB") == 1_000_000 and parse_size("500k") == 500_000 and parse_size("1234") == 1234




def test_validate_prints_hints_at_the_parent_key_and_they_never_fail(tmp_path: Path, example: str) -> None:
    path = tmp_path / "h.yaml"
    text = example[: example.index("\nrisks:")] + example[example.index("\ncommunication:"):]
    path.write_text(text, encoding="utf-8")
    for args in ((), ("--strict",)):
        code, out = invoke("validate", *args, str(path))
        assert code == 0, out
        assert f"{path}:1:1: hint: risks: no risks are recorded" in out, out
        assert all(LINE_RE.match(line) for line in said(out)[:-1]), out
        assert re.fullmatch(r"0 errors, 0 warnings, \d+ hints in 1 file", said(out)[-1]), out
        assert re.search(r"note: \d+ more hints? names? optional keys pmdocs adds beyond the questionnaire format "
                         r"\(a file without them stays valid\): `pmdocs validate --hints all` prints", out), out
    # reviews 67-76: the hints naming keys pmdocs adds are counted, not printed, unless asked for
    code, every = invoke("validate", "--hints", "all", str(path))
    assert code == 0 and "note: the hints that name an optional key pmdocs adds" in every  # reviews 51a, 51b, 51c
    held = int(re.search(r"note: (\d+) more", out).group(1))  # type: ignore[union-attr]
    assert len([line for line in said(every) if ": hint: " in line]) == \
        len([line for line in said(out) if ": hint: " in line]) + held
    assert all("pmdocs adds" not in line for line in said(out) if ": hint: " in line)
    code, none = invoke("validate", "--hints", "none", str(path))
    assert code == 0 and ": hint: " not in none and "note: " not in none
    assert re.fullmatch(r"0 errors, 0 warnings in 1 file", said(none)[-1]), none


def test_hints_come_in_file_order_among_the_warnings(tmp_path: Path, example: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    _, out = invoke("validate", str(path))
    lines = [int(line.split(":")[1]) for line in said(out)[:-1]]
    assert ": warning: " in out and ": hint: " in out and lines == sorted(lines), out


def test_generate_does_not_print_hints(tmp_path: Path, example: str) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(example[: example.index("\nrisks:")] + example[example.index("\ncommunication:"):], encoding="utf-8")
    code, out = invoke("generate", "--format", "md", str(path), "-o", str(tmp_path / "out"))
    assert code == 0 and ": hint: " not in out and "hint" not in out.splitlines()[-1], out


def test_generate_no_guidance_writes_the_pack_without_it_and_switching_regenerates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, said = invoke("generate", str(EXAMPLES[0]), "--format", "md", "-o", str(out))
    assert code == 0, said
    guided = {p.relative_to(out): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.md"))}
    assert any("\n!!! tip " in text for text in guided.values())
    code, said = invoke("generate", str(EXAMPLES[0]), "--format", "md", "-o", str(out), "--no-guidance")
    assert code == 0 and "wrote " in said, said  # another fingerprint: made again, not taken as unchanged
    plain = {p.relative_to(out): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.md"))}
    assert sorted(plain) == sorted(guided)
    assert not [name for name, text in plain.items() if "!!!" in text]
    code, said = invoke("generate", str(EXAMPLES[0]), "--format", "md", "-o", str(out), "--no-guidance")
    assert code == 0 and "wrote " not in said and "unchanged" in said, said


def test_generate_help_explains_no_guidance() -> None:
    code, said = invoke("generate", "--help")
    assert code == 0 and "--no-guidance" in said
    assert "recommendations to adopt or delete" in " ".join(said.split())


def test_one_project_on_two_cores_gives_the_bytes_of_one_core(tmp_path: Path) -> None:
    """With two cores, one project's Word files are written by copies forked before the questionnaire is read."""
    made = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        code, said = invoke("generate", str(EXAMPLES[0]), "-j", jobs, "-o", str(out))
        assert code == 0, said
        made[jobs] = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert any(p.suffix == ".docx" for p in made["1"]) and made["2"] == made["1"]


def test_a_bad_questionnaire_stops_the_early_copies(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("project: [\n", encoding="utf-8")
    code, said = invoke("generate", str(bad), "-j", "2", "-o", str(tmp_path / "out"))
    assert code == 1 and "nothing was written" in said, said
    assert not (tmp_path / "out").exists()


def test_the_note_on_stderr_never_runs_into_a_line_when_both_streams_are_read_together(tmp_path: Path) -> None:
    """Review 58c: "0 errors, 3 warnings, 23 hints in 1 filenote: the hints that name ..." in a log of both streams."""
    import subprocess
    import sys

    source = (tmp_path / "q.yaml")
    source.write_text(mutate(EXAMPLES[0].read_text(encoding="utf-8"), "    interest: medium\n", ""),
                      encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", "from generator.cli import main; main()", "validate", str(source)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    lines = run.stdout.splitlines()
    assert lines[-1].startswith("0 errors, ") and lines[-1].endswith(" in 1 file"), lines[-3:]
    assert all(line.startswith(("note: ", str(source))) or line == lines[-1] for line in lines), lines
