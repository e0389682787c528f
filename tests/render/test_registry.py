"""The document kinds: discovered from the templates' front matter, checked with a located error, planned per project or per entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path, PurePosixPath

import pytest

from generator.errors import QuestionnaireError
from generator.i18n import locales
from generator.questionnaire import model as m
from generator.render.registry import (
    DocumentKind,
    check_readable,
    entries,
    entry_id,
    plan,
    registry,
    user_folders,
)
from generator.render.templates import TemplateProblem, environment, render_project
from generator.resources import builtin_templates_dir
from tests.conftest import run
from tests.support.doc_kinds import DECISION_TEMPLATE, DECISIONS


def test_builtin_registry_lists_the_documents() -> None:
    slugs = [t.slug for t in registry(environment())]
    assert slugs == ["executive-summary", "project-charter", "scope-statement", "raci-matrix", "communication-plan",
                     "risk-register", "change-control-plan", "change-request", "status-report", "decision-log",
                     "issue-log", "technical-debt-register", "lessons-learned"]



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
    ("signers: [sponsor, ceo]", "signers: unknown role 'ceo'; the roles are sponsor, project_manager"),
    ("signers: sponsor", "signers: must be a list of roles"),
    ("- a list", "must be keys and values"),
    ("each: decisions\nfile: '{code}-decision'", "file: must name each entry's file with {id} once"),
    ("each: decisions\nfile: '{code}/{id}'", "file: must name each entry's file"),
    ("each: decisions\nfile: '{project}-{id}'", "file: must name each entry's file"),
    ("when: decisionz", "when: 'decisionz' is not a list in the questionnaire"),
    ("each: decisions\nwhen: decisions", "when: is for a kind of one document per project"),
    ("cover: big", "cover: must be full or compact, not 'big'"),
    ("fit: two-pages", "fit: must be one-page, not 'two-pages'"),
    ("reflects: [revisions, memos]", "reflects: unknown kind of record 'memos'; the kinds are revisions, requests, "
                                     "decided, approved, decisions, issues, lessons, reports, overspend, "
                                     "shown_decisions"),
    ("reflects: revisions", "reflects: must be a list of kinds of record"),
    ("reflects: []", "reflects: must be a list of kinds of record"),
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


# -- discovery ------------------------------------------------------------------------------------


def test_a_template_without_front_matter_is_described_by_its_name(tmp_path: Path) -> None:
    (tmp_path / "quality-review.md.j2").write_text("# Review\n", encoding="utf-8")  # no built-in of that name
    kind = next(k for k in registry(environment(tmp_path)) if k.slug == "quality-review")
    assert (kind.title, kind.abbr, kind.order, kind.each, kind.orientation, kind.template) == (
        "Quality review", "QR", 100, "project", "portrait", "quality-review.md.j2")
    assert not kind.per_entry and kind.folder == "quality-reviews"  # a folder only matters per entry


def test_partials_and_subfolders_are_not_document_kinds(tmp_path: Path) -> None:
    (tmp_path / "_macros.md.j2").write_text("{% macro x() %}{% endmacro %}", encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "extra.md.j2").write_text("# x\n", encoding="utf-8")
    (tmp_path / "notes.txt.j2").write_text("x", encoding="utf-8")
    assert [k.slug for k in registry(environment(tmp_path))] == [k.slug for k in registry(environment())]


def test_a_user_template_without_front_matter_keeps_the_builtin_description(tmp_path: Path) -> None:
    (tmp_path / "change-request.md.j2").write_text("{{ request.id if request else 'blank' }}\n", encoding="utf-8")
    mine = next(k for k in registry(environment(tmp_path)) if k.slug == "change-request")
    builtin = next(k for k in registry(environment()) if k.slug == "change-request")
    assert mine == builtin


def test_kinds_are_ordered_by_order_then_slug(tmp_path: Path) -> None:
    for slug in ("b-kind", "a-kind"):
        (tmp_path / f"{slug}.md.j2").write_text("{#- pmdocs\norder: 1\n-#}\n", encoding="utf-8")
    assert [k.slug for k in registry(environment(tmp_path))][:2] == ["a-kind", "b-kind"]


def test_a_per_entry_kind_reads_every_key(tmp_path: Path) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE.replace(
        "entry_title", "orientation: landscape\nblank_form: Decision form\nentry_title"), encoding="utf-8")
    kind = next(k for k in registry(environment(tmp_path)) if k.slug == "decision-record")
    assert (kind.title, kind.abbr, kind.order, kind.each, kind.id_field, kind.folder, kind.entry_name,
            kind.entry_title, kind.blank_form, kind.orientation) == (
        "Decision record", "DR", 70, "decisions", "id", "decisions", "decision", "Decision {id}", "Decision form",
        "landscape")
    assert kind.per_entry


def test_a_per_entry_kind_s_group_is_its_folder_as_words_unless_named(tmp_path: Path) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE.replace("folder: decisions", "folder: decision_log"),
                                                    encoding="utf-8")
    (tmp_path / "log.md.j2").write_text("{#- pmdocs\neach: decisions\ngroup: Decisions taken\n-#}\n", encoding="utf-8")
    kinds = {k.slug: k for k in registry(environment(tmp_path))}
    assert (kinds["decision-record"].group, kinds["log"].group, kinds["change-request"].group) == (
        "Decision log", "Decisions taken", "Change requests")


def test_the_old_blank_form_title_is_pmdocs_s_words_in_the_documents_language(tmp_path: Path, q) -> None:
    (tmp_path / "change-request.md.j2").write_text("{#- pmdocs\neach: change-request\n-#}\n", encoding="utf-8")
    legacy = next(k for k in registry(environment(tmp_path)) if k.slug == "change-request")
    assert plan(legacy, q, locales.get("en-XA"))[-1].title == "[Change request form]"
    builtin = next(k for k in registry(environment()) if k.slug == "change-request")
    assert plan(builtin, q)[-1].title == "Change request form"
    own = dataclasses.replace(builtin, blank_form="Empty form")
    assert plan(own, q, locales.get("en-XA"))[-1].title == "Empty form"  # a template's own words stay its own


def test_a_template_that_is_not_utf8_is_located_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "ok.md.j2").write_text("# fine\n", encoding="utf-8")
    (tmp_path / "latin.md.j2").write_bytes("# one\n# two\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(TemplateProblem) as caught:
        check_readable(environment(tmp_path))
    diagnostic = caught.value.diagnostic
    assert Path(diagnostic.file).name == "latin.md.j2" and diagnostic.mark.line == 3
    assert "not UTF-8" in diagnostic.message
    check_readable(environment())  # the built-in templates are never checked: they ship as UTF-8


def test_the_users_folders_come_before_the_builtin_templates(tmp_path: Path) -> None:
    assert user_folders(environment()) == []
    assert user_folders(environment(tmp_path)) == [tmp_path]
    assert builtin_templates_dir().is_dir()


# -- planning -------------------------------------------------------------------------------------


def kind_of(slug: str, templates: Path | None = None) -> DocumentKind:
    return next(k for k in registry(environment(templates)) if k.slug == slug)


def test_a_project_kind_makes_one_file(q: m.Questionnaire) -> None:
    [planned] = plan(kind_of("risk-register"), q)
    assert (planned.path, planned.doc_id, planned.entry, planned.entry_id) == (
        PurePosixPath("CDP-2027-risk-register.md"), "CDP-2027-RR", None, "")
    assert planned.title == kind_of("risk-register").title


def test_an_entry_kind_makes_a_file_per_entry_then_its_blank_form(tmp_path: Path, example: str) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE.replace("entry_title", "blank_form: Blank\nentry_title"),
                                                     encoding="utf-8")
    q = run(example + DECISIONS).questionnaire
    assert q is not None
    planned = plan(kind_of("decision-record", tmp_path), q)
    assert [(str(p.path), p.title, p.doc_id, p.entry_id) for p in planned] == [
        ("decisions/CDP-2027-D-01.md", "Decision D-01", "CDP-2027-D-01", "D-01"),
        ("decisions/CDP-2027-D-02.md", "Decision D/02", "CDP-2027-D-02", "D/02"),
        ("decisions/CDP-2027-decision-record-form.md", "Blank", "CDP-2027-DR-FORM", "")]
    assert planned[0].entry is q.decisions[0] and planned[2].entry is None


def test_an_entry_without_an_id_is_the_users_error_at_its_key(tmp_path: Path, example: str) -> None:
    (tmp_path / "decision-record.md.j2").write_text(DECISION_TEMPLATE.replace("id_field: id", "id_field: rationale"),
                                                     encoding="utf-8")
    q = run(example + DECISIONS).questionnaire
    assert q is not None
    with pytest.raises(QuestionnaireError) as caught:
        plan(kind_of("decision-record", tmp_path), q)
    assert caught.value.diagnostics[0].path == ("decisions", 0, "rationale")
    assert "no rationale to name the decision record's file" in str(caught.value)


def test_entries_follow_a_dotted_path_and_an_absent_part_has_none(q: m.Questionnaire) -> None:
    assert q.change_control is not None
    assert entries(q, "change_control.requests") == list(q.change_control.requests)
    assert entries(q, "decisions") == [] and entries(q, "scope.deliverables") == list(q.scope.deliverables)
    assert entries(dataclasses.replace(q, change_control=None), "change_control.requests") == []
    assert entries(q, "scope.in") == list(q.scope.in_)  # a key written with a trailing _ in the model


def test_an_entry_id_is_text_and_a_date_is_iso() -> None:
    assert entry_id(dt.date(2027, 3, 31)) == "2027-03-31" and entry_id("CR-001") == "CR-001" and entry_id(7) == "7"


def test_the_signers_of_a_kind_are_its_roles_and_the_builtin_charter_and_scope_name_theirs(tmp_path: Path) -> None:
    kinds = {k.slug: k for k in registry(environment())}
    assert kinds["project-charter"].signers == ("sponsor", "project_manager")
    assert kinds["scope-statement"].signers == ("sponsor", "project_manager", "product_owner")
    assert kinds["risk-register"].signers == ()  # anyone's approval approves it


def test_the_spec_s_file_names_for_the_running_project(tmp_path: Path, example: str) -> None:
    """A status report is status-reports/<code>-status-report-<date>.md; a log is written only when its section has
    entries; a per-project kind may ask for the compact cover (the executive summary's one page)."""
    q = run(example + DECISIONS).questionnaire
    assert q is not None
    report = m.StatusReport(date=dt.date(2027, 3, 31), overall="green", summary="Fine.")
    q = dataclasses.replace(q, status_reports=[report])
    [planned] = plan(kind_of("status-report"), q)
    assert (str(planned.path), planned.doc_id, planned.title) == (
        "status-reports/CDP-2027-status-report-2027-03-31.md", "CDP-2027-status-report-2027-03-31",
        "Status report 2027-03-31")
    assert [str(p.path) for p in plan(kind_of("decision-log"), q)] == ["CDP-2027-decision-log.md"]
    assert plan(kind_of("issue-log"), q) == [] and plan(kind_of("lessons-learned"), q) == []
    assert kind_of("executive-summary").compact and not kind_of("project-charter").compact
    assert kind_of("change-request").compact  # one per entry: compact unless it says full
    assert kind_of("executive-summary").fit == "one-page" and kind_of("project-charter").fit == ""
