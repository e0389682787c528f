"""Whether a status report says a milestone was reached: its done items and its summary read against the name.

A done item is the milestone's name alone, or followed by a date or a word saying it was reached ("Parallel run
started 2026-11-02"), or by a date and what came with it ("Wave 1 migrated (2026-11-20), 64 servers"); or a name
that itself says it was reached followed by what it was for ("Purchase order signed for GBP 560,000 hardware"); or
the milestone's deliverables each named as done.  A summary says it in a sentence that holds the name and a day on
or before the report's, with no word of a delay or a plan ("Design approved at the gate on 2026-05-29").  A name's
bracketed part may be left out ("Wave 1 migrated" for "Wave 1 (non-production) migrated").  Only an ISO date is read
as the day.  The module runs past 400 lines because the readings share their word lists and their tests of a
delay, which are one rule and kept together.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire.iso_dates import DOTTED, days_in_words, iso_days, iso_short
from generator.record import Record
from generator.questionnaire.mentions import key_of, whole_words
from generator.questionnaire.reached_words import (FINISHED_ELSEWHERE, HI_DONE as _HI_DONE, ML_DONE as _ML_DONE,
                                                   participle_names, plain_order)


# What may follow a milestone's name in a done item that says it was reached: a date, "on time", "done" ...
_REACHED_WORDS = (r"done|complete|completed|achieved|reached|signed|signed[\s-]off|approved|accepted|granted|passed"
                  r"|started|live|went\s+live|delivered|held|finished|in\s+place|in\s+service|obtained|issued"
                  r"|commissioned|installed|deployed|released|launched|migrated|opened|awarded|submitted|certified|met"
                  # started, in Spanish, Portuguese, French, German, Italian, Dutch (review 125c F4: "Piloto en 12
                  # tiendas de Guadalajara iniciado" beside "not forecast; baseline passed")
                  r"|iniciad[oa]s?|arrancad[oa]s?|comenzad[oa]s?|lanzad[oa]s?|lançad[oa]s?|démarrée?s?|lancée?s?"
                  r"|commencée?s?|gestartet|begonnen|iniziat[oa]|lanciat[oa]|gestart"
                  rf"|{FINISHED_ELSEWHERE}")
# month names, to read a day written in words ("on 19 June", "June 19, 2026", "le 19 juin", "am 19. Juni", "19 de
# junio"): English, French, German, Spanish, Portuguese, Italian, Dutch; a name's first three letters and a dot too
_MONTHS_WRITTEN = (
    "january stycznia janvier januar jänner enero janeiro gennaio januari ocak január ιανουαρίου ianuarie "
    "xaneiro januarie jannar yanvar जानेवारी જાન્યુઆરી januwari masingana जनवरी ജനുവരി",
    "february lutego février fevrier februar febrero fevereiro febbraio februari şubat február φεβρουαρίου "
    "februarie febreiro frar fevral pebrero फेब्रुवारी ફેબ્રુઆરી februwari nhlolanja फ़रवरी फ़रवरी फरवरी ഫെബ്രുവരി",
    "march marca mars marts märz marz marzo março maart mart maret március μαρτίου martie marzu marso मार्च માર્ચ mashi matshi "
    "ndasa മാർച്ച്",
    "april kwietnia avril abril aprile nisan április απριλίου aprilie aprel एप्रिल એપ્રિલ ephreli apreli mbasa अप्रैल ഏപ്രിൽ",
    "may maja mai maj mayo maio maggio mei mayıs május μαΐου μαίου mejju मे મે meyi nhlaba मई മേയ് മെയ്",
    "june czerwca juin juni junio junho giugno haziran június ιουνίου iunie xuño junie ġunju iyun hunyo जून જૂન nhlangulana "
    "ജൂൺ",
    "july lipca juillet juli julio julho luglio temmuz július ιουλίου iulie xullo julie lulju iyul hulyo जुलै જુલાઈ julayi "
    "ntulikazi जुलाई ജൂലൈ",
    "august sierpnia août aout agosto augustus augusti ağustos agustus augusztus αυγούστου awwissu avgust ऑगस्ट ઑગસ્ટ ઓગસ્ટ agasti "
    "ncwaba अगस्त ഓഗസ്റ്റ് ആഗസ്റ്റ്",
    "september września septembre septiembre setembro settembre eylül szeptember σεπτεμβρίου septembrie "
    "settembru sentabr sentyabr setyembre सप्टेंबर સપ્ટેમ્બર septemba mandulo सितंबर सितम्बर സെപ്റ്റംബർ",
    "october października octobre oktober octubre outubro ottobre ekim október οκτωβρίου octombrie ottubru oktabr oktyabr oktubre "
    "ऑक्टोबर ઑક્ટોબર ઓક્ટોબર okthoba oktoba mfumfu अक्टूबर अक्तूबर ഒക്ടോബർ",
    "november listopada novembre noviembre novembro kasım νοεμβρίου noiembrie novembru noyabr nobyembre नोव्हेंबर નવેમ્બર "
    "novemba lwezi नवंबर नवम्बर നവംബർ",
    "december grudnia décembre decembre dezember diciembre dezembro dicembre aralık desember δεκεμβρίου "
    "decembrie decembro diċembru dekabr disyembre डिसेंबर ડિસેમ્બર disemba zibandlela दिसंबर दिसम्बर ഡിസംബർ")
# (Indonesian, Hungarian and Greek's genitive too: review 110; Galician, Afrikaans, Maltese, Uzbek and Tagalog: review
# 118; Marathi, Gujarati and isiZulu, its own names too: review 122, "१२ डिसेंबरला", on 12 December, "21 નવેમ્બરે",
# "ngomhla zi-17 kuJulayi", on 17 July, "ngomhla ziyi-16 kuMfumfu", on 16 October; Hindi and Malayalam: review 123,
# "19 जून को", on 19 June, "2026 മേയ് 14-ന്", on 14 May 2026); each name as its match is looked up, case-folded
# ("μαΐου" folds to other letters: an internal error), and found as written or folded
# (Czech and Slovak in the genitive, Finnish in the partitive: "z 15. března na 30. dubna", "21. března 2025",
# "20. toukokuuta": review 135b F5, F6)
_MONTHS_ALL: tuple[str, ...] = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_WRITTEN, (
    "ledna januára tammikuuta", "února februára helmikuuta", "března maaliskuuta", "dubna apríla huhtikuuta",
    "května mája toukokuuta", "června júna kesäkuuta", "července júla heinäkuuta", "srpna augusta elokuuta",
    "září septembra syyskuuta", "října októbra lokakuuta", "listopadu novembra marraskuuta",
    "prosince decembra joulukuuta")))
# (Malay, Arabic, Hebrew, Bulgarian and Estonian: review 141, "dianjak dari 15 Januari 2027 ke 1 Mac 2027", "من 30
# يونيو إلى 30 يوليو 2026")
_MONTHS_ALL = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_ALL, (
    "يناير ינואר януари jaanuar", "فبراير شباط פברואר февруари veebruar",
    "mac مارس آذار מרץ март märts", "أبريل ابريل نيسان אפריל aprill", "مايو أيار מאי", "يونيو حزيران יוני юни juuni",
    "julai يوليو تموز יולי юли juuli", "ogos أغسطس اغسطس آب אוגוסט", "سبتمبر أيلول ספטמבר септември",
    "أكتوبر اكتوبر אוקטובר октомври oktoober", "نوفمبر נובמבר ноември",
    "disember ديسمبر דצמבר декември detsember")))
# (Serbian in the genitive and nominative, Swahili, Icelandic, Bengali: review 142, "sa 27. novembra 2026. na 15. januar
# 2027.", "kutoka tarehe 27 Novemba")
_MONTHS_ALL = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_ALL, (
    "januara januari janúar জানুয়ারি gener", "februara febrúar ফেব্রুয়ারি febrer", "marta machi মার্চ març",
    "aprila aprili apríl এপ্রিল", "maja maí maig", "juna juni júní জুন juny", "jula julai júlí জুলাই juliol",
    "avgusta agosti ágúst আগস্ট", "septembar septemba সেপ্টেম্বর setembre", "oktobar oktoba október অক্টোবর",
    "novembar novemba nóvember নভেম্বর", "decembar desemba ডিসেম্বর desembre")))
# (Kazakh, its endings written onto the month: "2027 ж. 29 қаңтардан 5 наурызға", from 29 January to 5 March; Russian in
# the genitive: "с 29 января на 5 марта", review 144a F5)
_MONTHS_ALL = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_ALL, (
    "қаңтар января", "ақпан февраля", "наурыз марта", "сәуір апреля", "мамыр мая", "маусым июня", "шілде июля",
    "тамыз августа", "қыркүйек сентября", "қазан октября", "қараша ноября", "желтоқсан декабря")))
# (Slovenian, in the nominative and genitive: "do 15. julija 2026", review 146a)
_MONTHS_ALL = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_ALL, (
    "januarja", "februarja", "marec", "", "", "junij junija", "julij julija", "", "", "oktobra", "", "")))
# (Latvian, in every case: "līdz 2025. gada 14. martam", "no 2025. gada 17. marta", review 149b F2)
_MONTHS_ALL = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_ALL, (
    "janvāris janvāra janvārim janvārī", "februāris februāra februārim februārī", "martam martā",
    "aprīlis aprīļa aprīlim aprīlī", "maijs maija maijam maijā", "jūnijs jūnija jūnijam jūnijā",
    "jūlijs jūlija jūlijam jūlijā", "augusts augustam augustā", "septembris septembrim septembrī",
    "oktobris oktobrim oktobrī", "novembris novembrim novembrī", "decembris decembrim decembrī")))
# (Urdu, Tamil, Thai, and Thai shortened with its full stops: "31 اگست 2026 کو", "2026 மார்ச் 2 – ஏப்ரல் 24",
# "1 ส.ค. 2569", its year of the Buddhist era, review 151)
_MONTHS_ALL = tuple(f"{names_} {more}" for names_, more in zip(_MONTHS_ALL, (
    "جنوری ஜனவரி มกราคม ม.ค.", "فروری பிப்ரவரி กุมภาพันธ์ ก.พ.", "مارچ மார்ச் มีนาคม มี.ค.", "اپریل ஏப்ரல் เมษายน เม.ย.",
    "مئی மே พฤษภาคม พ.ค.", "جون ஜூன் มิถุนายน มิ.ย.", "جولائی ஜூலை กรกฎาคม ก.ค.", "اگست ஆகஸ்ட் สิงหาคม ส.ค.",
    "ستمبر செப்டம்பர் กันยายน ก.ย.", "اکتوبر அக்டோபர் ตุลาคม ต.ค.", "نومبر நவம்பர் พฤศจิกายน พ.ย.",
    "دسمبر டிசம்பர் ธันวาคม ธ.ค.")))
# (Catalan too, its "d'" written onto a month: "del 16 d'octubre al 27 de novembre", review 143a F1)
_MONTHS = {name: number for number, names_ in enumerate(_MONTHS_ALL, start=1) for name in names_.casefold().split()}
# ... and shortened, as a done item gives its day ("Production platform ready including the HSM (23 Oct)", review
# 128a F5: read as neither forecast nor reached)
_MONTHS.update({name: number for number, names_ in enumerate(
    ("jan janv jän ene", "feb févr fevr", "mar mär mrt", "apr avr abr", "", "jun", "jul juil", "aug", "sep sept",
     "oct okt", "nov", "dec déc dez dic"), start=1) for name in names_.split()})
_MONTH_NAMES = tuple(name for names_ in _MONTHS_ALL for name in names_.split())
# month names that are English words too, read as months only before a year: Malay "Mac" (March), not "20 Mac laptops"
_YEAR_AFTER = {"mac"}
_NAMES = "|".join([*sorted({re.escape(n) for n in (*_MONTHS, *_MONTH_NAMES)} - _YEAR_AFTER, key=len, reverse=True),
                   *(rf"{n}(?=,?\s+\d{{4}})" for n in sorted(_YEAR_AFTER))])
# what may follow a month's name: a Marathi or Gujarati ending written onto it ("१२ डिसेंबरला", "21 નવેમ્બરે",
# "21 નવેમ્બરના રોજ"), and then no letter or vowel sign ("मे", May, is not "में" or "मेघ": the vowel sign ending
# "जानेवारी" is no word character, so "\b" finds no end of word there)
# (a Kazakh ending is kept, after the day it is written onto: "қаңтардан", from January, reads "2027-01-29дан")
_AFTER_MONTH = (r"(?:ला|ે|એ|ના\s+રોજ)?(?:(?=(?:н?нан|н?нен|дан|ден|тан|тен|ға|ге|қа|ке|на|не|н?да|н?де|та|те)(?!\w))"
                r"|(?![\w\u0900-\u0dff]))")
# the isiZulu prefixes written onto a month's name: "kuJulayi", "kuMfumfu", "ngoMasingana", "uMasingana"
_MONTH_PREFIX = r"(?:(?:ku|ka|ngo|u)-?(?=[^\W\d_]))?"
# the English months, whole or cut short
_ENGLISH_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                  r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH = (r"(?:" + _ENGLISH_MONTH + "|"
          # ... and in the other languages of `_MONTHS` ("ÉFVP approuvée le 15 mai", review 104c F3)
          + _NAMES + r")"
          + _AFTER_MONTH + r"\.?")
# a day written in words or numbers ("26 Oct", "October 26, 2026", "26.10.2026"): the milestone was reached, on a
# day the documents do not read (only an ISO date is taken as the day reached)
# ("2 de agosto", review 122b F1: "Núcleo de red en servicio el 2 de agosto" not read as reached; "17 kuJulayi")
_TEXT_DAY = (rf"\d{{1,2}}\.?\s*(?:de\s+)?{_MONTH_PREFIX}{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?"
             rf"|(?:\d{{4}}\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
             r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}")  # with its year: "2.1" is a version
_ON = r"(?:(?:on|op|am|le|el|il|em|den|på|dnia|w\s+dniu|din|since)\s+"  # in several languages: "afgerond op" (review 71a F6)
# (Romanian "SOC operațional 24/7 din 30.04.2026", in operation since that day: review 136a F4)
_ON += r"|(?:ngo)?mhla\s+(?:zi(?:yi)?-|ka-)?)"  # isiZulu: "ngomhla zi-17 kuJulayi", "ngomhla ziyi-16" (review 122b F1)
# a Marathi or Gujarati word after a day, saying "on" it: "2025-12-12 रोजी", "१२ डिसेंबर रोजी", "21 નવેમ્બરના રોજ";
# Hindi's "को" ("2026-06-19 को"), Malayalam's "-ന്" written onto the day ("2026-08-03-ന്", "ഡിസംബർ 12-ന്", review 123)
_ON_AFTER = r"(?:(?:\s*(?:रोजी|ના\s+રોજ|को)|-?(?:ന്|നു))(?![\w\u0900-\u0dff]))?"
_REACHED_TAIL = re.compile(r"[\s,:;.()\u2013\u2014-]*(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?"
                           rf"(?:{_REACHED_WORDS})?[\s,]*(?:(?:{_ON})?\d{{4}}-\d{{2}}-\d{{2}}{_ON_AFTER}|on\s+time"
                           rf"|as\s+planned|on\s+schedule|(?:{_ON})?(?:{_TEXT_DAY}){_ON_AFTER})?[\s.()]*",
                           re.IGNORECASE)

_BRACKETED = re.compile(r"\s*\([^()]*\)")
_MILESTONE_WORD = re.compile(# a word saying it was reached before a colon: "Milestone naabot: Drug mapping validated
                             # (2026-05-29)" (review 118c F2), "Reached: ...", "Erreicht: ..."
                             r"^(?:(?:milestone|meilenstein|hito|jalon|mijlpaal|marco|traguardo)\s+)?(?:reached|done"
                             r"|achieved|completed|met|naabot|natapos|nakamit|erreicht|alcanzado|atteint|raggiunto"
                             r"|behaald|bereik|alcançado|alcanzat|milħuq|intlaħaq|erishildi|bajarildi)\s*:\s*"
                             r"|^(?:milestone|meilenstein|hito|jalon|mijlpaal|marco|traguardo|milstolpe|milepæl"
                             r"|virstanpylväs|kamień milowy)\s+", re.IGNORECASE)
# a day followed by what came with it: "(2026-11-20), 64 servers"
_DATED_THEN = re.compile(r"[\s,:;.()\u2013\u2014-]*(?:(?:was|were|has\s+been|have\s+been)\s+)?"
                         rf"(?:(?:{_REACHED_WORDS})\s+)?(?:{_ON})?\(?(\d{{4}}-\d{{2}}-\d{{2}})\)?"
                         # ... or a note in brackets: "Model validiran 2026-08-21 (AUROC 0,87)" (review 119b F3)
                         r"(?:\s*[,;:\u2013\u2014-]\s+|\s+(?:at|with|in|for|after|by|and)\s+|\s+\()\S",
                         re.IGNORECASE)


def names(milestone: str) -> list[str]:
    """Return the ways a text may name a milestone: its name, its name without a bracketed part, and the words before
    what it is with or for when they are two or more ("Pilot go-live" of "Pilot go-live with North region agents",
    review 58c F3)."""
    name = milestone.strip()
    short = re.sub(r"\s+", " ", _BRACKETED.sub("", name)).strip()
    found = [name] + ([short] if short and short != name and any(ch.isalpha() for ch in short) else [])
    # its initials in brackets for the words before them: "FAT superato" of "Collaudo di fabbrica (FAT) superato"
    # (review 107b F2)
    initials = re.match(r"^[^()]*\(([A-Z][A-Z0-9]{1,5})\)\s*([^()]*)$", name)
    if initials and initials.group(2).strip():
        found.append(f"{initials.group(1)} {initials.group(2).strip()}")
    elif initials and re.search(r"\d", initials.group(1)):  # a gate's code: "G1" of "Tasarım onayı (G1)" (review
        found.append(initials.group(1))  # 109a F3: "G1 tasarım onay kapısı geçildi" was not read)
    found += [other for other in participle_names(short or name) if other not in found]
    head = _QUALIFIER.split(short or name, maxsplit=1)[0].strip()
    if head not in found and len(head.split()) >= 2:
        found.append(head)
    return found


_QUALIFIER = re.compile(r"\s+(?:with|for|across|at)\s+", re.IGNORECASE)


# words that say a piece of work was finished: a milestone named "<work> <one of these>" is reached when a text says
# the work is finished in other such words ("Pilot migration signed off" for "Pilot migration complete")
_FINISHED = (r"done|complete|completed|finished|achieved|signed[\s-]off|approved|accepted|passed|delivered|migrated"
             rf"|live|went\s+live|closed|handed\s+over|in\s+place|{FINISHED_ELSEWHERE}")
_ENDS_FINISHED = re.compile(rf"\s+(?:{_FINISHED})\s*$", re.IGNORECASE)
_BE = (r"(?:(?:is|are|was|were|has\s+been|have\s+been|now|wurden?|ist|sind|a\s+été|ont\s+été|est|sont|fue|fueron"
       r"|foi|foram|è\s+stat[oa]|werd|is)\s+)?")


def work(milestone: str) -> Optional[str]:
    """Return the work a milestone's name says was finished ("Pilot migration" of "Pilot migration complete"), or None
    when the name does not end in such a word."""
    for name in reversed(names(milestone)):  # the short name first: "Wave 1" of "Wave 1 (non-production) migrated"
        core = _ENDS_FINISHED.sub("", name).strip()
        # (or its go-live: "Pilot" of "Pilot go-live (4 offices)", said "Pilot went live ... on 2nd September 2024",
        # review 135a F1)
        core = _ENDS_GO_LIVE.sub("", core).strip() if core == name else core
        # (or initials: "OQ" of "OQ abgeschlossen", review 107c F2)
        if core != name and (sum(ch.isalpha() for ch in core) >= 3 or re.fullmatch(r"[A-Z]{2}\d?", core)):
            return core
    return None


def _finished(text: str, milestone: str) -> bool:
    """Return True when ``text`` (folded) says the milestone's work was finished: "the pilot migration is done"; for
    a milestone that is a state ("All 40 Collectorates live"), in its own words ("went live"), and never of work
    on a part of it ("Site surveys of all 40 Collectorates are done", review 104b F1: the rollout said reached)."""
    core = work(milestone)
    if core is None:
        return False
    live = _ENDS_LIVE.search(milestone) is not None
    said = _SAID_LIVE if live else _SAID_FINISHED
    for found in re.finditer(rf"(?<!\w){re.escape(core.casefold())}", text, re.IGNORECASE):
        state = said.match(text, found.end())
        # a state said of a part only: "SOC live on Tier 1 partner shifts" is not "SOC live" (review 140c F2)
        if state and not _PART_OF.search(text[:found.start()]) and not (live and _LIMITED.match(text, state.end())):
            return True
    return False


# what limits a state to a part of it, after its word ("live on Tier 1 partner shifts", "in two districts", "for pilot
# users"), unlike a day or the whole ("live on 30 April", "on time", "for all residents")
_LIMITED = re.compile(r"\s+(?:on|in|at|for|with)\s+(?!(?:time|schedule|all|every|the\s+whole|full|\d|production|prod"
                      r"|service|operation|use|place)\b)(?!\d)", re.IGNORECASE)


# (compiled once: the words are many; its end is no letter and no vowel sign, as a word of Hindi or Malayalam may end
# in one, "पूरा", "പൂർത്തിയായി", where "\b" finds no end of word: review 123)
_SAID_FINISHED = re.compile(rf"\s+{_BE}(?:{_FINISHED})(?![\w\u0900-\u0dff])", re.IGNORECASE)
_ENDS_LIVE = re.compile(r"\s(?:live|go[\s-]?live|in\s+place|in\s+production|in\s+operation)\s*$", re.IGNORECASE)
_ENDS_GO_LIVE = re.compile(r"\s+go[\s-]?live\s*$", re.IGNORECASE)
_SAID_LIVE = re.compile(rf"\s+{_BE}(?:live|went\s+live|gone\s+live|in\s+place|in\s+production|in\s+operation)\b",
                        re.IGNORECASE)
# words before a milestone's work that make what follows a part of other work ("surveys of", "ready for")
_PART_OF = re.compile(r"\b(?:of|for|to|towards|before|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "\u3000": " ", "：": ":", "、": ",", "，": ","})


def _tail(item: str, milestone: str) -> Optional[str]:
    """Return what follows a milestone's name in a done item when it says only that it was reached (a date, "on
    time", "done": `_REACHED_TAIL`, possibly nothing) or a date and what came with it, else None."""
    # "Meilenstein Reserve-Abstimmung am 19. September erreicht" (review 104a F2): the word "milestone" is no part
    head = _MILESTONE_WORD.sub("", plain_order(item.strip(), _FINISHED))
    for name in names(milestone):
        if not name or not head.casefold().startswith(name.casefold()):
            continue
        rest = head[len(name):].translate(_FULL_WIDTH)  # "基本設計承認（2025-06-30）" (review 82c F6)
        if rest[:1].isalnum():  # "Wave 10" is not "Wave 1"
            continue
        if _REACHED_TAIL.fullmatch(rest) or (_DATED_THEN.match(rest) and not _PARTLY.search(rest)):
            return rest
    core = work(milestone)
    if core and head.casefold().startswith(core.casefold()):
        rest = head[len(core):]
        said = re.match(rf"\s+{_BE}(?:{_FINISHED})(?![\w\u0900-\u0dff])", rest, re.IGNORECASE)
        if said and not rest[:1].isalnum() and _same_kind(milestone, said.group(0)):
            after = rest[said.end():]
            if _REACHED_TAIL.fullmatch(after) or (_DATED_THEN.match(after) and not _PARTLY.search(after)):
                return rest
    return _stem_tail(head, milestone)


def _stem_tail(item: str, milestone: str) -> Optional[str]:
    """Return the rest of a done item that starts with the first words of a milestone's name in other forms of the
    same words (two or more, and half its words of four letters or more outside brackets: "Sandbox opened" of
    "Sandbox open to third-party providers", review 60b F1) when that rest gives the day or says "on time"."""
    said = item.split()
    wanted = _BRACKETED.sub("", milestone).split()
    telling = [w for w in wanted if len(re.sub(r"\W", "", w)) >= 4]
    k = 0
    while k < min(len(said), len(wanted)) and _same_stem(said[k], wanted[k]):
        k += 1
    if k < 2 or k * 2 < len(telling):
        return None
    rest = item[len(" ".join(said[:k])):] if item.startswith(" ".join(said[:k])) else ""
    # (a day in words too: "Public beta launched on 7 September", review 127a F3)
    told = (re.search(r"\d{4}-\d{2}-\d{2}|on\s+time|as\s+planned|on\s+schedule", rest, re.IGNORECASE) or days_in(rest)
            or _DAY_MONTH.search(rest) or _MONTH_DAY.search(rest))
    return rest if told and not _PARTLY.search(rest) and (_REACHED_TAIL.fullmatch(rest) or _DATED_THEN.match(rest)) \
        else None


def _same_stem(a: str, b: str) -> bool:
    """Return True when two words are forms of one word: the same, or sharing their first four letters ("opened")."""
    x, y = re.sub(r"\W", "", a).casefold(), re.sub(r"\W", "", b).casefold()
    return x == y or (len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4])


def day_done(items: Sequence[str], milestone: str, until: Optional[dt.date] = None) -> Optional[dt.date]:
    """Return the day a done item gives for a milestone (its name followed by that date alone, or an item that
    `mentions_done` reads with one day: `days_in`, in words too with ``until``, the report's date), or None."""
    for item in items:
        tail = _tail(item, milestone)
        found = re.search(r"\d{4}-\d{2}-\d{2}", tail or "")
        if found:
            try:
                return dt.date.fromisoformat(found.group(0))
            except ValueError:
                return None
        # its name, then the day in words ("Pilot go/no-go passed on 14 November", review 58c F2)
        # or an item read as done that gives one day after a note ("accepted at the gate on 2026-03-13", review 75c)
        days = days_in(item, until, HALF_YEAR) if (tail is not None or mentions_done(item, milestone)
                                                   or names_done([item], milestone)) else []
        if len(days) == 1:
            return days[0]
    return None


# words saying a thing was done, in the languages the answers may be written in, after a milestone's name in a done
# item ("Hito «MVP interno» alcanzado el 2026-04-24", "Go decision for group rollout given by the project board")
_DONE_WORDS = re.compile(
    r"\b(?:done|complete[d]?|achieved|reached|met|signed|approved|accepted|granted|given|passed|delivered|finished|live"
    r"|validated|verified|published|implemented|installed|commissioned|rolled out|tested|acknowledged"
    r"|since|held|obtained|issued|closed|migrated|deployed|released|launched|alcanzad[oa]s?|logrado|completad[oa]s?"
    r"|finalizad[oa]s?|cumplid[oa]s?|entregad[oa]s?|aprobad[oa]s?|conseguid[oa]|superad[oa]|atteinte?s?|termin[ée]e?s?"
    r"|achev[ée]e?s?|livr[ée]e?s?|valid[ée]e?s?|approuv[ée]e?s?|réalis[ée]e?s?|franchie?s?|rendue?s?|émise?s?"
    r"|prononcée?s?|erreicht|abgeschlossen"
    r"|fertiggestellt|geliefert|freigegeben|abgenommen|bestanden|raggiunt[oa]|completat[oa]|conclus[oa]|consegnat[oa]"
    r"|approvat[oa]?|alcançad[oa]|concluíd[oa]|entregue|aprovad[oa]|behaald|afgerond|opgeleverd|goedgekeurd"
    r"|osiągnięt[ya]|zakończon[ya]|ukończon[ya]|dostarczon[ya]|zatwierdzon[ya]"
    # Turkish (review 109a F3: "G1 tasarım onay kapısı geçildi" beside "no report records it as done")
    r"|geçildi|tamamlandı|onaylandı|alındı|yapıldı|edildi|imzalandı"
    # Romanian, Hungarian, Indonesian, Vietnamese (review 111a F2: "Integrare testată și acceptată")
    r"|aprobat[ăa]?|acceptat[ăa]?|finalizat[ăa]?|semnat[ăa]?|livrat[ăa]?|încheiat[ăa]?|realizat[ăa]?"
    r"|jóváhagyva|elfogadva|lezárva|befejezve|átadva|teljesítve|disetujui|selesai|diterima|hoàn thành"
    r"|स्वीकृत|अनुमोदित|पूर्ण|पूरा|पूरी|संपन्न|सम्पन्न"
    # Urdu, Persian, Latvian, Estonian, Kazakh, Georgian, Bulgarian, Lithuanian, Catalan, Swahili (reviews 114-115:
    # "تشکیل مکمل کا گیٹ 23 اکتوبر کو منظور", the gate of "configuration complete" approved on 23 October)
    r"|منظور|منظوری|مکمل ہوا|مکمل ہوئی|تأیید شد|انجام شد|تکمیل شد|pabeigts|pabeigta|apstiprināts|apstiprināta"
    r"|sasniegts|nodots|valmis|kinnitatud|lõpetatud|аяқталды|бекітілді|қабылданды|қол қойылды|жабылды"
    r"|დასრულდა|დამტკიცდა|завършен[ао]?|одобрен[ао]?|приет[ао]?|baigta|patvirtinta|užbaigta|pasiekta"
    r"|aprovat|aprovada|completat|completada|finalitzat|finalitzada|lliurat|assolit|imekamilika|imeidhinishwa)\b"
    # scripts with vowel signs after their last letter (a word boundary is not found there): Bengali, Sinhala
    r"|達成|完了|承認済|稼働|เสร็จสิ้น|แล้วเสร็จ|อนุมัติแล้ว|অনুমোদিত|সম্পন্ন|অনুমোদন করা হয়েছে|අනුමත|සම්පූර්ණ"
    # Marathi, Gujarati (not "मंजूरी", approval, a vowel sign after it), isiZulu (review 122)
    r"|मंजूर(?![\u0900-\u097f])|મંજૂર(?![\u0a80-\u0aff])|પૂર્ણ(?![\u0a80-\u0aff])"
    r"|\b(?:kuqediwe|iqediwe|siqediwe|ziqediwe|kuphothuliwe|siphothuliwe|siphelele|kuvunyiwe|ivunyiwe|sivunyiwe"
    r"|kusayiniwe|isayiniwe|sisayiniwe|kufakiwe|afakiwe|ifakiwe)\b"
    # Hindi, Malayalam, said after the day ("STQC प्रमाणपत्र 19 जून को प्राप्त हुआ", the certificate received on 19 June;
    # "എത്തിക്സ് കമ്മിറ്റി അനുമതി 2026 മേയ് 14-ന് ലഭിച്ചു", the ethics approval received on 14 May, review 123), the
    # word whole: not "ലഭിച്ചില്ല" (not received)
    rf"|(?:{_HI_DONE}|{_ML_DONE})(?![\w\u0900-\u0dff])",
    re.IGNORECASE)


def mentions_done(item: str, milestone: str) -> bool:
    """Return True when a done item holds a milestone's name (whole words, in quotes or not) and after it a word
    saying it was done, with no word of a delay, a plan or a part."""
    folded = item.casefold()
    for name in names(milestone):
        found = whole_words(name, folded)
        if found is None:
            continue
        rest = item[found.end():]
        plain = _AS_PLANNED.sub(" ", item)
        if _DONE_WORDS.search(rest) and not _NOT_YET.search(plain) and not _PARTLY.search(rest):
            return True
    return False


def names_done(items: Sequence[str], milestone: str) -> bool:
    """Return True when one of a report's items is the milestone's name itself (letters and digits compared),
    or the name followed only by a date or a word saying it was reached ("Parallel run started 2026-11-02"), or a
    name that itself says it was reached followed by what it was for ("Purchase order signed for GBP 560,000
    hardware", `_QUALIFIED`)."""
    wanted = {key for key in map(key_of, names(milestone)) if key}
    return bool(wanted) and any(key_of(item) in wanted or _tail(item, milestone) is not None
                                or _qualified(item, milestone) or mentions_done(item, milestone)
                                or _named_more_fully(item, milestone) or _same_words(item, milestone)
                                or _finished_inside(item, milestone) or _finished_otherwise(item, milestone)
                                or _noted(item, milestone) for item in items)


def _noted(item: str, milestone: str) -> bool:
    """Return True when a done item is a milestone's name of two words or more followed only by a note in brackets
    that names no part, plan or delay: "Έγκριση σχεδιασμού (πύλη φάσης 1)" for "Έγκριση σχεδιασμού" (review 110a F4:
    design approval, phase gate 1, shown unreported in three reports)."""
    head = item.strip().rstrip(".")
    for name in names(milestone):
        if len(name.split()) < 2 or not head.casefold().startswith(name.casefold()):
            continue
        # (what it included said before the note: "Production platform ready including the HSM (23 Oct)", review
        # 128a F5)
        note = re.fullmatch(r"((?:\s+(?:including|incl\.|with|plus|y|avec|mit|inklusive|inclusief|incluindo|incluido)"
                            r"\s+[^()]*?)?)\s*\(([^()]*)\)", head[len(name):], re.IGNORECASE)
        if note is not None and not any(_PARTLY.search(part) or _NOT_YET.search(part) or _TOWARDS.search(part)
                                        for part in (note.group(2), re.sub(r"^\s*\S+\s+", "", note.group(1)))):
            return True
    return False


def _same_kind(name: str, said: str) -> bool:
    """Return False when a milestone's name says its work was approved and the words said of it only that it was
    done (`_APPROVED`): "opgeleverd" does not reach "Zoneringsontwerp goedgekeurd"."""
    ending = _ENDS_FINISHED.search(name)
    return not (ending and _APPROVED.search(ending.group(0)) and not _APPROVED.search(said))


# words saying a decision approved the work, not that it was done: another word of being done does not say it
_APPROVED = re.compile(r"approved|accepted|signed[\s-]off|goedgekeurd|geaccepteerd|genehmigt|freigegeben|abgenommen"
                       r"|approuvée?s?|validée?s?|aprobad[oa]s?|aprovad[oa]s?|approvat[oa]|godkjent|godkänd|godkendt"
                       r"|hyväksytty|zatwierdzon[aey]|schválen[aoý]?|aprobat[ăa]?|onaylandı", re.IGNORECASE)


def _finished_otherwise(item: str, milestone: str) -> bool:
    """Return True when a done item is a milestone's name with another word saying it was finished in the place of
    its own, read as the milestone's name would be (`_tail`, `_qualified`): "OQ freigegeben" for "OQ abgeschlossen"
    (review 107c F2)."""
    for name in names(milestone):
        ending = _ENDS_FINISHED.search(name)
        core = name[:ending.start()].strip() if ending else ""
        said = re.match(rf"\s*{re.escape(core)}\s+(?:{_FINISHED})(?![\w\u0900-\u0dff])", item, re.IGNORECASE) \
            if core else None
        if said is None or not (sum(ch.isalpha() for ch in core) >= 3 or re.fullmatch(r"[A-Z]{2}\d?", core)):
            continue
        # a name saying it was approved is not reached by its work delivered ("Zoneringsontwerp opgeleverd" for
        # "Zoneringsontwerp goedgekeurd", approved days later: review 137c F2)
        if not _same_kind(name, said.group(0)[len(said.group(0)) - len(said.group(0).lstrip()) + len(core):]):
            continue
        swapped = f"{item[:said.start()]}{name}{item[said.end():]}"
        if swapped != item and (key_of(swapped) == key_of(name) or _tail(swapped, milestone) is not None
                                or _qualified(swapped, milestone)):
            return True
    return False


def _finished_inside(item: str, milestone: str) -> bool:
    """Return True when a done item is a milestone's name with one word saying it was done put inside it, as a
    language's word order puts it ("MVP importation livré en test" for "MVP importation en test", review 84c F4)."""
    said = [w.casefold() for w in _WORD.findall(item.strip().rstrip("."))]
    wanted = [w.casefold() for w in _WORD.findall(milestone)]
    if len(said) != len(wanted) + 1 or len(wanted) < 2:
        return False
    return any(said[:i] + said[i + 1:] == wanted and _DONE_WORD.fullmatch(said[i]) for i in range(1, len(said) - 1))


_DONE_WORD = re.compile(rf"(?:{_FINISHED})", re.IGNORECASE)


_WORD = re.compile(r"\w+(?:-\w+)*")  # "cut-over" is one word


def _same_words(item: str, milestone: str) -> bool:
    """Return True when a done item of three words or more (before a note after a dash or colon: "Wave 1 complete -
    1,104 mailboxes", review 68c F1) holds only words of a milestone's name, which holds one word more at most, not
    one of a plan, a part or a delay ("Wards 4 and 5 live" for "Pilot wards live (wards 4 and 5)", review 56a F2)."""
    said = {_START.get(w.casefold(), w.casefold())
            for w in _WORD.findall(re.split(r"\s[-\u2013\u2014]\s|:\s|\s\(", item, maxsplit=1)[0])}
    wanted = {_START.get(w.casefold(), w.casefold()) for w in _WORD.findall(milestone)}
    # a word of the name said in another form of it, as other languages inflect it: "Detailní návrh schválen" for
    # "Schválený detailní návrh" (review 108a F6)
    said = {next((w for w in wanted if _inflected(word, w)), word) for word in said}
    extra = " ".join(sorted(wanted - said))
    # (not the word after the dash of the name, which tells it from another: "Switch to the new network – Upolu"
    # done is not "– Savaii", review 163c F2)
    told_apart = re.split(r"\s[-\u2013\u2014]\s|:\s", milestone, maxsplit=1)[1:]
    if told_apart and (wanted - said) & {w.casefold() for w in _WORD.findall(told_apart[0])}:
        return False
    return (len(said) >= 3 and said <= wanted and len(wanted - said) <= 1 and not _TOWARDS.search(extra)
            and not _PARTLY.search(extra) and not _NOT_YET.search(item) and not _PARTLY.search(item))


# words saying a thing began, one word to compare by ("Parallel run started (30 Nov)" for the milestone "Parallel run
# commenced", review 128a F5)
_START = {**dict.fromkeys(("started", "commenced", "began", "begun", "begins", "starts", "commences", "kicked-off"), "start"),
          # ... and a go-live as "live" ("Christchurch Hospital outpatients live (16 Nov)", review 131a F5)
          "go-live": "live", "golive": "live"}


def _inflected(one: str, other: str) -> bool:
    """Return True when two words (case-folded) are forms of one word: one starts with the other, five letters or
    more, and ends two letters at most after it ("schválen", "schválený")."""
    short, long = sorted((one, other), key=len)
    return short != long and len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 2


# what a word or two before a milestone's name may not be: a part, a plan or work towards it ("Preparation for
# go-live" is not the go-live)
_TOWARDS = re.compile(r"\b(?:for|before|towards?|to|of|prep\w*|ready|readiness|plan\w*|draft|partial|first|next)\b",
                      re.IGNORECASE)


def _named_more_fully(item: str, milestone: str) -> bool:
    """Return True when a done item is a milestone's name of three words or more with a word or two before it that
    name the same thing more fully ("Feature pipeline live in shadow mode" for the milestone "Pipeline live in shadow
    mode", review 51c F4), with no word of a delay, a plan or a part."""
    head = item.strip().rstrip(".")
    for name in names(milestone):
        if len(name.split()) < 3 or not head.casefold().endswith(name.casefold()):
            continue
        before = head[: len(head) - len(name)]
        if before and not before[-1:].isspace():
            continue
        # (not a count: "9 pilot sites commissioned" is not "Pilot sites commissioned", review 106b F1)
        if 1 <= len(before.split()) <= 2 and not _TOWARDS.search(before) and not _NOT_YET.search(before) \
                and not _PARTLY.search(before) and not re.search(r"\d", before):
            return True
    return False


_ENDS_REACHED = re.compile(rf"\b(?:{_REACHED_WORDS})\s*$", re.IGNORECASE)
# what may follow such a name: what it was for or with, never a part of it ("for 2 of 3 stores", "except Leeds"); to
# whom ("Contract awarded to Controltech", review 125b F4)
_QUALIFIED = re.compile(r"\s*(?:for|with|by|on|at|in|to|nella|nel|alla|al|sulla|sul|en|el|am|im|le|à|na|no|:|,|\("
                       # Persian, Bulgarian, Catalan, Swahili: "در کمیته راهبری" (at the steering committee)
                       r"|در|توسط|با|в|от|per|kwa|[\u2013\u2014-])\s")
# a milestone named for an event that is a decision ("Requirements approval", "تأیید سند نیازمندی‌ها", approval of the
# requirements document): listed as done, followed by who took it, it was reached (review 114a F5: "تأیید سند
# نیازمندی‌ها در کمیته راهبری" in a report's done items, beside "no report records it as done")
_EVENT = re.compile(r"(?:^|\s)(?:approval|sign-off|acceptance)\s*$|^\s*(?:تأیید|تصویب)\s"
                    r"|(?:^|\s)(?:одобрение|aprovació|patvirtinimas|অনুমোদন)(?:\s|$)", re.IGNORECASE)
_PARTLY = re.compile(r"\b(?:partly|partially|part of|except|but|not|first|phase|\d+\s+(?:of|out of|/)\s+\d+"
                     # "except" in Tamil, Croatian, Slovenian, Icelandic, Welsh, Basque, Albanian (review 116a F3:
                     # "FAT நிறைவு (battery test தவிர)", complete but for the battery test, read as reached)
                     r"|தவிர|தவிர்த்து|நீங்கலாக|osim|razen|nema|ac eithrio|heblaw|ezik|salbu|përveç|pervec)\b",
                     re.IGNORECASE)


def _qualified(item: str, milestone: str) -> bool:
    """Return True when a milestone's name says it was reached ("... signed") or names a decision (`_EVENT`) and a
    done item is that name followed by what it was for or who took it ("Purchase order signed for GBP 560,000 hardware
    and services", "Requirements approval at the steering committee"), with no word of a part."""
    head = item.strip()
    for name in names(milestone):  # (or its participle's: "Pilota avviato nella data ripianificata", review 107b F2)
        if not (_ENDS_REACHED.search(name) or _EVENT.search(name)) or not head.casefold().startswith(name.casefold()):
            continue
        rest = head[len(name):] + " "
        if _QUALIFIED.match(rest) is not None and _PARTLY.search(rest) is None and not _counted_part(rest, milestone):
            return True
    return False


# a count of places or things: "at four hospitals", "in 3 stores"
_COUNT = re.compile(r"(?<![\d,.\w])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\d,.\w])"
                    r"\s+[^\W\d_]{3,}",
                    re.IGNORECASE)


def _counted_part(rest: str, milestone: str) -> bool:
    """Return True when what follows a milestone's name in a done item counts places or things its name does not
    ("Wave 1 go-live at four hospitals" for "Wave 1 go-live (hospitals)", review 126a F4: four of five, read as
    reached): it may be a part of it."""
    return any(found.group(1).casefold() not in milestone.casefold().split() for found in _COUNT.finditer(rest))


def delivered(items: Sequence[str], milestone: m.Milestone) -> bool:
    """Return True when a milestone lists deliverables and a report's items name each of them as done, the way
    `names_done` reads a milestone's own name ("Gap analysis report accepted" for the milestone "Gap report accepted",
    which lists the deliverable "Gap analysis report")."""
    return all_delivered(items, milestone.name, milestone.deliverables)


def all_delivered(items: Sequence[str], milestone: str, deliverables: Sequence[str]) -> bool:
    """Return True when a milestone (its name) lists deliverables, is no more than them done (`stands_for`) and the
    items name each of them as done (`names_done`): `delivered`, for a milestone given by its parts."""
    return (bool(deliverables) and stands_for(milestone, deliverables)
            and all(names_done(items, name) for name in deliverables))


# a word's letters with the marks of the scripts that write vowels as marks (Devanagari and the other scripts of India,
# Thai, Burmese), which ``\w`` leaves out (review 112c F1: "डेटा" read as two words)
_LETTERS = re.compile(r"(?:\w|[\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f])+")


def stands_for(milestone: str, deliverables: Sequence[str]) -> bool:
    """Return True when a milestone's name is no more than its deliverables being done: a name of two words or fewer
    ("Go-live", "Handover") or one sharing a word of four letters or more, or an acronym, with them ("Gap report
    accepted", of "Gap analysis report"); "Northbridge live at 100% traffic" is an event of its own, not reached by
    "Rules fallback engine chaos-tested" (review 55b F1)."""
    def telling(name: str) -> set[str]:  # words of four letters or more, and acronyms ("API": review 65a F1)
        return {w.casefold() for w in _LETTERS.findall(name) if len(w) >= 4 or (len(w) >= 2 and w.isupper())}
    return len(milestone.split()) <= 2 or bool(telling(milestone) & {w for name in deliverables for w in telling(name)})


# words saying a milestone is not reached yet, in a summary's sentence ("slipped", "now expected", "prévu pour")
_NOT_YET = re.compile(r"\b(?:not|no\s+longer|yet|late|later|slip\w*|delay\w*|missed|miss|expected|expect|plan\w*|due"
                      r"|forecast\w*|will|postpon\w*|moved|move|moves|moving|propos\w*|pending|awaiting|risk|behind|instead|re-?planned|target\w*"
                      r"|re-?baselin\w*|re-?scheduled?|deferred|pushed|now\s+on"
                      r"|pas|retard\w*|prévu\w*|report\w*|attendu\w*|décal\w*|nicht|noch|versch\w+|geplant|verzög\w*"
                      r"|erwartet|no|retras\w*|previst\w*|aplazad\w*|ritard\w*|atras\w*|niet|vertraag\w*|gepland"
                      r"|nie|opóźn\w*|planowan\w*)\b"
                      # Hindi, Malayalam (review 123): will be, expected, likely, not; "വൈകും", will be late,
                      # "പ്രതീക്ഷിക്കുന്നു", expected, a verb denied ("ലഭിച്ചില്ല", not received)
                      r"|(?<![\w\u0900-\u0dff])(?:होगा|होगी|होंगे|होगें|जाएगा|जाएगी|जाएंगे|जाएँगे|संभावना|संभावित"
                      r"|अनुमानित|अपेक्षित|नहीं|स्थगित"
                      r"|खिसक[\u0900-\u097f]*|टल[\u0900-\u097f]*|പ്രതീക്ഷിക്കുന്നു|പ്രതീക്ഷിക്കപ്പെടുന്നു|ലക്ഷ്യമിടുന്നു"
                      r"|വൈകും|നീട്ടി|നീട്ടിവച്ചു|ഇല്ല|[\u0d00-\u0d7f]+ില്ല)(?![\w\u0900-\u0dff])", re.IGNORECASE)
# what says it was reached on time, taken out before `_NOT_YET` reads the sentence
_AS_PLANNED = re.compile(r"\b(?:as\s+planned|as\s+scheduled|on\s+time|on\s+schedule|comme\s+prévu|dans\s+les\s+temps"
                         r"|à\s+la\s+date\s+prévue|wie\s+geplant|termingerecht|según\s+lo\s+previsto|como\s+estaba"
                         r"\s+previsto|a\s+tiempo|come\s+previsto|in\s+tempo|conforme\s+previsto|volgens\s+plan"
                         r"|zgodnie\s+z\s+planem|w\s+terminie)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.;!?\u0964\u0965])\s+|\n+")  # (and the danda ending a Hindi sentence, review 123)
HALF_YEAR = 183  # a report tells of its own period: a day without a year further back is ahead of it


_MONTH = _NAMES
# (Marathi, Gujarati, isiZulu: "१२ डिसेंबरला", "21 નવેમ્બરે", "zi-17 kuJulayi", review 122)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?:\s+(?:de\s+|d['’]|ta['’]\s+)?|-){_MONTH_PREFIX}({_MONTH})"
                        rf"{_AFTER_MONTH}(?:,?\s+(?:de\s+)?(\d{{4}}))?", re.IGNORECASE)
# (Hungarian "október 29-én", "2025. október 29.": review 110b F1; Malayalam, its year first and "on" written onto the
# day: "2026 മേയ് 14-ന്", "ഡിസംബർ 29ന്", review 123)
# (a shortened month with its full stop: "from Aug. 4 to Aug. 25, 2025", review 134a F3)
# (Hungarian, its year with a full stop: "2026. augusztus 1.", review 147c F4)
_MONTH_DAY = re.compile(rf"(?<![\w\u0900-\u0dff])(?:(\d{{4}})\.?\s+)?({_MONTH})\.?\s+(\d{{1,2}})"
                        r"(?:-?(?:ന്|നു)(?![\w\u0900-\u0dff])|(?:st|nd|rd|th|-[^\W\d_]{1,3}\b)?\b)"
                        r"(?:,?\s+(\d{4}))?", re.IGNORECASE)


# ... and with no year, as Finnish, Czech and German write a day: "MVP hyväksytty ohjausryhmässä 20.5.", "siirto 16.6.
# → 18.8.2025" (review 135a F2, F4); not a version's or a section's number ("version 1.2.")
_DOTTED_SHORT = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(?![\w.])")
_NUMBERED = re.compile(r"(?:\b(?:v|ver|version|versio|verze|verzia|versión|versão|versione|release|sprint|chapter"
                       r"|section|kapitola|luku|no|nr|nro|č|§)\.?|§)\s*$", re.IGNORECASE)


def short_dotted(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """Return the days a text writes with dots and no year ("20.5."), as (day, month, match), not a numbered
    version or section's (`_NUMBERED`)."""
    return [(int(f.group(1)), int(f.group(2)), f) for f in _DOTTED_SHORT.finditer(text)
            if 1 <= int(f.group(2)) <= 12 and 1 <= int(f.group(1)) <= 31 and not _NUMBERED.search(text[:f.start()])]


def iso_text(text: Optional[str], around: dt.date) -> str:
    """Return a text with its days in ISO form, as the readers of jobs and moves take them (`iso_dates.iso_days`,
    `iso_worded`, `iso_dates.iso_short`): a day in words or without a year in the year nearest ``around``."""
    return iso_short(iso_worded(iso_days(text or ""), around), around)


def iso_worded(text: str, around: dt.date) -> str:
    """Return a text with its days written in words ("June 30", "30 June 2026") in ISO form, a day without a year
    taken in the year that puts it nearest ``around`` (a change request's date: "Move public launch from June 30 to
    July 14", review 99b F1); a day that is no day stays as written."""
    def iso(day: int, month: int, year: Optional[str]) -> Optional[str]:
        try:
            if year:
                # (a year of the Buddhist era, as Thai dates give it: 2569 is 2026, review 151c)
                return dt.date(int(year) - (543 if int(year) > 2400 else 0), month, day).isoformat()
            near = [dt.date(around.year + shift, month, day) for shift in (-1, 0, 1)]
        except ValueError:
            return None
        return min(near, key=lambda d: abs((d - around).days)).isoformat() + _GUESSED

    # a Latvian day, its year first: "2025. gada 14. martam" (review 149b F2)
    text = _YEAR_GADA.sub(r"\2. \3 \1", text)
    # the Urdu first of a month: "یکم ستمبر 2026" (review 151b F2)
    text = _FIRST_UR.sub("1 ", text)
    # a range's first day takes its month from the second: "del 6 al 20 de julio", "from 6 to 20 July" (review 125c
    # F5: CR-003 moved the pilot "del 6 al 20 de julio", and a report before it was "14 days early")
    text = _DAY_RANGE.sub(lambda f: f"{f.group(1)}{f.group(2)} {f.group(5)}{f.group(3)}{f.group(4)}{f.group(5)}", text)
    # ... and its month first, as American English writes it: "on leave Aug 3–21, 2026" (review 157c F1: the leave and
    # the acting PM's time not read, the acting PM named owner of every report)
    text = _MONTH_DAYS.sub(lambda f: f"{f.group(1)} {f.group(2)}{f.group(4) or ''} \u2013 {f.group(1)} {f.group(3)}"
                           f"{f.group(4) or ''}", text)
    text = _DAY_MONTH.sub(lambda f: iso(int(f.group(1)), _MONTHS[f.group(2).casefold()], f.group(3)) or f.group(0),
                          text)
    for day, month, found in reversed(short_dotted(text)):  # "16.6." (review 135a F4)
        text = f"{text[:found.start()]}{iso(day, month, None) or found.group(0)}{text[found.end():]}"
    text = _CJK_DAY.sub(lambda f: iso(int(f.group(3)), int(f.group(2)), f.group(1)) or f.group(0), text)
    text = _MONTH_DAY.sub(lambda f: iso(int(f.group(3)), _MONTHS[f.group(2).casefold()], f.group(4) or f.group(1))
                          or f.group(0), text)
    # a move's first day without a year takes the second's, the year before where it falls later in the year: "from
    # June 30 to July 31, 2026" (review 133b F1: read as 2025-06-30, a year early, in nine reports)
    text = _GUESSED_FROM.sub(_year_of_second, text)
    # ... and a time's second day without a year takes the first's, the year after where it falls earlier in the
    # year: "2026. augusztus 1. és október 31. között" (between 1 August and 31 October 2026, review 147c F4)
    text = _GUESSED_TO.sub(_year_of_first, text)
    return text.replace(_GUESSED, "")


_GUESSED = "\u2063"  # marks a day whose year `iso_worded` chose (never left in its text)
_FIRST_UR = re.compile(r"(?<!\w)یکم\s+")
_YEAR_GADA = re.compile(r"\b(\d{4})\.\s*gad(?:a|ā)\s+(\d{1,2})\.\s*([^\W\d_]+)", re.IGNORECASE)
_GUESSED_FROM = re.compile(rf"(\d{{4}})-(\d{{2}}-\d{{2}}){_GUESSED}(\s+(?:to|until|till|al|a|hasta|au|à|auf|bis|tot|naar|ao|até"
                           rf"|til|till|do|na|la|στις|σε|έως)\s+(?:den\s+|el\s+|le\s+|the\s+)?)(\d{{4}})-(\d{{2}}-\d{{2}})(?!{_GUESSED})")


_GUESSED_TO = re.compile(rf"(\d{{4}})-(\d{{2}}-\d{{2}})(?!{_GUESSED})(\.?\s*(?:[-\u2013\u2014]|to|until|till|és|bis|au|al|a|hasta"
                         rf"|tot|até|do|iki)\s*)(\d{{4}})-(\d{{2}}-\d{{2}}){_GUESSED}")


def _year_of_first(found: re.Match[str]) -> str:
    """Return a time of two days, its second day (its year guessed) in the first day's year, or the year after."""
    year = int(found.group(1)) + (found.group(5) < found.group(2))
    return f"{found.group(1)}-{found.group(2)}{found.group(3)}{year}-{found.group(5)}"


def _year_of_second(found: re.Match[str]) -> str:
    """Return a move of two days, its first day (its year guessed) in the second day's year, or the year before."""
    year = int(found.group(4)) - (found.group(2) > found.group(5))
    return f"{year}-{found.group(2)}{found.group(3)}{found.group(4)}-{found.group(5)}"


# "from 6 to 20 July", "del 6 al 20 de julio", "du 6 au 20 juillet", "dal 6 al 20 luglio", "van 6 tot 20 juli",
# "vom 6. auf den 20. Juli": the first day (group 2), the words between (3), the second day (4) and its month (5)
_DAY_RANGE = re.compile(rf"\b((?:from|del|de|desde|du|dal|dall['’]|vom|von|van|do)\s+)(\d{{1,2}})\.?"
                        rf"(\s+(?:to|until|al|a|hasta|au|à|all['’]|auf\s+den|auf|bis\s+zum|bis|tot|naar|ao|até)\s+)"
                        rf"(\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+)((?:de\s+)?{_MONTH_PREFIX}(?:{_MONTH}){_AFTER_MONTH})",
                        re.IGNORECASE)
# "Aug 3–21, 2026", "August 3-21": a month, two days of it and perhaps its year
_MONTH_DAYS = re.compile(r"(?<![\w\u0900-\u0dff])((?:" + _ENGLISH_MONTH + r")\.?)\s+(\d{1,2})\s*"
                         r"[-\u2013\u2014]\s*(\d{1,2})(?![\d/.:-])(,?\s+\d{4})?", re.IGNORECASE)
_CJK_DAY = re.compile(r"(?:(\d{4})\s*[년年]\s*)?(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]")


def days_in(text: str, until: Optional[dt.date] = None, within: int = 366) -> list[dt.date]:
    """Return the days a text gives, each once, in order: ISO dates, and, with ``until`` (the report's date), days in
    words ("19 June", "June 19, 2026", review 50c F4), a day without a year taken in the year that puts it on or
    before ``until`` by ``within`` days at most, else in its year (a report's summary: "to 19 December" is ahead,
    review 62a F1). An ISO date that is no day (2026-02-30) gives an empty list: the text is not read."""
    found: list[dt.date] = []
    if "/" in text:  # days with slashes and a year, as `iso_dates.iso_days` reads them: "Arquitetura aprovada em
        text = iso_days(text)  # 28/03/2025", "on 11/20/2025" (review 129c F5, F7)
    for iso in re.findall(r"\d{4}-\d{2}-\d{2}", text):
        try:
            found.append(dt.date.fromisoformat(iso))
        except ValueError:
            return []
    # a day written with dots, day first, as in German, Swiss, Nordic and Dutch: "(30.09.2026)" (review 96a F6)
    for day, month, year in DOTTED.findall(text):
        try:
            dotted = dt.date(int(year), int(month), int(day))
        except ValueError:
            return []
        if dotted not in found:
            found.append(dotted)
    if until is not None:
        text = days_in_words(text)  # "le vingt mai deux mille vingt-cinq" (reviews 129c F5, 130c F2)
        spans = [(int(d), _MONTHS[mo.casefold()], y) for d, mo, y in _DAY_MONTH.findall(text)]
        spans += [(d, mo, "") for d, mo, _found in short_dotted(text)]  # "20.5." (review 135a F2)
        spans += [(int(d), _MONTHS[mo.casefold()], y or first) for first, mo, d, y in _MONTH_DAY.findall(text)]
        # ... and as Korean, Japanese and Chinese write them: "8월 21일", "2026年8月21日" (review 108c F3)
        spans += [(int(d), int(mo), y) for y, mo, d in _CJK_DAY.findall(text) if 1 <= int(mo) <= 12]
        for day, month, year in spans:
            try:
                when = dt.date(int(year) if year else until.year, month, day)
                if not year and when > until and (until - dt.date(until.year - 1, month, day)).days <= within:
                    when = dt.date(until.year - 1, month, day)
            except ValueError:
                continue
            found.append(when)
        if _TODAY.search(text):  # "MVP went live for 50 pilot stores today itself" (review 129b F7): the report's day
            found.append(until)
    return list(dict.fromkeys(found))


_TODAY = re.compile(r"\b(?:today|vandaag|heute|aujourd['’]hui|hoy|hoje|oggi|dzisiaj|idag|i dag|tänään)\b", re.IGNORECASE)


# a clause about something else after a milestone's: a relative one, or one joined by "but", "while"
_ASIDE = re.compile(r",\s+(?:dont|which|whose|where|whereas|while|but|mais|alors que|tandis que|cuyo|cuya|donde|pero"
                    r"|mientras|deren|dessen|wobei|aber|waarvan|maar|terwijl|cujo|cuja|onde|mas|il cui|la cui|ma)\b"
                    r"|;\s+", re.IGNORECASE)
_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas|although)\s+|\s*;\s*", re.IGNORECASE)


_AFTER = re.compile(r"\b(?:after|following|après|apres|suite à|nach|después de|despues de|tras|dopo|após|apos|na|po)"
                    r"\s+(?:the\s+|l'|l’|le\s+|la\s+|les\s+|dem\s+|der\s+|den\s+|del\s+|de\s+la\s+|il\s+|lo\s+|o\s+|a\s+)?$",
                    re.IGNORECASE)


def said_reached(text: str, milestone: str, until: dt.date) -> Optional[dt.date]:
    """Return the day a summary says a milestone was reached: a sentence that holds its name and one day (`days_in`:
    ISO, or in words) on or before ``until``, and no word of a delay, a plan or a part; None otherwise."""
    wanted = [name.casefold() for name in names(milestone) if name]
    sentences = _SENTENCE_END.split(text)
    # a sentence giving two days says which is the milestone's in its clause (review 56a F6)
    for sentence in [*sentences, *(c for s in sentences if len(days_in(s, until, HALF_YEAR)) > 1 for c in _CLAUSE.split(s))]:
        folded = plain_order(sentence, _FINISHED).casefold()
        found = [f for f in (whole_words(name, folded) for name in wanted) if f is not None]
        if not found and not _finished(folded, milestone):
            continue
        # named as what came before something else, which the day is of ("a décidé la généralisation le 13 novembre
        # après l'avis du CSE": review 108c F2, the opinion given on 5 November read as given on the 13th)
        if found and all(_AFTER.search(folded[:f.start()]) for f in found):
            continue
        days = days_in(sentence, until, HALF_YEAR)
        if not days and re.search(r"\d{4}-\d{2}-\d{2}", sentence):
            return None  # an ISO date that is no day (`days_in` reads none of the sentence then)
        # a day in a clause of its own, about something else, is not the milestone's ("... est terminée : ..., dont
        # l'environnement de test n'a été livré que le 14 septembre": review 106a F1)
        aside = _ASIDE.search(sentence)
        head = plain_order(sentence[:aside.start()], _FINISHED).casefold() if aside is not None else ""
        if days and aside is not None and not days_in(sentence[:aside.start()], until, HALF_YEAR) and (any(
                whole_words(name, head) for name in wanted) or _finished(head, milestone)):
            continue
        plain = _AS_PLANNED.sub(" ", sentence)
        for name in wanted:  # its own name's words say no delay ("Plan de remediación aprobado el 13 de marzo",
            plain = re.sub(re.escape(name), " ", plain, flags=re.IGNORECASE)  # review 119c F6: "plan" read as one)
        if len(days) == 1 and days[0] <= until and not _NOT_YET.search(plain) and not _PARTLY.search(plain):
            return days[0]
    return None


def says_reached(text: str, milestone: str, until: dt.date) -> bool:
    """Return True when a summary says a milestone was reached, with its day (`said_reached`) or without one: a
    sentence that holds its name and "on time" or "as planned", or says its work was finished ("Pilot migration
    done" for "Pilot migration complete"), with no day after ``until`` and no word of a delay."""
    if said_reached(text, milestone, until) is not None:
        return True
    wanted = [name.casefold() for name in names(milestone) if name]
    for sentence in _SENTENCE_END.split(text):
        folded = plain_order(sentence, _FINISHED).casefold()
        if not ((any(whole_words(name, folded) for name in wanted) and _AS_PLANNED.search(sentence))
                or _finished(folded, milestone)):
            continue
        plain = _AS_PLANNED.sub(" ", sentence)
        later = [day for day in re.findall(r"\d{4}-\d{2}-\d{2}", sentence) if day > until.isoformat()]
        if not later and not _NOT_YET.search(plain) and not _PARTLY.search(plain):
            return True
    return False


class Told(Record):
    """Return what one status report tells about milestones: its date, summary, done items and forecasts."""

    date: dt.date
    summary: str
    done: tuple[str, ...]
    forecasts: tuple[tuple[str, dt.date], ...]


def recorded(milestone: str, deliverables: Sequence[str], reports: Sequence[Told], until: dt.date) -> bool:
    """Return True when the status reports up to ``until`` record where a milestone stands: a forecast in the report
    of that day, or a forecast on or before its own report's date left standing (the day it was reached), or its name
    among the done items or in a summary saying it was reached (the readings above)."""
    so_far = sorted((r for r in reports if r.date <= until), key=lambda r: r.date)
    if so_far and so_far[-1].date == until and any(name == milestone for name, _ in so_far[-1].forecasts):
        return True
    if reached_by_forecast(milestone, so_far):
        return True
    done = [item for r in so_far for item in r.done]
    return (day_done(done, milestone, until) is not None or names_done(done, milestone)
            or all_delivered(done, milestone, deliverables)
            or any(says_reached(r.summary, milestone, r.date) for r in so_far))


def reached_by_forecast(milestone: str, reports: Sequence[Told]) -> bool:
    """Return True when the latest forecast of a milestone among the reports (oldest first) is on or before its own
    report's date: the day it was reached."""
    last = [(r.date, day) for r in reports for name, day in r.forecasts if name == milestone]
    return bool(last) and last[-1][1] <= last[-1][0]


def dated(milestone: str, reports: Sequence[Told], deliverables: Sequence[str] = ()) -> bool:
    """Return True when the status reports give the day a milestone was reached: a forecast on or before its own
    report's date left standing, a done item with the day, a summary saying it was reached on a day, or the days of
    its last deliverables done (`delivered_by`)."""
    ordered = sorted(reports, key=lambda r: r.date)
    if reached_by_forecast(milestone, ordered):
        return True
    by = delivered_by(milestone, deliverables, ordered)
    return by is not None and by[1] is not None or any(
        day_done(r.done, milestone, r.date) is not None or said_reached(r.summary, milestone, r.date) is not None
        for r in ordered)


def listed_reached(milestone: str, deliverables: Sequence[str], reports: Sequence[Told]) -> Optional[dt.date]:
    """Return the date of the first status report whose done items or summary say a milestone was reached (its
    name done, each deliverable it lists done by then (`delivered_by`), or a summary saying so, and no forecast of a
    later day), or None."""
    by = delivered_by(milestone, deliverables, reports)
    for r in sorted(reports, key=lambda r: r.date):
        ahead = any(name == milestone and day > r.date for name, day in r.forecasts)  # review 63a E1
        if not ahead and (names_done(r.done, milestone) or by is not None and by[0] <= r.date
                          or says_reached(r.summary, milestone, r.date)):
            return r.date
    return None


def delivered_by(milestone: str, deliverables: Sequence[str],
                 reports: Sequence[Told]) -> Optional[tuple[dt.date, Optional[dt.date]]]:
    """Return when a milestone given by its parts (`all_delivered`) was reached, as the reports' done items tell it,
    that report's and the earlier ones' together: (the date of the first report by which each part is done, the day
    reached or None).  The day is the latest one that report's items give for the parts it completes, when each
    gives one and none falls before the report before it (review 89b F1: the pilot's last part "signed off by
    Production (2026-10-14)" a report after its other parts: reached that day, not "no forecast")."""
    if not deliverables or not stands_for(milestone, deliverables):
        return None
    done: list[str] = []
    previous: Optional[dt.date] = None
    for r in sorted(reports, key=lambda r: r.date):
        before = [name for name in deliverables if names_done(done, name)]
        done += r.done
        ahead = any(name == milestone and day > r.date for name, day in r.forecasts)
        if not ahead and all(names_done(done, name) for name in deliverables):
            days = [day_done(r.done, name, r.date) for name in deliverables if name not in before]
            last = max((d for d in days if d is not None), default=None)
            known = (last is not None and None not in days and last <= r.date
                     and (previous is None or last >= previous))
            return r.date, last if known else None
        previous = r.date
    return None
