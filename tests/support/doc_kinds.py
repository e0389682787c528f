"""A document kind a user adds with one template: a decision record per entry of the questionnaire's decision log."""

from __future__ import annotations

DECISIONS = """
decisions:
  - id: D-01
    date: 2027-01-10
    decision: Keep the legacy CRM read-only until cut-over
    by: board
  - id: D/02
    date: 2027-02-01
    decision: Use the vendor's bulk loader
    by: board
    rationale: It is twice as fast
"""
DECISION_TEMPLATE = """{#- pmdocs
title: Decision record
abbr: DR
order: 70
each: decisions
id_field: id
folder: decisions
as: decision
entry_title: Decision {id}
-#}
# Decision {{ decision.id|heading }}: {{ p.name }}

{{ decision.decision }} ({{ entry.date }}, {{ doc.title }})
"""
