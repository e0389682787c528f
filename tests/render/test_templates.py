"""Rendering templates: user templates shadow built-in ones, add document kinds, and fail with a located error."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.questionnaire import model as m
from generator.ir.nodes import Guidance
from generator.ir.reader import parse
from generator.render.templates import (
    TemplateProblem,
    builtin_templates_dir,
    environment,
    render_project,
)
from tests.conftest import run
from tests.support.doc_kinds import DECISION_TEMPLATE, DECISIONS


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
    doc = next(d for d in render_project(run(text).questionnaire, tmp_path) if d.slug == "project-charter")
    assert doc.title == "Project charter"
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


# -- guidance: generic good practice set apart, or left out --------------------------------------------------------

GUIDED = """{#- pmdocs
title: Guided
order: 70
-#}
{% import "_macros.md.j2" as m with context %}
# Guided: {{ p.name }}

Fact.
{% call m.guidance() %}
Adopt **this**: {{ why }}

| Step | Who |
|---|---|
| Plan | Team |

- one
- two
{% endcall %}
{% call m.guidance(title) %}
Short.
{% endcall %}
Shown: {{ show_guidance }}.
"""


def _guided(tmp_path: Path, q, guidance: bool) -> str:
    (tmp_path / "guided.md.j2").write_text(GUIDED.replace("{{ why }}", "{{ p.code }}").replace(
        "m.guidance(title)", "m.guidance(q.organization.name ~ ' *x*')"), encoding="utf-8")
    return render_project(q, tmp_path, guidance=guidance)[-1].markdown


def test_guidance_is_an_admonition_with_its_body_indented(tmp_path: Path, q) -> None:
    assert _guided(tmp_path, q, True) == (
        "# Guided: Customer Data Platform Migration\n\nFact.\n\n"
        '!!! tip "Guidance: recommended practice — adopt or delete"\n\n'
        "    Adopt **this**: CDP-2027\n\n    | Step | Who |\n    |---|---|\n    | Plan | Team |\n\n    - one\n    - two\n\n"
        '!!! tip "Acme Corp \\*x\\*"\n\n    Short.\n\nShown: Yes.\n')


def test_without_guidance_the_macro_writes_nothing(tmp_path: Path, q) -> None:
    assert _guided(tmp_path, q, False) == "# Guided: Customer Data Platform Migration\n\nFact.\nShown: No.\n"


def test_a_template_rendered_without_the_flag_shows_guidance() -> None:
    made = environment().from_string('{% import "_macros.md.j2" as m %}{% call m.guidance("T") %}B{% endcall %}').render()
    assert made == '\n!!! tip "T"\n\n    B\n\n'


TERMS = "### Terms explained for non-technical readers"


def _terms_apart(markdown: str) -> tuple[str, list[str]]:
    """Return a document without its table of terms explained for non-technical readers (nor the sentence that
    introduces it, which says whether it explains the guidance's terms too), and that table's rows."""
    if TERMS not in markdown:
        return markdown, []
    head, rest = markdown.split(TERMS, 1)
    intro, table = rest.split("\n|", 1)
    rows, tail = ("|" + table).split("\n\n", 1) if "\n\n" in table else ("|" + table, "")
    return head + TERMS + "\n\n" + tail, rows.splitlines()[2:]


def test_the_pack_without_guidance_holds_none_and_otherwise_the_same_blocks(q) -> None:
    """Without guidance a pack only loses blocks; its table of terms explains only the terms it still uses."""
    guided, plain = render_project(q), render_project(q, guidance=False)
    assert [d.path for d in guided] == [d.path for d in plain]
    assert any("\n!!! tip " in d.markdown for d in guided)
    for with_it, without in zip(guided, plain):
        assert "!!!" not in without.markdown
        (guided_text, guided_terms), (plain_text, plain_terms) = _terms_apart(with_it.markdown), _terms_apart(
            without.markdown)
        assert set(plain_terms) <= set(guided_terms)
        kept = iter([b for b in parse(guided_text).blocks if not isinstance(b, Guidance)])
        assert all(any(block == other for other in kept) for block in parse(plain_text).blocks), with_it.path


def test_a_pack_without_guidance_explains_only_terms_it_uses(q) -> None:
    """Review 11 F5: the methodology's notes are guidance; their terms leave with them."""
    plan = next(d.markdown for d in render_project(q, guidance=False) if d.path.name.endswith("communication-plan.md"))
    text, rows = _terms_apart(plan)
    terms = [row.split(" | ")[0].strip("| ") for row in rows]
    assert terms and "Velocity" not in terms
    assert all(term.casefold() in text.casefold() for term in terms), terms
    assert "plain-language communication:" in plan and "or in its guidance" not in plan  # review 33: no guidance here


def test_a_message_may_name_its_count_n(q) -> None:
    made = environment().from_string('{{ ngettext("%(n)s risk", "%(n)s risks", 2, n=2) }} {{ gettext("%(message)s", '
                                     'message="*x*") }}').render()
    assert made == "2 risks \\*x\\*"


def test_lower_keeps_markdown_written_by_join_as_it_is() -> None:
    made = environment().from_string('{{ ["*A*", "B"]|join(", ")|lower }} {{ "*C*"|lower }}').render()
    assert made == "\\*a\\*, b \\*c\\*"


def test_the_paragraphs_filter_keeps_paragraphs_and_escapes_each() -> None:
    template = environment().from_string("{{ text|paragraphs }}")
    assert template.render(text="One *line*\n\nTwo | three\n  \n\nfour") == "One \\*line\\*\n\nTwo \\| three\n\nfour"
    assert template.render(text="") == ""


def test_trimming_a_full_stop_keeps_the_one_of_a_day_written_day_and_month_first() -> None:
    """Review 100c F7: "…do 17. 12." became "do 17. 12 —" in the executive summary."""
    from generator.render.templates import trim_text

    assert trim_text("Schválit CR-006 do 17. 12.", ".") == "Schválit CR-006 do 17. 12."
    assert trim_text("Freigabe bis 17.12.", ".") == "Freigabe bis 17.12."
    assert trim_text("Approve CR-6 by 17 December.", ".") == "Approve CR-6 by 17 December"
    assert trim_text("  spaced  ") == "spaced"


def test_an_answer_trimmed_or_set_in_bold_with_a_colon_keeps_its_language() -> None:
    """Review 110a F8: the executive summary's risks (trimmed of their full stop) and the change log's request titles
    (bold, with a colon) lost their language tag in a Greek pack (here: Hungarian, in Latin letters, which a Greek pack leaves untagged), so Word spell-checked them as English."""
    import dataclasses

    from tests.conftest import ROOT, run
    from generator.render.templates import render_project

    q = run((ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")).questionnaire
    assert q is not None and q.change_control is not None and q.risks
    other = dataclasses.replace(q, project=dataclasses.replace(q.project, language="hu"))  # Latin letters: tagged
    docs = {d.slug: d.markdown for d in render_project(other) if not d.entry_id}
    risk = other.risks[0].risk.strip().rstrip(".")
    summary = docs["executive-summary"]
    assert risk in summary and f'<span lang="hu">{risk}' in summary
    title = other.change_control.requests[0].title
    assert f'**<span lang="hu">{title}</span>:**' in docs["change-control-plan"]


def test_no_builtin_template_line_ends_its_output_with_a_comment() -> None:
    """Review 103a F3: ``| row |{# note #}`` lost its line break to trim_blocks (comments trim like tags), so a
    table's rows ran into one line and Word kept only the first: a comment never closes a line that writes text."""
    import re

    from generator.resources import builtin_templates_dir

    glued = []
    for path in sorted(builtin_templates_dir().rglob("*.j2")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.rstrip().endswith("#}") or "{#" not in line:
                continue  # the end of a comment of several lines: nothing written before it on this line
            text = re.sub(r"\{%.*?%\}", "", line[:line.rindex("{#")])
            if text.strip():
                glued.append(f"{path.name}:{number}")
    assert not glued


def test_a_list_whose_items_hold_a_comma_is_joined_by_semicolons() -> None:
    """Review 118c F9: "Jocelyn Reyes, RPh, Michelle Ocampo" in the RACI matrix read as three people."""
    made = environment().from_string('{{ ["Jocelyn Reyes, RPh", "Michelle Ocampo"]|join(", ") }} / '
                                     '{{ ["CR-001", "CR-002"]|join(", ") }}').render()
    assert made == "Jocelyn Reyes, RPh; Michelle Ocampo / CR-001, CR-002"


def test_a_stakeholder_who_has_left_stays_in_the_register_and_off_the_distribution_lists(q: m.Questionnaire) -> None:
    """Review 140b F8: the product owner who left the company stayed on every distribution list."""
    from tests.support.reports import docs_of

    people = [dataclasses.replace(p, role="Head of Customer Operations (has left the company)")
              if p.name == "Priya Nair" else p for p in q.people]
    docs = docs_of(dataclasses.replace(q, people=people))
    charter = docs[f"{q.project.code}-project-charter.md"]
    listed = charter.split("### Distribution list")[1].split("## 1.")[0]
    assert "| Priya Nair |" not in listed
    assert "Priya Nair has left, as their job records, and is left off this list." in listed
    on_leave = [dataclasses.replace(p, role="Head of Customer Operations (on parental leave)")
                if p.name == "Priya Nair" else p for p in q.people]
    assert "| Priya Nair |" in docs_of(dataclasses.replace(q, people=on_leave))[f"{q.project.code}-project-charter.md"]


def test_a_stakeholder_rated_resistant_is_not_sent_the_plan_that_rates_them(q: m.Questionnaire) -> None:
    """Review 141b F8: the resistant head of retail banking on the list of the plan rating him so; the other
    documents still go to him, and an answered ``receives`` decides."""
    from tests.support.reports import docs_of

    cold = m.StakeholderEngagement(current="resistant", desired="supportive")
    people = [dataclasses.replace(p, engagement=cold, receives=None) if p.name == "Priya Nair" else p
              for p in q.people]
    docs = docs_of(dataclasses.replace(q, people=people))
    plan = docs[f"{q.project.code}-communication-plan.md"].split("### Distribution list")[1].split("## 1.")[0]
    assert "| Priya Nair |" not in plan
    assert ", whom the engagement assessment of this plan rates resistant, is left off this list" in plan
    charter = docs[f"{q.project.code}-project-charter.md"].split("### Distribution list")[1].split("## 1.")[0]
    assert "| Priya Nair |" in charter
    sent = [dataclasses.replace(p, receives=["communication-plan"]) if p.name == "Priya Nair" else p for p in people]
    plan = docs_of(dataclasses.replace(q, people=sent))[f"{q.project.code}-communication-plan.md"]
    assert "| Priya Nair |" in plan.split("### Distribution list")[1].split("## 1.")[0]


def test_a_name_joined_to_its_address_keeps_its_language() -> None:
    """Review 140a F13: "Мартин Колев of ..." untagged at the start of the distribution note, among tagged answers."""
    from generator.questionnaire.interview import example_text
    from generator.render.answers import Tagging
    from generator.view.context import build_context

    q = run(example_text()).questionnaire
    assert q is not None
    ctx = build_context(q)
    person = q.people[0]
    ctx.tag_answer = Tagging.of("de", [person.name]).tag
    assert ctx.contact(person) == f'<span lang="de">{person.name}</span>'
    assert ctx.contact(person, email=True) == f'<span lang="de">{person.name}</span> ({person.email})'


def test_the_names_in_a_documents_status_keep_their_language(q: m.Questionnaire) -> None:
    """Review 140a F13 (its second half): the status row "Approved — version 1.2 approved by Ралица Маринова" was
    untagged among Bulgarian answers tagged bg."""
    from generator.render.templates import render_project

    sponsor = q.roles.sponsor
    assert sponsor and q.revisions
    version = q.revisions[-1].version
    approved = m.Approval(document="project-charter", version=version, by=sponsor, date=q.revisions[-1].date)
    dutch = dataclasses.replace(q, project=dataclasses.replace(q.project, language="nl"), approvals=[approved])
    charter = next(r.markdown for r in render_project(dutch) if r.slug == "project-charter")
    status = next(line for line in charter.splitlines() if line.startswith("| Status |"))
    assert f'approved by <span lang="nl">{sponsor}</span> on ' in status, status
