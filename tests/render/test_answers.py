"""The answers' language: answer text tagged where it differs from the documents', pmdocs's own words never."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from generator.ir.nodes import Lang, Text
from generator.ir.reader import parse
from generator.ir.visitor import plain_text
from generator.questionnaire.model import Questionnaire
from generator.render.answers import answer_texts, same_language, tagging
from generator.render.templates import render_project
from generator.view.context import build_context
from tests.conftest import EXAMPLES, ROOT, mutate, run
from tests.support.packs import load


def in_german(q: Questionnaire) -> Questionnaire:
    """Return the questionnaire with its answers said to be German."""
    return dataclasses.replace(q, project=dataclasses.replace(q.project, language="de"))


def lang_nodes(node: object) -> list[Lang]:
    """Return every Lang node in a document tree or any part of it, however deep."""
    if isinstance(node, tuple):
        return [found for part in node for found in lang_nodes(part)]
    if not dataclasses.is_dataclass(node):
        return []
    inner = [found for f in dataclasses.fields(node) for found in lang_nodes(getattr(node, f.name))]
    return [node, *inner] if isinstance(node, Lang) else inner


def spans(markdown: str) -> list[str]:
    """Return the text of every German Lang node of a document, read back as the writers read it."""
    return [plain_text(node.children) for node in lang_nodes(parse(markdown)) if node.lang == "de"]


@pytest.mark.parametrize("first,second,same", [
    ("en", "en", True), ("en", "en-GB", True), ("EN-gb", "en", True), ("en-XA", "en", True),
    ("de", "en", False), ("zh-Hans", "zh-Hant", False), ("pt-BR", "pt", True),
])
def test_one_tag_covers_another_of_the_same_language(first: str, second: str, same: bool) -> None:
    assert same_language(first, second) is same and same_language(second, first) is same


def test_the_answers_are_the_free_text_with_words(q: Questionnaire) -> None:
    texts = set(answer_texts(q))
    assert {q.project.name, q.project.summary, q.people[0].name, q.people[0].role,
            q.scope.deliverables[0].acceptance[0]} <= texts
    not_prose = {q.project.code, q.project.methodology, q.project.type, q.project.status, q.project.language,
                 q.people[0].email, q.risks[0].likelihood, "board"}
    assert not texts & not_prose
    assert all(re.search(r"[^\W\d_]", text) for text in texts)  # '1.0' has no language


def test_nothing_is_tagged_when_the_answers_are_in_the_documents_language(q: Questionnaire) -> None:
    assert tagging(build_context(q)) is None
    assert tagging(build_context(dataclasses.replace(q, project=dataclasses.replace(q.project, language="en-GB")))) is None
    for path in EXAMPLES:
        assert all("<span lang=" not in doc.markdown for doc in render_project(load(path)))


def test_a_name_in_another_script_is_tagged_with_its_persons_language(q: Questionnaire) -> None:
    """Reviews 95c F3, 96b F6: "黄丽华" (reading zh-Hans-SG) among English answers went untagged, and set in a
    Japanese font; "佐藤 健太" (reading ja) among Spanish answers was tagged es-MX."""
    person = dataclasses.replace(q.people[-1], name="黄丽华", language="zh-Hans-SG")
    kept = [p for p in q.people if p.name != q.people[-1].name]
    chinese = dataclasses.replace(q, people=[*kept, person])
    charter = next(d.markdown for d in render_project(chinese) if d.slug == "project-charter")
    assert '<span lang="zh-Hans-SG">黄丽华</span>' in charter
    assert {(node.lang, plain_text(node.children)) for node in lang_nodes(parse(charter))} == {
        ("zh-Hans-SG", "黄丽华")}  # nothing else tagged in an English pack
    spanish = dataclasses.replace(chinese, project=dataclasses.replace(q.project, language="es-MX"),
                                  people=[*kept, dataclasses.replace(person, name="佐藤 健太", language="ja")])
    charter = next(d.markdown for d in render_project(spanish) if d.slug == "project-charter")
    assert '<span lang="ja">佐藤 健太</span>' in charter and '<span lang="es-MX">佐藤 健太</span>' not in charter


def test_a_german_questionnaires_answers_are_tagged_and_pmdocs_words_are_not(q: Questionnaire) -> None:
    german = in_german(q)
    found = tagging(build_context(german))
    assert found is not None and found.lang == "de"
    docs = {doc.slug: doc.markdown for doc in render_project(german)}
    charter = docs["project-charter"]
    assert charter.startswith(f'# Project charter: <span lang="de">{q.project.name}</span>\n')  # a heading
    assert f'| Project | <span lang="de">{q.project.name}</span> ({q.project.code}) |' in charter  # a table cell
    assert f'<span lang="de">{q.project.summary}</span>' in charter  # a paragraph
    tagged = spans(charter)
    assert q.project.name in tagged and q.people[0].role in tagged and q.project.summary in tagged
    pmdocs_words = ("Project charter", "Document control", "Scrum", "project manager", q.project.code, "Yes", "No")
    assert not [text for text in tagged if text in pmdocs_words]
    for markdown in docs.values():
        assert "<span lang" not in re.sub(r'<span lang="de">[^<]*</span>', "", markdown.replace("<br>", "\n"))


def test_a_forged_span_in_an_answer_stays_literal_text(example: str) -> None:
    forged = '<span lang="fr">Bonjour</span> </span> <span lang="de">'
    text = mutate(example, "  methodology: scrum", "  methodology: scrum\n  language: de")
    text = mutate(text, "  name: Acme Corp", f"  name: '{forged}'")
    q = run(text).questionnaire
    assert q is not None
    charter = next(d.markdown for d in render_project(q) if d.slug == "project-charter")
    assert '<span lang="fr">' not in charter
    [row] = [line for line in charter.splitlines() if line.startswith("| Organization |")]
    tagged = lang_nodes(parse(f"| A | B |\n|---|---|\n{row}\n"))
    assert tagged[0] == Lang("de", (Text(forged),)) and [node.lang for node in tagged] == ["de", "de"]  # and department


def test_latin_letters_among_answers_in_another_script_are_not_tagged_as_that_language() -> None:
    """Review 33 F12: "Daniel Okafor" among Japanese answers was tagged ja, and Word broke it mid-name."""
    from generator.render.answers import Tagging

    japanese = Tagging.of("ja", frozenset({"Daniel Okafor", "山本 美咲", "KessaiPro 連携定例"}))
    assert japanese.tag("Daniel Okafor", "Daniel Okafor") == "Daniel Okafor"
    assert japanese.tag("山本 美咲", "山本 美咲") == '<span lang="ja">山本 美咲</span>'
    assert japanese.tag("KessaiPro 連携定例", "KessaiPro 連携定例") == '<span lang="ja">KessaiPro 連携定例</span>'
    serbian = Tagging.of("sr-Latn-RS", frozenset({"Nikola Petrović"}))  # Serbian written in Latin letters: tagged
    assert serbian.tag("Nikola Petrović", "Nikola Petrović") == '<span lang="sr-Latn-RS">Nikola Petrović</span>'
    assert Tagging.of("de", frozenset({"Daniel"})).tag("Daniel", "Daniel") == '<span lang="de">Daniel</span>'
    # review 110a F8: Vietnamese marks every phrase; "Jan de Vries" and "weekly" among its answers are no Vietnamese
    vietnamese = Tagging.of("vi", ("Jan de Vries", "weekly", "Trần Minh Quân"))
    assert vietnamese.tag("Jan de Vries", "Jan de Vries") == "Jan de Vries"
    assert vietnamese.tag("Trần Minh Quân", "Trần Minh Quân") == '<span lang="vi">Trần Minh Quân</span>'


def test_pmdocs_words_that_equal_an_answer_are_not_tagged() -> None:
    """Review 43: "Sponsor" as the charter's own label was tagged pl because a person's role was answered
    "Sponsor"; an answer is the text the questionnaire holds, not any text with its letters."""
    text = mutate((ROOT / "content" / "projects" / "ml-2027.yaml").read_text(encoding="utf-8"), "role: Director of Supply Chain",
                  "role: Sponsor")
    q = run(mutate(text, "  methodology: ", "  language: pl\n  methodology: ")).questionnaire
    assert q is not None
    charter = next(d.markdown for d in render_project(q) if d.slug == "project-charter")
    register = [line for line in charter.splitlines() if line.startswith('| <span lang="pl">Helena Marsh</span> |')]
    assert register and all('| <span lang="pl">Sponsor</span> |' in line for line in register)  # her answered role
    signatures = [line for line in charter.splitlines() if line.startswith("| Sponsor |")]
    assert signatures and all('<span lang="pl">Helena Marsh</span>' in line for line in signatures)
    assert '<span lang="pl">Sponsor</span> | <span lang="pl">Helena' not in charter  # the label is pmdocs's word


def test_an_item_in_a_language_of_its_own_is_tagged_in_it_or_not_at_all(q: Questionnaire) -> None:
    """Review 80c F5: a Portuguese pack's item answered "language: en" was tagged as Portuguese; review 81a F6: an
    English pack's item held in French is still described in English."""
    assert q.communication is not None and q.communication.items
    item = q.communication.items[0]

    def with_item(base: Questionnaire, language: str) -> Questionnaire:
        own = dataclasses.replace(item, language=language)
        return dataclasses.replace(base, communication=dataclasses.replace(
            base.communication, items=[own, *base.communication.items[1:]]))  # type: ignore[union-attr]

    german = in_german(q)
    english_item = with_item(german, "en")
    found = tagging(build_context(english_item))
    assert found is not None and english_item.communication is not None
    name = english_item.communication.items[0].name
    assert found.tag(name, "x") == "x" and found.tag(english_item.project.name, "x") == '<span lang="de">x</span>'
    plan = next(d.markdown for d in render_project(english_item) if d.slug == "communication-plan")
    assert f"| {name} |" in plan
    # review 81a F6: an English pack's item held in French is described in English, as any answer: not tagged
    assert tagging(build_context(with_item(q, "fr-CA"))) is None


def test_an_answer_in_another_script_than_its_languages_is_not_tagged_as_that_language() -> None:
    """Review 119a F9: "王海涛" among Mongolian answers was tagged mn and set in a Japanese font; review 119c F8:
    "Nguyễn Văn Hùng" among Khmer answers was tagged km."""
    from generator.render.answers import Tagging

    mongolian = Tagging.of("mn", ("王海涛", "Хятадаас ирэх gateway", "Chloe Nguyen"))
    assert mongolian.tag("王海涛", "王海涛") == "王海涛"
    assert mongolian.tag("Хятадаас ирэх gateway", "x") == '<span lang="mn">x</span>'
    khmer = Tagging.of("km", ("Nguyễn Văn Hùng", "ចាន់ សុភា"))
    assert khmer.tag("Nguyễn Văn Hùng", "x") == "x" and khmer.tag("ចាន់ សុភា", "x") == '<span lang="km">x</span>'


def test_a_team_read_out_of_a_measure_is_tagged_as_the_measure_and_a_person_as_themself(q: Questionnaire) -> None:
    """Review 144b F1: "measured by 調達部, as recorded", the team read out of a Japanese measure, was untagged."""
    german = in_german(q)
    due = dataclasses.replace(german.objectives[0], due=german.project.end + dt.timedelta(days=30),
                              measure="Durchlaufzeit unter 4 Stunden, gemessen nach Projektende vom Einkaufsbüro")
    after = dataclasses.replace(german, objectives=[due, *german.objectives[1:]])
    charter = next(d.markdown for d in render_project(after) if d.slug == "project-charter")
    assert 'measured by <span lang="de">Einkaufsbüro</span>, as recorded' in charter
    person = german.people[0].name
    named = dataclasses.replace(due, measure=f"Durchlaufzeit unter 4 Stunden, gemessen von {person}")
    charter = next(d.markdown for d in render_project(dataclasses.replace(after, objectives=[
        named, *german.objectives[1:]])) if d.slug == "project-charter")
    assert f'measured by <span lang="de">{person}</span>, as recorded' in charter


def test_an_items_text_its_own_language_cannot_hold_is_tagged_in_the_answers_language(q: Questionnaire) -> None:
    """Review 144b F3: a meeting held in English ("language: en") printed its Japanese words, and its Spanish ones
    with accents, untagged, for a screen reader to read with an English voice."""
    assert q.communication is not None and q.communication.items
    item = q.communication.items[0]

    def tagged(language: str, channel: str) -> str:
        held = dataclasses.replace(item, language="en", channel=channel)
        answered = dataclasses.replace(q, project=dataclasses.replace(q.project, language=language),
                                       communication=dataclasses.replace(q.communication,
                                                                         items=[held, *q.communication.items[1:]]))
        found = tagging(build_context(answered))
        assert found is not None and answered.communication is not None
        return found.tag(answered.communication.items[0].channel, "x")

    assert tagged("ja", "Teams(ブリッジSE同席、英語)") == '<span lang="ja">x</span>'
    assert tagged("ja", "Teams") == "x"
    assert tagged("es-PE", "Videollamada en inglés") == '<span lang="es-PE">x</span>'
    assert tagged("es-PE", "Teams call") == "x"
