"""What the benchmarks share: the checkout on the import path, pmdocs byte-compiled as an install leaves it, and pandoc."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def this_checkout() -> dict[str, str]:
    """Return the environment that makes ``python -m generator`` run this checkout's pmdocs, not the installed one
    (a checkout unpacked elsewhere measures itself, even while the installed one is being edited)."""
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def byte_compile(root: Path = ROOT) -> None:
    """Compile pmdocs's modules once, as installing it does (``pip install`` writes the .pyc files).

    Running from a checkout with PYTHONDONTWRITEBYTECODE set would otherwise time
    Python compiling every module from source on every run.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "generator")], check=True)


def markdown_pack(source: Path, folder: Path) -> list[Path]:
    """Write one project's documents as pmdocs writes them in Markdown, with their pictures, flat in ``folder``.

    Return the Markdown files: what pandoc is asked to convert, for comparison.
    """
    from generator.build.api import Build, Options

    [q] = Build(Options()).read([source]).questionnaires
    folder.mkdir(parents=True, exist_ok=True)
    for f in Build(Options(formats=("md",), jobs=1)).pack(q):  # the documents and their pictures, as pmdocs writes them
        target = folder / (f.path if f.path.parts[0] != "change-requests" else f.path.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f.data)
    return sorted(folder.glob("*.md"))


def pandoc_seconds(files: list[Path]) -> Optional[float]:
    """Return the wall time of pandoc converting each Markdown file to .docx, one process each; None without pandoc."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return None
    started = time.perf_counter()
    for f in files:
        subprocess.run([pandoc, str(f), "-f", "markdown", "--resource-path", str(f.parent),
                        "-o", str(f.with_suffix(".docx"))], check=True, capture_output=True)
    return time.perf_counter() - started
