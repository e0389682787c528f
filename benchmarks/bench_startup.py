"""Benchmark start-up: whole `pmdocs` commands for one project, beside pandoc converting the same Markdown, in one run.

Run on demand (not part of the tests):

    python benchmarks/bench_startup.py [QUESTIONNAIRE] [--repeat N] [--against CHECKOUT ...]

Times `pmdocs validate`, `pmdocs generate` (Markdown + Word) and `pmdocs generate
--format md` as whole processes (`python -m generator`, each run in a fresh output
folder), and pandoc converting the same Markdown files to .docx, round after round so
that every figure sees the same machine (each round starts with the next checkout, or
pandoc: whatever runs first in a round was measured ~10 % slower).  ``--against`` adds other checkouts (another
commit unpacked by ``git archive COMMIT generator templates | tar -x -C DIR``) to the
same rounds: a before/after comparison that a busy machine cannot tilt.  Prints a
Markdown table of medians (after a warm-up round).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

from _common import ROOT, byte_compile, markdown_pack, pandoc_seconds  # also puts the checkout on the import path


def commands(source: Path, out: Path) -> dict[str, Callable[[], list[str]]]:
    """Return the commands timed, each making its arguments (a fresh output folder for every run)."""
    runs = iter(range(10**9))
    return {
        "`pmdocs validate`": lambda: ["validate", str(source)],
        "`pmdocs generate` (md + docx)": lambda: ["generate", str(source), "-o", str(out / f"{next(runs)}")],
        "`pmdocs generate --format md`": lambda: ["generate", "--format", "md", str(source), "-o", str(out / f"{next(runs)}")],
    }


def whole_process(checkout: Path, args: list[str], cwd: Path) -> float:
    """Return the wall time of one `python -m generator` command run from a checkout."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questionnaire", nargs="?", default=str(ROOT / "content" / "projects" / "cdp-2027.yaml"))
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--against", nargs="*", default=[], type=Path, help="other checkouts to time in the same rounds")
    args = parser.parse_args()
    checkouts = {"this checkout": ROOT, **{str(path): path.resolve() for path in args.against}}
    for checkout in checkouts.values():
        byte_compile(checkout)
    source = Path(args.questionnaire).resolve()
    times: dict[tuple[str, str], list[float]] = {}
    pandoc: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = markdown_pack(source, folder / "md")
        timed = commands(source, folder / "out")
        runners: list[Optional[str]] = [*checkouts, None]  # None: pandoc
        for round_ in range(args.repeat + 1):  # the first round warms the caches up and is not counted
            turn = round_ % len(runners)  # each round starts with the next one: no checkout always goes first
            for name in runners[turn:] + runners[:turn]:
                if name is None:
                    seconds_pandoc = pandoc_seconds(files)
                    if round_ and seconds_pandoc is not None:
                        pandoc.append(seconds_pandoc)
                    continue
                for label, make in timed.items():
                    seconds = whole_process(checkouts[name], make(), folder)
                    if round_:
                        times.setdefault((label, name), []).append(seconds)
    reference = statistics.median(pandoc) if pandoc else None
    print(f"{source.name}: {len(files)} Markdown documents; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}; median of {args.repeat} rounds")
    print()
    print("| Command | Checkout | Median | pandoc's time ÷ this |")
    print("|---|---|---|---|")
    for (label, name), values in times.items():
        seconds = statistics.median(values)
        ratio = f"{reference / seconds:.1f}×" if reference else "—"
        print(f"| {label} | {name} | {seconds * 1000:.0f} ms | {ratio} |")
    print(f"| pandoc, the same {len(files)} Markdown files to .docx | | "
          + (f"{reference * 1000:.0f} ms | 1.0× |" if reference else "skipped: pandoc is not installed | |"))


if __name__ == "__main__":
    main()
