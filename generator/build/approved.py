"""Approved documents' fingerprints: the digest of what a document says, and the approvals whose document has changed.

A document's fingerprint is ``sha256:`` and the SHA-256 of its Markdown as pmdocs writes it
from the questionnaire's answers with no approval recorded (so recording the approval does not
change it). ``pmdocs fingerprint`` prints it for every document of a pack; an approval of a
document's current version (its latest revision's) that gives one which no longer matches
gets a warning: the document has changed since it was approved (the questionnaire format's
promise); so does an approval of an earlier version while the current one is not approved (a later version is a
change since: review 125c F8).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path
from typing import Optional, Sequence

from generator.diagnostics import Diagnostic, Mark, Severity
from generator.questionnaire import model as m
from generator.questionnaire.approval import approval_state
from generator.questionnaire.file_names import entry_id

FINGERPRINT = re.compile(r"sha256:[0-9a-f]{64}")
PLACEHOLDER = "sha256:..."  # the questionnaire format's example: no fingerprint yet


def digest(markdown: str) -> str:
    """Return a document's fingerprint: ``sha256:`` and the SHA-256 of its Markdown (UTF-8)."""
    return "sha256:" + hashlib.sha256(markdown.encode("utf-8")).hexdigest()


def fingerprints(q: m.Questionnaire, templates: Optional[Path] = None) -> dict[tuple[str, str], str]:
    """Return every document's fingerprint, by (kind, entry id: '' for a document of the whole project)."""
    from generator.render.templates import render_project  # only where an approval gives a fingerprint

    plain = dataclasses.replace(q, approvals=[])
    return {(doc.slug, doc.entry_id): digest(doc.markdown) for doc in render_project(plain, templates)
            if not doc.per_entry or doc.entry_id}


def current_version(q: m.Questionnaire, document: str, entry: str) -> str:
    """Return the version a document is at: its latest revision's, else the version last approved (as its document
    control says: `approval.approval_state`)."""
    return approval_state(q, document, entry).version or ""


def check_fingerprints(q: m.Questionnaire, marks: Sequence[Mark], filename: str,
                       templates: Optional[Path] = None) -> list[Diagnostic]:
    """Return a warning for each approval whose fingerprint is not one pmdocs writes, or whose document (at the version
    it approved) has changed since; ``marks``: where each approval's fingerprint is written."""
    found: list[Diagnostic] = []
    wanted = [(k, a) for k, a in enumerate(q.approvals) if a.fingerprint and a.fingerprint.strip() != PLACEHOLDER]
    if not wanted:
        return found
    now: Optional[dict[tuple[str, str], str]] = None
    for k, approval in wanted:
        given = (approval.fingerprint or "").strip()
        path = ("approvals", k, "fingerprint")
        mark = marks[k] if k < len(marks) else Mark()
        if not FINGERPRINT.fullmatch(given):
            found.append(Diagnostic(Severity.WARNING, f"'{given}' is not a fingerprint pmdocs writes ('sha256:' and "
                                    "64 hexadecimal digits): it cannot be checked; `pmdocs fingerprint` prints "
                                    "each document's", path, mark, filename))
            continue
        entry = entry_id(approval.id) if approval.id else ""
        version = current_version(q, approval.document, entry)
        later = approval.version != version
        if later and any(a.document == approval.document and (entry_id(a.id) if a.id else "") == entry
                         and a.version == version for a in q.approvals):
            continue  # an earlier version's, and the later one is approved too: that approval's is the one checked
        now = now if now is not None else fingerprints(q, templates)
        current = now.get((approval.document, entry))
        if current is not None and current != given:
            # (a later version, not approved, is a change since too: review 125c F8, a new revision silenced it)
            since = f": it is now version {version}, not yet approved, and" if later else ":"
            found.append(Diagnostic(Severity.WARNING, f"the approved document ({approval.document}"
                                    f"{' ' + entry if entry else ''}, version {approval.version}) has changed since "
                                    f"it was approved{since} its fingerprint is now {current}", path, mark, filename))
    return found
