"""YAML merge keys (``<<: *defaults``, ``<<: [*a, *b]``): a mapping takes the entries it does not set itself."""

from __future__ import annotations

from typing import Optional

from generator.diagnostics import KeyPath, Mark
from generator.questionnaire.tree import MapNode, Node, SeqNode, what

MERGE_KEY = "<<"
Problem = tuple[str, Mark, KeyPath]


def twice(first: Mark, mark: Mark, path: KeyPath) -> Problem:
    """Return the problem of a second ``<<`` in one mapping."""
    return (f"duplicate key '<<' (first written at line {first.line}); "
            "merge several mappings with one list: <<: [*first, *second]", mark, path)


def merge(parent: MapNode, merged: set[str], value: Node, path: KeyPath) -> Optional[Problem]:
    """Add to ``parent`` the entries of the mapping(s) ``value`` merges that it does not set itself.

    Keys written in the mapping win over merged ones, wherever they stand (``merged``
    collects the keys taken here, which a key written later may override); in a list
    ``<<: [*a, *b]`` the earlier mapping wins. Merged entries keep their own
    positions, so a problem in one points at the line it was written on. Returns
    the problem when ``value`` is not a mapping or a list of them (nothing is merged).
    """
    sources: list[MapNode] = []
    for source in value.items if isinstance(value, SeqNode) else [value]:
        if not isinstance(source, MapNode):
            return (f"'<<' merges mappings (an alias such as *defaults, or a list of them "
                    f"[*a, *b]) into this one, but here it holds {what(source)}", source.mark, path)
        sources.append(source)
    for source in sources:
        if source.poisoned:
            continue
        for name, entry in source.entries.items():
            if name not in parent.entries:
                parent.entries[name] = entry
                merged.add(name)
    return None
