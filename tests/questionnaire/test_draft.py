"""The draft model's declarations mirror the model, every value optional; at run time a draft is the model."""

from __future__ import annotations

import ast
import dataclasses
import re

from generator.questionnaire import draft as d
from generator.questionnaire import model as m
from tests.conftest import ROOT, run


def _draft_annotation(model_annotation: str) -> str:
    """Return the draft's annotation of a model field: optional, and so is each item of a list."""
    inner = re.fullmatch(r"Optional\[(.*)\]", model_annotation)
    text = inner.group(1) if inner else model_annotation
    listed = re.fullmatch(r"list\[(.*)\]", text)
    return f"Optional[list[Optional[{listed.group(1)}]]]" if listed else f"Optional[{text}]"


def _model_classes() -> dict[str, type]:
    return {name: value for name, value in vars(m).items()
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == m.__name__}


def _declared() -> dict[str, list[tuple[str, str]]]:
    """Return the draft classes declared for the type checker: {name: [(field, annotation)]}, in order."""
    tree = ast.parse((ROOT / "generator" / "questionnaire" / "draft.py").read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    return {node.name: [(stmt.target.id, ast.unparse(stmt.annotation)) for stmt in node.body
                        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)]
            for node in block.body if isinstance(node, ast.ClassDef)}


def test_every_model_class_has_its_draft_with_every_value_optional() -> None:
    declared = _declared()
    classes = _model_classes()
    assert list(declared) == list(classes)
    for name, cls in classes.items():
        expected = [(f.name, _draft_annotation(str(f.type))) for f in dataclasses.fields(cls)]
        assert declared[name] == expected, f"the draft of {name} is out of step with the model"


def test_at_run_time_a_draft_is_the_model_object() -> None:
    for name, cls in _model_classes().items():
        assert getattr(d, name) is cls
    result = run((ROOT / "content" / "projects").glob("*.yaml").__next__().read_text(encoding="utf-8"))
    assert result.questionnaire is not None
    assert d.as_model(result.questionnaire) is result.questionnaire
