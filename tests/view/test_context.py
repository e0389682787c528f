"""The view model's derived figures: scores, ranks, quadrants, change log totals, timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.render.templates import render_project
from generator.view.context import build_context
from tests.conftest import mutate, run


def test_change_log_accumulates_only_approved_changes(example: str) -> None:
    extra = ("    - id: CR-000\n      title: Earlier\n      requested_by: Sam Lee\n      date: 2027-01-20\n"
             "      impact: {cost: 1000, schedule_days: 2}\n      status: implemented\n"
             "      decision: {by: Sam Lee, date: 2027-01-21}\n"
             "    - id: CR-009\n      title: Pending\n      requested_by: Sam Lee\n      date: 2027-03-01\n"
             "      impact: {cost: 3000, schedule_days: 1}\n\nglossary:")
    ctx = build_context(run(mutate(example, "\nglossary:", extra)).questionnaire)
    log = [(r.request.id, r.cumulative_cost, r.contingency_left) for r in ctx.change_log]
    assert log == [("CR-000", 1000, 44000), ("CR-001", 9000, 36000), ("CR-009", 9000, 36000)]
    assert ctx.totals() == (9000, 7, 3000, 1)



def test_a_change_logs_reserve_before_a_cut_the_budget_holds_is_the_reserve_of_the_budget_then(example: str) -> None:
    """Review 148a F2: "Contingency left CHF 30,000" in May, a percentage of the budget an October cut set (the amount
    answered is after the cut, its words say, and the cut was recorded with cost 0)."""
    cut = ("    - id: CR-010\n      title: Budget cut\n      requested_by: Sam Lee\n      date: 2027-02-15\n"
           "      description: The board cut the project budget from EUR 500,000 to EUR 450,000.\n"
           "      impact: {cost: 0, schedule_days: 0}\n      status: implemented\n"
           "      decision: {by: board, date: 2027-02-20}\n\nglossary:")
    ctx = build_context(run(mutate(example, "\nglossary:", cut)).questionnaire)
    log = [(r.request.id, r.cumulative_cost, r.contingency_left) for r in ctx.change_log]
    assert log == [("CR-001", 8000, 42000), ("CR-010", 8000, 37000)]


def test_timeline_is_in_date_order_from_start_to_end(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    dates = [e.date for e in ctx.timeline]
    assert dates == sorted(dates) and ctx.timeline[0].kind == "Start" and ctx.timeline[-1].kind == "End"
    assert ctx.timeline[0].date == dt.date(2027, 1, 11)


def test_version_and_dates_come_from_the_records(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    assert (ctx.version, ctx.version_date, ctx.records_date) == ("1.0", dt.date(2027, 1, 5), dt.date(2027, 2, 10))
    text = example.split("\nrevisions:")[0] + "\n"
    text = text.split("\nchange_control:")[0] + "\n\nglossary:" + text.split("\nglossary:")[1]
    bare = build_context(run(text).questionnaire)
    assert (bare.version, bare.version_date, bare.records_date) == ("not yet issued", None, None)


def test_a_duty_nobody_holds_is_said_to_be_unassigned_never_handed_to_someone_else(example: str) -> None:
    text = mutate(example, "  scrum_master: Lee Chen\n", "")
    text = mutate(text, "  product_owner: Priya Nair                        # expected for scrum\n", "")
    text = mutate(text, "  technical_lead: Lee Chen\n", "")
    ctx = build_context(run(text).questionnaire)
    assert ctx.holder("scrum_master") == "Not assigned (no scrum master named)"
    assert ctx.holder("product_owner") == "Not assigned (no product owner named)"
    assert ctx.holder("technical_lead") == "Not assigned (no technical lead named)"
    assert all(row.owner not in ("Sam Lee", "Dana Ortiz") for row in ctx.comm_rows if row.standard
               and row.name in ("Sprint planning", "Sprint retrospective", "Product backlog refinement"))
    assert ctx.audience(("scrum_master", "team")) == ("Project team",)
    assert ctx.audience(("technical_lead",)) == ("Project team",)


def test_required_approver_follows_the_thresholds(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    request = ctx.requests[0]
    assert ctx.required_approver(request) == "the change board"  # EUR 8,000 is above Sam Lee's EUR 5,000
    cheap = dataclasses.replace(request, impact=dataclasses.replace(request.impact, cost=100, schedule_days=1))
    assert ctx.required_approver(cheap) == "Sam Lee"
    # review 21 F2: nobody decides their own request; review 54c F1: who decides it instead is not recorded (the
    # board was named as the decider in the summary and the status report, by a control nobody recorded)
    own = dataclasses.replace(cheap, requested_by="Sam Lee", decision=None, status="proposed")
    assert ctx.required_approver(own) == "an approver not yet recorded (it fits the limit of Sam Lee, who raised it)"
    form = next(d.markdown for d in render_project(dataclasses.replace(ctx.q, change_control=dataclasses.replace(
        ctx.q.change_control, requests=[own]))) if d.slug == "change-request" and own.id in d.markdown)
    assert "to be decided by the change board" not in form and "who raised it" in form


def test_a_request_whose_impact_is_not_assessed_waits_for_it_to_find_its_approver(example: str) -> None:
    """Review 13 F1: a cost or delay nobody assessed is not taken as none, unless the thresholds do not need it."""
    ctx = build_context(run(example).questionnaire)  # Sam Lee up to EUR 5,000 (and a delay), then the board
    request = ctx.requests[0]
    unknown = dataclasses.replace(request, impact=m.Impact(scope=None, cost=None, schedule_days=None))
    assert not ctx.approver_known(unknown)
    assert ctx.required_approver(unknown) == "whoever the change thresholds name, once its impact is assessed"
    over = dataclasses.replace(request, impact=m.Impact(scope=None, cost=50_000, schedule_days=None))
    assert ctx.approver_known(over) and ctx.required_approver(over) == "the change board"  # too big for Sam Lee anyway
    small = dataclasses.replace(request, impact=m.Impact(scope=None, cost=100, schedule_days=None))
    assert [(t.max_cost, t.max_schedule_days) for t in ctx.thresholds][0] == (5000, 5)
    assert not ctx.approver_known(small)  # within Sam Lee's cost, but his delay limit cannot be checked
    ctx = build_context(run(mutate(example, "      max_schedule_days: 5\n", "")).questionnaire)
    assert ctx.approver_known(small) and ctx.required_approver(small) == "Sam Lee"  # no delay limit to check


# -- issue 14: what the view says for answers, never defaults -----------------------------------------------------


def test_a_person_holding_several_roles_is_named_once_in_audiences_and_signs_once(example: str) -> None:
    ctx = build_context(run(example).questionnaire)  # Lee Chen is scrum master and technical lead
    assert ctx.audience(("scrum_master", "technical_lead", "sponsor")) == (
        "Lee Chen, scrum master and technical lead", "Dana Ortiz, sponsor")
    assert ctx.audience(("scrum_master", "technical_lead", "team")) == ("Project team",)  # they are in the team
    assert ctx.audience(("sponsor", "technical_lead", "team")) == ("Dana Ortiz, sponsor", "Project team")
    both = build_context(run(mutate(example, "  project_manager: Sam Lee", "  project_manager: Dana Ortiz"))
                         .questionnaire)
    assert both.signatories(["sponsor", "project_manager"]) == [("Sponsor and project manager", "Dana Ortiz")]
    request = both.requests[0]
    assert both.request_signatories(request) == [  # the board decided: its members sign, each person once
        ("Requester", "Priya Nair"), ("Project manager and change board member", "Dana Ortiz"),
        ("Change board member", "Sam Lee"), ("Change board member", "Lee Chen")]
    nobody = build_context(run(mutate(example, "  board: [Dana Ortiz, Sam Lee, Lee Chen]\n", "")).questionnaire)
    assert nobody.has_board is False and nobody.request_signatories(nobody.requests[0])[-1] == (
        "Decision maker", "Change board (no members recorded)")  # a board nobody named: no names to invent


def test_unanswered_assessments_read_as_such(example: str) -> None:
    text = mutate(example, "    influence: high                                # low, medium or high\n"
                           "    interest: high                                 # low, medium or high\n", "")
    ctx = build_context(run(text).questionnaire)
    dana = ctx.person("Dana Ortiz")
    assert dana is not None and (dana.influence, dana.interest) == (None, None)
    assert ctx.level(dana.influence) == "not assessed" and ctx.level("high") == "high"
    sam = ctx.person("Sam Lee")
    assert sam is not None and sam.technical is None
    assert ctx.style_of(sam) == "Not recorded (written to as technical)" and ctx.style_of(dana) == "Plain language"
    assert dana in ctx.plain_readers and sam not in ctx.plain_readers


def test_a_sponsor_placed_for_want_of_an_assessment_is_said_to_need_one(example: str) -> None:
    """Review 23 F3: an unassessed sponsor placed as medium got only the group's advice ('share general updates')."""
    text = mutate(example, "    influence: high                                # low, medium or high\n"
                           "    interest: high                                 # low, medium or high\n", "")
    plan = next(d.markdown for d in render_project(run(text).questionnaire) if d.slug == "communication-plan")
    assert ("First assess those placed here for want of an assessment: a sponsor usually has high influence and is "
            "managed closely.") in plan  # guidance names nobody: the list above says who was not assessed
    assert "want of an assessment" not in next(d.markdown for d in render_project(run(example).questionnaire)
                                               if d.slug == "communication-plan")


def test_tools_and_lists_read_as_a_sentence(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    assert [ctx.and_list(x) for x in ([], ["A"], ["A", "B"], ["A", "B", "C"], ["a_b", "c"])] == [
        "", "A", "A and B", "A, B and C", "a\\_b and c"]


def test_engagement_gaps_count_steps_between_the_spec_s_words() -> None:
    from generator.questionnaire import model as m  # the model's record, made by hand
    from generator.view.context import ENGAGEMENT

    assert ENGAGEMENT == ("unaware", "resistant", "neutral", "supportive", "leading")
    gap = build_context.__globals__["Context"].engagement_gap
    ctx = dataclasses.make_dataclass("L", [])()
    ctx.locale = __import__("generator.i18n.locales", fromlist=["english"]).english()  # type: ignore[attr-defined]
    assert gap(ctx, m.StakeholderEngagement(current="neutral", desired="supportive")) == "1 step to raise"
    assert gap(ctx, m.StakeholderEngagement(current="unaware", desired="leading")) == "4 steps to raise"
    assert gap(ctx, m.StakeholderEngagement(current="leading", desired="supportive")) == "1 step above the need"
    assert gap(ctx, m.StakeholderEngagement(current="neutral", desired="neutral")) == "none"


def test_the_shared_working_hours_follow_the_time_zones(example: str) -> None:
    from generator.view.context import spread

    one = run(example).questionnaire
    assert one is not None and spread(one).rows == ()  # nobody's time zone or language: nothing to plan
    text = mutate(example, "    technical: false                               # false = receives plain-language "
                  "communication", "    technical: false\n    time_zone: Europe/Berlin\n    language: de")
    text = mutate(text, "  - name: Sam Lee\n", "  - name: Sam Lee\n    time_zone: America/New_York\n")
    q = run(text).questionnaire
    assert q is not None
    plan = spread(q)
    assert plan.zones == 2 and [r.name for r in plan.rows] == ["Dana Ortiz", "Sam Lee"]
    # 09:00‑17:00 in Berlin and New York on every day to June, in the project manager's time (Sam Lee's): Berlin is
    # six hours ahead, five in March's weeks when only New York's clocks have changed
    assert plan.shared == ("America/New_York", "09:00", "11:00")
    assert dict(plan.local) == {"America/New_York": ("09:00‑11:00",), "Europe/Berlin": ("15:00‑17:00", "14:00‑16:00")}
    other = run(mutate(text, "  project_manager: Sam Lee", "  project_manager: Priya Nair")).questionnaire
    assert spread(other).shared == ("Europe/Berlin", "15:00", "17:00")  # type: ignore[arg-type]  # the first listed
    assert plan.language_list == ("de",)
    far = mutate(text, "America/New_York", "Pacific/Auckland")
    assert spread(run(far).questionnaire).shared is None  # type: ignore[arg-type]
    assert plan.hours == ()
    core = mutate(text, "    - No downtime during EU business hours\n",
                  "    - No downtime during EU business hours\n    - Core overlap hours 15:00-17:00 Berlin time\n")
    # review 81c F4: the recorded core hours are said before the window worked out from the zones
    assert spread(run(core).questionnaire).hours == ("Core overlap hours 15:00-17:00 Berlin time",)  # type: ignore[arg-type]
    # review 116a F14: "daylight saving time included" only where a zone's clocks change during the project
    assert plan.clocks_change
    steady = run(mutate(mutate(text, "America/New_York", "Asia/Kolkata"), "Europe/Berlin", "Asia/Singapore"))
    assert steady.questionnaire is not None and not spread(steady.questionnaire).clocks_change


def test_plain_readers_get_the_terms_they_meet_explained(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    terms = dict(ctx.plain_terms)
    assert "Sprint" in terms and "Backlog" in terms  # Scrum's items reach the sponsor, who is not technical
    everyone_technical = mutate(mutate(example, "    technical: false                               # false = "
                                                "receives plain-language communication\n", ""),
                                "    technical: false\n", "")
    assert build_context(run(everyone_technical).questionnaire).plain_terms == []


def test_the_shared_hours_of_a_very_long_project_are_checked_on_a_bounded_sample_of_days() -> None:
    from generator.questionnaire.working_hours import SAMPLED_DAYS
    from generator.questionnaire.working_hours import sampled_days as _days  # the one rule the plan's window uses

    days = _days(dt.date(1, 1, 1), dt.date(9999, 12, 31))  # a hostile questionnaire may span the calendar
    assert len(days) == SAMPLED_DAYS + 1 and days[-1] == dt.date(9999, 12, 31)
    assert all((b - a).days == 3 for a, b in zip(days[:-2], days[1:-1]))  # no clock change is missed in a year
    assert _days(dt.date(2027, 1, 1), dt.date(2027, 1, 2)) == [dt.date(2027, 1, 1), dt.date(2027, 1, 2)]


def test_nobody_is_named_beside_everyone_or_all_stakeholders(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    assert ctx.audience(("sponsor", "stakeholders", "team")) == ("All stakeholders", "Project team")
    assert ctx.audience(("Dana Ortiz", "everyone", "team")) == ("Everyone",)


def test_a_standard_item_nobody_runs_is_said_to_be_left_out_not_planned(example: str) -> None:
    text = mutate(example, "  scrum_master: Lee Chen\n", "")
    ctx = build_context(run(text).questionnaire)
    assert ("Sprint planning", "no scrum master is named to run it") in ctx.left_out
    assert "Sprint planning" not in [r.name for r in ctx.comm_rows]
    assert all(not r.owner or "Not assigned" not in r.owner for r in ctx.comm_rows)
    off = build_context(run(mutate(text, "  defaults: true", "  defaults: false")).questionnaire)
    assert off.left_out == [] and off.covered == [] and not [r for r in off.comm_rows if r.standard]


def test_a_standard_item_the_project_already_has_is_never_listed_as_left_out(example: str) -> None:
    text = mutate(example, "  scrum_master: Lee Chen\n", "")
    text = mutate(text, "    - name: Steering committee update\n",
                  "    - name: Daily stand-up\n      audience: [team]\n    - name: Steering committee update\n")
    ctx = build_context(run(text).questionnaire)
    assert "Daily scrum" not in [item for item, _why in ctx.left_out]  # the team's stand-up is it: merged
    assert ("Daily scrum", "Daily stand-up") in ctx.covered  # and the plan says so
    assert ("Sprint planning", "no scrum master is named to run it") in ctx.left_out


def test_a_deliverable_owner_is_not_named_beside_the_project_team_they_are_in(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    assert ctx.audience(("Dana Ortiz", "team")) == ("Dana Ortiz", "Project team")  # the sponsor is not in the team
    owns = mutate(example, "      owner: Sam Lee\n      due: 2027-06-25", "      owner: Dana Ortiz\n      due: 2027-06-25")
    # an executive (a Chief Financial Officer) who owns a deliverable directs the work, not in the team's meetings
    # (review 82a F3: a hospital's directors in the daily stand-up)
    assert build_context(run(owns).questionnaire).audience(("Dana Ortiz", "team")) == ("Dana Ortiz", "Project team")
    owns = mutate(owns, "    role: Chief Financial Officer\n", "    role: Finance business partner\n")
    owner = build_context(run(owns).questionnaire)
    # she owns a deliverable: in the team, though recorded as non-technical (reviews 64a F2, 65b F1)
    assert owner.audience(("Dana Ortiz", "team")) == ("Project team",)
    technical = build_context(run(mutate(owns,
                                         "    technical: false                               # false",
                                         "    technical: true                                # false")).questionnaire)
    assert technical.audience(("Dana Ortiz", "team")) == ("Project team",)  # a technical owner: in the team
    assert technical.audience(("sponsor", "team")) == ("Project team",)
    assert technical.audience(("Dana Ortiz",)) == ("Dana Ortiz",)


def test_a_methodology_role_held_under_another_name_says_which_project_role_fills_it(example: str) -> None:
    ctx = build_context(run(example).questionnaire)
    assert ctx.filled_by("Product owner", "product_owner") == "filled (see the table above)"
    assert ctx.filled_by("Service request manager", "product_owner") == "suggested: the product owner (see above)"
    assert ctx.filled_by("Technical phase-gate approver", "technical_lead") == (
        "suggested: the technical lead (see above)")
    # review 81b F8: a stakeholder whose recorded role is the methodology's role holds it, as recorded
    q = ctx.q
    lead = dataclasses.replace(q.people[-1], role="Delivery Lead, supplier")
    named = build_context(dataclasses.replace(q, people=[*q.people[:-1], lead]))
    assert named.filled_by("Delivery lead", "project_manager") == f"{lead.name} (their recorded role)"
    assert ctx.filled_by("Delivery lead", "project_manager") == "suggested: the project manager (see above)"
    # review 87c F3: another organization's Delivery Lead holds no role of this project: named, not given it
    vendor = dataclasses.replace(lead, organization="Northgate Data Solutions Ltd", role="Delivery Lead")
    other = build_context(dataclasses.replace(q, people=[*q.people[:-1], vendor]))
    assert other.filled_by("Delivery lead", "project_manager") == (
        f"suggested: the project manager (see above); {vendor.name} of Northgate Data Solutions Ltd has a job of this "
        "name there")


def test_the_document_control_says_once_when_the_answers_are_in_another_language(example: str) -> None:
    q = run(example).questionnaire
    assert build_context(q).answers_language == ""
    for tag, name in (("fr", "French"), ("fr-CA", "French (Canada)"), ("de", "German"), ("en-GB", "")):
        other = dataclasses.replace(q, project=dataclasses.replace(q.project, language=tag))
        said = build_context(other).answers_language
        assert said == (f"The standard wording is in English; the project's own answers are in {name}." if name
                        else ""), tag


def test_the_raci_names_who_accepts_each_deliverable(q: m.Questionnaire) -> None:
    """Review 9 F1: with a RACI, the scope statement names the accountable person as who accepts each deliverable
    (by the stated rule), and says "not recorded" for a deliverable without a row; without one, nobody is named."""
    assert build_context(q).acceptors() == [] or q.raci
    first = q.scope.deliverables[0].name
    row = m.RaciRow(deliverable=first, responsible=["Lee Chen"], accountable="Priya Nair")
    q = dataclasses.replace(q, raci=[row])
    ctx = build_context(q)
    accepting = ctx.acceptors()
    assert accepting[0][:3] == (first, "Priya Nair", False) and len(accepting) == len(q.scope.deliverables)
    proposed = {line.deliverable: line.accountable for line in ctx.raci if line.proposed}
    assert accepting[1:] == [(name, proposed.get(name), proposed.get(name) is not None, [])
                             for name, _, _, _ in accepting[1:]]  # a proposed row's: nobody else to show
    scope = next(d.markdown for d in render_project(q) if d.path.name.endswith("scope-statement.md"))
    assert f"| {first} | Priya Nair |" in scope
    for name, who, _, _ in accepting[1:]:  # review 25 F10: the RACI matrix's proposed acceptor, said to be proposed
        assert (f"| {name} | not agreed: no RACI row for it (the RACI matrix proposes {who}) |" if who else
                f"| {name} | not recorded (no RACI row) |") in scope
    assert "has not been recorded separately" not in scope
    assert "3. The person accountable for the deliverable in the RACI (named above) accepts it" in scope  # review 11 H5
    assert "The product owner accepts the deliverable" not in scope


def test_a_request_whose_scope_answer_says_no_change_in_any_language_does_not_change_the_scope(example: str) -> None:
    """Review 11 F2: 'Sin cambio de alcance' says no change, as 'None' does; an answer that names a change does."""
    ctx = build_context(run(example).questionnaire)
    request = ctx.requests[0]

    def effect(scope: object) -> str:
        return ctx.scope_effect(dataclasses.replace(request, impact=dataclasses.replace(request.impact, scope=scope)))

    assert [effect(a) for a in ("None", "no change.", "Sin cambio de alcance", "Sin cambio", "keine Änderung",
                                "Aucune modification", "sem alteração", "geen wijziging", " - ")] == ["unchanged"] * 9
    assert effect("Adds one field to the migrated model") == "changed"
    assert effect("No change to deliverables") == effect("No impact on scope.") == "unchanged"  # review 41a F5
    assert effect("No change to the API, one report added") == "changed"
    assert effect(None) == effect("  ") == "unassessed"
    text = mutate(example, "        scope: Adds one field to the migrated model\n", "        scope: Sin cambio\n")
    scope = next(d.markdown for d in render_project(run(text).questionnaire) if d.path.name.endswith("scope-statement.md"))
    assert "No approved change request changes the scope." in scope
    assert "1 approved change request did not change the scope (CR-001)." in scope


def test_a_budget_without_a_contingency_answer_has_no_contingency_anywhere(example: str) -> None:
    """Review 11 F4: an unanswered contingency is not a reserve of 0 overrun by every approved change."""
    text = mutate(example, "    contingency_percent: 10\n", "")
    result = run(text)
    ctx = build_context(result.questionnaire)
    assert ctx.contingency is None and [r.contingency_left for r in ctx.change_log] == [None]
    assert not any("contingency" in d.message for d in result.diagnostics)
    docs = {d.path.name.split("-", 2)[-1]: d.markdown for d in render_project(result.questionnaire)}
    plan = next(v for k, v in docs.items() if k.endswith("change-control-plan.md"))
    charter = next(v for k, v in docs.items() if k.endswith("project-charter.md"))
    assert "| no contingency recorded |" in plan and "-EUR" not in plan
    assert "No contingency reserve has been recorded to set them against." in plan
    assert "No contingency reserve has been recorded." in charter and "Contingency remaining" not in charter
    zero = run(mutate(example, "contingency_percent: 10", "contingency_percent: 0"))
    assert build_context(zero.questionnaire).contingency is None  # none, as review 8 asked: not a reserve of EUR 0
    assert [d.message for d in zero.diagnostics if "contingency of EUR 0 (0% of" in d.message]  # the answer warns


def test_a_request_with_no_impact_answered_is_logged_as_not_assessed(example: str) -> None:
    """Review 11 F3: no impact answered is not 'no cost; no delay'."""
    extra = ("    - id: CR-009\n      title: Pending\n      requested_by: Sam Lee\n      date: 2027-03-01\n"
             "    - id: CR-010\n      title: Costed\n      requested_by: Sam Lee\n      date: 2027-03-02\n"
             "      impact: {cost: 300}\n\nglossary:")
    q = run(mutate(example, "\nglossary:", extra)).questionnaire
    plan = next(d.markdown for d in render_project(q) if d.path.name.endswith("change-control-plan.md"))
    row = next(line for line in plan.splitlines() if line.startswith("| CR-009 |"))
    assert "| not assessed |" in row and "no cost" not in plan and "no delay" not in plan
    costed = next(line for line in plan.splitlines() if line.startswith("| CR-010 |"))
    assert "EUR 300; schedule not assessed" in costed


def test_a_charter_without_milestones_says_none_were_recorded(example: str) -> None:
    """Review 11 H7: the validator's hint promises the milestone schedule says so, in words."""
    text = mutate(example, "milestones:\n  - name: Customer database migrated\n    date: 2027-05-31"
                  "                               # within the project dates\n    deliverables: [Migrated customer "
                  "database]     # deliverable names\n", "")
    charter = next(d.markdown for d in render_project(run(text).questionnaire)
                   if d.path.name.endswith("project-charter.md"))
    assert "No milestones have been recorded: the timeline shows the deliverables' due dates." in charter
    full = next(d.markdown for d in render_project(run(example).questionnaire) if d.path.name.endswith("charter.md"))
    assert "No milestones have been recorded" not in full


def test_the_stakeholder_register_names_every_duty_answered(q: m.Questionnaire) -> None:
    """Review 19 F11: a board member, approver or escalation contact is not shown as having no project role."""
    ctx = build_context(q)
    # reviews 107b F10, 107c F10: a role holder's own communication items too, as everyone's
    assert ctx.duties_of("Sam Lee") == ["Project manager", "change board member", "approves changes within a threshold",
                                        "on the escalation path",
                                        "owner of the communication item Steering committee update",
                                        "owner of the deliverable Decommissioning report"]
    assert ctx.duties_of("Priya Nair") == ["Product owner", "requested change CR-001"] and ctx.duties_of("Nobody") == []
    # review 21 F7: owners of deliverables, open risks and open issues were "none"
    assert ctx.duties_of("Lee Chen")[-2:] == ["owner of the deliverable Migrated customer database", "owner of risk R-01"]
    two = dataclasses.replace(q, scope=dataclasses.replace(q.scope, deliverables=[
        dataclasses.replace(d, owner="Priya Nair") for d in q.scope.deliverables]))
    names = [d.name for d in q.scope.deliverables]
    assert build_context(two).duties_of("Priya Nair")[-2] == (
        f"owner of the deliverables {', '.join(names[:-1])} and {names[-1]}")
    # review 36 F8: the owner of a communication item of the project's own, with no project role, was "none recorded"
    auditor = m.Person(name="Niamh Byrne", role="Head of Reporting")
    bulletin = m.CommunicationItem(name="Working group", audience=["team"], purpose="p", channel="c",
                                   frequency="weekly", owner="Niamh Byrne")
    owning = dataclasses.replace(q, people=[*q.people, auditor], communication=dataclasses.replace(
        q.communication, items=[*q.communication.items, bulletin]))
    assert build_context(owning).duties_of("Niamh Byrne") == ["owner of the communication item Working group"]
    assert "owner of the communication item Working group" not in " ".join(build_context(owning).duties_of("Sam Lee"))



def test_someone_with_no_other_duty_is_shown_with_their_part_in_the_raci_matrix(q: m.Questionnaire) -> None:
    """Review 25 F9: "Project role: none" for people the RACI matrix consults or informs."""
    outsider = m.Person(name="Ana Ruiz", role="Auditor")
    deliverable = q.scope.deliverables[0].name
    row = m.RaciRow(deliverable=deliverable, responsible=["Lee Chen"], accountable="Sam Lee",
                    consulted=["Ana Ruiz"], informed=["team"])
    with_row = dataclasses.replace(q, people=[*q.people, outsider], raci=[row])
    assert build_context(with_row).duties_of("Ana Ruiz") == [f"consulted on {deliverable} (RACI)"]
    assert build_context(dataclasses.replace(q, people=[*q.people, outsider])).duties_of("Ana Ruiz") == []  # a
    # proposed row (none answered) is nobody's agreed part
    plan = next(d.markdown for d in render_project(dataclasses.replace(q, people=[*q.people, outsider]))
                if d.path.name.endswith("communication-plan.md"))
    register = [line for line in plan.splitlines() if line.startswith("| Ana Ruiz |") and line.count("|") == 8]
    assert len(register) == 1 and register[0].endswith("| none recorded |")  # the stakeholder register's row


def test_an_overspent_contingency_and_a_schedule_gain_are_said_in_words_never_as_negative_numbers(example: str) -> None:
    """Review 20 F2: '-EUR 4,600 is the overrun', '-20 days'."""
    big = ("    - id: CR-000\n      title: Second supplier\n      requested_by: Sam Lee\n      date: 2027-01-20\n"
           "      impact: {cost: 50000, schedule_days: -20}\n      status: approved\n"
           "      decision: {by: board, date: 2027-01-21}\n\nglossary:")
    report = ("\nstatus_reports:\n  - date: 2027-03-01\n    overall: green\n    summary: On track.\n"
              "    budget: {rating: green, spent: 100000}\n")
    q = run(mutate(example, "\nglossary:", big) + report).questionnaire
    assert q is not None
    ctx = build_context(q)
    assert ctx.remaining(-4600) == "EUR 4,600 overspent" and ctx.remaining(300) == "EUR 300"
    assert ctx.delay(-20) == "20 days earlier" and ctx.delay(5) == "5 days later" and ctx.delay(0) == "no change to the schedule"  # review 34: not "0 days"
    docs = {d.slug: d.markdown for d in render_project(q)}
    plan = docs["change-control-plan"]
    assert "the approved changes exceed it by EUR" in plan and "is the overrun" not in plan
    assert "EUR 50,000; 20 days earlier" in plan
    # review 32 F1: approving changes commits the contingency; nothing is "overspent" where nothing was spent
    assert "| Contingency remaining, after the approved changes | none: the approved changes exceed it by EUR 13,000 |" in docs["project-charter"]
    assert "none: the approved changes exceed it by EUR 13,000 |" in plan  # the change log's last column
    summary = docs["executive-summary"]  # review 22 N3: not 'included' and overspent at once
    assert "(EUR 350,000 left); the approved changes exceed the contingency of EUR 45,000 by EUR 13,000" in summary
    assert ctx.contingency_words(-1000) == "none: the approved changes exceed it by EUR 1,000"
    assert ctx.contingency_words(500, ["CR-002"]) == "at most EUR 500 (the cost of CR-002 not assessed)"
    assert all("overspent" not in text for text in docs.values())
    for text in docs.values():
        assert "\\-EUR" not in text and "-EUR" not in text and "\\-20" not in text


def test_an_agile_delivery_lead_is_shared_with_a_named_scrum_master(example: str) -> None:
    """Review 20 F6: the charter named a scrum master, and its guidance gave their work to the project manager."""
    agile = mutate(example, "methodology: scrum", "methodology: agile")
    q = run(agile).questionnaire
    assert q is not None and q.roles.scrum_master
    charter = next(d.markdown for d in render_project(q) if d.slug == "project-charter")
    assert "| Delivery lead | suggested: the scrum master and the project manager (see above) |" in charter
    q2 = run(mutate(agile, f"scrum_master: {q.roles.scrum_master}", "scrum_master: null")).questionnaire
    assert q2 is not None and not q2.roles.scrum_master
    charter2 = next(d.markdown for d in render_project(q2) if d.slug == "project-charter")
    assert "| Delivery lead | suggested: the project manager (see above) |" in charter2


def test_a_milestone_forecast_past_the_projects_end_is_the_first_key_date(example: str) -> None:
    """Review 22 N1: the summary showed the earliest late milestone and hid the one forecast after the end."""
    text = mutate(example, "  - name: Customer database migrated\n",
                  "  - name: Pilot live\n    date: 2027-04-30\n  - name: Customer database migrated\n")
    text += ("\nstatus_reports:\n  - date: 2027-04-10\n    overall: amber\n    summary: Late.\n"
             "    schedule: {rating: amber, note: Vendor late}\n    forecasts:\n"
             "      - {milestone: Pilot live, date: 2027-05-30}\n"
             "      - {milestone: Customer database migrated, date: 2027-07-15}\n")
    q = run(text).questionnaire
    assert q is not None
    ctx = build_context(q)
    assert [s.milestone for s in ctx.late_slips()] == ["Customer database migrated", "Pilot live"]
    assert [ms.name for ms in ctx.milestones_shown(1)] == ["Customer database migrated"]  # 15 days past the end


def test_a_person_who_recorded_an_approval_gets_a_signature_line_once(example: str) -> None:
    """Review 23 F10: the charter's status named an approver its signature table left out."""
    text = example + ("\napprovals:\n  - document: project-charter\n    version: \"1.0\"\n    by: Lee Chen\n"
                      "    date: 2027-01-06\n  - document: project-charter\n    version: \"1.0\"\n    by: Dana Ortiz\n"
                      "    date: 2027-01-06\n  - document: project-charter\n    version: \"1.0\"\n    by: board\n"
                      "    date: 2027-01-07\n")
    q = run(text).questionnaire
    assert q is not None
    ctx = build_context(q)
    rows = ctx.signature_rows("project-charter", ["sponsor", "project_manager"])
    assert rows == [*ctx.signatories(["sponsor", "project_manager"]), ("Approver", "Lee Chen")]
    charter = next(d.markdown for d in render_project(q) if d.slug == "project-charter")
    assert "| Approver | Lee Chen | | |" in charter
    assert ctx.signature_rows("scope-statement", ["sponsor"]) == ctx.signatories(["sponsor"])
    # review 131c F2: one whose job now says they are on leave signs no later version (they signed this one)
    assert ctx.approval("project-charter", "", ["sponsor"]).state.version == "1.0"
    people = [p if p.name != "Lee Chen" else dataclasses.replace(p, role=f"{p.role} (on leave since June)")
              for p in q.people]
    assert any(p.name == "Lee Chen" for p in people)
    away = build_context(dataclasses.replace(q, people=people))
    assert away.signature_rows("project-charter", ["sponsor", "project_manager"]) == rows
    later = build_context(dataclasses.replace(q, people=people, revisions=[
        *q.revisions, m.Revision(version="1.1", date=dt.date(2027, 2, 1), summary="Budget updated")]))
    assert later.signature_rows("project-charter", ["sponsor", "project_manager"]) == later.signatories(
        ["sponsor", "project_manager"])


def test_someone_who_raised_a_change_request_is_shown_with_it(q: m.Questionnaire) -> None:
    """Review 30 F11: the person who raised a change request read "none recorded" in the stakeholder register."""
    assert q.change_control is not None and q.change_control.requests
    outsider = m.Person(name="Ana Ruiz", role="Ward manager")
    request = dataclasses.replace(q.change_control.requests[0], id="CR-301", requested_by="Ana Ruiz")
    changed = dataclasses.replace(q, people=[*q.people, outsider], change_control=dataclasses.replace(
        q.change_control, requests=[*q.change_control.requests, request]))
    assert build_context(changed).duties_of("Ana Ruiz") == ["requested change CR-301"]
    deliverable = q.scope.deliverables[0].name
    row = m.RaciRow(deliverable=deliverable, responsible=["Lee Chen"], accountable="Sam Lee", consulted=["Ana Ruiz"])
    assert build_context(dataclasses.replace(changed, raci=[row])).duties_of("Ana Ruiz") == [
        f"consulted on {deliverable} (RACI)", "requested change CR-301"]


def test_a_stakeholder_only_named_in_an_items_audience_has_that_as_their_part(q: m.Questionnaire) -> None:
    """Review 50b F11: "Project role: none recorded" for a member of the steering group, named in its audience."""
    member = dataclasses.replace(q.people[-1], name="Ines Duarte", role="Non-executive director")
    board = m.CommunicationItem(name="Steering group", audience=["Ines Duarte"], purpose="p", channel="c",
                                frequency="monthly", owner=q.roles.project_manager)
    q2 = dataclasses.replace(q, people=[*q.people, member],
                             communication=dataclasses.replace(q.communication, items=[*q.communication.items, board]))
    assert build_context(q2).duties_of("Ines Duarte") == ["in the audience of Steering group"]


def test_a_person_consulted_in_the_raci_is_said_to_be_beside_their_other_duties(q: m.Questionnaire) -> None:
    """Review 56b F6: a plant manager consulted on both answered rows read only "change board member"."""
    deliverable = q.scope.deliverables[0].name
    assert q.roles.sponsor is not None
    row = m.RaciRow(deliverable=deliverable, responsible=["Lee Chen"], accountable="Sam Lee",
                    consulted=[q.roles.sponsor], informed=[q.roles.sponsor])
    duties = build_context(dataclasses.replace(q, raci=[row])).duties_of(q.roles.sponsor)
    assert f"consulted on {deliverable} (RACI)" in duties
    assert f"informed of {deliverable} (RACI)" not in duties  # informed: only for someone with no other part


def test_a_board_member_whose_title_says_one_of_their_roles_is_given_every_one(q: m.Questionnaire) -> None:
    """Reviews 76a, 76c F3: "Marek Nowak, Senior Project Manager (scrum master)" read as if he were not the project
    manager; a title saying every role needs none."""
    pm = q.roles.project_manager
    assert pm is not None
    people = [dataclasses.replace(p, role="Senior Project Manager") if p.name == pm else p for p in q.people]
    both = dataclasses.replace(q, people=people, roles=dataclasses.replace(q.roles, scrum_master=pm))
    assert build_context(both).roles_unsaid(pm) == ["Project manager", "Scrum master"]
    assert build_context(dataclasses.replace(both, roles=q.roles)).roles_unsaid(pm) == []


def test_the_planned_costs_line_steps_by_what_each_change_adds_to_the_planned_cost(q: m.Questionnaire) -> None:
    """Review 84a F1: a change another budget paid rose the budget picture's planned-cost line, and the next change's
    step fell to the total; each step is what `Money.planned` counts: a budget increase's cost, else `rules.drawn`."""
    import dataclasses
    import datetime as dt
    from generator.questionnaire import rules
    from generator.view.context import _planned_steps

    base = q.change_control.requests[0]
    day = dt.date(2027, 3, 1)
    def request(ident: str, cost: float, funding: str | None) -> m.ChangeRequest:
        return dataclasses.replace(base, id=ident, status="approved",
                                   impact=dataclasses.replace(base.impact, cost=cost, funding=funding),
                                   decision=dataclasses.replace(base.decision, date=day, notes=None))
    steps = _planned_steps([request("CR-1", 62000, "contingency"), request("CR-2", 35000, "other"),
                            request("CR-3", 8000, "budget-increase")], day)
    assert steps == [(day, 62000), (day, 8000)]
    assert rules.drawn(request("CR-2", 35000, "other")) == 0


def test_an_amount_with_no_budget_says_its_currency_is_not_recorded(q: m.Questionnaire) -> None:
    """Review 85a F4: "Cost | 11,800" with no budget, and so no currency, read as complete."""
    ctx = build_context(q)
    assert q.project.budget is not None and ctx.money(11800) == f"{q.project.budget.currency} 11,800"
    bare = build_context(dataclasses.replace(q, project=dataclasses.replace(q.project, budget=None)))
    assert bare.money(11800) == "11,800 (currency not recorded)" and bare.money(0) == "0" and bare.money(None) is None


def test_a_persons_job_is_given_without_its_notes_in_brackets(q: m.Questionnaire) -> None:
    """A job goes in brackets after a name: its own notes in brackets would nest (a DPO's "... (DPO)")."""
    dpo = dataclasses.replace(q.people[0], role="Délégué à la protection des données (DPO)")
    ctx = build_context(dataclasses.replace(q, people=[dpo, *q.people[1:]]))
    assert ctx.job(dpo.name) == "Délégué à la protection des données" and ctx.job("Nobody") == ""


def test_who_put_the_project_on_hold_is_said_among_their_duties() -> None:
    """Review 87b F11: the Dean who put the project on hold was only "on the escalation path" in the register."""
    from tests.conftest import ROOT

    text = (ROOT / "tests" / "fixtures" / "summaries" / "soc2-on-hold.yaml").read_text(encoding="utf-8")
    ctx = build_context(run(text).questionnaire)
    assert "put the project on hold (decision D-03)" in ctx.duties_of("Michael Chen")
    assert not any("on hold" in duty for duty in ctx.duties_of(ctx.q.roles.project_manager))


def test_a_decision_asked_that_names_the_charter_is_its_approval() -> None:
    """Review 96b F5: "Godkjenne prosjektmandatet (versjon 0.3)" and "Approval of the project charter" on one page."""
    from generator.view.context import Context

    assert Context.asks_charter(["Godkjenne prosjektmandatet (versjon 0.3) i styringsgruppen 10. desember"])
    assert Context.asks_charter(["Approve the project charter and its budget"])
    assert Context.asks_charter(["Approuver la charte (version 0.3) le 16 décembre"])  # review 97a F4
    assert not Context.asks_charter(["Approve CR-002", "Decide on the pilot site"])


def test_a_charter_showing_a_risk_occurred_on_a_day_unrecorded_reflects_the_record_that_says_so() -> None:
    """Review 110a F1: a charter approved in February showed R-02 "has occurred" (in April, as an issue naming it
    says) with no word that it reflects newer records than its approved version."""
    from tests.conftest import ROOT, mutate, run

    text = (ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")
    occurred = mutate(text, "  - risk: Legacy data quality is worse than sampled\n",
                      "  - id: R-01\n    risk: Legacy data quality is worse than sampled\n    status: occurred\n")
    occurred = mutate(occurred, "    issue: CRM-East export API is rate-limited to 10 requests a second",
                      "    issue: CRM-East export API is rate-limited to 10 requests a second (R-01)")
    q = run(occurred).questionnaire
    assert q is not None
    ctx = build_context(q)
    assert ctx.version_date is not None and ctx.version_date < dt.date(2027, 3, 2)
    assert ctx.newer_records_of(["revisions", "shown_risks"]) == dt.date(2027, 3, 2)  # I-01's day, naming it


def test_a_sentences_list_whose_items_hold_a_comma_is_split_by_semicolons(q: m.Questionnaire) -> None:
    """Review 118c F9: "The people who sign section 9 (Ramon Dela Cruz, Katherine Mae Santos, Jocelyn Reyes, RPh)"."""
    ctx = build_context(q)
    assert ctx.in_words(["Ramon Dela Cruz", "Katherine Mae Santos", "Jocelyn Reyes, RPh"]) == \
        "Ramon Dela Cruz; Katherine Mae Santos and Jocelyn Reyes, RPh"
    assert ctx.in_words(["A", "B", "C"]) == "A, B and C"


def test_the_stakeholder_register_names_the_technical_debt_a_person_owns(q: m.Questionnaire) -> None:
    """Review 118b F13: the owner of TD-01 read no part of it in the stakeholder register; debt paid down is no
    standing duty."""
    debt = m.TechnicalDebt(id="TD-01", item="Hard-coded endpoint URLs", impact="Each release edits config by hand",
                           interest="medium", owner="Priya Nair", status="open")
    paid = dataclasses.replace(debt, id="TD-02", status="paid-down")
    ctx = build_context(dataclasses.replace(q, technical_debt=[debt, paid]))
    assert "owner of technical debt item TD-01" in ctx.duties_of("Priya Nair")
    assert not any("TD-02" in duty for duty in ctx.duties_of("Priya Nair"))


def test_a_risk_register_reflects_its_risks_days_not_a_later_status_report() -> None:
    """Review 130b F4: a risk register approved on 2025-07-22 was a draft "reflecting records up to 2025-07-31", a
    status report it shows nothing of."""
    from tests.conftest import ROOT, run

    q = run((ROOT / "content" / "projects" / "cdp-2027.yaml").read_text(encoding="utf-8")).questionnaire
    assert q is not None and q.status_reports
    ctx = build_context(q)
    every = ctx.newer_records_of([])  # every record, a later report's or a decision's too
    assert every is not None
    found = ctx.newer_records_of(["revisions", "approved", "risks"])
    assert found is None or found < every
    assert "reflects: [revisions, approved, risks]" in (ROOT / "templates" / "risk-register.md.j2").read_text(
        encoding="utf-8")


def test_a_signer_away_is_signed_for_by_the_one_standing_in(q: m.Questionnaire) -> None:
    """Review 142a F10 (and r131a, as it was then): the acting product owner listed as a mere approver below the
    product owner on parental leave; the deputy sponsor's approval said not to be the sponsor's."""
    owner = q.roles.product_owner
    assert owner
    other = next(p for p in q.people if p.name not in (owner, q.roles.sponsor, q.roles.project_manager))
    people = [dataclasses.replace(p, role="Service Manager (Product Owner; on parental leave from 1 June 2026)")
              if p.name == owner else dataclasses.replace(p, role="Charge Nurse; Acting Product Owner from 1 June 2026")
              if p is other else p for p in q.people]
    ctx = build_context(dataclasses.replace(q, people=people))
    rows = ctx.signature_rows("scope-statement", ["sponsor", "product_owner"])
    assert rows[-1] == (f"Product owner, standing in for {owner}", other.name)
    assert build_context(q).signature_rows("scope-statement", ["product_owner"]) == [("Product owner", owner)]


def test_a_closing_milestone_named_in_the_languages_of_review_147_is_reached_when_closed(q: m.Questionnaire) -> None:
    """Review 147a F7: "Proje kapanışı | 2025-06-27 | whether reached is not recorded" in a closed project's summary;
    "Proiect închis", "Projektzárás" too (147b, 147c)."""
    last = max(q.milestones, key=lambda ms: ms.date)
    closed = build_context(dataclasses.replace(q, project=dataclasses.replace(q.project, status="closed")))
    for name in ("Proje kapanışı", "Proiect închis", "Projektzárás", "Għeluq tal-proġett"):
        assert closed.closed_with(dataclasses.replace(last, name=name)), name
    assert not closed.closed_with(dataclasses.replace(last, name="Mind a hat kocsiszín átállítva"))


def test_a_closed_projects_last_report_naming_debt_items_and_who_follows_them_hands_them_over() -> None:
    """Review 147c F6: "Seguimiento de TD-01 y TD-02 por Operación de TI" among the final report's next items, beside
    "whether they have been handed over is not recorded"."""
    from tests.conftest import EXAMPLES

    q = next(found for path in EXAMPLES if (found := run(path.read_text(encoding="utf-8")).questionnaire) is not None
             and found.technical_debt and found.status_reports)
    ident = q.technical_debt[0].id
    latest = max(q.status_reports, key=lambda r: r.date)
    told = dataclasses.replace(latest, done=[], summary="Proyecto cerrado.",
                               next=[f"Seguimiento de {ident} por Operación de TI"])
    reports = [told if r is latest else r for r in q.status_reports]
    closed = dataclasses.replace(q, project=dataclasses.replace(q.project, status="closed"), status_reports=reports,
                                 decisions=[], revisions=[dataclasses.replace(r, summary=None) for r in q.revisions])
    found = build_context(closed).debt_handover()
    assert found is not None and found[1] == f"Seguimiento de {ident} por Operación de TI"
    active = dataclasses.replace(closed, project=q.project)
    assert build_context(active).debt_handover() is None


def test_the_key_dates_show_the_next_milestone_first(q: m.Questionnaire) -> None:
    """Review 153a F6: "Application control enforced", a fortnight ahead, left out of the summary's key dates for two
    milestones an objective is due on next year."""
    D = dt.date
    near, due1, due2 = (m.Milestone(name=n, date=d) for n, d in (("Next", D(2027, 3, 1)), ("Due one", D(2027, 5, 1)),
                                                                  ("Due two", D(2027, 6, 1))))
    objectives = [dataclasses.replace(q.objectives[0], due=D(2027, 5, 1)), dataclasses.replace(q.objectives[0], due=D(2027, 6, 1))]
    report = m.StatusReport(date=D(2027, 2, 15), overall="green", summary="On track.")
    ctx = build_context(dataclasses.replace(q, milestones=[near, due1, due2], objectives=objectives, status_reports=[report]))
    assert [ms.name for ms in ctx.milestones_shown(2)] == ["Next", "Due one"]



def test_the_key_dates_leave_a_milestone_reached_on_the_reports_day_for_those_ahead(q: m.Questionnaire) -> None:
    """Review 158c F3: "MFA généralisé | 2026-11-30 | reached 2026-11-30 (on time)", reached on the latest report's
    day, the one key date shown; "SOC 24/7 en service", a fortnight ahead, left out."""
    D = dt.date
    reached, soc, pam = (m.Milestone(name=n, date=d) for n, d in (("MFA", D(2026, 11, 30)), ("SOC", D(2026, 12, 15)),
                                                                  ("PAM", D(2027, 2, 28))))
    report = m.StatusReport(date=D(2026, 11, 30), overall="amber", summary="MFA done.",  # type: ignore[call-arg]
                            forecasts=[m.Forecast(milestone="MFA", date=D(2026, 11, 30)),
                                       m.Forecast(milestone="SOC", date=D(2026, 12, 15))])
    ctx = build_context(dataclasses.replace(q, milestones=[reached, soc, pam], status_reports=[report]))
    assert ctx.latest_report is not None and ctx.latest_report.slip_of("MFA").reached  # type: ignore[union-attr]
    assert [ms.name for ms in ctx.milestones_shown(1)] == ["SOC"]
    assert [ms.name for ms in ctx.milestones_shown(3)] == ["MFA", "SOC", "PAM"]


def test_a_closed_projects_key_dates_show_its_largest_slips(q: m.Questionnaire) -> None:
    """Review 153b F7: a closed project's summary showed only its closing, the validation reached 42 days late left
    out."""
    D = dt.date
    late, on_time, closing = (m.Milestone(name=n, date=d) for n, d in (("Validation", D(2027, 2, 1)),
                                                                       ("Go-live", D(2027, 4, 1)),
                                                                       ("Project closure", D(2027, 6, 30))))
    report = m.StatusReport(date=D(2027, 6, 30), overall="green", summary="Closed.",
                            forecasts=[m.Forecast(milestone="Validation", date=D(2027, 3, 15)),
                                       m.Forecast(milestone="Go-live", date=D(2027, 4, 1))])
    closed = dataclasses.replace(q, project=dataclasses.replace(q.project, status="closed"), milestones=[late, on_time, closing],
                                 status_reports=[report])
    assert [ms.name for ms in build_context(closed).milestones_shown(1)] == ["Validation"]


def test_the_summary_counts_the_occurred_risks_it_does_not_name(q: m.Questionnaire) -> None:
    """Review 153c F7: "Risks R-01, R-04 and R-05 have occurred", R-09, rated lower, left unsaid."""
    high = dataclasses.replace(q.risks[0], id="R-01", likelihood="high", impact="high", status="occurred")
    low = dataclasses.replace(q.risks[0], id="R-09", likelihood="high", impact="low", status="occurred")
    ctx = build_context(dataclasses.replace(q, risks=[high, low]))
    assert [s.id for s in ctx.summary_occurred] == ["R-01"] and ctx.occurred_others == ["R-09"]
    summary = next(d.markdown for d in render_project(dataclasses.replace(q, risks=[high, low]))
                   if d.path.name.endswith("executive-summary.md"))
    # (review 159b F12: "and 1 other rated lower" named it not; named by its ID, up to three such)
    assert "has occurred, and so has R-09, rated lower" in summary
    lower = [dataclasses.replace(low, id=f"R-1{i}") for i in range(4)]
    many = next(d.markdown for d in render_project(dataclasses.replace(q, risks=[high, *lower]))
                if d.path.name.endswith("executive-summary.md"))
    assert "has occurred, and 4 others rated lower" in many and "R-10" not in many


def test_a_closed_projects_summary_says_its_other_milestones_were_reached(q: m.Questionnaire) -> None:
    """Review 154a F5: "6 other milestones are not shown" on a closed project's page, all of them reached."""
    D = dt.date
    names = [f"Milestone {i}" for i in range(1, 8)]
    milestones = [m.Milestone(name=n, date=D(2027, 1, 4) + dt.timedelta(weeks=3 * i)) for i, n in enumerate(names)]
    report = m.StatusReport(date=D(2027, 6, 30), overall="green", summary="Closed.",
                            forecasts=[m.Forecast(milestone=ms.name, date=ms.date) for ms in milestones])
    closed = dataclasses.replace(q, project=dataclasses.replace(q.project, status="closed"), milestones=milestones,
                                 status_reports=[report])
    summary = next(d.markdown for d in render_project(closed) if d.path.name.endswith("executive-summary.md"))
    assert "1 other milestone, reached on or before its date, is not shown: see the status report of 2027-06-30." in summary
    late = dataclasses.replace(report, forecasts=[m.Forecast(milestone=ms.name, date=ms.date + dt.timedelta(days=3))
                                                  for ms in milestones])
    summary = next(d.markdown for d in render_project(dataclasses.replace(closed, status_reports=[late]))
                   if d.path.name.endswith("executive-summary.md"))
    assert "other milestone, reached, is not shown" in summary or "other milestones, all reached, are not shown" in summary


def test_a_language_cldr_has_no_locale_of_or_reads_as_another_is_named() -> None:
    """Review 163c F1: Samoan ("sm") crashed generate (CLDR has no locale of it); review 162c F10: Twi ("tw") was named
    "Akan (Ghana)"."""
    from generator.view.context import language_name

    assert language_name("sm", "en") == "Samoan" and language_name("sm-WS", "en") == "Samoan (Samoa)"
    assert language_name("tw", "en") == "Twi" and language_name("fr-CA", "en") == "French (Canada)"
    assert language_name("de", "sm") == "German" and language_name("xx", "en") == "xx"


def test_a_samoan_pack_is_written(q: m.Questionnaire) -> None:
    """Review 163c F1: "UnknownLocaleError: unknown locale 'sm'" from the communication plan's languages."""
    from generator.render.templates import render_project

    samoan = dataclasses.replace(q, project=dataclasses.replace(q.project, language="sm"))
    plan = next(d.markdown for d in render_project(samoan) if d.slug == "communication-plan")
    assert "Samoan" in plan
    from generator.view.communication import _language_names
    assert "English" in _language_names("en", "sm") and "Samoan" in _language_names("sm", "en")


def test_a_stakeholder_who_has_left_is_not_listed_for_plain_language(q: m.Questionnaire) -> None:
    """Review 163a F7: the retired sponsor ("project sponsor until he retired on 28 March 2025") said to have left,
    and listed among those who receive plain-language communication."""
    retired = dataclasses.replace(q.people[-1], name="Graham McKenzie", technical=False,
                                  role="Deputy Chief Executive (project sponsor until he retired on 28 March 2025)")
    ctx = build_context(dataclasses.replace(q, people=[*q.people, retired]))
    assert retired in ctx.departed and retired not in ctx.plain_readers


def test_an_owner_who_has_left_is_said_to_from_the_day_they_left(q: m.Questionnaire) -> None:
    """Review 163b F2: risks owned by engineers who had left the bank ("left the bank 2026-07-31") shown as ordinary
    owners in the charter, the register and every status report."""
    gone = dataclasses.replace(q.people[-1], name="Tyler Brooks",
                               role="Senior Windows Engineer (left the bank 2026-07-31; not yet backfilled)")
    ctx = build_context(dataclasses.replace(q, people=[*q.people, gone]))
    assert ctx.owner("Tyler Brooks") == "Tyler Brooks (has left)"
    assert ctx.owner("Tyler Brooks", dt.date(2026, 6, 30)) == "Tyler Brooks"
    assert ctx.owner("Tyler Brooks", dt.date(2026, 8, 28)) == "Tyler Brooks (has left)"
    assert ctx.owner(None) == "not recorded" and ctx.owner(q.people[0].name) == q.people[0].name


def test_the_raci_matrix_says_a_responsible_person_has_left(q: m.Questionnaire) -> None:
    """Review 164b F5: "Priya Raman, Kevin Tran" responsible in the matrix, he having left, as the risk register and
    the distribution lists said."""
    deliverable = q.scope.deliverables[0].name
    name, accountable = q.people[-1].name, q.people[0].name
    row_answered = m.RaciRow(deliverable=deliverable, responsible=[name], accountable=accountable)
    people = [dataclasses.replace(p, role=f"{p.role} (left the company 2027-01-08)") if p.name == name else p
              for p in q.people]
    matrix = next(d.markdown for d in render_project(dataclasses.replace(q, people=people, raci=[row_answered]))
                  if d.slug == "raci-matrix")
    row = next(line for line in matrix.splitlines() if line.startswith(f"| {deliverable} |"))
    assert f"{name} (has left)" in row
