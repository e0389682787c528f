"""Soft hyphens in the words too long for their table cell (`generator.writers.docx.hyphens`)."""

from __future__ import annotations

from generator.ir.nodes import Lang, Strong, Text
from generator.writers.docx.hyphens import SOFT_HYPHEN, hyphenated


def test_a_word_wider_than_its_cell_gets_soft_hyphens_where_its_language_breaks_it() -> None:
    """Reviews 96a F5, 97a F1: "Bettenmanag" / "ement-Software" in a German change log, broken with no hyphen."""
    cell = (Lang("de-AT", (Text("Anbindung an die Bettenmanagement-Software"),)),)
    (tagged,) = hyphenated(cell, 1600, "en")
    assert isinstance(tagged, Lang) and tagged.lang == "de-AT"
    (text,) = tagged.children
    assert isinstance(text, Text)
    assert text.text.replace(SOFT_HYPHEN, "") == "Anbindung an die Bettenmanagement-Software"
    assert f"Bet{SOFT_HYPHEN}ten{SOFT_HYPHEN}ma{SOFT_HYPHEN}na{SOFT_HYPHEN}ge{SOFT_HYPHEN}ment" in text.text
    assert "Anbindung" in text.text  # a word that fits is left as it is
    assert hyphenated(cell, 9000, "en") == cell  # everything fits: nothing changes
    assert hyphenated((Text("Betriebsvereinbarung"),), 1200, "xx") == (Text("Betriebsvereinbarung"),)  # no dictionary
    (bold,) = hyphenated((Strong((Text("Implementation"),)),), 900, "en")
    assert isinstance(bold, Strong) and SOFT_HYPHEN in bold.children[0].text  # type: ignore[union-attr]


def test_word_keeps_a_soft_hyphen_as_the_character_an_answer_may_hold_too() -> None:
    """A soft hyphen typed in an answer is the answer's own (the property tests find it in the file's text): the
    writer keeps U+00AD as it is, which Word and LibreOffice break at, with a hyphen."""
    from generator.writers.docx.writer import _text_xml

    assert _text_xml(f"Betriebs{SOFT_HYPHEN}vereinbarung") == f"<w:t>Betriebs{SOFT_HYPHEN}vereinbarung</w:t>"


def test_an_address_is_never_hyphenated() -> None:
    """An e-mail or web address is kept exactly as typed, however narrow its cell."""
    cell = (Text("marcus.webb@northbridgeheadline.example https://documentation.example/pipelines"),)
    assert hyphenated(cell, 600, "en") == cell
