"""Hints naming a cost pmdocs reads from a request's words where impact.cost is not answered."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run

ROOT = Path(__file__).resolve().parents[2]


def _with_request(request: str) -> str:
    """Return the first example project's questionnaire with one more change request, as YAML text."""
    text = sorted((ROOT / "content" / "projects").glob("*.yaml"))[0].read_text(encoding="utf-8")
    assert "\n  requests:\n" in text
    return text.replace("\n  requests:\n", "\n  requests:\n" + request, 1)


def _request(words: str, funding: str = "budget-increase", cost: str = "") -> str:
    return ("    - id: CR-090\n      title: Dataset and budget increase\n      requested_by: Dana Ortiz\n"
            f"      date: 2026-03-02\n      description: \"{words}\"\n      impact:\n{cost}"
            f"        funding: {funding}\n      status: approved\n"
            "      decision:\n        by: board\n        date: 2026-03-10\n")


def test_an_increase_read_from_its_words_is_hinted_at() -> None:
    """Review 150c F1: "layihə büdcəsi 180 000 AZN artırılır (yeni ümumi büdcə ...)", funding: budget-increase, no
    cost: the documents count the increase the words give, and validate says so, at impact.cost."""
    first = run(_with_request(_request("New deliverable.")))
    assert first.questionnaire is not None and first.questionnaire.project.budget is not None
    amount = first.questionnaire.project.budget.amount
    words = f"New deliverable; the project budget grows from {amount:.0f} to {amount + 45_000:.0f}."
    result = run(_with_request(_request(words)))
    found = [d for d in (*result.diagnostics, *result.hints) if "CR-090" in d.message and "has no cost answered" in d.message]
    assert len(found) == 1 and "budget increase of" in found[0].message and "45,000" in found[0].message
    assert result.questionnaire is not None and result.questionnaire.change_control is not None
    request = next(cr for cr in result.questionnaire.change_control.requests if cr.id == "CR-090")
    assert request.impact is not None and request.impact.cost == 45_000
    # a cost answered is the answer, and no hint
    answered = run(_with_request(_request(words, cost="        cost: 30000\n")))
    assert not [d for d in (*answered.diagnostics, *answered.hints) if "has no cost answered" in d.message]


def test_a_cut_whose_words_give_no_new_total_read_is_hinted_at() -> None:
    """Review 150a F1: "Smanjenje budžeta", its new total only in words ("jedan milion šezdeset hiljada"), cost 0: the
    budget kept in every document and validate silent."""
    request = ("    - id: CR-091\n      title: Smanjenje budžeta\n      requested_by: Dana Ortiz\n"
               "      date: 2026-03-02\n      description: \"Novi ukupni budžet iznosi jedan milion KM.\"\n"
               "      impact:\n        cost: 0\n      status: approved\n"
               "      decision:\n        by: board\n        date: 2026-03-10\n")
    result = run(_with_request(request))
    found = [d for d in (*result.diagnostics, *result.hints) if "CR-091" in d.message and "reads as a cut" in d.message]
    assert len(found) == 1 and "negative impact.cost" in found[0].message
    # its new total in figures: read, and no such hint
    assert result.questionnaire is not None and result.questionnaire.project.budget is not None
    amount = result.questionnaire.project.budget.amount
    figures = run(_with_request(request.replace("jedan milion KM", f"{amount - 20_000:.0f} KM")))
    assert not [d for d in (*figures.diagnostics, *figures.hints) if "reads as a cut" in d.message]


def test_a_total_split_between_the_reserve_and_a_grant_is_hinted_at() -> None:
    """Review 151b F3: a request with no cost whose words split a total between the contingency and a grant."""
    words = "Total EUR 38,000: EUR 14,000 from the project contingency and EUR 24,000 from the state innovation grant."
    result = run(_with_request(_request(words, funding="contingency").replace("        funding: contingency\n", "")))
    found = [d for d in (*result.diagnostics, *result.hints) if "CR-090" in d.message and "has no cost answered" in d.message]
    assert len(found) == 1 and "38,000" in found[0].message
