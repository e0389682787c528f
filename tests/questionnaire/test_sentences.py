"""A text's sentences, each whole (`generator.questionnaire.sentences`)."""

from __future__ import annotations

from generator.questionnaire.sentences import sentences


def test_sentences_keep_initials_and_brackets_whole() -> None:
    """Review 153b F3: a quoted decision note cut at "P." and inside its bracket."""
    notes = ("Approved by P. van der Merwe as sponsor, subject to ratification (above the sponsor's R1.5m limit; the "
             "committee could not meet). Ratified by BRCC on 21 May 2026; see D-06.\nFunded from contingency")
    assert sentences(notes) == [
        "Approved by P. van der Merwe as sponsor, subject to ratification (above the sponsor's R1.5m limit; the "
        "committee could not meet).", "Ratified by BRCC on 21 May 2026;", "see D-06.", "Funded from contingency"]
    assert sentences("v2.1 released, e.g. today") == ["v2.1 released, e.g. today"]
