"""The project-management rules every stage applies alike: risk score and band, stakeholder quadrant, approved totals
(the working hours shared across time zones: `generator.questionnaire.working_hours`).

The view model, the pictures and the checks all read these, so a table, a picture
and a warning can never disagree.  They tolerate the checks' draft model, where a
value that failed to read is ``None``.  It runs past 400 lines because each rule
has one home here, whichever stage applies it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Generic, Optional, Protocol, TypeVar

from generator.questionnaire import model as m
from generator.questionnaire.funding import (RETURNED, RETURN_DENIED, Logged, absorbed, cut_read, granted, included_part,
                                             increase_read, raised_in_words, raised_part, request_part, voted_words)
from generator.questionnaire.mentions import whole_words
from generator.questionnaire.organizations import (Affiliated, OrganizationLike, is_outsider, member_bodies,
                                                   names_ours, supplier_words)
from generator.resources import knowledge
from generator.record import Record

LEVELS: tuple[m.Level, ...] = ("low", "medium", "high")
LEVEL: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS, 1)}

# words of a decision that puts a project on hold ("Put the project on hold until ...", in several languages)
HOLD_WORDS = re.compile(r"\b(?:on[ -]hold|paus\w*|suspen[ds]\w*|sospe[ns]\w*|halt(?:ed|s)?|freeze|frozen|congel\w*|gel[ée]e?"
                        r"|angehalten|anzuhalten|aussetz\w*|ausgesetzt|auszusetzen|ruhen|ruht|gepauzeerd|stilgelegd"
                        # (not the first part of a compound: "hold-safe work", review 164b F1)
                        r"|stilleggen|parali[sz]\w*|pausa)\b(?!-\w)|中断|一時停止|凍結|保留|暂停|搁置", re.IGNORECASE)


def held_since(status: Optional[str], decisions: Sequence[tuple[Optional[dt.date], Optional[str]]],
               day: dt.date) -> bool:
    """Return True when a project is on hold by a decision (its words speak of a hold, `HOLD_WORDS`) taken on or
    after ``day``: reports stop during a hold, so a status report of before it is not out of date (review 86a: "add
    a status report" of a project on hold)."""
    return status == "on-hold" and any(on is not None and on >= day and HOLD_WORDS.search(words or "")
                                       for on, words in decisions)


STALE_REPORT_DAYS = 28  # a status report older than four weeks behind the newest record is stale

# -- risks -------------------------------------------------------------------------------


def risk_score(likelihood: str, impact: str) -> int:
    """Return a risk's score: likelihood times impact, each low 1, medium 2, high 3 (so 1 to 9)."""
    return LEVEL[likelihood] * LEVEL[impact]


def risk_band(score: int) -> str:
    """Return a score's band: ``high`` (6-9), ``medium`` (3-4) or ``low`` (1-2)."""
    return "high" if score >= 6 else "medium" if score >= 3 else "low"


def among_the_biggest(risk: m.Risk) -> bool:
    """Return True when an occurred risk is named among the executive summary's biggest risks, before the open ones:
    rated high (review 82c F7: a delayed test server, scored 2, came before a data re-identification risk; review 93b
    F4: a medium one whose issue was closed came before the open risk scored 9 of 9)."""
    return risk.status == "occurred" and risk_band(risk_score(risk.likelihood, risk.impact)) == "high"


def risk_id(index: int) -> str:
    """Return the ID of the risk written at ``index`` (0-based): R-01, R-02, ..."""
    return f"R-{index + 1:02d}"


# -- stakeholders ------------------------------------------------------------------------

def quadrant(influence: str, interest: str) -> str:
    """Return the power/interest quadrant of an influence and an interest: only 'high' counts as high."""
    high_influence, high_interest = influence == "high", interest == "high"
    if high_influence:
        return "manage-closely" if high_interest else "keep-satisfied"
    return "keep-informed" if high_interest else "monitor"


def placements(people: Sequence[m.Person], manager: Optional[str]) -> list[tuple[m.Person, str, str]]:
    """Return ``(person, influence, interest)`` as the grid places them, in written order.

    Everyone is placed by their answers; an influence or interest nobody assessed is
    placed as medium (the documents say it was not assessed: see `assessed`).  The
    project manager, who runs the engagement, is not placed.
    """
    return [(p, p.influence or "medium", p.interest or "medium") for p in people if p.name != manager]


def assessed(person: m.Person) -> bool:
    """Return True when both the person's influence and interest were answered."""
    return person.influence is not None and person.interest is not None


def unassessed(person: m.Person) -> tuple[str, ...]:
    """Return what was not assessed of a person, of ("influence", "interest") (both placed as medium)."""
    return tuple(what for what, level in (("influence", person.influence), ("interest", person.interest))
                 if level is None)


# -- the project team ----------------------------------------------------------------------


def team_names(holders: Sequence[Optional[str]], owners: Sequence[Optional[str]],
               auditors: Collection[str] = ()) -> list[str]:
    """Return who the audience word ``team`` reaches: the delivery roles' ``holders`` (project manager, product
    owner, scrum master, technical lead), then the deliverables' ``owners`` (and those the RACI matrix makes
    responsible for one) but ``auditors`` (`audits`: independent, reviews 73a F2, 73c), each once, in that order.
    ``technical: false`` says how to write to someone, not whether they are in the team (reviews 64a F2, 65b F1)."""
    names = [n for n in holders if n] + [n for n in owners if n and n not in auditors]
    return list(dict.fromkeys(names))


ROLE_KEYS = ("sponsor", "project_manager", "product_owner", "scrum_master", "technical_lead")  # the project's roles


def role_holders(roles: object) -> list[str]:
    """Return who holds one of the project's roles (`ROLE_KEYS`), each once, of the model's or the draft's roles."""
    return list(dict.fromkeys(name for key in ROLE_KEYS if isinstance(name := getattr(roles, key, None), str) and name))


# a director's title in the languages read (`_AUDITS` an executive's; `audits` a director of the work itself)
# (and a German head of a business unit, "Leiterin Schadenbearbeitung Westschweiz": review 125b F5, in the daily scrum)
_DIRECTOR_WORDS = (r"directors?|directora|directrices?|directeurs?|direttore|direttrice|diretora?|direktor(?:in)?"
                   r"|leiter(?:in)?")
_AUDITS = re.compile(r"\b(?:auditor|auditors|assessor|qsa|internal audit|certification body|prüfer|revisor|revision"
                     # a third-party assessor (review 85a F3: a 3PAO assessment lead in the team meeting)
                     r"|3pao|c3pao|assessment lead|notified body"
                     # an audit firm's manager or partner (review 95b F1: a "Senior Audit Manager" in the team's channel)
                     r"|audit (?:manager|partner|director|principal|senior|supervisor)|(?:de|da) auditor[ií]a"
                     # an independent tester of the work's security (review 87a F1: a pen tester in every sprint review)
                     r"|penetration tester|pen tester|pentester|ethical hacker"
                     # the lead of an independent test's engagement (review 115b F2: "Engagement Lead, Penetration
                     # Testing" put in the team's stand-ups, the firm's tester kept out as independent)
                     r"|(?:engagement|test) lead,? (?:for |of )?(?:the )?(?:penetration|pen) test(?:ing|s)?"
                     r"|(?:penetration|pen) test(?:ing)? (?:lead|manager|engagement lead)"
                     # Portuguese, Spanish, French: a pentest's lead, a SOC provider's service manager (review 123c
                     # F7: "Líder de Pentest" and "Gestora de Serviço do SOC" proposed for the team's daily scrum and
                     # retrospective)
                     r"|\bpentest\w*|testes? de (?:intrusão|invasão|penetração)|pruebas? de (?:penetración|intrusión)"
                     r"|test d'intrusion|gestor\w* de servi[çc]o|service delivery manager|gerente de cuenta\w*"
                     # a bank's or a supplier's relationship manager (review 124a F3: in the vendor team's daily
                     # stand-up and retrospective)
                     r"|relationship manager|client relationship|customer relationship manager"
                     r"|auditeur|auditrice|auditora?|audytor|revisore|toetser|independent|indépendante?|unabhängige?r?"
                     # an officer the law keeps independent of the work (review 77a F4)
                     r"|data protection officer|dpo|délégué\w* à la protection des données|datenschutzbeauftragte\w*"
                     # Quebec's privacy officer (review 97a F2), a works council's or a union's representative, a
                     # labour inspector
                     r"|protection des renseignements personnels|personvernombud\w*|dataskyddsombud\w*"
                     r"|betriebsrat\w*|works council|union (?:representative|rep|steward|official|chair\w*)"
                     r"|shop steward|comité social et économique|ondernemingsraad|tillitsvalgt\w*|arbeitsinspektor\w*"
                     # South Africa's POPIA information officer, a privacy officer (review 92b F3: a Deputy Information
                     # Officer in the daily scrum)
                     r"|(?:deputy )?information officer|privacy officer"
                     r"|delegad\w* de protección de datos"
                     # Hebrew, Arabic (review 141a F4: "ממונת הגנת הפרטיות" in the team's daily stand-up)
                     r"|ממונ\w* (?:על )?הגנת (?:ה)?פרטיות|ממונ\w* (?:על )?(?:ה)?פרטיות|مسؤول حماية البيانات|مسؤول الخصوصية"
                     # a model validator, who must stay apart from the model's builders, and the Dutch and Nordic DPO
                     # and "independent" (review 104c F1: a bank's "Senior modelvalidator" and "Functionaris
                     # gegevensbescherming (FG)" in the scrum team's stand-up, against decision D-01)
                     # (a person's job, not the devices a job integrates: "Responsabile integrazione validatori",
                     # review 107b F3)
                     r"|model ?validat\w*|model risk management|(?<!integrazione )(?<!integration )validator(?:in|en|s)?"
                     r"|onafhankelijk\w*|uavhengig\w*|uafhængig\w*"
                     r"|oberoende|riippumato\w*|functionaris gegevensbescherming|gegevensbeschermingsfunctionaris"
                     r"|tietosuojavastaava|databeskyttelsesrådgiver"
                     # Mexico's internal control bodies and comptrollers (review 101a F4: the head of an "Órgano
                     # Interno de Control" on a proposed steering committee)
                     r"|órgano interno de control|organo interno de control|contralor\w*|control interno"
                     # a job that oversees the work or sells it rather than doing it: a compliance officer (the second
                     # line of defence), a supplier's account manager (reviews 79, 80a F3, 80b F3: a CCO and a SOC
                     # provider's account director were sent the team's daily stand-up and retrospective)
                     r"|compliance officer|chief compliance|head of compliance|compliance manager|responsable conformité"
                     # (review 127c F4: "Head of Regulatory Compliance, Payments" in the vendor's daily stand-up)
                     r"|head of (?:regulatory |risk and |risk & )?compliance|(?:regulatory )?compliance (?:lead|director|head)"
                     r"|compliance-beauftragte\w*|account (?:manager|director|executive)|key account\w*"
                     # Indonesian, Vietnamese, Greek, Hungarian (review 110c F4: a "Manajer Kepatuhan dan Hukum",
                     # compliance and legal, sent the engineers' stand-up and on-call handover)
                     r"|manajer kepatuhan|kepala kepatuhan|pejabat kepatuhan|kepala (?:divisi|departemen|bagian)"
                     r"|trưởng phòng|giám đốc|διευθυντ\w*|υπεύθυνος συμμόρφωσης|osztályvezető|megfelelési vezető"
                     r"|compliance vezető"
                     # Arabic: a compliance officer, an internal auditor (review 111b F3: "مسؤول الامتثال" in the
                     # on-call handover)
                     r"|مسؤول الامتثال|الامتثال|الالتزام|المراجعة الداخلية|التدقيق الداخلي|مدقق\w*|مراجع داخلي"
                     # Ukrainian: a head of HR, a legal counsel, an internal auditor (review 112b F4: both in the
                     # daily stand-up)
                     r"|служби персоналу|відділу кадрів|юрисконсульт\w*|юрист\w*|внутрішнього аудиту"
                     # Serbian, Croatian: a compliance director (review 113a F4: in the bank's daily scrum)
                     r"|praćenje usklađenosti|usklađenost\w*|direktork\w*|direktor (?:sektora|službe|direkcije)"
                     # Albanian, Icelandic, Welsh, Basque, Tamil: an internal auditor, a head of compliance (review
                     # 116c F2: "Auditore e Brendshme e TI-së" and "Drejtuese e Pajtueshmërisë" in the stand-up)
                     r"|auditor[ei]|auditues\w*|pajtueshmëri\w*|pajtueshmeri\w*|endurskoð\w*|regluvörð\w*"
                     r"|archwilydd\w*|cydymffurfiaeth|ikuskatzaile\w*|betetze|தணிக்கை\w*"
                     # Slovenian, Croatian: the head of a call centre or a department whose work changes (review
                     # 117a F9: "Vodja klicnega centra" in the developers' daily scrum)
                     r"|vodja\s+(?:klicnega|kontaktnega)\s+centra|vodja\s+oddelka|voditelj\w*\s+(?:pozivnog|kontakt)\s+centra"
                     r"|voditelj\w*\s+odjela"
                     # Haitian Creole, French: a finance director, a general manager (review 162b F4: "Direktris
                     # Finans" in the scrum team's daily scrum and retrospective)
                     r"|direktè finans|direktris finans|direktè jeneral|direktris jeneral|directeur financier"
                     r"|directrice financière|directeur général|directrice générale"
                     # Uzbek, Maltese, Galician, English: the head of a call centre, a department's, an internal
                     # auditor, a head of compliance (review 118b F3: "Toshkent call-markazi rahbari" in the
                     # developers' Russian stand-up)
                     r"|(?:call-?)?markaz\w*\s+rahbar\w*|bo['‘’ʻ]lim\w*\s+(?:boshlig|rahbar)\w*|filial\w*\s+rahbar\w*"
                     r"|call[- ]?cent(?:re|er)s?\s+(?:manager|head|supervisor|director)|head of (?:the )?call[- ]?cent(?:re|er)"
                     r"|awditu\w*|kap tal-(?:konformità|awditjar|kontroll|dipartiment)\w*|konformità"
                     r"|xef[ea] de (?:departamento|servizo|sección)"
                     r"|član izvršnog odbora"
                     r"|directeur de compte|directrice de compte|chargée? de compte|kundenbetreuer\w*"
                     r"|gerente de (?:cuenta|conta)s?|accountmanager"
                     # a clinical safety officer, who assures the work independently, and a supplier's customer
                     # success lead, who sells it (review 86b F3: both in the team's daily stand-up, the DPO not)
                     r"|clinical safety officer|customer success\w*"
                     # an executive who directs a department or the organization (review 82a F3: a hospital's
                     # Direttrice Amministrativa and Direttore di Farmacia, responsible in the RACI, were put in the
                     # daily stand-up): a director, a chief executive, financial, operating or medical officer
                     rf"|{_DIRECTOR_WORDS}"
                     r"|geschäftsführer\w*|vorstand\w*|chief (?:executive|financial|operating|medical|nursing) officer"
                     r"|ceo|cfo|coo|vice[- ]president|svp|evp"
                     # the head of a department whose work changes (review 83b F6: a resistant Abteilungsleiter,
                     # responsible in the RACI, was offered the daily scrum)
                     r"|abteilungsleiter\w*|bereichsleiter\w*|department head|head of department|chef de département"
                     r"|jefe de departamento|jefa de departamento|afdelingshoofd"
                     # the manager of the operations the work changes, and a security officer who assures it (reviews
                     # 90a F3-F4, 90b F1, 90c F2: a production manager, a store manager, a clinic manager, a service
                     # desk manager and an IT security officer, responsible in the RACI, put in the daily stand-up)
                     r"|(?:production|plant|store|shop|branch|site|operations|shift|clinic|ward|practice|service desk"
                     r"|service delivery|warehouse|factory|works|regional|district|facilities|contact cent(?:re|er)"
                     r"|call cent(?:re|er)|line) manager|security officer|ciso"
                     # a shift's supervisor and the head of a business area (reviews 91a F5, 91c F10: a warehouse shift
                     # supervisor and a university's Head of Student Success in the daily stand-up)
                     r"|(?:shift|site|warehouse|floor|production|store|line|operations) supervisor"
                     r"|head of (?:[\w&-]+\s+){0,3}?(?:student|customer|sales|marketing|operations|retail|stores?|service"
                     r"|finance|human resources|hr|people|nursing|clinical|care|commercial|procurement)"
                     r"|produktionsleiter\w*|werk(?:s)?leiter\w*"
                     r"|filialleiter\w*|schichtleiter\w*|betriebsleiter\w*|chef d'atelier|responsable de production"
                     r"|gerente de (?:planta|tienda|sucursal|producci[óo]n)|jef[ea] de (?:planta|producci[óo]n|turno)"
                     # a regional store manager and a data protection officer (review 125c F3: both in the
                     # developers' twice-weekly stand-up)
                     r"|gerente regional|gerente de (?:tiendas|zona|regi[óo]n|sucursales|operaciones|ventas)"
                     r"|oficial de (?:protecci[óo]n de datos|cumplimiento|seguridad)|delegad[oa] de protecci[óo]n de datos"
                     # a chief risk officer and a compliance officer, second-line, in English and Hindi (review 126c
                     # F5: "मुख्य जोखिम अधिकारी", "अनुपालन अधिकारी" in the daily stand-up)
                     r"|chief risk officer|head of risk)\b"
                     r"|(?:जोखिम\s+अधिकारी|अनुपालन\s+अधिकारी|लेखा\s+परीक्षक)(?![\w\u0900-\u0dff])",
                     re.IGNORECASE)


def audits(role: Optional[str]) -> bool:
    """Return True when a job stands apart from the team that does the work: an auditor's or an assessor's ("Lead
    Accessibility Auditor", "Internal Auditor"), an officer the law keeps independent, a compliance officer's, a
    supplier's account manager's or an executive's (`_AUDITS`); a delivery role's holder is in the team whatever
    their job; a director of the work itself ("Implementation Director", "Delivery Director") is of the team (review
    95c F8)."""
    found = [match.group(0) for match in _AUDITS.finditer(role or "")]
    if found and all(_DIRECTOR.fullmatch(word) or _RUNS_IT.fullmatch(word) for word in found) \
            and _DELIVERY_WORDS.search(role or ""):
        return False  # (and the manager of IT's own operations: "IT Operations Manager", owner of the SOC go-live,
        # review 130b F3)
    return bool(found)


_RUNS_IT = re.compile(r"(?:operations|service desk|infrastructure) manager|head of (?:[\w&-]+\s+){0,3}?operations",
                      re.IGNORECASE)


# why a job `audits`, by the word that made it so, tried in this order (review 97b F6: every reason was listed, a
# union and a tenants' panel in a bank app's plan); none of these: an executive's or a line manager's
_STANDING = (
    ("account", re.compile(r"account|kunden|cuenta|conta|compte|customer success", re.IGNORECASE)),
    ("members", re.compile(r"betriebsrat|works council|union|steward|comité social|ondernemingsraad|tillitsvalgt",
                           re.IGNORECASE)),
    ("audit", re.compile(r"audit|audyt|लेखा\s+परीक्षक|assess|qsa|prüfer|revis|3pao|notified|certification|pen|hacker|toetser"
                         r"|المراجعة|التدقيق|مدقق|مراجع|аудит"
                         r"|independ|indépendant|unabhängig|validat|validator|onafhankelijk|uavhengig|uafhængig"
                         r"|oberoende|riippumato", re.IGNORECASE)),
    ("management", re.compile(r"chief (?:executive|financial|operating|medical|nursing)", re.IGNORECASE)),
    ("oversight", re.compile(r"officer|oficial|अधिकारी|dpo|délégué|beauftragte|protection|protecci|ombud|compliance|conformité|ciso|inspektor"
                             r"|delegad|control|contralor|gegevensbescherming|tietosuoja|databeskyttelse"
                             r"|kepatuhan|συμμόρφωσης|megfelelési|الامتثال|الالتزام|юрисконсульт|юрист|usklađenost",
                             re.IGNORECASE)),
)
STANDINGS = ("audit", "oversight", "account", "management", "members")  # in the order a plan names them


# a job that serves or sells to a customer: apart from the team only at another organization than the project's (review
# 128a F4: the project's own "Service Delivery Manager, Integration Services", owner of a deliverable, kept out of
# the team's meetings as management; a SOC provider's, review 123c F7, stays apart)
_SERVING = re.compile(r"gestor\w* de servi[çc]o|service delivery manager|relationship manager|client relationship"
                      r"|customer relationship manager", re.IGNORECASE)


# words of standing in for another, in a job or a note, that `_ACTING` (for a decider) and `approval._STOOD_IN` (for a
# time held in another's stead) both read: "acting sponsor", "sponsor par intérim", "en funciones"; Serbian, Swahili,
# Bengali (review 142a F10: "Zamenica direktora; v.d. sponzora projekta tokom bolovanja direktora"); Polish (review
# 144a F13: "p.o. Product Ownera w zastępstwie A. Nowak"); Finnish, Swedish (review 145b F4: "projektipäällikön
# sijainen 2.3.–30.4.2026")
STAND_IN_WORDS = (r"acting|interim|ad interim|par intérim|intérimaire|en funciones|kommissarisch\w*|stellvertretend\w*"
                  r"|waarnemend\w*|facente funzioni|suplente|suppléante?|standing in|vršilac dužnosti|vršiteljka dužnosti"
                  r"|kaimu|ভারপ্রাপ্ত|w zastępstwie|sijai\w*|vikarie\w*|ställföreträdande|tillförordnad"
                  # Albanian, Azerbaijani, Malay, Georgian, Armenian (review 150: "menaxher në detyrë 01.09.2025 –
                  # 31.10.2025", "ტექნიკური ლიდერის მოვალეობის შემსრულებელი", "ժ/պ Product Owner")
                  r"|në detyrë|ushtrues\w* detyre|müvəqqəti|pemangku|მოვალეობის შემსრულებელ\w*|პ/შ|պաշտոնակատար\w*|ժ/պ"
                  # Urdu, Tamil, Thai, Filipino, Mongolian (review 151: "قائم مقام ٹیکنیکل لیڈ", "பொறுப்பு திட்ட மேலாளர்",
                  # "รักษาการ", "OIC ng Training habang naka-leave si Grace")
                  r"|قائم مقام|பொறுப்பு|รักษาการ|OIC|officer[- ]in[- ]charge|түр орлон гүйцэтгэгч|орлон гүйцэтгэгч|වැඩ බලන")
STAND_IN_SHORT = r"v\.\s?d|p\.\s?o"  # their abbreviations, each with its full stop after it: "v.d.", "p.o."
# words saying a person stands in for another for a time, as a decider's job or a decision's notes say it
_ACTING = re.compile(rf"\b(?:{STAND_IN_WORDS}|interin[oa]|in vertretung|f\.f\.|substitut[oa]"
                     r"|deputi[sz]ing|stands in|on behalf of"
                     # Bulgarian, Latvian, Polish, Czech, Slovak, Croatian, Hungarian (review 140a F4: "заместващ
                     # кмета по време на отпуска ѝ", the deputy mayor standing in for the mayor, the sponsor)
                     r"|заместващ\w*|замества\w*|временно изпълняващ\w*|врид|aizvieto\w*|pienākumu izpildītāj\w*"
                     r"|pełniąc\w* obowiązki|zastępując\w*|zastupuj\w*|zastupujúc\w*|zamjenjuje\w*|helyettesít\w*|helyettese\b"
                     # Serbian, Greek, Icelandic
                     r"|vršioca dužnosti|zamenjuje\w*|ασκών\w* καθήκοντα|αναπληρ\w*|starfandi|staðgeng\w*"
                     # Kazakh, Russian, Dutch
                     r"|міндетін атқарушы|исполняющ\w* обязанности|vervangend\w*"
                     # Azerbaijani, Albanian: "Günel xanımı əvəz edir", standing in for Ms Günel
                     r"|əvəz edir|əvəz edən|zëvendëson|zëvendësues\w*"
                     # Tajik: "иҷрокунандаи вазифаи скрам-мастер", acting scrum master (review 165b)
                     r"|иҷрокунандаи вазифа\w*)(?!\w)"
                     # Thai: "คุณศิริพรดูแลแทน", Khun Siriporn looks after it instead (review 151c)
                     r"|ดูแลแทน|ทำหน้าที่แทน"
                     rf"|(?<!\w)(?:{STAND_IN_SHORT}|и\.\s?о)\.(?=\s)"
                     # Japanese: "PM代行", acting project manager (review 144b F2)
                     r"|代行|代理",
                     re.IGNORECASE)
# a project role's word, as people write it in a job or a note ("acting sponsor", "sponsor par intérim")
_ROLE_WORDS = {"sponsor": r"sponsor\w*|sponzor\w*|patrocinador\w*|auftraggeber\w*|opdrachtgever|commanditaire|committente"
                          r"|спонсор\w*|homiy\w*|发起人|スポンサー|szponzor\w*|(?-i:SRO)|senior responsible owner"
                          r"|სპონსორ\w*|հովանավոր\w*|penaja\w*|اسپانسر|ஸ்பான்சர்|ผู้สนับสนุนโครงการ|حامی پروژه"
                          r"|ивээн тэтгэгч|අනුග්‍රාහක|سپۆنسەر|kaitautoko",
               "project_manager": r"project manager|chef(?:fe)? de projet|jefe de proyecto|projektleiter\w*|projectleider"
                                  r"|gerente de projeto|capo progetto|menad[žz]er\w* projekta|rukovodil\w* projekta"
                                  r"|meneja wa mradi|verkefnastjór\w*|quản lý dự án|υπεύθυν\w* έργου|প্রকল্প ব্যবস্থাপক"
                                  # (review 144b F2: "PM代行", "kierownik projektu", "жоба жетекшісі")
                                  r"|プロジェクトマネー?ジャー|PM(?=代行)|kierownik\w* projektu|жоба жетекші\w*"
                                  r"|руководител\w* проекта|projektipäällik\w*|projektledare\w*"
                                  # (review 139a, met again in 147: "Projektový manažér do 31. 1. 2026", a predecessor
                                  # not read; Romanian, Hungarian, Turkish, Danish, Maltese, Croatian, Portuguese)
                                  r"|projektov\w* manaž\w*|manager(?:ul)? de proiect|projektvezető\w*"
                                  r"|proje yönetici\w*|projektleder\w*|maniġer tal-proġett|voditelj\w* projekta"
                                  r"|gestor\w* de projeto|manajer proyek|projekta vadītāj\w*|projekto vadov\w*"
                                  # (review 150: Albanian, Azerbaijani, Malay, Georgian, Armenian)
                                  r"|menaxher\w* (?:i |e )?projekti\w*|layihə (?:menecer|rəhbər)\w*|pengurus projek"
                                  r"|(?:პროექტის|პროგრამის) მენეჯერ\w*|(?:նախագծի|ծրագրի) (?:ղեկավար|մենեջեր)\w*"
                                  r"|پروجیکٹ مینیجر|திட்ட மேலாளர்\w*|ผู้จัดการโครงการ|مدیر پروژه|төслийн менежер\w*"
                                  r"|ව්‍යාපෘති කළමනාකරු",
               # (review 142a F10: "Acting Product Owner from 1 June 2026", for the one on parental leave)
               "product_owner": r"product[- ]owner|propriétaire (?:du )?produit|dueño del producto|produkteigentümer"
                                r"|プロダクトオーナー|ürün sahibi|məhsul sahibi|pemilik produk|პროდუქტის მფლობელ\w*"
                                r"|արտադրանքի (?:սեփականատեր|տեր)\w*|مالک محصول|தயாரிப்பு உரிமையாளர்\w*",
               "technical_lead": r"tech(?:nical)? lead|lead engineer|responsable technique|líder técnico|texniki rəhbər"
                                 r"|ტექნიკური ლიდერ\w*|tehnički lider\w*|drejtues teknik|ٹیکنیکل لیڈ"
                                 r"|தொழில்நுட்பத் தலைவர்\w*|техникийн ахлах|سرپرست فنی"}
# any of them: a job that names a project role ("direktor sektorja Vodovod in sponzor projekta")
ROLE_WORD = re.compile("|".join(_ROLE_WORDS.values()), re.IGNORECASE)


# first words of a job that say no job of their own ("Project sponsor", "Head of IT", "Deputy mayor")
_TITLE_NOISE = {"project", "programme", "program", "head", "chief", "senior", "deputy", "assistant", "vice", "acting",
                "interim", "lead", "leader", "manager", "director", "officer", "owner"}


def says_acting(text: Optional[str]) -> bool:
    """Return True when a text has a word of standing in for another (`_ACTING`: "acting", "заместващ", "helyettese")."""
    return bool(_ACTING.search(text or ""))


def acting_for(role: Optional[str], notes: Optional[str], name: Optional[str], roles: object,
               job: Optional[str] = None) -> bool:
    """Return True when a decider's job or the decision's notes say they stand in for ``name``, the person the
    thresholds send the decision to: a word of acting (`_ACTING`) with that person's surname, the project role they
    hold, or the first word of their ``job`` ("sponsor par intérim du 4 mai au 4 septembre", review 128c F2: the
    acting sponsor's approval reported as by someone who holds no threshold; "заместващ кмета", standing in for the
    mayor, "Кмет на Район „Люлин“", review 140a F4), or their whole job title (`acting_as`)."""
    if not name:
        return False
    surname = name.split()[-1]
    keys = [key for key in _ROLE_WORDS if isinstance(holder := getattr(roles, key, None), str)
            and m.same_name(holder) == m.same_name(name)]
    # (the job's title, not a word of a note in brackets after it: "Project Manager (hanggang 2026-07-17 — nag-resign)"
    # read "hanggang", until, in another's leave "naka-maternity leave ... hanggang 2026-07-31", review 151c)
    plain = _unbracketed(job)
    title = next((word for word in re.findall(r"[^\W\d_]{4,}", plain) if word.casefold() not in _TITLE_NOISE), "")
    stem = title[:5] if len(title) > 5 else title
    for text in (role, notes):
        if text and _ACTING.search(text) and (re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text)
                                              or any(re.search(_ROLE_WORDS[key], text, re.IGNORECASE) for key in keys)
                                              or stem and re.search(rf"(?<!\w){re.escape(stem)}\w*", text, re.I)
                                              or acting_as(text, job)):
            return True
    return False


def _unbracketed(job: Optional[str]) -> str:
    """Return a job's words without its notes in brackets, each note a space ("Project Manager (hanggang ...)")."""
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", job or "")


def acting_as(role: Optional[str], job: Optional[str]) -> bool:
    """Return True when a job says its holder acts in another's whole job title, of two words or more, its notes in
    brackets aside: "Senior Project Officer (Acting Programme Manager 29 June – 24 July 2026)" for the "Programme
    Manager" (review 153a F3: the programme manager on leave named owner of the report her stand-in wrote)."""
    title = " ".join(_unbracketed(job).split()).strip(" ,;")
    if not role or len(title.split()) < 2 or not _ACTING.search(role):
        return False
    return bool(re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, title.split())) + r"(?!\w)", role, re.IGNORECASE))


def stands_in(decider: Optional[str], notes: Optional[str], approver: str, roles: object,
              people: Iterable[tuple[Optional[str], Optional[str]]]) -> bool:
    """Return True when a decider stands in for an approver, as the decider's job or the decision's ``notes`` say
    (`acting_for`, read with the approver's job): ``people`` are (name, job) pairs, the first of a name counting. One
    reading for the documents and validate (review 140a F4)."""
    jobs: dict[str, Optional[str]] = {}
    for name, job in people:
        if name:
            jobs.setdefault(m.same_name(name), job)
    own, theirs = jobs.get(m.same_name(decider or "")), jobs.get(m.same_name(approver))
    if acting_for(own, None, approver, roles, theirs):
        return True
    # the notes say someone acts for the approver: the decider, where they name the approver or the decider, or the
    # decider's job is not recorded (review 159b F2: "approved by the Acting Sponsor" in the notes of a request the
    # Registrar decided made her the sponsor's stand-in, "as recorded")
    return acting_for(None, notes, approver, roles, theirs) and (
        not own or any(re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", notes or "")
                       for name in (approver, decider or "") if name.split()))


def standing(role: Optional[str], organization: Optional[str], own: Optional[str] = None,
             outsider: bool = True) -> Optional[str]:
    """Return why a person stands apart from the team (`apart_from_team`), one of `STANDINGS`: a member body's
    member ("members"), else by the first word of their job that `audits`; None for a job that does not. The
    project's ``own`` organization is no member body to its people, whatever its name (review 124c F1, F2: a dairy
    union, "… દૂધ ઉત્પાદક સંઘ લિ.", whose sponsor and engineer were kept out of its own meetings)."""
    ours = bool(own and organization and (organization.casefold().strip() == own.casefold().strip()
                                          or organization.casefold().startswith(own.casefold().strip())))
    if not ours and member_bodies().search(organization or ""):
        return "members"
    found = [match.group(0) for match in _AUDITS.finditer(role or "")] if audits(role) else []
    if not outsider:  # of the project's own organization (`_SERVING`)
        found = [word for word in found if not _SERVING.fullmatch(word)]
    for word in found:
        for key, words in _STANDING:
            if words.search(word):
                # a supplier's account manager who also leads its project works in the team (review 129b F8:
                # "Accountmanager en projectleider leverancier", responsible for the main deliverable)
                return None if key == "account" and _PROJECT_LEAD.search(role or "") else key
    if found and supplier_words().search(role or "") and not _DIRECTOR.search(role or ""):
        return None  # a contractor's site or operations manager runs the contractor's part of the work (review 106b
        # F2: "Site Manager (civils and electrical contractor)" kept out of the replenishment that plans his crews)
    return "management" if found else None


_DIRECTOR = re.compile(_DIRECTOR_WORDS, re.IGNORECASE)
# a project's lead, in the languages read
_PROJECT_LEAD = re.compile(r"\b(?:project ?(?:lead|leader|manager)|projectleider|projectmanager|projektleiter\w*"
                           r"|projektmanager\w*|chef(?:fe)? de projet|jef[ea] de proyecto|gerente de projeto"
                           r"|capo ?progetto|delivery (?:lead|manager))\b", re.IGNORECASE)

# a job whose work is the delivery itself: an engineer's, a developer's, a tester's, a designer's, an analyst's
_WORK_JOB = re.compile(r"\b(?:engineer\w*|develop\w*|programm\w*|coder|tester\w*|test (?:analyst|lead)|qa|quality"
                       r" assurance|designer\w*|ux|ui|architect\w*|analyst\w*|data scientist\w*|devops|sre|scrum"
                       r"|technician\w*|administrator\w*|entwickler\w*|ingenieur\w*|desarrollador\w*|ingenier[oa]\w*"
                       r"|développeu\w*|ingénieur\w*|desenvolvedor\w*|engenheir\w*|sviluppator\w*|ingegner\w*"
                       r"|ontwikkelaar\w*|programist\w*|inżynier\w*|vývojář\w*|lập trình|kỹ sư"
                       # who directs or integrates the delivery itself (review 107b F3: a consortium's "Direttore di
                       # progetto" and "Responsabile integrazione validatori" kept out of the team's meetings)
                       r"|project director|programme director|delivery director|direttore (?:di |del )?progetto"
                       r"|director de proyecto|directeur de projet|diretor de projeto|projektdirektor\w*|projektleiter\w*"
                       # Romanian (review 111a F6: a vendor's "Director de livrare" kept out as independent oversight)
                       r"|director de (?:livrare|proiect|implementare)|manager de (?:livrare|proiect|implementare)"
                       r"|responsabile (?:di |del )?progetto|responsabile integrazione|integration (?:lead|manager)"
                       # a vendor's head of delivery, who runs the work (review 120b F5: "Delivery Head" said to lead
                       # a business, and kept out of the meetings of the work he owns)
                       r"|delivery (?:head|lead)|head of delivery)\b"
                       r"|開発|エンジニア|プログラマ|개발자|엔지니어|开发|工程师", re.IGNORECASE)


def does_the_work(role: Optional[str]) -> bool:
    """Return True when a job's words say its holder does the delivery work itself (`_WORK_JOB`: "Senior Mobile
    Developer", "QA Lead", "Engineering Manager"), not manages, sells or receives it ("Chief Technology Officer")."""
    return bool(_WORK_JOB.search(role or ""))


# a job that leads a business rather than works in a delivery team: an executive's, an owner's, a sales or commercial
# lead's ("CTO, Paynova", "Executive Producer", "Managing Partner")
_LEADS = re.compile(r"\b(?:chief|c[etiofmdp]o|officer|president|vice[- ]president|vp|founder|co-founder|owner(?<!product owner)"
                    # (not a head-end system's engineer: review 120a F5)
                    r"|producer|partner|managing|head(?![- ]?end)|executive|" + _DIRECTOR_WORDS + r"|geschäftsführer\w*|vorstand"
                    r"|directeur\w*|président\w*|toimitusjohtaja|johtaja|direktør|direktör|dyrektor|ředitel\w*"
                    r"|igazgató|diretor\w*|presidente|amministratore)\b", re.IGNORECASE)


def leads_elsewhere(role: Optional[str]) -> bool:
    """Return True when a job's words say its holder leads a business (`_LEADS`: an executive, an owner, a producer, a
    partner) and not that they do the delivery work (`does_the_work`): such a person of another organization is not
    proposed for the team's own working meetings (reviews 98c F5, 100a F1: a publisher's producer and a fintech
    partner's CTO in the daily scrum), where a supplier's developer, tester or consultant responsible for a
    deliverable is (reviews 103a F5, 104b F6, 104c F5: a vendor's development lead, QA lead and ML consultant left
    out of the stand-up of the work they do)."""
    return bool(_LEADS.search(role or "")) and not does_the_work(role)


_DELIVERY_WORDS = re.compile(r"\b(?:implementation|delivery|projects?|programmes?|programs?|engineering|technical"
                             r"|technology|development|solutions?|implementierung|projekt\w*|proyectos?|projets?"
                             r"|projetos?|progett[oi]"
                             r"|integration|integrazione|integración|intégration|projektu|projectie"
                             # the head of the IT that does the work (review 129a F1: "Leiter IT", owner of the MES
                             # connection and of the go-live blocker, kept out of the sprint's meetings)
                             r"|(?-i:IT|EDV|ICT|IKT)|\w*informatik|informatique|informática|sistemas|infrastructure)\b",
                             re.IGNORECASE)


class _Person(Affiliated, Protocol):
    @property
    def name(self) -> Optional[str]: ...

    @property
    def role(self) -> Optional[str]: ...


DELIVERY_KEYS = ("project_manager", "product_owner", "scrum_master", "technical_lead")  # `team`'s role keys
# ratings of a stakeholder's engagement the stakeholder is not shown unasked: the communication plan's list leaves
# them off, and validate says so (review 141b F8)
UNSHOWN_RATINGS = ("resistant", "unaware")


def delivery_holders(roles: object) -> list[str]:
    """Return who holds one of the project's delivery roles (`DELIVERY_KEYS`), of the model's or the draft's roles."""
    return [name for key in DELIVERY_KEYS if isinstance(name := getattr(roles, key, None), str) and name]


def _holds_job(person: _Person, role: str, organization: Optional[OrganizationLike], people: Sequence[_Person]) -> bool:
    """Return True when a person of the organization (not `is_outsider`) has a recorded job naming a methodology role
    (whole words, case ignored)."""
    return bool(person.name and person.role and whole_words(role.casefold(), person.role.casefold())
                and not (organization is not None and is_outsider(person, organization, people)))


def _methodology_roles(methodology: Optional[str]) -> list[dict[str, object]]:
    """Return a methodology's roles as its knowledge file gives them (none for an unknown one)."""
    roles: list[dict[str, object]] = knowledge("methodologies.yaml").get(methodology or "", {}).get("roles", [])
    return roles


def by_job(people: Sequence[_Person], organization: Optional[OrganizationLike], methodology: Optional[str],
           roles: object = None) -> list[str]:
    """Return who of the organization holds a delivery role of the methodology by their recorded job (a kanban
    "Service Delivery Manager", whom the charter names as facilitating the meetings: review 90a F4), in written
    order: the team's, like the project's delivery roles' holders. A role named as the project role it is held by
    ("Project manager") is not read from a job where ``roles`` name its holder: an "Estates Project Manager
    (Cardiac Wing extension)" manages another project (review 160a F2, put in this one's team)."""
    names = [str(r["role"]) for r in _methodology_roles(methodology) if r.get("holder") in DELIVERY_KEYS
             and not (isinstance(getattr(roles, str(r["holder"]), None), str)
                      and str(r["role"]).casefold() in _own_names(str(r["holder"])))]
    return [p.name for p in people if p.name and any(_holds_job(p, n, organization, people) for n in names)]


def _own_names(key: str) -> tuple[str, str]:
    """Return the names a project role goes by itself: "project manager", and "project " before it ("project sponsor")."""
    label = key.replace("_", " ")
    return label, f"project {label}"


def job_holder(people: Sequence[_Person], organization: Optional[OrganizationLike], methodology: Optional[str],
               key: str) -> Optional[tuple[str, str]]:
    """Return (who, the role) of the organization holds by their recorded job a methodology role of its own name that
    the project role ``key`` usually fills (a kanban "Service Delivery Manager", usually the project manager), or
    None: the meetings that role runs are theirs, as the charter names them (review 90a F4)."""
    for r in _methodology_roles(methodology):
        role = str(r["role"])
        # (not the role's own name, "project manager", which names no other role)
        if r.get("holder") != key or role.casefold() in _own_names(key):
            continue
        for p in people:
            if p.name and _holds_job(p, role, organization, people):
                return p.name, role
    return None


def apart_from_team(people: Sequence[_Person], holders: Sequence[Optional[str]],
                    own: Optional[OrganizationLike] = None, doers: Collection[str] = (),
                    named_doers: Collection[str] = ()) -> set[str]:
    """Return who stands apart from the team though the RACI matrix may make them responsible for a deliverable (the
    ``auditors`` of `team_names`): a job that `audits`, but never a delivery role's ``holders``, the project's or the
    methodology's by their job (`by_job`).  A supplier's engineer doing the work is in the team, whatever their
    organization (review 73a F1: an agency cut from its own sprint review); a member of a body that speaks for
    others (a tenants' panel, a union, an association: `organizations.member_bodies`) is not (review 96a F1: a
    tenant volunteer owning a deliverable was put in the delivery stand-up)."""
    held = {m.same_name(n) for n in holders if n}
    # (a security officer who owns a deliverable and does its work is of the team: ``doers``, review 137c F3, a CISO
    # responsible and accountable for the secure remote access he owns, kept out as "independent oversight")
    # (nor is a manager whom the RACI matrix names responsible for a deliverable they own, ``named_doers``: review
    # 155b F3, the director of clinical data science responsible for the sepsis model she owns, kept out of the
    # sprint's meetings as "line management"; one owning a deliverable with no row stands apart, review 82a F3)
    doing = {m.same_name(n) for n in doers if n}
    named = {m.same_name(n) for n in named_doers if n}
    return {p.name for p in people if p.name and m.same_name(p.name) not in held
            and (found := standing_of(p, own, people)) is not None
            and not (found == "oversight" and m.same_name(p.name) in doing and _SECURITY.search(p.role or ""))
            and not (found == "management" and m.same_name(p.name) in named)}


def doers(owned: Sequence[tuple[Optional[str], Optional[str]]],
          rows: Sequence[tuple[Optional[str], Sequence[Optional[str]]]], named: bool = False) -> list[str]:
    """Return the deliverables' owners who do their work, of (deliverable, owner) pairs and the RACI matrix's
    (deliverable, responsible) rows: it makes them responsible for it, or (unless ``named``) has no row for it
    (`apart_from_team`)."""
    responsible = {m.same_name(name): names for name, names in rows if name}
    return [owner for name, owner in owned if owner and (
        not named and m.same_name(name or "") not in responsible
        or any(m.same_name(n or "") == m.same_name(owner) for n in responsible.get(m.same_name(name or ""), ())))]


# a security officer's job, who assures the work (`_AUDITS`) or does it, where they own it
_SECURITY = re.compile(r"\b(?:ciso|(?:chief )?(?:information )?security officer|informatiebeveiligingsfunctionaris"
                       r"|responsable de la sécurité|sicherheitsbeauftragte\w*)\b", re.IGNORECASE)


def standing_of(person: _Person, own: Optional[OrganizationLike], people: Sequence[_Person]) -> Optional[str]:
    """Return `standing` of a person, whether they are of another organization than ``own`` asked only where their
    job serves a customer (`_SERVING`: `organizations.is_outsider` reads every address, and the team is asked for
    often)."""
    # (the organization's department, or a part of its name, is the organization's own: "Tribe Payments" of
    # "Direktorat Teknologi – Tribe Payments" is no members' body, review 138b F2: its engineers kept out of the sprint)
    theirs = own.name if own is not None and names_ours(person, own) else person.organization
    found = standing(person.role, theirs, own.name if own is not None else None)
    if found is not None and own is not None and _SERVING.search(person.role or ""):
        return standing(person.role, theirs, own.name, is_outsider(person, own, people))
    return found


# -- approved changes ----------------------------------------------------------------------


class _Impact(Protocol):
    @property
    def cost(self) -> Optional[float]: ...

    @property
    def schedule_days(self) -> Optional[int]: ...

    @property
    def funding(self) -> Optional[str]: ...

    @property
    def in_spending(self) -> Optional[bool]: ...


class _Decision(Protocol):
    @property
    def date(self) -> Optional[dt.date]: ...

    @property
    def notes(self) -> Optional[str]: ...


class Request(Protocol):
    """What the totals read of a change request, in the model or the checks' draft."""

    @property
    def date(self) -> Optional[dt.date]: ...

    @property
    def status(self) -> Optional[str]: ...

    @property
    def impact(self) -> Optional[_Impact]: ...

    @property
    def decision(self) -> Optional[_Decision]: ...

    @property
    def description(self) -> Optional[str]: ...

    @property
    def title(self) -> Optional[str]: ...

    @property
    def id(self) -> Optional[str]: ...

    @property
    def reason(self) -> Optional[str]: ...


R = TypeVar("R", bound=Request)


class RunningTotal(Record, Generic[R]):
    """Return one change request at its place in the one order, with the approved totals up to and including it."""

    index: int  # where the request is written
    request: R
    day: dt.date  # when it was decided, else when it was raised (``date.min`` when a draft has neither)
    approved: bool
    cost: float  # this request's own cost, 0 when none is given
    days: int  # this request's own schedule impact, 0 when none is given (never added up: each moves its own dates)
    cost_to_date: float  # approved cost of this request and every one before it in the order
    drawn_to_date: float = 0.0  # the part of ``cost_to_date`` paid from the contingency (see `from_contingency`)


def from_contingency(impact: Optional[_Impact]) -> bool:
    """Return True when a request's cost is paid from the contingency reserve: unless its ``funding`` says a
    budget increase pays it, or another budget or party (``other``, review 80b F1) (the one rule for every total set
    against the contingency)."""
    return impact is None or impact.funding not in ("budget-increase", "other")


def increases_budget(impact: Optional[_Impact]) -> bool:
    """Return True when a request's cost is paid by a budget increase (its ``funding``), which the documents add to
    the approved budget; another budget's money (``other``) is in neither this budget nor its contingency."""
    return impact is not None and impact.funding == "budget-increase"


def drawn(request: Request) -> float:
    """Return what a request's approval takes from the contingency reserve: its cost when the reserve pays it
    (`from_contingency`), or the part of it its words give the reserve when another source pays the rest
    (`funding.request_part`); nothing for a saving, which is not returned to the reserve (the reserve never grows
    beyond what the budget set aside) unless its notes give it back (`saving_returned`), nor for a budget increase."""
    impact, part, returned = request.impact, request_part(request), saving_returned(request)
    if part is not None:  # its words give the contingency's part, whatever one source impact.funding names
        return max(part, 0.0)
    cost = (impact.cost if impact is not None else None) or 0
    return (cost if returned and cost < 0 else max(cost, 0.0)) if from_contingency(impact) else 0.0


def saving_returned(request: Request) -> bool:
    """Return True when an approved saving is returned to the contingency reserve: its ``impact.funding`` is
    ``contingency``, or its decision notes say so."""
    impact = request.impact
    cost = impact.cost if impact is not None else None
    if impact is None or cost is None or cost >= 0:
        return False
    # "returned to the operations budget, not added to contingency" (review 64c F1) returns nothing to it
    return impact.funding == "contingency" or False in _returns_denied(request)


def saving_kept_out(request: Request) -> bool:
    """Return True when an approved saving's decision notes say it does not go back to the contingency ("not added
    to contingency"), and nothing says it does (`saving_returned`)."""
    return (request.impact is not None and (request.impact.cost or 0) < 0 and not saving_returned(request)
            and True in _returns_denied(request))


def _returns_denied(request: Request) -> list[bool]:
    """Return, for each place a request's decision notes speak of the saving going back to the contingency
    (`funding.RETURNED`), whether the words before it deny it (`funding.RETURN_DENIED`: "not added to contingency")."""
    notes = (request.decision.notes if request.decision is not None else None) or ""
    return [bool(RETURN_DENIED.search(notes[:found.start()])) for found in RETURNED.finditer(notes)]



def raised(request: Request, baseline: Optional[float] = None, decisions: Sequence[Optional[Logged]] = ()
           ) -> Optional[float]:
    """Return what a budget increase adds to the budget for a request: its cost (0 when not assessed) where
    `increases_budget`, the part its words give a budget increase beside the contingency's (`funding.raised_part`,
    ``baseline`` the budget's answered amount, which the logged ``decisions`` voting it may say holds it), else
    None."""
    if increases_budget(request.impact):
        return (request.impact.cost if request.impact is not None else None) or 0
    votes = voted_words(request, decisions) if decisions else ()
    cut = cut_read(request, baseline, votes)  # a cut its words say (reviews 140a F7, 140c F3)
    if cut:
        return (request.impact.cost if request.impact is not None else None) if cut == "added" else None
    # (or its words say a budget increase pays it, which the documents add: `funding.increase_read`; review 135b F8:
    # validate warned of a budget overspent against the baseline the documents had raised)
    if increase_read(request, baseline, votes) == "added":
        return (request.impact.cost if request.impact is not None else None) or 0
    return raised_part(request, baseline, votes)


def paid_elsewhere(request: Request, baseline: Optional[float] = None, decisions: Sequence[Optional[Logged]] = ()
                   ) -> float:
    """Return the part of an approved request's cost neither the contingency (`drawn`) nor a budget increase pays
    (`raised`, or one the budget's answered amount holds: `funding.included_part`): another budget's, a grant's, a
    split's other part; 0 for a saving, a cost not assessed, or a request a budget increase pays whole."""
    cost = request.impact.cost if request.impact is not None else None
    if not cost or cost <= 0 or increases_budget(request.impact) or raised_in_words(request):
        return 0.0
    votes = voted_words(request, decisions) if decisions else ()
    return max(0.0, cost - drawn(request) - (raised(request, baseline, decisions) or 0)
               - (included_part(request, baseline, votes) or 0))


class _Described(Request, Protocol):
    @property
    def description(self) -> Optional[str]: ...


def granted_part(requests: Sequence[Optional[_Described]], by: Optional[dt.date], baseline: Optional[float] = None,
                 decisions: Sequence[Optional[Logged]] = ()) -> float:
    """Return what other sources pay of the changes approved by a day that the project spends (`paid_elsewhere` of
    those `spends` says, and not that the budget absorbs them): one reading for the status reports' figures and
    validate's overspend warning (reviews 138a F2, 138b F4, F10)."""
    return sum(paid_elsewhere(cr, baseline, decisions) for cr in _paid_outside(requests, by) if spends(cr))


def spends(request: _Described) -> bool:
    """Return True when the project spends what another source pays of a request: as its ``impact.in_spending`` says
    (reviews 162b F2, 162c F2: a donor's money added where it paid the supplier directly, and left out where the
    project spent it), else where its words name a grant the project spends (`funding.granted`)."""
    said = request.impact.in_spending if request.impact is not None else None
    return granted(request) if said is None else said


def spending_said(requests: Sequence[Optional[_Described]]) -> bool:
    """Return True when every request another source pays part of says whether the project spends it
    (``impact.in_spending``): the documents then state no assumption about it."""
    return all(cr.impact.in_spending is not None for cr in requests
               if cr is not None and cr.impact is not None and (cr.impact.funding == "other" or spends(cr)))


def _paid_outside(requests: Sequence[Optional[_Described]], by: Optional[dt.date]) -> list[_Described]:
    """Return the requests approved by a day whose words do not say the budget absorbs them (`funding.absorbed`):
    those another source may pay part of (`granted_part`, `spent_part`)."""
    return [cr for cr in requests if cr is not None and cr.status in m.APPROVED_STATUSES and cr.decision is not None
            and cr.decision.date is not None and by is not None and cr.decision.date <= by and not absorbed(cr)]


def spent_part(requests: Sequence[Optional[_Described]], by: Optional[dt.date], baseline: Optional[float],
               decisions: Sequence[Optional[Logged]], spent: Optional[float], budget: Optional[float]
               ) -> tuple[float, bool]:
    """Return what other sources pay of the changes approved by a day that the project spends, and whether grants
    alone pay it: the grants' part (`granted_part`); or, where the spending recorded goes beyond ``budget`` (the
    budget then) with it but not with every other source's part (`paid_elsewhere`), that whole part, as the spending
    shows the project spent their money too (review 141c F3: a parent company's funding letter, "AED 260,000
    overspent" beside a budget rated green). One reading for the status reports and validate."""
    grants = granted_part(requests, by, baseline, decisions)
    named = all(granted(cr) for cr in _paid_outside(requests, by) if spends(cr) and paid_elsewhere(cr, baseline, decisions))
    if spent is None or budget is None or spent <= budget + grants:
        return grants, named
    # (not one whose in_spending says the other party pays it directly)
    every = sum(paid_elsewhere(cr, baseline, decisions) for cr in _paid_outside(requests, by)
                if cr.impact is None or cr.impact.in_spending is not False)
    return (every, False) if every > grants and spent <= budget + every else (grants, named)


def budget_increases(requests: Sequence[Optional[R]], by: Optional[dt.date] = None,
                     baseline: Optional[float] = None, voted: Optional[dict[str, dt.date]] = None,
                     decisions: Sequence[Optional[Logged]] = ()) -> list[tuple[dt.date, float]]:
    """Return (day, amount) of each change approved by a day (any day for None) that a budget increase pays, or pays
    part of (`raised`): what it adds to the budget, one rule for the status reports' approved budget and the checks'
    whole budget.  Its day is the decision's, or the later day its increase was ``voted`` (`funding.increase_days`).
    A request with no decision day is not counted; a cost not assessed counts as 0."""
    voted = voted or {}
    return [(day, amount) for r in requests
            if r is not None and r.status in m.APPROVED_STATUSES and (amount := raised(r, baseline, decisions)) is not None
            and r.decision is not None and r.decision.date is not None
            and ((day := voted.get(r.id or "", r.decision.date)) is not None and (by is None or day <= by))]


def unpriced_draw(impact: Optional[_Impact]) -> bool:
    """Return True for a request paid from the contingency whose cost nobody assessed: what is left of the
    contingency is then at most what the others leave."""
    return impact is not None and impact.cost is None and from_contingency(impact)


class _Threshold(Protocol):
    @property
    def approver(self) -> Optional[str]: ...

    @property
    def max_cost(self) -> Optional[float]: ...

    @property
    def max_schedule_days(self) -> Optional[int]: ...


def size(value: float) -> float:
    """Return how large a change's cost or delay is for the approval thresholds: a saving or an earlier date counts
    as much as a cost or a delay of the same amount (a change is measured by its size, either way)."""
    return abs(value)


def fits(impact: Optional[_Impact], threshold: _Threshold) -> bool:
    """Return True when a request's assessed cost and delay are both within a threshold's limits (no limit: always; a
    value not assessed: never; a saving by its `size`): the one reading of the documents and the checks."""
    return (within(impact.cost if impact else None, threshold.max_cost)
            and within(impact.schedule_days if impact else None, threshold.max_schedule_days))


def within(value: Optional[float], limit: Optional[float]) -> bool:
    """Return True when an assessed value is within a limit (no limit: always; a value not assessed: never; a saving
    by its `size`)."""
    return limit is None or (value is not None and size(value) <= limit)


def charged(value: float) -> float:
    """Return how much of a decided change's cost or delay counts against its decider's own limit: a cost or a delay
    only (review 52c F2: the thresholds give limits for costs and delays, and say nothing of savings, so deciding a
    saving is never said to go beyond one; `size` still routes a saving to an approver, as the plan says)."""
    return max(value, 0.0)


def own_limit(thresholds: Sequence[Optional[_Threshold]], person: str, attr: str) -> Optional[tuple[float, int]]:
    """Return a person's largest limit ``attr`` (``max_cost`` or ``max_schedule_days``) in the approval thresholds,
    with the index of the threshold that sets it; None when no threshold names them or one of theirs has no such
    limit (nothing to exceed). The one rule the checks and the documents read."""
    found: Optional[tuple[float, int]] = None
    for index, threshold in enumerate(thresholds):
        if threshold is None or not threshold.approver or m.same_name(threshold.approver) != m.same_name(person):
            continue
        limit = getattr(threshold, attr)
        if limit is None:
            return None
        if found is None or limit > found[0]:
            found = (limit, index)
    return found


def decision_day(request: Request) -> Optional[dt.date]:
    """Return the day a request counts from: its decision's date, else the date it was raised."""
    decided = request.decision.date if request.decision is not None else None
    return decided or request.date


def running_totals(requests: Sequence[Optional[R]], cut: Optional[Callable[[R], bool]] = None) -> list[RunningTotal[R]]:
    """Return every request in the one order (decision day, then as written), with approved cost and days to date.

    Only approved and implemented requests add to the totals; the others carry the
    totals approved before them.  ``drawn_to_date`` counts what the contingency pays.  A draft's unreadable entries (``None``) are skipped.
    A request that ``cut`` says cuts the budget is no cost of the changes: the budget is less by it (review 143a F4:
    "Approved cost to date -EUR 65,000", a cut of EUR 150,000 netted against the changes' EUR 85,000).
    """
    order = sorted(((decision_day(request) or dt.date.min, index, request)
                    for index, request in enumerate(requests) if request is not None), key=lambda entry: entry[:2])
    out: list[RunningTotal[R]] = []
    total_cost, taken = 0.0, 0.0
    for day, index, request in order:
        impact = request.impact
        cost = (impact.cost if impact is not None else None) or 0
        days = (impact.schedule_days if impact is not None else None) or 0
        approved = request.status in m.APPROVED_STATUSES
        if approved and not (cut is not None and cut(request)):
            total_cost += cost
            taken += drawn(request)
        out.append(RunningTotal(index, request, day, approved, cost, days, total_cost, taken))
    return out


# -- paper -----------------------------------------------------------------------------------


def paper_size(paper: Optional[str], currency: Optional[str]) -> str:
    """Return the documents' paper size: the organization's, else ``letter`` for a budget in USD or CAD, else ``a4``."""
    if paper:
        return paper
    return "letter" if currency in m.LETTER_CURRENCIES else "a4"


# -- how recent the records are ------------------------------------------------------------------


OPEN_RISK_STATUSES = ("open", "occurred")  # a risk still to manage (not closed)


def review_overdue(review: Optional[dt.date], status: Optional[str], newest: Optional[dt.date]) -> bool:
    """Return True when a risk still open or occurred has its next review dated before the newest record."""
    return bool(review and newest and review < newest and (status or "open") in OPEN_RISK_STATUSES)


# -- the schedule ------------------------------------------------------------------------


class Scheduled(Record):
    """Return one item of the schedule: a phase (from ``start`` to ``end``, ending at its gate), a milestone or a
    deliverable (at ``end``: its date, its due date)."""

    kind: str  # "phase", "milestone" or "deliverable"
    name: str
    end: dt.date
    start: Optional[dt.date] = None  # a phase's start
    gate: Optional[str] = None  # a phase's gate


def schedule(q: m.Questionnaire) -> list[Scheduled]:
    """Return what the schedule holds, for its table and its picture alike: the phases as written, then the
    milestones by date, then the deliverables that have a due date by that date (as written on the same day)."""
    phases = [Scheduled("phase", ph.name, ph.end, ph.start, ph.gate) for ph in q.project.phases]
    milestones = [Scheduled("milestone", ms.name, ms.date) for ms in sorted(q.milestones, key=lambda x: x.date)]
    dated = sorted(((d.name, d.due) for d in q.scope.deliverables if d.due is not None), key=lambda pair: pair[1])
    return phases + milestones + [Scheduled("deliverable", name, due) for name, due in dated]


def latest_report(q: m.Questionnaire) -> Optional[m.StatusReport]:
    """Return a project's newest status report, if any."""
    return max(q.status_reports, key=lambda r: r.date) if q.status_reports else None


def latest_forecasts(q: m.Questionnaire) -> dict[str, dt.date]:
    """Return the milestones' forecast dates in the newest status report (milestone name -> date)."""
    report = latest_report(q)
    return {f.milestone: f.date for f in report.forecasts} if report else {}


def reached(q: m.Questionnaire, until: Optional[dt.date] = None) -> dict[str, dt.date]:
    """Return the milestones the status reports record as reached, with the day (milestone name -> date).

    The questionnaire has no "actual" date: a forecast on or before the date of the
    report giving it is the day the milestone was reached.  A later report's forecast
    replaces an earlier one's (a later future forecast: not reached after all).
    ``until``: only the reports up to that date.
    """
    out: dict[str, dt.date] = {}
    for report in sorted(q.status_reports, key=lambda r: r.date):
        if until is not None and report.date > until:
            break
        for f in report.forecasts:
            if f.date <= report.date:
                out[f.milestone] = f.date
            else:
                out.pop(f.milestone, None)
    return out


def record_dates(q: m.Questionnaire, kinds: Collection[str] = ()) -> list[dt.date]:
    """Return the dates of the records the documents reflect, of ``kinds`` (`RECORD_KINDS`; none: all; the records
    `check_running.logged_records` and `check_timing.newest_record` compare a draft's dates with)."""
    requests = q.change_control.requests if q.change_control else []  # "decided": their decisions
    found = {"revisions": [r.date for r in q.revisions], "requests": [cr.date for cr in requests],
             "decided": [cr.decision.date for cr in requests if cr.decision], "decisions": [d.date for d in q.decisions],
             # the approved ones alone: what a charter or a scope statement shows of the requests (review 88c F3)
             "approved": [cr.decision.date for cr in requests if cr.decision and cr.status in m.APPROVED_STATUSES],
             "issues": [i.raised for i in q.issues], "lessons": [x.date for x in q.lessons], "reports": [r.date for r in q.status_reports]}
    return [day for kind in RECORD_KINDS if not kinds or kind in kinds for day in found.get(kind, [])]


# front matter `reflects:`; "overspend": the latest report where it spends above the planned cost, "shown_decisions":
# the logged decisions a charter shows, on the contingency and the hold, "shown_risks": the days its risks were raised
# or occurred, "risks": the days of every risk, a risk register's (all four `Context`'s)
RECORD_KINDS = ("revisions", "requests", "decided", "approved", "decisions", "issues", "lessons", "reports", "overspend",
                "shown_decisions", "shown_risks", "risks")
# the kinds a document shows that are approved under their own control, the change control's: a copy showing them
# newer than its approved version says so, and stays approved (review 89a F1); they count in its "reflects records up
# to" (review 95c F2: a charter showing CR-004 of 2026-11-10 said it reflected records up to 2026-10-28)
MANAGED_KINDS = frozenset({"approved"})


# what names the technical debt, and its handing over ("handed over to Infrastructure Operations", "transféré au
# RUN"), in English, German, French, Spanish, Portuguese, Polish and Dutch
DEBT_WORDS = re.compile(r"\b(?:debt|schuld\w*|dette|deuda|dívida|dług\w*|borç\w*|gæld|gjeld|skuld|debito|պարտք\w*|ვალ\w*"
                        r"|borxh\w*|borc\w*|hutang|بدهی\w*|قرض|கடன்\w*|өр\b|หนี้)", re.IGNORECASE)
# ("Hand the two remaining issues and TD-02 over to ICT Operations", review 82a F8: the verb's parts apart)
HANDOVER_WORDS = re.compile(r"\b(?:hand(?:ed|ing|s)?[ -]?over|handed (?:on )?to|hand(?:ed|ing|s)?\b[^.;]{1,80}?\bover to"
                            r"|transferred|taken over|übergeben|übergabe|remis\w*"
                            # (review 138b F6, F11: "TD-01 and risk R-05 transfer to the BAU Data Team", "risk moved to
                            # the BAU Data Team's risk register at closure", "now sit with the BAU Data Team")
                            r"|transfers? to|transferring to|moved to\b[^.;]{1,60}?\b(?:register|backlog|team|operations)\b"
                            r"|(?:now )?(?:sits?|rests?) with\b"
                            # Croatian, Slovak (review 139b F3: "rizik R-04 i tehnički dug TD-01 prenose se na Službu za
                            # analitiku")
                            r"|prenose se na|prenosi se na|prenesen\w* na|predan\w* |preuze\w*|odovzdan\w*|prevzat\w*"
                            r"|transmis\w*|transf[ée]r[ée]\w*|traspas\w*|transferid\w*|entregad\w*|przekaza\w*"
                            r"|overgedragen|overdracht"
                            # Turkish, Nordic, Italian: "TD-02 ve R-05 operasyona devredildi" (review 133c F3),
                            # "overdraget til drift", "överlämnad till förvaltningen", "passato all'esercizio"
                            r"|devredil\w*|devredildi|teslim edil\w*|overdrag\w*|overlevert|överlämna\w*|överförd\w*"
                            r"|consegnat\w*|passat[oaie] (?:in carico )?a"
                            # Arabic, Hebrew, Malay, Estonian, Latvian, Bulgarian (review 141c: a hand-over recorded in
                            # Arabic, the closed project still warned of as having an open risk)
                            r"|سُلّم\w*|سلم\w*|تسليم\w*|نُقل\w*|نقل\w* إلى|انتقل\w* إلى|تحويل\w* إلى"
                            r"|הועבר\w*|הועברה|נמסר\w*|diserahkan|dipindahkan kepada|üle antud|üle anda"
                            r"|nodot\w*|предаден\w*|предадена|прехвърлен\w*"
                            # Swahili, Greek, Serbian, Vietnamese, Icelandic, Bengali (reviews 142a F7, 142c F7:
                            # "imekabidhiwa kwa idara za afya", "τον κίνδυνο αναλαμβάνει το Τμήμα Λειτουργίας")
                            r"|\w*kabidhiw\w*|αναλαμβάν\w*|ανέλαβε|παραδόθηκ\w*|παράδοση σε|μεταφέρθηκ\w*|predat\w*"
                            r"|bàn giao|chuyển giao|afhent\w*|tekur við|tók við"
                            # Finnish, Lithuanian, Czech, Russian, Kazakh (review 145b F3: "Riski siirretty 5.6.2026
                            # Tietohallinnon lähituen riskirekisteriin", the risk moved to the support team's register)
                            r"|siirretty|siirretään|siirtyi|siirtyy|luovutettu|luovutetaan|perduot\w*|perdavė|perimt\w*"
                            r"|předán\w*|převzal\w*|převzat\w*|převeden\w*|передан\w*|передал\w*|тапсырыл\w*"
                            # German (review 146c F7: "offene Punkte (..., TD-01, TD-02) gehen an den Linienbetrieb")
                            r"|gehen an|geht an|übernimmt|übernommen|übertragen|an den (?:Linien|Regel)?betrieb"
                            # Spanish (review 147c F6, F9: "Seguimiento de TD-01 y TD-02 por Operación de TI", "Al
                            # cierre del proyecto se entregó a Operación de TI")
                            r"|seguimiento\b[^.;]{1,60}?\bpor\b|se entreg(?:ó|aron)|entregaron a|quedan? a cargo de)"
                            # Chinese, Japanese: "移交运维部", "運用チームへ引き継ぎ"
                            r"|হস্তান্তর|移交|转交|引き継|引継"
                            # Armenian, Georgian, Albanian, Azerbaijani, Malay, Bosnian (review 150b F3: "Տեխնիկական
                            # պարտքը (TD-01…TD-05) հանձնվում է CTO-ին BAU-ում", the debt handed to the CTO)
                            r"|հանձնվ\w*|հանձնել\w*|փոխանցվ\w*|გადაეცა|გადაეცემა|გადაცემულია|გადაბარ\w*"
                            r"|kalojnë te|kalon te|kaluan te|dorëzohe\w*|dorëzua|u dorëzua|təhvil veril\w*|təhvil ver\w*"
                            r"|diambil alih oleh|preuzima|preuzeo|preuzela|ផ្ទេរទៅ|ប្រគល់ឲ្យ|ប្រគល់ជូន"
                            # Tamil, Filipino, Thai, Urdu, Persian, Mongolian (review 151: "R-04, R-05 மற்றும் TD-01, TD-02
                            # ... ஒப்படைப்பு", "i-turnover sa IT Ops", "تحویل به واحد عملیات")
                            r"|ஒப்படை\w*|i-?turnover|turnover sa|ipinasa sa|inilipat sa|ibinigay sa|ส่งมอบ|โอนให้"
                            r"|کے حوالے|حوالے کر\w*|منتقل کر\w*|تحویل|واگذار|хүлээлгэн өг\w*|хүлээлгэж өг\w*"
                            # Luganda, isiXhosa, Somali (review 161b F5: "I-04, R-03 ne TD-01/TD-02 bikwasibwa
                            # Operations", handed over, and the register said it was not recorded)
                            r"|\w*kwasibw\w*|\w*kwasiddw\w*|kugcinwa ngu|inikezelwe|zinikezelwe|loo wareejiyey"
                            r"|loo wareejiyay", re.IGNORECASE)


def says_handed_over(*notes: Optional[str]) -> bool:
    """Return True when a risk's or an issue's notes say it was handed over after the project ("handed over to
    Platform Operations at closure")."""
    return any(HANDOVER_WORDS.search(note or "") for note in notes)


# words saying a decision puts something off to a later day ("Defer CR-004 until the audit", "Reporter DC-01
# jusqu'à la publication", "CR-03 zurückgestellt", "aplazar CR-02"), in English, French, German, Dutch, Spanish,
# Italian, Portuguese and Polish
DEFERS = re.compile(r"\b(?:defer\w*|postpon\w*|put (?:on hold|back)|held over|hold(?:s|ing)? over|reschedul\w*"
                    r"|report(?:er|é|ée|és|ées|ons|e)\b|ajourn\w*|remis\w* à plus tard"
                    r"|zurückgestellt|zurückstell\w*|vertag\w*|verschieb\w*|verschoben|aufgeschoben"
                    r"|uitgesteld|uitstel\w*|aangehouden|aanhouden"
                    r"|aplaz\w*|pospon\w*|diferi\w*|posterg\w*|rinvi\w*|posticip\w*|sospes\w*|adia\w*|adiou"
                    r"|odłoż\w*|odrocz\w*)", re.IGNORECASE)


def says_deferred(text: Optional[str]) -> bool:
    """Return True when a decision's words put something off to a later day (`DEFERS`)."""
    return bool(DEFERS.search(text or ""))


def says_debt_handed_over(text: str) -> bool:
    """Return True when a text names the technical debt and its handing over ("open technical debt transferred to
    operations")."""
    return bool(DEBT_WORDS.search(text) and HANDOVER_WORDS.search(text))


# A decision's words that say the dates hold whatever the change's assessed delay ("pilot date unchanged", "schedule
# absorbed before go-live", "end date held", "no delay to the go-live"; reviews 56a F3, 56c F3, 54c F6).
# (the date of a meeting is no date of the project's: "Board meeting date unchanged", review 99b F4)
_HELD = re.compile(r"\b(?:(?<!meeting )(?<!board )(?<!committee )(?<!hearing )(?<!review )(?<!workshop )"
                   r"(?:date|dates|deadline|go-live|schedule|timeline|milestones?)\b[^.;]{0,30}?\b(?:unchanged|"
                   r"held|holds|maintained|kept|protected|unaffected|absorbed|not (?:moved|affected|changed))\b"
                   r"|(?:delay|days|slip)\b[^.;]{0,20}?\babsorbed\b"
                   r"|no (?:schedule )?(?:delay|slip(?:page)?|schedule impact|impact on the (?:schedule|dates))\b"
                   r"|within the (?:existing|current|agreed) (?:schedule|timeline|plan|dates)\b"
                   # German, French, Spanish: "Abnahmetest bleibt am 27.11.2026", "Go-live-Termin unverändert",
                   # "date de mise en service maintenue" (review 130a F5)
                   r"|(?:termin\w*|datum|daten|go-live|zeitplan|meilenstein\w*|abnahme\w*|inbetriebnahme\w*"
                   r"|einführung\w*)\b[^.;]{0,30}?\b(?:bleibt|bleiben|unverändert|gehalten|eingehalten)\b"
                   r"|\b(?:date|dates|calendrier|jalons?|échéance)\b[^.;]{0,30}?\b(?:inchangée?s?|maintenue?s?|tenue?s?)\b"
                   # "les 10 jours sont absorbés par le tableau Kanban" (review 131c F1)
                   r"|\b(?:jours?|délai|retard|días|retraso|dias|atraso|tage|verzug)\b[^.;]{0,20}?\b(?:absorbé\w*"
                   r"|absorbid\w*|absorvid\w*|aufgefangen)"
                   r"|\b(?:fecha|fechas|calendario|hito)\b[^.;]{0,30}?\b(?:se mantiene|se mantienen|sin cambios"
                   r"|inalterad[oa]s?)\b"
                   # Portuguese, Spanish, Italian: "Sem alteração à data de produção" (review 132b F7), "sin cambio en
                   # la fecha", "data invariata", "nessun impatto sulle date"
                   r"|\b(?:sem|sin|nenhuma?|ningún|ninguna|nessun[oa]?|senza) (?:alteraç\w+|alteraci\w+|mudança\w*|cambios?"
                   r"|impact[oe]s?|impatt[oi]|modific\w+|variazion\w+)\s+(?:\w+\s+){0,2}?(?:à|a|na|no|nas|nos|en|de|da|do|la|el|las"
                   r"|sulla|sulle|alla|alle|della|delle)?\s*(?:data|datas|fecha|fechas|prazo|prazos|cronograma|calendário"
                   r"|calendario|date|scadenz\w+|go-live|entrada em produção)\b"
                   r"|\b(?:data|datas|prazo|cronograma|date|scadenz\w+)\b[^.;]{0,30}?\b(?:mantém-se|mantêm-se|mantida?s?"
                   r"|inalterad[oa]s?|invariat[aeio]|confermat[aeio]|mantenut[aeio])\b"
                   # Swedish, Norwegian, Danish: "datumet oförändrat", "ingen endring i datoene", "tidplanen påverkas inte"
                   r"|\b(?:datum\w*|dato\w*|tidplan\w*|tidsplan\w*|milstolp\w*|milepæl\w*)\b[^.;]{0,30}?\b(?:oförändrad\w*"
                   r"|uendret|uændret|ligger fast|står fast|påverkas inte|påvirkes ikke|holdes)\b"
                   r"|\bingen (?:påverkan på|endring i|ændring i|förändring av|forsinkelse|försening)\b)", re.IGNORECASE)


def says_schedule_held(text: Optional[str]) -> bool:
    """Return True when a decision's words say the dates hold despite the change ("pilot date unchanged"), and say
    nothing moves (review 59a F1: "cut-over moves from 2026-10-20 to 2026-11-03; final handover date is held")."""
    return bool(_HELD.search(text or "")) and not _MOVES.search(text or "")


def schedule_read(q: m.Questionnaire) -> m.Questionnaire:
    """Return the questionnaire with each request whose effect on the schedule is not answered, and whose decision
    notes say the dates hold (`says_schedule_held`: "ingen ændring i budget eller plan", "no schedule impact"), moving
    it 0 days: the rule the documents and the checks count by (review 147b F3: "schedule not assessed" in seven
    documents, beside the decision notes saying nothing moves)."""
    cc = q.change_control
    if cc is None or not cc.requests:
        return q
    return m.with_impacts(q, {i: replace(cr.impact, schedule_days=0) for i, cr in enumerate(cc.requests)
                              if cr is not None and cr.impact is not None and cr.impact.schedule_days is None
                              and held_by_decision(cr)})


def held_by_decision(request: m.ChangeRequest) -> bool:
    """Return True when a request's decision notes say the dates hold (`says_schedule_held`) and its own words move
    none (review 156b F1: "Move the pilot go-live from 07/13/2026 to 08/24/2026", its notes "National rollout date of
    10/30/2026 is unchanged": "no change to the schedule" in five documents)."""
    return (request.decision is not None and says_schedule_held(request.decision.notes)
            and not any(_MOVES.search(text or "") for text in (request.title, request.description)))


# words that say a date moves: then the dates do not all hold, whatever else is held
_MOVES = re.compile(r"\b(?:moves?|moved|moving|slips?|slipped|shifts?|shifted|postponed|delayed|later than)\b"
                    r"|\bfrom \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\b", re.IGNORECASE)


# a milestone whose name says the charter, the budget or the business case is approved or signed off
_APPROVAL_MILESTONE = re.compile(r"\b(?:charter|budget|business case|funding|initiation)\b.*\b(?:approv\w*|sign\w*"
                                 r"|authori[sz]\w*|agreed|decision|decided)\b"
                                 r"|\b(?:approv\w*|sign[\w-]*off|signs?|authori[sz]\w*)\b"
                                 r".*\b(?:charter|budget|business case|funding)\b", re.IGNORECASE)


def approval_milestone(milestones: Sequence[m.Milestone], day: Optional[dt.date]) -> Optional[m.Milestone]:
    """Return the first milestone on or after ``day`` (any, when None) whose name says the charter, the budget or the
    business case is approved ("Budget approved by the Board")."""
    return next((ms for ms in sorted(milestones, key=lambda ms: (ms.date, ms.name))
                 if (day is None or ms.date >= day) and _APPROVAL_MILESTONE.search(ms.name)), None)


# an escalation level's name that names a body ("Steering group", "Lenkungsausschuss", "Comité de pilotage")
BODY = re.compile(r"(?:board|committee|group|council|forum|panel|steering|ausschuss|kreis|gremium|comité|comite"
                   r"|comitato|styregruppe|styrgrupp|stuurgroep|raad"
                   # Greek, Romanian, Czech, Polish, Turkish, Finnish, Spanish, Vietnamese (review 136b F6: "Διοικητικό
                   # Συμβούλιο", handled by the board, called "Change board")
                   r"|συμβούλιο|επιτροπή|comitet|consiliu|výbor|komitet|kurul|ryhmä|directorio|junta|ban chỉ đạo"
                   r"|hội đồng"
                   # French, Italian, Korean, Japanese, Hungarian, Indonesian steering bodies (review 138c F6: "COPIL",
                   # chaired by the sponsor of the level before, warned as the same person)
                   r"|\bcopil\b|\bcodir\b|steerco|위원회|협의회|委員会|会議体|bizottság|testület|komite|dewan)", re.IGNORECASE)


def board_name(q: m.Questionnaire) -> Optional[str]:
    """Return what the project calls its change board: ``change_control.board_name`` as answered, else the name of
    the escalation level the board handles where that names a body of its own ("Steering group", handled by
    ``board``: review 92a F5, the steering group's approval of the charter read "Change board"); None otherwise."""
    cc = q.change_control
    if cc is None:
        return None
    if cc.board_name and cc.board_name.strip():
        # (the answer itself where its spaces are plain, so that the documents tag it in the answers' language:
        # review 153c F15, "ERP ਸਟੀਅਰਿੰਗ ਕਮੇਟੀ" untagged throughout)
        plain = " ".join(cc.board_name.split())
        return cc.board_name if plain == cc.board_name else plain
    named = [" ".join(e.level.split()) for e in (q.communication.escalation if q.communication else [])
             if e.who == m.BOARD and BODY.search(e.level) and "change" not in e.level.casefold()]
    if len(set(named)) != 1:
        return None
    # not a body the plan's own item of that name shows with other members (review 109b F1: an "Executive steering
    # committee" of five people, the change board's five others, made the board's name)
    # (the most of the board among its people names it still: review 136b F6, a programme board's meeting of four
    # of the board's five, and its chair, not its project manager)
    board = {m.same_name(name) for name in cc.board}
    for item in (q.communication.items if q.communication else []):
        people = {m.same_name(word) for word in item.audience if word not in m.AUDIENCE_WORDS}
        if m.same_name(item.name) == m.same_name(named[0]) and people and board and len(people & board) * 2 <= len(board):
            return None
    return named[0]


def board_called(q: m.Questionnaire, in_sentence: bool) -> Optional[str]:
    """Return what the project calls its change board (`board_name`: review 92a F5, a steering group that
    approved the charter read "Change board"), as a table's cell gives it or, ``in_sentence``, after "the" ("the
    steering group": the first capital of a name of words in lower case is lowered); None where not named."""
    name = board_name(q)
    if not name:
        return None
    if not in_sentence:
        return name
    plain = " " in name and name[1:] == name[1:].lower() and name[1:2].islower()  # not "Styregruppen", "CAB"
    # ... and a name in English: another language's stays as written (review 102c F8: "the yönlendirme kurulu")
    plain = plain and (q.project.language or "en").casefold().startswith("en")
    if not plain and _DEFINITE.search(name):  # a Scandinavian name with its article ending it: "Styringsgruppen"
        return name  # not "the Styringsgruppen" (review 96b F7)
    return "the " + (name[:1].lower() + name[1:] if plain else name)


# a Norwegian, Swedish or Danish body's name ending in its definite article: "Styringsgruppen", "Styrgruppen",
# "Prosjektrådet", "Ledningsgruppen"
_DEFINITE = re.compile(r"(?:gruppen|grupp(?:en|a)|rådet|styret|komiteen|kommittén|udvalget|utvalget)$", re.IGNORECASE)


# a gate's words speaking of closing the project, in the languages the answers may be written in
# (and the project's final acceptance: "Projektabnahme durch die Geschäftsführung", review 129a F4)
# words of closing a project both a gate's (`_CLOSING`) and a closing milestone's (`CLOSING_MILESTONE`) read
CLOSING_WORDS = (r"closure|close-?out|clôture|cierre|encerramento|chiusura|afsluiting|avslutning|afslutning|uzavření"
                 r"|lezárás")
CLOSING_CJK = r"終了|结项"
_CLOSING = re.compile(rf"\b(?:clos(?:e|ure|ing)|{CLOSING_WORDS}|completion|complete|wrap-up|abschluss\w*|projektabnahme"
                      r"|projektabschluss\w*|endabnahme|final acceptance|réception finale|recette finale|eindafname"
                      rf"|zamknięci\w*)\b|{CLOSING_CJK}|完了|종료",
                      re.IGNORECASE)

# a milestone's name saying it is the project's closing, in the languages of the answers pmdocs reads
CLOSING_MILESTONE = re.compile(rf"\b(?:project (?:closed?|completion|complete)|{CLOSING_WORDS}|projektabschluss|abschluss"
                               r"|zamknięcie|ukončení|päättäminen|päätös|lukking|užbaigimas|закрытие|завершение|жабу"
                               # (Romanian, Hungarian, Turkish, Maltese: "Proiect închis", "Projektzárás", "Proje kapanışı",
                               # "Għeluq tal-proġett", review 147)
                               rf"|închidere\w*|închis|\w*zárás|kapanış\w*|għeluq)\b|{CLOSING_CJK}|项目关闭|收尾"
                               r"|クローズ|クロージング",
                               re.IGNORECASE)


def closed_with(q: m.Questionnaire, milestone: m.Milestone) -> bool:
    """Return True when a closed project's last milestone is its closing, by its name ("Project closed", "Cierre
    del proyecto"): the project's status says it was reached (review 145c F6: "whether reached is not recorded" of
    "Project closed" in a closed project's summary)."""
    last = max((ms.date for ms in q.milestones), default=None)
    return q.project.status == "closed" and milestone.date == last and bool(CLOSING_MILESTONE.search(milestone.name))


class _Gated(Protocol):
    @property
    def end(self) -> Optional[dt.date]: ...

    @property
    def gate(self) -> Optional[str]: ...


def closing_gate(phases: Sequence[_Gated]) -> Optional[str]:
    """Return the gate ending the last phase where its words speak of closing the project ("Project closure sign-off
    by the Board": review 103b F9, the charter said who signs off completion was not recorded), else None."""
    dated = sorted((p for p in phases if p is not None and p.end is not None), key=lambda p: p.end or dt.date.min)
    gate = dated[-1].gate if dated else None
    return gate if isinstance(gate, str) and _CLOSING.search(gate) else None
