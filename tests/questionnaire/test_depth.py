"""Nesting: pmdocs's own limit is the one reported, at its place, whatever the parser's own limits."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.questionnaire.builder import MAX_DEPTH
from generator.questionnaire.loader import load_text


def _flow(depth: int, kind: str) -> str:
    """Return ``a:`` holding ``depth`` nested flow collections (lists or mappings)."""
    opener, closer = ("[", "]") if kind == "list" else ("{k: ", "}")
    return "a: " + opener * depth + "x" + closer * depth + "\n"


def _block(depth: int, kind: str) -> str:
    """Return ``depth`` nested block collections under ``a:`` (mappings, or lists of mappings)."""
    lines = ["a:"]
    for level in range(1, depth + 1):
        indent = "  " * level
        lines.append(f"{indent}k{level}:" if kind == "mapping" else f"{indent}- k{level}:")
    lines[-1] += " x"
    return "\n".join(lines) + "\n"


def _depth_errors(text: str) -> list[str]:
    return [d.message for d in load_text(text).diagnostics if "nested more than" in d.message]


@pytest.mark.parametrize("kind", ["list", "mapping"])
@pytest.mark.parametrize("depth", [38, 39, 40, 41, 50, 999, 1000, 1001, 5000])
def test_flow_nesting_at_and_around_the_limit(kind: str, depth: int) -> None:
    text = _flow(depth, kind)
    doc = load_text(text)
    too_deep = 1 + depth > MAX_DEPTH  # the top-level mapping is one level
    assert bool(_depth_errors(text)) == too_deep, [d.format() for d in doc.diagnostics]
    assert len(doc.diagnostics) == int(too_deep), [d.format() for d in doc.diagnostics]
    if too_deep:
        assert doc.diagnostics[0].mark.line == 1


@pytest.mark.parametrize("kind", ["mapping", "list"])
@pytest.mark.parametrize("depth", [19, 20, 38, 39, 40, 41, 60, 1200])
def test_block_nesting_at_and_around_the_limit(kind: str, depth: int) -> None:
    text = _block(depth, kind)
    levels = 1 + (depth if kind == "mapping" else 2 * depth)  # a list item holding a mapping is two levels
    doc = load_text(text)
    assert bool(_depth_errors(text)) == (levels > MAX_DEPTH), [d.format() for d in doc.diagnostics]
    assert len(doc.diagnostics) == int(levels > MAX_DEPTH)


def test_deep_nesting_is_reported_where_it_passes_the_limit() -> None:
    text = "ok: 1\ndeep:\n  inner: " + "[" * 3000 + "]" * 3000 + "\n"
    doc = load_text(text)
    assert [(d.mark.line, d.mark.col) for d in doc.diagnostics] == [(3, 10 + MAX_DEPTH - 2)]
    assert "nested more than 40 levels" in doc.diagnostics[0].message


def test_very_deep_file_is_refused_quickly() -> None:
    text = "a: " + "[" * 400_000 + "]" * 400_000 + "\n"
    started = time.perf_counter()
    assert _depth_errors(text)
    assert time.perf_counter() - started < 5


def test_deep_nesting_after_a_syntax_error_keeps_the_syntax_error() -> None:
    text = "a: 'unclosed\nb: " + "[" * 2000 + "\n"
    doc = load_text(text)
    assert len(doc.diagnostics) == 1 and "nested" not in doc.diagnostics[0].message


@pytest.mark.parametrize("text", [
    "a: '" + "[" * 2000 + "'\n",                      # brackets inside quoted text
    'a: "' + "{" * 2000 + '"\n',
    "# " + "[" * 2000 + "\na: 1\n",                   # in a comment
    "a: |\n  " + "[" * 2000 + "\n",                   # in a block text
    "a: [" + "'[', " * 100 + "x]\n",                  # quoted brackets inside brackets
    "a: see" + " [x]" * 2000 + "\n",                  # many shallow brackets in plain text
])
def test_brackets_that_do_not_nest_are_not_depth(text: str) -> None:
    assert load_text(text).diagnostics == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["[", "{k: ", "block-map", "block-seq"]), min_size=1, max_size=70))
def test_any_mix_of_nesting_is_refused_exactly_past_the_limit(kinds: list[str]) -> None:
    """Block levels first, flow levels inside them: an error exactly when the levels pass MAX_DEPTH."""
    block = [k for k in kinds if k.startswith("block")]
    flow = [k for k in kinds if not k.startswith("block")]
    lines, indent = ["a:"], ""
    for kind in block:
        indent += "  "
        lines.append(f"{indent}k:" if kind == "block-map" else f"{indent}- ")
    closers = "".join("]" if k == "[" else "}" for k in reversed(flow))
    lines[-1] += " " + "".join(flow) + "x" + closers
    text = "\n".join(lines) + "\n"
    levels = 1 + len(kinds)
    assert bool(_depth_errors(text)) == (levels > MAX_DEPTH), text
