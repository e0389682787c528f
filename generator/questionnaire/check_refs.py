"""References between parts of a questionnaire: people, deliverables and milestones named, and the entries approvals name."""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from generator.diagnostics import KeyPath
from generator.questionnaire import model as m
from generator.questionnaire.checking import Checking, folded, items
from generator.questionnaire.suggest import did_you_mean


def walk_refs(obj: object, path: KeyPath = ()) -> Iterator[tuple[str, KeyPath, str]]:
    """Yield ``(kind, path, text)`` for every reference held anywhere in a draft model."""
    if obj is None or not dataclasses.is_dataclass(obj):
        return
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        child = path + (m.yaml_key(f.name),)
        ref = f.metadata.get("ref")
        if isinstance(value, list):
            for i, item in enumerate(value):
                if ref and isinstance(item, str):
                    yield ref, child + (i,), item
                else:
                    yield from walk_refs(item, child + (i,))
        elif ref and isinstance(value, str):
            yield ref, child, value
        else:
            yield from walk_refs(value, child)


def check_references(c: Checking) -> None:
    """Report references to people, deliverables and milestones that are not defined."""
    people = c.people()
    known_people = {m.same_name(p) for p in people}
    named = {kind: (names, {m.same_name(n) for n in names}, where) for kind, names, where in (
        ("deliverable", c.deliverables(), "scope.deliverables"), ("milestone", c.milestones(), "milestones"))}
    team_words = set(m.AUDIENCE_WORDS)
    # a name reported for an invisible character where a space was meant ("Tan Wei\u200bMing", read "Tan WeiMing"):
    # its references written with the space are not reported again as unknown people (review 107b F13: "they differ
    # by U+0020 SPACE" on every reference, naming the wrong character)
    spoilt = {_unspaced(p.name) for i, p in items(c.q.people) if p.name and c.draft.failed(("people", i, "name"))}
    refs = list(walk_refs(c.q))
    cut = _names_cut(refs, people, known_people)
    for kind, (names, known, _where) in named.items():  # a deliverable's or milestone's name split so too (review
        cut.update(_names_cut(refs, names, known, (kind,)))  # 133c F18: "unknown deliverable 'Assessment'")
    for kind, path, text in refs:
        if c.draft.failed(path):  # already reported where it was typed (an invisible character)
            continue
        if path in cut:
            if cut[path]:
                c.report(path, cut[path])
            continue
        if kind in named:
            names, known, where = named[kind]
            if m.same_name(text) not in known:
                hint = did_you_mean(text, names) or f"; use a name written under {where}"
                c.report(path, f"unknown {kind} '{text}'{hint}")
            continue
        if m.same_name(text) in known_people or _unspaced(text) in spoilt:
            continue
        if kind == "audience" and text in team_words:
            continue
        if kind == "person-or-board" and text == m.BOARD:
            continue
        words = list(team_words) if kind == "audience" else [m.BOARD] if kind == "person-or-board" else []
        hint = did_you_mean(text, people + words)
        if kind == "audience":
            tail = hint or f"; use a name written under people, or one of the words {', '.join(m.AUDIENCE_WORDS)}"
        elif kind == "person-or-board":
            tail = hint or "; use a name written under people, or the word board"
        else:
            tail = hint or "; add them under people, or use a name written there"
        c.report(path, f"unknown person '{text}'{tail}")


def _names_cut(refs: list[tuple[str, KeyPath, str]], people: list[str], known: set[str],
               kinds: tuple[str, ...] = ("person", "person-or-board", "audience")) -> dict[KeyPath, str]:
    """Return, for each person's name a list split at its commas ("Tamika Johnson, RN, MSN" in ``[...]`` read as
    three items), one message at its first piece and none at the others (review 132b F9: "unknown person 'RN'", and
    "did you mean 'Tamika Johnson, RN, MSN'?", which was typed)."""
    found: dict[KeyPath, str] = {}
    for i, (kind, path, text) in enumerate(refs):
        if path in found or kind not in kinds or not path or not isinstance(path[-1], int):
            continue
        run = [(path, text)]
        for _kind, other, more in refs[i + 1:]:
            last = run[-1][0][-1]
            if other[:-1] != path[:-1] or not isinstance(last, int) or other[-1] != last + 1:
                break
            run.append((other, more))
            whole = ", ".join(piece for _, piece in run)
            if m.same_name(whole) in known:
                name = next(p for p in people if m.same_name(p) == m.same_name(whole))
                pieces = ", ".join(f"'{piece}'" for _, piece in run[:-1]) + f" and '{run[-1][1]}'"
                found[path] = (f"{pieces} are read as {len(run)} items of this list, as a comma in [brackets] always "
                               f"ends an item: for '{name}', put the name in quotes (\"{name}\") or write each item "
                               "on its own line starting with '- '")
                found.update((piece_path, "") for piece_path, _ in run[1:])
                break
    return found


def check_approval_entries(c: Checking) -> None:
    """Report approvals whose ``id`` is missing, unexpected, or names no request or report."""
    cc = c.q.change_control
    entries = {
        "change-request": ([r.id for _, r in items(cc.requests if cc else None) if r.id],
                           "the id of a request under change_control.requests"),
        "status-report": ([str(r.date) for _, r in items(c.q.status_reports) if r.date],
                          "the date of a report under status_reports"),
    }
    for i, approval in items(c.q.approvals):
        base = ("approvals", i)
        if approval.document is None or c.draft.failed(base + ("id",)):
            continue
        if approval.document not in entries:
            if approval.id is not None:
                c.report(base + ("id",), f"a {approval.document} approval takes no id (only "
                                         f"{' and '.join(m.PER_ENTRY_DOCUMENTS)} approvals name an entry): "
                                         "delete id:")
            continue
        known, what = entries[approval.document]
        if approval.id is None:
            c.report(base + ("id",), f"a {approval.document} approval must say which one it approves: "
                                     f"add id: with {what}", at=base + ("document",))
        elif folded(approval.id) not in {folded(k) for k in known}:
            hint = did_you_mean(approval.id, known) or f"; use {what}"
            c.report(base + ("id",), f"no {approval.document.replace('-', ' ')} '{approval.id}'{hint}")


def _unspaced(name: str) -> str:
    """Return a name as names are compared, without its spaces."""
    return re.sub(r"\s+", "", m.same_name(name))
