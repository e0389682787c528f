"""The table of malformed questionnaires: each breaks the example one way.

Every row names the problem's key path, the line a PM should be sent to (found
by a needle in the broken text) and words the message must contain.
"""

from __future__ import annotations

import re

import pytest

from generator.diagnostics import Severity, format_path
from tests.conftest import line_of, mutate, run

DECISION = (
    "      decision:                                    # required once approved, rejected, deferred or implemented\n"
    "        by: board\n        date: 2027-02-10\n        notes: Approved within contingency\n"
)
EXTRA_REQUEST = (
    "    - id: CR-001\n      title: Same id again\n      requested_by: Sam Lee\n      date: 2027-03-01\n\nglossary:"
)

# (case id, old text, new text, key path, needle for the expected line, words the message contains)
CASES = [
    ("missing-project-name", "  name: Customer Data Platform Migration           # required\n", "",
     "project.name", "project:", ["missing", "name"]),
    ("missing-sponsor", "  sponsor: Dana Ortiz                              # required\n", "",
     "roles.sponsor", "roles:", ["missing", "sponsor"]),
    ("missing-problem-value", "  problem: >-                                      # required; why the project exists (the business case)\n"
     "    Sales and support see different customer data; reconciling it by hand\n"
     "    costs 40 hours a week and causes billing errors.\n", "  problem:\n",
     "project.problem", "  problem:", ["empty"]),
    ("in-scope-not-list", "  in:                                              # required; at least one\n"
     "    - Customer master data\n    - Contact history since 2019\n", "  in: Customer master data\n",
     "scope.in", "  in: Customer", ["must be a list"]),
    ("measure-is-list", "    measure: All three decommissioned, zero open data tickets",
     "    measure: [decommissioned, no tickets]", "objectives[0].measure", "    measure: [", ["must be text", "list"]),
    ("person-not-mapping", "  - name: Lee Chen\n    role: Lead Data Engineer\n    organization: Data Platform Group\n"
     "    influence: medium\n    interest: high\n", "  - Lee Chen\n", "people[3]", "  - Lee Chen", ["mapping"]),
    ("amount-with-separators", "    amount: 450000", "    amount: 450,000", "project.budget.amount", "amount:",
     ["number", "thousands"]),
    ("amount-with-symbol", "    amount: 450000", "    amount: €450000", "project.budget.amount", "amount:", ["number"]),
    ("amount-negative", "    amount: 450000", "    amount: -5", "project.budget.amount", "amount:", ["at least 0"]),
    ("contingency-over-100", "    contingency_percent: 10", "    contingency_percent: 150",
     "project.budget.contingency_percent", "contingency_percent", ["at most 100"]),
    ("sprint-length-text", "  sprint_length_weeks: 2", "  sprint_length_weeks: two", "project.sprint_length_weeks",
     "sprint_length_weeks", ["whole number"]),
    ("technical-junk", "    technical: false                               # false", "    technical: maybe  #",
     "people[0].technical", "technical: maybe", ["true or false"]),
    ("type-near-miss", "  type: data-pipeline", "  type: data pipeline", "project.type", "  type:",
     ["allowed values", "did you mean 'data-pipeline'"]),
    ("methodology-capitalised", "  methodology: scrum", "  methodology: Scrum", "project.methodology", "methodology:",
     ["allowed values", "waterfall", "did you mean 'scrum'"]),
    ("status-unknown", "  status: active", "  status: started", "project.status", "  status: started",
     ["allowed values", "on-hold"]),
    ("influence-unknown", "    influence: high                                # low", "    influence: very high  #",
     "people[0].influence", "very high", ["allowed values", "low, medium, high"]),
    ("likelihood-unknown", "    likelihood: high", "    likelihood: likely", "risks[0].likelihood", "likely",
     ["allowed values"]),
    ("priority-unknown", "      priority: medium", "      priority: urgent", "change_control.requests[0].priority",
     "urgent", ["allowed values", "critical"]),
    ("request-status-near-miss", "      status: approved", "      status: approve",
     "change_control.requests[0].status", "status: approve", ["did you mean 'approved'"]),
    ("unknown-top-key", "glossary:", "glosary:", "glosary", "glosary:", ["unknown key", "did you mean 'glossary'"]),
    ("unknown-nested-key", "    mitigation: Profile", "    mitigations: Profile", "risks[0].mitigations",
     "mitigations:", ["unknown key", "did you mean 'mitigation'"]),
    ("key-in-wrong-place", "  sprint_length_weeks: 2", "  sprint_length_weeks: 2  \n  sponsor: Dana Ortiz  # misplaced",
     "project.sponsor", "# misplaced", ["unknown key", "belongs under roles"]),
    ("month-13", "  start: 2027-01-11", "  start: 2027-13-05", "project.start", "2027-13-05",
     ["not a real date", "month 13"]),
    ("february-30", "      due: 2027-05-31", "      due: 2027-02-30", "scope.deliverables[0].due", "2027-02-30",
     ["not a real date", "28 days"]),
    ("date-not-iso", "  end: 2027-06-30", "  end: 30/06/2027", "project.end", "30/06/2027", ["yyyy-mm-dd"]),
    ("date-with-time", "  start: 2027-01-11", "  start: 2027-01-11 09:00", "project.start", "2027-01-11 09:00",
     ["time"]),
    ("end-before-start", "  end: 2027-06-30", "  end: 2026-12-31", "project.end", "2026-12-31",
     ["before it starts", "after"]),
    ("deliverable-after-end", "      due: 2027-05-31", "      due: 2027-08-01", "scope.deliverables[0].due",
     "2027-08-01", ["after the project ends"]),
    ("milestone-before-start", "    date: 2027-05-31", "    date: 2026-12-01", "milestones[0].date", "2026-12-01",
     ["before the project starts"]),
    ("decision-before-request", "        date: 2027-02-10", "        date: 2027-01-20",
     "change_control.requests[0].decision.date", "2027-01-20", ["before the request"]),
    ("duplicate-person", "\nroles:", "  - name: Sam Lee\n    role: Another Sam\n\nroles:", "people[4].name",
     "  - name: Sam Lee\n    role: Another", ["duplicate person", "sam lee", "line"]),
    ("duplicate-deliverable", "    - name: Decommissioning report", "    - name: Migrated customer database",
     "scope.deliverables[1].name", "    - name: Migrated customer database\n      description: Evidence",
     ["duplicate deliverable"]),
    ("duplicate-request-id", "\nglossary:", EXTRA_REQUEST, "change_control.requests[1].id",
     "    - id: CR-001\n      title: Same", ["duplicate", "cr-001"]),
    ("unknown-sponsor", "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz", "roles.sponsor", "Dana Ortz",
     ["unknown person 'dana ortz'", "did you mean 'dana ortiz'"]),
    ("unknown-deliverable-owner", "      owner: Lee Chen\n      due: 2027-05-31", "      owner: Lee Chenn\n      due: 2027-05-31",
     "scope.deliverables[0].owner", "Lee Chenn", ["unknown person", "did you mean 'lee chen'"]),
    ("unknown-risk-owner", "    owner: Lee Chen\n\ncommunication", "    owner: Nobody Here\n\ncommunication",
     "risks[0].owner", "Nobody Here", ["unknown person 'nobody here'", "people"]),
    ("unknown-audience", "[Dana Ortiz, Priya Nair]", "[Dana Ortiz, Priya Nairr]",
     "communication.items[0].audience[1]", "Priya Nairr", ["unknown person", "did you mean 'priya nair'"]),
    ("unknown-board-member", "  board: [Dana Ortiz, Sam Lee, Lee Chen]", "  board: [Dana Ortiz, Sam Lee, Lee Chan]",
     "change_control.board[2]", "Lee Chan", ["unknown person", "lee chen"]),
    ("unknown-approver", "    - approver: Sam Lee", "    - approver: Sam Leigh", "change_control.thresholds[0].approver",
     "Sam Leigh", ["unknown person", "did you mean 'sam lee'"]),
    ("unknown-approver-far", "    - approver: Sam Lee", "    - approver: The CFO", "change_control.thresholds[0].approver",
     "The CFO", ["unknown person", "the word board"]),
    ("unknown-requester", "      requested_by: Priya Nair", "      requested_by: P. Nair",
     "change_control.requests[0].requested_by", "P. Nair", ["unknown person"]),
    ("unknown-decider", "        by: board", "        by: Board", "change_control.requests[0].decision.by",
     "by: Board", ["unknown person", "did you mean 'board'"]),
    ("unknown-revision-author", "    author: Sam Lee", "    author: S. Lee", "revisions[0].author", "S. Lee",
     ["unknown person"]),
    ("unknown-escalation-person", "      who: Dana Ortiz", "      who: Dana Ortega",
     "communication.escalation[1].who", "Dana Ortega", ["unknown person"]),
    ("unknown-milestone-deliverable", "[Migrated customer database]", "[Migrated customer DB]",
     "milestones[0].deliverables[0]", "Migrated customer DB", ["unknown deliverable", "did you mean"]),
    ("missing-decision", DECISION, "", "change_control.requests[0].decision", "      status: approved",
     ["approved", "no decision"]),
    ("bad-email", "dana.ortiz@example.com", "dana.ortiz(at)example.com", "people[0].email", "(at)",
     ["e-mail address"]),
    ("code-lower-case", "  code: CDP-2027", "  code: cdp-2027", "project.code", "cdp-2027",
     ["project code", "did you mean 'CDP-2027'"]),
    ("code-too-long", "  code: CDP-2027", "  code: CDP-2027-CUSTOMER-DATA-PLATFORM", "project.code", "CUSTOMER",
     ["2-20 characters"]),
    ("code-with-space", "  code: CDP-2027", "  code: CDP 2027", "project.code", "CDP 2027", ["space"]),
    ("code-reserved-by-windows", "  code: CDP-2027", "  code: CON", "project.code", "code: CON", ["windows"]),
    ("currency-unknown", "    currency: EUR", "    currency: EURO", "project.budget.currency", "EURO",
     ["iso 4217", "did you mean 'eur'"]),
    ("currency-lower-case", "    currency: EUR", "    currency: eur", "project.budget.currency", "eur",
     ["iso 4217", "did you mean 'EUR'"]),
    ("acceptance-empty", "      acceptance:                                  # at least one criterion\n"
     "        - 100% of records reconciled against the legacy source\n", "      acceptance: []\n",
     "scope.deliverables[0].acceptance", "acceptance: []", ["at least 1"]),
    ("schema-version-2", "schema_version: 1", "schema_version: 2", "schema_version", "schema_version",
     ["not supported"]),
    ("name-on-two-lines", "  - name: Sam Lee\n", "  - name: \"Sam\\nLee\"\n", "people[1].name", "Sam\\nLee",
     ["one line"]),
]


@pytest.mark.parametrize("case_id,old,new,path,needle,words", CASES, ids=[c[0] for c in CASES])
def test_malformed_questionnaire(example: str, case_id: str, old: str, new: str, path: str, needle: str,
                                 words: list[str]) -> None:
    text = mutate(example, old, new)
    result = run(text)
    assert not result.ok() and result.questionnaire is None
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    matching = [d for d in errors if format_path(d.path) == path]
    assert matching, f"no error at {path}; got: " + "\n".join(d.format() for d in result.diagnostics)
    found = matching[0]
    assert found.mark.line == line_of(text, needle), found.format()
    for word in words:
        assert word.lower() in found.message.lower(), found.format()


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 25


def test_all_problems_reported_in_one_run(example: str) -> None:
    text = mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz")
    text = mutate(text, "  type: data-pipeline", "  type: pipeline")
    text = mutate(text, "  start: 2027-01-11", "  start: 2027-13-01")
    text = mutate(text, "glossary:", "glosary:")
    paths = {format_path(d.path) for d in run(text).diagnostics}
    assert {"roles.sponsor", "project.type", "project.start", "glosary"} <= paths


def test_problems_are_sorted_by_line(example: str) -> None:
    text = mutate(example, "glossary:", "glosary:")
    text = mutate(text, "  type: data-pipeline", "  type: pipeline")
    lines = [d.mark.line for d in run(text).diagnostics]
    assert lines == sorted(lines)


def test_plain_scalars_keep_the_text_as_typed(example: str) -> None:
    text = mutate(example, '  - version: "1.0"', "  - version: 1.10")
    text = mutate(text, "  name: Acme Corp", "  name: 2027")
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert result.questionnaire.revisions[0].version == "1.10"
    assert result.questionnaire.organization.name == "2027"


def test_defaults_fill_optional_keys(example: str) -> None:
    text = mutate(example, "  status: active                                   # planning, active, on-hold or closed\n", "")
    text = mutate(text, "      status: approved ", "      status: proposed ")
    text = mutate(text, DECISION, "")
    result = run(text)
    q = result.questionnaire
    assert q is not None, [d.format() for d in result.diagnostics]
    sam = q.person("Sam Lee")
    assert sam is not None and sam.technical is True and sam.time_zone is None and sam.engagement is None
    assert q.project.status == "planning"
    assert q.project.language == "en" and q.project.phases == []
    assert q.organization.paper == "a4" and q.organization.confidentiality is None
    assert q.risks[0].id == "R-01" and q.risks[0].status == "open" and q.risks[0].category is None
    assert q.change_control is not None and q.change_control.requests[0].priority == "medium"
    assert q.status_reports == [] and q.decisions == [] and q.raci == [] and q.approvals == []


def test_minimal_questionnaire_is_valid() -> None:
    text = """
schema_version: 1
project:
  name: Tiny
  code: TY-1
  type: other
  methodology: kanban
  summary: A small thing.
  problem: A small problem.
  start: 2027-01-01
  end: 2027-02-01
organization: {name: Org}
people:
  - {name: A, role: Sponsor}
  - {name: B, role: PM}
roles: {sponsor: A, project_manager: B}
objectives:
  - {objective: Do it, measure: Done, due: 2027-02-01}
scope:
  in: [Everything]
  out: []
  deliverables:
    - {name: Thing, description: The thing, acceptance: [Works]}
"""
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    q = result.questionnaire
    assert q.change_control is None and q.milestones == [] and q.communication.defaults is True


def test_empty_out_may_be_blank(example: str) -> None:
    text = mutate(example, "  out:                                             # required; may be empty: []\n"
                           "    - Marketing automation\n    - Invoice history\n", "  out:\n")
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert result.questionnaire.scope.out == []


def test_diagnostic_format_matches_compiler_convention(example: str) -> None:
    text = mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz")
    lines = [d.format() for d in run(text, "cdp.yaml").diagnostics]
    assert any(re.fullmatch(r"cdp\.yaml:\d+:\d+: error: roles\.sponsor: unknown person 'Dana Ortz' "
                            r"\(did you mean 'Dana Ortiz'\?\)", line) for line in lines), lines
