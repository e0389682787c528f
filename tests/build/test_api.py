"""The one build API: reading, the checks across files, planning, packs and writing, as every caller gets them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

import generator.build.batch
import generator.build.rendering
from generator.build.api import Build, Options
from generator.build.batch import run_on_cores
from generator.build.pack import build_pack
from generator.site.worker import Job, Task, prepare
from tests.conftest import EXAMPLES, mutate


def copies(folder: Path, example: str, codes: list[str]) -> list[Path]:
    """Return questionnaires made from the example, one per project code."""
    folder.mkdir(exist_ok=True)
    paths = []
    for code in codes:
        paths.append(folder / f"{code}.yaml")
        paths[-1].write_text(mutate(example, "  code: CDP-2027", f"  code: {code}"), encoding="utf-8")
    return paths


def test_a_code_used_twice_is_an_error_at_the_second_file(tmp_path: Path, example: str) -> None:
    first, second = copies(tmp_path / "a", example, ["SAME-1"]) + copies(tmp_path / "b", example, ["SAME-1"])
    inputs = Build(Options()).read([first, second])
    assert not inputs.usable() and len(inputs.questionnaires) == 2
    [clash] = inputs.across
    assert clash.file == str(second) and "also used by" in clash.message and clash in inputs.diagnostics


def test_file_names_are_shown_as_the_caller_says(tmp_path: Path, example: str) -> None:
    [path] = copies(tmp_path, example, ["NAMED-1"])
    inputs = Build(Options(display=lambda p: f"shown/{p.name}")).read([path])
    assert inputs.usable() and inputs.results[0].filename == "shown/NAMED-1.yaml"


def test_plan_write_and_plan_again(tmp_path: Path, example: str) -> None:
    paths = copies(tmp_path / "in", example, ["ONE-1", "TWO-2"])
    build = Build(Options(formats=("md",), jobs=1, output=tmp_path / "out"))
    inputs = build.read(paths)
    plan = build.plan(inputs.questionnaires)
    assert [p.current for p in plan] == [False, False]
    wrote: list[Path] = []
    done = build.write(plan, list(build.packs(inputs.questionnaires)), wrote.append)
    assert done.projects == 2 and done.written == len(wrote) > 0 and done.unchanged == 0
    assert all(p.is_file() and p.is_relative_to(tmp_path / "out") for p in wrote)
    again = build.plan(inputs.questionnaires)
    assert [p.current for p in again] == [True, True] and [p.key for p in again] == [p.key for p in plan]
    assert build.write(again, []).unchanged == done.written


def test_a_pack_is_the_same_from_the_api_as_from_the_pipeline(example: str) -> None:
    inputs = Build(Options()).read(EXAMPLES[:1])
    [q] = inputs.questionnaires
    assert Build(Options()).pack(q) == build_pack(q)


def test_another_reference_or_format_is_another_fingerprint(tmp_path: Path) -> None:
    [q] = Build(Options()).read(EXAMPLES[:1]).questionnaires
    assert Build(Options()).fingerprint(q) != Build(Options(formats=("md",))).fingerprint(q)
    assert Build(Options()).reference_warnings() == []


def test_a_site_project_is_rendered_once_for_its_pages_and_its_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [q] = Build(Options()).read(EXAMPLES[:1]).questionnaires
    calls = {"context": 0, "render": 0}
    real_context, real_render = generator.build.rendering.build_context, generator.build.rendering.render_project

    def context(*args: object) -> object:
        calls["context"] += 1
        return real_context(*args)  # type: ignore[arg-type]

    def render(*args: object) -> object:
        calls["render"] += 1
        return real_render(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(generator.build.rendering, "build_context", context)
    monkeypatch.setattr(generator.build.rendering, "render_project", render)
    job = Job(tmp_path / "work", dt.date(2027, 1, 1), True, None, {}, 0)
    [prepared] = run_on_cores(lambda task: prepare(job, task), [Task(q, "q.yaml", "key", [])], jobs=1)
    assert calls == {"context": 1, "render": 1}
    assert prepared.downloads and any(path.suffix == ".zip" for path, _ in prepared.downloads)
    assert {uri for uri, _ in prepared.pages} >= {f"projects/{q.project.code}/index.md"}
    shutil.rmtree(tmp_path / "work")


def test_the_writers_made_for_the_reference_s_warnings_pack_a_single_project(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import docx

    reference = tmp_path / "brand.docx"
    docx.Document().save(str(reference))  # python-docx's own template: it lacks some of pmdocs's styles
    build = Build(Options(reference=reference, jobs=1, display=lambda p: p.name))
    warnings = build.reference_warnings()
    assert warnings and all(w.file == "brand.docx" and "style" in w.message for w in warnings)
    made = build.writers()
    assert build.writers() is made and [w.format.name for w in made] == ["md", "docx"]
    opened: list[object] = []
    monkeypatch.setattr(generator.build.batch, "open_writers", lambda *args, **kwargs: opened.append(args) or [])
    [q] = build.read(EXAMPLES[:1]).questionnaires
    assert [f.path.suffix for f in build.pack(q)].count(".docx") > 0 and opened == []  # the writers made above
    assert Build(Options(reference=reference, formats=("md",))).reference_warnings() == []  # Markdown has no styles


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_build_without_guidance_has_another_fingerprint_and_packs_without_it(jobs: int) -> None:
    questionnaires = Build(Options()).read(EXAMPLES[:2]).questionnaires
    plain = Build(Options(formats=("md",), guidance=False, jobs=jobs))
    assert plain.fingerprint(questionnaires[0]) != Build(Options(formats=("md",))).fingerprint(questionnaires[0])
    packs = list(plain.packs(questionnaires))  # in workers too (two projects on two cores)
    assert [[f.path for f in pack] for pack in packs] == [[f.path for f in build_pack(q, formats=("md",))]
                                                         for q in questionnaires]
    assert not [f.path for pack in packs for f in pack if b"\n!!! " in f.data]
    assert [f.data for f in packs[0]] == [f.data for f in build_pack(questionnaires[0], formats=("md",), guidance=False)]
