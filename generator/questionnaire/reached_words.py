"""How answers in other languages say a milestone was reached, in the order `reached` reads English.

German and French put the word of being done after who did it and after the day ("Pflichtenheft vom Lenkungskreis
am 2026-03-13 freigegeben"), and name a milestone by a noun ("Freigabe Fachkonzept", "Designfreigabe") where a
report says it with a participle ("Fachkonzept freigegeben").  `plain_order` rewrites a done item into the order
`reached` reads ("Pflichtenheft freigegeben am 2026-03-13"); `participle_names` gives a noun-named milestone's other
names (review 79b F4: "freigegeben am 2026-03-13" was not read as the day a milestone was reached).
"""

from __future__ import annotations

import re

# words that say a piece of work was finished, beside English's (German, French, Spanish, Portuguese, Italian, Dutch)
FINISHED_ELSEWHERE = (
    r"freigegeben|abgenommen|abgeschlossen|fertiggestellt|erreicht|erteilt|erfolgt|durchgeführt|unterzeichnet"
    r"|unterschrieben|bestanden|geliefert|ausgeliefert|eingeführt|genehmigt|in\s+Betrieb\s+genommen"
    r"|validée?s?|approuvée?s?|livrée?s?|signée?s?|terminée?s?|achevée?s?|réalisée?s?|atteinte?s?|réceptionnée?s?"
    # an opinion or a ruling given: "Avis du CSE rendu le 5 novembre" (review 108c F2)
    r"|rendue?s?|émise?s?|prononcée?s?"
    # Turkish: "geçildi" (passed), "tamamlandı", "onaylandı", "alındı", "teslim edildi" (review 109a F3)
    r"|geçildi|tamamlandı|onaylandı|alındı|edildi|imzalandı"
    r"|aprobad[oa]s?|completad[oa]s?|entregad[oa]s?|finalizad[oa]s?|firmad[oa]s?"
    r"|aprovad[oa]s?|concluíd[oa]s?|entregue|assinad[oa]s?"
    r"|approvat[oa]|completat[oa]|consegnat[oa]|firmat[oa]|superat[oa]|avviat[oa]|collaudat[oa]|rilasciat[oa]"
    r"|attivat[oa]|conclus[oa]"
    r"|goedgekeurd|afgerond|opgeleverd|getekend|behaald"
    # Hungarian, Indonesian, Vietnamese (review 110b F1: "Célarchitektúra elfogadva (G1)" for "Célarchitektúra
    # jóváhagyva (G1)")
    r"|jóváhagyva|elfogadva|lezárva|befejezve|átadva|teljesítve|élesítve|aláírva|jóváhagyták|elfogadták|lezárult"
    r"|disetujui|selesai|diterima|ditandatangani|rampung|đã duyệt|đã phê duyệt|hoàn thành|đã hoàn thành|đã ký"
    # Romanian (review 111a F2: "Integrare testată și acceptată" for "Integrare testată")
    r"|aprobat[ăa]?|acceptat[ăa]?|finalizat[ăa]?|semnat[ăa]?|livrat[ăa]?|încheiat[ăa]?|realizat[ăa]?"
    # Hindi (review 112c F1: "एकीकृत यात्री-डेटा भंडार स्वीकृत (देर से, 2025-06-18)", the deliverable accepted)
    r"|स्वीकृत|अनुमोदित|पूर्ण|पूरा|पूरी|संपन्न|सम्पन्न"
    # Marathi, Gujarati (review 122a: "अंतर-विश्लेषण अहवाल मंजूर", the gap analysis report approved), not the noun
    # "मंजूरी" (approval): a vowel sign after the word is no word character, so none may follow
    r"|मंजूर(?![\u0900-\u097f])|મંજૂર(?![\u0a80-\u0aff])|પૂર્ણ(?![\u0a80-\u0aff])"
    # isiZulu (review 122b F1: "Ukuhlolwa emitholampilo emi-2 kuqediwe", the pilot in 2 clinics completed)
    r"|kuqediwe|iqediwe|siqediwe|ziqediwe|kuphothuliwe|siphothuliwe|siphelele|kuvunyiwe|ivunyiwe"
    r"|sivunyiwe|kusayiniwe|isayiniwe|sisayiniwe|kufakiwe|afakiwe|ifakiwe")

# Hindi and Malayalam words of work done, each followed by no letter or vowel sign where it is read (review 123: "STQC
# प्रमाणपत्र 2026-06-19 को मिल गया", the STQC certificate received; "മോഡൽ സാധൂകരിച്ചു", the model validated;
# "നിശ്ശബ്ദ പരീക്ഷണം പൂർത്തിയായി", the silent trial completed): received, approved, completed, signed, handed over,
# installed; not started ("നിശ്ശബ്ദ പരീക്ഷണം 2026-08-03-ന് തുടങ്ങി", the trial begun, is not its end)
HI_DONE = (r"प्राप्त(?:\s+(?:हुआ|हुई|हुए|किया|की|कर\s+लिया))?|मिल\s+(?:गया|गई|गए|चुका|चुकी)|स्वीकृत\s+(?:हुआ|हुई)"
           r"|अनुमोदित\s+(?:हुआ|हुई)|पूरा\s+(?:हुआ|किया)|पूरी\s+(?:हुई|की)|हस्ताक्षरित|हस्तांतरित|स्थापित"
           r"|लाइव\s+(?:हुआ|हुए|हुई)")
ML_DONE = (r"പൂർത്തിയായി|പൂർത്തിയാക്കി|പൂർത്തീകരിച്ചു|അംഗീകരിച്ചു|അംഗീകാരം\s+ലഭിച്ചു|അനുമതി\s+ലഭിച്ചു|ലഭിച്ചു"
           r"|സാധൂകരിച്ചു|കൈവരിച്ചു|നേടി|ഒപ്പുവച്ചു|ഒപ്പുവെച്ചു|ഒപ്പിട്ടു|കൈമാറി|വിന്യസിച്ചു|സ്ഥാപിച്ചു|നടപ്പാക്കി"
           r"|സമർപ്പിച്ചു|പാസായി|വിജയിച്ചു"
           # the noun alone, ending a milestone's name: "UAT പൂർത്തി" (UAT completion), reached by "UAT പൂർത്തിയായി"
           # (review 125a F7: shown overdue with no forecast beside that done item)
           r"|പൂർത്തി")
FINISHED_ELSEWHERE += rf"|(?:{HI_DONE}|{ML_DONE})(?![\w\u0900-\u0dff])"

# who did it, before or after the word of being done ("by the board", "vom Lenkungskreis", "par le comité")
_AGENT = r"(?:by|vom|von|durch|par|por|pelo|pela|dal|dalla|door)\s+[^,;:()\d]{1,40}?"
# (or in words: "Reserve-Abstimmung am 19. September erreicht", review 104a F2)
_ON_DAY = r"(?:on|am|le|el|il|em|op)\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,}(?:\s+\d{4})?)"


def plain_order(item: str, finished: str) -> str:
    """Return a done item with who did it taken out beside a word of ``finished`` (a regex alternation) and a day
    given before that word moved after it: "X vom Lenkungskreis am 2026-03-13 freigegeben" reads "X freigegeben am
    2026-03-13"."""
    text = re.sub(rf"\s+{_AGENT}(?=\s+(?:{_ON_DAY}\s+)?(?:{finished})\b)", "", item, flags=re.IGNORECASE)
    text = re.sub(rf"\s+({_ON_DAY})\s+({finished})\b", r" \2 \1", text, flags=re.IGNORECASE)
    return re.sub(rf"\b({finished})\s+{_AGENT}(?=\s+{_ON_DAY}|\s*\(\d{{4}}-|\s*$)", r"\1", text,
                  flags=re.IGNORECASE)


# a German noun of finishing and the participle a report says it with
_NOUNS = {"freigabe": "freigegeben", "abnahme": "abgenommen", "abschluss": "abgeschlossen",
          "fertigstellung": "fertiggestellt", "inbetriebnahme": "in Betrieb genommen", "genehmigung": "genehmigt",
          "unterzeichnung": "unterzeichnet", "lieferung": "geliefert", "auslieferung": "ausgeliefert",
          "einführung": "eingeführt"}
_FRENCH = {"validation": ("validé", "validée"), "livraison": ("livré", "livrée"), "signature": ("signé", "signée"),
           "approbation": ("approuvé", "approuvée"), "réception": ("réceptionné", "réceptionnée")}
# an Italian or Spanish noun of starting or finishing and its participles, said after what it is of ("Pilota avviato"
# for "Avvio del pilota sulla linea Valle del Serchio", review 107b F2), with the words before what it is for
_ROMANCE = {"avvio": ("avviato", "avviata"), "completamento": ("completato", "completata"),
            "consegna": ("consegnato", "consegnata"), "approvazione": ("approvato", "approvata"),
            "collaudo": ("collaudato", "collaudata"), "rilascio": ("rilasciato", "rilasciata"),
            "attivazione": ("attivato", "attivata"), "inicio": ("iniciado", "iniciada"),
            "entrega": ("entregado", "entregada"), "aprobación": ("aprobado", "aprobada"),
            "puesta en marcha": ("puesto en marcha", "puesta en marcha"), "finalización": ("finalizado", "finalizada")}
_ROMANCE_FIRST = re.compile(r"^(" + "|".join(_ROMANCE) + r")\s+(?:del(?:la|lo|l'|l’)?\s*|dei\s+|degli\s+|delle\s+"
                            r"|de\s+la\s+|de\s+los\s+|de\s+las\s+|de\s+)(\S.*)$", re.IGNORECASE)
_ROMANCE_FOR = re.compile(r"\s+(?:sulla|sulle|sul|sui|nella|nelle|nel|nei|per|in|su|con|a|en|para|con|sobre)\s+",
                          re.IGNORECASE)
_NOUN_FIRST = re.compile(r"^(" + "|".join(_NOUNS) + r")\s+(?:(?:des|der|von|vom|für|zur|zum)\s+)?(\S.*)$",
                         re.IGNORECASE)
_NOUN_LAST = re.compile(r"^(\S.*?)[\s-]?(" + "|".join(_NOUNS) + r")$", re.IGNORECASE)
_FRENCH_FIRST = re.compile(r"^(" + "|".join(_FRENCH) + r")\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+l’|de\s+)?(\S.*)$",
                           re.IGNORECASE)


def participle_names(name: str) -> list[str]:
    """Return a milestone's names with a participle for its noun of finishing: "Fachkonzept freigegeben" for
    "Freigabe Fachkonzept" and "Design freigegeben" for "Designfreigabe"; none for other names."""
    found = _NOUN_FIRST.match(name)
    if found:
        return [f"{found.group(2)} {_NOUNS[found.group(1).casefold()]}"]
    found = _NOUN_LAST.match(name)
    if found and sum(ch.isalpha() for ch in found.group(1)) >= 2:
        return [f"{found.group(1).rstrip('-')} {_NOUNS[found.group(2).casefold()]}"]
    found = _FRENCH_FIRST.match(name)
    if found:
        return [f"{found.group(2)} {word}" for word in _FRENCH[found.group(1).casefold()]]
    found = _ROMANCE_FIRST.match(name)
    if found:
        whole, what = found.group(2), _ROMANCE_FOR.split(found.group(2), maxsplit=1)[0]
        return [f"{of} {word}" for of in dict.fromkeys((whole, what)) for word in _ROMANCE[found.group(1).casefold()]]
    return []
