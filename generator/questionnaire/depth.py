"""pmdocs's nesting limit reported before any parser's own: a cheap pre-scan of brackets, then a replay to the limit.

libyaml's scanner reads ahead inside brackets and refuses very deep nesting before
its events reach the builder; the pure-Python parser has no limit of its own and
hands events over as it goes, so replaying the text with it meets pmdocs's limit
(:data:`~generator.questionnaire.builder.MAX_DEPTH`) first and reports it at its
place, without depending on the wording of libyaml's message.
"""

from __future__ import annotations

from typing import Optional

import yaml

from generator.questionnaire.builder import PARSER, Builder, feed_events
from generator.questionnaire.flow_scan import brackets
from generator.questionnaire.yaml_problems import LoadAbort

def flow_nesting_end(text: str, limit: int) -> Optional[int]:
    """Return the offset just past the bracket that may nest deeper than ``limit``, or None (a cheap scan,
    `flow_scan.brackets`: comments and quoted text skipped, an unmatched closing bracket never below zero)."""
    return next((start + 1 for sign, start, depth in brackets(text) if sign in "[{" and depth > limit), None)


def own_abort(prefix: str, max_nodes: int) -> Optional[LoadAbort]:
    """Return the error pmdocs's own checks raise while reading ``prefix`` with the pure-Python parser, if any.

    A syntax error in the prefix (it may end anywhere) means no own error was met.
    """
    try:
        feed_events(yaml.SafeLoader, prefix, Builder(max_nodes, prefix))
    except LoadAbort as abort:
        return abort
    except yaml.YAMLError:
        return None
    return None


def own_abort_before(text: str, error: yaml.MarkedYAMLError, max_nodes: int) -> Optional[LoadAbort]:
    """Return pmdocs's own load error met before a parser error, if any (a net under the pre-scan)."""
    index = getattr(error.problem_mark or error.context_mark, "index", None)
    if PARSER is yaml.SafeLoader or not isinstance(index, int):
        return None
    end = text.find("\n", index)
    return own_abort(text[: len(text) if end < 0 else end + 1], max_nodes)
