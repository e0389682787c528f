"""The package's shape: no import cycles, stages import only earlier stages, and each command imports only what it needs."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"


def module_name(path: Path) -> str:
    """Return the dotted name of a module file of the package."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Return the package modules a module imports anywhere in it (at the top, in functions, under TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in known)
    return found


def graph() -> dict[str, set[str]]:
    """Return every module of the package with the package modules it imports (packages' __init__ excluded as targets)."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = {name for name, path in files.items() if path.name != "__init__.py"}
    return {name: imports_of(path, modules) - {name} for name, path in files.items()}


def cycle(edges: dict[str, set[str]]) -> list[str]:
    """Return one import cycle as a list of modules (first repeated last), or [] when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for start in sorted(edges):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return []


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_no_import_cycles() -> None:
    assert cycle(graph()) == []


# The pipeline's stages in the order data flows through them: a stage imports only itself and the stages before it.
# (pictures are drawn from the questionnaire as data, which the view model, the document tree and the writers carry.)
STAGES = ("questionnaire", "pictures", "view", "render", "ir", "writers", "output", "build", "site")
SHARED = ("errors", "diagnostics", "resources", "record", "i18n")  # any stage imports these; they import no stage
COMMANDS = ("cli", "__main__")  # the pmdocs command: any stage
# Imports against the flow that the tree still has, each with why; the list only shrinks.
KNOWN_BACKWARD = {
    ("generator.pictures.svg", "generator.render.escape"): "XML escaping lives with the Markdown escaping",
    ("generator.view.context", "generator.render.escape"): "the view model marks template-written text as Markdown (Md)",
    ("generator.writers", "generator.output.files"): "a writer's output is an output file",
    ("generator.writers.markdown", "generator.output.files"): "a writer's output is an output file",
    ("generator.writers.docx.base", "generator.output.zipped"): "the deterministic zip writer",
    ("generator.writers.docx.reference", "generator.output.zipped"): "the deterministic zip writer",
    ("generator.writers.docx.styles", "generator.output.zipped"): "the deterministic zip writer",
}


def stage(module: str) -> str:
    """Return the stage (or shared module, or command) a module of the package belongs to ('' for the package)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def backward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Return the imports of a stage from a later stage, or of a shared module from any stage, sorted."""
    found = []
    for source, targets in edges.items():
        for target in targets:
            here, there = stage(source), stage(target)
            if here in STAGES and there in STAGES and STAGES.index(there) > STAGES.index(here):
                found.append((source, target))
            elif here in SHARED and there in STAGES + COMMANDS:
                found.append((source, target))
    return sorted(found)


def test_the_order_finder_finds_later_stages() -> None:
    edges = {"generator.view.a": {"generator.questionnaire.b", "generator.render.c"}, "generator.errors": {"generator.ir.d"},
             "generator.cli": {"generator.site.e"}}
    assert backward(edges) == [("generator.errors", "generator.ir.d"), ("generator.view.a", "generator.render.c")]


def test_every_module_is_in_a_stage_or_shared() -> None:
    unplaced = sorted(name for name in graph() if stage(name) not in ("", *STAGES, *SHARED, *COMMANDS))
    assert not unplaced, f"add these to STAGES, SHARED or COMMANDS in {__name__}: {unplaced}"


def test_stages_import_only_earlier_stages() -> None:
    found = [edge for edge in backward(graph()) if edge not in KNOWN_BACKWARD]
    assert not found, "imports against the flow " + " < ".join(STAGES) + ":\n" + \
        "\n".join(f"{source} imports {target}" for source, target in found)


def test_the_known_backward_imports_are_current() -> None:
    gone = sorted(set(KNOWN_BACKWARD) - set(backward(graph())))
    assert not gone, f"no longer imported: take them off KNOWN_BACKWARD: {gone}"


HEAVY = ("docx", "lxml", "mkdocs", "babel")  # python-docx: only for --reference-docx; Babel: only for other languages


@pytest.mark.parametrize("args,absent", [
    (["validate", "{example}"],
     ("jinja2", "markdown_it", *HEAVY, "generator.writers.docx.writer", "generator.render.templates")),
    (["schema", "-o", "{tmp}/s.json"], ("yaml", "jinja2", "markdown_it", *HEAVY, "generator.render.templates")),
    (["--version"], ("yaml", "jinja2", "markdown_it", *HEAVY, "generator.questionnaire.loader")),
    (["generate", "--format", "md", "{example}", "-o", "{tmp}/out"],
     ("markdown_it", *HEAVY, "generator.ir.reader", "generator.writers.docx", "multiprocessing", "secrets")),
    # ctypes (~4 ms) is loaded by writing: Linux's renameat2 swaps a project folder in whole (generator/output/swap.py)
    (["generate", "{example}", "-o", "{tmp}/out"], (*HEAVY, "multiprocessing", "secrets")),
], ids=["validate", "schema", "version", "generate-md", "generate"])
def test_a_command_imports_only_what_it_needs(args: list[str], absent: tuple[str, ...], tmp_path: Path) -> None:
    """Each command succeeds without importing what it does not use: start-up is most of one project's time."""
    example = sorted((ROOT / "content" / "projects").glob("*.yaml"))[0]
    argv = [arg.format(example=example, tmp=tmp_path) for arg in args]
    code = ("import sys; from generator.cli import main\n"
            "try:\n    main(" + repr(argv) + ")\nexcept SystemExit as stop:\n    print('exit', stop.code)\n"
            "print(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert "\nexit 0\n" in "\n" + out, out
    loaded = set(out.splitlines()[-1].split())
    assert not [name for name in absent if name in loaded]
