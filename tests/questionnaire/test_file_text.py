"""A questionnaire file's bytes: too big, a folder, binary, UTF-16 or not UTF-8 is one clear error; a BOM is fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.questionnaire.loader import load
from generator.questionnaire.read import read_questionnaire


@pytest.mark.parametrize("name,data,gist,line", [
    ("latin-1", "project:\n  name: Caf\xe9\n".encode("latin-1"), "not utf-8", 2),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", 3),
    ("utf-16", "project: x\n".encode("utf-16"), "utf-16", 1),
])
def test_undecodable_files(tmp_path: Path, name: str, data: bytes, gist: str, line: int) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    result = read_questionnaire(path)
    assert len(result.diagnostics) == 1
    assert gist in result.diagnostics[0].message.lower()
    assert result.diagnostics[0].mark.line == line


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert load(path).diagnostics == []


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 1_000_100 + "\n")
    result = read_questionnaire(path)
    assert len(result.diagnostics) == 1
    assert "limited to 1,000,000 bytes" in result.diagnostics[0].message
    assert read_questionnaire(path, max_bytes=2_000_000).diagnostics[0].message != result.diagnostics[0].message


def test_folder_is_not_a_questionnaire(tmp_path: Path) -> None:
    assert "folder" in read_questionnaire(tmp_path).diagnostics[0].message
