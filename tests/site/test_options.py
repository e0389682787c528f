"""The plugin's options in mkdocs.yml, each checked by MkDocs: a wrong value is a configuration error naming the option."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.site.options import PmdocsConfig


def check(**options: object) -> tuple[list[str], PmdocsConfig]:
    """Return the problems MkDocs finds in the plugin's options (as 'option: message'), and the options."""
    config = PmdocsConfig()
    config.load_dict(options)
    failed, _ = config.validate()
    return [f"{name}: {problem}" for name, problem in failed], config


def test_the_defaults_are_valid() -> None:
    problems, config = check()
    assert problems == [] and config.projects == "projects" and config.as_of is None and config.guidance is True


@pytest.mark.parametrize("options,words", [
    ({"as_of": "2027-13-01"}, "as_of: '2027-13-01' is not a date written as YYYY-MM-DD"),
    ({"as_of": "next week"}, "as_of: 'next week' is not a date"),
    ({"as_of": 20270101}, "as_of:"),
    ({"max_size": 0}, "max_size: Expected a whole number of at least 1, not 0"),
    ({"max_size": "big"}, "max_size:"),
    ({"nav_limit": -1}, "nav_limit: Expected a whole number of at least 0"),
    ({"projects_per_page": 0}, "projects_per_page: Expected a whole number of at least 1"),
    ({"projects_per_page": True}, "projects_per_page: Expected a whole number"),
    ({"projects": "../elsewhere"}, "projects: '../elsewhere' must be a folder inside the docs folder"),
    ({"projects": "/etc"}, "projects: '/etc' must be a folder inside the docs folder"),
    ({"projects": ""}, "projects:"),
    ({"reference_docx": "no-such.docx"}, "reference_docx:"),
    ({"templates": "no-such-folder"}, "templates:"),
    ({"strict": "yes please"}, "strict:"),
    ({"guidance": "no"}, "guidance:"),
    ({"colour": "blue"}, None),  # an unknown option is MkDocs's warning, not an error
])
def test_wrong_options_are_configuration_errors(options: dict[str, object], words: str | None) -> None:
    problems, _ = check(**options)
    if words is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith(words), problems


def test_a_date_yaml_already_read_is_taken() -> None:
    problems, config = check(as_of=dt.date(2027, 1, 5))
    assert problems == [] and config.as_of == "2027-01-05"


def test_good_values_are_taken_as_written() -> None:
    problems, config = check(as_of=" 2027-02-03 ", projects="portfolio/projects", nav_limit=0, projects_per_page=5,
                             max_size=10, strict=True)
    assert problems == []
    assert (config.as_of, config.projects, config.nav_limit, config.projects_per_page, config.max_size, config.strict) == (
        "2027-02-03", "portfolio/projects", 0, 5, 10, True)
    assert (check()[1].nav_limit, check()[1].projects_per_page, check()[1].max_size) == (25, 100, 1_000_000)


def test_guidance_can_be_left_out() -> None:
    problems, config = check(guidance=False)
    assert problems == [] and config.guidance is False
