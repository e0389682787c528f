"""Who belongs to another organization, and whether a confidentiality label keeps the documents within this one.

One rule for the checks (`pmdocs validate`'s hints about who a meeting reaches) and the
documents (`generator.view.communication`): a person belongs to another organization as
answered (``external``), or else by evidence: a legal form, a public body's or an association's word, a supplier's
note in the organization recorded for them (``generator/data/meetings.yaml``), or a mail address at another domain
than the organization's own people's. A name saying none of these is counted inside, and said to be. It reads the
draft model as well as the model: values that failed to read are ``None``. It runs past 400 lines because each
kind of evidence is a small rule that reads the others (our name, our department, our domain).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any, Optional, Protocol, Sequence

from generator.questionnaire.mentions import key_of
from generator.resources import knowledge


class Affiliated(Protocol):
    """A stakeholder as the organization rules read them (a model's or a draft's person)."""

    @property
    def external(self) -> Optional[bool]: ...

    @property
    def organization(self) -> Optional[str]: ...

    @property
    def email(self) -> Optional[str]: ...

    @property
    def role(self) -> Optional[str]: ...


class OrganizationLike(Protocol):
    """The organization a questionnaire is for (a model's or a draft's)."""

    @property
    def name(self) -> Optional[str]: ...

    @property
    def department(self) -> Optional[str]: ...


def _meetings() -> dict[str, Any]:
    """Return ``generator/data/meetings.yaml``, parsed (`generator.resources.knowledge`: once per process)."""
    return knowledge("meetings.yaml")


def any_word(words: list[str]) -> re.Pattern[str]:
    """Return a pattern that finds any of ``words`` as whole words, ignoring case (one matching nothing for none)."""
    if not words:
        return re.compile(r"(?!x)x")
    ordered = sorted((str(w).casefold() for w in words), key=len, reverse=True)
    spaced = "|".join(re.escape(w) for w in ordered if not _UNSPACED.fullmatch(w) and not _HANGUL.search(w))
    unspaced = "|".join(re.escape(w) for w in ordered if _UNSPACED.fullmatch(w))  # found inside longer runs of text
    # Korean words take their particles after them ("회고를", "스프린트 리뷰는"): found at a word's start
    particled = "|".join(re.escape(w) for w in ordered if _HANGUL.search(w) and not _UNSPACED.fullmatch(w))
    parts = ([rf"(?<!{_IN_WORD})(?:{spaced})(?!{_IN_WORD})"] if spaced else []) + (
        [f"(?:{unspaced})"] if unspaced else []) + ([rf"(?<!\w)(?:{particled})"] if particled else [])
    return re.compile("|".join(parts), re.IGNORECASE)


# what continues a word beside a whole word: a word character, or a mark of the scripts of India written after a
# letter (a vowel sign, a virama, an anusvara) or a joiner, which ``\w`` leaves out: "संघ" (a union) is no whole
# word in "संघीय" (federal) or "महासंघ" (review 123a F2, the Patwari union read as part of the Revenue Department:
# a vowel sign was read as the end of a word, so a word and its longer forms were one)
def word_marks(start: int, stop: int) -> str:
    """Return the marks written after a letter (vowel signs, viramas, anusvaras) of the code points from ``start`` up
    to ``stop``, and the joiners: what ``\\w`` leaves out of a word of those scripts."""
    return "".join(chr(c) for c in range(start, stop) if unicodedata.category(chr(c)).startswith("M")) + "\u200c\u200d"


_IN_WORD = "[\\w" + word_marks(0x0900, 0x0E00) + "]"


# Words of the scripts written without spaces between words (Chinese characters, Japanese kana): "whole words" has
# no meaning there, so `any_word` finds them anywhere ("週次進捗報告" holds "進捗報告").
# (and Khmer, Lao and Burmese, written without spaces between words: "ប្រចាំខែ", monthly, review 119c F5)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f・ー\u1780-\u17ff\u0e80-\u0eff"
                       r"\u1000-\u109f\s]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def public_labels() -> frozenset[str]:
    """Return the confidentiality labels (case-folded) that do not restrict a document to its organization."""
    return frozenset(str(label).casefold() for label in _meetings()["public_labels"])


def legal_forms() -> tuple[str, ...]:
    """Return the endings of a company's name that say it is a company (Inc., Ltd, GmbH, ...), case-folded."""
    return tuple(str(form).casefold() for form in _meetings()["legal_forms"])


@functools.lru_cache(maxsize=None)
def legal_form_words() -> re.Pattern[str]:
    """Return how to find a legal form (`legal_forms`) in an organization's name, as a whole word: anywhere, but a
    form of two letters ("SE", "AS", "SA", "AB"), a word of many languages too, only where it ends the name or comes
    before a note or a place (review 108a F1: Czech "se" in "Komunikace a vztahy se zákazníky", a department, read
    as a European company)."""
    forms = list(legal_forms())
    short = [f for f in forms if len(f) <= 2 and f.isalpha()]
    anywhere = any_word([f for f in forms if f not in short])
    ending = "|".join(re.escape(f) for f in sorted(short, key=len, reverse=True))
    # (and Indonesia's two-letter forms, written first: "PT Data Sawit Nusantara", review 112a F2: a consultant of
    # another company counted within the organization)
    return re.compile(rf"{anywhere.pattern}|(?<!\w)(?:{ending})(?=\s*(?:$|[,;(\u2013\u2014]|\s-\s))"
                      r"|^\s*(?:PT|CV)\.?(?=\s+\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def public_bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return how to find a public body in an organization's name: a whole word (authority, regulator, autorité)
    and a part of a word (Behörde, Bundesamt, tilsyn: "Finanstilsynet")."""
    data = _meetings()["public_bodies"]
    parts = "|".join(re.escape(str(p).casefold()) for p in sorted(data["parts"], key=len, reverse=True))
    return any_word(data["words"]), re.compile(rf"(?:{parts})", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def institutions() -> re.Pattern[str]:
    """Return how to find a word naming a university or a research institute (``institution_words``)."""
    return any_word([str(w) for w in _meetings()["institution_words"]])


@functools.lru_cache(maxsize=None)
def member_bodies() -> re.Pattern[str]:
    """Return how to find a word naming an association, a foundation, a charity or a union (``member_bodies``)."""
    found = any_word([str(w) for w in _meetings()["member_bodies"]])
    # an NHS foundation trust is a hospital, not a foundation (review 101b F1: its Head of BI said to speak for a
    # members' body); nor is a bank named for a union ("यूनियन बैंक ऑफ इंडिया", Union Bank of India: review 123a F2,
    # "यूनियन" read as a union)
    return re.compile(r"(?!foundation\s+trusts?\b)(?!(?:यूनियन|युनियन|યુનિયન|യൂണിയൻ)\s+(?:बैंक|बँक|બેંક|ബാങ്ക്))"
                      rf"(?:{found.pattern})", re.IGNORECASE)


def restricting(label: Optional[str]) -> bool:
    """Return True when a confidentiality label keeps the documents within the organization (any label but a
    public one, e.g. Internal or Confidential)."""
    return label is not None and label.strip() != "" and label.strip().casefold() not in public_labels()


# a label's words keeping the documents to the organization's own people ("Intern", "Uso interno", "personnel only",
# "nur für den internen Gebrauch", "no distribuir a terceros")
_INTERNAL = re.compile(r"(?<!\w)(?:internal|intern|interne[nmrs]?|interno|interna|internt|internal use|inhouse|in-house"
                       r"|(?:personnel|staff|employees?) only|only for (?:staff|employees|personnel)|sisäinen|wewnętrzn\w*"
                       r"|interní|belső|uso interno|usage interne|uso interno|intern gebruik|nicht zur weitergabe"
                       r"|no distribuir|ne pas diffuser|não distribuir|non divulgare)(?!\w)"
                       # Japanese, Chinese and Korean, written with no space around them: "社外秘" (not to leave the
                       # company, review 136c F5), "社内限定", "部外秘", "内部资料", "대외비", "사내 한정"
                       r"|内部|社内|社外秘|部外秘|社外持出禁止|내부|대외비|사내", re.IGNORECASE)


def label_internal(label: Optional[str]) -> bool:
    """Return True when a restricting label's words keep the documents to the organization's own people (`_INTERNAL`:
    reviews 105a F3, 105b F2, 105c F2, a supplier's engineer on every list of documents labelled "Intern", "Uso
    interno – no distribuir a terceros", "personnel only"); a label saying only how confidential they are
    ("Confidential", "Unntatt offentlighet") leaves the lists to the people with a part in them (reviews 103a F2,
    103c F9)."""
    return restricting(label) and _INTERNAL.search(label or "") is not None


def label_widens(label: Optional[str]) -> bool:
    """Return True when a restricting label names a wider circle than the organization in general words: a word
    such as "NDA" or "distribution list" (``label_circle_words``) or a supplier's word ("carrier partners", "the
    integrator")."""
    if not restricting(label):
        return False
    text = (label or "").casefold()
    return any(not _NEGATED.search(text[:found.start()]) for words in (circle_words(), supplier_words())
               for found in words.finditer(text))  # "Internal - not for suppliers" narrows (review 67b F3)


# a word that keeps out what follows it, and the few words it may take before it ("not for suppliers", "no vendors",
# "nicht für Lieferanten"), ending the text before a circle's or supplier's word: that word names no wider circle
_NEGATED = re.compile(r"(?<!\w)(?:not|no|never|nor|excluding|exclude|except|without|nicht|kein|keine|pas|sans|sauf"
                      r"|ni|sin|excepto|senza|niet|geen|zonder)\s+(?:(?:for|to|with|the|any|our|shared|sent|für|an"
                      r"|pour|aux|les|des|à|de|para|los|las|per|voor|ai|agli)\s+){0,3}$")


def label_admits_regulators(label: Optional[str]) -> bool:
    """Return True when a restricting label admits the regulators in general words ("outside Northgate and named
    regulators": ``label_regulator_words``), not after a word that keeps them out ("not for regulators")."""
    if not restricting(label):
        return False
    text = (label or "").casefold()
    return any(not _NEGATED.search(text[:found.start()]) for found in regulator_words().finditer(text))


@functools.lru_cache(maxsize=None)
def regulator_words() -> re.Pattern[str]:
    """Return how to find a word of a label admitting the regulators (`label_admits_regulators`)."""
    return any_word([str(w) for w in _meetings()["label_regulator_words"]])


def public_body(name: Optional[str]) -> bool:
    """Return True when an organization's name is a public body's (`public_bodies`: "Prudential Regulation
    Authority", "Finanstilsynet")."""
    words, parts = public_bodies()
    theirs = (name or "").casefold()
    return bool(theirs) and bool(words.search(theirs) or parts.search(theirs))


def label_names(label: Optional[str], other: str) -> bool:
    """Return True when a restricting label names another organization: its name, its first word or a telling word
    of it ("Southern Cross Mutual & PwC Australia only" names "PwC Australia Pty Ltd"; "outside Kessler and
    Mainfranken" names "Netzwerk Systemhaus Mainfranken GmbH")."""
    if not restricting(label) or not other.strip():
        return False
    text = (label or "").casefold()
    found, whole = _name_words(label or ""), key_of(text)
    name = other.strip().casefold()
    words = re.findall(r"\w+", name)
    telling = {w for w in words[1:] if len(w) >= 5 and not team_words().fullmatch(w)
               and not supplier_words().fullmatch(w) and w not in legal_forms()}  # "Mainfranken"
    # (or its short name, in brackets or in capitals: "nu se distribuie în afara RSPC și a UMP" names "Ministerul
    # Sănătății – Unitatea de Management a Proiectului (UMP)", review 147b F2)
    short = {w.casefold() for w in re.findall(r"\b[A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,7}\b", other)
             if len(w) >= 3 or f"({w})" in other} - set(legal_forms())
    return bool((_company(name) and _company(name) in whole) or (words and len(words[0]) >= 3 and words[0] in found)
                or telling & found or short & found)


def _name_words(label: str) -> set[str]:
    """Return the words of a label written as names (casefolded): capitalized where a sentence does not start, or
    with a capital inside ("PwC"); every word of a label in capitals, where case tells nothing. "Confidential –
    contains critical energy infrastructure information" names no one: its "energy" is no name of the "Provincial
    Energy Workers Union" (review 95a F1), nor its "critical" of a "Critical Care Union"."""
    if not any(ch.islower() for ch in label):
        return {word.casefold() for word in re.findall(r"\w+", label)}
    words = set()
    for match in re.finditer(r"\w+", label):
        word, before = match.group(), label[:match.start()].rstrip()
        starts = not before or before[-1] in ".:;!?–—-(\"'«“‘/"
        if (any(ch.isupper() for ch in word[1:]) or (word[0].isupper() and not starts)) \
                and word.casefold() not in _LABEL_WORDS:
            words.add(word.casefold())
    return words


# the words labels are made of, capitalized in Title Case but naming no one: "Internal – Not for Public Release" names
# no "Silver State Public Employees Union" (review 100b F1: the union counted inside and sent the bargaining position)
_LABEL_WORDS = frozenset("""public release internal confidential restricted official sensitive secret classified
    protected limited commercial personal private distribution disclosure circulation use only not for staff employees
    information data general business eyes handling access copy copies external party parties""".split())


@functools.lru_cache(maxsize=None)
def circle_words() -> re.Pattern[str]:
    """Return how to find a word of a label naming a wider circle than the organization (`label_widens`)."""
    return any_word([str(w) for w in _meetings()["label_circle_words"]])


def is_outsider(person: Affiliated, organization: OrganizationLike, people: Sequence[Affiliated] = ()) -> bool:
    """Return True when a person belongs to another organization: as answered (``external``), or else when the
    organization recorded for them is neither the organization's name nor its department and holds a legal form as
    a whole word (another company: "Sentinel Partners B.V. (SIEM vendor)", unless it is the organization's own
    name with its legal form), a public body's word (an authority: "Finanstilsynet", "Bundesamt ...") or, in a note
    beside the name, a word saying what it is to the project ("Lenovo UK (hardware supplier)"), or a country ending its
    name (a company's national arm: "Microsoft UK", `_national_arm`), or an address at another domain than the
    organization's people's (`mails_elsewhere`). A name saying no more and no address ("Aurion Networks",
    "Enterprise Data Platform": a vendor, or a department?) is not guessed at (reviews 67-70 found departments read
    as other companies in one document in six): it is counted inside, and said to be (`counted_inside`)."""
    if person.external is not None:
        return person.external
    theirs = _another(person, organization)
    name = (person.organization or "").strip().casefold()
    if theirs and any(p.external is False and (p.organization or "").strip().casefold() == name
                      for p in people if p is not person):
        return False  # a colleague recorded under the same name is answered as ours (review 86c F2: the DMV's own
        # Field Services Division, beside Jolene Park answered external: false, was another organization)
    if theirs and any(_INDEPENDENT.search(" ".join(note)) for note in _NOTE.findall(theirs)):
        return True  # "Severn Vale Water Customer Panel (independent)", under our name (review 73a)
    if theirs and member_bodies().search(_NOTE.sub("", theirs)) and not member_bodies().search(organization.name or "") \
            and not _of_department(theirs, organization):
        # "Asociación de Pacientes Crónicos del Levante" (review 71b F2); "Northshore University Faculty Association",
        return True  # a union under our name (review 79b F1)
    if theirs and institutions().search(_NOTE.sub("", theirs)) and not institutions().search(
            organization.name or "") and not _of_department(theirs, organization):
        return True  # "Université Lyon 1 — LBIS" of a hospital group (review 99b F2)
    if _surely_ours(person, organization):
        return False  # "Landesamt für Bürgerdienste" of "... Niedersachsen"; "Betriebsrat Rheinland Versicherung AG"
    if any(supplier_words().search(" ".join(note)) for note in _NOTE.findall(theirs)):
        return True  # "Lenovo UK (hardware supplier)"
    last = re.findall(r"[^\W_]+", _NOTE.sub("", theirs))[-1:]
    if last and supplier_words().fullmatch(last[0]):
        return True  # "Nearshore QA partner (Bengaluru)": what it is to the project ends its name (review 76a)
    if _FIRM.search(_NOTE.sub("", theirs)):
        return True  # "Corvex Systems Integration", "Brightwave Consulting" (reviews 53c F3, 54a F1)
    # (not one writing from the organization's own domain: review 106c F2, a "Head of Customer Success" of "Customer
    # Success (Cork office)" at the company's address was another organization in 10 documents)
    if theirs and _SELLER_ROLE.search(person.role or "") and not mails_as_ours(person, organization, people):
        return True  # a supplier's account manager: "Technical Account Manager, AWS GovCloud" of "Amazon Web
        # Services", no address (review 96c F1: sent ten CUI documents)
    if (public_body(theirs) or _national_arm(theirs, organization)) and not _writes_as_ours(person, organization, people):
        return True
    if _UNION_ROLE.search(person.role or "") and not team_words().search(_NOTE.sub("", theirs)):
        return True  # "Regional Chairperson, mechanical bargaining unit" of "Unifor" (review 76c F1)
    form = legal_form_words().search(theirs)
    if form is not None and not same_group(theirs, organization.name or ""):
        return True
    return mails_elsewhere(person, organization, people)


def mails_as_ours(person: Affiliated, organization: OrganizationLike, people: Sequence[Affiliated]) -> bool:
    """Return True when a person's e-mail address is at the domain of someone recorded under the organization's own
    name, its department or its name shortened, or answered as not external (not a mail service anyone may use:
    ``mail_services``): "DSI" and "Relation client" at maisonlumen.example are teams of Maison Lumen SAS (review
    67c F1), or at another part of that domain (`site`)."""
    domain = _domain(person)
    if not domain or domain in _mail_services():
        return False
    # (or a sibling of it: "socialhisingen.goteborg.se" beside "socialcentrum.goteborg.se", review 132a F2)
    return any(site(_domain(p)) == site(domain) for p in people if p is not person and _plainly_ours(p, organization))


def _writes_as_ours(person: Affiliated, organization: OrganizationLike, people: Sequence[Affiliated]) -> bool:
    """Return True when a person writes from the organization's own mail domain: a team of ours does (`mails_as_ours`),
    or one named after the organization (`_named_domain`): "Direktorat Kepatuhan" at belanjaku.co.id is a directorate
    of "PT Belanjaku Nusantara Digital Tbk", no public body (review 138b F1: two heads of department left off every
    list)."""
    domain = _domain(person)
    return bool(domain) and domain not in _mail_services() and (
        mails_as_ours(person, organization, people) or _named_domain(domain, organization))


def mails_elsewhere(person: Affiliated, organization: OrganizationLike, people: Sequence[Affiliated]) -> bool:
    """Return True when a person's e-mail address, or a colleague's recorded under the same name, is at a domain of
    its own (not a mail service anyone may use) and the organization's own people (`_our_domains`) write from
    others, none of them that domain or a part of it: "Cloudora Networks" at cloudora.example, and "Koppelaar IT" at
    koppelaar-it.be beside Vandelaar at vandelaar.nl (review 71a F2: a team's word does not outweigh the address),
    are other companies; so is a colleague recorded under the same name with no address (review 69a)."""
    name = (person.organization or "").strip().casefold()
    theirs = {_domain(p) for p in [person, *people] if p is person or name and
              (p.organization or "").strip().casefold() == name} - {""} - _mail_services()
    ours = _our_domains(person, organization, people)
    return bool(theirs and ours) and not any(
        domain == d or domain.endswith("." + d) or d.endswith("." + domain) or site(domain) == site(d)
        for d in ours for domain in theirs) and not any(_named_domain(domain, organization) for domain in theirs)


# second-level labels under which each name is another organization's: "ed.ac.uk", "hackney.gov.uk", "x.com.au"
_SHARED_LEVELS = frozenset({"ac", "co", "com", "edu", "gov", "govt", "gob", "gouv", "gv", "go", "nhs", "net", "org",
                            "or", "ne", "mil", "health", "sch", "school", "police", "ltd", "plc", "nic", "res", "int"})


def site(domain: str) -> str:
    """Return the part of a mail domain one organization registers: "goteborg.se" of "socialhisingen.goteborg.se"
    (review 132a F2: a colleague at a sibling subdomain of the city's was read as another organization's), "ed.ac.uk"
    of "inf.ed.ac.uk", "town.qc.ca" of "mail.town.qc.ca"."""
    labels = domain.split(".")
    # (a government's state under it is no organization: "prodesp.sp.gov.br" and "heja.saude.sp.gov.br" are two,
    # review 134b F2; "health.nsw.gov.au" and "transport.nsw.gov.au" too)
    if len(labels) >= 4 and labels[-2] in _GOVERNMENTS and len(labels[-3]) <= 3:
        return ".".join(labels[-4:])
    if len(labels) >= 3 and (labels[-2] in _SHARED_LEVELS or len(labels[-2]) <= 2 and len(labels[-1]) == 2):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_GOVERNMENTS = frozenset({"gov", "govt", "gob", "gouv", "gv"})


def _named_domain(domain: str, organization: OrganizationLike) -> bool:
    """Return True when a mail domain holds the organization's name's first word (four letters or more):
    "paynetra.example" of "Paynetra Payments Pvt. Ltd." is its own (review 74c F1)."""
    # (after a legal form written first: "belanjaku.co.id" of "PT Belanjaku Nusantara Digital Tbk", review 138b F1)
    name = organization.name or ""
    name = name[form.end():] if (form := legal_form_words().match(name)) else name
    first = _first_word(name)
    # (the word itself, or the start of the name run together, not a word that begins another's name: "ontariohealth.ca"
    # of "Ontario Health", an agency, beside the "Ontario Ministry of Health", review 133b F5)
    words = re.findall(r"[^\W\d_]+", name.casefold())
    runs = {"".join(words[:n]) for n in range(1, len(words) + 1)}
    return len(first) >= 4 and any(label in runs or (label.startswith(first) and label[len(first):] in _DOMAIN_TAILS)
                                   for label in re.split(r"[.-]", domain))


_DOMAIN_TAILS = frozenset({"", "group", "corp", "inc", "ltd", "co", "hq", "global", "online", "mail", "web", "net"})


def _our_domains(person: Affiliated, organization: OrganizationLike, people: Sequence[Affiliated]) -> set[str]:
    """Return the mail domains of the organization's own people but a person and those recorded under the same name:
    of those answered as not external or recorded under its name, its department, its name shortened or a body of it;
    else of those recorded under a team's name (`_plainly_ours`)."""
    name = (person.organization or "").strip().casefold()
    others = [p for p in people if p is not person and (p.organization or "").strip().casefold() != name]
    sure = {_domain(p) for p in others if _surely_ours(p, organization)} - {""} - _mail_services()
    # else a team's: not one whose domain holds its own name's first word, a company's address (review 74c F1: the
    # vendor "Stratus Cloud Services" at stratuscloud.example made the project manager's domain another company's)
    return sure or {_domain(p) for p in others if _plainly_ours(p, organization)
                    and not _self_named(p, organization)} - {""} - _mail_services()


def _self_named(person: Affiliated, organization: OrganizationLike) -> bool:
    """Return True when a person's mail domain holds the first word (four letters or more) of the organization
    recorded for them, a word the organization's own name does not hold ("stratuscloud.example" of "Stratus Cloud
    Services")."""
    first = _first_word(person.organization)
    return (len(first) >= 4 and first in _domain(person)
            and first not in re.findall(r"[^\W\d_]+", (organization.name or "").casefold()))


def _first_word(name: Optional[str]) -> str:
    """Return the first word of a name, case-folded ('' when it has none)."""
    return next(iter(re.findall(r"[^\W\d_]+", (name or "").casefold())), "")


def _surely_ours(person: Affiliated, organization: OrganizationLike) -> bool:
    """Return True when a person is answered as not external, or recorded under the organization's own name, its
    department (or a team it names first: "Risk Technology PMO" of "Risk Technology", review 74c F1), its name
    shortened or a body of it."""
    if person.external is not None:
        return not person.external
    theirs = _another(person, organization)
    return not theirs or _shortened(theirs, organization) or _body_of_ours(theirs, organization) \
        or _of_department(theirs, organization) or _own_arm(theirs, organization)


def _own_arm(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded) is the organization's own, without its legal form, with
    a country or region after it: its own national arm, of the same group ("Harbourline Logistics Australia Pty Ltd"
    of "Harbourline Logistics Pte Ltd", review 86b F5: a steering committee member left off every list)."""
    words = re.findall(r"[^\W_]+", _before_form(_NOTE.sub("", theirs)))
    ours = re.findall(r"[^\W_]+", _before_form((organization.name or "").casefold()))
    return (len(ours) >= 1 and len(words) > len(ours) and words[:len(ours)] == ours
            and all(word in _countries() for word in words[len(ours):]))


def _of_department(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded) starts with the organization's department's whole
    name, of two words or more, and adds no company form ("Risk Technology PMO" of "Risk Technology")."""
    ours = (organization.department or "").strip().casefold()
    return (len(ours.split()) >= 2 and theirs.startswith(ours + " ") and not legal_form_words().search(theirs))


def _plainly_ours(person: Affiliated, organization: OrganizationLike) -> bool:
    """Return True when a person is answered as not external, or recorded under the organization's own name, its
    department, its name shortened, a body of it, or a team's name with no company form, firm's word or supplier's
    note ("DSI", "Direction e-commerce"): whose address domain is the organization's (`mails_as_ours`)."""
    if person.external is not None:
        return not person.external
    if _surely_ours(person, organization):
        return True
    theirs = _another(person, organization)
    bare = _NOTE.sub("", theirs)
    return bool(team_words().search(bare) and not _named_apart(theirs, organization)  # not "Cascade Network
                # Integrators" (review 68b F1)
                # nor a public body: "Tamil Nadu e-Governance Agency (TNeGA)", whose "governance" is a team's word
                # (review 116a F1: its address made the corporation's own people another organization's)
                and not public_body(theirs)
                and not legal_form_words().search(theirs) and not _FIRM.search(theirs)
                and not any(supplier_words().search(" ".join(note)) for note in _NOTE.findall(theirs)))


def unit_of(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name reads as a unit of the organization, not another one: no company form,
    firm's word, supplier's note or public body, and a team's word (`team_words`) or two words of the organization's
    own name in a row ("Jabatan Teknologi Maklumat Kumpulan", "Hospital Seri Mutiara Ampang" of "Kumpulan Hospital Seri
    Mutiara Berhad", review 150c F7: seven of the group's own departments named as organizations recorded inside)."""
    bare = _NOTE.sub("", theirs)
    if legal_form_words().search(theirs) or _FIRM.search(theirs) or public_body(theirs) \
            or any(supplier_words().search(" ".join(note)) for note in _NOTE.findall(theirs)):
        return False
    ours = re.findall(r"[^\W_]+", _before_form((organization.name or "").casefold()))
    words = re.findall(r"[^\W_]+", bare.casefold())
    pairs = {(a, b) for a, b in zip(ours, ours[1:]) if len(a) >= 3 and len(b) >= 3}
    return bool(team_words().search(bare)) or any(pair in pairs for pair in zip(words, words[1:]))


def _domain(person: Affiliated) -> str:
    """Return the domain of a person's e-mail address, case-folded ('' when none is recorded)."""
    address = (person.email or "").strip().casefold()
    return address.rpartition("@")[2] if "@" in address else ""


@functools.lru_cache(maxsize=None)
def _mail_services() -> frozenset[str]:
    return frozenset(str(domain).casefold() for domain in _meetings()["mail_services"])


# a unit's word ending a name that keeps it ours whatever its first word ("Bristol Office", "Plant Team")
_UNIT = re.compile(r"(?<!\w)(?:office|team|department|dept|division|unit|branch|site|region|plant|abteilung|bereich"
                   r"|afdeling|service|services)$", re.IGNORECASE)


def _named_apart(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded) starts with a word that names no team and is not the
    first word of the organization's own name, does not end in a unit's word and holds no team word but those
    companies' names end in too (``company_team_words``: "Aurion Networks" beside "Nordtel", review 61c F5; not
    "Retail Operations" nor "Enterprise PMO", review 67b F6): perhaps another company's (`counted_inside`)."""
    words = re.findall(r"[^\W_]+", _NOTE.sub("", theirs))
    ours = re.findall(r"[^\W_]+", (organization.name or "").casefold())
    joined = " ".join(words)
    written = re.sub(r"\s+", " ", _NOTE.sub("", theirs)).strip()  # as written: "e-commerce" keeps its hyphen
    return (len(words) >= 2 and not team_words().match(joined) and not team_words().match(written)
            and not (ours and words[0] == ours[0]) and not _UNIT.search(joined)
            and all(found.group(0).casefold() in _company_team_words() for found in team_words().finditer(written)))


@functools.lru_cache(maxsize=None)
def _company_team_words() -> frozenset[str]:
    """Return the team words companies' names end in too (``company_team_words``), case-folded."""
    return frozenset(str(word).casefold() for word in _meetings()["company_team_words"])


# what a firm's own name says it sells ("Brightwave Consulting", "Corvex Systems Integration"): no department's
_FIRM = re.compile(r"(?<!\w)(?:consulting|consultancy|consultants|systems? integration|systems? integrators?"
                   r"|software house|outsourcing)(?!\w)", re.IGNORECASE)


# a job title saying its holder speaks for a trade union ("Regional Chairperson, mechanical bargaining unit"): the
# union is another organization, though its members work for ours
_UNION_ROLE = re.compile(r"(?<!\w)(?:bargaining unit|(?:trade|labou?r|local) union|union (?:local|steward|representative|rep"
                         r"|president|chair\w*|delegate|official|organi[sz]er)|shop steward|délégu\w* syndica\w*"
                         r"|representante sindical|delegad\w* sindical|gewerkschaftssekretär\w*|vakbondsbestuurder)(?!\w)",
                         re.IGNORECASE)


def _national_arm(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded) ends in a country or region (`country_words`: "microsoft
    uk"), holds no team word ("sales uk") and does not start as the organization's own name does."""
    words = re.findall(r"[^\W_]+", _NOTE.sub("", theirs))
    ours = re.findall(r"[^\W_]+", (organization.name or "").casefold())
    return (len(words) >= 2 and words[-1] in _countries() and not team_words().search(theirs)
            and not (ours and words[0] == ours[0]))


@functools.lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in _meetings()["country_words"])


def counted_inside(person: Affiliated, organization: OrganizationLike, people: Sequence[Affiliated] = ()) -> bool:
    """Return True for a person counted inside the organization only because nothing says otherwise: ``external``
    not answered, and an organization of their own that is neither the organization's name nor its department but
    names no company form, public body or team word ("Adyen": a vendor, or a team?) or starts with a word of no
    team and ends in one companies' names end in too ("Aurion Networks", `_named_apart`), and is not the
    organization's name shortened to its first words ("Harborline Mutual" of "Harborline Mutual Insurance"; "Banco de
    España" is not "Banco Meridional de Crédito"), nor a body within it (`_body_of_ours`), nor at the mail domain of
    the organization's own people (`mails_as_ours`, given the stakeholders: ``people``)."""
    if person.external is not None or _surely_ours(person, organization):
        return False
    theirs = _another(person, organization)
    return (not is_outsider(person, organization, people) and _unsaid(theirs, organization)
            and not mails_as_ours(person, organization, people))


def _unsaid(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded; neither ours shortened nor a body of ours) says neither
    a team of ours nor another company: no team word (`_unclear`), or a company's name ending in one
    (`_named_apart`)."""
    return _unclear(theirs, organization) or _named_apart(theirs, organization)


def _unclear(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded, `_another`) says neither a team of ours nor our own name
    shortened, nor a body within it."""
    # a team word in a note beside the name says what it is, not that it is a team of ours ("Code for Riverton
    # (volunteer group)", review 53c F1)
    return (bool(theirs) and not team_words().search(_NOTE.sub("", theirs)) and not _shortened(theirs, organization)
            and not _body_of_ours(theirs, organization))


def _body_of_ours(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded) holds the organization's whole name of two words or
    more as words of its own: a body within it ("Betriebsrat Rheinland Versicherung AG", its works council, review
    49a F8; "Rheinland Versicherung AG – Konzernrevision"); or names a works council, which the law makes a body of
    the company it is elected in, alone ("Works Council", review 67a F1) or by the first word of two or more of the
    organization's name ("Works Council Wolfsau", review 53b F2)."""
    ours = (organization.name or "").strip().casefold()
    if len(ours.split()) >= 2 and re.search(rf"(?<!\w){re.escape(ours)}(?!\w)", theirs) is not None:
        return True
    if _COUNCIL.fullmatch(_NOTE.sub("", theirs).strip()) and _MUNICIPAL.search(organization.name or ""):
        return True  # "Conseil municipal" of "Ville de Rivière-aux-Pins": the city's own elected council (review 125c
        # F7: the mayor left off every list as perhaps of another organization)
    if _MINISTRY.match(theirs) and _REGIONAL.match(organization.name or "") and not legal_form_words().search(theirs):
        return True  # "Consejería de Salud y Consumo" of "Junta de Andalucía": a ministry of the regional government
        # whose questionnaire it is (review 128b F3, F4: its DPO and ICT coordinator left off every list)
    if _GOVERNING.fullmatch(_NOTE.sub("", theirs).strip()):
        return True  # "Board of Directors", "ഭരണസമിതി" alone: the board of the organization whose questionnaire names
        # it, whatever address its members write from (review 125a F5: a co-operative bank's elected board, one member
        # writing from abroad, called another organization)
    first = ours.split()[0] if ours.split() else ""
    if _WORKS_COUNCIL.search(theirs) and not legal_form_words().search(theirs):
        return True  # "Works Council" alone or at a place ("Betriebsrat Frankfurt"): the council of the company whose
        # questionnaire names it (review 67a F1; another company's would be named with its form)
    return bool(_WORKS_COUNCIL.search(theirs)) and len(first) >= 3 and re.search(
        rf"(?<!\w){re.escape(first)}(?!\w)", theirs) is not None


_COUNCIL = re.compile(r"(?:the\s+)?(?:conseil municipal|city council|town council|municipal council|county council"
                      r"|borough council|district council|gemeenteraad|gemeinderat|stadtrat|concejo municipal"
                      r"|consiglio comunale|câmara municipal|assembleia municipal|conseil communautaire)", re.IGNORECASE)
_MUNICIPAL = re.compile(r"\b(?:ville|city|town|municipal\w*|borough|county|district|gemeente|stadt|gemeinde|municipio"
                        r"|ayuntamiento|comune|câmara|cidade|commune|council)\b", re.IGNORECASE)
# a regional government ("Junta de Andalucía", "Generalitat de Catalunya", "Xunta de Galicia") and its ministries
_REGIONAL = re.compile(r"(?:junta de|xunta de|generalitat de|generalitat valenciana|gobierno de|govern de|comunidad de"
                       r"|comunidad autónoma|principado de|región de|gobierno vasco|eusko jaurlaritza)\b", re.IGNORECASE)
_MINISTRY = re.compile(r"(?:consejer[ií]a|conseller[ií]a|conselharia|departament|departamento|vicepresidencia"
                       r"|presidencia|viceconsejer[ií]a|secretar[ií]a general)\b", re.IGNORECASE)
_GOVERNING = re.compile(r"(?:the\s+)?(?:board of directors|board of trustees|board of governors|supervisory board"
                        r"|governing (?:board|body|council)|verwaltungsrat|vorstand|aufsichtsrat|conseil d'administration"
                        r"|consejo de administración|consejo directivo|junta directiva|consiglio di amministrazione"
                        r"|conselho de administração|raad van bestuur|raad van commissarissen|styrelse|styrelsen"
                        r"|ഭരണസമിതി|ഡയറക്ടർ ബോർഡ്|संचालक मंडळ|निदेशक मंडल"
                        # a Dutch water board's or municipality's executive (review 129b F9: "Dagelijks bestuur")
                        r"|dagelijks bestuur|algemeen bestuur|college van (?:burgemeester en wethouders|b&w|b en w"
                        r"|gedeputeerde staten|dijkgraaf en heemraden))", re.IGNORECASE)
_WORKS_COUNCIL = re.compile(r"\b(?:works council|betriebsrat|gesamtbetriebsrat|konzernbetriebsrat|personalrat"
                            r"|comité social et économique|comité d'entreprise|ondernemingsraad|rada pracowników"
                            # an Italian company's elected union delegation (review 107b F8: "RSU aziendale")
                            r"|rsu|rappresentanza sindacale unitaria|comité de empresa|comissão de trabalhadores)\b",
                            re.IGNORECASE)


def _shortened(theirs: str, organization: OrganizationLike) -> bool:
    """Return True when an organization's name (case-folded) is the organization's own name shortened to its first
    words ("Harborline Mutual" of "Harborline Mutual Insurance"), or with a legal form added, a note beside it left
    aside ("Northgate Mutual - Claims Operations" of "Northgate Mutual Insurance", review 61b F3)."""
    # (a comma before a legal form is no part of the name: "Conexa Móvil" of "Conexa Móvil, S.A.B. de C.V.", review
    # 83a F2)
    ours = [word.rstrip(",;") for word in (organization.name or "").strip().casefold().split()]
    words = [word.rstrip(",;") for word in (_NOTE.sub("", theirs).strip() or theirs).split()]
    # (a first word of two letters, a legal form's, where three words or more follow it: "JU Opća bolnica "Bosna"" of
    # "JU Opća bolnica "Bosna" Sarajevo", review 119b F4)
    # ... or the name after a legal form that opens it, two words or more: "Sen Vàng" of "Công ty Cổ phần Thương mại
    # Điện tử Sen Vàng" (review 121c F1: the sales director left off every list)
    ahead = " ".join(ours[:len(ours) - len(words)])
    if len(words) >= 2 and len(ours) > len(words) and words == ours[-len(words):] and legal_form_words().match(ahead):
        return True
    # ... or without the one word of place that opens it, three words or more: "Ministry of Health" of "Ontario
    # Ministry of Health" (review 133b F4: the sponsor and the director "of another organization")
    if len(words) >= 3 and len(ours) == len(words) + 1 and words == ours[1:] and ours[0][:1].isalpha():
        return True
    # ... or its name before the legal form that ends it, then a team's words and no form of its own: "한빛정밀
    # 스마트팩토리팀" of "한빛정밀 주식회사" (review 138c F1: a deliverable's owner left off every list as perhaps of
    # another organization)
    core = _before_form(" ".join(ours)).split()
    if (core and len(core) < len(ours) and len(core[0]) >= 4 and len(words) > len(core) and words[:len(core)] == core
            and not legal_form_words().search(theirs)):
        return True
    return (bool(words) and (len(words[0]) >= 3 or len(words) >= 3) and words == ours[:len(words)]
            or bool(ours) and _company(theirs) == _company(" ".join(ours))
            or len(words) == 1 and words[0] in _abbreviations(organization.name or ""))


def _abbreviations(name: str) -> set[str]:
    """Return what an organization's name is shortened to (case-folded): the letters in brackets after it ("serlev"
    of "Servicio Regional de Salud del Levante (SERLEV)", review 71b F2), and the initials of its capitalised words
    without its legal form, when three or more ("scmi" of "Southern Cross Mutual Insurance Ltd")."""
    found = {note.strip().casefold() for note in re.findall(r"\(([^()\s]{2,12})\)", name)}
    bare = re.sub(r"\([^)]*\)", "", name)
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’&-]*", _before_form(bare)) if w[0].isupper())
    return found | ({initials.casefold()} if len(initials) >= 3 else set())


def names_ours(person: Affiliated, organization: OrganizationLike) -> bool:
    """Return True when a person's recorded organization is the organization's name or its department, or a part of
    the department's name (`_another`)."""
    return bool(person.organization and person.organization.strip()) and not _another(person, organization)


def _another(person: Affiliated, organization: OrganizationLike) -> str:
    """Return a person's organization, case-folded, when it is neither the organization's name nor its department
    ('' when it is one of them, or a part of a department's name joined by a dash, a slash or a comma: "Oficina del
    CISO" of "Oficina del CISO - Seguridad de la Información", review 76c; or not recorded)."""
    theirs = (person.organization or "").strip().casefold()
    department = (organization.department or "").strip().casefold()
    ours = {(organization.name or "").strip().casefold(), department,
            *(part.strip() for part in re.split(r"\s[-\u2013\u2014/]\s|,\s", department))}
    # ... with the letters it is shortened to left out: "Agencia Digital de Andalucía" of "Agencia Digital de
    # Andalucía (ADA) – Dirección General de Ciberseguridad" (review 128b F2: its own staff "of other organizations")
    ours |= {re.sub(r"\s*\([^()]*\)", "", part).strip() for part in ours}
    return "" if theirs in ours or re.sub(r"\s*\([^()]*\)", "", theirs).strip() in ours - {""} else theirs


# a job that sells to or looks after a customer: held at another organization than the customer's
_SELLER_ROLE = re.compile(r"\b(?:account (?:manager|director|executive|lead)|key account\w*|customer success\w*"
                          r"|client partner|sales (?:engineer|manager|director|representative)"
                          r"|kundenbetreuer\w*|gerente de (?:cuenta|conta)s?|chargée? de compte)\b", re.IGNORECASE)

# a note saying a body is not the organization's, whatever its name ("(independent)", "(external)")
_INDEPENDENT = re.compile(r"\b(?:independent|external|unabhängig|extern|indépendante?|externe|independiente"
                          r"|externo|externa|onafhankelijk|niezależn\w*)\b", re.IGNORECASE)

# A note beside an organization's name: in brackets, or after a dash or a comma
_NOTE = re.compile(r"\(([^)]*)\)|(?:\s[-\u2013\u2014]\s|,\s)(.*)$")


@functools.lru_cache(maxsize=None)
def supplier_words() -> re.Pattern[str]:
    """Return how to find a word saying what another organization is to the project ("supplier", "partner")."""
    return any_word([str(w) for w in _meetings()["supplier_words"]])


@functools.lru_cache(maxsize=None)
def team_words() -> re.Pattern[str]:
    """Return how to find a word of a team's or department's name ("Operations", "Office", "Abteilung"), and the
    ending of a Japanese, Chinese or Korean one ("経営企画本部", "内部監査室", "経理部": review 77c; "信息中心", "运维组";
    "라이브운영팀", "경영지원실": review 146b F1)."""
    words = any_word([str(w) for w in _meetings()["team_words"]])
    return re.compile(rf"{words.pattern}|(?:部|室|課|本部|部門|センター|グループ|チーム|事業部|中心|组|团队|处"
                      r"|팀|실|본부|센터|그룹|사업부|연구소|경영진)(?![^\W\d_])", re.IGNORECASE)


_FORM_PARTS = frozenset({"pvt", "private", "pte", "pty", "co", "and", "public"})  # a legal form's first words


def same_group(one: str, other: str, start: bool = False) -> bool:
    """Return True when two organizations' names are one company: the same name once their legal forms, notes and
    ending country are left out ("Acme Corp. (IT)" and "Acme Inc.", "Vantara Infotech UK Ltd" of "Vantara Infotech
    Pvt. Ltd.": review 103a F5); with ``start``, one company's group too: one's name the start of the other's, its
    first word of four letters or more ("Whitfield & Crane Inc. (US)" of a client "Whitfield & Crane Retail plc",
    review 103a F2; not for our own name: "Northgate Mutual Insurance Brokers Pty Ltd" is another company)."""
    def core(name: str) -> list[str]:
        words = re.findall(r"[^\W_]+", _NOTE.sub("", _before_form(name.strip().casefold())))
        while len(words) > 1 and (words[-1] in _countries() or words[-1] in _FORM_PARTS):
            words.pop()  # "uk" of "Vantara Infotech UK Ltd", "pvt" of "... Pvt. Ltd."
        return words

    mine, theirs = core(one), core(other)
    if not mine or not theirs:
        return False
    short, long = sorted((mine, theirs), key=len)
    return short == long or (start and long[:len(short)] == short and len(short[0]) >= 4)


def _company(name: str) -> str:
    """Return a company's name without its legal form and what follows it ("acme corp. (it)" -> "acme"); a form
    written before the name, as Japanese writes 株式会社, is left out alone (review 109c F2: every company so named
    was one, its name before the form being nothing)."""
    return key_of(_before_form(name)) or key_of(legal_form_words().sub(" ", name))


def _before_form(name: str) -> str:
    """Return an organization's name up to its legal form ("Acme " of "Acme Corp. (IT)"), all of it without one."""
    form = legal_form_words().search(name)
    return name[: form.start()] if form else name
