"""References: every name a questionnaire refers to is found, and what is not found is located with a hint."""

from __future__ import annotations

from generator.diagnostics import format_path
from generator.questionnaire.check_refs import walk_refs
from generator.questionnaire.read import read_questionnaire_text
from tests.conftest import mutate, run


def test_every_reference_of_the_example_is_walked(example: str) -> None:
    q = read_questionnaire_text(example).questionnaire
    refs = list(walk_refs(q))
    assert ("person", ("roles", "sponsor"), "Dana Ortiz") in refs
    assert {kind for kind, _, _ in refs} >= {"person", "audience", "person-or-board"}


def test_an_unknown_person_is_located_with_a_hint(example: str) -> None:
    text = mutate(example, "  sponsor: Dana Ortiz", "  sponsor: Dana Ortis")
    found = [(format_path(d.path), d.message) for d in run(text).diagnostics if "unknown person" in d.message]
    assert found == [("roles.sponsor", "unknown person 'Dana Ortis' (did you mean 'Dana Ortiz'?)")]


def test_a_name_with_an_invisible_character_for_a_space_is_reported_once(example: str) -> None:
    """Review 107b F13: "Tan Wei\u200bMing" was reported, then every reference written "Tan Wei Ming" as an unknown
    person "(did you mean 'Tan WeiMing'? they differ by U+0020 SPACE)", naming the wrong character."""
    text = mutate(example, "  - name: Sam Lee\n", "  - name: Sam\u200bLee\n")
    found = [(format_path(d.path), d.message) for d in run(text).diagnostics if d.severity.name == "ERROR"]
    assert [path for path, _ in found] == ["people[1].name"] and "U+200B ZERO WIDTH SPACE" in found[0][1]


def test_walk_refs_skips_what_is_not_a_model() -> None:
    assert list(walk_refs(None)) == [] and list(walk_refs("text")) == []


def test_a_name_a_bracketed_list_split_at_its_commas_is_reported_once_with_the_fix(example: str) -> None:
    """Review 132b F9: "unknown person 'Tamika Johnson' (did you mean 'Tamika Johnson, RN, MSN'?)", then "unknown
    person 'RN'" and "unknown person 'MSN'", for a name typed whole in ``[...]``."""
    text = example.replace("Priya Nair", '"Priya Nair, RN, MSN"')
    text = mutate(text, 'audience: [Dana Ortiz, "Priya Nair, RN, MSN"]', "audience: [Dana Ortiz, Priya Nair, RN, MSN]")
    found = [(format_path(d.path), d.message) for d in run(text).diagnostics if d.severity.name == "ERROR"]
    assert found == [("communication.items[0].audience[1]", "'Priya Nair', 'RN' and 'MSN' are read as 3 items of "
                      "this list, as a comma in [brackets] always ends an item: for 'Priya Nair, RN, MSN', put the name "
                      "in quotes (\"Priya Nair, RN, MSN\") or write each item on its own line starting with '- '")]


def test_a_deliverables_name_a_bracketed_list_split_at_its_comma_is_reported_once_with_the_fix(example: str) -> None:
    """Review 133c F18: "unknown deliverable 'Assessment'" and "unknown deliverable 'progression and graduation
    module'" for a name typed whole in ``[...]``."""
    text = example.replace("Migrated customer database", '"Migrated, verified customer database"')
    text = mutate(text, 'deliverables: ["Migrated, verified customer database"]',
                  "deliverables: [Migrated, verified customer database]")
    found = [(format_path(d.path), d.message) for d in run(text).diagnostics if d.severity.name == "ERROR"]
    assert found == [("milestones[0].deliverables[0]", "'Migrated' and 'verified customer database' are read as 2 "
                      "items of this list, as a comma in [brackets] always ends an item: for 'Migrated, verified "
                      "customer database', put the name in quotes (\"Migrated, verified customer database\") or write "
                      "each item on its own line starting with '- '")]
