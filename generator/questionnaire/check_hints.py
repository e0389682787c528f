"""Hints: the keys that would fill a section a professional expects filled, when they are left unanswered.

A hint is not a problem (the documents say plainly that nothing was recorded); it tells
the project manager which key fills the gap. Hints are placed at the unanswered key's
parent, since an absent key has no line of its own, and only ``pmdocs validate`` prints them.
"""

from __future__ import annotations

from generator.questionnaire.checking import Checking, items

PHASED = ("waterfall", "hybrid")  # methodologies whose plan is a sequence of phases with gates


def hint_registers(c: Checking) -> None:
    """Hint at the plan's lists left empty: risks, milestones, revisions, and a non-technical reader's glossary."""
    if not any(True for _ in items(c.q.risks)):
        c.hint(("risks",), "no risks are recorded, so the risk register says none were recorded: add risks: "
                           "(each with risk:, likelihood:, impact:, owner:)")
    if not any(True for _ in items(c.q.milestones)):
        c.hint(("milestones",), "no milestones are recorded, so the milestone schedule says none were recorded: "
                                "add milestones: (each with name: and date:)")
    if not any(True for _ in items(c.q.revisions)):
        c.hint(("revisions",), "no revisions are recorded, so the documents' revision history is empty: add "
                               "revisions: (each with version:, date:, author:, summary:)")
    plain = [p.name for _, p in items(c.q.people) if p.technical is False and p.name]
    if plain and not any(True for _ in items(c.q.glossary)):
        who = f"{plain[0]} and others read" if len(plain) > 1 else f"{plain[0]} reads"
        c.hint(("glossary",), f"{who} the documents in plain words but no glossary is recorded: add glossary: "
                              "(each with term: and meaning:)")


def hint_project(c: Checking) -> None:
    """Hint at the project's budget, its contingency and, for a phased methodology, its phases."""
    project = c.q.project
    if project is None:
        return
    if project.budget is None:
        c.hint(("project", "budget"), "no budget is recorded, so the charter's budget section says it was not "
                                      "recorded: add project.budget: (amount:, currency:, contingency_percent:)")
    elif not c.typed(("project", "budget", "contingency_percent")):
        c.hint(("project", "budget", "contingency_percent"),
               "the budget has no contingency, so approved changes are measured against none: add contingency_percent:")
    if project.methodology in PHASED and not any(True for _ in items(project.phases)):
        c.hint(("project", "phases"), f"a {project.methodology} project with no phases recorded, so the documents "
                                      "list no phases or gates: add project.phases: (each with name:, start:, end:, "
                                      "gate:)")


def hint_scope(c: Checking) -> None:
    """Hint at the scope's requirements, assumptions and constraints."""
    scope = c.q.scope
    if scope is None:
        return
    for key, what in (("requirements", "high-level requirements"), ("assumptions", "assumptions"),
                      ("constraints", "constraints")):
        if not any(True for _ in items(getattr(scope, key))):
            c.hint(("scope", key), f"no {what} are recorded, so the charter and scope statement say none were "
                                   f"recorded: add scope.{key}:")


def hint_people(c: Checking) -> None:
    """Hint at people whose influence, interest or technical reading is not answered, and at engagement."""
    for i, person in items(c.q.people):
        missing = [key for key in ("influence", "interest", "technical") if not c.typed(("people", i, key))]
        if not missing:
            continue
        levels = [key for key in missing if key != "technical"]
        said, adds = [], []
        if levels:
            said.append(f"{' and '.join(levels)} {'reads' if len(levels) == 1 else 'read'} \"not assessed\"")
            adds.append(f"{' and '.join(key + ':' for key in levels)} (low, medium or high)")
        if "technical" in missing:
            said.append("technical reads \"not recorded\" (they are written to as technical)")
            adds.append("technical: (true or false)")
        c.hint(("people", i, missing[0]), f"{person.name}'s {'; '.join(said)}: add {' and '.join(adds)}")
    if any(True for _ in items(c.q.people)) and not any(p.engagement for _, p in items(c.q.people)):
        c.hint(("people",), "no one's engagement is assessed, so the stakeholder engagement assessment says \"not "
                            "assessed\": add engagement: (current:, desired:) to the key stakeholders")


def hint_running(c: Checking) -> None:
    """Hint at the communication plan's own items and escalation path, risk owners, and change control."""
    comm = c.q.communication
    if not any(True for _ in items(comm.items if comm else None)):
        c.hint(("communication", "items"), "no communication items of the project's own are recorded, so the "
                                           "communication matrix holds only standard items: add communication.items:")
    if not any(True for _ in items(comm.escalation if comm else None)):
        c.hint(("communication", "escalation"), "no escalation path is recorded, so the communication plan says it "
                                                "was not recorded: add communication.escalation: (each level with "
                                                "level:, who:, when:)")
    for i, risk in items(c.q.risks):
        if not risk.owner and not c.draft.failed(("risks", i, "owner")):
            c.hint(("risks", i, "owner"), "the risk has no owner, so the register says \"not recorded\": add owner: "
                                          "(a person)")
    cc = c.q.change_control
    if cc is None or not any(True for _ in items(cc.board)):
        c.hint(("change_control", "board"), "no change board is recorded, so the change control plan names none: "
                                            "add change_control.board: (people) and thresholds:")
