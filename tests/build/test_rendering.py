"""One project's single pass: its view model and documents made once, and its pack written from that one rendering."""

from __future__ import annotations

from pathlib import Path


from generator import writers
from generator.build.pack import build_pack
from generator.build.rendering import render_once
from generator.questionnaire import model as m
from generator.render.templates import render_project


def test_one_rendering_holds_the_view_model_and_every_document(q: m.Questionnaire) -> None:
    rendering = render_once(q)
    assert rendering.q is q and rendering.ctx.q is q
    assert rendering.documents == render_project(q)


def test_the_pack_of_a_rendering_is_the_pack_built_from_scratch(q: m.Questionnaire) -> None:
    rendering = render_once(q)
    files = rendering.pack(writers.open_writers(["md", "docx"]))
    assert [(f.path, f.data) for f in files] == [(f.path, f.data) for f in build_pack(q)]
    assert rendering.pack(writers.open_writers(["md"])) == build_pack(q, formats=("md",))


def test_the_users_templates_shadow_the_builtin_ones(q: m.Questionnaire, tmp_path: Path) -> None:
    (tmp_path / "project-charter.md.j2").write_text("# Ours: {{ p.name }}\n", encoding="utf-8")
    rendering = render_once(q, tmp_path)
    charter = next(d for d in rendering.documents if d.slug == "project-charter")
    assert charter.markdown == f"# Ours: {q.project.name}\n"


def test_a_rendering_without_guidance_holds_none(q: m.Questionnaire) -> None:
    plain = render_once(q, guidance=False)
    assert plain.documents == render_project(q, guidance=False) != render_once(q).documents
    assert all("!!!" not in doc.markdown for doc in plain.documents)
    assert plain.pack(writers.open_writers(["md"])) == build_pack(q, formats=("md",), guidance=False)
