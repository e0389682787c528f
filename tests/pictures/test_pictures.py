"""The pack's pictures together: drawn only when there is something to draw, readable at any size, every script, deterministic."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from generator.build.pack import build_pack
from generator.pictures.svg import svg
from generator.render.templates import render_project
from generator.view.context import build_context
from generator.writers.docx import drawing as drawingml
from tests.conftest import mutate, run
from tests.support.pictures import SVG, assert_readable

SCRIPTS = ["山田 太郎", "김민준", "נועה לוי", "محمد العلي", "Σοφία Παπαδοπούλου", "Ольга Смирнова", "Nguyễn Thị Minh Khai",
           "🚀 Launch ✅"]


def crowd(example: str, people: int, risks: int, milestones: int) -> str:
    """Return the example questionnaire with many people, risks and milestones, names in many scripts."""
    extra_people = "".join(
        f"  - name: \"{SCRIPTS[i % len(SCRIPTS)]} {i} {'Extraordinarily-Long-Surname' if i % 7 == 0 else ''}\"\n"
        f"    role: Stakeholder\n    influence: {('low', 'medium', 'high')[i % 3]}\n    interest: {('high', 'medium', 'low')[i % 3]}\n"
        for i in range(people))
    text = mutate(example, "\nroles:", "\n" + extra_people + "\nroles:")
    text = mutate(text, "[Dana Ortiz, Priya Nair]", "[everyone]")
    extra_risks = "".join(f"  - risk: Risk number {i}\n    likelihood: {('low', 'medium', 'high')[i % 3]}\n"
                          f"    impact: {('high', 'low', 'medium')[i % 3]}\n    mitigation: Watch it\n" for i in range(risks))
    text = mutate(text, "risks:\n", "risks:\n" + extra_risks)
    extra_ms = "".join(f"  - name: \"Milestone {i} {SCRIPTS[i % len(SCRIPTS)]} with a rather long descriptive name\"\n"
                       f"    date: 2027-{1 + i % 5 + 1:02d}-{1 + i % 27:02d}\n" for i in range(milestones))
    return mutate(text, "milestones:\n", "milestones:\n" + extra_ms)


@pytest.mark.parametrize("people,risks,milestones", [(0, 0, 0), (2, 2, 2), (60, 60, 60)])
def test_pictures_stay_readable_at_any_size(example: str, people: int, risks: int, milestones: int) -> None:
    result = run(crowd(example, people, risks, milestones))
    assert result.questionnaire is not None, [d.format() for d in result.diagnostics]
    ctx = build_context(result.questionnaire)
    assert set(ctx.pictures) == {"timeline", "stakeholder-grid", "risk-heat-map", "change-impact"}
    for picture in ctx.pictures.values():
        assert_readable(picture)
    grid = ctx.pictures["stakeholder-grid"].alt
    assert all(p.name in grid for p in result.questionnaire.people if p.name != "Sam Lee")
    heat = ctx.pictures["risk-heat-map"].alt
    assert all(r.id in heat for r in ctx.risks)
    assert all(ms.name in ctx.pictures["timeline"].alt for ms in result.questionnaire.milestones)


def test_every_script_is_drawn_as_text(example: str) -> None:
    q = run(crowd(example, len(SCRIPTS), 0, len(SCRIPTS))).questionnaire
    assert q is not None
    pictures = build_context(q).pictures
    for name in ("stakeholder-grid", "timeline"):
        drawn = " ".join(node.text or "" for node in ET.fromstring(svg(pictures[name])).iter(f"{SVG}text"))
        assert all(part in drawn for script in SCRIPTS for part in script.split()), name


def test_nothing_to_draw_means_no_picture_and_no_empty_frame(example: str) -> None:
    text = example.replace("milestones:\n  - name: Customer database migrated\n    date: 2027-05-31"
                           "                               # within the project dates\n"
                           "    deliverables: [Migrated customer database]     # deliverable names\n", "")
    text = text.replace("      due: 2027-05-31                              # within the project dates\n", "")
    text = text.replace("      due: 2027-06-25\n", "")
    text = text.replace("risks:\n  - risk: Legacy data quality is worse than sampled\n    likelihood: high"
                        "                               # low, medium or high\n    impact: medium"
                        "                                 # low, medium or high\n"
                        "    mitigation: Profile the full dataset in sprint 1\n    owner: Lee Chen\n", "")
    text = mutate(text, "      status: approved ", "      status: proposed ")
    text = text.replace(
        "      decision:                                    # required once approved, rejected, deferred or implemented\n"
        "        by: board\n        date: 2027-02-10\n        notes: Approved within contingency\n", "")
    q = run(text).questionnaire
    assert q is not None
    ctx = build_context(q)
    assert set(ctx.pictures) == {"stakeholder-grid"}
    docs = render_project(q)
    assert sum(d.markdown.count("![") for d in docs) == 1
    files = {f.path.as_posix() for f in build_pack(q)}
    assert [f for f in files if f.startswith("pictures/")] == ["pictures/CDP-2027-stakeholder-grid.svg"]


def test_pictures_are_deterministic(example: str) -> None:
    first = build_context(run(example).questionnaire).pictures
    second = build_context(run(example).questionnaire).pictures
    assert first == second  # the scenes are plain data, equal field by field
    for name, picture in first.items():
        assert svg(picture) == svg(second[name])
        assert drawingml.drawing(picture, 5486400, 1, picture.alt, picture.caption) == drawingml.drawing(
            second[name], 5486400, 1, picture.alt, picture.caption)


def test_the_site_and_the_pack_serve_the_svg_of_the_scene(example: str) -> None:
    q = run(example).questionnaire
    ctx = build_context(q)
    served = {f.path.as_posix(): f.data for f in build_pack(q, formats=("md",)) if f.path.suffix == ".svg"}
    assert served == {ctx.picture_path(name): svg(picture).encode("utf-8") for name, picture in ctx.pictures.items()}
