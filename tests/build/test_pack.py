"""One project's pack: cover data per document, each document in each chosen format in order, then each format's extras."""

from __future__ import annotations

import dataclasses
import threading

from generator import writers
from generator.i18n import locales
from generator.build.early import early_copies
from generator.build.pack import FORMATS, build_pack, doc_meta, pack_files, pack_of
from generator.questionnaire import model as m
from generator.render.templates import render_project
from generator.view.context import build_context
from generator.view.tables import words


def test_a_documents_cover_data_comes_from_the_questionnaire(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    charter = next(d for d in docs if d.slug == "project-charter")
    meta = doc_meta(q, charter, ctx)
    assert (meta.title, meta.project, meta.code, meta.doc_id) == (charter.title, q.project.name, q.project.code,
                                                                  charter.doc_id)
    assert meta.owner == q.roles.project_manager and meta.organization.startswith(q.organization.name)
    assert meta.keywords == (q.project.code, ctx.kind.label, ctx.method.label) and meta.version == ctx.version
    assert meta.contents and not meta.landscape and meta.category == charter.kind_title
    request = next(d for d in docs if d.per_entry)
    assert not doc_meta(q, request, ctx).contents  # a per-entry document has no table of contents
    assert doc_meta(q, request, ctx).compact_cover and not meta.compact_cover and meta.status == ""
    assert doc_meta(q, charter) == meta  # the view model is made when not given


def test_word_files_are_tagged_with_the_documents_language(q: m.Questionnaire) -> None:
    ctx = build_context(q, locales.get("en-XA"))
    charter = render_project(q, ctx=ctx)[0]
    assert doc_meta(q, charter, ctx).language == "en-XA" and doc_meta(q, charter).language == "en"


def test_british_answers_make_the_word_files_british(q: m.Questionnaire) -> None:
    """Review 5 F10: project.language en-GB reaches Word as the spelling of English documents; French answers do not."""
    charter = render_project(q)[0]
    for answers, spelling in (("en-GB", "en-GB"), ("en", "en"), ("fr", "en")):
        british = dataclasses.replace(q, project=dataclasses.replace(q.project, language=answers))
        meta = doc_meta(british, charter)
        assert meta.language == "en" and meta.spelling == spelling


def test_the_department_follows_the_organization(q: m.Questionnaire) -> None:
    doc = render_project(q)[0]
    with_department = dataclasses.replace(q, organization=dataclasses.replace(q.organization, department="IT"))
    without = dataclasses.replace(q, organization=dataclasses.replace(q.organization, department=None))
    assert (doc_meta(with_department, doc).organization, doc_meta(with_department, doc).department) == (
        q.organization.name, "IT")
    assert (doc_meta(without, doc).organization, doc_meta(without, doc).department) == (q.organization.name, "")


def test_the_cover_data_takes_the_version_confidentiality_and_paper_from_the_answers(q: m.Questionnaire) -> None:
    doc = render_project(q)[0]
    revised = doc_meta(q, doc)
    assert revised.version == max(q.revisions, key=lambda r: r.date).version and not revised.approved
    assert doc_meta(dataclasses.replace(q, revisions=[]), doc).version == ""  # a draft: the footer says so
    labelled = dataclasses.replace(q, organization=dataclasses.replace(q.organization, confidentiality="Internal",
                                                                        paper="letter"))
    assert (doc_meta(labelled, doc).confidentiality, doc_meta(labelled, doc).paper) == ("Internal", "letter")
    plain = dataclasses.replace(q, organization=dataclasses.replace(q.organization, confidentiality=None, paper=None))
    assert doc_meta(plain, doc).confidentiality == "" and doc_meta(plain, doc).paper in ("a4", "letter")


def test_the_pack_holds_the_documents_and_the_pictures_by_path(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    pack = pack_of(q, docs, ctx)
    assert [d.stem for d in pack.documents] == [d.path.with_suffix("") for d in docs]
    assert [d.markdown for d in pack.documents] == [d.markdown for d in docs]
    assert dict(pack.pictures) == {ctx.picture_path(name): scene for name, scene in ctx.pictures.items()}


def test_each_document_in_each_format_then_the_extras(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    files = [f.path.as_posix() for f in pack_files(q, docs, ("docx", "md"), ctx=ctx)]
    expected = [p for d in docs for p in (d.path.as_posix(), d.path.with_suffix(".docx").as_posix())]  # registration order
    assert files[:len(expected)] == expected
    assert files[len(expected):] and all(p.startswith("pictures/") and p.endswith(".svg") for p in files[len(expected):])


def test_writers_made_once_are_used_instead_of_the_formats(q: m.Questionnaire) -> None:
    md_only = writers.open_writers(["md"])
    files = pack_files(q, render_project(q), formats=("docx",), writers=md_only)
    assert {f.path.suffix for f in files} == {".md", ".svg"}


def test_build_pack_renders_and_writes_in_the_default_formats(q: m.Questionnaire) -> None:
    assert FORMATS == writers.DEFAULT_FORMATS
    files = build_pack(q)
    assert {f.path.suffix for f in files} == {".md", ".docx", ".svg"}
    assert [f.data for f in build_pack(q, formats=("md",)) if f.path.suffix == ".md"] == [
        d.markdown.encode("utf-8") for d in render_project(q)]


def test_a_forms_status_is_its_entrys_own(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    forms = [d for d in render_project(q, ctx=ctx) if d.per_entry]
    requests = [d for d in forms if isinstance(d.entry, m.ChangeRequest)]
    assert requests and all(doc_meta(q, d, ctx).status == words(d.entry.status) for d in requests)
    others = [d for d in forms if not isinstance(d.entry, m.ChangeRequest)]  # status reports and blank forms
    assert others and all(doc_meta(q, d, ctx).status == "" for d in others)


def test_a_forms_date_is_its_entrys_own(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    forms = [d for d in render_project(q, ctx=ctx) if d.per_entry]
    for d in forms:
        entry = d.entry
        if isinstance(entry, m.ChangeRequest):  # decided: the decision's date, else the day it was raised
            assert doc_meta(q, d, ctx).date == (entry.decision.date if entry.decision else entry.date)
        elif entry is None:  # a blank form: the pack's date
            assert doc_meta(q, d, ctx).date == (ctx.version_date or ctx.records_date or q.project.start)


def test_the_cover_data_says_whether_the_current_version_is_approved(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    charter = next(d for d in render_project(q, ctx=ctx) if d.slug == "project-charter")
    version = ctx.latest_revision.version if ctx.latest_revision else ""
    none = dataclasses.replace(q, approvals=[])
    assert doc_meta(none, charter).status_line == "Draft — no approval of this document recorded"
    earlier = m.Approval(document="project-charter", version="0.1", by=q.roles.sponsor, date=q.project.start)
    meta = doc_meta(dataclasses.replace(q, approvals=[earlier]), charter)
    # the charter's signers: the sponsor and the project manager, who wrote the current version and signs it as its
    # author, so only the sponsor's approval is asked for (reviews 67b, 67c, 68a, 68c)
    assert ctx.latest_revision is not None and ctx.latest_revision.author == q.roles.project_manager
    assert not meta.approved and meta.status_line == (
        f"Draft — version {version} not yet approved (version 0.1 approved by {q.roles.sponsor} on "
        f"{q.project.start})")
    shown = ctx.newer_unmanaged(charter.reflects)  # the records that make its approval stale (reviews 89a F1, 95c F2)
    current = dataclasses.replace(earlier, version=version, by="board", date=shown or q.project.start)
    approved = dataclasses.replace(q, approvals=[earlier, current])
    meta = doc_meta(approved, charter)
    assert meta.approved and meta.status_line.startswith(f"Approved — version {version} approved by the change board")
    markdown = next(d for d in render_project(approved) if d.slug == "project-charter").markdown
    assert f"| Status | {meta.status_line} |" in markdown  # one rule for the Markdown and the Word cover
    if shown:  # review 38a F3: approved before records the copy reflects: a draft again, not APPROVED
        older = dataclasses.replace(q, approvals=[earlier, dataclasses.replace(current, date=q.project.start)])
        stale = doc_meta(older, charter)
        assert not stale.approved and stale.status_line.startswith(f"Draft — version {version} was approved by the "
                                                                  f"change board on {q.project.start}; this copy also")


def test_the_cover_data_names_records_later_than_the_version(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    register = next(d for d in docs if d.slug == "risk-register")  # (it shows records of every kind)
    meta = doc_meta(q, register, ctx)
    assert meta.records_date == ctx.newer_records and meta.date == ctx.version_date
    if ctx.newer_records:
        assert f"| Reflects records up to | {ctx.newer_records} |" in register.markdown
    later = dataclasses.replace(q.revisions[0], date=q.project.end, version="9.9")
    caught_up = dataclasses.replace(q, revisions=[*q.revisions, later])
    assert doc_meta(caught_up, register).records_date is None  # the version is the latest record
    assert all(doc_meta(q, d, ctx).records_date is None for d in docs if d.per_entry)  # a form is dated by its entry


def test_a_forms_status_is_printed_in_words(q: m.Questionnaire) -> None:
    request = dataclasses.replace(q.change_control.requests[0], status="under-review", decision=None)
    reviewed = dataclasses.replace(q, change_control=dataclasses.replace(q.change_control, requests=[request]))
    form = next(d for d in render_project(reviewed) if d.per_entry and d.entry is not None)
    assert doc_meta(reviewed, form).status == "under review"  # the Word cover's line, as the form's table says it


def test_a_forms_cover_names_its_date_and_gives_the_version_its_own(q: m.Questionnaire) -> None:
    """One rule: a form is dated by its entry, named for what that date is; the version keeps its own date."""
    ctx = build_context(q)
    for d in render_project(q, ctx=ctx):
        meta = doc_meta(q, d, ctx)
        assert meta.version_date == ctx.version_date
        if isinstance(d.entry, m.ChangeRequest):
            assert meta.date_label == ("Decided" if d.entry.decision else "Requested")
            assert meta.date == (d.entry.decision.date if d.entry.decision else d.entry.date)
        elif d.entry is None:  # the whole documents and the blank form: the version's date, said so (review 125b F6)
            assert meta.date_label == "Version date"
        else:  # another entry (a status report): its own date, called "Date"
            assert meta.date_label == ""


def test_documents_shared_among_cores_give_the_same_files_in_the_same_order(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    alone = pack_files(q, docs, ("md", "docx"), ctx=ctx)
    shared = pack_files(q, docs, ("md", "docx"), ctx=ctx, jobs=2)
    assert [(f.path, f.data) for f in shared] == [(f.path, f.data) for f in alone]


def test_early_copies_write_the_same_files_in_the_same_order(q: m.Questionnaire) -> None:
    """A project built alone on several cores by copies forked early gives exactly the files made here."""
    ctx = build_context(q)
    docs = render_project(q, ctx=ctx)
    here = pack_files(q, docs, ctx=ctx)
    with early_copies(1, FORMATS, jobs=2) as copies:
        assert copies, threading.enumerate()
        early = pack_files(q, docs, ctx=ctx, writers=[], early=copies)
    assert [(f.path, f.data) for f in early] == [(f.path, f.data) for f in here]


def test_only_a_blank_form_is_filled_in_by_hand(q: m.Questionnaire) -> None:
    ctx = build_context(q)
    blank = {d.path.name: doc_meta(q, d, ctx).blank_form for d in render_project(q, ctx=ctx)}
    assert [name for name, is_blank in blank.items() if is_blank] == [f"{q.project.code}-change-request-form.md"]
