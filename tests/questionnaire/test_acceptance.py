"""Who a deliverable's acceptance criteria name (`generator.questionnaire.acceptance`)."""

from __future__ import annotations

from types import SimpleNamespace

from generator.questionnaire.acceptance import acceptors, signers, titles

OURS = SimpleNamespace(name="Harbour Insurance", department="Claims")


def person(name: str, role: str, organization: str = "Harbour Insurance") -> SimpleNamespace:
    return SimpleNamespace(name=name, role=role, organization=organization, external=None, email=None)


def test_a_person_is_named_by_name_or_by_a_title_their_job_joins() -> None:
    people = [person("Graham Pike", "Chief Actuary"), person("Ana Ruiz", "Consultant and Chief Information Officer"),
              person("Lee Chen", "Tester")]
    assert acceptors(people, OURS, ["Signed off by the Chief Actuary"]) == ["Graham Pike"]
    assert acceptors(people, OURS, ["Approved by the Chief Information Officer", None]) == ["Ana Ruiz"]
    assert acceptors(people, OURS, ["Reviewed by a tester"]) == []  # a one-word title is too common
    assert acceptors(people, OURS, ["Lee Chen and Graham Pike agree"]) == ["Graham Pike", "Lee Chen"]


def test_people_of_another_organization_or_named_by_where_their_job_is_do_not_accept_for_it() -> None:
    """Review 56a F1: "Reviewed with the Accessible Transit Riders Coalition" named its chair."""
    chair = person("Omar Haddad", "Chair, Accessible Transit Riders Coalition", "Accessible Transit Riders Coalition")
    vendor = person("Mei Lin", "Account Manager", "Tagwise Labs Ltd")
    assert acceptors([chair, vendor], OURS, ["Reviewed with the Accessible Transit Riders Coalition",
                                              "Accepted by the Account Manager"]) == []
    assert acceptors([person("Hana Brooks", "Managing Editor", "Newsroom")], OURS,
                     ["Newsroom sign-off by the Managing Editor"]) == ["Hana Brooks"]  # a department of ours


def test_titles_split_a_joined_job_and_add_initials() -> None:
    assert titles("Chief Information Security Officer") == ["Chief Information Security Officer", "CISO"]
    assert titles("Head of Risk / Acting Sponsor") == ["Head of Risk / Acting Sponsor", "Head of Risk", "Acting Sponsor"]
    # review 73c F3: "Approved by the CFO" names the "Group Chief Financial Officer"
    assert "CFO" in titles("Group Chief Financial Officer")
    assert acceptors([person("Tan Mei Ling", "Group Chief Financial Officer")], OURS,
                     ["Approved by the CFO and published on the intranet"]) == ["Tan Mei Ling"]


def test_a_note_in_brackets_is_not_part_of_the_title() -> None:
    """Review 75a F5: "Data Engineering Lead (receives the warehouse after handover)" signs "Handover certificate
    signed by the Data Engineering Lead"."""
    assert titles("Data Engineering Lead (receives the warehouse after handover)")[:2] == ["Data Engineering Lead",
                                                                                          "DEL"]
    assert titles("Head of Risk (acting sponsor) and CISO")[:3] == ["Head of Risk and CISO", "Head of Risk", "CISO"]


def test_a_dutch_criterion_and_a_dutch_joined_title_name_the_signer() -> None:
    """Review 78c F5: "Vier playbooks goedgekeurd door de CISO" did not name "CISO en hoofd informatieveiligheid"."""
    assert titles("CISO en hoofd informatieveiligheid")[1:3] == ["CISO", "hoofd informatieveiligheid"]
    assert acceptors([person("Pieter Claes", "CISO en hoofd informatieveiligheid")], OURS,
                     ["Vier playbooks goedgekeurd door de CISO"]) == ["Pieter Claes"]


def test_what_follows_a_comma_in_a_role_is_where_the_job_is_not_a_title() -> None:
    """Reviews 57a F1, 57b F1: "Eastside Pantry" of "Volunteer Coordinator, Eastside Pantry" and "Open Banking" of
    "Product Owner, Open Banking" were read as titles the criteria named."""
    people = [person("Rosa Méndez", "Volunteer Coordinator, Eastside Pantry"),
              person("Sophie Turner", "Product Owner, Open Banking")]
    assert acceptors(people, OURS, ["20 pilot volunteers at Eastside Pantry complete booking without help",
                                    "Open Banking conformance suite passed"]) == []
    assert acceptors(people, OURS, ["Signed off by the Volunteer Coordinator"]) == ["Rosa Méndez"]
    assert titles("Chair, Accessible Transit Riders Coalition") == [
        "Chair, Accessible Transit Riders Coalition", "Chair", "Riders Coalition Chair",
        "Accessible Transit Riders Coalition Chair"]


def test_a_job_said_after_where_it_is_names_its_holder() -> None:
    """Review 60b F7: "Approved at the design review by the Head of Research Computing and the User Group chair"
    named only the head, not the "Chair, Research Computing User Group"."""
    people = [person("Ingrid Solberg", "Head of Research Computing"),
              person("Tom Ashby", "Chair, Research Computing User Group")]
    assert acceptors(people, OURS, ["Approved at the design review by the Head of Research Computing and the User "
                                    "Group chair"]) == ["Ingrid Solberg", "Tom Ashby"]
    assert acceptors(people, OURS, ["Approved by the chair"]) == []  # one short word: too common


def test_a_project_role_in_the_criteria_names_its_holder_and_a_reviewer_does_not_sign() -> None:
    """Review 59a F5: "Product owner accepts every configuration story" proposed another person as accountable;
    review 59c F5: "Model card reviewed by the Data Protection Officer" was taken as a sign-off."""
    from generator.questionnaire.acceptance import signing

    people = [person("Kezia Thompson", "Director of Teaching Systems"), person("Rui Almeida", "Data Protection Officer")]
    roles = SimpleNamespace(product_owner="Kezia Thompson", sponsor=None)
    assert acceptors(people, OURS, ["Product owner accepts every configuration story"], roles) == ["Kezia Thompson"]
    assert acceptors(people, OURS, ["Product owner accepts every configuration story"]) == []  # no roles given
    criteria = ["Model card reviewed by the Data Protection Officer", "Backtest error below 12%"]
    assert signing(criteria) == [] and signing(["Signed off by the DPO", None]) == ["Signed off by the DPO"]


def test_the_deliverables_signers_leave_out_a_piece_signed_on_its_own_and_a_list_with_someone_unrecorded() -> None:
    """Reviews 61a F5, 61c F2: "Safety validation report signed by the EHS manager" and "NOC runbooks accepted by
    the Head of NOC" read as naming who accepts the deliverable; "Approved by QA, both laboratory managers and the
    technical lead" singled out the technical lead."""
    people = [person("Beth Sullivan", "EHS Manager"), person("Jukka Lindqvist", "Head of NOC"),
              person("Rajesh Iyer", "Technical Lead"), person("Graham Pike", "Chief Actuary")]
    roles = SimpleNamespace(technical_lead="Rajesh Iyer")
    assert signers(people, OURS, ["Safety validation report signed by the EHS Manager"]) == []
    assert signers(people, OURS, ["NOC runbooks accepted by the Head of NOC"]) == []
    assert signers(people, OURS, ["Approved by QA, both laboratory managers and the technical lead"], roles) == []
    assert signers(people, OURS, ["Signed off by the Chief Actuary"]) == ["Graham Pike"]
    assert signers(people, OURS, ["Approved by the Chief Actuary and the technical lead"], roles) == [
        "Rajesh Iyer", "Graham Pike"]


def test_a_title_of_one_of_several_signing_at_each_place_names_none() -> None:
    """Review 68b F3: "Branch manager sign-off at each pilot branch" named the one branch manager recorded as the
    accountable person for a pilot at three branches."""
    people = [person("Carol Dueck", "Branch Manager, Steinbach (pilot branch)"), person("Dan Tremb", "Head of IT")]
    assert signers(people, OURS, ["Branch manager sign-off at each pilot branch"]) == []
    assert signers(people, OURS, ["Branch manager sign-off at the pilot branch"]) == ["Carol Dueck"]
    assert signers(people, OURS, ["Carol Dueck signs off each pilot branch"]) == ["Carol Dueck"]  # named by name


def test_a_title_naming_a_team_names_no_one_of_it() -> None:
    """Review 87c F2: "SRE team signs operational acceptance" was pinned on the one Site Reliability Engineer."""
    people = [person("Angelica Santos", "Site Reliability Engineer (night shift, US hours)")]
    assert acceptors(people, OURS, ["SRE team signs operational acceptance"]) == []
    assert acceptors(people, OURS, ["Site Reliability Engineer group approves"]) == []
    assert acceptors(people, OURS, ["The SRE signs operational acceptance"]) == ["Angelica Santos"]
    assert acceptors(people, OURS, ["SRE team trained; the SRE signs"]) == ["Angelica Santos"]


def test_a_title_with_a_definite_ending_names_its_holder() -> None:
    """Review 103c F2: "Protokoll signert av kommunedirektøren" did not name the Kommunedirektør, and the RACI made
    the project manager accountable for the management review."""
    people = [person("Ingrid Solberg Haugen", "Kommunedirektør", "Fjordvik kommune")]
    ours = SimpleNamespace(name="Fjordvik kommune", department=None)
    assert acceptors(people, ours, ["Protokoll signert av kommunedirektøren"]) == ["Ingrid Solberg Haugen"]
    assert acceptors(people, ours, ["Policyen er vedtatt av kommunedirektøren"]) == ["Ingrid Solberg Haugen"]
    assert acceptors(people, ours, ["Godkänd av kommunedirektörens stab"]) == []  # another word


def test_a_title_with_a_comma_is_one_party_and_where_a_job_is_joins_no_job() -> None:
    """Review 105c F1: "Reports signed off by the Director, Revenue Assurance" was said to name the "Vice-President,
    Billing & Revenue Assurance" too (her "Revenue Assurance" read as a job of its own), and without her, nobody."""
    chen = person("Margaret Chen", "Vice-President, Billing & Revenue Assurance")
    gagnon = person("Marc-André Gagnon", "Director, Revenue Assurance")
    criterion = "Reports signed off by the Director, Revenue Assurance for three consecutive cycles"
    assert "Revenue Assurance" not in titles(chen.role)
    assert signers([chen, gagnon], OURS, [criterion], deliverable="Parallel-run reconciliation reports") == [
        "Marc-André Gagnon"]


def test_a_word_of_a_joined_job_title_alone_names_nobody() -> None:
    """Review 131a F2: "firmato dal capo turno del centro di telecontrollo" named the "Responsabile Sicurezza OT e
    Telecontrollo" beside the shift leader of that centre."""
    from types import SimpleNamespace

    from generator.questionnaire.acceptance import acceptors

    org = SimpleNamespace(name="Acque Emilia Reti S.p.A.", department=None)
    people = [SimpleNamespace(name="Ing. Paolo Zanetti", role="Responsabile Sicurezza OT e Telecontrollo",
                              organization="Acque Emilia Reti S.p.A.", email=None, external=None),
              SimpleNamespace(name="Stefano Guidi", role="Capo turno, Centro di telecontrollo",
                              organization="Acque Emilia Reti S.p.A.", email=None, external=None),
              SimpleNamespace(name="Hanna Berg", role="Controller", organization="Acque Emilia Reti S.p.A.",
                              email=None, external=None)]
    criterion = "Verbale di fine migrazione firmato dal capo turno del centro di telecontrollo"
    assert acceptors(people, org, [criterion]) == ["Stefano Guidi"]  # type: ignore[arg-type]
    assert acceptors(people, org, ["Signed off by the controller"]) == ["Hanna Berg"]  # type: ignore[arg-type]


def test_a_one_word_title_inside_another_persons_longer_title_names_nobody() -> None:
    """Review 135b F3: "Signed by the Executive Director" named the Executive Director and the "Director, Vehicle
    Titles and Registration (VTR) Division"."""
    from types import SimpleNamespace

    from generator.questionnaire.acceptance import acceptors

    org = SimpleNamespace(name="Texas Department of Motor Vehicles", department=None)
    people = [SimpleNamespace(name="Daniel T. Avila", role="Executive Director", organization=org.name, email=None,
                              external=None),
              SimpleNamespace(name="Kevin Bui", role="Director, Vehicle Titles and Registration (VTR) Division",
                              organization=org.name, email=None, external=None)]
    assert acceptors(people, org, ["Signed by the Executive Director"]) == ["Daniel T. Avila"]  # type: ignore[arg-type]
    assert acceptors(people, org, ["Signed by the Director"]) == ["Kevin Bui"]  # type: ignore[arg-type]


def test_who_approves_exceptions_to_a_criterion_does_not_accept_the_deliverable() -> None:
    """Review 163b F5: ">= 95% of in-scope accounts vaulted; exceptions approved by the CISO" read as the CISO
    signing the deliverable off, and the scope statement named her beside the accountable person."""
    people = [person("Margaret Okafor", "Chief Information Security Officer")]
    assert acceptors(people, OURS, [">= 95% of in-scope accounts vaulted; exceptions approved by the CISO"]) == []
    assert acceptors(people, OURS, ["Vaulting report signed off by the CISO"]) == ["Margaret Okafor"]
