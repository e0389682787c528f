"""User templates shadow built-in ones, add document types, and fail with a located error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.render.templates import TemplateProblem, builtin_templates_dir, environment, registry, render_project
from tests.conftest import run


@pytest.fixture()
def q(example: str):
    return run(example).questionnaire


def test_builtin_registry_lists_the_documents() -> None:
    slugs = [t.slug for t in registry(environment())]
    assert slugs == ["project-charter", "scope-statement", "communication-plan", "risk-register",
                     "change-control-plan", "change-request"]


def test_user_template_shadows_the_builtin(tmp_path: Path, q) -> None:
    (tmp_path / "project-charter.md.j2").write_text("# Our charter: {{ p.name }}\n\n{{ p.summary }}\n", encoding="utf-8")
    docs = {d.slug: d.markdown for d in render_project(q, tmp_path)}
    assert docs["project-charter"].startswith("# Our charter: Customer Data Platform Migration")
    assert docs["scope-statement"].startswith("# Scope statement:")


def test_adding_a_template_adds_a_document(tmp_path: Path, q) -> None:
    (tmp_path / "lessons-learned.md.j2").write_text(
        "{#- pmdocs\ntitle: Lessons learned\norder: 70\n-#}\n# Lessons learned: {{ p.name }}\n", encoding="utf-8")
    docs = render_project(q, tmp_path)
    assert str(docs[-1].path) == "CDP-2027-lessons-learned.md" and docs[-1].title == "Lessons learned"


def test_user_template_output_is_escaped_too(tmp_path: Path, example: str) -> None:
    text = example.replace("  name: Acme Corp", "  name: '*Acme* <b>Corp</b>'")
    (tmp_path / "project-charter.md.j2").write_text("{{ q.organization.name }}\n", encoding="utf-8")
    doc = render_project(run(text).questionnaire, tmp_path)[0]
    assert doc.slug == "project-charter" and doc.title == "Project charter"
    assert doc.markdown == "\\*Acme\\* &lt;b&gt;Corp&lt;/b&gt;\n"


@pytest.mark.parametrize("source,line,words", [
    ("# ok\n\n{% if p.name %}\nunclosed\n", 4, "Unexpected end of template"),
    ("# ok\n{{ p.nmae }}\n", 2, "has no attribute 'nmae'"),
    ("# ok\n\n\n{{ nothing_here }}\n", 4, "'nothing_here' is undefined"),
])
def test_broken_user_template_gives_a_located_error(tmp_path: Path, q, source: str, line: int, words: str) -> None:
    path = tmp_path / "risk-register.md.j2"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        render_project(q, tmp_path)
    diagnostic = caught.value.diagnostic
    assert Path(diagnostic.file).name == "risk-register.md.j2" and diagnostic.mark.line == line
    assert words in diagnostic.message


def test_cli_reports_template_errors_and_writes_nothing(tmp_path: Path, example: str) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "risk-register.md.j2").write_text("{{ p.nmae }}\n", encoding="utf-8")
    source = tmp_path / "q.yaml"
    source.write_text(example, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--templates", str(templates)])
    assert result.exit_code == 1
    assert "risk-register.md.j2:1:1: error: template error:" in result.output
    assert not (tmp_path / "out").exists()


def test_builtin_templates_exist() -> None:
    assert (builtin_templates_dir() / "project-charter.md.j2").is_file()
