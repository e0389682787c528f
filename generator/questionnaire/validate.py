"""Turn a located YAML tree into the typed model, collecting every problem.

The walk is driven by the dataclasses of :mod:`generator.questionnaire.model`: each field's
type and metadata say what a key must hold.  Problems never stop the walk; a
value that cannot be read becomes ``None`` in a *draft* model so that the
semantic checks can still run over the rest, and every problem is reported in
one run.  Only a draft without errors is handed on to rendering.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import typing
from dataclasses import Field, field
from typing import TYPE_CHECKING, Literal, Optional, cast

from generator.questionnaire import draft as dm
from generator.questionnaire import model as m
from generator.diagnostics import Diagnostic, KeyPath, Mark, Severity, format_path
from generator.i18n.english import amount
from generator.questionnaire.file_names import WINDOWS_RESERVED
from generator.questionnaire.funding import costs_read, reserve_read
from generator.questionnaire.rules import schedule_read
from generator.questionnaire.invisible import char_label, is_unseen, without_unseen
from generator.questionnaire.model_types import hints, key_index, unwrap_optional
from generator.questionnaire.suggest import did_you_mean
from generator.questionnaire.tree import MapNode, Node, ScalarNode, SeqNode
from generator.questionnaire.value_formats import CODE_RE, DATE_RE, EMAIL_RE, currencies, language_problem, time_zone_problem
from generator.record import Record

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# What XML 1.0 (and so .docx) cannot hold: C0 controls other than tab and line breaks, surrogates, U+FFFE, U+FFFF.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ONE_OF = {"person": "person", "person-or-board": "person (or the word board)", "deliverable": "deliverable",
           "milestone": "milestone"}


def describe(node: Node) -> str:
    """Return what a node holds, in a PM's words."""
    if isinstance(node, MapNode):
        return "a mapping (key: value lines)"
    if isinstance(node, SeqNode):
        return "a list"
    if node.value is None and not node.quoted:
        return "nothing"
    if isinstance(node.value, bool) and not node.quoted:
        return f"the yes/no value '{node.text}'"
    if isinstance(node.value, (int, float)) and not node.quoted:
        return f"the number {node.text}"
    text = node.text if len(node.text) <= 40 else node.text[:37] + "..."
    return f"the text '{text}'"


class Draft(Record, frozen=False):
    """Return the result of validation: a draft model, its positions and the problems."""

    questionnaire: Optional[dm.Questionnaire]
    marks: dict[KeyPath, Mark] = field(default_factory=dict)
    key_marks: dict[KeyPath, Mark] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def mark(self, path: KeyPath) -> Mark:
        """Return the position of a value, or else the key of its nearest enclosing mapping."""
        if path in self.marks:
            return self.marks[path]
        while path:
            if path in self.key_marks:
                return self.key_marks[path]
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return Mark()

    def failed(self, path: KeyPath) -> bool:
        """Return True when an error was already reported at ``path``."""
        return any(d.path == path and d.severity is Severity.ERROR for d in self.diagnostics)


class Validator:
    """Walk a located tree against the model, recording values, positions and problems."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.draft = Draft(None)

    def problem(self, path: KeyPath, mark: Mark, message: str, severity: Severity = Severity.ERROR) -> None:
        """Record one problem."""
        self.draft.diagnostics.append(Diagnostic(severity, message, path, mark, self.filename))

    # -- structure -------------------------------------------------------------

    def dataclass_value(self, cls: type[DataclassInstance], node: Node, path: KeyPath, anchor: Mark) -> object:
        """Return a dataclass built from a mapping node (fields that fail become None: a draft)."""
        if not isinstance(node, MapNode):
            if isinstance(node, ScalarNode) and node.value is None and not node.quoted:
                self.problem(path, node.mark, f"is empty: expected {self._expects(cls)}")
            else:
                self.problem(path, node.mark, f"must be a mapping of keys ({self._expects(cls)}), not {describe(node)}")
            return None
        fields = {m.yaml_key(f.name): f for f in dataclasses.fields(cls)}
        for name, entry in node.entries.items():
            if name not in fields:
                self._unknown_key(name, entry.key_mark, path, fields, split=_split_text(name, entry.value))
        values: dict[str, object] = {}
        for name, f in fields.items():
            child_path = path + (name,)
            meta = m.key_meta(f)
            written = node.entries.get(name)
            if written is None:
                if meta["required"]:
                    where = self.draft.key_marks.get(path, node.mark)
                    self.problem(child_path, where, f"missing required key '{name}' ({meta['doc']})")
                    values[f.name] = None
                else:
                    values[f.name] = _default(f)
                continue
            self.draft.key_marks[child_path] = written.key_mark
            values[f.name] = self.value(hints(cls)[f.name], meta, written.value, child_path, f)
        return cls(**values)

    def _expects(self, cls: type) -> str:
        names = [m.yaml_key(f.name) for f in dataclasses.fields(cls) if f.metadata["required"]]
        names = names or [m.yaml_key(f.name) for f in dataclasses.fields(cls)][:3]
        return ", ".join(f"{n}:" for n in names)

    def _unknown_key(self, name: str, mark: Mark, path: KeyPath, fields: dict[str, Field[object]],
                     split: bool = False) -> None:
        hint = did_you_mean(name, fields)
        if not hint and split:
            hint = ("; it looks like the rest of a text a comma cut short: inside { } a comma ends a value, so put "
                    "the whole text in quotes (\"..., ...\") or write the keys on lines of their own")
        if not hint:
            elsewhere = [p for p in key_index().get(name, []) if p]
            if elsewhere:
                hint = f" ('{name}' belongs under {elsewhere[0].rsplit('.', 1)[0] or 'the top level'})"
            else:
                hint = f"; allowed keys here: {', '.join(fields)}"
        where = f" in {format_path(path)}" if path else ""
        self.problem(path + (name,), mark, f"unknown key '{name}'{where}{hint}")

    def value(self, tp: object, meta: m.KeyMeta, node: Node, path: KeyPath, f: Field[object]) -> object:
        """Return the value of one key, checked against its declared type."""
        if not isinstance(node, MapNode):  # a mapping is best pointed at by its key
            self.draft.marks[path] = node.mark
        if getattr(node, "poisoned", False):
            return None
        optional = unwrap_optional(tp) is not tp
        tp = unwrap_optional(tp)
        is_null = isinstance(node, ScalarNode) and node.value is None and not node.quoted
        if is_null:
            if typing.get_origin(tp) is list and meta["min_items"] == 0:
                return []
            if optional or not meta["required"]:
                return _default(f)
            self.problem(path, node.mark, f"is empty, but a value is required here ({meta['doc']})")
            return None
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self.dataclass_value(tp, node, path, node.mark)
        if typing.get_origin(tp) is list:
            return self.list_value(typing.get_args(tp)[0], meta, node, path, f)
        return self.scalar_value(tp, meta, node, path)

    def list_value(self, item_tp: object, meta: m.KeyMeta, node: Node, path: KeyPath, f: Field[object]) -> Optional[list[object]]:
        """Return a list of values, each checked; a wrong item becomes None."""
        if not isinstance(node, SeqNode):
            self.problem(path, node.mark, f"must be a list (one '- ' line per item, or [a, b]), not {describe(node)}")
            return None
        if len(node.items) < meta["min_items"]:
            self.problem(path, node.mark, f"must list at least {meta['min_items']} item{'s' if meta['min_items'] > 1 else ''} ({meta['doc']})")
        out: list[object] = []
        for i, item in enumerate(node.items):
            item_path = path + (i,)
            self.draft.marks[item_path] = item.mark
            if isinstance(item_tp, type) and dataclasses.is_dataclass(item_tp):
                out.append(self.dataclass_value(item_tp, item, item_path, item.mark))
            elif isinstance(item, ScalarNode) and item.value is None and not item.quoted:
                self.problem(item_path, item.mark, "is an empty list item: write a value after '- ' or delete the line")
                out.append(None)
            else:
                out.append(self.scalar_value(item_tp, meta, item, item_path))
        return out

    # -- scalars ---------------------------------------------------------------

    def scalar_value(self, tp: object, meta: m.KeyMeta, node: Node, path: KeyPath) -> object:
        """Return one scalar value of the declared type, or None after reporting why not."""
        if getattr(node, "poisoned", False):
            return None
        if typing.get_origin(tp) is Literal:
            return self.enum_value(typing.get_args(tp), node, path)
        if tp is str:
            return self.text_value(meta, node, path)
        if tp is bool:
            if isinstance(node, ScalarNode) and isinstance(node.value, bool) and not node.quoted:
                return node.value
            self.problem(path, node.mark, f"must be true or false, not {describe(node)}")
            return None
        if tp in (int, float):
            return self.number_value(tp, meta, node, path)
        if tp is dt.date:
            return self.date_value(node, path)
        raise TypeError(f"no rule for type {tp!r} at {format_path(path)}")  # a bug, not a user error

    def text_value(self, meta: m.KeyMeta, node: Node, path: KeyPath) -> Optional[str]:
        """Return text exactly as typed (without surrounding blanks)."""
        if not isinstance(node, ScalarNode):
            one = _ONE_OF.get(meta["ref"] or "")
            if isinstance(node, SeqNode) and one is not None:
                count = f"a list of {len(node.items)}" if node.items else "an empty list"
                self.problem(path, node.mark, f"must name exactly one {one}, not {count}")
            elif isinstance(node, MapNode) and len(node.entries) == 1:
                # "- Conformité PCI-DSS SAQ A : aucune donnée": French puts a space before the colon (review 67c)
                key = next(iter(node.entries))
                self.problem(path, node.mark, f"must be text, not {describe(node)}: if '{key[:40]}: ...' is one text "
                                              "holding a colon and a space, put the whole text in quotes")
            elif isinstance(node, SeqNode) and node.items:  # review 93b F6: "options" written as a list
                self.problem(path, node.mark, f"must be text, not {describe(node)}: write its items as one text, "
                                              "e.g. '(a) ...; (b) ...'")
            else:
                self.problem(path, node.mark, f"must be text, not {describe(node)}")
            return None
        raw = node.value if node.quoted or not isinstance(node.value, (int, float, bool)) else node.text
        text = str(raw if raw is not None else node.text).strip()
        bad = _XML_UNSAFE.search(text)
        if bad:
            self.problem(path, node.mark, f"contains the character U+{ord(bad.group()):04X}, which documents cannot hold "
                                          "(it can only be typed as an escape such as \\a or \\u0007); remove it")
            return None
        if not text:
            self.problem(path, node.mark, "is empty: write the text, or delete the key if it is optional")
            return None
        if meta["one_line"] and "\n" in text:
            self.problem(path, node.mark, "must fit on one line")
            return None
        fmt = meta["fmt"]
        if fmt == "code":
            return self._code(text, node, path)
        if fmt == "email" and not EMAIL_RE.match(text):
            self.problem(path, node.mark, f"'{text}' does not look like an e-mail address (name@example.com)")
            return None
        if fmt == "currency" and text not in currencies():
            hint = did_you_mean(text, currencies(), cutoff=0.67) if text.upper() not in currencies() else f" (did you mean '{text.upper()}'?)"
            self.problem(path, node.mark, f"'{text}' is not an ISO 4217 currency code such as EUR, USD or GBP{hint}")
            return None
        why = language_problem(text) if fmt == "language" else time_zone_problem(text) if fmt == "time-zone" else None
        if why:
            self.problem(path, node.mark, why)
            return None
        return text

    def _code(self, text: str, node: ScalarNode, path: KeyPath) -> Optional[str]:
        if not CODE_RE.match(text):
            why = []
            if not 2 <= len(text) <= 20:
                why.append(f"it has {len(text)} characters")
            bad = sorted({c for c in text if not re.match(r"[A-Z0-9-]", c)})
            if bad:
                shown = ", ".join("space" if c == " " else char_label(c) if is_unseen(c) else f"'{c}'" for c in bad[:6])
                why.append(f"it contains {shown}")
            hint = ""
            fixed = re.sub(r"[^A-Z0-9-]+", "-", without_unseen(text).upper()).strip("-")[:20]
            if CODE_RE.match(fixed):
                hint = f" (did you mean '{fixed}'?)"
            self.problem(path, node.mark, f"'{text}' is not a valid project code: use 2-20 characters of A-Z, 0-9 and - ({'; '.join(why)}){hint}")
            return None
        if text.upper() in WINDOWS_RESERVED:
            self.problem(path, node.mark, f"'{text}' is a device name that Windows reserves and cannot be used in file names; choose another code")
            return None
        if text.strip("-") != text or "--" in text:
            self.problem(path, node.mark, f"'{text}' is not a valid project code: it may not start or end with '-' or hold '--'")
            return None
        return text

    def enum_value(self, allowed: tuple[str, ...], node: Node, path: KeyPath) -> Optional[str]:
        """Return one of the allowed words, or report the list of allowed values."""
        if isinstance(node, ScalarNode) and node.text in allowed:
            return node.text
        shown = describe(node) if not isinstance(node, ScalarNode) else f"'{node.text}'"
        hint = did_you_mean(node.text, allowed) if isinstance(node, ScalarNode) else ""
        self.problem(path, node.mark, f"{shown} is not one of the allowed values: {', '.join(allowed)}{hint}")
        return None

    def number_value(self, tp: object, meta: m.KeyMeta, node: Node, path: KeyPath) -> Optional[float]:
        """Return a number within its bounds, or report why it is not one."""
        value = node.value if isinstance(node, ScalarNode) and not node.quoted else None
        kind = "a whole number" if tp is int else "a number"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and not math.isfinite(value)):
            hint = ""
            if isinstance(node, ScalarNode) and re.search(r"\d", node.text):
                if re.search(r"\d,\d{3}", node.text):
                    hint = " (write it without thousands separators, e.g. 450000)"
                elif re.fullmatch(r"\d{1,3}(?:[.' \u00a0\u202f]\d{3})+", node.text.strip()):  # 22.000, 22 000, 22'000
                    whole = re.sub(r"\D", "", node.text)
                    hint = (f" (write it without thousands separators: {whole}; without the quotes, "
                            f"{node.text.strip()} would read as {amount(float(re.sub(r'[^0-9.]', '', node.text)))})"
                            if "." in node.text else f" (write it without thousands separators: {whole})")
                elif re.search(r"[^\d.\s_-]", node.text):
                    hint = " (write only the number: no currency, unit or % sign)"
                elif node.quoted:
                    hint = " (remove the quotes)"
            self.problem(path, node.mark, f"must be {kind}, not {describe(node)}{hint}")
            return None
        assert isinstance(node, ScalarNode)  # only a scalar holds a number
        if isinstance(value, float) and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", node.text.strip()):
            self.problem(path, node.mark, f"{node.text.strip()} reads as {value:g}: if the dot separates thousands, "
                         f"write {re.sub(r'[^0-9]', '', node.text)}; if {value:g} is meant, write {value:g}",
                         Severity.WARNING)
        if tp is int and isinstance(value, float):
            if not value.is_integer():
                self.problem(path, node.mark, f"must be a whole number, not {node.text}")
                return None
            value = int(value)
        if meta["minimum"] is not None and value < meta["minimum"]:
            self.problem(path, node.mark, f"must be at least {amount(meta['minimum'])}, not {node.text}")
            return None
        if meta["maximum"] is not None and value > meta["maximum"]:
            self.problem(path, node.mark, f"must be at most {amount(meta['maximum'])}, not {node.text}")
            return None
        return value

    def date_value(self, node: Node, path: KeyPath) -> Optional[dt.date]:
        """Return a real calendar date written YYYY-MM-DD, or report why it is not one."""
        if not isinstance(node, ScalarNode):
            self.problem(path, node.mark, f"must be a date written YYYY-MM-DD, not {describe(node)}")
            return None
        text = node.text.strip()
        match = DATE_RE.match(text)
        if not match:
            if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[Tt ]", text):
                self.problem(path, node.mark, f"'{text}' has a time; write only the date, YYYY-MM-DD")
            else:
                self.problem(path, node.mark, f"'{text}' is not a date written YYYY-MM-DD (e.g. 2027-01-31)")
            return None
        year, month, day = (int(g) for g in match.groups())
        if year < 1:
            self.problem(path, node.mark, f"'{text}' is not a real date: there is no year 0 (years start at 0001)")
            return None
        if not 1 <= month <= 12:
            self.problem(path, node.mark, f"'{text}' is not a real date: there is no month {month}")
            return None
        try:
            when = dt.date(year, month, day)
        except ValueError:
            last = _days_in_month(year, month)
            self.problem(path, node.mark, f"'{text}' is not a real date: {dt.date(year, month, 1):%B %Y} has {last} days")
            return None
        if text != when.isoformat():  # review 57b: "2026-5-20" was read without a word
            self.problem(path, node.mark, f"'{text}' is read as {when.isoformat()}: write dates as YYYY-MM-DD, "
                         "with two digits for the month and the day", Severity.WARNING)
        return when


def _default(f: Field[object]) -> object:
    """Return the value a field takes when its key is not written (or written empty)."""
    return f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default


def validate_tree(root: MapNode, filename: str) -> Draft:
    """Return the draft model of a loaded questionnaire with its structural problems."""
    validator = Validator(filename)
    validator.draft.marks[()] = root.mark
    # The walk builds the class it is given, holding None wherever a value could not be read: a draft.
    draft_model = cast(Optional[dm.Questionnaire], validator.dataclass_value(m.Questionnaire, root, (), root.mark))
    validator.draft.questionnaire = derive_defaults(draft_model) if draft_model is not None else None
    sv = draft_model.schema_version if draft_model is not None else 1
    if sv is not None and sv != 1:
        validator.problem(("schema_version",), validator.draft.mark(("schema_version",)),
                          f"schema version {sv} is not supported; this pmdocs reads version 1")
    return validator.draft


def derive_defaults(q: dm.Questionnaire) -> dm.Questionnaire:
    """Return the questionnaire with the defaults that depend on other answers filled in.

    Risks without an id are numbered by position (R-01, R-02, ...); the paper size
    follows the budget's currency (US Letter for USD and CAD, A4 otherwise); the contingency
    reserve comes on top of the budget where an answer says so (`funding.reserve_read`); a request recorded with no
    cost whose words cut or raise the budget to a new total, or split a total between the contingency and another source,
    costs what they give (`funding.costs_read`); one with no effect on the schedule
    answered, whose decision notes say the dates hold, moves it 0 days (`rules.schedule_read`).
    """
    risks = [dataclasses.replace(risk, id=f"R-{i:02d}") if risk is not None and risk.id is None else risk
             for i, risk in enumerate(q.risks or [], start=1)]
    organization = q.organization
    if organization is not None and organization.paper is None:
        budget = q.project.budget if q.project is not None else None
        letter = budget is not None and budget.currency in m.LETTER_CURRENCIES
        organization = dataclasses.replace(organization, paper="letter" if letter else "a4")
    q = dataclasses.replace(q, risks=risks if q.risks is not None else None, organization=organization)
    return cast(dm.Questionnaire, schedule_read(costs_read(reserve_read(cast(m.Questionnaire, q)))))


def _days_in_month(year: int, month: int) -> int:
    """Return how many days a month has (as calendar.monthrange does, without importing calendar: ~1 ms)."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day


def _split_text(name: str, value: Node) -> bool:
    """Return True when an unknown key reads as the end of a text cut at a comma (``{note: EUR 52,000}`` gives the
    key ``000``; ``(AUD 70,000)`` the key ``000)``): it has no value, and it is a group of digits (closing marks
    after it) or several words."""
    empty = isinstance(value, ScalarNode) and value.value is None and not value.text
    return empty and (bool(re.fullmatch(r"\d[\d.]*[)\]%.!?'\"]*", name)) or len(name.split()) > 1)

