"""Hints: each names the key that would fill an expected section, at the key's line or its parent's; never a problem."""

from __future__ import annotations

import pytest

from generator.diagnostics import format_path
from tests.conftest import line_of, mutate, run
from tests.questionnaire.conftest import cut, only_hint

FORECASTS = ("cut", "    forecasts:", "\ndecisions:")  # they name a milestone
MEDIUM_DANA = ("replace", "    influence: high                               # optional", "    influence: medium  # optional")
# (case id, the text's edits: ("cut", start, stop) or ("replace", old, new), key path, the needle of its line or None
#  for the file's first line, words of the message)
HINTS = [
    ("no-risks", [("cut", "risks:  ", "communication:")], "risks", None, ["no risks", "add risks:"]),
    ("no-milestones", [("cut", "milestones:  ", "risks:  "), FORECASTS], "milestones", None,
     ["no milestones", "add milestones:"]),
    ("no-revisions", [("cut", "revisions:  ", "status_reports:")], "revisions", None, ["revision history", "add revisions:"]),
    ("no-glossary", [("cut", "glossary:  ", "revisions:  ")], "glossary", None, ["dana ortiz reads", "plain", "add glossary:"]),
    ("no-budget", [("cut", "  budget:  ", "  sprint_length")], "project.budget", "project:", ["no budget", "add project.budget:"]),
    ("no-contingency", [("cut", "    contingency_percent: 10", "  sprint_length"), ("replace", "        cost: 8000", "        cost: 0")],
     "project.budget.contingency_percent", "  budget:  ", ["no contingency", "contingency_percent:"]),
    ("no-requirements", [("cut", "  requirements: [", "  deliverables:")], "scope.requirements", "scope:  ",
     ["requirements", "add scope.requirements:"]),
    ("no-assumptions", [("cut", "  assumptions: [", "  constraints:")], "scope.assumptions", "scope:  ", ["add scope.assumptions:"]),
    ("no-constraints", [("cut", "  constraints: [", "\nmilestones:")], "scope.constraints", "scope:  ", ["add scope.constraints:"]),
    ("no-escalation", [("cut", "  escalation:  ", "  tools:")], "communication.escalation", "communication:  ",
     ["no escalation path", "add communication.escalation:"]),
    ("no-items", [("cut", "  items:\n", "  escalation:"), MEDIUM_DANA], "communication.items", "communication:  ",
     ["standard items", "add communication.items:"]),
    ("no-risk-owner", [("cut", "    owner: Lee Chen                               # a person", "    id: R-01"),
                       ("replace", "    likelihood: high      ", "    likelihood: medium    ")], "risks[0].owner",
     "  - risk: Legacy", ["no owner", "add owner:"]),
    ("no-change-control", [("cut", "change_control:  ", "glossary:  "), ("cut", "  - document: change-request", "  - document: status-report"),
                           ("replace", "    by: board                                     # required", "    by: Dana Ortiz  # required")],  # no board to decide
     "change_control.board", None, ["no change board", "add change_control.board:"]),
    ("no-engagement", [("cut", "    engagement:  ", "  - name: Sam Lee")], "people", "people:  ",
     ["engagement", "not assessed", "add engagement:"]),
    ("no-influence", [("replace", "    influence: high                               # optional", "    # no influence")],
     "people[0].influence", "  - name: Dana Ortiz", ["dana ortiz's influence reads \"not assessed\"", "add influence:"]),
    ("no-technical", [("replace", "    technical: false                              # optional", "    # not said")],
     "people[0].technical", "  - name: Dana Ortiz", ["whether dana ortiz wants plain language is not recorded", "add technical: true or false"]),
    ("organization-of-unclear-kind", [("replace", "    organization: Finance                         # optional",
                                       "    organization: Adyen")],
     "people[0].organization", "    organization: Adyen", ["dana ortiz's organization \"adyen\"",
                                                            # review 53c F2, 107b F8: as the documents do it (a label
                                                            # keeping them to the organization's people: off them)
                                                            "documents labelled internal leave them off their "
                                                            "distribution lists, "
                                                            "on the safe side",
                                                            "add external: true"]),
    # review 59b F1-F2: which documents may go to another organization's people is an answer, not a word rule
    # (of someone holding no role of the project's: a role holder is never kept out, review 77a F3)
    ("outsider-documents-unrecorded", [("replace", "  - name: Rafael Souza\n    role: Integration Engineer\n",
                                        "  - name: Rafael Souza\n    role: Integration Engineer\n"
                                        "    organization: Northbridge Consulting Ltd\n")],
     "people[4].name", "  - name: Rafael Souza", ["rafael souza belongs to another organization",
                                                "labelled internal", "the distribution lists leave them off, "
                                                "saying that which documents may go to them has not been recorded",
                                                # reviews 104b F18, 105c F2: as the documents do "add receives:", "[] for none",
                                                # review 63b: how to say a plant is ours
                                                "or external: false if they belong to"]),
    # review 92a F6: a union's officer was sent the plan rating them "resistant"
    ("outsider-sent-their-own-rating", [("replace", "  - name: Rafael Souza\n    role: Integration Engineer\n",
                                         "  - name: Rafael Souza\n    role: Integration Engineer\n"
                                         "    organization: Northbridge Consulting Ltd\n"
                                         "    receives: [communication-plan]\n"
                                         "    engagement: {current: resistant, desired: neutral}\n")],
     "people[4].receives", "    receives: [communication-plan]", ["rafael souza belongs to another organization",
                                                                  "(now: resistant)", "check that they should read it"]),
    # review 133a F5: one of ours rated resistant, receives unanswered, gets every document; review 141b F8: but the
    # plan that rates them, which leaves them off its list
    ("resistant-sent-their-own-rating", [("replace", "  - name: Rafael Souza\n    role: Integration Engineer\n",
                                          "  - name: Rafael Souza\n    role: Integration Engineer\n"
                                          "    engagement: {current: resistant, desired: neutral}\n")],
     "people[4].engagement", "    engagement: {current: resistant", ["rafael souza is rated resistant",
                                                                      "leaves them off its distribution list",
                                                                      "receives: is not answered",
                                                                      "answer receives: with the documents"]),
    ("waterfall-without-phases", [("replace", "  methodology: scrum ", "  methodology: waterfall "),
                                  ("replace", "  product_owner: Priya Nair ", "  # no product owner "),
                                  ("cut", "  phases:  ", "\norganization:")],
     "project.phases", "project:", ["waterfall project with no phases", "add project.phases:"]),
]


def apply(text: str, edits: list[tuple[str, str, str]]) -> str:
    """Return a text with one case's edits applied in turn."""
    for how, first, second in edits:
        text = cut(text, first, second) if how == "cut" else mutate(text, first, second)
    return text


@pytest.mark.parametrize("case_id,edits,path,needle,words", HINTS, ids=[h[0] for h in HINTS])
def test_each_hint(complete: str, case_id: str, edits: list[tuple[str, str, str]], path: str, needle: str | None,
                   words: list[str]) -> None:
    text = apply(complete, edits)
    hint = only_hint(text)
    assert format_path(hint.path) == path, hint.format()
    assert hint.mark.line == (line_of(text, needle) if needle else 1), hint.format()
    for word in words:
        assert word in hint.message.lower(), hint.format()
    assert hint.format().startswith(f"q.yaml:{hint.mark.line}:{hint.mark.col}: hint: {path}: ")


def test_an_empty_list_is_pointed_at_where_it_is_written(complete: str) -> None:
    text = mutate(cut(complete, "risks:  ", "communication:"), "communication:  ", "risks: []\n\ncommunication:  ")
    hint = only_hint(text)
    assert format_path(hint.path) == "risks" and hint.mark.line == line_of(text, "risks: []")


def test_a_person_missing_several_answers_gets_one_hint(complete: str) -> None:
    text = mutate(complete, "    influence: low\n    interest: medium\n    technical: true\n", "")
    hint = only_hint(text)
    assert format_path(hint.path) == "people[1].influence", hint.format()
    assert hint.message.startswith("Sam Lee's influence and interest read \"not assessed\", and whether they want plain "
                                   "language is not recorded (they are written to as technical): add influence: and "
                                   "interest: (low, medium or high) and technical: true or false"), hint.format()


def test_scrum_and_kanban_need_no_phases(complete: str) -> None:
    assert run(cut(complete, "  phases:  ", "\norganization:")).hints == []


def test_a_file_with_errors_has_no_hints(complete: str) -> None:
    result = run(mutate(cut(complete, "risks:  ", "communication:"), "  sponsor: Dana Ortiz", "  sponsor: Dana Ortz"))
    assert not result.ok() and result.hints == []


def test_hints_are_not_problems(complete: str) -> None:
    result = run(apply(complete, [("cut", "milestones:  ", "communication:"), FORECASTS]))
    assert result.ok(strict=True) and result.diagnostics == []
    assert [format_path(h.path) for h in result.hints] == ["milestones", "risks"]  # in file order (then by message)


OBJECTIVE_LINK = "    deliverables: [Migrated customer database]\n"
SECOND_OBJECTIVE = "  - objective: Cut reconciliation effort\n    measure: Under 2 hours a week\n    due: 2027-06-30\n"
SECOND_DELIVERABLE = ("    - name: Data-quality dashboard\n      description: Daily reconciliation figures\n"
                      "      acceptance: [Shows yesterday's figures by 08:00]\n      owner: Lee Chen\n")


class TestTraceability:
    """Objectives link the deliverables that achieve them; the matrix shows the links, and the gaps."""

    def test_no_link_at_all_is_one_hint_on_objectives(self, complete: str) -> None:
        text = mutate(complete, OBJECTIVE_LINK, "")
        hint = only_hint(text)
        assert format_path(hint.path) == "objectives" and hint.mark.line == line_of(text, "objectives:  ")
        assert "no objective lists the deliverables" in hint.message
        assert "add the optional key deliverables:" in hint.message

    def test_an_objective_with_no_deliverables(self, complete: str) -> None:
        text = mutate(complete, "\nscope:  ", SECOND_OBJECTIVE + "\nscope:  ")
        hint = only_hint(text)
        assert format_path(hint.path) == "objectives[1].deliverables"
        assert hint.mark.line == line_of(text, "  - objective: Cut reconciliation")
        assert "objective 'Cut reconciliation effort' lists no deliverables" in hint.message
        assert "add the optional key deliverables:" in hint.message

    def test_a_deliverable_no_objective_lists(self, complete: str) -> None:
        text = mutate(complete, "  assumptions: [", SECOND_DELIVERABLE + "  assumptions: [")
        hint = only_hint(text)
        assert format_path(hint.path) == "scope.deliverables[1].name"
        assert hint.mark.line == line_of(text, "    - name: Data-quality dashboard")
        assert "no objective lists deliverable 'Data-quality dashboard'" in hint.message

    def test_every_objective_and_deliverable_linked_is_quiet(self, complete: str) -> None:
        text = mutate(complete, "  assumptions: [", SECOND_DELIVERABLE + "  assumptions: [")
        text = mutate(text, "\nscope:  ", SECOND_OBJECTIVE + "    deliverables: [Data-quality dashboard]\n\nscope:  ")
        assert run(text).hints == [], [h.format() for h in run(text).hints]


MAX_COST = "      max_cost: 5000                              # optional\n"
MAX_DAYS = "      max_schedule_days: 5                        # optional\n"


class TestThresholdLimits:
    """A person's approval threshold limits both cost and schedule, or the documents say one is not recorded."""

    @pytest.mark.parametrize("cut_line,key,what", [(MAX_DAYS, "max_schedule_days", "schedule"),
                                                   (MAX_COST, "max_cost", "cost")])
    def test_one_limit_missing(self, complete: str, cut_line: str, key: str, what: str) -> None:
        text = mutate(complete, cut_line, "")
        hint = only_hint(text)
        assert format_path(hint.path) == f"change_control.thresholds[0].{key}"
        assert hint.mark.line == line_of(text, "    - approver: Sam Lee")
        assert f"no {what} limit is recorded for Sam Lee" in hint.message and f"add {key}:" in hint.message

    def test_the_boards_level_needs_no_limits(self, complete: str) -> None:
        text = mutate(complete, "    - approver: board\n", "    - approver: board\n      max_cost: 90000\n")
        assert run(text).hints == [], [h.format() for h in run(text).hints]

    def test_a_level_with_no_limit_at_all_is_not_this_hint(self, complete: str) -> None:
        text = mutate(mutate(complete, MAX_COST, ""), MAX_DAYS, "")
        assert run(text).hints == [], [h.format() for h in run(text).hints]


def test_a_person_whose_documents_are_recorded_or_admitted_by_the_label_gets_no_receives_hint(complete: str) -> None:
    outside = mutate(complete, "    organization: Finance                         # optional",
                     "    organization: Northbridge Consulting Ltd")
    answered = mutate(outside, "    technical: false                              # optional",
                      "    technical: false\n    receives: [status-report]")
    admitted = mutate(outside, "  confidentiality: Internal ", "  confidentiality: Internal and Northbridge ")
    for text in (answered, admitted):
        assert not [h for h in run(text).hints if "receives" in h.message]


def test_a_person_counted_inside_an_unlabelled_pack_is_not_told_about_confidential_documents(complete: str) -> None:
    """Review 20 F14: "(confidential documents go to them)" for a project with no confidentiality label."""
    text = mutate(complete, "    organization: Finance                         # optional", "    organization: Adyen")
    text = mutate(text, "  confidentiality: Internal ", "  # no label ")
    hint = only_hint(text)
    assert "counted inside it: add external: true" in hint.message and "labelled" not in hint.message


def test_an_active_project_without_a_status_report_is_hinted_at() -> None:
    """Review 32: a project active for eight months with no status report passed without a word."""
    from tests.conftest import example_text

    active = example_text()
    assert "status_reports:" not in active and "  status: active " in active
    planning = [h.message for h in run(mutate(active, "  status: active  ", "  status: planning")).hints
                if format_path(h.path) == "status_reports"]
    said = [h for h in run(active).hints if format_path(h.path) == "status_reports"]
    assert not planning and len(said) == 1
    assert said[0].message.startswith("the project is active but no status report is recorded")
    assert "add status_reports:" in said[0].message


@pytest.mark.parametrize("placeholder", ["TBC", "???", "tbd", "n/a", "To be confirmed", "-"])
def test_an_answer_that_only_holds_a_place_is_hinted_at(complete: str, placeholder: str) -> None:
    """Reviews 35 and 37: "mitigation: ???" and "TBC" passed silently and were printed as the mitigation."""
    line = "    mitigation: Profile the full dataset in sprint 1"
    assert line in complete
    text = mutate(complete, line, f'    mitigation: "{placeholder}"')
    hint = only_hint(text)
    assert format_path(hint.path) == "risks[0].mitigation"
    assert hint.message.startswith(f"mitigation '{placeholder}' holds a place, and the documents print it as the answer")
    assert run(mutate(complete, line, "    mitigation: TBC by the vendor's architect on 2027-02-01")).hints == []


def test_a_required_answer_that_only_holds_a_place_is_not_told_to_be_left_out(complete: str) -> None:
    """Review 38b F7: "leave measure: out" gave an error (a measure is required)."""
    line = next(x for x in complete.splitlines() if x.startswith("    measure:"))
    hint = only_hint(mutate(complete, line, "    measure: TBD"))
    assert format_path(hint.path) == "objectives[0].measure"
    assert hint.message.endswith("write the measure (it is required: it cannot be left out)")
    assert "leave measure: out" not in hint.message


def test_a_decision_taking_up_a_rejected_request_again_is_hinted_at(complete: str) -> None:
    """Review 38c F5: D-02 moved the service to Azure a month after the board rejected CR-01, which asked just that,
    and nothing linked the two."""
    text = mutate(complete, "      status: approved                            #",
                  "      status: rejected                            #")
    text = mutate(text, "        notes: Approved within contingency", "        notes: Rejected as not needed yet")
    decision = "    decision: Match customers on e-mail first, then postcode and name   # required"
    text = mutate(text, decision, "    decision: Add the marketing consent fields after all")
    text = mutate(text, "    date: 2027-02-10                              # required",
                  "    date: 2027-02-20                              # required")
    hint = only_hint(text)
    assert format_path(hint.path) == "decisions[0].decision"
    assert hint.message == ("decision D-01 reads as change request CR-001 ('Add marketing consent fields'), rejected by "
                            "the change board on 2027-02-10: if it takes that request up again, link it (related: "
                            "[CR-001]) and say why in rationale:, so the decision log shows it")
    linked = mutate(text, "    decision: Add the marketing consent fields after all",
                    "    decision: Add the marketing consent fields after all\n    related: [CR-001]")
    assert run(linked).hints == []
    # review 128b F9: a decision naming another request is about that one
    other = mutate(text, "    decision: Add the marketing consent fields after all",
                   "    decision: Add the marketing consent fields after all, as CR-002 asks")
    assert run(other).hints == []


def test_a_decision_taking_up_two_telling_words_of_a_deferred_request_is_hinted_at() -> None:
    """Review 40b F2: "Migrate the card-authorization pipelines to GitHub Actions now" took up the deferred "Move to
    GitHub Actions instead of HarborCI" (two of its five significant words)."""
    from generator.questionnaire.check_hints import _takes_up

    assert _takes_up("Move to GitHub Actions instead of HarborCI",
                     "Migrate the card-authorization pipelines to GitHub Actions now")
    assert not _takes_up("Move to GitHub Actions instead of HarborCI", "Hire a second platform engineer now")


def test_people_missing_the_same_answers_get_one_hint(complete: str) -> None:
    """Review 67: seven people without technical: gave seven hints; one names them all, at the first of them."""
    answers = "    influence: low\n    interest: medium\n    technical: true\n"
    text = mutate(complete, "    role: Project Manager\n" + answers, "    role: Project Manager\n")
    text = mutate(text, "    role: Head of Customer Operations\n" + answers, "    role: Head of Customer Operations\n")
    hints = [h for h in run(text).hints if "plain language" in h.message]
    assert len(hints) == 1, [h.format() for h in hints]
    assert format_path(hints[0].path) == "people[1].influence"
    assert hints[0].message.startswith("the influence and interest of Sam Lee and Priya Nair read \"not assessed\", "
                                       "and whether they want plain language is not recorded"), hints[0].format()
    assert hints[0].message.endswith("and technical: true or false to each of them")


def test_people_of_one_unclear_organization_get_one_hint(complete: str) -> None:
    """Review 40a F14: the same organization hint was printed six times, once per person."""
    text = mutate(complete, "  - name: Sam Lee\n", "  - name: Sam Lee\n    organization: Adyen\n")
    text = mutate(text, "  - name: Priya Nair\n", "  - name: Priya Nair\n    organization: adyen\n")
    hints = [h for h in run(text).hints if "does not say whether it is another company" in h.message]
    assert len(hints) == 1 and "the organization \"Adyen\" of " in hints[0].message  # review 44c F13: not "X and Y's"
    assert hints[0].message.endswith(", to each of them")
    # where the label does not keep the documents to the organization's people, they are counted inside
    confidential = mutate(text, "  confidentiality: Internal", "  confidentiality: Confidential")
    said = [h.message for h in run(confidential).hints if "does not say whether it is another company" in h.message]
    assert len(said) == 1 and "so they are counted inside it where they have a part in the project's work (documents " \
        "labelled Confidential then go to them), and those documents leave them off their distribution lists " \
        "otherwise" in said[0]
    # review 110b F8: validate prints it by default, as its help says of those saying whom the lists leave out
    from generator.diagnostics import beyond_format
    assert not any(beyond_format(h) for h in run(confidential).hints
                   if "does not say whether it is another company" in h.message)


def test_a_request_awaiting_a_decision_without_options_or_recommendation_gets_a_hint(complete: str) -> None:
    """Reviews 44a F5, 44b F4: a pending request's form went to the decider with options and recommendation "not
    recorded", and nothing said which keys fill them."""
    pending = mutate(complete, "      status: approved    ", "      status: proposed    ")
    pending = cut(pending, "      decision:   ", "\nglossary:")
    said = [h for h in run(pending).hints if "awaits a decision" in h.message]
    assert len(said) == 1 and "add options:, recommendation: and if_not_made:" in said[0].message
    assert format_path(said[0].path) == "change_control.requests[0]"


def test_an_approved_change_moving_the_schedule_with_no_baseline_answer_gets_a_hint(complete: str) -> None:
    """Reviews 45b F3, 46a F5: "whether they already include it has not been recorded", and no hint named the key
    that answers it."""
    unsaid = mutate(complete, "        in_baseline: true\n", "")
    [hint] = [h for h in run(unsaid).hints if "in_baseline" in h.message]
    assert format_path(hint.path) == "change_control.requests[0].impact"
    assert "moves the schedule 5 days" in hint.message and "add in_baseline: true" in hint.message


def test_an_approved_change_another_source_pays_with_no_spending_answer_gets_a_hint(complete: str) -> None:
    """Reviews 162b F2, 162c F2: whether the project spends another source's money was read from the notes' words
    (a grant spent, any other source not), and no hint named the key that answers it."""
    other = mutate(complete, "        cost: 8000\n", "        cost: 8000\n        funding: other\n")
    [hint] = [h for h in run(other).hints if "in_spending" in h.message]
    assert format_path(hint.path) == "change_control.requests[0].impact"
    assert "take it that the project does not spend it" in hint.message and "add in_spending: true" in hint.message
    answered = mutate(other, "        funding: other\n", "        funding: other\n        in_spending: false\n")
    assert not [h for h in run(answered).hints if "in_spending" in h.message]


def test_the_optional_keys_whose_sections_read_not_recorded_are_named_once_per_list(complete: str) -> None:
    """Reviews 47a F13, 48a F7, 48b F9: the documents said "not recorded" for a request's rollback, a lesson's owner,
    a debt item's cause and an item's format, and validate named none of those keys."""
    text = mutate(complete, "      rollback: Drop the added fields in the next release\n", "")
    text = mutate(text, "    owner: Lee Chen\n", "")
    text = mutate(text, "        resources: One data engineer for a sprint\n", "")  # review 49c F7: "not assessed"
    hints = run(text).hints
    assert [(format_path(h.path), h.message) for h in hints] == [
        ("change_control.requests", 'the change request forms read "not assessed" or "not recorded" for '
                                    "impact.resources: (CR-001); rollback: (CR-001): add them where they are known "
                                    "(optional keys pmdocs adds)"),
        ("lessons", 'the lessons learned reads "not recorded" for owner: (lesson 1): add them where they are known '
                    "(optional keys pmdocs adds)")]


def test_a_change_moving_the_schedule_earlier_is_said_in_words(complete: str) -> None:
    """Review 61a: "CR-01 moves the schedule -7 days"."""
    text = mutate(complete, "        schedule_days: 5\n        in_baseline: true\n", "        schedule_days: -7\n")
    said = [h.message for h in run(text).hints if "moves the schedule" in h.message]
    assert said and said[0].startswith("CR-001 moves the schedule 7 days earlier,"), said
    later = [h.message for h in run(mutate(text, "schedule_days: -7", "schedule_days: 1")).hints
             if "moves the schedule" in h.message]
    assert later and later[0].startswith("CR-001 moves the schedule 1 day later,"), later


def test_people_of_one_other_organization_get_one_hint() -> None:
    """Review 72b: the long hint was repeated almost word for word for each of a supplier's people."""
    from tests.conftest import example_text

    text = mutate(example_text(), "  department: Data Platform Group\n",
                  "  department: Data Platform Group\n  confidentiality: Internal\n")
    people = "people:                                            # required; at least the sponsor and the project manager\n"
    text = mutate(text, people, people + "  - name: Jo Park\n    role: Engineer\n    organization: Northwind Ltd\n"
                  "  - name: Kim Lowe\n    role: Account Manager\n    organization: Northwind Ltd\n")
    said = [d.message for d in run(text).hints if "belong" in d.message and "another organization" in d.message]
    assert len(said) == 1 and said[0].startswith("Jo Park and Kim Lowe belong to another organization (Northwind Ltd")
    # review 77a F3: the holder of one of the project's roles is not left off (nor said to be)
    lead = mutate(text, "    organization: Data Platform Group", "    organization: Northwind Ltd")
    said = [d.message for d in run(lead).hints if "belong" in d.message and "another organization" in d.message]
    assert len(said) == 1 and "Lee Chen" not in said[0], said


def test_a_regulator_a_label_admits_is_not_said_left_off(complete: str) -> None:
    """Review 85b F8: "not for distribution outside Northgate and named regulators" admits a regulator's people: no
    hint says the distribution lists leave them off."""
    text = mutate(complete, "  - name: Rafael Souza\n    role: Integration Engineer\n",
                  "  - name: Rafael Souza\n    role: Integration Engineer\n    organization: Prudential Regulation "
                  "Authority\n")
    assert any("belongs to another organization" in h.message for h in run(text).hints)
    label = next(line for line in text.splitlines() if line.startswith("  confidentiality:"))
    admitting = mutate(text, label, "  confidentiality: Confidential - not outside Acme Corp and named regulators")
    assert not any("belongs to another organization" in h.message for h in run(admitting).hints)


def test_the_people_of_a_client_sponsoring_a_suppliers_project_get_no_hint_that_the_lists_leave_them_off(
        complete: str) -> None:
    """Review 108b F6: validate said the agency's people were left off the distribution lists of a supplier's CUI
    pack, whose lists hold them (the client the work is done for: `communication.client_let_in`)."""
    text = mutate(complete, "    organization: Finance                         ",
                  "    organization: Northbridge Agency\n    external: true\n   ")
    text = mutate(text, "  - name: Rafael Souza\n    role: Integration Engineer\n",
                  "  - name: Rafael Souza\n    role: Integration Engineer\n    organization: Northbridge Agency\n"
                  "    external: true\n")
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert not [h for h in result.hints if "Rafael Souza" in h.message and "belong" in h.message]
    other = mutate(text, "    organization: Northbridge Agency\n    external: true\n", "    organization: Stratus Ltd\n")
    assert [h for h in run(other).hints if "Rafael Souza" in h.message and "belong" in h.message]
