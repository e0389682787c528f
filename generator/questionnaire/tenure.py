"""What the words of a person's job, as answered, say of them over time: away (on leave, or gone), left for good,
standing in for another for a time, holding a job since a day or until one.

Each rule reads the job's words in every language the answers are read in; `approval` applies them to who signs.
The module runs over 400 lines for those words: each rule's words in the languages met, kept beside the rule that
reads them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Callable, Optional, ParamSpec, Protocol, Sequence, TypeVar

from generator.questionnaire.iso_dates import reading_order
from generator.questionnaire.organizations import word_marks
from generator.questionnaire.reached import iso_text
from generator.questionnaire.rules import ROLE_WORD, STAND_IN_SHORT, STAND_IN_WORDS, says_acting


_Args = ParamSpec("_Args")
_Read = TypeVar("_Read")


def _per_order(read: Callable[_Args, _Read]) -> Callable[_Args, _Read]:
    """Return a reading of a job's words cached by its words and the order slashed days are read in
    (`iso_dates.read_days_as`): the same job in an American and a British project may give other days."""
    @functools.lru_cache(maxsize=1024)
    def cached(order: str, args: tuple[Any, ...], keywords: tuple[tuple[str, Any], ...]) -> _Read:
        return read(*args, **dict(keywords))

    @functools.wraps(read)
    def per_order(*args: _Args.args, **keywords: _Args.kwargs) -> _Read:
        return cached(reading_order(), args, tuple(sorted(keywords.items())))
    return per_order


def stood_in_over(role: Optional[str], day: dt.date) -> bool:
    """Return True when a job held in another's stead gives a time, its start and its end, that holds ``day``."""
    began, until = stood_in_from(role), stood_in_until(role)
    return began is not None and until is not None and began <= day <= until


# words saying a job's holder has left the organization, in the languages the answers are read in (`_GONE`, `_LEFT`)
_GONE_WORDS = (r"ausgeschieden|a quitté|ha dejado|ha lasciato|deixou|har slutat|har sluttet|er fratrådt"
               r"|heeft .{0,30}verlaten|uit dienst"
               # Slovak, Czech, Croatian, Polish, Hungarian (review 139a F2: "Projektový manažér do 31. 1. 2026
               # (odišiel zo spoločnosti)", the project manager who approved a change in January)
               r"|odišiel|odišla|odešel|odešla|otišao|otišla|odszedł|odeszła|kilépett|távozott"
               r"|už nepracuje|již nepracuje|više ne radi|nie pracuje już"
               # Latvian, Lithuanian, Estonian, Bulgarian (review 140b F5: "produkta īpašnieks līdz 2026-04-30;
               # uzņēmumu pametis", asked to sign version 1.2)
               r"|pametis|pametusi|pameta|aizgājis|aizgājusi|aizgāja no|vairs nestrādā|išėjo iš|nebedirba|lahkus|lahkunud"
               r"|напуснал|напуснала|вече не работи"
               # Hebrew, Arabic (review 141a F3: "סמנכ״ל רפואי לשעבר (נותן החסות עד 15.2.2026, פרש לגמלאות)",
               # asked to sign version 1.3)
               r"|לשעבר|פרש|פרשה|עזב|עזבה|السابق|سابقا|متقاعد|متقاعدة|تقاعد|تقاعدت|غادر|غادرت"
               # Swahili, Serbian, Greek, Vietnamese, Icelandic (review 142a F3: "Mratibu wa Shughuli za Nyanjani
               # (aliacha kazi tarehe 31 Machi 2026)", the coordinator who left, on ten distribution lists)
               r"|aliacha kazi|ameacha kazi|alistaafu|amestaafu|hafanyi kazi tena|aliondoka|ameondoka|napustio|napustila|penzionisan[a]?"
               r"|otišao u penziju|otišla u penziju|αποχώρησε|συνταξιοδοτήθηκε|đã nghỉ việc|đã nghỉ hưu|hætti|hætt störfum"
               # Portuguese, Ukrainian (review 143b F4: "CTO (desligado em 31/07/2025)", the former CTO's approval read
               # as one by someone holding no threshold)
               r"|desligad[oa]|exonerad[oa]|saiu da empresa|звільнен\w*|звільнився|звільнилася|пішов з компанії"
               # Kazakh, Russian, Polish, Spanish (review 144a F6: "Бас директор (2026 ж. 31 тамызда зейнеткерлікке
               # шықты)", the general director who retired, asked to approve version 2.0)
               r"|зейнеткерлікке (?:шықты|кетті)|жұмыстан (?:шықты|кетті)|вышл?а? на пенсию|уволил\w*"
               r"|przeszedł na emeryturę|przeszła na emeryturę|se jubiló|jubilad[oa]|renunció"
               # (review 149a F5: "SRO until 30 April 2025, now seconded to Digital Health and Care Wales")
               r"|\bSRO until|(?:secondment|contract|assignment) (?:ended|has ended|finished)"
               # Spanish, Danish, Norwegian, Swedish, Turkish, Hungarian, Romanian, Maltese (review 147: "Líder técnica
               # del proyecto hasta el 13 de febrero de 2026 (dejó la empresa)", on ten distribution lists; "CTO indtil
               # 31.03.2026, nu pensioneret"; "Mart 2025'te Ödeme Sistemleri bölümüne transfer oldu")
               r"|dejó la empresa|dejó la compañía|salió de la empresa|ya no (?:labora|trabaja) en|pensioneret"
               r"|pensionert|pensionerad|gått i pension|gik på pension|transfer oldu|emekli oldu|emekliye ayrıldı"
               r"|(?:şirketten|kurumdan|görevinden) ayrıldı|nyugdíjba (?:vonult|ment)|a cégtől távozott"
               r"|s-a pensionat|a părăsit|pensjonat[ai]?|irtira[ġg]\w*|ħalla l-kumpanija"
               # Azerbaijani, Georgian, Armenian, Albanian (review 150: "Baş məlumat mühəndisi (2026-08-14-də
               # şirkətdən ayrılıb)", left the company)
               r"|şirkətdən ayrılıb|işdən (?:çıxıb|ayrılıb)|təqaüdə çıxıb|აღარ მუშაობს|პენსიაზე გავიდა"
               r"|წავიდა კომპანიიდან|այլևս չի աշխատում|թոշակի է անցել|դուրս է եկել ընկերությունից"
               r"|është larguar|u largua nga|doli në pension"
               # Urdu, Tamil, Filipino, Mongolian, Persian (review 151: "سابق اسپانسر، 31 اگست 2026 کو ریٹائر ہو گئے",
               # "nag-resign, lumipat na sa ibang kumpanya", "2026-08-14-нд ажлаас гарсан")
               r"|ریٹائر ہو گئے|ریٹائر ہوگئے|ریٹائرڈ|مستعفی ہو گئے|ملازمت چھوڑ دی|ஓய்வு பெற்றார்|பணியிலிருந்து விலகினார்"
               r"|nag-resign|nagresign|nagbitiw|nagretiro|lumipat na sa ibang kumpanya|umalis na sa kumpanya"
               r"|ажлаас гарсан|тэтгэвэрт гарсан|استعفا|استعفا داد|بازنشسته شد"
               # Sinhala (review 152a: "2026-05-15 සේවයෙන් ඉවත් විය", left the service)
               r"|සේවයෙන් ඉවත් විය|විශ්‍රාම ගියේය"
               # English (review 153c F6: "Senior SRE; ...; resigned, last day 20 Nov 2026", in the project team)
               r"|resigned|has resigned"
               # Hausa (review 155a F3, F5: "Vendor Project Manager (ya bar kamfanin 2026-09-30)", left the company)
               r"|(?:ya|ta|sun) bar (?:kamfanin|aiki|ma'aikatar|hukumar)|(?:ya|ta|sun) yi (?:ritaya|murabus)"
               # Kinyarwanda (review 157c F3: "Technical Lead (yeguye; umunsi wa nyuma w'akazi 30/06/2026)", resigned,
               # on every distribution list)
               r"|yeguye|yasezeye|yavuye mu kazi|yagiye mu kiruhuko cy'izabukuru"
               # Somali, Igbo, Malagasy (review 159a F1: "Milkiilaha Alaabta (Product Owner) - waa iska casishay,
               # maalinteedii ugu dambeysay 2026-07-09", resigned, in the project team)
               r"|iska casil\w*|iska casish\w*|is casil\w*|(?:shaqada|shirkadda|hay'adda|wasaaradda) ka tag\w*"
               r"|hawlgab\w*|gbara arụkwaghịm|gbara arukwaghim|hapụrụ ọrụ|lara ezumike nka"
               r"|nametra-pialana|niala tamin'ny asa|nisotro ronono"
               # isiXhosa, isiZulu, Tigrinya (review 160b F1: "UMphathi kaMasipala (Municipal Manager) - uthathe
               # umhlala-phantsi ngomhla wama-2026-08-31", retired, asked to approve a version written after)
               r"|umhlala-?phantsi|umhlalaphansi|urhoxile|urhoxe|usesule|wasula|akasasebenzi|akasasebenzeli"
               r"|ushiye (?:umsebenzi|inkampani|umasipala)|ushiyile|ሓዲጉ|ሓዲጋ|ለቒቑ|ለቒቓ|ጡሮታ ወጺኡ|ጡሮታ ወጺኣ"
               # Shona, Central Kurdish (review 162a F2, 162b F6: "Sponsor kusvika 2026-07-31; akasiya kambani", left
               # the company; "سپۆنسەر تا 2026-08-31، گوازرایەوە بۆ وەزارەتی دارایی", transferred to another ministry)
               # Tajik: "Сардори собиқи шуъбаи ... — 15.07.2026 аз бонк рафт", the former head, left the bank
               # (review 165b F2)
               r"|собиқ\w*|аз (?:бонк|ширкат|ташкилот|кор|вазорат) рафт\w*|ба нафақа баромад\w*"
               # Tongan: "naʻe mālōlō mei he ngāue 2026-03-31", retired from work (review 165a F1)
               r"|mālōlō mei he ngāue|malolo mei he ngaue|[ʻ']?osi mālōlō"
               # Welsh: "gadawodd y gymdeithas", left the association (review 164c F4)
               r"|gadawodd|wedi gadael|ymddeolodd|wedi ymddeol"
               # Māori: "i rītaia 2025-09-30", retired (review 164a F2)
               r"|(?:i |kua )?rītaia|(?:i |kua )?ritaia|kua wehe atu|i wehe atu"
               r"|akasiya (?:kambani|basa|sangano)|akarega basa|گوازرایەوە|دەستی لە کار کێشایەوە|خانەنشین کرا")
# "retired", not where it describes the person, not the job: "Member Panel volunteer (retired postman)" (review 155a F5:
# an active volunteer said to have left)
_RETIRED = r"\bretired\b(?!\s+(?!(?:on|in|from|since|as|at|effective|with|and|after|by|early|last)\b)[^\W\d_])"
# ... and in scripts whose words end in a mark, found without word boundaries: Punjabi, Hindi, Burmese, Lao (review
# 153: "ਸਾਬਕਾ ... (14 ਅਗਸਤ 2026 ਨੂੰ ਕੰਪਨੀ ਛੱਡ ਗਏ)", "2026-08-28 တွင် နုတ်ထွက်သွားပြီ", the product owner and the
# technical lead who left, in the project team)
_GONE_MARKED = (r"ਕੰਪਨੀ ਛੱਡ (?:ਗਏ|ਗਿਆ|ਗਈ|ਦਿੱਤੀ)|ਅਸਤੀਫ਼ਾ ਦੇ (?:ਦਿੱਤਾ|ਗਏ)|ਸੇਵਾਮੁਕਤ ਹੋ (?:ਗਏ|ਗਿਆ|ਗਈ)"
                # Nepali (review 158b F5: "Technical Lead (राजीनामा — अन्तिम कार्यदिन २०२६-०८-१४)", resigned)
                r"|राजीनामा|कम्पनी छोडे|सेवानिवृत्त भए"
                r"|कंपनी छोड़ (?:दी|चुके|गए)|इस्तीफ़ा दे (?:दिया|चुके)|इस्तीफा दे (?:दिया|चुके)|सेवानिवृत्त हो (?:गए|गई)"
                r"|နုတ်ထွက်သွား|အငြိမ်းစား ယူသွား|ລາອອກ|ອອກຈາກບໍລິສັດ|ບໍານານ|ບຳນານ"
                # Bengali (review 154a F8: "(২০২৬-১০-৩১ তারিখে প্রতিষ্ঠান ছেড়েছেন)", left the organisation)
                r"|(?:প্রতিষ্ঠান|চাকরি|কোম্পানি) ছে(?:\u09a1\u09bc|\u09dc)েছেন|পদত্যাগ করেছেন|অবসর নি(?:\u09af\u09bc|\u09df)েছেন")
# (the word whole: "पूर्वी क्षेत्र प्रमुख", the eastern region's head, is no former one)
_FORMER_MARKED = r"^\W*(?:ਸਾਬਕਾ|ອະດີດ|पूर्व|भूतपूर्व)(?![\w" + word_marks(0x0900, 0x10A0) + "])"


# words of a job saying its holder is on leave
_LEAVE = (r"\bon (?:\w+ )?leave\b|\b(?:parental|maternity|paternity|sick|long-term) leave\b|\ben congé\b"
           r"|\bin (?:Elternzeit|Mutterschutz|Karenz)\b|\bbeurlaubt\b|\bde (?:baja|licencia|licença)\b"
           r"|\ben excedencia\b|\bin (?:congedo|aspettativa|maternità)\b|\bmet (?:\w+)?verlof\b"
           # (review 134b F3: "em licença-maternidade"; Danish, Norwegian, Swedish parental leave)
           r"|\bem licença\b|\blicença[- ](?:maternidade|paternidade|médica)\b|\bpå barsel\b|\bbarselsorlov\b"
           r"|\bforeldrepermisjon\b|\bföräldraledig\w*|\btjänstledig\w*|\bpermisjon\b|\bin Karenz\b"
           # Serbian, Swahili, Greek, Vietnamese (review 142a: "Direktor JKP (na bolovanju od 15. septembra")
           r"|\bna (?:bolovanju|odsustvu|porodiljskom\w*|godišnjem odmoru)\b|\b(?:yuko |ako )?likizo(?:ni)?\b"
           r"|\bσε (?:άδεια|αναρρωτική)\b|\bnghỉ (?:phép|ốm|thai sản)\b|ছুটিতে"
           # Sesotho, Samoan, Shona, Twi, Haitian Creole (review 163a F2: "Mookameli oa Projeke (PM) - phomolong ea
           # bokhachane 2025-08-04 ho isa 2025-12-05", on maternity leave, named as the reports' owner)
           r"|\bрухсатии (?:декретӣ|беморӣ|меҳнатӣ)|\bдар рухсатӣ\b|\bphomolong\b|\bphomolo ea (?:bokhachane|ho kula|bokuli)\b|\bi le malologa\b|\bmalologa\b"
           r"|\bpazororo\b|\bawo akwamma\b|\ban konje\b|\bkonje (?:matènite|maladi)\b"
           # Polish, Russian, Kazakh, Japanese (review 144a: "Product owner (urlop macierzyński od 2026-03-02)")
           # (Finnish, Swedish: "ICT-projektipäällikkö (sairauslomalla 2.3.–30.4.2026)", review 145b F4)
           r"|\b(?:sairauslomalla|äitiyslomalla|isyyslomalla|vanhempainvapaalla|perhevapaalla|virkavapaalla"
           r"|opintovapaalla|sjukskriven|sjukledig\w*|tjänstledig)\b"
           # (Czech, Slovak, Lithuanian: "Product Owner, od 1. 4. 2025 na rodičovské dovolené", review 145a F6)
           r"|\bna (?:rodičovské|mateřské|otcovské|rodičovskej|materskej) dovolen\w*|\bv pracovní neschopnosti\b"
           r"|\bna nemocenské\b|\b(?:vaiko priežiūros |motinystės |nedarbingumo )?atostogose\b"
           r"|\bna urlopie\b|\burlop\w* (?:macierzyńsk|rodzicielsk|wychowawcz|zdrowotn)\w*|\bв (?:декрете|отпуске)\b"
           r"|\bна больничном\b|\bдекретн\w* отпуск\w*|\bдемалыста\b|\bдекреттік демалыс\w*"
           # (Japanese: on leave now, "育休中", not "佐々木の育休期間中", during another's leave, review 144b;
           # transferred, "経営企画部へ異動"; former, "前プロジェクトマネージャー")
           r"|(?:休職|産休|育休|育児休業|産前産後休業)中"
           # Albanian, Armenian, Georgian, Azerbaijani, Malay (review 150: "Menaxhere projekti (me leje 01.09.2025 –
           # 31.10.2025)", "արձակուրդում էր 2026-02-16 — 2026-04-24", "დეკრეტულ შვებულებაში 2026-08-03-დან",
           # "2026-07-01-dən analıq məzuniyyətində")
           r"|\b(?:me|në) leje\b|\bnë pushim (?:lindjeje|mjekësor)|արձակուրդում|შვებულებაში|\bməzuniyyət(?:ində|də)\b"
           r"|\b(?:sedang )?cuti (?:bersalin|sakit|tanpa gaji|panjang)\b"
           # Tamil, Filipino, Urdu, Persian, Mongolian, Thai (review 151: "மருத்துவ விடுப்பு", "naka-maternity leave
           # 2026-04-06 hanggang 2026-07-31", "مرخصی زایمان", "ลาบวช 6–20 ก.ค. 2569")
           r"|விடுப்பு\w*|\bnaka-?(?:\w+ )?leave\b(?!\s+si\b)|\bnaka-?bakasyon\b|چھٹی پر|رخصت پر|مرخصی|\bчөлөө\w*"
           r"|ลาบวช|ลาคลอด|ลาป่วย|ลาพักร้อน|නිවාඩු")
# words of a job saying its holder is gone for good or for a time no end of which is given: transferred, former, left
_GONE = (r"[へに]異動|異動済|^\W*前(?:プロジェクト|PM|スポンサー|プロダクト|技術|部長|課長)"
         # Thai: "อดีตหัวหน้าทีม ... (ย้ายไปฝ่าย Fleet Digital ...)", the former team lead, transferred (review 151c)
         r"|^\W*อดีต|ย้ายไป|^\W*អតីត"
         # (a job that was theirs, said first, not one they once held beside the one they hold: "Former CIO",
         # "former sponsor", not "Data platform lead (former DBA)")
         # (Dutch, Polish, Russian: "Gewezen schepen van Digitalisering, sponsor tot 31 december 2024",
         # review 144c F1)
         r"|^\W*(?:former|ehemalige?[nrs]?|ancien(?:ne)?|ex-(?!\s*officio)|gewezen|voormalige?|była?|бывш\w*"
         # (Lithuanian, Czech, Slovak: "Buvęs valdybos narys, projekto sponsorius iki 2026-03-31", review 145a F4)
         r"|buvęs|buvusi|bývalý|bývalá"
         # (Hausa: "Tsohon Kwamishinan Kuɗi", the former commissioner for finance, review 155a F3)
         r"|tsohon|tsohuwar)\s*\w"
         # (Chinese: "原项目发起人，2025年5月调任集团", the former sponsor, transferred to the group, review 145c F4)
         r"|原(?:项目|公司)?(?:发起人|经理|负责人|首席)|前任|调任|已离职|离职|已退休|退休"
         r"|\bformer (?:project )?(?:sponsor|owner"
         r"|product owner|project manager|chair)\b|" + _RETIRED + r"|\bno longer (?:with|at|in|part of|the)\b"
         # (review 132a F4: "sponsor until 30 Sept 2026; has left the University")
         r"|\b(?:has |have |who )?left (?:the|our) (?:organi[sz]ation|company|university|council|trust|bank"
         r"|firm|agency|department|ministry|project|team|board|group|business)\b|\bhas left\b"
         # ("project sponsor until May 9, 2025", review 134a F6)
         r"|\b(?:sponsor|owner|lead|manager|director|officer|chair) until (?:\d|[A-Z][a-z]+\.? \d)"
         r"|\b(?:sponsor|opdrachtgever|eigenaar|leider|manager|directeur|voorzitter) tot \d"
         # (a role held until a day, in Lithuanian, Polish, Czech, Spanish, Portuguese, Norwegian, Swedish)
         r"|\b(?:sponsori\w*|sponzor\w*|patrocinador\w*|savinink\w*|vadov\w*|kierownik\w*|właściciel\w*"
         r"|vedouc\w*|vlastník\w*|product owner|sponsor) (?:iki|do|hasta el|hasta|até|til|till|fram till) \d"
         # ("project sponsor until her retirement on 31 July 2026", review 137a F2)
         r"|\buntil (?:(?:her|his|their) )?(?:retirement|departure|leave|secondment)\b|\b(?:retires|retiring|retiree)\b"
         # (review 152b F1: "sponsor until retirement on 2026-03-31"; "secondment ended 2025-11-14; replaced by ...")
         r"|\breplaced by\b"
         r"|\b(?:" + _GONE_WORDS + r")\b|" + _GONE_MARKED + "|" + _FORMER_MARKED
         # ... or away on secondment, not gone from the organization (review 165c F1: "seconded to the national imaging
         # programme" said to have left)
         + r"|\b(?:seconded to|on secondment to)\b")


_ON_LEAVE = re.compile(_LEAVE, re.IGNORECASE)
_GONE_NOW = re.compile(_GONE, re.IGNORECASE)


@_per_order  # (asked of every person for each document's approval: a job's words, read once)
def away(role: Optional[str], day: Optional[dt.date] = None) -> bool:
    """Return True when a person's job, as answered, says they are away or gone ("Directeur général adjoint (en congé
    depuis juin 2026)", "former sponsor", "on parental leave until March"): an approval they gave of an earlier
    version does not make them a signer of the current one. Given ``day``, a leave whose end the job gives before
    it is over (review 145b F4: "sairauslomalla 2.3.–30.4.2026", the project manager back in May, left out of the
    team)."""
    if not role:
        return False
    # (not yet gone on a day before the one their job gives as its end: "Project Manager (hanggang 2026-07-17 —
    # nag-resign ...)" decided a change in April, review 151c F3)
    gone = bool(_GONE_NOW.search(role)) and not (day is not None and (end := ends_on(role, day)) is not None and day <= end)
    return gone or bool(_ON_LEAVE.search(role)) and (day is None or not back_by(role, day) and not leaves_after(role, day))


def leaves_after(role: str, day: dt.date) -> bool:
    """Return True when a job's words give a time away that begins after ``day`` ("on leave Aug 3–21, 2026": review
    157c F1, the project manager taken as away in March, her acting stand-in named owner of every report)."""
    text = iso_text(role, day)
    found = _SPAN.search(text)
    return found is not None and day < dt.date.fromisoformat(found.group(1))


def back_by(role: str, day: dt.date) -> bool:
    """Return True when a job's words give the end of a leave (`ends_on`) before ``day``."""
    end = ends_on(role, day)
    return end is not None and end < day


# words of a job saying its holder has left the organization for good (a narrower `away`: not on leave, nor a role
# held until a day, "Product Owner until 30 Jan 2026 (now Steering Committee member)")
_LEFT = re.compile(r"^\W*(?:former|ex-(?!\s*officio)|gewezen|voormalige?|była?|бывш\w*|buvęs|buvusi|bývalý|bývalá|อดีต"
                   r"|tsohon|tsohuwar)\s*\w"
                   r"|已离职|离职|已退休|退休|" + _RETIRED + r"|\bretir(?:es|ing)\b|\bno longer (?:with|at|part of|employed)\b"
                   r"|\b(?:has |have |who )?left (?:the|our) (?:organi[sz]ation|company|university|council|trust|bank|firm"
                   r"|agency|department|ministry|group|business)\b|\bhas left\b"
                   r"|\b(?:" + _GONE_WORDS + r")\b|" + _GONE_MARKED + "|" + _FORMER_MARKED, re.IGNORECASE)
_NOW = re.compile(r"\b(?:now|currently|jetzt|nun|maintenant|désormais|ahora|actualmente|agora|ora|nu|nyní|teraz)\b",
                  re.IGNORECASE)


class _Employed(Protocol):
    @property
    def role(self) -> Optional[str]: ...


P = TypeVar("P", bound=_Employed)


@functools.lru_cache(maxsize=1024)
def departed(role: Optional[str]) -> bool:
    """Return True when a person's job says they have left the organization for good (`_LEFT`), and not what they
    do now: "former sponsor", "has left the company", "uzņēmumu pametis". The documents keep them in the register
    and off their distribution lists (review 140b F8)."""
    return bool(role and _LEFT.search(role) and not any(not _LEFT.match(role, now.end() + 1)
                                                         for now in _NOW.finditer(role)))


def left_by(role: Optional[str], day: Optional[dt.date] = None) -> bool:
    """Return True when a person's job says they have left for good (`departed`), by ``day`` where given: not before
    the day it gives after the words of leaving or as the end of their time ("left the bank 2026-07-31", "until he
    retired on 28 March 2025"): a risk they own is flagged from then on (review 163b F2)."""
    if not departed(role) or role is None:
        return False
    if day is None:
        return True
    text = iso_text(role, day)
    found = _LEFT.search(text)
    after = re.search(r"\d{4}-\d{2}-\d{2}", text[found.end():found.end() + 40]) if found else None
    end = dt.date.fromisoformat(after.group(0)) if after else ends_on(role, day)
    return end is None or end <= day


def staying(people: Sequence[P]) -> list[P]:
    """Return the people whose job does not say they have left for good (`departed`): those the power/interest grid
    places (review 150a F8: "Tehnički lider (do 14.08.2026, napustio banku)" placed to be monitored)."""
    return [p for p in people if not departed(p.role)]


# "Product Owner from 2 Feb 2026", "sponsor since 1 March 2026", "Projektleiterin ab 01.03.2026": the day a job began
# (Latvian, Bulgarian: "produkta īpašniece no 2026-05-01", "от 2026-05-01": review 140b F5)
_SINCE = re.compile(r"(?:\bfr\.\s?o\.\s?m\.|\bw\.\s?e\.\s?f\.?|\b(?:from|since|as of|effective|with effect from|starting|desde|depuis|à partir du|a partir de|seit|ab|dal|vanaf|fra|från|od|no"
                    # (Russian, Ukrainian: "спонсор проекта с 01.06.2026", review 154c F3)
                    r"|от|с|з|із|mulai|sejak|nga|simula|mula|ตั้งแต่|از|ចាប់ពីថ្ងៃ|ចាប់ពី|tun|daga|kuva ku wa|kuva|ukususela ngomhla w[ea]-?|ukususela|kusukela ngomhla w[ea]-?|kusukela|ካብ|kubva|fi|firi|efi|mai i|mei he|аз))\s*(?:the\s+|le\s+|el\s+|dem\s+)?(\d{4}-\d{2}-\d{2})\b"
                    # (not a time's start: "от 17.07.2023 г. до 04.08.2023 г.", a year's abbreviation between, review
                    # 140a, met again in 147)
                    r"(?!\s*(?:г\.|r\.|m\.|god\.)?\s*(?:to|until|till|bis|au|al|līdz|до|по|do|zuwa|-|–)(?!\w))"
                    # Turkish, "since" written after the day: "3 Mart 2025'ten itibaren" (review 147a F6)
                    r"|(\d{4}-\d{2}-\d{2})(?:['’]?(?:ten|tan|den|dan)\s+(?:itibaren|beri)\b"
                    # Georgian, Armenian, Azerbaijani: "პროგრამის სპონსორი 2026-06-15-დან", "2026-07-08-ից",
                    # "(2026-08-15-dən müvəqqəti)" (review 150b F2: the sponsor from June asked to have approved
                    # January's changes)
                    r"|-?(?:დან|ից)(?!\w)|-(?:dən|dan)(?!\w)"
                    # Urdu, Tamil, Mongolian: "یکم ستمبر 2026 سے", "2026 மார்ச் 2 முதல்", "2026-08-17-ноос" (review 151)
                    # Nepali: "२०२६-०९-०१ देखि" (review 158b F5)
                    r"|\s+देखि(?![\w\u0900-\u097f])"
                    r"|\s+سے(?!\w)|\s*(?:முதல்|-?இலிருந்து)|-?(?:ноос|наас|нээс|оос|аас|ээс)(?!\w)"
                    # Sinhala, not a time's start: "2026-07-01 සිට ව්‍යාපෘති අනුග්‍රාහක" (review 152a)
                    r"|\s+සිට(?!\s*\d{4}-\d{2}-\d{2})"
                    # Central Kurdish: "سپۆنسەر لە 2026-09-01 ەوە", sponsor from 2026-09-01 (review 162b F6)
                    r"|\s*ەوە(?!\w))",
                    re.IGNORECASE)


# words of a job held in another's stead for a time ("Deputy Sponsor, 13 April – 31 July 2026", "acting CIO until ...")
_STOOD_IN = re.compile(rf"\b(?:deputy|stand-in|{STAND_IN_WORDS}|varahenkilö\w*|zastępca|helyettese|zëvendës\w*|جانشین)(?!\w)"
                       rf"|(?<!\w)(?:{STAND_IN_SHORT}|vt|vs|t\.f|tf)\.(?=\s)", re.IGNORECASE)
# what says a time runs until a day: a dash or "until"
_UNTIL = (r"(?:[-\u2013\u2014]|\b(?:until|till|to|through|thru|bis|au|jusqu'au|hasta|al|tot|fino al|do|до|iki|até|és|līdz|մինչև|deri (?:më|në)"
          # (Luganda, Swahili, isiXhosa: "maternity leave 2026-03-16 okutuusa 2026-07-10", review 161b F1: the leave
          # read as having no end, and its holder a stand-in's on a decision months before it)
          r"|hingga|sehingga|sampai|hanggang|تا|ถึง|จนถึง|සිට|zuwa|okutuusa|okutuuka|paka|mpaka|ukuya"
          r"|kusvika|kusvikira|kudzamara|kosii|kɔsii|kosi|kɔsi|ho isa|ho fihlela|seia|jiska|ki he|то)\b"
          r"|\bt\.\s?o\.\s?m\.)")
# the day such a time ends: "– 2026-07-31", "until 2026-07-31"
_ENDS = re.compile(r"(?:" + _UNTIL + r"|\blast (?:working )?day(?:\s+(?:was|is|will be))?:?|\b(?:i |kua )?r[īi]taia|\bumunsi wa nyuma(?: w['’]akazi)?|\bmaalin(?:tii|tiisii|teedii|kiisii)? ugu (?:dambeysay|dambaysay|dambeeyay)|अन्तिम कार्यदिन:?)(?:\s+(?:(?:her|his|their)\s+)?(?:retirement|departure)\s+(?:on\s+)?|\s+(?:he|she|they)\s+(?:retired|left|resigned)\s+(?:on\s+)?)?\s*(\d{4}-\d{2}-\d{2})\b"
                   # ("until" written onto the day: Georgian "2026-06-14-მდე", Azerbaijani "2026-06-14-dək", review 150b F1)
                   r"|(\d{4}-\d{2}-\d{2})(?:-?(?:მდე|dək|dek|(?:y?[əa] )?qədər)|\s+تک|\s*வரை|\s+දක්වා|-?(?:ний|ны)? хүртэл)(?!\w)",
                   re.IGNORECASE)


@_per_order
def stood_in_until(role: Optional[str]) -> Optional[dt.date]:
    """Return the day a job held in another's stead for a time ends, as its words give it ("Head of Housing Services
    (Deputy Sponsor, 13 April – 31 July 2026)"), or None."""
    if not role or not _STOOD_IN.search(role) or not re.search(r"\b\d{4}\b", role):
        return None
    return ends_on(role, dt.date(2000, 1, 1))


def held_until(role: Optional[str], around: dt.date) -> Optional[dt.date]:
    """Return the day a job says a project role its holder held ended (`ends_on`), where it names one
    (`rules.ROLE_WORD`): "Direktor sektorja Kanalizacija (do 30. 6. 2026 direktor sektorja Vodovod in sponzor
    projekta)", "(2026-yil 12-iyungacha loyiha homiysi ...)" (reviews 146a F5, 146c F3: the former sponsor who
    approved an earlier version was asked to approve the current one); None otherwise."""
    if not role or not ROLE_WORD.search(role):
        return None
    return ends_on(_GACHA.sub(r"until \1 \2", role), around)


# an Uzbek day with "until" written onto its month: "12-iyungacha", until 12 June
_GACHA = re.compile(r"\b(\d{1,2})-([^\W\d_]+?)gacha\b", re.IGNORECASE)


def ends_on(role: str, around: dt.date) -> Optional[dt.date]:
    """Return the last day a job's words give after "until" or a dash (a day without its year taken in the year
    nearest ``around``), or None."""
    found = [day or suffixed for day, suffixed in _ENDS.findall(iso_text(role, around))]
    return dt.date.fromisoformat(found[-1]) if found else None


# a time with its start and its end: "2025-04-01 – 2025-06-30", "2026-04-13 to 2026-07-31"
_SPAN = re.compile(r"(\d{4}-\d{2}-\d{2})\.?\s*" + _UNTIL + r"\s*\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)


@_per_order
def stood_in_from(role: Optional[str]) -> Optional[dt.date]:
    """Return the day a job held in another's stead for a time begins, as its words give it ("Acting project manager
    (1 April – 30 June 2025)", a day without its year taken in the year nearest the end's; "acting from 2 June
    2025"), or None (review 142b F5: the acting project manager named owner of a report of before his time)."""
    if not role or not _STOOD_IN.search(role):
        return None
    around = stood_in_until(role) or dt.date(2000, 1, 1)
    text = iso_text(role, around)
    found = _SPAN.search(text) or _SINCE.search(text)
    if found is None and (days := _DAYS_SPAN.search(text)) is not None:
        # (a span of days of one month: "acting Project Manager 13–17 April 2026", review 154c F1)
        end = dt.date.fromisoformat(days.group(2))
        try:
            return end.replace(day=int(days.group(1)))
        except ValueError:
            return None
    return dt.date.fromisoformat(found.group(1) or found.group(2)) if found else None


# a span of days of one month, its end a whole day: "13–2026-04-17", as "13–17 April 2026" reads in ISO form
_DAYS_SPAN = re.compile(r"(?<![\d-])(\d{1,2})\s*[-\u2013\u2014]\s*(\d{4}-\d{2}-\d{2})\b")


def held_then(decider: Optional[str], successor: Optional[str], day: Optional[dt.date]) -> bool:
    """Return True when a decider's recorded job says they have left it (`away`) and the job of the approver the
    thresholds now name says they took it on after ``day``, the decision's (`took_on`): the decider held the job
    then (review 137a F1: the retired sponsor who approved a change in May, her successor sponsor from August)."""
    began = took_on(successor)
    if began is None or day is None or began <= day:
        return False
    # (or whose job says they held a project role until a day after the decision, before the successor's: "Projektledare
    # t.o.m. 2025-02-28 (därefter utvecklingsledare ...)", review 148b F3)
    until = held_until(decider, day)
    return away(decider) or until is not None and day <= until < began


# a job that names the one its holder had before ("Product Owner from 2 February 2026 (previously Head of Member
# Services)"): they were in the organization before they took it on
_EARLIER_JOB = re.compile(r"\b(?:previously|formerly|before that|prior to that|until then|earlier)\b"
                          r"|\b(?:auparavant|anciennement|précédemment|zuvor|vorher|ehemals|bisher|anteriormente"
                          r"|in precedenza|precedentemente|voorheen|tidigare|tidligere|wcześniej|dříve|korábban)\b",
                          re.IGNORECASE)


def held_before(role: Optional[str]) -> bool:
    """Return True when a job names the one its holder had before taking it on (`_EARLIER_JOB`): a change board's
    member who took on their project role later sat on the board before it in that job (review 161a F2: the new
    product owner, "previously Head of Member Services", left out of the board's decision of December)."""
    return bool(role and _EARLIER_JOB.search(role))


def joined_on(role: Optional[str]) -> Optional[dt.date]:
    """Return the day a person's job says they took it on (`took_on`), where the job says neither a leave nor a time
    standing in for another, whose days are theirs ("od 2 marca 2026 r. na urlopie macierzyńskim", on maternity
    leave from 2 March); None otherwise."""
    if not role:
        return None
    # (but a project role's own day, said in its clause: "sponsor from 2026-04-01; acting ADM from 2026-03-16", review
    # 152b F4, the new sponsor asked to sign for the board's decisions of months before)
    text = iso_text(role, dt.date(2000, 1, 1))
    for found in _SINCE.finditer(text):
        clause = re.split(r"[;,(]", text[:found.start()])[-1]
        if ROLE_WORD.search(clause) and not says_acting(clause) and not _STOOD_IN.search(clause):
            return dt.date.fromisoformat(found.group(1) or found.group(2))
    if _ON_LEAVE.search(role) or _STOOD_IN.search(role) or says_acting(role):
        return None
    return took_on(role)


@_per_order
def took_on(role: Optional[str]) -> Optional[dt.date]:
    """Return the day a person's job, as answered, says they took it on ("Product Owner from 2 Feb 2026"; a day with
    its year), or None."""
    if not role or not re.search(r"\b\d{4}\b", role):
        return None
    text = iso_text(role, dt.date(2000, 1, 1))
    found = _SINCE.search(text)
    return dt.date.fromisoformat(found.group(1) or found.group(2)) if found else None
