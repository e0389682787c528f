"""Text as people type it: names compared in NFC, invisible characters in names, a '#' that ends a value."""

from __future__ import annotations

import functools
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diagnostics import Severity, format_path
from generator.questionnaire.check_refs import walk_refs
from generator.questionnaire.invisible import char_label
from generator.questionnaire.read import Result
from tests.conftest import ROOT, line_of, mutate, run
from tests.support.packs import EVERY_KEY

EVERY_KEY_TEXT = EVERY_KEY.read_text(encoding="utf-8")

# A name of each kind that others refer to, with the accented spelling these tests give it.
RENAMES = {
    "person": ("Lee Chen", "Léa Chén"),
    "deliverable": ("Migrated customer database", "Migrated cústomer database"),
    "milestone": ("Full cut-over to the new platform", "Full cut-óver to the new platform"),
}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def errors(result: Result) -> list[str]:
    return [d.format() for d in result.diagnostics if d.severity is Severity.ERROR]


@functools.lru_cache(maxsize=1)
def baseline() -> frozenset[str]:
    return frozenset(format_path(d.path) for d in run(EVERY_KEY_TEXT).diagnostics)


def spellings(text: str, name: str) -> list[tuple[int, bool]]:
    """Return each place ``name`` is written, and whether it is the definition (``name: X``)."""
    return [(m.start(), text[:m.start()].endswith("name: ")) for m in re.finditer(re.escape(name), text)]


def respell(text: str, name: str, definition: str, reference: str, only: int | None = None) -> str:
    """Return text with the definition of ``name`` spelt one way and references (or only the ``only``-th) another."""
    out, last, nth = [], 0, 0
    for start, is_definition in spellings(text, name):
        out.append(text[last:start])
        if is_definition:
            out.append(definition)
        else:
            out.append(reference if only is None or nth == only else definition)
            nth += 1
        last = start + len(name)
    return "".join(out) + text[last:]


# -- NFC / NFD -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(RENAMES))
@pytest.mark.parametrize("mac_side", ["definition", "references"])
def test_names_match_whatever_their_unicode_form(kind: str, mac_side: str) -> None:
    old, new = RENAMES[kind]
    composed, decomposed = new, nfd(new)
    assert composed != decomposed
    definition, reference = (decomposed, composed) if mac_side == "definition" else (composed, decomposed)
    text = respell(EVERY_KEY_TEXT, old, definition, reference)
    result = run(text)
    assert not errors(result), errors(result)
    assert {format_path(d.path) for d in result.diagnostics} == baseline()
    refs = [t for k, _, t in walk_refs(result.questionnaire) if unicodedata.normalize("NFC", t) == composed]
    assert refs and set(refs) == {composed}  # the model holds one spelling, so every later lookup matches


@pytest.mark.parametrize("kind", list(RENAMES))
def test_each_reference_alone_may_be_decomposed(kind: str) -> None:
    old, new = RENAMES[kind]
    count = sum(1 for _, is_definition in spellings(EVERY_KEY_TEXT, old) if not is_definition)
    assert count >= 1
    for only in range(count):
        result = run(respell(EVERY_KEY_TEXT, old, new, nfd(new), only))
        assert not errors(result), (only, errors(result))


@pytest.mark.parametrize("section,entry", [
    ("people", "  - name: {}\n    role: Twin\n"),
])
def test_people_differing_only_in_unicode_form_are_duplicates(section: str, entry: str) -> None:
    text = respell(EVERY_KEY_TEXT, "Lee Chen", "Léa Chén", "Léa Chén")
    text = mutate(text, "\nroles:", "\n" + entry.format(nfd("Léa Chén")).rstrip("\n") + "\nroles:")
    found = [d for d in run(text).diagnostics if "duplicate person" in d.message]
    assert len(found) == 1 and found[0].mark.line == line_of(text, nfd("Léa Chén"))


def test_deliverables_and_milestones_differing_only_in_unicode_form_are_duplicates() -> None:
    text = respell(EVERY_KEY_TEXT, "Migrated customer database", RENAMES["deliverable"][1], RENAMES["deliverable"][1])
    text = mutate(text, "  - name: Full cut-over to the new platform",
                  "  - name: Ünïcode milestone\n    date: 2027-04-01\n  - name: " + nfd("Ünïcode milestone") +
                  "\n    date: 2027-04-02\n  - name: Full cut-over to the new platform")
    messages = [d.message for d in run(text).diagnostics]
    assert any("duplicate milestone" in m for m in messages), messages


# -- invisible characters ------------------------------------------------------------------------

SPACES = ["\u00a0", "\u2007", "\u202f", "\u2002", "\u2009", "\u205f"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
             *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]

# (path, the line to change, the value in it): one of each kind of name, code and id, and references.
NAME_PLACES = [
    ("people[3].name", "  - name: Lee Chen\n", "Lee Chen"),
    ("scope.deliverables[0].name", "    - name: Migrated customer database ", "Migrated customer database"),
    ("milestones[1].name", "  - name: Full cut-over to the new platform\n", "Full cut-over to the new platform"),
    ("project.phases[0].name", "    - name: Discovery and design ", "Discovery and design"),
    ("risks[0].id", "    id: R-01 ", "R-01"),
    ("change_control.requests[0].id", "    - id: CR-001 ", "CR-001"),
    ("decisions[0].id", "  - id: D-01 ", "D-01"),
    ("issues[0].id", "  - id: I-01 ", "I-01"),
    ("technical_debt[0].id", "  - id: TD-01 ", "TD-01"),
    ("roles.scrum_master", "  scrum_master: Lee Chen ", "Lee Chen"),
    ("scope.deliverables[0].owner", "      owner: Lee Chen ", "Lee Chen"),
    ("change_control.board[2]", "[Dana Ortiz, Sam Lee, Lee Chen]", "Lee Chen"),
    ("milestones[0].deliverables[0]", "    deliverables: [Migrated customer database]", "Migrated customer database"),
    ("status_reports[0].forecasts[0].milestone", "      - milestone: Full cut-over to the new platform",
     "Full cut-over to the new platform"),
    ("raci[0].deliverable", "  - deliverable: Migrated customer database", "Migrated customer database"),
]


def with_char(value: str, char: str) -> str:
    """Return a value with ``char`` typed in it: in place of its first space, or inside it."""
    if char in SPACES and " " in value:
        return value.replace(" ", char, 1)
    return value[:2] + char + value[2:]


# Every character in a person's name, and a few of each sort in every other kind of name. An odd space
# stands for a space, so it is tried only in names that hold one (an id such as CR-001 does not).
CHAR_CASES = [(char, *NAME_PLACES[0]) for char in SPACES + INVISIBLE] + [
    (char, *place) for place in NAME_PLACES[1:] for char in ("\u00a0", "\u200b", "\u202e", "\u00ad")
    if char not in SPACES or " " in place[2]]


@pytest.mark.parametrize("char,path,line,value", CHAR_CASES,
                         ids=[f"{c[1]}-U+{ord(c[0]):04X}" for c in CHAR_CASES])
def test_invisible_character_in_a_name_is_one_error_at_it(char: str, path: str, line: str, value: str) -> None:
    typed = with_char(value, char)
    text = mutate(EVERY_KEY_TEXT, line, line.replace(value, typed, 1))
    result = run(text)
    found = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    assert len(found) == 1, [d.format() for d in found]
    error = found[0]
    assert format_path(error.path) == path
    assert char_label(char) in error.message, error.format()
    at = text.index(line.replace(value, typed, 1)) + line.replace(value, typed, 1).index(char)
    assert (error.mark.line, error.mark.col) == (text[:at].count("\n") + 1, at - text.rfind("\n", 0, at)), error.format()


def test_the_issue_example_reads_as_written() -> None:
    text = mutate(EVERY_KEY_TEXT, "  scrum_master: Lee Chen", "  scrum_master: Lee\u00a0Chen")
    [error] = [d for d in run(text).diagnostics if d.severity is Severity.ERROR]
    assert error.message == "unknown person 'Lee\u00a0Chen' (did you mean 'Lee Chen'? they differ by U+00A0 NO-BREAK SPACE)"


def test_a_name_and_its_references_with_the_same_character_are_each_reported() -> None:
    text = respell(EVERY_KEY_TEXT, "Sam Lee", "Sam\u200b Lee", "Sam\u200b Lee")
    found = [d for d in run(text).diagnostics if d.severity is Severity.ERROR]
    assert found and all("U+200B ZERO WIDTH SPACE" in d.message for d in found)
    assert len(found) == EVERY_KEY_TEXT.count("Sam Lee")


def test_invisible_character_in_the_project_code_is_named() -> None:
    text = mutate(EVERY_KEY_TEXT, "  code: CDP-2027", "  code: CDP\u2060-2027")
    [error] = [d for d in run(text).diagnostics if d.severity is Severity.ERROR]
    assert format_path(error.path) == "project.code" and "U+2060 WORD JOINER" in error.message
    assert "did you mean 'CDP-2027'" in error.message


def test_typed_as_an_escape_it_is_located_at_the_escape() -> None:
    text = mutate(EVERY_KEY_TEXT, "  - name: Lee Chen\n", '  - name: "Lee\\u200B Chen"\n')
    [error] = [d for d in run(text).diagnostics if d.severity is Severity.ERROR]
    assert (error.mark.line, error.mark.col) == (line_of(text, '"Lee\\u200B'), 15)  # the backslash


def test_several_characters_are_named_together() -> None:
    text = mutate(EVERY_KEY_TEXT, "  - name: Lee Chen\n", "  - name: Lee\u00a0Ch\u200ben\n")
    [error] = [d for d in run(text).diagnostics if d.severity is Severity.ERROR]
    assert "U+00A0 NO-BREAK SPACE and U+200B ZERO WIDTH SPACE" in error.message


@pytest.mark.parametrize("name", [
    "Ada 👩\u200d💻 Lovelace",             # a zero-width joiner inside an emoji
    "Rhys 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",  # a flag's tag characters
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # a Persian non-joiner between letters
    "山田\u3000太郎",                       # the ideographic space of Japanese typing
    "Zoë Ñúñez",
])
def test_characters_people_see_are_accepted(name: str) -> None:
    text = respell(EVERY_KEY_TEXT, "Lee Chen", name, name)
    assert not errors(run(text)), errors(run(text))


def test_free_text_may_hold_any_character() -> None:
    text = mutate(EVERY_KEY_TEXT, "      channel: Video call", "      channel: Video\u00a0call\u200b \u202eevil")
    assert not errors(run(text))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SPACES + INVISIBLE), st.integers(min_value=1, max_value=7))
def test_any_invisible_character_anywhere_in_a_person_name(char: str, at: int) -> None:
    name = "Lee Chen"
    at = name.index(" ") if char in SPACES else at  # an odd space stands in for the space
    typed = name[:at] + char + name[at + (char in SPACES):]
    text = mutate(EVERY_KEY_TEXT, "  - name: Lee Chen\n", f"  - name: {typed}\n")
    found = [d for d in run(text).diagnostics if d.severity is Severity.ERROR]
    assert [format_path(d.path) for d in found] == ["people[3].name"], [d.format() for d in found]
    assert found[0].mark.col == len("  - name: ") + at + 1


# -- a '#' that ends a value ---------------------------------------------------------------------

CHANNEL = "      channel: Video call with a written one-page summary"


def test_a_hash_word_after_a_free_text_value_warns_at_the_hash() -> None:
    text = mutate(EVERY_KEY_TEXT, CHANNEL, "      channel: Slack #steering")
    result = run(text)
    new = [d for d in result.diagnostics if format_path(d.path) not in baseline()]
    assert [d.format() for d in new] == [
        f"q.yaml:{line_of(text, 'Slack #steering')}:22: warning: communication.items[0].channel: the text after '#' "
        "is read as a comment, so the value is 'Slack'; put the whole value in quotes to keep it: \"Slack #steering\""
    ]
    assert result.ok() and not result.ok(strict=True)


@pytest.mark.parametrize("typed,quoted", [
    ('say "hi" #team', "'say \"hi\" #team'"),
    ("it's #1", "\"it's #1\""),
    ("a  #b c", '"a  #b c"'),
])
def test_the_suggested_value_is_quoted_so_it_reads_back(typed: str, quoted: str) -> None:
    text = mutate(EVERY_KEY_TEXT, CHANNEL, f"      channel: {typed}")
    [warning] = [d for d in run(text).diagnostics if "read as a comment" in d.message]
    assert warning.message.endswith(quoted)
    assert run(mutate(EVERY_KEY_TEXT, CHANNEL, f"      channel: {quoted}")).diagnostics == run(EVERY_KEY_TEXT).diagnostics


@pytest.mark.parametrize("old,new", [
    ("  tools: [Jira, Slack, Confluence]", "  tools:\n    - Jira\n    - Slack #chat\n    - Confluence"),
    ("    - name: Discovery and design ", "    - name: Discovery #1 "),
])
def test_free_text_lists_and_names_warn_too(old: str, new: str) -> None:
    text = mutate(EVERY_KEY_TEXT, old, new)
    assert [d for d in run(text).diagnostics if "read as a comment" in d.message]


@pytest.mark.parametrize("old,new", [
    (CHANNEL, "      channel: Video call   # a comment that reads as one"),
    (CHANNEL, "      channel: 'Slack' #steering"),
    (CHANNEL, "      channel: >-  #folded\n        Slack"),
    ("  tools: [Jira, Slack, Confluence]", "  tools: [Jira, Slack, Confluence]  #chat"),
    ("    influence: high ", "    influence: high #vip "),
    ("    amount: 450000", "    amount: 450000 #eur"),
    ("  start: 2027-01-11", "  start: 2027-01-11 #kickoff"),
    ("  scrum_master: Lee Chen ", "  scrum_master: Lee Chen #sm "),
    ("  code: CDP-2027", "  code: CDP-2027 #x"),
])
def test_no_warning_where_a_comment_cannot_cut_free_text(old: str, new: str) -> None:
    text = mutate(EVERY_KEY_TEXT, old, new)
    assert not [d for d in run(text).diagnostics if "read as a comment" in d.message]


def test_the_example_and_the_sample_projects_have_no_such_warning(example: str) -> None:
    paths = [example, EVERY_KEY_TEXT, *(p.read_text(encoding="utf-8") for p in (ROOT / "content" / "projects").glob("*.yaml"))]
    for text in paths:
        assert not [d for d in run(text).diagnostics if "read as a comment" in d.message]
