"""Warnings about the plan: people no one informs, unmitigated risks, roles held together, deliverables and objectives left open."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, items
from generator.questionnaire.tenure import departed



def warn_unreached(c: Checking) -> None:
    """Warn about high-influence people whom no communication item reaches."""
    comm = c.q.communication
    reached: set[str] = set()
    for _, item in items(comm.items if comm else None):
        audience = {name for name in item.audience or [] if name}
        if audience & {"stakeholders", "everyone"}:
            reached.update(c.broad())
        if "team" in audience:
            reached |= c.team()
        reached |= audience
        if item.owner:
            reached.add(item.owner)
    reached = {m.same_name(name) for name in reached}
    proposed = (" (the standard items the plan adopts are the methodology's, not the project's own)"
                if not comm or comm.defaults is not False else "")
    broad = {m.same_name(name) for name in c.broad()}
    org = c.q.organization
    for i, person in items(c.q.people):
        # (not one whose job says they have left: review 163a F12, a retired sponsor to be added to an item)
        if (person.influence == "high" and person.name and m.same_name(person.name) not in reached
                and not departed(person.role)):
            path = ("people", i, "influence")
            # one the label keeps out of "stakeholders" and "everyone" is reached by name only (review 107b F7)
            how = ("(or stakeholders, or everyone)" if m.same_name(person.name) in broad else
                   f"by name (under the label '{org.confidentiality if org else ''}', stakeholders and everyone reach "
                   f"only the people of {(org.name if org else None) or 'the organization'})")
            c.warn(path, f"{person.name} has high influence but none of the project's own communication items "
                         f"reaches them{proposed}: add them {how} to an item's audience under communication.items")


def warn_risks(c: Checking) -> None:
    """Warn about open high/high risks without a mitigation."""
    for i, risk in items(c.q.risks):
        if risk.likelihood == "high" and risk.impact == "high" and not risk.mitigation and risk.status != "closed":
            c.warn(("risks", i), "risk rated high likelihood and high impact has no mitigation: add mitigation:")


def warn_roles(c: Checking) -> None:
    """Warn about a scrum project without a product owner, and one person in roles that should be separate."""
    project, roles = c.q.project, c.q.roles
    if project and project.methodology == "scrum" and roles and not roles.product_owner:
        c.warn(("roles", "product_owner"), "a scrum project needs a product owner: add roles.product_owner")
    if roles is None:
        return
    separate = [("sponsor", "project_manager", "the sponsor holds the project manager to account"),
                ("product_owner", "scrum_master", "the scrum master coaches the team, the product owner decides what it builds")]
    for first, second, why in separate:
        holder, other = getattr(roles, first), getattr(roles, second)
        if holder and other and m.same_name(holder) == m.same_name(other):
            c.warn(("roles", second), f"{other} is both {first.replace('_', ' ')} and {second.replace('_', ' ')}: "
                                      f"these roles should be held by different people ({why})")


def warn_objectives(c: Checking) -> None:
    """Warn about objectives without a due date."""
    for i, objective in items(c.q.objectives):
        if objective.due is None:
            c.warn(("objectives", i, "due"), "objective has no due date: add due: YYYY-MM-DD")


def warn_deliverables(c: Checking) -> None:
    """Warn about deliverables without an owner, or due after the milestone that lists them."""
    scope = c.q.scope
    listed: dict[str, tuple[dt.date, int, dm.Milestone]] = {}  # deliverable -> its earliest milestone
    for j, ms in items(c.q.milestones):
        if not ms.date or c.draft.failed(("milestones", j, "date")):
            continue  # a date already in error says nothing reliable about the deliverables
        for name in ms.deliverables or []:
            if name and (m.same_name(name) not in listed or ms.date < listed[m.same_name(name)][0]):
                listed[m.same_name(name)] = (ms.date, j, ms)
    for i, d in items(scope.deliverables if scope else None):
        base = ("scope", "deliverables", i)
        if c.draft.failed(base + ("name",)):
            continue  # a duplicate: its warnings would be about the other deliverable of that name
        if d.owner is None and not c.draft.failed(base + ("owner",)):
            c.warn(base + ("owner",), f"deliverable '{d.name}' has no owner: add owner: (a person)")
        first = listed.get(m.same_name(d.name)) if d.name else None
        if first is not None and d.due and d.due > first[0]:
            ms = first[2]
            line = c.draft.mark(("milestones", first[1], "name")).line
            c.warn(base + ("due",), f"deliverable '{d.name}' is due {d.due}, after milestone '{ms.name}' "
                                    f"(line {line}, {ms.date}) that lists it as complete")
