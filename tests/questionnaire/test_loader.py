"""Hostile files: each gets one clear, located error; nothing is executed or exhausted."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.questionnaire.loader import load_text
from generator.questionnaire.read import read_questionnaire_text
from tests.conftest import line_of


BOMB = "\n".join(
    [f"a0: &a0 [{', '.join(['lol'] * 9)}]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
) + "\n"

HOSTILE = [
    ("empty", "", 1, "empty"),
    ("only-comments", "# nothing here\n# at all\n", 1, "empty"),
    ("null-document", "~\n", 1, "empty"),
    ("top-level-list", "- project\n- people\n", 1, "top level must be a mapping"),
    ("top-level-text", "just some words\n", 1, "top level must be a mapping"),
    ("tab-indent", "project:\n\tname: X\n", 2, "tab"),
    ("bad-indent", "project:\n  name: X\n code: Y\n", 3, "indentation"),
    ("unclosed-quote", "project:\n  name: 'X\n  code: Y\n", 2, "closing quote"),
    ("unclosed-bracket", "people: [a, b\nroles: x\n", 2, "not closed"),
    ("python-tag", "project: !!python/object/apply:os.system ['touch /tmp/pmdocs-pwned']\n", 1, "!!python/object/apply"),
    ("python-tag-on-mapping", "project: !!python/object:os.Popen {args: x}\n", 1, "not allowed"),
    ("custom-tag", "project: !include other.yaml\n", 1, "not allowed"),
    ("binary-tag", "project: !!binary aGVsbG8=\n", 1, "not allowed"),
    ("alias-bomb", BOMB, None, "alias bomb"),
    ("self-alias", "a: &a [1, *a]\n", 1, "refers to itself"),
    ("undefined-alias", "a: *nowhere\n", 1, "alias"),
    ("duplicate-key", "project: 1\npeople: 2\nproject: 3\n", 3, "duplicate key 'project' (first written at line 1)"),
    ("two-documents", "a: 1\n---\nb: 2\n", 2, "more than one yaml document"),
    ("deep-nesting", "a: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested more than"),
    ("control-character", "project:\n  name: bell\x07here\n", 2, "u+0007"),
    ("complex-key", "? [a, b]\n: c\n", 1, "key must be plain text"),
]


@pytest.mark.parametrize("name,text,line,gist", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_text_gets_one_clear_error(name: str, text: str, line: int, gist: str) -> None:
    started = time.perf_counter()
    doc = load_text(text, "h.yaml")
    assert time.perf_counter() - started < 5
    assert read_questionnaire_text(text, "h.yaml").questionnaire is None
    assert len(doc.diagnostics) == 1, [d.format() for d in doc.diagnostics]
    diagnostic = doc.diagnostics[0]
    assert gist.lower() in diagnostic.message.lower(), diagnostic.format()
    if line is not None:
        assert diagnostic.mark.line == line, diagnostic.format()
    assert not Path("/tmp/pmdocs-pwned").exists()


def test_merge_keys_and_anchors_work() -> None:
    doc = load_text("base: &b {role: Engineer, interest: high}\nperson:\n  <<: *b\n  name: Ana\n")
    assert doc.diagnostics == []
    person = doc.root.entries["person"].value
    assert set(person.entries) == {"role", "interest", "name"}


def test_lines_and_columns_are_one_based() -> None:
    doc = load_text("a:\n  b:   value\n")
    b = doc.root.entries["a"].value.entries["b"]
    assert (b.key_mark.line, b.key_mark.col) == (2, 3)
    assert (b.value.mark.line, b.value.mark.col) == (2, 8)


def test_tag_in_a_full_questionnaire_is_the_only_error(example: str) -> None:
    text = example.replace("  name: Acme Corp", "  name: !!python/object/apply:os.system ['touch /tmp/pmdocs-pwned']")
    result = read_questionnaire_text(text, "q.yaml")
    assert [d.format() for d in result.diagnostics] == [
        f"q.yaml:{line_of(text, '!!python')}:9: error: organization.name: YAML tag '!!python/object/apply:os.system' is not allowed: "
        "a questionnaire holds only plain text, numbers, dates, lists and mappings"
    ]
    assert not Path("/tmp/pmdocs-pwned").exists()


def test_a_thousands_comma_that_splits_a_bracketed_item_is_a_warning() -> None:
    """Review 28: `done: [Bern live for 2,100 users, ...]` became "Bern live for 2" and "100 users", silently."""
    text = "a: [Live for 2,100 users, 'Quoted 3,400', Plain 5, 600 units, b 1,2345, c 7,000]\nb:\n  - Block 2,100 users\n"
    doc = load_text(text, "q.yaml")
    warnings = [d for d in doc.diagnostics if d.severity.name == "WARNING"]
    assert [(d.path, d.mark.line, d.mark.col) for d in warnings] == [(("a", 1), 1, 16), (("a", 8), 1, 77)]
    assert warnings[0].message == ("'Live for 2' and '100 users' are read as two items of this list, as a comma in "
                                   "[brackets] always ends an item: if 'Live for 2,100 users' is one, put it in quotes "
                                   "(\"Live for 2,100 users\") or write the number without its comma")
    assert not [d for d in doc.diagnostics if d.severity.name == "ERROR"]


def test_a_year_cut_off_a_date_in_words_by_a_bracketed_lists_comma_is_a_warning() -> None:
    """Review 133b F7: `[ADM to confirm the Gate 4 date of May 28, 2026]` became two decisions asked, one "2026"."""
    doc = load_text("a: [ADM to confirm the Gate 4 date of May 28, 2026, Plan 2, 2026 budget]\n", "q.yaml")
    warnings = [d for d in doc.diagnostics if d.severity.name == "WARNING"]
    assert [d.path for d in warnings] == [("a", 1)]  # "Plan 2, 2026 budget": no month before the day
    assert warnings[0].message == ("'ADM to confirm the Gate 4 date of May 28' and '2026' are read as two items of this "
                                   "list, as a comma in [brackets] always ends an item: if they are one, put the whole "
                                   "item in quotes (\"…firm the Gate 4 date of May 28, 2026\") or write each item on its own "
                                   "line starting with '- '")


def test_a_decimal_comma_that_splits_a_bracketed_item_is_a_warning() -> None:
    """Review 43b F5: `[..., Altro fornitore a 0,90 EUR/immagine]` became "... a 0" and "90 EUR/immagine", silently."""
    doc = load_text("a: [Interni, Altro fornitore a 0,90 EUR/immagine, v 2, 5 punti]\n", "q.yaml")
    warnings = [d for d in doc.diagnostics if d.severity.name == "WARNING"]
    assert [d.path for d in warnings] == [("a", 2)]  # "v 2, 5 punti": a space after the comma, two items meant
    assert "if 'Altro fornitore a 0,90 EUR/immagine' is one, put it in quotes" in warnings[0].message


def test_a_comma_inside_parentheses_that_splits_a_bracketed_item_is_a_warning() -> None:
    """Review 35 F9: `[Approve CR-003 (go-live 2027-04-28, £145k), ...]` became two items, the second "£145k)"."""
    text = ("a: [Approve CR-003 (go-live 2027-04-28, £145k), Invoke the clause, 'Quoted (x, y)', (balanced), b (c]\n"
            "b:\n  - Block (x, y)\n")
    doc = load_text(text, "q.yaml")
    warnings = [d for d in doc.diagnostics if d.severity.name == "WARNING"]
    assert [(d.path, d.mark.line) for d in warnings] == [(("a", 1), 1)]
    assert warnings[0].message.startswith("'Approve CR-003 (go-live 2027-04-28' and '£145k)' are read as two items of "
                                          "this list, as a comma in [brackets] always ends an item, even inside "
                                          "parentheses")



def test_an_item_cut_twice_inside_its_parentheses_is_one_warning_naming_every_piece() -> None:
    """Review 90a F5: `[Approve CR-001 second camera (EUR 46,500, +20 days)]` was said to be two items, with advice
    to quote the first two pieces only, which left "+20 days)" apart."""
    doc = load_text("a: [Approve CR-001 second camera (EUR 46,500, +20 days), Other, Live for 2,100 users]\n", "q.yaml")
    warnings = [d for d in doc.diagnostics if d.severity.name == "WARNING"]
    assert [d.path for d in warnings] == [("a", 2), ("a", 5)]
    assert warnings[0].message.startswith("'Approve CR-001 second camera (EUR 46', '500' and '+20 days)' are read as 3 "
                                          "items of this list")
    assert '("Approve CR-001 second camera (EUR 46,500, +20 days)")' in warnings[0].message
    assert "if 'Live for 2,100 users' is one" in warnings[1].message
