"""Load a questionnaire safely into a tree of values that remember their lines.

Nothing here constructs Python objects from YAML: the file is read as a stream of
parser events (libyaml when available) and built into the located tree of
:mod:`generator.questionnaire.tree` by :mod:`generator.questionnaire.builder`, so that

* tags such as ``!!python/object/apply`` are refused, never executed;
* alias bombs are refused as soon as their expansion passes a budget;
* deep nesting cannot exhaust the interpreter's stack, and pmdocs's own limit
  is the one reported, before any parser's own (:mod:`generator.questionnaire.depth`);
* merge keys (``<<: *defaults``, ``<<: [*a, *b]``) merge as YAML says
  (:mod:`generator.questionnaire.merge`), and duplicate keys are errors instead of
  silently losing the first value;
* each scalar remembers where its invisible characters were typed and a ``#``
  comment right after it (:mod:`generator.questionnaire.typed_at`), for the checks
  of :mod:`generator.questionnaire.as_typed`.

Every hostile input becomes a :class:`~generator.diagnostics.Diagnostic` with a
line (:mod:`generator.questionnaire.yaml_problems`), never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

import yaml

from generator.diagnostics import Diagnostic, Mark, Severity
from generator.questionnaire.builder import MAX_DEPTH, PARSER, Builder, feed_events
from generator.questionnaire.depth import flow_nesting_end, own_abort, own_abort_before
from generator.questionnaire.file_text import DEFAULT_MAX_BYTES, read_text
from generator.questionnaire.tree import Document, MapNode, ScalarNode, SeqNode
from generator.questionnaire.yaml_problems import LoadAbort, offset_mark, syntax_message


def parse(text: str, filename: str, max_nodes: Optional[int] = None) -> Document:
    """Return the located tree of a questionnaire's text, with any problems met."""
    doc = Document(None, filename)
    if max_nodes is None:
        max_nodes = 20_000 + len(text) // 2
    deep = flow_nesting_end(text, MAX_DEPTH)
    too_deep = own_abort(text[:deep], max_nodes) if deep is not None else None
    if too_deep is not None:
        doc.diagnostics.append(Diagnostic(Severity.ERROR, too_deep.message, (), too_deep.mark, filename))
        return doc
    builder = Builder(max_nodes, text)
    try:
        feed_events(PARSER, text, builder)
    except LoadAbort as abort:
        doc.diagnostics.append(Diagnostic(Severity.ERROR, abort.message, (), abort.mark, filename))
        return doc
    except yaml.reader.ReaderError as exc:
        char = exc.character
        code = f"U+{ord(char) if isinstance(char, str) else char:04X}"
        doc.diagnostics.append(Diagnostic(
            Severity.ERROR,
            f"the file contains the control character {code}, which documents cannot hold; delete it",
            (), offset_mark(text, exc.position), filename,
        ))
        return doc
    except yaml.MarkedYAMLError as exc:
        own = own_abort_before(text, exc, max_nodes)
        if own is not None:
            doc.diagnostics.append(Diagnostic(Severity.ERROR, own.message, (), own.mark, filename))
            return doc
        message, mark = syntax_message(exc, text)
        doc.diagnostics.append(Diagnostic(Severity.ERROR, message, (), mark, filename))
        return doc
    except yaml.YAMLError as exc:  # pragma: no cover - defensive: unmarked parser errors
        doc.diagnostics.append(Diagnostic(Severity.ERROR, f"YAML syntax error: {exc}", (), Mark(), filename))
        return doc
    for message, mark, path in builder.problems:
        doc.diagnostics.append(Diagnostic(Severity.ERROR, message, path, mark, filename))
    for message, mark, path in builder.warnings:
        doc.diagnostics.append(Diagnostic(Severity.WARNING, message, path, mark, filename))
    root = builder.root
    if root is None or (isinstance(root, ScalarNode) and root.value is None and not root.quoted):
        doc.diagnostics.append(Diagnostic(
            Severity.ERROR,
            "the file is empty: a questionnaire is a mapping with keys such as project:, people: and roles: "
            "(run 'pmdocs init' for a complete example)",
            (), Mark(), filename,
        ))
        return doc
    if not isinstance(root, MapNode):
        found = "a list" if isinstance(root, SeqNode) else "a single value"
        doc.diagnostics.append(Diagnostic(
            Severity.ERROR,
            f"the top level must be a mapping of keys (schema_version:, project:, people:, ...), but the file holds {found}",
            (), root.mark, filename,
        ))
        return doc
    doc.root = root
    return doc


def load(path: Union[str, Path], max_bytes: int = DEFAULT_MAX_BYTES, display_name: Optional[str] = None) -> Document:
    """Return the located tree of a questionnaire file; problems are in ``diagnostics``."""
    path = Path(path)
    name = display_name if display_name is not None else str(path)
    try:
        text = read_text(path, max_bytes)
    except LoadAbort as abort:
        return Document(None, name, [Diagnostic(Severity.ERROR, abort.message, (), abort.mark, name)])
    return parse(text, name)


def load_text(text: str, filename: str = "<questionnaire>") -> Document:
    """Return the located tree of questionnaire text (used by tests and ``init``)."""
    return parse(text, filename)


__all__ = ["DEFAULT_MAX_BYTES", "load", "load_text", "parse"]
