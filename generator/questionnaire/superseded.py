"""Logged decisions a later one replaces: "Supersedes D-02 – use 4-hour windows instead of 6-hour windows"."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from generator.questionnaire import model as m
from generator.questionnaire.mentions import IdFinder, id_pattern

# words saying a decision replaces an earlier one, right before its ID ("supersedes D-02", "replaces decision D-02",
# "ersetzt E-02", "remplace la décision D-02", "sustituye a D-02", "revoga D-02", "inachukua nafasi ya D-02")
_REPLACES = re.compile(r"(?:\b(?:supersed\w*|replac\w*|overrid\w*|overturn\w*|revers\w*|revok\w*|rescind\w*|cancel\w*"
                       r"|ersetzt|aufgehoben|hebt|remplac\w*|annul\w*|sustitu\w*|reemplaz\w*|dej\w* sin efecto|anul\w*"
                       r"|substitu\w*|revog\w*|vervang\w*|herroep\w*|inachukua nafasi ya|inafuta|imefuta"
                       # Malagasy, Igbo, Somali, Hausa, Yoruba (review 159c F1: "manolo ny D-01", replaces D-01, D-01
                       # still reading as standing in the log)
                       r"|manolo|misolo|manafoana|nanafoana|dochie|dochiri|na-edochi|kagbuo|kagburu|beddel\w*"
                       r"|baabi'i\w*|maye gurbin|soke|rọ́pò|rọpo|fagilee)\b)"
                       r"(?:\s+(?:the\s+|la\s+|le\s+|a\s+|o\s+|die\s+|de\s+|ny\s+)?(?:decision|décision|decisión"
                       r"|decisão|entscheidung|besluit|uamuzi|fanapahan-kevitra|mkpebi|go'aanka|shawarar)?\s*)?$",
                       re.IGNORECASE)


def superseded_by(decision: m.LoggedDecision, decisions: Sequence[m.LoggedDecision]) -> Optional[m.LoggedDecision]:
    """Return the first later logged decision whose words say it replaces ``decision`` (`_REPLACES` right before its
    ID: review 155b F6, "Supersedes D-02 – use 4-hour windows instead of 6-hour windows", D-02 still reading as
    standing in the log); None when none does."""
    if not decision.id:
        return None
    finder = id_pattern(decision.id)
    for later in decisions:
        if later.id == decision.id or later.date < decision.date:
            continue
        for text in (later.decision, later.rationale or ""):
            if _replaces(text, finder):
                return later
    return None


def _replaces(text: str, finder: IdFinder) -> bool:
    """Return True when a text names an ID right after words saying it replaces it (`_REPLACES`)."""
    return any(_REPLACES.search(text[max(0, found.start() - 40):found.start()]) for found in finder.finditer(text))
