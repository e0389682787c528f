"""Text as people type it: names in NFC, invisible characters in names, and a '#' that ends a value.

These checks need both the located tree (where each character was typed) and the
model's declarations (what each key holds), so they run after the structural walk
of :mod:`generator.questionnaire.validate` and before the semantic checks of :mod:`generator.questionnaire.checks`:

* a name, code or id (people's names, the project code, deliverable, milestone and
  phase names, every ``id``, and every reference to them) that holds an invisible or
  unusual character (zero-width, direction control, no-break or other odd space,
  soft hyphen) is an error placed at that character and naming it;
* those names and references are put in Unicode NFC in the model, so a name typed on
  a Mac (decomposed accents) is the same name as one typed elsewhere;
* an unquoted free-text value followed on its line by ``#`` and a word
  (``channel: Slack #steering``) is a warning: YAML reads ``#steering`` as a comment.
  A comment that reads as one (``# note``, after a space) is left alone, and so are
  values in brackets (``in: [a, b]  #note`` comments on the list, not on ``b``),
  block texts (``|``, ``>``), quoted values, enumerations, dates and numbers.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import TYPE_CHECKING, Iterator, Mapping, Optional, TypeVar

from generator.questionnaire import model as m
from generator.diagnostics import Diagnostic, KeyPath, Mark, Severity
from generator.questionnaire.invisible import (char_label, has_unseen, is_unseen, looks_like_space, nfc, unseen_characters,
                                 without_unseen)
from generator.questionnaire.tree import MapNode, Node, ScalarNode, SeqNode
from generator.questionnaire.suggest import did_you_mean
from generator.questionnaire.model_types import dataclass_in, hints, unwrap_optional
from generator.questionnaire.validate import Draft
from generator.record import Record

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")

# Fields that define a name others refer to (with what they define), besides every ``id``.
DEFINITIONS: dict[tuple[str, str], Optional[str]] = {
    ("Person", "name"): "person",
    ("Deliverable", "name"): "deliverable",
    ("Milestone", "name"): "milestone",
    ("Phase", "name"): "phase",
    ("Project", "code"): None,
}
# What each kind of reference (a field's ``ref``) refers to.
REFERS_TO = {"person": "person", "person-or-board": "person", "audience": "person",
             "deliverable": "deliverable", "milestone": "milestone", "phase": "phase"}


class Field(Record):
    """Return one scalar of the tree with what the model declares it holds."""

    path: KeyPath
    node: ScalarNode
    owner: str  # the model class holding the key
    name: str  # the field's name in that class
    declared: object  # the declared type of the value (of one item, for a list)
    meta: m.KeyMeta

    @property
    def ref(self) -> Optional[str]:
        """Return the kind of name this value refers to, if it is a reference."""
        return self.meta["ref"]

    @property
    def defines(self) -> bool:
        """Return True when this value is a name, code or id that others may refer to."""
        return self.name == "id" or (self.owner, self.name) in DEFINITIONS

    @property
    def is_name(self) -> bool:
        """Return True for a name, code or id, or a reference to one."""
        return self.defines or self.ref is not None

    @property
    def is_free_text(self) -> bool:
        """Return True for text written in the user's own words (not a reference or a format)."""
        return self.declared is str and self.ref is None and self.meta["fmt"] is None


def declared_scalars(node: Node, cls: type[DataclassInstance], path: KeyPath = ()) -> Iterator[Field]:
    """Yield every scalar of a located tree that the model declares, with its declaration."""
    if not isinstance(node, MapNode):
        return
    for f in dataclasses.fields(cls):
        entry = node.entries.get(m.yaml_key(f.name))
        if entry is None:
            continue
        declared = unwrap_optional(hints(cls)[f.name])
        inner = dataclass_in(declared)
        child, child_path = entry.value, path + (m.yaml_key(f.name),)
        if typing.get_origin(declared) is list:
            if isinstance(child, SeqNode):
                item_type = unwrap_optional(typing.get_args(declared)[0])
                for i, item in enumerate(child.items):
                    if inner is not None:
                        yield from declared_scalars(item, inner, child_path + (i,))
                    elif isinstance(item, ScalarNode):
                        yield Field(child_path + (i,), item, cls.__name__, f.name, item_type, m.key_meta(f))
        elif inner is not None:
            yield from declared_scalars(child, inner, child_path)
        elif isinstance(child, ScalarNode):
            yield Field(child_path, child, cls.__name__, f.name, declared, m.key_meta(f))


def _text(node: ScalarNode) -> str:
    """Return a scalar's text as the validator reads it (numbers as typed)."""
    return node.value if isinstance(node.value, str) else node.text


def _unseen_problem(field: Field, known: Mapping[str, list[str]]) -> Optional[tuple[str, int]]:
    """Return the message and the value's character index for a name holding invisible characters."""
    raw = _text(field.node)
    text = raw.strip()
    found = list(unseen_characters(text))
    if not found:
        return None
    index = found[0][0] + len(raw) - len(raw.lstrip())
    kind = REFERS_TO.get(field.ref or "")
    hint = did_you_mean(text, known.get(kind, [])) if kind else ""
    if hint:
        return f"unknown {kind} '{text}'{hint}", index
    chars = list(dict.fromkeys(char for _, char in found))
    named = " and ".join(char_label(c) for c in chars)
    if all(looks_like_space(c) for c in chars):
        what, fix = ("a space that is not an ordinary one" if len(chars) == 1 else "spaces that are not ordinary ones",
                     "type an ordinary space instead")
    elif not any(looks_like_space(c) for c in chars):
        what, fix = ("an invisible character" if len(chars) == 1 else "invisible characters",
                     "delete it" if len(chars) == 1 else "delete them")
    else:
        what, fix = "invisible or unusual characters", "delete them, or type ordinary spaces"
    return (f"'{text}' holds {named}, {what}: {fix} (names, codes and ids are matched character for character, "
            "so one that cannot be seen makes two names that look the same differ)"), index


def _char_mark(node: ScalarNode, index: int) -> Mark:
    """Return where the value's character at ``index`` was typed (the value's start if unknown)."""
    value = _text(node)
    nth = sum(1 for char in value[:index] if is_unseen(char))
    return node.unseen_marks[nth] if nth < len(node.unseen_marks) else node.mark


def _yaml_quoted(text: str) -> str:
    """Return text quoted for YAML, double quotes when it holds none and no backslash."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def _comment_warning(field: Field) -> Optional[str]:
    """Return the warning for a free-text value cut short by a '#' word, if any."""
    comment = field.node.comment
    value = field.node.value
    if comment is None or field.node.quoted or not isinstance(value, str) or not value.strip():
        return None
    if not comment.text or comment.text[0].isspace():
        return None  # '# note' reads as the comment it is
    whole = f"{value}{comment.gap}#{comment.text}"
    return (f"the text after '#' is read as a comment, so the value is '{value}'; "
            f"put the whole value in quotes to keep it: {_yaml_quoted(whole)}")


def _settled(name: str) -> str:
    """Return a name as it is compared: NFC, and as it looks (a name holding invisible characters is an
    error already; comparing it as it looks spares every reference to it a second error)."""
    return nfc(without_unseen(name))


def _nfc_names(obj: T) -> T:
    """Return a draft model whose names, codes, ids and references are settled (unchanged objects kept)."""
    if obj is None or not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, object] = {}
    owner = type(obj).__name__
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        is_name = f.metadata.get("ref") is not None or f.name == "id" or (owner, f.name) in DEFINITIONS
        new: object
        if isinstance(value, str):
            new = _settled(value) if is_name else value
        elif isinstance(value, list):
            new = [_settled(v) if is_name and isinstance(v, str) else _nfc_names(v) for v in value]
            new = value if all(a is b for a, b in zip(new, value)) else new
        else:
            new = _nfc_names(value)
        if new is not value and new != value:
            changes[f.name] = new
    return dataclasses.replace(obj, **changes) if changes else obj


def check_as_typed(draft: Draft, root: MapNode, filename: str) -> None:
    """Add the problems of names and '#' comments to a draft, and put its names in NFC."""
    found = list(declared_scalars(root, m.Questionnaire))
    known: dict[str, list[str]] = {}
    for field in found:
        kind = DEFINITIONS.get((field.owner, field.name))
        if kind and field.node.value is not None:
            known.setdefault(kind, []).append(nfc(_text(field.node).strip()))
    for field in found:
        if draft.failed(field.path):
            continue
        problem = _unseen_problem(field, known) if field.is_name and has_unseen(_text(field.node)) else None
        if problem is not None:
            message, index = problem
            draft.diagnostics.append(Diagnostic(Severity.ERROR, message, field.path,
                                                _char_mark(field.node, index), filename))
            continue
        comment = field.node.comment
        warning = _comment_warning(field) if field.is_free_text else None
        if warning is not None and comment is not None:
            draft.diagnostics.append(Diagnostic(Severity.WARNING, warning, field.path, comment.mark, filename))
    draft.questionnaire = _nfc_names(draft.questionnaire)
