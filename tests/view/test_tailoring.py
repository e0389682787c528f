"""Methodology and project-type knowledge: every key of the questionnaire's enumerations has it, the cadence filled in."""

from __future__ import annotations

import re

import typing

import pytest

from generator.questionnaire import model as m
from generator.questionnaire.mentions import key_of as meeting_key
from generator.view.tailoring import heeding, methodology, project_type, same_meetings

METHODOLOGIES = typing.get_args(m.Methodology)
TYPES = typing.get_args(m.ProjectType)


@pytest.mark.parametrize("key", METHODOLOGIES)
def test_every_methodology_has_its_knowledge(key: str) -> None:
    info = methodology(key)
    assert info.key == key and info.label and info.roles and info.ceremonies
    for text in (info.approach, info.cadence, info.change_small, info.change_large, info.acceptance, info.reporting,
                 info.pm_authority, *(r.responsibility for r in info.roles), *(c.purpose for c in info.ceremonies)):
        assert text and text == " ".join(text.split()), text  # one line, single spaces
        assert "SPRINT_WEEKS" not in text and "WIP_LIMIT" not in text
    assert all(c.audience and isinstance(c.audience, tuple) for c in info.ceremonies)


@pytest.mark.parametrize("key", TYPES)
def test_every_project_type_has_its_knowledge(key: str) -> None:
    info = project_type(key)
    assert info.key == key and info.label and info.one and info.many
    assert info.acceptance_checks and all(c == " ".join(c.split()) for c in info.acceptance_checks)
    levels = typing.get_args(m.Level)
    assert all(r.likelihood in levels and r.impact in levels and r.risk and r.mitigation for r in info.risks)
    assert all(term and meaning for term, meaning in info.glossary)
    assert all(who and why for who, why in info.stakeholders)


def texts(key: str, sprint_weeks: int | None = None, wip_limit: int | None = None) -> str:
    info = methodology(key, sprint_weeks, wip_limit)
    return " ".join([info.approach, info.cadence, info.change_small, info.change_large, info.acceptance, info.reporting,
                     *(r.responsibility for r in info.roles),
                     *(f"{c.purpose} {c.channel} {c.frequency}" for c in info.ceremonies)])


@pytest.mark.parametrize("key", ["scrum", "agile", "hybrid"])
def test_the_sprint_length_is_filled_in_and_never_invented(key: str) -> None:
    assert "3-week" in texts(key, 3)
    unanswered = texts(key)
    assert "SPRINT_WEEKS" not in unanswered and not re.search(r"\d+-week", unanswered), unanswered
    assert re.search(r"each (sprint|iteration)|in (sprints|iterations)", unanswered), unanswered


def test_a_meeting_named_otherwise_is_known_as_the_same_meeting() -> None:
    groups = same_meetings()
    assert groups[meeting_key("Daily stand-up")] == groups[meeting_key("Daily scrum")]
    assert groups[meeting_key("SteerCo")] == groups[meeting_key("Steering committee")]
    assert groups[meeting_key("Sprint review")] != groups[meeting_key("Sprint retrospective")]
    for key in ("waterfall", "agile", "scrum", "kanban", "devops", "hybrid"):  # every standard item has its group
        for c in methodology(key).ceremonies:
            assert meeting_key(c.name) in groups, (key, c.name)


def test_the_wip_limit_is_filled_in_or_agreed_with_the_team() -> None:
    assert "7" in texts("kanban", wip_limit=7)
    assert "a number agreed with the team" in texts("kanban")


def test_knowledge_is_read_once() -> None:
    assert methodology("scrum") == methodology("scrum") and project_type("other") == project_type("other")


def test_an_unknown_key_is_a_bug_not_a_default() -> None:
    with pytest.raises(KeyError):
        methodology("prince2")
    with pytest.raises(KeyError):
        project_type("gardening")


@pytest.mark.parametrize("key", METHODOLOGIES)
def test_guidance_promises_the_reader_no_item(key: str) -> None:
    info = methodology(key)
    assert not re.search(r"\byou will\b", f"{info.approach} {info.cadence} {info.reporting}", re.IGNORECASE)


@pytest.mark.parametrize("key", METHODOLOGIES)
def test_the_change_flow_gives_no_duty_to_a_product_owner_nobody_holds(key: str) -> None:
    info = methodology(key, product_owner=False)
    flow = f"{info.change_small} {info.change_large}"
    assert "BACKLOG_OWNER" not in flow
    assert all(flow[found.end():].startswith(" (no product owner is named")
               for found in re.finditer(r"whoever orders the backlog", flow))
    assert not re.search(r"(?<!no )product owner(?! is named)", flow, re.IGNORECASE)
    assert "product owner" in methodology("scrum").change_small  # named where one is


def test_a_constraint_asking_for_approval_drops_guidance_that_waives_it() -> None:
    info = methodology("devops")
    assert "without an approval meeting" in info.approach and "no board approval" in info.change_small
    kept = heeding(info, ["Model Risk Officer must sign each new model version before it serves customers"])
    assert "approval meeting" not in kept.approach and kept.change_small == ""
    assert kept.change_large == info.change_large and kept.approach.startswith("One team builds")
    assert heeding(info, ["Budget is fixed at GBP 180,000"]) == info  # no constraint about approval: all kept


def test_a_term_is_found_as_a_whole_word_and_compiled_only_when_its_first_word_is_there() -> None:
    from generator.view.tailoring import TermFinder, plain_terms

    wip = TermFinder("WIP limit")
    assert wip.search("We hold a daily stand-up.") is None and wip._pattern is None  # nothing compiled
    assert wip.search("The team keeps a wip-limit of three") is not None
    assert TermFinder("Sprint").search("two Sprints a month") is not None
    assert TermFinder("Sprint").search("a sprinter's pace") is None
    for term, _, finder in plain_terms():  # every term of the data finds itself, in any case
        assert finder.search(f"About {term.upper()}, today.") is not None, term
    # review 88b F4: a board that "meets on call" meets when called: no "On-call" explained
    on_call = next(finder for term, _, finder in plain_terms() if term == "On-call")
    assert on_call.search("The control board meets on call") is None
    assert on_call.search("Weekly on-call handover") is not None


def test_polish_and_korean_answers_and_a_note_in_brackets_say_no_change() -> None:
    """Reviews 98b F6 ("Bez zmian funkcjonalnych") and 98c F6 ("변경 없음 (품질 목표 유지)", and in English "No
    change (quality target kept)") listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    for text in ("Bez zmian funkcjonalnych", "brak zmian", "변경 없음", "변경 없음 (품질 목표 유지)",
                 "No change (quality target kept)", "None (see CR-002)"):
        assert says_no_change(text), text
    for text in ("No change (adds one report)", "None (one new report added)", "Nowy raport"):
        assert not says_no_change(text), text


def test_no_change_in_the_languages_reviews_159_and_160_wrote() -> None:
    """Reviews 159b F9, 159c F4, 160b F9, 160c F2: "Enweghị mgbanwe na scope", "Tsy miova", "Akukho tshintsho",
    "ለውጢ የብሉን" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    for text in ("Enweghị mgbanwe na scope", "Tsy miova", "Akukho tshintsho", "ለውጢ የብሉን", "Isbeddel ma jiro"):
        assert says_no_change(text), text
    assert not says_no_change("Otu interface ọhụrụ (SMS gateway)")


def test_a_romanian_answer_says_no_change() -> None:
    """Review 147b F9: "Niciun impact asupra conținutului" (no impact on the content) listed among the approved changes
    to scope."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Niciun impact asupra conținutului") and says_no_change("Fără modificări")
    assert not says_no_change("Un tip nou de rețetă, reguli de validare suplimentare")


def test_what_the_scope_excludes_takes_a_duty_from_a_role_and_a_meeting_from_the_plan() -> None:
    """Review 99c F1: a project whose scope excludes "on-call arrangements" was given an engineering team "with on-call
    duty" and a proposed weekly on-call handover."""
    from generator.view.tailoring import methodology

    out = ["Changes to staff work descriptions or on-call arrangements (handled through the UMCC)"]
    plain, excluded = methodology("devops"), methodology("devops", out=out)
    assert "Engineering team with on-call duty" in [r.role for r in plain.roles]
    team = next(r for r in excluded.roles if r.holder == "team")
    assert team.role == "Engineering team" and "out of this project's scope" in team.responsibility
    handover = next(c for c in excluded.ceremonies if c.name == "On-call handover and operations review")
    assert handover.excluded_by == out[0]
    assert next(c for c in plain.ceremonies if c.name == handover.name).excluded_by is None
    assert all(c.excluded_by is None for c in methodology("devops", out=["A second cloud provider"]).ceremonies)


def test_a_czech_answer_says_no_change() -> None:
    """Review 100c F5: "Bez změny rozsahu" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Bez změny rozsahu") and says_no_change("beze změny") and not says_no_change("Nová kamera")


def test_bulgarian_persian_and_catalan_answers_say_no_change() -> None:
    """Review 114a F13: "Няма промяна в обхвата" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Няма промяна в обхвата") and says_no_change("بدون تغییر") and says_no_change("Sense canvis")
    assert not says_no_change("Нов модул за Cisco")


def test_a_change_of_something_else_with_no_scope_change_says_no_change() -> None:
    """Review 107c F8: "Cambio de secuencia, sin cambio de alcance" and "Keine Änderung am Lieferumfang" were listed
    among the approved changes to scope."""
    from generator.view.tailoring import says_no_change
    assert says_no_change("Cambio de secuencia, sin cambio de alcance")
    assert says_no_change("Keine Änderung am Lieferumfang") and says_no_change("Nessuna modifica all’ambito")
    assert not says_no_change("One report added, no scope change")
    assert not says_no_change("Cambio de secuencia, sin cambio de alcance; se añade un informe")


def test_no_change_said_in_armenian_azerbaijani_and_nepali_is_no_change_to_scope() -> None:
    """Review 117b F10: "Շրջանակի փոփոխություն չկա" and "Dəyişiklik yoxdur" (no change) listed among the approved
    changes to scope."""
    from generator.view.tailoring import says_no_change

    for text in ("Շրջանակի փոփոխություն չկա", "Dəyişiklik yoxdur", "परिवर्तन छैन", "Нема промена", "Brez sprememb"):
        assert says_no_change(text), text
    assert not says_no_change("Нов хардвер и нова интеграција")


def test_a_german_answer_saying_no_scope_was_removed_and_scope_is_as_tendered_is_no_change() -> None:
    """Review 123c F9: "Kein Umfang gestrichen; Leistungsumfang wie ausgeschrieben" listed as a scope change; what the
    rest adds, in German, Spanish or French, still makes one."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Kein Umfang gestrichen; Leistungsumfang wie ausgeschrieben")
    assert not says_no_change("Kein Umfang gestrichen; zwei Hörsäle zusätzlich")
    assert not says_no_change("Sin cambio de alcance; se añade un informe")
    assert not says_no_change("Aucun changement; ajout d'un rapport")


def test_italian_and_isizulu_answers_saying_no_change_are_read() -> None:
    """Review 124b F4: "Nessun cambiamento funzionale" and "Akukho ushintsho" (no change) listed as scope changes."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Nessun cambiamento funzionale") and says_no_change("Akukho ushintsho")
    assert not says_no_change("I-bid specification iyashintsha")


def test_latvian_and_estonian_answers_say_no_change() -> None:
    """Review 140b F6: CR-003's "Nav izmaiņu" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Nav izmaiņu") and says_no_change("Tvērums nemainās") and says_no_change("Muudatusi pole")
    assert says_no_change("Bez promene") and says_no_change("Engin breyting")  # (review 142a F16: Serbian, Icelandic)
    assert says_no_change("Без змін")  # (review 143b F7: Ukrainian)
    assert says_no_change("Өзгеріс жоқ") and says_no_change("Bez zmian") and says_no_change("変更なし")  # (review 144a F9)
    assert not says_no_change("Bez zmian zakresu; 12 dodatkowych punktów dostępowych w Strykowie")  # (12 added)
    assert says_no_change("Ei muutosta") and says_no_change("范围不变")  # (review 145b F2: Finnish)
    assert not says_no_change("bez izmaiņām; pievienots modulis")  # (a module added)
    assert not says_no_change("Без промяна; добавен модул")


def test_a_european_portuguese_answer_says_no_change() -> None:
    """Review 148c F7: "Sem alteração de âmbito" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("Sem alteração de âmbito") and says_no_change("Âmbito inalterado")


def test_a_hebrew_answer_says_no_change() -> None:
    """Review 149c F4: "אין שינוי" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    assert says_no_change("אין שינוי") and says_no_change("ללא שינוי")


def test_no_change_is_read_in_thai_urdu_tamil_and_persian() -> None:
    """Review 151c F11, 151b F14: "ไม่เปลี่ยน", "کوئی تبدیلی نہیں", "மாற்றமில்லை" listed among the changes to scope."""
    from generator.view.tailoring import says_no_change

    assert all(says_no_change(text) for text in ("ไม่เปลี่ยน", "ไม่มีการเปลี่ยนแปลงขอบเขต", "کوئی تبدیلی نہیں",
                                                  "மாற்றமில்லை", "بدون تغییر", "არ იცვლება", "Nema"))


def test_no_change_in_burmese_lao_and_punjabi() -> None:
    """Reviews 153a F1, 153c F9: "မပြောင်း", "ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ" listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    assert all(says_no_change(word) for word in ("မပြောင်း", "ບໍ່ປ່ຽນ", "ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ", "कोई बदलाव नहीं"))
    assert not says_no_change("SMS gateway တွင် font ပြောင်းလဲ module ထပ်ထည့်")


def test_cadences_and_meetings_in_burmese_lao_and_punjabi() -> None:
    """Reviews 153a F2, 153b F6, 153c F5: a monthly steering committee and daily meetings written in these
    languages, beside a proposed second one."""
    from generator.view.communication import cadences
    from generator.view.tailoring import meeting_words, same_meetings

    assert cadences("လစဉ် (လ၏ ဒုတိယ ဗုဒ္ဓဟူးနေ့)") == {"monthly"} and cadences("ທຸກວັນ 8:30") == {"daily"}
    assert cadences("ਰੋਜ਼ਾਨਾ ਸਵੇਰੇ 10:00") == {"daily"} and cadences("ਮਹੀਨਾਵਾਰ") == {"monthly"}
    assert cadences("နှစ်ပတ်တစ်ကြိမ်") == {"fortnightly"}
    from generator.questionnaire.mentions import key_of

    steering, daily = same_meetings()[key_of("steering committee")], same_meetings()[key_of("daily stand-up")]
    assert meeting_words()[steering].search("ERP ਸਟੀਅਰਿੰਗ ਕਮੇਟੀ ਮੀਟਿੰਗ")
    assert meeting_words()[daily].search("ປະຊຸມປະຈຳວັນ ໜ້າກະດານ Kanban")


def test_hausa_swahili_and_amharic_answers_say_no_change() -> None:
    """Review 155a F13, 155b F8: "Babu canji" and "Hakuna mabadiliko ya scope; rework ya authentication na callbacks"
    listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    for text in ("Babu canji", "Hakuna mabadiliko ya scope; rework ya authentication na callbacks", "ለውጥ የለም",
                 "keng Ännerung", "Kò yí padà", "Gun atharrachadh"):  # (review 156a F7: Luxembourgish)
        assert says_no_change(text), text
    assert not says_no_change("Babu canji; an ƙara LGAs 12")


def test_no_change_in_shona_haitian_creole_and_central_kurdish_is_read() -> None:
    """Reviews 162a F10, 162b F11: "Hapana shanduko muscope" and "Pa gen chanjman nan fonksyon yo" (no change)
    listed among the approved changes to scope."""
    from generator.view.tailoring import says_no_change

    for text in ("Hapana shanduko muscope", "Hapana", "Pa gen chanjman nan fonksyon yo.", "بێ گۆڕانکاری",
                 "E leai se suiga", "Ha ho phetoho ea scope", "ʻIkai ha liliu", "Бе тағйир"):
        assert says_no_change(text), text
    assert not says_no_change("Hapana shanduko muscope, asi dashboard yawedzerwa")
