"""(d) A change request that names an item the scope excludes: a hint at its title, quiet when its record says so."""

from __future__ import annotations

import pytest

from generator.diagnostics import format_path
from tests.conftest import line_of, mutate, run
from tests.questionnaire.conftest import only_hint

TITLE = "      title: Add marketing consent fields         # required"
DESCRIPTION = "      description: Carry the marketing opt-in flag per contact"
OUT = "  out: [Marketing automation, Invoice history]"
APPROVED = "      status: approved                            # proposed"
NOTES = "        notes: Approved within contingency"


def test_an_approved_request_naming_an_excluded_item(complete: str) -> None:
    text = mutate(complete, TITLE, "      title: Add marketing automation for consent")
    hint = only_hint(text)
    assert format_path(hint.path) == "change_control.requests[0].title"
    assert hint.mark.line == line_of(text, "      title: Add marketing automation")
    assert hint.message == (f"request 'CR-001' names 'Marketing automation', which the scope excludes (scope.out, "
                            f"line {line_of(text, OUT)}): it has been approved, so move the item from scope.out to "
                            "scope.in and say in its impact.scope: that it adds excluded scope")


def test_the_description_counts_too(complete: str) -> None:
    text = mutate(complete, DESCRIPTION, "      description: Carry the invoice history per contact")
    assert "names 'Invoice history'" in only_hint(text).message


@pytest.mark.parametrize("status,notes", [("rejected", "Declined by the board"), ("deferred", "Deferred to Q3")])
def test_an_undecided_or_refused_request_would_add_it(complete: str, status: str, notes: str) -> None:
    text = mutate(complete, TITLE, "      title: Add marketing automation for consent")
    text = mutate(mutate(text, APPROVED, f"      status: {status}   # proposed"), NOTES, f"        notes: {notes}")
    message = only_hint(text).message
    assert message.endswith("the change would add excluded scope; say so in its impact.scope: (or reword it if it "
                            "does not)"), message


@pytest.mark.parametrize("where,old,new", [
    ("impact", "        scope: Adds one field to the migrated model", "        scope: Adds marketing automation, out of scope so far"),
    ("notes", NOTES, "        notes: Approved although excluded in the charter"),
    ("reason", "      reason: New regulation from 2027-04", "      reason: Not in scope before the new regulation"),
])
def test_quiet_when_its_record_already_says_so(complete: str, where: str, old: str, new: str) -> None:
    text = mutate(mutate(complete, TITLE, "      title: Add marketing automation for consent"), old, new)
    assert run(text).hints == [], [h.format() for h in run(text).hints]


@pytest.mark.parametrize("title", ["Add marketing consent fields", "Automate the consent import",
                                   "Historic invoices stay read-only"])
def test_quiet_when_only_some_words_match(complete: str, title: str) -> None:
    text = mutate(complete, TITLE, f"      title: {title}")
    assert run(text).hints == [], [h.format() for h in run(text).hints]


def test_a_compound_of_the_same_head(complete: str) -> None:
    text = mutate(complete, OUT, "  out: [Ersatzteilkatalog, Invoice history]")
    text = mutate(text, TITLE, "      title: Ersatzteilverfügbarkeit anzeigen")
    assert "names 'Ersatzteilkatalog'" in only_hint(text).message


def test_an_item_of_common_words_only_is_never_named(complete: str) -> None:
    text = mutate(complete, OUT, "  out: [The other one, Invoice history]")
    text = mutate(text, TITLE, "      title: Add the other one")
    assert run(text).hints == []


@pytest.mark.parametrize("scope", ["Marketing automation, aujourd'hui exclu, entre dans le périmètre",
                                   "Brings the marketing automation into scope"])
def test_an_effect_on_scope_naming_the_item_says_so_in_any_language(complete: str, scope: str) -> None:
    """Review 40b F4: the hint asked to say in impact.scope what impact.scope said already (in French)."""
    text = mutate(complete, TITLE, "      title: Add marketing automation for consent")
    text = mutate(text, "        scope: Adds one field to the migrated model", f'        scope: "{scope}"')
    assert not [h for h in run(text).hints if "scope excludes" in h.message]


def test_a_request_that_says_out_of_scope_in_polish_or_korean_is_not_hinted_at() -> None:
    """Review 98b F6: "Nowa aplikacja mobilna – poza zakresem projektu" was asked to say it adds excluded scope."""
    from generator.questionnaire.check_scope import SAID_OUT

    for text in ("Nowa aplikacja mobilna – poza zakresem projektu", "범위 외 기능 추가", "fuori dall'ambito del progetto",
                 "fora do escopo", "対象外の機能"):
        assert SAID_OUT.search(text), text


def test_out_of_scope_said_in_burmese_punjabi_and_russian_is_not_hinted_at() -> None:
    """Reviews 153a F12, 153c F11: "scope ပြင်ပ အလုပ် အသစ်", "ਇਹ scope ਤੋਂ ਬਾਹਰ ਵਾਲੀ ਚੀਜ਼ ਜੋੜੇਗਾ" asked to say they add
    excluded scope."""
    from generator.questionnaire.check_scope import SAID_OUT

    for text in ("scope ပြင်ပ အလုပ် အသစ်", "ਇਹ scope ਤੋਂ ਬਾਹਰ (scope.out) ਵਾਲੀ ਚੀਜ਼ ਜੋੜੇਗਾ", "работы вне рамок проекта",
                 "परियोजना के दायरे से बाहर"):
        assert SAID_OUT.search(text), text
    assert not SAID_OUT.search("ਨਵਾਂ HR ਮੋਡਿਊਲ")
