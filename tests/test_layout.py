"""The tests mirror the package: every module with logic has its test module, and pytest collects every test file."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"
TESTS = ROOT / "tests"

# Modules without a test module of their own, and why (paths relative to generator/).
WITHOUT_TESTS = {
    "__main__.py": "one call of cli.main (tests/cli/test_cli.py runs python -m generator)",
    "writers/docx/parts.py": "constants",
}
# Modules whose test module is named after what they hold rather than after the module.
NAMED_OTHERWISE = {
    "writers/__init__.py": "writers/test_registry.py",
}


def _has_logic(path: Path) -> bool:
    """Return True when a module defines a function or a class (a package's docstring alone has no logic)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for node in tree.body)


def mirrored(module: str) -> str:
    """Return the test module a module of the package mirrors to (``build/pack.py`` -> ``build/test_pack.py``)."""
    if module in NAMED_OTHERWISE:
        return NAMED_OTHERWISE[module]
    path = Path(module)
    if path.name == "__init__.py":
        return (path.parent / f"test_{path.parent.name}.py").as_posix()
    return (path.parent / f"test_{path.name}").as_posix()


def _modules() -> list[str]:
    return sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_mirrored_path() -> None:
    assert mirrored("build/pack.py") == "build/test_pack.py"
    assert mirrored("diagnostics.py") == "test_diagnostics.py"
    assert mirrored("writers/docx/base.py") == "writers/docx/test_base.py"
    assert mirrored("i18n/__init__.py") == "i18n/test_i18n.py"
    assert mirrored("writers/__init__.py") == "writers/test_registry.py"


def test_every_module_with_logic_has_its_test_module() -> None:
    missing = [f"generator/{module} -> tests/{mirrored(module)}" for module in _modules()
               if module not in WITHOUT_TESTS and not (TESTS / mirrored(module)).is_file()
               and (not module.endswith("__init__.py") or _has_logic(PACKAGE / module))]
    assert not missing, "modules without their test module (or add them to WITHOUT_TESTS, with why):\n" + \
        "\n".join(missing)


def test_the_allow_list_is_current() -> None:
    modules = set(_modules())
    gone = sorted(set(WITHOUT_TESTS) - modules) + sorted(set(NAMED_OTHERWISE) - modules)
    assert not gone, f"no such module any more: {gone}"
    tested = sorted(m for m in WITHOUT_TESTS if (TESTS / mirrored(m)).is_file())
    assert not tested, f"these have a test module now: take them off WITHOUT_TESTS: {tested}"
    assert all(reason.strip() for reason in WITHOUT_TESTS.values())


def test_every_test_package_folder_is_a_package_and_helpers_live_in_support() -> None:
    folders = {p.parent for p in TESTS.rglob("test_*.py")}
    assert not [f for f in folders if not (f / "__init__.py").is_file()], "a test folder without __init__.py"
    importing_tests = []
    for path in sorted(TESTS.rglob("*.py")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*(from|import)\s+tests\.(\w+\.)*test_\w+", line):
                importing_tests.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert not importing_tests, "a test module imports another (shared helpers go in tests/support/):\n" + \
        "\n".join(importing_tests)


def test_pytest_collects_every_test_file() -> None:
    # pytest's default norecursedirs once skipped tests/build/ without a word: ask pytest itself what it collects.
    listed = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", str(TESTS)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    collected = {line.split("::")[0] for line in listed.stdout.splitlines() if "::" in line}
    files = {p.relative_to(ROOT).as_posix() for p in TESTS.rglob("test_*.py") if "__pycache__" not in p.parts}
    assert files - collected == set(), (f"pytest does not collect: {sorted(files - collected)}\n"
                                        + listed.stdout[-3000:] + listed.stderr[-3000:])


def test_a_module_over_about_400_lines_says_why_at_its_top() -> None:
    """The architecture issue: no module over about 400 lines without a reason written at its top."""
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 420:
            doc = ast.get_docstring(ast.parse(text)) or ""
            if "400 lines" not in doc:
                unexplained.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
    assert not unexplained, unexplained
