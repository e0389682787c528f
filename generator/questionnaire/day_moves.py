"""How a text says a day moved: "from D1 to D2", "D2 instead of D1", "D1 → D2", in each language the answers are read
in, once its days are in ISO form (`baseline_moves` reads which milestone a change moved so)."""

from __future__ import annotations

import re

from generator.record import Record


# "from D1 to D2", and as other languages say it: "del D1 al D2", "von D1 auf D2", "du D1 au D2" (review 68b F2)
# (a weekday's name before a day: "van vrijdag 1 mei naar vrijdag 12 juni 2026", review 126b F1)
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag"
            r"|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi"
            r"|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì"
            r"|martedì|mercoledì|giovedì|venerdì|sabato|domenica),?\s+)?")
FROM_TO = re.compile(r"(?<!\w)(?:from|del|de|desde|von|vom|du|de|dal|van|z|ze|od|från|fra|fran|από|no|от|с|s|dari|daripada|من|sa|iz|kutoka|frá|từ"
                     # Khmer: "SOC 24x7 ពី 2026-03-31 ទៅ 2026-05-29" (review 152c F2)
                     # Luxembourgish, Yoruba, Scottish Gaelic: "vum 03.12.2026 op den 18.12.2026", "láti 2026-08-07
                     # sí 2026-08-28", "bho 2026-05-01 gu 2026-06-12" (review 156a F1: three reports measured against
                     # the date the move set)
                     r"|ពី|vum|vun|láti|lati|bho)\s+"
                      # Swedish, Norwegian, Danish: "från den 2 november 2026 till den 1 februari 2027" (review 132a F5)
                      # Romanian, Greek: "de la 15 martie la 30 aprilie", "από 15 Μαρτίου στις 30 Απριλίου" (reviews
                      # 136a F2, 136b F1)
                      r"(?:el\s+|le\s+|il\s+|dem\s+|the\s+|den\s+|la\s+|τις\s+|την\s+|tarehe\s+|ngày\s+)?"
                      # Czech, Slovak and Polish: "z 9. 11. 2026 na 23. 11. 2026" (review 108a F4)
                      # (a word after each day: "from the 15 November 2025 shutdown to the 14 February 2026
                      # shutdown", review 130c F1)
                      rf"{_WEEKDAY}(\d{{4}}-\d{{2}}-\d{{2}})\.?(?:\s+(?!to\b|until\b)[^\W\d_]{{4,}})?\s+(?:to|al|a|hasta|auf|bis"
                      rf"|zum|au|à|para|até|a|naar|tot|op|na"
                      # "vom 2026-04-30 auf den 2026-06-12" (review 71c F1)
                      # Latvian, Bulgarian: "pārcelt no 2026-05-29 uz 2026-06-26", "от 2026-05-29 на 2026-06-26"
                      # (review 140b F4)
                      # Malay, Arabic (review 141: "dianjak dari ... ke ...", "من ... إلى ...")
                      rf"|do|till|til|la|στις|στην|σε|έως|uz|на|ke|kepada|إلى|الى|hadi|mpaka|sang|đến|ទៅ|ដល់|sí|si|gu)\s+(?:el\s+|le\s+|il\s+|o\s+|den\s+|dem\s+|the\s+|tarehe\s+|ngày\s+)?{_WEEKDAY}(\d{{4}}-\d{{2}}-\d{{2}})\b",
                      re.IGNORECASE)


# ... and as Turkish, Japanese and Korean say it, with the words after the days: "2027-02-15'ten 2027-03-29'a",
# "2027-02-15から2027-03-29へ", "2027-02-15에서 2027-03-29로" (review 109a F2)
_FROM_TO_AFTER = re.compile(r"(\d{4}-\d{2}-\d{2})['’]?(?:ten|tan|den|dan|から|より|에서|부터)\s*"
                            r"(\d{4}-\d{2}-\d{2})(?:['’]?(?:y?[ae])\b|へ|に|로|으로|까지)"
                            # Kazakh: "2027 ж. 29 қаңтардан 5 наурызға" (from 29 January to 5 March, review 144a F5)
                            r"|(\d{4}-\d{2}-\d{2})(?:н?нан|н?нен|дан|ден|тан|тен)\s+(\d{4}-\d{2}-\d{2})(?:ға|ге|қа|ке)(?!\w)"
                            # Estonian: "nihkub 30.11.2026 pealt 15.01.2027 peale" (review 141b F3)
                            r"|(\d{4}-\d{2}-\d{2})\s+pealt\s+(\d{4}-\d{2}-\d{2})\s+peale\b"
                            # Maltese, "from" and "to" written onto the days: "tiċċaqlaq mill-21 ta' Lulju għat-18 ta'
                            # Awwissu 2025" (review 147a F5)
                            r"|\bmill-(\d{4}-\d{2}-\d{2})\s+(?:għat|għal|għall|sat|sal)-(\d{4}-\d{2}-\d{2})\b"
                            # Hebrew: "נדחה מ-23.7.2026 ל-6.8.2026" (review 149c F6)
                            r"|(?<!\S)מ-?(\d{4}-\d{2}-\d{2})\s+ל-?(\d{4}-\d{2}-\d{2})\b"
                            # isiXhosa, isiZulu: "I-wave 3 ishukumile ukusuka ku-2026-10-26 ukuya ku-2026-11-09" (review
                            # 160b F5: a report before the change measured against the date it set)
                            r"|\b(?:ukusuka|kusukela|ukusukela)\s+ku-?(\d{4}-\d{2}-\d{2})\s+(?:ukuya|kuya|kuze kube)\s+ku-?"
                            r"(\d{4}-\d{2}-\d{2})\b"
                            # Georgian, Armenian, Azerbaijani: "M4 2027-01-27-დან 2027-02-26-მდე" (review 150b F4),
                            # "2026-07-08-ից տեղափոխել 2026-07-15" (a verb between), "2026-05-29-dan 2026-06-12-yə"
                            r"|(\d{4}-\d{2}-\d{2})-?(?:დან|ից|dən|dan)\s+(?:[^\W\d]+\s+){0,2}?(\d{4}-\d{2}-\d{2})(?:-?(?:მდე|მდის|ը|ին|ի|yə|ye|ya|ə|a|dək|dek|ə qədər|a qədər)(?!\w)|(?!\S))",
                            re.IGNORECASE)


# "D2 instead of D1", and as other languages say it: "l'avis est attendu le 22 mai au lieu du 24 avril" (review 128c
# F3: a report before the change showed the 4-week slip "on the baseline date")
_INSTEAD = re.compile(r"(\d{4}-\d{2}-\d{2}),?\s+(?:au lieu du|au lieu de|plutôt que le|instead of|rather than|in place of"
                      r"|en lugar del?|en vez del?|statt|anstatt|anstelle|in plaats van|em vez de|ao invés de"
                      r"|invece del?|anziché|al posto del?"
                      # Greek, Vietnamese, Serbian, Swahili, Icelandic (review 142c F5: "τελειώνει 31/3/2025 αντί
                      # 10/3/2025", a report before the change measured against the later date)
                      r"|αντί(?:\s+(?:για|της|του|τις|την))?|thay vì|umesto|badala ya|í stað"
                      # Filipino: "Cebu go-live sa Sept 25 sa halip na Sept 11" (review 151c F5)
                      r"|sa halip na|sa halip ng|imbes na|imbis na)"
                      r"\s+(?:le\s+|the\s+|el\s+|dem\s+|den\s+|il\s+|o\s+|ngày\s+|tarehe\s+)?"
                      r"(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


# ... and Persian, each day in the Solar Hijri calendar with its Gregorian day in brackets: "از ۲۳ اسفند ۱۴۰۴
# (2026-03-14) به ۲۶ اردیبهشت ۱۴۰۵ (2026-05-16) منتقل می‌شود" (review 151a F4)
_FROM_TO_FA = re.compile(r"(?<!\w)از\s+[^()\n]{0,40}?\(?(\d{4}-\d{2}-\d{2})\)?\s+(?:به|تا)\s+[^()\n]{0,40}?\(?(\d{4}-\d{2}-\d{2})\)?")
# ... and as the languages of South and South-East Asia say it, "from" after the first day ("২০২৬-০৯-৩০ থেকে
# ২০২৬-১০-২১", review 154a F1: the pilot go/no-go moved so, a report of July "21 days early"), or before it (Lao, Thai)
_FROM_TO_ASIA = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:থেকে|হতে|से|ਤੋਂ|देखि|இலிருந்து|నుండి|ರಿಂದ|မှ)\s*(\d{4}-\d{2}-\d{2})"
                           r"|(?:ຈາກ|จาก)\s*(\d{4}-\d{2}-\d{2})\s*(?:ເປັນ|ຫາ|ໄປ|เป็น|ไป|ถึง)\s*(\d{4}-\d{2}-\d{2})")
# ... and with an arrow: "Tuotantokäyttöönoton siirto 16.6. → 18.8.2025" (review 135a F4)
_ARROW = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:→|->|–>|=>|⇒|⟶)\s*(\d{4}-\d{2}-\d{2})\b")


class Move(Record):
    """Return a move a text gives: the day it moves from, the day it moves to, where it starts in the text, and how
    it is said ("from" D1 to D2, or D2 "instead" of D1)."""

    before: str
    after: str
    start: int
    kind: str = "from"


def from_to(text: str) -> list[Move]:
    """Return the moves "from D1 to D2" (or "D2 instead of D1") a text (its days in ISO form) gives, in its
    language's order."""
    return [*(Move(days[0], days[1], f.start())
              for f in (*FROM_TO.finditer(text), *_FROM_TO_AFTER.finditer(text), *_ARROW.finditer(text),
                        *_FROM_TO_FA.finditer(text), *_FROM_TO_ASIA.finditer(text))
              for days in [[day for day in f.groups() if day]]),
            *(Move(f.group(2), f.group(1), f.start(), "instead") for f in _INSTEAD.finditer(text))]
