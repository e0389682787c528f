"""Reuse: questionnaires read once per content, never trusted beyond their exact bytes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.build.inputs import ON_CORES_FROM, input_cache, read_questionnaires
from generator.questionnaire.read import read_questionnaire
from tests.conftest import EXAMPLES
from tests.support.processes import workers_left


def summary(results: list) -> list:
    return [(r.filename, r.questionnaire, [d.format() for d in r.diagnostics]) for r in results]


def test_cached_reads_equal_fresh_reads_and_follow_every_change(tmp_path: Path) -> None:
    folder = tmp_path / "projects"
    folder.mkdir()
    paths = []
    for source in EXAMPLES:
        paths.append(folder / source.name)
        shutil.copy(source, paths[-1])
    cache = tmp_path / "cache.pickle"
    first = read_questionnaires(paths, 1_000_000, cache)
    assert cache.is_file()
    assert summary(first) == summary([read_questionnaire(p, 1_000_000) for p in paths])
    assert summary(read_questionnaires(paths, 1_000_000, cache)) == summary(first)
    changed = paths[0].read_text(encoding="utf-8").replace("schema_version: 1", "schema_version: 7", 1)
    assert changed != paths[0].read_text(encoding="utf-8")
    paths[0].write_text(changed, encoding="utf-8")
    again = read_questionnaires(paths, 1_000_000, cache)
    assert summary(again) == summary([read_questionnaire(p, 1_000_000) for p in paths])
    assert again[0].questionnaire is None  # the new bytes were read, not the kept result
    assert summary(read_questionnaires(paths, 10, cache))[1][1] is None  # another size limit is another key


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "cache.pickle"
    cache.write_bytes(b"not a pickle at all")
    results = read_questionnaires(EXAMPLES, 1_000_000, cache)
    assert all(r.ok() for r in results)
    assert summary(read_questionnaires(EXAMPLES, 1_000_000, cache)) == summary(results)


def test_the_cache_lives_in_the_cache_folder_per_output(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PMDOCS_CACHE_DIR", str(tmp_path / "c"))
    assert input_cache(Path("out")).is_relative_to(tmp_path / "c")
    assert input_cache(Path("out")) != input_cache(Path("other"))


def test_caches_of_long_unused_outputs_are_dropped(tmp_path: Path) -> None:
    old = tmp_path / "old.pickle"
    old.write_bytes(b"x")
    os.utime(old, (0, 0))
    read_questionnaires(EXAMPLES[:1], 1_000_000, tmp_path / "new.pickle")
    assert not old.exists() and (tmp_path / "new.pickle").exists()


def test_many_files_are_read_on_every_core_with_the_same_results_in_order(tmp_path: Path) -> None:
    """Past `ON_CORES_FROM` files a pool reads them: the results, errors included, are those of reading one by one."""
    folder = tmp_path / "projects"
    folder.mkdir()
    paths = []
    for index in range(ON_CORES_FROM + 3):
        source = EXAMPLES[index % len(EXAMPLES)]
        paths.append(folder / f"{index:02d}-{source.name}")
        text = source.read_text(encoding="utf-8")
        if index % 7 == 3:
            text = text.replace("schema_version: 1", "schema_version: 7", 1)  # an error, reported in its place
        paths[-1].write_text(text, encoding="utf-8")
    (folder / "broken.yaml").write_text("project: [unclosed\n", encoding="utf-8")
    paths.append(folder / "broken.yaml")
    one_by_one = summary([read_questionnaire(p, 1_000_000) for p in paths])
    assert summary(read_questionnaires(paths, 1_000_000, jobs=2)) == one_by_one
    assert summary(read_questionnaires(paths, 1_000_000, jobs=1)) == one_by_one
    assert workers_left() == set()
