"""Whether a document is approved: the latest revision's version against the approvals recorded of the document."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.approval import ApprovalState, approval_state, latest_revision
from generator.questionnaire.tenure import away

DAY = dt.date(2027, 1, 28)


def _revised(q: m.Questionnaire, *versions: str, approvals: tuple[m.Approval, ...] = ()) -> m.Questionnaire:
    """Return the questionnaire with one revision per version, a week apart, and these approvals."""
    revisions = [m.Revision(version=v, date=DAY + dt.timedelta(days=7 * i)) for i, v in enumerate(versions)]
    return dataclasses.replace(q, revisions=revisions, approvals=list(approvals))


def _approval(document: str, version: str, by: str = "Dana Ortiz", day: dt.date = DAY,
              entry: str | None = None) -> m.Approval:
    return m.Approval(document=document, version=version, by=by, date=day, id=entry)  # type: ignore[arg-type]


def test_an_approval_of_the_current_version_approves_the_document(q: m.Questionnaire) -> None:
    state = approval_state(_revised(q, "1.0", "1.1", approvals=(_approval("project-charter", "1.1"),)),
                           "project-charter")
    assert state.version == "1.1" and state.approved and state.earlier is None
    assert [a.version for a in state.current] == ["1.1"]


def test_an_approval_of_an_earlier_version_leaves_a_draft_and_says_which(q: m.Questionnaire) -> None:
    older = _approval("project-charter", "1.0")
    state = approval_state(_revised(q, "1.0", "1.1", approvals=(older,)), "project-charter")
    assert not state.approved and state.current == () and state.earlier == older and state.recorded == (older,)


def test_only_this_documents_kind_counts(q: m.Questionnaire) -> None:
    state = approval_state(_revised(q, "1.0", approvals=(_approval("project-charter", "1.0"),)), "scope-statement")
    assert state == ApprovalState("1.0", ()) and not state.approved and state.earlier is None


def test_a_document_of_one_entry_counts_only_its_entrys_approvals(q: m.Questionnaire) -> None:
    approvals = (_approval("change-request", "1.0", "board", entry="CR-001"),
                 _approval("change-request", "1.0", entry="CR-002"))
    revised = _revised(q, "1.0", approvals=approvals)
    assert approval_state(revised, "change-request", "CR-001").current == approvals[:1]
    assert approval_state(revised, "change-request", "CR-003").recorded == ()
    assert approval_state(revised, "change-request", "").recorded == ()  # the blank form: nobody approved it


def test_with_no_revision_the_version_last_approved_is_the_current_one(q: m.Questionnaire) -> None:
    # review 87c F1: an approved charter with no revision history read "Draft — not yet issued (version 1.0 approved)"
    later = _approval("project-charter", "1.1", day=DAY + dt.timedelta(days=30))
    state = approval_state(_revised(q, approvals=(later, _approval("project-charter", "1.0"))), "project-charter")
    assert state.version == "1.1" and state.approved and state.current == (later,) and state.earlier is None
    assert approval_state(_revised(q, approvals=(later,)), "risk-register").version == ""  # another document's


def test_approvals_are_in_date_order_and_the_latest_earlier_one_is_named(q: m.Questionnaire) -> None:
    later = _approval("project-charter", "1.1", day=DAY + dt.timedelta(days=30))
    first = _approval("project-charter", "1.0")
    state = approval_state(_revised(q, "1.0", "1.1", "1.2", approvals=(later, first)), "project-charter")
    assert state.recorded == (first, later) and state.earlier == later


def test_the_latest_revision_is_the_latest_by_date_then_the_last_written() -> None:
    a, b, c = (m.Revision(version=v, date=d) for v, d in (("2.0", DAY), ("1.0", DAY - dt.timedelta(1)), ("2.1", DAY)))
    assert latest_revision([a, b, c]) is c and latest_revision([b, a]) is a and latest_revision([]) is None


def test_a_document_its_signers_approve_is_approved_only_when_each_did(q: m.Questionnaire) -> None:
    one = _approval("scope-statement", "1.1", by="Priya Nair")
    revised = _revised(q, "1.0", "1.1", approvals=(one,))
    signers = ("Dana Ortiz", "Sam Lee", "Priya Nair")
    state = approval_state(revised, "scope-statement", signers=signers)
    assert not state.approved and state.current == (one,) and state.missing == ("Dana Ortiz", "Sam Lee")
    everyone = tuple(_approval("scope-statement", "1.1", by=name) for name in signers)
    assert approval_state(_revised(q, "1.0", "1.1", approvals=everyone), "scope-statement", signers=signers).approved
    board = (_approval("scope-statement", "1.1", by="board"),)
    assert approval_state(_revised(q, "1.1", approvals=board), "scope-statement", signers=signers).approved
    assert approval_state(revised, "scope-statement").approved  # no signers named: anyone's approval counts


def test_someone_who_approved_an_earlier_version_is_waited_for_too(q: m.Questionnaire) -> None:
    """Review 28 F3: a third person signed version 1.0 (and the signature block lists them), but the status of version
    1.1 named only the missing approval of the signers by role."""
    approvals = (_approval("project-charter", "1.0"), _approval("project-charter", "1.0", by="Lee Chen"),
                 _approval("project-charter", "1.1", day=DAY + dt.timedelta(days=8)))
    state = approval_state(_revised(q, "1.0", "1.1", "1.2", approvals=approvals), "project-charter",
                           signers=("Dana Ortiz", "Sam Lee"))
    assert state.signers == ("Dana Ortiz", "Sam Lee", "Lee Chen")
    assert state.earlier_approvals == (approvals[2],) and state.missing_of(state.earlier_approvals) == ("Sam Lee", "Lee Chen")
    unnamed = approval_state(_revised(q, "1.0", approvals=approvals[:2]), "project-charter")
    assert unnamed.signers == () and unnamed.approved  # no signers named: anyone's approval counts, as before


def test_someone_away_who_approved_an_earlier_version_is_not_waited_for(q: m.Questionnaire) -> None:
    """Review 131c F2: the former sponsor, "Directeur général adjoint (en congé depuis juin 2026)", approved version
    1.0; version 1.2, approved by the new sponsor, read "its approval by Jean-François Gagnon not recorded"."""
    people = [*q.people, m.Person(name="Lee Chen", role="Deputy director (on parental leave since June 2026)")]
    approvals = (_approval("project-charter", "1.0", by="Lee Chen"),
                 _approval("project-charter", "1.1", day=DAY + dt.timedelta(days=8)))
    state = approval_state(dataclasses.replace(_revised(q, "1.0", "1.1", approvals=approvals), people=people),
                           "project-charter", signers=("Dana Ortiz",))
    assert state.signers == ("Dana Ortiz",) and state.approved and not state.missing


def test_a_signer_who_took_on_their_job_after_an_earlier_approval_owes_none_of_it(q: m.Questionnaire) -> None:
    """Review 133c F6: "approval of version 1.0 by ... Mark Tan not recorded", Mark Tan being "Product Owner from 2 Feb
    2026" and version 1.0 approved in October 2025 by the product owner then."""
    from generator.questionnaire.tenure import took_on

    people = [*q.people, m.Person(name="Mark Tan", role="Associate Director; Product Owner from 2 Feb 2027")]
    approvals = (_approval("scope-statement", "1.0"),)
    state = approval_state(dataclasses.replace(_revised(q, "1.0", "1.1", approvals=approvals), people=people),
                           "scope-statement", signers=("Dana Ortiz", "Mark Tan"))
    assert state.earlier_approvals == approvals and state.missing_of(state.earlier_approvals) == ()
    assert state.missing == ("Dana Ortiz", "Mark Tan")  # the current version: both, Mark Tan holding the job now
    assert took_on("Product Owner from 2 Feb 2026") == dt.date(2026, 2, 2) and took_on("Product Owner") is None
    assert took_on("on leave from 1 June 2026 to 29 January 2027") is None


def test_one_who_stood_in_for_a_time_that_ended_owes_no_approval_of_a_later_version(q: m.Questionnaire) -> None:
    """Review 138b F5: the deputy sponsor "13 April – 31 July 2026", who approved version 1.2, was asked to approve
    and sign version 1.3, made in October."""
    from generator.questionnaire.tenure import stood_in_until

    role = "Head of Housing Services (Deputy Sponsor, 13 April – 31 July 2026)"
    assert stood_in_until(role) == dt.date(2026, 7, 31) and stood_in_until("Deputy Director") is None
    deputy = m.Person(name="Graeme Paterson", role=role.replace("2026", str(DAY.year)))
    before = dt.date(DAY.year, 5, 22)
    approvals = (_approval("project-charter", "1.0", by="Graeme Paterson", day=before),)
    revisions = [m.Revision(version="1.0", date=before), m.Revision(version="1.1", date=dt.date(DAY.year, 10, 1))]
    later = dataclasses.replace(q, people=[*q.people, deputy], revisions=revisions, approvals=list(approvals))
    assert "Graeme Paterson" not in approval_state(later, "project-charter", signers=("Dana Ortiz",)).signers
    within = dataclasses.replace(later, revisions=[revisions[0], m.Revision(version="1.1", date=dt.date(DAY.year, 7, 1))])
    assert "Graeme Paterson" in approval_state(within, "project-charter", signers=("Dana Ortiz",)).signers


def test_a_signer_away_is_signed_for_by_the_one_standing_in(q: m.Questionnaire) -> None:
    """Review 142a F10: the deputy "v.d. sponzora projekta tokom bolovanja direktora" approved version 1.1, and the
    status still said the sponsor on sick leave had not."""
    from generator.questionnaire.approval import stand_in

    sponsor = q.roles.sponsor
    assert sponsor
    people = [dataclasses.replace(p, role="Direktor JKP (na bolovanju od 15. septembra 2026.)") if p.name == sponsor
              else p for p in q.people]
    deputy = next(p for p in people if p.name != sponsor and p.name != q.roles.project_manager)
    acting = dataclasses.replace(deputy, role="Zamenica direktora; v.d. sponzora projekta tokom bolovanja direktora")
    away_q = dataclasses.replace(q, people=[acting if p is deputy else p for p in people])
    assert stand_in(away_q, sponsor) == deputy.name
    state = approval_state(_revised(away_q, "1.0", approvals=(_approval("project-charter", "1.0", deputy.name),)),
                           "project-charter", [sponsor])
    assert state.approved and not state.missing
    present = dataclasses.replace(away_q, people=[acting if p is deputy else p for p in q.people])
    assert stand_in(present, sponsor) == sponsor  # (nobody stands in for a sponsor who is not away)


def test_a_finnish_leave_with_its_end_and_the_one_standing_in_for_it(q: m.Questionnaire) -> None:
    """Review 145b F4: "ICT-projektipäällikkö (sairauslomalla 2.3.–30.4.2026)", whose stand-in "projektipäällikön
    sijainen 2.3.–30.4.2026" wrote the report of 2026-03-31 that named the one on sick leave its owner; once the
    leave is over, the project manager is back (in the team, signing)."""
    from generator.questionnaire.approval import deputy_of
    from generator.questionnaire.tenure import stood_in_from, stood_in_until

    job = "ICT-projektipäällikkö (sairauslomalla 2.3.–30.4.2026)"
    assert away(job) and away(job, dt.date(2026, 3, 31)) and not away(job, dt.date(2026, 5, 4))
    assert away("Sponsor (on parental leave)", dt.date(2030, 1, 1)) and away("Former CIO", dt.date(2030, 1, 1))
    assert away("Product owner until 2026-01-30 (now steering committee)", dt.date(2027, 1, 1))  # a role held, gone
    deputy = "Kehittämispäällikkö; projektipäällikön sijainen 2.3.–30.4.2026"
    assert (stood_in_from(deputy), stood_in_until(deputy)) == (dt.date(2026, 3, 2), dt.date(2026, 4, 30))
    manager = q.roles.project_manager
    other = next(p for p in q.people if p.name not in (manager, q.roles.sponsor))
    people = [dataclasses.replace(p, role=job) if p.name == manager else dataclasses.replace(p, role=deputy)
              if p is other else p for p in q.people]
    leave = dataclasses.replace(q, people=people)
    assert deputy_of(leave, manager, dt.date(2026, 3, 31)) == other.name
    assert deputy_of(leave, manager, dt.date(2026, 6, 30)) is None


def test_a_project_role_held_until_a_day_before_the_version_leaves_no_signer(q: m.Questionnaire) -> None:
    """Reviews 146a F5, 146c F3: the Slovenian "(do 30. 6. 2026 direktor sektorja Vodovod in sponzor projekta)" and
    the Uzbek "(2026-yil 12-iyungacha loyiha homiysi, ...)", former sponsors who approved an earlier version, were
    asked to approve the current one; a role held until a day after it still signs."""
    from generator.questionnaire.tenure import held_until

    slovenian = "Direktor sektorja Kanalizacija (do 30. 6. 2026 direktor sektorja Vodovod in sponzor projekta)"
    assert held_until(slovenian, dt.date(2026, 9, 1)) == dt.date(2026, 6, 30)
    uzbek = "Boshqaruv raisining sobiq o‘rinbosari (2026-yil 12-iyungacha loyiha homiysi)"
    assert held_until(uzbek, dt.date(2026, 9, 1)) == dt.date(2026, 6, 12)
    assert held_until("Head of IT (until 2026-06-30)", dt.date(2026, 9, 1)) is None  # no project role named
    former = next(p for p in q.people if p.name not in (q.roles.sponsor, q.roles.project_manager))
    people = [dataclasses.replace(p, role=slovenian) if p is former else p for p in q.people]
    approvals = (_approval("project-charter", "1.0", former.name), _approval("project-charter", "1.1", q.roles.sponsor))
    state = approval_state(_revised(dataclasses.replace(q, people=people), "1.1", approvals=approvals),
                           "project-charter", signers=[q.roles.sponsor])
    assert state.signers == (q.roles.sponsor,)
    still = [dataclasses.replace(p, role=slovenian.replace("2026", "2027")) if p is former else p for p in q.people]
    state = approval_state(_revised(dataclasses.replace(q, people=still), "1.1", approvals=approvals),
                           "project-charter", signers=[q.roles.sponsor])
    assert state.signers == (q.roles.sponsor, former.name)  # (held until a day after the version: still signs)


def test_who_held_the_role_before_its_holder_took_it_on_owns_the_records_of_their_time(q: m.Questionnaire) -> None:
    """Review 146b F3: the reports of April to August said "Owner: Marc Halleux, project manager", whose job says
    "Chef de projet ad interim depuis le 01/10/2026", where "Cheffe de projet jusqu'au 30/09/2026" held it then."""
    from generator.questionnaire.approval import predecessor
    from generator.view.context import build_context

    manager = q.roles.project_manager
    before = next(p for p in q.people if p.name not in (manager, q.roles.sponsor))
    people = [dataclasses.replace(p, role="Chef de projet ad interim depuis le 01/10/2026") if p.name == manager
              else dataclasses.replace(p, role="Cheffe de projet jusqu'au 30/09/2026 (a quitté le CHRMO)")
              if p is before else p for p in q.people]
    handed = dataclasses.replace(q, people=people)
    assert predecessor(handed, manager, dt.date(2026, 8, 31)) == before.name
    assert predecessor(handed, manager, dt.date(2026, 10, 30)) is None
    assert predecessor(q, manager, dt.date(2026, 8, 31)) is None  # (no day the manager took it on)
    ctx = build_context(handed)
    assert ctx.owner_at(dt.date(2026, 8, 31)) == (before.name, "") and ctx.owner_at(dt.date(2026, 10, 30)) == (manager, "")


def test_a_deputy_for_a_time_holding_the_versions_day_signs_for_a_signer_not_said_to_be_away(
        q: m.Questionnaire) -> None:
    """Review 147c F4: "2026. augusztus 1. és október 31. között a szponzor (Dr. Kovács Zsuzsanna) helyettese" (the
    sponsor's deputy between 1 August and 31 October) approved version 1.2, and the charter awaited the approval of
    the sponsor, who had approved version 1.0."""
    from generator.questionnaire.approval import stand_in
    from generator.questionnaire.tenure import stood_in_from, stood_in_until

    sponsor = q.roles.sponsor
    assert sponsor
    deputy = next(p for p in q.people if p.name not in (sponsor, q.roles.project_manager))
    role = f"infrastruktúra-igazgató; {DAY.year}. augusztus 1. és október 31. között a szponzor ({sponsor}) helyettese"
    assert stood_in_from(role) == dt.date(DAY.year, 8, 1) and stood_in_until(role) == dt.date(DAY.year, 10, 31)
    acting = dataclasses.replace(q, people=[dataclasses.replace(p, role=role) if p is deputy else p for p in q.people])
    assert stand_in(acting, sponsor, dt.date(DAY.year, 9, 22)) == deputy.name
    assert stand_in(acting, sponsor, dt.date(DAY.year, 11, 2)) == sponsor  # (after the time: the sponsor again)
    revisions = [m.Revision(version="1.0", date=dt.date(DAY.year, 2, 16)),
                 m.Revision(version="1.2", date=dt.date(DAY.year, 9, 20))]
    approved = dataclasses.replace(acting, revisions=revisions, approvals=[
        _approval("project-charter", "1.0", sponsor, dt.date(DAY.year, 2, 20)),
        _approval("project-charter", "1.2", deputy.name, dt.date(DAY.year, 9, 22))])
    state = approval_state(approved, "project-charter", signers=[sponsor])
    assert state.approved and not state.missing and state.signers == (deputy.name,)


def test_a_deputy_for_a_time_stands_in_for_the_one_they_name_not_for_one_sharing_a_word_of_their_job(
        q: m.Questionnaire) -> None:
    """Review 149b F1: "Directrice, Architecture de sécurité; CSI par intérim du 2 juin au 5 septembre 2025" signed
    the scope statement as the product owner ("Directrice, Gestion des accès ..."), standing in for her."""
    from generator.questionnaire.approval import stand_in

    owner = q.roles.product_owner or q.roles.sponsor
    assert owner
    others = [p for p in q.people if p.name not in (owner, q.roles.sponsor, q.roles.project_manager)]
    deputy = others[0]
    people = [dataclasses.replace(p, role="Directrice, Gestion des accès et propriétaire de produit GIA")
              if p.name == owner else dataclasses.replace(
                  p, role=f"Directrice, Architecture de sécurité; CSI par intérim du 2 juin au 5 septembre {DAY.year}")
              if p is deputy else p for p in q.people]
    assert stand_in(dataclasses.replace(q, people=people), owner, dt.date(DAY.year, 7, 1)) == owner


def test_one_away_themselves_stands_in_for_nobody(q: m.Questionnaire) -> None:
    """Review 151c F3: a manager on maternity leave, whose job named the colleague standing in for her ("si Carlo ang
    OIC"), read as standing in for the project manager who had resigned."""
    from generator.questionnaire.approval import deputy_of

    manager = q.roles.project_manager
    assert manager
    people = [dataclasses.replace(p, role="Project Manager (nag-resign, lumipat na sa ibang kumpanya)")
              if p.name == manager else p for p in q.people]
    other = next(p for p in people if p.name not in (manager, q.roles.sponsor))
    acting = [dataclasses.replace(p, role=f"Acting project manager for {manager} (1 March – 30 June 2027)")
              if p.name == other.name else p for p in people]
    changed = dataclasses.replace(q, people=acting)
    assert deputy_of(changed, manager, dt.date(2027, 4, 1)) == other.name
    on_leave = [dataclasses.replace(p, role=f"Acting project manager for {manager} (1 March – 30 June 2027); on "
                                            "sick leave 2027-03-15 – 2027-04-30")
                if p.name == other.name else p for p in people]
    assert deputy_of(dataclasses.replace(q, people=on_leave), manager, dt.date(2027, 4, 1)) is None


def test_one_acting_in_the_managers_whole_job_title_stands_in_for_them(q: m.Questionnaire) -> None:
    """Review 153a F3: the programme manager on leave named owner of the report "Senior Project Officer (Acting
    Programme Manager 29 June – 24 July 2026)" wrote, though her own job says nothing of a leave."""
    from generator.questionnaire.approval import deputy_of

    manager = q.roles.project_manager
    other = next(p for p in q.people if p.name not in (manager, q.roles.sponsor))
    acting = "Senior Project Officer (Acting Programme Manager 29 June – 24 July 2026)"
    people = [dataclasses.replace(p, role="Programme Manager") if p.name == manager else
              dataclasses.replace(p, role=acting) if p is other else p for p in q.people]
    leave = dataclasses.replace(q, people=people)
    assert deputy_of(leave, manager, dt.date(2026, 7, 24)) == other.name
    assert deputy_of(leave, manager, dt.date(2026, 6, 26)) is None and deputy_of(leave, manager, dt.date(2026, 8, 1)) is None


def test_the_one_who_held_the_job_until_a_day_owns_what_came_before_the_successor(q: m.Questionnaire) -> None:
    """Review 154c F1: "Project Manager (resigned; last day 10 April 2026)" before "Project Manager (from 20 April
    2026)", with "acting Project Manager 13–17 April 2026" between: the reports of March named the successor."""
    from generator.questionnaire.approval import predecessor

    manager = q.roles.project_manager
    before, acting = [p for p in q.people if p.name not in (manager, q.roles.sponsor)][:2]
    jobs = {manager: "Project Manager (from 20 April 2026)", before.name: "Project Manager (resigned; last day 10 April 2026)",
            acting.name: "Delivery Lead (acting Project Manager 13–17 April 2026)"}
    handed = dataclasses.replace(q, people=[dataclasses.replace(p, role=jobs.get(p.name, p.role)) for p in q.people])
    assert predecessor(handed, manager, dt.date(2026, 3, 27)) == before.name
    assert predecessor(handed, manager, dt.date(2026, 4, 24)) is None
