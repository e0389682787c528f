"""Benchmark one project's pack: the whole `pmdocs generate` command and the in-process pipeline.

Run on demand (not part of the tests):

    python benchmarks/bench_pack.py [QUESTIONNAIRE] [--repeat N]

Prints a Markdown table of medians. Figures depend on the machine; the user guide
quotes a run together with the machine it was made on.
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

from _common import ROOT, byte_compile, this_checkout  # also puts the checkout on the import path

from generator.view.context import build_context  # noqa: E402
from generator.writers.docx.base import prepare  # noqa: E402
from generator.writers.docx.drawing import drawing  # noqa: E402
from generator.pictures.svg import svg  # noqa: E402
from generator.writers.docx.writer import write_docx  # noqa: E402
from generator.ir.reader import parse  # noqa: E402
from generator.build.api import Build, Options  # noqa: E402
from generator.build.pack import doc_meta  # noqa: E402
from generator.questionnaire.read import read_questionnaire  # noqa: E402
from generator.render.templates import render_project  # noqa: E402


def median_seconds(action, repeat: int) -> float:
    """Return the median wall time of an action over ``repeat`` runs (after one warm-up)."""
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questionnaire", nargs="?", default=str(ROOT / "content" / "projects" / "cdp-2027.yaml"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    byte_compile()
    path = Path(args.questionnaire)
    q = read_questionnaire(path).questionnaire
    if q is None:
        sys.exit(f"{path} does not validate")
    rendered = render_project(q)
    base = prepare()
    trees = [parse(d.markdown) for d in rendered]
    metas = [doc_meta(q, d) for d in rendered]

    with tempfile.TemporaryDirectory() as out:
        runs = iter(range(10**6))

        def whole_command() -> None:  # a fresh folder each time: a folder that already holds the pack is skipped
            subprocess.run([sys.executable, "-m", "generator", "generate", str(path), "-o", f"{out}/{next(runs)}"],
                           check=True, capture_output=True, env=this_checkout())

        whole = median_seconds(whole_command, args.repeat)
    pictures = build_context(q).pictures.values()
    rows = [
        ("`pmdocs generate` (whole process, md + docx)", whole),
        ("validate (load + check)", median_seconds(lambda: read_questionnaire(path), args.repeat)),
        ("render Markdown (all documents)", median_seconds(lambda: render_project(q), args.repeat)),
        ("parse Markdown to trees", median_seconds(lambda: [parse(d.markdown) for d in rendered], args.repeat)),
        ("write .docx files", median_seconds(lambda: [write_docx(t, m, base) for t, m in zip(trees, metas)], args.repeat)),
        ("view model with its pictures (scenes)", median_seconds(lambda: build_context(q).pictures, args.repeat)),
        ("pictures as Word drawings", median_seconds(
            lambda: [drawing(p, 5486400, 1, p.alt, p.caption) for p in pictures], args.repeat)),
        ("pictures as SVG", median_seconds(lambda: [svg(p) for p in pictures], args.repeat)),
        ("whole pack in-process (md + docx, the build API)", median_seconds(lambda: Build(Options(jobs=1)).pack(q), args.repeat)),
    ]
    print(f"Project {q.project.code}: {len(rendered)} documents; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}; median of {args.repeat} runs")
    print()
    print("| Step | Median |")
    print("|---|---|")
    for label, seconds in rows:
        print(f"| {label} | {seconds * 1000:.0f} ms |")
    print(f"| per document (.docx write, without pictures) | {rows[4][1] / len(rendered) * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
