"""pmdocs's shipped files, its cache folder, and data files read back from the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import resources
from generator.resources import builtin_templates_dir, cache_root, cached_data


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PMDOCS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PMDOCS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "pmdocs"
    monkeypatch.setenv("PMDOCS_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_root() == tmp_path / "mine"
    assert (builtin_templates_dir() / "project-charter.md.j2").is_file()


def test_a_data_file_is_parsed_once_then_read_back(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "DATA", tmp_path)
    (tmp_path / "k.yaml").write_text("a: 1\n", encoding="utf-8")
    calls: list[bytes] = []

    def parse(raw: bytes) -> object:
        calls.append(raw)
        return {"a": [1, "é"]}

    assert cached_data("k.yaml", parse) == {"a": [1, "é"]} and len(calls) == 1
    assert cached_data("k.yaml", parse) == {"a": [1, "é"]} and len(calls) == 1  # from the cache
    [written] = (cache / "data").iterdir()
    assert json.loads(written.read_bytes()) == {"a": [1, "é"]}
    (tmp_path / "k.yaml").write_text("a: 2\n", encoding="utf-8")  # a new version of the file: parsed anew
    assert cached_data("k.yaml", parse) == {"a": [1, "é"]} and len(calls) == 2


def test_a_broken_or_unwritable_cache_is_not_used(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "DATA", tmp_path)
    (tmp_path / "k.yaml").write_text("a: 1\n", encoding="utf-8")
    assert cached_data("k.yaml", lambda raw: {"v": 1}) == {"v": 1}
    [written] = (cache / "data").iterdir()
    written.write_text("{not json", encoding="utf-8")
    assert cached_data("k.yaml", lambda raw: {"v": 2}) == {"v": 2}  # parsed again, and the cache mended
    assert json.loads(written.read_text(encoding="utf-8")) == {"v": 2}
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("PMDOCS_CACHE_DIR", str(blocked / "cache"))  # under a file: cannot be made
    assert cached_data("k.yaml", lambda raw: {"v": 3}) == {"v": 3}


def test_the_knowledge_files_read_the_same_through_the_cache(cache: Path) -> None:
    import yaml

    from generator.resources import _parse_yaml

    for name in ("methodologies.yaml", "project_types.yaml", "meetings.yaml", "plain_terms.yaml"):
        direct = yaml.safe_load((resources.DATA / name).read_text(encoding="utf-8"))
        assert cached_data(name, _parse_yaml) == direct
        assert cached_data(name, lambda raw: pytest.fail("parsed again")) == direct
