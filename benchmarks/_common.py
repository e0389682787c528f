"""What the benchmarks share: the checkout on the import path, and pmdocs byte-compiled as an install leaves it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def byte_compile() -> None:
    """Compile pmdocs's modules once, as installing it does (``pip install`` writes the .pyc files).

    Running from a checkout with PYTHONDONTWRITEBYTECODE set would otherwise time
    Python compiling every module from source on every run.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
