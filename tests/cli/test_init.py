"""pmdocs init: the example questionnaire and its schema, written without overwriting (the interview: questionnaire/test_interview.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import invoke


def test_init_writes_example_and_schema(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    code, out = invoke("init", str(target))
    assert code == 0, out
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=pmdocs.schema.json"
    assert json.loads((tmp_path / "pmdocs.schema.json").read_text(encoding="utf-8"))["type"] == "object"
    code, out = invoke("validate", "--strict", str(target))
    # hints name keys the example leaves out; the note (on stderr) says where the keys pmdocs adds are described
    lines = [line for line in out.splitlines() if ": hint: " not in line and not line.startswith("note: ")]
    assert code == 0 and len(lines) == 1 and lines[0].startswith("0 errors, 0 warnings"), out


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    target.write_text("mine", encoding="utf-8")
    for args in (["init"], ["init", "--interactive"]):
        code, out = invoke(*args, str(target), input="Should not be asked\n")
        assert code == 2 and "--force" in out and "Project name" not in out
        assert target.read_text(encoding="utf-8") == "mine"
    assert invoke("init", "--force", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") != "mine"


def test_init_keeps_an_existing_schema_file(tmp_path: Path) -> None:
    (tmp_path / "pmdocs.schema.json").write_text("{}", encoding="utf-8")
    assert invoke("init", str(tmp_path / "p.yaml"))[0] == 0
    assert (tmp_path / "pmdocs.schema.json").read_text(encoding="utf-8") == "{}"
