"""Logged decisions a later one replaces."""

from __future__ import annotations

import datetime as dt

from generator.questionnaire import model as m
from generator.questionnaire.superseded import superseded_by


def _logged(ident: str, day: int, words: str) -> m.LoggedDecision:
    return m.LoggedDecision(id=ident, date=dt.date(2026, 6, day), decision=words, by="board")


def test_a_later_decision_saying_it_supersedes_one_replaces_it() -> None:
    """Review 155b F6: "Supersedes D-02 – use 4-hour windows instead of 6-hour windows; keep XGBoost", and D-02
    ("XGBoost on 6-hour windows") still read as standing in the log."""
    first = _logged("D-02", 2, "XGBoost on 6-hour windows")
    later = _logged("D-06", 24, "Supersedes D-02 – use 4-hour windows instead of 6-hour windows; keep XGBoost")
    told = _logged("D-07", 25, "As decided in D-02, the model stays XGBoost")
    assert superseded_by(first, [first, later, told]) == later
    assert superseded_by(first, [first, told]) is None
    assert superseded_by(later, [first, later, told]) is None
    assert superseded_by(first, [first, _logged("D-08", 26, "Ersetzt die Entscheidung D-02: 2-Stunden-Fenster")])
    assert superseded_by(_logged("D-2", 2, "x"), [_logged("D-9", 3, "replaces D-21")]) is None  # (another ID)


def test_malagasy_igbo_and_somali_words_of_replacing() -> None:
    """Review 159c F1: "Afindra any amin'ny datacenter Ivato (colocation) ny server; manolo ny D-01" (replaces D-01),
    and D-01 still read as standing in the log."""
    first = _logged("D-01", 2, "Server ao amin'ny birao")
    for words in ("Afindra any amin'ny datacenter Ivato ny server; manolo ny D-01", "Mkpebi a dochiri D-01",
                  "Go'aankan wuxuu beddelayaa D-01"):
        assert superseded_by(first, [first, _logged("D-04", 20, words)]), words
    assert superseded_by(first, [first, _logged("D-05", 21, "Rivo no manolotra ny tabilao, araka ny D-01")]) is None
