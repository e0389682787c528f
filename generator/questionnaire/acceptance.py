"""Who a deliverable's acceptance criteria name: the people of the organization they name by name or job title.

The RACI matrix proposes the one person named as accountable where no row is answered
(`generator.view.running.raci_lines`); where a row is answered and names someone else, the
checks warn and the scope statement shows both (review 56b F1).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Protocol

from generator.questionnaire.mentions import whole_words
from generator.questionnaire.organizations import Affiliated, OrganizationLike, is_outsider


class _Person(Affiliated, Protocol):
    @property
    def name(self) -> Optional[str]: ...

    @property
    def role(self) -> Optional[str]: ...


# the project roles acceptance criteria may name a person by ("Product owner accepts every story", review 59a F5)
ROLE_WORDS = (("sponsor", "sponsor"), ("project_manager", "project manager"), ("product_owner", "product owner"),
              ("scrum_master", "scrum master"), ("technical_lead", "technical lead"))


def acceptors(people: Iterable[_Person], organization: OrganizationLike, criteria: Iterable[Optional[str]],
              roles: object = None) -> list[str]:
    """Return the people of the organization acceptance criteria name, by name or by their job title as written
    ("Runbook accepted by the Service Desk Manager", one of the titles a job joins included; a title of one short
    word, "Engineer", is too common to count) or by the project role they hold in ``roles`` ("Product owner accepts"),
    in the order of ``people``. A person of another organization named
    there does not accept the work for it; one whose organization's name does not say may (review 58c F5: a "Head of
    Retention" of "Northlight Energy - Customer"), by a title, not by where the job is (`titles`; review 56a F1:
    "Reviewed with the Accessible Transit Riders Coalition" proposed its chair as accountable)."""
    # (not a clause of exceptions someone approves: ">= 95% of accounts vaulted; exceptions approved by the CISO"
    # names who approves each exception, not who accepts the deliverable, review 163b F5)
    text = " ".join(clause for c in criteria if c for clause in re.split(r"[;.]\s+|\s+[-\u2013\u2014]\s+", c)
                    if not _EXCEPTIONS.search(clause)).casefold()
    everyone = list(people)
    ours = [p for p in everyone if p.name and not is_outsider(p, organization, everyone)]
    held = {str(name) for key, words in ROLE_WORDS if (name := getattr(roles, key, None)) and whole_words(words, text)}
    # a title of one word is not read inside another's longer title: "Director" of "Director, Vehicle Titles and
    # Registration Division" in "Signed by the Executive Director", the Executive Director's (review 135b F3)
    longer = sorted({t.casefold() for p in ours for t in titles(p.role or "") if len(t.split()) > 1}, key=len, reverse=True)
    rest = re.sub("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in longer), " ", text) if longer else text
    # (a title of one word only where it is the whole job: not "Telecontrollo" of "Responsabile Sicurezza OT e
    # Telecontrollo", which named him in "firmato dal capo turno del centro di telecontrollo", review 131a F2)
    return [p.name for p in ours if p.name and (whole_words(p.name, text) or p.name in held or any(
        (len(title.split()) > 1 or (len(title) >= 8 and _whole_job(title, p.role or ""))
         or (title.isupper() and len(title) >= 3))
        and _one_by_title(title, text if len(title.split()) > 1 else rest) for title in titles(p.role or "")))]


# words of exceptions to a criterion, whose approver approves them one by one
_EXCEPTIONS = re.compile(r"\b(?:exceptions?|waivers?|deviations?|exemptions?|risk acceptances?|excepciones|exceptions"
                         r"|ausnahmen|eccezioni|exceções|uitzonderingen)\b", re.IGNORECASE)


def _whole_job(title: str, role: str) -> bool:
    """Return True when a title is a job's whole title: its words before a comma, its note in brackets left out."""
    head = re.sub(r"\([^()]*\)", " ", role).split(",")[0]
    return title.casefold() == " ".join(head.split()).casefold()


# words after a job title that make it a group's name: "SRE team signs operational acceptance" is signed by a team,
# not by the one Site Reliability Engineer recorded (review 87c F2)
_GROUP = r"(?:team|teams|group|groups|department|unit|office|staff|squad|crew|function|équipe|equipo|equipa|abteilung)"


def _one_by_title(title: str, text: str) -> bool:
    """Return True when a (case-folded) text names one person by a job title: the title as a whole word, or with the
    ending a definite article or a case gives it in the Nordic languages, Finnish or German ("signert av
    kommunedirektøren", review 103c F2; "Projektleiterin"), not the name of a group of such people ("SRE team",
    `_GROUP`)."""
    return bool(re.search(rf"(?<!\w){re.escape(title.casefold())}(?:en|et|ene|a|n|in)?(?!\w)(?!\s+{_GROUP}\b)",
                          text))


def titles(role: str) -> list[str]:
    """Return a job title and the titles it joins ("Consultant Anaesthetist and Chief Clinical Information Officer":
    both, and the whole), each with its initials where it has three capitalised words or more ("CISO" of "Chief
    Information Security Officer", review 53c F8). What follows a comma says where the job is, not another job
    ("Volunteer Coordinator, Eastside Pantry"; "Product Owner, Open Banking": reviews 57a F1, 57b F1), and may come
    before the job ("the Eastside Pantry volunteer coordinator")."""
    # a note in brackets is not part of the title ("Data Engineering Lead (receives the warehouse after handover)",
    # review 75a F5)
    role = re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", role)).strip() or role
    # (joined before what follows a comma, which says where the job is: "Vice-President, Billing & Revenue
    # Assurance" holds no job "Revenue Assurance", review 105c F1)
    parts = [part.split(";")[0].strip()  # "CISO en hoofd informatieveiligheid" (review 78c F5)
             for part in re.split(r"\s+(?:and|&|en|und|et|y|e|og|och|oraz|ja)\s+|\s*/\s*", role.split(",")[0])]
    parts = [part for part in parts if part]
    found = [role.strip(), *(part for part in parts if part != role.strip())]
    initials = ["".join(w[0] for w in words) for title in found if "," not in title and ";" not in title
                and len(words := [w for w in title.split() if w[:1].isupper()]) >= 3 and len(words) == len(title.split())]
    # and without a word saying where the job is held: "CFO" of "Group Chief Financial Officer" (review 73c F3)
    initials += ["".join(w[0] for w in words[1:]) for title in found if "," not in title and ";" not in title
                 and len(words := title.split()) >= 4 and words[0].casefold() in _SCOPE_WORDS
                 and all(w[:1].isupper() for w in words)]
    # the job after where it is, as criteria say it ("the User Group chair" of "Chair, Research Computing User
    # Group": review 60b F7), with where it is in full or by its last two words
    placed = [f"{' '.join(where[-n:])} {job.strip()}" for job, _, rest in (p.partition(",") for p in role.split(";"))
              if job.strip() and (where := rest.split()) for n in sorted({len(where), min(2, len(where))})
              if n >= 2 or len(where) == 1]
    return found + initials + [title for title in placed if title not in found]


# a first word of a job title saying where it is held, not what it is ("Group Chief Financial Officer" is the CFO)
_SCOPE_WORDS = frozenset({"group", "global", "corporate", "regional", "divisional", "company", "enterprise"})


# words of a criterion that has someone accept the work, not only see it ("reviewed by the DPO": review 59c F5)
_SIGN_WORDS = (r"\b(?:accept\w*|sign\w*|approv\w*|authori[sz]\w*|confirm\w*|agree\w*"
               # and as other languages say it: "goedgekeurd door de CISO" (review 78c F5), "abgenommen von"
               r"|goedgekeur\w*|ondertekend|aanvaard\w*|genehmigt|freigegeben|abgenommen|unterzeichnet|approuvé\w*"
               r"|validé\w*|signé\w*|accepté\w*|aprobad\w*|firmad\w*|aceptad\w*|aprovad\w*|assinad\w*|approvat\w*"
               r"|firmat\w*|godkj\w*|godkänd\w*|godkend\w*|hyväksy\w*|zatwierdz\w*)")
_SIGNS = re.compile(_SIGN_WORDS, re.IGNORECASE)


def signing(criteria: Iterable[Optional[str]]) -> list[str]:
    """Return the criteria that have someone accept, sign or approve the work."""
    return [c for c in criteria if c and _SIGNS.search(c)]


# a piece of the work signed on its own ("Safety validation report signed by the EHS manager", "NOC runbooks accepted
# by the Head of NOC"): that check, not the deliverable's acceptance (reviews 60a, 61a F5, 61c F2)
_PART = re.compile(r"\b(?:reports?|checklists?|runbooks?|plans?|results|evidence|certificates?|logs?|minutes|"
                   r"procedures?|documentation|manuals?|specifications?|assessments?|sheets?|forms?|records?)\b[^.;,]*?"
                   + _SIGN_WORDS, re.IGNORECASE)
# the parties a criterion lists after "by": "by QA, both laboratory managers and the technical lead" lists three
_BY = re.compile(r"\b(?:by|door|von|durch|par|por|pelo|pela|dal|dalla|dallo|av|af|przez)\s+(.+)$", re.IGNORECASE)


def signers(people: Iterable[_Person], organization: OrganizationLike, criteria: Iterable[Optional[str]],
            roles: object = None, deliverable: str = "") -> list[str]:
    """Return who the criteria that accept the deliverable itself (`signing`, a piece of the work signed on its own
    left out) name (`acceptors`), when they name every party they list after "by"; none when a party they list is
    no one recorded ("by QA, both laboratory managers and the technical lead" names one person of three, review
    61a F5): the scope statement's note and validate's warning then say nothing rather than name one of them. A
    piece the ``deliverable``'s own name says it is ("Runbook accepted by ..." of a "Service desk runbook") is it."""
    everyone = list(people)
    own = deliverable.casefold()
    whole = [c for c in signing(criteria) if not ((part := _PART.search(c)) and part.group(0).split()[0].casefold()
                                                 .rstrip("s") not in own)]
    found: list[str] = []
    for criterion in whole:
        named = acceptors(everyone, organization, [criterion], roles)
        listed = _BY.search(criterion)
        text = listed.group(1) if listed else ""
        for person in everyone:  # a title holding a comma is one party ("by the Director, Revenue Assurance",
            title = (person.role or "").strip()  # review 105c F1)
            if ", " in title and title.casefold() in text.casefold():
                at = text.casefold().index(title.casefold())
                text = text[:at] + title.replace(", ", " ") + text[at + len(title):]
        parties = [p for p in re.split(r",\s*|\s+(?:and|&)\s+", text) if p.strip()] if listed else []
        if len(parties) > len(named):
            return []
        if _EACH.search(criterion) and any(not whole_words(n, criterion.casefold()) for n in named):
            return []  # "Branch manager sign-off at each pilot branch": one of several by their title (review 68b F3)
        found += [n for n in named if n not in found]
    return found


# a criterion that has each of several sign ("at each pilot branch", "every site lead"): a title names all of them
_EACH = re.compile(r"\b(?:each|every|all|both|per)\b", re.IGNORECASE)
