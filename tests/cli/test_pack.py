"""pmdocs validate and generate: compiler-style lines, exit codes, sizes and folders of questionnaires."""

from __future__ import annotations

import re
from pathlib import Path

from generator.cli.pack import parse_size
from tests.conftest import EXAMPLES, mutate
from tests.support.cli import invoke

LINE_RE = re.compile(r"^.+:\d+:\d+: (error|warning): [\w.\[\]]+: .+$")


def test_examples_validate_cleanly() -> None:
    code, out = invoke("validate", *map(str, EXAMPLES))
    assert code == 0, out
    assert out.strip() == f"0 errors, 0 warnings in {len(EXAMPLES)} files"


def test_errors_give_exit_1_and_compiler_lines(tmp_path: Path, example: str) -> None:
    bad = tmp_path / "cdp.yaml"
    text = mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz")
    bad.write_text(mutate(text, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    code, out = invoke("validate", str(bad))
    lines = out.strip().splitlines()
    assert code == 1
    assert all(LINE_RE.match(line) for line in lines[:-1]), out
    assert f"{bad}:" in lines[0]
    assert lines[-1] == "1 error, 1 warning in 1 file"


def test_warnings_alone_exit_0_unless_strict(tmp_path: Path, example: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(mutate(example, "    due: 2027-06-30\n  - objective: Cut", "  - objective: Cut"), encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 0 and ": warning: objectives[0].due:" in out and out.strip().endswith("0 errors, 1 warning in 1 file")
    code, out = invoke("validate", "--strict", str(path))
    assert code == 1 and ": error: objectives[0].due:" in out and out.strip().endswith("1 error, 0 warnings in 1 file")


def test_one_bad_file_among_good_ones(tmp_path: Path, example: str) -> None:
    (tmp_path / "a.yaml").write_text(example, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- not a mapping\n", encoding="utf-8")
    code, out = invoke("validate", str(tmp_path))
    assert code == 1
    assert out.strip().splitlines()[-1] == "1 error, 0 warnings in 2 files"


def test_max_size_option(tmp_path: Path, example: str) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(example, encoding="utf-8")
    code, out = invoke("validate", "--max-size", "2K", str(path))
    assert code == 1 and "limited to 2,000 bytes" in out
    assert invoke("validate", "--max-size", "1MB", str(path))[0] == 0


def test_parse_size() -> None:
    assert parse_size("1MB") == 1_000_000 and parse_size("500k") == 500_000 and parse_size("1234") == 1234


