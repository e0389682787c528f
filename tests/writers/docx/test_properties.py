"""A Word document's properties: from the questionnaire, escaped, within the format's 255 characters, never the clock."""

from __future__ import annotations

import dataclasses

from generator.writers.docx.properties import core_properties
from tests.support.docx import META


def test_properties_come_from_the_document_and_its_date() -> None:
    xml = core_properties(META)
    assert "<dc:title>Test document: Project X</dc:title>" in xml and "<dc:creator>Ana Silva</dc:creator>" in xml
    assert xml.count("2027-03-04T00:00:00Z") == 3 and "<cp:keywords>PX-1; Other</cp:keywords>" in xml


def test_properties_are_escaped_and_cut_to_the_formats_limit() -> None:
    xml = core_properties(dataclasses.replace(META, owner="A & B <x>", category="c" * 300))
    assert "<dc:creator>A &amp; B &lt;x&gt;</dc:creator>" in xml
    assert "<cp:category>" + "c" * 254 + "\u2026</cp:category>" in xml


def test_no_date_is_a_fixed_one() -> None:
    assert "2000-01-01T00:00:00Z" in core_properties(dataclasses.replace(META, date=None))
