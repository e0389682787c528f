"""Decided or serious records left without what the documents show of them: one class per check, warning and quiet cases."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostic, Severity, format_path
from tests.conftest import line_of, mutate, run

STATUS = "      status: approved                            # proposed | under-review | approved | rejected | deferred | implemented"
DESCRIPTION = "      description: Carry the marketing opt-in flag per contact\n"
IMPACT_SCOPE = "        scope: Adds one field to the migrated model\n"
DECISION = "      decision:                                   # required once status"
RISK_OWNER = "    owner: Lee Chen                               # a person\n    id: R-01"
LIKELIHOOD = "    likelihood: high                              # low | medium | high"
IMPACT = "    impact: medium                                # low | medium | high"
RISK_STATUS = "    status: open                                  # optional; open | occurred | closed (default open)"


def warnings(text: str) -> list[Diagnostic]:
    """Return a text's diagnostics, checked to be warnings only (the file is still usable)."""
    result = run(text)
    assert result.ok(), [d.format() for d in result.diagnostics]
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)
    return result.diagnostics


class TestApprovedChangeWithoutItsEffect:
    """An approved or implemented request must say what changes and what it does to the scope."""

    @pytest.mark.parametrize("status", ["approved", "implemented"])
    def test_no_description_warns_at_the_status(self, clean: str, status: str) -> None:
        text = mutate(mutate(clean, DESCRIPTION, ""), STATUS, f"      status: {status}")
        [warning] = warnings(text)
        assert format_path(warning.path) == "change_control.requests[0].description"
        assert warning.mark.line == line_of(text, f"      status: {status}")
        assert f"request 'CR-001' is {status} with no description" in warning.message
        assert "add description:" in warning.message
        assert warning.format().startswith(f"q.yaml:{warning.mark.line}:")

    def test_no_scope_effect_warns_at_the_status(self, clean: str) -> None:
        text = mutate(clean, IMPACT_SCOPE, "")
        [warning] = warnings(text)
        assert format_path(warning.path) == "change_control.requests[0].impact.scope"
        assert warning.mark.line == line_of(text, STATUS)
        assert "no recorded effect on scope" in warning.message and "scope statement cannot show what changed" in warning.message
        assert "add impact.scope:" in warning.message

    def test_no_impact_at_all_and_no_description_warn_three_times(self, clean: str) -> None:
        start = clean.index("      impact:\n")
        text = clean[:start] + clean[clean.index("      priority:", start):]
        text = mutate(text, DESCRIPTION, "")
        found = warnings(text)
        assert sorted(format_path(w.path) for w in found) == [
            "change_control.requests[0].description", "change_control.requests[0].impact.cost",
            "change_control.requests[0].impact.scope"]
        assert any(w.message.startswith("request 'CR-001' is approved with no assessed cost or effect on the schedule: "
                                        "the change log's totals leave it out; add impact.cost: and "
                                        "impact.schedule_days: (0 when there is none)") for w in found)

    def test_no_cost_alone_warns_about_the_cost(self, clean: str) -> None:
        """Review 25 F1: an approved request nobody costed passed without a word."""
        text = mutate(clean, "        cost: 8000\n", "")
        [warning] = warnings(text)
        assert format_path(warning.path) == "change_control.requests[0].impact.cost"
        assert warning.mark.line == line_of(text, STATUS)
        assert "is approved with no assessed cost: the change log's totals leave it out" in warning.message

    @pytest.mark.parametrize("status", ["proposed", "under-review", "rejected", "deferred"])
    def test_an_undecided_or_refused_request_needs_neither(self, clean: str, status: str) -> None:
        text = mutate(mutate(clean, DESCRIPTION, ""), IMPACT_SCOPE, "")
        text = mutate(text, STATUS, f"      status: {status}")
        if status in ("proposed", "under-review"):
            text = text[: text.index(DECISION)] + text[text.index("\nglossary:"):]
        else:
            text = mutate(text, "        notes: Approved within contingency", f"        notes: {status.capitalize()} by the board")
        assert run(text).diagnostics == [], [d.format() for d in run(text).diagnostics]

    def test_a_scope_effect_of_none_is_recorded(self, clean: str) -> None:
        assert run(mutate(clean, IMPACT_SCOPE, "        scope: none\n")).diagnostics == []


class TestHighRiskWithoutOwner:
    """An open risk rated high in likelihood or impact needs an owner."""

    @pytest.mark.parametrize("likelihood,impact,rating", [
        ("high", "medium", "likelihood high"),
        ("low", "high", "impact high"),
        ("high", "high", "likelihood high and impact high"),
    ])
    def test_warns_at_the_high_rating(self, clean: str, likelihood: str, impact: str, rating: str) -> None:
        text = mutate(clean, RISK_OWNER, "    id: R-01")
        text = mutate(mutate(text, LIKELIHOOD, f"    likelihood: {likelihood}"), IMPACT, f"    impact: {impact}")
        [warning] = warnings(text)
        assert format_path(warning.path) == "risks[0].owner"
        key = "likelihood" if likelihood == "high" else "impact"
        assert warning.mark.line == line_of(text, f"    {key}: high")
        assert f"risk R-01 is rated {rating} but has no owner" in warning.message and "add owner:" in warning.message

    def test_occurred_risk_warns(self, clean: str) -> None:
        text = mutate(mutate(clean, RISK_OWNER, "    id: R-01"), RISK_STATUS, "    status: occurred")
        assert [format_path(w.path) for w in warnings(text)] == ["risks[0].owner"]

    def test_the_default_id_is_named(self, clean: str) -> None:
        text = mutate(clean, RISK_OWNER, "    # no owner, no id")
        assert "risk R-01 is rated" in warnings(text)[0].message

    @pytest.mark.parametrize("edit", [
        (LIKELIHOOD, "    likelihood: medium"),  # medium/medium: the hint names the key, no warning
        (RISK_STATUS, "    status: closed"),  # nobody needs to watch a closed risk
    ])
    def test_quiet_when_not_high_or_closed(self, clean: str, edit: tuple[str, str]) -> None:
        text = mutate(mutate(clean, RISK_OWNER, "    id: R-01"), *edit)
        result = run(text)
        assert result.diagnostics == [], [d.format() for d in result.diagnostics]

    def test_an_unknown_owner_is_an_error_only(self, clean: str) -> None:
        text = mutate(clean, RISK_OWNER, "    owner: Lee Chan\n    id: R-01")
        assert [d.severity for d in run(text).diagnostics] == [Severity.ERROR]

    def test_the_warning_replaces_the_owner_hint(self, clean: str) -> None:
        result = run(mutate(clean, RISK_OWNER, "    id: R-01"))
        assert not any(format_path(h.path) == "risks[0].owner" for h in result.hints)


CONTINGENCY = "    contingency: Extend the reconciliation sprint by one week  # optional; what happens if it occurs\n"
ISSUE_TEXT = "    issue: CRM-East export API is rate-limited to 10 requests a second  # required"


class TestOccurredRiskWithoutResponse:
    """(c) A risk that has occurred needs a response on record: its contingency, or an issue in the issue log."""

    def occurred(self, clean: str) -> str:
        """Return the clean text with its risk occurred and no contingency."""
        return mutate(mutate(clean, RISK_STATUS, "    status: occurred"), CONTINGENCY, "")

    def test_warns_at_the_status(self, clean: str) -> None:
        text = self.occurred(clean)
        [warning] = warnings(text)
        assert format_path(warning.path) == "risks[0].contingency"
        assert warning.mark.line == line_of(text, "    status: occurred")
        assert warning.message == ("risk R-01 has occurred but has no contingency, and no issue's text names R-01: the "
                                   "risk register would show it happening with no response; add contingency: (what "
                                   "is done now), or name R-01 in the issue: text of the issue it became (or add that "
                                   "issue)")  # review 42b F6: an issue that does not name it may be it

    def test_warns_when_there_is_no_issue_log(self, clean: str) -> None:
        text = self.occurred(clean)
        text = text[: text.index("issues:  ")] + text[text.index("technical_debt:  "):]
        assert [format_path(w.path) for w in warnings(text)] == ["risks[0].contingency"]

    @pytest.mark.parametrize("issue", [
        "Risk R-01 has occurred, 4% of records fail validation",  # names the risk's ID
        "r-01 occurred",  # in any case
        "Legacy data quality far worse than the sample showed",  # most of the risk's words
    ])
    def test_quiet_when_an_issue_is_recorded_for_it(self, clean: str, issue: str) -> None:
        text = mutate(self.occurred(clean), ISSUE_TEXT, f"    issue: {issue}")
        assert run(text).diagnostics == [], [d.format() for d in run(text).diagnostics]

    @pytest.mark.parametrize("issue", ["R-011 is late", "HR-01 form missing", "Data export is slow"])
    def test_an_issue_about_something_else_is_not_its_response(self, clean: str, issue: str) -> None:
        text = mutate(self.occurred(clean), ISSUE_TEXT, f"    issue: {issue}")
        assert [format_path(w.path) for w in warnings(text)] == ["risks[0].contingency"]

    def test_quiet_with_a_contingency(self, clean: str) -> None:
        assert run(mutate(clean, RISK_STATUS, "    status: occurred")).diagnostics == []

    @pytest.mark.parametrize("status", ["open", "closed"])
    def test_quiet_when_it_has_not_occurred(self, clean: str, status: str) -> None:
        text = mutate(mutate(clean, RISK_STATUS, f"    status: {status}"), CONTINGENCY, "")
        assert run(text).diagnostics == []
