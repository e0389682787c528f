"""Answers kept between runs: where the partial file goes, how to carry on, and answers read back from any questionnaire."""

from __future__ import annotations

from pathlib import Path

from generator.questionnaire.loader import load_text
from generator.questionnaire.partial import answers_in, left_out, partial_path, partial_text, read_answers, rerun_command


def test_the_partial_file_sits_beside_the_target_and_is_not_yaml(tmp_path: Path) -> None:
    assert partial_path(tmp_path / "q.yaml") == tmp_path / "q.yaml.partial"


def test_the_command_to_carry_on(tmp_path: Path) -> None:
    target = tmp_path / "my project.yaml"
    assert rerun_command(target) == f"pmdocs init --interactive '{target}'"
    target.write_text("x")
    assert "--force" in rerun_command(target)


def test_answers_read_back_from_a_partial_file() -> None:
    answers = {"name": "Solo", "sponsor": "Ana", "sponsor_role": "Chief", "manager": "Ana"}
    text = partial_text(answers, Path("q.yaml"), ("a problem",))
    assert "#   a problem" in text and "(4 of " in text
    root = load_text(text).root
    assert root is not None and answers_in(root) == answers


def test_what_init_would_drop_is_named(example: str) -> None:
    root = load_text(example).root
    assert root is not None and "more people" in left_out(root) and "risks" in left_out(root)


def test_a_file_that_is_not_yaml_has_no_answers(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("a: [\n")
    saved = read_answers(path)
    assert saved.answers == {} and saved.problem is not None and "YAML syntax error" in saved.problem
