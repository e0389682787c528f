"""Uniqueness: names written once, and per-entry ids that never share a file."""

from __future__ import annotations


from generator.diagnostics import format_path
from generator.questionnaire.checks import check
from generator.questionnaire.file_names import BUILT_IN, EntryKind, PerEntryKind
from generator.questionnaire.loader import load_text
from generator.questionnaire.validate import validate_tree
from generator.render.registry import registry
from generator.render.templates import environment
from tests.conftest import mutate, run
from tests.support.doc_kinds import DECISIONS


def test_duplicate_names_ignore_case_and_spacing(example: str) -> None:
    text = mutate(example, "\nroles:", "  - name: sam  lee\n    role: Twin\n\nroles:")
    assert any("duplicate person" in d.message for d in run(text).diagnostics)


def _diagnostics(text: str, kinds: tuple[PerEntryKind, ...]) -> list[str]:
    """Return the file-name problems of a questionnaire checked with these per-entry kinds, as ``path: message``."""
    root = load_text(text, "q.yaml").root
    assert root is not None
    draft = validate_tree(root, "q.yaml")
    check(draft, "q.yaml", kinds)
    return [f"{format_path(d.path)}: {d.message}" for d in draft.diagnostics if "same file name" in d.message]


def test_change_request_ids_that_make_one_file_name_are_refused(example: str) -> None:
    text = mutate(example, "    - id: CR-001\n", "\n".join([
        "    - id: CR/001", "      title: Same file", "      requested_by: Sam Lee", "      date: 2027-03-02",
        "      description: x", "      reason: y", "      status: submitted", "    - id: CR 001", ""]))
    assert _diagnostics(text, BUILT_IN) == [
        "change_control.requests[1].id: id 'CR 001' would be saved under the same file name as 'CR/001'; "
        "choose a more distinct id"]


def test_an_id_that_makes_the_blank_forms_name_is_refused(example: str) -> None:
    text = mutate(example, "    - id: CR-001", "    - id: change-request-form")
    assert _diagnostics(text, BUILT_IN) == [
        "change_control.requests[0].id: id 'change-request-form' would be saved under the same file name as the blank "
        "form; choose a more distinct id"]
    assert _diagnostics(text, ()) == []


def test_any_per_entry_kind_is_checked(example: str) -> None:
    text = example + DECISIONS.replace("D/02", "D:01")
    kind = EntryKind("decisions", "id", "decision", "decision-record")
    assert _diagnostics(text, (kind,)) == [
        "decisions[1].id: id 'D:01' would be saved under the same file name as 'D-01'; choose a more distinct id"]
    assert _diagnostics(text, BUILT_IN) == []


def test_the_built_in_kinds_are_the_registrys_per_entry_kinds() -> None:
    kinds = [k for k in registry(environment(None)) if k.per_entry]
    described = [(k.each, k.id_field, k.entry_name, k.slug, bool(k.blank_form)) for k in kinds]
    assert described == [(k.each, k.id_field, k.entry_name, k.slug, bool(k.blank_form)) for k in BUILT_IN]
