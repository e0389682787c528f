"""Build the located tree from YAML parser events, with an explicit stack: tags refused, aliases budgeted, depth capped."""

from __future__ import annotations

import re
from dataclasses import field
from typing import Optional, Union

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from generator.diagnostics import KeyPath, Mark
from generator.questionnaire.merge import MERGE_KEY, Problem, merge, twice
from generator.questionnaire.tree import MapEntry, MapNode, Node, ScalarNode, SeqNode
from generator.questionnaire.typed_at import locate
from generator.questionnaire.yaml_problems import LoadAbort, tag_problem, yaml_mark
from generator.record import Record

MAX_DEPTH = 40
STR_TAG = "tag:yaml.org,2002:str"
PARSER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
_STANDARD_SCALARS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "value", "merge")
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"

_constructor = SafeConstructor()
_resolver = Resolver()


def scalar(event: yaml.ScalarEvent, problems: list[str]) -> ScalarNode:
    """Return a scalar node with its value resolved the way YAML 1.1 safe loading does."""
    mark = yaml_mark(event.start_mark)
    quoted = event.style not in (None, "")
    tag = event.tag
    if tag in (None, "!"):
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
    if tag not in _STANDARD_SCALARS:
        problems.append(tag_problem(event.tag))
        return ScalarNode(None, event.value, STR_TAG, quoted, mark, poisoned=True)
    node = yaml.ScalarNode(tag, event.value)
    value: object
    try:
        if tag.endswith(":str") or tag.endswith(":value"):
            value = joined(event.value, folded=event.style == ">") if event.style in ("|", ">") else event.value
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


# a month's name and a day ending an item, the year cut off after it: "... the Gate 4 date of May 28"
_MONTH_DAY_END = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?$",
                            re.IGNORECASE)


def joined(text: str, folded: bool = False) -> str:
    """Return block text (``|``, or ``>`` when ``folded``) as paragraphs: the lines of each joined by a space,
    blank lines kept as paragraph breaks, so a paragraph typed over several lines prints as one.  (YAML has
    already folded ``>`` text: a line break left in it stands for a blank line typed.)"""
    paragraphs = re.split(r"\n[ \t]*(?:\n[ \t]*)*" if folded else r"\n[ \t]*(?:\n[ \t]*)+", text.strip())
    joined_ = "\n\n".join(" ".join(part.strip() for part in paragraph.splitlines() if part.strip())
                           for paragraph in paragraphs)
    # Chinese and Japanese put no space between words: a line break between two of their characters joins them
    # without one, and so does YAML's folding of ">" text (review 128a F16: "紙とExcelで行っている 作業指示")
    return _CJK_GAP.sub("", joined_) if _CJK.search(joined_) else joined_


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]) "
                      r"(?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])")


def _unclosed(text: str) -> int:
    """Return how many more opening than closing parentheses or brackets a text holds (below 0: more closing)."""
    return text.count("(") + text.count("[") - text.count(")") - text.count("]")


def _shorten(text: str) -> str:
    """Return a list item as a message quotes it: at most 40 characters."""
    return text if len(text) <= 40 else text[:39] + "…"


class _Frame(Record, frozen=False):
    """One open list or mapping while the tree is built."""

    node: Union[MapNode, SeqNode]
    anchor: Optional[str]
    path: KeyPath
    key: Optional[ScalarNode] = None  # a mapping's key waiting for its value
    merged: set[str] = field(default_factory=set)  # keys taken from '<<' that an explicit key may override
    merge_mark: Optional[Mark] = None  # where this mapping's '<<' was written
    flow: bool = False  # a list written in brackets: [a, b]
    after: Optional[tuple[int, str, int]] = None  # in one: where its last plain item ended, its text, its start
    run: list[str] = field(default_factory=list)  # the pieces of an item a comma cut inside its open parentheses
    run_from: int = 0  # where the first of them starts


class Builder:
    """Build the located tree from parser events with an explicit stack."""

    def __init__(self, max_nodes: int, text: str) -> None:
        self.max_nodes = max_nodes
        self.text = text
        self.total = 0
        self.anchors: dict[str, Node] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # what YAML read as the user may not have meant (`_split_number`)
        self.stack: list[_Frame] = []
        self.root: Optional[Node] = None

    def _count(self, size: int, mark: Mark) -> None:
        self.total += size
        if self.total > self.max_nodes:
            raise LoadAbort(
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
        if key.tag == _MERGE_TAG and key.text == MERGE_KEY:
            self._merge(frame, parent, node, key.mark)
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

    def _merge(self, frame: _Frame, parent: MapNode, node: Node, mark: Mark) -> None:
        """Merge the mapping(s) of a ``<<`` key into the open mapping, once per mapping."""
        path = frame.path + (MERGE_KEY,)
        if frame.merge_mark is not None:
            self.problems.append(twice(frame.merge_mark, mark, path))
            return
        frame.merge_mark = mark
        problem = merge(parent, frame.merged, node, path)
        if problem is not None:
            self.problems.append(problem)

    def _split_number(self, event: yaml.ScalarEvent, node: ScalarNode) -> None:
        """Note an item a bracketed list split in two at a comma: a number's thousands or decimal comma (in ``[Live for
        2,100 users]`` YAML reads "Live for 2" and "100 users"; ``[a 0,90 EUR]``), or one inside parentheses
        (``[Approve (CR-3, £1k)]``)."""
        frame = self.stack[-1] if self.stack else None
        if frame is None or not frame.flow or not isinstance(frame.node, SeqNode):
            return
        plain = event.style in (None, "")
        start, end = getattr(event.start_mark, "index", None), getattr(event.end_mark, "index", None)
        before, frame.after = frame.after, (end, event.value, start) if (
            plain and isinstance(end, int) and isinstance(start, int)) else None
        if before is None or not plain or not isinstance(start, int) or self.text[before[0]:start].strip() != ",":
            frame.run = []
            return
        run = [*(frame.run or [before[1]]), event.value]  # "(EUR 46", "500", "+20 days)": one item cut twice
        frame.run_from = frame.run_from if frame.run else before[2]
        if _unclosed(run[0]) > 0 and sum(map(_unclosed, run)) > 0:  # still open: its next piece may close it
            frame.run = run
            return
        frame.run = []
        written = self.text[frame.run_from:end] if isinstance(end, int) else ", ".join(run)
        if len(run) > 2 and _unclosed(run[0]) > 0:  # (review 90a F5: the message named the first two pieces of three)
            pieces = ", ".join(f"'{_shorten(piece)}'" for piece in run[:-1]) + f" and '{_shorten(run[-1])}'"
            self.warnings.append((f"{pieces} are read as {len(run)} items of this list, as a comma in [brackets] "
                                  "always ends an item, even inside parentheses: if they are one, put it in quotes "
                                  f"(\"{written}\") or write each item on its own "
                                  "line starting with '- '", node.mark, self._child_path()))
        elif start == before[0] + 1 and re.search(r"\d$", before[1]) and re.match(r"\d{1,3}(?!\d)", event.value):
            whole = f"{before[1]},{event.value}"  # "2,100" (thousands) or "0,90" (a decimal comma: review 43b F5)
            self.warnings.append((f"'{before[1]}' and '{event.value}' are read as two items of this list, as a comma "
                                  f"in [brackets] always ends an item: if '{whole}' is one, put it in quotes "
                                  f"(\"{whole}\") or write the number without its comma", node.mark,
                                  self._child_path()))
        elif re.fullmatch(r"(?:19|20)\d\d", event.value.strip()) and _MONTH_DAY_END.search(before[1]):
            whole = f"{before[1]}, {event.value.strip()}"  # "the Gate 4 date of May 28, 2026" (review 133b F7)
            tail = whole if len(whole) <= 40 else "…" + whole[-36:]
            self.warnings.append((f"'{_shorten(before[1])}' and '{event.value.strip()}' are read as two items of this "
                                  "list, as a comma in [brackets] always ends an item: if they are one, put the whole "
                                  f"item in quotes (\"{tail}\") or write each item on its own line starting with '- '",
                                  node.mark, self._child_path()))
        elif _unclosed(before[1]) > 0 and _unclosed(event.value) < 0:  # "(CR-003, GBP 145k)" cut at its comma
            self.warnings.append((f"'{_shorten(before[1])}' and '{_shorten(event.value)}' are read as two items of "
                                  "this list, as a comma in [brackets] always ends an item, even inside parentheses: "
                                  "if they are one, put it in quotes or write each item on its own line "
                                  "starting with '- '", node.mark, self._child_path()))

    def _open(self, node: Union[MapNode, SeqNode], anchor: Optional[str], tag: Optional[str], default_tag: str) -> None:
        if tag not in (None, "!", default_tag):
            self.problems.append((tag_problem(tag), node.mark, self._child_path()))
            node.poisoned = True
        if len(self.stack) >= MAX_DEPTH:
            raise LoadAbort(f"the file is nested more than {MAX_DEPTH} levels deep; a questionnaire needs far fewer", node.mark)
        self._count(1, node.mark)
        self.stack.append(_Frame(node, anchor, self._child_path()))

    def _close(self) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = frame.node
        self._attach(frame.node)

    def feed(self, event: yaml.Event) -> None:
        """Add one parser event to the tree."""
        if isinstance(event, yaml.ScalarEvent):
            messages: list[str] = []
            node = scalar(event, messages)
            locate(node, event, self.text)
            self.problems.extend((message, node.mark, self._child_path()) for message in messages)
            self._split_number(event, node)
            self._count(1, node.mark)
            if event.anchor:
                self.anchors[event.anchor] = node
            self._attach(node)
        elif isinstance(event, yaml.MappingStartEvent):
            self._open(MapNode({}, yaml_mark(event.start_mark)), event.anchor, event.tag, _MAP_TAG)
        elif isinstance(event, yaml.SequenceStartEvent):
            self._open(SeqNode([], yaml_mark(event.start_mark)), event.anchor, event.tag, _SEQ_TAG)
            self.stack[-1].flow = bool(event.flow_style)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self._close()
        elif isinstance(event, yaml.AliasEvent):
            mark = yaml_mark(event.start_mark)
            target = self.anchors.get(event.anchor or "")  # an alias event always names its anchor
            if target is None:
                open_anchors = {frame.anchor for frame in self.stack}
                why = "refers to itself" if event.anchor in open_anchors else "has no anchor (&name) above it"
                raise LoadAbort(f"alias '*{event.anchor}' {why}", mark)
            self._count(target.size, mark)
            self._attach(target)


def feed_events(parser_class: type, text: str, builder: Builder) -> None:
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
                    raise LoadAbort(
                        "the file holds more than one YAML document (a second '---'); keep one questionnaire per file",
                        yaml_mark(event.start_mark),
                    )
            builder.feed(event)
    finally:
        loader.dispose()
