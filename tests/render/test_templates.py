"""User templates shadow built-in ones, add document types, and fail with a located error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import QuestionnaireError
from generator.render.templates import (
    TemplateProblem,
    builtin_templates_dir,
    environment,
    registry,
    render_project,
)
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


# -- document kinds per entry of any questionnaire list -------------------------------------------

DECISIONS = """
decisions:
  - id: D-01
    date: 2027-01-10
    decision: Keep the legacy CRM read-only until cut-over
    by: board
  - id: D/02
    date: 2027-02-01
    decision: Use the vendor's bulk loader
    by: board
    rationale: It is twice as fast
"""
DECISION_TEMPLATE = """{#- pmdocs
title: Decision record
abbr: DR
order: 70
each: decisions
id_field: id
folder: decisions
as: decision
entry_title: Decision {id}
-#}
# Decision {{ decision.id|heading }}: {{ p.name }}

{{ decision.decision }} ({{ entry.date }}, {{ doc.title }})
"""


def test_a_template_adds_a_document_per_decision(tmp_path: Path, example: str) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE, encoding="utf-8")
    q = run(example + DECISIONS).questionnaire
    docs = [d for d in render_project(q, tmp_path) if d.slug == "decision-record"]
    assert [(str(d.path), d.title, d.doc_id, d.entry_id) for d in docs] == [
        ("decisions/CDP-2027-D-01.md", "Decision D-01", "CDP-2027-D-01", "D-01"),
        ("decisions/CDP-2027-D-02.md", "Decision D/02", "CDP-2027-D-02", "D/02")]
    assert docs[1].markdown == "# Decision D/02: Customer Data Platform Migration\n\nUse the vendor's bulk loader " \
                               "(2027-02-01, Decision record)\n"
    assert docs[0].per_entry and docs[0].kind_title == "Decision record"


def test_the_command_writes_a_new_document_kind_in_every_format(tmp_path: Path, example: str) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "decision-record.md.j2").write_text(DECISION_TEMPLATE, encoding="utf-8")
    source = tmp_path / "q.yaml"
    source.write_text(example + DECISIONS, encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(source), "-o", str(tmp_path / "out"), "--templates", str(templates)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / "CDP-2027" / "decisions"
    assert sorted(p.name for p in folder.iterdir()) == ["CDP-2027-D-01.docx", "CDP-2027-D-01.md",
                                                       "CDP-2027-D-02.docx", "CDP-2027-D-02.md"]


def test_a_status_report_kind_is_keyed_by_date(tmp_path: Path, example: str) -> None:
    (tmp_path / "status-report.md.j2").write_text(
        "{#- pmdocs\ntitle: Status report\nabbr: SR\norder: 65\neach: status_reports\nid_field: date\n-#}\n"
        "# Status report {{ entry.date }}\n\n{{ entry.summary }}\n", encoding="utf-8")
    text = example + ("status_reports:\n  - date: 2027-03-31\n    overall: green\n    summary: On track\n"
                      "  - date: 2027-04-30\n    overall: amber\n    summary: Late data\n")
    docs = [d for d in render_project(run(text).questionnaire, tmp_path) if d.slug == "status-report"]
    assert [(str(d.path), d.title) for d in docs] == [("status-reports/CDP-2027-2027-03-31.md", "Status report 2027-03-31"),
                                                      ("status-reports/CDP-2027-2027-04-30.md", "Status report 2027-04-30")]
    assert docs[0].markdown == "# Status report 2027-03-31\n\nOn track\n"
    assert not [d for d in render_project(run(example).questionnaire, tmp_path) if d.slug == "status-report"]


def test_the_builtin_change_request_kind_is_a_list_entry_kind() -> None:
    kind = next(k for k in registry(environment()) if k.slug == "change-request")
    assert (kind.each, kind.id_field, kind.folder, kind.entry_name, kind.blank_form) == (
        "change_control.requests", "id", "change-requests", "request", "Change request form")


def test_the_old_each_change_request_still_works(tmp_path: Path, q) -> None:
    (tmp_path / "change-request.md.j2").write_text(
        "{#- pmdocs\ntitle: Change request\nabbr: CR\norder: 60\neach: change-request\n-#}\n{{ request.id if request else 'blank' }}\n",
        encoding="utf-8")
    docs = [(str(d.path), d.title, d.markdown) for d in render_project(q, tmp_path) if d.slug == "change-request"]
    assert docs == [("change-requests/CDP-2027-CR-001.md", "Change request CR-001", "CR-001\n"),
                    ("change-requests/CDP-2027-change-request-form.md", "Change request form", "blank\n")]


@pytest.mark.parametrize("front,words", [
    ("each: decisionz", "each: 'decisionz' is not a list in the questionnaire (the questionnaire has no key 'decisionz')"),
    ("each: project.name", "each: 'project.name' is not a list of entries"),
    ("each: project.name.first", "('name' holds no keys)"),
    ("each: decisions\nid_field: code", "id_field: the entries of decisions have no key 'code'; they have id, date"),
    ("each: decisions\nfolder: ../up", "folder: must be one folder name"),
    ("each: decisions\nas: my decision", "as: must be a name a template can use"),
    ("eachh: decisions", "unknown key 'eachh' in the pmdocs front matter"),
    ("orientation: sideways", "orientation: must be portrait or landscape, not 'sideways'"),
    ("order: first", "order: must be a whole number, not 'first'"),
    ("- a list", "must be keys and values"),
])
def test_wrong_front_matter_is_a_located_error(tmp_path: Path, q, front: str, words: str) -> None:
    (tmp_path / "log.md.j2").write_text(f"{{#- pmdocs\n{front}\n-#}}\n# Log\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        render_project(q, tmp_path)
    assert Path(caught.value.diagnostic.file).name == "log.md.j2" and words in caught.value.diagnostic.message


def test_entries_whose_ids_make_one_file_name_are_refused(tmp_path: Path, example: str) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE, encoding="utf-8")
    q = run(example + DECISIONS.replace("D/02", "D:01")).questionnaire
    with pytest.raises(QuestionnaireError) as caught:
        render_project(q, tmp_path)
    assert caught.value.diagnostics[0].path == ("decisions", 1, "id")
    assert "decisions[1].id: 'D:01' would be saved under the same file name as entry 1" in str(caught.value)
