"""Load a questionnaire safely into a tree of values that remember their lines.

Nothing here constructs Python objects from YAML: the file is read as a stream of
parser events (libyaml when available) and built into :class:`MapNode`,
:class:`SeqNode` and :class:`ScalarNode` with an explicit stack, so that

* tags such as ``!!python/object/apply`` are refused, never executed;
* alias bombs are refused as soon as their expansion passes a budget;
* deep nesting cannot exhaust the interpreter's stack, and pmdocs's own limit
  (:data:`MAX_DEPTH`) is the one reported, before any parser's own;
* merge keys (``<<: *defaults``, ``<<: [*a, *b]``) merge as YAML says, and
  duplicate keys are errors instead of silently losing the first value;
* each scalar remembers where its invisible characters were typed and a ``#``
  comment right after it, for the checks of :mod:`generator.questionnaire.as_typed`.

Every hostile input becomes a :class:`~generator.diagnostics.Diagnostic` with a
line, never a traceback.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from generator.diagnostics import Diagnostic, KeyPath, Mark, Severity
from generator.questionnaire.invisible import is_unseen, unseen_characters

DEFAULT_MAX_BYTES = 1_000_000
MAX_DEPTH = 40
STR_TAG = "tag:yaml.org,2002:str"
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STANDARD_SCALARS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "value", "merge")
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"


@dataclass
class ScalarNode:
    """Return a single value with its source text and position."""

    value: object
    text: str
    tag: str
    quoted: bool
    mark: Mark
    poisoned: bool = False
    size: int = 1
    unseen_marks: tuple[Mark, ...] = ()  # where each invisible or unusual character of the value was typed
    comment: Optional["TrailingComment"] = None  # a '#' comment right after an unquoted value, on its line


@dataclass(frozen=True)
class TrailingComment:
    """Return a comment written after an unquoted value on the same line (``Slack #steering``)."""

    mark: Mark  # the '#'
    gap: str  # the blanks between the value and the '#'
    text: str  # what follows the '#', up to the end of the line


@dataclass
class SeqNode:
    """Return a YAML list with its position."""

    items: list["Node"]
    mark: Mark
    size: int = 1
    poisoned: bool = False


@dataclass
class MapEntry:
    """Return one ``key: value`` pair with the key's position."""

    key: str
    key_mark: Mark
    value: "Node"


@dataclass
class MapNode:
    """Return a YAML mapping whose entries keep their order and key positions."""

    entries: dict[str, MapEntry]
    mark: Mark
    size: int = 1
    poisoned: bool = False


Node = Union[ScalarNode, SeqNode, MapNode]


@dataclass
class Document:
    """Return a loaded questionnaire: its tree and the problems met while reading it."""

    root: Optional[MapNode]
    filename: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _mark(yaml_mark: object) -> Mark:
    """Return a 1-based :class:`Mark` from PyYAML's 0-based mark."""
    if yaml_mark is None:
        return Mark()
    return Mark(getattr(yaml_mark, "line", 0) + 1, getattr(yaml_mark, "column", 0) + 1)


def _offset_mark(text: Union[str, bytes], offset: int) -> Mark:
    """Return the line and column of a character (or byte) offset."""
    if isinstance(text, bytes):
        before_bytes = text[:offset]
        return Mark(before_bytes.count(b"\n") + 1, offset - before_bytes.rfind(b"\n"))
    before = text[:offset]
    return Mark(before.count("\n") + 1, offset - before.rfind("\n"))


_SYNTAX_HINTS: list[tuple[str, str]] = [
    ("found character '\\t'", "a tab character is used for indentation here; YAML allows only spaces"),
    ("found character '\t'", "a tab character is used for indentation here; YAML allows only spaces"),
    ("did not find expected <document start>", "this line is not part of a 'key: value' pair: check its indentation, or a missing colon above it"),
    ("mapping keys are not allowed", "unexpected 'key:' here: check the indentation, or put text that contains ': ' in quotes"),
    ("mapping values are not allowed", "unexpected ':' here: put text that contains ': ' in quotes, or fix the indentation"),
    ("could not find expected ':'", "expected 'key: value' here: a colon is missing or the indentation is off"),
    ("did not find expected key", "bad indentation: this line does not line up with the keys above it"),
    ("did not find expected '-' indicator", "bad indentation: this list item does not line up with the items above it"),
    ("did not find expected node content", "a value is missing or the indentation is off"),
    ("found undefined alias", "unknown alias: no anchor (&name) of that name is defined above it"),
    ("found unknown escape character", "unknown escape (\\) in double-quoted text: use single quotes, or write \\\\ for a backslash"),
    ("found unexpected end of stream", "the file ends inside quoted text: a closing quote is missing"),
    ("found unexpected ':'", "unexpected ':' here: put text that contains ': ' in quotes"),
    ("block sequence entries are not allowed", "a list item ('- ') cannot start here: check the indentation"),
    ("expected <block end>", "bad indentation: this line does not line up with the lines above it"),
    ("expected ',' or ']'", "a list in brackets [...] is not closed, or an item needs quotes"),
    ("expected ',' or '}'", "a mapping in braces {...} is not closed, or a value needs quotes"),
    ("found a tab character", "a tab character is used here; YAML allows only spaces for indentation"),
    ("found character '@' that cannot start any token", "text starting with '@' must be put in quotes"),
    ("found character '`' that cannot start any token", "text starting with '`' must be put in quotes"),
    ("found character '%' that cannot start any token", "text starting with '%' must be put in quotes"),
]


def _short_tag(tag: Optional[str]) -> str:
    """Return a tag as written in YAML, e.g. ``!!python/object`` rather than its long form."""
    tag = tag or ""
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


def _tag_problem(tag: Optional[str]) -> str:
    """Return the message for a YAML tag that questionnaires may not use."""
    return (f"YAML tag '{_short_tag(tag)}' is not allowed: a questionnaire holds only plain text, "
            "numbers, dates, lists and mappings")


def _syntax_message(error: yaml.MarkedYAMLError, text: str) -> tuple[str, Mark]:
    """Return a plain-language message and position for a YAML syntax error."""
    problem = str(error.problem or error.context or "the YAML syntax is invalid")
    mark = _mark(error.problem_mark or error.context_mark)
    index = getattr(error.problem_mark, "index", None)
    char = text[index] if isinstance(index, int) and 0 <= index < len(text) else ""
    if char == "\t":
        return "YAML syntax error: a tab character is used here; YAML allows only spaces for indentation", mark
    if "cannot start any token" in problem and char:
        return f"YAML syntax error: text cannot start with '{char}' here; put the whole text in quotes", mark
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem or (needle and needle in str(error.context or "")):
            if "end of stream" in needle and error.context_mark is not None:
                mark = _mark(error.context_mark)
            return f"YAML syntax error: {hint}", mark
    problem = re.sub(r"\s+", " ", problem).strip()
    return f"YAML syntax error: {problem}", mark


_COMMENT_AFTER = re.compile(r"([ \t]+)(#)([^\n]*)")
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(_))")


def _unseen_offsets(text: str, start: int, end: int) -> list[int]:
    """Return the offsets, in the source, of the invisible characters of the scalar typed in ``text[start:end]``.

    A character is found typed as itself or, in double quotes, as an escape
    (``\\u200B``, ``\\xA0``, ``\\_``); each offset points at where it was typed.
    """
    offsets = []
    for index in range(start, end):
        char = text[index]
        if char == "\\" and text[start] == '"':
            escape = _ESCAPE.match(text, index)
            if escape:
                code = next((g for g in escape.groups()[:3] if g), None)
                char = chr(int(code, 16)) if code else "\u00a0"
        if not char.isascii() and is_unseen(char):
            offsets.append(index)
    return offsets


class _LoadAbort(Exception):
    """Internal: stop loading with one diagnostic."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


_constructor = SafeConstructor()
_resolver = Resolver()


def _scalar(event: yaml.ScalarEvent, problems: list[str]) -> ScalarNode:
    """Return a scalar node with its value resolved the way YAML 1.1 safe loading does."""
    mark = _mark(event.start_mark)
    quoted = event.style not in (None, "")
    tag = event.tag
    if tag in (None, "!"):
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
    if tag not in _STANDARD_SCALARS:
        problems.append(_tag_problem(event.tag))
        return ScalarNode(None, event.value, STR_TAG, quoted, mark, poisoned=True)
    node = yaml.ScalarNode(tag, event.value)
    value: object
    try:
        if tag.endswith(":str") or tag.endswith(":value"):
            value = event.value
        elif tag.endswith(":null"):
            value = None
        elif tag.endswith(":bool"):
            value = _constructor.construct_yaml_bool(node)
        elif tag.endswith(":int"):
            value = _constructor.construct_yaml_int(node)
        elif tag.endswith(":float"):
            value = _constructor.construct_yaml_float(node)
        else:  # timestamp: kept as text, checked as a date by the validator
            value = event.value
    except (ValueError, ConstructorError):
        value = event.value
        tag = STR_TAG
    return ScalarNode(value, event.value, tag, quoted, mark)


@dataclass
class _Frame:
    """One open list or mapping while the tree is built."""

    node: Union[MapNode, SeqNode]
    anchor: Optional[str]
    path: KeyPath
    key: Optional[ScalarNode] = None  # a mapping's key waiting for its value
    merged: set[str] = field(default_factory=set)  # keys taken from '<<' that an explicit key may override
    merge_mark: Optional[Mark] = None  # where this mapping's '<<' was written


def _what(node: Node) -> str:
    """Return what a node holds, in a few words."""
    if isinstance(node, SeqNode):
        return "a list"
    if isinstance(node, MapNode):
        return "a mapping"
    return "nothing" if node.value is None and not node.quoted else f"the value '{node.text}'"


class _Builder:
    """Build the located tree from parser events with an explicit stack."""

    def __init__(self, max_nodes: int, text: str) -> None:
        self.max_nodes = max_nodes
        self.text = text
        self.total = 0
        self.anchors: dict[str, Node] = {}
        self.problems: list[tuple[str, Mark, KeyPath]] = []
        self.stack: list[_Frame] = []
        self.root: Optional[Node] = None

    def _count(self, size: int, mark: Mark) -> None:
        self.total += size
        if self.total > self.max_nodes:
            raise _LoadAbort(
                "aliases (*name) expand to far more values than the file holds (an 'alias bomb'); "
                "write the values out instead of repeating aliases",
                mark,
            )

    def _child_path(self) -> KeyPath:
        """Return the key path the next node will have."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.node, SeqNode):
            return frame.path + (len(frame.node.items),)
        return frame.path + (frame.key.text,) if frame.key is not None else frame.path

    def _attach(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        parent = frame.node
        if isinstance(parent, SeqNode):
            parent.items.append(node)
            parent.size += node.size
            return
        key = frame.key
        if key is None:
            if not isinstance(node, ScalarNode):
                self.problems.append(("a key must be plain text, not a list or mapping", node.mark, frame.path))
                frame.key = ScalarNode(None, "", STR_TAG, False, node.mark, poisoned=True)
            else:
                frame.key = node
            return
        frame.key = None
        parent.size += node.size
        if key.poisoned:
            return
        if key.tag == _MERGE_TAG and key.text == "<<":
            self._merge(frame, node, key.mark)
            return
        name = key.text
        if name in parent.entries and name not in frame.merged:
            first = parent.entries[name].key_mark.line
            self.problems.append((f"duplicate key '{name}' (first written at line {first}); each key may appear once",
                                  key.mark, frame.path + (name,)))
            return
        frame.merged.discard(name)
        parent.entries.pop(name, None)  # an explicit key overrides a merged one, in its own place
        parent.entries[name] = MapEntry(name, key.mark, node)

    def _merge(self, frame: _Frame, node: Node, mark: Mark) -> None:
        """Add the entries of the mapping(s) merged with ``<<`` that the mapping does not set itself.

        Keys written in the mapping win over merged ones, wherever they stand; in a
        list ``<<: [*a, *b]`` the earlier mapping wins. Merged entries keep their own
        positions, so a problem in one points at the line it was written on.
        """
        path = frame.path + ("<<",)
        if frame.merge_mark is not None:
            self.problems.append((f"duplicate key '<<' (first written at line {frame.merge_mark.line}); "
                                  "merge several mappings with one list: <<: [*first, *second]", mark, path))
            return
        frame.merge_mark = mark
        sources: list[MapNode] = []
        for source in node.items if isinstance(node, SeqNode) else [node]:
            if not isinstance(source, MapNode):
                self.problems.append((f"'<<' merges mappings (an alias such as *defaults, or a list of them "
                                      f"[*a, *b]) into this one, but here it holds {_what(source)}", source.mark, path))
                return
            sources.append(source)
        parent = frame.node
        assert isinstance(parent, MapNode)
        for source in sources:
            if source.poisoned:
                continue
            for name, entry in source.entries.items():
                if name not in parent.entries:
                    parent.entries[name] = entry
                    frame.merged.add(name)

    def _open(self, node: Union[MapNode, SeqNode], anchor: Optional[str], tag: Optional[str], default_tag: str) -> None:
        if tag not in (None, "!", default_tag):
            self.problems.append((_tag_problem(tag), node.mark, self._child_path()))
            node.poisoned = True
        if len(self.stack) >= MAX_DEPTH:
            raise _LoadAbort(f"the file is nested more than {MAX_DEPTH} levels deep; a questionnaire needs far fewer", node.mark)
        self._count(1, node.mark)
        self.stack.append(_Frame(node, anchor, self._child_path()))

    def _close(self) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = frame.node
        self._attach(frame.node)

    def _locate(self, node: ScalarNode, event: yaml.ScalarEvent) -> None:
        """Record where the value's invisible characters were typed, and a '#' comment right after it."""
        start = getattr(event.start_mark, "index", None)
        end = getattr(event.end_mark, "index", None)
        if not isinstance(start, int) or not isinstance(end, int):
            return
        if not event.value.isascii() and next(unseen_characters(event.value), None) is not None:
            node.unseen_marks = tuple(_offset_mark(self.text, i) for i in _unseen_offsets(self.text, start, end))
        if not node.quoted:
            comment = _COMMENT_AFTER.match(self.text, end)
            if comment:
                node.comment = TrailingComment(_offset_mark(self.text, comment.start(2)), comment.group(1),
                                               comment.group(3).rstrip())

    def feed(self, event: yaml.Event) -> None:
        """Add one parser event to the tree."""
        if isinstance(event, yaml.ScalarEvent):
            messages: list[str] = []
            node = _scalar(event, messages)
            self._locate(node, event)
            self.problems.extend((message, node.mark, self._child_path()) for message in messages)
            self._count(1, node.mark)
            if event.anchor:
                self.anchors[event.anchor] = node
            self._attach(node)
        elif isinstance(event, yaml.MappingStartEvent):
            self._open(MapNode({}, _mark(event.start_mark)), event.anchor, event.tag, _MAP_TAG)
        elif isinstance(event, yaml.SequenceStartEvent):
            self._open(SeqNode([], _mark(event.start_mark)), event.anchor, event.tag, _SEQ_TAG)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self._close()
        elif isinstance(event, yaml.AliasEvent):
            mark = _mark(event.start_mark)
            target = self.anchors.get(event.anchor or "")  # an alias event always names its anchor
            if target is None:
                open_anchors = {frame.anchor for frame in self.stack}
                why = "refers to itself" if event.anchor in open_anchors else "has no anchor (&name) above it"
                raise _LoadAbort(f"alias '*{event.anchor}' {why}", mark)
            self._count(target.size, mark)
            self._attach(target)


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return a questionnaire file's text, refusing files that are too big, binary or not UTF-8."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise _LoadAbort(f"cannot read the file: {exc.strerror or exc}", Mark()) from None
    if path.is_dir():
        raise _LoadAbort("this is a folder, not a questionnaire file", Mark())
    if size > max_bytes:
        raise _LoadAbort(
            f"the file is {size:,} bytes; questionnaires are limited to {max_bytes:,} bytes "
            "(use --max-size to raise the limit)",
            Mark(),
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _LoadAbort(f"cannot read the file: {exc.strerror or exc}", Mark()) from None
    return decode(data, max_bytes)


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return UTF-8 text from bytes, or raise a load error that says what is wrong."""
    if len(data) > max_bytes:
        raise _LoadAbort(f"the file is over {max_bytes:,} bytes, the limit for a questionnaire (use --max-size to raise it)", Mark())
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _LoadAbort("the file is saved as UTF-16; save it as UTF-8 instead", Mark())
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _LoadAbort("this is a binary file (it holds NUL bytes), not a YAML questionnaire", _offset_mark(data, nul))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise _LoadAbort(
            f"the file is not UTF-8 text (byte 0x{bad:02X} cannot be read); save it with UTF-8 encoding",
            _offset_mark(data, exc.start),
        ) from None


_FLOW_SIGNS = re.compile(r"[\[\]{}'\"#]")
_QUOTED_END = {"'": re.compile(r"(?:[^']|'')*'"), '"': re.compile(r'(?:[^"\\]|\\.)*"', re.DOTALL)}


def _flow_nesting_end(text: str, limit: int) -> Optional[int]:
    """Return the offset just past the bracket that may nest deeper than ``limit``, or None (a cheap scan).

    Comments are skipped, and so are quoted texts inside brackets (where a quote can
    only start a value); an unmatched closing bracket never counts below zero.
    """
    depth = 0
    pos = 0
    while True:
        match = _FLOW_SIGNS.search(text, pos)
        if match is None:
            return None
        sign, pos = match.group(), match.end()
        before = text[match.start() - 1] if match.start() else "\n"
        if sign in "[{":
            depth += 1
            if depth > limit:
                return pos
        elif sign in "]}":
            depth = max(0, depth - 1)
        elif sign == "#":
            if before.isspace():
                newline = text.find("\n", pos)
                pos = len(text) if newline < 0 else newline
        elif depth and (before.isspace() or before in "[{,:"):
            end = _QUOTED_END[sign].match(text, pos)
            pos = end.end() if end else len(text)


def _feed_events(parser_class: type, text: str, builder: "_Builder") -> None:
    """Run one parser over ``text`` and feed its events to ``builder``."""
    documents = 0
    loader = parser_class(text)
    try:
        while True:
            event = loader.get_event()
            if event is None:
                break
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _LoadAbort(
                        "the file holds more than one YAML document (a second '---'); keep one questionnaire per file",
                        _mark(event.start_mark),
                    )
            builder.feed(event)
    finally:
        loader.dispose()


def _own_abort(prefix: str, max_nodes: int) -> Optional[_LoadAbort]:
    """Return the error pmdocs's own checks raise while reading ``prefix`` with the pure-Python parser, if any.

    libyaml's scanner reads ahead inside brackets and refuses very deep nesting before
    its events reach the builder; the pure-Python parser has no limit of its own and
    hands events over as it goes, so pmdocs's limit (MAX_DEPTH) is met first and
    reported at its place, without depending on the wording of libyaml's message.
    A syntax error in the prefix (it may end anywhere) means no own error was met.
    """
    try:
        _feed_events(yaml.SafeLoader, prefix, _Builder(max_nodes, prefix))
    except _LoadAbort as abort:
        return abort
    except yaml.YAMLError:
        return None
    return None


def _own_abort_before(text: str, error: yaml.MarkedYAMLError, max_nodes: int) -> Optional[_LoadAbort]:
    """Return pmdocs's own load error met before a parser error, if any (a net under the pre-scan)."""
    index = getattr(error.problem_mark or error.context_mark, "index", None)
    if _Parser is yaml.SafeLoader or not isinstance(index, int):
        return None
    end = text.find("\n", index)
    return _own_abort(text[: len(text) if end < 0 else end + 1], max_nodes)


def parse(text: str, filename: str, max_nodes: Optional[int] = None) -> Document:
    """Return the located tree of a questionnaire's text, with any problems met."""
    doc = Document(None, filename)
    if max_nodes is None:
        max_nodes = 20_000 + len(text) // 2
    deep = _flow_nesting_end(text, MAX_DEPTH)
    too_deep = _own_abort(text[:deep], max_nodes) if deep is not None else None
    if too_deep is not None:
        doc.diagnostics.append(Diagnostic(Severity.ERROR, too_deep.message, (), too_deep.mark, filename))
        return doc
    builder = _Builder(max_nodes, text)
    try:
        _feed_events(_Parser, text, builder)
    except _LoadAbort as abort:
        doc.diagnostics.append(Diagnostic(Severity.ERROR, abort.message, (), abort.mark, filename))
        return doc
    except yaml.reader.ReaderError as exc:
        char = exc.character
        code = f"U+{ord(char) if isinstance(char, str) else char:04X}"
        doc.diagnostics.append(Diagnostic(
            Severity.ERROR,
            f"the file contains the control character {code}, which documents cannot hold; delete it",
            (), _offset_mark(text, exc.position), filename,
        ))
        return doc
    except yaml.MarkedYAMLError as exc:
        own = _own_abort_before(text, exc, max_nodes)
        if own is not None:
            doc.diagnostics.append(Diagnostic(Severity.ERROR, own.message, (), own.mark, filename))
            return doc
        message, mark = _syntax_message(exc, text)
        doc.diagnostics.append(Diagnostic(Severity.ERROR, message, (), mark, filename))
        return doc
    except yaml.YAMLError as exc:  # pragma: no cover - defensive: unmarked parser errors
        doc.diagnostics.append(Diagnostic(Severity.ERROR, f"YAML syntax error: {exc}", (), Mark(), filename))
        return doc
    for message, mark, path in builder.problems:
        doc.diagnostics.append(Diagnostic(Severity.ERROR, message, path, mark, filename))
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
    except _LoadAbort as abort:
        return Document(None, name, [Diagnostic(Severity.ERROR, abort.message, (), abort.mark, name)])
    return parse(text, name)


def load_text(text: str, filename: str = "<questionnaire>") -> Document:
    """Return the located tree of questionnaire text (used by tests and ``init``)."""
    return parse(text, filename)


__all__ = [
    "Document", "MapEntry", "MapNode", "Node", "ScalarNode", "SeqNode",
    "DEFAULT_MAX_BYTES", "load", "load_text", "decode",
]
