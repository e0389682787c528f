"""The command line: exit codes, output format, init and schema."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli, parse_size
from tests.conftest import EXAMPLES, mutate

LINE_RE = re.compile(r"^.+:\d+:\d+: (error|warning): [\w.\[\]]+: .+$")


def invoke(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


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


@pytest.mark.parametrize("args", [[], ["missing.yaml"], ["--bogus", "x.yaml"], ["--max-size", "lots", "x.yaml"]])
def test_command_line_misuse_exits_2(args: list[str], tmp_path: Path) -> None:
    code, _ = invoke("validate", *args)
    assert code == 2


def test_max_size_option(tmp_path: Path, example: str) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(example, encoding="utf-8")
    code, out = invoke("validate", "--max-size", "2K", str(path))
    assert code == 1 and "limited to 2,000 bytes" in out
    assert invoke("validate", "--max-size", "1MB", str(path))[0] == 0


def test_parse_size() -> None:
    assert parse_size("1MB") == 1_000_000 and parse_size("500k") == 500_000 and parse_size("1234") == 1234


def test_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    hostile = tmp_path / "h.yaml"
    hostile.write_bytes(b"project: !!python/object/apply:os.system ['echo pwned']\n\xff\xfe")
    proc = subprocess.run([sys.executable, "-m", "generator", "validate", str(hostile)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr and "pwned" not in proc.stdout


def test_init_writes_example_and_schema(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    code, out = invoke("init", str(target))
    assert code == 0, out
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=pmdocs.schema.json"
    assert json.loads((tmp_path / "pmdocs.schema.json").read_text(encoding="utf-8"))["type"] == "object"
    assert invoke("validate", "--strict", str(target)) == (0, "0 errors, 0 warnings in 1 file\n")


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    target.write_text("mine", encoding="utf-8")
    code, out = invoke("init", str(target))
    assert code == 2 and "--force" in out
    assert target.read_text(encoding="utf-8") == "mine"
    assert invoke("init", "--force", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") != "mine"


def test_init_keeps_an_existing_schema_file(tmp_path: Path) -> None:
    (tmp_path / "pmdocs.schema.json").write_text("{}", encoding="utf-8")
    assert invoke("init", str(tmp_path / "p.yaml"))[0] == 0
    assert (tmp_path / "pmdocs.schema.json").read_text(encoding="utf-8") == "{}"


INTERACTIVE_ANSWERS = "\n".join([
    "Harbour Bridge Upgrade",   # project name
    "2027-02-30",               # start: not a real date, asked again
    "2027-03-01",               # start
    "2027-02-01",               # end: before start, asked again
    "2027-09-30",               # end
    "bad code",                 # code: invalid, asked again
    "",                         # code: take the suggested default
    "bridge",                   # type: not allowed, asked again
    "infrastructure-upgrade",   # type
    "",                         # methodology: default scrum
    "Replace the bridge's control network | phase 1",   # summary, with a pipe
    "The old network fails weekly",                     # problem
    "Harbour Authority",        # organization
    "Ana Silva",                # sponsor
    "",                         # sponsor's title: default
    "Tom O'Neil",               # project manager
    "",                         # PM title: default
    "",                         # product owner: defaults to the sponsor
    "Zero unplanned outages",   # objective
    "No outage in 90 days",     # measure
    "Control network",          # in scope
    "New network",              # deliverable
    "",                         # description: default
    "Passes the failover test", # acceptance
    "2028-01-01",               # due: outside, asked again
    "2027-08-31",               # due
]) + "\n"


def test_interactive_init_reasks_and_writes_a_valid_file(tmp_path: Path) -> None:
    target = tmp_path / "bridge.yaml"
    code, out = invoke("init", "--interactive", str(target), input=INTERACTIVE_ANSWERS)
    assert code == 0, out
    assert out.count("please try again") == 4  # start, end, code and due date
    assert "Error: 'bridge' is not one of" in out
    text = target.read_text(encoding="utf-8")
    assert "code: HBU-2027" in text and "Tom O'Neil" in text and "| phase 1" in text
    assert invoke("validate", "--strict", str(target))[0] == 0


def test_schema_command_prints_json() -> None:
    code, out = invoke("schema")
    schema = json.loads(out)
    assert code == 0 and schema["properties"]["project"]["properties"]["methodology"]["enum"][2] == "scrum"


def test_help_is_available() -> None:
    code, out = invoke("--help")
    assert code == 0 and "validate" in out and "init" in out
