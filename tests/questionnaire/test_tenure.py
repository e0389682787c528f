"""What a job's words say of its holder over time: away, left for good, standing in, since a day, until one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.tenure import away


def test_a_job_saying_its_holder_is_away_or_gone() -> None:
    assert away("Directeur général adjoint – Services administratifs (en congé depuis juin 2026)")
    assert away("Product owner, on parental leave 1 June 2026 - 29 January 2027")
    assert away("Former CIO") and away("Ehemaliger Bereichsleiter") and away("Jefa de sistemas (de baja)")
    assert away("Chief Information Security Officer (sponsor until 30 Sept 2026; has left the University)")
    assert away("Deputy Chief of Staff; project sponsor until May 9, 2025")  # review 134a F6
    # review 137a F2: "project sponsor until her retirement on 31 July 2026"
    assert away("Deputy Vice-Chancellor (Academic); project sponsor until her retirement on 31 July 2026")
    assert not away("Chief Information Officer") and not away("Leave and absence manager (HR)")
    assert not away("Programme lead (formerly PMO head)") and not away(None)
    assert not away("Data platform lead (former DBA)") and away("Head of Finance; former sponsor")


def test_a_decider_who_has_left_held_the_job_before_the_successor_took_it_on() -> None:
    """Review 137a F1: the sponsor until her retirement approved a change in May; her successor, sponsor from August,
    is the approver the thresholds now name."""
    from generator.questionnaire.tenure import held_then

    gone = "Deputy Vice-Chancellor; project sponsor until her retirement on 31 July 2026"
    successor = "Pro Vice-Chancellor (Education); project sponsor from 1 August 2026"
    assert held_then(gone, successor, dt.date(2026, 5, 20))
    assert not held_then(gone, successor, dt.date(2026, 8, 20))  # decided after the successor took it on
    assert not held_then("Deputy Vice-Chancellor", successor, dt.date(2026, 5, 20))  # still in the job
    assert not held_then(gone, "Pro Vice-Chancellor (Education)", dt.date(2026, 5, 20))  # no day taken on


def test_a_slovak_job_saying_its_holder_left_is_away() -> None:
    """Review 139a F2: "Projektový manažér do 31. 1. 2026 (odišiel zo spoločnosti)", who approved a change in January
    within his limit, was said to hold no approval threshold, and was counted in the project team."""
    assert away("Projektový manažér do 31. 1. 2026 (odišiel zo spoločnosti)")
    assert away("Vedoucí projektu (odešla z firmy)") and not away("Projektový manažér")


def test_latvian_and_bulgarian_jobs_say_their_holder_left_or_took_on_a_role() -> None:
    """Review 140b F5: "produkta īpašnieks līdz 2026-04-30; uzņēmumu pametis" asked to sign version 1.2, and
    "produkta īpašniece no 2026-05-01" asked to have approved version 1.0 in January."""
    from generator.questionnaire.tenure import away, took_on

    assert away("Autoparka analītikas vadītājs (produkta īpašnieks līdz 2026-04-30; uzņēmumu pametis)")
    assert away("Ръководител ИТ (напуснал общината)")
    assert not away("Autoparka analītikas vadītāja (produkta īpašniece no 2026-05-01)")
    assert took_on("Autoparka analītikas vadītāja (produkta īpašniece no 2026-05-01)") == dt.date(2026, 5, 1)
    assert took_on("спонсор от 2026-05-01 до 2026-06-30") is None


def test_hebrew_and_arabic_jobs_say_their_holder_left() -> None:
    """Review 141a F3: the retired former sponsor asked to sign version 1.3."""
    from generator.questionnaire.tenure import away

    assert away("סמנכ״ל רפואי לשעבר (נותן החסות עד 15.2.2026, פרש לגמלאות)")
    assert away("مدير المشروع السابق")


def test_one_who_left_for_good_is_told_from_one_away_or_in_another_role_now() -> None:
    """Review 140b F8: off the distribution lists; not a product owner until a day, now on the steering committee."""
    from generator.questionnaire.tenure import departed

    assert departed("Autoparka analītikas vadītājs (produkta īpašnieks līdz 2026-04-30; uzņēmumu pametis)")
    assert departed("Head of Customer Operations (has left the company)") and departed("Former CIO")
    assert not departed("Academic Registrar; Product Owner until 30 Jan 2026 (now Steering Committee member)")
    assert not departed("Head of Customer Operations (on parental leave)")
    assert not departed("Ex-officio member of the steering committee") and departed("Ex-CIO")


def test_one_who_left_or_is_away_in_the_languages_of_review_142() -> None:
    """Review 142a F3: "Mratibu wa Shughuli za Nyanjani (aliacha kazi tarehe 31 Machi 2026)" on ten distribution
    lists; the Serbian sponsor "na bolovanju" (on sick leave)."""
    from generator.questionnaire.tenure import departed

    assert departed("Mratibu wa Shughuli za Nyanjani (aliacha kazi tarehe 31 Machi 2026)")
    assert away("Direktor JKP (na bolovanju od 15. septembra 2026.)")
    assert not departed("Direktor JKP (na bolovanju od 15. septembra 2026.)")
    assert not away("Mratibu wa Shughuli za Nyanjani (tangu tarehe 13 Aprili 2026)")


def test_a_portuguese_departure_and_start_are_read() -> None:
    """Review 143b F4: the CTO "desligado em 31/07/2025" approved within his limit in May; his interim successor's
    job "desde 01/08/2025": the approval was said to be by someone holding no threshold."""
    from generator.questionnaire.tenure import departed, held_then, took_on

    assert departed("CTO (desligado em 31/07/2025)")
    assert took_on("CTO interino (desde 01/08/2025)") == took_on("CTO interino a partir de 01/08/2025") == dt.date(2025, 8, 1)
    assert held_then("CTO (desligado em 31/07/2025)", "CTO interino (desde 01/08/2025)", dt.date(2025, 5, 20))


def test_one_who_left_is_away_or_stands_in_in_the_languages_of_review_144() -> None:
    """Reviews 144a F6, 144c F1: the retired general director ("зейнеткерлікке шықты") and the former alderman
    ("Gewezen schepen ..., sponsor tot 31 december 2024") who approved version 1.0 were asked to approve version
    2.0; review 144a F13: the deputy "p.o. Product Ownera w zastępstwie A. Nowak" for the one on maternity leave."""
    from generator.questionnaire.tenure import departed
    from generator.questionnaire.rules import acting_for

    assert departed("Бас директор (2026 ж. 31 тамызда зейнеткерлікке шықты)")
    assert away("Gewezen schepen van Digitalisering, sponsor tot 31 december 2024")
    assert away("Opdrachtgever tot 2025-01-01") and away("Były dyrektor IT") and away("Бывший директор")
    assert not away("Schepen van Digitalisering (sinds 2 januari 2025)") and not away("Bałtyk lead")
    assert away("Dyrektor Biura, Product Owner (od 2 marca 2026 r. na urlopie macierzyńskim)")
    assert not departed("Dyrektor Biura, Product Owner (od 2 marca 2026 r. na urlopie macierzyńskim)")
    # (Japanese: away now, transferred or former; not the acting product owner "during Sasaki's parental leave")
    assert away("プロダクトオーナー（育休中）") and away("前プロジェクトマネージャー(2026年10月1日付で経営企画部へ異動)")
    assert not away("生産技術部 DX推進課 係長(プロダクトオーナー代行。佐々木の育休期間中)")
    roles = m.Roles(sponsor="K. W.", project_manager="T. Z.", product_owner="Agnieszka Nowak")
    assert acting_for("Zastępca Dyrektora Biura, p.o. Product Ownera w zastępstwie A. Nowak", None, "Agnieszka Nowak",
                      roles, "Product Owner (na urlopie macierzyńskim)")


def test_a_former_sponsor_in_lithuanian_and_chinese_is_away() -> None:
    """Reviews 145a F4, 145c F4: "Buvęs valdybos narys, projekto sponsorius iki 2026-03-31" and "原项目发起人，2025年5月
    调任集团" (the former sponsor, transferred to the group), who approved version 1.0, were asked to approve 1.2."""
    from generator.questionnaire.tenure import departed

    assert away("Buvęs valdybos narys, projekto sponsorius iki 2026-03-31") and away("Product owner do 2025-03-01")
    assert away("鹏程集团战略发展部总经理（原公司首席运营官、原项目发起人，2025年5月调任集团）")
    assert departed("Bývalý ředitel IT") and departed("测试经理（2025年6月已离职）")
    assert away("Product Owner, od 1. 4. 2025 na rodičovské dovolené")  # (review 145a F6: Czech)
    assert not away("原则上负责测试") and not away("Sponsor projektu") and not away("Vedoucí IT")


def test_one_who_left_in_the_languages_of_review_147() -> None:
    """Review 147c F3: "Líder técnica del proyecto hasta el 13 de febrero de 2026 (dejó la empresa)" on ten
    distribution lists; 147b F4: "CTO indtil 31.03.2026, nu pensioneret" (now retired) asked to approve version 2.1;
    147a F4: "Mart 2025'te Ödeme Sistemleri bölümüne transfer oldu" in the project team."""
    from generator.questionnaire.tenure import departed

    assert departed("Líder técnica del proyecto hasta el 13 de febrero de 2026 (dejó la empresa)")
    assert departed("Teknisk direktør (CTO) indtil 31.03.2026, nu pensioneret; projektets første sponsor")
    assert away("Risk Analytics Lead (Product Owner), Mart 2025'te Ödeme Sistemleri bölümüne transfer oldu")
    assert not departed("Former sponsor, now Steering Committee member")


def test_swedish_until_and_from_and_a_project_manager_who_held_the_job_then() -> None:
    """Review 148b F2, F3: "Projektledare t.o.m. 2025-02-28 (därefter utvecklingsledare ...)" and "Tf. projektledare
    fr.o.m. 2025-03-01": the project manager then, whose approval within the limit was said to be by someone holding
    no threshold, and the reports of before March said to be her successor's."""
    from generator.questionnaire.tenure import held_then, held_until, stood_in_from, took_on

    before = "Projektledare t.o.m. 2025-02-28 (därefter utvecklingsledare på stadsledningskontoret)"
    after = "Tf. projektledare fr.o.m. 2025-03-01 och förvaltningsledare för skoladministrativa system"
    assert took_on(after) == dt.date(2025, 3, 1) and stood_in_from(after) == dt.date(2025, 3, 1)
    assert held_until(before, dt.date(2024, 10, 1)) == dt.date(2025, 2, 28)
    assert held_then(before, after, dt.date(2024, 10, 1)) and not held_then(before, after, dt.date(2025, 3, 5))


def test_latvian_and_welsh_roles_held_until_a_day_and_taken_on_after_it() -> None:
    """Review 149b F2, F3: "Projekta vadītājs līdz 2025. gada 14. martam (aizgāja no uzņēmuma)" and "projekta vadītāja
    p.i. no 2025. gada 17. marta": the reports of before March named the successor, and his approval within his limit
    was said to be by someone holding no threshold; 149a F5: "SRO until 30 April 2025, now seconded to ..." asked to
    approve version 2.1."""
    from generator.questionnaire.tenure import departed, held_then, held_until, took_on

    before = "Projekta vadītājs līdz 2025. gada 14. martam (aizgāja no uzņēmuma)"
    after = "Kvalitātes nodrošināšanas vadītāja; projekta vadītāja p.i. no 2025. gada 17. marta"
    assert took_on(after) == dt.date(2025, 3, 17) and held_until(before, dt.date(2024, 11, 1)) == dt.date(2025, 3, 14)
    assert held_then(before, after, dt.date(2024, 11, 1)) and departed(before)
    sro = "Executive Medical Director; SRO until 30 April 2025, now seconded to Digital Health and Care Wales"
    assert away(sro) and held_until(sro, dt.date(2025, 3, 1)) == dt.date(2025, 4, 30)


def test_jobs_over_time_in_the_languages_of_review_150() -> None:
    """Review 150: Georgian "until" and "from" written onto the day (150b F1, F2: the sponsor until June asked to sign
    the charter, her January decisions sent to her successor), an Albanian leave and the deputy standing in for it
    (150a F2), Armenian, Azerbaijani leaves and departures."""
    from generator.questionnaire.tenure import departed, held_then, held_until, stood_in_from, stood_in_until, took_on

    before = "B2B გაყიდვების დირექტორი (ყოფილი CIO, პროგრამის სპონსორი 2026-06-14-მდე)"
    after = "ტექნოლოგიური ოპერაციების დირექტორი; პროგრამის სპონსორი 2026-06-15-დან"
    assert held_until(before, dt.date(2026, 1, 22)) == dt.date(2026, 6, 14)
    assert took_on(after) == dt.date(2026, 6, 15)
    assert held_then(before, after, dt.date(2026, 1, 22)) and not held_then(before, after, dt.date(2026, 7, 1))
    leave = "Menaxhere projekti (me leje 01.09.2025 – 31.10.2025)"
    assert away(leave, dt.date(2025, 9, 30)) and not away(leave, dt.date(2025, 11, 30))
    deputy = "Zëvendësmenaxher projekti (menaxher në detyrë 01.09.2025 – 31.10.2025)"
    assert stood_in_from(deputy) == dt.date(2025, 9, 1) and stood_in_until(deputy) == dt.date(2025, 10, 31)
    assert away("Արտադրանքի տնօրեն (CPO), համահիմնադիր; արձակուրդում էր 2026-02-16 — 2026-04-24", dt.date(2026, 3, 1))
    assert stood_in_from("Հաճախորդների հաջողության ղեկավար; ժ/պ Product Owner 2026-02-16 — 2026-04-24") == dt.date(
        2026, 2, 16)
    assert departed("Baş məlumat mühəndisi (2026-08-14-də şirkətdən ayrılıb)")
    assert away("İnformasiya təhlükəsizliyi meneceri (2026-07-01-dən analıq məzuniyyətində)")
    assert took_on("Aparıcı məlumat mühəndisi, texniki rəhbər (2026-08-15-dən müvəqqəti)") == dt.date(2026, 8, 15)



def test_the_grid_places_those_who_stay(q: m.Questionnaire) -> None:
    """Review 150a F8: "Tehnički lider (do 14.08.2026, napustio banku)" placed on the power/interest grid."""
    from generator.questionnaire.tenure import staying

    gone = dataclasses.replace(q.people[-1], role="Tehnički lider (do 14.08.2026, napustio banku)")
    assert staying([*q.people[:-1], gone]) == q.people[:-1]


def test_jobs_over_time_in_the_languages_of_review_151() -> None:
    """Review 151: an Urdu sponsor who retired and his successor from a day (151b F1, F2: his June approval sent to her),
    a Tamil leave and the acting manager for it (151b F6), a Filipino project manager who resigned after a day and
    her successor from another (151c F3, F4), a Thai former lead, a Mongolian lead who left and his successor."""
    from generator.questionnaire.tenure import departed, held_then, held_until, stood_in_from, took_on

    retired = "چیف آپریٹنگ آفیسر (سابق اسپانسر، 31 اگست 2026 کو ریٹائر ہو گئے)"
    successor = "گروپ ہیڈ ڈیجیٹل بینکنگ (یکم ستمبر 2026 سے پروجیکٹ اسپانسر)"
    assert departed(retired) and took_on(successor) == dt.date(2026, 9, 1)
    assert held_then(retired, successor, dt.date(2026, 6, 3))
    assert away("திட்ட மேலாளர், IT PMO (2026 மார்ச் 2 – ஏப்ரல் 24 மருத்துவ விடுப்பு)", dt.date(2026, 3, 20))
    assert stood_in_from("MLOps தலைவர் (2026 மார்ச் 2 – ஏப்ரல் 24 பொறுப்பு திட்ட மேலாளர்)") == dt.date(2026, 3, 2)
    resigned = "Project Manager (hanggang 2026-07-17 — nag-resign, lumipat na sa ibang kumpanya)"
    after = "Senior Project Manager, PMO (pumalit kay Maricel simula 2026-07-20)"
    assert departed(resigned) and held_until(resigned, dt.date(2026, 1, 27)) == dt.date(2026, 7, 17)
    assert took_on(after) == dt.date(2026, 7, 20) and held_then(resigned, after, dt.date(2026, 1, 27))
    # (not yet gone on a day before the one her job gives as its end)
    assert not away(resigned, dt.date(2026, 4, 14)) and away(resigned, dt.date(2026, 8, 1)) and away(resigned)
    # (another's leave, "while Grace is on leave", is none of his)
    assert not away("Training Supervisor (OIC ng Training habang naka-leave si Grace)", dt.date(2026, 5, 1))
    thai = "อดีตหัวหน้าทีม Security Engineering (ย้ายไปฝ่าย Fleet Digital ตั้งแต่ 1 ส.ค. 2569)"
    assert departed(thai) and stood_in_from("หัวหน้าทีม Security (รักษาการ 1 ส.ค.–30 ก.ย. 2569)") == dt.date(2026, 8, 1)
    assert departed("Техникийн ахлах (2026-08-14-нд ажлаас гарсан)")
    assert took_on("Техникийн ахлах (2026-08-17-ноос), системийн архитектор") == dt.date(2026, 8, 17)


def test_jobs_over_time_in_the_languages_of_review_152() -> None:
    """Review 152: an English sponsor "until retirement on" a day and her successor "sponsor from 2026-04-01; acting ADM
    from 2026-03-16" (152b F1, F4), a secondment ended, and Sinhala "until" and "from" after the day (152a F4)."""
    from generator.questionnaire.tenure import departed, held_then, held_until, joined_on, took_on

    retired = "Assistant Deputy Minister, Corporate Services Division (sponsor until retirement on 2026-03-31)"
    assert away(retired, dt.date(2026, 4, 15)) and not away(retired, dt.date(2026, 1, 15))
    assert joined_on("Assistant Deputy Minister (sponsor from 2026-04-01; acting ADM from 2026-03-16)") == dt.date(2026, 4, 1)
    assert joined_on("Zastępca Dyrektora, p.o. Product Ownera od 2026-03-02") is None  # (standing in: no day joined)
    assert departed("Business Analyst (secondment ended 2025-11-14; replaced by Daniel Osei)")
    before = "සමූහ උපාය මාර්ග අධ්‍යක්ෂ; 2026-06-30 දක්වා ප්‍රධාන මෙහෙයුම් නිලධාරී සහ ව්‍යාපෘති අනුග්‍රාහක"
    after = "ප්‍රධාන හිමිකම් නිලධාරී (2026-07-01 සිට ව්‍යාපෘති අනුග්‍රාහක)"
    assert held_until(before, dt.date(2026, 3, 1)) == dt.date(2026, 6, 30) and took_on(after) == dt.date(2026, 7, 1)
    assert held_then(before, after, dt.date(2026, 3, 10))
    assert took_on("Scrum Master / QA ප්‍රධානී (2026-08-10 සිට 2026-12-04 දක්වා මාතෘ නිවාඩු)") is None


def test_a_khmer_former_lead_and_the_day_his_successor_took_on_the_job() -> None:
    """Review 152c: "អតីតប្រធានក្រុម SOC – ផ្ទេរទៅនាយកដ្ឋាន... ចាប់ពីថ្ងៃ 2026-03-16", "(ចាប់ពី 2026-03-16)"."""
    from generator.questionnaire.tenure import took_on

    assert away("អតីតប្រធានក្រុម SOC – ផ្ទេរទៅនាយកដ្ឋានធនាគារឌីជីថល ចាប់ពីថ្ងៃ 2026-03-16")
    assert took_on("ប្រធានក្រុម SOC (ចាប់ពី 2026-03-16) – Technical Lead") == dt.date(2026, 3, 16)


def test_a_resignation_with_a_last_day_and_leaving_words_in_other_scripts() -> None:
    """Reviews 153a F7, 153c F6: "resigned, last day 20 Nov 2026"; Punjabi "ਕੰਪਨੀ ਛੱਡ ਗਏ" and Burmese "နုတ်ထွက်သွားပြီ", the
    people who left still in the project team."""
    from generator.questionnaire.tenure import departed, ends_on

    job = "Senior SRE; acting technical lead 3–28 Aug 2026; resigned, last day 20 Nov 2026"
    assert ends_on(job, dt.date(2026, 12, 1)) == dt.date(2026, 11, 20)
    assert not away(job, dt.date(2026, 10, 1)) and away(job, dt.date(2026, 12, 1)) and departed(job)
    for job in ("ਸਾਬਕਾ ਹੈੱਡ – ਓਪਰੇਸ਼ਨਜ਼ (14 ਅਗਸਤ 2026 ਨੂੰ ਕੰਪਨੀ ਛੱਡ ਗਏ)", "နည်းပညာခေါင်းဆောင် (ဟောင်း) — 2026-08-28 တွင် နုတ်ထွက်သွားပြီ",
                "ອະດີດ ຫົວໜ້າທີມ"):
        assert away(job) and departed(job), job
    assert not departed("ਹੈੱਡ – ਓਪਰੇਸ਼ਨਜ਼") and not away("ਹੈੱਡ – ਓਪਰੇਸ਼ਨਜ਼")


def test_russian_since_and_until_and_a_span_of_days_of_one_month() -> None:
    """Review 154c F1-F3: "спонсор проекта с 01.06.2026", "до 31.05.2026 — ... спонсор проекта", "acting Project
    Manager 13–17 April 2026"."""
    from generator.questionnaire.tenure import held_until, stood_in_from, took_on

    assert took_on("Операционный директор (спонсор проекта с 01.06.2026)") == dt.date(2026, 6, 1)
    assert took_on("Менеджер с 2026-01-01 по 2026-03-01") is None  # a time, not a start
    assert held_until("Вице-президент; до 31.05.2026 — коммерческий директор и спонсор проекта",
                      dt.date(2026, 11, 1)) == dt.date(2026, 5, 31)
    assert stood_in_from("Delivery Lead (acting Project Manager 13–17 April 2026)") == dt.date(2026, 4, 13)


def test_leaving_in_bengali_either_way_its_letters_are_typed() -> None:
    """Review 154a F8: "(২০২৬-১০-৩১ তারিখে প্রতিষ্ঠান ছেড়েছেন)", left the organisation, kept on the power/interest grid."""
    from generator.questionnaire.tenure import departed

    for rra in ("\u09a1\u09bc", "\u09dc"):
        job = f"আইটি অবকাঠামো প্রধান (২০২৬-১০-৩১ তারিখে প্রতিষ্ঠান ছে{rra}েছেন)"
        assert away(job) and departed(job)


def test_former_in_hindi_is_a_whole_word() -> None:
    """"पूर्वी क्षेत्र प्रमुख", the eastern region's head, begins with the letters of "पूर्व" (former): no former one."""
    from generator.questionnaire.tenure import departed

    assert not away("पूर्वी क्षेत्र प्रमुख") and not departed("पूर्वी क्षेत्र प्रमुख")
    assert away("पूर्व परियोजना प्रायोजक") and departed("पूर्व परियोजना प्रायोजक")


def test_hausa_jobs_say_who_left_who_is_former_and_from_and_until_when() -> None:
    """Review 155a F3, F5: "Tsohon Kwamishinan Kuɗi", the former commissioner, asked to approve version 1.1; "ya bar
    kamfanin 2026-09-30", left the company, kept in the power/interest grid; "tun" (since) and "zuwa" (to) not read."""
    from generator.questionnaire.tenure import departed, stood_in_from, stood_in_until, took_on

    assert departed("Tsohon Kwamishinan Kuɗi (Commissioner for Finance har zuwa cabinet reshuffle na 2026-07-14)")
    assert departed("Vendor Project Manager, Sahel Digital Systems Ltd (ya bar kamfanin 2026-09-30)")
    assert took_on("Kwamishiniyar Kuɗi (Commissioner for Finance tun 2026-07-21), Project Sponsor") == dt.date(2026, 7, 21)
    acting = "Mataimakin Daraktan ICT (acting Technical Lead 2026-05-25 zuwa 2026-07-10)"
    assert (stood_in_from(acting), stood_in_until(acting)) == (dt.date(2026, 5, 25), dt.date(2026, 7, 10))


def test_retired_describing_the_person_is_not_their_leaving() -> None:
    """Review 155a F5: "Member Panel volunteer (retired postman, 40 years a member)", an active volunteer, said to
    have left and dropped from the power/interest grid; "Sponsor (retired on 2026-05-31)" has."""
    from generator.questionnaire.tenure import away, departed

    volunteer = "Member Panel volunteer (retired postman, 40 years a member)"
    assert not departed(volunteer) and not away(volunteer)
    assert departed("Sponsor (retired on 2026-05-31)") and departed("CFO, retired 2026-05-31") and away("Retired")


def test_swahili_left_the_company() -> None:
    """Review 155b F2: "Product Owner (aliondoka kampuni tarehe 30/09/2026 – sasa yuko NCBA)", who left, in the
    project team for its stand-ups."""
    from generator.questionnaire.tenure import departed

    assert departed("Product Owner (aliondoka kampuni tarehe 30/09/2026 – sasa yuko NCBA)")
    assert departed("Mratibu (ameondoka kazini)") and not departed("Product Owner (Nairobi)")


def test_an_american_span_of_days_of_one_month_and_a_leave_not_yet_begun() -> None:
    """Review 157c F1: "on leave Aug 3–21, 2026" and "Acting PM Aug 3–21, 2026" not read: the project manager taken
    as away in March, her acting stand-in named owner and signer of every document."""
    from generator.questionnaire.tenure import away, stood_in_from, stood_in_until

    leave, acting = "Senior Project Manager (PMO) — on leave Aug 3–21, 2026", "Project Manager; Acting PM Aug 3–21, 2026"
    assert (stood_in_from(acting), stood_in_until(acting)) == (dt.date(2026, 8, 3), dt.date(2026, 8, 21))
    assert [away(leave, dt.date(2026, 3, 31)), away(leave, dt.date(2026, 8, 10)), away(leave, dt.date(2026, 9, 1))] == [
        False, True, False]


def test_kinyarwanda_resigned_last_day_and_since() -> None:
    """Review 157c F3: "Technical Lead (yeguye; umunsi wa nyuma w'akazi 30/06/2026)", resigned, on every distribution
    list; "kuva ku wa 20/07/2026" (since)."""
    from generator.questionnaire.tenure import departed, ends_on, took_on

    gone = "Technical Lead (yeguye; umunsi wa nyuma w'akazi 30/06/2026)"
    assert departed(gone) and ends_on(gone, dt.date(2026, 1, 1)) == dt.date(2026, 6, 30)
    assert took_on("Technical Lead (kuva ku wa 20/07/2026, yasimbuye Jean-Paul Habimana)") == dt.date(2026, 7, 20)


def test_somali_igbo_and_malagasy_left_and_last_day() -> None:
    """Review 159a F1: "Milkiilaha Alaabta (Product Owner) - waa iska casishay, maalinteedii ugu dambeysay
    2026-07-09", resigned, her last day, put in the project team and its scrum meetings."""
    from generator.questionnaire.tenure import departed, ends_on

    gone = "Milkiilaha Alaabta (Product Owner) - waa iska casishay, maalinteedii ugu dambeysay 2026-07-09"
    assert departed(gone) and ends_on(gone, dt.date(2026, 1, 1)) == dt.date(2026, 7, 9)
    assert departed("Injinia (ọ gbara arụkwaghịm na 2026-05-31)") and departed("Mpitantana (nametra-pialana)")
    assert not departed("Milkiilaha Alaabta (Product Owner)")


def test_isixhosa_retired_and_since() -> None:
    """Review 160b F1, F2: "UMphathi kaMasipala (Municipal Manager) - uthathe umhlala-phantsi ngomhla wama-2026-08-31"
    (retired) asked to approve a later version; "ukususela ngomhla we-2026-09-01" (since) not read, and the acting
    manager said to owe an approval of a version of April."""
    from generator.questionnaire.tenure import departed, took_on

    assert departed("UMphathi kaMasipala (Municipal Manager) - uthathe umhlala-phantsi ngomhla wama-2026-08-31")
    assert took_on("UMphathi kaMasipala obambeleyo (Acting Municipal Manager) ukususela ngomhla we-2026-09-01") \
        == dt.date(2026, 9, 1)
    assert not departed("UMphathi weProjekthi")


def test_a_us_stand_in_through_a_day_stands_in_from_its_start_only() -> None:
    """Review 161c F1: "Director, Credit Strategy (acting sponsor 7/13/2026 through 11/2/2026)" signed, standing in
    for the sponsor, decisions of March and June, before her leave began."""
    from generator.questionnaire.iso_dates import read_days_as
    from generator.questionnaire.tenure import away, stood_in_from, stood_in_until

    read_days_as("en-US")
    role = "Director, Credit Strategy (acting sponsor 7/13/2026 through 11/2/2026)"
    assert (stood_in_from(role), stood_in_until(role)) == (dt.date(2026, 7, 13), dt.date(2026, 11, 2))
    assert not away("VP, Credit Risk (project sponsor; on parental leave 7/13/2026 through 11/2/2026)",
                    dt.date(2026, 6, 1))


def test_a_luganda_leave_has_its_end() -> None:
    """Review 161b F1: "technical lead (yali ku maternity leave 2026-03-16 okutuusa 2026-07-10)" read as a leave with no
    end, and a stand-in said to sign for her on a decision of December 2025."""
    from generator.questionnaire.tenure import away

    role = "ICT Systems Manager; technical lead (yali ku maternity leave 2026-03-16 okutuusa 2026-07-10)"
    assert [away(role, day) for day in (dt.date(2025, 12, 5), dt.date(2026, 4, 1), dt.date(2026, 8, 1))] == [
        False, True, False]


def test_with_effect_from_is_since() -> None:
    """Review 157b F4: "Director General (w.e.f. 2nd March 2026; project sponsor from that date)" asked to sign the
    board's decision of 24 February."""
    from generator.questionnaire.tenure import took_on

    assert took_on("Director General (w.e.f. 2nd March 2026; project sponsor from that date)") == dt.date(2026, 3, 2)
    assert took_on("Head of ICT with effect from 1 April 2026") == dt.date(2026, 4, 1)


def test_nepali_resigned_last_working_day_and_since() -> None:
    """Review 158b F5: "Technical Lead (राजीनामा — अन्तिम कार्यदिन २०२६-०८-१४)", resigned, among the key stakeholders;
    "२०२६-०९-०१ देखि" (since)."""
    from generator.questionnaire.tenure import departed, ends_on, took_on

    gone = "Technical Lead (राजीनामा — अन्तिम कार्यदिन २०२६-०८-१४)"
    assert departed(gone) and ends_on(gone, dt.date(2026, 1, 1)) == dt.date(2026, 8, 14)
    assert took_on("Technical Lead (२०२६-०९-०१ देखि, अनिल थापाको स्थानमा)") == dt.date(2026, 9, 1)


def test_a_job_naming_the_one_its_holder_had_before() -> None:
    """Review 161a F2: "(previously Head of Member Services)": the holder was in the organization before the job."""
    from generator.questionnaire.tenure import held_before

    assert held_before("Product Owner from 2 February 2026 (previously Head of Member Services)")
    assert held_before("Product Owner depuis le 2 février 2026 (auparavant responsable du service membres)")
    assert not held_before("Product Owner from 2 February 2026") and not held_before(None)


def test_shona_and_central_kurdish_words_of_a_sponsor_who_left_and_one_who_took_over() -> None:
    """Reviews 162a F2, 162b F6: the former sponsor ("Sponsor kusvika 2026-07-31; akasiya kambani", "سپۆنسەر تا
    2026-08-31، گوازرایەوە بۆ وەزارەتی دارایی") asked to sign the new draft, and the new one ("سپۆنسەر لە 2026-09-01
    ەوە") said to owe an approval of version 1.0, approved before he took over."""
    import datetime as dt

    from generator.questionnaire.tenure import held_until, took_on

    shona = "Aimbova Chief Commercial Officer (Sponsor kusvika 2026-07-31; akasiya kambani)"
    kurdish = "بەڕێوەبەری گشتیی پێشووی تەکنەلۆجیای زانیاری (سپۆنسەر تا 2026-08-31، گوازرایەوە بۆ وەزارەتی دارایی)"
    assert held_until(shona, dt.date(2026, 12, 1)) == dt.date(2026, 7, 31) and away(shona, dt.date(2026, 12, 1))
    assert held_until(kurdish, dt.date(2026, 12, 1)) == dt.date(2026, 8, 31) and away(kurdish, dt.date(2026, 12, 1))
    assert took_on("بریکاری وەزارەت (سپۆنسەر لە 2026-09-01 ەوە)") == dt.date(2026, 9, 1)
    assert took_on("CIO, Sponsor kubva 2026-08-01") == dt.date(2026, 8, 1)


def test_twi_words_of_a_project_manager_handing_over() -> None:
    """Review 162c F1: "Project Manager (fi 2026-09-14)" and "na ɔyɛ Project Manager kosii 2026-09-11": the reports
    and forms before the handover named the successor as project manager."""
    import datetime as dt

    from generator.questionnaire.tenure import held_until, took_on

    assert took_on("Project Manager (fi 2026-09-14)") == dt.date(2026, 9, 14)
    assert held_until("Supply Chain Manager (na ɔyɛ Project Manager kosii 2026-09-11)",
                      dt.date(2026, 12, 1)) == dt.date(2026, 9, 11)


def test_a_sesotho_maternity_leave_and_its_end() -> None:
    """Review 163a F2: "phomolong ea bokhachane 2025-08-04 ho isa 2025-12-05" (on maternity leave, to): the reports of
    the leave named her as their owner, not the acting project manager."""
    import datetime as dt

    from generator.questionnaire.tenure import stood_in_until

    role = "Mookameli oa Projeke (PM) - phomolong ea bokhachane 2025-08-04 ho isa 2025-12-05"
    assert away(role, dt.date(2025, 9, 1)) and not away(role, dt.date(2026, 1, 10))
    assert stood_in_until("Acting Project Manager 2025-08-04 ho isa 2025-12-05") == dt.date(2025, 12, 5)


def test_a_role_held_until_its_holder_retired_on_a_day() -> None:
    """Review 163a F6: "project sponsor until he retired on 28 March 2025" read with no end: the board's decisions of
    January named no sponsor, the new one joining only in March."""
    import datetime as dt

    from generator.questionnaire.tenure import held_until

    assert held_until("Deputy Chief Executive (project sponsor until he retired on 28 March 2025)",
                      dt.date(2025, 1, 10)) == dt.date(2025, 3, 28)


def test_a_job_left_on_a_day_is_left_from_that_day() -> None:
    """Review 163b F2: "left the bank 2026-07-31": the owner flagged in the reports from then on, not before."""
    import datetime as dt

    from generator.questionnaire.tenure import left_by

    role = "Senior Windows Engineer (left the bank 2026-07-31; not yet backfilled)"
    assert left_by(role) and left_by(role, dt.date(2026, 8, 28)) and not left_by(role, dt.date(2026, 6, 30))
    assert not left_by("Senior Windows Engineer") and left_by("Former sponsor", dt.date(2020, 1, 1))


def test_maori_words_of_a_sponsor_who_retired_and_one_who_took_over() -> None:
    """Review 164a F2: "kaitautoko tuatahi; i rītaia 2025-09-30" (first sponsor; retired) asked to approve and sign the
    closing charter; "kaitautoko mai i 2025-10-01" (sponsor from)."""
    import datetime as dt

    from generator.questionnaire.tenure import held_until, took_on

    retired = "Tumu Whakahaere Mahi (COO) — kaitautoko tuatahi; i rītaia 2025-09-30"
    assert held_until(retired, dt.date(2025, 7, 2)) == dt.date(2025, 9, 30)
    assert away(retired, dt.date(2026, 9, 7)) and not away(retired, dt.date(2025, 7, 2))
    assert took_on("GM Network Operations — kaitautoko mai i 2025-10-01") == dt.date(2025, 10, 1)


def test_welsh_words_of_one_who_left() -> None:
    """Review 164c F4: "Peiriannydd DevOps (gadawodd y Gymdeithas 2026-05-29)" kept to be monitored in the grid."""
    from generator.questionnaire.tenure import departed

    assert departed("Peiriannydd DevOps (gadawodd y Gymdeithas 2026-05-29)") and not departed("Peiriannydd DevOps")


def test_tongan_and_tajik_words_of_one_who_left_and_a_secondment_that_is_no_leaving() -> None:
    """Reviews 165a F1, 165b F2: "naʻe mālōlō mei he ngāue 2026-03-31; sponsor ki he 2026-03-31" (retired; sponsor
    until) asked to sign version 1.4; "Сардори собиқи ... аз бонк рафт" (former head, left the bank) a key
    stakeholder; review 165c F1: "seconded to the national imaging programme" said to have left the NHS board."""
    import datetime as dt

    from generator.questionnaire.tenure import departed, held_until, took_on

    tongan = "ʻŌfisa Pule Lahi (CEO) – naʻe mālōlō mei he ngāue 2026-03-31; sponsor ki he 2026-03-31"
    assert departed(tongan) and held_until(tongan, dt.date(2026, 1, 1)) == dt.date(2026, 3, 31)
    assert took_on("ʻŌfisa Pule Lahi (CEO) mei he 2026-04-01; sponsor foʻou") == dt.date(2026, 4, 1)
    assert departed("Сардори собиқи шуъбаи инфрасохтори ТИ — 15.07.2026 аз бонк рафт")
    assert away("Скрам-мастер (дар рухсатии декретӣ аз 05.10.2026 то 30.09.2027)", dt.date(2026, 11, 30))
    seconded = "Consultant Radiologist (product owner until 2026-06-30; seconded to the imaging programme from 2026-07-01)"
    assert away(seconded, dt.date(2026, 11, 1)) and not departed(seconded)
