"""Hints about the documents' version: revisions behind the records, approvals of older versions, and revisions
that say the documents were approved before (or without) the approval."""

from __future__ import annotations

import re

import pytest

from generator.diagnostics import format_path
from generator.questionnaire.check_versions import says_signed
from tests.conftest import line_of, mutate, run
from tests.questionnaire.conftest import only_hint

SUMMARY = "    summary: Baseline approved by the sponsor"
REVISION_11 = '  - version: "1.1"\n    date: 2027-03-31\n'
CHARTER_10 = '  - {document: project-charter, version: "1.0", by: Dana Ortiz, date: 2027-01-05}\n'
CHARTER_11_DATE = "    date: 2027-04-01                              # required"


def no_approvals(text: str) -> str:
    """Return a text without its approvals (the last section of the file)."""
    return text[: text.index("approvals:  ")]


class TestRevisionSaysApproved:
    """A revision saying the documents were approved, with no approval recorded: they still show DRAFT."""

    @pytest.mark.parametrize("summary", ["Baseline approved by the sponsor", "Signed off by the CRO",
                                         "Scope sign-off by the sponsor", "Baselined at the kick-off",
                                         "Approved", "Design stage closed; plan signed-off by the board"])
    def test_hints_at_the_summary(self, complete: str, summary: str) -> None:
        text = mutate(no_approvals(complete), SUMMARY, f"    summary: {summary}")
        hint = only_hint(text)
        assert format_path(hint.path) == "revisions[0].summary"
        assert hint.mark.line == line_of(text, f"    summary: {summary}")
        assert "revision 1.0 says the documents were approved" in hint.message
        assert "show DRAFT until approvals:" in hint.message and "add approvals:" in hint.message

    def test_one_hint_at_the_latest_such_revision(self, complete: str) -> None:
        text = mutate(no_approvals(complete), "\nstatus_reports:",
                      '  - version: "1.2"\n    date: 2027-04-01\n    summary: Re-approved after CR-001 was added\n'
                      '  - version: "1.3"\n    date: 2027-04-03\n    summary: Signed off again\n\nstatus_reports:')
        hint = only_hint(text)
        assert format_path(hint.path) == "revisions[3].summary" and "revision 1.3" in hint.message

    @pytest.mark.parametrize("summary", ["First issue", "Draft for sponsor sign-off", "Not yet approved",
                                         "Awaiting sign-off", "To be approved at the steering group",
                                         "CR-001 approved and added to scope", "Change request approved by the board",
                                         "Designed the target model", "Vendor contract signed"])
    def test_quiet_when_it_says_no_approval(self, complete: str, summary: str) -> None:
        text = mutate(no_approvals(complete), SUMMARY, f"    summary: {summary}")
        assert run(text).hints == [], [h.format() for h in run(text).hints]

    def test_quiet_when_an_approval_of_its_version_is_recorded(self, complete: str) -> None:
        assert run(complete).hints == []

    def test_a_request_id_of_any_form_is_a_change(self) -> None:
        assert not says_signed("RFC-7 approved", {"rfc-7"}) and says_signed("RFC-7 approved", set())

    def test_approved_before_the_changes_it_names_is_theirs(self) -> None:
        """Review 21 F10: "Approved changes CR-001 and CR-002 added" spoke of the changes."""
        assert not says_signed("Approved changes CR-001 and CR-002 added; Regina delay recorded", set())
        assert not says_signed("Approved RFC-7 added to scope", {"rfc-7"})
        assert says_signed("Approved by the sponsor; changes CR-001 added", set())  # the documents, then changes

    @pytest.mark.parametrize("summary, signed", [
        ("Charte approuvée par Hélène Bélanger (PDG)", True), ("Vom Lenkungsausschuss genehmigt", True),
        ("Aprobado por el comité de dirección", True), ("Goedgekeurd door de stuurgroep", True),
        ("Pas encore approuvée", False), ("Noch nicht genehmigt", False),
        ("Demande de changement approuvée", False)])
    def test_other_languages_approvals_are_read(self, summary: str, signed: bool) -> None:
        """Review 38c F4: "Charte approuvée par ..." in the revisions, and no hint that no approval is recorded."""
        assert says_signed(summary, set()) is signed


class TestRevisionApprovedBeforeItsApproval:
    """(h) A revision saying the documents were approved must not predate the approval of its version."""

    def test_a_revision_dated_before_its_approval(self, complete: str) -> None:
        text = mutate(complete, CHARTER_10, CHARTER_10.replace("2027-01-05", "2027-01-08"))
        hint = only_hint(text)
        assert format_path(hint.path) == "revisions[0].summary" and hint.mark.line == line_of(text, SUMMARY)
        assert hint.message == (f"revision 1.0 of 2027-01-05 says the documents were approved, but the approval of "
                                f"version 1.0 is dated 2027-01-08 (Dana Ortiz, line {line_of(text, CHARTER_10[:-10])}): "
                                "date the revision on or after the approval, or word its summary as issued for approval")

    def test_no_approval_of_its_version(self, complete: str) -> None:
        text = mutate(complete, CHARTER_10, "")
        hint = only_hint(text)
        assert format_path(hint.path) == "revisions[0].summary"
        assert "revision 1.0 says the documents were approved, but no approval of version 1.0 is recorded" in hint.message
        assert "add approvals:" in hint.message

    def test_an_approval_of_one_change_request_is_not_the_documents(self, complete: str) -> None:
        text = mutate(complete, CHARTER_10, '  - {document: change-request, id: CR-001, version: "1.0", by: board, '
                                            'date: 2027-01-05}\n')
        assert "no approval of version 1.0 is recorded" in only_hint(text).message

    def test_approved_on_the_same_day_is_fine(self, complete: str) -> None:
        assert run(mutate(complete, CHARTER_10, CHARTER_10)).hints == []


class TestRevisionBehind:
    """(a) The newest revision must not be older than the newest record the documents show."""

    @pytest.mark.parametrize("old,new,what", [
        ("\ndecisions:", "  - {date: 2027-04-12, overall: green, summary: Later}\n\ndecisions:",
         "the status report of 2027-04-12"),
        ("\nissues:", "  - {id: D-02, date: 2027-04-02, decision: Later, by: board}\n\nissues:", "decision D-02"),
        ("    raised: 2027-03-02", "    raised: 2027-04-05", "issue I-01"),
        ("\napprovals:", "  - {date: 2027-04-10, lesson: Later, what_happened: Late, owner: Lee Chen}\n\napprovals:", "a lesson"),
    ])
    def test_a_newer_record(self, complete: str, old: str, new: str, what: str) -> None:
        text = mutate(complete, old, new)
        hint = only_hint(text)
        assert format_path(hint.path) == "revisions[1].date" and hint.mark.line == line_of(text, REVISION_11) + 1
        assert hint.message.startswith(f"the newest revision (1.1 of 2027-03-31) is older than {what} "), hint.format()
        assert hint.message.count("2027-04-12") <= 1  # a record named by its date is not dated twice
        assert "add a revision" in hint.message
        # review 87c: adding one, as the hint asks, turns approved documents back to drafts: it says so
        assert "read as drafts of it until its approvals are recorded" in hint.message

    def test_a_newer_approval_is_not_content(self, complete: str) -> None:
        assert run(mutate(complete, CHARTER_11_DATE, CHARTER_11_DATE.replace("04-01", "04-20"))).hints == []

    def test_the_newest_revision_is_found_by_date_not_place(self, complete: str) -> None:
        text = mutate(complete, REVISION_11, REVISION_11.replace("2027-03-31", "2027-01-01"))
        hint = only_hint(text)
        assert format_path(hint.path) == "revisions[0].date" and "(1.0 of 2027-01-05)" in hint.message


class TestUnapprovedVersion:
    """(b) An approval of an older version of a document than the documents' current version."""

    def test_the_current_version_not_yet_approved(self, complete: str) -> None:
        text = mutate(complete, '    version: "1.1"                                # required',
                      '    version: "1.0"                                # required')
        text = mutate(text, "    by: Dana Ortiz                                # required", "    by: Sam Lee   # required")
        hint = only_hint(text)
        line = line_of(text, '    version: "1.0"                                # required')
        assert format_path(hint.path) == "approvals[1].version" and hint.mark.line == line
        assert hint.message == (f"the project charter was approved at version 1.0 (Sam Lee, 2027-04-01), but the "
                                f"documents are now version 1.1 (revision of 2027-03-31, line "
                                f"{line_of(text, REVISION_11)}): version 1.1 is not yet approved; once it is, add an "
                                "approval (document: project-charter, version: \"1.1\", by:, date:)")

    def test_only_the_older_approval(self, complete: str) -> None:
        text = mutate(complete, "  - document: project-charter                     # required",
                      "  - document: scope-statement                     # required")
        hint = only_hint(text)
        assert format_path(hint.path) == "approvals[0].version" and "project charter was approved at version 1.0" in hint.message

    def test_a_change_request_approval_keeps_its_version(self, complete: str) -> None:
        assert 'document: change-request' in complete and run(complete).hints == []

    def test_a_version_the_history_lacks_is_compared_by_number(self, complete: str) -> None:
        text = mutate(complete, CHARTER_10, CHARTER_10.replace('"1.0"', '"0.9"'))
        text = mutate(text, SUMMARY, "    summary: First issue")
        assert run(text).hints == []  # 1.1 is approved too
        text = mutate(text, "  - document: project-charter                     # required",
                      "  - document: scope-statement                     # required")
        assert "approved at version 0.9" in only_hint(text).message

    @pytest.mark.parametrize("version", ["1.2", "draft"])
    def test_a_version_no_revision_records(self, complete: str, version: str) -> None:
        text = mutate(complete, '    version: "1.1"                                # required',
                      f'    version: "{version}"                                # required')
        hint = only_hint(text)
        assert format_path(hint.path) == "approvals[1].version"
        assert hint.message == (f"the project charter approval is of version {version}, which no revision records: "
                                f"the documents are version 1.1 (line {line_of(text, REVISION_11)}), so they read as "
                                f"not yet approved; add revision {version} under revisions:, or correct the approval's "
                                "version:")


class TestApprovalBeforeItsVersion:
    """An approval must be of a version already issued: one dated before its version's revision is a warning."""

    def test_warns_at_the_approval(self, complete: str) -> None:
        text = mutate(complete, CHARTER_10, CHARTER_10.replace("2027-01-05", "2027-01-02"))
        warnings = [d for d in run(text).diagnostics if "is before revision" in d.message]
        assert [format_path(w.path) for w in warnings] == ["approvals[0].date"]
        assert warnings[0].message == ("approval of version 1.0 on 2027-01-02 is before revision 1.0 (2027-01-05, line "
                                       f"{line_of(text, '    date: 2027-01-05')}): an approval is of a version already "
                                       "issued; correct one of the two dates")

    def test_quiet_on_or_after_the_revision(self, complete: str) -> None:
        assert not [d for d in run(complete).diagnostics if "is before revision" in d.message]


def test_a_plan_re_baselined_is_not_a_document_approved() -> None:
    """Review 45b F6: "Wave plan re-baselined after wave 1 slip" got the hint that it says the documents were
    approved."""
    from generator.questionnaire.check_versions import says_signed

    assert not says_signed("Wave plan re-baselined after wave 1 slip; CR-002 logged", set())
    assert says_signed("Plan baselined by the steering committee", set())


def test_an_approval_of_a_form_of_a_version_no_revision_records_is_hinted_at_and_said() -> None:
    """Review 93c F2: approvals of "1.0" beside revisions 0.1 to 0.3: the forms said the approval "stands in later
    versions of the project's documents (now 0.3)"."""
    from generator.render.templates import render_project
    from tests.conftest import ROOT, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    approved = text.rstrip("\n") + ("\n\napprovals:\n  - document: change-request\n    id: CR-001\n    version: \"9.9\"\n"
                                    "    by: Dana Ortiz\n    date: 2027-02-11\n")
    result = run(approved)
    said = [d for d in result.hints if "no revision records" in d.message]
    assert len(said) == 1 and said[0].message.startswith("the approval names version 9.9, which no revision records")
    assert result.questionnaire is not None
    form = next(d.markdown for d in render_project(result.questionnaire) if d.slug == "change-request"
                and d.entry_id == "CR-001")
    assert ("The approval names version 9.9, which the revision history does not record: the documents are now at "
            "version 1.1.") in form and "It stands in later versions" not in form


@pytest.mark.parametrize("version, date, said", [
    ("1.0", "2027-02-20", "names version 1.0, but the documents were version 1.1 that day"),  # an older one
    ("1.1", "2027-02-11", ""),  # the version the change goes into, issued after (as the spec's example has it)
    ("1.1", "2027-02-20", ""),
])
def test_an_approval_of_a_form_naming_another_version_than_that_days_is_hinted_at(version: str, date: str,
                                                                                  said: str) -> None:
    """Review 116b F8: a status report approved at "1.0" when the pack had been 1.1 for months passed without a
    word."""
    from tests.conftest import ROOT

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    approved = text.rstrip("\n") + ("\n\napprovals:\n  - document: change-request\n    id: CR-001\n"
                                    f"    version: \"{version}\"\n    by: Dana Ortiz\n    date: {date}\n")
    found = [d.message for d in run(approved).hints if "that day" in d.message]
    if said:
        assert len(found) == 1 and said in found[0] and found[0].startswith(f"the approval of CR-001 on {date} ")
    else:
        assert found == []


def test_a_status_reports_approval_at_an_older_version_says_a_report_carries_the_packs_version() -> None:
    """Review 142c F8: a report approved at "1.0", its own first version to the PM, when the pack was at 1.2; the
    hint asked for 1.2 without saying why, and read as contradicting the report."""
    from tests.conftest import ROOT

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    report = re.search(r"^  - date: (\d{4}-\d\d-\d\d)\n    overall:", text.split("status_reports:")[1], re.M)
    assert report is not None
    approved = text.rstrip("\n") + ("\n\napprovals:\n  - document: status-report\n"
                                    f"    id: \"{report.group(1)}\"\n    version: \"1.0\"\n    by: Dana Ortiz\n"
                                    "    date: 2027-06-30\n")
    [said] = [d.message for d in run(approved).hints if "that day" in d.message]
    assert said.endswith(": a status report carries the pack's version, shown in its header; give the version "
                         "current when it was approved"), said


def test_a_status_report_approved_at_a_version_issued_after_its_approval_is_hinted_at() -> None:
    """Review 125c F6: the report of 2026-06-30 approved on 2026-07-02 at version 1.2, whose revision is of
    2026-07-31; a change request may go into the next version (the format's own example approves CR-001 at 1.1 two
    days before revision 1.1)."""
    from tests.conftest import ROOT

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    text = mutate(text, "  - version: \"1.1\"\n    date: 2027-02-12\n", "  - version: \"1.1\"\n    date: 2027-03-20\n")

    def hinted(document: str, ident: str) -> list[str]:
        approved = text.rstrip("\n") + (f"\n\napprovals:\n  - document: {document}\n    id: \"{ident}\"\n"
                                        "    version: \"1.1\"\n    by: Dana Ortiz\n    date: 2027-03-13\n")
        return [d.message for d in run(approved).hints if "issued later" in d.message]

    [said] = hinted("status-report", "2027-03-12")
    assert said.startswith("the approval of the status report of 2027-03-12 on 2027-03-13 names version 1.1, which "
                           "was issued later, on 2027-03-20")
    assert hinted("change-request", "CR-001") == []


def test_a_revision_saying_a_design_a_budget_increase_or_a_change_was_approved_says_nothing_of_the_documents() -> None:
    """Reviews 128c F11, 128b F10: "Design approved; ...", "Added CR-002 (...), approved by the change board" and
    "Board of Directors approved a $120K budget increase for CR-002" were hinted at as documents approved."""
    ids = {"cr-001", "cr-002"}
    for summary in ("Design approved; out-of-band management added (CR-001)",
                    "Added CR-002 (ISO 20022 for Sierra Pacific), approved by the change board pending funding",
                    "Board of Directors approved a $120K budget increase for CR-002 on 7/16; budget now $1.32M"):
        assert not says_signed(summary, ids), summary
    for summary in ("Baseline approved by the sponsor", "Charter approved, scope updated", "Charte approuvée par la PDG"):
        assert says_signed(summary, ids), summary
