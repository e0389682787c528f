"""pmdocs schema: the questionnaire's JSON Schema, printed or written to a file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import invoke


def test_schema_command_prints_json() -> None:
    code, out = invoke("schema")
    schema = json.loads(out)
    assert code == 0 and schema["properties"]["project"]["properties"]["methodology"]["enum"][2] == "scrum"


def test_schema_command_writes_the_same_schema_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "pmdocs.schema.json"
    code, out = invoke("schema", "-o", str(target))
    assert code == 0 and out == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == invoke("schema")[1]
