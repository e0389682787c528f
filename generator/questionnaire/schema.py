"""A JSON Schema of the questionnaire, derived from the model's declarations.

Editors with the YAML language server use it to autocomplete keys and flag
mistakes as the PM types; ``pmdocs validate`` remains the full check (cross
references and dates are beyond what a schema can say).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from typing import TYPE_CHECKING, Any, Literal

from generator.questionnaire import model as m
from generator.questionnaire.model_types import hints, unwrap_optional
from generator.questionnaire.value_formats import CODE_RE, LANGUAGE_TAG_RE, TIME_ZONE_RE, currencies

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Schema = dict[str, Any]  # a JSON Schema object: JSON values, not typed further

SCHEMA_FILENAME = "pmdocs.schema.json"
_REF_HINTS = {
    "person": "The exact name of a person under people.",
    "person-or-board": "The exact name of a person under people, or the word board.",
    "audience": "The exact name of a person under people, or one of: team, stakeholders, everyone.",
    "deliverable": "The exact name of a deliverable under scope.deliverables.",
    "milestone": "The exact name of a milestone under milestones.",
}
_FORMAT_PATTERNS = {"code": CODE_RE.pattern, "language": LANGUAGE_TAG_RE.pattern, "time-zone": TIME_ZONE_RE.pattern}


def _type_schema(tp: object, meta: m.KeyMeta) -> Schema:
    """Return the JSON Schema of one field's type."""
    tp = unwrap_optional(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return object_schema(tp)
    if typing.get_origin(tp) is list:
        item_meta: m.KeyMeta = {**meta, "min_items": 0}
        out: Schema = {"type": "array", "items": _type_schema(typing.get_args(tp)[0], item_meta)}
        if meta.get("min_items"):
            out["minItems"] = meta["min_items"]
        return out
    if typing.get_origin(tp) is Literal:
        return {"type": "string", "enum": list(typing.get_args(tp))}
    if tp is bool:
        return {"type": "boolean"}
    if tp in (int, float):
        out = {"type": "integer" if tp is int else "number"}
        if meta.get("minimum") is not None:
            out["minimum"] = meta["minimum"]
        if meta.get("maximum") is not None:
            out["maximum"] = meta["maximum"]
        return out
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    out = {"type": "string", "minLength": 1}
    fmt = meta.get("fmt")
    if fmt in _FORMAT_PATTERNS:
        out["pattern"] = _FORMAT_PATTERNS[fmt]
    elif fmt == "email":
        out["format"] = "email"
    elif fmt == "currency":
        out["enum"] = sorted(currencies())
    ref_hint = _REF_HINTS.get(meta["ref"] or "")
    if ref_hint is not None:
        out["description"] = ref_hint
    return out


def object_schema(cls: type[DataclassInstance]) -> Schema:
    """Return the JSON Schema of one model dataclass."""
    properties: dict[str, Schema] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        name = m.yaml_key(f.name)
        meta = m.key_meta(f)
        prop = _type_schema(hints(cls)[f.name], meta)
        doc = meta["doc"]
        prop["description"] = f"{doc}. {prop['description']}" if "description" in prop and prop.get("type") != "object" else doc
        if f.default not in (dataclasses.MISSING, None):
            prop["default"] = f.default
        properties[name] = prop
        if meta["required"]:
            required.append(name)
    out: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        out["required"] = required
    return out


def json_schema() -> Schema:
    """Return the JSON Schema (draft-07) of questionnaire format version 1."""
    schema = object_schema(m.Questionnaire)
    schema["properties"]["schema_version"]["enum"] = [1]
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "pmdocs-questionnaire-v1",
        "title": "pmdocs project questionnaire (schema_version 1)",
        "description": "One project's answers; pmdocs validate checks what a schema cannot (references, dates).",
        **schema,
    }


def schema_text() -> str:
    """Return the JSON Schema as stable, readable JSON text."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
