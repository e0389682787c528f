"""What a change request's or a decision's words say pays for it: the contingency reserve, another source, both, or
nothing said (in English and the other languages the answers may be written in).

One reading for the checks and the documents, beside an unanswered ``impact.funding``.
The module runs over 400 lines as that one reading: the words of each language for the contingency, the other
sources and the amounts they name are read together, and change together.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from typing import Optional, Protocol, Sequence

from generator.questionnaire import model as m
from generator.questionnaire.iso_dates import ascii_digits
from generator.questionnaire.sentences import sentences
from generator.questionnaire.mentions import Words, names, names_contingency, significant
from generator.questionnaire.reached import days_in


# words saying a change is paid from the contingency ("funded from contingency", "covered by the contingency")
# a status report's words giving a forecast cost at completion ("forecast USD 2,652,500", "Prognose", "pronóstico 7.6
# millones"), in the languages the other readings of free text know: the budget table points to its note (review
# 66c F1), and validate hints at budget.forecast; an amount alone is no forecast (review 107a F9: "CR-001 (68 000 PLN)
# approved above the limit" pointed to), and a Spanish one was missed (review 107c F1: "pronóstico")
FORECAST_WORDS = re.compile(r"\b(?:forecast\w*|outturn|at completion|eac|estimate\w*|projected|expected (?:final )?cost"
                            r"|prognos\w*|pron[óo]stic\w*|previs\w*|prévision\w*|verwacht\w*|prognoz\w*|endkosten"
                            r"|(?:co[sû]t[eo]?|custo) (?:final|finale|al cierre|à terminaison)|stima\w* (?:a finire|finale)"
                            r"|al cierre|ao final|à terminaison|a finire"
                            # (review 142b F6: "Spá 96,1 m.kr. af 97,5 m.kr.", the table said none was recorded)
                            r"|spá\w*|stefnir í|makadirio|πρόβλεψη\w*|εκτίμηση\w*|dự báo|ước tính)|見込|予測|পূর্বাভাস|প্রাক্কলন",
                            re.IGNORECASE)


# the reserve in Marathi and Gujarati, with the postposition "from" written onto it: "आकस्मिक निधीतून", "राखीव
# निधीतून", "राखीव रकमेतून" (from the contingency fund, the reserve fund, the reserve amount), "અનામતમાંથી", "અનામત
# રકમમાંથી", "રિઝર્વમાંથી" (from the reserve); read after an amount too (`_PART`)
_MR_RESERVE = (r"(?:राखीव|आकस्मिक|आकस्मिकता|कंटिन्जन्सी|कॉन्टिन्जन्सी|रिझर्व्ह)\s*(?:खर्च\s*)?"
               r"(?:निधी|निधि|रक्कम|रकमे|तरतुदी|तरतूद|फंड)?\s*(?:तून|मधून|मधुन|तुन)(?![\w\u0900-\u097f])")
_GU_RESERVE = (r"(?:અનામત|રિઝર્વ|આકસ્મિક|કન્ટિન્જન્સી|કન્ટિજન્સી|કોન્ટિન્જન્સી)\s*(?:ખર્ચ\s*)?"
               r"(?:રકમ|ભંડોળ|નિધિ|ફંડ)?\s*માંથી(?![\w\u0a80-\u0aff])")
# ... in Hindi, its postposition a word of its own: "आकस्मिक निधि से" (from the contingency fund, review 123a F9),
# "आरक्षित निधि में से", "कंटिन्जेंसी से" ("आकस्मिक" alone is "sudden": "आकस्मिक रूप से", suddenly, is none)
_HI_RESERVE = (r"(?:(?:आकस्मिक|आकस्मिकता|आरक्षित|आपात(?:कालीन)?)\s*(?:व्यय\s*)?(?:निधि|निधी|कोष|राशि|फ़ंड|फंड)"
               r"|(?:कंटिन्जेंसी|कंटिंजेंसी|कॉन्टिन्जेंसी|रिज़र्व|रिजर्व)\s*(?:निधि|कोष|राशि|फ़ंड|फंड)?)"
               r"\s*(?:में\s*)?से(?![\w\u0900-\u097f])"
               # (not a comparison: "आकस्मिक निधि से अधिक", more than the contingency fund, review 112c's CR-002)
               r"(?!\s*(?:अधिक|(?:\u095b|\u091c\u093c|\u091c)्यादा|ऊपर|कम|बाहर|पहले"
               r"|ब(?:\u095c|\u0921\u093c)(?:ा|ी))(?![\w\u0900-\u097f]))")
# ... and in Malayalam, "from" written onto the noun and a word of its own: "കരുതൽ തുകയിൽ നിന്ന്" (from the reserve
# amount, review 123b F4), "കരുതൽ ധനത്തിൽ നിന്ന്", "കണ്ടിൻജൻസി ഫണ്ടിൽ നിന്ന്"; not "നിന്നല്ല" (not from)
_ML_RESERVE = (r"(?:കരുതൽ\s*(?:തുക|ധന|ഫണ്ട|നിധി)|അടിയന്തര\s*(?:ഫണ്ട|നിധി)|കണ്ടിൻജൻസി|കണ്ടിജൻസി|കോണ്ടിൻജൻസി"
               r"|റിസർവ)[\u0d00-\u0d7f\u200c\u200d]*\s*(?:ഫണ്ട[\u0d00-\u0d7f]*\s*|തുക[\u0d00-\u0d7f]*\s*)?"
               r"നിന്ന്(?:ും)?(?![\w\u0d00-\u0d7f])")


FROM_CONTINGENCY = re.compile(r"(?<=\d)\s(?:from\s+)?(?:the\s+)?(?:project\s+)?contingency\b(?!\s+(?:is|was|left|remaining|remains|"
                               # an amount named the contingency's in a split: "Funding split as stated: ₦30,000,000
                               # contingency, ₦38,000,000 Harbourline grant" (review 152a F2)
                               r"balance|of|reserve of|included|incl\b|inclusive|on top))"
                               r"|(?<!\bnot )(?<!\bno )\b(?:from|out of|against|within|covered by|charged to) (?:the |this |its |our )?"
                               # ("Approved from the management reserve", a federal project's: review 141a F2)
                               r"(?:(?:project|programme|program)(?:'s)? )?(?:management|project|risk) reserve\b"
                               r"|(?<!\bnot )(?<!\bno )\b(?:from|out of|against|within|covered by|use|uses|using|used|draw on"
                               r"|draws on|drawn on|by|charged to|absorbed (?:in|into|within|by)) (?:the |this |its |our )?"
                               # a company's own: "from Kaveri contingency" (review 85b F1)
                               r"(?:(?:project|programme|program)(?:'s)? |(?-i:[A-Z][\w&-]*)(?:'s|’s)? )?contingency"
                               # the contingency as who pays: "the contingency pays R170 000" (review 87b F3)
                               r"|\bcontingency (?:reserve )?(?:pays|covers|funds|absorbs|bears|carries)\b"
                               r"(?! (?:nothing|none|no\b|zero|0\b))"
                               # Spanish, French, German, Dutch, Italian, Portuguese: "con cargo a la contingencia",
                               # "sur la réserve pour aléas", "aus der Reserve", "uit de onvoorziene kosten"
                               r"|(?<!\bno )\b(?:con cargo a|a cargo de|dentro de|de|por|con) la (?:reserva de )?contingencia"
                               r"|(?<!\bpas )\b(?:sur|dans|imputée? sur|par|à même|à partir de) la (?:réserve|provision|contingence)"
                               # "financé par la réserve pour imprévus" (Quebec, review 104c F2)
                               r"(?: (?:pour (?:aléas|imprévus)|de contingence|du projet))?\b"
                               r"|(?<!\bnicht )\b(?:aus|innerhalb|zulasten|zu Lasten) der (?:Projekt|Budget|Management)?"
                               r"(?:reserve|Risikoreserve|Kontingenz)"
                               r"|(?<!\bniet )\b(?:uit|binnen|ten laste van) (?:de|het) (?:onvoorziene kosten|reservering"
                               # "te betalen uit de contingentie" (review 102a F2)
                               r"|(?:project)?contingency|(?:project)?contingentie|(?:project)?reserve"
                               # "uit de onvoorzien-post van het project", "uit de post onvoorzien" (review 95a F2)
                               r"|onvoorzien\w*[- ]?post|post onvoorzien\w*|budget voor onvoorzien\w*)"
                               # ... and without an article: "€ 40.000 uit onvoorzien", "ten laste van onvoorzien"
                               # (review 129b F1, F3)
                               r"|(?<!\bniet )\b(?:uit|ten laste van|binnen) (?:post )?onvoorzien\b"
                               r"|\b(?:dalla|entro la|a carico della|sulla|su) (?:riserva|contingenza|contingency)"
                               # Danish, Norwegian: "betales af reserven", "af budgetreserven" (review 124a F1)
                               r"|(?<!\bikke )\b(?:af|fra|av) (?:projekt|prosjekt|budget)?reserven\b"
                               # ("De 350.000 kr. ... tages af projektets reserve", review 147b F5)
                               r"|(?<!\bikke )\b(?:af|fra|av) (?:projektets|prosjektets) (?:reserve|reserven|buffer|bufferen)\b"
                               r"|(?<!\bfora )\b(?:da|dentro da) (?:reserva de )?contingência"
                               # "coberto pela reserva de contingência do projeto" (review 82b F2)
                               r"|(?<!\bnão )\b(?:pela|com a|na) (?:reserva de contingência|contingência)"
                               # "Usa a contingência", "usando a reserva de contingência" (review 127c)
                               r"|(?<!\bnão )(?<!\bsem )\b(?:usa|usou|usando|utiliza|utilizou|consome) (?:a )?(?:reserva de )?contingência"
                               # Polish: "finansowane z rezerwy", "z rezerwy projektu" (review 48b F3); German "aus
                               # der Reserve" above; Spanish "de la reserva"
                               r"|(?<!\bnie )\bz rezerwy\b|\b(?:con cargo a|de) la reserva(?: del proyecto)?\b"
                               # Czech: "hrazeno z rezervy projektu", "Schváleno z rezervy" (review 100c F1, F6)
                               r"|(?<!\bne )(?<!\bnikoli )\bz (?:projektové )?rezervy\b"
                               r"|(?<!\bpas )\bsur la réserve\b"
                               # Swedish, Danish, Norwegian: "Betalas från projektets reserv" (review 70b F1)
                               r"|(?<!\binte )\b(?:från|fra) (?:projektets |prosjektets )?(?:reserv|buffert|buffer)\w*"
                               # "Godkjent, dekkes av usikkerhetsavsetningen" (review 72c N2)
                               r"|(?<!\bikke )(?<!\binte )\b(?:dekkes|dekket|finansieres|finansiert|täcks|täckt|finansieras"
                               r"|dækkes|dækket) (?:av|af|fra|från|ur|med) (?:projektets |prosjektets )?"
                               r"(?:usikkerhetsavsetning|reserv|buffer|risikoreserve|projektreserv|prosjektreserve)\w*"
                               # "Godkjent innenfor usikkerhetsavsetningen", "belastes risikopuljen" (review 103c F10)
                               r"|(?<!\bikke )(?<!\binte )\b(?:innenfor|innen|inden for|inom|mot|belastes|belastet|belastas"
                               r"|belastet|ur) (?:den |det |projektets |prosjektets )?(?:usikkerhetsavsetning|risikoreserve"
                               r"|risikopulje|riskreserv|projektreserv|prosjektreserve|reserve|reserv|buffer|buffert)\w*"
                               # Finnish: "Hyväksytty varauksesta", "kustannus katetaan varauksesta" (review 104b F7)
                               r"|(?<!\bei )\b(?:katetaan |maksetaan |rahoitetaan )?(?:projekti|riski)?varauksesta\b"
                               # the contingency spent first, another source paying what goes past it ("takes the
                               # programme past its contingency; CFO to fund overrun from the Q3 product budget":
                               # review 106c F1, read as another source paying it all)
                               r"|\b(?:past|beyond|exceeds?|exceeding|over(?:runs?)?|exhausts?|exhausting|uses up|using up)"
                               r" (?:the |its |our |this |what is left of (?:the |its )?)?(?:project(?:'s)? )?contingency"
                               # Japanese, Chinese: "コンティンジェンシーから充当", "予備費から" (review 77c)
                               r"|(?:コンティンジェンシー|予備費|予備予算|リスク予備費?|应急储备金?|不可预见费)(?:\s*[(（][^)）]*[)）])?"
                               r"(?:から|で|より|を|中|支出|列支)"
                               # Turkish: "₺400.000 proje yedek bütçesinden" (from the project's reserve budget, review
                               # 133c F1), "proje yedeğinden", "ihtiyat payından"
                               r"|(?:yedek\s+bütçe\w*|yedek\s+ödene\w*|yedeğ\w*|ihtiyat\s+pay\w*|beklenmedik\s+durum"
                               r"\s+(?:bütçe|pay|fon)\w*)(?:den|dan|nden|ndan)\b"
                               # Indonesian, Malay: "dibiayai dari cadangan kontingensi" (review 110c F6)
                               r"|(?<!\btidak )(?<!\bbukan )\b(?:dari|dengan|menggunakan|memakai|daripada|guna) "
                               r"(?:dana |cadangan |anggaran |peruntukan )?(?:kontingensi|kontinjensi|luar jangka)\b"
                               # ("Rp 45 juta dari dana cadangan", "dibebankan ke dana cadangan", review 148c F1, F2)
                               r"|(?<!\btidak )(?<!\bbukan )\b(?:dari|dibebankan (?:ke|pada)|menggunakan|memakai)\s+"
                               r"(?:dana\s+)?cadangan(?:\s+proyek)?\b"
                               # Greek: "με χρήση του αποθέματος κινδύνου" (review 110a F2)
                               r"|(?<!χωρίς )(?<!όχι )\b(?:από|με χρήση|μέσω|σε βάρος|εντός|χρησιμοποιώντας)\s+"
                               r"(?:του |το |τον |της |την )?(?:αποθέματος|απόθεμα|αποθεματικού|αποθεματικό)\b"
                               # Vietnamese: "dùng ngân sách dự phòng" (review 110a F2)
                               r"|(?<!không )\b(?:dùng|sử dụng|từ|lấy từ|chi từ|trích từ|bằng)\s+"
                               r"(?:quỹ |ngân sách |khoản |nguồn )?dự phòng\b"
                               # Hungarian: "Jóváhagyva a tartalék terhére", "a tartalékból" (review 110b F2)
                               r"|(?<!nem )\b(?:a\s+)?(?:projekt)?tartalék(?:keret)?\w*\s+terhére\b"
                               r"|\b(?:projekt)?tartalék(?:keret)?(?:ból|ből)\b"
                               # ("költségét a tartalék fedezi", "18 millió Ft-ot a projekt tartaléka fedez": the
                               # reserve covers it, review 147c F1)
                               r"|(?<!nem )\b(?:projekt)?tartalék(?:a|keret|kerete)?\s+fedez\w*"
                               # Romanian: "se plătește din rezerva de contingență a proiectului" (review 111a F1);
                               # Thai: "ใช้งบสำรอง" (uses the reserve budget)
                               r"|(?<!nu )\bdin (?:rezerva de contingen[țţ][ăa]|contingen[țţ][ăa]|rezerva (?:de risc|proiectului"
                               # ("85.000 lei din rezerva pentru neprevăzute", review 136a F1)
                               r"|pentru neprev[ăa]zute|de neprev[ăa]zute))"
                               r"|(?<!ไม่)(?:ใช้|จาก|เบิก|เบิกจาก)\s*งบ(?:ประมาณ)?สำรอง"
                               # Serbian, Croatian: "Odobreno iz rezerve za nepredviđene troškove" (review 113a F2)
                               r"|(?<!ne )\b(?:iz|na teret)\s+(?:projektne\s+)?(?:rezerve|pričuve)\b"
                               # Ukrainian: "з резерву проєкту"; Hebrew: "מהעתודה", "מתוך העתודה" (reviews 112a-b)
                               r"|(?<!не )\bз\s+резерву\b"
                               # Russian (review 154c F4: "8,5 млн тг — из резерва проекта")
                               r"|(?<!не )\b(?:из|за\s+сч[её]т)\s+(?:\w+\s+)?резерва\b|(?<!לא )(?:מ|מתוך\s+)(?:ה)?(?:עתודה|רזרבה|עתודת|רזרבת)"
                               # Arabic: "من الاحتياطي" (from the reserve), "ضمن الاحتياطي" (within it)
                               r"|(?<!ليس )(?<!لا )(?:من|ضمن)\s+(?:ال)?احتياطي"
                               # Persian, Bulgarian, Bengali, Catalan, Lithuanian, Swahili (review 114: "از ذخیره
                               # احتیاطی", "от резерва за непредвидени разходи", "আকস্মিক তহবিল থেকে", "a càrrec de la
                               # contingència", "iš rezervo", "gharama kutoka contingency")
                               r"|(?<!نه )(?<!بدون )از\s+(?:محل\s+)?ذخیره(?:\s+احتیاطی)?|(?<!не )\bот\s+резерва\b"
                               r"|(?:আকস্মিক|জরুরি|সংরক্ষিত|কন্টিনজেন্সি)\s*(?:তহবিল|ফান্ড)?\s*(?:থেকে|হতে)"
                               r"|(?<!\bno )\b(?:a càrrec de|amb càrrec a|dins de|de) la (?:reserva de )?contingència"
                               r"|(?<!\bne )\biš\s+(?:projekto\s+)?(?:rezervo|nenumatytų\s+išlaidų\s+rezervo)\b"
                               r"|(?<!\bsi )\bkutoka\s+(?:kwa\s+)?(?:mfuko\s+wa\s+)?(?:contingency|akiba|dharura)\b"
                               # Vietnamese (review 142c F1: "500 triệu đồng lấy từ dự phòng của dự án")
                               r"|(?<!\bkhông )(?<!\bkhông lấy )\btừ\s+(?:quỹ\s+|ngân sách\s+|khoản\s+)?dự phòng\b"
                               # Malay (review 141b F1: "RM500,000 daripada contingency program")
                               r"|(?<!\btidak )\b(?:daripada|dari)\s+(?:dana\s+|peruntukan\s+)?(?:contingency|kontingensi|rizab)\b"
                               # Urdu, Latvian, Estonian, Kazakh (review 115: "ہنگامی فنڈ سے", "no rezerves", "reservist",
                               # "резервтен")
                               r"|(?:ہنگامی|احتیاطی)\s+(?:فنڈ|ریزرو|بجٹ)\s+سے|(?<!\bne )\bno\s+(?:projekta\s+)?(?:neparedzēto\s+(?:izdevumu\s+)?)?rezerv(?:es|ēm)\b"
                               r"|\breservist\b|\bresevist\b|\bрезервтен\b|\bрезерв\s+қорынан\b|\bрезервінен\b"
                               # Sinhala, Georgian (review 115b: "හදිසි අරමුදලෙන්", "რეზერვიდან", from the reserve)
                               r"|හදිසි\s+අරමුදලෙන්|සංචිත\s+අරමුදලෙන්|რეზერვიდან|სარეზერვო\s+ფონდიდან"
                               # Tamil, Basque, Icelandic, Welsh, Albanian (review 116: "contingency-யிலிருந்து", from
                               # the contingency; "kontingentziaren kontura"; "úr varasjóði"; "o'r gronfa wrth gefn";
                               # "nga rezerva")
                               r"|contingency[-\s]?(?:யிலிருந்து|இலிருந்து|இல்\s+இருந்து)"
                               r"|(?:அவசர(?:\s*கால)?|இருப்பு|கையிருப்பு)\s*நிதியிலிருந்து"
                               r"|\b(?:kontingentzia|erreserba)(?:ren\s+kontura|tik|ren\s+bidez)"
                               r"|(?<!\bekki )\b(?:úr|af|innan)\s+(?:\w+\s+)?(?:varasjóð\w*|viðbúnaðarsjóð\w*|óvissusjóð\w*)"
                               r"|\bo['’]r\s+gronfa\s+wrth\s+gefn\b|\bcronfa\s+wrth\s+gefn\b"
                               r"|(?<!\bjo )\bnga\s+(?:fondi\s+(?:i\s+)?)?(?:rezerv[ëae]\w*|kontingjenc\w*)"
                               # Nepali, Macedonian (review 117: "परियोजनाको जगेडा रकमबाट", from the project's reserve;
                               # "од резервата на проектот")
                               r"|(?:जगेडा|आकस्मिक|कन्टिन्जेन्सी)\s*(?:रकम|कोष|निधि)?बाट|(?<!не )\bод\s+(?:резерват\w*|контингенциј\w*)"
                               # Galician, Maltese, Uzbek, Tagalog, Afrikaans (review 118: "con cargo á continxencia",
                               # "imħallas mill-kontinġenza", "zaxira fondidan", "kukunin sa contingency ng proyekto",
                               # "uit die gebeurlikheidsreserwe")
                               r"|(?<!\bnon )\b(?:con cargo á|á conta da|da|pola|coa) (?:reserva de )?continxencia\b"
                               r"|(?<!\bmhux )\bmill-(?:kontin[ġg]enza|ri[żz]erva|contingency)\b|\bzaxira(?:\s+fondi)?dan\b"
                               # (Uzbek: "120 mln so‘m zaxira hisobidan", "loyiha zaxirasidan", review 146c F1)
                               r"|\bzaxira(?:si)?(?:dan|\s+hisobidan)\b"
                               r"|(?<!\bhindi )\b(?:mula sa|kukunin sa|kinuha sa|galing sa|sa) (?:ang )?(?:contingency|reserba)\b"
                               r"|(?<!\bnie )\buit (?:die )?(?:projek)?(?:gebeurlikheids?(?:reserwe|fonds)|reserwe|onvoorsiene\w*)"
                               # Irish, Mongolian (review 119a: "Íocfar as an gcúlchiste teagmhasach", "нөөц хөрөнгөөс")
                               r"|(?<!\bní )\bas an gcúlchiste\b|\bнөөц\s+(?:хөрөнгө|сан)(?:өөс|гаас|аас)"
                               # Amharic, Khmer (review 119: "ከፕሮጀክቱ መጠባበቂያ በጀት", from the project's reserve budget;
                               # "ប្រើពីថវិកាបម្រុង", used from the reserve budget)
                               r"|ከ(?:ፕሮጀክቱ\s+)?መጠባበቂያ|(?<!មិន)(?:ពី|ប្រើ)\s*(?:ថវិកា|មូលនិធិ)\s*បម្រុង"
                               # Kyrgyz: "12 000 000 сом долбоордун резервинен" (from the project's reserve, review 120a F1)
                               r"|\bрезерв(?:инен|ден)\b"
                               # Marathi, Gujarati, isiZulu (reviews 122a, 122c F6: "खर्च आकस्मिक निधीतून", "ખર્ચ અનામત
                               # રકમમાંથી", cost from the reserve; 122b F3: "imali ivela ku-contingency", the money comes
                               # from the contingency), not said with "not" after it ("... निधीतून नाही": `NOT_CONTINGENCY`)
                               rf"|{_MR_RESERVE}|{_GU_RESERVE}"
                               # Hindi, Malayalam (reviews 123a F9: "परियोजना निदेशक की सीमा के भीतर; आकस्मिक निधि से";
                               # 123b F4: "6.5 ലക്ഷം രൂപ പദ്ധതിയുടെ കരുതൽ തുകയിൽ നിന്ന്", read as not recorded)
                               rf"|{_HI_RESERVE}|{_ML_RESERVE}"
                               r"|(?<!\bhhayi )\b(?:ivela|izovela|ithathwa|izothathwa|ikhokhwa|izokhokhwa|iphuma|kusuka)\s+"
                               r"(?:ku|kwi|e)-?(?:contingency|reserve|sikhwameni\s+sezimo\s+eziphuthumayo)\b"
                               r"|\b(?:kusetshenziswa|kusetshenziswe|isetshenziswa|isetshenzisiwe)\s+(?:i-?)?contingency\b"
                               # Korean: "예비비에서 집행" (review 84b F2), "예비비(컨틴전시)에서 집행" (review 98c F1)
                               r"|(?:예비비|예비 예산|우발 ?비용|컨틴전시)(?:\s*[(（][^)）]*[)）])?(?:에서|로|으로|를 사용|사용)"
                               r"(?! ?(?:하지 않|안 |않|환원|반환|복귀))"
                               # ... its amount between: "예비비 800만 원 사용"; or as an amount's topic: "2,000만 원은
                               # 예비비" (review 138c F2: read as not recorded)
                               r"|(?:예비비|예비 예산|컨틴전시)\s*[\d,.]+\s*(?:만|억)?\s*원\s*(?:을|를)?\s*(?:사용|집행|충당)"
                               r"|원(?:은|는|이|을)\s*(?:예비비|예비 예산|컨틴전시)(?!\s*(?:외|밖|아닌|없))",
                               re.IGNORECASE)


# Another source named for (part of) a cost: "£120k from the Underwriting budget", "funded by Group IT's capex",
# "approved with a budget increase of EUR 185,000" (review 50a F1).
OTHER_SOURCE = re.compile(r"\b(?:фінансує|фінансуються|оплачує)\s+донор\w*|\bспівфінансуванн\w*\s+донор\w*"  # Ukrainian
                          # billed to the client, or from another Dutch budget (review 129b F1, F2: "billed to client
                          # as per SOW clause 9", "uit het budget informatievoorziening 2026")
                          r"|\b(?:billed|invoiced|recharged|charged back|passed on) to (?:the )?(?:client|customer)\b"
                          # "$18,000 charged to the Nursing Informatics FY2027 operating budget" (review 132b F1)
                          r"|\b(?:charged|booked|allocated|recharged) to (?!(?:the |this |its |our )?(?:project(?:'s)? )?"
                          r"(?:contingency|reserve|budget)\b)(?:the |a |an )?(?:[\w&'’/.-]+ ){0,6}?(?:budgets?|funds?|capex"
                          r"|opex|cost cent(?:re|er)s?|accounts?)\b"
                          r"|\buit het budget\b(?! (?:voor )?onvoorzien)"
                          # a line of the budget of its own ("paid from the runner line item", review 129c F2)
                          r"|\b(?:from|out of|against|under) (?:the |its |our |a )?(?:[\w-]+ ){0,3}?(?:line item|budget line"
                          r"|budget item|cost line)s?\b"
                          # money from outside the budget: "additional funding of $310,000 outside the project
                          # budget", "ausserhalb des Projektbudgets" (review 125b F1)
                          r"|(?<!nothing )(?<!no )(?<!not )\boutside (?:of )?the (?:approved )?(?:project(?:'s)? )?budget\b"
                          r"|\b(?:ausserhalb|außerhalb) des (?:genehmigten )?(?:Projekt)?budgets\b"
                          # Persian "از بودجه عملیاتی", Catalan "amb el pressupost de", Bulgarian "от бюджета на"
                          # (review 114)
                          r"|از\s+(?:محل\s+)?بودجه"
                          # Urdu "... کے بجٹ سے", Latvian "no ostas attīstības fonda" (from the port's development fund)
                          r"|کے\s+(?:\S+\s+)?بجٹ\s+سے|\bno\s+(?:[\w-]+\s+){0,3}?(?:fonda|budžeta)\b"
                          r"|\b(?:amb|a càrrec del?|del) (?:[\w-]+ ){0,2}?pressupost\b(?! del projecte)|\bот\s+бюджета\b"
                          # Tamil: "... விற்பனையாளர் LD அபராதத் தொகையிலிருந்து" (from the vendor's penalty amount, review
                          # 116a F2), Basque, Icelandic, Albanian: from another budget
                          r"|(?:தொகை|பட்ஜெட்|ஒதுக்கீடு|அபராத)\S*?(?:யிலிருந்து|இலிருந்து|லிருந்து)"
                          r"|\b\w*aurrekontu(?:tik|aren\s+kontura)|\b(?:úr|af)\s+(?:\w+\s+)?(?:fjárheimild|rekstrarfé|fjárfestingarfé)\w*"
                          r"|\bnga\s+buxhet\w*"
                          # Nepali, Macedonian: "... पूँजीगत बजेटबाट" (from the capital budget), "од ребалансот на
                          # буџетот" (from the budget amendment, review 117)
                          r"|बजेटबाट|\bод\s+(?:ребаланс\w*|буџет\w*)"
                          # Tagalog, Afrikaans, Maltese, Uzbek, Galician (review 118c F1: "ang natitirang PHP 280,000 ay
                          # sasagutin ng operating budget ng Patient Accounts")
                          r"|\b(?:sasagutin|babayaran|popondohan|pinondohan|sinagot)\s+(?:ng|mula sa)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:budget|badyet|pondo)\b|\buit (?:die )?(?:[\w-]+ ){0,3}?[\w-]*(?:begroting|fonds)\b(?<!reserwefonds)"
                          r"|\bmill-ba[ġg]it\b|\bbyudjet\w*dan\b|\b(?:con cargo ao|do) orzamento\b"
                          # ("EUR 60,000 mill-għotja tal-UE", from the EU grant; "27 millió Ft-ot az IKOP Plusz uniós
                          # támogatás", the EU grant pays: review 147)
                          r"|\bmill-għotj\w*|\b(?:uniós|EU-s|európai uniós|állami|kormányzati)\s+támogatás\w*"
                          # Amharic: "ቀሪው 1,000,000 ብር ከቅርንጫፍ ኦፕሬሽን ዘርፍ የካፒታል በጀት" (the rest from the branch
                          # operations' capital budget, review 119b F1)
                          # Polish: "50 000 zł z budżetu utrzymaniowego magazynów" (review 121a F1)
                          r"|\bz\s+budżetu\b|\bz\s+(?:[\w-]+\s+){0,2}?budżetu\b"
                          # Kyrgyz: "6 400 000 сом ... программанын үнөмдөлгөн каражаттарынан" (from the programme's
                          # savings, review 120a F1)
                          r"|\bкаражат\w*ынан\b|\bбюджет\w*инен\b"
                          # Marathi, Gujarati, isiZulu: another budget ("... आयटी बजेटमधून", "... IT બજેટમાંથી", from
                          # the IT budget; "ebhajethini ye-IT"), not the project's own ("प्रकल्पाच्या बजेटमधून")
                          r"|(?<!प्रकल्पाच्या )(?<!प्रकल्प )(?<!प्रकल्पाचे )(?:बजेट|अंदाजपत्रका|अर्थसंकल्पा)(?:मधून|तून)"
                          r"(?![\w\u0900-\u097f])"
                          r"|(?<!પ્રોજેક્ટના )(?<!પ્રોજેક્ટ )(?<!પ્રોજેક્ટનું )(?:બજેટ|અંદાજપત્ર)માંથી(?![\w\u0a80-\u0aff])"
                          r"|\bebhajethini\s+(?!yephrojekthi\b)(?:ye|ya|yo|ka|le|we)-?\w"
                          # Hindi, Malayalam: another budget ("कुल लागत लगभग ₹24 लाख प्रशिक्षण बजट से", from the
                          # training budget, review 123a; "ഐടി വകുപ്പിന്റെ ബജറ്റിൽ നിന്ന്"), not the project's own
                          # ("परियोजना बजट से", "പദ്ധതിയുടെ ബജറ്റിൽ നിന്ന്") nor a comparison ("बजट से अधिक", above it)
                          r"|(?<!परियोजना )(?<!परियोजना के )(?<!प्रोजेक्ट )(?<!प्रोजेक्ट के )बजट\s+(?:में\s+)?से"
                          r"(?![\w\u0900-\u097f])(?!\s*(?:अधिक|(?:\u095b|\u091c\u093c|\u091c)्यादा|ऊपर|कम|बाहर|पहले))"
                          r"|(?<!പദ്ധതിയുടെ )(?<!പദ്ധതി )(?<!പ്രോജക്ടിന്റെ )(?<!പ്രോജക്റ്റിന്റെ )ബജറ്റ[\u0d00-\u0d7f]*\s*"
                          r"നിന്ന്(?:ും)?(?![\w\u0d00-\u0d7f])"
                          r"|ከ(?!(?:ፕሮጀክቱ\s+)?መጠባበቂያ)(?!\S*መጠባበቂያ)\S+(?:\s+(?!\S*መጠባበቂያ)\S+){0,4}?\s+"
                          r"(?:የካፒታል\s+|የሥራ\s+ማስኬጃ\s+)?በጀት"
                          r"|\b(?:from|by|out of|against) (?!(?:the |this |its |our )?(?:project(?:'s )?)?contingency)(?:the )?"
                          r"(?:[\w&'’/.-]+ ){0,6}?(?:budgets?|funds?|funding|capex|opex|cost cent(?:re|er)|awards?|grants?"
                          r"|donations?|sponsorship|subsid(?:y|ies)|insurance|savings?|capital|programmes?|programs?"
                          # (not a body named so: "approved by the Programme Board", review 124c F4)
                          r"|allocations?)\b(?!\s+(?:board|committee|office|manager|director|team|steering|group)\b)"
                          # a share paid from another source: "half from the research office", "40% by the client"
                          # (review 51b F1: "funded half from the Wellcome award and half from contingency")
                          r"|\b(?:half|part|partly|(?:a|one|two) (?:third|quarter)s?|\d+ ?%) (?:of it )?(?:funded )?"
                          r"(?:from|by|out of) (?!(?:the |this |its |our )?(?:project(?:'s )?)?contingency)\w"
                          r"|\b(?:budget|funding|funds) (?:from|of) (?!(?:the |this |its |our )?(?:project(?:'s )?)?contingency)\w"
                          r"|\bbudget (?:increase|uplift|top-up)|\bincreases? (?:to |of |in )?the budget\b"
                          # a second source after the first: "funded from contingency (CAD 40,000) and the Claims
                          # Operations budget (CAD 28,000)" (review 67b F7)
                          r"|\b(?:funded|paid|financed|covered|met|charged)\b[^.;]*?\b(?:and|plus) (?:from |out of |by )?"
                          r"(?:the )?(?!(?:project(?:'s )?|overall |total )?(?:contingency|budget))(?:[\w&'’/.-]+ ){1,4}?"
                          r"(?:budgets?|funds?|capex|opex|cost cent(?:re|er))\b(?! (?:is|was|stays|remains|unchanged))"
                          # Spanish, Dutch, French, German: "24.000 € con cargo al programa de transformación digital",
                          # "EUR 24.000 uit het OPEX-budget van Fleet Planning" (reviews 71a F1, 71b F1)
                          r"|\b(?:con cargo (?:al|a la|a los|a las)|a cargo del?) (?!(?:reserva|contingencia)\b)\w"
                          # "MXN 450,000 del presupuesto CAPEX 2025 de la Planta Saltillo" (review 79a F1)
                          r"|(?<!dentro )(?<!por encima )(?<!debajo )\b(?:del|de los) presupuestos?\b|\bdel? (?:capex|opex)\b"
                          r"|\b(?:uit|ten laste van) (?:het|de) (?!(?:onvoorziene|reservering|(?:project)?contingency"
                          r"|(?:project)?reserve)\b)(?:[\w&'’/.-]+ ){0,3}?[\w-]*(?:budget|fonds|middelen)\b"
                          r"|\b(?:sur|par) (?:le|les) (?:[\w&'’/.-]+ ){0,3}?(?:budgets?|fonds|crédits)\b"
                          # a grant: "50 000 € par la subvention CaRE notifiée par l'ARS" (review 80b F1)
                          r"|\b(?:par|via|grâce à|sur) (?:la |une |les |l'|l’)?(?:subventions?|dotations?)\b"
                          # Dutch: "€ 35.000 uit de provinciale subsidie" (review 81a F1)
                          r"|\b(?:uit|via|met|door) (?:de |een |het )?(?:[\w-]+ ){0,2}?(?:subsidie|subsidies|bijdrage)\b"
                          r"|\b(?:durch|über|aus) (?:den |die |das |dem |der )?(?:Zuschuss|Zuschüsse\w*|Fördermittel\w*"
                          r"|Förderung)"
                          r"|\b(?:con|por|mediante|pela|pelo|com|da|dal|dalla) (?:la |una |a |o |um |uma )?"
                          r"(?:subvención|subvenciones|subsidio|subvenção|subsídio|sovvenzione|contributo)\b"
                          r"|\baus dem (?:[\w&'’/.-]+ ){0,3}?[\w-]*(?:budget|etat|fonds|topf)\b"
                          # Italian, Portuguese: "EUR 24.000 dal budget di esercizio 2027" (review 74a F1)
                          r"|\b(?:dal|dai|a carico del|do|dos) (?:budget|bilancio|fondi|fondo|orçamento|opex|capex)\b"
                          # "custo pago pelo orçamento de Marketing" (review 82b F1), "pagado por el presupuesto de"
                          r"|\b(?:pelo|pela|com o|no) (?:[\w-]+ ){0,2}?(?:orçamento|verba|fundo|capex|opex)\b"
                          r"|\bpor el (?:[\w-]+ ){0,2}?(?:presupuesto|fondo)\b"
                          # "Lo paga el presupuesto operacional de la Gerencia Mina" (review 94b F1)
                          r"|\b(?:lo |la )?pagan? (?:el|los) (?:[\w-]+ ){0,2}?(?:presupuestos?|fondos?)\b"
                          # a share another party bears: "La CRO prend à sa charge CHF 15 000" (review 76b F1),
                          # "CHF 15,000 borne by the vendor"
                          r"|\bprend\w* à sa charge\b|\bà la charge (?:de|du|des) (?!la (?:réserve|provision|contingence))"
                          # "CHF 21'000 pris en charge par Helvetic Integration SA" (review 84c F1)
                          r"|\bpris\w* en charge par (?!la (?:réserve|provision|contingence))"
                          # Norwegian, Danish, Swedish: "180 000 kr av IKT-avdelingens driftsbudsjett" (review 77b F1)
                          r"|\b(?:av|af|fra|från|ur) (?:[\w-]+ ){0,3}?[\w-]*(?:budsjett|budget|budgett)(?!reserv)\w*"
                          # Turkish: "kalan 1,5 milyon TL 2025 BT yatırım bütçesinden" (the rest from the IT investment
                          # budget, review 133c F1), not the project's reserve budget ("yedek bütçesinden")
                          r"|(?<!yedek )\bbütçe(?:sin|n)?(?:den|dan)\b|\b(?:fonundan|ödeneğinden|hibesinden|hibeden)\b"
                          # Dutch, German, Portuguese, Spanish, English: another party or budget pays its share
                          # (review 134a F1: "€ 45.000 betaald door BelChem NV"; 134c F1: "aus dem Sachaufwand der
                          # Sektion IV"; 134b F1: "R$ 24 mil abatidos da fatura do fornecedor")
                          r"|\b(?:betaald|gefinancierd|gedragen|vergoed|gefactureerd) door (?!de (?:reserve|projectreserve))"
                          r"|\baus dem (?:[\w-]+ ){0,3}?[\w-]*(?:aufwand|haushalt|mitteln|kostenstelle|posten)\b"
                          r"|\b(?:abatid|descontad|deduzid|compensad)[oa]s? (?:d[ao]s?|na|no) (?:[\w-]+ ){0,2}?"
                          r"(?:fatura|faturas|nota fiscal|pagamento|contrato)"
                          r"|\b(?:descontad|deducid|compensad)[oa]s? de (?:la|el) (?:[\w-]+ ){0,2}?(?:factura|pago|contrato)"
                          r"|\b(?:deducted|credited|offset|withheld) (?:from|against|on) (?:the )?(?:[\w'’-]+ ){0,3}?"
                          r"(?:invoice|invoices|payment|payments|contract)"
                          # Czech: "hradí se z provozního rozpočtu oddělení kvality" (review 100c F1)
                          r"|\bz (?:[\w-]+ ){0,2}?rozpočtu\b"
                          # French and Dutch grants: "40 000 € sur le subside FEDER", "betaalt de Provincie
                          # Zuid-Holland € 50.000 uit de subsidie" (reviews 137b F1, 137c F1)
                          r"|\b(?:sur|par) (?:le|la|les) (?:subsides?|subventions?|fonds|crédits?|budgets?)\b"
                          r"|\buit de (?:[\w-]+ ){0,2}?subsidie\w*|\bbetaalt (?:de |het )?(?-i:[A-Z])(?!eserve|nvoorzien)"
                          # Hungarian: "45 millió Ft a ... többlettámogatásból" (from a grant, review 138a F1), "a
                          # működési költségvetésből" (from the operating budget)
                          r"|\b\w*(?:támogatás|költségvetés|keret|forrás|alap)\w*(?:ból|ből)\b(?<!tartalékkeretből)"
                          # Korean: "1,500만 원은 생산기술팀 설비 예산에서" (from another budget, review 138c F2), not
                          # the reserve ("예비 예산")
                          r"|(?<!예비 )(?<!예비)예산(?:에서|으로|으로부터)|(?:보조금|지원금|국비|정부 지원)(?:에서|으로)"
                          # Indonesian: "dari anggaran operasional", "dari hibah" (not "dari dana kontinjensi")
                          r"|\b(?:dari|ditanggung oleh|dibiayai oleh) (?!(?:dana |cadangan |anggaran )?(?:kontingensi"
                          r"|kontinjensi|cadangan)\b)(?:anggaran|hibah|dana|subsidi|budget)\b"
                          # Malay, Arabic, Hebrew, Estonian (review 141: "RM350,000 daripada bajet OPEX IT 2027", "تتحمل
                          # الشركة الأم ... كامل التكلفة" (the parent company bears the full cost), "ממענק רשות החדשנות"
                          # (from the Innovation Authority's grant), "EL struktuurivahenditest" (from EU structural funds))
                          r"|\b(?:daripada|dari)\s+(?:bajet|belanjawan|peruntukan|geran|dana)\b(?!\s+(?:contingency|kontingensi|rizab"
                          r"|cadangan))"
                          r"|(?:تتحمل|يتحمل|تتحمّل)\s+(?:\S+\s+){0,5}?(?:كامل|كل|جميع)|(?:من|عبر)\s+(?:ال)?منحة"
                          r"|(?:מ|ב)?מענק|\bstruktuurivahend\w*|\bstruktuurifond\w*|\btoetus\w*"
                          # Slovak: "230 000 € z Plánu obnovy", "z fondov EÚ", "z rozpočtu mesta" (review 139a F1)
                          r"|\bz\s+(?:plánu obnovy|nfp|eurofondov|(?:[\w-]+\s+){0,2}?(?:fondov|fondu|dotácie|grantu"
                          r"|prostriedkov|rozpočtu))\b"
                          # Thai: "500,000 บาท จากทุนวิจัย วช." (from the research grant, review 139b F1), another
                          # budget, not the reserve ("จากงบสำรอง")
                          r"|จาก\s*ทุน|จาก\s*งบ(?:ประมาณ)?(?!\s*(?:ประมาณ)?สำรอง)"
                          # Bulgarian: "се финансират от ОП „Региони в растеж“", "от общинския бюджет", "по
                          # програма", a grant ("безвъзмездна помощ", "грант")
                          # ("180 000 лв. по ОП „Региони в растеж“", under the programme: review 140a F1)
                          r"|\b(?:от|по)\s+(?:ОП\w*|ПВУ|НПВУ|ОПРР|оперативна\s+програма|програма|европейски\w*|ЕС\b"
                          r"|(?:[\w-]+\s+){0,2}?(?:бюджет\w*|фонд\w*|грант\w*|субсиди\w*))|\bбезвъзмездн\w*|\bгрант\w*"
                          # Latvian: "pārējo sedz ekspluatācijas budžets", "no ES fondiem", "no pašvaldības budžeta"
                          r"|\bsedz\s+(?:[\w-]+\s+){0,2}?(?:budžet\w*|klients|partneris|piegādātājs|apdrošinātājs)"
                          # ("30 000 € no Operāciju departamenta 2026. gada budžeta", review 140b F1)
                          r"|\bno\s+(?:ES\s+)?(?:[\w.-]+\s+){0,4}?(?:fond\w*|grant\w*|budžet\w*|dotācij\w*)"
                          # Romanian: "1,2 milioane lei din fonduri PNRR", "din bugetul local" (review 136a F1)
                          r"|\bdin (?:fonduri|fondurile|bugetul|finan[țţ]area|grantul)\b"
                          # ... and another party pays: "600 000 Kč hradí zákazník AutoComp" (review 135b F1)
                          r"|\b(?:u?hradí|zaplatí|platí|financuje|ponese|nese)\s+(?:[\w-]+\s+){0,2}?(?:zákazník|klient"
                          r"|dodavatel|objednatel|odběratel|partner|investor)\w*"
                          r"|\b(?:zákazník|klient|dodavatel|objednatel|odběratel)\w*\s+(?:u?hradí|zaplatí|platí|financuje|ponese)\b"
                          r"|\b(?:borne|absorbed|carried) by (?!(?:the |this |its |our )?(?:project(?:'s )?)?contingency)"
                          # (not a phase absorbing work or time: "Build phase absorbs the work", review 126c F2)
                          r"|(?<!contingency )(?<!reserve )\b(?:absorbs|bears)\b(?!\s+(?:the\s+|this\s+|its\s+)?(?:extra\s+"
                          r"|additional\s+)?(?:work|effort|delay|days|time|slip|schedule|tasks?|testing)\b)|\bcarries (?:[A-Z]{3} ?|[$€£¥] ?)?\d"
                          # another party pays, or an allowance or a cross-charge does: "the Penang plant pays it
                          # through the MES Operations cross-charge" (review 83c F1), "covered by the vendor's
                          # fixed-price configuration allowance" (review 83b F1)
                          r"|(?<!contingency )(?<!reserve )\b(?!contingency\b)\w+ pays (?:it|for it|for this|for the change"
                          r"|the cost|its cost)\b|\b(?:allowance|cross-charge|cross charge|chargeback|recharge)\b"
                          r"|\b(?:paid|funded|financed|reimbursed) (?:for )?by (?!(?:the )?(?:project(?:'s)? )?"
                          r"(?:contingency|reserve|project)\b)(?:the )?\w"
                          # a client pays: "Client will pay through SOW amendment 3" (review 85b F1), "billed to the
                          # customer"
                          r"|\b(?:client|customer)s?(?:'s|’s)? (?:will |to |shall |agreed to |has agreed to )?(?:pay|pays|paid|fund"
                          r"|funds|funded|bear|bears|cover|covers)\b"
                          r"|\b(?:billed|charged|invoiced|recharged|passed on) (?:back )?to the (?:client|customer)\b",
                          re.IGNORECASE)

# Words saying a cost is shared ("Funding split - GBP 40,000 from project contingency and ...", review 72a F1)
_SPLIT = re.compile(r"\b(?:split|partly|part-funded|co-funded|jointly funded|shared between|in part)\b"
                    # "the budget line had SEK 40k left, the remaining SEK 45k from contingency" (review 89c F1)
                    r"|\bthe (?:remaining|rest|balance|remainder)\b(?: of it)?(?: of)? (?:[A-Z]{3} ?|[$€£¥₹₩] ?)?\d"
                    # "the insurer pays the rest", "and the balance from contingency" (a South African split)
                    r"|\b(?:pays|covers|funds|bears|meets|picks up|absorbs) the (?:rest|remainder|balance)\b"
                    r"|\b(?:and|with|while) the (?:rest|remainder|balance)\b(?: of (?:it|the cost))?"
                    r"(?: (?:is|will be|was|comes|will come|came))? (?:(?:paid|covered|funded|borne|met|taken|drawn) )?"
                    r"(?:by|from|out of)\b"
                    # "los $170 mil restantes salen de la contingencia", "el resto de la contingencia" (review 130b F1)
                    r"|\d[\d.,]*\s*(?:mil\s+|millones\s+)?restantes\b|\b(?:el resto|el saldo|lo restante)\b"
                    # "... and balance Rs. 5.5 lakh billed to client" (review 129b F2)
                    r"|\b(?:and|with) (?:the )?(?:balance|remaining|remainder|rest)(?: amount)?(?: of)? "
                    r"(?:[A-Z]{3} ?|[$€£¥₹₩] ?|Rs\.? ?)?\d"
                    r"|\b(?:teilweise|anteilig|en partie|partiellement|parcialmente|en parte|gedeeltelijk)\b"
                    r"|\bfinancement (?:mixte|partagé|conjoint)\b|\bcofinanc\w*"
                    r"|\bfinanciamiento (?:dividido|compartido)\b|\bfinanciación (?:dividida|compartida)\b"
                    r"|\bkostnad\w* (?:deles|fordeles|delas|fördelas)\b|\b(?:delt|delad) finansiering\b"
                    # Tamil: "மீதி ₹38 லட்சம்" (the rest, review 116a F2)
                    r"|மீதி\s*(?:[A-Z]{3}\s?|[$€£¥₹₩]\s?)?\d"
                    # Tagalog, Afrikaans, Galician, Maltese, Uzbek: the rest ("ang natitirang PHP 280,000", review 118c)
                    r"|\b(?:natitirang|natitira|oorblywende|die res|o resto|il-bqija|qolgan)\s+(?:[A-Z]{3}\s?|[$€£¥₹₩₱R]\s?)?\d"
                    r"|ቀሪው\s+(?:[A-Z]{3}\s?)?\d"
                    # Bulgarian, Latvian: the rest ("останалите 80 000 лв.", "остатъкът", "pārējo sedz", "atlikumu")
                    r"|\b(?:останалите|останалата\s+част|остатъкът|остатъка|pārējo|pārējā\s+daļa|atlikumu|atlikums)\b"
                    # Marathi, Gujarati, isiZulu: the rest ("उर्वरित ₹ ६ लाख", "બાકીના ₹ 5 લાખ", "okusele R 200 000")
                    r"|(?:उर्वरित|उरलेले|उरलेली|बाकीचे|बाकी|બાકીના|બાકીની|બાકીનો|બાકી)\s*(?:[A-Z]{3}\s?|[$€£¥₹₩]\s?)?\d"
                    r"|\b(?:okusele|esele|imali\s+esele)\s+(?:[A-Z]{3}\s?|R\s?)?\d"
                    # Hindi, Malayalam: the rest ("शेष ₹ 10 लाख", "ബാക്കി 3 ലക്ഷം രൂപ", "ശേഷിക്കുന്ന ₹ 2 ലക്ഷം")
                    r"|(?:शेष|बाक़ी|ബാക്കി|ബാക്കിയുള്ള|ശേഷിക്കുന്ന|ശേഷിച്ച)\s*(?:[A-Z]{3}\s?|[$€£¥₹₩]\s?|Rs\.?\s?)?\d",
                    re.IGNORECASE)

# Words of a budget increase, which the documents add to the budget only where impact.funding says so
_RAISED = re.compile(r"\bbudget (?:increase|uplift|top-up|extension)|"
                     # "Finance Committee added $180,000 to the budget on 6/11/2026" (review 164b F2)
                     r"\badded\s+(?:[\w$€£¥.,]+\s+){0,3}?to\s+(?:the\s+)?(?:project(?:'s)?\s+)?budget\b|"
                     # "El directorio aprueba aumentar el presupuesto del proyecto en $ 600.000.000" (review 133b F2)
                     r"\b(?:aumentar|incrementar|ampliar|elevar|aumenta|incrementa|amplía)\s+(?:el|o|il)\s+"
                     r"(?:presupuesto|orçamento|budget)\b|"
                     # "Approved programme budget rises from £3.4m to £3.59m" (review 133a F2)
                     r"(?<!\bnot )\bbudget (?:(?:is|was|has been|will be)\s+)?(?:rises|rose|risen|goes up|went up|increases"
                     r"|increased|raised)\b(?!\s+(?:above|beyond|over)\b)|\bincreas\w* (?:to |of |in )?the (?:project(?:'s)? )?"
                     r"budget|\bBudgeterhöhung|\baugmentation (?:du|de) budget|\brallonge\b|\bport\w* le budget (?:de|à)\b|\baumento (?:del|de|do) (?:presupuesto|orçamento)"
                     r"|\bbudgetaufstockung|\b(?:erhöhung|aufstockung)\s+des\s+(?:projekt)?budgets|\bbudgetverhoging|\b(?:verhoging|ophoging|uitbreiding)\s+van\s+(?:het|de)\s+(?:project)?(?:budget|begroting)|\b(?:aumento|incremento|integrazione) (?:di|del|dello) (?:budget|bilancio|stanziamento)|\bpodwyższeni\w* budżetu|\bzwiększeni\w* budżetu"
                     # Korean, Japanese, Chinese (review 108c F1: "프로젝트 예산을 3억 2천만 원 증액한다")
                     r"|증액|予算増額|予算の増額|增加预算|预算追加"
                     # Spanish public budgets (review 109c F1: "ampliación de crédito", "ampliación presupuestaria")
                     r"|\bampliaci[óo]n (?:de cr[ée]dito|presupuestaria|presupuestal|del presupuesto)|\bsuplemento de cr[ée]dito"
                     # public budgets (review 110c F1: "the Board of Commissioners approved a budget amendment of
                     # $412,000"); Indonesian, Malay ("penambahan anggaran")
                     r"|\bbudget (?:amendment|supplement)|\bsupplementa(?:l|ry) (?:appropriation|budget|estimate)"
                     r"|\bamend(?:ed|s|ing)? the (?:project(?:'s)? )?budget\b"
                     r"|\b(?:penambahan|tambahan|kenaikan|peningkatan) (?:anggaran|bajet|belanjawan)\b"
                     # Greek, Vietnamese, Hungarian (review 110)
                     r"|\bαύξηση\s+(?:του\s+)?προϋπολογισμού|\b(?:tăng|bổ sung) ngân sách\b"
                     r"|\bköltségvetés\w*[\s-]+(?:emelés|növelés|megemelés)\w*|\bkeretemelés\w*"
                     # Catalan (review 114b F1: "Ampliació de pressupost de 385.000 EUR aprovada"), Persian, Bulgarian,
                     # Lithuanian, Bengali, Swahili
                     r"|\bampliació (?:de|del) pressupost|\bincrement (?:de|del) pressupost|افزایش\s+بودجه"
                     r"|\bувеличение\s+на\s+бюджета|\bbiudžeto\s+padidinim\w*|বাজেট\s+বৃদ্ধি"
                     r"|\b(?:nyongeza|kuongeza|ongezeko)\s+(?:ya\s+|la\s+)?bajeti\b"
                     # Latvian (review 115a F1: "Apstiprināts budžeta palielinājums par 160 000 EUR"), Estonian, Urdu
                     r"|\bbudžeta\s+palielinājum\w*|\beelarve\s+suurendami\w*|بجٹ\s+میں\s+اضافہ"
                     # Romanian, Thai
                     r"|\b(?:suplimentarea|majorarea|creșterea|cresterea) bugetului\b|เพิ่มงบประมาณ"
                     # Swedish, Danish, Norwegian (review 148b F1: "Kommunstyrelsen beslutade ... att utöka projektets
                     # budgetram med 850 000 kr")
                     r"|\butök\w*\s+(?:projektets\s+)?budget\w*|\bbudgetökning\w*|\bhöj\w*\s+(?:projektets\s+)?budget\w*"
                     r"|\budvid\w*\s+(?:projektets\s+)?budget\w*|\bforhøj\w*\s+(?:af\s+)?(?:projektets\s+)?budget\w*"
                     r"|\bøk\w*\s+(?:av\s+)?(?:prosjektets\s+)?(?:budsjett|ramme)\w*|\btilleggsbevilgning\w*"
                     # Arabic, its short vowels optional: "رُفعت الميزانية المعتمدة من ... إلى ..." (review 111b F1)
                     r"|(?:ر[\u064b-\u0652]*ف[\u064b-\u0652]*ع[\u0600-\u06ff]*|زيادة)\s+(?:ال)?ميزانية"
                     # Hebrew: "התקציב הכולל של הפרויקט הוגדל" (review 112a F1); Ukrainian, Malay
                     r"|התקציב(?:\s+\S+){0,4}\s+הוגדל|הגדלת\s+(?:ה)?תקציב|תוספת\s+תקציב"
                     r"|\bзбільшенн\w*\s+бюджету"
                     # Russian (review 154c F4: "Бюджет проекта увеличен со 185 до 200,5 млн тг")
                     r"|\bувеличени\w*\s+бюджета|\bбюджет\w*\s+(?:проекта\s+)?(?:был\s+)?увелич\w*|\bувелич\w+\s+бюджет\w*|\bpenambahan bajet\b"
                     # Yoruba, Hausa (review 156c F1: "Ìfikún isuna", "Isuna project yóò pọ̀ sí i láti ₦240,000,000
                     # sí ₦285,000,000": a contingency overrun in seven documents)
                     r"|(?<!\w)[iì]f[iì]k[uú]n\s+[iì]suna\b|(?<!\w)[iì]suna\s+(?:\w+\s+){0,2}?(?:y[oó]o\s+)?p[oọ]\u0323?\u0300?\s+s[ií]\s+i\b"
                     r"|\bƙarin\s+kasafin\s+kuɗi\b|\bkasafin\s+kuɗi\s+(?:\w+\s+){0,2}?ya\s+ƙaru\b"
                     # Icelandic (review 116b F1: "Stjórnin samþykkti hækkun fjárheimildar um 38 m.kr."), Croatian,
                     # Slovenian, Albanian, Welsh, Basque, Tamil
                     r"|\bhækk\w*\s+(?:á\s+)?fjárheimild\w*|\bfjárheimild\w*\s+(?:\w+\s+)?hækk\w*|\bviðbótarfjárveiting\w*"
                     # (review 142b F2: "samþykkti ... að hækka fjárhagsáætlun verkefnisins úr 85 milljónum króna í
                     # 97,5 m.kr.")
                     r"|\bhækk\w*\s+(?:á\s+)?fjárhagsáætlun\w*|\bfjárhagsáætlun\w*\s+(?:\w+\s+)?hækk\w*"
                     r"|\bpovećanj\w*\s+(?:proračuna|budžeta)|\bpovečanj\w*\s+proračuna"
                     r"|\b(?:rritje|rritja|shtim\w*)\s+(?:e|të|i)\s+buxhetit\b|\bcynnydd\s+(?:yn\s+)?(?:y\s+)?gyllideb\b"
                     r"|\baurrekontu\w*\s+(?:handitze|igoera|gehikuntza)\w*"
                     r"|பட்ஜெட்\s*(?:அதிகரிப்பு|உயர்வு)|ஒதுக்கீடு\s*(?:அதிகரிப்பு|உயர்வு)"
                     # Nepali, Macedonian, Armenian, Azerbaijani (review 117)
                     r"|बजेट\s*(?:वृद्धि|थप)|\bзголемување\s+на\s+буџетот|\bбуџетот\s+се\s+зголем\w*"
                     r"|բյուջեի\s+ավելաց\w*|\bbüdcə\w*\s+artırıl\w*|\bbüdcə\w*\s+artım\w*"
                     # Mongolian, Irish, Maltese, Uzbek, Tagalog, Afrikaans, Galician (review 119a F1: "Төслийн
                     # төсвийг нэмэгдүүлэх", increase the project's budget, counted as a contingency overrun)
                     r"|төсв\w*(?:\s+\S+){0,5}?\s+нэмэгдүүл\w*|төсв\w*\s+нэмэгдэл\w*|төсөв\s+нэмэх|\bméadú\s+ar\s+an\s+(?:m|)buiséad"
                     r"|\bbuiséad\s+a\s+mhéadú|\bżieda\s+fil-baġit|\bbyudjet\w*\s+oshir\w*|\bdagdag\s+(?:na\s+)?badyet"
                     r"|\bbegrotingsverhoging|\bverhoging\s+van\s+die\s+begroting|\baumento\s+do\s+orzamento"
                     r"|የበጀት\s+ጭማሪ|በጀት\s+ጭማሪ|បង្កើនថវិកា|ការបន្ថែមថវិកា"
                     # Dutch public budgets (review 122a F1: "€ 55.000 via een begrotingswijziging die de gemeenteraad
                     # ... heeft vastgesteld", a budget amendment, beside the contingency's € 40.000)
                     r"|\bbegrotingswijziging|\bbijstelling\s+van\s+de\s+begroting|\bbudgetophoging"
                     r"|\bophoging\s+van\s+het\s+budget"
                     # (review 126b F2: "Verhoging projectkrediet met € 185.000", "het aanvullende krediet verleend",
                     # a water board's additional credit, counted as a contingency overrun)
                     r"|\bverhoging\s+(?:van\s+(?:het|de)\s+)?(?:project)?krediet|\baanvullend\w*\s+(?:project)?krediet"
                     # German and Swiss (review 125b F1: "einen Zusatzkredit von CHF 310'000 ausserhalb des
                     # Projektbudgets bewilligt", a supplementary credit, counted as a contingency overrun)
                     r"|\b(?:zusatz|nachtrags|ergänzungs)kredit\w*|\bbudgetnachtrag\w*|\bzusatzbudget\w*"
                     # (review 127b F1: "der Aufsichtsrat hat ... zusätzliche Mittel von 480.000 EUR bewilligt")
                     r"|\bzusätzliche\w*\s+(?:Projekt)?mittel\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bbewilligt|\bzusatzmittel\w*"
                     # Marathi, Gujarati, isiZulu (review 122: "अंदाजपत्रकात वाढ", "बजेट वाढ", "બજેટમાં વધારો",
                     # "ukwengezwa kwebhajethi", an increase of the budget)
                     # (not denied after it: "बजेट वाढ नाही", "બજેટમાં વધારો નહીં", "akukho ukwengezwa kwebhajethi")
                     r"|(?:(?:बजेट|अंदाजपत्रक|अर्थसंकल्प)(?:ात|ामध्ये|मध्ये)?\s*वाढ|वाढीव\s+(?:बजेट|अंदाजपत्रक|तरतूद))"
                     r"(?![\u0900-\u097f]*\s+(?:नाही|नको))"
                     r"|(?:(?:બજેટ|અંદાજપત્ર)(?:માં)?\s*વધાર|વધારાનું\s+બજેટ)(?![\u0a80-\u0aff]*\s+(?:નહીં|નહિ|નથી))"
                     r"|(?<!\bakukho )\b(?:ukwengezwa|ukwenyuswa|ukunyuswa|ukwandiswa|ukwengeza|ukwenyusa|ukukhuphula)\s+"
                     r"(?:kwe)?bhajethi\b"
                     r"|\bibhajethi\s+(?:i)?(?:yengezwe|inyusiwe|ikhushulwe)\b"
                     # Hindi, Malayalam: "बजट में वृद्धि", "बजट बढ़ाया गया", "अतिरिक्त बजट" (an increase of the budget,
                     # an added budget), "ബജറ്റ് വർദ്ധന", "ബജറ്റ് വർദ്ധിപ്പിച്ചു", "അധിക ബജറ്റ്" (review 123), not
                     # denied after it ("बजट में वृद्धि नहीं", "ബജറ്റ് വർദ്ധിപ്പിച്ചില്ല", "... ഇല്ല")
                     r"|(?:बजट\s*(?:में\s*)?(?:वृद्धि|ब(?:\u095d|\u0922\u093c)ो(?:त|त्त)री"
                     r"|इ(?:\u095b|\u091c\u093c|\u091c)ा(?:\u095e|\u092b\u093c|\u092b)ा)"
                     r"|बजट\s+(?:को\s+)?ब(?:\u095d|\u0922\u093c)ा"
                     r"|अतिरिक्त\s+बजट|बजट\s+संशोधन)(?![\u0900-\u097f]*\s+(?:\S+\s+)?नहीं)"
                     r"|(?:ബജറ്റ[\u0d00-\u0d7f]*\s*(?:വർദ്ധ|വർധ|വർദ്ധി|കൂട്ട|ഉയർത്ത)|അധിക\s+ബജറ്റ)"
                     r"(?![\u0d00-\u0d7f]*ല്ല(?![\u0d00-\u0d7f]))(?![\u0d00-\u0d7f]*\s+(?:ഇല്ല|അല്ല))",
                     re.IGNORECASE)

# Words of a recurring cost, paid after the change is made: "about £40 a month", "running cost", "par mois"
# (not a meeting held so: "approved at its monthly meeting on 8 June", review 127a F1: the sentence giving the budget
# increase its part was dropped)
_RUNNING = re.compile(r"\b(?:a|per|each|every) (?:month|year|annum)\b"
                      r"|\b(?:monthly|annual(?:ly)?)\b(?!\s+(?:general\s+)?(?:meeting|session|sitting|board|council|review))"
                      r"|\brunning costs?\b"
                      r"|\bongoing costs?\b|\bpro (?:Monat|Jahr)\b|\bpar (?:mois|an)\b|\bpor (?:mes|año|mês|ano)\b"
                      r"|\bper (?:maand|jaar)\b|\bmensuel\w*|\bjährlich\w*|\bmonatlich\w*|\bmaandelijks\b", re.IGNORECASE)

# A source turned down ("rather than a budget increase", "instead of the IT capex"): not a source that pays.
_NOT_OTHER = re.compile(r"\b(?:rather than|instead of) (?!(?:from |out of )?(?:the )?(?:project(?:'s)? )?contingency)"
                        r"[^,;.]*", re.IGNORECASE)

# A decision's words giving a saving back to the reserve ("saving returned to the contingency reserve", "added back
# to contingency", review 61a F1), and as other languages say it: "fließt nicht in die Reserve", "reversée à la
# réserve", "devuelto a la reserva", "terug naar de reserve" (review 73c F1)
RETURNED = re.compile(r"\b(?:return\w*|add\w*|put|go(?:es)?|credit\w*|released?)\s+(?:back\s+)?(?:to|into|in)\s+"
                      r"(?:the\s+)?(?:project(?:'s)?\s+)?contingency"
                      r"|\b(?:in|an|zur)\s+(?:die\s+|den\s+)?(?:projekt|budget|management)?(?:reserve|risikoreserve|kontingenz)\b"
                      r"|\b(?:revers|restitu|retourn|rend|rajout|ajout)\w*\s+(?:à|a|dans)\s+la\s+(?:réserve|provision)"
                      r"|\b(?:devuel\w*|vuelve|retorna\w*|reintegra\w*|añad\w*)\s+a\s+la\s+(?:reserva|contingencia)"
                      r"|\b(?:terug\s+(?:naar|in)|toegevoegd\s+aan)\s+de\s+(?:project)?(?:reserve|contingency)"
                      # Italian, Portuguese, Polish, Korean, Japanese: "restituito alla riserva", "devolvido à reserva",
                      # "wraca do rezerwy", "절감액은 예비비로 환원" (review 98c F1), "予備費に戻す"
                      r"|\b(?:restitui\w*|rientra\w*|riversat\w*|torna\w*)\s+(?:al|alla|nella)\s+(?:riserva|contingenza)"
                      r"|\b(?:devolvid\w*|retorna\w*|volta\w*)\s+(?:à|a|para a)\s+(?:reserva|contingência)"
                      r"|\b(?:wraca\w*|wróci\w*|zwrócon\w*|zwraca\w*|przekazan\w*)\s+(?:do|na)\s+rezerw\w*"
                      r"|(?:예비비|컨틴전시)(?:\s*[(（][^)）]*[)）])?(?:로|으로|에)\s*(?:환원|반환|복귀|귀속)"
                      r"|(?:予備費|コンティンジェンシー)(?:\s*[(（][^)）]*[)）])?(?:に|へ)(?:戻|返還|返却)",
                      re.IGNORECASE)
# words before that deny it ("not added to contingency", "fließt nicht in die Reserve", "n'est pas reversée")
RETURN_DENIED = re.compile(r"\b(?:not|never|nor|rather\s+than|instead\s+of|nicht|kein\w*|pas|no|niet)\s+"
                           r"(?:[\w']+\s+){0,2}$|n't\s+(?:\w+\s+)?$", re.IGNORECASE)

# Words denying the contingency pays ("not drawn from contingency", "outside the contingency"): another source.
NOT_CONTINGENCY = re.compile(r"\b(?:rather than|instead of) (?:from |out of )?(?:the )?(?:project(?:'s)? )?contingency"
                             # "..., no la contingencia del proyecto" (review 94b F1)
                             r"|\bno (?:con |de |a )?la (?:reserva de )?contingencia\b"
                             # "no contingency used", "without drawing on the contingency" (review 83b F1)
                             r"|\bno (?:project )?contingency (?:was |is )?(?:used|drawn|needed|required|spent|touched)\b"
                             r"|\bwithout (?:using |drawing on |touching )?(?:the )?(?:project(?:'s)? )?contingency\b"
                             # "no draw on contingency" (review 91c F3: read as drawn on it)
                             r"|\bno (?:draw|drawdown|draw-down|call|charge)s? (?:on|against|to|from) (?:the )?"
                             r"(?:project(?:'s)? )?contingency\b"
                             r"|\bnot\s+(?:\w+\s+){0,2}(?:from|out of|against|within|covered by|charged to|by|on) (?:the )?"
                             r"(?:project(?:'s)? |(?-i:[A-Z][\w&-]*)(?:'s|’s)? )?contingency"
                             r"|\boutside (?:the )?(?:project(?:'s)? )?contingency"
                             # none of it: "nothing from project contingency", "₹0 from project contingency" (review 85b F1)
                             r"|\b(?:nothing|none|zero|nil)\s+(?:of it\s+)?(?:is\s+|was\s+|will be\s+)?(?:\w+\s+)?"
                             r"(?:from|out of|against|charged to|on) (?:the )?(?:project(?:'s)? )?contingency"
                             r"|(?:\b[A-Z]{3}\s?|[$€£¥₹₩]\s?)0(?:[.,]0+)?(?![\d.,])\s+(?:\w+\s+)?(?:from|out of|against|charged to|on) "
                             r"(?:the )?(?:project(?:'s)? )?contingency"
                             # in other languages (reviews 81b F1: "no con la contingencia del proyecto", 81c F2: "nicht
                             # aus der Reserve, sondern aus der Position Hardware")
                             r"|\bno\s+(?:con|de|del|desde|con cargo a|a cargo de|por)\s+la\s+(?:reserva|contingencia)"
                             # Turkish: "proje yedeğinden kullanılmadı" (none used from the project reserve, review 133c F2)
                             r"|(?:yedek\s+bütçe\w*|yedeğ\w*|ihtiyat\s+pay\w*)\s+(?:\w+\s+)?(?:kullanılmadı|karşılanmadı"
                             r"|harcanmadı|kullanılmayacak|karşılanmayacak)"
                             # "no se paga por la contingencia", "no se cubre con la reserva"
                             r"|\bno\s+se\s+(?:paga|cubre|financia|carga)\s+(?:con|de|por|con cargo a|a cargo de)\s+la\s+"
                             r"(?:reserva|contingencia)"
                             # Greek, Vietnamese, Hungarian: "χωρίς χρήση του αποθέματος", "không dùng ngân sách dự
                             # phòng", "nem a tartalék terhére"
                             r"|\b(?:χωρίς|όχι από|δεν)\s+(?:χρήση\s+|χρησιμοποιείται\s+)?(?:του |το )?(?:αποθέματος"
                             r"|απόθεμα|αποθεματικού|αποθεματικό)\b"
                             r"|\bkhông\s+(?:dùng|sử dụng|lấy từ|chi từ|trích từ)\s+(?:quỹ |ngân sách |khoản )?dự phòng\b"
                             r"|\bnem\s+(?:a\s+)?(?:projekt)?tartalék\w*(?:\s+terhére)?"
                             # Romanian, Thai: "nu din rezerva de contingență", "fără a folosi contingența", "ไม่ใช้งบสำรอง"
                             r"|\bnu\s+din\s+(?:rezerva|contingen[țţ])\w*|\bfără\s+(?:a\s+folosi\s+)?(?:rezerva|contingen[țţ])\w*"
                             r"|ไม่(?:ใช้|เบิก)\s*งบ(?:ประมาณ)?สำรอง"
                             # Hebrew: "העתודה לא נוצלה" (review 112a F1), "ללא שימוש בעתודה"; Ukrainian "не з резерву"
                             r"|(?:ה)?(?:עתודה|רזרבה)\s+לא\s+(?:נוצלה|שימשה)|ללא\s+שימוש\s+ב(?:ה)?(?:עתודה|רזרבה)"
                             r"|\bне\s+з\s+резерву\b|\bбез\s+(?:використання\s+)?резерву\b"
                             r"|\bne\s+iz\s+(?:projektne\s+)?(?:rezerve|pričuve)\b|\bbez\s+(?:korišćenja\s+)?rezerve\b"
                             # Yoruba, Hausa: "Owó yìí kì í ṣe láti contingency" (this money is not from the contingency),
                             # "ba daga contingency ba"
                             r"|\bk[iì]\s+[ií]\s+(?:ṣe|se)\s+l[aá]ti\s+(?:inú\s+)?contingency\b|\bba\s+daga\s+contingency\b"
                             # Arabic: "ليس من الاحتياطي", "دون استخدام الاحتياطي"
                             r"|(?:ليس|لا)\s+(?:من|ضمن)\s+(?:ال)?احتياطي|دون\s+(?:استخدام\s+)?(?:ال)?احتياطي"
                             # ("ولا يُخصم أي مبلغ من احتياطي الطوارئ", and no amount is taken from it: review 141c F3)
                             r"|(?:ولا|لا|ولن|لن)\s+(?:\S+\s+){1,3}?من\s+(?:ال)?احتياطي"
                             # Latvian: "Rezerve (8 %) šim mērķim netiek izmantota" (the reserve is not used for it)
                             r"|\brezerv\w*(?:\s*\([^)]*\))?\s+(?:\w+\s+){0,3}?netiek\s+izmantot\w*"
                             # Indonesian, Malay: "bukan dari dana kontingensi", "tidak menggunakan kontingensi"
                             r"|\b(?:bukan|tidak|tanpa)\s+(?:dari|menggunakan|memakai|mengambil)?\s*(?:dana |cadangan )?"
                             r"kontingensi\b"
                             # "no consume la contingencia", "sin usar la reserva" (review 109c F1)
                             r"|\bno\s+(?:consume|usa|utiliza|toca|afecta a)\s+la\s+(?:reserva|contingencia)"
                             r"|\bsin\s+(?:consumir|usar|utilizar|tocar)\s+la\s+(?:reserva|contingencia)"
                             # "Die Reserve des Projekts bleibt unberührt" (review 127b F1), "the contingency is left
                             # untouched"
                             r"|\b(?:Projekt)?reserve\s+(?:des\s+Projekts\s+)?bleibt\s+unberührt"
                             r"|\bcontingency\s+(?:reserve\s+)?(?:is\s+|remains\s+|stays\s+)?(?:left\s+)?untouched"
                             # Swedish, Danish, Norwegian: "Reserven används inte" (review 148b F1), "reserven bruges
                             # ikke", "reserven brukes ikke", "inte ur reserven"
                             r"|\breserven\s+(?:används|utnyttjas|bruges|anvendes|brukes|benyttes)\s+(?:inte|ej|ikke)\b"
                             r"|\b(?:inte|ej|ikke)\s+(?:ur|från|fra|af|av)\s+(?:projekt)?reserven\b"
                             r"|\bnicht\s+(?:aus|zulasten|zu Lasten|über)\s+(?:der|die|dem)\s+(?:Projekt|Management)?"
                             r"(?:reserve|Risikoreserve|Kontingenz)"
                             r"|\bpas\s+(?:sur|par|de|dans)\s+la\s+(?:réserve|provision|contingence)"
                             r"|\bnão\s+(?:da|com a|pela)\s+(?:reserva|contingência)"
                             # "não como uso da contingência", "sem usar a contingência" (review 127c F1)
                             r"|\bnão\s+(?:como\s+)?(?:uso|usa|usando|consome)\s+(?:d?a\s+)?(?:reserva|contingência)"
                             r"|\bsem\s+(?:usar|uso\s+da|consumir|tocar\s+na)\s+(?:a\s+)?(?:reserva|contingência)"
                             # outside it: "fora da contingência do projeto" (review 82b F1), "fuera de la reserva",
                             # "hors de la réserve", "fuori dalla contingenza", "außerhalb der Reserve", "buiten de reserve"
                             r"|\bfora da\s+(?:reserva|contingência)|\bfuera de la\s+(?:reserva|contingencia)"
                             r"|\bhors (?:de la |du |des )?(?:réserve|provision|contingence)|\bfuori dalla\s+(?:riserva|contingenza)"
                             r"|\baußerhalb der\s+(?:Projekt|Management)?(?:reserve|Risikoreserve|Kontingenz)"
                             r"|\bbuiten de\s+(?:project)?(?:reserve|contingency|onvoorziene)"
                             r"|\bniet\s+(?:uit|ten laste van)\s+de\s+(?:project)?(?:reserve|onvoorziene|contingency|contingentie)"
                             r"|\bnon\s+(?:dalla|sulla|a carico della)\s+(?:riserva|contingenza)"
                             # Czech: "NE z rezervy projektu", "mimo rezervu"
                             r"|\b(?:ne|nikoli)\s+z\s+(?:projektové\s+)?rezervy|\bmimo\s+rezervu"
                             # Korean, Japanese: "예비비 사용하지 않음", "예비비 미사용", "予備費は使わない" (review 84b F2)
                             r"|(?:예비비|컨틴전시)(?:를|는|은)? ?(?:사용하지 않|사용 안|미사용|불사용)"
                             r"|(?:予備費|コンティンジェンシー)(?:は|を)?(?:使わ|使用しな|未使用)"
                             # Marathi, Gujarati, isiZulu: "राखीव निधीतून नाही", "અનામતમાંથી નહીં" (not from the
                             # reserve), "hhayi ku-contingency", "ayiveli ku-contingency" (it does not come from it)
                             rf"|(?:{_MR_RESERVE})\s*(?:नाही|नव्हे)|(?:{_GU_RESERVE})\s*(?:નહીં|નહિ|નથી)"
                             r"|\bhhayi\s+(?:ku|kwi|e)-?contingency\b|\ba(?:yi|ku|zi|si)veli\s+(?:ku|kwi|e)-?contingency\b"
                             r"|\bngaphandle\s+kwe-?contingency\b"
                             # Hindi, Malayalam: "आकस्मिक निधि से नहीं" (not from the contingency fund), "कंटिन्जेंसी
                             # का उपयोग नहीं", "കരുതൽ തുകയിൽ നിന്നല്ല" (not from the reserve), "... നിന്ന് അല്ല"
                             rf"|(?:{_HI_RESERVE})\s*नहीं"
                             r"|(?:आकस्मिक|आरक्षित)\s*(?:निधि|कोष|राशि)\s*का\s+(?:कोई\s+)?(?:उपयोग|इस्तेमाल)\s+नहीं"
                             rf"|(?:{_ML_RESERVE})\s*അല്ല"
                             r"|(?:കരുതൽ\s*(?:തുക|ധന|ഫണ്ട|നിധി)|കണ്ടിൻജൻസി|റിസർവ)[\u0d00-\u0d7f]*\s*നിന്നല്ല",
                             re.IGNORECASE)


def denies_contingency(text: Optional[str]) -> bool:
    """Return True when a request's words say the contingency does not pay for it ("Se paga con el presupuesto de
    operación de Sistemas, no con la contingencia") and name no share of it: the documents then count none of its
    cost against the contingency, as those words say."""
    if not text or not NOT_CONTINGENCY.search(text):
        return False
    return FROM_CONTINGENCY.search(NOT_CONTINGENCY.sub(" ", text)) is None


@functools.lru_cache(maxsize=4096)  # (read for each request in every document: the same words many times over)
def funding_said(text: Optional[str]) -> str:
    """Return what a request's words (its decision notes, its description) say pays for its cost: "contingency"
    (the contingency alone), "shared" (the contingency and another source), "other" (another source, not the
    contingency) or "" (nothing said).  The one reading the checks and the documents share beside an unanswered
    impact.funding."""
    denied = NOT_CONTINGENCY.search(text or "")
    text = NOT_CONTINGENCY.sub(" ", text or "")
    # a running cost after the change ("Gateway running cost about £40 a month, to come from the volunteer services
    # budget", review 78b F2) is no share of its cost
    text = " ".join(part for part in re.split(r"(?<=[.;])\s+", text) if not _RUNNING.search(part))
    text = _NOT_OTHER.sub(" ", text)  # "contingency rather than a budget increase": the other source is turned down
    contingency = bool(FROM_CONTINGENCY.search(text))
    # (a budget increase beside the contingency pays the rest: "34 000 € pris sur la provision, 40 000 € par une
    # rallonge", review 120c F1)
    other = bool(denied or OTHER_SOURCE.search(text) or _other_pays(text, _OTHER_WHOLE)
                 or contingency and (_SPLIT.search(text) or raises(text) or _other_pays(text, _OTHER_PART)
                                     or split_amounts(text) is not None))
    return "shared" if contingency and other else "contingency" if contingency else "other" if other else ""


# another party paying the whole cost: "the bank partner covers the full Ksh 3.2 million" (its clause names no
# contingency, nor the project or "we": `_other_pays`)
# (a cost after it, not "covers the full scope")
_OTHER_WHOLE = re.compile(r"\b(?:covers|pays|funds|bears|meets|pays for)\s+(?:the\s+)?(?:full|whole|entire|total|complete)"
                          r"\s+(?:cost|costs|amount|price|bill|sum|fees?|invoice|charge|(?:[A-Z]{3}\s?|[$€£¥₹]\s?)?\d)",
                          re.IGNORECASE)


def _other_pays(text: str, words: re.Pattern[str]) -> bool:
    """Return True when words give another party (some of) the cost ("the insurer pays R1.2m"), in a clause that names
    neither the contingency ("the contingency pays R170 000" is its own share) nor the project itself."""
    text = _digits(text)
    for found in words.finditer(text):
        clause = re.split(r"[.;,:]", text[:found.start()])[-1]
        if not names_contingency(clause) and not re.search(r"\b(?:we|project|programme|program)\b", clause, re.I):
            return True
    return False


def cost_funding(text: Optional[str], cost: Optional[float]) -> str:
    """Return `funding_said` of a request's words for its ``cost``: "contingency" where they share a cost with another
    party but give the contingency all of the cost recorded ("the council's £57,600 share is funded from contingency",
    the supplier's share beyond it: review 77a F1); "shared" where they name the contingency and give two amounts
    that add up to the cost (`split_amounts`)."""
    said = funding_said(text)
    if said == "shared" and cost and any(_found_amount(found) == cost for found in _PART.finditer(text or "")):
        return "contingency"
    if said == "contingency" and cost and split_amounts(text, cost) is not None:
        return "shared"
    return said


def split_amounts(text: Optional[str], cost: Optional[float] = None) -> Optional[float]:
    """Return the contingency's part of a cost its words split in two amounts that add up to ``cost`` (or, with no
    cost given, to a third amount they give, the total), in any language whose word for the reserve is read
    (`FROM_CONTINGENCY`): the amount said right before that word, in its sentence, else the first one after it
    (reviews 141b F1, 141c F2: "40 000 eurot projekti reservist ja 55 000 eurot EL struktuurivahenditest", "davon
    € 50.000,– aus der Projektreserve, € 35.000,– trägt der Kunde", counted whole against the reserve); None where no
    one such split is found."""
    split = _split(text, cost)
    if split is None:
        return None
    plain, pair, found, _total = split
    reserve = FROM_CONTINGENCY.search(plain)
    assert reserve is not None  # (`_split` found one)
    parts = [x for x in found if x[2] in pair]
    # (by where each starts: an amount's match may take a word after it for a currency, "€ 50.000,– aus"); of the
    # reserve's mentions, the one with an amount nearest before it ("EUR 60,000 mill-għotja ... (jekk ma tiġix
    # approvata, l-ammont kollu jitħallas mill-contingency), u EUR 30,000 mill-contingency": the grant's 60,000 read
    # as the reserve's, review 147a F1)
    before = [(mention.start() - x[0], x) for mention in FROM_CONTINGENCY.finditer(plain) for x in parts
              if x[0] < mention.start()
              and not re.search(r"[.!?]\s", plain[min(x[1], mention.start()):mention.start()])]
    if before:
        return min(before, key=lambda pair: pair[0])[1][2]
    after = [x for x in parts if x[0] >= reserve.end()]
    return min(after, key=lambda x: x[0])[2] if after else None


def _split(text: Optional[str], cost: Optional[float]) -> Optional[tuple[str, tuple[float, float], list[tuple[int, int, float]], float]]:
    """Return where a text splits ``cost`` (or, with none given, a third amount it gives, the total) in two amounts
    that add up to it, the reserve named (`FROM_CONTINGENCY`): the text as read, the two amounts, every amount found
    (start, end, value) and the total; None where no one such split is found (`split_amounts`, `split_total`)."""
    plain = _digits(NOT_CONTINGENCY.sub(" ", text or ""))
    if FROM_CONTINGENCY.search(plain) is None:
        return None
    found = [(f.start(), f.end(), value) for f in _AMOUNT.finditer(plain)
             if (value := _found_amount(f)) is not None and value > 0]
    totals = [cost] if cost else [value for _s, _e, value in found]
    # (the two values, whichever comes first, and however often: "Phần dự án tự chi là 500 triệu đồng" says the
    # reserve's 500 again, review 142c F1)
    pairs = {(min(a[2], b[2]), max(a[2], b[2]), total) for i, a in enumerate(found) for b in found[i + 1:]
             for total in totals if abs(a[2] + b[2] - total) < 0.5 and a[2] < total and b[2] < total}
    if len(pairs) > 1:  # of several, those holding the reserve's amount (review 152a F2: "₦30,000,000 ... from the
        # contingency reserve and ₦38,000,000 ... from the ... grant" beside "moves from ₦420,000,000 to ₦458,000,000")
        near = {x[2] for mention in FROM_CONTINGENCY.finditer(plain) for x in found if x[1] <= mention.start()
                and not re.search(r"[.!?]\s", plain[x[1]:mention.start()])
                and not any(x[1] <= y[0] < mention.start() for y in found)}
        pairs = {pair for pair in pairs if pair[0] in near or pair[1] in near} or pairs
    if len({pair[:2] for pair in pairs}) != 1 or len({pair[2] for pair in pairs}) != 1:
        return None
    low, high, total = next(iter(pairs))
    return plain, (low, high), found, total


def split_total(request: Funded) -> Optional[float]:
    """Return the cost a request recorded with none (impact.cost 0 or not assessed, impact.funding unanswered) has,
    where its decision notes or description split a total they give between the contingency and another source
    (`_split`, `funding_said` "shared"): that total (review 151b F3: "மொத்த பட்ஜெட் அதிகரிப்பு ₹38 லட்சம் — இதில்
    ₹14 லட்சம் திட்ட contingency-இலிருந்து, ₹24 லட்சம் ... மானியத்திலிருந்து", no cost: "INR 940,000 overspent");
    None otherwise."""
    impact = request.impact
    if impact is None or impact.cost or impact.funding:
        return None
    for text in (request.decision.notes if request.decision else None, request.description):
        split = _split(text, None) if funding_said(text) == "shared" else None
        if split is not None:
            return split[3]
    return None


def says_from_contingency(text: Optional[str]) -> bool:
    """Return True when a request's words say it is paid from the contingency, and from nothing else (`funding_said`):
    the documents then say so beside the unanswered impact.funding, and the checks do not warn."""
    return funding_said(text) == "contingency"


def contingency_decisions(q: m.Questionnaire, by: Optional[dt.date] = None) -> list[m.LoggedDecision]:
    """Return the decisions of the log (up to ``by``) whose words name the contingency reserve and no change request
    (a request's cost is counted where it is approved), unless they say another source pays and not the reserve:
    what they take from the reserve is in none of the figures set against it (review 47a F2)."""
    requests = [cr.id for cr in q.change_control.requests] if q.change_control else []
    # words naming another source and not the contingency ("a budget increase ... rather than from contingency")
    # take nothing from it (review 52a F1: such a decision was said to be "not counted here")
    # (or whose rationale names it: "District crews remain on wildfire recovery; $46,000 from contingency", review
    # 125a F4: a draw in the log the figures never mentioned)
    decided = [cr for cr in (q.change_control.requests if q.change_control else []) if cr.decision is not None]
    paid = _paid_from_reserve(q)
    return [d for d in q.decisions if (by is None or d.date <= by)
            and any(names_contingency(text) and funding_said(text) != "other" for text in (d.decision, d.rationale or ""))
            and not any(names(i, f"{d.decision} {d.rationale or ''}") for i in requests)
            # ... nor one related to a request (review 139c F2: D-04, "agrees a £40k budget increase", related to CR-003,
            # said "not counted here" beside CR-003's increase counted)
            and not any(m.same_name(r) == m.same_name(i) for r in d.related for i in requests if i)
            # ... nor the log's entry of a request's own decision: the same day, the same decider, two words of its
            # title at least (review 129c F3: D-03, "Re-baseline Wave 2 ... and fund Windows runners from
            # contingency", said to take an amount the figures do not count, beside CR-001 counted in them)
            and not any(cr.decision is not None and cr.decision.date == d.date and cr.decision.by == d.by
                        and Words(d.decision).shared(cr.title) >= 2 for cr in decided)
            # ... nor one whose rationale says, with no amount, that the contingency covers what a request it paid for
            # is about, decided by then (review 132c F8: "Reserven dekker pausen", the reserve covers the pause,
            # beside CR-01 "Sette prosjektet på pause i to måneder", paid from the reserve and counted)
            and not any(_about(clause, cr) for clause in re.split(r"[.;]\s*", d.rationale or "")
                        if names_contingency(clause) and not _DIGIT.search(clause)
                        for cr in paid if cr.decision is not None and cr.decision.date <= d.date)]


def reported_draws(q: m.Questionnaire, by: Optional[dt.date] = None) -> list[tuple[dt.date, str]]:
    """Return the sentences of the status reports (up to ``by``) saying an amount was taken from the contingency,
    naming no change request and not about one the contingency paid (`_about`), each with the day of the first report
    saying it: what they take is in none of the figures set against the reserve (review 132c F1: "R-06 occurred -
    about KES 400,000 drawn from contingency for the exchange-rate difference", the charter's "Contingency remaining"
    beside it)."""
    paid = _paid_from_reserve(q)
    found: dict[str, dt.date] = {}
    for r in sorted(q.status_reports, key=lambda r: r.date):
        if by is not None and r.date > by:
            continue
        texts = [r.budget.note if r.budget else None, r.summary, *r.done]
        for text in texts:
            for clause in re.split(r"(?<=[.;])\s+", text or ""):
                clause = clause.strip().rstrip(".;")
                if (clause and names_contingency(clause) and FROM_CONTINGENCY.search(clause)
                        and funding_said(clause) in ("contingency", "shared") and _DRAWN_AMOUNT.search(_digits(clause))
                        and not _AN_ID_OF_REQUEST.search(clause) and not any(_about(clause, cr) for cr in paid)):
                    found.setdefault(clause, r.date)
    return [(day, clause) for clause, day in found.items()]


_DIGIT = re.compile(r"\d")


def _paid_from_reserve(q: m.Questionnaire) -> list[m.ChangeRequest]:
    """Return the approved requests whose words do not say another source alone pays them: the reserve pays them, or
    a part of them (what a logged decision's or a report's words about the reserve may be about: `_about`)."""
    return [cr for cr in (q.change_control.requests if q.change_control else []) if cr.decision is not None
            and cr.status in m.APPROVED_STATUSES and funding_said(_words_of(cr)) != "other"]


def _words_of(request: m.ChangeRequest) -> str:
    """Return a request's words that say how it is paid for: its decision's notes and its description."""
    return f"{request.decision.notes if request.decision else ''} {request.description or ''}"


def _about(clause: str, request: m.ChangeRequest) -> bool:
    """Return True when a clause naming the contingency shares a word, not one naming the contingency, with a
    request's title."""
    title = Words(request.title)
    return any(title.has(word) for word in significant(clause) if not names_contingency(word))


# The amount a note gives the contingency's part of a shared cost: "from contingency (CAD 40,000)", "EUR 12k from the
# contingency", "40,000 drawn from contingency" (review 67b F7).
# the letters some write before a dollar sign to say whose dollars: "A$1,240,000", "NZ$", "US$" (review 158b F1)
_DOLLAR_LETTERS = r"(?:A|AU|NZ|C|CA|US|HK|S|SG)"
_MONEY = (r"(?:[A-Z]{3}\s?|R\$\s?|" + _DOLLAR_LETTERS + r"\$\s?|[$€£¥₹₩₺₱₮₾֏₼₨₦]\s?|Rs\.?\s?|රු\.?\s?|R\s?(?=\d)|RM\s?(?=\d))?(\d[\d,.\u00a0\u202f' ]*\d|\d)\s?"
          # (Marathi and Gujarati lakh and crore, "₹ ३२ लाख", "₹ 45 લાખ", "कोटी", "કરોડ", with the case ending written
          # onto them: "लाखांपैकी", "લાખથી", review 122)
          # (Spanish and Portuguese thousands and millions: "$170 mil", "3,5 millones", review 130b F1)
          # (Turkish "1,5 milyon TL", review 133c F1)
          # (Czech and Slovak "12 mil. Kč", million, not the Spanish thousand; "1,2 mld. Kč": review 135b F1)
          r"(billions?|millions?|millones|millón|millon|milhões|milhão|milyon|milyar|mil\.(?=\s?(?:Kč|CZK|Sk|€|EUR))|mld\.?"
          # (Finnish and Swedish millions: "1,2 milj. €", "1,2 miljoonaa euroa", "2,5 miljoner kronor": review 135a)
          # (Hungarian, Indonesian, Korean: "85 millió Ft", "Rp 2,5 miliar", "Rp 750 juta", "3,500만 원", "12억 원":
          # review 138)
          # (Bulgarian "1,4 млн. лв.", "2 милиона")
          r"|млн\.?|милиона?|млрд\.?"
          r"|milliárd|millió|miliar|juta|만(?=\s?원|\s|$)|억(?=\s?원|\s|$)|ล้าน(?=\s?บาท|\s|$)"
          # (Vietnamese "800 triệu đồng", "2,5 tỷ đồng": review 142c F1)
          r"|triệu|tỷ|tỉ|nghìn|ngàn"
          # (Greek "€1,2 εκατ.", "2 εκατομμύρια ευρώ": review 142c F3)
          r"|εκατ\.?|εκατομμύρι\w*|εκατομμυρίων|δισ\.?"
          # (Serbian "12,5 miliona dinara", "1,2 milijarde": review 142a F1)
          r"|miliona|milijard[aie]?"
          # (Bengali lakh and crore, a case ending written onto them: "১৮ লাখ টাকার", review 142b F1)
          r"|লাখ|লক্ষ|কোটি"
          # (Icelandic "85 milljónum króna": review 142b F2)
          r"|milljón\w*|milljarð\w*|milljörðum"
          # (Ukrainian and Russian thousands: "600 тис. грн", review 143b F1)
          r"|тис\.?|тыс\.?"
          # (Polish "1,2 mln zł", "150 tys. zł": review 144a F3)
          r"|mln\.?|tys\.?"
          # (Lithuanian "55 tūkst. eurų", Czech and Slovak "850 tis. Kč", Chinese "8.5万元", "1.2亿元": review 145)
          r"|tūkst\.?|tis\.?|万(?=元|\s|$|[，。；、）)])|亿(?=元|\s|$|[，。；、）)])"
          # (Norwegian and Danish "4,5 millioner kroner", "1,2 mill. kr", "2 milliarder": review 143c F2)
          r"|millioner|milliarder|mill\.(?=\s?(?:kr|NOK|DKK))"
          # (Turkish thousands, "850 bin TL"; Maltese "€1.4 miljun": review 147a)
          r"|bin(?=\s?(?:TL|₺|lira))|miljun|biljun|miljonit|miljardit"
          # (Hebrew: "4.5 מיליון ₪", "320 אלף ש״ח", review 149c F1)
          r"|מיליון|מיליארד|אלף"
          # (Mongolian "600 сая ₮", "4.2 тэрбум ₮": review 151a F1)
          r"|сая|тэрбум"
          r"|miljoonaa|miljoner|milj\.?|milioane|milion|miliarde|miliard|mil|bn|mn|mio\.?|mrd\.?|k|m|lakhs?|lacs?"
          r"|crores?|cr|میلیارد|میلیون|کروڑ|لاکھ|ارب|லட்சம்|கோடி"
          r"|(?:लाख|करोड|कोटी)[\u0900-\u097f]*|(?:લાખ|કરોડ)[\u0a80-\u0aff]*"
          # (Malayalam lakh and crore, "6.5 ലക്ഷം", "1.5 കോടിയുടെ": review 123b F4)
          r"|(?:ലക്ഷ|കോടി)[\u0d00-\u0d7f]*)?(?!(?!元)\w)"
          # (an Austrian "€ 120.000,–": review 134c F1)
          r"(?:,\s?[–-]{1,2}(?=\s))?(?:\s?[A-Z]{3}\b|\s?[$€£¥₹₩₺₱₮₾֏₼₨₦]|\s?kr\b\.?|\s?TL\b|\s?Kč(?!\w)|\s?lei\b|\s?Ft\b|\s?forint\w*|\s?лв\.?|\s?лева\b|\s?đồng\b|\s?₫|\s?VNĐ\b|\s?ευρώ(?!\w)|\s?dinara\b|\s?din\.|\s?RSD\b|\s?টাকা[\u0980-\u09ff]*|\s?৳|\s?грн\.?|\s?₴|\s?₸|\s?теңге\w*|\s?тенге|\s?zł(?!\w)|\s?eurų|元|\s?so[‘’ʻ'`]?m(?:dan|ga|ni)?\b"
          r"|\s?원)?")
_AMOUNT = re.compile(_MONEY, re.IGNORECASE)  # an amount as written, alone (`split_amounts`)
_PART = re.compile(rf"contingenc\w*\s*(?:reserve\s*)?\(\s*{_MONEY}\s*\)"
                   # Persian: "۶ میلیارد ریال از ذخیره احتیاطی پروژه" (review 114a F3, its digits read as `_digits`)
                   rf"|{_MONEY}\s*(?:ریال|تومان)?\s*از\s+(?:محل\s+)?ذخیره"
                   # Tamil: "₹74 லட்சம் contingency-யிலிருந்து" (review 116a F2)
                   rf"|{_MONEY}\s*contingency[-\s]?(?:யிலிருந்து|இலிருந்து)"
                   # Nepali, Macedonian (review 117: "रु. ४० लाख परियोजनाको जगेडा रकमबाट", "650.000 денари се
                   # покриваат од резервата")
                   rf"|{_MONEY}\s*(?:परियोजनाको\s+)?(?:जगेडा|आकस्मिक)"
                   rf"|{_MONEY}\s*(?:денари|ден\.)?\s+(?:се\s+)?(?:покрива\w*|финансира\w*|плаќа\w*)?\s*од\s+резерват"
                   # Amharic (review 119b F1: "1,900,000 ብር ከፕሮጀክቱ መጠባበቂያ በጀት")
                   rf"|{_MONEY}\s*(?:zł\s+|PLN\s+)?z\s+rezerwy"
                   # Hungarian, Korean, Indonesian (review 138: "40 millió Ft a projekttartalékból", "2,000만 원은
                   # 예비비", "Rp 15 juta dari kontinjensi")
                   rf"|{_MONEY}\s+(?:a\s+)?(?:projekt)?tartalék(?:keret)?\w*(?:ból|ből|\s+terhére)"
                   rf"|{_MONEY}\s*(?:은|는|이|을)?\s*(?:예비비|예비 예산|컨틴전시)"
                   # Thai: "350,000 บาท จากงบสำรองโครงการ" (review 139b F1)
                   rf"|{_MONEY}\s*(?:บาท\s*)?(?:จาก|ใช้|เบิกจาก)\s*งบ(?:ประมาณ)?สำรอง"
                   rf"|(?:예비비|예비 예산|컨틴전시)\s*{_MONEY}\s*(?:을|를)?\s*(?:사용|집행|충당)"
                   rf"|{_MONEY}\s+(?:diambil\s+|dibiayai\s+|ditanggung\s+)?(?:dari|oleh)\s+(?:dana\s+|cadangan\s+|anggaran\s+)?"
                   r"(?:kontingensi|kontinjensi)"
                   # Bulgarian, Latvian: "120 000 лв. от резерва на проекта", "40 000 € no projekta rezerves"
                   rf"|{_MONEY}\s+(?:се\s+\w+\s+|\w+\s+)?от\s+резерва\b"
                   rf"|{_MONEY}\s+(?:\w+\s+)?no\s+(?:projekta\s+)?(?:neparedzēto\s+(?:izdevumu\s+)?)?rezerv(?:es|ēm)\b"
                   # Romanian: "85.000 lei din rezerva pentru neprevăzute" (review 136a F1)
                   rf"|{_MONEY}\s+din\s+(?:rezerva|contingen[țţ]a)\b"
                   # Czech, Slovak: "850 000 Kč z rezervy projektu", "z projektové rezervy" (review 135b F1)
                   rf"|{_MONEY}\s*(?:hrazen\w*\s+|čerpán\w*\s+|uhrazen\w*\s+)?z\s+(?:\w+\s+)?rezerv[yěa]"
                   rf"|{_MONEY}\s*(?:ብር\s+)?ከ(?:ፕሮጀክቱ\s+)?መጠባበቂያ|{_MONEY}\s*(?:сом\s+)?(?:долбоордун\s+)?резерв(?:инен|ден)"
                   # Lithuanian, Chinese: "30 tūkst. eurų – iš projekto rezervo", "8.5万元从项目应急储备中列支" (review 145)
                   rf"|{_MONEY}\s*[–—:-]?\s*iš\s+(?:projekto\s+)?(?:rezervo|nenumatytų\s+išlaidų\s+rezervo)\b"
                   rf"|{_MONEY}\s*(?:从|由)(?:项目的?|本项目)?(?:应急储备金?|风险储备金?|预备费|不可预见费|应急预算|管理储备)"
                   # Uzbek: "350 mln so‘m loyiha zaxirasidan", "120 mln so‘m zaxira hisobidan" (review 146c F1)
                   rf"|{_MONEY}\s*(?:loyiha(?:ning)?\s+)?zaxira(?:si)?(?:dan|\s+hisobidan)\b"
                   # Kazakh: "35 млн ₸ жоба резервінен" (from the project's reserve, review 144a F1)
                   rf"|{_MONEY}\s*(?:(?:шарт|сомасы)\s+)?(?:жобаның\s+|жоба\s+)?резерв(?:інен|тен)\b"
                   # Marathi, Gujarati, isiZulu (review 122: "₹ ३२ लाख राखीव निधीतून", "₹ 45 લાખ અનામતમાંથી",
                   # "R 400 000 ivela ku-contingency")
                   rf"|{_MONEY}\s*(?:रुपये\s*)?(?:प्रकल्पाच्या\s+)?{_MR_RESERVE}"
                   rf"|{_MONEY}\s*(?:રૂપિયા\s*)?(?:પ્રોજેક્ટના\s+)?{_GU_RESERVE}"
                   rf"|{_MONEY}\s+(?:(?:ivela|ithathwa|ikhokhwa|kusuka|iphuma)\s+)?(?:ku|kwi)-?(?:contingency|reserve)\b"
                   # Hindi, Malayalam (reviews 123a, 123b F4: "₹38 लाख आकस्मिक निधि से", "6.5 ലക്ഷം രൂപ പദ്ധതിയുടെ
                   # കരുതൽ തുകയിൽ നിന്ന്")
                   rf"|{_MONEY}\s*(?:रुपये\s*|रुपए\s*)?(?:परियोजना\s+(?:की\s+)?)?{_HI_RESERVE}"
                   rf"|{_MONEY}\s*(?:രൂപ\s*)?(?:പദ്ധതിയുടെ\s+|പ്രോജക്ടിന്റെ\s+)?{_ML_RESERVE}"
                   # Tagalog, Maltese (review 118c F1: "PHP 400,000 ang kukunin sa contingency ng proyekto")
                   rf"|{_MONEY}\s+(?:ang\s+)?(?:kukunin|kinuha|galing|mula|babayaran)\s+(?:sa|mula sa)\s+(?:contingency|reserba)"
                   rf"|{_MONEY}\s+(?:\w+\s+)?mill-(?:kontin[ġg]enza|ri[żz]erva)"
                   # Urdu: "6 کروڑ روپے ہنگامی فنڈ سے" (review 115a F2)
                   rf"|{_MONEY}\s*(?:روپے)?\s*(?:ہنگامی|احتیاطی)\s+(?:فنڈ|ریزرو|بجٹ)\s+سے"
                   # Ukrainian: "з резерву проєкту — 1 440 000 грн" (review 112b F1)
                   rf"|\bз\s+резерву(?:\s+проєкту|\s+проекту)?\s*[—–:-]?\s*{_MONEY}"
                   # "the contingency pays R170 000 and the plant budget the rest" (review 87b F3)
                   rf"|contingenc\w*\s+(?:reserve\s+)?(?:pays|covers|funds|absorbs|bears|carries)\s+{_MONEY}(?!\s?%)"
                   # ("EUR 40,000 comes from the project contingency", review 127a F1)
                   rf"|{_MONEY}\s+(?:share\s+)?(?:is\s+|was\s+|comes\s+|came\s+|will\s+come\s+)?(?:paid\s+|drawn\s+"
                   rf"|taken\s+|funded\s+)?(?:from|out of)\s+"
                   r"(?:the\s+|this\s+|its\s+|our\s+)?"
                   r"(?:(?:project|programme|program)(?:'s)?\s+)?contingenc"
                   # "50.000 € con cargo a la contingencia", "EUR 40.000 uit de projectcontingency" (reviews 71a F1, 71b F1)
                   rf"|{_MONEY}\s+(?:dalla|da|della)\s+(?:riserva|contingenza|reserva|contingência|contingency)"
                   # "los $170 mil restantes salen de la contingencia" (review 130b F1)
                   rf"|{_MONEY}\s+(?:restantes\s+)?(?:salen|sale|vienen|viene|se pagan|se paga|se cubren|se cubre"
                   r"|se toman|se toma)\s+(?:de|con cargo a)\s+la\s+(?:reserva de\s+)?contingencia"
                   # "40 000,00 € suportados pela contingência" (review 132b F3), and as Spanish, Italian and French
                   # say it: "cubiertos por la contingencia", "coperti dalla contingenza", "couverts par la réserve"
                   rf"|{_MONEY}\s+(?:são\s+|sao\s+|serão\s+|foram\s+)?(?:suportad|cobert|pag|financiad|custead|retirad"
                   r"|tirad)[oa]s?\s+(?:pela|pelo|da|do)\s+(?:reserva de\s+)?(?:contingência|contingencia|reserva)"
                   rf"|{_MONEY}\s+(?:son\s+|serán\s+|fueron\s+)?(?:cubiert|financiad|pagad|asumid)[oa]s?\s+(?:por|con|de)\s+"
                   r"la\s+(?:reserva de\s+)?contingencia"
                   rf"|{_MONEY}\s+(?:sono\s+|saranno\s+)?(?:copert|finanziat|pagat)[oiae]\s+(?:dalla|con la)\s+"
                   r"(?:riserva|contingenza)"
                   rf"|{_MONEY}\s+(?:sont\s+|seront\s+)?(?:couverts?|financés?|payés?)\s+par\s+la\s+(?:réserve|provision"
                   r"|contingence)"
                   # Turkish: "₺400.000 proje yedek bütçesinden" (review 133c F1)
                   rf"|{_MONEY}\s+(?:proje\s+)?(?:yedek\s+bütçe|yedek\s+ödene|yedeğ|ihtiyat\s+pay)\w*(?:den|dan)\b"
                   # "R$ 175.000,00 do saldo da contingência" (review 129c F1)
                   rf"|{_MONEY}\s+(?:do saldo|do valor|da verba|del saldo)\s+(?:da|de la|de)\s+(?:reserva de\s+)?"
                   r"(?:contingência|contingencia)"
                   # "300 000 kr dekkes av prosjektets reserve" (review 77b F1)
                   rf"|{_MONEY}\s+(?:dekkes|dekket|finansieres|tas|täcks|betalas|dækkes|tages)\s+(?:av|af|fra|från|ur)\s+"
                   r"(?:prosjektets\s+|projektets\s+)?(?:reserv|buffer|usikkerhetsavsetning|risikoreserve)"
                   # ... and with no verb: "700 000 kr ur projektets riskreserv och 450 000 kr ur förvaltningens
                   # driftbudget" (review 132a F1)
                   rf"|{_MONEY}\s+(?:ur|från|fra|af|av)\s+(?:projektets\s+|prosjektets\s+|den\s+)?(?:riskreserv|risikoreserv"
                   r"|reserv|buffer|buffert|usikkerhetsavsetning|projektreserv|prosjektreserv)"
                   # "34 000 € pris sur la provision pour aléas" (review 120c F1), "€ 40.000 uit de post onvoorzien van
                   # het project" (review 122a F1)
                   # ("de overige € 35.000 komt uit onvoorzien", review 137c F1)
                   rf"|{_MONEY}\s+(?:(?:komt|komen|gaat|gaan|wordt|worden)\s+(?:betaald\s+)?)?(?:uit|ten laste van)\s+"
                   r"(?:de\s+|het\s+)?(?:post\s+)?onvoorzien"  # (review 129b F1)
                   rf"|{_MONEY}\s+(?:pris\w*\s+|prélevé\w*\s+)?(?:con cargo a|a cargo de|de|uit|ten laste van|sur|aus)\s+"
                   r"(?:la|de|der)\s+"
                   r"(?:reserva de |réserve |réserve pour |post )?(?:project|projekt)?(?:contingenc|contingência|reserv|réserve"
                   r"|provision|onvoorzien)",
                   re.IGNORECASE)
# The amount another party bears of a shared cost, the contingency paying the rest: "La CRO prend à sa charge CHF 15 000
# ...; le solde est pris sur la contingence", "the vendor absorbs EUR 15,000", "EUR 15,000 borne by the vendor", "the
# operating budget pays R170 000 and the balance comes out of contingency" (review 87b F3)
_OTHER_PART = re.compile(rf"\b(?:prend\w* à sa charge|absorbs|bears|carries|pays|covers|contributes|funds)\s+{_MONEY}"
                         r"(?!\s?%|\s?per\s?cent)"
                         rf"|{_MONEY}\s+(?:is\s+|are\s+|was\s+)?(?:borne|absorbed|carried)\s+by\b"
                         rf"|{_MONEY}\s+(?:est\s+|sont\s+)?(?:à la charge|pris\w* en charge par)\b"
                         # Czech: "600 000 Kč hradí zákazník" (review 135b F1)
                         rf"|{_MONEY}\s+(?:u?hradí|zaplatí|platí|ponese|nese)\s+(?!(?:se\s+)?z\s+(?:\w+\s+)?rezerv)",
                         re.IGNORECASE)


# an amount said to be drawn: "KES 400,000 drawn from contingency", "used about EUR 12,000" (`reported_draws`)
_DRAWN_AMOUNT = re.compile(rf"{_MONEY}\s+(?:\w+\s+){{0,2}}?(?:drawn|taken|used|spent|paid|charged|committed)\b"
                           rf"|\b(?:drew|took|used|spent|draw|take)\s+(?:about\s+|some\s+|around\s+)?{_MONEY}",
                           re.IGNORECASE)
_AN_ID_OF_REQUEST = re.compile(r"\b(?:CR|RFC|CCR|PA|ÄA|DC|MR|CH|RC|SR|OM|VAR|VO)-?\d", re.IGNORECASE)


def contingency_part(text: Optional[str], cost: float) -> Optional[float]:
    """Return what a request's words say the contingency pays of a cost they share with another source
    (`funding_said` "shared"): an amount beside the contingency's name, above nothing and below the cost; None
    when they say none (the documents then count the cost whole against the contingency and say so)."""
    said = funding_said(text)
    if said == "contingency" or said == "shared" and not _PART.search(_digits(text or "")) \
            and not _OTHER_PART.search(_digits(text or "")):
        return split_amounts(text, cost)  # (two amounts adding up to the cost, read in any language)
    if said != "shared":
        return None
    text = _digits(text or "")
    for found in _PART.finditer(text):
        amount = _found_amount(found)
        if amount is not None and 0 < amount < cost:
            return amount
        if amount == cost:  # all of the cost recorded: the other party's share is beyond it (`cost_funding`)
            return None
    for found in _OTHER_PART.finditer(text):  # the other party's share, said after no contingency's
        clause = re.split(r"[.;,]", text[:found.start()])[-1]
        amount = _found_amount(found)
        if amount is not None and 0 < amount < cost and not names_contingency(clause):
            return cost - amount
    return None


# "(budget now AUD 980,000)", "the budget is now EUR 1.2m": the new total a budget increase's words give
_NOW = re.compile(r"\bbudget\s+(?:is\s+|stands\s+at\s+)?now\s+(?:at\s+)?(?:[A-Z]{3}\s?|" + _DOLLAR_LETTERS + r"?[$€£¥₹₩]\s?)?"
                  r"(\d[\d,.\u00a0' ]*\d|\d)\s?(k|m)?\b", re.IGNORECASE)


# "qui porte le budget de 1 260 000 € à 1 300 000 €", "raises the budget from EUR 1.2m to EUR 1.3m", "erhöht das
# Budget von 1,2 Mio. auf ...", "eleva el presupuesto de ... a ...", "o orçamento do projeto passou de R$ 2.400.000 para
# R$ 2.780.000" (review 127c F1): the new total after the second amount's word
# ("aumentar el presupuesto del proyecto en $ 600.000.000, de $ 6.500.000.000 a $ 7.100.000.000", "raises the budget by
# $600,000 from ...": the increase's own amount first, review 133b F3)
_FROM_TO = re.compile(rf"\b(?:budget\w*|presupuesto|orçamento|fjárhagsáætlun\w*|fjárheimild\w*|budsjett\w*|ramme\w*|budżet\w*|enveloppe"
                      rf"|rozpočt?\w*|biudžet\w*)"
                      rf"\s+(?:\w+\s+){{0,3}}?"
                      rf"(?:(?:by|en|em|um|de|par|di)\s+{_MONEY}\s*,?\s+)?(?:from|de|von|du|úr|fra|från|z|ze)\s+{_MONEY}"
                      # (Icelandic: "að hækka fjárhagsáætlun verkefnisins úr 85 milljónum króna í 97,5 m.kr.", review
                      # 142b F2: the budget answered with the increase in it had it added again)
                      # (Norwegian: "Bystyret reduserte prosjektets ramme fra 5,2 til 4,5 millioner kroner", review
                      # 143c F3: the reports before the cut showed the budget after it)
                      # (Polish: "obniżył budżet projektu z 1,2 mln zł do 1,05 mln zł", review 144a F3)
                      rf"\s*(?:€|EUR|euros?|króna|krónum|kr\.?|(?:de\s+)?francs|CHF)?\s+(?:to|à|a|auf|para|í|til|till|do|na|iki)\s+{_MONEY}",
                      re.IGNORECASE)


# ... and as Turkish writes it, with case endings: "toplam bütçesi 12,5 milyon TL'den 10,8 milyon TL'ye düşürüldü"
# (review 147a F2)
_FROM_TO_SUFFIX = re.compile(rf"\bbütçe\w*\s+(?:\w+\s+){{0,2}}?{_MONEY}\s*(?:TL|₺|lira)?['’]?(?:den|dan|ten|tan)\s+"
                             rf"{_MONEY}\s*(?:TL|₺|lira)?['’]?(?:ye|ya|e|a)\b", re.IGNORECASE)


# ... and Indonesian: "anggaran proyek dipotong Rp 750 juta, dari Rp 4,5 miliar menjadi Rp 3,75 miliar" (review 148c F3),
# and Malay: "bajet projek dikurangkan daripada RM 2,400,000 kepada RM 2,050,000" (review 150c F4)
_FROM_TO_ID = re.compile(rf"\b(?:anggaran|bajet|belanjawan)\b[^.;]{{0,60}}?\b(?:dari|daripada)\s+(?:Rp\.?\s?)?{_MONEY}\s+"
                         rf"(?:menjadi|ke|kepada)\s+(?:Rp\.?\s?)?{_MONEY}", re.IGNORECASE)


# ... and Hebrew, "from" and "to" written onto the amounts: "מ-4.5 מיליון ₪ ל-4.18 מיליון ₪" (review 149c F1)
_FROM_TO_HE = re.compile(rf"תקציב[^.;]{{0,80}}?(?<!\S)מ-?\s?{_MONEY}\s*(?:₪|ש״ח|ש\"ח|שקלים)?\s+ל-?\s?{_MONEY}")


# ... and Mongolian, its endings written onto the amounts: "нийт төсөв 4,800,000,000₮-өөс 4,200,000,000₮ болж буурна"
# (review 151a F1), and an arrow between them: "mula ₱14,800,000 → ₱12,950,000" (review 151c F10)
_FROM_TO_MN = re.compile(rf"төс(?:өв|в)\w*\s+(?:\S+\s+){{0,2}}?{_MONEY}-?(?:өөс|аас|ээс|оос)\s+{_MONEY}\s*(?:-?[ао]?[дн]?\s+)?"
                         rf"(?:болж|болгож|болгон|болно|болсон|хүртэл)", re.IGNORECASE)
# ... and Sinhala, "from" and "to" after the amounts: "මුළු අයවැය රු. 185,000,000 සිට රු. 160,000,000 දක්වා අඩු කිරීම"
# (review 152a F1)
_FROM_TO_SI = re.compile(rf"අයවැය[^.;]{{0,60}}?{_MONEY}\s*සිට\s+{_MONEY}", re.IGNORECASE)
# ... and Khmer: "ថវិកាសរុបរបស់កម្មវិធីត្រូវបានកាត់បន្ថយពី USD 1,200,000 មកត្រឹម USD 1,050,000" (review 152c F1)
_FROM_TO_KM = re.compile(rf"ថវិកា[^។;]{{0,80}}?ពី\s*{_MONEY}\s*(?:មកត្រឹម|មក|ដល់|ទៅ)\s*{_MONEY}", re.IGNORECASE)
_FROM_TO_ARROW = re.compile(rf"(?:budget\w*|bajet\w*|presupuest\w*|orçamento\w*|төс(?:өв|в)\w*|งบ\w*|بجٹ|பட்ஜெட்\w*"
                            rf"|\bmula|\bfrom)"
                            rf"[^.;]{{0,40}}?{_MONEY}\s*(?:→|->|⟶|⇒)\s*{_MONEY}", re.IGNORECASE)


def _moved(text: str) -> Optional[re.Match[str]]:
    """Return where a text moves the budget from one amount to another (`_FROM_TO`, `_FROM_TO_SUFFIX`,
    `_FROM_TO_ID`, `_FROM_TO_HE`, `_FROM_TO_MN`, `_FROM_TO_SI`, `_FROM_TO_KM`, `_FROM_TO_ARROW`), or None."""
    return (_FROM_TO.search(text) or _FROM_TO_SUFFIX.search(text) or _FROM_TO_ID.search(text)
            or _FROM_TO_HE.search(text) or _FROM_TO_MN.search(text) or _FROM_TO_SI.search(text) or _FROM_TO_KM.search(text)
            or _FROM_TO_ARROW.search(text))


def gives_total(text: Optional[str], amount: Optional[float]) -> bool:
    """Return True when a request's words give the budget's new total (`new_total`) as ``amount``, the budget's
    answered amount: that amount already holds the increase they speak of."""
    now = new_total(text)
    return bool(amount) and now is not None and abs(now - (amount or 0.0)) < 0.5


def new_total(text: Optional[str]) -> Optional[float]:
    """Return the budget's new total a request's words give ("budget now AUD 980,000", "porte le budget de 1 260 000 €
    à 1 300 000 €"), or None."""
    found = _NOW.search(text or "")
    if found:
        return _amount(found.group(1), found.group(2))
    moved = _moved(_digits(text or ""))
    if moved:
        return _amount(*moved.groups()[-2:])  # the last amount: the new total
    becomes = _BECOMES.search(_digits(text or ""))
    if becomes:
        return _found_amount(becomes)
    raised_to = _BY_TO.search(_digits(text or ""))
    return _amount(*raised_to.groups()[-2:]) if raised_to else None


# "Budgeterhöhung um € 150.000,– auf € 1,35 Mio.", "a budget increase of EUR 150,000 to EUR 1.35m", "aumento de X a Y":
# the new total after the second amount's word (review 141c F1: the budget of EUR 1.35m, answered with the increase
# in it, had the increase added again)
_BY_TO = re.compile(rf"\b(?:budget\w*|presupuest\w*|orçamento\w*)\s+(?:\w+\s+){{0,3}}?(?:um|by|of|de|en|di|par)\s+"
                    rf"{_MONEY}\s*,?\s+(?:auf|to|a|à|para)\s+{_MONEY}", re.IGNORECASE)


# "Het totale projectbudget wordt daarmee € 735.000", "das Projektbudget beträgt damit 1,2 Mio.", "le budget passe à
# 1 300 000 €", "el presupuesto queda en 735.000 €" (review 122a F1): the new total in other languages
_BECOMES = re.compile(rf"\b(?:project|projekt)?(?:budget|begroting|presupuesto|orçamento)\w*\s+(?:\w+\s+)?"
                      rf"(?:wordt|is nu|komt op|beträgt (?:nun|jetzt|damit)|steigt auf|devient|passe à|queda en|pasa a"
                      rf"|sube a|passa a|fica em)\s+(?:daarmee\s+|daardoor\s+|damit\s+|ainsi\s+|así\s+)?(?:op\s+|auf\s+|à\s+|en\s+)?"
                      rf"{_MONEY}"
                      # "Nieuw projectbudget € 1.760.000" (review 123a F1), "new budget: EUR 1.3m", "neues Budget"
                      rf"|\b(?:new|nieuw|nieuwe|neues|nouveau|nuevo|novo)\s+(?:total\s+)?(?:project\s+)?"
                      rf"(?:project|projekt)?(?:budget|begroting|presupuesto|orçamento)\w*\s*(?:of\s+|is\s+|van\s+|:\s*)?"
                      rf"{_MONEY}"
                      # French, Swedish: "nouvelle enveloppe de 2,1 millions de francs" (review 148a F5), "den nya
                      # totala ramen blir 13,35 miljoner kronor" (review 148b F1)
                      rf"|\bnouvelle\s+enveloppe\s+(?:du\s+projet\s+)?(?:de\s+|:\s*)?{_MONEY}"
                      rf"|\b(?:nya|ny)\s+(?:totala\s+)?(?:budget)?ram(?:en)?\s+(?:blir|är|på)\s+{_MONEY}"
                      # Estonian: "uus kogueelarve on 1 050 000 eurot", "Uus eelarve 1 050 000 eurot" (review 149a F1)
                      rf"|\buus\s+(?:koguee|ee|projekti\s+ee)larve\s+(?:on\s+)?{_MONEY}"
                      # Indonesian: "anggaran proyek menjadi Rp 3,75 miliar" (review 148c F3)
                      rf"|\banggaran\s+(?:proyek\s+)?(?:menjadi|kini|sekarang)\s+(?:Rp\.?\s?)?{_MONEY}"
                      # Malay, Azerbaijani: "Bajet baharu RM 2,050,000" (review 150c F4), "yeni ümumi büdcə 1 380 000
                      # AZN" (review 150c F1)
                      rf"|\b(?:jumlah\s+)?(?:bajet|belanjawan)\s+(?:projek\s+)?(?:baharu|baru)\s*(?::\s*)?{_MONEY}"
                      rf"|\b(?:bajet|belanjawan)\s+(?:projek\s+)?(?:menjadi|kini)\s+{_MONEY}"
                      rf"|\byeni\s+(?:ümumi\s+)?(?:layihə\s+)?büdcə\w*\s*(?::\s*)?{_MONEY}"
                      # Bosnian, Croatian, Serbian, Albanian (review 150a F1: "Novi ukupni budžet projekta iznosi ...")
                      rf"|\bnovi\s+(?:ukupni\s+)?(?:budžet|budzet|proračun)\w*\s+(?:projekta\s+)?(?:iznosi\s+|je\s+|:\s*)?{_MONEY}"
                      rf"|\bbuxheti\s+i\s+ri\s+(?:total\s+)?(?:i\s+projektit\s+)?(?:është\s+|:\s*)?{_MONEY}"
                      # English, Taglish, Mongolian: "New total: ₱12,950,000", "bagong total budget: ₱12,950,000" (review
                      # 151c F10), "шинэ төсөв 4.2 тэрбум ₮"
                      rf"|\b(?:new|bagong)\s+total(?:\s+(?:project\s+)?budget)?\s*(?::\s*|is\s+|ay\s+|na\s+)?{_MONEY}"
                      rf"|шинэ\s+(?:нийт\s+)?төсөв\w*\s*(?::\s*)?{_MONEY}|ថវិកាថ្មី\s*(?::\s*)?{_MONEY}"
                      # Turkish: "Yeni toplam bütçe 10,8 milyon TL" (review 147a F2)
                      rf"|\byeni\s+(?:toplam\s+)?(?:proje\s+)?bütçe\w*\s*(?::\s*)?{_MONEY}", re.IGNORECASE)


def _found_amount(found: re.Match[str]) -> Optional[float]:
    """Return the amount a match of alternatives of `_MONEY` (digits, then scale) found."""
    at = next(i for i in range(1, len(found.groups()), 2) if found.group(i))  # the alternative that matched
    return _amount(found.group(at), found.group(at + 1))


# what a scale's word multiplies an amount by ("1,2 Mio.", "12 lakh", "2.5 crore": review 85b F1, an en-IN pack;
# Chinese "8.5万元"; Polish "150 tys. zł", Czech "850 tis. Kč" and Lithuanian "85 tūkst. eurų", thousands: reviews 144,
# 145)
_SCALES = {"mil": 1e3, "milyon": 1e6, "milyar": 1e9, "millone": 1e6, "millón": 1e6, "millon": 1e6, "milhõe": 1e6, "milhão": 1e6,
           "k": 1e3, "m": 1e6, "lakh": 1e5, "lac": 1e5, "crore": 1e7, "cr": 1e7, "million": 1e6, "mn": 1e6,
           "billion": 1e9, "bn": 1e9, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn": 1e3, "ngàn": 1e3, "εκατ": 1e6, "εκατομμύρια": 1e6, "εκατομμύριο": 1e6, "εκατομμυρίων": 1e6, "δισ": 1e9, "miliona": 1e6, "milijard": 1e9, "milijarda": 1e9, "milijarde": 1e9, "milijardi": 1e9, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7, "milljón": 1e6, "milljónir": 1e6, "milljónum": 1e6, "milljóna": 1e6, "milljarð": 1e9, "milljarða": 1e9, "milljarður": 1e9, "milljörðum": 1e9, "тис": 1e3, "тыс": 1e3, "millioner": 1e6, "milliarder": 1e9, "mill": 1e6, "mio": 1e6, "mrd": 1e9, "mld": 1e9, "mln": 1e6, "milioane": 1e6, "milion": 1e6, "miliarde": 1e9, "miliard": 1e9, "milj": 1e6, "miljoonaa": 1e6, "млн": 1e6, "милион": 1e6, "милиона": 1e6, "млрд": 1e9, "millió": 1e6, "milliárd": 1e9, "juta": 1e6, "miliar": 1e9, "сая": 1e6, "тэрбум": 1e9, "ล้าน": 1e6, "miljoner": 1e6, "میلیون": 1e6, "میلیارد": 1e9, "کروڑ": 1e7, "لاکھ": 1e5, "ارب": 1e9,
           "லட்சம்": 1e5, "கோடி": 1e7, "लाख": 1e5, "करोड": 1e7, "कोटी": 1e7, "લાખ": 1e5,
           "કરોડ": 1e7, "ലക്ഷ": 1e5, "കോടി": 1e7, "万": 1e4, "亿": 1e8, "tys": 1e3, "tis": 1e3, "tūkst": 1e3,
           "bin": 1e3, "miljun": 1e6, "biljun": 1e9, "miljonit": 1e6, "miljardit": 1e9, "מיליון": 1e6,
           "מיליארד": 1e9, "אלף": 1e3}
_GROUPED_SCALES = frozenset({"millones", "millón", "millon", "milhões", "milhão", "mil"})  # (`_amount`)


def _amount(digits: str, scale: Optional[str]) -> Optional[float]:
    """Return a written amount as a number ("40,000", "12.5" with "k"), or None when it does not read as one."""
    plain = re.sub(r"[\s\u00a0\u202f']", "", digits)
    if "," in plain and "." in plain:  # "1.234,56" or "1,234.56": the later mark is the decimal one
        decimal = "," if plain.rfind(",") > plain.rfind(".") else "."
        plain = plain.replace("." if decimal == "," else ",", "").replace(",", ".")
    else:
        mark = "," if "," in plain else "."
        # "40,000", "50.000", "1.200.000": thousands; "12,5", "12.5k": a decimal mark
        # (and "$ 1.200 millones", a thousand two hundred millions: Spanish and Portuguese group thousands with dots
        # before their scale's word too, review 146a F1)
        if plain.count(mark) > 1 or (len(plain.rpartition(mark)[2]) == 3 and (
                not scale or mark == "." and scale.lower() in _GROUPED_SCALES)):
            plain = plain.replace(mark, "")
        else:
            plain = plain.replace(",", ".")
    try:
        value = float(plain)
    except ValueError:
        return None
    if (scale or "").lower() == "mil.":  # Czech and Slovak "12 mil. Kč": million (`_MONEY`)
        return value * 1e6
    if scale in ("만", "억"):  # Korean ten thousand and hundred million, written with thousands marks: "3,500만 원"
        return float(re.sub(r"[,.]", "", plain) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits.strip()) else value) * (
            1e4 if scale == "만" else 1e8)
    # the scale's word without its full stop ("1,2 Mio.", "150 tys."), and without a plural's "s" where only the
    # singular is in the table ("12 lakhs", "3 millones")
    key = (scale or "").lower().rstrip(".")
    key = _INDIC_SCALE.sub(r"\1", key if key in _SCALES else key.rstrip("s").rstrip("."))
    return value * _SCALES.get(key, 1.0)


# a case ending written onto a Marathi, Gujarati or Malayalam lakh or crore ("लाखांपैकी", "લાખથી", "ലക്ഷം",
# "കോടിയുടെ"): not part of the word
_INDIC_SCALE = re.compile(r"^(लाख|करोड|कोटी|લાખ|કરોડ|ലക്ഷ|കോടി)[\u0900-\u0d7f]+$")


# Arabic-Indic and Persian digits, and the Arabic decimal and thousands marks, as ASCII ("۳٫۵ میلیارد": 3.5 billion)
_MARKS = str.maketrans("٫٬", ".,")


def _digits(text: str) -> str:
    """Return text with the digits of other scripts as ASCII ones (`iso_dates.ascii_digits`), and the Arabic decimal
    and thousands marks as "." and ","."""
    return ascii_digits(text).translate(_MARKS)


class _Noted(Protocol):
    @property
    def notes(self) -> Optional[str]: ...


class _Costed(Protocol):
    @property
    def cost(self) -> Optional[float]: ...

    @property
    def funding(self) -> Optional[str]: ...


class Funded(Protocol):
    """What the share of a cost reads of a change request, in the model or the checks' draft."""

    @property
    def description(self) -> Optional[str]: ...

    @property
    def impact(self) -> Optional[_Costed]: ...

    @property
    def decision(self) -> Optional[_Noted]: ...


# words of an increase still to come, in its sentence: "the CFO will take a budget uplift ... to the board" (review 113b
# F2: read as granted, three weeks before the board's decision)
_PENDING = re.compile(r"\b(?:will|shall|to be|pending|subject to|awaiting|await|seek\w*|request\w*|propos\w*"
                      r"|intends?|plans? to|going to|would|once|if|until|unless|wird|werden|soll|sera|será|sarà|zal)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # (asked of each request's words by every total: `rules.raised`, `increase_read`)
def raises(text: Optional[str]) -> bool:
    """Return True when words say a budget increase pays a cost (`_RAISED`), in a sentence that does not say it is
    still to come (`_PENDING`)."""
    text = text or ""
    for found in _RAISED.finditer(text):
        start = max(text.rfind(mark, 0, found.start()) for mark in _SENTENCE_MARKS) + 1
        end = min((i for i in (text.find(mark, found.end()) for mark in _SENTENCE_MARKS) if i >= 0), default=len(text))
        if not _PENDING.search(text[start:end]) and not _NO_RAISE.search(text[start:found.start()]):
            return True
    return False


# a word denying what follows, right before it: "Keine Budgeterhöhung", "no budget increase", "sin aumento del
# presupuesto" (review 143c F1: a partner's co-funding "Keine Budgeterhöhung" read as a budget increase)
_NO_RAISE = re.compile(r"\b(?:no|not an?|without|nor|keine?n?|ohne|sin|sans|aucune?|pas d['’]|nessun[ao]?|senza|geen"
                       r"|zonder|ingen|uden|utan|ikke|inte|ei|nie|bez|без|жодного|немає|нет|sem|nenhum\w*|nincs)"
                       r"\s+(?:\w+\s+)?$", re.IGNORECASE)


_SENTENCE_MARKS = (".", ";", "\n")  # what ends the sentence around a match (`raises`)


class _Titled(Funded, Protocol):
    @property
    def title(self) -> Optional[str]: ...


class _DatedNote(_Noted, Protocol):
    @property
    def date(self) -> Optional[dt.date]: ...


class _Held(_Titled, Protocol):
    """What the increases a budget holds read of a change request, in the model or the checks' draft."""

    @property
    def id(self) -> Optional[str]: ...

    @property
    def status(self) -> Optional[str]: ...

    @property
    def decision(self) -> Optional[_DatedNote]: ...

    @property
    def reason(self) -> Optional[str]: ...


def raised_in_words(request: _Titled) -> bool:
    """Return True when an approved request's words (its decision notes, else its description) say a budget increase
    pays for it, impact.funding unanswered, and give the contingency no part of it: the documents take the budget's
    amount to include it (review 94c F2: "Funded by a budget increase of AUD 120,000 (budget now AUD 980,000)" read as
    another source, "not from this budget")."""
    impact = request.impact
    if impact is None or impact.funding or not impact.cost or impact.cost <= 0:
        return False
    notes = request.decision.notes if request.decision else None
    for text in (notes, request.description):
        if text and raises(text):
            return not request_part(request)  # (none, or nothing given to the contingency)
        if funding_said(text):
            # notes naming where the money comes from, not the contingency, for a request whose title or description
            # asks to raise the budget: that source funds the increase (review 123c F1: "Erhöhung des Projektbudgets
            # um 280.000 EUR", "Finanzierung aus den Rücklagen der Leistungsvereinbarung, nicht aus der Projektreserve")
            return (text is notes and funding_said(text) == "other" and not request_part(request)
                    and any(raises(asked) for asked in (request.title, request.description)))
    return False


def increase_read(request: _Titled, amount: Optional[float], votes: Sequence[str] = ()) -> str:
    """Return how the documents count an approved request whose words say a budget increase pays it
    (`raised_in_words`): "included" where its words give the budget's new total as ``amount``, the budget's answered
    amount ("budget now AUD 980,000", review 94c F2), else "added": to the budget, as an answered
    ``impact.funding: budget-increase`` is (project.budget.amount is the baseline; review 108c F1: "예산을 15억 원에서
    18억 2천만 원으로 증액", a budget of KRW 1.5 bn taken to include a KRW 320 m increase); "" for other requests.
    ``votes``: the words of the logged decisions voting its increase (`voted_words`), which may give the total."""
    if not raised_in_words(request):
        return ""
    texts = (request.decision.notes if request.decision else None, request.description, *votes)
    return "included" if any(gives_total(text, amount) for text in texts) else "added"


# words of a budget cut: "budget cut", "reduce the project budget", "recorte presupuestal", "Намаляване на бюджета"
# (reviews 140a F7, 140c F3: a council's and a finance committee's cuts, recorded as negative costs, read as savings)
_CUT = re.compile(r"\bbudget (?:cuts?|reductions?)\b|\b(?:cut|cuts|reduce[sd]?|reducing|lower(?:s|ed)?|trim(?:s|med)?)\s+"
                  # (review 158b F1: "The FY27 capex review cut this project's approved budget by A$210,000")
                  r"(?:the\s+|our\s+|this\s+|its\s+)?(?:project(?:'s)?\s+|programme(?:'s)?\s+)?"
                  r"(?:approved\s+|total\s+|overall\s+|capex\s+|capital\s+)?budget\b"
                  r"|\bbudget (?:(?:is|was|has been|will be) )?(?:cut|reduced|lowered|trimmed)\b"
                  # ("The project budget drops from $4.2M to $3.35M ... (de-obligation of $850K)", review 141a F2)
                  r"|\bbudget (?:drops|dropped|falls|fell|decreases|decreased|shrinks|shrank|goes down|went down)\b"
                  r"|\bde-?obligat\w*|\brescission\b"
                  r"|\brecort\w*\s+(?:(?:el|del|de|al)\s+)?presupuest\w*|\brecorte\s+presupuest\w*"
                  r"|\breducci[óo]n\s+(?:del?\s+)?presupuest\w*|\breduc\w*\s+(?:el\s+)?presupuesto"
                  r"|\bréduction\s+(?:du\s+)?budget|\bréduire\s+le\s+budget|\bbudget\s+(?:est\s+)?réduit|\bcoupe budgétaire"
                  # ("le comité exécutif a ramené l'enveloppe du projet de 2,4 millions de francs à 2,1 millions",
                  # review 148a F1)
                  r"|\bramen\w*\s+(?:l['’]\s?)?(?:enveloppe|budget)|\bréduction\s+de\s+l['’]\s?enveloppe|\benveloppe\s+"
                  r"(?:\w+\s+){0,3}?(?:réduite|ramenée|diminuée)"
                  r"|\bbudgetkürzung|\bkürzung\s+des\s+(?:projekt)?budgets|\bbudget\s+(?:wird\s+|wurde\s+)?gekürzt"
                  r"|\bcorte\s+(?:no|do)\s+orçamento|\bredução\s+do\s+orçamento|\btaglio\s+del\s+budget"
                  r"|\briduzione\s+del\s+budget|\bbezuiniging|\bbudgetverlaging|\bverlaging\s+van\s+het\s+budget"
                  r"|намаляване\s+на\s+бюджета|съкращаване\s+на\s+бюджета|бюджетът\s+се\s+намалява"
                  r"|budžeta\s+samazinā\w*|samazin\w*\s+budžet\w*"
                  # the money the project is given cut: "funding cut", "μείωσε τη χρηματοδότηση από €1,2 εκατ. σε
                  # 850.000 ευρώ", "περικοπή της χρηματοδότησης" (review 142c F3: an RRF cut read as a saving)
                  r"|\bfunding (?:cuts?|reductions?)\b|\b(?:cut|cuts|reduce[sd]?|reducing)\s+(?:the\s+|our\s+|its\s+)?"
                  r"(?:project(?:'s)?\s+|grant\s+)?funding\b|\bfunding (?:is|was|has been|will be) (?:cut|reduced)\b"
                  r"|(?:περικοπ|μείωσ|μειώ)\w*\s+(?:του\s+|τον\s+|της\s+|τη\s+|την\s+)?(?:προϋπολογισμ|χρηματοδότησ)\w*"
                  r"|(?:προϋπολογισμ|χρηματοδότησ)\w*\s+(?:\w+\s+){0,2}?(?:μειώνεται|μειώθηκε|περικόπτεται|περικόπηκε)"
                  # Swahili, Serbian (review 142a F2: "Mfadhili amepunguza ruzuku kwa KSh 12.6M", the donor cut the
                  # grant; "Kupunguza wigo baada ya kupunguzwa kwa ufadhili")
                  r"|\b(?:\w*punguz\w*)\s+(?:kwa\s+)?(?:ruzuku|ufadhili|bajeti)\b|\b(?:ruzuku|ufadhili|bajeti)\s+(?:\w+\s+)?\w*punguz\w*"
                  r"|\b(?:smanjen\w*|smanji\w*|umanjen\w*|umanji\w*)\s+(?:\w+\s+)?(?:budžet\w*|finansiranj\w*|grant\w*)\b"
                  r"|\b(?:budžet|finansiranje|grant)\s+(?:je\s+)?(?:smanjen\w*|umanjen\w*)"
                  # Norwegian, Danish, Swedish (review 143c F2: "Nedskalering etter bystyrets budsjettkutt", "Bystyret
                  # reduserte prosjektets ramme fra 5,2 til 4,5 millioner kroner")
                  r"|\bbudsjettkutt\w*|\bbudsjettreduksjon\w*|\bbudgetnedskæring\w*|\bbudgetreduktion\w*|\bbudgetnedskärning\w*"
                  r"|\b(?:reduserte|redusert|reduseres|kuttet|kuttes|reducerede|reduceret|minskade|minskad)\s+(?:\w+\s+)?"
                  r"(?:ramme\w*|budsjett\w*|budget\w*|bevilgning\w*|anslag\w*)\b"
                  # Polish, Russian, Kazakh, Japanese (review 144a F3: "Redukcja budżetu o 150 tys. zł", "Zarząd ...
                  # obniżył budżet projektu z 1,2 mln zł do 1,05 mln zł", read as a saving)
                  r"|\b(?:redukcj\w*|obniżeni\w*|obniż\w*|cięci\w*|zmniejszeni\w*|zmniejsz\w*|ograniczeni\w*)\s+"
                  r"(?:\w+\s+)?(?:budżet\w*|finansowani\w*)\b|\bbudżet\w*\s+(?:\w+\s+)?(?:obniżon\w*|zmniejszon\w*|"
                  r"zredukowan\w*|obcięt\w*)"
                  # Czech, Slovak, Lithuanian (review 145a F5: "Po snížení rozpočtu představenstvem z 12,5 mil. Kč na 10,5
                  # mil. Kč")
                  r"|\b(?:snížení|snížil\w*|sníží\w*|škrt\w*|zníženi\w*|znížil\w*|sumažin\w*|sumažint\w*)\s+(?:\w+\s+)?"
                  r"(?:rozpočt\w*|biudžet\w*|financování|financovania|finansavim\w*)"
                  r"|\b(?:сокращени\w*|урезани\w*|снижени\w*|сократил\w*|урезал\w*)\s+(?:\w+\s+)?(?:бюджет\w*|финансировани\w*)"
                  r"|\bбюджет\w*\s+(?:\w+\s+)?(?:қысқарт\w*|азайт\w*|сокращ\w*|урезан\w*)"
                  r"|予算(?:を)?(?:削減|カット|縮小)|予算の(?:削減|縮小)"
                  # Indonesian: "Pemotongan anggaran proyek", "anggaran proyek dipotong Rp 750 juta" (review 148c F3)
                  r"|\b(?:pemotongan|pengurangan|penurunan)\s+anggaran\b|\banggaran\s+(?:\w+\s+)?(?:dipotong|dikurangi"
                  r"|diturunkan)\b"
                  # Malay: "Pengurangan bajet projek", "bajet projek dikurangkan daripada RM 2,400,000" (review 150c F4)
                  r"|\b(?:pemotongan|pengurangan|penurunan)\s+(?:bajet|belanjawan)\b|\b(?:bajet|belanjawan)\s+"
                  r"(?:\w+\s+)?(?:dipotong|dikurangkan|dikurangi|diturunkan)\b"
                  # Hebrew: "קיצוץ תקציב", "תקציב הפרויקט מקוצץ" (review 149c F1)
                  r"|קיצוץ\s+(?:ה)?תקציב|(?:ה)?תקציב\S*\s+(?:\S+\s+){0,3}?(?:מקוצץ|קוצץ|הופחת|מופחת|צומצם)"
                  # Estonian: "Eelarve vähendamine", "Projekti eelarvet vähendatakse 150 000 euro võrra" (review
                  # 149a F1)
                  r"|\beelarve\w*\s+(?:\w+\s+)?vähenda\w*|\bvähenda\w*\s+(?:\w+\s+)?eelarve\w*|\beelarvekärbe\w*"
                  # Mongolian, Filipino, Thai, Urdu, Tamil, Persian (review 151: "төслийн төсвийг танах", cut the
                  # project's budget; "нийт төсөв ... буурна", the total budget falls)
                  r"|төс(?:өв|в)\w*\s+(?:\S+\s+){0,2}?(?:танах|танасан|танагдсан|бууруулах|бууруулсан)"
                  r"|төс(?:өв|в)\w*\s+(?:\S+\s+){0,6}?(?:буурна|буурсан|буурах)"
                  r"|\b(?:bawas|pagbawas|binawasan|ibinaba)\s+(?:sa\s+)?(?:ang\s+)?budget|\bbudget\s+cut\b"
                  r"|(?:ลด|ตัด)งบ\w*|งบประมาณ\w*\s*(?:ถูก)?(?:ลด|ตัด)"
                  r"|بجٹ\s+(?:میں\s+)?(?:کمی|کٹوتی)|(?:பட்ஜெட்|நிதி)\s*(?:குறைப்பு|குறைக்கப்)"
                  r"|(?:کاهش|کسر)\s+بودجه|بودجه\s+(?:\S+\s+){0,3}?(?:کاهش|کم)\s+(?:یافت|می‌یابد|شد)"
                  # Sinhala: "ව්‍යාපෘති අයවැය කප්පාදුව", "අයවැය ... අඩු කිරීම" (review 152a F1)
                  r"|අයවැය\S*\s+(?:\S+\s+){0,2}?කප්පාදු\S*|අයවැය[^;\n]{0,100}?අඩු\s+කිරීම"
                  # Khmer: "កាត់បន្ថយថវិកា", "ថវិកា... ត្រូវបានកាត់បន្ថយ" (review 152c F1)
                  r"|កាត់បន្ថយថវិកា|ថវិកា[^។;\n]{0,60}?កាត់បន្ថយ"
                  # Turkish: "bütçe kesintisi", "toplam bütçesi ... düşürüldü" (review 147a F2)
                  r"|\bbütçe\w*\s+(?:kesinti\w*|kısıntı\w*)|\bbütçe\w*\s+(?:\S+\s+){0,8}?(?:düşürüldü|düşürülmüştür"
                  r"|azaltıldı|azaltılmıştır|kısıldı|indirildi)\b",
                  re.IGNORECASE)
# the budget named with an amount: "al presupuesto de MXN 11 millones", "a budget of EUR 1.1m"
_BUDGET_AT = re.compile(rf"\b(?:budget|presupuesto|orçamento|bilancio|begroting|бюджет\w*|budžet\w*|προϋπολογισμ\w*)\W+"
                        rf"(?:[^\W\d]+\W+){{0,4}}?{_MONEY}", re.IGNORECASE)


class _Reasoned(_Titled, Protocol):
    @property
    def reason(self) -> Optional[str]: ...


def cut_in_words(request: _Reasoned) -> bool:
    """Return True when a request with a negative cost, impact.funding unanswered, says in its words (title,
    description, reason, decision notes) that it cuts the budget: the documents take it as a cut of the budget, not
    a saving of the changes."""
    impact = request.impact
    if impact is None or impact.funding or impact.cost is None or impact.cost >= 0:
        return False
    notes = request.decision.notes if request.decision else None
    return any(_CUT.search(text or "") for text in (request.title, request.description, request.reason, notes))


def cut_read(request: _Reasoned, amount: Optional[float], votes: Sequence[str] = ()) -> str:
    """Return how the documents count a budget cut read from a request's words (`cut_in_words`): "included" where its
    words give the budget's answered ``amount`` as the new total (the amount recorded is after the cut), else "added"
    (taken off the answered amount, as an answered negative budget increase is); "" for other requests."""
    if not cut_in_words(request):
        return ""
    notes = request.decision.notes if request.decision else None
    texts = (notes, request.description, request.reason, request.title, *votes)
    if any(gives_total(text, amount) for text in texts):
        return "included"
    named = [found for text in texts if text and new_total(text) is None
             for found in _BUDGET_AT.finditer(_digits(text))]
    return "included" if amount and any(_found_amount(found) == amount for found in named) else "added"


def cut_amount(request: _Reasoned, amount: Optional[float]) -> Optional[float]:
    """Return what a request recorded with no cost (impact.cost 0 or not assessed, impact.funding unanswered) changes
    the budget by where its words say it cuts the budget (`_CUT`) and give the new total (`new_total`): the new total
    less ``amount``, the budget's answered amount, where that is the budget before the cut (the amount the words move
    it from, where they give one); the new total less that amount where ``amount`` is the new total; None otherwise
    (review 147a F2: "toplam bütçesi 12,5 milyon TL'den 10,8 milyon TL'ye düşürüldü", with impact.cost 0: the budget
    left at TRY 12.5 million in every document)."""
    impact = request.impact
    if impact is None or impact.funding or impact.cost or not amount:
        return None
    if not says_cut(request):
        return None
    moved = _total_change(total_texts(request), amount)
    return moved if moved is not None and moved < 0 else None


def increase_amount(request: _Reasoned, amount: Optional[float]) -> Optional[float]:
    """Return what a request recorded with no cost (impact.cost 0 or not assessed) raises the budget by where it is
    paid by a budget increase (impact.funding: budget-increase, or unanswered and its words say so: `raises`) and its
    words give the new total (`_total_change`), as for a cut (`cut_amount`); None otherwise (review 150c F1: "layihə
    büdcəsi 180 000 AZN artırılır (yeni ümumi büdcə 1 380 000 AZN)", funding: budget-increase with no cost: "Approved
    budget increased by AZN 0", the overspend counted against the budget before it)."""
    impact = request.impact
    if impact is None or impact.cost or not amount or impact.funding not in (None, "budget-increase"):
        return None
    texts = total_texts(request)
    if impact.funding is None and not any(raises(text) for text in texts) or says_cut(request):
        return None
    moved = _total_change(texts, amount)
    return moved if moved is not None and moved > 0 else None


def says_cut(request: _Reasoned) -> bool:
    """Return True when a request's words (title, description, reason, decision notes) say it cuts the budget
    (`_CUT`), whatever its cost answered."""
    return any(_CUT.search(text) for text in total_texts(request))


def total_texts(request: _Reasoned) -> list[str]:
    """Return a request's words that may give the budget's new total: its decision notes, description, reason and
    title, those answered."""
    notes = request.decision.notes if request.decision else None
    return [text for text in (notes, request.description, request.reason, request.title) if text]


def _total_change(texts: Sequence[str], amount: float) -> Optional[float]:
    """Return what the first of ``texts`` giving the budget's new total (`new_total`) moves it by: the new total less
    ``amount``, the budget's answered amount, where that is the budget before (the amount the words move it from,
    where they give one); the new total less that amount where ``amount`` is the new total; None otherwise."""
    read = [(now, _amount(*moved.groups()[-4:-2]) if moved else None) for text in texts
            if (now := new_total(text)) is not None and now > 0 for moved in [_moved(_digits(text))]]
    # (the words giving both amounts first: "de 2,4 millions de francs à 2,1 millions" in the description, beside the
    # notes' "nouvelle enveloppe de 2,1 millions", review 148a F1)
    for now, before in sorted(read, key=lambda pair: pair[1] is None):
        if abs(now - amount) < 0.5:  # the amount answered is after the change
            return round(now - before, 2) if before is not None else None
        # (to the cent: "4.18 מיליון" is 4179999.9999999995 as a float)
        return round(now - amount, 2) if before is None or abs(before - amount) < 0.5 else None
    return None


def costs_read(q: m.Questionnaire) -> m.Questionnaire:
    """Return the questionnaire with each request recorded with no cost whose words cut the budget (`cut_amount`) or
    raise it (`increase_amount`) costed at what they change the budget by, or that split a total between the
    contingency and another source (`split_total`) costed at that total: the rule the documents and the checks count
    it by."""
    project, cc = q.project, q.change_control
    budget = project.budget if project is not None else None
    if budget is None or cc is None or not cc.requests:
        return q
    return m.with_impacts(q, {i: replace(cr.impact, cost=moved) for i, cr in enumerate(cc.requests)
                              if cr is not None and cr.impact is not None
                              # (a total its words split comes first: the budget's move they give too is the
                              # part a budget increase pays, review 152a F2: "₦68,000,000: ₦30,000,000 ... from the
                              # contingency reserve and ₦38,000,000 ... from the ... grant. The ... budget therefore
                              # moves from ₦420,000,000 to ₦458,000,000", costed NGN 38,000,000)
                              and (moved := cut_amount(cr, budget.amount) or split_total(cr)
                                   or increase_amount(cr, budget.amount))})


def raised_where(request: _Titled) -> str:
    """Return which of an approved request's answers says a budget increase pays it (`raised_in_words`): "notes",
    "description" or ""."""
    if not raised_in_words(request):
        return ""
    notes = request.decision.notes if request.decision else None
    return "notes" if notes and raises(notes) else "description"


def asks_increase(title: Optional[str], description: Optional[str], impact: Optional[_Costed]) -> bool:
    """Return True when a request awaiting a decision asks, in its title or description, for a budget increase to pay
    its cost (impact.funding unanswered, or budget-increase): its cost is then not set against the contingency left
    (review 107a F4: "Increase the project budget by NZD 420,000", for a Council to decide, said to cost more than the
    contingency left)."""
    if impact is None or not impact.cost or impact.cost <= 0:
        return False
    if impact.funding:
        return impact.funding == "budget-increase"
    return any(text and _RAISED.search(text) and funding_said(text) not in ("contingency", "shared")
               for text in (title, description))


def request_part(request: Funded) -> Optional[float]:
    """Return what the contingency pays of an approved request's cost shared with another source, as its decision
    notes (else its description) say (`contingency_part`), 0 where they say it pays none (`denies_contingency`):
    None when the cost is not above zero or the words give no amount; with impact.funding answered, the part its
    decision notes give a split, else None (a budget increase: always None)."""
    impact = request.impact
    if impact is None or not impact.cost or impact.cost <= 0 or impact.funding == "budget-increase":
        return None
    if impact.funding:  # one source answered: a split its notes give with figures refines it (review 86c F1:
        # "€10,000 from project contingency, €12,000 from HR's 2026 HRIS budget" beside funding: other, which takes one
        # value, counted none of it against the contingency in six documents)
        notes = request.decision.notes if request.decision else None
        return contingency_part(notes, impact.cost) if funding_said(notes) == "shared" else None
    for text in (request.decision.notes if request.decision else None, request.description):
        if denies_contingency(text):
            return 0.0  # the contingency pays none of it (reviews 81b F1, 81c F2)
        said = funding_said(text)
        if raises(text) and said not in ("contingency", "shared"):
            return 0.0  # a budget increase pays it ("프로젝트 예산을 3억 2천만 원 증액한다", review 108c F1: the whole
            # cost was set against the contingency beside the words saying so)
        if said == "other" and not _RAISED.search(text or ""):  # (an increase still to come pays nothing yet)
            # another source alone, named: "the Penang plant pays it through the MES Operations cross-charge"
            # (review 83c F1: counted against the contingency, the summary's contingency left was SGD 27,600 short)
            return 0.0
        part = contingency_part(text, impact.cost)
        if part is not None:
            return part
        if funding_said(text):  # the decision notes say the contingency pays: the description is not read (review
            return None         # 86a F1: "Brightwater absorbs half" of the vendor's side, beside "funded from contingency")
    return None


def held_increases(requests: Sequence[Optional[_Held]], amount: float, after: Optional[dt.date] = None,
                   voted: Optional[dict[str, dt.date]] = None, decisions: Sequence[Optional[Logged]] = ()
                   ) -> tuple[tuple[str, dt.date, float], ...]:
    """Return the budget increases of approved requests (decided, or ``voted`` (`increase_days`), after ``after``: any
    day for None) that ``amount``, the budget's answered amount, already holds, as their words give it as the new total
    (`increase_read`'s "included", `included_part`), or a logged decision voting it does (``decisions``,
    `voted_words`): (request ID, day decided or voted, amount), in log order."""
    found = []
    for cr in requests:
        day = cr.decision.date if cr is not None and cr.decision is not None else None
        day = (voted or {}).get(cr.id or "", day) if cr is not None and day is not None else day
        if cr is None or cr.status not in m.APPROVED_STATUSES or day is None or (after is not None and day <= after):
            continue
        votes = voted_words(cr, decisions)
        held = ((cr.impact.cost if cr.impact is not None and increase_read(cr, amount, votes) == "included" else None)
                or included_part(cr, amount, votes)
                # (a cut the amount is after: the budget then was the more, review 140c F3)
                or (cr.impact.cost if cr.impact is not None and cut_read(cr, amount, votes) == "included" else None))
        if held:
            found.append((cr.id or "", day, held))
    return tuple(found)


class Logged(Protocol):
    @property
    def id(self) -> Optional[str]: ...

    @property
    def date(self) -> Optional[dt.date]: ...

    @property
    def decision(self) -> Optional[str]: ...

    @property
    def related(self) -> Optional[Sequence[Optional[str]]]: ...

    @property
    def rationale(self) -> Optional[str]: ...


def increase_days(requests: Sequence[Optional[_Held]], decisions: Sequence[Optional[Logged]]) -> dict[str, dt.date]:
    """Return, by request ID, the day a budget increase of an approved request was voted where a logged decision
    after the request's own decision names it (its ID in its words or related) and says a budget increase pays for it
    (`raises`): the budget grows that day, not the day the change was decided (review 128b F6: a change board's
    approval on 6/11 "on condition of funding", the Board of Directors' vote on 7/16, D-03)."""
    found: dict[str, dt.date] = {}
    for cr in requests:
        day = cr.decision.date if cr is not None and cr.decision is not None else None
        if cr is None or not cr.id or day is None:
            continue
        # (its ID in the decision's words, its related items or its rationale: "Financiar la ampliación de cobertura
        # al rajo sur (CR-002)", review 133b F2)
        voted = [d.date for d in decisions if d is not None and d.date is not None and _votes(cr, d)]
        # ... or its own notes, a later day in the sentence of the increase ("i restanti 100.000 € con integrazione
        # di budget, approvata dal CdA nella seduta del 25/06/2026", review 131a F1), its clause, not the next one
        # after a semicolon ("... approved a budget increase of SGD 240k on 12 Aug 2026; MPA grant application ...
        # submitted 2 Sep 2026", review 153c F1: the increase dated in September, the August report over budget)
        notes = (cr.decision.notes or "") if cr.decision is not None else ""
        voted += [when for sentence in sentences(notes) if _RAISED.search(sentence)
                  for when in days_in(sentence, day + dt.timedelta(days=366)) if when > day]
        if voted:
            found[cr.id] = min(voted)
    return found


def _votes(request: _Held, logged: Logged) -> bool:
    """Return True when a logged decision, later than an approved request's own, names it (its ID in the decision's
    words, its related items or its rationale) and says a budget increase pays for it (`raises`)."""
    day = request.decision.date if request.decision is not None else None
    ident = request.id
    return (bool(ident) and day is not None and logged.date is not None and logged.date > day and raises(logged.decision)
            and (ident in (logged.related or ()) or names(ident or "", logged.decision or "")
                 or names(ident or "", logged.rationale or "")))


def voted_words(request: _Held, decisions: Sequence[Optional[Logged]]) -> tuple[str, ...]:
    """Return the words of the logged decisions voting an approved request's budget increase (`_votes`): they may give
    the budget's new total ("El directorio aprueba aumentar el presupuesto ... de $ 6.500.000.000 a $ 7.100.000.000",
    review 133b F3, the budget answered as 7.1 bn)."""
    return tuple(d.decision for d in decisions if d is not None and d.decision and _votes(request, d))


def voting_id(request: _Held, decisions: Sequence[Optional[Logged]], amount: Optional[float]) -> Optional[str]:
    """Return the ID of the logged decision voting a request's increase whose words give the budget's new total as
    ``amount`` (`voted_words`), "" for one with no ID, or None for none."""
    return next(((d.id or "") for d in decisions if d is not None and _votes(request, d)
                 and gives_total(d.decision, amount)), None)


def reserve(amount: Optional[float], percent: Optional[float]) -> Optional[float]:
    """Return the contingency reserve as an amount: ``percent`` of the budget's answered ``amount``, as the
    questionnaire format defines it (an increase the amount holds raises it too: the documents before that increase
    show the reserve as it stood, `report_money`); None when no amount or percentage, or 0 %, is recorded."""
    if amount is None or not percent:
        return None
    return amount * percent / 100


def raised_part(request: _Titled, baseline: Optional[float] = None, votes: Sequence[str] = ()) -> Optional[float]:
    """Return what a budget increase pays of an approved request's cost whose words give the contingency a part
    (`request_part`) and say a budget increase pays the rest, or whose title asks for one (impact.funding unanswered):
    the rest, which the documents add to the budget (review 120c F1: "34 000 € pris sur la provision pour aléas,
    40 000 € par une rallonge", counted as a contingency overrun; 120a F2: "Budget increase for acoustic leak-logger
    data", "R 1 480 000 from contingency, R 1 720 000 from the adjustments budget", read as "not from this budget").
    None where the words give the budget's new total as ``baseline``, the budget's answered amount (it holds the
    increase: `included_part`; ``votes``: the words of the decisions voting the increase, `voted_words`), or say no
    such split."""
    found = _split_rest(request, baseline, votes)
    return found[0] if found is not None and not found[1] else None


def included_part(request: _Titled, baseline: Optional[float] = None, votes: Sequence[str] = ()) -> Optional[float]:
    """Return the rest a budget increase pays of a split request (`raised_part`) whose words give the budget's new
    total as ``baseline``, the budget's answered amount, which therefore holds it (review 125a F1: "$160,000 from
    project contingency and $250,000 from a budget increase ..., raising the project budget from $2,850,000 to
    $3,100,000", the budget answered as $3,100,000, said to be paid "from other sources, not from this budget");
    None otherwise.  ``votes``: the words of the decisions voting the increase (`voted_words`), which may give it."""
    found = _split_rest(request, baseline, votes)
    return found[0] if found is not None and found[1] else None


def _split_rest(request: _Titled, baseline: Optional[float], votes: Sequence[str] = ()) -> Optional[tuple[float, bool]]:
    """Return the rest of a split request a budget increase pays (`raised_part`), and whether the budget's answered
    amount ``baseline`` holds it already (its words give that amount as the new total); None for no such split."""
    impact = request.impact
    if impact is None or impact.funding or not impact.cost or impact.cost <= 0:
        return None
    part = request_part(request)
    if part is None or not 0 < part < impact.cost:
        return None
    for text in (request.decision.notes if request.decision else None, request.description):
        if funding_said(text):
            if not (raises(text) or raises(request.title) and not _PENDING.search(request.title or "")):
                return None
            return impact.cost - part, any(gives_total(said, baseline) for said in (text, *votes))
    return None


# words saying the contingency reserve comes on top of the budget: "plus 8% contingency", "hors réserve"
ON_TOP = re.compile(r"\bplus\s+(?:an?\s+|the\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:contingency|reserve)\b"
                    r"|\b(?:excluding|excl\.?|before|not including|exclusive of)\s+(?:the\s+)?(?:contingency|reserve)\b"
                    r"|\b(?:contingency|reserve)\s+(?:is\s+|comes\s+)?(?:on\s+top|extra|additional)\b"
                    r"|\bhors\s+(?:la\s+)?(?:réserve|provision|contingence)\b|\bplus\s+(?:la\s+)?réserve\b"
                    r"|\b(?:zuzüglich|zzgl\.?|ohne)\s+(?:der\s+)?(?:reserve|risikoreserve|kontingenz)\b"
                    r"|\b(?:sin|más)\s+(?:la\s+)?(?:reserva|contingencia)\b|\bexclusief\s+(?:de\s+)?(?:reserve|onvoorzien)"
                    # Italian, Portuguese, Polish, Korean, Japanese (review 98b F5)
                    r"|\b(?:esclusa|più)\s+(?:la\s+)?(?:riserva|contingenza)\b|\b(?:sem|mais)\s+(?:a\s+)?(?:reserva|contingência)"
                    r"|\b(?:bez|plus|oprócz)\s+rezerw\w*|(?:예비비|컨틴전시)\s*(?:별도|제외)|予備費(?:別|を除く|除き)",
                    re.IGNORECASE)

# words saying the budget's amount holds the contingency reserve: "capped at EUR 2.85m including contingency",
# "inkl. Risikoreserve", "réserve comprise" (review 67a F4)
INCLUDED = re.compile(r"\b(?:including|incl\.?|inclusive of|includes)\s+(?:the\s+|an?\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?"
                      r"(?:project\s+)?(?:contingency|reserve)\b|\b(?:contingency|reserve)\s+(?:is\s+)?(?:included|inclusive)\b"
                      # ("Budget fest bei 780.000 € inkl. Kontingenz", review 101a F5)
                      r"|\binkl(?:\.|usive)?\s+(?:der\s+)?(?:reserve|risikoreserve|projektreserve|kontingenz|projektkontingenz)\b"
                      r"|\by compris\s+(?:la\s+)?(?:réserve|provision|contingence)\b|\b(?:réserve|provision)(?:\s+pour\s+(?:aléas|imprévus)|\s+de\s+contingence)?\s+comprise\b"
                      r"|\bincluida\s+la\s+(?:reserva|contingencia)\b"
                      # "Budżet nie może przekroczyć 1 850 000 zł (w tym rezerwa)" (review 98b F5); Italian,
                      # Portuguese, Dutch, Nordic, Korean, Japanese
                      r"|\b(?:w tym|łącznie z|wraz z)\s+rezerw\w*|\b(?:inclusa|compresa)\s+(?:la\s+)?(?:riserva|contingenza)\b"
                      r"|\b(?:riserva|contingenza)\s+(?:inclusa|compresa)\b"
                      r"|\b(?:incluindo|incluída|incluido|incluida|incluyendo|includendo|compris|incluant)\s+(?:a\s+|la\s+|le\s+)?"
                      # "Orçamento de 1 250 000,00 €, incluindo 10 % de contingência" (review 132b F6)
                      r"(?:\d+(?:[.,]\d+)?\s*%\s+(?:de\s+|di\s+|d['’]\s*)?)?(?:reserva|contingência|contingencia|riserva"
                      r"|contingenza|réserve|provision|contingence)"
                      # "inclusief 10% onvoorzien", "inkl. 10 % Reserve" (review 129b F6)
                      r"|\binclusief\s+(?:de\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:reserve|onvoorzien)"
                      # Portuguese, Spanish, Indonesian, Croatian, Romanian, Hungarian, Turkish: "(inclui contingência)",
                      # "contingência incluída" (review 148c F6), "termasuk dana cadangan"
                      r"|\b(?:inclui|incluye|inclou)\s+(?:a\s+|la\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+(?:de\s+)?)?(?:reserva|contingência"
                      r"|contingencia)\b|\b(?:contingência|contingencia|reserva)\s+(?:incluída|incluida|incluído|incluido)\b"
                      r"|\btermasuk\s+(?:dana\s+)?(?:cadangan|kontingensi|kontinjensi)\b"
                      r"|\buključujući\s+(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:pričuvu|rezervu)\b|\binclusiv\s+(?:rezerva|contingen[țţ]a)\b"
                      r"|\btartalék\w*\s+(?:is\s+)?(?:együtt|benne)\b|\b(?:yedek\s+bütçe|ihtiyat\s+payı)\s+dahil\b"
                      r"|\binkl(?:\.|usive)?\s+\d+(?:[.,]\d+)?\s*%\s+(?:reserve|risikoreserve|projektreserve|kontingenz)\b"
                      r"|\binklusive?\s+(?:reserv|buffer)\w*|(?:예비비|컨틴전시)\s*포함|予備費(?:込み|を含む|含む)"
                      # Finnish, Czech: "Budjetti 1,2 milj. € sisältää 10 %:n varauksen" (review 135a F8), "včetně
                      # rezervy"
                      r"|\bsisältää\s+(?:myös\s+)?(?:\d+(?:[.,]\d+)?\s*%(?::n)?\s+)?(?:projektin\s+)?varau\w*"
                      r"|\bvčetně\s+(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:projektové\s+)?rezerv\w*"
                      # Latvian, Bulgarian: "Budžets 1,1 milj. EUR, ieskaitot rezervi" (review 140b F11), "включително
                      # резерв", "вкл. резерв"
                      r"|\bieskaitot\s+(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:projekta\s+)?rezerv\w*"
                      r"|\b(?:включително|вкл\.?|в т\.\s?ч\.?)\s+(?:и\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?резерв\w*"
                      # Vietnamese, Greek, Serbian (review 142c F9: "Tổng ngân sách 6,5 tỷ đồng, đã gồm 10% dự phòng")
                      r"|\b(?:đã gồm|đã bao gồm|bao gồm|gồm cả)\s+(?:cả\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:quỹ\s+)?dự phòng"
                      r"|\b(?:συμπεριλαμβαν\w*|περιλαμβάν\w*)\s+(?:και\s+)?(?:το\s+|την\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?"
                      r"(?:αποθεματικ\w*|απρόβλεπτ\w*)|\buključujući\s+(?:i\s+)?(?:\d+(?:[.,]\d+)?\s*%\s+)?rezerv\w*",
                      re.IGNORECASE)


def on_top_said(scope: Optional[m.Scope], summary: Optional[str]) -> str:
    """Return which answer says the contingency reserve comes on top of the budget's amount (`ON_TOP`):
    "constraints", "assumptions", "summary", or "" (none does, or one says the amount includes it: `INCLUDED`)."""
    places: list[tuple[str, Optional[str]]] = [("constraints", text) for text in (scope.constraints or [] if scope else [])]
    places += [("assumptions", text) for text in (scope.assumptions or [] if scope else [])] + [("summary", summary)]
    if any(text and INCLUDED.search(text) for _, text in places):
        return ""  # answers saying both: which holds is not recorded
    # (of the budget: "an estimate of EUR 400,000 before contingency" says nothing of what the budget holds)
    return next((where for where, text in places if text and ON_TOP.search(text) and BUDGET_WORD.search(text)), "")


BUDGET_WORD = re.compile(r"budget|budżet|presupuesto|orçamento|bilancio|begroting|funding|funded|approved|\$|€|£"
                          r"|(?-i:[A-Z]{3})\s?\d", re.IGNORECASE)


def reserve_read(q: m.Questionnaire) -> m.Questionnaire:
    """Return the questionnaire with its contingency reserve on top of the budget where contingency_included is not
    answered and an answer says it comes on top (`on_top_said`): the rule the documents and the checks count by
    (review 128a F2: "plus 10% contingency ($285k)" in the assumptions, beside a charter counting it as part of the
    budget and status reports whose planned cost was the reserve too low)."""
    project = q.project
    budget = project.budget if project is not None else None
    if (project is None or budget is None or not budget.contingency_percent or budget.contingency_included is not None
            or not on_top_said(q.scope, project.summary)):
        return q
    return replace(q, project=replace(project, budget=replace(budget, contingency_included=False)))


def included_said(scope: Optional[m.Scope], summary: Optional[str]) -> str:
    """Return which answer says the budget's amount includes the contingency reserve (`INCLUDED`): "constraints",
    "assumptions", "summary", or "" (none does, or one says it comes on top: `ON_TOP`)."""
    places: list[tuple[str, Optional[str]]] = [("constraints", text) for text in (scope.constraints if scope else [])]
    places += [("assumptions", text) for text in (scope.assumptions if scope else [])] + [("summary", summary)]
    if any(text and ON_TOP.search(text) for _, text in places):
        return ""  # answers saying both: which holds is not recorded
    return next((where for where, text in places if text and INCLUDED.search(text)), "")


# words saying a cost is taken within the budget as planned: "absorbed in the existing labor budget", "within the
# approved budget", "covered by the current project budget"
# (not "absorbed by adding one iOS engineer", of a schedule, review 97b F1; nor "not from the project budget", 97c F2)
_ABSORBED = re.compile(r"(?<!\bnot )(?<!\bnor )\b(?:absorb(?:ed|s)? (?:in|into|within|by) (?:the |this |its |our )?"
                       r"(?:[\w-]+ ){0,3}?budget|(?:within|from|covered by|inside) (?:the |this |its |our )?"
                       r"(?:existing|approved|current|project(?:'s)?) (?:[\w-]+ )?budget)\b"
                       # ... in other languages (review 122a F2: "betaald uit het projectbudget", read as another
                       # source's money, "not from this budget")
                       r"|(?<!\bniet )\b(?:uit|binnen) (?:het |de )?(?:bestaande |huidige |goedgekeurde )?project(?:budget|begroting)\b"
                       r"|(?<!\bnicht )\b(?:aus dem|im|innerhalb des) (?:bestehenden |genehmigten )?Projektbudgets?\b"
                       r"|(?<!\bpas )\b(?:sur|dans) le budget (?:du projet|existant|actuel|approuvé)\b"
                       r"|(?<!\bno )\b(?:con cargo al|dentro del) presupuesto (?:del proyecto|aprobado|actual|vigente)\b"
                       r"|(?<!\binte )\b(?:ur|inom) (?:den befintliga )?projektbudgeten\b"
                       # savings on the project's own contracts: an award below its estimate (review 128b F5: "con
                       # cargo a la baja de adjudicación del lote 2", said to be paid "not from this budget")
                       r"|\bbajas? de (?:adjudicación|licitación)\b|\b(?:award|tender|procurement|contract) savings\b"
                       r"|\b(?:savings|underspend) (?:on|in|from) (?:the |our )?(?:lot|contract|work ?package)\b"
                       # a line of the budget ("paid from the runner line item", review 129c F2)
                       r"|\b(?:from|out of|against|under) (?:the |its |our |a )?(?:[\w-]+ ){0,3}?(?:line item|budget line"
                       r"|budget item|cost line)s?\b"
                       r"|\béconomies? (?:sur|de) (?:l'|le |la )?(?:marché|lot|attribution)\b"
                       r"|\b(?:economia|poupança) (?:na|de) (?:adjudicação|licitação)\b"
                       r"|\bVergabe(?:gewinn|einsparung)\w*|\bAusschreibungsgewinn\w*", re.IGNORECASE)


class _Described(Protocol):
    @property
    def description(self) -> Optional[str]: ...

    @property
    def decision(self) -> Optional[_Noted]: ...


def _says(request: _Described, words: re.Pattern[str]) -> bool:
    """Return True when a request's decision notes or description hold ``words``."""
    return any(words.search(text or "") for text in (request.decision.notes if request.decision else None,
                                                     request.description))


def absorbed(request: _Described) -> bool:
    """Return True when a request's words say its cost is absorbed within the budget, not from the contingency
    ("absorbed in the existing labor budget, not from contingency"): paid from this budget, not from other sources
    (review 96c F4)."""
    return _says(request, _ABSORBED)


# a grant, a subsidy or an award: money paid to the project for its work, which it spends (reviews 138a F2, 138b F4:
# "Funded £40k from the Scottish Government damp and mould grant", "45 millió Ft ... többlettámogatásból"), unlike
# another budget that books the cost itself ("paid from the NOC 2026 tooling (opex) budget, not the project")
_GRANT = re.compile(r"\b(?:grant(?:s|a|om|u|ovi|ova)?|subsid(?:y|ies)|subvenci\w*|subvention\w*|subvenç\w*|subsides?|subsidie\w*|award"
                    r"|zuschuss\w*|zuschüsse\w*|fördermittel\w*|förderung|cofinanc\w*|co-?funding|donations?"
                    r"|sovvenzion\w*|dotation\w*|\w*támogatás\w*|hibah|dotacj\w*|dotac\w*|grantul\w*|fonduri"
                    r"|pnrr|feder|erdf|fesr|efre|horizon europe|plán\w* obnovy|nfp|eurofond\w*|dotáci\w*"
                    # Bulgarian, Latvian: "по ОП „Региони в растеж“", "безвъзмездна помощ", "ES fondi" (review 140)
                    r"|ОП|ОПРР|оперативна програма|безвъзмездн\w*|грант\w*|ES fond\w*|dotācij\w*"
                    # Malay, Estonian (review 141)
                    r"|geran|struktuurivahend\w*|struktuurifond\w*|toetus\w*"
                    # Vietnamese (review 142c F1: "300 triệu đồng do MoMo tài trợ", funded by MoMo)
                    r"|(?<!nhà )tài trợ|viện trợ"
                    # Swahili, Serbian, Greek (review 142: "ruzuku", "IPA grant", "Ταμείο Ανάκαμψης (ΤΑΑ)")
                    r"|ruzuku|ipa|rrf|taa|ταα|ταμείο ανάκαμψης|ταμείου ανάκαμψης|επιχορήγησ\w*|ipard|għotj\w*)\b"
                    # Bengali: co-funding, a grant ("৯ লাখ টাকা Nordvik Retail AB সহ-অর্থায়ন করবে", review 142b F1)
                    r"|সহ-?অর্থায়ন|অনুদান"
                    r"|보조금|지원금|국비|ทุน|מענק|منحة", re.IGNORECASE)
# ... paid to the supplier by the grant's giver, not through the project's budget: no part of the project's spending
# (review 140c F1: "R1,5 million funded by the insurer's risk-improvement grant (paid directly to the supplier)")
_DIRECT = re.compile(r"\bpaid (?:directly|direct|straight) (?:to|by)\b|\bdirectly to the (?:supplier|vendor|contractor)"
                     r"|\b(?:outside|off) (?:the )?project(?:'s)? (?:budget|books)|\bnot through the project(?:'s)? budget"
                     # "not from project budget or contingency" (review 161b F2: half another department's opex, half a
                     # grant claim, booked outside the project)
                     r"|\bnot (?:paid )?(?:from|out of) (?:the )?project(?:'s)? budget"
                     r"|\bdoes not (?:pass|go) through the project"
                     # Vietnamese: "thanh toán trực tiếp cho nhà thầu" (review 142c F1)
                     r"|\b(?:thanh toán|chi trả|trả) trực tiếp cho\b", re.IGNORECASE)


def granted(request: _Described) -> bool:
    """Return True when a request's words name a grant, a subsidy or an award paying for it (`_GRANT`), one the
    project spends: not one paid to the supplier directly (`_DIRECT`). An award in its description is what the work is
    about, not what pays for it (review 163c F4: "committed effort by person and award", a research office's data,
    read as grant funding for a transfer from the Provost's fund)."""
    notes = request.decision.notes if request.decision else None
    said = bool(_GRANT.search(notes or "")) or any(
        not found.group(0).casefold().startswith("award") for found in _GRANT.finditer(request.description or ""))
    return said and not _says(request, _DIRECT)
