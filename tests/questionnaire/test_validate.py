"""The table of malformed questionnaires: each breaks the example one way.

Every row names the problem's key path, the line a PM should be sent to (found
by a needle in the broken text) and words the message must contain.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.build.pack import build_pack
from generator.diagnostics import Severity, format_path
from generator.questionnaire import model as m
from generator.questionnaire.read import read_questionnaire
from tests.conftest import line_of, mutate, run
from tests.support.packs import EVERY_KEY

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
    ("year-0", "  start: 2027-01-11", "  start: 0000-01-01", "project.start", "0000-01-01",
     ["not a real date", "no year 0"]),
    ("december-32-of-9999", "  start: 2027-01-11", "  start: 9999-12-32", "project.start", "9999-12-32",
     ["not a real date", "31 days"]),
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
    # review 67c: French puts a space before a colon; the text read as a mapping
    ("text-with-a-colon", "    - No downtime during EU business hours\n",
     "    - Conformité PCI-DSS SAQ A : aucune donnée carte\n", "scope.constraints[0]", "    - Conformité",
     ["must be text", "put the whole text in quotes"]),
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
    assert sam is not None and sam.technical is None and sam.time_zone is None and sam.engagement is None
    assert q.project.status is None and q.project.stage == "planning"  # the rules' planning, said "not recorded"
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


# -- the keys the spec added: tests/fixtures/every-key.yaml holds the spec's examples combined -------------------


# (case id, old text, new text, key path, needle for the expected line, words the message contains)
NEW_KEY_CASES = [
    ("language-name-not-tag", "  language: en ", "  language: English ", "project.language", "English",
     ["bcp 47 language tag", "pt-br"]),
    ("language-with-underscore", "    language: de ", "    language: de_DE ", "people[0].language", "de_DE",
     ["bcp 47", "did you mean 'de-de'"]),
    ("time-zone-misspelt", "    time_zone: Europe/Berlin", "    time_zone: Europe/Berln", "people[0].time_zone",
     "Europe/Berln", ["iana time zone", "did you mean 'europe/berlin'"]),
    ("time-zone-lower-case", "    time_zone: Europe/Berlin", "    time_zone: europe/berlin", "people[0].time_zone",
     "europe/berlin", ["did you mean 'europe/berlin'"]),
    ("time-zone-city-only", "    time_zone: Europe/Berlin", "    time_zone: new york", "people[0].time_zone", "new york",
     ["iana time zone", "did you mean 'america/new_york'"]),
    ("time-zone-offset", "    time_zone: Europe/Berlin", "    time_zone: UTC+2", "people[0].time_zone", "UTC+2",
     ["iana time zone", "etc/gmt-2", "sign reversed"]),
    ("time-zone-abbreviation", "    time_zone: Europe/Berlin", "    time_zone: PDT", "people[0].time_zone", "PDT",
     ["iana time zone", "america/new_york"]),
    ("paper-capitalised", "  paper: a4 ", "  paper: A4 ", "organization.paper", "A4",
     ["allowed values", "a4, letter", "did you mean 'a4'"]),
    ("confidentiality-on-two-lines", "  confidentiality: Internal", "  confidentiality: \"Internal\\nOnly\"",
     "organization.confidentiality", "Internal\\n", ["one line"]),
    ("engagement-word", "      current: neutral", "      current: positive", "people[0].engagement.current",
     "positive", ["allowed values", "unaware", "leading"]),
    ("engagement-missing-desired", "      desired: supportive                         # same words\n", "",
     "people[0].engagement.desired", "    engagement:", ["missing", "desired"]),
    ("engagement-as-text", "    engagement:                                   # optional; stakeholder engagement "
     "assessment\n      current: neutral                            # unaware | resistant | neutral | supportive | "
     "leading\n      desired: supportive                         # same words\n", "    engagement: supportive\n",
     "people[0].engagement", "engagement: supportive", ["mapping", "current:", "desired:"]),
    ("phase-missing-end", "      end: 2027-02-19                             # required; after start\n", "",
     "project.phases[0].end", "    - name: Discovery", ["missing", "end"]),
    ("phase-unknown-key", "      gate: Design", "      gates: Design", "project.phases[0].gates", "gates:",
     ["unknown key", "did you mean 'gate'"]),
    ("phases-not-list", "  phases:", "  phases: Discovery\n  phasesx:", "project.phases", "phases: Discovery",
     ["must be a list"]),
    ("risk-category", "    category: technical", "    category: tech", "risks[0].category", "category: tech",
     ["allowed values", "did you mean 'technical'"]),
    ("risk-response", "    response: mitigate", "    response: mitigation", "risks[0].response", "response: mitigation",
     ["allowed values", "did you mean 'mitigate'"]),
    ("risk-status", "    status: open                                  # optional; open | occurred",
     "    status: retired  # optional; open | occurred", "risks[0].status", "retired", ["allowed values", "occurred"]),
    ("risk-review-date", "    review: 2027-02-15", "    review: 2027-02-30", "risks[0].review", "2027-02-30",
     ["not a real date"]),
    ("report-rating", "    overall: amber", "    overall: yellow", "status_reports[0].overall", "yellow",
     ["allowed values", "green, amber, red"]),
    ("report-area-without-rating", "    scope: {rating: green}", "    scope: {note: fine}",
     "status_reports[0].scope.rating", "    scope: {note", ["missing", "rating"]),
    ("report-spent-negative", "spent: 141000", "spent: -5", "status_reports[0].budget.spent", "spent: -5", ["at least 0"]),
    ("report-spent-on-scope", "    scope: {rating: green}", "    scope: {rating: green, spent: 5}",
     "status_reports[0].scope.spent", "spent: 5", ["unknown key"]),
    ("report-missing-summary", "    summary: >-                                   # required; one plain-language "
     "paragraph\n      Pilot migration done; identity resolution is a week late.\n", "",
     "status_reports[0].summary", "  - date: 2027-03-31", ["missing", "summary"]),
    ("forecast-missing-date", "      - milestone: Full cut-over to the new platform   # a milestone name\n"
     "        date: 2027-06-04\n", "      - milestone: Full cut-over to the new platform\n",
     "status_reports[0].forecasts[0].date", "      - milestone: Full", ["missing", "date"]),
    ("decision-unknown-key", "    rationale: Highest", "    rational: Highest", "decisions[0].rational", "rational:",
     ["unknown key", "did you mean 'rationale'"]),
    ("issue-status-near-miss", "    status: open                                  # required",
     "    status: in progress   # required", "issues[0].status", "in progress", ["did you mean 'in-progress'"]),
    ("issue-missing-owner", "    owner: Rafael Souza                           # required; a person\n", "",
     "issues[0].owner", "  - id: I-01", ["missing", "owner"]),
    ("issue-priority", "    priority: high                                # required", "    priority: urgent  #",
     "issues[0].priority", "urgent", ["allowed values", "critical"]),
    ("debt-interest", "    interest: high                                # required", "    interest: huge  #",
     "technical_debt[0].interest", "huge", ["allowed values", "low, medium, high"]),
    ("debt-status", "    status: planned", "    status: paid down", "technical_debt[0].status", "paid down",
     ["did you mean 'paid-down'"]),
    ("debt-effort-words", "    effort_days: 8", "    effort_days: eight", "technical_debt[0].effort_days", "eight",
     ["must be a number"]),
    ("raci-two-accountable", "    accountable: Sam Lee", "    accountable: [Sam Lee, Dana Ortiz]", "raci[0].accountable",
     "[Sam Lee, Dana Ortiz]", ["exactly one person", "list of 2"]),
    ("raci-no-accountable", "    accountable: Sam Lee                          # required; exactly one person\n", "",
     "raci[0].accountable", "  - deliverable: Migrated", ["missing", "accountable"]),
    ("raci-no-responsible", "    responsible: [Lee Chen, Tomasz Kowalski]", "    responsible: []",
     "raci[0].responsible", "responsible: []", ["at least 1"]),
    ("lesson-missing-text", "    lesson: Sampling 1% of records hid a whole class of duplicates   # required\n", "",
     "lessons[0].lesson", "  - date: 2027-03-31                              # required\n    category", ["missing", "lesson"]),
    ("approval-document-kind", "  - document: project-charter", "  - document: charter", "approvals[0].document",
     "document: charter", ["allowed values", "status-report", "did you mean 'project-charter'"]),
    ("approval-version-missing", "    version: \"1.1\"                                # required\n", "",
     "approvals[0].version", "  - document: project-charter", ["missing", "version"]),
    ("sponsor-as-list", "  sponsor: Dana Ortiz", "  sponsor: [Dana Ortiz, Sam Lee]", "roles.sponsor", "sponsor: [",
     ["exactly one person", "list of 2"]),
]


@pytest.mark.parametrize("case_id,old,new,path,needle,words", NEW_KEY_CASES, ids=[c[0] for c in NEW_KEY_CASES])
def test_malformed_new_keys(case_id: str, old: str, new: str, path: str, needle: str, words: list[str]) -> None:
    text = mutate(EVERY_KEY.read_text(encoding="utf-8"), old, new)
    result = run(text)
    assert not result.ok() and result.questionnaire is None
    matching = [d for d in result.diagnostics if d.severity is Severity.ERROR and format_path(d.path) == path]
    assert matching, f"no error at {path}; got: " + "\n".join(d.format() for d in result.diagnostics)
    found = matching[0]
    assert found.mark.line == line_of(text, needle), found.format()
    for word in words:
        assert word.lower() in found.message.lower(), found.format()


def test_every_spec_key_is_accepted_and_read() -> None:
    result = read_questionnaire(EVERY_KEY)
    assert result.ok(), [d.format() for d in result.diagnostics]
    q = result.questionnaire
    assert q.project.language == "en" and q.project.phases[0].gate == "Design sign-off"
    assert q.organization.paper == "a4" and q.organization.confidentiality == "Internal"
    dana = q.people[0]
    assert (dana.time_zone, dana.language) == ("Europe/Berlin", "de")
    assert dana.engagement == m.StakeholderEngagement(current="neutral", desired="supportive")
    risk = q.risks[0]
    assert (risk.id, risk.category, risk.response, risk.status, risk.review) == (
        "R-01", "technical", "mitigate", "open", dt.date(2027, 2, 15))
    report = q.status_reports[0]
    assert report.schedule.rating == "amber" and report.budget.spent == 141000 and report.scope.note is None
    assert report.forecasts[0] == m.Forecast(milestone="Full cut-over to the new platform", date=dt.date(2027, 6, 4))
    assert q.decisions[0].alternatives == ["Vendor matching service"] and q.issues[0].owner == "Rafael Souza"
    assert q.technical_debt[0].effort_days == 8 and q.raci[0].informed == ["stakeholders"]
    assert q.lessons[0].category == "data quality"
    assert [(a.document, a.id) for a in q.approvals] == [
        ("project-charter", None), ("change-request", "CR-001"), ("status-report", "2027-03-31")]
    assert q.approvals[0].fingerprint == "sha256:..."


@pytest.mark.parametrize("currency,paper", [("USD", "letter"), ("CAD", "letter"), ("EUR", "a4"), ("GBP", "a4")])
def test_paper_follows_the_budget_currency(example: str, currency: str, paper: str) -> None:
    q = run(mutate(example, "    currency: EUR", f"    currency: {currency}")).questionnaire
    assert q is not None and q.organization.paper == paper


def test_paper_without_budget_is_a4_and_an_answer_wins(example: str) -> None:
    no_budget = re.sub(r"  budget:\n(    .*\n)+", "", example, count=1)
    q = run(no_budget).questionnaire
    assert q is not None and q.project.budget is None and q.organization.paper == "a4"
    answered = mutate(mutate(example, "    currency: EUR", "    currency: USD"), "  department: Data Platform Group",
                      "  department: Data Platform Group\n  paper: a4")
    assert run(answered).questionnaire.organization.paper == "a4"


def test_risk_ids_default_by_position(example: str) -> None:
    text = mutate(example, "\ncommunication:", "  - {risk: Vendor late, likelihood: low, impact: low, id: RISK-9}\n"
                                               "  - {risk: Key person leaves, likelihood: low, impact: high}\n\ncommunication:")
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert [r.id for r in result.questionnaire.risks] == ["R-01", "RISK-9", "R-03"]


def test_every_spec_key_builds_a_pack() -> None:
    q = read_questionnaire(EVERY_KEY).questionnaire
    assert q is not None
    files = build_pack(q)
    assert any(f.path.name.endswith("-risk-register.md") for f in files)


def test_the_days_of_a_month_are_the_calendar_s() -> None:
    import calendar

    from generator.questionnaire.validate import _days_in_month

    assert all(_days_in_month(year, month) == calendar.monthrange(year, month)[1]
               for year in (1, 1900, 2000, 2027, 2028, 9999) for month in range(1, 13))


def test_a_text_cut_at_a_comma_inside_braces_is_explained(example: str) -> None:
    """Review 20 F14: "unknown key '000'" was right, but did not say why."""
    block = re.search(r"      impact:\n(        .*\n){4}", example)
    assert block is not None
    text = mutate(example, block.group(0), "      impact: {scope: Adds EUR 52,000, and two weeks of testing}\n")
    found = [d for d in run(text).diagnostics if "unknown key" in d.message]
    assert [d.message.split(";")[0] for d in found] == [
        "unknown key '000' in change_control.requests[0].impact",
        "unknown key 'and two weeks of testing' in change_control.requests[0].impact"]
    assert all("inside { } a comma ends a value, so put the whole text in quotes" in d.message for d in found)
    typo = mutate(example, "        schedule_days: 5\n", "        schedule_days: 5\n        scpe: x\n")
    assert all("comma" not in d.message for d in run(typo).diagnostics)


def test_a_number_cut_at_a_comma_inside_brackets_inside_braces_is_explained(example: str) -> None:
    """Review 39a F8: "note: Overspend forecast (AUD 70,000)" inside { } gave "unknown key '000)'" with no reason."""
    block = re.search(r"      impact:\n(        .*\n){4}", example)
    assert block is not None
    text = mutate(example, block.group(0), "      impact: {scope: Adds reporting (AUD 70,000)}\n")
    [found] = [d for d in run(text).diagnostics if "unknown key" in d.message]
    assert found.message.startswith("unknown key '000)' in change_control.requests[0].impact")
    assert "inside { } a comma ends a value, so put the whole text in quotes" in found.message


@pytest.mark.parametrize("written, severity, said", [
    ('"22.000"', "error", "must be a number, not the text '22.000' (write it without thousands separators: 22000; "
                          "without the quotes, 22.000 would read as 22)"),
    ('"22 000"', "error", "must be a number, not the text '22 000' (write it without thousands separators: 22000)"),
    ("22.000", "warning", "22.000 reads as 22: if the dot separates thousands, write 22000; if 22 is meant, write 22"),
])
def test_a_number_with_a_thousands_dot_or_space_says_what_it_reads_as(complete: str, written: str, severity: str,
                                                                     said: str) -> None:
    """Review 47b F9: 'cost: "22.000"' was told to remove the quotes, and 22.000 unquoted reads as 22 euros."""
    result = run(mutate(complete, "        cost: 8000", f"        cost: {written}"))
    found = [(d.severity.value, d.message) for d in result.diagnostics
             if format_path(d.path) == "change_control.requests[0].impact.cost"]
    assert found == [(severity, said)], found


def test_a_date_without_two_digit_month_and_day_is_read_with_a_warning() -> None:
    """Review 57b: "date: 2026-5-20" was read as 2026-05-20 without a word, though the format is YYYY-MM-DD."""
    from generator.diagnostics import Severity
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    result = run(mutate(text, "  - date: 2027-03-12\n", "  - date: 2027-3-12\n"))
    said = [d for d in result.diagnostics if "is read as 2027-03-12" in d.message]
    assert [d.severity for d in said] == [Severity.WARNING] and result.questionnaire is not None
    assert result.questionnaire.status_reports[0].date.isoformat() == "2027-03-12"
    assert not [d for d in run(text).diagnostics if "is read as" in d.message]


def test_a_list_where_text_is_expected_says_how_to_write_it_as_one() -> None:
    """Review 93b F6: "options: must be text, not a list" left the writer to guess the form."""
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    listed = mutate(text, "      options: (a) nightly export", "      options:\n        - (a) nightly export")
    said = [d.message for d in run(listed).diagnostics]
    assert any(msg.startswith("must be text, not a list") and "write its items as one text" in msg for msg in said), said
