"""The JSON Schema agrees with the validator on the examples and on type mistakes."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.questionnaire.schema import SCHEMA_FILENAME, json_schema, schema_text
from tests.conftest import EXAMPLES, ROOT, mutate
from tests.support.packs import EVERY_KEY


def as_json_data(text: str) -> object:
    """Return YAML as JSON-like data (dates as text, as editors see them)."""
    class Loader(yaml.SafeLoader):
        pass
    Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return yaml.load(text, Loader=Loader)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_match_the_schema(path: Path) -> None:
    jsonschema.validate(as_json_data(path.read_text(encoding="utf-8")), json_schema())


def test_init_example_matches_the_schema(example: str) -> None:
    jsonschema.Draft7Validator.check_schema(json_schema())
    jsonschema.validate(as_json_data(example), json_schema())


@pytest.mark.parametrize("old,new", [
    ("  methodology: scrum", "  methodology: Scrum"),
    ("glossary:", "glosary:"),
    ("    amount: 450000", "    amount: lots"),
    ("  code: CDP-2027", "  code: cdp"),
])
def test_schema_rejects_what_validate_rejects(example: str, old: str, new: str) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(as_json_data(mutate(example, old, new)), json_schema())




def test_every_spec_key_matches_the_schema() -> None:
    jsonschema.validate(as_json_data(EVERY_KEY.read_text(encoding="utf-8")), json_schema())


@pytest.mark.parametrize("old,new", [
    ("  paper: a4", "  paper: A4"),
    ("  language: en ", "  language: english "),
    ("    time_zone: Europe/Berlin", "    time_zone: Europe Berlin"),
    ("      current: neutral", "      current: positive"),
    ("    overall: amber", "    overall: yellow"),
    ("    accountable: Sam Lee", "    accountable: [Sam Lee]"),
    ("    responsible: [Lee Chen, Tomasz Kowalski]", "    responsible: []"),
    ("  - document: project-charter", "  - document: charter"),
    ("    rationale: Highest", "    rational: Highest"),
    ("spent: 141000", "spent: -1"),
])
def test_schema_rejects_what_validate_rejects_in_new_keys(old: str, new: str) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(as_json_data(mutate(EVERY_KEY.read_text(encoding="utf-8"), old, new)), json_schema())


def test_committed_schema_file_is_current() -> None:
    committed = ROOT / "content" / "projects" / SCHEMA_FILENAME
    assert committed.read_text(encoding="utf-8") == schema_text(), "run: pmdocs schema -o content/projects/pmdocs.schema.json"
