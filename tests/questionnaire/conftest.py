"""The questionnaire the hint tests edit: the spec's examples, complete and coherent, with no problems and no hints."""

from __future__ import annotations

import re

import pytest

from generator.diagnostics import Diagnostic, Severity
from tests.conftest import mutate, run
from tests.support.packs import EVERY_KEY, every_key_clean

OBJECTIVE_DUE = "    due: 2027-06-30                               # optional\n"
SPARSE = re.compile(r"^(  - name: .+\n    role: .+\n)(?!    organization)", re.MULTILINE)
CHARTER_APPROVAL = "  - document: project-charter                     # required; a document kind (see \"Documents\")\n"


def complete_text() -> str:
    """Return the spec's examples combined, made complete and coherent: the project active, every person assessed,
    the objective linked to its deliverable, the risk's review still ahead, a revision 1.1 as recent as the records,
    and the charter's approvals of versions 1.0 and 1.1 dated on or after their revisions."""
    text = EVERY_KEY.read_text(encoding="utf-8")
    text = mutate(text, "  status: planning ", "  status: active   ")
    text = mutate(text, "    contingency_percent: 10\n", "    contingency_percent: 10\n    contingency_included: true\n")
    text = mutate(text, "\n  budget:  ", "\n  completion_signoff: Dana Ortiz\n  budget:  ")
    text = mutate(text, "        schedule_days: 5\n", "        schedule_days: 5\n        in_baseline: true\n"
                  "        quality: Consent data checked by the same rehearsal as the other fields\n"
                  "        resources: One data engineer for a sprint\n")
    text = mutate(text, "    deliverables: [Migrated customer database]    # optional; deliverable names\n", "")
    text = mutate(text, OBJECTIVE_DUE, OBJECTIVE_DUE + "    deliverables: [Migrated customer database]\n")
    text = SPARSE.sub(lambda match: match.group(1) + "    influence: low\n    interest: medium\n    technical: true\n", text)
    text = mutate(text, "    review: 2027-02-15", "    review: 2027-04-15")
    text = mutate(text, "    review: 2027-04-15", "    review: 2027-04-15\n    raised: 2027-01-11")  # review 81c F8's hint
    # the day the pilot was reached, which the report's done item gives (review 53a F5's hint asks for it)
    text = mutate(text, "    done: [Pilot migration signed off]", "    done: [Pilot migration signed off on 2027-03-28]")
    text = mutate(text, "\nstatus_reports:", '  - version: "1.1"\n    date: 2027-03-31\n    author: Sam Lee\n'
                                               "    summary: Status report and decision log added\n\nstatus_reports:")
    text = mutate(text, "    date: 2027-02-12                              # required",
                  "    date: 2027-04-01                              # required")
    # the optional keys pmdocs adds whose sections the documents would otherwise say were not recorded
    text = mutate(text, "        notes: Approved within contingency\n",
                  "        notes: Approved within contingency\n      type: scope\n"
                  "      if_not_made: The marketing team cannot use the new consent fields\n"
                  "      rollback: Drop the added fields in the next release\n"
                  "      test_evidence: Migration rehearsal report of the pilot\n")
    text = mutate(text, "    action: Profile 100% of records before planning a migration wave   # optional\n",
                  "    action: Profile 100% of records before planning a migration wave   # optional\n"
                  "    what_happened: The pilot found duplicates the sample had not shown\n    owner: Lee Chen\n")
    text = mutate(text, "    area: Identity resolution                     # optional\n",
                  "    area: Identity resolution                     # optional\n"
                  "    cause: Built under the pilot deadline\n")
    text = mutate(text, "      channel: Video call with a written one-page summary\n",
                  "      channel: Video call with a written one-page summary\n      format: One-page written summary\n")
    return mutate(text, CHARTER_APPROVAL,
                  '  - {document: project-charter, version: "1.0", by: Dana Ortiz, date: 2027-01-05}\n' + CHARTER_APPROVAL)


@pytest.fixture(scope="session")
def complete() -> str:
    """Return `complete_text`, checked to have no diagnostics and no hints."""
    text = complete_text()
    result = run(text)
    assert result.diagnostics == [] and result.hints == [], [d.format() for d in result.diagnostics + result.hints]
    return text


def cut(text: str, start: str, stop: str) -> str:
    """Return a text without the part from ``start`` up to (not including) ``stop``."""
    assert start in text and stop in text, "test setup: a cut's ends are not in the text"
    return text[: text.index(start)] + text[text.index(stop, text.index(start)):]


def only_hint(text: str) -> Diagnostic:
    """Return the one hint of a text that has no problems at all."""
    result = run(text)
    assert result.ok(strict=True) and result.diagnostics == [], [d.format() for d in result.diagnostics]
    assert len(result.hints) == 1, [d.format() for d in result.hints]
    assert result.hints[0].severity is Severity.HINT
    return result.hints[0]


@pytest.fixture(scope="module")
def clean() -> str:
    """Return the spec's examples combined, active and without their own two warnings: no diagnostics at all (the
    cross-checks' tests edit it; `test_checks` has its own, which may warn)."""
    text = every_key_clean()
    assert run(text).diagnostics == []
    return text
